// The job table model under QAbstractItemModelTester, narrow updates, the filter proxy, and the
// job store: atomic saves, restore after a restart, an unanswered create becoming
// "needs attention".
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "jobs/jobfilterproxy.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "jobs/jobtablemodel.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_JobModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void rowsAndNarrowUpdates();
    void aFewRowsAreSentOneByOne();
    void burstBecomesOneUpdate();
    void burstWaitsForTheClockTick();
    void proxyFiltersByStateAndText();
    void storeRoundTrip();
    void failedJobShowsNoProgress();
    void restartResumesAndFlagsUnansweredCreates();
    void historyReadInTheBackgroundComesInOneInsertion();
    void corruptStoreIsNotFatal();

private:
    std::unique_ptr<TestDir> m_dir;
    QString storePath() const { return m_dir->filePath(u"jobs.sqlite"_s); }
    /// Six running IMS jobs, j0 to j5; their local ids in row order.
    static QStringList trackJobs(JobMonitor &monitor, int count);
};

void tst_JobModel::init()
{
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
}

void tst_JobModel::rowsAndNarrowUpdates()
{
    JobMonitor monitor{JobStore(storePath())};
    JobTableModel model(&monitor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QString a = monitor.trackImsJob(u"p"_s,
        u"Demo · demo-1"_s,
        CreationMethod::ImsEcs,
        u"web-base"_s,
        u"job-a"_s,
        QDateTime::currentDateTimeUtc());
    monitor.trackImsJob(u"p"_s,
        u"Demo · demo-1"_s,
        CreationMethod::ImsEcs,
        u"db-base"_s,
        u"job-b"_s,
        QDateTime::currentDateTimeUtc());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.index(0, JobTableModel::Name).data().toString(), u"web-base"_s);
    QCOMPARE(model.index(0, JobTableModel::Progress).data(JobTableModel::ProgressRole).toInt(), -1);
    QCOMPARE(model.index(0, 0).data(JobTableModel::StateRole).toInt(), int(JobState::Running));

    changed.clear();
    monitor.stopWatching(a);
    QTRY_COMPARE(changed.count(), 1); // one narrow update for the one row that changed
    const auto args = changed.takeFirst();
    const QModelIndex topLeft = args.at(0).value<QModelIndex>();
    const QModelIndex bottomRight = args.at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 0);
    QCOMPARE(topLeft.column(), int(JobTableModel::State));
    QCOMPARE(model.index(0, 0).data(JobTableModel::StateRole).toInt(), int(JobState::NotWatched));
    QVERIFY(!model.index(0, JobTableModel::Result).data().toString().isEmpty());

    monitor.clearFinished(); // a job not watched has not ended: kept
    QCOMPARE(model.rowCount(), 2);
    monitor.remove(a);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JobTableModel::Name).data().toString(), u"db-base"_s);
    QCOMPARE(reset.count(), 0); // never a reset
    for (int c = 0; c < JobTableModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

QStringList tst_JobModel::trackJobs(JobMonitor &monitor, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << monitor.trackImsJob(
            u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"j%1"_s.arg(i), u"job-%1"_s.arg(i), {});
    return ids;
}

void tst_JobModel::aFewRowsAreSentOneByOne()
{
    // Dozens of poll answers together: one signal per row, in row order, each with only the
    // columns it changed, so a view repaints the rows it shows and not every row between.
    JobMonitor monitor{JobStore(storePath())};
    JobTableModel model(&monitor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList ids = trackJobs(monitor, 6);
    model.flushPendingChanges();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i : {4, 1, 3})
        monitor.stopWatching(ids.at(i));
    QCOMPARE(changed.count(), 0); // gathered, not sent one by one
    model.flushPendingChanges();
    QCOMPARE(changed.count(), 3);
    const int rows[] = {1, 3, 4};
    for (int i = 0; i < 3; ++i) {
        const auto from = changed.at(i).at(0).value<QModelIndex>();
        const auto to = changed.at(i).at(1).value<QModelIndex>();
        QCOMPARE(from.row(), rows[i]);
        QCOMPARE(to.row(), rows[i]);
        QCOMPARE(from.column(), int(JobTableModel::State));
    }
}

void tst_JobModel::burstBecomesOneUpdate()
{
    // Hundreds of poll answers at once: one dataChanged span, not one per row (a sorting proxy
    // checks the order, and may re-lay-out its view, per signal).
    JobMonitor monitor{JobStore(storePath())};
    JobTableModel model(&monitor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList ids = trackJobs(monitor, 70);
    model.flushPendingChanges();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 2; i < 68; ++i) // 66 rows: more than are sent one by one
        monitor.stopWatching(ids.at(i));
    QCOMPARE(changed.count(), 0);
    model.flushPendingChanges();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 67);
    for (int i : {2, 40, 67})
        QCOMPARE(
            model.index(i, 0).data(JobTableModel::StateRole).toInt(), int(JobState::NotWatched));
}

void tst_JobModel::burstWaitsForTheClockTick()
{
    // Hundreds of live jobs answer in bursts: a burst goes out with the next Elapsed tick (at
    // most a second later), in the tick's one span, so the sorted view repaints once a second.
    JobMonitor monitor{JobStore(storePath())};
    JobTableModel model(&monitor);
    const QStringList ids = trackJobs(monitor, 70);
    model.flushPendingChanges();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 2; i < 68; ++i)
        monitor.stopWatching(ids.at(i));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    // One signal: the tick's span over every live row (0 to 69) and the burst's columns, all
    // roles. Sent on its own after 150 ms, the burst would span rows 2 to 67.
    const QList<QVariant> first = changed.takeFirst();
    QCOMPARE(first.at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(first.at(1).value<QModelIndex>().row(), 69);
    QCOMPARE(first.at(0).value<QModelIndex>().column(), int(JobTableModel::State));
    QCOMPARE(first.at(1).value<QModelIndex>().column(), int(JobTableModel::Result));
    QVERIFY(first.at(2).value<QList<int>>().isEmpty());

    // A quiet change (one row) is not held for the tick.
    changed.clear();
    monitor.stopWatching(ids.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    const QList<QVariant> quiet = changed.takeFirst();
    QCOMPARE(quiet.at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(quiet.at(1).value<QModelIndex>().row(), 0);
    QCOMPARE(quiet.at(0).value<QModelIndex>().column(), int(JobTableModel::State));

    // A tick with nothing waiting: Progress and Elapsed of the rows not ended (0 to 69: a job
    // not watched may still run), in two spans; Started, between them, is not repainted.
    // (A tick that sent the quiet change sent its two spans in the same call: cleared here.)
    changed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 5000);
    QList<QPair<int, int>> columns;
    for (const QList<QVariant> &signal : changed.mid(0, 2)) {
        const auto from = signal.at(0).value<QModelIndex>();
        const auto to = signal.at(1).value<QModelIndex>();
        QCOMPARE(from.row(), 0);
        QCOMPARE(to.row(), 69);
        columns.append({from.column(), to.column()});
    }
    QCOMPARE(columns.at(0), qMakePair(int(JobTableModel::Progress), int(JobTableModel::Progress)));
    QCOMPARE(columns.at(1), qMakePair(int(JobTableModel::Elapsed), int(JobTableModel::Elapsed)));
}

void tst_JobModel::proxyFiltersByStateAndText()
{
    JobMonitor monitor{JobStore(storePath())};
    JobTableModel model(&monitor);
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString a =
        monitor.trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"alpha"_s, u"j1"_s, {});
    monitor.trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"beta"_s, u"j2"_s, {});
    monitor.stopWatching(a);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStateFilter(JobFilterProxy::StateFilter::Active);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"beta"_s);
    proxy.setStateFilter(JobFilterProxy::StateFilter::NeedsAttention); // its end is not known
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"alpha"_s);
    proxy.setStateFilter(JobFilterProxy::StateFilter::All);
    proxy.setText(u"ALP"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"alpha"_s);
    proxy.setText({});
    proxy.sort(JobTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"beta"_s);
}

void tst_JobModel::storeRoundTrip()
{
    JobRecord r;
    r.localId = u"l1"_s;
    r.method = CreationMethod::ImsEcs;
    r.profileId = u"p"_s;
    r.name = u"web"_s;
    r.marker = u"m"_s;
    r.created = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 5), Qt::UTC);
    r.state = JobState::Succeeded;
    r.progress = 1;
    r.jobId = u"job"_s;
    r.imageIds = {u"i1"_s, u"i2"_s};
    r.errorCode = u"IMG.0001"_s;
    r.addEvent(u"SUCCESS 100%"_s, r.created);
    JobStore store(storePath());
    QVERIFY(store.save({r}));
    const QList<JobRecord> back = store.load();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).toJson(), r.toJson());
}

void tst_JobModel::failedJobShowsNoProgress()
{
    // Issue 16: a failed job showed the 99 % it reached, as if nearly done; that is history.
    JobRecord failed;
    failed.localId = u"f1"_s;
    failed.method = CreationMethod::ImsEcs;
    failed.profileId = u"p"_s;
    failed.name = u"web"_s;
    failed.created = QDateTime::currentDateTimeUtc();
    failed.state = JobState::Failed;
    failed.progress = 0.99;
    failed.failReason = u"disk full"_s;
    failed.addEvent(u"RUNNING 99%"_s, failed.created);
    JobRecord done = failed;
    done.localId = u"d1"_s;
    done.state = JobState::Succeeded;
    done.progress = 1;
    QVERIFY(JobStore(storePath()).save({failed, done}));
    JobMonitor monitor{JobStore(storePath())};
    monitor.restore();
    JobTableModel model(&monitor);
    const int f = monitor.rowOf(u"f1"_s);
    const int d = monitor.rowOf(u"d1"_s);
    QVERIFY(f >= 0 && d >= 0);
    QCOMPARE(model.index(f, JobTableModel::Progress).data().toString(), QString());
    QCOMPARE(model.index(f, JobTableModel::Progress).data(JobTableModel::ProgressRole).toInt(), -1);
    QCOMPARE(model.index(d, JobTableModel::Progress).data(JobTableModel::ProgressRole).toInt(), 100);
    QVERIFY(!model.index(d, JobTableModel::Progress).data().toString().isEmpty());
    QCOMPARE(monitor.at(f).timeline.constLast().text, u"RUNNING 99%"_s); // kept as history
}

void tst_JobModel::restartResumesAndFlagsUnansweredCreates()
{
    JobRecord running;
    running.localId = u"run"_s;
    running.jobId = u"job-1"_s;
    running.state = JobState::Running;
    running.created = QDateTime::currentDateTimeUtc();
    JobRecord intent = running;
    intent.localId = u"intent"_s;
    intent.jobId.clear();
    intent.state = JobState::Submitting; // saved before sending; no answer was recorded
    QVERIFY(JobStore(storePath()).save({running, intent}));

    JobMonitor monitor{JobStore(storePath())};
    monitor.restore();
    QCOMPARE(monitor.count(), 2);
    QCOMPARE(monitor.at(monitor.rowOf(u"run"_s)).state, JobState::Running);
    const JobRecord &flagged = monitor.at(monitor.rowOf(u"intent"_s));
    QCOMPARE(flagged.state, JobState::NeedsAttention); // never re-sent on our own
    QVERIFY(!flagged.timeline.isEmpty());
    // ... and the store says so too, at once.
    const QList<JobRecord> stored = JobStore(storePath()).load();
    QCOMPARE(stored.at(1).state, JobState::NeedsAttention);
}

void tst_JobModel::historyReadInTheBackgroundComesInOneInsertion()
{
    // The GUI's start: the store is read on a worker thread; the rows come in one insertion,
    // with what restore() does (an unanswered create flagged, saved at once).
    QList<JobRecord> history;
    for (int i = 0; i < 500; ++i) {
        JobRecord r;
        r.localId = u"old-%1"_s.arg(i);
        r.method = CreationMethod::ImsEcs;
        r.profileId = u"p"_s;
        r.name = u"image-%1"_s.arg(i);
        r.created = QDateTime::currentDateTimeUtc().addSecs(-i);
        r.state = JobState::Succeeded;
        r.progress = 1;
        history << r;
    }
    history[7].state = JobState::Submitting; // saved before sending; no answer recorded
    history[7].progress = 0;
    QVERIFY(JobStore(storePath()).save(history));

    JobMonitor monitor{JobStore(storePath())};
    JobTableModel model(&monitor);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(&monitor, &JobMonitor::historyLoaded);
    monitor.restoreInBackground();
    QVERIFY(monitor.isLoadingHistory());
    QCOMPARE(monitor.count(), 0); // nothing yet: the caller goes on at once
    QVERIFY(loaded.wait(10000));
    QVERIFY(!monitor.isLoadingHistory());
    QCOMPARE(monitor.count(), 500);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);
    QCOMPARE(monitor.at(monitor.rowOf(u"old-7"_s)).state, JobState::NeedsAttention);
    QCOMPARE(JobStore(storePath()).load().at(7).state, JobState::NeedsAttention);
    // A monitor destroyed while it reads waits for the read, never crashes.
    {
        JobMonitor early{JobStore(storePath())};
        early.restoreInBackground();
    }
}

void tst_JobModel::corruptStoreIsNotFatal()
{
    QFile f(storePath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ this is not json");
    f.close();
    // Moved aside (never emptied in place) and said; a new history starts.
    const JobStore store(storePath());
    QString error;
    QVERIFY(store.load(&error).isEmpty());
    QVERIFY(error.isEmpty());
    QVERIFY(!store.takeNotice().isEmpty());
    QVERIFY(!QFileInfo(storePath()).dir().entryList({u"jobs.sqlite.unreadable-*"_s}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_JobModel)
#include "tst_jobmodel.moc"
