// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

/**
 * An agent's request to run code: `airlock.request/v1` (SPEC §1).
 *
 * Parsing checks the document's shape only: JSON, types, required fields,
 * and that all of its text has a UTF-8 form (what is recorded and hashed).
 * Whether its files, names and limits are acceptable are verdicts, decided
 * against the policy, so that a request with a bad file name is still shown
 * and recorded rather than refused as unreadable.
 */
class Request
{
public:
    static inline const QString Schema = QStringLiteral("airlock.request/v1");

    struct File
    {
        QString name; ///< where it appears: /workspace/<name>
        QString path; ///< as written in the request
        QString resolvedPath; ///< absolute; relative paths against the request's folder
    };

    /// Every limit is optional; the policy supplies defaults and caps.
    struct Limits
    {
        std::optional<qint64> timeoutS;
        std::optional<qint64> maxOutputBytes;
        std::optional<qint64> memoryMb;
        std::optional<qint64> maxArtifactMb;
    };

    /// Why a document is not a request: which field, and what is wrong.
    struct Error
    {
        QString field; ///< JSON path, e.g. "files[1].name"; empty for the document
        QString message; ///< translated
        qint64 offset = -1; ///< the byte where a document that is not JSON goes wrong; -1 when not that
        QString toString() const;
    };

    /// Parses @p document; @p baseDir resolves relative file paths. On
    /// failure returns nothing and fills @p error.
    static std::optional<Request> parse(const QByteArray &document, const QString &baseDir, Error *error);
    /// Reads and parses a request file (at most @p maxBytes of it).
    static std::optional<Request> load(
        const QString &path, Error *error, QByteArray *raw = nullptr, qint64 maxBytes = 16 * 1024 * 1024);

    /// Airlock's own id for this request: a fresh UUID each time a document
    /// is read, whatever it says. It keys the request in the audit trail.
    QString requestId() const { return m_requestId; }
    /// The document's own `request_id`, kept as the agent's reference and
    /// never trusted as identity; empty when it has none.
    QString agentReference() const { return m_agentReference; }
    /// A request read back from the audit trail keeps the id it was recorded under.
    void setRequestId(const QString &id) { m_requestId = id; }
    QString agent() const { return m_agent; }
    QString prompt() const { return m_prompt; }
    /// The code exactly as received: what is approved is what runs.
    QString code() const { return m_code; }
    QByteArray codeBytes() const { return m_code.toUtf8(); }
    QString codeSha256() const;
    QList<File> files() const { return m_files; }
    Limits limits() const { return m_limits; }
    QString network() const { return m_network; }
    /// The whole document as received, unknown fields included.
    QJsonObject document() const { return m_document; }
    QString baseDir() const { return m_baseDir; }
    /// Empty when the analyst opened the request from a file; otherwise the
    /// agent channel it came in by ("socket" or "mcp"), which holds its
    /// declared files to the policy's `files.roots`.
    QString channel() const;
    void setChannel(const QString &channel);

private:
    QString m_requestId;
    QString m_agentReference;
    QString m_agent;
    QString m_prompt;
    QString m_code;
    QList<File> m_files;
    Limits m_limits;
    QString m_network = QStringLiteral("none");
    QJsonObject m_document;
    QString m_baseDir;
    QString m_channel;
};

} // namespace Airlock
