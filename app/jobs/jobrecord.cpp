#include "jobs/jobrecord.h"

#include <algorithm>

#include <QJsonArray>

using namespace Qt::StringLiterals;

bool JobRecord::isTerminal() const
{
    return state == JobState::Succeeded || state == JobState::Failed
        || state == JobState::Cancelled;
}

QDateTime JobRecord::giveUpAt() const
{
    return giveUpAfterSecs > 0 && created.isValid() ? created.addSecs(giveUpAfterSecs)
                                                    : QDateTime();
}

bool JobRecord::isIncompleteUpload() const
{
    return method == CreationMethod::GlanceCreateUpload && upload == Upload::Incomplete
        && !imageIds.isEmpty() && (state == JobState::Running || state == JobState::Cancelled)
        && (cloudStatus.isEmpty() || cloudStatus == u"queued");
}

QString JobRecord::displayStateText() const
{
    if (isIncompleteUpload())
        return tr("Incomplete");
    return stateText(state);
}

QString JobRecord::uploadKey(Upload u)
{
    switch (u) {
    case Upload::None:
        return {};
    case Upload::Waiting:
        return u"waiting"_s;
    case Upload::Running:
        return u"running"_s;
    case Upload::Done:
        return u"done"_s;
    case Upload::Incomplete:
        return u"incomplete"_s;
    }
    return {};
}

JobRecord::Upload JobRecord::uploadFromKey(const QString &key)
{
    for (Upload u : {Upload::Waiting, Upload::Running, Upload::Done, Upload::Incomplete}) {
        if (uploadKey(u) == key)
            return u;
    }
    return Upload::None;
}

void JobRecord::addEvent(const QString &text, const QDateTime &at)
{
    timeline.append({at, text});
    constexpr qsizetype MaxEvents = 200; // a job of days still keeps a readable history
    if (timeline.size() > MaxEvents)
        timeline.remove(1, timeline.size() - MaxEvents); // keep the first event
}

QString JobRecord::stateKey(JobState s)
{
    switch (s) {
    case JobState::Submitting:
        return u"submitting"_s;
    case JobState::Running:
        return u"running"_s;
    case JobState::Succeeded:
        return u"succeeded"_s;
    case JobState::Failed:
        return u"failed"_s;
    case JobState::Cancelled:
        return u"cancelled"_s;
    case JobState::NeedsAttention:
        return u"needs-attention"_s;
    case JobState::NotWatched:
        return u"not-watched"_s;
    }
    return {};
}

std::optional<JobState> JobRecord::stateFromKey(const QString &key)
{
    for (JobState s : {JobState::Submitting,
             JobState::Running,
             JobState::Succeeded,
             JobState::Failed,
             JobState::Cancelled,
             JobState::NeedsAttention,
             JobState::NotWatched}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString JobRecord::stateText(JobState s)
{
    switch (s) {
    case JobState::Submitting:
        return tr("Submitting");
    case JobState::Running:
        return tr("Running");
    case JobState::Succeeded:
        return tr("Succeeded");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::NeedsAttention:
        return tr("Needs attention");
    case JobState::NotWatched:
        return tr("Not watched");
    }
    return {};
}

QJsonObject JobRecord::toJson() const
{
    QJsonArray events;
    for (const Event &e : timeline)
        events.append(
            QJsonObject{{u"at"_s, e.at.toString(Qt::ISODateWithMs)}, {u"text"_s, e.text}});
    QJsonObject o{
        {u"local_id"_s, localId},
        {u"method"_s, CreationMethods::key(method)},
        {u"profile_id"_s, profileId},
        {u"cloud_label"_s, cloudLabel},
        {u"name"_s, name},
        {u"marker"_s, marker},
        {u"created"_s, created.toString(Qt::ISODateWithMs)},
        {u"finished"_s, finished.isValid() ? finished.toString(Qt::ISODateWithMs) : QString()},
        {u"state"_s, stateKey(state)},
        {u"cloud_status"_s, cloudStatus},
        {u"progress"_s, progress},
        {u"current_task"_s, currentTask},
        {u"job_id"_s, jobId},
        {u"server_id"_s, serverId},
        {u"volume_id"_s, volumeId},
        {u"volume_status"_s, volumeStatus},
        {u"image_ids"_s, QJsonArray::fromStringList(imageIds)},
        {u"error_code"_s, errorCode},
        {u"fail_reason"_s, failReason},
        {u"last_response"_s, lastResponse},
        {u"timeline"_s, events},
    };
    if (giveUpAfterSecs > 0) // only jobs with a limit carry it; older readers ignore it
        o.insert(u"give_up_after_s"_s, double(giveUpAfterSecs));
    if (upload != Upload::None) { // only upload jobs carry these; older readers ignore them
        QJsonObject digests;
        for (auto it = localDigests.cbegin(); it != localDigests.cend(); ++it)
            digests.insert(it.key(), it.value());
        o.insert(u"upload"_s, uploadKey(upload));
        o.insert(u"upload_file"_s, uploadFile);
        o.insert(u"upload_size"_s, double(uploadSize));
        o.insert(u"uploaded_bytes"_s, double(uploadedBytes));
        o.insert(u"local_digests"_s, digests);
    }
    return o;
}

std::optional<JobRecord> JobRecord::fromJson(const QJsonObject &o)
{
    JobRecord r;
    r.localId = o.value(u"local_id"_s).toString();
    const auto method = CreationMethods::fromKey(o.value(u"method"_s).toString());
    const auto state = stateFromKey(o.value(u"state"_s).toString());
    if (r.localId.isEmpty() || !method || !state)
        return std::nullopt;
    r.method = *method;
    r.state = *state;
    r.profileId = o.value(u"profile_id"_s).toString();
    r.cloudLabel = o.value(u"cloud_label"_s).toString();
    r.name = o.value(u"name"_s).toString();
    r.marker = o.value(u"marker"_s).toString();
    r.created = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODateWithMs);
    r.finished = QDateTime::fromString(o.value(u"finished"_s).toString(), Qt::ISODateWithMs);
    r.cloudStatus = o.value(u"cloud_status"_s).toString();
    r.progress = o.value(u"progress"_s).toDouble(-1);
    r.currentTask = o.value(u"current_task"_s).toString();
    r.jobId = o.value(u"job_id"_s).toString();
    r.serverId = o.value(u"server_id"_s).toString();
    r.volumeId = o.value(u"volume_id"_s).toString(); // absent in older stores: empty
    r.volumeStatus = o.value(u"volume_status"_s).toString();
    const QJsonArray ids = o.value(u"image_ids"_s).toArray();
    for (const QJsonValue &v : ids)
        r.imageIds << v.toString();
    r.errorCode = o.value(u"error_code"_s).toString();
    r.failReason = o.value(u"fail_reason"_s).toString();
    r.lastResponse = o.value(u"last_response"_s).toString();
    r.giveUpAfterSecs = std::max<qint64>(0, qint64(o.value(u"give_up_after_s"_s).toDouble()));
    r.upload = uploadFromKey(o.value(u"upload"_s).toString());
    r.uploadFile = o.value(u"upload_file"_s).toString();
    r.uploadSize = qint64(o.value(u"upload_size"_s).toDouble());
    r.uploadedBytes = qint64(o.value(u"uploaded_bytes"_s).toDouble());
    const QJsonObject digests = o.value(u"local_digests"_s).toObject();
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
        r.localDigests.insert(it.key(), it.value().toString());
    const QJsonArray events = o.value(u"timeline"_s).toArray();
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        r.timeline.append({QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs),
            e.value(u"text"_s).toString()});
    }
    return r;
}
