// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kai::history {

// One export as the register keeps it: what was shown, to whom, from which data.
struct ExportRecord
{
    QDateTime exportedAt;  // UTC
    QString target;        // a view key ("rounds-results") or "pack"
    QString language;      // "ko" or "en"
    QString profile;       // "internal" or "press"
    QDate asOf;
    QString checksum;      // the logical checksum printed on the export's stamp
    QString fileName;      // the file's name, without its folder
};

} // namespace kai::history
