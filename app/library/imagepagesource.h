#pragma once

#include <QList>
#include <QObject>

#include "library/libraryimage.h"
#include "net/apierror.h"

/// Where ImageListModel gets its pages from: one profile's list (ImageLister) or every saved
/// profile's one after the other (EveryProfileLister). One page is asked for at a time.
class ImagePageSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePageSource)
public:
    using QObject::QObject;
    ~ImagePageSource() override = default;

    /// Asks for the next page; nothing when one is on its way or the list is complete.
    virtual void fetchNext() = 0;
    virtual bool hasMore() const = 0;
    virtual bool isLoading() const = 0;

Q_SIGNALS:
    /// One page (after the local filters; may be empty), and whether more pages follow.
    void pageArrived(const QList<LibraryImage> &images, bool more);
    /// The list could not be read further; it ends here (fetchNext() does nothing more).
    void failed(const ApiError &error);
};
