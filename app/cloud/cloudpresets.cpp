#include "cloud/cloudpresets.h"

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
