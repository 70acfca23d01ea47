#include "obs/bucketrules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include "create/imagerules.h"

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

const QStringList &ObsBucketRules::importableExtensions()
{
    // Normal import: VMDK, VHD, QCOW2, RAW, VHDX, QED, VDI, QCOW, ZVHD2, ZVHD; ISO (IMS user
    // guide, "Registering an external image file"; reference/s3-peer.md §1).
    static const QStringList Extensions{u"vhd"_s,
        u"vmdk"_s,
        u"qcow2"_s,
        u"raw"_s,
        u"vhdx"_s,
        u"qed"_s,
        u"vdi"_s,
        u"qcow"_s,
        u"zvhd"_s,
        u"zvhd2"_s,
        u"iso"_s};
    return Extensions;
}

std::optional<QString> ObsBucketRules::objectUnusableReason(
    const QString &bucket, const QString &key)
{
    const QString suffix = QFileInfo(key).suffix().toLower();
    if (!importableExtensions().contains(suffix)) {
        //: %1 = the list of extensions, such as "vhd, vmdk, qcow2"
        return QCoreApplication::translate(
            "ObsBucketRules", "Not an image file IMS imports: its name must end in one of %1.")
            .arg(importableExtensions().join(u", "_s));
    }
    return ImageRules::checkObsImageUrl(bucket + u':' + key);
}

std::optional<QString> ObsBucketRules::checkBucketName(const QString &name)
{
    // OBS API reference, "Creating a Bucket" (the same rules as the SDKs state).
    static const QRegularExpression chars(u"^[a-z0-9.-]*$"_s);
    static const QRegularExpression ip(u"^\\d+\\.\\d+\\.\\d+\\.\\d+$"_s);
    if (name.isEmpty())
        return QCoreApplication::translate("ObsBucketRules", "Enter a name for the bucket.");
    if (name.size() < 3 || name.size() > 63)
        //: %1 = the name's length
        return QCoreApplication::translate(
            "ObsBucketRules", "A bucket name has 3 to 63 characters; this one has %1.")
            .arg(name.size());
    if (!chars.match(name).hasMatch())
        return QCoreApplication::translate("ObsBucketRules",
            "A bucket name can contain only lowercase letters, digits, hyphens (-) and periods "
            "(.).");
    const auto letterOrDigit = [](QChar c) { return c.isLower() || c.isDigit(); };
    if (!letterOrDigit(name.front()) || !letterOrDigit(name.back()))
        return QCoreApplication::translate(
            "ObsBucketRules", "A bucket name starts and ends with a letter or a digit.");
    if (name.contains(u".."_s) || name.contains(u".-"_s) || name.contains(u"-."_s))
        return QCoreApplication::translate("ObsBucketRules",
            "A bucket name cannot have two periods, or a period and a hyphen, next to each "
            "other.");
    if (ip.match(name).hasMatch())
        return QCoreApplication::translate(
            "ObsBucketRules", "A bucket name cannot be an IP address.");
    return std::nullopt;
}
