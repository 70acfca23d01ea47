// Method 5 (Nova createImage) through the core's JobMonitor against the real Nova and Glance
// (label peers; compute is Nova's FakeDriver whose snapshot uploads bytes, see
// tests/peers/iw_nova_compute.py): the image ID from the Location header at microversion 2.1
// and from the body at the highest microversion the client uses (2.45) and at the server's own
// maximum; Nova's 409 while a
// snapshot runs; each job followed to active; a token that expires during a long poll is renewed
// and the job carries on.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/novacreateimagerequest.h"
#include "jobs/jobmonitor.h"
#include "model/novaversion.h"
#include "net/restclient.h"
#include "peerssupport.h"
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

constexpr qint64 SnapshotBytes = 1024 * 1024; // the fake driver's default

} // namespace

class tst_PeersNova : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void createAt21ReadsTheLocation();
    void createAtHighestReadsTheBody();
    void createAtTheServersMaximum();
    void conflictWhileASnapshotRuns();
    void tokenExpiresDuringALongPoll();

private:
    std::unique_ptr<JobMonitor> makeMonitor(std::optional<NovaMicroversion> ceiling = {});
    Outcome submit(JobMonitor &monitor, const QString &serverId, const QString &name);
    bool hasEvent(const JobRecord &r, const QString &text) const;
    /// Waits (bounded) until the job has ended; true when it succeeded, else `why` says how
    /// far it got (state and timeline), for the failure message.
    bool succeeds(const JobMonitor &monitor, const QString &localId, int seconds, QString *why);
    /// Checks the Glance image a finished job names: active, a snapshot of `serverId`, the
    /// fake driver's bytes, the job's marker in its properties.
    void verifyImage(const JobRecord &r, const QString &serverId, const QString &name);

    std::optional<PeersEnv> m_env;
    std::unique_ptr<PeersRest> m_rest;
    QString m_server;     // snapshots at once
    QString m_slowServer; // snapshots take 8 s
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
};

void tst_PeersNova::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    m_rest = std::make_unique<PeersRest>(*m_env);
    m_server = m_rest->createServer(u"iw-nova-quick"_s, {}, &why);
    QVERIFY2(!m_server.isEmpty(), qPrintable(why));
    m_slowServer =
        m_rest->createServer(u"iw-nova-slow"_s, {{u"iw_snapshot_delay"_s, u"8"_s}}, &why);
    QVERIFY2(!m_slowServer.isEmpty(), qPrintable(why));
}

void tst_PeersNova::init()
{
    m_dir = std::make_unique<TestDir>();
    m_session.reset();
    m_client = std::make_unique<RestClient>();
    m_session = std::make_unique<CloudSession>(m_client.get(), m_env->demoProfile());
    m_session->auth()->setPassword(m_env->demoPassword());
}

std::unique_ptr<JobMonitor> tst_PeersNova::makeMonitor(std::optional<NovaMicroversion> ceiling)
{
    auto monitor = std::make_unique<JobMonitor>(JobStore(m_dir->filePath(u"jobs.sqlite"_s)));
    PollPolicy policy;
    policy.first = 1000ms;
    policy.minimum = 500ms;
    policy.maximum = 3000ms;
    policy.predictedMaximum = 3000ms;
    monitor->setPollPolicy(policy);
    monitor->setSessionResolver([this](const QString &) { return m_session.get(); });
    if (ceiling)
        monitor->setNovaMicroversionCeiling(*ceiling);
    return monitor;
}

Outcome tst_PeersNova::submit(JobMonitor &monitor, const QString &serverId, const QString &name)
{
    NovaCreateImageRequest r;
    r.serverId = serverId;
    r.name = name;
    r.metadata = {{u"purpose"_s, u"peers-test"_s}};
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Outcome out;
    monitor.submitNova(m_session.get(),
        serverId,
        name,
        marker,
        r.toBodyWithMarker(marker),
        this,
        [&out](const ApiError &e, const QString &id) {
            out.called = true;
            out.error = e;
            out.localId = id;
        });
    static_cast<void>(QTest::qWaitFor([&out] { return out.called; }, 60000));
    return out;
}

bool tst_PeersNova::hasEvent(const JobRecord &r, const QString &text) const
{
    for (const JobRecord::Event &e : r.timeline) {
        if (e.text.contains(text))
            return true;
    }
    return false;
}

bool tst_PeersNova::succeeds(
    const JobMonitor &monitor, const QString &localId, int seconds, QString *why)
{
    const auto ended = [&] {
        const int row = monitor.rowOf(localId);
        return row < 0 || monitor.at(row).state == JobState::Succeeded
            || monitor.at(row).state == JobState::Failed
            || monitor.at(row).state == JobState::NeedsAttention;
    };
    static_cast<void>(QTest::qWaitFor(ended, seconds * 1000));
    const int row = monitor.rowOf(localId);
    if (row >= 0 && monitor.at(row).state == JobState::Succeeded)
        return true;
    *why = u"job %1 did not succeed within %2 s"_s.arg(localId).arg(seconds);
    if (row >= 0) {
        const JobRecord &r = monitor.at(row);
        *why += u"; state %1, reason \"%2\"; timeline:"_s.arg(
            JobRecord::stateKey(r.state), r.failReason);
        for (const JobRecord::Event &e : r.timeline)
            *why += u"\n  "_s + e.at.toString(Qt::ISODateWithMs) + u" "_s + e.text;
    }
    return false;
}

void tst_PeersNova::verifyImage(const JobRecord &r, const QString &serverId, const QString &name)
{
    QCOMPARE(r.imageIds.size(), 1);
    const PeersReply image = m_rest->glanceImage(r.imageIds.first());
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.json.value(u"name"_s).toString(), name);
    QCOMPARE(image.json.value(u"instance_uuid"_s).toString(), serverId);
    QCOMPARE(image.json.value(u"image_type"_s).toString(), u"snapshot"_s);
    QCOMPARE(image.json.value(u"size"_s).toInteger(), SnapshotBytes);
    QVERIFY(!image.json.value(u"os_hash_value"_s).toString().isEmpty());
    // createImage metadata becomes image properties: the reconciliation marker is there.
    QCOMPARE(image.json.value(u"imagewright_op"_s).toString(), r.marker);
    QCOMPARE(image.json.value(u"purpose"_s).toString(), u"peers-test"_s);
}

void tst_PeersNova::createAt21ReadsTheLocation()
{
    auto monitor = makeMonitor(NovaMicroversion{2, 1});
    const QString name = u"iw-peers-21-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Outcome out = submit(*monitor, m_server, name);
    QVERIFY(out.called);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QVERIFY(row >= 0);
    QVERIFY(hasEvent(monitor->at(row), u"2.1"_s));
    QVERIFY(!hasEvent(monitor->at(row), u"2.45"_s));
    QCOMPARE(monitor->at(row).imageIds.size(), 1); // read from the Location header
    QString why;
    QVERIFY2(succeeds(*monitor, monitor->at(row).localId, 120, &why), qPrintable(why));
    verifyImage(monitor->at(row), m_server, name);
}

void tst_PeersNova::createAtHighestReadsTheBody()
{
    // Nova here speaks up to 2.93; the client asks for the highest it understands, 2.45, where
    // the image ID comes in the body.
    auto monitor = makeMonitor();
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    const QString name = u"iw-peers-245-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Outcome out = submit(*monitor, m_server, name);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QVERIFY(row >= 0);
    QVERIFY(hasEvent(monitor->at(row), u"2.45"_s));
    QCOMPARE(monitor->at(row).imageIds.size(), 1);
    QString why;
    QVERIFY2(succeeds(*monitor, monitor->at(row).localId, 120, &why), qPrintable(why));
    QCOMPARE(finished.count(), 1);
    verifyImage(monitor->at(row), m_server, name);
}

void tst_PeersNova::createAtTheServersMaximum()
{
    // With the ceiling lifted the client speaks Nova's own maximum (2.93 in Zed), read from the
    // version document, and still finds the image ID in the body.
    const PeersReply doc = m_rest->call("GET", m_env->url("IW_PEERS_NOVA_URL"));
    const QString maximum = doc.json.value(u"version"_s).toObject().value(u"version"_s).toString();
    QVERIFY2(NovaMicroversion::parse(maximum).has_value(), doc.body.constData());
    QVERIFY(*NovaMicroversion::parse(maximum) > NovaHighestUnderstood);
    auto monitor = makeMonitor(NovaMicroversion{2, 999});
    const QString name = u"iw-peers-max-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Outcome out = submit(*monitor, m_server, name);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QVERIFY(row >= 0);
    QVERIFY(hasEvent(monitor->at(row), maximum));
    QString why;
    QVERIFY2(succeeds(*monitor, monitor->at(row).localId, 120, &why), qPrintable(why));
    verifyImage(monitor->at(row), m_server, name);
}

void tst_PeersNova::conflictWhileASnapshotRuns()
{
    auto monitor = makeMonitor();
    const QString first = u"iw-peers-first-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Outcome accepted = submit(*monitor, m_slowServer, first);
    QVERIFY2(!accepted.error, qPrintable(accepted.error.userMessage()));
    // The snapshot takes 8 s: a second createImage meanwhile is refused by Nova itself.
    const Outcome refused = submit(*monitor, m_slowServer, u"iw-peers-second"_s);
    QVERIFY(refused.called);
    QVERIFY(refused.error);
    QCOMPARE(refused.error.httpStatus, 409);
    QVERIFY(refused.localId.isEmpty()); // nothing was created, nothing is tracked
    QVERIFY2(refused.error.userMessage().contains(u"task_state"_s),
        qPrintable(refused.error.userMessage())); // Nova's own words
    QCOMPARE(monitor->count(), 1);
    const int row = monitor->rowOf(accepted.localId);
    QString why;
    QVERIFY2(succeeds(*monitor, monitor->at(row).localId, 120, &why), qPrintable(why));
    verifyImage(monitor->at(row), m_slowServer, first);
}

void tst_PeersNova::tokenExpiresDuringALongPoll()
{
    // Keystone's tokens live IW_PEERS_TOKEN_SECONDS here; this snapshot takes 10 s longer, so
    // the job is polled across the first token's expiry. (Nova's compute uploads with the
    // user's then expired token plus its service token, as configured in production.)
    const int lifetime = m_env->tokenSeconds();
    QVERIFY(lifetime > 0 && lifetime <= 120);
    QString why;
    const QString server = m_rest->createServer(
        u"iw-nova-long"_s, {{u"iw_snapshot_delay"_s, QString::number(lifetime + 10)}}, &why);
    QVERIFY2(!server.isEmpty(), qPrintable(why));

    auto monitor = makeMonitor();
    const QString name = u"iw-peers-long-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Outcome out = submit(*monitor, server, name);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const QDateTime firstExpiry = m_session->auth()->expiresAt();
    QVERIFY(firstExpiry.isValid());
    QCOMPARE(m_session->auth()->tokenRequestCount(), 1);
    const int row = monitor->rowOf(out.localId);
    QVERIFY2(succeeds(*monitor, out.localId, lifetime + 100, &why), qPrintable(why));
    // The job outlived the first token, and the session signed in again on its own.
    QVERIFY(QDateTime::currentDateTimeUtc() > firstExpiry);
    QVERIFY2(m_session->auth()->tokenRequestCount() >= 2,
        qPrintable(QString::number(m_session->auth()->tokenRequestCount())));
    QVERIFY(m_session->auth()->expiresAt() > firstExpiry);
    verifyImage(monitor->at(row), server, name);
}

IW_PEERS_TEST_MAIN(tst_PeersNova)
#include "tst_peersnova.moc"
