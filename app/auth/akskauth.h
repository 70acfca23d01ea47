#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include "auth/keystonesession.h"
#include "auth/tokenwaiters.h"
#include "cloud/cloudprofile.h"
#include "cloud/servicecatalog.h"
#include "net/apierror.h"
#include "net/authprovider.h"
#include "net/proxyresolver.h"
#include "net/tlssettings.h"

class RestClient;
class RestJob;

/// Huawei API-gateway AK/SK authentication for one profile (api-facts §1.5): every request is
/// signed (SDK-HMAC-SHA256, AkSkSigner) at send time instead of carrying a token. There is no
/// Keystone token, so no catalog: the endpoints come from the family's presets
/// (CloudPresets::serviceEndpoints) plus the profile's endpoint overrides, and the project id
/// from the profile or a signed `GET {authUrl}/projects?name=...` (IAM "query project list";
/// Huawei project names are region ids). Requests then carry X-Project-Id, signed.
///
/// The secret key (and the security token of a temporary key) come from loaders (the OS
/// keychain) when first needed and are held in memory only, registered with the log scrubber.
/// Bodies over 12 MB are refused before anything is sent. GUI thread.
class AkSkAuth final : public QObject, public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AkSkAuth)
public:
    using SecretLoader = KeystoneSession::PasswordLoader;

    AkSkAuth(RestClient *client, CloudProfile profile, QObject *parent = nullptr);
    ~AkSkAuth() override;

    const CloudProfile &profile() const { return m_profile; }

    void setSecretKey(const QString &secretKey);
    void setSecurityToken(const QString &token);
    bool hasSecretKey() const { return !m_secretKey.isEmpty(); }
    /// The keys once loaded (after withToken() answered): the object storage signs its own
    /// requests with them (SigV4, ObsProfile). In memory only, like the rest.
    const QString &secretKey() const { return m_secretKey; }
    const QString &securityToken() const { return m_securityToken; }
    /// Where the secret key / security token come from when not in memory. A new source: what
    /// was held from the old one is forgotten and read again before the next signed call.
    void setSecretKeyLoader(SecretLoader loader);
    void setSecurityTokenLoader(SecretLoader loader);
    /// The clock X-Sdk-Date is taken from (tests); the system's UTC clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// Answers (later) with an empty token once the secrets are loaded and the project id and
    /// endpoints are known, or with the error that stopped it. Concurrent callers share one
    /// preparation.
    void withToken(QObject *context, TokenCallback callback) override;
    void invalidate(const QByteArray &token) override { Q_UNUSED(token) }
    /// The identity endpoint and the endpoints of the (preset + overridden) catalog.
    bool isTrustedOrigin(const QUrl &url) const override;
    bool signsRequests() const override { return true; }
    ApiError signRequest(const QByteArray &method,
        QNetworkRequest &request,
        const QByteArray &body,
        qint64 bodySize) override;
    qint64 maxSignedBodyBytes() const override;

    /// The profile's TLS rules (TlsSettings::forProfile), for the signed calls and the IAM query.
    std::shared_ptr<const TlsSettings> tlsSettings() const override { return m_tls; }
    /// The profile's proxy rules (ProxyResolver::forProfile).
    std::shared_ptr<const ProxyResolver> proxyResolver() const override { return m_proxy; }
    /// Server time minus local time from the Date header of the IAM project query's answer (a
    /// refusal counts too): X-Sdk-Date comes from the local clock, so the connection test can
    /// say the clock is off before the gateway refuses signatures (APIGW.0303).
    std::optional<qint64> clockSkew() const { return m_clockSkew; }

    bool isReady() const { return m_ready; }
    const ServiceCatalog &catalog() const { return m_catalog; }
    QString projectId() const { return m_projectId; }
    int projectQueryCount() const { return m_projectQueries; }

    /// Forget the project id and endpoints found (not the secrets): the next call looks again.
    void signOut();

    /// Why a body over 12 MB cannot go with this profile (translated); the Glance page, the
    /// submit command and the job monitor say the same before starting.
    static QString bodyTooLargeMessage();

Q_SIGNALS:
    void authenticated();
    void authenticationFailed(const ApiError &error);

private:
    void prepare();
    /// Reads a secret that is not in memory yet with `loader`, keeps it with `keep`, and goes on
    /// preparing; no loader, or nothing stored, fails with `missing` (translated).
    void loadSecret(const SecretLoader &loader,
        void (AkSkAuth::*keep)(const QString &),
        const QString &missing);
    void queryProject();
    void handleProjectReply(RestJob *job);
    void buildCatalog();
    void fail(const ApiError &error);
    void deliver(const ApiError &error);

    QPointer<RestClient> m_client;
    CloudProfile m_profile;
    QString m_secretKey;
    QString m_securityToken;
    SecretLoader m_skLoader;
    SecretLoader m_tokenLoader;
    std::function<QDateTime()> m_clock;
    QString m_projectId;
    ServiceCatalog m_catalog;
    TokenWaiters m_waiters;
    QObject *m_identity = nullptr; // signs the project query, without X-Project-Id
    QPointer<RestJob> m_pending;
    bool m_loading = false;
    bool m_ready = false;
    int m_projectQueries = 0;
    std::shared_ptr<const TlsSettings> m_tls;
    std::shared_ptr<const ProxyResolver> m_proxy;
    std::optional<qint64> m_clockSkew;
};
