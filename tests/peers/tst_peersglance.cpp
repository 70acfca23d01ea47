// Method 7 (Glance create + upload) through the core's JobMonitor against the real Glance
// (label peers): the create with a client-chosen image ID; a streamed upload of a few hundred MiB
// seen by Glance as queued → saving → active and verified by the monitor (checksum and
// os_hash_value against the file's own digests, computed here too); a replay of the same create
// is refused with Glance's 409 and never makes a second image; a create whose answer was lost is
// found by its chosen ID (or, when it never took effect, said so), never re-created; an upload
// whose token was revoked before the PUT gets one fresh token; an upload whose account was
// disabled before the PUT ends incomplete with the refusal in its history, never hanging.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/glancecreaterequest.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "net/restclient.h"
#include "net/restjob.h"
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

struct TestFile
{
    QString path;
    qint64 size = 0;
    QString md5;
    QString sha512;
};

// A few hundred MiB, not a multiple of anything Glance or Qt chunk by.
constexpr qint64 LargeBytes = 256 * 1024 * 1024 + 4321;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class tst_PeersGlance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void largeUploadGoesQueuedSavingActiveAndIsVerified();
    void replayedCreateIsRefusedAndMakesNoSecondImage();
    void lostCreateAnswerIsFoundByTheChosenId();
    void lostCreateThatNeverTookEffectWaitsForTheOperator();
    void tokenRevokedBeforeTheUploadIsRenewedOnce();
    void accountDisabledBeforeTheUploadEndsIncomplete();

private:
    std::unique_ptr<JobMonitor> makeMonitor();
    /// Pseudo-random bytes (fixed seed), with the digests computed while writing.
    TestFile writeFile(const QString &name, qint64 size);
    GlanceCreateRequest request(const QString &name) const;
    Outcome submit(
        JobMonitor &monitor, const QString &name, const TestFile &file, const QString &imageId);
    /// Waits (bounded) until the job is terminal or an incomplete upload; false with the job's
    /// timeline in `why` otherwise.
    bool settles(const JobMonitor &monitor, const QString &localId, int seconds, QString *why);
    /// How many images of the demo project carry this ID (Glance's listing, id filter).
    int imagesWithId(const QString &imageId);
    /// A job that was created through the monitor and whose upload the operator cancelled at
    /// once (the image stays queued, no byte sent): what Resume starts from.
    QString cancelledUpload(JobMonitor &monitor, const QString &name, const TestFile &file);
    /// A user of its own in the demo project (role member), so its account can be disabled.
    QString createUser(const QString &name, const QString &password, QString *why);

    std::optional<PeersEnv> m_env;
    std::unique_ptr<PeersRest> m_rest;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
    CloudSession *m_resolved = nullptr; // what the monitor's resolver hands out
};

void tst_PeersGlance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    m_rest = std::make_unique<PeersRest>(*m_env);
}

void tst_PeersGlance::init()
{
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    m_session.reset();
    m_client = std::make_unique<RestClient>();
    m_session = std::make_unique<CloudSession>(m_client.get(), m_env->demoProfile());
    m_session->auth()->setPassword(m_env->demoPassword());
    m_resolved = m_session.get();
}

std::unique_ptr<JobMonitor> tst_PeersGlance::makeMonitor()
{
    auto monitor = std::make_unique<JobMonitor>(JobStore(m_dir->filePath(u"jobs.sqlite"_s)));
    PollPolicy policy;
    policy.first = 500ms;
    policy.minimum = 300ms;
    policy.maximum = 2000ms;
    policy.predictedMaximum = 2000ms;
    monitor->setPollPolicy(policy);
    monitor->setSessionResolver([this](const QString &) { return m_resolved; });
    return monitor;
}

TestFile tst_PeersGlance::writeFile(const QString &name, qint64 size)
{
    TestFile t;
    t.path = m_dir->filePath(name);
    t.size = size;
    QFile f(t.path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha512(QCryptographicHash::Sha512);
    QRandomGenerator random(20261123);
    constexpr qint64 Chunk = 4 * 1024 * 1024;
    QByteArray block(Chunk, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min(Chunk, size - done);
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), Chunk / 4);
        const QByteArrayView part(block.constData(), n);
        md5.addData(part);
        sha512.addData(part);
        if (f.write(part.data(), n) != n)
            return {};
        done += n;
    }
    t.md5 = QString::fromLatin1(md5.result().toHex());
    t.sha512 = QString::fromLatin1(sha512.result().toHex());
    return t;
}

GlanceCreateRequest tst_PeersGlance::request(const QString &name) const
{
    // An OpenStack profile: upstream Glance (plain tags, no __os_version).
    GlanceCreateRequest r;
    r.flavour = GlanceCreateRequest::flavourFor(CloudFamily::OpenStack);
    r.name = name;
    r.diskFormat = u"raw"_s;
    r.containerFormat = u"bare"_s;
    r.tags = {u"peers-test"_s};
    return r;
}

Outcome tst_PeersGlance::submit(
    JobMonitor &monitor, const QString &name, const TestFile &file, const QString &imageId)
{
    Outcome out;
    monitor.submitGlance(m_session.get(),
        name,
        imageId,
        request(name).toBodyWithId(imageId),
        file.path,
        this,
        [&out](const ApiError &e, const QString &id) {
            out.called = true;
            out.error = e;
            out.localId = id;
        });
    static_cast<void>(QTest::qWaitFor([&out] { return out.called; }, 60000));
    return out;
}

bool tst_PeersGlance::settles(
    const JobMonitor &monitor, const QString &localId, int seconds, QString *why)
{
    const auto settled = [&] {
        const int row = monitor.rowOf(localId);
        return row < 0 || monitor.at(row).isTerminal() || monitor.at(row).isIncompleteUpload();
    };
    if (QTest::qWaitFor(settled, seconds * 1000))
        return true;
    const int row = monitor.rowOf(localId);
    *why = u"job did not settle within %1 s; "_s.arg(seconds)
        + (row >= 0 ? describeJob(monitor.at(row)) : u"not tracked"_s);
    return false;
}

int tst_PeersGlance::imagesWithId(const QString &imageId)
{
    // Glance's listing filters by ID with the "in:" operator.
    const PeersReply list = m_rest->call("GET",
        QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images?id=in:"_s + imageId),
        {},
        m_rest->token());
    if (list.status != 200) {
        qWarning("image list: HTTP %d %s", list.status, list.body.constData());
        return -1;
    }
    int n = 0;
    for (const QJsonValue &v : list.json.value(u"images"_s).toArray())
        n += v.toObject().value(u"id"_s).toString() == imageId ? 1 : 0;
    return n;
}

QString tst_PeersGlance::cancelledUpload(
    JobMonitor &monitor, const QString &name, const TestFile &file)
{
    bool cancelled = false;
    const auto connection =
        connect(&monitor, &JobMonitor::jobChanged, this, [&](int row, JobMonitor::Changes) {
            const JobRecord &rec = monitor.at(row);
            if (!cancelled && rec.upload == JobRecord::Upload::Running) {
                cancelled = true; // before the token is handed to the PUT: no byte goes out
                monitor.cancelUpload(rec.localId);
            }
        });
    QSignalSpy uploaded(&monitor, &JobMonitor::uploadEnded);
    const Outcome out = submit(monitor, name, file, newId());
    if (out.error || out.localId.isEmpty() || !uploaded.wait(30000)) {
        qWarning("create or cancel did not happen: %s", qPrintable(out.error.userMessage()));
        disconnect(connection);
        return {};
    }
    disconnect(connection);
    const JobRecord &r = monitor.at(monitor.rowOf(out.localId));
    if (r.state != JobState::Cancelled || !r.isIncompleteUpload()) {
        qWarning("not a cancelled upload: %s", qPrintable(describeJob(r)));
        return {};
    }
    return out.localId;
}

QString tst_PeersGlance::createUser(const QString &name, const QString &password, QString *why)
{
    const QByteArray admin = m_rest->adminToken();
    const QString keystone = m_env->value("OS_AUTH_URL");
    const PeersReply user = m_rest->call("POST",
        QUrl(keystone + u"/users"_s),
        QJsonObject{{u"user"_s,
            QJsonObject{{u"name"_s, name},
                {u"password"_s, password},
                {u"domain_id"_s, u"default"_s},
                {u"default_project_id"_s, m_env->value("IW_PEERS_DEMO_PROJECT_ID")}}}},
        admin);
    const QString userId = user.json.value(u"user"_s).toObject().value(u"id"_s).toString();
    const PeersReply roles =
        m_rest->call("GET", QUrl(keystone + u"/roles?name=member"_s), {}, admin);
    const QJsonArray found = roles.json.value(u"roles"_s).toArray();
    if (user.status != 201 || userId.isEmpty() || found.isEmpty()) {
        *why = u"user create: HTTP %1 %2; roles: %3"_s.arg(user.status)
                   .arg(QString::fromUtf8(user.body), QString::fromUtf8(roles.body));
        return {};
    }
    const QString roleId = found.first().toObject().value(u"id"_s).toString();
    const PeersReply granted = m_rest->call("PUT",
        QUrl(keystone + u"/projects/"_s + m_env->value("IW_PEERS_DEMO_PROJECT_ID") + u"/users/"_s
            + userId + u"/roles/"_s + roleId),
        {},
        admin);
    if (granted.status != 204) {
        *why = u"role grant: HTTP %1 %2"_s.arg(granted.status).arg(QString::fromUtf8(granted.body));
        return {};
    }
    return userId;
}

void tst_PeersGlance::largeUploadGoesQueuedSavingActiveAndIsVerified()
{
    const TestFile file = writeFile(u"large.raw"_s, LargeBytes);
    QVERIFY(!file.md5.isEmpty());
    auto monitor = makeMonitor();
    QSignalSpy uploaded(monitor.get(), &JobMonitor::uploadEnded);
    const QString imageId = newId();
    const QString name = u"iw-glance-large-"_s + imageId.left(8);
    const Outcome out = submit(*monitor, name, file, imageId);
    QVERIFY(out.called);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const QString localId = out.localId;
    QVERIFY(monitor->rowOf(localId) >= 0);
    {
        // Glance took the client's ID and answered with the image queued.
        const JobRecord &r = monitor->at(monitor->rowOf(localId));
        QCOMPARE(r.imageIds, QStringList{imageId});
        QCOMPARE(r.marker, imageId);
        QCOMPARE(r.cloudStatus, u"queued"_s);
    }

    // What Glance itself says while the bytes stream in, read beside the client.
    QStringList seen{u"queued"_s};
    QByteArray token = m_rest->token();
    QElapsedTimer clock;
    clock.start();
    const auto terminal = [&] { return monitor->at(monitor->rowOf(localId)).isTerminal(); };
    bool last = false;
    while (clock.elapsed() < 300000) {
        last = terminal();
        PeersReply image = m_rest->call("GET",
            QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images/"_s + imageId),
            {},
            token);
        if (image.status == 401) { // the 30 s token ran out meanwhile
            token = m_rest->token();
            continue;
        }
        QCOMPARE(image.status, 200);
        const QString status = image.json.value(u"status"_s).toString();
        if (status != seen.constLast())
            seen << status;
        if (last)
            break;
        QTest::qWait(100);
    }
    const JobRecord &r = monitor->at(monitor->rowOf(localId));
    QVERIFY2(r.state == JobState::Succeeded, qPrintable(describeJob(r)));
    QCOMPARE(seen, (QStringList{u"queued"_s, u"saving"_s, u"active"_s}));

    // The monitor streamed the whole file, hashed it on the way and found Glance agreeing.
    QCOMPARE(uploaded.size(), 1);
    QVERIFY(!uploaded.constFirst().at(1).value<ApiError>());
    QCOMPARE(r.upload, JobRecord::Upload::Done);
    QCOMPARE(r.uploadedBytes, file.size);
    QCOMPARE(r.localDigests.value(u"md5"_s), file.md5);
    QCOMPARE(r.localDigests.value(u"sha512"_s), file.sha512);
    QVERIFY2(r.timeline.constLast().text.contains(u"Verified"_s)
            && r.timeline.constLast().text.contains(u"checksum (MD5)"_s)
            && r.timeline.constLast().text.contains(u"os_hash_value (sha512)"_s),
        qPrintable(describeJob(r)));
    const PeersReply image = m_rest->glanceImage(imageId);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.json.value(u"name"_s).toString(), name);
    QCOMPARE(image.json.value(u"size"_s).toInteger(), file.size);
    QCOMPARE(image.json.value(u"checksum"_s).toString(), file.md5);
    QCOMPARE(image.json.value(u"os_hash_algo"_s).toString(), u"sha512"_s);
    QCOMPARE(image.json.value(u"os_hash_value"_s).toString(), file.sha512);
    QCOMPARE(image.json.value(u"tags"_s).toArray(), QJsonArray{u"peers-test"_s});
    QCOMPARE(imagesWithId(imageId), 1);
}

void tst_PeersGlance::replayedCreateIsRefusedAndMakesNoSecondImage()
{
    const TestFile file = writeFile(u"small.raw"_s, 1024 * 1024 + 7);
    auto monitor = makeMonitor();
    const QString imageId = newId();
    const QString name = u"iw-glance-replay-"_s + imageId.left(8);
    const Outcome out = submit(*monitor, name, file, imageId);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    QString why;
    QVERIFY2(settles(*monitor, out.localId, 120, &why), qPrintable(why));
    QVERIFY2(monitor->at(monitor->rowOf(out.localId)).state == JobState::Succeeded,
        qPrintable(describeJob(monitor->at(monitor->rowOf(out.localId)))));

    // The same create again, as a client would resend it after losing the answer: the chosen
    // ID makes Glance refuse it instead of making a second image.
    const QJsonObject body = request(name).toBodyWithId(imageId);
    RestJob *job = m_session->createGlanceImage(body, this);
    QSignalSpy finished(job, &RestJob::finished);
    QVERIFY(finished.wait(60000));
    const ApiError e = job->error();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 409);
    QVERIFY2(e.userMessage().contains(imageId), qPrintable(e.userMessage())); // Glance's words
    // And once more straight through REST: the same answer.
    const PeersReply again = m_rest->call(
        "POST", QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images"_s), body, m_rest->token());
    QCOMPARE(again.status, 409);

    QCOMPARE(imagesWithId(imageId), 1);
    const PeersReply image = m_rest->glanceImage(imageId);
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s); // untouched
    QCOMPARE(image.json.value(u"checksum"_s).toString(), file.md5);
}

void tst_PeersGlance::lostCreateAnswerIsFoundByTheChosenId()
{
    // The create reached Glance, its answer did not reach the app, which then stopped: the
    // store holds the intent (the chosen ID) and a job needing attention.
    const TestFile file = writeFile(u"lost.raw"_s, 2 * 1024 * 1024 + 3);
    const QString imageId = newId();
    const QString name = u"iw-glance-lost-"_s + imageId.left(8);
    const PeersReply created = m_rest->call("POST",
        QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images"_s),
        request(name).toBodyWithId(imageId),
        m_rest->token());
    QCOMPARE(created.status, 201);
    JobRecord r;
    r.localId = newId();
    r.method = CreationMethod::GlanceCreateUpload;
    r.profileId = m_session->profile().id;
    r.name = name;
    r.marker = imageId;
    r.imageIds = {imageId};
    r.created = QDateTime::currentDateTimeUtc();
    r.state = JobState::NeedsAttention;
    r.upload = JobRecord::Upload::Waiting;
    r.uploadFile = file.path;
    r.uploadSize = file.size;
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save({r}));

    auto monitor = makeMonitor();
    monitor->restore();
    // Looked up by the chosen ID: found queued, so the create did take effect; nothing is sent
    // again, the operator resumes the upload.
    QString why;
    QVERIFY2(settles(*monitor, r.localId, 60, &why), qPrintable(why));
    {
        const JobRecord &found = monitor->at(monitor->rowOf(r.localId));
        QVERIFY2(found.isIncompleteUpload() && found.state == JobState::Running,
            qPrintable(describeJob(found)));
        QCOMPARE(found.cloudStatus, u"queued"_s);
    }
    QCOMPARE(imagesWithId(imageId), 1);
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    QVERIFY(monitor->resumeUpload(r.localId));
    QVERIFY(finished.wait(120000));
    const JobRecord &done = monitor->at(monitor->rowOf(r.localId));
    QVERIFY2(done.state == JobState::Succeeded, qPrintable(describeJob(done)));
    QCOMPARE(imagesWithId(imageId), 1);
    QCOMPARE(m_rest->glanceImage(imageId).json.value(u"os_hash_value"_s).toString(), file.sha512);
}

void tst_PeersGlance::lostCreateThatNeverTookEffectWaitsForTheOperator()
{
    const TestFile file = writeFile(u"never.raw"_s, 1024 * 1024);
    const QString imageId = newId(); // never sent to Glance
    JobRecord r;
    r.localId = newId();
    r.method = CreationMethod::GlanceCreateUpload;
    r.profileId = m_session->profile().id;
    r.name = u"iw-glance-never"_s;
    r.marker = imageId;
    r.imageIds = {imageId};
    r.created = QDateTime::currentDateTimeUtc();
    r.state = JobState::NeedsAttention;
    r.upload = JobRecord::Upload::Waiting;
    r.uploadFile = file.path;
    r.uploadSize = file.size;
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s)).save({r}));

    // Issue 12, defect 13: Glance's 404 proves nothing while a create may still be carried
    // out. A few lookups, then the job waits for the operator; never "not created".
    auto monitor = makeMonitor();
    monitor->restore();
    const auto waiting = [&] {
        const JobRecord &j = monitor->at(monitor->rowOf(r.localId));
        return !j.timeline.isEmpty() && j.timeline.constLast().text.contains(u"Retry Poll"_s);
    };
    QTRY_VERIFY_WITH_TIMEOUT(waiting(), 90000);
    const JobRecord &ended = monitor->at(monitor->rowOf(r.localId));
    QVERIFY2(ended.state == JobState::NeedsAttention, qPrintable(describeJob(ended)));
    QVERIFY(ended.errorCode.isEmpty());
    QCOMPARE(imagesWithId(imageId), 0); // and the lookups made none
}

void tst_PeersGlance::tokenRevokedBeforeTheUploadIsRenewedOnce()
{
    const TestFile file = writeFile(u"revoked.raw"_s, 8 * 1024 * 1024 + 11);
    auto monitor = makeMonitor();
    const QString localId =
        cancelledUpload(*monitor, u"iw-glance-revoked-"_s + newId().left(8), file);
    QVERIFY(!localId.isEmpty());

    // Resume through a second session whose token Glance has never seen (Glance's token
    // middleware keeps tokens it validated in its cache) and which Keystone revokes before
    // the PUT.
    RestClient client;
    CloudSession session(&client, m_env->demoProfile());
    session.auth()->setPassword(m_env->demoPassword());
    QByteArray token;
    session.auth()->withToken(this, [&token](const QByteArray &t, const ApiError &) { token = t; });
    QVERIFY(QTest::qWaitFor([&token] { return !token.isEmpty(); }, 30000));
    const PeersReply revoked = m_rest->call("DELETE",
        QUrl(m_env->value("OS_AUTH_URL") + u"/auth/tokens"_s),
        {},
        token,
        {{"X-Subject-Token", token}});
    QCOMPARE(revoked.status, 204);
    m_resolved = &session;
    QCOMPARE(session.auth()->tokenRequestCount(), 1);

    QSignalSpy uploaded(monitor.get(), &JobMonitor::uploadEnded);
    QVERIFY(monitor->resumeUpload(localId));
    QString why;
    QVERIFY2(settles(*monitor, localId, 120, &why), qPrintable(why));
    const JobRecord &r = monitor->at(monitor->rowOf(localId));
    QVERIFY2(r.state == JobState::Succeeded, qPrintable(describeJob(r)));
    QCOMPARE(uploaded.size(), 1);
    // Glance refused the revoked token before taking the data; one new token, one resend.
    QCOMPARE(session.auth()->tokenRequestCount(), 2);
    const PeersReply image = m_rest->glanceImage(r.imageIds.first());
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.json.value(u"os_hash_value"_s).toString(), file.sha512);
    m_resolved = m_session.get();
}

void tst_PeersGlance::accountDisabledBeforeTheUploadEndsIncomplete()
{
    const QString userName = u"iw-disabled-"_s + newId().left(8);
    const QString password = newId();
    QString why;
    const QString userId = createUser(userName, password, &why);
    QVERIFY2(!userId.isEmpty(), qPrintable(why));
    CloudProfile profile = m_env->demoProfile();
    profile.id = u"peers-disabled"_s;
    profile.userName = userName;
    m_session.reset();
    m_session = std::make_unique<CloudSession>(m_client.get(), profile);
    m_session->auth()->setPassword(password);
    m_resolved = m_session.get();

    const TestFile file = writeFile(u"disabled.raw"_s, 8 * 1024 * 1024 + 13);
    auto monitor = makeMonitor();
    const QString localId = cancelledUpload(*monitor, userName, file);
    QVERIFY(!localId.isEmpty());
    const QString imageId = monitor->at(monitor->rowOf(localId)).imageIds.first();

    // A session whose token Glance has not seen; then the account is disabled (which revokes
    // its tokens) before the upload is resumed.
    RestClient client;
    CloudSession session(&client, profile);
    session.auth()->setPassword(password);
    QByteArray token;
    session.auth()->withToken(this, [&token](const QByteArray &t, const ApiError &) { token = t; });
    QVERIFY(QTest::qWaitFor([&token] { return !token.isEmpty(); }, 30000));
    const PeersReply disabled = m_rest->call("PATCH",
        QUrl(m_env->value("OS_AUTH_URL") + u"/users/"_s + userId),
        QJsonObject{{u"user"_s, QJsonObject{{u"enabled"_s, false}}}},
        m_rest->adminToken());
    QCOMPARE(disabled.status, 200);
    m_resolved = &session;

    QSignalSpy uploaded(monitor.get(), &JobMonitor::uploadEnded);
    QVERIFY(monitor->resumeUpload(localId));
    QVERIFY2(uploaded.wait(120000), qPrintable(describeJob(monitor->at(monitor->rowOf(localId)))));
    const ApiError e = uploaded.constFirst().at(1).value<ApiError>();
    QVERIFY2(e.kind == ApiError::Kind::Unauthorized, qPrintable(e.userMessage()));
    // Reported: the job is an incomplete upload (Resume / Delete), the refusal in its reason
    // and history; the image is still queued, nothing half-stored.
    QVERIFY2(settles(*monitor, localId, 60, &why), qPrintable(why));
    const JobRecord &r = monitor->at(monitor->rowOf(localId));
    QVERIFY2(r.isIncompleteUpload() && r.upload == JobRecord::Upload::Incomplete
            && r.state == JobState::Running,
        qPrintable(describeJob(r)));
    QCOMPARE(r.failReason, e.userMessage());
    bool reported = false;
    for (const JobRecord::Event &ev : r.timeline)
        reported = reported || ev.text.contains(e.userMessage());
    QVERIFY2(reported, qPrintable(describeJob(r)));
    QCOMPARE(m_rest->glanceImage(imageId).json.value(u"status"_s).toString(), u"queued"_s);
    QVERIFY(!monitor->isUploading(localId));
    monitor.reset(); // before the session it resolves to
    m_resolved = nullptr;
}

IW_PEERS_TEST_MAIN(tst_PeersGlance)
#include "tst_peersglance.moc"
