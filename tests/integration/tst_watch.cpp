// `imagewright watch ID` end to end (interfaces.md §3, issue 12): the built executable follows
// one job of the store to its end, named by its local id, job id or marker, with the stdout
// lines and exit codes of `submit --wait`. A create whose answer was lost (the demo cloud
// carries it out and drops the connection) is looked up by its marker, never sent again.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "jobs/jobrecord.h"
#include "jobs/jobstore.h"
#include "support/clirun.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {
const QString ShutoffServerId = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s; // db-01
} // namespace

class tst_Watch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void followsAJobSubmittedWithoutWait();
    void aFinishedJobNeedsNoCloud();
    void lostAnswerFoundByItsMarker();
    void lostAnswerFoundInTheSameRunWithWait();
    void otherJobsAreLeftAlone();
    void badCommandLinesExitTwo();
    void environmentJobWithoutTheEnvironmentExitsThree();
    void timeoutExitsFour();

private:
    QString writeRequest(const QString &name);
    CliRun run(const QString &command, const QStringList &arguments,
        const QProcessEnvironment &env, int timeoutMs = 60000);
    QList<JobRecord> stored() const
    {
        return JobStore(m_home->filePath(u"data/Imagewright/imagewright/jobs.sqlite"_s)).load();
    }

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_home;
};

void tst_Watch::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    m_demo.setJobSeconds(1.5);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_Watch::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
}

QString tst_Watch::writeRequest(const QString &name)
{
    const QJsonObject root{{u"format"_s, 1},
        {u"method"_s, u"ims-ecs"_s},
        {u"params"_s, QJsonObject{}},
        {u"body"_s, QJsonObject{{u"name"_s, name}, {u"instance_id"_s, ShutoffServerId}}}};
    const QString path = m_home->filePath(name + u".json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(root).toJson());
    return path;
}

CliRun tst_Watch::run(const QString &command, const QStringList &arguments,
    const QProcessEnvironment &env, int timeoutMs)
{
    return runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH), QStringList{command} + arguments, env,
        timeoutMs, u"tst_watch-cli.log"_s);
}

void tst_Watch::followsAJobSubmittedWithoutWait()
{
    const QProcessEnvironment env = demoCliEnvironment(m_home->path(), m_demo.authUrl());
    const CliRun submitted = run(u"submit"_s, {writeRequest(u"watch-me"_s)}, env);
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    const QString jobId = submitted.lines(u"job_id="_s).value(0);
    QVERIFY(!jobId.isEmpty());

    const CliRun watched = run(u"watch"_s, {jobId}, env);
    QVERIFY2(watched.exitCode == 0, qPrintable(watched.out + watched.err));
    QCOMPARE(watched.lines(u"job_id="_s), QStringList{jobId});
    QCOMPARE(watched.lines(u"status="_s), QStringList{u"succeeded"_s});
    QCOMPARE(watched.lines(u"image_id="_s).size(), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1); // never re-sent
    const QList<JobRecord> jobs = stored();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.constFirst().state, JobState::Succeeded);
    QCOMPARE(jobs.constFirst().imageIds, watched.lines(u"image_id="_s));
}

void tst_Watch::aFinishedJobNeedsNoCloud()
{
    const QProcessEnvironment env = demoCliEnvironment(m_home->path(), m_demo.authUrl());
    const CliRun submitted = run(u"submit"_s, {writeRequest(u"watch-done"_s), u"--wait"_s}, env);
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    m_demo.clearRequests();
    // By its local id, with no OS_* variables at all: its end is in the store.
    const QString localId = stored().value(0).localId;
    const CliRun watched = run(u"watch"_s, {localId}, demoCliEnvironment(m_home->path()));
    QVERIFY2(watched.exitCode == 0, qPrintable(watched.out + watched.err));
    QCOMPARE(watched.lines(u"image_id="_s), submitted.lines(u"image_id="_s));
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_Watch::lostAnswerFoundByItsMarker()
{
    // The cloud carries the create out and drops the connection before answering: submit
    // cannot know the outcome (exit 4). watch looks it up by its marker until the image is
    // there: 4 while it is not yet found (the outcome stays unknown), then 0 with its ID.
    m_demo.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, u"/v2/cloudimages/action"_s},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"drop"_s}});
    const QProcessEnvironment env = demoCliEnvironment(m_home->path(), m_demo.authUrl());
    const CliRun submitted = run(u"submit"_s, {writeRequest(u"watch-lost"_s)}, env);
    // submit looks it up once (without --wait): not there yet while the cloud's job runs (on a
    // machine slow enough, already there: then it is reported as made).
    QVERIFY2(submitted.exitCode == 4 || submitted.exitCode == 0,
        qPrintable(submitted.out + submitted.err));
    if (submitted.exitCode == 4) {
        QCOMPARE(submitted.lines(u"status="_s), QStringList{u"needs-attention"_s});
        QVERIFY(submitted.lines(u"image_id="_s).isEmpty());
    }
    const QList<JobRecord> jobs = stored();
    QCOMPARE(jobs.size(), 1);
    const QString marker = jobs.constFirst().marker;
    QVERIFY(!marker.isEmpty());

    CliRun watched;
    int runs = 0;
    for (; runs < 20; ++runs) {
        watched = run(u"watch"_s, {marker}, env);
        QVERIFY2(watched.exitCode == 0 || watched.exitCode == 4,
            qPrintable(watched.out + watched.err));
        if (watched.exitCode == 0)
            break;
        QCOMPARE(watched.lines(u"status="_s), QStringList{u"needs-attention"_s});
        QVERIFY(watched.lines(u"image_id="_s).isEmpty());
        QTest::qWait(500); // the cloud's job runs 1.5 s
    }
    QVERIFY2(watched.exitCode == 0, qPrintable(watched.out + watched.err));
    QCOMPARE(watched.lines(u"status="_s), QStringList{u"succeeded"_s});
    QCOMPARE(watched.lines(u"image_id="_s).size(), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1); // never re-sent
    QCOMPARE(stored().constFirst().state, JobState::Succeeded);
}

void tst_Watch::lostAnswerFoundInTheSameRunWithWait()
{
    // Issue 12, defect 9: submit --wait looks a create whose answer was lost up by its marker
    // until it is found, then reports it as any other: exit 0 with its image's ID.
    m_demo.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, u"/v2/cloudimages/action"_s},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"drop"_s}});
    const QProcessEnvironment env = demoCliEnvironment(m_home->path(), m_demo.authUrl());
    const CliRun r = run(u"submit"_s, {writeRequest(u"wait-lost"_s), u"--wait"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    QCOMPARE(r.lines(u"image_id="_s).size(), 1);
    QVERIFY2(r.err.contains(u"marker"_s), qPrintable(r.err));
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1); // never re-sent
    QCOMPARE(stored().constFirst().state, JobState::Succeeded);
}

void tst_Watch::otherJobsAreLeftAlone()
{
    // Two jobs in the store; watching one never polls the other's cloud job.
    const QProcessEnvironment env = demoCliEnvironment(m_home->path(), m_demo.authUrl());
    const CliRun first = run(u"submit"_s, {writeRequest(u"watch-one"_s)}, env);
    const CliRun second = run(u"submit"_s, {writeRequest(u"watch-two"_s)}, env);
    QVERIFY2(first.exitCode == 0 && second.exitCode == 0, qPrintable(first.err + second.err));
    const QString other = second.lines(u"job_id="_s).value(0);
    m_demo.clearRequests();
    const CliRun watched = run(u"watch"_s, {first.lines(u"job_id="_s).value(0)}, env);
    QVERIFY2(watched.exitCode == 0, qPrintable(watched.out + watched.err));
    QVERIFY(m_demo.countRequests("GET", u"/v1/"_s) > 0); // its own job was polled
    for (const QJsonValue &v : m_demo.requests())
        QVERIFY2(!v.toObject().value(u"path"_s).toString().contains(other),
            qPrintable(v.toObject().value(u"path"_s).toString()));
}

void tst_Watch::badCommandLinesExitTwo()
{
    const QProcessEnvironment env = demoCliEnvironment(m_home->path(), m_demo.authUrl());
    CliRun r = run(u"watch"_s, {}, env);
    QCOMPARE(r.exitCode, 2);
    r = run(u"watch"_s, {u"abc"_s, u"--timeout"_s, u"soon"_s}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"--timeout"_s));
    r = run(u"watch"_s, {u"no-such-job"_s}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no-such-job"_s), qPrintable(r.err));
    r = run(u"watch"_s, {u"--help"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"--timeout"_s));
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_Watch::environmentJobWithoutTheEnvironmentExitsThree()
{
    // Submitted with OS_* variables: watching it needs the same cloud and user.
    const CliRun submitted = run(u"submit"_s, {writeRequest(u"watch-env"_s)},
        demoCliEnvironment(m_home->path(), m_demo.authUrl()));
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    const QString jobId = submitted.lines(u"job_id="_s).value(0);
    const CliRun none = run(u"watch"_s, {jobId}, demoCliEnvironment(m_home->path()));
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains(u"OS_AUTH_URL"_s), qPrintable(none.err));
    QProcessEnvironment otherUser = demoCliEnvironment(m_home->path(), m_demo.authUrl());
    otherUser.insert(u"OS_USERNAME"_s, u"someone-else"_s);
    const CliRun other = run(u"watch"_s, {jobId}, otherUser);
    QCOMPARE(other.exitCode, 3);
    QCOMPARE(stored().constFirst().state, JobState::Running); // untouched
}

void tst_Watch::timeoutExitsFour()
{
    DemoCloudProcess slow;
    slow.setJobSeconds(60);
    QVERIFY2(slow.start(), "the demo cloud did not start");
    const QProcessEnvironment env = demoCliEnvironment(m_home->path(), slow.authUrl());
    const CliRun submitted = run(u"submit"_s, {writeRequest(u"watch-slow"_s)}, env);
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    const CliRun watched =
        run(u"watch"_s, {submitted.lines(u"job_id="_s).value(0), u"--timeout"_s, u"2"_s}, env);
    QCOMPARE(watched.exitCode, 4);
    QCOMPARE(watched.lines(u"status="_s), QStringList{u"timeout"_s});
    QVERIFY(watched.lines(u"image_id="_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Watch)
#include "tst_watch.moc"
