// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "teamtrail.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

#include "headsigner.h"
#include "recordhash.h"
#include "recordkind.h"
#include "sha256.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::TeamTrail)
};

const QLatin1String Driver("QPSQL");
// Records sent in one transaction: small enough to keep a slow link's
// transaction short, large enough that round trips do not dominate.
constexpr int ShipBatch = 200;

QString sqlError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    // The server's own message says what was refused and why; its level
    // and error code say nothing more to a person.
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return text;
}

// A record's hashed columns as PostgreSQL gives them back: the UTF-8 bytes.
const QLatin1String StoredColumns(
    "convert_to(kind, 'UTF8'), convert_to(request_id, 'UTF8'), convert_to(run_id, 'UTF8'), convert_to(at, 'UTF8'),"
    " convert_to(agent, 'UTF8'), convert_to(reviewer, 'UTF8'), convert_to(status, 'UTF8'), body, prev_hash, hash");
} // namespace

bool TeamTrail::isTeamTrail(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString TeamTrail::displayLocation(const QString &location)
{
    QUrl url(location);
    if (!url.isValid())
        return location;
    url.setPassword(QString());
    return url.toString();
}

bool TeamTrail::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(Driver);
}

std::unique_ptr<TeamTrail> TeamTrail::connect(const QString &location, QString *error)
{
    // postgresql://[user[:password]@][host][:port][/database][?host=/socket/folder&…],
    // as libpq writes it; anything else libpq knows goes in the query
    // (sslmode, connect_timeout, …) and a password may come from
    // PGPASSWORD or ~/.pgpass as libpq finds it.
    const QUrl url(location, QUrl::StrictMode);
    if (!isTeamTrail(location) || !url.isValid()) {
        *error = Tr::tr("%1 is not a PostgreSQL connection (postgresql://user@host/database)")
                     .arg(displayLocation(location));
        return nullptr;
    }
    if (!driverAvailable()) {
        *error = Tr::tr("Qt's PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)");
        return nullptr;
    }
    std::unique_ptr<TeamTrail> trail(new TeamTrail);
    trail->m_location = location;
    trail->m_connection = QStringLiteral("airlock-team-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(Driver, trail->m_connection);
    QUrlQuery query(url);
    QString host = url.host();
    if (query.hasQueryItem(QStringLiteral("host"))) {
        host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        query.removeAllQueryItems(QStringLiteral("host"));
    }
    if (!host.isEmpty())
        db.setHostName(host);
    if (url.port() > 0)
        db.setPort(url.port());
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    const QString database = url.path().mid(1);
    db.setDatabaseName(database.isEmpty() ? QStringLiteral("airlock") : database);
    // Unreachable is found out in seconds, not minutes: the workbench then
    // keeps records in its own trail and ships them later.
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=airlock")};
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("connect_timeout") || key == QLatin1String("application_name"))
            options.removeIf([&key](const QString &o) { return o.startsWith(key + QLatin1Char('=')); });
        options << key + QLatin1Char('=') + value;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = Tr::tr("cannot reach the team trail %1: %2")
                     .arg(displayLocation(location), db.lastError().databaseText().trimmed());
        return nullptr;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM airlock.meta WHERE key = 'format'"))) {
        // A writer cannot read meta: it has the functions instead.
        if (!q.exec(QStringLiteral("SELECT to_regprocedure('airlock.chain_head(text)') IS NOT NULL")) || !q.next()
            || !q.value(0).toBool()) {
            *error = Tr::tr("%1 has no team trail: run resources/postgresql/team-trail.sql in it first")
                         .arg(displayLocation(location));
            return nullptr;
        }
    } else if (q.next() && q.value(0).toString() != QLatin1String("airlock.team-trail/v1")) {
        *error = Tr::tr("%1 holds a team trail of format %2, which this Airlock does not read")
                     .arg(displayLocation(location), q.value(0).toString());
        return nullptr;
    }
    return trail;
}

TeamTrail::~TeamTrail()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::optional<TeamTrail::Shipment> TeamTrail::ship(const AuditTrail &local, const HeadSigner &signer,
    const QString &analyst, const QString &machine, QString *error,
    const std::function<void(qint64, qint64)> &progress)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    Shipment s;
    s.chainId = local.chainId(error);
    if (s.chainId.isEmpty())
        return std::nullopt;
    q.prepare(QStringLiteral("SELECT airlock.register_chain(?, ?, ?, ?)"));
    q.addBindValue(s.chainId);
    q.addBindValue(analyst.isEmpty() ? QStringLiteral("unknown") : analyst);
    q.addBindValue(machine.isEmpty() ? QStringLiteral("unknown") : machine);
    q.addBindValue(signer.publicKey());
    if (!q.exec()) {
        *error = Tr::tr("the team trail refused this workbench's chain: %1").arg(sqlError(q));
        return std::nullopt;
    }
    q.prepare(QStringLiteral("SELECT seq, hash FROM airlock.chain_head(?)"));
    q.addBindValue(s.chainId);
    if (!q.exec() || !q.next()) {
        *error = Tr::tr("cannot read where this chain ends in the team trail: %1").arg(sqlError(q));
        return std::nullopt;
    }
    qint64 head = q.value(0).toLongLong();
    const QString headHash = q.value(1).toString();
    const qint64 localLast = local.lastSeq();
    // What the server holds must still be what the local trail holds: a
    // local trail rewritten or cut after shipping is not shipped over.
    if (head > localLast) {
        *error = Tr::tr("the team trail holds %1 records of this chain, the local trail %2: records were removed "
                        "from %3 after they were shipped; nothing was shipped")
                     .arg(head)
                     .arg(localLast)
                     .arg(local.path());
        return std::nullopt;
    }
    if (head > 0 && local.storedHash(head) != headHash) {
        *error = Tr::tr("record %1 of %2 differs from the one the team trail already holds: the local trail was "
                        "rewritten after it was shipped; nothing was shipped")
                     .arg(head)
                     .arg(local.path());
        return std::nullopt;
    }
    const qint64 total = localLast - head;
    while (head < localLast) {
        const QList<AuditTrail::Stored> batch = local.storedRecords(head, ShipBatch, error);
        if (batch.isEmpty())
            return std::nullopt;
        if (!db.transaction()) {
            *error = Tr::tr("cannot start shipping to the team trail: %1").arg(db.lastError().text());
            return std::nullopt;
        }
        for (const AuditTrail::Stored &r : batch) {
            if (r.content) {
                q.prepare(QStringLiteral("SELECT airlock.store_blob(?, ?)"));
                q.addBindValue(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("sha256")).toString());
                q.addBindValue(*r.content);
                if (!q.exec()) {
                    *error = Tr::tr("the team trail refused the content of record %1: %2").arg(r.seq).arg(sqlError(q));
                    db.rollback();
                    return std::nullopt;
                }
            }
            // The text goes as the UTF-8 that was hashed (the local trail
            // stores no text that would not come back the same).
            q.prepare(QStringLiteral(
                "INSERT INTO airlock.records (chain_id, seq, kind, request_id, run_id, at, agent, reviewer, status,"
                " body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(s.chainId);
            q.addBindValue(r.seq);
            for (const QByteArray &column : r.columns)
                q.addBindValue(QString::fromUtf8(column));
            q.addBindValue(r.body);
            q.addBindValue(r.prevHash);
            q.addBindValue(r.hash);
            if (!q.exec()) {
                *error = Tr::tr("the team trail refused record %1: %2").arg(r.seq).arg(sqlError(q));
                db.rollback();
                return std::nullopt;
            }
        }
        if (!db.commit()) {
            *error = Tr::tr("the team trail did not take records %1 to %2: %3")
                         .arg(batch.first().seq)
                         .arg(batch.last().seq)
                         .arg(db.lastError().databaseText().trimmed());
            db.rollback();
            return std::nullopt;
        }
        head = batch.last().seq;
        s.shipped += batch.size();
        if (progress)
            progress(s.shipped, total);
    }
    s.onServer = head;
    s.waiting = local.lastSeq() - head;
    // The head, signed and published: from now on, a local trail rewritten
    // up to here is found, whatever its head file says.
    if (head > 0) {
        const QString hash = local.storedHash(head).value_or(QString());
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        q.prepare(QStringLiteral("SELECT airlock.publish_head(?, ?, ?, ?, ?)"));
        q.addBindValue(s.chainId);
        q.addBindValue(head);
        q.addBindValue(hash);
        q.addBindValue(at);
        q.addBindValue(signer.sign(HeadSigner::headMessage(s.chainId, head, hash, at)));
        if (!q.exec()) {
            *error = Tr::tr("the records were shipped, but the team trail refused their signed head: %1").arg(sqlError(q));
            return std::nullopt;
        }
    }
    return s;
}

QList<TeamTrail::Chain> TeamTrail::chains(QString *error) const
{
    QList<Chain> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral(
            "SELECT c.chain_id, c.owner, c.analyst, c.machine, c.registered,"
            " (SELECT coalesce(max(r.seq), 0) FROM airlock.records r WHERE r.chain_id = c.chain_id)"
            " FROM airlock.chains c ORDER BY c.analyst, c.machine, c.registered"))) {
        *error = Tr::tr("cannot list the team trail's chains: %1").arg(sqlError(q));
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toDateTime(), q.value(5).toLongLong()});
    return out;
}

QList<TeamTrail::Request> TeamTrail::requests(const Filter &f, QString *error) const
{
    QList<Request> out;
    // The page first, by the server's arrival order and the filters alone,
    // then what each of its requests became: rows skipped by the offset
    // are never looked into.
    QString requestsOf = QStringLiteral("SELECT r.id FROM airlock.records r WHERE r.kind IN ('request', 'malformed')");
    QVariantList binds;
    if (!f.agent.isEmpty()) {
        requestsOf += QStringLiteral(" AND r.agent = ?");
        binds << f.agent;
    }
    if (!f.search.isEmpty()) {
        // One phrase, as the workbench's own trail searches: what the
        // reviewer typed is words, never query syntax.
        requestsOf += QStringLiteral(" AND r.kind = 'request' AND r.search @@ airlock.search_query(?)");
        binds << f.search;
    }
    QString page;
    if (f.analyst.isEmpty() && f.machine.isEmpty()) {
        page = requestsOf + QStringLiteral(" ORDER BY r.id DESC LIMIT ? OFFSET ?");
        binds << f.limit << f.offset;
    } else {
        // Newest first in each chain of the analyst or machine, then
        // together: a chain whose records are old is not found by reading
        // everyone's newer ones.
        page = QStringLiteral("SELECT p.id FROM airlock.chains c CROSS JOIN LATERAL (") + requestsOf
            + QStringLiteral(" AND r.chain_id = c.chain_id ORDER BY r.id DESC LIMIT ?) p WHERE true");
        binds << qint64(f.limit) + f.offset;
        if (!f.analyst.isEmpty()) {
            page += QStringLiteral(" AND c.analyst = ?");
            binds << f.analyst;
        }
        if (!f.machine.isEmpty()) {
            page += QStringLiteral(" AND c.machine = ?");
            binds << f.machine;
        }
        page += QStringLiteral(" ORDER BY p.id DESC LIMIT ? OFFSET ?");
        binds << f.limit << f.offset;
    }
    const QString sql = QStringLiteral(
        "WITH page AS (") + page + QStringLiteral(") "
        "SELECT r.id, r.request_id, r.at, r.agent, r.kind, c.chain_id, r.seq, c.analyst, c.machine,"
        " convert_from(r.body, 'UTF8')::jsonb,"
        " (SELECT d.status FROM airlock.records d WHERE d.request_id = r.request_id AND d.chain_id = r.chain_id"
        "   AND d.kind IN ('decision', 'blocked', 'withdrawn') ORDER BY d.seq DESC LIMIT 1),"
        " (SELECT d.reviewer FROM airlock.records d WHERE d.request_id = r.request_id AND d.chain_id = r.chain_id"
        "   AND d.kind = 'decision' ORDER BY d.seq DESC LIMIT 1),"
        " (SELECT d.status FROM airlock.records d WHERE d.request_id = r.request_id AND d.chain_id = r.chain_id"
        "   AND d.kind IN ('run_finished', 'interrupted') ORDER BY d.seq DESC LIMIT 1)"
        " FROM page JOIN airlock.records r ON r.id = page.id JOIN airlock.chains c ON c.chain_id = r.chain_id"
        " ORDER BY r.id DESC");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        *error = Tr::tr("cannot list the team trail: %1").arg(sqlError(q));
        return out;
    }
    while (q.next()) {
        Request r;
        const QJsonObject body = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        r.summary.seq = q.value(0).toLongLong();
        r.summary.requestId = q.value(1).toString();
        r.summary.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        r.summary.agent = q.value(3).toString();
        r.summary.prompt = body.value(QStringLiteral("prompt")).toString();
        r.summary.agentRequestId = body.value(QStringLiteral("agent_request_id")).toString();
        r.summary.scenario = body.value(QStringLiteral("scenario")).toString();
        r.summary.outcome = q.value(4).toString() == RecordKind::Malformed ? RecordKind::Malformed : q.value(10).toString();
        r.summary.reviewer = q.value(11).toString();
        r.summary.status = q.value(12).toString();
        r.chainId = q.value(5).toString();
        r.chainSeq = q.value(6).toLongLong();
        r.analyst = q.value(7).toString();
        r.machine = q.value(8).toString();
        out.append(r);
    }
    return out;
}

QList<AuditTrail::Record> TeamTrail::story(const QString &requestId, QString *error) const
{
    QList<AuditTrail::Record> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT seq, kind, request_id, run_id, at, body, prev_hash, hash FROM airlock.records"
                             " WHERE request_id = ? ORDER BY chain_id, seq"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        *error = Tr::tr("cannot read the team trail: %1").arg(sqlError(q));
        return out;
    }
    while (q.next()) {
        AuditTrail::Record r;
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

std::optional<QByteArray> TeamTrail::artifactContent(const QString &sha256) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT content FROM airlock.blobs WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return std::nullopt;
}

AuditTrail::Verification TeamTrail::verify(
    const QString &chainId, const std::function<void(qint64, qint64)> &progress) const
{
    AuditTrail::Verification v;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM airlock.records WHERE chain_id = ?"));
    q.addBindValue(chainId);
    const qint64 total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    // One pass in the chain's order, through a cursor: a million records
    // never sit in memory at once.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, ") + StoredColumns
        + QStringLiteral(", CASE WHEN kind = 'artifact' THEN (SELECT b.content FROM airlock.blobs b"
                         " WHERE b.sha256 = convert_from(r.body, 'UTF8')::jsonb->>'sha256') END"
                         " FROM airlock.records r WHERE chain_id = ? ORDER BY seq"));
    q.addBindValue(chainId);
    if (!q.exec()) {
        v.problem = Tr::tr("cannot read the records: %1").arg(sqlError(q));
        return v;
    }
    auto bad = [&v](qint64 seq, const QString &problem) {
        if (!v.problems.isEmpty() && v.problems.last().seq == seq) {
            v.problems.last().problem += QLatin1String("; ") + problem;
            return;
        }
        ++v.badRecords;
        if (v.problems.size() < AuditTrail::Verification::MaxListed)
            v.problems.append({seq, problem});
    };
    qint64 expected = 1;
    QString previousHash = RecordHash::Genesis;
    QHash<qint64, QString> hashes; // every record's, for the published heads
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        RecordHash::Columns columns;
        for (int i = 0; i < RecordHash::TextColumns; ++i)
            columns[i] = q.value(1 + i).toByteArray();
        const QByteArray body = q.value(8).toByteArray();
        const QString prev = q.value(9).toString();
        const QString stored = q.value(10).toString();
        const bool afterGap = seq != expected;
        if (afterGap)
            bad(expected, Tr::tr("records %1 to %2 are missing: deleted").arg(expected).arg(seq - 1));
        if (RecordHash::of(prev, columns, body) != stored)
            bad(seq, Tr::tr("record %1 was edited: its content no longer matches its hash").arg(seq));
        if (!afterGap && prev != previousHash)
            bad(seq,
                Tr::tr("record %1 does not follow the one before it: the chain was rewritten or a record replaced")
                    .arg(seq));
        if (columns[0] == "artifact") {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            if (q.value(11).isNull() || sha256Hex(q.value(11).toByteArray()) != o.value(QStringLiteral("sha256")).toString())
                bad(seq, Tr::tr("record %1: the artifact's stored content is missing or altered").arg(seq));
        }
        previousHash = stored;
        hashes.insert(seq, stored);
        expected = seq + 1;
        v.lastSeq = seq;
        v.lastHash = stored;
        ++v.records;
        if (progress && (v.records % 10000) == 0)
            progress(v.records, total);
    }
    if (q.lastError().isValid()) {
        v.problem = Tr::tr("cannot read the records: %1").arg(sqlError(q));
        return v;
    }
    if (progress)
        progress(v.records, total);
    checkHeads(
        chainId,
        [&hashes](qint64 seq) { return hashes.contains(seq) ? std::optional<QString>(hashes.value(seq)) : std::nullopt; },
        v.lastSeq, &v);
    return v;
}

void TeamTrail::checkPublishedHeads(const AuditTrail &local, AuditTrail::Verification *v) const
{
    QString error;
    const QString chainId = local.chainId(&error);
    if (chainId.isEmpty()) {
        v->problem = error;
        v->intact = false;
        return;
    }
    checkHeads(chainId, [&local](qint64 seq) { return local.storedHash(seq); }, local.lastSeq(), v);
}

void TeamTrail::checkHeads(const QString &chainId, const std::function<std::optional<QString>(qint64)> &hashAt,
    qint64 lastSeq, AuditTrail::Verification *v) const
{
    auto bad = [v](qint64 seq, const QString &problem) {
        ++v->badRecords;
        if (v->problems.size() < AuditTrail::Verification::MaxListed) {
            auto it = std::lower_bound(v->problems.begin(), v->problems.end(), seq,
                [](const AuditTrail::Verification::Problem &p, qint64 s) { return p.seq < s; });
            v->problems.insert(it, {seq, problem});
        }
    };
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT public_key, seq, hash, signed_at, signature FROM airlock.published_heads(?)"));
    q.addBindValue(chainId);
    if (!q.exec()) {
        bad(0, Tr::tr("the team trail's published heads cannot be read: %1").arg(sqlError(q)));
    } else {
        while (q.next()) {
            if (q.isNull(1))
                break; // a chain with no head published yet
            const QString key = q.value(0).toString();
            const qint64 seq = q.value(1).toLongLong();
            const QString hash = q.value(2).toString();
            const QString at = q.value(3).toString();
            if (!HeadSigner::verify(key, HeadSigner::headMessage(chainId, seq, hash, at), q.value(4).toString())) {
                bad(seq, Tr::tr("the head published for record %1 at %2 is not signed with the chain's key").arg(seq).arg(at));
                continue;
            }
            v->publishedHead = qMax(v->publishedHead, seq);
            if (seq > lastSeq)
                bad(lastSeq + 1,
                    Tr::tr("the chain ends at record %1, but a signed head was published for record %2 at %3: "
                           "records were removed after it")
                        .arg(lastSeq)
                        .arg(seq)
                        .arg(at));
            else if (hashAt(seq) != hash)
                bad(seq,
                    Tr::tr("record %1 is not the one whose head was signed and published at %2: the chain was "
                           "rewritten after it")
                        .arg(seq)
                        .arg(at));
        }
    }
    v->intact = v->badRecords == 0 && v->problem.isEmpty();
    if (!v->problems.isEmpty()) {
        v->firstBad = v->problems.constFirst().seq;
        v->problem = v->problems.constFirst().problem;
    }
}

} // namespace Airlock
