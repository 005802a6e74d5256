// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Airlock::PrivateFiles {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::PrivateFiles)
};

QString errnoString()
{
    return QString::fromLocal8Bit(strerror(errno));
}
} // namespace

bool makeFolder(const QString &path, QString *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // Walk down from the first missing folder, making each one 0700.
    QStringList missing;
    QString at = absolute;
    while (!at.isEmpty() && at != QLatin1String("/") && !QFileInfo::exists(at)) {
        missing.prepend(at);
        at = QFileInfo(at).path();
    }
    for (const QString &folder : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(folder);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST) {
            if (error)
                *error = Tr::tr("cannot create %1: %2").arg(folder, errnoString());
            return false;
        }
        // mkdir() honours the umask, which may only take bits away.
        ::chmod(name.constData(), 0700);
    }
    if (!QFileInfo(absolute).isDir()) {
        if (error)
            *error = Tr::tr("%1 is not a folder").arg(absolute);
        return false;
    }
    return true;
}

bool createFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return true;
        if (error)
            *error = Tr::tr("cannot create %1: %2").arg(path, errnoString());
        return false;
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    return true;
}

QStringList exposed(const QStringList &paths)
{
    QStringList lines;
    for (const QString &path : paths) {
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        const mode_t wide = st.st_mode & (S_IRWXG | S_IRWXO);
        if (wide == 0)
            continue;
        const QString mode = QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
        lines << (S_ISDIR(st.st_mode)
                ? Tr::tr("%1 is open to other accounts (mode %2); make it private with: chmod 700 %1")
                : Tr::tr("%1 is readable or writable by other accounts (mode %2); make it private with: chmod 600 %1"))
                     .arg(path, mode);
    }
    return lines;
}

} // namespace Airlock::PrivateFiles
