// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <sys/types.h>

namespace Airlock {

/**
 * A run's private folder on the host: the staged inputs live here. Created
 * fresh for every run (mode 0700, never reused) and removed with the object.
 *
 * When Airlock runs as root the sandbox runs as an unprivileged uid, which
 * then owns this folder and can read nothing else of ours.
 */
class RunDirectory
{
public:
    /// @p owner and @p group: who the sandbox runs as, or -1 to keep ours.
    static std::unique_ptr<RunDirectory> create(uid_t owner, gid_t group, QString *error);
    ~RunDirectory();

    RunDirectory(const RunDirectory &) = delete;
    RunDirectory &operator=(const RunDirectory &) = delete;

    QString path() const { return m_path; }
    QString inputsPath() const { return m_path + QStringLiteral("/inputs"); }
    /// What the sandbox's /workspace is made of, top first: the staged
    /// inputs, then a folder holding only the output folder's mount point.
    QStringList workspaceLayers() const { return {inputsPath(), m_path + QStringLiteral("/workspace")}; }
    uid_t owner() const { return m_owner; }
    gid_t group() const { return m_group; }

    /// The folder all run folders go in, made safe to use (ours, not a link,
    /// not writable by others).
    static QString baseDirectory(QString *error);

private:
    RunDirectory() = default;
    QString m_path;
    uid_t m_owner = uid_t(-1);
    gid_t m_group = gid_t(-1);
};

} // namespace Airlock
