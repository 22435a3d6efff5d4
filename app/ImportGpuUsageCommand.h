// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace kai::app {

// `kai-dashboard import-gpu-usage FILE [--db FILE] [--strict]`: imports a usage CSV in one
// transaction, printing progress to stderr and a summary to stdout.
// Exit codes: 0 every row imported (or already present); 1 some rows were invalid (skipped, or in
// strict mode nothing imported) and listed in FILE.import-report.csv; 2 bad arguments, unreadable
// file or database, cancelled or failed import (the database is then unchanged).
class ImportGpuUsageCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportGpuUsageCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace kai::app
