// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "warmanalyzer.h"

#include <QTimer>

#include "codeanalyzer.h"
#include "codehandover.h"
#include "hosttools.h"
#include "sandboxcommand.h"
#include "sandboxprocess.h"

namespace Airlock {

namespace {
// One that keeps dying right after its start is not started again and again.
constexpr int MaxQuickFailures = 3;
constexpr qint64 QuickMs = 2000;
} // namespace

WarmAnalyzer::WarmAnalyzer(QObject *parent)
    : QObject(parent)
{
}

WarmAnalyzer::~WarmAnalyzer() = default;

void WarmAnalyzer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_quickFailures = 0;
    if (enabled && !m_process)
        startOne();
    if (!enabled && m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
        m_channel.reset();
    }
}

bool WarmAnalyzer::isReady() const
{
    return m_process && m_process->isRunning();
}

void WarmAnalyzer::startOne()
{
    if (!m_enabled || m_process || m_quickFailures >= MaxQuickFailures)
        return;
    UniqueFd sandboxEnd;
    if (!CodeHandover::socketPair(&m_channel, &sandboxEnd, nullptr))
        return;
    QString error;
    const std::optional<SandboxCommand> command = CodeAnalyzer::command(HostTools::bwrap(), HostTools::python(), {},
        SandboxProcess::passedFdNumber(0), &error);
    if (!command) {
        m_channel.reset();
        return;
    }
    m_process = new SandboxProcess(this);
    CodeAnalyzer::limit(m_process, m_timeoutS, 0);
    m_process->setPassedFds({sandboxEnd.get()});
    // Ended before anyone took it (killed, or the sandbox broke): another
    // later, unless that keeps happening.
    connect(m_process, &SandboxProcess::finished, this, [this]() {
        m_quickFailures = m_started.elapsed() < QuickMs ? m_quickFailures + 1 : 0;
        m_process->deleteLater();
        m_process = nullptr;
        m_channel.reset();
        QTimer::singleShot(100, this, &WarmAnalyzer::startOne);
    });
    connect(m_process, &SandboxProcess::failed, this, [this]() {
        ++m_quickFailures;
        m_process->deleteLater();
        m_process = nullptr;
        m_channel.reset();
        QTimer::singleShot(1000, this, &WarmAnalyzer::startOne);
    });
    m_started.start();
    m_process->start(*command);
    // bwrap holds the sandbox's end now (SandboxProcess starts it at once).
}

std::optional<WarmAnalyzer::Taken> WarmAnalyzer::take(int timeoutS, QObject *parent)
{
    if (timeoutS != m_timeoutS) {
        // Its CPU limit was set for another policy's timeout: next time.
        m_timeoutS = timeoutS;
        if (m_process) {
            m_process->disconnect(this);
            m_process->kill();
            m_process->deleteLater();
            m_process = nullptr;
            m_channel.reset();
        }
        startOne();
        return std::nullopt;
    }
    if (!isReady())
        return std::nullopt;
    Taken taken;
    taken.process = std::exchange(m_process, nullptr);
    taken.process->disconnect(this);
    taken.process->setParent(parent);
    taken.channel = std::move(m_channel);
    // A fresh one once this one is done, so it never competes with its check.
    connect(taken.process, &QObject::destroyed, this, &WarmAnalyzer::startOne);
    return taken;
}

} // namespace Airlock
