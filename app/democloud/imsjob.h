#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace DemoCloud {

/// One image an IMS job produces: the system image, or one data disk image (a sub-job).
struct ImsImagePart
{
    // Every member has a default, so designated initializers can leave any out.
    QString subJobId{}; // empty for the system image
    QString subJobType{};
    QString imageId{}; // chosen at submit time, shown once the part succeeded
    QString name{};
    QString source{}; // instance ID, volume ID or OBS "bucket:file"
    int minDisk = 0;
    bool dataImage = false;
    bool fails = false;   // the name starts with "fail-"
    QStringList tags{};   // a data image's own tags ("key=value"); the system image: the job's
};

/// An IMS asynchronous job. Its state is a pure function of the wall clock: INIT for the first
/// 10 % of its duration, RUNNING until the end, then SUCCESS or FAIL. Nothing ticks, so jobs
/// survive restarts (state dir) and cost nothing while idle.
struct ImsJob
{
    enum class Phase
    {
        Init,
        Running,
        Success,
        Fail
    };

    QString id; // 32 hex characters, as IMS job IDs
    QString projectId;
    QString jobType; // imsCreateImageByInstance, imsVolumesToSysDataImagesJob, ...
    QString
        method; // interfaces.md §4 name: ims-ecs, ims-ecs-data-disks, ims-obs-file, ims-data-disk
    QString name; // display name: the system image name, else the first data image name
    QDateTime createdAt;
    qint64 durationMs = 0;
    std::optional<ImsImagePart> systemImage;
    QList<ImsImagePart> dataImages;
    QString errorCode; // set when some part fails
    QString failReason;
    QString osVersion;
    QStringList tags;    // "key=value", as Huawei's Glance shows them
    QJsonObject request; // the create body as received (IMS bodies carry no secrets)
    bool sample = false; // part of the first-start sample history
    /// A job that makes no image (image members) and ends FAIL: the fail- trigger on the
    /// image it works on.
    bool failsAlone = false;

    bool fails() const;
    Phase phaseAt(const QDateTime &now) const;
    QDateTime endTime() const;
    /// process_percent: a 0..1 fraction; below 1 until SUCCESS (api-facts §1.1).
    double progressAt(const QDateTime &now) const;
    QString currentTaskAt(const QDateTime &now) const;

    /// The status-query answer (GET /v1/{project_id}/jobs/{job_id}); with `progress`, the
    /// progress-query answer (GET /v1/cloudimages/job/{job_id}) that adds process_percent and
    /// current_task to entities.
    QJsonObject toApiJson(const QDateTime &now, bool progress) const;

    QJsonObject toStateJson() const;
    static std::optional<ImsJob> fromStateJson(const QJsonObject &object);

    static QString phaseName(Phase phase);
};

} // namespace DemoCloud
