#include "cloud/connectiontest.h"

#include "auth/akskauth.h"
#include "auth/keystonesession.h"
#include "cloud/cloudpresets.h"
#include "logging.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

ConnectionTest::ConnectionTest(RestClient *client, CloudProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_session(new KeystoneSession(client, m_profile, this))
{
    if (m_profile.authMethod == AuthMethod::AkSk) {
        // Without a project id, the signer asks IAM for the project by name: one signed
        // request that proves the keys (a session with a project id sends none until used).
        CloudProfile signing = m_profile;
        signing.projectId.clear();
        m_akSk = new AkSkAuth(client, signing, this);
    }
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::setPassword(const QString &password)
{
    m_hasPassword = !password.isEmpty();
    if (m_hasPassword)
        m_session->setPassword(password);
}

void ConnectionTest::setStoredPassword(SecretStore *store, const QString &storedKey)
{
    m_store = store;
    m_storedKey = storedKey;
}

void ConnectionTest::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    if (m_akSk) {
        startAkSk();
        return;
    }
    if (m_profile.authMethod == AuthMethod::ApplicationCredential)
        prepareApplicationCredential();
    else if (!m_hasPassword) {
        // The same path as a saved profile's session: the keychain is read when the token is
        // requested, and an empty answer means nothing is stored.
        if (m_store && !m_storedKey.isEmpty()) {
            m_session->setPasswordLoader(KeystoneSession::loaderFromStore(m_store, m_storedKey));
        } else {
            m_session->setPasswordLoader(
                [](QObject *context, std::function<void(QString, ApiError)> done) {
                    QMetaObject::invokeMethod(
                        context, [done] { done({}, {}); }, Qt::QueuedConnection);
                });
        }
    }
    qCInfo(lcAuth) << "testing the connection of profile" << m_profile.name;
    m_session->withToken(this, [this](const QByteArray &, const ApiError &error) {
        Result r;
        r.error = error;
        r.region = m_profile.region;
        r.authUrl = m_profile.authUrl;
        r.clockSkew = m_session->clockSkew();
        r.clockSkewTooLarge = m_session->clockSkewTooLarge();
        r.insecure = m_profile.tlsMode == TlsMode::Insecure;
        if (!error) {
            const ServiceCatalog &catalog = m_session->catalog();
            r.serviceTypes =
                CloudPresets::serviceTypes(catalog, m_profile.region, m_profile.interface);
            r.catalogRegions = CloudPresets::catalogRegions(catalog);
            r.methods = CloudPresets::availableMethods(
                m_profile.family, catalog, m_profile.region, m_profile.interface);
            r.projectId = m_session->projectId();
        }
        finish(r);
    });
}

// --- Auth methods other than the password (issue 5) ---------------------------------------

void ConnectionTest::setSecret(SecretKind kind, const QString &secret)
{
    m_secrets.insert(int(kind), secret);
    if (kind == SecretKind::Password)
        setPassword(secret);
}

KeystoneSession::PasswordLoader ConnectionTest::loaderFor(SecretKind kind) const
{
    const QString typed = m_secrets.value(int(kind));
    if (!typed.isEmpty()) {
        return [typed](QObject *context, std::function<void(QString, ApiError)> done) {
            QMetaObject::invokeMethod(
                context, [done, typed] { done(typed, {}); }, Qt::QueuedConnection);
        };
    }
    if (m_store && !m_profile.id.isEmpty())
        return KeystoneSession::loaderFromStore(m_store, SecretStore::keyFor(m_profile.id, kind));
    return [](QObject *context, std::function<void(QString, ApiError)> done) {
        QMetaObject::invokeMethod(
            context, [done] { done({}, {}); }, Qt::QueuedConnection);
    };
}

void ConnectionTest::prepareApplicationCredential()
{
    m_session->setApplicationCredentialLoader(m_profile.applicationCredentialId,
        m_profile.applicationCredentialName,
        loaderFor(SecretKind::ApplicationCredentialSecret));
}

void ConnectionTest::startAkSk()
{
    m_akSk->setSecretKeyLoader(loaderFor(SecretKind::SecretKey));
    if (m_profile.temporaryAccessKey)
        m_akSk->setSecurityTokenLoader(loaderFor(SecretKind::SecurityToken));
    qCInfo(lcAuth) << "testing the AK/SK connection of profile" << m_profile.name;
    m_akSk->withToken(
        this, [this](const QByteArray &, const ApiError &error) { finishAkSk(error); });
}

void ConnectionTest::finishAkSk(const ApiError &error)
{
    Result r;
    r.error = error;
    r.region = m_profile.region;
    r.authUrl = m_profile.authUrl;
    r.clockSkew = m_akSk->clockSkew();
    r.clockSkewTooLarge = KeystoneSession::isClockSkewTooLarge(r.clockSkew);
    r.insecure = m_profile.tlsMode == TlsMode::Insecure;
    if (!error) {
        const ServiceCatalog &catalog = m_akSk->catalog();
        r.serviceTypes = CloudPresets::serviceTypes(catalog, m_profile.region, m_profile.interface);
        r.catalogRegions = CloudPresets::catalogRegions(catalog);
        r.methods = CloudPresets::availableMethods(
            m_profile.family, catalog, m_profile.region, m_profile.interface);
        r.projectId = m_akSk->projectId();
    }
    finish(r);
}

void ConnectionTest::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_session->signOut(); // the test's token is not kept
    Q_EMIT finished(result);
}

QString ConnectionTest::formatDuration(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 60)
        //: a duration; %1 = seconds
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        //: a duration; %1 = minutes, %2 = seconds
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    //: a duration; %1 = hours, %2 = minutes
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString ConnectionTest::clockSkewMessage(const Result &result)
{
    if (!result.clockSkewTooLarge || !result.clockSkew)
        return {};
    const qint64 skew = *result.clockSkew; // server minus local
    const QString offset = formatDuration(skew);
    const QString limit = formatDuration(KeystoneSession::ClockSkewLimitSeconds);
    return skew > 0
        //: %1 = how far behind, e.g. "12 min 5 s", %2 = the limit, e.g. "5 min 0 s"
        ? tr("This computer's clock is %1 behind the cloud's (more than %2). Requests signed "
             "with an access key are refused beyond 15 minutes and token times are misjudged: "
             "correct the system clock.")
              .arg(offset, limit)
        //: %1 = how far ahead, e.g. "12 min 5 s", %2 = the limit, e.g. "5 min 0 s"
        : tr("This computer's clock is %1 ahead of the cloud's (more than %2). Requests signed "
             "with an access key are refused beyond 15 minutes and token times are misjudged: "
             "correct the system clock.")
              .arg(offset, limit);
}

QString ConnectionTest::errorMessage(const Result &result)
{
    const ApiError &e = result.error;
    if (!e)
        return {};
    const QString host = result.authUrl.port() > 0
        ? u"%1:%2"_s.arg(result.authUrl.host()).arg(result.authUrl.port())
        : result.authUrl.host();
    QString text;
    switch (e.kind) {
    case ApiError::Kind::Unauthorized:
        text = tr("User, password or project not accepted. The identity service refused the "
                  "sign-in (HTTP 401); Keystone answers the same way for wrong credentials and "
                  "for a project (name, ID or domain) the user cannot use, so check both.");
        if (!e.message.isEmpty())
            //: %1 = the sentence above, %2 = the identity service's own message
            text = tr("%1 The cloud said: %2").arg(text, e.message);
        break;
    case ApiError::Kind::ConnectionFailed:
        //: %1 = host[:port], %2 = the system's reason (host not found, connection refused, ...)
        text = tr("Could not connect to %1: %2. Check the identity URL, the network, and any "
                  "proxy or firewall.")
                   .arg(host, e.message.isEmpty() ? tr("no answer") : e.message);
        break;
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ConnectionLost:
        //: %1 = host[:port]
        text = tr("The identity service at %1 did not answer. Check the identity URL, the "
                  "network, and any proxy or firewall.")
                   .arg(host);
        break;
    case ApiError::Kind::Tls:
        //: %1 = host[:port], %2 = why (e.g. "The certificate is self-signed, and untrusted
        //: (certificate “x”, SHA-256 fingerprint AB:…)")
        text = tr("The secure connection to %1 failed: %2. If the cloud uses a private "
                  "certificate authority, choose its CA bundle file under the profile's "
                  "certificate checks.")
                   .arg(host,
                       e.message.isEmpty() ? tr("the certificate was not accepted") : e.message);
        break;
    case ApiError::Kind::Http:
        if (e.httpStatus == 404) {
            //: %1 = the identity URL
            text = tr("The identity URL %1 answered “not found” (HTTP 404): check that it is "
                      "the Keystone (IAM) address ending with /v3.")
                       .arg(result.authUrl.toString(QUrl::RemoveUserInfo));
            break;
        }
        text = e.userMessage();
        break;
    default:
        text = e.userMessage();
        break;
    }
    const QString skew = clockSkewMessage(result);
    return skew.isEmpty() ? text : text + u'\n' + skew;
}
