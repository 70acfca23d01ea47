#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "cloud/cloudprofile.h"
#include "create/fielderror.h"

/// Method 6: a private image from a volume with Cinder's os-volume_upload_image action
/// (POST /v2|v3/{project_id}/volumes/{volume_id}/action; seed 000, reference/api-facts.md §1.7).
/// Holds what the operator entered; validates it with the documents' rules; builds the exact
/// body. No marker can be added (interfaces.md §7: the image name is never changed); a lost
/// answer is reconciled by volume ID, image name and time. The microversion is negotiated by the
/// app, not part of the request (interfaces.md §4).
struct CinderUploadRequest
{
    Q_DECLARE_TR_FUNCTIONS(CinderUploadRequest)
public:
    /// Cinder's schema (cinder/api/schemas/volume_actions.py volume_upload_image): image_name
    /// 1–255 characters.
    static constexpr int NameMaxLength = 255;

    QString volumeId;
    QString imageName;
    bool force = false; // upload an attached (in-use) volume; sent as "True" (seed 000)
    QString diskFormat = QStringLiteral("raw");       // seed 000: "raw" when left out
    QString containerFormat = QStringLiteral("bare"); // seed 000: "bare" when left out
    QString visibility;                               // microversion 3.1; empty: not sent (private)
    std::optional<bool> isProtected;                  // microversion 3.1; nothing: not sent (false)
    /// The volume's status as the picker last saw it (available, in-use, ...); empty when not
    /// known (a request file), and then the cloud checks it. Not part of the body.
    QString volumeStatus;

    /// Every problem, with the field it belongs to ("volume_id", "image_name", "force",
    /// "disk_format", "container_format", "visibility", "protected").
    FieldErrors validate() const;
    /// validate() plus what depends on the cloud: FJcloud-O takes only raw and bare (seed 000:
    /// "raw を指定してください", "bare を指定してください"), and visibility/protected need
    /// microversion 3.1 (`visibilitySupported`).
    FieldErrors validateFor(CloudFamily family, bool visibilitySupported) const;

    /// The body in seed 000's shape: {"os-volume_upload_image": {"container_format": "bare",
    /// "disk_format": "raw", "image_name": ..., "force": "True"}}; "force" only when set (the
    /// seed: False when left out), "visibility"/"protected" only when set.
    QJsonObject toBody() const;

    /// Reads a request file's body ({"os-volume_upload_image": {...}}) and params.volume_id.
    /// `force` and `protected` take a JSON boolean or the strings Cinder accepts ("True",
    /// "false", "1", "no", ...). Keys this method does not know are left to the request file.
    static std::optional<CinderUploadRequest> fromBody(
        const QJsonObject &body, const QString &volumeId, FieldErrors *errors);

    /// The image name rule: 1–255 characters (Cinder's schema counts code points). A
    /// translated message, or nothing.
    static std::optional<QString> checkName(const QString &name);

    /// disk_format values Cinder's schema allows: raw, vmdk, vdi, qcow2, vhd, vhdx, ploop; on
    /// FJcloud-O raw only (seed 000).
    static QStringList diskFormats(CloudFamily family = CloudFamily::OpenStack);
    /// container_format values: bare, and compressed where the cloud allows compression on
    /// upload; on FJcloud-O bare only (seed 000).
    static QStringList containerFormats(CloudFamily family = CloudFamily::OpenStack);
    /// Microversion 3.1 visibility values (community, public, private, shared).
    static QStringList visibilities();

    /// The image ID (and the volume status Cinder reports) from the 202 answer
    /// {"os-volume_upload_image": {"image_id": ..., "status": "uploading", ...}}. Nothing, with
    /// `why` (for logs), when the image ID is missing or not a UUID.
    static std::optional<QString> imageIdFromResponse(
        const QJsonObject &answer, QString *volumeStatus = nullptr, QString *why = nullptr);

    /// Cinder's boolean parameter type (cinder/api/validation/parameter_types.py boolean): a JSON
    /// boolean or one of its strings. Nothing when the value is neither.
    static std::optional<bool> parseBoolean(const QJsonValue &value);
};
