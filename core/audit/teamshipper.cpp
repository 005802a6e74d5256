// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "teamshipper.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

#include "audittrail.h"
#include "headsigner.h"
#include "teamtrail.h"

namespace Airlock {

// Lives on the shipper's thread, with both connections.
class TeamShipper::Worker : public QObject
{
public:
    QPointer<TeamShipper> owner;
    QString localPath;
    QString location;
    QString analyst;
    QString machine;
    std::unique_ptr<AuditTrail> local;
    std::unique_ptr<TeamTrail> team;
    std::unique_ptr<HeadSigner> signer;
    QString keyPath;
    QTimer retry;
    int backoffSeconds = 0;
    qint64 knownOnServer = 0;
    QString lastProblem;

    void reset()
    {
        retry.stop();
        team.reset();
        local.reset();
        signer.reset();
        backoffSeconds = 0;
        knownOnServer = 0;
    }

    void ship()
    {
        retry.stop();
        if (location.isEmpty())
            return;
        QString error;
        // The workbench writes the trail; this only reads it as it grows.
        if (!local)
            local = AuditTrail::open(localPath, AuditTrail::Mode::ReadOnlyLive, &error);
        if (local && !signer)
            signer = HeadSigner::loadOrCreate(keyPath, &error);
        if (local && signer && !team)
            team = TeamTrail::connect(location, &error);
        std::optional<TeamTrail::Shipment> shipped;
        if (local && signer && team)
            shipped = team->ship(*local, *signer, analyst, machine, &error);
        qint64 waiting = local ? local->lastSeq() - knownOnServer : 0;
        if (shipped) {
            knownOnServer = shipped->onServer;
            waiting = shipped->waiting;
            backoffSeconds = 0;
        } else {
            // Connect afresh next time: the server may have restarted.
            team.reset();
            backoffSeconds = backoffSeconds == 0 ? 5 : qMin(backoffSeconds * 2, 60);
            retry.start(backoffSeconds * 1000);
        }
        lastProblem = shipped ? QString() : error;
        report(waiting, lastProblem);
    }

    // A new record while the server is away: counted at once, shipped at
    // the next retry (no wait for a connection each time).
    void recorded()
    {
        if (!retry.isActive()) {
            ship();
            return;
        }
        report(local ? local->lastSeq() - knownOnServer : 0, lastProblem);
    }

    void report(qint64 waiting, const QString &problem)
    {
        QMetaObject::invokeMethod(
            owner.data(),
            [owner = owner, waiting, problem, location = location]() {
                if (!owner || owner->m_location != location)
                    return;
                owner->m_waiting = waiting;
                owner->m_problem = problem;
                Q_EMIT owner->statusChanged(waiting, problem);
            },
            Qt::QueuedConnection);
    }
};

TeamShipper::TeamShipper(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("team trail shipper"));
    m_worker->owner = this;
    m_worker->retry.setSingleShot(true);
    QObject::connect(&m_worker->retry, &QTimer::timeout, m_worker, [worker = m_worker]() { worker->ship(); });
    m_worker->moveToThread(m_thread);
    m_worker->retry.moveToThread(m_thread);
    m_thread->start();
}

TeamShipper::~TeamShipper()
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker]() {
            worker->reset();
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void TeamShipper::configure(
    const QString &localPath, const QString &location, const QString &analyst, const QString &machine)
{
    m_location = location;
    m_waiting = 0;
    m_problem.clear();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, localPath, location, analyst, machine]() {
            worker->reset();
            worker->lastProblem.clear();
            worker->localPath = localPath;
            worker->keyPath = HeadSigner::defaultKeyPath();
            worker->location = location;
            worker->analyst = analyst;
            worker->machine = machine;
            worker->ship();
        },
        Qt::QueuedConnection);
}

void TeamShipper::shipSoon()
{
    // One attempt queued at a time, however many records arrive meanwhile.
    if (m_location.isEmpty() || m_queued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, self = this]() {
            self->m_queued = false;
            worker->recorded();
        },
        Qt::QueuedConnection);
}

void TeamShipper::flush()
{
    QMetaObject::invokeMethod(m_worker, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace Airlock
