#include "cinderservice.h"

#include <cmath>

#include <QJsonArray>
#include <QUuid>

#include "apiutil.h"
#include "demologging.h"
#include "paging.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

constexpr int MinMinor = 0;               // 3.0
constexpr int MaxMinor = 70;              // 3.70
constexpr int UploadImageParamsMinor = 1; // 3.1: visibility and protected (api-facts §1.7)
constexpr int ImageNameMaxLength = 255;   // Cinder's schema: image_name 1-255

// cinder/api/schemas/volume_actions.py volume_upload_image: disk_format's enum.
const QStringList DiskFormats{
    u"raw"_s, u"vmdk"_s, u"vdi"_s, u"qcow2"_s, u"vhd"_s, u"vhdx"_s, u"ploop"_s};
const QStringList Visibilities{u"community"_s, u"public"_s, u"private"_s, u"shared"_s};

/// The requested volume microversion minor number (3.x) from `OpenStack-API-Version: volume
/// 3.x`; 0 without one; -1 when malformed or out of range.
int requestedMinor(const HttpRequest &request)
{
    const QByteArray header = request.header("openstack-api-version").trimmed();
    if (!header.toLower().startsWith("volume "))
        return MinMinor;
    const QByteArray version = header.mid(7).trimmed();
    if (version.toLower() == "latest")
        return MaxMinor;
    const QList<QByteArray> parts = version.split('.');
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.size() == 2 ? parts.at(0).toInt(&okMajor) : 0;
    const int minor = parts.size() == 2 ? parts.at(1).toInt(&okMinor) : 0;
    if (!okMajor || !okMinor || major != 3 || minor < MinMinor || minor > MaxMinor)
        return -1;
    return minor;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return u"'%1'"_s.arg(value.toString());
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull() || value.isUndefined())
        return u"None"_s;
    return value.isObject() ? u"{...}"_s : u"[...]"_s;
}

QString invalidInput(const QString &field, const QJsonValue &value, const QString &why)
{
    // cinder/api/validation/validators.py's wording
    return u"Invalid input for field/attribute %1. Value: %2. %3"_s.arg(
        field, valueText(value), why);
}

/// parameter_types.boolean: a JSON boolean or one of these strings.
std::optional<bool> cinderBoolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    static const QStringList truthy{u"True"_s,
        u"TRUE"_s,
        u"true"_s,
        u"1"_s,
        u"ON"_s,
        u"On"_s,
        u"on"_s,
        u"YES"_s,
        u"Yes"_s,
        u"yes"_s,
        u"y"_s,
        u"t"_s};
    static const QStringList falsy{u"False"_s,
        u"FALSE"_s,
        u"false"_s,
        u"0"_s,
        u"OFF"_s,
        u"Off"_s,
        u"off"_s,
        u"NO"_s,
        u"No"_s,
        u"no"_s,
        u"n"_s,
        u"f"_s};
    if (value.isString() && truthy.contains(value.toString()))
        return true;
    if (value.isString() && falsy.contains(value.toString()))
        return false;
    return std::nullopt;
}

/// The schema's first error for the os-volume_upload_image object, or a null string.
QString uploadSchemaError(const QJsonValue &action, bool v31)
{
    if (!action.isObject()) {
        return invalidInput(u"os-volume_upload_image"_s,
            action,
            u"%1 is not of type 'object'"_s.arg(valueText(action)));
    }
    const QJsonObject object = action.toObject();
    QStringList known{u"image_name"_s, u"force"_s, u"disk_format"_s, u"container_format"_s};
    if (v31)
        known << u"visibility"_s << u"protected"_s;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return invalidInput(u"os-volume_upload_image"_s,
                action,
                u"Additional properties are not allowed ('%1' was unexpected)"_s.arg(it.key()));
        }
    }
    if (!object.contains(u"image_name"_s)) {
        return invalidInput(
            u"os-volume_upload_image"_s, action, u"'image_name' is a required property"_s);
    }
    const QJsonValue name = object.value(u"image_name"_s);
    if (!name.isString())
        return invalidInput(
            u"image_name"_s, name, u"%1 is not of type 'string'"_s.arg(valueText(name)));
    const qsizetype length = name.toString().toUcs4().size();
    if (length < 1)
        return invalidInput(u"image_name"_s, name, u"'' is too short"_s);
    if (length > ImageNameMaxLength)
        return invalidInput(u"image_name"_s, name, u"%1 is too long"_s.arg(valueText(name)));
    for (const QString &key : {u"force"_s, u"protected"_s}) {
        if (object.contains(key) && !cinderBoolean(object.value(key))) {
            return invalidInput(key,
                object.value(key),
                u"%1 is not one of the boolean values"_s.arg(valueText(object.value(key))));
        }
    }
    for (const QString &key : {u"disk_format"_s, u"container_format"_s, u"visibility"_s}) {
        if (object.contains(key) && !object.value(key).isString()) {
            return invalidInput(key,
                object.value(key),
                u"%1 is not of type 'string'"_s.arg(valueText(object.value(key))));
        }
    }
    const QJsonValue disk = object.value(u"disk_format"_s);
    if (!disk.isUndefined() && !DiskFormats.contains(disk.toString())) {
        return invalidInput(u"disk_format"_s,
            disk,
            u"%1 is not one of %2"_s.arg(valueText(disk), DiskFormats.join(u", "_s)));
    }
    const QJsonValue visibility = object.value(u"visibility"_s);
    if (!visibility.isUndefined() && !Visibilities.contains(visibility.toString())) {
        return invalidInput(u"visibility"_s,
            visibility,
            u"%1 is not one of %2"_s.arg(valueText(visibility), Visibilities.join(u", "_s)));
    }
    return QString();
}

} // namespace

CinderService::CinderService(
    const CloudConfig &config, const Inventory &inventory, StateStore &state)
    : m_config(config)
    , m_inventory(inventory)
    , m_state(state)
{ }

QJsonObject CinderService::versionEntry() const
{
    return {
        {u"id"_s, u"v3.0"_s},
        {u"status"_s, u"CURRENT"_s},
        {u"version"_s, u"3.%1"_s.arg(MaxMinor)},
        {u"min_version"_s, u"3.%1"_s.arg(MinMinor)},
        {u"updated"_s, u"2023-08-31T00:00:00Z"_s},
        {u"links"_s,
            QJsonArray{QJsonObject{
                {u"rel"_s, u"self"_s}, {u"href"_s, QString(m_config.baseUrl + u"/v3/"_s)}}}},
        {u"media-types"_s,
            QJsonArray{QJsonObject{{u"base"_s, u"application/json"_s},
                {u"type"_s, u"application/vnd.openstack.volume+json;version=3"_s}}}},
    };
}

QString CinderService::currentStatus(const VolumeFixture &volume, const QDateTime &now) const
{
    // The latest upload of the volume decides, once there is one: uploading while it runs,
    // then back to where it was, or error after a failed one (fail- trigger).
    QString status = volume.status;
    for (const CinderUpload &upload : m_state.cinderUploads()) {
        if (upload.volumeId == volume.id)
            status = upload.volumeStatusAt(now);
    }
    return status;
}

HttpResponse CinderService::withVersion(const ApiRequest &request,
    const QString &version,
    const std::function<HttpResponse(int minor)> &handler)
{
    if (version != u"v3")
        return handler(0); // the v2 API knows no microversions
    const int minor = requestedMinor(request.http);
    if (minor < 0) {
        return computeFault(406,
            u"Version %1 is not supported by the API. Minimum is 3.%2 and maximum is 3.%3."_s
                .arg(QString::fromLatin1(request.http.header("openstack-api-version")))
                .arg(MinMinor)
                .arg(MaxMinor));
    }
    HttpResponse response = handler(minor);
    response.withHeader("OpenStack-API-Version"_ba, "volume 3." + QByteArray::number(minor))
        .withHeader("Vary"_ba, "OpenStack-API-Version"_ba);
    return response;
}

HttpResponse CinderService::volumeAction(
    const ApiRequest &request, const QString &version, int minor)
{
    if (const auto error = projectMismatch(request))
        return *error;
    const auto body = parseJsonObject(request.http.body);
    if (!body || body->size() != 1)
        return computeFault(400, u"Malformed request body"_s);
    const QString action = body->constBegin().key();
    if (action != u"os-volume_upload_image")
        return computeFault(400, u"There is no such action: %1"_s.arg(action));
    return uploadToImage(request, body->constBegin().value(), version, minor);
}

HttpResponse CinderService::uploadToImage(
    const ApiRequest &request, const QJsonValue &action, const QString &version, int minor)
{
    // Order as Cinder: the schema (400), the volume (404), the container format, the status.
    const bool v31 = version == u"v3" && minor >= UploadImageParamsMinor;
    const QString invalid = uploadSchemaError(action, v31);
    if (!invalid.isNull())
        return computeFault(400, invalid);
    const QString volumeId = request.param(u"volume_id"_s);
    const VolumeFixture *volume = m_inventory.volume(volumeId);
    if (!volume)
        return computeFault(404, u"Volume %1 could not be found."_s.arg(volumeId));
    const QJsonObject params = action.toObject();
    const QString containerFormat = params.value(u"container_format"_s).toString(u"bare"_s);
    if (containerFormat != u"bare") {
        // The schema takes any text here; only bare uploads exist, and "compressed" needs the
        // operator's allow_compression_on_image_upload, which this cloud leaves off.
        return computeFault(400,
            containerFormat == u"compressed"
                ? u"Image upload with compressed container format is not allowed on this "
                  "cloud (allow_compression_on_image_upload is off)."_s
                : u"Invalid container format '%1': only 'bare' is supported."_s.arg(
                    containerFormat));
    }
    // cinder/volume/api.py copy_volume_to_image: without force (or with force disabled) the
    // volume must be available; with force, available or in-use. This cloud enables force.
    const bool force = cinderBoolean(params.value(u"force"_s)).value_or(false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString status = currentStatus(*volume, now);
    const bool allowed = status == u"available" || (force && status == u"in-use");
    if (!allowed) {
        return computeFault(400,
            u"Invalid volume: Volume %1 status must be %2, but current status is: %3."_s.arg(
                volumeId, force ? u"available or in-use"_s : u"available"_s, status));
    }

    CinderUpload upload;
    upload.imageId = newUuid();
    upload.volumeId = volumeId;
    upload.projectId = request.token ? request.token->projectId : QString();
    upload.imageName = params.value(u"image_name"_s).toString();
    upload.diskFormat = params.value(u"disk_format"_s).toString(u"raw"_s);
    upload.containerFormat = containerFormat;
    upload.visibility = v31 ? params.value(u"visibility"_s).toString(u"private"_s) : u"private"_s;
    upload.isProtected = v31 && cinderBoolean(params.value(u"protected"_s)).value_or(false);
    upload.previousStatus = status;
    upload.sizeGb = volume->sizeGb;
    upload.createdAt = now;
    upload.durationMs = qint64(std::llround(std::max(0.0, m_config.jobSeconds) * 1000.0));
    upload.fails = upload.imageName.startsWith(u"fail-"_s);
    upload.syncFails = upload.imageName.startsWith(u"sync-"_s);
    m_state.addCinderUpload(upload);
    qCInfo(lcDemo).noquote() << "Cinder upload of volume" << volumeId << "-> image"
                             << upload.imageId
                             << (upload.fails              ? "(will fail)"
                                        : upload.syncFails ? "(sync_status_reason)"
                                                           : "");

    // Seed 000's answer: the volume (id, status uploading, size, volume_type as an object,
    // display_description, updated_at) and the image it starts (image_id, image_name, formats).
    QJsonObject answer{
        {u"status"_s, u"uploading"_s},
        {u"image_id"_s, upload.imageId},
        {u"image_name"_s, upload.imageName},
        {u"volume_type"_s,
            QJsonObject{{u"name"_s, volume->volumeType},
                {u"qos_specs_id"_s, QJsonValue::Null},
                {u"deleted"_s, false},
                {u"created_at"_s, isoMicrosNoZone(volume->created)},
                {u"updated_at"_s, QJsonValue::Null},
                {u"deleted_at"_s, QJsonValue::Null},
                {u"id"_s,
                    QUuid::createUuidV5(QUuid(u"6f1c1c3e-8a52-4b7a-9f65-1d0a5e4c2b10"_s),
                        u"type:"_s + volume->volumeType)
                        .toString(QUuid::WithoutBraces)}}},
        {u"container_format"_s, upload.containerFormat},
        {u"size"_s, volume->sizeGb},
        {u"disk_format"_s, upload.diskFormat},
        {u"id"_s, volumeId},
        {u"display_description"_s,
            volume->description.isEmpty() ? QJsonValue() : QJsonValue(volume->description)},
        {u"updated_at"_s, isoMicrosNoZone(now)},
    };
    if (v31) {
        answer.insert(u"visibility"_s, upload.visibility);
        answer.insert(u"protected"_s, upload.isProtected);
    }
    return HttpResponse::json(202, {{u"os-volume_upload_image"_s, answer}});
}

void CinderService::registerRoutes(Router &router)
{
    for (const QString &version : {u"v3"_s, u"v2"_s}) {
        const QString base = u"/"_s + version + u"/{project_id}/volumes"_s;
        router.add("GET", base + u"/detail"_s, Access::Token, [this, version](const ApiRequest &r) {
            return listVolumes(r, version, true);
        });
        router.add("GET", base, Access::Token, [this, version](const ApiRequest &r) {
            return listVolumes(r, version, false);
        });
        router.add(
            "GET", base + u"/{volume_id}"_s, Access::Token, [this, version](const ApiRequest &r) {
                return showVolume(r, version);
            });
        router.add("POST",
            base + u"/{volume_id}/action"_s,
            Access::Token,
            [this, version](const ApiRequest &r) {
                return withVersion(
                    r, version, [&](int minor) { return volumeAction(r, version, minor); });
            });
    }
}

std::optional<HttpResponse> CinderService::projectMismatch(const ApiRequest &request) const
{
    const QString projectId = request.param(u"project_id"_s);
    if (request.token && projectId == request.token->projectId)
        return std::nullopt;
    return computeFault(
        400, u"Malformed request url: project_id %1 does not match the token."_s.arg(projectId));
}

HttpResponse CinderService::listVolumes(
    const ApiRequest &request, const QString &version, bool detail) const
{
    if (const auto error = projectMismatch(request))
        return *error;
    const QUrlQuery &query = request.http.query;
    const QString status = query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    const QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    QList<const VolumeFixture *> selected;
    QStringList ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const VolumeFixture &volume : m_inventory.volumes()) {
        if (!status.isEmpty() && currentStatus(volume, now) != status)
            continue;
        if (!name.isEmpty() && volume.name != name)
            continue;
        selected.append(&volume);
        ids.append(volume.id);
    }
    const Page page = Page::select(query, ids);
    if (!page.error.isEmpty())
        return computeFault(400, page.error);
    QJsonArray list;
    for (qsizetype i = page.first; i < page.first + page.count; ++i) {
        const QJsonObject full = volumeJson(*selected.at(i), version);
        if (detail) {
            list.append(full);
        } else {
            list.append(QJsonObject{{u"id"_s, full.value(u"id"_s)},
                {u"name"_s, full.value(u"name"_s)},
                {u"links"_s, full.value(u"links"_s)}});
        }
    }
    QJsonObject body{{u"volumes"_s, list}};
    const QString url = m_config.baseUrl + u'/' + version + u'/' + request.param(u"project_id"_s)
        + (detail ? u"/volumes/detail"_s : u"/volumes"_s);
    const QJsonArray links = page.nextLinks(url, query, ids);
    if (!links.isEmpty())
        body.insert(u"volumes_links"_s, links);
    return HttpResponse::json(200, body);
}

HttpResponse CinderService::showVolume(const ApiRequest &request, const QString &version) const
{
    if (const auto error = projectMismatch(request))
        return *error;
    const QString id = request.param(u"volume_id"_s);
    const VolumeFixture *volume = m_inventory.volume(id);
    if (!volume)
        return computeFault(404, u"Volume %1 could not be found."_s.arg(id));
    return HttpResponse::json(200, {{u"volume"_s, volumeJson(*volume, version)}});
}

QJsonObject CinderService::volumeJson(const VolumeFixture &volume, const QString &version) const
{
    const QString project = Account::ProjectId.toString();
    QJsonArray attachments;
    if (!volume.serverId.isEmpty()) {
        // A stable attachment id per volume.
        static const QUuid ns(u"6f1c1c3e-8a52-4b7a-9f65-1d0a5e4c2b10"_s);
        const QString attachmentId =
            QUuid::createUuidV5(ns, u"attachment:"_s + volume.id).toString(QUuid::WithoutBraces);
        attachments.append(QJsonObject{
            {u"id"_s, volume.id},
            {u"attachment_id"_s, attachmentId},
            {u"volume_id"_s, volume.id},
            {u"server_id"_s, volume.serverId},
            {u"host_name"_s, QJsonValue::Null},
            {u"device"_s, volume.device},
            {u"attached_at"_s, isoMicrosNoZone(volume.created.addSecs(30))},
        });
    }
    const QString self =
        m_config.baseUrl + u'/' + version + u'/' + project + u"/volumes/"_s + volume.id;
    QJsonObject json{
        {u"id"_s, volume.id},
        {u"name"_s, volume.name},
        {u"status"_s, currentStatus(volume, QDateTime::currentDateTimeUtc())},
        {u"size"_s, volume.sizeGb},
        {u"availability_zone"_s, volume.availabilityZone},
        {u"created_at"_s, isoMicrosNoZone(volume.created)},
        {u"updated_at"_s, isoMicrosNoZone(volume.created.addSecs(30))},
        {u"description"_s, volume.description},
        {u"volume_type"_s, volume.volumeType},
        {u"bootable"_s, volume.bootable ? u"true"_s : u"false"_s}, // a string in Cinder
        {u"encrypted"_s, false},
        {u"multiattach"_s, false},
        {u"attachments"_s, attachments},
        {u"metadata"_s, QJsonObject()},
        {u"os-vol-tenant-attr:tenant_id"_s, project},
        {u"user_id"_s, Account::UserId.toString()},
        {u"snapshot_id"_s, QJsonValue::Null},
        {u"source_volid"_s, QJsonValue::Null},
        {u"replication_status"_s, u"disabled"_s},
        {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, self}}}},
    };
    if (volume.bootable) {
        const ServerFixture *server = m_inventory.server(volume.serverId);
        json.insert(u"volume_image_metadata"_s,
            QJsonObject{{u"__os_version"_s, server ? server->osVersion : u"CentOS 7.6 64bit"_s},
                {u"__os_type"_s, server ? server->osType : u"Linux"_s}});
    }
    return json;
}

} // namespace DemoCloud
