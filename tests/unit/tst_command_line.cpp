// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "TestSupport.h"

#include <QTest>

using namespace kai::app;

namespace {
CommandLine::Result parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("kai-dashboard"));
    return CommandLine::parse(arguments);
}

bool headless(const std::vector<const char *> &arguments)
{
    std::vector<char *> argv;
    for (const char *argument : arguments)
        argv.push_back(const_cast<char *>(argument));
    return CommandLine::isHeadless(int(argv.size()), argv.data());
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void parsesTheOptions()
    {
        const auto result = parse({QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--read-only"),
                                   QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--log-level"),
                                   QStringLiteral("debug"), QStringLiteral("check")});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.options.databasePath, QStringLiteral("x.sqlite"));
        QVERIFY(result.options.readOnly);
        QCOMPARE(result.options.language, kai::domain::Language::Korean);
        QCOMPARE(result.options.logLevel, QStringLiteral("debug"));
        QCOMPARE(result.options.command, QStringLiteral("check"));
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
        QTest::newRow("unknown log level") << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")};
        QTest::newRow("db without file") << QStringList{QStringLiteral("--db")};
        QTest::newRow("check with a stray argument") << QStringList{QStringLiteral("check"), QStringLiteral("x.db")};
        QTest::newRow("strict outside an import") << QStringList{QStringLiteral("check"), QStringLiteral("--strict")};
        QTest::newRow("import without a file") << QStringList{QStringLiteral("import-gpu-usage")};
        QTest::newRow("import read-only") << QStringList{QStringLiteral("import-gpu-usage"), QStringLiteral("u.csv"),
                                                         QStringLiteral("--read-only")};
        QTest::newRow("export option on check") << QStringList{QStringLiteral("check"), QStringLiteral("--press")};
        QTest::newRow("repair-rollup outside check")
            << QStringList{QStringLiteral("import-gpu-usage"), QStringLiteral("u.csv"), QStringLiteral("--repair-rollup")};
        QTest::newRow("repair-rollup read-only")
            << QStringList{QStringLiteral("check"), QStringLiteral("--repair-rollup"), QStringLiteral("--read-only")};
    }

    void checkTakesRepairRollup()
    {
        const auto result = parse({QStringLiteral("check"), QStringLiteral("--repair-rollup")});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.options.repairRollup);
        QVERIFY(!parse({QStringLiteral("check")}).options.repairRollup);
    }

    void rejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(!parse(arguments).error.isEmpty());
    }

    void helpAndVersionNeedNoWindow()
    {
        QVERIFY(parse({QStringLiteral("--help")}).output.contains(QLatin1String("--db")));
        QVERIFY(headless({"kai-dashboard", "--help"}));
        QVERIFY(headless({"kai-dashboard", "--db", "check.sqlite", "check"}));
        QVERIFY(headless({"kai-dashboard", "nonsense"}));
        QVERIFY(!headless({"kai-dashboard", "--db", "check"}));  // "check" is the file name here
        QVERIFY(!headless({"kai-dashboard", "--lang", "ko"}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
