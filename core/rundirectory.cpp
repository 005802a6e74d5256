// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "rundirectory.h"
#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::RunDirectory)
};

QString errnoString()
{
    return QString::fromLocal8Bit(strerror(errno));
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

RunDirectory::~RunDirectory()
{
    if (!m_path.isEmpty())
        QDir(m_path).removeRecursively();
}

} // namespace Airlock
