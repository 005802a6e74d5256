// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

#include "teamtrail.h"

namespace Airlock {

/// A team trail's chains, one per workbench, with what their verification
/// found (TeamHistoryWindow).
class TeamChainModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Analyst, Machine, Records, Verification, ColumnCount };

    explicit TeamChainModel(QObject *parent = nullptr);

    void setChains(const QList<TeamTrail::Chain> &chains);
    const QList<TeamTrail::Chain> &chains() const { return m_chains; }
    /// Verification of @p chainId is under way (nullopt) or done.
    void setVerification(const QString &chainId, const std::optional<AuditTrail::Verification> &verification);
    /// What the last verification of @p chainId found; none yet.
    std::optional<AuditTrail::Verification> verification(const QString &chainId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TeamTrail::Chain> m_chains;
    QHash<QString, AuditTrail::Verification> m_done;
    QSet<QString> m_running;
};

} // namespace Airlock
