// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

#include "audittrail.h"

namespace Airlock {

/**
 * A team's trail on PostgreSQL (the schema of resources/postgresql/
 * team-trail.sql): the chains of many workbenches in one database, each
 * chain the records of one workbench's own SQLite trail, byte for byte,
 * with their sequence numbers and hashes.
 *
 * Offline first: a workbench always records into its SQLite trail, which
 * is durable at once, and ships what the server lacks, in order, when it
 * can (ship()). The server takes a record only as the next link of the
 * writer's own chain and recomputes its hash, so a record is shipped
 * exactly once, whatever fails on the way, and no writer can touch
 * another's chain or change what it shipped.
 *
 * A reviewer reads every chain: chains(), requests(), story(), verify().
 * verify() recomputes every hash itself, trusting the server for nothing.
 *
 * One object per thread: it owns its database connection (Qt's QPSQL).
 */
class TeamTrail
{
public:
    /// Whether @p location names a team trail (postgresql:// or postgres://)
    /// rather than a SQLite file.
    static bool isTeamTrail(const QString &location);
    /// @p location without its password, for messages and the status bar.
    static QString displayLocation(const QString &location);
    /// Whether this build and system can reach PostgreSQL at all (Qt's
    /// PostgreSQL driver is installed).
    static bool driverAvailable();

    static std::unique_ptr<TeamTrail> connect(const QString &location, QString *error);
    ~TeamTrail();
    TeamTrail(const TeamTrail &) = delete;
    TeamTrail &operator=(const TeamTrail &) = delete;

    QString location() const { return displayLocation(m_location); }

    /// What one ship() did.
    struct Shipment
    {
        QString chainId;
        qint64 shipped = 0; ///< records sent now
        qint64 onServer = 0; ///< the chain's last record on the server
        qint64 waiting = 0; ///< records of the local trail the server still lacks
    };
    /// Sends the records of @p local that the server lacks, oldest first,
    /// registering its chain for @p analyst on @p machine the first time.
    /// Refuses (and says so) when the local trail no longer holds what the
    /// server already has: a local trail rewritten or cut after shipping.
    /// After shipping, the chain's head is signed with @p signer and
    /// published; the chain is registered with the signer's key.
    std::optional<Shipment> ship(const AuditTrail &local, const class HeadSigner &signer, const QString &analyst,
        const QString &machine, QString *error, const std::function<void(qint64 done, qint64 total)> &progress = {});

    /// One workbench's chain, as a reviewer sees it.
    struct Chain
    {
        QString chainId;
        QString owner; ///< the database role that ships it
        QString analyst;
        QString machine;
        QDateTime registered;
        qint64 records = 0;
    };
    QList<Chain> chains(QString *error) const;

    /// A request in the team trail, with the chain it is in.
    struct Request
    {
        AuditTrail::Summary summary; ///< its seq is the server's arrival order, across chains
        QString chainId;
        qint64 chainSeq = 0; ///< the request record's sequence number in its chain
        QString analyst;
        QString machine;
    };
    struct Filter
    {
        QString analyst;
        QString machine;
        QString agent;
        QString search; ///< words (one phrase) in the prompt and the code
        int limit = 100;
        int offset = 0;
    };
    /// Newest first.
    QList<Request> requests(const Filter &filter, QString *error) const;
    /// Every record of a request (by Airlock's request id), in its chain's order.
    QList<AuditTrail::Record> story(const QString &requestId, QString *error) const;

    /// An artifact's content, by its SHA-256.
    std::optional<QByteArray> artifactContent(const QString &sha256) const;

    /// Checks one chain: every record's hash (recomputed here), every link,
    /// no gap, every artifact's content against its hash, and every head
    /// published for it: signed with the chain's key, and still matching.
    AuditTrail::Verification verify(
        const QString &chainId, const std::function<void(qint64 done, qint64 total)> &progress = {}) const;
    /// Checks a workbench's own trail against the heads it published: a
    /// local trail rewritten (or cut) after a head went out is found, even
    /// with its head file rewritten to match. Adds to @p verification.
    void checkPublishedHeads(const AuditTrail &local, AuditTrail::Verification *verification) const;

private:
    TeamTrail() = default;
    /// Checks @p chainId's published heads against the hashes @p hashAt
    /// gives, the chain ending at @p lastSeq; problems go into @p v.
    void checkHeads(const QString &chainId, const std::function<std::optional<QString>(qint64 seq)> &hashAt,
        qint64 lastSeq, AuditTrail::Verification *v) const;
    QString m_location;
    QString m_connection;
};

} // namespace Airlock
