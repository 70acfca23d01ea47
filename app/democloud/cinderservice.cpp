#include "cinderservice.h"

#include <QJsonArray>
#include <QUuid>

#include "apiutil.h"
#include "paging.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

CinderService::CinderService(const CloudConfig &config, const Inventory &inventory)
    : m_config(config)
    , m_inventory(inventory)
{ }

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
    for (const VolumeFixture &volume : m_inventory.volumes()) {
        if (!status.isEmpty() && volume.status != status)
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
        {u"status"_s, volume.status},
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
