// Benchmark (prints figures; not a test): N live IMS jobs followed by the job monitor against the
// real demo cloud process over loopback, on the wall clock, with the table model, the filter
// proxy and a sorted QTableView attached (offscreen). Reports requests per job against a fixed
// 2-second poll, how late each end was noticed, the cost of a model update, event-loop lag
// (responsiveness) and steady-state CPU. interfaces.md §8.
//
//   bench_monitor [--jobs 1000] [--job-seconds 60]
#include <algorithm>
#include <cstdio>
#include <numeric>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "jobs/jobfilterproxy.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobtablemodel.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"jobs"_s, u"live jobs"_s, u"n"_s, u"1000"_s});
    parser.addOption({u"job-seconds"_s, u"duration of each job"_s, u"s"_s, u"60"_s});
    parser.addHelpOption();
    parser.process(app);
    const int jobs = parser.value(u"jobs"_s).toInt();
    const double jobSeconds = parser.value(u"job-seconds"_s).toDouble();

    DemoCloudProcess demo;
    demo.setJobSeconds(jobSeconds);
    if (!demo.start())
        return 1;
    const QString token = demo.token();

    // The jobs exist on the cloud first (raw creates), then the monitor follows them all.
    QElapsedTimer setup;
    setup.start();
    QList<QPair<QString, qint64>> created; // job id, wall-clock ms it was created
    for (int i = 0; i < jobs; ++i) {
        const auto reply = demo.post(u"/v2/cloudimages/action"_s,
            {{u"name"_s, u"bench-%1"_s.arg(i)},
                {u"instance_id"_s, u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s}},
            token);
        const QString id = reply.object().value(u"job_id"_s).toString();
        if (id.isEmpty()) {
            std::fprintf(stderr, "create %d failed: HTTP %d\n", i, reply.status);
            return 1;
        }
        created.append({id, QDateTime::currentMSecsSinceEpoch()});
    }
    std::printf("created %d jobs in %.1f s\n", jobs, double(setup.elapsed()) / 1000.0);

    QTemporaryDir dir;
    RestClient client;
    CloudSession session(&client, CloudProfile::demo(demo.authUrl()));
    session.auth()->setPassword(u"demo"_s);
    JobMonitor monitor{JobStore(dir.filePath(u"jobs.json"_s))};
    monitor.setSessionResolver([&](const QString &) { return &session; });
    JobTableModel model(&monitor);
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(JobTableModel::Progress, Qt::DescendingOrder);
    view.resize(1200, 800);
    view.show();

    // Cost of each model update, as the view sees it (the proxy re-sorts dynamically).
    QList<double> updateMs;
    QElapsedTimer updateClock;
    QObject::connect(
        &monitor,
        &JobMonitor::jobChanged,
        &model,
        [&] { updateClock.start(); },
        Qt::DirectConnection);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &view, [&] {
        if (updateClock.isValid())
            updateMs << double(updateClock.nsecsElapsed()) / 1e6;
        updateClock.invalidate(); // the once-a-second Elapsed refresh is not a poll's update
    });

    QHash<QString, qint64> endsAt; // local id -> when the cloud finished it (ms)
    for (const auto &[id, at] : std::as_const(created)) {
        const QString local = monitor.trackImsJob(u"demo"_s,
            u"demo"_s,
            CreationMethod::ImsEcs,
            u"bench"_s,
            id,
            QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
        endsAt.insert(local, at + qint64(jobSeconds * 1000));
    }

    QList<double> lateMs;
    int finished = 0;
    QObject::connect(&monitor, &JobMonitor::jobFinished, &app, [&](const QString &local) {
        lateMs << double(QDateTime::currentMSecsSinceEpoch() - endsAt.value(local));
        if (++finished == jobs)
            app.quit();
    });

    // Responsiveness: how late a 50 ms timer fires while all this runs.
    QList<double> lagMs;
    QElapsedTimer lagClock;
    lagClock.start();
    QTimer lagTimer;
    lagTimer.setInterval(50);
    QObject::connect(&lagTimer, &QTimer::timeout, &app, [&] {
        lagMs << std::max(0.0, double(lagClock.elapsed()) - 50.0);
        lagClock.restart();
    });
    lagTimer.start();

    // Steady state: CPU over the middle of the run, after the first burst of polls.
    double cpuStart = 0;
    qint64 cpuStartMs = 0;
    double steadyCpu = -1;
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(int(jobSeconds * 1000 * 0.25), &app, [&] {
        cpuStart = cpuSeconds();
        cpuStartMs = wall.elapsed();
    });
    QTimer::singleShot(int(jobSeconds * 1000 * 0.75), &app, [&] {
        steadyCpu = (cpuSeconds() - cpuStart) / (double(wall.elapsed() - cpuStartMs) / 1000.0);
    });
    QTimer::singleShot(int(jobSeconds * 1000 * 3 + 60000), &app, [&] {
        std::fprintf(stderr, "giving up: %d of %d jobs finished\n", finished, jobs);
        app.quit();
    });
    app.exec();

    const double fixedPolls = double(jobs) * std::ceil(jobSeconds / 2.0);
    std::printf(
        "jobs finished: %d of %d in %.1f s\n", finished, jobs, double(wall.elapsed()) / 1000.0);
    std::printf("polls: %d (%.2f per job); a fixed 2 s poll: %.0f (%.1f per job); ratio %.3f\n",
        monitor.pollCount(),
        double(monitor.pollCount()) / jobs,
        fixedPolls,
        fixedPolls / jobs,
        double(monitor.pollCount()) / fixedPolls);
    std::printf("end noticed after the cloud finished: median %.0f ms, p95 %.0f ms, max %.0f ms\n",
        percentile(lateMs, 0.5),
        percentile(lateMs, 0.95),
        percentile(lateMs, 1.0));
    std::printf("model update (jobChanged to dataChanged seen by the view): median %.3f ms, "
                "p99 %.3f ms, max %.3f ms over %lld updates\n",
        percentile(updateMs, 0.5),
        percentile(updateMs, 0.99),
        percentile(updateMs, 1.0),
        qlonglong(updateMs.size()));
    std::printf("event-loop lag of a 50 ms timer: median %.1f ms, p99 %.1f ms, max %.1f ms\n",
        percentile(lagMs, 0.5),
        percentile(lagMs, 0.99),
        percentile(lagMs, 1.0));
    std::printf(
        "steady-state CPU (25%%–75%% of the job time): %.1f%% of one core\n", steadyCpu * 100.0);
    std::printf("requests sent by the client: %d\n", client.sentCount());
    return finished == jobs ? 0 : 1;
}
