// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "verdictmodel.h"

#include <algorithm>

#include "severitystyle.h"

namespace Airlock {

VerdictModel::VerdictModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VerdictModel::setVerdicts(const QList<Verdict> &verdicts)
{
    beginResetModel();
    m_verdicts = verdicts;
    std::stable_sort(m_verdicts.begin(), m_verdicts.end(), [](const Verdict &a, const Verdict &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.line < b.line;
    });
    endResetModel();
}

int VerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verdicts.size());
}

int VerdictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant VerdictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Verdict &v = m_verdicts.at(index.row());
    if (role == LineRole)
        return v.line;
    if (role == SeverityRole)
        return int(v.severity);
    if (role == Qt::ToolTipRole)
        return plainToolTip(v.message);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return SeverityStyle::name(v.severity);
        if (role == Qt::DecorationRole)
            return SeverityStyle::icon(v.severity);
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return v.rule;
        break;
    case LineColumn:
        if (role == Qt::DisplayRole)
            return v.line > 0 ? QVariant(v.line) : QVariant();
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return v.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant VerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case LineColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace Airlock
