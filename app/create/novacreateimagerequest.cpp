#include "create/novacreateimagerequest.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include "create/imagerules.h"
#include "create/imsecsrequest.h" // MarkerTagKey

using namespace Qt::StringLiterals;

namespace {

/// Nova's metadata key alphabet: ^[a-zA-Z0-9-_:. ]{1,255}$ (parameter_types.metadata).
bool isMetadataKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'_' || c == u':' || c == u'.' || c == u' ';
}

/// A Glance image ID: a UUID in its 36-character form (Glance's schema), returned as given.
std::optional<QString> imageUuid(const QString &text)
{
    if (text.size() != 36 || QUuid::fromString(text).isNull())
        return std::nullopt;
    return text;
}

} // namespace

std::optional<QString> NovaCreateImageRequest::checkName(const QString &name)
{
    const qsizetype bytes = name.toUtf8().size();
    if (bytes == 0)
        return tr("Enter a name for the image.");
    if (bytes > ImageRules::NovaNameMaxBytes) {
        //: %1 = the limit (242), %2 = the name's size; bytes of UTF-8, not characters
        return tr("The name may have at most %1 bytes of UTF-8; this one has %2. Letters outside "
                  "ASCII take two to four bytes each.")
            .arg(ImageRules::NovaNameMaxBytes)
            .arg(bytes);
    }
    if (name.front().isSpace() || name.back().isSpace())
        return tr("The name may not start or end with a space.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The name may not contain control characters such as tabs or line breaks.");
    }
    return std::nullopt;
}

FieldErrors NovaCreateImageRequest::validate() const
{
    FieldErrors errors;
    if (serverId.trimmed().isEmpty())
        errors.append({u"server_id"_s, tr("Choose the server to make the image from.")});
    if (auto e = checkName(name))
        errors.append({u"name"_s, *e});
    QSet<QString> seen;
    for (qsizetype i = 0; i < metadata.size(); ++i) {
        const auto &[key, value] = metadata.at(i);
        const QString keyField = u"metadata[%1].key"_s.arg(i);
        if (key.isEmpty()) {
            errors.append({keyField, tr("Enter a key for this metadata item.")});
        } else if (key.size() > MetadataKeyMaxLength) {
            errors.append({keyField,
                tr("A metadata key may have at most %1 characters.").arg(MetadataKeyMaxLength)});
        } else if (!std::all_of(key.cbegin(), key.cend(), isMetadataKeyChar)) {
            errors.append({keyField,
                tr("A metadata key may only contain ASCII letters, digits, spaces and - _ : .")});
        } else if (seen.contains(key)) {
            errors.append({keyField, tr("The key \"%1\" is used twice.").arg(key)});
        } else if (key == QLatin1StringView(MarkerTagKey)) {
            errors.append({keyField,
                tr("The key \"%1\" is reserved: Imagewright uses it to find the image again.")
                    .arg(key)});
        }
        seen.insert(key);
        if (value.size() > MetadataValueMaxLength) {
            errors.append({u"metadata[%1].value"_s.arg(i),
                tr("A metadata value may have at most %1 characters.")
                    .arg(MetadataValueMaxLength)});
        }
    }
    return errors;
}

QJsonObject NovaCreateImageRequest::toBody() const
{
    QJsonObject action{{u"name"_s, name}};
    if (!metadata.isEmpty()) {
        QJsonObject items;
        for (const auto &[key, value] : metadata)
            items.insert(key, value);
        action.insert(u"metadata"_s, items);
    }
    return {{u"createImage"_s, action}};
}

QJsonObject NovaCreateImageRequest::toBodyWithMarker(const QString &marker) const
{
    QJsonObject body = toBody();
    QJsonObject action = body.value(u"createImage"_s).toObject();
    QJsonObject items = action.value(u"metadata"_s).toObject();
    items.insert(QString::fromLatin1(MarkerTagKey), marker);
    action.insert(u"metadata"_s, items);
    body.insert(u"createImage"_s, action);
    return body;
}

std::optional<NovaCreateImageRequest> NovaCreateImageRequest::fromBody(
    const QJsonObject &body, const QString &serverId, FieldErrors *errors)
{
    NovaCreateImageRequest r;
    r.serverId = serverId;
    FieldErrors found;
    const QJsonValue actionValue = body.value(u"createImage"_s);
    if (!actionValue.isObject()) {
        found.append({u"createImage"_s,
            tr("The body must be {\"createImage\": {\"name\": ..., \"metadata\": {...}}}.")});
    } else {
        const QJsonObject action = actionValue.toObject();
        const QJsonValue name = action.value(u"name"_s);
        if (!name.isUndefined() && !name.isNull() && !name.isString())
            found.append({u"name"_s, tr("\"%1\" must be a text.").arg(u"name"_s)});
        else
            r.name = name.toString();
        const QJsonValue metadata = action.value(u"metadata"_s);
        if (metadata.isObject()) {
            const QJsonObject items = metadata.toObject();
            for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
                if (!it.value().isString()) {
                    found.append({u"metadata[%1].value"_s.arg(r.metadata.size()),
                        tr("The metadata value of \"%1\" must be a text.").arg(it.key())});
                }
                r.metadata.append({it.key(), it.value().toString()});
            }
        } else if (!metadata.isUndefined() && !metadata.isNull()) {
            found.append({u"metadata"_s,
                tr("\"metadata\" must be an object of texts, e.g. {\"ImageType\": \"Gold\"}.")});
        }
    }
    found += r.validate();
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<QString> NovaCreateImageRequest::imageIdFromCreateResponse(
    NovaMicroversion microversion,
    const QByteArray &locationHeader,
    const QByteArray &body,
    QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (microversion >= NovaImageIdInBody) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return fail(
                u"createImage at %1: the body is not a JSON object"_s.arg(microversion.toString()));
        const QString id = document.object().value(u"image_id"_s).toString();
        if (id.isEmpty())
            return fail(
                u"createImage at %1: no image_id in the body"_s.arg(microversion.toString()));
        if (auto uuid = imageUuid(id))
            return uuid;
        return fail(u"createImage: image_id \"%1\" is not a UUID"_s.arg(id));
    }
    // "The URL returned may not be accessible to users and should not be relied upon ... parse
    // the image ID out of the URL" (Nova's reference): its last path segment.
    if (locationHeader.trimmed().isEmpty())
        return fail(u"createImage at %1: no Location header"_s.arg(microversion.toString()));
    const QUrl url(QString::fromUtf8(locationHeader.trimmed()), QUrl::StrictMode);
    if (!url.isValid())
        return fail(
            u"createImage: Location \"%1\" is not a URL"_s.arg(QString::fromUtf8(locationHeader)));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString last = path.section(u'/', -1);
    if (auto uuid = imageUuid(last))
        return uuid;
    return fail(u"createImage: Location \"%1\" does not end in an image ID"_s.arg(
        QString::fromUtf8(locationHeader)));
}
