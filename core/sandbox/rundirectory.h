// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QSet>
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
 *
 * A request waiting for a decision in the workbench gets a kept folder
 * instead: one per audit trail and request id, held (flock) while in use,
 * that stays when the object goes (or the process dies) until setKept(false),
 * so that a restarted workbench finds the copies the analyst reviewed.
 */
class RunDirectory
{
public:
    /// @p owner and @p group: who the sandbox runs as, or -1 to keep ours.
    static std::unique_ptr<RunDirectory> create(uid_t owner, gid_t group, QString *error);
    /// A new kept folder for request @p requestId of the trail @p trail.
    /// When another holds that request's folder (the same id arriving
    /// twice), a plain folder of its own instead.
    static std::unique_ptr<RunDirectory> createKept(
        const QString &trail, const QString &requestId, uid_t owner, gid_t group, QString *error);
    /// Takes over the folder an earlier process kept for @p requestId,
    /// handed to @p owner/@p group; nothing (and why) when there is none,
    /// another process holds it, or it is not a folder of ours.
    static std::unique_ptr<RunDirectory> adoptKept(
        const QString &trail, const QString &requestId, uid_t owner, gid_t group, QString *error);
    /// Removes what no process holds and no one needs: the kept folders of
    /// @p trail whose request is not in @p undecided, those of trails that
    /// are gone or untouched for 30 days, and run folders a crash left
    /// behind more than a day ago. Returns how many were removed.
    static int pruneKept(const QString &trail, const QSet<QString> &undecided);
    /// Where the kept folder of @p requestId of @p trail is (it may not exist).
    static QString keptPath(const QString &trail, const QString &requestId);

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
    /// A kept folder survives this object until the request is settled.
    bool isKept() const { return m_kept; }
    /// The request is settled: the folder goes with this object after all.
    void setKept(bool kept) { m_kept = kept && m_lockFd >= 0; }

    /// The folder all run folders go in, made safe to use (ours, not a link,
    /// not writable by others).
    static QString baseDirectory(QString *error);

private:
    RunDirectory() = default;
    QString m_path;
    uid_t m_owner = uid_t(-1);
    gid_t m_group = gid_t(-1);
    int m_lockFd = -1;
    bool m_kept = false;
};

} // namespace Airlock
