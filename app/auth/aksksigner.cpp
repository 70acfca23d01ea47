#include "auth/aksksigner.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// RFC 3986 unreserved characters stay; everything else is %XX with upper-case hex.
QByteArray escape(const QString &s)
{
    return s.toUtf8().toPercentEncoding();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray AkSkSigner::sdkDate(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray AkSkSigner::canonicalUri(const QUrl &url)
{
    // Each path segment escaped; the result always ends with '/'.
    const QStringList segments = url.path(QUrl::FullyDecoded).split(u'/');
    QByteArrayList escaped;
    for (const QString &s : segments)
        escaped << escape(s);
    QByteArray uri = escaped.join('/');
    if (uri.isEmpty() || !uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray AkSkSigner::canonicalQuery(const QUrl &url)
{
    // Keys lower-cased and sorted, each key's values sorted, "k=v" joined by '&'.
    QMap<QString, QStringList> query;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        query[key.toLower()].append(value);
    QByteArrayList parts;
    for (auto it = query.begin(); it != query.end(); ++it) {
        QByteArrayList values;
        for (const QString &v : std::as_const(it.value()))
            values << escape(v);
        QStringList sorted = it.value();
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.toUtf8() < b.toUtf8(); // byte order, as the reference signer sorts
        });
        for (const QString &v : std::as_const(sorted))
            parts << escape(it.key()) + '=' + escape(v);
    }
    return parts.join('&');
}

std::optional<AkSkSigner::Signed> AkSkSigner::sign(const QByteArray &method,
    const QUrl &url,
    const Headers &headers,
    const QByteArray &body,
    const Credentials &credentials,
    const QDateTime &when,
    bool signHost)
{
    if (body.size() > MaxSignedBodyBytes)
        return std::nullopt;
    const QByteArray date = sdkDate(when);

    // Every header given is signed, names lower-cased and sorted, values trimmed.
    QMap<QByteArray, QByteArrayList> signedHeaders;
    QByteArray payloadHash;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "x-sdk-content-sha256") {
            payloadHash = value.trimmed(); // the caller hashed a streamed body itself
            continue;
        }
        if (lower == "authorization" || lower == "x-sdk-date")
            continue;
        signedHeaders[lower].append(value.trimmed());
    }
    Headers added{{"X-Sdk-Date", date}};
    signedHeaders["x-sdk-date"] = {date};
    if (!credentials.securityToken.isEmpty()) {
        added.append({"X-Security-Token", credentials.securityToken.toUtf8()});
        signedHeaders["x-security-token"] = {credentials.securityToken.toUtf8()};
    }
    if (!credentials.projectId.isEmpty()) {
        added.append({"X-Project-Id", credentials.projectId.toUtf8()});
        signedHeaders["x-project-id"] = {credentials.projectId.toUtf8()};
    }
    if (signedHeaders.contains("host")) {
        // Given explicitly: as given.
    } else if (signHost && !url.host().isEmpty()) {
        const int port = url.port(-1);
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (port != -1)
            host += ':' + QByteArray::number(port);
        signedHeaders["host"] = {host};
    }

    QByteArray canonicalHeaders;
    for (auto it = signedHeaders.begin(); it != signedHeaders.end(); ++it) {
        QByteArrayList values = it.value();
        std::sort(values.begin(), values.end());
        for (const QByteArray &v : std::as_const(values))
            canonicalHeaders += it.key() + ':' + v + '\n';
    }
    const QByteArray signedNames = signedHeaders.keys().join(';');
    if (payloadHash.isEmpty())
        payloadHash = sha256Hex(body);

    const QByteArray canonical = method.toUpper() + '\n' + canonicalUri(url) + '\n'
        + canonicalQuery(url) + '\n' + canonicalHeaders + '\n' + signedNames + '\n' + payloadHash;
    const QByteArray stringToSign = "SDK-HMAC-SHA256\n" + date + '\n' + sha256Hex(canonical);
    const QByteArray signature = QMessageAuthenticationCode::hash(
        stringToSign, credentials.secretKey.toUtf8(), QCryptographicHash::Sha256)
                                     .toHex();
    added.append({"Authorization",
        "SDK-HMAC-SHA256 Access=" + credentials.accessKey.toUtf8()
            + ", SignedHeaders=" + signedNames + ", Signature=" + signature});
    return Signed{added, canonical};
}

std::optional<qint64> AkSkSigner::clockSkewSeconds(
    const QByteArray &dateHeader, const QDateTime &localNow)
{
    QString text = QString::fromLatin1(dateHeader.trimmed());
    if (text.isEmpty())
        return std::nullopt;
    text.replace(u" GMT"_s, u" +0000"_s);
    const QDateTime server = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!server.isValid())
        return std::nullopt;
    return localNow.toUTC().secsTo(server.toUTC());
}
