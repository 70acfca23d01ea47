// The demo cloud process over loopback, with raw HTTP only (no client code): Keystone, IMS
// validation from seed 004, the job life cycle, Nova and Cinder pickers, Glance, the control
// endpoint (recording and faults), tokens, persistence and the command line.
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include "support/democloudprocess.h"
#include "support/phases.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

// Fixture IDs (docs/democloud.md). Seed 004's example IDs are part of the fixtures.
const QString SeedEcs = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s;      // db-01, SHUTOFF
const QString SeedDataDisk = u"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"_s; // db-01's data disk
const QString WebServer = u"4a849858-3370-5f36-af9d-ff4e9f012a74"_s;    // web-01, ACTIVE
const QString WebData1 = u"68542c0a-e6b7-5d7b-a513-93ed6f8ac864"_s;
const QString WebData2 = u"a9cd47dd-34fd-524b-bd15-87e0a0f422b9"_s;
const QString WebSystem = u"aa8e069e-296f-5057-9919-34a6971b88d5"_s;
const QString BrokenServer = u"f6fa3d6f-2414-5021-bf2c-3c3df17335ff"_s;    // broken-03, ERROR
const QString SuspendedServer = u"f0c0e64c-a719-55e9-a4e3-7b851b577013"_s; // legacy-10
const QString SpareVolume = u"c135f465-7e40-554b-8fbe-eb99846eab7f"_s;     // available
const QString BadVolume = u"adc6a37f-22e8-548d-9fab-d8734aed96c2"_s;       // error
constexpr int ServerCount = 13;
// More servers for Nova createImage (docs/democloud.md fixtures).
const QString BuildServer = u"d58a224b-6025-55c9-9078-dc5172faeba6"_s;   // build-02, SHUTOFF
const QString AppServer = u"034c4558-cc3b-5364-b47f-b596df68ac96"_s;     // app-04, ACTIVE
const QString CacheServer = u"bc49d1fc-2def-513c-a296-96259d91fdc9"_s;   // cache-05, ACTIVE
const QString QueueServer = u"5062e3d2-50a1-5009-8c4d-394ecf4bd1df"_s;   // queue-06, ACTIVE
const QString Worker7Server = u"9ca91f73-4004-5917-9b29-53fd15ba0977"_s; // worker-07, SHUTOFF
const QString Worker8Server = u"8eab6197-c7fd-5acc-ad83-89934a039fb1"_s; // worker-08, ACTIVE
const QString BatchServer = u"94672059-a7c3-5281-a078-249ce3263c52"_s;   // batch-09, SHUTOFF
const QString CiServer = u"e9672151-735a-5186-9041-9eba4b54b00e"_s;      // ci-11, ACTIVE
const QString BastionServer = u"c281e9f3-0502-5dfd-8f7a-0585076c1cf0"_s; // bastion-12, ACTIVE

QJsonObject passwordAuth(const QString &user, const QString &password, const QString &project)
{
    const QJsonObject domain{{u"name"_s, u"Default"_s}};
    return {{u"auth"_s,
        QJsonObject{{u"identity"_s,
                        QJsonObject{{u"methods"_s, QJsonArray{u"password"_s}},
                            {u"password"_s,
                                QJsonObject{{u"user"_s,
                                    QJsonObject{{u"name"_s, user},
                                        {u"domain"_s, domain},
                                        {u"password"_s, password}}}}}}},
            {u"scope"_s,
                QJsonObject{
                    {u"project"_s, QJsonObject{{u"name"_s, project}, {u"domain"_s, domain}}}}}}}};
}

/// One raw exchange on a fresh TCP connection: writes `request`, reads until the server closes
/// or `timeoutMs` passes. `closed` tells whether the server closed the connection.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray received;
    const QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            received += socket.readAll();
    }
    received += socket.readAll();
    *closed = socket.state() != QAbstractSocket::ConnectedState;
    return received;
}

bool isImsCode(const QString &code)
{
    static const QRegularExpression pattern(u"^IMG\\.\\d{4}$"_s);
    return pattern.match(code).hasMatch();
}

} // namespace

class tst_DemoCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // Keystone and the token gate
    void versionDocuments();
    void authenticatesWithCatalog();
    void authenticatesByIdsWithoutCatalog();
    void refusesWrongCredentials_data();
    void refusesWrongCredentials();
    void refusesMalformedAuth();
    void apiNeedsAValidToken();
    void unknownRouteAndWrongMethod();

    // IMS
    void imsAcceptsSeedExamples_data();
    void imsAcceptsSeedExamples();
    void imsRejectsBadBodies_data();
    void imsRejectsBadBodies();
    void jobStartsInInit();
    void jobRunsToSuccess();
    void failPrefixEndsInFail();
    void dataImagesJobReportsSubJobs();
    void unknownJobIs404();
    void sampleHistoryIsThere();
    void osVersionList();

    // Nova, Cinder, Glance
    void serversPageWithLimitAndMarker();
    void serverDetailsAndAttachments();
    void volumes();
    void glanceStreamsAnUpload();
    void glanceCreateRules_data();
    void glanceCreateRules();
    void glanceFailKillsAndDelete();
    void glanceAbandonedUploadIsQueuedAgain();

    // Nova createImage (seed 001)
    void novaCreateImageByMicroversion_data();
    void novaCreateImageByMicroversion();
    void novaCreateImageRejectsBadBodies_data();
    void novaCreateImageRejectsBadBodies();
    void novaCreateImageConflicts();
    void novaSnapshotPhases();
    void novaFailPrefixPurgesTheImage();

    // Cinder os-volume_upload_image (seed 000)
    void cinderUploadSeedExampleOnV2();
    void cinderUploadRejects_data();
    void cinderUploadRejects();
    void cinderUploadMicroversion31();
    void cinderFailAndSyncPrefixes();

    // Control endpoint
    void requestsAreRecordedInOrder();
    void statusFaultWithRetryAfter();
    void dropFaultExecutesAndCloses();
    void holdFaultDelaysTheAnswer();
    void resetFaultCutsTheAnswer();
    void revokedTokensAreRefused();

    // HTTP and process
    void keepAlivePipeliningAndClose();
    void refusesOversizedAndChunkedBodies();
    void tokenExpires();
    void stateSurvivesARestart();
    void commandLine();

private:
    QJsonObject createJob(DemoCloudProcess &cloud, const QString &token, const QJsonObject &body);
    QJsonObject progress(DemoCloudProcess &cloud, const QString &token, const QString &jobId);
    DemoCloudProcess::Reply uploadVolume(DemoCloudProcess &cloud,
        const QString &token,
        const QString &version,
        const QString &volumeId,
        const QByteArray &body,
        const QByteArray &microversion = {});
    DemoCloudProcess::Reply createImage(DemoCloudProcess &cloud,
        const QString &token,
        const QString &serverId,
        const QJsonObject &body,
        const DemoCloudProcess::Headers &headers = {});

    DemoCloudProcess m_cloud; // --job-seconds 1
    DemoCloudProcess m_slow;  // --job-seconds 600: jobs stay in INIT for a minute
    QString m_token;
    QString m_slowToken;
};

void tst_DemoCloud::initTestCase()
{
    m_cloud.setJobSeconds(1);
    QVERIFY2(m_cloud.start(), "the demo cloud did not start");
    m_slow.setJobSeconds(600);
    QVERIFY2(m_slow.start(), "the slow demo cloud did not start");
    m_token = m_cloud.token();
    QVERIFY(!m_token.isEmpty());
    m_slowToken = m_slow.token();
    QVERIFY(!m_slowToken.isEmpty());
}

void tst_DemoCloud::init()
{
    m_cloud.clearFaults();
    m_cloud.clearRequests();
}

QJsonObject tst_DemoCloud::createJob(
    DemoCloudProcess &cloud, const QString &token, const QJsonObject &body)
{
    const DemoCloudProcess::Reply reply = cloud.post(u"/v2/cloudimages/action"_s, body, token);
    if (reply.status != 200)
        qWarning().noquote() << "create gave" << reply.status << reply.body;
    return reply.object();
}

QJsonObject tst_DemoCloud::progress(
    DemoCloudProcess &cloud, const QString &token, const QString &jobId)
{
    return cloud.get(u"/v1/cloudimages/job/"_s + jobId, token).object();
}

DemoCloudProcess::Reply tst_DemoCloud::createImage(DemoCloudProcess &cloud,
    const QString &token,
    const QString &serverId,
    const QJsonObject &body,
    const DemoCloudProcess::Headers &headers)
{
    DemoCloudProcess::Headers all = headers;
    all.append({"X-Auth-Token", token.toLatin1()});
    return cloud.send("POST",
        u"/v2.1/%1/servers/%2/action"_s.arg(cloud.projectId(), serverId),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        all);
}

// --- Keystone and the token gate -------------------------------------------------------------

void tst_DemoCloud::versionDocuments()
{
    const auto identity = m_cloud.get(u"/v3"_s);
    QCOMPARE(identity.status, 200);
    QCOMPARE(
        identity.object().value(u"version"_s).toObject().value(u"id"_s).toString(), u"v3.14"_s);
    const auto root = m_cloud.get(u"/"_s);
    QCOMPARE(root.status, 200);
    const QJsonArray versions = root.object().value(u"versions"_s).toArray();
    // Nova's two entries, then Cinder's v3 (the services sharing this port).
    QCOMPARE(versions.size(), 3);
    const QJsonObject current = versions.at(1).toObject();
    QCOMPARE(current.value(u"version"_s).toString(), u"2.93"_s);
    QCOMPARE(current.value(u"min_version"_s).toString(), u"2.1"_s);
    const QJsonObject volume = versions.at(2).toObject();
    QCOMPARE(volume.value(u"id"_s).toString(), u"v3.0"_s);
    QCOMPARE(volume.value(u"status"_s).toString(), u"CURRENT"_s);
    QCOMPARE(volume.value(u"version"_s).toString(), u"3.70"_s);
    QCOMPARE(volume.value(u"min_version"_s).toString(), u"3.0"_s);
    const auto compute = m_cloud.get(u"/v2.1/"_s);
    QCOMPARE(compute.status, 200);
    QCOMPARE(compute.object().value(u"version"_s).toObject().value(u"id"_s).toString(), u"v2.1"_s);
}

void tst_DemoCloud::authenticatesWithCatalog()
{
    const auto reply =
        m_cloud.post(u"/v3/auth/tokens"_s, passwordAuth(u"demo"_s, u"demo"_s, u"demo"_s));
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("X-Subject-Token").size() >= 32);
    const QJsonObject token = reply.object().value(u"token"_s).toObject();
    QCOMPARE(token.value(u"methods"_s).toArray(), QJsonArray{u"password"_s});
    // Keystone's format: microseconds and Z (api-facts §1.9)
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"_s);
    QVERIFY(iso.match(token.value(u"expires_at"_s).toString()).hasMatch());
    QVERIFY(iso.match(token.value(u"issued_at"_s).toString()).hasMatch());
    const QDateTime expires =
        QDateTime::fromString(token.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(3500));
    const QJsonObject project = token.value(u"project"_s).toObject();
    QCOMPARE(project.value(u"id"_s).toString(), m_cloud.projectId());
    QCOMPARE(project.value(u"name"_s).toString(), u"demo"_s);
    QCOMPARE(project.value(u"domain"_s).toObject().value(u"id"_s).toString(), u"default"_s);
    QCOMPARE(token.value(u"user"_s).toObject().value(u"name"_s).toString(), u"demo"_s);
    QVERIFY(!token.value(u"roles"_s).toArray().isEmpty());

    const QString base = m_cloud.baseUrl().toString();
    const QString pid = m_cloud.projectId();
    const QHash<QString, QString> expected{
        {u"identity"_s, base + u"/v3"_s},
        {u"image"_s, base},
        {u"compute"_s, base + u"/v2.1/"_s + pid},
        {u"volumev3"_s, base + u"/v3/"_s + pid},
        {u"volumev2"_s, base + u"/v2/"_s + pid},
        {u"obs"_s, base}, // the OBS stand-in (S3 API, path style)
    };
    QHash<QString, QString> found;
    const QJsonArray catalog = token.value(u"catalog"_s).toArray();
    for (const QJsonValue &value : catalog) {
        const QJsonObject service = value.toObject();
        QSet<QString> interfaces;
        for (const QJsonValue &e : service.value(u"endpoints"_s).toArray()) {
            const QJsonObject endpoint = e.toObject();
            QCOMPARE(endpoint.value(u"region_id"_s).toString(), u"demo-1"_s);
            QCOMPARE(endpoint.value(u"region"_s).toString(), u"demo-1"_s);
            QCOMPARE(endpoint.value(u"url"_s).toString(),
                expected.value(service.value(u"type"_s).toString()));
            interfaces.insert(endpoint.value(u"interface"_s).toString());
        }
        QCOMPARE(interfaces, (QSet<QString>{u"public"_s, u"internal"_s}));
        found.insert(service.value(u"type"_s).toString(), base);
    }
    QCOMPARE(QSet<QString>(found.keyBegin(), found.keyEnd()),
        QSet<QString>(expected.keyBegin(), expected.keyEnd()));
}

void tst_DemoCloud::authenticatesByIdsWithoutCatalog()
{
    const QJsonObject body{{u"auth"_s,
        QJsonObject{{u"identity"_s,
                        QJsonObject{{u"methods"_s, QJsonArray{u"password"_s}},
                            {u"password"_s,
                                QJsonObject{{u"user"_s,
                                    QJsonObject{{u"name"_s, u"demo"_s},
                                        {u"domain"_s, QJsonObject{{u"id"_s, u"default"_s}}},
                                        {u"password"_s, u"demo"_s}}}}}}},
            {u"scope"_s,
                QJsonObject{{u"project"_s, QJsonObject{{u"id"_s, m_cloud.projectId()}}}}}}}};
    const auto reply = m_cloud.post(u"/v3/auth/tokens?nocatalog"_s, body);
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.object().value(u"token"_s).toObject().contains(u"catalog"_s));
}

void tst_DemoCloud::refusesWrongCredentials_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("project");
    QTest::newRow("wrong password") << u"demo"_s << u"not-demo"_s << u"demo"_s;
    QTest::newRow("unknown user") << u"someone"_s << u"demo"_s << u"demo"_s;
    QTest::newRow("unknown project") << u"demo"_s << u"demo"_s << u"other"_s;
}

void tst_DemoCloud::refusesWrongCredentials()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, project);
    const auto reply = m_cloud.post(u"/v3/auth/tokens"_s, passwordAuth(user, password, project));
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.header("X-Subject-Token").isEmpty());
    // interfaces.md §7: one answer for all three
    const QJsonObject error = reply.object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toInt(), 401);
    QCOMPARE(error.value(u"title"_s).toString(), u"Unauthorized"_s);
    QCOMPARE(error.value(u"message"_s).toString(),
        u"The request you have made requires authentication."_s);
}

void tst_DemoCloud::refusesMalformedAuth()
{
    QCOMPARE(m_cloud.send("POST", u"/v3/auth/tokens"_s, "{not json").status, 400);
    QCOMPARE(m_cloud.post(u"/v3/auth/tokens"_s, {{u"auth"_s, QJsonObject()}}).status, 400);
    QJsonObject unscoped = passwordAuth(u"demo"_s, u"demo"_s, u"demo"_s);
    QJsonObject auth = unscoped.value(u"auth"_s).toObject();
    auth.remove(u"scope"_s);
    unscoped.insert(u"auth"_s, auth);
    const auto reply = m_cloud.post(u"/v3/auth/tokens"_s, unscoped);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"error"_s).toObject().value(u"code"_s).toInt(), 400);
}

void tst_DemoCloud::apiNeedsAValidToken()
{
    const QString path = u"/v2.1/%1/servers/detail"_s.arg(m_cloud.projectId());
    for (const QString &token : {QString(), u"gAAAAAnot-a-token"_s}) {
        const auto reply = m_cloud.get(path, token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object().value(u"error"_s).toObject().value(u"code"_s).toInt(), 401);
    }
    QCOMPARE(m_cloud.get(path, m_token).status, 200);
    const auto create = m_cloud.post(
        u"/v2/cloudimages/action"_s, {{u"name"_s, u"no-token"_s}, {u"instance_id"_s, SeedEcs}});
    QCOMPARE(create.status, 401);
}

void tst_DemoCloud::unknownRouteAndWrongMethod()
{
    const auto missing = m_cloud.get(u"/v9/nothing"_s, m_token);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.object().value(u"error"_s).toObject().value(u"code"_s).toInt(), 404);
    const auto wrong = m_cloud.send(
        "DELETE", u"/v2/cloudimages/action"_s, {}, {{"X-Auth-Token", m_token.toLatin1()}});
    QCOMPARE(wrong.status, 405);
    // "action" also matches the library's PATCH /v2/cloudimages/{image_id}.
    QCOMPARE(wrong.header("Allow"), "POST, PATCH");
    QVERIFY(wrong.object().contains(u"error"_s));
    QCOMPARE(m_cloud.get(u"/__demo/nothing"_s).status, 404);
}

// --- IMS ------------------------------------------------------------------------------------

void tst_DemoCloud::imsAcceptsSeedExamples_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("jobType");
    // Seed 004's eight example bodies, verbatim.
    QTest::newRow("seed: ECS, tags")
        << R"({ "name": "ims_test", "description": "Create a system disk image from an ECS", "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "tags": [ "aaa.111", "bbb.333", "ccc.444" ] })"_ba
        << u"imsCreateImageByInstance"_s;
    QTest::newRow("seed: ECS data disk, tags")
        << R"({ "data_images": [{"name": "ims_data_image_test", "description": "Create a data disk image from the data disk of an ECS", "volume_id": "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30", "tags": [ "aaa.111", "bbb.333", "ccc.444" ] }] })"_ba
        << u"imsVolumesToSysDataImagesJob"_s;
    QTest::newRow("seed: OBS file, tags")
        << R"({ "name": "ims_test_file", "description": "Create an image from a file in an OBS bucket", "image_url": "ims-image:centos70.qcow2", "os_version": "CentOS 7.0 64bit", "min_disk": 40, "tags": [ "aaa.111", "bbb.333", "ccc.444" ] })"_ba
        << u"imsImportImageJob"_s;
    QTest::newRow("seed: ECS, image_tags")
        << R"({ "name": "ims_test", "description": "Create a system disk image from an ECS", "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "image_tags": [ { "key": "key2", "value": "value2" }, { "key": "key1", "value": "value1" } ] })"_ba
        << u"imsCreateImageByInstance"_s;
    QTest::newRow("seed: ECS data disk, image_tags")
        << R"({ "data_images": [{"name": "ims_data_image_test", "description": "Create a data disk image from the data disk of an ECS", "volume_id": "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30", "image_tags": [{"key":"key2","value":"value2"},{"key":"key1","value":"value1"}] }] })"_ba
        << u"imsVolumesToSysDataImagesJob"_s;
    QTest::newRow("seed: OBS file, image_tags")
        << R"({ "name": "ims_test_file", "description": "Create an image from a file in an OBS bucket", "image_url": "ims-image:centos70.qcow2", "os_version": "CentOS 7.0 64bit", "min_disk": 40, "image_tags": [{"key":"key2","value":"value2"},{"key":"key1","value":"value1"}] })"_ba
        << u"imsImportImageJob"_s;
    QTest::newRow("seed: data disk, tags")
        << R"({ "name": "ims_test", "description": "Create a system disk image from a data disk", "volume_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "type": "ECS", "os_version": "CentOS 7.0 64bit", "tags": [ "aaa.111", "bbb.333", "ccc.444" ] })"_ba
        << u"imsVolumeCreateImageJob"_s;
    QTest::newRow("seed: data disk, image_tags")
        << R"({ "name": "ims_test", "description": "Create a system disk image from a data disk", "volume_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "type": "ECS", "os_version": "CentOS 7.0 64bit", "image_tags": [{"key":"key2","value":"value2"},{"key":"key1","value":"value1"}] })"_ba
        << u"imsVolumeCreateImageJob"_s;
    // Edges that must pass.
    QTest::newRow("running ECS is accepted")
        << R"({"name": "from-running", "instance_id": "4a849858-3370-5f36-af9d-ff4e9f012a74"})"_ba
        << u"imsCreateImageByInstance"_s;
    QTest::newRow("unknown keys are accepted")
        << R"({"name": "extra-keys", "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "is_config_init": true, "enterprise_project_id": "0"})"_ba
        << u"imsCreateImageByInstance"_s;
    QTest::newRow("marker tag and limits") << (R"({"name": ")" + QByteArray(128, 'n')
        + R"(", "description": ")" + QByteArray(1024, 'd')
        + R"(", "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "min_ram": 1024, "max_ram": 2048, "image_tags": [{"key": "imagewright_op", "value": "3f7185de-b59a-4bb8-aa1d-7a513528b0e9"}]})")
                                           << u"imsCreateImageByInstance"_s;
    QTest::newRow("ISO with os_version, three data images")
        << R"({"name": "iso-import", "image_url": "my-bucket:os/rhel.ISO", "os_version": "Redhat Linux Enterprise 8.0 64bit", "os_type": "Linux", "min_disk": 255, "data_images": [{"image_url": "my-bucket:d1.qcow2", "min_disk": 1}, {"image_url": "my-bucket:d2.qcow2", "min_disk": 2048, "name": "data-two"}, {"image_url": "my-bucket:d3.qcow2", "min_disk": 100}]})"_ba
        << u"imsImportImageJob"_s;
    QTest::newRow("quick import with os_version")
        << R"({"name": "quick", "image_url": "my-bucket:disk.zvhd2", "os_version": "EulerOS 2.9 64bit", "min_disk": 40, "is_quick_import": true})"_ba
        << u"imsImportImageJob"_s;
    QTest::newRow("two data disks of one ECS")
        << R"({"data_images": [{"name": "d1", "volume_id": "68542c0a-e6b7-5d7b-a513-93ed6f8ac864"}, {"name": "d2", "volume_id": "a9cd47dd-34fd-524b-bd15-87e0a0f422b9"}]})"_ba
        << u"imsVolumesToSysDataImagesJob"_s;
}

void tst_DemoCloud::imsAcceptsSeedExamples()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, jobType);
    QVERIFY2(!QJsonDocument::fromJson(body).isNull(), "the row's JSON is broken");
    const auto reply = m_slow.send(
        "POST", u"/v2/cloudimages/action"_s, body, {{"X-Auth-Token", m_slowToken.toLatin1()}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QString jobId = reply.object().value(u"job_id"_s).toString();
    static const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
    QVERIFY(hex32.match(jobId).hasMatch());
    const QJsonObject job = progress(m_slow, m_slowToken, jobId);
    QCOMPARE(job.value(u"job_type"_s).toString(), jobType);
}

void tst_DemoCloud::imsRejectsBadBodies_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    const QJsonObject ecs{{u"name"_s, u"ims_test"_s}, {u"instance_id"_s, SeedEcs}};
    const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };
    const QJsonObject obs{{u"name"_s, u"ims_test_file"_s},
        {u"image_url"_s, u"ims-image:centos70.qcow2"_s},
        {u"os_version"_s, u"CentOS 7.0 64bit"_s},
        {u"min_disk"_s, 40}};
    const QJsonObject dataDisk{{u"name"_s, u"ims_test"_s},
        {u"volume_id"_s, SpareVolume},
        {u"os_version"_s, u"CentOS 7.0 64bit"_s}};
    const auto dataImage = [](const QString &name, const QString &volume) {
        return QJsonObject{{u"name"_s, name}, {u"volume_id"_s, volume}};
    };

    QTest::newRow("name with a leading space")
        << with(ecs, u"name"_s, u" ims_test"_s) << u"IMG.0003"_s;
    QTest::newRow("name with a trailing space")
        << with(ecs, u"name"_s, u"ims_test "_s) << u"IMG.0003"_s;
    QTest::newRow("name of 129 characters")
        << with(ecs, u"name"_s, QString(129, u'n')) << u"IMG.0002"_s;
    QTest::newRow("name with a-umlaut") << with(ecs, u"name"_s, u"b\u00e4r"_s) << u"IMG.0003"_s;
    QTest::newRow("name with a slash") << with(ecs, u"name"_s, u"a/b"_s) << u"IMG.0003"_s;
    QTest::newRow("empty name") << with(ecs, u"name"_s, u""_s) << u"IMG.0013"_s;
    QTest::newRow("no name") << QJsonObject{{u"instance_id"_s, SeedEcs}} << u"IMG.0013"_s;
    QTest::newRow("description with <")
        << with(ecs, u"description"_s, u"a <b> c"_s) << u"IMG.0054"_s;
    QTest::newRow("description with LF") << with(ecs, u"description"_s, u"a\nb"_s) << u"IMG.0054"_s;
    QTest::newRow("description of 1025")
        << with(ecs, u"description"_s, QString(1025, u'd')) << u"IMG.0004"_s;
    QTest::newRow("tags and image_tags") << with(with(ecs, u"tags"_s, QJsonArray{u"a.1"_s}),
        u"image_tags"_s,
        QJsonArray{QJsonObject{{u"key"_s, u"b"_s}, {u"value"_s, u"2"_s}}})
                                         << u"IMG.0115"_s;
    QTest::newRow("tag key of 37")
        << with(ecs, u"tags"_s, QJsonArray{QString(QString(37, u'k') + u".v"_s)}) << u"IMG.0115"_s;
    QTest::newRow("tag value of 44") << with(ecs,
        u"image_tags"_s,
        QJsonArray{QJsonObject{{u"key"_s, u"k"_s}, {u"value"_s, QString(44, u'v')}}})
                                     << u"IMG.0115"_s;
    QTest::newRow("tag keys twice")
        << with(ecs, u"tags"_s, QJsonArray{u"a.1"_s, u"a.2"_s}) << u"IMG.0115"_s;
    QTest::newRow("tags not strings") << with(ecs, u"tags"_s, QJsonArray{1}) << u"IMG.0001"_s;
    QTest::newRow("min_ram above max_ram")
        << with(with(ecs, u"min_ram"_s, 4096), u"max_ram"_s, 1024) << u"IMG.0055"_s;
    QTest::newRow("negative min_ram") << with(ecs, u"min_ram"_s, -1) << u"IMG.0055"_s;
    QTest::newRow("missing instance_id")
        << QJsonObject{{u"name"_s, u"ims_test"_s}} << u"IMG.0012"_s;
    QTest::newRow("unknown ECS") << with(
        ecs, u"instance_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
                                 << u"IMG.0005"_s;
    QTest::newRow("ECS in ERROR") << with(ecs, u"instance_id"_s, BrokenServer) << u"IMG.0008"_s;
    QTest::newRow("ECS SUSPENDED") << with(ecs, u"instance_id"_s, SuspendedServer) << u"IMG.0008"_s;
    QTest::newRow("instance_id with data_images")
        << with(ecs, u"data_images"_s, QJsonArray{dataImage(u"d"_s, SeedDataDisk)})
        << u"IMG.0001"_s;
    QTest::newRow("instance_id and volume_id")
        << with(ecs, u"volume_id"_s, SpareVolume) << u"IMG.0001"_s;
    QTest::newRow("missing volume_id") << QJsonObject{{u"name"_s, u"ims_test"_s},
        {u"type"_s, u"ECS"_s},
        {u"os_version"_s, u"CentOS 7.0 64bit"_s}}
                                       << u"IMG.0120"_s;
    QTest::newRow("missing image_url") << QJsonObject{{u"name"_s, u"ims_test_file"_s},
        {u"os_version"_s, u"CentOS 7.0 64bit"_s},
        {u"min_disk"_s, 40}} << u"IMG.0017"_s;
    QTest::newRow("min_disk 39") << with(obs, u"min_disk"_s, 39) << u"IMG.0055"_s;
    QTest::newRow("min_disk 256") << with(obs, u"min_disk"_s, 256) << u"IMG.0055"_s;
    QTest::newRow("min_disk 40.5") << with(obs, u"min_disk"_s, 40.5) << u"IMG.0001"_s;
    QTest::newRow("no min_disk") << QJsonObject{{u"name"_s, u"f"_s},
        {u"image_url"_s, u"b-1:f.qcow2"_s}}
                                 << u"IMG.0001"_s;
    QTest::newRow("ISO without os_version") << QJsonObject{{u"name"_s, u"iso"_s},
        {u"image_url"_s, u"ims-image:centos.iso"_s},
        {u"min_disk"_s, 40}} << u"IMG.0166"_s;
    QTest::newRow("quick import without os_version") << QJsonObject{{u"name"_s, u"q"_s},
        {u"image_url"_s, u"ims-image:c.zvhd2"_s},
        {u"min_disk"_s, 40},
        {u"is_quick_import"_s, true}} << u"IMG.0001"_s;
    QTest::newRow("os_type unknown") << with(obs, u"os_type"_s, u"BeOS"_s) << u"IMG.0056"_s;
    QTest::newRow("image_url without bucket")
        << with(obs, u"image_url"_s, u":centos70.qcow2"_s) << u"IMG.0068"_s;
    QTest::newRow("image_url without colon")
        << with(obs, u"image_url"_s, u"centos70.qcow2"_s) << u"IMG.0017"_s;
    QTest::newRow("bucket with capitals")
        << with(obs, u"image_url"_s, u"My_Bucket:c.qcow2"_s) << u"IMG.0109"_s;
    QTest::newRow("file name with a space")
        << with(obs, u"image_url"_s, u"ims-image:my disk.qcow2"_s) << u"IMG.0175"_s;
    QJsonArray four;
    for (int i = 0; i < 4; ++i)
        four.append(
            QJsonObject{{u"image_url"_s, u"ims-image:d%1.qcow2"_s.arg(i)}, {u"min_disk"_s, 10}});
    QTest::newRow("four OBS data images") << with(obs, u"data_images"_s, four) << u"IMG.0001"_s;
    QTest::newRow("OBS data image of 2049 GB") << with(obs,
        u"data_images"_s,
        QJsonArray{QJsonObject{{u"image_url"_s, u"ims-image:d.qcow2"_s}, {u"min_disk"_s, 2049}}})
                                               << u"IMG.0055"_s;
    QTest::newRow("OBS data image file twice") << with(obs,
        u"data_images"_s,
        QJsonArray{QJsonObject{{u"image_url"_s, u"ims-image:centos70.qcow2"_s},
            {u"min_disk"_s, 10}}}) << u"IMG.0123"_s;
    QTest::newRow("data image of a system disk")
        << QJsonObject{{u"data_images"_s, QJsonArray{dataImage(u"sys"_s, WebSystem)}}}
        << u"IMG.0120"_s;
    QTest::newRow("data image of a detached disk")
        << QJsonObject{{u"data_images"_s, QJsonArray{dataImage(u"spare"_s, SpareVolume)}}}
        << u"IMG.0120"_s;
    QTest::newRow("data images of two ECSs") << QJsonObject{{u"data_images"_s,
        QJsonArray{dataImage(u"a"_s, WebData1), dataImage(u"b"_s, SeedDataDisk)}}}
                                             << u"IMG.0140"_s;
    QTest::newRow("data image without name")
        << QJsonObject{{u"data_images"_s, QJsonArray{QJsonObject{{u"volume_id"_s, WebData1}}}}}
        << u"IMG.0013"_s;
    QTest::newRow("data disk in error")
        << with(dataDisk, u"volume_id"_s, BadVolume) << u"IMG.0022"_s;
    QTest::newRow("data disk of unknown type")
        << with(dataDisk, u"type"_s, u"VM"_s) << u"IMG.0024"_s;
    QJsonObject noOs = dataDisk;
    noOs.remove(u"os_version"_s);
    QTest::newRow("data disk without os_version") << noOs << u"IMG.0001"_s;
    QTest::newRow("data disk that is a system disk")
        << with(dataDisk, u"volume_id"_s, WebSystem) << u"IMG.0120"_s;
    QTest::newRow("empty body") << QJsonObject() << u"IMG.0007"_s;
}

void tst_DemoCloud::imsRejectsBadBodies()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    const int jobsBefore = int(m_slow.jobs().size());
    const auto reply = m_slow.post(u"/v2/cloudimages/action"_s, body, m_slowToken);
    QCOMPARE(reply.status, 400);
    const QJsonObject root = reply.object();
    QCOMPARE(root.keys(), QStringList{u"error"_s}); // exactly {"error": {"code", "message"}}
    const QJsonObject error = root.value(u"error"_s).toObject();
    QCOMPARE(error.keys(), (QStringList{u"code"_s, u"message"_s}));
    QVERIFY(isImsCode(error.value(u"code"_s).toString()));
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QCOMPARE(int(m_slow.jobs().size()), jobsBefore); // nothing was created
}

void tst_DemoCloud::jobStartsInInit()
{
    const QJsonObject created =
        createJob(m_slow, m_slowToken, {{u"name"_s, u"slow-one"_s}, {u"instance_id"_s, SeedEcs}});
    const QString jobId = created.value(u"job_id"_s).toString();
    QVERIFY(!jobId.isEmpty());
    // 600 s jobs stay in INIT for their first 60 s.
    const QJsonObject job = progress(m_slow, m_slowToken, jobId);
    QCOMPARE(job.value(u"status"_s).toString(), u"INIT"_s);
    QCOMPARE(job.value(u"job_type"_s).toString(), u"imsCreateImageByInstance"_s);
    QCOMPARE(job.value(u"end_time"_s).toString(), QString());
    QVERIFY(job.value(u"error_code"_s).isNull());
    QVERIFY(job.value(u"fail_reason"_s).isNull());
    const QJsonObject entities = job.value(u"entities"_s).toObject();
    QVERIFY(!entities.contains(u"image_id"_s));
    QVERIFY(entities.value(u"process_percent"_s).toDouble() < 0.1);
    QVERIFY(!entities.value(u"current_task"_s).toString().isEmpty());
    static const QRegularExpression isoMs(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    QVERIFY(isoMs.match(job.value(u"begin_time"_s).toString()).hasMatch());
    // The status query has the same job without the progress fields.
    const auto status = m_slow.get(u"/v1/%1/jobs/%2"_s.arg(m_slow.projectId(), jobId), m_slowToken);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.object().value(u"status"_s).toString(), u"INIT"_s);
    QVERIFY(!status.object().value(u"entities"_s).toObject().contains(u"process_percent"_s));
}

void tst_DemoCloud::jobRunsToSuccess()
{
    const QJsonObject created = createJob(m_cloud,
        m_token,
        {{u"name"_s, u"lifecycle"_s},
            {u"instance_id"_s, SeedEcs},
            {u"tags"_s, QJsonArray{u"team.web"_s}}});
    const QString jobId = created.value(u"job_id"_s).toString();
    QVERIFY(!jobId.isEmpty());

    QList<double> percents;
    QStringList statuses;
    QJsonObject last;
    const auto poll = [&] {
        last = progress(m_cloud, m_token, jobId);
        statuses << last.value(u"status"_s).toString();
        percents << last.value(u"entities"_s).toObject().value(u"process_percent"_s).toDouble(-1);
        return statuses.last();
    };
    QTRY_COMPARE_WITH_TIMEOUT(poll(), u"SUCCESS"_s, 10000);
    for (qsizetype i = 0; i < percents.size(); ++i) {
        QVERIFY(percents.at(i) >= 0.0 && percents.at(i) <= 1.0);
        if (i > 0)
            QVERIFY2(percents.at(i) >= percents.at(i - 1), "process_percent went down");
        QVERIFY((statuses.at(i) == u"SUCCESS") == (percents.at(i) == 1.0));
    }
    QStringList changes; // each status once, as it changed (when: tst_democloudclock)
    for (const QString &status : std::as_const(statuses)) {
        if (changes.isEmpty() || changes.last() != status)
            changes << status;
    }
    QVERIFY2(followsInOrder<QString>(changes, {u"INIT"_s, u"RUNNING"_s, u"SUCCESS"_s}),
        qPrintable(changes.join(u' ')));

    const QJsonObject entities = last.value(u"entities"_s).toObject();
    const QString imageId = entities.value(u"image_id"_s).toString();
    QVERIFY(!QUuid::fromString(imageId).isNull());
    QCOMPARE(entities.value(u"image_name"_s).toString(), u"lifecycle"_s);
    QCOMPARE(entities.value(u"current_task"_s).toString(), QString());
    QVERIFY(last.value(u"error_code"_s).isNull());
    QVERIFY(last.value(u"fail_reason"_s).isNull());
    const QDateTime begin =
        QDateTime::fromString(last.value(u"begin_time"_s).toString(), Qt::ISODateWithMs);
    const QDateTime end =
        QDateTime::fromString(last.value(u"end_time"_s).toString(), Qt::ISODateWithMs);
    QCOMPARE(begin.msecsTo(end), 1000);

    const auto status = m_cloud.get(u"/v1/%1/jobs/%2"_s.arg(m_cloud.projectId(), jobId), m_token);
    QCOMPARE(
        status.object().value(u"entities"_s).toObject().value(u"image_id"_s).toString(), imageId);
    // The image exists in Glance, active, with Huawei's key=value tags.
    const auto image = m_cloud.get(u"/v2/images/"_s + imageId, m_token);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.object().value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.object().value(u"name"_s).toString(), u"lifecycle"_s);
    QCOMPARE(image.object().value(u"tags"_s).toArray(), QJsonArray{u"team=web"_s});
}

void tst_DemoCloud::failPrefixEndsInFail()
{
    const QString jobId = createJob(
        m_cloud, m_token, {{u"name"_s, u"fail-on-purpose"_s}, {u"instance_id"_s, SeedEcs}})
                              .value(u"job_id"_s)
                              .toString();
    QVERIFY(!jobId.isEmpty());
    const QString statusPath = u"/v1/%1/jobs/%2"_s.arg(m_cloud.projectId(), jobId);
    QJsonObject job;
    QTRY_COMPARE_WITH_TIMEOUT(
        (job = m_cloud.get(statusPath, m_token).object()).value(u"status"_s).toString(),
        u"FAIL"_s,
        10000);
    QVERIFY(isImsCode(job.value(u"error_code"_s).toString()));
    QVERIFY(!job.value(u"fail_reason"_s).toString().isEmpty());
    QVERIFY(!job.value(u"end_time"_s).toString().isEmpty());
    QVERIFY(!job.value(u"entities"_s).toObject().contains(u"image_id"_s));
    const QJsonObject withProgress = progress(m_cloud, m_token, jobId);
    QCOMPARE(withProgress.value(u"entities"_s).toObject().value(u"current_task"_s).toString(),
        QString());
    QVERIFY(
        withProgress.value(u"entities"_s).toObject().value(u"process_percent"_s).toDouble() < 1.0);
}

void tst_DemoCloud::dataImagesJobReportsSubJobs()
{
    const QJsonObject body{{u"data_images"_s,
        QJsonArray{QJsonObject{{u"name"_s, u"web-data-a"_s}, {u"volume_id"_s, WebData1}},
            QJsonObject{{u"name"_s, u"fail-web-data-b"_s}, {u"volume_id"_s, WebData2}}}}};
    const QString jobId = createJob(m_cloud, m_token, body).value(u"job_id"_s).toString();
    QVERIFY(!jobId.isEmpty());
    QJsonObject job;
    QTRY_COMPARE_WITH_TIMEOUT(
        (job = progress(m_cloud, m_token, jobId)).value(u"status"_s).toString(), u"FAIL"_s, 10000);
    QCOMPARE(job.value(u"job_type"_s).toString(), u"imsVolumesToSysDataImagesJob"_s);
    const QJsonObject entities = job.value(u"entities"_s).toObject();
    const QJsonArray results = entities.value(u"sub_jobs_result"_s).toArray();
    const QJsonArray list = entities.value(u"sub_jobs_list"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(list.size(), 2);
    const QJsonObject ok = results.at(0).toObject();
    const QJsonObject failed = results.at(1).toObject();
    QCOMPARE(ok.value(u"job_id"_s), list.at(0));
    QCOMPARE(ok.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(ok.value(u"entities"_s).toObject().value(u"image_name"_s).toString(), u"web-data-a"_s);
    const QString okImage = ok.value(u"entities"_s).toObject().value(u"image_id"_s).toString();
    QVERIFY(!QUuid::fromString(okImage).isNull());
    QCOMPARE(failed.value(u"status"_s).toString(), u"FAIL"_s);
    QVERIFY(isImsCode(failed.value(u"error_code"_s).toString()));
    QVERIFY(!failed.value(u"entities"_s).toObject().contains(u"image_id"_s));
    // The sub-job that succeeded left its image behind.
    const auto image = m_cloud.get(u"/v2/images/"_s + okImage, m_token);
    QCOMPARE(image.object().value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.object().value(u"virtual_env_type"_s).toString(), u"DataImage"_s);
}

void tst_DemoCloud::osVersionList()
{
    const auto all = m_cloud.get(u"/v1/cloudimages/os_version"_s, m_token);
    QCOMPARE(all.status, 200);
    const QJsonArray platforms = QJsonDocument::fromJson(all.body).array();
    QVERIFY(platforms.size() > 5);
    QStringList versions;
    for (const QJsonValue &p : platforms) {
        const QJsonObject platform = p.toObject();
        QVERIFY(!platform.value(u"platform"_s).toString().isEmpty());
        for (const QJsonValue &v : platform.value(u"version_list"_s).toArray()) {
            QCOMPARE(v.toObject().value(u"platform"_s), platform.value(u"platform"_s));
            versions << v.toObject().value(u"os_version"_s).toString();
        }
    }
    QVERIFY(versions.contains(u"CentOS 7.0 64bit"_s)); // the seeds' value
    const auto uefi = m_cloud.get(u"/v1/cloudimages/os_version?tag=uefi"_s, m_token);
    QCOMPARE(uefi.status, 200);
    QVERIFY(!uefi.body.contains("CentOS 7.0 64bit"));
    QVERIFY(uefi.body.contains("CentOS 7.6 64bit"));
    QCOMPARE(m_cloud.get(u"/v1/cloudimages/os_version?tag=nope"_s, m_token).status, 400);
    QCOMPARE(m_cloud.get(u"/v1/cloudimages/os_version"_s, QString()).status, 401);
}

void tst_DemoCloud::unknownJobIs404()
{
    const QString unknown = QString(32, u'0');
    auto reply = m_cloud.get(u"/v1/%1/jobs/%2"_s.arg(m_cloud.projectId(), unknown), m_token);
    QCOMPARE(reply.status, 404);
    QVERIFY(isImsCode(reply.object().value(u"error"_s).toObject().value(u"code"_s).toString()));
    QCOMPARE(m_cloud.get(u"/v1/cloudimages/job/"_s + unknown, m_token).status, 404);
    // A real job asked for under another project is not found either.
    const QString jobId = m_cloud.sampleHistory().first().toObject().value(u"job_id"_s).toString();
    QCOMPARE(m_cloud.get(u"/v1/%1/jobs/%2"_s.arg(m_cloud.projectId(), jobId), m_token).status, 200);
    QCOMPARE(m_cloud.get(u"/v1/%1/jobs/%2"_s.arg(QString(32, u'a'), jobId), m_token).status, 404);
}

void tst_DemoCloud::sampleHistoryIsThere()
{
    const QJsonArray history = m_slow.sampleHistory();
    QCOMPARE(history.size(), 4);
    QStringList statuses;
    QDateTime previous;
    for (const QJsonValue &value : history) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value(u"kind"_s).toString(), u"ims"_s);
        QVERIFY(entry.value(u"method"_s).toString().startsWith(u"ims-"_s));
        QVERIFY(!entry.value(u"name"_s).toString().isEmpty());
        const QDateTime created =
            QDateTime::fromString(entry.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        QVERIFY(!previous.isValid() || previous <= created); // oldest first
        previous = created;
        statuses << progress(m_slow, m_slowToken, entry.value(u"job_id"_s).toString())
                        .value(u"status"_s)
                        .toString();
    }
    QCOMPARE(statuses.count(u"SUCCESS"_s), 2);
    QCOMPARE(statuses.count(u"FAIL"_s), 1);
    QVERIFY(statuses.last() == u"INIT" || statuses.last() == u"RUNNING"); // started with the cloud
    // With 1 s jobs the live sample job finishes quickly.
    const QString live = m_cloud.sampleHistory().last().toObject().value(u"job_id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        progress(m_cloud, m_token, live).value(u"status"_s).toString(), u"SUCCESS"_s, 10000);
}

// --- Nova, Cinder, Glance --------------------------------------------------------------------

void tst_DemoCloud::serversPageWithLimitAndMarker()
{
    const QString base = u"/v2.1/%1/servers/detail"_s.arg(m_cloud.projectId());
    QStringList names;
    QSet<QString> ids;
    QString next = base + u"?limit=5"_s;
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const auto reply = m_cloud.get(next, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.object();
        const QJsonArray servers = body.value(u"servers"_s).toArray();
        QVERIFY(servers.size() <= 5);
        for (const QJsonValue &value : servers) {
            const QJsonObject server = value.toObject();
            names << server.value(u"name"_s).toString();
            ids.insert(server.value(u"id"_s).toString());
            QVERIFY(server.contains(u"OS-EXT-STS:task_state"_s));
            QVERIFY(server.value(u"OS-EXT-STS:task_state"_s).isNull());
        }
        next.clear();
        const QJsonArray links = body.value(u"servers_links"_s).toArray();
        if (!links.isEmpty()) {
            const QUrl href(links.first().toObject().value(u"href"_s).toString());
            QCOMPARE(links.first().toObject().value(u"rel"_s).toString(), u"next"_s);
            QCOMPARE(href.port(), m_cloud.baseUrl().port());
            next = href.path() + u'?' + href.query(QUrl::FullyEncoded);
        }
        ++pages;
    }
    QCOMPARE(pages, 3); // 5 + 5 + 3
    QCOMPARE(names.size(), ServerCount);
    QCOMPARE(ids.size(), ServerCount);
    QCOMPARE(names.mid(0, 5),
        (QStringList{u"web-01"_s, u"db-01"_s, u"build-02"_s, u"broken-03"_s, u"app-04"_s}));

    const auto shutoff = m_cloud.get(base + u"?status=SHUTOFF"_s, m_token).object();
    QStringList stopped;
    for (const QJsonValue &value : shutoff.value(u"servers"_s).toArray())
        stopped << value.toObject().value(u"name"_s).toString();
    QCOMPARE(stopped, (QStringList{u"db-01"_s, u"build-02"_s, u"worker-07"_s, u"batch-09"_s}));
    QVERIFY(!shutoff.contains(u"servers_links"_s));

    const auto badMarker = m_cloud.get(base + u"?marker=nope"_s, m_token);
    QCOMPARE(badMarker.status, 400);
    QVERIFY(badMarker.object().contains(u"badRequest"_s));
    QCOMPARE(m_cloud.get(base + u"?limit=-1"_s, m_token).status, 400);
    const auto summary =
        m_cloud.get(u"/v2.1/%1/servers?limit=2"_s.arg(m_cloud.projectId()), m_token);
    QCOMPARE(summary.object().value(u"servers"_s).toArray().size(), 2);
}

void tst_DemoCloud::serverDetailsAndAttachments()
{
    const QString pid = m_cloud.projectId();
    const auto reply = m_cloud.send("GET",
        u"/v2.1/%1/servers/%2"_s.arg(pid, SeedEcs),
        {},
        {{"X-Auth-Token", m_token.toLatin1()}, {"OpenStack-API-Version", "compute 2.45"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("OpenStack-API-Version"), "compute 2.45");
    const QJsonObject server = reply.object().value(u"server"_s).toObject();
    QCOMPARE(server.value(u"name"_s).toString(), u"db-01"_s);
    QCOMPARE(server.value(u"status"_s).toString(), u"SHUTOFF"_s);
    QVERIFY(!server.value(u"OS-EXT-AZ:availability_zone"_s).toString().isEmpty());
    QVERIFY(!server.value(u"created"_s).toString().isEmpty());
    QVERIFY(server.value(u"flavor"_s).isObject());
    QVERIFY(server.value(u"metadata"_s).isObject());
    const QJsonArray attached = server.value(u"os-extended-volumes:volumes_attached"_s).toArray();
    QCOMPARE(attached.size(), 2);
    QCOMPARE(attached.at(1).toObject().value(u"id"_s).toString(), SeedDataDisk);
    QCOMPARE(attached.at(1).toObject().value(u"delete_on_termination"_s).toBool(), false);

    const auto attachments =
        m_cloud.get(u"/v2.1/%1/servers/%2/os-volume_attachments"_s.arg(pid, SeedEcs), m_token);
    QCOMPARE(attachments.status, 200);
    const QJsonArray list = attachments.object().value(u"volumeAttachments"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"device"_s).toString(), u"/dev/vda"_s);
    QCOMPARE(list.at(1).toObject().value(u"volumeId"_s).toString(), SeedDataDisk);
    QCOMPARE(list.at(1).toObject().value(u"serverId"_s).toString(), SeedEcs);

    const auto missing = m_cloud.get(u"/v2.1/%1/servers/%2"_s.arg(pid, QString(36, u'0')), m_token);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.object().contains(u"itemNotFound"_s));
    QCOMPARE(m_cloud.get(u"/v2.1/%1/servers/detail"_s.arg(QString(32, u'f')), m_token).status, 400);
    const auto tooNew = m_cloud.send("GET",
        u"/v2.1/%1/servers/detail"_s.arg(pid),
        {},
        {{"X-Auth-Token", m_token.toLatin1()}, {"OpenStack-API-Version", "compute 2.999"}});
    QCOMPARE(tooNew.status, 406);
}

void tst_DemoCloud::volumes()
{
    const QString pid = m_cloud.projectId();
    const auto v3 = m_cloud.get(u"/v3/%1/volumes/detail"_s.arg(pid), m_token);
    QCOMPARE(v3.status, 200);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : v3.object().value(u"volumes"_s).toArray())
        byName.insert(value.toObject().value(u"name"_s).toString(), value.toObject());
    QCOMPARE(byName.size(), ServerCount + 7); // one system disk each + 4 data disks + 3 loose
    QCOMPARE(byName.value(u"spare-data"_s).value(u"status"_s).toString(), u"available"_s);
    QCOMPARE(byName.value(u"bad-vol"_s).value(u"status"_s).toString(), u"error"_s);
    const QJsonObject oldOs = byName.value(u"old-os-disk"_s);
    QCOMPARE(oldOs.value(u"id"_s).toString(), SeedEcs); // seed 004's "data disk" example ID
    QCOMPARE(oldOs.value(u"bootable"_s).toString(), u"true"_s);
    const QJsonObject data = byName.value(u"db-01-data"_s);
    QCOMPARE(data.value(u"id"_s).toString(), SeedDataDisk);
    QCOMPARE(data.value(u"status"_s).toString(), u"in-use"_s);
    QCOMPARE(data.value(u"bootable"_s).toString(), u"false"_s);
    const QJsonArray attachments = data.value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.at(0).toObject().value(u"server_id"_s).toString(), SeedEcs);
    QCOMPARE(byName.value(u"web-01-sys"_s).value(u"bootable"_s).toString(), u"true"_s);
    QCOMPARE(byName.value(u"web-01-sys"_s).value(u"status"_s).toString(), u"in-use"_s);

    const auto v2 = m_cloud.get(u"/v2/%1/volumes/detail?limit=3"_s.arg(pid), m_token);
    QCOMPARE(v2.object().value(u"volumes"_s).toArray().size(), 3);
    QVERIFY(v2.object().contains(u"volumes_links"_s));
    const auto one = m_cloud.get(u"/v3/%1/volumes/%2"_s.arg(pid, SeedDataDisk), m_token);
    QCOMPARE(one.object().value(u"volume"_s).toObject().value(u"size"_s).toInt(), 500);
    QCOMPARE(m_cloud.get(u"/v3/%1/volumes/%2"_s.arg(pid, QString(36, u'0')), m_token).status, 404);
}

void tst_DemoCloud::glanceStreamsAnUpload()
{
    const QString chosen = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto created = m_cloud.post(u"/v2/images"_s,
        {{u"id"_s, chosen},
            {u"name"_s, u"upload-test"_s},
            {u"disk_format"_s, u"qcow2"_s},
            {u"container_format"_s, u"bare"_s},
            {u"min_disk"_s, 40},
            {u"tags"_s, QJsonArray{u"test=testvalue"_s}},
            {u"__os_version"_s, u"Ubuntu 22.04 server 64bit"_s}},
        m_token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"status"_s).toString(), u"queued"_s);
    const QString id = created.object().value(u"id"_s).toString();
    QCOMPARE(id, chosen); // the client-chosen id is kept
    QVERIFY(created.header("Location").endsWith(id.toLatin1()));
    // Seed 003's response: attributes derived from __os_version.
    QCOMPARE(created.object().value(u"__os_type"_s).toString(), u"Linux"_s);
    QCOMPARE(created.object().value(u"__platform"_s).toString(), u"Ubuntu"_s);
    QCOMPARE(created.object().value(u"__os_bit"_s).toString(), u"64"_s);
    QCOMPARE(created.object().value(u"virtual_env_type"_s).toString(), u"FusionCompute"_s);

    // The same id again: a replayed create is refused, never a second image.
    const auto replay = m_cloud.post(u"/v2/images"_s,
        {{u"id"_s, chosen},
            {u"name"_s, u"upload-test"_s},
            {u"disk_format"_s, u"qcow2"_s},
            {u"container_format"_s, u"bare"_s}},
        m_token);
    QCOMPARE(replay.status, 409);

    // 3 MiB: above the 1 MiB cap of buffered routes, so this only passes through the sink.
    QByteArray payload(3 * 1024 * 1024, 'x');
    payload[12345] = 'y';
    const auto upload = m_cloud.send("PUT",
        u"/v2/images/%1/file"_s.arg(id),
        payload,
        {{"X-Auth-Token", m_token.toLatin1()}, {"Content-Type", "application/octet-stream"}});
    QCOMPARE(upload.status, 204);
    const auto image = m_cloud.get(u"/v2/images/"_s + id, m_token).object();
    QCOMPARE(image.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.value(u"size"_s).toInteger(), payload.size());
    QCOMPARE(image.value(u"__os_version"_s).toString(), u"Ubuntu 22.04 server 64bit"_s);
    // Hashed while streaming: MD5 as checksum, SHA-512 as os_hash_value.
    QCOMPARE(image.value(u"checksum"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Md5).toHex()));
    QCOMPARE(image.value(u"os_hash_algo"_s).toString(), u"sha512"_s);
    QCOMPARE(image.value(u"os_hash_value"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha512).toHex()));
    // A second upload is refused: the image is no longer queued.
    const auto again = m_cloud.send("PUT",
        u"/v2/images/%1/file"_s.arg(id),
        "abc",
        {{"X-Auth-Token", m_token.toLatin1()}, {"Content-Type", "application/octet-stream"}});
    QCOMPARE(again.status, 409);
    QVERIFY(m_cloud.get(u"/v2/images?name=upload-test"_s, m_token)
                .object()
                .value(u"images"_s)
                .toArray()
                .size()
        == 1);
}

void tst_DemoCloud::glanceCreateRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("name empty") << u"name"_s << QJsonValue(u""_s) << 400;
    QTest::newRow("name 255") << u"name"_s << QJsonValue(QString(255, u'n')) << 201;
    QTest::newRow("name 256") << u"name"_s << QJsonValue(QString(256, u'n')) << 400;
    QTest::newRow("disk_format vmdk") << u"disk_format"_s << QJsonValue(u"vmdk"_s) << 400;
    QTest::newRow("disk_format zvhd2") << u"disk_format"_s << QJsonValue(u"zvhd2"_s) << 201;
    QTest::newRow("container ovf") << u"container_format"_s << QJsonValue(u"ovf"_s) << 400;
    QTest::newRow("visibility public") << u"visibility"_s << QJsonValue(u"public"_s) << 400;
    QTest::newRow("min_disk 0") << u"min_disk"_s << QJsonValue(0) << 400;
    QTest::newRow("min_disk 1024") << u"min_disk"_s << QJsonValue(1024) << 201;
    QTest::newRow("min_disk 1025") << u"min_disk"_s << QJsonValue(1025) << 400;
    QTest::newRow("min_ram -1") << u"min_ram"_s << QJsonValue(-1) << 400;
    QTest::newRow("protected text") << u"protected"_s << QJsonValue(u"no"_s) << 400;
    QTest::newRow("tag plain") << u"tags"_s << QJsonValue(QJsonArray{u"plain"_s}) << 400;
    QTest::newRow("tag key 37") << u"tags"_s
                                << QJsonValue(QJsonArray{QString(QString(37, u'k') + u"=v"_s)})
                                << 400;
    QTest::newRow("tag value 44") << u"tags"_s
                                  << QJsonValue(QJsonArray{QString(u"k="_s + QString(44, u'v'))})
                                  << 400;
    QTest::newRow("tag key twice")
        << u"tags"_s << QJsonValue(QJsonArray{u"a=1"_s, u"a=2"_s}) << 400;
    QTest::newRow("tags fine") << u"tags"_s << QJsonValue(QJsonArray{u"a=1"_s, u"b="_s}) << 201;
    QTest::newRow("id not uuid") << u"id"_s << QJsonValue(u"abc"_s) << 400;
    QTest::newRow("status read-only") << u"status"_s << QJsonValue(u"active"_s) << 403;
    QTest::newRow("os_version empty") << u"__os_version"_s << QJsonValue(u" "_s) << 400;
}

void tst_DemoCloud::glanceCreateRules()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QJsonObject body{{u"name"_s, u"rules"_s},
        {u"disk_format"_s, u"qcow2"_s},
        {u"container_format"_s, u"bare"_s}};
    body.insert(key, value);
    const auto reply = m_cloud.post(u"/v2/images"_s, body, m_token);
    QVERIFY2(reply.status == status, reply.body.constData());
    if (status == 201 && key != u"__os_version") // seed 003's default when it is left out
        QCOMPARE(reply.object().value(u"__os_version"_s).toString(), u"Other Linux (64 bit)"_s);
}

void tst_DemoCloud::glanceFailKillsAndDelete()
{
    const auto created = m_cloud.post(u"/v2/images"_s,
        {{u"name"_s, u"fail-upload"_s},
            {u"disk_format"_s, u"raw"_s},
            {u"container_format"_s, u"bare"_s}},
        m_token);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    const auto upload = m_cloud.send("PUT",
        u"/v2/images/%1/file"_s.arg(id),
        QByteArray(2 * 1024 * 1024, 'z'),
        {{"X-Auth-Token", m_token.toLatin1()}, {"Content-Type", "application/octet-stream"}});
    QCOMPARE(upload.status, 204);
    const auto image = m_cloud.get(u"/v2/images/"_s + id, m_token).object();
    QCOMPARE(image.value(u"status"_s).toString(), u"killed"_s);
    QVERIFY(image.value(u"checksum"_s).isNull());

    QCOMPARE(
        m_cloud.send("DELETE", u"/v2/images/"_s + id, {}, {{"X-Auth-Token", m_token.toLatin1()}})
            .status,
        204);
    QCOMPARE(m_cloud.get(u"/v2/images/"_s + id, m_token).status, 404);
    QCOMPARE(
        m_cloud.send("DELETE", u"/v2/images/"_s + id, {}, {{"X-Auth-Token", m_token.toLatin1()}})
            .status,
        404);
}

void tst_DemoCloud::glanceAbandonedUploadIsQueuedAgain()
{
    const auto created = m_cloud.post(u"/v2/images"_s,
        {{u"name"_s, u"abandoned"_s},
            {u"disk_format"_s, u"raw"_s},
            {u"container_format"_s, u"bare"_s}},
        m_token);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    // A raw client announces 8 MiB, sends 1 MiB and waits: the image is saving meanwhile.
    QTcpSocket socket;
    socket.connectToHost(m_cloud.baseUrl().host(), quint16(m_cloud.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray head = "PUT /v2/images/" + id.toLatin1()
        + "/file HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + m_token.toLatin1()
        + "\r\nContent-Type: application/octet-stream\r\nContent-Length: 8388608\r\n\r\n";
    socket.write(head + QByteArray(1024 * 1024, 'a'));
    QVERIFY(socket.waitForBytesWritten(5000));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_cloud.get(u"/v2/images/"_s + id, m_token).object().value(u"status"_s).toString(),
        u"saving"_s,
        5000);
    socket.abort(); // the client goes away mid-upload
    QTRY_COMPARE_WITH_TIMEOUT(
        m_cloud.get(u"/v2/images/"_s + id, m_token).object().value(u"status"_s).toString(),
        u"queued"_s,
        5000);
}

// --- Nova createImage (seed 001, api-facts §1.6) ---------------------------------------------

void tst_DemoCloud::novaCreateImageByMicroversion_data()
{
    QTest::addColumn<QString>("serverId");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("echoed"); // the microversion the answer says it used
    QTest::addColumn<bool>("idInBody");     // else Location
    // Each row uses its own server: a snapshot keeps a server busy for 600 s on m_slow.
    QTest::newRow("no header: 2.1")
        << WebServer << QByteArray() << QByteArray() << "2.1"_ba << false;
    QTest::newRow("legacy 2.44") << BuildServer << "X-OpenStack-Nova-API-Version"_ba
                                 << "2.44"_ba
                                 << "2.44"_ba << false;
    QTest::newRow("modern 2.44") << AppServer << "OpenStack-API-Version"_ba
                                 << "compute 2.44"_ba
                                 << "2.44"_ba << false;
    QTest::newRow("modern 2.45") << CacheServer << "OpenStack-API-Version"_ba
                                 << "compute 2.45"_ba
                                 << "2.45"_ba << true;
    QTest::newRow("legacy 2.45") << QueueServer << "X-OpenStack-Nova-API-Version"_ba
                                 << "2.45"_ba
                                 << "2.45"_ba << true;
    QTest::newRow("latest") << Worker7Server << "OpenStack-API-Version"_ba
                            << "compute latest"_ba
                            << "2.93"_ba << true;
    QTest::newRow("SUSPENDED at 2.93") << SuspendedServer << "OpenStack-API-Version"_ba
                                       << "compute 2.93"_ba
                                       << "2.93"_ba << true;
}

void tst_DemoCloud::novaCreateImageByMicroversion()
{
    QFETCH(QString, serverId);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, echoed);
    QFETCH(bool, idInBody);
    DemoCloudProcess::Headers headers;
    if (!header.isEmpty())
        headers.append({header, value});
    // seed 001's example request body, verbatim
    const QJsonObject body = QJsonDocument::fromJson(R"({"createImage" : {
        "name" : "new-image-name", "metadata": {"ImageType": "Gold", "ImageVersion": "2.0"}}})")
                                 .object();
    const int before = m_slow.countRequests("POST", u"/v2.1/"_s);
    const auto reply = createImage(m_slow, m_slowToken, serverId, body, headers);
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.header("OpenStack-API-Version"), "compute " + echoed);
    QCOMPARE(reply.header("X-OpenStack-Nova-API-Version"), echoed);
    QString imageId;
    if (idInBody) {
        // From 2.45: {"image_id": ...} and no Location.
        QVERIFY(reply.header("Location").isNull());
        QCOMPARE(reply.object().keys(), QStringList{u"image_id"_s});
        imageId = reply.object().value(u"image_id"_s).toString();
    } else {
        // Up to 2.44: the image's URL in Location, an empty body.
        QVERIFY(reply.body.isEmpty());
        const QString location = QString::fromLatin1(reply.header("Location"));
        const QString prefix = m_slow.baseUrl().toString() + u"/v2/images/"_s;
        QVERIFY2(location.startsWith(prefix), qPrintable(location));
        imageId = location.mid(prefix.size());
    }
    QVERIFY(!QUuid::fromString(imageId).isNull());
    QCOMPARE(m_slow.countRequests("POST", u"/v2.1/"_s), before + 1);

    // The image is in Glance at once (queued), with the metadata and Nova's own properties.
    const auto image = m_slow.get(u"/v2/images/"_s + imageId, m_slowToken);
    QCOMPARE(image.status, 200);
    const QJsonObject json = image.object();
    QCOMPARE(json.value(u"name"_s).toString(), u"new-image-name"_s);
    QCOMPARE(json.value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(json.value(u"visibility"_s).toString(), u"private"_s);
    QCOMPARE(json.value(u"ImageType"_s).toString(), u"Gold"_s);
    QCOMPARE(json.value(u"ImageVersion"_s).toString(), u"2.0"_s);
    QCOMPARE(json.value(u"image_type"_s).toString(), u"snapshot"_s);
    QCOMPARE(json.value(u"instance_uuid"_s).toString(), serverId);
    QVERIFY(json.value(u"size"_s).isNull());
    // And the server shows the snapshot as its task_state.
    const auto server =
        m_slow.get(u"/v2.1/%1/servers/%2"_s.arg(m_slow.projectId(), serverId), m_slowToken);
    QCOMPARE(server.object().value(u"server"_s).toObject().value(u"OS-EXT-STS:task_state"_s),
        QJsonValue(u"image_snapshot"_s));
}

void tst_DemoCloud::novaCreateImageRejectsBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("messagePart");
    const auto name = [](const QString &n) {
        return QJsonDocument(QJsonObject{{u"createImage"_s, QJsonObject{{u"name"_s, n}}}})
            .toJson(QJsonDocument::Compact);
    };
    const QString e = u"\u00e9"_s; // 2 bytes of UTF-8
    // seed 001: the name is "greater than 0 bytes and less than 243 bytes".
    QTest::newRow("name missing") << QByteArray(R"({"createImage": {}})") << 400 << u"badRequest"_s
                                  << u"'name' is a required property"_s;
    QTest::newRow("name empty") << name(QString()) << 400 << u"badRequest"_s << u"is too short"_s;
    QTest::newRow("name 243 bytes")
        << name(QString(243, u'a')) << 400 << u"badRequest"_s << u"is too long"_s;
    QTest::newRow("name 122 x 2 bytes")
        << name(e.repeated(122)) << 400 << u"badRequest"_s << u"is too long"_s;
    QTest::newRow("name a number") << QByteArray(R"({"createImage": {"name": 5}})") << 400
                                   << u"badRequest"_s << u"is not of type 'string'"_s;
    QTest::newRow("name leading space")
        << name(u" x"_s) << 400 << u"badRequest"_s << u"Can not start or end with whitespace"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"createImage": {"name": "x", "foo": 1}})") << 400
                                 << u"badRequest"_s << u"'foo' was unexpected"_s;
    QTest::newRow("metadata not an object")
        << QByteArray(R"({"createImage": {"name": "x", "metadata": ["a"]}})") << 400
        << u"badRequest"_s << u"is not of type 'object'"_s;
    QTest::newRow("metadata value a number")
        << QByteArray(R"({"createImage": {"name": "x", "metadata": {"a": 1}}})") << 400
        << u"badRequest"_s << u"1 is not of type 'string'"_s;
    QTest::newRow("metadata key 256")
        << QJsonDocument(QJsonObject{{u"createImage"_s,
                             QJsonObject{{u"name"_s, u"x"_s},
                                 {u"metadata"_s, QJsonObject{{QString(256, u'k'), u"v"_s}}}}}})
               .toJson(QJsonDocument::Compact)
        << 400 << u"badRequest"_s << u"was unexpected"_s;
    QTest::newRow("metadata key with slash")
        << QByteArray(R"({"createImage": {"name": "x", "metadata": {"a/b": "v"}}})") << 400
        << u"badRequest"_s << u"'a/b' was unexpected"_s;
    QTest::newRow("metadata value 256")
        << QJsonDocument(QJsonObject{{u"createImage"_s,
                             QJsonObject{{u"name"_s, u"x"_s},
                                 {u"metadata"_s, QJsonObject{{u"k"_s, QString(256, u'v')}}}}}})
               .toJson(QJsonDocument::Compact)
        << 400 << u"badRequest"_s << u"is too long"_s;
    QTest::newRow("not JSON") << QByteArray("createImage") << 400 << u"badRequest"_s
                              << u"Malformed request body"_s;
    QTest::newRow("two actions") << QByteArray(
        R"({"createImage": {"name": "x"}, "os-start": null})")
                                 << 400 << u"badRequest"_s << u"Malformed request body"_s;
    QTest::newRow("unknown action") << QByteArray(R"({"os-reboot": {}})") << 400 << u"badRequest"_s
                                    << u"There is no such action: os-reboot"_s;
}

void tst_DemoCloud::novaCreateImageRejectsBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, fault);
    QFETCH(QString, messagePart);
    const auto reply = m_cloud.send("POST",
        u"/v2.1/%1/servers/%2/action"_s.arg(m_cloud.projectId(), BatchServer),
        body,
        {{"X-Auth-Token", m_token.toLatin1()}, {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.object().value(fault).toObject();
    QCOMPARE(error.value(u"code"_s).toInt(), status);
    const QString message = error.value(u"message"_s).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    // Nothing was started: the server has no task.
    const auto server =
        m_cloud.get(u"/v2.1/%1/servers/%2"_s.arg(m_cloud.projectId(), BatchServer), m_token);
    QVERIFY(
        server.object().value(u"server"_s).toObject().value(u"OS-EXT-STS:task_state"_s).isNull());
}

void tst_DemoCloud::novaCreateImageConflicts()
{
    const QString pid = m_slow.projectId();
    const QJsonObject body{{u"createImage"_s, QJsonObject{{u"name"_s, u"busy"_s}}}};
    // seed 001: "An ECS in the error state cannot be used to create an image."
    const auto error = createImage(m_slow, m_slowToken, BrokenServer, body);
    QCOMPARE(error.status, 409);
    QCOMPARE(error.object().value(u"conflictingRequest"_s).toObject().value(u"message"_s),
        QJsonValue(
            u"Cannot 'createImage' instance %1 while it is in vm_state error"_s.arg(BrokenServer)));
    // A second snapshot while the first runs: Nova's task_state conflict.
    QCOMPARE(createImage(m_slow, m_slowToken, Worker8Server, body).status, 202);
    const auto second = createImage(
        m_slow, m_slowToken, Worker8Server, body, {{"OpenStack-API-Version", "compute 2.45"}});
    QCOMPARE(second.status, 409);
    const QJsonObject conflict = second.object().value(u"conflictingRequest"_s).toObject();
    QCOMPARE(conflict.value(u"code"_s).toInt(), 409);
    QCOMPARE(conflict.value(u"message"_s).toString(),
        u"Cannot 'createImage' instance %1 while it is in task_state image_snapshot"_s.arg(
            Worker8Server));
    // Unknown server, someone else's project, out-of-range microversion.
    const auto missing = createImage(m_slow, m_slowToken, QString(36, u'0'), body);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.object().value(u"itemNotFound"_s).toObject().value(u"message"_s),
        QJsonValue(u"Instance %1 could not be found."_s.arg(QString(36, u'0'))));
    const auto otherProject = m_slow.send("POST",
        u"/v2.1/%1/servers/%2/action"_s.arg(QString(32, u'f'), BastionServer),
        QJsonDocument(body).toJson(),
        {{"X-Auth-Token", m_slowToken.toLatin1()}});
    QCOMPARE(otherProject.status, 400);
    for (const QByteArray &version : {"compute 2.94"_ba, "compute 2.0"_ba, "compute 3.1"_ba}) {
        const auto tooNew = createImage(
            m_slow, m_slowToken, BastionServer, body, {{"OpenStack-API-Version", version}});
        QCOMPARE(tooNew.status, 406);
    }
    const auto noToken = m_slow.send("POST",
        u"/v2.1/%1/servers/%2/action"_s.arg(pid, BastionServer),
        QJsonDocument(body).toJson());
    QCOMPARE(noToken.status, 401);
    // None of the refused ones started anything on bastion-12.
    QVERIFY(m_slow.get(u"/v2.1/%1/servers/%2"_s.arg(pid, BastionServer), m_slowToken)
                .object()
                .value(u"server"_s)
                .toObject()
                .value(u"OS-EXT-STS:task_state"_s)
                .isNull());
}

void tst_DemoCloud::novaSnapshotPhases()
{
    const QString pid = m_cloud.projectId();
    const auto created = createImage(m_cloud,
        m_token,
        CiServer,
        {{u"createImage"_s,
            QJsonObject{
                {u"name"_s, u"ci-snap"_s}, {u"metadata"_s, QJsonObject{{u"team"_s, u"ci"_s}}}}}},
        {{"OpenStack-API-Version", "compute 2.45"}});
    QCOMPARE(created.status, 202);
    const QString imageId = created.object().value(u"image_id"_s).toString();
    QVERIFY(!imageId.isEmpty());
    // Recorded like any request, with its body.
    const QJsonArray recorded = m_cloud.requests();
    QCOMPARE(recorded.last().toObject().value(u"path"_s).toString(),
        u"/v2.1/%1/servers/%2/action"_s.arg(pid, CiServer));
    QCOMPARE(recorded.last().toObject().value(u"status"_s).toInt(), 202);
    QCOMPARE(recorded.last()
                 .toObject()
                 .value(u"body"_s)
                 .toObject()
                 .value(u"createImage"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
        u"ci-snap"_s);

    // Poll the server and the image until both are done (1 s job: thirds of ~333 ms).
    QStringList taskStates;
    QStringList imageStatuses;
    const auto poll = [&] {
        const QJsonValue task = m_cloud.get(u"/v2.1/%1/servers/%2"_s.arg(pid, CiServer), m_token)
                                    .object()
                                    .value(u"server"_s)
                                    .toObject()
                                    .value(u"OS-EXT-STS:task_state"_s);
        const QString state = task.isNull() ? u"null"_s : task.toString();
        if (taskStates.isEmpty() || taskStates.last() != state)
            taskStates << state;
        const QString status =
            m_cloud.get(u"/v2/images/"_s + imageId, m_token).object().value(u"status"_s).toString();
        if (imageStatuses.isEmpty() || imageStatuses.last() != status)
            imageStatuses << status;
        return state == u"null" && status == u"active";
    };
    QTRY_VERIFY_WITH_TIMEOUT(poll(), 10000);
    // nova/compute/task_states.py order (each phase at its time: tst_democloudclock).
    QVERIFY2(followsInOrder<QString>(taskStates,
                 {u"image_snapshot"_s, u"image_pending_upload"_s, u"image_uploading"_s, u"null"_s}),
        qPrintable(taskStates.join(u' ')));
    QVERIFY2(followsInOrder<QString>(imageStatuses, {u"queued"_s, u"saving"_s, u"active"_s}),
        qPrintable(imageStatuses.join(u' ')));
    const QJsonObject image = m_cloud.get(u"/v2/images/"_s + imageId, m_token).object();
    QVERIFY(image.value(u"size"_s).toDouble() > 0);
    QCOMPARE(image.value(u"checksum"_s).toString().size(), 32);
    QCOMPARE(image.value(u"os_hash_algo"_s).toString(), u"sha512"_s);
    QCOMPARE(image.value(u"os_hash_value"_s).toString().size(), 128);
    QCOMPARE(image.value(u"team"_s).toString(), u"ci"_s);
    QCOMPARE(image.value(u"disk_format"_s).toString(), u"qcow2"_s);
    QCOMPARE(image.value(u"container_format"_s).toString(), u"bare"_s);
    QVERIFY(!image.value(u"created_at"_s).toString().isEmpty());
    QVERIFY(!image.value(u"updated_at"_s).toString().isEmpty());
    // The image is listed too, and the server takes a new snapshot now.
    bool listed = false;
    const QJsonArray images =
        m_cloud.get(u"/v2/images?limit=100"_s, m_token).object().value(u"images"_s).toArray();
    for (const QJsonValue &v : images)
        listed = listed || v.toObject().value(u"id"_s).toString() == imageId;
    QVERIFY(listed);
    QCOMPARE(
        createImage(
            m_cloud, m_token, CiServer, {{u"createImage"_s, QJsonObject{{u"name"_s, u"again"_s}}}})
            .status,
        202);
}

void tst_DemoCloud::novaFailPrefixPurgesTheImage()
{
    const QString pid = m_cloud.projectId();
    const auto created = createImage(m_cloud,
        m_token,
        BastionServer,
        {{u"createImage"_s, QJsonObject{{u"name"_s, u"fail-snapshot"_s}}}});
    QCOMPARE(created.status, 202);
    const QString location = QString::fromLatin1(created.header("Location"));
    const QString imageId = location.section(u'/', -1);
    QVERIFY(!QUuid::fromString(imageId).isNull());
    // interfaces.md §5: Nova purges the image, so it 404s, and the server is idle again.
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud.get(u"/v2/images/"_s + imageId, m_token).status, 404, 10000);
    QVERIFY(m_cloud.get(u"/v2.1/%1/servers/%2"_s.arg(pid, BastionServer), m_token)
                .object()
                .value(u"server"_s)
                .toObject()
                .value(u"OS-EXT-STS:task_state"_s)
                .isNull());
    const QJsonArray images =
        m_cloud.get(u"/v2/images?limit=100"_s, m_token).object().value(u"images"_s).toArray();
    for (const QJsonValue &v : images)
        QVERIFY(v.toObject().value(u"id"_s).toString() != imageId);
}

// --- Cinder os-volume_upload_image (seed 000) -------------------------------------------------

namespace {
const QString CiCache = u"725dfb13-ac4e-5009-92e7-fb876cf03a3c"_s;    // ci-11-cache, in-use
const QString OldOsDisk = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s;  // old-os-disk, available
const QString QueueSys = u"0cdf1e60-0899-5d06-95a6-e50cd8cb8d85"_s;   // queue-06-sys, in-use
const QString BastionSys = u"39f6046b-bd37-5de0-8bbe-24cd339a85b9"_s; // bastion-12-sys, in-use
} // namespace

DemoCloudProcess::Reply tst_DemoCloud::uploadVolume(DemoCloudProcess &cloud,
    const QString &token,
    const QString &version,
    const QString &volumeId,
    const QByteArray &body,
    const QByteArray &microversion)
{
    DemoCloudProcess::Headers headers{{"X-Auth-Token", token.toLatin1()}};
    if (!microversion.isEmpty())
        headers.append({"OpenStack-API-Version", "volume " + microversion});
    return cloud.send("POST",
        u"/%1/%2/volumes/%3/action"_s.arg(version, cloud.projectId(), volumeId),
        body,
        headers);
}

void tst_DemoCloud::cinderUploadSeedExampleOnV2()
{
    // Seed 000's request, verbatim, on FJcloud-O's v2 path: an attached volume with force.
    const QByteArray seed = R"({
	"os-volume_upload_image": {
		"container_format": "bare",
		"disk_format": "raw",
		"image_name": "my_image",
		"force": "True"
	}
})";
    const auto reply = uploadVolume(m_cloud, m_token, u"v2"_s, CiCache, seed);
    QCOMPARE(reply.status, 202);
    QVERIFY(reply.header("OpenStack-API-Version").isEmpty()); // v2 has no microversions
    const QJsonObject answer = reply.object().value(u"os-volume_upload_image"_s).toObject();
    // Seed 000's answer keys, no more (microversion 3.1's visibility/protected are not there).
    QStringList keys = answer.keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList{u"container_format"_s,
            u"disk_format"_s,
            u"display_description"_s,
            u"id"_s,
            u"image_id"_s,
            u"image_name"_s,
            u"size"_s,
            u"status"_s,
            u"updated_at"_s,
            u"volume_type"_s}));
    QCOMPARE(answer.value(u"status"_s).toString(), u"uploading"_s);
    QCOMPARE(answer.value(u"id"_s).toString(), CiCache);
    QCOMPARE(answer.value(u"image_name"_s).toString(), u"my_image"_s);
    QCOMPARE(answer.value(u"size"_s).toInt(), 150);
    QCOMPARE(answer.value(u"volume_type"_s).toObject().value(u"name"_s).toString(), u"SAS"_s);
    const QString imageId = answer.value(u"image_id"_s).toString();
    QVERIFY(!QUuid::fromString(imageId).isNull());

    // The volume is uploading, then in-use again; the image queued, saving, then active.
    const QString pid = m_cloud.projectId();
    QStringList volumeStatuses;
    QStringList imageStatuses;
    const auto poll = [&] {
        const QString volume = m_cloud.get(u"/v3/%1/volumes/%2"_s.arg(pid, CiCache), m_token)
                                   .object()
                                   .value(u"volume"_s)
                                   .toObject()
                                   .value(u"status"_s)
                                   .toString();
        if (volumeStatuses.isEmpty() || volumeStatuses.last() != volume)
            volumeStatuses << volume;
        const QString image =
            m_cloud.get(u"/v2/images/"_s + imageId, m_token).object().value(u"status"_s).toString();
        if (imageStatuses.isEmpty() || imageStatuses.last() != image)
            imageStatuses << image;
        return volume == u"in-use" && image == u"active";
    };
    QTRY_VERIFY_WITH_TIMEOUT(poll(), 10000);
    QVERIFY2(followsInOrder<QString>(volumeStatuses, {u"uploading"_s, u"in-use"_s}),
        qPrintable(volumeStatuses.join(u' ')));
    QVERIFY2(followsInOrder<QString>(imageStatuses, {u"queued"_s, u"saving"_s, u"active"_s}),
        qPrintable(imageStatuses.join(u' ')));
    const QJsonObject image = m_cloud.get(u"/v2/images/"_s + imageId, m_token).object();
    QCOMPARE(image.value(u"name"_s).toString(), u"my_image"_s);
    QCOMPARE(image.value(u"disk_format"_s).toString(), u"raw"_s);
    QCOMPARE(image.value(u"min_disk"_s).toInt(), 150);
    QVERIFY(image.value(u"size"_s).toDouble() > 0);
    QVERIFY(!image.contains(u"sync_status_reason"_s));
}

void tst_DemoCloud::cinderUploadRejects_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("volumeId");
    QTest::addColumn<QByteArray>("microversion");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString v3 = u"v3"_s;
    QTest::newRow("bad disk_format")
        << v3 << SpareVolume << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "disk_format": "iso"}})")
        << 400 << u"Invalid input for field/attribute disk_format"_s;
    QTest::newRow("bad container_format")
        << v3 << SpareVolume << QByteArray()
        << QByteArray(
               R"({"os-volume_upload_image": {"image_name": "x", "container_format": "ovf"}})")
        << 400 << u"Invalid container format 'ovf'"_s;
    QTest::newRow("compressed not allowed")
        << v3 << SpareVolume << QByteArray()
        << QByteArray(
               R"({"os-volume_upload_image": {"image_name": "x", "container_format": "compressed"}})")
        << 400 << u"compressed container format is not allowed"_s;
    QTest::newRow("image_name missing")
        << v3 << SpareVolume << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"disk_format": "raw"}})") << 400
        << u"'image_name' is a required property"_s;
    QTest::newRow("image_name empty")
        << v3 << SpareVolume << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"image_name": ""}})") << 400
        << u"'' is too short"_s;
    QTest::newRow("image_name 256")
        << v3 << SpareVolume << QByteArray()
        << (R"({"os-volume_upload_image": {"image_name": ")" + QByteArray(256, 'n') + R"("}})")
        << 400 << u"is too long"_s;
    QTest::newRow("force not boolean")
        << v3 << SpareVolume << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "force": "sure"}})") << 400
        << u"is not one of the boolean values"_s;
    QTest::newRow("visibility at 3.0")
        << v3 << SpareVolume << QByteArray("3.0")
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "visibility": "public"}})")
        << 400 << u"Additional properties are not allowed ('visibility' was unexpected)"_s;
    QTest::newRow("protected on v2")
        << u"v2"_s << SpareVolume << QByteArray("3.1")
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "protected": true}})")
        << 400 << u"('protected' was unexpected)"_s;
    QTest::newRow("bad visibility at 3.1")
        << v3 << SpareVolume << QByteArray("3.1")
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "visibility": "all"}})")
        << 400 << u"Invalid input for field/attribute visibility"_s;
    QTest::newRow("in-use without force")
        << v3 << WebData1 << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x"}})") << 400
        << u"Invalid volume: Volume %1 status must be available, but current status is: in-use."_s
               .arg(WebData1);
    QTest::newRow("in-use with force False")
        << v3 << WebData1 << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "force": "False"}})") << 400
        << u"status must be available,"_s;
    QTest::newRow("error volume with force")
        << v3 << BadVolume << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "force": true}})") << 400
        << u"status must be available or in-use, but current status is: error."_s;
    QTest::newRow("unknown volume")
        << v3 << QString(36, u'0') << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x"}})") << 404
        << u"could not be found"_s;
    QTest::newRow("microversion too high")
        << v3 << SpareVolume << QByteArray("3.99")
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x"}})") << 406
        << u"is not supported by the API"_s;
    QTest::newRow("unknown action")
        << v3 << SpareVolume << QByteArray() << QByteArray(R"({"os-extend": {"new_size": 200}})")
        << 400 << u"There is no such action: os-extend"_s;
    QTest::newRow("two actions")
        << v3 << SpareVolume << QByteArray()
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x"}, "os-extend": {}})") << 400
        << u"Malformed request body"_s;
}

void tst_DemoCloud::cinderUploadRejects()
{
    QFETCH(QString, version);
    QFETCH(QString, volumeId);
    QFETCH(QByteArray, microversion);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const auto reply = uploadVolume(m_cloud, m_token, version, volumeId, body, microversion);
    QCOMPARE(reply.status, status);
    const QJsonObject fault = reply.object();
    QCOMPARE(fault.size(), 1); // {"badRequest": {"code", "message"}} and friends
    const QString text = fault.constBegin().value().toObject().value(u"message"_s).toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    // A refusal changes nothing: the volume keeps its status.
    if (status != 404) {
        const QString now =
            m_cloud.get(u"/v3/%1/volumes/%2"_s.arg(m_cloud.projectId(), volumeId), m_token)
                .object()
                .value(u"volume"_s)
                .toObject()
                .value(u"status"_s)
                .toString();
        QVERIFY2(now != u"uploading", qPrintable(now));
    }
}

void tst_DemoCloud::cinderUploadMicroversion31()
{
    const auto reply = uploadVolume(m_cloud,
        m_token,
        u"v3"_s,
        OldOsDisk,
        R"({"os-volume_upload_image": {"image_name": "old-os-public", "visibility": "public",
            "protected": "true", "disk_format": "vmdk"}})",
        "3.1");
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.header("OpenStack-API-Version"), QByteArray("volume 3.1"));
    const QJsonObject answer = reply.object().value(u"os-volume_upload_image"_s).toObject();
    QCOMPARE(answer.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(answer.value(u"protected"_s).toBool(), true);
    QCOMPARE(answer.value(u"disk_format"_s).toString(), u"vmdk"_s);
    // The volume is busy while it uploads: a second upload is refused until it is back. On the
    // slow cloud (600 s), so the first is still running whatever the machine's load.
    QCOMPARE(uploadVolume(m_slow,
                 m_slowToken,
                 u"v3"_s,
                 OldOsDisk,
                 R"({"os-volume_upload_image": {"image_name": "first"}})",
                 "3.1")
                 .status,
        202);
    const auto again = uploadVolume(m_slow,
        m_slowToken,
        u"v3"_s,
        OldOsDisk,
        R"({"os-volume_upload_image": {"image_name": "again"}})",
        "3.1");
    QCOMPARE(again.status, 400);
    QVERIFY(QString::fromUtf8(again.body).contains(u"current status is: uploading"_s));
    const QString imageId = answer.value(u"image_id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_cloud.get(u"/v2/images/"_s + imageId, m_token).object().value(u"status"_s).toString(),
        u"active"_s,
        10000);
    const QJsonObject image = m_cloud.get(u"/v2/images/"_s + imageId, m_token).object();
    QCOMPARE(image.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(image.value(u"protected"_s).toBool(), true);
    // Listed too, and searchable by name (how a lost answer is reconciled: interfaces.md §7).
    const QJsonArray byName = m_cloud.get(u"/v2/images?name=old-os-public"_s, m_token)
                                  .object()
                                  .value(u"images"_s)
                                  .toArray();
    QCOMPARE(byName.size(), 1);
}

void tst_DemoCloud::cinderFailAndSyncPrefixes()
{
    const QString pid = m_cloud.projectId();
    const auto failed = uploadVolume(m_cloud,
        m_token,
        u"v3"_s,
        QueueSys,
        R"({"os-volume_upload_image": {"image_name": "fail-queue", "force": true}})");
    QCOMPARE(failed.status, 202);
    const QString failedImage = failed.object()
                                    .value(u"os-volume_upload_image"_s)
                                    .toObject()
                                    .value(u"image_id"_s)
                                    .toString();
    const auto synced = uploadVolume(m_cloud,
        m_token,
        u"v3"_s,
        BastionSys,
        R"({"os-volume_upload_image": {"image_name": "sync-bastion", "force": true}})");
    QCOMPARE(synced.status, 202);
    const QString syncedImage = synced.object()
                                    .value(u"os-volume_upload_image"_s)
                                    .toObject()
                                    .value(u"image_id"_s)
                                    .toString();
    const auto volumeStatus = [&](const QString &id) {
        return m_cloud.get(u"/v3/%1/volumes/%2"_s.arg(pid, id), m_token)
            .object()
            .value(u"volume"_s)
            .toObject()
            .value(u"status"_s)
            .toString();
    };
    // interfaces.md §5: fail- ends in Cinder error (and the image killed) ...
    QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(QueueSys), u"error"_s, 10000);
    QCOMPARE(
        m_cloud.get(u"/v2/images/"_s + failedImage, m_token).object().value(u"status"_s).toString(),
        u"killed"_s);
    // ... and sync- in an active image with FJcloud-O's sync_status_reason (seed 000).
    QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(BastionSys), u"in-use"_s, 10000);
    const QJsonObject image = m_cloud.get(u"/v2/images/"_s + syncedImage, m_token).object();
    QCOMPARE(image.value(u"status"_s).toString(), u"active"_s);
    QVERIFY(
        image.value(u"sync_status_reason"_s).toString().startsWith(u"ERROR:A timeout occurred"_s));
    QVERIFY(image.value(u"sync_status_reason"_s).toString().endsWith(u"image_id="_s + syncedImage));
    // Filters see the current status: the failed volume is listed under error.
    const QJsonArray errors = m_cloud.get(u"/v3/%1/volumes/detail?status=error"_s.arg(pid), m_token)
                                  .object()
                                  .value(u"volumes"_s)
                                  .toArray();
    QStringList names;
    for (const QJsonValue &v : errors)
        names << v.toObject().value(u"name"_s).toString();
    QVERIFY(names.contains(u"queue-06-sys"_s));
}

// --- Control endpoint ------------------------------------------------------------------------

void tst_DemoCloud::requestsAreRecordedInOrder()
{
    const QString servers = u"/v2.1/%1/servers/detail"_s.arg(m_cloud.projectId());
    m_cloud.get(u"/v3"_s);
    m_cloud.get(servers + u"?limit=2"_s, m_token);
    m_cloud.get(servers, u"gAAAAAbogus"_s);
    m_cloud.post(u"/v3/auth/tokens"_s, passwordAuth(u"demo"_s, u"demo"_s, u"demo"_s));
    m_cloud.post(u"/v2/cloudimages/action"_s,
        {{u"name"_s, u" bad"_s}, {u"instance_id"_s, SeedEcs}},
        m_token);
    m_cloud.get(u"/__demo/jobs"_s); // control calls are not recorded

    const QJsonArray calls = m_cloud.requests();
    QCOMPARE(calls.size(), 5);
    QStringList seen;
    int previous = 0;
    for (const QJsonValue &value : calls) {
        const QJsonObject call = value.toObject();
        QVERIFY(call.value(u"seq"_s).toInt() > previous);
        previous = call.value(u"seq"_s).toInt();
        seen << u"%1 %2 %3 %4 %5"_s
                    .arg(call.value(u"method"_s).toString(),
                        call.value(u"path"_s).toString(),
                        call.value(u"query"_s).toString(),
                        call.value(u"auth"_s).toString())
                    .arg(call.value(u"status"_s).toInt());
    }
    QCOMPARE(seen,
        (QStringList{u"GET /v3  missing 200"_s,
            u"GET %1 limit=2 valid 200"_s.arg(servers),
            u"GET %1  invalid 401"_s.arg(servers),
            u"POST /v3/auth/tokens  missing 201"_s,
            u"POST /v2/cloudimages/action  valid 400"_s}));
    QVERIFY(calls.at(0).toObject().value(u"body"_s).isNull());
    // Bodies are parsed JSON, with the password hidden.
    const QJsonObject user = calls.at(3)
                                 .toObject()
                                 .value(u"body"_s)
                                 .toObject()
                                 .value(u"auth"_s)
                                 .toObject()
                                 .value(u"identity"_s)
                                 .toObject()
                                 .value(u"password"_s)
                                 .toObject()
                                 .value(u"user"_s)
                                 .toObject();
    QCOMPARE(user.value(u"name"_s).toString(), u"demo"_s);
    QCOMPARE(user.value(u"password"_s).toString(), u"***"_s);
    QCOMPARE(
        calls.at(4).toObject().value(u"body"_s).toObject().value(u"name"_s).toString(), u" bad"_s);
    QCOMPARE(m_cloud.countRequests("GET", u"/v2.1/"_s), 2);
    m_cloud.clearRequests();
    QCOMPARE(m_cloud.requests().size(), 0);
}

void tst_DemoCloud::statusFaultWithRetryAfter()
{
    const QString servers = u"/v2.1/%1/servers/detail"_s.arg(m_cloud.projectId());
    QCOMPARE(
        m_cloud.send("POST", u"/__demo/faults"_s, R"({"kind": "explode", "path": "/"})").status,
        400);
    m_cloud.addFault({{u"method"_s, u"GET"_s},
        {u"path"_s, u"/v2.1/"_s},
        {u"match"_s, u"prefix"_s},
        {u"kind"_s, u"status"_s},
        {u"status"_s, 503},
        {u"retry_after"_s, u"1"_s},
        {u"count"_s, 1}});
    // Another method or path is not affected.
    QCOMPARE(m_cloud.get(u"/v3"_s).status, 200);
    const auto first = m_cloud.get(servers, m_token);
    QCOMPARE(first.status, 503);
    QCOMPARE(first.header("Retry-After"), "1");
    QCOMPARE(first.object().value(u"error"_s).toObject().value(u"code"_s).toInt(), 503);
    QCOMPARE(m_cloud.get(servers, m_token).status, 200); // count 1: used up
    QCOMPARE(
        m_cloud.send("GET", u"/__demo/faults"_s).object().value(u"faults"_s).toArray().size(), 0);

    // An exact match with a custom body, not executed: no job appears.
    const int jobsBefore = int(m_cloud.jobs().size());
    m_cloud.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, u"/v2/cloudimages/action"_s},
        {u"match"_s, u"exact"_s},
        {u"status"_s, 500},
        {u"body"_s, QJsonObject{{u"error_msg"_s, u"boom"_s}}}});
    const auto failed = m_cloud.post(u"/v2/cloudimages/action"_s,
        {{u"name"_s, u"never-made"_s}, {u"instance_id"_s, SeedEcs}},
        m_token);
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.object(), (QJsonObject{{u"error_msg"_s, u"boom"_s}}));
    QCOMPARE(int(m_cloud.jobs().size()), jobsBefore);
    const QJsonArray calls = m_cloud.requests();
    QCOMPARE(calls.last().toObject().value(u"status"_s).toInt(), 500);
}

void tst_DemoCloud::dropFaultExecutesAndCloses()
{
    m_cloud.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, u"/v2/cloudimages/action"_s},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"drop"_s},
        {u"count"_s, 1}});
    const QByteArray body =
        R"({"name": "dropped-answer", "instance_id": ")" + SeedEcs.toLatin1() + R"("})";
    const QByteArray request = "POST /v2/cloudimages/action HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/json\r\nX-Auth-Token: "
        + m_token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
    bool closed = false;
    const QByteArray answer =
        rawExchange(quint16(m_cloud.baseUrl().port()), request, 5000, &closed);
    QVERIFY(closed);
    QCOMPARE(answer, QByteArray()); // not a single byte
    // The request was read, recorded (status 0) and executed: the job exists.
    const QJsonArray calls = m_cloud.requests();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).toObject().value(u"status"_s).toInt(), 0);
    QCOMPARE(calls.at(0).toObject().value(u"body"_s).toObject().value(u"name"_s).toString(),
        u"dropped-answer"_s);
    bool found = false;
    for (const QJsonValue &job : m_cloud.jobs())
        found |= job.toObject().value(u"name"_s).toString() == u"dropped-answer";
    QVERIFY(found);
}

void tst_DemoCloud::holdFaultDelaysTheAnswer()
{
    m_cloud.addFault({{u"method"_s, u"GET"_s},
        {u"path"_s, u"/v3"_s},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 700}});
    QElapsedTimer timer;
    timer.start();
    const auto held = m_cloud.get(u"/v3"_s);
    QCOMPARE(held.status, 200);
    QVERIFY2(timer.elapsed() >= 650, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    QCOMPARE(m_cloud.get(u"/v3"_s).status, 200);
    QVERIFY(timer.elapsed() < 650);
    QCOMPARE(m_cloud.requests().first().toObject().value(u"status"_s).toInt(), 200);
}

void tst_DemoCloud::resetFaultCutsTheAnswer()
{
    // The head announcing the whole body, half the body, then the connection ends.
    m_cloud.addFault({{u"method"_s, u"GET"_s},
        {u"path"_s, u"/v3"_s},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"reset"_s}});
    bool closed = false;
    const QByteArray answer = rawExchange(
        quint16(m_cloud.baseUrl().port()), "GET /v3 HTTP/1.1\r\nHost: x\r\n\r\n", 5000, &closed);
    QVERIFY(closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    static const QRegularExpression length(u"\r\nContent-Length: (\\d+)\r\n"_s);
    const auto match = length.match(QString::fromLatin1(answer.left(headEnd + 2)));
    QVERIFY(match.hasMatch());
    const qsizetype announced = match.captured(1).toLongLong();
    QVERIFY(announced > 10);
    QCOMPARE(answer.size() - headEnd - 4, announced / 2);
    const QJsonArray calls = m_cloud.requests();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).toObject().value(u"status"_s).toInt(), 0); // never answered whole
    QVERIFY(calls.at(0).toObject().value(u"time_ms"_s).toInteger() >= 0);
    // The next request is answered whole.
    QCOMPARE(m_cloud.get(u"/v3"_s).status, 200);
}

void tst_DemoCloud::revokedTokensAreRefused()
{
    const QString servers = u"/v2.1/%1/servers/detail"_s.arg(m_cloud.projectId());
    const QString token = m_cloud.token();
    QCOMPARE(m_cloud.get(servers, token).status, 200);
    m_cloud.revokeTokens();
    QCOMPARE(m_cloud.get(servers, token).status, 401);
    QCOMPARE(m_cloud.requests().last().toObject().value(u"auth"_s).toString(), u"invalid"_s);
    m_token = m_cloud.token(); // a new token works at once
    QCOMPARE(m_cloud.get(servers, m_token).status, 200);
}

// --- HTTP and process ------------------------------------------------------------------------

void tst_DemoCloud::keepAlivePipeliningAndClose()
{
    // Three pipelined requests on one connection: answered in order; the last closes.
    const QByteArray request = "GET /v3 HTTP/1.1\r\nHost: x\r\n\r\n"
                               "GET /v2.1 HTTP/1.1\r\nHost: x\r\n\r\n"
                               "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    bool closed = false;
    const QByteArray answer =
        rawExchange(quint16(m_cloud.baseUrl().port()), request, 5000, &closed);
    QVERIFY(closed);
    QCOMPARE(answer.count("HTTP/1.1 200 OK\r\n"), 3);
    const qsizetype identity = answer.indexOf("{\"version\":{\"id\":\"v3.14\"");
    const qsizetype compute = answer.indexOf("{\"version\":{\"id\":\"v2.1\"");
    const qsizetype root = answer.indexOf("{\"versions\":[");
    QVERIFY(identity > 0 && compute > identity && root > compute);
    QCOMPARE(answer.count("Connection: close\r\n"), 1);

    // HTTP/1.0 without keep-alive closes after one answer.
    closed = false;
    const QByteArray old =
        rawExchange(quint16(m_cloud.baseUrl().port()), "GET /v3 HTTP/1.0\r\n\r\n", 5000, &closed);
    QVERIFY(closed);
    QVERIFY(old.startsWith("HTTP/1.1 200 OK\r\n"));

    // Expect: 100-continue gets its interim answer before the body is sent.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(m_cloud.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"kind": "hold", "path": "/nowhere", "hold_ms": 1})";
    socket.write(
        "POST /__demo/faults HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray interim;
    QTRY_VERIFY_WITH_TIMEOUT((interim += socket.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY(interim.startsWith("HTTP/1.1 100 Continue\r\n"));
    socket.write(body);
    QByteArray created;
    QTRY_VERIFY_WITH_TIMEOUT((created += socket.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY(created.startsWith("HTTP/1.1 201 Created\r\n"));
    m_cloud.clearFaults();
}

void tst_DemoCloud::refusesOversizedAndChunkedBodies()
{
    const QByteArray big(2 * 1024 * 1024, ' ');
    const auto tooBig = m_cloud.send(
        "POST", u"/v2/cloudimages/action"_s, big, {{"X-Auth-Token", m_token.toLatin1()}});
    QCOMPARE(tooBig.status, 413);
    bool closed = false;
    const QByteArray chunked = rawExchange(quint16(m_cloud.baseUrl().port()),
        "POST /v3/auth/tokens HTTP/1.1\r\nHost: x\r\n"
        "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        5000,
        &closed);
    QVERIFY(closed);
    QVERIFY(chunked.startsWith("HTTP/1.1 501 Not Implemented\r\n"));
    closed = false;
    const QByteArray garbage =
        rawExchange(quint16(m_cloud.baseUrl().port()), "HELLO\r\n\r\n", 5000, &closed);
    QVERIFY(closed);
    QVERIFY(garbage.startsWith("HTTP/1.1 400 Bad Request\r\n"));
}

void tst_DemoCloud::tokenExpires()
{
    DemoCloudProcess cloud;
    cloud.setTokenSeconds(1);
    QVERIFY(cloud.start());
    const QString servers = u"/v2.1/%1/servers/detail"_s.arg(cloud.projectId());
    // A token lasts 1 s: a loaded machine (or a clock step) can take that long between the
    // token and its first use, so a fresh one is asked for again until one is seen valid.
    QString token;
    QTRY_COMPARE_WITH_TIMEOUT(cloud.get(servers, token = cloud.token()).status, 200, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cloud.get(servers, token).status, 401, 10000);
    QCOMPARE(cloud.requests().last().toObject().value(u"auth"_s).toString(), u"expired"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cloud.get(servers, cloud.token()).status, 200, 10000);
}

void tst_DemoCloud::stateSurvivesARestart()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    DemoCloudProcess cloud;
    cloud.setStateDir(dir.path());
    cloud.setJobSeconds(600);
    QVERIFY(cloud.start());
    const QJsonArray history = cloud.sampleHistory();
    QCOMPARE(history.size(), 4);
    const QString token = cloud.token();
    const QString jobId =
        createJob(cloud, token, {{u"name"_s, u"kept"_s}, {u"instance_id"_s, SeedEcs}})
            .value(u"job_id"_s)
            .toString();
    QVERIFY(!jobId.isEmpty());
    cloud.stop();
    QVERIFY(!cloud.isRunning());
    QVERIFY(QFile::exists(dir.filePath(u"state.json"_s)));

    QVERIFY(cloud.start());
    QCOMPARE(cloud.sampleHistory(), history); // kept, not seeded again
    const QString fresh = cloud.token();      // tokens are not persisted
    QCOMPARE(cloud.get(u"/v2.1/%1/servers"_s.arg(cloud.projectId()), token).status, 401);
    const QJsonObject job = progress(cloud, fresh, jobId);
    QCOMPARE(job.value(u"job_id"_s).toString(), jobId);
    QCOMPARE(job.value(u"status"_s).toString(), u"INIT"_s);
    QCOMPARE(int(cloud.jobs().size()), 5);
}

void tst_DemoCloud::commandLine()
{
    const auto run = [](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess process;
        process.start(DemoCloudProcess::executablePath(), arguments);
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
            return -1;
        }
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QByteArray out;
    QByteArray err;
    // A taken port: the running cloud's.
    const int taken = run({u"--port"_s, QString::number(m_cloud.baseUrl().port())}, &out, &err);
    QVERIFY(taken != 0 && taken != -1);
    QVERIFY(out.isEmpty());
    QVERIFY(err.contains("cannot listen"));
    QCOMPARE(run({u"--job-seconds"_s, u"soon"_s}, &out, &err), 2);
    QCOMPARE(run({u"--port"_s, u"70000"_s}, &out, &err), 2);
    QCOMPARE(run({u"--token-seconds"_s, u"0"_s}, &out, &err), 2);
    QCOMPARE(run({u"--no-such-option"_s}, &out, &err), 2);
    QCOMPARE(run({u"--help"_s}, &out, &err), 0);
    QVERIFY(out.contains("--state-dir"));
}

QTEST_GUILESS_MAIN(tst_DemoCloud)
#include "tst_democloud.moc"
