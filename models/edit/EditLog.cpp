// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EditLog.h"


namespace kai::edit {

using store::FactFields;
using store::FactKind;
using store::FactStore;

namespace {
QStringList fieldNames(const std::optional<FactFields> &a, const std::optional<FactFields> &b)
{
    QStringList names = a ? a->keys() : QStringList();
    if (b) {
        for (const QString &name : b->keys()) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}
} // namespace

EditLog::EditLog(FactStore &facts, const QString &action, const QString &summary, const QString &reason)
    : m_facts(facts), m_writer(facts.connection(), action, summary, reason)
{
}

void EditLog::record(const FactChange &change, bool forward)
{
    const std::optional<FactFields> &from = forward ? change.before : change.after;
    const std::optional<FactFields> &to = forward ? change.after : change.before;
    const FactFields &present = to ? *to : *from;
    const QString key = m_facts.stableKey(change.kind, change.id, present);
    const QString source = change.kind == FactKind::Source
        ? present.value(QStringLiteral("code")).toString()
        : m_facts.sourceCode(present.value(QStringLiteral("source_id")).toLongLong());
    for (const QString &field : fieldNames(from, to)) {
        const QString oldText = from ? FactStore::logText(from->value(field)) : QString();
        const QString newText = to ? FactStore::logText(to->value(field)) : QString();
        if (oldText != newText || oldText.isNull() != newText.isNull())
            m_writer.append(FactStore::kindName(change.kind), key, field, oldText, newText, source);
    }
}

} // namespace kai::edit
