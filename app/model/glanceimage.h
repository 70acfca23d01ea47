#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// A Glance v2 image as GET /v2/images/{id} shows it (reference/api-facts.md §1.8; seed 003).
/// Used to follow Nova createImage and Cinder upload-to-image to their end.
struct GlanceImage
{
    Q_GADGET
public:
    /// Glance's image statuses (images-images-v2.inc); uploading and importing since v2.6.
    enum class Status
    {
        Queued,
        Saving,
        Active,
        Killed,
        Deleted,
        PendingDelete,
        Deactivated,
        Uploading,
        Importing,
        Unknown
    };
    Q_ENUM(Status)

    QString id;
    QString name;
    Status status = Status::Unknown;
    QString statusText; // the raw value, shown when it is not one we know
    QString visibility;
    QString diskFormat;
    QString containerFormat;
    std::optional<qint64> size; // bytes; null until the data is there
    int minDisk = 0;            // GB
    int minRam = 0;             // MB
    QString checksum;           // MD5; empty when null (no longer set since Victoria)
    QString osHashAlgo;         // e.g. "sha512"
    QString osHashValue;
    QString owner;
    QStringList tags;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    /// Every key Glance's schema does not define itself (additional properties such as the
    /// metadata of a Nova createImage, image_type, instance_uuid, __os_version), as text:
    /// strings as they are, other JSON values in compact JSON.
    QMap<QString, QString> properties;

    /// active, or a state it will not leave on its own (killed, deleted, pending_delete,
    /// deactivated).
    bool isTerminal() const;
    /// The upload or snapshot failed or the image went away (killed, deleted, pending_delete).
    bool isFailed() const;

    static std::optional<GlanceImage> fromJson(const QJsonObject &o, QString *why = nullptr);
    static Status statusFromString(const QString &s);
};
Q_DECLARE_METATYPE(GlanceImage::Status)
