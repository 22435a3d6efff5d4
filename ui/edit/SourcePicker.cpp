// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/SourcePicker.h"

#include "edit/DatePrecisionBox.h"

#include "DashboardState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kai::ui {

SourcePicker::SourcePicker(const DashboardState &state, bool forNewFact, QWidget *parent)
    : QWidget(parent), m_sources(new QComboBox(this)), m_addNew(new QCheckBox(tr("&Add a new source"), this)),
      m_newSource(new QGroupBox(tr("New source"), this)), m_titleKo(new QLineEdit(this)), m_titleEn(new QLineEdit(this)),
      m_publisher(new QLineEdit(this)), m_url(new QLineEdit(this)), m_publishedOn(new QDateEdit(this)),
      m_publishedPrecision(new DatePrecisionBox(m_publishedOn, this)), m_confidence(new QComboBox(this)), m_problems(new QVBoxLayout)
{
    m_sources->setObjectName(QStringLiteral("sourceChoice"));
    m_sources->setAccessibleName(tr("Source"));
    m_addNew->setObjectName(QStringLiteral("addSource"));
    m_sources->addItem(tr("(choose a source)"), 0);
    for (const domain::Source &source : state.snapshot().sources) {
        if (forNewFact && source.isIllustrative())
            continue;
        m_sources->addItem(QStringLiteral("%1 · %2").arg(source.code, source.titleIn(state.language())), source.id);
    }
    m_sources->setMaximumWidth(560);
    m_titleKo->setObjectName(QStringLiteral("sourceTitleKo"));
    m_titleEn->setObjectName(QStringLiteral("sourceTitleEn"));
    m_publisher->setObjectName(QStringLiteral("sourcePublisher"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_publishedOn->setCalendarPopup(true);
    m_publishedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_publishedOn->setDate(state.asOf());
    m_confidence->setObjectName(QStringLiteral("sourceConfidence"));
    m_confidence->addItem(tr("C · confirmed"), QStringLiteral("C"));
    m_confidence->addItem(tr("S · single source"), QStringLiteral("S"));
    m_confidence->addItem(tr("U · uncertain"), QStringLiteral("U"));
    m_confidence->setCurrentIndex(1);

    auto *fields = new QFormLayout(m_newSource);
    fields->addRow(tr("Title (Korean):"), m_titleKo);
    fields->addRow(tr("Title (English):"), m_titleEn);
    fields->addRow(tr("Publisher:"), m_publisher);
    fields->addRow(tr("Address (URL):"), m_url);
    fields->addRow(tr("Published on:"), m_publishedOn);
    fields->addRow(tr("Publication date known to:"), m_publishedPrecision);
    fields->addRow(tr("Confidence:"), m_confidence);
    m_newSource->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sources);
    layout->addWidget(m_addNew);
    layout->addWidget(m_newSource);
    layout->addLayout(m_problems);
    connect(m_addNew, &QCheckBox::toggled, this, [this](bool add) {
        m_newSource->setVisible(add);
        m_sources->setEnabled(!add);
    });
}

void SourcePicker::select(qint64 sourceId)
{
    const int index = m_sources->findData(sourceId);
    if (index >= 0)
        m_sources->setCurrentIndex(index);
}

edit::SourceChoice SourcePicker::choice() const
{
    if (!m_addNew->isChecked())
        return {m_sources->currentData().toLongLong(), std::nullopt};
    return {0, edit::SourceForm{m_titleKo->text(), m_titleEn->text(), m_publisher->text(), m_url->text(),
                                m_publishedOn->date(), m_confidence->currentData().toString(),
                                m_publishedPrecision->precision()}};
}

} // namespace kai::ui
