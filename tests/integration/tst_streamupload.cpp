// StreamUpload, the Glance PUT's own connection, against the demo cloud process and against
// small in-process servers that misbehave on purpose: the bytes arrive intact with the right
// digests (client and cloud agree), a 401 is answered and RestJob re-authenticates once and
// sends the whole file again, a dropped connection and an early answer end cleanly, an idle
// server times out, abort() and a device closed mid-way end as cancelled.
#include <QCryptographicHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "net/streamupload.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "upload/digestpipeline.h"
#include "upload/uploadsource.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

QByteArray patterned(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 13 + i / 4099) & 0xff);
    return data;
}

QString hex(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

/// A server that accepts one connection and then does what `onData` says with what arrives.
class TinyServer : public QObject
{
public:
    std::function<void(QTcpSocket *, const QByteArray &received)> onData;
    QByteArray received;

    TinyServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                if (m_paused)
                    return; // the socket's 1-byte buffer stays full: TCP holds the client
                received += socket->readAll();
                if (onData)
                    onData(socket, received);
            });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(u"http://127.0.0.1:%1/v2/images/x/file"_s.arg(m_server.serverPort()));
    }
    /// Stops reading (the client's writes then fill the socket buffers and stall).
    void pauseReading()
    {
        m_paused = true;
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->setReadBufferSize(1);
    }

private:
    QTcpServer m_server;
    bool m_paused = false;
};

} // namespace

class tst_StreamUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void bytesArriveIntactWithTheirDigests();
    void unauthorizedIsAnAnswer();
    void restJobReauthenticatesOnceAndResendsTheWholeFile();
    void droppedConnectionIsConnectionLost();
    void earlyAnswerStopsSending();
    void serverWithoutContinueGetsTheBodyAnyway();
    void chunkedAnswerIsRead();
    void idleServerTimesOut();
    void refusedConnectionFails();
    void abortEndsAsCancelled();
    void closingTheDeviceMidwayEndsCleanly();

private:
    QString writeFile(qsizetype size, QByteArray *data = nullptr);
    QString createImage();
    StreamUpload::Headers headers() const;

    DemoCloudProcess m_demo;
    TestDir m_dir;
    QString m_token;
    int m_files = 0;
};

void tst_StreamUpload::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
    m_token = m_demo.token();
    QVERIFY(!m_token.isEmpty());
}

void tst_StreamUpload::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
}

QString tst_StreamUpload::writeFile(qsizetype size, QByteArray *data)
{
    const QByteArray bytes = patterned(size);
    QFile f(m_dir.filePath(u"file%1.raw"_s.arg(++m_files)));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("could not write the test file");
    if (data)
        *data = bytes;
    return f.fileName();
}

QString tst_StreamUpload::createImage()
{
    const auto created = m_demo.post(u"/v2/images"_s,
        {{u"name"_s, u"stream-test"_s},
            {u"disk_format"_s, u"raw"_s},
            {u"container_format"_s, u"bare"_s}},
        m_token);
    return created.object().value(u"id"_s).toString();
}

StreamUpload::Headers tst_StreamUpload::headers() const
{
    return {{"Content-Type", "application/octet-stream"}, {"X-Auth-Token", m_token.toLatin1()}};
}

void tst_StreamUpload::bytesArriveIntactWithTheirDigests()
{
    // Several blocks and a ragged end.
    QByteArray data;
    const QString path = writeFile(3 * UploadSource::BlockSize + 12345, &data);
    const QString id = createImage();
    UploadSource source(path, {u"md5"_s, u"sha512"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    QSignalSpy progress(&upload, &StreamUpload::progress);
    upload.start(m_demo.url(u"/v2/images/%1/file"_s.arg(id)), "PUT", headers(), &source, {});
    QVERIFY(upload.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY2(!upload.error(), qPrintable(upload.error().userMessage()));
    QCOMPARE(upload.status(), 204);
    QCOMPARE(upload.bytesSent(), data.size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), data.size());
    QCOMPARE(progress.constLast().at(1).toLongLong(), data.size());

    QVERIFY(source.digests()->waitForComplete(10000));
    QVERIFY(source.digestsValid());
    const auto digests = source.digests()->results();
    QCOMPARE(digests.value(u"md5"_s), hex(data, QCryptographicHash::Md5));
    QCOMPARE(digests.value(u"sha512"_s), hex(data, QCryptographicHash::Sha512));
    const QJsonObject image = m_demo.get(u"/v2/images/"_s + id, m_token).object();
    QCOMPARE(image.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.value(u"size"_s).toInteger(), data.size());
    QCOMPARE(image.value(u"checksum"_s).toString(), hex(data, QCryptographicHash::Md5));
    QCOMPARE(image.value(u"os_hash_value"_s).toString(), hex(data, QCryptographicHash::Sha512));
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 1);
}

void tst_StreamUpload::unauthorizedIsAnAnswer()
{
    const QString path = writeFile(1024 * 1024);
    const QString id = createImage();
    UploadSource source(path, {u"md5"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    StreamUpload::Headers h = {
        {"Content-Type", "application/octet-stream"}, {"X-Auth-Token", "not-a-token"}};
    upload.start(m_demo.url(u"/v2/images/%1/file"_s.arg(id)), "PUT", h, &source, {});
    QVERIFY(finished.wait(15000));
    QVERIFY(!upload.error()); // an answer: RestJob decides what a 401 means
    QCOMPARE(upload.status(), 401);
    QVERIFY(!upload.body().isEmpty());
    QCOMPARE(m_demo.get(u"/v2/images/"_s + id, m_token).object().value(u"status"_s).toString(),
        u"queued"_s);
}

void tst_StreamUpload::restJobReauthenticatesOnceAndResendsTheWholeFile()
{
    QByteArray data;
    const QString path = writeFile(2 * UploadSource::BlockSize + 99, &data);
    const QString id = createImage();
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, u"/v2/images/"_s},
        {u"kind"_s, u"status"_s},
        {u"status"_s, 401},
        {u"count"_s, 1}});
    RestClient client;
    QVERIFY(client.options().streamUploads);
    CloudSession session(&client, CloudProfile::demo(m_demo.authUrl()));
    session.auth()->setPassword(u"demo"_s);
    UploadSource source(path, {u"md5"_s, u"sha512"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    RestJob *job = session.uploadGlanceImage(id, &source, this);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &RestJob::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(!job->error(), qPrintable(job->error().userMessage()));
    QCOMPARE(job->httpStatus(), 204);
    QVERIFY(job->reauthenticated());
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 2);
    // The digests describe the second, whole pass, and match the cloud's.
    QVERIFY(source.digests()->waitForComplete(10000));
    QVERIFY(source.digestsValid());
    QCOMPARE(source.digests()->results().value(u"md5"_s), hex(data, QCryptographicHash::Md5));
    const QJsonObject image = m_demo.get(u"/v2/images/"_s + id, m_token).object();
    QCOMPARE(image.value(u"checksum"_s).toString(), hex(data, QCryptographicHash::Md5));
    QCOMPARE(image.value(u"size"_s).toInteger(), data.size());
    delete job;
}

void tst_StreamUpload::droppedConnectionIsConnectionLost()
{
    const QString path = writeFile(2 * 1024 * 1024);
    const QString id = createImage();
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, u"/v2/images/"_s},
        {u"kind"_s, u"drop"_s},
        {u"count"_s, 1}});
    UploadSource source(path, {u"md5"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    upload.start(m_demo.url(u"/v2/images/%1/file"_s.arg(id)), "PUT", headers(), &source, {});
    QVERIFY(finished.wait(15000));
    QCOMPARE(upload.error().kind, ApiError::Kind::ConnectionLost);
    QCOMPARE(upload.status(), 0);
    QCOMPARE(finished.size(), 1);
}

void tst_StreamUpload::earlyAnswerStopsSending()
{
    // A server that refuses as soon as it has the head, without "100 Continue", and closes.
    TinyServer server;
    server.onData = [](QTcpSocket *socket, const QByteArray &received) {
        if (!received.contains("\r\n\r\n") || socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        socket->write("HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: application/json\r\n"
                      "Content-Length: 19\r\nConnection: close\r\n\r\n{\"error\":\"too big\"}");
        socket->disconnectFromHost();
    };
    const QString path = writeFile(3 * UploadSource::BlockSize);
    UploadSource source(path, {});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    upload.start(server.url(), "PUT", headers(), &source, {});
    QVERIFY(finished.wait(15000));
    QVERIFY(!upload.error());
    QCOMPARE(upload.status(), 413);
    QCOMPARE(upload.body(), "{\"error\":\"too big\"}"_ba);
    QVERIFY(upload.bytesSent() < source.size()); // the file was not sent for nothing
    QVERIFY(server.received.startsWith("PUT /v2/images/x/file HTTP/1.1\r\n"));
    QVERIFY(server.received.contains("\r\nExpect: 100-continue\r\n"));
    QVERIFY(server.received.contains(
        "\r\nContent-Length: %1\r\n"_ba.replace("%1", QByteArray::number(source.size()))));
}

void tst_StreamUpload::serverWithoutContinueGetsTheBodyAnyway()
{
    QByteArray data;
    const QString path = writeFile(300 * 1024, &data);
    TinyServer server;
    qsizetype bodyStart = -1;
    server.onData = [&](QTcpSocket *socket, const QByteArray &received) {
        if (bodyStart < 0 && received.contains("\r\n\r\n"))
            bodyStart = received.indexOf("\r\n\r\n") + 4;
        if (bodyStart >= 0 && received.size() - bodyStart == data.size())
            socket->write("HTTP/1.1 204 No Content\r\n\r\n");
    };
    UploadSource source(path, {});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    StreamUpload::Options options;
    options.expectContinueWait = 200ms;
    upload.start(server.url(), "PUT", headers(), &source, options);
    QVERIFY(finished.wait(15000));
    QVERIFY2(!upload.error(), qPrintable(upload.error().userMessage()));
    QCOMPARE(upload.status(), 204);
    QCOMPARE(server.received.mid(bodyStart), data);
}

void tst_StreamUpload::chunkedAnswerIsRead()
{
    TinyServer server;
    server.onData = [](QTcpSocket *socket, const QByteArray &received) {
        if (!received.endsWith("abc"))
            return;
        socket->write("HTTP/1.1 100 Continue\r\n\r\n"
                      "HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n"
                      "X-Openstack-Request-Id: req-1\r\n\r\n"
                      "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n");
    };
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("abc");
    file.flush();
    QFile device(file.fileName());
    QVERIFY(device.open(QIODevice::ReadOnly)); // a plain QIODevice, not a StreamBody
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    StreamUpload::Options options;
    options.expectContinueWait = 50ms;
    upload.start(server.url(), "PUT", headers(), &device, options);
    QVERIFY(finished.wait(15000));
    QVERIFY(!upload.error());
    QCOMPARE(upload.status(), 400);
    QCOMPARE(upload.body(), "hello, world"_ba);
    bool found = false;
    for (const auto &[name, value] : upload.headers())
        found = found || (name == "X-Openstack-Request-Id" && value == "req-1");
    QVERIFY(found);
}

void tst_StreamUpload::idleServerTimesOut()
{
    TinyServer server;
    server.onData = [&server](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("\r\n\r\n") && !socket->property("continued").toBool()) {
            socket->setProperty("continued", true);
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            server.pauseReading(); // then never reads again
        }
    };
    const QString path = writeFile(64 * 1024 * 1024);
    UploadSource source(path, {});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    StreamUpload::Options options;
    options.idleTimeout = 500ms;
    upload.start(server.url(), "PUT", headers(), &source, options);
    QVERIFY(finished.wait(30000));
    QCOMPARE(upload.error().kind, ApiError::Kind::Timeout);
    QVERIFY(upload.bytesSent() < source.size());
}

void tst_StreamUpload::refusedConnectionFails()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port nothing listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QString path = writeFile(1000);
    UploadSource source(path, {});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    upload.start(
        QUrl(u"http://127.0.0.1:%1/v2/images/x/file"_s.arg(port)), "PUT", headers(), &source, {});
    QVERIFY(finished.wait(15000));
    QCOMPARE(upload.error().kind, ApiError::Kind::ConnectionFailed);
    QCOMPARE(upload.bytesSent(), 0);
}

void tst_StreamUpload::abortEndsAsCancelled()
{
    const QString path = writeFile(24 * 1024 * 1024);
    const QString id = createImage();
    UploadSource source(path, {u"md5"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    upload.start(m_demo.url(u"/v2/images/%1/file"_s.arg(id)), "PUT", headers(), &source, {});
    upload.abort();
    QVERIFY(finished.wait(15000));
    QCOMPARE(upload.error().kind, ApiError::Kind::Aborted);
    QCOMPARE(finished.size(), 1);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // once
    // The cloud keeps (or puts back) the image queued: nothing complete arrived.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_demo.get(u"/v2/images/"_s + id, m_token).object().value(u"status"_s).toString(),
        u"queued"_s,
        5000);
}

void tst_StreamUpload::closingTheDeviceMidwayEndsCleanly()
{
    // The device goes while the worker reads it (JobMonitor destroyed mid-upload): the worker
    // lets go of it first, then the exchange ends as cancelled; no crash, no use after free.
    TinyServer server;
    server.onData = [](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("\r\n\r\n") && !socket->property("continued").toBool()) {
            socket->setProperty("continued", true);
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
    };
    const QString path = writeFile(16 * 1024 * 1024);
    auto *source = new UploadSource(path, {u"md5"_s, u"sha512"_s});
    QVERIFY(source->open(QIODevice::ReadOnly));
    StreamUpload upload;
    QSignalSpy finished(&upload, &StreamUpload::finished);
    upload.start(server.url(), "PUT", headers(), source, {});
    QTRY_VERIFY_WITH_TIMEOUT(server.received.size() > 1024 * 1024, 15000);
    delete source;
    QVERIFY(finished.wait(15000));
    QCOMPARE(upload.error().kind, ApiError::Kind::Aborted);
}

QTEST_GUILESS_MAIN(tst_StreamUpload)
#include "tst_streamupload.moc"
