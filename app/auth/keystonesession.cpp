#include "auth/keystonesession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "auth/aksksigner.h"
#include "logging.h"
#include "model/imsjob.h"
#include "net/proxyresolver.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "net/tlssettings.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

KeystoneSession::KeystoneSession(RestClient *client, CloudProfile profile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(std::move(profile))
    , m_tls(TlsSettings::forProfile(m_profile))
    , m_proxy(ProxyResolver::forProfile(m_profile))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Every session start of an insecure profile says so (reference/reliability.md §5).
    if (m_tls->isInsecure()) {
        qCWarning(lcAuth) << "TLS certificate verification is OFF for profile" << m_profile.name
                          << "(the profile opted in to insecure connections)";
    } else if (!m_tls->isUsable()) {
        qCWarning(lcAuth) << "the CA bundle of profile" << m_profile.name
                          << "cannot be used:" << m_tls->problem();
    }
    if (m_profile.proxyMode != ProxyMode::Environment)
        qCInfo(lcAuth).noquote() << "proxy of profile" << m_profile.name << ":"
                                 << m_proxy->describe();
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        // Renew ahead of expiry so a long poll never meets an expired token; the current token
        // stays in use until the new one arrives.
        if (!m_pending)
            requestToken();
    });
}

KeystoneSession::~KeystoneSession()
{
    // Whoever still waits for a token must hear the end, or its request would wait forever.
    m_waiters.abortAll();
}

KeystoneSession::PasswordLoader KeystoneSession::loaderFromStore(
    SecretStore *store, const QString &key)
{
    QPointer<SecretStore> guardedStore(store);
    return [guardedStore, key](QObject *context, std::function<void(QString, ApiError)> done) {
        if (!guardedStore) {
            QMetaObject::invokeMethod(
                context, [done] { done({}, {}); }, Qt::QueuedConnection);
            return;
        }
        auto *guard = new QObject(context); // one answer, then gone
        connect(guardedStore.data(),
            &SecretStore::readDone,
            guard,
            [guard, key, done](const QString &k, const QString &secret) {
                if (k != key)
                    return;
                guard->deleteLater();
                done(secret, {}); // empty: nothing stored
            });
        connect(guardedStore.data(),
            &SecretStore::failed,
            guard,
            [guard, key, done](const QString &k, SecretError, const QString &detail) {
                if (k != key)
                    return;
                guard->deleteLater();
                //: %1 = the keychain's own error text
                done({},
                    ApiError::make(ApiError::Kind::Configuration,
                        tr("the keychain could not be read (%1)").arg(detail)));
            });
        guardedStore->read(key);
    };
}

void KeystoneSession::setPassword(const QString &password)
{
    m_password = password;
    m_rejected.reset(); // a new secret may be tried once
    Logging::registerSecret(password);
}

void KeystoneSession::retrySignIn()
{
    if (!m_rejected)
        return;
    m_rejected.reset();
    if (m_loader) {
        // The keychain may hold a corrected secret: read it again.
        if (usesApplicationCredential())
            m_appCredentialSecret.clear();
        else
            m_password.clear();
    }
}

void KeystoneSession::setApplicationCredential(
    const QString &id, const QString &name, const QString &secret)
{
    m_useAppCredential = true;
    m_appCredentialId = id;
    m_appCredentialName = name;
    m_appCredentialSecret = secret;
    m_rejected.reset();
    Logging::registerSecret(secret);
    signOut();
}

void KeystoneSession::setApplicationCredentialLoader(
    const QString &id, const QString &name, PasswordLoader loader)
{
    setApplicationCredential(id, name, {});
    m_loader = std::move(loader);
}

seconds KeystoneSession::renewalMargin() const
{
    const qint64 lifetime = m_lifetime > 0ms ? duration_cast<seconds>(m_lifetime).count() : 3600;
    return seconds(std::clamp<qint64>(lifetime / 5, 0, 120));
}

milliseconds KeystoneSession::tokenTimeLeft() const
{
    if (m_token.isEmpty() || !m_tokenAge.isValid())
        return 0ms;
    return std::max(0ms, m_lifetime - milliseconds(m_tokenAge.elapsed()));
}

QDateTime KeystoneSession::expiresAt() const
{
    if (m_token.isEmpty() || !m_tokenAge.isValid())
        return {};
    return m_clock().addMSecs(tokenTimeLeft().count());
}

bool KeystoneSession::tokenIsFresh() const
{
    // Monotonic: a wall clock that is off (or set while we run) never ages a token.
    return tokenTimeLeft() > duration_cast<milliseconds>(renewalMargin());
}

void KeystoneSession::dropToken()
{
    m_token.clear();
    m_lifetime = 0ms;
    m_tokenAge.invalidate();
    m_renewTimer.stop();
}

void KeystoneSession::withToken(QObject *context, TokenCallback callback)
{
    if (m_rejected && !tokenIsFresh()) {
        // Refused before: no token request until the secret changes or the operator retries.
        QMetaObject::invokeMethod(
            context,
            [callback = std::move(callback), error = *m_rejected] { callback({}, error); },
            Qt::QueuedConnection);
        return;
    }
    if (tokenIsFresh()) {
        QMetaObject::invokeMethod(
            context,
            [callback = std::move(callback), token = m_token] { callback(token, ApiError()); },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.add(context, std::move(callback));
    if (!m_pending && !m_loading)
        requestToken();
}

void KeystoneSession::withFreshToken(QObject *context, TokenCallback callback, seconds maxAge)
{
    const bool recent =
        m_tokenAge.isValid() && m_tokenAge.elapsed() <= duration_cast<milliseconds>(maxAge).count();
    if ((tokenIsFresh() && recent) || m_rejected) {
        withToken(context, std::move(callback));
        return;
    }
    m_waiters.add(context, std::move(callback));
    if (!m_pending && !m_loading)
        requestToken(); // the current token stays valid for others until the new one is here
}

void KeystoneSession::invalidate(const QByteArray &token)
{
    if (token.isEmpty() || token != m_token)
        return; // already replaced by another caller's re-authentication
    qCInfo(lcAuth) << "token refused by a service; authenticating again for" << m_profile.name;
    dropToken();
}

bool KeystoneSession::isTrustedOrigin(const QUrl &url) const
{
    return ServiceCatalog::sameOrigin(url, m_profile.authUrl) || m_catalog.containsOrigin(url);
}

void KeystoneSession::signOut()
{
    dropToken();
    m_catalog = {};
}

void KeystoneSession::requestToken()
{
    if (!m_client || m_loading)
        return;
    const bool needSecret =
        usesApplicationCredential() ? m_appCredentialSecret.isEmpty() : m_password.isEmpty();
    if (needSecret && m_loader) {
        // The keychain answers with the password, or the application credential's secret.
        m_loading = true;
        m_loader(this, [this](const QString &secret, const ApiError &error) {
            m_loading = false;
            if (error || secret.isEmpty()) {
                const ApiError e = error          ? error
                    : usesApplicationCredential() ? ApiError::make(ApiError::Kind::Unauthorized,
                          tr("no application credential secret is stored for this profile"))
                                                  : ApiError::make(ApiError::Kind::Unauthorized,
                                                      tr("no password is stored for this profile"));
                Q_EMIT authenticationFailed(e);
                deliver({}, e);
                return;
            }
            if (usesApplicationCredential()) {
                m_appCredentialSecret = secret;
                Logging::registerSecret(secret);
            } else {
                setPassword(secret);
            }
            requestToken();
        });
        return;
    }
    ++m_tokenRequests;
    QUrl url = m_profile.authUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/auth/tokens"_s);

    qCInfo(lcAuth) << "requesting a token for profile" << m_profile.name
                   << (usesApplicationCredential() ? "with an application credential"
                                                   : "with a password");
    RestRequest request;
    request.method = "POST";
    request.url = url;
    request.body = QJsonDocument(authBody()).toJson(QJsonDocument::Compact);
    request.kind = RequestKind::Auth;
    request.tls = m_tls;     // no AuthProvider on a token request: the profile's TLS rules go along
    request.proxy = m_proxy; // and its proxy
    RestJob *job = m_client->create(request, this);
    connect(job, &RestJob::finished, this, &KeystoneSession::handleTokenReply);
    m_pending = job;
    job->start();
}

QJsonObject KeystoneSession::authBody() const
{
    const QJsonObject userDomain{{u"name"_s, m_profile.userDomain}};
    if (usesApplicationCredential()) {
        // Keystone scopes the token to the credential's project; a scope would be refused.
        QJsonObject credential{{u"secret"_s, m_appCredentialSecret}};
        if (!m_appCredentialId.isEmpty()) {
            credential.insert(u"id"_s, m_appCredentialId);
        } else {
            credential.insert(u"name"_s, m_appCredentialName);
            credential.insert(
                u"user"_s, QJsonObject{{u"name"_s, m_profile.userName}, {u"domain"_s, userDomain}});
        }
        return {{u"auth"_s,
            QJsonObject{{u"identity"_s,
                QJsonObject{{u"methods"_s, QJsonArray{u"application_credential"_s}},
                    {u"application_credential"_s, credential}}}}}};
    }
    const QJsonObject user{
        {u"name"_s, m_profile.userName}, {u"domain"_s, userDomain}, {u"password"_s, m_password}};
    QJsonObject project;
    if (!m_profile.projectId.isEmpty()) {
        project = {{u"id"_s, m_profile.projectId}};
    } else if (m_profile.projectDomain.isEmpty()) {
        // Huawei IAM scopes a project by its name (a region id such as "cn-north-4") alone.
        project = {{u"name"_s, m_profile.projectName}};
    } else {
        project = {{u"name"_s, m_profile.projectName},
            {u"domain"_s, QJsonObject{{u"name"_s, m_profile.projectDomain}}}};
    }
    return {{u"auth"_s,
        QJsonObject{{u"identity"_s,
                        QJsonObject{{u"methods"_s, QJsonArray{u"password"_s}},
                            {u"password"_s, QJsonObject{{u"user"_s, user}}}}},
            {u"scope"_s, QJsonObject{{u"project"_s, project}}}}}};
}

void KeystoneSession::handleTokenReply(RestJob *job)
{
    m_pending = nullptr;
    ApiError error = job->error();
    const QDateTime localNow = m_clock();
    const std::optional<qint64> skew = AkSkSigner::clockSkewSeconds(job->header("Date"), localNow);
    if (skew) {
        m_clockSkew = skew;
        if (isClockSkewTooLarge(skew)) {
            qCWarning(lcAuth) << "the clock differs from the cloud's by" << *skew
                              << "seconds (profile" << m_profile.name << ")";
        }
    }
    if (!error) {
        const QByteArray token = job->header("X-Subject-Token");
        const QJsonObject t = job->json().object().value(u"token"_s).toObject();
        const QDateTime expires = ImsJob::parseTime(t.value(u"expires_at"_s).toString());
        if (token.isEmpty() || !expires.isValid()) {
            error = ApiError::make(ApiError::Kind::InvalidResponse,
                tr("the identity service sent no token or no expiry time"));
        } else {
            Logging::registerSecret(QString::fromLatin1(token));
            m_token = token;
            // The lifetime on the server's own clock (issued_at to expires_at; without
            // issued_at, from the answer's Date), never against the local clock, which may be
            // off by more than the lifetime. Counted down from now on a monotonic timer.
            QDateTime issued = ImsJob::parseTime(t.value(u"issued_at"_s).toString());
            if (!issued.isValid())
                issued = localNow.addSecs(skew.value_or(0)); // the server's now, by its Date
            m_lifetime = milliseconds(std::max<qint64>(0, issued.msecsTo(expires)));
            m_tokenAge.start();
            m_projectId = t.value(u"project"_s).toObject().value(u"id"_s).toString();
            // The profile's endpoint overrides replace the catalog's URLs of their types.
            m_catalog = ServiceCatalog::fromJson(t.value(u"catalog"_s).toArray(), m_projectId)
                            .withOverrides(m_profile.endpointOverrides,
                                m_profile.region,
                                m_profile.interface,
                                m_projectId);
            const qint64 renewIn =
                (tokenTimeLeft() - duration_cast<milliseconds>(renewalMargin())).count();
            m_renewTimer.start(int(std::clamp<qint64>(renewIn, 1000, 24LL * 3600 * 1000)));
            qCInfo(lcAuth) << "token obtained for" << m_profile.name << "lifetime"
                           << m_lifetime.count() / 1000 << "s, expires"
                           << expires.toString(Qt::ISODate) << "(cloud's clock), catalog entries"
                           << m_catalog.endpoints().size();
        }
    }
    if (error) {
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
            error.kind = ApiError::Kind::Unauthorized;
        if (error.kind == ApiError::Kind::Unauthorized) {
            m_rejected = error;
            dropToken();
            qCWarning(lcAuth) << "credentials refused for" << m_profile.name
                              << ": no token is requested again until they change";
        }
        qCWarning(lcAuth) << "authentication failed for" << m_profile.name << "kind"
                          << int(error.kind) << "status" << error.httpStatus;
        Q_EMIT authenticationFailed(error);
        deliver({}, error);
        return;
    }
    Q_EMIT authenticated();
    deliver(m_token, {});
}

void KeystoneSession::deliver(const QByteArray &token, const ApiError &error)
{
    m_waiters.deliver(token, error);
}
