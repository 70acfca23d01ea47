// The demo cloud's OBS stand-in (docs/democloud.md, "Object storage") with the real
// `imagewright obs` commands as an operator runs them (the executable as a child process, keys
// in OBS_* variables, a private home), plus the stand-in's own rules checked with raw signed
// requests: Content-MD5, part order and ETags, the minimum part size, ListParts paging, errors.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include "cloud/profilestore.h"
#include "obs/sigv4signer.h"
#include "support/canary.h"
#include "support/clirun.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QString Bucket = u"imagewright-demo"_s;

/// A file of `size` bytes from a seeded generator (the same every run).
bool makeFile(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4) {
        const quint32 v = random.generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    return f.write(bytes) == bytes.size();
}

/// The multipart ETag of `path` cut in `partSize` parts, computed here with Qt's MD5.
QString expectedEtag(const QString &path, qint64 partSize)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray md5s;
    int parts = 0;
    while (!f.atEnd()) {
        md5s += QCryptographicHash::hash(f.read(partSize), QCryptographicHash::Md5);
        ++parts;
    }
    return QString::fromLatin1(QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex())
        + u'-' + QString::number(parts);
}

QHash<QString, QString> keyValues(const QString &out)
{
    QHash<QString, QString> values;
    for (const QString &line : out.split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

/// The text of the first <name> element of an XML body.
QString xmlText(const QByteArray &body, const QString &name)
{
    const QString text = QString::fromUtf8(body);
    const qsizetype start = text.indexOf(u'<' + name + u'>');
    if (start < 0)
        return {};
    const qsizetype from = start + name.size() + 2;
    return text.mid(from, text.indexOf(u"</"_s + name + u'>', from) - from);
}

} // namespace

class tst_DemoObs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lsListsBucketsWithRegionAndClass();
    void lsListsObjectsAndFolders();
    void multipartPutWithSmallParts();
    void killedPutResumesAndUploadsAbort();
    void wrongSecretExitsThree();
    void unknownKeyAndTemporaryKeyToken();
    void faultOnObsPathIsRetried();
    void partRulesAtComplete();
    void listPartsPages();
    void createBucketWithLocationAndClass();
    void imsImportChecksTheObject();
    void profileUsesIamTemporaryKeys();
    void profileWithoutObsEndpointExitsTwo();
    void stateDirKeepsObjects();

private:
    QProcessEnvironment environment(const QString &secret = u"demo-secret-key"_s) const;
    CliRun obs(const QStringList &arguments, const QString &secret = u"demo-secret-key"_s);
    /// A raw S3 request signed with the demo's AK/SK (the client core's signer).
    DemoCloudProcess::Reply s3(const QByteArray &method,
        const QString &path,
        const QList<QPair<QByteArray, QByteArray>> &query = {},
        const QByteArray &body = {},
        SigV4Signer::Headers headers = {},
        const QString &secret = u"demo-secret-key"_s);
    /// Starts a multipart upload of `key` with `parts` (part bodies), returns the upload id.
    QString uploadParts(const QString &key, const QList<QByteArray> &parts);
    /// `obs put` of `file` held at its first part's answer, killed: an upload left mid-way.
    QString killMidUpload(const QString &file, const QString &key);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_home;
};

void tst_DemoObs::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_DemoObs::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
}

QProcessEnvironment tst_DemoObs::environment(const QString &secret) const
{
    QProcessEnvironment env = demoCliEnvironment(m_home->path());
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OBS_") || key.startsWith(u"AWS_"))
            env.remove(key);
    }
    env.insert(u"OBS_ACCESS_KEY_ID"_s, u"DEMOACCESSKEYID"_s);
    env.insert(u"OBS_SECRET_ACCESS_KEY"_s, secret);
    env.insert(u"OBS_ENDPOINT"_s, m_demo.baseUrl().toString());
    env.insert(u"OBS_REGION"_s, u"demo-1"_s);
    return env;
}

CliRun tst_DemoObs::obs(const QStringList &arguments, const QString &secret)
{
    return runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        QStringList{u"obs"_s} + arguments,
        environment(secret),
        120000,
        u"tst_demoobs.log"_s);
}

DemoCloudProcess::Reply tst_DemoObs::s3(const QByteArray &method,
    const QString &path,
    const QList<QPair<QByteArray, QByteArray>> &query,
    const QByteArray &body,
    SigV4Signer::Headers headers,
    const QString &secret)
{
    const QUrl base = m_demo.baseUrl();
    headers.append({"host", u"%1:%2"_s.arg(base.host()).arg(base.port()).toLatin1()});
    SigV4Signer::Request request{method, path.toUtf8(), query, headers};
    const SigV4Signer::Signed signature = SigV4Signer::sign(request,
        {u"DEMOACCESSKEYID"_s, secret, {}},
        u"demo-1"_s,
        u"s3"_s,
        QDateTime::currentDateTimeUtc());
    DemoCloudProcess::Headers sent{{"Content-Type", "application/octet-stream"}};
    for (const auto &[name, value] : std::as_const(headers)) {
        if (name != "host")
            sent.append({name, value});
    }
    for (const auto &[name, value] : signature.headers)
        sent.append({name, value});
    QByteArrayList items;
    for (const auto &[name, value] : query)
        items << SigV4Signer::uriEncode(name, false) + '=' + SigV4Signer::uriEncode(value, false);
    const QString target = QString::fromLatin1(SigV4Signer::uriEncode(path.toUtf8(), true))
        + (items.isEmpty() ? QString() : u'?' + QString::fromLatin1(items.join('&')));
    return m_demo.send(method, target, body, sent);
}

QString tst_DemoObs::uploadParts(const QString &key, const QList<QByteArray> &parts)
{
    const auto init = s3("POST", u"/%1/%2"_s.arg(Bucket, key), {{"uploads", ""}});
    const QString id = xmlText(init.body, u"UploadId"_s);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto put = s3("PUT",
            u"/%1/%2"_s.arg(Bucket, key),
            {{"partNumber", QByteArray::number(i + 1)}, {"uploadId", id.toLatin1()}},
            parts.at(i));
        if (put.status != 200)
            return {};
    }
    return id;
}

QString tst_DemoObs::killMidUpload(const QString &file, const QString &key)
{
    // Part PUTs are executed but their answers held: the first part is in the bucket while
    // the client still waits, and then it is killed.
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, u"/%1/%2"_s.arg(Bucket, key)},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 60000},
        {u"count"_s, 100}});
    QProcess put;
    put.setProcessEnvironment(environment());
    put.start(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"obs"_s,
            u"put"_s,
            file,
            Bucket + u'/' + key,
            u"--part-size"_s,
            u"5"_s,
            u"--parts"_s,
            u"1"_s});
    if (!put.waitForStarted(10000))
        return {};
    const bool sent = QTest::qWaitFor(
        [&] { return m_demo.countRequests("PUT", u"/%1/%2"_s.arg(Bucket, key)) >= 1; }, 60000);
    put.kill();
    put.waitForFinished(10000);
    m_demo.clearFaults();
    if (!sent)
        return {};
    const auto listed =
        s3("GET", u"/%1"_s.arg(Bucket), {{"uploads", ""}, {"prefix", key.toUtf8()}});
    return xmlText(listed.body, u"UploadId"_s);
}

void tst_DemoObs::lsListsBucketsWithRegionAndClass()
{
    const CliRun run = obs({u"ls"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray buckets = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &b : buckets)
        byName.insert(b[u"name"_s].toString(), b.toObject());
    QCOMPARE(byName.value(Bucket)[u"location"_s].toString(), u"demo-1"_s);
    QCOMPARE(byName.value(Bucket)[u"storage_class"_s].toString(), u"STANDARD"_s);
    QCOMPARE(byName.value(u"imagewright-demo-cold"_s)[u"storage_class"_s].toString(), u"COLD"_s);
    QCOMPARE(byName.value(u"imagewright-demo-2"_s)[u"location"_s].toString(), u"demo-2"_s);
    // The table names the class too.
    const CliRun table = obs({u"ls"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"COLD"_s), qPrintable(table.out));
    // Signed requests were recorded as such, and the catalog lists the stand-in.
    const QJsonArray recorded = m_demo.requests();
    QVERIFY(!recorded.isEmpty());
    for (const QJsonValue &r : recorded)
        QCOMPARE(r[u"auth"_s].toString(), u"sigv4"_s);
}

void tst_DemoObs::lsListsObjectsAndFolders()
{
    const CliRun root = obs({u"ls"_s, Bucket, u"--json"_s});
    QVERIFY2(root.exitCode == 0, qPrintable(root.err));
    const QJsonObject listing = QJsonDocument::fromJson(root.out.toUtf8()).object();
    QVERIFY2(listing[u"prefixes"_s].toArray().contains(u"images/"_s), qPrintable(root.out));
    const CliRun images = obs({u"ls"_s, Bucket + u"/images/"_s, u"--json"_s});
    QVERIFY2(images.exitCode == 0, qPrintable(images.err));
    const QJsonArray objects =
        QJsonDocument::fromJson(images.out.toUtf8()).object()[u"objects"_s].toArray();
    bool found = false;
    for (const QJsonValue &o : objects) {
        if (o[u"key"_s].toString() == u"images/web-base.qcow2") {
            found = true;
            QCOMPARE(o[u"size"_s].toInteger(), MiB);
            QCOMPARE(o[u"etag"_s].toString().size(), 32);
        }
    }
    QVERIFY2(found, qPrintable(images.out));
    const CliRun missing = obs({u"ls"_s, u"no-such-bucket"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"NoSuchBucket"_s), qPrintable(missing.err));
}

void tst_DemoObs::multipartPutWithSmallParts()
{
    const QString path = QDir(m_home->path()).filePath(u"disk-12.raw"_s);
    QVERIFY(makeFile(path, 12 * MiB + 12345, 12));
    const CliRun run = obs({u"put"_s,
        path,
        Bucket + u"/uploads/disk-12.raw"_s,
        u"--part-size"_s,
        u"5"_s,
        u"--parts"_s,
        u"2"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto lines = keyValues(run.out);
    QCOMPARE(lines.value(u"parts"_s), u"3"_s);
    QCOMPARE(lines.value(u"parts_sent"_s), u"3"_s);
    QCOMPARE(lines.value(u"size"_s), QString::number(12 * MiB + 12345));
    const QString etag = expectedEtag(path, 5 * MiB);
    QCOMPARE(lines.value(u"etag"_s), etag);
    QCOMPARE(m_demo.countRequests("PUT", u"/%1/uploads/disk-12.raw"_s.arg(Bucket)), 3);
    // The stand-in's own view: HEAD gives the size and ETag, GET the same bytes.
    const auto head = s3("HEAD", u"/%1/uploads/disk-12.raw"_s.arg(Bucket));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("ETag"), '"' + etag.toLatin1() + '"');
    QCOMPARE(head.header("Content-Length"), QByteArray::number(12 * MiB + 12345));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(s3("GET", u"/%1/uploads/disk-12.raw"_s.arg(Bucket)).body, file.readAll());
    // No upload is left behind.
    const CliRun uploads = obs({u"uploads"_s, Bucket, u"--json"_s});
    QCOMPARE(uploads.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(uploads.out.toUtf8()).array().size(), 0);
}

void tst_DemoObs::killedPutResumesAndUploadsAbort()
{
    const QString path = QDir(m_home->path()).filePath(u"resume.raw"_s);
    QVERIFY(makeFile(path, 16 * MiB, 16)); // 4 parts of 5 MiB (the last 1 MiB)
    const QString id = killMidUpload(path, u"resume.raw"_s);
    QVERIFY2(!id.isEmpty(), "no upload left mid-way");
    const CliRun listed = obs({u"uploads"_s, Bucket, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(id), qPrintable(listed.out));

    // The same command again resumes it: the part the server holds is kept.
    m_demo.clearRequests();
    const CliRun resumed = obs({u"put"_s,
        path,
        Bucket + u"/resume.raw"_s,
        u"--part-size"_s,
        u"5"_s,
        u"--parts"_s,
        u"1"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const auto lines = keyValues(resumed.out);
    QCOMPARE(lines.value(u"upload_id"_s), id);
    QCOMPARE(lines.value(u"parts_found"_s), u"1"_s);
    QCOMPARE(lines.value(u"parts_sent"_s), u"3"_s);
    QCOMPARE(m_demo.countRequests("PUT", u"/%1/resume.raw"_s.arg(Bucket)), 3);
    QCOMPARE(lines.value(u"etag"_s), expectedEtag(path, 5 * MiB));

    // Another upload left mid-way, then aborted with `obs abort`.
    const QString other = killMidUpload(path, u"abort-me.raw"_s);
    QVERIFY(!other.isEmpty());
    const CliRun aborted = obs({u"abort"_s, Bucket, u"abort-me.raw"_s, other});
    QVERIFY2(aborted.exitCode == 0, qPrintable(aborted.err));
    const CliRun after = obs({u"uploads"_s, Bucket, u"--json"_s});
    QVERIFY(!after.out.contains(other));
    const CliRun again = obs({u"abort"_s, Bucket, u"abort-me.raw"_s, other});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"NoSuchUpload"_s), qPrintable(again.err));
}

void tst_DemoObs::wrongSecretExitsThree()
{
    const CliRun run = obs({u"ls"_s, Bucket}, Canary::secretKey);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"SignatureDoesNotMatch"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(Canary::secretKey));
    QVERIFY(run.out.isEmpty());
    const QJsonArray recorded = m_demo.requests();
    QVERIFY(!recorded.isEmpty());
    QCOMPARE(recorded.last()[u"auth"_s].toString(), u"sigv4-refused"_s);
    QCOMPARE(recorded.last()[u"status"_s].toInt(), 403);
}

void tst_DemoObs::unknownKeyAndTemporaryKeyToken()
{
    QProcessEnvironment env = environment();
    env.insert(u"OBS_ACCESS_KEY_ID"_s, u"NOSUCHKEY"_s);
    const CliRun unknown = runCli(
        QStringLiteral(IW_IMAGEWRIGHT_PATH), {u"obs"_s, u"ls"_s}, env, 60000, u"tst_demoobs.log"_s);
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.err.contains(u"InvalidAccessKeyId"_s), qPrintable(unknown.err));
    // A temporary key without its security token is refused.
    env.insert(u"OBS_ACCESS_KEY_ID"_s, u"DEMOTEMPACCESSKEY"_s);
    env.insert(u"OBS_SECRET_ACCESS_KEY"_s, u"demo-temporary-secret-key"_s);
    const CliRun noToken = runCli(
        QStringLiteral(IW_IMAGEWRIGHT_PATH), {u"obs"_s, u"ls"_s}, env, 60000, u"tst_demoobs.log"_s);
    QCOMPARE(noToken.exitCode, 3);
    QVERIFY2(noToken.err.contains(u"InvalidToken"_s), qPrintable(noToken.err));
    env.insert(u"OBS_SECURITY_TOKEN"_s, u"demo-security-token"_s);
    const CliRun withToken = runCli(
        QStringLiteral(IW_IMAGEWRIGHT_PATH), {u"obs"_s, u"ls"_s}, env, 60000, u"tst_demoobs.log"_s);
    QVERIFY2(withToken.exitCode == 0, qPrintable(withToken.err));
}

void tst_DemoObs::faultOnObsPathIsRetried()
{
    m_demo.addFault({{u"method"_s, u"GET"_s},
        {u"path"_s, QString(u"/"_s + Bucket)},
        {u"status"_s, 503},
        {u"retry_after"_s, u"0"_s}});
    const CliRun run = obs({u"ls"_s, Bucket + u"/images/"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"web-base.qcow2"_s));
    QCOMPARE(m_demo.countRequests("GET", u"/"_s + Bucket), 2); // the 503, then the answer
    QVERIFY(m_demo.get(u"/__demo/faults"_s).object()[u"faults"_s].toArray().isEmpty());
}

void tst_DemoObs::partRulesAtComplete()
{
    const QByteArray big(200 * 1024, 'a');
    const QByteArray small(1000, 'b');
    const QString key = u"rules.raw"_s;

    // Content-MD5 is checked.
    const QString id = uploadParts(key, {});
    QVERIFY(!id.isEmpty());
    const QByteArray wrongMd5 = QCryptographicHash::hash("x", QCryptographicHash::Md5).toBase64();
    const auto bad = s3("PUT",
        u"/%1/%2"_s.arg(Bucket, key),
        {{"partNumber", "1"}, {"uploadId", id.toLatin1()}},
        big,
        {{"content-md5", wrongMd5}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(xmlText(bad.body, u"Code"_s), u"BadDigest"_s);
    const auto malformed = s3("PUT",
        u"/%1/%2"_s.arg(Bucket, key),
        {{"partNumber", "1"}, {"uploadId", id.toLatin1()}},
        big,
        {{"content-md5", "not-base64!"}});
    QCOMPARE(xmlText(malformed.body, u"Code"_s), u"InvalidDigest"_s);

    const auto part = [&](int n, const QByteArray &bytes) {
        return s3("PUT",
            u"/%1/%2"_s.arg(Bucket, key),
            {{"partNumber", QByteArray::number(n)}, {"uploadId", id.toLatin1()}},
            bytes,
            {{"content-md5", QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toBase64()}});
    };
    QCOMPARE(part(1, small).status, 200);
    QCOMPARE(part(2, big).status, 200);
    QCOMPARE(part(3, small).status, 200);
    const auto md5 = [](const QByteArray &b) {
        return QCryptographicHash::hash(b, QCryptographicHash::Md5).toHex();
    };
    const auto complete = [&](const QList<QPair<int, QByteArray>> &parts) {
        QByteArray xml = "<CompleteMultipartUpload>";
        for (const auto &[n, etag] : parts) {
            xml += "<Part><PartNumber>" + QByteArray::number(n) + "</PartNumber><ETag>\"" + etag
                + "\"</ETag></Part>";
        }
        xml += "</CompleteMultipartUpload>";
        return s3("POST", u"/%1/%2"_s.arg(Bucket, key), {{"uploadId", id.toLatin1()}}, xml);
    };
    auto r = complete({{2, md5(big)}, {1, md5(small)}});
    QCOMPARE(xmlText(r.body, u"Code"_s), u"InvalidPartOrder"_s);
    r = complete({{1, md5(small)}, {2, md5(small)}});
    QCOMPARE(xmlText(r.body, u"Code"_s), u"InvalidPart"_s);
    r = complete({{1, md5(small)}, {4, md5(small)}});
    QCOMPARE(xmlText(r.body, u"Code"_s), u"InvalidPart"_s);
    r = complete({{1, md5(small)}, {2, md5(big)}});
    QCOMPARE(r.status, 400);
    QCOMPARE(xmlText(r.body, u"Code"_s), u"EntityTooSmall"_s);
    // Parts 2 and 3: the last may be small. Part 1, left out, is deleted.
    r = complete({{2, md5(big)}, {3, md5(small)}});
    QCOMPARE(r.status, 200);
    const QByteArray md5s = QByteArray::fromHex(md5(big)) + QByteArray::fromHex(md5(small));
    const QByteArray etag = QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex() + "-2";
    QCOMPARE(xmlText(r.body, u"ETag"_s), u"&quot;%1&quot;"_s.arg(QString::fromLatin1(etag)));
    const auto head = s3("HEAD", u"/%1/%2"_s.arg(Bucket, key));
    QCOMPARE(head.header("Content-Length"), QByteArray::number(big.size() + small.size()));
    // The upload is gone: Complete again, ListParts, Abort say NoSuchUpload.
    r = complete({{2, md5(big)}, {3, md5(small)}});
    QCOMPARE(r.status, 404);
    QCOMPARE(xmlText(r.body, u"Code"_s), u"NoSuchUpload"_s);
    const auto gone = s3("DELETE", u"/%1/%2"_s.arg(Bucket, key), {{"uploadId", id.toLatin1()}});
    QCOMPARE(xmlText(gone.body, u"Code"_s), u"NoSuchUpload"_s);
}

void tst_DemoObs::listPartsPages()
{
    const QString key = u"pages.raw"_s;
    const QString id = uploadParts(key, {"1", "22", "333", "4444", "55555"});
    QVERIFY(!id.isEmpty());
    const auto page1 =
        s3("GET", u"/%1/%2"_s.arg(Bucket, key), {{"uploadId", id.toLatin1()}, {"max-parts", "2"}});
    QCOMPARE(page1.status, 200);
    QCOMPARE(xmlText(page1.body, u"IsTruncated"_s), u"true"_s);
    QCOMPARE(xmlText(page1.body, u"NextPartNumberMarker"_s), u"2"_s);
    QCOMPARE(QString::fromUtf8(page1.body).count(u"<Part>"_s), 2);
    const auto page3 = s3("GET",
        u"/%1/%2"_s.arg(Bucket, key),
        {{"uploadId", id.toLatin1()}, {"max-parts", "2"}, {"part-number-marker", "4"}});
    QCOMPARE(xmlText(page3.body, u"IsTruncated"_s), u"false"_s);
    QCOMPARE(QString::fromUtf8(page3.body).count(u"<Part>"_s), 1);
    QCOMPARE(xmlText(page3.body, u"PartNumber"_s), u"5"_s);
    QCOMPARE(xmlText(page3.body, u"Size"_s), u"5"_s);
    const auto unknown = s3("GET", u"/%1/%2"_s.arg(Bucket, key), {{"uploadId", "nope"}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(xmlText(unknown.body, u"Code"_s), u"NoSuchUpload"_s);
    QCOMPARE(s3("DELETE", u"/%1/%2"_s.arg(Bucket, key), {{"uploadId", id.toLatin1()}}).status, 204);
}

void tst_DemoObs::createBucketWithLocationAndClass()
{
    const QByteArray body =
        "<CreateBucketConfiguration><Location>demo-2</Location></CreateBucketConfiguration>";
    const auto created = s3("PUT", u"/iw-test-warm"_s, {}, body, {{"x-obs-storage-class", "WARM"}});
    QCOMPARE(created.status, 200);
    const auto head = s3("HEAD", u"/iw-test-warm"_s);
    QCOMPARE(head.header("x-obs-bucket-location"), "demo-2");
    QCOMPARE(head.header("x-obs-storage-class"), "WARM");
    const auto location = s3("GET", u"/iw-test-warm"_s, {{"location", ""}});
    QVERIFY2(location.body.contains("demo-2</Location>"), location.body.constData());
    QCOMPARE(xmlText(s3("PUT", u"/iw-test-warm"_s).body, u"Code"_s), u"BucketAlreadyOwnedByYou"_s);
    QCOMPARE(xmlText(s3("PUT", u"/Bad_Name"_s).body, u"Code"_s), u"InvalidBucketName"_s);
    QCOMPARE(xmlText(s3("PUT",
                         u"/iw-test-nowhere"_s,
                         {},
                         "<CreateBucketConfiguration><LocationConstraint>mars-1</"
                         "LocationConstraint></CreateBucketConfiguration>")
                         .body,
                 u"Code"_s),
        u"InvalidLocationConstraint"_s);
    const auto missing = s3("HEAD", u"/no-such-bucket"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(s3("DELETE", u"/iw-test-warm"_s).status, 204);
    // A name another account owns (the demo's "taken-" names): BucketAlreadyExists.
    const auto taken = s3("PUT", u"/taken-images"_s);
    QCOMPARE(taken.status, 409);
    QCOMPARE(xmlText(taken.body, u"Code"_s), u"BucketAlreadyExists"_s);
    // OBS's limit of 100 buckets per account: the 101st is refused with TooManyBuckets.
    const int existing = int(QString::fromUtf8(s3("GET", u"/"_s).body).count(u"<Bucket>"_s));
    QVERIFY(existing > 0 && existing < 100);
    for (int i = existing; i < 100; ++i)
        QCOMPARE(s3("PUT", u"/iw-test-many-%1"_s.arg(i)).status, 200);
    const auto tooMany = s3("PUT", u"/iw-test-many-last"_s);
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(xmlText(tooMany.body, u"Code"_s), u"TooManyBuckets"_s);
    for (int i = existing; i < 100; ++i)
        QCOMPARE(s3("DELETE", u"/iw-test-many-%1"_s.arg(i)).status, 204);
    QCOMPARE(s3("PUT", u"/iw-test-many-last"_s).status, 200);
    QCOMPARE(s3("DELETE", u"/iw-test-many-last"_s).status, 204);
}

void tst_DemoObs::imsImportChecksTheObject()
{
    const QString token = m_demo.token();
    QVERIFY(!token.isEmpty());
    QJsonObject body{{u"name"_s, u"from-obs"_s},
        {u"image_url"_s, QString(Bucket + u":images/missing.qcow2"_s)},
        {u"os_version"_s, u"CentOS 7.0 64bit"_s},
        {u"min_disk"_s, 40}};
    const auto missing = m_demo.post(u"/v2/cloudimages/action"_s, body, token);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.object()[u"error"_s][u"code"_s].toString(), u"IMG.0017"_s);
    body[u"image_url"_s] = QString(Bucket + u":images/web-base.qcow2"_s);
    const auto found = m_demo.post(u"/v2/cloudimages/action"_s, body, token);
    QVERIFY2(found.status == 200, found.body.constData());
    // A bucket that is not the stand-in's is taken on trust, as before.
    body[u"image_url"_s] = u"ims-image:centos70.qcow2"_s;
    QCOMPARE(m_demo.post(u"/v2/cloudimages/action"_s, body, token).status, 200);

    // A quick import of a RAW file needs NAME.mf beside it (the IMS user guide).
    const QByteArray raw(200 * 1024, '\0');
    QCOMPARE(s3("PUT", u"/%1/images/quick-1.raw"_s.arg(Bucket), {}, raw).status, 200);
    body[u"image_url"_s] = QString(Bucket + u":images/quick-1.raw"_s);
    body[u"is_quick_import"_s] = true;
    const auto noBitmap = m_demo.post(u"/v2/cloudimages/action"_s, body, token);
    QCOMPARE(noBitmap.status, 400);
    QCOMPARE(noBitmap.object()[u"error"_s][u"code"_s].toString(), u"IMG.0017"_s);
    QVERIFY2(noBitmap.body.contains("images/quick-1.mf"), noBitmap.body.constData());
    // The same file in a normal import needs none.
    body.remove(u"is_quick_import"_s);
    QCOMPARE(m_demo.post(u"/v2/cloudimages/action"_s, body, token).status, 200);
    body[u"is_quick_import"_s] = true;
    QCOMPARE(
        s3("PUT", u"/%1/images/quick-1.mf"_s.arg(Bucket), {}, QByteArray(32, '\x01')).status, 200);
    const auto withBitmap = m_demo.post(u"/v2/cloudimages/action"_s, body, token);
    QVERIFY2(withBitmap.status == 200, withBitmap.body.constData());
}

/// A saved profile in the private home: the demo cloud's account (family Demo: its published
/// password), or an OpenStack one with a catalog but no OBS.
static void saveProfile(
    const QString &home, const QString &name, const QUrl &authUrl, CloudFamily family)
{
    ProfileStore store(home + u"/config/Imagewright/imagewright.conf"_s);
    CloudProfile p = CloudProfile::demo(authUrl);
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    p.family = family;
    store.upsert(p);
}

void tst_DemoObs::profileUsesIamTemporaryKeys()
{
    saveProfile(m_home->path(), u"demo-obs"_s, m_demo.authUrl(), CloudFamily::Demo);
    QProcessEnvironment env = demoCliEnvironment(m_home->path()); // no OBS_*, no OS_*
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OBS_") || key.startsWith(u"AWS_"))
            env.remove(key);
    }
    const CliRun listed = runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"obs"_s, u"ls"_s, u"--profile"_s, u"demo-obs"_s, u"--json"_s},
        env,
        60000,
        u"tst_demoobs.log"_s);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(u"imagewright-demo-cold"_s), qPrintable(listed.out));
    // One token, one temporary key from IAM, then S3 requests signed with it.
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v3.0/OS-CREDENTIAL/securitytokens"_s), 1);
    int signedCount = 0;
    for (const QJsonValue &r : m_demo.requests())
        signedCount += r[u"auth"_s].toString() == u"sigv4" ? 1 : 0;
    QVERIFY(signedCount >= 2); // ListBuckets and a HEAD per bucket
    // The temporary secret and token (shaped like the suite's canaries) are printed nowhere.
    for (const QString &text : {listed.out, listed.err}) {
        QVERIFY(!text.contains(u"canary-sk-"_s));
        QVERIFY(!text.contains(u"canary-st-"_s));
    }

    const QString path = QDir(m_home->path()).filePath(u"small.raw"_s);
    QVERIFY(makeFile(path, 300 * 1024, 3));
    const CliRun put = runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"obs"_s, u"put"_s, path, Bucket + u"/profile/small.raw"_s, u"--profile"_s, u"demo-obs"_s},
        env,
        60000,
        u"tst_demoobs.log"_s);
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    QCOMPARE(keyValues(put.out).value(u"size"_s), u"307200"_s);

    // An unknown profile is a command-line error.
    const CliRun unknown = runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"obs"_s, u"ls"_s, u"--profile"_s, u"no-such-profile"_s},
        env,
        60000,
        u"tst_demoobs.log"_s);
    QCOMPARE(unknown.exitCode, 2);
}

void tst_DemoObs::profileWithoutObsEndpointExitsTwo()
{
    // A profile whose region the catalog has no "obs" endpoint for, of a family without a
    // well-known one (the demo's): refused with the reason, nothing sent to an object storage.
    saveProfile(m_home->path(), u"elsewhere"_s, m_demo.authUrl(), CloudFamily::Demo);
    ProfileStore store(m_home->path() + u"/config/Imagewright/imagewright.conf"_s);
    CloudProfile p = store.profiles().constFirst();
    p.region = u"demo-9"_s; // the catalog's endpoints are all in demo-1
    store.upsert(p);
    const CliRun run = runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"obs"_s, u"ls"_s, u"--profile"_s, u"elsewhere"_s},
        demoCliEnvironment(m_home->path()),
        60000,
        u"tst_demoobs.log"_s);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"\"obs\""_s), qPrintable(run.err));
    QCOMPARE(m_demo.countRequests("GET", u"/"_s), 0);
}

void tst_DemoObs::stateDirKeepsObjects()
{
    // The demo process keeps its state in a folder: an object put before a restart is there
    // after it, bytes and ETag.
    const auto put = s3("PUT", u"/%1/kept.txt"_s.arg(Bucket), {}, "kept across restarts");
    QCOMPARE(put.status, 200);
    m_demo.stop();
    QVERIFY(m_demo.start());
    const auto get = s3("GET", u"/%1/kept.txt"_s.arg(Bucket));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body, "kept across restarts");
    QCOMPARE(get.header("ETag"), put.header("ETag"));
}

QTEST_GUILESS_MAIN(tst_DemoObs)
#include "tst_demoobs.moc"
