#include "jobs/storesync.h"

#include <memory>
#include <utility>

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>

#include "logging.h"

using namespace Qt::StringLiterals;

namespace {
// Each save opens the store, reads what others changed and commits: a fixed cost that 1,000
// live jobs would pay every 2 s. Other processes see routine progress this much later.
constexpr int RoutineSaveIntervalMs = 5000;
constexpr int EndSaveDelayMs = 250;
constexpr int ReloadDelayMs = 150; // a save is a burst of change notifications

/// The current records of these local ids (those still kept), as a save writes them.
QList<JobRecord> copiesOf(const QSet<QString> &ids, const StoreSync::RecordLookup &lookup)
{
    QList<JobRecord> records;
    records.reserve(ids.size());
    for (const QString &id : ids) {
        if (const JobRecord *r = lookup(id))
            records.append(*r);
    }
    return records;
}
} // namespace

StoreSync::StoreSync(JobStore store, RecordLookup lookup, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_lookup(std::move(lookup))
{
    m_saveTimer.setSingleShot(true);
    // Routine progress is saved at most this often; intents, acceptances and ends are saved
    // at once (save()), and a lost progress figure is simply polled again.
    m_saveTimer.setInterval(RoutineSaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &StoreSync::save);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &StoreSync::reload);
}

struct StoreSync::BackgroundSave
{
    QList<JobRecord> records; // copies, as they were when the save started
    QSet<QString> removed;
    bool saved = false;
    QString error;
    QList<JobRecord> merged;
};

StoreSync::~StoreSync()
{
    waitForBackgroundSave();
    if (m_loader) { // reading the store: it ends on its own, and uses nothing of ours
        m_loader->wait();
        delete m_loader;
    }
}

void StoreSync::markRemoved(const QString &localId)
{
    m_removed.insert(localId); // a later save must not take it back from the file
    m_removedUnsaved.insert(localId);
    m_dirty.remove(localId);
}

void StoreSync::save()
{
    m_saveTimer.stop();
    m_saveTimer.setInterval(RoutineSaveIntervalMs);
    if (m_inBackground && !m_flushing) {
        startBackgroundSave();
        return;
    }
    QString error;
    if (!saveNow(&error))
        qCWarning(lcJobs) << "could not save the job history:" << error;
}

bool StoreSync::saveNow(QString *error)
{
    waitForBackgroundSave(); // its older copies must land before ours
    // Only what changed here is written; the store hands back what other processes changed.
    const QList<JobRecord> changed = copiesOf(m_dirty, m_lookup);
    QList<JobRecord> merged;
    const bool saved = m_store.save(changed, error, m_removedUnsaved, &merged);
    if (saved) {
        m_dirty.clear();
        m_removedUnsaved.clear();
    }
    takeNotice(); // after: a file moved aside makes every job dirty again
    if (!saved)
        return false;
    handOnLater(std::move(merged));
    return true;
}

void StoreSync::startBackgroundSave()
{
    if (m_saver) {
        m_saveAgain = true; // one at a time: the next starts when this one is collected
        return;
    }
    if (m_dirty.isEmpty() && m_removedUnsaved.isEmpty())
        return;
    auto job = std::make_shared<BackgroundSave>();
    job->records = copiesOf(m_dirty, m_lookup);
    job->removed = std::exchange(m_removedUnsaved, {});
    m_dirty.clear(); // changed again meanwhile: dirty again, for the next save
    m_saving = job;
    QThread *saver = QThread::create([store = m_store, job] {
        job->saved = store.save(job->records, &job->error, job->removed, &job->merged);
    });
    m_saver = saver;
    connect(saver, &QThread::finished, this, [this, saver] { collect(saver); });
    saver->start();
}

void StoreSync::collect(QThread *saver)
{
    if (saver != m_saver)
        return; // collected already, after a wait
    m_saver = nullptr;
    saver->deleteLater();
    const std::shared_ptr<BackgroundSave> job = std::exchange(m_saving, {});
    if (!job->saved) {
        qCWarning(lcJobs) << "could not save the job history:" << job->error;
        // Not written: to be saved again with the next save (what was removed since stays
        // removed; a record changed since is dirty already).
        for (const JobRecord &r : std::as_const(job->records)) {
            if (!m_removed.contains(r.localId) && m_lookup(r.localId))
                m_dirty.insert(r.localId);
        }
        m_removedUnsaved.unite(job->removed);
        m_saveAgain = true;
    }
    takeNotice();
    if (job->saved)
        handOnLater(std::move(job->merged));
    if (std::exchange(m_saveAgain, false) && !m_flushing)
        saveSoon();
}

void StoreSync::waitForBackgroundSave()
{
    if (QThread *saver = m_saver) {
        saver->wait();
        collect(saver);
    }
}

void StoreSync::handOnLater(QList<JobRecord> records)
{
    if (m_flushing || records.isEmpty())
        return;
    // Appended, never replaced: a second save before the event loop runs reads only what
    // changed after the first, so the first one's records would be lost.
    const bool scheduled = !m_mergedAfterSave.isEmpty();
    m_mergedAfterSave.append(std::move(records));
    if (!scheduled)
        QMetaObject::invokeMethod(
            this,
            [this] {
                const QList<JobRecord> merged = std::exchange(m_mergedAfterSave, {});
                Q_EMIT changedElsewhere(merged);
            },
            Qt::QueuedConnection);
}

void StoreSync::saveSoon()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void StoreSync::saveEndsSoon()
{
    // A lost end is harmless: the job is simply polled again after a restart.
    if (!m_saveTimer.isActive() || m_saveTimer.remainingTime() > EndSaveDelayMs)
        m_saveTimer.start(EndSaveDelayMs);
}

void StoreSync::flush()
{
    m_flushing = true;
    m_saveTimer.stop();
    waitForBackgroundSave();
    if (m_dirty.isEmpty() && m_removedUnsaved.isEmpty())
        return;
    QString error;
    if (!saveNow(&error))
        qCWarning(lcJobs) << "could not save the job history:" << error;
}

void StoreSync::loadInBackground()
{
    if (m_loader)
        return;
    // JobStore's copies share a mutex; the worker opens its own connection.
    auto result = std::make_shared<std::pair<QList<JobRecord>, QString>>();
    m_loader =
        QThread::create([store = m_store, result] { result->first = store.load(&result->second); });
    connect(m_loader, &QThread::finished, this, [this, result] {
        m_loader->deleteLater();
        m_loader = nullptr;
        const auto [records, error] = std::exchange(*result, {});
        Q_EMIT loaded(records, error);
    });
    m_loader->start();
}

void StoreSync::watch()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    QDir().mkpath(QFileInfo(m_store.path()).absolutePath());
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reloadTimer.start(); });
    connect(
        m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_reloadTimer.start(); });
    watchFile();
}

void StoreSync::watchFile()
{
    if (!m_watcher)
        return;
    const QString dir = QFileInfo(m_store.path()).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    // Writes go to the write-ahead log (-wal) and reach the file itself at checkpoints; either
    // may be replaced (a checkpoint truncates the log): watch both, again after each change.
    for (const QString &file : QStringList{m_store.path(), m_store.path() + u"-wal"_s}) {
        if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
            m_watcher->addPath(file);
    }
}

void StoreSync::reload()
{
    watchFile();
    QString error;
    // Only the jobs changed since this process last read or wrote (a cheap indexed query: our
    // own saves wake the watcher too).
    const QList<JobRecord> records = m_store.loadChanges(&error);
    takeNotice();
    if (!error.isEmpty()) {
        qCWarning(lcJobs) << "could not re-read the job history:" << error;
        return;
    }
    Q_EMIT changedElsewhere(records);
}

void StoreSync::takeNotice()
{
    const QString notice = m_store.takeNotice();
    if (notice.isEmpty())
        return;
    m_notice = notice;
    Q_EMIT noticeTaken(notice);
}
