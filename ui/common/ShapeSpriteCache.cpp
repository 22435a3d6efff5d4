// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ShapeSpriteCache.h"

#include <QPaintEngine>
#include <QPainter>
#include <cmath>

namespace kai::ui {

namespace {
// Device pixels kept around the box for antialiasing that reaches past it.
constexpr int Margin = 2;

bool keepsAsImage(const QPainter &painter, const QTransform &device)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster && device.type() <= QTransform::TxScale
        && device.m11() > 0 && device.m22() > 0 && painter.opacity() == 1.0
        && painter.compositionMode() == QPainter::CompositionMode_SourceOver;
}

// The whole device pixel at or left of / above `position`, and the eighth within it (carried into
// the next pixel when it rounds to a whole one).
std::pair<int, int> pixelAndStep(double position)
{
    const double pixel = std::floor(position);
    const int step = int(std::lround((position - pixel) * ShapeSpriteCache::Steps));
    return step == ShapeSpriteCache::Steps ? std::pair(int(pixel) + 1, 0) : std::pair(int(pixel), step);
}
} // namespace

void ShapeSpriteCache::draw(QPainter &painter, const QRectF &box, const Look &look, const Shape &shape)
{
    const QTransform device = painter.deviceTransform();
    if (box.isEmpty() || !keepsAsImage(painter, device)) {
        shape(painter, box);
        return;
    }
    const QPointF corner = device.map(box.topLeft());
    const auto [pixelX, stepX] = pixelAndStep(corner.x());
    const auto [pixelY, stepY] = pixelAndStep(corner.y());
    const Key key{look, box.width(), box.height(), device.m11(), device.m22(), stepX, stepY, int(painter.renderHints())};
    auto found = m_sprites.constFind(key);
    if (found == m_sprites.cend()) {
        if (m_sprites.size() >= Limit)
            m_sprites.clear();
        found = m_sprites.insert(key, render(key, box, shape));
    }
    // Where the image's first pixel lies, back in the painter's coordinates: a whole device pixel,
    // so the image is blended pixel for pixel.
    const QImage &image = *found;
    const QTransform toLogical = device.inverted();
    const QRectF target = toLogical.mapRect(QRectF(pixelX - Margin, pixelY - Margin, image.width(), image.height()));
    painter.drawImage(target, image);
}

QImage ShapeSpriteCache::render(const Key &key, const QRectF &box, const Shape &shape)
{
    const int width = int(std::ceil(box.width() * key.scaleX)) + 2 * Margin + 1;
    const int height = int(std::ceil(box.height() * key.scaleY)) + 2 * Margin + 1;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::RenderHints(key.renderHints));
    painter.translate(Margin + double(key.stepX) / Steps, Margin + double(key.stepY) / Steps);
    painter.scale(key.scaleX, key.scaleY);
    painter.translate(-box.topLeft());
    shape(painter, box);
    return image;
}

} // namespace kai::ui
