#pragma once

#include <memory>

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>

#include "library/imageaction.h"
#include "library/imagemembers.h"

class CloudSession;
class RestJob;

/// "share" (the owner adds and removes members), "accept" and "reject" (the project an image
/// is shared with): offered on every family, each with its API's members (interfaces.md §6: IMS
/// members for Huawei Cloud and Open Telekom Cloud, Glance members for FJcloud-O and OpenStack).
class ImageMemberKind final : public ImageActionKind
{
    Q_DECLARE_TR_FUNCTIONS(ImageMemberKind)
public:
    explicit ImageMemberKind(MemberChange::Op op)
        : m_op(op)
    { }
    QString key() const override;
    QString title() const override;
    std::optional<QString> unavailableReason(CloudFamily family, ImageApi api) const override;

private:
    MemberChange::Op m_op;
};

/// One change of an image's members. start() reads the image, checks
/// MemberChange::checkAgainst() (refusals(): nothing sent), then sends the change with the
/// image's API: create() picks the IMS run (one batch request answered with a job_id, an
/// asynchronous IMS job: jobId(), to be followed in the monitor) or the Glance run (one call per
/// member, answered at once: members() is the list read afterwards).
class MemberChangeRun : public ImageActionRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberChangeRun)
public:
    /// `change` must have passed validate(api).
    static MemberChangeRun *create(
        CloudSession *session, ImageApi api, MemberChange change, QObject *parent = nullptr);

    void start() override;
    const MemberChange &change() const { return m_change; }
    /// Set when the image's state refused the change before anything was sent.
    const QStringList &refusals() const { return m_refusals; }
    /// IMS: the cloud's job that carries the change out; empty on Glance.
    const QString &jobId() const { return m_jobId; }
    /// Glance: the image's members after the change (owner's changes); empty on IMS.
    const QList<ImageMember> &members() const { return m_members; }
    /// The image as read before the change.
    const std::optional<LibraryImage> &image() const { return m_image; }

protected:
    MemberChangeRun(CloudSession *session, ImageApi api, MemberChange change, QObject *parent);
    /// Sends the change once the image passed its checks; ends with finish().
    virtual void send() = 0;

    QPointer<CloudSession> m_session;
    ImageApi m_api;
    MemberChange m_change;
    std::optional<LibraryImage> m_image;
    QStringList m_refusals;
    QString m_jobId;
    QList<ImageMember> m_members;
};

/// Reads an image's members (`GET /v2/images/{id}/members`, on IMS and Glance alike).
class MemberListRun final : public ImageActionRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberListRun)
public:
    MemberListRun(CloudSession *session, QString imageId, QObject *parent = nullptr);
    void start() override;
    const QList<ImageMember> &members() const { return m_members; }

private:
    QPointer<CloudSession> m_session;
    QString m_imageId;
    QList<ImageMember> m_members;
};
