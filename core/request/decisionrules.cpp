// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "decisionrules.h"

#include "policy.h"

namespace Airlock::DecisionRules {

bool overridable(const Policy &policy)
{
    return policy.overrideBlock == Policy::OverrideRule::WithReason;
}

Override checkOverride(const Policy &policy, const QString &justification)
{
    if (!overridable(policy))
        return Override::NotAllowed;
    if (justification.trimmed().size() < policy.overrideMinReasonChars)
        return Override::ReasonTooShort;
    return Override::Allowed;
}

bool rejectionNeedsReason(const Policy &policy, const QString &reason)
{
    return policy.rejectionRequiresReason && reason.trimmed().isEmpty();
}

bool reviewerMissing(const QString &reviewer)
{
    return reviewer.trimmed().isEmpty();
}

} // namespace Airlock::DecisionRules
