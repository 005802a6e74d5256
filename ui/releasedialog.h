// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include "confirmationdialog.h"

class QCheckBox;

namespace Airlock {

class RequestSession;

/**
 * Confirms that a run's results go back to the agent that asked, or that
 * they are withheld: who gets them, exactly what leaves, and what the scan
 * found in it. Results with findings are released only after the analyst
 * says they have looked at them. Enter never confirms.
 */
class ReleaseDialog : public ConfirmationDialog
{
    Q_OBJECT
public:
    enum class Kind {
        Release,
        Withhold,
    };
    ReleaseDialog(Kind kind, const RequestSession *session, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// For results with findings: the analyst has looked at them.
    void setFindingsAcknowledged(bool acknowledged);
    QString problem() const override;

private:
    Kind m_kind;
    const RequestSession *m_session;
    QCheckBox *m_acknowledge = nullptr;
};

} // namespace Airlock
