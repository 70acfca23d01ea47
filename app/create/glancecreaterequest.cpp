#include "create/glancecreaterequest.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include "create/imagerules.h"

using namespace Qt::StringLiterals;

namespace {

const QString OsVersionKey = u"__os_version"_s;

bool hasControl(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

QStringList GlanceCreateRequest::diskFormats(Flavour flavour)
{
    if (flavour == Flavour::Huawei)
        return {u"zvhd2"_s, u"vhd"_s, u"raw"_s, u"qcow2"_s, u"iso"_s}; // seed 003
    // Glance's default disk_formats (glance/common/config.py).
    return {u"raw"_s,
        u"qcow2"_s,
        u"vhd"_s,
        u"vhdx"_s,
        u"vmdk"_s,
        u"vdi"_s,
        u"iso"_s,
        u"ploop"_s,
        u"ami"_s,
        u"ari"_s,
        u"aki"_s};
}

QStringList GlanceCreateRequest::containerFormats(Flavour flavour)
{
    if (flavour == Flavour::Huawei)
        return {u"bare"_s}; // seed 003: bare
    return {
        u"bare"_s, u"ovf"_s, u"ova"_s, u"ami"_s, u"ari"_s, u"aki"_s, u"docker"_s, u"compressed"_s};
}

QStringList GlanceCreateRequest::visibilities(Flavour flavour)
{
    if (flavour == Flavour::Huawei)
        return {u"private"_s}; // seed 003: only private when creating image metadata
    return {u"private"_s, u"shared"_s, u"community"_s, u"public"_s};
}

std::optional<QString> GlanceCreateRequest::checkName(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a name for the image.");
    if (name.size() > NameMaxLength)
        //: %1 = maximum number of characters, %2 = current number
        return tr("The name can have at most %1 characters (now %2).")
            .arg(NameMaxLength)
            .arg(name.size());
    if (name.front().isSpace() || name.back().isSpace())
        return tr("The name may not start or end with a space.");
    if (hasControl(name))
        return tr("The name may not contain control characters such as tabs or line breaks.");
    return std::nullopt;
}

std::optional<QString> GlanceCreateRequest::checkHuaweiTag(const QString &tag)
{
    const qsizetype eq = tag.indexOf(u'=');
    if (eq < 0)
        //: %1 = the tag as typed; key=value is the document's form, keep it untranslated
        return tr("Write the tag \"%1\" as key=value, e.g. \"tagkey=tagvalue\".").arg(tag);
    const QString key = tag.left(eq);
    const QString value = tag.mid(eq + 1);
    if (auto e = ImageRules::checkTagKey(key))
        return e;
    if (auto e = ImageRules::checkTagValue(value))
        return e;
    return std::nullopt;
}

FieldErrors GlanceCreateRequest::validate() const
{
    FieldErrors errors;
    const bool huawei = flavour == Flavour::Huawei;
    if (auto e = checkName(name))
        errors.append({u"name"_s, *e});
    if (diskFormat.isEmpty())
        errors.append({u"disk_format"_s, tr("Choose the disk format of the image file.")});
    else if (!diskFormats(flavour).contains(diskFormat))
        //: %1 = the value given, %2 = the accepted values
        errors.append({u"disk_format"_s,
            tr("The disk format \"%1\" is not accepted here. Use one of: %2.")
                .arg(diskFormat, diskFormats(flavour).join(u", "_s))});
    if (containerFormat.isEmpty())
        errors.append({u"container_format"_s, tr("Choose the container format.")});
    else if (!containerFormats(flavour).contains(containerFormat))
        //: %1 = the value given, %2 = the accepted values
        errors.append({u"container_format"_s,
            tr("The container format \"%1\" is not accepted here. Use one of: %2.")
                .arg(containerFormat, containerFormats(flavour).join(u", "_s))});
    if (huawei && (minDisk < HuaweiMinDiskMin || minDisk > HuaweiMinDiskMax))
        //: %1, %2 = the range in GB; %3 = the value given
        errors.append({u"min_disk"_s,
            tr("The minimum disk must be %1 to %2 GB (now %3): the smallest disk, in GB, a "
               "server needs to boot this image.")
                .arg(HuaweiMinDiskMin)
                .arg(HuaweiMinDiskMax)
                .arg(minDisk)});
    else if (minDisk < 0)
        errors.append({u"min_disk"_s, tr("The minimum disk cannot be negative.")});
    if (minRam < 0)
        errors.append({u"min_ram"_s, tr("The minimum memory cannot be negative.")});
    if (!visibilities(flavour).contains(visibility)) {
        if (huawei)
            errors.append({u"visibility"_s,
                tr("Image metadata can only be created with the visibility \"private\".")});
        else
            //: %1 = the value given, %2 = the accepted values
            errors.append({u"visibility"_s,
                tr("The visibility \"%1\" is not accepted. Use one of: %2.")
                    .arg(visibility, visibilities(flavour).join(u", "_s))});
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        const QString field = u"tags[%1]"_s.arg(i);
        if (tag.trimmed().isEmpty()) {
            errors.append({field, tr("Enter the tag or remove the empty one.")});
            continue;
        }
        if (tag.size() > TagMaxLength) {
            //: %1 = maximum number of characters
            errors.append({field, tr("A tag can have at most %1 characters.").arg(TagMaxLength)});
            continue;
        }
        const QString key = huawei ? tag.section(u'=', 0, 0) : tag;
        if (huawei) {
            if (auto e = checkHuaweiTag(tag)) {
                errors.append({field, *e});
                continue;
            }
        }
        if (seen.contains(key)) {
            errors.append({field,
                huawei ? ImageRules::tr("Each tag key can be used only once.")
                       : tr("The tag \"%1\" is given twice.").arg(tag)});
        }
        seen.insert(key);
    }
    if (huawei) {
        if (osVersion.size() > OsVersionMaxLength)
            //: %1 = maximum number of characters
            errors.append({OsVersionKey,
                tr("The OS version can have at most %1 characters.").arg(OsVersionMaxLength)});
        else if (hasControl(osVersion) || osVersion != osVersion.trimmed())
            errors.append({OsVersionKey,
                tr("The OS version may not start or end with a space or contain control "
                   "characters.")});
    }
    if (!id.isEmpty() && !isUuid(id))
        errors.append({u"id"_s,
            tr("\"id\" must be a UUID such as 4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86, or be left "
               "out (Imagewright then chooses one).")});
    return errors;
}

QStringList GlanceCreateRequest::warnings() const
{
    QStringList list;
    if (flavour == Flavour::Huawei && osVersion.isEmpty())
        //: %1 = the default OS version, "Other Linux (64 bit)" (seed 003; keep it untranslated)
        list << tr("No OS version is set, so the cloud uses \"%1\". Then it is not guaranteed "
                   "that servers can be created from this image or work normally.")
                    .arg(QLatin1StringView(DefaultOsVersion));
    return list;
}

QJsonObject GlanceCreateRequest::toBody() const
{
    // The keys of seed 003's request example, in its order (QJsonObject sorts them anyway).
    QJsonObject body;
    if (flavour == Flavour::Huawei && !osVersion.isEmpty())
        body.insert(OsVersionKey, osVersion);
    body.insert(u"container_format"_s, containerFormat);
    body.insert(u"disk_format"_s, diskFormat);
    body.insert(u"min_disk"_s, minDisk);
    body.insert(u"min_ram"_s, minRam);
    body.insert(u"name"_s, name);
    if (!tags.isEmpty())
        body.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    body.insert(u"visibility"_s, visibility);
    body.insert(u"protected"_s, isProtected);
    if (!id.isEmpty())
        body.insert(u"id"_s, id);
    return body;
}

QJsonObject GlanceCreateRequest::toBodyWithId(const QString &chosenId) const
{
    QJsonObject body = toBody();
    body.insert(u"id"_s, idForSending(chosenId));
    return body;
}

GlanceCreateRequest::Flavour GlanceCreateRequest::flavourOfBody(const QJsonObject &body)
{
    return body.contains(OsVersionKey) ? Flavour::Huawei : Flavour::Upstream;
}

std::optional<GlanceCreateRequest> GlanceCreateRequest::fromBody(
    const QJsonObject &body, Flavour flavour, FieldErrors *errors)
{
    GlanceCreateRequest r;
    r.flavour = flavour;
    if (flavour == Flavour::Upstream)
        r.diskFormat.clear(); // seed 003's zvhd2 default is Huawei's; upstream has none
    FieldErrors found;
    const auto text = [&](const QString &key, QString *into) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            //: %1 = a JSON key
            found.append({key, tr("\"%1\" must be a text.").arg(key)});
        else
            *into = v.toString();
    };
    const auto number = [&](const QString &key, int *into) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            //: %1 = a JSON key
            found.append({key, tr("\"%1\" must be a whole number.").arg(key)});
        else
            *into = v.toInt();
    };
    text(u"name"_s, &r.name);
    text(u"disk_format"_s, &r.diskFormat);
    text(u"container_format"_s, &r.containerFormat);
    text(u"visibility"_s, &r.visibility);
    text(OsVersionKey, &r.osVersion);
    text(u"id"_s, &r.id);
    number(u"min_disk"_s, &r.minDisk);
    number(u"min_ram"_s, &r.minRam);
    const QJsonValue prot = body.value(u"protected"_s);
    if (!prot.isUndefined()) {
        if (!prot.isBool())
            found.append({u"protected"_s, tr("\"protected\" must be true or false.")});
        else
            r.isProtected = prot.toBool();
    }
    const QJsonValue tags = body.value(u"tags"_s);
    if (!tags.isUndefined()) {
        if (!tags.isArray()) {
            found.append({u"tags"_s, tr("\"tags\" must be a list of texts.")});
        } else {
            const QJsonArray list = tags.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString())
                    found.append({u"tags[%1]"_s.arg(i), tr("A tag must be a text.")});
                r.tags << list.at(i).toString();
            }
        }
    }
    if (found.isEmpty())
        found += r.validate();
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}
