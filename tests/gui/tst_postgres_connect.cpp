// SPDX-License-Identifier: GPL-3.0-or-later
// The user-facing pieces of a server database: File > Connect to Server (saved connections, the
// password kept out of the settings file), a server that cannot be reached at start (a clear
// message and the last local file instead), and review copies made from a server. The parts that
// need a server use the throwaway cluster of tst_postgres_server and skip without one.
#include "AppProcess.h"
#include "PgTestCluster.h"
#include "ShellFixture.h"
#include "TestEngine.h"
#include "TestSupport.h"

#include "review/ReviewCopyMaker.h"
#include "review/ReviewActions.h"
#include "review/ReviewCopyStatus.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/MigrationRunner.h"
#include "store/SqlConnection.h"
#include "server/ConnectServerDialog.h"
#include "server/SavedServers.h"
#include "server/ServerAddress.h"
#include "server/ServerActions.h"
#include "server/ServerKeychain.h"
#include "server/ServerStartup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace kai;
using kai::test::runApp;

namespace {
const QString Secret = QStringLiteral("s3cret-Pa55word");

// The settings file as it is on disk, to prove what is (not) in it.
QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    return test::readFile(settings.fileName());
}

// Fills the dialog's fields as a user would type them.
void fill(ui::ConnectServerDialog &dialog, const QString &name, const QString &host, int port, const QString &database)
{
    const auto edit = [&](const char *field, const QString &text) {
        auto *line = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
        QVERIFY(line);
        line->clear();
        QTest::keyClicks(line, text);
    };
    edit("connectionName", name);
    edit("host", host);
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
    edit("database", database);
    edit("user", QStringLiteral("kai"));
    edit("password", Secret);
    auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("prefer")));  // a Unix socket has no TLS
}

// Answers the next message box: checks its text and presses the named button.
void answerMessageBox(const QString &buttonName, QString *seenText)
{
    QTimer::singleShot(0, [buttonName, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerMessageBox(buttonName, seenText);  // not shown yet
            return;
        }
        *seenText = box->text() + QLatin1Char('\n') + box->informativeText();
        if (const QByteArray folder = qgetenv("KAI_SCREENSHOT_DIR"); !folder.isEmpty())
            box->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/server-unreachable.png"));
        box->findChild<QPushButton *>(buttonName)->click();
    });
}

qint64 countRows(store::SqlConnection &connection, const QString &table)
{
    store::SqlQuery query = connection.query(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.step() ? query.columnInt(0) : -1;
}
} // namespace

class TestPostgresConnect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_uri;  // a server database holding the sample; empty without a cluster

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        if (!test::PgTestCluster::shared())
            return;
        const test::InitialisedServer server = test::initServerWithSample(QStringLiteral("office"), m_home.path());
        QVERIFY2(!server.uri.isEmpty(), qPrintable(server.failure));
        m_uri = server.uri;
    }

    void init()
    {
        QSettings().remove(QStringLiteral("servers"));
    }

    void cleanupTestCase()
    {
        QSettings().remove(QStringLiteral("servers"));
    }

    // The socket folder and port of the cluster, as a user would type them into the dialog.
    // The test cluster's office database as a connection saved under `name`, signing in as `user`.
    server::ServerAddress officeServer(const QString &name, const QString &user) const
    {
        server::ServerAddress address;
        address.name = name;
        address.host = clusterHost();
        address.port = clusterPort();
        address.database = QStringLiteral("office");
        address.user = user;
        address.sslMode = QStringLiteral("disable");
        return address;
    }
    // Saves the connection in the settings file of the home the app's commands run with; returns its path.
    QString saveForTheCommandLine(const server::ServerAddress &address) const
    {
        const QString path = m_home.filePath(QStringLiteral(".config/kai/kai-dashboard.conf"));
        QSettings app(path, QSettings::IniFormat);
        server::SavedServers::writeTo(app, {address});
        return path;
    }
    QString clusterHost() const { return QUrlQuery(QUrl(m_uri)).queryItemValue(QStringLiteral("host")); }
    int clusterPort() const { return QUrlQuery(QUrl(m_uri)).queryItemValue(QStringLiteral("port")).toInt(); }

    void dialogNamesWhatIsMissing()
    {
        ui::ConnectServerDialog dialog;
        QVERIFY(!dialog.testConnection());
        QCOMPARE(dialog.resultText(), QStringLiteral("Still to fill in: Host, Database, User."));
        // verify-full is what a new connection starts with, and the dialog says why in one line.
        QCOMPARE(dialog.address().sslMode, QStringLiteral("verify-full"));
    }

    void unreachableServerIsNamedWithoutItsPassword()
    {
        ui::ConnectServerDialog dialog;
        fill(dialog, QStringLiteral("Nowhere"), m_home.path(), 1, QStringLiteral("office"));
        QVERIFY(!dialog.testConnection());
        QVERIFY2(dialog.resultText().contains(QLatin1String("Could not connect to the server")), qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(QLatin1String("office")));
        QVERIFY(!dialog.resultText().contains(Secret));
        QVERIFY(!dialog.connectToServer());
        QVERIFY(server::SavedServers::all().isEmpty());  // only a connection that worked is saved
        QVERIFY(!settingsFileBytes().contains(Secret.toUtf8()));
    }

    void dialogConnectsAndSavesTheConnectionButNeverThePassword()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        ui::ConnectServerDialog dialog;
        fill(dialog, QStringLiteral("Office"), clusterHost(), clusterPort(), QStringLiteral("office"));
        QVERIFY(dialog.testConnection());
        QCOMPARE(dialog.resultText(), QStringLiteral("Connected to %1:%2/office as kai; the database has schema version %3.")
                                          .arg(clusterHost()).arg(clusterPort()).arg(store::MigrationRunner::latestVersion()));
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
        QVERIFY(dialog.connectToServer());
        std::unique_ptr<store::Database> database = dialog.takeDatabase();
        QVERIFY(database && database->isServer());

        const QList<server::ServerAddress> saved = server::SavedServers::all();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, QStringLiteral("Office"));
        QCOMPARE(saved.first().host, clusterHost());
        QCOMPARE(saved.first().port, clusterPort());
        QCOMPARE(saved.first().sslMode, QStringLiteral("prefer"));
        const QByteArray settings = settingsFileBytes();
        QVERIFY(settings.contains("Office"));
        QVERIFY2(!settings.contains(Secret.toUtf8()), "the password must never reach the settings file");
        QVERIFY(!settings.contains("password"));

        // The keychain has it, or (a headless machine, no Secret Service) the user is told why not.
        const server::ServerKeychain::Outcome stored = server::ServerKeychain::read(saved.first().uri());
        if (dialog.notice().isEmpty()) {
            QCOMPARE(stored.password, Secret);
            QVERIFY(server::ServerKeychain::remove(saved.first().uri()));
        } else {
            QVERIFY2(dialog.notice().contains(QLatin1String("The system keychain is not available")),
                     qPrintable(dialog.notice()));
            QVERIFY(dialog.notice().contains(QLatin1String(".pgpass")));
            QVERIFY(stored.password.isEmpty());
            qInfo("no system keychain here: %s", qPrintable(dialog.notice()));
        }

        // A new dialog lists it, and choosing it fills the fields (not the password).
        ui::ConnectServerDialog again;
        auto *list = again.findChild<QComboBox *>(QStringLiteral("savedConnections"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->itemText(1), QStringLiteral("Office"));
        again.showSaved(QStringLiteral("Office"));
        QCOMPARE(again.address(), saved.first());
        QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    }

    void windowConnectsFromTheFileMenuAndRemembersTheServer()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        test::SampleDatabase sample;
        test::ShellFixture shell(sample, domain::Language::English, QDate(2026, 11, 29));
        ui::ServerActions *actions = shell.window->serverActions();
        QVERIFY(actions);
        ui::ConnectServerDialog *dialog = actions->openDialog();
        fill(*dialog, QStringLiteral("Office"), clusterHost(), clusterPort(), QStringLiteral("office"));
        dialog->findChild<QPushButton *>(QStringLiteral("connect"))->click();
        QTRY_VERIFY(shell.state.database() && shell.state.database()->isServer());
        QCOMPARE(server::SavedServers::lastServerUri(), shell.state.database()->path());
        QVERIFY(!server::SavedServers::lastServerUri().contains(Secret));
        QCOMPARE(ui::ServerStartup::startTarget({}), shell.state.database()->path());
        // File > Make Review Copy works on the server as on a file.
        const QString copy = m_home.filePath(QStringLiteral("window-copy.sqlite"));
        QCOMPARE(shell.window->reviewActions()->makeReviewCopy(copy), QString());
        QVERIFY(store::Database::open(copy, {}).reviewCopy);

        // The saved connection is in File > Recent Servers and connects from there.
        shell.window->openDatabase(sample.path());
        QVERIFY(server::SavedServers::lastServerUri().isEmpty());
        QCOMPARE(server::SavedServers::lastLocalFile(), sample.path());
        emit actions->recentMenu()->aboutToShow();
        const QList<QAction *> recent = actions->recentMenu()->actions();
        QCOMPARE(recent.size(), 1);
        QVERIFY(recent.first()->text().startsWith(QLatin1String("Office (")));
        recent.first()->trigger();
        QVERIFY(shell.state.database()->isServer());
    }

    void unreachableServerAtStartOffersTheLastLocalFile()
    {
        test::SampleDatabase sample;
        // As if given as --db with a password in it: the password shows nowhere.
        const QString unreachable =
            QStringLiteral("postgresql://kai:%1@/office?host=%2&port=1").arg(Secret, m_home.path());
        server::SavedServers::rememberOpened(sample.path(), false);
        server::SavedServers::rememberOpened(unreachable, true);
        QCOMPARE(ui::ServerStartup::startTarget({}), unreachable);
        QCOMPARE(ui::ServerStartup::startTarget(sample.path()), sample.path());  // --db wins

        // "Try Again" asks again; "Open Local File" opens the last file instead.
        QString first;
        QString second;
        answerMessageBox(QStringLiteral("tryAgain"), &first);
        QTimer::singleShot(0, [&] { answerMessageBox(QStringLiteral("openLocal"), &second); });
        store::Database::OpenResult opened = ui::ServerStartup::open(unreachable, {}, nullptr);
        QVERIFY2(opened, qPrintable(opened.error));
        QCOMPARE(opened.database->path(), sample.path());
        QVERIFY(opened.notes.join(QLatin1Char(' ')).contains(QLatin1String("could not be reached")));
        for (const QString &text : {first, second}) {
            QVERIFY2(text.contains(QLatin1String("Could not connect to the server postgresql://kai@/office")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Open the last local file")), qPrintable(text));
            QVERIFY(text.contains(QDir::toNativeSeparators(sample.path())));
            QVERIFY(!text.contains(Secret));
        }
    }

    void connectDialogFitsASmallScreenInBothLanguages_data()
    {
        QTest::addColumn<domain::Language>("language");
        QTest::newRow("en") << domain::Language::English;
        QTest::newRow("ko") << domain::Language::Korean;
    }

    void connectDialogFitsASmallScreenInBothLanguages()
    {
        QFETCH(domain::Language, language);
        test::SampleDatabase sample;
        test::ShellFixture shell(sample, language, QDate(2026, 11, 29));
        ui::ConnectServerDialog *dialog = shell.window->serverActions()->openDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->adjustSize();
        const QSize size = dialog->size();
        QVERIFY2(size.width() <= 1366 && size.height() <= 728, qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        const bool korean = language == domain::Language::Korean;
        QCOMPARE(dialog->windowTitle(), korean ? QStringLiteral("서버에 연결") : QStringLiteral("Connect to Server"));
        // Every label and button shows its whole text.
        for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            const auto *label = qobject_cast<const QLabel *>(widget);
            if (label && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
            else if (label || qobject_cast<const QAbstractButton *>(widget))
                QVERIFY2(widget->width() >= widget->sizeHint().width(), qPrintable(widget->objectName()));
        }
        if (const QByteArray folder = qgetenv("KAI_SCREENSHOT_DIR"); !folder.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(folder) + (korean ? QStringLiteral("/connect-ko.png") : QStringLiteral("/connect-en.png")));
        dialog->reject();
    }

    void reviewCopyFromTheServerHoldsTheServersData()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        store::Database::OpenResult server = store::Database::open(m_uri, {});
        QVERIFY2(server, qPrintable(server.error));
        const QString out = m_home.filePath(QStringLiteral("from-server.sqlite"));
        const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(*server.database, out, QDate(2026, 11, 30));
        QVERIFY2(made, qPrintable(made.error));
        const QByteArray serverSum = store::DatabaseFingerprint(server.database->sql()).sha256().toHex();
        QCOMPARE(made.manifest.checksum.toLatin1(), serverSum);
        QCOMPARE(made.manifest.sourceName, server.database->serverName());
        QVERIFY(made.manifest.sourceName.endsWith(QLatin1String("/office")));

        store::Database::OpenResult copy = store::Database::open(out, {});
        QVERIFY2(copy, qPrintable(copy.error));
        QVERIFY(copy.reviewCopy);
        QVERIFY(copy.database->isReadOnly());
        QCOMPARE(store::DatabaseFingerprint(copy.database->sql()).sha256().toHex(), serverSum);
        const review::ReviewCopyStatus status = review::ReviewCopyStatus::of(copy.database->connection());
        QVERIFY(status.isUnchanged());
        QCOMPARE(status.manifest.sourceName, server.database->serverName());
        // The copy tells the server's history (its change log), not its own making.
        QCOMPARE(countRows(copy.database->sql(), QStringLiteral("change_log")),
                 countRows(server.database->sql(), QStringLiteral("change_log")));
        QCOMPARE(countRows(copy.database->sql(), QStringLiteral("gpu_usage")),
                 countRows(server.database->sql(), QStringLiteral("gpu_usage")));
    }

    void reviewCopyFromTheServerOnTheCommandLine()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        const QString out = m_home.filePath(QStringLiteral("cli-copy.sqlite"));
        const test::AppRun run = runApp({QStringLiteral("make-review-copy"), QStringLiteral("--db"), m_uri,
                                         QStringLiteral("--out"), out, QStringLiteral("--as-of"),
                                         QStringLiteral("2026-11-30")},
                                        m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Review copy of postgresql://")), qPrintable(run.out));
        store::Database::OpenResult copy = store::Database::open(out, {});
        QVERIFY2(copy, qPrintable(copy.error));
        QVERIFY(review::ReviewCopyStatus::of(copy.database->connection()).isUnchanged());
        const test::AppRun check = runApp({QStringLiteral("check"), QStringLiteral("--db"), out}, m_home.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }
    // Issue 21: a role that logs in with a password, checked by the server with scram-sha-256
    // (pg_hba.conf); the password reaches libpq as its own keyword, never inside the URI, and a
    // wrong one is refused in words that never contain it, in the app and on the command line.
    void aPasswordLoginIsCheckedByScramAndNeverShown()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        test::PgTestCluster *cluster = test::PgTestCluster::shared();
        QVERIFY2(cluster->execute(QStringLiteral("office"),
                                  QStringLiteral("SET password_encryption = 'scram-sha-256'; "
                                                 "CREATE ROLE clerk LOGIN PASSWORD '%1'; GRANT kai_editor TO clerk")
                                      .arg(Secret)),
                 qPrintable(cluster->reason()));
        QVERIFY2(cluster->setHostBasedAuthentication(QStringLiteral("local all kai trust\nlocal all all scram-sha-256\n")),
                 qPrintable(cluster->reason()));
        QString clerk = m_uri;
        clerk.replace(QLatin1String("//kai@"), QLatin1String("//clerk@"));
        // The reload takes effect when the server has read the file again.
        QTRY_VERIFY_WITH_TIMEOUT(!store::Database::open(clerk, {}, {}).error.isEmpty(), 5000);

        store::Database::OpenResult signedIn = store::Database::open(clerk, {}, Secret);
        QVERIFY2(signedIn, qPrintable(signedIn.error));
        QCOMPARE(signedIn.database->role(), QStringLiteral("clerk"));
        QVERIFY(!signedIn.database->isReadOnly());
        QVERIFY(!signedIn.database->path().contains(Secret));
        // The server keeps only a SCRAM verifier of it.
        store::Database::OpenResult admin = store::Database::open(m_uri, {});
        QVERIFY2(admin, qPrintable(admin.error));
        QCOMPARE(test::queryInt(admin.database->sql(), QStringLiteral("SELECT count(*) FROM pg_authid WHERE rolname = 'clerk' "
                                                                      "AND rolpassword LIKE 'SCRAM-SHA-256$%'")),
                 1);
        const QString wrongPassword = QStringLiteral("wrong-") + Secret;
        const store::Database::OpenResult refused = store::Database::open(clerk, {}, wrongPassword);
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(QLatin1String("password authentication failed for user \"clerk\"")),
                 qPrintable(refused.error));
        QVERIFY(!refused.error.contains(Secret));

        // The command line: PGPASSWORD, as libpq reads it; the keychain is not asked then.
        qputenv("PGPASSWORD", Secret.toUtf8());
        const test::AppRun check = runApp({QStringLiteral("check"), QStringLiteral("--db"), clerk}, m_home.path());
        qputenv("PGPASSWORD", wrongPassword.toUtf8());
        const test::AppRun wrong = runApp({QStringLiteral("check"), QStringLiteral("--db"), clerk}, m_home.path());
        qunsetenv("PGPASSWORD");
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY2(!check.err.contains(QLatin1String("keychain")), qPrintable(check.err));
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("password authentication failed")), qPrintable(wrong.err));
        QVERIFY(!(wrong.out + wrong.err).contains(Secret));
        QVERIFY(cluster->setHostBasedAuthentication(QStringLiteral("local all all trust\n")));
    }

    // Issue 21 against a real Secret Service (GNOME Keyring on a private D-Bus session, which
    // tests/scripts/with-keychain.sh starts): a password remembered in the keychain signs a saved
    // connection in on the command line, with no .pgpass or PGPASSWORD, and never appears in the
    // settings or the output; once forgotten, the server refuses. Without a keychain the test is
    // skipped, unless KAI_TEST_KEYCHAIN says one was started (then it must work).
    void aRememberedPasswordSignsInFromTheKeychain()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        const server::ServerKeychain::Outcome probe =
            server::ServerKeychain::write(QStringLiteral("kai-test-probe"), QStringLiteral("probe"));
        if (!probe) {
            if (qEnvironmentVariableIsSet("KAI_TEST_KEYCHAIN"))
                QFAIL(qPrintable(QStringLiteral("the keychain started for the tests does not answer: ") + probe.error));
            QSKIP(qPrintable(QStringLiteral("no system keychain here: ") + probe.error));
        }
        QVERIFY(server::ServerKeychain::remove(QStringLiteral("kai-test-probe")));
        test::PgTestCluster *cluster = test::PgTestCluster::shared();
        const QString password = QStringLiteral("kept-") + Secret;
        QVERIFY2(cluster->execute(QStringLiteral("office"),
                                  QStringLiteral("SET password_encryption = 'scram-sha-256'; "
                                                 "CREATE ROLE steward LOGIN PASSWORD '%1'; GRANT kai_editor TO steward")
                                      .arg(password)),
                 qPrintable(cluster->reason()));
        const server::ServerAddress address = officeServer(QStringLiteral("Office keychain"), QStringLiteral("steward"));
        const QString settingsPath = saveForTheCommandLine(address);
        QVERIFY2(server::ServerKeychain::write(address.uri(), password), "the password is remembered");
        QVERIFY2(cluster->setHostBasedAuthentication(QStringLiteral("local all kai trust\nlocal all all scram-sha-256\n")),
                 qPrintable(cluster->reason()));
        QTRY_VERIFY_WITH_TIMEOUT(!store::Database::open(address.uri(), {}, {}).error.isEmpty(), 5000);

        const QStringList check{QStringLiteral("check"), QStringLiteral("--db"), address.name};
        const test::AppRun signedIn = runApp(check, m_home.path());
        QVERIFY(server::ServerKeychain::remove(address.uri()));
        const test::AppRun forgotten = runApp(check, m_home.path());
        QVERIFY(cluster->setHostBasedAuthentication(QStringLiteral("local all all trust\n")));

        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.out + signedIn.err));
        QVERIFY2(signedIn.out.contains(QLatin1String("/office")), qPrintable(signedIn.out));
        QVERIFY2(!signedIn.err.contains(QLatin1String("keychain")), qPrintable(signedIn.err));
        QCOMPARE(forgotten.exitCode, 2);
        QVERIFY2(forgotten.err.contains(QLatin1String("steward")), qPrintable(forgotten.err));
        for (const QString &seen : {signedIn.out, signedIn.err, forgotten.out, forgotten.err,
                                    QString::fromUtf8(test::readFile(settingsPath))})
            QVERIFY2(!seen.contains(password), "the password is never shown or saved");
    }

    // Issue 21: `--db NAME` opens a connection saved in the window; its password would come from the
    // keychain as in the window. Where no keychain answers, the command says so and goes on with
    // libpq's own sources (the test cluster trusts `kai`); where one does, it holds nothing for this
    // connection. Either way nothing is stored anywhere.
    void theCommandLineOpensASavedConnectionAndSaysWhenTheKeychainIsMissing()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        const server::ServerAddress address = officeServer(QStringLiteral("Office server"), QStringLiteral("kai"));
        const QString settingsPath = saveForTheCommandLine(address);
        const QByteArray settingsBefore = test::readFile(settingsPath);
        const test::AppRun run = runApp({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("Office server")},
                                        m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("/office")), qPrintable(run.out));
        if (server::ServerKeychain::isBuiltIn()) {
            // No keychain service runs on a build machine; where one does, nothing was stored for it.
            QVERIFY2(run.err.isEmpty() || run.err.contains(QLatin1String("The system keychain is not available")),
                     qPrintable(run.err));
            if (!run.err.isEmpty())
                QVERIFY2(run.err.contains(QLatin1String(".pgpass")), qPrintable(run.err));
        }
        QCOMPARE(test::readFile(settingsPath), settingsBefore);
        const test::AppRun unknown = runApp({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("No such server")},
                                            m_home.path());
        QCOMPARE(unknown.exitCode, 2);
    }
};

KAI_POSTGRES_OPTIONAL_TEST_MAIN(TestPostgresConnect)

#include "tst_postgres_connect.moc"
