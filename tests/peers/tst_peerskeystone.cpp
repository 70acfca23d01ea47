// The core's Keystone client against the real Keystone (label peers): password sign-in and the
// catalog that comes with it, endpoint selection by region and interface on a catalog with two
// regions and three interfaces, a wrong password, and application-credential sign-in (by ID, by
// name and user) with the secret never reaching a log line.
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "peerssupport.h"
#include "secrets/secretstore.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

/// Every log line while alive, as written (before the scrubbing handler, if any, runs).
class LogCapture
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    QStringList lines() const
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }
    static void clear()
    {
        QMutexLocker lock(&s_mutex);
        s_lines.clear();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_lines << message;
        }
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QStringList s_lines;
    static inline QMutex s_mutex;
};

struct SignIn
{
    bool done = false;
    QByteArray token;
    ApiError error;
};

} // namespace

class tst_PeersKeystone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passwordSignInGivesTheCatalog();
    void wrongPasswordIsRefused();
    void endpointByRegionAndInterface_data();
    void endpointByRegionAndInterface();
    void internalEndpointAnswers();
    void applicationCredentialById();
    void applicationCredentialByName();
    void wrongApplicationCredentialSecretIsRefused();
    void savedApplicationCredentialProfileThroughTheCore();

private:
    SignIn signIn(KeystoneSession *session);
    /// A new application credential of the demo user: {id, name, secret}.
    QStringList createApplicationCredential();

    std::optional<PeersEnv> m_env;
    std::unique_ptr<PeersRest> m_rest;
    RestClient m_client;
};

void tst_PeersKeystone::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    m_rest = std::make_unique<PeersRest>(*m_env);
}

SignIn tst_PeersKeystone::signIn(KeystoneSession *session)
{
    SignIn out;
    session->withToken(this, [&out](const QByteArray &token, const ApiError &error) {
        out.done = true;
        out.token = token;
        out.error = error;
    });
    static_cast<void>(QTest::qWaitFor([&out] { return out.done; }, 30000));
    return out;
}

void tst_PeersKeystone::passwordSignInGivesTheCatalog()
{
    KeystoneSession session(&m_client, m_env->demoProfile());
    session.setPassword(m_env->demoPassword());
    const SignIn in = signIn(&session);
    QVERIFY(in.done);
    QVERIFY2(!in.error, qPrintable(in.error.userMessage()));
    QVERIFY(!in.token.isEmpty());
    QCOMPARE(session.projectId(), m_env->value("IW_PEERS_DEMO_PROJECT_ID"));
    // The lifetime Keystone was configured with for this run ([token] expiration).
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(session.expiresAt());
    QVERIFY2(
        lifetime > 0 && lifetime <= m_env->tokenSeconds(), qPrintable(QString::number(lifetime)));
    for (const QString &type : {u"identity"_s,
             u"image"_s,
             u"compute"_s,
             u"volumev3"_s,
             u"block-storage"_s,
             u"network"_s,
             u"placement"_s})
        QVERIFY2(session.catalog().hasService(type), qPrintable(type));
    QCOMPARE(session.tokenRequestCount(), 1);
}

void tst_PeersKeystone::wrongPasswordIsRefused()
{
    KeystoneSession session(&m_client, m_env->demoProfile());
    session.setPassword(u"not-the-password"_s);
    const SignIn in = signIn(&session);
    QVERIFY(in.done);
    QVERIFY(in.token.isEmpty());
    QCOMPARE(in.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(in.error.httpStatus, 401);
    QVERIFY(!session.hasToken());
}

void tst_PeersKeystone::endpointByRegionAndInterface_data()
{
    // The harness registers public endpoints on 127.0.0.1 and internal/admin ones on localhost
    // in RegionOne, and image/compute/volumev3 public endpoints on localhost in RegionTwo.
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("host"); // empty: no endpoint
    QTest::newRow("RegionOne public") << u"RegionOne"_s << u"public"_s << u"127.0.0.1"_s;
    QTest::newRow("RegionOne internal") << u"RegionOne"_s << u"internal"_s << u"localhost"_s;
    QTest::newRow("RegionOne admin") << u"RegionOne"_s << u"admin"_s << u"localhost"_s;
    QTest::newRow("RegionTwo public") << u"RegionTwo"_s << u"public"_s << u"localhost"_s;
    QTest::newRow("RegionTwo internal") << u"RegionTwo"_s << u"internal"_s << QString();
}

void tst_PeersKeystone::endpointByRegionAndInterface()
{
    QFETCH(QString, region);
    QFETCH(QString, interface);
    QFETCH(QString, host);
    CloudSession session(&m_client, m_env->demoProfile(region, interface));
    session.auth()->setPassword(m_env->demoPassword());
    const SignIn in = signIn(session.auth());
    QVERIFY2(!in.error, qPrintable(in.error.userMessage()));

    const auto image = session.imageEndpoint();
    const auto compute = session.computeEndpoint();
    const auto volume = session.volumeEndpoint();
    if (host.isEmpty()) {
        QVERIFY(!image);
        QVERIFY(!compute);
        QVERIFY(!volume);
        return;
    }
    QVERIFY(image && compute && volume);
    const QUrl glance = m_env->url("IW_PEERS_GLANCE_URL");
    const QUrl nova = m_env->url("IW_PEERS_NOVA_URL");
    QCOMPARE(image->host(), host);
    QCOMPARE(image->port(), glance.port());
    QCOMPARE(compute->host(), host);
    QCOMPARE(compute->port(), nova.port());
    QCOMPARE(compute->path(), nova.path());
    // volumev3 is preferred over block-storage; Keystone filled in $(project_id)s.
    QCOMPARE(volume->host(), host);
    QCOMPARE(volume->path(), u"/v3/"_s + m_env->value("IW_PEERS_DEMO_PROJECT_ID"));
}

void tst_PeersKeystone::internalEndpointAnswers()
{
    // The selected internal endpoint is a live one: a real Glance call goes through it.
    CloudSession session(&m_client, m_env->demoProfile(u"RegionOne"_s, u"internal"_s));
    session.auth()->setPassword(m_env->demoPassword());
    RestJob *job =
        session.call("GET", RequestKind::Query, u"image"_s, u"/v2/images"_s, {}, {}, this);
    job->setAutoDelete(false);
    std::unique_ptr<RestJob> owned(job);
    QVERIFY(QTest::qWaitFor([job] { return job->isFinished(); }, 30000));
    QVERIFY2(!job->error(), qPrintable(job->error().userMessage()));
    QCOMPARE(job->request().url.host(), u"localhost"_s);
    const QJsonArray images = job->json().object().value(u"images"_s).toArray();
    bool baseSeen = false;
    for (const QJsonValue &v : images)
        baseSeen |=
            v.toObject().value(u"id"_s).toString() == m_env->value("IW_PEERS_BASE_IMAGE_ID");
    QVERIFY(baseSeen);
}

QStringList tst_PeersKeystone::createApplicationCredential()
{
    const QString name = u"iw-peers-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QUrl url(m_env->value("OS_AUTH_URL") + u"/users/"_s
        + m_env->value("IW_PEERS_DEMO_USER_ID") + u"/application_credentials"_s);
    const PeersReply r = m_rest->call("POST",
        url,
        QJsonObject{{u"application_credential"_s,
            QJsonObject{{u"name"_s, name}, {u"description"_s, u"tst_peerskeystone"_s}}}},
        m_rest->token());
    const QJsonObject cred = r.json.value(u"application_credential"_s).toObject();
    if (r.status != 201)
        qWarning("application credential: HTTP %d %s", r.status, r.body.constData());
    return {cred.value(u"id"_s).toString(), name, cred.value(u"secret"_s).toString()};
}

void tst_PeersKeystone::applicationCredentialById()
{
    const QStringList cred = createApplicationCredential();
    QVERIFY(!cred.at(0).isEmpty() && !cred.at(2).isEmpty());
    LogCapture capture;
    LogCapture::clear();
    // A profile with no project and no password: the credential alone signs in.
    CloudProfile profile = m_env->demoProfile();
    profile.projectName.clear();
    CloudSession session(&m_client, profile);
    session.auth()->setApplicationCredential(cred.at(0), {}, cred.at(2));
    QVERIFY(session.auth()->usesApplicationCredential());
    const SignIn in = signIn(session.auth());
    QVERIFY2(!in.error, qPrintable(in.error.userMessage()));
    QVERIFY(!in.token.isEmpty());
    QCOMPARE(session.projectId(), m_env->value("IW_PEERS_DEMO_PROJECT_ID"));
    QVERIFY(session.imageEndpoint().has_value());

    // The token works on another service.
    RestJob *job =
        session.call("GET", RequestKind::Query, u"compute"_s, u"/servers"_s, {}, {}, this);
    job->setAutoDelete(false);
    std::unique_ptr<RestJob> owned(job);
    QVERIFY(QTest::qWaitFor([job] { return job->isFinished(); }, 30000));
    QVERIFY2(!job->error(), qPrintable(job->error().userMessage()));

    // The exchange was logged (so this check can fail), the secret never.
    const QStringList lines = capture.lines();
    QVERIFY(lines.join(u'\n').contains(u"application credential"_s));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(cred.at(2)), qPrintable(line));
}

void tst_PeersKeystone::applicationCredentialByName()
{
    const QStringList cred = createApplicationCredential();
    QVERIFY(!cred.at(1).isEmpty() && !cred.at(2).isEmpty());
    KeystoneSession session(&m_client, m_env->demoProfile());
    session.setApplicationCredential({}, cred.at(1), cred.at(2));
    const SignIn in = signIn(&session);
    QVERIFY2(!in.error, qPrintable(in.error.userMessage()));
    QCOMPARE(session.projectId(), m_env->value("IW_PEERS_DEMO_PROJECT_ID"));
    QVERIFY(session.catalog().hasService(u"image"_s));
}

void tst_PeersKeystone::wrongApplicationCredentialSecretIsRefused()
{
    const QStringList cred = createApplicationCredential();
    QVERIFY(!cred.at(0).isEmpty());
    KeystoneSession session(&m_client, m_env->demoProfile());
    session.setApplicationCredential(cred.at(0), {}, u"not-the-secret-at-all"_s);
    const SignIn in = signIn(&session);
    QVERIFY(in.done);
    QCOMPARE(in.error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(in.token.isEmpty());
}

void tst_PeersKeystone::savedApplicationCredentialProfileThroughTheCore()
{
    // What the app does with a saved profile: the core's session reads the secret from the
    // store under the profile's key when it first signs in; and, when the keychain refused it,
    // from the copy kept for this session only.
    const QStringList cred = createApplicationCredential();
    QVERIFY(!cred.at(0).isEmpty() && !cred.at(2).isEmpty());
    TestDir dir; // kept for the canary check: the core writes settings and a job store here
    for (const bool sessionOnly : {false, true}) {
        MemoryStore keychain;
        AppCore::Options options;
        options.dataDir = dir.filePath(sessionOnly ? u"data-session"_s : u"data"_s);
        options.settingsPath = dir.filePath(sessionOnly ? u"session.ini"_s : u"settings.ini"_s);
        options.secrets = &keychain;
        AppCore core(options);
        CloudProfile profile = m_env->demoProfile();
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profile.name = u"Application credential"_s;
        profile.projectName.clear();
        profile.authMethod = AuthMethod::ApplicationCredential;
        profile.applicationCredentialId = cred.at(0);
        core.profiles()->upsert(profile);
        const QString key = SecretStore::keyFor(profile.id, SecretKind::ApplicationCredentialSecret);
        if (sessionOnly)
            core.useForSessionOnly(profile.id, SecretKind::ApplicationCredentialSecret, cred.at(2));
        else
            keychain.insert(key, cred.at(2));
        CloudSession *session = core.session(profile.id);
        QVERIFY(session);
        std::optional<ApiError> answer;
        session->connectToCloud(this, [&answer](const ApiError &e) { answer = e; });
        QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000));
        QVERIFY2(!*answer, qPrintable(answer->userMessage()));
        QVERIFY(session->auth()->usesApplicationCredential());
        QCOMPARE(session->projectId(), m_env->value("IW_PEERS_DEMO_PROJECT_ID"));
        QCOMPARE(keychain.contains(key), !sessionOnly); // nothing written for "session only"
    }
}

IW_PEERS_TEST_MAIN(tst_PeersKeystone)
#include "tst_peerskeystone.moc"
