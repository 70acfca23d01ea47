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
