#include "model/novaserver.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

std::optional<NovaServer> NovaServer::fromJson(const QJsonObject &o, QString *why)
{
    NovaServer s;
    s.id = o.value(u"id"_s).toString();
    if (s.id.isEmpty()) {
        if (why)
            *why = u"server without id"_s;
        return std::nullopt;
    }
    s.name = o.value(u"name"_s).toString();
    s.status = o.value(u"status"_s).toString();
    s.taskState = o.value(u"OS-EXT-STS:task_state"_s).toString();
    s.availabilityZone = o.value(u"OS-EXT-AZ:availability_zone"_s).toString();
    const QJsonArray volumes = o.value(u"os-extended-volumes:volumes_attached"_s).toArray();
    for (const QJsonValue &v : volumes)
        s.attachedVolumeIds << v.toObject().value(u"id"_s).toString();
    return s;
}

std::optional<NovaServerPage> NovaServerPage::fromJson(const QJsonObject &o, QString *why)
{
    if (!o.value(u"servers"_s).isArray()) {
        if (why)
            *why = u"no servers array"_s;
        return std::nullopt;
    }
    NovaServerPage page;
    const QJsonArray servers = o.value(u"servers"_s).toArray();
    for (const QJsonValue &v : servers) {
        if (auto s = NovaServer::fromJson(v.toObject()))
            page.servers.append(*s); // a malformed entry is skipped, not the whole page
    }
    const QJsonArray links = o.value(u"servers_links"_s).toArray();
    for (const QJsonValue &v : links) {
        const QJsonObject link = v.toObject();
        if (link.value(u"rel"_s).toString() == u"next"_s) {
            const QUrl next(link.value(u"href"_s).toString());
            page.nextMarker = QUrlQuery(next).queryItemValue(u"marker"_s);
        }
    }
    return page;
}
