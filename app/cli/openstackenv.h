#pragma once

#include <optional>

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "cloud/cloudprofile.h"

/// Credentials from the OpenStack environment variables (the openrc convention): OS_AUTH_URL,
/// OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME or OS_PROJECT_ID, OS_USER_DOMAIN_NAME/_ID,
/// OS_PROJECT_DOMAIN_NAME/_ID, OS_REGION_NAME, OS_INTERFACE; or an application credential
/// (OS_APPLICATION_CREDENTIAL_ID, or _NAME with OS_USERNAME, and _SECRET; no project, no
/// password); OS_CACERT becomes the profile's CA bundle. Or OS_CLOUD: that cloud of clouds.yaml
/// (+ secure.yaml), found and read as the profile import does (CloudsYamlImport), OS_REGION_NAME
/// choosing among its regions. Token auth is refused. A value type.
struct OpenStackEnv
{
    Q_DECLARE_TR_FUNCTIONS(OpenStackEnv)
public:
    CloudProfile profile; // an unsaved profile with a stable id derived from the credentials
    QString password;
    /// Set when the environment names an application credential (then `password` is empty).
    QString applicationCredentialId;
    QString applicationCredentialName;
    QString applicationCredentialSecret;
    bool usesApplicationCredential() const { return !applicationCredentialSecret.isEmpty(); }
    QStringList warnings; // translated
    /// The name offered for a saved profile of this cloud (the GUI's "Sign In for These
    /// Jobs…"): for OS_CLOUD the name the clouds.yaml import gives it, which environmentIdsOf()
    /// matches; otherwise profile.name.
    QString savedName;

    /// What the OS_* variables say, before any decision: one mapping for `submit` (read()) and
    /// the openrc import (OpenrcImport). Nothing here fails: what is missing or unusable is
    /// listed.
    struct Mapping
    {
        CloudProfile profile; // id "env-..." (stable) and name "Environment (...)"
        bool applicationCredential = false;
        QString password; // as given (may have outer spaces); empty when not set
        QString applicationCredentialId;
        QString applicationCredentialName;
        QString applicationCredentialSecret;
        QStringList missing;  // variable names needed but not set (OS_PASSWORD included)
        QStringList problems; // translated: what makes the variables unusable
    };
    static Mapping map(const QProcessEnvironment &env);

    /// The profile ids (map()'s "env-...") under which `imagewright submit` filed jobs sent with
    /// OS_* variables naming the same auth URL, user, project (by name, id or both) and region
    /// as the saved profile `saved` (and its application credential, for such a profile). The
    /// GUI follows those jobs with `saved`'s session: they are no orphans. Also the ids of jobs
    /// sent with OS_CLOUD, for a profile imported from that cloud of clouds.yaml and still
    /// named as the import named it.
    static QStringList environmentIdsOf(const CloudProfile &saved);

    /// True when the environment names a cloud at all (OS_AUTH_URL or OS_CLOUD).
    static bool isPresent(const QProcessEnvironment &env);
    /// Why read() gave nothing: the variables (incomplete, unsupported, OS_CLOUD naming no
    /// cloud of the files), or a clouds.yaml / secure.yaml that exists but cannot be read or
    /// parsed (broken YAML, a cyclic alias, an alias bomb; `submit` exits 2 for it).
    enum class Failure
    {
        Environment,
        CloudsFile
    };
    /// Reads the environment. nullopt with a translated `error` when it is incomplete or uses
    /// something this version does not support; `failure` (when given) says which.
    static std::optional<OpenStackEnv> read(
        const QProcessEnvironment &env, QString *error, Failure *failure = nullptr);

    /// The vendor, guessed from the auth URL's host: myhuaweicloud.com → Huawei Cloud,
    /// otc.t-systems.com → Open Telekom Cloud, cloud.global.fujitsu.com → FJcloud-O, a loopback
    /// address → the demo cloud unless `region` names another region than the demo's
    /// (a DevStack or test OpenStack on 127.0.0.1 with RegionOne), anything else → OpenStack.
    static CloudFamily guessFamily(const QUrl &authUrl, const QString &region = {});

private:
    static std::optional<OpenStackEnv> fromCloudsYaml(
        const QProcessEnvironment &env, const QString &cloud, QString *error, Failure *failure);
};
