// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "inboxfolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Airlock {

namespace {
// Coalesces bursts of directory notifications into one listing.
constexpr int RescanDelayMs = 200;

// Everything not ending in `.json` is ignored, which also covers the usual
// temporary names of write-then-rename (`.part`, `.tmp`, `~`, `.swp`).
bool isCandidateName(const QString &name)
{
    return !name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".json"));
}
} // namespace

InboxFolder::InboxFolder(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_pollTimer(new QTimer(this))
    , m_rescanTimer(new QTimer(this))
    , m_settleTimer(new QTimer(this))
{
    m_clock.start();
    m_pollTimer->setInterval(PollIntervalMs);
    m_rescanTimer->setSingleShot(true);
    m_settleTimer->setSingleShot(true);
    // A late tick would only delay a report, an early one costs a re-check.
    m_settleTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pollTimer, &QTimer::timeout, this, &InboxFolder::scan);
    connect(m_rescanTimer, &QTimer::timeout, this, &InboxFolder::scan);
    connect(m_settleTimer, &QTimer::timeout, this, &InboxFolder::checkPending);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_rescanTimer->isActive())
            m_rescanTimer->start(RescanDelayMs);
    });
}

void InboxFolder::setPath(const QString &dir)
{
    const QString path = dir.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (path == m_path)
        return;
    ++m_generation;
    unwatch();
    m_pollTimer->stop();
    m_rescanTimer->stop();
    m_settleTimer->stop();
    m_entries.clear();
    m_problem = Problem::None;
    m_path = path;
    if (m_path.isEmpty())
        return;
    m_pollTimer->start();
    m_rescanTimer->start(0);
}

QString InboxFolder::path() const
{
    return m_path;
}

void InboxFolder::setSettleTime(int ms)
{
    m_settleMs = std::max(0, ms);
    if (!m_path.isEmpty())
        scheduleSettle();
}

int InboxFolder::settleTime() const
{
    return m_settleMs;
}

// lstat: a link is seen as a link and never followed, and nothing is opened,
// so a FIFO cannot block us.
std::optional<InboxFolder::Version> InboxFolder::regularFileVersion(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    return Version{qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, quint64(st.st_ino)};
}

// True when @p entry has just become ready to report.
bool InboxFolder::advance(Entry &entry, const Version &version, qint64 now) const
{
    if (entry.version != version) {
        entry.version = version;
        entry.stableSince = now;
        entry.reported = false;
        return false;
    }
    if (entry.reported || version.size == 0 || now - entry.stableSince < m_settleMs)
        return false;
    entry.reported = true;
    return true;
}

void InboxFolder::scan()
{
    if (m_path.isEmpty() || !checkFolder())
        return;
    ++m_scan;
    const qint64 now = m_clock.elapsed();
    QStringList ready;
    // Names only from the listing (hidden ones are left out), then one lstat
    // per candidate; nothing is read, so a large folder stays cheap.
    QDirIterator it(m_path, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (!isCandidateName(name))
            continue;
        const std::optional<Version> version = regularFileVersion(filePath(name));
        if (!version)
            continue;
        const auto entry = m_entries.find(name);
        if (entry == m_entries.end()) {
            m_entries.insert(name, Entry{*version, now, m_scan, false});
            continue;
        }
        entry->lastScan = m_scan;
        if (advance(*entry, *version, now))
            ready.append(name);
    }
    // Files deleted before they settled are forgotten silently; a reported
    // one that comes back later is new.
    for (auto entry = m_entries.begin(); entry != m_entries.end();)
        entry = entry->lastScan == m_scan ? std::next(entry) : m_entries.erase(entry);
    scheduleSettle();
    announce(ready);
}

// Between listings, only the files waiting to settle are looked at again.
void InboxFolder::checkPending()
{
    const qint64 now = m_clock.elapsed();
    QStringList ready;
    for (auto entry = m_entries.begin(); entry != m_entries.end();) {
        if (entry->reported) {
            ++entry;
            continue;
        }
        const std::optional<Version> version = regularFileVersion(filePath(entry.key()));
        if (!version) {
            entry = m_entries.erase(entry);
            continue;
        }
        if (advance(*entry, *version, now))
            ready.append(entry.key());
        ++entry;
    }
    scheduleSettle();
    announce(ready);
}

bool InboxFolder::checkFolder()
{
    const QByteArray native = QFile::encodeName(m_path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            reportProblem(Problem::Missing,
                m_watching ? tr("The inbox folder \"%1\" has disappeared; it will be watched again when it is back.")
                                 .arg(m_path)
                           : tr("The inbox folder \"%1\" does not exist.").arg(m_path));
        else
            reportProblem(Problem::Unreadable,
                tr("The inbox folder \"%1\" cannot be read: %2.").arg(m_path, QString::fromLocal8Bit(strerror(err))));
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        reportProblem(Problem::NotAFolder, tr("The inbox \"%1\" is not a folder.").arg(m_path));
        return false;
    }
    if (::access(native.constData(), R_OK | X_OK) != 0) {
        const int err = errno;
        reportProblem(Problem::Unreadable,
            tr("The inbox folder \"%1\" cannot be read: %2.").arg(m_path, QString::fromLocal8Bit(strerror(err))));
        return false;
    }
    m_problem = Problem::None;
    // The watcher drops a folder that was deleted and keeps following one
    // that was moved away, so it is re-armed whenever the folder changed.
    const std::pair<quint64, quint64> id{quint64(st.st_dev), quint64(st.st_ino)};
    if (!m_watching || id != m_folderId || m_watcher->directories().isEmpty()) {
        unwatch();
        // When this fails (no inotify, limits reached), the poll carries on.
        m_watcher->addPath(m_path);
        m_folderId = id;
        m_watching = true;
    }
    return true;
}

void InboxFolder::reportProblem(Problem problem, const QString &message)
{
    unwatch();
    m_entries.clear();
    m_settleTimer->stop();
    // The poll keeps running, so the same problem is seen every few seconds:
    // only a new one is worth telling.
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT errorOccurred(message);
}

void InboxFolder::unwatch()
{
    m_watching = false;
    if (const QStringList dirs = m_watcher->directories(); !dirs.isEmpty())
        m_watcher->removePaths(dirs);
}

void InboxFolder::scheduleSettle()
{
    const qint64 now = m_clock.elapsed();
    std::optional<qint64> next;
    // Empty files wait for a listing to notice them grow, not for a tick.
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.reported || entry.version.size == 0)
            continue;
        const qint64 due = std::max<qint64>(0, entry.stableSince + m_settleMs - now);
        next = next ? std::min(*next, due) : due;
    }
    if (next)
        m_settleTimer->start(int(*next));
    else
        m_settleTimer->stop();
}

void InboxFolder::announce(QStringList names)
{
    names.sort();
    const QPointer<InboxFolder> self(this);
    const quint64 generation = m_generation;
    for (const QString &name : std::as_const(names)) {
        // A receiver may have switched folders or deleted us.
        if (!self || m_generation != generation)
            return;
        Q_EMIT fileArrived(filePath(name));
    }
}

QString InboxFolder::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

} // namespace Airlock
