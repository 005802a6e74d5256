// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Airlock {

/**
 * Collects what a run left in /workspace/output, from a descriptor of that
 * folder, without following links: only regular files with one link are
 * taken; symlinks, folders, FIFOs, sockets, devices and hard links are
 * rejected with their reason; names are sanitised; count and total size are
 * capped. Each artifact is hashed and given a media type.
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

    /// @p dirFd: the output folder (an O_PATH descriptor will do).
    static Result collect(int dirFd, int maxFiles, qint64 maxTotalBytes);

    /// Only [A-Za-z0-9._-], no leading dot, at most 120 characters.
    static QString sanitiseName(const QString &name);

    /// Writes @p artifacts into @p dir (created if needed) where nothing can
    /// redirect them (OutputFolder). Returns an error or empty.
    static QString writeTo(const QList<Artifact> &artifacts, const QString &dir);
};

} // namespace Airlock
