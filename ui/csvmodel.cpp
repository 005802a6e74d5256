// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "csvmodel.h"

#include <QTextDocument>

#include <cmath>
#include <optional>

namespace Airlock {

namespace {
std::optional<double> numberIn(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    // NaN and infinity would break the sort order.
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}
} // namespace

CsvModel::CsvModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CsvModel::setTable(const CsvTable &table)
{
    beginResetModel();
    m_table = table;
    // Ragged rows: as many columns as the widest row.
    m_columns = int(m_table.header.size());
    for (const QStringList &row : std::as_const(m_table.rows))
        m_columns = qMax(m_columns, int(row.size()));
    endResetModel();
}

const CsvTable &CsvModel::table() const
{
    return m_table;
}

int CsvModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int CsvModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString cell = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell;
    case Qt::ToolTipRole:
        // Long cells are elided in the view; the tooltip shows them, escaped
        // so that a cell is never read as rich text.
        return cell.size() > 40 ? Qt::convertFromPlainText(cell.left(2000), Qt::WhiteSpaceNormal) : QVariant();
    case Qt::TextAlignmentRole:
        if (numberIn(cell))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        if (const auto number = numberIn(cell))
            return *number;
        return cell;
    }
    return {};
}

QVariant CsvModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? QVariant(section + 1) : QVariant();
    if (section >= m_columns)
        return {};
    const QString name = m_table.header.value(section);
    return name.isEmpty() ? tr("Column %1").arg(section + 1) : name;
}

} // namespace Airlock
