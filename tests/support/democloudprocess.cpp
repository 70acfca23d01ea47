#include "democloudprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QtDebug>

#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int StopTimeoutMs = 3000;
// The demo project's ID (docs/democloud.md): fixed, so tests can build paths before auth.
constexpr auto DemoProjectId = u"0d9e5ac0d6b14c2a9d0e4c7f5b3a1e21";

} // namespace

QByteArray DemoCloudProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject DemoCloudProcess::Reply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

DemoCloudProcess::DemoCloudProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProgram(executablePath());
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

DemoCloudProcess::~DemoCloudProcess()
{
    stop();
}

void DemoCloudProcess::setJobSeconds(double seconds)
{
    m_jobSeconds = seconds;
}

void DemoCloudProcess::setTokenSeconds(double seconds)
{
    m_tokenSeconds = seconds;
}

void DemoCloudProcess::setStateDir(const QString &dir)
{
    m_stateDir = dir;
}

QString DemoCloudProcess::stateDir() const
{
    if (!m_stateDir.isEmpty())
        return m_stateDir;
    return m_tempDir ? m_tempDir->path() : QString();
}

bool DemoCloudProcess::start()
{
    if (isRunning())
        return true;
    if (m_stateDir.isEmpty() && !m_tempDir) {
        m_tempDir = std::make_unique<TestDir>();
        if (!m_tempDir->isValid()) {
            qWarning() << "DemoCloudProcess: no temporary folder:" << m_tempDir->errorString();
            return false;
        }
    }
    QStringList arguments{u"--port"_s, QString::number(m_port), u"--state-dir"_s, stateDir()};
    if (m_jobSeconds >= 0)
        arguments << u"--job-seconds"_s << QString::number(m_jobSeconds);
    if (m_tokenSeconds >= 0)
        arguments << u"--token-seconds"_s << QString::number(m_tokenSeconds);
    if (!m_tlsCert.isEmpty())
        arguments << u"--tls-cert"_s << m_tlsCert << u"--tls-key"_s << m_tlsKey;
    if (m_sampleImages > 0)
        arguments << u"--sample-images"_s << QString::number(m_sampleImages);
    m_process.setArguments(arguments);
    m_authUrl.clear();
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        qWarning().noquote() << "DemoCloudProcess: cannot start" << m_process.program() << ":"
                             << m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running
            || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            if (m_process.canReadLine())
                break;
            qWarning() << "DemoCloudProcess: no auth URL on stdout; exit code"
                       << m_process.exitCode();
            stop();
            return false;
        }
    }
    const QUrl url(QString::fromUtf8(m_process.readLine().trimmed()));
    const QString scheme = m_tlsCert.isEmpty() ? u"http"_s : u"https"_s;
    if (url.scheme() != scheme || url.host() != u"127.0.0.1" || url.port() <= 0
        || url.path() != u"/v3") {
        qWarning() << "DemoCloudProcess: unexpected first line" << url;
        stop();
        return false;
    }
    m_authUrl = url;
    return true;
}

void DemoCloudProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

bool DemoCloudProcess::isRunning() const
{
    return m_process.state() == QProcess::Running && m_authUrl.isValid();
}

QUrl DemoCloudProcess::authUrl() const
{
    return m_authUrl;
}

QUrl DemoCloudProcess::baseUrl() const
{
    QUrl base = m_authUrl;
    base.setPath(QString());
    return base;
}

QUrl DemoCloudProcess::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl().toString() + pathAndQuery);
}

void DemoCloudProcess::setTls(
    const QString &certPath, const QString &keyPath, const QString &caPath)
{
    m_tlsCert = certPath;
    m_tlsKey = keyPath;
    m_tlsCa = caPath;
}

void DemoCloudProcess::setClockOffset(qint64 seconds)
{
    control("POST",
        u"/__demo/clock"_s,
        QJsonDocument(QJsonObject{{u"offset_seconds"_s, double(seconds)}})
            .toJson(QJsonDocument::Compact));
}

QString DemoCloudProcess::executablePath()
{
    return QStringLiteral(IW_DEMOCLOUD_PATH);
}

QString DemoCloudProcess::projectId() const
{
    return QString::fromUtf16(DemoProjectId);
}

DemoCloudProcess::Reply DemoCloudProcess::send(const QByteArray &method,
    const QString &pathAndQuery,
    const QByteArray &body,
    const Headers &headers,
    int timeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_tlsCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_tlsCa, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        request.setRawHeader("Content-Type", "application/json");

    // QNAM knows a HEAD answer has no body only through head(); a custom "HEAD" would wait for
    // the Content-Length it states.
    QNetworkReply *reply =
        method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = u"timed out after %1 ms"_s.arg(timeoutMs);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (result.status == 0)
            result.error = reply->errorString();
    }
    delete reply;
    return result;
}

DemoCloudProcess::Reply DemoCloudProcess::get(const QString &pathAndQuery, const QString &token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({"X-Auth-Token", token.toLatin1()});
    return send("GET", pathAndQuery, {}, headers);
}

DemoCloudProcess::Reply DemoCloudProcess::post(
    const QString &pathAndQuery, const QJsonObject &body, const QString &token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({"X-Auth-Token", token.toLatin1()});
    return send("POST", pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QJsonObject DemoCloudProcess::controlGet(const QString &path)
{
    const Reply reply = send("GET", path);
    if (reply.status != 200)
        qWarning().noquote() << "DemoCloudProcess: GET" << path << "gave" << reply.status
                             << reply.error;
    return reply.object();
}

void DemoCloudProcess::control(
    const QByteArray &method, const QString &path, const QByteArray &body)
{
    const Reply reply = send(method, path, body);
    if (reply.status < 200 || reply.status > 299) {
        qWarning().noquote() << "DemoCloudProcess:" << method << path << "gave" << reply.status
                             << reply.error << reply.body;
    }
}

QJsonArray DemoCloudProcess::requests()
{
    return controlGet(u"/__demo/requests"_s).value(u"requests"_s).toArray();
}

int DemoCloudProcess::countRequests(const QByteArray &method, const QString &pathPrefix)
{
    int count = 0;
    const QJsonArray all = requests();
    for (const QJsonValue &value : all) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"method"_s).toString().toLatin1() == method
            && entry.value(u"path"_s).toString().startsWith(pathPrefix)) {
            ++count;
        }
    }
    return count;
}

void DemoCloudProcess::clearRequests()
{
    control("DELETE", u"/__demo/requests"_s);
}

void DemoCloudProcess::addFault(const QJsonObject &fault)
{
    control("POST", u"/__demo/faults"_s, QJsonDocument(fault).toJson(QJsonDocument::Compact));
}

void DemoCloudProcess::clearFaults()
{
    control("DELETE", u"/__demo/faults"_s);
}

void DemoCloudProcess::revokeTokens()
{
    control("POST", u"/__demo/tokens/revoke"_s);
}

QJsonArray DemoCloudProcess::jobs()
{
    return controlGet(u"/__demo/jobs"_s).value(u"jobs"_s).toArray();
}

QJsonArray DemoCloudProcess::sampleHistory()
{
    return controlGet(u"/__demo/sample-history"_s).value(u"jobs"_s).toArray();
}

QString DemoCloudProcess::token()
{
    const QJsonObject domain{{u"name"_s, u"Default"_s}};
    const QJsonObject auth{
        {u"identity"_s,
            QJsonObject{{u"methods"_s, QJsonArray{u"password"_s}},
                {u"password"_s,
                    QJsonObject{{u"user"_s,
                        QJsonObject{{u"name"_s, u"demo"_s},
                            {u"domain"_s, domain},
                            {u"password"_s, u"demo"_s}}}}}}},
        {u"scope"_s,
            QJsonObject{
                {u"project"_s, QJsonObject{{u"name"_s, u"demo"_s}, {u"domain"_s, domain}}}}},
    };
    const Reply reply = post(u"/v3/auth/tokens"_s, {{u"auth"_s, auth}});
    if (reply.status != 201) {
        qWarning() << "DemoCloudProcess: authentication gave" << reply.status << reply.error;
        return {};
    }
    return QString::fromLatin1(reply.header("X-Subject-Token"));
}
