// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>

namespace Airlock {

struct Policy;

/// The policy's rules for a reviewer's decision, shared by every interface
/// so that the workbench and airlockctl accept exactly the same decisions.
/// Each interface words its own messages (a flag there, a field here).
namespace DecisionRules {

enum class Override {
    Allowed,
    NotAllowed, ///< the policy allows no override of a blocking verdict
    ReasonTooShort, ///< shorter than the policy's minimum
};

/// Whether a blocking verdict may be overridden with @p justification.
Override checkOverride(const Policy &policy, const QString &justification);
/// True when the policy allows overriding a blocking verdict at all.
bool overridable(const Policy &policy);
/// True when @p reason is not enough to reject under @p policy.
bool rejectionNeedsReason(const Policy &policy, const QString &reason);
/// True when @p reviewer names nobody.
bool reviewerMissing(const QString &reviewer);

} // namespace DecisionRules
} // namespace Airlock
