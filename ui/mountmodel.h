// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Airlock {

class PreparedRun;

/**
 * A request's declared files as the sandbox will see them: name, size and
 * SHA-256 of the staged copy, and whether the policy allows the suffix.
 * A declared file that could not be staged is listed too, marked so.
 */
class MountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, HashColumn, SuffixColumn, NUM_COLUMNS };
    enum Role {
        StagedPathRole = Qt::UserRole + 1, ///< empty when not staged
        Sha256Role, ///< the whole hash
    };

    explicit MountModel(QObject *parent = nullptr);

    /// @p run may be null (nothing staged yet).
    void setRun(const PreparedRun *run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Mount
    {
        QString name;
        QString declaredPath;
        QString stagedPath;
        qint64 size = -1;
        QString sha256;
        bool suffixAllowed = false;
    };
    QList<Mount> m_mounts;
};

} // namespace Airlock
