#include "obs/bucketrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<QString> ObsBucketRules::unusableReason(
    const QString &bucket, const S3BucketInfo &info, const QString &profileRegion)
{
    // The texts keep the context they were translated in (the upload's check said them first).
    if (!info.location.isEmpty() && !profileRegion.isEmpty()
        && info.location.compare(profileRegion, Qt::CaseInsensitive) != 0)
        //: %1 = bucket name, %2 = its region, %3 = the profile's region
        return QCoreApplication::translate("ObsImportController",
            "The OBS bucket %1 is in region %2, but IMS imports only from a bucket in the "
            "profile's region %3. Choose a bucket in %3.")
            .arg(bucket, info.location, profileRegion);
    if (!info.storageClass.isEmpty()
        && info.storageClass.compare(u"STANDARD"_s, Qt::CaseInsensitive) != 0)
        //: %1 = bucket name, %2 = its storage class such as COLD
        return QCoreApplication::translate("ObsImportController",
            "The OBS bucket %1 has the storage class %2; IMS imports only from a bucket of the "
            "Standard class.")
            .arg(bucket, info.storageClass);
    return std::nullopt;
}
