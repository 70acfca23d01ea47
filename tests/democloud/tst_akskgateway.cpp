// The demo cloud's AK/SK gateway check (app/democloud/akskgateway.cpp), against values made
// without any of our signing code: the vendor SDK's published vector, and requests signed at
// test time by the Python oracle (tests/fixtures/aksk_oracle.py). Pure: no process, no network.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "akskgateway.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;
using namespace DemoCloud;

namespace {

using H = std::pair<QByteArray, QByteArray>;

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 30, 0), Qt::UTC);

/// One Authorization value from the oracle for a request with these headers (x-sdk-date in
/// them) and body.
QByteArray oracleSign(const QByteArray &method,
    const QString &path,
    const QList<std::pair<QString, QString>> &query,
    const HttpHeaders &headers,
    const QByteArray &body,
    const QString &ak,
    const QString &sk)
{
    QJsonArray q;
    for (const auto &[k, v] : query)
        q.append(QJsonArray{k, v});
    QJsonArray h;
    for (const auto &[n, v] : headers)
        h.append(QJsonArray{QString::fromLatin1(n), QString::fromUtf8(v)});
    const QJsonObject c{{u"method"_s, QString::fromLatin1(method)},
        {u"path"_s, path},
        {u"query"_s, q},
        {u"headers"_s, h},
        {u"body"_s, QString::fromUtf8(body)},
        {u"ak"_s, ak},
        {u"sk"_s, sk}};
    QProcess p;
    p.start(u"/usr/bin/python3"_s, {Fixtures::path(u"aksk_oracle.py"_s)});
    if (!p.waitForStarted(10000))
        return {};
    p.write(QJsonDocument(QJsonArray{c}).toJson());
    p.closeWriteChannel();
    if (!p.waitForFinished(20000))
        return {};
    return p.readAllStandardOutput().trimmed();
}

HttpRequest request(const QByteArray &method,
    const QByteArray &rawPath,
    const QString &rawQuery,
    HttpHeaders headers,
    const QByteArray &body)
{
    HttpRequest r;
    r.method = method;
    r.rawPath = rawPath;
    r.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    r.rawQuery = rawQuery;
    r.query = QUrlQuery(rawQuery);
    r.headers = std::move(headers);
    r.body = body;
    return r;
}

QString codeOf(const AkSkGateway::Result &r)
{
    if (!r.refusal)
        return {};
    return QJsonDocument::fromJson(r.refusal->body).object().value(u"error_code"_s).toString();
}

} // namespace

class tst_AkSkGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vendorVectorThroughTheGatewaySteps();
    void acceptsWhatTheOracleSigns();
    void refusesABadSignatureUnknownKeyAndStaleDate();
    void temporaryKeyNeedsItsSignedToken();
    void refusesBodiesOver12Mb();
};

void tst_AkSkGateway::vendorVectorThroughTheGatewaySteps()
{
    // huaweicloud-sdk-go-v3 core/auth/signer/signer_test.go "test1": GET /path?limit=1, only
    // x-sdk-date signed, AK "AccessKey", SK "SecretKey".
    const QByteArray canonical = "GET\n" + AkSkGateway::canonicalUri("/path") + '\n'
        + AkSkGateway::canonicalQuery(u"limit=1"_s) + "\nx-sdk-date:20060102T150405Z\n\n"
        + "x-sdk-date\n" + AkSkGateway::sha256Hex({});
    const QByteArray toSign =
        "SDK-HMAC-SHA256\n20060102T150405Z\n" + AkSkGateway::sha256Hex(canonical);
    QCOMPARE(AkSkGateway::hmacSha256Hex("SecretKey", toSign),
        QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));
    QCOMPARE(
        AkSkGateway::canonicalUri("/v2/images/a%20b/file"), QByteArray("/v2/images/a%20b/file/"));
    QCOMPARE(AkSkGateway::canonicalQuery(u"name=web%2001&Limit=2&name=app"_s),
        QByteArray("limit=2&name=app&name=web%2001"));
}

void tst_AkSkGateway::acceptsWhatTheOracleSigns()
{
    QVERIFY2(QFile::exists(u"/usr/bin/python3"_s), "Debian's python3 is needed for the oracle");
    const QByteArray body = R"({"name":"web","instance_id":"877a2cda"})";
    HttpHeaders headers{{"Host", "127.0.0.1:8080"},
        {"Content-Type", "application/json"},
        {"X-Sdk-Date", "20261123T093000Z"},
        {"X-Project-Id", "0d9e5ac0d6b14c2a9d0e4c7f5b3a1e21"}};
    const QByteArray auth = oracleSign("POST",
        u"/v2/cloudimages/action"_s,
        {{u"b"_s, u"2"_s}, {u"a"_s, u"x y"_s}},
        headers,
        body,
        u"DEMOACCESSKEYID"_s,
        u"demo-secret-key"_s);
    QVERIFY(auth.startsWith("SDK-HMAC-SHA256 Access=DEMOACCESSKEYID"));
    headers.append(H("Authorization", auth));
    headers.append(H("Accept", "application/json")); // not signed: ignored
    const auto r = AkSkGateway::verify(
        request("POST", "/v2/cloudimages/action", u"b=2&a=x%20y"_s, headers, body),
        Now.addSecs(60),
        {},
        body.size());
    QVERIFY2(r.ok, r.refusal ? r.refusal->body.constData() : "");
}

void tst_AkSkGateway::refusesABadSignatureUnknownKeyAndStaleDate()
{
    HttpHeaders headers{{"Host", "127.0.0.1:8080"}, {"X-Sdk-Date", "20261123T093000Z"}};
    const QByteArray good = oracleSign("GET",
        u"/v3/projects"_s,
        {{u"name"_s, u"demo-1"_s}},
        headers,
        {},
        u"DEMOACCESSKEYID"_s,
        u"demo-secret-key"_s);
    const QByteArray wrongKey = oracleSign("GET",
        u"/v3/projects"_s,
        {{u"name"_s, u"demo-1"_s}},
        headers,
        {},
        u"DEMOACCESSKEYID"_s,
        u"not-the-key"_s);
    const QByteArray unknown = oracleSign("GET",
        u"/v3/projects"_s,
        {{u"name"_s, u"demo-1"_s}},
        headers,
        {},
        u"SOMEONE"_s,
        u"demo-secret-key"_s);
    const auto check = [&](const QByteArray &auth, const QDateTime &now, const QString &query) {
        HttpHeaders h = headers;
        h.append(H("Authorization", auth));
        return AkSkGateway::verify(request("GET", "/v3/projects", query, h, {}), now, {}, 0);
    };
    QVERIFY(check(good, Now, u"name=demo-1"_s).ok);
    QCOMPARE(codeOf(check(wrongKey, Now, u"name=demo-1"_s)), u"APIGW.0301"_s);
    QCOMPARE(codeOf(check(unknown, Now, u"name=demo-1"_s)), u"APIGW.0301"_s);
    QCOMPARE(codeOf(check(good, Now, u"name=demo-2"_s)), u"APIGW.0301"_s); // tampered query
    QCOMPARE(codeOf(check(good, Now.addSecs(16 * 60), u"name=demo-1"_s)), u"APIGW.0303"_s);
    QCOMPARE(check(good, Now.addSecs(16 * 60), u"name=demo-1"_s).refusal->status, 401);
    QVERIFY(check(good, Now.addSecs(14 * 60), u"name=demo-1"_s).ok);
}

void tst_AkSkGateway::temporaryKeyNeedsItsSignedToken()
{
    HttpHeaders headers{{"Host", "127.0.0.1:8080"},
        {"X-Sdk-Date", "20261123T093000Z"},
        {"X-Security-Token", "demo-security-token"}};
    const QByteArray auth = oracleSign("GET",
        u"/v2/images"_s,
        {},
        headers,
        {},
        u"DEMOTEMPACCESSKEY"_s,
        u"demo-temporary-secret-key"_s);
    HttpHeaders h = headers;
    h.append(H("Authorization", auth));
    QVERIFY(AkSkGateway::verify(request("GET", "/v2/images", {}, h, {}), Now, {}, 0).ok);

    // Without the token (and so without it signed): refused.
    HttpHeaders bare{{"Host", "127.0.0.1:8080"}, {"X-Sdk-Date", "20261123T093000Z"}};
    const QByteArray noToken = oracleSign("GET",
        u"/v2/images"_s,
        {},
        bare,
        {},
        u"DEMOTEMPACCESSKEY"_s,
        u"demo-temporary-secret-key"_s);
    bare.append(H("Authorization", noToken));
    QCOMPARE(codeOf(AkSkGateway::verify(request("GET", "/v2/images", {}, bare, {}), Now, {}, 0)),
        u"APIGW.0301"_s);
}

void tst_AkSkGateway::refusesBodiesOver12Mb()
{
    HttpHeaders h{{"X-Sdk-Date", "20261123T093000Z"},
        {"Authorization",
            "SDK-HMAC-SHA256 Access=DEMOACCESSKEYID, SignedHeaders=x-sdk-date, "
            "Signature=00"}};
    const auto r = AkSkGateway::verify(
        request("PUT", "/v2/images/x/file", {}, h, {}), Now, {}, 12LL * 1024 * 1024 + 1);
    QVERIFY(!r.ok);
    QCOMPARE(r.refusal->status, 413);
}

QTEST_GUILESS_MAIN(tst_AkSkGateway)
#include "tst_akskgateway.moc"
