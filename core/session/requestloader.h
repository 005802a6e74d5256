// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QCoreApplication>

#include <memory>
#include <optional>

#include "audittrail.h"
#include "policy.h"
#include "request.h"

namespace Airlock {

class PreparedRun;

/**
 * The first step of a request's way: reading it and staging its inputs,
 * from a file, from what an agent sent, or back from the audit trail. Each
 * runs on a worker thread and touches nothing but its arguments.
 */
class RequestLoader
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::RequestLoader)
public:
    /// What the worker hands back: the parsed request and its staging.
    struct Loaded
    {
        std::optional<Request> request;
        Request::Error parseError;
        QByteArray raw;
        std::shared_ptr<PreparedRun> prepared;
        QString prepareError;
        QString restoreProblem; ///< read back from the trail: why it cannot be approved
    };

    /// The most an agent may send as one request, as for a request file.
    static constexpr qsizetype MaxAgentDocumentBytes = 16 * 1024 * 1024;

    /// A request file; with @p inbox, one dropped into the watched inbox
    /// folder. Private copies of the inputs are kept beside the trail
    /// @p keptFor until decided (none when empty).
    static std::shared_ptr<Loaded> fromFile(
        const QString &path, bool inbox, const Policy &policy, const QString &keptFor);
    /// What an agent sent over @p channel ("socket", "mcp").
    static std::shared_ptr<Loaded> fromAgent(
        const QByteArray &document, const QString &channel, const Policy &policy, const QString &keptFor);
    /// A request the trail @p trail holds without an outcome, with the
    /// verdicts and inputs recorded for it; restoreProblem says why it can
    /// only be rejected, if it can.
    static std::shared_ptr<Loaded> fromTrail(
        const AuditTrail::Undecided &recorded, const Policy &policy, const QString &trail, const QString &channel);

private:
    /// Where an agent's relative paths are taken from.
    static QString agentBase(const Policy &policy);
    static void prepare(Loaded &out, const Policy &policy, const QString &keptFor);
};

} // namespace Airlock
