#include "create/cinderuploadrequest.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString ActionKey = u"os-volume_upload_image"_s;

/// The length Cinder's JSON schema checks: code points, not UTF-16 units.
qsizetype codePoints(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

} // namespace

std::optional<bool> CinderUploadRequest::parseBoolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (!value.isString())
        return std::nullopt;
    // parameter_types.boolean's enum, exactly (case matters: "tRUE" is refused).
    static const QStringList yes{u"True"_s,
        u"TRUE"_s,
        u"true"_s,
        u"1"_s,
        u"ON"_s,
        u"On"_s,
        u"on"_s,
        u"YES"_s,
        u"Yes"_s,
        u"yes"_s,
        u"y"_s,
        u"t"_s};
    static const QStringList no{u"False"_s,
        u"FALSE"_s,
        u"false"_s,
        u"0"_s,
        u"OFF"_s,
        u"Off"_s,
        u"off"_s,
        u"NO"_s,
        u"No"_s,
        u"no"_s,
        u"n"_s,
        u"f"_s};
    const QString text = value.toString();
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

QStringList CinderUploadRequest::diskFormats(CloudFamily family)
{
    if (family == CloudFamily::FjcloudO)
        return {u"raw"_s};
    return {u"raw"_s, u"qcow2"_s, u"vmdk"_s, u"vdi"_s, u"vhd"_s, u"vhdx"_s, u"ploop"_s};
}

QStringList CinderUploadRequest::containerFormats(CloudFamily family)
{
    if (family == CloudFamily::FjcloudO)
        return {u"bare"_s};
    return {u"bare"_s, u"compressed"_s};
}

QStringList CinderUploadRequest::visibilities()
{
    return {u"private"_s, u"shared"_s, u"community"_s, u"public"_s};
}

std::optional<QString> CinderUploadRequest::checkName(const QString &name)
{
    const qsizetype length = codePoints(name);
    if (length == 0)
        return tr("Enter a name for the image.");
    if (length > NameMaxLength) {
        //: %1 = the limit (255), %2 = the name's length
        return tr("The name may have at most %1 characters; this one has %2.")
            .arg(NameMaxLength)
            .arg(length);
    }
    return std::nullopt;
}

FieldErrors CinderUploadRequest::validate() const
{
    FieldErrors errors;
    const bool attached = volumeStatus == u"in-use";
    if (volumeId.trimmed().isEmpty()) {
        errors.append({u"volume_id"_s, tr("Choose the volume to make the image from.")});
    } else if (!volumeStatus.isEmpty() && volumeStatus != u"available" && !attached) {
        //: %1 = the volume's status as Cinder reports it (error, uploading, ...)
        errors.append({u"volume_id"_s,
            tr("The block storage service uploads only an available volume, or an in-use one "
               "with force; this volume is %1.")
                .arg(volumeStatus)});
    }
    if (auto e = checkName(imageName))
        errors.append({u"image_name"_s, *e});
    if (force && !volumeStatus.isEmpty() && !attached) {
        errors.append(
            {u"force"_s, tr("Force is only for a volume that is attached to a server (in-use).")});
    } else if (attached && !force) {
        errors.append({u"force"_s,
            tr("The volume is attached to a server (in-use): the block storage service uploads "
               "it only with force. Stop the OS first.")});
    }
    //: %1 = the value given, %2 = the accepted values
    const QString notOneOf = tr("\"%1\" is not one of: %2.");
    if (!diskFormats().contains(diskFormat))
        errors.append({u"disk_format"_s, notOneOf.arg(diskFormat, diskFormats().join(u", "_s))});
    if (!containerFormats().contains(containerFormat)) {
        errors.append({u"container_format"_s,
            notOneOf.arg(containerFormat, containerFormats().join(u", "_s))});
    }
    if (!visibility.isEmpty() && !visibilities().contains(visibility))
        errors.append({u"visibility"_s, notOneOf.arg(visibility, visibilities().join(u", "_s))});
    return errors;
}

FieldErrors CinderUploadRequest::validateFor(CloudFamily family, bool visibilitySupported) const
{
    FieldErrors errors = validate();
    const auto has = [&errors](const QString &field) {
        return std::any_of(errors.cbegin(), errors.cend(), [&field](const FieldError &e) {
            return e.field == field;
        });
    };
    if (family == CloudFamily::FjcloudO) {
        //: %1 = the field (disk_format or container_format), %2 = the only value allowed
        const QString only = tr("FJcloud-O takes only %1 \"%2\".");
        if (!has(u"disk_format"_s) && !diskFormats(family).contains(diskFormat))
            errors.append({u"disk_format"_s, only.arg(u"disk_format"_s, u"raw"_s)});
        if (!has(u"container_format"_s) && !containerFormats(family).contains(containerFormat))
            errors.append({u"container_format"_s, only.arg(u"container_format"_s, u"bare"_s)});
    }
    if (!visibilitySupported) {
        //: %1 = the field (visibility or protected)
        const QString needs = tr("This cloud's block storage API does not offer %1 "
                                 "(it needs microversion 3.1).");
        if (!visibility.isEmpty() && !has(u"visibility"_s))
            errors.append({u"visibility"_s, needs.arg(u"visibility"_s)});
        if (isProtected)
            errors.append({u"protected"_s, needs.arg(u"protected"_s)});
    }
    return errors;
}

QJsonObject CinderUploadRequest::toBody() const
{
    QJsonObject action{
        {u"container_format"_s, containerFormat},
        {u"disk_format"_s, diskFormat},
        {u"image_name"_s, imageName},
    };
    if (force)
        action.insert(u"force"_s, u"True"_s); // seed 000's example writes it as this string
    if (!visibility.isEmpty())
        action.insert(u"visibility"_s, visibility);
    if (isProtected)
        action.insert(u"protected"_s, *isProtected);
    return {{ActionKey, action}};
}

std::optional<CinderUploadRequest> CinderUploadRequest::fromBody(
    const QJsonObject &body, const QString &volumeId, FieldErrors *errors)
{
    CinderUploadRequest r;
    r.volumeId = volumeId;
    FieldErrors found;
    const QJsonValue actionValue = body.value(ActionKey);
    if (!actionValue.isObject()) {
        found.append({ActionKey,
            tr("The body must be {\"os-volume_upload_image\": {\"image_name\": ..., ...}}.")});
    } else {
        const QJsonObject action = actionValue.toObject();
        //: %1 = a field name
        const QString mustBeText = tr("\"%1\" must be a text.");
        const auto text = [&](const QString &key, QString *into) {
            const QJsonValue v = action.value(key);
            if (v.isUndefined() || v.isNull())
                return;
            if (!v.isString())
                found.append({key, mustBeText.arg(key)});
            else
                *into = v.toString();
        };
        text(u"image_name"_s, &r.imageName);
        text(u"disk_format"_s, &r.diskFormat);
        text(u"container_format"_s, &r.containerFormat);
        text(u"visibility"_s, &r.visibility);
        //: %1 = a field name
        const QString mustBeBoolean = tr("\"%1\" must be true or false.");
        const QJsonValue force = action.value(u"force"_s);
        if (!force.isUndefined() && !force.isNull()) {
            if (const auto b = parseBoolean(force))
                r.force = *b;
            else
                found.append({u"force"_s, mustBeBoolean.arg(u"force"_s)});
        }
        const QJsonValue isProtected = action.value(u"protected"_s);
        if (!isProtected.isUndefined() && !isProtected.isNull()) {
            if (const auto b = parseBoolean(isProtected))
                r.isProtected = *b;
            else
                found.append({u"protected"_s, mustBeBoolean.arg(u"protected"_s)});
        }
    }
    const bool shaped = actionValue.isObject();
    for (const FieldError &e : r.validate()) {
        if (!shaped && e.field != u"volume_id")
            continue; // without the action object, its fields say nothing more
        const bool dup = std::any_of(
            found.cbegin(), found.cend(), [&e](const FieldError &f) { return f.field == e.field; });
        if (!dup)
            found.append(e);
    }
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<QString> CinderUploadRequest::imageIdFromResponse(
    const QJsonObject &answer, QString *volumeStatus, QString *why)
{
    const QJsonObject action = answer.value(ActionKey).toObject();
    if (action.isEmpty()) {
        if (why)
            *why = u"os-volume_upload_image: no such object in the answer"_s;
        return std::nullopt;
    }
    const QString id = action.value(u"image_id"_s).toString();
    if (id.size() != 36 || QUuid::fromString(id).isNull()) {
        if (why)
            *why = id.isEmpty()
                ? u"os-volume_upload_image: no image_id"_s
                : u"os-volume_upload_image: image_id \"%1\" is not a UUID"_s.arg(id);
        return std::nullopt;
    }
    if (volumeStatus)
        *volumeStatus = action.value(u"status"_s).toString();
    return id;
}
