// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "teamrequestmodel.h"

#include <QLocale>

#include "outcometext.h"
#include "severitystyle.h"
#include "terminaltext.h"

namespace Airlock {

TeamRequestModel::TeamRequestModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TeamRequestModel::setRequests(const QList<TeamTrail::Request> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

int TeamRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int TeamRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const TeamTrail::Request &r = m_requests.at(index.row());
    const AuditTrail::Summary &s = r.summary;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat);
        case Analyst:
            return visibleText(r.analyst);
        case Machine:
            return visibleText(r.machine);
        case Agent:
            return visibleText(s.agent);
        case Prompt:
            return visibleText(s.prompt.section(QLatin1Char('\n'), 0, 0));
        case Outcome:
            return s.outcome.isEmpty() ? tr("Not decided") : OutcomeText::decision(s.outcome);
        case Status:
            return s.status.isEmpty() ? QString() : OutcomeText::run(s.status, s.endReason);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Prompt)
        return plainToolTip(s.prompt);
    if (role == Qt::ToolTipRole && index.column() == When)
        return s.at.toUTC().toString(Qt::ISODateWithMs);
    return {};
}

QVariant TeamRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Analyst:
        return tr("Analyst");
    case Machine:
        return tr("Machine");
    case Agent:
        return tr("Agent");
    case Prompt:
        return tr("Prompt");
    case Outcome:
        return tr("Decision");
    case Status:
        return tr("Run");
    }
    return {};
}

} // namespace Airlock
