// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "runlimits.h"

#include <QCoreApplication>

#include "policy.h"
#include "request.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::RunLimits)
};
} // namespace

RunLimits RunLimits::resolve(const Request &request, const Policy &policy, QList<Verdict> *verdicts)
{
    constexpr qint64 MiB = 1024 * 1024;
    const Request::Limits asked = request.limits();
    auto pick
        = [&](const std::optional<qint64> &ask, const Policy::Limit &limit, const QString &rule, const QString &what) {
              if (!ask)
                  return limit.defaultValue;
              if (*ask > limit.cap) {
                  if (verdicts)
                      verdicts->append({rule, Verdict::Severity::Block,
                          Tr::tr("The request asks for %1 of %2; the policy allows at most %3.")
                              .arg(*ask)
                              .arg(what)
                              .arg(limit.cap)});
                  return limit.cap;
              }
              return *ask;
          };
    RunLimits l;
    l.timeoutMs
        = 1000 * pick(asked.timeoutS, policy.timeoutS, QStringLiteral("limit.timeout"), Tr::tr("seconds of run time"));
    l.maxOutputBytes = pick(
        asked.maxOutputBytes, policy.maxOutputBytes, QStringLiteral("limit.output"), Tr::tr("bytes of printed output"));
    l.memoryBytes
        = MiB * pick(asked.memoryMb, policy.memoryMb, QStringLiteral("limit.memory"), Tr::tr("MiB of memory"));
    l.maxArtifactBytes = MiB
        * pick(asked.maxArtifactMb, policy.maxArtifactMb, QStringLiteral("limit.artifacts"),
            Tr::tr("MiB of output files"));
    l.maxArtifactFiles = policy.maxArtifactFiles;
    l.maxProcesses = policy.maxProcesses;
    l.maxOpenFiles = policy.maxOpenFiles;
    l.tmpBytes = policy.tmpBytes;
    return l;
}

RunLimits RunLimits::atCaps(const Policy &policy)
{
    constexpr qint64 MiB = 1024 * 1024;
    RunLimits l;
    l.timeoutMs = 1000 * policy.timeoutS.cap;
    l.maxOutputBytes = policy.maxOutputBytes.cap;
    l.memoryBytes = MiB * policy.memoryMb.cap;
    l.maxArtifactBytes = MiB * policy.maxArtifactMb.cap;
    l.maxArtifactFiles = policy.maxArtifactFiles;
    l.maxProcesses = policy.maxProcesses;
    l.maxOpenFiles = policy.maxOpenFiles;
    l.tmpBytes = policy.tmpBytes;
    return l;
}

qint64 RunLimits::worstCaseMemoryBytes() const
{
    return addressSpacePerProcess() * processCeiling() + TmpfsBytes + ShmBytes + maxArtifactBytes;
}

QJsonObject RunLimits::toJson() const
{
    return {
        {QStringLiteral("timeout_ms"), timeoutMs},
        {QStringLiteral("max_output_bytes"), maxOutputBytes},
        {QStringLiteral("memory_bytes"), memoryBytes},
        {QStringLiteral("max_artifact_bytes"), maxArtifactBytes},
        {QStringLiteral("max_artifact_files"), maxArtifactFiles},
        {QStringLiteral("max_processes"), maxProcesses},
        {QStringLiteral("max_open_files"), maxOpenFiles},
        {QStringLiteral("tmp_bytes"), tmpBytes},
    };
}

} // namespace Airlock
