// Method 5 (Nova createImage) through the core against the demo cloud: RestClient and
// CloudSession discover the microversion, send exactly one create, read the image ID from the
// Location header (2.1) or the body (2.45), follow the server's task_state and the Glance image
// to active, show Nova's 409 message, and see a failed snapshot purged (404).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/novacreateimagerequest.h"
#include "model/glanceimage.h"
#include "model/novaserver.h"
#include "model/novaversion.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "support/democloudprocess.h"
#include "support/demosession.h"
#include "support/phases.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

// docs/democloud.md fixtures
const QString WebServer = u"4a849858-3370-5f36-af9d-ff4e9f012a74"_s;     // web-01, ACTIVE
const QString AppServer = u"034c4558-cc3b-5364-b47f-b596df68ac96"_s;     // app-04, ACTIVE
const QString QueueServer = u"5062e3d2-50a1-5009-8c4d-394ecf4bd1df"_s;   // queue-06, ACTIVE
const QString BastionServer = u"c281e9f3-0502-5dfd-8f7a-0585076c1cf0"_s; // bastion-12, ACTIVE
const QString BrokenServer = u"f6fa3d6f-2414-5021-bf2c-3c3df17335ff"_s;  // broken-03, ERROR

/// Waits for a started job (autoDelete off, so the caller owns it).
std::unique_ptr<RestJob> finished(RestJob *job)
{
    job->setAutoDelete(false);
    std::unique_ptr<RestJob> owned(job);
    if (!job->isFinished()) {
        QSignalSpy done(job, &RestJob::finished);
        if (!done.wait(15000))
            qWarning("job did not finish in time");
    }
    return owned;
}

} // namespace

class tst_NovaFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void discoversTheMicroversion();
    void createAt21ReadsTheLocation();
    void createAtHighestReadsTheBodyAndFollows();
    void conflictShowsNovasMessage();
    void failedSnapshotIsPurged();

private:
    NovaMicroversion discover();
    /// One create; the image ID per the microversion, or an empty string with `error` set.
    QString create(const NovaCreateImageRequest &r,
        NovaMicroversion version,
        ApiError *error,
        const QString &marker = QUuid::createUuid().toString(QUuid::WithoutBraces));
    std::optional<GlanceImage> image(const QString &imageId, ApiError *error);
    QString taskState(const QString &serverId);

    DemoCloudProcess m_demo;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
};

void tst_NovaFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo.setJobSeconds(1.5);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_NovaFlow::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_session.reset();
    m_client = std::make_unique<RestClient>(DemoSession::fastRetries());
    m_session = DemoSession::open(m_client.get(), CloudProfile::demo(m_demo.authUrl()));
}

NovaMicroversion tst_NovaFlow::discover()
{
    const auto job = finished(m_session->novaVersions(this));
    if (job->error()) {
        qWarning().noquote() << "version discovery failed:" << job->error().message;
        return {};
    }
    QString why;
    const auto version = NovaVersion::fromJson(job->json().object(), &why);
    if (!version) {
        qWarning().noquote() << "unreadable version document:" << why;
        return {};
    }
    return version->choose();
}

QString tst_NovaFlow::create(const NovaCreateImageRequest &r,
    NovaMicroversion version,
    ApiError *error,
    const QString &marker)
{
    const auto job =
        finished(m_session->createNovaImage(r.serverId, r.toBodyWithMarker(marker), version, this));
    *error = job->error();
    if (job->error())
        return QString();
    QString why;
    const auto id = NovaCreateImageRequest::imageIdFromCreateResponse(
        version, job->header("Location"), job->body(), &why);
    if (!id)
        qWarning().noquote() << why;
    return id.value_or(QString());
}

std::optional<GlanceImage> tst_NovaFlow::image(const QString &imageId, ApiError *error)
{
    const auto job = finished(m_session->glanceImage(imageId, this));
    *error = job->error();
    if (job->error())
        return std::nullopt;
    return GlanceImage::fromJson(job->json().object());
}

QString tst_NovaFlow::taskState(const QString &serverId)
{
    const auto job = finished(m_session->server(serverId, this));
    if (job->error())
        return u"(error)"_s;
    const auto server = NovaServer::fromJson(job->json().object().value(u"server"_s).toObject());
    if (!server)
        return u"(unreadable)"_s;
    return server->taskState.isEmpty() ? u"null"_s : server->taskState;
}

void tst_NovaFlow::discoversTheMicroversion()
{
    const auto job = finished(m_session->novaVersions(this));
    QVERIFY2(!job->error(), qPrintable(job->error().message));
    // The catalog's compute URL is .../v2.1/{project_id}; the document is at .../v2.1.
    QCOMPARE(job->request().url.path(), u"/v2.1"_s);
    const auto version = NovaVersion::fromJson(job->json().object());
    QVERIFY(version);
    QCOMPARE(version->id, u"v2.1"_s);
    QCOMPARE(version->maxVersion, (NovaMicroversion{2, 93}));
    QCOMPARE(version->minVersion, (NovaMicroversion{2, 1}));
    QCOMPARE(version->choose(), NovaImageIdInBody); // capped at what we rely on
}

void tst_NovaFlow::createAt21ReadsTheLocation()
{
    NovaCreateImageRequest r;
    r.serverId = WebServer;
    r.name = u"web-01-at-2.1"_s;
    r.metadata = {{u"ImageType"_s, u"Gold"_s}};
    QVERIFY(r.validate().isEmpty());
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ApiError error;
    const QString imageId = create(r, NovaMicroversion{2, 1}, &error, marker);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    QVERIFY(!QUuid::fromString(imageId).isNull());

    // Exactly one POST, with the operator's body plus only the marker.
    QCOMPARE(m_demo.countRequests("POST", u"/v2.1/"_s), 1);
    QJsonObject sent;
    const QJsonArray recorded = m_demo.requests();
    for (const QJsonValue &v : recorded) {
        if (v.toObject().value(u"method"_s).toString() == u"POST"
            && v.toObject().value(u"path"_s).toString().startsWith(u"/v2.1/"_s))
            sent = v.toObject().value(u"body"_s).toObject();
    }
    QCOMPARE(sent, r.toBodyWithMarker(marker));

    ApiError imageError;
    const auto created = image(imageId, &imageError);
    QVERIFY2(created, qPrintable(imageError.message));
    QCOMPARE(created->name, r.name);
    QCOMPARE(created->properties.value(u"imagewright_op"_s), marker);
    QCOMPARE(created->properties.value(u"ImageType"_s), u"Gold"_s);
    QCOMPARE(created->properties.value(u"instance_uuid"_s), WebServer);
}

void tst_NovaFlow::createAtHighestReadsTheBodyAndFollows()
{
    const NovaMicroversion version = discover();
    QCOMPARE(version, (NovaMicroversion{2, 45}));
    NovaCreateImageRequest r;
    r.serverId = AppServer;
    r.name = u"app-04-\u00e9t\u00e9"_s; // multi-byte UTF-8 goes through unchanged
    ApiError error;
    const QString imageId = create(r, version, &error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    QVERIFY(!QUuid::fromString(imageId).isNull());
    QCOMPARE(m_demo.countRequests("POST", u"/v2.1/"_s), 1);

    QStringList phases;
    QList<GlanceImage::Status> statuses;
    std::optional<GlanceImage> last;
    const auto poll = [&] {
        const QString state = taskState(AppServer);
        if (phases.isEmpty() || phases.last() != state)
            phases << state;
        ApiError e;
        last = image(imageId, &e);
        if (last && (statuses.isEmpty() || statuses.last() != last->status))
            statuses << last->status;
        return last && last->isTerminal() && state == u"null";
    };
    QTRY_VERIFY_WITH_TIMEOUT(poll(), 15000);
    QCOMPARE(last->status, GlanceImage::Status::Active);
    QCOMPARE(last->name, r.name);
    QVERIFY(last->size.value_or(0) > 0);
    QCOMPARE(last->osHashAlgo, u"sha512"_s);
    QVERIFY(!last->osHashValue.isEmpty());
    QCOMPARE(last->properties.value(u"image_type"_s), u"snapshot"_s);
    // api-facts §1.6: the task_state phases, in order, then none (a 0.5 s phase may pass
    // between two polls of a loaded machine: support/phases.h).
    QVERIFY2(followsInOrder<QString>(phases,
                 {u"image_snapshot"_s, u"image_pending_upload"_s, u"image_uploading"_s, u"null"_s}),
        qPrintable(phases.join(u' ')));
    QVERIFY(followsInOrder<GlanceImage::Status>(statuses,
        {GlanceImage::Status::Queued, GlanceImage::Status::Saving, GlanceImage::Status::Active}));
    QCOMPARE(m_demo.countRequests("POST", u"/v2.1/"_s), 1); // polling never re-sends
}

void tst_NovaFlow::conflictShowsNovasMessage()
{
    NovaCreateImageRequest r;
    r.serverId = QueueServer;
    r.name = u"queue-06-first"_s;
    ApiError error;
    QVERIFY(!create(r, NovaImageIdInBody, &error).isEmpty());
    QVERIFY(!error);
    r.name = u"queue-06-second"_s;
    QVERIFY(create(r, NovaImageIdInBody, &error).isEmpty());
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 409);
    QCOMPARE(error.message,
        u"Cannot 'createImage' instance %1 while it is in task_state image_snapshot"_s.arg(
            QueueServer));
    QVERIFY(!error.outcomeUnknown()); // refused: nothing to reconcile
    QVERIFY(error.userMessage().contains(error.message));
    // A server in ERROR (seed 001: cannot be used to create an image).
    r.serverId = BrokenServer;
    QVERIFY(create(r, NovaImageIdInBody, &error).isEmpty());
    QCOMPARE(error.httpStatus, 409);
    QCOMPARE(error.message,
        u"Cannot 'createImage' instance %1 while it is in vm_state error"_s.arg(BrokenServer));
    // Each create went out once, the refused ones too.
    QCOMPARE(m_demo.countRequests("POST", u"/v2.1/"_s), 3);
}

void tst_NovaFlow::failedSnapshotIsPurged()
{
    NovaCreateImageRequest r;
    r.serverId = BastionServer;
    r.name = u"fail-bastion"_s;
    ApiError error;
    const QString imageId = create(r, NovaMicroversion{2, 1}, &error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    QVERIFY(!imageId.isEmpty());
    // "If the request fails due to an error on OpenStack Compute service, the image is purged"
    // (api-facts §1.6): the poll gets 404, which means failure.
    ApiError imageError;
    QTRY_VERIFY_WITH_TIMEOUT(!image(imageId, &imageError) && imageError.httpStatus == 404, 15000);
    QCOMPARE(imageError.kind, ApiError::Kind::Http);
    QCOMPARE(taskState(BastionServer), u"null"_s);
    QCOMPARE(m_demo.countRequests("POST", u"/v2.1/"_s), 1);
}

QTEST_GUILESS_MAIN(tst_NovaFlow)
#include "tst_novaflow.moc"
