#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include "library/imageaction.h"

class CloudSession;
class RestJob;

class ImageDeleteKind final : public ImageActionKind
{
    Q_DECLARE_TR_FUNCTIONS(ImageDeleteKind)
public:
    QString key() const override;
    QString title() const override;
    std::optional<QString> unavailableReason(CloudFamily family, ImageApi api) const override;
};

/// Deletes images one after the other (`DELETE /v2/images/{id}`; IMS with `delete_backup` when
/// asked, for full-ECS images). A refusal (a protected image: 403; one in use; 404) is kept
/// with the cloud's message and the next image is tried. error() is the first refusal.
class ImageDeleteRun final : public ImageActionRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDeleteRun)
public:
    ImageDeleteRun(CloudSession *session,
        ImageApi api,
        QStringList imageIds,
        bool deleteBackups,
        QObject *parent = nullptr);

    void start() override;
    const QStringList &deleted() const { return m_deleted; }
    /// image id -> why the cloud refused (or the request failed)
    const QHash<QString, ApiError> &refused() const { return m_refused; }

Q_SIGNALS:
    /// One image done: `error` is empty when it was deleted.
    void imageDone(const QString &imageId, const ApiError &error);

private:
    void next();

    QPointer<CloudSession> m_session;
    ImageApi m_api;
    QStringList m_pending;
    bool m_deleteBackups;
    QStringList m_deleted;
    QHash<QString, ApiError> m_refused;
    ApiError m_first;
};
