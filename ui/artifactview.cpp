// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "artifactview.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QListView>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

#include "apptheme.h"
#include "csvmodel.h"
#include "csvtable.h"
#include "outputfolder.h"
#include "quantitytext.h"
#include "terminaltext.h"

namespace Airlock {

namespace {
constexpr double MinZoom = 0.01;
constexpr double MaxZoom = 16.0;
constexpr double ZoomStep = 1.25;
constexpr qsizetype MaxTextBytes = 2 * 1024 * 1024;
constexpr qsizetype MaxCsvBytes = 32 * 1024 * 1024;
constexpr int MaxCsvRows = 10000;
const QString LastSaveFolderKey = QStringLiteral("ui/lastSaveFolder");

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // What a run wrote is never interpreted as rich text.
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// @p data cut to at most @p max bytes, on a UTF-8 character boundary.
QByteArrayView utf8Head(const QByteArray &data, qsizetype max)
{
    if (data.size() <= max)
        return data;
    qsizetype end = max;
    while (end > 0 && (uchar(data.at(end)) & 0xC0) == 0x80)
        --end;
    return QByteArrayView(data.constData(), end);
}
} // namespace

/// Draws a picture at a zoom factor; it is as large as the zoomed picture
/// and lives in a scroll area. Only the exposed part is drawn, always from
/// pixels rendered beforehand: an SVG is never drawn here from its source.
class ImageCanvas : public QWidget
{
public:
    explicit ImageCanvas(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("imageCanvas"));
    }

    /// @p natural: the picture's size at 100 %; an SVG's pixels may be more.
    /// @p vector: a drawing, which may be shown larger than its size.
    void setImage(const QImage &image, const QSize &natural, bool vector)
    {
        m_image = image;
        m_natural = natural.isEmpty() ? image.size() : natural;
        m_vector = vector;
        update();
    }
    void clear()
    {
        m_image = QImage();
        m_natural = QSize();
        m_vector = false;
    }
    bool isEmpty() const { return m_natural.isEmpty(); }
    bool isVector() const { return m_vector; }
    QSize naturalSize() const { return m_natural; }
    QImage image() const { return m_image; }
    void setZoom(double zoom)
    {
        m_zoom = zoom;
        resize(QSize(int(m_natural.width() * zoom), int(m_natural.height() * zoom)).expandedTo(QSize(1, 1)));
        update();
    }
    QSize sizeHint() const override { return size(); }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (m_image.isNull())
            return;
        QPainter painter(this);
        // Screen pixels per image pixel.
        const double scale = m_zoom * m_natural.width() / m_image.width();
        // Pixels stay crisp when magnified, smooth when shrunk.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_vector || scale < 2.0);
        const QRectF exposed = event->rect();
        const QRectF source = QRectF(exposed.topLeft() / scale, exposed.size() / scale).intersected(m_image.rect());
        painter.drawImage(QRectF(source.topLeft() * scale, source.size() * scale), m_image, source);
    }

private:
    QImage m_image;
    QSize m_natural;
    bool m_vector = false;
    double m_zoom = 1.0;
};

/// Numbers sort numerically and before text, so a mixed column keeps one order.
class CsvSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        const bool aIsNumber = a.typeId() == QMetaType::Double;
        const bool bIsNumber = b.typeId() == QMetaType::Double;
        if (aIsNumber && bIsNumber)
            return a.toDouble() < b.toDouble();
        if (aIsNumber != bIsNumber)
            return aIsNumber;
        return a.toString().localeAwareCompare(b.toString()) < 0;
    }
};

ArtifactView::ArtifactView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArtifactModel(this))
    , m_csvModel(new CsvModel(this))
    , m_proxy(new CsvSortProxy(this))
    , m_renderer(new PreviewRenderer(this))
{
    setObjectName(QStringLiteral("artifactView"));
    m_proxy->setObjectName(QStringLiteral("csvProxy"));
    m_proxy->setSourceModel(m_csvModel);
    m_proxy->setSortRole(CsvModel::SortRole);

    // The actions: their shortcuts work wherever the focus is inside the view.
    const auto makeAction = [this](const QString &objectName, const QString &icon, const QString &text) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(objectName);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_zoomInAction = makeAction(QStringLiteral("zoomInAction"), QStringLiteral("zoom-in"), tr("Zoom &In"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = makeAction(QStringLiteral("zoomOutAction"), QStringLiteral("zoom-out"), tr("Zoom &Out"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_actualSizeAction
        = makeAction(QStringLiteral("actualSizeAction"), QStringLiteral("zoom-original"), tr("&Actual Size (100 %)"));
    m_fitAction = makeAction(QStringLiteral("fitAction"), QStringLiteral("zoom-fit-best"), tr("&Fit to Window"));
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction->setCheckable(true);
    m_saveAction = makeAction(QStringLiteral("saveAsAction"), QStringLiteral("document-save-as"), tr("&Save As…"));
    m_saveAction->setShortcut(QKeySequence::SaveAs);
    m_copyAction = makeAction(QStringLiteral("copySha256Action"), QStringLiteral("edit-copy"), tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy the SHA-256 to the clipboard"));
    for (QAction *action : {m_zoomInAction, m_zoomOutAction, m_actualSizeAction, m_fitAction, m_saveAction}) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(m_zoomInAction, &QAction::triggered, this, &ArtifactView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &ArtifactView::zoomOut);
    connect(m_actualSizeAction, &QAction::triggered, this, &ArtifactView::zoomToActualSize);
    connect(m_fitAction, &QAction::triggered, this, &ArtifactView::setFitToWindow);
    connect(m_saveAction, &QAction::triggered, this, &ArtifactView::saveCurrentAs);
    connect(m_copyAction, &QAction::triggered, this, &ArtifactView::copySha256);

    const auto makeButton = [this](QAction *action, const QString &objectName, Qt::ToolButtonStyle style) {
        auto *button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setDefaultAction(action);
        button->setToolButtonStyle(style);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        return button;
    };

    // Left: the gallery.
    m_gallery = new QListView(this);
    m_gallery->setObjectName(QStringLiteral("artifactGallery"));
    m_gallery->setAccessibleName(tr("Files"));
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setIconSize(QSize(ArtifactModel::ThumbnailSize, ArtifactModel::ThumbnailSize));
    m_gallery->setGridSize(QSize(ArtifactModel::ThumbnailSize + 40, ArtifactModel::ThumbnailSize + 40));
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setWordWrap(true);
    m_gallery->setTextElideMode(Qt::ElideMiddle);
    m_gallery->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gallery->setMinimumWidth(ArtifactModel::ThumbnailSize + 60);
    m_gallery->setModel(m_model);
    connect(m_gallery->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { showArtifact(current.isValid() ? current.row() : -1); });

    // Right, on top: errors, then what the file is.
    auto *right = new QWidget(this);
    right->setObjectName(QStringLiteral("artifactPane"));
    m_banner = plainLabel(QStringLiteral("errorBanner"), right);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAccessibleName(tr("Error"));
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(6);
    m_banner->setPalette(AppTheme::alertPalette(palette()));
    m_banner->hide();
    // Stays while the files are shown: they are not evidence, and not the analyst's to keep.
    m_unrecordedNote = plainLabel(QStringLiteral("unrecordedNote"), right);
    m_unrecordedNote->setWordWrap(true);
    m_unrecordedNote->setAutoFillBackground(true);
    m_unrecordedNote->setMargin(6);
    m_unrecordedNote->setPalette(m_banner->palette());
    m_unrecordedNote->setText(tr("Not recorded: the audit trail could not take this run's end, so these files are "
                                 "not in it. They are shown for your judgement only and cannot be saved."));
    m_unrecordedNote->hide();

    m_infoBar = new QWidget(right);
    m_infoBar->setObjectName(QStringLiteral("infoBar"));
    m_nameLabel = plainLabel(QStringLiteral("nameLabel"), m_infoBar);
    QFont bold = m_nameLabel->font();
    bold.setBold(true);
    m_nameLabel->setFont(bold);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sizeLabel = plainLabel(QStringLiteral("sizeLabel"), m_infoBar);
    auto *hashCaption = plainLabel(QStringLiteral("sha256Caption"), m_infoBar);
    hashCaption->setText(tr("SHA-256:"));
    m_hashLabel = plainLabel(QStringLiteral("sha256Label"), m_infoBar);
    m_hashLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hashLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hashLabel->setAccessibleName(tr("SHA-256"));
    hashCaption->setBuddy(m_hashLabel);
    m_copyButton = makeButton(m_copyAction, QStringLiteral("copySha256Button"), Qt::ToolButtonTextBesideIcon);
    m_copyButton->setAccessibleName(tr("Copy SHA-256"));
    m_saveButton = makeButton(m_saveAction, QStringLiteral("saveAsButton"), Qt::ToolButtonTextBesideIcon);
    auto *infoLayout = new QGridLayout(m_infoBar);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(m_nameLabel, 0, 0, 1, 3);
    infoLayout->addWidget(m_saveButton, 0, 3);
    infoLayout->addWidget(m_sizeLabel, 1, 0, 1, 4);
    infoLayout->addWidget(hashCaption, 2, 0);
    infoLayout->addWidget(m_hashLabel, 2, 1);
    infoLayout->addWidget(m_copyButton, 2, 2);
    infoLayout->setColumnStretch(1, 1);

    // The previews, one page each.
    m_stack = new QStackedWidget(right);
    m_stack->setObjectName(QStringLiteral("artifactStack"));

    QLabel *emptyLabel = plainLabel(QStringLiteral("emptyPage"), m_stack);
    emptyLabel->setText(tr("No files to show."));
    emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyPage = emptyLabel;
    m_stack->addWidget(m_emptyPage);

    m_imagePage = new QWidget(m_stack);
    m_imagePage->setObjectName(QStringLiteral("imagePage"));
    auto *zoomOutButton = makeButton(m_zoomOutAction, QStringLiteral("zoomOutButton"), Qt::ToolButtonIconOnly);
    auto *zoomInButton = makeButton(m_zoomInAction, QStringLiteral("zoomInButton"), Qt::ToolButtonIconOnly);
    auto *actualSizeButton = makeButton(m_actualSizeAction, QStringLiteral("actualSizeButton"), Qt::ToolButtonIconOnly);
    auto *fitButton = makeButton(m_fitAction, QStringLiteral("fitButton"), Qt::ToolButtonIconOnly);
    m_zoomLabel = plainLabel(QStringLiteral("zoomLabel"), m_imagePage);
    m_scrollArea = new QScrollArea(m_imagePage);
    m_scrollArea->setObjectName(QStringLiteral("imageScrollArea"));
    m_scrollArea->setAccessibleName(tr("Image"));
    m_scrollArea->setAlignment(Qt::AlignCenter);
    m_scrollArea->setWidgetResizable(false);
    m_canvas = new ImageCanvas(m_scrollArea);
    m_scrollArea->setWidget(m_canvas);
    m_scrollArea->viewport()->installEventFilter(this);
    auto *zoomBar = new QHBoxLayout;
    zoomBar->addWidget(zoomOutButton);
    zoomBar->addWidget(zoomInButton);
    zoomBar->addWidget(actualSizeButton);
    zoomBar->addWidget(fitButton);
    zoomBar->addWidget(m_zoomLabel);
    zoomBar->addStretch();
    auto *imageLayout = new QVBoxLayout(m_imagePage);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->addLayout(zoomBar);
    imageLayout->addWidget(m_scrollArea, 1);
    m_stack->addWidget(m_imagePage);

    m_tablePage = new QWidget(m_stack);
    m_tablePage->setObjectName(QStringLiteral("tablePage"));
    m_tableNote = plainLabel(QStringLiteral("tableNote"), m_tablePage);
    m_tableNote->setWordWrap(true);
    m_table = new QTableView(m_tablePage);
    m_table->setObjectName(QStringLiteral("csvTable"));
    m_table->setAccessibleName(tr("Table"));
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The file's own order until a column is chosen.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    auto *tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tableNote);
    tableLayout->addWidget(m_table, 1);
    m_stack->addWidget(m_tablePage);

    m_textPage = new QWidget(m_stack);
    m_textPage->setObjectName(QStringLiteral("textPage"));
    m_textNote = plainLabel(QStringLiteral("textNote"), m_textPage);
    m_textNote->setWordWrap(true);
    m_text = new QPlainTextEdit(m_textPage);
    m_text->setObjectName(QStringLiteral("textView"));
    m_text->setAccessibleName(tr("File contents"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *textLayout = new QVBoxLayout(m_textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_textNote);
    textLayout->addWidget(m_text, 1);
    m_stack->addWidget(m_textPage);

    m_message = plainLabel(QStringLiteral("messageLabel"), m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Preview"));
    m_stack->addWidget(m_message);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_unrecordedNote);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_infoBar);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("artifactSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_gallery);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({2 * ArtifactModel::ThumbnailSize + 100, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_gallery, m_hashLabel);
    setTabOrder(m_hashLabel, m_copyButton);
    setTabOrder(m_copyButton, m_saveButton);
    setTabOrder(m_saveButton, zoomOutButton);
    setTabOrder(zoomOutButton, zoomInButton);
    setTabOrder(zoomInButton, actualSizeButton);
    setTabOrder(actualSizeButton, fitButton);
    setTabOrder(fitButton, m_scrollArea);
    setTabOrder(m_scrollArea, m_table);
    setTabOrder(m_table, m_text);
    setTabOrder(m_text, m_message);

    m_renderer->setObjectName(QStringLiteral("previewRenderer"));
    connect(m_renderer, &PreviewRenderer::rendered, this, &ArtifactView::showRendered);
    connect(m_renderer, &PreviewRenderer::failed, this, &ArtifactView::showRenderFailure);

    showArtifact(-1);
}

ArtifactView::~ArtifactView() = default;

void ArtifactView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        m_banner->setPalette(AppTheme::alertPalette(QGuiApplication::palette()));
    QWidget::changeEvent(event);
}

void ArtifactView::setArtifacts(const QList<ArtifactCollector::Artifact> &artifacts, bool recorded)
{
    m_currentRow = -1;
    m_recorded = recorded;
    m_unrecordedNote->setVisible(!recorded && !artifacts.isEmpty());
    m_model->setArtifacts(artifacts);
    int first = artifacts.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->kind(row) == ArtifactModel::Kind::Image) {
            first = row;
            break;
        }
    }
    selectArtifact(first);
}

void ArtifactView::clear()
{
    setArtifacts({});
}

ArtifactModel *ArtifactView::model() const
{
    return m_model;
}

void ArtifactView::selectArtifact(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_gallery->selectionModel()->clear();
        row = -1;
    } else {
        m_gallery->setCurrentIndex(m_model->index(row));
    }
    // After a reset the selection model may not report the change.
    if (row != m_currentRow || row == -1)
        showArtifact(row);
}

int ArtifactView::currentRow() const
{
    return m_currentRow;
}

ArtifactModel::Kind ArtifactView::currentKind() const
{
    return m_currentRow < 0 ? ArtifactModel::Kind::Binary : m_model->kind(m_currentRow);
}

double ArtifactView::zoomFactor() const
{
    return m_zoom;
}

bool ArtifactView::fitsToWindow() const
{
    return m_fit;
}

QAbstractItemModel *ArtifactView::tableModel() const
{
    return m_proxy;
}

QString ArtifactView::shownText() const
{
    if (m_stack->currentWidget() == m_textPage)
        return m_text->toPlainText();
    if (m_stack->currentWidget() == m_message)
        return m_message->text();
    return {};
}

QImage ArtifactView::shownImage() const
{
    return m_stack->currentWidget() == m_imagePage ? m_canvas->image() : QImage();
}

QString ArtifactView::saveArtifact(int row, const QString &path)
{
    if (row < 0 || row >= m_model->rowCount())
        return tr("There is no file to save.");
    // Record, then deliver: what the trail does not hold leaves nowhere.
    if (!m_recorded)
        return tr("“%1” is not recorded in the audit trail, so it cannot be saved.")
            .arg(visibleText(m_model->artifact(row).name));
    const QByteArray &content = m_model->artifact(row).content;
    // The bytes are the sandboxed code's: never written through a link or
    // into a folder someone else could redirect them in.
    QString error;
    const QFileInfo target(path);
    const std::unique_ptr<OutputFolder> folder = OutputFolder::open(target.absolutePath(), &error);
    if (!folder || !folder->write(target.fileName(), content, &error))
        return tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), error);
    return {};
}

void ArtifactView::saveCurrentAs()
{
    if (m_currentRow < 0 || !m_recorded)
        return;
    QSettings settings;
    QString folder = settings.value(LastSaveFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_model->artifact(m_currentRow).name;
    // A file the run wrote in a folder ("figures/a.png") is offered by its own name.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save “%1” As").arg(name), QDir(folder).filePath(QFileInfo(name).fileName()));
    if (path.isEmpty())
        return;
    const QString error = saveArtifact(m_currentRow, path);
    if (!error.isEmpty()) {
        showBanner(error);
        return;
    }
    m_banner->hide();
    settings.setValue(LastSaveFolderKey, QFileInfo(path).absolutePath());
}

void ArtifactView::zoomIn()
{
    m_fit = false;
    setZoom(m_zoom * ZoomStep);
}

void ArtifactView::zoomOut()
{
    m_fit = false;
    setZoom(m_zoom / ZoomStep);
}

void ArtifactView::zoomToActualSize()
{
    m_fit = false;
    setZoom(1.0);
}

void ArtifactView::setFitToWindow(bool fit)
{
    m_fit = fit;
    if (fit)
        applyFit();
    updateActions();
}

bool ArtifactView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scrollArea->viewport()) {
        if (event->type() == QEvent::Wheel) {
            const auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers() & Qt::ControlModifier && !m_canvas->isEmpty()) {
                const double steps = wheel->angleDelta().y() / 120.0;
                if (steps != 0) {
                    m_fit = false;
                    setZoom(m_zoom * std::pow(ZoomStep, steps), wheel->position());
                }
                return true;
            }
        } else if (event->type() == QEvent::Resize && m_fit) {
            applyFit();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArtifactView::showArtifact(int row)
{
    m_currentRow = row;
    m_renderer->cancel();
    m_banner->hide();
    // Drop the previous preview's memory.
    m_canvas->clear();
    m_canvas->resize(1, 1);
    m_csvModel->setTable({});
    m_text->clear();
    m_tableNote->hide();
    m_textNote->hide();

    if (row < 0 || row >= m_model->rowCount()) {
        m_currentRow = -1;
        m_infoBar->hide();
        m_stack->setCurrentWidget(m_emptyPage);
        updateActions();
        Q_EMIT currentRowChanged(-1);
        return;
    }

    const ArtifactCollector::Artifact &artifact = m_model->artifact(row);
    const QLocale locale;
    m_infoBar->show();
    m_nameLabel->setText(visibleText(artifact.name));
    m_nameLabel->setToolTip(artifact.originalName.isEmpty() || artifact.originalName == artifact.name
            ? QString()
            : Qt::convertFromPlainText(
                tr("Written as “%1”").arg(visibleText(artifact.originalName)), Qt::WhiteSpaceNormal));
    // The exact count too, where the short form rounds it.
    const qint64 bytes = artifact.content.size();
    m_sizeLabel->setText(bytes < 1024 ? tr("%1 · %2").arg(QuantityText::size(bytes), artifact.mediaType)
                                      : tr("%1 (%2 bytes) · %3")
                                            .arg(QuantityText::size(bytes), locale.toString(bytes), artifact.mediaType));
    m_hashLabel->setText(artifact.sha256);

    switch (m_model->kind(row)) {
    case ArtifactModel::Kind::Image:
        showImage(artifact);
        break;
    case ArtifactModel::Kind::Table:
        showTable(artifact);
        break;
    case ArtifactModel::Kind::Text:
        showText(artifact);
        break;
    case ArtifactModel::Kind::Binary:
        showMessage(tr("No preview for this kind of file.\n%1, SHA-256 %2")
                        .arg(QuantityText::size(artifact.content.size()), artifact.sha256));
        break;
    }
    updateActions();
    Q_EMIT currentRowChanged(row);
}

void ArtifactView::showImage(const ArtifactCollector::Artifact &artifact)
{
    // Drawn in a helper process with time and memory limits; the GUI only
    // ever gets pixels, and goes on answering meanwhile.
    showMessage(tr("Rendering “%1”…").arg(artifact.name));
    m_renderer->start(artifact.content, ArtifactModel::isSvg(artifact));
}

bool ArtifactView::isRendering() const
{
    return m_renderer->isRunning();
}

void ArtifactView::showRendered(const QImage &image, const QSize &natural)
{
    if (m_currentRow < 0)
        return;
    m_canvas->setImage(image, natural, ArtifactModel::isSvg(m_model->artifact(m_currentRow)));
    m_stack->setCurrentWidget(m_imagePage);
    // A new image starts fitted to the window.
    m_fit = true;
    m_zoom = 1.0;
    m_canvas->setZoom(m_zoom);
    applyFit();
    updateActions();
}

void ArtifactView::showRenderFailure(PreviewRenderer::Failure failure, const QString &detail)
{
    if (m_currentRow < 0)
        return;
    const QString name = m_model->artifact(m_currentRow).name;
    switch (failure) {
    case PreviewRenderer::Failure::Refused:
        showMessage(tr("“%1” is not shown: %2 Save it to inspect it.").arg(name, detail));
        break;
    case PreviewRenderer::Failure::TooComplex:
        showMessage(tr("“%1” not rendered: too complex. %2 Save it to inspect it.").arg(name, detail));
        break;
    case PreviewRenderer::Failure::TimedOut:
        showMessage(tr("“%1” not rendered: it takes too long. %2 Save it to inspect it.").arg(name, detail));
        break;
    case PreviewRenderer::Failure::Unreadable:
    case PreviewRenderer::Failure::Crashed:
        showMessage(tr("“%1” cannot be shown.\n%2").arg(name, detail));
        break;
    }
    updateActions();
}

void ArtifactView::showTable(const ArtifactCollector::Artifact &artifact)
{
    // Parse a bounded head, cut after its last whole line.
    QByteArrayView head(artifact.content);
    const bool cut = head.size() > MaxCsvBytes;
    if (cut) {
        head = head.first(MaxCsvBytes);
        if (const qsizetype lastBreak = head.lastIndexOf('\n'); lastBreak >= 0)
            head = head.first(lastBreak + 1);
    }
    CsvTable table = CsvTable::parse(QByteArray::fromRawData(head.constData(), head.size()), MaxCsvRows);
    table.truncated = table.truncated || cut;

    m_proxy->sort(-1);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_csvModel->setTable(table);
    // Sizing to contents reads every cell: only for narrow tables.
    if (m_csvModel->columnCount() <= 50) {
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_csvModel->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 400));
    }
    if (table.header.isEmpty()) {
        m_tableNote->setText(tr("The file is empty."));
        m_tableNote->show();
    } else if (table.truncated) {
        m_tableNote->setText(
            tr("Only part of the file is shown: the first %n row(s), at most %1 columns and %2 bytes a cell.", nullptr,
                int(table.rows.size()))
                .arg(CsvTable::MaxColumns)
                .arg(CsvTable::MaxFieldBytes));
        m_tableNote->show();
    }
    m_stack->setCurrentWidget(m_tablePage);
}

void ArtifactView::showText(const ArtifactCollector::Artifact &artifact)
{
    const QByteArray &content = artifact.content;
    const bool json = artifact.name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || artifact.mediaType == QLatin1String("application/json");
    QString text;
    QString note;
    if (json && content.size() <= MaxTextBytes) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(content, &error);
        if (error.error == QJsonParseError::NoError)
            text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        else
            note = tr("This is not valid JSON (%1 at byte %2); it is shown as it is.")
                       .arg(error.errorString())
                       .arg(error.offset);
    }
    if (text.isNull()) {
        const QByteArrayView head = utf8Head(content, MaxTextBytes);
        text = QString::fromUtf8(head);
        if (head.size() < content.size())
            note = tr("Only the first %1 of %2 are shown.")
                       .arg(QuantityText::size(head.size()), QuantityText::size(content.size()));
    }
    // A NUL would cut the text short in some places; show it as a replacement.
    text.replace(QChar(QChar::Null), QChar(QChar::ReplacementCharacter));
    m_text->setPlainText(text);
    if (!note.isEmpty()) {
        m_textNote->setText(note);
        m_textNote->show();
    }
    m_stack->setCurrentWidget(m_textPage);
}

void ArtifactView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void ArtifactView::showBanner(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

void ArtifactView::setZoom(double zoom, QPointF anchor)
{
    if (m_canvas->isEmpty())
        return;
    zoom = qBound(MinZoom, zoom, MaxZoom);
    QWidget *viewport = m_scrollArea->viewport();
    if (anchor.isNull())
        anchor = QRectF(viewport->rect()).center();
    // Keep the picture's point under the anchor where it is.
    const QPointF picturePoint = (anchor - QPointF(m_canvas->pos())) / m_zoom;
    m_zoom = zoom;
    m_canvas->setZoom(zoom);
    m_scrollArea->horizontalScrollBar()->setValue(qRound(picturePoint.x() * zoom - anchor.x()));
    m_scrollArea->verticalScrollBar()->setValue(qRound(picturePoint.y() * zoom - anchor.y()));
    updateActions();
}

void ArtifactView::applyFit()
{
    if (m_canvas->isEmpty())
        return;
    const QSize available = m_scrollArea->maximumViewportSize();
    const QSize natural = m_canvas->naturalSize();
    double zoom = qMin(double(available.width()) / natural.width(), double(available.height()) / natural.height());
    // Raster images are not blown up past their pixels; drawings may grow.
    if (!m_canvas->isVector())
        zoom = qMin(zoom, 1.0);
    m_zoom = qBound(MinZoom, zoom, MaxZoom);
    m_canvas->setZoom(m_zoom);
    updateActions();
}

void ArtifactView::updateActions()
{
    const bool image = m_stack->currentWidget() == m_imagePage && !m_canvas->isEmpty();
    m_zoomInAction->setEnabled(image && m_zoom < MaxZoom);
    m_zoomOutAction->setEnabled(image && m_zoom > MinZoom);
    m_actualSizeAction->setEnabled(image);
    m_fitAction->setEnabled(image);
    m_fitAction->setChecked(m_fit);
    m_zoomLabel->setText(image ? QLocale().toString(m_zoom * 100, 'f', 0) + QStringLiteral(" %") : QString());
    m_saveAction->setEnabled(m_currentRow >= 0 && m_recorded);
    m_copyAction->setEnabled(m_currentRow >= 0);
}

void ArtifactView::copySha256()
{
    if (m_currentRow >= 0)
        QGuiApplication::clipboard()->setText(m_model->artifact(m_currentRow).sha256);
}

} // namespace Airlock
