// "Test connection" (ConnectionTest) against the demo cloud: a success lists the catalog's
// services, region and creation methods; wrong credentials and a project the user cannot use
// give the same 401 sentence that names both; a refused port says the host could not be
// reached; the clock skew measured from the Date header (shifted with POST /__demo/clock) is
// reported beyond 5 minutes, ahead or behind, with the offset, and not below. TLS failures are
// in tst_tls.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include "auth/aksksigner.h"
#include "auth/keystonesession.h"
#include "cloud/cloudprofile.h"
#include "cloud/cloudsession.h"
#include "cloud/connectiontest.h"
#include "create/creationmethod.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"

using namespace Qt::StringLiterals;

class tst_ConnectionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void successListsTheCatalog();
    void wrongPasswordNamesCredentialsAndProject();
    void unknownProjectGivesTheSameSentence();
    void refusedPort();
    void clockSkew_data();
    void clockSkew();
    void sessionExposesTheSkew();
    void akskProfileMeasuresTheSkew();
    void durationFormat();

private:
    ConnectionTest::Result run(const CloudProfile &profile, const QString &password);

    DemoCloudProcess m_demo;
    RestClient m_client;
};

void tst_ConnectionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ConnectionTest::Result>();
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_ConnectionTest::init()
{
    m_demo.setClockOffset(0);
}

ConnectionTest::Result tst_ConnectionTest::run(const CloudProfile &profile, const QString &password)
{
    ConnectionTest test(&m_client, profile);
    test.setPassword(password);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    if (!finished.wait(20000))
        return {};
    return finished.constFirst().at(0).value<ConnectionTest::Result>();
}

void tst_ConnectionTest::successListsTheCatalog()
{
    const ConnectionTest::Result r = run(CloudProfile::demo(m_demo.authUrl()), u"demo"_s);
    QVERIFY2(r.ok(), qPrintable(ConnectionTest::errorMessage(r)));
    QVERIFY(ConnectionTest::errorMessage(r).isEmpty());
    QCOMPARE(r.region, u"demo-1"_s);
    for (const QString &type : {u"identity"_s, u"image"_s, u"compute"_s, u"volumev3"_s})
        QVERIFY2(r.serviceTypes.contains(type), qPrintable(r.serviceTypes.join(u", "_s)));
    QVERIFY(r.methods.contains(CreationMethod::ImsEcs));
    QVERIFY(r.methods.contains(CreationMethod::NovaCreateImage));
    QVERIFY(r.methods.contains(CreationMethod::GlanceCreateUpload));
    QVERIFY(r.clockSkew.has_value()); // the demo cloud sends a Date header
    QVERIFY(std::abs(*r.clockSkew) <= 2);
    QVERIFY(!r.clockSkewTooLarge);
    QVERIFY(ConnectionTest::clockSkewMessage(r).isEmpty());
    QVERIFY(!r.insecure);
}

void tst_ConnectionTest::wrongPasswordNamesCredentialsAndProject()
{
    const ConnectionTest::Result r = run(CloudProfile::demo(m_demo.authUrl()), u"wrong"_s);
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
    const QString message = ConnectionTest::errorMessage(r);
    QVERIFY2(message.contains(u"401"_s), qPrintable(message));
    QVERIFY2(message.contains(u"password"_s), qPrintable(message));
    QVERIFY2(message.contains(u"project"_s), qPrintable(message));
}

void tst_ConnectionTest::unknownProjectGivesTheSameSentence()
{
    CloudProfile p = CloudProfile::demo(m_demo.authUrl());
    p.projectName = u"not-my-project"_s;
    p.projectId.clear();
    const ConnectionTest::Result project = run(p, u"demo"_s);
    QCOMPARE(project.error.kind, ApiError::Kind::Unauthorized);
    const ConnectionTest::Result password = run(CloudProfile::demo(m_demo.authUrl()), u"x"_s);
    // Keystone cannot tell us which: the first sentence is the same.
    QCOMPARE(ConnectionTest::errorMessage(project).section(u'.', 0, 1),
        ConnectionTest::errorMessage(password).section(u'.', 0, 1));
}

void tst_ConnectionTest::refusedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and now has no listener
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    CloudProfile p = CloudProfile::demo(QUrl(u"http://127.0.0.1:%1/v3"_s.arg(port)));
    const ConnectionTest::Result r = run(p, u"demo"_s);
    QCOMPARE(r.error.kind, ApiError::Kind::ConnectionFailed);
    const QString message = ConnectionTest::errorMessage(r);
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(message));
    QVERIFY2(message.contains(u"Could not connect"_s), qPrintable(message));
    QVERIFY2(message.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(message));
}

void tst_ConnectionTest::clockSkew_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<QString>("shown");
    QTest::newRow("20 min ahead of us") << qint64(20 * 60) << true << u"behind"_s;
    QTest::newRow("20 min behind us") << qint64(-20 * 60) << true << u"ahead"_s;
    QTest::newRow("6 min") << qint64(6 * 60) << true << u"behind"_s;
    QTest::newRow("3 min: fine") << qint64(3 * 60) << false << QString();
}

void tst_ConnectionTest::clockSkew()
{
    QFETCH(qint64, offset);
    QFETCH(bool, reported);
    QFETCH(QString, shown);
    m_demo.setClockOffset(offset);
    const ConnectionTest::Result r = run(CloudProfile::demo(m_demo.authUrl()), u"demo"_s);
    QVERIFY(r.ok()); // signed in: the clock is a warning for a token profile
    QVERIFY(r.clockSkew.has_value());
    QVERIFY2(std::abs(*r.clockSkew - offset) <= 2, qPrintable(QString::number(*r.clockSkew)));
    QCOMPARE(r.clockSkewTooLarge, reported);
    const QString message = ConnectionTest::clockSkewMessage(r);
    QCOMPARE(message.isEmpty(), !reported);
    if (reported) {
        QVERIFY2(message.contains(shown), qPrintable(message));
        // The measured offset (the Date header has whole seconds: it may be one short).
        QVERIFY2(message.contains(ConnectionTest::formatDuration(*r.clockSkew)),
            qPrintable(message));
        QVERIFY2(message.contains(u" min "_s), qPrintable(message));
    }
}

void tst_ConnectionTest::sessionExposesTheSkew()
{
    m_demo.setClockOffset(-20 * 60);
    CloudSession session(&m_client, CloudProfile::demo(m_demo.authUrl()));
    session.auth()->setPassword(u"demo"_s);
    QVERIFY(!session.clockSkew().has_value()); // nothing measured before an answer
    bool done = false;
    ApiError error;
    session.connectToCloud(this, [&](const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!error);
    QVERIFY(session.clockSkew().has_value());
    QVERIFY(std::abs(*session.clockSkew() + 20 * 60) <= 2);
    QVERIFY(session.auth()->clockSkewTooLarge());
    // Beyond the limit, well within the gateway's 15 minutes.
    QVERIFY(KeystoneSession::ClockSkewLimitSeconds < AkSkSigner::MaxClockSkewSeconds);
}

void tst_ConnectionTest::akskProfileMeasuresTheSkew()
{
    // AK/SK has no token request: the skew comes from the signed IAM project query's answer,
    // and is said before the gateway starts refusing X-Sdk-Date (docs/democloud.md keys).
    CloudProfile p;
    p.id = u"aksk-skew"_s;
    p.name = u"AK/SK"_s;
    p.family = CloudFamily::HuaweiCloud;
    p.authUrl = m_demo.authUrl();
    p.region = u"demo-1"_s;
    p.authMethod = AuthMethod::AkSk;
    p.accessKey = u"DEMOACCESSKEYID"_s;
    const QString base = m_demo.baseUrl().toString();
    p.endpointOverrides.insert(u"image"_s, QUrl(base));
    m_demo.setClockOffset(-8 * 60);
    ConnectionTest test(&m_client, p);
    test.setSecret(SecretKind::SecretKey, u"demo-secret-key"_s);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    QVERIFY(finished.wait(20000));
    const auto r = finished.constFirst().at(0).value<ConnectionTest::Result>();
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QVERIFY(r.clockSkew.has_value());
    QVERIFY2(std::abs(*r.clockSkew + 8 * 60) <= 2, qPrintable(QString::number(*r.clockSkew)));
    QVERIFY(r.clockSkewTooLarge);
    QVERIFY(!ConnectionTest::clockSkewMessage(r).isEmpty());
}

void tst_ConnectionTest::durationFormat()
{
    QCOMPARE(ConnectionTest::formatDuration(42), u"42 s"_s);
    QCOMPARE(ConnectionTest::formatDuration(-1205), u"20 min 5 s"_s);
    QCOMPARE(ConnectionTest::formatDuration(2 * 3600 + 60 * 3 + 9), u"2 h 3 min"_s);
}

QTEST_GUILESS_MAIN(tst_ConnectionTest)
#include "tst_connectiontest.moc"
