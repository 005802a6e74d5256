// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QTest>
#include <QTranslator>

#include "outcometext.h"
#include "quantitytext.h"
#include "runresult.h"

using namespace Airlock;

class TestOutcomeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runs_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("endReason");
        QTest::addColumn<QString>("words");
        QTest::addRow("succeeded") << QStringLiteral("succeeded") << QStringLiteral("exit")
                                   << QStringLiteral("Succeeded");
        QTest::addRow("failed") << QStringLiteral("failed") << QStringLiteral("exit") << QStringLiteral("Failed");
        QTest::addRow("timed out") << QStringLiteral("timed_out") << QStringLiteral("timeout")
                                   << QStringLiteral("Timed out");
        QTest::addRow("stopped") << QStringLiteral("killed") << QStringLiteral("stopped")
                                 << QStringLiteral("Stopped by the analyst");
        QTest::addRow("stopped before the start")
            << QStringLiteral("failed") << QStringLiteral("stopped") << QStringLiteral("Stopped by the analyst");
        QTest::addRow("withdrawn while running")
            << QStringLiteral("killed") << QStringLiteral("withdrawn") << QStringLiteral("Withdrawn by the agent");
        QTest::addRow("withdrawn before a decision")
            << QStringLiteral("withdrawn") << QString() << QStringLiteral("Withdrawn by the agent");
        QTest::addRow("out of memory") << QStringLiteral("killed") << QStringLiteral("memory")
                                       << QStringLiteral("Killed at the memory limit");
        QTest::addRow("a signal") << QStringLiteral("killed") << QStringLiteral("killed") << QStringLiteral("Killed");
        QTest::addRow("killed, reason unknown (old trail)")
            << QStringLiteral("killed") << QString() << QStringLiteral("Killed");
        QTest::addRow("interrupted") << QStringLiteral("interrupted") << QString()
                                     << QStringLiteral("End not recorded");
        QTest::addRow("blocked") << QStringLiteral("blocked") << QStringLiteral("none") << QStringLiteral("Blocked");
        QTest::addRow("no run") << QString() << QString() << QString();
        QTest::addRow("a newer Airlock's status, made harmless")
            << QStringLiteral("exotic\x1b[2J") << QString() << QStringLiteral("exotic\\x1b[2J");
    }

    void runs()
    {
        QFETCH(QString, status);
        QFETCH(QString, endReason);
        QFETCH(QString, words);
        QCOMPARE(OutcomeText::run(status, endReason), words);
    }

    void decisions()
    {
        QCOMPARE(OutcomeText::decision(QStringLiteral("approved")), QStringLiteral("Approved"));
        QCOMPARE(OutcomeText::decision(QStringLiteral("overridden")), QStringLiteral("Overridden"));
        QCOMPARE(OutcomeText::decision(QStringLiteral("rejected")), QStringLiteral("Rejected"));
        QCOMPARE(OutcomeText::decision(QStringLiteral("withdrawn")), QStringLiteral("Withdrawn by the agent"));
        QCOMPARE(OutcomeText::decision(QString()), QString());
    }

    void aRunResultReadsLikeItsIds()
    {
        RunResult r;
        r.runId = QStringLiteral("run-1");
        r.status = RunResult::Status::Killed;
        r.endReason = RunResult::EndReason::Withdrawn;
        QCOMPARE(OutcomeText::run(r), OutcomeText::run(QStringLiteral("killed"), QStringLiteral("withdrawn")));
        r.status = RunResult::Status::Succeeded;
        r.endReason = RunResult::EndReason::Exit;
        QCOMPARE(OutcomeText::run(r), QStringLiteral("Succeeded"));
        // An end the trail did not take is not a success, whatever the code did.
        r.recordError = QStringLiteral("database or disk is full");
        QCOMPARE(OutcomeText::run(r), QStringLiteral("End not recorded"));
    }

    void everyEndReasonHasWords()
    {
        for (int i = int(RunResult::EndReason::None); i <= int(RunResult::EndReason::Withdrawn); ++i) {
            const QString id = RunResult::endReasonId(RunResult::EndReason(i));
            QVERIFY2(!id.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(OutcomeText::endReason(id) != id, qPrintable(id));
        }
    }

    // One way numbers are written for people, wherever they are shown;
    // in English, with the English catalogue's plurals, as the app loads it.
    void quantitiesReadAsAPersonWritesThem_data()
    {
        static QTranslator english;
        if (english.isEmpty()) {
            QVERIFY(english.load(QStringLiteral(":/i18n/airlock_en.qm")));
            QCoreApplication::installTranslator(&english);
        }
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("expected");
        using namespace Airlock::QuantityText;
        QTest::addRow("bytes") << size(217) << QStringLiteral("217 bytes");
        QTest::addRow("one byte") << size(1) << QStringLiteral("1 byte");
        QTest::addRow("MiB") << size(70864896) << QStringLiteral("67.6 MiB");
        QTest::addRow("whole GiB") << size(1073741824) << QStringLiteral("1 GiB");
        QTest::addRow("ms") << duration(850) << QStringLiteral("850 ms");
        QTest::addRow("s") << duration(5798) << QStringLiteral("5.8 s");
        QTest::addRow("tens of s") << duration(42000) << QStringLiteral("42 s");
        QTest::addRow("min") << duration(125000) << QStringLiteral("2 min 5 s");
        QTest::addRow("whole min") << duration(600000) << QStringLiteral("10 min");
        QTest::addRow("h") << duration(9999000) << QStringLiteral("2 h 47 min");
        QTest::addRow("SIGKILL") << signal(9) << QStringLiteral("SIGKILL (9)");
        QTest::addRow("SIGXCPU") << signal(24) << QStringLiteral("SIGXCPU (24)");
        QTest::addRow("unnamed") << signal(64) << QStringLiteral("signal 64");
        QTest::addRow("memory limit") << limitName(QStringLiteral("memory_bytes")) + QStringLiteral(": ")
                + limitValue(QStringLiteral("memory_bytes"), 1073741824)
                                      << QStringLiteral("Memory: 1 GiB");
        QTest::addRow("timeout limit") << limitValue(QStringLiteral("timeout_ms"), 30000) << QStringLiteral("30 s");
        QTest::addRow("processes") << limitValue(QStringLiteral("max_processes"), 64) << QStringLiteral("64 processes");
        QTest::addRow("severity") << severity(QStringLiteral("block")) << QStringLiteral("Blocks");
    }

    void quantitiesReadAsAPersonWritesThem()
    {
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        QCOMPARE(shown, expected);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeText)
#include "tst_outcometext.moc"
