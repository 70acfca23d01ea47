#pragma once

#include <optional>

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>

#include "library/imageaction.h"
#include "library/imagejobrequest.h"

class CloudSession;

/// "copy", "cross-region-copy" and "export" (interfaces.md §6): IMS actions the cloud runs as
/// asynchronous jobs. Copy in the region and export: Huawei Cloud, Open Telekom Cloud and the
/// demo; cross-region copy: Huawei Cloud and the demo. Not offered on FJcloud-O and OpenStack
/// (Glance has neither) nor with the Glance API.
class ImageJobKind final : public ImageActionKind
{
    Q_DECLARE_TR_FUNCTIONS(ImageJobKind)
public:
    enum class Kind
    {
        Copy,
        CrossRegionCopy,
        Export
    };
    explicit ImageJobKind(Kind kind)
        : m_kind(kind)
    { }
    QString key() const override;
    QString title() const override;
    std::optional<QString> unavailableReason(CloudFamily family, ImageApi api) const override;

private:
    Kind m_kind;
};

/// One IMS image job: start() reads the image (IMS), checks the order's rules against it
/// (refusals(): nothing sent), then sends the order once (never again by itself) and reads the
/// cloud's job_id: the job to follow in the monitor (ImageJobRecord, trackActionJob).
class ImageJobRun final : public ImageActionRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageJobRun)
public:
    /// `order` must come from a request that passed its validate().
    ImageJobRun(CloudSession *session, ImageJobOrder order, QObject *parent = nullptr);

    void start() override;
    const ImageJobOrder &order() const { return m_order; }
    const QStringList &refusals() const { return m_refusals; }
    const QString &jobId() const { return m_jobId; }
    /// The image as read before sending.
    const std::optional<LibraryImage> &image() const { return m_image; }

private:
    void send();

    QPointer<CloudSession> m_session;
    ImageJobOrder m_order;
    std::optional<LibraryImage> m_image;
    QStringList m_refusals;
    QString m_jobId;
};
