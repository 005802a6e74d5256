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

    // Each returns why the trail did not take the record (translated), or
    // an empty string once it is stored.

    /// @p origin: the agent channel it came by, if any (AgentOrigin::toJson).
    [[nodiscard]] QString malformed(
        const QString &source, const QByteArray &raw, const QString &error, const QJsonObject &origin = {});
    /// @p scenario: the trainer scenario it is, if any (kept apart in listings).
    [[nodiscard]] QString request(
        const PreparedRun &run, const QString &source, const QString &scenario = {}, const QJsonObject &origin = {});
    [[nodiscard]] QString blocked(const PreparedRun &run, const QString &message);
    [[nodiscard]] QString decision(const PreparedRun &run, const Decision &decision);
    [[nodiscard]] QString runStarted(const PreparedRun &run, const QString &runId, const QJsonObject &sandbox);
    /// Artifacts first, then the closing record; fills result.audit. When
    /// they cannot be written, result.recordError says why, and a short
    /// `interrupted` record saying so is tried instead (the next open
    /// writes one if that fails too): the run is then not done, and nothing
    /// it made may be delivered.
    [[nodiscard]] QString runFinished(RunResult &result);
    /// What an unrecorded run's recordError says, for @p failure.
    static QString unrecordedRun(const QString &failure);
    /// The agent took its request back (reason, origin, the state it was in).
    [[nodiscard]] QString withdrawn(const QString &requestId, const QString &runId, const QJsonObject &body);
    /// A run's results released to the agent, or withheld: by whom, why,
    /// to whom, the scan's findings and exactly what left (sizes, hashes).
    [[nodiscard]] QString release(const QString &requestId, const QString &runId, const QJsonObject &body);

    /// The trail written to (for lookups by the same writer).
    AuditTrail *trail() const { return m_trail; }
    /// The closing record of the last runFinished().
    std::optional<AuditTrail::Record> lastRecord() const { return m_last; }

private:
    QString add(const QString &kind, const QString &requestId, const QString &runId, const QJsonObject &body);

    AuditTrail *m_trail;
    QString m_interface;
    std::optional<AuditTrail::Record> m_last;
};

} // namespace Airlock
