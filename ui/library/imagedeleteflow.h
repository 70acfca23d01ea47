#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "library/libraryimage.h"
#include "net/apierror.h"

class CloudSession;
class QWidget;
struct JobRecord;

/// "Delete…" of the image library: asks once, naming every image (and, before anything else,
/// the images that a job of the monitor still follows), offers "delete the backups too" when
/// one is a full-ECS image (IMS `delete_backup`), then deletes them one after the other
/// (ImageDeleteRun). Each image deleted is reported as it goes; what the cloud refused is
/// listed at the end with the cloud's own message. Deletes itself when done.
class ImageDeleteFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDeleteFlow)
public:
    /// image id -> the local id of a job that is not over yet and made (or makes) it.
    static QHash<QString, QString> runningJobImages(const QList<JobRecord> &records);
    /// A full-ECS image (IMS `__whole_image`): its backups can be deleted with it.
    static bool isFullEcsImage(const LibraryImage &image);

    /// Asks, and when confirmed starts deleting; null when the operator said no.
    static ImageDeleteFlow *start(QWidget *parent,
        CloudSession *session,
        ImageApi api,
        const QList<LibraryImage> &images,
        const QHash<QString, QString> &runningJobs);

Q_SIGNALS:
    void imageDeleted(const QString &imageId);
    /// All done: how many were deleted, and a translated summary for a status line.
    void finished(int deleted, int refused, const QString &summary);

private:
    ImageDeleteFlow(QWidget *parent, QList<LibraryImage> images);
    void run(CloudSession *session, ImageApi api, bool deleteBackups);
    QString nameOf(const QString &imageId) const;

    QPointer<QWidget> m_parent;
    QList<LibraryImage> m_images;
};
