// `imagewright submit` against the real services (label peers): the request files the wizard's
// review page writes for nova-create-image, glance-create-upload and cinder-upload-to-image, sent
// headless with the harness's OS_* environment (what `source openrc` gives), followed to the end
// with --wait; and Nova's 409 for a second create while a snapshot runs, reported with exit
// code 1.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "create/cinderuploadrequest.h"
#include "create/glancecreaterequest.h"
#include "create/novacreateimagerequest.h"
#include "create/requestfile.h"
#include "peerssupport.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_PeersSubmit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void waitPrintsTheImageId();
    void secondCreateWhileSnapshottingIsRefused();
    void applicationCredentialFromTheEnvironment();
    void glanceCreateUploadWaitPrintsTheImageId();
    void cinderUploadToImageWaitPrintsTheImageId();

private:
    /// The image ID of a `--wait` run's "image_id=" line; empty when there is none or it is no
    /// UUID.
    static QString imageIdOf(const Run &r);
    /// The request file as ReviewPage::requestFile() builds it for method 5.
    QString writeRequest(const QString &serverId, const QString &name);
    QProcessEnvironment environment() const;
    Run submit(const QStringList &arguments, int timeoutMs);
    Run submit(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs);

    std::optional<PeersEnv> m_env;
    std::unique_ptr<PeersRest> m_rest;
    std::unique_ptr<TestDir> m_home;
    QString m_server;
    QString m_slowServer;
};

void tst_PeersSubmit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    m_rest = std::make_unique<PeersRest>(*m_env);
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
    m_server = m_rest->createServer(u"iw-submit-quick"_s, {}, &why);
    QVERIFY2(!m_server.isEmpty(), qPrintable(why));
    m_slowServer =
        m_rest->createServer(u"iw-submit-slow"_s, {{u"iw_snapshot_delay"_s, u"15"_s}}, &why);
    QVERIFY2(!m_slowServer.isEmpty(), qPrintable(why));
}

QString tst_PeersSubmit::writeRequest(const QString &serverId, const QString &name)
{
    NovaCreateImageRequest request;
    request.serverId = serverId;
    request.name = name;
    request.metadata = {{u"purpose"_s, u"headless"_s}};
    RequestFile file;
    file.method = CreationMethod::NovaCreateImage;
    file.params = QJsonObject{{u"server_id"_s, request.serverId}};
    file.body = request.toBody();
    const QString path = m_home->filePath(RequestFile::suggestedFileName(name));
    QString error;
    if (!file.save(path, &error))
        qWarning("request file not written: %s", qPrintable(error));
    return path;
}

QProcessEnvironment tst_PeersSubmit::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OS_"))
            env.remove(key);
    }
    const QString home = m_home->path();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, home + u"/state"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(m_env->osEnvironment());
    return env;
}

Run tst_PeersSubmit::submit(const QStringList &arguments, int timeoutMs)
{
    return submit(arguments, environment(), timeoutMs);
}

Run tst_PeersSubmit::submit(
    const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IW_IMAGEWRIGHT_PATH), QStringList{u"submit"_s} + arguments);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = u"imagewright submit did not end in time"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString tst_PeersSubmit::imageIdOf(const Run &r)
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"image_id=") && uuid.match(line.mid(9)).hasMatch())
            return line.mid(9);
    }
    return {};
}

void tst_PeersSubmit::waitPrintsTheImageId()
{
    const QString name = u"iw-headless-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString file = writeRequest(m_server, name);
    // The auth URL is on loopback, which the family guess takes for the demo cloud: say it.
    const Run r = submit(
        {file, u"--wait"_s, u"--timeout"_s, u"120"_s, u"--family"_s, u"openstack"_s}, 180000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(u"status=succeeded"_s), qPrintable(r.out));
    QString imageId;
    for (const QString &line : lines) {
        if (line.startsWith(u"image_id="))
            imageId = line.mid(9);
    }
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    QVERIFY2(uuid.match(imageId).hasMatch(), qPrintable(r.out));
    QVERIFY(r.out.contains(u"job_id="_s));
    QVERIFY(!r.err.contains(m_env->demoPassword())); // never echoed

    // That image really exists, finished, made from the server, named as the file says.
    const PeersReply image = m_rest->glanceImage(imageId);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.json.value(u"name"_s).toString(), name);
    QCOMPARE(image.json.value(u"instance_uuid"_s).toString(), m_server);
    QCOMPARE(image.json.value(u"purpose"_s).toString(), u"headless"_s);
    QVERIFY(!image.json.value(u"imagewright_op"_s).toString().isEmpty()); // the marker
}

void tst_PeersSubmit::secondCreateWhileSnapshottingIsRefused()
{
    const QString first = writeRequest(m_slowServer, u"iw-headless-first"_s);
    const Run accepted = submit({first, u"--family"_s, u"openstack"_s}, 60000);
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QVERIFY(accepted.out.contains(u"job_id="_s));

    const QString second = writeRequest(m_slowServer, u"iw-headless-second"_s);
    const Run refused = submit({second, u"--wait"_s, u"--family"_s, u"openstack"_s}, 60000);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"task_state"_s), qPrintable(refused.err)); // Nova's message
    QVERIFY(!refused.out.contains(u"image_id="_s));
}

void tst_PeersSubmit::applicationCredentialFromTheEnvironment()
{
    // An openrc for an application credential: no password, no project (Keystone scopes the
    // token to the credential's project).
    const QUrl url(m_env->value("OS_AUTH_URL") + u"/users/"_s
        + m_env->value("IW_PEERS_DEMO_USER_ID") + u"/application_credentials"_s);
    const PeersReply created = m_rest->call("POST",
        url,
        QJsonObject{{u"application_credential"_s,
            QJsonObject{{u"name"_s,
                QString(u"iw-submit-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))}}}},
        m_rest->token());
    QCOMPARE(created.status, 201);
    const QJsonObject cred = created.json.value(u"application_credential"_s).toObject();
    const QString secret = cred.value(u"secret"_s).toString();
    QVERIFY(!secret.isEmpty());

    QProcessEnvironment env = environment();
    for (const char *key :
        {"OS_USERNAME", "OS_PASSWORD", "OS_PROJECT_NAME", "OS_PROJECT_DOMAIN_NAME"})
        env.remove(QString::fromLatin1(key));
    env.insert(u"OS_AUTH_TYPE"_s, u"v3applicationcredential"_s);
    env.insert(u"OS_APPLICATION_CREDENTIAL_ID"_s, cred.value(u"id"_s).toString());
    env.insert(u"OS_APPLICATION_CREDENTIAL_SECRET"_s, secret);
    const QString name = u"iw-appcred-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Run r = submit(
        {writeRequest(m_server, name), u"--wait"_s, u"--family"_s, u"openstack"_s}, env, 180000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"status=succeeded"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"image_id="_s));
    QVERIFY(!r.err.contains(secret));
    QVERIFY(!r.out.contains(secret));
}

void tst_PeersSubmit::glanceCreateUploadWaitPrintsTheImageId()
{
    // The file to upload, and the request file as ReviewPage::requestFile() builds it for
    // method 7 (RequestFile::fromGlance: the file's path in params, the body without an id).
    const QString data = m_home->filePath(u"disk.raw"_s);
    QByteArray bytes(24 * 1024 * 1024 + 5, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 31 + i / 4093) & 0xff);
    {
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    const QString name =
        u"iw-headless-glance-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    GlanceCreateRequest request;
    request.flavour = GlanceCreateRequest::flavourFor(CloudFamily::OpenStack);
    request.name = name;
    request.diskFormat = u"raw"_s;
    request.containerFormat = u"bare"_s;
    request.tags = {u"headless"_s};
    QVERIFY(request.validate().isEmpty());
    const RequestFile file = RequestFile::fromGlance(request, data);
    const QString path = m_home->filePath(RequestFile::suggestedFileName(name));
    QString error;
    QVERIFY2(file.save(path, &error), qPrintable(error));

    const Run r = submit(
        {path, u"--wait"_s, u"--timeout"_s, u"240"_s, u"--family"_s, u"openstack"_s}, 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.split(u'\n').contains(u"status=succeeded"_s), qPrintable(r.out));
    const QString imageId = imageIdOf(r);
    QVERIFY2(!imageId.isEmpty(), qPrintable(r.out));
    QVERIFY(!r.err.contains(m_env->demoPassword()));
    // stderr: the upload's progress, then that it is uploaded; no status line repeats the
    // upload's percentage for the queued image.
    QVERIFY2(r.err.contains(u"Image file uploaded"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"queued 100%"_s), qPrintable(r.err));

    const PeersReply image = m_rest->glanceImage(imageId);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.json.value(u"name"_s).toString(), name);
    QCOMPARE(image.json.value(u"size"_s).toInteger(), bytes.size());
    QCOMPARE(image.json.value(u"checksum"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()));
    QCOMPARE(image.json.value(u"os_hash_value"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex()));
}

void tst_PeersSubmit::cinderUploadToImageWaitPrintsTheImageId()
{
    QString why;
    const QString volumeId = m_rest->createVolume(u"iw-headless-volume"_s, 1, &why);
    QVERIFY2(!volumeId.isEmpty(), qPrintable(why));
    // The request file as ReviewPage::requestFile() builds it for method 6.
    CinderUploadRequest request;
    request.volumeId = volumeId;
    request.imageName =
        u"iw-headless-cinder-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    RequestFile file;
    file.method = CreationMethod::CinderUploadToImage;
    file.params = QJsonObject{{u"volume_id"_s, request.volumeId}};
    file.body = request.toBody();
    const QString path = m_home->filePath(RequestFile::suggestedFileName(request.imageName));
    QString error;
    QVERIFY2(file.save(path, &error), qPrintable(error));

    const Run r = submit(
        {path, u"--wait"_s, u"--timeout"_s, u"240"_s, u"--family"_s, u"openstack"_s}, 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.split(u'\n').contains(u"status=succeeded"_s), qPrintable(r.out));
    const QString imageId = imageIdOf(r);
    QVERIFY2(!imageId.isEmpty(), qPrintable(r.out));

    const PeersReply image = m_rest->glanceImage(imageId);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.json.value(u"name"_s).toString(), request.imageName);
    QCOMPARE(image.json.value(u"size"_s).toInteger(), 1024LL * 1024 * 1024);
    const PeersReply volume = m_rest->volume(volumeId);
    QCOMPARE(
        volume.json.value(u"volume"_s).toObject().value(u"status"_s).toString(), u"available"_s);
}

IW_PEERS_TEST_MAIN(tst_PeersSubmit)
#include "tst_peerssubmit.moc"
