// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "hosttools.h"
#include "processtreesampler.h"

using Airlock::ProcessTreeSampler;
using namespace std::chrono_literals;

namespace {
constexpr qint64 MiB = 1024 * 1024;
}

class TestProcessTreeSampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!Airlock::HostTools::python().isEmpty(), "python3 under /usr is required"); }

    void seesTheTreeBelowTheRoot()
    {
        // Two children hold 60 MiB each at the same time and burn 0.4 s of
        // CPU each; the root holds 300 MiB of its own, which is not counted.
        // The children are forked first, so they share none of it.
        const QString script = QStringLiteral("import os, time\n"
                                              "def burn(s):\n"
                                              "    t = time.process_time()\n"
                                              "    while time.process_time() - t < s: pass\n"
                                              "for i in range(2):\n"
                                              "    if os.fork() == 0:\n"
                                              "        block = b'c' * (60 << 20)\n"
                                              "        burn(0.4)\n"
                                              "        time.sleep(0.5)\n"
                                              "        os._exit(0)\n"
                                              "own = b'r' * (300 << 20)\n"
                                              "os.wait(); os.wait()\n"
                                              "t = os.times()\n"
                                              "print(t.children_user + t.children_system)\n");
        QProcess root;
        QSignalSpy finished(&root, &QProcess::finished);
        root.start(Airlock::HostTools::python(), {QStringLiteral("-c"), script});
        QVERIFY(root.waitForStarted(10000));
        ProcessTreeSampler sampler(root.processId(), 20ms);
        sampler.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(root.exitCode(), 0);
        const ProcessTreeSampler::Totals totals = sampler.wait();
        QVERIFY(totals.samples > 5);
        // Both at once: the sum, not the largest one.
        QVERIFY2(totals.peakBytes >= 120 * MiB, QByteArray::number(totals.peakBytes).constData());
        QVERIFY2(totals.peakBytes < 250 * MiB, QByteArray::number(totals.peakBytes).constData());
        QVERIFY2(totals.peakProcessBytes >= 60 * MiB, QByteArray::number(totals.peakProcessBytes).constData());
        QVERIFY2(totals.peakProcessBytes < 250 * MiB, QByteArray::number(totals.peakProcessBytes).constData());
        // What the children used as their parent's rusage has it; each child
        // is seen at most one sample and a clock tick short.
        const qint64 childrenMs = qint64(root.readAllStandardOutput().trimmed().toDouble() * 1000);
        const QByteArray context
            = QByteArray::number(totals.cpuMs) + " ms sampled of " + QByteArray::number(childrenMs) + " ms";
        QVERIFY2(childrenMs >= 800, context.constData());
        QVERIFY2(totals.cpuMs >= childrenMs - 2 * (20 + 10) - 10, context.constData());
        QVERIFY2(totals.cpuMs <= childrenMs + 10, context.constData());
    }

    void stopsWithoutWaitingForTheNextSample()
    {
        QProcess root;
        root.start(
            Airlock::HostTools::python(), {QStringLiteral("-c"), QStringLiteral("import time; time.sleep(600)")});
        QVERIFY(root.waitForStarted(10000));
        ProcessTreeSampler sampler(root.processId(), 1h);
        sampler.start();
        QTRY_COMPARE_WITH_TIMEOUT(sampler.totals().samples, 1, 10000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(sampler.wait().samples, 1);
        QVERIFY(clock.elapsed() < 5000);
        root.kill();
        QVERIFY(root.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestProcessTreeSampler)
#include "tst_processtreesampler.moc"
