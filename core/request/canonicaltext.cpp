// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "canonicaltext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Airlock::CanonicalText {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::CanonicalText)
};

bool isLoneAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    return false;
}

QString escapeUnit(char16_t unit)
{
    return QStringLiteral("\\u%1").arg(uint(unit), 4, 16, QLatin1Char('0'));
}

// A key that reads well after a dot, or one that needs quoting.
bool isPlainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString memberPath(const QString &parent, const QString &key)
{
    if (isPlainKey(key))
        return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
    return parent + QStringLiteral("[\"") + visible(key) + QStringLiteral("\"]");
}

QString problemMessage(QStringView text, qsizetype at)
{
    return Tr::tr("contains a lone UTF-16 surrogate (%1) at character %2; such text has no UTF-8 form and "
                  "cannot be recorded as it is")
        .arg(escapeUnit(text.at(at).unicode()))
        .arg(at + 1);
}

QJsonValue replaced(const QJsonValue &value)
{
    auto text = [](const QString &s) {
        if (loneSurrogateAt(s) < 0)
            return s;
        QString out = s;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (isLoneAt(s, i))
                out[i] = QChar::ReplacementCharacter;
        }
        return out;
    };
    switch (value.type()) {
    case QJsonValue::String:
        return text(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(replaced(v));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(text(it.key()), replaced(it.value()));
        return out;
    }
    default:
        return value;
    }
}
} // namespace

qsizetype loneSurrogateAt(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSurrogate() && isLoneAt(text, i))
            return i;
    }
    return -1;
}

std::optional<Problem> findProblem(const QJsonValue &value, const QString &path)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString s = value.toString();
        if (const qsizetype at = loneSurrogateAt(s); at >= 0)
            return Problem{path, problemMessage(s, at)};
        return std::nullopt;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto p = findProblem(array.at(i), path + QStringLiteral("[%1]").arg(i)))
                return p;
        }
        return std::nullopt;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString at = memberPath(path, key);
            if (const qsizetype i = loneSurrogateAt(key); i >= 0)
                return Problem{at, Tr::tr("the field's name %1").arg(problemMessage(key, i))};
            if (auto p = findProblem(it.value(), at))
                return p;
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QJsonObject withoutLoneSurrogates(const QJsonObject &value)
{
    return replaced(value).toObject();
}

QByteArray toLosslessBytes(QStringView text)
{
    if (loneSurrogateAt(text) < 0)
        return text.toUtf8();
    QByteArray out;
    out.reserve(text.size() * 3);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 0x80) {
            out.append(char(c));
        } else if (c < 0x800) {
            out.append(char(0xC0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            // A lone surrogate lands here too, as the three bytes it would have.
            out.append(char(0xE0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3F)));
            out.append(char(0x80 | (c & 0x3F)));
        } else {
            out.append(char(0xF0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3F)));
            out.append(char(0x80 | ((c >> 6) & 0x3F)));
            out.append(char(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

qsizetype invalidUtf8At(QByteArrayView bytes, bool *encodedSurrogate)
{
    if (encodedSurrogate)
        *encodedSurrogate = false;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    auto continuation = [&](qsizetype at) { return at < n && (p[at] & 0xC0) == 0x80; };
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        uchar low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            if (b == 0xF4)
                high = 0x8F;
        }
        if (length == 0 || i + 1 >= n || p[i + 1] < low || p[i + 1] > high) {
            if (encodedSurrogate)
                *encodedSurrogate
                    = b == 0xED && i + 2 < n && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF && continuation(i + 2);
            return i;
        }
        for (qsizetype k = 2; k < length; ++k) {
            if (!continuation(i + k))
                return i;
        }
        i += length;
    }
    return -1;
}

QByteArray escapeEncodedSurrogates(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    QByteArray out;
    out.reserve(n + 16);
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == 0xED && i + 2 < n && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF && (p[i + 2] & 0xC0) == 0x80) {
            const char16_t unit = char16_t(0xD000 | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
            out.append(escapeUnit(unit).toLatin1());
            i += 2;
        } else {
            out.append(char(p[i]));
        }
    }
    return out;
}

QString visible(QStringView text)
{
    if (loneSurrogateAt(text) < 0)
        return text.toString();
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isLoneAt(text, i))
            out += escapeUnit(text.at(i).unicode());
        else
            out += text.at(i);
    }
    return out;
}

} // namespace Airlock::CanonicalText
