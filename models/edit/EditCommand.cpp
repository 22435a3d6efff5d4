// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EditCommand.h"

#include "edit/EditContext.h"
#include "edit/EditLog.h"
#include "items/DisplayFormat.h"
#include "store/Database.h"
#include "store/DomainCodes.h"
#include "store/SealedResultStore.h"
#include "store/SqlTransaction.h"
#include "store/StoreError.h"

#include <QDir>
#include <spdlog/spdlog.h>

namespace kai::edit {

using store::FactFields;
using store::FactKind;

EditCommand::EditCommand(const QString &text) : QUndoCommand(text) {}

EditCommand::~EditCommand() = default;

QString EditCommand::readOnlyMessage(const QString &path)
{
    return tr("%1 is open read-only: nothing was changed.").arg(QDir::toNativeSeparators(path));
}

void EditCommand::requireText(EditProblems &problems, const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        problems.append({field, tr("Enter this field.")});
}

void EditCommand::requireDate(EditProblems &problems, const QString &field, const QDate &date)
{
    if (!date.isValid())
        problems.append({field, tr("Enter a date.")});
}

QString EditCommand::dateText(const QDate &date) const
{
    return DisplayFormat(m_language).date(date);
}

void EditCommand::requireOrder(EditProblems &problems, const QString &laterField, const QDate &earlier,
                               const QDate &later, bool strictlyAfter) const
{
    if (!earlier.isValid() || !later.isValid())
        return;
    if (strictlyAfter && later <= earlier)
        problems.append({laterField, tr("Must be after %1.").arg(dateText(earlier))});
    else if (later < earlier)
        problems.append({laterField, tr("Must be on or after %1.").arg(dateText(earlier))});
}

void EditCommand::requireChoice(EditProblems &problems, const QString &field, qint64 id)
{
    if (id <= 0)
        problems.append({field, tr("Choose one.")});
}

void EditCommand::validateSource(EditContext &context, EditProblems &problems) const
{
    if (m_source.added) {
        const SourceForm &form = *m_source.added;
        if (form.titleEn.trimmed().isEmpty() && form.titleKo.trimmed().isEmpty())
            problems.append({QStringLiteral("source.title"), tr("Enter the title in Korean or English.")});
        if (!QStringList{QStringLiteral("C"), QStringLiteral("S"), QStringLiteral("U")}.contains(form.confidence))
            problems.append({QStringLiteral("source.confidence"), tr("Choose confirmed, single source or uncertain.")});
        return;
    }
    if (m_source.existingId <= 0) {
        problems.append({QStringLiteral("source"), tr("Every fact needs a source: choose one or add one.")});
        return;
    }
    const domain::Source *source = context.program().source(m_source.existingId);
    if (!source)
        problems.append({QStringLiteral("source"), tr("This source no longer exists.")});
    else if (source->isIllustrative() && createsFacts())
        problems.append({QStringLiteral("source"), tr("The illustrative sample source cannot be cited for a new fact.")});
}

EditProblems EditCommand::validate(EditContext &context) const
{
    EditProblems problems = validateForm(context);
    if (citesSource())
        validateSource(context, problems);
    return problems;
}

qint64 EditCommand::planSource(FactPlanner &planner) const
{
    if (!citesSource())
        return 0;
    if (!m_source.added)
        return m_source.existingId;
    const SourceForm &form = *m_source.added;
    const qint64 id = planner.reserveId(FactKind::Source);
    const QString titleEn = form.titleEn.trimmed().isEmpty() ? form.titleKo.trimmed() : form.titleEn.trimmed();
    const QString titleKo = form.titleKo.trimmed();
    planner.insert(FactKind::Source, id,
                   {{QStringLiteral("code"), QStringLiteral("EDIT-%1").arg(id)},
                    {QStringLiteral("title"), titleEn},
                    {QStringLiteral("title_ko"), titleKo.isEmpty() ? QVariant() : QVariant(titleKo)},
                    {QStringLiteral("publisher"), form.publisher.trimmed().isEmpty() ? QVariant() : QVariant(form.publisher.trimmed())},
                    {QStringLiteral("url"), form.url.trimmed().isEmpty() ? QVariant() : QVariant(form.url.trimmed())},
                    {QStringLiteral("published_on"), domain::storedDay(form.publishedOn, form.publishedPrecision)},
                    {QStringLiteral("published_precision"), store::DomainCodes::code(form.publishedPrecision)},
                    {QStringLiteral("confidence"), form.confidence}});
    return id;
}

EditProblems EditCommand::apply(store::Database &database)
{
    if (isApplied())
        return {{QString(), tr("This edit has already been saved.")}};
    if (database.isReadOnly())
        return {{QString(), readOnlyMessage(database.path())}};
    try {
        // Validation reads too: on a server whose connection was lost, it is the first to say so.
        EditContext context(database, m_language);
        if (EditProblems problems = validate(context); !problems.isEmpty())
            return problems;
        store::SqlConnection &connection = database.sql();
        store::SqlTransaction transaction(connection);
        store::FactStore facts(connection);
        FactPlanner planner(facts);
        plan(planner, planSource(planner));
        EditLog log(facts, QStringLiteral("edit"), text(), m_reason);
        for (const FactChange &change : planner.changes()) {
            log.record(change, true);
            writeChange(facts, change, true);
        }
        transaction.commit();
        m_changes = planner.changes();
    } catch (const EditConflict &conflict) {
        return {{QString(), conflict.message}};
    } catch (const store::StoreError &error) {
        spdlog::warn("edit '{}' refused by the database: {}", text().toStdString(), error.message().toStdString());
        return {{QString(), tr("The database refused the change: %1. Nothing was saved.").arg(refusal(error))}};
    }
    m_database = &database;
    m_skipFirstRedo = true;
    return {};
}

QString EditCommand::conflict(store::Database &database) const
{
    try {
        store::FactStore facts(database.sql());
        FactPlanner planner(facts);
        plan(planner, planSource(planner));  // reads only: the writes come from its list
    } catch (const EditConflict &conflict) {
        return conflict.message;
    } catch (const store::StoreError &error) {
        spdlog::info("conflict check not possible now: {}", error.message().toStdString());
    }
    return {};
}

void EditCommand::writeChange(store::FactStore &facts, const FactChange &change, bool forward)
{
    const std::optional<FactFields> &target = forward ? change.after : change.before;
    const std::optional<FactFields> &expected = forward ? change.before : change.after;
    if (!target)
        facts.remove(change.kind, change.id);
    else if (!expected)
        facts.insert(change.kind, change.id, *target);
    else
        facts.update(change.kind, change.id, *target);
}

QString EditCommand::write(bool forward)
{
    if (!m_database)
        return tr("This edit was never saved.");
    if (m_database->isReadOnly())
        return readOnlyMessage(m_database->path());
    try {
        store::SqlConnection &connection = m_database->sql();
        store::SqlTransaction transaction(connection);
        store::FactStore facts(connection);
        EditLog log(facts, forward ? QStringLiteral("redo") : QStringLiteral("undo"), text(), m_reason);
        QVector<FactChange> changes = m_changes;
        for (qsizetype i = 0, n = changes.size(); i < n; ++i) {
            FactChange &change = changes[forward ? i : n - 1 - i];
            const std::optional<FactFields> &expected = forward ? change.before : change.after;
            if (!FactPlanner::sameValues(facts.read(change.kind, change.id), expected)) {
                return tr("“%1” cannot be %2: someone else has changed this %3 (%4) since. Nothing was changed.")
                    .arg(text(), forward ? tr("redone") : tr("undone"), FactPlanner::kindLabel(change.kind),
                         facts.stableKey(change.kind, change.id, expected ? *expected : *(forward ? change.after : change.before)));
            }
            if (forward)
                restamp(change);
            log.record(change, forward);
            writeChange(facts, change, forward);
        }
        transaction.commit();
        m_changes = changes;
    } catch (const store::StoreError &error) {
        return tr("“%1” could not be written: %2. Nothing was changed.").arg(text(), refusal(error));
    }
    return {};
}

// The database's reason in the display language, without its full stop (the sentence goes on).
QString EditCommand::refusal(const store::StoreError &error)
{
    QString text = store::SealedResultStore::explained(error);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// A seal or correction redone is recorded anew: its time says when it became part of the data, so
// an export made while it was undone does not count as having shown it.
void EditCommand::restamp(FactChange &change)
{
    const QString field = store::FactStore::recordTimeField(change.kind);
    if (!field.isEmpty() && change.after && !change.before)
        change.after->insert(field, store::SealedResultStore::timestampNow());
}

QString EditCommand::permanence() const
{
    if (!m_database || m_database->isReadOnly())
        return {};
    try {
        store::SealedResultStore seals(m_database->sql());
        for (const FactChange &change : m_changes) {
            const QString field = store::FactStore::recordTimeField(change.kind);
            if (field.isEmpty() || !change.after || change.before)
                continue;
            if (seals.isShownByAnExport(change.after->value(field).toString()))
                return tr("“%1” has been shown in an export since, so it is part of what was published and can no "
                          "longer be undone; record a correction instead.").arg(text());
        }
    } catch (const store::StoreError &) {
        // A server that cannot be asked now: the undo itself will say why it cannot be written.
    }
    return {};
}

void EditCommand::undo()
{
    m_skipFirstRedo = false;  // from now on a redo writes again
    if (const QString error = write(false); !error.isEmpty()) {
        spdlog::warn("undo failed: {}", error.toStdString());
        setObsolete(true);  // QUndoStack drops it: its effect stays, and it cannot be undone twice
        if (m_onError)
            m_onError(error);
    }
}

void EditCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;  // QUndoStack::push calls redo(); apply() already wrote it
        return;
    }
    if (const QString error = write(true); !error.isEmpty()) {
        spdlog::warn("redo failed: {}", error.toStdString());
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

} // namespace kai::edit
