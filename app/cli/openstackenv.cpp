#include "cli/openstackenv.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

#include "cloud/cloudsyamlimport.h"
#include "cloud/profileimport.h"

using namespace Qt::StringLiterals;

namespace {

QString value(const QProcessEnvironment &env, const char *name)
{
    return env.value(QString::fromLatin1(name)).trimmed();
}

/// A profile id stable across runs for the same credentials ("env-" + 16 hex of SHA-256 of
/// `parts`), so every job submitted with them shares a profile.
QString stableProfileId(const QStringList &parts)
{
    const QByteArray identity = parts.join(u'\n').toUtf8();
    return u"env-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
}

/// The id of a job sent with OS_CLOUD naming `cloud` of clouds.yaml, whose profile is `p`.
QString cloudsYamlProfileId(const QString &cloud, const CloudProfile &p, const QString &authUrl)
{
    return stableProfileId({u"clouds.yaml"_s,
        cloud,
        authUrl,
        p.userName,
        p.projectName,
        p.projectId,
        p.region,
        p.applicationCredentialId,
        p.applicationCredentialName});
}

} // namespace

QStringList OpenStackEnv::environmentIdsOf(const CloudProfile &saved)
{
    if (saved.authMethod == AuthMethod::AkSk || saved.authUrl.isEmpty())
        return {}; // the environment has no AK/SK form
    const bool credential = saved.authMethod == AuthMethod::ApplicationCredential;
    // The environment names the project by name, by id or both; a saved profile may hold both.
    // A credential is scoped to its own project: the environment usually names none, but an
    // openrc file may still set OS_PROJECT_NAME beside it (map() keeps it in the id).
    QList<QPair<QString, QString>> projects;
    if (credential)
        projects = {{QString(), QString()}};
    if (!credential || !saved.projectName.isEmpty() || !saved.projectId.isEmpty()) {
        projects << qMakePair(saved.projectName, saved.projectId);
        if (!saved.projectName.isEmpty() && !saved.projectId.isEmpty())
            projects << qMakePair(saved.projectName, QString())
                     << qMakePair(QString(), saved.projectId);
    }
    // The environment's URL went through the import's normalisation; a saved one may not have.
    QStringList urls{saved.authUrl.toString()};
    QString problem;
    const QUrl normalized = ProfileImport::normalizeAuthUrl(saved.authUrl.toString(), nullptr, &problem);
    if (problem.isEmpty() && normalized.isValid() && !urls.contains(normalized.toString()))
        urls << normalized.toString();
    QStringList ids;
    for (const QString &url : std::as_const(urls)) {
    for (const auto &[name, id] : std::as_const(projects)) {
        QStringList parts{url,
            saved.userDomain,
            saved.userName,
            saved.projectDomain,
            name,
            id,
            saved.region};
        if (credential)
            parts << saved.applicationCredentialId << saved.applicationCredentialName;
        ids << stableProfileId(parts);
    }
    }
    // OS_CLOUD: the job's id names the cloud of clouds.yaml. A profile imported from that cloud
    // has the cloud's name as its name ("name region" for one of a list of regions), unless it
    // was renamed since.
    QStringList clouds{saved.name};
    const QString regionSuffix = u" "_s + saved.region;
    if (!saved.region.isEmpty() && saved.name.endsWith(regionSuffix))
        clouds << saved.name.chopped(regionSuffix.size());
    for (const QString &cloud : std::as_const(clouds)) {
        for (const QString &url : std::as_const(urls))
            ids << cloudsYamlProfileId(cloud, saved, url);
    }
    return ids;
}

bool OpenStackEnv::isPresent(const QProcessEnvironment &env)
{
    return !value(env, "OS_AUTH_URL").isEmpty() || !value(env, "OS_CLOUD").isEmpty();
}

CloudFamily OpenStackEnv::guessFamily(const QUrl &authUrl, const QString &region)
{
    const QString host = authUrl.host().toLower();
    const bool loopback = host == u"localhost" || QHostAddress(host).isLoopback();
    // The bundled demo cloud listens on 127.0.0.1 only, and its one region is demo-1.
    if (loopback && (region.isEmpty() || region == CloudProfile::demo(authUrl).region))
        return CloudFamily::Demo;
    return ProfileImport::familyFromAuthUrl(authUrl);
}

OpenStackEnv::Mapping OpenStackEnv::map(const QProcessEnvironment &env)
{
    Mapping m;
    CloudProfile &p = m.profile;
    const QString authType = value(env, "OS_AUTH_TYPE").toLower().remove(u'_');
    m.applicationCredential = !value(env, "OS_APPLICATION_CREDENTIAL_ID").isEmpty()
        || !value(env, "OS_APPLICATION_CREDENTIAL_NAME").isEmpty()
        || !env.value(u"OS_APPLICATION_CREDENTIAL_SECRET"_s).isEmpty()
        || authType == u"v3applicationcredential" || authType == u"applicationcredential";
    if (!authType.isEmpty() && authType != u"password" && authType != u"v3password"
        && authType != u"v3applicationcredential" && authType != u"applicationcredential")
        //: %1 = the value of OS_AUTH_TYPE
        m.problems << tr("OS_AUTH_TYPE=%1 is not supported by this version yet; only password "
                         "and application credential authentication are.")
                          .arg(value(env, "OS_AUTH_TYPE"));
    const QString identityVersion = value(env, "OS_IDENTITY_API_VERSION");
    if (identityVersion.startsWith(u'2'))
        m.problems << tr("OS_IDENTITY_API_VERSION=%1: Imagewright needs Keystone v3.")
                          .arg(identityVersion);

    const QString authUrl = value(env, "OS_AUTH_URL");
    if (authUrl.isEmpty())
        m.missing << u"OS_AUTH_URL"_s;
    p.userName = value(env, "OS_USERNAME");
    if (m.applicationCredential) {
        // Keystone scopes the token to the credential's project: no project, no password. A
        // credential given by name belongs to OS_USERNAME (in OS_USER_DOMAIN_NAME).
        m.applicationCredentialId = value(env, "OS_APPLICATION_CREDENTIAL_ID");
        m.applicationCredentialName = value(env, "OS_APPLICATION_CREDENTIAL_NAME");
        m.applicationCredentialSecret = env.value(u"OS_APPLICATION_CREDENTIAL_SECRET"_s);
        if (m.applicationCredentialId.isEmpty() && m.applicationCredentialName.isEmpty())
            m.missing << u"OS_APPLICATION_CREDENTIAL_ID"_s;
        if (m.applicationCredentialId.isEmpty() && !m.applicationCredentialName.isEmpty()
            && p.userName.isEmpty())
            m.missing << u"OS_USERNAME"_s;
        if (m.applicationCredentialSecret.isEmpty())
            m.missing << u"OS_APPLICATION_CREDENTIAL_SECRET"_s;
        p.authMethod = AuthMethod::ApplicationCredential;
        p.applicationCredentialId = m.applicationCredentialId;
        p.applicationCredentialName = m.applicationCredentialName;
    } else {
        if (p.userName.isEmpty())
            m.missing << u"OS_USERNAME"_s;
        m.password = env.value(u"OS_PASSWORD"_s); // as given: a password may have outer spaces
        if (m.password.isEmpty())
            m.missing << u"OS_PASSWORD"_s;
    }
    p.projectName = value(env, "OS_PROJECT_NAME");
    if (p.projectName.isEmpty())
        p.projectName = value(env, "OS_TENANT_NAME");
    p.projectId = value(env, "OS_PROJECT_ID");
    if (p.projectId.isEmpty())
        p.projectId = value(env, "OS_TENANT_ID");
    if (!m.applicationCredential && p.projectName.isEmpty() && p.projectId.isEmpty())
        m.missing << u"OS_PROJECT_NAME"_s;

    if (!authUrl.isEmpty()) {
        QString problem;
        const QUrl url = ProfileImport::normalizeAuthUrl(authUrl, nullptr, &problem);
        if (!problem.isEmpty())
            m.problems << problem;
        p.authUrl = url;
    }

    // Keystone sends the domain by name; "default" is the one domain ID every cloud shares.
    const auto domain = [&](const char *nameVar, const char *idVar, QString *into) {
        const QString name = value(env, nameVar);
        const QString id = value(env, idVar);
        if (!name.isEmpty()) {
            *into = name;
        } else if (id.isEmpty() || id.compare(u"default"_s, Qt::CaseInsensitive) == 0) {
            *into = u"Default"_s;
        } else {
            //: %1 = e.g. OS_USER_DOMAIN_ID, %2 = e.g. OS_USER_DOMAIN_NAME
            m.problems << tr("%1 other than \"default\" is not supported by this version yet; "
                             "set %2 instead.")
                              .arg(QString::fromLatin1(idVar), QString::fromLatin1(nameVar));
        }
    };
    domain("OS_USER_DOMAIN_NAME", "OS_USER_DOMAIN_ID", &p.userDomain);
    domain("OS_PROJECT_DOMAIN_NAME", "OS_PROJECT_DOMAIN_ID", &p.projectDomain);

    p.region = value(env, "OS_REGION_NAME");
    QString interface = value(env, "OS_INTERFACE");
    if (interface.isEmpty())
        interface = value(env, "OS_ENDPOINT_TYPE");
    if (interface.isEmpty()) {
        p.interface = u"public"_s;
    } else {
        p.interface = ProfileImport::normalizeInterface(interface);
        if (p.interface.isEmpty()) {
            //: %1 = the value of OS_INTERFACE
            m.problems << tr("OS_INTERFACE must be public, internal or admin, not \"%1\".")
                              .arg(interface.toLower());
            p.interface = u"public"_s;
        }
    }
    const QString caCert = value(env, "OS_CACERT");
    if (!caCert.isEmpty()) {
        p.tlsMode = TlsMode::CaBundle;
        p.caBundlePath = caCert;
    }

    p.family = guessFamily(p.authUrl, p.region);
    // Stable across runs, so every job submitted with the same credentials shares a profile id.
    QStringList identityParts{p.authUrl.toString(),
        p.userDomain,
        p.userName,
        p.projectDomain,
        p.projectName,
        p.projectId,
        p.region};
    if (m.applicationCredential)
        identityParts << m.applicationCredentialId << m.applicationCredentialName;
    p.id = stableProfileId(identityParts);
    const QString project = p.projectName.isEmpty() ? p.projectId : p.projectName;
    if (m.applicationCredential)
        //: Name of the cloud profile made from OS_* variables. %1 = the credential's ID or name
        p.name = tr("Environment (application credential %1)")
                     .arg(m.applicationCredentialId.isEmpty() ? m.applicationCredentialName
                                                              : m.applicationCredentialId);
    else
        //: Name of the cloud profile made from OS_* variables. %1 = user, %2 = project
        p.name = tr("Environment (%1@%2)").arg(p.userName, project);
    return m;
}

std::optional<OpenStackEnv> OpenStackEnv::read(
    const QProcessEnvironment &env, QString *error, Failure *failure)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (failure)
        *failure = Failure::Environment;

    const QString cloud = value(env, "OS_CLOUD");
    if (!cloud.isEmpty())
        return fromCloudsYaml(env, cloud, error, failure);
    Mapping m = map(env);
    if (!m.missing.isEmpty())
        //: %1 = list of environment variable names
        return fail(tr("The OpenStack environment is incomplete: %1 not set. Set them (e.g. "
                       "source your openrc file) or use --profile.")
                        .arg(m.missing.join(u", "_s)));
    if (!m.problems.isEmpty())
        return fail(m.problems.constFirst());

    OpenStackEnv out;
    out.profile = m.profile;
    out.password = m.password;
    out.applicationCredentialId = m.applicationCredentialId;
    out.applicationCredentialName = m.applicationCredentialName;
    out.applicationCredentialSecret = m.applicationCredentialSecret;
    out.savedName = out.profile.name;
    return out; // OS_CACERT: the profile's CA bundle (map()), applied by the session
}

std::optional<OpenStackEnv> OpenStackEnv::fromCloudsYaml(
    const QProcessEnvironment &env, const QString &cloud, QString *error, Failure *failure)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    // openstacksdk's search (OS_CLIENT_CONFIG_FILE, ., ~/.config/openstack, /etc/openstack) and
    // secure.yaml merge, with the import's rules: one reading of clouds.yaml for both.
    const auto paths = CloudsYamlImport::SearchPaths::fromEnvironment(env, QDir::currentPath());
    const ImportScan scan = CloudsYamlImport::scan(paths);
    if (!scan.ok()) {
        // Found but unreadable or not a valid clouds.yaml (or its secure.yaml): the file is
        // at fault, not the environment.
        const QStringList found = paths.configCandidates();
        if (failure && std::any_of(found.cbegin(), found.cend(), [](const QString &path) {
                return !path.isEmpty() && QFileInfo(path).isFile();
            }))
            *failure = Failure::CloudsFile;
        return fail(scan.error);
    }
    if (scan.files.isEmpty())
        //: %1 = the value of OS_CLOUD
        return fail(tr("OS_CLOUD is \"%1\", but no clouds.yaml was found (OS_CLIENT_CONFIG_FILE, "
                       "the current folder, ~/.config/openstack, /etc/openstack).")
                        .arg(cloud));
    // A cloud with a list of regions gives one candidate per region: OS_REGION_NAME picks one.
    const QString region = value(env, "OS_REGION_NAME");
    const ImportCandidate *match = nullptr;
    for (const ImportCandidate &c : scan.candidates) {
        if (c.source == cloud && (region.isEmpty() || c.profile.region == region)) {
            match = &c;
            break;
        }
    }
    if (!match)
        //: %1 = the value of OS_CLOUD, %2 = the clouds.yaml file
        return fail(tr("%2 has no cloud \"%1\" (for this OS_REGION_NAME, if set).")
                        .arg(cloud, scan.files.constFirst()));
    if (!match->isImportable())
        //: %1 = the cloud's name in clouds.yaml, %2 = why it cannot be used
        return fail(tr("The cloud \"%1\" of clouds.yaml cannot be used: %2")
                        .arg(cloud, match->problems.constFirst()));

    OpenStackEnv out;
    out.profile = match->profile;
    if (out.profile.authMethod == AuthMethod::AkSk)
        return fail(tr("AK/SK clouds of clouds.yaml are not used by submit: import the cloud as "
                       "a profile (Profiles… → Import…) and use --profile."));
    if (out.profile.authMethod == AuthMethod::ApplicationCredential) {
        out.applicationCredentialId = out.profile.applicationCredentialId;
        out.applicationCredentialName = out.profile.applicationCredentialName;
        out.applicationCredentialSecret =
            match->secrets.value(SecretKind::ApplicationCredentialSecret).value();
        if (out.applicationCredentialSecret.isEmpty())
            //: %1 = the cloud's name in clouds.yaml
            return fail(tr("The cloud \"%1\" of clouds.yaml has no "
                           "application_credential_secret (nor secure.yaml).")
                            .arg(cloud));
    } else {
        out.password = match->secrets.value(SecretKind::Password).value();
        if (out.password.isEmpty())
            //: %1 = the cloud's name in clouds.yaml
            return fail(tr("The cloud \"%1\" of clouds.yaml has no password (nor secure.yaml); "
                           "submit cannot ask for one.")
                            .arg(cloud));
    }
    out.profile.family = guessFamily(out.profile.authUrl, out.profile.region); // as with OS_*
    out.profile.id = cloudsYamlProfileId(cloud, out.profile, out.profile.authUrl.toString());
    out.savedName = out.profile.name; // "cloud", or "cloud region" for one of its regions
    //: Name of the profile made from OS_CLOUD. %1 = the cloud's name in clouds.yaml
    out.profile.name = tr("clouds.yaml (%1)").arg(cloud);
    out.warnings << match->notes;
    return out;
}
