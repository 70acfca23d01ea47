// `imagewright obs` and the S3 client against the real Swift s3api on loopback (s3peer.py):
// a 256 MiB multipart upload with 4 parts in flight whose object ETag equals the file's; a wrong
// secret refused with the server's message; Abort leaving no multipart upload behind; and a
// `kill -9` of `obs put` mid-upload, then the same command completing it with only the missing
// parts sent, counted in the server's request log.
#include <csignal>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "net/restclient.h"
#include "obs/multipartplan.h"
#include "obs/s3auth.h"
#include "obs/s3client.h"
#include "peerssupport.h"
#include "support/canary.h"

#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QHash<QString, QString> readEnvFile(const QString &path)
{
    QHash<QString, QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

/// A file of `size` bytes from a seeded generator (not compressible, the same every run).
bool makeFile(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(seed);
    QByteArray block(int(MiB), Qt::Uninitialized);
    for (qint64 left = size; left > 0; left -= block.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
    }
    return true;
}

/// The multipart ETag of `path` cut in `partSize` parts, computed here (Qt's MD5), not by the
/// code under test.
QString expectedEtag(const QString &path, qint64 partSize)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray concatenated;
    int parts = 0;
    while (!f.atEnd()) {
        QCryptographicHash md5(QCryptographicHash::Md5);
        qint64 left = partSize;
        while (left > 0 && !f.atEnd()) {
            const QByteArray chunk = f.read(std::min<qint64>(left, 4 * MiB));
            md5.addData(chunk);
            left -= chunk.size();
        }
        concatenated += md5.result();
        ++parts;
    }
    return QString::fromLatin1(
               QCryptographicHash::hash(concatenated, QCryptographicHash::Md5).toHex())
        + u'-' + QString::number(parts);
}

/// A forwarding HTTP proxy that connects every request to one port on loopback, whatever its
/// host (as curl's --connect-to): the way to reach Swift's s3api in virtual-hosted style, as
/// nothing resolves BUCKET.s3.peer.test. Each request line in absolute form is forwarded in
/// origin form, its Host header untouched; answers go back as they come. Content-Length bodies
/// only (what the S3 client sends). Records "METHOD /path HOST" for every request.
class ConnectToProxy : public QObject
{
public:
    explicit ConnectToProxy(quint16 target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList requests;

private:
    struct Stream
    {
        QTcpSocket *upstream = nullptr;
        QByteArray pending;
        qint64 bodyLeft = 0;
    };

    void accept(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        if (!upstream->waitForConnected(5000)) {
            client->abort();
            client->deleteLater();
            return;
        }
        m_streams.insert(client, Stream{upstream, {}, 0});
        connect(client, &QTcpSocket::readyRead, this, [this, client] { forward(client); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] {
            client->write(upstream->readAll());
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] {
            client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_streams.remove(client);
            client->deleteLater();
        });
    }

    void forward(QTcpSocket *client)
    {
        Stream &s = m_streams[client];
        s.pending += client->readAll();
        while (!s.pending.isEmpty()) {
            if (s.bodyLeft > 0) {
                const qint64 n = std::min<qint64>(s.bodyLeft, s.pending.size());
                s.upstream->write(s.pending.left(n));
                s.pending.remove(0, n);
                s.bodyLeft -= n;
                continue;
            }
            const qsizetype end = s.pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray head = s.pending.left(end + 4);
            s.pending.remove(0, end + 4);
            QByteArrayList lines = head.split('\n');
            QByteArrayList first = lines.first().trimmed().split(' ');
            QUrl url(QString::fromLatin1(first.value(1)));
            QByteArray host;
            for (const QByteArray &line : std::as_const(lines)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "content-length")
                    s.bodyLeft = line.mid(colon + 1).trimmed().toLongLong();
                else if (name == "host")
                    host = line.mid(colon + 1).trimmed();
            }
            const QByteArray origin = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
            requests << QString::fromLatin1(first.value(0) + ' ' + origin + ' ' + host);
            lines.first() = first.value(0) + ' ' + origin + ' ' + first.value(2) + '\r';
            s.upstream->write(lines.join('\n'));
        }
    }

    quint16 m_target;
    QTcpServer m_server;
    QHash<QTcpSocket *, Stream> m_streams;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QHash<QString, QString> lines; // key=value lines of stdout
};

} // namespace

class tst_PeersObs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void multipart256MiBFourInFlight();
    void wrongSecretRefusedWithServerMessage();
    void abortLeavesNoUpload();
    void killedPutResumesWithMissingPartsOnly();
    void smallPutWithItsMd5();
    void virtualHostedStyle();

private:
    QProcessEnvironment environment(const QString &secret = {}) const;
    Run imagewright(const QStringList &arguments, int timeoutMs, const QString &secret = {});
    Run imagewright(
        const QStringList &arguments, int timeoutMs, const QProcessEnvironment &environment);
    /// The server's own view of an object of the test bucket (HEAD).
    S3Object headObject(const QString &key, ApiError *error);
    /// Part PUTs the proxy logged for `key` (one line per client request), and their ETags.
    QStringList loggedPartPuts(const QString &key) const;
    template <typename T>
    T call(const std::function<void(S3Client::Done<T>)> &start, ApiError *error = nullptr);

    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    RestClient *m_rest = nullptr;
    S3Auth *m_auth = nullptr;
    S3Client *m_client = nullptr;
    QString m_bucket;
};

template <typename T>
T tst_PeersObs::call(const std::function<void(S3Client::Done<T>)> &start, ApiError *error)
{
    bool done = false;
    T result{};
    start([&](const T &value, const ApiError &e) {
        result = value;
        if (error)
            *error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        qWarning("no answer within 120 s");
    return result;
}

void tst_PeersObs::initTestCase()
{
    m_env = readEnvFile(QString::fromUtf8(IW_S3_ENV_FILE));
    QVERIFY2(!m_env.value(u"IW_S3_ENDPOINT"_s).isEmpty(), IW_S3_ENV_FILE " has no endpoint");
    QVERIFY(m_dir.isValid());
    m_rest = new RestClient({}, this);
    m_auth = new S3Auth(QUrl(m_env.value(u"IW_S3_ENDPOINT"_s)),
        m_env.value(u"IW_S3_REGION"_s),
        {m_env.value(u"IW_S3_ACCESS_KEY"_s), m_env.value(u"IW_S3_SECRET"_s), {}},
        this);
    m_client = new S3Client(m_rest, m_auth, S3Client::Addressing::PathStyle, this);
    m_bucket = u"iw-peers-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    ApiError error;
    QVERIFY(
        call<bool>([&](auto done) { m_client->createBucket(m_bucket, {}, {}, this, done); }, &error));
    QVERIFY2(!error, qPrintable(error.userMessage()));
}

QProcessEnvironment tst_PeersObs::environment(const QString &secret) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"AWS_ACCESS_KEY_ID",
             "AWS_SECRET_ACCESS_KEY",
             "AWS_SESSION_TOKEN",
             "AWS_ENDPOINT_URL",
             "OBS_SECURITY_TOKEN",
             "OBS_REGION"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"OBS_ACCESS_KEY_ID"_s, m_env.value(u"IW_S3_ACCESS_KEY"_s));
    env.insert(
        u"OBS_SECRET_ACCESS_KEY"_s, secret.isEmpty() ? m_env.value(u"IW_S3_SECRET"_s) : secret);
    env.insert(u"OBS_ENDPOINT"_s, m_env.value(u"IW_S3_ENDPOINT"_s));
    env.insert(u"OBS_REGION"_s, m_env.value(u"IW_S3_REGION"_s));
    return env;
}

Run tst_PeersObs::imagewright(const QStringList &arguments, int timeoutMs, const QString &secret)
{
    return imagewright(arguments, timeoutMs, environment(secret));
}

Run tst_PeersObs::imagewright(
    const QStringList &arguments, int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QString::fromUtf8(IW_IMAGEWRIGHT_PATH), QStringList{u"obs"_s} + arguments);
    Run run;
    // With the event loop turning: a test may serve the command from this process (a proxy).
    if (!p.waitForStarted(30000)
        || !QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        run.err = u"did not end within %1 ms"_s.arg(timeoutMs);
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : run.out.split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            run.lines.insert(line.left(eq), line.mid(eq + 1));
    }
    return run;
}

S3Object tst_PeersObs::headObject(const QString &key, ApiError *error)
{
    return call<S3Object>(
        [&](auto done) { m_client->headObject(m_bucket, key, this, done); }, error);
}

QStringList tst_PeersObs::loggedPartPuts(const QString &key) const
{
    QFile log(m_env.value(u"IW_S3_PROXY_LOG"_s));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    // "PUT /bucket/key%3FpartNumber%3D3%26uploadId%3D... HTTP/1.0 200 ..."
    const QString needle = u"PUT /%1/%2%3FpartNumber%3D"_s.arg(m_bucket, key);
    QStringList lines;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.contains(needle) && text.contains(u" 200 "_s))
            lines << text;
    }
    return lines;
}

void tst_PeersObs::multipart256MiBFourInFlight()
{
    const QString path = m_dir.filePath(u"disk-256.raw"_s);
    QVERIFY(makeFile(path, 256 * MiB, 256));
    const Run run = imagewright(
        {u"put"_s, path, m_bucket + u"/images/disk-256.raw"_s, u"--parts"_s, u"4"_s}, 600000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.lines.value(u"parts"_s), u"16"_s); // 16 MiB parts
    QCOMPARE(run.lines.value(u"parts_sent"_s), u"16"_s);
    const QString expected = expectedEtag(path, 16 * MiB);
    QCOMPARE(run.lines.value(u"etag"_s), expected);
    // The server's own view of the object: its ETag and size.
    ApiError error;
    const S3Object head = headObject(u"images/disk-256.raw"_s, &error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    QCOMPARE(head.etag, expected);
    QCOMPARE(head.size, 256 * MiB);

    // Parts were in flight together: the server's log gives each request's start and end.
    const QStringList puts = loggedPartPuts(u"images/disk-256.raw"_s);
    QCOMPARE(puts.size(), 16);
    QList<QPair<double, int>> events;
    const QRegularExpression times(u" (\\d+\\.\\d+) (\\d+\\.\\d+) \\S+$"_s);
    for (const QString &line : puts) {
        const auto m = times.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        events.append({m.captured(1).toDouble(), +1});
        events.append({m.captured(2).toDouble(), -1});
    }
    std::sort(events.begin(), events.end());
    int inFlight = 0;
    int most = 0;
    for (const auto &e : std::as_const(events)) {
        inFlight += e.second;
        most = std::max(most, inFlight);
    }
    qInfo("most part uploads at the server at once: %d (client allows 4)", most);
    QVERIFY(most >= 2);
    QVERIFY(most <= 4);
    QFile::remove(path);
}

void tst_PeersObs::wrongSecretRefusedWithServerMessage()
{
    const Run run = imagewright({u"ls"_s, m_bucket}, 60000, Canary::secretKey);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"SignatureDoesNotMatch"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"The request signature we calculated does not match"_s),
        qPrintable(run.err));
    QVERIFY(!run.err.contains(Canary::secretKey));
    QVERIFY(run.out.isEmpty());
}

void tst_PeersObs::abortLeavesNoUpload()
{
    const QString key = u"abort-me.raw"_s;
    ApiError error;
    const QString uploadId = call<QString>(
        [&](auto done) { m_client->createMultipartUpload(m_bucket, key, this, done); }, &error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    const Run listed = imagewright({u"uploads"_s, m_bucket, u"--json"_s}, 60000);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(uploadId));

    const Run aborted = imagewright({u"abort"_s, m_bucket, key, uploadId}, 60000);
    QVERIFY2(aborted.exitCode == 0, qPrintable(aborted.err));
    const QList<S3Upload> left = call<QList<S3Upload>>(
        [&](auto done) { m_client->listMultipartUploads(m_bucket, key, this, done); }, &error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    for (const S3Upload &u : left)
        QVERIFY2(u.uploadId != uploadId, "the aborted upload is still listed");
    const Run again = imagewright({u"uploads"_s, m_bucket, u"--json"_s}, 60000);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains(uploadId));
}

void tst_PeersObs::killedPutResumesWithMissingPartsOnly()
{
    const QString key = u"resume.raw"_s;
    const QString path = m_dir.filePath(key);
    QVERIFY(makeFile(path, 100 * MiB, 100)); // 20 parts of 5 MiB
    const QStringList arguments{
        u"put"_s, path, m_bucket + u'/' + key, u"--part-size"_s, u"5"_s, u"--parts"_s, u"2"_s};

    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(QString::fromUtf8(IW_IMAGEWRIGHT_PATH), QStringList{u"obs"_s} + arguments);
    QVERIFY(first.waitForStarted(30000));
    // Three parts confirmed at the server, then the server is frozen so nothing more can end,
    // and the client is killed: the state on both sides is mid-upload whatever the speed.
    QTRY_VERIFY_WITH_TIMEOUT(
        loggedPartPuts(key).size() >= 3 || first.state() == QProcess::NotRunning, 300000);
    QVERIFY2(first.state() == QProcess::Running, "obs put ended before it could be killed");
    QFile pidFile(QFileInfo(QString::fromUtf8(IW_S3_ENV_FILE)).dir().filePath(u"pids/proxy.pid"_s));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t proxy = pid_t(pidFile.readAll().split(' ').value(0).trimmed().toInt());
    QVERIFY(proxy > 1);
    QCOMPARE(::kill(proxy, SIGSTOP), 0);
    first.kill(); // SIGKILL
    const bool killed = first.waitForFinished(30000);
    QCOMPARE(::kill(proxy, SIGCONT), 0);
    QVERIFY(killed);
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    // What the server holds now (the parts in flight when it froze may or may not be there).
    const QList<S3Upload> uploads = call<QList<S3Upload>>(
        [&](auto done) { m_client->listMultipartUploads(m_bucket, key, this, done); });
    QCOMPARE(uploads.size(), 1);
    const QList<S3Part> held = call<QList<S3Part>>(
        [&](auto done) { m_client->listParts(m_bucket, key, uploads.at(0).uploadId, this, done); });
    QVERIFY(held.size() >= 3);
    QVERIFY(held.size() < 20);
    const qsizetype loggedBefore = loggedPartPuts(key).size();
    qInfo("killed with %d of 20 parts at the server", int(held.size()));

    // A file changed since (here: its modification time) is refused with the reason, and
    // nothing is sent.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
    QVERIFY(file.setFileTime(modified.addSecs(60), QFileDevice::FileModificationTime));
    const Run changed = imagewright(arguments, 60000);
    QCOMPARE(changed.exitCode, 2);
    QVERIFY2(
        changed.err.contains(u"has changed since the upload started"_s), qPrintable(changed.err));
    QVERIFY2(changed.err.contains(u"imagewright obs abort"_s), qPrintable(changed.err));
    QCOMPARE(loggedPartPuts(key).size(), loggedBefore);
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();

    const Run second = imagewright(arguments, 600000);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(uploads.at(0).uploadId), qPrintable(second.err)); // resumed it
    QCOMPARE(second.lines.value(u"upload_id"_s), uploads.at(0).uploadId);
    QCOMPARE(second.lines.value(u"parts"_s), u"20"_s);
    QCOMPARE(second.lines.value(u"parts_found"_s).toInt(), int(held.size()));
    QCOMPARE(second.lines.value(u"parts_sent"_s).toInt(), 20 - int(held.size()));
    // Counted at the server: the resumed run's part uploads are exactly the missing parts.
    const qsizetype loggedAfter = loggedPartPuts(key).size();
    QCOMPARE(int(loggedAfter - loggedBefore), 20 - int(held.size()));
    QCOMPARE(second.lines.value(u"etag"_s), expectedEtag(path, 5 * MiB));
    const QList<S3Upload> after = call<QList<S3Upload>>(
        [&](auto done) { m_client->listMultipartUploads(m_bucket, key, this, done); });
    QVERIFY(after.isEmpty());
    QFile::remove(path);
}

void tst_PeersObs::smallPutWithItsMd5()
{
    // What a RAW quick import's bitmap file takes: one PUT from memory with its Content-MD5;
    // the real server answers the MD5 as ETag, and the same bytes again leave the same object.
    QByteArray bitmap(3000, '\0');
    for (int i = 0; i < bitmap.size(); ++i)
        bitmap[i] = char((i * 13) & 0xff);
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(bitmap, QCryptographicHash::Md5).toHex());
    for (int attempt = 0; attempt < 2; ++attempt) {
        ApiError error;
        const QString etag = call<QString>(
            [&](auto done) {
                m_client->putObject(m_bucket, u"images/disk-01.mf"_s, bitmap, this, done);
            },
            &error);
        QVERIFY2(!error, qPrintable(error.userMessage()));
        QCOMPARE(etag, md5);
    }
    ApiError error;
    const S3Object head = headObject(u"images/disk-01.mf"_s, &error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    QCOMPARE(head.etag, md5);
    QCOMPARE(head.size, qint64(bitmap.size()));
}

void tst_PeersObs::virtualHostedStyle()
{
    // Real OBS is addressed in virtual-hosted style (BUCKET.obs.REGION.myhuaweicloud.com/KEY),
    // which `obs put` uses for any endpoint not on loopback. Swift's s3api takes the bucket from
    // the Host when it ends in its storage_domain; the name reaches the port through a proxy
    // (http_proxy, as an operator's would) that connects to Swift whatever the host.
    const QString domain = m_env.value(u"IW_S3_STORAGE_DOMAIN"_s);
    QVERIFY2(!domain.isEmpty(), IW_S3_ENV_FILE " has no storage domain");
    const QUrl endpoint(m_env.value(u"IW_S3_ENDPOINT"_s));
    ConnectToProxy proxy(quint16(endpoint.port()));
    const QString path = m_dir.filePath(u"disk-vhost.raw"_s);
    QVERIFY(makeFile(path, 20 * MiB, 20));

    QProcessEnvironment env = environment();
    const QString host = u"%1:%2"_s.arg(domain).arg(endpoint.port());
    env.insert(u"OBS_ENDPOINT"_s, u"http://"_s + host);
    for (const char *name : {"no_proxy", "NO_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"http_proxy"_s, u"http://127.0.0.1:%1"_s.arg(proxy.port()));
    // The proxy runs in this process: imagewright() waits with the event loop turning.
    const Run run = imagewright(
        {u"put"_s, path, m_bucket + u"/vhost/disk.raw"_s, u"--part-size"_s, u"16"_s}, 300000, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString expected = expectedEtag(path, 16 * MiB);
    QCOMPARE(run.lines.value(u"etag"_s), expected);

    // Every request went to BUCKET.domain with the key as its whole path, and was answered
    // by Swift as the bucket's (the object is there, read back in path style).
    qInfo().noquote() << "requests through the proxy:" << proxy.requests.join(u"; "_s);
    QVERIFY(proxy.requests.size() >= 4); // initiate, two parts, complete (and HEADs)
    int partPuts = 0;
    for (const QString &request : std::as_const(proxy.requests)) {
        QVERIFY2(request.endsWith(u' ' + m_bucket + u'.' + host), qPrintable(request));
        QVERIFY2(!request.contains(u" /"_s + m_bucket), qPrintable(request));
        if (request.startsWith(u"PUT /vhost/disk.raw?partNumber="_s))
            ++partPuts;
    }
    QCOMPARE(partPuts, 2);
    ApiError error;
    const S3Object head = headObject(u"vhost/disk.raw"_s, &error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    QCOMPARE(head.etag, expected);
    QCOMPARE(head.size, 20 * MiB);
    QFile::remove(path);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!QFile::exists(QString::fromUtf8(IW_S3_ENV_FILE)))
        return peersUnavailable(
            u"the S3 peer is not running (no %1)"_s.arg(QString::fromUtf8(IW_S3_ENV_FILE)));
    tst_PeersObs tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_peersobs.moc"
