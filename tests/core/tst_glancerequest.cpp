// Method 7 (Glance create + upload): the body equals seed 003's example for the same inputs,
// the chosen id is the only addition, every rule as a data row per flavour, request files with
// params.file; the upload pieces: digests computed on worker threads equal one-shot digests,
// the file device serves Qt's reads from blocks, rewinds restart the digests; rate and ETA.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QLocale>
#include <QTest>

#include "create/glancecreaterequest.h"
#include "create/requestfile.h"
#include "support/testdir.h"
#include "upload/digestpipeline.h"
#include "upload/transferrate.h"
#include "upload/uploadsource.h"

using namespace Qt::StringLiterals;

namespace {

using Flavour = GlanceCreateRequest::Flavour;

GlanceCreateRequest seedInputs()
{
    GlanceCreateRequest r;
    r.flavour = Flavour::Huawei;
    r.osVersion = u"Ubuntu 14.04 server 64bit"_s;
    r.containerFormat = u"bare"_s;
    r.diskFormat = u"vhd"_s;
    r.minDisk = 100;
    r.minRam = 1024;
    r.name = u"test"_s;
    r.tags = {u"test=testvalue"_s, u"image=imagevalue"_s};
    r.visibility = u"private"_s;
    r.isProtected = false;
    return r;
}

QStringList fields(const FieldErrors &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list << e.field;
    return list;
}

QByteArray patterned(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + i / 4099) & 0xff);
    return data;
}

QString hex(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

} // namespace

class tst_GlanceRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenSeedExample();
    void idIsTheOnlyAddition();
    void upstreamBody();
    void rules_data();
    void rules();
    void osVersionWarning();
    void fromBodyRoundTrip();
    void fromBodyRefusesBadShapes_data();
    void fromBodyRefusesBadShapes();
    void requestFile();
    void requestFilePinnedId();
    void digestsMatchOneShot();
    void digestsRestart();
    void uploadSourceServesBlocks();
    void uploadSourceRewind();
    void transferRate();
};

void tst_GlanceRequest::goldenSeedExample()
{
    // Seed 003's request example, verbatim.
    const QJsonObject seed = QJsonDocument::fromJson(R"({
        "__os_version": "Ubuntu 14.04 server 64bit",
        "container_format": "bare",
        "disk_format": "vhd",
        "min_disk": 100,
        "min_ram": 1024,
        "name": "test",
        "tags": [
            "test=testvalue",
            "image=imagevalue"
        ],
        "visibility": "private",
        "protected": false
    })")
                                 .object();
    const GlanceCreateRequest r = seedInputs();
    QVERIFY2(r.validate().isEmpty(), qPrintable(fields(r.validate()).join(u", "_s)));
    QCOMPARE(r.toBody(), seed);
}

void tst_GlanceRequest::idIsTheOnlyAddition()
{
    const GlanceCreateRequest r = seedInputs();
    const QString id = u"4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86"_s;
    QJsonObject sent = r.toBodyWithId(id);
    QCOMPARE(sent.value(u"id"_s).toString(), id);
    sent.remove(u"id"_s);
    QCOMPARE(sent, r.toBody());
    // A pinned id wins over the chosen one.
    GlanceCreateRequest pinned = r;
    pinned.id = u"00000000-0000-4000-8000-000000000001"_s;
    QCOMPARE(pinned.toBodyWithId(id).value(u"id"_s).toString(), pinned.id);
}

void tst_GlanceRequest::upstreamBody()
{
    GlanceCreateRequest r;
    r.flavour = Flavour::Upstream;
    r.name = u"cirros"_s;
    r.diskFormat = u"qcow2"_s;
    r.tags = {u"plain tag"_s, u"a=b"_s};
    r.osVersion = u"ignored upstream"_s;
    QVERIFY(r.validate().isEmpty());
    const QJsonObject body = r.toBody();
    QVERIFY(!body.contains(u"__os_version"_s));
    QCOMPARE(body.value(u"tags"_s).toArray(), QJsonArray({u"plain tag"_s, u"a=b"_s}));
    QCOMPARE(body.value(u"min_disk"_s).toInt(), 0);
    QVERIFY(r.warnings().isEmpty());
}

void tst_GlanceRequest::rules_data()
{
    QTest::addColumn<int>("flavour");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field"); // empty: valid
    const int H = int(Flavour::Huawei);
    const int U = int(Flavour::Upstream);
    QTest::newRow("name empty") << H << u"name"_s << QJsonValue(u""_s) << u"name"_s;
    QTest::newRow("name 255") << H << u"name"_s << QJsonValue(QString(255, u'n')) << QString();
    QTest::newRow("name 256") << U << u"name"_s << QJsonValue(QString(256, u'n')) << u"name"_s;
    QTest::newRow("name space end") << H << u"name"_s << QJsonValue(u"a "_s) << u"name"_s;
    QTest::newRow("name tab") << U << u"name"_s << QJsonValue(u"a\tb"_s) << u"name"_s;
    QTest::newRow("name chinese") << H << u"name"_s << QJsonValue(u"镜像-1"_s) << QString();
    QTest::newRow("disk zvhd2 huawei")
        << H << u"disk_format"_s << QJsonValue(u"zvhd2"_s) << QString();
    QTest::newRow("disk vmdk huawei")
        << H << u"disk_format"_s << QJsonValue(u"vmdk"_s) << u"disk_format"_s;
    QTest::newRow("disk vmdk upstream")
        << U << u"disk_format"_s << QJsonValue(u"vmdk"_s) << QString();
    QTest::newRow("disk zvhd2 upstream")
        << U << u"disk_format"_s << QJsonValue(u"zvhd2"_s) << u"disk_format"_s;
    QTest::newRow("container ovf huawei")
        << H << u"container_format"_s << QJsonValue(u"ovf"_s) << u"container_format"_s;
    QTest::newRow("container ovf upstream")
        << U << u"container_format"_s << QJsonValue(u"ovf"_s) << QString();
    QTest::newRow("min_disk 0 huawei") << H << u"min_disk"_s << QJsonValue(0) << u"min_disk"_s;
    QTest::newRow("min_disk 1 huawei") << H << u"min_disk"_s << QJsonValue(1) << QString();
    QTest::newRow("min_disk 1024 huawei") << H << u"min_disk"_s << QJsonValue(1024) << QString();
    QTest::newRow("min_disk 1025 huawei")
        << H << u"min_disk"_s << QJsonValue(1025) << u"min_disk"_s;
    QTest::newRow("min_disk 0 upstream") << U << u"min_disk"_s << QJsonValue(0) << QString();
    QTest::newRow("min_disk 5000 upstream") << U << u"min_disk"_s << QJsonValue(5000) << QString();
    QTest::newRow("min_disk -1 upstream") << U << u"min_disk"_s << QJsonValue(-1) << u"min_disk"_s;
    QTest::newRow("min_ram -1") << H << u"min_ram"_s << QJsonValue(-1) << u"min_ram"_s;
    QTest::newRow("visibility shared huawei")
        << H << u"visibility"_s << QJsonValue(u"shared"_s) << u"visibility"_s;
    QTest::newRow("visibility shared upstream")
        << U << u"visibility"_s << QJsonValue(u"shared"_s) << QString();
    QTest::newRow("visibility bogus upstream")
        << U << u"visibility"_s << QJsonValue(u"everyone"_s) << u"visibility"_s;
    QTest::newRow("tag plain huawei")
        << H << u"tags"_s << QJsonValue(QJsonArray{u"plain"_s}) << u"tags[0]"_s;
    QTest::newRow("tag plain upstream")
        << U << u"tags"_s << QJsonValue(QJsonArray{u"plain"_s}) << QString();
    QTest::newRow("tag empty value huawei")
        << H << u"tags"_s << QJsonValue(QJsonArray{u"k="_s}) << QString();
    QTest::newRow("tag key 36 huawei")
        << H << u"tags"_s << QJsonValue(QJsonArray{QString(QString(36, u'k') + u"=v"_s)})
        << QString();
    QTest::newRow("tag key 37 huawei")
        << H << u"tags"_s << QJsonValue(QJsonArray{QString(QString(37, u'k') + u"=v"_s)})
        << u"tags[0]"_s;
    QTest::newRow("tag value 44 huawei")
        << H << u"tags"_s << QJsonValue(QJsonArray{QString(u"k="_s + QString(44, u'v'))})
        << u"tags[0]"_s;
    QTest::newRow("tag no key huawei")
        << H << u"tags"_s << QJsonValue(QJsonArray{u"=v"_s}) << u"tags[0]"_s;
    QTest::newRow("tag key twice huawei")
        << H << u"tags"_s << QJsonValue(QJsonArray{u"a=1"_s, u"a=2"_s}) << u"tags[1]"_s;
    QTest::newRow("tag twice upstream")
        << U << u"tags"_s << QJsonValue(QJsonArray{u"a"_s, u"a"_s}) << u"tags[1]"_s;
    QTest::newRow("tag 256 upstream")
        << U << u"tags"_s << QJsonValue(QJsonArray{QString(256, u't')}) << u"tags[0]"_s;
    QTest::newRow("tag blank upstream")
        << U << u"tags"_s << QJsonValue(QJsonArray{u" "_s}) << u"tags[0]"_s;
    QTest::newRow("os_version 256")
        << H << u"__os_version"_s << QJsonValue(QString(256, u'o')) << u"__os_version"_s;
    QTest::newRow("os_version padded")
        << H << u"__os_version"_s << QJsonValue(u" CentOS 7.6 64bit"_s) << u"__os_version"_s;
    QTest::newRow("id uuid") << H << u"id"_s
                             << QJsonValue(u"4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86"_s) << QString();
    QTest::newRow("id not uuid") << H << u"id"_s << QJsonValue(u"image-1"_s) << u"id"_s;
}

void tst_GlanceRequest::rules()
{
    QFETCH(int, flavour);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject body{{u"name"_s, u"valid-name"_s},
        {u"disk_format"_s, u"qcow2"_s},
        {u"container_format"_s, u"bare"_s},
        {u"min_disk"_s, 40}};
    body.insert(key, value);
    FieldErrors errors;
    const auto r = GlanceCreateRequest::fromBody(body, Flavour(flavour), &errors);
    if (field.isEmpty()) {
        QVERIFY2(r && errors.isEmpty(), qPrintable(fields(errors).join(u", "_s)));
        return;
    }
    QVERIFY(!r);
    QVERIFY2(fields(errors).contains(field), qPrintable(fields(errors).join(u", "_s)));
    for (const FieldError &e : std::as_const(errors))
        QVERIFY(!e.message.isEmpty());
}

void tst_GlanceRequest::osVersionWarning()
{
    GlanceCreateRequest r = seedInputs();
    r.osVersion.clear();
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(r.warnings().size(), 1);
    QVERIFY(r.warnings().constFirst().contains(u"Other Linux (64 bit)"_s));
    QVERIFY(!r.toBody().contains(u"__os_version"_s));
    QCOMPARE(GlanceCreateRequest::flavourOfBody(r.toBody()), Flavour::Upstream);
    QCOMPARE(GlanceCreateRequest::flavourOfBody(seedInputs().toBody()), Flavour::Huawei);
    QCOMPARE(GlanceCreateRequest::flavourFor(CloudFamily::Demo), Flavour::Huawei);
    QCOMPARE(GlanceCreateRequest::flavourFor(CloudFamily::HuaweiCloud), Flavour::Huawei);
    QCOMPARE(GlanceCreateRequest::flavourFor(CloudFamily::OpenTelekomCloud), Flavour::Upstream);
    QCOMPARE(GlanceCreateRequest::flavourFor(CloudFamily::OpenStack), Flavour::Upstream);
}

void tst_GlanceRequest::fromBodyRoundTrip()
{
    const GlanceCreateRequest r = seedInputs();
    FieldErrors errors;
    const auto back = GlanceCreateRequest::fromBody(r.toBody(), Flavour::Huawei, &errors);
    QVERIFY(back);
    QCOMPARE(back->toBody(), r.toBody());
    // Huawei defaults from seed 003 when a file leaves them out.
    const auto defaults = GlanceCreateRequest::fromBody(
        {{u"name"_s, u"n"_s}, {u"min_disk"_s, 1}, {u"__os_version"_s, u"CentOS 7.6 64bit"_s}},
        Flavour::Huawei,
        &errors);
    QVERIFY(defaults);
    QCOMPARE(defaults->diskFormat, u"zvhd2"_s);
    QCOMPARE(defaults->containerFormat, u"bare"_s);
    QCOMPARE(defaults->visibility, u"private"_s);
    // Upstream has no default disk format: it must be chosen.
    QVERIFY(!GlanceCreateRequest::fromBody({{u"name"_s, u"n"_s}}, Flavour::Upstream, &errors));
    QVERIFY(fields(errors).contains(u"disk_format"_s));
}

void tst_GlanceRequest::fromBodyRefusesBadShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("name number") << QByteArray(R"({"name": 5})") << u"name"_s;
    QTest::newRow("min_disk text") << QByteArray(R"({"min_disk": "40"})") << u"min_disk"_s;
    QTest::newRow("min_disk fraction") << QByteArray(R"({"min_disk": 4.5})") << u"min_disk"_s;
    QTest::newRow("protected text") << QByteArray(R"({"protected": "false"})") << u"protected"_s;
    QTest::newRow("tags object") << QByteArray(R"({"tags": {"a": "b"}})") << u"tags"_s;
    QTest::newRow("tag number") << QByteArray(R"({"tags": [1]})") << u"tags[0]"_s;
}

void tst_GlanceRequest::fromBodyRefusesBadShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QJsonObject body = QJsonDocument::fromJson(json).object();
    if (!body.contains(u"name"_s))
        body.insert(u"name"_s, u"n"_s);
    body.insert(u"disk_format"_s, u"qcow2"_s);
    FieldErrors errors;
    QVERIFY(!GlanceCreateRequest::fromBody(body, Flavour::Upstream, &errors));
    QVERIFY2(fields(errors).contains(field), qPrintable(fields(errors).join(u", "_s)));
}

void tst_GlanceRequest::requestFile()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    QFile image(dir.filePath(u"disk.qcow2"_s));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write("QFI\xfb data");
    image.close();
    RequestFile file = RequestFile::fromGlance(seedInputs(), u"disk.qcow2"_s);
    QJsonObject body = file.body;
    body.insert(u"custom_property"_s, u"x"_s);
    file.body = body;
    const QString path = dir.filePath(u"req.json"_s);
    QVERIFY(file.save(path));

    RequestFile::Problems problems;
    const auto loaded = RequestFile::load(path, &problems);
    QVERIFY2(loaded, qPrintable(problems.errors.value(0).message));
    QCOMPARE(loaded->method, CreationMethod::GlanceCreateUpload);
    QCOMPARE(loaded->resolvedFile(), QDir::cleanPath(image.fileName())); // relative to the file
    QCOMPARE(loaded->imageName(), u"test"_s);
    QVERIFY(problems.warnings.join(u' ').contains(u"custom_property"_s));
    const QString marker = u"4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86"_s;
    QCOMPARE(loaded->markerFor(marker), marker);
    const QJsonObject sent = loaded->bodyForSending(marker);
    QCOMPARE(sent.value(u"id"_s).toString(), marker);
    QCOMPARE(sent.value(u"custom_property"_s).toString(), u"x"_s); // passed on as given
    QCOMPARE(sent.value(u"tags"_s).toArray().size(), 2);

    // A missing file is a local error at params.file.
    QJsonObject root = file.toJson();
    root.insert(u"params"_s, QJsonObject{{u"file"_s, u"missing.qcow2"_s}});
    QVERIFY(!RequestFile::parse(QJsonDocument(root).toJson(), dir.path(), &problems));
    QCOMPARE(problems.errors.value(0).field, u"params.file"_s);
    // Tags in the wrong form for the flavour the body says (Huawei: __os_version present).
    root.insert(u"params"_s, QJsonObject{{u"file"_s, image.fileName()}}); // absolute
    QJsonObject bad = file.body;
    bad.insert(u"tags"_s, QJsonArray{u"plain"_s});
    root.insert(u"body"_s, bad);
    QVERIFY(!RequestFile::parse(QJsonDocument(root).toJson(), dir.path(), &problems));
    QCOMPARE(problems.errors.value(0).field, u"body.tags[0]"_s);
}

void tst_GlanceRequest::requestFilePinnedId()
{
    TestDir dir;
    QFile image(dir.filePath(u"disk.raw"_s));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write("raw");
    image.close();
    GlanceCreateRequest r = seedInputs();
    r.id = u"11111111-2222-4333-8444-555555555555"_s;
    const RequestFile file = RequestFile::fromGlance(r, image.fileName());
    QCOMPARE(file.body.value(u"id"_s).toString(), r.id); // stored: the operator pinned it
    RequestFile::Problems problems;
    const auto loaded = RequestFile::parse(file.toBytes(), dir.path(), &problems);
    QVERIFY(loaded);
    QCOMPARE(loaded->markerFor(u"aaaaaaaa-0000-4000-8000-000000000000"_s), r.id);
    QCOMPARE(loaded->bodyForSending(r.id).value(u"id"_s).toString(), r.id);
}

void tst_GlanceRequest::digestsMatchOneShot()
{
    const QByteArray data = patterned(10 * 1024 * 1024 + 17);
    DigestPipeline pipeline({u"md5"_s, u"sha512"_s, u"sha256"_s, u"no-such-hash"_s}, 2);
    QCOMPARE(pipeline.algorithms(), QStringList({u"md5"_s, u"sha512"_s, u"sha256"_s}));
    QSignalSpy finished(&pipeline, &DigestPipeline::finished);
    for (qsizetype at = 0; at < data.size(); at += 1024 * 1024)
        pipeline.feed(data.mid(at, 1024 * 1024)); // more blocks than the queue holds
    pipeline.finish();
    QVERIFY(pipeline.waitForComplete(20000));
    const auto results = pipeline.results();
    QCOMPARE(results.value(u"md5"_s), hex(data, QCryptographicHash::Md5));
    QCOMPARE(results.value(u"sha512"_s), hex(data, QCryptographicHash::Sha512));
    QCOMPARE(results.value(u"sha256"_s), hex(data, QCryptographicHash::Sha256));
    QTRY_COMPARE(finished.size(), 1);                    // queued to this thread
    QVERIFY(DigestPipeline::isSupported(u"sha3_512"_s)); // Glance's hashlib spelling
}

void tst_GlanceRequest::digestsRestart()
{
    DigestPipeline pipeline({u"md5"_s});
    pipeline.feed("garbage that a rewind discards");
    pipeline.restart();
    pipeline.feed("abc");
    pipeline.finish();
    QVERIFY(pipeline.waitForComplete(10000));
    QCOMPARE(pipeline.results().value(u"md5"_s), hex("abc", QCryptographicHash::Md5));
}

void tst_GlanceRequest::uploadSourceServesBlocks()
{
    TestDir dir;
    const QByteArray data = patterned(UploadSource::BlockSize * 2 + 12345);
    QFile f(dir.filePath(u"image.raw"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();

    UploadSource source(f.fileName(), {u"md5"_s, u"sha512"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(!source.isSequential());
    QCOMPARE(source.size(), data.size());
    QByteArray read;
    char buffer[16 * 1024]; // Qt reads in small pieces
    for (;;) {
        const qint64 n = source.read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        read.append(buffer, n);
    }
    QCOMPARE(read.size(), data.size());
    QVERIFY(read == data);
    QVERIFY(source.atEnd());
    QVERIFY(source.digests()->waitForComplete(20000));
    QVERIFY(source.digestsValid());
    QCOMPARE(source.digests()->results().value(u"md5"_s), hex(data, QCryptographicHash::Md5));
    QCOMPARE(source.digests()->results().value(u"sha512"_s), hex(data, QCryptographicHash::Sha512));
}

void tst_GlanceRequest::uploadSourceRewind()
{
    TestDir dir;
    const QByteArray data = patterned(UploadSource::BlockSize + 999);
    QFile f(dir.filePath(u"image.raw"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    UploadSource source(f.fileName(), {u"md5"_s});
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(source.read(100).size(), 100);
    QVERIFY(source.reset()); // Qt resends the body from the start
    QCOMPARE(source.readAll(), data);
    QVERIFY(source.digests()->waitForComplete(20000));
    QVERIFY(source.digestsValid());
    QCOMPARE(source.digests()->results().value(u"md5"_s), hex(data, QCryptographicHash::Md5));
    // Reading out of order makes the digests unusable, never wrong.
    UploadSource skipping(f.fileName(), {u"md5"_s});
    QVERIFY(skipping.open(QIODevice::ReadOnly));
    QVERIFY(skipping.seek(UploadSource::BlockSize + 10));
    skipping.readAll();
    QVERIFY(!skipping.digestsValid());
    // A file that cannot be opened says why.
    UploadSource missing(dir.filePath(u"nope"_s), {u"md5"_s});
    QVERIFY(!missing.open(QIODevice::ReadOnly));
    QVERIFY(!missing.errorString().isEmpty());
}

void tst_GlanceRequest::transferRate()
{
    TransferRate rate(5000);
    QVERIFY(!rate.bytesPerSecond());
    rate.addSample(0, 0);
    rate.addSample(100, 1000);
    QVERIFY(!rate.bytesPerSecond()); // too short to say
    rate.addSample(1000, 10'000'000);
    QCOMPARE(qRound(*rate.bytesPerSecond()), 10'000'000);
    QCOMPARE(*rate.secondsLeft(100'000'000), qint64(9));
    // The window forgets an early burst: 10 s later at a slower pace.
    for (int s = 2; s <= 12; ++s)
        rate.addSample(s * 1000, 10'000'000 + qint64(s - 1) * 1'000'000);
    QCOMPARE(qRound(*rate.bytesPerSecond()), 1'000'000);
    // A restart from zero starts over.
    rate.addSample(13000, 0);
    QVERIFY(!rate.bytesPerSecond());
    QCOMPARE(TransferRate::durationText(3725), u"1 h 02 min"_s);
    QCOMPARE(TransferRate::durationText(245), u"4 min 05 s"_s);
    QCOMPARE(TransferRate::sizeText(1'400'000'000), u"1.4 GB"_s);
    QCOMPARE(TransferRate::rateText(12'300'000), u"12.3 MB/s"_s);
    // In the UI's locale (issue 16): Spanish writes a decimal comma.
    const QLocale before;
    QLocale::setDefault(QLocale(u"es"_s));
    QCOMPARE(TransferRate::sizeText(1'200'000'000), u"1,2 GB"_s);
    QCOMPARE(TransferRate::rateText(12'300'000), u"12,3 MB/s"_s);
    QLocale::setDefault(before);
}

QTEST_GUILESS_MAIN(tst_GlanceRequest)
#include "tst_glancerequest.moc"
