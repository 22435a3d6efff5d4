// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVariant>
#include <QVector>
#include <optional>

namespace kai::store {

class SqlConnection;

// The kinds of fact the app can edit. Their names (kindName) are what the change log stores:
// stable words, not table names, so the log reads the same after a schema change.
enum class FactKind {
    Source, Organisation, Consortium, Membership, ReleasedModel, Stage, RoundResult, Criterion, CriterionScore,
    GpuAllocation, RoundSeal, ResultCorrection, CriterionCorrection
};

// A fact's fields by name; a null QVariant is a missing value (NULL). Values are qint64, double
// or QString once normalized (dates as ISO text, booleans as 0/1).
using FactFields = QMap<QString, QVariant>;

// A code with its names, for choices in forms (providers, GPU models).
struct NamedCode
{
    qint64 id = 0;
    QString code;
    QString nameKo;
    QString nameEn;
};

// Row-level reads and writes of the editable facts, for the edit commands, on either engine. The
// only code besides the repositories that knows table and column names: a fact is addressed by its
// kind and id (SQLite's rowid, a server's id column), and a field name must be one of
// fieldsOf(kind), so no caller can reach another column.
class FactStore
{
    Q_DECLARE_TR_FUNCTIONS(FactStore)

public:
    explicit FactStore(SqlConnection &connection) : m_connection(connection) {}
    SqlConnection &connection() { return m_connection; }

    static QString kindName(FactKind kind);
    static std::optional<FactKind> kindFromName(const QString &name);
    static QStringList fieldsOf(FactKind kind);
    static FactFields normalized(const FactFields &fields);
    static QVariant normalized(const QVariant &value);
    // The text a change-log row holds for a value; a null QString for a missing one.
    static QString logText(const QVariant &value);
    // The field in which a kind records when it was written (a seal's or a correction's time, to
    // the millisecond: exports after it make it permanent); empty for other kinds.
    static QString recordTimeField(FactKind kind);

    std::optional<FactFields> read(FactKind kind, qint64 id);
    // Ids of the facts of a kind whose field equals value (e.g. the results of one round).
    QVector<qint64> idsWhere(FactKind kind, const QString &field, const QVariant &value);
    qint64 maxId(FactKind kind);
    // The id a new fact of this kind will have when the engine derives it from the fact's own
    // fields (a criterion score on a server has no id column: its key pair is its id); nullopt:
    // reserve one (maxId + 1).
    std::optional<qint64> derivedId(FactKind kind, const FactFields &fields) const;
    void insert(FactKind kind, qint64 id, const FactFields &fields);
    void update(FactKind kind, qint64 id, const FactFields &fields);
    void remove(FactKind kind, qint64 id);

    // A key that names the fact in the change log without its rowid where codes allow.
    QString stableKey(FactKind kind, qint64 id, const FactFields &fields);
    QString sourceCode(qint64 sourceId);
    std::optional<qint64> idOfCode(FactKind kind, const QString &code);
    qint64 programId();
    qint64 maxStageSeq();

    QVector<NamedCode> providers();
    QVector<NamedCode> gpuModels();

private:
    static QString table(FactKind kind);
    // The SQL expression of a fact's id in its table on this engine.
    QString idOf(FactKind kind) const;
    bool hasIdColumn(FactKind kind) const;
    void keepIdentityAhead(FactKind kind);
    static void checkFields(FactKind kind, const FactFields &fields);
    QString codeOf(FactKind kind, const QVariant &id);
    QString resultKey(const QVariant &roundResultId);

    SqlConnection &m_connection;
};

} // namespace kai::store
