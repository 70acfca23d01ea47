#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The eight ways of creating an image (DEVELOPERS.md; request-file names from interfaces.md §4).
enum class CreationMethod
{
    ImsEcs,              // 1. IMS: system disk image from an ECS
    ImsEcsDataDisks,     // 2. IMS: data disk images from an ECS's data disks
    ImsObsFile,          // 3. IMS: image from an external image file in an OBS bucket
    ImsDataDisk,         // 4. IMS: system disk image from a data disk
    NovaCreateImage,     // 5. Nova createImage server action
    CinderUploadToImage, // 6. Cinder os-volume_upload_image
    GlanceCreateUpload,  // 7. Glance create image metadata, then upload the file
    ImsLocalFile,        // 8. IMS: a local image file uploaded to OBS, then imported (method 3)
};

inline constexpr int CreationMethodCount = 8;

class CreationMethods
{
    Q_DECLARE_TR_FUNCTIONS(CreationMethods)
public:
    static QString key(CreationMethod m); // "ims-ecs", ... (request files, job store)
    static std::optional<CreationMethod> fromKey(const QString &key);
    static QString title(CreationMethod m);       // translated, short
    static QString description(CreationMethod m); // translated, one sentence
    /// The catalog service type the method needs ("image", "compute", "volumev3").
    static QString serviceType(CreationMethod m);
    /// Every catalog service type that serves the method, preferred first (Cinder: "volumev3",
    /// "block-storage", "volumev2"; FJcloud-O lists only v2).
    static QStringList serviceTypes(CreationMethod m);
    static bool isIms(CreationMethod m);
    /// Built in this version of the app (the others are shown, unavailable).
    static bool isImplemented(CreationMethod m);
};
