// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Airlock {

class RequestSession;

/**
 * The confirming step of every decision: what is being approved or rejected
 * (the code's hash, the inputs' hashes, the policy), who decides and why.
 * The confirm button stays disabled until the policy's rules for this
 * decision are met, and says what is missing.
 */
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind {
        Approve,
        Reject,
    };
    DecisionDialog(Kind kind, const RequestSession *session, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString reviewer() const;
    /// The rejection's reason, or the override's justification.
    QString reason() const;
    void setReviewer(const QString &name);
    void setReason(const QString &text);
    /// Why the decision cannot be confirmed yet; empty when it can.
    QString problem() const;
    QPushButton *confirmButton() const;

private:
    void update();

    Kind m_kind;
    const RequestSession *m_session;
    QLineEdit *m_reviewer;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Airlock
