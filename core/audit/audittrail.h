// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "recordhash.h"

class QSqlQuery;

namespace Airlock {

/**
 * The audit trail (SPEC §5): one SQLite file of records that are appended and
 * never changed. Each record carries the hash of the one before it; the
 * latest (sequence, hash) is also kept beside the database in a sidecar
 * file, so an edit, a deletion, a reordering, a cut-off tail or a rewritten
 * chain is found by verify() and named.
 *
 * Writes are serialised across processes (BEGIN IMMEDIATE, busy timeout) and
 * durable when append() returns (WAL, synchronous=FULL): what was
 * acknowledged survives a crash, and a record is never half-written.
 *
 * One object per thread: it owns its own database connection.
 */
class AuditTrail
{
public:
    static constexpr int SchemaVersion = 3;

    enum class Mode {
        ReadWrite,
        /// Opens SQLite read-only and never writes a byte, sidecar included.
        ReadOnly,
        /// Read-only on a trail another connection is writing (the
        /// workbench's own): SQLite's shared read-only mode, which follows
        /// the write-ahead log; the trail itself is never written.
        ReadOnlyLive,
    };

    struct Record
    {
        qint64 seq = 0;
        QString
            kind; ///< request, malformed, verdicts, decision, blocked, run_started, run_finished, artifact, interrupted
        QString requestId;
        QString runId;
        QDateTime at;
        QJsonObject body;
        QString prevHash;
        QString hash;
        QJsonObject toJson() const;
    };

    /// One request's line in a listing.
    struct Summary
    {
        qint64 seq = 0;
        QString requestId; ///< Airlock's id
        QString agentRequestId; ///< the agent's own reference (its request_id); empty when none
        QDateTime at;
        QString agent;
        QString prompt;
        QString reviewer;
        QString outcome; ///< decision: approved, rejected, overridden; or blocked, malformed
        QString status; ///< of the latest run, if any
        QString endReason; ///< why the latest recorded run ended (stopped, withdrawn, …), if any
        QString severity; ///< the worst verdict: info, warn, block; empty when none
        QString policy; ///< the policy's name
        QString policySha256;
        QString scenario; ///< the trainer scenario it came from; empty for real requests
        QJsonObject toJson() const;
    };

    struct Filter
    {
        enum class Sort {
            Seq, ///< arrival order
            At,
            Agent,
            AgentReference,
            Prompt,
            Reviewer,
            Outcome,
            Status,
            Severity,
            Policy,
        };
        QDateTime since;
        QDateTime until;
        QString agent;
        QString agentReference; ///< the agent's own request_id
        QString reviewer;
        QString status; ///< run status, or blocked/rejected/malformed
        QString outcome; ///< the decision only: approved, rejected, overridden, blocked, malformed
        QString severity; ///< the worst verdict: info, warn, block
        QString policy; ///< a policy's name or SHA-256
        QString input; ///< an input's file name or SHA-256
        QString search; ///< full text over prompt and code
        enum class Scenarios {
            Exclude, ///< real requests only
            Include,
            Only,
        };
        Scenarios scenarios = Scenarios::Exclude;
        Sort sort = Sort::Seq;
        bool ascending = false;
        int limit = 100;
        int offset = 0;
    };
    /// What verify() found: every bad record, not only the first, so that
    /// one fault never hides another.
    struct Verification
    {
        struct Problem
        {
            qint64 seq = 0;
            QString problem;
        };
        /// The most problems listed; more are counted, not listed.
        static constexpr qsizetype MaxListed = 100000;

        bool intact = false;
        qint64 records = 0; ///< records read
        qint64 fromSeq = 1; ///< the first record this verification read; 1 unless it went on from an anchor
        qint64 lastSeq = 0; ///< the last record read
        QString lastHash; ///< its stored hash: where a later verification can go on from
        qint64 firstBad = 0; ///< sequence number of the first bad record; 0 when intact
        QString problem; ///< edited, missing, reordered, truncated, head mismatch, artifact: what is wrong
        qint64 badRecords = 0; ///< how many records are bad
        QList<Problem> problems; ///< each bad record and what is wrong with it, in order
        /// The last record whose signed head a team trail holds and that
        /// still matches it; 0 when none was checked (TeamTrail).
        qint64 publishedHead = 0;
        QJsonObject toJson() const;
    };

    /// The SQLite library in use (for Help > About).
    static QString sqliteVersion();
    /// The per-user trail both the workbench and airlockctl use by default.
    static QString defaultPath();

    static std::unique_ptr<AuditTrail> open(const QString &path, Mode mode, QString *error);
    ~AuditTrail();

    AuditTrail(const AuditTrail &) = delete;
    AuditTrail &operator=(const AuditTrail &) = delete;

    QString path() const { return m_path; }
    QString sidecarPath() const { return m_path + QStringLiteral(".head"); }
    /// The trail's files and folder that other accounts could read or write,
    /// one translated line each; empty when the trail is private.
    QStringList exposure() const;

    /// Appends one record (and, for artifacts, their content) atomically.
    std::optional<Record> append(
        const QString &kind, const QString &requestId, const QString &runId, const QJsonObject &body, QString *error);
    /// Stores content by its hash (idempotent) and appends an artifact record
    /// naming it, in one transaction.
    std::optional<Record> appendArtifact(const QString &requestId, const QString &runId, const QJsonObject &body,
        const QByteArray &content, QString *error);

    struct Pending
    {
        QString kind;
        QString requestId;
        QString runId;
        QJsonObject body;
        /// An artifact's bytes, stored by the body's sha256.
        std::optional<QByteArray> content = std::nullopt;
    };
    /// Appends the records of one step (a request and its verdicts; a run's
    /// files and its end) in one transaction: all of them or none. Returns
    /// the last one.
    std::optional<Record> appendAll(const QList<Pending> &records, QString *error);
    /// As appendAll(), for imports and benchmarks: how many were appended.
    qint64 appendMany(const QList<Pending> &records, QString *error);

    /// A record verified before, by its sequence number and stored hash.
    struct Anchor
    {
        qint64 seq = 0;
        QString hash;
    };
    /// Checks every record's hash, the chain and the head kept beside the
    /// trail. From an @p anchor, only the records after it are read: they
    /// must chain onto it, and it must still carry the hash it had (what
    /// lies before it is as the earlier verification found it, unless the
    /// trail was rewritten from there on, which only a full verification
    /// can tell).
    Verification verify(const std::function<void(qint64 done, qint64 total)> &progress = {}) const;
    Verification verify(const std::function<void(qint64 done, qint64 total)> &progress, const Anchor &anchor) const;
    QList<Summary> list(const Filter &filter, QString *error = nullptr) const;
    /// How many requests match @p filter (its limit and offset aside).
    qint64 count(const Filter &filter, QString *error = nullptr) const;
    /// The earlier requests that @p agent sent with the agent reference
    /// @p reference, newest first, at most @p limit; @p total counts all.
    QList<Summary> requestsWithReference(
        const QString &agent, const QString &reference, int limit, qint64 *total = nullptr) const;
    /// Every record of one request (or of the record with that sequence number).
    QList<Record> story(const QString &requestIdOrSeq) const;
    /// Every record of the request that record @p seq belongs to.
    QList<Record> storyOfRecord(qint64 seq) const;

    /// A request recorded without an outcome: what the workbench puts back
    /// in its inbox when it starts.
    struct Undecided
    {
        qint64 seq = 0; ///< of its request record
        QString requestId;
        QDateTime at;
        QJsonObject request; ///< the request record's body
        QJsonObject verdicts; ///< the body of its verdicts record; empty when none was written
    };
    /// Requests recorded and never decided, blocked or withdrawn, oldest
    /// first, trainer scenarios left out. A request id recorded more than
    /// once counts from its latest request record on.
    QList<Undecided> undecidedRequests(QString *error = nullptr) const;
    std::optional<QByteArray> artifactContent(const QString &sha256) const;
    qint64 lastSeq() const;
    /// Record @p seq's stored hash; none when there is no such record.
    std::optional<QString> storedHash(qint64 seq) const;

    /// A record as stored: the very bytes its hash covers, which is what a
    /// team trail receives (TeamTrail::ship).
    struct Stored
    {
        qint64 seq = 0;
        RecordHash::Columns columns; ///< kind, request_id, run_id, at, agent, reviewer, status
        QByteArray body;
        QString prevHash;
        QString hash;
        /// An artifact record's content, by the body's sha256.
        std::optional<QByteArray> content;
    };
    /// The records after @p afterSeq, in order, at most @p limit.
    QList<Stored> storedRecords(qint64 afterSeq, int limit, QString *error) const;
    /// This trail's chain in a team trail: an id made when first asked for
    /// and kept in the trail; empty (with @p error) on a read-only trail
    /// that has none.
    QString chainId(QString *error) const;

private:
    AuditTrail() = default;
    bool migrate(QString *error);
    bool markInterruptedRuns(QString *error);
    static bool createIndexTables(QSqlQuery &q, const QString &schema, QString *error);
    /// Rebuilds the derived request tables from the records.
    bool rebuildIndex(QString *error);
    bool writeSidecar(qint64 seq, const QString &hash, QString *error);
    /// Starts the one write transaction at a time, across processes.
    bool beginWrite(QSqlQuery &q, QString *error);
    /// One record (and for artifacts, its content) in its own transaction.
    std::optional<Record> appendRecord(const QString &kind, const QString &requestId, const QString &runId,
        const QJsonObject &body, const QByteArray *content, QString *error);
    std::optional<Record> appendLocked(
        const QString &kind, const QString &requestId, const QString &runId, const QJsonObject &body, QString *error);

    QString m_path;
    QString m_connection;
    Mode m_mode = Mode::ReadWrite;
};

} // namespace Airlock
Q_DECLARE_METATYPE(Airlock::AuditTrail::Verification)
