#include "imslibraryservice.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "apiutil.h"
#include "cloudconfig.h"
#include "demologging.h"
#include "timefilter.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

constexpr int DefaultLimit = 500; // "The value is an integer and is 500 by default."
constexpr int MaxLimit = 1000;
constexpr int MaxTags = 10; // "An image can have a maximum of 10 tags."

// "Updating an Image": the attributes its table lists; other lower-case extension attributes
// ("__...") may be added or deleted too.
const QStringList PatchableKeys{u"name"_s,
    u"__description"_s,
    u"min_ram"_s,
    u"max_ram"_s,
    u"hw_firmware_type"_s,
    u"hw_vif_multiqueue_enabled"_s,
    u"enterprise_project_id"_s,
    u"__is_config_init"_s};

// Filters compared with the image's value as text.
const QStringList TextFilters{u"__imagetype"_s,
    u"status"_s,
    u"name"_s,
    u"id"_s,
    u"visibility"_s,
    u"owner"_s,
    u"disk_format"_s,
    u"container_format"_s,
    u"__platform"_s,
    u"__os_type"_s,
    u"__os_bit"_s,
    u"virtual_env_type"_s,
    u"__isregistered"_s};

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

/// "key=value" as listed, or the old "key.value" form ("query tags using Key=Value").
bool hasTag(const QJsonObject &image, const QString &wanted)
{
    const QJsonArray tags = image.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : tags) {
        QString t = tag.toString();
        if (t == wanted)
            return true;
        if (!t.contains(u'=') && t.contains(u'.'))
            t.replace(t.indexOf(u'.'), 1, u'=');
        if (t == wanted)
            return true;
    }
    return false;
}

QString tagKey(const QString &tag)
{
    const qsizetype eq = tag.indexOf(u'=');
    return eq < 0 ? tag.section(u'.', 0, 0) : tag.left(eq);
}

const QRegularExpression ImsName(u"^[A-Za-z0-9._-](?:[A-Za-z0-9._ -]{0,126}[A-Za-z0-9._-])?$"_s);

} // namespace

ImsLibraryService::ImsLibraryService(ImageCatalog &catalog)
    : m_catalog(catalog)
{ }

void ImsLibraryService::registerRoutes(Router &router)
{
    router.add("GET", u"/v2/cloudimages"_s, Access::Token, [this](const ApiRequest &r) {
        return list(r);
    });
    router.add(
        "PATCH", u"/v2/cloudimages/{image_id}"_s, Access::Token, [this](const ApiRequest &r) {
            return patch(r);
        });
    router.add("POST",
        u"/v2/{project_id}/images/{image_id}/tags/action"_s,
        Access::Token,
        [this](const ApiRequest &r) { return tagAction(r); });
}

HttpResponse ImsLibraryService::list(const ApiRequest &request) const
{
    const QUrlQuery &query = request.http.query;
    const auto value = [&query](const QString &key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };
    int limit = DefaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit)
            return imsError(
                400, u"IMG.0001"_s, u"limit must be an integer from 1 to %1."_s.arg(MaxLimit));
    }
    // "created_at" and "updated_at": "Operator:UTC time", one condition per field.
    QList<TimeFilter> times;
    for (const QString &field : {u"created_at"_s, u"updated_at"_s}) {
        QString why;
        const auto time = TimeFilter::fromQuery(query, field, &why);
        if (!why.isEmpty())
            return imsError(400, u"IMG.0001"_s, why);
        if (time)
            times.append(*time);
    }
    QList<QJsonObject> selected;
    const QString project = request.token ? request.token->projectId : QString();
    const QString memberStatus = value(u"member_status"_s);
    // The filters the query names, read once (not per image).
    QList<QPair<QString, QString>> wanted;
    for (const QString &key :
        TextFilters + QStringList{u"protected"_s, u"min_disk"_s, u"min_ram"_s}) {
        if (query.hasQueryItem(key))
            wanted.append({key, value(key)});
    }
    const bool byTag = query.hasQueryItem(u"tag"_s);
    const QString tag = value(u"tag"_s);
    for (const QJsonObject &image : m_catalog.imagesSeenBy(project)) {
        if (!memberStatus.isEmpty()
            && m_catalog.memberStatus(image.value(u"id"_s).toString(), project) != memberStatus)
            continue;
        bool keep = true;
        for (const auto &[key, text] : std::as_const(wanted)) {
            if (asText(image.value(key)) != text)
                keep = false;
        }
        if (byTag && !hasTag(image, tag))
            keep = false;
        for (const TimeFilter &time : std::as_const(times))
            keep = keep && time.accepts(image);
        if (keep)
            selected.append(image);
    }
    const QString sortKey = value(u"sort_key"_s);
    const bool ascending = value(u"sort_dir"_s) == u"asc";
    if (!sortKey.isEmpty() || ascending) {
        const QString key = sortKey.isEmpty() ? u"created_at"_s : sortKey;
        std::stable_sort(selected.begin(),
            selected.end(),
            [&key, ascending](const QJsonObject &a, const QJsonObject &b) {
                const QString x = asText(a.value(key));
                const QString y = asText(b.value(key));
                return ascending ? x < y : x > y;
            });
    }
    qsizetype first = 0;
    if (query.hasQueryItem(u"marker"_s)) {
        const QString marker = value(u"marker"_s);
        const auto it = std::find_if(selected.cbegin(),
            selected.cend(),
            [&marker](const QJsonObject &o) { return o.value(u"id"_s).toString() == marker; });
        if (it == selected.cend())
            return imsError(400, u"IMG.0027"_s, u"The image ID in the request does not exist."_s);
        first = (it - selected.cbegin()) + 1;
    }
    QJsonArray images;
    for (qsizetype i = first; i < selected.size() && images.size() < limit; ++i)
        images.append(selected.at(i));
    return HttpResponse::json(200, {{u"images"_s, images}});
}

HttpResponse ImsLibraryService::patch(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    const auto image = m_catalog.find(id);
    if (!image || image->value(u"owner"_s).toString() != Account::ProjectId)
        return imsError(400, u"IMG.0027"_s, u"The image ID in the request does not exist."_s);
    if (image->value(u"status"_s).toString() != u"active")
        return imsError(400, u"IMG.0046"_s, u"The image is unavailable."_s); // only active ones
    const QJsonDocument document = QJsonDocument::fromJson(request.http.body);
    if (!document.isArray() || document.array().isEmpty())
        return imsError(400,
            u"IMG.0001"_s,
            u"The request body must be a non-empty array of {op, path, value}."_s);
    QJsonObject changes;
    const QJsonArray operations = document.array();
    for (const QJsonValue &item : operations) {
        const QJsonObject o = item.toObject();
        const QString op = o.value(u"op"_s).toString();
        const QString path = o.value(u"path"_s).toString();
        if (op != u"add" && op != u"replace" && op != u"remove")
            return imsError(400, u"IMG.0001"_s, u"Invalid op '%1'."_s.arg(op));
        if (!path.startsWith(u'/'))
            return imsError(400, u"IMG.0001"_s, u"path must start with '/': '%1'."_s.arg(path));
        const QString key = path.mid(1);
        const bool extension = key.startsWith(u"__"_s) && key == key.toLower();
        if (!PatchableKeys.contains(key) && !extension)
            return imsError(
                400, u"IMG.0001"_s, u"The attribute '%1' cannot be updated."_s.arg(key));
        if (op == u"remove") {
            if (key == u"name")
                return imsError(400, u"IMG.0013"_s, u"The image name is not specified."_s);
            changes.insert(key, QJsonValue::Null);
            continue;
        }
        const QJsonValue v = o.value(u"value"_s);
        // The table types value as a string; numbers are taken as their text.
        const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        if (!v.isString() && !v.isDouble() && !v.isBool())
            return imsError(400, u"IMG.0001"_s, u"value of '%1' must be a string."_s.arg(key));
        if (key == u"name") {
            if (text.isEmpty())
                return imsError(400, u"IMG.0013"_s, u"The image name is not specified."_s);
            if (text.size() > 128)
                return imsError(
                    400, u"IMG.0002"_s, u"The image name contains more than 128 characters."_s);
            if (!ImsName.match(text).hasMatch())
                return imsError(400, u"IMG.0003"_s, u"The image name format is invalid."_s);
            changes.insert(key, text);
        } else if (key == u"__description") {
            if (text.size() > 1024)
                return imsError(
                    400, u"IMG.0004"_s, u"The description contains more than 1024 characters."_s);
            if (text.contains(u'<') || text.contains(u'>') || text.contains(u'\n')
                || text.contains(u'\r'))
                return imsError(400,
                    u"IMG.0001"_s,
                    u"The description cannot contain carriage returns or angle brackets."_s);
            changes.insert(key, text);
        } else if (key == u"min_ram" || key == u"max_ram") {
            bool ok = false;
            const int mb = text.toInt(&ok);
            if (!ok || mb < 0)
                return imsError(
                    400, u"IMG.0001"_s, u"%1 must be a non-negative number of MB."_s.arg(key));
            // min_ram is an integer in the answer, max_ram a string.
            changes.insert(key, key == u"min_ram" ? QJsonValue(mb) : QJsonValue(text));
        } else {
            changes.insert(key, v);
        }
    }
    const QJsonObject result = m_catalog.update(id, changes);
    qCInfo(lcDemo).noquote() << "IMS image" << id << "updated:" << changes.keys().join(u", "_s);
    return HttpResponse::json(200, result);
}

HttpResponse ImsLibraryService::tagAction(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    if (!request.token || request.param(u"project_id"_s) != request.token->projectId)
        return imsError(403, u"IMG.0026"_s, u"The project ID does not match the token."_s);
    const auto image = m_catalog.find(id);
    if (!image || image->value(u"owner"_s).toString() != Account::ProjectId)
        return openStackError(404, u"No image found with ID %1"_s.arg(id));
    const auto body = parseJsonObject(request.http.body);
    const QString action = body ? body->value(u"action"_s).toString() : QString();
    if (!body || (action != u"create" && action != u"delete") || !body->value(u"tags"_s).isArray())
        return imsError(
            400, u"IMG.0001"_s, u"The body needs action (create or delete) and a tags array."_s);
    QStringList tags;
    for (const QJsonValue &t : image->value(u"tags"_s).toArray())
        tags << t.toString();
    QStringList seen;
    const QJsonArray requested = body->value(u"tags"_s).toArray();
    for (const QJsonValue &item : requested) {
        const QJsonObject tag = item.toObject();
        const QString key = tag.value(u"key"_s).toString();
        const QString value = tag.value(u"value"_s).toString();
        const int keyMax = action == u"create" ? 36 : 127;
        const int valueMax = action == u"create" ? 43 : 255;
        if (key.trimmed().isEmpty() || key.size() > keyMax || value.size() > valueMax)
            return imsError(400,
                u"IMG.0001"_s,
                u"Tag key must have 1 to %1 characters, its value at most %2."_s.arg(keyMax).arg(
                    valueMax));
        if (action == u"create" && !tag.value(u"value"_s).isString())
            return imsError(400, u"IMG.0001"_s, u"The value of tag '%1' is missing."_s.arg(key));
        if (seen.contains(key))
            return imsError(400, u"IMG.0001"_s, u"Tag key '%1' is used twice."_s.arg(key));
        seen << key;
        tags.erase(
            std::remove_if(
                tags.begin(), tags.end(), [&key](const QString &t) { return tagKey(t) == key; }),
            tags.end());
        if (action == u"create")
            tags << key + u'=' + value;
    }
    if (tags.size() > MaxTags)
        return imsError(400, u"IMG.0001"_s, u"An image can have a maximum of 10 tags."_s);
    m_catalog.update(id, {{u"tags"_s, QJsonArray::fromStringList(tags)}});
    return HttpResponse::empty(204);
}

} // namespace DemoCloud
