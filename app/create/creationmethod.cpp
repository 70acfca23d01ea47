#include "create/creationmethod.h"

using namespace Qt::StringLiterals;

QString CreationMethods::key(CreationMethod m)
{
    switch (m) {
    case CreationMethod::ImsEcs:
        return u"ims-ecs"_s;
    case CreationMethod::ImsEcsDataDisks:
        return u"ims-ecs-data-disks"_s;
    case CreationMethod::ImsObsFile:
        return u"ims-obs-file"_s;
    case CreationMethod::ImsDataDisk:
        return u"ims-data-disk"_s;
    case CreationMethod::NovaCreateImage:
        return u"nova-create-image"_s;
    case CreationMethod::CinderUploadToImage:
        return u"cinder-upload-to-image"_s;
    case CreationMethod::GlanceCreateUpload:
        return u"glance-create-upload"_s;
    case CreationMethod::ImsLocalFile:
        return u"ims-local-file"_s;
    }
    return {};
}

std::optional<CreationMethod> CreationMethods::fromKey(const QString &k)
{
    for (int i = 0; i < CreationMethodCount; ++i) {
        const auto m = CreationMethod(i);
        if (key(m) == k)
            return m;
    }
    return std::nullopt;
}

QString CreationMethods::title(CreationMethod m)
{
    switch (m) {
    case CreationMethod::ImsEcs:
        return tr("System disk image from an ECS");
    case CreationMethod::ImsEcsDataDisks:
        return tr("Data disk images from an ECS's data disks");
    case CreationMethod::ImsObsFile:
        return tr("Image from an external image file in an OBS bucket");
    case CreationMethod::ImsDataDisk:
        return tr("System disk image from a data disk");
    case CreationMethod::NovaCreateImage:
        return tr("Image of a server (Nova createImage)");
    case CreationMethod::CinderUploadToImage:
        return tr("Image from a volume (Cinder upload to image)");
    case CreationMethod::GlanceCreateUpload:
        return tr("Create image metadata and upload an image file (Glance)");
    case CreationMethod::ImsLocalFile:
        return tr("Image from a local file (via OBS)");
    }
    return {};
}

QString CreationMethods::description(CreationMethod m)
{
    switch (m) {
    case CreationMethod::ImsEcs:
        return tr("IMS makes a private image of the ECS's system disk. Stop the ECS first for a "
                  "consistent image.");
    case CreationMethod::ImsEcsDataDisks:
        return tr("IMS makes one data disk image from each selected data disk of an ECS.");
    case CreationMethod::ImsObsFile:
        return tr("IMS imports an external image file that you uploaded to an OBS bucket.");
    case CreationMethod::ImsDataDisk:
        return tr("IMS makes a system disk image from a data disk that holds an installed OS.");
    case CreationMethod::NovaCreateImage:
        return tr("The compute service snapshots a server into a new image.");
    case CreationMethod::CinderUploadToImage:
        return tr("The block storage service copies a volume into a new image.");
    case CreationMethod::GlanceCreateUpload:
        return tr("Creates the image metadata, then uploads a local image file.");
    case CreationMethod::ImsLocalFile:
        return tr("Uploads a local image file to an OBS bucket (resumable), then IMS imports it.");
    }
    return {};
}

QString CreationMethods::serviceType(CreationMethod m)
{
    switch (m) {
    case CreationMethod::NovaCreateImage:
        return u"compute"_s;
    case CreationMethod::CinderUploadToImage:
        return u"volumev3"_s;
    default:
        return u"image"_s;
    }
}

QStringList CreationMethods::serviceTypes(CreationMethod m)
{
    if (m == CreationMethod::CinderUploadToImage)
        return {u"volumev3"_s, u"block-storage"_s, u"volumev2"_s};
    return {serviceType(m)};
}

bool CreationMethods::isIms(CreationMethod m)
{
    return m == CreationMethod::ImsEcs || m == CreationMethod::ImsEcsDataDisks
        || m == CreationMethod::ImsObsFile || m == CreationMethod::ImsDataDisk
        || m == CreationMethod::ImsLocalFile;
}

bool CreationMethods::isImplemented(CreationMethod m)
{
    return isIms(m) || m == CreationMethod::NovaCreateImage
        || m == CreationMethod::CinderUploadToImage || m == CreationMethod::GlanceCreateUpload;
}
