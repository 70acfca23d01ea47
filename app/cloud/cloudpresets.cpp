#include "cloud/cloudpresets.h"

#include <functional>

#include <QHostAddress>

#include "cloud/servicecatalog.h"

using namespace Qt::StringLiterals;

namespace {

// reference/api-facts.md §1.4: the SDK's IMS region table (huaweicloud-sdk-go-v3), the
// international regions first.
const QStringList &huaweiRegions()
{
    static const QStringList regions{u"ap-southeast-1"_s,
        u"ap-southeast-2"_s,
        u"ap-southeast-3"_s,
        u"ap-southeast-4"_s,
        u"af-south-1"_s,
        u"la-south-2"_s,
        u"la-north-2"_s,
        u"sa-brazil-1"_s,
        u"na-mexico-1"_s,
        u"cn-north-4"_s,
        u"cn-north-1"_s,
        u"cn-north-2"_s,
        u"cn-north-9"_s,
        u"cn-east-2"_s,
        u"cn-east-3"_s,
        u"cn-south-1"_s,
        u"cn-south-2"_s,
        u"cn-south-4"_s,
        u"cn-southwest-2"_s};
    return regions;
}

const QStringList &otcRegions()
{
    // openstacksdk vendor profiles "otc" (eu-de, eu-nl) and "otc-swiss" (eu-ch2).
    static const QStringList regions{u"eu-de"_s, u"eu-nl"_s, u"eu-ch2"_s};
    return regions;
}

const QStringList &fjcloudRegions()
{
    static const QStringList regions{u"jp-east-3"_s, u"jp-west-3"_s};
    return regions;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QList<CloudFamily> CloudPresets::editableFamilies()
{
    return {CloudFamily::HuaweiCloud,
        CloudFamily::OpenTelekomCloud,
        CloudFamily::FjcloudO,
        CloudFamily::OpenStack};
}

QStringList CloudPresets::regions(CloudFamily family)
{
    switch (family) {
    case CloudFamily::HuaweiCloud:
        return huaweiRegions();
    case CloudFamily::OpenTelekomCloud:
        return otcRegions();
    case CloudFamily::FjcloudO:
        return fjcloudRegions();
    case CloudFamily::Demo:
        return {u"demo-1"_s};
    case CloudFamily::OpenStack:
        break;
    }
    return {};
}

QString CloudPresets::defaultRegion(CloudFamily family)
{
    const QStringList list = regions(family);
    return list.isEmpty() ? QString() : list.constFirst();
}

QUrl CloudPresets::authUrl(CloudFamily family, const QString &region)
{
    if (region.isEmpty())
        return {};
    switch (family) {
    case CloudFamily::HuaweiCloud:
        // Regional IAM (api-facts §1.4); the global iam.myhuaweicloud.com serves all regions
        // too and is accepted as a preset by isPresetAuthUrl().
        return QUrl(u"https://iam.%1.myhuaweicloud.com/v3"_s.arg(region));
    case CloudFamily::OpenTelekomCloud:
        if (region == u"eu-ch2")
            return QUrl(u"https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3"_s);
        return QUrl(u"https://iam.%1.otc.t-systems.com/v3"_s.arg(region));
    case CloudFamily::FjcloudO:
        return QUrl(u"https://identity.%1.cloud.global.fujitsu.com/v3"_s.arg(region));
    case CloudFamily::Demo:
    case CloudFamily::OpenStack:
        break;
    }
    return {};
}

bool CloudPresets::isPresetAuthUrl(const QUrl &url)
{
    if (url.isEmpty())
        return false;
    if (url == QUrl(u"https://iam.myhuaweicloud.com/v3"_s))
        return true;
    for (CloudFamily family : editableFamilies()) {
        for (const QString &region : regions(family)) {
            if (authUrl(family, region) == url)
                return true;
        }
    }
    return false;
}

bool CloudPresets::projectNameIsRegion(CloudFamily family)
{
    return family == CloudFamily::HuaweiCloud; // api-facts §1.5
}

CloudPresets::UrlCheck CloudPresets::checkAuthUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {UrlCheck::Level::Error, tr("Enter the identity service URL.")};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https" && scheme != u"http") || url.host().isEmpty())
        return {UrlCheck::Level::Error,
            tr("Enter a web address starting with https://, for example "
               "https://iam.eu-de.otc.t-systems.com/v3.")};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/v3"))
        return {
            UrlCheck::Level::Error, tr("The identity URL must end with /v3 (Keystone version 3).")};
    if (url.hasQuery() || url.hasFragment())
        return {UrlCheck::Level::Error,
            tr("The identity URL must not have a query (?) or fragment (#) part.")};
    if (!url.userInfo().isEmpty())
        return {UrlCheck::Level::Error,
            tr("Do not put a user name or password into the URL; use the fields below.")};
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return {UrlCheck::Level::Warning,
            tr("This address uses plain http: the password would travel unencrypted. Use "
               "https unless the cloud is on this computer.")};
    return {};
}

FieldErrors CloudPresets::checkEndpointOverrides(const QList<QPair<QString, QString>> &rows)
{
    FieldErrors errors;
    QStringList seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString type = rows.at(i).first.trimmed();
        const QString key = u"overrides[%1].key"_s.arg(i);
        const QString value = u"overrides[%1].value"_s.arg(i);
        if (type.isEmpty())
            errors.append({key, tr("Enter a service type, for example compute or volumev3.")});
        else if (type.contains(u' '))
            errors.append({key, tr("A service type has no spaces, for example volumev3.")});
        else if (seen.contains(type))
            errors.append({key, tr("This service type already has an override.")});
        seen.append(type);
        // The placeholders are filled in with the project id at use: any word will do here.
        QString text = rows.at(i).second.trimmed();
        for (const QString &placeholder : {u"{project_id}"_s,
                 u"$(tenant_id)s"_s,
                 u"$(project_id)s"_s,
                 u"%(tenant_id)s"_s,
                 u"%(project_id)s"_s})
            text.replace(placeholder, u"project"_s);
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (text.isEmpty())
            errors.append({value, tr("Enter the endpoint URL to use for this service.")});
        else if (!url.isValid() || (scheme != u"https" && scheme != u"http") || url.host().isEmpty()
            || url.hasFragment() || !url.userInfo().isEmpty())
            errors.append({value,
                tr("Enter a web address starting with https://, for example "
                   "https://ims.eu-de.otc.t-systems.com.")});
    }
    return errors;
}

QStringList CloudPresets::serviceTypes(
    const ServiceCatalog &catalog, const QString &region, const QString &interface)
{
    QStringList types;
    for (const ServiceCatalog::Endpoint &e : catalog.endpoints()) {
        if ((region.isEmpty() || e.region == region)
            && e.interface == interface && !types.contains(e.type))
            types.append(e.type);
    }
    types.sort();
    return types;
}

QStringList CloudPresets::catalogRegions(const ServiceCatalog &catalog)
{
    QStringList list;
    for (const ServiceCatalog::Endpoint &e : catalog.endpoints()) {
        if (!e.region.isEmpty() && !list.contains(e.region))
            list.append(e.region);
    }
    list.sort();
    return list;
}

bool CloudPresets::familyHasIms(CloudFamily family)
{
    return family == CloudFamily::HuaweiCloud || family == CloudFamily::OpenTelekomCloud
        || family == CloudFamily::Demo;
}

QList<CreationMethod> CloudPresets::availableMethods(CloudFamily family,
    const ServiceCatalog &catalog,
    const QString &region,
    const QString &interface)
{
    const QStringList types = serviceTypes(catalog, region, interface);
    const bool hasVolume = types.contains(u"volumev3"_s) || types.contains(u"block-storage"_s)
        || types.contains(u"volumev2"_s);
    QList<CreationMethod> methods;
    for (int i = 0; i < CreationMethodCount; ++i) {
        const auto m = static_cast<CreationMethod>(i);
        if (CreationMethods::isIms(m) && !familyHasIms(family))
            continue;
        const bool present = m == CreationMethod::CinderUploadToImage
            ? hasVolume
            : types.contains(CreationMethods::serviceType(m));
        if (present)
            methods.append(m);
    }
    return methods;
}

bool CloudPresets::familyHasAkSk(CloudFamily family)
{
    return family == CloudFamily::HuaweiCloud || family == CloudFamily::OpenTelekomCloud;
}

ServiceCatalog CloudPresets::serviceEndpoints(
    CloudFamily family, const QString &region, const QString &projectId, const QString &interface)
{
    ServiceCatalog catalog;
    if (region.isEmpty())
        return catalog;
    // api-facts §1.4: "https://{service}.{region}.myhuaweicloud.com" and
    // "https://{service}.{region}.otc.t-systems.com". The Swiss region's hosts are under ".sc."
    // as its IAM is ("iam-pub.eu-ch2.sc..."): public configurations use ecs, vpc, elb, nat, obs
    // and swr.eu-ch2.sc.otc.t-systems.com (an ECS 400 answer quoted from that host among them);
    // ims and evs there follow the same pattern unconfirmed, and an endpoint override corrects
    // any of them (docs/connection.md).
    std::function<QString(const QString &)> host;
    switch (family) {
    case CloudFamily::HuaweiCloud:
        host = [region](const QString &service) {
            return u"https://%1.%2.myhuaweicloud.com"_s.arg(service, region);
        };
        break;
    case CloudFamily::OpenTelekomCloud:
        host = [region](const QString &service) {
            if (region == u"eu-ch2")
                return u"https://%1.eu-ch2.sc.otc.t-systems.com"_s.arg(service);
            return u"https://%1.%2.otc.t-systems.com"_s.arg(service, region);
        };
        break;
    case CloudFamily::FjcloudO:
    case CloudFamily::OpenStack:
    case CloudFamily::Demo:
        return catalog;
    }
    const QString project = projectId.isEmpty() ? u"{project_id}"_s : projectId;
    const auto add = [&](const QString &type, const QString &name, const QString &url) {
        catalog.add({type, name, interface, region, QUrl(url)});
    };
    add(u"image"_s, u"ims"_s, host(u"ims"_s));
    add(u"compute"_s, u"ecs"_s, host(u"ecs"_s) + u"/v2.1/"_s + project);
    add(u"volumev3"_s, u"evs"_s, host(u"evs"_s) + u"/v3/"_s + project);
    add(u"volumev2"_s, u"evs"_s, host(u"evs"_s) + u"/v2/"_s + project);
    add(u"identity"_s, u"iam"_s, authUrl(family, region).toString());
    return catalog;
}
