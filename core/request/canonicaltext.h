// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace Airlock {

/**
 * One encoding for everything the audit trail hashes: UTF-8. Qt keeps text
 * as UTF-16, where a lone surrogate (valid JSON: "\ud800") is possible but
 * has no UTF-8 form; converting it silently changes the text, so that what
 * is stored is not what was hashed or reviewed. Such text is found here and
 * refused where it arrives, naming where it is.
 */
namespace CanonicalText {

/// Where text cannot be stored as UTF-8 and read back the same.
struct Problem
{
    QString path; ///< JSON path, e.g. "files[0].name"; empty for the document itself
    QString message; ///< translated
};

/// Index of the first UTF-16 unit of @p text that is a surrogate without
/// its partner; -1 when there is none.
qsizetype loneSurrogateAt(QStringView text);

/// The first string or key in @p value (depth first, keys in order) that
/// holds a lone surrogate; nothing when all of it is valid Unicode.
/// @p path names @p value itself.
std::optional<Problem> findProblem(const QJsonValue &value, const QString &path = {});

/// @p value with every lone surrogate replaced by U+FFFD. Only for what the
/// host merely reports (the code's self-reported events, the analyzer's
/// findings), never for what is reviewed or decided.
QJsonObject withoutLoneSurrogates(const QJsonObject &value);

/// @p text as UTF-8, with lone surrogates encoded as if they were code
/// points (WTF-8), so nothing is lost: for text that is kept as raw bytes.
QByteArray toLosslessBytes(QStringView text);

/// Offset of the first byte of @p bytes that is not valid UTF-8; -1 when
/// all of it is. @p encodedSurrogate says whether that byte starts a
/// surrogate encoded as UTF-8 (ED A0..BF xx), as toLosslessBytes() writes.
qsizetype invalidUtf8At(QByteArrayView bytes, bool *encodedSurrogate = nullptr);

/// @p bytes with each encoded surrogate written as a JSON escape (\\uXXXX),
/// so that a JSON parser keeps it and findProblem() can name its field.
QByteArray escapeEncodedSurrogates(QByteArrayView bytes);

/// @p text with lone surrogates shown as \\uXXXX, for messages that quote it.
QString visible(QStringView text);

} // namespace CanonicalText
} // namespace Airlock
