#include "jobs/jobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

#include "jobs/jobrows.h"
#include "jobs/storeconnection.h"
#include "logging.h"

using namespace Qt::StringLiterals;

struct JobStore::Shared
{
    QMutex mutex;
    qint64 seen = 0;       // the highest change number this store has read or written
    QString notice;        // for the operator, once
    bool prepared = false; // the migration check is done
    bool readsOthers = true; // save() reads what other processes changed
    /// What this store last wrote of each job: the row's change number, and what of the
    /// record decides supersedes(). A row still at that number is ours as written (nobody wrote
    /// it since). When the rules of supersedes() would not prefer the written copy, the next
    /// save of the job does not read the row back, and writes only the events that came after
    /// the written ones: a progress change costs one row, a new event two.
    struct Written
    {
        qint64 seq = 0;
        qsizetype events = 0; // the timeline's length
        size_t timeline = 0;  // timelineFingerprint() of those events
        JobState state = JobState::Submitting;
        bool terminal = false;
        QDateTime last; // lastChange()
    };
    QHash<QString, Written> written;
};

namespace {

/// Fingerprints of the whole timeline and of its first `prefix` events (0 when it has fewer).
std::pair<size_t, size_t> timelineFingerprint(const JobRecord &r, qsizetype prefix)
{
    size_t h = 0;
    size_t first = 0;
    for (qsizetype i = 0; i < r.timeline.size(); ++i) {
        if (i == prefix)
            first = qHashMulti(h, prefix);
        const JobRecord::Event &e = r.timeline.at(i);
        h = qHashMulti(h, e.at.toMSecsSinceEpoch(), e.text, e.kind, e.args);
    }
    const size_t whole = qHashMulti(h, r.timeline.size());
    return {whole, prefix == r.timeline.size() ? whole : first};
}

QDateTime lastChange(const JobRecord &r)
{
    return r.timeline.isEmpty() ? r.created : r.timeline.constLast().at;
}

/// Whether one of the first `count - 1` events of `timeline` has `event`'s time and text.
bool heldBefore(
    const QList<JobRecord::Event> &timeline, qsizetype count, const JobRecord::Event &event)
{
    for (qsizetype i = std::min(count, timeline.size()) - 2; i >= 0; --i) {
        const JobRecord::Event &e = timeline.at(i);
        if (e.at == event.at && e.text == event.text)
            return true;
    }
    return false;
}

/// Whether r's last event is also among its events before index `prefix - 1`: continues()
/// of r's first `prefix` events and r, which makes supersedes() prefer the shorter copy. With
/// prefix equal to r's length it is continues(r, r).
bool lastEventRepeats(const JobRecord &r, qsizetype prefix)
{
    return !r.timeline.isEmpty() && heldBefore(r.timeline, prefix, r.timeline.constLast());
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
}

/// Renames `path` (and its WAL and shared-memory files) to `path.SUFFIX-TIMESTAMP`; returns the
/// new name of the main file, or empty when it could not be moved.
QString moveAside(const QString &path, const QString &suffix)
{
    const QString target = u"%1.%2-%3"_s.arg(path, suffix, stamp());
    if (!QFile::rename(path, target))
        return {};
    for (const QString &companion : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + companion))
            QFile::rename(path + companion, target + companion);
    }
    return target;
}

struct LegacyRecord
{
    JobRecord record;
    QJsonObject raw;
};

/// Reads a `jobs.json` of format 1 (the store before SQLite). nullopt when it is not JSON.
std::optional<QList<LegacyRecord>> readLegacy(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    QList<LegacyRecord> records;
    const QJsonArray list = doc.object().value(u"jobs"_s).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (std::optional<JobRecord> r = JobRecord::fromJson(o))
            records.append({std::move(*r), o});
    }
    return records;
}

/// Whether `later` was carried on from `earlier`: it holds `earlier`'s last event with events
/// after it. (Found by content, not position: a long timeline drops its oldest events.)
bool continues(const JobRecord &later, const JobRecord &earlier)
{
    return !earlier.timeline.isEmpty()
        && heldBefore(later.timeline, later.timeline.size(), earlier.timeline.constLast());
}

/// Copies the records of a format-1 `jobs.json` into the store (those it does not have yet) in
/// one transaction, then renames the file `jobs.json.migrated`. Killed half-way, the next start
/// does it again: the transaction either happened or not, and records already there are kept.
/// Returns a notice for the operator when the file could not be read (it is moved aside).
QString migrate(StoreConnection &c, const QString &legacyPath, qint64 *seen)
{
    QString error;
    const std::optional<QList<LegacyRecord>> records = readLegacy(legacyPath, &error);
    if (!records) {
        const QString aside = moveAside(legacyPath, u"unreadable"_s);
        qCWarning(lcJobs) << "job history" << legacyPath << "unreadable:" << error;
        //: %1 = path of the old job history file, %2 = why it could not be read, %3 = new path
        return QCoreApplication::translate(
            "JobStore", "The old job history %1 could not be read (%2); it was kept as %3.")
            .arg(QDir::toNativeSeparators(legacyPath), error, QDir::toNativeSeparators(aside));
    }
    if (!c.beginWrite())
        return {};
    std::optional<qint64> top = JobRows::maxSeq(c);
    bool ok = top.has_value();
    for (const LegacyRecord &legacy : *records) {
        if (!ok)
            break;
        const JobRecord &r = legacy.record;
        const std::optional<JobRecord> existing = JobRows::readOne(c, r.localId);
        if (c.status() != StoreConnection::Status::Open)
            ok = false;
        else if (!existing && r.isForeign()) // a newer version's record: copied as it is
            ok = JobRows::writeForeign(c, r, legacy.raw, *top + 1);
        else if (!existing)
            ok = JobRows::write(c, r, *top + 1);
    }
    if (!ok || !c.commit()) {
        c.rollback();
        qCWarning(lcJobs) << "job history not migrated:" << c.errorText();
        return {};
    }
    *seen = 0; // everything is new to this process
    QString target = legacyPath + u".migrated"_s;
    if (QFile::exists(target))
        target += u"-"_s + stamp();
    QFile::rename(legacyPath, target);
    qCInfo(lcJobs) << "migrated" << records->size() << "jobs from" << legacyPath;
    return {};
}

} // namespace

JobStore::JobStore(QString path)
    : m_shared(std::make_shared<Shared>())
    , m_path(std::move(path))
{ }

QString JobStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"jobs.sqlite"_s);
}

QString JobStore::legacyPathFor(const QString &path)
{
    return QFileInfo(path).dir().filePath(u"jobs.json"_s);
}

QString JobStore::takeNotice() const
{
    QMutexLocker lock(&m_shared->mutex);
    return std::exchange(m_shared->notice, {});
}

namespace {

/// Opens the store, moving an unreadable file aside (whenever it is found so: a new one is started
/// and the notice says where the old one went) and, at the first use of the store object,
/// migrating a format-1 file. Returns nullptr with `error` set when it cannot be used.
std::unique_ptr<StoreConnection> openStore(
    const QString &path, bool prepare, bool write, QString *notice, qint64 *seen, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto c = std::make_unique<StoreConnection>(path);
    if (c->status() == StoreConnection::Status::Unreadable) {
        const QString why = c->errorText();
        c.reset();
        const QString aside = moveAside(path, u"unreadable"_s);
        if (aside.isEmpty()) {
            *error = why;
            return nullptr;
        }
        //: %1 = path of the job history, %2 = why it could not be read, %3 = where it was moved
        *notice = QCoreApplication::translate("JobStore",
            "The job history %1 could not be read (%2). It was moved aside as %3 and a "
            "new history was started; nothing in it was deleted.")
                      .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(aside));
        *seen = 0;
        c = std::make_unique<StoreConnection>(path);
    }
    if (c->status() == StoreConnection::Status::Newer) {
        //: %1 = path of the job history
        const QString text = QCoreApplication::translate("JobStore",
            "The job history %1 was written by a newer version of "
            "Imagewright: this version cannot change it. Use the newer version.")
                                 .arg(QDir::toNativeSeparators(path));
        if (prepare)
            *notice = text;
        if (!write)
            return c; // its jobs can still be shown
        *error = text;
        return nullptr;
    }
    if (c->status() != StoreConnection::Status::Open) {
        *error = c->errorText();
        return nullptr;
    }
    const QString legacy = JobStore::legacyPathFor(path);
    if (prepare && legacy != QFileInfo(path).absoluteFilePath() && legacy != path
        && QFile::exists(legacy)) {
        const QString migrationNotice = migrate(*c, legacy, seen);
        if (!migrationNotice.isEmpty())
            *notice = migrationNotice;
    }
    return c;
}

} // namespace

std::unique_ptr<StoreConnection> JobStore::open(bool write, QString *why) const
{
    return openStore(m_path,
        !std::exchange(m_shared->prepared, true),
        write,
        &m_shared->notice,
        &m_shared->seen,
        why);
}

QList<JobRecord> JobStore::read(bool onlyChanges, QString *error) const
{
    QMutexLocker lock(&m_shared->mutex);
    QString why;
    auto c = open(false, &why);
    qint64 top = 0;
    std::optional<QList<JobRecord>> records;
    if (c) {
        // One read transaction: the jobs, their events and the highest change number come
        // from one snapshot, so a write committed between two of the reads can neither mix
        // versions nor be counted as seen without being read (WAL readers do not block).
        const bool snapshot = c->db().transaction();
        // After open(): a file moved aside or migrated starts the count again.
        records = JobRows::readChanged(*c, onlyChanges ? m_shared->seen : 0, &top);
        if (snapshot)
            c->db().commit();
    }
    if (!records) {
        if (error)
            *error = c ? c->errorText() : why;
        return {};
    }
    m_shared->seen = top;
    return *records;
}

QList<JobRecord> JobStore::load(QString *error) const
{
    return read(false, error);
}

QList<JobRecord> JobStore::loadChanges(QString *error) const
{
    return read(true, error);
}

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

void JobStore::setReadsOthers(bool on) const
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->readsOthers = on;
}

bool JobStore::save(const QList<JobRecord> &records,
    QString *error,
    const QSet<QString> &removed,
    QList<JobRecord> *merged) const
{
    QMutexLocker lock(&m_shared->mutex);
    QString why;
    auto c = open(true, &why);
    const auto failed = [&] {
        if (error)
            *error = c ? c->errorText() : why;
        if (c)
            c->rollback();
        return false;
    };
    if (!c || !c->beginWrite())
        return failed();

    // What others changed since we last looked, read under the write lock: nothing can change
    // between this read and our write.
    qint64 top = 0;
    std::optional<QList<JobRecord>> others;
    if (m_shared->readsOthers) {
        others = JobRows::readChanged(*c, m_shared->seen, &top);
    } else if (const std::optional<qint64> highest = JobRows::maxSeq(*c)) {
        // Only the change number: our write must still be newer than everything stored, so
        // that the processes watching the file see it.
        top = std::max(*highest, m_shared->seen);
        others = QList<JobRecord>{};
    }
    if (!others)
        return failed();
    QSet<QString> ours;
    for (const JobRecord &r : records)
        ours.insert(r.localId);

    QList<JobRecord> newer;
    const qint64 seq = top + 1;
    bool wrote = false;
    QList<std::pair<QString, Shared::Written>> written;
    for (const JobRecord &r : records) {
        if (r.isForeign())
            continue; // a newer version's job: its row stays as that version wrote it
        const std::optional<bool> gone = JobRows::wasRemoved(*c, r.localId);
        if (!gone)
            return failed();
        if (*gone)
            continue; // deleted by another process: never written back
        // The row as this store wrote it, and r the same timeline or that timeline with events
        // added, such that supersedes(written, r) is false by its rules: then r is written over
        // it without reading it, and only the added events are inserted.
        const auto mark = m_shared->written.constFind(r.localId);
        const bool marked = mark != m_shared->written.cend();
        const auto [timeline, writtenPart] = timelineFingerprint(r, marked ? mark->events : 0);
        std::optional<qsizetype> keptEvents; // none: every event row is replaced
        if (marked && writtenPart == mark->timeline && mark->events <= r.timeline.size()
            && !(mark->terminal && !r.isTerminal())
            && !(r.state == JobState::Submitting && mark->state != JobState::Submitting)
            && !(mark->last > lastChange(r)) && !lastEventRepeats(r, mark->events)) {
            const std::optional<qint64> rowSeq = JobRows::rowSeq(*c, r.localId);
            if (!rowSeq)
                return failed();
            if (*rowSeq == mark->seq)
                keptEvents = mark->events;
        }
        if (!keptEvents) {
            const std::optional<JobRecord> onDisk = JobRows::readOne(*c, r.localId);
            if (c->status() != StoreConnection::Status::Open)
                return failed();
            if (onDisk && supersedes(*onDisk, r)) {
                newer.append(*onDisk); // another process followed it further
                continue;
            }
        }
        if (!JobRows::write(*c, r, seq, keptEvents))
            return failed();
        written.append({r.localId,
            Shared::Written{
                seq, r.timeline.size(), timeline, r.state, r.isTerminal(), lastChange(r)}});
        wrote = true;
    }
    for (const QString &id : removed) {
        if (!JobRows::remove(*c, id))
            return failed();
    }
    if (!c->commit())
        return failed();
    for (const auto &[id, w] : std::as_const(written))
        m_shared->written.insert(id, w);
    for (const QString &id : removed)
        m_shared->written.remove(id);
    m_shared->seen = wrote ? seq : top;
    if (merged) {
        *merged = std::move(newer);
        for (JobRecord &r : *others) {
            if (!ours.contains(r.localId) && !removed.contains(r.localId))
                merged->append(std::move(r));
        }
    }
    return true;
}
