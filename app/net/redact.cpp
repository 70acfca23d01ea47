#include "net/redact.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

#include "logging.h"

using namespace Qt::StringLiterals;

namespace Redact {

bool isSensitiveHeader(const QByteArray &name)
{
    // reference/reliability.md §5: the denylist.
    static const QByteArrayList names{"authorization",
        "x-auth-token",
        "x-subject-token",
        "x-service-token",
        "x-security-token",
        "x-amz-security-token", // S3 temporary credentials (OBS, AWS)
        "x-obs-security-token",
        "cookie",
        "set-cookie",
        "proxy-authorization"};
    return names.contains(name.toLower());
}

bool isSensitiveJsonKey(const QString &key)
{
    static const QStringList keys{u"password"_s,
        u"secret"_s,
        u"adminpass"_s,
        u"sk"_s,
        u"secret_key"_s,
        u"access_token"_s,
        u"token_value"_s,
        u"security_token"_s,
        u"securitytoken"_s};
    return keys.contains(key.toLower());
}

QString fingerprint(const QByteArray &value)
{
    if (value.isEmpty())
        return {};
    const QByteArray hash = QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
    return u"{SHA256}"_s + QString::fromLatin1(hash.left(16));
}

QString headers(const QList<QPair<QByteArray, QByteArray>> &list)
{
    QStringList out;
    for (const auto &[name, value] : list) {
        const QString shown =
            isSensitiveHeader(name) ? fingerprint(value) : QString::fromLatin1(value);
        out << QString::fromLatin1(name) + u": "_s + shown;
    }
    return out.join(u"; "_s);
}

QString headers(const QNetworkRequest &request)
{
    QList<QPair<QByteArray, QByteArray>> list;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        list.append({name, request.rawHeader(name)});
    return headers(list);
}

QString url(const QUrl &u)
{
    QUrl clean = u.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(clean);
    const auto items = query.queryItems();
    bool changed = false;
    for (const auto &[key, value] : items) {
        const QString k = key.toLower();
        if (isSensitiveJsonKey(k) || k.contains(u"token"_s) || k.contains(u"signature"_s)) {
            query.removeAllQueryItems(key);
            query.addQueryItem(key, u"***"_s);
            changed = true;
        }
    }
    if (changed)
        clean.setQuery(query);
    return clean.toString();
}

QString proxyUrl(const QString &text)
{
    // Text, not QUrl: a value QUrl cannot parse must lose its credentials all the same. The
    // last '@' anywhere ends the user info (a password may hold '/', '#' or '@'); a proxy
    // address has no other use for one.
    qsizetype start = 0;
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd > 0) {
        start = schemeEnd + 3;
        for (qsizetype i = 0; i < schemeEnd; ++i) {
            const QChar c = text.at(i);
            if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'+' && c != u'-'
                && c != u'.') {
                start = 0; // "://" inside the user info: no scheme
                break;
            }
        }
    }
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < start)
        return text;
    return text.left(start) + u"***"_s + text.mid(at);
}

QJsonValue json(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // Keystone nests the user inside "password": only a value is a secret, an object is
            // searched further.
            if (isSensitiveJsonKey(it.key()) && !it.value().isObject() && !it.value().isArray())
                it.value() = u"***"_s;
            else if (it.key() == u"catalog"_s && it.value().isArray())
                it.value() = u"<removed>"_s; // keystoneauth's _remove_service_catalog
            else
                it.value() = json(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = json(*it);
        return a;
    }
    return value;
}

QString body(const QByteArray &data, int maxChars)
{
    if (data.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    QString text;
    if (error.error == QJsonParseError::NoError) {
        const QJsonValue clean =
            json(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        text = QString::fromUtf8(clean.isObject()
                ? QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact)
                : QJsonDocument(clean.toArray()).toJson(QJsonDocument::Compact));
    } else {
        text = u"<%1 bytes>"_s.arg(data.size());
    }
    if (text.size() > maxChars)
        text = text.left(maxChars) + u"…"_s;
    return Logging::scrub(text);
}

} // namespace Redact
