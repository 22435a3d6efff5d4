// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ChangeHistoryView.h"

#include "DashboardState.h"
#include "history/ChangeLogModel.h"
#include "items/ExportRegisterModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

namespace {
const QDate FirstDay(2025, 1, 1);

qint64 idOfCode(const QVector<domain::Consortium> &consortia, const QString &code)
{
    for (const domain::Consortium &consortium : consortia) {
        if (consortium.code == code)
            return consortium.id;
    }
    return 0;
}

qint64 stageOfCode(const QVector<domain::Stage> &stages, const QString &code)
{
    for (const domain::Stage &stage : stages) {
        if (stage.code == code)
            return stage.id;
    }
    return 0;
}
} // namespace

ChangeHistoryView::ChangeHistoryView(const DashboardState &state, QWidget *parent)
    : ViewPage(parent), m_state(state), m_model(new history::ChangeLogModel(state, this)),
      m_filter(new history::ChangeLogFilterModel(this)), m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)),
      m_personLabel(new QLabel(this)), m_person(new QComboBox(this)), m_rangeLabel(new QLabel(this)),
      m_from(new QDateEdit(FirstDay, this)), m_to(new QDateEdit(QDate(2099, 12, 31), this)), m_text(new QLineEdit(this)),
      m_table(new QTableView(this)), m_exports(new ExportRegisterModel(this)), m_exportsTable(new QTableView(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("changeHistoryView"));
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("changeHistoryTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_person->setObjectName(QStringLiteral("historyPerson"));
    m_text->setObjectName(QStringLiteral("historyText"));
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_kindLabel->setBuddy(m_kind);
    m_personLabel->setBuddy(m_person);
    m_rangeLabel->setBuddy(m_from);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_personLabel);
    filters->addWidget(m_person);
    filters->addWidget(m_rangeLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    auto *logPage = new QWidget(m_tabs);
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->addLayout(filters);
    logLayout->addWidget(m_table, 1);
    m_exportsTable->setObjectName(QStringLiteral("exportRegisterTable"));
    m_exportsTable->setModel(m_exports);
    m_exportsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exportsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exportsTable->horizontalHeader()->setStretchLastSection(true);
    m_exportsTable->verticalHeader()->hide();
    m_tabs->setObjectName(QStringLiteral("changeHistoryTabs"));
    m_tabs->addTab(logPage, QString());
    m_tabs->addTab(m_exportsTable, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    const auto reloadExports = [this] { m_exports->reload(m_state); };
    connect(&state, &DashboardState::snapshotChanged, this, reloadExports);
    connect(&state, &DashboardState::languageChanged, this, reloadExports);
    reloadExports();

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangeHistoryView::fillChoices);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChangeHistoryView::applyFilters);
    connect(m_person, &QComboBox::currentIndexChanged, this, &ChangeHistoryView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &ChangeHistoryView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &ChangeHistoryView::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &ChangeHistoryView::applyFilters);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    retranslate();
    fillChoices();
}

QString ChangeHistoryView::title() const
{
    return titleText();
}

QString ChangeHistoryView::titleText()
{
    return tr("Change History");
}

void ChangeHistoryView::fillChoices()
{
    const QString kind = m_kind->currentData().toString();
    const QString person = m_person->currentData().toString();
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker personBlocker(m_person);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &k : m_model->kinds())
        m_kind->addItem(history::ChangeLogModel::kindText(k), k);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    for (const QString &p : m_model->people())
        m_person->addItem(p, p);
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
    applyFilters();
}

void ChangeHistoryView::applyFilters()
{
    m_filter->setKind(m_kind->currentData().toString());
    m_filter->setPerson(m_person->currentData().toString());
    m_filter->setDateRange(m_from->date(), m_to->date());
    m_filter->setText(m_text->text());
}

std::pair<ViewId, QVariant> ChangeHistoryView::targetOf(int proxyRow) const
{
    const QModelIndex index = m_filter->index(proxyRow, 0);
    const QString kind = index.data(history::ChangeLogModel::KindRole).toString();
    const QString first = index.data(history::ChangeLogModel::KeyRole).toString().section(QLatin1Char('/'), 0, 0);
    const domain::ProgramSnapshot &snapshot = m_state.snapshot();
    if (kind == QLatin1String("consortium") || kind == QLatin1String("membership") || kind == QLatin1String("released_model"))
        return {ViewId::Consortia, idOfCode(snapshot.consortia, first)};
    if (kind == QLatin1String("stage"))
        return {ViewId::Timeline, stageOfCode(snapshot.stages, first)};
    if (kind == QLatin1String("round_result") || kind == QLatin1String("criterion") || kind == QLatin1String("criterion_score")
        || kind == QLatin1String("round_seal") || kind == QLatin1String("result_correction")
        || kind == QLatin1String("criterion_score_correction"))
        return {ViewId::Rounds, stageOfCode(snapshot.stages, first)};
    if (kind == QLatin1String("gpu_allocation") || kind == QLatin1String("gpu_usage"))
        return {ViewId::Gpu, {}};
    return {ViewId::History, {}};
}

void ChangeHistoryView::openRow(int proxyRow)
{
    const auto [view, key] = targetOf(proxyRow);
    if (view != ViewId::History)
        emit navigateRequested(view, key.toLongLong() ? key : QVariant());
}

void ChangeHistoryView::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_personLabel->setText(tr("&Person:"));
    m_rangeLabel->setText(tr("&From/to:"));
    m_text->setPlaceholderText(tr("Search the changes"));
    m_text->setAccessibleName(tr("Search the changes"));
    m_table->setAccessibleName(tr("Change history"));
    m_exportsTable->setAccessibleName(tr("Export register"));
    m_tabs->setTabText(0, tr("Changes to the data"));
    m_tabs->setTabText(1, tr("Exports"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    fillChoices();
}

void ChangeHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ViewPage::changeEvent(event);
}

} // namespace kai::ui
