// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>

namespace Airlock {

class RequestSession;

/**
 * The inbox: every request that arrived in this window, newest last, with
 * its agent, the first line of its prompt, when it arrived, its worst
 * verdict and where it stands. Malformed files are listed with their error.
 * The model owns the sessions.
 */
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AgentColumn, PromptColumn, ArrivedColumn, VerdictColumn, StateColumn, NUM_COLUMNS };
    enum Role {
        SessionRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit InboxModel(QObject *parent = nullptr);
    ~InboxModel() override;

    /// Takes ownership of @p session and lists it.
    void addSession(RequestSession *session);
    RequestSession *session(int row) const;
    /// Takes @p session off the list and deletes it.
    void removeSession(RequestSession *session);
    int rowOf(const RequestSession *session) const;
    /// The session for @p path that is still undecided (or malformed), if any.
    RequestSession *pendingFor(const QString &path) const;
    QList<RequestSession *> sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sessionChanged(RequestSession *session);

    QList<RequestSession *> m_sessions;
};

} // namespace Airlock
