// Method ims-local-file (interfaces.md §4): params.file/bucket/object/keep_object read and checked
// at their field before anything is sent (file readable, format from its header against its
// name, the import's size limits, OBS bucket and object names), the body as ims-obs-file's
// without image_url, and the body as sent (image_url "bucket:object" plus the marker).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "create/createorder.h"
#include "create/localfilerequest.h"
#include "create/requestfile.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject validBody()
{
    return QJsonObject{{u"name"_s, u"from-local"_s},
        {u"min_disk"_s, 40},
        {u"os_version"_s, u"Ubuntu 22.04 server 64bit"_s},
        {u"image_tags"_s, QJsonArray{QJsonObject{{u"key"_s, u"team"_s}, {u"value"_s, u"qa"_s}}}}};
}

QByteArray fileWith(const QJsonObject &params, const QJsonObject &body = validBody())
{
    return QJsonDocument(QJsonObject{{u"format"_s, 1},
                             {u"method"_s, u"ims-local-file"_s},
                             {u"params"_s, params},
                             {u"body"_s, body}})
        .toJson();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray qcow2Head()
{
    QByteArray head("QFI\xfb", 4);
    head += QByteArray("\x00\x00\x00\x03", 4); // version 3
    head += QByteArray(4096, '\0');
    return head;
}

QStringList fieldsOf(const RequestFile::Problems &p)
{
    QStringList out;
    for (const FieldError &e : p.errors)
        out << e.field;
    return out;
}

QString messagesOf(const RequestFile::Problems &p)
{
    QStringList out;
    for (const FieldError &e : p.errors)
        out << e.field + u": "_s + e.message;
    return out.join(u'\n');
}

} // namespace

class tst_LocalFileRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validFileDefaultsObjectAndKeep();
    void bodyForSendingSetsImageUrlAndMarker();
    void missingAndUnreadableFile();
    void formatMismatchAtTheField();
    void bucketAndObjectNames_data();
    void bucketAndObjectNames();
    void imageUrlInBodyRefused();
    void bodyRulesOfMethodThree();
    void normalImportSizeLimit();
    void quickImportRules();
    void keepObjectMustBeBoolean();
    void rawQuickImportNeedsItsBitmap();
    void bitmapGivenOrFoundBesideTheFile();
    void bitmapObjectNames_data();
    void bitmapObjectNames();
    void bitmapOnlyForARawQuickImport();
};

void tst_LocalFileRequest::validFileDefaultsObjectAndKeep()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web.qcow2"_s), qcow2Head()));
    RequestFile::Problems problems;
    const auto file = RequestFile::parse(
        fileWith({{u"file"_s, u"web.qcow2"_s}, {u"bucket"_s, u"my-bucket"_s}}),
        dir.path(),
        &problems);
    QVERIFY2(file, qPrintable(messagesOf(problems)));
    QCOMPARE(file->method, CreationMethod::ImsLocalFile);
    QVERIFY2(problems.warnings.isEmpty(), qPrintable(problems.warnings.join(u'\n')));
    const auto request = file->localFileRequest();
    QVERIFY(request);
    QCOMPARE(request->file, dir.filePath(u"web.qcow2"_s));
    QCOMPARE(request->bucket, u"my-bucket"_s);
    QCOMPARE(request->object, u"web.qcow2"_s); // default: the file's name
    QVERIFY(request->keepObject);               // default: kept
    QCOMPARE(request->imageUrl(), u"my-bucket:web.qcow2"_s);
    QCOMPARE(file->imageName(), u"from-local"_s);
    QCOMPARE(CreationMethods::fromKey(u"ims-local-file"_s), CreationMethod::ImsLocalFile);
    QVERIFY(CreationMethods::isIms(CreationMethod::ImsLocalFile));
}

void tst_LocalFileRequest::bodyForSendingSetsImageUrlAndMarker()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web.qcow2"_s), qcow2Head()));
    QJsonObject body = validBody();
    body.insert(u"is_config_init"_s, true); // unknown: sent as given, with a warning
    RequestFile::Problems problems;
    const auto file = RequestFile::parse(fileWith({{u"file"_s, u"web.qcow2"_s},
                                                      {u"bucket"_s, u"my-bucket"_s},
                                                      {u"object"_s, u"images/web-1.qcow2"_s},
                                                      {u"keep_object"_s, false}},
                                             body),
        dir.path(),
        &problems);
    QVERIFY2(file, qPrintable(messagesOf(problems)));
    QCOMPARE(problems.warnings.size(), 1);
    QVERIFY(!file->localFileRequest()->keepObject);
    const QJsonObject sent = file->bodyForSending(u"m-1"_s);
    QCOMPARE(sent.value(u"image_url"_s).toString(), u"my-bucket:images/web-1.qcow2"_s);
    QCOMPARE(sent.value(u"min_disk"_s).toInt(), 40);
    QCOMPARE(sent.value(u"is_config_init"_s).toBool(), true);
    bool marked = false;
    for (const QJsonValue &t : sent.value(u"image_tags"_s).toArray())
        marked = marked
            || (t[u"key"_s].toString() == u"imagewright_op" && t[u"value"_s].toString() == u"m-1");
    QVERIFY2(marked, QJsonDocument(sent).toJson().constData());
    // The file as saved keeps the operator's body: no image_url, no marker.
    QVERIFY(!file->toJson().value(u"body"_s).toObject().contains(u"image_url"_s));
}

void tst_LocalFileRequest::missingAndUnreadableFile()
{
    TestDir dir;
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(
        fileWith({{u"bucket"_s, u"my-bucket"_s}}), dir.path(), &problems));
    QVERIFY2(fieldsOf(problems).contains(u"params.file"_s), qPrintable(messagesOf(problems)));
    QVERIFY(!RequestFile::parse(
        fileWith({{u"file"_s, u"gone.qcow2"_s}, {u"bucket"_s, u"my-bucket"_s}}),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.file"_s});
    QVERIFY(problems.errors.first().message.contains(u"does not exist"_s));
    QVERIFY(writeBytes(dir.filePath(u"empty.raw"_s), {}));
    QVERIFY(!RequestFile::parse(
        fileWith({{u"file"_s, u"empty.raw"_s}, {u"bucket"_s, u"my-bucket"_s}}),
        dir.path(),
        &problems));
    QVERIFY(problems.errors.first().message.contains(u"empty"_s));
}

void tst_LocalFileRequest::formatMismatchAtTheField()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"disk.vhd"_s), qcow2Head())); // a qcow2 named .vhd
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(
        fileWith({{u"file"_s, u"disk.vhd"_s}, {u"bucket"_s, u"my-bucket"_s}}),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.file"_s});
    QVERIFY2(problems.errors.first().message.contains(u"qcow2"_s), qPrintable(messagesOf(problems)));
}

void tst_LocalFileRequest::bucketAndObjectNames_data()
{
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("ok") << u"my-bucket.v2"_s << u"images/web.qcow2"_s << QString();
    QTest::newRow("upper case") << u"My-Bucket"_s << u"web.qcow2"_s << u"params.bucket"_s;
    QTest::newRow("too short") << u"ab"_s << u"web.qcow2"_s << u"params.bucket"_s;
    QTest::newRow("double period") << u"my..bucket"_s << u"web.qcow2"_s << u"params.bucket"_s;
    QTest::newRow("period hyphen") << u"my.-bucket"_s << u"web.qcow2"_s << u"params.bucket"_s;
    QTest::newRow("ip address") << u"192.168.1.10"_s << u"web.qcow2"_s << u"params.bucket"_s;
    QTest::newRow("space in object") << u"my-bucket"_s << u"my disk.qcow2"_s << u"params.object"_s;
    QTest::newRow("leading slash") << u"my-bucket"_s << u"/web.qcow2"_s << u"params.object"_s;
    QTest::newRow("empty object") << u"my-bucket"_s << QString() << u"params.object"_s;
}

void tst_LocalFileRequest::bucketAndObjectNames()
{
    QFETCH(QString, bucket);
    QFETCH(QString, object);
    QFETCH(QString, field);
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web.qcow2"_s), qcow2Head()));
    RequestFile::Problems problems;
    const auto file = RequestFile::parse(fileWith({{u"file"_s, u"web.qcow2"_s},
                                                      {u"bucket"_s, bucket},
                                                      {u"object"_s, object}}),
        dir.path(),
        &problems);
    if (field.isEmpty()) {
        QVERIFY2(file, qPrintable(messagesOf(problems)));
        return;
    }
    QVERIFY(!file);
    QCOMPARE(fieldsOf(problems), QStringList{field});
}

void tst_LocalFileRequest::imageUrlInBodyRefused()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web.qcow2"_s), qcow2Head()));
    QJsonObject body = validBody();
    body.insert(u"image_url"_s, u"other:web.qcow2"_s);
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(
        fileWith({{u"file"_s, u"web.qcow2"_s}, {u"bucket"_s, u"my-bucket"_s}}, body),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"body.image_url"_s});
}

void tst_LocalFileRequest::bodyRulesOfMethodThree()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web.qcow2"_s), qcow2Head()));
    QJsonObject body = validBody();
    body.insert(u"name"_s, u"bad/name"_s);
    body.insert(u"min_disk"_s, 20); // the system disk: 40-255 GB
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(
        fileWith({{u"file"_s, u"web.qcow2"_s}, {u"bucket"_s, u"my-bucket"_s}}, body),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), (QStringList{u"body.name"_s, u"body.min_disk"_s}));
}

void tst_LocalFileRequest::normalImportSizeLimit()
{
    TestDir dir;
    const QString path = dir.filePath(u"huge.raw"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Sparse: no disk space used. At the limit: refused ("smaller than 128 GB").
    QVERIFY(f.resize(LocalFileRequest::NormalImportMaxBytes));
    f.close();
    FieldErrors errors = LocalFileRequest::checkFile(path, false);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(u"quick import"_s), qPrintable(errors.first().message));
    QVERIFY(f.resize(LocalFileRequest::NormalImportMaxBytes - 1));
    QVERIFY2(LocalFileRequest::checkFile(path, false).isEmpty(),
        qPrintable(LocalFileRequest::checkFile(path, false).value(0).message));
    // A quick import takes a RAW file of this size.
    QVERIFY(f.resize(LocalFileRequest::NormalImportMaxBytes + 1));
    QVERIFY(LocalFileRequest::checkFile(path, true).isEmpty());
    QVERIFY(f.resize(LocalFileRequest::QuickImportMaxBytes + 1));
    QCOMPARE(LocalFileRequest::checkFile(path, true).size(), 1);
}

void tst_LocalFileRequest::quickImportRules()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web.qcow2"_s), qcow2Head()));
    QJsonObject body = validBody();
    body.insert(u"is_quick_import"_s, true);
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(
        fileWith({{u"file"_s, u"web.qcow2"_s}, {u"bucket"_s, u"my-bucket"_s}}, body),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.file"_s});
    QVERIFY(problems.errors.first().message.contains(u"ZVHD2"_s));
    QVERIFY(writeBytes(dir.filePath(u"web.zvhd2"_s), QByteArray(8192, 'z')));
    QVERIFY2(RequestFile::parse(
                 fileWith({{u"file"_s, u"web.zvhd2"_s}, {u"bucket"_s, u"my-bucket"_s}}, body),
                 dir.path(),
                 &problems),
        qPrintable(messagesOf(problems)));
}

void tst_LocalFileRequest::keepObjectMustBeBoolean()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web.qcow2"_s), qcow2Head()));
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(fileWith({{u"file"_s, u"web.qcow2"_s},
                                             {u"bucket"_s, u"my-bucket"_s},
                                             {u"keep_object"_s, u"no"_s}}),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.keep_object"_s});
}

void tst_LocalFileRequest::rawQuickImportNeedsItsBitmap()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"disk01.raw"_s), QByteArray(8192, '\0')));
    QJsonObject body = validBody();
    body.insert(u"is_quick_import"_s, true);
    RequestFile::Problems problems;
    // No disk01.mf beside it and none given: refused at params.bitmap, naming what was sought.
    QVERIFY(!RequestFile::parse(
        fileWith({{u"file"_s, u"disk01.raw"_s}, {u"bucket"_s, u"my-bucket"_s}}, body),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.bitmap"_s});
    QVERIFY2(
        problems.errors.first().message.contains(u"disk01.mf"_s), qPrintable(messagesOf(problems)));
    // A bitmap given that is not there, or empty.
    QVERIFY(!RequestFile::parse(fileWith({{u"file"_s, u"disk01.raw"_s},
                                             {u"bucket"_s, u"my-bucket"_s},
                                             {u"bitmap"_s, u"other.mf"_s}},
                                    body),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.bitmap"_s});
    QVERIFY(writeBytes(dir.filePath(u"other.mf"_s), QByteArray()));
    QVERIFY(!RequestFile::parse(fileWith({{u"file"_s, u"disk01.raw"_s},
                                             {u"bucket"_s, u"my-bucket"_s},
                                             {u"bitmap"_s, u"other.mf"_s}},
                                    body),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.bitmap"_s});
    QVERIFY(problems.errors.first().message.contains(u"empty"_s));
    // Not a text.
    QVERIFY(!RequestFile::parse(
        fileWith(
            {{u"file"_s, u"disk01.raw"_s}, {u"bucket"_s, u"my-bucket"_s}, {u"bitmap"_s, 7}}, body),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.bitmap"_s});
    // A normal import of the same file needs none.
    QVERIFY2(
        RequestFile::parse(fileWith({{u"file"_s, u"disk01.raw"_s}, {u"bucket"_s, u"my-bucket"_s}}),
            dir.path(),
            &problems),
        qPrintable(messagesOf(problems)));
}

void tst_LocalFileRequest::bitmapGivenOrFoundBesideTheFile()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"disk01.raw"_s), QByteArray(8192, '\0')));
    QVERIFY(writeBytes(dir.filePath(u"disk01.mf"_s), QByteArray(64, '\x01')));
    QVERIFY(QDir(dir.path()).mkpath(u"maps"_s));
    QVERIFY(writeBytes(dir.filePath(u"maps/made.mf"_s), QByteArray(64, '\x02')));
    QJsonObject body = validBody();
    body.insert(u"is_quick_import"_s, true);
    RequestFile::Problems problems;
    // Found beside the file; the order carries its absolute path; the object beside the image's.
    auto file = RequestFile::parse(fileWith({{u"file"_s, u"disk01.raw"_s},
                                                {u"bucket"_s, u"my-bucket"_s},
                                                {u"object"_s, u"images/web.raw"_s}},
                                       body),
        dir.path(),
        &problems);
    QVERIFY2(file, qPrintable(messagesOf(problems)));
    QCOMPARE(file->localFileRequest()->bitmapFile, dir.filePath(u"disk01.mf"_s));
    QCOMPARE(file->localFileRequest()->bitmapObject(), u"images/web.mf"_s);
    CreateOrder order = file->order(u"m-1"_s);
    QCOMPARE(order.params.value(u"bitmap"_s).toString(), dir.filePath(u"disk01.mf"_s));
    LocalFileRequest fromOrder = LocalFileRequest::fromOrder(order);
    QCOMPARE(fromOrder.bitmapFile, dir.filePath(u"disk01.mf"_s));
    QCOMPARE(fromOrder.bitmapObject(), u"images/web.mf"_s);
    // The body sent is method 3's: IMS finds the bitmap by its name, no field carries it.
    QVERIFY(!order.body.contains(u"bitmap"_s));
    QCOMPARE(order.body.value(u"image_url"_s).toString(), u"my-bucket:images/web.raw"_s);

    // Given relative to the request file's folder: it wins over the one beside the file.
    file = RequestFile::parse(fileWith({{u"file"_s, u"disk01.raw"_s},
                                           {u"bucket"_s, u"my-bucket"_s},
                                           {u"bitmap"_s, u"maps/made.mf"_s}},
                                  body),
        dir.path(),
        &problems);
    QVERIFY2(file, qPrintable(messagesOf(problems)));
    QVERIFY2(problems.warnings.isEmpty(), qPrintable(problems.warnings.join(u'\n')));
    QCOMPARE(file->localFileRequest()->bitmapFile, dir.filePath(u"maps/made.mf"_s));
    QCOMPARE(file->localFileRequest()->bitmapObject(), u"disk01.mf"_s);
    order = file->order(u"m-2"_s);
    QCOMPARE(order.params.value(u"bitmap"_s).toString(), dir.filePath(u"maps/made.mf"_s));

    // An object named as its own bitmap would be overwritten by it.
    QVERIFY(!RequestFile::parse(fileWith({{u"file"_s, u"disk01.raw"_s},
                                             {u"bucket"_s, u"my-bucket"_s},
                                             {u"object"_s, u"disk01.mf"_s}},
                                    body),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.object"_s});
}

void tst_LocalFileRequest::bitmapObjectNames_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("bitmap");
    QTest::newRow("name.raw") << u"image01.raw"_s << u"image01.mf"_s;
    QTest::newRow("folder") << u"a/b/image01.raw"_s << u"a/b/image01.mf"_s;
    QTest::newRow("two dots") << u"web.2026.img"_s << u"web.2026.mf"_s;
    QTest::newRow("no extension") << u"disk"_s << u"disk.mf"_s;
    QTest::newRow("dot in folder only") << u"v1.2/disk"_s << u"v1.2/disk.mf"_s;
    QTest::newRow("hidden name") << u"dir/.raw"_s << u"dir/.raw.mf"_s;
}

void tst_LocalFileRequest::bitmapObjectNames()
{
    QFETCH(QString, object);
    QFETCH(QString, bitmap);
    QCOMPARE(LocalFileRequest::bitmapObjectFor(object), bitmap);
}

void tst_LocalFileRequest::bitmapOnlyForARawQuickImport()
{
    TestDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web.zvhd2"_s), QByteArray(8192, 'z')));
    QVERIFY(writeBytes(dir.filePath(u"web.mf"_s), QByteArray(64, '\x01')));
    QVERIFY(writeBytes(dir.filePath(u"disk01.raw"_s), QByteArray(8192, '\0')));
    QJsonObject quick = validBody();
    quick.insert(u"is_quick_import"_s, true);
    RequestFile::Problems problems;
    // ZVHD2 quick import: no bitmap, even with one lying beside it; giving one is an error.
    auto file = RequestFile::parse(
        fileWith({{u"file"_s, u"web.zvhd2"_s}, {u"bucket"_s, u"my-bucket"_s}}, quick),
        dir.path(),
        &problems);
    QVERIFY2(file, qPrintable(messagesOf(problems)));
    QVERIFY(file->localFileRequest()->bitmapFile.isEmpty());
    QVERIFY(!file->order(u"m"_s).params.contains(u"bitmap"_s));
    QVERIFY(!RequestFile::parse(fileWith({{u"file"_s, u"web.zvhd2"_s},
                                             {u"bucket"_s, u"my-bucket"_s},
                                             {u"bitmap"_s, u"web.mf"_s}},
                                    quick),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.bitmap"_s});
    // RAW, normal import: a bitmap given is refused the same way.
    QVERIFY(!RequestFile::parse(fileWith({{u"file"_s, u"disk01.raw"_s},
                                    {u"bucket"_s, u"my-bucket"_s},
                                    {u"bitmap"_s, u"web.mf"_s}}),
        dir.path(),
        &problems));
    QCOMPARE(fieldsOf(problems), QStringList{u"params.bitmap"_s});
    QVERIFY(LocalFileRequest::needsBitmap(dir.filePath(u"disk01.raw"_s), true));
    QVERIFY(!LocalFileRequest::needsBitmap(dir.filePath(u"disk01.raw"_s), false));
    QVERIFY(!LocalFileRequest::needsBitmap(dir.filePath(u"web.zvhd2"_s), true));
}

QTEST_GUILESS_MAIN(tst_LocalFileRequest)
#include "tst_localfilerequest.moc"
