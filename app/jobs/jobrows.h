#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "jobs/jobrecord.h"

class StoreConnection;

/// The job store's rows: a job row (the record's fields as JSON, plus the columns queried) and
/// its event rows, read and written inside the caller's transaction.
namespace JobRows {

/// Jobs with a change number above `afterSeq` (all with 0), in the order first stored, with their
/// events. `maxSeq` gets the highest change number of the file.
std::optional<QList<JobRecord>> readChanged(StoreConnection &c, qint64 afterSeq, qint64 *maxSeq);
/// One job, or nullopt (also when the read failed: check c.status()).
std::optional<JobRecord> readOne(StoreConnection &c, const QString &localId);
/// The change number of the job's row: -1 when there is none, nullopt when the read failed.
std::optional<qint64> rowSeq(StoreConnection &c, const QString &localId);
/// Writes the job row and its event rows. With `keptEvents`, the caller knows that the first
/// that many events are stored as they are (this store wrote them with the row it replaces):
/// only the events after them are inserted. Without, every event row is replaced.
bool write(StoreConnection &c,
    const JobRecord &r,
    qint64 seq,
    std::optional<qsizetype> keptEvents = std::nullopt);
/// Writes a record this version does not know (read from an older store file) as it was stored:
/// `raw` is its JSON, timeline included; nothing of it is interpreted.
bool writeForeign(StoreConnection &c, const JobRecord &r, const QJsonObject &raw, qint64 seq);
/// Deletes the job and its events and remembers the deletion.
bool remove(StoreConnection &c, const QString &localId);
/// Whether a process deleted this job (it is never written back).
std::optional<bool> wasRemoved(StoreConnection &c, const QString &localId);
std::optional<qint64> maxSeq(StoreConnection &c);

} // namespace JobRows
