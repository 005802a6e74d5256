// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "rundirectory.h"
#include "privatefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limitenforcement.h"
#include "sha256.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::RunDirectory)
};

// Kept folders of requests nobody came back for, and run folders a crash
// left behind, go after this long.
constexpr qint64 KeptMaxAgeSecs = 30 * 24 * 3600;
constexpr qint64 RunMaxAgeSecs = 24 * 3600;

QString errnoString()
{
    return QString::fromLocal8Bit(strerror(errno));
}

// Root's sandbox uid must be able to pass through to its run folder.
mode_t folderMode()
{
    return ::geteuid() == 0 ? 0711 : 0700;
}

QString trailKey(const QString &trail)
{
    return QDir::cleanPath(QFileInfo(trail).absoluteFilePath());
}

QString trailFolderName(const QString &trail)
{
    return QStringLiteral("requests-") + sha256Hex(trailKey(trail).toUtf8()).left(16);
}

QString requestFolderName(const QString &requestId)
{
    return sha256Hex(requestId.toUtf8()).left(32);
}

// A folder of ours that only we can write, made if missing.
bool ensurePrivateFolder(const QString &path, QString *error)
{
    const QByteArray p = QFile::encodeName(path);
    if (::mkdir(p.constData(), folderMode()) != 0 && errno != EEXIST) {
        *error = Tr::tr("cannot create %1: %2").arg(path, errnoString());
        return false;
    }
    struct stat st
    {
    };
    if (::lstat(p.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()
        || (st.st_mode & (S_IWGRP | S_IWOTH))) {
        *error = Tr::tr("%1 is not a folder of ours that only we can write; refusing to use it").arg(path);
        return false;
    }
    ::chmod(p.constData(), folderMode());
    return true;
}

// The folder for one trail's kept requests, with the trail's path beside
// them so that a later prune knows whether that trail still exists.
QString trailFolder(const QString &trail, QString *error)
{
    const QString base = RunDirectory::baseDirectory(error);
    if (base.isEmpty())
        return {};
    const QString folder = base + QLatin1Char('/') + trailFolderName(trail);
    if (!ensurePrivateFolder(folder, error))
        return {};
    QFile marker(folder + QStringLiteral("/trail"));
    if (!marker.exists() && marker.open(QIODevice::WriteOnly))
        marker.write(trailKey(trail).toUtf8());
    return folder;
}

// Holds @p path (a lock file beside a kept folder) for as long as the
// descriptor stays open; the kernel lets go when the process dies. -1 when
// another holds it.
int holdLock(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return -1;
    struct stat held
    {
    };
    struct stat now
    {
    };
    // A lock on a file that a prune unlinked meanwhile holds nothing.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &held) != 0 || ::lstat(p.constData(), &now) != 0
        || held.st_dev != now.st_dev || held.st_ino != now.st_ino) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Hands a folder to the sandbox's uid without following a link.
bool handOver(const QString &path, uid_t owner, gid_t group)
{
    if (owner == uid_t(-1))
        return true;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fchown(fd, owner, group) == 0;
    ::close(fd);
    return ok;
}

qint64 ageSecs(const QFileInfo &info)
{
    return info.lastModified().secsTo(QDateTime::currentDateTime());
}

// Removes the kept folder @p path if no process holds it.
bool removeUnheld(const QString &path)
{
    const QString lock = path + QStringLiteral(".lock");
    const int fd = holdLock(lock);
    if (fd < 0)
        return false;
    QDir(path).removeRecursively();
    ::unlink(QFile::encodeName(lock).constData());
    ::close(fd);
    return true;
}
} // namespace

QString RunDirectory::baseDirectory(QString *error)
{
    QString base;
    mode_t mode = 0700;
    if (::geteuid() == 0) {
        // The sandbox's unprivileged uid must be able to pass through to its
        // own run folder, which the home folder of root does not allow.
        base = QDir::tempPath() + QStringLiteral("/airlock-runs-0");
        mode = 0711;
    } else {
        base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/runs");
        PrivateFiles::makeFolder(QFileInfo(base).path());
    }
    const QByteArray b = QFile::encodeName(base);
    if (::mkdir(b.constData(), mode) != 0 && errno != EEXIST) {
        *error = Tr::tr("cannot create %1: %2").arg(base, errnoString());
        return {};
    }
    struct stat st
    {
    };
    if (::lstat(b.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()
        || (st.st_mode & (S_IWGRP | S_IWOTH))) {
        *error = Tr::tr("%1 is not a folder of ours that only we can write; refusing to use it").arg(base);
        return {};
    }
    ::chmod(b.constData(), mode);
    return base;
}

std::unique_ptr<RunDirectory> RunDirectory::create(uid_t owner, gid_t group, QString *error)
{
    const QString base = baseDirectory(error);
    if (base.isEmpty())
        return nullptr;
    QByteArray templ = QFile::encodeName(base + QStringLiteral("/run-XXXXXXXX"));
    if (!::mkdtemp(templ.data())) {
        *error = Tr::tr("cannot create a run folder in %1: %2").arg(base, errnoString());
        return nullptr;
    }
    std::unique_ptr<RunDirectory> dir(new RunDirectory);
    dir->m_path = QFile::decodeName(templ);
    dir->m_owner = owner;
    dir->m_group = group;
    // The inputs, and beneath them in the sandbox's /workspace the mount
    // point of its output folder.
    const QString workspace = dir->workspaceLayers().constLast();
    const QStringList folders{dir->inputsPath(), workspace, workspace + QStringLiteral("/output")};
    for (const QString &folder : folders) {
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0) {
            *error = Tr::tr("cannot create %1: %2").arg(folder, errnoString());
            return nullptr;
        }
    }
    if (owner != uid_t(-1)) {
        for (const QString &folder : QStringList{dir->m_path} + folders) {
            if (::chown(QFile::encodeName(folder).constData(), owner, group) != 0) {
                *error = Tr::tr("cannot hand %1 to the sandbox user: %2").arg(dir->m_path, errnoString());
                return nullptr;
            }
        }
    }
    return dir;
}

QString RunDirectory::keptPath(const QString &trail, const QString &requestId)
{
    QString error;
    const QString base = baseDirectory(&error);
    if (base.isEmpty())
        return {};
    return base + QLatin1Char('/') + trailFolderName(trail) + QLatin1Char('/') + requestFolderName(requestId);
}

namespace {
// The sandbox's /workspace is an overlay over the inputs and a folder that
// holds only the output folder's mount point: a kept folder needs it too,
// also one kept by an Airlock that made none.
bool makeWorkspace(const QStringList &layers, uid_t owner, gid_t group)
{
    const QString workspace = layers.constLast();
    for (const QString &folder : QStringList{workspace, workspace + QStringLiteral("/output")}) {
        const QByteArray f = QFile::encodeName(folder);
        if (::mkdir(f.constData(), 0700) != 0 && errno != EEXIST)
            return false;
        struct stat st
        {
        };
        if (::lstat(f.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || !handOver(folder, owner, group))
            return false;
    }
    return true;
}
} // namespace

std::unique_ptr<RunDirectory> RunDirectory::createKept(
    const QString &trail, const QString &requestId, uid_t owner, gid_t group, QString *error)
{
    const QString folder = trailFolder(trail, error);
    if (folder.isEmpty())
        return nullptr;
    const QString path = folder + QLatin1Char('/') + requestFolderName(requestId);
    const int fd = holdLock(path + QStringLiteral(".lock"));
    if (fd < 0)
        return create(owner, group, error);
    std::unique_ptr<RunDirectory> dir(new RunDirectory);
    dir->m_path = path;
    dir->m_owner = owner;
    dir->m_group = group;
    dir->m_lockFd = fd;
    // What an earlier arrival under the same id left is not this one's.
    QDir(path).removeRecursively();
    const QByteArray p = QFile::encodeName(path);
    const QByteArray inputs = QFile::encodeName(dir->inputsPath());
    if (::mkdir(p.constData(), 0700) != 0 || ::mkdir(inputs.constData(), 0700) != 0) {
        *error = Tr::tr("cannot create %1: %2").arg(dir->inputsPath(), errnoString());
        return nullptr;
    }
    if (!handOver(path, owner, group) || !handOver(dir->inputsPath(), owner, group)
        || !makeWorkspace(dir->workspaceLayers(), owner, group)) {
        *error = Tr::tr("cannot hand %1 to the sandbox user: %2").arg(path, errnoString());
        return nullptr;
    }
    dir->m_kept = true;
    return dir;
}

std::unique_ptr<RunDirectory> RunDirectory::adoptKept(
    const QString &trail, const QString &requestId, uid_t owner, gid_t group, QString *error)
{
    const QString folder = trailFolder(trail, error);
    if (folder.isEmpty())
        return nullptr;
    const QString path = folder + QLatin1Char('/') + requestFolderName(requestId);
    const QByteArray p = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(p.constData(), &st) != 0) {
        *error = Tr::tr("no private copies were kept for it");
        return nullptr;
    }
    const int fd = holdLock(path + QStringLiteral(".lock"));
    if (fd < 0) {
        *error = Tr::tr("another Airlock process is using its private copies");
        return nullptr;
    }
    std::unique_ptr<RunDirectory> dir(new RunDirectory);
    dir->m_path = path;
    dir->m_owner = owner;
    dir->m_group = group;
    dir->m_lockFd = fd;
    dir->m_kept = true;
    // Ours, or (started as root) a sandbox uid's; the folder above is ours alone.
    const auto ours = [](const struct stat &s) {
        return s.st_uid == ::geteuid()
            || (::geteuid() == 0 && s.st_uid >= LimitEnforcement::SandboxIdFirst
                && s.st_uid <= LimitEnforcement::SandboxIdLast);
    };
    struct stat in
    {
    };
    if (::lstat(p.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || !ours(st)
        || ::lstat(QFile::encodeName(dir->inputsPath()).constData(), &in) != 0 || !S_ISDIR(in.st_mode) || !ours(in)) {
        *error = Tr::tr("%1 is not a folder Airlock made; it is not used").arg(path);
        return nullptr;
    }
    if (!handOver(path, owner, group) || !handOver(dir->inputsPath(), owner, group)
        || !makeWorkspace(dir->workspaceLayers(), owner, group)) {
        *error = Tr::tr("cannot hand %1 to the sandbox user: %2").arg(path, errnoString());
        return nullptr;
    }
    return dir;
}

int RunDirectory::pruneKept(const QString &trail, const QSet<QString> &undecided)
{
    QString error;
    const QString base = baseDirectory(&error);
    if (base.isEmpty())
        return 0;
    const QString mine = trailFolderName(trail);
    QSet<QString> keep;
    for (const QString &id : undecided)
        keep.insert(requestFolderName(id));
    int removed = 0;
    const QFileInfoList entries = QDir(base).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName().startsWith(QLatin1String("run-"))) {
            // A live run is never this old; a crashed one's folder is.
            if (ageSecs(entry) > RunMaxAgeSecs && QDir(entry.filePath()).removeRecursively())
                ++removed;
            continue;
        }
        if (!entry.fileName().startsWith(QLatin1String("requests-")))
            continue;
        const bool ours = entry.fileName() == mine;
        QFile marker(entry.filePath() + QStringLiteral("/trail"));
        const QString itsTrail = marker.open(QIODevice::ReadOnly) ? QString::fromUtf8(marker.readAll()) : QString();
        const bool trailGone = !ours && (itsTrail.isEmpty() || !QFileInfo::exists(itsTrail));
        QDir folder(entry.filePath());
        const QFileInfoList kept = folder.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        int left = 0;
        for (const QFileInfo &request : kept) {
            const bool wanted
                = ours ? keep.contains(request.fileName()) : !trailGone && ageSecs(request) < KeptMaxAgeSecs;
            if (!wanted && removeUnheld(request.filePath()))
                ++removed;
            else
                ++left;
        }
        // Locks whose folder is gone.
        const QStringList locks = folder.entryList({QStringLiteral("*.lock")}, QDir::Files);
        for (const QString &lock : locks) {
            const QString path = folder.filePath(lock);
            if (QFileInfo::exists(path.chopped(5)))
                continue;
            const int fd = holdLock(path);
            if (fd >= 0) {
                ::unlink(QFile::encodeName(path).constData());
                ::close(fd);
            }
        }
        if (!ours && left == 0)
            folder.removeRecursively();
    }
    return removed;
}

RunDirectory::~RunDirectory()
{
    if (!m_path.isEmpty() && !m_kept)
        QDir(m_path).removeRecursively();
    if (m_lockFd >= 0) {
        // Unlinked while still held, so that no one locks a file on its way out.
        if (!m_kept)
            ::unlink(QFile::encodeName(m_path + QStringLiteral(".lock")).constData());
        ::close(m_lockFd);
    }
}

} // namespace Airlock
