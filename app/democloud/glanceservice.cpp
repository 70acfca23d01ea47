#include "glanceservice.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include "apiutil.h"
#include "demologging.h"
#include "paging.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

// Glance's schema enumerations (glance/common/config.py), plus Huawei's zvhd/zvhd2.
const QStringList DiskFormats{u"ami"_s,
    u"ari"_s,
    u"aki"_s,
    u"vhd"_s,
    u"vhdx"_s,
    u"vmdk"_s,
    u"raw"_s,
    u"qcow2"_s,
    u"vdi"_s,
    u"iso"_s,
    u"ploop"_s,
    u"zvhd"_s,
    u"zvhd2"_s};
const QStringList ContainerFormats{
    u"ami"_s, u"ari"_s, u"aki"_s, u"bare"_s, u"ovf"_s, u"ova"_s, u"docker"_s, u"compressed"_s};
const QStringList Visibilities{u"public"_s, u"private"_s, u"shared"_s, u"community"_s};
// Keys Glance manages itself; a create body may not set them.
const QStringList ReadOnlyKeys{u"status"_s,
    u"size"_s,
    u"virtual_size"_s,
    u"checksum"_s,
    u"created_at"_s,
    u"updated_at"_s,
    u"file"_s,
    u"self"_s,
    u"schema"_s,
    u"owner"_s,
    u"os_hash_algo"_s,
    u"os_hash_value"_s,
    u"direct_url"_s,
    u"locations"_s};

bool nonNegativeInt(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(value.toInt());
}

} // namespace

GlanceService::GlanceService(const CloudConfig &config, StateStore &state)
    : m_config(config)
    , m_state(state)
{ }

void GlanceService::registerRoutes(Router &router)
{
    router.add(
        "GET", u"/versions"_s, Access::Public, [this](const ApiRequest &r) { return versions(r); });
    router.add("GET", u"/v2/images"_s, Access::Token, [this](const ApiRequest &r) {
        return listImages(r);
    });
    router.add("POST", u"/v2/images"_s, Access::Token, [this](const ApiRequest &r) {
        return createImage(r);
    });
    router.add("GET", u"/v2/images/{image_id}"_s, Access::Token, [this](const ApiRequest &r) {
        return showImage(r);
    });
    router.addStreaming(
        "PUT",
        u"/v2/images/{image_id}/file"_s,
        Access::Token,
        [](const HttpRequest &) { return std::make_unique<CountingBodySink>(); },
        [this](const ApiRequest &r) { return uploadImage(r); });
}

HttpResponse GlanceService::versions(const ApiRequest &) const
{
    QJsonArray list;
    for (const auto &[id, status] : {std::pair{u"v2.9"_s, u"CURRENT"_s},
             std::pair{u"v2.1"_s, u"SUPPORTED"_s},
             std::pair{u"v2.0"_s, u"SUPPORTED"_s}}) {
        list.append(QJsonObject{
            {u"id"_s, id},
            {u"status"_s, status},
            {u"links"_s,
                QJsonArray{QJsonObject{
                    {u"rel"_s, u"self"_s}, {u"href"_s, QString(m_config.baseUrl + u"/v2/"_s)}}}},
        });
    }
    return HttpResponse::json(200, {{u"versions"_s, list}});
}

QJsonObject GlanceService::imsImageJson(
    const ImsJob &job, const ImsImagePart &part, bool active) const
{
    const QDateTime updated = active ? job.endTime() : job.createdAt;
    QJsonArray tags;
    if (!part.dataImage) {
        for (const QString &tag : job.tags)
            tags.append(tag); // Huawei Glance shows IMS tags as key=value
    }
    QJsonObject json{
        {u"id"_s, part.imageId},
        {u"name"_s, part.name},
        {u"status"_s, active ? u"active"_s : u"saving"_s},
        {u"visibility"_s, u"private"_s},
        {u"protected"_s, false},
        {u"disk_format"_s, u"zvhd2"_s},
        {u"container_format"_s, u"bare"_s},
        {u"min_disk"_s, part.minDisk},
        {u"min_ram"_s, job.request.value(u"min_ram"_s).toInt()},
        {u"size"_s, active ? QJsonValue(double(part.minDisk) * 64.0 * 1024 * 1024) : QJsonValue()},
        {u"virtual_size"_s, QJsonValue::Null},
        {u"checksum"_s, QJsonValue::Null},
        {u"owner"_s, job.projectId},
        {u"created_at"_s, isoSeconds(job.createdAt)},
        {u"updated_at"_s, isoSeconds(updated)},
        {u"tags"_s, tags},
        {u"file"_s, u"/v2/images/%1/file"_s.arg(part.imageId)},
        {u"self"_s, u"/v2/images/%1"_s.arg(part.imageId)},
        {u"schema"_s, u"/v2/schemas/image"_s},
        {u"__imagetype"_s, u"private"_s},
        {u"__isregistered"_s, u"true"_s},
        {u"virtual_env_type"_s, part.dataImage ? u"DataImage"_s : u"FusionCompute"_s},
    };
    if (!part.dataImage && !job.osVersion.isEmpty())
        json.insert(u"__os_version"_s, job.osVersion);
    return json;
}

QJsonObject GlanceService::glanceImageJson(const GlanceImage &image) const
{
    QJsonObject json = image.properties;
    json.insert(u"id"_s, image.id);
    json.insert(u"name"_s, image.name.isNull() ? QJsonValue() : QJsonValue(image.name));
    json.insert(u"status"_s, image.status);
    json.insert(u"visibility"_s, image.visibility);
    json.insert(u"protected"_s, image.isProtected);
    json.insert(
        u"disk_format"_s, image.diskFormat.isEmpty() ? QJsonValue() : QJsonValue(image.diskFormat));
    json.insert(u"container_format"_s,
        image.containerFormat.isEmpty() ? QJsonValue() : QJsonValue(image.containerFormat));
    json.insert(u"min_disk"_s, image.minDisk);
    json.insert(u"min_ram"_s, image.minRam);
    json.insert(u"size"_s, image.size < 0 ? QJsonValue() : QJsonValue(double(image.size)));
    json.insert(u"virtual_size"_s, QJsonValue::Null);
    json.insert(u"checksum"_s, QJsonValue::Null);
    json.insert(u"owner"_s, image.owner);
    json.insert(u"created_at"_s, isoSeconds(image.createdAt));
    json.insert(u"updated_at"_s, isoSeconds(image.updatedAt));
    json.insert(u"tags"_s, QJsonArray::fromStringList(image.tags));
    json.insert(u"file"_s, u"/v2/images/%1/file"_s.arg(image.id));
    json.insert(u"self"_s, u"/v2/images/%1"_s.arg(image.id));
    json.insert(u"schema"_s, u"/v2/schemas/image"_s);
    return json;
}

QJsonObject GlanceService::snapshotImageJson(
    const NovaSnapshot &snapshot, const QDateTime &now) const
{
    const QString status = snapshot.imageStatusAt(now);
    const bool active = status == u"active";
    // Demo data: the "image data" is derived from the ID, so size and hashes are stable.
    const QByteArray data = snapshot.imageId.toLatin1().repeated(4);
    // Nova's snapshot properties (nova/compute/api.py _create_image, nova/image/glance.py);
    // Glance v2 shows properties as top-level keys. The request's metadata comes first so the
    // keys Nova sets itself win.
    QJsonObject json = snapshot.metadata;
    json.insert(u"image_type"_s, u"snapshot"_s);
    json.insert(u"image_location"_s, u"snapshot"_s);
    json.insert(u"instance_uuid"_s, snapshot.serverId);
    json.insert(u"base_image_ref"_s, u""_s); // volume-backed, as ECSs are
    json.insert(u"user_id"_s, Account::UserId.toString());
    json.insert(u"owner_id"_s, snapshot.projectId);
    json.insert(u"id"_s, snapshot.imageId);
    json.insert(u"name"_s, snapshot.name);
    json.insert(u"status"_s, status);
    json.insert(u"visibility"_s, u"private"_s);
    json.insert(u"protected"_s, false);
    json.insert(u"disk_format"_s, u"qcow2"_s);
    json.insert(u"container_format"_s, u"bare"_s);
    json.insert(u"min_disk"_s, snapshot.minDisk);
    json.insert(u"min_ram"_s, 0);
    json.insert(u"size"_s,
        active ? QJsonValue(double(snapshot.minDisk) * 32.0 * 1024 * 1024) : QJsonValue());
    json.insert(u"virtual_size"_s, QJsonValue::Null);
    json.insert(u"checksum"_s,
        active ? QJsonValue(
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()))
               : QJsonValue());
    json.insert(u"os_hash_algo"_s, active ? QJsonValue(u"sha512"_s) : QJsonValue());
    json.insert(u"os_hash_value"_s,
        active ? QJsonValue(
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex()))
               : QJsonValue());
    json.insert(u"owner"_s, snapshot.projectId);
    json.insert(u"created_at"_s, isoSeconds(snapshot.createdAt));
    json.insert(u"updated_at"_s, isoSeconds(active ? snapshot.endTime() : snapshot.createdAt));
    json.insert(u"tags"_s, QJsonArray());
    json.insert(u"file"_s, u"/v2/images/%1/file"_s.arg(snapshot.imageId));
    json.insert(u"self"_s, u"/v2/images/%1"_s.arg(snapshot.imageId));
    json.insert(u"schema"_s, u"/v2/schemas/image"_s);
    return json;
}

QJsonObject GlanceService::uploadImageJson(const CinderUpload &upload, const QDateTime &now) const
{
    const QString status = upload.imageStatusAt(now);
    const bool active = status == u"active";
    // What Cinder sets on an uploaded image (cinder/image/glance.py, volume/volume_utils.py):
    // the request's formats, name, visibility and protection, min_disk of the volume's size.
    QJsonObject json{
        {u"id"_s, upload.imageId},
        {u"name"_s, upload.imageName},
        {u"status"_s, status},
        {u"visibility"_s, upload.visibility},
        {u"protected"_s, upload.isProtected},
        {u"disk_format"_s, upload.diskFormat},
        {u"container_format"_s, upload.containerFormat},
        {u"min_disk"_s, upload.sizeGb},
        {u"min_ram"_s, 0},
        {u"size"_s,
            active ? QJsonValue(double(upload.sizeGb) * 1024.0 * 1024 * 1024) : QJsonValue()},
        {u"virtual_size"_s, QJsonValue::Null},
        {u"checksum"_s, QJsonValue::Null},
        {u"owner"_s, upload.projectId},
        {u"created_at"_s, isoSeconds(upload.createdAt)},
        {u"updated_at"_s, isoSeconds(active ? upload.endTime() : upload.createdAt)},
        {u"tags"_s, QJsonArray()},
        {u"file"_s, u"/v2/images/%1/file"_s.arg(upload.imageId)},
        {u"self"_s, u"/v2/images/%1"_s.arg(upload.imageId)},
        {u"schema"_s, u"/v2/schemas/image"_s},
    };
    // interfaces.md §5: sync- makes FJcloud-O's replication error appear (seed 000).
    if (active && upload.syncFails)
        json.insert(u"sync_status_reason"_s, upload.syncStatusReason());
    return json;
}

QList<QJsonObject> GlanceService::visibleImages() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<QDateTime, QJsonObject>> images;
    for (const ImsJob &job : m_state.imsJobs()) {
        const ImsJob::Phase phase = job.phaseAt(now);
        const bool finished = phase == ImsJob::Phase::Success || phase == ImsJob::Phase::Fail;
        QList<ImsImagePart> parts = job.dataImages;
        if (job.systemImage)
            parts.prepend(*job.systemImage);
        for (const ImsImagePart &part : std::as_const(parts)) {
            // IMS removes what a failed job made; a data image of a partly failed job survives
            // when its own sub-job succeeded.
            const bool partFailed = part.fails || (phase == ImsJob::Phase::Fail && !part.dataImage);
            if (finished && partFailed)
                continue;
            images.append({job.createdAt, imsImageJson(job, part, finished)});
        }
    }
    for (const GlanceImage &image : m_state.glanceImages())
        images.append({image.createdAt, glanceImageJson(image)});
    for (const NovaSnapshot &snapshot : m_state.novaSnapshots()) {
        if (snapshot.phaseAt(now) != NovaSnapshot::Phase::Purged)
            images.append({snapshot.createdAt, snapshotImageJson(snapshot, now)});
    }
    for (const CinderUpload &upload : m_state.cinderUploads())
        images.append({upload.createdAt, uploadImageJson(upload, now)});
    std::stable_sort(images.begin(), images.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    QList<QJsonObject> result;
    for (const auto &entry : std::as_const(images))
        result.append(entry.second);
    return result;
}

HttpResponse GlanceService::listImages(const ApiRequest &request) const
{
    const QUrlQuery &query = request.http.query;
    const QString status = query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    const QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    QList<QJsonObject> selected;
    QStringList ids;
    for (const QJsonObject &image : visibleImages()) {
        if (!status.isEmpty() && image.value(u"status"_s).toString() != status)
            continue;
        if (!name.isEmpty() && image.value(u"name"_s).toString() != name)
            continue;
        selected.append(image);
        ids.append(image.value(u"id"_s).toString());
    }
    const Page page = Page::select(query, ids);
    if (!page.error.isEmpty())
        return openStackError(400, page.error);
    QJsonArray list;
    for (qsizetype i = page.first; i < page.first + page.count; ++i)
        list.append(selected.at(i));
    QJsonObject body{
        {u"images"_s, list}, {u"first"_s, u"/v2/images"_s}, {u"schema"_s, u"/v2/schemas/images"_s}};
    const QJsonArray links = page.nextLinks(u"/v2/images"_s, query, ids);
    if (!links.isEmpty())
        body.insert(u"next"_s, links.first().toObject().value(u"href"_s));
    return HttpResponse::json(200, body);
}

HttpResponse GlanceService::showImage(const ApiRequest &request) const
{
    const QString id = request.param(u"image_id"_s);
    for (const QJsonObject &image : visibleImages()) {
        if (image.value(u"id"_s).toString() == id)
            return HttpResponse::json(200, image);
    }
    return openStackError(404, u"No image found with ID %1"_s.arg(id));
}

HttpResponse GlanceService::createImage(const ApiRequest &request)
{
    const auto body = parseJsonObject(request.http.body);
    if (!body)
        return openStackError(400, u"The request body must be a JSON object."_s);
    GlanceImage image;
    image.id = newUuid();
    image.status = u"queued"_s;
    image.visibility = u"private"_s;
    image.owner = request.token ? request.token->projectId : QString();
    image.createdAt = QDateTime::currentDateTimeUtc();
    image.updatedAt = image.createdAt;
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (ReadOnlyKeys.contains(key))
            return openStackError(403, u"Attribute '%1' is read-only."_s.arg(key));
        if (key == u"id") {
            const QUuid uuid = QUuid::fromString(value.toString());
            if (!value.isString() || uuid.isNull())
                return openStackError(400, u"id must be a UUID."_s);
            image.id = uuid.toString(QUuid::WithoutBraces);
            bool taken = m_state.glanceImage(image.id) != nullptr;
            for (const QJsonObject &existing : visibleImages())
                taken = taken || existing.value(u"id"_s).toString() == image.id;
            if (taken)
                return openStackError(
                    409, u"An image with identifier %1 already exists"_s.arg(image.id));
        } else if (key == u"name") {
            if (!value.isString() || value.toString().size() > 255)
                return openStackError(400, u"name must be a string of at most 255 characters."_s);
            image.name = value.toString();
        } else if (key == u"disk_format") {
            if (!DiskFormats.contains(value.toString()))
                return openStackError(400, u"Invalid disk_format '%1'."_s.arg(value.toString()));
            image.diskFormat = value.toString();
        } else if (key == u"container_format") {
            if (!ContainerFormats.contains(value.toString()))
                return openStackError(
                    400, u"Invalid container_format '%1'."_s.arg(value.toString()));
            image.containerFormat = value.toString();
        } else if (key == u"visibility") {
            if (!Visibilities.contains(value.toString()))
                return openStackError(400, u"Invalid visibility '%1'."_s.arg(value.toString()));
            image.visibility = value.toString();
        } else if (key == u"min_disk" || key == u"min_ram") {
            if (!nonNegativeInt(value))
                return openStackError(400, u"%1 must be a non-negative integer."_s.arg(key));
            (key == u"min_disk" ? image.minDisk : image.minRam) = value.toInt();
        } else if (key == u"protected") {
            if (!value.isBool())
                return openStackError(400, u"protected must be true or false."_s);
            image.isProtected = value.toBool();
        } else if (key == u"tags") {
            if (!value.isArray())
                return openStackError(400, u"tags must be an array of strings."_s);
            const QJsonArray tags = value.toArray();
            for (const QJsonValue &tag : tags) {
                if (!tag.isString() || tag.toString().size() > 255)
                    return openStackError(
                        400, u"tags must be strings of at most 255 characters."_s);
                image.tags.append(tag.toString());
            }
        } else {
            image.properties.insert(key, value); // additional properties, e.g. __os_version
        }
    }
    m_state.putGlanceImage(image);
    qCInfo(lcDemo).noquote() << "Glance image" << image.id << "queued";
    return HttpResponse::json(201, glanceImageJson(image))
        .withHeader("Location"_ba, (m_config.baseUrl + u"/v2/images/"_s + image.id).toUtf8());
}

HttpResponse GlanceService::uploadImage(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    const GlanceImage *found = m_state.glanceImage(id);
    if (!found)
        return openStackError(404, u"No image found with ID %1"_s.arg(id));
    GlanceImage image = *found;
    const QByteArray contentType = request.http.header("content-type").split(';').first().trimmed();
    if (contentType != "application/octet-stream") {
        return openStackError(415, u"Unsupported Content-Type; use application/octet-stream."_s);
    }
    if (image.status != u"queued") {
        return openStackError(
            409, u"Image status transition from %1 to saving is not allowed"_s.arg(image.status));
    }
    if (image.diskFormat.isEmpty() || image.containerFormat.isEmpty()) {
        return openStackError(
            400, u"Properties disk_format, container_format must be set prior to saving data."_s);
    }
    const qint64 received = request.http.bodySink ? request.http.bodySink->size() : 0;
    const QByteArray declared = request.http.header("x-openstack-image-size");
    if (!declared.isEmpty() && declared.toLongLong() != received) {
        return openStackError(400,
            u"The declared image size %1 does not match the %2 bytes received."_s
                .arg(QString::fromLatin1(declared))
                .arg(received));
    }
    // interfaces.md §5: a name starting with "fail-" ends in the API's failure state.
    image.status = image.name.startsWith(u"fail-"_s) ? u"killed"_s : u"active"_s;
    image.size = received;
    image.updatedAt = QDateTime::currentDateTimeUtc();
    m_state.putGlanceImage(image);
    qCInfo(lcDemo).noquote() << "Glance image" << image.id << "received" << received
                             << "bytes:" << image.status;
    return HttpResponse::empty(204);
}

} // namespace DemoCloud
