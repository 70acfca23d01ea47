// The job followers (app/jobs/followers): which read each asks, and what each answer does to a
// job, from recorded answers, with no cloud and no event loop. Every malformed answer ends in
// a clear step, never a crash.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "create/creationmethod.h"
#include "jobs/follower.h"
#include "jobs/followerregistry.h"
#include "jobs/followers/imsjobfollower.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;
using Next = FollowStep::Next;

namespace {

const QDateTime Now = QDateTime(QDate(2024, 11, 6), QTime(12, 0), Qt::UTC);

JobRecord runningJob(CreationMethod method)
{
    JobRecord r;
    r.localId = u"local-1"_s;
    r.method = method;
    r.profileId = u"p"_s;
    r.name = u"web-base"_s;
    r.created = Now.addSecs(-600);
    r.state = JobState::Running;
    if (CreationMethods::isIms(method))
        r.jobId = u"4010a32c5a5b4b4a8d5c6d3c6e8b1f20"_s;
    else
        r.imageIds = {u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s};
    if (method == CreationMethod::CinderUploadToImage) {
        r.volumeId = u"6edbc2f4-1507-44f8-ac0d-eed1d2608d38"_s;
        r.volumeStatus = u"uploading"_s;
        r.cloudStatus = u"uploading"_s;
    }
    if (method == CreationMethod::GlanceCreateUpload)
        r.upload = JobRecord::Upload::Done;
    return r;
}

const JobFollower &followerFor(CreationMethod method)
{
    const JobFollower *f = FollowerRegistry::standard().forKind(CreationMethods::key(method));
    Q_ASSERT(f);
    return *f;
}

ApiError httpError(int status)
{
    ApiError e = ApiError::make(ApiError::Kind::Http);
    e.httpStatus = status;
    return e;
}

QByteArray answerBytes(const QString &file)
{
    if (file.isEmpty())
        return {};
    // The IMS job answers of seeds 002/004 are shared with tst_imsjob (tests/fixtures).
    return Fixtures::bytes(file.startsWith(u"ims_job_"_s) ? file : u"answers/"_s + file);
}

} // namespace

class tst_Followers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMethodHasAFollower();
    void unknownKindHasNone();
    void answers_data();
    void answers();
    void imsProgressQueryMissingSwitchesToStatus();
    void partialDataDiskFailureNamesEachImage();
    void cinderAsksTheImageOnceTheVolumeIsBack();
    void glanceUploadVerifiesDigests();
    void glanceCreateNotFoundIsNeverCalledNotCreated();
    void malformedAnswersNeverCrash_data();
    void malformedAnswersNeverCrash();
};

void tst_Followers::everyMethodHasAFollower()
{
    for (int i = 0; i < CreationMethodCount; ++i) {
        const auto method = CreationMethod(i);
        const JobFollower *f = FollowerRegistry::standard().forKind(CreationMethods::key(method));
        QVERIFY2(f, qPrintable(CreationMethods::key(method)));
        const JobRecord r = runningJob(method);
        QVERIFY(f->canFollow(r));
        JobRecord bare = r;
        bare.jobId.clear();
        bare.imageIds.clear();
        QVERIFY2(!f->canFollow(bare), "a job without its cloud ID cannot be followed");
    }
}

void tst_Followers::unknownKindHasNone()
{
    QCOMPARE(FollowerRegistry::standard().forKind(u"image-copy-from-the-future"_s), nullptr);
}

void tst_Followers::answers_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("file"); // tests/fixtures/answers, or tests/fixtures for ims_job_*
    QTest::addColumn<int>("httpStatus"); // 0: a 2xx answer with the file as its body
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("next");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("cloudStatus");
    QTest::addColumn<QString>("errorCode");

    const int ims = int(CreationMethod::ImsEcs);
    const int nova = int(CreationMethod::NovaCreateImage);
    const int cinder = int(CreationMethod::CinderUploadToImage);
    const int glance = int(CreationMethod::GlanceCreateUpload);
    const int os = int(CloudFamily::OpenStack);
    const int fj = int(CloudFamily::FjcloudO);
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // IMS (seed 002/004 shapes, tests/fixtures)
    row("ims running") << ims << u"ims-progress"_s << u"ims_job_progress_running.json"_s << 0
                       << os << int(Next::Later) << int(JobState::Running) << u"RUNNING"_s
                       << QString();
    row("ims success") << ims << u"ims-progress"_s << u"ims_job_success.json"_s << 0 << os
                       << int(Next::Ended) << int(JobState::Succeeded) << u"SUCCESS"_s
                       << QString();
    row("ims fail") << ims << u"ims-status"_s << u"ims_job_fail.json"_s << 0 << os
                    << int(Next::Ended) << int(JobState::Failed) << u"FAIL"_s << u"IMG.0087"_s;
    row("ims ova sub-jobs") << ims << u"ims-status"_s << u"ims_job_ova_subjobs.json"_s << 0 << os
                            << int(Next::Ended) << int(JobState::Succeeded) << u"SUCCESS"_s
                            << QString();
    row("ims 500") << ims << u"ims-progress"_s << QString() << 500 << os << int(Next::NoAnswer)
                   << int(JobState::Running) << QString() << QString();
    row("ims 404 on the status query") << ims << u"ims-status"_s << QString() << 404 << os
                                       << int(Next::NoAnswer) << int(JobState::Running)
                                       << QString() << QString();
    // Nova: the image in Glance
    row("nova queued") << nova << u"image"_s << u"glance_image_queued.json"_s << 0 << os
                       << int(Next::Later) << int(JobState::Running) << u"queued"_s << QString();
    row("nova saving") << nova << u"image"_s << u"glance_image_saving.json"_s << 0 << os
                       << int(Next::Later) << int(JobState::Running) << u"saving"_s << QString();
    row("nova active") << nova << u"image"_s << u"glance_image_active.json"_s << 0 << os
                       << int(Next::Ended) << int(JobState::Succeeded) << u"active"_s
                       << QString();
    row("nova killed") << nova << u"image"_s << u"glance_image_killed.json"_s << 0 << os
                       << int(Next::Ended) << int(JobState::Failed) << u"killed"_s << QString();
    row("nova purged (404)") << nova << u"image"_s << QString() << 404 << os << int(Next::Ended)
                             << int(JobState::Failed) << u"404"_s << QString();
    row("nova 503") << nova << u"image"_s << QString() << 503 << os << int(Next::NoAnswer)
                    << int(JobState::Running) << QString() << QString();
    // Cinder: the volume, then the image
    row("cinder uploading") << cinder << u"volume"_s << u"cinder_volume_uploading.json"_s << 0
                            << os << int(Next::Later) << int(JobState::Running)
                            << u"uploading"_s << QString();
    row("cinder volume back") << cinder << u"volume"_s << u"cinder_volume_available.json"_s << 0
                              << os << int(Next::Now) << int(JobState::Running)
                              << u"available"_s << QString();
    row("cinder volume error") << cinder << u"volume"_s << u"cinder_volume_error.json"_s << 0
                               << os << int(Next::Ended) << int(JobState::Failed) << u"error"_s
                               << QString();
    row("cinder volume deleted") << cinder << u"volume"_s << QString() << 404 << os
                                 << int(Next::Ended) << int(JobState::Failed) << u"404"_s
                                 << QString();
    row("cinder image active") << cinder << u"image"_s << u"glance_image_active.json"_s << 0
                               << os << int(Next::Ended) << int(JobState::Succeeded)
                               << u"active"_s << QString();
    row("cinder sync reason, openstack")
        << cinder << u"image"_s << u"glance_image_active_sync_reason.json"_s << 0 << os
        << int(Next::Ended) << int(JobState::Succeeded) << u"active"_s << QString();
    row("cinder sync reason, fjcloud")
        << cinder << u"image"_s << u"glance_image_active_sync_reason.json"_s << 0 << fj
        << int(Next::Ended) << int(JobState::Failed) << u"active"_s << u"sync_status_reason"_s;
    // Glance create + upload (upload done; the image on its way)
    row("glance saving") << glance << u"image"_s << u"glance_image_saving.json"_s << 0 << os
                         << int(Next::Later) << int(JobState::Running) << u"saving"_s
                         << QString();
    row("glance killed") << glance << u"image"_s << u"glance_image_killed.json"_s << 0 << os
                         << int(Next::Ended) << int(JobState::Failed) << u"killed"_s
                         << QString(); // said in words, not shown as an error code (issue 16)
    row("glance deleted") << glance << u"image"_s << QString() << 404 << os << int(Next::Ended)
                          << int(JobState::Failed) << u"404"_s << QString();
    row("glance queued, no upload") << glance << u"image"_s << u"glance_image_queued.json"_s << 0
                                    << os << int(Next::Stop) << int(JobState::Running)
                                    << u"queued"_s << QString();
}

void tst_Followers::answers()
{
    QFETCH(int, method);
    QFETCH(QString, query);
    QFETCH(QString, file);
    QFETCH(int, httpStatus);
    QFETCH(int, family);
    QFETCH(int, next);
    QFETCH(int, state);
    QFETCH(QString, cloudStatus);
    QFETCH(QString, errorCode);

    const JobFollower &f = followerFor(CreationMethod(method));
    JobRecord r = runningJob(CreationMethod(method));
    // Made before the fixtures' image times, so those count as the cloud's (issue 16).
    r.created = QDateTime(QDate(2024, 11, 6), QTime(9, 0), Qt::UTC);
    const JobRecord before = r;
    QVariantHash memo;
    FollowAnswer answer{{query, u"id"_s}, {}, answerBytes(file)};
    if (httpStatus)
        answer.error = httpError(httpStatus);
    QVERIFY(file.isEmpty() || !answer.body.isEmpty());
    const FollowStep step = f.read(r, memo, answer, {CloudFamily(family), false, Now});
    QCOMPARE(int(step.next), next);
    QCOMPARE(int(r.state), state);
    if (step.next == Next::NoAnswer) {
        QCOMPARE(r.toJson(), before.toJson()); // no news: the record is untouched
        return;
    }
    QCOMPARE(r.cloudStatus, cloudStatus);
    QCOMPARE(r.errorCode, errorCode);
    if (r.isTerminal()) {
        QCOMPARE(step.next, Next::Ended);
        QVERIFY(r.finished.isValid());
        QVERIFY(step.changes & JobChange::Result);
        // An IMS job's end is shown at the cloud's end_time, not when it was asked (issue 16).
        const QJsonObject ims = QJsonDocument::fromJson(answer.body).object();
        const QDateTime cloudEnd = QDateTime::fromString(
            ims.value(u"end_time"_s).toString(), Qt::ISODateWithMs);
        if (CreationMethods::isIms(CreationMethod(method)) && cloudEnd.isValid()) {
            QCOMPARE(r.finished, cloudEnd);
            QCOMPARE(r.timeline.constLast().at, cloudEnd);
        }
        // A Glance image's end is dated at its updated_at (Nova, Cinder, Glance).
        const QDateTime imageChanged =
            QDateTime::fromString(ims.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
        if (!CreationMethods::isIms(CreationMethod(method)) && imageChanged.isValid()) {
            QCOMPARE(r.finished, imageChanged);
            QCOMPARE(r.timeline.constLast().at, imageChanged);
        }
    }
    if (r.state == JobState::Succeeded)
        QVERIFY(!r.imageIds.isEmpty());
    if (r.state == JobState::Failed)
        QVERIFY2(!r.failReason.isEmpty(), "a failed job says why");
}

void tst_Followers::imsProgressQueryMissingSwitchesToStatus()
{
    const JobFollower &f = followerFor(CreationMethod::ImsObsFile);
    JobRecord r = runningJob(CreationMethod::ImsObsFile);
    QVariantHash memo;
    const FollowQuery first = f.nextQuery(r, memo);
    QCOMPARE(first.kind, u"ims-progress"_s);
    QCOMPARE(first.resourceId, r.jobId);
    const FollowStep step = f.read(r, memo, {first, httpError(404), {}}, {});
    QCOMPARE(step.next, Next::Now);
    QCOMPARE(r.state, JobState::Running);
    QCOMPARE(f.nextQuery(r, memo).kind, u"ims-status"_s);
    // After a restart the memo is empty: the progress query is tried first again.
    QCOMPARE(f.nextQuery(r, {}).kind, u"ims-progress"_s);
}

void tst_Followers::partialDataDiskFailureNamesEachImage()
{
    const JobFollower &f = followerFor(CreationMethod::ImsEcsDataDisks);
    JobRecord r = runningJob(CreationMethod::ImsEcsDataDisks);
    QVariantHash memo;
    const FollowStep step = f.read(r,
        memo,
        {{u"ims-status"_s, r.jobId}, {}, answerBytes(u"ims_data_disks_partial.json"_s)},
        {CloudFamily::HuaweiCloud, false, Now});
    QCOMPARE(step.next, Next::Ended);
    QCOMPARE(r.state, JobState::Failed);
    QCOMPARE(r.imageIds, QStringList{u"0f2b1c3d-1111-4a2b-9c3d-4e5f6a7b8c9d"_s});
    QCOMPARE(r.errorCode, u"IMG.0097"_s);
    QStringList events;
    for (const JobRecord::Event &e : std::as_const(r.timeline))
        events << e.text;
    const QString history = events.join(u'\n');
    QVERIFY2(history.contains(u"web-data-1"_s) && history.contains(u"0f2b1c3d"_s),
        qPrintable(history));
    QVERIFY2(history.contains(u"web-data-2"_s)
            && history.contains(u"IMG.0097 The data disk snapshot could not be created."_s),
        qPrintable(history));
    QVERIFY2(r.failReason.contains(u"1 of the images were made and 1 failed"_s),
        qPrintable(r.failReason));
    QCOMPARE(r.finished, QDateTime(QDate(2024, 11, 6), QTime(9, 6, 10), Qt::UTC));
}

void tst_Followers::cinderAsksTheImageOnceTheVolumeIsBack()
{
    const JobFollower &f = followerFor(CreationMethod::CinderUploadToImage);
    JobRecord r = runningJob(CreationMethod::CinderUploadToImage);
    QVariantHash memo;
    FollowQuery q = f.nextQuery(r, memo);
    QCOMPARE(q.kind, u"volume"_s);
    QCOMPARE(q.resourceId, r.volumeId);
    f.read(r, memo, {q, {}, answerBytes(u"cinder_volume_available.json"_s)}, {});
    q = f.nextQuery(r, memo);
    QCOMPARE(q.kind, u"image"_s);
    QCOMPARE(q.resourceId, r.imageIds.first());
}

void tst_Followers::glanceUploadVerifiesDigests()
{
    const JobFollower &f = followerFor(CreationMethod::GlanceCreateUpload);
    const QByteArray active = answerBytes(u"glance_image_active.json"_s);
    const FollowQuery q{u"image"_s, u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s};
    QVariantHash memo;

    JobRecord same = runningJob(CreationMethod::GlanceCreateUpload);
    same.localDigests = {{u"md5"_s, u"64D7C1CD2B6F60C92C14662941CB7913"_s}};
    QCOMPARE(f.read(same, memo, {q, {}, active}, {}).next, Next::Ended);
    QCOMPARE(same.state, JobState::Succeeded);
    QVERIFY(same.timeline.constLast().text.startsWith(u"Verified"_s));

    JobRecord other = runningJob(CreationMethod::GlanceCreateUpload);
    other.localDigests = {{u"md5"_s, u"00000000000000000000000000000000"_s}};
    QCOMPARE(f.read(other, memo, {q, {}, active}, {}).next, Next::Ended);
    QCOMPARE(other.state, JobState::Failed);
    QCOMPARE(other.errorCode, u"hash-mismatch"_s);

    // An upload that ended in an error while the cloud had the whole file: done after all.
    JobRecord dropped = runningJob(CreationMethod::GlanceCreateUpload);
    dropped.upload = JobRecord::Upload::Incomplete;
    dropped.failReason = u"the connection was lost"_s;
    dropped.localDigests = same.localDigests;
    QCOMPARE(f.read(dropped, memo, {q, {}, answerBytes(u"glance_image_saving.json"_s)}, {}).next,
        Next::Later);
    QCOMPARE(dropped.upload, JobRecord::Upload::Done);
    QVERIFY(dropped.failReason.isEmpty());
    QCOMPARE(f.read(dropped, memo, {q, {}, active}, {}).next, Next::Ended);
    QCOMPARE(dropped.state, JobState::Succeeded);

    // The create of this process confirmed (queued): the upload starts.
    JobRecord fresh = runningJob(CreationMethod::GlanceCreateUpload);
    fresh.upload = JobRecord::Upload::Waiting;
    const FollowStep step = f.read(
        fresh, memo, {q, {}, answerBytes(u"glance_image_queued.json"_s)}, {{}, true, Now});
    QCOMPARE(step.next, Next::StartUpload);
}

void tst_Followers::glanceCreateNotFoundIsNeverCalledNotCreated()
{
    // A create whose answer was lost, looked up by its chosen ID: a 404 proves nothing (the
    // cloud may carry the create out later). A few lookups, then the operator decides.
    const JobFollower &f = followerFor(CreationMethod::GlanceCreateUpload);
    JobRecord r = runningJob(CreationMethod::GlanceCreateUpload);
    r.state = JobState::NeedsAttention;
    r.upload = JobRecord::Upload::Waiting;
    QVariantHash memo;
    const FollowQuery q = f.nextQuery(r, memo);
    QList<Next> steps;
    for (int i = 0; i < 4; ++i)
        steps << f.read(r, memo, {q, httpError(404), {}}, {{}, true, Now}).next;
    QCOMPARE(steps, (QList<Next>{Next::Later, Next::Later, Next::Later, Next::Stop}));
    QCOMPARE(r.state, JobState::NeedsAttention);
    QVERIFY(r.errorCode.isEmpty());
    QCOMPARE(r.timeline.size(), 2); // said when first not found, and when it stops looking
    // Found after all (Retry): followed, and uploaded by the process that sent the create.
    QCOMPARE(f.read(r, memo, {q, {}, answerBytes(u"glance_image_queued.json"_s)}, {{}, true, Now})
                 .next,
        Next::StartUpload);
    QCOMPARE(r.state, JobState::Running);
}

void tst_Followers::malformedAnswersNeverCrash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html error page") << answerBytes(u"html_error_page.html"_s);
    QTest::newRow("json array") << QByteArray("[1,2,3]");
    QTest::newRow("json null") << QByteArray("null");
    QTest::newRow("truncated") << answerBytes(u"glance_image_active.json"_s).left(57);
    QTest::newRow("wrong types") << QByteArray(
        R"({"id": 7, "status": ["active"], "job_id": {}, "volume": "x", "entities": 3})");
    QTest::newRow("status of wrong type")
        << QByteArray(R"({"id": "x", "job_id": "y", "status": 1, "volume": {"id": "v"}})");
    QTest::newRow("no status") << QByteArray(R"({"id": "x", "job_id": "y", "volume": {"id": "v"}})");
    QTest::newRow("sub-jobs of wrong type") << QByteArray(
        R"({"job_id": "y", "status": "FAIL", "entities": {"sub_jobs_result": [1, null, "a", {}]}})");
}

void tst_Followers::malformedAnswersNeverCrash()
{
    QFETCH(QByteArray, body);
    for (int i = 0; i < CreationMethodCount; ++i) {
        const auto method = CreationMethod(i);
        const JobFollower &f = followerFor(method);
        for (bool volumeBack : {false, true}) {
            JobRecord r = runningJob(method);
            if (volumeBack)
                r.volumeStatus = u"available"_s;
            const JobRecord before = r;
            QVariantHash memo;
            const FollowQuery q = f.nextQuery(r, memo);
            const FollowStep step = f.read(r, memo, {q, {}, body}, {{}, false, Now});
            const QString where = CreationMethods::key(method) + u" / "_s + q.kind;
            if (step.next == Next::Unreadable) {
                QVERIFY2(!step.why.isEmpty(), qPrintable(where));
                QVERIFY2(r.toJson() == before.toJson(), qPrintable(where)); // untouched
            } else {
                // Only a well-formed IMS FAIL may be read from these: it ends failed.
                QVERIFY2(r.state == JobState::Failed && step.next == Next::Ended,
                    qPrintable(where + u": "_s + QString::number(int(step.next))));
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_Followers)
#include "tst_followers.moc"
