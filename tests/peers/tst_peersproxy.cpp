// Proxies against the real proxy (label peers; docs/connection.md, "Proxies"): Debian's
// tinyproxy, started here on loopback on a free port with its own config, log and PID file in
// a temporary folder (never the system service), once without and once with Basic
// authentication. `imagewright submit` of a Glance create + upload signs in against the real
// Keystone, creates the image and streams the file through it, as https_proxy/http_proxy say;
// the proxy's log shows each request. Wrong proxy credentials end in the proxy error and exit
// code 3 before anything reaches the cloud; a no_proxy host goes direct (nothing in the log).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "create/glancecreaterequest.h"
#include "create/requestfile.h"
#include "peerssupport.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

const QString TinyproxyPath = u"/usr/bin/tinyproxy"_s; // Debian 12: package tinyproxy-bin
const QString ProxyUser = u"iwproxy"_s;
const QString ProxyPassword = u"canary-proxy-pw-4c1d"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// One tinyproxy, in the foreground under `timeout` (so it never outlives a crashed test), on
/// 127.0.0.1 at a free port, logging every request (LogLevel Info) to its own file.
class Tinyproxy
{
public:
    ~Tinyproxy() { stop(); }

    bool start(bool basicAuth, QString *why)
    {
        if (!m_dir.isValid()) {
            *why = u"no temporary folder"_s;
            return false;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            {
                QTcpServer probe; // a free port; released just before tinyproxy takes it
                if (!probe.listen(QHostAddress::LocalHost, 0)) {
                    *why = probe.errorString();
                    return false;
                }
                m_port = probe.serverPort();
            }
            QFile conf(m_dir.filePath(u"tinyproxy.conf"_s));
            if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                *why = conf.errorString();
                return false;
            }
            QByteArray text = "Port " + QByteArray::number(m_port)
                + "\nListen 127.0.0.1\n"
                  "Timeout 120\nMaxClients 50\nLogLevel Info\nDisableViaHeader Yes\n"
                  "LogFile \""
                + logPath().toUtf8() + "\"\nPidFile \""
                + m_dir.filePath(u"tinyproxy.pid"_s).toUtf8() + "\"\n";
            if (basicAuth)
                text += "BasicAuth " + ProxyUser.toUtf8() + ' ' + ProxyPassword.toUtf8() + '\n';
            conf.write(text);
            conf.close();
            QFile::remove(logPath());
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(u"timeout"_s,
                {u"-k"_s, u"5"_s, u"900"_s, TinyproxyPath, u"-d"_s, u"-c"_s, conf.fileName()});
            if (!m_process.waitForStarted(5000)) {
                *why = m_process.errorString();
                return false;
            }
            for (int i = 0; i < 100; ++i) { // up to 10 s
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, m_port);
                if (s.waitForConnected(100) && m_process.state() == QProcess::Running)
                    return true;
                if (m_process.state() != QProcess::Running)
                    break;
                QTest::qWait(100);
            }
            *why = u"tinyproxy did not start: "_s + QString::fromUtf8(m_process.readAll());
            stop();
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // `timeout` passes SIGTERM on to tinyproxy
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    QString url(const QString &credentials = {}) const
    {
        return u"http://"_s + (credentials.isEmpty() ? QString() : credentials + u'@')
            + u"127.0.0.1:"_s + QString::number(m_port);
    }
    QString logPath() const { return m_dir.filePath(u"tinyproxy.log"_s); }
    QString log() const
    {
        QFile f(logPath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /// The request lines tinyproxy logged ("POST http://127.0.0.1:5000/v3/auth/tokens").
    QStringList requests() const
    {
        static const QRegularExpression line(u"Request \\(file descriptor \\d+\\): (\\S+ \\S+)"_s);
        QStringList out;
        auto it = line.globalMatch(log());
        while (it.hasNext())
            out << it.next().captured(1);
        return out;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class tst_PeersProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void glanceCreateUploadThroughTheProxy();
    void glanceCreateUploadThroughTheProxyWithBasicAuth();
    void wrongProxyCredentialsExitThree();
    void noProxyHostGoesDirect();

private:
    QProcessEnvironment environment(const QString &proxy, const QString &noProxy = {}) const;
    Run submit(const QProcessEnvironment &env, int timeoutMs);
    /// Writes a 3 MiB file and its glance-create-upload request file; the request file's path.
    QString writeGlanceRequest(const QString &name);
    static QString imageIdOf(const Run &r);
    void expectImage(const QString &imageId, const QString &name);

    std::optional<PeersEnv> m_env;
    std::unique_ptr<PeersRest> m_rest;
    std::unique_ptr<TestDir> m_home;
    QByteArray m_bytes;
    QString m_request;
    QString m_name;
};

void tst_PeersProxy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(TinyproxyPath)) {
        const QString why =
            TinyproxyPath + u" is missing: tests/peers/install.sh installs tinyproxy-bin"_s;
        if (qEnvironmentVariable("CI") == u"true")
            QFAIL(qPrintable(why)); // interfaces.md §2: in CI a missing prerequisite fails
        QSKIP(qPrintable(why));
    }
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    m_rest = std::make_unique<PeersRest>(*m_env);
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
    m_bytes = QByteArray(3 * 1024 * 1024 + 5, Qt::Uninitialized);
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        m_bytes[i] = char((i * 7 + i / 511) & 0xff);
    QFile f(m_home->filePath(u"disk.raw"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(m_bytes), m_bytes.size());
}

QString tst_PeersProxy::writeGlanceRequest(const QString &name)
{
    GlanceCreateRequest request;
    request.flavour = GlanceCreateRequest::flavourFor(CloudFamily::OpenStack);
    request.name = name;
    request.diskFormat = u"raw"_s;
    request.containerFormat = u"bare"_s;
    const RequestFile file = RequestFile::fromGlance(request, m_home->filePath(u"disk.raw"_s));
    const QString path = m_home->filePath(RequestFile::suggestedFileName(name));
    QString error;
    if (!file.save(path, &error))
        qWarning("request file not written: %s", qPrintable(error));
    return path;
}

QProcessEnvironment tst_PeersProxy::environment(const QString &proxy, const QString &noProxy) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        const QString lower = key.toLower();
        if (key.startsWith(u"OS_") || lower.endsWith(u"_proxy"))
            env.remove(key);
    }
    const QString home = m_home->path();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, home + u"/state"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"iw.*.debug=true"_s); // redaction is checked on it too
    env.insert(m_env->osEnvironment());
    if (!proxy.isEmpty()) {
        env.insert(u"http_proxy"_s, proxy);
        env.insert(u"https_proxy"_s, proxy);
    }
    if (!noProxy.isEmpty())
        env.insert(u"no_proxy"_s, noProxy);
    return env;
}

Run tst_PeersProxy::submit(const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"submit"_s,
            m_request,
            u"--wait"_s,
            u"--timeout"_s,
            u"180"_s,
            u"--family"_s,
            u"openstack"_s});
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = u"imagewright submit did not end in time"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString tst_PeersProxy::imageIdOf(const Run &r)
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"image_id=") && uuid.match(line.mid(9)).hasMatch())
            return line.mid(9);
    }
    return {};
}

void tst_PeersProxy::expectImage(const QString &imageId, const QString &name)
{
    const PeersReply image = m_rest->glanceImage(imageId); // direct: the test's own client
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.json.value(u"name"_s).toString(), name);
    QCOMPARE(image.json.value(u"size"_s).toInteger(), m_bytes.size());
    QCOMPARE(image.json.value(u"checksum"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Md5).toHex()));
}

void tst_PeersProxy::glanceCreateUploadThroughTheProxy()
{
    Tinyproxy proxy;
    QString why;
    QVERIFY2(proxy.start(false, &why), qPrintable(why));
    m_name = u"iw-proxy-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_request = writeGlanceRequest(m_name);
    const Run r = submit(environment(proxy.url()), 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out + proxy.log()));
    const QString imageId = imageIdOf(r);
    QVERIFY2(!imageId.isEmpty(), qPrintable(r.out));
    expectImage(imageId, m_name);

    // The proxy carried the sign-in, the create and the upload: absolute-form requests in its
    // log, to the real Keystone's and Glance's loopback addresses.
    const QString keystone = m_env->authUrl().toString(QUrl::StripTrailingSlash);
    const QString glance = m_env->value("IW_PEERS_GLANCE_URL");
    const QStringList requests = proxy.requests();
    const QString all = requests.join(u'\n');
    QVERIFY2(requests.contains(u"POST "_s + keystone + u"/auth/tokens"_s), qPrintable(all));
    bool create = false;
    bool put = false;
    for (const QString &line : requests) {
        create = create || (line.startsWith(u"POST "_s) && line.endsWith(u"/v2/images"_s));
        put = put
            || (line.startsWith(u"PUT "_s)
                && line.endsWith(u"/v2/images/"_s + imageId + u"/file"_s));
    }
    QVERIFY2(create, qPrintable(all));
    QVERIFY2(put, qPrintable(all));
    if (!glance.isEmpty())
        QVERIFY2(all.contains(u"PUT "_s + glance), qPrintable(all + u"\nglance: "_s + glance));
}

void tst_PeersProxy::glanceCreateUploadThroughTheProxyWithBasicAuth()
{
    Tinyproxy proxy;
    QString why;
    QVERIFY2(proxy.start(true, &why), qPrintable(why));
    m_name = u"iw-proxy-auth-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_request = writeGlanceRequest(m_name);
    const Run r = submit(environment(proxy.url(ProxyUser + u':' + ProxyPassword)), 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out + proxy.log()));
    const QString imageId = imageIdOf(r);
    QVERIFY2(!imageId.isEmpty(), qPrintable(r.out));
    expectImage(imageId, m_name);
    const QString all = proxy.requests().join(u'\n');
    QVERIFY2(all.contains(u"/auth/tokens"_s), qPrintable(all));
    QVERIFY2(all.contains(u"PUT http://127.0.0.1:"_s), qPrintable(all));
    // The proxy's password is used, never shown (debug logging is on in this run).
    QVERIFY2(!r.err.contains(ProxyPassword), "the proxy password was printed");
    QVERIFY2(!r.out.contains(ProxyPassword), "the proxy password was printed");
    QVERIFY(!r.err.contains(m_env->demoPassword()));
}

void tst_PeersProxy::wrongProxyCredentialsExitThree()
{
    Tinyproxy proxy;
    QString why;
    QVERIFY2(proxy.start(true, &why), qPrintable(why));
    m_name = u"iw-proxy-refused-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_request = writeGlanceRequest(m_name);
    for (const QString &credentials : QStringList{ProxyUser + u":wrong-canary-pw"_s, QString()}) {
        const Run r = submit(environment(proxy.url(credentials)), 120000);
        QVERIFY2(r.exitCode == 3, qPrintable(u"exit %1\n"_s.arg(r.exitCode) + r.err + r.out));
        QVERIFY2(r.err.contains(u"407"_s) && r.err.contains(u"proxy"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"wrong-canary-pw"_s));
        QVERIFY(!r.out.contains(u"image_id="_s));
        // Refused at the proxy: the sign-in was tried once, nothing else.
        const QStringList requests = proxy.requests();
        QVERIFY2(!requests.isEmpty(), qPrintable(proxy.log()));
        for (const QString &line : requests)
            QVERIFY2(line.contains(u"/auth/tokens"_s), qPrintable(requests.join(u'\n')));
    }
    // Nothing was created under that name.
    const QUrl images(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images?name="_s + m_name);
    const PeersReply list = m_rest->call("GET", images, {}, m_rest->token());
    if (list.status == 200)
        QVERIFY2(list.json.value(u"images"_s).toArray().isEmpty(), list.body.constData());
}

void tst_PeersProxy::noProxyHostGoesDirect()
{
    Tinyproxy proxy;
    QString why;
    QVERIFY2(proxy.start(false, &why), qPrintable(why));
    m_name = u"iw-proxy-direct-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_request = writeGlanceRequest(m_name);
    // A host list and a CIDR range, as operators write them.
    const Run r =
        submit(environment(proxy.url(), u"localhost, .example.test,127.0.0.0/8"_s), 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QString imageId = imageIdOf(r);
    QVERIFY2(!imageId.isEmpty(), qPrintable(r.out));
    expectImage(imageId, m_name);
    QVERIFY2(proxy.requests().isEmpty(), qPrintable(proxy.log()));
}

IW_PEERS_TEST_MAIN(tst_PeersProxy)
#include "tst_peersproxy.moc"
