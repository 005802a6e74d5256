// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "analysisqueue.h"

#include "warmanalyzer.h"

namespace Airlock {

AnalysisQueue::AnalysisQueue(int slots, QObject *parent)
    : QObject(parent)
    , m_slots(qMax(1, slots))
{
}

void AnalysisQueue::acquire(QObject *owner, const std::function<void()> &start)
{
    if (m_running < m_slots) {
        ++m_running;
        start();
        return;
    }
    m_waiting.append({owner, start});
}

void AnalysisQueue::release()
{
    --m_running;
    while (!m_waiting.isEmpty() && m_running < m_slots) {
        const Waiting next = m_waiting.takeFirst();
        if (!next.owner)
            continue;
        ++m_running;
        next.start();
    }
}

void AnalysisQueue::setKeepAnalyzerReady(bool keep)
{
    if (keep && !m_warm)
        m_warm = new WarmAnalyzer(this);
    if (m_warm)
        m_warm->setEnabled(keep);
}

WarmAnalyzer *AnalysisQueue::warmAnalyzer() const
{
    return m_warm && m_warm->isEnabled() ? m_warm : nullptr;
}

} // namespace Airlock
