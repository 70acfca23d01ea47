// Method 6 (Cinder os-volume_upload_image) through the core's JobMonitor against the real Cinder
// and Glance (label peers; the volume driver keeps each volume as a sparse file, see
// tests/peers/iw_cinder_driver.py): an available volume made here is uploaded, the job follows
// the volume (uploading → available) and the image to active, and the image holds the volume's
// bytes; a volume attached to a server through Nova (in-use) is refused without force, with
// Cinder's own message, and nothing is tracked or created.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/cinderuploadrequest.h"
#include "jobs/jobmonitor.h"
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

constexpr qint64 GiB = 1024LL * 1024 * 1024;

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

/// MD5 of `bytes` zero bytes: what a new (sparse) volume holds.
QString zerosMd5(qint64 bytes)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    const QByteArray block(4 * 1024 * 1024, '\0');
    for (qint64 done = 0; done < bytes; done += block.size())
        md5.addData(
            QByteArrayView(block.constData(), std::min<qint64>(block.size(), bytes - done)));
    return QString::fromLatin1(md5.result().toHex());
}

} // namespace

class tst_PeersCinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void availableVolumeIsUploadedToAnActiveImage();
    void inUseVolumeWithoutForceIsRefused();

private:
    std::unique_ptr<JobMonitor> makeMonitor();
    Outcome submit(JobMonitor &monitor, const CinderUploadRequest &request);
    /// The images of the demo project called `name`.
    QJsonArray imagesNamed(const QString &name);

    std::optional<PeersEnv> m_env;
    std::unique_ptr<PeersRest> m_rest;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
};

void tst_PeersCinder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    m_rest = std::make_unique<PeersRest>(*m_env);
}

void tst_PeersCinder::init()
{
    m_dir = std::make_unique<TestDir>();
    m_session.reset();
    m_client = std::make_unique<RestClient>();
    m_session = std::make_unique<CloudSession>(m_client.get(), m_env->demoProfile());
    m_session->auth()->setPassword(m_env->demoPassword());
}

std::unique_ptr<JobMonitor> tst_PeersCinder::makeMonitor()
{
    auto monitor = std::make_unique<JobMonitor>(JobStore(m_dir->filePath(u"jobs.sqlite"_s)));
    PollPolicy policy;
    policy.first = 1000ms;
    policy.minimum = 500ms;
    policy.maximum = 3000ms;
    policy.predictedMaximum = 3000ms;
    monitor->setPollPolicy(policy);
    monitor->setSessionResolver([this](const QString &) { return m_session.get(); });
    return monitor;
}

Outcome tst_PeersCinder::submit(JobMonitor &monitor, const CinderUploadRequest &request)
{
    Outcome out;
    monitor.submitCinder(m_session.get(),
        request.volumeId,
        request.imageName,
        request.toBody(),
        this,
        [&out](const ApiError &e, const QString &id) {
            out.called = true;
            out.error = e;
            out.localId = id;
        });
    static_cast<void>(QTest::qWaitFor([&out] { return out.called; }, 60000));
    return out;
}

QJsonArray tst_PeersCinder::imagesNamed(const QString &name)
{
    const PeersReply list = m_rest->call("GET",
        QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images?name="_s + name),
        {},
        m_rest->token());
    if (list.status != 200)
        qWarning("image list: HTTP %d %s", list.status, list.body.constData());
    return list.json.value(u"images"_s).toArray();
}

void tst_PeersCinder::availableVolumeIsUploadedToAnActiveImage()
{
    QString why;
    const QString volumeId = m_rest->createVolume(u"iw-cinder-src-"_s + shortId(), 1, &why);
    QVERIFY2(!volumeId.isEmpty(), qPrintable(why));

    auto monitor = makeMonitor();
    QSignalSpy finished(monitor.get(), &JobMonitor::jobFinished);
    CinderUploadRequest request;
    request.volumeId = volumeId;
    request.imageName = u"iw-cinder-"_s + shortId();
    QVERIFY(request.validateFor(CloudFamily::OpenStack, true).isEmpty());
    const Outcome out = submit(*monitor, request);
    QVERIFY(out.called);
    QVERIFY2(!out.error, qPrintable(out.error.userMessage()));
    const int row = monitor->rowOf(out.localId);
    QVERIFY(row >= 0);
    const QString imageId = [&] {
        const JobRecord &r = monitor->at(row);
        return r.imageIds.isEmpty() ? QString() : r.imageIds.first();
    }();
    QVERIFY2(!imageId.isEmpty(), qPrintable(describeJob(monitor->at(row))));
    QCOMPARE(monitor->at(row).volumeId, volumeId);
    QCOMPARE(monitor->at(row).volumeStatus, u"uploading"_s); // Cinder's answer

    QVERIFY2(QTest::qWaitFor([&] { return monitor->at(row).isTerminal(); }, 240000),
        qPrintable(describeJob(monitor->at(row))));
    const JobRecord &r = monitor->at(row);
    QVERIFY2(r.state == JobState::Succeeded, qPrintable(describeJob(r)));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(r.volumeStatus, u"available"_s);
    QCOMPARE(r.cloudStatus, u"active"_s);

    // What the services hold: the volume back to available, the image active with its bytes.
    const PeersReply volume = m_rest->volume(volumeId);
    QCOMPARE(
        volume.json.value(u"volume"_s).toObject().value(u"status"_s).toString(), u"available"_s);
    const PeersReply image = m_rest->glanceImage(imageId);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.json.value(u"name"_s).toString(), request.imageName);
    QCOMPARE(image.json.value(u"disk_format"_s).toString(), u"raw"_s);
    QCOMPARE(image.json.value(u"container_format"_s).toString(), u"bare"_s);
    QCOMPARE(image.json.value(u"size"_s).toInteger(), GiB);
    QCOMPARE(image.json.value(u"checksum"_s).toString(), zerosMd5(GiB));
    QCOMPARE(imagesNamed(request.imageName).size(), 1);
}

void tst_PeersCinder::inUseVolumeWithoutForceIsRefused()
{
    QString why;
    const QString volumeId = m_rest->createVolume(u"iw-cinder-attached-"_s + shortId(), 1, &why);
    QVERIFY2(!volumeId.isEmpty(), qPrintable(why));
    const QString serverId = m_rest->createServer(u"iw-cinder-server"_s, {}, &why);
    QVERIFY2(!serverId.isEmpty(), qPrintable(why));
    // Attached through Nova, as an operator would: the volume becomes in-use.
    const PeersReply attached = m_rest->call("POST",
        QUrl(m_env->value("IW_PEERS_NOVA_URL") + u"/servers/"_s + serverId
            + u"/os-volume_attachments"_s),
        QJsonObject{{u"volumeAttachment"_s, QJsonObject{{u"volumeId"_s, volumeId}}}},
        m_rest->token());
    QVERIFY2(attached.status == 200, attached.body.constData());
    QVERIFY2(m_rest->waitForVolume(volumeId, u"in-use"_s, 90, &why), qPrintable(why));

    auto monitor = makeMonitor();
    CinderUploadRequest request;
    request.volumeId = volumeId;
    request.imageName = u"iw-cinder-inuse-"_s + shortId();
    const Outcome out = submit(*monitor, request);
    QVERIFY(out.called);
    QVERIFY(out.error);
    QCOMPARE(out.error.httpStatus, 400);
    // Cinder's own words, e.g. "Invalid volume: Volume ... status must be available".
    QVERIFY2(out.error.userMessage().contains(u"status must be available"_s),
        qPrintable(out.error.userMessage()));
    QVERIFY(out.localId.isEmpty()); // refused: nothing tracked
    QCOMPARE(monitor->count(), 0);
    QCOMPARE(imagesNamed(request.imageName).size(), 0);
    const PeersReply volume = m_rest->volume(volumeId);
    QCOMPARE(volume.json.value(u"volume"_s).toObject().value(u"status"_s).toString(), u"in-use"_s);
}

IW_PEERS_TEST_MAIN(tst_PeersCinder)
#include "tst_peerscinder.moc"
