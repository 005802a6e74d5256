// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers

// Takes the README's screenshot: the workbench after the bundled chart
// request was reviewed, approved and run. It drives the real window the way
// the GUI tests do, with a throw-away audit trail, and saves the window as
// a PNG; then an agent's request waiting for release, with the release
// dialog; an override listing what it overrides; a trainer's scenario with
// its expected and actual outcome; and the window in the dark theme.
// packaging/take-screenshot runs it under Xvfb.
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

#include "agentclient.h"
#include "applicationsetup.h"
#include "apptheme.h"
#include "artifactmodel.h"
#include "artifactview.h"
#include "decisiondialog.h"
#include "inboxmodel.h"
#include "mainwindow.h"
#include "releasedialog.h"
#include "requestsession.h"
#include "runpane.h"
#include "settings.h"

using namespace Airlock;

namespace {
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

int fail(const char *message)
{
    std::fprintf(stderr, "workbench_screenshot: %s\n", message);
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationSetup::initialize(app);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("The PNG to write."));
    parser.addPositionalArgument(QStringLiteral("request"), QStringLiteral("The request to run."));
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        return fail("usage: workbench_screenshot OUTPUT.png REQUEST.json");

    QTemporaryDir scratch;
    const QString requestPath = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    const QString dataFolder = QFileInfo(requestPath).absolutePath();
    // Agents may read the example's folder: a policy that says so.
    {
        QFile in(QStringLiteral(":/airlock/policies/default.json"));
        in.open(QIODevice::ReadOnly);
        QJsonObject policy = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject files = policy.value(QStringLiteral("files")).toObject();
        files.insert(QStringLiteral("roots"), QJsonArray{dataFolder});
        policy.insert(QStringLiteral("files"), files);
        policy.insert(QStringLiteral("name"), QStringLiteral("default+agents"));
        QFile out(scratch.filePath(QStringLiteral("policy.json")));
        out.open(QIODevice::WriteOnly);
        out.write(QJsonDocument(policy).toJson());
        Settings().setPolicyPath(out.fileName());
    }
    MainWindow::Options options;
    options.auditTrailPath = scratch.filePath(QStringLiteral("trail.sqlite"));
    options.watchInbox = false;
    MainWindow window(options);
    window.resize(1400, 860);
    window.show();
    if (!waitFor([&]() { return window.runsEnabled(); }, 120000))
        return fail("the sandbox check did not pass");

    window.openRequests({parser.positionalArguments().at(1)});
    RequestSession *session = window.currentSession();
    if (!session || !waitFor([&]() { return session->state() == RequestSession::State::Pending; }, 60000))
        return fail("the request did not become pending");
    // The review, as the analyst sees it before deciding, beside the output.
    const QString output = parser.positionalArguments().at(0);
    QDir().mkpath(QFileInfo(output).absolutePath());
    QTest::qWait(500); // let the preview and layout settle before grabbing
    const QString reviewShot = QFileInfo(output).path() + QLatin1Char('/') + QFileInfo(output).completeBaseName()
        + QStringLiteral("-review.png");
    if (!window.grab().save(reviewShot))
        return fail("the review screenshot could not be saved");
    window.approveCurrent();
    auto *dialog = window.findChild<DecisionDialog *>();
    if (!dialog)
        return fail("no decision dialog");
    dialog->setReviewer(QStringLiteral("Ada Analyst"));
    dialog->confirmButton()->click();
    if (!waitFor([&]() { return !session->isRunning() && session->result(); }, 120000))
        return fail("the run did not end");

    // The chart, fitted, with the results beside the inbox.
    ArtifactView *artifacts = window.runPane()->artifactView();
    for (int row = 0; row < artifacts->model()->rowCount(); ++row) {
        if (artifacts->model()->index(row, 0).data().toString().endsWith(QLatin1String(".png")))
            artifacts->selectArtifact(row);
    }
    waitFor([&]() { return !artifacts->isRendering(); }, 10000);
    QTest::qWait(500);
    if (!window.grab().save(output))
        return fail("the screenshot could not be saved");

    // An agent's request, run, its results waiting for release: the
    // release dialog with the scan's findings, over the workbench.
    QFile requestFile(requestPath);
    requestFile.open(QIODevice::ReadOnly);
    QJsonObject request = QJsonDocument::fromJson(requestFile.readAll()).object();
    request.insert(QStringLiteral("request_id"), QStringLiteral("agent-chart-0002"));
    request.insert(QStringLiteral("code"),
        QString(request.value(QStringLiteral("code")).toString()
            + QStringLiteral("print(\"Questions: data-team@example.com\")\n")));
    request.insert(QStringLiteral("files"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sales.csv")},
            {QStringLiteral("path"), QString(dataFolder + QStringLiteral("/sales.csv"))}}});
    AgentClient client;
    client.connectToWorkbench();
    if (!waitFor([&]() { return client.isConnected(); }, 10000))
        return fail("the workbench's agent socket did not answer");
    client.call(QStringLiteral("submit"),
        {{QStringLiteral("request"), request}, {QStringLiteral("channel"), QStringLiteral("mcp")},
            {QStringLiteral("client"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("analytics-assistant")},
                    {QStringLiteral("version"), QStringLiteral("1.0")}}}});
    RequestSession *agent = nullptr;
    if (!waitFor(
            [&]() {
                agent = window.inboxModel()->sessions().size() > 1 ? window.inboxModel()->sessions().at(1) : nullptr;
                return agent && agent->state() == RequestSession::State::Pending;
            },
            60000))
        return fail("the agent's request did not become pending");
    window.selectSession(agent);
    if (!agent->approve(QStringLiteral("Ada Analyst"), {}).isEmpty()
        || !waitFor([&]() { return agent->releaseState() == RequestSession::Release::Awaiting; }, 120000))
        return fail("the agent's run did not end waiting for release");
    // Away and back, so the run pane with its release bar is shown.
    window.selectSession(session);
    window.selectSession(agent);
    window.releaseCurrent();
    auto *release = window.findChild<ReleaseDialog *>();
    if (!release)
        return fail("no release dialog");
    release->setReviewer(QStringLiteral("Ada Analyst"));
    release->resize(760, release->sizeHint().height());
    release->move(window.geometry().center() - release->rect().center());
    QTest::qWait(800);
    const QString releaseShot = QFileInfo(output).path() + QLatin1Char('/') + QFileInfo(output).completeBaseName()
        + QStringLiteral("-release.png");
    QPixmap screen = window.screen()->grabWindow(0);
    if (screen.isNull() || !screen.copy(window.frameGeometry().united(release->frameGeometry())).save(releaseShot))
        return fail("the release screenshot could not be saved");
    release->reject();
    const auto shot = [&](const char *suffix) {
        return QFileInfo(output).path() + QLatin1Char('/') + QFileInfo(output).completeBaseName()
            + QLatin1String(suffix);
    };

    // An override: what exactly the reviewer overrides, listed in the dialog.
    QFile blockedFile(scratch.filePath(QStringLiteral("blocked.json")));
    blockedFile.open(QIODevice::WriteOnly);
    blockedFile.write(QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
                                        {QStringLiteral("agent"), QStringLiteral("analytics-assistant")},
                                        {QStringLiteral("prompt"), QStringLiteral("Refresh the sales report")},
                                        {QStringLiteral("network"), QStringLiteral("internet")},
                                        {QStringLiteral("code"),
                                            QStringLiteral("import subprocess\nimport pandas as pd\n"
                                                           "df = pd.read_csv('sales.csv')\n"
                                                           "subprocess.run(['curl', 'https://example.com/upload'])\n")},
                                        {QStringLiteral("files"),
                                            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sales.csv")},
                                                {QStringLiteral("path"), QStringLiteral("missing/sales.csv")}}}}})
                          .toJson());
    blockedFile.close();
    window.openRequests({blockedFile.fileName()});
    RequestSession *blocked = window.currentSession();
    if (!blocked || !waitFor([&]() { return blocked->state() == RequestSession::State::Pending; }, 60000))
        return fail("the blocked request did not become pending");
    window.approveCurrent();
    auto *overrideDialog = window.findChild<DecisionDialog *>();
    if (!overrideDialog)
        return fail("no override dialog");
    overrideDialog->setReviewer(QStringLiteral("Ada Analyst"));
    overrideDialog->setReason(QStringLiteral("The upload target is our own staging server, agreed with IT"));
    overrideDialog->adjustSize();
    overrideDialog->move(window.geometry().center() - overrideDialog->rect().center());
    QTest::qWait(800);
    const QString overrideShot = shot("-override.png");
    screen = window.screen()->grabWindow(0);
    if (screen.isNull()
        || !screen.copy(window.frameGeometry().united(overrideDialog->frameGeometry())).save(overrideShot))
        return fail("the override screenshot could not be saved");
    overrideDialog->reject();

    // A trainer's scenario after its run: expected against actual.
    RequestSession *scenario = window.openScenario(QStringLiteral("infinite-loop"));
    if (!scenario || !waitFor([&]() { return scenario->state() == RequestSession::State::Pending; }, 60000))
        return fail("the scenario did not become pending");
    if (!scenario->approve(QStringLiteral("Trainer"), QStringLiteral("Training demonstration of the sandbox")).isEmpty()
        || !waitFor([&]() { return scenario->isSettled() && scenario->scenarioMismatches(); }, 120000))
        return fail("the scenario did not run");
    window.selectSession(scenario);
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3))
            action->trigger(); // View > Show Run
    window.runPane()->findChild<QTabWidget *>(QStringLiteral("runTabs"))->setCurrentIndex(2); // the timeline
    QTest::qWait(500);
    const QString trainerShot = shot("-trainer.png");
    if (!window.grab().save(trainerShot))
        return fail("the trainer screenshot could not be saved");

    // The chart again, in the dark theme.
    AppTheme::apply(AppTheme::Scheme::Dark);
    window.selectSession(session);
    QTest::qWait(800);
    const QString darkShot = shot("-dark.png");
    if (!window.grab().save(darkShot))
        return fail("the dark screenshot could not be saved");
    AppTheme::apply(AppTheme::Scheme::System);

    std::printf("%s\n%s\n%s\n%s\n%s\n%s\n", qPrintable(output), qPrintable(reviewShot), qPrintable(releaseShot),
        qPrintable(overrideShot), qPrintable(trainerShot), qPrintable(darkShot));
    return 0;
}
