// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "releasedialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "decisionrules.h"
#include "quantitytext.h"
#include "requestsession.h"
#include "terminaltext.h"

namespace Airlock {

ReleaseDialog::ReleaseDialog(Kind kind, const RequestSession *session, QWidget *parent)
    : ConfirmationDialog(parent)
    , m_kind(kind)
    , m_session(session)
{
    setObjectName(QStringLiteral("releaseDialog"));
    setWindowTitle(kind == Kind::Release ? tr("Release Results to the Agent") : tr("Withhold Results"));
    const QList<OutputScanner::Finding> findings = session->findings();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    const QString to = session->origin().describe();
    intro->setText(kind == Kind::Release
            ? tr("These results go to %1 as soon as you confirm. What leaves, and to whom, is recorded.").arg(to)
            : tr("Nothing the run made goes to %1; it is told only your reason. This is recorded.").arg(to));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto addValue = [&](const QString &label, const QString &value) {
        auto *v = new QLabel(value, this);
        v->setTextFormat(Qt::PlainText); // from the request and the run: never rich text
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(new QLabel(label, this), v);
    };
    if (const Request *r = session->request())
        addValue(tr("Request:"), visibleText(r->requestId()));
    if (const auto &result = session->result()) {
        addValue(tr("Output:"),
            tr("%1 on stdout, %2 on stderr")
                .arg(QuantityText::size(result->stdoutData.size()), QuantityText::size(result->stderrData.size())));
        QStringList files;
        for (const auto &a : result->artifacts)
            files << tr("%1 (%2)").arg(visibleText(a.name), QuantityText::size(a.content.size()));
        addValue(tr("Files:"), files.isEmpty() ? tr("none") : files.join(QStringLiteral(", ")));
    }
    layout->addLayout(form);

    if (!findings.isEmpty()) {
        auto *warning = new QLabel(
            tr("The scan found %n possible secret(s) or personal data in these results:", nullptr, findings.size()),
            this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
        auto *list = new QTreeWidget(this);
        list->setObjectName(QStringLiteral("findingsList"));
        list->setRootIsDecorated(false);
        list->setHeaderLabels({tr("Kind"), tr("Where"), tr("Line"), tr("Excerpt (masked)")});
        for (const auto &f : findings) {
            auto *item = new QTreeWidgetItem(
                list, {f.label(), visibleText(f.source), QString::number(f.line), visibleText(f.excerpt)});
            // The whole excerpt, where the column cuts it.
            for (int column = 0; column < item->columnCount(); ++column)
                item->setToolTip(column, Qt::convertFromPlainText(item->text(column), Qt::WhiteSpaceNormal));
        }
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        // As tall as its findings, up to a dozen; the rest scroll.
        list->setMaximumHeight(list->header()->sizeHint().height()
            + list->sizeHintForRow(0) * int(qMin<qsizetype>(findings.size(), 12)) + 2 * list->frameWidth() + 4);
        layout->addWidget(list);
        if (kind == Kind::Release) {
            m_acknowledge = new QCheckBox(tr("I have looked at these findings and release the results &anyway"), this);
            m_acknowledge->setObjectName(QStringLiteral("acknowledgeFindings"));
            layout->addWidget(m_acknowledge);
            addFocusStep(m_acknowledge);
            connect(m_acknowledge, &QCheckBox::toggled, this, &ReleaseDialog::update);
        }
    }

    if (!session->unscanned().isEmpty()) {
        auto *unscanned = new QLabel(tr("Not scanned (images, other binary files, output beyond the scan's limit): "
                                        "%1. Look at them yourself.")
                                         .arg(visibleText(session->unscanned().join(QStringLiteral(", ")))),
            this);
        unscanned->setObjectName(QStringLiteral("unscannedLabel"));
        unscanned->setTextFormat(Qt::PlainText);
        unscanned->setWordWrap(true);
        layout->addWidget(unscanned);
    }

    auto *who = new QFormLayout;
    if (kind == Kind::Withhold)
        addPersonRows(who, tr("R&eason:"), tr("Why the results are withheld (the agent is told)"));
    else
        addPersonRows(who);
    layout->addLayout(who);
    addButtons(layout, kind == Kind::Release ? tr("Re&lease to Agent") : tr("&Withhold"));
    update();
}

void ReleaseDialog::setFindingsAcknowledged(bool acknowledged)
{
    if (m_acknowledge)
        m_acknowledge->setChecked(acknowledged);
}

QString ReleaseDialog::problem() const
{
    if (m_session->releaseState() != RequestSession::Release::Awaiting)
        return tr("These results are not waiting for release.");
    if (DecisionRules::reviewerMissing(reviewer()))
        return tr("Give your name: every release names who made it.");
    if (m_kind == Kind::Withhold && reason().isEmpty())
        return tr("Say why the results are withheld: the agent is told.");
    if (m_acknowledge && !m_acknowledge->isChecked())
        return tr("Look at the findings first, and confirm that you have.");
    return {};
}

} // namespace Airlock
