// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/NetChanges.h"

#include <QSet>

namespace kai::history {

namespace {
// A field every fact of the kind has (NOT NULL in the schema): logged from nothing, the fact was
// added; logged to nothing, it was removed. Any other field going to or from nothing is an edit.
QString presenceField(const QString &kind)
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("membership"), QStringLiteral("consortium_id")},
        {QStringLiteral("round_result"), QStringLiteral("stage_id")},
        {QStringLiteral("criterion_score"), QStringLiteral("criterion_id")},
        {QStringLiteral("gpu_allocation"), QStringLiteral("consortium_id")},
    };
    return fields.value(kind, QStringLiteral("code"));
}

bool sameValue(const QString &a, const QString &b)
{
    return a == b && a.isNull() == b.isNull();
}
} // namespace

NetChanges::NetChanges(const QVector<store::ChangeLogEntry> &oldestFirst)
{
    QHash<QString, int> indexOf;  // kind + key -> position in m_facts
    for (const store::ChangeLogEntry &entry : oldestFirst) {
        if (entry.action == QLatin1String("import")) {
            addImport(entry);
            continue;
        }
        if (entry.action == QLatin1String("migration"))
            continue;  // a new schema version changes no fact
        const QString id = entry.kind + QLatin1Char('\n') + entry.factKey;
        auto found = indexOf.constFind(id);
        if (found == indexOf.cend()) {
            found = indexOf.insert(id, int(m_facts.size()));
            NetFactChange fact;
            fact.kind = entry.kind;
            fact.key = entry.factKey;
            fact.firstChangedAt = entry.changedAt;
            m_facts.append(fact);
        }
        NetFactChange &fact = m_facts[*found];
        auto field = fact.fields.find(entry.field);
        if (field == fact.fields.end())
            fact.fields.insert(entry.field, {entry.oldValue, entry.newValue});
        else
            field->after = entry.newValue;
    }
    for (NetFactChange &fact : m_facts) {
        const FieldChange presence = fact.fields.value(presenceField(fact.kind), {QStringLiteral("-"), QStringLiteral("-")});
        if (presence.before.isNull() && !presence.after.isNull())
            fact.presence = NetFactChange::Presence::Added;
        else if (!presence.before.isNull() && presence.after.isNull())
            fact.presence = NetFactChange::Presence::Removed;
        fact.fields.removeIf([](const auto &field) { return sameValue(field.value().before, field.value().after); });
    }
    m_facts.removeIf([](const NetFactChange &fact) { return fact.fields.isEmpty(); });
}

void NetChanges::addImport(const store::ChangeLogEntry &entry)
{
    if (entry.field == QLatin1String("rows_added")) {
        ++m_imports.imports;
        m_imports.rows += entry.newValue.toLongLong();
    } else if (entry.field == QLatin1String("days")) {
        const QDate first = QDate::fromString(entry.newValue.section(QStringLiteral(".."), 0, 0), Qt::ISODate);
        const QDate last = QDate::fromString(entry.newValue.section(QStringLiteral(".."), 1, 1), Qt::ISODate);
        if (first.isValid() && (!m_imports.firstDay.isValid() || first < m_imports.firstDay))
            m_imports.firstDay = first;
        if (last.isValid() && last > m_imports.lastDay)
            m_imports.lastDay = last;
    }
}

} // namespace kai::history
