#pragma once

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "create/fielderror.h"
#include "model/novaversion.h"

/// Method 5: a private image from a server with Nova's createImage action
/// (POST /v2.1/{project_id}/servers/{server_id}/action; seed 001, reference/api-facts.md §1.6).
/// Holds what the operator entered; validates it with the documents' rules; builds the exact
/// body. The microversion is not part of the request: the app negotiates it (interfaces.md §4).
struct NovaCreateImageRequest
{
    Q_DECLARE_TR_FUNCTIONS(NovaCreateImageRequest)
public:
    /// Nova's metadata rules (nova/api/validation/parameter_types.py `metadata`: keys match
    /// ^[a-zA-Z0-9-_:. ]{1,255}$, values are strings of at most 255 characters).
    static constexpr int MetadataKeyMaxLength = 255;
    static constexpr int MetadataValueMaxLength = 255;

    using MetadataItem = std::pair<QString, QString>; // key, value

    QString serverId;
    QString name;
    QList<MetadataItem> metadata; // in the operator's order; keys unique

    /// Every problem, with the API field it belongs to ("server_id", "name", "metadata",
    /// "metadata[1].key", "metadata[1].value").
    FieldErrors validate() const;

    /// The body as the operator means it (what a request file stores):
    /// {"createImage": {"name": ..., "metadata": {...}}}; "metadata" only when there is some
    /// (seed 001: optional).
    QJsonObject toBody() const;
    /// The body as sent: toBody() plus the reconciliation marker (interfaces.md §7), the
    /// metadata item imagewright_op=<marker>.
    QJsonObject toBodyWithMarker(const QString &marker) const;

    /// Reads a request file's body ({"createImage": {...}}) and params.server_id. Keys this
    /// method does not know are left to the request file, which passes them on with a warning.
    static std::optional<NovaCreateImageRequest> fromBody(
        const QJsonObject &body, const QString &serverId, FieldErrors *errors);

    /// Nova name rule (interfaces.md §7; seed 001: "greater than 0 bytes and less than 243
    /// bytes" of UTF-8), plus Nova's own format check (printable, no leading or trailing
    /// whitespace: nova/api/validation/validators.py). A translated message, or nothing.
    static std::optional<QString> checkName(const QString &name);

    /// The new image's ID from the 202 answer: by microversion, the last path segment of the
    /// Location header up to 2.44, the body's image_id from 2.45 (api-facts §1.6: "parse the
    /// image ID out of the URL"). Nothing, with `why` (for logs), when the expected one is
    /// missing or is not a UUID.
    static std::optional<QString> imageIdFromCreateResponse(NovaMicroversion microversion,
        const QByteArray &locationHeader,
        const QByteArray &body,
        QString *why = nullptr);
};
