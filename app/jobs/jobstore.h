#pragma once

#include <memory>

#include <QList>
#include <QSet>
#include <QString>

#include "jobs/jobrecord.h"

class StoreConnection;

/// The job history: a SQLite file (default AppDataLocation/jobs.sqlite) with one row per job and
/// one per event, written in transactions (docs/monitor.md, "The job store").
///
/// Several processes share it (the GUI and `imagewright submit`). Every job row carries a change
/// number (`seq`, the highest plus one at each write): a process remembers the highest it has
/// seen and reads only what changed since (loadChanges()). save() writes the records given (the
/// caller's changed ones), inside one write transaction that first reads the file's copies of
/// them: a copy another process followed further (supersedes()) is kept and handed back instead.
/// Jobs deleted by one process are remembered, so another process's copy is never written back.
/// Jobs a newer version wrote (an unknown kind or state) are read as foreign records and never
/// written.
///
/// On first use, a `jobs.json` of format 1 beside the file is migrated and renamed
/// `jobs.json.migrated`. A file that cannot be read (not SQLite, damaged) is moved aside with a
/// timestamp and a new one started; the operator is told through takeNotice(), never silently.
///
/// A value type: copies share what they have seen (the change number and the notice).
class JobStore
{
public:
    explicit JobStore(QString path = defaultPath());

    const QString &path() const { return m_path; }

    /// Every job, in the order they were first stored.
    QList<JobRecord> load(QString *error = nullptr) const;
    /// The jobs another process added or changed since this store's last load, save or
    /// loadChanges().
    QList<JobRecord> loadChanges(QString *error = nullptr) const;

    /// Writes `records` (skipping foreign ones and ones deleted elsewhere) and deletes `removed`.
    /// `merged`, when given, gets the file's newer copies of the caller's records and the jobs
    /// other processes changed since this store last looked.
    bool save(const QList<JobRecord> &records,
        QString *error = nullptr,
        const QSet<QString> &removed = {},
        QList<JobRecord> *merged = nullptr) const;

    /// Whether save() reads the jobs other processes changed (for `merged`; default true). A
    /// process that follows only its own jobs (`imagewright submit`) turns it off, so a long
    /// history is never read: its saves then cost the same with 10 or 100,000 jobs stored.
    void setReadsOthers(bool on) const;

    /// What the operator must be told about the store itself (a file moved aside, a file written
    /// by a newer version, a migration that failed), once; empty when nothing happened.
    QString takeNotice() const;

    /// True when `candidate` (another process's copy) is newer than `current`: it was carried
    /// on from `current` (holds its last event and more, e.g. a resumed upload), else it reached
    /// an end the current one has not, or its timeline goes further.
    static bool supersedes(const JobRecord &candidate, const JobRecord &current);

    static QString defaultPath();
    /// The format-1 JSON file a store at `path` migrates from (jobs.json in the same folder).
    static QString legacyPathFor(const QString &path);

private:
    /// Opens the file (moving an unreadable one aside, migrating on first use); caller holds
    /// the mutex.
    std::unique_ptr<StoreConnection> open(bool write, QString *why) const;
    /// Every job (onlyChanges false) or those changed since this store last looked.
    QList<JobRecord> read(bool onlyChanges, QString *error) const;

    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QString m_path;
};
