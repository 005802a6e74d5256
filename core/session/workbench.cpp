// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "workbench.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "agentorigin.h"
#include "agentserver.h"
#include "analysisqueue.h"
#include "auditrecorder.h"
#include "auditwriter.h"
#include "inboxfolder.h"
#include "privatefiles.h"
#include "requestsession.h"
#include "rundirectory.h"
#include "sandboxrunner.h"
#include "scenario.h"
#include "settings.h"
#include "teamshipper.h"

namespace Airlock {

Workbench::Workbench(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_writer(new AuditWriter(QStringLiteral("workbench"), this))
    , m_shipper(new TeamShipper(this))
    , m_queue(new AnalysisQueue(2, this))
{
    // The policy every request here is held to; a broken one decides nothing.
    const QString policyPath = Settings().policyPath();
    QList<Policy::Error> errors;
    if (std::optional<Policy> loaded = Policy::loadOrDefault(policyPath, &errors))
        m_policy = *loaded;
    else
        m_policyError = tr("The policy %1 is not valid, so no request can be opened: %2")
                            .arg(policyPath, Policy::describe(errors));
}

Workbench::~Workbench()
{
    // No fresh analyzer for checks that end now.
    m_queue->setKeepAnalyzerReady(false);
    // Sessions stop their runs and hand their last records to the writer,
    // which outlives them and writes everything before it goes.
    delete m_agentServer;
    m_agentServer = nullptr;
    for (RequestSession *session : std::exchange(m_sessions, {})) {
        Q_EMIT sessionRemoved(session);
        delete session;
    }
}

void Workbench::start()
{
    m_writer->open(m_options.auditTrailPath.isEmpty() ? Settings().auditTrailPath() : m_options.auditTrailPath);
    // Recorded here first, then shipped to the team trail: after each step,
    // and whatever waited from an earlier session once the trail is open.
    connect(m_writer, &AuditWriter::opened, m_shipper, [this](const QString &path, const QString &error) {
        const QString team = m_options.teamTrail.isEmpty() ? Settings().teamTrail() : m_options.teamTrail;
        m_shipper->configure(
            path, error.isEmpty() ? team : QString(), Settings::accountName(), QSysInfo::machineHostName());
    });
    connect(m_writer, &AuditWriter::recorded, m_shipper, &TeamShipper::shipSoon);
    // Checks start without waiting for a sandbox and Python to start.
    m_queue->setKeepAnalyzerReady(m_options.warmAnalyzer);
    restoreInbox();
    setupInboxFolder();
    setupAgentServer();
}

void Workbench::setupInboxFolder()
{
    if (!m_options.watchInbox)
        return;
    m_inboxFolder = new InboxFolder(this);
    connect(m_inboxFolder, &InboxFolder::fileArrived, this,
        [this](const QString &path) { addRequests({path}, Arrival::InboxFolder); });
    connect(m_inboxFolder, &InboxFolder::errorOccurred, this, &Workbench::inboxFolderProblem);
    const QString folder = m_options.inboxFolder.isEmpty() ? Settings().inboxFolder() : m_options.inboxFolder;
    // Requests hold code and data paths: the folder Airlock makes is private.
    if (folder == Settings::defaultInboxFolder())
        PrivateFiles::makeFolder(folder);
    m_inboxFolder->setPath(folder);
}

void Workbench::setInboxFolder(const QString &folder)
{
    if (m_inboxFolder && m_inboxFolder->path() != folder)
        m_inboxFolder->setPath(folder);
}

void Workbench::setAcceptAgentRequests(bool accept)
{
    Settings().setAcceptAgentRequests(accept);
    if (accept && !m_agentServer) {
        setupAgentServer();
    } else if (!accept && m_agentServer) {
        m_agentServer->shutdown(tr("The analyst stopped taking requests from agents; this one stays in the inbox, "
                                   "but its answer cannot be sent."));
        m_agentServer->deleteLater();
        m_agentServer = nullptr;
        setupAgentServer();
    }
}

void Workbench::setupAgentServer()
{
    if (!m_options.listenForAgents)
        return;
    if (!Settings().acceptAgentRequests()) {
        Q_EMIT agentsTurnedOff();
        return;
    }
    m_agentServer = new AgentServer(
        [this](const QByteArray &document, const AgentOrigin &origin) { return addAgentRequest(document, origin); },
        this);
    connect(m_agentServer, &AgentServer::listening, this, &Workbench::agentsListening);
    connect(m_agentServer, &AgentServer::failed, this, &Workbench::agentsFailed);
    connect(m_agentServer, &AgentServer::refused, this, &Workbench::agentRefused);
    m_agentServer->start(m_options.agentSocketPath);
}

RequestSession *Workbench::addAgentRequest(const QByteArray &document, const AgentOrigin &origin)
{
    if (!policyValid() || m_shuttingDown)
        return nullptr;
    RequestSession *session = newSession(QString(), m_policy);
    session->setAgentSubmission(document, origin);
    add(session, Arrival::Agent);
    return session;
}

RequestSession *Workbench::newSession(const QString &path, const Policy &policy)
{
    auto *session = new RequestSession(path, policy, m_writer, this);
    session->setAnalysisQueue(m_queue);
    return session;
}

void Workbench::add(RequestSession *session, Arrival arrival, const AuditTrail::Undecided *restored)
{
    m_sessions.append(session);
    const auto changed = [this, session]() {
        Q_EMIT sessionChanged(session);
        scheduleWarm();
    };
    connect(session, &RequestSession::stateChanged, this, changed);
    connect(session, &RequestSession::warmChanged, this, changed);
    connect(session, &RequestSession::contentChanged, this, changed);
    connect(session, &RequestSession::releaseChanged, this, changed);
    Q_EMIT sessionAdded(session, arrival);
    if (restored)
        session->restore(*restored);
    else
        session->load();
}

RequestSession *Workbench::pendingFor(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (RequestSession *s : m_sessions) {
        if (s->sourcePath() == absolute
            && (s->state() == RequestSession::State::Loading || s->state() == RequestSession::State::Pending
                || s->state() == RequestSession::State::Malformed))
            return s;
    }
    return nullptr;
}

QList<RequestSession *> Workbench::addRequests(const QStringList &paths, Arrival arrival)
{
    QList<RequestSession *> out;
    if (!policyValid())
        return out;
    if (arrival == Arrival::InboxFolder && m_restoring) {
        // Compared with what comes back from the trail first.
        m_deferredArrivals += paths;
        return out;
    }
    for (const QString &path : paths) {
        // Opening a file that is already waiting shows it rather than listing
        // it twice; the inbox folder reports only new versions of a file.
        RequestSession *session = pendingFor(path);
        if (arrival == Arrival::InboxFolder) {
            // At start the inbox folder reports every file in it again: one
            // that came back from the trail, unchanged since, is already here.
            const bool same
                = session && session->isRestored() && QFileInfo(path).lastModified() <= session->arrivedAt();
            if (same)
                continue;
            session = nullptr;
        } else if (session && !session->restoreProblem().isEmpty()) {
            // Opened again to be staged afresh: a new request.
            session = nullptr;
        }
        if (!session) {
            session = newSession(path, m_policy);
            if (arrival == Arrival::InboxFolder)
                session->setInboxArrival(m_inboxFolder->path());
            add(session, arrival);
        }
        out.append(session);
    }
    return out;
}

RequestSession *Workbench::openScenario(const QString &id, QString *error)
{
    const std::optional<Scenario> scenario = Scenario::find(id);
    if (!scenario) {
        *error = tr("There is no scenario \"%1\".").arg(id);
        return nullptr;
    }
    if (!m_scenarioFolder) {
        m_scenarioFolder = std::make_unique<QTemporaryDir>();
        if (!m_scenarioFolder->isValid()) {
            *error = tr("No folder for the scenario's files: %1").arg(m_scenarioFolder->errorString());
            m_scenarioFolder.reset();
            return nullptr;
        }
    }
    // Each opening gets fresh copies: a trainer may run a scenario again.
    const QString dir = m_scenarioFolder->filePath(QStringLiteral("%1-%2").arg(id).arg(++m_scenarioCount));
    const QString path = scenario->extract(dir, error,
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
            + QString::number(m_scenarioCount));
    if (path.isEmpty())
        return nullptr;
    // Scenarios are reviewed under the training policy, whose static check only warns.
    RequestSession *session = newSession(path, Scenario::policy());
    session->setScenario(scenario->id, scenario->title, scenario->note);
    add(session, Arrival::Scenario);
    return session;
}

bool Workbench::removeSession(RequestSession *session)
{
    if (!session || !session->isSettled() || !m_sessions.contains(session))
        return false;
    // Its records stay in the audit trail; only the inbox forgets it.
    Q_EMIT sessionRemoved(session);
    m_sessions.removeOne(session);
    session->deleteLater();
    return true;
}

void Workbench::restoreInbox()
{
    m_restoring = true;
    struct Found
    {
        QList<AuditTrail::Undecided> undecided;
        QString error;
    };
    auto found = std::make_shared<Found>();
    m_writer->submit(
        [found](AuditRecorder &recorder) {
            found->undecided = recorder.trail()->undecidedRequests(&found->error);
            return QString(); // a lookup, nothing recorded
        },
        this, [this, found](const QString &failure) { inboxRead(found->undecided, failure + found->error); });
}

void Workbench::inboxRead(const QList<AuditTrail::Undecided> &undecided, const QString &error)
{
    m_restoring = false;
    // A trail that did not open already says so where it opens.
    if (!error.isEmpty() && m_writer->isOpen())
        Q_EMIT restoreFailed(error);
    QSet<QString> ids;
    int count = 0;
    for (const AuditTrail::Undecided &u : undecided) {
        ids.insert(u.requestId);
        // Under a broken policy nothing is opened; they come back once it is fixed.
        if (!policyValid())
            continue;
        add(newSession(QString(), m_policy), Arrival::Restored, &u);
        ++count;
    }
    if (error.isEmpty()) {
        // Copies kept for requests that are settled, or of trails long gone,
        // are not needed by anyone now.
        (void)QtConcurrent::run(&RunDirectory::pruneKept, m_writer->path(), ids);
    }
    const QStringList deferred = std::exchange(m_deferredArrivals, {});
    if (!deferred.isEmpty())
        addRequests(deferred, Arrival::InboxFolder);
    Q_EMIT inboxRestored(count);
}

Workbench::PendingWork Workbench::pendingWork() const
{
    PendingWork work;
    for (const RequestSession *s : m_sessions) {
        const RequestSession::State state = s->state();
        const bool releasePending = s->releaseState() == RequestSession::Release::Scanning
            || s->releaseState() == RequestSession::Release::Awaiting
            || s->releaseState() == RequestSession::Release::Releasing;
        if (s->isRunning())
            ++work.runs;
        else if (s->fromAgent() && !s->agentGone()
            && (state == RequestSession::State::Loading || state == RequestSession::State::Pending || releasePending))
            ++work.agentsWaiting;
        if (state == RequestSession::State::Pending)
            ++work.undecided;
    }
    return work;
}

void Workbench::shutDown(const QString &why)
{
    m_shuttingDown = true;
    updateWarm();
    m_queue->setKeepAnalyzerReady(false);
    if (m_agentServer)
        m_agentServer->shutdown(why);
}

void Workbench::setRunsReady(bool ready)
{
    m_runsReady = ready;
    scheduleWarm();
}

void Workbench::setShownSession(RequestSession *session)
{
    m_shown.removeIf([session](const QPointer<RequestSession> &s) { return !s || s == session; });
    if (session)
        m_shown.prepend(session);
    scheduleWarm();
}

int Workbench::warmCount() const
{
    return int(std::count_if(
        m_sessions.begin(), m_sessions.end(), [](const RequestSession *s) { return s->isWarm(); }));
}

qint64 Workbench::warmMemoryBudget() const
{
    constexpr qint64 MiB = 1024 * 1024;
    if (m_options.warmMemoryBudget >= 0)
        return m_options.warmMemoryBudget;
    if (const int set = Settings().warmMemoryBudgetMiB(); set > 0)
        return set * MiB;
    // A quarter of what the machine has free, at most 2 GiB: a warm sandbox
    // must never be why a run, or the desktop, runs short.
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    qint64 available = 0;
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meminfo.readAll().split('\n'))
            if (line.startsWith("MemAvailable:"))
                available = line.mid(13).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return qMin<qint64>(available / 4, 2048 * MiB);
}

void Workbench::scheduleWarm()
{
    if (std::exchange(m_warmScheduled, true))
        return;
    QTimer::singleShot(0, this, [this]() {
        m_warmScheduled = false;
        updateWarm();
    });
}

void Workbench::updateWarm()
{
    const int limit = m_options.warmSandboxes >= 0 ? m_options.warmSandboxes : Settings().warmSandboxes();
    const bool allowed = m_runsReady && !m_shuttingDown && limit > 0;
    // Those being decided keep theirs, and count.
    qint64 used = 0;
    int count = 0;
    for (const RequestSession *s : std::as_const(m_sessions)) {
        if (s->isWarm() && s->isDeciding()) {
            used += s->warmMemoryBytes();
            ++count;
        }
    }
    QList<RequestSession *> wanted;
    const qint64 budget = allowed ? warmMemoryBudget() : 0;
    for (const QPointer<RequestSession> &shown : std::as_const(m_shown)) {
        RequestSession *s = shown.data();
        if (!allowed || !s || !s->canWarm() || count >= limit)
            continue;
        const qint64 needs = s->isWarm() ? s->warmMemoryBytes()
                                         : SandboxRunner::estimatedWarmBytes(
                                               SandboxRunner::preloadable(s->importedModules()));
        // The budget decides what starts; one started is not ended for
        // measuring more than its estimate (it would only start again).
        if (!s->isWarm() && used + needs > budget)
            continue;
        used += needs;
        ++count;
        wanted << s;
    }
    for (RequestSession *s : std::as_const(m_sessions)) {
        if (s->isWarm() && !s->isDeciding() && !wanted.contains(s))
            s->coolDown();
    }
    for (RequestSession *s : std::as_const(wanted))
        s->warmUp();
}

bool Workbench::stopRuns()
{
    bool stopping = false;
    for (RequestSession *s : std::as_const(m_sessions)) {
        if (s->isRunning()) {
            s->stop();
            stopping = true;
        }
    }
    return stopping;
}

bool Workbench::hasRuns() const
{
    return std::any_of(m_sessions.begin(), m_sessions.end(), [](const RequestSession *s) { return s->isRunning(); });
}

} // namespace Airlock
