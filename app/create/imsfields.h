#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "create/fielderror.h"
#include "create/tagset.h"

inline constexpr auto MarkerTagKey = "imagewright_op";

/// Reads typed values out of a request body (or one object inside it, e.g. a data_images entry),
/// collecting a translated message per field whose JSON type is wrong. Missing and null values
/// leave the target as it is. Field paths get `prefix` ("data_images[1].").
class BodyReader
{
    Q_DECLARE_TR_FUNCTIONS(BodyReader)
public:
    BodyReader(const QJsonObject &object, QString prefix, FieldErrors *errors)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    { }

    void string(const QString &key, QString *into) const;
    void integer(const QString &key, int *into) const;
    void boolean(const QString &key, bool *into) const;
    /// An array of objects (data_images): each entry, or a message when it is not one.
    QList<QJsonObject> objects(const QString &key) const;
    /// `tags` ("key.value" strings) or `image_tags` (objects), never both (seeds 002/004).
    void tags(TagSet *tags, TagSet::ImsForm *form) const;

    QString field(const QString &key) const { return m_prefix + key; }

private:
    void fail(const QString &key, const QString &message) const;

    QJsonObject m_object;
    QString m_prefix;
    FieldErrors *m_errors;
};

/// The tags of one IMS image as the operator typed them, in the form the operator chose.
struct ImsTags
{
    TagSet tags;
    TagSet::ImsForm form = TagSet::ImsForm::ImageTags;

    /// Row checks; fields "<prefix>tags[i].key" or "<prefix>image_tags[i].key".
    FieldErrors validate(const QString &prefix = {}) const;
    /// Writes `tags` or `image_tags` into `object` when there are any.
    void writeInto(QJsonObject &object) const;
    /// Appends the reconciliation marker (interfaces.md §7) to `object` in this form:
    /// image_tags {"key": "imagewright_op", "value": marker} or tags "imagewright_op.<marker>".
    void addMarker(QJsonObject &object, const QString &marker) const;
};

/// What the IMS create bodies of methods 1, 3 and 4 share (seeds 004 and 002): the image's
/// name, description, tags, memory range and enterprise project, with the documents' rules.
struct ImsImageFields
{
    QString name;
    QString description;
    TagSet tags;
    TagSet::ImsForm tagForm = TagSet::ImsForm::ImageTags;
    int minRam = 0;              // MB; 0 = not restricted (omitted)
    int maxRam = 0;              // MB; 0 = omitted
    QString enterpriseProjectId; // seed 002

    ImsTags imsTags() const { return {tags, tagForm}; }
    void validateInto(FieldErrors &errors) const;
    void writeInto(QJsonObject &body) const;
    void readFrom(const BodyReader &reader);
};
