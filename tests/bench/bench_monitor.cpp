// Benchmark (prints figures; not a test), two parts against the real demo cloud process over
// loopback, on the wall clock. interfaces.md §8.
// 1. Scale: N live IMS jobs followed by one JobMonitor shown in the app's job monitor view
//    (JobMonitorView: the table model, the filter proxy, the table with its delegates and the
//    details pane; or with --view table a bare QTableView on the model and proxy), sorted by
//    Progress (or with --sort started newest first), offscreen: requests per job against a fixed
//    2-second poll, how late each end was noticed, the cost of a poll tick's model update,
//    event-loop lag (responsiveness), steady-state CPU, RSS.
// 2. Per kind (IMS, Nova, Cinder, Glance): the same jobs followed at the same time by two
//    monitors, one with the adaptive PollPolicy and one polling every 2 s: requests per job and
//    time to notice the end, for each.
// The load average is printed with the figures: the machine is shared.
//
//   bench_monitor [--jobs 1000] [--job-seconds 60] [--kind-jobs 5] [--skip-scale] [--skip-kinds]
//                 [--tls] [--qnam] [--view monitor|table] [--sort progress|started]
#include <algorithm>
#include <cstdio>
#include <memory>
#include <numeric>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QPaintEvent>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/glancecreaterequest.h"
#include "jobs/jobfilterproxy.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobtablemodel.h"
#include "monitor/jobmonitorview.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"
#include "support/testcertificates.h"

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

/// Counts the paint events of a widget and the share of it each repaints (in the CPU window).
class RepaintCounter final : public QObject
{
public:
    explicit RepaintCounter(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    bool counting = false;
    int paints = 0;
    double area = 0; // in widgets' worth

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (counting && event->type() == QEvent::Paint) {
            ++paints;
            qint64 pixels = 0;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                pixels += qint64(r.width()) * r.height();
            area += double(pixels) / std::max(1, m_widget->width() * m_widget->height());
        }
        return false;
    }

private:
    QWidget *m_widget;
};

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// VmRSS / VmHWM of this process in MiB, from /proc/self/status.
double procStatusMiB(const QByteArray &key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

QByteArray loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.mid(0, 3).join(' ');
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

bool g_qnamQueries = false; // --qnam: GETs through QNetworkAccessManager, for comparison
enum class BenchView
{
    Monitor, // the app's JobMonitorView
    Table,   // a bare QTableView on the model and proxy (sessions 12-16's figures)
};
BenchView g_view = BenchView::Monitor;
int g_sortColumn = JobTableModel::Progress; // --sort: progress (re-sorted every second) or started

bool runScale(
    QApplication &app, DemoCloudProcess &demo, int jobs, double jobSeconds, const QString &caPath)
{
    std::printf("== scale: %d IMS jobs of %.0f s over %s, load average %s\n",
        jobs,
        jobSeconds,
        caPath.isEmpty() ? "HTTP" : "HTTPS",
        loadAverage().constData());
    std::fflush(stdout);
    const QString token = demo.token();
    QObject scope; // what this part arms ends with it

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
            return false;
        }
        created.append({id, QDateTime::currentMSecsSinceEpoch()});
    }
    std::printf("created %d jobs in %.1f s\n", jobs, double(setup.elapsed()) / 1000.0);

    QTemporaryDir dir;
    RestOptions options;
    options.keptAliveQueries = !g_qnamQueries;
    RestClient client(options);
    std::printf("GETs through %s\n",
        g_qnamQueries ? "QNetworkAccessManager (--qnam)" : "QueryConnections (kept alive)");
    CloudProfile profile = CloudProfile::demo(demo.authUrl());
    if (!caPath.isEmpty()) {
        profile.tlsMode = TlsMode::CaBundle;
        profile.caBundlePath = caPath;
    }
    CloudSession session(&client, profile);
    session.auth()->setPassword(u"demo"_s);
    JobMonitor monitor{JobStore(dir.filePath(u"jobs.sqlite"_s))};
    monitor.setSessionResolver([&](const QString &) { return &session; });
    // A poll tick's model update: from the model's dataChanged to the end of what the sorting
    // proxy and the view do with it (slots run in connection order: first, proxy, last). Only
    // with --view table: the monitor's view connects its proxy before the bench could.
    QList<double> tickMs;
    QElapsedTimer tickClock;
    std::unique_ptr<JobTableModel> ownModel;
    std::unique_ptr<JobFilterProxy> ownProxy;
    std::unique_ptr<QWidget> shown;
    JobTableModel *modelPtr = nullptr;
    QTableView *view = nullptr;
    if (g_view == BenchView::Table) {
        ownModel = std::make_unique<JobTableModel>(&monitor);
        QObject::connect(
            ownModel.get(),
            &QAbstractItemModel::dataChanged,
            ownModel.get(),
            [&] { tickClock.start(); },
            Qt::DirectConnection);
        ownProxy = std::make_unique<JobFilterProxy>();
        ownProxy->setSourceModel(ownModel.get());
        auto table = std::make_unique<QTableView>();
        table->setModel(ownProxy.get());
        table->setSortingEnabled(true);
        table->resize(1200, 800);
        modelPtr = ownModel.get();
        view = table.get();
        shown = std::move(table);
    } else {
        // The app's own job monitor (delegates, details pane) at the main window's first size.
        auto monitorView = std::make_unique<JobMonitorView>(&monitor);
        monitorView->resize(1100, 650);
        modelPtr = monitorView->model();
        view = monitorView->table();
        shown = std::move(monitorView);
    }
    JobTableModel &model = *modelPtr;
    view->sortByColumn(g_sortColumn, Qt::DescendingOrder);
    shown->show();
    std::printf("view: %s, %dx%d, sorted by %s\n",
        g_view == BenchView::Table ? "a QTableView (--view table)" : "the app's job monitor",
        shown->width(),
        shown->height(),
        g_sortColumn == JobTableModel::Progress ? "Progress (re-sorted as the jobs move on)"
                                                : "Started (the app's first order)");
    QObject::connect(
        &model,
        &QAbstractItemModel::dataChanged,
        &model,
        [&] {
            if (tickClock.isValid())
                tickMs << double(tickClock.nsecsElapsed()) / 1e6;
        },
        Qt::DirectConnection);

    // Cost of each model update, as the view sees it (the proxy re-sorts dynamically).
    QList<double> updateMs;
    QElapsedTimer updateClock;
    QObject::connect(
        &monitor,
        &JobMonitor::jobChanged,
        &model,
        [&] { updateClock.start(); },
        Qt::DirectConnection);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, view, [&] {
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
    RepaintCounter repaints(view->viewport());

    // Steady state: CPU over the middle of the run, after the first burst of polls.
    // The requests sent in that window tell a change in what a request costs from a change in
    // how many were sent: the second varies from run to run with the schedule.
    double cpuStart = 0;
    qint64 cpuStartMs = 0;
    int sentAtStart = 0;
    double steadyCpu = -1;
    double steadySeconds = 0;
    int steadyRequests = 0;
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(int(jobSeconds * 1000 * 0.25), &scope, [&] {
        cpuStart = cpuSeconds();
        cpuStartMs = wall.elapsed();
        sentAtStart = client.sentCount();
        repaints.counting = true;
    });
    QTimer::singleShot(int(jobSeconds * 1000 * 0.75), &scope, [&] {
        steadySeconds = double(wall.elapsed() - cpuStartMs) / 1000.0;
        steadyCpu = (cpuSeconds() - cpuStart) / steadySeconds;
        steadyRequests = client.sentCount() - sentAtStart;
        repaints.counting = false;
    });
    QTimer::singleShot(int(jobSeconds * 1000 * 3 + 60000), &scope, [&] {
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
    if (steadyRequests > 0 && steadySeconds > 0) {
        std::printf("  in that window: %d requests (%.1f a second), %.2f ms of CPU per request "
                    "(everything included)\n",
            steadyRequests,
            steadyRequests / steadySeconds,
            steadyCpu * steadySeconds * 1000.0 / steadyRequests);
        std::printf(
            "  the table repainted %.1f times a second, on average %.0f%% of it each time\n",
            repaints.paints / steadySeconds,
            repaints.paints > 0 ? repaints.area * 100.0 / repaints.paints : 0.0);
    }
    if (g_view == BenchView::Table) {
        std::printf("poll tick's model update (dataChanged through the sorting proxy and the "
                    "view): median %.3f ms, p99 %.3f ms, max %.3f ms over %lld updates\n",
            percentile(tickMs, 0.5),
            percentile(tickMs, 0.99),
            percentile(tickMs, 1.0),
            qlonglong(tickMs.size()));
    } else {
        std::printf("poll tick's model update: measured with --view table only\n");
    }
    std::printf(
        "RSS: %.1f MiB now, %.1f MiB peak\n", procStatusMiB("VmRSS"), procStatusMiB("VmHWM"));
    std::printf("requests sent by the client: %d\n", client.sentCount());
    std::printf("load average after: %s\n", loadAverage().constData());
    std::fflush(stdout);
    return finished == jobs;
}

// --- Part 2: requests per job and time to notice the end, per kind, adaptive vs fixed 2 s ---

struct KindJob
{
    JobRecord record;
    qint64 endsAtMs = -1; // when the cloud finishes it (wall clock); -1: known at the upload's end
};

struct Follower
{
    QString label;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<JobMonitor> monitor;
    QHash<QString, qint64> endsAt; // local id -> the cloud's end (ms since epoch)
    QHash<QString, CreationMethod> kinds;
    QHash<int, QList<double>> lateMs; // per int(CreationMethod)
    QHash<int, int> polls;
    QHash<int, int> jobs;
    int finished = 0;
};

JobRecord kindRecord(CreationMethod method, const QString &name, qint64 createdMs)
{
    JobRecord r;
    r.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.method = method;
    r.profileId = u"demo"_s;
    r.cloudLabel = u"demo"_s;
    r.name = name;
    r.state = JobState::Running;
    r.created = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    r.addEvent(u"bench"_s, r.created);
    return r;
}

// Creates `perPolicy` jobs of each kind with raw requests (Glance: only the image, its upload is
// the monitor's); returns them in creation order.
QList<KindJob> createKindJobs(DemoCloudProcess &demo, int count, double jobSeconds)
{
    const QString token = demo.token();
    const QString project = demo.projectId();
    const qint64 duration = qint64(jobSeconds * 1000);
    QList<KindJob> out;
    for (int i = 0; i < count; ++i) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto reply = demo.post(u"/v2/cloudimages/action"_s,
            {{u"name"_s, u"kind-ims-%1"_s.arg(i)},
                {u"instance_id"_s, u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s}},
            token);
        KindJob j{kindRecord(CreationMethod::ImsEcs, u"kind-ims"_s, now), now + duration};
        j.record.jobId = reply.object().value(u"job_id"_s).toString();
        if (!j.record.jobId.isEmpty())
            out << j;
    }
    const QJsonArray servers = demo.get(u"/v2.1/%1/servers/detail"_s.arg(project), token)
                                   .object()
                                   .value(u"servers"_s)
                                   .toArray();
    int nova = 0;
    for (const QJsonValue &v : servers) {
        const QString status = v.toObject().value(u"status"_s).toString();
        if (nova == count || (status != u"ACTIVE" && status != u"SHUTOFF"))
            continue;
        const QString id = v.toObject().value(u"id"_s).toString();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto reply = demo.post(u"/v2.1/%1/servers/%2/action"_s.arg(project, id),
            {{u"createImage"_s, QJsonObject{{u"name"_s, u"kind-nova-%1"_s.arg(nova)}}}},
            token);
        const QString image = QString::fromUtf8(reply.header("Location")).section(u'/', -1);
        if (reply.status != 202 || image.isEmpty())
            continue;
        KindJob j{kindRecord(CreationMethod::NovaCreateImage, u"kind-nova"_s, now), now + duration};
        j.record.serverId = id;
        j.record.imageIds = {image};
        out << j;
        ++nova;
    }
    const QJsonArray volumes = demo.get(u"/v3/%1/volumes/detail"_s.arg(project), token)
                                   .object()
                                   .value(u"volumes"_s)
                                   .toArray();
    int cinder = 0;
    for (const QJsonValue &v : volumes) {
        const QString status = v.toObject().value(u"status"_s).toString();
        if (cinder == count || (status != u"available" && status != u"in-use"))
            continue;
        const QString id = v.toObject().value(u"id"_s).toString();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto reply = demo.post(u"/v3/%1/volumes/%2/action"_s.arg(project, id),
            {{u"os-volume_upload_image"_s,
                QJsonObject{
                    {u"image_name"_s, u"kind-cinder-%1"_s.arg(cinder)}, {u"force"_s, true}}}},
            token);
        const QString image = reply.object()
                                  .value(u"os-volume_upload_image"_s)
                                  .toObject()
                                  .value(u"image_id"_s)
                                  .toString();
        if (reply.status != 202 || image.isEmpty())
            continue;
        KindJob j{
            kindRecord(CreationMethod::CinderUploadToImage, u"kind-cinder"_s, now), now + duration};
        j.record.volumeId = id;
        j.record.volumeStatus = u"uploading"_s;
        j.record.imageIds = {image};
        out << j;
        ++cinder;
    }
    return out;
}

void printKinds(const Follower &f, const Follower &fixed)
{
    for (CreationMethod kind : {CreationMethod::ImsEcs,
             CreationMethod::NovaCreateImage,
             CreationMethod::CinderUploadToImage,
             CreationMethod::GlanceCreateUpload}) {
        const int n = f.jobs.value(int(kind));
        const int nf = fixed.jobs.value(int(kind));
        if (n == 0 || nf == 0)
            continue;
        const double perJob = double(f.polls.value(int(kind))) / n;
        const double perJobFixed = double(fixed.polls.value(int(kind))) / nf;
        std::printf("%-7s %2d+%2d jobs | adaptive: %5.2f requests/job, end noticed median %5.1f s, "
                    "max %5.1f s | fixed 2 s: %5.2f requests/job, median %4.1f s, max %4.1f s | "
                    "ratio %.3f\n",
            qPrintable(CreationMethods::key(kind)),
            n,
            nf,
            perJob,
            percentile(f.lateMs.value(int(kind)), 0.5) / 1000.0,
            percentile(f.lateMs.value(int(kind)), 1.0) / 1000.0,
            perJobFixed,
            percentile(fixed.lateMs.value(int(kind)), 0.5) / 1000.0,
            percentile(fixed.lateMs.value(int(kind)), 1.0) / 1000.0,
            perJobFixed > 0 ? perJob / perJobFixed : 0.0);
    }
}

bool runKinds(QApplication &app, DemoCloudProcess &demo, int perPolicy, double jobSeconds)
{
    std::printf("== per kind: %d jobs per kind and policy, %.0f s each, load average %s\n",
        perPolicy,
        jobSeconds,
        loadAverage().constData());
    std::fflush(stdout);
    RestClient client;
    CloudSession session(&client, CloudProfile::demo(demo.authUrl()));
    session.auth()->setPassword(u"demo"_s);

    PollPolicy fixedPolicy;
    fixedPolicy.first = fixedPolicy.minimum = fixedPolicy.maximum = fixedPolicy.predictedMaximum =
        std::chrono::milliseconds(2000);
    fixedPolicy.growth = 1.0;
    fixedPolicy.jitter = 0.0;
    Follower followers[2];
    followers[0].label = u"adaptive"_s;
    followers[1].label = u"fixed"_s;
    // Both sets are made before either monitor starts, so both follow jobs of the same age.
    const QList<KindJob> created = createKindJobs(demo, 2 * perPolicy, jobSeconds);
    QHash<int, int> seen;
    int total = 0;
    for (int i = 0; i < 2; ++i) {
        Follower &f = followers[i];
        f.dir = std::make_unique<QTemporaryDir>();
        f.monitor = std::make_unique<JobMonitor>(JobStore(f.dir->filePath(u"jobs.sqlite"_s)));
        if (i == 1)
            f.monitor->setPollPolicy(fixedPolicy);
        f.monitor->setSessionResolver([&](const QString &) { return &session; });
    }
    QList<JobRecord> sets[2];
    for (const KindJob &j : created) {
        const int which = seen[int(j.record.method)]++ % 2; // alternate: same ages in both sets
        Follower &f = followers[which];
        sets[which] << j.record;
        f.endsAt.insert(j.record.localId, j.endsAtMs);
        f.kinds.insert(j.record.localId, j.record.method);
        ++f.jobs[int(j.record.method)];
        ++total;
    }
    for (int i = 0; i < 2; ++i) {
        QString error;
        if (!JobStore(followers[i].dir->filePath(u"jobs.sqlite"_s)).save(sets[i], &error)) {
            std::fprintf(stderr, "store: %s\n", qPrintable(error));
            return false;
        }
    }
    // Requests per job: the polls each monitor sent for each of its jobs (JobMonitor::pollsOf).
    for (Follower &f : followers) {
        QObject::connect(f.monitor.get(),
            &JobMonitor::jobFinished,
            &app,
            [&f, &total, &app, &followers](const QString &local) {
                const qint64 endsAt = f.endsAt.value(local);
                f.lateMs[int(f.kinds.value(local))]
                    << double(QDateTime::currentMSecsSinceEpoch() - endsAt);
                ++f.finished;
                if (followers[0].finished + followers[1].finished == total)
                    app.quit();
            });
    }
    // Glance: each monitor uploads its own small files (the upload's answer is the cloud's end).
    for (Follower &f : followers) {
        QObject::connect(f.monitor.get(),
            &JobMonitor::uploadEnded,
            &app,
            [&f](const QString &local, const ApiError &) {
                f.endsAt.insert(local, QDateTime::currentMSecsSinceEpoch());
            });
    }
    QTemporaryDir files;
    QByteArray bytes(8 * 1024 * 1024, 'x');
    int glanceJobs = 0;
    for (int i = 0; i < 2 * perPolicy; ++i) {
        Follower &f = followers[i % 2];
        const QString path = files.filePath(u"image-%1.raw"_s.arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
        file.close();
        GlanceCreateRequest g;
        g.flavour = GlanceCreateRequest::Flavour::Huawei;
        g.name = u"kind-glance-%1"_s.arg(i);
        g.diskFormat = u"raw"_s;
        g.minDisk = 40;
        g.osVersion = u"Ubuntu 22.04 server 64bit"_s;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        f.monitor->submitGlance(&session,
            g.name,
            id,
            g.toBodyWithId(id),
            path,
            &app,
            [&f](const ApiError &, const QString &local) {
                if (!local.isEmpty())
                    f.kinds.insert(local, CreationMethod::GlanceCreateUpload);
            });
        ++f.jobs[int(CreationMethod::GlanceCreateUpload)];
        ++glanceJobs;
    }
    total += glanceJobs;
    for (Follower &f : followers)
        f.monitor->restore();

    QObject scope;
    QTimer::singleShot(int(jobSeconds * 1000 * 2 + 60000), &scope, [&] {
        std::fprintf(stderr,
            "giving up: %d of %d jobs finished\n",
            followers[0].finished + followers[1].finished,
            total);
        app.quit();
    });
    app.exec();
    // Requests per job per kind: the polls each monitor sent for the jobs of that kind.
    for (Follower &f : followers) {
        for (int row = 0; row < f.monitor->count(); ++row) {
            const JobRecord &r = f.monitor->at(row);
            f.polls[int(r.method)] += f.monitor->pollsOf(r.localId);
        }
    }
    printKinds(followers[0], followers[1]);
    std::printf("load average after: %s\n", loadAverage().constData());
    std::fflush(stdout);
    return followers[0].finished + followers[1].finished == total;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"jobs"_s, u"live jobs (scale part)"_s, u"n"_s, u"1000"_s});
    parser.addOption({u"job-seconds"_s, u"duration of each job"_s, u"s"_s, u"60"_s});
    parser.addOption(
        {u"kind-jobs"_s, u"jobs per kind and policy (per-kind part)"_s, u"n"_s, u"5"_s});
    parser.addOption({u"skip-scale"_s, u"only the per-kind part"_s});
    parser.addOption({u"skip-kinds"_s, u"only the scale part"_s});
    parser.addOption(
        {u"tls"_s, u"serve HTTPS (a private CA made with openssl), as real clouds do"_s});
    parser.addOption({u"qnam"_s,
        u"send the polls through QNetworkAccessManager instead of QueryConnections, for "
        u"comparison"_s});
    parser.addOption({u"view"_s,
        u"what shows the jobs: monitor (the app's job monitor, default) or table (a bare "
        u"QTableView of 1200x800, as measured before session 17)"_s,
        u"view"_s,
        u"monitor"_s});
    parser.addOption({u"sort"_s,
        u"the column the view is sorted by: progress (default: rows move as the jobs move on) "
        u"or started (the app's first order, newest first)"_s,
        u"column"_s,
        u"progress"_s});
    parser.addHelpOption();
    parser.process(app);
    if (parser.value(u"sort"_s) == u"started")
        g_sortColumn = JobTableModel::Started;
    else if (parser.value(u"sort"_s) != u"progress")
        parser.showHelp(2);
    g_qnamQueries = parser.isSet(u"qnam"_s);
    if (parser.value(u"view"_s) == u"table")
        g_view = BenchView::Table;
    else if (parser.value(u"view"_s) != u"monitor")
        parser.showHelp(2);
    const int jobs = parser.value(u"jobs"_s).toInt();
    const double jobSeconds = parser.value(u"job-seconds"_s).toDouble();
    const int kindJobs = parser.value(u"kind-jobs"_s).toInt();

    DemoCloudProcess demo;
    demo.setJobSeconds(jobSeconds);
    QTemporaryDir certs;
    QString caPath;
    if (parser.isSet(u"tls"_s)) {
        if (!TestCertificates::make(certs.path())) // ca.pem, server.pem, server.key
            return 1;
        caPath = certs.filePath(u"ca.pem"_s);
        demo.setTls(certs.filePath(u"server.pem"_s), certs.filePath(u"server.key"_s), caPath);
    }
    if (!demo.start())
        return 1;
    bool ok = true;
    if (!parser.isSet(u"skip-scale"_s))
        ok &= runScale(app, demo, jobs, jobSeconds, caPath);
    if (!parser.isSet(u"skip-kinds"_s))
        ok &= runKinds(app, demo, kindJobs, jobSeconds);
    return ok ? 0 : 1;
}
