// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestCluster.h"

#include <QDir>
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
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("kai"), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             true))
        return false;
    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off")
                                .arg(m_folder.path()).arg(Port);
    m_started = run(m_binDir + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                     m_folder.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")},
                    true);
    return m_started;
#endif
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

} // namespace kai::test
