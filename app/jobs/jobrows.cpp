#include "jobs/jobrows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include "jobs/storeconnection.h"
#include "logging.h"

using namespace Qt::StringLiterals;

namespace JobRows {

namespace {

/// A text column's value: never NULL (a null QString binds as NULL).
QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : u""_s;
}

/// The job row's `record` column: every field but the timeline (its events are rows).
QByteArray recordColumn(const JobRecord &r)
{
    return QJsonDocument(r.fieldsToJson()).toJson(QJsonDocument::Compact);
}

std::optional<JobRecord> fromRow(const QSqlQuery &q)
{
    // Columns: local_id, kind, state, record.
    const QJsonObject o = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    std::optional<JobRecord> r = JobRecord::fromJson(o);
    if (!r) {
        qCWarning(lcJobs) << "skipping an unreadable job row" << q.value(0).toString();
        return std::nullopt;
    }
    // The columns are what the store queries by; the JSON carries the same. Trust the column
    // for the identity.
    r->localId = q.value(0).toString();
    return r;
}

/// Columns from `first`: at, text, kind, args (a JSON array of texts).
JobRecord::Event eventFromRow(const QSqlQuery &q, int first)
{
    JobRecord::Event e;
    e.at = QDateTime::fromString(q.value(first).toString(), Qt::ISODateWithMs);
    e.text = q.value(first + 1).toString();
    e.kind = q.value(first + 2).toString();
    if (!e.kind.isEmpty()) {
        const QJsonArray args = QJsonDocument::fromJson(q.value(first + 3).toByteArray()).array();
        for (const QJsonValue &a : args)
            e.args << a.toString();
    }
    return e;
}

} // namespace

std::optional<QList<JobRecord>> readChanged(StoreConnection &c, qint64 afterSeq, qint64 *maxSeqOut)
{
    QSqlQuery jobs(c.db());
    jobs.setForwardOnly(true);
    jobs.prepare(
        u"SELECT local_id, kind, state, record, seq FROM jobs WHERE seq > ? ORDER BY pos"_s);
    jobs.addBindValue(afterSeq);
    if (!c.exec(jobs))
        return std::nullopt;
    QList<JobRecord> records;
    QHash<QString, qsizetype> index;
    qint64 highest = afterSeq;
    while (jobs.next()) {
        highest = std::max(highest, jobs.value(4).toLongLong());
        if (std::optional<JobRecord> r = fromRow(jobs)) {
            index.insert(r->localId, records.size());
            records.append(std::move(*r));
        }
    }
    if (!records.isEmpty()) {
        QSqlQuery events(c.db());
        events.setForwardOnly(true);
        events.prepare(u"SELECT e.local_id, e.at, e.text, e.kind, e.args FROM events e JOIN jobs j"
                       " ON j.local_id = e.local_id WHERE j.seq > ? ORDER BY e.local_id, e.n"_s);
        events.addBindValue(afterSeq);
        if (!c.exec(events))
            return std::nullopt;
        while (events.next()) {
            const auto it = index.constFind(events.value(0).toString());
            if (it != index.cend())
                records[*it].timeline.append(eventFromRow(events, 1));
        }
    }
    if (maxSeqOut) {
        const std::optional<qint64> top = maxSeq(c);
        if (!top)
            return std::nullopt;
        *maxSeqOut = std::max(highest, *top);
    }
    return records;
}

std::optional<JobRecord> readOne(StoreConnection &c, const QString &localId)
{
    QSqlQuery *job =
        c.statement(u"SELECT local_id, kind, state, record FROM jobs WHERE local_id = ?"_s);
    if (!job)
        return std::nullopt;
    job->bindValue(0, localId);
    if (!c.exec(*job) || !job->next()) {
        job->finish();
        return std::nullopt;
    }
    std::optional<JobRecord> r = fromRow(*job);
    job->finish();
    if (!r)
        return std::nullopt;
    QSqlQuery *events =
        c.statement(u"SELECT at, text, kind, args FROM events WHERE local_id = ? ORDER BY n"_s);
    if (!events)
        return std::nullopt;
    events->bindValue(0, localId);
    if (!c.exec(*events))
        return std::nullopt;
    while (events->next())
        r->timeline.append(eventFromRow(*events, 0));
    events->finish();
    return r;
}

std::optional<qint64> rowSeq(StoreConnection &c, const QString &localId)
{
    QSqlQuery *q = c.statement(u"SELECT seq FROM jobs WHERE local_id = ?"_s);
    if (!q)
        return std::nullopt;
    q->bindValue(0, localId);
    if (!c.exec(*q))
        return std::nullopt;
    const qint64 seq = q->next() ? q->value(0).toLongLong() : -1;
    q->finish();
    return seq;
}

namespace {

bool writeRow(StoreConnection &c,
    const JobRecord &r,
    const QString &kind,
    const QString &state,
    const QByteArray &record,
    qint64 seq,
    std::optional<qsizetype> keptEvents)
{
    QSqlQuery *job = c.statement(
        u"INSERT INTO jobs(local_id, kind, state, profile_id, created, finished, seq, record)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(local_id) DO UPDATE SET kind = excluded.kind, state = excluded.state,"
        " profile_id = excluded.profile_id, created = excluded.created,"
        " finished = excluded.finished, seq = excluded.seq, record = excluded.record"_s);
    if (!job)
        return false;
    job->bindValue(0, r.localId);
    job->bindValue(1, notNull(kind));
    job->bindValue(2, notNull(state));
    job->bindValue(3, notNull(r.profileId));
    job->bindValue(4, isoOrEmpty(r.created));
    job->bindValue(5, isoOrEmpty(r.finished));
    job->bindValue(6, seq);
    job->bindValue(7, QString::fromUtf8(record));
    if (!c.exec(*job))
        return false;
    if (keptEvents && *keptEvents >= r.timeline.size())
        return true;
    if (!keptEvents) {
        QSqlQuery *clear = c.statement(u"DELETE FROM events WHERE local_id = ?"_s);
        if (!clear)
            return false;
        clear->bindValue(0, r.localId);
        if (!c.exec(*clear))
            return false;
    }
    QSqlQuery *event = c.statement(
        u"INSERT INTO events(local_id, n, at, text, kind, args) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!event)
        return false;
    for (qsizetype n = keptEvents.value_or(0); n < r.timeline.size(); ++n) {
        const JobRecord::Event &e = r.timeline.at(n);
        event->bindValue(0, r.localId);
        event->bindValue(1, qint64(n));
        event->bindValue(2, isoOrEmpty(e.at));
        event->bindValue(3, notNull(e.text));
        event->bindValue(4, notNull(e.kind));
        event->bindValue(5,
            e.kind.isEmpty() ? u""_s
                             : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.args))
                                                     .toJson(QJsonDocument::Compact)));
        if (!c.exec(*event))
            return false;
    }
    return true;
}

} // namespace

bool write(StoreConnection &c, const JobRecord &r, qint64 seq, std::optional<qsizetype> keptEvents)
{
    return writeRow(
        c, r, r.kindKey(), JobRecord::stateKey(r.state), recordColumn(r), seq, keptEvents);
}

bool writeForeign(StoreConnection &c, const JobRecord &r, const QJsonObject &raw, qint64 seq)
{
    QJsonObject o = raw;
    o.remove(u"timeline"_s);
    return writeRow(c,
        r,
        raw.value(u"method"_s).toString(),
        raw.value(u"state"_s).toString(),
        QJsonDocument(o).toJson(QJsonDocument::Compact),
        seq,
        std::nullopt);
}

bool remove(StoreConnection &c, const QString &localId)
{
    QSqlQuery del(c.db());
    del.prepare(u"DELETE FROM jobs WHERE local_id = ?"_s); // events follow (ON DELETE CASCADE)
    del.addBindValue(localId);
    if (!c.exec(del))
        return false;
    QSqlQuery mark(c.db());
    mark.prepare(u"INSERT OR REPLACE INTO removed(local_id, at) VALUES (?, ?)"_s);
    mark.addBindValue(localId);
    mark.addBindValue(isoOrEmpty(QDateTime::currentDateTimeUtc()));
    return c.exec(mark);
}

std::optional<bool> wasRemoved(StoreConnection &c, const QString &localId)
{
    QSqlQuery *q = c.statement(u"SELECT 1 FROM removed WHERE local_id = ?"_s);
    if (!q)
        return std::nullopt;
    q->bindValue(0, localId);
    if (!c.exec(*q))
        return std::nullopt;
    const bool removed = q->next();
    q->finish();
    return removed;
}

std::optional<qint64> maxSeq(StoreConnection &c)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT coalesce(max(seq), 0) FROM jobs"_s);
    if (!c.exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace JobRows
