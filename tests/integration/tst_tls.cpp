// TLS per profile against the demo cloud served over HTTPS (--tls-cert/--tls-key) on loopback,
// with certificates made at test time by the `openssl` command (a CA, a server certificate it
// signs for 127.0.0.1/localhost, and an unrelated second CA). No external network.
// Verify (the default) refuses the private CA's server and says why, with the certificate's
// SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints it; CaBundle with the right
// CA signs in; a CaBundle of another CA is refused; Insecure signs in only because the profile
// opted in, and a Verify profile on the same RestClient is still refused afterwards (no pooled
// connection is shared); a Glance upload (StreamUpload) over TLS completes with the right
// digests; an unusable CA file gives the field's message and a TLS error, and nothing is sent.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "auth/keystonesession.h"
#include "cloud/cloudprofile.h"
#include "cloud/cloudsession.h"
#include "cloud/connectiontest.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "net/streamupload.h"
#include "net/tlssettings.h"
#include "support/democloudprocess.h"
#include "support/testcertificates.h"
#include "support/testdir.h"
#include "upload/digestpipeline.h"
#include "upload/uploadsource.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray patterned(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 1021) & 0xff);
    return data;
}

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void verifyRefusesAnUnknownIssuerAndSaysWhy();
    void caBundleIsAccepted();
    void otherCaIsStillRefused();
    void insecureOnlyWhenTheProfileOptedIn();
    void glanceUploadOverTls();
    void streamUploadRefusesAnUnknownIssuer();
    void unusableCaFile_data();
    void unusableCaFile();

private:
    CloudProfile profile(TlsMode mode, const QString &ca = {}) const;
    ConnectionTest::Result test(const CloudProfile &p);

    TestDir m_dir;
    QString m_ca;
    QString m_otherCa;
    QString m_fingerprint; // the server certificate's, as openssl prints it
    DemoCloudProcess m_demo;
    RestClient m_client;
};

void tst_Tls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ConnectionTest::Result>();
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();
    // The private CA (it signs the server's certificate) and an unrelated one.
    QVERIFY(TestCertificates::make(d, {u"ca"_s, u"other-ca"_s}));
    QByteArray printed;
    QVERIFY(TestCertificates::openssl(
        {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, u"server.pem"_s},
        d,
        &printed));
    // "sha256 Fingerprint=AB:CD:..." (the label's case differs between OpenSSL versions)
    m_fingerprint = QString::fromLatin1(printed.trimmed()).section(u'=', 1).toUpper();
    QVERIFY2(m_fingerprint.count(u':') == 31, qPrintable(m_fingerprint));

    m_ca = m_dir.filePath(u"ca.pem"_s);
    m_otherCa = m_dir.filePath(u"other-ca.pem"_s);
    m_demo.setTls(m_dir.filePath(u"server.pem"_s), m_dir.filePath(u"server.key"_s), m_ca);
    QVERIFY2(m_demo.start(), "the demo cloud did not start over TLS");
    QCOMPARE(m_demo.authUrl().scheme(), u"https"_s);
}

void tst_Tls::init()
{
    m_demo.clearRequests();
}

CloudProfile tst_Tls::profile(TlsMode mode, const QString &ca) const
{
    CloudProfile p = CloudProfile::demo(m_demo.authUrl());
    p.tlsMode = mode;
    p.caBundlePath = ca;
    return p;
}

ConnectionTest::Result tst_Tls::test(const CloudProfile &p)
{
    ConnectionTest test(&m_client, p);
    test.setPassword(u"demo"_s);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    if (!finished.wait(20000))
        return {};
    return finished.constFirst().at(0).value<ConnectionTest::Result>();
}

void tst_Tls::verifyRefusesAnUnknownIssuerAndSaysWhy()
{
    const ConnectionTest::Result r = test(profile(TlsMode::Verify));
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QVERIFY2(r.error.message.contains(m_fingerprint), qPrintable(r.error.message));
    const QString message = ConnectionTest::errorMessage(r);
    QVERIFY2(message.contains(m_fingerprint), qPrintable(message));
    QVERIFY2(message.contains(u"127.0.0.1"_s), qPrintable(message));
    // Qt's own reason: the issuer is unknown (the CA is not among the system's).
    QVERIFY2(message.contains(u"issuer"_s, Qt::CaseInsensitive)
            || message.contains(u"self signed"_s, Qt::CaseInsensitive)
            || message.contains(u"self-signed"_s, Qt::CaseInsensitive),
        qPrintable(message));
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 0);
}

void tst_Tls::caBundleIsAccepted()
{
    const ConnectionTest::Result r = test(profile(TlsMode::CaBundle, m_ca));
    QVERIFY2(r.ok(), qPrintable(ConnectionTest::errorMessage(r)));
    QVERIFY(r.serviceTypes.contains(u"image"_s));
    QVERIFY(!r.insecure);
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 1);
}

void tst_Tls::otherCaIsStillRefused()
{
    const ConnectionTest::Result r = test(profile(TlsMode::CaBundle, m_otherCa));
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QVERIFY2(r.error.message.contains(m_fingerprint), qPrintable(r.error.message));
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 0);
}

void tst_Tls::insecureOnlyWhenTheProfileOptedIn()
{
    const ConnectionTest::Result insecure = test(profile(TlsMode::Insecure));
    QVERIFY2(insecure.ok(), qPrintable(ConnectionTest::errorMessage(insecure)));
    QVERIFY(insecure.insecure);
    // The same client, right after: a profile that did not opt in is refused again (its
    // requests never ride on the insecure profile's pooled connection).
    const ConnectionTest::Result verify = test(profile(TlsMode::Verify));
    QCOMPARE(verify.error.kind, ApiError::Kind::Tls);
    const ConnectionTest::Result other = test(profile(TlsMode::CaBundle, m_otherCa));
    QCOMPARE(other.error.kind, ApiError::Kind::Tls);
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 1);
}

void tst_Tls::glanceUploadOverTls()
{
    const QByteArray data = patterned(3 * UploadSource::BlockSize + 4321);
    const QString path = m_dir.filePath(u"image.raw"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }
    CloudSession session(&m_client, profile(TlsMode::CaBundle, m_ca));
    session.auth()->setPassword(u"demo"_s);
    RestJob *create = session.createGlanceImage({{u"name"_s, u"tls-upload"_s},
                                                    {u"disk_format"_s, u"raw"_s},
                                                    {u"container_format"_s, u"bare"_s}},
        this);
    create->setAutoDelete(false);
    QSignalSpy created(create, &RestJob::finished);
    QVERIFY(created.wait(20000));
    QVERIFY2(!create->error(), qPrintable(create->error().userMessage()));
    const QString id = create->json().object().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    delete create;

    UploadSource source(path, {u"md5"_s, u"sha512"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    RestJob *upload = session.uploadGlanceImage(id, &source, this);
    upload->setAutoDelete(false);
    QSignalSpy uploaded(upload, &RestJob::finished);
    QVERIFY(uploaded.wait(60000));
    QVERIFY2(!upload->error(), qPrintable(upload->error().userMessage()));
    QCOMPARE(upload->httpStatus(), 204);
    delete upload;

    QVERIFY(source.digests()->waitForComplete(10000));
    const auto digests = source.digests()->results();
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    const QString sha512 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex());
    QCOMPARE(digests.value(u"md5"_s), md5);
    QCOMPARE(digests.value(u"sha512"_s), sha512);
    const QJsonObject image = m_demo.get(u"/v2/images/"_s + id, m_demo.token()).object();
    QCOMPARE(image.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.value(u"checksum"_s).toString(), md5);
    QCOMPARE(image.value(u"os_hash_value"_s).toString(), sha512);
}

void tst_Tls::streamUploadRefusesAnUnknownIssuer()
{
    const QString path = m_dir.filePath(u"small.raw"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(patterned(4096));
    }
    UploadSource source(path, {u"md5"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload; // Qt's default configuration: the system's CAs only
    QSignalSpy finished(&upload, &StreamUpload::finished);
    upload.start(m_demo.url(u"/v2/images/x/file"_s), "PUT", {}, &source, {});
    QVERIFY(finished.wait(20000));
    QCOMPARE(upload.error().kind, ApiError::Kind::Tls);
    QVERIFY2(upload.error().message.contains(m_fingerprint), qPrintable(upload.error().message));
    QCOMPARE(upload.bytesSent(), 0);
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 0);
}

void tst_Tls::unusableCaFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << u"missing"_s;
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("not PEM") << u"garbage"_s;
    QTest::newRow("a folder") << u"folder"_s;
    QTest::newRow("no path") << u"none"_s;
}

void tst_Tls::unusableCaFile()
{
    QFETCH(QString, kind);
    QString path;
    if (kind == u"missing") {
        path = m_dir.filePath(u"no-such-ca.pem"_s);
    } else if (kind == u"empty") {
        path = m_dir.filePath(u"empty.pem"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == u"garbage") {
        path = m_dir.filePath(u"garbage.pem"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    } else if (kind == u"folder") {
        path = m_dir.path();
    }
    QList<QSslCertificate> certificates;
    const QString fieldMessage = TlsSettings::checkCaBundle(path, &certificates);
    QVERIFY(!fieldMessage.isEmpty());
    QVERIFY(certificates.isEmpty());
    if (!path.isEmpty())
        QVERIFY2(fieldMessage.contains(QDir::toNativeSeparators(path)), qPrintable(fieldMessage));

    // Never a silent fallback to the system's CAs: the sign-in fails as TLS, saying why, and
    // nothing reaches the cloud.
    const ConnectionTest::Result r = test(profile(TlsMode::CaBundle, path));
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QCOMPARE(r.error.message, fieldMessage);
    QCOMPARE(m_demo.requests().size(), 0);

    // The good file passes the same check.
    QVERIFY(TlsSettings::checkCaBundle(m_ca, &certificates).isEmpty());
    QCOMPARE(certificates.size(), 1);
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
