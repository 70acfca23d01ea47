// The job store with a long history (issue 12, "history that scales"): prints how long the
// SQLite store takes to load N finished jobs, to save one changed job among them, to find
// "nothing changed" (what a watching GUI does when the file moves), to start a monitor on
// them, and to save the routine changes of many live jobs at once, with the process's peak
// memory. Figures, not assertions:
//   build/bin/bench_store --jobs 10000 [--events 8] [--live 1000] [--dir DIR]
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "jobs/storesync.h"

using namespace Qt::StringLiterals;

namespace {

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

JobRecord finishedJob(int i, int events, const QDateTime &t0)
{
    JobRecord r;
    r.localId = u"job-%1"_s.arg(i, 6, 10, QChar(u'0'));
    r.profileId = u"p"_s;
    r.cloudLabel = u"prod · eu-de"_s;
    r.name = u"nightly-image-%1"_s.arg(i);
    r.method = CreationMethod::ImsEcs;
    r.jobId = u"ff8080814dbd65d7014dbe0d84db0013"_s;
    r.marker = u"3d5c0c6e-6f8e-4a8b-9a55-%1"_s.arg(i, 12, 10, QChar(u'0'));
    r.created = t0.addSecs(-3600LL * i);
    r.state = JobState::Succeeded;
    r.imageIds = {u"img-%1"_s.arg(i)};
    r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Create request being sent"), {}, r.created);
    for (int e = 1; e < events; ++e)
        r.addEvent(u"RUNNING %1%"_s.arg(e * 100 / events), r.created.addSecs(e * 10));
    r.finished = r.created.addSecs(events * 10);
    r.progress = 1;
    return r;
}

JobRecord liveJob(int i, int events, const QDateTime &t0)
{
    JobRecord r = finishedJob(i, events, t0);
    r.localId = u"live-%1"_s.arg(i, 6, 10, QChar(u'0'));
    r.state = JobState::Running;
    r.imageIds.clear();
    r.finished = {};
    r.progress = 0.5;
    return r;
}

/// Saves `live` running jobs as a monitor's routine save does (all changed since the last one):
/// each with one new event, then with a new progress figure only. Milliseconds per save.
std::pair<double, double> saveLiveRounds(const JobStore &store, int live, int events)
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QList<JobRecord> jobs;
    jobs.reserve(live);
    for (int i = 0; i < live; ++i)
        jobs << liveJob(i, events, t0);
    store.save(jobs);
    constexpr int Rounds = 20;
    QElapsedTimer t;
    t.start();
    for (int round = 0; round < Rounds; ++round) {
        for (JobRecord &r : jobs)
            r.addEvent(u"RUNNING %1% · round %2"_s.arg(50 + round).arg(round));
        store.save(jobs);
    }
    const double withEvent = double(t.nsecsElapsed()) / 1e6 / Rounds;
    t.restart();
    for (int round = 0; round < Rounds; ++round) {
        for (JobRecord &r : jobs)
            r.progress = 0.5 + round / 100.0;
        store.save(jobs);
    }
    return {withEvent, double(t.nsecsElapsed()) / 1e6 / Rounds};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jobsOption(
        u"jobs"_s, u"finished jobs in the store"_s, u"n"_s, u"10000"_s);
    const QCommandLineOption eventsOption(u"events"_s, u"events per job"_s, u"n"_s, u"8"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"folder for the store (default: a temporary one)"_s, u"dir"_s);
    const QCommandLineOption liveOption(
        u"live"_s, u"running jobs saved together (routine save)"_s, u"n"_s, u"1000"_s);
    parser.addOptions({jobsOption, eventsOption, liveOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const int jobs = parser.value(jobsOption).toInt();
    const int events = parser.value(eventsOption).toInt();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();
    const QString path = dir + u"/jobs.sqlite"_s;
    QFile::remove(path);

    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QList<JobRecord> history;
    history.reserve(jobs);
    for (int i = 0; i < jobs; ++i)
        history << finishedJob(i, events, t0);
    QElapsedTimer t;
    t.start();
    if (!JobStore(path).save(history)) {
        std::fprintf(stderr, "could not write the store\n");
        return 1;
    }
    const qint64 writeAll = t.elapsed();
    history.clear();
    history.squeeze();
    const qint64 rssBefore = peakRssKiB();

    const JobStore store(path);
    t.restart();
    const QList<JobRecord> loaded = store.load();
    const qint64 loadAll = t.elapsed();

    JobRecord changed = loaded.at(loaded.size() / 2);
    changed.addEvent(u"looked at again"_s);
    t.restart();
    constexpr int Saves = 50;
    for (int i = 0; i < Saves; ++i)
        store.save({changed});
    const double saveOne = double(t.nsecsElapsed()) / 1e6 / Saves;

    // The same save as the GUI makes it (StoreSync in the background): what the GUI thread
    // spends in it, and the time until the worker has written it.
    double callMax = 0;
    double callSum = 0;
    double writtenSum = 0;
    {
        JobRecord current = changed;
        StoreSync sync(JobStore(path), [&current](const QString &) { return &current; });
        sync.setSavesInBackground(true);
        for (int i = 0; i < Saves; ++i) {
            current.addEvent(u"looked at again"_s);
            sync.markDirty(current.localId);
            QElapsedTimer call;
            call.start();
            sync.save();
            const double ms = double(call.nsecsElapsed()) / 1e6;
            callSum += ms;
            callMax = std::max(callMax, ms);
            while (sync.isSavingInBackground())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            writtenSum += double(call.nsecsElapsed()) / 1e6;
        }
    }

    t.restart();
    constexpr int Checks = 200;
    for (int i = 0; i < Checks; ++i)
        store.loadChanges();
    const double noChange = double(t.nsecsElapsed()) / 1e6 / Checks;

    t.restart();
    {
        JobMonitor monitor{JobStore(path)};
        monitor.setSessionResolver([](const QString &) { return nullptr; });
        monitor.restore();
        std::printf(
            "monitor restore:        %lld ms (%d jobs)\n", qlonglong(t.elapsed()), monitor.count());
    }
    const int live = parser.value(liveOption).toInt();
    const auto [liveWithEvent, liveProgress] = saveLiveRounds(store, live, events);
    std::printf("jobs: %d, events per job: %d, file: %lld KiB\n",
        jobs,
        events,
        qlonglong(QFile(path).size() / 1024));
    std::printf("write all (one tx):     %lld ms\n", qlonglong(writeAll));
    std::printf("load all:               %lld ms\n", qlonglong(loadAll));
    std::printf("save one changed job:   %.2f ms (mean of %d)\n", saveOne, Saves);
    std::printf("  in the background:    %.3f ms on the calling thread (mean; max %.3f), "
                "written after %.2f ms (mean)\n",
        callSum / Saves,
        callMax,
        writtenSum / Saves);
    std::printf("look for changes, none: %.3f ms (mean of %d)\n", noChange, Checks);
    std::printf("save %d live jobs:      %.2f ms with a new event each, %.2f ms with new "
                "progress only (mean of 20)\n",
        live,
        liveWithEvent,
        liveProgress);
    std::printf("peak RSS: %lld KiB before loading, %lld KiB after\n",
        qlonglong(rssBefore),
        qlonglong(peakRssKiB()));
    return 0;
}
