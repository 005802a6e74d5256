// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <QtEndian>

#include "artifactmodel.h"
#include "artifactview.h"
#include "csvmodel.h"
#include "csvtable.h"
#include "previewrenderer.h"

using Airlock::ArtifactCollector;
using Airlock::ArtifactModel;
using Airlock::ArtifactView;
using Airlock::CsvModel;
using Airlock::CsvTable;
using Kind = ArtifactModel::Kind;

namespace {
ArtifactCollector::Artifact artifact(const QString &name, const QByteArray &content, const QString &mediaType = {})
{
    ArtifactCollector::Artifact a;
    a.name = name;
    a.content = content;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.mediaType = mediaType;
    return a;
}

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height / 2, Qt::blue);
    painter.end();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

QByteArray svg()
{
    return QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" viewBox=\"0 0 100 "
                             "50\"><rect x=\"10\" y=\"10\" width=\"80\" height=\"30\" fill=\"red\"/></svg>");
}

/// A line chart as plotting libraries write it: a frame, text, a line, and
/// a marker drawn with <use> at each of its points.
QByteArray chartSvg()
{
    QByteArray points;
    QByteArray markers;
    for (int i = 0; i < 200; ++i) {
        const QByteArray x = QByteArray::number(40 + i * 2);
        const QByteArray y = QByteArray::number(200 - (i * 7) % 150);
        points += x + ',' + y + ' ';
        markers += "<use xlink:href=\"#m\" x=\"" + x + "\" y=\"" + y + "\"/>";
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"480\" "
           "height=\"240\" viewBox=\"0 0 480 240\"><defs><circle id=\"m\" r=\"2\" fill=\"blue\"/></defs>"
           "<rect width=\"480\" height=\"240\" fill=\"white\"/><text x=\"10\" y=\"20\">Revenue</text>"
           "<polyline fill=\"none\" stroke=\"red\" stroke-width=\"4\" points=\""
        + points + "\"/>" + markers + "</svg>";
}

/// 2.4 KB that ask for 10^10 shapes: ten levels of <use>, each drawing the
/// level below ten times.
QByteArray useBomb()
{
    QByteArray levels = "<rect id=\"l0\" width=\"1\" height=\"1\"/>";
    for (int level = 1; level <= 10; ++level) {
        levels += "<g id=\"l" + QByteArray::number(level) + "\">";
        for (int i = 0; i < 10; ++i)
            levels += "<use href=\"#l" + QByteArray::number(level - 1) + "\"/>";
        levels += "</g>";
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\"><defs>" + levels
        + "</defs><use href=\"#l10\"/></svg>";
}

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= uchar(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &payload)
{
    QByteArray chunk(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), chunk.data());
    const QByteArray body = type + payload;
    chunk += body;
    QByteArray crc(4, Qt::Uninitialized);
    qToBigEndian<quint32>(crc32(body), crc.data());
    return chunk + crc;
}

/// A valid PNG header claiming 30000 × 30000 pixels (3.6 GB decoded), with
/// a few bytes of image data.
QByteArray hugePng()
{
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(30000, header.data());
    qToBigEndian<quint32>(30000, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 6; // RGBA
    const QByteArray row(1 + 30000 * 4, '\0');
    const QByteArray zlib = qCompress(row).mid(4); // without Qt's size prefix
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", {});
}

QStringList column(const QAbstractItemModel *model, int col)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, col).data().toString();
    return out;
}
} // namespace

class TestArtifactView : public QObject
{
    Q_OBJECT
private:
    template<typename T> static T *child(const QWidget &view, const char *name)
    {
        return view.findChild<T *>(QLatin1String(name));
    }
    static QWidget *shownPage(const ArtifactView &view)
    {
        return child<QStackedWidget>(view, "artifactStack")->currentWidget();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Kind>("kind");
        const QByteArray binary("\x00\x01\x02\xff\xfe", 5);
        QTest::addRow("png") << QStringLiteral("chart.png") << QStringLiteral("image/png") << png(4, 4) << Kind::Image;
        QTest::addRow("jpeg suffix") << QStringLiteral("photo.JPEG") << QString() << binary << Kind::Image;
        QTest::addRow("svg") << QStringLiteral("plot.svg") << QString() << svg() << Kind::Image;
        QTest::addRow("png by type") << QStringLiteral("out") << QStringLiteral("image/png") << binary << Kind::Image;
        QTest::addRow("csv") << QStringLiteral("data.csv") << QString() << QByteArray("a,b\n") << Kind::Table;
        QTest::addRow("tsv") << QStringLiteral("data.tsv") << QString() << QByteArray("a\tb\n") << Kind::Table;
        QTest::addRow("csv by type") << QStringLiteral("data") << QStringLiteral("text/csv") << QByteArray("a")
                                     << Kind::Table;
        QTest::addRow("json") << QStringLiteral("r.json") << QString() << QByteArray("{}") << Kind::Text;
        QTest::addRow("markdown") << QStringLiteral("README.md") << QString() << QByteArray("# x") << Kind::Text;
        QTest::addRow("log") << QStringLiteral("run.log") << QString() << binary << Kind::Text;
        QTest::addRow("python") << QStringLiteral("a.py") << QString() << QByteArray("x = 1") << Kind::Text;
        QTest::addRow("utf8 otherwise") << QStringLiteral("notes.dat") << QString() << QByteArray("Grüße, 温度 21 °C\n")
                                        << Kind::Text;
        QTest::addRow("binary") << QStringLiteral("blob.bin") << QStringLiteral("application/octet-stream") << binary
                                << Kind::Binary;
        QTest::addRow("gif is no image here") << QStringLiteral("a.gif") << QStringLiteral("image/gif")
                                              << QByteArray("GIF89a\x01\x00\x01\x00\x80\x00", 12) << Kind::Binary;
    }

    void kinds()
    {
        QFETCH(QString, name);
        QFETCH(QString, mediaType);
        QFETCH(QByteArray, content);
        QFETCH(Kind, kind);
        QCOMPARE(ArtifactModel::kindOf(artifact(name, content, mediaType)), kind);
    }

    void artifactModel()
    {
        ArtifactModel model;
        QAbstractItemModelTester tester(&model);
        const QList<ArtifactCollector::Artifact> artifacts{artifact(QStringLiteral("chart.png"), png(300, 200)),
            artifact(QStringLiteral("plot.svg"), svg()), artifact(QStringLiteral("data.csv"), "a,b\n1,2\n"),
            artifact(QStringLiteral("blob.bin"), QByteArray("\0\1\2", 3))};
        model.setArtifacts(artifacts);
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(), QStringLiteral("chart.png"));
        QCOMPARE(first.data(ArtifactModel::NameRole).toString(), QStringLiteral("chart.png"));
        QCOMPARE(first.data(ArtifactModel::SizeRole).toLongLong(), artifacts.at(0).content.size());
        QCOMPARE(first.data(ArtifactModel::Sha256Role).toString(), artifacts.at(0).sha256);
        QCOMPARE(first.data(ArtifactModel::KindRole).value<Kind>(), Kind::Image);
        QCOMPARE(model.index(2).data(ArtifactModel::KindRole).value<Kind>(), Kind::Table);
        QCOMPARE(model.index(3).data(ArtifactModel::KindRole).value<Kind>(), Kind::Binary);
        const QString tip = first.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QLatin1String("chart.png")));
        QVERIFY(tip.contains(artifacts.at(0).sha256));
        QTRY_VERIFY(model.hasThumbnail(0)); // made in the helper process
        QTRY_VERIFY(model.hasThumbnail(1));
        QVERIFY(!model.hasThumbnail(2));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row).data(Qt::DecorationRole).value<QIcon>().isNull());
        // The thumbnail is small whatever the image's size.
        const QList<QSize> sizes = first.data(Qt::DecorationRole).value<QIcon>().availableSizes();
        QVERIFY(!sizes.isEmpty());
        QVERIFY(sizes.constFirst().width() <= 2 * ArtifactModel::ThumbnailSize);

        model.setArtifacts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void csvModelSortsNumbersNumerically()
    {
        CsvModel model;
        QAbstractItemModelTester tester(&model);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy);
        proxy.setSourceModel(&model);
        proxy.setSortRole(CsvModel::SortRole);
        model.setTable(CsvTable::parse("n,name\n10,ten\n9,nine\n100,hundred\n-1.5,minus\n"));
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("n"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
        QCOMPARE(model.index(0, 0).data(CsvModel::SortRole).typeId(), QMetaType::Double);
        QCOMPARE(model.index(0, 1).data(CsvModel::SortRole).typeId(), QMetaType::QString);
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(column(&proxy, 0),
            (QStringList{QStringLiteral("-1.5"), QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100")}));
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(column(&proxy, 1).constFirst(), QStringLiteral("hundred"));

        // Ragged rows widen the table; missing cells are empty.
        model.setTable(CsvTable::parse("a\n1,2,3\n4\n"));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Column 3"));
        QCOMPARE(model.index(1, 2).data().toString(), QString());
        model.setTable({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void showsTheFirstImageFittedAndZooms()
    {
        ArtifactView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setArtifacts({artifact(QStringLiteral("data.csv"), "a\n1\n"),
            artifact(QStringLiteral("big.png"), png(2000, 1500)), artifact(QStringLiteral("small.png"), png(10, 10))});
        QCOMPARE(view.currentRow(), 1);
        QCOMPARE(view.currentKind(), Kind::Image);
        QTRY_VERIFY(!view.isRendering()); // in the helper process
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("imagePage"));
        QCOMPARE(child<QLabel>(view, "nameLabel")->text(), QStringLiteral("big.png"));
        QCOMPARE(child<QLabel>(view, "sha256Label")->text(), view.model()->artifact(1).sha256);

        QVERIFY(view.fitsToWindow());
        const double fitted = view.zoomFactor();
        QVERIFY2(fitted > 0.05 && fitted < 1.0, qPrintable(QString::number(fitted)));
        auto *scrollArea = child<QScrollArea>(view, "imageScrollArea");
        QVERIFY(scrollArea->widget()->width() <= scrollArea->maximumViewportSize().width());
        QVERIFY(scrollArea->widget()->height() <= scrollArea->maximumViewportSize().height());

        view.zoomIn();
        QVERIFY(!view.fitsToWindow());
        QCOMPARE(view.zoomFactor(), fitted * 1.25);
        view.zoomOut();
        view.zoomOut();
        QCOMPARE(view.zoomFactor(), fitted / 1.25);
        view.zoomToActualSize();
        QCOMPARE(view.zoomFactor(), 1.0);
        QCOMPARE(scrollArea->widget()->size(), QSize(2000, 1500));
        view.setFitToWindow(true);
        QVERIFY(view.fitsToWindow());
        QCOMPARE(view.zoomFactor(), fitted);

        // Ctrl + wheel zooms; the wheel alone scrolls.
        QWidget *viewport = scrollArea->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent zoomWheel(
            at, viewport->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &zoomWheel);
        QCOMPARE(view.zoomFactor(), fitted * 1.25);
        QVERIFY(!view.fitsToWindow());
        QWheelEvent plainWheel(
            at, viewport->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &plainWheel);
        QCOMPARE(view.zoomFactor(), fitted * 1.25);

        // A small image fits at 100 %: it is not blown up.
        view.selectArtifact(2);
        QTRY_VERIFY(!view.isRendering());
        QVERIFY(view.fitsToWindow());
        QCOMPARE(view.zoomFactor(), 1.0);
    }

    void shortcutsZoom()
    {
        ArtifactView view;
        view.resize(900, 600);
        view.setArtifacts({artifact(QStringLiteral("big.png"), png(2000, 1500))});
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTRY_VERIFY(!view.isRendering());
        auto *gallery = child<QWidget>(view, "artifactGallery");
        gallery->setFocus();
        const double fitted = view.zoomFactor();
        QTest::keySequence(gallery, QKeySequence::ZoomIn);
        QCOMPARE(view.zoomFactor(), fitted * 1.25);
        QTest::keySequence(gallery, QKeySequence(Qt::CTRL | Qt::Key_0));
        QVERIFY(view.fitsToWindow());
        QCOMPARE(view.zoomFactor(), fitted);
    }

    void showsSvg()
    {
        ArtifactView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setArtifacts({artifact(QStringLiteral("plot.svg"), svg(), QStringLiteral("image/svg+xml"))});
        QCOMPARE(view.currentKind(), Kind::Image);
        QTRY_VERIFY(!view.isRendering());
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("imagePage"));
        // A drawing may grow to fill the window.
        QVERIFY(view.zoomFactor() > 1.0);
        view.zoomToActualSize();
        QCOMPARE(child<QScrollArea>(view, "imageScrollArea")->widget()->size(), QSize(100, 50));

        view.setArtifacts({artifact(QStringLiteral("broken.svg"), "<svg><rect")});
        QCOMPARE(view.currentKind(), Kind::Image);
        QTRY_VERIFY(!view.isRendering());
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("messageLabel"));
        QVERIFY(view.shownText().contains(QLatin1String("broken.svg")));
    }

    void svgThatReachesOutsideIsNotRendered_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("refused");
        const QByteArray head = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">";
        QTest::addRow("host file") << head + "<image xlink:href=\"/etc/passwd\" width=\"10\" height=\"10\"/></svg>"
                                   << true;
        QTest::addRow("file url") << head + "<image href='file:///root/secret.png' width='10' height='10'/></svg>"
                                  << true;
        QTest::addRow("style url") << head + "<rect style=\"fill:url(http://x.test/a.svg#p)\"/></svg>" << true;
        QTest::addRow("entity") << QByteArray("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]>") + head + "</svg>" << true;
        QTest::addRow("data image") << head + "<image href=\"data:image/png;base64,AAAA\"/></svg>" << false;
        QTest::addRow("local gradient") << head + "<rect style=\"fill:url(#g)\"/><use href=\"#g\"/></svg>" << false;
    }

    void svgThatReachesOutsideIsNotRendered()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, refused);
        QCOMPARE(!ArtifactModel::svgProblem(content).isEmpty(), refused);
        if (!refused)
            return;
        ArtifactView view;
        view.setArtifacts({artifact(QStringLiteral("trap.svg"), content, QStringLiteral("image/svg+xml"))});
        QTRY_VERIFY(!view.isRendering());
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("messageLabel"));
        QVERIFY(view.shownText().contains(QLatin1String("trap.svg")));
    }

    void showsCsvSortable()
    {
        ArtifactView view;
        view.setArtifacts({artifact(QStringLiteral("data.csv"), "n,name\n10,ten\n9,nine\n100,hundred\n")});
        QCOMPARE(view.currentKind(), Kind::Table);
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("tablePage"));
        QAbstractItemModel *table = view.tableModel();
        QVERIFY(table);
        // The file's order first.
        QCOMPARE(column(table, 0), (QStringList{QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("100")}));
        table->sort(0, Qt::AscendingOrder);
        QCOMPARE(column(table, 0), (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100")}));
        QVERIFY(!child<QLabel>(view, "tableNote")->isVisibleTo(&view));

        // Another file starts unsorted again.
        view.setArtifacts({artifact(QStringLiteral("other.csv"), "n\n3\n1\n2\n")});
        QCOMPARE(
            column(view.tableModel(), 0), (QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2")}));
    }

    void notesALongCsv()
    {
        QByteArray data("i,square\n");
        for (int i = 0; i < 12000; ++i)
            data += QByteArray::number(i) + ',' + QByteArray::number(i * i) + '\n';
        ArtifactView view;
        view.setArtifacts({artifact(QStringLiteral("long.csv"), data)});
        QCOMPARE(view.tableModel()->rowCount(), 10000);
        auto *note = child<QLabel>(view, "tableNote");
        QVERIFY(note->isVisibleTo(&view));
        QVERIFY2(note->text().contains(QLatin1String("10000")), qPrintable(note->text()));
    }

    void prettyPrintsJson()
    {
        ArtifactView view;
        view.setArtifacts({artifact(QStringLiteral("result.json"), R"({"mean":2.5,"values":[1,2,3,4]})")});
        QCOMPARE(view.currentKind(), Kind::Text);
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("textPage"));
        const QString text = view.shownText();
        QVERIFY2(text.contains(QLatin1String("\"mean\": 2.5")), qPrintable(text));
        QVERIFY(text.count(QLatin1Char('\n')) > 5);
        auto *textView = child<QPlainTextEdit>(view, "textView");
        QVERIFY(textView->isReadOnly());
        QVERIFY(QFontInfo(textView->font()).fixedPitch());

        view.setArtifacts({artifact(QStringLiteral("broken.json"), "{\"a\": ")});
        QCOMPARE(view.shownText(), QStringLiteral("{\"a\": "));
        QVERIFY(child<QLabel>(view, "textNote")->isVisibleTo(&view));
    }

    void capsText()
    {
        ArtifactView view;
        QByteArray big;
        const QByteArray line("0123456789 äöü 0123456789\n");
        while (big.size() < 3 * 1024 * 1024)
            big += line;
        view.setArtifacts({artifact(QStringLiteral("run.log"), big)});
        QCOMPARE(view.currentKind(), Kind::Text);
        const QString text = view.shownText();
        QVERIFY(text.size() > 1000 * 1000);
        QVERIFY(text.toUtf8().size() <= 2 * 1024 * 1024);
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
        QVERIFY(child<QLabel>(view, "textNote")->isVisibleTo(&view));
    }

    void binaryHasNoPreview()
    {
        ArtifactView view;
        const auto blob = artifact(QStringLiteral("model.bin"), QByteArray("\0\1\2\3\xff", 5));
        view.setArtifacts({blob});
        QCOMPARE(view.currentKind(), Kind::Binary);
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("messageLabel"));
        QVERIFY(view.shownText().contains(QLatin1String("No preview")));
        QVERIFY(view.shownText().contains(blob.sha256));
    }

    void corruptImageShowsAMessage()
    {
        ArtifactView view;
        QByteArray broken = png(50, 50);
        broken.truncate(60);
        broken += QByteArray(200, '\x42');
        QSignalSpy brokenDone(view.model(), &ArtifactModel::thumbnailsReady);
        view.setArtifacts({artifact(QStringLiteral("broken.png"), broken),
            artifact(QStringLiteral("garbage.png"), QByteArray(100, '\x17'))});
        QVERIFY(brokenDone.wait());
        QCOMPARE(view.currentKind(), Kind::Image);
        QTRY_VERIFY(!view.isRendering());
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("messageLabel"));
        QVERIFY2(view.shownText().contains(QLatin1String("cannot be shown")), qPrintable(view.shownText()));
        QVERIFY(!view.model()->hasThumbnail(0));
        view.selectArtifact(1);
        QTRY_VERIFY(!view.isRendering());
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("messageLabel"));
        QVERIFY(!view.model()->hasThumbnail(1));
        // Nothing to zoom.
        const double zoom = view.zoomFactor();
        view.zoomIn();
        QCOMPARE(view.zoomFactor(), zoom);
    }

    void hugeImageIsNotDecoded()
    {
        const QByteArray data = hugePng();
        QBuffer buffer;
        buffer.setData(data);
        QImageReader reader(&buffer);
        QCOMPARE(reader.size(), QSize(30000, 30000)); // the header is valid

        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(ArtifactModel::readImage(data, QSize(192, 192), &error).isNull());
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
        QVERIFY(QImageReader::allocationLimit() > 0);

        ArtifactView view;
        QSignalSpy hugeDone(view.model(), &ArtifactModel::thumbnailsReady);
        view.setArtifacts({artifact(QStringLiteral("huge.png"), data)});
        QVERIFY(hugeDone.wait());
        QTRY_VERIFY(!view.isRendering());
        QVERIFY(!view.model()->hasThumbnail(0));
        QVERIFY(!view.model()->index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("messageLabel"));
        QVERIFY(view.shownText().contains(QLatin1String("30000")));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void svgBombKeepsTheGalleryResponsive()
    {
        const QByteArray bomb = useBomb();
        QVERIFY2(bomb.size() < 2600, qPrintable(QString::number(bomb.size())));
        // It refers to nothing outside itself: the reference check lets it by.
        QVERIFY(ArtifactModel::svgProblem(bomb).isEmpty());

        ArtifactView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The GUI thread answers all along: a timer of 20 ms is never late by much.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, &view, [&]() {
            longest = qMax(longest, clock.elapsed() - last);
            last = clock.elapsed();
            ++ticks;
        });
        clock.start();
        ticker.start();
        QSignalSpy thumbnails(view.model(), &ArtifactModel::thumbnailsReady);
        view.setArtifacts({artifact(QStringLiteral("bomb.svg"), bomb, QStringLiteral("image/svg+xml")),
            artifact(QStringLiteral("chart.svg"), chartSvg(), QStringLiteral("image/svg+xml"))});
        QCOMPARE(view.currentRow(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(view.shownText().contains(QLatin1String("not rendered: too complex")), 10000);
        QVERIFY(view.shownText().contains(QLatin1String("bomb.svg")));
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("messageLabel"));

        // The chart beside it is drawn, as a thumbnail and in full.
        QTRY_COMPARE_WITH_TIMEOUT(thumbnails.count(), 1, 10000);
        QVERIFY(!view.model()->hasThumbnail(0));
        QVERIFY2(view.model()->thumbnailProblem(0).contains(QLatin1String("250")),
            qPrintable(view.model()->thumbnailProblem(0)));
        QVERIFY(view.model()->hasThumbnail(1));
        view.selectArtifact(1);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRendering(), 10000);
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("imagePage"));
        const QImage shown = view.shownImage();
        QVERIFY(!shown.isNull());
        int red = 0;
        for (int y = 0; y < shown.height(); y += 2) {
            for (int x = 0; x < shown.width(); x += 2) {
                const QColor c = shown.pixelColor(x, y);
                red += c.red() > 200 && c.green() < 80 && c.blue() < 80;
            }
        }
        QVERIFY2(red > 50, qPrintable(QString::number(red)));
        // A drawing may grow to fill the window; its size is the SVG's.
        view.zoomToActualSize();
        QCOMPARE(child<QScrollArea>(view, "imageScrollArea")->widget()->size(), QSize(480, 240));

        ticker.stop();
        QVERIFY(ticks > 3);
        QVERIFY2(longest < 1000, qPrintable(QString::number(longest)));
    }

    void renderingThatHangsIsStoppedWhileTheGalleryAnswers()
    {
        // A helper that never answers, as a renderer stuck in a hostile file
        // would be: the preview waits, the GUI does not, and the helper is
        // killed at the time limit.
        QTemporaryDir dir;
        const QString stuck = dir.filePath(QStringLiteral("stuck-helper"));
        QFile script(stuck);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec sleep 600\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        Airlock::PreviewRenderer::setHelperPath(stuck);
        const auto restore = qScopeGuard([]() { Airlock::PreviewRenderer::setHelperPath({}); });

        ArtifactView view;
        auto *renderer = view.findChild<Airlock::PreviewRenderer *>(QStringLiteral("previewRenderer"));
        QVERIFY(renderer);
        Airlock::PreviewRenderer::Limits limits;
        limits.timeoutMs = 2000;
        renderer->setLimits(limits);
        QElapsedTimer clock;
        clock.start();
        view.setArtifacts({artifact(QStringLiteral("plot.svg"), svg(), QStringLiteral("image/svg+xml"))});
        QVERIFY(view.isRendering());
        QVERIFY(view.shownText().contains(QLatin1String("Rendering")));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &view, [&]() { ++ticks; });
        ticker.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10 && view.isRendering(), 1900);
        QTRY_VERIFY_WITH_TIMEOUT(view.shownText().contains(QLatin1String("not rendered: it takes too long")), 5000);
        QVERIFY(!view.isRendering());
        QVERIFY2(clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));
    }

    void savesExactBytes()
    {
        QTemporaryDir dir;
        ArtifactView view;
        const QByteArray content = png(64, 48);
        view.setArtifacts({artifact(QStringLiteral("chart.png"), content)});
        const QString path = dir.filePath(QStringLiteral("copy.png"));
        QCOMPARE(view.saveArtifact(0, path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), content);

        // Into a "folder" that is a file: no root can write there either.
        const QString unwritable = path + QStringLiteral("/x.png");
        const QString error = view.saveArtifact(0, unwritable);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("x.png")), qPrintable(error));
        QVERIFY(!view.saveArtifact(5, dir.filePath(QStringLiteral("y.png"))).isEmpty());
    }

    void saveAsRemembersTheFolderAndShowsErrors()
    {
        QTemporaryDir dir;
        ArtifactView view;
        view.setArtifacts({artifact(QStringLiteral("data.csv"), "a\n1\n")});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const auto answer = [](const QString &path) {
            QTimer::singleShot(0, qApp, [path] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->selectFile(path);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the choice
            });
        };
        const QString path = dir.filePath(QStringLiteral("saved.csv"));
        answer(path);
        view.saveCurrentAs();
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("a\n1\n"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/lastSaveFolder")).toString(), dir.path());
        auto *banner = child<QLabel>(view, "errorBanner");
        QVERIFY(!banner->isVisible());

        answer(path + QStringLiteral("/inside.csv"));
        view.saveCurrentAs();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("inside.csv")));
    }

    void clearsAndIsAccessible()
    {
        ArtifactView view;
        view.setArtifacts({artifact(QStringLiteral("a.txt"), "hello\n")});
        QCOMPARE(view.shownText(), QStringLiteral("hello\n"));
        view.clear();
        QCOMPARE(view.currentRow(), -1);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(shownPage(view)->objectName(), QStringLiteral("emptyPage"));
        view.selectArtifact(3);
        QCOMPARE(view.currentRow(), -1);
        for (const char *name : {"artifactGallery", "csvTable", "textView", "imageScrollArea", "copySha256Button",
                 "saveAsButton", "zoomInButton", "zoomOutButton", "actualSizeButton", "fitButton"}) {
            auto *widget = child<QWidget>(view, name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
    }
};

QTEST_MAIN(TestArtifactView)
#include "tst_artifactview.moc"
