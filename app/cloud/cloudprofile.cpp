#include "cloud/cloudprofile.h"

#include <QUuid>

using namespace Qt::StringLiterals;

bool CloudProfile::isHuaweiFamily() const
{
    // interfaces.md §6: Huawei Cloud profiles and the demo cloud get the Huawei Glance extras.
    return family == CloudFamily::HuaweiCloud || family == CloudFamily::Demo;
}

bool CloudProfile::isValid() const
{
    if (id.isEmpty() || !authUrl.isValid())
        return false;
    switch (authMethod) {
    case AuthMethod::Password:
        return !userName.isEmpty();
    case AuthMethod::ApplicationCredential:
        return !applicationCredentialId.isEmpty()
            || (!applicationCredentialName.isEmpty() && !userName.isEmpty());
    case AuthMethod::AkSk:
        return !accessKey.isEmpty();
    }
    return false;
}

QJsonObject CloudProfile::toJson() const
{
    QJsonObject o{
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
        {u"auth_method"_s, authMethodKey(authMethod)},
        {u"tls_mode"_s, tlsModeKey(tlsMode)},
    };
    // Optional keys only when set: profile files stay short and readable.
    const auto putIf = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    putIf(u"application_credential_id"_s, applicationCredentialId);
    putIf(u"application_credential_name"_s, applicationCredentialName);
    putIf(u"access_key"_s, accessKey);
    if (temporaryAccessKey)
        o.insert(u"temporary_access_key"_s, true);
    putIf(u"ca_bundle"_s, caBundlePath);
    if (proxyMode != ProxyMode::Environment)
        o.insert(u"proxy_mode"_s, proxyModeKey(proxyMode));
    if (proxyMode == ProxyMode::Url)
        putIf(u"proxy_url"_s, proxyUrl);
    if (!endpointOverrides.isEmpty()) {
        QJsonObject overrides;
        for (auto it = endpointOverrides.cbegin(); it != endpointOverrides.cend(); ++it)
            overrides.insert(it.key(), it.value().toString());
        o.insert(u"endpoint_overrides"_s, overrides);
    }
    return o;
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
    p.authMethod = authMethodFromKey(o.value(u"auth_method"_s).toString(u"password"_s));
    p.applicationCredentialId = o.value(u"application_credential_id"_s).toString();
    p.applicationCredentialName = o.value(u"application_credential_name"_s).toString();
    p.accessKey = o.value(u"access_key"_s).toString();
    p.temporaryAccessKey = o.value(u"temporary_access_key"_s).toBool();
    p.tlsMode = tlsModeFromKey(o.value(u"tls_mode"_s).toString(u"verify"_s));
    p.caBundlePath = o.value(u"ca_bundle"_s).toString();
    p.proxyMode = proxyModeFromKey(o.value(u"proxy_mode"_s).toString(u"environment"_s));
    if (p.proxyMode == ProxyMode::Url)
        p.proxyUrl = o.value(u"proxy_url"_s).toString();
    const QJsonObject overrides = o.value(u"endpoint_overrides"_s).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const QUrl url(it.value().toString());
        if (url.isValid() && !url.isEmpty())
            p.endpointOverrides.insert(it.key(), url);
    }
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

QString CloudProfile::authMethodKey(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password:
        return u"password"_s;
    case AuthMethod::ApplicationCredential:
        return u"application_credential"_s;
    case AuthMethod::AkSk:
        return u"aksk"_s;
    }
    return u"password"_s;
}

AuthMethod CloudProfile::authMethodFromKey(const QString &key, bool *ok)
{
    for (AuthMethod m :
        {AuthMethod::Password, AuthMethod::ApplicationCredential, AuthMethod::AkSk}) {
        if (authMethodKey(m) == key) {
            if (ok)
                *ok = true;
            return m;
        }
    }
    if (ok)
        *ok = false;
    return AuthMethod::Password;
}

QString CloudProfile::authMethodDisplayName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password:
        return tr("Password");
    case AuthMethod::ApplicationCredential:
        return tr("Application credential");
    case AuthMethod::AkSk:
        return tr("Access key (AK/SK)");
    }
    return {};
}

QString CloudProfile::tlsModeKey(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Verify:
        return u"verify"_s;
    case TlsMode::CaBundle:
        return u"ca_bundle"_s;
    case TlsMode::Insecure:
        return u"insecure"_s;
    }
    return u"verify"_s;
}

TlsMode CloudProfile::tlsModeFromKey(const QString &key, bool *ok)
{
    for (TlsMode m : {TlsMode::Verify, TlsMode::CaBundle, TlsMode::Insecure}) {
        if (tlsModeKey(m) == key) {
            if (ok)
                *ok = true;
            return m;
        }
    }
    if (ok)
        *ok = false;
    return TlsMode::Verify; // an unknown mode never weakens verification
}

QString CloudProfile::proxyModeKey(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::Environment:
        return u"environment"_s;
    case ProxyMode::None:
        return u"none"_s;
    case ProxyMode::Url:
        return u"url"_s;
    }
    return u"environment"_s;
}

ProxyMode CloudProfile::proxyModeFromKey(const QString &key, bool *ok)
{
    for (ProxyMode m : {ProxyMode::Environment, ProxyMode::None, ProxyMode::Url}) {
        if (proxyModeKey(m) == key) {
            if (ok)
                *ok = true;
            return m;
        }
    }
    if (ok)
        *ok = false;
    return ProxyMode::Environment;
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
    // A child process on this computer's loopback: never through the operator's proxy, which
    // could not reach it.
    p.proxyMode = ProxyMode::None;
    return p;
}
