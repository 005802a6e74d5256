// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QImage>

#include "artifactcollector.h"
#include "previewrenderer.h"

namespace Airlock {

/**
 * The files a run produced, for the gallery: name, a thumbnail for images
 * or an icon for the kind of file, and a tooltip with size and hash.
 * Thumbnails are made once, after setArtifacts(), one image after another
 * by a PreviewRenderer (a separate process with time and memory limits),
 * never from more than MaxImagePixels pixels, whatever a header claims.
 */
class ArtifactModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole,
        MediaTypeRole,
        SizeRole, ///< qint64 bytes
        Sha256Role,
        KindRole, ///< ArtifactModel::Kind
    };
    enum class Kind { Image, Table, Text, Binary };
    Q_ENUM(Kind)

    static constexpr int ThumbnailSize = 96;
    /// Larger images are not decoded (40 megapixels: 160 MB at 32 bits).
    static constexpr qint64 MaxImagePixels = 40 * 1000 * 1000;

    explicit ArtifactModel(QObject *parent = nullptr);
    ~ArtifactModel() override;

    void setArtifacts(const QList<ArtifactCollector::Artifact> &artifacts);
    QList<ArtifactCollector::Artifact> artifacts() const;
    /// @p row must be valid.
    const ArtifactCollector::Artifact &artifact(int row) const;
    Kind kind(int row) const;
    /// False when the row is no image or its image could not be read.
    bool hasThumbnail(int row) const;
    /// Why the row's image has no thumbnail; empty while it is made or when
    /// it has one.
    QString thumbnailProblem(int row) const;

    /// By suffix and media type; valid UTF-8 without NUL bytes is text.
    static Kind kindOf(const ArtifactCollector::Artifact &artifact);
    static bool isSvg(const ArtifactCollector::Artifact &artifact);
    /// Why an SVG written by a run must not be rendered; empty when it may.
    /// Qt SVG would load images an SVG refers to by path, which would let a
    /// run show the analyst files from the host: only data: and in-document
    /// references are allowed, and no entity declarations.
    static QString svgProblem(const QByteArray &content);
    /// Decodes a PNG or JPEG, scaled down to fit @p bounds when that is
    /// valid. A null image and @p error when the data is broken or too large.
    static QImage readImage(const QByteArray &data, const QSize &bounds, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The images' thumbnails, made in a helper process, are in place.
    void thumbnailsReady();

private:
    struct Entry
    {
        ArtifactCollector::Artifact artifact;
        Kind kind = Kind::Binary;
        QIcon icon;
        bool thumbnail = false;
        QString problem;
    };
    static QIcon iconFor(Kind kind);
    void nextThumbnail();

    QList<Entry> m_entries;
    PreviewRenderer *m_renderer;
    int m_thumbnailRow = -1;
};

} // namespace Airlock
