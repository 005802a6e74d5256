// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "seccompfilter.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::SeccompFilter)
};

// Refused with EPERM: changing namespaces or mounts, tracing or reading
// other processes, kernel keyrings, BPF, perf, io_uring (which bypasses
// this filter for the calls it performs), userfaultfd, loading kernels and
// modules. The pidfd calls and their kin reach into another process: a
// descriptor stolen from bwrap once let the code report its own exit.
// pidfd_send_signal stays: it reaches no further than kill(2).
// Anonymous memory files: RLIMIT_AS does not count their pages, so without
// a cgroup they would hold memory beyond every limit; the analysis
// libraries never make them (shared memory goes to the sized /dev/shm).
constexpr const char *DeniedCalls[] = {
    "memfd_create",
    "memfd_secret",
    "unshare",
    "setns",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "keyctl",
    "add_key",
    "request_key",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_open",
    "pidfd_getfd",
    "process_madvise",
    "process_mrelease",
    "kcmp",
    "perf_event_open",
    "bpf",
    "userfaultfd",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "acct",
    "swapon",
    "swapoff",
    "reboot",
    "settimeofday",
    "clock_settime",
    "adjtimex",
    "clock_adjtime",
    "quotactl",
    "lookup_dcookie",
    "name_to_handle_at",
    "open_by_handle_at",
    "personality",
    "syslog",
    "vhangup",
};

class Context
{
public:
    Context()
        : m_ctx(seccomp_init(SCMP_ACT_ALLOW))
    {
    }
    ~Context()
    {
        if (m_ctx)
            seccomp_release(m_ctx);
    }
    scmp_filter_ctx get() const { return m_ctx; }

private:
    scmp_filter_ctx m_ctx;
};
} // namespace

QByteArray SeccompFilter::build(QString *error)
{
    Context ctx;
    if (!ctx.get()) {
        *error = Tr::tr("libseccomp could not create a filter");
        return {};
    }
    auto failed = [&](int rc, const QString &what) {
        *error = Tr::tr("seccomp rule for %1 failed: %2").arg(what, QString::fromLocal8Bit(strerror(-rc)));
        return QByteArray();
    };
    int rc = seccomp_attr_set(ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
    if (rc < 0)
        return failed(rc, QStringLiteral("foreign architectures"));
    // Keep no-new-privileges: bwrap sets it itself.
    for (const char *name : DeniedCalls) {
        const int nr = seccomp_syscall_resolve_name(name);
        if (nr == __NR_SCMP_ERROR)
            continue; // not on this architecture
        rc = seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(EPERM), nr, 0);
        if (rc < 0)
            return failed(rc, QString::fromLatin1(name));
    }
    // clone3 cannot be filtered by its flags; ENOSYS makes libc fall back to
    // clone, whose flags are checked by the kernel's namespace rules.
    rc = seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    if (rc < 0)
        return failed(rc, QStringLiteral("clone3"));
    // Faking terminal input (TIOCSTI) and console tricks (TIOCLINUX); the
    // kernel compares only the low 32 bits of the request.
    for (const unsigned long request : {TIOCSTI, TIOCLINUX}) {
        rc = seccomp_rule_add(
            ctx.get(), SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffUL, request));
        if (rc < 0)
            return failed(rc, QStringLiteral("ioctl"));
    }
    // Only local (Unix) sockets: any other family fails as unsupported.
    for (const int call : {SCMP_SYS(socket), SCMP_SYS(socketpair)}) {
        rc = seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(EAFNOSUPPORT), call, 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX));
        if (rc < 0)
            return failed(rc, QStringLiteral("socket"));
    }

    // Export through a memory file: the API writes to a descriptor.
    const int fd = memfd_create("airlock-seccomp", MFD_CLOEXEC);
    if (fd < 0) {
        *error = Tr::tr("cannot export the seccomp filter: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
    rc = seccomp_export_bpf(ctx.get(), fd);
    QByteArray program;
    if (rc == 0) {
        const off_t size = ::lseek(fd, 0, SEEK_END);
        program.resize(size > 0 ? size : 0);
        if (size <= 0 || ::pread(fd, program.data(), size_t(size), 0) != size)
            program.clear();
    }
    ::close(fd);
    if (program.isEmpty() || program.size() % 8 != 0) {
        *error = Tr::tr("cannot export the seccomp filter");
        return {};
    }
    return program;
}

QStringList SeccompFilter::describe()
{
    QStringList lines;
    QStringList names;
    for (const char *name : DeniedCalls)
        names << QLatin1String(name);
    lines << Tr::tr("refused (EPERM): %1").arg(names.join(QLatin1String(", ")));
    lines << Tr::tr("clone3 refused with ENOSYS, so clone's flags are what the kernel checks");
    lines << Tr::tr("ioctl TIOCSTI and TIOCLINUX refused (EPERM)");
    lines << Tr::tr("socket and socketpair for any family but AF_UNIX refused (EAFNOSUPPORT)");
    lines << Tr::tr("system calls of another architecture kill the process");
    return lines;
}

} // namespace Airlock
