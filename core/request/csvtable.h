// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airlock {

/**
 * The head of a CSV file a run wrote, for display. RFC 4180: quoted fields,
 * doubled quotes, line breaks inside quotes, CRLF or LF. UTF-8, a BOM is
 * dropped. The delimiter is guessed from the first line: comma, tab or
 * semicolon. Ragged rows are kept as they are; blank lines are skipped.
 *
 * Made for hostile input: at most MaxColumns fields per row and MaxFieldBytes
 * per field are kept, and at most MaxCells cells in all.
 */
struct CsvTable
{
    static constexpr int MaxColumns = 1000;
    static constexpr int MaxFieldBytes = 32 * 1024;
    static constexpr qsizetype MaxCells = 1000 * 1000;

    QStringList header; ///< the first row
    QList<QStringList> rows; ///< the rows after the header
    /// More rows or bytes existed than were read, or a row or field was cut.
    bool truncated = false;

    /// Parses @p data; at most @p maxRows rows after the header.
    static CsvTable parse(const QByteArray &data, int maxRows = 1000);

    /// Reads at most @p maxBytes of @p path and parses them; a row cut by
    /// the byte limit is dropped. Returns nothing, and sets @p error, when
    /// the file cannot be read.
    static std::optional<CsvTable> read(const QString &path, int maxRows, qint64 maxBytes, QString *error);
};

} // namespace Airlock
