// `imagewright images copy|export` (issue 13) against the demo cloud: the executable as a child
// process with the OS_* variables of the demo project in a private home. Each action is an IMS
// job of the demo cloud's --job-seconds, followed with --wait: a copy ends in a new active image
// in the list, an export in an object in the OBS stand-in's bucket, a "fail-" name in FAIL; the
// local rules stop a request before anything is sent.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "support/clirun.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_ImagesJobCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void copyMakesAnActiveImage();
    void copyWithoutWaitIsFollowedByWatch();
    void crossRegionCopyIsRecorded();
    void exportWritesTheObject();
    void failTriggerEndsInFail();
    void localRulesSendNothing();
    void imageStateRefusedBeforeSending();

private:
    CliRun command(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QString privateActiveImage();
    QJsonArray listed(const QString &name);
    int jobPosts();

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_home;
};

void tst_ImagesJobCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    m_demo.setJobSeconds(1);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_ImagesJobCli::init()
{
    m_demo.clearRequests();
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
}

CliRun tst_ImagesJobCli::command(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = demoCliEnvironment(m_home->path(), m_demo.authUrl());
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return runCli(
        QStringLiteral(IW_IMAGEWRIGHT_PATH), arguments, env, 60000, u"tst_imagesjobcli-cli.log"_s);
}

QString tst_ImagesJobCli::privateActiveImage()
{
    const CliRun r = command({u"images"_s, u"list"_s, u"--json"_s, u"--status"_s, u"active"_s});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject image = v.toObject();
        const qint64 size = qint64(image.value(u"size"_s).toDouble());
        if (image.value(u"visibility"_s).toString() == u"private"
            && !image.value(u"name"_s).toString().startsWith(u"fail-"_s)
            && size < 100LL * 1024 * 1024 * 1024)
            return image.value(u"id"_s).toString();
    }
    return {};
}

QJsonArray tst_ImagesJobCli::listed(const QString &name)
{
    const CliRun r = command({u"images"_s, u"list"_s, u"--json"_s, u"--name"_s, name});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

int tst_ImagesJobCli::jobPosts()
{
    int n = 0;
    for (const QJsonValue &v : m_demo.requests()) {
        const QJsonObject r = v.toObject();
        const QString path = r.value(u"path"_s).toString();
        if (r.value(u"method"_s).toString() == u"POST" && path.startsWith(u"/v1/cloudimages/"_s)
            && (path.endsWith(u"/copy"_s) || path.endsWith(u"/cross_region_copy"_s)
                || path.endsWith(u"/file"_s)))
            ++n;
    }
    return n;
}

void tst_ImagesJobCli::copyMakesAnActiveImage()
{
    const QString source = privateActiveImage();
    QVERIFY(!source.isEmpty());
    const CliRun r = command({u"images"_s, u"copy"_s, source, u"--name"_s, u"cli copy one"_s,
        u"--kms-key"_s, u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s, u"--wait"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(u"source_image_id="_s), QStringList{source});
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    const QStringList made = r.lines(u"image_id="_s);
    QCOMPARE(made.size(), 1);
    QVERIFY(made.constFirst() != source);
    // The request as sent.
    QJsonObject sent;
    for (const QJsonValue &v : m_demo.requests()) {
        if (v.toObject().value(u"path"_s).toString() != u"/v1/cloudimages/%1/copy"_s.arg(source))
            continue;
        const QJsonValue body = v.toObject().value(u"body"_s);
        sent = body.isObject() ? body.toObject()
                               : QJsonDocument::fromJson(body.toString().toUtf8()).object();
    }
    QCOMPARE(sent,
        (QJsonObject{{u"name"_s, u"cli copy one"_s},
            {u"cmk_id"_s, u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s}}));
    // The copy is in the library, active.
    const QJsonArray copies = listed(u"cli copy one"_s);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.at(0).toObject().value(u"id"_s).toString(), made.constFirst());
    QCOMPARE(copies.at(0).toObject().value(u"status"_s).toString(), u"active"_s);
    // The monitor has the job, ended, naming the copy.
    const CliRun jobs = command({u"jobs"_s, u"--json"_s});
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(jobs.out.toUtf8()).array()) {
        const QJsonObject j = v.toObject();
        if (j.value(u"kind"_s).toString() == u"ims-copy") {
            found = true;
            QCOMPARE(j.value(u"state"_s).toString(), u"succeeded"_s);
            QVERIFY(QJsonDocument(j).toJson().contains(made.constFirst().toUtf8()));
        }
    }
    QVERIFY2(found, qPrintable(jobs.out));
}

void tst_ImagesJobCli::copyWithoutWaitIsFollowedByWatch()
{
    const QString source = privateActiveImage();
    const CliRun r = command({u"images"_s, u"copy"_s, source, u"--name"_s, u"cli copy two"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(out.value(u"status"_s).toString(), u"running"_s);
    QCOMPARE(out.value(u"source_image_id"_s).toString(), source);
    const QString job = out.value(u"job_id"_s).toString();
    QVERIFY(!job.isEmpty());
    const CliRun watch = command({u"watch"_s, job, u"--timeout"_s, u"30"_s});
    QVERIFY2(watch.exitCode == 0, qPrintable(watch.err));
    const QStringList images = watch.lines(u"image_id="_s);
    QCOMPARE(images.size(), 1);
    QVERIFY(images.constFirst() != source); // the copy, not the source
}

void tst_ImagesJobCli::crossRegionCopyIsRecorded()
{
    const QString source = privateActiveImage();
    const CliRun r = command({u"images"_s, u"copy"_s, source, u"--name"_s, u"far copy"_s,
        u"--region"_s, u"cn-north-4"_s, u"--project"_s, u"cn-north-4"_s, u"--agency"_s,
        u"ims_admin_agency"_s, u"--wait"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(u"region="_s), QStringList{u"cn-north-4"_s});
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    QVERIFY(r.lines(u"image_id="_s).isEmpty()); // the copy is in the other region
    QVERIFY(listed(u"far copy"_s).isEmpty());
    bool recorded = false;
    for (const QJsonValue &v : m_demo.jobs()) {
        const QJsonObject request = v.toObject().value(u"request"_s).toObject();
        if (request.value(u"name"_s).toString() == u"far copy") {
            recorded = true;
            QCOMPARE(request.value(u"region"_s).toString(), u"cn-north-4"_s);
            QCOMPARE(request.value(u"agency_name"_s).toString(), u"ims_admin_agency"_s);
        }
    }
    QVERIFY(recorded);
}

void tst_ImagesJobCli::exportWritesTheObject()
{
    const QString source = privateActiveImage();
    const CliRun r = command({u"images"_s, u"export"_s, source, u"--bucket"_s,
        u"imagewright-demo"_s, u"--object"_s, u"exports/cli-export.vmdk"_s, u"--format"_s,
        u"vmdk"_s, u"--wait"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(u"image_id="_s), QStringList{source});
    QCOMPARE(r.lines(u"bucket_url="_s), QStringList{u"imagewright-demo:exports/cli-export.vmdk"_s});
    QCOMPARE(r.lines(u"status="_s), QStringList{u"succeeded"_s});
    QProcessEnvironment obs;
    obs.insert(u"OBS_ACCESS_KEY_ID"_s, u"DEMOACCESSKEYID"_s);
    obs.insert(u"OBS_SECRET_ACCESS_KEY"_s, u"demo-secret-key"_s);
    obs.insert(u"OBS_ENDPOINT"_s, m_demo.baseUrl().toString());
    obs.insert(u"OBS_REGION"_s, u"demo-1"_s);
    const CliRun ls = command({u"obs"_s, u"ls"_s, u"imagewright-demo/exports/"_s}, obs);
    QVERIFY2(ls.exitCode == 0, qPrintable(ls.err));
    QVERIFY2(ls.out.contains(u"cli-export.vmdk"_s), qPrintable(ls.out));
    // A bucket that is not of the Standard class is refused by the cloud: exit 1.
    const CliRun cold = command({u"images"_s, u"export"_s, source, u"--bucket"_s,
        u"imagewright-demo-cold"_s, u"--object"_s, u"x.qcow2"_s, u"--format"_s, u"qcow2"_s});
    QCOMPARE(cold.exitCode, 1);
    QVERIFY(cold.lines(u"job_id="_s).isEmpty());
}

void tst_ImagesJobCli::failTriggerEndsInFail()
{
    const QString source = privateActiveImage();
    const CliRun copy = command(
        {u"images"_s, u"copy"_s, source, u"--name"_s, u"fail-copy"_s, u"--wait"_s});
    QCOMPARE(copy.exitCode, 1);
    QCOMPARE(copy.lines(u"status="_s), QStringList{u"failed"_s});
    QVERIFY(copy.err.contains(u"IMG.0014"_s));
    QVERIFY(listed(u"fail-copy"_s).isEmpty()); // IMS removes what a failed job made
    // An image named fail-... fails its export.
    const CliRun renamed = command({u"images"_s, u"set"_s, source, u"--name"_s, u"fail-export-me"_s});
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
    const CliRun exp = command({u"images"_s, u"export"_s, source, u"--bucket"_s,
        u"imagewright-demo"_s, u"--object"_s, u"exports/fail.qcow2"_s, u"--format"_s,
        u"qcow2"_s, u"--wait"_s});
    QCOMPARE(exp.exitCode, 1);
    QCOMPARE(exp.lines(u"status="_s), QStringList{u"failed"_s});
    const CliRun back = command({u"images"_s, u"set"_s, source, u"--name"_s, u"web-base-restored"_s});
    QCOMPARE(back.exitCode, 0);
}

void tst_ImagesJobCli::localRulesSendNothing()
{
    const QString source = privateActiveImage();
    m_demo.clearRequests();
    const QList<QStringList> invalid{
        {u"copy"_s, source}, // no --name
        {u"copy"_s, source, u"--name"_s, u"bad/name"_s},
        {u"copy"_s, source, u"--name"_s, u"x"_s, u"--kms-key"_s, u"nokey"_s},
        {u"copy"_s, source, u"--name"_s, u"x"_s, u"--region"_s, u"cn-north-4"_s}, // no project, agency
        {u"copy"_s, source, u"--name"_s, u"x"_s, u"--region"_s, u"demo-1"_s, u"--project"_s,
            u"p"_s, u"--agency"_s, u"a"_s}, // its own region
        {u"export"_s, source, u"--bucket"_s, u"Bad_Bucket"_s, u"--object"_s, u"o"_s, u"--format"_s,
            u"qcow2"_s},
        {u"export"_s, source, u"--bucket"_s, u"imagewright-demo"_s, u"--object"_s, u"o"_s,
            u"--format"_s, u"raw"_s},
        {u"export"_s, source, u"--bucket"_s, u"imagewright-demo"_s, u"--object"_s, u"o"_s,
            u"--format"_s, u"qcow2"_s, u"--quick"_s},
        {u"export"_s, source, u"--bucket"_s, u"imagewright-demo"_s, u"--format"_s, u"qcow2"_s},
    };
    for (const QStringList &args : invalid) {
        const CliRun r = command(QStringList{u"images"_s} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(u"--"_s), qPrintable(r.err)); // the option at fault is named
    }
    QCOMPARE(jobPosts(), 0);
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 0); // not even a sign-in
}

void tst_ImagesJobCli::imageStateRefusedBeforeSending()
{
    // A sample image that is not active is refused after reading it: exit 1, nothing sent.
    const CliRun list = command({u"images"_s, u"list"_s, u"--json"_s});
    QString notActive;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QJsonObject image = v.toObject();
        if (image.value(u"status"_s).toString() != u"active"
            && image.value(u"visibility"_s).toString() == u"private") {
            notActive = image.value(u"id"_s).toString();
            break;
        }
    }
    QVERIFY2(!notActive.isEmpty(), "the demo cloud's samples have an image that is not active");
    m_demo.clearRequests();
    const CliRun r = command({u"images"_s, u"export"_s, notActive, u"--bucket"_s,
        u"imagewright-demo"_s, u"--object"_s, u"o.qcow2"_s, u"--format"_s, u"qcow2"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.lines(u"job_id="_s).isEmpty());
    QCOMPARE(jobPosts(), 0);
}

QTEST_GUILESS_MAIN(tst_ImagesJobCli)
#include "tst_imagesjobcli.moc"
