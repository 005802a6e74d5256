// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "cgroupscope.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::CgroupScope)
};

bool writeFile(const QString &path, const QByteArray &value)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, value.constData(), size_t(value.size())) == value.size();
    ::close(fd);
    return ok;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "key value" lines, as in memory.events or memory.oom_control; @p absent
// when the key or the file is not there.
qint64 keyedValue(const QString &path, const QByteArray &key, qint64 absent = 0)
{
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts.at(0) == key)
            return parts.at(1).toLongLong();
    }
    return absent;
}

// A file holding one number; -1 when it cannot be read.
qint64 numberIn(const QString &path)
{
    bool ok = false;
    const qint64 value = readFile(path).trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

QString errnoString()
{
    return QString::fromLocal8Bit(strerror(errno));
}

bool makeDir(const QString &path, QString *error)
{
    if (::mkdir(QFile::encodeName(path).constData(), 0755) != 0 && errno != EEXIST) {
        *error = Tr::tr("cannot create cgroup %1: %2").arg(path, errnoString());
        return false;
    }
    return true;
}
} // namespace

std::unique_ptr<CgroupScope> CgroupScope::create(
    const LimitEnforcement &enforcement, const QString &name, qint64 memoryBytes, int maxProcesses, QString *error)
{
    std::unique_ptr<CgroupScope> scope(new CgroupScope);
    scope->m_kind = enforcement.cgroup;
    const QByteArray memory = QByteArray::number(memoryBytes);
    const QByteArray pids = QByteArray::number(maxProcesses);

    switch (enforcement.cgroup) {
    case LimitEnforcement::CgroupKind::None:
        *error = Tr::tr("no writable cgroup on this machine");
        return nullptr;
    case LimitEnforcement::CgroupKind::V1: {
        const QString memParent = enforcement.cgroupPath + QStringLiteral("/airlock");
        const QString pidsParent = enforcement.cgroupPidsPath + QStringLiteral("/airlock");
        if (!makeDir(memParent, error) || !makeDir(pidsParent, error))
            return nullptr;
        scope->m_memoryDir = memParent + QLatin1Char('/') + name;
        scope->m_pidsDir = pidsParent + QLatin1Char('/') + name;
        if (!makeDir(scope->m_memoryDir, error) || !makeDir(scope->m_pidsDir, error))
            return nullptr;
        if (!writeFile(scope->m_memoryDir + QStringLiteral("/memory.limit_in_bytes"), memory)) {
            *error = Tr::tr("cannot set the memory limit in %1: %2").arg(scope->m_memoryDir, errnoString());
            return nullptr;
        }
        // Swap must not be a way around the cap (absent without swap accounting).
        writeFile(scope->m_memoryDir + QStringLiteral("/memory.memsw.limit_in_bytes"), memory);
        if (!writeFile(scope->m_pidsDir + QStringLiteral("/pids.max"), pids)) {
            *error = Tr::tr("cannot set the process limit in %1: %2").arg(scope->m_pidsDir, errnoString());
            return nullptr;
        }
        // CPU time is only accounted, never limited: without cpuacct the run
        // goes ahead and its time is measured on the host instead.
        if (!enforcement.cgroupCpuPath.isEmpty()) {
            const QString cpuParent = enforcement.cgroupCpuPath + QStringLiteral("/airlock");
            QString ignored;
            if (makeDir(cpuParent, &ignored) && makeDir(cpuParent + QLatin1Char('/') + name, &ignored))
                scope->m_cpuDir = cpuParent + QLatin1Char('/') + name;
        }
        for (const QString &dir : {scope->m_memoryDir, scope->m_pidsDir, scope->m_cpuDir}) {
            if (dir.isEmpty())
                continue;
            const int fd
                = ::open(QFile::encodeName(dir + QStringLiteral("/cgroup.procs")).constData(), O_WRONLY | O_CLOEXEC);
            if (fd < 0) {
                *error = Tr::tr("cannot open %1/cgroup.procs: %2").arg(dir, errnoString());
                return nullptr;
            }
            scope->m_procsFds.append(fd);
        }
        return scope;
    }
    case LimitEnforcement::CgroupKind::V2: {
        // No processes may sit in a cgroup whose children get controllers:
        // when we are in the delegated folder ourselves, move to a leaf.
        const QString base = enforcement.cgroupPath;
        const QByteArray enable("+memory +pids");
        if (!writeFile(base + QStringLiteral("/cgroup.subtree_control"), enable)) {
            if (errno != EBUSY || !makeDir(base + QStringLiteral("/airlock-host"), error)
                || !writeFile(base + QStringLiteral("/airlock-host/cgroup.procs"), "0")
                || !writeFile(base + QStringLiteral("/cgroup.subtree_control"), enable)) {
                *error = Tr::tr("cannot enable the memory and pids controllers in %1: %2").arg(base, errnoString());
                return nullptr;
            }
        }
        scope->m_memoryDir = base + QStringLiteral("/airlock-") + name;
        if (!makeDir(scope->m_memoryDir, error))
            return nullptr;
        if (!writeFile(scope->m_memoryDir + QStringLiteral("/memory.max"), memory)
            || !writeFile(scope->m_memoryDir + QStringLiteral("/pids.max"), pids)) {
            *error = Tr::tr("cannot set limits in %1: %2").arg(scope->m_memoryDir, errnoString());
            return nullptr;
        }
        writeFile(scope->m_memoryDir + QStringLiteral("/memory.swap.max"), "0");
        const int fd = ::open(
            QFile::encodeName(scope->m_memoryDir + QStringLiteral("/cgroup.procs")).constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            *error = Tr::tr("cannot open %1/cgroup.procs: %2").arg(scope->m_memoryDir, errnoString());
            return nullptr;
        }
        scope->m_procsFds.append(fd);
        return scope;
    }
    }
    return nullptr;
}

CgroupScope::~CgroupScope()
{
    for (int fd : std::as_const(m_procsFds))
        ::close(fd);
    killAll();
    for (const QString &dir : {m_memoryDir, m_pidsDir, m_cpuDir}) {
        if (dir.isEmpty())
            continue;
        // A just-killed process may take a moment to leave.
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (::rmdir(QFile::encodeName(dir).constData()) == 0 || errno == ENOENT)
                break;
            QThread::msleep(2);
        }
    }
}

void CgroupScope::killAll()
{
    if (m_kind == LimitEnforcement::CgroupKind::V2 && writeFile(m_memoryDir + QStringLiteral("/cgroup.kill"), "1"))
        return;
    // Without cgroup.kill: kill what is listed until nothing is, so a process
    // forked meanwhile is caught on the next pass.
    for (const QString &dir : {m_memoryDir, m_pidsDir}) {
        if (dir.isEmpty())
            continue;
        for (int pass = 0; pass < 100; ++pass) {
            const QList<QByteArray> pids = readFile(dir + QStringLiteral("/cgroup.procs")).split('\n');
            bool any = false;
            for (const QByteArray &pid : pids) {
                const int p = pid.toInt();
                if (p > 0) {
                    ::kill(p, SIGKILL);
                    any = true;
                }
            }
            if (!any)
                break;
        }
    }
}

qint64 CgroupScope::peakMemoryBytes() const
{
    const QString file = m_kind == LimitEnforcement::CgroupKind::V1 ? QStringLiteral("/memory.max_usage_in_bytes")
                                                                    : QStringLiteral("/memory.peak");
    return numberIn(m_memoryDir + file);
}

qint64 CgroupScope::currentMemoryBytes() const
{
    const QString file = m_kind == LimitEnforcement::CgroupKind::V1 ? QStringLiteral("/memory.usage_in_bytes")
                                                                    : QStringLiteral("/memory.current");
    return numberIn(m_memoryDir + file);
}

qint64 CgroupScope::cpuUsageUs() const
{
    if (m_kind == LimitEnforcement::CgroupKind::V2) {
        // Kept by every v2 cgroup, whether the cpu controller is enabled or not.
        return keyedValue(m_memoryDir + QStringLiteral("/cpu.stat"), "usage_usec", -1);
    }
    if (m_cpuDir.isEmpty())
        return -1;
    const qint64 ns = numberIn(m_cpuDir + QStringLiteral("/cpuacct.usage"));
    return ns >= 0 ? ns / 1000 : -1;
}

qint64 CgroupScope::oomKills() const
{
    if (m_kind == LimitEnforcement::CgroupKind::V1)
        return keyedValue(m_memoryDir + QStringLiteral("/memory.oom_control"), "oom_kill");
    return keyedValue(m_memoryDir + QStringLiteral("/memory.events"), "oom_kill");
}

qint64 CgroupScope::processLimitHits() const
{
    const QString dir = m_kind == LimitEnforcement::CgroupKind::V1 ? m_pidsDir : m_memoryDir;
    return keyedValue(dir + QStringLiteral("/pids.events"), "max");
}

qint64 CgroupScope::processCount() const
{
    const QString dir = m_kind == LimitEnforcement::CgroupKind::V1 ? m_pidsDir : m_memoryDir;
    bool ok = false;
    const qint64 count = readFile(dir + QStringLiteral("/pids.current")).trimmed().toLongLong(&ok);
    return ok ? count : -1;
}

QString CgroupScope::description() const
{
    QStringList dirs{m_memoryDir};
    for (const QString &dir : {m_pidsDir, m_cpuDir})
        if (!dir.isEmpty())
            dirs << dir;
    return dirs.join(QLatin1String(", "));
}

} // namespace Airlock
