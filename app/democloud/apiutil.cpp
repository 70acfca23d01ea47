#include "apiutil.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace DemoCloud {

QString isoMillis(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs); // UTC renders with a trailing Z
}

QString isoMicros(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"_s);
}

QString isoSeconds(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QString isoMicrosNoZone(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'000'"_s);
}

QDateTime parseIso(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

HttpResponse openStackError(int status, const QString &message)
{
    const QJsonObject error{
        {u"code"_s, status},
        {u"title"_s, QString::fromLatin1(reasonPhrase(status))},
        {u"message"_s, message},
    };
    return HttpResponse::json(status, {{u"error"_s, error}});
}

HttpResponse unauthorized()
{
    return openStackError(401, u"The request you have made requires authentication."_s);
}

HttpResponse imsError(int status, const QString &code, const QString &message)
{
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    return HttpResponse::json(status, {{u"error"_s, error}});
}

HttpResponse computeFault(int status, const QString &message)
{
    QString key;
    switch (status) {
    case 400:
        key = u"badRequest"_s;
        break;
    case 403:
        key = u"forbidden"_s;
        break;
    case 404:
        key = u"itemNotFound"_s;
        break;
    case 409:
        key = u"conflictingRequest"_s;
        break;
    default:
        key = status >= 500 ? u"computeFault"_s : u"badRequest"_s;
    }
    return HttpResponse::json(
        status, {{key, QJsonObject{{u"code"_s, status}, {u"message"_s, message}}}});
}

} // namespace DemoCloud
