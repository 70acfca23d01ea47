#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include "create/fielderror.h"

/// The tags an operator typed as key/value rows, serialised per API (interfaces.md §7): IMS
/// `tags` ("key.value" strings) or `image_tags` ({"key","value"} objects), never both; Huawei
/// Glance "key=value"; upstream Glance plain strings.
class TagSet
{
public:
    struct Tag
    {
        QString key;
        QString value;
        bool operator==(const Tag &) const = default;
    };
    enum class ImsForm
    {
        Tags,
        ImageTags
    };

    TagSet() = default;
    explicit TagSet(QList<Tag> tags)
        : m_tags(std::move(tags))
    { }

    const QList<Tag> &tags() const { return m_tags; }
    bool isEmpty() const { return m_tags.isEmpty(); }
    void append(const QString &key, const QString &value) { m_tags.append({key, value}); }

    /// Per-row checks: key present, key and value lengths, unique keys. Fields are
    /// "<prefix>[row].key" / "<prefix>[row].value".
    FieldErrors validate(const QString &fieldPrefix = QStringLiteral("tags")) const;

    QJsonArray toImsTags() const;        // ["key.value", ...]
    QJsonArray toImsImageTags() const;   // [{"key":..,"value":..}, ...]
    QJsonArray toGlanceKeyValue() const; // ["key=value", ...]

    /// Reads "key.value" strings (the text before the first '.' is the key).
    static TagSet fromImsTags(const QJsonArray &tags);
    static TagSet fromImsImageTags(const QJsonArray &tags);

private:
    QList<Tag> m_tags;
};
