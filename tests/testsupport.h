// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

// Helpers shared by the audit trail's tests.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>

namespace TestSupport {

/// The sqlite3 shell on @p db, as someone with access to the file would use it.
inline QString sql(const QString &db, const QString &statements)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db});
    p.write(statements.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()).trimmed();
}

/// The SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace TestSupport
