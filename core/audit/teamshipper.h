// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace Airlock {

/**
 * Ships the workbench's trail to its team trail (TeamTrail::ship), on a
 * thread of its own so that a slow or absent server never holds up the
 * window or the recording: records are durable in the local trail first,
 * and go to the server after each step, or, while it cannot be reached,
 * when a retry finds it again (after 5 s, doubling up to a minute).
 */
class TeamShipper : public QObject
{
    Q_OBJECT
public:
    explicit TeamShipper(QObject *parent = nullptr);
    ~TeamShipper() override;

    /// Ships the trail at @p localPath to @p location, as @p analyst on
    /// @p machine; an empty @p location stops shipping.
    void configure(const QString &localPath, const QString &location, const QString &analyst, const QString &machine);
    QString location() const { return m_location; }
    bool isActive() const { return !m_location.isEmpty(); }
    /// Records of the local trail the server does not have yet.
    qint64 waiting() const { return m_waiting; }
    /// Why the last attempt failed; empty when it worked.
    QString problem() const { return m_problem; }

    /// Something was recorded: ship it now (or at the next retry).
    void shipSoon();
    /// Waits until the attempts asked for so far are over (tests, shutdown).
    void flush();

Q_SIGNALS:
    void statusChanged(qint64 waiting, const QString &problem);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
    QString m_location;
    qint64 m_waiting = 0;
    QString m_problem;
    std::atomic<bool> m_queued = false;
};

} // namespace Airlock
