#include "securitytokenservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include "apiutil.h"
#include "demologging.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

/// `length` characters of A-Z and 0-9, as IAM's access keys look.
QByteArray accessKeyId(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray key;
    for (int i = 0; i < length; ++i)
        key += alphabet[QRandomGenerator::global()->bounded(36)];
    return key;
}

} // namespace

void SecurityTokenService::registerRoutes(Router &router)
{
    router.add("POST",
        u"/v3.0/OS-CREDENTIAL/securitytokens"_s,
        Access::Token,
        [this](const ApiRequest &r) { return issue(r); });
}

std::optional<S3Credential> SecurityTokenService::lookup(const QByteArray &accessKey) const
{
    const auto it = m_keys.constFind(accessKey);
    if (it == m_keys.cend())
        return std::nullopt;
    return it.value();
}

HttpResponse SecurityTokenService::issue(const ApiRequest &request)
{
    const auto body = parseJsonObject(request.http.body);
    if (!body)
        return openStackError(400, u"The request body must be a JSON object."_s);
    const QJsonObject identity = body->value(u"auth"_s).toObject().value(u"identity"_s).toObject();
    const QJsonArray methods = identity.value(u"methods"_s).toArray();
    if (methods.size() != 1 || methods.at(0).toString() != u"token") {
        // The demo issues temporary keys for a token only (the "assume role" and federated
        // variants are not played).
        return openStackError(400, u"auth.identity.methods must be [\"token\"]."_s);
    }
    int duration = DefaultDurationSeconds;
    const QJsonValue given = identity.value(u"token"_s).toObject().value(u"duration_seconds"_s);
    if (!given.isUndefined()) {
        const double value = given.toDouble(-1);
        if (!given.isDouble() || value != double(qint64(value)) || value < MinDurationSeconds
            || value > MaxDurationSeconds) {
            return openStackError(400,
                u"duration_seconds must be a whole number from %1 to %2."_s.arg(MinDurationSeconds)
                    .arg(MaxDurationSeconds));
        }
        duration = int(value);
    }
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(duration);
    const QByteArray access = accessKeyId(20);
    const S3Credential key{QString(u"canary-sk-"_s + randomHex(20)).toLatin1(),
        QString(u"canary-st-"_s + randomHex(48)).toLatin1(),
        expires};
    m_keys.insert(access, key);
    qCInfo(lcDemo).noquote() << "temporary access key" << QString::fromLatin1(access)
                             << "issued for" << duration << "s";
    const QJsonObject credential{{u"access"_s, QString::fromLatin1(access)},
        {u"secret"_s, QString::fromLatin1(key.secretKey)},
        {u"securitytoken"_s, QString::fromLatin1(key.securityToken)},
        {u"expires_at"_s, isoMicros(expires)}};
    return HttpResponse::json(201, {{u"credential"_s, credential}});
}

} // namespace DemoCloud
