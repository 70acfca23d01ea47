#pragma once

#include <QHash>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "auth/keystonesession.h"
#include "cloud/cloudprofile.h"
#include "create/creationmethod.h"
#include "net/apierror.h"
#include "secrets/secretstore.h"

class AkSkAuth;
class KeystoneSession;
class RestClient;
class SecretStore;

/// Signs in once with a profile's values, as the profile editor's "Test connection" does,
/// without saving anything: its own KeystoneSession (the token and the password stay in this
/// object and go with it), on the shared RestClient. finished() fires exactly once, later, from
/// the event loop. GUI thread.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)
public:
    struct Result
    {
        ApiError error;           // None: signed in
        QString region;           // the region asked for
        QStringList serviceTypes; // catalog types with an endpoint in that region and interface
        QStringList catalogRegions;
        QList<CreationMethod> methods; // what those services enable (interfaces.md §6)
        QString projectId;
        QUrl authUrl;                    // where the sign-in went
        std::optional<qint64> clockSkew; // server minus local time, seconds (Date header)
        bool clockSkewTooLarge = false;  // beyond KeystoneSession::ClockSkewLimitSeconds
        bool insecure = false;           // the profile does not verify certificates

        bool ok() const { return !error; }
    };

    /// A translated sentence for a failed test, distinct per cause: credentials or project
    /// refused (Keystone answers both with the same 401, so it names both), host unreachable
    /// (no such host, refused, timed out), TLS (why, with the certificate's fingerprint), a bad
    /// identity URL, anything else as ApiError::userMessage(). Empty when `result` is ok().
    static QString errorMessage(const Result &result);
    /// A translated warning about the clock when clockSkewTooLarge, with the measured offset;
    /// empty otherwise.
    static QString clockSkewMessage(const Result &result);
    /// "3 min 20 s" (translated); the sign is left to the sentence.
    static QString formatDuration(qint64 seconds);

    ConnectionTest(RestClient *client, CloudProfile profile, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// The password to sign in with. Without one, the password stored under `storedKey` in
    /// `store` is read (the profile was saved before); with neither, the test fails at once.
    void setPassword(const QString &password);
    void setStoredPassword(SecretStore *store, const QString &storedKey);

    // Every auth method (CloudProfile::authMethod): the application credential's secret, or
    // the AK/SK secret key and security token. A secret typed in the editor is given with
    // setSecret(); one not given is read from setStoredPassword()'s store under
    // SecretStore::keyFor(profile id, kind) (the profile was saved before). An AK/SK test
    // sends one signed request to the identity service (its project list), so a wrong
    // secret key shows.
    void setSecret(SecretKind kind, const QString &secret);

    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const ConnectionTest::Result &result);

private:
    void finish(Result result);
    // Per auth method (issue 5): how the secrets are found, and the AK/SK sign-in.
    KeystoneSession::PasswordLoader loaderFor(SecretKind kind) const;
    void prepareApplicationCredential();
    void startAkSk();
    void finishAkSk(const ApiError &error);

    CloudProfile m_profile;
    KeystoneSession *m_session = nullptr;
    QPointer<SecretStore> m_store;
    QString m_storedKey;
    bool m_hasPassword = false;
    bool m_running = false;
    bool m_finished = false;
    QHash<int, QString> m_secrets; // SecretKind -> typed secret
    AkSkAuth *m_akSk = nullptr;
};
