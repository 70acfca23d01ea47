#include "cloud/connectiontest.h"

#include "auth/keystonesession.h"
#include "cloud/cloudpresets.h"
#include "logging.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

ConnectionTest::ConnectionTest(RestClient *client, CloudProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_session(new KeystoneSession(client, m_profile, this))
{ }

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
    if (!m_hasPassword) {
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

void ConnectionTest::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_session->signOut(); // the test's token is not kept
    Q_EMIT finished(result);
}
