// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestCluster.h"

#include "BuildPaths.h"
#include "store/Database.h"
#include "store/StoreError.h"
#ifdef KAI_WITH_POSTGRESQL
#include "store/postgres/PgConnection.h"
#endif

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kai::test {

namespace {
QString serverBinDir()
{
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForFinished(10000) && config.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin");
    return QFileInfo::exists(debian + QStringLiteral("/initdb")) ? debian : QString();
}
} // namespace

PgTestCluster::~PgTestCluster()
{
    if (m_started) {
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            true);
    }
}

bool PgTestCluster::run(const QString &program, const QStringList &arguments, bool asServerUser)
{
    QProcess process;
    process.setWorkingDirectory(m_folder.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asServerUser && !m_serverUser.isEmpty())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_serverUser, QStringLiteral("--"), program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_reason = QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(),
                                                       QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgTestCluster::start()
{
#ifndef Q_OS_UNIX
    m_reason = QStringLiteral("the PostgreSQL test cluster runs on POSIX systems only");
    return false;
#else
    m_binDir = serverBinDir();
    if (m_binDir.isEmpty()) {
        m_reason = QStringLiteral("PostgreSQL server binaries not found (pg_config --bindir, /usr/lib/postgresql/15/bin); "
                                  "install postgresql-15");
        return false;
    }
    if (!m_folder.isValid()) {
        m_reason = QStringLiteral("no temporary folder for the cluster");
        return false;
    }
    if (geteuid() == 0) {
        // PostgreSQL refuses to run as root: the folder goes to an unprivileged user that runs it.
        m_serverUser = QStringLiteral("nobody");
        if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()) {
            m_reason = QStringLiteral("running as root and runuser is missing, so PostgreSQL cannot be started");
            return false;
        }
        if (!run(QStringLiteral("chown"), {m_serverUser, m_folder.path()}, false))
            return false;
    }
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const QString cacheRoot = qEnvironmentVariable("KAI_TEST_PG_CACHE");
    const QString cached = cacheRoot.isEmpty() ? QString() : QDir(cacheRoot).filePath(cacheKey());
    if (!cached.isEmpty() && QFileInfo::exists(cached + QStringLiteral("/data/PG_VERSION"))
        && run(QStringLiteral("cp"), {QStringLiteral("-a"), cached + QStringLiteral("/data"), data}, true)) {
        m_sampleTemplateMade = true;
        m_started = startServer();
        return m_started;
    }
    QDir(data).removeRecursively();  // a copy that failed halfway
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("kai"), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             true))
        return false;
    m_started = startServer();
    if (m_started && !cached.isEmpty() && !createSampleDatabase(QString()).isNull() && stopServer()) {
        storeInCache(cached);
        m_started = startServer();
    }
    return m_started;
#endif
}

bool PgTestCluster::startServer()
{
    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off")
                                .arg(m_folder.path()).arg(Port);
    return run(m_binDir + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-o"), options,
                QStringLiteral("-l"), m_folder.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                QStringLiteral("start")},
               true);
}

bool PgTestCluster::stopServer()
{
    return run(m_binDir + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
               true);
}

// The cached cluster is as good as the server binaries and the application code that filled it:
// any rebuild of the executable (and so of the store, its migrations and the sample) or another
// PostgreSQL gives a new key.
QString PgTestCluster::cacheKey() const
{
    QCryptographicHash key(QCryptographicHash::Sha256);
    for (const QString &path : {kai::test::appBinary(), m_binDir + QStringLiteral("/postgres")}) {
        const QFileInfo file(path);
        key.addData(path.toUtf8());
        key.addData(QByteArray::number(file.size()));
        key.addData(QByteArray::number(file.lastModified().toMSecsSinceEpoch()));
    }
    return QString::fromLatin1(key.result().toHex());
}

// The stopped cluster goes to the cache under its key, whole or not at all (a rename), so test
// executables that run at the same time never see half of it; older keys are removed.
void PgTestCluster::storeInCache(const QString &cached)
{
    const QDir root = QFileInfo(cached).dir();
    if (!root.mkpath(QStringLiteral(".")))
        return;
    const QString staging = root.filePath(QStringLiteral("staging-%1").arg(QCoreApplication::applicationPid()));
    QDir(staging).removeRecursively();
    const bool copied = root.mkpath(staging)
        && (m_serverUser.isEmpty() || run(QStringLiteral("chown"), {m_serverUser, staging}, false))
        && run(QStringLiteral("cp"), {QStringLiteral("-a"), m_folder.filePath(QStringLiteral("data")), staging + QStringLiteral("/data")},
               true);
    if (!copied || !QDir().rename(staging, cached)) {
        QDir(staging).removeRecursively();
        return;
    }
    const QString keep = QFileInfo(cached).fileName();
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry != keep && !entry.startsWith(QLatin1String("staging-")))
            QDir(root.filePath(entry)).removeRecursively();
    }
}

QString PgTestCluster::uri(const QString &database) const
{
    return QStringLiteral("postgresql://kai@/%1?host=%2&port=%3").arg(database, m_folder.path()).arg(Port);
}

QString PgTestCluster::createDatabase(const QString &name)
{
    if (!run(m_binDir + QStringLiteral("/createdb"),
             {QStringLiteral("-h"), m_folder.path(), QStringLiteral("-p"), QString::number(Port), QStringLiteral("-U"),
              QStringLiteral("kai"), name},
             true))
        return {};
    return uri(name);
}

QString PgTestCluster::createSampleDatabase(const QString &name)
{
    const QString templateName = QStringLiteral("kai_sample_template");
    if (!m_sampleTemplateMade) {
        const QString templateUri = createDatabase(templateName);
        if (templateUri.isEmpty())
            return {};
        const QString failure = store::Database::initServer(templateUri, true);
        if (!failure.isEmpty()) {
            m_reason = failure;
            return {};
        }
        m_sampleTemplateMade = true;
    }
    if (name.isEmpty())
        return templateName;
    if (!run(m_binDir + QStringLiteral("/createdb"),
             {QStringLiteral("-h"), m_folder.path(), QStringLiteral("-p"), QString::number(Port), QStringLiteral("-U"),
              QStringLiteral("kai"), QStringLiteral("-T"), templateName, name},
             true))
        return {};
    return uri(name);
}

bool PgTestCluster::execute(const QString &database, const QString &sql)
{
#ifdef KAI_WITH_POSTGRESQL
    try {
        store::PgConnection::open(uri(database), false)->execute(sql);
        return true;
    } catch (const store::StoreError &error) {
        m_reason = error.message();
        return false;
    }
#else
    Q_UNUSED(database)
    Q_UNUSED(sql)
    m_reason = QStringLiteral("built without PostgreSQL");
    return false;
#endif
}

bool PgTestCluster::setHostBasedAuthentication(const QString &lines)
{
    const QString data = m_folder.filePath(QStringLiteral("data"));
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    // Truncating the existing file keeps its owner (the server user when the tests run as root).
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(lines.toUtf8()) < 0) {
        m_reason = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    hba.close();
    return run(m_binDir + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("reload")},
               true);
}

} // namespace kai::test
