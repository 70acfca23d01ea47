#include "glancepatch.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "apiutil.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

const QStringList ReadOnly{u"id"_s,
    u"status"_s,
    u"size"_s,
    u"virtual_size"_s,
    u"checksum"_s,
    u"os_hash_algo"_s,
    u"os_hash_value"_s,
    u"created_at"_s,
    u"updated_at"_s,
    u"owner"_s,
    u"file"_s,
    u"self"_s,
    u"schema"_s,
    u"direct_url"_s,
    u"locations"_s,
    u"stores"_s};
const QStringList Core{u"name"_s,
    u"visibility"_s,
    u"protected"_s,
    u"min_disk"_s,
    u"min_ram"_s,
    u"tags"_s,
    u"container_format"_s,
    u"disk_format"_s,
    u"os_hidden"_s};

bool nonNegativeInt(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(value.toInt());
}

} // namespace

std::optional<HttpResponse> applyGlancePatch(const QJsonObject &image,
    const HttpRequest &http,
    const std::function<QString(const QJsonValue &tag, QStringList *keys)> &checkTag,
    QJsonObject *changes)
{
    const QByteArray type = http.header("content-type").split(';').first().trimmed();
    if (type != "application/openstack-images-v2.1-json-patch"
        && type != "application/openstack-images-v2.0-json-patch")
        return openStackError(
            415, u"Unsupported Content-Type; use application/openstack-images-v2.1-json-patch."_s);
    const QJsonDocument document = QJsonDocument::fromJson(http.body);
    if (!document.isArray())
        return openStackError(400, u"The request body must be a JSON array of operations."_s);
    QJsonObject current = image;
    const QJsonArray operations = document.array();
    for (const QJsonValue &item : operations) {
        const QJsonObject operation = item.toObject();
        const QString op = operation.value(u"op"_s).toString();
        const QString path = operation.value(u"path"_s).toString();
        if (op != u"add" && op != u"replace" && op != u"remove")
            return openStackError(400, u"Operation '%1' is not supported."_s.arg(op));
        if (!path.startsWith(u'/') || path.size() < 2 || path.mid(1).contains(u'/'))
            return openStackError(400, u"Invalid JSON pointer '%1'."_s.arg(path));
        const QString key = path.mid(1);
        if (ReadOnly.contains(key))
            return openStackError(403, u"Attribute '%1' is read-only."_s.arg(key));
        const bool core = Core.contains(key);
        if (op == u"remove") {
            if (core)
                return openStackError(403, u"Attribute '%1' cannot be removed."_s.arg(key));
            if (!current.contains(key))
                return openStackError(409, u"Property %1 does not exist."_s.arg(key));
            current.remove(key);
            changes->insert(key, QJsonValue::Null);
            continue;
        }
        if (!operation.contains(u"value"_s))
            return openStackError(400, u"Operation '%1' needs a value."_s.arg(op));
        const QJsonValue value = operation.value(u"value"_s);
        if (op == u"replace" && !core && !current.contains(key))
            return openStackError(409, u"Property %1 does not exist."_s.arg(key));
        if (key == u"name") {
            if (!(value.isNull() || (value.isString() && value.toString().size() <= 255)))
                return openStackError(400, u"name must be a string of at most 255 characters."_s);
        } else if (key == u"min_disk" || key == u"min_ram") {
            if (!nonNegativeInt(value))
                return openStackError(400, u"%1 must be a non-negative integer."_s.arg(key));
        } else if (key == u"protected" || key == u"os_hidden") {
            if (!value.isBool())
                return openStackError(400, u"%1 must be true or false."_s.arg(key));
        } else if (key == u"visibility") {
            const QString v = value.toString();
            if (v != u"private" && v != u"shared" && v != u"public" && v != u"community")
                return openStackError(400, u"Invalid visibility '%1'."_s.arg(v));
            if (v == u"public")
                return openStackError(403, u"You are not authorized to publicize images."_s);
        } else if (key == u"tags") {
            if (!value.isArray())
                return openStackError(400, u"tags must be an array of strings."_s);
            QStringList keys;
            const QJsonArray tags = value.toArray();
            for (const QJsonValue &tag : tags) {
                if (const QString problem = checkTag(tag, &keys); !problem.isEmpty())
                    return openStackError(400, problem);
            }
        } else if (key == u"container_format" || key == u"disk_format") {
            if (current.value(u"status"_s).toString() != u"queued")
                return openStackError(
                    403, u"Attribute %1 can be only replaced for a queued image."_s.arg(key));
        } else if (!value.isString() || value.toString().size() > 255) {
            return openStackError(
                400, u"Property %1 must be a string of at most 255 characters."_s.arg(key));
        }
        current.insert(key, value);
        changes->insert(key, value);
    }
    return std::nullopt;
}

} // namespace DemoCloud
