#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "imsjob.h"
#include "imsrules.h"
#include "inventory.h"

namespace DemoCloud {

/// What a valid create body asks for; ImsService turns it into a job.
struct ImsPlan
{
    QString method;  // ims-ecs, ims-ecs-data-disks, ims-obs-file, ims-data-disk
    QString jobType; // api-facts §1.1 job_type
    QString name;    // display name
    std::optional<ImsImagePart> systemImage;
    QList<ImsImagePart> dataImages; // sub-jobs, subJobId still empty
    QString osVersion;
    QStringList tags; // "key=value"
};

/// Validates POST /v2/cloudimages/action bodies strictly, from seed 004 (and its Spanish twin,
/// seed 002) and the decisions of interfaces.md §7. Written from the documents only, never
/// from the client's code, so each side can catch the other's mistakes. The four shapes:
///   (a) system disk image from an ECS: name + instance_id;
///   (b) data disk images from an ECS's data disks: data_images[] with volume_id, no instance_id;
///   (c) image from an OBS file: name + image_url + min_disk (+ up to 3 data_images with
///   image_url); (d) system disk image from a data disk: name + volume_id + os_version.
/// Unknown keys are accepted: the seeds' own examples carry keys their tables do not list.
class ImsCreateValidator
{
public:
    explicit ImsCreateValidator(const Inventory &inventory);

    /// nullopt when the body is valid; then `plan` is filled.
    std::optional<ImsError> validate(const QJsonObject &body, ImsPlan *plan) const;

private:
    std::optional<ImsError> validateFromEcs(const QJsonObject &body, ImsPlan *plan) const;
    std::optional<ImsError> validateFromEcsDataDisks(const QJsonObject &body, ImsPlan *plan) const;
    std::optional<ImsError> validateFromObsFile(const QJsonObject &body, ImsPlan *plan) const;
    std::optional<ImsError> validateFromDataDisk(const QJsonObject &body, ImsPlan *plan) const;
    std::optional<ImsError> checkServerState(const ServerFixture &server) const;

    const Inventory &m_inventory;
};

} // namespace DemoCloud
