// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/FactPlanner.h"
#include "store/ChangeLog.h"

namespace kai::edit {

// Writes what a FactChange does to the change log: one row per field whose value changes, keyed by
// the fact's kind and stable key, with the source the fact cites.
class EditLog
{
public:
    EditLog(store::FactStore &facts, const QString &action, const QString &summary, const QString &reason);

    // Call before the change is written (the key of a removed fact is read while it exists).
    void record(const FactChange &change, bool forward);

private:
    store::FactStore &m_facts;
    store::ChangeLogWriter m_writer;
};

} // namespace kai::edit
