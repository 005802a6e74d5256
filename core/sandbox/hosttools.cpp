// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "hosttools.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Airlock::HostTools {

QStringList systemProgramDirs()
{
    return {QStringLiteral("/usr/bin"), QStringLiteral("/bin"), QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")};
}

QString findSystemProgram(const QString &name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return {};
    const QString found = QStandardPaths::findExecutable(name, systemProgramDirs());
    if (found.isEmpty())
        return {};
    return QFileInfo(found).canonicalFilePath();
}

QString bwrap()
{
    return findSystemProgram(QStringLiteral("bwrap"));
}

QString python()
{
    const QString path = findSystemProgram(QStringLiteral("python3"));
    if (!path.startsWith(QLatin1String("/usr/")))
        return {};
    return path;
}

QString bootId()
{
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

} // namespace Airlock::HostTools
