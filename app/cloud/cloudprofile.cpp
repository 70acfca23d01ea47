#include "cloud/cloudprofile.h"

#include <QUuid>

using namespace Qt::StringLiterals;

bool CloudProfile::isHuaweiFamily() const
{
    // interfaces.md §6: Huawei Cloud profiles and the demo cloud get the Huawei Glance extras.
    return family == CloudFamily::HuaweiCloud || family == CloudFamily::Demo;
}

QJsonObject CloudProfile::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"family"_s, familyKey(family)},
        {u"auth_url"_s, authUrl.toString()},
        {u"region"_s, region},
        {u"user_name"_s, userName},
        {u"user_domain"_s, userDomain},
        {u"project_name"_s, projectName},
        {u"project_id"_s, projectId},
        {u"project_domain"_s, projectDomain},
        {u"interface"_s, interface},
    };
}

CloudProfile CloudProfile::fromJson(const QJsonObject &o)
{
    CloudProfile p;
    p.id = o.value(u"id"_s).toString();
    p.name = o.value(u"name"_s).toString();
    p.family = familyFromKey(o.value(u"family"_s).toString());
    p.authUrl = QUrl(o.value(u"auth_url"_s).toString());
    p.region = o.value(u"region"_s).toString();
    p.userName = o.value(u"user_name"_s).toString();
    p.userDomain = o.value(u"user_domain"_s).toString(u"Default"_s);
    p.projectName = o.value(u"project_name"_s).toString();
    p.projectId = o.value(u"project_id"_s).toString();
    p.projectDomain = o.value(u"project_domain"_s).toString(u"Default"_s);
    p.interface = o.value(u"interface"_s).toString(u"public"_s);
    return p;
}

QString CloudProfile::familyKey(CloudFamily family)
{
    switch (family) {
    case CloudFamily::Demo:
        return u"demo"_s;
    case CloudFamily::HuaweiCloud:
        return u"huawei"_s;
    case CloudFamily::OpenTelekomCloud:
        return u"otc"_s;
    case CloudFamily::FjcloudO:
        return u"fjcloud"_s;
    case CloudFamily::OpenStack:
        return u"openstack"_s;
    }
    return u"openstack"_s;
}

CloudFamily CloudProfile::familyFromKey(const QString &key, bool *ok)
{
    static const QList<CloudFamily> all{CloudFamily::Demo,
        CloudFamily::HuaweiCloud,
        CloudFamily::OpenTelekomCloud,
        CloudFamily::FjcloudO,
        CloudFamily::OpenStack};
    for (CloudFamily f : all) {
        if (familyKey(f) == key) {
            if (ok)
                *ok = true;
            return f;
        }
    }
    if (ok)
        *ok = false;
    return CloudFamily::OpenStack;
}

QString CloudProfile::familyDisplayName(CloudFamily family)
{
    switch (family) {
    case CloudFamily::Demo:
        return tr("Demo cloud (local)");
    case CloudFamily::HuaweiCloud:
        return tr("Huawei Cloud");
    case CloudFamily::OpenTelekomCloud:
        return tr("Open Telekom Cloud");
    case CloudFamily::FjcloudO:
        return tr("FUJITSU FJcloud-O");
    case CloudFamily::OpenStack:
        return tr("OpenStack");
    }
    return {};
}

CloudProfile CloudProfile::demo(const QUrl &authUrl)
{
    // interfaces.md §5: user demo, password demo, project demo, domain Default, region demo-1.
    CloudProfile p;
    p.id = u"demo"_s;
    p.name = familyDisplayName(CloudFamily::Demo);
    p.family = CloudFamily::Demo;
    p.authUrl = authUrl;
    p.region = u"demo-1"_s;
    p.userName = u"demo"_s;
    p.projectName = u"demo"_s;
    return p;
}
