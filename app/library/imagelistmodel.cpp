#include "library/imagelistmodel.h"

#include <QLocale>

#include "jobs/jobrecord.h"
#include "library/imagelister.h"

using namespace Qt::StringLiterals;

ImageListModel::ImageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ImageListModel::~ImageListModel() = default;

void ImageListModel::setLister(ImagePageSource *lister)
{
    beginResetModel();
    if (m_lister)
        m_lister->deleteLater(); // its answers no longer reach us
    m_lister = lister;
    m_images.clear();
    m_rows.clear();
    m_error = {};
    if (lister) {
        lister->setParent(this);
        connect(lister, &ImagePageSource::pageArrived, this, &ImageListModel::handlePage);
        connect(lister, &ImagePageSource::failed, this, &ImageListModel::handleFailure);
    }
    endResetModel();
    if (lister && m_autoFetch) {
        lister->fetchNext();
        Q_EMIT loadingChanged(true);
    }
}

void ImageListModel::setAutoFetch(bool on)
{
    m_autoFetch = on;
    if (on && canFetchMore({}))
        fetchMore({});
}

bool ImageListModel::isLoading() const
{
    return m_lister && m_lister->isLoading();
}

void ImageListModel::setJobIndex(const QHash<QString, QString> &markerOrImageIdToLocalId)
{
    m_jobs = markerOrImageIdToLocalId;
    if (!m_images.isEmpty())
        Q_EMIT dataChanged(index(0, Job), index(rowCount() - 1, Job));
}

QHash<QString, QString> ImageListModel::jobIndex(const QList<JobRecord> &records)
{
    QHash<QString, QString> index;
    for (const JobRecord &r : records) {
        if (!r.marker.isEmpty())
            index.insert(r.marker, r.localId);
        for (const QString &id : r.imageIds)
            index.insert(id, r.localId);
    }
    return index;
}

QString ImageListModel::jobOf(const LibraryImage &image) const
{
    const QString marker = image.jobMarker();
    if (!marker.isEmpty() && m_jobs.contains(marker))
        return m_jobs.value(marker);
    return m_jobs.value(image.id); // Glance's chosen id, or an image a job reported
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageListModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant ImageListModel::display(const LibraryImage &image, int column) const
{
    switch (column) {
    case Name:
        return image.name;
    case Status:
        return LibraryImage::statusText(image.status);
    case Os:
        return image.osVersion;
    case DiskFormat:
        return image.diskFormat;
    case Size:
        return image.size ? sizeText(*image.size) : QString();
    case MinDisk:
        //: Minimum disk size of an image. %1 = size in GB
        return image.minDisk > 0 ? tr("%1 GB").arg(image.minDisk) : QString();
    case Created:
        return QLocale().toString(image.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Visibility:
        return image.isShared() ? tr("Shared") : image.visibility;
    case Tags:
        return image.tags.join(u", "_s);
    case Job:
        return jobOf(image);
    case Profile:
        return image.profileName;
    default:
        return {};
    }
}

QVariant ImageListModel::sortValue(const LibraryImage &image, int column) const
{
    switch (column) {
    case Size:
        return image.size.value_or(-1);
    case MinDisk:
        return image.minDisk;
    case Created:
        return image.createdAt;
    case Status:
        return image.status;
    default:
        return display(image, column);
    }
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const LibraryImage &image = m_images.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(image, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return image.id;
        if (index.column() == Tags)
            return image.tags.join(u'\n');
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == MinDisk)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(image, index.column());
    case ImageIdRole:
        return image.id;
    case JobMarkerRole:
        return image.jobMarker();
    case SearchRole:
        return QString(
            QStringList{image.id, image.name, image.osVersion, image.description}.join(u'\n')
            + u'\n' + image.tags.join(u'\n'));
    default:
        return {};
    }
}

QVariant ImageListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Os:
        return tr("OS");
    case DiskFormat:
        return tr("Disk format");
    case Size:
        return tr("Size");
    case MinDisk:
        return tr("Min. disk");
    case Created:
        return tr("Created");
    case Visibility:
        return tr("Visibility");
    case Tags:
        return tr("Tags");
    case Job:
        return tr("Job");
    case Profile:
        return tr("Profile");
    default:
        return {};
    }
}

bool ImageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_lister && m_lister->hasMore() && !m_lister->isLoading();
}

void ImageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_lister->fetchNext();
    Q_EMIT loadingChanged(true);
}

QString ImageListModel::rowKey(const LibraryImage &image)
{
    // An image seen by two profiles (a shared or public one) is a row of each.
    return image.profileId.isEmpty() ? image.id : image.profileId + u'/' + image.id;
}

void ImageListModel::reindex()
{
    m_rows.clear();
    for (int r = 0; r < m_images.size(); ++r)
        m_rows.insert(rowKey(m_images.at(r)), r);
}

void ImageListModel::handlePage(const QList<LibraryImage> &images, bool more)
{
    QList<LibraryImage> fresh;
    for (const LibraryImage &image : images) {
        if (const auto it = m_rows.constFind(rowKey(image)); it != m_rows.cend()) {
            // A page boundary that moved (an image added meanwhile): the newer copy wins.
            m_images[*it] = image;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        } else {
            fresh.append(image);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_images.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (LibraryImage &image : fresh) {
            m_rows.insert(rowKey(image), int(m_images.size()));
            m_images.append(std::move(image));
        }
        endInsertRows();
    }
    Q_EMIT pageLoaded(rowCount(), more);
    if (more && m_autoFetch) {
        m_lister->fetchNext();
        return;
    }
    Q_EMIT loadingChanged(false);
}

void ImageListModel::handleFailure(const ApiError &error)
{
    m_error = error;
    Q_EMIT loadingChanged(false);
    Q_EMIT failed(error.userMessage());
}

int ImageListModel::rowOfId(const QString &id) const
{
    if (const int row = m_rows.value(id, -1); row >= 0)
        return row;
    for (int r = 0; r < m_images.size(); ++r) { // every profile's list: the first of its rows
        if (m_images.at(r).id == id)
            return r;
    }
    return -1;
}

void ImageListModel::updateImage(const LibraryImage &image)
{
    int row = m_rows.value(rowKey(image), -1);
    if (row < 0)
        row = rowOfId(image.id);
    if (row < 0)
        return;
    const LibraryImage listed = m_images.at(row);
    m_images[row] = image;
    if (image.profileId.isEmpty()) { // read again by the row's profile: it stays that one's
        m_images[row].profileId = listed.profileId;
        m_images[row].profileName = listed.profileName;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ImageListModel::insertImage(const LibraryImage &image)
{
    if (rowOfId(image.id) >= 0) {
        updateImage(image);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_images.prepend(image);
    reindex();
    endInsertRows();
}

void ImageListModel::removeImage(const QString &id)
{
    // Gone from the cloud: from every profile's row of it.
    for (int row = rowOfId(id); row >= 0; row = rowOfId(id)) {
        beginRemoveRows({}, row, row);
        m_images.removeAt(row);
        reindex();
        endRemoveRows();
    }
}

void ImageListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_images.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}
