// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"
#include "review/ReviewItemKey.h"

namespace kai::store {
class SqlConnection;
}

namespace kai::review {

// The value of an item in one plain, language-independent line ("outcome=advanced; rank=2;
// total=87.5"), from everything a database knows. A note keeps the value its reviewer saw;
// merging compares it with the office's value of the same key, so both sides must describe an
// item the same way. Nothing when the database has no such item.
class ItemValueReader
{
public:
    // Loads one snapshot of everything known (the program's last day). Throws store::StoreError.
    explicit ItemValueReader(store::SqlConnection &connection);

    std::optional<QString> valueOf(const ReviewItemKey &key) const;

private:
    std::optional<QString> consortium(const QString &code) const;
    std::optional<QString> member(const QString &consortium, const QString &organisation) const;
    std::optional<QString> stage(const QString &code) const;
    std::optional<QString> roundResult(const QString &stage, const QString &consortium) const;
    std::optional<QString> gpuMonth(const QString &consortium, const QString &month) const;
    std::optional<QString> source(const QString &code) const;
    const domain::Consortium *findConsortium(const QString &code) const;
    const domain::Stage *findStage(const QString &code) const;

    store::SqlConnection &m_connection;
    domain::ProgramSnapshot m_snapshot;
};

} // namespace kai::review
