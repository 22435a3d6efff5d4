// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideStyle.h"

#include "export/ExportFont.h"

#include <algorithm>
#include <cmath>

namespace kai::ui {

namespace {
struct Size
{
    int design;   // at 1920×1080
    int minimum;  // floor for small canvases
};

Size sizeOf(SlideStyle::Text role)
{
    switch (role) {
    case SlideStyle::Text::Headline: return {50, 26};
    case SlideStyle::Text::Context: return {26, 17};
    case SlideStyle::Text::BigNumber: return {84, 36};
    case SlideStyle::Text::Heading: return {26, 17};
    case SlideStyle::Text::Body: return {22, 15};
    case SlideStyle::Text::Label: return {18, SlideStyle::MinimumPixels};
    }
    return {22, SlideStyle::MinimumPixels};
}

// A qualitative palette that stays apart in greyscale order and for common colour-vision
// deficiencies (Okabe–Ito, extended).
const QColor Palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                          QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9),
                          QColor(0x8C, 0x6D, 0x31), QColor(0x55, 0x55, 0x55), QColor(0x6A, 0x3D, 0x9A),
                          QColor(0xB1, 0x59, 0x28), QColor(0x1B, 0x9E, 0x77), QColor(0x99, 0x99, 0x33),
                          QColor(0x88, 0x22, 0x55), QColor(0x44, 0x77, 0xAA), QColor(0x33, 0x22, 0x88),
                          QColor(0x11, 0x77, 0x33), QColor(0xAA, 0x33, 0x77)};
constexpr int PaletteSize = int(sizeof(Palette) / sizeof(Palette[0]));
} // namespace

SlideStyle::SlideStyle(const QSizeF &canvas, const QPalette &palette, const QLocale &locale)
    : m_canvas(canvas), m_palette(palette), m_locale(locale), m_scale(std::min(canvas.width() / 1920.0, canvas.height() / 1080.0))
{
}

int SlideStyle::pixels(Text role) const
{
    const Size size = sizeOf(role);
    return std::max(size.minimum, int(std::lround(size.design * m_scale)));
}

int SlideStyle::minimumBodyPixels() const
{
    return std::max(MinimumPixels, int(std::lround(18 * m_scale)));
}

QFont SlideStyle::font(Text role, bool bold) const
{
    return ExportFont::pixelFont(pixels(role), bold || role == Text::Headline || role == Text::BigNumber);
}

QColor SlideStyle::mutedInk() const
{
    QColor colour = ink();
    colour.setAlphaF(0.72f);
    return colour;
}

QColor SlideStyle::rule() const
{
    return m_palette.color(QPalette::Mid);
}

QColor SlideStyle::accent() const
{
    return m_palette.color(QPalette::Highlight);
}

QColor SlideStyle::band() const
{
    return m_palette.color(QPalette::AlternateBase);
}

QColor SlideStyle::seriesColour(int index)
{
    return Palette[std::max(0, index) % PaletteSize];
}

} // namespace kai::ui
