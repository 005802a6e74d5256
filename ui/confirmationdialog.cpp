// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "confirmationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Airlock {

ConfirmationDialog::ConfirmationDialog(QWidget *parent)
    : QDialog(parent)
    , m_reviewer(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_reviewer->setPlaceholderText(tr("Your name"));
    connect(m_reviewer, &QLineEdit::textChanged, this, &ConfirmationDialog::update);
}

void ConfirmationDialog::addPersonRows(QFormLayout *form, const QString &reasonLabel, const QString &reasonPlaceholder)
{
    form->addRow(tr("&Reviewer:"), m_reviewer);
    if (reasonLabel.isEmpty())
        return;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(reasonPlaceholder);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    form->addRow(reasonLabel, m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ConfirmationDialog::update);
}

void ConfirmationDialog::addButtons(QVBoxLayout *layout, const QString &confirmText)
{
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);

    m_confirm = m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    // Enter does not confirm: the analyst presses the button on purpose.
    m_confirm->setAutoDefault(false);
    m_confirm->setDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reviewer->setFocus();
}

QString ConfirmationDialog::reviewer() const
{
    return m_reviewer->text().trimmed();
}

QString ConfirmationDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

void ConfirmationDialog::setReviewer(const QString &name)
{
    m_reviewer->setText(name);
}

void ConfirmationDialog::setReason(const QString &text)
{
    if (m_reason)
        m_reason->setPlainText(text);
}

void ConfirmationDialog::update()
{
    if (!m_confirm)
        return; // still being built
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_confirm->setEnabled(why.isEmpty());
}

} // namespace Airlock
