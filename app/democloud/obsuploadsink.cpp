#include "obsuploadsink.h"

#include <openssl/evp.h>

namespace DemoCloud {

ObsUploadSink::ObsUploadSink(const QString &path, QString fileName)
    : m_file(path)
    , m_fileName(std::move(fileName))
    , m_md5(EVP_MD_CTX_new())
    , m_sha256(EVP_MD_CTX_new())
{
    m_ok = m_file.open(QIODevice::WriteOnly) && m_md5 && m_sha256
        && EVP_DigestInit_ex(m_md5, EVP_md5(), nullptr) == 1
        && EVP_DigestInit_ex(m_sha256, EVP_sha256(), nullptr) == 1;
}

ObsUploadSink::~ObsUploadSink()
{
    EVP_MD_CTX_free(m_md5);
    EVP_MD_CTX_free(m_sha256);
    if (!m_taken) {
        m_file.close();
        m_file.remove();
    }
}

bool ObsUploadSink::write(QByteArrayView chunk)
{
    if (!m_ok || !m_md5Raw.isEmpty())
        return false;
    m_ok = m_file.write(chunk.data(), chunk.size()) == chunk.size()
        && EVP_DigestUpdate(m_md5, chunk.data(), size_t(chunk.size())) == 1
        && EVP_DigestUpdate(m_sha256, chunk.data(), size_t(chunk.size())) == 1;
    m_size += chunk.size();
    return m_ok;
}

void ObsUploadSink::finishDigests()
{
    if (!m_md5Raw.isEmpty())
        return;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_md5, digest, &length);
    m_md5Raw = QByteArray(reinterpret_cast<const char *>(digest), int(length));
    EVP_DigestFinal_ex(m_sha256, digest, &length);
    m_sha256Hex = QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QByteArray ObsUploadSink::payloadSha256Hex()
{
    finishDigests();
    return m_sha256Hex;
}

QByteArray ObsUploadSink::md5()
{
    finishDigests();
    return m_md5Raw;
}

QString ObsUploadSink::take()
{
    finishDigests();
    m_file.close();
    m_taken = true;
    return m_fileName;
}

} // namespace DemoCloud
