// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
//
// The audit trail at scale. Builds a trail of N records (default 1,000,000),
// then measures, in one run:
//   append   single appends, each durable (fsync), on the full trail
//   bulk     the generation itself, 10,000 records a transaction
//   verify   the whole chain, records per second (target >= 100,000/s)
//   list     the first page of a filtered listing (target <= 100 ms)
//   search   a full-text search over prompt and code (target <= 100 ms)
// Keep the trail (--keep FILE) for bench_history, which measures the
// History view's model on it.
// Usage: bench_audit [--records N] [--keep FILE]

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include "audittrail.h"

using Airlock::AuditTrail;

namespace {
// A stable, made-up SHA-256 for input number @p n.
QString inputHash(qint64 n)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    qint64 total = 1000000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--records")); i > 0)
        total = args.value(i + 1).toLongLong();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0) {
        path = args.value(i + 1);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".head"));
    }

    QString error;
    auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
    if (!trail) {
        out << "cannot open: " << error << Qt::endl;
        return 1;
    }
    const QStringList severities{QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("block")};
    const QStringList statuses{
        QStringLiteral("succeeded"), QStringLiteral("failed"), QStringLiteral("timed_out"), QStringLiteral("killed")};
    QElapsedTimer clock;
    clock.start();
    qint64 written = 0;
    qint64 request = 0;
    while (written < total) {
        QList<AuditTrail::Pending> batch;
        while (batch.size() < 10000 && written + batch.size() < total) {
            const QString id = QStringLiteral("req-%1").arg(request);
            const QString agent = QStringLiteral("agent-%1").arg(request % 20);
            batch.append({QStringLiteral("request"), id, {},
                {{QStringLiteral("agent"), agent},
                    {QStringLiteral("prompt"),
                        QStringLiteral("Summarise revenue by region for quarter %1").arg(request % 97)},
                    {QStringLiteral("code"),
                        QStringLiteral("import pandas as pd\ndf = pd.read_csv('sales.csv')\n"
                                       "print(df.groupby('region')['revenue'].sum() * %1)\n")
                            .arg(request)},
                    {QStringLiteral("inputs"),
                        QJsonArray{
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("sales-%1.csv").arg(request % 1000)},
                                {QStringLiteral("sha256"), inputHash(request % 1000)}}}}}});
            batch.append({QStringLiteral("verdicts"), id, {},
                {{QStringLiteral("policy"),
                     QJsonObject{
                         {QStringLiteral("name"), request % 3 ? QStringLiteral("default") : QStringLiteral("strict")},
                         {QStringLiteral("sha256"), inputHash(5000 + request % 3)}}},
                    {QStringLiteral("verdicts"),
                        QJsonArray{QJsonObject{{QStringLiteral("severity"), severities.at(request % 3)},
                            {QStringLiteral("rule"), QStringLiteral("bench.rule")}}}}}});
            batch.append({QStringLiteral("decision"), id, {},
                {{QStringLiteral("reviewer"), QStringLiteral("reviewer-%1").arg(request % 10)},
                    {QStringLiteral("outcome"), QStringLiteral("approved")}}});
            batch.append({QStringLiteral("run_started"), id, id, {{QStringLiteral("pid"), 1}}});
            batch.append({QStringLiteral("run_finished"), id, id,
                {{QStringLiteral("status"), statuses.at(request % 4)},
                    {QStringLiteral("stdout"), QStringLiteral("ok")}}});
            ++request;
        }
        if (trail->appendMany(batch, &error) != batch.size()) {
            out << "append failed: " << error << Qt::endl;
            return 1;
        }
        written += batch.size();
    }
    const double bulkSeconds = clock.elapsed() / 1000.0;

    QList<double> single;
    for (int i = 0; i < 200; ++i) {
        clock.restart();
        trail->append(QStringLiteral("blocked"), QStringLiteral("single-%1").arg(i), {},
            {{QStringLiteral("outcome"), QStringLiteral("blocked")}}, &error);
        single.append(clock.nsecsElapsed() / 1e6);
    }
    trail.reset();

    auto reader = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
    clock.restart();
    const AuditTrail::Verification v = reader->verify();
    const double verifySeconds = clock.elapsed() / 1000.0;

    auto timeQuery = [&](const AuditTrail::Filter &f, int *count) {
        QList<double> samples;
        for (int i = 0; i < 10; ++i) {
            clock.restart();
            *count = int(reader->list(f).size());
            samples.append(clock.nsecsElapsed() / 1e6);
        }
        return median(samples);
    };
    AuditTrail::Filter byAgent;
    byAgent.agent = QStringLiteral("agent-7");
    byAgent.limit = 50;
    AuditTrail::Filter byReviewerAndStatus;
    byReviewerAndStatus.reviewer = QStringLiteral("reviewer-3");
    byReviewerAndStatus.status = QStringLiteral("failed");
    byReviewerAndStatus.limit = 50;
    AuditTrail::Filter search;
    search.search = QStringLiteral("quarter 42");
    search.limit = 50;
    AuditTrail::Filter byInput;
    byInput.input = inputHash(421);
    byInput.limit = 50;
    int n1 = 0, n2 = 0, n3 = 0, n4 = 0;
    const double inputMs = timeQuery(byInput, &n4);
    const double agentMs = timeQuery(byAgent, &n1);
    const double reviewerMs = timeQuery(byReviewerAndStatus, &n2);
    const double searchMs = timeQuery(search, &n3);

    out << "records                 " << v.records << (v.intact ? " (intact)" : " (NOT intact)") << Qt::endl;
    out << "file size               " << QFile(path).size() / (1024 * 1024) << " MiB" << Qt::endl;
    out << "bulk append             " << qint64(total / bulkSeconds) << " records/s (10,000 a transaction)" << Qt::endl;
    out << "single durable append   " << QString::number(median(single), 'f', 2) << " ms median" << Qt::endl;
    out << "verify                  " << qint64(v.records / verifySeconds) << " records/s (" << verifySeconds << " s)"
        << Qt::endl;
    out << "list, agent, page of 50 " << QString::number(agentMs, 'f', 1) << " ms median (" << n1 << " rows)"
        << Qt::endl;
    out << "list, reviewer+status   " << QString::number(reviewerMs, 'f', 1) << " ms median (" << n2 << " rows)"
        << Qt::endl;
    out << "list, input hash        " << QString::number(inputMs, 'f', 1) << " ms median (" << n4 << " rows)"
        << Qt::endl;
    out << "full-text search        " << QString::number(searchMs, 'f', 1) << " ms median (" << n3 << " rows)"
        << Qt::endl;
    return v.intact ? 0 : 1;
}
