#include "cloud/servicecatalog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

ServiceCatalog ServiceCatalog::fromJson(const QJsonArray &catalog, const QString &projectId)
{
    ServiceCatalog result;
    for (const QJsonValue &serviceValue : catalog) {
        const QJsonObject service = serviceValue.toObject();
        const QString type = service.value(u"type"_s).toString();
        const QString name = service.value(u"name"_s).toString();
        const QJsonArray endpoints = service.value(u"endpoints"_s).toArray();
        for (const QJsonValue &endpointValue : endpoints) {
            const QJsonObject e = endpointValue.toObject();
            QString url = e.value(u"url"_s).toString();
            // Some catalogs (OTC, older Keystone templates) still carry the placeholder.
            if (!projectId.isEmpty()) {
                url.replace(u"$(tenant_id)s"_s, projectId);
                url.replace(u"$(project_id)s"_s, projectId);
            }
            QString region = e.value(u"region_id"_s).toString();
            if (region.isEmpty())
                region = e.value(u"region"_s).toString();
            const QUrl parsed(url);
            if (type.isEmpty() || !parsed.isValid() || parsed.host().isEmpty())
                continue;
            result.m_endpoints.append(
                {type, name, e.value(u"interface"_s).toString(), region, parsed});
        }
    }
    return result;
}

QUrl ServiceCatalog::expandProjectId(const QUrl &url, const QString &projectId)
{
    if (projectId.isEmpty())
        return url;
    QString text = QUrl::fromPercentEncoding(url.toEncoded()); // "{" may be stored as %7B
    for (const QString &placeholder : {u"{project_id}"_s,
             u"$(project_id)s"_s,
             u"$(tenant_id)s"_s,
             u"%(project_id)s"_s,
             u"%(tenant_id)s"_s})
        text.replace(placeholder, projectId);
    return QUrl(text);
}

ServiceCatalog ServiceCatalog::withOverrides(const QMap<QString, QUrl> &overrides,
    const QString &region,
    const QString &interface,
    const QString &projectId) const
{
    if (overrides.isEmpty())
        return *this;
    ServiceCatalog result;
    for (const Endpoint &e : m_endpoints) {
        if (!overrides.contains(e.type))
            result.m_endpoints.append(e);
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const QUrl url = expandProjectId(it.value(), projectId);
        if (it.key().isEmpty() || !url.isValid() || url.host().isEmpty())
            continue;
        result.m_endpoints.append(
            {it.key(), u"override"_s, interface.isEmpty() ? u"public"_s : interface, region, url});
    }
    return result;
}

std::optional<QUrl> ServiceCatalog::endpoint(
    const QString &type, const QString &region, const QString &interface) const
{
    for (const Endpoint &e : m_endpoints) {
        if (e.type == type && e.interface == interface && (region.isEmpty() || e.region == region))
            return e.url;
    }
    return std::nullopt;
}

std::optional<QUrl> ServiceCatalog::endpointAny(
    const QStringList &types, const QString &region, const QString &interface) const
{
    for (const QString &type : types) {
        if (auto url = endpoint(type, region, interface))
            return url;
    }
    return std::nullopt;
}

bool ServiceCatalog::hasService(const QString &type) const
{
    return std::any_of(m_endpoints.cbegin(), m_endpoints.cend(), [&](const Endpoint &e) {
        return e.type == type;
    });
}

bool ServiceCatalog::containsOrigin(const QUrl &url) const
{
    return std::any_of(m_endpoints.cbegin(), m_endpoints.cend(), [&](const Endpoint &e) {
        return sameOrigin(e.url, url);
    });
}

bool ServiceCatalog::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.scheme() == u"https"_s ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}
