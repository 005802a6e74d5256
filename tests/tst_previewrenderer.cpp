// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "previewrenderer.h"

using Airlock::PreviewRenderer;
using Failure = PreviewRenderer::Failure;

namespace {
const QByteArray Head = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                        "width=\"200\" height=\"100\">";

/// Ten levels of <use>, each drawing the level below @p fanOut times.
QByteArray useBomb(int fanOut = 10, int levels = 10)
{
    QByteArray out = "<rect id=\"l0\" width=\"1\" height=\"1\"/>";
    for (int level = 1; level <= levels; ++level) {
        out += "<g id=\"l" + QByteArray::number(level) + "\">";
        for (int i = 0; i < fanOut; ++i)
            out += "<use href=\"#l" + QByteArray::number(level - 1) + "\"/>";
        out += "</g>";
    }
    return Head + "<defs>" + out + "</defs><use href=\"#l" + QByteArray::number(levels) + "\"/></svg>";
}

/// An executable shell script in @p dir.
QString script(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}
} // namespace

class TestPreviewRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { PreviewRenderer::setHelperPath({}); }

    void complexity_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem"); // a part of the message, empty when fine

        QByteArray dots;
        for (int i = 0; i < 2000; ++i)
            dots += "<use xlink:href=\"#m\" x=\"" + QByteArray::number(i % 200) + "\" y=\"" + QByteArray::number(i / 20)
                + "\"/>";
        QTest::addRow("scatter plot") << Head + "<defs><circle id=\"m\" r=\"1\"/></defs>" + dots + "</svg>"
                                      << QString();
        QTest::addRow("rectangle") << Head + "<rect width=\"10\" height=\"10\"/></svg>" << QString();
        QTest::addRow("gradient used twice") << Head
                + "<defs><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient></defs>"
                  "<rect fill=\"url(#g)\" width=\"9\" height=\"9\"/><rect style=\"fill: url('#g')\"/></svg>"
                                             << QString();
        QTest::addRow("use bomb") << useBomb() << QStringLiteral("250");
        QTest::addRow("small fan-out, many levels") << useBomb(3, 14) << QStringLiteral("250");
        QTest::addRow("fan-out within bounds") << useBomb(4, 6) << QString();

        QByteArray deep;
        for (int i = 0; i < 200; ++i)
            deep += "<g>";
        for (int i = 0; i < 200; ++i)
            deep += "</g>";
        QTest::addRow("deep nesting") << Head + deep + "</svg>" << QStringLiteral("nested");
        QTest::addRow("use of itself") << Head + "<g id=\"a\"><use href=\"#a\"/></g></svg>" << QStringLiteral("itself");
        QTest::addRow("mutual use") << Head
                + "<g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><use href=\"#a\"/></g></svg>"
                                    << QStringLiteral("itself");

        QByteArray filtered = Head + "<defs><filter id=\"f\"><feGaussianBlur stdDeviation=\"5\"/></filter></defs>";
        for (int i = 0; i < 100; ++i)
            filtered += "<rect filter=\"url(#f)\" width=\"200\" height=\"100\"/>";
        QTest::addRow("many filters") << filtered + "</svg>" << QStringLiteral("filters");

        QByteArray marker = "<defs><marker id=\"m\">";
        for (int i = 0; i < 200; ++i)
            marker += "<circle r=\"1\"/>";
        marker += "</marker></defs><polyline marker-mid=\"url(#m)\" points=\"";
        for (int i = 0; i < 3000; ++i)
            marker += QByteArray::number(i % 200) + "," + QByteArray::number(i % 97) + " ";
        QTest::addRow("markers on every point") << Head + marker + "\"/></svg>" << QStringLiteral("250");

        QByteArray styled = Head
            + "<style>rect { filter: url(#f) }</style>"
              "<defs><filter id=\"f\"><feGaussianBlur stdDeviation=\"5\"/></filter></defs>";
        for (int i = 0; i < 100; ++i)
            styled += "<rect width=\"200\" height=\"100\"/>";
        QTest::addRow("a filter on every element by CSS") << styled + "</svg>" << QStringLiteral("filters");
    }

    void complexity()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QElapsedTimer timer;
        timer.start();
        const QString found = PreviewRenderer::complexityProblem(content);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void rendersInTheHelper()
    {
        QVERIFY2(!PreviewRenderer::helperPath().isEmpty(), "airlock-preview is built beside the tests");
        PreviewRenderer renderer;
        QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
        QSignalSpy failed(&renderer, &PreviewRenderer::failed);
        renderer.start(Head + "<rect width=\"200\" height=\"100\" fill=\"#ff0000\"/></svg>", true, QSize(64, 64));
        QVERIFY(renderer.isRunning());
        QVERIFY(rendered.wait(10000));
        QVERIFY(failed.isEmpty());
        const QImage image = rendered.constFirst().at(0).value<QImage>();
        QCOMPARE(image.size(), QSize(64, 32));
        QCOMPARE(rendered.constFirst().at(1).toSize(), QSize(200, 100));
        QCOMPARE(image.pixelColor(32, 16), QColor(Qt::red));
        QVERIFY(!renderer.isRunning());

        // Full size: an SVG at twice its size, a PNG as it is.
        renderer.start(Head + "<rect width=\"200\" height=\"100\" fill=\"#00ff00\"/></svg>", true);
        QVERIFY(rendered.wait(10000));
        QCOMPARE(rendered.constLast().at(0).value<QImage>().size(), QSize(400, 200));
        QImage png(30, 20, QImage::Format_RGB32);
        png.fill(Qt::blue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        png.save(&buffer, "PNG");
        renderer.start(bytes, false);
        QVERIFY(rendered.wait(10000));
        QCOMPARE(rendered.constLast().at(0).value<QImage>().pixelColor(5, 5), QColor(Qt::blue));
        QCOMPARE(rendered.constLast().at(1).toSize(), QSize(30, 20));
    }

    void refusesBeforeStartingTheHelper_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Failure>("failure");
        QTest::addRow("outside reference") << Head + "<image href=\"/etc/passwd\"/></svg>" << Failure::Refused;
        QTest::addRow("use bomb") << useBomb() << Failure::TooComplex;
    }

    void refusesBeforeStartingTheHelper()
    {
        QFETCH(QByteArray, content);
        QFETCH(Failure, failure);
        // No helper at all: the refusal comes from the check alone.
        PreviewRenderer::setHelperPath(QStringLiteral("/nonexistent/airlock-preview"));
        PreviewRenderer renderer;
        QSignalSpy failed(&renderer, &PreviewRenderer::failed);
        renderer.start(content, true);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.constFirst().at(0).value<Failure>(), failure);
    }

    void helperLimitsHoldWithoutTheCheck()
    {
        // The bomb sent to the helper as it is: the time limit ends it, and
        // the GUI thread goes on answering meanwhile.
        PreviewRenderer renderer;
        PreviewRenderer::Limits limits;
        limits.timeoutMs = 3000;
        limits.checkComplexity = false;
        renderer.setLimits(limits);
        QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
        QSignalSpy failed(&renderer, &PreviewRenderer::failed);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&]() {
            longest = qMax(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        clock.start();
        ticker.start(20);
        renderer.start(useBomb(), true, QSize(192, 192));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 8000);
        QVERIFY(rendered.isEmpty());
        const auto failure = failed.constFirst().at(0).value<Failure>();
        QVERIFY2(
            failure == Failure::TimedOut || failure == Failure::Crashed, qPrintable(QString::number(int(failure))));
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(longest < 1000, qPrintable(QString::number(longest)));
    }

    void distrustsTheHelpersAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::addRow("larger than asked")
            << QByteArray("printf 'AIRLOCK-PREVIEW 1 5000 5000 1 1\\n'\n") << QStringLiteral("size asked for");
        QTest::addRow("short") << QByteArray("printf 'AIRLOCK-PREVIEW 1 10 10 10 10\\nxx'\n")
                               << QStringLiteral("size asked for");
        QTest::addRow("garbage") << QByteArray("echo hello\n") << QStringLiteral("size asked for");
        QTest::addRow("endless") << QByteArray("printf 'AIRLOCK-PREVIEW 1 10 10 10 10\\n'; exec cat /dev/zero\n")
                                 << QStringLiteral("more than was asked for");
        QTest::addRow("killed") << QByteArray("kill -9 $$\n") << QStringLiteral("memory or time");
        QTest::addRow("missing") << QByteArray() << QStringLiteral("could not be started");
    }

    void distrustsTheHelpersAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        PreviewRenderer::setHelperPath(
            body.isEmpty() ? dir.filePath(QStringLiteral("none")) : script(dir, QStringLiteral("helper"), body));
        PreviewRenderer renderer;
        QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
        QSignalSpy failed(&renderer, &PreviewRenderer::failed);
        renderer.start("\x89PNG", false, QSize(192, 192));
        QVERIFY(failed.wait(10000));
        QVERIFY(rendered.isEmpty());
        QCOMPARE(failed.constFirst().at(0).value<Failure>(), Failure::Crashed);
        QVERIFY2(
            failed.constFirst().at(1).toString().contains(detail), qPrintable(failed.constFirst().at(1).toString()));
    }

    void aNewStartDropsTheOldJob()
    {
        QTemporaryDir dir;
        PreviewRenderer::setHelperPath(script(dir, QStringLiteral("slow"), "exec sleep 600\n"));
        PreviewRenderer renderer;
        QSignalSpy failed(&renderer, &PreviewRenderer::failed);
        renderer.start("x", false);
        renderer.cancel();
        QVERIFY(!renderer.isRunning());
        QVERIFY(!failed.wait(300));
        PreviewRenderer::setHelperPath({});
        QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
        renderer.start(Head + "<rect width=\"9\" height=\"9\"/></svg>", true, QSize(20, 20));
        QVERIFY(rendered.wait(10000));
        QVERIFY(failed.isEmpty());
    }
};

QTEST_MAIN(TestPreviewRenderer)
#include "tst_previewrenderer.moc"
