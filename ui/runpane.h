// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QPointer>
#include <QProcess>
#include <QStringDecoder>
#include <QWidget>

#include "requestsession.h"
#include "timelinemodel.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Airlock {

class ArtifactView;
struct RunResult;

/**
 * One request's run: elapsed time against the timeout, stdout and stderr as
 * they arrive, a Stop button; then how it ended, what it used, what the
 * code reported about itself, and the files it wrote.
 */
class RunPane : public QWidget
{
    Q_OBJECT
public:
    explicit RunPane(QWidget *parent = nullptr);
    ~RunPane() override;

    void setSession(RequestSession *session);
    RequestSession *session() const { return m_session; }

    ArtifactView *artifactView() const { return m_artifacts; }
    QString statusText() const;
    /// A training scenario's check, once its run has ended; empty otherwise.
    QString expectationText() const;
    QString summaryText() const;
    QString outputText(QProcess::ProcessChannel channel) const;
    TimelineModel *eventModel() const { return m_events; }
    QTabWidget *tabs() const { return m_tabs; }
    /// What the release bar says about results for an agent.
    QString releaseText() const;

Q_SIGNALS:
    /// The analyst asked to release the results to the agent, or to withhold them.
    void releaseRequested();
    void withholdRequested();

private:
    void refresh();
    void updateProgress();
    void append(QProcess::ProcessChannel channel, const QByteArray &chunk);
    void addEvent(const QJsonObject &event);
    void showResult(const RunResult &result);
    void refreshRelease();

    QPointer<RequestSession> m_session;
    QLabel *m_status;
    QLabel *m_expectation; ///< a training scenario's expected and actual outcome
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_stdout;
    QPlainTextEdit *m_stderr;
    QLabel *m_summary;
    QTreeView *m_eventView;
    TimelineModel *m_events;
    ArtifactView *m_artifacts;
    QTimer *m_ticker;
    QWidget *m_releaseBar;
    QLabel *m_releaseLabel;
    QPushButton *m_releaseButton;
    QPushButton *m_withholdButton;
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
};

} // namespace Airlock
