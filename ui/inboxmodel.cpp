// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "inboxmodel.h"

#include <QFileInfo>
#include <QIcon>
#include <QLocale>

#include "requestsession.h"
#include "severitystyle.h"
#include "terminaltext.h"
#include "workbench.h"

namespace Airlock {

InboxModel::InboxModel(Workbench *workbench, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sessions(workbench->sessions())
{
    connect(workbench, &Workbench::sessionAdded, this, &InboxModel::sessionAdded);
    connect(workbench, &Workbench::sessionRemoved, this, &InboxModel::sessionRemoved);
    connect(workbench, &Workbench::sessionChanged, this, &InboxModel::sessionChanged);
    // Views still attached must never see a row whose session is gone.
    connect(workbench, &QObject::destroyed, this, [this]() {
        beginResetModel();
        m_sessions.clear();
        endResetModel();
    });
}

void InboxModel::sessionAdded(RequestSession *session)
{
    beginInsertRows({}, int(m_sessions.size()), int(m_sessions.size()));
    m_sessions.append(session);
    endInsertRows();
}

void InboxModel::sessionRemoved(RequestSession *session)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
}

RequestSession *InboxModel::session(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row) : nullptr;
}

int InboxModel::rowOf(const RequestSession *session) const
{
    return int(m_sessions.indexOf(const_cast<RequestSession *>(session)));
}

void InboxModel::sessionChanged(RequestSession *session)
{
    const int row = rowOf(session);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestSession *s = m_sessions.at(index.row());
    const Request *request = s->request();
    const std::optional<Verdict::Severity> worst = s->worstSeverity();
    if (role == SessionRole)
        return QVariant::fromValue(const_cast<RequestSession *>(s));
    switch (index.column()) {
    case AgentColumn:
        // Names and prompts are the sender's text: shown, never acted on.
        if (role == Qt::DisplayRole && s->agentGone() && request)
            return tr("%1 (no longer connected)").arg(visibleText(request->agent()));
        if (role == Qt::DecorationRole && s->agentGone())
            return QIcon::fromTheme(QStringLiteral("network-offline"));
        if (role == Qt::DisplayRole || role == SortRole)
            return visibleText(request ? request->agent()
                                       : (s->fromAgent() ? s->origin().client : QFileInfo(s->sourcePath()).fileName()));
        if (role == Qt::ToolTipRole) {
            if (s->agentGone())
                return plainToolTip(
                    visibleText(s->origin().describe()) + QLatin1Char('\n') + RequestSession::agentGoneNotice());
            return plainToolTip(visibleText(s->fromAgent() ? s->origin().describe() : s->sourcePath()));
        }
        break;
    case PromptColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (s->state() == RequestSession::State::Malformed)
                return visibleText(s->error().section(QLatin1Char('\n'), 0, 0));
            return request ? visibleText(request->prompt().section(QLatin1Char('\n'), 0, 0).trimmed()) : QString();
        }
        if (role == Qt::ToolTipRole)
            return plainToolTip(visibleText(s->state() == RequestSession::State::Malformed
                    ? s->error()
                    : (request ? request->prompt().left(2000) : QString()),
                true));
        break;
    case ArrivedColumn:
        if (role == Qt::DisplayRole)
            // The date only when it is not today: a long-running workbench spans days.
            return s->arrivedAt().date() == QDate::currentDate()
                ? QLocale().toString(s->arrivedAt().time(), QLocale::ShortFormat)
                : QLocale().toString(s->arrivedAt(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(s->arrivedAt(), QLocale::LongFormat);
        if (role == SortRole)
            return s->arrivedAt();
        break;
    case VerdictColumn:
        if (role == Qt::DisplayRole) {
            if (s->state() == RequestSession::State::Malformed)
                return tr("Malformed");
            if (!s->analysed())
                return tr("Checking…");
            return worst ? SeverityStyle::name(*worst) : tr("No findings");
        }
        if (role == Qt::DecorationRole && worst)
            return SeverityStyle::icon(*worst);
        if (role == Qt::DecorationRole && s->state() == RequestSession::State::Malformed)
            return SeverityStyle::icon(Verdict::Severity::Block);
        if (role == SortRole)
            return s->state() == RequestSession::State::Malformed ? 3 : (worst ? int(*worst) : -1);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole) {
            if (s->releaseState() == RequestSession::Release::Awaiting)
                return tr("Awaiting release");
            return s->statusText();
        }
        if (role == Qt::ToolTipRole) {
            // Why it can only be rejected, and that no answer can go back.
            QStringList notes;
            for (const QString &note :
                {visibleText(s->error(), true), s->restoreProblem(),
                    s->agentGone() ? RequestSession::agentGoneNotice() : QString()}) {
                if (!note.isEmpty())
                    notes << note;
            }
            if (!notes.isEmpty())
                return plainToolTip(notes.join(QLatin1Char('\n')));
        }
        if (role == SortRole)
            return int(s->state());
        break;
    default:
        break;
    }
    if (role == Qt::AccessibleTextRole)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case PromptColumn:
        return tr("Request");
    case ArrivedColumn:
        return tr("Arrived");
    case VerdictColumn:
        return tr("Verdict");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Airlock
