// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace Airlock {

class AuditRecorder;

/**
 * The workbench's audit trail, written on a thread of its own so that no
 * database write (each one synced to disk) ever blocks the window.
 *
 * The trail is opened, used and closed on that thread only (a Qt SQL
 * connection belongs to the thread that made it). Jobs run one at a time in
 * the order they were submitted, so a decision is always recorded after
 * the request it decides. Destruction waits for the jobs already submitted:
 * nothing accepted is lost on close.
 */
class AuditWriter : public QObject
{
    Q_OBJECT
public:
    /// @p interface goes with every record ("workbench").
    explicit AuditWriter(const QString &interface, QObject *parent = nullptr);
    ~AuditWriter() override;

    /// Opens (or creates) the trail at @p path; opened() follows.
    void open(const QString &path);
    QString path() const { return m_path; }
    /// What every record names as its interface, and every decision made
    /// through this writer ("workbench", "airlockctl").
    QString interface() const { return m_interface; }
    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }

    /// A job returns the failure, or an empty string when it was recorded.
    using Job = std::function<QString(AuditRecorder &recorder)>;
    using Done = std::function<void(const QString &failure)>;
    /// Runs @p job on the writer's thread; then @p done on @p context's
    /// thread, unless @p context is gone by then. A job submitted while the
    /// trail is not open fails with openError().
    void submit(const Job &job, QObject *context, const Done &done);

    /// Waits until every job submitted so far has run (tests, shutdown).
    void flush();

Q_SIGNALS:
    /// @p error is empty when the trail is open.
    void opened(const QString &path, const QString &error);
    /// A job could not record what it was given.
    void failed(const QString &failure);
    /// A job's records are in the trail (views of it may refresh).
    void recorded();

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
    QString m_path;
    QString m_interface;
    QString m_openError;
    bool m_open = false;
};

} // namespace Airlock
