// Method ims-local-file against the demo cloud's OBS stand-in and IMS: `imagewright submit
// --wait` takes a local file to an active image (multipart upload with small parts, then the IMS
// import of bucket:object); a kill -9 mid-upload, then `imagewright watch` completes it sending
// only the missing parts (counted in the demo's request log); a COLD, other-region or missing
// bucket is refused before a byte is sent; keep_object false deletes the object once the image
// is active; a cancel during the upload aborts the multipart upload (ListMultipartUploads
// empty afterwards); and a RAW quick import puts its bitmap NAME.mf beside the object, also when
// the process was killed between the two (the object is not sent again).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "cli/obscommand.h"
#include "cli/obsprofile.h"
#include "create/requestfile.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "jobs/jobstore.h"
#include "net/restclient.h"
#include "obs/s3client.h"
#include "support/clirun.h"
#include "support/democloudprocess.h"
#include "support/demosession.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {
const QString Bucket = u"imagewright-demo"_s;
constexpr qint64 MiB = 1024 * 1024;

bool makeFile(const QString &path, qint64 size, char seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(int(MiB), '\0');
    for (int i = 0; i < block.size(); ++i)
        block[i] = char((i * 31 + seed) & 0xff);
    for (qint64 left = size; left > 0; left -= block.size())
        f.write(block.constData(), std::min<qint64>(left, block.size()));
    return f.size() == size;
}

QHash<QString, QString> linesOf(const QString &out)
{
    QHash<QString, QString> lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            lines.insert(line.left(eq), line.mid(eq + 1));
    }
    return lines;
}
} // namespace

class tst_LocalFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fileToActiveImage();
    void keepObjectFalseDeletesTheObject();
    void killedUploadResumedByWatch();
    void changedFileRefusedOnResume();
    void unusableBucketRefusedBeforeAnyByte_data();
    void unusableBucketRefusedBeforeAnyByte();
    void cancelAbortsTheMultipartUpload();
    void secondProcessDoesNotUploadTheSameJob();
    void rawQuickImportBitmapResumedAfterAKill();
    void importRefusedForBucketAccessSaysWhatToDo();

private:
    /// A file of `size` bytes and a request to upload it to `bucket` as `object`.
    QString writeRequest(const QString &bucket,
        const QString &object,
        qint64 size,
        bool keepObject = true,
        const QString &name = u"local-file"_s);
    /// The demo cloud answers the first `answered` part PUTs to `path` at once and then holds
    /// every answer for 60 s: the upload is in flight (and a killed client has parts stored).
    void holdPartAnswersAfter(const QString &path, int answered);
    CliRun run(const QStringList &arguments, int timeoutMs = 120000);
    QProcessEnvironment environment() const;

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_home;
};

void tst_LocalFile::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    m_demo.setJobSeconds(1.5);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_LocalFile::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
}

void tst_LocalFile::holdPartAnswersAfter(const QString &path, int answered)
{
    if (answered > 0) {
        m_demo.addFault({{u"method"_s, u"PUT"_s},
            {u"path"_s, path},
            {u"kind"_s, u"hold"_s},
            {u"hold_ms"_s, 0},
            {u"count"_s, answered}});
    }
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, path},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 60000},
        {u"count"_s, 100}});
}

QString tst_LocalFile::writeRequest(const QString &bucket,
    const QString &object,
    qint64 size,
    bool keepObject,
    const QString &name)
{
    const QString file = m_home->filePath(name + u".raw"_s);
    if (!makeFile(file, size, char(size & 0x7f)))
        return {};
    const QJsonObject root{{u"format"_s, 1},
        {u"method"_s, u"ims-local-file"_s},
        {u"params"_s,
            QJsonObject{{u"file"_s, QString(name + u".raw"_s)},
                {u"bucket"_s, bucket},
                {u"object"_s, object},
                {u"keep_object"_s, QJsonValue(keepObject)}}},
        {u"body"_s,
            QJsonObject{{u"name"_s, name},
                {u"min_disk"_s, 40},
                {u"os_version"_s, u"Ubuntu 22.04 server 64bit"_s}}}};
    const QString path = m_home->filePath(name + u".json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(root).toJson());
    return path;
}

QProcessEnvironment tst_LocalFile::environment() const
{
    return demoCliEnvironment(m_home->path(), m_demo.authUrl());
}

CliRun tst_LocalFile::run(const QStringList &arguments, int timeoutMs)
{
    return runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        arguments,
        environment(),
        timeoutMs,
        u"tst_localfile-cli.log"_s);
}

void tst_LocalFile::fileToActiveImage()
{
    const QString request =
        writeRequest(Bucket, u"uploads/local-12.raw"_s, 12 * MiB + 12345, true, u"local-12"_s);
    QVERIFY(!request.isEmpty());
    const CliRun r =
        run({u"submit"_s, request, u"--wait"_s, u"--part-size"_s, u"5"_s, u"--parts"_s, u"2"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto lines = linesOf(r.out);
    QVERIFY(!lines.value(u"job_id"_s).isEmpty());
    QCOMPARE(lines.value(u"status"_s), u"succeeded"_s);
    QVERIFY(!lines.value(u"image_id"_s).isEmpty());
    QVERIFY2(r.err.contains(u"Uploading to OBS: 100%"_s), qPrintable(r.err));
    // Three parts of 5 MiB (the last 2 MiB), each sent once; one import of bucket:object.
    QCOMPARE(m_demo.countRequests("PUT", u"/imagewright-demo/uploads/local-12.raw"_s), 3);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    // The object is complete in the bucket and kept (keep_object defaults to true).
    QCOMPARE(m_demo.countRequests("DELETE", u"/imagewright-demo/"_s), 0);
    const CliRun listed = run({u"images"_s, u"show"_s, lines.value(u"image_id"_s), u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    // The job in the store went through its phases: upload, import (IMS job), active.
    const QList<JobRecord> jobs =
        JobStore(m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s)).load();
    QCOMPARE(jobs.size(), 1);
    const JobRecord &job = jobs.first();
    QCOMPARE(job.method, CreationMethod::ImsLocalFile);
    QCOMPARE(job.state, JobState::Succeeded);
    QCOMPARE(job.upload, JobRecord::Upload::Done);
    QVERIFY(!job.jobId.isEmpty());
    QVERIFY(job.obsImport.has_value());
    QCOMPARE(job.obsImport->partsDone(), 3);
    QCOMPARE(job.obsImport->upload.partSize, 5 * MiB);
    QVERIFY(job.obsImport->etag.endsWith(u"-3"_s));
}

void tst_LocalFile::keepObjectFalseDeletesTheObject()
{
    const QString request =
        writeRequest(Bucket, u"uploads/local-drop.raw"_s, 6 * MiB, false, u"local-drop"_s);
    QVERIFY(!request.isEmpty());
    const CliRun r = run({u"submit"_s, request, u"--wait"_s, u"--part-size"_s, u"5"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(linesOf(r.out).value(u"status"_s), u"succeeded"_s);
    QCOMPARE(m_demo.countRequests("DELETE", u"/imagewright-demo/uploads/local-drop.raw"_s), 1);
    const QList<JobRecord> jobs =
        JobStore(m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s)).load();
    QCOMPARE(jobs.size(), 1);
    QVERIFY(jobs.first().obsImport && jobs.first().obsImport->objectDeleted);
}

void tst_LocalFile::killedUploadResumedByWatch()
{
    const QString key = u"uploads/local-kill.raw"_s;
    const QString path = u"/imagewright-demo/"_s + key;
    const QString request = writeRequest(Bucket, key, 17 * MiB, true, u"local-kill"_s);
    QVERIFY(!request.isEmpty());
    // Parts 1 and 2 answered; part 3 stored but its answer held: the client is killed then.
    holdPartAnswersAfter(path, 2);
    QProcess submit;
    submit.setProcessEnvironment(environment());
    submit.start(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"submit"_s, request, u"--wait"_s, u"--part-size"_s, u"5"_s, u"--parts"_s, u"1"_s});
    QVERIFY(submit.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return m_demo.countRequests("PUT", path) >= 3; }, 60000));
    // The two confirmed parts are in the job store before the third is sent.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<JobRecord> jobs =
                JobStore(m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s)).load();
            return jobs.size() == 1 && jobs.first().obsImport
                && jobs.first().obsImport->partsDone() == 2;
        }(),
        10000);
    submit.kill(); // SIGKILL: no chance to tidy up
    QVERIFY(submit.waitForFinished(10000));
    const QString jobId =
        linesOf(QString::fromUtf8(submit.readAllStandardOutput())).value(u"job_id"_s);
    QVERIFY(!jobId.isEmpty());
    m_demo.clearFaults();
    m_demo.clearRequests();

    const CliRun watched = run({u"watch"_s, jobId});
    QVERIFY2(watched.exitCode == 0, qPrintable(watched.err));
    const auto lines = linesOf(watched.out);
    QCOMPARE(lines.value(u"status"_s), u"succeeded"_s);
    QVERIFY(!lines.value(u"image_id"_s).isEmpty());
    // ListParts said 1-3 are there (3 hashed here and accepted): only part 4 was sent.
    QCOMPARE(m_demo.countRequests("GET", path), 1);
    QCOMPARE(m_demo.countRequests("PUT", path), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
}

void tst_LocalFile::changedFileRefusedOnResume()
{
    const QString key = u"uploads/local-changed.raw"_s;
    const QString path = u"/imagewright-demo/"_s + key;
    const QString request = writeRequest(Bucket, key, 12 * MiB, true, u"local-changed"_s);
    QVERIFY(!request.isEmpty());
    holdPartAnswersAfter(path, 0);
    QProcess submit;
    submit.setProcessEnvironment(environment());
    submit.start(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"submit"_s, request, u"--part-size"_s, u"5"_s, u"--parts"_s, u"1"_s});
    QVERIFY(submit.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return m_demo.countRequests("PUT", path) >= 1; }, 60000));
    submit.kill();
    QVERIFY(submit.waitForFinished(10000));
    const QString jobId =
        linesOf(QString::fromUtf8(submit.readAllStandardOutput())).value(u"job_id"_s);
    QVERIFY(!jobId.isEmpty());
    m_demo.clearFaults();
    m_demo.clearRequests();
    // The file grows after the upload started: its parts no longer describe it.
    QFile file(m_home->filePath(u"local-changed.raw"_s));
    QVERIFY(file.open(QIODevice::Append));
    QVERIFY(file.write("x", 1) == 1);
    file.close();

    const CliRun watched = run({u"watch"_s, jobId});
    QCOMPARE(watched.exitCode, 2);
    QVERIFY2(watched.err.contains(u"has changed since the upload started"_s), qPrintable(watched.err));
    QCOMPARE(linesOf(watched.out).value(u"status"_s), u"incomplete"_s);
    QCOMPARE(m_demo.countRequests("PUT", path), 0);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);
}

void tst_LocalFile::unusableBucketRefusedBeforeAnyByte_data()
{
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("said");
    QTest::newRow("cold") << u"imagewright-demo-cold"_s << u"COLD"_s;
    QTest::newRow("other region") << u"imagewright-demo-2"_s << u"demo-2"_s;
    QTest::newRow("missing") << u"no-such-bucket-here"_s << u"does not exist"_s;
}

void tst_LocalFile::unusableBucketRefusedBeforeAnyByte()
{
    QFETCH(QString, bucket);
    QFETCH(QString, said);
    const QString request = writeRequest(bucket, u"disk.raw"_s, 2 * MiB);
    QVERIFY(!request.isEmpty());
    const CliRun r = run({u"submit"_s, request, u"--wait"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // no job_id: nothing tracked
    QCOMPARE(m_demo.countRequests("HEAD", u"/"_s + bucket), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/"_s + bucket), 0); // no multipart upload
    QCOMPARE(m_demo.countRequests("PUT", u"/"_s + bucket), 0);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);
    QVERIFY(JobStore(m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s))
                .load()
                .isEmpty());
}

void tst_LocalFile::cancelAbortsTheMultipartUpload()
{
    RestClient client(DemoSession::fastRetries());
    auto session = DemoSession::open(&client, CloudProfile::demo(m_demo.authUrl()));
    bool connected = false;
    ApiError connectError;
    session->connectToCloud(this, [&](const ApiError &e) {
        connectError = e;
        connected = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(connected, 15000);
    QVERIFY2(!connectError, qPrintable(connectError.userMessage()));
    auto monitor = DemoSession::monitor(m_home->filePath(u"jobs.sqlite"_s), session.get());
    monitor->localFileImports().setOptions({1, 5 * MiB});

    const QString key = u"uploads/local-cancel.raw"_s;
    const QString path = u"/imagewright-demo/"_s + key;
    const QString requestPath = writeRequest(Bucket, key, 12 * MiB, true, u"local-cancel"_s);
    RequestFile::Problems problems;
    const auto file = RequestFile::load(requestPath, &problems);
    QVERIFY(file);
    // Part 1's answer is held: the upload is in flight when it is cancelled.
    holdPartAnswersAfter(path, 0);
    QString localId;
    bool answered = false;
    monitor->submit(session.get(),
        file->order(u"cancel-marker"_s),
        this,
        [&](const ApiError &e, const QString &id) {
            QVERIFY2(!e, qPrintable(e.userMessage()));
            localId = id;
            answered = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY(!localId.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return m_demo.countRequests("PUT", path) >= 1; }, 30000));
    QVERIFY(monitor->isUploading(localId));

    monitor->stopWatching(localId); // Cancel during the upload: abort it in the bucket
    QTRY_COMPARE_WITH_TIMEOUT(
        monitor->at(monitor->rowOf(localId)).state, JobState::Cancelled, 15000);
    m_demo.clearFaults();
    QCOMPARE(m_demo.countRequests("DELETE", path), 1); // AbortMultipartUpload
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);

    // Nothing is left in the bucket: ListMultipartUploads has no upload of the key.
    QString why;
    const auto env = ObsProfile::envFor(session.get(), {}, false, this, &why);
    QVERIFY2(env, qPrintable(why));
    S3Client *s3 = ObsCommand::makeClient(*env, this);
    bool listed = false;
    QList<S3Upload> uploads{S3Upload{}};
    s3->listMultipartUploads(
        Bucket, key, this, [&](const QList<S3Upload> &found, const ApiError &e) {
            QVERIFY2(!e, qPrintable(e.userMessage()));
            uploads = found;
            listed = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 15000);
    QVERIFY(uploads.isEmpty());
}

void tst_LocalFile::secondProcessDoesNotUploadTheSameJob()
{
    const QString key = u"uploads/local-twice.raw"_s;
    const QString path = u"/imagewright-demo/"_s + key;
    const QString request = writeRequest(Bucket, key, 12 * MiB, true, u"local-twice"_s);
    QVERIFY(!request.isEmpty());
    // Part 1 answered, part 2's answer held: `submit` is in the middle of its upload while a
    // second process is asked to go on with the same job.
    holdPartAnswersAfter(path, 1);
    QProcess submit;
    submit.setProcessEnvironment(environment());
    submit.start(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"submit"_s, request, u"--wait"_s, u"--part-size"_s, u"5"_s, u"--parts"_s, u"1"_s});
    QVERIFY(submit.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return m_demo.countRequests("PUT", path) >= 2; }, 60000));
    const QString storePath = m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s);
    QString localId;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<JobRecord> jobs = JobStore(storePath).load();
            if (jobs.size() != 1 || !jobs.first().obsImport
                || jobs.first().obsImport->partsDone() != 1)
                return false;
            localId = jobs.first().localId;
            return true;
        }(),
        10000);
    const int putsBefore = m_demo.countRequests("PUT", path);

    // `watch` of the same job: refused with who uploads, nothing sent (no ListParts, no part),
    // exit 4 (interfaces.md §3: still running), the job left as the other process keeps it.
    const CliRun second = run({u"watch"_s, localId}, 60000);
    QVERIFY2(second.exitCode == 4, qPrintable(second.err));
    QCOMPARE(linesOf(second.out).value(u"status"_s), u"running"_s);
    QVERIFY2(second.err.contains(u"Another process"_s)
            && second.err.contains(QString::number(submit.processId())),
        qPrintable(second.err));
    QCOMPARE(m_demo.countRequests("GET", path), 0);
    QCOMPARE(m_demo.countRequests("PUT", path), putsBefore);
    QList<JobRecord> jobs = JobStore(storePath).load();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().upload, JobRecord::Upload::Running);

    // The GUI's monitor on the same store: the upload is another process's, no Resume offered
    // (and its restore does not mark the upload incomplete).
    RestClient client(DemoSession::fastRetries());
    auto session = DemoSession::open(&client, CloudProfile::demo(m_demo.authUrl()));
    bool connected = false;
    session->connectToCloud(this, [&](const ApiError &) { connected = true; });
    QTRY_VERIFY_WITH_TIMEOUT(connected, 15000);
    auto monitor = DemoSession::monitor(storePath, session.get());
    monitor->restore();
    QVERIFY(monitor->rowOf(localId) >= 0);
    QCOMPARE(monitor->at(monitor->rowOf(localId)).upload, JobRecord::Upload::Running);
    QString holder;
    QVERIFY(monitor->localFileImports().isUploadingElsewhere(localId, &holder));
    QVERIFY2(holder.contains(QString::number(submit.processId())), qPrintable(holder));
    QVERIFY(!monitor->localFileImports().canResume(localId));

    // Once that process has ended (here killed: the lock it left is taken over), Resume is
    // offered and goes on: only the part the bucket lacks is sent, then the import.
    submit.kill();
    QVERIFY(submit.waitForFinished(10000));
    m_demo.clearFaults();
    m_demo.clearRequests();
    QVERIFY(!monitor->localFileImports().isUploadingElsewhere(localId));
    QVERIFY(monitor->localFileImports().canResume(localId));
    bool ended = false;
    ApiError endError;
    connect(monitor.get(),
        &JobMonitor::uploadEnded,
        this,
        [&](const QString &id, const ApiError &e) {
            if (id == localId) {
                endError = e;
                ended = true;
            }
        });
    QVERIFY(monitor->resumeUpload(localId));
    QTRY_VERIFY_WITH_TIMEOUT(ended, 30000);
    QVERIFY2(!endError, qPrintable(endError.userMessage()));
    QCOMPARE(m_demo.countRequests("GET", path), 1);   // ListParts
    QCOMPARE(m_demo.countRequests("PUT", path), 1);   // part 3 (part 2 reached the bucket)
    QTRY_COMPARE_WITH_TIMEOUT(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1, 15000);
}

void tst_LocalFile::rawQuickImportBitmapResumedAfterAKill()
{
    const QString key = u"uploads/quick-kill.raw"_s;
    const QString bitmapPath = u"/imagewright-demo/uploads/quick-kill.mf"_s;
    QVERIFY(makeFile(m_home->filePath(u"quick-kill.raw"_s), 6 * MiB, 3));
    QVERIFY(makeFile(m_home->filePath(u"quick-kill.mf"_s), 3000, 9)); // found beside the file
    const QJsonObject root{{u"format"_s, 1},
        {u"method"_s, u"ims-local-file"_s},
        {u"params"_s,
            QJsonObject{{u"file"_s, u"quick-kill.raw"_s},
                {u"bucket"_s, Bucket},
                {u"object"_s, key},
                {u"keep_object"_s, false}}},
        {u"body"_s,
            QJsonObject{{u"name"_s, u"quick-kill"_s},
                {u"min_disk"_s, 40},
                {u"is_quick_import"_s, true},
                {u"os_version"_s, u"Ubuntu 22.04 server 64bit"_s}}}};
    const QString request = m_home->filePath(u"quick-kill.json"_s);
    {
        QFile f(request);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
    }
    // The image file goes whole; the bitmap's answer is held and the client killed then.
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, bitmapPath},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 60000},
        {u"count"_s, 10}});
    QProcess submit;
    submit.setProcessEnvironment(environment());
    submit.start(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"submit"_s, request, u"--wait"_s, u"--part-size"_s, u"5"_s});
    QVERIFY(submit.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return m_demo.countRequests("PUT", bitmapPath) >= 1; }, 60000));
    const auto stored = [&] {
        const QList<JobRecord> jobs =
            JobStore(m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s)).load();
        return jobs.size() == 1 && jobs.first().obsImport ? jobs.first() : JobRecord();
    };
    // The object is complete in the store (its ETag) before the bitmap is sent.
    QTRY_VERIFY_WITH_TIMEOUT(stored().obsImport && !stored().obsImport->etag.isEmpty(), 10000);
    submit.kill();
    QVERIFY(submit.waitForFinished(10000));
    QVERIFY(!stored().obsImport->bitmapUploaded);
    QCOMPARE(stored().upload, JobRecord::Upload::Running); // the process died in the phase
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);
    const QString jobId =
        linesOf(QString::fromUtf8(submit.readAllStandardOutput())).value(u"job_id"_s);
    QVERIFY(!jobId.isEmpty());
    m_demo.clearFaults();
    m_demo.clearRequests();

    const CliRun watched = run({u"watch"_s, jobId});
    QVERIFY2(watched.exitCode == 0, qPrintable(watched.err));
    QCOMPARE(linesOf(watched.out).value(u"status"_s), u"succeeded"_s);
    // Only the bitmap again (no part, no ListParts of the image file), then one import; with
    // keep_object false both objects are deleted once the image is active.
    QCOMPARE(m_demo.countRequests("PUT", u"/imagewright-demo/"_s + key), 0);
    QCOMPARE(m_demo.countRequests("GET", u"/imagewright-demo/"_s + key), 0);
    QCOMPARE(m_demo.countRequests("PUT", bitmapPath), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    QCOMPARE(m_demo.countRequests("DELETE", u"/imagewright-demo/"_s + key), 1);
    QCOMPARE(m_demo.countRequests("DELETE", bitmapPath), 1);
    const JobRecord job = stored();
    QCOMPARE(job.state, JobState::Succeeded);
    QVERIFY(job.obsImport->bitmapUploaded);
    QCOMPARE(job.obsImport->bitmapObject, u"uploads/quick-kill.mf"_s);
    QVERIFY(job.obsImport->objectDeleted);
}

void tst_LocalFile::importRefusedForBucketAccessSaysWhatToDo()
{
    // IMS may not read the bucket (the demo's noaccess- trigger: 400 IMG.0069). The upload is
    // done, the import refused: the job fails with the cloud's message and what to do, and the
    // object stays for method 3.
    const QString request =
        writeRequest(Bucket, u"uploads/noaccess-disk.raw"_s, 6 * MiB, false, u"noaccess-disk"_s);
    QVERIFY(!request.isEmpty());
    const CliRun r = run({u"submit"_s, request, u"--wait"_s, u"--part-size"_s, u"5"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"IMG.0069"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"IMS needs permission to read the account's OBS buckets"_s),
        qPrintable(r.err));
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    QCOMPARE(m_demo.countRequests("DELETE", u"/imagewright-demo/uploads/noaccess-disk.raw"_s), 0);
    const QList<JobRecord> jobs =
        JobStore(m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s)).load();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().state, JobState::Failed);
    QCOMPARE(jobs.first().errorCode, u"IMG.0069"_s);
    QString history;
    for (const JobRecord::Event &event : jobs.first().timeline)
        history += event.display() + u'\n';
    QVERIFY2(history.contains(u"stays in the bucket"_s), qPrintable(history));
    QVERIFY2(history.contains(u"IMS needs permission to read the account's OBS buckets"_s),
        qPrintable(history));
    QVERIFY2(history.contains(u"imagewright-demo"_s), qPrintable(history));
}

QTEST_GUILESS_MAIN(tst_LocalFile)
#include "tst_localfile.moc"
