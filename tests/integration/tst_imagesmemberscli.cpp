// `imagewright images share|unshare|members|accept|reject` (issue 13) against the demo cloud:
// the executable as a child process with OS_* variables for the demo project (the owner) or the
// consumer project (the one images are shared with), each in a private home. IMS changes are
// IMS jobs of the demo cloud's --job-seconds, followed with --wait; Glance answers at once.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

const QString ConsumerProject = u"7a3c9e5b1d2f4a6c8e0b2d4f6a8c0e13"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QString value(const QString &key) const
    {
        for (const QString &l : lines()) {
            if (l.startsWith(key + u'='))
                return l.mid(key.size() + 1);
        }
        return {};
    }
};

enum class As
{
    Owner,
    Consumer
};

} // namespace

class tst_ImagesMembersCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void imsShareAcceptUnshare();
    void glanceShareAcceptReject();
    void imsFailTriggerChangesNothing();
    void localRulesSendNothing();
    void consumerCannotShareAnotherProjectsImage();
    void badCommandLineExitsTwo();

private:
    Run images(const QStringList &arguments, As as = As::Owner);
    /// `imagewright ARGUMENTS` (any command) in the same environment as images().
    Run command(const QStringList &arguments, As as = As::Owner);
    QJsonArray recorded(const QByteArray &method, const QString &path);
    QString privateActiveImage(const QString &api, int skip = 0);
    QStringList memberStatuses(const QString &imageId, const QString &api);
    QJsonArray listAs(As as, const QString &api);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_home;
    std::unique_ptr<TestDir> m_consumerHome;
};

void tst_ImagesMembersCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    m_demo.setJobSeconds(1);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_ImagesMembersCli::init()
{
    m_demo.clearRequests();
    m_home = std::make_unique<TestDir>();
    m_consumerHome = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid() && m_consumerHome->isValid());
}

Run tst_ImagesMembersCli::images(const QStringList &arguments, As as)
{
    return command(QStringList{u"images"_s} + arguments, as);
}

Run tst_ImagesMembersCli::command(const QStringList &arguments, As as)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OS_"))
            env.remove(key);
    }
    const QString home = (as == As::Owner ? m_home : m_consumerHome)->path();
    const QString user = as == As::Owner ? u"demo"_s : u"consumer"_s;
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, home + u"/state"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"OS_AUTH_URL"_s, m_demo.authUrl().toString());
    env.insert(u"OS_USERNAME"_s, user);
    env.insert(u"OS_PASSWORD"_s, user);
    env.insert(u"OS_PROJECT_NAME"_s, user);
    env.insert(u"OS_USER_DOMAIN_NAME"_s, u"Default"_s);
    env.insert(u"OS_PROJECT_DOMAIN_ID"_s, u"default"_s);
    env.insert(u"OS_REGION_NAME"_s, u"demo-1"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IW_IMAGEWRIGHT_PATH), arguments);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = u"imagewright did not start"_s;
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = u"imagewright did not end in time"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    QFile log(QDir::temp().filePath(u"tst_imagesmemberscli-cli.log"_s));
    if (log.open(QIODevice::Append)) {
        log.write(u"$ imagewright %1\n"_s.arg(arguments.join(u' ')).toUtf8());
        log.write(r.out.toUtf8() + r.err.toUtf8());
    }
    return r;
}

QJsonArray tst_ImagesMembersCli::recorded(const QByteArray &method, const QString &path)
{
    QJsonArray matching;
    const QJsonArray all = m_demo.requests();
    for (const QJsonValue &v : all) {
        const QJsonObject r = v.toObject();
        if (r.value(u"method"_s).toString().toLatin1() == method
            && r.value(u"path"_s).toString().startsWith(path))
            matching.append(r);
    }
    return matching;
}

QString tst_ImagesMembersCli::privateActiveImage(const QString &api, int skip)
{
    const Run r = images({u"list"_s, u"--json"_s, u"--api"_s, api, u"--status"_s, u"active"_s});
    for (const QJsonValue &v : r.array()) {
        const QJsonObject image = v.toObject();
        if (image.value(u"visibility"_s).toString() == u"private"
            && !image.value(u"name"_s).toString().startsWith(u"fail-"_s)
            && !image.value(u"protected"_s).toBool() && skip-- <= 0)
            return image.value(u"id"_s).toString();
    }
    return {};
}

QStringList tst_ImagesMembersCli::memberStatuses(const QString &imageId, const QString &api)
{
    const Run r = images({u"members"_s, imageId, u"--json"_s, u"--api"_s, api});
    if (r.exitCode != 0)
        return {u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)};
    QStringList list;
    for (const QJsonValue &v : r.array())
        list << v.toObject().value(u"member_id"_s).toString() + u':'
                + v.toObject().value(u"status"_s).toString();
    return list;
}

QJsonArray tst_ImagesMembersCli::listAs(As as, const QString &api)
{
    return images({u"list"_s, u"--json"_s, u"--all"_s, u"--api"_s, api}, as).array();
}

namespace {

QJsonObject byId(const QJsonArray &images, const QString &id)
{
    for (const QJsonValue &v : images) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

void tst_ImagesMembersCli::imsShareAcceptUnshare()
{
    const QString id = privateActiveImage(u"ims"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(byId(listAs(As::Consumer, u"ims"_s), id).isEmpty()); // not shared yet

    Run r = images({u"share"_s, id, u"--project"_s, ConsumerProject, u"--wait"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.value(u"image_id"_s), id);
    QVERIFY(!r.value(u"job_id"_s).isEmpty());
    QCOMPARE(r.value(u"status"_s), u"succeeded"_s);
    // One batch request with the reference's body, answered with a job that was followed.
    const QJsonArray posts = recorded("POST", u"/v1/cloudimages/members"_s);
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = posts.first().toObject().value(u"body"_s).toObject();
    QCOMPARE(body.value(u"images"_s).toArray(), QJsonArray{id});
    QCOMPARE(body.value(u"projects"_s).toArray(), QJsonArray{ConsumerProject});
    QVERIFY(m_demo.countRequests("GET", u"/v1/cloudimages/job/"_s + r.value(u"job_id"_s)) >= 1);
    // The job is in the monitor's store: its own kind, followed to its end, naming the image.
    const Run jobs = command({u"jobs"_s, u"--json"_s});
    QVERIFY2(jobs.exitCode == 0, qPrintable(jobs.err));
    QJsonObject job;
    for (const QJsonValue &v : jobs.array()) {
        if (v.toObject().value(u"job_id"_s).toString() == r.value(u"job_id"_s))
            job = v.toObject();
    }
    QCOMPARE(job.value(u"kind"_s).toString(), u"ims-members"_s);
    QCOMPARE(job.value(u"state"_s).toString(), u"succeeded"_s);
    QCOMPARE(job.value(u"image_ids"_s).toArray(), QJsonArray{id});
    QCOMPARE(memberStatuses(id, u"ims"_s), QStringList{ConsumerProject + u":pending"_s});

    // The consumer sees it among the images shared with it, and accepts it.
    const QJsonObject seen = byId(listAs(As::Consumer, u"ims"_s), id);
    QCOMPARE(seen.value(u"image_type"_s).toString(), u"shared"_s);
    r = images({u"accept"_s, id, u"--wait"_s}, As::Consumer);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.value(u"status"_s), u"succeeded"_s);
    const QJsonArray puts = recorded("PUT", u"/v1/cloudimages/members"_s);
    QCOMPARE(puts.size(), 1);
    const QJsonObject put = puts.first().toObject().value(u"body"_s).toObject();
    QCOMPARE(put.value(u"project_id"_s).toString(), ConsumerProject);
    QCOMPARE(put.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(memberStatuses(id, u"ims"_s), QStringList{ConsumerProject + u":accepted"_s});

    r = images({u"unshare"_s, id, u"--project"_s, ConsumerProject, u"--wait"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(recorded("DELETE", u"/v1/cloudimages/members"_s).size(), 1);
    QCOMPARE(memberStatuses(id, u"ims"_s), QStringList());
    QVERIFY(byId(listAs(As::Consumer, u"ims"_s), id).isEmpty());
}

void tst_ImagesMembersCli::glanceShareAcceptReject()
{
    const QString id = privateActiveImage(u"glance"_s, 5); // not the IMS tests' images
    QVERIFY(!id.isEmpty());
    Run r = images({u"share"_s, id, u"--project"_s, ConsumerProject, u"--api"_s, u"glance"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.value(u"status"_s), u"succeeded"_s);
    QVERIFY(r.value(u"job_id"_s).isEmpty()); // Glance answers at once
    QVERIFY(r.lines().contains(u"member=%1 status=pending"_s.arg(ConsumerProject)));
    // The private image was made "shared" first: Glance gives members to shared images only.
    const QJsonArray patches = recorded("PATCH", u"/v2/images/"_s + id);
    QCOMPARE(patches.size(), 1);
    const QJsonObject op = patches.first().toObject().value(u"body"_s).toArray().first().toObject();
    QCOMPARE(op.value(u"path"_s).toString(), u"/visibility"_s);
    QCOMPARE(op.value(u"value"_s).toString(), u"shared"_s);
    QCOMPARE(recorded("POST", u"/v2/images/%1/members"_s.arg(id)).size(), 1);

    // Pending: listed with --all, which asks Glance for every member status.
    m_demo.clearRequests();
    QCOMPARE(byId(listAs(As::Consumer, u"glance"_s), id).value(u"visibility"_s).toString(),
        u"shared"_s);
    const QJsonArray lists = recorded("GET", u"/v2/images"_s);
    QVERIFY(!lists.isEmpty());
    QVERIFY2(lists.first().toObject().value(u"query"_s).toString().contains(u"member_status=all"_s),
        qPrintable(lists.first().toObject().value(u"query"_s).toString()));
    r = images({u"accept"_s, id, u"--api"_s, u"glance"_s}, As::Consumer);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.lines().contains(u"member=%1 status=accepted"_s.arg(ConsumerProject)));
    QCOMPARE(recorded("PUT", u"/v2/images/%1/members/%2"_s.arg(id, ConsumerProject)).size(), 1);
    QCOMPARE(memberStatuses(id, u"glance"_s), QStringList{ConsumerProject + u":accepted"_s});

    r = images({u"reject"_s, id, u"--api"_s, u"glance"_s}, As::Consumer);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(memberStatuses(id, u"glance"_s), QStringList{ConsumerProject + u":rejected"_s});

    r = images({u"unshare"_s, id, u"--project"_s, ConsumerProject, u"--api"_s, u"glance"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(recorded("DELETE", u"/v2/images/%1/members/%2"_s.arg(id, ConsumerProject)).size(),
        1);
    QCOMPARE(memberStatuses(id, u"glance"_s), QStringList());
}

void tst_ImagesMembersCli::imsFailTriggerChangesNothing()
{
    const QString id = privateActiveImage(u"ims"_s, 2);
    QVERIFY(!id.isEmpty());
    Run r = images({u"set"_s, id, u"--name"_s, u"fail-shared"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = images({u"share"_s, id, u"--project"_s, ConsumerProject, u"--wait"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.value(u"status"_s), u"failed"_s);
    QVERIFY2(r.err.contains(u"IMG.0014"_s), qPrintable(r.err)); // the cloud's code and reason
    QCOMPARE(memberStatuses(id, u"ims"_s), QStringList());
}

void tst_ImagesMembersCli::localRulesSendNothing()
{
    const QString id = privateActiveImage(u"ims"_s);
    QVERIFY(!id.isEmpty());
    // Not a project id of IMS's form; the own project; the same project twice.
    const QString own = m_demo.projectId();
    for (const QStringList &projects : {QStringList{u"not-a-project"_s},
             QStringList{own},
             QStringList{ConsumerProject, ConsumerProject}}) {
        QStringList args{u"share"_s, id};
        for (const QString &p : projects)
            args << u"--project"_s << p;
        const Run r = images(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--project"_s), qPrintable(r.err)); // said at the field
    }
    QCOMPARE(recorded("POST", u"/v1/cloudimages/members"_s).size(), 0);
    // Accepting one's own image is refused before anything is sent.
    const Run own2 = images({u"accept"_s, id});
    QCOMPARE(own2.exitCode, 1);
    QCOMPARE(recorded("PUT", u"/v1/cloudimages/members"_s).size(), 0);
}

void tst_ImagesMembersCli::consumerCannotShareAnotherProjectsImage()
{
    const QString id = privateActiveImage(u"ims"_s, 3);
    QVERIFY(!id.isEmpty());
    Run r = images({u"share"_s, id, u"--project"_s, ConsumerProject, u"--wait"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // The consumer sees it but does not own it: nothing sent for a share, and an unknown
    // image is the cloud's refusal.
    r = images({u"share"_s, id, u"--project"_s, u"0123456789abcdef0123456789abcdef"_s},
        As::Consumer);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(recorded("POST", u"/v1/cloudimages/members"_s).size(), 1); // only the owner's
    r = images({u"accept"_s, u"00000000-0000-0000-0000-000000000000"_s}, As::Consumer);
    QCOMPARE(r.exitCode, 1);
}

void tst_ImagesMembersCli::badCommandLineExitsTwo()
{
    QCOMPARE(images({u"share"_s, u"x"_s}).exitCode, 2); // no --project
    QCOMPARE(images({u"members"_s}).exitCode, 2);       // no ID
    QCOMPARE(images({u"accept"_s, u"x"_s, u"--timeout"_s, u"0"_s}).exitCode, 2);
    const Run help = images({u"share"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--project"_s));
    QCOMPARE(recorded("POST", u"/v3/auth/tokens"_s).size(), 0); // nothing reached the cloud
}

QTEST_GUILESS_MAIN(tst_ImagesMembersCli)
#include "tst_imagesmemberscli.moc"
