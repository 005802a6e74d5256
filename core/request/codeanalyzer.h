// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

#include "verdict.h"

class QTimer;

namespace Airlock {

class SandboxCommand;
class SandboxProcess;
class WarmAnalyzer;
struct Policy;

/**
 * Runs the static check of a request's code: Python's own parser, in a
 * sandbox like any run (no network, the same filter and uid), with a short
 * timeout. Asynchronous: start(), then finished() with the verdicts.
 *
 * Code over the policy's size, code that is not text, code nested too deep
 * to parse and an analysis that runs out of time each become a verdict;
 * nothing the code contains makes the analysis itself fail silently.
 */
class CodeAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit CodeAnalyzer(QObject *parent = nullptr);
    ~CodeAnalyzer() override;

    void setPaths(const QString &bwrapPath, const QString &pythonPath);
    /// Checks take the analyzer @p warm keeps started, when it has one.
    void setWarmAnalyzer(WarmAnalyzer *warm) { m_warm = warm; }
    void start(const QByteArray &code, const Policy &policy, const QStringList &declaredNames);
    bool isRunning() const;
    /// The analyzer's raw report of the last run (for tests and inspection).
    QJsonObject facts() const;
    /// Whether the last check used an analyzer started ahead.
    bool usedWarm() const { return m_usedWarm; }

    /// The analyzer's sandbox: with @p code as a file in it, or (empty
    /// code) waiting for it on the passed descriptor @p socketFd.
    static std::optional<SandboxCommand> command(
        const QString &bwrap, const QString &python, const QByteArray &code, int socketFd, QString *error);
    /// Its limits, for an analysis of at most @p timeoutS seconds of code
    /// of at most @p maxCodeBytes.
    static void limit(SandboxProcess *process, int timeoutS, qint64 maxCodeBytes);

Q_SIGNALS:
    void finished(const QList<Airlock::Verdict> &verdicts);

private:
    void done(const QList<Verdict> &verdicts);
    void watch(const Policy &policy, const QStringList &declaredNames, const QByteArray &code);

    QString m_bwrap;
    QString m_python;
    SandboxProcess *m_process = nullptr;
    QTimer *m_timeout = nullptr;
    QJsonObject m_facts;
    bool m_timedOut = false;
    bool m_running = false;
    bool m_usedWarm = false;
    QPointer<WarmAnalyzer> m_warm;
};

} // namespace Airlock
