#include "signingprimitives.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

QByteArray SigningPrimitives::uriEncode(const QByteArray &decoded)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(decoded.size());
    for (char c : decoded) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')
            || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0x0f];
        }
    }
    return out;
}

QByteArray SigningPrimitives::sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QByteArray SigningPrimitives::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(),
        key.constData(),
        int(key.size()),
        reinterpret_cast<const unsigned char *>(data.constData()),
        size_t(data.size()),
        digest,
        &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}
