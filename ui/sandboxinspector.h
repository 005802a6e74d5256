// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace Airlock {

class RequestSession;

/**
 * The exact sandbox a request's run gets, for trainers and the curious:
 * what is visible and how (read-only, writable, with sizes), the
 * environment the code sees, the limits and what enforces each, the
 * seccomp rules — in plain language, and the raw bwrap arguments beside,
 * copyable. After a run it shows the arguments recorded when it started;
 * before, the ones a run would get now.
 */
class SandboxInspector : public QDialog
{
    Q_OBJECT
public:
    explicit SandboxInspector(const RequestSession *session, QWidget *parent = nullptr);
    /// A run browsed in the audit trail: its run_started record's sandbox.
    SandboxInspector(const QJsonObject &recorded, const QString &requestId, const QString &agent,
        const QString &runId, const QDateTime &at, QWidget *parent = nullptr);

    /// The sandbox shown: the run's, or the planned one.
    QJsonObject sandbox() const { return m_sandbox; }
    bool showsRecordedRun() const { return m_recorded; }
    QString plainText() const;
    /// Which request, and whether the sandbox is the recorded or the planned one.
    QString subjectText() const;
    QString rawText() const;

    /// Plain-language description of a sandbox (a run_started record's or a plan).
    static QString describe(const QJsonObject &sandbox, const RequestSession *session);

private:
    void build(const QString &subject, const QString &unavailable, const RequestSession *session);

    QJsonObject m_sandbox;
    QLabel *m_subject = nullptr;
    bool m_recorded = false;
    QTextBrowser *m_plain;
    QPlainTextEdit *m_raw;
};

} // namespace Airlock
