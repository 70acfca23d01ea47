#include "obs/sigv4signer.h"

#include <algorithm>
#include <map>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;

namespace {

/// Header value as SigV4 wants it: trimmed, runs of spaces (and folded lines) as one space.
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

QByteArray SigV4Signer::amzDate(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray SigV4Signer::uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static const char Hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')
            || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' || u == '~';
        if (unreserved || (keepSlash && u == '/')) {
            out += c;
        } else {
            out += '%';
            out += Hex[u >> 4];
            out += Hex[u & 0xF];
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &decodedPath)
{
    if (decodedPath.isEmpty())
        return "/";
    return uriEncode(decodedPath, true);
}

QByteArray SigV4Signer::canonicalQuery(const Headers &decodedItems)
{
    // Sorted by encoded name, then encoded value (byte order).
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(decodedItems.size());
    for (const auto &[name, value] : decodedItems)
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList parts;
    for (const auto &[name, value] : std::as_const(encoded))
        parts << name + '=' + value;
    return parts.join('&');
}

QByteArray SigV4Signer::sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QByteArray SigV4Signer::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(),
        key.constData(),
        int(key.size()),
        reinterpret_cast<const unsigned char *>(data.constData()),
        size_t(data.size()),
        mac,
        &length);
    return QByteArray(reinterpret_cast<const char *>(mac), int(length));
}

QByteArray SigV4Signer::signingKey(
    const QString &secretKey, const QByteArray &date, const QString &region, const QString &service)
{
    const QByteArray kDate = hmacSha256("AWS4" + secretKey.toUtf8(), date);
    const QByteArray kRegion = hmacSha256(kDate, region.toUtf8());
    const QByteArray kService = hmacSha256(kRegion, service.toUtf8());
    return hmacSha256(kService, "aws4_request");
}

SigV4Signer::Signed SigV4Signer::finish(const Request &request,
    const Headers &signedHeaders,
    const Headers &query,
    const Credentials &credentials,
    const QByteArray &scope,
    const QByteArray &date,
    const QString &region,
    const QString &service)
{
    // Names lower-cased and sorted; repeated headers joined with ',' in the order given.
    std::map<QByteArray, QByteArrayList> byName;
    for (const auto &[name, value] : signedHeaders)
        byName[name.toLower().trimmed()].append(canonicalValue(value));
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[name, values] : byName) {
        canonicalHeaders += name + ':' + values.join(',') + '\n';
        names << name;
    }
    Signed out;
    const QByteArray signedNames = names.join(';');
    out.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(request.path) + '\n'
        + canonicalQuery(query) + '\n' + canonicalHeaders + '\n' + signedNames + '\n'
        + request.payloadHash;
    out.stringToSign =
        "AWS4-HMAC-SHA256\n" + date + '\n' + scope + '\n' + sha256Hex(out.canonicalRequest);
    const QByteArray key = signingKey(credentials.secretKey, date.left(8), region, service);
    out.signature = hmacSha256(key, out.stringToSign).toHex();
    return out;
}

SigV4Signer::Signed SigV4Signer::sign(const Request &request,
    const Credentials &credentials,
    const QString &region,
    const QString &service,
    const QDateTime &when)
{
    const QByteArray date = amzDate(when);
    const QByteArray scope =
        date.left(8) + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    Headers toSign;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "x-amz-date" || lower == "x-amz-security-token"
            || lower == "x-amz-content-sha256")
            continue; // ours
        toSign.append({name, value});
    }
    Headers added{{"x-amz-date", date}};
    if (request.contentSha256Header)
        added.append({"x-amz-content-sha256", request.payloadHash});
    if (!credentials.sessionToken.isEmpty())
        added.append({"x-amz-security-token", credentials.sessionToken.toUtf8()});
    toSign += added;

    Signed out = finish(request, toSign, request.query, credentials, scope, date, region, service);
    QByteArrayList names;
    for (const auto &[name, value] : std::as_const(toSign))
        names << name.toLower().trimmed();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    added.append({"Authorization",
        "AWS4-HMAC-SHA256 Credential=" + credentials.accessKey.toUtf8() + '/' + scope
            + ", SignedHeaders=" + names.join(';') + ", Signature=" + out.signature});
    out.headers = added;
    return out;
}

SigV4Signer::Signed SigV4Signer::presign(const Request &request,
    const Credentials &credentials,
    const QString &region,
    const QString &service,
    const QDateTime &when,
    int expiresSeconds,
    Headers *queryToAdd)
{
    const QByteArray date = amzDate(when);
    const QByteArray scope =
        date.left(8) + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    QByteArrayList names;
    for (const auto &[name, value] : request.headers)
        names << name.toLower().trimmed();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    Headers added{{"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
        {"X-Amz-Credential", credentials.accessKey.toUtf8() + '/' + scope},
        {"X-Amz-Date", date},
        {"X-Amz-Expires", QByteArray::number(expiresSeconds)},
        {"X-Amz-SignedHeaders", names.join(';')}};
    if (!credentials.sessionToken.isEmpty())
        added.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    Signed out = finish(
        request, request.headers, request.query + added, credentials, scope, date, region, service);
    added.append({"X-Amz-Signature", out.signature});
    if (queryToAdd)
        *queryToAdd = added;
    return out;
}
