// IAM temporary keys for OBS (IamTemporaryCredentials): the request (URL, X-Auth-Token, body)
// and the answer from a recorded IAM answer's shape, one fetch shared by concurrent callers,
// renewal before expiry in fake time, refusals passed on; S3Auth signing every attempt with the
// source's current keys.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "logging.h"
#include "net/authprovider.h"
#include "net/restclient.h"
#include "obs/iamtemporarycredentials.h"
#include "obs/s3auth.h"
#include "support/canary.h"

using namespace Qt::StringLiterals;

namespace {

const QDateTime T0(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

/// The shape IAM answers (api "Obtaining a Temporary Access Key and Security Token Through a
/// Token"), with this test's values.
QByteArray recordedAnswer(const QString &access, const QDateTime &expires)
{
    return QJsonDocument(
        QJsonObject{{u"credential"_s,
            QJsonObject{{u"access"_s, access},
                {u"expires_at"_s, expires.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"_s)},
                {u"secret"_s, Canary::secretKey},
                {u"securitytoken"_s, Canary::securityToken}}}})
        .toJson(QJsonDocument::Compact);
}

/// IAM on loopback: answers each request with the next scripted (status, body), records the
/// requests' heads and bodies. One request per connection.
class FakeIam : public QObject
{
public:
    QList<std::pair<int, QByteArray>> script;
    QList<QByteArray> heads;
    QList<QByteArray> bodies;

    FakeIam()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { readFrom(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl authUrl() const { return QUrl(u"http://127.0.0.1:%1/v3"_s.arg(m_server.serverPort())); }

private:
    void readFrom(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        heads << head;
        bodies << buffer.mid(end + 4, length);
        m_buffers.remove(s);
        const auto [status, body] =
            script.isEmpty() ? std::pair<int, QByteArray>{500, "{}"} : script.takeFirst();
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json"
            + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// A Keystone stand-in: always the same token, every origin trusted. A QObject, as RestJob
/// guards its provider.
class FixedToken : public QObject, public AuthProvider
{
public:
    void withToken(QObject *context, TokenCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback("token-of-the-profile", {}); });
    }
    void invalidate(const QByteArray &) override { }
    bool isTrustedOrigin(const QUrl &) const override { return true; }
};

/// Keys that the test changes between calls.
class ScriptedSource : public ObsCredentialSource
{
public:
    SigV4Signer::Credentials current;
    int asked = 0;
    void withCredentials(QObject *context, Callback callback) override
    {
        ++asked;
        QTimer::singleShot(0, context, [this, callback] { callback(current, {}); });
    }
};

struct Got
{
    bool done = false;
    SigV4Signer::Credentials credentials;
    ApiError error;
};

} // namespace

class tst_IamTemporaryCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void securityTokensUrl();
    void parsesTheAnswer();
    void fetchesOnceForConcurrentCallers();
    void renewsBeforeExpiry();
    void refusalIsPassedOn();
    void s3AuthSignsWithTheSourcesKeys();
};

void tst_IamTemporaryCredentials::securityTokensUrl()
{
    QCOMPARE(IamTemporaryCredentials::securityTokensUrl(
                 QUrl(u"https://iam.eu-de.otc.t-systems.com/v3"_s))
                 .toString(),
        u"https://iam.eu-de.otc.t-systems.com/v3.0/OS-CREDENTIAL/securitytokens"_s);
    QCOMPARE(
        IamTemporaryCredentials::securityTokensUrl(QUrl(u"http://127.0.0.1:5000/v3/"_s)).toString(),
        u"http://127.0.0.1:5000/v3.0/OS-CREDENTIAL/securitytokens"_s);
}

void tst_IamTemporaryCredentials::parsesTheAnswer()
{
    QString why;
    const auto key = IamTemporaryKey::fromJson(
        QJsonDocument::fromJson(recordedAnswer(u"AKTEMP1"_s, T0)).object(), &why);
    QVERIFY2(key, qPrintable(why));
    QCOMPARE(key->access, u"AKTEMP1"_s);
    QCOMPARE(key->secret, Canary::secretKey);
    QCOMPARE(key->securityToken, Canary::securityToken);
    QCOMPARE(key->expiresAt, T0);
    QJsonObject broken = QJsonDocument::fromJson(recordedAnswer(u"AK"_s, T0)).object();
    QJsonObject credential = broken[u"credential"_s].toObject();
    credential.remove(u"securitytoken"_s);
    broken[u"credential"_s] = credential;
    QVERIFY(!IamTemporaryKey::fromJson(broken, &why));
    QVERIFY(why.contains(u"securitytoken"_s));
    QVERIFY(!why.contains(Canary::secretKey)); // reasons name fields, never values
}

void tst_IamTemporaryCredentials::fetchesOnceForConcurrentCallers()
{
    FakeIam iam;
    iam.script = {{201, recordedAnswer(u"AKTEMP1"_s, T0.addSecs(3600))}};
    RestClient rest;
    FixedToken keystone;
    IamTemporaryCredentials source(&rest, &keystone, iam.authUrl());
    source.setClock([] { return T0; });
    Got a;
    Got b;
    source.withCredentials(this, [&](const SigV4Signer::Credentials &c, const ApiError &e) {
        a = {true, c, e};
    });
    source.withCredentials(this, [&](const SigV4Signer::Credentials &c, const ApiError &e) {
        b = {true, c, e};
    });
    QTRY_VERIFY(a.done && b.done);
    QVERIFY(!a.error);
    QCOMPARE(a.credentials.accessKey, u"AKTEMP1"_s);
    QCOMPARE(a.credentials.secretKey, Canary::secretKey);
    QCOMPARE(a.credentials.sessionToken, Canary::securityToken);
    QCOMPARE(b.credentials.accessKey, u"AKTEMP1"_s);
    QCOMPARE(iam.heads.size(), 1);
    QCOMPARE(source.fetchCount(), 1);
    const QByteArray head = iam.heads.first();
    QVERIFY2(head.startsWith("POST /v3.0/OS-CREDENTIAL/securitytokens HTTP/1.1"), head.constData());
    QVERIFY(head.toLower().contains("x-auth-token: token-of-the-profile"));
    const QJsonObject identity =
        QJsonDocument::fromJson(iam.bodies.first()).object()[u"auth"_s][u"identity"_s].toObject();
    QCOMPARE(identity[u"methods"_s].toArray(), QJsonArray{u"token"_s});
    QCOMPARE(identity[u"token"_s][u"duration_seconds"_s].toInt(), 3600);
    // The held secrets are scrubbed from logs.
    QCOMPARE(Logging::scrub(u"x "_s + Canary::securityToken), u"x ***"_s);
}

void tst_IamTemporaryCredentials::renewsBeforeExpiry()
{
    FakeIam iam;
    iam.script = {{201, recordedAnswer(u"AKTEMP1"_s, T0.addSecs(900))},
        {201, recordedAnswer(u"AKTEMP2"_s, T0.addSecs(1800))}};
    RestClient rest;
    FixedToken keystone;
    IamTemporaryCredentials source(&rest, &keystone, iam.authUrl());
    source.setDuration(900, 120);
    QDateTime now = T0;
    source.setClock([&now] { return now; });
    const auto ask = [&] {
        Got got;
        source.withCredentials(this, [&](const SigV4Signer::Credentials &c, const ApiError &e) {
            got = {true, c, e};
        });
        if (!QTest::qWaitFor([&] { return got.done; }, 10000))
            qWarning("no answer");
        return got;
    };
    QCOMPARE(ask().credentials.accessKey, u"AKTEMP1"_s);
    now = T0.addSecs(900 - 121); // still more than the margin left: the same keys, no request
    QCOMPARE(ask().credentials.accessKey, u"AKTEMP1"_s);
    QCOMPARE(iam.heads.size(), 1);
    now = T0.addSecs(900 - 119); // within the margin: renewed
    QCOMPARE(ask().credentials.accessKey, u"AKTEMP2"_s);
    QCOMPARE(iam.heads.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(iam.bodies.last())
                 .object()[u"auth"_s][u"identity"_s][u"token"_s][u"duration_seconds"_s]
                 .toInt(),
        900);
}

void tst_IamTemporaryCredentials::refusalIsPassedOn()
{
    FakeIam iam;
    iam.script = {{403,
        R"({"error": {"code": "IAM.0094", "message": "The token cannot be used to obtain temporary keys."}})"}};
    RestClient rest;
    FixedToken keystone;
    IamTemporaryCredentials source(&rest, &keystone, iam.authUrl());
    Got got;
    source.withCredentials(this, [&](const SigV4Signer::Credentials &c, const ApiError &e) {
        got = {true, c, e};
    });
    QTRY_VERIFY(got.done);
    QCOMPARE(got.error.kind, ApiError::Kind::Http);
    QCOMPARE(got.error.httpStatus, 403);
    QVERIFY(got.credentials.secretKey.isEmpty());
    // An answer without the keys is not understood.
    iam.script = {{201, R"({"credential": {"access": "AK"}})"}};
    got = {};
    source.withCredentials(this, [&](const SigV4Signer::Credentials &c, const ApiError &e) {
        got = {true, c, e};
    });
    QTRY_VERIFY(got.done);
    QCOMPARE(got.error.kind, ApiError::Kind::InvalidResponse);
}

void tst_IamTemporaryCredentials::s3AuthSignsWithTheSourcesKeys()
{
    S3Auth auth(QUrl(u"http://127.0.0.1:9"_s), u"demo-1"_s, {});
    ScriptedSource source;
    source.current = {u"AKFIRST"_s, u"secret-1"_s, u"token-1"_s};
    auth.setCredentialSource(&source);
    const auto signOnce = [&] {
        bool done = false;
        auth.withToken(this, [&](const QByteArray &, const ApiError &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning("no answer");
        QNetworkRequest request(QUrl(u"http://127.0.0.1:9/bucket/key"_s));
        auth.signRequest("GET", request, {}, 0);
        return request;
    };
    QNetworkRequest first = signOnce();
    QVERIFY(first.rawHeader("Authorization").contains("Credential=AKFIRST/"));
    QCOMPARE(first.rawHeader("x-amz-security-token"), "token-1");
    source.current = {u"AKSECOND"_s, u"secret-2"_s, u"token-2"_s}; // renewed meanwhile
    QNetworkRequest second = signOnce();
    QVERIFY(second.rawHeader("Authorization").contains("Credential=AKSECOND/"));
    QCOMPARE(second.rawHeader("x-amz-security-token"), "token-2");
    QCOMPARE(source.asked, 2); // asked before every attempt
}

QTEST_GUILESS_MAIN(tst_IamTemporaryCredentials)
#include "tst_iamtemporarycredentials.moc"
