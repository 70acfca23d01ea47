#include "glanceuploadsink.h"

#include <openssl/evp.h>

namespace DemoCloud {

namespace {

QString finalHex(EVP_MD_CTX *ctx)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace

GlanceUploadSink::GlanceUploadSink(QString imageId,
    std::function<void()> onFirstByte,
    std::function<void()> onAbandoned,
    bool sha256)
    : m_imageId(std::move(imageId))
    , m_onFirstByte(std::move(onFirstByte))
    , m_onAbandoned(std::move(onAbandoned))
    , m_md5(EVP_MD_CTX_new())
    , m_sha512(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_md5, EVP_md5(), nullptr);
    EVP_DigestInit_ex(m_sha512, EVP_sha512(), nullptr);
    if (sha256) {
        m_sha256 = EVP_MD_CTX_new();
        EVP_DigestInit_ex(m_sha256, EVP_sha256(), nullptr);
    }
}

QByteArray GlanceUploadSink::payloadSha256Hex()
{
    if (m_sha256 && m_sha256Hex.isEmpty())
        m_sha256Hex = finalHex(m_sha256).toLatin1();
    return m_sha256Hex;
}

GlanceUploadSink::~GlanceUploadSink()
{
    EVP_MD_CTX_free(m_md5);
    EVP_MD_CTX_free(m_sha512);
    EVP_MD_CTX_free(m_sha256);
    if (!m_committed && m_onAbandoned)
        m_onAbandoned();
}

bool GlanceUploadSink::write(QByteArrayView chunk)
{
    if (m_size == 0 && !chunk.isEmpty() && m_onFirstByte)
        m_onFirstByte();
    EVP_DigestUpdate(m_md5, chunk.data(), size_t(chunk.size()));
    EVP_DigestUpdate(m_sha512, chunk.data(), size_t(chunk.size()));
    if (m_sha256)
        EVP_DigestUpdate(m_sha256, chunk.data(), size_t(chunk.size()));
    m_size += chunk.size();
    return true;
}

void GlanceUploadSink::finish(QString *md5, QString *sha512)
{
    m_committed = true;
    *md5 = finalHex(m_md5);
    *sha512 = finalHex(m_sha512);
}

} // namespace DemoCloud
