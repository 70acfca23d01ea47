#include "create/tagset.h"

#include <QJsonObject>
#include <QSet>

#include "create/imagerules.h"

using namespace Qt::StringLiterals;

FieldErrors TagSet::validate(const QString &prefix) const
{
    FieldErrors errors;
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_tags.size(); ++i) {
        const Tag &t = m_tags.at(i);
        const QString field = u"%1[%2]"_s.arg(prefix).arg(i);
        if (auto e = ImageRules::checkTagKey(t.key))
            errors.append({field + u".key"_s, *e});
        else if (seen.contains(t.key))
            errors.append(
                {field + u".key"_s, ImageRules::tr("Each tag key can be used only once.")});
        if (auto e = ImageRules::checkTagValue(t.value))
            errors.append({field + u".value"_s, *e});
        seen.insert(t.key);
    }
    return errors;
}

QJsonArray TagSet::toImsTags() const
{
    QJsonArray out;
    for (const Tag &t : m_tags)
        out.append(QString(t.key + u'.' + t.value));
    return out;
}

QJsonArray TagSet::toImsImageTags() const
{
    QJsonArray out;
    for (const Tag &t : m_tags)
        out.append(QJsonObject{{u"key"_s, t.key}, {u"value"_s, t.value}});
    return out;
}

QJsonArray TagSet::toGlanceKeyValue() const
{
    QJsonArray out;
    for (const Tag &t : m_tags)
        out.append(QString(t.key + u'=' + t.value)); // seed 003: "tagkey=tagvalue"
    return out;
}

TagSet TagSet::fromImsTags(const QJsonArray &tags)
{
    TagSet set;
    for (const QJsonValue &v : tags) {
        // The text before the first '.' is the key; the rest is the value (Image Tag Data Formats).
        const QString s = v.toString();
        const qsizetype dot = s.indexOf(u'.');
        if (dot < 0)
            set.append(s, {});
        else
            set.append(s.left(dot), s.mid(dot + 1));
    }
    return set;
}

TagSet TagSet::fromImsImageTags(const QJsonArray &tags)
{
    TagSet set;
    for (const QJsonValue &v : tags) {
        const QJsonObject o = v.toObject();
        set.append(
            o.value(u"key"_s).toString().trimmed(), o.value(u"value"_s).toString().trimmed());
    }
    return set;
}
