// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "headsigner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "privatefiles.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::HeadSigner)
};

QString opensslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return QString::fromLatin1(text);
}
} // namespace

struct HeadSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

HeadSigner::~HeadSigner() = default;

QString HeadSigner::defaultKeyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/team-key.pem");
}

std::unique_ptr<HeadSigner> HeadSigner::loadOrCreate(const QString &path, QString *error)
{
    std::unique_ptr<HeadSigner> signer(new HeadSigner);
    signer->m_key = std::make_unique<Key>();
    QFile file(path);
    if (file.exists()) {
        // A key others can read could sign for this workbench: refused.
        if (const QStringList exposed = PrivateFiles::exposed({path}); !exposed.isEmpty()) {
            *error = Tr::tr("the signing key %1 is readable by others: %2").arg(path, exposed.join(QLatin1String("; ")));
            return nullptr;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("cannot read the signing key %1: %2").arg(path, file.errorString());
            return nullptr;
        }
        const QByteArray pem = file.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        signer->m_key->pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!signer->m_key->pkey || EVP_PKEY_get_base_id(signer->m_key->pkey) != EVP_PKEY_ED25519) {
            *error = Tr::tr("%1 is not an Ed25519 private key").arg(path);
            return nullptr;
        }
    } else {
        signer->m_key->pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        if (!signer->m_key->pkey) {
            *error = Tr::tr("cannot make a signing key: %1").arg(opensslError());
            return nullptr;
        }
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, signer->m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        const QByteArray pem(data, size);
        BIO_free(bio);
        // 0600 before a byte is written.
        if (!PrivateFiles::makeFolder(QFileInfo(path).path(), error) || !PrivateFiles::createFile(path, error))
            return nullptr;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(pem) != pem.size() || !file.flush()) {
            *error = Tr::tr("cannot write the signing key %1: %2").arg(path, file.errorString());
            return nullptr;
        }
    }
    unsigned char raw[32];
    size_t length = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(signer->m_key->pkey, raw, &length) != 1 || length != sizeof raw) {
        *error = Tr::tr("cannot read the public half of %1: %2").arg(path, opensslError());
        return nullptr;
    }
    signer->m_publicKey = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), 32).toHex());
    return signer;
}

QString HeadSigner::sign(const QByteArray &message) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned char signature[64];
    size_t length = sizeof signature;
    const bool ok = EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx, signature, &length, reinterpret_cast<const unsigned char *>(message.constData()),
               size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(signature), int(length)).toHex())
              : QString();
}

QByteArray HeadSigner::headMessage(const QString &chainId, qint64 seq, const QString &hash, const QString &signedAt)
{
    return QByteArrayLiteral("airlock.head/v1\n") + chainId.toUtf8() + '\n' + QByteArray::number(seq) + '\n'
        + hash.toUtf8() + '\n' + signedAt.toUtf8() + '\n';
}

bool HeadSigner::verify(const QString &publicKey, const QByteArray &message, const QString &signature)
{
    const QByteArray raw = QByteArray::fromHex(publicKey.toLatin1());
    const QByteArray sig = QByteArray::fromHex(signature.toLatin1());
    if (raw.size() != 32 || sig.size() != 64)
        return false;
    EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()), size_t(raw.size()));
    if (!pkey)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return ok;
}

} // namespace Airlock
