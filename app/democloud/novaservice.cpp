#include "novaservice.h"

#include <algorithm>
#include <cmath>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "apiutil.h"
#include "demologging.h"
#include "paging.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

constexpr int MinMinor = 1;  // 2.1
constexpr int MaxMinor = 93; // 2.93

/// The requested compute microversion minor number (2.x), from OpenStack-API-Version or the
/// legacy X-OpenStack-Nova-API-Version header; 1 without either; -1 when malformed or out of
/// range.
int requestedMinor(const HttpRequest &request)
{
    QByteArray version;
    const QByteArray modern = request.header("openstack-api-version").trimmed();
    if (modern.toLower().startsWith("compute "))
        version = modern.mid(8).trimmed();
    else if (request.hasHeader("x-openstack-nova-api-version"))
        version = request.header("x-openstack-nova-api-version").trimmed();
    if (version.isEmpty())
        return MinMinor;
    if (version.toLower() == "latest")
        return MaxMinor;
    const QList<QByteArray> parts = version.split('.');
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.size() == 2 ? parts.at(0).toInt(&okMajor) : 0;
    const int minor = parts.size() == 2 ? parts.at(1).toInt(&okMinor) : 0;
    if (!okMajor || !okMinor || major != 2 || minor < MinMinor || minor > MaxMinor)
        return -1;
    return minor;
}

QString vmState(const QString &status)
{
    if (status == u"ACTIVE")
        return u"active"_s;
    if (status == u"SHUTOFF")
        return u"stopped"_s;
    if (status == u"SUSPENDED")
        return u"suspended"_s;
    if (status == u"PAUSED")
        return u"paused"_s;
    return u"error"_s;
}

int powerState(const QString &status)
{
    // nova/compute/power_state.py: NOSTATE 0, RUNNING 1, SHUTDOWN 4, SUSPENDED 7
    if (status == u"ACTIVE")
        return 1;
    if (status == u"SHUTOFF")
        return 4;
    if (status == u"SUSPENDED")
        return 7;
    return 0;
}

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/// Nova's hostId: SHA-224 of project and host, stable per host.
QString hostId(const QString &host)
{
    const QByteArray seed = Account::ProjectId.toString().toUtf8() + host.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha224).toHex());
}

// createImage (seed 001, api-facts §1.6). Nova validates the body with JSON schema
// (nova/api/openstack/compute/schemas/servers.py create_image, parameter_types.name and
// .metadata) before it looks at the server; errors read like nova/api/validation/validators.py.

constexpr int NameMaxBytes = 242; // seed 001: "greater than 0 bytes and less than 243 bytes"
// parameter_types.metadata: keys {1,255}, values maxLength 255
constexpr int MetadataMaxLength = 255;
constexpr int MetadataItemsQuota = 128; // Nova's default metadata_items quota
constexpr int ImageIdInBodyMinor = 45;  // 2.45: image_id in the body, no Location (api-facts §1.6)

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return u"None"_s;
}

QString invalidInput(const QString &field, const QJsonValue &value, const QString &why)
{
    return u"Invalid input for field/attribute %1. Value: %2. %3"_s.arg(
        field, valueText(value), why);
}

QString quoted(const QJsonValue &value)
{
    return value.isString() ? u"'%1'"_s.arg(value.toString()) : valueText(value);
}

/// Nova's metadata key pattern: ^[a-zA-Z0-9-_:. ]{1,255}$.
bool isMetadataKey(const QString &key)
{
    if (key.isEmpty() || key.size() > MetadataMaxLength)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_' || c == u':' || c == u'.' || c == u' ';
    });
}

/// Nova's name format check (validators.py _validate_name): printable characters, no leading
/// or trailing whitespace. "Printable" is read as "no control characters" here and in the
/// client alike.
bool isNovaName(const QString &name)
{
    if (name.isEmpty() || name.front().isSpace() || name.back().isSpace())
        return false;
    return std::none_of(
        name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

/// The createImage object's first schema error, or a null string.
QString createImageError(const QJsonValue &action)
{
    if (!action.isObject())
        return invalidInput(
            u"createImage"_s, action, u"%1 is not of type 'object'"_s.arg(quoted(action)));
    const QJsonObject object = action.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"name" && it.key() != u"metadata") {
            return invalidInput(u"createImage"_s,
                action,
                u"Additional properties are not allowed ('%1' was unexpected)"_s.arg(it.key()));
        }
    }
    if (!object.contains(u"name"_s))
        return invalidInput(u"createImage"_s, action, u"'name' is a required property"_s);
    const QJsonValue name = object.value(u"name"_s);
    if (!name.isString())
        return invalidInput(u"name"_s, name, u"%1 is not of type 'string'"_s.arg(quoted(name)));
    if (name.toString().isEmpty())
        return invalidInput(u"name"_s, name, u"'' is too short"_s);
    if (name.toString().toUtf8().size() > NameMaxBytes) {
        return invalidInput(u"name"_s,
            name,
            u"'%1' is too long: the name must be less than 243 bytes of UTF-8"_s.arg(
                name.toString()));
    }
    if (!isNovaName(name.toString())) {
        return u"An invalid 'name' value was provided. The name must be: printable characters. "
               "Can not start or end with whitespace."_s;
    }
    if (!object.contains(u"metadata"_s))
        return QString();
    const QJsonValue metadata = object.value(u"metadata"_s);
    if (!metadata.isObject())
        return invalidInput(
            u"metadata"_s, metadata, u"%1 is not of type 'object'"_s.arg(quoted(metadata)));
    const QJsonObject items = metadata.toObject();
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        if (!isMetadataKey(it.key())) {
            return invalidInput(u"metadata"_s,
                metadata,
                u"Additional properties are not allowed ('%1' was unexpected)"_s.arg(it.key()));
        }
        if (!it.value().isString())
            return invalidInput(
                it.key(), it.value(), u"%1 is not of type 'string'"_s.arg(quoted(it.value())));
        if (it.value().toString().size() > MetadataMaxLength)
            return invalidInput(it.key(), it.value(), u"%1 is too long"_s.arg(quoted(it.value())));
    }
    return QString();
}

} // namespace

NovaService::NovaService(const CloudConfig &config, const Inventory &inventory, StateStore &state)
    : m_config(config)
    , m_inventory(inventory)
    , m_state(state)
{ }

void NovaService::registerRoutes(Router &router)
{
    router.add("GET", u"/v2.1"_s, Access::Public, [this](const ApiRequest &r) {
        return versionDocument(r);
    });
    // servers/detail before servers/{server_id}, as in Nova's own router
    router.add(
        "GET", u"/v2.1/{project_id}/servers/detail"_s, Access::Token, [this](const ApiRequest &r) {
            return withChecks(r, [&](int) { return listServers(r, true); });
        });
    router.add("GET", u"/v2.1/{project_id}/servers"_s, Access::Token, [this](const ApiRequest &r) {
        return withChecks(r, [&](int) { return listServers(r, false); });
    });
    router.add("GET",
        u"/v2.1/{project_id}/servers/{server_id}"_s,
        Access::Token,
        [this](const ApiRequest &r) { return withChecks(r, [&](int) { return showServer(r); }); });
    router.add("GET",
        u"/v2.1/{project_id}/servers/{server_id}/os-volume_attachments"_s,
        Access::Token,
        [this](const ApiRequest &r) {
            return withChecks(r, [&](int) { return volumeAttachments(r); });
        });
    router.add("POST",
        u"/v2.1/{project_id}/servers/{server_id}/action"_s,
        Access::Token,
        [this](const ApiRequest &r) {
            return withChecks(r, [&](int minor) { return serverAction(r, minor); });
        });
}

QJsonObject NovaService::versionJson(bool current) const
{
    if (!current) {
        return {
            {u"id"_s, u"v2.0"_s},
            {u"status"_s, u"SUPPORTED"_s},
            {u"version"_s, u""_s},
            {u"min_version"_s, u""_s},
            {u"updated"_s, u"2011-01-21T11:33:21Z"_s},
            {u"links"_s,
                QJsonArray{QJsonObject{
                    {u"rel"_s, u"self"_s}, {u"href"_s, QString(m_config.baseUrl + u"/v2/"_s)}}}},
        };
    }
    return {
        {u"id"_s, u"v2.1"_s},
        {u"status"_s, u"CURRENT"_s},
        {u"version"_s, u"2.%1"_s.arg(MaxMinor)},
        {u"min_version"_s, u"2.%1"_s.arg(MinMinor)},
        {u"updated"_s, u"2013-07-23T11:33:21Z"_s},
        {u"links"_s,
            QJsonArray{QJsonObject{
                {u"rel"_s, u"self"_s}, {u"href"_s, QString(m_config.baseUrl + u"/v2.1/"_s)}}}},
        {u"media-types"_s,
            QJsonArray{QJsonObject{{u"base"_s, u"application/json"_s},
                {u"type"_s, u"application/vnd.openstack.compute+json;version=2.1"_s}}}},
    };
}

QJsonArray NovaService::rootVersionEntries() const
{
    // Nova answers its unauthenticated root with the version list (api-facts §1.6).
    return QJsonArray{versionJson(false), versionJson(true)};
}

HttpResponse NovaService::versionDocument(const ApiRequest &) const
{
    return HttpResponse::json(200, {{u"version"_s, versionJson(true)}});
}

HttpResponse NovaService::withChecks(
    const ApiRequest &request, const std::function<HttpResponse(int minor)> &handler) const
{
    const QString projectId = request.param(u"project_id"_s);
    if (!request.token || projectId != request.token->projectId) {
        // Nova's wording (nova/api/openstack/wsgi.py)
        return computeFault(400,
            u"Malformed request URL: URL's project_id '%1' doesn't match "
            "Context's project_id '%2'"_s.arg(
                projectId, request.token ? request.token->projectId : QString()));
    }
    const int minor = requestedMinor(request.http);
    if (minor < 0) {
        return computeFault(406,
            u"Version is not supported by the API. Minimum is 2.%1 and maximum "
            "is 2.%2."_s.arg(MinMinor)
                .arg(MaxMinor));
    }
    HttpResponse response = handler(minor);
    const QByteArray version = "2." + QByteArray::number(minor);
    response.withHeader("OpenStack-API-Version"_ba, "compute " + version)
        .withHeader("X-OpenStack-Nova-API-Version"_ba, version)
        .withHeader("Vary"_ba, "OpenStack-API-Version, X-OpenStack-Nova-API-Version"_ba);
    return response;
}

HttpResponse NovaService::listServers(const ApiRequest &request, bool detail) const
{
    const QUrlQuery &query = request.http.query;
    const QString status = query.queryItemValue(u"status"_s, QUrl::FullyDecoded).toUpper();
    QRegularExpression namePattern;
    if (query.hasQueryItem(u"name"_s)) {
        // Nova filters names with a regular expression, unanchored.
        namePattern.setPattern(query.queryItemValue(u"name"_s, QUrl::FullyDecoded));
        if (!namePattern.isValid())
            return computeFault(400, u"Invalid name filter."_s);
    }
    QList<qsizetype> indexes;
    QStringList ids;
    const QList<ServerFixture> &servers = m_inventory.servers();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (!status.isEmpty() && servers.at(i).status != status)
            continue;
        if (!namePattern.pattern().isEmpty() && !namePattern.match(servers.at(i).name).hasMatch())
            continue;
        indexes.append(i);
        ids.append(servers.at(i).id);
    }
    const Page page = Page::select(query, ids);
    if (!page.error.isEmpty())
        return computeFault(400, page.error);

    QJsonArray list;
    for (qsizetype i = page.first; i < page.first + page.count; ++i) {
        const qsizetype index = indexes.at(i);
        const QJsonObject full = serverJson(servers.at(index), index);
        if (detail) {
            list.append(full);
        } else {
            list.append(QJsonObject{{u"id"_s, full.value(u"id"_s)},
                {u"name"_s, full.value(u"name"_s)},
                {u"links"_s, full.value(u"links"_s)}});
        }
    }
    QJsonObject body{{u"servers"_s, list}};
    const QString url = m_config.baseUrl + u"/v2.1/"_s + request.param(u"project_id"_s)
        + (detail ? u"/servers/detail"_s : u"/servers"_s);
    const QJsonArray links = page.nextLinks(url, query, ids);
    if (!links.isEmpty())
        body.insert(u"servers_links"_s, links);
    return HttpResponse::json(200, body);
}

HttpResponse NovaService::showServer(const ApiRequest &request) const
{
    const QString id = request.param(u"server_id"_s);
    const QList<ServerFixture> &servers = m_inventory.servers();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (servers.at(i).id == id)
            return HttpResponse::json(200, {{u"server"_s, serverJson(servers.at(i), i)}});
    }
    return computeFault(404, u"Instance %1 could not be found."_s.arg(id));
}

HttpResponse NovaService::volumeAttachments(const ApiRequest &request) const
{
    const QString id = request.param(u"server_id"_s);
    if (!m_inventory.server(id))
        return computeFault(404, u"Instance %1 could not be found."_s.arg(id));
    QJsonArray attachments;
    for (const VolumeFixture *volume : m_inventory.attachedVolumes(id)) {
        attachments.append(QJsonObject{
            {u"id"_s, volume->id}, // before 2.89 the attachment id is the volume id
            {u"volumeId"_s, volume->id},
            {u"serverId"_s, id},
            {u"device"_s, volume->device},
            {u"delete_on_termination"_s, volume->isSystemDisk()},
        });
    }
    return HttpResponse::json(200, {{u"volumeAttachments"_s, attachments}});
}

QJsonObject NovaService::serverJson(const ServerFixture &server, qsizetype index) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString project = Account::ProjectId.toString();
    QJsonArray attached;
    for (const VolumeFixture *volume : m_inventory.attachedVolumes(server.id)) {
        attached.append(QJsonObject{
            {u"id"_s, volume->id}, {u"delete_on_termination"_s, volume->isSystemDisk()}});
    }
    const QString mac = u"fa:16:3e:00:00:%1"_s.arg(index + 16, 2, 16, QLatin1Char('0'));
    const QJsonObject address{
        {u"addr"_s, u"192.168.0.%1"_s.arg(index + 10)},
        {u"version"_s, 4},
        {u"OS-EXT-IPS:type"_s, u"fixed"_s},
        {u"OS-EXT-IPS-MAC:mac_addr"_s, mac},
    };
    const QString self = m_config.baseUrl + u"/v2.1/"_s + project + u"/servers/"_s + server.id;
    const QString flavorLink =
        m_config.baseUrl + u"/"_s + project + u"/flavors/"_s + server.flavorId;
    QJsonObject json{
        {u"id"_s, server.id},
        {u"name"_s, server.name},
        {u"status"_s, server.status},
        {u"tenant_id"_s, project},
        {u"user_id"_s, Account::UserId.toString()},
        {u"created"_s, isoSeconds(server.created)},
        {u"updated"_s, isoSeconds(server.created.addSecs(120))},
        {u"hostId"_s, hostId(server.availabilityZone)},
        {u"accessIPv4"_s, u""_s},
        {u"accessIPv6"_s, u""_s},
        {u"addresses"_s, QJsonObject{{u"demo-net"_s, QJsonArray{address}}}},
        {u"flavor"_s,
            QJsonObject{{u"id"_s, server.flavorId},
                {u"original_name"_s, server.flavorId},
                {u"vcpus"_s, server.vcpus},
                {u"ram"_s, server.ramMb},
                {u"disk"_s, 0},
                {u"ephemeral"_s, 0},
                {u"swap"_s, 0},
                {u"links"_s,
                    QJsonArray{QJsonObject{{u"rel"_s, u"bookmark"_s}, {u"href"_s, flavorLink}}}}}},
        {u"image"_s, u""_s}, // volume-backed, as ECSs are
        {u"key_name"_s, QJsonValue::Null},
        {u"metadata"_s,
            QJsonObject{{u"os_type"_s, server.osType}, {u"image_name"_s, server.osVersion}}},
        {u"OS-EXT-STS:task_state"_s, nullable(taskState(server.id, now))},
        {u"OS-EXT-STS:vm_state"_s, vmState(server.status)},
        {u"OS-EXT-STS:power_state"_s, powerState(server.status)},
        {u"OS-EXT-AZ:availability_zone"_s, server.availabilityZone},
        {u"OS-SRV-USG:launched_at"_s, isoMicrosNoZone(server.created.addSecs(60))},
        {u"OS-SRV-USG:terminated_at"_s, QJsonValue::Null},
        {u"OS-DCF:diskConfig"_s, u"MANUAL"_s},
        {u"os-extended-volumes:volumes_attached"_s, attached},
        {u"security_groups"_s, QJsonArray{QJsonObject{{u"name"_s, u"default"_s}}}},
        {u"config_drive"_s, u""_s},
        {u"progress"_s, 0},
        {u"locked"_s, false},
        {u"description"_s, QJsonValue::Null},
        {u"tags"_s, QJsonArray()},
        {u"links"_s,
            QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, self}},
                QJsonObject{{u"rel"_s, u"bookmark"_s},
                    {u"href"_s,
                        QString(
                            m_config.baseUrl + u"/"_s + project + u"/servers/"_s + server.id)}}}},
    };
    if (server.status == u"ERROR") {
        json.insert(u"fault"_s,
            QJsonObject{{u"code"_s, 500},
                {u"created"_s, isoSeconds(server.created.addSecs(90))},
                {u"message"_s, u"No valid host was found. "_s}});
    }
    return json;
}

QString NovaService::taskState(const QString &serverId, const QDateTime &now) const
{
    for (const NovaSnapshot &snapshot : m_state.novaSnapshots()) {
        if (snapshot.serverId == serverId) {
            const QString state = snapshot.taskStateAt(now);
            if (!state.isNull())
                return state;
        }
    }
    return QString();
}

HttpResponse NovaService::serverAction(const ApiRequest &request, int minor)
{
    // nova/api/openstack/wsgi.py: the body names exactly one action.
    const auto body = parseJsonObject(request.http.body);
    if (!body || body->size() != 1)
        return computeFault(400, u"Malformed request body"_s);
    const QString action = body->constBegin().key();
    if (action != u"createImage")
        return computeFault(400, u"There is no such action: %1"_s.arg(action));
    return createImage(request, body->constBegin().value(), minor);
}

HttpResponse NovaService::createImage(
    const ApiRequest &request, const QJsonValue &action, int minor)
{
    // Order as Nova: schema (400), the server (404), its state (409), quota (403).
    const QString invalid = createImageError(action);
    if (!invalid.isNull())
        return computeFault(400, invalid);
    const QString serverId = request.param(u"server_id"_s);
    const ServerFixture *server = m_inventory.server(serverId);
    if (!server)
        return computeFault(404, u"Instance %1 could not be found."_s.arg(serverId));
    // nova/compute/api.py: createImage needs vm_state active, stopped, paused or suspended
    // (seed 001: "An ECS in the error state cannot be used to create an image") and no task
    // running; the message is nova/api/openstack/common.py's raise_http_conflict_for_instance_
    // invalid_state.
    const QString vm = vmState(server->status);
    if (vm != u"active" && vm != u"stopped" && vm != u"paused" && vm != u"suspended") {
        return computeFault(409,
            u"Cannot 'createImage' instance %1 while it is in vm_state %2"_s.arg(serverId, vm));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString running = taskState(serverId, now);
    if (!running.isNull()) {
        return computeFault(409,
            u"Cannot 'createImage' instance %1 while it is in task_state %2"_s.arg(
                serverId, running));
    }
    const QJsonObject object = action.toObject();
    const QJsonObject metadata = object.value(u"metadata"_s).toObject();
    if (metadata.size() > MetadataItemsQuota) {
        return computeFault(
            403, u"Maximum number of metadata items exceeds %1"_s.arg(MetadataItemsQuota));
    }

    NovaSnapshot snapshot;
    snapshot.imageId = newUuid();
    snapshot.serverId = serverId;
    snapshot.projectId = request.token ? request.token->projectId : QString();
    snapshot.name = object.value(u"name"_s).toString();
    snapshot.metadata = metadata;
    const QList<const VolumeFixture *> volumes = m_inventory.attachedVolumes(serverId);
    snapshot.minDisk = volumes.isEmpty() ? 0 : volumes.first()->sizeGb;
    snapshot.createdAt = now;
    snapshot.durationMs = qint64(std::llround(std::max(0.0, m_config.jobSeconds) * 1000.0));
    // interfaces.md §5: the fail- trigger ends a Nova snapshot in a purge (the image 404s).
    snapshot.fails = snapshot.name.startsWith(u"fail-"_s);
    m_state.addNovaSnapshot(snapshot);
    qCInfo(lcDemo).noquote() << "Nova createImage on" << serverId << "-> image" << snapshot.imageId
                             << (snapshot.fails ? "(will be purged)" : "");

    if (minor >= ImageIdInBodyMinor)
        return HttpResponse::json(202, {{u"image_id"_s, snapshot.imageId}});
    // Up to 2.44 the image's URL on the image service, with an empty body.
    return HttpResponse::empty(202).withHeader(
        "Location"_ba, (m_config.baseUrl + u"/v2/images/"_s + snapshot.imageId).toUtf8());
}

} // namespace DemoCloud
