// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
//
// The team trail on PostgreSQL (run by run_team_bench.py, which starts the
// server and fills it):
//   appends SECONDS DIR URL...   one writer per URL, all at once, each
//                                recording a step in its local trail and
//                                shipping it (durable on both sides)
//   read URL                     a reviewer's first page, a page for one
//                                analyst, and full-text searches
// Prints one JSON object. Targets: each read <= 100 ms on 1,000,000 records.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

#include "audittrail.h"
#include "headsigner.h"
#include "teamtrail.h"

using namespace Airlock;

namespace {
double medianOf(const std::function<void()> &step, int runs = 7)
{
    QList<double> samples;
    QElapsedTimer clock;
    step(); // warm the server's cache
    for (int i = 0; i < runs; ++i) {
        clock.start();
        step();
        samples.append(clock.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

int appends(const QStringList &args, QTextStream &out)
{
    const int seconds = args.at(0).toInt();
    const QString dir = args.at(1);
    const QStringList urls = args.mid(2);
    std::atomic<qint64> total = 0;
    QList<QFuture<QString>> writers;
    QElapsedTimer clock;
    clock.start();
    for (int w = 0; w < urls.size(); ++w) {
        writers << QtConcurrent::run([&, w]() -> QString {
            QString error;
            auto local = AuditTrail::open(dir + QStringLiteral("/writer-%1.sqlite").arg(w), AuditTrail::Mode::ReadWrite, &error);
            auto key = HeadSigner::loadOrCreate(dir + QStringLiteral("/writer-%1.pem").arg(w), &error);
            auto team = TeamTrail::connect(urls.at(w), &error);
            if (!local || !key || !team)
                return error;
            while (clock.elapsed() < seconds * 1000) {
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                if (!local->append(QStringLiteral("request"), id, {},
                        {{QStringLiteral("agent"), QStringLiteral("bench-%1").arg(w)},
                            {QStringLiteral("prompt"), QStringLiteral("Summarise the quarter's revenue by region")},
                            {QStringLiteral("code"), QStringLiteral("import pandas as pd\nprint(pd.__version__)\n")}},
                        &error))
                    return error;
                const auto shipped = team->ship(*local, *key, QStringLiteral("bench-%1").arg(w), QStringLiteral("bench"), &error);
                if (!shipped)
                    return error;
                total += shipped->shipped;
            }
            return QString();
        });
    }
    for (auto &f : writers) {
        f.waitForFinished();
        if (!f.result().isEmpty()) {
            out << "writer failed: " << f.result() << Qt::endl;
            return 1;
        }
    }
    const double elapsed = clock.elapsed() / 1000.0;
    out << QJsonDocument(QJsonObject{{QStringLiteral("writers"), urls.size()},
                             {QStringLiteral("records"), qint64(total)}, {QStringLiteral("seconds"), elapsed},
                             {QStringLiteral("records_per_second"), qRound(total / elapsed * 10) / 10.0}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

int read(const QString &url, QTextStream &out)
{
    QString error;
    auto team = TeamTrail::connect(url, &error);
    if (!team) {
        out << error << Qt::endl;
        return 1;
    }
    QJsonObject result;
    auto measure = [&](const char *name, const TeamTrail::Filter &filter) {
        qsizetype rows = 0;
        result.insert(QLatin1String(name), medianOf([&]() { rows = team->requests(filter, &error).size(); }));
        result.insert(QLatin1String(name) + QStringLiteral("_rows"), rows);
    };
    TeamTrail::Filter first;
    measure("first_page_ms", first);
    TeamTrail::Filter deep;
    deep.offset = 10000;
    measure("page_100_deep_ms", deep);
    TeamTrail::Filter analyst;
    analyst.analyst = QStringLiteral("analyst-1");
    measure("analyst_page_ms", analyst);
    TeamTrail::Filter rare;
    rare.search = QStringLiteral("word12345");
    measure("search_rare_ms", rare);
    TeamTrail::Filter common;
    common.search = QStringLiteral("revenue by region");
    measure("search_common_ms", common);
    // The worst case: common words, in an order found nowhere.
    TeamTrail::Filter nowhere;
    nowhere.search = QStringLiteral("region revenue");
    measure("search_nowhere_ms", nowhere);
    result.insert(QStringLiteral("chains_ms"), medianOf([&]() { team->chains(&error); }));
    if (!error.isEmpty()) {
        out << error << Qt::endl;
        return 1;
    }
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 4 && args.first() == QLatin1String("appends"))
        return appends(args.mid(1), out);
    if (args.size() == 2 && args.first() == QLatin1String("read"))
        return read(args.at(1), out);
    out << "usage: bench_teamtrail appends SECONDS DIR URL... | read URL" << Qt::endl;
    return 2;
}
