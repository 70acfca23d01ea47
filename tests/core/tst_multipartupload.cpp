// MultipartUpload against a scripted S3 server on loopback: every part with a correct
// Content-MD5, retries with backoff on 503 and after a wrong ETag, giving up after maxAttempts,
// no retry on a refusal, resume sending only what the server lacks (a part the state did not
// record is checked against the file), a changed file refused, cancel aborting on the server.
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "net/restclient.h"
#include "obs/multipartupload.h"
#include "obs/s3auth.h"
#include "obs/s3client.h"
#include "support/canary.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

/// A tiny S3 multipart server: one request per connection, answers then closes.
class FakeS3 : public QObject
{
public:
    QMap<int, QByteArray> parts; // stored part bodies
    QMap<int, QByteArray> etags; // the ETag answered for each stored part
    QMap<int, int> attempts;     // PUTs per part number
    QMap<int, int> failWith;     // part -> HTTP status to answer (while failTimes > 0)
    QMap<int, int> failTimes;
    QSet<int> wrongEtagOnce;
    bool kms = false; // an SSE-KMS bucket: ETags that are not MD5s, and the header that says so
    QList<QByteArray> methods; // "PUT 3", "POST uploads", "GET parts", "POST complete", ...
    QByteArray assembled;
    bool badMd5Seen = false;
    int maxConcurrentPuts = 0;

    FakeS3()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { readFrom(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    /// The ETag a part gets: its MD5, or in an SSE-KMS bucket something else (here a SHA-1).
    QByteArray etagFor(const QByteArray &body) const
    {
        return kms ? QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(32)
                   : QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    }

private:
    struct Pending
    {
        QByteArray buffer;
        QByteArray head;
        qint64 length = -1;
        bool continued = false;
        bool counted = false;
    };

    void readFrom(QTcpSocket *s)
    {
        Pending &p = m_pending[s];
        p.buffer += s->readAll();
        if (p.length < 0) {
            const qsizetype end = p.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            p.head = p.buffer.left(end);
            p.buffer.remove(0, end + 4);
            p.length = header(p.head, "content-length").toLongLong();
            if (p.head.startsWith("PUT ")) {
                p.counted = true;
                maxConcurrentPuts = std::max(maxConcurrentPuts, ++m_puts);
            }
            if (header(p.head, "expect").toLower() == "100-continue" && !p.continued) {
                p.continued = true;
                s->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
        if (p.buffer.size() < p.length)
            return;
        const Pending done = m_pending.take(s);
        if (done.counted)
            --m_puts;
        answer(s, done.head, done.buffer.left(done.length));
    }

    static QByteArray header(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    void reply(QTcpSocket *s, int status, const QByteArray &body, const QByteArray &extra = {})
    {
        s->write("HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n" + extra + "\r\n" + body);
        s->disconnectFromHost();
    }

    void answer(QTcpSocket *s, const QByteArray &head, const QByteArray &body)
    {
        const QByteArrayList first = head.left(head.indexOf('\r')).split(' ');
        const QByteArray method = first.value(0);
        const QUrl target(QString::fromLatin1(first.value(1)));
        const QUrlQuery query(target);
        if (header(head, "authorization").isEmpty()
            || header(head, "x-amz-security-token") != Canary::securityToken.toUtf8())
            return reply(
                s, 403, "<Error><Code>AccessDenied</Code><Message>unsigned</Message></Error>");
        if (method == "POST" && query.hasQueryItem(u"uploads"_s)) {
            methods << "POST uploads";
            return reply(s,
                200,
                "<InitiateMultipartUploadResult><UploadId>up-1</UploadId></"
                "InitiateMultipartUploadResult>");
        }
        if (method == "PUT" && query.hasQueryItem(u"partNumber"_s)) {
            const int n = query.queryItemValue(u"partNumber"_s).toInt();
            methods << "PUT " + QByteArray::number(n);
            ++attempts[n];
            const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5);
            if (header(head, "content-md5") != md5.toBase64()) {
                badMd5Seen = true;
                return reply(s, 400, "<Error><Code>BadDigest</Code><Message>md5</Message></Error>");
            }
            if (failTimes.value(n) > 0) {
                --failTimes[n];
                return reply(s,
                    failWith.value(n),
                    "<Error><Code>Scripted</Code><Message>scripted failure</Message></Error>");
            }
            parts[n] = body;
            etags[n] = etagFor(body);
            if (wrongEtagOnce.remove(n))
                etags[n] = QByteArray(32, '0');
            return reply(s,
                200,
                {},
                "ETag: \"" + etags[n] + "\"\r\n"
                    + (kms ? "x-amz-server-side-encryption: aws:kms\r\n" : ""));
        }
        if (method == "GET" && query.hasQueryItem(u"uploadId"_s)) {
            methods << "GET parts";
            QByteArray xml = "<ListPartsResult><IsTruncated>false</IsTruncated>";
            for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
                xml += "<Part><PartNumber>" + QByteArray::number(it.key()) + "</PartNumber><ETag>\""
                    + etags.value(it.key(), etagFor(it.value())) + "\"</ETag><Size>"
                    + QByteArray::number(it.value().size()) + "</Size></Part>";
            }
            return reply(s, 200, xml + "</ListPartsResult>");
        }
        if (method == "POST" && query.hasQueryItem(u"uploadId"_s)) {
            methods << "POST complete";
            QByteArray md5s;
            assembled.clear();
            for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
                if (!body.contains(QByteArray(
                        "<PartNumber>" + QByteArray::number(it.key()) + "</PartNumber>")))
                    continue;
                // As S3, OBS and Swift: each part named by the ETag its upload answered.
                const QByteArray named =
                    "<PartNumber>" + QByteArray::number(it.key()) + "</PartNumber><ETag>";
                const QByteArray etag = etags.value(it.key(), etagFor(it.value()));
                if (!body.contains(QByteArray(named + "&quot;" + etag + "&quot;</ETag>"))
                    && !body.contains(QByteArray(named + '"' + etag + "\"</ETag>")))
                    return reply(s,
                        400,
                        "<Error><Code>InvalidPart</Code><Message>part "
                            + QByteArray::number(it.key()) + "</Message></Error>");
                assembled += it.value();
                md5s += QCryptographicHash::hash(it.value(), QCryptographicHash::Md5);
            }
            const QByteArray etag =
                (kms ? QByteArray("0123456789abcdef0123456789abcdef")
                     : QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex())
                + '-' + QByteArray::number(parts.size());
            return reply(s,
                200,
                "<CompleteMultipartUploadResult><ETag>\"" + etag
                    + "\"</ETag></CompleteMultipartUploadResult>");
        }
        if (method == "DELETE") {
            methods << "DELETE";
            return reply(s, 204, {});
        }
        reply(s, 400, "<Error><Code>Unexpected</Code><Message>unexpected</Message></Error>");
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, Pending> m_pending;
    int m_puts = 0;
};

} // namespace

class tst_MultipartUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void uploadsEveryPartWithItsMd5();
    void retriesA503WithBackoff();
    void resendsAPartWithAWrongEtag();
    void kmsBucketEtagsAreNotMd5s();
    void givesUpAfterMaxAttempts();
    void refusalIsNotRetried();
    void resumeSendsOnlyMissingParts();
    void kmsResumeKeepsTheRecordedParts();
    void resumeRefusesAChangedFile();
    void cancelAbortsOnTheServer();

private:
    MultipartUpload *makeUpload(int parallel = 3);
    /// What a first run of the test file's upload (id up-1, 5 MiB parts) left to resume, with
    /// no part recorded yet.
    UploadState firstRunState() const;
    ApiError runToEnd(MultipartUpload *upload);

    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_bytes;
    FakeS3 *m_server = nullptr;
    RestClient *m_rest = nullptr;
    S3Auth *m_auth = nullptr;
    S3Client *m_client = nullptr;
};

void tst_MultipartUpload::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"disk.raw"_s);
    m_bytes.resize(22 * MiB + 123); // 5 parts of 5 MiB
    QRandomGenerator(14).fillRange(reinterpret_cast<quint32 *>(m_bytes.data()), m_bytes.size() / 4);
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(m_bytes), m_bytes.size());
}

void tst_MultipartUpload::init()
{
    m_server = new FakeS3;
    m_rest = new RestClient;
    // Canary secrets: tests/canary/check.sh fails the suite if they reach any log or file.
    m_auth = new S3Auth(
        m_server->url(), u"us-east-1"_s, {u"AK"_s, Canary::secretKey, Canary::securityToken});
    m_client = new S3Client(m_rest, m_auth, S3Client::Addressing::PathStyle);
}

void tst_MultipartUpload::cleanup()
{
    delete m_client;
    delete m_auth;
    delete m_rest;
    delete m_server;
}

MultipartUpload *tst_MultipartUpload::makeUpload(int parallel)
{
    MultipartUpload::Options o;
    o.parallel = parallel;
    o.partSize = 5 * MiB;
    o.maxAttempts = 3;
    o.backoff = RetryPolicy{3,
        std::chrono::milliseconds(5),
        std::chrono::milliseconds(20),
        std::chrono::milliseconds(1000)};
    return new MultipartUpload(m_client, o, m_client);
}

UploadState tst_MultipartUpload::firstRunState() const
{
    UploadState state;
    state.bucket = u"b"_s;
    state.key = u"disk.raw"_s;
    state.uploadId = u"up-1"_s;
    state.filePath = m_file;
    state.fileSize = m_bytes.size();
    state.fileModified = QFileInfo(m_file).lastModified().toUTC();
    state.partSize = 5 * MiB;
    return state;
}

ApiError tst_MultipartUpload::runToEnd(MultipartUpload *upload)
{
    QSignalSpy finished(upload, &MultipartUpload::finished);
    if (finished.isEmpty() && !finished.wait(60000))
        return ApiError::make(ApiError::Kind::Timeout, u"no finished() within 60 s"_s);
    [&] { QCOMPARE(finished.count(), 1); }();
    return finished.at(0).at(0).value<ApiError>();
}

void tst_MultipartUpload::uploadsEveryPartWithItsMd5()
{
    MultipartUpload *upload = makeUpload();
    QSignalSpy states(upload, &MultipartUpload::stateChanged);
    upload->start(m_file, u"b"_s, u"dir/disk.raw"_s);
    const ApiError e = runToEnd(upload);
    QVERIFY2(!e, qPrintable(e.userMessage()));
    QCOMPARE(upload->plan().partCount(), 5);
    QCOMPARE(upload->partsSent(), 5);
    QCOMPARE(upload->partsResent(), 0);
    QVERIFY(!m_server->badMd5Seen);
    QCOMPARE(m_server->assembled, m_bytes); // the object's bytes are the file's
    QVERIFY(upload->result().etag.endsWith(u"-5"_s));
    QCOMPARE(states.count(), 6); // the upload id, then each part
    QVERIFY(m_server->maxConcurrentPuts >= 1 && m_server->maxConcurrentPuts <= 3);
    QCOMPARE(m_server->methods.constFirst(), QByteArray("POST uploads"));
    QCOMPARE(m_server->methods.constLast(), QByteArray("POST complete"));
}

void tst_MultipartUpload::retriesA503WithBackoff()
{
    m_server->failWith[2] = 503;
    m_server->failTimes[2] = 2;
    MultipartUpload *upload = makeUpload();
    upload->start(m_file, u"b"_s, u"disk.raw"_s);
    const ApiError e = runToEnd(upload);
    QVERIFY2(!e, qPrintable(e.userMessage()));
    QCOMPARE(m_server->attempts.value(2), 3);
    QCOMPARE(upload->partsResent(), 2);
    QCOMPARE(m_server->assembled, m_bytes);
}

void tst_MultipartUpload::resendsAPartWithAWrongEtag()
{
    m_server->wrongEtagOnce = {3};
    MultipartUpload *upload = makeUpload();
    upload->start(m_file, u"b"_s, u"disk.raw"_s);
    const ApiError e = runToEnd(upload);
    QVERIFY2(!e, qPrintable(e.userMessage()));
    QCOMPARE(m_server->attempts.value(3), 2);
    QCOMPARE(upload->partsResent(), 1);
    QCOMPARE(m_server->assembled, m_bytes);
}

void tst_MultipartUpload::kmsBucketEtagsAreNotMd5s()
{
    // SSE-KMS: every part's ETag differs from its MD5 and the object's from the MD5 of MD5s;
    // the server checked each Content-MD5, so each part is sent once and the upload ends.
    m_server->kms = true;
    MultipartUpload *upload = makeUpload();
    upload->start(m_file, u"b"_s, u"disk.raw"_s);
    const ApiError e = runToEnd(upload);
    QVERIFY2(!e, qPrintable(e.userMessage()));
    for (auto it = m_server->attempts.cbegin(); it != m_server->attempts.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(upload->partsResent(), 0);
    QVERIFY(upload->result().etag.startsWith(u"0123456789abcdef"_s));
    QCOMPARE(m_server->assembled, m_bytes);
    QVERIFY(!m_server->badMd5Seen);
}

void tst_MultipartUpload::givesUpAfterMaxAttempts()
{
    m_server->failWith[1] = 500;
    m_server->failTimes[1] = 100;
    MultipartUpload *upload = makeUpload();
    QSignalSpy states(upload, &MultipartUpload::stateChanged);
    upload->start(m_file, u"b"_s, u"disk.raw"_s);
    const ApiError e = runToEnd(upload);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 500);
    QCOMPARE(e.serviceCode, u"Scripted"_s);
    QCOMPARE(m_server->attempts.value(1), 3);
    QVERIFY(!m_server->methods.contains("POST complete"));
    QVERIFY(!m_server->methods.contains("DELETE")); // kept for a resume
    QCOMPARE(upload->state().uploadId, u"up-1"_s);
}

void tst_MultipartUpload::refusalIsNotRetried()
{
    m_server->failWith[4] = 403;
    m_server->failTimes[4] = 1;
    MultipartUpload *upload = makeUpload(1);
    upload->start(m_file, u"b"_s, u"disk.raw"_s);
    const ApiError e = runToEnd(upload);
    QCOMPARE(e.httpStatus, 403);
    QCOMPARE(m_server->attempts.value(4), 1);
    QCOMPARE(upload->state().confirmed.size(), 3); // parts 1-3, one at a time
}

void tst_MultipartUpload::resumeSendsOnlyMissingParts()
{
    // A first run stored parts 1-3 at the server; its state recorded 1 and 2 only (killed
    // before it could save 3).
    const MultipartPlan plan(m_bytes.size(), 5 * MiB);
    UploadState state = firstRunState();
    for (int n = 1; n <= 3; ++n) {
        const QByteArray part = m_bytes.mid(plan.offsetOf(n), plan.sizeOf(n));
        m_server->parts[n] = part;
        if (n < 3)
            state.confirmed.insert(n, QCryptographicHash::hash(part, QCryptographicHash::Md5));
    }
    m_server->parts[5] = "not the file's bytes"; // a wrong part 5 is sent again
    MultipartUpload *upload = makeUpload();
    QSignalSpy resumed(upload, &MultipartUpload::resumed);
    upload->resume(state);
    const ApiError e = runToEnd(upload);
    QVERIFY2(!e, qPrintable(e.userMessage()));
    QCOMPARE(resumed.count(), 1);
    QCOMPARE(resumed.at(0).at(0).toInt(), 3);
    QCOMPARE(upload->partsFoundOnServer(), 3);
    QCOMPARE(upload->partsSent(), 2);
    QCOMPARE(m_server->attempts.keys(), QList<int>({4, 5}));
    QCOMPARE(m_server->methods.constFirst(), QByteArray("GET parts"));
    QCOMPARE(m_server->assembled, m_bytes);
}

void tst_MultipartUpload::kmsResumeKeepsTheRecordedParts()
{
    // An SSE-KMS bucket: a first run stored parts 1-3 and recorded 1 and 2 with the ETags the
    // server answered (not MD5s). The resume keeps 1 and 2 by those ETags; 3, unrecorded, has
    // no MD5 to be checked by and is sent again, as are 4 and 5; Complete names every part by
    // its server ETag.
    m_server->kms = true;
    const MultipartPlan plan(m_bytes.size(), 5 * MiB);
    UploadState state = firstRunState();
    for (int n = 1; n <= 3; ++n) {
        const QByteArray part = m_bytes.mid(plan.offsetOf(n), plan.sizeOf(n));
        m_server->parts[n] = part;
        const QByteArray etag = m_server->etagFor(part);
        m_server->etags[n] = etag;
        if (n < 3)
            state.confirm(n,
                QCryptographicHash::hash(part, QCryptographicHash::Md5),
                QString::fromLatin1(etag));
    }
    MultipartUpload *upload = makeUpload();
    upload->resume(state);
    const ApiError e = runToEnd(upload);
    QVERIFY2(!e, qPrintable(e.userMessage()));
    QCOMPARE(upload->partsFoundOnServer(), 2);
    QCOMPARE(m_server->attempts.keys(), QList<int>({3, 4, 5}));
    QVERIFY(m_server->methods.contains("POST complete"));
    QCOMPARE(m_server->assembled, m_bytes);
    QCOMPARE(upload->state().opaqueEtags.size(), 5);
}

void tst_MultipartUpload::resumeRefusesAChangedFile()
{
    UploadState state = firstRunState();
    state.fileSize = m_bytes.size() - 1;
    MultipartUpload *upload = makeUpload();
    upload->resume(state);
    const ApiError e = runToEnd(upload);
    QCOMPARE(e.kind, ApiError::Kind::LocalFile);
    QVERIFY2(e.message.contains(u"has changed since"_s), qPrintable(e.message));
    QVERIFY(m_server->methods.isEmpty()); // nothing sent
}

void tst_MultipartUpload::cancelAbortsOnTheServer()
{
    m_server->failWith[1] = 503;
    m_server->failTimes[1] = 100; // keeps the upload busy retrying
    MultipartUpload *upload = makeUpload(1);
    QSignalSpy states(upload, &MultipartUpload::stateChanged);
    upload->start(m_file, u"b"_s, u"disk.raw"_s);
    QTRY_VERIFY(m_server->attempts.value(1) >= 1);
    upload->cancel(true);
    const ApiError e = runToEnd(upload);
    QCOMPARE(e.kind, ApiError::Kind::Aborted);
    QVERIFY(m_server->methods.contains("DELETE"));
    QVERIFY(!m_server->methods.contains("POST complete"));
}

QTEST_GUILESS_MAIN(tst_MultipartUpload)
#include "tst_multipartupload.moc"
