#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include "library/createdrange.h"
#include "library/imagepagesource.h"
#include "library/libraryimage.h"
#include "net/apierror.h"

class CloudSession;
class RestJob;

/// What the operator filters the list by. The cloud applies each filter its API has (IMS:
/// `status`, `name` (exact), one `tag` "key=value"; Glance: `status`, `name` (exact), every
/// `tag`; both: one `created_at` condition); what is left (IMS: a second tag; the second bound
/// of a date range) is applied to each page here.
struct ImageFilter
{
    QString status;
    QString name;
    QStringList tags; // "key=value" (or a plain Glance tag)
    /// Every image the project can see (public, shared) instead of its own private ones.
    bool all = false;
    /// When the images were created: one `created_at` condition to the cloud, the other bound
    /// (when both are set) applied here.
    CreatedRange created;

    /// The query of the first page (paging items excluded). IMS: `__imagetype=private` unless
    /// `all`; Glance: `owner=<projectId>` unless `all`.
    QUrlQuery query(ImageApi api, const QString &projectId) const;
    /// Whether an image of a page passes the filters the cloud could not apply.
    bool acceptsLocally(ImageApi api, const LibraryImage &image) const;
};

/// Reads an image list page by page, one request at a time, in the background (GUI thread,
/// asynchronous jobs). IMS pages by `marker` = the last image's id and `limit`; its answer has
/// no next link, so a page shorter than the limit is the last. Glance follows the answer's
/// `next` link (which keeps the filters). A link or marker seen before ends the list (a guard
/// against a cloud that repeats itself).
class ImageLister final : public ImagePageSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLister)
public:
    static constexpr int DefaultPageSize = 50;

    ImageLister(CloudSession *session,
        ImageApi api,
        ImageFilter filter,
        int pageSize = DefaultPageSize,
        QObject *parent = nullptr);
    ~ImageLister() override;

    ImageApi api() const { return m_api; }
    const ImageFilter &filter() const { return m_filter; }
    int pageSize() const { return m_pageSize; }
    /// Asks for the next page; nothing when one is on its way or the list is complete.
    void fetchNext() override;
    bool hasMore() const override { return !m_done && !m_failed; }
    bool isLoading() const override { return m_loading; }
    int pagesRead() const { return m_pages; }

private:
    void handlePage(RestJob *job);

    QPointer<CloudSession> m_session;
    ImageApi m_api;
    ImageFilter m_filter;
    int m_pageSize;
    QString m_nextPath;    // Glance: the next link's path; empty before the first page
    QUrlQuery m_nextQuery; // the next page's query
    QStringList m_seen;    // markers and links already asked for
    int m_pages = 0;
    bool m_loading = false;
    bool m_done = false;
    bool m_failed = false;
};
