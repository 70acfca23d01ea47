#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

/// AWS Signature Version 4 (AWS4-HMAC-SHA256), the way S3 and OBS's S3 API check it: no path
/// normalization, the path URI-encoded once, every header given signed. HMAC-SHA256 and SHA-256
/// from libcrypto. Pure: no clock, no network; tested against the AWS SigV4 test suite
/// (tests/fixtures/sigv4).
///
/// Payload: Imagewright signs S3 requests with `UNSIGNED-PAYLOAD` and protects every body it
/// sends with `Content-MD5` (docs/obs.md): OBS's V4 accepts only UNSIGNED-PAYLOAD or streaming
/// payloads, and hashing a multi-GiB file with SHA-256 before sending each part would cost a
/// second pass. A real payload hash is supported (payloadHash) for the test suite and servers
/// that want it.
class SigV4Signer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static constexpr char UnsignedPayload[] = "UNSIGNED-PAYLOAD";

    struct Credentials
    {
        QString accessKey;
        QString secretKey;
        QString sessionToken; // temporary credentials: x-amz-security-token, signed
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // decoded, UTF-8 ("/bucket/my object"); "" means "/"
        Headers query;   // decoded names and values, as many times as given
        Headers headers; // every one is signed (names case-insensitive; values trimmed)
        QByteArray payloadHash = UnsignedPayload; // hex SHA-256 of the body, or UNSIGNED-PAYLOAD
        /// Sends and signs x-amz-content-sha256 (S3 requires it; the generic suite does not).
        bool contentSha256Header = true;
    };

    struct Signed
    {
        Headers headers; // to add: x-amz-date, x-amz-content-sha256, x-amz-security-token,
                         // Authorization
        QByteArray canonicalRequest; // for tests and diagnostics; holds no secret
        QByteArray stringToSign;
        QByteArray signature; // hex
    };

    /// Authorization-header signing of `request` at `when` for `region` and `service`.
    static Signed sign(const Request &request,
        const Credentials &credentials,
        const QString &region,
        const QString &service,
        const QDateTime &when);

    /// A presigned request: the query items to append (X-Amz-Algorithm ... X-Amz-Signature),
    /// valid for `expiresSeconds`. Only `host` (and the headers given) are signed.
    static Signed presign(const Request &request,
        const Credentials &credentials,
        const QString &region,
        const QString &service,
        const QDateTime &when,
        int expiresSeconds,
        Headers *queryToAdd);

    static QByteArray amzDate(const QDateTime &when); // 20150830T123600Z
    /// RFC 3986 encoding: unreserved characters stay, the rest %XX upper-case; '/' kept when
    /// `keepSlash`.
    static QByteArray uriEncode(const QByteArray &bytes, bool keepSlash);
    static QByteArray canonicalUri(const QByteArray &decodedPath);
    static QByteArray canonicalQuery(const Headers &decodedItems);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
    static QByteArray signingKey(const QString &secretKey,
        const QByteArray &date,
        const QString &region,
        const QString &service);

private:
    static Signed finish(const Request &request,
        const Headers &signedHeaders,
        const Headers &query,
        const Credentials &credentials,
        const QByteArray &scope,
        const QByteArray &date,
        const QString &region,
        const QString &service);
};
