// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace Airlock {

class TeamChainModel;
class TeamRequestModel;

/**
 * A compliance reviewer's window on a team trail (`airlock --audit
 * postgresql://…`, File ▸ Open Team Trail…): every workbench's chain with
 * its verification, and the requests of all of them, newest first,
 * filtered by analyst, machine and text. Read-only, and every query runs
 * off the GUI thread on a connection of its own.
 */
class TeamHistoryWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit TeamHistoryWindow(QWidget *parent = nullptr);
    ~TeamHistoryWindow() override;

    /// Connects to @p location and loads its chains and requests.
    void openTeamTrail(const QString &location);
    QString location() const { return m_location; }

    TeamChainModel *chainModel() const { return m_chains; }
    TeamRequestModel *requestModel() const { return m_requests; }
    QComboBox *analystBox() const { return m_analyst; }
    QComboBox *machineBox() const { return m_machine; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *requestView() const { return m_requestView; }
    QTextBrowser *storyView() const { return m_story; }
    /// Verifies every chain, each on a thread of its own.
    void verifyAll();
    /// Reloads the chains and the requests.
    void refresh();

Q_SIGNALS:
    /// The requests shown were (re)loaded.
    void requestsLoaded();
    /// A chain's verification is done.
    void chainVerified(const QString &chainId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void loadChains();
    void loadRequests();
    void showStory();
    void fillChoices();

    QString m_location;
    quint64 m_generation = 0;
    TeamChainModel *m_chains;
    TeamRequestModel *m_requests;
    QTableView *m_chainView;
    QTableView *m_requestView;
    QTextBrowser *m_story;
    QComboBox *m_analyst;
    QComboBox *m_machine;
    QLineEdit *m_search;
    QPushButton *m_verify;
    QTimer *m_searchDelay;
};

} // namespace Airlock
