// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "policy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

#include "sha256.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::Policy)
};

constexpr qint64 MiB = 1024 * 1024;

// Walks a document, collecting every problem instead of stopping at the first.
class Reader
{
public:
    explicit Reader(QList<Policy::Error> *errors)
        : m_errors(errors)
    {
    }

    void error(const QString &path, const QString &message) { m_errors->append({path, message}); }
    bool ok() const { return m_errors->isEmpty(); }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    // The object at @p path, checking that it has only @p known keys and
    // all of @p required.
    QJsonObject object(const QJsonValue &v, const QString &path, const QStringList &known, const QStringList &required)
    {
        // A missing object is reported once, by its parent's required keys.
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            error(path, Tr::tr("must be an object"));
            return {};
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!known.contains(it.key()))
                error(join(path, it.key()),
                    Tr::tr("is not a known setting (known here: %1)").arg(known.join(QLatin1String(", "))));
        for (const QString &key : required)
            if (!o.contains(key))
                error(join(path, key), Tr::tr("is missing"));
        return o;
    }

    qint64 integer(const QJsonObject &o, const QString &path, const QString &key, qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(key);
        const QString at = join(path, key);
        if (v.isUndefined())
            return 0; // reported as missing by object()
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
            error(at, Tr::tr("must be a whole number"));
            return 0;
        }
        const double d = v.toDouble();
        if (d < double(min) || d > double(max)) {
            error(at, Tr::tr("must be between %1 and %2").arg(min).arg(max));
            return 0;
        }
        return qint64(d);
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, const QStringList &oneOf = {})
    {
        const QJsonValue v = o.value(key);
        const QString at = join(path, key);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            error(at, Tr::tr("must be a string"));
            return {};
        }
        if (!oneOf.isEmpty() && !oneOf.contains(v.toString())) {
            error(at, Tr::tr("must be one of: %1").arg(oneOf.join(QLatin1String(", "))));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isBool())
            error(join(path, key), Tr::tr("must be true or false"));
        return v.toBool();
    }

    QStringList strings(const QJsonValue &v, const QString &at)
    {
        QStringList out;
        if (!v.isArray()) {
            error(at, v.isUndefined() ? Tr::tr("is missing") : Tr::tr("must be an array of strings"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().isEmpty())
                error(QStringLiteral("%1[%2]").arg(at).arg(i), Tr::tr("must be a non-empty string"));
            else
                out << a.at(i).toString();
        }
        return out;
    }

    // Absolute folders, cleaned; "~" and "~/..." are the user's home, as in
    // a shell, so that one policy serves every analyst.
    QStringList folders(const QJsonValue &v, const QString &at)
    {
        QStringList out;
        if (!v.isArray()) {
            error(at, Tr::tr("must be an array of folders"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(at).arg(i);
            QString folder = a.at(i).toString();
            if (!a.at(i).isString() || folder.isEmpty()) {
                error(item, Tr::tr("must be a non-empty string"));
                continue;
            }
            if (folder.contains(QChar(0))) {
                error(item, Tr::tr("must not contain a NUL character"));
                continue;
            }
            if (folder == QLatin1String("~") || folder.startsWith(QLatin1String("~/")))
                folder = QDir::homePath() + folder.mid(1);
            // Relative to what? Not to wherever Airlock happens to run.
            if (!QDir::isAbsolutePath(folder)) {
                error(item, Tr::tr("\"%1\" is not an absolute folder; start it with / or ~/").arg(folder));
                continue;
            }
            out << QDir::cleanPath(folder);
        }
        return out;
    }

    Policy::Limit limit(const QJsonObject &limits, const QString &path, const QString &key, qint64 hardMax)
    {
        const QString at = join(path, key);
        const QJsonObject o = object(limits.value(key), at, {QStringLiteral("default"), QStringLiteral("max")},
            {QStringLiteral("default"), QStringLiteral("max")});
        Policy::Limit l;
        l.defaultValue = integer(o, at, QStringLiteral("default"), 1, hardMax);
        l.cap = integer(o, at, QStringLiteral("max"), 1, hardMax);
        if (l.defaultValue > l.cap && l.cap > 0)
            // By its context's name: lupdate cannot see the Tr of this
            // file from inside this class, and would file it elsewhere.
            error(join(at, QStringLiteral("default")),
                QCoreApplication::translate("Airlock::Policy", "is larger than max (%1)").arg(l.cap));
        return l;
    }

private:
    QList<Policy::Error> *m_errors;
};

Verdict::Severity severityFromId(const QString &id)
{
    if (id == QLatin1String("block"))
        return Verdict::Severity::Block;
    if (id == QLatin1String("warn"))
        return Verdict::Severity::Warn;
    return Verdict::Severity::Info;
}
} // namespace

QString Policy::Error::toString() const
{
    return path.isEmpty() ? message : path + QLatin1String(": ") + message;
}

QStringList Policy::codeFindingKinds()
{
    return {QStringLiteral("forbidden-module"), QStringLiteral("forbidden-call"), QStringLiteral("module-not-allowed"),
        QStringLiteral("dynamic-import"), QStringLiteral("dynamic-access"), QStringLiteral("path-outside-workspace"),
        QStringLiteral("path-undeclared"), QStringLiteral("network-literal")};
}

Verdict::Severity Policy::severityOf(const QString &kind) const
{
    return codeSeverity.value(kind, Verdict::Severity::Block);
}

QJsonObject Policy::identity() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("sha256"), sha256},
        {QStringLiteral("path"), sourcePath.isEmpty() ? QJsonValue() : QJsonValue(sourcePath)}};
}

std::optional<Policy> Policy::parse(const QByteArray &document, QList<Error> *errors)
{
    QList<Error> local;
    if (!errors)
        errors = &local;
    errors->clear();
    Reader r(errors);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error({}, Tr::tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }

    if (!doc.isObject()) {
        r.error({}, Tr::tr("the policy must be a JSON object"));
        return std::nullopt;
    }
    Policy p;
    const QJsonObject root = r.object(doc.object(), {},
        {QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("files"),
            QStringLiteral("limits"), QStringLiteral("network"), QStringLiteral("code"), QStringLiteral("approval"),
            QStringLiteral("release")},
        {QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("files"), QStringLiteral("limits"),
            QStringLiteral("network"), QStringLiteral("code"), QStringLiteral("approval")});
    const QString schema = r.string(root, {}, QStringLiteral("schema"));
    if (root.contains(QStringLiteral("schema")) && !schema.isEmpty() && schema != Schema)
        r.error(QStringLiteral("schema"), Tr::tr("\"%1\" is not supported; expected \"%2\"").arg(schema, Schema));
    p.name = r.string(root, {}, QStringLiteral("name"));
    if (root.contains(QStringLiteral("name")) && p.name.trimmed().isEmpty())
        r.error(QStringLiteral("name"), Tr::tr("must not be empty"));
    p.description = r.string(root, {}, QStringLiteral("description"));
    r.string(root, {}, QStringLiteral("network"), {QStringLiteral("deny")});

    const QString f = QStringLiteral("files");
    const QJsonObject files = r.object(root.value(f), f,
        {QStringLiteral("allowed_suffixes"), QStringLiteral("max_file_bytes"), QStringLiteral("max_total_bytes"),
            QStringLiteral("max_files"), QStringLiteral("symlinks"), QStringLiteral("roots")},
        {QStringLiteral("allowed_suffixes"), QStringLiteral("max_file_bytes"), QStringLiteral("max_total_bytes"),
            QStringLiteral("max_files"), QStringLiteral("symlinks")});
    if (files.contains(QStringLiteral("allowed_suffixes"))) {
        p.allowedSuffixes
            = r.strings(files.value(QStringLiteral("allowed_suffixes")), f + QStringLiteral(".allowed_suffixes"));
        for (qsizetype i = 0; i < p.allowedSuffixes.size(); ++i) {
            const QString &sfx = p.allowedSuffixes.at(i);
            if (!sfx.startsWith(QLatin1Char('.')) || sfx.size() < 2 || sfx.contains(QLatin1Char('/')))
                r.error(QStringLiteral("files.allowed_suffixes[%1]").arg(i), Tr::tr("must look like \".csv\""));
            p.allowedSuffixes[i] = sfx.toLower();
        }
    }
    p.maxFileBytes = r.integer(files, f, QStringLiteral("max_file_bytes"), 1, 64LL * 1024 * MiB);
    p.maxTotalInputBytes = r.integer(files, f, QStringLiteral("max_total_bytes"), 1, 256LL * 1024 * MiB);
    p.maxFiles = int(r.integer(files, f, QStringLiteral("max_files"), 0, 1000));
    p.allowSymlinksInsideRequestDir = r.string(files, f, QStringLiteral("symlinks"),
                                          {QStringLiteral("refuse"), QStringLiteral("inside-request-folder")})
        == QLatin1String("inside-request-folder");
    // Optional: policies written before agent channels have no roots.
    if (files.contains(QStringLiteral("roots")))
        p.fileRoots = r.folders(files.value(QStringLiteral("roots")), f + QStringLiteral(".roots"));

    const QString l = QStringLiteral("limits");
    const QJsonObject limits = r.object(root.value(l), l,
        {QStringLiteral("timeout_s"), QStringLiteral("max_output_bytes"), QStringLiteral("memory_mb"),
            QStringLiteral("max_artifact_mb"), QStringLiteral("max_processes"), QStringLiteral("max_open_files"),
            QStringLiteral("max_artifact_files"), QStringLiteral("tmp_mb"), QStringLiteral("require_total_memory_cap")},
        {QStringLiteral("timeout_s"), QStringLiteral("max_output_bytes"), QStringLiteral("memory_mb"),
            QStringLiteral("max_artifact_mb"), QStringLiteral("max_processes"), QStringLiteral("max_open_files"),
            QStringLiteral("max_artifact_files"), QStringLiteral("tmp_mb")});
    p.timeoutS = r.limit(limits, l, QStringLiteral("timeout_s"), 24 * 3600);
    p.maxOutputBytes = r.limit(limits, l, QStringLiteral("max_output_bytes"), 256 * MiB);
    p.memoryMb = r.limit(limits, l, QStringLiteral("memory_mb"), 1024 * 1024);
    p.maxArtifactMb = r.limit(limits, l, QStringLiteral("max_artifact_mb"), 64 * 1024);
    p.maxProcesses = int(r.integer(limits, l, QStringLiteral("max_processes"), 1, 100000));
    p.maxOpenFiles = int(r.integer(limits, l, QStringLiteral("max_open_files"), 16, 1048576));
    p.maxArtifactFiles = int(r.integer(limits, l, QStringLiteral("max_artifact_files"), 0, 1000000));
    p.tmpBytes = MiB * r.integer(limits, l, QStringLiteral("tmp_mb"), 1, 64 * 1024);
    // Optional: policies written before it run without a total cap where
    // there is none, as before.
    p.requireTotalMemoryCap = r.boolean(limits, l, QStringLiteral("require_total_memory_cap"));

    const QString c = QStringLiteral("code");
    const QJsonObject code = r.object(root.value(c), c,
        {QStringLiteral("max_bytes"), QStringLiteral("analysis_timeout_s"), QStringLiteral("forbidden_modules"),
            QStringLiteral("forbidden_calls"), QStringLiteral("allowed_modules"), QStringLiteral("severity")},
        {QStringLiteral("max_bytes"), QStringLiteral("forbidden_modules"), QStringLiteral("forbidden_calls"),
            QStringLiteral("severity")});
    p.maxCodeBytes = r.integer(code, c, QStringLiteral("max_bytes"), 1, 64 * MiB);
    p.analysisTimeoutS = code.contains(QStringLiteral("analysis_timeout_s"))
        ? int(r.integer(code, c, QStringLiteral("analysis_timeout_s"), 1, 600))
        : 10;
    if (code.contains(QStringLiteral("forbidden_modules")))
        p.forbiddenModules
            = r.strings(code.value(QStringLiteral("forbidden_modules")), c + QStringLiteral(".forbidden_modules"));
    if (code.contains(QStringLiteral("forbidden_calls")))
        p.forbiddenCalls
            = r.strings(code.value(QStringLiteral("forbidden_calls")), c + QStringLiteral(".forbidden_calls"));
    const QJsonValue allowed = code.value(QStringLiteral("allowed_modules"));
    if (!allowed.isUndefined() && !allowed.isNull())
        p.allowedModules = r.strings(allowed, c + QStringLiteral(".allowed_modules"));
    const QString sv = c + QStringLiteral(".severity");
    const QStringList kinds = codeFindingKinds();
    const QJsonObject severity = r.object(code.value(QStringLiteral("severity")), sv, kinds, kinds);
    for (const QString &kind : kinds) {
        const QString id
            = r.string(severity, sv, kind, {QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("block")});
        p.codeSeverity.insert(kind, severityFromId(id));
    }

    const QString a = QStringLiteral("approval");
    const QJsonObject approval = r.object(root.value(a), a,
        {QStringLiteral("override_block"), QStringLiteral("override_min_reason_chars"),
            QStringLiteral("rejection_requires_reason")},
        {QStringLiteral("override_block"), QStringLiteral("rejection_requires_reason")});
    p.overrideBlock = r.string(approval, a, QStringLiteral("override_block"),
                          {QStringLiteral("never"), QStringLiteral("with-reason")})
            == QLatin1String("with-reason")
        ? OverrideRule::WithReason
        : OverrideRule::Never;
    p.overrideMinReasonChars = approval.contains(QStringLiteral("override_min_reason_chars"))
        ? int(r.integer(approval, a, QStringLiteral("override_min_reason_chars"), 0, 10000))
        : 0;
    p.rejectionRequiresReason = r.boolean(approval, a, QStringLiteral("rejection_requires_reason"));

    // Optional too; absent, nothing goes back to an agent unreleased.
    const QString rl = QStringLiteral("release");
    const QJsonObject release = r.object(root.value(rl), rl, {QStringLiteral("mode")}, {QStringLiteral("mode")});
    p.releaseMode
        = r.string(release, rl, QStringLiteral("mode"), {QStringLiteral("analyst"), QStringLiteral("auto-when-clean")})
            == QLatin1String("auto-when-clean")
        ? ReleaseMode::AutoWhenClean
        : ReleaseMode::Analyst;

    if (!r.ok())
        return std::nullopt;
    p.sha256 = sha256Hex(document);
    return p;
}

std::optional<Policy> Policy::load(const QString &path, QList<Error> *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            *errors = {{{}, Tr::tr("cannot read %1: %2").arg(path, file.errorString())}};
        return std::nullopt;
    }
    const QByteArray bytes = file.read(4 * MiB + 1);
    if (bytes.size() > 4 * MiB) {
        if (errors)
            *errors = {{{}, Tr::tr("%1 is larger than 4 MiB; that is not a policy").arg(path)}};
        return std::nullopt;
    }
    std::optional<Policy> p = parse(bytes, errors);
    if (p)
        p->sourcePath = QFileInfo(path).absoluteFilePath();
    return p;
}

Policy Policy::shipped(const QString &name)
{
    QFile file(QStringLiteral(":/airlock/policies/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the shipped policy %s is missing from the resources", qPrintable(name));
    QList<Error> errors;
    const std::optional<Policy> p = parse(file.readAll(), &errors);
    if (!p)
        qFatal("the shipped policy %s is invalid: %s", qPrintable(name), qPrintable(errors.value(0).toString()));
    return *p;
}

Policy Policy::defaultPolicy()
{
    static const Policy policy = shipped(QStringLiteral("default"));
    return policy;
}

std::optional<Policy> Policy::loadOrDefault(const QString &path, QList<Error> *errors)
{
    return path.isEmpty() ? std::optional<Policy>(defaultPolicy()) : load(path, errors);
}

QString Policy::describe(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << e.toString();
    return lines.join(QStringLiteral("; "));
}

} // namespace Airlock
