// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "audittrail.h"

namespace Airlock {

class PreparedRun;
struct Decision;
struct Policy;
struct RunResult;

/**
 * Writes a request's story into the audit trail, one record per step: what
 * arrived (or what arrived malformed), the verdicts and the policy they came
 * from, the decision and what it was bound to, the run's start (before
 * anything runs), its artifacts, and its end.
 */
class AuditRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::AuditRecorder)
public:
    explicit AuditRecorder(AuditTrail *trail, const QString &interface);

    /// @p origin: the agent channel it came by, if any (AgentOrigin::toJson).
    bool malformed(const QString &source, const QByteArray &raw, const QString &error, QString *failure,
        const QJsonObject &origin = {});
    /// @p scenario: the trainer scenario it is, if any (kept apart in listings).
    bool request(const PreparedRun &run, const QString &source, QString *failure, const QString &scenario = {},
        const QJsonObject &origin = {});
    bool blocked(const PreparedRun &run, const QString &message, QString *failure);
    bool decision(const PreparedRun &run, const Decision &decision, QString *failure);
    bool runStarted(const PreparedRun &run, const QString &runId, const QJsonObject &sandbox, QString *failure);
    /// Artifacts first, then the closing record; fills result.audit. When
    /// they cannot be written, result.recordError says why, and a short
    /// `interrupted` record saying so is tried instead (the next open
    /// writes one if that fails too): the run is then not done, and nothing
    /// it made may be delivered.
    bool runFinished(RunResult &result, QString *failure);
    /// What an unrecorded run's recordError says, for @p failure.
    static QString unrecordedRun(const QString &failure);
    /// The agent took its request back (reason, origin, the state it was in).
    bool withdrawn(const QString &requestId, const QString &runId, const QJsonObject &body, QString *failure);
    /// A run's results released to the agent, or withheld: by whom, why,
    /// to whom, the scan's findings and exactly what left (sizes, hashes).
    bool release(const QString &requestId, const QString &runId, const QJsonObject &body, QString *failure);

    /// The trail written to (for lookups by the same writer).
    AuditTrail *trail() const { return m_trail; }
    /// The closing record of the last runFinished().
    std::optional<AuditTrail::Record> lastRecord() const { return m_last; }

private:
    bool add(
        const QString &kind, const QString &requestId, const QString &runId, const QJsonObject &body, QString *failure);

    AuditTrail *m_trail;
    QString m_interface;
    std::optional<AuditTrail::Record> m_last;
};

} // namespace Airlock
