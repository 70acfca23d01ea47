// Method 6 (Cinder os-volume_upload_image) through the core against the demo cloud: the volume
// endpoint's microversions, exactly one create through JobMonitor::submitCinder, the job
// following the volume (uploading → available/in-use, error) and the Glance image to its end,
// FJcloud-O's sync_status_reason post-check, and the force rules (Cinder's own refusal).
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/cinderuploadrequest.h"
#include "jobs/followers/cinderuploadfollower.h"
#include "jobs/jobmonitor.h"
#include "model/cindervolume.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "support/democloudprocess.h"
#include "support/demosession.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

// docs/democloud.md fixtures; each test uses its own volumes (uploads change their status).
const QString SpareVolume = u"c135f465-7e40-554b-8fbe-eb99846eab7f"_s; // spare-data, available
const QString OldOsVolume = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s; // old-os-disk, available
const QString Build02Sys = u"61fb5741-1205-5277-8cc5-449f499b6d3d"_s;  // in-use
const QString Worker07Sys = u"05b3ed61-147b-5952-bb84-227ac9ba78e6"_s; // in-use
const QString Worker08Sys = u"f2b26bad-2545-5513-9635-da6fbfc02152"_s; // in-use
const QString WebData1 = u"68542c0a-e6b7-5d7b-a513-93ed6f8ac864"_s;    // in-use
const QString BadVolume = u"adc6a37f-22e8-548d-9fab-d8734aed96c2"_s;   // error
const QString WebData2 = u"a9cd47dd-34fd-524b-bd15-87e0a0f422b9"_s;    // in-use
const QString DbData = u"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"_s;      // in-use

struct Outcome
{
    bool called = false;
    ApiError error;
    QString localId;
};

std::unique_ptr<RestJob> finished(RestJob *job)
{
    job->setAutoDelete(false);
    std::unique_ptr<RestJob> owned(job);
    if (!job->isFinished()) {
        QSignalSpy done(job, &RestJob::finished);
        if (!done.wait(15000))
            qWarning("job did not finish in time");
    }
    return owned;
}

} // namespace

class tst_CinderFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void discoversTheMicroversion();
    void listsVolumesPageByPage();
    void uploadFollowedToSuccess();
    void visibilityNeedsAndGetsMicroversion31();
    void failedUploadEndsInVolumeError();
    void syncStatusReasonFailsOnFjcloud();
    void syncStatusReasonIgnoredElsewhere();
    void inUseNeedsForce();
    void errorVolumeIsRefused();
    void lostAnswerFoundByNameAndTime();
    void neverSentIsSaidSo();

private:
    void openSession(CloudFamily family);
    std::unique_ptr<JobMonitor> makeMonitor();
    Outcome submit(JobMonitor &monitor, const CinderUploadRequest &request);
    CinderUploadRequest request(const QString &volumeId, const QString &name, bool force = false);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
};

void tst_CinderFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo.setJobSeconds(1.5);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_CinderFlow::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_dir = std::make_unique<TestDir>();
    openSession(CloudFamily::Demo);
}

void tst_CinderFlow::openSession(CloudFamily family)
{
    m_session.reset();
    m_client = std::make_unique<RestClient>(DemoSession::fastRetries());
    CloudProfile profile = CloudProfile::demo(m_demo.authUrl());
    profile.family = family;
    m_session = DemoSession::open(m_client.get(), profile);
}

std::unique_ptr<JobMonitor> tst_CinderFlow::makeMonitor()
{
    return DemoSession::monitor(m_dir->filePath(u"jobs.sqlite"_s), m_session.get());
}

CinderUploadRequest tst_CinderFlow::request(
    const QString &volumeId, const QString &name, bool force)
{
    CinderUploadRequest r;
    r.volumeId = volumeId;
    r.imageName = name;
    r.force = force;
    return r;
}

Outcome tst_CinderFlow::submit(JobMonitor &monitor, const CinderUploadRequest &r)
{
    Outcome out;
    monitor.submitCinder(m_session.get(),
        r.volumeId,
        r.imageName,
        r.toBody(),
        this,
        [&out](const ApiError &e, const QString &id) {
            out.called = true;
            out.error = e;
            out.localId = id;
        });
    // The intent is on disk before the create goes out, without a marker (interfaces.md §7).
    const QList<JobRecord> stored = JobStore(m_dir->filePath(u"jobs.sqlite"_s)).load();
    if (stored.isEmpty() || stored.last().volumeId != r.volumeId || !stored.last().marker.isEmpty())
        qWarning("intent record not saved before sending");
    static_cast<void>(QTest::qWaitFor([&out] { return out.called; }, 15000));
    return out;
}

void tst_CinderFlow::discoversTheMicroversion()
{
    const auto job = finished(m_session->volumeVersions(this));
    QVERIFY2(!job->error(), qPrintable(job->error().message));
    // The catalog's volumev3 URL is .../v3/{project_id}; the list is at the root, as
    // python-cinderclient reads it.
    QCOMPARE(job->request().url.path(), u"/"_s);
    QString why;
    const auto version = VolumeApiVersion::fromJson(job->json().object(), &why);
    QVERIFY2(version, qPrintable(why));
    QCOMPARE(version->maxVersion, (NovaMicroversion{3, 70}));
    QCOMPARE(version->choose(), VolumeImageVisibility); // capped at what we rely on
    QVERIFY(version->supportsImageVisibility());
}

void tst_CinderFlow::listsVolumesPageByPage()
{
    QStringList names;
    QString marker;
    for (int page = 0; page < 20; ++page) {
        const auto job = finished(m_session->listVolumes(7, marker, this));
        QVERIFY2(!job->error(), qPrintable(job->error().message));
        const auto parsed = CinderVolumePage::fromJson(job->json().object());
        QVERIFY(parsed);
        for (const CinderVolume &v : parsed->volumes)
            names << v.name;
        marker = parsed->nextMarker;
        if (marker.isEmpty())
            break;
    }
    QCOMPARE(names.size(), 20); // docs/democloud.md: 13 system disks + 7 others
    QVERIFY(names.contains(u"spare-data"_s));
    const auto one = finished(m_session->volume(BadVolume, this));
    const auto bad = CinderVolume::fromJson(one->json().object().value(u"volume"_s).toObject());
    QVERIFY(bad);
    QVERIFY(bad->isError());
}

void tst_CinderFlow::uploadFollowedToSuccess()
{
    auto monitor = makeMonitor();
    QSignalSpy finishedSpy(monitor.get(), &JobMonitor::jobFinished);
    const CinderUploadRequest r = request(SpareVolume, u"spare-data-image"_s);
    const Outcome out = submit(*monitor, r);
    QVERIFY(out.called);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QVERIFY(row >= 0);
    QCOMPARE(monitor->at(row).state, JobState::Running);
    QCOMPARE(monitor->at(row).imageIds.size(), 1);
    QCOMPARE(monitor->at(row).volumeStatus, u"uploading"_s);
    QCOMPARE(monitor->at(row).volumeId, SpareVolume);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Succeeded, 20000);
    const JobRecord &rec = monitor->at(row);
    QCOMPARE(rec.volumeStatus, u"available"_s); // back where it was (seed 000)
    QCOMPARE(rec.cloudStatus, u"active"_s);
    QCOMPARE(finishedSpy.count(), 1);
    // Exactly one create, the body as the operator meant it (no marker can be added).
    const QString action = u"/v3/%1/volumes/%2/action"_s.arg(m_demo.projectId(), SpareVolume);
    QCOMPARE(m_demo.countRequests("POST", action), 1);
    QJsonObject sent;
    const QJsonArray recorded = m_demo.requests();
    for (const QJsonValue &v : recorded) {
        if (v.toObject().value(u"path"_s).toString() == action)
            sent = v.toObject().value(u"body"_s).toObject();
    }
    QCOMPARE(sent, r.toBody());
    // Polling read the volume, then the image once it was back.
    QVERIFY(m_demo.countRequests("GET", u"/v3/%1/volumes/%2"_s.arg(m_demo.projectId(), SpareVolume))
        >= 1);
    QVERIFY(m_demo.countRequests("GET", u"/v2/images/"_s + rec.imageIds.first()) >= 1);
    QStringList events;
    for (const JobRecord::Event &e : rec.timeline)
        events << e.text;
    QVERIFY2(events.contains(u"Volume available"_s), qPrintable(events.join(u" | "_s)));
    // The store has the new fields.
    const auto stored = [this] {
        const QList<JobRecord> all = JobStore(m_dir->filePath(u"jobs.sqlite"_s)).load();
        return all.size() == 1 && all.first().state == JobState::Succeeded
            && all.first().volumeId == SpareVolume && all.first().volumeStatus == u"available";
    };
    QTRY_VERIFY_WITH_TIMEOUT(stored(), 5000);
}

void tst_CinderFlow::visibilityNeedsAndGetsMicroversion31()
{
    auto monitor = makeMonitor();
    CinderUploadRequest r = request(OldOsVolume, u"old-os-shared"_s);
    r.visibility = u"shared"_s;
    r.isProtected = true;
    r.diskFormat = u"qcow2"_s;
    // The demo cloud refuses visibility below 3.1, so an accepted create proves the header.
    const Outcome out = submit(*monitor, r);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Succeeded, 20000);
    const auto image =
        m_demo.get(u"/v2/images/"_s + monitor->at(row).imageIds.first(), m_demo.token());
    QCOMPARE(image.object().value(u"visibility"_s).toString(), u"shared"_s);
    QCOMPARE(image.object().value(u"protected"_s).toBool(), true);
    QCOMPARE(image.object().value(u"disk_format"_s).toString(), u"qcow2"_s);
    QStringList events;
    for (const JobRecord::Event &e : monitor->at(row).timeline)
        events << e.text;
    QVERIFY2(events.contains(u"Block storage API microversion 3.1"_s),
        qPrintable(events.join(u" | "_s)));
}

void tst_CinderFlow::failedUploadEndsInVolumeError()
{
    auto monitor = makeMonitor();
    const Outcome out = submit(*monitor, request(Build02Sys, u"fail-build-02"_s, true));
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Failed, 20000);
    QCOMPARE(monitor->at(row).volumeStatus, u"error"_s);
    QVERIFY(monitor->at(row).failReason.contains(u"error"_s));
    QVERIFY(monitor->at(row).finished.isValid());
}

void tst_CinderFlow::syncStatusReasonFailsOnFjcloud()
{
    openSession(CloudFamily::FjcloudO);
    auto monitor = makeMonitor();
    const Outcome out = submit(*monitor, request(Worker07Sys, u"sync-worker-07"_s, true));
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Failed, 20000);
    const JobRecord &rec = monitor->at(row);
    // Seed 000: active, but a sync_status_reason: delete the image and create it again.
    QCOMPARE(rec.cloudStatus, u"active"_s);
    QCOMPARE(rec.errorCode, u"sync_status_reason"_s);
    QVERIFY2(rec.failReason.contains(u"ERROR:A timeout occurred during synchronize image"_s),
        qPrintable(rec.failReason));
    QVERIFY2(rec.failReason.contains(u"Delete the image, then create it again"_s),
        qPrintable(rec.failReason));
    QCOMPARE(rec.imageIds.size(), 1); // the operator needs it to delete the image
}

void tst_CinderFlow::syncStatusReasonIgnoredElsewhere()
{
    openSession(CloudFamily::OpenStack);
    auto monitor = makeMonitor();
    const Outcome out = submit(*monitor, request(Worker08Sys, u"sync-worker-08"_s, true));
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Succeeded, 20000);
    QVERIFY(!CinderUploadFollower::checksSyncStatus(CloudFamily::OpenStack));
    QVERIFY(CinderUploadFollower::checksSyncStatus(CloudFamily::FjcloudO));
    QVERIFY(CinderUploadFollower::checksSyncStatus(CloudFamily::Demo));
}

void tst_CinderFlow::inUseNeedsForce()
{
    auto monitor = makeMonitor();
    // Without force Cinder refuses an attached volume: 400 "Invalid volume", nothing tracked.
    const Outcome refused = submit(*monitor, request(WebData1, u"web-data-no-force"_s));
    QVERIFY(refused.called);
    QVERIFY(refused.localId.isEmpty());
    QCOMPARE(refused.error.kind, ApiError::Kind::Http);
    QCOMPARE(refused.error.httpStatus, 400);
    QVERIFY2(refused.error.message.startsWith(
                 u"Invalid volume: Volume %1 status must be available"_s.arg(WebData1)),
        qPrintable(refused.error.message));
    QVERIFY(!refused.error.outcomeUnknown());
    QCOMPARE(monitor->count(), 0);
    // With force (seed 000: stop the OS first) it is accepted.
    const Outcome accepted = submit(*monitor, request(WebData1, u"web-data-forced"_s, true));
    QVERIFY2(!accepted.error, qPrintable(accepted.error.userMessage()));
    const int row = monitor->rowOf(accepted.localId);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Succeeded, 20000);
    QCOMPARE(monitor->at(row).volumeStatus, u"in-use"_s);
    const QString action = u"/v3/%1/volumes/%2/action"_s.arg(m_demo.projectId(), WebData1);
    QCOMPARE(m_demo.countRequests("POST", action), 2); // each sent once
}

void tst_CinderFlow::errorVolumeIsRefused()
{
    auto monitor = makeMonitor();
    const Outcome refused = submit(*monitor, request(BadVolume, u"bad-vol-image"_s, true));
    QVERIFY(refused.localId.isEmpty());
    QCOMPARE(refused.error.httpStatus, 400);
    QVERIFY(refused.error.message.contains(u"available or in-use"_s));
}

void tst_CinderFlow::lostAnswerFoundByNameAndTime()
{
    // The cloud did the upload but its answer was lost: no marker can be sent with a volume
    // action, so the job is found by volume, image name and time, never by sending it again.
    auto monitor = makeMonitor();
    const QString action = u"/v3/%1/volumes/%2/action"_s.arg(m_demo.projectId(), WebData2);
    m_demo.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, action},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"drop"_s},
        {u"count"_s, 3}});
    const Outcome out = submit(*monitor, request(WebData2, u"cinder-answer-lost"_s, true));
    QVERIFY(out.error.outcomeUnknown());
    QVERIFY(!out.localId.isEmpty());
    const auto record = [&] { return monitor->at(monitor->rowOf(out.localId)); };
    QCOMPARE(record().state, JobState::NeedsAttention);
    QVERIFY(record().imageIds.isEmpty());
    QVERIFY(JobMonitor::canReconcile(record()));
    QCOMPARE(m_demo.countRequests("POST", action), 1);

    monitor->pollNow(out.localId); // "Find it"
    QTRY_COMPARE_WITH_TIMEOUT(record().state, JobState::Succeeded, 20000);
    QCOMPARE(record().imageIds.size(), 1);
    QCOMPARE(record().volumeStatus, u"in-use"_s);
    const auto image = m_demo.get(u"/v2/images/"_s + record().imageIds.first(), m_demo.token());
    QCOMPARE(image.object().value(u"name"_s).toString(), u"cinder-answer-lost"_s);
    QVERIFY(m_demo.countRequests("GET", u"/v2/images"_s) >= 1);
    QStringList events;
    for (const JobRecord::Event &e : record().timeline)
        events << e.text;
    QVERIFY2(
        events.join(u" | "_s).contains(u"made after the request: the upload did take effect"_s),
        qPrintable(events.join(u" | "_s)));
    QCOMPARE(m_demo.countRequests("POST", action), 1); // never re-sent
}

void tst_CinderFlow::neverSentIsSaidSo()
{
    // The app stopped after saving the intent, before the action left: on restart the job is
    // looked up by itself; no image of that name was made after the intent and the volume is
    // back where it was, so its history says the upload did not take effect. Nothing is sent.
    JobRecord intent;
    intent.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.method = CreationMethod::CinderUploadToImage;
    intent.profileId = u"demo"_s;
    intent.name = u"cinder-never-left"_s;
    intent.volumeId = DbData;
    intent.state = JobState::Submitting;
    intent.created = QDateTime::currentDateTimeUtc();
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save({intent}));
    JobRecord noVolume = intent;
    noVolume.volumeId.clear();
    noVolume.state = JobState::NeedsAttention;
    QVERIFY(!JobMonitor::canReconcile(noVolume));

    auto monitor = makeMonitor();
    monitor->restore();
    const auto record = [&] { return monitor->at(monitor->rowOf(intent.localId)); };
    QCOMPARE(record().state, JobState::NeedsAttention);
    QVERIFY(JobMonitor::canReconcile(record()));
    const qsizetype before = record().timeline.size();
    QTRY_VERIFY_WITH_TIMEOUT(record().timeline.size() > before, 10000);
    const QString last = record().timeline.constLast().text;
    QVERIFY2(
        last.contains(u"did not take effect"_s) && last.contains(u"in-use"_s), qPrintable(last));
    QCOMPARE(record().state, JobState::NeedsAttention);
    QVERIFY(record().imageIds.isEmpty());
    const QString action = u"/v3/%1/volumes/%2/action"_s.arg(m_demo.projectId(), DbData);
    QCOMPARE(m_demo.countRequests("POST", action), 0);
    QCOMPARE(
        m_demo.countRequests("GET", u"/v3/%1/volumes/%2"_s.arg(m_demo.projectId(), DbData)), 1);
}

QTEST_GUILESS_MAIN(tst_CinderFlow)
#include "tst_cinderflow.moc"
