// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QTest>

#include "outcometext.h"
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
};

QTEST_GUILESS_MAIN(TestOutcomeText)
#include "tst_outcometext.moc"
