// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Airlock {

class WarmAnalyzer;

/**
 * Static checks waiting for their turn. Each check is a sandbox of its
 * own: a full inbox must not start hundreds at once. One queue belongs to
 * one workbench; a session without one (the command line) checks at once.
 */
class AnalysisQueue : public QObject
{
    Q_OBJECT
public:
    /// At most @p slots checks run at once.
    explicit AnalysisQueue(int slots = 2, QObject *parent = nullptr);

    /// Calls @p start once a slot is free, at once when one is; the slot is
    /// held until release(). Nothing is called for an @p owner gone by then.
    void acquire(QObject *owner, const std::function<void()> &start);
    /// Gives a slot back; the oldest waiting check starts.
    void release();

    int running() const { return m_running; }

    /// Keeps one analyzer started ahead for the checks of this queue.
    void setKeepAnalyzerReady(bool keep);
    /// The analyzer kept started, or nothing when none is kept.
    WarmAnalyzer *warmAnalyzer() const;
    int waiting() const { return int(m_waiting.size()); }

private:
    struct Waiting
    {
        QPointer<QObject> owner;
        std::function<void()> start;
    };
    int m_slots;
    int m_running = 0;
    QList<Waiting> m_waiting;
    WarmAnalyzer *m_warm = nullptr;
};

} // namespace Airlock
