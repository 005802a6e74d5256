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

/// Airlock's id of the first request in @p db that carried the agent's
/// reference @p reference (its own request_id); empty when none did.
inline QString requestIdFor(const QString &db, const QString &reference)
{
    QString quoted = reference;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return sql(db,
        QStringLiteral("SELECT request_id FROM requests WHERE agent_request_id = '%1' ORDER BY seq LIMIT 1;")
            .arg(quoted));
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
