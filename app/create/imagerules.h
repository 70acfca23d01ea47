#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

/// The documents' rules for names, descriptions and tags, in one table so a rule can change in
/// one place (interfaces.md §7). Every check returns a translated message, or nothing when the
/// value is acceptable.
class ImageRules
{
    Q_DECLARE_TR_FUNCTIONS(ImageRules)
public:
    static constexpr int ImsNameMaxLength = 128;
    static constexpr int ImsDescriptionMaxLength = 1024;
    static constexpr int TagKeyMaxLength = 36;
    static constexpr int TagValueMaxLength = 43;
    static constexpr int NovaNameMaxBytes = 242;
    static constexpr int GlanceNameMaxLength = 255;

    /// IMS image name (Image Attributes): 1–128 characters; ASCII letters, digits, '-', '.', '_'
    /// and space; not starting or ending with a space.
    static std::optional<QString> checkImsName(const QString &name);
    /// IMS description: at most 1024 characters, no CR, LF, '<' or '>' (seeds 002/004).
    static std::optional<QString> checkImsDescription(const QString &description);
    static std::optional<QString> checkTagKey(const QString &key);
    static std::optional<QString> checkTagValue(const QString &value);
    /// min_ram/max_ram in MB: non-negative; max at least min when both are set.
    static std::optional<QString> checkRamRange(int minRam, int maxRam);
    /// OBS file URL "bucket:file" (seeds 002/004 image_url): a bucket name as OBS names them
    /// (3–63 characters: lowercase letters, digits, '-' and '.', starting and ending with a
    /// letter or digit) and a non-empty object name.
    static std::optional<QString> checkObsImageUrl(const QString &url);
    /// A size in GB within [low, high], mandatory when `required`; 0 means "not given".
    static std::optional<QString> checkDiskSize(int gb, int low, int high);
};
