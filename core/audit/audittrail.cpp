// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "audittrail.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <array>
#include <csignal>
#include <unistd.h>

#include "canonicaltext.h"
#include "hosttools.h"
#include "privatefiles.h"
#include "recordhash.h"
#include "sha256.h"
#include "recordkind.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::AuditTrail)
};

using RecordHash::Genesis;
using RecordHash::TextColumns;

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The UTF-8 a text column is stored as, or why it has none. Text with a
// lone surrogate would be stored changed (SQLite and Qt convert it each
// their own way) and a NUL cuts text short wherever it meets C: neither
// is ever stored, so what is hashed is exactly what is stored.
std::optional<QByteArray> columnBytes(const QString &text, const char *column, QString *error)
{
    if (const qsizetype at = CanonicalText::loneSurrogateAt(text); at >= 0) {
        *error = Tr::tr("the record's %1 \"%2\" contains a lone UTF-16 surrogate, which has no UTF-8 form; "
                        "nothing was recorded")
                     .arg(QLatin1String(column), CanonicalText::visible(text.left(200)));
        return std::nullopt;
    }
    if (text.contains(QChar(0))) {
        *error = Tr::tr("the record's %1 contains a NUL character; nothing was recorded").arg(QLatin1String(column));
        return std::nullopt;
    }
    QByteArray bytes = text.toUtf8();
    if (bytes.isNull())
        bytes = QByteArray(""); // empty, never SQL NULL
    return bytes;
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// One row per request, kept up to date with each append, for listing and
// filtering, and the inputs each request declared. Derived data, like the
// search index: the records and their chain are the evidence; these are
// never verified against or relied on, and are rebuilt from the records
// when the schema changes. %1 is the schema they go in: main, or temp for
// a read-only view of an older trail.
const char *const IndexSchema[] = {
    "CREATE TABLE %1.requests(request_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, at TEXT NOT NULL,"
    " agent TEXT NOT NULL DEFAULT '', prompt TEXT NOT NULL DEFAULT '', reviewer TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', severity TEXT NOT NULL DEFAULT '',"
    " policy TEXT NOT NULL DEFAULT '', policy_sha256 TEXT NOT NULL DEFAULT '',"
    " severity_rank INTEGER NOT NULL DEFAULT 0, scenario TEXT NOT NULL DEFAULT '',"
    " agent_request_id TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX %1.requests_seq ON requests(seq)",
    "CREATE INDEX %1.requests_at ON requests(at, seq)",
    "CREATE INDEX %1.requests_agent ON requests(agent, seq)",
    "CREATE INDEX %1.requests_reviewer ON requests(reviewer, seq)",
    "CREATE INDEX %1.requests_status ON requests(status, seq)",
    "CREATE INDEX %1.requests_outcome ON requests(outcome, seq)",
    "CREATE INDEX %1.requests_severity ON requests(severity, seq)",
    "CREATE INDEX %1.requests_severity_rank ON requests(severity_rank, seq)",
    "CREATE INDEX %1.requests_policy ON requests(policy, seq)",
    // The agent's own request_id: a reference, many requests may share it.
    "CREATE INDEX %1.requests_agent_ref ON requests(agent_request_id, agent, seq)",
    // Every listing leaves training runs out: a partial index of the real
    // requests keeps that (and counting them) as cheap as the whole list.
    "CREATE INDEX %1.requests_real ON requests(seq) WHERE scenario = ''",
    "CREATE TABLE %1.request_inputs(request_id TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL)",
    "CREATE INDEX %1.request_inputs_sha ON request_inputs(sha256, request_id)",
    "CREATE INDEX %1.request_inputs_name ON request_inputs(name, request_id)",
};

const char *const Schema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE records("
    " seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, request_id TEXT NOT NULL, run_id TEXT NOT NULL,"
    " at TEXT NOT NULL, agent TEXT NOT NULL, reviewer TEXT NOT NULL, status TEXT NOT NULL,"
    " body BLOB NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE INDEX records_request ON records(request_id, kind)",
    "CREATE INDEX records_kind ON records(kind, seq)",
    "CREATE INDEX records_agent ON records(agent, kind)",
    "CREATE INDEX records_reviewer ON records(reviewer, kind)",
    "CREATE INDEX records_status ON records(status, kind)",
    "CREATE TABLE blobs(sha256 TEXT PRIMARY KEY, bytes INTEGER NOT NULL, content BLOB NOT NULL)",
    // Full-text search over what an agent asked and the code it proposed.
    "CREATE VIRTUAL TABLE records_fts USING fts5(prompt, code, content='')",
    "CREATE TRIGGER records_append_only_u BEFORE UPDATE ON records BEGIN"
    " SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER records_append_only_d BEFORE DELETE ON records BEGIN"
    " SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER blobs_append_only_u BEFORE UPDATE ON blobs BEGIN"
    " SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER blobs_append_only_d BEFORE DELETE ON blobs BEGIN"
    " SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
};

} // namespace

QJsonObject AuditTrail::Record::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("kind"), kind}, {QStringLiteral("request_id"), requestId},
        {QStringLiteral("run_id"), runId}, {QStringLiteral("at"), isoTime(at)}, {QStringLiteral("body"), body},
        {QStringLiteral("prev_hash"), prevHash}, {QStringLiteral("hash"), hash}};
}

QJsonObject AuditTrail::Summary::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("request_id"), requestId},
        {QStringLiteral("agent_request_id"), agentRequestId.isEmpty() ? QJsonValue() : QJsonValue(agentRequestId)},
        {QStringLiteral("at"), isoTime(at)}, {QStringLiteral("agent"), agent}, {QStringLiteral("prompt"), prompt},
        {QStringLiteral("reviewer"), reviewer}, {QStringLiteral("outcome"), outcome},
        {QStringLiteral("status"), status}, {QStringLiteral("severity"), severity}, {QStringLiteral("policy"), policy},
        {QStringLiteral("policy_sha256"), policySha256}};
}

QJsonObject AuditTrail::Verification::toJson() const
{
    QJsonArray list;
    for (const Problem &p : problems)
        list.append(QJsonObject{{QStringLiteral("seq"), p.seq}, {QStringLiteral("problem"), p.problem}});
    QJsonObject o{{QStringLiteral("intact"), intact}, {QStringLiteral("records"), records},
        {QStringLiteral("from_seq"), fromSeq}, {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("last_hash"), lastHash},
        {QStringLiteral("first_bad"), firstBad > 0 ? QJsonValue(firstBad) : QJsonValue()},
        {QStringLiteral("problem"), problem.isEmpty() ? QJsonValue() : QJsonValue(problem)},
        {QStringLiteral("bad_records"), badRecords}, {QStringLiteral("problems"), list},
        {QStringLiteral("problems_not_listed"), qMax<qint64>(0, badRecords - problems.size())}};
    // Checked against a team trail's signed heads: the last one that holds.
    if (publishedHead > 0)
        o.insert(QStringLiteral("published_head"), publishedHead);
    return o;
}

QString AuditTrail::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString AuditTrail::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.sqlite");
}

std::unique_ptr<AuditTrail> AuditTrail::open(const QString &path, Mode mode, QString *error)
{
    std::unique_ptr<AuditTrail> trail(new AuditTrail);
    trail->m_path = QFileInfo(path).absoluteFilePath();
    trail->m_mode = mode;
    trail->m_connection = QStringLiteral("airlock-audit-") + QUuid::createUuid().toString(QUuid::Id128);

    if (mode != Mode::ReadWrite && !QFileInfo::exists(trail->m_path)) {
        *error = Tr::tr("there is no audit trail at %1").arg(trail->m_path);
        return nullptr;
    }
    // Code, outputs and artifacts are the user's alone: the folder Airlock
    // makes is 0700 and the database 0600 before SQLite first opens it
    // (its -wal and -shm then take the same mode).
    if (mode == Mode::ReadWrite
        && (!PrivateFiles::makeFolder(QFileInfo(trail->m_path).path(), error)
            || !PrivateFiles::createFile(trail->m_path, error)))
        return nullptr;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), trail->m_connection);
    if (mode != Mode::ReadWrite) {
        // Read-only, and immutable: SQLite then creates no -wal or -shm file
        // and writes nothing at all. Immutable also ignores a write-ahead
        // log, so a trail whose log holds records (one in use, or copied
        // with its -wal) is opened plainly read-only instead: SQLite then
        // uses the -shm beside it, but never writes the trail itself.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        QUrl url = QUrl::fromLocalFile(trail->m_path);
        const QFileInfo wal(trail->m_path + QStringLiteral("-wal"));
        const bool live = mode == Mode::ReadOnlyLive || (wal.exists() && wal.size() > 0);
        url.setQuery(live ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString());
    } else {
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db.setDatabaseName(trail->m_path);
    }
    if (!db.open()) {
        *error = Tr::tr("cannot open the audit trail %1: %2").arg(trail->m_path, db.lastError().text());
        return nullptr;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next()) {
        *error = Tr::tr("%1 is not an audit trail Airlock can read (not a SQLite database, or damaged): %2")
                     .arg(trail->m_path, sqlError(q));
        return nullptr;
    }
    if (mode == Mode::ReadWrite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!q.exec(QLatin1String(pragma))) {
                *error = Tr::tr("cannot prepare the audit trail %1: %2").arg(trail->m_path, sqlError(q));
                return nullptr;
            }
        }
    }
    // Large trails are read far faster through a mapping than through read().
    q.exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
    q.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    if (!trail->migrate(error))
        return nullptr;
    if (mode == Mode::ReadWrite && !trail->markInterruptedRuns(error))
        return nullptr;
    return trail;
}

QStringList AuditTrail::exposure() const
{
    return PrivateFiles::exposed({QFileInfo(m_path).path(), m_path, sidecarPath(), m_path + QStringLiteral("-wal"),
        m_path + QStringLiteral("-shm")});
}

AuditTrail::~AuditTrail()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {
bool updateRequestIndex(QSqlQuery &q, qint64 seq, const QString &kind, const QVariant &requestId, const QString &at,
    const QJsonObject &body, QString *error)
{
    if (kind == RecordKind::Request || kind == RecordKind::Malformed) {
        // The agent's own request_id. Before schema 3 it was the record's
        // request_id itself, unless Airlock had made one up.
        QString agentReference = body.value(QStringLiteral("agent_request_id")).toString(QStringLiteral(""));
        if (kind == RecordKind::Request && !body.contains(QStringLiteral("agent_request_id"))
            && !body.value(QStringLiteral("request_id_generated")).toBool())
            agentReference = requestId.toString();
        q.prepare(
            QStringLiteral("INSERT INTO requests(request_id, seq, at, agent, prompt, outcome, scenario,"
                           " agent_request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_id) DO NOTHING"));
        q.addBindValue(requestId);
        q.addBindValue(seq);
        q.addBindValue(at);
        q.addBindValue(body.value(QStringLiteral("agent")).toString(QStringLiteral("")));
        q.addBindValue(body.value(QStringLiteral("prompt")).toString(QStringLiteral("")));
        q.addBindValue(kind == RecordKind::Malformed ? QStringLiteral("malformed") : QStringLiteral(""));
        q.addBindValue(body.value(QStringLiteral("scenario")).toString(QStringLiteral("")));
        q.addBindValue(agentReference);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        // What it was given to read: found again by name or hash.
        const QJsonArray inputs = body.value(QStringLiteral("inputs")).toArray();
        for (const QJsonValue &v : inputs) {
            q.prepare(QStringLiteral("INSERT INTO request_inputs(request_id, name, sha256) VALUES (?, ?, ?)"));
            q.addBindValue(requestId);
            q.addBindValue(v.toObject().value(QStringLiteral("name")).toString(QStringLiteral("")));
            q.addBindValue(v.toObject().value(QStringLiteral("sha256")).toString(QStringLiteral("")));
            if (!q.exec()) {
                *error = sqlError(q);
                return false;
            }
        }
        return true;
    } else if (kind == RecordKind::Verdicts) {
        // The worst severity, and the policy the verdicts came from.
        int worst = -1;
        const QStringList order{QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("block")};
        const QJsonArray verdicts = body.value(QStringLiteral("verdicts")).toArray();
        for (const QJsonValue &v : verdicts)
            worst = qMax(worst, int(order.indexOf(v.toObject().value(QStringLiteral("severity")).toString())));
        const QJsonObject policy = body.value(QStringLiteral("policy")).toObject();
        q.prepare(QStringLiteral(
            "UPDATE requests SET severity = ?, severity_rank = ?, policy = ?, policy_sha256 = ? WHERE request_id = ?"));
        q.addBindValue(worst >= 0 ? order.at(worst) : QStringLiteral(""));
        q.addBindValue(worst + 1);
        q.addBindValue(policy.value(QStringLiteral("name")).toString(QStringLiteral("")));
        q.addBindValue(policy.value(QStringLiteral("sha256")).toString(QStringLiteral("")));
        q.addBindValue(requestId);
    } else if (kind == RecordKind::Decision) {
        q.prepare(QStringLiteral("UPDATE requests SET reviewer = ?, outcome = ? WHERE request_id = ?"));
        q.addBindValue(body.value(QStringLiteral("reviewer")).toString(QStringLiteral("")));
        q.addBindValue(body.value(QStringLiteral("outcome")).toString(QStringLiteral("")));
        q.addBindValue(requestId);
    } else if (kind == RecordKind::Withdrawn) {
        // Before a decision it is the request's outcome; after, the run's.
        q.prepare(
            QStringLiteral("UPDATE requests SET outcome = CASE WHEN outcome = '' THEN 'withdrawn' ELSE outcome END,"
                           " status = CASE WHEN outcome = '' THEN status ELSE 'withdrawn' END WHERE request_id = ?"));
        q.addBindValue(requestId);
    } else if (kind == RecordKind::Blocked) {
        q.prepare(QStringLiteral("UPDATE requests SET outcome = 'blocked' WHERE request_id = ? AND outcome = ''"));
        q.addBindValue(requestId);
    } else if (kind == RecordKind::RunFinished || kind == RecordKind::Interrupted) {
        q.prepare(QStringLiteral("UPDATE requests SET status = ? WHERE request_id = ?"));
        q.addBindValue(kind == RecordKind::Interrupted
                ? QStringLiteral("interrupted")
                : body.value(QStringLiteral("status")).toString(QStringLiteral("")));
        q.addBindValue(requestId);
    } else {
        return true;
    }
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}
} // namespace

bool AuditTrail::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt();
    else if (db.tables().contains(QStringLiteral("meta")) || !db.tables().isEmpty()) {
        if (!db.tables().contains(QStringLiteral("records"))) {
            *error = Tr::tr("%1 is a SQLite database but not an Airlock audit trail").arg(m_path);
            return false;
        }
    }
    if (version > SchemaVersion) {
        *error = Tr::tr("%1 was written by a newer Airlock (audit schema %2); this one reads up to schema %3. "
                        "Open it with a newer Airlock.")
                     .arg(m_path)
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    if (version >= 1 && m_mode != Mode::ReadWrite) {
        // An older trail is read as it is: its derived tables are rebuilt in
        // memory (the temp schema), never in the file.
        if (!createIndexTables(q, QStringLiteral("temp"), error) || !rebuildIndex(error)) {
            *error = Tr::tr("cannot read the audit trail %1: %2").arg(m_path, *error);
            return false;
        }
        return true;
    }
    if (m_mode != Mode::ReadWrite) {
        *error = Tr::tr("%1 is not an Airlock audit trail (no schema version)").arg(m_path);
        return false;
    }
    // Forward migrations run in one transaction; version 0 is a new file.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = Tr::tr("cannot lock the audit trail %1: %2").arg(m_path, sqlError(q));
        return false;
    }
    auto fail = [&](const QString &why) {
        *error = Tr::tr("cannot prepare the audit trail %1: %2").arg(m_path, why);
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt(); // another process may have got here first
    if (version == SchemaVersion) {
        q.exec(QStringLiteral("COMMIT"));
        return true;
    }
    if (version == 0) {
        for (const char *statement : Schema) {
            if (!q.exec(QLatin1String(statement)))
                return fail(sqlError(q));
        }
        if (!createIndexTables(q, QStringLiteral("main"), error))
            return fail(*error);
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', ?), ('created_at', ?)"));
        q.addBindValue(QString::number(SchemaVersion));
        q.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
        if (!q.exec())
            return fail(sqlError(q));
    } else {
        // Schema 1 to 2: the derived request table gains the worst verdict
        // and the policy, and the inputs get a table of their own; 2 to 3:
        // it gains the agent's own request_id. The records, their chain and
        // the blobs are untouched: the derived tables are made anew.
        if (!q.exec(QStringLiteral("DROP TABLE requests")))
            return fail(sqlError(q));
        if (version >= 2 && !q.exec(QStringLiteral("DROP TABLE request_inputs")))
            return fail(sqlError(q));
        if (!createIndexTables(q, QStringLiteral("main"), error) || !rebuildIndex(error))
            return fail(*error);
        q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
        q.addBindValue(QString::number(SchemaVersion));
        if (!q.exec())
            return fail(sqlError(q));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(sqlError(q));
    return true;
}

bool AuditTrail::createIndexTables(QSqlQuery &q, const QString &schema, QString *error)
{
    for (const char *statement : IndexSchema) {
        if (!q.exec(QString::fromLatin1(statement).arg(schema))) {
            *error = sqlError(q);
            return false;
        }
    }
    return true;
}

bool AuditTrail::rebuildIndex(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery read(db);
    QSqlQuery write(db);
    read.setForwardOnly(true);
    // The same kinds updateRequestIndex() reads, from the one list of them.
    if (!read.exec(QStringLiteral("SELECT seq, kind, request_id, at, body FROM records WHERE kind IN ('%1') ORDER BY seq")
                .arg(RecordKind::indexed().join(QLatin1String("', '"))))) {
        *error = sqlError(read);
        return false;
    }
    while (read.next()) {
        const QJsonObject body = QJsonDocument::fromJson(read.value(4).toByteArray()).object();
        if (!updateRequestIndex(write, read.value(0).toLongLong(), read.value(1).toString(), read.value(2),
                read.value(3).toString(), body, error))
            return false;
    }
    return true;
}

bool AuditTrail::markInterruptedRuns(QString *error)
{
    // A run whose end was never written, by a process that is gone, ended
    // without a word: say so with a new record, never by editing the old one.
    // Runs are delivered only once their end is recorded, so such a run
    // delivered nothing.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral(
        "SELECT s.request_id, s.run_id, s.body FROM records s WHERE s.kind = 'run_started' AND NOT EXISTS"
        " (SELECT 1 FROM records e WHERE e.run_id = s.run_id AND e.kind IN ('run_finished', 'interrupted'))"));
    QList<std::tuple<QString, QString, QJsonObject>> open;
    while (q.next())
        open.append(
            {q.value(0).toString(), q.value(1).toString(), QJsonDocument::fromJson(q.value(2).toByteArray()).object()});
    const QString boot = HostTools::bootId();
    const QString host = QSysInfo::machineHostName();
    for (const auto &[requestId, runId, body] : std::as_const(open)) {
        const qint64 pid = body.value(QStringLiteral("pid")).toInteger();
        const bool sameBoot = body.value(QStringLiteral("boot_id")).toString() == boot
            && body.value(QStringLiteral("host")).toString() == host;
        if (sameBoot && pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM))
            continue; // still running somewhere
        if (!append(QStringLiteral("interrupted"), requestId, runId,
                {{QStringLiteral("reason"),
                     Tr::tr("its end was never recorded, so nothing it made was delivered (the process that ran it "
                            "ended first)")},
                    {QStringLiteral("delivered"), false}, {QStringLiteral("pid"), pid}},
                error))
            return false;
    }
    return true;
}

bool AuditTrail::writeSidecar(qint64 seq, const QString &hash, QString *error)
{
    // Several processes may append: the sidecar only ever moves forward.
    QLockFile lock(m_path + QStringLiteral(".head.lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(10000)) {
        *error = Tr::tr("cannot lock %1").arg(sidecarPath());
        return false;
    }
    QFile current(sidecarPath());
    if (current.open(QIODevice::ReadOnly)) {
        const qint64 known
            = QJsonDocument::fromJson(current.readAll()).object().value(QStringLiteral("seq")).toInteger();
        if (known >= seq)
            return true;
    }
    QSaveFile file(sidecarPath());
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Tr::tr("cannot write %1: %2").arg(sidecarPath(), file.errorString());
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash},
                                 {QStringLiteral("schema"), SchemaVersion}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(sidecarPath(), file.errorString());
        return false;
    }
    return true;
}

std::optional<AuditTrail::Record> AuditTrail::appendLocked(
    const QString &kind, const QString &requestId, const QString &runId, const QJsonObject &body, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    Record r;
    r.kind = kind;
    r.requestId = requestId;
    r.runId = runId;
    r.at = QDateTime::currentDateTimeUtc();
    r.body = body;
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1"))) {
        *error = sqlError(q);
        return std::nullopt;
    }
    if (q.next()) {
        r.seq = q.value(0).toLongLong() + 1;
        r.prevHash = q.value(1).toString();
    } else {
        r.seq = 1;
        r.prevHash = Genesis;
    }
    // The body is JSON, where a lone surrogate would survive only as an
    // escape no UTF-8 reader can turn back into text: refused, like the
    // columns below.
    if (const auto problem = CanonicalText::findProblem(body)) {
        *error = Tr::tr("the record's %1 cannot be stored as UTF-8: %2; nothing was recorded")
                     .arg(problem->path.isEmpty() ? Tr::tr("body") : problem->path, problem->message);
        return std::nullopt;
    }
    const QByteArray bodyBytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString agent = body.value(QStringLiteral("agent")).toString();
    const QString reviewer = body.value(QStringLiteral("reviewer")).toString();
    // The indexed status column: a run's status, or a decision's outcome.
    QString status = body.value(QStringLiteral("status")).toString();
    if (status.isEmpty())
        status = body.value(QStringLiteral("outcome")).toString();
    const QString at = isoTime(r.at);
    std::array<QByteArray, TextColumns> columns;
    const std::pair<const QString *, const char *> texts[TextColumns] = {{&kind, "kind"}, {&requestId, "request_id"},
        {&runId, "run_id"}, {&at, "at"}, {&agent, "agent"}, {&reviewer, "reviewer"}, {&status, "status"}};
    for (int i = 0; i < TextColumns; ++i) {
        std::optional<QByteArray> bytes = columnBytes(*texts[i].first, texts[i].second, error);
        if (!bytes)
            return std::nullopt;
        columns[i] = *bytes;
    }
    r.hash = RecordHash::of(r.prevHash, columns, bodyBytes);
    // The text columns are bound as the very bytes that were hashed, and
    // SQLite keeps them as they are.
    q.prepare(QStringLiteral("INSERT INTO records(seq, kind, request_id, run_id, at, agent, reviewer, status, body,"
                             " prev_hash, hash) VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),"
                             " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?)"));
    q.addBindValue(r.seq);
    for (const QByteArray &column : std::as_const(columns))
        q.addBindValue(column);
    q.addBindValue(bodyBytes);
    q.addBindValue(r.prevHash);
    q.addBindValue(r.hash);
    if (!q.exec()) {
        *error = sqlError(q);
        return std::nullopt;
    }
    // A null QString binds as SQL NULL; absent text is indexed as empty.
    if (!updateRequestIndex(
            q, r.seq, kind, QVariant(requestId.isNull() ? QStringLiteral("") : requestId), at, body, error))
        return std::nullopt;
    if (kind == RecordKind::Request) {
        q.prepare(QStringLiteral("INSERT INTO records_fts(rowid, prompt, code) VALUES (?, ?, ?)"));
        q.addBindValue(r.seq);
        q.addBindValue(body.value(QStringLiteral("prompt")).toString());
        q.addBindValue(body.value(QStringLiteral("code")).toString());
        if (!q.exec()) {
            *error = sqlError(q);
            return std::nullopt;
        }
    }
    return r;
}

std::optional<AuditTrail::Record> AuditTrail::append(
    const QString &kind, const QString &requestId, const QString &runId, const QJsonObject &body, QString *error)
{
    return appendRecord(kind, requestId, runId, body, nullptr, error);
}

std::optional<AuditTrail::Record> AuditTrail::appendArtifact(
    const QString &requestId, const QString &runId, const QJsonObject &body, const QByteArray &content, QString *error)
{
    return appendRecord(RecordKind::Artifact, requestId, runId, body, &content, error);
}

bool AuditTrail::beginWrite(QSqlQuery &q, QString *error)
{
    if (m_mode != Mode::ReadWrite) {
        *error = Tr::tr("the audit trail is open read-only");
        return false;
    }
    // One writer at a time across processes; SQLite waits out the busy
    // timeout, and a few more attempts cover the rest.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        QThread::msleep(50);
    }
    *error = Tr::tr("the audit trail %1 is busy: %2").arg(m_path, sqlError(q));
    return false;
}

std::optional<AuditTrail::Record> AuditTrail::appendRecord(const QString &kind, const QString &requestId,
    const QString &runId, const QJsonObject &body, const QByteArray *content, QString *error)
{
    Pending one{kind, requestId, runId, body};
    if (content)
        one.content = *content;
    return appendAll({one}, error);
}

std::optional<AuditTrail::Record> AuditTrail::appendAll(const QList<Pending> &records, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!beginWrite(q, error))
        return std::nullopt;
    std::optional<Record> last;
    for (const Pending &p : records) {
        if (p.content) {
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs(sha256, bytes, content) VALUES (?, ?, ?)"));
            q.addBindValue(p.body.value(QStringLiteral("sha256")).toString());
            q.addBindValue(qint64(p.content->size()));
            q.addBindValue(*p.content);
            if (!q.exec()) {
                *error = sqlError(q);
                q.exec(QStringLiteral("ROLLBACK"));
                return std::nullopt;
            }
        }
        last = appendLocked(p.kind, p.requestId, p.runId, p.body, error);
        if (!last) {
            q.exec(QStringLiteral("ROLLBACK"));
            return std::nullopt;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = sqlError(q);
        q.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    if (last && !writeSidecar(last->seq, last->hash, error))
        return std::nullopt;
    return last;
}

qint64 AuditTrail::appendMany(const QList<Pending> &records, QString *error)
{
    if (records.isEmpty())
        return 0;
    return appendAll(records, error) ? records.size() : 0;
}

qint64 AuditTrail::lastSeq() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT MAX(seq) FROM records")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<QString> AuditTrail::storedHash(qint64 seq) const
{
    QSqlQuery h(QSqlDatabase::database(m_connection));
    h.prepare(QStringLiteral("SELECT hash FROM records WHERE seq = ?"));
    h.addBindValue(seq);
    return h.exec() && h.next() ? std::optional<QString>(h.value(0).toString()) : std::nullopt;
}

QList<AuditTrail::Stored> AuditTrail::storedRecords(qint64 afterSeq, int limit, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // The text columns as the bytes stored, which are the bytes hashed.
    q.prepare(QStringLiteral(
        "SELECT seq, CAST(kind AS BLOB), CAST(request_id AS BLOB), CAST(run_id AS BLOB), CAST(at AS BLOB),"
        " CAST(agent AS BLOB), CAST(reviewer AS BLOB), CAST(status AS BLOB), body, prev_hash, hash,"
        " CASE WHEN kind = 'artifact' THEN (SELECT content FROM blobs WHERE blobs.sha256 ="
        " json_extract(records.body, '$.sha256')) END FROM records WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    QList<Stored> out;
    if (!q.exec()) {
        *error = Tr::tr("cannot read the records: %1").arg(sqlError(q));
        return out;
    }
    while (q.next()) {
        Stored s;
        s.seq = q.value(0).toLongLong();
        for (int i = 0; i < TextColumns; ++i) {
            s.columns[i] = q.value(1 + i).toByteArray();
            if (s.columns[i].isNull())
                s.columns[i] = QByteArray("");
        }
        s.body = q.value(8).toByteArray();
        s.prevHash = q.value(9).toString();
        s.hash = q.value(10).toString();
        if (!q.isNull(11))
            s.content = q.value(11).toByteArray();
        out.append(std::move(s));
    }
    return out;
}

QString AuditTrail::chainId(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (m_mode == Mode::ReadWrite) {
        // Made once; a second process asking at the same time keeps the first.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('chain_id', ?)"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!q.exec()) {
            *error = Tr::tr("cannot give the audit trail a chain id: %1").arg(sqlError(q));
            return {};
        }
    }
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'chain_id'")) && q.next())
        return q.value(0).toString();
    *error = Tr::tr("the audit trail %1 has no chain id: it was never shipped to a team trail").arg(m_path);
    return {};
}

AuditTrail::Verification AuditTrail::verify(const std::function<void(qint64, qint64)> &progress) const
{
    return verify(progress, Anchor{});
}

AuditTrail::Verification AuditTrail::verify(const std::function<void(qint64, qint64)> &progress, const Anchor &anchor) const
{
    Verification v;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Going on from an earlier verification: its last record must still be
    // there, unchanged, or nothing after it can be trusted to chain onto it.
    const bool fromAnchor = anchor.seq > 0;
    if (fromAnchor) {
        const std::optional<QString> now = storedHash(anchor.seq);
        if (!now || *now != anchor.hash) {
            v.badRecords = 1;
            v.firstBad = anchor.seq;
            v.problem = !now ? Tr::tr("record %1, verified before, is gone: the trail was cut or rewritten").arg(anchor.seq)
                             : Tr::tr("record %1 changed since it was verified: the chain was rewritten").arg(anchor.seq);
            v.problems.append({anchor.seq, v.problem});
            v.fromSeq = anchor.seq;
            return v;
        }
        v.fromSeq = anchor.seq + 1;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const qint64 total = lastSeq() - (fromAnchor ? anchor.seq : 0);
    // The text columns as the bytes stored, which are the bytes hashed.
    q.prepare(QStringLiteral(
        "SELECT seq, CAST(kind AS BLOB), CAST(request_id AS BLOB), CAST(run_id AS BLOB), CAST(at AS BLOB),"
        " CAST(agent AS BLOB), CAST(reviewer AS BLOB), CAST(status AS BLOB), body, prev_hash, hash,"
        " CASE WHEN kind = 'artifact' THEN (SELECT content FROM blobs WHERE blobs.sha256 ="
        " json_extract(records.body, '$.sha256')) END FROM records WHERE seq > ? ORDER BY seq"));
    q.addBindValue(fromAnchor ? anchor.seq : qint64(0));
    if (!q.exec()) {
        v.problem = Tr::tr("cannot read the records: %1").arg(sqlError(q));
        return v;
    }
    // Every bad record is reported, once, however many there are: one
    // fault must never hide another. A record with several faults is one
    // entry.
    auto bad = [&](qint64 seq, const QString &problem) {
        if (!v.problems.isEmpty() && v.problems.last().seq == seq) {
            v.problems.last().problem += QLatin1String("; ") + problem;
            return;
        }
        ++v.badRecords;
        if (v.problems.size() < Verification::MaxListed)
            v.problems.append({seq, problem});
    };
    // The head kept beside the database, read first so its record can be
    // compared on the way.
    QFile sidecar(sidecarPath());
    const bool haveHead = sidecar.open(QIODevice::ReadOnly);
    const QJsonObject head = haveHead ? QJsonDocument::fromJson(sidecar.readAll()).object() : QJsonObject();
    const qint64 headSeq = head.value(QStringLiteral("seq")).toInteger();
    QString atHead = headSeq == 0 ? Genesis : QString();
    // A head at or before the anchor is not among the records read.
    if (fromAnchor && headSeq > 0 && headSeq <= anchor.seq)
        atHead = storedHash(headSeq).value_or(QString());

    qint64 expected = fromAnchor ? anchor.seq + 1 : 1;
    qint64 last = fromAnchor ? anchor.seq : 0;
    QString previousHash = fromAnchor ? anchor.hash : Genesis;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString prev = q.value(9).toString();
        const QString stored = q.value(10).toString();
        const QByteArray body = q.value(8).toByteArray();
        // After a gap the link cannot be checked: the record it follows is
        // gone, and that is said once, for the gap.
        const bool afterGap = seq != expected;
        if (afterGap) {
            bad(expected,
                seq == expected + 1
                    ? Tr::tr("record %1 is missing (the next one is %2): deleted").arg(expected).arg(seq)
                    : Tr::tr("records %1 to %2 are missing (the next one is %3): deleted")
                          .arg(expected)
                          .arg(seq - 1)
                          .arg(seq));
        }
        std::array<QByteArray, TextColumns> columns;
        for (int i = 0; i < TextColumns; ++i)
            columns[i] = q.value(1 + i).toByteArray();
        if (RecordHash::of(prev, columns, body) != stored)
            bad(seq, Tr::tr("record %1 was edited: its content no longer matches its hash").arg(seq));
        if (!afterGap && prev != previousHash) {
            // Where is the record it says it follows? Elsewhere in the file: moved.
            QSqlQuery where(db);
            where.prepare(QStringLiteral("SELECT seq FROM records WHERE hash = ?"));
            where.addBindValue(prev);
            const bool found = where.exec() && where.next();
            if (found || prev == Genesis)
                bad(seq,
                    Tr::tr("record %1 is out of order: it belongs after record %2")
                        .arg(seq)
                        .arg(found ? where.value(0).toLongLong() : 0));
            else
                bad(seq,
                    Tr::tr("record %1 does not follow the one before it: the chain was rewritten or a "
                           "record replaced")
                        .arg(seq));
        }
        if (columns[0] == "artifact") {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            const QByteArray content = q.value(11).toByteArray();
            if (q.value(11).isNull() || sha256Hex(content) != o.value(QStringLiteral("sha256")).toString())
                bad(seq, Tr::tr("record %1: the artifact's stored content is missing or altered").arg(seq));
        }
        if (seq == headSeq)
            atHead = stored;
        // The next link is checked against the hash this record carries,
        // so an edited record is reported once, not with all that follow.
        previousHash = stored;
        expected = seq + 1;
        last = seq;
        ++v.records;
        if (progress && (v.records % 10000) == 0)
            progress(v.records, total);
    }
    // A cut-off tail or a rewritten chain.
    if (haveHead) {
        const QString headHash = head.value(QStringLiteral("hash")).toString();
        if (headSeq > last)
            bad(last + 1,
                Tr::tr("the trail was truncated: the last %n record(s) are gone", nullptr, int(headSeq - last)));
        // The head may lag after a crash, never disagree.
        else if (headSeq > 0 && atHead != headHash) {
            const QString problem = Tr::tr("record %1 does not match the head kept beside the trail: the chain was "
                                           "rewritten or the head file replaced")
                                        .arg(headSeq);
            // In its place among the others.
            auto it = std::lower_bound(v.problems.begin(), v.problems.end(), headSeq,
                [](const Verification::Problem &p, qint64 seq) { return p.seq < seq; });
            if (it != v.problems.end() && it->seq == headSeq) {
                it->problem += QLatin1String("; ") + problem;
            } else {
                ++v.badRecords;
                if (v.problems.size() < Verification::MaxListed)
                    v.problems.insert(it, {headSeq, problem});
            }
        }
    } else if (last > 0) {
        bad(last, Tr::tr("the head file %1 is missing").arg(sidecarPath()));
    }
    if (progress)
        progress(v.records, total);
    v.lastSeq = last;
    v.lastHash = last == 0 ? QString() : last == anchor.seq ? anchor.hash : previousHash;
    v.intact = v.badRecords == 0;
    if (!v.intact) {
        v.firstBad = v.problems.constFirst().seq;
        v.problem = v.problems.constFirst().problem;
    }
    return v;
}

namespace {
/// The WHERE clause of a filter, with its values in order.
QString whereClause(const AuditTrail::Filter &f, QVariantList *binds)
{
    QString sql = QStringLiteral(" WHERE 1");
    // Training scenarios stay out of real listings and reports unless asked for.
    if (f.scenarios == AuditTrail::Filter::Scenarios::Exclude)
        sql += QStringLiteral(" AND scenario = ''");
    else if (f.scenarios == AuditTrail::Filter::Scenarios::Only)
        sql += QStringLiteral(" AND scenario != ''");
    auto equals = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        *binds << value;
    };
    if (f.since.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        *binds << isoTime(f.since);
    }
    if (f.until.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        *binds << isoTime(f.until);
    }
    equals("agent", f.agent);
    equals("agent_request_id", f.agentReference);
    equals("reviewer", f.reviewer);
    if (!f.status.isEmpty()) {
        sql += QStringLiteral(" AND (status = ? OR outcome = ?)");
        *binds << f.status << f.status;
    }
    equals("outcome", f.outcome);
    equals("severity", f.severity);
    if (!f.policy.isEmpty()) {
        sql += QStringLiteral(" AND (policy = ? OR policy_sha256 = ?)");
        *binds << f.policy << f.policy.toLower();
    }
    if (!f.input.isEmpty()) {
        sql += QStringLiteral(" AND request_id IN (SELECT request_id FROM request_inputs WHERE sha256 = ?"
                              " UNION SELECT request_id FROM request_inputs WHERE name = ?)");
        *binds << f.input.toLower() << f.input;
    }
    if (!f.search.isEmpty()) {
        sql += QStringLiteral(" AND seq IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)");
        // One phrase: what the reviewer typed, never FTS syntax.
        *binds << QString(
            QLatin1Char('"') + QString(f.search).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
    }
    return sql;
}

QString orderClause(const AuditTrail::Filter &f)
{
    using Sort = AuditTrail::Filter::Sort;
    const char *column = "seq";
    switch (f.sort) {
    case Sort::Seq:
        break;
    case Sort::At:
        column = "at";
        break;
    case Sort::Agent:
        column = "agent";
        break;
    case Sort::AgentReference:
        column = "agent_request_id";
        break;
    case Sort::Prompt:
        column = "prompt";
        break;
    case Sort::Reviewer:
        column = "reviewer";
        break;
    case Sort::Outcome:
        column = "outcome";
        break;
    case Sort::Status:
        column = "status";
        break;
    case Sort::Severity:
        // By seriousness, not by name.
        column = "severity_rank";
        break;
    case Sort::Policy:
        column = "policy";
        break;
    }
    const QLatin1String direction = f.ascending ? QLatin1String(" ASC") : QLatin1String(" DESC");
    // seq last, so equal keys keep a stable order across pages.
    if (f.sort == Sort::Seq)
        return QStringLiteral(" ORDER BY seq") + direction;
    return QStringLiteral(" ORDER BY ") + QLatin1String(column) + direction + QStringLiteral(", seq") + direction;
}
} // namespace

namespace {
// The end reason tells a stop from a withdrawal or a crash, which all leave
// the status "killed"; read from the request's own records.
const QLatin1String SummaryColumns("SELECT seq, request_id, at, agent, prompt, reviewer, outcome, status, severity,"
                                   " policy, policy_sha256, scenario, agent_request_id,"
                                   " (SELECT json_extract(e.body, '$.end_reason') FROM records e"
                                   " WHERE e.request_id = requests.request_id AND e.kind = 'run_finished'"
                                   " ORDER BY e.seq DESC LIMIT 1) FROM requests");

QList<AuditTrail::Summary> summaries(QSqlQuery &q, QString *error)
{
    QList<AuditTrail::Summary> out;
    if (!q.exec()) {
        if (error)
            *error = sqlError(q);
        return out;
    }
    while (q.next()) {
        AuditTrail::Summary s;
        s.seq = q.value(0).toLongLong();
        s.requestId = q.value(1).toString();
        s.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        s.agent = q.value(3).toString();
        s.prompt = q.value(4).toString();
        s.reviewer = q.value(5).toString();
        s.outcome = q.value(6).toString();
        s.status = q.value(7).toString();
        s.severity = q.value(8).toString();
        s.policy = q.value(9).toString();
        s.policySha256 = q.value(10).toString();
        s.scenario = q.value(11).toString();
        s.agentRequestId = q.value(12).toString();
        s.endReason = q.value(13).toString();
        out.append(s);
    }
    return out;
}
} // namespace

QList<AuditTrail::Summary> AuditTrail::list(const Filter &f, QString *error) const
{
    QVariantList binds;
    QString sql = SummaryColumns + whereClause(f, &binds) + orderClause(f) + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << f.limit << f.offset;

    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    return summaries(q, error);
}

QList<AuditTrail::Summary> AuditTrail::requestsWithReference(
    const QString &agent, const QString &reference, int limit, qint64 *total) const
{
    // Exactly this agent, a nameless one included, unlike a listing's filter.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (total) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM requests WHERE agent_request_id = ? AND agent = ?"));
        q.addBindValue(reference);
        q.addBindValue(agent.isNull() ? QStringLiteral("") : agent);
        *total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    q.prepare(SummaryColumns + QStringLiteral(" WHERE agent_request_id = ? AND agent = ? ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(reference);
    q.addBindValue(agent.isNull() ? QStringLiteral("") : agent);
    q.addBindValue(limit);
    return summaries(q, nullptr);
}

qint64 AuditTrail::count(const Filter &f, QString *error) const
{
    QVariantList binds;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM requests") + whereClause(f, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = sqlError(q);
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<AuditTrail::Record> AuditTrail::storyOfRecord(qint64 seq) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT request_id FROM records WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec() || !q.next())
        return {};
    return story(q.value(0).toString());
}

QList<AuditTrail::Record> AuditTrail::story(const QString &requestIdOrSeq) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // A request id first (agents may choose all-digit ones), then a record number.
    QString requestId = requestIdOrSeq;
    bool isSeq = false;
    const qint64 seq = requestIdOrSeq.toLongLong(&isSeq);
    if (isSeq) {
        q.prepare(QStringLiteral("SELECT 1 FROM records WHERE request_id = ? LIMIT 1"));
        q.addBindValue(requestIdOrSeq);
        const bool isRequestId = q.exec() && q.next();
        if (!isRequestId) {
            q.prepare(QStringLiteral("SELECT request_id FROM records WHERE seq = ?"));
            q.addBindValue(seq);
            if (q.exec() && q.next())
                requestId = q.value(0).toString();
        }
    }
    q.prepare(QStringLiteral("SELECT seq, kind, request_id, run_id, at, body, prev_hash, hash FROM records"
                             " WHERE request_id = ? ORDER BY seq"));
    q.addBindValue(requestId);
    QList<Record> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Record r;
        r.seq = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.requestId = q.value(2).toString();
        r.runId = q.value(3).toString();
        r.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        r.body = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        r.prevHash = q.value(6).toString();
        r.hash = q.value(7).toString();
        out.append(r);
    }
    return out;
}

QList<AuditTrail::Undecided> AuditTrail::undecidedRequests(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // Keyed by the records' request_id, whatever kind of id it holds. Any
    // outcome, or anything that only follows one (a run, a release), ends
    // the wait.
    if (!q.exec(QStringLiteral(
            "SELECT r.seq, r.request_id, r.at, r.body,"
            " (SELECT v.body FROM records v WHERE v.request_id = r.request_id AND v.kind = 'verdicts'"
            "  AND v.seq > r.seq ORDER BY v.seq LIMIT 1)"
            " FROM records r WHERE r.kind = 'request'"
            " AND NOT EXISTS (SELECT 1 FROM records o WHERE o.request_id = r.request_id AND o.seq > r.seq"
            "  AND o.kind IN ('request', 'decision', 'blocked', 'withdrawn', 'malformed', 'run_started',"
            "  'run_finished', 'interrupted', 'artifact', 'release'))"
            " ORDER BY r.seq"))) {
        if (error)
            *error = sqlError(q);
        return {};
    }
    QList<Undecided> out;
    while (q.next()) {
        Undecided u;
        u.seq = q.value(0).toLongLong();
        u.requestId = q.value(1).toString();
        u.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        u.request = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        if (!u.request.value(QStringLiteral("scenario")).toString().isEmpty())
            continue; // training, never a real request waiting
        u.verdicts = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        out.append(u);
    }
    return out;
}

std::optional<QByteArray> AuditTrail::artifactContent(const QString &sha256) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT content FROM blobs WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return std::nullopt;
}

} // namespace Airlock
