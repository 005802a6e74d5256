// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

#include "audittrail.h"
#include "headsigner.h"
#include "mainwindow.h"
#include "teamchainmodel.h"
#include "teamhistorywindow.h"
#include "teamrequestmodel.h"
#include "teamtrail.h"

using namespace Airlock;

// A reviewer's window on a team trail, and the workbench's word on its own
// shipping, against the real PostgreSQL of the fixture "postgresql".
class TestTeamHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_server;
    std::unique_ptr<HeadSigner> m_key;
    QString m_bobChain;

    QString url(const QString &role) const
    {
        return QStringLiteral("postgresql://%1@/airlock?host=%2").arg(role, m_server + QStringLiteral("/socket"));
    }
    QString shipChain(const QString &role, const QString &analyst, const QString &machine, const QString &agent, int n)
    {
        QString error;
        auto trail = AuditTrail::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite")),
            AuditTrail::Mode::ReadWrite, &error);
        if (!trail)
            qFatal("%s", qPrintable(error));
        for (int i = 0; i < n; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            trail->appendAll({{QStringLiteral("request"), id, {},
                                  {{QStringLiteral("agent"), agent},
                                      {QStringLiteral("prompt"), QStringLiteral("%1 asks for summary %2").arg(agent).arg(i)},
                                      {QStringLiteral("code"), QStringLiteral("print('summary %1')").arg(i)}}},
                                 {QStringLiteral("decision"), id, {},
                                     {{QStringLiteral("outcome"), QStringLiteral("approved")},
                                         {QStringLiteral("reviewer"), analyst}}}},
                &error);
        }
        auto team = TeamTrail::connect(url(role), &error);
        if (!team)
            qFatal("%s", qPrintable(error));
        auto shipped = team->ship(*trail, *m_key, analyst, machine, &error);
        if (!shipped)
            qFatal("%s", qPrintable(error));
        return shipped->chainId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = qEnvironmentVariable("AIRLOCK_TEST_POSTGRESQL");
        QVERIFY2(!m_server.isEmpty(), "AIRLOCK_TEST_POSTGRESQL is not set: run this test through ctest");
        QString error;
        m_key = HeadSigner::loadOrCreate(m_dir.filePath(QStringLiteral("key.pem")), &error);
        QVERIFY2(m_key, qPrintable(error));
        shipChain(QStringLiteral("writer1"), QStringLiteral("ui-alice"), QStringLiteral("ui-laptop-a"),
            QStringLiteral("agent-alice"), 3);
        m_bobChain = shipChain(QStringLiteral("writer2"), QStringLiteral("ui-bob"), QStringLiteral("ui-desk-b"),
            QStringLiteral("agent-bob"), 2);
    }

    void aReviewerSeesEveryChain()
    {
        TeamHistoryWindow window;
        QAbstractItemModelTester chains(window.chainModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester requests(window.requestModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.openTeamTrail(url(QStringLiteral("reviewer1")));
        window.show();
        QTRY_VERIFY(window.chainModel()->rowCount() >= 2);
        QTRY_VERIFY(window.requestModel()->rowCount() >= 5);
        QVERIFY(window.analystBox()->findData(QStringLiteral("ui-alice")) > 0);
        QVERIFY(window.machineBox()->findData(QStringLiteral("ui-desk-b")) > 0);

        // Filtered by analyst: bob's two requests, and only his.
        window.analystBox()->setCurrentIndex(window.analystBox()->findData(QStringLiteral("ui-bob")));
        QTRY_COMPARE(window.requestModel()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(window.requestModel()->index(row, TeamRequestModel::Analyst).data().toString(), QStringLiteral("ui-bob"));
        // And by words of the prompt.
        window.searchEdit()->setText(QStringLiteral("summary 1"));
        QTRY_COMPARE(window.requestModel()->rowCount(), 1);
        QCOMPARE(window.requestModel()->index(0, TeamRequestModel::Agent).data().toString(), QStringLiteral("agent-bob"));

        // The story of the one selected.
        window.requestView()->setCurrentIndex(window.requestModel()->index(0, 0));
        QTRY_VERIFY(window.storyView()->toPlainText().contains(QLatin1String("agent-bob asks for summary 1")));

        // Every chain verified, each on its own.
        window.verifyAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                for (const TeamTrail::Chain &c : window.chainModel()->chains())
                    if (!window.chainModel()->verification(c.chainId))
                        return false;
                return true;
            }(),
            30000);
        for (int row = 0; row < window.chainModel()->rowCount(); ++row) {
            const QString text = window.chainModel()->index(row, TeamChainModel::Verification).data().toString();
            const QString chain = window.chainModel()->chains().at(row).chainId;
            if (chain == m_bobChain)
                QVERIFY2(text.contains(QLatin1String("Intact")) && text.contains(QLatin1String("signed head")), qPrintable(text));
        }
    }

    void aTamperedChainIsShownAsSuch()
    {
        // The superuser edits one of bob's records behind the triggers.
        const QString name = QStringLiteral("admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_server + QStringLiteral("/socket"));
            db.setUserName(QStringLiteral("airlock_admin"));
            db.setDatabaseName(QStringLiteral("airlock"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("BEGIN; ALTER TABLE airlock.records DISABLE TRIGGER records_append_only;"
                                           " UPDATE airlock.records SET agent = 'someone-else' WHERE chain_id = '%1'"
                                           " AND seq = 3; ALTER TABLE airlock.records ENABLE TRIGGER records_append_only;"
                                           " COMMIT;")
                                .arg(m_bobChain)),
                qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
        TeamHistoryWindow window;
        window.openTeamTrail(url(QStringLiteral("reviewer1")));
        QTRY_VERIFY(window.chainModel()->rowCount() >= 2);
        window.verifyAll();
        QTRY_VERIFY_WITH_TIMEOUT(window.chainModel()->verification(m_bobChain).has_value(), 30000);
        int row = 0;
        while (window.chainModel()->chains().at(row).chainId != m_bobChain)
            ++row;
        const QString text = window.chainModel()->index(row, TeamChainModel::Verification).data().toString();
        QVERIFY2(text.contains(QLatin1String("NOT intact")) && text.contains(QLatin1String("#3")), qPrintable(text));
    }

    void theWorkbenchSaysWhereItsRecordsAre()
    {
        // A workbench set to ship to the team trail says so; pointed at a
        // server that is not there, it counts what waits.
        MainWindow::Options options;
        options.auditTrailPath = m_dir.filePath(QStringLiteral("workbench.sqlite"));
        options.teamTrail = url(QStringLiteral("writer3"));
        options.listenForAgents = false;
        options.watchInbox = false;
        options.doctor.bwrapPath = QStringLiteral("/nonexistent/bwrap");
        {
            MainWindow window(options);
            window.show();
            QTRY_COMPARE_WITH_TIMEOUT(window.teamStatusText(), QStringLiteral("Team trail: up to date"), 20000);
        }
        options.auditTrailPath = m_dir.filePath(QStringLiteral("workbench-2.sqlite"));
        options.teamTrail = QStringLiteral("postgresql://writer3@/airlock?host=") + m_dir.path();
        MainWindow window(options);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.teamStatusText().contains(QLatin1String("waiting")), 20000);
    }
};

QTEST_MAIN(TestTeamHistory)
#include "tst_teamhistory.moc"
