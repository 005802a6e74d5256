// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Airlock {

/**
 * The system call filter every sandbox gets: what a data-analysis run never
 * needs is refused with an error (so well-behaved code sees a failure, not a
 * crash), and a process of another architecture is killed outright.
 */
class SeccompFilter
{
public:
    /// The compiled BPF program for bwrap's --seccomp, or empty on failure
    /// with @p error set.
    static QByteArray build(QString *error);

    /// One line per rule, for the sandbox inspector and the doctor.
    static QStringList describe();
};

} // namespace Airlock
