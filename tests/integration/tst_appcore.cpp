// AppCore: a profile's session follows the saved profile; a session made with old values is
// replaced, and a request still in flight on it ends cleanly instead of dangling.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "net/restjob.h"
#include "secrets/secretstore.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_AppCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editedProfileGetsANewSession();
    void keychainPasswordIsUsed();

private:
    DemoCloudProcess m_demo;
};

void tst_AppCore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_demo.start());
}

void tst_AppCore::editedProfileGetsANewSession()
{
    TestDir dir;
    MemoryStore secrets;
    AppCore core({dir.filePath(u"data"_s), dir.filePath(u"settings.ini"_s), {}, {}, &secrets});
    CloudProfile p = CloudProfile::demo(m_demo.authUrl());
    p.id = u"p1"_s;
    p.family = CloudFamily::OpenStack;
    core.profiles()->upsert(p);
    secrets.write(SecretStore::keyFor(p.id, SecretKind::Password), u"demo"_s);

    CloudSession *first = core.session(p.id);
    QVERIFY(first);
    QCOMPARE(core.session(p.id), first); // one session per profile
    m_demo.addFault({{u"method"_s, u"GET"_s},
        {u"path"_s, u"/v2.1/"_s},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 1500},
        {u"count"_s, 1}});
    RestJob *inFlight = first->listServers(1, {}, this);
    inFlight->setAutoDelete(false);
    QSignalSpy done(inFlight, &RestJob::finished);

    p.region = u"demo-2"_s; // edited while the request waits for its answer
    core.profiles()->upsert(p);
    CloudSession *second = core.session(p.id);
    QVERIFY(second && second != first);
    QCOMPARE(second->profile().region, u"demo-2"_s);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.count(), 1); // ended once, whatever the outcome, and nothing dangles
    delete inFlight;
    m_demo.clearFaults();

    core.profiles()->remove(p.id);
    QVERIFY(!core.session(p.id)); // a deleted profile has no session
}

void tst_AppCore::keychainPasswordIsUsed()
{
    TestDir dir;
    MemoryStore secrets;
    AppCore core({dir.filePath(u"data"_s), dir.filePath(u"settings.ini"_s), {}, {}, &secrets});
    CloudProfile p = CloudProfile::demo(m_demo.authUrl());
    p.id = u"p2"_s;
    p.family = CloudFamily::OpenStack;
    core.profiles()->upsert(p);
    m_demo.clearRequests();

    std::optional<ApiError> error;
    core.session(p.id)->connectToCloud(this, [&](const ApiError &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QCOMPARE(error->kind, ApiError::Kind::Unauthorized); // nothing stored yet: asked for, not sent
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 0);

    secrets.write(SecretStore::keyFor(p.id, SecretKind::Password), u"demo"_s);
    error.reset();
    core.session(p.id)->connectToCloud(this, [&](const ApiError &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QVERIFY2(!*error, qPrintable(error->userMessage()));
    QVERIFY(core.session(p.id)->isConnected());
}

QTEST_GUILESS_MAIN(tst_AppCore)
#include "tst_appcore.moc"
