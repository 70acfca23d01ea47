#include "create/imsecsrequest.h"

#include <QJsonArray>

#include "create/imagerules.h"

using namespace Qt::StringLiterals;

FieldErrors ImsEcsRequest::validate() const
{
    FieldErrors errors;
    if (auto e = ImageRules::checkImsName(name))
        errors.append({u"name"_s, *e});
    if (auto e = ImageRules::checkImsDescription(description))
        errors.append({u"description"_s, *e});
    if (instanceId.trimmed().isEmpty())
        errors.append({u"instance_id"_s, tr("Choose the ECS to make the image from.")});
    errors += tags.validate(tagForm == TagSet::ImsForm::Tags ? u"tags"_s : u"image_tags"_s);
    if (auto e = ImageRules::checkRamRange(minRam, maxRam))
        errors.append({minRam < 0 ? u"min_ram"_s : u"max_ram"_s, *e});
    return errors;
}

QJsonObject ImsEcsRequest::toBody() const
{
    // Field order does not matter to JSON; QJsonObject sorts keys, and the golden tests compare
    // objects, not text.
    QJsonObject body{{u"name"_s, name}, {u"instance_id"_s, instanceId}};
    if (!description.isEmpty())
        body.insert(u"description"_s, description);
    if (!tags.isEmpty()) {
        if (tagForm == TagSet::ImsForm::Tags)
            body.insert(u"tags"_s, tags.toImsTags());
        else
            body.insert(u"image_tags"_s, tags.toImsImageTags());
    }
    if (minRam > 0)
        body.insert(u"min_ram"_s, minRam);
    if (maxRam > 0)
        body.insert(u"max_ram"_s, maxRam);
    if (!enterpriseProjectId.isEmpty())
        body.insert(u"enterprise_project_id"_s, enterpriseProjectId);
    return body;
}

QJsonObject ImsEcsRequest::toBodyWithMarker(const QString &marker) const
{
    QJsonObject body = toBody();
    const QString key = QString::fromLatin1(MarkerTagKey);
    if (tagForm == TagSet::ImsForm::Tags) {
        QJsonArray t = body.value(u"tags"_s).toArray();
        t.append(QString(key + u'.' + marker));
        body.insert(u"tags"_s, t);
    } else {
        QJsonArray t = body.value(u"image_tags"_s).toArray();
        t.append(QJsonObject{{u"key"_s, key}, {u"value"_s, marker}});
        body.insert(u"image_tags"_s, t);
    }
    return body;
}

std::optional<ImsEcsRequest> ImsEcsRequest::fromBody(const QJsonObject &body, FieldErrors *errors)
{
    ImsEcsRequest r;
    FieldErrors found;
    const auto stringField = [&](const QString &key, QString *into) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            found.append({key, tr("\"%1\" must be a text.").arg(key)});
        else
            *into = v.toString();
    };
    const auto intField = [&](const QString &key, int *into) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            found.append({key, tr("\"%1\" must be a whole number.").arg(key)});
        else
            *into = v.toInt();
    };
    stringField(u"name"_s, &r.name);
    stringField(u"description"_s, &r.description);
    stringField(u"instance_id"_s, &r.instanceId);
    stringField(u"enterprise_project_id"_s, &r.enterpriseProjectId);
    intField(u"min_ram"_s, &r.minRam);
    intField(u"max_ram"_s, &r.maxRam);
    const bool hasTags = body.contains(u"tags"_s);
    const bool hasImageTags = body.contains(u"image_tags"_s);
    if (hasTags && hasImageTags) {
        found.append({u"image_tags"_s, tr("Use either tags or image_tags, not both.")});
    } else if (hasTags) {
        r.tagForm = TagSet::ImsForm::Tags;
        r.tags = TagSet::fromImsTags(body.value(u"tags"_s).toArray());
    } else if (hasImageTags) {
        r.tagForm = TagSet::ImsForm::ImageTags;
        r.tags = TagSet::fromImsImageTags(body.value(u"image_tags"_s).toArray());
    }
    if (body.contains(u"data_images"_s))
        found.append({u"data_images"_s,
            tr("data_images belongs to the data disk image method, not to this one.")});
    found += r.validate();
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}
