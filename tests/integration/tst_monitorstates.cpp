// Issue 4's per-kind coverage of the job monitor against the demo cloud process: every terminal
// state of Cinder and Glance jobs as data-driven tables (the cloud's answers set with the demo's
// "status" faults, the jobs taken up from the store as after a restart), a Cinder job resumed by
// a restart in the middle of its polling, multi-image IMS jobs, and 50 jobs of every kind
// meeting a 401 at once with one token request.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/cinderuploadrequest.h"
#include "create/glancecreaterequest.h"
#include "create/imsecsrequest.h"
#include "create/imsmethodrequests.h"
#include "jobs/jobmonitor.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"
#include "support/demosession.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

// docs/democloud.md fixtures.
const QString ImsServer = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s; // db-01, stopped
const QString Web01 = u"4a849858-3370-5f36-af9d-ff4e9f012a74"_s;     // web-01, 2 data disks
const QString WebData1 = u"68542c0a-e6b7-5d7b-a513-93ed6f8ac864"_s;
const QString WebData2 = u"a9cd47dd-34fd-524b-bd15-87e0a0f422b9"_s;
const QString SpareVolume = u"c135f465-7e40-554b-8fbe-eb99846eab7f"_s; // available
const QString Md5OfNothing = u"d41d8cd98f00b204e9800998ecf8427e"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject imageBody(const QString &id, const QString &status, const QString &syncReason = {})
{
    QJsonObject o{{u"id"_s, id},
        {u"name"_s, u"table-image"_s},
        {u"status"_s, status},
        {u"visibility"_s, u"private"_s},
        {u"disk_format"_s, u"qcow2"_s},
        {u"container_format"_s, u"bare"_s},
        {u"created_at"_s, u"2026-01-01T00:00:00Z"_s},
        {u"updated_at"_s, u"2026-01-01T00:00:00Z"_s},
        {u"min_disk"_s, 40},
        {u"min_ram"_s, 0},
        {u"protected"_s, false},
        {u"tags"_s, QJsonArray()}};
    if (status == u"active") {
        o.insert(u"checksum"_s, Md5OfNothing);
        o.insert(u"size"_s, 0);
    }
    if (!syncReason.isEmpty())
        o.insert(u"sync_status_reason"_s, syncReason);
    return o;
}

JobRecord runningRecord(CreationMethod method, const QString &name)
{
    JobRecord r;
    r.localId = newId();
    r.method = method;
    r.profileId = u"demo"_s;
    r.name = name;
    r.state = JobState::Running;
    r.created = QDateTime::currentDateTimeUtc();
    r.addEvent(u"made by tst_monitorstates"_s, r.created);
    return r;
}

struct Outcome
{
    bool called = false;
    ApiError error;
    QString localId;
};

} // namespace

class tst_MonitorStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cinderTerminalStates_data();
    void cinderTerminalStates();
    void glanceTerminalStates_data();
    void glanceTerminalStates();
    void restartResumesACinderJob();
    void multiImageImsJob_data();
    void multiImageImsJob();
    void fiftyJobsMeetA401Once();
    void refusedPasswordIsTriedOncePerChange();

private:
    std::unique_ptr<JobMonitor> makeMonitor(CloudSession *session);
    void openSession(DemoCloudProcess &demo);
    /// `count` IMS jobs created on `demo` (one ECS) as running records named `prefix` + i; empty
    /// when the cloud refused one.
    static QList<JobRecord> createImsJobs(DemoCloudProcess &demo, const QString &prefix, int count);
    void answer(const QString &path, int status, const QJsonObject &body = {});

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
};

void tst_MonitorStates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo.setJobSeconds(2.0);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_MonitorStates::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_dir = std::make_unique<TestDir>();
    openSession(m_demo);
}

void tst_MonitorStates::openSession(DemoCloudProcess &demo)
{
    m_session.reset();
    m_client = std::make_unique<RestClient>(DemoSession::fastRetries());
    m_session = DemoSession::open(m_client.get(), CloudProfile::demo(demo.authUrl()));
}

std::unique_ptr<JobMonitor> tst_MonitorStates::makeMonitor(CloudSession *session)
{
    return DemoSession::monitor(m_dir->filePath(u"jobs.sqlite"_s), session);
}

QList<JobRecord> tst_MonitorStates::createImsJobs(
    DemoCloudProcess &demo, const QString &prefix, int count)
{
    const QString token = demo.token();
    QList<JobRecord> records;
    for (int i = 0; i < count; ++i) {
        ImsEcsRequest ims;
        ims.name = prefix + QString::number(i);
        ims.instanceId = ImsServer;
        const auto reply = demo.post(u"/v2/cloudimages/action"_s, ims.toBody(), token);
        if (reply.status != 200) {
            qWarning("IMS create refused: %s", reply.body.constData());
            return {};
        }
        JobRecord r = runningRecord(CreationMethod::ImsEcs, ims.name);
        r.jobId = reply.object().value(u"job_id"_s).toString();
        records << r;
    }
    return records;
}

void tst_MonitorStates::answer(const QString &path, int status, const QJsonObject &body)
{
    QJsonObject fault{{u"method"_s, u"GET"_s},
        {u"path"_s, path},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"status"_s},
        {u"status"_s, status},
        {u"count"_s, 1000}};
    if (!body.isEmpty())
        fault.insert(u"body"_s, body);
    m_demo.addFault(fault);
}

void tst_MonitorStates::cinderTerminalStates_data()
{
    // The volume's status ("": 404), then the image's ("": 404; "-": never asked), its
    // sync_status_reason, and what the job ends as.
    QTest::addColumn<QString>("volumeStatus");
    QTest::addColumn<QString>("imageStatus");
    QTest::addColumn<QString>("syncReason");
    QTest::addColumn<JobState>("expected");
    QTest::addColumn<QString>("saying");

    const QString noImage = u"-"_s;
    for (const QString &error : {u"error"_s,
             u"error_restoring"_s,
             u"error_extending"_s,
             u"error_deleting"_s,
             u"error_managing"_s}) {
        QTest::addRow("volume %s", qPrintable(error))
            << error << noImage << QString() << JobState::Failed
            << u"went to the status "_s + error;
    }
    QTest::newRow("volume deleted (404)")
        << QString() << noImage << QString() << JobState::Failed << u"volume was deleted"_s;
    QTest::newRow("available, image active")
        << u"available"_s << u"active"_s << QString() << JobState::Succeeded << QString();
    QTest::newRow("in-use, image active")
        << u"in-use"_s << u"active"_s << QString() << JobState::Succeeded << QString();
    QTest::newRow("image killed") << u"available"_s << u"killed"_s << QString() << JobState::Failed
                                  << u"The cloud killed the image"_s;
    QTest::newRow("image deleted")
        << u"available"_s << u"deleted"_s << QString() << JobState::Failed << u"deleted in the cloud before it became active"_s;
    QTest::newRow("image gone (404)") << u"available"_s << QString() << QString()
                                      << JobState::Failed << u"deleted it after the upload"_s;
    QTest::newRow("active with sync_status_reason")
        << u"in-use"_s << u"active"_s << u"ERROR:A timeout occurred during synchronize image"_s
        << JobState::Failed << u"ERROR:A timeout occurred during synchronize image"_s;
}

void tst_MonitorStates::cinderTerminalStates()
{
    QFETCH(QString, volumeStatus);
    QFETCH(QString, imageStatus);
    QFETCH(QString, syncReason);
    QFETCH(JobState, expected);
    QFETCH(QString, saying);

    JobRecord r = runningRecord(CreationMethod::CinderUploadToImage, u"cinder-table"_s);
    r.volumeId = newId();
    r.imageIds = {newId()};
    r.volumeStatus = u"uploading"_s;
    r.cloudStatus = r.volumeStatus;
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save({r}));
    const QString volumePath = u"/v3/%1/volumes/%2"_s.arg(m_demo.projectId(), r.volumeId);
    const QString imagePath = u"/v2/images/"_s + r.imageIds.first();
    if (volumeStatus.isEmpty())
        answer(volumePath, 404);
    else
        answer(volumePath,
            200,
            {{u"volume"_s,
                QJsonObject{{u"id"_s, r.volumeId},
                    {u"name"_s, u"table-volume"_s},
                    {u"status"_s, volumeStatus},
                    {u"size"_s, 40}}}});
    if (imageStatus.isEmpty())
        answer(imagePath, 404);
    else if (imageStatus != u"-")
        answer(imagePath, 200, imageBody(r.imageIds.first(), imageStatus, syncReason));

    auto monitor = makeMonitor(m_session.get()); // the demo profile checks sync_status_reason
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    monitor->restore(); // taken up from the store, as after a restart in the middle of polling
    const auto record = [&] { return monitor->at(monitor->rowOf(r.localId)); };
    QTRY_VERIFY_WITH_TIMEOUT(record().isTerminal(), 10000);
    QCOMPARE(record().state, expected);
    QCOMPARE(finished.count(), 1);
    QVERIFY(record().finished.isValid());
    if (!volumeStatus.isEmpty())
        QCOMPARE(record().volumeStatus, volumeStatus);
    if (!saying.isEmpty())
        QVERIFY2(record().failReason.contains(saying), qPrintable(record().failReason));
    if (!syncReason.isEmpty())
        QCOMPARE(record().errorCode, u"sync_status_reason"_s);
    QCOMPARE(m_demo.countRequests("GET", imagePath) > 0, imageStatus != u"-");
    // The end is on disk.
    QTRY_VERIFY_WITH_TIMEOUT(
        JobStore(m_dir->filePath(u"jobs.sqlite"_s)).load().value(0).state == expected, 5000);
}

void tst_MonitorStates::glanceTerminalStates_data()
{
    // The image's status ("": 404), its checksum compared with the file's MD5, what the job
    // ends as (an incomplete upload stays Running, shown as Incomplete, and is no longer polled).
    QTest::addColumn<QString>("imageStatus");
    QTest::addColumn<QString>("localMd5");
    QTest::addColumn<JobState>("expected");
    QTest::addColumn<bool>("incomplete");
    QTest::addColumn<QString>("saying");

    QTest::newRow("killed") << u"killed"_s << QString() << JobState::Failed << false
                            << u"The cloud killed the image"_s;
    QTest::newRow("deleted") << u"deleted"_s << QString() << JobState::Failed << false
                             << u"deleted in the cloud before it became active"_s;
    QTest::newRow("gone (404)") << QString() << QString() << JobState::Failed << false
                                << u"no longer exists"_s;
    QTest::newRow("queued without upload")
        << u"queued"_s << QString() << JobState::Running << true << QString();
    QTest::newRow("active, verified")
        << u"active"_s << Md5OfNothing << JobState::Succeeded << false << u"Verified"_s;
    QTest::newRow("active, not verified")
        << u"active"_s << QString() << JobState::Succeeded << false << u"Not verified"_s;
    QTest::newRow("active, checksum differs")
        << u"active"_s << u"0123456789abcdef"_s << JobState::Failed << false << u"differs"_s;
}

void tst_MonitorStates::glanceTerminalStates()
{
    QFETCH(QString, imageStatus);
    QFETCH(QString, localMd5);
    QFETCH(JobState, expected);
    QFETCH(bool, incomplete);
    QFETCH(QString, saying);

    JobRecord r = runningRecord(CreationMethod::GlanceCreateUpload, u"glance-table"_s);
    r.imageIds = {newId()};
    r.marker = r.imageIds.first();
    r.upload = JobRecord::Upload::Done;
    r.uploadFile = m_dir->filePath(u"image.qcow2"_s);
    r.cloudStatus = u"saving"_s;
    if (!localMd5.isEmpty())
        r.localDigests.insert(u"md5"_s, localMd5);
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save({r}));
    const QString imagePath = u"/v2/images/"_s + r.imageIds.first();
    if (imageStatus.isEmpty())
        answer(imagePath, 404);
    else
        answer(imagePath, 200, imageBody(r.imageIds.first(), imageStatus));

    auto monitor = makeMonitor(m_session.get());
    monitor->restore();
    const auto record = [&] { return monitor->at(monitor->rowOf(r.localId)); };
    if (incomplete) {
        QTRY_VERIFY_WITH_TIMEOUT(record().isIncompleteUpload(), 10000);
        QCOMPARE(record().state, JobState::Running);
        QCOMPARE(record().displayStateText(), u"Incomplete"_s);
        const int polls = monitor->pollCount();
        QTest::qWait(1500); // nothing changes on its own: Resume or Delete
        QCOMPARE(monitor->pollCount(), polls);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(record().isTerminal(), 10000);
    QCOMPARE(record().state, expected);
    QVERIFY(!record().isIncompleteUpload());
    QStringList said{record().failReason};
    for (const JobRecord::Event &e : record().timeline)
        said << e.text;
    QVERIFY2(said.join(u" | "_s).contains(saying), qPrintable(said.join(u" | "_s)));
}

void tst_MonitorStates::restartResumesACinderJob()
{
    QString localId;
    {
        auto monitor = makeMonitor(m_session.get());
        CinderUploadRequest r;
        r.volumeId = SpareVolume;
        r.imageName = u"cinder-restart"_s;
        Outcome out;
        monitor->submitCinder(m_session.get(),
            r.volumeId,
            r.imageName,
            r.toBody(),
            this,
            [&out](const ApiError &e, const QString &id) {
                out = {true, e, id};
            });
        QTRY_VERIFY_WITH_TIMEOUT(out.called, 15000);
        QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
        localId = out.localId;
        QTRY_VERIFY_WITH_TIMEOUT(monitor->pollCount() >= 1, 5000);
        QCOMPARE(monitor->at(monitor->rowOf(localId)).state, JobState::Running);
    } // the app goes away while the volume uploads
    auto monitor = makeMonitor(m_session.get());
    monitor->restore();
    const int row = monitor->rowOf(localId);
    QVERIFY(row >= 0);
    QCOMPARE(monitor->at(row).state, JobState::Running);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Succeeded, 20000);
    QCOMPARE(monitor->at(row).volumeStatus, u"available"_s);
    QCOMPARE(m_demo.countRequests(
                 "POST", u"/v3/%1/volumes/%2/action"_s.arg(m_demo.projectId(), SpareVolume)),
        1);
}

void tst_MonitorStates::multiImageImsJob_data()
{
    QTest::addColumn<QString>("secondName");
    QTest::addColumn<JobState>("expected");
    QTest::addColumn<int>("images");
    QTest::newRow("both images") << u"multi-b"_s << JobState::Succeeded << 2;
    QTest::newRow("one sub-job fails") << u"fail-multi-b"_s << JobState::Failed << 1;
}

void tst_MonitorStates::multiImageImsJob()
{
    QFETCH(QString, secondName);
    QFETCH(JobState, expected);
    QFETCH(int, images);

    ImsDataDisksRequest request;
    request.serverId = Web01;
    request.images = {{u"multi-a"_s, WebData1, {}, {}, TagSet::ImsForm::ImageTags},
        {secondName, WebData2, {}, {}, TagSet::ImsForm::ImageTags}};
    QVERIFY(request.validate().isEmpty());
    const QString marker = newId();
    auto monitor = makeMonitor(m_session.get());
    Outcome out;
    monitor->submitIms(m_session.get(),
        CreationMethod::ImsEcsDataDisks,
        u"multi"_s,
        marker,
        request.toBodyWithMarker(marker),
        this,
        [&out](const ApiError &e, const QString &id) {
            out = {true, e, id};
        });
    QTRY_VERIFY_WITH_TIMEOUT(out.called, 15000);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const auto record = [&] { return monitor->at(monitor->rowOf(out.localId)); };
    QTRY_VERIFY_WITH_TIMEOUT(record().isTerminal(), 20000);
    QCOMPARE(record().state, expected);
    // Every image the job made is shown (sub_jobs_result), also when another sub-job failed.
    QCOMPARE(record().imageIds.size(), images);
    for (const QString &id : record().imageIds)
        QCOMPARE(m_demo.get(u"/v2/images/"_s + id, m_demo.token()).status, 200);
    if (expected == JobState::Failed)
        QVERIFY(!record().failReason.isEmpty() && !record().errorCode.isEmpty());
}

void tst_MonitorStates::fiftyJobsMeetA401Once()
{
    // Long jobs on a cloud of their own, so every job still runs when the token is revoked.
    DemoCloudProcess demo;
    demo.setJobSeconds(300);
    QVERIFY2(demo.start(), "the second demo cloud did not start");
    openSession(demo);
    const QString token = demo.token();
    const QString project = demo.projectId();
    // IMS: 35 jobs on one ECS.
    QList<JobRecord> records = createImsJobs(demo, u"ims-401-"_s, 35);
    QCOMPARE(records.size(), 35);
    // Nova: a snapshot of each of five servers that can make one.
    const QJsonArray servers = demo.get(u"/v2.1/%1/servers/detail"_s.arg(project), token)
                                   .object()
                                   .value(u"servers"_s)
                                   .toArray();
    int nova = 0;
    for (const QJsonValue &v : servers) {
        const QString status = v.toObject().value(u"status"_s).toString();
        if (nova == 5 || (status != u"ACTIVE" && status != u"SHUTOFF"))
            continue;
        const QString id = v.toObject().value(u"id"_s).toString();
        const auto reply = demo.post(u"/v2.1/%1/servers/%2/action"_s.arg(project, id),
            {{u"createImage"_s, QJsonObject{{u"name"_s, u"nova-401-%1"_s.arg(nova)}}}},
            token);
        QVERIFY2(reply.status == 202, reply.body.constData());
        JobRecord r = runningRecord(CreationMethod::NovaCreateImage, u"nova-401"_s);
        r.serverId = id;
        r.imageIds = {QString::fromUtf8(reply.header("Location")).section(u'/', -1)};
        QVERIFY(!r.imageIds.first().isEmpty());
        records << r;
        ++nova;
    }
    QCOMPARE(nova, 5);
    // Cinder: five attached volumes, forced.
    const QJsonArray volumes = demo.get(u"/v3/%1/volumes/detail"_s.arg(project), token)
                                   .object()
                                   .value(u"volumes"_s)
                                   .toArray();
    int cinder = 0;
    for (const QJsonValue &v : volumes) {
        const QString status = v.toObject().value(u"status"_s).toString();
        if (cinder == 5 || (status != u"available" && status != u"in-use"))
            continue;
        const QString id = v.toObject().value(u"id"_s).toString();
        const QString name = u"cinder-401-%1"_s.arg(cinder);
        const auto reply = demo.post(u"/v3/%1/volumes/%2/action"_s.arg(project, id),
            {{u"os-volume_upload_image"_s,
                QJsonObject{{u"image_name"_s, name}, {u"force"_s, true}}}},
            token);
        QVERIFY2(reply.status == 202, reply.body.constData());
        JobRecord r = runningRecord(CreationMethod::CinderUploadToImage, name);
        r.volumeId = id;
        r.volumeStatus = u"uploading"_s;
        r.imageIds = {reply.object()
                          .value(u"os-volume_upload_image"_s)
                          .toObject()
                          .value(u"image_id"_s)
                          .toString()};
        QVERIFY(!r.imageIds.first().isEmpty());
        records << r;
        ++cinder;
    }
    QCOMPARE(cinder, 5);
    // Glance: five images created, their uploads under way elsewhere.
    for (int i = 0; i < 5; ++i) {
        GlanceCreateRequest g;
        g.flavour = GlanceCreateRequest::Flavour::Huawei;
        g.name = u"glance-401-%1"_s.arg(i);
        g.diskFormat = u"qcow2"_s;
        g.minDisk = 40;
        g.osVersion = u"Ubuntu 22.04 server 64bit"_s;
        const QString id = newId();
        const auto reply = demo.post(u"/v2/images"_s, g.toBodyWithId(id), token);
        QVERIFY2(reply.status == 201, reply.body.constData());
        JobRecord r = runningRecord(CreationMethod::GlanceCreateUpload, g.name);
        r.imageIds = {id};
        r.marker = id;
        r.upload = JobRecord::Upload::Done;
        records << r;
    }
    QCOMPARE(records.size(), 50);
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save(records));

    auto monitor = makeMonitor(m_session.get());
    // One poll each, then none on their own: a poll of the regular schedule that met the 401
    // while the test revokes would renew the token before the burst below and leave nothing
    // to show (it did, on a loaded machine).
    PollPolicy once;
    once.first = 300ms;
    once.minimum = once.maximum = once.predictedMaximum = 10min;
    monitor->setPollPolicy(once);
    monitor->setMaxInFlightPerProfile(50); // all at once
    monitor->restore();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->pollCount() >= 50, 20000);
    // Every first answer is in: the demo cloud's log has stopped growing.
    const auto settled = [&demo] {
        const qsizetype seen = demo.requests().size();
        QTest::qWait(300);
        return seen >= 50 && demo.requests().size() == seen;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
    const int tokensBefore = m_session->auth()->tokenRequestCount();

    // Every token is revoked; every job is asked again now: each meets a 401.
    demo.clearRequests();
    demo.revokeTokens();
    const int pollsBefore = monitor->pollCount();
    monitor->pollProfileNow(monitor->at(0).profileId);
    for (const JobRecord &r : std::as_const(records)) {
        if (r.method == CreationMethod::GlanceCreateUpload)
            monitor->pollNow(r.localId); // queued, incomplete: no longer polled on its own
    }
    QTRY_VERIFY_WITH_TIMEOUT(monitor->pollCount() >= pollsBefore + 50, 20000);
    QTest::qWait(1000); // the answers after the new token
    int unauthorized = 0;
    for (const QJsonValue &v : demo.requests())
        unauthorized += v.toObject().value(u"status"_s).toInt() == 401 ? 1 : 0;
    // Several met the 401 at once (Qt opens at most 6 connections per host; the requests
    // queued behind them go out with the renewed token).
    QVERIFY2(unauthorized >= 2, qPrintable(QString::number(unauthorized)));
    qInfo("%d of the 50 polls met a 401", unauthorized);
    QCOMPARE(demo.countRequests("POST", u"/v3/auth/tokens"_s), 1);
    QCOMPARE(m_session->auth()->tokenRequestCount(), tokensBefore + 1);
    int failed = 0;
    for (const JobRecord &r : std::as_const(records))
        failed += monitor->at(monitor->rowOf(r.localId)).state == JobState::Failed ? 1 : 0;
    QCOMPARE(failed, 0);
    monitor.reset();
    m_session.reset();
}

void tst_MonitorStates::refusedPasswordIsTriedOncePerChange()
{
    // Issue 12, defect 1: a refused sign-in must not be repeated by every running job every few
    // seconds (account lockout). 50 running jobs, tokens revoked, a wrong password: one token
    // request; then none until the password changes; then exactly one more.
    DemoCloudProcess demo;
    demo.setJobSeconds(300);
    QVERIFY2(demo.start(), "the second demo cloud did not start");
    openSession(demo);
    const QList<JobRecord> records = createImsJobs(demo, u"lockout-"_s, 50);
    QCOMPARE(records.size(), 50);
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save(records));
    auto monitor = makeMonitor(m_session.get());
    monitor->restore();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->pollCount() >= 50, 20000);
    KeystoneSession *auth = m_session->auth();
    QTRY_VERIFY_WITH_TIMEOUT(auth->tokenRequestCount() >= 1, 10000);

    // The password was changed elsewhere: the saved one is refused. (The demo cloud's control
    // calls run the event loop, so polls go on meanwhile: counts are taken before.)
    demo.clearRequests();
    const int tokensBefore = auth->tokenRequestCount();
    const int pollsBefore = monitor->pollCount();
    auth->setPassword(u"not-the-password"_s);
    demo.revokeTokens();
    // Three rounds of polls of every job (fast polls: at most 1 s apart).
    QTRY_VERIFY_WITH_TIMEOUT(monitor->pollCount() >= pollsBefore + 150, 30000);
    QVERIFY(auth->credentialsRejected());
    QCOMPARE(auth->tokenRequestCount(), tokensBefore + 1);
    QCOMPARE(demo.countRequests("POST", u"/v3/auth/tokens"_s), 1);
    for (const JobRecord &r : std::as_const(records)) {
        const JobRecord &now = monitor->at(monitor->rowOf(r.localId));
        QCOMPARE(now.state, JobState::Running); // waits, state kept
    }

    // The operator types the right password: one token request, and the jobs are asked again.
    auth->setPassword(u"demo"_s);
    QVERIFY(!auth->credentialsRejected());
    QTRY_VERIFY_WITH_TIMEOUT(demo.countRequests("GET", u"/v1/cloudimages/job/"_s) >= 50, 30000);
    QCOMPARE(auth->tokenRequestCount(), tokensBefore + 2);
    QCOMPARE(demo.countRequests("POST", u"/v3/auth/tokens"_s), 2);
    monitor.reset();
    m_session.reset();
}

QTEST_GUILESS_MAIN(tst_MonitorStates)
#include "tst_monitorstates.moc"
