// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>
#include <QStringList>

namespace Airlock {

/**
 * The rules a request is held to: which inputs, which limits, which network.
 *
 * For now only the built-in rules exist; a policy document (`airlock.policy/v1`)
 * replaces them once policy as code lands.
 */
struct Policy
{
    /// Default and cap of one limit: a request may ask for less, never more.
    struct Limit
    {
        qint64 defaultValue = 0;
        qint64 cap = 0;
    };

    QString name;
    QString sha256; ///< of the policy document; empty for the built-in rules

    QStringList allowedSuffixes;
    qint64 maxFileBytes = 0;
    qint64 maxTotalInputBytes = 0;
    int maxFiles = 0;
    qint64 maxCodeBytes = 0;
    /// A declared file that is a symlink is accepted only when it resolves
    /// inside the request's folder, and only when this is true.
    bool allowSymlinksInsideRequestDir = false;

    Limit timeoutS;
    Limit maxOutputBytes;
    Limit memoryMb;
    Limit maxArtifactMb;

    // Not requestable: fixed by the policy.
    int maxProcesses = 0;
    int maxOpenFiles = 0;
    int maxArtifactFiles = 0;
    qint64 tmpBytes = 0;

    static Policy builtIn();
};

} // namespace Airlock
