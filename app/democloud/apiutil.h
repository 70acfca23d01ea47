#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "httptypes.h"

namespace DemoCloud {

// Timestamps, identifiers and the error bodies each service family answers with.

/// "2024-11-06T06:19:43.195Z" (IMS jobs, api-facts §1.1).
QString isoMillis(const QDateTime &utc);
/// "2015-11-07T02:58:43.578000Z" (Keystone expires_at/issued_at, api-facts §1.9).
QString isoMicros(const QDateTime &utc);
/// "2024-11-06T06:19:43Z" (Nova and Glance).
QString isoSeconds(const QDateTime &utc);
/// "2024-11-06T06:19:43.000000" (Cinder, Nova launched_at: microseconds, no zone designator).
QString isoMicrosNoZone(const QDateTime &utc);
/// Parses what isoMillis/isoSeconds wrote; invalid QDateTime on failure.
QDateTime parseIso(const QString &text);

/// `bytes` random bytes as lower-case hex (an IMS job id is randomHex(16): 32 characters).
QString randomHex(int bytes);
/// A random UUID, lower-case, without braces.
QString newUuid();

/// The body as a JSON object; nullopt when it is empty, not JSON, or not an object.
std::optional<QJsonObject> parseJsonObject(const QByteArray &body);

/// Keystone/Glance style: {"error": {"code": 401, "title": "Unauthorized", "message": ...}}.
HttpResponse openStackError(int status, const QString &message);
/// Keystone's exact 401 for missing, invalid or expired credentials and tokens.
HttpResponse unauthorized();
/// IMS style (api-facts §1.1): {"error": {"code": "IMG.0003", "message": ...}}.
HttpResponse imsError(int status, const QString &code, const QString &message);
/// Nova and Cinder style: {"itemNotFound": {"code": 404, "message": ...}}; the key follows
/// the status (badRequest, itemNotFound, conflictingRequest, ...).
HttpResponse computeFault(int status, const QString &message);

} // namespace DemoCloud
