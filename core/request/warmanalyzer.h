// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

#include "uniquefd.h"

namespace Airlock {

class SandboxProcess;

/**
 * One static-check sandbox started ahead, so that a check does not wait
 * for bwrap and Python to start: the analyzer waits for its code on a
 * socket (CodeHandover). Each is used once; a fresh one is started when the
 * last one is done, so no request's check can see or influence another's.
 * The workbench keeps one; the command line checks with a fresh sandbox.
 */
class WarmAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit WarmAnalyzer(QObject *parent = nullptr);
    ~WarmAnalyzer() override;

    /// Starts keeping one ready (or stops, ending the one kept).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// One is started and waiting.
    bool isReady() const;

    struct Taken
    {
        SandboxProcess *process = nullptr; ///< running, now @p parent's
        UniqueFd channel; ///< where the code goes
    };
    /// The one kept, for a check whose analysis may take @p timeoutS
    /// seconds, reparented to @p parent; nothing when none is ready or it
    /// was started for another timeout. A fresh one follows once it is done.
    std::optional<Taken> take(int timeoutS, QObject *parent);

private:
    void startOne();

    bool m_enabled = false;
    int m_timeoutS = 10;
    SandboxProcess *m_process = nullptr;
    UniqueFd m_channel;
    QElapsedTimer m_started;
    int m_quickFailures = 0;
};

} // namespace Airlock
