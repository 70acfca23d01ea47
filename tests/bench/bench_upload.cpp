// Upload throughput and memory: the whole Glance flow through the core (fresh token, create,
// streamed PUT with hashing, GET to active and verified) against the demo cloud process over
// loopback, next to curl doing create + `curl -T` PUT + GET against the same cloud. Prints
// figures; asserts nothing. Usage:
//   build/bin/bench_upload [--size-mib N] [--file PATH] [--no-curl] [--no-hash] [--qnam]
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/glancecreaterequest.h"
#include "jobs/jobmonitor.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

qint64 statusKiB(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// CPU seconds (user + system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// CPU seconds of another process (the demo cloud), from /proc/PID/stat.
double cpuSecondsOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // After "pid (comm) ", utime and stime are the 12th and 13th fields.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

double mibPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / (1024.0 * 1024.0) / (double(ms) / 1000.0) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(
        u"size-mib"_s, u"Size of the sparse test file."_s, u"MiB"_s, u"1024"_s);
    const QCommandLineOption fileOption(u"file"_s, u"Upload this file instead."_s, u"path"_s);
    const QCommandLineOption noCurl(u"no-curl"_s, u"Skip the curl baseline."_s);
    const QCommandLineOption noHash(
        u"no-hash"_s, u"Upload without computing digests (shows what hashing costs)."_s);
    const QCommandLineOption qnamOption(
        u"qnam"_s, u"Also upload through QNetworkAccessManager (the path before StreamUpload)."_s);
    parser.addOptions({sizeOption, fileOption, noCurl, noHash, qnamOption});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(fileOption);
    if (path.isEmpty()) {
        path = dir.filePath(u"bench.raw"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)
            || !f.resize(parser.value(sizeOption).toLongLong() << 20)) {
            std::fprintf(stderr, "cannot create the test file\n");
            return 1;
        }
    }
    const qint64 size = QFileInfo(path).size();
    {
        // Read it once, untimed: every run then reads it from the page cache. Otherwise the
        // first run pays for filling the cache (zeroing pages of a sparse file, or the disk)
        // and the runs after it do not.
        QFile warm(path);
        if (warm.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            QByteArray buffer(4 << 20, Qt::Uninitialized);
            while (warm.read(buffer.data(), buffer.size()) > 0) { }
        }
    }

    DemoCloudProcess demo;
    if (!demo.start()) {
        std::fprintf(stderr, "the demo cloud did not start\n");
        return 1;
    }
    std::printf("file: %s, %.1f MiB\n", qPrintable(path), double(size) / 1048576.0);

    // 1. Imagewright: token, create, PUT (hashed), GET until active and verified; with
    // --qnam, first once more through QNetworkAccessManager's upload path, for comparison.
    const auto imagewright = [&](bool streamUploads, const char *label) -> qint64 {
        const qint64 rssBefore = statusKiB("VmHWM:");
        RestOptions options;
        options.streamUploads = streamUploads;
        RestClient client(options);
        CloudSession session(&client, CloudProfile::demo(demo.authUrl()));
        session.auth()->setPassword(u"demo"_s);
        JobMonitor monitor(JobStore(dir.filePath(u"jobs-%1.json"_s.arg(streamUploads))));
        monitor.setSessionResolver([&session](const QString &) { return &session; });
        if (parser.isSet(noHash))
            monitor.setUploadDigests({});
        GlanceCreateRequest r;
        r.name = u"bench-upload"_s;
        r.diskFormat = u"raw"_s;
        r.minDisk = 1;
        r.osVersion = u"Ubuntu 22.04 server 64bit"_s;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        const double demoBefore = cpuSecondsOf(demo.processId());
        QElapsedTimer timer;
        timer.start();
        QSignalSpy finished(&monitor, &JobMonitor::jobFinished);
        QString localId;
        monitor.submitGlance(&session,
            r.name,
            id,
            r.toBodyWithId(id),
            path,
            &app,
            [&localId](const ApiError &, const QString &lid) { localId = lid; });
        if (!finished.wait(3600 * 1000)) {
            std::fprintf(stderr, "the upload did not finish\n");
            return -1;
        }
        const qint64 ms = timer.elapsed();
        const JobRecord &rec = monitor.at(monitor.rowOf(localId));
        std::printf("%s %lld ms, %.1f MiB/s, state %s, peak RSS %lld MiB (+%lld MiB), "
                    "CPU %.2f s (demo cloud %.2f s)\n",
            label,
            ms,
            mibPerSecond(size, ms),
            qPrintable(JobRecord::stateKey(rec.state)),
            statusKiB("VmHWM:") / 1024,
            (statusKiB("VmHWM:") - rssBefore) / 1024,
            cpuSeconds(RUSAGE_SELF) - cpuBefore,
            cpuSecondsOf(demo.processId()) - demoBefore);
        std::fflush(stdout);
        return rec.state == JobState::Succeeded ? ms : -1;
    };
    qint64 qnamMs = 0;
    if (parser.isSet(qnamOption) && (qnamMs = imagewright(false, "imagewright (QNAM):  ")) < 0)
        return 1;
    const qint64 ms = imagewright(true, "imagewright:         ");
    if (ms < 0)
        return 1;

    // 2. curl: token (already ours), create, curl -T, GET: the "curl -T" baseline.
    if (!parser.isSet(noCurl)) {
        const QString token = demo.token();
        const double demoBefore = cpuSecondsOf(demo.processId());
        QElapsedTimer curlTimer;
        curlTimer.start();
        const auto created = demo.post(u"/v2/images"_s,
            {{u"name"_s, u"bench-curl"_s},
                {u"disk_format"_s, u"raw"_s},
                {u"container_format"_s, u"bare"_s}},
            token);
        const QString curlId = created.object().value(u"id"_s).toString();
        QProcess curl;
        curl.start(u"curl"_s,
            {u"-sS"_s,
                u"-o"_s,
                u"/dev/null"_s,
                u"-w"_s,
                u"%{http_code}"_s,
                u"-T"_s,
                path,
                u"-H"_s,
                u"Content-Type: application/octet-stream"_s,
                u"-H"_s,
                u"X-Auth-Token: "_s + token,
                demo.url(u"/v2/images/%1/file"_s.arg(curlId)).toString()});
        curl.waitForFinished(3600 * 1000);
        const auto shown = demo.get(u"/v2/images/"_s + curlId, token);
        const qint64 curlMs = curlTimer.elapsed();
        std::printf("curl -T:             %lld ms, %.1f MiB/s, HTTP %s, image %s, "
                    "CPU %.2f s (demo cloud %.2f s)\n",
            curlMs,
            mibPerSecond(size, curlMs),
            curl.readAllStandardOutput().constData(),
            qPrintable(shown.object().value(u"status"_s).toString()),
            cpuSeconds(RUSAGE_CHILDREN),
            cpuSecondsOf(demo.processId()) - demoBefore);
        std::printf("ratio imagewright/curl throughput: %.2f\n", double(curlMs) / double(ms));
        if (qnamMs > 0)
            std::printf("ratio imagewright (QNAM)/curl throughput: %.2f\n",
                double(curlMs) / double(qnamMs));
    }
    return 0;
}
