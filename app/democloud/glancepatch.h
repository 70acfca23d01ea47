#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QStringList>

#include "httptypes.h"

namespace DemoCloud {

/// Glance v2 `PATCH /v2/images/{id}` (the image API reference's "Update image"): a JSON patch of
/// media type application/openstack-images-v2.1-json-patch (or v2.0), ops add, replace and remove
/// on core attributes (name, visibility, protected, min_disk, min_ram, tags, container_format,
/// disk_format, os_hidden) and on additional properties (string values). Read-only attributes
/// are refused with 403, a replace or remove of a property the image lacks with 409, making an
/// image public with 403 (an admin's right). `checkTag` checks one tag (the Huawei form) and
/// returns a message or empty; `keys` collects the keys seen.
/// On success, `changes` gets each changed key with its new value (a JSON null: removed).
std::optional<HttpResponse> applyGlancePatch(const QJsonObject &image,
    const HttpRequest &http,
    const std::function<QString(const QJsonValue &tag, QStringList *keys)> &checkTag,
    QJsonObject *changes);

} // namespace DemoCloud
