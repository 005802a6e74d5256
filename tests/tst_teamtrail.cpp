// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

#include "audittrail.h"
#include "auditwriter.h"
#include "headsigner.h"
#include "sha256.h"
#include "teamshipper.h"
#include "teamtrail.h"
#include "workbench.h"

using Airlock::AuditTrail;
using Airlock::TeamTrail;

// The team trail against a real PostgreSQL 17, started for this test by the
// ctest fixture "postgresql" (tests/postgresql.sh): its set-up script, its
// roles, the shipping of local chains, a reviewer's view and verification.
class TestTeamTrail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_server; ///< the fixture's folder; its socket is in socket/
    int m_n = 0;
    std::unique_ptr<Airlock::HeadSigner> m_key; ///< the workbenches' signing key

    static std::unique_ptr<Airlock::HeadSigner> key(const QString &path)
    {
        QString error;
        auto k = Airlock::HeadSigner::loadOrCreate(path, &error);
        if (!k)
            qFatal("%s", qPrintable(error));
        return k;
    }

    QString url(const QString &role) const
    {
        return QStringLiteral("postgresql://%1@/airlock?host=%2").arg(role, m_server + QStringLiteral("/socket"));
    }
    std::unique_ptr<TeamTrail> team(const QString &role)
    {
        QString error;
        auto t = TeamTrail::connect(url(role), &error);
        if (!t)
            qWarning("%s", qPrintable(error));
        return t;
    }
    std::unique_ptr<AuditTrail> local(QString *path = nullptr)
    {
        const QString p = m_dir.filePath(QStringLiteral("local-%1.sqlite").arg(++m_n));
        if (path)
            *path = p;
        QString error;
        auto t = AuditTrail::open(p, AuditTrail::Mode::ReadWrite, &error);
        if (!t)
            qFatal("%s", qPrintable(error));
        return t;
    }
    // A request, its decision, a run with an artifact and its end.
    static void story(AuditTrail &trail, const QString &agent, int i)
    {
        QString error;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray png = QByteArray("png bytes ") + QByteArray::number(i);
        QVERIFY2(trail.appendAll(
                     {{QStringLiteral("request"), id, {},
                          {{QStringLiteral("agent"), agent},
                              {QStringLiteral("prompt"), QStringLiteral("Chart revenue by month, %1 — «ü»").arg(i)},
                              {QStringLiteral("code"), QStringLiteral("print(%1)").arg(i)}}},
                         {QStringLiteral("decision"), id, {},
                             {{QStringLiteral("outcome"), QStringLiteral("approved")},
                                 {QStringLiteral("reviewer"), QStringLiteral("alice")}}},
                         {QStringLiteral("artifact"), id, run,
                             {{QStringLiteral("name"), QStringLiteral("chart.png")},
                                 {QStringLiteral("sha256"), Airlock::sha256Hex(png)},
                                 {QStringLiteral("bytes"), qint64(png.size())}},
                             png},
                         {QStringLiteral("run_finished"), id, run, {{QStringLiteral("status"), QStringLiteral("succeeded")}}}},
                     &error),
            qPrintable(error));
    }
    // A statement as @p role, straight through Qt's driver; the server's
    // refusal, or an empty string when it was carried out.
    QString exec(const QString &role, const QString &statement)
    {
        const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128);
        QString outcome;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_server + QStringLiteral("/socket"));
            db.setUserName(role);
            db.setDatabaseName(QStringLiteral("airlock"));
            if (!db.open()) {
                outcome = QStringLiteral("cannot connect: ") + db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    outcome = q.lastError().databaseText().trimmed();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return outcome;
    }
    bool server(const QString &action)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral(AIRLOCK_POSTGRESQL_SCRIPT), {action, m_server});
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = qEnvironmentVariable("AIRLOCK_TEST_POSTGRESQL");
        QVERIFY2(!m_server.isEmpty(), "AIRLOCK_TEST_POSTGRESQL is not set: run this test through ctest (fixture postgresql)");
        QVERIFY2(TeamTrail::driverAvailable(), "Qt's QPSQL driver is missing (libqt6sql6-psql)");
        QVERIFY(m_dir.isValid());
        m_key = key(m_dir.filePath(QStringLiteral("key.pem")));
    }

    void locationsAreRecognised()
    {
        QVERIFY(TeamTrail::isTeamTrail(QStringLiteral("postgresql://alice@db.example/airlock")));
        QVERIFY(TeamTrail::isTeamTrail(QStringLiteral("postgres://db.example")));
        QVERIFY(!TeamTrail::isTeamTrail(QStringLiteral("/home/alice/audit.sqlite")));
        QCOMPARE(TeamTrail::displayLocation(QStringLiteral("postgresql://alice:secret@db.example/airlock")),
            QStringLiteral("postgresql://alice@db.example/airlock"));
        QString error;
        QVERIFY(!TeamTrail::connect(QStringLiteral("/tmp/audit.sqlite"), &error));
        QVERIFY2(error.contains(QLatin1String("not a PostgreSQL connection")), qPrintable(error));
        // No server there: said at once, not after minutes.
        QVERIFY(!TeamTrail::connect(QStringLiteral("postgresql://writer1@/airlock?host=") + m_dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("cannot reach the team trail")), qPrintable(error));
    }

    void shipsAChainExactlyOnce()
    {
        auto mine = local();
        for (int i = 0; i < 3; ++i)
            story(*mine, QStringLiteral("agent-a"), i);
        auto writer = team(QStringLiteral("writer1"));
        QVERIFY(writer);
        QString error;
        auto first = writer->ship(*mine, *m_key, QStringLiteral("alice"), QStringLiteral("laptop-1"), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->shipped, 12);
        QCOMPARE(first->waiting, 0);
        // Again: nothing new, nothing twice.
        auto again = writer->ship(*mine, *m_key, QStringLiteral("alice"), QStringLiteral("laptop-1"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->shipped, 0);
        story(*mine, QStringLiteral("agent-a"), 3);
        auto more = writer->ship(*mine, *m_key, QStringLiteral("alice"), QStringLiteral("laptop-1"), &error);
        QVERIFY2(more, qPrintable(error));
        QCOMPARE(more->shipped, 4);
        QCOMPARE(more->onServer, 16);

        // The reviewer sees the chain, its requests, and finds it intact:
        // the same records, hashes and artifact content as the local trail.
        auto reviewer = team(QStringLiteral("reviewer1"));
        QVERIFY(reviewer);
        const auto chains = reviewer->chains(&error);
        auto it = std::find_if(chains.begin(), chains.end(),
            [&](const TeamTrail::Chain &c) { return c.chainId == first->chainId; });
        QVERIFY(it != chains.end());
        QCOMPARE(it->analyst, QStringLiteral("alice"));
        QCOMPARE(it->machine, QStringLiteral("laptop-1"));
        QCOMPARE(it->owner, QStringLiteral("writer1"));
        QCOMPARE(it->records, 16);
        const AuditTrail::Verification v = reviewer->verify(first->chainId);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 16);
        QCOMPARE(v.lastHash, mine->storedHash(16).value());
        TeamTrail::Filter f;
        f.analyst = QStringLiteral("alice");
        f.machine = QStringLiteral("laptop-1");
        const auto requests = reviewer->requests(f, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests.first().summary.prompt, QStringLiteral("Chart revenue by month, 3 — «ü»"));
        QCOMPARE(requests.first().summary.outcome, QStringLiteral("approved"));
        QCOMPARE(requests.first().summary.reviewer, QStringLiteral("alice"));
        QCOMPARE(requests.first().summary.status, QStringLiteral("succeeded"));
        // Words, as one phrase in the order typed; case and punctuation
        // aside, as in the workbench's own trail.
        f.search = QStringLiteral("MONTH, 2");
        QCOMPARE(reviewer->requests(f, &error).size(), 1);
        f.search = QStringLiteral("2 month");
        QCOMPARE(reviewer->requests(f, &error).size(), 0);
        f.search = QStringLiteral("revenue by month");
        QCOMPARE(reviewer->requests(f, &error).size(), 4);
        f.search = QStringLiteral("revenue month");
        QCOMPARE(reviewer->requests(f, &error).size(), 0);
        f.search = QStringLiteral("print");
        QCOMPARE(reviewer->requests(f, &error).size(), 4);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto records = reviewer->story(requests.first().summary.requestId, &error);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.last().body.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    }

    void rolesHoldTheirLimits()
    {
        auto mine = local();
        story(*mine, QStringLiteral("agent-b"), 0);
        auto writer = team(QStringLiteral("writer2"));
        QVERIFY(writer);
        QString error;
        auto shipped = writer->ship(*mine, *m_key, QStringLiteral("bob"), QStringLiteral("desk-2"), &error);
        QVERIFY2(shipped, qPrintable(error));
        const QString chain = shipped->chainId;

        // A writer inserts and nothing else: no reading, no change, no removal.
        for (const QString &statement :
            {QStringLiteral("SELECT * FROM airlock.records"), QStringLiteral("UPDATE airlock.records SET agent = 'x'"),
                QStringLiteral("DELETE FROM airlock.records"), QStringLiteral("TRUNCATE airlock.records"),
                QStringLiteral("DELETE FROM airlock.chains"), QStringLiteral("SELECT * FROM airlock.blobs")}) {
            const QString refusal = exec(QStringLiteral("writer2"), statement);
            QVERIFY2(refusal.contains(QLatin1String("permission denied")), qPrintable(statement + QLatin1String(": ") + refusal));
        }
        // Nor can another writer add to this chain, take it over, or read
        // where it ends.
        const QString forged = QStringLiteral(
            "INSERT INTO airlock.records (chain_id, seq, kind, request_id, run_id, at, agent, reviewer, status, body,"
            " prev_hash, hash) VALUES ('%1', %2, 'request', 'x', '', 'now', '', '', '', '\\x7b7d', '%3', '%3')")
                                   .arg(chain)
                                   .arg(shipped->onServer + 1)
                                   .arg(mine->storedHash(shipped->onServer).value());
        QVERIFY(!exec(QStringLiteral("writer3"), forged).isEmpty());
        QVERIFY(exec(QStringLiteral("writer3"),
            QStringLiteral("SELECT airlock.register_chain('%1', 'mallory', 'x', repeat('0', 64))").arg(chain))
                    .contains(QLatin1String("belongs to another writer")));
        QVERIFY(exec(QStringLiteral("writer3"), QStringLiteral("SELECT * FROM airlock.chain_head('%1')").arg(chain))
                    .contains(QLatin1String("not writer3")));
        // The chain's own writer cannot slip in a record whose hash is not
        // its content's, or one out of order.
        QVERIFY(exec(QStringLiteral("writer2"), forged).contains(QLatin1String("does not have the hash")));
        // A reviewer reads everything and changes nothing.
        QVERIFY(exec(QStringLiteral("reviewer1"), QStringLiteral("SELECT * FROM airlock.records")).isEmpty());
        QVERIFY(exec(QStringLiteral("reviewer1"), QStringLiteral("DELETE FROM airlock.records"))
                    .contains(QLatin1String("permission denied")));
        QVERIFY(exec(QStringLiteral("reviewer1"), QStringLiteral("SELECT airlock.store_blob('00', '\\x00')"))
                    .contains(QLatin1String("permission denied")));
        // Even the schema's owner meets the append-only triggers.
        QVERIFY(exec(QStringLiteral("airlock_admin"), QStringLiteral("UPDATE airlock.records SET agent = 'x'"))
                    .contains(QLatin1String("append-only")));
        QVERIFY(exec(QStringLiteral("airlock_admin"), QStringLiteral("DELETE FROM airlock.blobs"))
                    .contains(QLatin1String("append-only")));
    }

    void threeWritersAppendAtOnce()
    {
        // Three workbenches, each recording and shipping after every step,
        // all at the same time: every chain arrives whole and in order.
        constexpr int Stories = 15;
        QStringList paths(3);
        for (QString &p : paths)
            local(&p);
        const QStringList roles{QStringLiteral("writer1"), QStringLiteral("writer2"), QStringLiteral("writer3")};
        QList<QFuture<QString>> workers;
        for (int w = 0; w < 3; ++w) {
            workers << QtConcurrent::run([this, w, path = paths.at(w), role = roles.at(w)]() -> QString {
                QString error;
                auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
                auto server = TeamTrail::connect(url(role), &error);
                auto signer = Airlock::HeadSigner::loadOrCreate(path + QStringLiteral(".key"), &error);
                if (!trail || !server || !signer)
                    return error;
                for (int i = 0; i < Stories; ++i) {
                    story(*trail, QStringLiteral("agent-%1").arg(w), i);
                    if (!server->ship(*trail, *signer, role, QStringLiteral("machine-%1").arg(w), &error))
                        return error;
                }
                return QString();
            });
        }
        for (QFuture<QString> &f : workers) {
            f.waitForFinished();
            QVERIFY2(f.result().isEmpty(), qPrintable(f.result()));
        }
        auto reviewer = team(QStringLiteral("reviewer1"));
        QVERIFY(reviewer);
        QString error;
        for (int w = 0; w < 3; ++w) {
            auto trail = AuditTrail::open(paths.at(w), AuditTrail::Mode::ReadOnly, &error);
            QVERIFY(trail);
            const QString chain = trail->chainId(&error);
            const AuditTrail::Verification v = reviewer->verify(chain);
            QVERIFY2(v.intact, qPrintable(v.problem));
            QCOMPARE(v.records, Stories * 4);
            QCOMPARE(v.lastHash, trail->storedHash(Stories * 4).value());
        }
    }

    void nothingIsLostWhileTheServerIsDown()
    {
        auto mine = local();
        story(*mine, QStringLiteral("agent-c"), 0);
        QString error;
        {
            auto writer = team(QStringLiteral("writer3"));
            QVERIFY(writer);
            QVERIFY2(writer->ship(*mine, *m_key, QStringLiteral("carol"), QStringLiteral("laptop-3"), &error), qPrintable(error));
            // The server goes away mid-session: shipping fails, and says so.
            QVERIFY(server(QStringLiteral("stop")));
            story(*mine, QStringLiteral("agent-c"), 1);
            QVERIFY(!writer->ship(*mine, *m_key, QStringLiteral("carol"), QStringLiteral("laptop-3"), &error));
            QVERIFY(!error.isEmpty());
        }
        // Offline: the records are in the local trail, and still waiting.
        story(*mine, QStringLiteral("agent-c"), 2);
        QVERIFY(!TeamTrail::connect(url(QStringLiteral("writer3")), &error));
        QCOMPARE(mine->lastSeq(), 12);
        // Back online: the rest goes, once and in order.
        QVERIFY(server(QStringLiteral("resume")));
        auto writer = team(QStringLiteral("writer3"));
        QVERIFY(writer);
        auto later = writer->ship(*mine, *m_key, QStringLiteral("carol"), QStringLiteral("laptop-3"), &error);
        QVERIFY2(later, qPrintable(error));
        QCOMPARE(later->shipped, 8);
        QCOMPARE(later->waiting, 0);
        auto reviewer = team(QStringLiteral("reviewer1"));
        const AuditTrail::Verification v = reviewer->verify(later->chainId);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 12);
    }

    void aRewrittenLocalTrailIsNotShippedOver()
    {
        QString path;
        auto mine = local(&path);
        story(*mine, QStringLiteral("agent-d"), 0);
        auto writer = team(QStringLiteral("writer1"));
        QString error;
        auto shipped = writer->ship(*mine, *m_key, QStringLiteral("alice"), QStringLiteral("laptop-9"), &error);
        QVERIFY2(shipped, qPrintable(error));
        // The machine's owner rebuilds the chain (new content, fresh hashes)
        // under the same chain id: the server still holds the original.
        QString rewrittenPath;
        auto rewritten = local(&rewrittenPath);
        story(*rewritten, QStringLiteral("agent-d"), 99);
        story(*rewritten, QStringLiteral("agent-d"), 100);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rewrite"));
            db.setDatabaseName(rewrittenPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('chain_id', '%1')")
                               .arg(shipped->chainId)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rewrite"));
        QVERIFY(!writer->ship(*rewritten, *m_key, QStringLiteral("alice"), QStringLiteral("laptop-9"), &error));
        QVERIFY2(error.contains(QLatin1String("rewritten after it was shipped")), qPrintable(error));
        // A trail cut back to before what was shipped is refused too.
        auto empty = local(&rewrittenPath);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
            db.setDatabaseName(rewrittenPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('chain_id', '%1')")
                               .arg(shipped->chainId)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        QVERIFY(!writer->ship(*empty, *m_key, QStringLiteral("alice"), QStringLiteral("laptop-9"), &error));
        QVERIFY2(error.contains(QLatin1String("removed")), qPrintable(error));
    }

    void theCommandLineShipsAndReviews()
    {
        const QString request = QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/examples/chart/monthly-revenue.airlock.json");
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        auto airlockctl = [](const QStringList &arguments, QString *out = nullptr, QString *err = nullptr) {
            QProcess p;
            p.start(QStringLiteral(AIRLOCKCTL_PATH), arguments);
            if (!p.waitForFinished(120000))
                return -1;
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput());
            const QString errors = QString::fromUtf8(p.readAllStandardError());
            if (err)
                *err = errors;
            return p.exitCode();
        };
        // Recorded locally, then shipped: --team names the team trail.
        QString out, err;
        QCOMPARE(airlockctl({QStringLiteral("reject"), request, QStringLiteral("--reviewer"), QStringLiteral("dana"),
                     QStringLiteral("--reason"), QStringLiteral("not today"), QStringLiteral("--db"), db,
                     QStringLiteral("--team"), url(QStringLiteral("writer1"))},
                     &out, &err),
            4);
        QVERIFY2(!err.contains(QLatin1String("shipped later")), qPrintable(err));
        // The server out of reach: rejected all the same, and said to wait.
        const QString nowhere = QStringLiteral("postgresql://writer1@/airlock?host=") + m_dir.path();
        QCOMPARE(airlockctl({QStringLiteral("reject"), request, QStringLiteral("--reviewer"), QStringLiteral("dana"),
                     QStringLiteral("--reason"), QStringLiteral("offline"), QStringLiteral("--db"), db,
                     QStringLiteral("--team"), nowhere},
                     &out, &err),
            4);
        QVERIFY2(err.contains(QLatin1String("shipped later")), qPrintable(err));
        // audit ship sends what waits, once.
        QCOMPARE(airlockctl({QStringLiteral("audit"), QStringLiteral("ship"), QStringLiteral("--db"), db,
                     QStringLiteral("--team"), url(QStringLiteral("writer1"))},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QLatin1String("Shipped ")), qPrintable(out + err));
        QCOMPARE(airlockctl({QStringLiteral("audit"), QStringLiteral("ship"), QStringLiteral("--db"), db,
                     QStringLiteral("--team"), url(QStringLiteral("writer1"))},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QLatin1String("Shipped 0 record")), qPrintable(out + err));

        // A reviewer lists, shows, verifies and exports the team's trail.
        const QString team = url(QStringLiteral("reviewer1"));
        QCOMPARE(airlockctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                     QStringLiteral("--db"), team, QStringLiteral("--search"), QStringLiteral("revenue")},
                     &out, &err),
            0);
        const QJsonArray listed = QJsonDocument::fromJson(out.toUtf8()).array();
        QVERIFY2(listed.size() >= 2, qPrintable(out + err));
        const QJsonObject newest = listed.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
        QCOMPARE(newest.value(QStringLiteral("reviewer")).toString(), QStringLiteral("dana"));
        QVERIFY(!newest.value(QStringLiteral("analyst")).toString().isEmpty());
        QVERIFY(!newest.value(QStringLiteral("machine")).toString().isEmpty());
        QCOMPARE(airlockctl({QStringLiteral("audit"), QStringLiteral("show"),
                     newest.value(QStringLiteral("request_id")).toString(), QStringLiteral("--db"), team},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QLatin1String("offline")), qPrintable(out + err));
        QCOMPARE(airlockctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), team}, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("intact")), qPrintable(out + err));
        const QString report = m_dir.filePath(QStringLiteral("team.html"));
        QCOMPARE(airlockctl({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("html"), QStringLiteral("--db"), team, QStringLiteral("-o"), report},
                     &out, &err),
            0);
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("not today"));
        // A filter the team trail does not have is refused, not ignored.
        QCOMPARE(airlockctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), team,
                     QStringLiteral("--reviewer"), QStringLiteral("dana")},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QLatin1String("--reviewer filters a local trail")), qPrintable(err));
        // A writer cannot read the team's trail.
        QCOMPARE(airlockctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"),
                     url(QStringLiteral("writer2"))},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(err));
    }

    void aLocalTrailRewrittenWholeIsCaughtByItsSignedHead()
    {
        // The machine's owner rebuilds the local trail and its head file
        // together: it verifies on its own, but not against the heads that
        // were signed and published before.
        QString path;
        auto mine = local(&path);
        story(*mine, QStringLiteral("agent-f"), 0);
        story(*mine, QStringLiteral("agent-f"), 1);
        auto writer = team(QStringLiteral("writer1"));
        QString error;
        auto shipped = writer->ship(*mine, *m_key, QStringLiteral("alice"), QStringLiteral("laptop-7"), &error);
        QVERIFY2(shipped, qPrintable(error));
        AuditTrail::Verification before = mine->verify();
        writer->checkPublishedHeads(*mine, &before);
        QVERIFY2(before.intact, qPrintable(before.problem));
        QCOMPARE(before.publishedHead, 8);
        QCOMPARE(before.toJson().value(QStringLiteral("published_head")).toInteger(), 8);

        QString forgedPath;
        auto forged = local(&forgedPath);
        story(*forged, QStringLiteral("agent-f"), 0);
        story(*forged, QStringLiteral("agent-f"), 7);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
            db.setDatabaseName(forgedPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('chain_id', '%1')")
                               .arg(shipped->chainId)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("forge"));
        AuditTrail::Verification v = forged->verify();
        QVERIFY2(v.intact, "the rebuilt trail is consistent in itself");
        writer->checkPublishedHeads(*forged, &v);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBad, 8);
        QVERIFY2(v.problem.contains(QLatin1String("signed and published")), qPrintable(v.problem));

        // From the command line, as the analyst checks their own trail.
        QProcess p;
        p.start(QStringLiteral(AIRLOCKCTL_PATH),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), forgedPath,
                QStringLiteral("--team"), url(QStringLiteral("writer1"))});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(out.contains(QLatin1String("signed and published")), qPrintable(out));
        p.start(QStringLiteral(AIRLOCKCTL_PATH),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--team"),
                url(QStringLiteral("writer1"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    void headsAreBoundToTheirKey()
    {
        auto mine = local();
        story(*mine, QStringLiteral("agent-g"), 0);
        auto writer = team(QStringLiteral("writer3"));
        QString error;
        auto shipped = writer->ship(*mine, *m_key, QStringLiteral("erin"), QStringLiteral("desk-8"), &error);
        QVERIFY2(shipped, qPrintable(error));
        // Another key cannot take the chain over…
        auto other = key(m_dir.filePath(QStringLiteral("other.pem")));
        story(*mine, QStringLiteral("agent-g"), 1);
        QVERIFY(!writer->ship(*mine, *other, QStringLiteral("erin"), QStringLiteral("desk-8"), &error));
        QVERIFY2(error.contains(QLatin1String("another key")), qPrintable(error));
        // …and a head its writer publishes with a bad signature is named.
        QCOMPARE(exec(QStringLiteral("writer3"),
                     QStringLiteral("SELECT airlock.publish_head('%1', 2, '%2', 'now', repeat('ab', 64))")
                         .arg(shipped->chainId, mine->storedHash(2).value())),
            QString());
        auto reviewer = team(QStringLiteral("reviewer1"));
        const AuditTrail::Verification v = reviewer->verify(shipped->chainId);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBad, 2);
        QVERIFY2(v.problem.contains(QLatin1String("not signed with the chain's key")), qPrintable(v.problem));
        // A key others can read is not used.
        const QString loose = m_dir.filePath(QStringLiteral("loose.pem"));
        key(loose);
        QFile::setPermissions(loose, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QVERIFY(!Airlock::HeadSigner::loadOrCreate(loose, &error));
        QVERIFY2(error.contains(QLatin1String("readable by others")), qPrintable(error));
    }

    void theWorkbenchShipsAsItRecords()
    {
        // The workbench records into its own trail and ships each step; the
        // server goes away and comes back, and what waited goes without
        // anyone asking.
        QString path;
        local(&path);
        Airlock::Workbench::Options options;
        options.auditTrailPath = path;
        options.teamTrail = url(QStringLiteral("writer2"));
        options.watchInbox = false;
        options.listenForAgents = false;
        options.warmAnalyzer = false;
        Airlock::Workbench bench(options);
        Airlock::TeamShipper *shipper = bench.shipper();
        QSignalSpy status(shipper, &Airlock::TeamShipper::statusChanged);
        bench.start();
        QTRY_VERIFY(!status.isEmpty());
        QVERIFY(shipper->isActive());
        auto malformed = [&](int i) {
            const QString file = m_dir.filePath(QStringLiteral("broken-%1.json").arg(i));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ not json " + QByteArray::number(i));
            f.close();
            QCOMPARE(bench.addRequests({file}).size(), 1);
            bench.writer()->flush();
        };
        malformed(1);
        QTRY_VERIFY_WITH_TIMEOUT(shipper->waiting() == 0 && shipper->problem().isEmpty()
                && status.last().at(0).toLongLong() == 0,
            20000);
        auto reviewer = team(QStringLiteral("reviewer1"));
        QString error;
        auto chainOf = [&]() {
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
            return trail ? trail->chainId(&error) : QString();
        };
        const QString chain = chainOf();
        QVERIFY2(!chain.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(reviewer->verify(chain).records, 1, 20000);

        QVERIFY(server(QStringLiteral("stop")));
        malformed(2);
        QTRY_VERIFY_WITH_TIMEOUT(!shipper->problem().isEmpty() && shipper->waiting() == 1, 30000);
        malformed(3);
        QTRY_COMPARE_WITH_TIMEOUT(shipper->waiting(), 2, 30000);
        QVERIFY(server(QStringLiteral("resume")));
        // The retry finds it again (5 s after the first failure, then 10 s).
        QTRY_VERIFY_WITH_TIMEOUT(shipper->waiting() == 0 && shipper->problem().isEmpty(), 60000);
        reviewer = team(QStringLiteral("reviewer1"));
        const AuditTrail::Verification v = reviewer->verify(chain);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 3);
        QCOMPARE(v.publishedHead, 3);
    }

    void verificationTrustsNotTheServer()
    {
        // Someone with the database's superuser rights edits a shipped
        // record behind the triggers' back: the reviewer's check finds it.
        auto mine = local();
        story(*mine, QStringLiteral("agent-e"), 0);
        story(*mine, QStringLiteral("agent-e"), 1);
        auto writer = team(QStringLiteral("writer2"));
        QString error;
        auto shipped = writer->ship(*mine, *m_key, QStringLiteral("bob"), QStringLiteral("desk-5"), &error);
        QVERIFY2(shipped, qPrintable(error));
        const QString tamper = QStringLiteral(
            "BEGIN; ALTER TABLE airlock.records DISABLE TRIGGER records_append_only;"
            " UPDATE airlock.records SET body = convert_to('{\"outcome\":\"rejected\"}', 'UTF8')"
            " WHERE chain_id = '%1' AND seq = 6;"
            " ALTER TABLE airlock.records ENABLE TRIGGER records_append_only; COMMIT;")
                                   .arg(shipped->chainId);
        QCOMPARE(exec(QStringLiteral("airlock_admin"), tamper), QString());
        auto reviewer = team(QStringLiteral("reviewer1"));
        const AuditTrail::Verification v = reviewer->verify(shipped->chainId);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBad, 6);
        QVERIFY2(v.problem.contains(QLatin1String("edited")), qPrintable(v.problem));
        // The records after it are still what was shipped.
        QCOMPARE(v.badRecords, 1);
        QCOMPARE(v.records, 8);

        // A rewrite with every hash and link recomputed passes those checks,
        // but not the head its workbench signed: no one else has the key.
        auto other = local();
        story(*other, QStringLiteral("agent-e"), 0);
        story(*other, QStringLiteral("agent-e"), 1);
        auto rewritten = writer->ship(*other, *m_key, QStringLiteral("bob"), QStringLiteral("desk-6"), &error);
        QVERIFY2(rewritten, qPrintable(error));
        const QString rechain = QStringLiteral(
            "BEGIN; ALTER TABLE airlock.records DISABLE TRIGGER records_append_only;"
            " DO $$ DECLARE r airlock.records; prev text; BEGIN"
            " FOR r IN SELECT * FROM airlock.records WHERE chain_id = '%1' ORDER BY seq LOOP"
            "  IF r.seq = 2 THEN r.body := convert_to('{\"outcome\":\"rejected\"}', 'UTF8'); END IF;"
            "  IF prev IS NOT NULL THEN r.prev_hash := prev; END IF;"
            "  r.hash := airlock.record_hash(r);"
            "  UPDATE airlock.records SET body = r.body, prev_hash = r.prev_hash, hash = r.hash"
            "   WHERE chain_id = r.chain_id AND seq = r.seq;"
            "  prev := r.hash;"
            " END LOOP; END $$;"
            " ALTER TABLE airlock.records ENABLE TRIGGER records_append_only; COMMIT;")
                                    .arg(rewritten->chainId);
        QCOMPARE(exec(QStringLiteral("airlock_admin"), rechain), QString());
        const AuditTrail::Verification w = reviewer->verify(rewritten->chainId);
        QVERIFY(!w.intact);
        QCOMPARE(w.badRecords, 1);
        QCOMPARE(w.firstBad, 8);
        QVERIFY2(w.problem.contains(QLatin1String("rewritten after it")), qPrintable(w.problem));
    }
};

QTEST_GUILESS_MAIN(TestTeamTrail)
#include "tst_teamtrail.moc"
