// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QStringList>

namespace Airlock {

struct DoctorReport;

/**
 * The latest pre-flight verdict, so that a command-line run need not probe
 * the sandbox every time: a passing verdict counts for an hour, and only
 * while bwrap and Python are the same files. A failing one never counts.
 *
 * This is a convenience gate against a broken machine, not a security
 * boundary: the sandbox's protections do not depend on it.
 */
namespace DoctorCache {

/// True when a passing verdict for this bwrap and Python is recent enough.
bool recentlyPassed();
void store(const DoctorReport &report);
QString path();

} // namespace DoctorCache
} // namespace Airlock
