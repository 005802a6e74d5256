// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers

// airlock-preview svg|raster WIDTH HEIGHT < image > pixels
//
// Draws one image a run wrote, read from standard input, for the workbench,
// which starts this program with a memory and CPU limit and kills it after a
// time limit: whatever the image does to the decoder or the SVG renderer
// happens here, not in the workbench. A WIDTH or HEIGHT of 0 means the
// image's own size. The answer on standard output is the line
// "AIRLOCK-PREVIEW 1 W H NATURAL_W NATURAL_H" and W × H premultiplied ARGB
// pixels of 32 bits in native byte order. Exit codes: 0 drawn, 3 no PNG or
// JPEG or damaged, 4 too many pixels ("W H" on standard error), 5 no valid
// SVG, 64 bad usage.

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

#include "artifactmodel.h"
#include "previewrenderer.h"

int main(int argc, char *argv[])
{
    // No display is needed, nor wanted.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4
        || (arguments.at(1) != QLatin1String("svg") && arguments.at(1) != QLatin1String("raster"))) {
        std::fputs("usage: airlock-preview svg|raster WIDTH HEIGHT < image\n", stderr);
        return 64;
    }
    const bool svg = arguments.at(1) == QLatin1String("svg");
    const QSize bounds(arguments.at(2).toInt(), arguments.at(3).toInt());

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 64;
    const QByteArray content = in.readAll();

    if (!svg) {
        // Tell a header that claims too much apart from a damaged file.
        QByteArray copy = content;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (reader.canRead() && size.isValid()
            && qint64(size.width()) * size.height() > Airlock::ArtifactModel::MaxImagePixels) {
            std::fprintf(stderr, "%d %d\n", size.width(), size.height());
            return 4;
        }
    }
    QString error;
    QSize natural;
    QImage image
        = Airlock::PreviewRenderer::renderHere(content, svg, bounds.isEmpty() ? QSize() : bounds, &natural, &error);
    if (image.isNull())
        return svg ? 5 : 3;
    image.convertTo(QImage::Format_ARGB32_Premultiplied);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 64;
    out.write("AIRLOCK-PREVIEW 1 " + QByteArray::number(image.width()) + ' ' + QByteArray::number(image.height()) + ' '
        + QByteArray::number(natural.width()) + ' ' + QByteArray::number(natural.height()) + '\n');
    for (int y = 0; y < image.height(); ++y)
        out.write(reinterpret_cast<const char *>(image.constScanLine(y)), qint64(image.width()) * 4);
    return out.flush() ? 0 : 1;
}
