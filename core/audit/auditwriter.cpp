// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "auditwriter.h"

#include <QPointer>
#include <QThread>

#include <memory>

#include "auditrecorder.h"
#include "audittrail.h"

namespace Airlock {

// Lives on the writer's thread; only that thread touches the trail.
class AuditWriter::Worker : public QObject
{
public:
    std::unique_ptr<AuditTrail> trail;
    std::unique_ptr<AuditRecorder> recorder;
    QString interface;
    QString openError;
};

AuditWriter::AuditWriter(const QString &interface, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker)
    , m_interface(interface)
{
    m_thread->setObjectName(QStringLiteral("audit writer"));
    m_worker->interface = interface;
    m_worker->moveToThread(m_thread);
    m_openError = tr("The audit trail is not open yet.");
    m_thread->start();
}

AuditWriter::~AuditWriter()
{
    // Close on the thread that opened it, after every job already queued;
    // the thread stops itself only then, so no queued job is dropped.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker]() {
            worker->recorder.reset();
            worker->trail.reset();
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void AuditWriter::open(const QString &path)
{
    m_path = path;
    m_open = false;
    // Answers go to this object: the destructor waits for the thread, and
    // Qt drops what is queued for an object that is gone.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path, self = this]() {
            worker->recorder.reset();
            worker->trail.reset();
            QString error;
            worker->trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            if (worker->trail) {
                worker->recorder = std::make_unique<AuditRecorder>(worker->trail.get(), worker->interface);
                // The chain a team trail will know it by, made here so that
                // a shipper that only reads the trail finds it.
                QString ignored;
                worker->trail->chainId(&ignored);
            }
            worker->openError = worker->trail
                ? QString()
                : AuditWriter::tr("The audit trail %1 could not be opened: %2").arg(path, error);
            const QString openError = worker->openError;
            QMetaObject::invokeMethod(
                self,
                [self, path, openError]() {
                    if (self->m_path != path)
                        return;
                    self->m_open = openError.isEmpty();
                    self->m_openError = openError;
                    Q_EMIT self->opened(path, openError);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AuditWriter::submit(const Job &job, QObject *context, const Done &done)
{
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job, done, self = this, receiver]() {
            const QString failure = worker->recorder ? job(*worker->recorder) : worker->openError;
            QMetaObject::invokeMethod(
                self,
                [self, receiver, done, failure]() {
                    if (!failure.isEmpty())
                        Q_EMIT self->failed(failure);
                    else
                        Q_EMIT self->recorded();
                    if (receiver && done)
                        done(failure);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AuditWriter::flush()
{
    QMetaObject::invokeMethod(
        m_worker, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace Airlock
