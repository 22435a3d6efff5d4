// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ChangesView.h"
#include "common/WrappingLabel.h"

#include "DashboardState.h"
#include "history/ChangesModel.h"
#include "history/ChangesSince.h"
#include "review/ItemKeys.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace kai::ui {

namespace {
constexpr int ByDay = -1;  // the choice's data for "a date"; otherwise the briefing's index
} // namespace

ChangesView::ChangesView(const DashboardState &state, QWidget *parent)
    : ViewPage(parent), m_state(state), m_model(new history::ChangesModel(state, this)), m_sinceLabel(new QLabel(this)),
      m_since(new QComboBox(this)), m_day(new QDateEdit(QDate::currentDate().addDays(-7), this)),
      m_heading(new WrappingLabel(this)), m_list(new QListView(this)), m_notes(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("changesView"));
    m_since->setObjectName(QStringLiteral("changesSince"));
    m_since->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_day->setObjectName(QStringLiteral("changesSinceDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_sinceLabel->setBuddy(m_since);
    m_heading->setObjectName(QStringLiteral("changesHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notes->setObjectName(QStringLiteral("changesNotes"));
    m_notes->setWordWrap(true);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_sinceLabel);
    choice->addWidget(m_since);
    choice->addWidget(m_day);
    choice->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notes);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangesView::fillBriefings);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangesView::showReport);
    connect(m_since, &QComboBox::currentIndexChanged, this, &ChangesView::applySince);
    connect(m_day, &QDateEdit::dateChanged, this, &ChangesView::applySince);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    retranslate();
    // The last briefing is the usual starting point; without one, the last week.
    if (m_since->count() > 1)
        m_since->setCurrentIndex(1);
    applySince();
}

QString ChangesView::title() const
{
    return titleText();
}

QString ChangesView::titleText()
{
    return tr("Changes");
}

void ChangesView::fillBriefings()
{
    const std::optional<history::ExportRecord> &chosen = m_model->since().briefing;
    const QSignalBlocker blocker(m_since);
    m_since->clear();
    m_since->addItem(tr("A date"), ByDay);
    const QVector<history::ExportRecord> &briefings = m_model->briefings();
    for (int i = 0; i < briefings.size(); ++i) {
        const history::ExportRecord &record = briefings.at(i);
        m_since->addItem(history::ChangesSince::briefingChoice(record, m_state.language()), i);
        if (chosen && chosen->exportedAt == record.exportedAt && chosen->checksum == record.checksum)
            m_since->setCurrentIndex(m_since->count() - 1);
    }
    m_day->setEnabled(!chosen);
}

void ChangesView::applySince()
{
    const int briefing = m_since->currentData().toInt();
    const QVector<history::ExportRecord> &briefings = m_model->briefings();
    m_day->setEnabled(briefing == ByDay);
    if (briefing >= 0 && briefing < briefings.size())
        m_model->setSince(history::SincePoint::fromExport(briefings.at(briefing)));
    else
        m_model->setSince(history::SincePoint::fromDay(m_day->date()));
}

void ChangesView::showReport()
{
    const history::ChangesReport &report = m_model->report();
    m_heading->setText(report.heading);
    QStringList notes = report.notes;
    if (report.isEmpty())
        notes.prepend(report.emptyText);
    m_notes->setText(notes.join(QStringLiteral("\n")));
    m_notes->setVisible(!notes.isEmpty());
    m_list->setAccessibleDescription(report.heading);
}

std::pair<ViewId, QVariant> ChangesView::targetOf(int row) const
{
    const QModelIndex index = m_model->index(row);
    const auto group = history::ChangeGroup(index.data(history::ChangesModel::GroupRole).toInt());
    const QString code = index.data(history::ChangesModel::ItemCodeRole).toString();
    const domain::ProgramSnapshot &snapshot = m_state.snapshot();
    switch (group) {
    case history::ChangeGroup::Rounds: return {ViewId::Rounds, review::ItemKeys::stageId(snapshot, code)};
    case history::ChangeGroup::Consortia: return {ViewId::Consortia, review::ItemKeys::consortiumId(snapshot, code)};
    case history::ChangeGroup::Timeline: return {ViewId::Timeline, review::ItemKeys::stageId(snapshot, code)};
    case history::ChangeGroup::Gpu: return {ViewId::Gpu, {}};
    case history::ChangeGroup::Sources: break;
    }
    return {ViewId::Changes, {}};
}

void ChangesView::openRow(int row)
{
    if (m_model->index(row).data(history::ChangesModel::HeadingRole).toBool())
        return;
    const auto [view, key] = targetOf(row);
    if (view != ViewId::Changes)
        emit navigateRequested(view, key.toLongLong() ? key : QVariant());
}

void ChangesView::retranslate()
{
    m_sinceLabel->setText(tr("&Since:"));
    m_since->setAccessibleName(tr("Changes since"));
    m_day->setAccessibleName(tr("Since this day"));
    m_list->setAccessibleName(tr("Changes"));
    m_notes->setAccessibleName(tr("Notes on the changes"));
    fillBriefings();
    m_since->setItemText(0, tr("A date"));
}

void ChangesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ViewPage::changeEvent(event);
}

} // namespace kai::ui
