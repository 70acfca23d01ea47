// Method 1 end to end in the core: JobMonitor writes the intent, sends one create to the demo
// cloud, follows the job to SUCCESS (image ID) or FAIL (the cloud's reason), survives a restart,
// and marks an unanswered create "needs attention" without sending it again.
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/imsecsrequest.h"
#include "create/novacreateimagerequest.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobtablemodel.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"
#include "support/demosession.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

const QString ShutoffServerId = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s; // db-01, seed 004

struct Outcome
{
    bool called = false;
    ApiError error;
    QString localId;
};

} // namespace

class tst_ImsFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void createFollowedToSuccess();
    void failureCarriesTheCloudsReason();
    void refusedCreateIsNotTracked();
    void unansweredCreateNeedsAttention();
    void lostCreateThatNeverArrivedIsSaidSo();
    void restartResumesPolling();
    void novaCreateFollowedToActive();
    void novaPurgeIsAFailure();
    void novaConflictIsRefused();
    void novaLostAnswerFoundByMarker();

private:
    std::unique_ptr<JobMonitor> makeMonitor();
    Outcome submit(JobMonitor &monitor, const QString &name, const QString &serverId);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
};

void tst_ImsFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo.setJobSeconds(2.0);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_ImsFlow::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_dir = std::make_unique<TestDir>();
    m_session.reset();
    m_client = std::make_unique<RestClient>(DemoSession::fastRetries());
    m_session = DemoSession::open(m_client.get(), CloudProfile::demo(m_demo.authUrl()));
}

std::unique_ptr<JobMonitor> tst_ImsFlow::makeMonitor()
{
    return DemoSession::monitor(m_dir->filePath(u"jobs.sqlite"_s), m_session.get());
}

Outcome tst_ImsFlow::submit(JobMonitor &monitor, const QString &name, const QString &serverId)
{
    ImsEcsRequest r;
    r.name = name;
    r.description = u"made by tst_imsflow"_s;
    r.instanceId = serverId;
    r.tags = TagSet({{u"team"_s, u"qa"_s}});
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Outcome out;
    monitor.submitIms(m_session.get(),
        CreationMethod::ImsEcs,
        name,
        marker,
        r.toBodyWithMarker(marker),
        this,
        [&out](const ApiError &e, const QString &id) {
            out.called = true;
            out.error = e;
            out.localId = id;
        });
    // The intent is on disk before the answer comes back.
    const QList<JobRecord> stored = JobStore(m_dir->filePath(u"jobs.sqlite"_s)).load();
    if (stored.isEmpty() || stored.last().marker != marker)
        qWarning("intent record not saved before sending");
    static_cast<void>(QTest::qWaitFor([&out] { return out.called; }, 15000));
    return out;
}

void tst_ImsFlow::createFollowedToSuccess()
{
    auto monitor = makeMonitor();
    JobTableModel model(monitor.get());
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    const Outcome out = submit(*monitor, u"web-base-2026"_s, ShutoffServerId);
    QVERIFY(out.called);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    QVERIFY(!out.localId.isEmpty());
    const int row = monitor->rowOf(out.localId);
    QCOMPARE(monitor->at(row).state, JobState::Running);
    QVERIFY(!monitor->at(row).jobId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Succeeded, 20000);
    const JobRecord &r = monitor->at(row);
    QCOMPARE(r.imageIds.size(), 1);
    QVERIFY(!r.imageIds.first().isEmpty());
    QCOMPARE(r.progress, 1.0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.index(row, JobTableModel::Result).data().toString(), r.imageIds.first());
    QCOMPARE(
        model.index(row, JobTableModel::Progress).data(JobTableModel::ProgressRole).toInt(), 100);
    // Exactly one create reached the cloud, with the marker; the job was polled, not hammered.
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    const QJsonArray calls = m_demo.requests();
    bool markerSeen = false;
    for (const QJsonValue &v : calls) {
        const QJsonObject body = v.toObject().value(u"body"_s).toObject();
        for (const QJsonValue &t : body.value(u"image_tags"_s).toArray())
            markerSeen |= t.toObject().value(u"key"_s).toString() == u"imagewright_op"_s
                && t.toObject().value(u"value"_s).toString() == r.marker;
    }
    QVERIFY(markerSeen);
    QVERIFY(monitor->pollCount() >= 1);
    // The finished state reaches the store shortly (ends are saved in bursts, within 250 ms).
    const auto storedState = [this] {
        const QList<JobRecord> stored = JobStore(m_dir->filePath(u"jobs.sqlite"_s)).load();
        return stored.size() == 1 ? int(stored.first().state) : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(storedState(), int(JobState::Succeeded), 5000);
}

void tst_ImsFlow::failureCarriesTheCloudsReason()
{
    auto monitor = makeMonitor();
    const Outcome out = submit(*monitor, u"fail-broken-disk"_s, ShutoffServerId);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Failed, 20000);
    QVERIFY(!monitor->at(row).errorCode.isEmpty());
    QVERIFY(!monitor->at(row).failReason.isEmpty());
    QVERIFY(monitor->at(row).imageIds.isEmpty());
}

void tst_ImsFlow::refusedCreateIsNotTracked()
{
    auto monitor = makeMonitor();
    // A name our own rules would stop: sent anyway here to see the cloud's refusal.
    const Outcome out = submit(*monitor, u" leading space"_s, ShutoffServerId);
    QVERIFY(out.error);
    QCOMPARE(out.error.httpStatus, 400);
    QVERIFY(out.error.serviceCode.startsWith(u"IMG."_s));
    QVERIFY(out.localId.isEmpty());
    QCOMPARE(monitor->count(), 0); // nothing exists on the cloud, nothing is tracked
    QVERIFY(out.error.userMessage().contains(out.error.serviceCode));
}

void tst_ImsFlow::unansweredCreateNeedsAttention()
{
    auto monitor = makeMonitor();
    m_demo.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, u"/v2/cloudimages/action"_s},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"drop"_s},
        {u"count"_s, 3}});
    const Outcome out = submit(*monitor, u"answer-lost"_s, ShutoffServerId);
    QVERIFY(out.error.outcomeUnknown());
    QVERIFY(!out.localId.isEmpty());
    QCOMPARE(monitor->at(monitor->rowOf(out.localId)).state, JobState::NeedsAttention);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);

    // The create reached the cloud (the fault dropped only the answer): looking the marker up
    // finds its image, without sending the create again. Until the job ends the image is not
    // active and the record still needs attention; then it ends succeeded with that image.
    QVERIFY(JobMonitor::canReconcile(monitor->at(monitor->rowOf(out.localId))));
    const auto stateNow = [&] { return monitor->at(monitor->rowOf(out.localId)).state; };
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            monitor->pollNow(out.localId); // "Find it" in the monitor
            QTest::qWait(300);
            return stateNow() == JobState::Succeeded;
        }(),
        20000);
    const JobRecord &found = monitor->at(monitor->rowOf(out.localId));
    QCOMPARE(found.imageIds.size(), 1);
    QVERIFY(m_demo.countRequests("GET", u"/v2/images"_s) >= 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1); // never re-sent
}

void tst_ImsFlow::lostCreateThatNeverArrivedIsSaidSo()
{
    // The app stopped after saving the intent, before the create left: on restart the job
    // needs attention and is looked up by its marker by itself; nothing carries the marker, so
    // its history says so and it still needs attention. Nothing is sent again.
    JobRecord intent;
    intent.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.method = CreationMethod::ImsEcs;
    intent.profileId = u"demo"_s;
    intent.name = u"never-left"_s;
    intent.marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.state = JobState::Submitting;
    intent.created = QDateTime::currentDateTimeUtc();
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save({intent}));
    auto monitor = makeMonitor();
    monitor->restore();
    const auto record = [&] { return monitor->at(monitor->rowOf(intent.localId)); };
    QCOMPARE(record().state, JobState::NeedsAttention);
    const qsizetype before = record().timeline.size();
    QTRY_VERIFY_WITH_TIMEOUT(record().timeline.size() > before, 10000);
    QVERIFY2(record().timeline.last().text.contains(u"marker"_s),
        qPrintable(record().timeline.last().text));
    QCOMPARE(record().state, JobState::NeedsAttention);
    QVERIFY(record().imageIds.isEmpty());
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);
}

void tst_ImsFlow::restartResumesPolling()
{
    QString localId;
    {
        auto monitor = makeMonitor();
        const Outcome out = submit(*monitor, u"survives-restart"_s, ShutoffServerId);
        QVERIFY(!out.error);
        localId = out.localId;
        QCOMPARE(monitor->at(monitor->rowOf(localId)).state, JobState::Running);
    } // the app goes away while the job runs
    auto monitor = makeMonitor();
    monitor->restore();
    const int row = monitor->rowOf(localId);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Succeeded, 20000);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
}

namespace {

Outcome submitNovaTo(QObject *ctx,
    JobMonitor &monitor,
    CloudSession *session,
    const QString &serverId,
    const QString &name)
{
    NovaCreateImageRequest r;
    r.serverId = serverId;
    r.name = name;
    r.metadata = {{u"purpose"_s, u"test"_s}};
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Outcome out;
    monitor.submitNova(session,
        serverId,
        name,
        marker,
        r.toBodyWithMarker(marker),
        ctx,
        [&out](const ApiError &e, const QString &id) {
            out.called = true;
            out.error = e;
            out.localId = id;
        });
    static_cast<void>(QTest::qWaitFor([&out] { return out.called; }, 15000));
    return out;
}

const QString NovaServerId = u"d58a224b-6025-55c9-9078-dc5172faeba6"_s; // build-02, SHUTOFF

} // namespace

void tst_ImsFlow::novaCreateFollowedToActive()
{
    auto monitor = makeMonitor();
    const Outcome out = submitNovaTo(this, *monitor, m_session.get(), NovaServerId, u"nova-snap"_s);
    QVERIFY(out.called);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QCOMPARE(monitor->at(row).imageIds.size(), 1); // known from the create's answer
    QCOMPARE(monitor->at(row).serverId, NovaServerId);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Succeeded, 20000);
    QCOMPARE(monitor->at(row).cloudStatus, u"active"_s);
    QCOMPARE(m_demo.countRequests("POST", u"/v2.1/"_s), 1);
    bool sawQueuedOrSaving = false;
    for (const JobRecord::Event &e : monitor->at(row).timeline)
        sawQueuedOrSaving |= e.text == u"queued"_s || e.text == u"saving"_s;
    QVERIFY(sawQueuedOrSaving);
}

void tst_ImsFlow::novaPurgeIsAFailure()
{
    auto monitor = makeMonitor();
    const Outcome out =
        submitNovaTo(this, *monitor, m_session.get(), NovaServerId, u"fail-snapshot"_s);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->at(row).state, JobState::Failed, 20000);
    QVERIFY(monitor->at(row).failReason.contains(u"purged"_s));
}

void tst_ImsFlow::novaConflictIsRefused()
{
    auto monitor = makeMonitor();
    const QString broken = u"f6fa3d6f-2414-5021-bf2c-3c3df17335ff"_s; // broken-03, ERROR
    const Outcome out = submitNovaTo(this, *monitor, m_session.get(), broken, u"no-way"_s);
    QVERIFY(out.error);
    QCOMPARE(out.error.httpStatus, 409);
    QVERIFY(out.error.message.startsWith(u"Cannot 'createImage' instance"_s));
    QVERIFY(out.localId.isEmpty());
    QCOMPARE(monitor->count(), 0);
}

void tst_ImsFlow::novaLostAnswerFoundByMarker()
{
    auto monitor = makeMonitor();
    const QString server = u"d58a224b-6025-55c9-9078-dc5172faeba6"_s; // build-02, SHUTOFF
    m_demo.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, u"/v2.1/"_s},
        {u"kind"_s, u"drop"_s},
        {u"count"_s, 1}});
    const Outcome out = submitNovaTo(this, *monitor, m_session.get(), server, u"lost-nova"_s);
    QVERIFY(out.error.outcomeUnknown());
    QVERIFY(!out.localId.isEmpty());
    QCOMPARE(monitor->at(monitor->rowOf(out.localId)).state, JobState::NeedsAttention);
    // The metadata marker finds the snapshot; the job is then followed in Glance as usual.
    monitor->pollNow(out.localId);
    QTRY_COMPARE_WITH_TIMEOUT(
        monitor->at(monitor->rowOf(out.localId)).state, JobState::Succeeded, 20000);
    QCOMPARE(monitor->at(monitor->rowOf(out.localId)).imageIds.size(), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2.1/"_s), 1); // never re-sent
}

QTEST_GUILESS_MAIN(tst_ImsFlow)
#include "tst_imsflow.moc"
