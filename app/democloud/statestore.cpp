#include "statestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "apiutil.h"
#include "demologging.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

constexpr int StateFormat = 1;

} // namespace

QJsonObject GlanceImage::toStateJson() const
{
    return {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"status"_s, status},
        {u"disk_format"_s, diskFormat},
        {u"container_format"_s, containerFormat},
        {u"visibility"_s, visibility},
        {u"owner"_s, owner},
        {u"min_disk"_s, minDisk},
        {u"min_ram"_s, minRam},
        {u"size"_s, size},
        {u"protected"_s, isProtected},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"checksum"_s, checksum},
        {u"os_hash_algo"_s, osHashAlgo},
        {u"os_hash_value"_s, osHashValue},
        {u"properties"_s, properties},
        {u"created_at"_s, isoMillis(createdAt)},
        {u"updated_at"_s, isoMillis(updatedAt)},
    };
}

std::optional<GlanceImage> GlanceImage::fromStateJson(const QJsonObject &object)
{
    GlanceImage image;
    image.id = object.value(u"id"_s).toString();
    image.name = object.value(u"name"_s).toString();
    image.status = object.value(u"status"_s).toString();
    image.diskFormat = object.value(u"disk_format"_s).toString();
    image.containerFormat = object.value(u"container_format"_s).toString();
    image.visibility = object.value(u"visibility"_s).toString();
    image.owner = object.value(u"owner"_s).toString();
    image.minDisk = object.value(u"min_disk"_s).toInt();
    image.minRam = object.value(u"min_ram"_s).toInt();
    image.size = qint64(object.value(u"size"_s).toDouble(-1));
    image.isProtected = object.value(u"protected"_s).toBool();
    const QJsonArray tags = object.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : tags)
        image.tags.append(tag.toString());
    image.checksum = object.value(u"checksum"_s).toString();
    image.osHashAlgo = object.value(u"os_hash_algo"_s).toString();
    image.osHashValue = object.value(u"os_hash_value"_s).toString();
    image.properties = object.value(u"properties"_s).toObject();
    image.createdAt = parseIso(object.value(u"created_at"_s).toString());
    image.updatedAt = parseIso(object.value(u"updated_at"_s).toString());
    if (image.id.isEmpty() || image.status.isEmpty() || !image.createdAt.isValid())
        return std::nullopt;
    return image;
}

StateStore::StateStore(const QString &directory)
    : m_directory(directory)
{ }

QString StateStore::filePath() const
{
    return isPersistent() ? QDir(m_directory).filePath(u"state.json"_s) : QString();
}

bool StateStore::load(QString *error)
{
    if (!isPersistent())
        return true;
    if (!QDir().mkpath(m_directory)) {
        *error = u"cannot create the state directory %1"_s.arg(m_directory);
        return false;
    }
    QFile file(filePath());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(u"format"_s).toInt() != StateFormat) {
        // Keep the evidence, start afresh: a demo must come up even after a bad shutdown.
        const QString aside = filePath() + u".bad"_s;
        QFile::remove(aside);
        QFile::rename(filePath(), aside);
        qCWarning(lcDemo).noquote() << "unreadable state file moved to" << aside;
        return true;
    }
    const QJsonArray jobs = root.value(u"ims_jobs"_s).toArray();
    for (const QJsonValue &value : jobs) {
        if (const auto job = ImsJob::fromStateJson(value.toObject()))
            m_jobs.append(*job);
        else
            qCWarning(lcDemo) << "skipping an unreadable IMS job in the state file";
    }
    const QJsonArray images = root.value(u"glance_images"_s).toArray();
    for (const QJsonValue &value : images) {
        if (const auto image = GlanceImage::fromStateJson(value.toObject()))
            m_images.append(*image);
        else
            qCWarning(lcDemo) << "skipping an unreadable Glance image in the state file";
    }
    // Added after format 1 was first written; older files simply have none.
    const QJsonArray snapshots = root.value(u"nova_snapshots"_s).toArray();
    for (const QJsonValue &value : snapshots) {
        if (const auto snapshot = NovaSnapshot::fromStateJson(value.toObject()))
            m_snapshots.append(*snapshot);
        else
            qCWarning(lcDemo) << "skipping an unreadable Nova snapshot in the state file";
    }
    const QJsonArray uploads = root.value(u"cinder_uploads"_s).toArray(); // added later, too
    for (const QJsonValue &value : uploads) {
        if (const auto upload = CinderUpload::fromStateJson(value.toObject()))
            m_uploads.append(*upload);
        else
            qCWarning(lcDemo) << "skipping an unreadable Cinder upload in the state file";
    }
    m_imageEdits = root.value(u"image_edits"_s).toObject(); // added later, too
    const QJsonArray deleted = root.value(u"deleted_images"_s).toArray();
    for (const QJsonValue &value : deleted)
        m_deletedImages.append(value.toString());
    m_imageMembers = root.value(u"image_members"_s).toObject(); // added later, too
    m_sampleHistorySeeded = root.value(u"sample_history_seeded"_s).toBool();
    qCInfo(lcDemo).noquote() << "loaded" << m_jobs.size() << "IMS jobs," << m_snapshots.size()
                             << "Nova snapshots and" << m_images.size() << "Glance images from"
                             << filePath();
    return true;
}

const ImsJob *StateStore::imsJob(const QString &id) const
{
    for (const ImsJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

void StateStore::addImsJob(const ImsJob &job)
{
    m_jobs.append(job);
    save();
}

const GlanceImage *StateStore::glanceImage(const QString &id) const
{
    for (const GlanceImage &image : m_images) {
        if (image.id == id)
            return &image;
    }
    return nullptr;
}

bool StateStore::removeGlanceImage(const QString &id)
{
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        if (m_images.at(i).id == id) {
            m_images.removeAt(i);
            save();
            return true;
        }
    }
    return false;
}

void StateStore::putGlanceImage(const GlanceImage &image)
{
    for (GlanceImage &existing : m_images) {
        if (existing.id == image.id) {
            existing = image;
            save();
            return;
        }
    }
    m_images.append(image);
    save();
}

void StateStore::addNovaSnapshot(const NovaSnapshot &snapshot)
{
    m_snapshots.append(snapshot);
    save();
}

void StateStore::addCinderUpload(const CinderUpload &upload)
{
    m_uploads.append(upload);
    save();
}

void StateStore::setImageEdit(const QString &id, const QJsonObject &changes)
{
    m_imageEdits.insert(id, changes);
    save();
}

void StateStore::markImageDeleted(const QString &id)
{
    if (!m_deletedImages.contains(id))
        m_deletedImages.append(id);
    save();
}

void StateStore::setImageMembers(const QJsonObject &members)
{
    m_imageMembers = members;
    save();
}

void StateStore::setSampleHistorySeeded(bool seeded)
{
    m_sampleHistorySeeded = seeded;
    save();
}

void StateStore::clear()
{
    m_jobs.clear();
    m_images.clear();
    m_snapshots.clear();
    m_uploads.clear();
    m_imageEdits = {};
    m_deletedImages.clear();
    m_imageMembers = {};
    m_sampleHistorySeeded = false;
    save();
}

void StateStore::save() const
{
    if (!isPersistent())
        return;
    QJsonArray jobs;
    for (const ImsJob &job : m_jobs)
        jobs.append(job.toStateJson());
    QJsonArray images;
    for (const GlanceImage &image : m_images)
        images.append(image.toStateJson());
    QJsonArray snapshots;
    for (const NovaSnapshot &snapshot : m_snapshots)
        snapshots.append(snapshot.toStateJson());
    QJsonArray uploads;
    for (const CinderUpload &upload : m_uploads)
        uploads.append(upload.toStateJson());
    const QJsonObject root{
        {u"format"_s, StateFormat},
        {u"sample_history_seeded"_s, m_sampleHistorySeeded},
        {u"ims_jobs"_s, jobs},
        {u"glance_images"_s, images},
        {u"nova_snapshots"_s, snapshots},
        {u"cinder_uploads"_s, uploads},
        {u"image_edits"_s, m_imageEdits},
        {u"deleted_images"_s, QJsonArray::fromStringList(m_deletedImages)},
        {u"image_members"_s, m_imageMembers},
    };
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        qCWarning(lcDemo).noquote() << "cannot write" << filePath() << file.errorString();
    }
}

} // namespace DemoCloud
