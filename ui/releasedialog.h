// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Airlock {

class RequestSession;

/**
 * Confirms that a run's results go back to the agent that asked, or that
 * they are withheld: who gets them, exactly what leaves, and what the scan
 * found in it. Results with findings are released only after the analyst
 * says they have looked at them. Enter never confirms.
 */
class ReleaseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind {
        Release,
        Withhold,
    };
    ReleaseDialog(Kind kind, const RequestSession *session, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString reviewer() const;
    QString reason() const;
    void setReviewer(const QString &name);
    void setReason(const QString &text);
    /// For results with findings: the analyst has looked at them.
    void setFindingsAcknowledged(bool acknowledged);
    /// Why confirming is not possible yet; empty when it is.
    QString problem() const;
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void update();

    Kind m_kind;
    const RequestSession *m_session;
    QLineEdit *m_reviewer;
    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
};

} // namespace Airlock
