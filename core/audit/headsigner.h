// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Airlock {

/**
 * The workbench's Ed25519 key, with which it signs the head of its chain
 * (sequence number and hash) before publishing it to the team trail. A
 * published head anchors the chain outside the machine: whoever controls
 * the machine can rewrite the local trail and its head file together, but
 * not the heads already published, nor sign for another workbench.
 *
 * The private key is kept in a file only its owner can read (0600, PEM).
 */
class HeadSigner
{
public:
    /// Where the workbench keeps its key by default (beside its trail).
    static QString defaultKeyPath();
    /// Loads the key at @p path, or makes one there when there is none.
    static std::unique_ptr<HeadSigner> loadOrCreate(const QString &path, QString *error);
    ~HeadSigner();
    HeadSigner(const HeadSigner &) = delete;
    HeadSigner &operator=(const HeadSigner &) = delete;

    /// The public key, 32 bytes as 64 hex digits.
    QString publicKey() const { return m_publicKey; }
    /// The signature of @p message, 64 bytes as 128 hex digits.
    QString sign(const QByteArray &message) const;

    /// What is signed for a head: the format, the chain, the record and the
    /// time, one per line, so no field can be shifted into another.
    static QByteArray headMessage(const QString &chainId, qint64 seq, const QString &hash, const QString &signedAt);
    /// Whether @p signature (hex) is @p publicKey's (hex) over @p message.
    static bool verify(const QString &publicKey, const QByteArray &message, const QString &signature);

private:
    HeadSigner() = default;
    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_publicKey;
};

} // namespace Airlock
