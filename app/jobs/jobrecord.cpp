#include "jobs/jobrecord.h"

#include "jobs/actionjobkinds.h"

#include <algorithm>
#include <limits>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

/// A JSON number as a count of seconds or bytes: NaN, negative or beyond qint64 (a damaged or
/// hostile store) become 0 instead of undefined behaviour.
qint64 countFromJson(const QJsonValue &v)
{
    const double d = v.toDouble();
    if (!(d > 0))
        return 0;
    if (d >= 9.2e18)
        return std::numeric_limits<qint64>::max();
    return qint64(d);
}

} // namespace

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

QString JobRecord::kindKey() const
{
    return actionKind.isEmpty() ? CreationMethods::key(method) : actionKind;
}

QString JobRecord::kindText() const
{
    if (!foreignKind.isEmpty())
        //: A job a newer version of the app wrote; %1 = its kind as stored
        return tr("Unknown kind (%1)").arg(foreignKind);
    if (!actionKind.isEmpty())
        return ActionJobKinds::title(actionKind);
    return CreationMethods::title(method);
}

QString JobRecord::displayStateText() const
{
    if (!foreignState.isEmpty())
        //: A job state a newer version of the app wrote; %1 = the state as stored
        return tr("Unknown state (%1)").arg(foreignState);
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

QString JobRecord::Event::fill(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString JobRecord::Event::display() const
{
    if (kind.isEmpty())
        return text;
    const QByteArray source = kind.toUtf8();
    return fill(QCoreApplication::translate("JobMonitor", source.constData()), args);
}

JobRecord::Event JobRecord::Event::note(
    const char *source, const QStringList &args, const QDateTime &at)
{
    Event e;
    e.at = at;
    e.kind = QString::fromUtf8(source);
    e.args = args;
    e.text = fill(e.kind, args);
    return e;
}

void JobRecord::addNote(const char *source, const QStringList &args, const QDateTime &at)
{
    addEvent(Event::note(source, args, at));
}

void JobRecord::addEvent(const QString &text, const QDateTime &at)
{
    Event e;
    e.at = at;
    e.text = text;
    addEvent(std::move(e));
}

void JobRecord::addEvent(Event event)
{
    timeline.append(std::move(event));
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

QList<JobState> JobRecord::allStates()
{
    return {JobState::Submitting,
        JobState::Running,
        JobState::Succeeded,
        JobState::Failed,
        JobState::Cancelled,
        JobState::NeedsAttention,
        JobState::NotWatched};
}

std::optional<JobState> JobRecord::stateFromKey(const QString &key)
{
    for (JobState s : allStates()) {
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
    for (const Event &e : timeline) {
        QJsonObject event{{u"at"_s, e.at.toString(Qt::ISODateWithMs)}, {u"text"_s, e.text}};
        if (!e.kind.isEmpty()) {
            event.insert(u"kind"_s, e.kind);
            event.insert(u"args"_s, QJsonArray::fromStringList(e.args));
        }
        events.append(event);
    }
    QJsonObject o = fieldsToJson();
    o.insert(u"timeline"_s, events);
    return o;
}

QJsonObject JobRecord::fieldsToJson() const
{
    QJsonObject o{
        {u"local_id"_s, localId},
        {u"method"_s, kindKey()},
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
    if (obsImport) // only local-file jobs carry it; older readers ignore it
        o.insert(u"obs_import"_s, obsImport->toJson());
    return o;
}

std::optional<JobRecord> JobRecord::fromJson(const QJsonObject &o)
{
    JobRecord r;
    r.localId = o.value(u"local_id"_s).toString();
    const QString methodKey = o.value(u"method"_s).toString();
    const QString stateKeyText = o.value(u"state"_s).toString();
    const auto method = CreationMethods::fromKey(methodKey);
    const auto state = stateFromKey(stateKeyText);
    if (r.localId.isEmpty())
        return std::nullopt;
    if (method)
        r.method = *method;
    else if (ActionJobKinds::isKnown(methodKey))
        r.actionKind = methodKey;
    else
        r.foreignKind = methodKey.isEmpty() ? u"?"_s : methodKey;
    if (state)
        r.state = *state;
    else
        r.foreignState = stateKeyText.isEmpty() ? u"?"_s : stateKeyText;
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
    r.giveUpAfterSecs = countFromJson(o.value(u"give_up_after_s"_s));
    r.upload = uploadFromKey(o.value(u"upload"_s).toString());
    r.uploadFile = o.value(u"upload_file"_s).toString();
    r.uploadSize = countFromJson(o.value(u"upload_size"_s));
    r.uploadedBytes = countFromJson(o.value(u"uploaded_bytes"_s));
    const QJsonObject digests = o.value(u"local_digests"_s).toObject();
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
        r.localDigests.insert(it.key(), it.value().toString());
    if (o.value(u"obs_import"_s).isObject())
        r.obsImport = ObsImport::fromJson(o.value(u"obs_import"_s).toObject());
    const QJsonArray events = o.value(u"timeline"_s).toArray();
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        Event event;
        event.at = QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs);
        event.text = e.value(u"text"_s).toString();
        event.kind = e.value(u"kind"_s).toString();
        for (const QJsonValue &a : e.value(u"args"_s).toArray())
            event.args << a.toString();
        r.timeline.append(std::move(event));
    }
    return r;
}
