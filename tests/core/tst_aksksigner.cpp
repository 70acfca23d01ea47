// Huawei AK/SK signing, checked against values computed independently of our signer: the vendor
// SDK's published test vector, and a few lines of Python hmac (tests/fixtures/aksk_oracle.py)
// run at test time. Never against the signer's own output.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include "auth/aksksigner.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

const QDateTime SdkVectorTime(QDate(2006, 1, 2), QTime(15, 4, 5), Qt::UTC);

QByteArray authorizationOf(const AkSkSigner::Signed &s)
{
    for (const auto &[name, value] : s.headers) {
        if (name == "Authorization")
            return value;
    }
    return {};
}

struct Case
{
    QByteArray method;
    QUrl url;
    AkSkSigner::Headers headers;
    QByteArray body;
    AkSkSigner::Credentials credentials;
};

} // namespace

class tst_AkSkSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vendorVector();
    void vendorCanonicalQuery();
    void matchesIndependentOracle();
    void temporaryCredentialsSignTheirToken();
    void largeBodiesAreNotSigned();
    void canonicalUriAlwaysEndsWithSlash_data();
    void canonicalUriAlwaysEndsWithSlash();
    void clockSkewFromDateHeader();
};

void tst_AkSkSigner::vendorVector()
{
    // huaweicloud-sdk-go-v3 core/auth/signer/signer_test.go, "test1".
    AkSkSigner::Credentials c{u"AccessKey"_s, u"SecretKey"_s, {}, {}};
    const auto s = AkSkSigner::sign("GET",
        QUrl(u"https://example.huaweicloud.com/path?limit=1"_s),
        {},
        {},
        c,
        SdkVectorTime,
        /*signHost*/ false);
    QVERIFY(s);
    QCOMPARE(authorizationOf(*s),
        QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                   "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));
    QCOMPARE(s->headers.first(), (QPair<QByteArray, QByteArray>("X-Sdk-Date", "20060102T150405Z")));
}

void tst_AkSkSigner::vendorCanonicalQuery()
{
    // The same SDK's TestSigner_canonicalQueryString.
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, u"1"_s);
    q.addQueryItem(u"enable"_s, u"true"_s);
    q.addQueryItem(u"test"_s, QString::fromUtf8(QUrl::toPercentEncoding(u"一 (&=?!#%.*)"_s)));
    q.addQueryItem(u"path"_s, QString::fromUtf8(QUrl::toPercentEncoding(u"/tmp/123"_s)));
    for (const char *v : {"1", "2", "3"})
        q.addQueryItem(u"multi"_s, QString::fromLatin1(v));
    QUrl url(u"https://example.huaweicloud.com/"_s);
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    QCOMPARE(AkSkSigner::canonicalQuery(url),
        QByteArray(
            "enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%"
            "28%26%3D%3F%21%23%25.%2A%29"));
}

void tst_AkSkSigner::matchesIndependentOracle()
{
    const QString python = u"/usr/bin/python3"_s;
    QVERIFY2(QFile::exists(python), "Debian's python3 is needed for the signing oracle");
    const QDateTime when(QDate(2026, 11, 23), QTime(9, 30, 0), Qt::UTC);
    const QList<Case> cases{
        {"GET",
            QUrl(u"https://ims.cn-north-4.myhuaweicloud.com/v1/0d9e/jobs/8a12fc?x=1"_s),
            {},
            {},
            {u"AK1"_s, u"sk-one"_s, {}, {}}},
        {"POST",
            QUrl(u"https://ims.cn-north-4.myhuaweicloud.com/v2/cloudimages/action"_s),
            {{"Content-Type", "application/json"}},
            R"({"name":"ims_test","instance_id":"877a2cda-ba63-4e1e-b95f-e67e48b6129a"})",
            {u"AK2"_s, u"sk/two+="_s, {}, {}}},
        {"GET",
            QUrl(
                u"https://ecs.eu-de.otc.t-systems.com/v1/p/cloudservers/detail?Limit=2&name=web%2001&name=app&marker=%E4%B8%80"_s),
            {{"X-Custom", "  spaced value  "}},
            {},
            {u"AK3"_s, u"sk3"_s, {}, {}}},
        {"PUT",
            QUrl(u"https://ims.example:8443/v2/images/a b/file"_s),
            {{"Content-Type", "application/octet-stream"}},
            QByteArray(5000, 'x'),
            {u"AK4"_s, u"sk4"_s, {}, u"0d9e5ac0d6b14c2a9d0e4c7f5b3a1e21"_s}},
    };
    QJsonArray input;
    QList<QByteArray> ours;
    for (const Case &c : cases) {
        const auto s = AkSkSigner::sign(c.method, c.url, c.headers, c.body, c.credentials, when);
        QVERIFY(s);
        ours << authorizationOf(*s);
        // What the oracle is told: the request and every header that goes out with it.
        QJsonArray headers;
        for (const auto &[n, v] : c.headers)
            headers.append(QJsonArray{QString::fromLatin1(n), QString::fromUtf8(v)});
        for (const auto &[n, v] : s->headers) {
            if (n != "Authorization")
                headers.append(QJsonArray{QString::fromLatin1(n), QString::fromUtf8(v)});
        }
        QString host = c.url.host();
        if (c.url.port() != -1)
            host += u':' + QString::number(c.url.port());
        headers.append(QJsonArray{u"Host"_s, host});
        QJsonArray query;
        for (const auto &[k, v] : QUrlQuery(c.url).queryItems(QUrl::FullyDecoded))
            query.append(QJsonArray{k, v});
        input.append(QJsonObject{{u"method"_s, QString::fromLatin1(c.method)},
            {u"path"_s, c.url.path(QUrl::FullyDecoded)},
            {u"query"_s, query},
            {u"headers"_s, headers},
            {u"body"_s, QString::fromUtf8(c.body)},
            {u"ak"_s, c.credentials.accessKey},
            {u"sk"_s, c.credentials.secretKey}});
    }
    QProcess oracle;
    oracle.start(python, {Fixtures::path(u"aksk_oracle.py"_s)});
    QVERIFY(oracle.waitForStarted(10000));
    oracle.write(QJsonDocument(input).toJson());
    oracle.closeWriteChannel();
    QVERIFY(oracle.waitForFinished(20000));
    QCOMPARE(oracle.exitCode(), 0);
    const QList<QByteArray> expected = oracle.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(expected.size(), ours.size());
    for (qsizetype i = 0; i < ours.size(); ++i)
        QCOMPARE(ours.at(i), expected.at(i));
}

void tst_AkSkSigner::temporaryCredentialsSignTheirToken()
{
    const auto s = AkSkSigner::sign("GET",
        QUrl(u"https://iam.myhuaweicloud.com/v3/projects"_s),
        {},
        {},
        {u"AK"_s, u"SK"_s, u"temporary-token"_s, {}},
        SdkVectorTime);
    QVERIFY(s);
    bool tokenSent = false;
    for (const auto &[n, v] : s->headers)
        tokenSent |= n == "X-Security-Token" && v == "temporary-token";
    QVERIFY(tokenSent);
    QVERIFY(authorizationOf(*s).contains("SignedHeaders=host;x-sdk-date;x-security-token,"));
    QVERIFY(!authorizationOf(*s).contains("SK")); // the secret key is never in a header
}

void tst_AkSkSigner::largeBodiesAreNotSigned()
{
    const AkSkSigner::Credentials c{u"AK"_s, u"SK"_s, {}, {}};
    const QUrl url(u"https://ims.example/v2/images/x/file"_s);
    QVERIFY(AkSkSigner::sign(
        "PUT", url, {}, QByteArray(AkSkSigner::MaxSignedBodyBytes, 'x'), c, SdkVectorTime));
    QVERIFY(!AkSkSigner::sign(
        "PUT", url, {}, QByteArray(AkSkSigner::MaxSignedBodyBytes + 1, 'x'), c, SdkVectorTime));
}

void tst_AkSkSigner::canonicalUriAlwaysEndsWithSlash_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("uri");
    QTest::newRow("root") << u"https://h"_s << QByteArray("/");
    QTest::newRow("plain") << u"https://h/v2/cloudimages/action"_s
                           << QByteArray("/v2/cloudimages/action/");
    QTest::newRow("trailing slash kept once") << u"https://h/v3/"_s << QByteArray("/v3/");
    QTest::newRow("escaped segment") << u"https://h/a b/ü"_s << QByteArray("/a%20b/%C3%BC/");
}

void tst_AkSkSigner::canonicalUriAlwaysEndsWithSlash()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, uri);
    QCOMPARE(AkSkSigner::canonicalUri(QUrl(url)), uri);
}

void tst_AkSkSigner::clockSkewFromDateHeader()
{
    const QDateTime local(QDate(2026, 11, 23), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(AkSkSigner::clockSkewSeconds("Mon, 23 Nov 2026 10:20:00 GMT", local), 1200);
    QCOMPARE(AkSkSigner::clockSkewSeconds("Mon, 23 Nov 2026 09:59:30 GMT", local), -30);
    QVERIFY(!AkSkSigner::clockSkewSeconds("", local));
    QVERIFY(!AkSkSigner::clockSkewSeconds("yesterday", local));
    const qint64 skew = *AkSkSigner::clockSkewSeconds("Mon, 23 Nov 2026 10:20:00 GMT", local);
    QVERIFY(std::abs(skew) > AkSkSigner::MaxClockSkewSeconds); // would be refused: report it
}

QTEST_GUILESS_MAIN(tst_AkSkSigner)
#include "tst_aksksigner.moc"
