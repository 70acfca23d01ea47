#include "jobs/jobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include "logging.h"

using namespace Qt::StringLiterals;

JobStore::JobStore(QString path)
    : m_path(std::move(path))
{ }

QString JobStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"jobs.json"_s);
}

QList<JobRecord> JobStore::load(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return read(file.readAll(), error);
}

QList<JobRecord> JobStore::read(const QByteArray &data, QString *error) const
{
    QList<JobRecord> records;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        qCWarning(lcJobs) << "job store unreadable:" << parseError.errorString();
        return records;
    }
    const QJsonArray list = doc.object().value(u"jobs"_s).toArray();
    for (const QJsonValue &v : list) {
        if (auto r = JobRecord::fromJson(v.toObject()))
            records.append(*r);
        else
            qCWarning(lcJobs) << "skipping an unreadable job record";
    }
    return records;
}

namespace {

/// Whether `later` was carried on from `earlier`: it holds `earlier`'s last event with events
/// after it. (Found by content, not position: a long timeline drops its oldest events.)
bool continues(const JobRecord &later, const JobRecord &earlier)
{
    if (earlier.timeline.isEmpty())
        return false;
    const JobRecord::Event &last = earlier.timeline.constLast();
    for (qsizetype i = later.timeline.size() - 2; i >= 0; --i) {
        const JobRecord::Event &e = later.timeline.at(i);
        if (e.at == last.at && e.text == last.text)
            return true;
    }
    return false;
}

} // namespace

bool JobStore::supersedes(const JobRecord &candidate, const JobRecord &current)
{
    // A copy carried on from the other is newer, ended or not: an upload resumed after it was
    // cancelled must not be put back to "cancelled" by the copy saved at the cancel.
    if (continues(candidate, current))
        return true;
    if (continues(current, candidate))
        return false;
    if (candidate.isTerminal() != current.isTerminal())
        return candidate.isTerminal();
    if (current.state == JobState::Submitting && candidate.state != JobState::Submitting)
        return true; // the sending process learnt the cloud's answer
    const QDateTime candidateLast =
        candidate.timeline.isEmpty() ? candidate.created : candidate.timeline.constLast().at;
    const QDateTime currentLast =
        current.timeline.isEmpty() ? current.created : current.timeline.constLast().at;
    return candidateLast > currentLast;
}

bool JobStore::save(const QList<JobRecord> &records,
    QString *error,
    const QSet<QString> &removed,
    QList<JobRecord> *merged) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());

    // One writer at a time across processes: read, merge and write under the lock, so a record
    // another process added between our read and our write cannot be lost.
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        if (error)
            //: %1 = path of the job history file
            *error = QCoreApplication::translate(
                "JobStore", "the job history %1 is locked by another process")
                         .arg(QDir::toNativeSeparators(m_path));
        qCWarning(lcJobs) << "job store lock not acquired:" << lock.error();
        return false;
    }

    QList<JobRecord> onDisk;
    {
        QFile current(m_path);
        if (current.open(QIODevice::ReadOnly))
            onDisk = read(current.readAll(), nullptr);
    }
    QHash<QString, qsizetype> diskIndex;
    for (qsizetype i = 0; i < onDisk.size(); ++i)
        diskIndex.insert(onDisk.at(i).localId, i);

    QList<JobRecord> result;
    result.reserve(records.size() + onDisk.size());
    QSet<QString> ours;
    for (const JobRecord &r : records) {
        ours.insert(r.localId);
        const auto it = diskIndex.constFind(r.localId);
        if (it != diskIndex.cend() && supersedes(onDisk.at(*it), r))
            result.append(onDisk.at(*it)); // another process followed it further
        else
            result.append(r);
    }
    for (const JobRecord &r : std::as_const(onDisk)) {
        if (!ours.contains(r.localId) && !removed.contains(r.localId))
            result.append(r); // added by another process
    }

    QJsonArray list;
    for (const JobRecord &r : std::as_const(result))
        list.append(r.toJson());
    const QJsonObject root{{u"format"_s, 1}, {u"jobs"_s, list}};
    QSaveFile file(m_path); // temp file + fsync + rename: never a half-written store
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcJobs) << "job store not saved:" << file.errorString();
        return false;
    }
    if (merged)
        *merged = std::move(result);
    return true;
}
