// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "confirmationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
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

void ConfirmationDialog::addFocusStep(QWidget *widget)
{
    m_focusSteps.append(widget);
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
    // A focused button takes Enter as a press on some platforms: not this one.
    m_confirm->installEventFilter(this);
    // Nor does it cancel what was typed: no button is the default one.
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(false);
    layout->addWidget(m_buttons);
    // The keyboard's path: who, why, anything to acknowledge, then the
    // buttons, whatever order the widgets were made in.
    QList<QWidget *> path{m_reviewer};
    if (m_reason)
        path << m_reason;
    path << m_focusSteps << m_confirm << cancel;
    for (qsizetype i = 1; i < path.size(); ++i)
        setTabOrder(path.at(i - 1), path.at(i));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reviewer->setFocus();
}

void ConfirmationDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter)
        return QDialog::keyPressEvent(event);
    // Enter on a focused Cancel button cancels, as it says; after the name
    // it moves on to the reason; anywhere else it does nothing rather than
    // decide or drop what was typed.
    QWidget *focus = focusWidget();
    if (focus && focus == m_buttons->button(QDialogButtonBox::Cancel))
        return QDialog::keyPressEvent(event);
    if (focus == m_reviewer && m_reason)
        m_reason->setFocus(Qt::TabFocusReason);
    event->accept();
}

bool ConfirmationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_confirm && (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return true;
    }
    return QDialog::eventFilter(watched, event);
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
