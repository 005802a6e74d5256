// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Airlock {

struct RunResult;

/**
 * Looks through a run's outputs for secrets and personal data before the
 * analyst releases them to the agent. Line by line, with regular expressions
 * and, where a format has one, its checksum (Luhn for card numbers, mod 97
 * for IBANs), so that ordinary data — numbers, dates, hashes — stays quiet.
 *
 * It sees through simple disguises: UTF-16 and UTF-32 text (by byte order
 * mark or by the pattern of NUL bytes), zero-width and bidi control
 * characters and compatibility forms such as full-width letters (NFKC),
 * base64 (standard and URL-safe, padded or not) and hex runs of at least 16
 * characters, decoded and read again up to two levels deep, and secrets
 * split across up to four lines, CSV cells of a row or cells down a column.
 * What it still cannot read is reported as unscanned, never as clean.
 *
 * A finding says what was found and where, never the secret itself: its
 * excerpt is masked.
 */
class OutputScanner
{
public:
    struct Finding
    {
        /// A stable id, one of kinds().
        QString kind;
        /// Where: "stdout", "stderr" or an artifact's name, as the caller gave it.
        QString source;
        /// 1-based line in that source.
        int line = 0;
        /**
         * The match, masked: at most its first 4 and last 2 characters are
         * kept, fewer for short matches, the rest is '•' (at most
         * MaxMaskChars of them). An assignment keeps its name ("password=");
         * a bearer token keeps "Bearer "; an e-mail address keeps the first
         * character of its local part and its domain (j•••@example.com); a
         * private key shows its PEM header, which holds nothing secret.
         */
        QString excerpt;
        /**
         * How the match was hidden, empty when it was in plain sight; else
         * steps joined by '+', outermost first: "utf-16le", "utf-16be",
         * "utf-32le", "utf-32be", "unicode" (invisible characters or
         * compatibility forms), "base64", "hex", "lines", "cells".
         */
        QString encoding = {};

        /// The translated name of the kind, e.g. "AWS access key".
        QString label() const;
        /// {kind, source, line, excerpt}, and encoding when there is one.
        QJsonObject toJson() const;

        friend bool operator==(const Finding &, const Finding &) = default;
    };

    /// A long secret's excerpt is shortened to this many '•'.
    static constexpr int MaxMaskChars = 32;

    /**
     * Scans @p data, taken as UTF-8 text (invalid bytes are tolerated), named
     * @p source. At most the first @p maxBytes are read and at most
     * @p maxFindings findings returned, in the order they appear in the data.
     * When two patterns claim the same text, the more specific one wins: a
     * JWT after "Bearer" is a "jwt", a Stripe key assigned to api_key a
     * "stripe-key".
     *
     * @p unscanned, when given, receives a translated note for each part of
     * the data that could not be read (binary data, base64 that decodes to
     * binary data, what lies beyond the decoding and joining budgets), so
     * that the caller never calls such data clean. Time and memory stay
     * linear in @p maxBytes.
     */
    static QList<Finding> scan(const QByteArray &data, const QString &source, int maxFindings = 200,
        qint64 maxBytes = 8 * 1024 * 1024, QStringList *unscanned = nullptr);

    /// True when a file of this name or media type is text worth scanning:
    /// text/*, JSON, XML, SVG, CSV, Python and the like; not PNG, JPEG, PDF.
    static bool isScannable(const QString &name, const QString &mediaType);

    /// Scans everything a run would send back: its output, the events it
    /// reported, each file's name and each text file. What could not be
    /// read (images, what lies beyond @p maxBytes) is named in @p unscanned.
    static QList<Finding> scanRun(
        const RunResult &result, QStringList *unscanned, qint64 maxBytes = 8 * 1024 * 1024);

    /// Every kind scan() reports, from the most specific to the least.
    static QStringList kinds();
};

} // namespace Airlock
