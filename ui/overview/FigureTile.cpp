// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/FigureTile.h"
#include "common/WrappingLabel.h"

#include "items/StatusPalette.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace kai::ui {

FigureTile::FigureTile(QWidget *parent)
    : ActivatableWidget(parent), m_caption(new WrappingLabel(this)), m_value(new QLabel(this)), m_detail(new WrappingLabel(this)),
      m_marker(new WrappingLabel(this))
{
    // Wrapped details need their height for the tile's width, or the last line gets clipped.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    for (QLabel *label : {m_caption, m_detail, m_marker})
        label->setWordWrap(true);
    m_marker->setVisible(false);
    // Yellow with dark text reads the same in both themes and carries the word, not just a colour.
    m_marker->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 1px 4px; }")
                                .arg(StatusPalette::illustrativeBackground().name(), StatusPalette::illustrativeText().name()));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_marker, 0, Qt::AlignLeft);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addStretch(1);
}

void FigureTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    updateAccessibleName();
}

void FigureTile::setValue(const QString &value)
{
    m_value->setText(value);
    updateAccessibleName();
}

void FigureTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    updateAccessibleName();
}

void FigureTile::setIllustrative(bool illustrative, const QString &marker)
{
    m_illustrative = illustrative;
    m_marker->setText(marker);
    m_marker->setVisible(illustrative);
    updateAccessibleName();
}

QString FigureTile::caption() const
{
    return m_caption->text();
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::detail() const
{
    return m_detail->text();
}

void FigureTile::updateAccessibleName()
{
    QStringList parts{m_caption->text(), m_value->text(), m_detail->text()};
    if (m_illustrative)
        parts << m_marker->text();
    parts.removeAll(QString());
    setAccessibleName(parts.join(QStringLiteral(", ")));
}

void FigureTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    paintFocusFrame(painter);
}

} // namespace kai::ui
