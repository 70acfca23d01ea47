#include "library/imagedeleteflow.h"

#include <QMessageBox>
#include <QWidget>

#include "cloud/cloudsession.h"
#include "dialogs/prompter.h"
#include "jobs/jobrecord.h"
#include "library/actions/deleteaction.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int NamesListed = 10; // beyond: "and N more"

QString label(const LibraryImage &image)
{
    //: An image in a list: %1 = name, %2 = ID
    return image.name.isEmpty() ? image.id
                                : ImageDeleteFlow::tr("%1 (%2)").arg(image.name, image.id);
}

QString bullets(const QStringList &lines)
{
    QString text;
    for (qsizetype i = 0; i < lines.size() && i < NamesListed; ++i)
        text += u"\n• "_s + lines.at(i);
    if (lines.size() > NamesListed)
        //: After a list of images cut short. %n = how many more
        text += u"\n"_s
            + ImageDeleteFlow::tr("… and %n more.", nullptr, int(lines.size() - NamesListed));
    return text;
}

} // namespace

QHash<QString, QString> ImageDeleteFlow::runningJobImages(const QList<JobRecord> &records)
{
    QHash<QString, QString> images;
    for (const JobRecord &record : records) {
        if (record.isTerminal())
            continue;
        for (const QString &id : record.imageIds)
            images.insert(id, record.localId);
    }
    return images;
}

bool ImageDeleteFlow::isFullEcsImage(const LibraryImage &image)
{
    const QJsonValue whole = image.raw.value(u"__whole_image"_s);
    return whole.toBool() || whole.toString() == u"true";
}

ImageDeleteFlow *ImageDeleteFlow::start(QWidget *parent,
    CloudSession *session,
    ImageApi api,
    const QList<LibraryImage> &images,
    const QHash<QString, QString> &runningJobs)
{
    if (!session || images.isEmpty())
        return nullptr;
    QStringList names;
    QStringList busy;
    bool fullEcs = false;
    for (const LibraryImage &image : images) {
        names << label(image);
        if (runningJobs.contains(image.id))
            //: %1 = image, %2 = the local id of a job in the job monitor
            busy << tr("%1: job %2").arg(label(image), runningJobs.value(image.id));
        fullEcs = fullEcs || (api == ImageApi::Ims && isFullEcsImage(image));
    }
    const int count = int(images.size());
    if (!busy.isEmpty()) {
        const QString text =
            tr("A job of the job monitor is still following %n of these image(s). Deleting "
               "an image makes its job fail.",
                nullptr,
                int(busy.size()))
            + bullets(busy) + u"\n\n"_s + tr("Delete them anyway?");
        const auto answer = Prompter::question(parent,
            tr("Images in Use by Jobs"),
            text,
            {{QMessageBox::Yes, tr("Continue")}, {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return nullptr;
    }
    QString text =
        tr("Delete %n image(s)? This cannot be undone.", nullptr, count) + bullets(names);
    QList<std::pair<QMessageBox::StandardButton, QString>> buttons{
        {QMessageBox::Yes, tr("Delete")}};
    if (fullEcs) {
        text += u"\n\n"_s
            + tr("Full-ECS images keep backups of the server's disks. Delete the backups "
                 "with the images, or keep them.");
        buttons = {{QMessageBox::YesToAll, tr("Delete With Backups")},
            {QMessageBox::Yes, tr("Delete, Keep Backups")}};
    }
    buttons.append({QMessageBox::Cancel, tr("Cancel")});
    const auto answer =
        Prompter::question(parent, tr("Delete Images"), text, buttons, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes && answer != QMessageBox::YesToAll)
        return nullptr;
    auto *flow = new ImageDeleteFlow(parent, images);
    flow->run(session, api, answer == QMessageBox::YesToAll);
    return flow;
}

ImageDeleteFlow::ImageDeleteFlow(QWidget *parent, QList<LibraryImage> images)
    : QObject(parent)
    , m_parent(parent)
    , m_images(std::move(images))
{ }

QString ImageDeleteFlow::nameOf(const QString &imageId) const
{
    for (const LibraryImage &image : m_images) {
        if (image.id == imageId)
            return label(image);
    }
    return imageId;
}

void ImageDeleteFlow::run(CloudSession *session, ImageApi api, bool deleteBackups)
{
    QStringList ids;
    for (const LibraryImage &image : std::as_const(m_images))
        ids << image.id;
    auto *deleting = new ImageDeleteRun(session, api, ids, deleteBackups, this);
    connect(deleting,
        &ImageDeleteRun::imageDone,
        this,
        [this](const QString &id, const ApiError &error) {
            if (!error)
                Q_EMIT imageDeleted(id);
        });
    connect(deleting, &ImageActionRun::finished, this, [this](ImageActionRun *r) {
        auto *done = static_cast<ImageDeleteRun *>(r);
        const int deleted = int(done->deleted().size());
        const int refused = int(done->refused().size());
        QStringList lines;
        for (auto it = done->refused().cbegin(); it != done->refused().cend(); ++it)
            //: %1 = image, %2 = the cloud's answer
            lines << tr("%1: %2").arg(nameOf(it.key()), it.value().userMessage());
        lines.sort();
        //: Status line after deleting images. %1 = deleted, %2 = not deleted
        const QString summary = refused == 0
            ? tr("%n image(s) deleted.", nullptr, deleted)
            : tr("%1 deleted, %2 not deleted.").arg(deleted).arg(refused);
        if (refused > 0) {
            Prompter::information(m_parent,
                tr("Images Not Deleted"),
                tr("The cloud did not delete %n image(s):", nullptr, refused) + bullets(lines));
        }
        Q_EMIT finished(deleted, refused, summary);
        deleteLater();
    });
    deleting->start();
}
