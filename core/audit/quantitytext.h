// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>

namespace Airlock {

/**
 * The one way sizes, durations, limits, signals and severities are written
 * for people: the run pane, the review, History, the inspector, the HTML
 * export and airlockctl's human output all take them from here, so that
 * "70864896 bytes", "5798 ms" or "memory_bytes: 1073741824" never reach a
 * reader. The trail and the JSON keep the exact numbers.
 */
namespace QuantityText {

/// "217 bytes", "1.5 KiB", "67.6 MiB": in the locale's digits.
QString size(qint64 bytes);
/// "850 ms", "5.8 s", "2 min 5 s", "1 h 40 min".
QString duration(qint64 ms);
/// "SIGKILL (9)"; "signal 64" for one without a common name.
QString signal(int number);
/// A run limit by its key in the trail (timeout_ms, memory_bytes, …):
/// its name ("Run time") and its value with the unit it is in ("5 min").
QString limitName(const QString &key);
QString limitValue(const QString &key, qint64 value);
/// A verdict's severity id (info, warn, block) as a word.
QString severity(const QString &id);

} // namespace QuantityText
} // namespace Airlock
