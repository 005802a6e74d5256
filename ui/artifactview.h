// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QWidget>

#include "artifactcollector.h"
#include "artifactmodel.h"
#include "previewrenderer.h"

class QAbstractItemModel;
class QAction;
class QLabel;
class QListView;
class QPlainTextEdit;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Airlock {

class CsvModel;
class ImageCanvas;

/**
 * The files a run produced: a gallery on the left, the selected file on the
 * right with its name, size and SHA-256. Images (PNG, JPEG, SVG) in a
 * zoomable view that fits the window by default, rendered by a helper
 * process with time and memory limits (see PreviewRenderer), CSV as a sortable table,
 * text and JSON (pretty-printed) read-only, anything else as "no preview".
 * Every preview is capped, so a hostile file shows in part or as a message,
 * never by exhausting memory. "Save As…" writes a file's exact bytes.
 */
class ArtifactView : public QWidget
{
    Q_OBJECT
public:
    explicit ArtifactView(QWidget *parent = nullptr);
    ~ArtifactView() override;

    /// Selects the first image, or else the first file. Files of a run whose
    /// end is not in the audit trail (@p recorded false) are shown marked as
    /// such, for the analyst's judgement, and cannot be saved.
    void setArtifacts(const QList<ArtifactCollector::Artifact> &artifacts, bool recorded = true);
    bool isRecorded() const { return m_recorded; }
    void clear();
    ArtifactModel *model() const;

    /// -1 shows nothing.
    void selectArtifact(int row);
    int currentRow() const;
    /// Binary when nothing is shown.
    ArtifactModel::Kind currentKind() const;

    double zoomFactor() const;
    bool fitsToWindow() const;
    /// The sorting proxy over the shown CSV table.
    QAbstractItemModel *tableModel() const;
    /// The text shown for a text file, or the message shown instead of a
    /// preview; empty for images and tables.
    QString shownText() const;
    /// True while the shown image is being rendered.
    bool isRendering() const;
    /// The pixels shown for an image; null for anything else.
    QImage shownImage() const;

    /// Writes the bytes of @p row to @p path. Returns an error, empty on success.
    QString saveArtifact(int row, const QString &path);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void setFitToWindow(bool fit);
    void zoomToActualSize();
    /// Asks where to save the shown file and saves it.
    void saveCurrentAs();

Q_SIGNALS:
    void currentRowChanged(int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showArtifact(int row);
    void showImage(const ArtifactCollector::Artifact &artifact);
    void showRendered(const QImage &image, const QSize &natural);
    void showRenderFailure(PreviewRenderer::Failure failure, const QString &detail);
    void showTable(const ArtifactCollector::Artifact &artifact);
    void showText(const ArtifactCollector::Artifact &artifact);
    void showMessage(const QString &message);
    void showBanner(const QString &message);
    /// @p anchor: the point of the viewport that stays put; the centre when null.
    void setZoom(double zoom, QPointF anchor = {});
    void applyFit();
    void updateActions();
    void copySha256();

    ArtifactModel *m_model;
    CsvModel *m_csvModel;
    QSortFilterProxyModel *m_proxy;
    PreviewRenderer *m_renderer;

    QListView *m_gallery;
    QLabel *m_banner;
    QLabel *m_unrecordedNote;
    QWidget *m_infoBar;
    QLabel *m_nameLabel;
    QLabel *m_sizeLabel;
    QLabel *m_hashLabel;
    QToolButton *m_copyButton;
    QToolButton *m_saveButton;
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    QWidget *m_imagePage;
    QScrollArea *m_scrollArea;
    ImageCanvas *m_canvas;
    QLabel *m_zoomLabel;
    QWidget *m_tablePage;
    QLabel *m_tableNote;
    QTableView *m_table;
    QWidget *m_textPage;
    QLabel *m_textNote;
    QPlainTextEdit *m_text;
    QLabel *m_message;

    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_actualSizeAction;
    QAction *m_fitAction;
    QAction *m_saveAction;
    QAction *m_copyAction;

    int m_currentRow = -1;
    bool m_recorded = true;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace Airlock
