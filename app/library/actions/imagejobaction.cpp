#include "library/actions/imagejobaction.h"

#include <QJsonDocument>

#include "cloud/cloudsession.h"
#include "library/imagecalls.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

QString ImageJobKind::key() const
{
    switch (m_kind) {
    case Kind::Copy:
        return u"copy"_s;
    case Kind::CrossRegionCopy:
        return u"cross-region-copy"_s;
    case Kind::Export:
        return u"export"_s;
    }
    return {};
}

QString ImageJobKind::title() const
{
    switch (m_kind) {
    case Kind::Copy:
    case Kind::CrossRegionCopy:
        return tr("Copy Image…");
    case Kind::Export:
        return tr("Export to OBS…");
    }
    return {};
}

std::optional<QString> ImageJobKind::unavailableReason(CloudFamily family, ImageApi api) const
{
    switch (family) {
    case CloudFamily::FjcloudO:
    case CloudFamily::OpenStack:
        return m_kind == Kind::Export
            ? tr("Exporting to OBS is an IMS action; this cloud's image service (Glance) has "
                 "none.")
            : tr("Copying an image is an IMS action; this cloud's image service (Glance) has "
                 "none.");
    case CloudFamily::OpenTelekomCloud:
        if (m_kind == Kind::CrossRegionCopy)
            return tr("Open Telekom Cloud's IMS has no copy to another region.");
        break;
    case CloudFamily::HuaweiCloud:
    case CloudFamily::Demo:
        break;
    }
    if (api != ImageApi::Ims)
        return tr("This action needs the IMS API; the library uses Glance for this profile.");
    return std::nullopt;
}

ImageJobRun::ImageJobRun(CloudSession *session, ImageJobOrder order, QObject *parent)
    : ImageActionRun(parent)
    , m_session(session)
    , m_order(std::move(order))
{ }

void ImageJobRun::start()
{
    if (!m_session) {
        finish(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    RestJob *job = ImageCalls::show(m_session, ImageApi::Ims, m_order.imageId, this);
    connect(job, &RestJob::finished, this, [this](RestJob *j) {
        if (j->error()) {
            finish(j->error());
            return;
        }
        QString why;
        m_image = ImageCalls::shownImage(ImageApi::Ims, j, &why);
        if (!m_image) {
            ApiError e = ApiError::make(ApiError::Kind::Http, why);
            e.httpStatus = 404; // IMS answers an unknown id with an empty list
            finish(e);
            return;
        }
        if (m_order.check)
            m_refusals = m_order.check(*m_image);
        if (!m_refusals.isEmpty()) {
            finish(ApiError::make(ApiError::Kind::Http, m_refusals.join(u' ')));
            return;
        }
        send();
    });
}

void ImageJobRun::send()
{
    if (!m_session) {
        finish(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    RestJob *job = ImageCalls::imsImageJob(m_session, m_order.path, m_order.body, this);
    connect(job, &RestJob::finished, this, [this](RestJob *j) {
        if (j->error()) {
            finish(j->error());
            return;
        }
        m_jobId = j->json().object().value(u"job_id"_s).toString();
        finish(m_jobId.isEmpty()
                ? ApiError::make(ApiError::Kind::InvalidResponse, u"the answer has no job_id"_s)
                : ApiError());
    });
}
