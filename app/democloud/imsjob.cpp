#include "imsjob.h"

#include <cmath>

#include <QJsonArray>

#include "apiutil.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

// INIT covers the first tenth of a job, as the brief for the demo cloud asks.
constexpr double InitFraction = 0.1;
// A running job never reports 1: that value means "done" (api-facts §1.1 progress example).
constexpr double RunningCeiling = 0.99;

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject partToState(const ImsImagePart &part)
{
    return {
        {u"sub_job_id"_s, part.subJobId},
        {u"sub_job_type"_s, part.subJobType},
        {u"image_id"_s, part.imageId},
        {u"name"_s, part.name},
        {u"source"_s, part.source},
        {u"min_disk"_s, part.minDisk},
        {u"data_image"_s, part.dataImage},
        {u"fails"_s, part.fails},
        {u"tags"_s, QJsonArray::fromStringList(part.tags)},
    };
}

ImsImagePart partFromState(const QJsonObject &object)
{
    ImsImagePart part;
    part.subJobId = object.value(u"sub_job_id"_s).toString();
    part.subJobType = object.value(u"sub_job_type"_s).toString();
    part.imageId = object.value(u"image_id"_s).toString();
    part.name = object.value(u"name"_s).toString();
    part.source = object.value(u"source"_s).toString();
    part.minDisk = object.value(u"min_disk"_s).toInt();
    part.dataImage = object.value(u"data_image"_s).toBool();
    part.fails = object.value(u"fails"_s).toBool();
    for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
        part.tags.append(tag.toString());
    return part;
}

} // namespace

bool ImsJob::fails() const
{
    if (failsAlone)
        return true;
    if (systemImage && systemImage->fails)
        return true;
    return std::any_of(dataImages.cbegin(), dataImages.cend(), [](const ImsImagePart &part) {
        return part.fails;
    });
}

ImsJob::Phase ImsJob::phaseAt(const QDateTime &now) const
{
    const qint64 elapsed = createdAt.msecsTo(now);
    if (elapsed >= durationMs)
        return fails() ? Phase::Fail : Phase::Success;
    if (double(elapsed) < InitFraction * double(durationMs))
        return Phase::Init;
    return Phase::Running;
}

QDateTime ImsJob::endTime() const
{
    return createdAt.addMSecs(durationMs);
}

double ImsJob::progressAt(const QDateTime &now) const
{
    const Phase phase = phaseAt(now);
    if (phase == Phase::Success)
        return 1.0;
    if (phase == Phase::Fail)
        return RunningCeiling; // frozen where it stopped
    const double fraction =
        durationMs > 0 ? double(createdAt.msecsTo(now)) / double(durationMs) : 1.0;
    const double rounded = std::floor(std::clamp(fraction, 0.0, 1.0) * 100.0) / 100.0;
    return std::min(rounded, RunningCeiling);
}

QString ImsJob::currentTaskAt(const QDateTime &now) const
{
    const Phase phase = phaseAt(now);
    if (phase == Phase::Success || phase == Phase::Fail)
        return QString();
    // Task names follow the shape of the OTC example "ImportImageTask:ObtainImageInfoTask".
    QString prefix;
    QStringList steps;
    if (jobType == u"imsImportImageJob") {
        prefix = u"ImportImageTask"_s;
        steps = {u"CheckImageFileTask"_s,
            u"ObtainImageInfoTask"_s,
            u"ConvertImageTask"_s,
            u"RegisterImageTask"_s};
    } else if (jobType == u"imsVolumesToSysDataImagesJob") {
        prefix = u"CreateDataImageTask"_s;
        steps = {u"CheckVolumeTask"_s,
            u"CreateSnapshotTask"_s,
            u"ExportImageTask"_s,
            u"RegisterImageTask"_s};
    } else if (jobType == u"imsVolumeCreateImageJob") {
        prefix = u"VolumeCreateImageTask"_s;
        steps = {u"CheckVolumeTask"_s,
            u"CreateSnapshotTask"_s,
            u"ExportImageTask"_s,
            u"RegisterImageTask"_s};
    } else {
        prefix = u"CreateImageTask"_s;
        steps = {u"CheckInstanceTask"_s,
            u"CreateSnapshotTask"_s,
            u"ExportImageTask"_s,
            u"RegisterImageTask"_s};
    }
    if (phase == Phase::Init)
        return prefix + u':' + steps.at(0);
    const double p = progressAt(now);
    const qsizetype step = p < 0.4 ? 1 : (p < 0.8 ? 2 : 3);
    return prefix + u':' + steps.at(step);
}

QJsonObject ImsJob::toApiJson(const QDateTime &now, bool progress) const
{
    const Phase phase = phaseAt(now);
    const bool finished = phase == Phase::Success || phase == Phase::Fail;
    const QString begin = isoMillis(createdAt);
    const QString end = finished ? isoMillis(endTime()) : QString(); // "" while running

    QJsonObject entities;
    if (systemImage) {
        if (phase == Phase::Success) {
            entities.insert(u"image_id"_s, systemImage->imageId);
            entities.insert(u"image_name"_s, systemImage->name);
        }
    }
    if (!dataImages.isEmpty()) {
        // api-facts §1.1: data disk jobs report their images per sub-job.
        QJsonArray list;
        QJsonArray results;
        for (const ImsImagePart &part : dataImages) {
            list.append(part.subJobId);
            QString status = phaseName(phase);
            if (finished)
                status = part.fails ? u"FAIL"_s : u"SUCCESS"_s;
            QJsonObject subEntities;
            if (finished && !part.fails) {
                subEntities.insert(u"image_id"_s, part.imageId);
                subEntities.insert(u"image_name"_s, part.name);
            }
            results.append(QJsonObject{
                {u"job_id"_s, part.subJobId},
                {u"job_type"_s, part.subJobType},
                {u"status"_s, status},
                {u"begin_time"_s, begin},
                {u"end_time"_s, end},
                {u"error_code"_s, nullable(finished && part.fails ? errorCode : QString())},
                {u"fail_reason"_s, nullable(finished && part.fails ? failReason : QString())},
                {u"entities"_s, subEntities},
            });
        }
        entities.insert(u"sub_jobs_result"_s, results);
        entities.insert(u"sub_jobs_list"_s, list);
    }
    if (progress) {
        entities.insert(u"process_percent"_s, progressAt(now));
        entities.insert(u"current_task"_s, currentTaskAt(now));
    }

    const bool failed = phase == Phase::Fail;
    return {
        {u"job_id"_s, id},
        {u"job_type"_s, jobType},
        {u"begin_time"_s, begin},
        {u"end_time"_s, end},
        {u"status"_s, phaseName(phase)},
        {u"error_code"_s, nullable(failed ? errorCode : QString())},
        {u"fail_reason"_s, nullable(failed ? failReason : QString())},
        {u"entities"_s, entities},
    };
}

QJsonObject ImsJob::toStateJson() const
{
    QJsonArray data;
    for (const ImsImagePart &part : dataImages)
        data.append(partToState(part));
    QJsonObject object{
        {u"id"_s, id},
        {u"project_id"_s, projectId},
        {u"job_type"_s, jobType},
        {u"method"_s, method},
        {u"name"_s, name},
        {u"created_at"_s, isoMillis(createdAt)},
        {u"duration_ms"_s, durationMs},
        {u"data_images"_s, data},
        {u"error_code"_s, errorCode},
        {u"fail_reason"_s, failReason},
        {u"os_version"_s, osVersion},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"request"_s, request},
        {u"sample"_s, sample},
        {u"fails_alone"_s, failsAlone},
    };
    if (systemImage)
        object.insert(u"system_image"_s, partToState(*systemImage));
    return object;
}

std::optional<ImsJob> ImsJob::fromStateJson(const QJsonObject &object)
{
    ImsJob job;
    job.id = object.value(u"id"_s).toString();
    job.projectId = object.value(u"project_id"_s).toString();
    job.jobType = object.value(u"job_type"_s).toString();
    job.method = object.value(u"method"_s).toString();
    job.name = object.value(u"name"_s).toString();
    job.createdAt = parseIso(object.value(u"created_at"_s).toString());
    job.durationMs = qint64(object.value(u"duration_ms"_s).toDouble());
    if (object.contains(u"system_image"_s))
        job.systemImage = partFromState(object.value(u"system_image"_s).toObject());
    const QJsonArray data = object.value(u"data_images"_s).toArray();
    for (const QJsonValue &value : data)
        job.dataImages.append(partFromState(value.toObject()));
    job.errorCode = object.value(u"error_code"_s).toString();
    job.failReason = object.value(u"fail_reason"_s).toString();
    job.osVersion = object.value(u"os_version"_s).toString();
    const QJsonArray tags = object.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : tags)
        job.tags.append(tag.toString());
    job.request = object.value(u"request"_s).toObject();
    job.sample = object.value(u"sample"_s).toBool();
    job.failsAlone = object.value(u"fails_alone"_s).toBool();
    if (job.id.isEmpty() || job.jobType.isEmpty() || !job.createdAt.isValid())
        return std::nullopt;
    return job;
}

QString ImsJob::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Init:
        return u"INIT"_s;
    case Phase::Running:
        return u"RUNNING"_s;
    case Phase::Success:
        return u"SUCCESS"_s;
    case Phase::Fail:
        return u"FAIL"_s;
    }
    return u"RUNNING"_s;
}

} // namespace DemoCloud
