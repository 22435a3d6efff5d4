// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QRectF>
#include <array>
#include <functional>

class QPainter;

namespace kai::ui {

// Draws small vector shapes that a painter repeats on every paint — the Timeline's result markers
// and legend glyphs — from images it keeps, instead of stroking and filling their outlines again.
// An antialiased ellipse with a 1.2-pixel outline costs QPainter a path, a stroke and two passes
// of its rasterizer; a kept image is one blend. The image is drawn at the device pixel it would have
// covered, rendered for the shape's position within that pixel to an eighth of a pixel, so the result
// differs from drawing the shape directly by at most that eighth and a shade of antialiasing.
// Painting that is not onto a raster surface (SVG and PDF exports, where shapes stay vectors), and
// transforms that rotate or shear, draw the shape directly.
class ShapeSpriteCache
{
public:
    // What a shape looks like, apart from where it is and its box's size: the caller's number for the
    // shape, whatever names the colours it is drawn in (QPalette::cacheKey() of the palette they come
    // from, and its current colour group, which the key leaves out), and up to two other measures it
    // depends on.
    struct Look
    {
        int shape = 0;
        qint64 colours = 0;
        int colourGroup = 0;
        std::array<double, 2> extents{};
        bool operator==(const Look &other) const = default;
    };
    // Draws only within `box`, in the painter's coordinates (antialiasing may reach two device pixels
    // beyond it), and depends on nothing but the Look and the box's size. No pattern brushes: their
    // hatching lines up with the device's pixels, not with the shape, so a kept image would be off.
    using Shape = std::function<void(QPainter &, const QRectF &box)>;

    ShapeSpriteCache() = default;
    ShapeSpriteCache(const ShapeSpriteCache &) = delete;
    ShapeSpriteCache &operator=(const ShapeSpriteCache &) = delete;

    void draw(QPainter &painter, const QRectF &box, const Look &look, const Shape &shape);
    int size() const { return int(m_sprites.size()); }
    // Forgets every image (after a theme change, whose images would otherwise wait for the limit).
    void clear() { m_sprites.clear(); }

    // Beyond this many images the cache starts again (a theme or zoom change leaves old ones unused).
    static constexpr int Limit = 1024;
    // Positions within a device pixel are rounded to 1 / Steps.
    static constexpr int Steps = 8;

private:
    struct Key
    {
        Look look;
        double width = 0;
        double height = 0;
        double scaleX = 0;
        double scaleY = 0;
        int stepX = 0;
        int stepY = 0;
        int renderHints = 0;
        bool operator==(const Key &other) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.look.shape, key.look.colours, key.look.colourGroup, key.look.extents[0], key.look.extents[1],
                              key.width, key.height, key.scaleX, key.scaleY, key.stepX, key.stepY, key.renderHints);
        }
    };
    static QImage render(const Key &key, const QRectF &box, const Shape &shape);

    QHash<Key, QImage> m_sprites;
};

} // namespace kai::ui
