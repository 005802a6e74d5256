// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "policy.h"

namespace Airlock {

Policy Policy::builtIn()
{
    constexpr qint64 MiB = 1024 * 1024;
    Policy p;
    p.name = QStringLiteral("built-in");
    p.allowedSuffixes
        = {QStringLiteral(".csv"), QStringLiteral(".tsv"), QStringLiteral(".json"), QStringLiteral(".txt")};
    p.maxFileBytes = 100 * MiB;
    p.maxTotalInputBytes = 256 * MiB;
    p.maxFiles = 16;
    p.maxCodeBytes = 1 * MiB;
    p.timeoutS = {30, 600};
    p.maxOutputBytes = {64 * 1024, 4 * MiB};
    p.memoryMb = {1024, 4096};
    p.maxArtifactMb = {20, 200};
    p.maxProcesses = 64;
    p.maxOpenFiles = 256;
    p.maxArtifactFiles = 100;
    p.tmpBytes = 64 * MiB;
    return p;
}

} // namespace Airlock
