// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "runresult.h"

#include "preparedrun.h"

namespace Airlock {

QString RunResult::statusId(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::TimedOut:
        return QStringLiteral("timed_out");
    case Status::Killed:
        return QStringLiteral("killed");
    case Status::Blocked:
        return QStringLiteral("blocked");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

QString RunResult::endReasonId(EndReason reason)
{
    switch (reason) {
    case EndReason::None:
        return QStringLiteral("none");
    case EndReason::Exit:
        return QStringLiteral("exit");
    case EndReason::Timeout:
        return QStringLiteral("timeout");
    case EndReason::Memory:
        return QStringLiteral("memory");
    case EndReason::Stopped:
        return QStringLiteral("stopped");
    case EndReason::Killed:
        return QStringLiteral("killed");
    case EndReason::SandboxError:
        return QStringLiteral("sandbox_error");
    case EndReason::Refused:
        return QStringLiteral("refused");
    case EndReason::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

RunResult RunResult::notRun(const PreparedRun &run, Status status)
{
    RunResult result;
    result.requestId = run.request().requestId();
    result.agentRequestId = run.request().agentReference();
    result.status = status;
    result.verdicts = run.verdicts();
    result.inputs = run.inputs();
    result.policy = run.policy().identity();
    return result;
}

void RunResult::withholdOutputs()
{
    stdoutData.clear();
    stderrData.clear();
    artifacts.clear();
    rejectedArtifacts.clear();
    events = {};
    timeline = {};
}

QJsonObject RunResult::toJson() const
{
    QJsonArray verdictArray;
    for (const Verdict &v : verdicts)
        verdictArray.append(v.toJson());
    QJsonArray artifactArray;
    for (const auto &a : artifacts)
        artifactArray.append(a.toJson());
    QJsonArray rejectedArray;
    for (const auto &r : rejectedArtifacts)
        rejectedArray.append(r.toJson());
    QJsonArray inputArray;
    for (const auto &i : inputs)
        inputArray.append(i.toJson());
    QJsonObject eventsOut = events;
    for (const char *key : {"files_opened", "network_attempts", "subprocesses"})
        if (!eventsOut.contains(QLatin1String(key)))
            eventsOut.insert(QLatin1String(key), QJsonArray());

    QJsonObject o{
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("agent_request_id"), agentRequestId.isEmpty() ? QJsonValue() : QJsonValue(agentRequestId)},
        {QStringLiteral("run_id"), runId.isEmpty() ? QJsonValue() : QJsonValue(runId)},
        {QStringLiteral("status"), statusId(status)},
        {QStringLiteral("end_reason"), endReasonId(endReason)},
        {QStringLiteral("verdicts"), verdictArray},
        {QStringLiteral("decision"), decision ? QJsonValue(decision->toJson()) : QJsonValue()},
        {QStringLiteral("exit_code"), exitCode ? QJsonValue(*exitCode) : QJsonValue()},
        {QStringLiteral("signal"), signal ? QJsonValue(*signal) : QJsonValue()},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("cpu_ms"), cpuMs >= 0 ? QJsonValue(cpuMs) : QJsonValue()},
        {QStringLiteral("peak_memory_bytes"), peakMemoryBytes >= 0 ? QJsonValue(peakMemoryBytes) : QJsonValue()},
        {QStringLiteral("cpu_source"), cpuSource.isEmpty() ? QJsonValue() : QJsonValue(cpuSource)},
        {QStringLiteral("memory_source"), memorySource.isEmpty() ? QJsonValue() : QJsonValue(memorySource)},
        {QStringLiteral("bytes_written"), bytesWritten},
        {QStringLiteral("stdout"), QString::fromUtf8(stdoutData)},
        {QStringLiteral("stderr"), QString::fromUtf8(stderrData)},
        {QStringLiteral("stdout_truncated"), stdoutTruncated},
        {QStringLiteral("stderr_truncated"), stderrTruncated},
        {QStringLiteral("stdout_bytes"), stdoutBytes},
        {QStringLiteral("stderr_bytes"), stderrBytes},
        {QStringLiteral("artifacts"), artifactArray},
        {QStringLiteral("rejected_artifacts"), rejectedArray},
        {QStringLiteral("artifacts_not_collected"), artifactsNotCollected},
        {QStringLiteral("events"), eventsOut},
        {QStringLiteral("inputs"), inputArray},
        {QStringLiteral("limits"), limits.toJson()},
        {QStringLiteral("enforcement"), enforcement},
        {QStringLiteral("policy"), policy.isEmpty() ? QJsonValue() : QJsonValue(policy)},
        {QStringLiteral("audit"), audit.isEmpty() ? QJsonValue() : QJsonValue(audit)},
    };
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    // Only a run has an end to record.
    if (!runId.isEmpty())
        o.insert(QStringLiteral("recorded"), recordError.isEmpty());
    if (!recordError.isEmpty())
        o.insert(QStringLiteral("error"), recordError);
    return o;
}

} // namespace Airlock
