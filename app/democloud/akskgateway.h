#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "httptypes.h"

namespace DemoCloud {

/// The demo's published AK/SK pairs (docs/democloud.md). Like the demo password, they are
/// public demo credentials, never logged or recorded.
namespace DemoKeys {
inline constexpr QStringView AccessKey = u"DEMOACCESSKEYID";
inline constexpr QStringView SecretKey = u"demo-secret-key";
/// A temporary pair: valid only with its security token (X-Security-Token).
inline constexpr QStringView TemporaryAccessKey = u"DEMOTEMPACCESSKEY";
inline constexpr QStringView TemporarySecretKey = u"demo-temporary-secret-key";
inline constexpr QStringView SecurityToken = u"demo-security-token";
} // namespace DemoKeys

/// The Huawei API gateway's check of an AK/SK-signed request (SDK-HMAC-SHA256), written here
/// from reference/api-facts.md §1.5 on its own (libcrypto's HMAC and SHA-256; never the
/// client's signer): the Authorization header's SignedHeaders, recomputed signature, the
/// X-Sdk-Date window (15 minutes), the 12 MB body limit and the temporary key's token.
class AkSkGateway
{
public:
    static constexpr qint64 MaxBodyBytes = 12LL * 1024 * 1024;
    static constexpr qint64 MaxSkewSeconds = 15 * 60;

    struct Result
    {
        bool ok = false;
        std::optional<HttpResponse> refusal; // the gateway's answer when !ok
    };

    /// True when the request carries an SDK-HMAC-SHA256 Authorization header.
    static bool isSigned(const HttpRequest &request);

    /// Checks `request` at server time `now`; `payloadSha256Hex` is the body's hash (of the
    /// buffered body when empty), `bodySize` its size.
    static Result verify(const HttpRequest &request,
        const QDateTime &now,
        const QByteArray &payloadSha256Hex,
        qint64 bodySize);

    // The steps, public for tests.
    static QByteArray canonicalUri(const QByteArray &rawPath);
    static QByteArray canonicalQuery(const QString &rawQuery);
    static QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &data);
    static QByteArray sha256Hex(const QByteArray &data);

    /// The gateway's error body: {"error_code": code, "error_msg": message, "request_id": ...}.
    static HttpResponse refusal(int status, const QString &code, const QString &message);
};

} // namespace DemoCloud
