// SPDX-License-Identifier: GPL-3.0-or-later
#include "consortia/ConsortiumDetailPanel.h"

#include "DashboardState.h"
#include "common/ViewPage.h"
#include "common/WrappingLabel.h"
#include "consortia/DetailSection.h"
#include "domain/OneConsortiumRule.h"
#include "items/ConsortiumAllocationModel.h"
#include "items/ConsortiumMemberModel.h"
#include "items/ConsortiumReleaseModel.h"
#include "items/ConsortiumRoundModel.h"
#include "items/DisplayFormat.h"
#include "items/DomainText.h"
#include "items/OrganisationHistoryModel.h"
#include "items/StatusPalette.h"
#include "review/ItemKeys.h"
#include "review/NoteMarkers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kai::ui {

using namespace kai::domain;

namespace {

QLabel *plainLabel(QWidget *parent, bool wrap = true)
{
    // A wrapped label keeps its measurements: selectable text is measured through a text document.
    QLabel *label = wrap ? new WrappingLabel(parent) : new SelectableLabel(parent);
    label->setTextFormat(Qt::PlainText);  // names come from the database: never interpret markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A label on a status-coloured background; the text says the same as the colour.
void paintChip(QLabel *label, const QColor &background)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));  // the tints are light in any theme
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    label->setContentsMargins(8, 3, 8, 3);
}

} // namespace

ConsortiumDetailPanel::ConsortiumDetailPanel(const DashboardState &state, QWidget *parent)
    : QScrollArea(parent), m_state(state), m_memberModel(new ConsortiumMemberModel(state, this)),
      m_historyModel(new OrganisationHistoryModel(state, this)), m_releaseModel(new ConsortiumReleaseModel(state, this)),
      m_allocationModel(new ConsortiumAllocationModel(state, this)), m_roundModel(new ConsortiumRoundModel(state, this)),
      m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("consortiumDetailPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_title = plainLabel(m_content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = plainLabel(m_content, false);
    m_summary = plainLabel(m_content);
    m_breach = plainLabel(m_content);
    paintChip(m_breach, StatusPalette::background(ConsortiumStatus::Eliminated));
    m_placeholder = plainLabel(m_content);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_historyHint = plainLabel(m_content);
    m_historyHint->setForegroundRole(QPalette::PlaceholderText);
    m_historyBreach = plainLabel(m_content);
    paintChip(m_historyBreach, StatusPalette::background(ConsortiumStatus::Eliminated));

    m_members = new DetailSection(m_memberModel, ConsortiumMemberModel::OrganisationColumn, m_content);
    m_history = new DetailSection(m_historyModel, OrganisationHistoryModel::RuleColumn, m_content);
    m_releases = new DetailSection(m_releaseModel, ConsortiumReleaseModel::NameColumn, m_content);
    m_allocations = new DetailSection(m_allocationModel, ConsortiumAllocationModel::ProviderColumn, m_content);
    m_rounds = new DetailSection(m_roundModel, ConsortiumRoundModel::DetailColumn, m_content);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    auto *layout = new QVBoxLayout(m_content);
    m_editButtons = new QHBoxLayout;
    layout->addLayout(m_editButtons);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_title);
    layout->addLayout(statusRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_breach);
    layout->addWidget(m_members);
    layout->addWidget(m_history);
    layout->addWidget(m_historyHint);
    layout->addWidget(m_historyBreach);
    layout->addWidget(m_rounds);
    layout->addWidget(m_releases);
    layout->addWidget(m_allocations);
    layout->addStretch(1);
    setWidget(m_content);

    NoteMarkers::attach(m_members->table(), state, [this](const QModelIndex &index) {
        return review::ItemKeys::member(m_state.snapshot(), m_consortiumId,
                                        index.data(SnapshotTableModel::IdRole).toLongLong());
    });
    connect(m_members->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsortiumDetailPanel::onMemberSelected);
    connect(m_history->table(), &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit consortiumActivated(index.data(SnapshotTableModel::IdRole).toLongLong());
    });
    ViewPage::follow(&state, &DashboardState::snapshotChanged, this, [this] { refresh(); });
    ViewPage::follow(&state, &DashboardState::languageChanged, this, [this] { refresh(); });
    retranslate();
}

void ConsortiumDetailPanel::setConsortiumId(qint64 id)
{
    if (id == m_consortiumId)
        return;
    m_consortiumId = id;
    for (ScopedTableModel *model : std::initializer_list<ScopedTableModel *>{
             m_memberModel, m_releaseModel, m_allocationModel, m_roundModel})
        model->setScopeId(id);
    showOrganisationHistory(0);
    refresh();
    verticalScrollBar()->setValue(0);
}

void ConsortiumDetailPanel::showOrganisationHistory(qint64 organisationId)
{
    m_historyModel->setScopeId(organisationId);
    refreshHistoryTexts();
}

qint64 ConsortiumDetailPanel::historyOrganisationId() const
{
    return m_historyModel->scopeId();
}

void ConsortiumDetailPanel::selectMember(qint64 organisationId)
{
    QTableView *table = m_members->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ConsortiumMemberModel::OrganisationColumn);
        if (index.data(SnapshotTableModel::IdRole).toLongLong() == organisationId) {
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            ensureWidgetVisible(table);
            return;
        }
    }
}

qint64 ConsortiumDetailPanel::selectedMemberId() const
{
    const QModelIndex current = m_members->table()->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SnapshotTableModel::IdRole).toLongLong() : 0;
}

void ConsortiumDetailPanel::onMemberSelected()
{
    const QModelIndex current = m_members->table()->selectionModel()->currentIndex();
    showOrganisationHistory(current.isValid() ? current.data(SnapshotTableModel::IdRole).toLongLong() : 0);
}

void ConsortiumDetailPanel::focusDetail()
{
    QTableView *table = m_members->table();
    if (!table->isVisible())
        return;
    table->setFocus(Qt::OtherFocusReason);
    if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
        table->setCurrentIndex(table->model()->index(0, 0));
}

QString ConsortiumDetailPanel::titleText() const
{
    return m_title->text();
}

QString ConsortiumDetailPanel::breachText() const
{
    QStringList texts;
    for (const QLabel *label : {m_breach, m_historyBreach}) {
        if (!label->isHidden())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

bool ConsortiumDetailPanel::showsIllustrativeData() const
{
    for (const DetailSection *section : {m_members, m_releases, m_allocations, m_rounds}) {
        if (m_consortiumId != 0 && section->showsIllustrativeData())
            return true;
    }
    return false;
}

void ConsortiumDetailPanel::refresh()
{
    refreshHeader();
    refreshHistoryTexts();
    emit illustrativeDataChanged();
}

void ConsortiumDetailPanel::refreshHeader()
{
    const ProgramSnapshot &snapshot = m_state.snapshot();
    const Consortium *consortium = snapshot.consortium(m_consortiumId);
    const bool shown = consortium != nullptr;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_title, m_status, m_summary, m_members, m_releases,
                                                            m_allocations, m_rounds})
        widget->setVisible(shown);
    m_placeholder->setVisible(!shown);
    m_breach->setVisible(false);
    if (!shown)
        return;

    const Language language = m_state.language();
    const DisplayFormat fmt(language);
    m_title->setText(consortium->name.in(language));
    const ConsortiumStatus status = snapshot.statusOf(consortium->id);
    m_status->setText(tr("Status on %1: %2").arg(fmt.date(snapshot.asOf), DomainText::status(status)));
    paintChip(m_status, StatusPalette::background(status));
    m_status->setAccessibleName(m_status->text());

    const Organisation *lead = snapshot.organisation(consortium->leadOrganisationId);
    const Source *source = snapshot.source(consortium->sourceId);
    QStringList summary;
    summary << tr("Lead organisation: %1").arg(lead ? lead->name.in(language) : QString())
            << tr("Applied on %1").arg(fmt.date(consortium->appliedOn));
    if (source) {
        summary << (source->isIllustrative()
                        ? tr("Source: %1 (%2) — %3").arg(source->code, source->titleIn(language), DomainText::illustrative())
                        : tr("Source: %1 (%2)").arg(source->code, source->titleIn(language)));
    }
    m_summary->setText(summary.join(QLatin1Char('\n')));

    QStringList breaching;
    for (const Membership *membership : snapshot.membershipsOf(consortium->id)) {
        const Organisation *organisation = snapshot.organisation(membership->organisationId);
        if (organisation && !OneConsortiumRule::conflictsOf(snapshot, *membership).isEmpty())
            breaching.append(organisation->name.in(language));
    }
    breaching.removeDuplicates();
    m_breach->setVisible(!breaching.isEmpty());
    m_breach->setText(tr("One-consortium rule breached: %1 is also listed in another consortium for an overlapping "
                         "period. Select it below to see where.")
                          .arg(breaching.join(QStringLiteral(", "))));
}

void ConsortiumDetailPanel::refreshHistoryTexts()
{
    const ProgramSnapshot &snapshot = m_state.snapshot();
    const Organisation *organisation = snapshot.organisation(m_historyModel->scopeId());
    const bool shown = organisation != nullptr && m_consortiumId != 0;
    m_history->setVisible(shown);
    m_historyHint->setVisible(!shown && m_consortiumId != 0);
    m_historyBreach->setVisible(shown && m_historyModel->hasBreach());
    if (!organisation)
        return;
    const QString name = organisation->name.in(m_state.language());
    m_history->setTexts(tr("Member history: %1").arg(name), tr("%1 has no membership known on this date.").arg(name));
    m_historyBreach->setText(
        organisation->isCompany()
            ? tr("%1 is a company listed in more than one consortium at the same time: this breaks the "
                 "one-consortium rule.").arg(name)
            : tr("%1 is listed twice in the same consortium for an overlapping period.").arg(name));
}

void ConsortiumDetailPanel::retranslate()
{
    m_placeholder->setText(tr("Select a consortium to see its members, models, GPUs and results."));
    m_historyHint->setText(tr("Select a member to see every consortium it has belonged to."));
    m_history->table()->setToolTip(tr("Press Enter or double-click a consortium to open it."));
    m_members->setTexts(tr("Members by kind"), tr("No member is known on this date."));
    m_rounds->setTexts(tr("Results by round"), tr("No round result has been announced by this date."));
    m_releases->setTexts(tr("Released models"), tr("No model released by this date."));
    m_allocations->setTexts(tr("GPU allocations"), tr("No GPU allocation announced by this date."));
    setAccessibleName(tr("Consortium details"));
    refresh();
}

void ConsortiumDetailPanel::addEditButtons(const QList<QAction *> &actions)
{
    // The buttons follow their actions: text, enabled and visible (hidden on a read-only database).
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_editButtons->addWidget(button);
    }
    m_editButtons->addStretch(1);
}

void ConsortiumDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

} // namespace kai::ui
