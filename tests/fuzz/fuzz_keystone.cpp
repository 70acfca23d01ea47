// Keystone token answers (POST /v3/auth/tokens): what KeystoneSession::handleTokenReply reads
// of the body, in its order: token.expires_at and issued_at (ImsJob::parseTime), project.id,
// then the catalog (ServiceCatalog::fromJson), a profile's endpoint overrides over it, and the
// endpoint look-ups the sessions make. The Date header's clock skew is in fuzz_headers.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cloud/servicecatalog.h"
#include "fuzz_common.h"
#include "model/imsjob.h"

IW_FUZZ_TARGET(keystone)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    const QJsonObject t =
        QJsonDocument::fromJson(IwFuzz::bytes(data, size)).object().value(u"token").toObject();
    (void)ImsJob::parseTime(t.value(u"expires_at").toString());
    (void)ImsJob::parseTime(t.value(u"issued_at").toString());
    const QString projectId = t.value(u"project").toObject().value(u"id").toString();
    const QMap<QString, QUrl> overrides{
        {QStringLiteral("compute"), QUrl(QStringLiteral("https://nova.example/v2.1/{project_id}"))},
        {QStringLiteral("volumev3"), QUrl(QStringLiteral("https://c.example/v3/$(tenant_id)s"))}};
    const ServiceCatalog catalog =
        ServiceCatalog::fromJson(t.value(u"catalog").toArray(), projectId);
    const ServiceCatalog withOverrides = catalog.withOverrides(
        overrides, QStringLiteral("RegionOne"), QStringLiteral("public"), projectId);
    for (const ServiceCatalog *c : {&catalog, &withOverrides}) {
        (void)c->endpoint(QStringLiteral("image"), QStringLiteral("RegionOne"));
        (void)c->endpoint(QStringLiteral("compute"), {}, QStringLiteral("internal"));
        (void)c->endpointAny({QStringLiteral("volumev3"),
                                 QStringLiteral("volumev2"),
                                 QStringLiteral("block-storage")},
            {});
        (void)c->hasService(QStringLiteral("identity"));
        for (const ServiceCatalog::Endpoint &e : c->endpoints())
            (void)c->containsOrigin(e.url);
    }
    return 0;
}
