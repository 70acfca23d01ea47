#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace DemoCloud {

/// A refusal in IMS's shape: HTTP 400 with {"error": {"code": "IMG.xxxx", "message": ...}}.
struct ImsError
{
    QString code;
    QString message;
};

/// The field rules of IMS create bodies (seed 004, api-facts §1.2, interfaces.md §7), one
/// function per rule so each can change in one place. Each returns nullopt when the field
/// passes; `where` prefixes messages ("data_images[1]: ").
namespace ImsRules {

// Codes from the IMS error-code table (api-ref/source/error_codes.rst; api-facts §1.1). Where
// no code names the exact rule, the closest one is used; docs/democloud.md lists each use.
namespace Code {
inline constexpr auto BadFormat = u"IMG.0001";          // request message format invalid
inline constexpr auto NameTooLong = u"IMG.0002";        // name > 128 characters
inline constexpr auto NameFormat = u"IMG.0003";         // name format invalid
inline constexpr auto DescriptionTooLong = u"IMG.0004"; // description > 1024 characters
inline constexpr auto NoSuchEcs = u"IMG.0005";          // the ECS does not exist
inline constexpr auto EmptyBody = u"IMG.0007";          // the request body is empty
inline constexpr auto EcsState = u"IMG.0008";           // ECS not in stopped state
inline constexpr auto NoEcsId = u"IMG.0012";            // ECS ID not specified
inline constexpr auto NoName = u"IMG.0013";             // image name not specified
inline constexpr auto BadUrl = u"IMG.0017";             // URL format incorrect
inline constexpr auto DiskState = u"IMG.0022";          // disk in its current state unusable
inline constexpr auto ImageType = u"IMG.0024";          // image type (ECS/BMS) incorrect
inline constexpr auto DescriptionFormat = u"IMG.0054";  // description format invalid
inline constexpr auto MemoryOrDisk = u"IMG.0055";       // memory or disk size invalid
inline constexpr auto OsType = u"IMG.0056";             // OS type invalid
inline constexpr auto NoBucket = u"IMG.0068";           // bucket name empty
inline constexpr auto BucketAccess = u"IMG.0069";       // the bucket cannot be accessed
inline constexpr auto BucketName = u"IMG.0109";         // bucket name has invalid characters
inline constexpr auto TagInvalid = u"IMG.0115";         // image tag invalid
inline constexpr auto DataDisk = u"IMG.0120";           // data disk ID unavailable
inline constexpr auto DuplicateUrl = u"IMG.0123";       // image file address duplicate
inline constexpr auto DifferentEcs = u"IMG.0140";       // disks from different ECSs
inline constexpr auto IsoOsVersion = u"IMG.0166";       // ISO file needs OS information
inline constexpr auto FileSpaces = u"IMG.0175";         // folder or file name with spaces
} // namespace Code

using Result = std::optional<ImsError>;

ImsError fail(const char16_t *code, const QString &message);
/// The key is there and not null.
bool present(const QJsonObject &object, const QString &key);
/// A JSON number with an integral value (1024, not 1024.5 or "1024").
std::optional<qint64> integral(const QJsonValue &value);

/// Image Attributes: 1-128 characters of ASCII letters, digits, '-', '.', '_' and space, not
/// starting or ending with a space. Sets `name` when valid.
Result checkName(const QJsonObject &object, const QString &where, bool required, QString *name);
/// At most 1024 characters, no CR, LF, '<' or '>'.
Result checkDescription(const QJsonObject &object, const QString &where);
/// `tags` ("key.value") or `image_tags` ([{key, value}]), never both; key <= 36, value <= 43,
/// unique keys. Appends "key=value" to `glanceTags` when not null.
Result checkTags(const QJsonObject &object, const QString &where, QStringList *glanceTags);
/// min_ram and max_ram: non-negative integers, max >= min when both are set.
Result checkRam(const QJsonObject &object);
/// The image attributes every create body shares, checked in the documents' order: name
/// (required or not), description, tags/image_tags, min_ram/max_ram.
Result checkImageAttributes(
    const QJsonObject &body, bool nameRequired, QString *name, QStringList *glanceTags);
/// image_url as "bucket:file"; sets `url` and whether the file is an ISO file.
Result checkImageUrl(const QJsonObject &object, const QString &where, QString *url, bool *iso);
/// An optional boolean; sets `out` when present and `out` is not null.
Result checkBool(const QJsonObject &object, const QString &key, const QString &where, bool *out);
/// A mandatory integral min_disk within [low, high] GB.
Result checkMinDisk(const QJsonObject &object, const QString &where, int low, int high, int *out);
/// A non-empty string field; `missingCode` when it is absent or empty.
Result requireString(const QJsonObject &object,
    const QString &key,
    const QString &where,
    const char16_t *missingCode,
    const QString &missingMessage,
    QString *out);

} // namespace ImsRules
} // namespace DemoCloud
