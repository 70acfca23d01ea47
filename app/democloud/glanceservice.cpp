#include "glanceservice.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include "apiutil.h"
#include "demologging.h"
#include "glancepatch.h"
#include "glanceuploadsink.h"
#include "tokenstore.h"
#include "paging.h"
#include "timefilter.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

// Seed 003: "目前支持zvhd2、vhd、raw、qcow2、iso".
const QStringList HuaweiDiskFormats{u"zvhd2"_s, u"vhd"_s, u"raw"_s, u"qcow2"_s, u"iso"_s};
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
    , m_catalog(state, [this] { return visibleImages(); })
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
    router.add("DELETE", u"/v2/images/{image_id}"_s, Access::Token, [this](const ApiRequest &r) {
        return deleteImage(r);
    });
    router.add("PATCH", u"/v2/images/{image_id}"_s, Access::Token, [this](const ApiRequest &r) {
        return patchImage(r);
    });
    router.addStreaming(
        "PUT",
        u"/v2/images/{image_id}/file"_s,
        Access::Token,
        [this](const HttpRequest &head) { return openUploadSink(head); },
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
    QJsonArray tags; // Huawei Glance shows IMS tags as key=value
    for (const QString &tag : part.dataImage ? part.tags : job.tags)
        tags.append(tag);
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
    const auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    json.insert(u"checksum"_s, orNull(image.checksum));
    json.insert(u"os_hash_algo"_s, orNull(image.osHashAlgo));
    json.insert(u"os_hash_value"_s, orNull(image.osHashValue));
    json.insert(u"owner"_s, image.owner);
    json.insert(u"created_at"_s, isoSeconds(image.createdAt));
    json.insert(u"updated_at"_s, isoSeconds(image.updatedAt));
    json.insert(u"tags"_s, QJsonArray::fromStringList(image.tags));
    json.insert(u"__image_size"_s, QString::number(std::max<qint64>(0, image.size)));
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
    const QString visibility = query.queryItemValue(u"visibility"_s, QUrl::FullyDecoded);
    const QString owner = query.queryItemValue(u"owner"_s, QUrl::FullyDecoded);
    // Glance v2: every `tag` given must be on the image; any other key that is not a paging,
    // sorting or core filter is a property filter (exact value), as image-list --property-filter.
    const QStringList tags = query.allQueryItemValues(u"tag"_s, QUrl::FullyDecoded);
    static const QStringList reserved{u"limit"_s,
        u"marker"_s,
        u"sort"_s,
        u"sort_key"_s,
        u"sort_dir"_s,
        u"status"_s,
        u"name"_s,
        u"tag"_s,
        u"visibility"_s,
        u"member_status"_s,
        u"owner"_s,
        u"size_min"_s,
        u"size_max"_s,
        u"created_at"_s,
        u"updated_at"_s,
        u"os_hidden"_s};
    QList<std::pair<QString, QString>> properties;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!reserved.contains(key))
            properties.append({key, value});
    }
    // created_at / updated_at: "operator:time", one condition per field (the last one given).
    QList<TimeFilter> times;
    for (const QString &field : {u"created_at"_s, u"updated_at"_s}) {
        QString why;
        const auto time = TimeFilter::fromQuery(query, field, &why);
        if (!why.isEmpty())
            return openStackError(400, why);
        if (time)
            times.append(*time);
    }
    QList<QJsonObject> selected;
    QStringList ids;
    const QString project = request.token ? request.token->projectId : QString();
    // Glance lists the images shared with a project once it accepted them, unless member_status
    // says otherwise ("all", "pending", "rejected", "accepted").
    const QString memberStatus =
        query.hasQueryItem(u"member_status"_s)
        ? query.queryItemValue(u"member_status"_s, QUrl::FullyDecoded)
        : u"accepted"_s;
    for (const QJsonObject &image : m_catalog.imagesSeenBy(project)) {
        const QString mine = m_catalog.memberStatus(image.value(u"id"_s).toString(), project);
        if (!mine.isEmpty() && image.value(u"owner"_s).toString() != project
            && memberStatus != u"all" && mine != memberStatus)
            continue;
        if (!status.isEmpty() && image.value(u"status"_s).toString() != status)
            continue;
        if (!visibility.isEmpty() && image.value(u"visibility"_s).toString() != visibility)
            continue;
        if (!owner.isEmpty() && image.value(u"owner"_s).toString() != owner)
            continue;
        if (!name.isEmpty() && image.value(u"name"_s).toString() != name)
            continue;
        const QJsonArray imageTags = image.value(u"tags"_s).toArray();
        const bool allTags = std::all_of(tags.cbegin(), tags.cend(), [&](const QString &t) {
            return imageTags.contains(QJsonValue(t));
        });
        const bool allProperties =
            std::all_of(properties.cbegin(), properties.cend(), [&](const auto &p) {
                const QJsonValue v = image.value(p.first);
                return v.isString() ? v.toString() == p.second
                                    : v.toVariant().toString() == p.second;
            });
        if (!allTags || !allProperties)
            continue;
        if (!std::all_of(times.cbegin(), times.cend(), [&image](const TimeFilter &t) {
                return t.accepts(image);
            }))
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
    const QString project = request.token ? request.token->projectId : QString();
    if (const auto image = m_catalog.findSeenBy(id, project))
        return HttpResponse::json(200, *image);
    return openStackError(404, u"No image found with ID %1"_s.arg(id));
}

HttpResponse GlanceService::createImage(const ApiRequest &request)
{
    // Seed 003 (Huawei IMS, native OpenStack create image metadata), read on its own: the demo
    // cloud is Huawei-flavoured (interfaces.md §6).
    const auto body = parseJsonObject(request.http.body);
    if (!body)
        return openStackError(400, u"The request body must be a JSON object."_s);
    GlanceImage image;
    image.id = newUuid();
    image.status = u"queued"_s;
    image.visibility = u"private"_s;
    image.diskFormat = u"zvhd2"_s; // seed 003: the default for anything but iso
    image.containerFormat = u"bare"_s;
    image.owner = request.token ? request.token->projectId : QString();
    image.createdAt = QDateTime::currentDateTimeUtc();
    image.updatedAt = image.createdAt;
    QString osVersion = u"Other Linux (64 bit)"_s; // seed 003: when __os_version is left out
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
            // Seed 003's request table: 1 to 255 characters.
            if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 255)
                return openStackError(400, u"name must be a string of 1 to 255 characters."_s);
            image.name = value.toString();
        } else if (key == u"disk_format") {
            if (!HuaweiDiskFormats.contains(value.toString()))
                return openStackError(400,
                    u"Invalid disk_format '%1': supported are zvhd2, vhd, raw, qcow2 and iso."_s
                        .arg(value.toString()));
            image.diskFormat = value.toString();
        } else if (key == u"container_format") {
            if (value.toString() != u"bare")
                return openStackError(
                    400, u"Invalid container_format '%1': only bare."_s.arg(value.toString()));
            image.containerFormat = value.toString();
        } else if (key == u"visibility") {
            // Seed 003: "创建镜像元数据时，visibility取值只能为private".
            if (value.toString() != u"private")
                return openStackError(400,
                    u"Invalid visibility '%1': image metadata is created private."_s.arg(
                        value.toString()));
        } else if (key == u"min_disk") {
            if (!nonNegativeInt(value) || value.toInt() < 1 || value.toInt() > 1024)
                return openStackError(400, u"min_disk must be an integer from 1 to 1024 (GB)."_s);
            image.minDisk = value.toInt();
        } else if (key == u"min_ram") {
            if (!nonNegativeInt(value))
                return openStackError(400, u"min_ram must be a non-negative integer."_s);
            image.minRam = value.toInt();
        } else if (key == u"protected") {
            if (!value.isBool())
                return openStackError(400, u"protected must be true or false."_s);
            image.isProtected = value.toBool();
        } else if (key == u"tags") {
            if (!value.isArray())
                return openStackError(400, u"tags must be an array of strings."_s);
            const QJsonArray tags = value.toArray();
            QStringList keys;
            for (const QJsonValue &tag : tags) {
                if (const QString problem = checkHuaweiTag(tag, &keys); !problem.isEmpty())
                    return openStackError(400, problem);
                image.tags.append(tag.toString());
            }
        } else if (key == u"__os_version") {
            if (!value.isString() || value.toString().trimmed().isEmpty()
                || value.toString().size() > 255)
                return openStackError(400, u"__os_version must be a non-empty string."_s);
            osVersion = value.toString();
        } else {
            image.properties.insert(key, value); // additional properties
        }
    }
    // Seed 003's response: the attributes IMS derives from __os_version and the format.
    const bool windows = osVersion.contains(u"Windows"_s, Qt::CaseInsensitive);
    const bool other = osVersion.startsWith(u"Other"_s, Qt::CaseInsensitive);
    image.properties.insert(u"__os_version"_s, osVersion);
    image.properties.insert(u"__os_type"_s, windows ? u"Windows"_s : u"Linux"_s);
    image.properties.insert(u"__platform"_s,
        windows ? u"Windows"_s : (other ? u"Other"_s : osVersion.section(u' ', 0, 0)));
    image.properties.insert(u"__os_bit"_s, osVersion.contains(u"32"_s) ? u"32"_s : u"64"_s);
    image.properties.insert(u"__imagetype"_s, u"private"_s);
    image.properties.insert(u"__isregistered"_s, u"true"_s);
    image.properties.insert(u"__image_source_type"_s, u"uds"_s);
    image.properties.insert(
        u"virtual_env_type"_s, image.diskFormat == u"iso" ? u"IsoImage"_s : u"FusionCompute"_s);
    m_state.putGlanceImage(image);
    qCInfo(lcDemo).noquote() << "Glance image" << image.id << "queued";
    return HttpResponse::json(201, glanceImageJson(image))
        .withHeader("Location"_ba, (m_config.baseUrl + u"/v2/images/"_s + image.id).toUtf8());
}

QString GlanceService::checkHuaweiTag(const QJsonValue &tag, QStringList *keys)
{
    // Seed 003: tags are "key=value" strings of 1 to 255 characters; the tag rules of
    // interfaces.md §7: key 1-36, value at most 43 characters, keys unique.
    if (!tag.isString() || tag.toString().isEmpty() || tag.toString().size() > 255)
        return u"tags must be strings of 1 to 255 characters."_s;
    const QString text = tag.toString();
    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0)
        return u"Tag '%1' must have the form key=value."_s.arg(text);
    const QString key = text.left(eq);
    if (key.trimmed().isEmpty() || key.size() > 36)
        return u"Tag key '%1' must have 1 to 36 characters."_s.arg(key);
    if (text.size() - eq - 1 > 43)
        return u"The value of tag '%1' may have at most 43 characters."_s.arg(key);
    if (keys->contains(key))
        return u"Tag key '%1' is used twice."_s.arg(key);
    keys->append(key);
    return {};
}

std::unique_ptr<HttpBodySink> GlanceService::openUploadSink(const HttpRequest &head)
{
    // The path is /v2/images/{id}/file; the route matched already.
    const QStringList segments = head.path.split(u'/', Qt::SkipEmptyParts);
    const QString id = segments.size() >= 3 ? segments.at(2) : QString();
    auto markedSaving = std::make_shared<bool>(false);
    return std::make_unique<GlanceUploadSink>(
        id,
        [this, id, markedSaving] {
            // Glance moves a queued image to saving while its data arrives.
            const GlanceImage *found = m_state.glanceImage(id);
            if (!found || found->status != u"queued")
                return;
            GlanceImage image = *found;
            image.status = u"saving"_s;
            image.updatedAt = QDateTime::currentDateTimeUtc();
            m_state.putGlanceImage(image);
            *markedSaving = true;
        },
        [this, id, markedSaving] {
            // The upload did not complete (the client went away, or it was refused): like
            // Glance's _restore, a saving image goes back to queued.
            if (!*markedSaving)
                return;
            const GlanceImage *found = m_state.glanceImage(id);
            if (!found || found->status != u"saving")
                return;
            GlanceImage image = *found;
            image.status = u"queued"_s;
            image.updatedAt = QDateTime::currentDateTimeUtc();
            m_state.putGlanceImage(image);
            qCInfo(lcDemo).noquote() << "Glance image" << id << "upload incomplete: queued again";
        },
        head.header("authorization").startsWith("SDK-HMAC-SHA256")); // AK/SK: hash for it
}

HttpResponse GlanceService::deleteImage(const ApiRequest &request)
{
    // One route for Glance's delete and IMS's native delete, whose optional body says whether
    // the backups of a full-ECS image go too ("Deleting an Image (Native OpenStack API)").
    const QString id = request.param(u"image_id"_s);
    if (!request.http.body.trimmed().isEmpty()) {
        const auto body = parseJsonObject(request.http.body);
        if (!body
            || (body->contains(u"delete_backup"_s) && !body->value(u"delete_backup"_s).isBool()))
            return imsError(400, u"IMG.0001"_s, u"delete_backup must be true or false."_s);
    }
    const auto image = m_catalog.find(id);
    if (!image)
        return openStackError(404, u"No image found with ID %1"_s.arg(id));
    if (image->value(u"owner"_s).toString() != Account::ProjectId)
        return openStackError(
            403, u"You cannot delete image %1: it belongs to another project."_s.arg(id));
    if (image->value(u"protected"_s).toBool())
        return openStackError(403, u"Image %1 is protected and cannot be deleted."_s.arg(id));
    m_catalog.remove(id);
    qCInfo(lcDemo).noquote() << "image" << id << "deleted";
    return HttpResponse::empty(204);
}

HttpResponse GlanceService::patchImage(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    const auto image = m_catalog.find(id);
    if (!image)
        return openStackError(404, u"No image found with ID %1"_s.arg(id));
    if (image->value(u"owner"_s).toString() != Account::ProjectId)
        return openStackError(
            403, u"You cannot change image %1: it belongs to another project."_s.arg(id));
    QJsonObject changes;
    if (const auto refused =
            applyGlancePatch(*image, request.http, &GlanceService::checkHuaweiTag, &changes))
        return *refused;
    if (const GlanceImage *stored = m_state.glanceImage(id)) {
        // A Glance-made image keeps its core attributes in its own record.
        GlanceImage updated = *stored;
        updated.name =
            changes.contains(u"name"_s) ? changes.value(u"name"_s).toString() : updated.name;
        updated.minDisk = changes.value(u"min_disk"_s).toInt(updated.minDisk);
        updated.minRam = changes.value(u"min_ram"_s).toInt(updated.minRam);
        updated.isProtected = changes.value(u"protected"_s).toBool(updated.isProtected);
        if (changes.contains(u"tags"_s)) {
            updated.tags.clear();
            const QJsonArray tags = changes.value(u"tags"_s).toArray();
            for (const QJsonValue &tag : tags)
                updated.tags.append(tag.toString());
        }
        updated.updatedAt = QDateTime::currentDateTimeUtc();
        m_state.putGlanceImage(updated);
    }
    const QJsonObject result = m_catalog.update(id, changes);
    qCInfo(lcDemo).noquote() << "image" << id << "patched:" << changes.keys().join(u", "_s);
    return HttpResponse::json(200, result);
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
    if (image.status != u"queued" && image.status != u"saving") {
        return openStackError(
            409, u"Image status transition from %1 to saving is not allowed"_s.arg(image.status));
    }
    if (image.diskFormat.isEmpty() || image.containerFormat.isEmpty()) {
        return openStackError(
            400, u"Properties disk_format, container_format must be set prior to saving data."_s);
    }
    auto *sink = dynamic_cast<GlanceUploadSink *>(request.http.bodySink.get());
    const qint64 received = sink ? sink->size() : 0;
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
    if (sink) {
        QString md5;
        QString sha512;
        sink->finish(&md5, &sha512);
        if (image.status == u"active") {
            image.checksum = md5;
            image.osHashAlgo = u"sha512"_s;
            image.osHashValue = sha512;
        }
    }
    image.updatedAt = QDateTime::currentDateTimeUtc();
    m_state.putGlanceImage(image);
    qCInfo(lcDemo).noquote() << "Glance image" << image.id << "received" << received
                             << "bytes:" << image.status;
    return HttpResponse::empty(204);
}

} // namespace DemoCloud
