#include "cli/openstackenv.h"

#include <QCryptographicHash>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

QString value(const QProcessEnvironment &env, const char *name)
{
    return env.value(QString::fromLatin1(name)).trimmed();
}

bool hostIs(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(u'.' + domain);
}

} // namespace

bool OpenStackEnv::isPresent(const QProcessEnvironment &env)
{
    return !value(env, "OS_AUTH_URL").isEmpty() || !value(env, "OS_CLOUD").isEmpty();
}

CloudFamily OpenStackEnv::guessFamily(const QUrl &authUrl)
{
    const QString host = authUrl.host().toLower();
    if (hostIs(host, u"myhuaweicloud.com"_s) || hostIs(host, u"myhuaweicloud.eu"_s))
        return CloudFamily::HuaweiCloud;
    if (hostIs(host, u"otc.t-systems.com"_s))
        return CloudFamily::OpenTelekomCloud;
    if (hostIs(host, u"cloud.global.fujitsu.com"_s))
        return CloudFamily::FjcloudO;
    if (host == u"localhost" || QHostAddress(host).isLoopback())
        return CloudFamily::Demo; // the bundled demo cloud listens on 127.0.0.1 only
    return CloudFamily::OpenStack;
}

std::optional<OpenStackEnv> OpenStackEnv::read(const QProcessEnvironment &env, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };

    if (!value(env, "OS_CLOUD").isEmpty())
        return fail(tr("OS_CLOUD (clouds.yaml) is not supported by this version yet. Set "
                       "OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME instead, or "
                       "use --profile."));
    const QString authType = value(env, "OS_AUTH_TYPE").toLower().remove(u'_');
    const bool appCredential = !value(env, "OS_APPLICATION_CREDENTIAL_ID").isEmpty()
        || !value(env, "OS_APPLICATION_CREDENTIAL_NAME").isEmpty()
        || !env.value(u"OS_APPLICATION_CREDENTIAL_SECRET"_s).isEmpty()
        || authType == u"v3applicationcredential" || authType == u"applicationcredential";
    if (!authType.isEmpty() && authType != u"password" && authType != u"v3password"
        && authType != u"v3applicationcredential" && authType != u"applicationcredential")
        //: %1 = the value of OS_AUTH_TYPE
        return fail(tr("OS_AUTH_TYPE=%1 is not supported by this version yet; only password and "
                       "application credential authentication are.")
                        .arg(value(env, "OS_AUTH_TYPE")));

    OpenStackEnv out;
    CloudProfile &p = out.profile;
    const QString authUrl = value(env, "OS_AUTH_URL");
    QStringList missing;
    if (authUrl.isEmpty())
        missing << u"OS_AUTH_URL"_s;
    p.userName = value(env, "OS_USERNAME");
    if (appCredential) {
        // Keystone scopes the token to the credential's project: no project, no password. A
        // credential given by name belongs to OS_USERNAME (in OS_USER_DOMAIN_NAME).
        out.applicationCredentialId = value(env, "OS_APPLICATION_CREDENTIAL_ID");
        out.applicationCredentialName = value(env, "OS_APPLICATION_CREDENTIAL_NAME");
        out.applicationCredentialSecret = env.value(u"OS_APPLICATION_CREDENTIAL_SECRET"_s);
        if (out.applicationCredentialId.isEmpty() && out.applicationCredentialName.isEmpty())
            missing << u"OS_APPLICATION_CREDENTIAL_ID"_s;
        if (out.applicationCredentialId.isEmpty() && !out.applicationCredentialName.isEmpty()
            && p.userName.isEmpty())
            missing << u"OS_USERNAME"_s;
        if (out.applicationCredentialSecret.isEmpty())
            missing << u"OS_APPLICATION_CREDENTIAL_SECRET"_s;
    } else {
        if (p.userName.isEmpty())
            missing << u"OS_USERNAME"_s;
        out.password = env.value(u"OS_PASSWORD"_s); // as given: a password may have outer spaces
        if (out.password.isEmpty())
            missing << u"OS_PASSWORD"_s;
    }
    p.projectName = value(env, "OS_PROJECT_NAME");
    if (p.projectName.isEmpty())
        p.projectName = value(env, "OS_TENANT_NAME");
    p.projectId = value(env, "OS_PROJECT_ID");
    if (p.projectId.isEmpty())
        p.projectId = value(env, "OS_TENANT_ID");
    if (!appCredential && p.projectName.isEmpty() && p.projectId.isEmpty())
        missing << u"OS_PROJECT_NAME"_s;
    if (!missing.isEmpty())
        //: %1 = list of environment variable names
        return fail(tr("The OpenStack environment is incomplete: %1 not set. Set them (e.g. "
                       "source your openrc file) or use --profile.")
                        .arg(missing.join(u", "_s)));

    QUrl url(authUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        //: %1 = the value of OS_AUTH_URL
        return fail(tr("OS_AUTH_URL is not an http(s) address: %1").arg(authUrl));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v2.0"))
        return fail(tr("OS_AUTH_URL points at Keystone v2.0; Imagewright needs Keystone v3."));
    if (!path.endsWith(u"/v3"))
        path += u"/v3"_s; // openrc files often give the Keystone root
    url.setPath(path);
    p.authUrl = url;

    // Keystone sends the domain by name; "default" is the one domain ID every cloud shares.
    const auto domain = [&](const char *nameVar, const char *idVar, QString *into) -> bool {
        const QString name = value(env, nameVar);
        const QString id = value(env, idVar);
        if (!name.isEmpty()) {
            *into = name;
        } else if (id.isEmpty() || id.compare(u"default"_s, Qt::CaseInsensitive) == 0) {
            *into = u"Default"_s;
        } else {
            //: %1 = e.g. OS_USER_DOMAIN_ID, %2 = e.g. OS_USER_DOMAIN_NAME
            if (error)
                *error = tr("%1 other than \"default\" is not supported by this version yet; "
                            "set %2 instead.")
                             .arg(QString::fromLatin1(idVar), QString::fromLatin1(nameVar));
            return false;
        }
        return true;
    };
    if (!domain("OS_USER_DOMAIN_NAME", "OS_USER_DOMAIN_ID", &p.userDomain))
        return std::nullopt;
    if (!domain("OS_PROJECT_DOMAIN_NAME", "OS_PROJECT_DOMAIN_ID", &p.projectDomain))
        return std::nullopt;

    p.region = value(env, "OS_REGION_NAME");
    QString interface = value(env, "OS_INTERFACE");
    if (interface.isEmpty())
        interface = value(env, "OS_ENDPOINT_TYPE");
    interface = interface.toLower();
    if (interface.endsWith(u"url"))
        interface.chop(3); // "publicURL" (the Keystone v2 spelling)
    if (interface.isEmpty())
        interface = u"public"_s;
    if (interface != u"public" && interface != u"internal" && interface != u"admin")
        //: %1 = the value of OS_INTERFACE
        return fail(
            tr("OS_INTERFACE must be public, internal or admin, not \"%1\".").arg(interface));
    p.interface = interface;
    if (!value(env, "OS_CACERT").isEmpty())
        out.warnings << tr("OS_CACERT is not supported by this version yet; the system's "
                           "certificate authorities are used.");

    p.family = guessFamily(p.authUrl);
    // Stable across runs, so every job submitted with the same credentials shares a profile id.
    QStringList identityParts{p.authUrl.toString(),
        p.userDomain,
        p.userName,
        p.projectDomain,
        p.projectName,
        p.projectId,
        p.region};
    if (appCredential)
        identityParts << out.applicationCredentialId << out.applicationCredentialName;
    const QByteArray identity = identityParts.join(u'\n').toUtf8();
    p.id = u"env-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
    const QString project = p.projectName.isEmpty() ? p.projectId : p.projectName;
    if (appCredential)
        //: Name of the cloud profile made from OS_* variables. %1 = the credential's ID or name
        p.name = tr("Environment (application credential %1)")
                     .arg(out.applicationCredentialId.isEmpty() ? out.applicationCredentialName
                                                                : out.applicationCredentialId);
    else
        //: Name of the cloud profile made from OS_* variables. %1 = user, %2 = project
        p.name = tr("Environment (%1@%2)").arg(p.userName, project);
    return out;
}
