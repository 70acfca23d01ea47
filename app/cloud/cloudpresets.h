#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "cloud/cloudprofile.h"
#include "create/creationmethod.h"
#include "create/fielderror.h"

class ServiceCatalog;

/// What the app knows about each cloud family before the first sign-in: its regions, its
/// identity (Keystone v3 / IAM) URL per region, and how projects are named there
/// (reference/api-facts.md §1.4, §1.5). One table, shared by the profile editor and the
/// headless entry points. Widget-free.
class CloudPresets
{
    Q_DECLARE_TR_FUNCTIONS(CloudPresets)
public:
    /// The families an operator can choose for a profile (the demo profile is made by the app).
    static QList<CloudFamily> editableFamilies();

    /// Known regions, most used first; empty for generic OpenStack (free text).
    static QStringList regions(CloudFamily family);
    /// The region a new profile of this family starts with; empty for OpenStack.
    static QString defaultRegion(CloudFamily family);
    /// The identity URL for `region`, or an empty URL when the family has no preset (OpenStack)
    /// or the region is empty.
    static QUrl authUrl(CloudFamily family, const QString &region);
    /// True when `url` is one the table would fill in (for any family and known region), so the
    /// editor may replace it when the family or region changes without losing typed text.
    static bool isPresetAuthUrl(const QUrl &url);
    /// Huawei Cloud names a region's default project after the region (e.g. "cn-north-4").
    static bool projectNameIsRegion(CloudFamily family);

    /// The identity URL check of the profile editor.
    struct UrlCheck
    {
        enum class Level
        {
            Ok,
            Warning, // usable, but the operator should know (plain http to another host)
            Error,   // not usable
        };
        Level level = Level::Ok;
        QString message; // translated; empty for Ok
        bool isUsable() const { return level != Level::Error; }
    };
    /// An https (or http) URL with a host whose path ends in "/v3". Plain http to anything but
    /// a loopback address is a warning: the password would travel unencrypted.
    static UrlCheck checkAuthUrl(const QString &text);

    /// The endpoint-override rows of the profile editor (service type, URL): each needs a
    /// service type, once, and an http(s) URL with a host ("{project_id}" and
    /// "$(tenant_id)s" placeholders allowed). Errors keyed "overrides[i].key" and
    /// "overrides[i].value" (i = row index), translated.
    static FieldErrors checkEndpointOverrides(const QList<QPair<QString, QString>> &rows);

    /// The catalog's service types that have an endpoint for `region` (any region when empty)
    /// and `interface`, sorted.
    static QStringList serviceTypes(
        const ServiceCatalog &catalog, const QString &region, const QString &interface);
    /// The regions the catalog names, sorted.
    static QStringList catalogRegions(const ServiceCatalog &catalog);
    /// The creation methods a profile of `family` can use with this catalog (interfaces.md §6:
    /// IMS on Huawei Cloud, Open Telekom Cloud and the demo cloud; the others wherever their
    /// service is in the catalog).
    static QList<CreationMethod> availableMethods(CloudFamily family,
        const ServiceCatalog &catalog,
        const QString &region,
        const QString &interface);
    /// The service endpoints a family publishes for `region` (api-facts §1.4), as a catalog
    /// would list them: what an AK/SK session uses, having no token and so no catalog. Image
    /// (IMS, which serves Glance's API too), compute (ECS, Nova-compatible, /v2.1/{project_id}),
    /// volumev2/volumev3 (EVS, /v2|v3/{project_id}) and identity. Empty for the families
    /// without published endpoints (FJcloud-O, OpenStack, demo: endpoint overrides only).
    static ServiceCatalog serviceEndpoints(CloudFamily family,
        const QString &region,
        const QString &projectId,
        const QString &interface = QStringLiteral("public"));
    /// Whether the family can sign requests with AK/SK (Huawei Cloud, Open Telekom Cloud).
    static bool familyHasAkSk(CloudFamily family);

    /// Whether the family offers IMS at all (interfaces.md §6).
    static bool familyHasIms(CloudFamily family);
};
