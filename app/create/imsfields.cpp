#include "create/imsfields.h"

#include "create/imagerules.h"

using namespace Qt::StringLiterals;

void BodyReader::fail(const QString &key, const QString &message) const
{
    if (m_errors)
        m_errors->append({field(key), message});
}

void BodyReader::string(const QString &key, QString *into) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString())
        //: %1 = a field of the request body
        fail(key, tr("\"%1\" must be a text.").arg(key));
    else
        *into = v.toString();
}

void BodyReader::integer(const QString &key, int *into) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        //: %1 = a field of the request body
        fail(key, tr("\"%1\" must be a whole number.").arg(key));
    else
        *into = v.toInt();
}

void BodyReader::boolean(const QString &key, bool *into) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isBool())
        //: %1 = a field of the request body; true and false are JSON words, not translated
        fail(key, tr("\"%1\" must be true or false.").arg(key));
    else
        *into = v.toBool();
}

QList<QJsonObject> BodyReader::objects(const QString &key) const
{
    QList<QJsonObject> result;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return result;
    if (!v.isArray()) {
        //: %1 = a field of the request body
        fail(key, tr("\"%1\" must be a list of objects.").arg(key));
        return result;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            fail(u"%1[%2]"_s.arg(key).arg(i),
                //: %1 = a field of the request body
                tr("Each entry of \"%1\" must be an object.").arg(key));
            continue;
        }
        result.append(array.at(i).toObject());
    }
    return result;
}

void BodyReader::tags(TagSet *tags, TagSet::ImsForm *form) const
{
    const bool hasTags = m_object.contains(u"tags"_s);
    const bool hasImageTags = m_object.contains(u"image_tags"_s);
    if (hasTags && hasImageTags) {
        fail(u"image_tags"_s, tr("Use either tags or image_tags, not both."));
    } else if (hasTags) {
        if (!m_object.value(u"tags"_s).isArray()) {
            fail(u"tags"_s, tr("\"%1\" must be a list.").arg(u"tags"_s));
            return;
        }
        *form = TagSet::ImsForm::Tags;
        *tags = TagSet::fromImsTags(m_object.value(u"tags"_s).toArray());
    } else if (hasImageTags) {
        if (!m_object.value(u"image_tags"_s).isArray()) {
            fail(u"image_tags"_s, tr("\"%1\" must be a list.").arg(u"image_tags"_s));
            return;
        }
        *form = TagSet::ImsForm::ImageTags;
        *tags = TagSet::fromImsImageTags(m_object.value(u"image_tags"_s).toArray());
    }
}

FieldErrors ImsTags::validate(const QString &prefix) const
{
    FieldErrors errors = tags.validate(form == TagSet::ImsForm::Tags ? u"tags"_s : u"image_tags"_s);
    for (FieldError &e : errors)
        e.field.prepend(prefix);
    return errors;
}

void ImsTags::writeInto(QJsonObject &object) const
{
    if (tags.isEmpty())
        return;
    if (form == TagSet::ImsForm::Tags)
        object.insert(u"tags"_s, tags.toImsTags());
    else
        object.insert(u"image_tags"_s, tags.toImsImageTags());
}

void ImsTags::addMarker(QJsonObject &object, const QString &marker) const
{
    const QString key = QString::fromLatin1(MarkerTagKey);
    if (form == TagSet::ImsForm::Tags) {
        QJsonArray t = object.value(u"tags"_s).toArray();
        t.append(QString(key + u'.' + marker));
        object.insert(u"tags"_s, t);
    } else {
        QJsonArray t = object.value(u"image_tags"_s).toArray();
        t.append(QJsonObject{{u"key"_s, key}, {u"value"_s, marker}});
        object.insert(u"image_tags"_s, t);
    }
}

void ImsImageFields::validateInto(FieldErrors &errors) const
{
    if (auto e = ImageRules::checkImsName(name))
        errors.append({u"name"_s, *e});
    if (auto e = ImageRules::checkImsDescription(description))
        errors.append({u"description"_s, *e});
    errors += imsTags().validate();
    if (auto e = ImageRules::checkRamRange(minRam, maxRam))
        errors.append({minRam < 0 ? u"min_ram"_s : u"max_ram"_s, *e});
}

void ImsImageFields::writeInto(QJsonObject &body) const
{
    body.insert(u"name"_s, name);
    if (!description.isEmpty())
        body.insert(u"description"_s, description);
    imsTags().writeInto(body);
    if (minRam > 0)
        body.insert(u"min_ram"_s, minRam);
    if (maxRam > 0)
        body.insert(u"max_ram"_s, maxRam);
    if (!enterpriseProjectId.isEmpty())
        body.insert(u"enterprise_project_id"_s, enterpriseProjectId);
}

void ImsImageFields::readFrom(const BodyReader &reader)
{
    reader.string(u"name"_s, &name);
    reader.string(u"description"_s, &description);
    reader.string(u"enterprise_project_id"_s, &enterpriseProjectId);
    reader.integer(u"min_ram"_s, &minRam);
    reader.integer(u"max_ram"_s, &maxRam);
    reader.tags(&tags, &tagForm);
}
