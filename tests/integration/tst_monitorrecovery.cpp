// The job monitor against the demo cloud process when things go wrong around the jobs: the cloud
// stops answering (its process stopped, then started again on the same port with the same
// state: real refused connections), and a job's optional time limit passes (an injected wall
// clock). Jobs of several kinds, each followed to its true end.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/cinderuploadrequest.h"
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

// docs/democloud.md fixtures.
const QString ImsServer = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s;   // db-01, stopped
const QString NovaServer = u"d58a224b-6025-55c9-9078-dc5172faeba6"_s;  // build-02, SHUTOFF
const QString SpareVolume = u"c135f465-7e40-554b-8fbe-eb99846eab7f"_s; // spare-data, available

struct Outcome
{
    bool called = false;
    ApiError error;
    QString localId;
};

} // namespace

class tst_MonitorRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void networkLossPausesAndRecovers();
    void giveUpAfterTheLimit();

private:
    std::unique_ptr<JobMonitor> makeMonitor();
    Outcome submitIms(JobMonitor &monitor, const QString &name);
    Outcome submitNova(JobMonitor &monitor, const QString &name);
    Outcome submitCinder(JobMonitor &monitor, const QString &name);
    static Outcome wait(Outcome &out);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
};

void tst_MonitorRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo.setJobSeconds(8.0); // long enough for the give-up limit to pass first on a busy machine
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_MonitorRecovery::init()
{
    QVERIFY(m_demo.isRunning());
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_dir = std::make_unique<TestDir>();
    m_session.reset();
    m_client = std::make_unique<RestClient>(DemoSession::fastRetries());
    m_session = DemoSession::open(m_client.get(), CloudProfile::demo(m_demo.authUrl()));
}

std::unique_ptr<JobMonitor> tst_MonitorRecovery::makeMonitor()
{
    PollPolicy policy = DemoSession::fastPolls();
    policy.probeFirst = 200ms;
    policy.probeMaximum = 1000ms;
    return DemoSession::monitor(m_dir->filePath(u"jobs.sqlite"_s), m_session.get(), policy);
}

Outcome tst_MonitorRecovery::wait(Outcome &out)
{
    static_cast<void>(QTest::qWaitFor([&out] { return out.called; }, 15000));
    return out;
}

Outcome tst_MonitorRecovery::submitIms(JobMonitor &monitor, const QString &name)
{
    ImsEcsRequest r;
    r.name = name;
    r.instanceId = ImsServer;
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Outcome out;
    monitor.submitIms(m_session.get(),
        CreationMethod::ImsEcs,
        name,
        marker,
        r.toBodyWithMarker(marker),
        this,
        [&out](const ApiError &e, const QString &id) {
            out = {true, e, id};
        });
    return wait(out);
}

Outcome tst_MonitorRecovery::submitNova(JobMonitor &monitor, const QString &name)
{
    NovaCreateImageRequest r;
    r.serverId = NovaServer;
    r.name = name;
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Outcome out;
    monitor.submitNova(m_session.get(),
        NovaServer,
        name,
        marker,
        r.toBodyWithMarker(marker),
        this,
        [&out](const ApiError &e, const QString &id) {
            out = {true, e, id};
        });
    return wait(out);
}

Outcome tst_MonitorRecovery::submitCinder(JobMonitor &monitor, const QString &name)
{
    CinderUploadRequest r;
    r.volumeId = SpareVolume;
    r.imageName = name;
    Outcome out;
    monitor.submitCinder(m_session.get(),
        SpareVolume,
        name,
        r.toBody(),
        this,
        [&out](const ApiError &e, const QString &id) {
            out = {true, e, id};
        });
    return wait(out);
}

void tst_MonitorRecovery::networkLossPausesAndRecovers()
{
    auto monitor = makeMonitor();
    JobTableModel model(monitor.get());
    QSignalSpy finishedSpy(monitor.get(), &JobMonitor::jobFinished);
    QSignalSpy reachability(monitor.get(), &JobMonitor::cloudReachabilityChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // N jobs of three kinds, one of them meant to fail on the cloud.
    QStringList ids;
    for (const QString &name : {u"net-ok-1"_s, u"net-ok-2"_s, u"net-ok-3"_s, u"fail-net"_s}) {
        const Outcome out = submitIms(*monitor, name);
        QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
        ids << out.localId;
    }
    const Outcome nova = submitNova(*monitor, u"net-nova"_s);
    QVERIFY2(!nova.error, qPrintable(nova.error.userMessage()));
    ids << nova.localId;
    const Outcome cinder = submitCinder(*monitor, u"net-cinder"_s);
    QVERIFY2(!cinder.error, qPrintable(cinder.error.userMessage()));
    ids << cinder.localId;
    const QString profileId = monitor->at(0).profileId;
    const auto state = [&](const QString &id) { return monitor->at(monitor->rowOf(id)).state; };
    for (const QString &id : std::as_const(ids))
        QCOMPARE(state(id), JobState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->pollCount() >= ids.size(), 5000);

    // The cloud goes away: connections are refused.
    const quint16 port = quint16(m_demo.authUrl().port());
    m_demo.stop();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->isCloudUnreachable(profileId), 10000);
    QCOMPARE(reachability.count(), 1);
    QCOMPARE(reachability.first().at(1).toBool(), false);
    // Polls that were on their way end (their own retries included) within a second.
    QTest::qWait(1000);
    const int sentBefore = m_client->sentCount();
    const int probesBefore = monitor->probeCount();
    QTest::qWait(3000);
    const int sentDuring = m_client->sentCount() - sentBefore;
    const int probesDuring = monitor->probeCount() - probesBefore;
    // Only probes went out, one at a time with a backoff (200 ms doubling to 1 s: about 4 in
    // 3 s); a poll per job would have been 6 jobs × 3 s / 0.2–1 s.
    QCOMPARE(sentDuring, probesDuring);
    QVERIFY2(probesDuring >= 1 && probesDuring <= 8, qPrintable(QString::number(probesDuring)));
    // No job failed or changed state; each says it waits, through the model (no reset).
    QCOMPARE(finishedSpy.count(), 0);
    for (const QString &id : std::as_const(ids)) {
        const int row = monitor->rowOf(id);
        QCOMPARE(monitor->at(row).state, JobState::Running);
        QVERIFY(monitor->isWaitingForCloud(monitor->at(row)));
        model.flushPendingChanges();
        const QString text = model.index(row, JobTableModel::State).data().toString();
        QVERIFY2(text.contains(u"waiting for the cloud to be reachable"_s), qPrintable(text));
    }
    QCOMPARE(resets.count(), 0);

    // The cloud comes back at the same address with the same state: every job ends truly.
    m_demo.setPort(port);
    QVERIFY2(m_demo.start(), "the demo cloud did not start again");
    m_demo.setPort(0);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->isCloudUnreachable(profileId), 10000);
    QCOMPARE(reachability.last().at(1).toBool(), true);
    for (const QString &id : std::as_const(ids))
        QTRY_VERIFY_WITH_TIMEOUT(monitor->at(monitor->rowOf(id)).isTerminal(), 30000);
    QCOMPARE(state(ids.at(0)), JobState::Succeeded);
    QCOMPARE(state(ids.at(1)), JobState::Succeeded);
    QCOMPARE(state(ids.at(2)), JobState::Succeeded);
    QCOMPARE(state(ids.at(3)), JobState::Failed);
    QCOMPARE(state(ids.at(4)), JobState::Succeeded);
    QCOMPARE(state(ids.at(5)), JobState::Succeeded);
    QCOMPARE(finishedSpy.count(), ids.size());
    int said = 0; // the job that met the outage first says so in its history
    for (const QString &id : std::as_const(ids)) {
        const JobRecord &r = monitor->at(monitor->rowOf(id));
        QVERIFY(!monitor->isWaitingForCloud(r));
        for (const JobRecord::Event &e : r.timeline)
            said += e.text.contains(u"could not be reached"_s) ? 1 : 0;
    }
    QCOMPARE(said, 1);
    // Nothing was sent again after the restart (the cloud's request log starts afresh).
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);
    QCOMPARE(resets.count(), 0);
}

void tst_MonitorRecovery::giveUpAfterTheLimit()
{
    auto monitor = makeMonitor();
    QDateTime now = QDateTime::currentDateTimeUtc();
    monitor->setWallClock([&now] { return now; });
    QSignalSpy finishedSpy(monitor.get(), &JobMonitor::jobFinished);
    const Outcome out = submitIms(*monitor, u"limited"_s);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const auto record = [&] { return monitor->at(monitor->rowOf(out.localId)); };

    // No limit by default; a limit of one hour does nothing while the hour has not passed.
    QCOMPARE(record().giveUpAfterSecs, 0);
    monitor->setGiveUpAfter(out.localId, 3600);
    QCOMPARE(record().giveUpAfterSecs, 3600);
    QTest::qWait(1200); // more than one give-up check
    QCOMPARE(record().state, JobState::Running);

    // Two hours later (by the injected clock) the monitor stops waiting.
    now = now.addSecs(7200);
    QTRY_COMPARE_WITH_TIMEOUT(record().state, JobState::NeedsAttention, 5000);
    QCOMPARE(finishedSpy.count(), 1);
    const QString last = record().timeline.constLast().text;
    QVERIFY2(last.contains(u"stopped waiting after 1 h 00 min"_s), qPrintable(last));
    QVERIFY2(last.contains(u"Retry poll"_s), qPrintable(last));
    const int polls = monitor->pollCount();
    QTest::qWait(800);
    QCOMPARE(monitor->pollCount(), polls); // no longer polled

    // The limit is kept with the job.
    const QList<JobRecord> stored = JobStore(m_dir->filePath(u"jobs.sqlite"_s)).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().giveUpAfterSecs, 3600);
    QCOMPARE(stored.first().state, JobState::NeedsAttention);

    // Retry poll watches it again, without the limit, to its true end.
    monitor->pollNow(out.localId);
    QCOMPARE(record().state, JobState::Running);
    QCOMPARE(record().giveUpAfterSecs, 0);
    QTRY_COMPARE_WITH_TIMEOUT(record().state, JobState::Succeeded, 20000);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
}

QTEST_GUILESS_MAIN(tst_MonitorRecovery)
#include "tst_monitorrecovery.moc"
