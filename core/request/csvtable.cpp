// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "csvtable.h"

#include <QCoreApplication>
#include <QFile>

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::CsvTable)
};

/// The most frequent of comma, tab and semicolon outside quotes on the first
/// line; a comma when in doubt.
char guessDelimiter(QByteArrayView data)
{
    // A hostile first line can be megabytes long; its start tells enough.
    data = data.first(qMin<qsizetype>(data.size(), 64 * 1024));
    int comma = 0;
    int tab = 0;
    int semicolon = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == '\t')
            ++tab;
        else if (c == ';')
            ++semicolon;
    }
    if (tab > comma && tab >= semicolon)
        return '\t';
    if (semicolon > comma)
        return ';';
    return ',';
}
} // namespace

CsvTable CsvTable::parse(const QByteArray &input, int maxRows)
{
    CsvTable table;
    QByteArrayView data(input);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    const char delimiter = guessDelimiter(data);
    maxRows = qMax(0, maxRows);

    QStringList row;
    QByteArray field;
    bool haveHeader = false;
    bool inRecord = false;
    bool atFieldStart = true;
    bool quoted = false;
    qsizetype cells = 0;

    const auto appendByte = [&](char c) {
        if (field.size() < MaxFieldBytes)
            field.append(c);
        else
            table.truncated = true;
    };
    const auto endField = [&] {
        if (row.size() < MaxColumns)
            row.append(QString::fromUtf8(field));
        else
            table.truncated = true;
        field.resize(0); // keeps the buffer for the next field
        atFieldStart = true;
    };
    const auto endRecord = [&] {
        endField();
        cells += row.size();
        if (haveHeader)
            table.rows.append(row);
        else
            table.header = row;
        haveHeader = true;
        row.clear();
        inRecord = false;
    };

    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        if (quoted) {
            if (c != '"')
                appendByte(c);
            else if (i + 1 < n && data[i + 1] == '"')
                appendByte(data[++i]);
            else
                quoted = false;
            continue;
        }
        if (!inRecord) {
            if (c == '\n' || c == '\r')
                continue; // a blank line
            if (haveHeader && (table.rows.size() >= maxRows || cells >= MaxCells)) {
                table.truncated = true;
                break;
            }
            inRecord = true;
        }
        if (c == '"' && atFieldStart) {
            quoted = true;
            atFieldStart = false;
        } else if (c == delimiter) {
            endField();
        } else if (c == '\n' || c == '\r') {
            endRecord();
            if (c == '\r' && i + 1 < n && data[i + 1] == '\n')
                ++i;
        } else {
            // Text after a closing quote is kept, as spreadsheets do.
            atFieldStart = false;
            appendByte(c);
        }
    }
    // The last record may lack its line break, or its closing quote.
    if (inRecord)
        endRecord();
    return table;
}

std::optional<CsvTable> CsvTable::read(const QString &path, int maxRows, qint64 maxBytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // One byte past the limit tells whether there was more; read in chunks
    // so a huge limit does not allocate up front.
    const qint64 limit = qMax<qint64>(0, maxBytes);
    constexpr qint64 Chunk = 64 * 1024;
    QByteArray data;
    while (data.size() <= limit) {
        const qsizetype old = data.size();
        const qint64 wanted = qMin(Chunk, limit + 1 - old);
        data.resize(old + wanted);
        const qint64 got = file.read(data.data() + old, wanted);
        if (got < 0) {
            if (error)
                *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        data.resize(old + got);
        if (got == 0)
            break;
    }
    const bool cut = data.size() > limit;
    if (cut) {
        data.truncate(limit);
        // Show no half row; a single huge line is kept, cut.
        if (const qsizetype lastBreak = data.lastIndexOf('\n'); lastBreak >= 0)
            data.truncate(lastBreak + 1);
    }
    CsvTable table = parse(data, maxRows);
    table.truncated = table.truncated || cut;
    return table;
}

} // namespace Airlock
