// Upload throughput and memory: the whole Glance flow through the core (fresh token, create,
// streamed PUT with hashing, GET to active and verified) against the demo cloud process over
// loopback, next to curl doing create + `curl -T` PUT + GET against the same cloud. Prints
// figures; asserts nothing. Usage:
//   build/bin/bench_upload [--size-mib N] [--file PATH] [--no-curl] [--no-hash]
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
    parser.addOptions({sizeOption, fileOption, noCurl, noHash});
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

    DemoCloudProcess demo;
    if (!demo.start()) {
        std::fprintf(stderr, "the demo cloud did not start\n");
        return 1;
    }
    std::printf("file: %s, %.1f MiB\n", qPrintable(path), double(size) / 1048576.0);

    // 1. Imagewright: token, create, PUT (hashed), GET until active and verified.
    const qint64 rssBefore = statusKiB("VmHWM:");
    RestClient client;
    CloudSession session(&client, CloudProfile::demo(demo.authUrl()));
    session.auth()->setPassword(u"demo"_s);
    JobMonitor monitor(JobStore(dir.filePath(u"jobs.json"_s)));
    monitor.setSessionResolver([&session](const QString &) { return &session; });
    if (parser.isSet(noHash))
        monitor.setUploadDigests({});
    GlanceCreateRequest r;
    r.name = u"bench-upload"_s;
    r.diskFormat = u"raw"_s;
    r.minDisk = 1;
    r.osVersion = u"Ubuntu 22.04 server 64bit"_s;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
        return 1;
    }
    const qint64 ms = timer.elapsed();
    const JobRecord &rec = monitor.at(monitor.rowOf(localId));
    std::printf("imagewright: %lld ms, %.1f MiB/s, state %s, peak RSS %lld MiB (+%lld MiB)\n",
        ms,
        mibPerSecond(size, ms),
        qPrintable(JobRecord::stateKey(rec.state)),
        statusKiB("VmHWM:") / 1024,
        (statusKiB("VmHWM:") - rssBefore) / 1024);

    // 2. curl: token (already ours), create, curl -T, GET: the "curl -T" baseline.
    if (!parser.isSet(noCurl)) {
        const QString token = demo.token();
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
        std::printf("curl -T:     %lld ms, %.1f MiB/s, HTTP %s, image %s\n",
            curlMs,
            mibPerSecond(size, curlMs),
            curl.readAllStandardOutput().constData(),
            qPrintable(shown.object().value(u"status"_s).toString()));
        std::printf("ratio imagewright/curl throughput: %.2f\n", double(curlMs) / double(ms));
    }
    return 0;
}
