// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>

namespace Airlock {

struct RunResult;

/**
 * The one vocabulary of decisions and run outcomes that people read: the
 * inbox, the run pane, the history, the exports' human text and
 * airlockctl's human output all take their words from here, so one run
 * reads the same everywhere. It maps the stable ids the trail and the JSON
 * keep ("killed" with end reason "stopped") to translated words ("Stopped
 * by the analyst"); the ids themselves never change.
 */
namespace OutcomeText {

/// A decision's outcome id: approved, overridden, rejected, blocked,
/// malformed, withdrawn. Empty for none; an unknown id is shown as it is.
QString decision(const QString &outcomeId);

/// How a run ended, from its status id (succeeded, failed, timed_out,
/// killed, interrupted, withdrawn, …) and, where known, its end reason id
/// (exit, timeout, memory, stopped, withdrawn, killed, …). Empty for none.
QString run(const QString &statusId, const QString &endReasonId = {});

/// A finished run as the workbench holds it; one whose end could not be
/// recorded reads as notRecorded(), whatever its status.
QString run(const RunResult &result);

/// Why a run ended (the end reason id alone).
QString endReason(const QString &endReasonId);

/// A run whose end is not in the audit trail: found interrupted on the
/// next open, or refused by the trail when the run ended.
QString notRecorded();

} // namespace OutcomeText
} // namespace Airlock
