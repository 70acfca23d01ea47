#include "create/imsecsrequest.h"

using namespace Qt::StringLiterals;

FieldErrors ImsEcsRequest::validate() const
{
    FieldErrors errors;
    validateInto(errors);
    if (instanceId.trimmed().isEmpty())
        errors.append({u"instance_id"_s, tr("Choose the ECS to make the image from.")});
    return errors;
}

QJsonObject ImsEcsRequest::toBody() const
{
    // Field order does not matter to JSON; QJsonObject sorts keys, and the golden tests compare
    // objects, not text.
    QJsonObject body{{u"instance_id"_s, instanceId}};
    writeInto(body);
    return body;
}

QJsonObject ImsEcsRequest::toBodyWithMarker(const QString &marker) const
{
    QJsonObject body = toBody();
    imsTags().addMarker(body, marker);
    return body;
}

std::optional<ImsEcsRequest> ImsEcsRequest::fromBody(const QJsonObject &body, FieldErrors *errors)
{
    ImsEcsRequest r;
    FieldErrors found;
    const BodyReader reader(body, {}, &found);
    r.readFrom(reader);
    reader.string(u"instance_id"_s, &r.instanceId);
    if (body.contains(u"data_images"_s))
        found.append({u"data_images"_s,
            tr("data_images belongs to the data disk image method, not to this one.")});
    found += r.validate();
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}
