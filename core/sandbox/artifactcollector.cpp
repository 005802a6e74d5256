// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "artifactcollector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outputfolder.h"
#include "quantitytext.h"
#include "sha256.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::ArtifactCollector)
};

QString kindOf(mode_t mode)
{
    if (S_ISLNK(mode))
        return Tr::tr("a symbolic link");
    if (S_ISDIR(mode))
        return Tr::tr("a folder");
    if (S_ISFIFO(mode))
        return Tr::tr("a named pipe");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Tr::tr("a device");
    return Tr::tr("not a regular file");
}
} // namespace

QJsonObject ArtifactCollector::Artifact::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("bytes"), qint64(content.size())},
        {QStringLiteral("sha256"), sha256}, {QStringLiteral("media_type"), mediaType}};
    if (!originalName.isEmpty())
        o.insert(QStringLiteral("original_name"), originalName);
    return o;
}

QJsonObject ArtifactCollector::Rejection::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("reason"), reason}};
}

QString ArtifactCollector::sanitiseName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
        out += ok ? c : QLatin1Char('_');
    }
    // No hidden files: every leading dot goes.
    for (qsizetype i = 0; i < out.size() && out.at(i) == QLatin1Char('.'); ++i)
        out[i] = QLatin1Char('_');
    if (out.size() > 120) {
        const qsizetype dot = out.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 && out.size() - dot <= 10 ? out.mid(dot) : QString();
        out = out.left(120 - suffix.size()) + suffix;
    }
    return out.isEmpty() ? QStringLiteral("_") : out;
}

namespace {
// Deeper than any analysis writes; a folder bomb stops here.
constexpr int MaxDepth = 8;
} // namespace

ArtifactCollector::Result ArtifactCollector::collect(int dirFd, int maxFiles, qint64 maxTotalBytes)
{
    Result result;
    Walk walk{maxFiles, maxTotalBytes, {}, {}, {}};
    collectFolder(result, walk, dirFd, QString(), 0);
    return result;
}

ArtifactCollector::Result ArtifactCollector::collectWorkspace(
    int workspaceFd, const QStringList &inputNames, int maxFiles, qint64 maxTotalBytes)
{
    Result result;
    Walk walk{maxFiles, maxTotalBytes, {}, {}, {}};
    // What output/ holds keeps its names (SPEC §3 as before) and comes first.
    const int output = ::openat(workspaceFd, "output", O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (output >= 0) {
        collectFolder(result, walk, output, QString(), 0);
        ::close(output);
    }
    // Then what the code wrote beside the inputs, named from the folder; the
    // links to the inputs are the layout, not something it made.
    walk.skip.insert(QStringLiteral("output"));
    for (const QString &name : inputNames)
        walk.skipLinks.insert(name);
    collectFolder(result, walk, workspaceFd, QString(), 0);
    return result;
}

void ArtifactCollector::collectFolder(Result &result, Walk &walk, int dirFd, const QString &prefix, int depth)
{
    const int listFd = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (listFd < 0)
        return;
    DIR *dir = ::fdopendir(listFd);
    if (!dir) {
        ::close(listFd);
        return;
    }
    QList<QByteArray> names;
    while (dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        // Enough to know there are more; listing millions costs time.
        if (names.size() > 100000) {
            ++result.notCollected;
            continue;
        }
        names.append(name);
    }
    std::sort(names.begin(), names.end());

    QMimeDatabase mimes;
    for (const QByteArray &raw : std::as_const(names)) {
        const QString original = prefix + QString::fromUtf8(raw);
        struct stat st
        {
        };
        if (::fstatat(::dirfd(dir), raw.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (depth == 0 && walk.skip.contains(original))
            continue;
        if (depth == 0 && S_ISLNK(st.st_mode) && walk.skipLinks.contains(original))
            continue;
        if (S_ISDIR(st.st_mode) && depth + 1 < MaxDepth) {
            const int sub = ::openat(::dirfd(dir), raw.constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) {
                collectFolder(result, walk, sub, original + QLatin1Char('/'), depth + 1);
                ::close(sub);
            }
            continue;
        }
        if (!S_ISREG(st.st_mode)) {
            result.rejected.append({original, Tr::tr("%1; only regular files are collected").arg(kindOf(st.st_mode))});
            continue;
        }
        if (st.st_nlink != 1) {
            result.rejected.append({original, Tr::tr("a hard link; only files with one name are collected")});
            continue;
        }
        if (result.artifacts.size() >= walk.maxFiles) {
            ++result.notCollected;
            continue;
        }
        const qint64 maxTotalBytes = walk.maxTotalBytes;
        if (result.totalBytes + st.st_size > maxTotalBytes) {
            result.rejected.append({original,
                Tr::tr("its %1 would exceed the %2 allowed for all output files")
                    .arg(QuantityText::size(st.st_size), QuantityText::size(maxTotalBytes))});
            continue;
        }
        const int fd
            = ::openat(::dirfd(dir), raw.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        struct stat again
        {
        };
        if (fd < 0 || ::fstat(fd, &again) != 0 || again.st_ino != st.st_ino || again.st_dev != st.st_dev
            || !S_ISREG(again.st_mode)) {
            if (fd >= 0)
                ::close(fd);
            result.rejected.append({original, Tr::tr("changed while it was being collected")});
            continue;
        }
        QByteArray content;
        content.reserve(qsizetype(again.st_size));
        char buffer[64 * 1024];
        bool tooLarge = false;
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            if (result.totalBytes + content.size() + n > maxTotalBytes) {
                tooLarge = true;
                break;
            }
            content.append(buffer, n);
        }
        ::close(fd);
        if (tooLarge) {
            result.rejected.append(
                {original, Tr::tr("exceeds the %1 allowed for all output files").arg(QuantityText::size(maxTotalBytes))});
            continue;
        }

        Artifact artifact;
        // Each part of the path sanitised; the folders stay folders.
        QStringList parts = original.split(QLatin1Char('/'));
        for (QString &part : parts)
            part = sanitiseName(part);
        artifact.name = parts.join(QLatin1Char('/'));
        while (walk.used.contains(artifact.name)) {
            parts.last().prepend(QLatin1Char('_'));
            artifact.name = parts.join(QLatin1Char('/'));
        }
        walk.used.insert(artifact.name);
        if (artifact.name != original)
            artifact.originalName = original;
        artifact.sha256 = sha256Hex(content);
        artifact.mediaType = mimes.mimeTypeForFileNameAndData(parts.last(), content).name();
        artifact.content = content;
        result.totalBytes += content.size();
        result.artifacts.append(artifact);
    }
    ::closedir(dir);
}

QString ArtifactCollector::writeTo(const QList<Artifact> &artifacts, const QString &dir)
{
    QString error;
    const std::unique_ptr<OutputFolder> folder = OutputFolder::open(dir, &error);
    if (!folder)
        return error;
    for (const Artifact &a : artifacts) {
        // A file the run wrote below a folder goes below the same folder,
        // each level opened through the one above it.
        const QStringList parts = a.name.split(QLatin1Char('/'));
        std::unique_ptr<OutputFolder> below;
        OutputFolder *into = folder.get();
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            below = into->subfolder(parts.at(i), &error);
            if (!below)
                return error;
            into = below.get();
        }
        if (!into->write(parts.last(), a.content, &error))
            return error;
    }
    return {};
}

} // namespace Airlock
