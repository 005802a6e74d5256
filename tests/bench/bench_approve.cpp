// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
//
// What the analyst waits for in the workbench, driven as the window drives
// it (a Workbench, the request shown, the approval given), cold (nothing
// started ahead) and warm (the sandbox started while the request is shown):
//   shown      a request's arrival until its check is shown (Pending)
//   first      the approval until the run's first output arrives
//   done       the approval until the run has ended and its files are
//              collected (for the chart request: its PNG)
// Prints one JSON object. Usage: bench_approve --chart FILE --print FILE
//   --big FILE [--runs N]

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#include "analysisqueue.h"
#include "fontcache.h"
#include "hosttools.h"
#include "requestsession.h"
#include "warmanalyzer.h"
#include "workbench.h"

using namespace Airlock;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

/// Spins the event loop until @p done or @p ms pass; false on timeout.
template<typename F> bool waitFor(F done, int ms = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

struct Sample
{
    double shownMs = -1;
    double firstMs = -1;
    double doneMs = -1;
    double runMs = -1; ///< the run itself, from the code's arrival to its end
};

Sample measure(const QString &trail, const QString &request, bool warm, bool approve)
{
    Workbench::Options options;
    options.auditTrailPath = trail;
    options.watchInbox = false;
    options.listenForAgents = false;
    options.warmSandboxes = warm ? 2 : 0;
    Workbench workbench(options);
    workbench.start();
    workbench.setRunsReady(true);
    waitFor([&]() { return !workbench.isRestoring(); });
    // An analyst's workbench has been open a while: its analyzer has started.
    const WarmAnalyzer *analyzer = workbench.analysisQueue()->warmAnalyzer();
    waitFor([&]() { return analyzer && analyzer->isReady(); });
    QElapsedTimer settle;
    settle.start();
    waitFor([&]() { return settle.elapsed() > 300; });

    Sample s;
    QElapsedTimer clock;
    clock.start();
    RequestSession *session = workbench.addRequests({request}).value(0);
    if (!session || !waitFor([&]() { return session->state() != RequestSession::State::Loading; }))
        qFatal("the request was not checked");
    s.shownMs = double(clock.nsecsElapsed()) / 1e6;
    if (!approve)
        return s;
    workbench.setShownSession(session);
    // The analyst reads for a while: long enough for the sandbox to be ready.
    if (warm && !waitFor([&]() { return session->isWarmReady(); }))
        qFatal("the sandbox was not started ahead");
    QObject::connect(session, &RequestSession::outputReceived, session, [&]() {
        if (s.firstMs < 0)
            s.firstMs = double(clock.nsecsElapsed()) / 1e6;
    });
    clock.restart();
    if (const QString problem = session->approve(QStringLiteral("bench"), {}); !problem.isEmpty())
        qFatal("not approved: %s", qPrintable(problem));
    if (!waitFor([&]() { return session->state() == RequestSession::State::Done
                             || session->state() == RequestSession::State::Failed; }))
        qFatal("the run did not end");
    s.doneMs = double(clock.nsecsElapsed()) / 1e6;
    s.runMs = double(session->result()->durationMs);
    if (session->state() != RequestSession::State::Done)
        qFatal("the run failed: %s", qPrintable(session->error()));
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    // Settings, caches and trails of the benchmark's own.
    QTemporaryDir home;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = home.filePath(QString::fromLatin1(name));
        QDir().mkpath(dir);
        qputenv(name, QFile::encodeName(dir));
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("airlock-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_approve"));
    const QStringList args = app.arguments();
    auto value = [&](const char *option, const QString &fallback = {}) {
        const qsizetype i = args.indexOf(QLatin1String(option));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int runs = qMax(3, value("--runs", QStringLiteral("15")).toInt());
    const QString chart = value("--chart");
    const QString print = value("--print");
    const QString big = value("--big");
    if (chart.isEmpty() || print.isEmpty() || big.isEmpty())
        qFatal("usage: bench_approve --chart FILE --print FILE --big FILE [--runs N]");
    // The doctor builds the font cache once per runtime before runs are allowed.
    FontCache::ensure(HostTools::bwrap(), HostTools::python());

    QJsonObject out;
    int n = 0;
    auto trail = [&]() { return home.filePath(QStringLiteral("trail-%1.sqlite").arg(++n)); };
    // --checks-only: the check's figures alone, for working on the analysis.
    for (const bool warm : {false, true}) {
        if (args.contains(QLatin1String("--checks-only")))
            break;
        QList<double> chartFirst, chartDone, chartRun, printFirst, printDone;
        for (int i = 0; i < runs; ++i) {
            const Sample c = measure(trail(), chart, warm, true);
            chartFirst << c.firstMs;
            chartDone << c.doneMs;
            chartRun << c.runMs;
            const Sample p = measure(trail(), print, warm, true);
            printFirst << p.firstMs;
            printDone << p.doneMs;
        }
        const QString key = warm ? QStringLiteral("warm") : QStringLiteral("cold");
        out.insert(key,
            QJsonObject{{QStringLiteral("chart_first_output_ms"), median(chartFirst)},
                {QStringLiteral("chart_collected_ms"), median(chartDone)},
                {QStringLiteral("chart_run_ms"), median(chartRun)},
                {QStringLiteral("print_first_output_ms"), median(printFirst)},
                {QStringLiteral("print_done_ms"), median(printDone)}});
    }
    // The workbench has been open a while: its analyzer is started.
    QList<double> shownTrivial, shownBig;
    for (int i = 0; i < runs; ++i) {
        shownTrivial << measure(trail(), print, true, false).shownMs;
        shownBig << measure(trail(), big, true, false).shownMs;
    }
    out.insert(QStringLiteral("check_shown_trivial_ms"), median(shownTrivial));
    out.insert(QStringLiteral("check_shown_5000_ms"), median(shownBig));
    out.insert(QStringLiteral("runs"), runs);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
