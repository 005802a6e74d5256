// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "requestloader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "inputstager.h"
#include "limitenforcement.h"
#include "preparedrun.h"
#include "quantitytext.h"

namespace Airlock {

QString RequestLoader::agentBase(const Policy &policy)
{
    // An agent has no folder of its own: relative paths are taken from the
    // policy's first file root, and must stay under a root.
    return policy.fileRoots && !policy.fileRoots->isEmpty() ? policy.fileRoots->first() : QStringLiteral("/");
}

void RequestLoader::prepare(Loaded &out, const Policy &policy, const QString &keptFor)
{
    if (out.request)
        out.prepared = PreparedRun::prepare(*out.request, policy, LimitEnforcement::detect(), &out.prepareError, keptFor);
}

std::shared_ptr<RequestLoader::Loaded> RequestLoader::fromFile(
    const QString &path, bool inbox, const Policy &policy, const QString &keptFor)
{
    auto out = std::make_shared<Loaded>();
    out->request = Request::load(path, &out->parseError, &out->raw);
    // Whoever can drop a file in the inbox folder is not the analyst: its
    // files are read only under the policy's roots.
    if (out->request && inbox)
        out->request->setChannel(QStringLiteral("inbox"));
    prepare(*out, policy, keptFor);
    return out;
}

std::shared_ptr<RequestLoader::Loaded> RequestLoader::fromAgent(
    const QByteArray &document, const QString &channel, const Policy &policy, const QString &keptFor)
{
    auto out = std::make_shared<Loaded>();
    if (document.size() > MaxAgentDocumentBytes) {
        out->raw = document.left(MaxAgentDocumentBytes);
        out->parseError.message
            = tr("The request is %1; at most %2 are accepted.")
                  .arg(QuantityText::size(document.size()), QuantityText::size(MaxAgentDocumentBytes));
        return out;
    }
    out->raw = document;
    out->request = Request::parse(document, agentBase(policy), &out->parseError);
    if (out->request)
        out->request->setChannel(channel);
    prepare(*out, policy, keptFor);
    return out;
}

std::shared_ptr<RequestLoader::Loaded> RequestLoader::fromTrail(
    const AuditTrail::Undecided &recorded, const Policy &policy, const QString &trail, const QString &channel)
{
    auto out = std::make_shared<Loaded>();
    const QJsonObject body = recorded.request;
    out->raw = QJsonDocument(body.value(QStringLiteral("document")).toObject()).toJson(QJsonDocument::Compact);
    // Relative paths resolve as they did when it arrived.
    const QString base = channel.isEmpty()
        ? QFileInfo(body.value(QStringLiteral("source")).toString()).absolutePath()
        : agentBase(policy);
    out->request = Request::parse(out->raw, base, &out->parseError);
    if (!out->request)
        return out;
    out->request->setChannel(channel);
    out->request->setRequestId(recorded.requestId);

    QList<Verdict> verdicts;
    const QJsonArray recordedVerdicts = recorded.verdicts.value(QStringLiteral("verdicts")).toArray();
    for (const QJsonValue &v : recordedVerdicts)
        verdicts.append(Verdict::fromJson(v.toObject()));
    QList<InputStager::Input> inputs;
    const QJsonArray recordedInputs = body.value(QStringLiteral("inputs")).toArray();
    for (const QJsonValue &v : recordedInputs) {
        const QJsonObject o = v.toObject();
        InputStager::Input input;
        input.name = o.value(QStringLiteral("name")).toString();
        input.sourcePath = o.value(QStringLiteral("source")).toString();
        input.size = o.value(QStringLiteral("bytes")).toInteger();
        input.sha256 = o.value(QStringLiteral("sha256")).toString();
        inputs.append(input);
    }
    QString inputsProblem;
    out->prepared = PreparedRun::restore(
        *out->request, policy, LimitEnforcement::detect(), verdicts, inputs, trail, &inputsProblem);

    // What would make approving it approve something other than what was reviewed.
    const QJsonObject checkedUnder = recorded.verdicts.value(QStringLiteral("policy")).toObject();
    const QString reopen
        = channel.isEmpty() ? tr("Reject it, or re-open the request file.") : tr("It can only be rejected.");
    if (out->request->codeSha256() != body.value(QStringLiteral("code_sha256")).toString()) {
        out->restoreProblem = tr("The code read back from the audit trail does not match the SHA-256 recorded for it.")
            + QLatin1Char(' ') + reopen;
    } else if (recorded.verdicts.isEmpty()) {
        out->restoreProblem = tr("Its verdicts were never recorded.") + QLatin1Char(' ') + reopen;
    } else if (checkedUnder.value(QStringLiteral("sha256")).toString() != policy.sha256) {
        out->restoreProblem = tr("It was checked under the policy \"%1\" (SHA-256 %2…); the workbench now holds "
                                 "requests to \"%3\" (SHA-256 %4…).")
                                  .arg(checkedUnder.value(QStringLiteral("name")).toString(),
                                      checkedUnder.value(QStringLiteral("sha256")).toString().left(12), policy.name,
                                      policy.sha256.left(12))
            + QLatin1Char(' ') + reopen;
    } else if (!inputsProblem.isEmpty()) {
        out->restoreProblem = tr("Inputs no longer available: %1.").arg(inputsProblem) + QLatin1Char(' ') + reopen;
    }
    return out;
}

} // namespace Airlock
