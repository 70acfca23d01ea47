// Two processes share one jobs.sqlite (the GUI and `imagewright submit`): saves merge instead of
// overwriting, and a monitor that watches the store picks up the other's jobs and their ends.
// Two JobMonitor instances on one store path stand in for the two processes.
#include <QSignalSpy>
#include <QTest>

#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

class tst_JobStoreMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void saveKeepsTheOtherProcessesRecords();
    void removedRecordsStayRemoved();
    void newerCopyWins();
    void repeatedSavesOfOneStoreKeepEveryChange();
    void resumedCopyWinsOverTheEndItContinues();
    void watcherPicksUpJobsAndTheirEnd();
    void headlessMonitorDoesNotAdopt();
    void aSaveNeverMovesRecordsUnderItsCaller();

private:
    std::unique_ptr<JobMonitor> makeMonitor(bool watch);
    static JobRecord record(const QString &id, JobState state);

    std::unique_ptr<TestDir> m_dir;
    QString m_path;
};

void tst_JobStoreMerge::init()
{
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"data/jobs.sqlite"_s);
}

std::unique_ptr<JobMonitor> tst_JobStoreMerge::makeMonitor(bool watch)
{
    auto m = std::make_unique<JobMonitor>(JobStore(m_path));
    // No cloud here: polls find no session and wait for the maximum interval.
    m->setSessionResolver([](const QString &) { return nullptr; });
    m->restore();
    if (watch)
        m->watchStore();
    return m;
}

JobRecord tst_JobStoreMerge::record(const QString &id, JobState state)
{
    JobRecord r;
    r.localId = id;
    r.profileId = u"p"_s;
    r.name = id;
    r.jobId = u"job-"_s + id;
    r.created = QDateTime::currentDateTimeUtc();
    r.state = state;
    r.addEvent(u"created"_s, r.created);
    return r;
}

void tst_JobStoreMerge::saveKeepsTheOtherProcessesRecords()
{
    const JobStore a(m_path);
    const JobStore b(m_path);
    QVERIFY(a.save({record(u"a1"_s, JobState::Running)}));
    // b never read a1: its save must not drop it.
    QList<JobRecord> merged;
    QVERIFY(b.save({record(u"b1"_s, JobState::Running)}, nullptr, {}, &merged));
    QCOMPARE(merged.size(), 1); // what the other process wrote, handed back to be taken in
    QCOMPARE(merged.at(0).localId, u"a1"_s);
    const QList<JobRecord> onDisk = JobStore(m_path).load();
    QCOMPARE(onDisk.size(), 2);
    QCOMPARE(onDisk.at(0).localId, u"a1"_s); // in the order first stored
    QCOMPARE(onDisk.at(1).localId, u"b1"_s);
    // b has seen a1 now: its next save hands back nothing new.
    QVERIFY(b.save({record(u"b2"_s, JobState::Running)}, nullptr, {}, &merged));
    QVERIFY(merged.isEmpty());
}

void tst_JobStoreMerge::removedRecordsStayRemoved()
{
    const JobStore store(m_path);
    QVERIFY(store.save({record(u"a1"_s, JobState::Succeeded), record(u"a2"_s, JobState::Running)}));
    QVERIFY(store.save({record(u"a2"_s, JobState::Running)}, nullptr, {u"a1"_s}));
    const QList<JobRecord> onDisk = store.load();
    QCOMPARE(onDisk.size(), 1);
    QCOMPARE(onDisk.at(0).localId, u"a2"_s);
}

void tst_JobStoreMerge::newerCopyWins()
{
    const JobStore store(m_path);
    JobRecord finished = record(u"j"_s, JobState::Succeeded);
    finished.imageIds = {u"img-1"_s};
    QVERIFY(store.save({finished}));
    // A process that still holds the running copy saves: the finished copy on disk stays.
    QVERIFY(store.save({record(u"j"_s, JobState::Running)}));
    const QList<JobRecord> onDisk = store.load();
    QCOMPARE(onDisk.size(), 1);
    QCOMPARE(onDisk.at(0).state, JobState::Succeeded);
    QCOMPARE(onDisk.at(0).imageIds, QStringList{u"img-1"_s});
    QVERIFY(JobStore::supersedes(finished, record(u"j"_s, JobState::Running)));
    QVERIFY(!JobStore::supersedes(record(u"j"_s, JobState::Running), finished));
}

// A store that saves a job it wrote itself, unchanged on disk since, writes only the row when the
// timeline is the same (progress polls): every change still lands, and a copy another process
// wrote in between is still read and weighed.
void tst_JobStoreMerge::repeatedSavesOfOneStoreKeepEveryChange()
{
    const JobStore gui(m_path);
    JobRecord r = record(u"j"_s, JobState::Running);
    r.addEvent(u"accepted"_s, r.created.addSecs(1));
    QVERIFY(gui.save({r}));
    for (int step = 1; step <= 3; ++step) { // progress only: the same timeline
        r.progress = 0.25 * step;
        QVERIFY(gui.save({r}));
        const QList<JobRecord> onDisk = JobStore(m_path).load();
        QCOMPARE(onDisk.size(), 1);
        QCOMPARE(onDisk.at(0).progress, 0.25 * step);
        QCOMPARE(onDisk.at(0).timeline.size(), 2);
    }
    // A new event, then the oldest ones dropped as a long history drops them: rewritten.
    r.addEvent(u"progress"_s, r.created.addSecs(2));
    QVERIFY(gui.save({r}));
    QCOMPARE(JobStore(m_path).load().at(0).timeline.size(), 3);
    r.timeline.remove(1);
    QVERIFY(gui.save({r}));
    QList<JobRecord> onDisk = JobStore(m_path).load();
    QCOMPARE(onDisk.at(0).timeline.size(), 2);
    QCOMPARE(onDisk.at(0).timeline.at(1).text, u"progress"_s);

    // Another process ends the job; this store, still holding the running copy, saves it: the
    // end stays (the row is no longer the one this store wrote).
    JobRecord ended = r;
    ended.state = JobState::Succeeded;
    ended.progress = 1;
    ended.addEvent(u"succeeded"_s, r.created.addSecs(3));
    QVERIFY(JobStore(m_path).save({ended}));
    r.progress = 0.9;
    QVERIFY(gui.save({r}));
    onDisk = JobStore(m_path).load();
    QCOMPARE(onDisk.at(0).state, JobState::Succeeded);
    QCOMPARE(onDisk.at(0).timeline.size(), 3);

    // This store wrote an end; a stale running copy of its own saved after it loses as well.
    const JobStore other(m_path);
    JobRecord k = record(u"k"_s, JobState::Running);
    JobRecord kEnded = k;
    kEnded.state = JobState::Failed;
    QVERIFY(other.save({kEnded}));
    QVERIFY(other.save({k}));
    QCOMPARE(JobStore(m_path).load().at(1).state, JobState::Failed);
}

void tst_JobStoreMerge::resumedCopyWinsOverTheEndItContinues()
{
    // An upload cancelled (an end, saved), then resumed in the same record: the resumed copy
    // carries the cancel's event and more, so the saved "cancelled" copy must not win back.
    const JobStore store(m_path);
    JobRecord cancelled = record(u"j"_s, JobState::Running);
    cancelled.state = JobState::Cancelled;
    cancelled.addEvent(u"Upload cancelled by the operator."_s, cancelled.created.addMSecs(10));
    QVERIFY(store.save({cancelled}));
    JobRecord resumed = store.load().constFirst(); // through the file, as the monitor sees it
    resumed.state = JobState::Running;
    resumed.addEvent(u"Upload resumed by the operator."_s, cancelled.created.addMSecs(20));
    QVERIFY(JobStore::supersedes(resumed, cancelled));
    QVERIFY(!JobStore::supersedes(cancelled, resumed));
    QList<JobRecord> merged;
    QVERIFY(store.save({resumed}, nullptr, {}, &merged));
    QVERIFY(merged.isEmpty()); // written: no newer copy to hand back
    QCOMPARE(store.load().constFirst().state, JobState::Running);
    // A running copy that never saw the end (another process, still polling) still loses.
    JobRecord stale = record(u"j"_s, JobState::Running);
    stale.addEvent(u"RUNNING 50%"_s, cancelled.created.addMSecs(30));
    QVERIFY(!JobStore::supersedes(stale, cancelled));
    QVERIFY(JobStore::supersedes(cancelled, stale));
}

void tst_JobStoreMerge::watcherPicksUpJobsAndTheirEnd()
{
    auto gui = makeMonitor(true);
    auto other = makeMonitor(false);
    QSignalSpy added(gui.get(), &JobMonitor::jobAdded);
    QSignalSpy finished(gui.get(), &JobMonitor::jobFinished);

    const QString id = other->trackImsJob(u"p"_s,
        u"Cloud"_s,
        CreationMethod::ImsEcs,
        u"from-submit"_s,
        u"job-42"_s,
        QDateTime::currentDateTimeUtc());
    other->saveNow();
    QTRY_COMPARE_WITH_TIMEOUT(gui->count(), 1, 5000);
    QCOMPARE(added.count(), 1);
    QCOMPARE(gui->at(0).localId, id);
    QCOMPARE(gui->at(0).state, JobState::Running);

    // The GUI adds a job of its own; the other process's next save keeps it.
    gui->trackImsJob(u"p"_s, u"Cloud"_s, CreationMethod::ImsEcs, u"from-gui"_s, u"job-43"_s, {});
    gui->saveNow();
    other->saveNow();
    QCOMPARE(JobStore(m_path).load().size(), 2);

    // The other process stops watching its job: the GUI shows that (not an end).
    QTest::qWait(20); // a later timeline event than the GUI's copy
    other->stopWatching(id);
    QTRY_COMPARE_WITH_TIMEOUT(gui->at(gui->rowOf(id)).state, JobState::NotWatched, 5000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(gui->count(), 2);
    // The GUI's stale save does not undo the end.
    gui->saveNow();
    const QList<JobRecord> onDisk = JobStore(m_path).load();
    QCOMPARE(onDisk.size(), 2);
    for (const JobRecord &r : onDisk) {
        if (r.localId == id)
            QCOMPARE(r.state, JobState::NotWatched);
    }
}

void tst_JobStoreMerge::aSaveNeverMovesRecordsUnderItsCaller()
{
    // Issue 12, defect 2: code that saves may hold a reference to a record across the save.
    // The records another process wrote are taken in afterwards, from the event loop, so a
    // save never adds, moves or replaces a record under its caller.
    auto gui = makeMonitor(false);
    const QString own = gui->trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"own"_s, u"j"_s, {});
    QList<JobRecord> others;
    for (int i = 0; i < 200; ++i)
        others << record(u"other-%1"_s.arg(i), JobState::Running);
    QVERIFY(JobStore(m_path).save(others));
    const JobRecord &held = gui->at(gui->rowOf(own));
    const JobRecord *address = &held;
    gui->saveNow(); // merges 200 records from the file
    QCOMPARE(gui->count(), 1);
    QCOMPARE(&gui->at(gui->rowOf(own)), address);
    QCOMPARE(held.name, u"own"_s);
    QTRY_COMPARE_WITH_TIMEOUT(gui->count(), 201, 5000); // taken in right after
}

void tst_JobStoreMerge::headlessMonitorDoesNotAdopt()
{
    auto gui = makeMonitor(true);
    gui->trackImsJob(u"p"_s, u"Cloud"_s, CreationMethod::ImsEcs, u"gui-job"_s, u"job-1"_s, {});
    gui->saveNow();
    auto headless = std::make_unique<JobMonitor>(JobStore(m_path));
    headless->setAdoptForeignJobs(false);
    headless->trackImsJob(u"p"_s, u"Cloud"_s, CreationMethod::ImsEcs, u"cli-job"_s, u"job-2"_s, {});
    headless->saveNow();
    QCOMPARE(headless->count(), 1);              // follows only its own job
    QCOMPARE(JobStore(m_path).load().size(), 2); // and dropped nobody's
    QTRY_COMPARE_WITH_TIMEOUT(gui->count(), 2, 5000);
}

QTEST_GUILESS_MAIN(tst_JobStoreMerge)
#include "tst_jobstoremerge.moc"
