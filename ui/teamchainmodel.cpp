// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "teamchainmodel.h"

#include <QBrush>
#include <QLocale>
#include <QSet>

#include "severitystyle.h"
#include "terminaltext.h"

namespace Airlock {

TeamChainModel::TeamChainModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TeamChainModel::setChains(const QList<TeamTrail::Chain> &chains)
{
    beginResetModel();
    m_chains = chains;
    endResetModel();
}

void TeamChainModel::setVerification(const QString &chainId, const std::optional<AuditTrail::Verification> &v)
{
    if (v) {
        m_running.remove(chainId);
        m_done.insert(chainId, *v);
    } else {
        m_running.insert(chainId);
    }
    for (int row = 0; row < m_chains.size(); ++row)
        if (m_chains.at(row).chainId == chainId)
            Q_EMIT dataChanged(index(row, Verification), index(row, Verification));
}

std::optional<AuditTrail::Verification> TeamChainModel::verification(const QString &chainId) const
{
    const auto it = m_done.constFind(chainId);
    return it == m_done.cend() ? std::nullopt : std::optional(*it);
}

int TeamChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chains.size());
}

int TeamChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamChainModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_chains.size())
        return {};
    const TeamTrail::Chain &c = m_chains.at(index.row());
    const auto done = m_done.constFind(c.chainId);
    const bool verified = done != m_done.cend();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Analyst:
            return visibleText(c.analyst);
        case Machine:
            return visibleText(c.machine);
        case Records:
            return QLocale().toString(c.records);
        case Verification:
            if (m_running.contains(c.chainId))
                return tr("Verifying…");
            if (!verified)
                return tr("Not verified");
            if (done->intact)
                return done->publishedHead > 0
                    ? tr("✓ Intact: %n record(s); signed head at record %1", nullptr, int(done->records))
                          .arg(done->publishedHead)
                    : tr("✓ Intact: %n record(s); no signed head yet", nullptr, int(done->records));
            return tr("✗ NOT intact: %n bad record(s), the first #%1", nullptr, int(done->badRecords))
                .arg(done->firstBad);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Verification && verified && !done->intact)
            return plainToolTip(done->problem);
        return tr("Chain %1, shipped by the database role %2").arg(c.chainId, visibleText(c.owner));
    }
    if (role == Qt::ForegroundRole && index.column() == Verification && verified && !done->intact)
        return QBrush(SeverityStyle::colour(Verdict::Severity::Block));
    if (role == Qt::TextAlignmentRole && index.column() == Records)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TeamChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Analyst:
        return tr("Analyst");
    case Machine:
        return tr("Machine");
    case Records:
        return tr("Records");
    case Verification:
        return tr("Verification");
    }
    return {};
}

} // namespace Airlock
