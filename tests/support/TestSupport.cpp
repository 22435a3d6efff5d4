// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "TestEngine.h"
#include "store/SqliteConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace kai::test {

QFont appFont(bool bold)
{
    QFont font = QGuiApplication::font();
    font.setFamilies({QStringLiteral("NanumGothic"), QStringLiteral("Noto Sans CJK KR"), font.family()});
    font.setBold(bold);
    return font;
}

void enterTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kai-test"));
    QCoreApplication::setApplicationName(QStringLiteral("kai-dashboard-test"));
}

SampleDatabase::SampleDatabase() : m_path(m_dir.filePath(QStringLiteral("sample.sqlite")))
{
    if (testsOnServer()) {
        static int serial = 0;
        PgTestCluster *cluster = PgTestCluster::shared();
        if (!cluster)
            qFatal("KAI_TEST_ENGINE=postgresql, but this test has no cluster (main: KAI_TEST_MAIN_BOTH_ENGINES)");
        m_path = cluster->createSampleDatabase(QStringLiteral("sample_%1").arg(++serial));
        if (m_path.isEmpty())
            qFatal("could not create the sample database on the server: %s", qPrintable(cluster->reason()));
        m_server = true;
        return;
    }
    const store::Database::OpenResult created = store::Database::createSample(m_path);
    if (!created)
        qFatal("could not create the sample database: %s", qPrintable(created.error));
}

void SampleDatabase::recordPhaseOneCorrections() const
{
    const std::unique_ptr<store::Database> database = open();
    database->connection().execute(QStringLiteral(
        "INSERT INTO round_seal (stage_id, sealed_on, sealed_at) "
        "  SELECT id, '2026-01-20', '2026-01-20T09:00:00.000Z' FROM stage WHERE code = 'phase1-eval';"
        "INSERT INTO criterion_score_correction (round_result_id, criterion_id, recorded_on, recorded_at, points, "
        "  reason_ko, reason_en, source_id) "
        "SELECT s.round_result_id, s.criterion_id, '2026-09-01', '2026-09-01T09:00:00.000Z', 34.0, '벤치마크 재채점', "
        "       'Benchmark rescored', (SELECT id FROM source WHERE code = 'S41') "
        "  FROM criterion_score s JOIN criterion k ON k.id = s.criterion_id JOIN round_result r ON r.id = s.round_result_id "
        "  JOIN consortium c ON c.id = r.consortium_id WHERE k.code = 'benchmark' AND c.code = 'lg';"
        "INSERT INTO result_correction (round_result_id, recorded_on, recorded_at, outcome, rank, reason_ko, reason_en, source_id) "
        "  SELECT r.id, '2026-09-02', '2026-09-02T09:00:00.000Z', r.outcome, r.rank, '재집계', 'Recount', "
        "         (SELECT id FROM source WHERE code = 'S41') "
        "    FROM round_result r JOIN stage s ON s.id = r.stage_id JOIN consortium c ON c.id = r.consortium_id "
        "   WHERE s.code = 'phase1-eval' AND c.code = 'upstage';"));
}

std::unique_ptr<store::Database> SampleDatabase::open(bool readOnly) const
{
    store::Database::OpenOptions options;
    options.readOnly = readOnly;
    store::Database::OpenResult opened = store::Database::open(m_path, options);
    if (!opened)
        qFatal("could not open the sample database: %s", qPrintable(opened.error));
    if (opened.database->isServer() != m_server)
        qFatal("the sample database was opened on the wrong engine");
    return std::move(opened.database);
}

qint64 queryInt(store::SqlConnection &connection, const QString &sql)
{
    store::SqlQuery query = connection.query(sql);
    return query.step() ? query.columnInt(0) : 0;
}

std::unique_ptr<store::Database> openDatabase(const QString &path, bool readOnly)
{
    store::Database::OpenOptions options;
    options.readOnly = readOnly;
    store::Database::OpenResult opened = store::Database::open(path, options);
    if (!opened)
        qWarning("%s", qPrintable(opened.error));
    return std::move(opened.database);
}

std::unique_ptr<DashboardState> createState(const SampleDatabase &sample, domain::Language language, const QDate &asOf,
                                            bool readOnly)
{
    auto state = std::make_unique<DashboardState>();
    state->setLanguage(language);
    state->setAsOf(asOf);
    state->setDatabase(sample.open(readOnly));
    return state;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray hourlyUsageLines(const QDateTime &start, int hours, int nodes, const QByteArray &consortium,
                            const QByteArray &nodePrefix, const QByteArray &rest)
{
    QByteArray lines;
    for (int hour = 0; hour < hours; ++hour) {
        const QByteArray stamp = start.addSecs(hour * 3600).toString(Qt::ISODate).toLatin1();
        for (int node = 0; node < nodes; ++node)
            lines += stamp + ',' + consortium + ',' + nodePrefix + QByteArray::number(node) + ',' + rest + '\n';
    }
    return lines;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed");
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace kai::test
