#include "library/actions/deleteaction.h"

#include "cloud/cloudsession.h"
#include "library/imagecalls.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

QString ImageDeleteKind::key() const
{
    return u"delete"_s;
}

QString ImageDeleteKind::title() const
{
    return tr("Delete Image…");
}

std::optional<QString> ImageDeleteKind::unavailableReason(CloudFamily, ImageApi) const
{
    return std::nullopt; // every family deletes with its own API (interfaces.md §6)
}

ImageDeleteRun::ImageDeleteRun(
    CloudSession *session, ImageApi api, QStringList imageIds, bool deleteBackups, QObject *parent)
    : ImageActionRun(parent)
    , m_session(session)
    , m_api(api)
    , m_pending(std::move(imageIds))
    , m_deleteBackups(deleteBackups)
{ }

void ImageDeleteRun::start()
{
    next();
}

void ImageDeleteRun::next()
{
    if (m_pending.isEmpty() || !m_session) {
        finish(m_first);
        return;
    }
    const QString id = m_pending.takeFirst();
    // delete_backup is an IMS parameter; Glance takes no body.
    const std::optional<bool> backup =
        m_api == ImageApi::Ims && m_deleteBackups ? std::optional<bool>(true) : std::nullopt;
    RestJob *job = ImageCalls::remove(m_session, id, backup, this);
    connect(job, &RestJob::finished, this, [this, id](RestJob *j) {
        if (j->error()) {
            m_refused.insert(id, j->error());
            if (!m_first)
                m_first = j->error();
        } else {
            m_deleted << id;
        }
        Q_EMIT imageDone(id, j->error());
        next();
    });
}
