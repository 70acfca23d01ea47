// The SQLite job store (issue 12): its schema and WAL mode, the one-time migration of a
// format-1 jobs.json, a damaged file moved aside (never emptied), a newer version's file and
// records left as they are, deletions that stay deleted, concurrent writers that lose nothing,
// and saves that write only the jobs, and the events, that changed.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include "jobs/followerregistry.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_JobStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void newStoreHasSchemaVersionAndWal();
    void formatOneJsonIsMigratedOnce();
    void unreadableJsonIsKeptAside();
    void unreadableStoreIsMovedAsideNotEmptied();
    void storeDamagedWhileRunningGetsTheJobsHeld();
    void newerSchemaIsReadButNotWritten();
    void foreignJobsAreShownNeverFollowedNorWritten();
    void jobDeletedByOneProcessIsNotWrittenBackByAnother();
    void concurrentWritersLoseNothing();
    void aSaveWritesOnlyTheJobsThatChanged();
    void newEventsAreAppendedNotRewritten();

private:
    QString storePath() const { return m_dir->filePath(u"data/jobs.sqlite"_s); }
    static JobRecord record(const QString &id, JobState state);
    /// Runs `sql` on the store file directly, as another (newer) version would.
    void rawExec(const QStringList &statements, const QVariantList &binds = {});
    QVariant rawValue(const QString &sql);
    std::unique_ptr<JobMonitor> makeMonitor();

    std::unique_ptr<TestDir> m_dir;
};

void tst_JobStore::init()
{
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data"_s)));
}

JobRecord tst_JobStore::record(const QString &id, JobState state)
{
    JobRecord r;
    r.localId = id;
    r.profileId = u"p"_s;
    r.name = id;
    r.jobId = u"job-"_s + id;
    r.created = QDateTime::currentDateTimeUtc();
    r.state = state;
    if (r.isTerminal())
        r.finished = r.created;
    r.addEvent(u"created"_s, r.created);
    return r;
}

void tst_JobStore::rawExec(const QStringList &statements, const QVariantList &binds)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY(q.prepare(sql));
            if (sql.contains(u'?')) {
                for (const QVariant &v : binds)
                    q.addBindValue(v);
            }
            QVERIFY2(q.exec(), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QVariant tst_JobStore::rawValue(const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rawread"_s);
        db.setDatabaseName(storePath());
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"rawread"_s);
    return value;
}

std::unique_ptr<JobMonitor> tst_JobStore::makeMonitor()
{
    auto m = std::make_unique<JobMonitor>(JobStore(storePath()));
    m->setSessionResolver([](const QString &) { return nullptr; }); // no cloud here
    m->restore();
    return m;
}

void tst_JobStore::newStoreHasSchemaVersionAndWal()
{
    QVERIFY(JobStore(storePath()).save({record(u"a"_s, JobState::Running)}));
    QCOMPARE(rawValue(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(rawValue(u"SELECT version FROM schema_version"_s).toInt(), 1);
    QCOMPARE(rawValue(u"SELECT count(*) FROM jobs"_s).toInt(), 1);
    QCOMPARE(rawValue(u"SELECT count(*) FROM events"_s).toInt(), 1); // one row per event
    QCOMPARE(rawValue(u"SELECT kind FROM jobs"_s).toString(), u"ims-ecs"_s);
}

void tst_JobStore::formatOneJsonIsMigratedOnce()
{
    JobRecord known = record(u"known"_s, JobState::Succeeded);
    known.imageIds = {u"img-1"_s};
    known.addEvent(u"SUCCESS 100%"_s, known.created.addSecs(60));
    QJsonObject future = record(u"future"_s, JobState::Running).toJson();
    future.insert(u"method"_s, u"ims-batch-export"_s); // a kind a newer version wrote
    future.insert(u"state"_s, u"paused"_s);
    future.insert(u"batch_size"_s, 12);
    const QJsonObject root{{u"format"_s, 1},
        {u"jobs"_s, QJsonArray{known.toJson(), future, record(u"b"_s, JobState::Failed).toJson()}}};
    const QString legacy = m_dir->filePath(u"data/jobs.json"_s);
    {
        QFile f(legacy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
    }

    const QList<JobRecord> loaded = JobStore(storePath()).load();
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded.at(0).localId, u"known"_s);
    QCOMPARE(loaded.at(0).imageIds, QStringList{u"img-1"_s});
    QCOMPARE(loaded.at(0).timeline.size(), 2);
    QCOMPARE(loaded.at(0).timeline.at(1).text, u"SUCCESS 100%"_s);
    QCOMPARE(loaded.at(0).timeline.at(1).at, known.timeline.at(1).at);
    QVERIFY(loaded.at(1).isForeign());
    QCOMPARE(loaded.at(1).foreignKind, u"ims-batch-export"_s);
    QVERIFY(loaded.at(1).kindText().contains(u"ims-batch-export"_s));
    QVERIFY(!QFile::exists(legacy));
    QVERIFY(QFile::exists(legacy + u".migrated"_s));
    // The newer version's row is kept as it wrote it.
    const QJsonObject stored = QJsonDocument::fromJson(
        rawValue(u"SELECT record FROM jobs WHERE local_id = 'future'"_s).toByteArray())
                                   .object();
    QCOMPARE(stored.value(u"batch_size"_s).toInt(), 12);
    QCOMPARE(
        rawValue(u"SELECT state FROM jobs WHERE local_id = 'future'"_s).toString(), u"paused"_s);

    // A later start (or a jobs.json put back) never duplicates a job.
    QVERIFY(QFile::copy(legacy + u".migrated"_s, legacy));
    QCOMPARE(JobStore(storePath()).load().size(), 3);
    QCOMPARE(rawValue(u"SELECT count(*) FROM jobs"_s).toInt(), 3);
}

void tst_JobStore::unreadableJsonIsKeptAside()
{
    const QString legacy = m_dir->filePath(u"data/jobs.json"_s);
    {
        QFile f(legacy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": 1, \"jobs\": [ {\"local_id\": ");
    }
    const JobStore store(storePath());
    QVERIFY(store.load().isEmpty());
    const QString notice = store.takeNotice();
    QVERIFY2(notice.contains(QDir::toNativeSeparators(legacy)), qPrintable(notice));
    QVERIFY(!QFile::exists(legacy));
    const QStringList aside =
        QDir(m_dir->filePath(u"data"_s)).entryList({u"jobs.json.unreadable-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.takeNotice().isEmpty()); // said once
}

void tst_JobStore::unreadableStoreIsMovedAsideNotEmptied()
{
    const QByteArray garbage = QByteArray("this is not SQLite ").repeated(300);
    {
        QFile f(storePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    auto monitor = makeMonitor();
    QCOMPARE(monitor->count(), 0);
    const QString notice = monitor->storeNotice();
    QVERIFY2(notice.contains(QDir::toNativeSeparators(storePath())), qPrintable(notice));
    const QStringList aside =
        QDir(m_dir->filePath(u"data"_s)).entryList({u"jobs.sqlite.unreadable-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(u"data/"_s + aside.at(0)));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage); // the operator's data is still there, untouched
    // A new history works at once.
    const QString id =
        monitor->trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"n"_s, u"job-1"_s, {});
    monitor->saveNow();
    QCOMPARE(JobStore(storePath()).load().value(0).localId, id);
}

void tst_JobStore::storeDamagedWhileRunningGetsTheJobsHeld()
{
    auto monitor = makeMonitor();
    monitor->trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"a"_s, u"job-a"_s, {});
    monitor->trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"b"_s, u"job-b"_s, {});
    monitor->saveNow();
    QCOMPARE(JobStore(storePath()).load().size(), 2);
    // Something overwrites the file while the app runs.
    {
        QFile f(storePath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("overwritten ").repeated(500));
    }
    monitor->trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"c"_s, u"job-c"_s, {});
    monitor->saveNow(); // finds it unreadable: moved aside, a new file started
    QVERIFY(!monitor->storeNotice().isEmpty());
    monitor->saveNow(); // the jobs this process holds go into the new file
    QCOMPARE(JobStore(storePath()).load().size(), 3);
    QCOMPARE(QDir(m_dir->filePath(u"data"_s))
                 .entryList({u"jobs.sqlite.unreadable-*"_s}, QDir::Files)
                 .size(),
        1);
}

void tst_JobStore::newerSchemaIsReadButNotWritten()
{
    QVERIFY(JobStore(storePath()).save({record(u"a"_s, JobState::Running)}));
    rawExec({u"UPDATE schema_version SET version = 2"_s});
    const JobStore store(storePath());
    QCOMPARE(store.load().size(), 1); // its jobs can be seen
    QString error;
    QVERIFY(!store.save({record(u"b"_s, JobState::Running)}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.takeNotice().isEmpty());
    QCOMPARE(rawValue(u"SELECT count(*) FROM jobs"_s).toInt(), 1);
    QVERIFY(QFile::exists(storePath())); // never moved aside
}

void tst_JobStore::foreignJobsAreShownNeverFollowedNorWritten()
{
    QVERIFY(JobStore(storePath()).save({record(u"a"_s, JobState::Succeeded)}));
    const QByteArray json = R"({"local_id":"f","method":"obs-sync","state":"waiting-for-peer",)"
                            R"("name":"from a newer version","job_id":"j-9","extra":[1,2,3]})";
    rawExec({u"INSERT INTO jobs(local_id, kind, state, seq, record) VALUES (?, ?, ?, ?, ?)"_s},
        {u"f"_s, u"obs-sync"_s, u"waiting-for-peer"_s, 7, QString::fromUtf8(json)});

    auto monitor = makeMonitor();
    QCOMPARE(monitor->count(), 2);
    const JobRecord &f = monitor->at(monitor->rowOf(u"f"_s));
    QVERIFY(f.isForeign());
    QCOMPARE(f.name, u"from a newer version"_s);
    QVERIFY(f.displayStateText().contains(u"waiting-for-peer"_s));
    QVERIFY(!FollowerRegistry::standard().forRecord(f)); // no follower: never polled

    monitor->trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"n"_s, u"job-1"_s, {});
    monitor->saveNow();
    QCOMPARE(rawValue(u"SELECT record FROM jobs WHERE local_id = 'f'"_s).toByteArray(), json);
    QCOMPARE(rawValue(u"SELECT seq FROM jobs WHERE local_id = 'f'"_s).toInt(), 7);
    QCOMPARE(rawValue(u"SELECT count(*) FROM jobs"_s).toInt(), 3);
}

void tst_JobStore::jobDeletedByOneProcessIsNotWrittenBackByAnother()
{
    const JobStore a(storePath());
    const JobStore b(storePath());
    QVERIFY(a.save({record(u"j"_s, JobState::Running)}));
    JobRecord held = b.load().value(0);
    QVERIFY(a.save({}, nullptr, {u"j"_s}));
    held.addEvent(u"RUNNING 50%"_s);
    QVERIFY(b.save({held}));
    QVERIFY(JobStore(storePath()).load().isEmpty());
}

void tst_JobStore::concurrentWritersLoseNothing()
{
    // Two writers with their own connections (as the GUI and `submit` have), each saving one
    // job at a time: the busy timeout serialises them and no save is lost.
    constexpr int PerWriter = 60;
    QList<bool> ok(2, true);
    auto writer = [this, &ok](int w) {
        const JobStore store(storePath());
        for (int i = 0; i < PerWriter; ++i) {
            QString error;
            if (!store.save({record(u"w%1-%2"_s.arg(w).arg(i), JobState::Running)}, &error)) {
                qWarning() << "writer" << w << "failed:" << error;
                ok[w] = false;
            }
        }
    };
    std::unique_ptr<QThread> t0(QThread::create(writer, 0));
    std::unique_ptr<QThread> t1(QThread::create(writer, 1));
    t0->start();
    t1->start();
    QVERIFY(t0->wait(60000));
    QVERIFY(t1->wait(60000));
    QVERIFY(ok.at(0) && ok.at(1));
    QCOMPARE(JobStore(storePath()).load().size(), 2 * PerWriter);
}

void tst_JobStore::aSaveWritesOnlyTheJobsThatChanged()
{
    // History that scales: with 1,000 finished jobs, a save writes the one that changed.
    QList<JobRecord> history;
    for (int i = 0; i < 1000; ++i)
        history << record(u"old-%1"_s.arg(i), JobState::Succeeded);
    QVERIFY(JobStore(storePath()).save(history));
    const int before = rawValue(u"SELECT max(seq) FROM jobs"_s).toInt();

    auto monitor = makeMonitor();
    QCOMPARE(monitor->count(), 1000);
    const QString id =
        monitor->trackImsJob(u"p"_s, u"c"_s, CreationMethod::ImsEcs, u"new"_s, u"job-1"_s, {});
    monitor->saveNow();
    QCOMPARE(rawValue(u"SELECT count(*) FROM jobs WHERE seq > %1"_s.arg(before)).toInt(), 1);
    QCOMPARE(rawValue(u"SELECT local_id FROM jobs WHERE seq > %1"_s.arg(before)).toString(), id);
    monitor->saveNow(); // nothing changed: nothing written
    QCOMPARE(rawValue(u"SELECT count(*) FROM jobs WHERE seq > %1"_s.arg(before)).toInt(), 1);
}

void tst_JobStore::newEventsAreAppendedNotRewritten()
{
    // A live job's routine save: its row, and the event rows that came since the last save. The
    // events already stored are neither deleted nor written again (they were, every save).
    const JobStore store(storePath());
    JobRecord r = record(u"live"_s, JobState::Running);
    const QDateTime t0 = r.created;
    r.addEvent(u"INIT"_s, t0.addSecs(1));
    QVERIFY(store.save({r}));
    rawExec({u"CREATE TABLE event_log(op TEXT, n INTEGER)"_s,
        u"CREATE TRIGGER event_inserted AFTER INSERT ON events"
        " BEGIN INSERT INTO event_log VALUES ('insert', new.n); END"_s,
        u"CREATE TRIGGER event_deleted AFTER DELETE ON events"
        " BEGIN INSERT INTO event_log VALUES ('delete', old.n); END"_s});
    const auto log = [this] {
        return rawValue(u"SELECT group_concat(op || ' ' || n, ', ') FROM event_log"_s).toString();
    };
    const auto lines = [](const QList<JobRecord::Event> &timeline) {
        QStringList out;
        for (const JobRecord::Event &e : timeline)
            out << e.at.toString(Qt::ISODateWithMs) + u' ' + e.text + u' ' + e.kind;
        return out;
    };
    const auto stored = [this, &lines] {
        const QList<JobRecord> all = JobStore(storePath()).load();
        return lines(all.size() == 1 ? all.first().timeline : QList<JobRecord::Event>{});
    };

    r.addEvent(u"RUNNING 10%"_s, t0.addSecs(2));
    r.addEvent(u"RUNNING 20%"_s, t0.addSecs(3));
    QVERIFY(store.save({r}));
    QCOMPARE(log(), u"insert 2, insert 3"_s);
    QCOMPARE(stored(), lines(r.timeline));
    r.progress = 0.3; // progress only: the row alone
    QVERIFY(store.save({r}));
    QCOMPARE(log(), u"insert 2, insert 3"_s);

    // Another process wrote the job since: its copy is read, the events written whole.
    JobRecord elsewhere = JobStore(storePath()).load().value(0);
    elsewhere.addEvent(u"RUNNING 40% (elsewhere)"_s, t0.addSecs(5));
    QVERIFY(JobStore(storePath()).save({elsewhere}));
    rawExec({u"DELETE FROM event_log"_s});
    r.addEvent(u"RUNNING 30%"_s, t0.addSecs(4));
    QList<JobRecord> merged;
    QVERIFY(store.save({r}, nullptr, {}, &merged));
    QCOMPARE(merged.size(), 1); // the other copy went further: it stays, and comes back
    QCOMPARE(lines(merged.first().timeline), lines(elsewhere.timeline));
    QCOMPARE(stored(), lines(elsewhere.timeline));
    QCOMPARE(log(), QString()); // nothing of ours was written

    // Taking the other copy on, then past the limit of a timeline (its oldest events but the
    // first are dropped): the stored events are rewritten whole, and match.
    r = elsewhere;
    QVERIFY(store.save({r}));
    for (int i = 0; i < 250; ++i)
        r.addEvent(u"RUNNING step %1"_s.arg(i), t0.addSecs(10 + i));
    QVERIFY(store.save({r}));
    QCOMPARE(stored(), lines(r.timeline));
    r.addEvent(u"SUCCESS"_s, t0.addSecs(300));
    QVERIFY(store.save({r}));
    QCOMPARE(stored(), lines(r.timeline));
    QCOMPARE(rawValue(u"SELECT count(*) FROM events"_s).toInt(), int(r.timeline.size()));
}

QTEST_GUILESS_MAIN(tst_JobStore)
#include "tst_jobstore.moc"
