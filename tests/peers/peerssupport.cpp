#include "peerssupport.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

std::optional<PeersEnv> PeersEnv::load(QString *why)
{
    QString path = qEnvironmentVariable("IW_PEERS_ENV_FILE");
    if (path.isEmpty())
        path = QStringLiteral(IW_PEERS_ENV_FILE);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = u"the real OpenStack services are not running: %1 is missing (the peers_start "
               "fixture starts them; run the tests through ctest)"_s.arg(path);
        return std::nullopt;
    }
    PeersEnv env;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.m_values.insert(line.left(eq), line.mid(eq + 1));
    }
    for (const char *key :
        {"OS_AUTH_URL", "OS_PASSWORD", "IW_PEERS_NOVA_URL", "IW_PEERS_GLANCE_URL"}) {
        if (env.value(key).isEmpty()) {
            *why = u"%1 has no %2"_s.arg(path, QString::fromLatin1(key));
            return std::nullopt;
        }
    }
    return env;
}

QString PeersEnv::value(const char *key) const
{
    return m_values.value(QString::fromLatin1(key));
}

CloudProfile PeersEnv::demoProfile(const QString &region, const QString &interface) const
{
    CloudProfile p;
    p.id = u"peers-demo-%1-%2"_s.arg(region, interface);
    p.name = u"peers demo"_s;
    p.family = CloudFamily::OpenStack;
    p.authUrl = authUrl();
    p.region = region;
    p.userName = value("OS_USERNAME");
    p.userDomain = value("OS_USER_DOMAIN_NAME");
    p.projectName = value("OS_PROJECT_NAME");
    p.projectDomain = value("OS_PROJECT_DOMAIN_NAME");
    p.interface = interface;
    return p;
}

QProcessEnvironment PeersEnv::osEnvironment() const
{
    QProcessEnvironment env;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.key().startsWith(u"OS_"))
            env.insert(it.key(), it.value());
    }
    return env;
}

int peersUnavailable(const QString &why)
{
    if (qEnvironmentVariable("CI") == u"true") {
        std::fprintf(stderr, "FAIL: %s (CI=true: a missing prerequisite fails)\n", qPrintable(why));
        return 1;
    }
    std::fprintf(stderr, "SKIP: %s\n", qPrintable(why));
    return 77;
}

QByteArray PeersReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

PeersRest::PeersRest(PeersEnv env)
    : m_env(std::move(env))
{ }

QByteArray PeersRest::token(const QString &user, const QString &password)
{
    const QString name = user.isEmpty() ? m_env.value("OS_USERNAME") : user;
    const QString secret = password.isEmpty() ? m_env.demoPassword() : password;
    const QString project = user.isEmpty() || user == m_env.value("OS_USERNAME")
        ? m_env.value("OS_PROJECT_NAME")
        : name; // the admin account's project is "admin"
    const QJsonObject domain{{u"name"_s, u"Default"_s}};
    const QJsonObject body{{u"auth"_s,
        QJsonObject{{u"identity"_s,
                        QJsonObject{{u"methods"_s, QJsonArray{u"password"_s}},
                            {u"password"_s,
                                QJsonObject{{u"user"_s,
                                    QJsonObject{{u"name"_s, name},
                                        {u"domain"_s, domain},
                                        {u"password"_s, secret}}}}}}},
            {u"scope"_s,
                QJsonObject{
                    {u"project"_s, QJsonObject{{u"name"_s, project}, {u"domain"_s, domain}}}}}}}};
    const QUrl url(m_env.value("OS_AUTH_URL") + u"/auth/tokens"_s);
    const PeersReply r = call("POST", url, body);
    if (r.status != 201)
        qWarning("token for %s: HTTP %d %s", qPrintable(name), r.status, r.body.constData());
    return r.header("X-Subject-Token");
}

PeersReply PeersRest::call(const QByteArray &method,
    const QUrl &url,
    const QJsonObject &body,
    const QByteArray &token,
    const QList<QPair<QByteArray, QByteArray>> &headers,
    int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QByteArray data;
    if (!body.isEmpty()) {
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setRawHeader("Content-Type", "application/json");
    }
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, data);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    PeersReply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = u"no answer within %1 ms"_s.arg(timeoutMs);
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.json = QJsonDocument::fromJson(r.body).object();
    if (r.status == 0 && r.error.isEmpty())
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

QString PeersRest::createServer(const QString &name, const QJsonObject &metadata, QString *why)
{
    // Test set-up, not the client under test: the harness's Nova keeps its state in SQLite, and
    // on a loaded machine a build can fail on "database is locked" (nova-compute's log says
    // so); Nova then sets the server to ERROR. Such a server is deleted and the set-up tried
    // again, at most three times, each failure printed.
    for (int attempt = 1;; ++attempt) {
        bool buildFailed = false;
        const QString id = createServerOnce(name, metadata, why, &buildFailed);
        if (!id.isEmpty() || !buildFailed || attempt == 3)
            return id;
        qWarning("set-up: %s; creating the server again", qPrintable(*why));
        const QString failed = why->section(u' ', 1, 1);
        call("DELETE",
            QUrl(m_env.value("IW_PEERS_NOVA_URL") + u"/servers/"_s + failed),
            {},
            token());
    }
}

QString PeersRest::createServerOnce(
    const QString &name, const QJsonObject &metadata, QString *why, bool *buildFailed)
{
    *buildFailed = false;
    const QByteArray token = this->token();
    const QJsonObject server{{u"name"_s, name},
        {u"imageRef"_s, m_env.value("IW_PEERS_BASE_IMAGE_ID")},
        {u"flavorRef"_s, m_env.value("IW_PEERS_FLAVOR")},
        {u"networks"_s, u"none"_s},
        {u"metadata"_s, metadata}};
    const QString nova = m_env.value("IW_PEERS_NOVA_URL");
    const PeersReply created = call("POST",
        QUrl(nova + u"/servers"_s),
        QJsonObject{{u"server"_s, server}},
        token,
        {{"OpenStack-API-Version", "compute 2.37"}});
    const QString id = created.json.value(u"server"_s).toObject().value(u"id"_s).toString();
    if (created.status != 202 || id.isEmpty()) {
        *why =
            u"server create: HTTP %1 %2"_s.arg(created.status).arg(QString::fromUtf8(created.body));
        return {};
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        const PeersReply r = call("GET", QUrl(nova + u"/servers/"_s + id), {}, this->token());
        const QJsonObject s = r.json.value(u"server"_s).toObject();
        const QString status = s.value(u"status"_s).toString();
        if (status == u"ACTIVE")
            return id;
        if (status == u"ERROR") {
            *buildFailed = true;
            *why = u"server %1 went to ERROR: %2"_s.arg(
                id, QString::fromUtf8(QJsonDocument(s.value(u"fault"_s).toObject()).toJson()));
            return {};
        }
        QTest::qWait(300);
    }
    *why = u"server %1 not ACTIVE within 60 s"_s.arg(id);
    return {};
}

PeersReply PeersRest::glanceImage(const QString &imageId)
{
    return call(
        "GET", QUrl(m_env.value("IW_PEERS_GLANCE_URL") + u"/v2/images/"_s + imageId), {}, token());
}

QString PeersRest::volumeBase() const
{
    return m_env.value("IW_PEERS_CINDER_URL") + u"/"_s + m_env.value("IW_PEERS_DEMO_PROJECT_ID");
}

QByteArray PeersRest::adminToken()
{
    return token(u"admin"_s, m_env.value("IW_PEERS_ADMIN_PASSWORD"));
}

QString PeersRest::createVolume(const QString &name, int sizeGb, QString *why)
{
    const PeersReply created = call("POST",
        QUrl(volumeBase() + u"/volumes"_s),
        QJsonObject{{u"volume"_s, QJsonObject{{u"size"_s, sizeGb}, {u"name"_s, name}}}},
        token());
    const QString id = created.json.value(u"volume"_s).toObject().value(u"id"_s).toString();
    if (created.status != 202 || id.isEmpty()) {
        *why =
            u"volume create: HTTP %1 %2"_s.arg(created.status).arg(QString::fromUtf8(created.body));
        return {};
    }
    return waitForVolume(id, u"available"_s, 60, why) ? id : QString();
}

PeersReply PeersRest::volume(const QString &volumeId)
{
    return call("GET", QUrl(volumeBase() + u"/volumes/"_s + volumeId), {}, token());
}

bool PeersRest::waitForVolume(
    const QString &volumeId, const QString &status, int seconds, QString *why)
{
    QElapsedTimer clock;
    clock.start();
    QString last;
    while (clock.elapsed() < seconds * 1000) {
        const PeersReply r = volume(volumeId);
        last = r.json.value(u"volume"_s).toObject().value(u"status"_s).toString();
        if (last == status)
            return true;
        if (last.startsWith(u"error"))
            break;
        QTest::qWait(300);
    }
    *why = u"volume %1 not %2 within %3 s (last status: %4)"_s.arg(
        volumeId, status, QString::number(seconds), last.isEmpty() ? u"-"_s : last);
    return false;
}

QString describeJob(const JobRecord &r)
{
    QString text = u"job %1: state %2, upload %3, cloud status \"%4\", volume status \"%5\", "
                   "reason \"%6\"; timeline:"_s.arg(r.localId,
                       JobRecord::stateKey(r.state),
                       JobRecord::uploadKey(r.upload),
                       r.cloudStatus,
                       r.volumeStatus,
                       r.failReason);
    for (const JobRecord::Event &e : r.timeline)
        text += u"\n  "_s + e.at.toString(Qt::ISODateWithMs) + u" "_s + e.text;
    return text;
}
