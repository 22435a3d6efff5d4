// SPDX-License-Identifier: GPL-3.0-or-later
// Folders with a fault built in, for the file-fault tests: on a tiny file system, or read-only.
// Header-only so that a test needing one just includes it.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace kai::test {

namespace detail {
inline bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
} // namespace detail

// A small tmpfs mounted on a temporary folder. Mounting needs root (CAP_SYS_ADMIN) on Linux;
// otherwise skipReason() says why there is none and the test should QSKIP with it.
class SmallFileSystem
{
public:
    explicit SmallFileSystem(const QString &size = QStringLiteral("4m"))
    {
#ifdef Q_OS_LINUX
        m_mounted = m_dir.isValid()
            && detail::run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                     QStringLiteral("size=%1,mode=0755").arg(size),
                                                     QStringLiteral("kai-test-tmpfs"), m_dir.path()});
        if (!m_mounted)
            m_skipReason = QStringLiteral("mounting a tmpfs needs root (CAP_SYS_ADMIN); run the tests as root for the "
                                          "file-system fault tests");
#else
        Q_UNUSED(size);
        m_skipReason = QStringLiteral("a small file system is mounted only on Linux");
#endif
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            detail::run(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;

    QString skipReason() const { return m_skipReason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool remountReadOnly() const
    {
        return m_mounted
            && detail::run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()});
    }
    // Writes filler until the file system is full.
    void fill() const
    {
        QFile filler(m_dir.filePath(QStringLiteral("filler.bin")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_skipReason;
};

// A folder holding copies of some files, in which nothing can be written or created. For a normal
// user the folder's permissions do it; root ignores permissions, so for root it is a tmpfs
// remounted read-only (and skipReason() is set where that is impossible).
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QStringList &files)
    {
        m_dir.setAutoRemove(true);
        copyInto(m_dir.path(), files);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
        if (!QFileInfo(m_dir.path()).isWritable()) {
            m_path = m_dir.path();
            return;
        }
        restorePermissions();
        m_mount = std::make_unique<SmallFileSystem>(QStringLiteral("64m"));
        m_skipReason = m_mount->skipReason();
        if (!m_skipReason.isEmpty())
            return;
        copyInto(m_mount->path(), files);
        if (!m_mount->remountReadOnly() || QFileInfo(m_mount->path()).isWritable())
            m_skipReason = QStringLiteral("could not make a read-only folder");
        m_path = m_mount->path();
    }
    ~ReadOnlyFolder()
    {
        m_mount.reset();
        restorePermissions();
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    QString skipReason() const { return m_skipReason; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }

private:
    static void copyInto(const QString &folder, const QStringList &files)
    {
        for (const QString &file : files)
            QFile::copy(file, QDir(folder).filePath(QFileInfo(file).fileName()));
    }
    void restorePermissions() const
    {
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SmallFileSystem> m_mount;
    QString m_path;
    QString m_skipReason;
};

} // namespace kai::test
