// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardState.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFont>
#include <QTemporaryDir>
#include <memory>

namespace kai::test {

// Called first in every test's initTestCase: keeps QStandardPaths and QSettings away from the
// user's real folders.
void enterTestMode();

// The application's font with the Korean faces the app bundles or finds first, as the views use it.
QFont appFont(bool bold = false);

// A sample database in its own temporary folder, removed when the object goes away; on the
// server engine (TestEngine.h) a database cloned from the sample on the executable's cluster, and
// path() its URI.
class SampleDatabase
{
public:
    SampleDatabase();
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    QString dirPath() const { return m_dir.path(); }
    std::unique_ptr<store::Database> open(bool readOnly = false) const;
    // Seals phase 1 (20 Jan 2026), corrects LG's benchmark 33.6 → 34.0 on 1 Sept 2026 without
    // correcting its total ("Benchmark rescored" / "벤치마크 재채점"), and Upstage's result on 2 Sept
    // 2026 ("Recount" / "재집계"), both citing S41: corrections as the office would record them.
    void recordPhaseOneCorrections() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_server = false;
};

// The first column of the first row of a statement without parameters (0 when it has no row), on
// either engine.
qint64 queryInt(store::SqlConnection &connection, const QString &sql);

// Opens a database (a file or a server URI), or returns null after printing why.
std::unique_ptr<store::Database> openDatabase(const QString &path, bool readOnly = false);

// The dashboard's state over a sample database, in English on 29 November 2026 unless told otherwise.
std::unique_ptr<DashboardState> createState(const SampleDatabase &sample,
                                            domain::Language language = domain::Language::English,
                                            const QDate &asOf = QDate(2026, 11, 29), bool readOnly = true);

// SHA-256 of a file, to prove a refused file was left byte-for-byte untouched.
QByteArray fileHash(const QString &path);

// Writes a test's input file (a failure to write stops the test run) and returns its path.
QString writeFile(const QString &path, const QByteArray &content);
// GPU usage CSV lines, hour by hour from `start`: `nodes` nodes a hour, named nodePrefix0, nodePrefix1, ...,
// each line "<time>,<consortium>,<node>,<rest>".
QByteArray hourlyUsageLines(const QDateTime &start, int hours, int nodes, const QByteArray &consortium,
                            const QByteArray &nodePrefix, const QByteArray &rest);
// A file's bytes, or none when it cannot be read.
QByteArray readFile(const QString &path);
// The text layer of a PDF as a reader extracts it (pdftotext), or a null string when pdftotext is
// missing (the caller skips).
QString pdfText(const QString &path);

} // namespace kai::test
