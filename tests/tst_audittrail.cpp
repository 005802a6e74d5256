// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "audittrail.h"
#include "canonicaltext.h"
#include "testsupport.h"

using Airlock::AuditTrail;

using TestSupport::fileHash;
using TestSupport::sql;

namespace {
const QString DropTriggers = QStringLiteral("DROP TRIGGER records_append_only_u; DROP TRIGGER records_append_only_d;");

int appendWorker(const QString &db, int count, const QString &tag)
{
    QString error;
    auto trail = AuditTrail::open(db, AuditTrail::Mode::ReadWrite, &error);
    if (!trail)
        return 2;
    for (int i = 0; i < count; ++i)
        if (!trail->append(QStringLiteral("request"), tag + QString::number(i), {},
                {{QStringLiteral("agent"), tag}, {QStringLiteral("prompt"), QStringLiteral("n %1").arg(i)}}, &error))
            return 1;
    return 0;
}
} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString fresh() { return m_dir.filePath(QStringLiteral("trail-%1.sqlite").arg(++m_n)); }

    // A trail of @p n mixed records, closed again.
    QString filled(int n)
    {
        const QString path = fresh();
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        if (!trail)
            qFatal("%s", qPrintable(error));
        const QStringList kinds{QStringLiteral("request"), QStringLiteral("verdicts"), QStringLiteral("decision"),
            QStringLiteral("run_started"), QStringLiteral("run_finished")};
        for (int i = 0; i < n; ++i) {
            const QString kind = kinds.at(i % kinds.size());
            QJsonObject body{{QStringLiteral("i"), i}, {QStringLiteral("agent"), QStringLiteral("agent-%1").arg(i % 3)},
                {QStringLiteral("prompt"), QStringLiteral("prompt about revenue %1").arg(i)},
                {QStringLiteral("code"), QStringLiteral("print(%1)").arg(i)}};
            if (kind == QLatin1String("decision"))
                body.insert(QStringLiteral("reviewer"), QStringLiteral("alice"));
            if (kind == QLatin1String("run_finished"))
                body.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
            if (kind == QLatin1String("run_started"))
                body.insert(QStringLiteral("pid"), qint64(QCoreApplication::applicationPid()));
            if (!trail->append(kind, QStringLiteral("req-%1").arg(i / kinds.size()),
                    QStringLiteral("run-%1").arg(i / kinds.size()), body, &error))
                qFatal("%s", qPrintable(error));
        }
        return path;
    }

    AuditTrail::Verification verify(const QString &path)
    {
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
        if (!trail)
            qFatal("%s", qPrintable(error));
        return trail->verify();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(), "the sqlite3 shell is needed");
    }

    void manyRecordsVerify()
    {
        const QString path = filled(500);
        const auto v = verify(path);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 500);
        QCOMPARE(sql(path, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
        QCOMPARE(sql(path, QStringLiteral("PRAGMA journal_mode;")), QStringLiteral("wal"));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("problem");
        QTest::addRow("edited field") << DropTriggers
                + QStringLiteral("UPDATE records SET body = replace(body, 'print(12)', 'print(13)') WHERE seq = 13;")
                                      << qint64(13) << QStringLiteral("edited");
        QTest::addRow("edited column") << DropTriggers
                + QStringLiteral("UPDATE records SET reviewer = 'mallory' WHERE seq = 8;")
                                       << qint64(8) << QStringLiteral("edited");
        QTest::addRow("deleted record") << DropTriggers + QStringLiteral("DELETE FROM records WHERE seq = 20;")
                                        << qint64(20) << QStringLiteral("missing");
        QTest::addRow("swapped records") << DropTriggers
                + QStringLiteral(
                    "UPDATE records SET seq = -1 WHERE seq = 30; UPDATE records SET seq = 30 WHERE seq = 31;"
                    " UPDATE records SET seq = 31 WHERE seq = -1;")
                                         << qint64(30) << QStringLiteral("out of order");
        QTest::addRow("truncated tail") << DropTriggers + QStringLiteral("DELETE FROM records WHERE seq > 45;")
                                        << qint64(46) << QStringLiteral("truncated");
    }

    void tampering()
    {
        QFETCH(QString, attack);
        QFETCH(qint64, firstBad);
        QFETCH(QString, problem);
        const QString path = filled(50);
        QVERIFY(verify(path).intact);
        QCOMPARE(sql(path, attack), QString());
        const auto v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBad, firstBad);
        QVERIFY2(v.problem.contains(problem), qPrintable(v.problem));
    }

    void everyBadRecordIsReported_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QList<qint64>>("bad");
        QTest::addColumn<QStringList>("problems");
        // Two independent tamperings far apart: the second is never hidden
        // behind the first, and neither drags the records after it along.
        QTest::addRow("two edits") << DropTriggers
                + QStringLiteral("UPDATE records SET body = replace(body, 'print(4)', 'print(5)') WHERE seq = 5;"
                                 "UPDATE records SET reviewer = 'mallory' WHERE seq = 48;")
                                   << QList<qint64>{5, 48}
                                   << QStringList{QStringLiteral("edited"), QStringLiteral("edited")};
        QTest::addRow("a deletion and an edit")
            << DropTriggers
                + QStringLiteral("DELETE FROM records WHERE seq = 10;"
                                 "UPDATE records SET agent = 'agent-9' WHERE seq = 40;")
            << QList<qint64>{10, 40} << QStringList{QStringLiteral("missing"), QStringLiteral("edited")};
        QTest::addRow("an edit and a cut-off tail")
            << DropTriggers
                + QStringLiteral("UPDATE records SET request_id = 'req-x' WHERE seq = 3;"
                                 "DELETE FROM records WHERE seq > 55;")
            << QList<qint64>{3, 56} << QStringList{QStringLiteral("edited"), QStringLiteral("truncated")};
    }

    void everyBadRecordIsReported()
    {
        QFETCH(QString, attack);
        QFETCH(QList<qint64>, bad);
        QFETCH(QStringList, problems);
        const QString path = filled(60);
        QVERIFY(verify(path).intact);
        QCOMPARE(sql(path, attack), QString());
        const auto v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.badRecords, qint64(bad.size()));
        QCOMPARE(v.problems.size(), bad.size());
        for (qsizetype i = 0; i < bad.size(); ++i) {
            QCOMPARE(v.problems.at(i).seq, bad.at(i));
            QVERIFY2(v.problems.at(i).problem.contains(problems.at(i)), qPrintable(v.problems.at(i).problem));
        }
        QCOMPARE(v.firstBad, bad.constFirst());
        QCOMPARE(v.problem, v.problems.constFirst().problem);
        // Every record was read, not only those before the first fault.
        QCOMPARE(v.records, qint64(sql(path, QStringLiteral("SELECT COUNT(*) FROM records;")).toLongLong()));
        const QJsonObject json = v.toJson();
        QCOMPARE(json.value(QStringLiteral("bad_records")).toInteger(), bad.size());
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().size(), bad.size());
    }

    void textWithoutAUtf8FormIsNeverStored_data()
    {
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("named");
        const QString lone(QChar(0xD800));
        QTest::addRow("agent column") << QStringLiteral("r") << QJsonObject{{QStringLiteral("agent"), lone}}
                                      << QStringLiteral("agent");
        QTest::addRow("reviewer column") << QStringLiteral(
            "r") << QJsonObject{{QStringLiteral("reviewer"), QString(QStringLiteral("x") + lone)}}
                                         << QStringLiteral("reviewer");
        QTest::addRow("request_id column")
            << QString(QStringLiteral("r") + lone) << QJsonObject{} << QStringLiteral("request_id");
        QTest::addRow("NUL in a column") << QString(QStringLiteral("r") + QChar(0)) << QJsonObject{}
                                         << QStringLiteral("request_id");
        QTest::addRow("deep in the body")
            << QStringLiteral("r")
            << QJsonObject{{QStringLiteral("document"),
                   QJsonObject{{QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("name"), lone}}}}}}}
            << QStringLiteral("document.files[0].name");
        QTest::addRow("a key in the body")
            << QStringLiteral("r") << QJsonObject{{QStringLiteral("document"), QJsonObject{{lone, 1}}}}
            << QStringLiteral("document[");
    }

    void textWithoutAUtf8FormIsNeverStored()
    {
        QFETCH(QString, requestId);
        QFETCH(QJsonObject, body);
        QFETCH(QString, named);
        const QString path = filled(3);
        QString error;
        {
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            QVERIFY(trail);
            QVERIFY(!trail->append(QStringLiteral("request"), requestId, {}, body, &error));
            QVERIFY2(error.contains(named), qPrintable(error));
            QCOMPARE(Airlock::CanonicalText::loneSurrogateAt(error), -1);
            QCOMPARE(trail->lastSeq(), 3);
            // The trail goes on, whole.
            QVERIFY(trail->append(QStringLiteral("request"), QStringLiteral("next"), {}, {}, &error));
        }
        QVERIFY(verify(path).intact);
    }

    void hashedBytesAreStoredBytes()
    {
        // Non-ASCII in every text column: stored as exactly the UTF-8 hashed.
        const QString path = fresh();
        const QString agent = QStringLiteral("Zo\u00eb \u6d4b\u8bd5 ") + QString::fromUtf8("\xf0\x9f\x9a\x80");
        const QString requestId = QStringLiteral("r\u00e9q");
        QString error;
        {
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            QVERIFY(trail);
            QVERIFY(trail->append(QStringLiteral("decision"), requestId, QStringLiteral("run\u00df"),
                {{QStringLiteral("agent"), agent}, {QStringLiteral("reviewer"), agent},
                    {QStringLiteral("outcome"), QStringLiteral("approved")}},
                &error));
        }
        const QString stored = sql(path,
            QStringLiteral("SELECT hex(CAST(request_id AS BLOB)) || ' ' || hex(CAST(run_id AS BLOB)) || ' ' ||"
                           " hex(CAST(agent AS BLOB)) || ' ' || hex(CAST(reviewer AS BLOB)) || ' ' || typeof(agent)"
                           " FROM records;"));
        QCOMPARE(stored,
            QString::fromLatin1(requestId.toUtf8().toHex().toUpper() + ' '
                + QStringLiteral("run\u00df").toUtf8().toHex().toUpper() + ' ' + agent.toUtf8().toHex().toUpper() + ' '
                + agent.toUtf8().toHex().toUpper() + " text"));
        QVERIFY(verify(path).intact);
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
        QCOMPARE(trail->story(requestId).size(), 1);
    }

    void schemaTwoTrailOpensAndVerifies()
    {
        // A trail as schema 2 wrote it: the agent's request_id was the
        // record's request_id (unless Airlock had made one up), and the
        // request table had no column for it.
        const QString path = fresh();
        QString error;
        {
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            QVERIFY(trail);
            for (int i = 0; i < 3; ++i) {
                const QString id = i < 2 ? QStringLiteral("old-ref-%1").arg(i) : QStringLiteral("generated-uuid");
                QVERIFY(trail->append(QStringLiteral("request"), id, {},
                    {{QStringLiteral("agent"), QStringLiteral("bot")},
                        {QStringLiteral("prompt"), QStringLiteral("p%1").arg(i)},
                        {QStringLiteral("code"), QStringLiteral("print(%1)").arg(i)},
                        {QStringLiteral("request_id_generated"), i == 2}},
                    &error));
                QVERIFY(trail->append(QStringLiteral("decision"), id, {},
                    {{QStringLiteral("reviewer"), QStringLiteral("alice")},
                        {QStringLiteral("outcome"), QStringLiteral("approved")}},
                    &error));
            }
            // Withdrawn by its agent before anyone decided (schema 2 knew that).
            QVERIFY(trail->append(QStringLiteral("request"), QStringLiteral("old-ref-gone"), {},
                {{QStringLiteral("agent"), QStringLiteral("bot")}, {QStringLiteral("code"), QStringLiteral("print()")}},
                &error));
            QVERIFY(trail->append(QStringLiteral("withdrawn"), QStringLiteral("old-ref-gone"), {},
                {{QStringLiteral("reason"), QStringLiteral("no longer needed")}}, &error));
        }
        QCOMPARE(sql(path,
                     QStringLiteral(
                         "DROP TABLE request_inputs; DROP TABLE requests;"
                         "CREATE TABLE requests(request_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, at TEXT NOT NULL,"
                         " agent TEXT NOT NULL DEFAULT '', prompt TEXT NOT NULL DEFAULT '', reviewer TEXT NOT NULL"
                         " DEFAULT '', outcome TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', severity TEXT"
                         " NOT NULL DEFAULT '', policy TEXT NOT NULL DEFAULT '', policy_sha256 TEXT NOT NULL DEFAULT"
                         " '', severity_rank INTEGER NOT NULL DEFAULT 0, scenario TEXT NOT NULL DEFAULT '');"
                         "INSERT INTO requests(request_id, seq, at) SELECT request_id, seq, at FROM records WHERE"
                         " kind = 'request';"
                         "CREATE TABLE request_inputs(request_id TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT"
                         " NULL);"
                         "UPDATE meta SET value = '2' WHERE key = 'schema_version';")),
            QString());
        const QString chain = QStringLiteral("SELECT group_concat(hash, ',') FROM records;");
        const QString hashes = sql(path, chain);
        const QByteArray before = fileHash(path);
        const QByteArray headBefore = fileHash(path + QStringLiteral(".head"));
        AuditTrail::Filter byReference;
        byReference.agentReference = QStringLiteral("old-ref-1");
        for (const auto mode : {AuditTrail::Mode::ReadOnly, AuditTrail::Mode::ReadWrite}) {
            auto trail = AuditTrail::open(path, mode, &error);
            QVERIFY2(trail, qPrintable(error));
            QVERIFY(trail->verify().intact);
            const auto all = trail->list({});
            QCOMPARE(all.size(), 4);
            // Rebuilt from every kind that says how a request ended.
            QCOMPARE(all.at(0).agentRequestId, QStringLiteral("old-ref-gone"));
            QCOMPARE(all.at(0).outcome, QStringLiteral("withdrawn"));
            // Newest first: the made-up id was never the agent's.
            QCOMPARE(all.at(1).agentRequestId, QString());
            QCOMPARE(all.at(2).agentRequestId, QStringLiteral("old-ref-1"));
            QCOMPARE(all.at(2).reviewer, QStringLiteral("alice"));
            QCOMPARE(trail->count(byReference), 1);
            QCOMPARE(trail->story(QStringLiteral("old-ref-0")).size(), 2);
            if (mode == AuditTrail::Mode::ReadOnly)
                QCOMPARE(fileHash(path), before); // read as it is, never written
        }
        // Upgraded: only the derived tables changed.
        QCOMPARE(sql(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version';")),
            QString::number(AuditTrail::SchemaVersion));
        QCOMPARE(sql(path, chain), hashes);
        QCOMPARE(fileHash(path + QStringLiteral(".head")), headBefore);
        QVERIFY(verify(path).intact);
    }

    void rewrittenChainIsFoundByTheHead()
    {
        // Rebuild a whole different chain with valid hashes: only the head
        // kept beside the trail can tell.
        const QString original = filled(10);
        const QString forged = filled(10);
        QFile::remove(forged + QStringLiteral(".head"));
        QVERIFY(QFile::copy(original + QStringLiteral(".head"), forged + QStringLiteral(".head")));
        const auto v = verify(forged);
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QLatin1String("head")), qPrintable(v.problem));
    }

    void replacedSidecar()
    {
        const QString path = filled(10);
        QFile head(path + QStringLiteral(".head"));
        QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
        head.write(QJsonDocument(
            QJsonObject{{QStringLiteral("seq"), 10}, {QStringLiteral("hash"), QString(64, QLatin1Char('a'))}})
                       .toJson());
        head.close();
        const auto v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBad, 10);
        QVERIFY(v.problem.contains(QLatin1String("head")));
        QFile::remove(path + QStringLiteral(".head"));
        QVERIFY(verify(path).problem.contains(QLatin1String("missing")));
    }

    void triggersRefuseChanges()
    {
        const QString path = filled(5);
        QVERIFY(sql(path, QStringLiteral("UPDATE records SET body = '{}' WHERE seq = 1;"))
                    .contains(QLatin1String("append-only")));
        QVERIFY(sql(path, QStringLiteral("DELETE FROM records WHERE seq = 1;")).contains(QLatin1String("append-only")));
        QVERIFY(verify(path).intact);
    }

    void artifactsAreContentAddressedAndChecked()
    {
        const QString path = fresh();
        QString error;
        {
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            QVERIFY(trail);
            const QByteArray png("\x89PNG fake chart");
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
            for (int i = 0; i < 2; ++i)
                QVERIFY(trail->appendArtifact(QStringLiteral("r"), QStringLiteral("run"),
                    {{QStringLiteral("name"), QStringLiteral("chart.png")}, {QStringLiteral("sha256"), sha}}, png,
                    &error));
            QCOMPARE(*trail->artifactContent(sha), png);
        }
        QCOMPARE(sql(path, QStringLiteral("SELECT COUNT(*) FROM blobs;")), QStringLiteral("1"));
        QVERIFY(verify(path).intact);
        QCOMPARE(sql(path, QStringLiteral("DROP TRIGGER blobs_append_only_u; UPDATE blobs SET content = x'00';")),
            QString());
        const auto v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBad, 1);
        QVERIFY(v.problem.contains(QLatin1String("artifact")));
    }

    void newerSchemaIsRefused()
    {
        const QString path = filled(3);
        QCOMPARE(sql(path, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version';")), QString());
        QString error;
        QVERIFY(!AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("newer Airlock")), qPrintable(error));
        QVERIFY(!AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error));
    }

    void corruptFileGivesAClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("garbage") << QByteArray(4096, 'x');
        QTest::addRow("truncated header") << QByteArray("SQLite format 3\0", 16);
    }

    void corruptFileGivesAClearError()
    {
        QFETCH(QByteArray, content);
        const QString path = fresh();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        QVERIFY(!AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error));
        QVERIFY(!error.isEmpty());
    }

    void otherSqliteDatabaseIsNotATrail()
    {
        const QString path = fresh();
        QCOMPARE(sql(path, QStringLiteral("CREATE TABLE x(a);")), QString());
        QString error;
        QVERIFY(!AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("not an Airlock audit trail")), qPrintable(error));
    }

    void readOnlyNeverWrites()
    {
        const QString path = filled(40);
        const QByteArray before = fileHash(path);
        const QByteArray headBefore = fileHash(path + QStringLiteral(".head"));
        {
            QString error;
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
            QVERIFY(trail);
            QVERIFY(trail->verify().intact);
            QVERIFY(!trail->list({}).isEmpty());
            QVERIFY(!trail->append(QStringLiteral("request"), {}, {}, {}, &error));
        }
        QCOMPARE(fileHash(path), before);
        QCOMPARE(fileHash(path + QStringLiteral(".head")), headBefore);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }

    void listFiltersAndSearch()
    {
        const QString path = filled(50); // 10 requests
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
        QVERIFY(trail);
        QCOMPARE(trail->list({}).size(), 10);
        AuditTrail::Filter byAgent;
        byAgent.agent = QStringLiteral("agent-0");
        // request records are i = 0, 5, 10, ...: agent-(i % 3)
        QCOMPARE(trail->list(byAgent).size(), 4);
        AuditTrail::Filter search;
        search.search = QStringLiteral("print(25)");
        const auto found = trail->list(search);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().requestId, QStringLiteral("req-5"));
        AuditTrail::Filter hostile;
        hostile.search = QStringLiteral("\" OR 1=1 -- NEAR(");
        QVERIFY(trail->list(hostile, &error).isEmpty());
        AuditTrail::Filter reviewed;
        reviewed.reviewer = QStringLiteral("alice");
        QCOMPARE(trail->list(reviewed).size(), 10);
        QCOMPARE(trail->story(QStringLiteral("req-2")).size(), 5);
    }

    // Requests with inputs, verdicts under two policies, and decisions.
    QString withInputs()
    {
        const QString path = fresh();
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        if (!trail)
            qFatal("%s", qPrintable(error));
        const QStringList severities{QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("block")};
        for (int i = 0; i < 12; ++i) {
            const QString id = QStringLiteral("r%1").arg(i);
            const QJsonArray inputs{QJsonObject{{QStringLiteral("name"), QStringLiteral("data-%1.csv").arg(i % 4)},
                {QStringLiteral("sha256"), QString(64, QLatin1Char("abcd"[i % 4]))}}};
            trail->append(QStringLiteral("request"), id, {},
                {{QStringLiteral("agent"), QStringLiteral("bot")},
                    {QStringLiteral("prompt"), QStringLiteral("p%1").arg(i)},
                    {QStringLiteral("code"), QStringLiteral("print(%1)").arg(i)}, {QStringLiteral("inputs"), inputs}},
                &error);
            trail->append(QStringLiteral("verdicts"), id, {},
                {{QStringLiteral("policy"),
                     QJsonObject{{QStringLiteral("name"), i % 2 ? QStringLiteral("strict") : QStringLiteral("default")},
                         {QStringLiteral("sha256"), QString(64, i % 2 ? u'1' : u'2')}}},
                    {QStringLiteral("verdicts"),
                        QJsonArray{QJsonObject{{QStringLiteral("severity"), severities.at(i % 3)}},
                            QJsonObject{{QStringLiteral("severity"), QStringLiteral("info")}}}}},
                &error);
            trail->append(QStringLiteral("decision"), id, {},
                {{QStringLiteral("reviewer"), i < 6 ? QStringLiteral("alice") : QStringLiteral("bob")},
                    {QStringLiteral("outcome"), i % 4 == 3 ? QStringLiteral("rejected") : QStringLiteral("approved")}},
                &error);
        }
        return path;
    }

    void filtersByDecisionSeverityPolicyAndInput()
    {
        const QString path = withInputs();
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
        QVERIFY2(trail, qPrintable(error));
        AuditTrail::Filter f;
        QCOMPARE(trail->count(f), 12);
        f.outcome = QStringLiteral("rejected");
        QCOMPARE(trail->count(f), 3);
        f = {};
        f.severity = QStringLiteral("block");
        QCOMPARE(trail->count(f), 4);
        QCOMPARE(trail->list(f).constFirst().severity, QStringLiteral("block"));
        f = {};
        f.policy = QStringLiteral("strict");
        QCOMPARE(trail->count(f), 6);
        f.policy = QString(64, u'1');
        QCOMPARE(trail->count(f), 6);
        f = {};
        f.input = QString(64, u'b'); // requests 1, 5, 9
        QCOMPARE(trail->count(f), 3);
        f.input = QString(64, u'B'); // hashes are compared in lower case
        QCOMPARE(trail->count(f), 3);
        f.input = QStringLiteral("data-0.csv");
        QCOMPARE(trail->count(f), 3);
        f.reviewer = QStringLiteral("bob"); // and combined: r8
        QCOMPARE(trail->count(f), 1);
        QCOMPARE(trail->list(f).constFirst().requestId, QStringLiteral("r8"));
        // Sorting by any column, and paging through it.
        f = {};
        f.sort = AuditTrail::Filter::Sort::Severity;
        f.ascending = false;
        f.limit = 5;
        const auto page = trail->list(f);
        QCOMPARE(page.size(), 5);
        QCOMPARE(page.at(0).severity, QStringLiteral("block"));
        QCOMPARE(page.at(4).severity, QStringLiteral("warn"));
        f.offset = 10;
        QCOMPARE(trail->list(f).size(), 2);
        f = {};
        f.sort = AuditTrail::Filter::Sort::Prompt;
        f.ascending = true;
        QCOMPARE(trail->list(f).constFirst().prompt, QStringLiteral("p0"));
        QCOMPARE(trail->list(f).constLast().prompt, QStringLiteral("p9"));
    }

    void olderSchemaIsReadAndUpgraded()
    {
        const QString path = withInputs();
        // Back to schema 1, as the first release wrote it.
        QCOMPARE(
            sql(path,
                QStringLiteral("DROP TABLE request_inputs; DROP TABLE requests;"
                               "CREATE TABLE requests(request_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, at TEXT "
                               "NOT NULL, agent TEXT NOT NULL DEFAULT '', prompt TEXT NOT NULL DEFAULT '', reviewer "
                               "TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', status TEXT NOT NULL "
                               "DEFAULT '');"
                               "UPDATE meta SET value = '1' WHERE key = 'schema_version';")),
            QString());
        const QByteArray before = fileHash(path);
        AuditTrail::Filter byInput;
        byInput.input = QStringLiteral("data-2.csv");
        {
            // Read-only: the derived tables are rebuilt in memory, the file is untouched.
            QString error;
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
            QVERIFY2(trail, qPrintable(error));
            QCOMPARE(trail->count(byInput), 3);
            QVERIFY(trail->verify().intact);
        }
        QCOMPARE(fileHash(path), before);
        {
            QString error;
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            QVERIFY2(trail, qPrintable(error));
            QCOMPARE(trail->count(byInput), 3);
            QVERIFY(trail->verify().intact);
        }
        QCOMPARE(sql(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version';")),
            QString::number(AuditTrail::SchemaVersion));
    }

    void readOnlySeesATrailInUse()
    {
        // The workbench holds its trail open in WAL mode; a reviewer's
        // read-only view must see what is in the log, and never write the trail.
        const QString path = fresh();
        QString error;
        auto writer = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY(writer);
        QVERIFY(writer->append(QStringLiteral("request"), QStringLiteral("live"), {},
            {{QStringLiteral("agent"), QStringLiteral("a")}}, &error));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        const QByteArray before = fileHash(path);
        {
            auto reader = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
            QVERIFY2(reader, qPrintable(error));
            QCOMPARE(reader->count({}), 1);
            QVERIFY(reader->verify().intact);
        }
        QCOMPARE(fileHash(path), before);
    }

    void allDigitRequestIdIsNotARecordNumber()
    {
        const QString path = fresh();
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY(trail);
        trail->append(QStringLiteral("request"), QStringLiteral("first"), {}, {}, &error);
        trail->append(QStringLiteral("request"), QStringLiteral("1"), {}, {}, &error); // record #2
        trail->append(QStringLiteral("verdicts"), QStringLiteral("1"), {}, {}, &error);
        // "1" is that request's id, not record #1.
        QCOMPARE(trail->story(QStringLiteral("1")).size(), 2);
        QCOMPARE(trail->story(QStringLiteral("1")).constFirst().requestId, QStringLiteral("1"));
        QCOMPARE(trail->storyOfRecord(1).constFirst().requestId, QStringLiteral("first"));
        QCOMPARE(trail->story(QStringLiteral("3")).constFirst().requestId, QStringLiteral("1")); // a record number
    }

    void unfinishedRunOfADeadProcessIsMarkedInterrupted()
    {
        const QString path = fresh();
        QString error;
        {
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            QVERIFY(trail);
            QProcess dead;
            dead.start(QStringLiteral("true"));
            QVERIFY(dead.waitForFinished());
            QFile bootFile(QStringLiteral("/proc/sys/kernel/random/boot_id"));
            bootFile.open(QIODevice::ReadOnly);
            const QString boot = QString::fromLatin1(bootFile.readAll().trimmed());
            QVERIFY(trail->append(QStringLiteral("run_started"), QStringLiteral("r1"), QStringLiteral("run-dead"),
                {{QStringLiteral("pid"), dead.processId()}, {QStringLiteral("boot_id"), boot},
                    {QStringLiteral("host"), QSysInfo::machineHostName()}},
                &error));
            // Our own, still running, stays open.
            QVERIFY(trail->append(QStringLiteral("run_started"), QStringLiteral("r2"), QStringLiteral("run-alive"),
                {{QStringLiteral("pid"), QCoreApplication::applicationPid()}, {QStringLiteral("boot_id"), boot},
                    {QStringLiteral("host"), QSysInfo::machineHostName()}},
                &error));
        }
        auto reopened = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY(reopened);
        const auto story = reopened->story(QStringLiteral("r1"));
        QCOMPARE(story.size(), 2);
        QCOMPARE(story.last().kind, QStringLiteral("interrupted"));
        QCOMPARE(reopened->story(QStringLiteral("r2")).size(), 1);
        QVERIFY(reopened->verify().intact);
    }

    void undecidedRequestsAreThoseWithoutAnOutcome()
    {
        const QString path = fresh();
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY2(trail, qPrintable(error));
        auto add = [&](const QString &kind, const QString &id, const QJsonObject &body = {}) {
            if (!trail->append(kind, id, {}, body, &error))
                qFatal("%s", qPrintable(error));
        };
        const QJsonObject verdicts{{QStringLiteral("verdicts"),
                                       QJsonArray{QJsonObject{{QStringLiteral("rule"), QStringLiteral("code.x")},
                                           {QStringLiteral("severity"), QStringLiteral("warn")}}}},
            {QStringLiteral("policy"), QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}}};
        add(QStringLiteral("request"), QStringLiteral("waiting"), {{QStringLiteral("prompt"), QStringLiteral("a")}});
        add(QStringLiteral("verdicts"), QStringLiteral("waiting"), verdicts);
        // Recorded, but its verdicts never were (a crash in between).
        add(QStringLiteral("request"), QStringLiteral("no-verdicts"));
        for (const char *outcome : {"decision", "blocked", "withdrawn"}) {
            const QString id = QStringLiteral("ended-by-") + QLatin1String(outcome);
            add(QStringLiteral("request"), id);
            add(QStringLiteral("verdicts"), id, verdicts);
            add(QLatin1String(outcome), id, {{QStringLiteral("outcome"), QStringLiteral("x")}});
        }
        // A run cut short by a crash is over, not waiting.
        add(QStringLiteral("request"), QStringLiteral("interrupted"));
        add(QStringLiteral("decision"), QStringLiteral("interrupted"));
        add(QStringLiteral("run_started"), QStringLiteral("interrupted"));
        add(QStringLiteral("interrupted"), QStringLiteral("interrupted"));
        add(QStringLiteral("malformed"), QStringLiteral("broken"));
        add(QStringLiteral("request"), QStringLiteral("training"), {{QStringLiteral("scenario"), QStringLiteral("s")}});
        // The same id seen again after its decision: the new arrival waits.
        add(QStringLiteral("request"), QStringLiteral("again"), {{QStringLiteral("prompt"), QStringLiteral("first")}});
        add(QStringLiteral("decision"), QStringLiteral("again"));
        add(QStringLiteral("request"), QStringLiteral("again"), {{QStringLiteral("prompt"), QStringLiteral("second")}});
        add(QStringLiteral("verdicts"), QStringLiteral("again"), verdicts);

        const QList<AuditTrail::Undecided> undecided = trail->undecidedRequests(&error);
        QStringList ids;
        for (const auto &u : undecided)
            ids << u.requestId;
        QCOMPARE(ids, (QStringList{QStringLiteral("waiting"), QStringLiteral("no-verdicts"), QStringLiteral("again")}));
        QCOMPARE(undecided.at(0).seq, 1);
        QCOMPARE(undecided.at(0).request.value(QStringLiteral("prompt")).toString(), QStringLiteral("a"));
        QCOMPARE(undecided.at(0).verdicts, verdicts);
        QVERIFY(undecided.at(0).at.isValid());
        QVERIFY(undecided.at(1).verdicts.isEmpty());
        QCOMPARE(undecided.at(2).request.value(QStringLiteral("prompt")).toString(), QStringLiteral("second"));

        // Deciding it ends the wait; a read-only view sees the same.
        add(QStringLiteral("decision"), QStringLiteral("waiting"));
        auto view = AuditTrail::open(path, AuditTrail::Mode::ReadOnlyLive, &error);
        QVERIFY2(view, qPrintable(error));
        QCOMPARE(view->undecidedRequests().size(), 2);
    }

    void twoProcessesAppendingLoseNothing()
    {
        const QString path = fresh();
        QString error;
        QVERIFY(AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error));
        QProcess a;
        QProcess b;
        for (auto [p, tag] : {std::pair{&a, "a"}, std::pair{&b, "b"}})
            p->start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--append-worker"), path, QStringLiteral("150"), QLatin1String(tag)});
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const auto v = verify(path);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 300);
        QCOMPARE(sql(path, QStringLiteral("SELECT COUNT(DISTINCT request_id) FROM records;")), QStringLiteral("300"));
    }

    void killedRunLeavesAConsistentTrail_data()
    {
        QTest::addColumn<int>("point");
        QTest::addRow("before the sandbox starts") << 0;
        QTest::addRow("mid-run") << 1;
        QTest::addRow("while storing artifacts") << 2;
    }

    void killedRunLeavesAConsistentTrail()
    {
        QFETCH(int, point);
        const QString path = fresh();
        QTemporaryDir dir;
        QFile request(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(request.open(QIODevice::WriteOnly));
        const QString code = point == 2
            ? QStringLiteral(
                "import os\nfor i in range(60):\n    open('output/a%03d.bin' % i, 'wb').write(os.urandom(2000000))\n")
            : QStringLiteral("import time\nprint('started', flush=True)\ntime.sleep(60)\n");
        request.write(
            QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("limits"), QJsonObject{{QStringLiteral("max_artifact_mb"), 200}}}})
                .toJson());
        request.close();
        QProcess ctl;
        ctl.start(QStringLiteral(AIRLOCKCTL_PATH),
            {QStringLiteral("run"), request.fileName(), QStringLiteral("--approve"), QStringLiteral("--reviewer"),
                QStringLiteral("k"), QStringLiteral("--db"), path});
        QVERIFY(ctl.waitForStarted());
        if (point < 2) {
            const char *waitFor = point == 0 ? "decision" : "run_started";
            QTRY_VERIFY_WITH_TIMEOUT(
                sql(path, QStringLiteral("SELECT COUNT(*) FROM records WHERE kind = '%1';").arg(QLatin1String(waitFor)))
                        .toInt()
                    > 0,
                60000);
        } else {
            // The files and the run's end go in one transaction, invisible
            // until it commits: kill once the write-ahead log holds part of
            // its 120 MB (before the commit, or just after it).
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path + QStringLiteral("-wal")).size() > 30 * 1024 * 1024, 60000);
        }
        ::kill(pid_t(ctl.processId()), SIGKILL);
        QVERIFY(ctl.waitForFinished(10000));
        QCOMPARE(sql(path, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
        // The sandbox died with it.
        QTRY_COMPARE_WITH_TIMEOUT(sql(path, QStringLiteral("SELECT 1;")), QStringLiteral("1"), 5000);
        QString error;
        {
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            QVERIFY2(trail, qPrintable(error));
            const auto v = trail->verify();
            QVERIFY2(v.intact, qPrintable(v.problem));
        }
        const QString kinds
            = sql(path, QStringLiteral("SELECT group_concat(kind) FROM (SELECT kind FROM records ORDER BY seq);"));
        qInfo("records left: %s", qPrintable(kinds.left(200)));
        if (point == 2 && kinds.contains(QLatin1String("run_finished"))) {
            // Killed just after the commit: the end with every one of its files.
            QCOMPARE(kinds.count(QLatin1String("artifact")), 60);
            QVERIFY2(kinds.endsWith(QLatin1String("run_finished")), qPrintable(kinds));
            return;
        }
        if (point > 0)
            QVERIFY2(kinds.endsWith(QLatin1String("interrupted")), qPrintable(kinds));
        QVERIFY(!kinds.contains(QLatin1String("run_finished")));
        // No file of a run whose end is not in the trail.
        QVERIFY2(!kinds.contains(QLatin1String("artifact")), qPrintable(kinds));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--append-worker") == 0)
        return appendWorker(
            QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(), QString::fromLocal8Bit(argv[4]));
    TestAuditTrail test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_audittrail.moc"
