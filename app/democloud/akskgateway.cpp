#include "akskgateway.h"

#include <algorithm>

#include <QJsonObject>
#include <QMap>

#include "apiutil.h"
#include "signingprimitives.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

using SigningPrimitives::uriEncode;

/// "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex" into its three parts.
struct Authorization
{
    QByteArray access;
    QByteArray signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray &value)
{
    static const QByteArray scheme = "SDK-HMAC-SHA256 ";
    if (!value.startsWith(scheme))
        return std::nullopt;
    Authorization a;
    const QList<QByteArray> parts = value.mid(scheme.size()).split(',');
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = part.left(eq);
        const QByteArray v = part.mid(eq + 1);
        if (key == "Access")
            a.access = v;
        else if (key == "SignedHeaders")
            a.signedHeaders = v;
        else if (key == "Signature")
            a.signature = v;
    }
    if (a.access.isEmpty() || a.signedHeaders.isEmpty() || a.signature.isEmpty())
        return std::nullopt;
    return a;
}

} // namespace

bool AkSkGateway::isSigned(const HttpRequest &request)
{
    return request.header("authorization").startsWith("SDK-HMAC-SHA256");
}

QByteArray AkSkGateway::sha256Hex(const QByteArray &data)
{
    return SigningPrimitives::sha256Hex(data);
}

QByteArray AkSkGateway::hmacSha256Hex(const QByteArray &key, const QByteArray &data)
{
    return SigningPrimitives::hmacSha256(key, data).toHex();
}

QByteArray AkSkGateway::canonicalUri(const QByteArray &rawPath)
{
    // Every segment decoded, then escaped again; always a trailing '/'.
    const QList<QByteArray> segments = rawPath.split('/');
    QByteArrayList escaped;
    for (const QByteArray &s : segments)
        escaped << uriEncode(QByteArray::fromPercentEncoding(s));
    QByteArray uri = escaped.join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray AkSkGateway::canonicalQuery(const QString &rawQuery)
{
    // Keys lower-cased and sorted, each key's values sorted, "k=v" joined by '&'.
    QMap<QByteArray, QByteArrayList> params;
    const QList<QByteArray> pairs = rawQuery.toLatin1().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        const QByteArray value =
            eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(eq + 1));
        params[key.toLower()].append(value);
    }
    QByteArrayList out;
    for (auto it = params.begin(); it != params.end(); ++it) {
        QByteArrayList values = it.value();
        std::sort(values.begin(), values.end());
        for (const QByteArray &v : std::as_const(values))
            out << uriEncode(it.key()) + '=' + uriEncode(v);
    }
    return out.join('&');
}

HttpResponse AkSkGateway::refusal(int status, const QString &code, const QString &message)
{
    return HttpResponse::json(status,
        QJsonObject{
            {u"error_code"_s, code}, {u"error_msg"_s, message}, {u"request_id"_s, randomHex(16)}});
}

AkSkGateway::Result AkSkGateway::verify(const HttpRequest &request,
    const QDateTime &now,
    const QByteArray &payloadSha256Hex,
    qint64 bodySize)
{
    const auto refuse = [](int status, const QString &code, const QString &message) {
        return Result{false, refusal(status, code, message)};
    };
    if (bodySize > MaxBodyBytes) {
        return refuse(413,
            u"APIGW.0201"_s,
            u"Request body too large: AK/SK authentication accepts at most 12 MB"_s);
    }
    const auto auth = parseAuthorization(request.header("authorization"));
    if (!auth) {
        return refuse(401,
            u"APIGW.0301"_s,
            u"Incorrect IAM authentication information: Authorization format incorrect"_s);
    }
    const QByteArray sdkDate = request.header("x-sdk-date");
    QDateTime signedAt =
        QDateTime::fromString(QString::fromLatin1(sdkDate), u"yyyyMMdd'T'HHmmss'Z'"_s);
    signedAt.setTimeSpec(Qt::UTC);
    if (!signedAt.isValid()) {
        return refuse(401,
            u"APIGW.0301"_s,
            u"Incorrect IAM authentication information: x-sdk-date not found or invalid"_s);
    }
    if (std::abs(signedAt.secsTo(now.toUTC())) > MaxSkewSeconds) {
        return refuse(401,
            u"APIGW.0303"_s,
            u"Incorrect app authentication information: the request time differs from the "
            "server time by more than 15 minutes"_s);
    }

    // Which secret key; a temporary key needs its security token, signed.
    const QByteArrayList signedNames = auth->signedHeaders.split(';');
    QByteArray secret;
    if (auth->access == DemoKeys::AccessKey.toLatin1()) {
        secret = DemoKeys::SecretKey.toLatin1();
    } else if (auth->access == DemoKeys::TemporaryAccessKey.toLatin1()) {
        if (request.header("x-security-token") != DemoKeys::SecurityToken.toLatin1()
            || !signedNames.contains("x-security-token")) {
            return refuse(401,
                u"APIGW.0301"_s,
                u"Incorrect IAM authentication information: security token invalid"_s);
        }
        secret = DemoKeys::TemporarySecretKey.toLatin1();
    } else {
        return refuse(
            401, u"APIGW.0301"_s, u"Incorrect IAM authentication information: AK not found"_s);
    }
    if (!signedNames.contains("x-sdk-date")) {
        return refuse(401,
            u"APIGW.0301"_s,
            u"Incorrect IAM authentication information: x-sdk-date is not signed"_s);
    }

    QByteArray canonicalHeaders;
    for (const QByteArray &name : signedNames) {
        QByteArrayList values;
        for (const auto &[key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                values << value.trimmed();
        }
        std::sort(values.begin(), values.end());
        for (const QByteArray &v : std::as_const(values))
            canonicalHeaders += name + ':' + v + '\n';
    }
    QByteArray payload = request.header("x-sdk-content-sha256");
    if (payload.isEmpty())
        payload = payloadSha256Hex.isEmpty() ? sha256Hex(request.body) : payloadSha256Hex;
    const QByteArray canonical = request.method + '\n' + canonicalUri(request.rawPath) + '\n'
        + canonicalQuery(request.rawQuery) + '\n' + canonicalHeaders + '\n' + auth->signedHeaders
        + '\n' + payload;
    const QByteArray toSign = "SDK-HMAC-SHA256\n" + sdkDate + '\n' + sha256Hex(canonical);
    if (hmacSha256Hex(secret, toSign) != auth->signature) {
        return refuse(401,
            u"APIGW.0301"_s,
            u"Incorrect IAM authentication information: verify aksk signature fail"_s);
    }
    return Result{true, std::nullopt};
}

} // namespace DemoCloud
