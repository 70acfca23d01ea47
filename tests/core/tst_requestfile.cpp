// Request files (interfaces.md §4): parse, validate with the wizard's rules (each message with its
// field path), keep unknown body keys with a warning, refuse other formats and methods this
// version cannot send, and save/load round trips.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "create/imagerules.h"
#include "create/requestfile.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

const char *const ValidBody = R"({
    "name": "web-base-2026",
    "description": "Made from web-01",
    "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a",
    "image_tags": [{"key": "team", "value": "web"}],
    "min_ram": 1024,
    "max_ram": 4096
})";

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray fileWith(
    const QJsonObject &body, const QJsonValue &format = 1, const QString &method = u"ims-ecs"_s)
{
    QJsonObject root{{u"method"_s, method}, {u"params"_s, QJsonObject{}}, {u"body"_s, body}};
    if (!format.isUndefined())
        root.insert(u"format"_s, format);
    return QJsonDocument(root).toJson();
}

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}

} // namespace

class tst_RequestFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validFileGivesTheSameBody();
    void formatMayBeLeftOut();
    void refused_data();
    void refused();
    void everyImsRuleWithItsField_data();
    void everyImsRuleWithItsField();
    void allMessagesAtOnce();
    void unknownKeysAreKeptWithAWarning();
    void markerAddedOnlyWhenSending();
    void roundTrip();
    void relativeFileParam();
    void orderIsWhatIsSent();
    void suggestedFileName();
};

void tst_RequestFile::validFileGivesTheSameBody()
{
    RequestFile::Problems problems;
    const auto file = RequestFile::parse(fileWith(object(ValidBody)), {}, &problems);
    QVERIFY2(file, qPrintable(problems.errors.value(0).message));
    QVERIFY(problems.errors.isEmpty());
    QVERIFY(problems.warnings.isEmpty());
    QCOMPARE(file->method, CreationMethod::ImsEcs);
    QCOMPARE(file->body, object(ValidBody));
    QCOMPARE(file->imageName(), u"web-base-2026"_s);
    // What the wizard would build from the same inputs is the same body.
    const auto ims = file->imsEcsRequest();
    QVERIFY(ims);
    QCOMPARE(ims->toBody(), object(ValidBody));
}

void tst_RequestFile::formatMayBeLeftOut()
{
    RequestFile::Problems problems;
    const auto file = RequestFile::parse(
        fileWith(object(ValidBody), QJsonValue(QJsonValue::Undefined)), {}, &problems);
    QVERIFY(file);
    QCOMPARE(file->toJson().value(u"format"_s).toInt(), 1); // written back explicitly
}

void tst_RequestFile::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment"); // part of the message

    const QJsonObject body = object(ValidBody);
    QTest::newRow("format 2") << fileWith(body, 2) << u"format"_s << u"format 2"_s;
    QTest::newRow("format text") << fileWith(body, u"1"_s) << u"format"_s << u"whole number"_s;
    QTest::newRow("unknown method")
        << fileWith(body, 1, u"ims-magic"_s) << u"method"_s << u"ims-magic"_s;
    QTest::newRow("nova without server_id, with an IMS body")
        << fileWith(body, 1, u"nova-create-image"_s) << u"params.server_id"_s << u"server"_s;
    QTest::newRow("cinder without volume_id, with an IMS body")
        << fileWith(body, 1, u"cinder-upload-to-image"_s) << u"params.volume_id"_s << u"volume"_s;
    QTest::newRow("ECS body for an OBS file")
        << fileWith(body, 1, u"ims-obs-file"_s) << u"body.instance_id"_s << u"image_url"_s;
    QTest::newRow("OBS object with a space (IMG.0175)")
        << fileWith(QJsonObject{{u"name"_s, u"c7"_s},
                        {u"image_url"_s, u"ims-image:centos 7.qcow2"_s},
                        {u"min_disk"_s, 40}},
               1,
               u"ims-obs-file"_s)
        << u"body.image_url"_s << u"spaces"_s;
    QTest::newRow("glance without params.file")
        << fileWith(body, 1, u"glance-create-upload"_s) << u"params.file"_s << u"image file"_s;
    QTest::newRow("no method") << QByteArray(R"({"format": 1, "body": {}})") << u"method"_s
                               << u"missing"_s;
    QTest::newRow("no body") << QByteArray(R"({"method": "ims-ecs"})") << u"body"_s << u"missing"_s;
    QTest::newRow("body array") << QByteArray(R"({"method": "ims-ecs", "body": []})") << u"body"_s
                                << u"object"_s;
    QTest::newRow("params array") << QByteArray(
        R"({"method": "ims-ecs", "params": [], "body": {}})")
                                  << u"params"_s << u"object"_s;
    QTest::newRow("not json") << QByteArray("{\"method\": ") << QString() << u"JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << QString() << u"object"_s;
}

void tst_RequestFile::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(json, {}, &problems));
    QVERIFY(!problems.errors.isEmpty());
    QVERIFY2(
        fields(problems.errors).contains(field), qPrintable(fields(problems.errors).join(u',')));
    bool seen = false;
    for (const FieldError &e : std::as_const(problems.errors))
        seen |= e.field == field && e.message.contains(fragment, Qt::CaseInsensitive);
    QVERIFY2(seen, qPrintable(problems.errors.constFirst().message));
}

void tst_RequestFile::everyImsRuleWithItsField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // empty: any message

    QTest::newRow("name empty") << u"name"_s << QJsonValue(u""_s) << u"body.name"_s
                                << *ImageRules::checkImsName(QString());
    QTest::newRow("name too long") << u"name"_s << QJsonValue(QString(129, u'a')) << u"body.name"_s
                                   << *ImageRules::checkImsName(QString(129, u'a'));
    QTest::newRow("name bad char") << u"name"_s << QJsonValue(u"web/base"_s) << u"body.name"_s
                                   << *ImageRules::checkImsName(u"web/base"_s);
    QTest::newRow("name outer space") << u"name"_s << QJsonValue(u" web"_s) << u"body.name"_s
                                      << *ImageRules::checkImsName(u" web"_s);
    QTest::newRow("name not text") << u"name"_s << QJsonValue(5) << u"body.name"_s << QString();
    QTest::newRow("description newline")
        << u"description"_s << QJsonValue(u"a\nb"_s) << u"body.description"_s
        << *ImageRules::checkImsDescription(u"a\nb"_s);
    QTest::newRow("description angle")
        << u"description"_s << QJsonValue(u"<b>"_s) << u"body.description"_s
        << *ImageRules::checkImsDescription(u"<b>"_s);
    QTest::newRow("description too long")
        << u"description"_s << QJsonValue(QString(1025, u'd')) << u"body.description"_s
        << *ImageRules::checkImsDescription(QString(1025, u'd'));
    QTest::newRow("instance missing")
        << u"instance_id"_s << QJsonValue(u""_s) << u"body.instance_id"_s << QString();
    QTest::newRow("min_ram fraction")
        << u"min_ram"_s << QJsonValue(1.5) << u"body.min_ram"_s << QString();
    QTest::newRow("max_ram below min") << u"max_ram"_s << QJsonValue(512) << u"body.max_ram"_s
                                       << *ImageRules::checkRamRange(1024, 512);
    QTest::newRow("tag key too long")
        << u"image_tags"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"key"_s, QString(37, u'k')}, {u"value"_s, u"v"_s}}})
        << u"body.image_tags[0].key"_s << QString();
    QTest::newRow("tag key twice")
        << u"image_tags"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, u"1"_s}},
               QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, u"2"_s}}})
        << u"body.image_tags[1].key"_s << QString();
    QTest::newRow("both tag forms")
        << u"tags"_s << QJsonValue(QJsonArray{u"a.1"_s}) << u"body.image_tags"_s << QString();
    QTest::newRow("data_images") << u"data_images"_s << QJsonValue(QJsonArray{})
                                 << u"body.data_images"_s << QString();
}

void tst_RequestFile::everyImsRuleWithItsField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QJsonObject body = object(ValidBody);
    body.insert(key, value);
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(fileWith(body), {}, &problems));
    QVERIFY2(
        fields(problems.errors).contains(field), qPrintable(fields(problems.errors).join(u',')));
    if (!message.isEmpty()) {
        bool seen = false;
        for (const FieldError &e : std::as_const(problems.errors))
            seen |= e.field == field && e.message == message;
        QVERIFY2(seen, qPrintable(problems.errors.constFirst().message));
    }
}

void tst_RequestFile::allMessagesAtOnce()
{
    QJsonObject body = object(ValidBody);
    body.insert(u"name"_s, u"bad/name"_s);
    body.insert(u"description"_s, u"<script>"_s);
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(fileWith(body), {}, &problems));
    QCOMPARE(fields(problems.errors), (QStringList{u"body.name"_s, u"body.description"_s}));
}

void tst_RequestFile::unknownKeysAreKeptWithAWarning()
{
    QJsonObject body = object(ValidBody);
    body.insert(u"is_config_init"_s, true); // seed 004's examples carry it
    const QByteArray json = fileWith(body);
    RequestFile::Problems problems;
    const auto file = RequestFile::parse(json, {}, &problems);
    QVERIFY(file);
    QCOMPARE(problems.warnings.size(), 1);
    QVERIFY(problems.warnings.constFirst().contains(u"is_config_init"_s));
    QCOMPARE(file->body, body);
    const QJsonObject sent = file->bodyForSending(u"m-1"_s);
    QCOMPARE(sent.value(u"is_config_init"_s), QJsonValue(true)); // sent as given
}

void tst_RequestFile::markerAddedOnlyWhenSending()
{
    const auto file = RequestFile::parse(fileWith(object(ValidBody)), {}, nullptr);
    QVERIFY(file);
    const QJsonObject sent = file->bodyForSending(u"1b2c"_s);
    const QJsonArray tags = sent.value(u"image_tags"_s).toArray();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags.at(1).toObject(),
        (QJsonObject{{u"key"_s, u"imagewright_op"_s}, {u"value"_s, u"1b2c"_s}}));
    QJsonObject withoutMarker = sent;
    withoutMarker.insert(u"image_tags"_s, QJsonArray{tags.at(0)});
    QCOMPARE(withoutMarker, file->body);
    QVERIFY(!file->toBytes().contains("imagewright_op")); // never stored
}

void tst_RequestFile::roundTrip()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    ImsEcsRequest r;
    r.name = u"round-trip"_s;
    r.instanceId = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s;
    r.tagForm = TagSet::ImsForm::Tags;
    r.tags = TagSet({{u"team"_s, u"qa"_s}});
    const RequestFile original = RequestFile::fromImsEcs(r);
    const QString path = dir.filePath(u"round-trip.json"_s);
    QString error;
    QVERIFY2(original.save(path, &error), qPrintable(error));
    RequestFile::Problems problems;
    const auto loaded = RequestFile::load(path, &problems);
    QVERIFY(loaded);
    QCOMPARE(loaded->method, original.method);
    QCOMPARE(loaded->body, original.body);
    QCOMPARE(loaded->toBytes(), original.toBytes());
    QCOMPARE(loaded->baseDir, dir.path());
    QVERIFY(!RequestFile::load(dir.filePath(u"missing.json"_s), &problems));
    QCOMPARE(problems.errors.size(), 1);
}

void tst_RequestFile::relativeFileParam()
{
    RequestFile f;
    f.baseDir = u"/srv/requests"_s;
    f.params.insert(u"file"_s, u"../images/disk.qcow2"_s);
    QCOMPARE(f.resolvedFile(), u"/srv/images/disk.qcow2"_s);
    f.params.insert(u"file"_s, u"/data/disk.qcow2"_s);
    QCOMPARE(f.resolvedFile(), u"/data/disk.qcow2"_s);
}

void tst_RequestFile::orderIsWhatIsSent()
{
    // IMS: the chosen marker in the body, nothing else.
    const auto ims = RequestFile::parse(fileWith(object(ValidBody)), {}, nullptr);
    QVERIFY(ims);
    CreateOrder order = ims->order(u"1b2c"_s);
    QCOMPARE(order.method, ims->method);
    QCOMPARE(order.marker, u"1b2c"_s);
    QCOMPARE(order.body, ims->bodyForSending(u"1b2c"_s));
    QCOMPARE(order.imageName, ims->imageName());
    QVERIFY(order.sourceId.isEmpty());

    // Nova: the server from params; Cinder: the volume, and no marker (it has no place for one).
    RequestFile nova;
    nova.method = CreationMethod::NovaCreateImage;
    nova.params = QJsonObject{{u"server_id"_s, u"srv-1"_s}};
    nova.body = QJsonObject{{u"createImage"_s, QJsonObject{{u"name"_s, u"snap"_s}}}};
    order = nova.order(u"m-1"_s);
    QCOMPARE(order.sourceId, u"srv-1"_s);
    QCOMPARE(order.imageName, u"snap"_s);
    QCOMPARE(order.body.value(u"createImage"_s).toObject().value(u"metadata"_s).toObject().value(
                 u"imagewright_op"_s),
        QJsonValue(u"m-1"_s));
    RequestFile cinder;
    cinder.method = CreationMethod::CinderUploadToImage;
    cinder.params = QJsonObject{{u"volume_id"_s, u"vol-1"_s}};
    cinder.body = QJsonObject{
        {u"os-volume_upload_image"_s, QJsonObject{{u"image_name"_s, u"from-volume"_s}}}};
    order = cinder.order(u"m-2"_s);
    QCOMPARE(order.sourceId, u"vol-1"_s);
    QVERIFY(order.marker.isEmpty());
    QCOMPARE(order.imageName, u"from-volume"_s);

    // Glance: a pinned id is the marker; the file resolved against the request's folder.
    RequestFile glance;
    glance.method = CreationMethod::GlanceCreateUpload;
    glance.baseDir = u"/srv/requests"_s;
    glance.params = QJsonObject{{u"file"_s, u"disk.qcow2"_s}};
    glance.body = QJsonObject{{u"name"_s, u"g"_s}, {u"disk_format"_s, u"qcow2"_s},
        {u"container_format"_s, u"bare"_s},
        {u"id"_s, u"0d4f2b8e-2c1a-4d7e-9a51-3a8f6c0b9e11"_s}};
    order = glance.order(u"m-3"_s);
    QCOMPARE(order.marker, u"0d4f2b8e-2c1a-4d7e-9a51-3a8f6c0b9e11"_s);
    QCOMPARE(order.body.value(u"id"_s).toString(), order.marker);
    QCOMPARE(order.filePath, u"/srv/requests/disk.qcow2"_s);
}

void tst_RequestFile::suggestedFileName()
{
    QCOMPARE(RequestFile::suggestedFileName(u"web-base 2026"_s), u"web-base-2026.json"_s);
    QCOMPARE(RequestFile::suggestedFileName(u""_s), u"request.json"_s);
    QCOMPARE(RequestFile::suggestedFileName(u"../etc"_s), u"etc.json"_s);
}

QTEST_GUILESS_MAIN(tst_RequestFile)
#include "tst_requestfile.moc"
