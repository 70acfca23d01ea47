// The cloud presets table: regions and identity URLs per family, the identity URL check, and
// which creation methods a catalog enables (interfaces.md §6).
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "cloud/cloudpresets.h"
#include "cloud/servicecatalog.h"

using namespace Qt::StringLiterals;

class tst_CloudPresets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authUrls_data();
    void authUrls();
    void regions();
    void checkAuthUrl_data();
    void checkAuthUrl();
    void availableMethods();
    void profileJsonRoundTrip();
    void profileUnknownKeysAreSafe();
};

void tst_CloudPresets::authUrls_data()
{
    QTest::addColumn<CloudFamily>("family");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    QTest::newRow("huawei") << CloudFamily::HuaweiCloud << u"cn-north-4"_s
                            << u"https://iam.cn-north-4.myhuaweicloud.com/v3"_s;
    QTest::newRow("otc eu-de") << CloudFamily::OpenTelekomCloud << u"eu-de"_s
                               << u"https://iam.eu-de.otc.t-systems.com/v3"_s;
    QTest::newRow("otc eu-nl") << CloudFamily::OpenTelekomCloud << u"eu-nl"_s
                               << u"https://iam.eu-nl.otc.t-systems.com/v3"_s;
    QTest::newRow("otc swiss") << CloudFamily::OpenTelekomCloud << u"eu-ch2"_s
                               << u"https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3"_s;
    QTest::newRow("fjcloud") << CloudFamily::FjcloudO << u"jp-west-3"_s
                             << u"https://identity.jp-west-3.cloud.global.fujitsu.com/v3"_s;
    QTest::newRow("openstack") << CloudFamily::OpenStack << u"RegionOne"_s << QString();
    QTest::newRow("no region") << CloudFamily::HuaweiCloud << QString() << QString();
}

void tst_CloudPresets::authUrls()
{
    QFETCH(CloudFamily, family);
    QFETCH(QString, region);
    QFETCH(QString, url);
    const QUrl preset = CloudPresets::authUrl(family, region);
    QCOMPARE(preset.toString(), url);
    if (!url.isEmpty()) {
        QVERIFY(CloudPresets::isPresetAuthUrl(preset));
        QCOMPARE(CloudPresets::checkAuthUrl(url).level, CloudPresets::UrlCheck::Level::Ok);
    }
}

void tst_CloudPresets::regions()
{
    const QStringList huawei = CloudPresets::regions(CloudFamily::HuaweiCloud);
    for (const QString &r : {u"af-south-1"_s,
             u"cn-north-4"_s,
             u"cn-north-1"_s,
             u"cn-east-2"_s,
             u"cn-east-3"_s,
             u"cn-south-1"_s,
             u"cn-southwest-2"_s,
             u"ap-southeast-1"_s,
             u"ap-southeast-2"_s,
             u"ap-southeast-3"_s,
             u"ap-southeast-4"_s,
             u"la-south-2"_s,
             u"sa-brazil-1"_s,
             u"la-north-2"_s,
             u"na-mexico-1"_s})
        QVERIFY2(huawei.contains(r), qPrintable(r));
    QCOMPARE(CloudPresets::defaultRegion(CloudFamily::OpenTelekomCloud), u"eu-de"_s);
    QVERIFY(CloudPresets::regions(CloudFamily::OpenStack).isEmpty());
    QVERIFY(CloudPresets::projectNameIsRegion(CloudFamily::HuaweiCloud));
    QVERIFY(!CloudPresets::projectNameIsRegion(CloudFamily::OpenStack));
    QVERIFY(CloudPresets::isPresetAuthUrl(QUrl(u"https://iam.myhuaweicloud.com/v3"_s)));
    QVERIFY(!CloudPresets::isPresetAuthUrl(QUrl(u"https://keystone.example.com/v3"_s)));
    QVERIFY(!CloudPresets::editableFamilies().contains(CloudFamily::Demo));
}

void tst_CloudPresets::checkAuthUrl_data()
{
    using Level = CloudPresets::UrlCheck::Level;
    QTest::addColumn<QString>("url");
    QTest::addColumn<Level>("level");
    QTest::newRow("https") << u"https://keystone.example.com:5000/v3"_s << Level::Ok;
    QTest::newRow("trailing slash") << u"https://keystone.example.com/v3/"_s << Level::Ok;
    QTest::newRow("prefix path") << u"https://cloud.example.com/identity/v3"_s << Level::Ok;
    QTest::newRow("loopback http") << u"http://127.0.0.1:5000/v3"_s << Level::Ok;
    QTest::newRow("localhost http") << u"http://localhost/v3"_s << Level::Ok;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:5000/v3"_s << Level::Ok;
    QTest::newRow("remote http") << u"http://keystone.example.com/v3"_s << Level::Warning;
    QTest::newRow("empty") << u""_s << Level::Error;
    QTest::newRow("no scheme") << u"keystone.example.com/v3"_s << Level::Error;
    QTest::newRow("ftp") << u"ftp://keystone.example.com/v3"_s << Level::Error;
    QTest::newRow("v2") << u"https://keystone.example.com/v2.0"_s << Level::Error;
    QTest::newRow("no version") << u"https://keystone.example.com"_s << Level::Error;
    QTest::newRow("v30") << u"https://keystone.example.com/v30"_s << Level::Error;
    QTest::newRow("query") << u"https://keystone.example.com/v3?x=1"_s << Level::Error;
    QTest::newRow("userinfo") << u"https://u:p@keystone.example.com/v3"_s << Level::Error;
}

void tst_CloudPresets::checkAuthUrl()
{
    QFETCH(QString, url);
    QFETCH(CloudPresets::UrlCheck::Level, level);
    const CloudPresets::UrlCheck check = CloudPresets::checkAuthUrl(url);
    QCOMPARE(check.level, level);
    QCOMPARE(check.message.isEmpty(), level == CloudPresets::UrlCheck::Level::Ok);
}

void tst_CloudPresets::availableMethods()
{
    const QByteArray json = R"([
      {"type": "image", "endpoints": [
        {"interface": "public", "region_id": "eu-de", "url": "https://ims.eu-de.example"}]},
      {"type": "compute", "endpoints": [
        {"interface": "public", "region_id": "eu-de", "url": "https://ecs.eu-de.example/v2.1"},
        {"interface": "public", "region_id": "eu-nl", "url": "https://ecs.eu-nl.example/v2.1"}]},
      {"type": "volumev2", "endpoints": [
        {"interface": "internal", "region_id": "eu-de", "url": "https://evs.eu-de.example/v2"}]}
    ])";
    const ServiceCatalog catalog = ServiceCatalog::fromJson(QJsonDocument::fromJson(json).array());
    QCOMPARE(CloudPresets::serviceTypes(catalog, u"eu-de"_s, u"public"_s),
        QStringList({u"compute"_s, u"image"_s}));
    QCOMPARE(CloudPresets::catalogRegions(catalog), QStringList({u"eu-de"_s, u"eu-nl"_s}));

    const auto otc = CloudPresets::availableMethods(
        CloudFamily::OpenTelekomCloud, catalog, u"eu-de"_s, u"public"_s);
    QVERIFY(otc.contains(CreationMethod::ImsEcs));
    QVERIFY(otc.contains(CreationMethod::NovaCreateImage));
    QVERIFY(otc.contains(CreationMethod::GlanceCreateUpload));
    QVERIFY(!otc.contains(CreationMethod::CinderUploadToImage)); // volume only on internal

    const auto fj =
        CloudPresets::availableMethods(CloudFamily::FjcloudO, catalog, u"eu-de"_s, u"internal"_s);
    QCOMPARE(fj, QList<CreationMethod>{CreationMethod::CinderUploadToImage}); // no IMS there

    QVERIFY(CloudPresets::availableMethods(
        CloudFamily::HuaweiCloud, catalog, u"cn-north-4"_s, u"public"_s)
                .isEmpty());
}

void tst_CloudPresets::profileJsonRoundTrip()
{
    CloudProfile p;
    p.id = u"p1"_s;
    p.name = u"Gateway"_s;
    p.family = CloudFamily::HuaweiCloud;
    p.authUrl = QUrl(u"https://iam.ap-southeast-1.myhuaweicloud.com/v3"_s);
    p.region = u"ap-southeast-1"_s;
    p.authMethod = AuthMethod::AkSk;
    p.accessKey = u"AKEXAMPLE"_s;
    p.temporaryAccessKey = true;
    p.tlsMode = TlsMode::CaBundle;
    p.caBundlePath = u"/etc/ssl/private-ca.pem"_s;
    p.endpointOverrides.insert(u"ims"_s, QUrl(u"https://ims.internal.example/"_s));
    QVERIFY(p.isValid()); // AK/SK needs no user name

    const CloudProfile back = CloudProfile::fromJson(p.toJson());
    QCOMPARE(back.toJson(), p.toJson());
    QCOMPARE(back.authMethod, AuthMethod::AkSk);
    QCOMPARE(back.accessKey, u"AKEXAMPLE"_s);
    QVERIFY(back.temporaryAccessKey);
    QCOMPARE(back.tlsMode, TlsMode::CaBundle);
    QCOMPARE(back.caBundlePath, u"/etc/ssl/private-ca.pem"_s);
    QCOMPARE(back.endpointOverrides.value(u"ims"_s), QUrl(u"https://ims.internal.example/"_s));

    CloudProfile app = p;
    app.authMethod = AuthMethod::ApplicationCredential;
    app.accessKey.clear();
    QVERIFY(!app.isValid()); // neither an id nor a name
    app.applicationCredentialName = u"ci"_s;
    QVERIFY(!app.isValid()); // a name needs its user
    app.userName = u"alice"_s;
    QVERIFY(app.isValid());
}

void tst_CloudPresets::profileUnknownKeysAreSafe()
{
    // A profile written before auth methods existed is a password profile that verifies TLS;
    // an unknown TLS mode (a newer version's) never turns verification off.
    const QJsonObject old{{u"id"_s, u"p"_s}, {u"auth_url"_s, u"https://k/v3"_s},
        {u"user_name"_s, u"u"_s}, {u"tls_mode"_s, u"something-new"_s}};
    const CloudProfile p = CloudProfile::fromJson(old);
    QCOMPARE(p.authMethod, AuthMethod::Password);
    QCOMPARE(p.tlsMode, TlsMode::Verify);
    QVERIFY(p.endpointOverrides.isEmpty());
    bool ok = true;
    CloudProfile::authMethodFromKey(u"kerberos"_s, &ok);
    QVERIFY(!ok);
}

QTEST_MAIN(tst_CloudPresets)
#include "tst_cloudpresets.moc"
