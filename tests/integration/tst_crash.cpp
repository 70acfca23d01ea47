// Never lose a job, never duplicate one (issue 4): `imagewright submit` is killed with SIGKILL
// after its intent is saved, while the demo cloud holds back the create's answer (it did create
// the job). The store then holds the intent; a monitor restarting from it marks the job "needs
// attention" and never sends the create again, and the marker it kept is the one the cloud got,
// so the job is found by it: once the cloud's job has made the image, the monitor's lookup by
// marker ends the job succeeded, still with the one create.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "auth/keystonesession.h"
#include "cloud/cloudprofile.h"
#include "cloud/cloudsession.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_Crash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedWhileTheAnswerIsHeldBack();

private:
    DemoCloudProcess m_demo;
    TestDir m_home;
};

void tst_Crash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    m_demo.setJobSeconds(2.0);
    QVERIFY(m_demo.start());
}

void tst_Crash::killedWhileTheAnswerIsHeldBack()
{
    const QJsonObject body{{u"name"_s, u"crash-test"_s},
        {u"instance_id"_s, u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s}};
    const QJsonObject request{{u"format"_s, 1},
        {u"method"_s, u"ims-ecs"_s},
        {u"params"_s, QJsonObject()},
        {u"body"_s, body}};
    const QString file = m_home.filePath(u"request.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(request).toJson());
    f.close();

    // The cloud carries out the create but answers only after 20 s.
    m_demo.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, u"/v2/cloudimages/action"_s},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 20000},
        {u"count"_s, 1}});

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OS_"))
            env.remove(key);
    }
    const QString home = m_home.path();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"OS_AUTH_URL"_s, m_demo.authUrl().toString());
    env.insert(u"OS_USERNAME"_s, u"demo"_s);
    env.insert(u"OS_PASSWORD"_s, u"demo"_s);
    env.insert(u"OS_PROJECT_NAME"_s, u"demo"_s);
    env.insert(u"OS_USER_DOMAIN_NAME"_s, u"Default"_s);
    env.insert(u"OS_PROJECT_DOMAIN_NAME"_s, u"Default"_s);
    env.insert(u"OS_REGION_NAME"_s, u"demo-1"_s);

    QProcess submit;
    submit.setProcessEnvironment(env);
    submit.start(QStringLiteral(IW_IMAGEWRIGHT_PATH), {u"submit"_s, file, u"--wait"_s});
    QVERIFY(submit.waitForStarted(10000));

    // Wait until the create has reached the cloud (it holds the answer back).
    QTRY_COMPARE_WITH_TIMEOUT(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1, 15000);
    const QString storePath = home + u"/data/Imagewright/imagewright/jobs.sqlite"_s;
    QList<JobRecord> stored = JobStore(storePath).load();
    QCOMPARE(stored.size(), 1); // the intent was on disk before the create left
    QCOMPARE(stored.first().state, JobState::Submitting);
    const QString marker = stored.first().marker;
    QVERIFY(!marker.isEmpty());

    submit.kill(); // SIGKILL: no chance to save anything more
    QVERIFY(submit.waitForFinished(5000));
    QCOMPARE(submit.exitStatus(), QProcess::CrashExit);

    // The app comes back: the job is there, flagged, and nothing is sent again.
    JobMonitor monitor{JobStore(storePath)};
    monitor.restore();
    QCOMPARE(monitor.count(), 1);
    QCOMPARE(monitor.at(0).state, JobState::NeedsAttention);
    QCOMPARE(monitor.at(0).marker, marker);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);

    // The one create the cloud received carries the same marker: the job can be found by it.
    bool markerOnCloud = false;
    const QJsonArray requests = m_demo.requests();
    for (const QJsonValue &v : requests) {
        const QJsonObject sent = v.toObject().value(u"body"_s).toObject();
        for (const QJsonValue &t : sent.value(u"image_tags"_s).toArray())
            markerOnCloud |= t.toObject().value(u"value"_s).toString() == marker;
    }
    QVERIFY(markerOnCloud);
    QVERIFY(!m_demo.jobs().isEmpty()); // the cloud did create the job

    // Reconciled by marker (as "Find it" in the monitor, or on the next start): the image the
    // cloud made is found and the job ends succeeded; the create is never sent again.
    RestClient client;
    CloudSession session(&client, CloudProfile::demo(m_demo.authUrl()));
    session.auth()->setPassword(u"demo"_s);
    monitor.setSessionResolver([&session](const QString &) { return &session; });
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            monitor.pollNow(monitor.at(0).localId);
            QTest::qWait(250);
            return monitor.at(0).state == JobState::Succeeded;
        }(),
        30000);
    QCOMPARE(monitor.at(0).imageIds.size(), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
