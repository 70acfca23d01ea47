#include "library/everyprofilelister.h"

#include <QMetaObject>

#include "cloud/cloudsession.h"

EveryProfileLister::EveryProfileLister(
    const QList<CloudSession *> &sessions, const ImageFilter &filter, int pageSize, QObject *parent)
    : ImagePageSource(parent)
{
    for (CloudSession *session : sessions) {
        if (!session)
            continue;
        const ImageApi api = ImageApis::forFamily(session->profile().family);
        auto *lister = new ImageLister(session, api, filter, pageSize, this);
        const int part = int(m_listers.size());
        connect(lister,
            &ImagePageSource::pageArrived,
            this,
            [this, part](
                const QList<LibraryImage> &images, bool more) { handlePage(part, images, more); });
        connect(lister, &ImagePageSource::failed, this, [this, part](const ApiError &error) {
            handleFailure(part, error);
        });
        m_listers.append({lister, session->profile().id, session->profile().name});
    }
}

bool EveryProfileLister::hasMore() const
{
    for (qsizetype i = m_current; i < m_listers.size(); ++i) {
        if (m_listers.at(i).lister && m_listers.at(i).lister->hasMore())
            return true;
    }
    return false;
}

bool EveryProfileLister::isLoading() const
{
    return m_current < m_listers.size() && m_listers.at(m_current).lister
        && m_listers.at(m_current).lister->isLoading();
}

void EveryProfileLister::fetchNext()
{
    while (m_current < m_listers.size()
        && (!m_listers.at(m_current).lister || !m_listers.at(m_current).lister->hasMore()))
        ++m_current;
    if (m_current < m_listers.size()) {
        m_listers.at(m_current).lister->fetchNext();
        return;
    }
    // No profile (left): the list is complete, said as a last empty page.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT pageArrived({}, false); }, Qt::QueuedConnection);
}

void EveryProfileLister::handlePage(int part, QList<LibraryImage> images, bool more)
{
    const Part &p = m_listers.at(part);
    for (LibraryImage &image : images) {
        image.profileId = p.profileId;
        image.profileName = p.profileName;
    }
    if (!more)
        m_current = part + 1;
    Q_EMIT pageArrived(images, hasMore());
}

void EveryProfileLister::handleFailure(int part, const ApiError &error)
{
    const Part &p = m_listers.at(part);
    m_skipped.append({p.profileName, error.userMessage()});
    Q_EMIT profileSkipped(p.profileName, error.userMessage());
    m_current = part + 1;
    Q_EMIT pageArrived({}, hasMore()); // the list goes on with the next profile
}
