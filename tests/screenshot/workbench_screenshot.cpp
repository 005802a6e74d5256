// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers

// Takes the README's screenshot: the workbench after the bundled chart
// request was reviewed, approved and run. It drives the real window the way
// the GUI tests do, with a throw-away audit trail, and saves the window as
// a PNG. packaging/take-screenshot runs it under Xvfb.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

#include "applicationsetup.h"
#include "artifactmodel.h"
#include "artifactview.h"
#include "decisiondialog.h"
#include "mainwindow.h"
#include "requestsession.h"
#include "runpane.h"

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
    QTest::qWait(500);
    if (!window.grab().save(output))
        return fail("the screenshot could not be saved");
    std::printf("%s\n%s\n", qPrintable(output), qPrintable(reviewShot));
    return 0;
}
