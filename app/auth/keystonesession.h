#pragma once

#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "auth/tokenwaiters.h"
#include "cloud/cloudprofile.h"
#include "cloud/servicecatalog.h"
#include "net/apierror.h"
#include "net/authprovider.h"

class RestClient;
class RestJob;
class SecretStore;
class ProxyResolver;
class TlsSettings;

/// Keystone v3 authentication for one profile: password, or an application credential
/// (setApplicationCredential). The token lives in memory only; the catalog comes with it.
/// Concurrent callers share a single token request; a 401 elsewhere drops the refused token once;
/// the token is renewed ahead of its expiry. GUI thread.
class KeystoneSession final : public QObject, public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeystoneSession)
public:
    KeystoneSession(RestClient *client, CloudProfile profile, QObject *parent = nullptr);
    ~KeystoneSession() override;

    /// The password, held in memory only; registered with the log scrubber.
    void setPassword(const QString &password);
    bool hasPassword() const { return !m_password.isEmpty(); }

    /// Where the password comes from when there is none in memory (the OS keychain): called
    /// before a token request; it answers later with the password, or an error (nothing stored,
    /// keychain unavailable) that every waiting caller then gets.
    using PasswordLoader =
        std::function<void(QObject *context, std::function<void(QString, ApiError)> done)>;
    /// A new source: a password held from the old one is forgotten (the token stays).
    void setPasswordLoader(PasswordLoader loader)
    {
        m_loader = std::move(loader);
        m_password.clear();
        m_rejected.reset(); // a new secret may be tried once
    }
    /// A loader that reads `key` from `store` (one answer per call; an empty secret means
    /// nothing is stored, which fails the sign-in with "no password is stored").
    static PasswordLoader loaderFromStore(SecretStore *store, const QString &key);
    const CloudProfile &profile() const { return m_profile; }

    /// Authenticate with an application credential instead of the password (api-facts §1.9):
    /// by `id`, or (when `id` is empty) by `name` with the profile's user name and user domain.
    /// The secret is held in memory only and registered with the log scrubber. No scope is sent:
    /// the token is scoped to the credential's own project. The current token is dropped.
    void setApplicationCredential(const QString &id, const QString &name, const QString &secret);
    bool usesApplicationCredential() const { return m_useAppCredential; }
    /// Like setApplicationCredential(), with the secret read by `loader` (the OS keychain) when
    /// a token is needed, then held in memory only (registered with the log scrubber).
    void setApplicationCredentialLoader(
        const QString &id, const QString &name, PasswordLoader loader);

    void withToken(QObject *context, TokenCallback callback) override;
    /// Like withToken(), but with a token issued within the last `maxAge` (a new one is
    /// requested otherwise): right before a long upload, which cannot renew its token mid-way
    /// (reference/api-facts.md §1.8). Other callers keep using the old token until it arrives.
    void withFreshToken(QObject *context,
        TokenCallback callback,
        std::chrono::seconds maxAge = std::chrono::seconds(30));
    void invalidate(const QByteArray &token) override;
    bool isTrustedOrigin(const QUrl &url) const override;
    /// The profile's TLS rules, made (the CA bundle read) once, when the session is made.
    std::shared_ptr<const TlsSettings> tlsSettings() const override { return m_tls; }
    std::shared_ptr<const ProxyResolver> proxyResolver() const override { return m_proxy; }

    /// Server time minus local time in seconds, measured from the Date header of the identity
    /// service's last answer (a refusal counts too); empty before one arrived or without a Date.
    /// AK/SK signing takes X-Sdk-Date from the local clock and the gateway refuses it beyond
    /// 15 minutes: callers check this first (clockSkewTooLarge()).
    std::optional<qint64> clockSkew() const { return m_clockSkew; }
    /// Beyond this, the connection test reports the clock (docs/connection.md): a third of the
    /// gateway's 15 minutes, so it is said long before signatures are refused.
    static constexpr qint64 ClockSkewLimitSeconds = 5 * 60;
    static bool isClockSkewTooLarge(std::optional<qint64> skew)
    {
        return skew && std::abs(*skew) > ClockSkewLimitSeconds;
    }
    bool clockSkewTooLarge() const { return isClockSkewTooLarge(m_clockSkew); }

    /// The wall clock (UTC) the clock skew is measured against and expiresAt() is given on;
    /// the system's by default. Tests inject a clock that is off. A token's lifetime never
    /// depends on it: the lifetime is the server's expires_at - issued_at, counted down on a
    /// monotonic timer from the token's arrival.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    bool hasToken() const { return !m_token.isEmpty(); }
    /// When the current token expires, on this machine's clock (now + tokenTimeLeft()), so it
    /// compares right with the local clock even when that differs from the cloud's. Invalid
    /// without a token.
    QDateTime expiresAt() const;
    /// How long the current token lives on (monotonic); zero without a token.
    std::chrono::milliseconds tokenTimeLeft() const;
    /// The lifetime the identity service gave the current token (expires_at - issued_at).
    std::chrono::milliseconds tokenLifetime() const { return m_lifetime; }
    const ServiceCatalog &catalog() const { return m_catalog; }
    QString projectId() const { return m_projectId; }
    int tokenRequestCount() const { return m_tokenRequests; }

    /// Renew this long before expiry: 120 s (keystoneauth's margin), or a fifth of a short
    /// token's lifetime (of an hour when there is no token).
    std::chrono::seconds renewalMargin() const;

    /// Forget the token (e.g. the profile's credentials changed).
    void signOut();

    /// Whether the identity service refused the credentials (401 on the token request). Until
    /// the secret changes (setPassword(), a new loader, a new application credential) or the
    /// operator retries (retrySignIn()), no token is requested again: every caller gets that
    /// refusal at once, so running jobs cannot lock the account by signing in every few
    /// seconds (Keystone's and IAM's lockout policies).
    bool credentialsRejected() const { return m_rejected.has_value(); }
    /// The operator asks to sign in again with the same credentials: one token request may go
    /// out. A secret held from the keychain is read again.
    void retrySignIn();

Q_SIGNALS:
    void authenticated();
    void authenticationFailed(const ApiError &error);

private:
    void requestToken();
    QJsonObject authBody() const;
    void handleTokenReply(RestJob *job);
    void deliver(const QByteArray &token, const ApiError &error);
    bool tokenIsFresh() const;
    void dropToken();

    QPointer<RestClient> m_client;
    CloudProfile m_profile;
    std::shared_ptr<const TlsSettings> m_tls;
    std::shared_ptr<const ProxyResolver> m_proxy; // the profile's ProxyMode
    std::optional<qint64> m_clockSkew;
    QString m_password;
    std::optional<ApiError> m_rejected; // the identity service's refusal of these credentials
    QString m_appCredentialId;
    QString m_appCredentialName;
    QString m_appCredentialSecret;
    bool m_useAppCredential = false;
    std::function<QDateTime()> m_clock;
    QByteArray m_token;
    std::chrono::milliseconds m_lifetime{0}; // the server's expires_at - issued_at
    QElapsedTimer m_tokenAge;                // monotonic, started when the token arrived
    ServiceCatalog m_catalog;
    QString m_projectId;
    TokenWaiters m_waiters;
    QPointer<RestJob> m_pending;
    QTimer m_renewTimer;
    int m_tokenRequests = 0;
    PasswordLoader m_loader;
    bool m_loading = false;
};
