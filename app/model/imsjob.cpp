#include "model/imsjob.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString stringOrEmpty(const QJsonValue &v)
{
    return v.isString() ? v.toString()
                        : QString(); // error_code and fail_reason are null on success
}

ImsJob::SubJob subJobFromJson(const QJsonObject &o)
{
    ImsJob::SubJob s;
    s.jobId = o.value(u"job_id"_s).toString();
    s.jobType = o.value(u"job_type"_s).toString();
    s.status = ImsJob::statusFromString(o.value(u"status"_s).toString());
    s.errorCode = stringOrEmpty(o.value(u"error_code"_s));
    s.failReason = stringOrEmpty(o.value(u"fail_reason"_s));
    const QJsonObject entities = o.value(u"entities"_s).toObject();
    s.imageId = entities.value(u"image_id"_s).toString();
    s.imageName = entities.value(u"image_name"_s).toString();
    return s;
}

} // namespace

QStringList ImsJob::imageIds() const
{
    QStringList ids;
    if (!imageId.isEmpty())
        ids << imageId;
    for (const SubJob &s : subJobs) {
        if (!s.imageId.isEmpty() && !ids.contains(s.imageId))
            ids << s.imageId;
    }
    return ids;
}

ImsJob::Status ImsJob::statusFromString(const QString &s)
{
    if (s == u"INIT"_s)
        return Status::Init;
    if (s == u"RUNNING"_s)
        return Status::Running;
    if (s == u"SUCCESS"_s)
        return Status::Success;
    if (s == u"FAIL"_s)
        return Status::Fail;
    return Status::Unknown; // counted as still running by the monitor (e.g. "RUNNIGN")
}

QDateTime ImsJob::parseTime(const QString &s)
{
    const QString t = s.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        // Keystone's microseconds ("2015-11-07T02:58:43.578887Z"): Qt takes at most milliseconds.
        static const QRegularExpression micro(u"^(.*\\.\\d{3})\\d+(Z|[+-]\\d\\d:?\\d\\d)?$"_s);
        const auto m = micro.match(t);
        if (m.hasMatch())
            dt = QDateTime::fromString(m.captured(1) + m.captured(2), Qt::ISODateWithMs);
    }
    if (!dt.isValid()) {
        // Old IMS jobs: "04-Jun-2015 18:11:06:586" (api-facts §1.1).
        dt = QLocale::c().toDateTime(t, u"dd-MMM-yyyy HH:mm:ss:zzz"_s);
        if (!dt.isValid())
            dt = QLocale::c().toDateTime(t, u"dd-MMM-yyyy HH:mm:ss"_s);
        if (dt.isValid())
            dt.setTimeSpec(Qt::UTC);
    }
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // "UTC format" per the IMS doc even without a zone
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

std::optional<ImsJob> ImsJob::fromJson(const QJsonObject &o, QString *why)
{
    ImsJob job;
    job.jobId = o.value(u"job_id"_s).toString();
    if (job.jobId.isEmpty()) {
        if (why)
            *why = u"no job_id"_s;
        return std::nullopt;
    }
    if (!o.value(u"status"_s).isString()) {
        if (why)
            *why = u"no status"_s;
        return std::nullopt;
    }
    job.statusText = o.value(u"status"_s).toString();
    job.status = statusFromString(job.statusText);
    job.jobType = o.value(u"job_type"_s).toString();
    job.beginTime = parseTime(o.value(u"begin_time"_s).toString());
    job.endTime = parseTime(o.value(u"end_time"_s).toString());
    job.errorCode = stringOrEmpty(o.value(u"error_code"_s));
    job.failReason = stringOrEmpty(o.value(u"fail_reason"_s));
    const QJsonObject entities = o.value(u"entities"_s).toObject();
    job.imageId = entities.value(u"image_id"_s).toString();
    job.imageName = entities.value(u"image_name"_s).toString();
    const QJsonValue percent = entities.value(u"process_percent"_s);
    if (percent.isDouble())
        job.processPercent = std::clamp(percent.toDouble(), 0.0, 1.0);
    job.currentTask = entities.value(u"current_task"_s).toString();
    const QJsonArray subs = entities.value(u"sub_jobs_result"_s).toArray();
    for (const QJsonValue &v : subs)
        job.subJobs.append(subJobFromJson(v.toObject()));
    return job;
}
