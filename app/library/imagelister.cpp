#include "library/imagelister.h"

#include <QUrl>

#include "cloud/cloudsession.h"
#include "library/imagecalls.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

QUrlQuery ImageFilter::query(ImageApi api, const QString &projectId) const
{
    QUrlQuery q;
    if (api == ImageApi::Ims) {
        if (!all)
            q.addQueryItem(u"__imagetype"_s, u"private"_s);
        if (!tags.isEmpty())
            q.addQueryItem(u"tag"_s, tags.constFirst()); // one tag per query
    } else {
        if (!all && !projectId.isEmpty())
            q.addQueryItem(u"owner"_s, projectId);
        if (all) // images shared with the project in any member status, not only accepted ones
            q.addQueryItem(u"member_status"_s, u"all"_s);
        for (const QString &tag : tags)
            q.addQueryItem(u"tag"_s, tag);
    }
    if (!status.isEmpty())
        q.addQueryItem(u"status"_s, status);
    if (!name.isEmpty())
        q.addQueryItem(u"name"_s, name);
    if (created.isSet())
        q.addQueryItem(u"created_at"_s, created.cloudCondition());
    return q;
}

bool ImageFilter::acceptsLocally(ImageApi api, const LibraryImage &image) const
{
    if (created.needsLocalCheck() && !created.contains(image.createdAt))
        return false;
    if (api == ImageApi::Glance)
        return true; // Glance applied every tag
    for (qsizetype i = 1; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        const qsizetype eq = tag.indexOf(u'=');
        const QString key = eq < 0 ? tag : tag.left(eq);
        const auto value = image.tagValue(key);
        if (!value || (eq >= 0 && *value != tag.mid(eq + 1)))
            return false;
    }
    return true;
}

ImageLister::ImageLister(
    CloudSession *session, ImageApi api, ImageFilter filter, int pageSize, QObject *parent)
    : ImagePageSource(parent)
    , m_session(session)
    , m_api(api)
    , m_filter(std::move(filter))
    , m_pageSize(std::max(1, pageSize))
{ }

ImageLister::~ImageLister() = default;

void ImageLister::fetchNext()
{
    if (m_loading || !hasMore())
        return;
    if (!m_session) {
        m_failed = true;
        Q_EMIT failed(ApiError::make(ApiError::Kind::Configuration));
        return;
    }
    m_loading = true;
    // The project (Glance's owner filter) is known once signed in.
    m_session->connectToCloud(this, [this](const ApiError &error) {
        if (error) {
            m_loading = false;
            m_failed = true;
            Q_EMIT failed(error);
            return;
        }
        QString path = m_nextPath;
        QUrlQuery query = m_nextQuery;
        if (m_pages == 0) {
            path = m_api == ImageApi::Ims ? u"/v2/cloudimages"_s : u"/v2/images"_s;
            query = m_filter.query(m_api, m_session->projectId());
            query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
        }
        RestJob *job = ImageCalls::list(m_session, path, query, this);
        connect(job, &RestJob::finished, this, &ImageLister::handlePage);
    });
}

void ImageLister::handlePage(RestJob *job)
{
    m_loading = false;
    if (job->error()) {
        m_failed = true;
        Q_EMIT failed(job->error());
        return;
    }
    QString why;
    const auto page = LibraryImagePage::fromJson(job->json().object(), &why);
    if (!page) {
        m_failed = true;
        Q_EMIT failed(ApiError::make(ApiError::Kind::InvalidResponse, why));
        return;
    }
    ++m_pages;
    QString nextKey;
    if (m_api == ImageApi::Ims) {
        // No next link: a full page may have a successor; ask after its last id.
        if (page->images.size() + page->skipped >= m_pageSize && !page->images.isEmpty()) {
            nextKey = page->images.constLast().id;
            m_nextPath = u"/v2/cloudimages"_s;
            m_nextQuery = m_filter.query(m_api, m_session ? m_session->projectId() : QString());
            m_nextQuery.addQueryItem(u"limit"_s, QString::number(m_pageSize));
            m_nextQuery.addQueryItem(u"marker"_s, nextKey);
        }
    } else if (!page->next.isEmpty()) {
        // A link relative to the endpoint ("/v2/images?marker=..."): path and query.
        const QUrl next(page->next);
        nextKey = page->next;
        QString path = next.path();
        // An absolute link or one under the endpoint's own path: keep from "/v2/" on.
        if (const qsizetype v2 = path.indexOf(u"/v2/"_s); v2 > 0)
            path = path.mid(v2);
        m_nextPath = path;
        m_nextQuery = QUrlQuery(next);
    }
    if (nextKey.isEmpty() || m_seen.contains(nextKey))
        m_done = true;
    else
        m_seen << nextKey;
    QList<LibraryImage> images;
    images.reserve(page->images.size());
    for (const LibraryImage &image : page->images) {
        if (m_filter.acceptsLocally(m_api, image))
            images.append(image);
    }
    Q_EMIT pageArrived(images, !m_done);
}
