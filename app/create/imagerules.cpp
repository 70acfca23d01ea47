#include "create/imagerules.h"

#include <algorithm>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// IMS Image Attributes: letters, digits, hyphens, periods, underscores and spaces. Only ASCII
// letters are accepted until a document says otherwise (interfaces.md §7).
bool isImsNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'-' || u == u'.' || u == u'_' || u == u' ';
}

} // namespace

std::optional<QString> ImageRules::checkImsName(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a name.");
    if (name.size() > ImsNameMaxLength)
        //: %1 = maximum number of characters, %2 = current number
        return tr("The name can have at most %1 characters (now %2).")
            .arg(ImsNameMaxLength)
            .arg(name.size());
    if (name.front() == u' ' || name.back() == u' ')
        return tr("The name cannot start or end with a space.");
    for (const QChar c : name) {
        if (!isImsNameChar(c))
            //: %1 = the character that is not allowed
            return tr("The name can contain only letters (A–Z, a–z), digits, hyphens (-), "
                      "periods (.), underscores (_) and spaces; \"%1\" is not allowed.")
                .arg(c);
    }
    return std::nullopt;
}

std::optional<QString> ImageRules::checkImsDescription(const QString &description)
{
    if (description.size() > ImsDescriptionMaxLength)
        //: %1 = maximum number of characters, %2 = current number
        return tr("The description can have at most %1 characters (now %2).")
            .arg(ImsDescriptionMaxLength)
            .arg(description.size());
    if (description.contains(u'\r') || description.contains(u'\n'))
        return tr("The description cannot contain line breaks.");
    if (description.contains(u'<') || description.contains(u'>'))
        return tr("The description cannot contain angle brackets (< >).");
    return std::nullopt;
}

std::optional<QString> ImageRules::checkTagKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return tr("Enter a tag key.");
    if (key.size() > TagKeyMaxLength)
        //: %1 = maximum number of characters
        return tr("A tag key can have at most %1 characters.").arg(TagKeyMaxLength);
    if (key.contains(u'.') || key.contains(u'='))
        return tr("A tag key cannot contain \".\" or \"=\".");
    return std::nullopt;
}

std::optional<QString> ImageRules::checkTagValue(const QString &value)
{
    if (value.size() > TagValueMaxLength)
        //: %1 = maximum number of characters
        return tr("A tag value can have at most %1 characters.").arg(TagValueMaxLength);
    return std::nullopt;
}

std::optional<QString> ImageRules::checkRamRange(int minRam, int maxRam)
{
    if (minRam < 0 || maxRam < 0)
        return tr("Memory sizes cannot be negative.");
    if (minRam > 0 && maxRam > 0 && maxRam < minRam)
        return tr("The maximum memory must be at least the minimum memory.");
    return std::nullopt;
}

std::optional<QString> ImageRules::checkObsImageUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        return tr("Enter the image file as bucket:file.");
    const qsizetype colon = url.indexOf(u':');
    if (colon < 0)
        //: bucket:file is the format of the OBS file address; keep it as it is
        return tr("Write the image file as bucket:file (the OBS bucket name, a colon, the file "
                  "name).");
    const QString bucket = url.left(colon);
    const QString file = url.mid(colon + 1);
    static const QRegularExpression bucketRule(u"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"_s);
    if (!bucketRule.match(bucket).hasMatch() || bucket.contains(u".."_s))
        //: %1 = the bucket name typed
        return tr("\"%1\" is not an OBS bucket name: 3 to 63 lowercase letters, digits, hyphens "
                  "or periods, starting and ending with a letter or digit.")
            .arg(bucket);
    if (file.isEmpty())
        return tr("Enter the file name after the colon.");
    // IMS refuses an object whose name or folder has a space (IMG.0175).
    if (std::any_of(file.cbegin(), file.cend(), [](QChar c) { return c.isSpace(); }))
        //: %1 = the object name typed (after the colon)
        return tr("“%1”: OBS file and folder names here cannot contain spaces. Rename the "
                  "object in the bucket, or upload it again under a name without spaces.")
            .arg(file);
    return std::nullopt;
}

std::optional<QString> ImageRules::checkDiskSize(int gb, int low, int high)
{
    if (gb == 0)
        return tr("Enter the disk size in GB.");
    if (gb < low || gb > high)
        //: %1 = lowest size, %2 = highest size, in GB
        return tr("The disk size must be between %1 GB and %2 GB.").arg(low).arg(high);
    return std::nullopt;
}
