// `imagewright submit` end to end (interfaces.md §3): the built executable runs as a child
// process with OS_* variables pointing at the demo cloud and a private home, so its job store is
// this test's. Checks stdout machine lines, exit codes 0/1/2/3/4, that an invalid file sends
// nothing, and that the job lands in the store the GUI reads.
#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include "cli/openstackenv.h"
#include "cloud/profilestore.h"
#include "jobs/environmentprofiles.h"
#include "jobs/jobrecord.h"
#include "jobs/jobstore.h"
#include "support/canary.h"
#include "support/clirun.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

const QString ShutoffServerId = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s;   // db-01
const QString SuspendedServerId = u"f0c0e64c-a719-55e9-a4e3-7b851b577013"_s; // legacy-10
const QString CiCacheVolume = u"725dfb13-ac4e-5009-92e7-fb876cf03a3c"_s;     // in-use
const QString WebDataVolume = u"68542c0a-e6b7-5d7b-a513-93ed6f8ac864"_s;     // in-use
const QString SpareVolume = u"c135f465-7e40-554b-8fbe-eb99846eab7f"_s;       // available

using Run = CliRun;

} // namespace

class tst_Submit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void acceptedWithoutWait();
    void waitUntilSucceeded();
    void failedJobExitsOne();
    void refusedByTheCloudExitsOne();
    void invalidFileSendsNothing();
    void badCommandLineExitsTwo();
    void unknownMethodExitsTwo();
    void novaWaitSucceeds();
    void cinderWaitSucceeds();
    void cinderRefusedWithoutForceExitsOne();
    void cinderSyncStatusOnFjcloudExitsOne();
    void cinderFjcloudFormatsExitTwo();
    void wrongPasswordExitsThree();
    void exitCodesHoldWithDebugLogging();
    void repeatableRequestsRepeated_data();
    void repeatableRequestsRepeated();
    void unreachableCloudExitsThree();
    void osCloudFromCloudsYaml();
    void environmentKeptWithoutSecret();
    void osCloudUnknownExitsThree();
    void osCloudUnreadableExitsTwo_data();
    void osCloudUnreadableExitsTwo();
    void timeoutExitsFour();
    void akskGlanceOver12MbExitsTwo();
    void glanceUploadKeptAfterADroppedConnectionExitsZero();
    void interruptWhileWaitingExits130();
    void historyNotWritableAtTheEndExitsFour();

private:
    QString writeRequest(const QString &name,
        const QString &serverId,
        const QString &description = u"made by tst_submit"_s,
        const QString &method = u"ims-ecs"_s);
    QProcessEnvironment cloudsYamlEnvironment(const QString &cloud);
    QProcessEnvironment environment(const QUrl &authUrl, const QString &password = u"demo"_s);
    Run submit(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000);
    QString jobStorePath() const;
    QString writeCinderRequest(
        const QString &fileName, const QString &volumeId, const QJsonObject &action);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_home;
};

void tst_Submit::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    m_demo.setJobSeconds(1.5);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_Submit::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
}

QString tst_Submit::writeRequest(
    const QString &name, const QString &serverId, const QString &description, const QString &method)
{
    const QJsonObject root{{u"format"_s, 1},
        {u"method"_s, method},
        {u"params"_s, QJsonObject{}},
        {u"body"_s,
            QJsonObject{{u"name"_s, name},
                {u"description"_s, description},
                {u"instance_id"_s, serverId},
                {u"image_tags"_s,
                    QJsonArray{QJsonObject{{u"key"_s, u"team"_s}, {u"value"_s, u"qa"_s}}}}}}};
    const QString path = m_home->filePath(u"request.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(root).toJson());
    return path;
}

QProcessEnvironment tst_Submit::environment(const QUrl &authUrl, const QString &password)
{
    return demoCliEnvironment(m_home->path(), authUrl, password);
}

Run tst_Submit::submit(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    return runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH), QStringList{u"submit"_s} + arguments, env,
        timeoutMs, u"tst_submit-cli.log"_s);
}

QString tst_Submit::jobStorePath() const
{
    return m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s);
}

void tst_Submit::acceptedWithoutWait()
{
    const QString file = writeRequest(u"cli-accepted"_s, ShutoffServerId);
    const Run r = submit({file}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList ids = r.lines(u"job_id="_s);
    QCOMPARE(ids.size(), 1);
    QVERIFY(!ids.constFirst().isEmpty());
    QVERIFY(r.lines(u"status="_s).isEmpty()); // no --wait: accepted is the answer
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    // The job is in the GUI's store, with the cloud's job id.
    const QList<JobRecord> stored = JobStore(jobStorePath()).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().jobId, ids.constFirst());
    QCOMPARE(stored.constFirst().name, u"cli-accepted"_s);
    QCOMPARE(stored.constFirst().state, JobState::Running);
    QVERIFY(!stored.constFirst().marker.isEmpty());
    QVERIFY(stored.constFirst().profileId.startsWith(u"env-"_s));
}

void tst_Submit::waitUntilSucceeded()
{
    const QString file = writeRequest(u"cli-wait"_s, ShutoffServerId);
    const Run r = submit({file, u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(u"job_id="_s).size(), 1);
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    const QStringList images = r.lines(u"image_id="_s);
    QCOMPARE(images.size(), 1);
    QVERIFY(!images.constFirst().isEmpty());
    const QList<JobRecord> stored = JobStore(jobStorePath()).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().state, JobState::Succeeded);
    QCOMPARE(stored.constFirst().imageIds, images);
}

void tst_Submit::failedJobExitsOne()
{
    const QString file = writeRequest(u"fail-cli"_s, ShutoffServerId);
    const Run r = submit({file, u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.err));
    QCOMPARE(r.lines(u"status="_s), QStringList{u"failed"_s});
    QVERIFY2(r.err.contains(u"IMG.0014"_s), qPrintable(r.err));
}

void tst_Submit::refusedByTheCloudExitsOne()
{
    const QString file = writeRequest(u"cli-suspended"_s, SuspendedServerId);
    const Run r = submit({file, u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"IMG.0008"_s), qPrintable(r.err));
    QVERIFY(r.lines(u"job_id="_s).isEmpty());
    QVERIFY(JobStore(jobStorePath()).load().isEmpty()); // refused: nothing tracked
}

void tst_Submit::invalidFileSendsNothing()
{
    const QString file = writeRequest(u"bad/name"_s, ShutoffServerId, u"has <angle> brackets"_s);
    const Run r = submit({file, u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 2, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"body.name"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"body.description"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_demo.requests().size(), 0); // not even a token request
}

void tst_Submit::badCommandLineExitsTwo()
{
    const QString file = writeRequest(u"cli-args"_s, ShutoffServerId);
    const QProcessEnvironment env = environment(m_demo.authUrl());
    QCOMPARE(submit({file, u"--family"_s, u"azure"_s}, env).exitCode, 2);
    QCOMPARE(submit({file, u"--timeout"_s, u"soon"_s}, env).exitCode, 2);
    QCOMPARE(submit({}, env).exitCode, 2);
    QCOMPARE(submit({file, u"--profile"_s, u"no-such-profile"_s}, env).exitCode, 2);
    QCOMPARE(submit({m_home->filePath(u"missing.json"_s)}, env).exitCode, 2);
    // IMS on a cloud said to be plain OpenStack: refused before anything is sent.
    QCOMPARE(submit({file, u"--family"_s, u"openstack"_s}, env).exitCode, 2);
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_Submit::unknownMethodExitsTwo()
{
    const QString file = writeRequest(
        u"cli-full-ecs"_s, ShutoffServerId, u"made by tst_submit"_s, u"ims-full-ecs"_s);
    const Run r = submit({file}, environment(m_demo.authUrl()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"ims-full-ecs"_s), qPrintable(r.err));
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_Submit::novaWaitSucceeds()
{
    const QJsonObject root{{u"format"_s, 1},
        {u"method"_s, u"nova-create-image"_s},
        {u"params"_s, QJsonObject{{u"server_id"_s, ShutoffServerId}}},
        {u"body"_s,
            QJsonObject{{u"createImage"_s,
                QJsonObject{{u"name"_s, u"cli-nova"_s},
                    {u"metadata"_s, QJsonObject{{u"team"_s, u"qa"_s}}}}}}}};
    const QString path = m_home->filePath(u"nova.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const Run r = submit({path, u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    QCOMPARE(r.lines(u"image_id="_s).size(), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2.1/"_s), 1);
}

QString tst_Submit::writeCinderRequest(
    const QString &fileName, const QString &volumeId, const QJsonObject &action)
{
    const QJsonObject root{{u"format"_s, 1},
        {u"method"_s, u"cinder-upload-to-image"_s},
        {u"params"_s, QJsonObject{{u"volume_id"_s, volumeId}}},
        {u"body"_s, QJsonObject{{u"os-volume_upload_image"_s, action}}}};
    const QString path = m_home->filePath(fileName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(root).toJson());
    return path;
}

void tst_Submit::cinderWaitSucceeds()
{
    // Seed 000's body (force as "True") for an attached volume.
    const QString path = writeCinderRequest(u"cinder.json"_s,
        CiCacheVolume,
        QJsonObject{{u"container_format"_s, u"bare"_s},
            {u"disk_format"_s, u"raw"_s},
            {u"image_name"_s, u"cli-cinder"_s},
            {u"force"_s, u"True"_s}});
    const Run r = submit({path, u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    QCOMPARE(r.lines(u"image_id="_s).size(), 1);
    QCOMPARE(r.lines(u"job_id="_s).size(), 1);
    QVERIFY(!r.lines(u"job_id="_s).constFirst().isEmpty());
    QCOMPARE(m_demo.countRequests(
                 "POST", u"/v3/%1/volumes/%2/action"_s.arg(m_demo.projectId(), CiCacheVolume)),
        1);
    const QList<JobRecord> stored = JobStore(jobStorePath()).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().method, CreationMethod::CinderUploadToImage);
    QCOMPARE(stored.constFirst().volumeId, CiCacheVolume);
    QCOMPARE(stored.constFirst().imageIds, r.lines(u"image_id="_s));
}

void tst_Submit::cinderRefusedWithoutForceExitsOne()
{
    const QString path = writeCinderRequest(
        u"cinder.json"_s, WebDataVolume, QJsonObject{{u"image_name"_s, u"cli-no-force"_s}});
    const Run r = submit({path, u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Invalid volume"_s), qPrintable(r.err)); // Cinder's own message
    QVERIFY(JobStore(jobStorePath()).load().isEmpty());               // refused: nothing tracked
}

void tst_Submit::cinderSyncStatusOnFjcloudExitsOne()
{
    const QString path = writeCinderRequest(
        u"cinder.json"_s, SpareVolume, QJsonObject{{u"image_name"_s, u"sync-cli"_s}});
    const Run r =
        submit({path, u"--wait"_s, u"--family"_s, u"fjcloud"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.err));
    QCOMPARE(r.lines(u"status="_s), QStringList{u"failed"_s});
    QVERIFY2(r.err.contains(u"sync_status_reason"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Delete the image, then create it again"_s), qPrintable(r.err));
}

void tst_Submit::cinderFjcloudFormatsExitTwo()
{
    const QString path = writeCinderRequest(u"cinder.json"_s,
        SpareVolume,
        QJsonObject{{u"image_name"_s, u"cli-qcow2"_s}, {u"disk_format"_s, u"qcow2"_s}});
    const Run r = submit({path, u"--family"_s, u"fjcloud"_s}, environment(m_demo.authUrl()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"disk_format"_s), qPrintable(r.err));
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_Submit::wrongPasswordExitsThree()
{
    const QString file = writeRequest(u"cli-password"_s, ShutoffServerId);
    const Run r = submit({file}, environment(m_demo.authUrl(), Canary::password));
    QVERIFY2(r.exitCode == 3, qPrintable(r.err));
    QVERIFY(!r.err.contains(Canary::password));
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);
}

void tst_Submit::exitCodesHoldWithDebugLogging()
{
    // Every category at debug, Qt's own too: Qt still logs (plugin unloading) from static
    // destructors after main() returned, through the secret-scrubbing handler. The exit code
    // is the command's, never a crash (issue 12, defect 3).
    const QString file = writeRequest(u"cli-debug-log"_s, ShutoffServerId);
    QProcessEnvironment env = environment(m_demo.authUrl(), Canary::password);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    const Run refused = submit({file}, env);
    QVERIFY2(refused.exitCode == 3,
        qPrintable(
            u"exit %1, stderr ends: %2"_s.arg(refused.exitCode).arg(refused.err.right(1500))));
    QVERIFY2(refused.err.contains(u"requesting a token"_s), "the app's log lines were not on");
    QVERIFY(!refused.err.contains(Canary::password));
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);

    QProcessEnvironment good = environment(m_demo.authUrl());
    good.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    const Run accepted = submit({file}, good);
    QVERIFY2(accepted.exitCode == 0,
        qPrintable(
            u"exit %1, stderr ends: %2"_s.arg(accepted.exitCode).arg(accepted.err.right(1500))));
    QCOMPARE(accepted.lines(u"job_id="_s).size(), 1);
}

void tst_Submit::repeatableRequestsRepeated_data()
{
    // A fault once on a request that is safe to repeat: the run succeeds as if nothing had
    // happened, and the create is sent once (issue 12, defect 15).
    QTest::addColumn<QString>("method"); // the request file's method
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("faultPath"); // where the fault applies, exact
    const QString tokens = u"/v3/auth/tokens"_s;
    QTest::newRow("token request answered 500")
        << u"ims-ecs"_s
        << QJsonObject{{u"method"_s, u"POST"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 500}}
        << tokens;
    QTest::newRow("token request reset mid-answer")
        << u"ims-ecs"_s << QJsonObject{{u"method"_s, u"POST"_s}, {u"kind"_s, u"reset"_s}} << tokens;
    QTest::newRow("version document reset mid-answer")
        << u"nova-create-image"_s << QJsonObject{{u"method"_s, u"GET"_s}, {u"kind"_s, u"reset"_s}}
        << u"/v2.1"_s;
}

void tst_Submit::repeatableRequestsRepeated()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, fault);
    QFETCH(QString, faultPath);
    QString file;
    QString createPath;
    if (method == u"nova-create-image") {
        const QJsonObject root{{u"format"_s, 1},
            {u"method"_s, method},
            {u"params"_s, QJsonObject{{u"server_id"_s, ShutoffServerId}}},
            {u"body"_s,
                QJsonObject{{u"createImage"_s, QJsonObject{{u"name"_s, u"cli-repeat"_s}}}}}};
        file = m_home->filePath(u"nova.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        createPath = u"/v2.1/%1/servers/%2/action"_s.arg(m_demo.projectId(), ShutoffServerId);
    } else {
        file = writeRequest(u"cli-repeat"_s, ShutoffServerId);
        createPath = u"/v2/cloudimages/action"_s;
    }
    fault.insert(u"path"_s, faultPath);
    fault.insert(u"match"_s, u"exact"_s);
    fault.insert(u"count"_s, 1);
    m_demo.addFault(fault);
    const Run r = submit({file, u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    QCOMPARE(r.lines(u"image_id="_s).size(), 1);
    int faulted = 0; // requests to exactly the faulted path: the first and its repetition
    const QJsonArray requests = m_demo.requests();
    for (const QJsonValue &v : requests) {
        const QJsonObject c = v.toObject();
        if (c.value(u"method"_s) == fault.value(u"method"_s) && c.value(u"path"_s) == faultPath)
            ++faulted;
    }
    QCOMPARE(faulted, 2);
    QCOMPARE(m_demo.countRequests("POST", createPath), 1);
}

void tst_Submit::unreachableCloudExitsThree()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a free port, closed again: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QString file = writeRequest(u"cli-unreachable"_s, ShutoffServerId);
    const Run r = submit({file}, environment(QUrl(u"http://127.0.0.1:%1/v3"_s.arg(port))), 60000);
    QVERIFY2(r.exitCode == 3, qPrintable(r.err));
}

QProcessEnvironment tst_Submit::cloudsYamlEnvironment(const QString &cloud)
{
    // Only OS_CLOUD: clouds.yaml and secure.yaml are found in $XDG_CONFIG_HOME/openstack, and
    // the password is only in secure.yaml, as openstacksdk recommends.
    QProcessEnvironment env = environment(m_demo.authUrl());
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OS_"))
            env.remove(key);
    }
    const QString folder = env.value(u"XDG_CONFIG_HOME"_s) + u"/openstack"_s;
    QDir().mkpath(folder);
    QFile clouds(folder + u"/clouds.yaml"_s);
    if (clouds.open(QIODevice::WriteOnly))
        clouds.write(u"clouds:\n  demo-lab:\n    region_name: demo-1\n    auth:\n"
                     "      auth_url: %1\n      username: demo\n      project_name: demo\n"
                     "      user_domain_name: Default\n      project_domain_name: Default\n"_s
                         .arg(m_demo.authUrl().toString())
                         .toUtf8());
    QFile secure(folder + u"/secure.yaml"_s);
    if (secure.open(QIODevice::WriteOnly))
        secure.write("clouds:\n  demo-lab:\n    auth:\n      password: demo\n");
    env.insert(u"OS_CLOUD"_s, cloud);
    return env;
}

void tst_Submit::osCloudFromCloudsYaml()
{
    const QString file = writeRequest(u"cli-oscloud"_s, ShutoffServerId);
    const Run r = submit({file}, cloudsYamlEnvironment(u"demo-lab"_s));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(u"job_id="_s).size(), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    const QList<JobRecord> stored = JobStore(jobStorePath()).load();
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.constFirst().profileId.startsWith(u"env-"_s));
    // Issue 12, defect 14: the cloud's connection data is kept under the job's id, named as the
    // import names the cloud, so a profile saved from it follows the job.
    const QString id = stored.constFirst().profileId;
    std::optional<CloudProfile> kept = EnvironmentProfiles(jobStorePath()).find(id);
    QVERIFY(kept);
    QCOMPARE(kept->name, u"demo-lab"_s);
    kept->id = u"saved"_s;
    QVERIFY(OpenStackEnv::environmentIdsOf(*kept).contains(id));
}

void tst_Submit::environmentKeptWithoutSecret()
{
    // Issue 12, defect 14: a job filed under the environment's own id keeps its cloud's
    // connection data for the GUI's "Sign In for These Jobs…"; the secret is in no file.
    const QString secret = u"demo-app-secret"_s; // the demo cloud's (docs/democloud.md)
    const QString file = writeRequest(u"cli-env-kept"_s, ShutoffServerId);
    QProcessEnvironment env = environment(m_demo.authUrl());
    for (const QString &name : {u"OS_USERNAME"_s, u"OS_PASSWORD"_s, u"OS_PROJECT_NAME"_s})
        env.remove(name);
    env.insert(u"OS_APPLICATION_CREDENTIAL_ID"_s, u"b7c5a1e0d2f34a6c8e9b1d3f5a7c9e02"_s);
    env.insert(u"OS_APPLICATION_CREDENTIAL_SECRET"_s, secret);
    const Run r = submit({file}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<JobRecord> stored = JobStore(jobStorePath()).load();
    QCOMPARE(stored.size(), 1);
    const QString id = stored.constFirst().profileId;
    QVERIFY(id.startsWith(u"env-"_s));
    std::optional<CloudProfile> kept = EnvironmentProfiles(jobStorePath()).find(id);
    QVERIFY(kept);
    QCOMPARE(kept->authMethod, AuthMethod::ApplicationCredential);
    QCOMPARE(kept->applicationCredentialId, u"b7c5a1e0d2f34a6c8e9b1d3f5a7c9e02"_s);
    QCOMPARE(kept->authUrl, m_demo.authUrl());
    QCOMPARE(kept->region, u"demo-1"_s);
    kept->id = u"saved"_s;
    QVERIFY(OpenStackEnv::environmentIdsOf(*kept).contains(id));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile f(jobStorePath() + suffix);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
    }
}

void tst_Submit::osCloudUnknownExitsThree()
{
    const QString file = writeRequest(u"cli-oscloud-unknown"_s, ShutoffServerId);
    const Run r = submit({file}, cloudsYamlEnvironment(u"no-such-cloud"_s));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"no-such-cloud"_s), qPrintable(r.err));
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_Submit::osCloudUnreadableExitsTwo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // in the message
    // Issue 17: a self-referencing alias before a normal clouds: section crashed submit.
    const QByteArray cloud = "clouds:\n  demo-lab:\n    auth:\n      auth_url: "
                             "http://127.0.0.1:9/v3\n";
    QTest::newRow("cyclic alias") << u"clouds.yaml"_s << QByteArray("a: &a [*a]\n" + cloud)
                                  << u"line 1"_s;
    QByteArray bomb = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 9; ++i) {
        const QByteArray prev = "*l" + QByteArray::number(i - 1);
        bomb += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [" + prev;
        for (int k = 1; k < 10; ++k)
            bomb += ", " + prev;
        bomb += "]\n";
    }
    QTest::newRow("alias bomb") << u"clouds.yaml"_s << QByteArray(cloud + bomb) << u"alias"_s;
    QTest::newRow("cyclic secure.yaml")
        << u"secure.yaml"_s << QByteArray("clouds:\n  demo-lab:\n    auth: &s [*s]\n")
        << u"line 3"_s;
}

void tst_Submit::osCloudUnreadableExitsTwo()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const QString request = writeRequest(u"cli-oscloud-cyclic"_s, ShutoffServerId);
    const QProcessEnvironment env = cloudsYamlEnvironment(u"demo-lab"_s);
    const QString path = env.value(u"XDG_CONFIG_HOME"_s) + u"/openstack/"_s + file;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(yaml);
    f.close();
    const Run r = submit({request}, env);
    QVERIFY2(r.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_Submit::timeoutExitsFour()
{
    DemoCloudProcess slow;
    slow.setJobSeconds(30);
    QVERIFY(slow.start());
    const QString file = writeRequest(u"cli-slow"_s, ShutoffServerId);
    const Run r =
        submit({file, u"--wait"_s, u"--timeout"_s, u"1"_s}, environment(slow.authUrl()), 30000);
    QVERIFY2(r.exitCode == 4, qPrintable(r.err));
    QCOMPARE(r.lines(u"status="_s), QStringList{u"timeout"_s});
    const QStringList ids = r.lines(u"job_id="_s);
    QCOMPARE(ids.size(), 1);
    // The job stays in the store, still running, for the monitor to follow.
    const QList<JobRecord> stored = JobStore(jobStorePath()).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().jobId, ids.constFirst());
    QCOMPARE(stored.constFirst().state, JobState::Running);
}

void tst_Submit::akskGlanceOver12MbExitsTwo()
{
    // A saved AK/SK profile (Huawei Cloud family, endpoints overridden to the demo cloud): a
    // Glance upload over 12 MB is refused before signing in; nothing reaches the cloud.
    const QString home = m_home->path();
    {
        ProfileStore store(home + u"/config/Imagewright/imagewright.conf"_s);
        CloudProfile p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.name = u"signed"_s;
        p.family = CloudFamily::HuaweiCloud;
        p.authUrl = m_demo.authUrl();
        p.region = u"demo-1"_s;
        p.authMethod = AuthMethod::AkSk;
        p.accessKey = u"DEMOACCESSKEYID"_s;
        p.endpointOverrides.insert(u"image"_s, m_demo.baseUrl());
        store.upsert(p);
    }
    QFile image(m_home->filePath(u"big.qcow2"_s));
    QVERIFY(image.open(QIODevice::WriteOnly));
    QVERIFY(image.resize(12LL * 1024 * 1024 + 1));
    image.close();
    const QJsonObject root{{u"format"_s, 1},
        {u"method"_s, u"glance-create-upload"_s},
        {u"params"_s, QJsonObject{{u"file"_s, u"big.qcow2"_s}}},
        {u"body"_s,
            QJsonObject{{u"name"_s, u"big"_s},
                {u"disk_format"_s, u"qcow2"_s},
                {u"container_format"_s, u"bare"_s}}}};
    QFile request(m_home->filePath(u"glance.json"_s));
    QVERIFY(request.open(QIODevice::WriteOnly));
    request.write(QJsonDocument(root).toJson());
    request.close();

    const Run r =
        submit({u"--profile"_s, u"signed"_s, request.fileName()}, environment(m_demo.authUrl()));
    QCOMPARE(r.exitCode, 2);
    const QString said = r.out + r.err;
    QVERIFY2(said.contains(u"12 MB"_s), qPrintable(said));
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_Submit::glanceUploadKeptAfterADroppedConnectionExitsZero()
{
    // Issue 12, defect 12: the cloud stores the file and drops the connection before its 204.
    // submit asks the image's status before deciding: saving, then active: exit 0.
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, u"/v2/images/"_s},
        {u"kind"_s, u"drop"_s},
        {u"count"_s, 1}});
    QFile image(m_home->filePath(u"kept.qcow2"_s));
    QVERIFY(image.open(QIODevice::WriteOnly));
    QVERIFY(image.write(QByteArray(2 * 1024 * 1024 + 5, 'k')) > 0);
    image.close();
    const QJsonObject root{{u"format"_s, 1},
        {u"method"_s, u"glance-create-upload"_s},
        {u"params"_s, QJsonObject{{u"file"_s, u"kept.qcow2"_s}}},
        {u"body"_s,
            QJsonObject{{u"name"_s, u"kept"_s},
                {u"min_disk"_s, 1},
                {u"disk_format"_s, u"qcow2"_s},
                {u"container_format"_s, u"bare"_s}}}};
    QFile request(m_home->filePath(u"glance.json"_s));
    QVERIFY(request.open(QIODevice::WriteOnly));
    request.write(QJsonDocument(root).toJson());
    request.close();

    const Run r = submit({request.fileName(), u"--wait"_s}, environment(m_demo.authUrl()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.lines(u"image_id="_s).size(), 1);
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    QCOMPARE(m_demo.countRequests("PUT", u"/v2/images/"_s), 1);
}

void tst_Submit::interruptWhileWaitingExits130()
{
    // Ctrl+C (SIGINT; app/cli/interruptwatcher_unix.cpp) while --wait follows a job that runs
    // for a minute: exit 130, and the job stays in the store for the monitor to follow.
    DemoCloudProcess slow;
    slow.setJobSeconds(60);
    QVERIFY2(slow.start(), "the demo cloud did not start");
    const QString file = writeRequest(u"cli-interrupted"_s, ShutoffServerId);
    QProcess p;
    p.setProcessEnvironment(environment(slow.authUrl()));
    p.start(QStringLiteral(IW_IMAGEWRIGHT_PATH), {u"submit"_s, file, u"--wait"_s});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("job_id="), 30000);
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 130, qPrintable(err));
    QVERIFY2(err.contains(u"Interrupted"_s), qPrintable(err));
    const QList<JobRecord> stored = JobStore(jobStorePath()).load();
    QCOMPARE(stored.size(), 1);
    QVERIFY(!stored.constFirst().isTerminal());
}

void tst_Submit::historyNotWritableAtTheEndExitsFour()
{
    // Issue 12, defect 5: the create left and the job ended, but the job history cannot be
    // written (another connection holds its write lock past the busy timeout): the end is not
    // recorded, so the exit code does not promise it (4), and stderr says why.
    DemoCloudProcess cloud;
    cloud.setJobSeconds(3);
    QVERIFY2(cloud.start(), "the demo cloud did not start");
    const QString file = writeRequest(u"cli-history-locked"_s, ShutoffServerId);
    QProcess p;
    p.setProcessEnvironment(environment(cloud.authUrl()));
    p.start(QStringLiteral(IW_IMAGEWRIGHT_PATH), {u"submit"_s, file, u"--wait"_s});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("job_id="), 30000);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        db.setDatabaseName(jobStorePath());
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
        QVERIFY(p.waitForFinished(180000)); // every save waits out the 10 s busy timeout
        lock.exec(u"ROLLBACK"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    out += p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 4, qPrintable(QString::fromUtf8(out) + err));
    QVERIFY2(err.contains(u"job history could not be written"_s), qPrintable(err));
    const QList<JobRecord> stored = JobStore(jobStorePath()).load();
    QCOMPARE(stored.size(), 1);
    QVERIFY(!stored.constFirst().isTerminal()); // the end is indeed not recorded
}

QTEST_GUILESS_MAIN(tst_Submit)
#include "tst_submit.moc"
