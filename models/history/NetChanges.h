// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ChangeLog.h"

#include <QMap>

namespace kai::history {

// A field as it was at the start of a period and as it is at its end (null: no value).
struct FieldChange
{
    QString before;
    QString after;
};

// What a period did to one fact, netted over all its change-log rows: an edit and its undo leave
// nothing; a fact added and then edited is one addition with its final values.
struct NetFactChange
{
    enum class Presence { Updated, Added, Removed };
    Presence presence = Presence::Updated;
    QString kind;  // the change log's kind of fact
    QString key;   // its stable key
    QMap<QString, FieldChange> fields;  // only those whose value differs at the end
    QDateTime firstChangedAt;

    QString before(const char *field) const { return fields.value(QLatin1String(field)).before; }
    QString after(const char *field) const { return fields.value(QLatin1String(field)).after; }
    bool changed(const char *field) const { return fields.contains(QLatin1String(field)); }
};

// GPU usage imports of a period: counted, never listed row by row.
struct ImportTally
{
    int imports = 0;
    qint64 rows = 0;
    QDate firstDay;
    QDate lastDay;
};

// Nets the change log of a period (rows oldest first) into one change per fact.
class NetChanges
{
public:
    explicit NetChanges(const QVector<store::ChangeLogEntry> &oldestFirst);

    const QVector<NetFactChange> &facts() const { return m_facts; }
    const ImportTally &imports() const { return m_imports; }

private:
    void addImport(const store::ChangeLogEntry &entry);

    QVector<NetFactChange> m_facts;
    ImportTally m_imports;
};

} // namespace kai::history
