// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QFileInfo>
#include <QUrl>
#include <QTreeView>

#include <KSyntaxHighlighting/Repository>

#include "audittrail.h"
#include "historymodel.h"
#include "historyview.h"
#include "sandboxinspector.h"
#include "testsupport.h"

using namespace Airlock;

using TestSupport::fileHash;
using TestSupport::sql;

namespace {
QByteArray png()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelLoadsLazily();
    void filtersAndSearchFromTheControls();
    void sortsByAnyColumn();
    void detailShowsTheWholeStory();
    void codeIsHeadedByWhatBecameOfIt();
    void verifyFindsATamperedRecord();
    void verifyCountsEveryBadRecord();
    void staleVerificationSaysWhatIsNewer();
    void agentReferenceIsAColumnAndAFilter();
    void exportsRoundTrip();
    void browsingNeverWritesTheTrail();

private:
    QString generated(int requests);
    QString withStory();

    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    int m_n = 0;
};

void TestHistoryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

// @p requests requests, each with an input, verdicts, a decision and a run.
QString TestHistoryView::generated(int requests)
{
    const QString path = m_dir.filePath(QStringLiteral("trail-%1.sqlite").arg(++m_n));
    QString error;
    auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
    if (!trail)
        qFatal("%s", qPrintable(error));
    const QStringList severities{QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("block")};
    QList<AuditTrail::Pending> records;
    for (int i = 0; i < requests; ++i) {
        const QString id = QStringLiteral("req-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QJsonArray inputs{QJsonObject{{QStringLiteral("name"), QStringLiteral("sales-%1.csv").arg(i % 10)},
            {QStringLiteral("sha256"), QString(64, QLatin1Char("0123456789"[i % 10]))}}};
        records << AuditTrail::Pending{QStringLiteral("request"), id, {},
            {{QStringLiteral("agent"), QStringLiteral("agent-%1").arg(i % 3)},
                {QStringLiteral("prompt"), QStringLiteral("Summarise quarter %1").arg(i)},
                {QStringLiteral("code"), QStringLiteral("print(%1)").arg(i)}, {QStringLiteral("inputs"), inputs}}};
        records << AuditTrail::Pending{QStringLiteral("verdicts"), id, {},
            {{QStringLiteral("policy"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("default")},
                     {QStringLiteral("sha256"), QString(64, u'a')}}},
                {QStringLiteral("verdicts"),
                    QJsonArray{QJsonObject{{QStringLiteral("severity"), severities.at(i % 3)},
                        {QStringLiteral("rule"), QStringLiteral("test.rule")}}}}}};
        records << AuditTrail::Pending{QStringLiteral("decision"), id, {},
            {{QStringLiteral("reviewer"), i % 2 ? QStringLiteral("alice") : QStringLiteral("bob")},
                {QStringLiteral("outcome"), i % 5 == 4 ? QStringLiteral("rejected") : QStringLiteral("approved")}}};
        if (i % 5 != 4)
            records << AuditTrail::Pending{QStringLiteral("run_finished"), id, QStringLiteral("run-%1").arg(i),
                {{QStringLiteral("status"), i % 7 ? QStringLiteral("succeeded") : QStringLiteral("failed")}}};
    }
    if (trail->appendMany(records, &error) != records.size())
        qFatal("%s", qPrintable(error));
    return path;
}

// One request's whole story, with a chart.
QString TestHistoryView::withStory()
{
    const QString path = m_dir.filePath(QStringLiteral("story-%1.sqlite").arg(++m_n));
    QString error;
    auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
    if (!trail)
        qFatal("%s", qPrintable(error));
    const QString id = QStringLiteral("chart-1");
    trail->append(QStringLiteral("request"), id, {},
        {{QStringLiteral("agent"), QStringLiteral("analytics")}, {QStringLiteral("prompt"), QStringLiteral("Plot it")},
            {QStringLiteral("code"), QStringLiteral("import pandas as pd\nprint('total')\n")},
            {QStringLiteral("inputs"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sales.csv")},
                    {QStringLiteral("sha256"), QString(64, u'c')}, {QStringLiteral("bytes"), 120}}}}},
        &error);
    trail->append(QStringLiteral("verdicts"), id, {},
        {{QStringLiteral("policy"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("default")}, {QStringLiteral("sha256"), QString(64, u'a')}}},
            {QStringLiteral("verdicts"), QJsonArray{}}},
        &error);
    trail->append(QStringLiteral("decision"), id, {},
        {{QStringLiteral("reviewer"), QStringLiteral("Ada Analyst")},
            {QStringLiteral("outcome"), QStringLiteral("approved")},
            {QStringLiteral("interface"), QStringLiteral("workbench")}},
        &error);
    trail->append(QStringLiteral("run_started"), id, QStringLiteral("run-1"),
        {{QStringLiteral("limits"), QJsonObject{{QStringLiteral("timeout_ms"), 30000}}}}, &error);
    const QByteArray chart = png();
    trail->appendArtifact(id, QStringLiteral("run-1"),
        {{QStringLiteral("name"), QStringLiteral("chart.png")},
            {QStringLiteral("media_type"), QStringLiteral("image/png")},
            {QStringLiteral("bytes"), qint64(chart.size())},
            {QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(chart, QCryptographicHash::Sha256).toHex())}},
        chart, &error);
    trail->append(QStringLiteral("run_finished"), id, QStringLiteral("run-1"),
        {{QStringLiteral("status"), QStringLiteral("succeeded")}, {QStringLiteral("stdout"), QStringLiteral("total")},
            {QStringLiteral("cpu_ms"), 120}},
        &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return path;
}

void TestHistoryView::modelLoadsLazily()
{
    const QString path = generated(1000);
    QString error;
    auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
    QVERIFY(trail);
    {
        // The tester fetches as a view would; the paging itself is checked below.
        HistoryModel tested;
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setTrail(trail.get());
        while (tested.canFetchMore({}))
            tested.fetchMore({});
        tested.sort(HistoryModel::SeverityColumn, Qt::DescendingOrder);
        tested.setFilter({});
    }
    HistoryModel model;
    model.setTrail(trail.get());
    QCOMPARE(model.matchCount(), 1000);
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HistoryModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    // Newest first by default.
    QCOMPARE(model.index(0, 0).data(HistoryModel::RequestIdRole).toString(), QStringLiteral("req-00999"));
    AuditTrail::Filter f;
    f.reviewer = QStringLiteral("alice");
    model.setFilter(f);
    QCOMPARE(model.matchCount(), 500);
    model.sort(HistoryModel::PromptColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, HistoryModel::PromptColumn).data().toString(), QStringLiteral("Summarise quarter 1"));
    model.setTrail(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryView::filtersAndSearchFromTheControls()
{
    HistoryView view(&m_repository);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.openTrail(generated(300)));
    QCOMPARE(view.model()->matchCount(), 300);
    QVERIFY(view.matchText().contains(QLatin1String("300")));
    auto *input = view.findChild<QLineEdit *>(QStringLiteral("inputEdit"));
    auto *reviewer = view.findChild<QLineEdit *>(QStringLiteral("reviewerFilterEdit"));
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *outcome = view.findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
    auto *severity = view.findChild<QComboBox *>(QStringLiteral("severityFilter"));
    QVERIFY(input && reviewer && search && outcome && severity);

    // Every run that touched one input, by hash: requests 3, 13, 23, ...
    QTest::keyClicks(input, QString(64, u'3'));
    QTRY_COMPARE(view.model()->matchCount(), 30);
    // ... and approved by one person: the odd ones, less the rejected (i % 5 == 4).
    QTest::keyClicks(reviewer, QStringLiteral("alice"));
    QTRY_COMPARE(view.model()->matchCount(), 30);
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("rejected")));
    QTRY_COMPARE(view.model()->matchCount(), 0);
    outcome->setCurrentIndex(0);
    input->setText(QStringLiteral("sales-4.csv")); // 4, 14, 24...: even, so bob's
    QTRY_COMPARE(view.model()->matchCount(), 0);
    reviewer->clear();
    QTRY_COMPARE(view.model()->matchCount(), 30);
    input->clear();
    severity->setCurrentIndex(severity->findData(QStringLiteral("block")));
    QTRY_COMPARE(view.model()->matchCount(), 100);
    severity->setCurrentIndex(0);
    QTest::keyClicks(search, QStringLiteral("quarter 42"));
    QTRY_COMPARE(view.model()->matchCount(), 1);
    QCOMPARE(view.model()->summary(0).requestId, QStringLiteral("req-00042"));
    // The first match is shown whole.
    QTRY_VERIFY(view.detailHtml().contains(QLatin1String("req-00042")));
    view.findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    QTRY_COMPARE(view.model()->matchCount(), 300);
}

void TestHistoryView::sortsByAnyColumn()
{
    HistoryView view(&m_repository);
    QVERIFY(view.openTrail(generated(30)));
    QTreeView *list = view.listView();
    list->sortByColumn(HistoryModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(view.model()->index(0, HistoryModel::SeverityColumn).data().toString(), QStringLiteral("Blocks"));
    list->sortByColumn(HistoryModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(view.model()->index(0, HistoryModel::SeverityColumn).data().toString(), QStringLiteral("Information"));
    list->sortByColumn(HistoryModel::AgentColumn, Qt::AscendingOrder);
    QCOMPARE(view.model()->index(0, HistoryModel::AgentColumn).data().toString(), QStringLiteral("agent-0"));
    QCOMPARE(view.model()->index(29, HistoryModel::AgentColumn).data().toString(), QStringLiteral("agent-2"));
}

void TestHistoryView::detailShowsTheWholeStory()
{
    HistoryView view(&m_repository);
    QVERIFY(view.openTrail(withStory()));
    QCOMPARE(view.model()->rowCount(), 1);
    view.listView()->setCurrentIndex(view.model()->index(0, 0));
    const QString html = view.detailHtml();
    for (const char *part : {"Plot it", "Code, as approved", "sales.csv", "Ada Analyst", "workbench", "chart.png",
             "CPU time", "Run time: 30 s", "120 ms"})
        QVERIFY2(html.contains(QLatin1String(part)), part);
    QVERIFY(html.contains(QLatin1String("<img"))); // the chart, inline
    // Its run's sandbox, as recorded, says which request and run it is.
    SandboxInspector *inspector = view.inspectSandbox();
    QVERIFY(inspector);
    QVERIFY(inspector->showsRecordedRun());
    QVERIFY2(inspector->subjectText().contains(QLatin1String("chart-1")), qPrintable(inspector->subjectText()));
    QVERIFY(inspector->subjectText().contains(QLatin1String("run-1")));
    QVERIFY(inspector->subjectText().contains(QLatin1String("as recorded in the audit trail")));
    inspector->close();
    QVERIFY(html.contains(QLatin1String("color:#"))); // the code, highlighted
    const QString pdf = m_dir.filePath(QStringLiteral("request.pdf"));
    QCOMPARE(view.saveDetailAsPdf(pdf), QString());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
}

void TestHistoryView::codeIsHeadedByWhatBecameOfIt()
{
    // Rejected, undecided and overridden requests: none reads "as approved".
    const QString path = m_dir.filePath(QStringLiteral("outcomes-%1.sqlite").arg(++m_n));
    QString error;
    {
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY2(trail, qPrintable(error));
        const QJsonObject policy{{QStringLiteral("name"), QStringLiteral("default")},
            {QStringLiteral("sha256"), QString(64, u'a')}};
        const QJsonObject blocking{{QStringLiteral("severity"), QStringLiteral("block")},
            {QStringLiteral("rule"), QStringLiteral("import.subprocess")},
            {QStringLiteral("message"), QStringLiteral("imports subprocess, which the policy blocks")},
            {QStringLiteral("line"), 1}};
        for (const QString &outcome : {QStringLiteral("rejected"), QStringLiteral("overridden"), QString()}) {
            const QString id = outcome.isEmpty() ? QStringLiteral("undecided") : outcome;
            trail->append(QStringLiteral("request"), id, {},
                {{QStringLiteral("agent"), QStringLiteral("a")}, {QStringLiteral("code"), QStringLiteral("print(1)")}},
                &error);
            trail->append(QStringLiteral("verdicts"), id, {},
                {{QStringLiteral("policy"), policy}, {QStringLiteral("verdicts"), QJsonArray{blocking}}}, &error);
            if (!outcome.isEmpty())
                trail->append(QStringLiteral("decision"), id, {},
                    {{QStringLiteral("reviewer"), QStringLiteral("Ada")}, {QStringLiteral("outcome"), outcome},
                        {QStringLiteral("reason"), QStringLiteral("Needed for the reconciliation")},
                        {QStringLiteral("overridden"),
                            outcome == QLatin1String("overridden") ? QJsonArray{blocking} : QJsonArray{}}},
                    &error);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    HistoryView view(&m_repository);
    QVERIFY(view.openTrail(path));
    QTRY_COMPARE(view.model()->rowCount(), 3);
    QStringList headings;
    for (int row = 0; row < 3; ++row) {
        view.listView()->setCurrentIndex(view.model()->index(row, 0));
        const QString html = view.detailHtml();
        QVERIFY(!html.contains(QLatin1String("Code, as approved<")));
        if (html.contains(QLatin1String("Code, as rejected")))
            headings << QStringLiteral("rejected");
        if (html.contains(QLatin1String("Code, as submitted (not decided)")))
            headings << QStringLiteral("undecided");
        if (html.contains(QLatin1String("Code, as approved over blocking verdicts"))) {
            headings << QStringLiteral("overridden");
            QVERIFY(html.contains(QLatin1String("Overridden verdicts")));
            QVERIFY(html.contains(QLatin1String("imports subprocess, which the policy blocks")));
        }
    }
    headings.sort();
    QCOMPARE(headings, QStringList({QStringLiteral("overridden"), QStringLiteral("rejected"), QStringLiteral("undecided")}));
}

void TestHistoryView::verifyFindsATamperedRecord()
{
    const QString path = generated(50);
    // Someone edits a decision behind Airlock's back: record 7 is req-00001's decision.
    QCOMPARE(sql(path,
                 QStringLiteral("DROP TRIGGER records_append_only_u;"
                                "UPDATE records SET body = replace(body, 'alice', 'mallory') WHERE seq = 7;")),
        QString());
    HistoryView view(&m_repository);
    QVERIFY(view.openTrail(path));
    QSignalSpy verified(&view, &HistoryView::verified);
    view.findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 30000);
    const auto result = verified.first().first().value<AuditTrail::Verification>();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBad, 7);
    QVERIFY2(view.verificationText().contains(QLatin1String("NOT intact")), qPrintable(view.verificationText()));
    QVERIFY(view.verificationText().contains(QLatin1String("#7")));
    // The bad record can be opened from the verdict.
    view.showRecord(result.firstBad);
    QVERIFY(view.detailHtml().contains(QLatin1String("req-00001")));

    HistoryView fresh(&m_repository);
    QVERIFY(fresh.openTrail(generated(20)));
    QSignalSpy intact(&fresh, &HistoryView::verified);
    fresh.verifyTrail();
    QTRY_COMPARE_WITH_TIMEOUT(intact.size(), 1, 30000);
    QVERIFY(intact.first().first().value<AuditTrail::Verification>().intact);
    QVERIFY(fresh.verificationText().contains(QLatin1String("Intact")));
}

void TestHistoryView::staleVerificationSaysWhatIsNewer()
{
    const QString path = generated(3); // 12 records
    HistoryView view(&m_repository);
    QVERIFY(view.openTrail(path, nullptr, true));
    QSignalSpy verified(&view, &HistoryView::verified);
    view.verifyTrail();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 30000);
    QVERIFY2(view.verificationText().contains(QLatin1String("all 12 record")), qPrintable(view.verificationText()));

    // The workbench records more while the reviewer looks: the old verdict
    // does not pass for the whole trail.
    {
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY2(trail, qPrintable(error));
        for (int i = 0; i < 4; ++i)
            QVERIFY(trail->append(QStringLiteral("request"), QStringLiteral("later-%1").arg(i), {},
                {{QStringLiteral("code"), QStringLiteral("print(%1)").arg(i)}}, &error));
    }
    view.refresh();
    QVERIFY2(view.verificationText().contains(QLatin1String("verified 12 of 16 records")), qPrintable(view.verificationText()));
    QVERIFY(view.verificationText().contains(QLatin1String("4 newer, not yet verified")));
    // Also for a reviewer who opens it afresh.
    {
        HistoryView again(&m_repository);
        QVERIFY(again.openTrail(path));
        QVERIFY(again.verificationText().contains(QLatin1String("verified 12 of 16 records")));
    }

    // Verifying the rest reads only the rest, chained onto what was verified.
    view.verifyNewer();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 2, 30000);
    const auto rest = verified.last().first().value<AuditTrail::Verification>();
    QVERIFY2(rest.intact, qPrintable(rest.problem));
    QCOMPARE(rest.fromSeq, 13);
    QCOMPARE(rest.records, 4);
    QCOMPARE(rest.lastSeq, 16);
    QVERIFY2(view.verificationText().contains(QLatin1String("all 16 record")), qPrintable(view.verificationText()));

    // A chain rewritten at the point verified last is caught going on from it.
    QCOMPARE(sql(path,
                 QStringLiteral("DROP TRIGGER records_append_only_u;"
                                "UPDATE records SET hash = '%1' WHERE seq = 16;")
                     .arg(QString(64, u'f'))),
        QString());
    {
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY2(trail, qPrintable(error));
        QVERIFY(trail->append(QStringLiteral("request"), QStringLiteral("after"), {}, {}, &error));
    }
    view.refresh();
    view.verifyNewer();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 3, 30000);
    const auto rewritten = verified.last().first().value<AuditTrail::Verification>();
    QVERIFY(!rewritten.intact);
    QCOMPARE(rewritten.firstBad, 16);
    QVERIFY2(view.verificationText().contains(QLatin1String("NOT intact")), qPrintable(view.verificationText()));
}

void TestHistoryView::verifyCountsEveryBadRecord()
{
    const QString path = generated(50);
    // Two edits far apart: both are counted, the first is linked.
    QCOMPARE(sql(path,
                 QStringLiteral("DROP TRIGGER records_append_only_u;"
                                "UPDATE records SET body = replace(body, 'alice', 'mallory') WHERE seq = 7;"
                                "UPDATE records SET reviewer = 'mallory' WHERE seq = 150;")),
        QString());
    HistoryView view(&m_repository);
    QVERIFY(view.openTrail(path));
    QSignalSpy verified(&view, &HistoryView::verified);
    view.verifyTrail();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 30000);
    const auto result = verified.first().first().value<AuditTrail::Verification>();
    QCOMPARE(result.badRecords, 2);
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems.at(0).seq, 7);
    QCOMPARE(result.problems.at(1).seq, 150);
    QVERIFY2(view.verificationText().contains(QLatin1String("2 bad record")), qPrintable(view.verificationText()));
    QVERIFY(view.verificationText().contains(QLatin1String("#7")));
}

void TestHistoryView::agentReferenceIsAColumnAndAFilter()
{
    // Two requests that carried the same reference are two rows, each
    // under Airlock's id, found together by the reference.
    const QString path = m_dir.filePath(QStringLiteral("references-%1.sqlite").arg(++m_n));
    {
        QString error;
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY(trail);
        for (const char *id : {"a1", "a2", "a3"})
            QVERIFY(trail->append(QStringLiteral("request"), QLatin1String(id), {},
                {{QStringLiteral("agent"), QStringLiteral("bot")},
                    {QStringLiteral("agent_request_id"),
                        qstrcmp(id, "a3") == 0 ? QJsonValue() : QJsonValue(QStringLiteral("shared"))}},
                &error));
    }
    HistoryView view(&m_repository);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.openTrail(path));
    QCOMPARE(view.model()->matchCount(), 3);
    QCOMPARE(view.model()->headerData(HistoryModel::AgentReferenceColumn, Qt::Horizontal).toString(),
        QStringLiteral("Agent's reference"));
    QCOMPARE(view.model()->index(1, HistoryModel::AgentReferenceColumn).data().toString(), QStringLiteral("shared"));
    QCOMPARE(view.model()->index(0, HistoryModel::AgentReferenceColumn).data().toString(), QString());
    auto *reference = view.findChild<QLineEdit *>(QStringLiteral("agentReferenceEdit"));
    QVERIFY(reference);
    QTest::keyClicks(reference, QStringLiteral("shared"));
    QTRY_COMPARE(view.model()->matchCount(), 2);
    QCOMPARE(view.model()->index(0, 0).data(HistoryModel::RequestIdRole).toString(), QStringLiteral("a2"));
    QCOMPARE(view.model()->index(1, 0).data(HistoryModel::RequestIdRole).toString(), QStringLiteral("a1"));
    view.listView()->sortByColumn(HistoryModel::AgentReferenceColumn, Qt::AscendingOrder);
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestHistoryView::exportsRoundTrip()
{
    HistoryView view(&m_repository);
    QVERIFY(view.openTrail(generated(60)));
    view.findChild<QLineEdit *>(QStringLiteral("agentEdit"))->setText(QStringLiteral("agent-1"));
    QTRY_COMPARE(view.model()->matchCount(), 20);
    view.listView()->clearSelection();
    QSignalSpy done(&view, &HistoryView::exportFinished);

    const QString json = m_dir.filePath(QStringLiteral("export.json"));
    view.exportTo(HistoryView::ExportFormat::Json, json);
    QTRY_COMPARE(done.size(), 1);
    // It says where it went, with the way to the folder.
    QVERIFY2(view.exportNoteText().contains(json.toHtmlEscaped()), qPrintable(view.exportNoteText()));
    QVERIFY(view.exportNoteText().contains(QUrl::fromLocalFile(QFileInfo(json).absolutePath()).toString()));
    QCOMPARE(done.last().at(1).toString(), QString());
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray exported = QJsonDocument::fromJson(jsonFile.readAll()).array();
    QCOMPARE(exported.size(), 20);
    for (const QJsonValue &v : exported)
        QCOMPARE(v.toObject().value(QStringLiteral("agent")).toString(), QStringLiteral("agent-1"));

    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    view.exportTo(HistoryView::ExportFormat::Csv, csv);
    QTRY_COMPARE(done.size(), 2);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll().trimmed().split('\n').size(), 21); // header and 20 rows

    // A selection exports just what is selected.
    view.listView()->selectionModel()->select(
        view.model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString html = m_dir.filePath(QStringLiteral("export.html"));
    view.exportTo(HistoryView::ExportFormat::Html, html);
    QTRY_COMPARE(done.size(), 3);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray report = htmlFile.readAll();
    QVERIFY(report.contains(view.model()->summary(0).requestId.toUtf8()));
    QCOMPARE(report.count("<h2>"), 1);
}

void TestHistoryView::browsingNeverWritesTheTrail()
{
    const QString path = withStory();
    const QByteArray before = fileHash(path);
    const QByteArray headBefore = fileHash(path + QStringLiteral(".head"));
    {
        HistoryView view(&m_repository);
        QVERIFY(view.openTrail(path));
        view.listView()->setCurrentIndex(view.model()->index(0, 0));
        view.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("pandas"));
        QTRY_COMPARE(view.model()->matchCount(), 1);
        QSignalSpy verified(&view, &HistoryView::verified);
        view.verifyTrail();
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 30000);
        QSignalSpy done(&view, &HistoryView::exportFinished);
        view.exportTo(HistoryView::ExportFormat::Html, m_dir.filePath(QStringLiteral("ro.html")));
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(view.saveDetailAsPdf(m_dir.filePath(QStringLiteral("ro.pdf"))), QString());
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(fileHash(path + QStringLiteral(".head")), headBefore);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
