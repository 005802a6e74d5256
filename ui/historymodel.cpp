// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "historymodel.h"

#include <QLocale>

#include "outcometext.h"
#include "quantitytext.h"
#include "severitystyle.h"
#include "terminaltext.h"

namespace Airlock {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setTrail(const AuditTrail *trail)
{
    m_trail = trail;
    refresh();
}

void HistoryModel::setFilter(const AuditTrail::Filter &filter)
{
    const AuditTrail::Filter::Sort sort = m_filter.sort;
    const bool ascending = m_filter.ascending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.ascending = ascending;
    refresh();
}

QList<AuditTrail::Summary> HistoryModel::page(int offset, QString *error) const
{
    AuditTrail::Filter f = m_filter;
    f.offset = offset;
    f.limit = PageSize;
    return m_trail->list(f, error);
}

void HistoryModel::refresh()
{
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_count = -1;
    m_atEnd = true;
    if (m_trail) {
        m_rows = page(0, &m_error);
        m_atEnd = m_rows.size() < PageSize;
        m_count = m_trail->count(m_filter, m_error.isEmpty() ? &m_error : nullptr);
    }
    endResetModel();
    m_resetting = false;
    Q_EMIT matchCountChanged(m_count);
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    // Views ask while a change is announced; rows come after it, not inside.
    return !parent.isValid() && m_trail && !m_atEnd && !m_resetting;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditTrail::Summary> more = page(int(m_rows.size()), &m_error);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    m_resetting = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_resetting = false;
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    using Sort = AuditTrail::Filter::Sort;
    static const Sort byColumn[NUM_COLUMNS] = {Sort::Seq, Sort::Agent, Sort::AgentReference, Sort::Prompt,
        Sort::Reviewer, Sort::Outcome, Sort::Status, Sort::Severity, Sort::Policy};
    if (column < 0 || column >= NUM_COLUMNS || !m_trail)
        return;
    const Sort sort = byColumn[column];
    const bool ascending = order == Qt::AscendingOrder;
    if (sort == m_filter.sort && ascending == m_filter.ascending)
        return;
    m_filter.sort = sort;
    m_filter.ascending = ascending;
    // Re-read in the new order.
    m_resetting = true;
    beginResetModel();
    QString error;
    m_rows = page(0, &error);
    m_atEnd = m_rows.size() < PageSize;
    m_error = error;
    endResetModel();
    m_resetting = false;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditTrail::Summary &s = m_rows.at(index.row());
    if (role == RequestIdRole)
        return s.requestId;
    if (role == SeqRole)
        return s.seq;
    if (role == Qt::ToolTipRole && index.column() == PromptColumn)
        return plainToolTip(visibleText(s.prompt.left(2000), true));
    if (role == Qt::ToolTipRole && index.column() == PolicyColumn)
        return s.policySha256;
    if (role == Qt::ToolTipRole && index.column() == AgentReferenceColumn)
        return plainToolTip(tr("The agent's own request_id, a reference it chose; Airlock's id for this request is %1")
                                .arg(s.requestId));
    if (role == Qt::ToolTipRole && !s.scenario.isEmpty())
        return plainToolTip(tr("Training scenario %1").arg(visibleText(s.scenario)));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn:
        return QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat);
    case AgentColumn:
        return visibleText(s.agent);
    case AgentReferenceColumn:
        return visibleText(s.agentRequestId);
    case PromptColumn:
        return visibleText(s.prompt.section(QLatin1Char('\n'), 0, 0));
    case ReviewerColumn:
        return visibleText(s.reviewer);
    // The words the inbox and the run pane use; the ids stay in the trail.
    case OutcomeColumn:
        return OutcomeText::decision(s.outcome);
    case StatusColumn:
        return OutcomeText::run(s.status, s.endReason);
    case SeverityColumn:
        return QuantityText::severity(s.severity);
    case PolicyColumn:
        return visibleText(s.policy);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("Arrived");
    case AgentColumn:
        return tr("Agent");
    case AgentReferenceColumn:
        return tr("Agent's reference");
    case PromptColumn:
        return tr("Prompt");
    case ReviewerColumn:
        return tr("Reviewer");
    case OutcomeColumn:
        return tr("Decision");
    case StatusColumn:
        return tr("Run");
    case SeverityColumn:
        return tr("Worst verdict");
    case PolicyColumn:
        return tr("Policy");
    default:
        return {};
    }
}

} // namespace Airlock
