#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/// Huawei Cloud API-gateway request signing (SDK-HMAC-SHA256), written from the published
/// algorithm (reference/api-facts.md §1.5) and tested against the vendor SDK's own vector.
/// Pure: no clock, no network. The caller adds the returned headers to the request.
class AkSkSigner
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// The gateway refuses AK/SK-signed bodies over 12 MB (APIGW.0301 "body too large"): such a
    /// request needs a token instead.
    static constexpr qint64 MaxSignedBodyBytes = 12LL * 1024 * 1024;
    /// The gateway refuses a signature whose X-Sdk-Date is more than 15 minutes off.
    static constexpr qint64 MaxClockSkewSeconds = 15 * 60;

    struct Credentials
    {
        QString accessKey;
        QString secretKey;
        QString securityToken; // temporary AK/SK only: sent as X-Security-Token and signed
        QString projectId;     // sub-projects: X-Project-Id, signed
    };

    struct Signed
    {
        Headers headers; // X-Sdk-Date, Authorization, and X-Security-Token/X-Project-Id if set
        QByteArray canonicalRequest; // for diagnostics in tests; holds no secret
    };

    /// Signs `method url` with `headers` (every one given is signed; Host is taken from the URL
    /// unless `signHost` is off) and `body` at time `when` (UTC). Empty result: the body is too
    /// large to sign.
    static std::optional<Signed> sign(const QByteArray &method,
        const QUrl &url,
        const Headers &headers,
        const QByteArray &body,
        const Credentials &credentials,
        const QDateTime &when,
        bool signHost = true);

    static QByteArray canonicalUri(const QUrl &url);
    static QByteArray canonicalQuery(const QUrl &url);
    static QByteArray sdkDate(const QDateTime &when); // 20060102T150405Z

    /// Server time minus local time, from a response's Date header (RFC 7231 IMF-fixdate), in
    /// seconds; empty when the header is missing or unreadable.
    static std::optional<qint64> clockSkewSeconds(
        const QByteArray &dateHeader, const QDateTime &localNow);
};
