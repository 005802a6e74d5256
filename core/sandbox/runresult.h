// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

#include "artifactcollector.h"
#include "decision.h"
#include "inputstager.h"
#include "runlimits.h"
#include "verdict.h"

namespace Airlock {

class PreparedRun;

/// Everything about one run that the command line prints and the audit
/// trail keeps (SPEC §4).
struct RunResult
{
    enum class Status {
        Succeeded,
        Failed,
        TimedOut,
        Killed,
        Blocked,
        Rejected,
        Malformed,
    };
    /// Why the run ended, as the host saw it.
    enum class EndReason {
        None, ///< never started
        Exit,
        Timeout,
        Memory,
        Stopped, ///< the analyst pressed Stop
        Killed, ///< a signal from elsewhere
        SandboxError, ///< the sandbox could not be set up
        Refused, ///< an input changed after review, or the sandbox could not be built
        Withdrawn, ///< the agent that asked took its request back, which stopped the run
    };

    QString requestId; ///< Airlock's id for the request
    QString agentRequestId; ///< the agent's own request_id; empty when it gave none
    QString runId;
    Status status = Status::Failed;
    EndReason endReason = EndReason::None;
    QString message; ///< translated; why it was refused or could not start
    QList<Verdict> verdicts;
    std::optional<Decision> decision;
    std::optional<int> exitCode;
    std::optional<int> signal;
    qint64 durationMs = 0;
    qint64 cpuMs = -1;
    qint64 peakMemoryBytes = -1;
    /// Where cpuMs and peakMemoryBytes come from: "cgroup" (the kernel's
    /// count for the run's cgroup), "cgroup-sampled" (its memory sampled,
    /// where the kernel keeps no peak), "process-tree" (the sandbox's
    /// processes as the host reaped and sampled them); empty when nothing ran.
    QString cpuSource;
    QString memorySource;
    qint64 bytesWritten = 0;
    QByteArray stdoutData;
    QByteArray stderrData;
    bool stdoutTruncated = false;
    bool stderrTruncated = false;
    qint64 stdoutBytes = 0;
    qint64 stderrBytes = 0;
    QList<ArtifactCollector::Artifact> artifacts;
    QList<ArtifactCollector::Rejection> rejectedArtifacts;
    int artifactsNotCollected = 0;
    QJsonObject events; ///< self-reported by the code: files, network, subprocesses
    QJsonArray timeline; ///< host and self-reported events with times
    RunLimits limits;
    QList<InputStager::Input> inputs;
    QString enforcement; ///< how the limits were enforced
    QJsonObject policy; ///< name, sha256 and path of the policy the verdicts came from
    QJsonObject audit; ///< record_id and hash of the run's closing audit record
    /// Why the run's end (or an artifact) could not be recorded; empty when
    /// it was. Nothing an unrecorded run made is delivered anywhere.
    QString recordError;

    /// The result of a request that did not run (refused, rejected): its
    /// ids, verdicts, inputs and policy, and @p status.
    static RunResult notRun(const PreparedRun &run, Status status);
    static QString statusId(Status status);
    static QString endReasonId(EndReason reason);
    /// Drops everything the run made (output, files, the names it chose,
    /// what it reported about itself); sizes and how it ended stay.
    void withholdOutputs();
    /// The SPEC §4 object, with further fields beside the specified ones.
    QJsonObject toJson() const;
};

} // namespace Airlock

Q_DECLARE_METATYPE(Airlock::RunResult)
