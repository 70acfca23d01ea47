#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "httptypes.h"

namespace DemoCloud {

/// A key pair the object storage accepts: the secret and, for temporary keys (IAM security
/// tokens), the token the request must carry and when it stops being valid.
struct S3Credential
{
    QByteArray secretKey;
    QByteArray securityToken; // empty: a permanent key
    QDateTime expiresAt;      // invalid: never expires
};

/// The S3 refusal of a request's authentication: status, S3 error code and message.
struct S3AuthRefusal
{
    int status = 403;
    QString code;
    QString message;
    QByteArray stringToSign; // SignatureDoesNotMatch only, as S3 servers answer it
    QByteArray canonicalRequest;
};

/// The object storage's check of an AWS Signature Version 4 request (`Authorization:
/// AWS4-HMAC-SHA256 Credential=AK/DATE/REGION/s3/aws4_request, SignedHeaders=..., Signature=...`),
/// written here from the SigV4 rules on their own (S3's variant: the path URI-encoded once and
/// not normalized, the query sorted, header values trimmed, the payload hash from
/// x-amz-content-sha256), with libcrypto; it never uses the client's signer (interfaces.md §1).
/// Checks, in order: the header's shape, x-amz-date within 15 minutes of `now`, the scope's
/// region and service, the access key, a temporary key's token (x-amz-security-token or
/// x-obs-security-token) and its expiry, `host` signed, then the signature. Presigned URLs are
/// not accepted.
class S3SigV4Check
{
public:
    static constexpr qint64 MaxSkewSeconds = 15 * 60;
    using KeyLookup = std::function<std::optional<S3Credential>(const QByteArray &accessKey)>;

    /// True when the request is meant for the object storage: signed with AWS4-HMAC-SHA256, SigV2
    /// (`AWS AK:sig`), OBS's own scheme (`OBS AK:sig`), or presigned (X-Amz-Algorithm in the
    /// query).
    static bool isS3Request(const HttpRequest &request);

    /// nullopt when the request is authentic. `payloadSha256Hex` is the body's SHA-256 when the
    /// body was streamed (empty: hash the buffered body).
    static std::optional<S3AuthRefusal> verify(const HttpRequest &request,
        const QDateTime &now,
        const QString &region,
        const KeyLookup &keys,
        const QByteArray &payloadSha256Hex);

    /// The access key of an AWS4-HMAC-SHA256 Authorization header (empty when it has none).
    static QByteArray accessKeyOf(const HttpRequest &request);

    // The steps, public for tests.
    static QByteArray canonicalUri(const QByteArray &rawPath);
    static QByteArray canonicalQuery(const QString &rawQuery);
    static QByteArray signingKey(
        const QByteArray &secret, const QByteArray &date, const QByteArray &region);
};

} // namespace DemoCloud
