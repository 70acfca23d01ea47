#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

/// Which vendor a profile talks to: it decides which creation methods are offered
/// (interfaces.md §6) and the Huawei-family extras.
enum class CloudFamily
{
    Demo,
    HuaweiCloud,
    OpenTelekomCloud,
    FjcloudO,
    OpenStack
};

/// How a profile signs in (issue 5). The secret of each lives only in the OS keychain, under
/// SecretStore::keyFor(profile id, kind): Password, ApplicationCredentialSecret, SecretKey
/// (+ SecurityToken for temporary AK/SK).
enum class AuthMethod
{
    Password,              // Keystone v3 password (userName, userDomain + scope)
    ApplicationCredential, // Keystone application credential: id, or name + userName/userDomain
    AkSk                   // Huawei API-gateway signing: accessKey (+ secret key, security token)
};

/// How a profile checks the cloud's TLS certificates. Insecure is an explicit per-profile opt-in
/// that the UI keeps visible with a persistent warning; never global.
enum class TlsMode
{
    Verify,   // the system's CA certificates (default)
    CaBundle, // the system's plus the PEM file caBundlePath (clouds.yaml `cacert`)
    Insecure  // no verification (clouds.yaml `verify: false`)
};

/// Which proxy a profile's requests go through (docs/connection.md, "Proxies").
enum class ProxyMode
{
    Environment, // https_proxy, http_proxy, all_proxy, no_proxy as curl reads them, else the
                 // system's (default)
    None,        // always direct
    Url          // CloudProfile::proxyUrl for every request of the profile
};

/// A cloud profile: everything needed to reach one project in one region, except secrets
/// (those live only in the OS keychain). A value type; saved by ProfileStore.
struct CloudProfile
{
    Q_DECLARE_TR_FUNCTIONS(CloudProfile)
public:
    QString id; // stable local id (UUID without braces)
    QString name;
    CloudFamily family = CloudFamily::OpenStack;
    QUrl authUrl; // Keystone v3 root, ".../v3"
    QString region;
    QString userName;
    QString userDomain = QStringLiteral("Default");
    QString projectName;
    QString projectId;
    QString projectDomain = QStringLiteral("Default");
    QString interface = QStringLiteral("public");

    AuthMethod authMethod = AuthMethod::Password;
    QString applicationCredentialId;   // AuthMethod::ApplicationCredential, by id...
    QString applicationCredentialName; // ...or by name (with userName/userDomain)
    QString accessKey;                 // AuthMethod::AkSk: the AK (an identifier, not a secret)
    bool temporaryAccessKey = false;   // AK/SK with a security token (SecretKind::SecurityToken)

    TlsMode tlsMode = TlsMode::Verify;
    QString caBundlePath; // TlsMode::CaBundle

    ProxyMode proxyMode = ProxyMode::Environment;
    /// ProxyMode::Url: "http://[user@]host[:port]" (no password: a password is a secret, and
    /// profiles hold none; ProxyResolver::checkProfileUrl() refuses one).
    QString proxyUrl;

    /// Service type ("compute", "image", "volumev3", "ims", ...) to the endpoint used instead of
    /// the catalog's (e.g. a private gateway); empty: the catalog decides.
    QMap<QString, QUrl> endpointOverrides;

    bool isValid() const;
    bool isHuaweiFamily() const;

    QJsonObject toJson() const;
    static CloudProfile fromJson(const QJsonObject &o);

    static QString familyKey(CloudFamily family); // "huawei", "otc", "fjcloud", "openstack", "demo"
    static CloudFamily familyFromKey(const QString &key, bool *ok = nullptr);
    static QString familyDisplayName(CloudFamily family); // translated

    static QString authMethodKey(AuthMethod method); // "password", "application_credential", "aksk"
    static AuthMethod authMethodFromKey(const QString &key, bool *ok = nullptr);
    static QString authMethodDisplayName(AuthMethod method); // translated
    static QString tlsModeKey(TlsMode mode);                 // "verify", "ca_bundle", "insecure"
    static TlsMode tlsModeFromKey(const QString &key, bool *ok = nullptr);
    static QString proxyModeKey(ProxyMode mode); // "environment", "none", "url"
    static ProxyMode proxyModeFromKey(const QString &key, bool *ok = nullptr);

    /// The profile of the local demo cloud at `authUrl` (interfaces.md §5 credentials).
    static CloudProfile demo(const QUrl &authUrl);
};
