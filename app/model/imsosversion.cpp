#include "model/imsosversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

std::optional<QList<ImsOsVersion>> ImsOsVersion::listFromJson(const QByteArray &json, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        if (why)
            *why = u"the OS version list is not a JSON array"_s;
        return std::nullopt;
    }
    QList<ImsOsVersion> result;
    for (const QJsonValue &p : doc.array()) {
        const QJsonObject platform = p.toObject();
        const QString platformName = platform.value(u"platform"_s).toString();
        for (const QJsonValue &v : platform.value(u"version_list"_s).toArray()) {
            const QJsonObject o = v.toObject();
            ImsOsVersion version;
            version.osVersion = o.value(u"os_version"_s).toString();
            if (version.osVersion.isEmpty())
                continue;
            version.platform = o.value(u"platform"_s).toString(platformName);
            version.osType = o.value(u"os_type"_s).toString();
            version.bits = o.value(u"os_bit"_s).toInt();
            result.append(version);
        }
    }
    return result;
}
