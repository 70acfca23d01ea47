#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "obs/s3types.h"

/// Whether IMS can import from an OBS bucket (seed 004: "The storage class of the OBS bucket
/// must be Standard"; IMS reads buckets of its own region only): the one rule the upload's
/// check before the first byte (ObsImportController) and the wizard's bucket list share. A
/// location or storage class the server does not say is not held against the bucket. Pure
/// functions.
class ObsBucketRules
{
public:
    /// The translated reason IMS cannot use `bucket` with `info` for a profile in
    /// `profileRegion`; nullopt when it can.
    static std::optional<QString> unusableReason(
        const QString &bucket, const S3BucketInfo &info, const QString &profileRegion);
    /// The translated reason IMS cannot import the object `key` of `bucket` (its name's
    /// extension is not one of the image file formats IMS takes, or method 3's image_url rule
    /// refuses bucket:key, e.g. a space in it); nullopt when it can.
    static std::optional<QString> objectUnusableReason(const QString &bucket, const QString &key);
    /// The translated reason OBS would refuse `name` as a new bucket's name (3-63 lowercase
    /// letters, digits, hyphens and periods; a letter or digit first and last; no "..", ".-"
    /// or "-."; not an IP address); nullopt when it is acceptable.
    static std::optional<QString> checkBucketName(const QString &name);
    /// The extensions of the image files IMS imports (the IMS user guide's list).
    static const QStringList &importableExtensions();
};
