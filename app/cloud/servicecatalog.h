#pragma once

#include <optional>

#include <QJsonArray>
#include <QList>
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
