// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>
#include <utility>

class QFileSystemWatcher;
class QTimer;

namespace Airlock {

/**
 * The watched inbox folder where an agent drops request files (`*.json`).
 *
 * A file is reported once its size and modification time have stayed the
 * same for the settle time, so a file still being written is not reported
 * early. Hidden names and anything not ending in `.json` (so `.part`,
 * `.tmp`, `~`, `.swp`) are ignored, which makes write-then-rename work.
 * Only non-empty regular files count: links, folders and FIFOs are skipped,
 * and no file is ever opened here.
 *
 * QFileSystemWatcher notices changes quickly; a slow poll backs it up
 * because inotify can miss events or be unavailable. Each version of a file
 * (size, modification time, inode) is reported once.
 */
class InboxFolder : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultSettleTimeMs = 750;
    static constexpr int PollIntervalMs = 2000;

    explicit InboxFolder(QObject *parent = nullptr);

    /// Starts watching @p dir (empty stops). Files already there are
    /// reported too, once settled. Signals come from the event loop, never
    /// from within this call.
    void setPath(const QString &dir);
    /// The folder watched, absolute and cleaned; empty when none.
    QString path() const;

    /// How long a file's size and modification time must stay unchanged
    /// before it is reported (default 750 ms).
    void setSettleTime(int ms);
    int settleTime() const;

Q_SIGNALS:
    /// Once per file version; a file rewritten later is reported again.
    void fileArrived(const QString &absolutePath);
    /// Translated. The folder is missing, not a folder, unreadable, or has
    /// vanished; emitted once per problem, and watching resumes when the
    /// folder is back.
    void errorOccurred(const QString &message);

private:
    struct Version
    {
        qint64 size = 0;
        qint64 mtimeNs = 0;
        quint64 inode = 0;
        friend bool operator==(const Version &, const Version &) = default;
    };

    struct Entry
    {
        Version version;
        qint64 stableSince = 0; ///< m_clock time this version was first seen
        quint64 lastScan = 0;
        bool reported = false;
    };

    enum class Problem { None, Missing, NotAFolder, Unreadable };

    static std::optional<Version> regularFileVersion(const QString &path);
    bool advance(Entry &entry, const Version &version, qint64 now) const;
    void scan();
    void checkPending();
    bool checkFolder();
    void reportProblem(Problem problem, const QString &message);
    void unwatch();
    void scheduleSettle();
    void announce(QStringList names);
    QString filePath(const QString &name) const;

    QString m_path;
    int m_settleMs = DefaultSettleTimeMs;
    QHash<QString, Entry> m_entries;
    QElapsedTimer m_clock;
    quint64 m_scan = 0;
    /// Bumped by setPath(), so that a receiver switching folders stops an
    /// announcement in progress.
    quint64 m_generation = 0;
    Problem m_problem = Problem::None;
    bool m_watching = false;
    /// The folder watched (device, inode), to notice it being replaced.
    std::pair<quint64, quint64> m_folderId;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_rescanTimer = nullptr;
    QTimer *m_settleTimer = nullptr;
};

} // namespace Airlock
