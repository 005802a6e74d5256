// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "requestcheck.h"

#include <QCoreApplication>
#include <QSet>

#include "policy.h"
#include "request.h"
#include "runlimits.h"

namespace Airlock::RequestCheck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::RequestCheck)
};
} // namespace

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("the name is empty");
    if (name.contains(QChar(0)))
        return Tr::tr("the name contains a NUL character");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return Tr::tr("the name contains a slash; files appear directly in /workspace");
    if (name == QLatin1String("..") || name.contains(QLatin1String("..")))
        return Tr::tr("the name contains \"..\"");
    if (name.startsWith(QLatin1Char('.')))
        return Tr::tr("the name starts with a dot (hidden files are not mounted)");
    if (name == QLatin1String("output"))
        return Tr::tr("\"output\" is reserved for the run's results");
    if (name.toUtf8().size() > 255)
        return Tr::tr("the name is longer than 255 bytes");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("the name contains a control character");
    return {};
}

QList<Verdict> check(const Request &request, const Policy &policy)
{
    using S = Verdict::Severity;
    QList<Verdict> verdicts;

    if (request.network() != QLatin1String("none"))
        verdicts.append({QStringLiteral("network.requested"), S::Block,
            Tr::tr("The request asks for network access (\"%1\"); runs never have a network.")
                .arg(request.network().left(100))});

    const QList<Request::File> files = request.files();
    if (files.size() > policy.maxFiles)
        verdicts.append({QStringLiteral("file.count"), S::Block,
            Tr::tr("The request declares %1 files; the policy allows at most %2.")
                .arg(files.size())
                .arg(policy.maxFiles)});
    QSet<QString> seen;
    for (const Request::File &f : files) {
        const QString shown = f.name.left(120);
        const QString problem = nameProblem(f.name);
        if (!problem.isEmpty()) {
            verdicts.append({QStringLiteral("file.name"), S::Block,
                Tr::tr("The file name \"%1\" cannot be used: %2.").arg(shown, problem)});
            continue;
        }
        if (seen.contains(f.name))
            verdicts.append(
                {QStringLiteral("file.name"), S::Block, Tr::tr("The file name \"%1\" is declared twice.").arg(shown)});
        seen.insert(f.name);
        const qsizetype dot = f.name.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 ? f.name.mid(dot).toLower() : QString();
        if (!policy.allowedSuffixes.contains(suffix))
            verdicts.append({QStringLiteral("file.suffix"), S::Block,
                Tr::tr("\"%1\" is not an allowed kind of file; allowed: %2.")
                    .arg(shown, policy.allowedSuffixes.join(QLatin1String(", ")))});
        if (f.path.isEmpty() || f.path.contains(QChar(0)))
            verdicts.append({QStringLiteral("file.path"), S::Block,
                Tr::tr("The path of \"%1\" is empty or contains a NUL character.").arg(shown)});
    }

    // Code over the size cap is judged by the static check, which refuses it.
    if (request.code().trimmed().isEmpty())
        verdicts.append({QStringLiteral("code.empty"), S::Warn, Tr::tr("The request carries no code.")});

    RunLimits::resolve(request, policy, &verdicts);
    return verdicts;
}

} // namespace Airlock::RequestCheck
