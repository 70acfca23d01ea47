#pragma once

#include <optional>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include "cloud/cloudprofile.h"
#include "net/apierror.h"
#include "net/restclient.h"

class KeystoneSession;
class RestClient;
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
    KeystoneSession *auth() const { return m_auth; }
    RestClient *client() const { return m_client; }

    /// Authenticates (if needed) so the catalog is known; `done` gets an error or nothing.
    void connectToCloud(QObject *context, std::function<void(const ApiError &)> done);
    bool isConnected() const;

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
    QPointer<RestClient> m_client;
    KeystoneSession *m_auth = nullptr;
};
