// AWS Signature Version 4, checked against the AWS SigV4 test suite (tests/fixtures/sigv4, see
// its README for the source): canonical request, string to sign and signature of every case,
// for Authorization-header signing and presigned URLs. Never against the signer's own output.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "obs/sigv4signer.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

struct SuiteCase
{
    SigV4Signer::Request request;
    SigV4Signer::Credentials credentials;
    QString region;
    QString service;
    QDateTime when;
    int expires = 0;
    bool signBody = false;
    QByteArray body;
};

QByteArray file(const QString &name, const QString &part)
{
    return Fixtures::bytes(u"sigv4/%1/%2"_s.arg(name, part));
}

/// Reads request.txt ("METHOD target HTTP/1.1", headers with folded lines, blank line, body)
/// and context.json.
SuiteCase load(const QString &name)
{
    SuiteCase c;
    const QByteArray raw = file(name, u"request.txt"_s);
    const qsizetype headEnd = raw.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? raw : raw.left(headEnd);
    c.body = headEnd < 0 ? QByteArray() : raw.mid(headEnd + 2);
    const QByteArrayList lines = head.split('\n');
    const QByteArray first = lines.value(0);
    const qsizetype sp = first.indexOf(' ');
    const qsizetype version = first.lastIndexOf(" HTTP/");
    c.request.method = first.left(sp);
    const QByteArray target = first.mid(sp + 1, version - sp - 1);
    const qsizetype q = target.indexOf('?');
    c.request.path = QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q));
    if (q >= 0) {
        for (const QByteArray &item : target.mid(q + 1).split('&')) {
            const qsizetype eq = item.indexOf('=');
            c.request.query.append({QByteArray::fromPercentEncoding(eq < 0 ? item : item.left(eq)),
                eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(item.mid(eq + 1))});
        }
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue; // the end of the head when there is no body
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            c.request.headers.last().second += ' ' + line.trimmed(); // a folded line
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        c.request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    const QJsonObject context = QJsonDocument::fromJson(file(name, u"context.json"_s)).object();
    const QJsonObject creds = context.value(u"credentials"_s).toObject();
    c.credentials = {creds.value(u"access_key_id"_s).toString(),
        creds.value(u"secret_access_key"_s).toString(),
        creds.value(u"token"_s).toString()};
    c.region = context.value(u"region"_s).toString();
    c.service = context.value(u"service"_s).toString();
    c.when = QDateTime::fromString(context.value(u"timestamp"_s).toString(), Qt::ISODate);
    c.expires = context.value(u"expiration_in_seconds"_s).toInt();
    c.signBody = context.value(u"sign_body"_s).toBool();
    c.request.payloadHash = SigV4Signer::sha256Hex(c.body);
    return c;
}

QByteArray authorization(const SigV4Signer::Signed &s)
{
    for (const auto &[name, value] : s.headers) {
        if (name == "Authorization")
            return value;
    }
    return {};
}

} // namespace

class tst_SigV4Signer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerSigning_data();
    void headerSigning();
    void presigned_data();
    void presigned();
    void s3UnsignedPayload();
    void uriEncoding();
};

void tst_SigV4Signer::headerSigning_data()
{
    QTest::addColumn<QString>("name");
    const QStringList cases =
        QDir(Fixtures::path(u"sigv4"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(cases.size() >= 20);
    for (const QString &name : cases)
        QTest::newRow(name.toUtf8().constData()) << name;
}

void tst_SigV4Signer::headerSigning()
{
    QFETCH(QString, name);
    SuiteCase c = load(name);
    c.request.contentSha256Header = c.signBody;
    const SigV4Signer::Signed s =
        SigV4Signer::sign(c.request, c.credentials, c.region, c.service, c.when);
    QCOMPARE(s.canonicalRequest, file(name, u"header-canonical-request.txt"_s));
    QCOMPARE(s.stringToSign, file(name, u"header-string-to-sign.txt"_s));
    QCOMPARE(s.signature, file(name, u"header-signature.txt"_s).trimmed());
    QVERIFY(authorization(s).endsWith(QByteArray("Signature=" + s.signature)));
    const QByteArray credential =
        "AWS4-HMAC-SHA256 Credential=" + c.credentials.accessKey.toUtf8() + "/20150830/";
    QVERIFY(authorization(s).startsWith(credential));
}

void tst_SigV4Signer::presigned_data()
{
    headerSigning_data();
}

void tst_SigV4Signer::presigned()
{
    QFETCH(QString, name);
    QVERIFY(QFile::exists(Fixtures::path(u"sigv4/%1/query-signature.txt"_s.arg(name))));
    SuiteCase c = load(name);
    SigV4Signer::Headers added;
    const SigV4Signer::Signed s = SigV4Signer::presign(
        c.request, c.credentials, c.region, c.service, c.when, c.expires, &added);
    QCOMPARE(s.canonicalRequest, file(name, u"query-canonical-request.txt"_s));
    QCOMPARE(s.stringToSign, file(name, u"query-string-to-sign.txt"_s));
    QCOMPARE(s.signature, file(name, u"query-signature.txt"_s).trimmed());
    QCOMPARE(added.constLast().first, QByteArray("X-Amz-Signature"));
    QCOMPARE(added.constLast().second, s.signature);
}

void tst_SigV4Signer::s3UnsignedPayload()
{
    // An S3 UploadPart as Imagewright sends it: UNSIGNED-PAYLOAD, x-amz-content-sha256 signed,
    // Content-MD5 signed. The suite's get-vanilla signature must change when the payload
    // mode or a signed header changes.
    SigV4Signer::Request r;
    r.method = "PUT";
    r.path = "/bucket/disk image.qcow2";
    r.query = {{"partNumber", "3"}, {"uploadId", "abc+/="}};
    r.headers = {{"Host", "127.0.0.1:8080"}, {"Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg=="}};
    const SigV4Signer::Credentials creds{u"test:tester"_s, u"testing"_s, {}};
    const QDateTime when(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    const auto s = SigV4Signer::sign(r, creds, u"us-east-1"_s, u"s3"_s, when);
    QCOMPARE(s.canonicalRequest,
        QByteArray("PUT\n/bucket/disk%20image.qcow2\npartNumber=3&uploadId=abc%2B%2F%3D\n"
                   "content-md5:1B2M2Y8AsgTpgAmY7PhCfg==\nhost:127.0.0.1:8080\n"
                   "x-amz-content-sha256:UNSIGNED-PAYLOAD\nx-amz-date:20261205T100000Z\n\n"
                   "content-md5;host;x-amz-content-sha256;x-amz-date\nUNSIGNED-PAYLOAD"));
    QVERIFY(authorization(s).contains("Credential=test:tester/20261205/us-east-1/s3/aws4_request"));
    r.headers[1].second = "AAAAAAAAAAAAAAAAAAAAAA==";
    QVERIFY(SigV4Signer::sign(r, creds, u"us-east-1"_s, u"s3"_s, when).signature != s.signature);
}

void tst_SigV4Signer::uriEncoding()
{
    QCOMPARE(SigV4Signer::uriEncode("a b/c~d+é", true), QByteArray("a%20b/c~d%2B%C3%A9"));
    QCOMPARE(SigV4Signer::uriEncode("a b/c", false), QByteArray("a%20b%2Fc"));
    QCOMPARE(SigV4Signer::canonicalUri(""), QByteArray("/"));
    QCOMPARE(SigV4Signer::canonicalQuery({{"uploads", ""}}), QByteArray("uploads="));
}

QTEST_GUILESS_MAIN(tst_SigV4Signer)
#include "tst_sigv4signer.moc"
