// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/FactPlanner.h"

namespace kai::edit {

using store::FactFields;
using store::FactKind;
using store::FactStore;

QString FactPlanner::kindLabel(FactKind kind)
{
    switch (kind) {
    case FactKind::Source: return tr("source");
    case FactKind::Organisation: return tr("organisation");
    case FactKind::Consortium: return tr("consortium");
    case FactKind::Membership: return tr("membership");
    case FactKind::ReleasedModel: return tr("model release");
    case FactKind::Stage: return tr("stage");
    case FactKind::RoundResult: return tr("round result");
    case FactKind::Criterion: return tr("criterion");
    case FactKind::CriterionScore: return tr("criterion score");
    case FactKind::GpuAllocation: return tr("GPU allocation");
    case FactKind::RoundSeal: return tr("round seal");
    case FactKind::ResultCorrection: return tr("correction");
    case FactKind::CriterionCorrection: return tr("criterion score correction");
    }
    return {};
}

bool FactPlanner::sameValues(const std::optional<FactFields> &stored, const std::optional<FactFields> &expected)
{
    if (!stored || !expected)
        return !stored && !expected;
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (FactStore::normalized(stored->value(it.key())) != FactStore::normalized(it.value()))
            return false;
    }
    return true;
}

qint64 FactPlanner::reserveId(FactKind kind)
{
    const qint64 next = std::max(m_facts.maxId(kind), m_lastReserved.value(int(kind))) + 1;
    m_lastReserved.insert(int(kind), next);
    return next;
}

void FactPlanner::insert(FactKind kind, qint64 id, const FactFields &fields)
{
    m_changes.append({kind, id, std::nullopt, FactStore::normalized(fields)});
}

qint64 FactPlanner::insert(FactKind kind, const FactFields &fields)
{
    const std::optional<qint64> derived = m_facts.derivedId(kind, fields);
    const qint64 id = derived ? *derived : reserveId(kind);
    insert(kind, id, fields);
    return id;
}

std::optional<FactFields> FactPlanner::current(FactKind kind, qint64 id, const FactFields &base)
{
    std::optional<FactFields> stored = m_facts.read(kind, id);
    if (!stored) {
        throw EditConflict{tr("Someone else removed this %1 after you opened the form. Nothing was saved; "
                              "close the form and open it again to see the current data.")
                               .arg(kindLabel(kind))};
    }
    QStringList differences;
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        const QVariant now = FactStore::normalized(stored->value(it.key()));
        if (now != FactStore::normalized(it.value())) {
            differences << tr("%1 is now “%2”; you saw “%3”")
                               .arg(it.key(), FactStore::logText(now), FactStore::logText(it.value()));
        }
    }
    if (!differences.isEmpty()) {
        throw EditConflict{tr("Someone else changed this %1 (%2) after you opened the form: %3. Nothing was saved; "
                              "close the form and open it again to see the current data.")
                               .arg(kindLabel(kind), m_facts.stableKey(kind, id, *stored),
                                    differences.join(QStringLiteral("; ")))};
    }
    return stored;
}

void FactPlanner::update(FactKind kind, qint64 id, const FactFields &base, const FactFields &desired)
{
    const std::optional<FactFields> stored = current(kind, id, base);
    FactFields after = *stored;
    for (auto it = desired.cbegin(); it != desired.cend(); ++it)
        after.insert(it.key(), FactStore::normalized(it.value()));
    if (!sameValues(stored, after))
        m_changes.append({kind, id, stored, after});
}

void FactPlanner::remove(FactKind kind, qint64 id, const FactFields &base)
{
    m_changes.append({kind, id, current(kind, id, base), std::nullopt});
}

} // namespace kai::edit
