#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include "jobs/jobrecord.h"
#include "jobs/jobstore.h"

class QFileSystemWatcher;
class QThread;

/// The monitor's records as kept in its JobStore: which changed here since the last save, when
/// they are written (at once for intents, acceptances and ends; a burst of ends together;
/// routine progress at most every two seconds), what other processes wrote (the store file
/// watched), reading the history on a worker thread, and what the operator must be told about
/// the store itself. It knows nothing of polling: what it reads goes out by signal, and the
/// monitor decides what to follow. GUI thread.
///
/// With setSavesInBackground(true) (the GUI) every save but saveNow() is written on a worker
/// thread, one at a time, from a copy of the changed records: a commit waits for the disk
/// (synchronous=FULL), longer than a frame on a busy machine. saveNow(), for the intent of a
/// create that must be on disk before the request leaves, still writes on the caller's thread
/// (after a background save in flight, so an older copy never lands after a newer one).
class StoreSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreSync)
public:
    /// The current record of a local id (nullptr when it is no longer kept), for saves.
    using RecordLookup = std::function<const JobRecord *(const QString &localId)>;

    StoreSync(JobStore store, RecordLookup lookup, QObject *parent = nullptr);
    ~StoreSync() override;

    const JobStore &store() const { return m_store; }
    /// Whether a save also reads what other processes changed (JobStore::setReadsOthers).
    void setReadsOthers(bool on) { m_store.setReadsOthers(on); }

    /// The record changed here: the next save writes it.
    void markDirty(const QString &localId) { m_dirty.insert(localId); }
    /// The record is as the store holds it (read from it): no save needed for it.
    void markClean(const QString &localId) { m_dirty.remove(localId); }
    bool hasUnsaved() const { return !m_dirty.isEmpty(); }
    /// The record was removed here: the next save deletes it, and no later read takes it back.
    void markRemoved(const QString &localId);
    bool wasRemoved(const QString &localId) const { return m_removed.contains(localId); }

    /// Whether save() and the timed saves write on a worker thread (default false: the
    /// headless commands, whose saves decide nothing on screen and end with the process).
    void setSavesInBackground(bool on) { m_inBackground = on; }
    /// Writes what changed here now, on this thread (merging with what other processes wrote,
    /// which comes back later through changedElsewhere()); false and `error` when it could not
    /// be written.
    bool saveNow(QString *error);
    /// Writes what changed here (in the background when set so); a failure is logged and the
    /// records stay to be saved (the next save tries again).
    void save();
    /// Whether a background save is being written (tests).
    bool isSavingInBackground() const { return m_saver != nullptr; }
    /// Saves within the routine interval (progress figures).
    void saveSoon();
    /// Saves within a quarter second (ends come in bursts: one save for a burst).
    void saveEndsSoon();
    /// Saves at once, on this thread, whatever is still to be saved (the process is about to
    /// end), after a background save in flight.
    void flush();

    /// Reads the whole store now, on this thread.
    QList<JobRecord> load(QString *error) { return m_store.load(error); }
    /// Reads the whole store on a worker thread (its own SQLite connection): loaded() follows.
    void loadInBackground();
    bool isLoading() const { return m_loader != nullptr; }

    /// Follows the store file (and its write-ahead log and folder): what other processes write
    /// comes through changedElsewhere().
    void watch();
    /// Reads the jobs changed since this process last read or wrote, now.
    void reload();

    /// What the operator must be told about the store (moved aside, written by a newer
    /// version); empty when nothing happened.
    const QString &notice() const { return m_notice; }
    /// Takes the store's news, if any: noticeTaken() then tells the monitor (which marks every
    /// record dirty: a store moved aside starts afresh with what this process holds).
    void takeNotice();

Q_SIGNALS:
    /// loadInBackground() has read the store (`error` when it could not).
    void loaded(const QList<JobRecord> &records, const QString &error);
    /// Records other processes wrote (after a save, from the event loop; or after a reload).
    void changedElsewhere(const QList<JobRecord> &records);
    void noticeTaken(const QString &notice);

private:
    struct BackgroundSave;
    void startBackgroundSave();
    /// Takes a finished background save's result (once: from its signal or after a wait).
    void collect(QThread *saver);
    void waitForBackgroundSave();
    /// Hands records other processes wrote to the monitor from the event loop, after the code
    /// that saved is done.
    void handOnLater(QList<JobRecord> records);
    void watchFile();

    JobStore m_store;
    RecordLookup m_lookup;
    QSet<QString> m_dirty;          // changed here since the last save: what the next save writes
    QSet<QString> m_removed;        // removed here: not taken back from the store
    QSet<QString> m_removedUnsaved; // removed here since the last save
    QString m_notice;
    /// The store as the last save merged it: handed on from the event loop, after the code that
    /// saved is done (nothing may hold a record across a change of the monitor's records).
    QList<JobRecord> m_mergedAfterSave;
    QTimer m_saveTimer;
    QTimer m_reloadTimer;
    QFileSystemWatcher *m_watcher = nullptr;
    QThread *m_loader = nullptr;
    QThread *m_saver = nullptr;               // the background save being written
    std::shared_ptr<BackgroundSave> m_saving; // its records and, once done, its result
    bool m_inBackground = false;
    bool m_saveAgain = false; // changes came while a background save was written
    bool m_flushing = false;
};
