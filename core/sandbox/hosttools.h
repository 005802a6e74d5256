// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>

/// Locating the external programs Airlock drives.
namespace Airlock::HostTools {

/// The system folders searched for programs, in order. $PATH is deliberately
/// not consulted: what enforces the sandbox must not be redirectable by the
/// environment Airlock happens to be started from.
QStringList systemProgramDirs();

/// Absolute, canonical path of @p name in the system folders, or an empty
/// string when it is missing or not executable.
QString findSystemProgram(const QString &name);

/// bubblewrap, as used for every sandbox.
QString bwrap();

/// The Python interpreter that runs inside the sandbox. Only /usr is mounted
/// there, so an interpreter outside /usr is never chosen.
QString python();

/// This boot of the machine (/proc/sys/kernel/random/boot_id): a process id
/// recorded in another boot never names a live process.
QString bootId();

} // namespace Airlock::HostTools
