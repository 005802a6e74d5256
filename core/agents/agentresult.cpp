// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "agentresult.h"

#include <QJsonArray>

#include "requestsession.h"
#include "sha256.h"

namespace Airlock {

QJsonObject AgentResult::of(const RequestSession &session)
{
    using State = RequestSession::State;
    using Release = RequestSession::Release;
    const std::optional<RunResult> &run = session.result();
    const Request *request = session.request();
    const std::optional<Decision> decision = session.decision();
    // Other requests, and other people's earlier decisions, stay here.
    QJsonArray verdictArray;
    for (const Verdict &v : session.verdicts()) {
        if (v.rule != QLatin1String("request.decided-before") && v.rule != QLatin1String("request.reference-seen"))
            verdictArray.append(v.toJson());
    }
    // What a result that carries nothing the run made looks like.
    const auto withoutOutputs = [](QJsonObject o) {
        for (const char *key : {"stdout", "stderr"})
            o.insert(QLatin1String(key), QString());
        o.insert(QStringLiteral("stdout_truncated"), false);
        o.insert(QStringLiteral("stderr_truncated"), false);
        o.insert(QStringLiteral("artifacts"), QJsonArray());
        o.insert(QStringLiteral("exit_code"), QJsonValue());
        o.insert(QStringLiteral("events"),
            QJsonObject{{QStringLiteral("files_opened"), QJsonArray()},
                {QStringLiteral("network_attempts"), QJsonArray()}, {QStringLiteral("subprocesses"), QJsonArray()}});
        return o;
    };
    if (!run || session.state() == State::Withdrawn) {
        QJsonObject o = withoutOutputs({{QStringLiteral("request_id"),
                                            request ? QJsonValue(request->requestId()) : QJsonValue()},
            {QStringLiteral("agent_request_id"),
                request && !request->agentReference().isEmpty() ? QJsonValue(request->agentReference())
                                                                    : QJsonValue()},
            {QStringLiteral("run_id"), QJsonValue()}, {QStringLiteral("verdicts"), verdictArray},
            {QStringLiteral("decision"), decision && !session.isDeciding() ? QJsonValue(decision->toJson()) : QJsonValue()},
            {QStringLiteral("duration_ms"), 0}, {QStringLiteral("policy"), session.policy().identity()}});
        QString status;
        switch (session.state()) {
        case State::Malformed:
            status = QStringLiteral("malformed");
            break;
        case State::Rejected:
            // The policy blocked it and the analyst did not override.
            status = session.blocked() ? QStringLiteral("blocked") : QStringLiteral("rejected");
            break;
        case State::Withdrawn:
            status = QStringLiteral("withdrawn");
            break;
        case State::Failed:
            status = QStringLiteral("failed");
            break;
        default:
            status = QStringLiteral("pending");
            o.insert(QStringLiteral("state"), RequestSession::stateId(session.state()));
            break;
        }
        o.insert(QStringLiteral("status"), status);
        if (!session.error().isEmpty() && session.state() != State::Rejected)
            o.insert(QStringLiteral("message"), session.error());
        if (session.state() == State::Rejected && decision)
            o.insert(QStringLiteral("message"), decision->reason);
        return o;
    }
    QJsonObject o = run->toJson();
    o.insert(QStringLiteral("verdicts"), verdictArray);
    // An end the trail could not take is withheld by Airlock itself.
    const bool unrecorded = !run->recordError.isEmpty();
    QJsonObject release{{QStringLiteral("by"), unrecorded ? QString() : session.releasedBy()},
        {QStringLiteral("reason"), unrecorded ? run->recordError : session.releaseReason()}};
    QJsonArray findings;
    for (const auto &f : session.findings())
        findings.append(f.toJson());
    release.insert(QStringLiteral("findings"), findings);
    if (session.releaseState() == Release::Released && !unrecorded) {
        release.insert(QStringLiteral("state"), QStringLiteral("released"));
    } else {
        // Withheld (or not yet released): the agent learns that a run
        // happened and the reason, nothing the run made.
        const bool withheld = session.releaseState() == Release::Withheld || unrecorded;
        release.insert(QStringLiteral("state"), withheld ? QStringLiteral("withheld") : QStringLiteral("awaiting"));
        QJsonObject kept;
        for (const char *key :
            {"request_id", "agent_request_id", "run_id", "verdicts", "decision", "policy", "audit", "duration_ms",
                "recorded", "error"})
            if (o.contains(QLatin1String(key)))
                kept.insert(QLatin1String(key), o.value(QLatin1String(key)));
        kept.insert(QStringLiteral("run_status"), o.value(QStringLiteral("status")));
        kept.insert(QStringLiteral("status"), withheld ? QStringLiteral("withheld") : QStringLiteral("pending"));
        if (withheld)
            kept.insert(QStringLiteral("message"), release.value(QStringLiteral("reason")));
        o = withoutOutputs(kept);
    }
    o.insert(QStringLiteral("release"), release);
    return o;
}

QList<QByteArray> AgentResult::releasedContents(const RequestSession &session)
{
    const std::optional<RunResult> &run = session.result();
    QList<QByteArray> out;
    if (session.releaseState() != RequestSession::Release::Released || !run || session.state() == RequestSession::State::Withdrawn)
        return out;
    for (const auto &a : run->artifacts)
        out.append(a.content);
    return out;
}

QJsonObject AgentResult::releaseRecord(
    const RequestSession &session, bool released, const QString &by, const QString &reason)
{
    const RunResult &result = *session.result();
    QJsonArray findings;
    for (const auto &f : session.findings())
        findings.append(f.toJson());
    QJsonObject body{{QStringLiteral("outcome"), released ? QStringLiteral("released") : QStringLiteral("withheld")},
        {QStringLiteral("by"), by}, {QStringLiteral("reason"), reason},
        {QStringLiteral("to"),
            QJsonObject{{QStringLiteral("agent"), session.request()->agent()}, {QStringLiteral("origin"), session.origin().toJson()}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("not_scanned"), QJsonArray::fromStringList(session.unscanned())},
        {QStringLiteral("policy"), session.policy().identity()}};
    if (released) {
        // Exactly what leaves: outputs and files by size and hash.
        QJsonArray artifacts;
        for (const auto &a : std::as_const(result.artifacts))
            artifacts.append(QJsonObject{{QStringLiteral("name"), a.name},
                {QStringLiteral("bytes"), qint64(a.content.size())}, {QStringLiteral("sha256"), a.sha256}});
        body.insert(QStringLiteral("released"),
            QJsonObject{{QStringLiteral("stdout_bytes"), qint64(result.stdoutData.size())},
                {QStringLiteral("stdout_sha256"), sha256Hex(result.stdoutData)},
                {QStringLiteral("stderr_bytes"), qint64(result.stderrData.size())},
                {QStringLiteral("stderr_sha256"), sha256Hex(result.stderrData)},
                {QStringLiteral("artifacts"), artifacts}});
    }
    return body;
}

} // namespace Airlock
