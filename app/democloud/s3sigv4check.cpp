#include "s3sigv4check.h"

#include <algorithm>

#include <QByteArrayList>

#include "signingprimitives.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

using SigningPrimitives::sha256Hex;
using SigningPrimitives::uriEncode;

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return SigningPrimitives::hmacSha256(key, data);
}

/// "AWS4-HMAC-SHA256 Credential=AK/20261205/demo-1/s3/aws4_request, SignedHeaders=a;b,
/// Signature=hex" into its parts.
struct Authorization
{
    QByteArray accessKey;
    QByteArray date;
    QByteArray region;
    QByteArray service;
    QByteArray terminator;
    QByteArray signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray &value)
{
    static const QByteArray scheme = "AWS4-HMAC-SHA256 ";
    if (!value.startsWith(scheme))
        return std::nullopt;
    Authorization a;
    QByteArray credential;
    const QList<QByteArray> parts = value.mid(scheme.size()).split(',');
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            return std::nullopt;
        const QByteArray key = part.left(eq);
        const QByteArray v = part.mid(eq + 1);
        if (key == "Credential")
            credential = v;
        else if (key == "SignedHeaders")
            a.signedHeaders = v;
        else if (key == "Signature")
            a.signature = v;
    }
    // Split from the right: the scope's last four parts are fixed.
    QByteArrayList scope = credential.split('/');
    if (scope.size() < 5 || a.signedHeaders.isEmpty() || a.signature.isEmpty())
        return std::nullopt;
    a.terminator = scope.takeLast();
    a.service = scope.takeLast();
    a.region = scope.takeLast();
    a.date = scope.takeLast();
    a.accessKey = scope.join('/');
    if (a.accessKey.isEmpty() || a.date.size() != 8)
        return std::nullopt;
    return a;
}

S3AuthRefusal refusal(int status, const QString &code, const QString &message)
{
    return S3AuthRefusal{status, code, message, {}, {}};
}

} // namespace

bool S3SigV4Check::isS3Request(const HttpRequest &request)
{
    const QByteArray auth = request.header("authorization");
    return auth.startsWith("AWS4-HMAC-SHA256") || auth.startsWith("AWS ") || auth.startsWith("OBS ")
        || request.query.hasQueryItem(u"X-Amz-Algorithm"_s);
}

QByteArray S3SigV4Check::accessKeyOf(const HttpRequest &request)
{
    const auto auth = parseAuthorization(request.header("authorization"));
    return auth ? auth->accessKey : QByteArray();
}

QByteArray S3SigV4Check::canonicalUri(const QByteArray &rawPath)
{
    // S3: each segment URI-encoded once (decoded as sent, then encoded), never normalized.
    const QList<QByteArray> segments = rawPath.split('/');
    QByteArrayList encoded;
    for (const QByteArray &s : segments)
        encoded << uriEncode(QByteArray::fromPercentEncoding(s));
    const QByteArray uri = encoded.join('/');
    return uri.isEmpty() ? "/"_ba : uri;
}

QByteArray S3SigV4Check::canonicalQuery(const QString &rawQuery)
{
    QList<std::pair<QByteArray, QByteArray>> params;
    const QList<QByteArray> pairs = rawQuery.toLatin1().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        const QByteArray value =
            eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(eq + 1));
        params.append({uriEncode(key), uriEncode(value)});
    }
    std::sort(params.begin(), params.end());
    QByteArrayList out;
    for (const auto &[key, value] : std::as_const(params))
        out << key + '=' + value;
    return out.join('&');
}

QByteArray S3SigV4Check::signingKey(
    const QByteArray &secret, const QByteArray &date, const QByteArray &region)
{
    const QByteArray kDate = hmac("AWS4" + secret, date);
    const QByteArray kRegion = hmac(kDate, region);
    const QByteArray kService = hmac(kRegion, "s3");
    return hmac(kService, "aws4_request");
}

std::optional<S3AuthRefusal> S3SigV4Check::verify(const HttpRequest &request,
    const QDateTime &now,
    const QString &region,
    const KeyLookup &keys,
    const QByteArray &payloadSha256Hex)
{
    const QByteArray header = request.header("authorization");
    if (request.query.hasQueryItem(u"X-Amz-Algorithm"_s)) {
        return refusal(403,
            u"AccessDenied"_s,
            u"Presigned URLs are not supported by the demo object storage."_s);
    }
    if (!header.startsWith("AWS4-HMAC-SHA256")) {
        return refusal(403,
            u"AccessDenied"_s,
            u"Only AWS Signature Version 4 (AWS4-HMAC-SHA256) is accepted here."_s);
    }
    const auto auth = parseAuthorization(header);
    if (!auth) {
        return refusal(
            400, u"AuthorizationHeaderMalformed"_s, u"The authorization header is malformed."_s);
    }
    const QByteArray amzDate = request.header("x-amz-date");
    QDateTime signedAt =
        QDateTime::fromString(QString::fromLatin1(amzDate), u"yyyyMMdd'T'HHmmss'Z'"_s);
    signedAt.setTimeSpec(Qt::UTC);
    if (!signedAt.isValid()) {
        return refusal(403,
            u"AccessDenied"_s,
            u"AWS authentication requires a valid Date or x-amz-date header."_s);
    }
    if (std::abs(signedAt.secsTo(now.toUTC())) > MaxSkewSeconds) {
        return refusal(403,
            u"RequestTimeTooSkewed"_s,
            u"The difference between the request time and the server's time is too large."_s);
    }
    if (!amzDate.startsWith(auth->date)) {
        return refusal(400,
            u"AuthorizationHeaderMalformed"_s,
            u"The credential's date does not match x-amz-date."_s);
    }
    if (auth->region != region.toLatin1()) {
        return refusal(400,
            u"AuthorizationHeaderMalformed"_s,
            u"The authorization header is malformed; the region '%1' is wrong; expecting '%2'."_s
                .arg(QString::fromLatin1(auth->region), region));
    }
    if (auth->service != "s3" || auth->terminator != "aws4_request") {
        return refusal(400,
            u"AuthorizationHeaderMalformed"_s,
            u"The credential scope must end in s3/aws4_request."_s);
    }
    const std::optional<S3Credential> credential = keys(auth->accessKey);
    if (!credential) {
        return refusal(403,
            u"InvalidAccessKeyId"_s,
            u"The access key Id you provided does not exist in our records."_s);
    }
    QByteArray token = request.header("x-amz-security-token");
    if (token.isEmpty())
        token = request.header("x-obs-security-token");
    if (!credential->securityToken.isEmpty()) {
        if (token != credential->securityToken) {
            return refusal(
                403, u"InvalidToken"_s, u"The provided token is malformed or otherwise invalid."_s);
        }
        if (credential->expiresAt.isValid() && now >= credential->expiresAt) {
            return refusal(400, u"ExpiredToken"_s, u"The provided token has expired."_s);
        }
    } else if (!token.isEmpty()) {
        return refusal(
            403, u"InvalidToken"_s, u"The provided token is malformed or otherwise invalid."_s);
    }
    const QByteArrayList signedNames = auth->signedHeaders.split(';');
    if (!signedNames.contains("host")) {
        return refusal(
            403, u"AccessDenied"_s, u"The host header must be among the signed headers."_s);
    }
    const QByteArray payloadHeader = request.header("x-amz-content-sha256");
    if (payloadHeader.isEmpty()) {
        return refusal(400,
            u"InvalidRequest"_s,
            u"Missing required header for this request: x-amz-content-sha256."_s);
    }
    if (payloadHeader != "UNSIGNED-PAYLOAD") {
        const QByteArray actual =
            payloadSha256Hex.isEmpty() ? sha256Hex(request.body) : payloadSha256Hex;
        if (payloadHeader != actual) {
            return refusal(400,
                u"XAmzContentSHA256Mismatch"_s,
                u"The provided 'x-amz-content-sha256' header does not match what was computed."_s);
        }
    }

    QByteArray canonicalHeaders;
    for (const QByteArray &name : signedNames) {
        QByteArrayList values;
        for (const auto &[key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                values << value.simplified();
        }
        canonicalHeaders += name + ':' + values.join(',') + '\n';
    }
    const QByteArray canonical = request.method + '\n' + canonicalUri(request.rawPath) + '\n'
        + canonicalQuery(request.rawQuery) + '\n' + canonicalHeaders + '\n' + auth->signedHeaders
        + '\n' + payloadHeader;
    const QByteArray scope = auth->date + '/' + auth->region + "/s3/aws4_request";
    const QByteArray toSign =
        "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(canonical);
    const QByteArray expected =
        hmac(signingKey(credential->secretKey, auth->date, auth->region), toSign).toHex();
    if (expected != auth->signature) {
        S3AuthRefusal r = refusal(403,
            u"SignatureDoesNotMatch"_s,
            u"The request signature we calculated does not match the signature you provided. "
            "Check your key and signing method."_s);
        r.stringToSign = toSign;
        r.canonicalRequest = canonical;
        return r;
    }
    return std::nullopt;
}

} // namespace DemoCloud
