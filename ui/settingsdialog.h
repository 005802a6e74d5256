// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Airlock {

/**
 * Settings ▸ Configure Airlock: the reviewer's display name (the OS
 * account is recorded regardless), the policy file, the inbox folder, the
 * audit trail, the theme and the language. A policy that does not load is
 * refused with its errors, so a broken policy is never saved.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Saves, unless the policy is invalid; then why not.
    QString save();
    /// Applies the saved theme (system, light or dark) to the application.
    static void applyTheme();

    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QLineEdit *policyEdit() const { return m_policy; }
    QLineEdit *inboxEdit() const { return m_inbox; }
    QLineEdit *trailEdit() const { return m_trail; }
    QLineEdit *teamEdit() const { return m_team; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *agentsBox() const { return m_agents; }
    QSpinBox *warmBox() const { return m_warm; }

private:
    QLineEdit *m_reviewer;
    QLineEdit *m_policy;
    QLineEdit *m_inbox;
    QLineEdit *m_trail;
    QLineEdit *m_team;
    QComboBox *m_theme;
    QComboBox *m_language;
    QCheckBox *m_agents;
    QSpinBox *m_warm;
    QLabel *m_problem;
};

} // namespace Airlock
