#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

class QNetworkRequest;
class QUrl;

/// Redaction for everything that can be shown or logged: request previews, logs, job history.
/// Sensitive headers keep their name and show a short SHA-256 fingerprint (like keystoneauth's
/// {SHA256}...), so two log lines can still be compared without revealing the value.
namespace Redact {

bool isSensitiveHeader(const QByteArray &name);
bool isSensitiveJsonKey(const QString &key);

/// "{SHA256}1a2b3c4d" for a non-empty value.
QString fingerprint(const QByteArray &value);

QString headers(const QNetworkRequest &request);
QString headers(const QList<QPair<QByteArray, QByteArray>> &headers);
QString url(const QUrl &url); // drops user info and sensitive query items
/// A proxy setting as written (`http://user:pass@host:3128`, `user:pass@host`, or anything
/// unparsable) with its user info replaced by "***": "http://***@host:3128".
QString proxyUrl(const QString &text);

/// Replaces the values of sensitive keys (password, secret, token catalog, adminPass, ...) at
/// any depth with "***".
QJsonValue json(const QJsonValue &value);

/// Redacts a body for a log line: JSON is redacted and compacted, anything else is shown as
/// its size only.
QString body(const QByteArray &body, int maxChars = 2000);

} // namespace Redact
