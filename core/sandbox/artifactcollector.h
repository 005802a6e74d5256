// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Airlock {

/**
 * Collects what a run left in its working folder, from a descriptor of
 * that folder, without following links: only regular files with one link
 * are taken, from folders below too (a few levels deep); symlinks, FIFOs,
 * sockets, devices and hard links are rejected with their reason; names
 * are sanitised; count and total size are capped. Each artifact is hashed
 * and given a media type.
 */
class ArtifactCollector
{
public:
    struct Artifact
    {
        QString name; ///< sanitised
        QString originalName; ///< as the run wrote it, if different
        QByteArray content;
        QString sha256;
        QString mediaType;
        QJsonObject toJson() const;
    };

    struct Rejection
    {
        QString name;
        QString reason; ///< translated
        QJsonObject toJson() const;
    };

    struct Result
    {
        QList<Artifact> artifacts;
        QList<Rejection> rejected;
        qint64 totalBytes = 0;
        int notCollected = 0; ///< entries beyond the count cap
    };

    /// @p dirFd: the output folder (an O_PATH descriptor will do). Files in
    /// folders below it are named by their path ("figures/a.png").
    static Result collect(int dirFd, int maxFiles, qint64 maxTotalBytes);
    /// What a run left in its working folder (SPEC §3, version 2): first
    /// output/, named as before, then everything else the code wrote below
    /// /workspace, named from there; the links to @p inputNames are passed
    /// over. One count and one size cap for both.
    static Result collectWorkspace(int workspaceFd, const QStringList &inputNames, int maxFiles, qint64 maxTotalBytes);

    /// Only [A-Za-z0-9._-], no leading dot, at most 120 characters.
    static QString sanitiseName(const QString &name);

    /// Writes @p artifacts into @p dir (created if needed) where nothing can
    /// redirect them (OutputFolder). Returns an error or empty.
    static QString writeTo(const QList<Artifact> &artifacts, const QString &dir);

private:
    struct Walk
    {
        int maxFiles;
        qint64 maxTotalBytes;
        QSet<QString> skip; ///< top-level entries passed over
        QSet<QString> skipLinks; ///< top-level links passed over
        QSet<QString> used; ///< names given so far
    };
    static void collectFolder(Result &result, Walk &walk, int dirFd, const QString &prefix, int depth);
};

} // namespace Airlock
