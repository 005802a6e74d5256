// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "verdict.h"

namespace Airlock {

QString Verdict::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warn:
        return QStringLiteral("warn");
    case Severity::Block:
        return QStringLiteral("block");
    }
    return {};
}

QJsonObject Verdict::toJson() const
{
    QJsonObject o{{QStringLiteral("rule"), rule}, {QStringLiteral("severity"), severityId(severity)},
        {QStringLiteral("message"), message}};
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    if (column > 0)
        o.insert(QStringLiteral("column"), column);
    return o;
}

Verdict Verdict::fromJson(const QJsonObject &o)
{
    Verdict v;
    v.rule = o.value(QStringLiteral("rule")).toString();
    v.message = o.value(QStringLiteral("message")).toString();
    v.line = o.value(QStringLiteral("line")).toInt();
    v.column = o.value(QStringLiteral("column")).toInt();
    const QString severity = o.value(QStringLiteral("severity")).toString();
    v.severity = severity == QLatin1String("info") ? Severity::Info
        : severity == QLatin1String("warn")        ? Severity::Warn
                                                   : Severity::Block;
    return v;
}

bool isBlocked(const QList<Verdict> &verdicts)
{
    return std::any_of(
        verdicts.cbegin(), verdicts.cend(), [](const Verdict &v) { return v.severity == Verdict::Severity::Block; });
}

} // namespace Airlock
