// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "artifactmodel.h"

#include <QApplication>
#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QPixmap>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStyle>
#include <QTextDocument>

#include <algorithm>

#include "quantitytext.h"
#include "terminaltext.h"

namespace Airlock {

namespace {
QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : name.mid(dot + 1).toLower();
}

bool isUtf8Text(const QByteArray &data)
{
    // The head decides; cut it on a character boundary.
    constexpr qsizetype Head = 1024 * 1024;
    qsizetype end = data.size();
    if (end > Head) {
        end = Head;
        while (end > 0 && (uchar(data.at(end)) & 0xC0) == 0x80)
            --end;
    }
    const QByteArrayView head(data.constData(), end);
    return !head.contains('\0') && head.isValidUtf8();
}
} // namespace

ArtifactModel::ArtifactModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_renderer(new PreviewRenderer(this))
{
    connect(m_renderer, &PreviewRenderer::rendered, this, [this](const QImage &thumbnail) {
        Entry &entry = m_entries[m_thumbnailRow];
        entry.icon = QIcon(QPixmap::fromImage(thumbnail));
        entry.thumbnail = true;
        Q_EMIT dataChanged(index(m_thumbnailRow), index(m_thumbnailRow), {Qt::DecorationRole});
        nextThumbnail();
    });
    connect(m_renderer, &PreviewRenderer::failed, this, [this](PreviewRenderer::Failure, const QString &detail) {
        m_entries[m_thumbnailRow].problem = detail;
        nextThumbnail();
    });
}

ArtifactModel::~ArtifactModel() = default;

void ArtifactModel::setArtifacts(const QList<ArtifactCollector::Artifact> &artifacts)
{
    m_renderer->cancel();
    QList<Entry> entries;
    entries.reserve(artifacts.size());
    for (const ArtifactCollector::Artifact &artifact : artifacts) {
        const Kind kind = kindOf(artifact);
        entries.append(Entry{artifact, kind, iconFor(kind), false, {}});
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    // Decoding and drawing a run's images is slow work for a hostile file:
    // done in a helper process, one image after another, shown when ready.
    m_thumbnailRow = -1;
    nextThumbnail();
}

void ArtifactModel::nextThumbnail()
{
    while (++m_thumbnailRow < m_entries.size()) {
        const Entry &entry = m_entries.at(m_thumbnailRow);
        if (entry.kind != Kind::Image)
            continue;
        // Twice the shown size, for high-density screens.
        m_renderer->start(entry.artifact.content, isSvg(entry.artifact), QSize(2 * ThumbnailSize, 2 * ThumbnailSize));
        return;
    }
    if (std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.kind == Kind::Image; }))
        Q_EMIT thumbnailsReady();
}

QList<ArtifactCollector::Artifact> ArtifactModel::artifacts() const
{
    QList<ArtifactCollector::Artifact> out;
    out.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        out.append(entry.artifact);
    return out;
}

const ArtifactCollector::Artifact &ArtifactModel::artifact(int row) const
{
    return m_entries.at(row).artifact;
}

ArtifactModel::Kind ArtifactModel::kind(int row) const
{
    return m_entries.at(row).kind;
}

bool ArtifactModel::hasThumbnail(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).thumbnail;
}

QString ArtifactModel::thumbnailProblem(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).problem : QString();
}

ArtifactModel::Kind ArtifactModel::kindOf(const ArtifactCollector::Artifact &artifact)
{
    static const QStringList imageSuffixes{
        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("svg")};
    static const QStringList imageTypes{
        QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/svg+xml")};
    static const QStringList tableSuffixes{QStringLiteral("csv"), QStringLiteral("tsv")};
    static const QStringList tableTypes{QStringLiteral("text/csv"), QStringLiteral("text/tab-separated-values")};
    static const QStringList textSuffixes{QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("md"),
        QStringLiteral("log"), QStringLiteral("py")};

    const QString suffix = suffixOf(artifact.name);
    if (imageSuffixes.contains(suffix))
        return Kind::Image;
    if (tableSuffixes.contains(suffix))
        return Kind::Table;
    if (textSuffixes.contains(suffix))
        return Kind::Text;
    if (imageTypes.contains(artifact.mediaType))
        return Kind::Image;
    if (tableTypes.contains(artifact.mediaType))
        return Kind::Table;
    if (isUtf8Text(artifact.content))
        return Kind::Text;
    return Kind::Binary;
}

bool ArtifactModel::isSvg(const ArtifactCollector::Artifact &artifact)
{
    return suffixOf(artifact.name) == QLatin1String("svg") || artifact.mediaType == QLatin1String("image/svg+xml");
}

QString ArtifactModel::svgProblem(const QByteArray &content)
{
    // Compressed or not UTF-8, it could hide what is checked below.
    if (content.startsWith("\x1f\x8b"))
        return tr("It is compressed (SVGZ).");
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(content);
    if (utf8.hasError() || content.startsWith("\xff\xfe") || content.startsWith("\xfe\xff"))
        return tr("It is not UTF-8 text.");
    if (content.contains("<!ENTITY"))
        return tr("It declares XML entities.");
    static const QRegularExpression href(
        QStringLiteral(R"re(href\s*=\s*["']\s*([^"'\s]*))re"), QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(content);
    for (auto it = href.globalMatch(text); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!target.startsWith(QLatin1Char('#')) && !target.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
            return tr("It refers to a file or address outside itself (%1).").arg(target.left(80));
    }
    // url(...) in styles can name outside resources too.
    static const QRegularExpression url(
        QStringLiteral(R"re(url\(\s*["']?\s*([^)"'\s]*))re"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!target.startsWith(QLatin1Char('#')) && !target.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
            return tr("It refers to a file or address outside itself (%1).").arg(target.left(80));
    }
    return {};
}

QImage ArtifactModel::readImage(const QByteArray &data, const QSize &bounds, QString *error)
{
    // A backstop for formats whose size is unknown before decoding: Qt's
    // decoders refuse to allocate more than this. 0 would mean no limit.
    constexpr int AllocationLimitMb = 256;
    if (QImageReader::allocationLimit() == 0 || QImageReader::allocationLimit() > AllocationLimitMb)
        QImageReader::setAllocationLimit(AllocationLimitMb);

    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QImage();
    };
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Only the two raster formats runs are expected to write: no exotic
    // decoder plugin ever sees a run's bytes.
    if (!reader.canRead() || (reader.format() != "png" && reader.format() != "jpeg"))
        return fail(tr("This is not a PNG or JPEG image, or it is damaged."));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxImagePixels)
        return fail(tr("The image is too large to show (%1 × %2 pixels).").arg(size.width()).arg(size.height()));
    if (size.isValid() && bounds.isValid() && (size.width() > bounds.width() || size.height() > bounds.height()))
        reader.setScaledSize(size.scaled(bounds, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return fail(tr("The image cannot be read: %1").arg(reader.errorString()));
    return image;
}

int ArtifactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ArtifactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const ArtifactCollector::Artifact &a = entry.artifact;
    switch (role) {
    case Qt::DisplayRole:
        return visibleText(a.name);
    case NameRole:
        return a.name;
    case Qt::ToolTipRole: {
        QStringList lines{
            visibleText(a.name), QuantityText::size(a.content.size()), tr("SHA-256: %1").arg(a.sha256)};
        if (!a.originalName.isEmpty() && a.originalName != a.name)
            lines.insert(1, tr("Written as “%1”").arg(visibleText(a.originalName)));
        // The original name is the run's choice: never read as rich text.
        return Qt::convertFromPlainText(lines.join(QLatin1Char('\n')), Qt::WhiteSpaceNormal);
    }
    case Qt::DecorationRole:
        return entry.icon;
    case MediaTypeRole:
        return a.mediaType;
    case SizeRole:
        return qint64(a.content.size());
    case Sha256Role:
        return a.sha256;
    case KindRole:
        return QVariant::fromValue(entry.kind);
    }
    return {};
}

QHash<int, QByteArray> ArtifactModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(MediaTypeRole, "mediaType");
    names.insert(SizeRole, "size");
    names.insert(Sha256Role, "sha256");
    names.insert(KindRole, "kind");
    return names;
}

QIcon ArtifactModel::iconFor(Kind kind)
{
    QString name;
    switch (kind) {
    case Kind::Image:
        name = QStringLiteral("image-x-generic");
        break;
    case Kind::Table:
        name = QStringLiteral("text-csv");
        break;
    case Kind::Text:
        name = QStringLiteral("text-x-generic");
        break;
    case Kind::Binary:
        name = QStringLiteral("application-octet-stream");
        break;
    }
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(QStyle::SP_FileIcon));
}

} // namespace Airlock
