#include "cloud/cloudsession.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include "auth/keystonesession.h"
#include "net/restclient.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

namespace {

QUrl joined(QUrl base, const QString &path)
{
    QString p = base.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    base.setPath(p + path);
    return base;
}

} // namespace

CloudSession::CloudSession(RestClient *client, const CloudProfile &profile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(new KeystoneSession(client, profile, this))
{ }

CloudSession::~CloudSession() = default;

const CloudProfile &CloudSession::profile() const
{
    return m_auth->profile();
}

void CloudSession::connectToCloud(QObject *context, std::function<void(const ApiError &)> done)
{
    m_auth->withToken(
        context, [done = std::move(done)](const QByteArray &, const ApiError &e) { done(e); });
}

bool CloudSession::isConnected() const
{
    return m_auth->hasToken() && !m_auth->catalog().isEmpty();
}

std::optional<QUrl> CloudSession::imageEndpoint() const
{
    return m_auth->catalog().endpoint(u"image"_s, profile().region, profile().interface);
}

std::optional<QUrl> CloudSession::computeEndpoint() const
{
    return m_auth->catalog().endpoint(u"compute"_s, profile().region, profile().interface);
}

std::optional<QUrl> CloudSession::volumeEndpoint() const
{
    return m_auth->catalog().endpointAny(
        {u"volumev3"_s, u"block-storage"_s, u"volumev2"_s}, profile().region, profile().interface);
}

QString CloudSession::projectId() const
{
    return m_auth->projectId();
}

QUrl CloudSession::imsCreateUrl() const
{
    const auto base = imageEndpoint();
    return base ? joined(*base, u"/v2/cloudimages/action"_s) : QUrl();
}

RestJob *CloudSession::call(const QByteArray &method,
    RequestKind kind,
    const QString &serviceType,
    const QString &path,
    const QUrlQuery &query,
    const QByteArray &body,
    QObject *parent)
{
    RestRequest r;
    r.method = method;
    r.kind = kind;
    r.auth = m_auth;
    r.body = body;
    r.missingService = serviceType;
    // The endpoint is looked up once a token (and so the catalog) is there.
    r.resolveUrl = [this, serviceType, path, query]() -> std::optional<QUrl> {
        std::optional<QUrl> base;
        if (serviceType == u"image"_s)
            base = imageEndpoint();
        else if (serviceType == u"compute"_s)
            base = computeEndpoint();
        else
            base = volumeEndpoint();
        if (!base)
            return std::nullopt;
        QString p = path;
        p.replace(u"{project_id}"_s, projectId());
        QUrl url = joined(*base, p);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    };
    RestJob *job = m_client->create(r, parent);
    job->start();
    return job;
}

RestJob *CloudSession::listServers(int limit, const QString &marker, QObject *parent)
{
    QUrlQuery q;
    if (limit > 0)
        q.addQueryItem(u"limit"_s, QString::number(limit));
    if (!marker.isEmpty())
        q.addQueryItem(u"marker"_s, marker);
    return call("GET", RequestKind::Query, u"compute"_s, u"/servers/detail"_s, q, {}, parent);
}

RestJob *CloudSession::createImsImage(const QJsonObject &body, QObject *parent)
{
    return call("POST",
        RequestKind::Create,
        u"image"_s,
        u"/v2/cloudimages/action"_s,
        {},
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        parent);
}

RestJob *CloudSession::imsJobProgress(const QString &jobId, QObject *parent)
{
    return call(
        "GET", RequestKind::Query, u"image"_s, u"/v1/cloudimages/job/"_s + jobId, {}, {}, parent);
}

RestJob *CloudSession::imsJobStatus(const QString &jobId, QObject *parent)
{
    // {project_id} is filled in at send time, when the token has told us the project.
    return call(
        "GET", RequestKind::Query, u"image"_s, u"/v1/{project_id}/jobs/"_s + jobId, {}, {}, parent);
}
