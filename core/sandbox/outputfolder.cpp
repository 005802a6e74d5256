// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "outputfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::OutputFolder)
};

QString errnoString(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

bool writeAll(int fd, const QByteArray &content)
{
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0;
}
} // namespace

std::unique_ptr<OutputFolder> OutputFolder::open(const QString &path, QString *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QByteArray name = QFile::encodeName(absolute);
    // Missing folders are made; one that appears in between as a link is
    // refused below, as O_NOFOLLOW does not open it.
    if (!QFileInfo::exists(absolute)) {
        QDir().mkpath(QFileInfo(absolute).path());
        if (::mkdir(name.constData(), 0755) != 0 && errno != EEXIST) {
            *error = Tr::tr("cannot create the folder %1: %2").arg(absolute, errnoString(errno));
            return nullptr;
        }
    }
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        *error = (e == ELOOP || e == ENOTDIR)
            ? Tr::tr("%1 is not a folder (a link or a file is in its place); refusing to write there").arg(absolute)
            : Tr::tr("cannot open the folder %1: %2").arg(absolute, errnoString(e));
        return nullptr;
    }
    return adopt(fd, absolute, error);
}

std::unique_ptr<OutputFolder> OutputFolder::adopt(int fd, const QString &path, QString *error)
{
    std::unique_ptr<OutputFolder> folder(new OutputFolder);
    folder->m_fd = fd;
    folder->m_path = path;
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        *error = Tr::tr("cannot open the folder %1: %2").arg(path, errnoString(errno));
        return nullptr;
    }
    const bool othersWrite = st.st_mode & (S_IWGRP | S_IWOTH);
    const bool sticky = st.st_mode & S_ISVTX;
    if (st.st_uid != ::geteuid() && !(othersWrite && sticky)) {
        *error = Tr::tr("the folder %1 belongs to another account; refusing to write there").arg(path);
        return nullptr;
    }
    if (othersWrite && !sticky) {
        *error = Tr::tr("others can write to the folder %1 and could redirect what is written there; "
                        "choose a folder only you can write to")
                     .arg(path);
        return nullptr;
    }
    folder->m_shared = othersWrite;
    return folder;
}

std::unique_ptr<OutputFolder> OutputFolder::subfolder(const QString &name, QString *error) const
{
    const QString shown = QDir(m_path).filePath(name);
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String(".")
        || name == QLatin1String("..") || name.contains(QChar(0))) {
        *error = Tr::tr("%1 is not a folder name").arg(name);
        return nullptr;
    }
    // Relative to this folder's descriptor: no path is looked up again, so
    // a link planted at any level is never followed.
    const QByteArray encoded = QFile::encodeName(name);
    if (::mkdirat(m_fd, encoded.constData(), 0755) != 0 && errno != EEXIST) {
        *error = Tr::tr("cannot create the folder %1: %2").arg(shown, errnoString(errno));
        return nullptr;
    }
    const int fd = ::openat(m_fd, encoded.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        *error = (e == ELOOP || e == ENOTDIR)
            ? Tr::tr("%1 is not a folder (a link or a file is in its place); refusing to write there").arg(shown)
            : Tr::tr("cannot open the folder %1: %2").arg(shown, errnoString(e));
        return nullptr;
    }
    return adopt(fd, shown, error);
}

OutputFolder::~OutputFolder()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool OutputFolder::write(const QString &name, const QByteArray &content, QString *error)
{
    const QString shown = QDir(m_path).filePath(name);
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String(".")
        || name == QLatin1String("..") || name.contains(QChar(0))) {
        *error = Tr::tr("%1 is not a file name").arg(name);
        return false;
    }
    const QByteArray file = QFile::encodeName(name);
    struct stat st
    {
    };
    const bool exists = ::fstatat(m_fd, file.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    if (exists && S_ISLNK(st.st_mode)) {
        *error = Tr::tr("%1 is a symbolic link; refusing to write through it").arg(shown);
        return false;
    }
    if (exists && !S_ISREG(st.st_mode)) {
        *error = Tr::tr("%1 exists and is not a regular file; refusing to replace it").arg(shown);
        return false;
    }
    if (exists && m_shared) {
        // In a folder others write to, an existing name may be theirs.
        *error = Tr::tr("%1 already exists in a shared folder; refusing to replace it").arg(shown);
        return false;
    }
    if (!exists) {
        const int fd = ::openat(m_fd, file.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0) {
            *error = errno == EEXIST
                ? Tr::tr("%1 appeared while it was being written; refusing to replace it").arg(shown)
                : Tr::tr("cannot write %1: %2").arg(shown, errnoString(errno));
            return false;
        }
        const bool ok = writeAll(fd, content);
        const int e = errno;
        ::close(fd);
        if (!ok) {
            ::unlinkat(m_fd, file.constData(), 0);
            *error = Tr::tr("cannot write %1: %2").arg(shown, errnoString(e));
        }
        return ok;
    }
    // Replacing the user's own file: a temporary name, then a rename that
    // swaps the name without following whatever is there by then.
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temp = "." + file.left(64) + ".airlock-" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
        fd = ::openat(m_fd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    }
    if (fd < 0) {
        *error = Tr::tr("cannot write %1: %2").arg(shown, errnoString(errno));
        return false;
    }
    const bool ok = writeAll(fd, content);
    const int e = errno;
    ::close(fd);
    if (!ok || ::renameat(m_fd, temp.constData(), m_fd, file.constData()) != 0) {
        const int why = ok ? errno : e;
        ::unlinkat(m_fd, temp.constData(), 0);
        *error = Tr::tr("cannot write %1: %2").arg(shown, errnoString(why));
        return false;
    }
    return true;
}

} // namespace Airlock
