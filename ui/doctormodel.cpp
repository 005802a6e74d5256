// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "doctormodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Airlock {

DoctorModel::DoctorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DoctorModel::setReport(const DoctorReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

DoctorReport DoctorModel::report() const
{
    return m_report;
}

int DoctorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.checks.size());
}

int DoctorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant DoctorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DoctorCheck &check = m_report.checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return DoctorCheck::statusText(check.status);
        case CheckColumn:
            return check.title;
        case DetailColumn:
            return QString(check.detail).replace(QLatin1Char('\n'), QLatin1String("; "));
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(check.id, check.detail);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            QStyle *style = QApplication::style();
            switch (check.status) {
            case DoctorCheck::Status::Passed:
                return style->standardIcon(QStyle::SP_DialogApplyButton);
            case DoctorCheck::Status::Failed:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case DoctorCheck::Status::Missing:
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case DoctorCheck::Status::Info:
                return style->standardIcon(QStyle::SP_MessageBoxInformation);
            }
        }
        break;
    case IdRole:
        return check.id;
    case StatusRole:
        return int(check.status);
    case BlocksRunsRole:
        return check.blocksRuns();
    default:
        break;
    }
    return {};
}

QVariant DoctorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Result");
    case CheckColumn:
        return tr("Check");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace Airlock
