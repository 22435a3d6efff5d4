// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgTestCluster.h"

#include <QApplication>
#include <QTest>
#include <cstdio>
#include <type_traits>

namespace kai::test {

// The engine a store or model test runs against: an SQLite file unless the environment says
// KAI_TEST_ENGINE=postgresql, which the `_pg` twin of a test sets (tests/CMakeLists.txt). Then
// every SampleDatabase is a database on the executable's one throwaway cluster.
enum class TestEngine { Sqlite, PostgreSql };
TestEngine testEngine();
inline bool testsOnServer() { return testEngine() == TestEngine::PostgreSql; }

// The statement that drops a schema guard, as another tool without it could write: the engines
// name a trigger differently (PostgreSQL's belong to their table).
QString dropTriggerStatement(const QString &trigger, const QString &table);

// Whether a test executable needs PostgreSQL: never, only on the server engine, or always (the
// tst_postgres_* tests); Optional starts one when it can and runs without it otherwise.
enum class ClusterNeed { None, ServerEngine, Required, Optional };

// Starts `cluster` as PgTestCluster::shared() when `need` asks for it; false (after printing why)
// when it is needed and cannot start: the test is then skipped (exit code 77).
bool startSharedCluster(PgTestCluster &cluster, ClusterNeed need);
void forgetSharedCluster();

// A test executable's main: one cluster for all its cases, started before the test object (whose
// SampleDatabase members need it) and stopped after it, even when an exception escapes a test.
template <class Test, class App>
int runTest(int argc, char **argv, ClusterNeed need)
{
    App app(argc, argv);
    if constexpr (std::is_same_v<App, QApplication>)
        QCoreApplication::setAttribute(Qt::AA_Use96Dpi, true);  // as QTEST_MAIN does
    PgTestCluster cluster;
    if (!startSharedCluster(cluster, need))
        return 77;
    int result = 1;
    try {
        Test test;
        result = QTest::qExec(&test, argc, argv);
    } catch (...) {
        std::fprintf(stderr, "FAIL: an exception escaped a test\n");
    }
    forgetSharedCluster();
    return result;
}

// A server database made as an office makes one: createdb, then `kai-dashboard init --sample`.
struct InitialisedServer
{
    QString uri;      // empty when it failed
    QString failure;  // why
    QString output;   // what init printed
};
InitialisedServer initServerWithSample(const QString &name, const QString &home);

} // namespace kai::test

// Instead of QTEST_MAIN / QTEST_GUILESS_MAIN in a test that runs on both engines.
#define KAI_TEST_MAIN_BOTH_ENGINES(Test)                                                                  \
    int main(int argc, char **argv)                                                                       \
    {                                                                                                     \
        return kai::test::runTest<Test, QApplication>(argc, argv, kai::test::ClusterNeed::ServerEngine); \
    }
#define KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(Test)                                                              \
    int main(int argc, char **argv)                                                                           \
    {                                                                                                         \
        return kai::test::runTest<Test, QCoreApplication>(argc, argv, kai::test::ClusterNeed::ServerEngine); \
    }
// A test of the PostgreSQL engine itself: skipped (77) without the server binaries.
#define KAI_POSTGRES_TEST_MAIN(Test)                                                                  \
    int main(int argc, char **argv)                                                                   \
    {                                                                                                 \
        return kai::test::runTest<Test, QApplication>(argc, argv, kai::test::ClusterNeed::Required); \
    }
// A test whose server cases skip on their own when no cluster could be started.
#define KAI_POSTGRES_OPTIONAL_TEST_MAIN(Test)                                                         \
    int main(int argc, char **argv)                                                                   \
    {                                                                                                 \
        return kai::test::runTest<Test, QApplication>(argc, argv, kai::test::ClusterNeed::Optional); \
    }
// In a case that is SQLite's by nature (file faults, PRAGMAs, VACUUM, file locking).
#define KAI_SQLITE_ONLY(why)     \
    if (kai::test::testsOnServer()) \
        QSKIP("SQLite only: " why)
