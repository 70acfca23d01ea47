#include "cloud/cloudsession.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QUrlQuery>

#include "auth/akskauth.h"
#include "auth/keystonesession.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "secrets/secretstore.h"

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
{
    if (profile.authMethod == AuthMethod::AkSk)
        m_akSk = new AkSkAuth(client, profile, this);
}

AuthProvider *CloudSession::authProvider() const
{
    if (m_akSk)
        return m_akSk;
    return m_auth;
}

const ServiceCatalog &CloudSession::catalog() const
{
    return m_akSk ? m_akSk->catalog() : m_auth->catalog();
}

void CloudSession::useSecretsFrom(SecretStore *store)
{
    const CloudProfile &p = profile();
    if (p.family == CloudFamily::Demo) {
        m_auth->setPassword(u"demo"_s); // the demo cloud's published password (interfaces.md §5)
        return;
    }
    const auto loader = [store, &p](SecretKind kind) {
        return KeystoneSession::loaderFromStore(store, SecretStore::keyFor(p.id, kind));
    };
    switch (p.authMethod) {
    case AuthMethod::Password:
        m_auth->setPasswordLoader(loader(SecretKind::Password));
        break;
    case AuthMethod::ApplicationCredential:
        m_auth->setApplicationCredentialLoader(p.applicationCredentialId,
            p.applicationCredentialName,
            loader(SecretKind::ApplicationCredentialSecret));
        break;
    case AuthMethod::AkSk:
        m_akSk->setSecretKeyLoader(loader(SecretKind::SecretKey));
        if (p.temporaryAccessKey)
            m_akSk->setSecurityTokenLoader(loader(SecretKind::SecurityToken));
        break;
    }
}

void CloudSession::signOut()
{
    if (m_akSk)
        m_akSk->signOut();
    else
        m_auth->signOut();
}

CloudSession::~CloudSession() = default;

const CloudProfile &CloudSession::profile() const
{
    return m_auth->profile();
}

void CloudSession::connectToCloud(QObject *context, std::function<void(const ApiError &)> done)
{
    authProvider()->withToken(
        context, [done = std::move(done)](const QByteArray &, const ApiError &e) { done(e); });
}

bool CloudSession::isConnected() const
{
    if (m_akSk)
        return m_akSk->isReady() && !m_akSk->catalog().isEmpty();
    return m_auth->hasToken() && !m_auth->catalog().isEmpty();
}

std::optional<qint64> CloudSession::clockSkew() const
{
    if (m_akSk)
        return m_akSk->clockSkew();
    return m_auth->clockSkew();
}

std::optional<QUrl> CloudSession::imageEndpoint() const
{
    return catalog().endpoint(u"image"_s, profile().region, profile().interface);
}

std::optional<QUrl> CloudSession::computeEndpoint() const
{
    return catalog().endpoint(u"compute"_s, profile().region, profile().interface);
}

std::optional<QUrl> CloudSession::volumeEndpoint() const
{
    return catalog().endpointAny(
        {u"volumev3"_s, u"block-storage"_s, u"volumev2"_s}, profile().region, profile().interface);
}

QString CloudSession::projectId() const
{
    return m_akSk ? m_akSk->projectId() : m_auth->projectId();
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
    // The endpoint is looked up once a token (and so the catalog) is there.
    const auto resolve = [this, serviceType, path, query]() -> std::optional<QUrl> {
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
    return callResolved(method, kind, serviceType, resolve, body, {}, parent);
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

RestJob *CloudSession::imsOsVersions(QObject *parent)
{
    return call(
        "GET", RequestKind::Query, u"image"_s, u"/v1/cloudimages/os_version"_s, {}, {}, parent);
}

RestJob *CloudSession::listGlanceImages(const QUrlQuery &query, QObject *parent)
{
    return call("GET", RequestKind::Query, u"image"_s, u"/v2/images"_s, query, {}, parent);
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

// --- Nova createImage (seed 001, reference/api-facts.md §1.6) -------------------------------

QUrl CloudSession::computeVersionUrl(const QUrl &computeEndpoint, const QString &projectId)
{
    QUrl url = computeEndpoint;
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString last = path.section(u'/', -1);
    const bool projectSegment = (!projectId.isEmpty() && last == projectId)
        || last == u"$(project_id)s" || last == u"$(tenant_id)s" || last == u"%(project_id)s"
        || last == u"%(tenant_id)s";
    if (projectSegment)
        path.chop(last.size() + 1);
    url.setPath(path);
    return url;
}

QUrl CloudSession::novaActionUrl(const QString &serverId) const
{
    const auto base = computeEndpoint();
    return base ? joined(*base, u"/servers/%1/action"_s.arg(serverId)) : QUrl();
}

RestJob *CloudSession::callResolved(const QByteArray &method,
    RequestKind kind,
    const QString &serviceType,
    std::function<std::optional<QUrl>()> resolveUrl,
    const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers,
    QObject *parent)
{
    RestRequest r;
    r.method = method;
    r.kind = kind;
    r.auth = authProvider();
    r.body = body;
    r.headers = headers;
    r.missingService = serviceType;
    r.resolveUrl = std::move(resolveUrl);
    RestJob *job = m_client->create(r, parent);
    job->start();
    return job;
}

RestJob *CloudSession::novaVersions(QObject *parent)
{
    // Nova serves its version document without a token (api-facts §1.6); the token we send
    // along is for the same, catalog-known origin, so it is harmless and keeps one code path.
    return callResolved(
        "GET",
        RequestKind::Query,
        u"compute"_s,
        [this]() -> std::optional<QUrl> {
            const auto base = computeEndpoint();
            if (!base)
                return std::nullopt;
            return computeVersionUrl(*base, projectId());
        },
        {},
        {},
        parent);
}

RestJob *CloudSession::createNovaImage(const QString &serverId,
    const QJsonObject &body,
    NovaMicroversion microversion,
    QObject *parent)
{
    const QByteArray version = microversion.headerValue();
    const QList<QPair<QByteArray, QByteArray>> headers{
        {"OpenStack-API-Version", "compute " + version}, // since 2.27
        {"X-OpenStack-Nova-API-Version", version},       // every Nova, and 2.1-2.26
    };
    const QString path = u"/servers/%1/action"_s.arg(serverId);
    return callResolved(
        "POST",
        RequestKind::Create,
        u"compute"_s,
        [this, path]() -> std::optional<QUrl> {
            const auto base = computeEndpoint();
            if (!base)
                return std::nullopt;
            return joined(*base, path);
        },
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        headers,
        parent);
}

RestJob *CloudSession::glanceImage(const QString &imageId, QObject *parent)
{
    return call("GET", RequestKind::Query, u"image"_s, u"/v2/images/"_s + imageId, {}, {}, parent);
}

RestJob *CloudSession::server(const QString &serverId, QObject *parent)
{
    return call("GET", RequestKind::Query, u"compute"_s, u"/servers/"_s + serverId, {}, {}, parent);
}

// --- Cinder os-volume_upload_image (seed 000, reference/api-facts.md §1.7) ------------------

RestJob *CloudSession::listVolumes(int limit, const QString &marker, QObject *parent)
{
    QUrlQuery q;
    if (limit > 0)
        q.addQueryItem(u"limit"_s, QString::number(limit));
    if (!marker.isEmpty())
        q.addQueryItem(u"marker"_s, marker);
    return call("GET", RequestKind::Query, u"volumev3"_s, u"/volumes/detail"_s, q, {}, parent);
}

RestJob *CloudSession::volume(const QString &volumeId, QObject *parent)
{
    return call(
        "GET", RequestKind::Query, u"volumev3"_s, u"/volumes/"_s + volumeId, {}, {}, parent);
}

bool CloudSession::isVolumeV2(const QUrl &volumeEndpoint)
{
    const QStringList segments = volumeEndpoint.path().split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        if (segments.at(i) == u"v3")
            return false;
        if (segments.at(i) == u"v2")
            return true;
    }
    return false;
}

QUrl CloudSession::volumeVersionUrl(const QUrl &volumeEndpoint)
{
    QUrl url = volumeEndpoint;
    url.setQuery(QString());
    url.setFragment(QString());
    QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        if (segments.at(i) == u"v3" || segments.at(i) == u"v2") {
            segments = segments.mid(0, i);
            break;
        }
    }
    url.setPath(u'/' + segments.join(u'/') + (segments.isEmpty() ? u""_s : u"/"_s));
    return url;
}

RestJob *CloudSession::volumeVersions(QObject *parent)
{
    // Cinder serves its version list without a token; the token we send along is for the same,
    // catalog-known origin, so it is harmless and keeps one code path.
    return callResolved(
        "GET",
        RequestKind::Query,
        u"volumev3"_s,
        [this]() -> std::optional<QUrl> {
            const auto base = volumeEndpoint();
            if (!base)
                return std::nullopt;
            return volumeVersionUrl(*base);
        },
        {},
        {},
        parent);
}

QUrl CloudSession::volumeActionUrl(const QString &volumeId) const
{
    const auto base = volumeEndpoint();
    return base ? joined(*base, u"/volumes/%1/action"_s.arg(volumeId)) : QUrl();
}

RestJob *CloudSession::uploadVolumeToImage(const QString &volumeId,
    const QJsonObject &body,
    std::optional<NovaMicroversion> microversion,
    QObject *parent)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (microversion)
        headers.append({"OpenStack-API-Version", "volume " + microversion->headerValue()});
    return callResolved(
        "POST",
        RequestKind::Create,
        u"volumev3"_s,
        [this, volumeId]() -> std::optional<QUrl> {
            const QUrl url = volumeActionUrl(volumeId);
            return url.isValid() && !url.isEmpty() ? std::optional<QUrl>(url) : std::nullopt;
        },
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        headers,
        parent);
}

// --- Glance create + upload (seed 003, reference/api-facts.md §1.8) -------------------------

QUrl CloudSession::glanceImagesUrl() const
{
    const auto base = imageEndpoint();
    return base ? joined(*base, u"/v2/images"_s) : QUrl();
}

RestJob *CloudSession::createGlanceImage(const QJsonObject &body, QObject *parent)
{
    return call("POST",
        RequestKind::Create,
        u"image"_s,
        u"/v2/images"_s,
        {},
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        parent);
}

RestJob *CloudSession::uploadGlanceImage(const QString &imageId, QIODevice *file, QObject *parent)
{
    RestRequest r;
    r.method = "PUT";
    r.kind = RequestKind::Upload;
    r.auth = authProvider();
    r.contentType = "application/octet-stream";
    r.uploadDevice = file;
    // Lets Glance check the size it received (api-facts §1.8); older ones ignore it.
    r.headers = {{QByteArray("x-openstack-image-size"), QByteArray::number(file->size())}};
    r.missingService = u"image"_s;
    const QString path = u"/v2/images/%1/file"_s.arg(imageId);
    r.resolveUrl = [this, path]() -> std::optional<QUrl> {
        const auto base = imageEndpoint();
        if (!base)
            return std::nullopt;
        return joined(*base, path);
    };
    RestJob *job = m_client->create(r, parent);
    job->start();
    return job;
}

RestJob *CloudSession::deleteGlanceImage(const QString &imageId, QObject *parent)
{
    return call(
        "DELETE", RequestKind::Delete, u"image"_s, u"/v2/images/"_s + imageId, {}, {}, parent);
}
