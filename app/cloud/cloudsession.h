#pragma once

#include <optional>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include "cloud/cloudprofile.h"
#include "model/imsosversion.h"
#include "model/novaversion.h"
#include "net/apierror.h"
#include "net/restclient.h"

class AkSkAuth;
class AuthProvider;
class KeystoneSession;
class RestClient;
class SecretStore;
class ServiceCatalog;
class RestJob;

/// A signed-in connection to one cloud profile: finds endpoints in the catalog and makes the
/// API calls the wizard and the monitor use. Calls that need an endpoint authenticate first
/// when there is no catalog yet; the returned job is already started (its finished() fires later).
class CloudSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudSession)
public:
    CloudSession(RestClient *client, const CloudProfile &profile, QObject *parent = nullptr);
    ~CloudSession() override;

    const CloudProfile &profile() const;
    /// The Keystone side (password or application credential). An AK/SK profile signs with
    /// akSk() instead and never asks Keystone for a token.
    KeystoneSession *auth() const { return m_auth; }
    /// Set only for an AK/SK profile (CloudProfile::authMethod).
    AkSkAuth *akSk() const { return m_akSk; }
    /// What every call of this session authenticates with: akSk() or auth().
    AuthProvider *authProvider() const;
    bool signsRequests() const { return m_akSk != nullptr; }
    /// The catalog in use (Keystone's, or the AK/SK presets), endpoint overrides applied.
    const ServiceCatalog &catalog() const;
    RestClient *client() const { return m_client; }

    /// The one place that decides how a saved profile's session gets its secrets: from
    /// `store` (the OS keychain) under SecretStore::keyFor(profile id, kind), when first needed
    /// (password, application-credential secret, or secret key + security token). The demo
    /// profile uses the demo cloud's published password.
    /// Secrets held from an earlier source are forgotten and read from `store` when next needed.
    void useSecretsFrom(SecretStore *store);
    /// Drops the token (or, for AK/SK, the project and endpoints found): the next call signs in.
    void signOut();

    /// Authenticates (if needed) so the catalog is known; `done` gets an error or nothing.
    void connectToCloud(QObject *context, std::function<void(const ApiError &)> done);
    bool isConnected() const;
    /// Server time minus local time in seconds, from the identity service's last answer
    /// (KeystoneSession::clockSkew()); empty before one.
    std::optional<qint64> clockSkew() const;

    /// Endpoints from the catalog (after connectToCloud). IMS shares the "image" endpoint with
    /// Glance (interfaces.md §5), as Huawei's does.
    std::optional<QUrl> imageEndpoint() const;
    std::optional<QUrl> computeEndpoint() const;
    std::optional<QUrl> volumeEndpoint() const;
    QString projectId() const;

    /// GET compute/servers/detail (Nova paging: limit/marker).
    RestJob *listServers(int limit, const QString &marker, QObject *parent);
    /// POST image/v2/cloudimages/action: one create, never re-sent once it may have arrived.
    RestJob *createImsImage(const QJsonObject &body, QObject *parent);
    /// GET image/v1/cloudimages/job/{id}: the progress query (process_percent, current_task).
    RestJob *imsJobProgress(const QString &jobId, QObject *parent);
    /// GET image/v1/{project_id}/jobs/{id}: the status query.
    RestJob *imsJobStatus(const QString &jobId, QObject *parent);

    /// The URL a create of IMS goes to, for the review page's preview.
    QUrl imsCreateUrl() const;
    /// GET image/v1/cloudimages/os_version (ImsOsVersion::listFromJson).
    RestJob *imsOsVersions(QObject *parent);
    /// The OS version list this session read last (one per profile, so per region), to fill
    /// pickers without asking again.
    const std::optional<QList<ImsOsVersion>> &cachedOsVersions() const { return m_osVersions; }
    void setCachedOsVersions(const QList<ImsOsVersion> &versions) { m_osVersions = versions; }

    // Nova createImage (method 5; seed 001, reference/api-facts.md §1.6)

    /// GET of the compute version document (NovaVersion::fromJson): the catalog's compute URL
    /// without its project segment (".../v2.1/{project_id}" -> ".../v2.1").
    RestJob *novaVersions(QObject *parent);
    /// POST compute/servers/{id}/action with a createImage body: one create, never re-sent
    /// once it may have arrived. Sends `OpenStack-API-Version: compute X.Y` and the legacy
    /// `X-OpenStack-Nova-API-Version: X.Y`; the image ID is in the answer's Location header or
    /// body depending on `microversion` (NovaCreateImageRequest::imageIdFromCreateResponse).
    RestJob *createNovaImage(const QString &serverId,
        const QJsonObject &body,
        NovaMicroversion microversion,
        QObject *parent);
    /// GET image/v2/images with Glance's filters (`tag`, properties, `name`, ...), one page.
    RestJob *listGlanceImages(const QUrlQuery &query, QObject *parent);
    /// GET image/v2/images/{id} (GlanceImage::fromJson); 404 once Nova purged a failed image.
    RestJob *glanceImage(const QString &imageId, QObject *parent);
    /// GET compute/servers/{id} (NovaServer::fromJson, for OS-EXT-STS:task_state).
    RestJob *server(const QString &serverId, QObject *parent);
    /// Where createImage for `serverId` goes, for the review page's preview.
    QUrl novaActionUrl(const QString &serverId) const;
    /// The version document's URL for a catalog compute URL: a trailing project ID segment
    /// (the project's, or a "$(project_id)s"/"$(tenant_id)s" placeholder left unexpanded)
    /// is dropped. Pure, for tests.
    static QUrl computeVersionUrl(const QUrl &computeEndpoint, const QString &projectId);

    // Cinder os-volume_upload_image (method 6; seed 000, reference/api-facts.md §1.7)

    /// GET volume/volumes/detail (Cinder paging: limit/marker; CinderVolumePage::fromJson).
    RestJob *listVolumes(int limit, const QString &marker, QObject *parent);
    /// GET volume/volumes/{id} ({"volume": {...}}; CinderVolume::fromJson).
    RestJob *volume(const QString &volumeId, QObject *parent);
    /// GET of Cinder's version list at the root of the volume endpoint (as python-cinderclient:
    /// ".../v3/{project_id}" -> "/"); VolumeApiVersion::fromJson reads it.
    RestJob *volumeVersions(QObject *parent);
    /// POST volume/volumes/{id}/action with an os-volume_upload_image body: one create, never
    /// re-sent once it may have arrived. With a microversion, sends
    /// `OpenStack-API-Version: volume X.Y` (v3 only; the v2 API has none).
    RestJob *uploadVolumeToImage(const QString &volumeId,
        const QJsonObject &body,
        std::optional<NovaMicroversion> microversion,
        QObject *parent);
    /// Where os-volume_upload_image for `volumeId` goes, for the review page's preview.
    QUrl volumeActionUrl(const QString &volumeId) const;
    /// Whether the volume endpoint is Cinder's v2 API (no microversions): its path has a "v2"
    /// segment. Pure, for tests.
    static bool isVolumeV2(const QUrl &volumeEndpoint);
    /// The root a volume endpoint's version list is read from: the path before its last "v2"
    /// or "v3" segment ("http://h:8776/v3/p" -> "http://h:8776/", "http://h/volume/v3/p" ->
    /// "http://h/volume/"). Pure, for tests.
    static QUrl volumeVersionUrl(const QUrl &volumeEndpoint);
    // Glance create + upload (method 7; seed 003, reference/api-facts.md §1.8)

    /// POST image/v2/images: one create, never re-sent once it may have arrived. 201 with the
    /// image (status queued); the body's client-chosen `id` finds it again after a lost answer.
    RestJob *createGlanceImage(const QJsonObject &body, QObject *parent);
    /// PUT image/v2/images/{id}/file, application/octet-stream, streamed from `file` (not
    /// owned; random access with a known size, e.g. UploadSource) with Content-Length and
    /// x-openstack-image-size. Only an idle timeout, no deadline, never retried on its own.
    /// Take a fresh token first (KeystoneSession::withFreshToken): a token that expires mid-way
    /// makes Glance drop the data (api-facts §1.8).
    RestJob *uploadGlanceImage(const QString &imageId, QIODevice *file, QObject *parent);
    /// DELETE image/v2/images/{id} (204; 404 when it is gone already).
    RestJob *deleteGlanceImage(const QString &imageId, QObject *parent);
    /// Where a Glance create goes, for the review page's preview.
    QUrl glanceImagesUrl() const;

    /// Any call on a catalog service ("image", "compute", "volume"): authenticates first when
    /// needed, resolves the endpoint then, fills "{project_id}" in `path`. Already started.
    RestJob *call(const QByteArray &method,
        RequestKind kind,
        const QString &serviceType,
        const QString &path,
        const QUrlQuery &query,
        const QByteArray &body,
        QObject *parent);

private:
    /// Like call(), with extra headers and a URL resolver of its own.
    RestJob *callResolved(const QByteArray &method,
        RequestKind kind,
        const QString &serviceType,
        std::function<std::optional<QUrl>()> resolveUrl,
        const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers,
        QObject *parent);

    QPointer<RestClient> m_client;
    KeystoneSession *m_auth = nullptr;
    AkSkAuth *m_akSk = nullptr;
    std::optional<QList<ImsOsVersion>> m_osVersions;
};
