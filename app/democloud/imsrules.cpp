#include "imsrules.h"

#include <cmath>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace DemoCloud::ImsRules {

ImsError fail(const char16_t *code, const QString &message)
{
    return ImsError{QString::fromUtf16(code), message};
}

bool present(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

/// A JSON number with an integral value (1024, not 1024.5 or "1024").
std::optional<qint64> integral(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::abs(number) > 9.0e15)
        return std::nullopt;
    return qint64(number);
}

/// Image Attributes (api-facts §1.2, interfaces.md §7): 1-128 characters of ASCII letters,
/// digits, '-', '.', '_' and space, not starting or ending with a space.
Result checkName(const QJsonObject &object, const QString &where, bool required, QString *name)
{
    const QJsonValue value = object.value(u"name"_s);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(Code::NoName, where + u"name is mandatory."_s);
        return std::nullopt;
    }
    if (!value.isString())
        return fail(Code::BadFormat, where + u"name must be a string."_s);
    const QString text = value.toString();
    if (text.isEmpty())
        return fail(Code::NoName, where + u"name must not be empty."_s);
    if (text.size() > 128) {
        return fail(
            Code::NameTooLong, where + u"The image name contains more than 128 characters."_s);
    }
    static const QRegularExpression allowed(u"^[A-Za-z0-9._ -]+$"_s);
    if (!allowed.match(text).hasMatch() || text.startsWith(u' ') || text.endsWith(u' ')) {
        return fail(Code::NameFormat,
            where
                + u"The image name format is invalid: use letters, digits, hyphens (-), "
                  "periods (.), underscores (_) and spaces, not starting or ending with "
                  "a space."_s);
    }
    if (name)
        *name = text;
    return std::nullopt;
}

/// interfaces.md §7: at most 1024 characters, no CR, LF, '<' or '>' (the seeds' "only letters
/// and digits" is contradicted by their own examples, which contain spaces).
Result checkDescription(const QJsonObject &object, const QString &where)
{
    const QJsonValue value = object.value(u"description"_s);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return fail(Code::BadFormat, where + u"description must be a string."_s);
    const QString text = value.toString();
    if (text.size() > 1024) {
        return fail(Code::DescriptionTooLong,
            where + u"The description contains more than 1024 characters."_s);
    }
    static const QRegularExpression forbidden(u"[\\r\\n<>]"_s);
    if (forbidden.match(text).hasMatch()) {
        return fail(Code::DescriptionFormat,
            where
                + u"The image description format is invalid: carriage returns, line "
                  "feeds and angle brackets (< >) are not allowed."_s);
    }
    return std::nullopt;
}

namespace {

/// One tag, from either form (api-facts §1.2, Image Tag Data Formats).
Result checkTag(const QString &key, const QString &value, const QString &where)
{
    if (key.isEmpty())
        return fail(Code::TagInvalid, where + u"The tag key must not be empty."_s);
    if (key.size() > 36)
        return fail(Code::TagInvalid, where + u"The tag key %1 exceeds 36 characters."_s.arg(key));
    if (value.size() > 43) {
        return fail(
            Code::TagInvalid, where + u"The value of tag %1 exceeds 43 characters."_s.arg(key));
    }
    // Huawei's tag text forbids these characters and leading or trailing spaces.
    static const QRegularExpression forbidden(u"[=*<>\\\\,|/]"_s);
    if (forbidden.match(key).hasMatch() || forbidden.match(value).hasMatch() || key != key.trimmed()
        || value != value.trimmed()) {
        return fail(Code::TagInvalid,
            where
                + u"The tag %1 contains a character that is not allowed (= * < > \\ , | /)"
                  " or leading or trailing spaces."_s.arg(key));
    }
    return std::nullopt;
}

} // namespace

/// `tags` ("key.value" strings) or `image_tags` ([{key, value}]), never both (seeds 002/004);
/// keys unique. Appends "key=value" to `glanceTags`.
Result checkTags(const QJsonObject &object, const QString &where, QStringList *glanceTags)
{
    const bool hasTags = present(object, u"tags"_s);
    const bool hasImageTags = present(object, u"image_tags"_s);
    if (hasTags && hasImageTags) {
        return fail(
            Code::TagInvalid, where + u"Use either tags or image_tags, not both (seed 004)."_s);
    }
    QList<std::pair<QString, QString>> pairs;
    if (hasTags) {
        const QJsonValue tags = object.value(u"tags"_s);
        if (!tags.isArray())
            return fail(Code::BadFormat, where + u"tags must be an array of strings."_s);
        const QJsonArray array = tags.toArray();
        for (const QJsonValue &tag : array) {
            if (!tag.isString())
                return fail(Code::BadFormat, where + u"tags must be an array of strings."_s);
            // "key.value": the key is the text before the first period (api-facts §1.2).
            const QString text = tag.toString();
            const qsizetype dot = text.indexOf(u'.');
            pairs.append(dot < 0 ? std::pair{text, QString()}
                                 : std::pair{text.left(dot), text.mid(dot + 1)});
        }
    } else if (hasImageTags) {
        const QJsonValue tags = object.value(u"image_tags"_s);
        if (!tags.isArray())
            return fail(Code::BadFormat, where + u"image_tags must be an array of objects."_s);
        const QJsonArray array = tags.toArray();
        for (const QJsonValue &tag : array) {
            const QJsonObject entry = tag.toObject();
            const QJsonValue value = entry.value(u"value"_s);
            if (!tag.isObject() || !entry.value(u"key"_s).isString()
                || !(value.isString() || value.isUndefined() || value.isNull())) {
                return fail(Code::BadFormat,
                    where + u"image_tags entries must be {\"key\": ..., \"value\": ...}."_s);
            }
            // Leading and trailing spaces are trimmed in this form (api-facts §1.2).
            pairs.append({entry.value(u"key"_s).toString().trimmed(), value.toString().trimmed()});
        }
    }
    QSet<QString> keys;
    for (const auto &[key, value] : std::as_const(pairs)) {
        if (const Result error = checkTag(key, value, where))
            return error;
        if (keys.contains(key))
            return fail(Code::TagInvalid, where + u"The tag key %1 is used twice."_s.arg(key));
        keys.insert(key);
        if (glanceTags)
            glanceTags->append(key + u'=' + value);
    }
    return std::nullopt;
}

/// min_ram and max_ram in MB: non-negative integers, max >= min when both are set (> 0).
Result checkImageAttributes(
    const QJsonObject &body, bool nameRequired, QString *name, QStringList *glanceTags)
{
    if (Result error = checkName(body, QString(), nameRequired, name))
        return error;
    if (Result error = checkDescription(body, QString()))
        return error;
    if (Result error = checkTags(body, QString(), glanceTags))
        return error;
    return checkRam(body);
}

Result checkRam(const QJsonObject &object)
{
    qint64 values[2] = {0, 0};
    const QString keys[2] = {u"min_ram"_s, u"max_ram"_s};
    for (int i = 0; i < 2; ++i) {
        if (!present(object, keys[i]))
            continue;
        const auto number = integral(object.value(keys[i]));
        if (!number || *number < 0) {
            return fail(
                Code::MemoryOrDisk, u"%1 must be a non-negative integer (MB)."_s.arg(keys[i]));
        }
        values[i] = *number;
    }
    if (values[0] > 0 && values[1] > 0 && values[1] < values[0])
        return fail(Code::MemoryOrDisk, u"max_ram must not be smaller than min_ram."_s);
    return std::nullopt;
}

/// Seed 004: image_url is "OBS bucket name:Image file name".
Result checkImageUrl(const QJsonObject &object, const QString &where, QString *url, bool *iso)
{
    const QJsonValue value = object.value(u"image_url"_s);
    if (value.isUndefined() || value.isNull()) {
        return fail(
            Code::BadUrl, where + u"image_url is mandatory: the OBS file as bucket:file."_s);
    }
    if (!value.isString())
        return fail(Code::BadFormat, where + u"image_url must be a string."_s);
    const QString text = value.toString();
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        return fail(
            Code::BadUrl, where + u"image_url must have the form bucket:file (seed 004)."_s);
    }
    const QString bucket = text.left(colon);
    const QString file = text.mid(colon + 1);
    if (bucket.isEmpty())
        return fail(Code::NoBucket, where + u"The specified bucket name is empty."_s);
    // OBS bucket names: 3-63 lower-case letters, digits, hyphens and periods, starting and
    // ending with a letter or digit.
    static const QRegularExpression bucketName(u"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"_s);
    if (!bucketName.match(bucket).hasMatch()) {
        return fail(Code::BucketName,
            where + u"The bucket name %1 contains invalid characters."_s.arg(bucket));
    }
    if (file.isEmpty())
        return fail(Code::BadUrl, where + u"image_url names no file after the colon."_s);
    if (file.contains(u' ')) {
        return fail(Code::FileSpaces,
            where + u"The folder name and image file name cannot contain spaces."_s);
    }
    *url = text;
    *iso = file.endsWith(u".iso"_s, Qt::CaseInsensitive);
    return std::nullopt;
}

Result checkBool(const QJsonObject &object, const QString &key, const QString &where, bool *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool())
        return fail(Code::BadFormat, where + u"%1 must be true or false."_s.arg(key));
    if (out)
        *out = value.toBool();
    return std::nullopt;
}

Result checkMinDisk(const QJsonObject &object, const QString &where, int low, int high, int *out)
{
    if (!present(object, u"min_disk"_s)) {
        return fail(
            Code::BadFormat, where + u"min_disk is mandatory (%1-%2 GB)."_s.arg(low).arg(high));
    }
    const auto value = integral(object.value(u"min_disk"_s));
    if (!value) {
        return fail(Code::BadFormat, where + u"min_disk must be an integer number of GB."_s);
    }
    if (*value < low || *value > high) {
        return fail(Code::MemoryOrDisk, where + u"min_disk must be %1-%2 GB."_s.arg(low).arg(high));
    }
    *out = int(*value);
    return std::nullopt;
}

/// A non-empty string field, or the given error when missing or empty.
Result requireString(const QJsonObject &object,
    const QString &key,
    const QString &where,
    const char16_t *missingCode,
    const QString &missingMessage,
    QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fail(missingCode, where + missingMessage);
    if (!value.isString())
        return fail(Code::BadFormat, where + u"%1 must be a string."_s.arg(key));
    if (value.toString().isEmpty())
        return fail(missingCode, where + missingMessage);
    *out = value.toString();
    return std::nullopt;
}

} // namespace DemoCloud::ImsRules
