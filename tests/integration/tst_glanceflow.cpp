// Method 7 (Glance create + upload) end to end in the core against the demo cloud: JobMonitor
// saves the intent with the chosen image ID, sends one create, streams the file with a fresh
// token while hashing it, follows the image to active and compares checksum and os_hash_value;
// fail- ends killed; a lost create answer is reconciled by GET of the chosen ID (found: the
// upload goes on; absent: not created), never re-created; Cancel leaves a queued image that
// Resume uploads again and Delete removes; a refused upload leaves it incomplete.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/glancecreaterequest.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"
#include "support/demosession.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

struct Outcome
{
    bool called = false;
    ApiError error;
    QString localId;
};

QByteArray patterned(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 65521) & 0xff);
    return data;
}

} // namespace

class tst_GlanceFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void uploadFollowedToActiveAndVerified();
    void failNameEndsKilled();
    void lostCreateAnswerIsReconciledAndUploaded();
    void lostCreateAnswerSentAgainFindsTheImage();
    void unansweredCreateIsSentAgainWithTheSameId();
    void createNeverAnsweredIsNeverCalledNotCreated();
    void cancelThenResume();
    void cancelThenDelete();
    void refusedUploadIsIncomplete();
    void uploadTheCloudStoredBeforeTheConnectionDroppedSucceeds();
    void restartMarksARunningUploadIncomplete();
    void anotherWriterDuringTheUpload();

private:
    std::unique_ptr<JobMonitor> makeMonitor();
    QString writeFile(const QString &name, qsizetype size, QByteArray *data = nullptr);
    Outcome submit(JobMonitor &monitor,
        const QString &name,
        const QString &file,
        const QString &imageId = QUuid::createUuid().toString(QUuid::WithoutBraces));
    QJsonObject image(const QString &id);
    /// The next `count` creates (POST /v2/images) meet a fault: "drop" (carried out, then the
    /// connection closed) or "status" (answered `status` without effect).
    void faultOnCreate(const QString &kind, int count, int status = 503);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
    QString m_token;
};

void tst_GlanceFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo.setJobSeconds(1);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
    m_token = m_demo.token();
}

void tst_GlanceFlow::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_dir = std::make_unique<TestDir>();
    m_session.reset();
    m_client = std::make_unique<RestClient>(DemoSession::fastRetries());
    m_session = DemoSession::open(m_client.get(), CloudProfile::demo(m_demo.authUrl()));
}

std::unique_ptr<JobMonitor> tst_GlanceFlow::makeMonitor()
{
    return DemoSession::monitor(m_dir->filePath(u"jobs.sqlite"_s), m_session.get());
}

QString tst_GlanceFlow::writeFile(const QString &name, qsizetype size, QByteArray *data)
{
    const QByteArray bytes = patterned(size);
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("could not write the test image file");
    if (data)
        *data = bytes;
    return f.fileName();
}

Outcome tst_GlanceFlow::submit(
    JobMonitor &monitor, const QString &name, const QString &file, const QString &imageId)
{
    GlanceCreateRequest r;
    r.flavour = GlanceCreateRequest::Flavour::Huawei;
    r.name = name;
    r.diskFormat = u"qcow2"_s;
    r.minDisk = 40;
    r.osVersion = u"Ubuntu 22.04 server 64bit"_s;
    r.tags = {u"team=qa"_s};
    Outcome out;
    monitor.submitGlance(m_session.get(),
        name,
        imageId,
        r.toBodyWithId(imageId),
        file,
        this,
        [&out](const ApiError &e, const QString &id) {
            out.called = true;
            out.error = e;
            out.localId = id;
        });
    // The intent, with the chosen ID as marker and image, is on disk before the answer.
    const QList<JobRecord> stored = JobStore(m_dir->filePath(u"jobs.sqlite"_s)).load();
    if (stored.isEmpty() || stored.last().marker != imageId
        || stored.last().imageIds != QStringList{imageId})
        qWarning("intent record not saved before sending");
    static_cast<void>(QTest::qWaitFor([&out] { return out.called; }, 15000));
    return out;
}

void tst_GlanceFlow::faultOnCreate(const QString &kind, int count, int status)
{
    QJsonObject fault{{u"method"_s, u"POST"_s},
        {u"path"_s, u"/v2/images"_s},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, kind},
        {u"count"_s, count}};
    if (kind == u"status")
        fault.insert(u"status"_s, status);
    m_demo.addFault(fault);
}

QJsonObject tst_GlanceFlow::image(const QString &id)
{
    return m_demo.get(u"/v2/images/"_s + id, m_token).object();
}

void tst_GlanceFlow::uploadFollowedToActiveAndVerified()
{
    auto monitor = makeMonitor();
    QByteArray data;
    const QString file = writeFile(u"disk.qcow2"_s, 9 * 1024 * 1024 + 333, &data);
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    QSignalSpy uploaded(monitor.get(), &JobMonitor::uploadEnded);
    const int tokensBefore = m_session->auth()->tokenRequestCount();
    const Outcome out = submit(*monitor, u"glance-ok"_s, file);
    QVERIFY(!out.error);
    QVERIFY(!out.localId.isEmpty());
    QVERIFY(finished.wait(30000));
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(r.cloudStatus, u"active"_s);
    QCOMPARE(r.upload, JobRecord::Upload::Done);
    QCOMPARE(r.uploadedBytes, data.size());
    QCOMPARE(r.localDigests.value(u"md5"_s),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    QCOMPARE(r.localDigests.value(u"sha512"_s),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex()));
    QVERIFY(r.timeline.constLast().text.contains(u"Verified"_s));
    QCOMPARE(uploaded.size(), 1);
    QVERIFY(!uploaded.constFirst().at(1).value<ApiError>());
    // One create, one upload; a fresh token was taken for the upload.
    QCOMPARE(m_demo.countRequests("POST", u"/v2/images"_s), 1);
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 1);
    QVERIFY(m_session->auth()->tokenRequestCount() >= tokensBefore + 1);
    const QJsonObject img = image(r.imageIds.first());
    QCOMPARE(img.value(u"size"_s).toInteger(), data.size());
    QCOMPARE(img.value(u"tags"_s).toArray(), QJsonArray{u"team=qa"_s});
    // Persisted: a new monitor reads the upload fields back.
    const QList<JobRecord> stored = JobStore(m_dir->filePath(u"jobs.sqlite"_s)).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().localDigests, r.localDigests);
    QCOMPARE(stored.first().uploadSize, data.size());
    QCOMPARE(stored.first().upload, JobRecord::Upload::Done);
}

void tst_GlanceFlow::failNameEndsKilled()
{
    auto monitor = makeMonitor();
    const QString file = writeFile(u"bad.qcow2"_s, 2 * 1024 * 1024);
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    const Outcome out = submit(*monitor, u"fail-glance"_s, file);
    QVERIFY(!out.error);
    QVERIFY(finished.wait(30000));
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Failed);
    QCOMPARE(r.cloudStatus, u"killed"_s);
    QVERIFY(r.failReason.contains(u"killed"_s));
}

void tst_GlanceFlow::lostCreateAnswerIsReconciledAndUploaded()
{
    auto monitor = makeMonitor();
    // The cloud creates the image, then drops the connection before answering, four times:
    // the first request and the three sent again with the same ID (each then a 409).
    faultOnCreate(u"drop"_s, 4);
    const QString file = writeFile(u"lost.qcow2"_s, 3 * 1024 * 1024);
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    const Outcome out = submit(*monitor, u"answer-lost"_s, file);
    QVERIFY(out.error.outcomeUnknown());
    QVERIFY(!out.localId.isEmpty());
    QCOMPARE(monitor->at(monitor->rowOf(out.localId)).state, JobState::NeedsAttention);
    // Reconciled by GET of the chosen ID: found queued, so the upload goes on.
    QVERIFY(finished.wait(30000));
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/images"_s), 4); // 1 + 3 sent again, same ID
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 1);
    QVERIFY(m_demo.countRequests("GET", u"/v2/images/"_s + r.imageIds.first()) >= 1);
}

void tst_GlanceFlow::lostCreateAnswerSentAgainFindsTheImage()
{
    // Issue 12, defect 13: the create took effect but its answer was lost; the same create
    // sent again (same ID) gets Glance's 409: the image exists, the upload goes on.
    auto monitor = makeMonitor();
    faultOnCreate(u"drop"_s, 1);
    const QString file = writeFile(u"again.qcow2"_s, 1024 * 1024);
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    const Outcome out = submit(*monitor, u"sent-again"_s, file);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    QVERIFY(finished.wait(30000));
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/images"_s), 2);
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 1);
    QCOMPARE(m_demo.get(u"/v2/images?name=sent-again"_s, m_token)
                 .object()
                 .value(u"images"_s)
                 .toArray()
                 .size(),
        1);
}

void tst_GlanceFlow::unansweredCreateIsSentAgainWithTheSameId()
{
    auto monitor = makeMonitor();
    // A 503 instead of executing: the outcome looks unknown to the client, yet nothing exists.
    // Sending the same create again (the ID is chosen here) is safe: it makes the image.
    faultOnCreate(u"status"_s, 1, 503);
    const QString file = writeFile(u"never.qcow2"_s, 1024 * 1024);
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    const Outcome out = submit(*monitor, u"made-the-second-time"_s, file);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    QVERIFY(finished.wait(30000));
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/images"_s), 2);
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 1);
}

void tst_GlanceFlow::createNeverAnsweredIsNeverCalledNotCreated()
{
    // Every create request answered 503 without effect: after the requests sent again, the
    // job needs attention and is looked up by its ID; 404s never make it "not created".
    auto monitor = makeMonitor();
    faultOnCreate(u"status"_s, 10, 503);
    const QString file = writeFile(u"nothing.qcow2"_s, 1024 * 1024);
    const Outcome out = submit(*monitor, u"never-answered"_s, file);
    QVERIFY(out.error.outcomeUnknown());
    QCOMPARE(m_demo.countRequests("POST", u"/v2/images"_s), 4);
    const QString imageId = monitor->at(monitor->rowOf(out.localId)).imageIds.first();
    // A few lookups, then it waits for the operator.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_demo.countRequests("GET", u"/v2/images/"_s + imageId) >= 4, 20000);
    QTest::qWait(1500);
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::NeedsAttention);
    QVERIFY(r.errorCode != u"not-created"_s);
    QVERIFY(r.timeline.constLast().text.contains(u"Retry"_s));
    QCOMPARE(m_demo.countRequests("GET", u"/v2/images/"_s + imageId), 4);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/images"_s), 4); // never sent again on its own
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 0);
}

void tst_GlanceFlow::cancelThenResume()
{
    auto monitor = makeMonitor();
    QByteArray data;
    const QString file = writeFile(u"resume.qcow2"_s, 24 * 1024 * 1024, &data);
    bool cancelled = false;
    // Cancel as soon as the upload starts, before a byte can be answered.
    connect(monitor.get(), &JobMonitor::jobChanged, this, [&](int row, JobMonitor::Changes) {
        const JobRecord &rec = monitor->at(row);
        if (!cancelled && rec.upload == JobRecord::Upload::Running) {
            cancelled = true;
            QVERIFY(monitor->cancelUpload(rec.localId));
        }
    });
    QSignalSpy uploaded(monitor.get(), &JobMonitor::uploadEnded);
    const Outcome out = submit(*monitor, u"cancel-resume"_s, file);
    QVERIFY(!out.error);
    QVERIFY(uploaded.wait(15000));
    QCOMPARE(uploaded.constFirst().at(1).value<ApiError>().kind, ApiError::Kind::Aborted);
    {
        const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
        QCOMPARE(r.state, JobState::Cancelled);
        QVERIFY(r.isIncompleteUpload());
        QCOMPARE(r.displayStateText(), u"Incomplete"_s);
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        image(out.localId.isEmpty() ? QString()
                                    : monitor->at(monitor->rowOf(out.localId)).imageIds.first())
            .value(u"status"_s)
            .toString(),
        u"queued"_s,
        5000);

    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    QVERIFY(monitor->resumeUpload(out.localId));
    QVERIFY(monitor->isUploading(out.localId));
    QVERIFY(!monitor->resumeUpload(out.localId)); // one at a time
    // Running again (or already done: the upload is fast), never back to the saved "cancelled"
    // copy: the copy carried on from it wins.
    QTest::qWait(200);
    const JobState again = monitor->at(monitor->rowOf(out.localId)).state;
    QVERIFY2(again == JobState::Running || again == JobState::Succeeded,
        qPrintable(JobRecord::stateKey(again)));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(r.localDigests.value(u"md5"_s),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    QCOMPARE(m_demo.countRequests("POST", u"/v2/images"_s), 1);
}

void tst_GlanceFlow::cancelThenDelete()
{
    auto monitor = makeMonitor();
    const QString file = writeFile(u"delete.qcow2"_s, 8 * 1024 * 1024);
    connect(monitor.get(), &JobMonitor::jobChanged, this, [&](int row, JobMonitor::Changes) {
        const JobRecord &rec = monitor->at(row);
        if (rec.upload == JobRecord::Upload::Running)
            monitor->cancelUpload(rec.localId);
    });
    QSignalSpy uploaded(monitor.get(), &JobMonitor::uploadEnded);
    const Outcome out = submit(*monitor, u"cancel-delete"_s, file);
    QVERIFY(uploaded.wait(15000));
    const QString imageId = monitor->at(monitor->rowOf(out.localId)).imageIds.first();
    QSignalSpy deleted(monitor.get(), &JobMonitor::imageDeleted);
    QVERIFY(monitor->deleteImage(out.localId));
    QVERIFY(deleted.wait(15000));
    QVERIFY(!deleted.constFirst().at(1).value<ApiError>());
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Cancelled);
    QCOMPARE(r.cloudStatus, u"deleted"_s);
    QVERIFY(!r.isIncompleteUpload());
    QCOMPARE(m_demo.get(u"/v2/images/"_s + imageId, m_token).status, 404);
    QVERIFY(!monitor->resumeUpload(out.localId)); // nothing left to upload to
}

void tst_GlanceFlow::refusedUploadIsIncomplete()
{
    auto monitor = makeMonitor();
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, u"/v2/images/"_s},
        {u"kind"_s, u"status"_s},
        {u"status"_s, 500},
        {u"count"_s, 1}});
    const QString file = writeFile(u"refused.qcow2"_s, 2 * 1024 * 1024);
    QSignalSpy uploaded(monitor.get(), &JobMonitor::uploadEnded);
    const Outcome out = submit(*monitor, u"upload-refused"_s, file);
    QVERIFY(!out.error);
    QVERIFY(uploaded.wait(15000));
    const ApiError e = uploaded.constFirst().at(1).value<ApiError>();
    QCOMPARE(e.httpStatus, 500);
    // The monitor asks what became of the image: queued, so incomplete (Resume / Delete).
    QTRY_VERIFY_WITH_TIMEOUT(monitor->at(monitor->rowOf(out.localId)).isIncompleteUpload(), 10000);
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Running);
    QCOMPARE(r.cloudStatus, u"queued"_s);
    QVERIFY(!r.failReason.isEmpty());
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 1); // never retried on its own
}

void tst_GlanceFlow::uploadTheCloudStoredBeforeTheConnectionDroppedSucceeds()
{
    // Issue 12, defect 12: the cloud stores the whole file, then the connection drops before
    // the 204. The job must not say "incomplete": the image's status tells the truth.
    auto monitor = makeMonitor();
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, u"/v2/images/"_s},
        {u"kind"_s, u"drop"_s},
        {u"count"_s, 1}});
    QByteArray data;
    const QString file = writeFile(u"kept.qcow2"_s, 3 * 1024 * 1024 + 17, &data);
    QSignalSpy uploaded(monitor.get(), &JobMonitor::uploadEnded);
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    const Outcome out = submit(*monitor, u"upload-kept"_s, file);
    QVERIFY(!out.error);
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(uploaded.size(), 1, 10000);
    QVERIFY2(!uploaded.constFirst().at(1).value<ApiError>(),
        qPrintable(uploaded.constFirst().at(1).value<ApiError>().userMessage()));
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(r.upload, JobRecord::Upload::Done);
    QVERIFY(r.failReason.isEmpty());
    // The digests of the file that was sent were kept, so the image is still verified.
    QCOMPARE(r.localDigests.value(u"md5"_s),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    QVERIFY(r.timeline.constLast().text.contains(u"Verified"_s));
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 1); // never sent twice
}

void tst_GlanceFlow::restartMarksARunningUploadIncomplete()
{
    const QString file = writeFile(u"restart.qcow2"_s, 1024 * 1024);
    // What a store holds when the app stopped mid-upload (image queued on the cloud).
    const QString imageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(m_demo
                 .post(u"/v2/images"_s,
                     {{u"id"_s, imageId},
                         {u"name"_s, u"restarted"_s},
                         {u"disk_format"_s, u"raw"_s},
                         {u"container_format"_s, u"bare"_s}},
                     m_token)
                 .status,
        201);
    JobRecord r;
    r.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.method = CreationMethod::GlanceCreateUpload;
    r.profileId = u"demo"_s;
    r.name = u"restarted"_s;
    r.marker = imageId;
    r.imageIds = {imageId};
    r.created = QDateTime::currentDateTimeUtc();
    r.state = JobState::Running;
    r.cloudStatus = u"queued"_s;
    r.upload = JobRecord::Upload::Running;
    r.uploadFile = file;
    r.uploadSize = 1024 * 1024;
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save({r}));

    auto monitor = makeMonitor();
    monitor->restore();
    QCOMPARE(monitor->count(), 1);
    QCOMPARE(monitor->at(0).upload, JobRecord::Upload::Incomplete);
    QVERIFY(monitor->at(0).isIncompleteUpload());
    QVERIFY(!monitor->isUploading(r.localId)); // never re-sent on its own
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    QVERIFY(monitor->resumeUpload(r.localId));
    QVERIFY(finished.wait(30000));
    QCOMPARE(monitor->at(0).state, JobState::Succeeded);
}

void tst_GlanceFlow::anotherWriterDuringTheUpload()
{
    // Issue 12, defect 2: the upload's record must not be held across a save that takes in
    // what another process wrote (a concurrent `imagewright submit`). Here another connection
    // writes 40 finished jobs to the store three times while the upload runs, and the monitor
    // saves at once from inside its own change signal. The sanitized suite of CI runs this
    // under ASan, where a reference kept across the save would be a use after free.
    auto monitor = makeMonitor();
    const QString path = m_dir->filePath(u"jobs.sqlite"_s);
    QByteArray data;
    const QString file = writeFile(u"shared.qcow2"_s, 24 * 1024 * 1024, &data);
    int writes = 0;
    bool writeFailed = false;
    connect(monitor.get(), &JobMonitor::jobChanged, this, [&](int row, JobMonitor::Changes) {
        if (writes >= 3 || monitor->at(row).upload != JobRecord::Upload::Running)
            return;
        ++writes;
        QList<JobRecord> others;
        for (int i = 0; i < 40; ++i) {
            JobRecord r;
            r.localId = u"other-%1-%2"_s.arg(writes).arg(i);
            r.profileId = u"elsewhere"_s;
            r.name = r.localId;
            r.jobId = u"job-"_s + r.localId;
            r.created = QDateTime::currentDateTimeUtc();
            r.state = JobState::Succeeded;
            r.finished = r.created;
            r.imageIds = {QUuid::createUuid().toString(QUuid::WithoutBraces)};
            r.addEvent(u"created"_s, r.created);
            others << r;
        }
        writeFailed |= !JobStore(path).save(others);
        monitor->saveNow(); // reads them while the upload holds its job
    });
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    const Outcome out = submit(*monitor, u"shared-store"_s, file);
    QVERIFY(!out.error);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(!writeFailed);
    QCOMPARE(writes, 3);
    const JobRecord &r = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(r.uploadedBytes, data.size());
    QCOMPARE(r.localDigests.value(u"md5"_s),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    QTRY_COMPARE_WITH_TIMEOUT(monitor->count(), 121, 5000); // every job, once
    monitor->saveNow();
    QCOMPARE(JobStore(path).load().size(), 121);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/images"_s), 1);
}

QTEST_GUILESS_MAIN(tst_GlanceFlow)
#include "tst_glanceflow.moc"
