// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "runpane.h"

#include <QColor>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "apptheme.h"
#include "artifactview.h"
#include "outcometext.h"
#include "quantitytext.h"
#include "requestsession.h"
#include "runresult.h"
#include "terminaltext.h"
#include "timelinemodel.h"

namespace Airlock {

namespace {
QPlainTextEdit *makeOutput(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setAccessibleName(placeholder);
    view->setPlaceholderText(placeholder);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setMaximumBlockCount(50000);
    return view;
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

// A measurement and where it came from (RunResult::cpuSource and memorySource).
QString measured(const QString &value, const QString &source)
{
    QString from;
    if (source == QLatin1String("cgroup"))
        from = RunPane::tr("counted by the run's cgroup");
    else if (source == QLatin1String("cgroup-sampled"))
        from = RunPane::tr("the run's cgroup, sampled");
    else if (source == QLatin1String("process-tree"))
        from = RunPane::tr("the sandbox's processes, as the host saw them");
    return from.isEmpty() ? value : RunPane::tr("%1 (%2)").arg(value, from);
}
} // namespace

RunPane::RunPane(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_expectation(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Sto&p"), this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_eventView(new QTreeView(this))
    , m_events(new TimelineModel(this))
    , m_artifacts(new ArtifactView(this))
    , m_ticker(new QTimer(this))
    , m_releaseBar(new QWidget(this))
    , m_releaseLabel(new QLabel(m_releaseBar))
    , m_releaseButton(new QPushButton(tr("Re&lease to Agent…"), m_releaseBar))
    , m_withholdButton(new QPushButton(tr("&Withhold…"), m_releaseBar))
{
    setObjectName(QStringLiteral("runPane"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expectation->setObjectName(QStringLiteral("scenarioExpectation"));
    m_expectation->setWordWrap(true);
    m_expectation->setTextFormat(Qt::PlainText);
    m_expectation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_expectation->setMargin(6);
    m_expectation->hide();
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setAccessibleName(tr("Time used of the run's timeout"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Kill the whole sandbox now (Ctrl+.); the stop is recorded"));
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, [this]() {
        if (m_session)
            m_session->stop();
    });

    m_stdout = makeOutput(this, QStringLiteral("stdoutView"), tr("Standard output"));
    m_stderr = makeOutput(this, QStringLiteral("stderrView"), tr("Standard error"));
    auto *output = new QSplitter(Qt::Vertical, this);
    output->setObjectName(QStringLiteral("outputSplitter"));
    output->addWidget(m_stdout);
    output->addWidget(m_stderr);
    output->setStretchFactor(0, 3);
    output->setStretchFactor(1, 1);

    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_eventView->setObjectName(QStringLiteral("eventView"));
    m_eventView->setAccessibleName(tr("Events the code reported about itself"));
    m_eventView->setModel(m_events);
    // Imports fold into one counted row; the notable events stand out.
    m_eventView->setRootIsDecorated(true);
    m_eventView->setUniformRowHeights(true);
    m_eventView->setAlternatingRowColors(true);
    m_artifacts->setObjectName(QStringLiteral("artifactView"));

    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->addTab(output, tr("&Output"));
    m_tabs->addTab(m_summary, tr("Res&ult"));
    m_tabs->addTab(m_eventView, tr("Ti&meline"));
    m_tabs->addTab(m_artifacts, tr("F&iles"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_stop);
    // Results for an agent wait here until the analyst lets them go.
    m_releaseBar->setObjectName(QStringLiteral("releaseBar"));
    m_releaseLabel->setObjectName(QStringLiteral("releaseLabel"));
    m_releaseLabel->setWordWrap(true);
    m_releaseLabel->setTextFormat(Qt::PlainText);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_releaseButton->setToolTip(tr("Send the output and files to the agent that asked (Ctrl+Shift+L)"));
    m_withholdButton->setObjectName(QStringLiteral("withholdButton"));
    m_withholdButton->setToolTip(tr("Keep the results from the agent; it is told your reason"));
    auto *releaseLayout = new QHBoxLayout(m_releaseBar);
    releaseLayout->setContentsMargins(0, 0, 0, 0);
    releaseLayout->addWidget(m_releaseLabel, 1);
    releaseLayout->addWidget(m_releaseButton);
    releaseLayout->addWidget(m_withholdButton);
    connect(m_releaseButton, &QPushButton::clicked, this, &RunPane::releaseRequested);
    connect(m_withholdButton, &QPushButton::clicked, this, &RunPane::withholdRequested);
    m_releaseBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_expectation);
    layout->addLayout(top);
    layout->addWidget(m_releaseBar);
    layout->addWidget(m_tabs, 1);

    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &RunPane::updateProgress);
    refresh();
}

RunPane::~RunPane() = default;

void RunPane::setSession(RequestSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_stdout->clear();
    m_stderr->clear();
    m_stdoutDecoder = QStringDecoder(QStringDecoder::Utf8);
    m_stderrDecoder = QStringDecoder(QStringDecoder::Utf8);
    m_events->clearEvents();
    m_artifacts->clear();
    m_summary->clear();
    if (session) {
        connect(session, &RequestSession::stateChanged, this, &RunPane::refresh);
        connect(session, &RequestSession::outputReceived, this, &RunPane::append);
        connect(session, &RequestSession::eventReported, this, &RunPane::addEvent);
        connect(session, &RequestSession::runFinished, this, &RunPane::showResult);
        connect(session, &RequestSession::releaseChanged, this, &RunPane::refreshRelease);
        // What arrived before this pane looked at the session.
        append(QProcess::StandardOutput, session->liveOutput(QProcess::StandardOutput));
        append(QProcess::StandardError, session->liveOutput(QProcess::StandardError));
        if (session->result())
            showResult(*session->result());
    }
    refresh();
}

QString RunPane::releaseText() const
{
    return m_releaseBar->isVisible() || m_session ? m_releaseLabel->text() : QString();
}

void RunPane::refreshRelease()
{
    RequestSession *s = m_session;
    using R = RequestSession::Release;
    const R release = s ? s->releaseState() : R::NotNeeded;
    m_releaseBar->setVisible(s && s->fromAgent() && release != R::NotNeeded);
    m_releaseButton->setEnabled(release == R::Awaiting);
    m_withholdButton->setEnabled(release == R::Awaiting);
    if (!s || release == R::NotNeeded) {
        m_releaseLabel->clear();
        return;
    }
    const QString to = visibleText(s->origin().describe());
    const int found = int(s->findings().size());
    switch (release) {
    case R::NotNeeded:
        break;
    case R::Scanning:
        m_releaseLabel->setText(
            tr("Scanning the results for secrets and personal data before they can go to %1…").arg(to));
        break;
    case R::Awaiting:
        m_releaseLabel->setText(found > 0
                ? tr("%1 is waiting for these results. The scan found %n possible secret(s) or personal data: "
                     "look before you release.",
                    nullptr, found)
                      .arg(to)
                : s->unscanned().isEmpty()
                ? tr("%1 is waiting for these results; the scan found nothing. Release them, or withhold them.").arg(to)
                : tr("%1 is waiting for these results. The scan found nothing in what it can read; look at the "
                     "rest yourself before you release: %2")
                      .arg(to, visibleText(s->unscanned().join(QStringLiteral(", ")))));
        break;
    case R::Releasing:
        m_releaseLabel->setText(tr("Recording the release…"));
        break;
    case R::Released:
        m_releaseLabel->setText(tr("Released to %1 by %2.").arg(to, s->releasedBy()));
        break;
    case R::Withheld:
        m_releaseLabel->setText(
            tr("Withheld from %1 by %2: %3").arg(to, s->releasedBy(), visibleText(s->releaseReason(), true)));
        break;
    }
}

void RunPane::refresh()
{
    refreshRelease();
    RequestSession *s = m_session;
    // For the trainer: did the scenario do what it should? A stopped attack
    // is the lesson, a succeeding one the alarm.
    const QString check = s ? s->scenarioCheckText() : QString();
    m_expectation->setText(check);
    m_expectation->setVisible(!check.isEmpty());
    const bool unexpected = s && s->scenarioMismatches() && !s->scenarioMismatches()->isEmpty();
    m_expectation->setAutoFillBackground(unexpected);
    m_expectation->setPalette(unexpected ? AppTheme::alertPalette(palette()) : palette());
    QFont font = m_expectation->font();
    font.setBold(true);
    m_expectation->setFont(font);
    const bool running = s && s->isRunning();
    m_stop->setEnabled(running);
    if (running && !m_ticker->isActive())
        m_ticker->start();
    else if (!running)
        m_ticker->stop();
    if (!s || !s->decision() || s->state() == RequestSession::State::Rejected) {
        m_status->setText(s && s->state() == RequestSession::State::Rejected ? tr("Rejected: nothing ran.")
                                                                             : tr("Nothing has run yet."));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        return;
    }
    if (running)
        m_status->setText(s->state() == RequestSession::State::Approved ? tr("Recording the decision…")
                                                                        : tr("Running in the sandbox…"));
    else if (!s->result())
        m_status->setText(s->error());
    updateProgress();
}

void RunPane::updateProgress()
{
    RequestSession *s = m_session;
    if (!s)
        return;
    const qint64 timeout = qMax<qint64>(1, s->runTimeoutMs());
    const qint64 elapsed = qMin(s->runElapsedMs(), timeout);
    m_progress->setRange(0, int(qMin<qint64>(timeout, INT_MAX)));
    m_progress->setValue(int(elapsed));
    m_progress->setFormat(tr("%1 s of %2 s").arg(seconds(elapsed), seconds(timeout)));
}

void RunPane::append(QProcess::ProcessChannel channel, const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    QPlainTextEdit *view = channel == QProcess::StandardOutput ? m_stdout : m_stderr;
    QScrollBar *bar = view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    // One decoder per stream: a character split across chunks stays whole.
    cursor.insertText((channel == QProcess::StandardOutput ? m_stdoutDecoder : m_stderrDecoder).decode(chunk));
    if (atEnd)
        bar->setValue(bar->maximum());
}

void RunPane::addEvent(const QJsonObject &event)
{
    m_events->addEvent(event);
}

void RunPane::showResult(const RunResult &r)
{
    // The words the inbox and the history use for the same run.
    const QString status = OutcomeText::run(r);
    const bool recorded = r.recordError.isEmpty();
    const QString message = recorded ? r.message : r.recordError;
    m_status->setText(message.isEmpty() ? status : tr("%1: %2").arg(status, message));
    QString html = QStringLiteral("<table cellpadding=\"3\">");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Status"), status);
    if (!recorded)
        row(tr("How the run ended"),
            OutcomeText::run(RunResult::statusId(r.status), RunResult::endReasonId(r.endReason)));
    row(tr("Exit code"), r.exitCode ? QString::number(*r.exitCode) : tr("none"));
    if (r.signal)
        row(tr("Signal"), QuantityText::signal(*r.signal));
    row(tr("Duration"), QuantityText::duration(r.durationMs));
    row(tr("CPU time"), r.cpuMs >= 0 ? measured(QuantityText::duration(r.cpuMs), r.cpuSource) : tr("unknown"));
    row(tr("Peak memory"),
        r.peakMemoryBytes >= 0 ? measured(QuantityText::size(r.peakMemoryBytes), r.memorySource) : tr("unknown"));
    row(tr("Output"),
        tr("%1 on stdout, %2 on stderr").arg(QuantityText::size(r.stdoutBytes), QuantityText::size(r.stderrBytes)));
    if (r.stdoutTruncated || r.stderrTruncated)
        row(tr("Truncated"),
            tr("Output beyond %1 per stream was counted but not kept.").arg(QuantityText::size(r.limits.maxOutputBytes)));
    row(tr("Files written"), tr("%n file(s)", nullptr, int(r.artifacts.size())));
    for (const auto &rejected : r.rejectedArtifacts)
        row(tr("File not collected"), tr("%1: %2").arg(visibleText(rejected.name), visibleText(rejected.reason)));
    if (r.artifactsNotCollected > 0)
        row(tr("Files not collected"), tr("%n more file(s) over the limit", nullptr, r.artifactsNotCollected));
    row(tr("Enforcement"), r.enforcement);
    if (r.audit.contains(QStringLiteral("record_id")))
        row(tr("Audit record"),
            tr("#%1, hash %2")
                .arg(r.audit.value(QStringLiteral("record_id")).toInteger())
                .arg(r.audit.value(QStringLiteral("hash")).toString().left(16)));
    else if (!recorded)
        row(tr("Audit record"), tr("none: %1").arg(r.recordError));
    // What the code said about itself: useful, but only as trustworthy as the code.
    const QJsonObject e = r.events;
    auto count = [&](const char *key) { return int(e.value(QLatin1String(key)).toArray().size()); };
    const int network = count("network_attempts");
    QString reported = tr("%n file(s) opened", nullptr, count("files_opened")) + QLatin1String(", ")
        + (network > 0 ? tr("%n network attempt(s), all blocked", nullptr, network) : tr("no network attempt"))
        + QLatin1String(", ") + tr("%n subprocess(es)", nullptr, count("subprocesses"));
    // Past the cap on events, the rest is only counted.
    if (const int dropped = e.value(QLatin1String("dropped")).toInt(); dropped > 0)
        reported += QLatin1String("; ") + tr("%n more event(s) not reported (over the cap)", nullptr, dropped);
    else if (e.value(QLatin1String("capped")).toBool())
        reported += QLatin1String("; ") + tr("more events than the cap; the rest was not read");
    row(tr("Self-reported"), reported);
    html += QStringLiteral("</table><p><i>%1</i></p>")
                .arg(tr("Events are reported by an audit hook inside the sandbox: they show what the code did, "
                        "but code that attacks the hook can hide from it. The sandbox's limits do not depend on "
                        "them.")
                         .toHtmlEscaped());
    m_summary->setText(html);
    // The whole timeline: start, what the code reported, limit hits, the end.
    m_events->clearEvents();
    for (const QJsonValue &v : r.timeline)
        addEvent(v.toObject());
    // Unrecorded files stay viewable for the analyst's judgement, marked
    // so, and cannot be saved: saving would deliver them.
    m_artifacts->setArtifacts(r.artifacts, recorded);
    m_stop->setEnabled(false);
    m_ticker->stop();
    updateProgress();
    m_tabs->setCurrentWidget(r.artifacts.isEmpty() ? static_cast<QWidget *>(m_summary) : m_artifacts);
}

QString RunPane::expectationText() const
{
    return m_expectation->isHidden() ? QString() : m_expectation->text();
}

QString RunPane::statusText() const
{
    return m_status->text();
}

QString RunPane::summaryText() const
{
    return m_summary->text();
}

QString RunPane::outputText(QProcess::ProcessChannel channel) const
{
    return (channel == QProcess::StandardOutput ? m_stdout : m_stderr)->toPlainText();
}

} // namespace Airlock
