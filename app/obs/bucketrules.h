#pragma once

#include <optional>

#include <QString>

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
};
