#include "model/cindervolume.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

/// Cinder sends `bootable` as the string "true"/"false"; a real boolean is read too.
bool boolish(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    return v.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<CinderVolume> CinderVolume::fromJson(const QJsonObject &o, QString *why)
{
    CinderVolume v;
    v.id = o.value(u"id"_s).toString();
    if (v.id.isEmpty()) {
        if (why)
            *why = u"volume without id"_s;
        return std::nullopt;
    }
    v.name = o.value(u"name"_s).toString();
    if (v.name.isEmpty())
        v.name = o.value(u"display_name"_s).toString(); // Cinder v1 / FJcloud legacy field
    v.status = o.value(u"status"_s).toString();
    v.sizeGb = o.value(u"size"_s).toInt();
    v.bootable = boolish(o.value(u"bootable"_s));
    v.encrypted = boolish(o.value(u"encrypted"_s));
    v.multiattach = boolish(o.value(u"multiattach"_s));
    const QJsonValue type = o.value(u"volume_type"_s);
    // A name in v3; an object {"name": ...} in v2/FJcloud answers (seed 000).
    v.volumeType = type.isObject() ? type.toObject().value(u"name"_s).toString() : type.toString();
    v.availabilityZone = o.value(u"availability_zone"_s).toString();
    v.description = o.value(u"description"_s).toString();
    const QJsonArray attachments = o.value(u"attachments"_s).toArray();
    for (const QJsonValue &a : attachments) {
        const QJsonObject attachment = a.toObject();
        v.attachments.append({attachment.value(u"server_id"_s).toString(),
            attachment.value(u"device"_s).toString()});
    }
    return v;
}

std::optional<CinderVolumePage> CinderVolumePage::fromJson(const QJsonObject &o, QString *why)
{
    if (!o.value(u"volumes"_s).isArray()) {
        if (why)
            *why = u"no volumes array"_s;
        return std::nullopt;
    }
    CinderVolumePage page;
    const QJsonArray volumes = o.value(u"volumes"_s).toArray();
    for (const QJsonValue &v : volumes) {
        if (auto volume = CinderVolume::fromJson(v.toObject()))
            page.volumes.append(*volume); // a malformed entry is skipped, not the whole page
    }
    const QJsonArray links = o.value(u"volumes_links"_s).toArray();
    for (const QJsonValue &v : links) {
        const QJsonObject link = v.toObject();
        if (link.value(u"rel"_s).toString() == u"next"_s) {
            const QUrl next(link.value(u"href"_s).toString());
            page.nextMarker = QUrlQuery(next).queryItemValue(u"marker"_s);
        }
    }
    return page;
}

std::optional<NovaMicroversion> VolumeApiVersion::choose() const
{
    if (!maxVersion)
        return std::nullopt;
    NovaMicroversion chosen = std::min(*maxVersion, VolumeImageVisibility);
    if (minVersion && chosen < *minVersion)
        chosen = *minVersion;
    return chosen;
}

bool VolumeApiVersion::supportsImageVisibility() const
{
    const auto chosen = choose();
    return chosen && *chosen >= VolumeImageVisibility;
}

std::optional<VolumeApiVersion> VolumeApiVersion::fromJson(const QJsonObject &o, QString *why)
{
    QJsonArray entries;
    if (o.value(u"versions"_s).isArray())
        entries = o.value(u"versions"_s).toArray();
    else if (o.value(u"version"_s).isObject())
        entries.append(o.value(u"version"_s));
    // The v3 entry: id "v3.0" and a max version "3.x" (or "" on a 3.0-only Cinder). Other
    // services' entries (Nova's "v2.1" with "2.93", Keystone's "v3.14" without "version") and
    // Cinder's v2.0 do not count.
    for (const QJsonValue &value : std::as_const(entries)) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(u"id"_s).toString();
        if (id != u"v3.0"_s)
            continue;
        VolumeApiVersion version;
        const QString max = entry.value(u"version"_s).toString();
        const QString min = entry.value(u"min_version"_s).toString();
        if (!max.isEmpty()) {
            version.maxVersion = NovaMicroversion::parse(max);
            if (!version.maxVersion || version.maxVersion->major != 3) {
                if (why)
                    *why = u"unreadable volume version \"%1\""_s.arg(max);
                return std::nullopt;
            }
        }
        if (!min.isEmpty()) {
            version.minVersion = NovaMicroversion::parse(min);
            if (!version.minVersion || version.minVersion->major != 3) {
                if (why)
                    *why = u"unreadable volume min_version \"%1\""_s.arg(min);
                return std::nullopt;
            }
        }
        return version;
    }
    if (why)
        *why = u"no v3.0 entry in the version document"_s;
    return std::nullopt;
}

bool CinderVolume::isSystemDisk(const QString &serverId) const
{
    static const QStringList roots{QStringLiteral("/dev/vda"),
        QStringLiteral("/dev/sda"),
        QStringLiteral("/dev/xvda"),
        QStringLiteral("/dev/hda")};
    for (const Attachment &a : attachments) {
        if ((serverId.isEmpty() || a.serverId == serverId) && roots.contains(a.device))
            return true;
    }
    return false;
}
