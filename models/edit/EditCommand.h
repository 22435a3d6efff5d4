// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditProblem.h"
#include "edit/FactPlanner.h"
#include "domain/DomainTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>
#include <functional>

namespace kai::store {
class Database;
class StoreError;
}

namespace kai::edit {

class EditContext;

// A source added in the same form as the fact that cites it.
struct SourceForm
{
    QString titleKo;
    QString titleEn;
    QString publisher;
    QString url;
    QDate publishedOn;
    QString confidence = QStringLiteral("S");  // C confirmed, S single source, U uncertain
    domain::DatePrecision publishedPrecision = domain::DatePrecision::Day;
};

// The source a form cites: one that exists, or one added with the fact.
struct SourceChoice
{
    qint64 existingId = 0;
    std::optional<SourceForm> added;
};

// One edit of the program's data. validate() names every problem by form field; apply() writes
// the whole edit in one transaction together with its change-log rows, or nothing. The command
// remembers exactly what it changed (FactChange), so undo() and redo() restore the database to
// the same content (the same DatabaseFingerprint) and log themselves too. Undo and redo refuse,
// changing nothing, when someone else changed the same facts in between.
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    using ErrorHandler = std::function<void(const QString &message)>;

    ~EditCommand() override;

    EditProblems validate(EditContext &context) const;
    // Validates, then writes. Empty on success; otherwise nothing was written.
    EditProblems apply(store::Database &database);
    bool isApplied() const { return m_database != nullptr; }
    // The optimistic check alone, writing nothing: why saving now would be refused because someone
    // else changed what the form started from (another window, another client of a server), or
    // empty. A form asks when it hears of a change elsewhere, before the user saves.
    QString conflict(store::Database &database) const;

    void undo() override;
    void redo() override;

    void setLanguage(domain::Language language) { m_language = language; }
    void setReason(const QString &reason) { m_reason = reason; }
    QString reason() const { return m_reason; }
    void setSource(const SourceChoice &source) { m_source = source; }
    const SourceChoice &source() const { return m_source; }
    // Told when an undo or redo could not be written (the command then leaves the stack).
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }
    const QVector<FactChange> &changes() const { return m_changes; }

    static QString readOnlyMessage(const QString &path);

    // Why this edit can no longer be undone, or empty. A seal or a correction stays once an export
    // has shown it (the schema's rule): until then it is undone like any edit, after that never.
    QString permanence() const;

protected:
    explicit EditCommand(const QString &text);

    virtual EditProblems validateForm(EditContext &context) const = 0;
    // Plans the changes inside the write transaction; sourceId is the chosen or added source.
    virtual void plan(FactPlanner &planner, qint64 sourceId) const = 0;
    // A new fact may not cite the illustrative sample source.
    virtual bool createsFacts() const { return true; }
    // A seal records a decision of the office, not a published fact: it cites no source.
    virtual bool citesSource() const { return true; }

    // Shared checks that name the field they concern.
    static void requireText(EditProblems &problems, const QString &field, const QString &text);
    static void requireDate(EditProblems &problems, const QString &field, const QDate &date);
    void requireOrder(EditProblems &problems, const QString &laterField, const QDate &earlier, const QDate &later,
                      bool strictlyAfter = false) const;
    domain::Language language() const { return m_language; }
    QString dateText(const QDate &date) const;
    static void requireChoice(EditProblems &problems, const QString &field, qint64 id);

private:
    void validateSource(EditContext &context, EditProblems &problems) const;
    qint64 planSource(FactPlanner &planner) const;
    QString write(bool forward);
    static void writeChange(store::FactStore &facts, const FactChange &change, bool forward);
    static void restamp(FactChange &change);
    static QString refusal(const store::StoreError &error);

    QString m_reason;
    domain::Language m_language = domain::Language::English;
    SourceChoice m_source;
    QVector<FactChange> m_changes;
    store::Database *m_database = nullptr;
    bool m_skipFirstRedo = false;
    ErrorHandler m_onError;
};

} // namespace kai::edit
