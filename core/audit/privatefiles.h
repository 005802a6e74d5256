// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>
#include <QStringList>

/**
 * What Airlock keeps for a user — the audit trail with its code, outputs and
 * artifacts, staged inputs, caches — is that user's alone: folders it makes
 * are 0700, files 0600, whatever the umask says.
 */
namespace Airlock::PrivateFiles {

/// Makes @p path and every missing folder above it, each new one 0700.
/// Folders that already exist are left as they are.
bool makeFolder(const QString &path, QString *error = nullptr);

/// Creates @p path empty and 0600 when it does not exist (never through a
/// symbolic link); an existing file is left as it is.
bool createFile(const QString &path, QString *error = nullptr);

/// For each of @p paths that exists and that another account could read or
/// write (group or other permission bits), one translated line saying so.
QStringList exposed(const QStringList &paths);

} // namespace Airlock::PrivateFiles
