// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include "confirmationdialog.h"

namespace Airlock {

class RequestSession;

/**
 * The confirming step of every decision: what is being approved or rejected
 * (the code's hash, the inputs' hashes, the policy), who decides and why.
 * The confirm button stays disabled until the policy's rules for this
 * decision are met, and says what is missing.
 */
class DecisionDialog : public ConfirmationDialog
{
    Q_OBJECT
public:
    enum class Kind {
        Approve,
        Reject,
    };
    DecisionDialog(Kind kind, const RequestSession *session, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Why the decision cannot be confirmed yet; empty when it can. The
    /// reason is the rejection's, or the override's justification.
    QString problem() const override;

private:
    Kind m_kind;
    const RequestSession *m_session;
};

} // namespace Airlock
