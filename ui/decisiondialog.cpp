// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "decisiondialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "preparedrun.h"
#include "requestsession.h"

namespace Airlock {

DecisionDialog::DecisionDialog(Kind kind, const RequestSession *session, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_session(session)
    , m_reviewer(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    const Request *request = session->request();
    const bool override = kind == Kind::Approve && session->blocked();
    setWindowTitle(kind == Kind::Reject ? tr("Reject Request")
            : override                  ? tr("Override Blocking Verdicts and Run")
                                        : tr("Approve and Run Request"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (kind == Kind::Reject)
        intro->setText(tr("The request will not run. The rejection is recorded in the audit trail."));
    else if (override)
        intro->setText(tr("<b>The policy blocks this request.</b> It allows an override by a reviewer who "
                          "justifies it; the justification is recorded with the decision."));
    else
        intro->setText(tr("The code below runs in the sandbox as soon as you confirm. The decision is "
                          "recorded first, bound to exactly this code and these inputs."));
    layout->addWidget(intro);

    // What the decision is bound to, as the audit trail will record it.
    auto *form = new QFormLayout;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto addValue = [&](const QString &label, const QString &value, bool mono) {
        // Everything here comes from the request: never rendered as rich text.
        auto *v = new QLabel(value, this);
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        if (mono)
            v->setFont(fixed);
        auto *l = new QLabel(label, this);
        l->setTextFormat(Qt::PlainText);
        form->addRow(l, v);
    };
    addValue(tr("Request:"), request ? request->requestId() : QString(), false);
    addValue(tr("Agent:"), request ? request->agent() : QString(), false);
    addValue(tr("Code SHA-256:"), request ? request->codeSha256() : QString(), true);
    if (const PreparedRun *run = session->preparedRun()) {
        for (const InputStager::Input &input : run->inputs())
            addValue(tr("Input %1:").arg(input.name), input.sha256, true);
    }
    addValue(tr("Policy:"), tr("%1 (%2)").arg(session->policy().name, session->policy().sha256.left(12)), false);

    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_reviewer->setPlaceholderText(tr("Your name"));
    form->addRow(tr("&Reviewer:"), m_reviewer);
    if (kind == Kind::Reject || override) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setTabChangesFocus(true);
        m_reason->setPlaceholderText(kind == Kind::Reject ? tr("Why this request is rejected")
                                                          : tr("Why running it despite the policy is justified"));
        m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 5);
        form->addRow(kind == Kind::Reject ? tr("R&eason:") : tr("&Justification:"), m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    }
    layout->addLayout(form);

    m_problem->setObjectName(QStringLiteral("decisionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);

    QPushButton *confirm = m_buttons->addButton(
        kind == Kind::Reject ? tr("&Reject") : (override ? tr("&Override and Run") : tr("&Approve and Run")),
        QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    // Enter does not decide: the reviewer presses the button on purpose.
    confirm->setAutoDefault(false);
    confirm->setDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewer, &QLineEdit::textChanged, this, &DecisionDialog::update);
    m_reviewer->setFocus();
    update();
}

QString DecisionDialog::reviewer() const
{
    return m_reviewer->text().trimmed();
}

QString DecisionDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

void DecisionDialog::setReviewer(const QString &name)
{
    m_reviewer->setText(name);
}

void DecisionDialog::setReason(const QString &text)
{
    if (m_reason)
        m_reason->setPlainText(text);
}

QString DecisionDialog::problem() const
{
    return m_kind == Kind::Reject ? m_session->rejectionProblem(reviewer(), reason())
                                  : m_session->approvalProblem(reviewer(), reason());
}

QPushButton *DecisionDialog::confirmButton() const
{
    return findChild<QPushButton *>(QStringLiteral("confirmButton"));
}

void DecisionDialog::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (QPushButton *confirm = confirmButton())
        confirm->setEnabled(why.isEmpty());
}

} // namespace Airlock
