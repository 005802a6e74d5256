// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "request.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

#include "canonicaltext.h"
#include "sha256.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::Request)
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool fail(Request::Error *error, const QString &field, const QString &message)
{
    if (error)
        *error = {field, message};
    return false;
}

bool wrongType(Request::Error *error, const QString &field, const QString &expected, const QJsonValue &got)
{
    return fail(error, field, Tr::tr("must be %1, not %2").arg(expected, typeName(got)));
}

// Optional string member: absent is fine, anything but a string is not.
bool optionalString(const QJsonObject &o, const QString &key, const QString &path, QString *out, Request::Error *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return wrongType(error, path, Tr::tr("a string"), v);
    *out = v.toString();
    return true;
}
} // namespace

QString Request::Error::toString() const
{
    return field.isEmpty() ? message : field + QLatin1String(": ") + message;
}

QString Request::codeSha256() const
{
    return sha256Hex(codeBytes());
}

QString Request::channel() const
{
    return m_channel;
}

void Request::setChannel(const QString &channel)
{
    m_channel = channel;
}

std::optional<Request> Request::load(const QString &path, Error *error, QByteArray *raw, qint64 maxBytes)
{
    // Never blocks on a FIFO or a device dropped in place of a request.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        fail(error, {}, Tr::tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        return std::nullopt;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        fail(error, {}, Tr::tr("%1 is not a regular file").arg(path));
        return std::nullopt;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        fail(error, {}, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (raw)
        *raw = bytes.left(maxBytes);
    if (bytes.size() > maxBytes) {
        fail(error, {}, Tr::tr("the request file is larger than %n MiB", nullptr, int(maxBytes / (1024 * 1024))));
        return std::nullopt;
    }
    return parse(bytes, QFileInfo(path).absolutePath(), error);
}

std::optional<Request> Request::parse(const QByteArray &document, const QString &baseDir, Error *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // A surrogate encoded as bytes (as a lone one in an agent's text
        // arrives): name its field when the rest is a request.
        bool encodedSurrogate = false;
        if (CanonicalText::invalidUtf8At(document, &encodedSurrogate) >= 0 && encodedSurrogate) {
            const QJsonDocument escaped = QJsonDocument::fromJson(CanonicalText::escapeEncodedSurrogates(document));
            if (const auto problem = CanonicalText::findProblem(escaped.object())) {
                fail(error, problem->path, problem->message);
                return std::nullopt;
            }
        }
        fail(error, {}, Tr::tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        if (error)
            error->offset = parseError.offset;
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, {}, Tr::tr("the request must be a JSON object"));
        return std::nullopt;
    }
    // What is recorded is hashed as UTF-8: text without a UTF-8 form, in
    // any field, known or not, is refused here rather than stored changed.
    if (const auto problem = CanonicalText::findProblem(doc.object())) {
        fail(error, problem->path, problem->message);
        return std::nullopt;
    }

    Request r;
    const QJsonObject o = doc.object();
    r.m_document = o;
    r.m_baseDir = baseDir;

    const QJsonValue schema = o.value(QStringLiteral("schema"));
    if (schema.isUndefined()) {
        fail(error, QStringLiteral("schema"), Tr::tr("is missing; expected \"%1\"").arg(Schema));
        return std::nullopt;
    }
    if (!schema.isString())
        return wrongType(error, QStringLiteral("schema"), Tr::tr("a string"), schema), std::nullopt;
    if (schema.toString() != Schema) {
        fail(error, QStringLiteral("schema"),
            Tr::tr("\"%1\" is not supported; expected \"%2\"").arg(schema.toString(), Schema));
        return std::nullopt;
    }

    if (!optionalString(o, QStringLiteral("request_id"), QStringLiteral("request_id"), &r.m_agentReference, error)
        || !optionalString(o, QStringLiteral("agent"), QStringLiteral("agent"), &r.m_agent, error)
        || !optionalString(o, QStringLiteral("prompt"), QStringLiteral("prompt"), &r.m_prompt, error)
        || !optionalString(o, QStringLiteral("network"), QStringLiteral("network"), &r.m_network, error))
        return std::nullopt;
    // The agent chooses its request_id, so it cannot be identity: two
    // documents with the same one are two requests. It is kept as the
    // agent's reference.
    r.m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (r.m_agentReference.trimmed().isEmpty()) {
        r.m_agentReference.clear();
    } else if (r.m_agentReference.size() > 200 || r.m_agentReference.contains(QChar(0))) {
        fail(error, QStringLiteral("request_id"), Tr::tr("must be at most 200 characters, without NUL"));
        return std::nullopt;
    }
    // The agent's name is a column of every record it leads to.
    if (r.m_agent.contains(QChar(0))) {
        fail(error, QStringLiteral("agent"), Tr::tr("must not contain a NUL character"));
        return std::nullopt;
    }

    const QJsonValue code = o.value(QStringLiteral("code"));
    if (code.isUndefined()) {
        fail(error, QStringLiteral("code"), Tr::tr("is missing: a request must carry the code to run"));
        return std::nullopt;
    }
    if (!code.isString())
        return wrongType(error, QStringLiteral("code"), Tr::tr("a string"), code), std::nullopt;
    r.m_code = code.toString();

    const QJsonValue files = o.value(QStringLiteral("files"));
    if (!files.isUndefined() && !files.isArray())
        return wrongType(error, QStringLiteral("files"), Tr::tr("an array"), files), std::nullopt;
    const QJsonArray fileArray = files.toArray();
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        const QString at = QStringLiteral("files[%1]").arg(i);
        const QJsonValue entry = fileArray.at(i);
        if (!entry.isObject())
            return wrongType(error, at, Tr::tr("an object"), entry), std::nullopt;
        const QJsonObject f = entry.toObject();
        File file;
        for (const char *key : {"name", "path"}) {
            const QJsonValue v = f.value(QLatin1String(key));
            const QString field = at + QLatin1Char('.') + QLatin1String(key);
            if (v.isUndefined()) {
                fail(error, field, Tr::tr("is missing"));
                return std::nullopt;
            }
            if (!v.isString())
                return wrongType(error, field, Tr::tr("a string"), v), std::nullopt;
            (qstrcmp(key, "name") == 0 ? file.name : file.path) = v.toString();
        }
        // A NUL would cut the path short wherever it meets C: resolve nothing.
        if (!file.path.isEmpty() && !file.path.contains(QChar(0))) {
            file.resolvedPath = QDir::isAbsolutePath(file.path) ? QDir::cleanPath(file.path)
                                                                : QDir::cleanPath(QDir(baseDir).filePath(file.path));
        }
        r.m_files.append(file);
    }

    const QJsonValue limits = o.value(QStringLiteral("limits"));
    if (!limits.isUndefined() && !limits.isObject())
        return wrongType(error, QStringLiteral("limits"), Tr::tr("an object"), limits), std::nullopt;
    const QJsonObject l = limits.toObject();
    const std::pair<const char *, std::optional<qint64> *> limitFields[] = {
        {"timeout_s", &r.m_limits.timeoutS},
        {"max_output_bytes", &r.m_limits.maxOutputBytes},
        {"memory_mb", &r.m_limits.memoryMb},
        {"max_artifact_mb", &r.m_limits.maxArtifactMb},
    };
    for (const auto &[key, target] : limitFields) {
        const QJsonValue v = l.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const QString field = QStringLiteral("limits.") + QLatin1String(key);
        if (!v.isDouble())
            return wrongType(error, field, Tr::tr("a number"), v), std::nullopt;
        const double d = v.toDouble();
        if (d != std::floor(d) || d <= 0 || d > 1e15) {
            fail(error, field, Tr::tr("must be a positive whole number"));
            return std::nullopt;
        }
        *target = qint64(d);
    }
    return r;
}

} // namespace Airlock
