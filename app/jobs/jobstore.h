#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include "jobs/jobrecord.h"

/// Persists job records as one JSON document, written atomically (QSaveFile: write a temp file,
/// fsync, rename), so the monitor survives a restart or a crash and an intent is durable before
/// its create is sent. Default location: AppDataLocation/jobs.json.
///
/// Several processes share the file (the GUI and `imagewright submit`): save() merges. Under a
/// QLockFile it re-reads the file, keeps the records other processes added (by local id, unless
/// this process removed them), keeps the other process's copy of a record when it is newer
/// (supersedes()), and writes the result. Nothing a process wrote is dropped by another's save.
class JobStore
{
public:
    explicit JobStore(QString path = defaultPath());

    const QString &path() const { return m_path; }
    QList<JobRecord> load(QString *error = nullptr) const;

    /// Merges `records` into the file and writes it. `removed`: local ids this process deleted
    /// (not kept from the file). `merged`, when given, gets what was written: the caller's
    /// records (or the file's newer copies) in order, then the other processes' new records.
    bool save(const QList<JobRecord> &records,
        QString *error = nullptr,
        const QSet<QString> &removed = {},
        QList<JobRecord> *merged = nullptr) const;

    /// True when `candidate` (another process's copy) is newer than `current`: it was carried
    /// on from `current` (holds its last event and more, e.g. a resumed upload), else it reached
    /// an end the current one has not, or its timeline goes further.
    static bool supersedes(const JobRecord &candidate, const JobRecord &current);

    static QString defaultPath();

private:
    QList<JobRecord> read(const QByteArray &data, QString *error) const;

    QString m_path;
};
