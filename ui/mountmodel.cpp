// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "mountmodel.h"

#include <QFileInfo>
#include <QLocale>

#include "preparedrun.h"
#include "quantitytext.h"
#include "severitystyle.h"
#include "terminaltext.h"

namespace Airlock {

MountModel::MountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MountModel::setRun(const PreparedRun *run)
{
    beginResetModel();
    m_mounts.clear();
    if (run) {
        for (const Request::File &file : run->request().files()) {
            Mount m;
            m.name = file.name;
            m.declaredPath = file.resolvedPath;
            const QString suffix = QFileInfo(file.name).suffix().toLower();
            m.suffixAllowed = run->policy().allowedSuffixes.contains(suffix, Qt::CaseInsensitive)
                || run->policy().allowedSuffixes.contains(QLatin1Char('.') + suffix, Qt::CaseInsensitive);
            for (const InputStager::Input &input : run->inputs()) {
                if (input.name == file.name) {
                    m.stagedPath = input.stagedPath;
                    m.size = input.size;
                    m.sha256 = input.sha256;
                }
            }
            m_mounts.append(m);
        }
    }
    endResetModel();
}

int MountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mounts.size());
}

int MountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant MountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mount &m = m_mounts.at(index.row());
    if (role == StagedPathRole)
        return m.stagedPath;
    if (role == Sha256Role)
        return m.sha256;
    const bool staged = !m.stagedPath.isEmpty();
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return visibleText(m.name);
        if (role == Qt::ToolTipRole)
            return plainToolTip(tr("/workspace/%1, from %2").arg(visibleText(m.name), visibleText(m.declaredPath)));
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return staged ? QuantityText::size(m.size) : tr("not staged");
        if (role == Qt::ToolTipRole)
            return staged ? tr("%n byte(s)", nullptr, int(qMin<qint64>(m.size, INT_MAX)))
                          : tr("This file was not copied for the run; see the verdicts.");
        break;
    case HashColumn:
        if (role == Qt::DisplayRole)
            return m.sha256.left(12);
        if (role == Qt::ToolTipRole)
            return m.sha256;
        break;
    case SuffixColumn:
        if (role == Qt::DisplayRole)
            return m.suffixAllowed ? tr("allowed") : tr("not allowed");
        break;
    default:
        break;
    }
    return {};
}

QVariant MountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case HashColumn:
        return tr("SHA-256");
    case SuffixColumn:
        return tr("Suffix");
    default:
        return {};
    }
}

} // namespace Airlock
