#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "cloud/cloudprofile.h"
#include "create/fielderror.h"

/// Method 7: create image metadata with Glance v2 (POST /v2/images; seed 003,
/// reference/api-facts.md §1.8), then upload the local file (PUT /v2/images/{id}/file).
/// Holds what the operator entered; validates it with the document's rules for the cloud's
/// flavour; builds the exact body. The client-chosen `id` (the reconciliation marker,
/// interfaces.md §7) is added when sending, unless the operator pinned one.
struct GlanceCreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(GlanceCreateRequest)
public:
    /// Huawei-family Glance (Huawei Cloud, the demo cloud) adds `__os_version` and wants tags
    /// as "key=value" (seed 003); every other cloud's Glance is upstream: plain string tags
    /// (interfaces.md §6).
    enum class Flavour
    {
        Huawei,
        Upstream
    };

    static constexpr int NameMaxLength = 255;      // interfaces.md §7 (seed 003 request table)
    static constexpr int HuaweiMinDiskMin = 1;     // GB, seed 003 / interfaces.md §7
    static constexpr int HuaweiMinDiskMax = 1024;  // GB
    static constexpr int TagMaxLength = 255;       // seed 003: 1–255; upstream schema: 255
    static constexpr int OsVersionMaxLength = 255; // a free text that must match the list
    /// What Huawei's Glance assumes when __os_version is left out (seed 003).
    static constexpr auto DefaultOsVersion = "Other Linux (64 bit)";

    Flavour flavour = Flavour::Huawei;
    QString name;
    QString diskFormat = QStringLiteral("zvhd2"); // seed 003: zvhd2 for anything but iso
    QString containerFormat = QStringLiteral("bare");
    int minDisk = 0; // GB
    int minRam = 0;  // MB
    QString visibility = QStringLiteral("private");
    bool isProtected = false;
    QStringList tags;  // Huawei: "key=value"; upstream: plain strings
    QString osVersion; // Huawei only; empty: left out (the cloud's default applies)
    QString id;        // a UUID the operator pinned in a request file; empty: chosen when sent

    /// The values each flavour accepts (seed 003 for Huawei; Glance's schema upstream).
    static QStringList diskFormats(Flavour flavour);
    static QStringList containerFormats(Flavour flavour);
    static QStringList visibilities(Flavour flavour);

    /// Every problem, with the API field it belongs to ("name", "disk_format", "min_disk",
    /// "tags[1]", "__os_version", "id", ...). Messages are translated.
    FieldErrors validate() const;
    /// Notes that are not errors, translated: __os_version left out on Huawei (the document's
    /// default and its warning), __os_version given for an upstream cloud.
    QStringList warnings() const;

    /// The body as the operator means it (what a request file stores): every field, in the
    /// seed's shape; `__os_version` only for Huawei and only when set; `tags` only when there
    /// are some; `id` only when pinned.
    QJsonObject toBody() const;
    /// The body as sent: toBody() with `id` (the pinned one wins over `chosenId`).
    QJsonObject toBodyWithId(const QString &chosenId) const;
    /// The id a send uses: the pinned one, else `chosenId`.
    QString idForSending(const QString &chosenId) const { return id.isEmpty() ? chosenId : id; }

    /// Reads a request file's body for `flavour`. Keys this method does not know are left to
    /// the request file, which passes them on with a warning.
    static std::optional<GlanceCreateRequest> fromBody(
        const QJsonObject &body, Flavour flavour, FieldErrors *errors);
    /// Huawei-family extras apply to Huawei Cloud profiles and the demo cloud (interfaces.md §6).
    static Flavour flavourFor(CloudFamily family)
    {
        return family == CloudFamily::HuaweiCloud || family == CloudFamily::Demo
            ? Flavour::Huawei
            : Flavour::Upstream;
    }
    /// The flavour a request file's body was written for: Huawei when it carries
    /// `__os_version`, upstream otherwise.
    static Flavour flavourOfBody(const QJsonObject &body);

    /// The name rule (1–255 characters, no control characters, no leading or trailing space).
    static std::optional<QString> checkName(const QString &name);
    /// One Huawei tag "key=value": key as the tag rules (ImageRules), value ≤ 43.
    static std::optional<QString> checkHuaweiTag(const QString &tag);
};
