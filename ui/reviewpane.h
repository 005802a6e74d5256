// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QPointer>
#include <QWidget>

#include "requestsession.h"

#include "csvtable.h"

class QAbstractItemModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;
template<typename T> class QFutureWatcher;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Airlock {

class CodeView;
class CsvModel;
class MountModel;
class PreparedRun;
class VerdictModel;

/**
 * Everything an analyst reads before deciding: who asked and why, the code
 * with its verdicts in the margin, the findings by severity, the declared
 * files as staged (with a preview), and the limits against the policy's
 * caps. Approve and Reject ask for confirmation elsewhere; this pane only
 * says whether they are possible, and why not.
 */
class ReviewPane : public QWidget
{
    Q_OBJECT
public:
    /// The verdict that marks where a malformed request goes wrong.
    static Verdict malformedAt(const RequestSession &session);
    ReviewPane(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~ReviewPane() override;

    void setSession(RequestSession *session);
    RequestSession *session() const { return m_session; }
    /// Runs need a passing sandbox check; @p reason says why not.
    void setRunsEnabled(bool enabled, const QString &reason);

    CodeView *codeView() const { return m_code; }
    VerdictModel *verdictModel() const { return m_verdicts; }
    MountModel *mountModel() const { return m_mounts; }
    QString stateText() const;
    QString previewText() const;
    QAbstractItemModel *previewTable() const;
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void approveRequested(Airlock::RequestSession *session);
    void rejectRequested(Airlock::RequestSession *session);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Preview
    {
        std::optional<CsvTable> table;
        QString text;
        QString message;
    };
    static Preview readPreview(const QString &path, const QString &name);
    void showPreview(const Preview &preview);
    void refresh();
    void updateButtons();
    void showVerdict(const QModelIndex &index);
    void previewMount(const QModelIndex &index);
    QString limitsHtml() const;

    QPointer<RequestSession> m_session;
    // What the panes show, reset when the session changes (nothing shown yet).
    std::optional<const PreparedRun *> m_shownRun;
    std::optional<const Request *> m_shownRequest;
    const RequestSession *m_shownMalformed = nullptr;
    CodeView *m_code;
    VerdictModel *m_verdicts;
    MountModel *m_mounts;
    CsvModel *m_previewModel;
    QLabel *m_title;
    QLabel *m_prompt;
    QLabel *m_state;
    QLabel *m_limits;
    QLabel *m_decisionHint;
    QTreeView *m_verdictView;
    QLabel *m_noVerdicts;
    QTreeView *m_mountView;
    QStackedWidget *m_preview;
    QTableView *m_previewTable;
    QPlainTextEdit *m_previewText;
    QLabel *m_previewMessage;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QFutureWatcher<Preview> *m_previewWatcher = nullptr;
    quint64 m_previewGeneration = 0;
    bool m_runsEnabled = false;
    QString m_runsDisabledReason;
};

} // namespace Airlock
