// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "auditrecorder.h"

#include <QJsonArray>
#include <QUuid>

#include <unistd.h>

#include "decision.h"
#include "preparedrun.h"
#include "runresult.h"
#include "sha256.h"
#include "recordkind.h"

namespace Airlock {

namespace {
constexpr qsizetype MaxRawBytes = 64 * 1024;

QJsonArray inputsJson(const PreparedRun &run)
{
    QJsonArray inputs;
    for (const auto &i : run.inputs())
        inputs.append(i.toJson());
    return inputs;
}
} // namespace

AuditRecorder::AuditRecorder(AuditTrail *trail, const QString &interface)
    : m_trail(trail)
    , m_interface(interface)
{
}

QString AuditRecorder::add(const QString &kind, const QString &requestId, const QString &runId, const QJsonObject &body)
{
    QString failure;
    m_last = m_trail->append(kind, requestId, runId, body, &failure);
    return m_last ? QString() : failure;
}

QString AuditRecorder::malformed(
    const QString &source, const QByteArray &raw, const QString &error, const QJsonObject &origin)
{
    QJsonObject body{{QStringLiteral("source"), source}, {QStringLiteral("interface"), m_interface},
        {QStringLiteral("error"), error}, {QStringLiteral("raw_bytes"), qint64(raw.size())},
        {QStringLiteral("raw_sha256"), sha256Hex(raw)},
        {QStringLiteral("raw_base64"), QString::fromLatin1(raw.left(MaxRawBytes).toBase64())},
        {QStringLiteral("raw_truncated"), raw.size() > MaxRawBytes}};
    if (!origin.isEmpty())
        body.insert(QStringLiteral("origin"), origin);
    return add(RecordKind::Malformed, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, body);
}

QString AuditRecorder::request(
    const PreparedRun &run, const QString &source, const QString &scenario, const QJsonObject &origin)
{
    const Request &r = run.request();
    QJsonObject body{{QStringLiteral("source"), source}, {QStringLiteral("interface"), m_interface},
        {QStringLiteral("agent"), r.agent()}, {QStringLiteral("prompt"), r.prompt()},
        {QStringLiteral("code"), r.code()}, {QStringLiteral("code_sha256"), r.codeSha256()},
        {QStringLiteral("agent_request_id"),
            r.agentReference().isEmpty() ? QJsonValue() : QJsonValue(r.agentReference())},
        {QStringLiteral("document"), r.document()}, {QStringLiteral("inputs"), inputsJson(run)}};
    if (!scenario.isEmpty())
        body.insert(QStringLiteral("scenario"), scenario);
    if (!origin.isEmpty())
        body.insert(QStringLiteral("origin"), origin);
    QJsonArray verdicts;
    for (const Verdict &v : run.verdicts())
        verdicts.append(v.toJson());
    // Together or not at all: a request is never in the trail without them.
    QString failure;
    m_last = m_trail->appendAll(
        {{RecordKind::Request, r.requestId(), {}, body},
            {RecordKind::Verdicts, r.requestId(), {},
                {{QStringLiteral("policy"), run.policy().identity()}, {QStringLiteral("verdicts"), verdicts},
                    {QStringLiteral("runnable"), !run.blocked()}}}},
        &failure);
    return m_last ? QString() : failure;
}

QString AuditRecorder::blocked(const PreparedRun &run, const QString &message)
{
    return add(RecordKind::Blocked, run.request().requestId(), {},
        {{QStringLiteral("outcome"), QStringLiteral("blocked")}, {QStringLiteral("message"), message}});
}

QString AuditRecorder::decision(const PreparedRun &run, const Decision &decision)
{
    QJsonObject body = decision.toJson();
    // What the decision was bound to: exactly this code and these inputs.
    body.insert(QStringLiteral("inputs"), inputsJson(run));
    body.insert(QStringLiteral("policy"), run.policy().identity());
    // An override names what it overrode: a reviewer reading the trail
    // later need not reconstruct it from the verdicts record.
    if (decision.outcome == Decision::Outcome::Overridden) {
        QJsonArray overridden;
        for (const Verdict &v : run.blockingVerdicts())
            overridden.append(v.toJson());
        body.insert(QStringLiteral("overridden"), overridden);
    }
    return add(RecordKind::Decision, run.request().requestId(), {}, body);
}

QString AuditRecorder::runStarted(const PreparedRun &run, const QString &runId, const QJsonObject &sandbox)
{
    QJsonObject body = sandbox;
    body.insert(QStringLiteral("limits"), run.limits().toJson());
    body.insert(QStringLiteral("pid"), qint64(::getpid()));
    return add(RecordKind::RunStarted, run.request().requestId(), runId, body);
}

QString AuditRecorder::runFinished(RunResult &result)
{
    QString failure;
    const auto unrecorded = [&]() {
        result.recordError = unrecordedRun(failure);
        // A small record may still fit where the whole end did not: the
        // trail then says at once that this run's end is missing (if not,
        // the next open does).
        (void)add(RecordKind::Interrupted, result.requestId, result.runId,
            {{QStringLiteral("reason"),
                 tr("its end could not be recorded, so nothing it made was delivered: %1").arg(failure)},
                {QStringLiteral("delivered"), false}, {QStringLiteral("pid"), qint64(::getpid())}});
        return failure;
    };
    // The run's files and its end in one transaction: no file is in the
    // trail of a run whose end is not.
    QList<AuditTrail::Pending> records;
    for (const auto &a : std::as_const(result.artifacts))
        records.append({RecordKind::Artifact, result.requestId, result.runId, a.toJson(), a.content});
    QJsonObject body = result.toJson();
    // The artifacts' content is in their own records; the rest stays here.
    for (const char *key : {"audit", "verdicts", "decision", "recorded", "error"})
        body.remove(QLatin1String(key));
    records.append({RecordKind::RunFinished, result.requestId, result.runId, body});
    m_last = m_trail->appendAll(records, &failure);
    if (!m_last)
        return unrecorded();
    result.recordError.clear();
    result.audit = QJsonObject{{QStringLiteral("record_id"), m_last->seq}, {QStringLiteral("hash"), m_last->hash}};
    return {};
}

QString AuditRecorder::unrecordedRun(const QString &failure)
{
    return tr("The run's end could not be recorded in the audit trail, so it does not count and nothing it made is "
              "delivered: %1")
        .arg(failure);
}

QString AuditRecorder::withdrawn(const QString &requestId, const QString &runId, const QJsonObject &body)
{
    return add(RecordKind::Withdrawn, requestId, runId, body);
}

QString AuditRecorder::release(const QString &requestId, const QString &runId, const QJsonObject &body)
{
    return add(RecordKind::Release, requestId, runId, body);
}

} // namespace Airlock
