// Secrets never appear in a log line, preview or error text (canary values, debug logging on).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>

#include "logging.h"
#include "net/apierror.h"
#include "net/redact.h"

using namespace Qt::StringLiterals;

namespace {

const QString CanaryPassword = u"canary-pw-7f3a91"_s;
const QByteArray CanaryToken = "gAAAAAcanaryTOKEN0123456789";

QStringList s_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_captured << message;
}

} // namespace

class tst_Redact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sensitiveHeaders_data();
    void sensitiveHeaders();
    void jsonKeysAtAnyDepth();
    void catalogRemoved();
    void urlUserInfoAndTokens();
    void scrubberCatchesRegisteredSecrets();
    void errorTextHasNoSecret();
    void localFailuresAreNeitherTheCloudNorTheProfile();
};

void tst_Redact::sensitiveHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("sensitive");
    for (const char *n : {"X-Auth-Token",
             "x-subject-token",
             "Authorization",
             "X-Security-Token",
             "Cookie",
             "Set-Cookie",
             "Proxy-Authorization",
             "X-Service-Token"})
        QTest::newRow(n) << QByteArray(n) << true;
    QTest::newRow("Content-Type") << QByteArray("Content-Type") << false;
    QTest::newRow("X-Openstack-Request-Id") << QByteArray("X-Openstack-Request-Id") << false;
}

void tst_Redact::sensitiveHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, sensitive);
    QCOMPARE(Redact::isSensitiveHeader(name), sensitive);
    QNetworkRequest req(QUrl(u"https://ims.example/v2"_s));
    req.setRawHeader(name, CanaryToken);
    const QString shown = Redact::headers(req);
    QCOMPARE(shown.contains(QString::fromLatin1(CanaryToken)), !sensitive);
    if (sensitive) {
        QVERIFY(shown.contains(u"{SHA256}"_s)); // comparable across lines, not reversible
        QCOMPARE(Redact::fingerprint(CanaryToken), Redact::fingerprint(CanaryToken));
    }
}

void tst_Redact::jsonKeysAtAnyDepth()
{
    const QJsonObject auth{{u"auth"_s,
        QJsonObject{{u"identity"_s,
            QJsonObject{{u"methods"_s, QJsonArray{u"password"_s}},
                {u"password"_s,
                    QJsonObject{{u"user"_s,
                        QJsonObject{{u"name"_s, u"demo"_s}, {u"password"_s, CanaryPassword}}}}},
                {u"application_credential"_s,
                    QJsonObject{{u"id"_s, u"ac1"_s}, {u"secret"_s, CanaryPassword}}}}}}}};
    const QString text = Redact::body(QJsonDocument(auth).toJson());
    QVERIFY(!text.contains(CanaryPassword));
    QVERIFY(text.contains(u"\"name\":\"demo\""_s)); // everything else stays readable
    QVERIFY(text.contains(u"ac1"_s));
    QVERIFY(Redact::body("not json at all").contains(u"15 bytes"_s));
}

void tst_Redact::catalogRemoved()
{
    const QJsonObject token{{u"token"_s,
        QJsonObject{{u"expires_at"_s, u"2030-01-01T00:00:00Z"_s},
            {u"catalog"_s, QJsonArray{QJsonObject{{u"type"_s, u"image"_s}}}}}}};
    const QString text = Redact::body(QJsonDocument(token).toJson());
    QVERIFY(text.contains(u"<removed>"_s));
    QVERIFY(!text.contains(u"\"image\""_s));
}

void tst_Redact::urlUserInfoAndTokens()
{
    const QUrl u(u"https://user:%1@host/v2/images?token=%2&limit=5"_s.arg(
        CanaryPassword, QString::fromLatin1(CanaryToken)));
    const QString shown = Redact::url(u);
    QVERIFY(!shown.contains(CanaryPassword));
    QVERIFY(!shown.contains(QString::fromLatin1(CanaryToken)));
    QVERIFY(shown.contains(u"limit=5"_s));
}

void tst_Redact::scrubberCatchesRegisteredSecrets()
{
    QLoggingCategory::setFilterRules(u"iw.*.debug=true"_s);
    Logging::registerSecret(CanaryPassword);
    Logging::registerSecret(QString::fromLatin1(CanaryToken));
    Logging::registerSecret(u"abcde"_s); // too short to scrub safely: ignored
    Logging::registerSecret(u"   ab   "_s); // short once trimmed: would eat runs of spaces
    Logging::registerSecret(QString());
    s_captured.clear();
    const auto previous = qInstallMessageHandler(capture);
    Logging::installScrubbingHandler();
    qCDebug(lcNet) << "password is" << CanaryPassword << "token" << CanaryToken;
    qCWarning(lcAuth).noquote() << u"abcde and "_s + CanaryPassword;
    qInstallMessageHandler(previous);
    QCOMPARE(s_captured.size(), 2);
    for (const QString &line : std::as_const(s_captured)) {
        QVERIFY2(!line.contains(CanaryPassword), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromLatin1(CanaryToken)), qPrintable(line));
        QVERIFY(line.contains(u"***"_s));
    }
    QVERIFY(s_captured.at(1).contains(u"abcde and"_s));
    QCOMPARE(Logging::scrub(u"a   ab   b"_s), u"a   ab   b"_s);
}

void tst_Redact::errorTextHasNoSecret()
{
    // An error body that echoes a secret back (some gateways do) is scrubbed before display.
    Logging::registerSecret(CanaryPassword);
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 400;
    ApiError::parseServiceBody(
        QJsonDocument(QJsonObject{{u"error"_s,
                          QJsonObject{{u"code"_s, u"IMG.0003"_s}, {u"message"_s, u"bad name"_s}}}})
            .toJson(),
        &e);
    QCOMPARE(e.serviceCode, u"IMG.0003"_s);
    QCOMPARE(e.message, u"bad name"_s);
    QVERIFY(e.userMessage().contains(u"IMG.0003"_s));
    QVERIFY(e.userMessage().contains(u"bad name"_s));
    const QString shown =
        Redact::body(QJsonDocument(QJsonObject{{u"message"_s, CanaryPassword}}).toJson());
    QVERIFY(!shown.contains(CanaryPassword));
}

void tst_Redact::localFailuresAreNeitherTheCloudNorTheProfile()
{
    // A disk or file failure on this computer was told as "the cloud profile is incomplete"
    // (issue 12, defect 5): each has its own sentence, with the file system's detail.
    const ApiError file = ApiError::make(ApiError::Kind::LocalFile, u"/tmp/x.qcow2: gone"_s);
    const ApiError store = ApiError::make(ApiError::Kind::LocalStorage, u"No space left"_s);
    for (const ApiError &e : {file, store}) {
        QVERIFY2(!e.userMessage().contains(u"profile"_s), qPrintable(e.userMessage()));
        QVERIFY2(!e.userMessage().contains(u"cloud"_s), qPrintable(e.userMessage()));
        QVERIFY2(e.userMessage().contains(e.message), qPrintable(e.userMessage()));
        QVERIFY(!e.outcomeUnknown());
    }
    QVERIFY(file.userMessage() != store.userMessage());
}

QTEST_GUILESS_MAIN(tst_Redact)
#include "tst_redact.moc"
