#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "obs/obscredentialsource.h"

class AuthProvider;
class RestClient;
class RestJob;

/// One answer of IAM's "obtain a temporary access key and security token through a token".
struct IamTemporaryKey
{
    QString access;
    QString secret;
    QString securityToken;
    QDateTime expiresAt; // UTC

    /// {"credential": {"access", "secret", "securitytoken", "expires_at"}}; nullopt with `why`
    /// (for logs, never a value) when a field is missing.
    static std::optional<IamTemporaryKey> fromJson(const QJsonObject &object, QString *why);
};

/// Temporary OBS keys for a password or application-credential profile (Huawei Cloud, Open
/// Telekom Cloud, the demo cloud): `POST {identity}/v3.0/OS-CREDENTIAL/securitytokens` with the
/// profile's Keystone token (X-Auth-Token, added by RestClient for the identity origin) and
/// {"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": N}}}}. The keys are
/// kept in memory and used until `renewBefore` ahead of their expiry, then fetched again (an
/// upload longer than their lifetime keeps going: every attempt asks, docs/obs.md). The secret
/// and the token are registered with the log scrubber while held. GUI thread.
class IamTemporaryCredentials final : public QObject, public ObsCredentialSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IamTemporaryCredentials)
public:
    static constexpr int DefaultDurationSeconds = 3600;

    /// `keystone`: the profile's token provider; `authUrl`: its Keystone v3 root (".../v3").
    IamTemporaryCredentials(
        RestClient *client, AuthProvider *keystone, const QUrl &authUrl, QObject *parent = nullptr);
    ~IamTemporaryCredentials() override;

    /// The lifetime asked for (900-86400 s; IAM's own rule) and the margin before expiry at
    /// which the keys are renewed (default: a fifth of the lifetime, at most 10 minutes).
    void setDuration(int seconds, int renewBeforeSeconds = -1);
    /// The clock expiry is judged by (tests); the system's UTC clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void withCredentials(QObject *context, Callback callback) override;

    /// {identity root}/v3.0/OS-CREDENTIAL/securitytokens for a Keystone root ending in /v3.
    static QUrl securityTokensUrl(const QUrl &authUrl);
    int fetchCount() const { return m_fetches; }

private:
    void fetch();
    void handleReply(RestJob *job);
    void deliver(const ApiError &error);
    void keep(const IamTemporaryKey &key);

    QPointer<RestClient> m_client;
    AuthProvider *m_keystone;
    QUrl m_url;
    int m_duration = DefaultDurationSeconds;
    int m_renewBefore = 600;
    std::function<QDateTime()> m_clock;
    std::optional<IamTemporaryKey> m_key;
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    QList<Waiter> m_waiters;
    bool m_fetching = false;
    int m_fetches = 0;
};
