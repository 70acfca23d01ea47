#include "model/glanceimage.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// The keys of Glance's image schema (glance/api/v2/images.py get_base_properties); anything
// else in an image is an additional property.
const QStringList SchemaKeys{u"id"_s,
    u"name"_s,
    u"status"_s,
    u"visibility"_s,
    u"protected"_s,
    u"os_hidden"_s,
    u"checksum"_s,
    u"os_hash_algo"_s,
    u"os_hash_value"_s,
    u"owner"_s,
    u"size"_s,
    u"virtual_size"_s,
    u"container_format"_s,
    u"disk_format"_s,
    u"created_at"_s,
    u"updated_at"_s,
    u"tags"_s,
    u"direct_url"_s,
    u"min_ram"_s,
    u"min_disk"_s,
    u"self"_s,
    u"file"_s,
    u"stores"_s,
    u"schema"_s,
    u"locations"_s};

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString(); // null and absent read as empty
}

QDateTime timestamp(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace

bool GlanceImage::isTerminal() const
{
    switch (status) {
    case Status::Active:
    case Status::Killed:
    case Status::Deleted:
    case Status::PendingDelete:
    case Status::Deactivated:
        return true;
    case Status::Queued:
    case Status::Saving:
    case Status::Uploading:
    case Status::Importing:
    case Status::Unknown:
        break;
    }
    return false;
}

bool GlanceImage::isFailed() const
{
    return status == Status::Killed || status == Status::Deleted || status == Status::PendingDelete;
}

GlanceImage::Status GlanceImage::statusFromString(const QString &s)
{
    if (s == u"queued")
        return Status::Queued;
    if (s == u"saving")
        return Status::Saving;
    if (s == u"active")
        return Status::Active;
    if (s == u"killed")
        return Status::Killed;
    if (s == u"deleted")
        return Status::Deleted;
    if (s == u"pending_delete")
        return Status::PendingDelete;
    if (s == u"deactivated")
        return Status::Deactivated;
    if (s == u"uploading")
        return Status::Uploading;
    if (s == u"importing")
        return Status::Importing;
    return Status::Unknown;
}

std::optional<GlanceImage> GlanceImage::fromJson(const QJsonObject &o, QString *why)
{
    GlanceImage image;
    image.id = text(o.value(u"id"_s));
    if (image.id.isEmpty()) {
        if (why)
            *why = u"image without id"_s;
        return std::nullopt;
    }
    image.statusText = text(o.value(u"status"_s));
    if (image.statusText.isEmpty()) {
        if (why)
            *why = u"image %1 without status"_s.arg(image.id);
        return std::nullopt;
    }
    image.status = statusFromString(image.statusText);
    image.name = text(o.value(u"name"_s));
    image.visibility = text(o.value(u"visibility"_s));
    image.diskFormat = text(o.value(u"disk_format"_s));
    image.containerFormat = text(o.value(u"container_format"_s));
    // A whole number of bytes only: a double beyond qint64 must not be converted (UB).
    if (const qint64 size = o.value(u"size"_s).toInteger(-1); size >= 0)
        image.size = size;
    image.minDisk = o.value(u"min_disk"_s).toInt();
    image.minRam = o.value(u"min_ram"_s).toInt();
    image.checksum = text(o.value(u"checksum"_s));
    image.osHashAlgo = text(o.value(u"os_hash_algo"_s));
    image.osHashValue = text(o.value(u"os_hash_value"_s));
    image.owner = text(o.value(u"owner"_s));
    const QJsonArray tags = o.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : tags)
        image.tags << tag.toString();
    image.createdAt = timestamp(o.value(u"created_at"_s));
    image.updatedAt = timestamp(o.value(u"updated_at"_s));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (SchemaKeys.contains(it.key()))
            continue;
        const QJsonValue v = it.value();
        QString value;
        if (v.isString())
            value = v.toString();
        else if (v.isObject())
            value = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            value = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isBool())
            value = v.toBool() ? u"true"_s : u"false"_s;
        else if (v.isDouble())
            value = QString::number(v.toDouble(), 'g', 17);
        else
            value = u"null"_s;
        image.properties.insert(it.key(), value);
    }
    return image;
}
