// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Airlock {

/**
 * What every confirming step of the analyst's has in common: who confirms,
 * optionally why, a line saying what is still missing, and a confirm button
 * that stays disabled until nothing is, and that Enter never presses.
 */
class ConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    QString reviewer() const;
    /// The reason given; empty when the dialog asks for none.
    QString reason() const;
    void setReviewer(const QString &name);
    void setReason(const QString &text);
    /// Why confirming is not possible yet; empty when it is.
    virtual QString problem() const = 0;
    QPushButton *confirmButton() const { return m_confirm; }

protected:
    explicit ConfirmationDialog(QWidget *parent = nullptr);
    /// Adds the reviewer's row to @p form, and a reason's row when
    /// @p reasonLabel is given.
    void addPersonRows(QFormLayout *form, const QString &reasonLabel = {}, const QString &reasonPlaceholder = {});
    /// Puts @p widget in the keyboard's path after the reviewer's fields
    /// and before the buttons; call before addButtons().
    void addFocusStep(QWidget *widget);
    /// Ends @p layout with the problem line and the buttons.
    void addButtons(QVBoxLayout *layout, const QString &confirmText);
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Shows the current problem and enables the button accordingly.
    void update();

private:
    QLineEdit *m_reviewer;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm = nullptr;
    QList<QWidget *> m_focusSteps;
};

} // namespace Airlock
