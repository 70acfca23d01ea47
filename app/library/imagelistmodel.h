#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include "library/imagelister.h"
#include "library/libraryimage.h"
#include "net/apierror.h"

/// The image library as a table, filled page by page from an ImageLister: canFetchMore() and
/// fetchMore() let a view ask for the next page when it scrolls near the end (a page is one
/// request, answered asynchronously: the GUI never waits), or setAutoFetch() reads every page in
/// the background. Rows are appended with one beginInsertRows per page; an edit updates its row
/// in place, a delete removes it. Raw values for sorting come through SortRole. Models get no
/// widget events: the view calls retranslate() on LanguageChange.
struct JobRecord;

class ImageListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageListModel)
public:
    enum Column
    {
        Name,
        Status,
        Os,
        DiskFormat,
        Size,
        MinDisk,
        Created,
        Visibility,
        Tags,
        Job,
        Profile, // the saved profile, in a list of every profile's images
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        ImageIdRole,                 // LibraryImage::id
        JobMarkerRole,               // LibraryImage::jobMarker()
        SearchRole,                  // id, name, OS, tags and description, for a text filter
    };

    explicit ImageListModel(QObject *parent = nullptr);
    ~ImageListModel() override;

    /// Starts over with `lister` (owned; null: empty): one profile's ImageLister or an
    /// EveryProfileLister. Rows come as its pages arrive; an image already listed (by id, and
    /// by profile in every profile's list) is updated, not listed twice.
    void setLister(ImagePageSource *lister);
    ImagePageSource *lister() const { return m_lister; }
    /// Keep reading pages until the list is complete, without waiting for a view to ask.
    void setAutoFetch(bool on);
    bool isLoading() const;
    /// The error that ended the list, if any.
    const ApiError &error() const { return m_error; }

    /// Which job made which image: a job's marker or image id -> its local id (the monitor's).
    void setJobIndex(const QHash<QString, QString> &markerOrImageIdToLocalId);
    /// The index setJobIndex() takes, from the monitor's records: each job's marker and the
    /// image ids it reported.
    static QHash<QString, QString> jobIndex(const QList<JobRecord> &records);
    /// The local id of the job that made `image`; empty when none is known.
    QString jobOf(const LibraryImage &image) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const LibraryImage &image(int row) const { return m_images.at(row); }
    int rowOfId(const QString &id) const;
    /// After an edit: the row of `image.id` shows `image` (one dataChanged).
    void updateImage(const LibraryImage &image);
    /// An image made since the list was read (a copy whose job ended): added as the first row,
    /// or updated when the list has it already.
    void insertImage(const LibraryImage &image);
    /// After a delete: the row goes.
    void removeImage(const QString &id);
    void retranslate();

    /// "1.5 GiB" and the like, in the UI language.
    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// Rows so far, and whether more pages follow (a progress indication).
    void pageLoaded(int rows, bool more);
    void failed(const QString &message); // translated

private:
    void handlePage(const QList<LibraryImage> &images, bool more);
    void handleFailure(const ApiError &error);
    QVariant display(const LibraryImage &image, int column) const;
    static QString rowKey(const LibraryImage &image); // id, or profile and id
    void reindex();
    QVariant sortValue(const LibraryImage &image, int column) const;

    QPointer<ImagePageSource> m_lister;
    QList<LibraryImage> m_images;
    QHash<QString, int> m_rows; // rowKey() -> row
    QHash<QString, QString> m_jobs;
    ApiError m_error;
    bool m_autoFetch = false;
};
