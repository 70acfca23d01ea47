// Every auth method of a profile against the demo cloud, through AppCore::session and the
// keychain loader (a MemoryStore): AK/SK (signed requests, no token; the demo checks the
// signature with its own code), a temporary AK/SK with its security token, the 12 MB limit of
// signed bodies, application credentials (by id and by name), and endpoint overrides.
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "appcore.h"
#include "auth/akskauth.h"
#include "auth/aksksigner.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "create/imsecsrequest.h"
#include "jobs/jobmonitor.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "secrets/secretstore.h"
#include "support/democloudprocess.h"
#include "support/demosession.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

const QString ShutoffServerId = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s; // db-01, seed 004

struct Answer
{
    bool done = false;
    ApiError error;
    int status = 0;
    QJsonObject body;
};

Answer waitFor(RestJob *job)
{
    Answer a;
    job->setAutoDelete(false);
    QObject::connect(job, &RestJob::finished, job, [&a](RestJob *j) {
        a.done = true;
        a.error = j->error();
        a.status = j->httpStatus();
        a.body = j->json().object();
    });
    static_cast<void>(QTest::qWaitFor([&a] { return a.done; }, 15000));
    delete job;
    return a;
}

ApiError signIn(CloudSession *session)
{
    bool done = false;
    ApiError error;
    session->connectToCloud(session, [&](const ApiError &e) {
        done = true;
        error = e;
    });
    static_cast<void>(QTest::qWaitFor([&done] { return done; }, 15000));
    if (!done)
        error = ApiError::make(ApiError::Kind::Timeout);
    return error;
}

} // namespace

class tst_AuthMethods : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void akskListsServersAndCreatesImsImage();
    void akskSignsOnlyItsOwnOrigins();
    void akskWrongSecretKeyIsAClearAuthError();
    void akskTemporaryKeyNeedsItsToken();
    void akskStaleClockIsRefused();
    void akskMissingSecretKeySaysSo();
    void akskBodyOver12MbIsNeverSent();
    void applicationCredentialById();
    void applicationCredentialByName();
    void applicationCredentialWrongSecret();
    void endpointOverrideReplacesCatalogUrl();
    void wrongEndpointOverrideIsAClearError();

private:
    CloudProfile akskProfile(const QString &accessKey) const;
    CloudProfile appCredProfile() const;
    CloudSession *sessionFor(const CloudProfile &profile);
    QJsonArray apiRequests();

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<MemoryStore> m_secrets;
    std::unique_ptr<AppCore> m_core;
};

void tst_AuthMethods::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo.setJobSeconds(2.0);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_AuthMethods::init()
{
    m_demo.clearRequests();
    m_dir = std::make_unique<TestDir>();
    m_secrets = std::make_unique<MemoryStore>();
    AppCore::Options o;
    o.dataDir = m_dir->filePath(u"data"_s);
    o.settingsPath = m_dir->filePath(u"settings.ini"_s);
    o.secrets = m_secrets.get();
    o.headless = true;
    m_core = std::make_unique<AppCore>(o);
}

void tst_AuthMethods::cleanup()
{
    m_core.reset();
    m_secrets.reset();
}

CloudProfile tst_AuthMethods::akskProfile(const QString &accessKey) const
{
    // A Huawei Cloud profile whose endpoints are overridden to the demo cloud.
    CloudProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = u"AK/SK "_s + accessKey;
    p.family = CloudFamily::HuaweiCloud;
    p.authUrl = m_demo.authUrl();
    p.region = u"demo-1"_s;
    p.projectDomain.clear();
    p.userDomain.clear();
    p.authMethod = AuthMethod::AkSk;
    p.accessKey = accessKey;
    const QString base = m_demo.baseUrl().toString();
    p.endpointOverrides.insert(u"image"_s, QUrl(base));
    p.endpointOverrides.insert(u"compute"_s, QUrl(base + u"/v2.1/{project_id}"_s));
    p.endpointOverrides.insert(u"volumev3"_s, QUrl(base + u"/v3/$(tenant_id)s"_s));
    return p;
}

CloudProfile tst_AuthMethods::appCredProfile() const
{
    CloudProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = u"Application credential"_s;
    p.family = CloudFamily::OpenStack;
    p.authUrl = m_demo.authUrl();
    p.region = u"demo-1"_s;
    p.authMethod = AuthMethod::ApplicationCredential;
    return p;
}

CloudSession *tst_AuthMethods::sessionFor(const CloudProfile &profile)
{
    m_core->profiles()->upsert(profile);
    return m_core->session(profile.id);
}

QJsonArray tst_AuthMethods::apiRequests()
{
    return m_demo.requests();
}

void tst_AuthMethods::akskListsServersAndCreatesImsImage()
{
    const CloudProfile p = akskProfile(u"DEMOACCESSKEYID"_s);
    m_secrets->write(SecretStore::keyFor(p.id, SecretKind::SecretKey), u"demo-secret-key"_s);
    CloudSession *session = sessionFor(p);
    QVERIFY(session->signsRequests());

    const Answer servers = waitFor(session->listServers(10, {}, this));
    QVERIFY2(!servers.error, qPrintable(servers.error.userMessage()));
    QCOMPARE(servers.status, 200);
    QVERIFY(!servers.body.value(u"servers"_s).toArray().isEmpty());
    QCOMPARE(session->projectId(), m_demo.projectId()); // from the signed project query
    QCOMPARE(session->computeEndpoint()->toString(),
        m_demo.baseUrl().toString() + u"/v2.1/"_s + m_demo.projectId());

    // Method 1 followed to SUCCESS, signed all the way.
    JobMonitor *monitor = m_core->monitor();
    monitor->setPollPolicy(DemoSession::fastPolls());
    ImsEcsRequest r;
    r.name = u"aksk-image"_s;
    r.instanceId = ShutoffServerId;
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool called = false;
    ApiError error;
    QString localId;
    monitor->submitIms(session,
        CreationMethod::ImsEcs,
        r.name,
        marker,
        r.toBodyWithMarker(marker),
        this,
        [&](const ApiError &e, const QString &id) {
            called = true;
            error = e;
            localId = id;
        });
    QTRY_VERIFY_WITH_TIMEOUT(called, 15000);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    const int row = monitor->rowOf(localId);
    QTRY_COMPARE_WITH_TIMEOUT(
        monitor->at(monitor->rowOf(localId)).state, JobState::Succeeded, 20000);
    QVERIFY(row >= 0);
    QVERIFY(!monitor->at(monitor->rowOf(localId)).imageIds.isEmpty());

    // What the demo received: signed requests, never a token.
    const QJsonArray requests = apiRequests();
    QVERIFY(requests.size() >= 4);
    int projectQueries = 0;
    for (const QJsonValue &v : requests) {
        const QJsonObject o = v.toObject();
        QVERIFY2(!o.value(u"x_auth_token"_s).toBool(), qPrintable(o.value(u"path"_s).toString()));
        QVERIFY2(o.value(u"signed"_s).toBool(), qPrintable(o.value(u"path"_s).toString()));
        QCOMPARE(o.value(u"auth"_s).toString(), u"aksk"_s);
        QVERIFY(o.value(u"path"_s).toString() != u"/v3/auth/tokens");
        if (o.value(u"path"_s).toString() == u"/v3/projects")
            ++projectQueries;
    }
    QCOMPARE(projectQueries, 1);
}

void tst_AuthMethods::akskSignsOnlyItsOwnOrigins()
{
    // Like a token, a signature goes only where the profile's endpoints are: the same demo
    // cloud reached by another name (localhost, not 127.0.0.1) is another origin, and a signed
    // session refuses to send there at all: no signature, no request.
    const CloudProfile p = akskProfile(u"DEMOACCESSKEYID"_s);
    m_secrets->write(SecretStore::keyFor(p.id, SecretKind::SecretKey), u"demo-secret-key"_s);
    CloudSession *session = sessionFor(p);
    const Answer ready = waitFor(session->listServers(10, {}, this));
    QVERIFY2(!ready.error, qPrintable(ready.error.userMessage()));
    m_demo.clearRequests();

    QUrl elsewhere = m_demo.baseUrl();
    elsewhere.setHost(u"localhost"_s);
    elsewhere.setPath(u"/v2.1/"_s + m_demo.projectId() + u"/servers"_s);
    RestJob *job = m_core->client()->get(elsewhere, session->akSk(), this);
    job->start();
    const Answer answer = waitFor(job);
    QVERIFY(answer.done);
    QCOMPARE(answer.error.kind, ApiError::Kind::Configuration);
    QVERIFY2(answer.error.userMessage().contains(u"localhost"_s),
        qPrintable(answer.error.userMessage()));
    QCOMPARE(m_demo.requests().size(), 0); // nothing left, signed or not
}

void tst_AuthMethods::akskWrongSecretKeyIsAClearAuthError()
{
    const CloudProfile p = akskProfile(u"DEMOACCESSKEYID"_s);
    m_secrets->write(SecretStore::keyFor(p.id, SecretKind::SecretKey), u"not-the-key"_s);
    CloudSession *session = sessionFor(p);
    const ApiError e = signIn(session);
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(e.serviceCode, u"APIGW.0301"_s);
    QVERIFY2(e.userMessage().contains(u"APIGW.0301"_s), qPrintable(e.userMessage()));
    QVERIFY(!session->isConnected());
    // The refused request reached the gateway only: nothing else was asked.
    const QJsonArray requests = apiRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(u"auth"_s).toString(), u"aksk-refused"_s);
}

void tst_AuthMethods::akskTemporaryKeyNeedsItsToken()
{
    CloudProfile p = akskProfile(u"DEMOTEMPACCESSKEY"_s);
    p.temporaryAccessKey = true;
    m_secrets->write(
        SecretStore::keyFor(p.id, SecretKind::SecretKey), u"demo-temporary-secret-key"_s);
    // No token stored yet: said before anything is sent.
    CloudSession *session = sessionFor(p);
    ApiError e = signIn(session);
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    QVERIFY2(e.userMessage().contains(u"security token"_s), qPrintable(e.userMessage()));
    QCOMPARE(apiRequests().size(), 0);

    // With its token (a new session reads the keychain again).
    m_secrets->write(
        SecretStore::keyFor(p.id, SecretKind::SecurityToken), u"demo-security-token"_s);
    CloudProfile renamed = p;
    renamed.name = u"temporary"_s;
    session = sessionFor(renamed); // the edited profile gets a new session
    const Answer servers = waitFor(session->listServers(5, {}, this));
    QVERIFY2(!servers.error, qPrintable(servers.error.userMessage()));
    QCOMPARE(servers.status, 200);

    // A wrong token is refused by the gateway.
    CloudProfile other = akskProfile(u"DEMOTEMPACCESSKEY"_s);
    other.temporaryAccessKey = true;
    m_secrets->write(
        SecretStore::keyFor(other.id, SecretKind::SecretKey), u"demo-temporary-secret-key"_s);
    m_secrets->write(SecretStore::keyFor(other.id, SecretKind::SecurityToken), u"stale"_s);
    e = signIn(sessionFor(other));
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(e.serviceCode, u"APIGW.0301"_s);
}

void tst_AuthMethods::akskStaleClockIsRefused()
{
    const CloudProfile p = akskProfile(u"DEMOACCESSKEYID"_s);
    m_secrets->write(SecretStore::keyFor(p.id, SecretKind::SecretKey), u"demo-secret-key"_s);
    CloudSession *session = sessionFor(p);
    session->akSk()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-20 * 60); });
    const ApiError e = signIn(session);
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(e.serviceCode, u"APIGW.0303"_s);
}

void tst_AuthMethods::akskMissingSecretKeySaysSo()
{
    const CloudProfile p = akskProfile(u"DEMOACCESSKEYID"_s);
    const ApiError e = signIn(sessionFor(p));
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    QVERIFY2(e.userMessage().contains(u"secret key"_s), qPrintable(e.userMessage()));
    QCOMPARE(apiRequests().size(), 0);
}

void tst_AuthMethods::akskBodyOver12MbIsNeverSent()
{
    const CloudProfile p = akskProfile(u"DEMOACCESSKEYID"_s);
    m_secrets->write(SecretStore::keyFor(p.id, SecretKind::SecretKey), u"demo-secret-key"_s);
    CloudSession *session = sessionFor(p);
    QVERIFY(!signIn(session));
    m_demo.clearRequests();

    // A PUT of 12 MB + 1 byte: refused by the client with the reason, nothing sent.
    QByteArray data(int(AkSkSigner::MaxSignedBodyBytes) + 1, 'x');
    QBuffer device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const Answer put = waitFor(session->uploadGlanceImage(
        QUuid::createUuid().toString(QUuid::WithoutBraces), &device, this));
    QCOMPARE(put.error.kind, ApiError::Kind::Configuration);
    QVERIFY2(put.error.userMessage().contains(u"12 MB"_s), qPrintable(put.error.userMessage()));
    QCOMPARE(apiRequests().size(), 0);

    // The Glance method says so before creating anything.
    TestDir dir;
    QFile file(dir.filePath(u"big.img"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(AkSkSigner::MaxSignedBodyBytes + 1));
    file.close();
    bool called = false;
    ApiError error;
    m_core->monitor()->submitGlance(session,
        u"too-big"_s,
        QUuid::createUuid().toString(QUuid::WithoutBraces),
        QJsonObject{{u"name"_s, u"too-big"_s}},
        file.fileName(),
        this,
        [&](const ApiError &e, const QString &) {
            called = true;
            error = e;
        });
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
    QVERIFY2(error.userMessage().contains(AkSkAuth::bodyTooLargeMessage()),
        qPrintable(error.userMessage()));
    QCOMPARE(apiRequests().size(), 0);
    QCOMPARE(m_core->monitor()->count(), 0);

    // Small requests go on being signed and accepted.
    const Answer images = waitFor(session->listGlanceImages({}, this));
    QVERIFY2(!images.error, qPrintable(images.error.userMessage()));
}

void tst_AuthMethods::applicationCredentialById()
{
    CloudProfile p = appCredProfile();
    p.applicationCredentialId = u"b7c5a1e0d2f34a6c8e9b1d3f5a7c9e02"_s;
    m_secrets->write(
        SecretStore::keyFor(p.id, SecretKind::ApplicationCredentialSecret), u"demo-app-secret"_s);
    CloudSession *session = sessionFor(p);
    QVERIFY(!session->signsRequests());
    const Answer servers = waitFor(session->listServers(5, {}, this));
    QVERIFY2(!servers.error, qPrintable(servers.error.userMessage()));
    QVERIFY(session->auth()->usesApplicationCredential());
    QCOMPARE(session->projectId(), m_demo.projectId());
    // The token request named the credential, never a password; the secret is not recorded.
    const QJsonArray requests = apiRequests();
    QVERIFY(!requests.isEmpty());
    const QJsonObject token = requests.first().toObject();
    QCOMPARE(token.value(u"path"_s).toString(), u"/v3/auth/tokens"_s);
    const QJsonObject identity = token.value(u"body"_s)
                                     .toObject()
                                     .value(u"auth"_s)
                                     .toObject()
                                     .value(u"identity"_s)
                                     .toObject();
    QCOMPARE(
        identity.value(u"methods"_s).toArray().first().toString(), u"application_credential"_s);
    QCOMPARE(identity.value(u"application_credential"_s).toObject().value(u"secret"_s).toString(),
        u"***"_s);
}

void tst_AuthMethods::applicationCredentialByName()
{
    CloudProfile p = appCredProfile();
    p.applicationCredentialName = u"demo-app"_s;
    p.userName = u"demo"_s;
    m_secrets->write(
        SecretStore::keyFor(p.id, SecretKind::ApplicationCredentialSecret), u"demo-app-secret"_s);
    const ApiError e = signIn(sessionFor(p));
    QVERIFY2(!e, qPrintable(e.userMessage()));
}

void tst_AuthMethods::applicationCredentialWrongSecret()
{
    CloudProfile p = appCredProfile();
    p.applicationCredentialId = u"b7c5a1e0d2f34a6c8e9b1d3f5a7c9e02"_s;
    ApiError e = signIn(sessionFor(p)); // nothing stored
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    QVERIFY2(e.userMessage().contains(u"application credential"_s), qPrintable(e.userMessage()));

    CloudProfile q = appCredProfile();
    q.applicationCredentialId = p.applicationCredentialId;
    m_secrets->write(
        SecretStore::keyFor(q.id, SecretKind::ApplicationCredentialSecret), u"wrong"_s);
    e = signIn(sessionFor(q));
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(e.httpStatus, 401);
}

void tst_AuthMethods::endpointOverrideReplacesCatalogUrl()
{
    // The demo password profile; compute overridden to the same server under another name.
    CloudProfile p = CloudProfile::demo(m_demo.authUrl());
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.family = CloudFamily::OpenStack;
    const QString other = u"http://localhost:%1/v2.1/$(project_id)s"_s.arg(m_demo.baseUrl().port());
    p.endpointOverrides.insert(u"compute"_s, QUrl(other));
    m_secrets->write(SecretStore::keyFor(p.id, SecretKind::Password), u"demo"_s);
    CloudSession *session = sessionFor(p);
    const Answer servers = waitFor(session->listServers(5, {}, this));
    QVERIFY2(!servers.error, qPrintable(servers.error.userMessage()));
    QCOMPARE(session->computeEndpoint()->toString(),
        u"http://localhost:%1/v2.1/%2"_s.arg(m_demo.baseUrl().port()).arg(m_demo.projectId()));
    QVERIFY(session->authProvider()->isTrustedOrigin(*session->computeEndpoint()));
    // The image endpoint is still the catalog's.
    QCOMPARE(session->imageEndpoint()->host(), u"127.0.0.1"_s);
}

void tst_AuthMethods::wrongEndpointOverrideIsAClearError()
{
    CloudProfile p = CloudProfile::demo(m_demo.authUrl());
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.family = CloudFamily::OpenStack;
    p.endpointOverrides.insert(u"compute"_s, QUrl(u"http://127.0.0.1:1/v2.1"_s)); // closed port
    m_secrets->write(SecretStore::keyFor(p.id, SecretKind::Password), u"demo"_s);
    CloudSession *session = sessionFor(p);
    const Answer servers = waitFor(session->listServers(5, {}, this));
    QCOMPARE(servers.error.kind, ApiError::Kind::ConnectionFailed);
    QVERIFY(!servers.error.userMessage().isEmpty());
}

QTEST_GUILESS_MAIN(tst_AuthMethods)
#include "tst_authmethods.moc"
