// SPDX-License-Identifier: GPL-3.0-or-later
// Portable mode and paths a Windows laptop has: the executable copied into a folder whose path holds
// Korean characters and spaces, with and without the "portable" marker beside it. Linux runs the same
// code path as Windows here (AppDataFolder decides; QStandardPaths only when not portable).
#include "BuildPaths.h"
#include "AppProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
using kai::test::writeFile;
using kai::test::AppRun;

// A copy of the real executable in "<tmp>/국가 AI 대시보드 (휴대용)/", optionally with the marker.
QString copyExecutable(const QTemporaryDir &root, bool portable)
{
    const QString folder = root.filePath(QStringLiteral("국가 AI 대시보드 (휴대용)"));
    QDir().mkpath(folder);
    const QString binary = QDir(folder).filePath(QStringLiteral("kai-dashboard"));
    if (!QFile::copy(kai::test::appBinary(), binary))
        return {};
    QFile::setPermissions(binary, QFile::permissions(binary) | QFileDevice::ExeOwner);
    if (portable)
        writeFile(QDir(folder).filePath(QStringLiteral("portable")), "portable\n");
    return binary;
}

QString describe(const AppRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}
} // namespace

class TestPortableMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void portableKeepsEverythingBesideTheExecutable()
    {
        QTemporaryDir root;
        QTemporaryDir home;
        const QString binary = copyExecutable(root, true);
        QVERIFY(!binary.isEmpty());
        const QString data = QFileInfo(binary).dir().filePath(QStringLiteral("data"));

        AppRun run = kai::test::runAppBinary(binary, {QStringLiteral("check")}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QFileInfo(QDir(data).filePath(QStringLiteral("kai-dashboard.sqlite"))).isFile());
        QVERIFY(QFileInfo(QDir(data).filePath(QStringLiteral("logs/kai-dashboard.log"))).isFile());

        const QString png = root.filePath(QStringLiteral("국가 AI 대시보드 (휴대용)/개요 화면.png"));
        run = kai::test::runAppBinary(binary,
                                      {QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("overview"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-03-01"),
                                       QStringLiteral("--out"), png},
                                      home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QFileInfo(png).size() > 0);

        // Nothing in the profile: no database, no log, no settings.
        const QStringList left = QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(!QDir(home.filePath(QStringLiteral(".local/share/kai"))).exists(), qPrintable(left.join(u',')));
        QVERIFY(!QDir(home.filePath(QStringLiteral(".config/kai"))).exists());
    }

    void withoutTheMarkerTheProfileIsUsed()
    {
        QTemporaryDir root;
        QTemporaryDir home;
        const QString binary = copyExecutable(root, false);
        QVERIFY(!binary.isEmpty());
        const AppRun run = kai::test::runAppBinary(binary, {QStringLiteral("check")}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QFileInfo(home.filePath(QStringLiteral(".local/share/kai/kai-dashboard/kai-dashboard.sqlite"))).isFile());
        QVERIFY(!QDir(QFileInfo(binary).dir().filePath(QStringLiteral("data"))).exists());
    }

    void databaseAndImportUnderAKoreanPathWithSpaces()
    {
        QTemporaryDir root;
        QTemporaryDir home;
        const QString folder = root.filePath(QStringLiteral("사업 관리/2026년 자료"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = QDir(folder).filePath(QStringLiteral("현황 자료.sqlite"));
        AppRun run = kai::test::runApp({QStringLiteral("check")}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QFile::copy(home.filePath(QStringLiteral(".local/share/kai/kai-dashboard/kai-dashboard.sqlite")), db));

        const QString csv = QDir(folder).filePath(QStringLiteral("GPU 사용량 3월.csv"));
        writeFile(csv, "period_start,consortium,node,gpu_model,gpu_hours_used\n"
                               "2026-03-01T09:00,LG AI연구원,\"노드 1\",B200,7.5\n");
        run = kai::test::runApp({QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), db}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QLatin1String("imported: 1")), qPrintable(describe(run)));
        run = kai::test::runApp({QStringLiteral("check"), QStringLiteral("--db"), db}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }
};

QTEST_GUILESS_MAIN(TestPortableMode)
#include "tst_portable_mode.moc"
