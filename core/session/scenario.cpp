// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "outcometext.h"
#include "runresult.h"

namespace Airlock {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

const QString Root = QStringLiteral(":/airlock/scenarios");

QJsonObject readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("%1 is missing").arg(path);
        return {};
    }
    QJsonParseError parseError{};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError && error)
        *error = Tr::tr("%1 is not valid JSON: %2").arg(path, parseError.errorString());
    return o;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &s : array)
        out << s.toString();
    return out;
}
} // namespace

QList<Scenario> Scenario::all(QString *error)
{
    QList<Scenario> out;
    QString why;
    const QJsonObject index = readJson(Root + QStringLiteral("/index.json"), &why);
    const QStringList ids = strings(index.value(QStringLiteral("scenarios")));
    const QString language = interfaceLanguage();
    for (const QString &id : ids) {
        const QString dir = Root + QLatin1Char('/') + id;
        const QJsonObject o = readJson(dir + QStringLiteral("/scenario.json"), &why);
        if (o.isEmpty())
            continue;
        Scenario s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.title = o.value(QStringLiteral("title")).toString();
        s.kind = o.value(QStringLiteral("kind")).toString();
        s.note = o.value(QStringLiteral("note")).toString();
        s.stoppedBy = o.value(QStringLiteral("stopped_by")).toString();
        // The trainer's texts in the interface's language, where the
        // scenario has them; English otherwise.
        const QJsonObject own
            = o.value(QStringLiteral("translations")).toObject().value(language).toObject();
        for (const auto &[key, field] : {std::pair{"title", &s.title}, std::pair{"note", &s.note},
                 std::pair{"stopped_by", &s.stoppedBy}}) {
            if (const QString text = own.value(QLatin1String(key)).toString(); !text.isEmpty())
                *field = text;
        }
        s.caughtStatically = o.value(QStringLiteral("caught_statically")).toBool();
        s.requestFile = o.value(QStringLiteral("request")).toString(QStringLiteral("request.json"));
        s.expect = o.value(QStringLiteral("expect")).toObject();
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            s.files << QDir(dir).relativeFilePath(it.next());
        s.files.sort();
        if (s.id != id)
            why = Tr::tr("the scenario in %1 calls itself %2").arg(id, s.id);
        out << s;
    }
    if (error)
        *error = why;
    return out;
}

QString Scenario::interfaceLanguage()
{
    // The catalogue in use says which language it is.
    //: The code of this catalogue's language (de, fr, …): the scenarios' texts are picked by it.
    return Tr::tr("en", "language code");
}

QString Scenario::expectedOutcome() const
{
    // The first of the accepted values, where a machine may differ.
    const auto first = [this](const char *key) {
        const QJsonValue v = expect.value(QLatin1String(key));
        return v.isArray() ? v.toArray().first().toString() : v.toString();
    };
    return OutcomeText::run(first("status"), first("end_reason"));
}

std::optional<Scenario> Scenario::find(const QString &id)
{
    const QList<Scenario> scenarios = all();
    for (const Scenario &s : scenarios) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QString Scenario::extract(const QString &dir, QString *error, const QString &runTag) const
{
    const QString source = Root + QLatin1Char('/') + id;
    for (const QString &name : files) {
        const QString target = dir + QLatin1Char('/') + name;
        QDir().mkpath(QFileInfo(target).path());
        QFile in(source + QLatin1Char('/') + name);
        QSaveFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0
            || !out.commit()) {
            *error = Tr::tr("cannot copy the scenario file %1 to %2: %3").arg(name, target, out.errorString());
            return {};
        }
    }
    const QString path = dir + QLatin1Char('/') + requestFile;
    if (!runTag.isEmpty()) {
        QFile file(path);
        QJsonObject request;
        if (file.open(QIODevice::ReadOnly))
            request = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const QString tagged = request.value(QStringLiteral("request_id")).toString() + QLatin1Char('-') + runTag;
        request.insert(QStringLiteral("request_id"), tagged);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(request).toJson()) < 0 || !out.commit()) {
            *error = Tr::tr("cannot write %1: %2").arg(path, out.errorString());
            return {};
        }
    }
    return path;
}

Policy Scenario::policy()
{
    static const Policy training = Policy::shipped(QStringLiteral("training"));
    return training;
}

QStringList Scenario::mismatches(const RunResult &r) const
{
    QStringList out;
    const QString stdoutText = QString::fromUtf8(r.stdoutData);
    // A value, or a list of acceptable ones (where machines differ, e.g. a
    // memory limit enforced by a cgroup or only per process).
    auto expectEqual = [&](const char *key, const QString &actual) {
        const QJsonValue wanted = expect.value(QLatin1String(key));
        const QStringList accepted = wanted.isArray() ? strings(wanted) : QStringList{wanted.toString()};
        if (!wanted.isUndefined() && !accepted.contains(actual))
            out << Tr::tr("%1 is %2, expected %3")
                       .arg(QLatin1String(key), actual, accepted.join(QLatin1String(" or ")));
    };
    expectEqual("status", RunResult::statusId(r.status));
    expectEqual("end_reason", RunResult::endReasonId(r.endReason));
    for (const QString &s : strings(expect.value(QStringLiteral("stdout_has")))) {
        if (!stdoutText.contains(s))
            out << Tr::tr("stdout lacks \"%1\"").arg(s);
    }
    for (const QString &s : strings(expect.value(QStringLiteral("stdout_lacks")))) {
        if (stdoutText.contains(s))
            out << Tr::tr("stdout contains \"%1\"").arg(s);
    }
    // The demo's secret never reaches the sandbox, whichever scenario runs.
    if (stdoutText.contains(QLatin1String(DemoSecretValue))
        || QString::fromUtf8(r.stderrData).contains(QLatin1String(DemoSecretValue)))
        out << Tr::tr("the host's secret reached the sandbox");
    QStringList names;
    for (const auto &a : r.artifacts)
        names << a.name;
    for (const QString &s : strings(expect.value(QStringLiteral("artifacts")))) {
        if (!names.contains(s))
            out << Tr::tr("no artifact \"%1\"").arg(s);
    }
    const int minRejected = expect.value(QStringLiteral("min_rejected_artifacts")).toInt();
    if (r.rejectedArtifacts.size() < minRejected)
        out << Tr::tr("%1 artifact(s) rejected, expected at least %2").arg(r.rejectedArtifacts.size()).arg(minRejected);
    if (expect.contains(QStringLiteral("stdout_truncated"))
        && expect.value(QStringLiteral("stdout_truncated")).toBool() != r.stdoutTruncated)
        out << Tr::tr("stdout truncated: %1").arg(r.stdoutTruncated ? Tr::tr("yes") : Tr::tr("no"));
    QStringList rules;
    for (const Verdict &v : r.verdicts)
        rules << v.rule;
    for (const QString &s : strings(expect.value(QStringLiteral("verdict_rules")))) {
        if (!rules.contains(s))
            out << Tr::tr("no verdict %1").arg(s);
    }
    return out;
}

} // namespace Airlock
