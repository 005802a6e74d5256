// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "runlimits.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

#include "policy.h"
#include "quantitytext.h"
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
    // Each limit in the unit a person reads: the request's number times
    // @p unit is the limit's own key's unit (ms or bytes).
    auto pick = [&](const std::optional<qint64> &ask, const Policy::Limit &limit, const QString &rule,
                    const char *key, qint64 unit) {
        if (!ask)
            return limit.defaultValue;
        if (*ask > limit.cap) {
            const QString name = QuantityText::limitName(QLatin1String(key)).toLower();
            const auto value = [&](qint64 v) {
                // Far beyond any cap, the number as sent.
                return v > std::numeric_limits<qint64>::max() / unit ? QLocale().toString(v)
                                                                     : QuantityText::limitValue(QLatin1String(key), v * unit);
            };
            if (verdicts)
                verdicts->append({rule, Verdict::Severity::Block,
                    Tr::tr("The request asks for %1 of %2; the policy allows at most %3.")
                        .arg(value(*ask), name, value(limit.cap))});
            return limit.cap;
        }
        return *ask;
    };
    RunLimits l;
    l.timeoutMs = 1000 * pick(asked.timeoutS, policy.timeoutS, QStringLiteral("limit.timeout"), "timeout_ms", 1000);
    l.maxOutputBytes
        = pick(asked.maxOutputBytes, policy.maxOutputBytes, QStringLiteral("limit.output"), "max_output_bytes", 1);
    l.memoryBytes = MiB * pick(asked.memoryMb, policy.memoryMb, QStringLiteral("limit.memory"), "memory_bytes", MiB);
    l.maxArtifactBytes
        = MiB * pick(asked.maxArtifactMb, policy.maxArtifactMb, QStringLiteral("limit.artifacts"), "max_artifact_bytes", MiB);
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
