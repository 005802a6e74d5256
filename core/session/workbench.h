// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

#include "audittrail.h"
#include "policy.h"

class QTemporaryDir;

namespace Airlock {

class AgentServer;
class AnalysisQueue;
class AuditWriter;
class InboxFolder;
class RequestSession;
class TeamShipper;
struct AgentOrigin;

/**
 * The workbench without its window: the audit trail's writer, the policy
 * every request is held to, the inbox folder, the agents' socket, the queue
 * of static checks, and the requests on their way through the pipeline.
 * It owns the sessions; views (the inbox model, the main window) observe
 * it. Whatever arrives (a file opened, dropped in the inbox folder, sent by
 * an agent, left undecided by the last session, a trainer's scenario)
 * becomes a RequestSession here and nowhere else.
 */
class Workbench : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /// Empty: the settings' trail, inbox folder and policy.
        QString auditTrailPath;
        QString inboxFolder;
        bool watchInbox = true;
        /// Take requests from agents on the user's workbench socket.
        bool listenForAgents = true;
        /// Empty: AgentProtocol::socketPath().
        QString agentSocketPath;
        /// Sandboxes started ahead of a decision; -1: the setting.
        int warmSandboxes = -1;
        /// Their memory together; -1: the setting.
        qint64 warmMemoryBudget = -1;
        /// Keep a static-check sandbox started ahead.
        bool warmAnalyzer = true;
        /// The team trail to ship the trail to; empty: the setting's, if any.
        QString teamTrail;
    };

    /// How a request came to the workbench.
    enum class Arrival {
        Opened, ///< File > Open, a drop, the command line
        InboxFolder,
        Agent,
        Restored, ///< left undecided in the trail by an earlier session
        Scenario,
    };
    Q_ENUM(Arrival)

    explicit Workbench(const Options &options, QObject *parent = nullptr);
    /// Stops the runs still going; every record handed to the writer is
    /// written before it goes.
    ~Workbench() override;

    /// Opens the trail, brings back what it holds undecided, then watches
    /// the inbox folder and listens for agents.
    void start();

    AuditWriter *writer() const { return m_writer; }
    /// Ships the trail to the team trail, when there is one.
    TeamShipper *shipper() const { return m_shipper; }
    const Policy &policy() const { return m_policy; }
    /// False when the configured policy did not load: nothing is opened then.
    bool policyValid() const { return m_policyError.isEmpty(); }
    QString policyError() const { return m_policyError; }
    AgentServer *agentServer() const { return m_agentServer; }
    InboxFolder *inboxFolder() const { return m_inboxFolder; }
    AnalysisQueue *analysisQueue() const { return m_queue; }

    QList<RequestSession *> sessions() const { return m_sessions; }
    /// The session for @p path that is still undecided (or malformed), if any.
    RequestSession *pendingFor(const QString &path) const;
    /// True until the requests left undecided in the trail are back.
    bool isRestoring() const { return m_restoring; }

    /// Adds request files; returns the sessions that stand for them (a file
    /// already waiting is not listed twice), nothing when the policy is not
    /// valid.
    QList<RequestSession *> addRequests(const QStringList &paths, Arrival arrival = Arrival::Opened);
    /// Adds a bundled trainer scenario, under the training policy; nothing,
    /// and why in @p error, when it cannot be unpacked.
    RequestSession *openScenario(const QString &id, QString *error);
    /// Forgets a settled session (its records stay in the trail).
    bool removeSession(RequestSession *session);

    /// Starts or stops taking requests from agents, and remembers it.
    /// Stopping tells agents still waiting; their requests stay to be decided.
    void setAcceptAgentRequests(bool accept);
    /// Watches @p folder from now on.
    void setInboxFolder(const QString &folder);

    /// What quitting now would leave behind.
    struct PendingWork
    {
        int agentsWaiting = 0;
        int runs = 0;
        int undecided = 0;
    };
    PendingWork pendingWork() const;
    /// The workbench is closing: agents are told, nothing new is taken.
    void shutDown(const QString &why);
    bool isShuttingDown() const { return m_shuttingDown; }
    /// Whether runs may start at all (the sandbox readiness check passed).
    /// No sandbox is started ahead while they may not.
    void setRunsReady(bool ready);
    bool runsReady() const { return m_runsReady; }
    /// The request the analyst looks at now. The requests most recently
    /// shown that can be approved get their sandbox started ahead, up to
    /// the number and the memory budget set (RequestSession::warmUp()).
    void setShownSession(RequestSession *session);
    int warmCount() const;
    qint64 warmMemoryBudget() const;

    /// Stops every run in progress; false when none was running.
    bool stopRuns();
    bool hasRuns() const;

Q_SIGNALS:
    void sessionAdded(Airlock::RequestSession *session, Airlock::Workbench::Arrival arrival);
    /// @p session is about to be deleted.
    void sessionRemoved(Airlock::RequestSession *session);
    /// A session's state, release or content changed.
    void sessionChanged(Airlock::RequestSession *session);
    /// The requests the trail holds undecided are back (@p count of them).
    void inboxRestored(int count);
    /// They could not be read back.
    void restoreFailed(const QString &error);
    void inboxFolderProblem(const QString &message);
    /// The agents' socket: listening (@p path) or not (@p why); or off.
    void agentsListening(const QString &path);
    void agentsFailed(const QString &why);
    void agentsTurnedOff();
    void agentRefused(const QString &why);

private:
    void setupInboxFolder();
    void setupAgentServer();
    RequestSession *addAgentRequest(const QByteArray &document, const AgentOrigin &origin);
    RequestSession *newSession(const QString &path, const Policy &policy);
    void add(RequestSession *session, Arrival arrival, const AuditTrail::Undecided *restored = nullptr);
    void restoreInbox();
    void inboxRead(const QList<AuditTrail::Undecided> &undecided, const QString &error);
    /// Starts and ends sandboxes ahead of decisions, soon and once.
    void scheduleWarm();
    void updateWarm();

    Options m_options;
    Policy m_policy;
    QString m_policyError;
    AuditWriter *m_writer = nullptr;
    TeamShipper *m_shipper = nullptr;
    AnalysisQueue *m_queue = nullptr;
    InboxFolder *m_inboxFolder = nullptr;
    AgentServer *m_agentServer = nullptr;
    QList<RequestSession *> m_sessions;
    std::unique_ptr<QTemporaryDir> m_scenarioFolder;
    int m_scenarioCount = 0;
    bool m_restoring = false;
    bool m_shuttingDown = false;
    bool m_runsReady = false;
    bool m_warmScheduled = false;
    /// The requests shown, the latest first.
    QList<QPointer<RequestSession>> m_shown;
    /// Inbox folder files that arrived while the inbox was being restored.
    QStringList m_deferredArrivals;
};

} // namespace Airlock
