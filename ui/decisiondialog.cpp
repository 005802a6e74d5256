// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "decisiondialog.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "preparedrun.h"
#include "requestsession.h"
#include "terminaltext.h"

namespace Airlock {

DecisionDialog::DecisionDialog(Kind kind, const RequestSession *session, QWidget *parent)
    : ConfirmationDialog(parent)
    , m_kind(kind)
    , m_session(session)
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
        intro->setText(tr("The code you reviewed runs in the sandbox as soon as you confirm. The decision is "
                          "recorded first, bound to exactly that code and these inputs (their hashes below)."));
    layout->addWidget(intro);

    if (override && session->preparedRun()) {
        // What exactly is being overridden, as the decision will record it.
        const QList<Verdict> overridden = session->preparedRun()->blockingVerdicts();
        auto *heading = new QLabel(tr("You override %n blocking verdict(s):", nullptr, overridden.size()), this);
        heading->setWordWrap(true);
        layout->addWidget(heading);
        QStringList lines;
        for (const Verdict &v : overridden)
            lines << tr("• %1").arg(visibleText(v.message)); // a code line's message names its line
        auto *list = new QLabel(lines.join(QLatin1Char('\n')), this);
        list->setObjectName(QStringLiteral("overriddenList"));
        list->setTextFormat(Qt::PlainText); // the messages quote the request
        list->setWordWrap(true);
        list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(list);
    }

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
    addValue(tr("Request:"), request ? visibleText(request->requestId()) : QString(), false);
    addValue(tr("Agent:"), request ? visibleText(request->agent()) : QString(), false);
    if (request && !request->agentReference().isEmpty())
        addValue(tr("Agent's reference:"), visibleText(request->agentReference()), false);
    addValue(tr("Code SHA-256:"), request ? request->codeSha256() : QString(), true);
    if (const PreparedRun *run = session->preparedRun()) {
        for (const InputStager::Input &input : run->inputs())
            addValue(tr("Input %1:").arg(visibleText(input.name)), input.sha256, true);
    }
    addValue(tr("Policy:"), tr("%1 (%2)").arg(session->policy().name, session->policy().sha256.left(12)), false);

    if (kind == Kind::Reject || override)
        addPersonRows(form, kind == Kind::Reject ? tr("R&eason:") : tr("&Justification:"),
            kind == Kind::Reject ? tr("Why this request is rejected")
                                 : tr("Why running it despite the policy is justified"));
    else
        addPersonRows(form);
    layout->addLayout(form);
    addButtons(
        layout, kind == Kind::Reject ? tr("Re&ject") : (override ? tr("&Override and Run") : tr("&Approve and Run")));
    update();
}

QString DecisionDialog::problem() const
{
    return m_kind == Kind::Reject ? m_session->rejectionProblem(reviewer(), reason())
                                  : m_session->approvalProblem(reviewer(), reason());
}

} // namespace Airlock
