// SPDX-License-Identifier: GPL-3.0-or-later
// ShapeSpriteCache draws the Timeline's markers and legend glyphs from kept images (issue 19): what
// it draws must be the shape as QPainter draws it, wherever the shape lands within a pixel and at
// every scale the exports use, and vector devices must still get vectors.
#include "common/ShapeSpriteCache.h"

#include <QPainter>
#include <QPicture>
#include <QTest>
#include <algorithm>
#include <cstdlib>

using namespace kai::ui;

namespace {

// An outlined circle and a cross, the kind of shape the Timeline keeps: antialiased, with a
// pen that is not a whole pixel wide, so every position within a pixel draws differently.
void ring(QPainter &painter, const QRectF &box)
{
    const QRectF inner = box.adjusted(1, 1, -1, -1);
    painter.setPen(QPen(QColor(0x1A, 0x1A, 0x1A), 1.2));
    painter.setBrush(QColor(0x9F, 0xD8, 0xB0));
    painter.drawEllipse(inner);
    painter.setPen(QPen(QColor(0xB0, 0x20, 0x20), 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(inner.topLeft() + QPointF(3, 3), inner.bottomRight() - QPointF(3, 3));
}

// The ring's look in the cache.
const ShapeSpriteCache::Look RingLook{1, 7, 0, {18, 0}};

// The ring, counting how often it is drawn: rendered into a kept image or drawn on the painter itself.
struct CountedRing
{
    int times = 0;
    ShapeSpriteCache::Shape shape()
    {
        return [this](QPainter &painter, const QRectF &at) {
            ++times;
            ring(painter, at);
        };
    }
};

QImage drawing(double scale, const std::function<void(QPainter &)> &draw)
{
    QImage image(QSize(48, 48) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(QColor(0xF4, 0xF6, 0xFA));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter);
    return image;
}

// The largest difference of one colour channel.
int largestDifference(const QImage &one, const QImage &other)
{
    if (one.size() != other.size())
        return 255;
    int largest = 0;
    for (int y = 0; y < one.height(); ++y) {
        for (int x = 0; x < one.width(); ++x) {
            const QRgb p = one.pixel(x, y);
            const QRgb q = other.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
}

// A shape placed an eighth of a pixel off its position differs by at most an eighth of full
// coverage at its edges (32 of 255), and blending it as one image instead of piece by piece rounds
// a shade apart. A shape a whole pixel off differs by far more (checked below).
constexpr int SpriteTolerance = 40;

} // namespace

class TstShapeSprites : public QObject
{
    Q_OBJECT

private slots:
    void spritesAreDrawnAsTheShapeIs_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<QPointF>("corner");
        for (double scale : {1.0, 1.25, 2.0, 3.0}) {
            for (const QPointF &corner : {QPointF(10, 12), QPointF(10.3, 12.55), QPointF(9.94, 11.49), QPointF(10.0625, 12.9375)})
                QTest::addRow("%gx at %g,%g", scale, corner.x(), corner.y()) << scale << corner;
        }
    }

    void spritesAreDrawnAsTheShapeIs()
    {
        QFETCH(double, scale);
        QFETCH(QPointF, corner);
        const QRectF box(corner, QSizeF(18, 18));
        const QImage expected = drawing(scale, [&](QPainter &painter) { ring(painter, box); });
        ShapeSpriteCache sprites;
        CountedRing counted;
        const auto cached = [&](QPainter &painter) { sprites.draw(painter, box, RingLook, counted.shape()); };
        const int first = largestDifference(drawing(scale, cached), expected);
        QVERIFY2(first <= SpriteTolerance, qPrintable(QString::number(first)));
        QCOMPARE(counted.times, 1);
        QCOMPARE(largestDifference(drawing(scale, cached), expected), first);  // from the kept image
        QCOMPARE(counted.times, 1);
        QCOMPARE(sprites.size(), 1);
        // The comparison tells a shape one pixel off.
        const auto shifted = [&](QPainter &painter) { sprites.draw(painter, box.translated(1, 0), RingLook, counted.shape()); };
        QVERIFY(largestDifference(drawing(scale, shifted), expected) > 3 * SpriteTolerance);
    }

    // Under a translation the painter's own, the shape lands where it would have been drawn.
    void spritesFollowThePaintersTransform()
    {
        const QRectF box(4.2, 3.7, 18, 18);
        const auto translated = [](QPainter &painter) { painter.translate(6.35, 8.8); };
        const QImage expected = drawing(2, [&](QPainter &painter) {
            translated(painter);
            ring(painter, box);
        });
        ShapeSpriteCache sprites;
        const QImage cached = drawing(2, [&](QPainter &painter) {
            translated(painter);
            sprites.draw(painter, box, RingLook, ring);
        });
        QVERIFY(largestDifference(cached, expected) <= SpriteTolerance);
    }

    // A different look, size or position within a pixel is another image; the same ones are reused.
    void eachLookSizeAndPositionHasItsImage()
    {
        ShapeSpriteCache sprites;
        CountedRing counted;
        drawing(1, [&](QPainter &painter) {
            sprites.draw(painter, QRectF(2, 2, 18, 18), RingLook, counted.shape());
            sprites.draw(painter, QRectF(25, 2, 18, 18), RingLook, counted.shape());    // another whole pixel: reused
            sprites.draw(painter, QRectF(2.5, 25, 18, 18), RingLook, counted.shape());  // half a pixel on
            sprites.draw(painter, QRectF(2, 2, 18, 18), {2, 7, 0, {18, 0}}, counted.shape());     // another shape
            sprites.draw(painter, QRectF(2, 2, 18, 18), {1, 8, 0, {18, 0}}, counted.shape());     // other colours
            sprites.draw(painter, QRectF(2, 2, 18, 18), {1, 7, 1, {18, 0}}, counted.shape());     // another colour group
            sprites.draw(painter, QRectF(2, 2, 18, 18), {1, 7, 0, {18, 1}}, counted.shape());     // another measure
            sprites.draw(painter, QRectF(2, 2, 20, 18), RingLook, counted.shape());     // another size
        });
        QCOMPARE(counted.times, 7);
        QCOMPARE(sprites.size(), 7);
        drawing(2, [&](QPainter &painter) { sprites.draw(painter, QRectF(2, 2, 18, 18), RingLook, counted.shape()); });
        QCOMPARE(counted.times, 8);  // another scale
        sprites.clear();
        QCOMPARE(sprites.size(), 0);
    }

    // SVG and PDF exports keep shapes as vectors: a device that is not a raster surface, a transform
    // that rotates, opacity or another composition mode gets the shape itself.
    void otherDevicesGetTheShapeItself()
    {
        ShapeSpriteCache sprites;
        CountedRing counted;
        QPicture picture;
        {
            QPainter painter(&picture);
            sprites.draw(painter, QRectF(2, 2, 18, 18), RingLook, counted.shape());
        }
        drawing(1, [&](QPainter &painter) {
            painter.rotate(30);
            sprites.draw(painter, QRectF(2, 2, 18, 18), RingLook, counted.shape());
        });
        // Half-transparent or another composition: each piece of the shape blends on its own.
        drawing(1, [&](QPainter &painter) {
            painter.setOpacity(0.5);
            sprites.draw(painter, QRectF(2, 2, 18, 18), RingLook, counted.shape());
        });
        drawing(1, [&](QPainter &painter) {
            painter.setCompositionMode(QPainter::CompositionMode_Multiply);
            sprites.draw(painter, QRectF(2, 2, 18, 18), RingLook, counted.shape());
        });
        QCOMPARE(counted.times, 4);
        QCOMPARE(sprites.size(), 0);
    }
};

QTEST_MAIN(TstShapeSprites)
#include "tst_shape_sprites.moc"
