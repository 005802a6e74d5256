// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "inputstager.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "policy.h"
#include "quantitytext.h"
#include "request.h"
#include "requestcheck.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::InputStager)
};

using S = Verdict::Severity;

class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {
    }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    void reset(int fd)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

int openNoFollow(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
}

// Reads @p fd to its end, at most @p limit bytes, into @p out (if open) and
// the hash. Returns bytes read, -1 on error, limit + 1 when there is more.
qint64 copyAndHash(int fd, qint64 limit, int out, QCryptographicHash &hash)
{
    char buffer[64 * 1024];
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            return total;
        total += n;
        if (total > limit)
            return limit + 1;
        hash.addData(QByteArrayView(buffer, n));
        for (ssize_t done = 0; out >= 0 && done < n;) {
            const ssize_t w = ::write(out, buffer + done, size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return -1;
            done += w;
        }
    }
}

// The SHA-256 of the whole of a regular file, however large it is now, or
// empty with @p problem set when it cannot be read as one.
QString hashFile(const QString &path, QString *problem)
{
    Fd fd(openNoFollow(path));
    struct stat st
    {
    };
    if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0) {
        *problem = QString::fromLocal8Bit(strerror(errno));
        return {};
    }
    if (!S_ISREG(st.st_mode)) {
        *problem = Tr::tr("no longer a regular file");
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (copyAndHash(fd.get(), std::numeric_limits<qint64>::max() - 1, -1, hash) < 0) {
        *problem = QString::fromLocal8Bit(strerror(errno));
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Whole path components: /data2 is not inside /data.
bool within(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    if (folder.endsWith(QLatin1Char('/'))) // "/" itself
        return path.startsWith(folder);
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

bool insideFolder(const QString &path, const QString &folder)
{
    return within(path, QFileInfo(folder).canonicalFilePath());
}

// The file actually open on @p fd, as the kernel names it: what was read,
// whatever the path did before or after.
QString openedPath(int fd, const QString &fallback)
{
    char buffer[PATH_MAX];
    const QByteArray link = QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(fd);
    const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer);
    if (n > 0 && n < ssize_t(sizeof buffer) && buffer[0] == '/')
        return QFile::decodeName(QByteArray(buffer, n));
    return QFileInfo(fallback).canonicalFilePath();
}

// The kernel's and the session's own files: process memory and environment
// (/proc), devices, kernel state, and runtime sockets and secrets (/run).
// None is data an analysis reads, and some would hand the sandbox the
// host's secrets.
bool systemPlace(const QString &path)
{
    for (const char *folder : {"/proc", "/sys", "/dev", "/run", "/var/run"})
        if (within(path, QLatin1String(folder)))
            return true;
    return false;
}

// The same by the file system an open file lives on, wherever it is mounted.
bool systemFileSystem(int fd)
{
    struct statfs fs
    {
    };
    if (::fstatfs(fd, &fs) != 0)
        return true;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case DEVPTS_SUPER_MAGIC:
    case DEBUGFS_MAGIC:
    case SECURITYFS_MAGIC:
    case TRACEFS_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
    case BPF_FS_MAGIC:
    case EFIVARFS_MAGIC:
        return true;
    default:
        return false;
    }
}

Verdict systemPlaceVerdict(const QString &shown, const QString &path)
{
    return {QStringLiteral("file.type"), Verdict::Severity::Block,
        Tr::tr("\"%1\" (%2) is a file of the system or of a running process (/proc, /sys, /dev, /run), not "
               "data; it is never mounted.")
            .arg(shown, path.left(300))};
}

// Where @p path leads without opening it: its folder resolved, the name as
// given. Unresolvable folders leave the path as written.
QString placeOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? path : QDir(folder).filePath(info.fileName());
}
} // namespace

QJsonObject InputStager::Input::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("source"), sourcePath}, {QStringLiteral("bytes"), size},
        {QStringLiteral("sha256"), sha256}};
}

InputStager::Result InputStager::stage(
    const Request &request, const Policy &policy, const QString &inputsDir, uid_t owner, gid_t group)
{
    Result result;
    qint64 total = 0;
    // An agent's request reads only under the policy's roots; one the
    // analyst opened does too when the policy names roots.
    const bool fromAgent = !request.channel().isEmpty();
    const bool rooted = fromAgent || policy.fileRoots.has_value();
    const QStringList roots = policy.fileRoots.value_or(QStringList());
    QStringList canonicalRoots;
    for (const QString &root : roots) {
        const QString canonical = QFileInfo(root).canonicalFilePath();
        if (!canonical.isEmpty())
            canonicalRoots << canonical;
    }
    const auto insideRoots = [&](const QString &path, bool orAsWritten) {
        for (const QString &root : canonicalRoots)
            if (within(path, root))
                return true;
        for (qsizetype i = 0; orAsWritten && i < roots.size(); ++i)
            if (within(path, roots.at(i)))
                return true;
        return false;
    };
    const auto outsideRoots = [&](const QString &shown, const QString &path) {
        return Verdict{QStringLiteral("file.root"), S::Block,
            Tr::tr("\"%1\" (%2) is outside the folders this policy lets requests read from: %3.")
                .arg(shown, path.left(300), roots.join(QLatin1String(", ")))};
    };
    // For an agent's request, "the request's folder" of the symlink rule
    // is the roots: its own folder is wherever the channel put it.
    const auto linkInside = [&](const QString &target) {
        return fromAgent ? insideRoots(target, false) : insideFolder(target, request.baseDir());
    };

    for (const Request::File &file : request.files()) {
        // Names with problems already have their verdict and are never used
        // as a path here.
        if (!RequestCheck::nameProblem(file.name).isEmpty() || file.resolvedPath.isEmpty())
            continue;
        const QString shown = file.name;
        QString source = file.resolvedPath;
        if (rooted && roots.isEmpty()) {
            result.verdicts.append({QStringLiteral("file.root"), S::Block,
                fromAgent ? Tr::tr("\"%1\": the policy \"%2\" names no folders (files.roots) that agent requests "
                                   "may read from.")
                                .arg(shown, policy.name)
                          : Tr::tr("\"%1\": the policy \"%2\" names no folders (files.roots) that requests may "
                                   "read from.")
                                .arg(shown, policy.name)});
            continue;
        }
        // Never opened at all: reading some of these has effects, and what
        // they hold (Airlock's own environment) is the host's.
        if (systemPlace(QDir::cleanPath(source)) || systemPlace(placeOf(source))) {
            result.verdicts.append(systemPlaceVerdict(shown, placeOf(source)));
            continue;
        }
        // Refused before it is opened, so that a request cannot have
        // Airlock open, or report on, files far from the roots; the check
        // on the opened file below is the one that holds.
        if (rooted) {
            const QString place = placeOf(source);
            if (!insideRoots(place, true)) {
                result.verdicts.append(outsideRoots(shown, place));
                continue;
            }
        }
        Fd fd(openNoFollow(source));
        if (fd.get() < 0 && errno == ELOOP) {
            const QString target = QFileInfo(source).canonicalFilePath();
            if (policy.allowSymlinksInsideRequestDir && !target.isEmpty() && linkInside(target)) {
                source = target;
                fd.reset(openNoFollow(source));
            } else {
                result.verdicts.append({QStringLiteral("file.symlink"), S::Block,
                    Tr::tr("\"%1\" is a symbolic link%2; links are not followed.")
                        .arg(shown,
                            target.isEmpty() || linkInside(target) ? QString()
                                : fromAgent
                                ? Tr::tr(" pointing outside the folders this policy lets requests read from")
                                : Tr::tr(" pointing outside the request's folder"))});
                continue;
            }
        }
        if (fd.get() < 0) {
            const int err = errno;
            if (err == ENOENT || err == ENOTDIR)
                result.verdicts.append({QStringLiteral("file.missing"), S::Block,
                    Tr::tr("\"%1\" does not exist (%2).").arg(shown, file.path.left(300))});
            else
                result.verdicts.append({QStringLiteral("file.unreadable"), S::Block,
                    Tr::tr("\"%1\" cannot be read: %2.").arg(shown, QString::fromLocal8Bit(strerror(err)))});
            continue;
        }
        // What was really opened, after any link the policy let through.
        const QString opened = openedPath(fd.get(), source);
        if (systemPlace(opened) || systemFileSystem(fd.get())) {
            result.verdicts.append(systemPlaceVerdict(shown, opened.isEmpty() ? source : opened));
            continue;
        }
        if (rooted) {
            if (!insideRoots(opened, false)) {
                result.verdicts.append(outsideRoots(shown, opened.isEmpty() ? source : opened));
                continue;
            }
        }
        struct stat st
        {
        };
        if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
            const char *kind = S_ISDIR(st.st_mode) ? QT_TRANSLATE_NOOP("Airlock::InputStager", "a folder")
                : S_ISFIFO(st.st_mode)             ? QT_TRANSLATE_NOOP("Airlock::InputStager", "a named pipe")
                : S_ISSOCK(st.st_mode)             ? QT_TRANSLATE_NOOP("Airlock::InputStager", "a socket")
                : (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
                ? QT_TRANSLATE_NOOP("Airlock::InputStager", "a device")
                : QT_TRANSLATE_NOOP("Airlock::InputStager", "not a regular file");
            result.verdicts.append({QStringLiteral("file.type"), S::Block,
                Tr::tr("\"%1\" is %2; only regular files can be mounted.").arg(shown, Tr::tr(kind))});
            continue;
        }
        if (st.st_size > policy.maxFileBytes) {
            result.verdicts.append({QStringLiteral("file.size"), S::Block,
                Tr::tr("\"%1\" is %2; the policy allows at most %3 per file.")
                    .arg(shown, QuantityText::size(st.st_size), QuantityText::size(policy.maxFileBytes))});
            continue;
        }
        if (total + st.st_size > policy.maxTotalInputBytes) {
            result.verdicts.append({QStringLiteral("file.size"), S::Block,
                Tr::tr("With \"%1\" the inputs exceed %2 bytes in total, the policy's cap.")
                    .arg(shown)
                    .arg(policy.maxTotalInputBytes)});
            continue;
        }

        Input input;
        input.name = file.name;
        input.sourcePath = source;
        input.stagedPath = QDir(inputsDir).filePath(file.name);
        const QByteArray staged = QFile::encodeName(input.stagedPath);
        Fd out(::open(staged.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const qint64 copied = out.get() < 0 ? -1 : copyAndHash(fd.get(), policy.maxFileBytes, out.get(), hash);
        if (copied < 0 || copied > policy.maxFileBytes) {
            ::unlink(staged.constData());
            result.verdicts.append({copied > policy.maxFileBytes ? QStringLiteral("file.size")
                                                                 : QStringLiteral("file.unreadable"),
                S::Block,
                copied > policy.maxFileBytes
                    ? Tr::tr("\"%1\" grew beyond %2 bytes while it was being copied.")
                          .arg(shown)
                          .arg(policy.maxFileBytes)
                    : Tr::tr("\"%1\" could not be copied: %2.").arg(shown, QString::fromLocal8Bit(strerror(errno)))});
            continue;
        }
        ::fchmod(out.get(), 0400);
        if (owner != uid_t(-1))
            ::fchown(out.get(), owner, group);
        input.size = copied;
        input.sha256 = QString::fromLatin1(hash.result().toHex());
        total += copied;
        result.inputs.append(input);
    }
    return result;
}

QString InputStager::verifyUnchanged(const QList<Input> &inputs)
{
    // Every byte, not only as many as were reviewed: an append must show.
    for (const Input &input : inputs) {
        QString problem;
        const QString copy = hashFile(input.stagedPath, &problem);
        if (copy != input.sha256)
            return copy.isEmpty()
                ? Tr::tr("The private copy of \"%1\" (%2) no longer matches what was reviewed: it had SHA-256 %3 "
                         "and can no longer be read (%4); the run is refused.")
                      .arg(input.name, input.stagedPath, input.sha256, problem)
                : Tr::tr("The private copy of \"%1\" (%2) no longer matches what was reviewed: it had SHA-256 %3 "
                         "and now has %4; the run is refused.")
                      .arg(input.name, input.stagedPath, input.sha256, copy);
        const QString now = hashFile(input.sourcePath, &problem);
        if (now != input.sha256)
            return now.isEmpty()
                ? Tr::tr("\"%1\" changed after it was reviewed: %2 had SHA-256 %3 and can no longer be read (%4); "
                         "the run is refused.")
                      .arg(input.name, input.sourcePath, input.sha256, problem)
                : Tr::tr("\"%1\" changed after it was reviewed: %2 had SHA-256 %3 and now has %4; the run is "
                         "refused.")
                      .arg(input.name, input.sourcePath, input.sha256, now);
    }
    return {};
}

QString InputStager::adoptKept(QList<Input> &inputs, const QString &inputsDir, uid_t owner, gid_t group)
{
    QString problem;
    for (Input &input : inputs) {
        input.stagedPath.clear();
        // A name from the trail is used as a path only if it could have been staged.
        const bool usable = RequestCheck::nameProblem(input.name).isEmpty() && !input.sha256.isEmpty();
        const QString path = QDir(inputsDir).filePath(input.name);
        Fd fd(usable ? openNoFollow(path) : -1);
        struct stat st
        {
        };
        if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
            if (problem.isEmpty())
                problem = Tr::tr("the private copy of \"%1\" is gone").arg(input.name);
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (st.st_size != input.size || copyAndHash(fd.get(), input.size, -1, hash) != input.size
            || QString::fromLatin1(hash.result().toHex()) != input.sha256) {
            if (problem.isEmpty())
                problem = Tr::tr("the private copy of \"%1\" no longer matches what was reviewed").arg(input.name);
            continue;
        }
        if (owner != uid_t(-1) && ::fchown(fd.get(), owner, group) != 0) {
            if (problem.isEmpty())
                problem = Tr::tr("the private copy of \"%1\" cannot be handed to the sandbox user: %2")
                              .arg(input.name, QString::fromLocal8Bit(strerror(errno)));
            continue;
        }
        input.stagedPath = path;
    }
    return problem;
}

} // namespace Airlock
