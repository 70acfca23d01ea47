// StoreSync (issue 12): the monitor's records kept in the job store. Background saves are
// written on a worker thread while the caller goes on (the store's write lock held by another
// connection does not hold up save()); an intent saved on the caller's thread after a
// background save in flight lands after it (an older copy never overwrites a newer one);
// flush() writes what is left; what other processes wrote is handed on once per save, none lost
// when two saves come before the event loop runs.
#include <QDir>
#include <QHash>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include "jobs/jobstore.h"
#include "jobs/storesync.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

JobRecord record(const QString &id, JobState state, int events = 1)
{
    JobRecord r;
    r.localId = id;
    r.profileId = u"p"_s;
    r.name = id;
    r.jobId = u"job-"_s + id;
    r.created = QDateTime::currentDateTimeUtc().addSecs(-100);
    r.state = state;
    for (int e = 0; e < events; ++e)
        r.addEvent(u"event %1"_s.arg(e), r.created.addSecs(e));
    return r;
}

/// Holds the store's write lock from a connection of its own thread until release().
class LockHolder
{
public:
    explicit LockHolder(const QString &path)
    {
        m_thread = QThread::create([this, path] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
                db.setDatabaseName(path);
                bool ok = db.open();
                QSqlQuery q(db);
                ok = ok && q.exec(u"BEGIN IMMEDIATE"_s);
                m_held = ok;
                m_ready.release();
                m_release.acquire();
                q.exec(u"ROLLBACK"_s);
                db.close();
            }
            QSqlDatabase::removeDatabase(u"holder"_s);
        });
        m_thread->start();
        m_ready.acquire();
    }
    ~LockHolder()
    {
        release();
        m_thread->wait();
        delete m_thread;
    }
    bool held() const { return m_held; }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_release.release();
        }
    }

private:
    QThread *m_thread = nullptr;
    QSemaphore m_ready;
    QSemaphore m_release;
    bool m_held = false;
    bool m_released = false;
};

std::optional<JobRecord> stored(const QString &path, const QString &id)
{
    for (const JobRecord &r : JobStore(path).load()) {
        if (r.localId == id)
            return r;
    }
    return std::nullopt;
}

} // namespace

class tst_StoreSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void backgroundSaveDoesNotWaitForTheWriteLock();
    void anIntentAfterABackgroundSaveLandsLast();
    void flushWritesWhatIsLeft();
    void othersChangesFromTwoSavesAreAllHandedOn();

private:
    QString storePath() const { return m_dir->filePath(u"data/jobs.sqlite"_s); }
    std::unique_ptr<StoreSync> makeSync()
    {
        return std::make_unique<StoreSync>(JobStore(storePath()), [this](const QString &id) {
            const auto it = m_records.constFind(id);
            return it == m_records.cend() ? nullptr : &it.value();
        });
    }

    std::unique_ptr<TestDir> m_dir;
    QHash<QString, JobRecord> m_records;
};

void tst_StoreSync::init()
{
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data"_s)));
    QVERIFY(JobStore(storePath()).save({})); // the file and its schema
    m_records.clear();
}

void tst_StoreSync::backgroundSaveDoesNotWaitForTheWriteLock()
{
    auto sync = makeSync();
    sync->setSavesInBackground(true);
    m_records.insert(u"a"_s, record(u"a"_s, JobState::Running));
    sync->markDirty(u"a"_s);
    {
        LockHolder lock(storePath());
        QVERIFY(lock.held());
        sync->save(); // returns while another connection holds the write lock
        QVERIFY(sync->isSavingInBackground());
        QVERIFY(!sync->hasUnsaved());          // taken by the background save
        QVERIFY(!stored(storePath(), u"a"_s)); // not written yet: the lock is held
        lock.release();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSavingInBackground(), 20000);
    }
    const std::optional<JobRecord> a = stored(storePath(), u"a"_s);
    QVERIFY(a);
    QCOMPARE(a->state, JobState::Running);
    QVERIFY(!sync->hasUnsaved());
}

void tst_StoreSync::anIntentAfterABackgroundSaveLandsLast()
{
    auto sync = makeSync();
    sync->setSavesInBackground(true);
    m_records.insert(u"a"_s, record(u"a"_s, JobState::Running, 1));
    sync->markDirty(u"a"_s);
    LockHolder lock(storePath());
    QVERIFY(lock.held());
    sync->save(); // the copy with one event, held up by the lock
    QVERIFY(sync->isSavingInBackground());
    // Changed since, without a new event (the store could not tell the copies apart by their
    // last event): only the order of the writes keeps the newer one.
    m_records[u"a"_s].name = u"renamed"_s;
    sync->markDirty(u"a"_s);
    QThread *releaser = QThread::create([&lock] {
        QThread::msleep(200); // let saveNow() reach its wait; the outcome never depends on it
        lock.release();
    });
    releaser->start();
    QString error;
    QVERIFY2(sync->saveNow(&error), qPrintable(error));
    releaser->wait();
    delete releaser;
    QVERIFY(!sync->isSavingInBackground()); // waited for, and collected
    const std::optional<JobRecord> a = stored(storePath(), u"a"_s);
    QVERIFY(a);
    QCOMPARE(a->name, u"renamed"_s);
}

void tst_StoreSync::flushWritesWhatIsLeft()
{
    {
        auto sync = makeSync();
        sync->setSavesInBackground(true);
        m_records.insert(u"a"_s, record(u"a"_s, JobState::Running));
        sync->markDirty(u"a"_s);
        sync->saveEndsSoon(); // a timed save that will not come: the process ends first
        m_records.insert(u"b"_s, record(u"b"_s, JobState::Succeeded));
        sync->markDirty(u"b"_s);
        sync->save();  // in the background
        sync->flush(); // waits for it, then writes nothing more (b and a were both taken)
        QVERIFY(!sync->isSavingInBackground());
        QVERIFY(!sync->hasUnsaved());
    }
    QVERIFY(stored(storePath(), u"a"_s));
    QVERIFY(stored(storePath(), u"b"_s));

    {
        auto sync = makeSync();
        sync->setSavesInBackground(true);
        m_records.insert(u"c"_s, record(u"c"_s, JobState::Running));
        sync->markDirty(u"c"_s);
        sync->flush(); // nothing in flight: written here
    }
    QVERIFY(stored(storePath(), u"c"_s));
}

void tst_StoreSync::othersChangesFromTwoSavesAreAllHandedOn()
{
    auto sync = makeSync();
    QList<QString> handedOn;
    connect(sync.get(), &StoreSync::changedElsewhere, this, [&](const QList<JobRecord> &records) {
        for (const JobRecord &r : records)
            handedOn << r.localId;
    });
    const JobStore other(storePath());
    QVERIFY(other.save({record(u"other-1"_s, JobState::Running)}));
    m_records.insert(u"a"_s, record(u"a"_s, JobState::Running));
    sync->markDirty(u"a"_s);
    QVERIFY(sync->saveNow(nullptr)); // reads other-1 under its write lock
    QVERIFY(other.save({record(u"other-2"_s, JobState::Running)}));
    sync->markDirty(u"a"_s);
    QVERIFY(sync->saveNow(nullptr)); // reads only what changed since: other-2
    QVERIFY(handedOn.isEmpty());     // never inside a save
    QTRY_COMPARE(handedOn.size(), 2);
    std::sort(handedOn.begin(), handedOn.end());
    QCOMPARE(handedOn, (QList<QString>{u"other-1"_s, u"other-2"_s}));
}

QTEST_GUILESS_MAIN(tst_StoreSync)
#include "tst_storesync.moc"
