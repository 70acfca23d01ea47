#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "cinderupload.h"
#include "imsjob.h"
#include "novasnapshot.h"

namespace DemoCloud {

/// An image created through Glance (POST /v2/images). Images made by IMS jobs are derived from
/// their job instead and are not stored twice.
struct GlanceImage
{
    QString id;
    QString name;
    QString status; // queued, active, killed
    QString diskFormat;
    QString containerFormat;
    QString visibility;
    QString owner;
    int minDisk = 0;
    int minRam = 0;
    qint64 size = -1; // -1: null (no data yet)
    bool isProtected = false;
    QStringList tags;
    QString checksum;   // MD5 of the uploaded data; empty until active
    QString osHashAlgo; // "sha512" once active
    QString osHashValue;
    QJsonObject properties; // every other key of the create body (e.g. __os_version)
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toStateJson() const;
    static std::optional<GlanceImage> fromStateJson(const QJsonObject &object);
};

/// What the demo cloud remembers: IMS jobs (with the images they make), Nova createImage
/// snapshots and Cinder uploads to image (with theirs), Glance images and
/// whether the sample history was created. With a directory it is kept in DIR/state.json,
/// rewritten atomically (QSaveFile) after every change; without one it lives in memory.
/// Tokens, recorded requests and faults are never persisted.
class StateStore
{
public:
    explicit StateStore(const QString &directory);

    /// Reads DIR/state.json if it exists. An unreadable file is moved aside (state.json.bad)
    /// and the store starts empty; false only when the directory cannot be used at all.
    bool load(QString *error);
    bool isPersistent() const { return !m_directory.isEmpty(); }
    QString filePath() const;

    const QList<ImsJob> &imsJobs() const { return m_jobs; }
    const ImsJob *imsJob(const QString &id) const;
    void addImsJob(const ImsJob &job);

    const QList<GlanceImage> &glanceImages() const { return m_images; }
    const GlanceImage *glanceImage(const QString &id) const;
    void putGlanceImage(const GlanceImage &image); // adds or replaces by id
    bool removeGlanceImage(const QString &id);

    const QList<NovaSnapshot> &novaSnapshots() const { return m_snapshots; }
    void addNovaSnapshot(const NovaSnapshot &snapshot);

    const QList<CinderUpload> &cinderUploads() const { return m_uploads; }
    void addCinderUpload(const CinderUpload &upload);

    /// The image library's changes to images not stored here (IMS job images, samples): per
    /// image id, the properties set by PATCH (a JSON null: removed), and the deleted ids.
    QJsonObject imageEdit(const QString &id) const { return m_imageEdits.value(id).toObject(); }
    void setImageEdit(const QString &id, const QJsonObject &changes);
    bool isImageDeleted(const QString &id) const { return m_deletedImages.contains(id); }
    void markImageDeleted(const QString &id);

    /// Image members (MemberStore's own JSON: members per image and IMS batch changes still
    /// running).
    QJsonObject imageMembers() const { return m_imageMembers; }
    void setImageMembers(const QJsonObject &members);

    bool sampleHistorySeeded() const { return m_sampleHistorySeeded; }
    void setSampleHistorySeeded(bool seeded);

    /// Forgets every job and image (POST /__demo/reset).
    void clear();

private:
    void save() const;

    QString m_directory;
    QList<ImsJob> m_jobs;
    QList<GlanceImage> m_images;
    QList<NovaSnapshot> m_snapshots;
    QList<CinderUpload> m_uploads;
    QJsonObject m_imageEdits; // image id -> changed properties
    QStringList m_deletedImages;
    QJsonObject m_imageMembers;
    bool m_sampleHistorySeeded = false;
};

} // namespace DemoCloud
