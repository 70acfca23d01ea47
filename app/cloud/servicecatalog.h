#pragma once

#include <optional>

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

/// The Keystone v3 service catalog of one token. Endpoint lookup by service type, region and
/// interface; the set of origins the catalog names is where a token may be sent.
class ServiceCatalog
{
public:
    struct Endpoint
    {
        QString type; // "compute", "image", "volumev3", ...
        QString name;
        QString interface; // "public", "internal", "admin"
        QString region;
        QUrl url;
    };

    static ServiceCatalog fromJson(const QJsonArray &catalog, const QString &projectId = {});

    /// This catalog with a profile's endpoint overrides (service type -> URL) in place of its
    /// endpoints of those types: one endpoint per override, for `region` and `interface`.
    /// "{project_id}", "$(project_id)s" and "$(tenant_id)s" in an override become `projectId`.
    ServiceCatalog withOverrides(const QMap<QString, QUrl> &overrides,
        const QString &region,
        const QString &interface,
        const QString &projectId) const;
    /// `url` with the project id placeholders above filled in (left as they are when
    /// `projectId` is empty).
    static QUrl expandProjectId(const QUrl &url, const QString &projectId);
    /// Adds one endpoint (e.g. from the family's presets).
    void add(const Endpoint &endpoint) { m_endpoints.append(endpoint); }

    /// First endpoint of `type` in `region` (any region when empty) for `interface`.
    std::optional<QUrl> endpoint(const QString &type,
        const QString &region,
        const QString &interface = QStringLiteral("public")) const;
    /// The first type of `types` (in order of preference) that has an endpoint.
    std::optional<QUrl> endpointAny(const QStringList &types,
        const QString &region,
        const QString &interface = QStringLiteral("public")) const;

    bool hasService(const QString &type) const;
    bool containsOrigin(const QUrl &url) const;
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    bool isEmpty() const { return m_endpoints.isEmpty(); }

    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    QList<Endpoint> m_endpoints;
};
