#include "library/libraryimage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString(); // null and absent read as empty
}

/// An integer that may come as a number or as a string (IMS sends max_ram as a string).
std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble()) {
        const qint64 n = v.toInteger(-1);
        return n >= 0 ? std::optional<qint64>(n) : std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
    }
    return std::nullopt;
}

QDateTime timestamp(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

constexpr auto MarkerKey = u"imagewright_op";

} // namespace

QString ImageApis::key(ImageApi api)
{
    return api == ImageApi::Ims ? u"ims"_s : u"glance"_s;
}

std::optional<ImageApi> ImageApis::fromKey(const QString &key)
{
    if (key == u"ims")
        return ImageApi::Ims;
    if (key == u"glance")
        return ImageApi::Glance;
    return std::nullopt;
}

ImageApi ImageApis::forFamily(CloudFamily family)
{
    switch (family) {
    case CloudFamily::HuaweiCloud:
    case CloudFamily::OpenTelekomCloud:
    case CloudFamily::Demo: // serves both; IMS is what its Huawei flavour suggests
        return ImageApi::Ims;
    case CloudFamily::FjcloudO:
    case CloudFamily::OpenStack:
        break;
    }
    return ImageApi::Glance;
}

std::optional<QString> LibraryImage::tagValue(const QString &key) const
{
    for (const QString &tag : tags) {
        if (tag.size() > key.size() && tag.startsWith(key)
            && (tag.at(key.size()) == u'=' || tag.at(key.size()) == u'.'))
            return tag.mid(key.size() + 1);
    }
    return std::nullopt;
}

QString LibraryImage::jobMarker() const
{
    if (const auto tag = tagValue(QString::fromUtf16(MarkerKey)))
        return *tag;
    return text(raw.value(QString::fromUtf16(MarkerKey)));
}

bool LibraryImage::isShared() const
{
    return visibility == u"shared" || imageType == u"shared";
}

QString LibraryImage::statusText(const QString &status)
{
    if (status == u"active")
        return tr("Active");
    if (status == u"queued")
        return tr("Queued");
    if (status == u"saving")
        return tr("Saving");
    if (status == u"killed")
        return tr("Killed");
    if (status == u"deleted" || status == u"pending_delete")
        return tr("Deleted");
    if (status == u"deactivated")
        return tr("Deactivated");
    if (status == u"uploading" || status == u"importing")
        return tr("Importing");
    return status;
}

std::optional<LibraryImage> LibraryImage::fromJson(const QJsonObject &o, QString *why)
{
    LibraryImage image;
    image.id = text(o.value(u"id"_s));
    if (image.id.isEmpty()) {
        if (why)
            *why = u"image without id"_s;
        return std::nullopt;
    }
    image.raw = o;
    image.name = text(o.value(u"name"_s));
    image.status = text(o.value(u"status"_s));
    image.visibility = text(o.value(u"visibility"_s));
    image.imageType = text(o.value(u"__imagetype"_s));
    image.owner = text(o.value(u"owner"_s));
    image.osVersion = text(o.value(u"__os_version"_s));
    if (image.osVersion.isEmpty()) // upstream: the os_distro / os_version properties
        image.osVersion =
            QString(text(o.value(u"os_distro"_s)) + u' ' + text(o.value(u"os_version"_s)))
                .trimmed();
    image.diskFormat = text(o.value(u"disk_format"_s));
    image.containerFormat = text(o.value(u"container_format"_s));
    image.description = text(o.value(u"__description"_s));
    if (image.description.isEmpty())
        image.description = text(o.value(u"description"_s));
    // IMS documents `size` as "unavailable" (0) and gives the file size in __image_size.
    image.size = integer(o.value(u"size"_s));
    if (!image.size || *image.size == 0) {
        if (const auto imsSize = integer(o.value(u"__image_size"_s)); imsSize && *imsSize > 0)
            image.size = imsSize;
    }
    image.minDisk = int(integer(o.value(u"min_disk"_s)).value_or(0));
    image.minRam = int(integer(o.value(u"min_ram"_s)).value_or(0));
    if (const auto maxRam = integer(o.value(u"max_ram"_s)))
        image.maxRam = int(*maxRam);
    image.isProtected = o.value(u"protected"_s).toBool();
    image.createdAt = timestamp(o.value(u"created_at"_s));
    image.updatedAt = timestamp(o.value(u"updated_at"_s));
    const QJsonArray tags = o.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : tags) {
        if (tag.isString())
            image.tags << tag.toString();
    }
    return image;
}

QJsonObject LibraryImage::toJson(bool withRaw) const
{
    const auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    QJsonObject o{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"status"_s, status},
        {u"visibility"_s, orNull(visibility)},
        {u"image_type"_s, orNull(imageType)},
        {u"owner"_s, orNull(owner)},
        {u"os_version"_s, orNull(osVersion)},
        {u"disk_format"_s, orNull(diskFormat)},
        {u"container_format"_s, orNull(containerFormat)},
        {u"description"_s, orNull(description)},
        {u"size"_s, size ? QJsonValue(double(*size)) : QJsonValue()},
        {u"min_disk"_s, minDisk},
        {u"min_ram"_s, minRam},
        {u"max_ram"_s, maxRam ? QJsonValue(*maxRam) : QJsonValue()},
        {u"protected"_s, isProtected},
        {u"shared"_s, isShared()},
        {u"created_at"_s, orNull(iso(createdAt))},
        {u"updated_at"_s, orNull(iso(updatedAt))},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"job_marker"_s, orNull(jobMarker())},
    };
    if (withRaw)
        o.insert(u"properties"_s, raw);
    return o;
}

std::optional<LibraryImagePage> LibraryImagePage::fromJson(const QJsonObject &o, QString *why)
{
    const QJsonValue images = o.value(u"images"_s);
    if (!images.isArray()) {
        if (why)
            *why = u"no \"images\" array"_s;
        return std::nullopt;
    }
    LibraryImagePage page;
    const QJsonArray list = images.toArray();
    for (const QJsonValue &item : list) {
        if (auto image = LibraryImage::fromJson(item.toObject()))
            page.images.append(std::move(*image));
        else
            ++page.skipped; // one bad item does not lose the page
    }
    page.next = text(o.value(u"next"_s));
    return page;
}
