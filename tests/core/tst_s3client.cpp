// S3 addressing (path and virtual-hosted style, query encoding), the signer's trusted origins,
// S3 errors into ApiError, and what `imagewright obs` reads from its command line and the
// environment (ObsEnv, ObsCommand::parseArguments, exit codes).
#include <QTest>

#include "cli/obscommand.h"
#include "cli/obsenv.h"
#include "net/restclient.h"
#include "obs/s3auth.h"
#include "obs/s3client.h"

using namespace Qt::StringLiterals;

class tst_S3Client : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathStyleUrls();
    void virtualHostedUrls();
    void trustedOrigins();
    void hostHeader();
    void authenticationErrors_data();
    void authenticationErrors();
    void environment_data();
    void environment();
    void environmentRefusals_data();
    void environmentRefusals();
    void arguments_data();
    void arguments();
};

void tst_S3Client::pathStyleUrls()
{
    RestClient rest;
    S3Auth auth(QUrl(u"http://127.0.0.1:8080"_s), u"us-east-1"_s, {u"a:b"_s, u"s"_s, {}});
    S3Client client(&rest, &auth, S3Client::Addressing::PathStyle);
    QCOMPARE(client.url({}).toString(), u"http://127.0.0.1:8080/"_s);
    QCOMPARE(client.url(u"images"_s).toString(), u"http://127.0.0.1:8080/images/"_s);
    const QUrl part = client.url(u"images"_s,
        u"disks/web base+1.qcow2"_s,
        {{u"partNumber"_s, u"7"_s}, {u"uploadId"_s, u"a+b/c="_s}});
    QCOMPARE(part.toEncoded(),
        QByteArray("http://127.0.0.1:8080/images/disks/web%20base+1.qcow2"
                   "?partNumber=7&uploadId=a%2Bb%2Fc%3D"));
    QCOMPARE(part.path(), u"/images/disks/web base+1.qcow2"_s);
    QCOMPARE(client.url(u"b"_s, u"k"_s, {{u"uploads"_s, QString()}}).query(), u"uploads="_s);
}

void tst_S3Client::virtualHostedUrls()
{
    RestClient rest;
    S3Auth auth(
        QUrl(u"https://obs.eu-de.otc.t-systems.com:443"_s), u"eu-de"_s, {u"AK"_s, u"s"_s, {}});
    S3Client client(&rest, &auth, S3Client::Addressing::VirtualHosted);
    QCOMPARE(client.url({}).toString(), u"https://obs.eu-de.otc.t-systems.com/"_s);
    QCOMPARE(client.url(u"images"_s, u"a/b.raw"_s).toString(),
        u"https://images.obs.eu-de.otc.t-systems.com/a/b.raw"_s); // default port left out
    QVERIFY(auth.isTrustedOrigin(client.url(u"images"_s, u"a/b.raw"_s)));
}

void tst_S3Client::trustedOrigins()
{
    S3Auth auth(QUrl(u"https://obs.cn-north-4.myhuaweicloud.com"_s),
        u"cn-north-4"_s,
        {u"AK"_s, u"s"_s, {}});
    QVERIFY(auth.isTrustedOrigin(QUrl(u"https://obs.cn-north-4.myhuaweicloud.com/x"_s)));
    QVERIFY(auth.isTrustedOrigin(QUrl(u"https://bkt.obs.cn-north-4.myhuaweicloud.com/x"_s)));
    QVERIFY(!auth.isTrustedOrigin(QUrl(u"http://obs.cn-north-4.myhuaweicloud.com/x"_s)));
    QVERIFY(!auth.isTrustedOrigin(QUrl(u"https://obs.cn-north-4.myhuaweicloud.com:8443/x"_s)));
    QVERIFY(!auth.isTrustedOrigin(QUrl(u"https://evilobs.cn-north-4.myhuaweicloud.com/x"_s)));
    QVERIFY(!auth.isTrustedOrigin(QUrl(u"https://myhuaweicloud.com/x"_s)));
}

void tst_S3Client::hostHeader()
{
    QCOMPARE(S3Auth::hostHeader(QUrl(u"http://127.0.0.1:8080/b"_s)), QByteArray("127.0.0.1:8080"));
    QCOMPARE(S3Auth::hostHeader(QUrl(u"https://b.obs.x.com/k"_s)), QByteArray("b.obs.x.com"));
    QCOMPARE(S3Auth::hostHeader(QUrl(u"http://[::1]:9000/"_s)), QByteArray("[::1]:9000"));
}

void tst_S3Client::authenticationErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("auth");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("wrong secret") << u"SignatureDoesNotMatch"_s << 403 << true << 3;
    QTest::newRow("unknown key") << u"InvalidAccessKeyId"_s << 403 << true << 3;
    QTest::newRow("clock") << u"RequestTimeTooSkewed"_s << 403 << true << 3;
    QTest::newRow("expired token") << u"ExpiredToken"_s << 400 << true << 3;
    QTest::newRow("no rights") << u"AccessDenied"_s << 403 << false << 1;
    QTest::newRow("no bucket") << u"NoSuchBucket"_s << 404 << false << 1;
}

void tst_S3Client::authenticationErrors()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(bool, auth);
    QFETCH(int, exitCode);
    ApiError e = ApiError::make(ApiError::Kind::Http, u"message"_s);
    e.httpStatus = status;
    e.serviceCode = code;
    QCOMPARE(S3Client::isAuthenticationError(e), auth);
    QCOMPARE(ObsCommand::exitCodeFor(e), exitCode);
    QVERIFY(ObsCommand::describe(e).contains(code));
}

void tst_S3Client::environment_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QString>("region");        // --region
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expectRegion");
    QTest::addColumn<bool>("pathStyle");
    QTest::addColumn<QString>("accessKey");
    const QStringList obsKeys{u"OBS_ACCESS_KEY_ID=AK1"_s, u"OBS_SECRET_ACCESS_KEY=SK1"_s};
    QTest::newRow("OTC endpoint, region from its name")
        << (obsKeys + QStringList{u"OBS_ENDPOINT=obs.eu-de.otc.t-systems.com"_s}) << QString()
        << u"https://obs.eu-de.otc.t-systems.com"_s << u"eu-de"_s << false << u"AK1"_s;
    QTest::newRow("Huawei endpoint, --region wins")
        << (obsKeys + QStringList{u"OBS_ENDPOINT=https://obs.cn-north-4.myhuaweicloud.com/"_s})
        << u"ap-southeast-1"_s << u"https://obs.cn-north-4.myhuaweicloud.com"_s
        << u"ap-southeast-1"_s << false << u"AK1"_s;
    QTest::newRow("loopback: path style, us-east-1")
        << (obsKeys + QStringList{u"OBS_ENDPOINT=http://127.0.0.1:8080"_s}) << QString()
        << u"http://127.0.0.1:8080"_s << u"us-east-1"_s << true << u"AK1"_s;
    QTest::newRow("AWS family when no OBS key") << QStringList{u"AWS_ACCESS_KEY_ID=test:tester"_s,
        u"AWS_SECRET_ACCESS_KEY=x"_s,
        u"AWS_ENDPOINT_URL=http://localhost:9000"_s,
        u"AWS_REGION=eu-west-1"_s} << QString() << u"http://localhost:9000"_s
                                                << u"eu-west-1"_s << true << u"test:tester"_s;
    QTest::newRow("OBS keys win over AWS keys")
        << (obsKeys
               + QStringList{u"AWS_ACCESS_KEY_ID=AK2"_s,
                   u"AWS_SECRET_ACCESS_KEY=SK2"_s,
                   u"AWS_ENDPOINT_URL=https://s3.example.com"_s})
        << QString() << u"https://s3.example.com"_s << u"us-east-1"_s << false << u"AK1"_s;
}

void tst_S3Client::environment()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(QString, expectRegion);
    QFETCH(bool, pathStyle);
    QFETCH(QString, accessKey);
    QProcessEnvironment env;
    for (const QString &v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    QString error;
    const auto e = ObsEnv::read(env, region, false, &error);
    QVERIFY2(e, qPrintable(error));
    QCOMPARE(e->endpoint.toString(), endpoint);
    QCOMPARE(e->region, expectRegion);
    QCOMPARE(e->pathStyle, pathStyle);
    QCOMPARE(e->credentials.accessKey, accessKey);
}

void tst_S3Client::environmentRefusals_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::newRow("no keys") << QStringList{u"OBS_ENDPOINT=https://obs.x.com"_s};
    QTest::newRow("no secret") << QStringList{
        u"OBS_ACCESS_KEY_ID=a"_s, u"OBS_ENDPOINT=https://o.x"_s};
    QTest::newRow("no endpoint") << QStringList{
        u"OBS_ACCESS_KEY_ID=a"_s, u"OBS_SECRET_ACCESS_KEY=b"_s};
    QTest::newRow("endpoint with a path") << QStringList{u"OBS_ACCESS_KEY_ID=a"_s,
        u"OBS_SECRET_ACCESS_KEY=b"_s,
        u"OBS_ENDPOINT=https://obs.x.com/bucket"_s};
    QTest::newRow("ftp endpoint") << QStringList{
        u"OBS_ACCESS_KEY_ID=a"_s, u"OBS_SECRET_ACCESS_KEY=b"_s, u"OBS_ENDPOINT=ftp://obs.x.com"_s};
}

void tst_S3Client::environmentRefusals()
{
    QFETCH(QStringList, variables);
    QProcessEnvironment env;
    for (const QString &v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    QString error;
    QVERIFY(!ObsEnv::read(env, {}, false, &error));
    QVERIFY(!error.isEmpty());
}

void tst_S3Client::arguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("path");
    QTest::newRow("ls") << QStringList{u"obs"_s, u"ls"_s} << true << QString() << QString();
    QTest::newRow("ls prefix") << QStringList{u"obs"_s, u"ls"_s, u"s3://images/disks/"_s} << true
                               << u"images"_s << u"disks/"_s;
    QTest::newRow("put") << QStringList{u"obs"_s,
        u"put"_s,
        u"a.raw"_s,
        u"images/x/"_s,
        u"--parts"_s,
        u"8"_s,
        u"--part-size"_s,
        u"64"_s} << true << u"images"_s
                         << u"x/"_s;
    QTest::newRow("put without target")
        << QStringList{u"obs"_s, u"put"_s, u"a.raw"_s} << false << QString() << QString();
    QTest::newRow("put with 0 parts")
        << QStringList{u"obs"_s, u"put"_s, u"a"_s, u"b"_s, u"--parts"_s, u"0"_s} << false
        << QString() << QString();
    QTest::newRow("put with 4 MiB parts")
        << QStringList{u"obs"_s, u"put"_s, u"a"_s, u"b"_s, u"--part-size"_s, u"4"_s} << false
        << QString() << QString();
    QTest::newRow("abort") << QStringList{u"obs"_s, u"abort"_s, u"b"_s, u"k/o"_s, u"ID"_s} << true
                           << u"b"_s << u"k/o"_s;
    QTest::newRow("abort without id")
        << QStringList{u"obs"_s, u"abort"_s, u"b"_s, u"k"_s} << false << QString() << QString();
    QTest::newRow("uploads --json on ls only, not put")
        << QStringList{u"obs"_s, u"put"_s, u"a"_s, u"b"_s, u"--json"_s} << false << QString()
        << QString();
    QTest::newRow("unknown action")
        << QStringList{u"obs"_s, u"mv"_s} << false << QString() << QString();
    QTest::newRow("no action") << QStringList{u"obs"_s} << false << QString() << QString();
}

void tst_S3Client::arguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(QString, bucket);
    QFETCH(QString, path);
    QString error;
    const auto o = ObsCommand::parseArguments(arguments, &error);
    QCOMPARE(bool(o), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(o->bucket, bucket);
    QCOMPARE(o->path, path);
}

QTEST_GUILESS_MAIN(tst_S3Client)
#include "tst_s3client.moc"
