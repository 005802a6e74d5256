// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "audittrail.h"
#include "canonicaltext.h"
#include "policy.h"
#include "request.h"
#include "requestcheck.h"

using Airlock::Request;

class TestRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheSpecExample()
    {
        Request::Error error;
        const auto r = Request::parse(R"json({
            "schema": "airlock.request/v1", "request_id": "r-1", "agent": "analytics-assistant",
            "prompt": "Plot monthly revenue from sales.csv", "code": "import pandas as pd\n",
            "files": [ { "name": "sales.csv", "path": "data/sales.csv" }, { "name": "b.csv", "path": "/abs/b.csv" } ],
            "limits": { "timeout_s": 10, "max_output_bytes": 8192, "memory_mb": 1024, "max_artifact_mb": 20 },
            "network": "none", "x-vendor": {"kept": true}
        })json",
            QStringLiteral("/requests"), &error);
        QVERIFY2(r, qPrintable(error.toString()));
        // The document's request_id is the agent's reference, never the id.
        QCOMPARE(r->agentReference(), QStringLiteral("r-1"));
        QVERIFY(!QUuid::fromString(r->requestId()).isNull());
        QCOMPARE(r->agent(), QStringLiteral("analytics-assistant"));
        QCOMPARE(r->code(), QStringLiteral("import pandas as pd\n"));
        QCOMPARE(r->files().size(), 2);
        QCOMPARE(r->files().at(0).resolvedPath, QStringLiteral("/requests/data/sales.csv"));
        QCOMPARE(r->files().at(1).resolvedPath, QStringLiteral("/abs/b.csv"));
        QCOMPARE(*r->limits().timeoutS, 10);
        QCOMPARE(*r->limits().maxArtifactMb, 20);
        // Unknown fields are kept with the document.
        QVERIFY(r->document().contains(QStringLiteral("x-vendor")));
        QCOMPARE(r->codeSha256().size(), 64);
    }

    void generatesAnIdWhenAbsent()
    {
        Request::Error error;
        const auto a = Request::parse(R"({"schema":"airlock.request/v1","code":"1"})", {}, &error);
        const auto b = Request::parse(R"({"schema":"airlock.request/v1","code":"1"})", {}, &error);
        QVERIFY(a && b);
        QVERIFY(a->agentReference().isEmpty());
        QVERIFY(a->requestId() != b->requestId());
        QCOMPARE(a->network(), QStringLiteral("none"));
    }

    void theSameReferenceIsTwoRequests()
    {
        // An agent chooses its request_id: it is kept as a reference, and
        // each arrival gets an id of Airlock's own.
        const QByteArray document = R"j({"schema":"airlock.request/v1","request_id":"again","code":"1"})j";
        Request::Error error;
        const auto a = Request::parse(document, {}, &error);
        const auto b = Request::parse(document, {}, &error);
        QVERIFY(a && b);
        QCOMPARE(a->agentReference(), QStringLiteral("again"));
        QCOMPARE(b->agentReference(), QStringLiteral("again"));
        QVERIFY(a->requestId() != b->requestId());
        QVERIFY(a->requestId() != a->agentReference());
        QVERIFY(!QUuid::fromString(a->requestId()).isNull());
        // A request_id of blanks is no reference at all.
        const auto blank
            = Request::parse(R"j({"schema":"airlock.request/v1","request_id":"  ","code":"1"})j", {}, &error);
        QVERIFY(blank && blank->agentReference().isEmpty());
    }

    void aReferenceSeenBeforeIsNamed()
    {
        // A real trail with one earlier request from the same agent under
        // the same reference, rejected by someone whose name looks like a
        // placeholder, and one from another agent.
        QTemporaryDir dir;
        QString error;
        auto trail = Airlock::AuditTrail::open(
            dir.filePath(QStringLiteral("t.sqlite")), Airlock::AuditTrail::Mode::ReadWrite, &error);
        QVERIFY2(trail, qPrintable(error));
        Request::Error parseError;
        const auto parsed = Request::parse(
            R"j({"schema":"airlock.request/v1","request_id":"ref-7","agent":"bot","code":"print(1)"})j", {},
            &parseError);
        QVERIFY(parsed);
        QVERIFY(trail->append(QStringLiteral("request"), QStringLiteral("earlier-id"), {},
            {{QStringLiteral("agent"), QStringLiteral("bot")},
                {QStringLiteral("agent_request_id"), QStringLiteral("ref-7")}},
            &error));
        QVERIFY(trail->append(QStringLiteral("decision"), QStringLiteral("earlier-id"), {},
            {{QStringLiteral("reviewer"), QStringLiteral("%1 Mallory")},
                {QStringLiteral("outcome"), QStringLiteral("rejected")},
                {QStringLiteral("code_sha256"), parsed->codeSha256()}},
            &error));
        QVERIFY(trail->append(QStringLiteral("request"), QStringLiteral("other-agent"), {},
            {{QStringLiteral("agent"), QStringLiteral("someone-else")},
                {QStringLiteral("agent_request_id"), QStringLiteral("ref-7")}},
            &error));
        const QList<Airlock::Verdict> verdicts = Airlock::RequestCheck::seenBefore(*parsed, *trail);
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(verdicts.at(0).rule, QStringLiteral("request.reference-seen"));
        QCOMPARE(verdicts.at(0).severity, Airlock::Verdict::Severity::Warn);
        QVERIFY2(verdicts.at(0).message.contains(QLatin1String("earlier-id")), qPrintable(verdicts.at(0).message));
        QVERIFY(!verdicts.at(0).message.contains(QLatin1String("other-agent")));
        QCOMPARE(verdicts.at(1).rule, QStringLiteral("request.decided-before"));
        QVERIFY2(verdicts.at(1).message.contains(QLatin1String("rejected by %1 Mallory"))
                && verdicts.at(1).message.contains(QLatin1String("#2")),
            qPrintable(verdicts.at(1).message));
        // Another agent's reference, or none, was never seen.
        const auto fresh = Request::parse(
            R"j({"schema":"airlock.request/v1","request_id":"ref-7","agent":"new-bot","code":"1"})j", {}, &parseError);
        QVERIFY(Airlock::RequestCheck::seenBefore(*fresh, *trail).isEmpty());
        const auto none
            = Request::parse(R"j({"schema":"airlock.request/v1","agent":"bot","code":"1"})j", {}, &parseError);
        QVERIFY(Airlock::RequestCheck::seenBefore(*none, *trail).isEmpty());
    }

    void loneSurrogatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("field");
        const QByteArray head = R"j({"schema":"airlock.request/v1",)j";
        QTest::addRow("agent") << head + R"j("agent":"a\ud800","code":"1"})j" << QStringLiteral("agent");
        QTest::addRow("request_id") << head + R"j("request_id":"r\udc00x","code":"1"})j"
                                    << QStringLiteral("request_id");
        QTest::addRow("prompt") << head + R"j("prompt":"\ud800","code":"1"})j" << QStringLiteral("prompt");
        QTest::addRow("code") << head + R"j("code":"print(1)\n\udfff"})j" << QStringLiteral("code");
        QTest::addRow("file name") << head + R"j("code":"1","files":[{"name":"a\ud800.csv","path":"a.csv"}]})j"
                                   << QStringLiteral("files[0].name");
        QTest::addRow("file path") << head + R"j("code":"1","files":[{"name":"a.csv","path":"\udbff"}]})j"
                                   << QStringLiteral("files[0].path");
        QTest::addRow("network") << head + R"j("code":"1","network":"\ud800"})j" << QStringLiteral("network");
        QTest::addRow("unknown field") << head + R"j("code":"1","x-vendor":"\ud800"})j" << QStringLiteral("x-vendor");
        QTest::addRow("nested unknown field")
            << head + R"j("code":"1","x-vendor":{"list":[1,"ok",{"deep":"\udc01"}]}})j"
            << QStringLiteral("x-vendor.list[2].deep");
        QTest::addRow("a key") << head + R"j("code":"1","x\ud800":1})j" << QStringLiteral("[\"x\\ud800\"]");
        QTest::addRow("a limit's key") << head + R"j("code":"1","limits":{"\ud800":1}})j"
                                       << QStringLiteral("limits[\"\\ud800\"]");
        // A high surrogate followed by something other than its partner.
        QTest::addRow("high then letter") << head + R"j("agent":"\ud83dx","code":"1"})j" << QStringLiteral("agent");
        // The same as bytes (as a lone surrogate in text becomes when it is
        // kept losslessly): not UTF-8, and still the field is named.
        QTest::addRow("encoded as bytes")
            << head + "\"agent\":\"a\xed\xa0\x80\",\"code\":\"1\"}" << QStringLiteral("agent");
    }

    void loneSurrogatesAreRefused()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, field);
        Request::Error error;
        QVERIFY(!Request::parse(document, QStringLiteral("/tmp"), &error));
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(QLatin1String("lone UTF-16 surrogate")), qPrintable(error.message));
        // The error itself can be recorded: it names the unit, it does not hold it.
        QCOMPARE(Airlock::CanonicalText::loneSurrogateAt(error.toString()), -1);
    }

    void validSurrogatePairsAreText()
    {
        // A pair, escaped or as UTF-8, is an ordinary character.
        Request::Error error;
        const auto escaped
            = Request::parse(R"j({"schema":"airlock.request/v1","agent":"\ud83d\ude00","code":"1"})j", {}, &error);
        QVERIFY2(escaped, qPrintable(error.toString()));
        QCOMPARE(escaped->agent(), QString::fromUtf8("\xf0\x9f\x98\x80"));
        const auto raw = Request::parse(
            "{\"schema\":\"airlock.request/v1\",\"agent\":\"\xf0\x9f\x98\x80\",\"code\":\"1\"}", {}, &error);
        QVERIFY2(raw, qPrintable(error.toString()));
        QCOMPARE(raw->agent(), escaped->agent());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addRow("not JSON") << QByteArray("{\"schema\": ") << QString() << QStringLiteral("not valid JSON");
        QTest::addRow("binary junk") << QByteArray("\x00\xff\xfe junk", 9) << QString()
                                     << QStringLiteral("not valid JSON");
        QTest::addRow("array") << QByteArray("[1,2]") << QString() << QStringLiteral("JSON object");
        QTest::addRow("no schema") << QByteArray(R"({"code":"x"})") << QStringLiteral("schema")
                                   << QStringLiteral("missing");
        QTest::addRow("other schema") << QByteArray(R"({"schema":"airlock.request/v9","code":"x"})")
                                      << QStringLiteral("schema") << QStringLiteral("not supported");
        QTest::addRow("no code") << QByteArray(R"({"schema":"airlock.request/v1"})") << QStringLiteral("code")
                                 << QStringLiteral("missing");
        QTest::addRow("code not a string") << QByteArray(R"({"schema":"airlock.request/v1","code":42})")
                                           << QStringLiteral("code") << QStringLiteral("must be a string, not number");
        QTest::addRow("files not an array") << QByteArray(R"({"schema":"airlock.request/v1","code":"","files":{}})")
                                            << QStringLiteral("files") << QStringLiteral("must be an array");
        QTest::addRow("file not an object") << QByteArray(R"({"schema":"airlock.request/v1","code":"","files":["a"]})")
                                            << QStringLiteral("files[0]") << QStringLiteral("must be an object");
        QTest::addRow("file without path") << QByteArray(
            R"({"schema":"airlock.request/v1","code":"","files":[{"name":"a.csv","path":"a"},{"name":"b.csv"}]})")
                                           << QStringLiteral("files[1].path") << QStringLiteral("missing");
        QTest::addRow("name not a string")
            << QByteArray(R"({"schema":"airlock.request/v1","code":"","files":[{"name":1,"path":"a"}]})")
            << QStringLiteral("files[0].name") << QStringLiteral("must be a string");
        QTest::addRow("limits not an object") << QByteArray(R"({"schema":"airlock.request/v1","code":"","limits":5})")
                                              << QStringLiteral("limits") << QStringLiteral("must be an object");
        QTest::addRow("limit a string") << QByteArray(
            R"({"schema":"airlock.request/v1","code":"","limits":{"timeout_s":"10"}})")
                                        << QStringLiteral("limits.timeout_s")
                                        << QStringLiteral("must be a number, not string");
        QTest::addRow("limit negative") << QByteArray(
            R"({"schema":"airlock.request/v1","code":"","limits":{"memory_mb":-1}})")
                                        << QStringLiteral("limits.memory_mb")
                                        << QStringLiteral("positive whole number");
        QTest::addRow("limit fractional")
            << QByteArray(R"({"schema":"airlock.request/v1","code":"","limits":{"timeout_s":1.5}})")
            << QStringLiteral("limits.timeout_s") << QStringLiteral("positive whole number");
        QTest::addRow("agent not a string") << QByteArray(R"({"schema":"airlock.request/v1","code":"","agent":[]})")
                                            << QStringLiteral("agent") << QStringLiteral("must be a string, not array");
        QTest::addRow("NUL in the agent")
            << QByteArray(R"j({"schema":"airlock.request/v1","code":"","agent":"a\u0000b"})j")
            << QStringLiteral("agent") << QStringLiteral("NUL");
        QTest::addRow("invalid UTF-8") << QByteArray("{\"schema\":\"airlock.request/v1\",\"code\":\"\xff\"}")
                                       << QString() << QStringLiteral("not valid JSON");
        QTest::addRow("network not a string")
            << QByteArray(R"({"schema":"airlock.request/v1","code":"","network":false})") << QStringLiteral("network")
            << QStringLiteral("must be a string");
    }

    void malformed()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Request::Error error;
        QVERIFY(!Request::parse(document, QStringLiteral("/tmp"), &error));
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(error.toString().startsWith(field));
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("rules");
        const QByteArray head = R"j({"schema":"airlock.request/v1","code":"print(1)",)j";
        QTest::addRow("clean") << head + R"("files":[{"name":"sales.csv","path":"s.csv"}]})" << QStringList{};
        QTest::addRow("slash in name") << head + R"("files":[{"name":"a/b.csv","path":"s.csv"}]})"
                                       << QStringList{QStringLiteral("file.name")};
        QTest::addRow("dot-dot name") << head + R"("files":[{"name":"..","path":"s.csv"}]})"
                                      << QStringList{QStringLiteral("file.name")};
        QTest::addRow("hidden name") << head + R"("files":[{"name":".env.csv","path":"s.csv"}]})"
                                     << QStringList{QStringLiteral("file.name")};
        QTest::addRow("NUL in name") << head + R"("files":[{"name":"a\u0000.csv","path":"s.csv"}]})"
                                     << QStringList{QStringLiteral("file.name")};
        QTest::addRow("reserved name") << head + R"("files":[{"name":"output","path":"s.csv"}]})"
                                       << QStringList{QStringLiteral("file.name")};
        QTest::addRow("duplicate name") << head
                + R"("files":[{"name":"a.csv","path":"s.csv"},{"name":"a.csv","path":"t.csv"}]})"
                                        << QStringList{QStringLiteral("file.name")};
        QTest::addRow("bad suffix") << head + R"("files":[{"name":"run.sh","path":"s.sh"}]})"
                                    << QStringList{QStringLiteral("file.suffix")};
        QTest::addRow("NUL in path") << head + R"("files":[{"name":"a.csv","path":"s\u0000.csv"}]})"
                                     << QStringList{QStringLiteral("file.path")};
        QTest::addRow("network") << head + R"("network":"full"})" << QStringList{QStringLiteral("network.requested")};
        QTest::addRow("limits over the caps")
            << head
                + R"("limits":{"timeout_s":100000,"memory_mb":999999,"max_output_bytes":999999999,"max_artifact_mb":99999}})"
            << QStringList{QStringLiteral("limit.timeout"), QStringLiteral("limit.output"),
                   QStringLiteral("limit.memory"), QStringLiteral("limit.artifacts")};
        QTest::addRow("empty code") << QByteArray(R"({"schema":"airlock.request/v1","code":"  "})")
                                    << QStringList{QStringLiteral("code.empty")};
    }

    void verdicts()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, rules);
        Request::Error error;
        const auto r = Request::parse(document, QStringLiteral("/tmp"), &error);
        QVERIFY2(r, qPrintable(error.toString()));
        QStringList got;
        for (const auto &v : Airlock::RequestCheck::check(*r, Airlock::Policy::builtIn())) {
            got << v.rule;
            QVERIFY(!v.message.isEmpty());
        }
        QCOMPARE(got, rules);
    }
};

QTEST_GUILESS_MAIN(TestRequest)
#include "tst_request.moc"
