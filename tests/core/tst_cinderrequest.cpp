// Method 6 (Cinder os-volume_upload_image): the body equals seed 000's example for the same
// inputs, every rule as a data row (name, formats, force, visibility, FJcloud-O's raw/bare,
// microversion 3.1), request files, the 202 answer, volumes, version lists and endpoints.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "cloud/cloudsession.h"
#include "create/cinderuploadrequest.h"
#include "create/requestfile.h"
#include "model/cindervolume.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const QString VolumeId = u"c135f465-7e40-554b-8fbe-eb99846eab7f"_s;

/// The inputs behind seed 000's example request.
CinderUploadRequest seedInputs()
{
    CinderUploadRequest r;
    r.volumeId = VolumeId;
    r.imageName = u"my_image"_s;
    r.force = true;
    r.diskFormat = u"raw"_s;
    r.containerFormat = u"bare"_s;
    return r;
}

QStringList fields(const FieldErrors &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list << e.field;
    return list;
}

} // namespace

class tst_CinderRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenSeedExample();
    void defaultsAndOptionalFields();
    void rules_data();
    void rules();
    void nameCountsCodePoints();
    void cloudRules_data();
    void cloudRules();
    void booleans_data();
    void booleans();
    void fromBodyRoundTrip();
    void fromBodyRefusesBadShapes_data();
    void fromBodyRefusesBadShapes();
    void requestFile();
    void requestFileErrors();
    void imageIdFromResponse_data();
    void imageIdFromResponse();
    void volumes();
    void versionList_data();
    void versionList();
    void volumeUrls_data();
    void volumeUrls();
};

void tst_CinderRequest::goldenSeedExample()
{
    // Seed 000, "Example. Create volume: JSON request", verbatim.
    const QJsonObject seed = parse(R"({
        "os-volume_upload_image": {
            "container_format": "bare",
            "disk_format": "raw",
            "image_name": "my_image",
            "force": "True"
        }
    })");
    const CinderUploadRequest r = seedInputs();
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(r.toBody(), seed);
    // No marker can be added (interfaces.md §7): what a request file keeps is what is sent.
    RequestFile file;
    file.method = CreationMethod::CinderUploadToImage;
    file.params = QJsonObject{{u"volume_id"_s, VolumeId}};
    file.body = seed;
    QCOMPARE(file.bodyForSending(u"some-marker"_s), seed);
}

void tst_CinderRequest::defaultsAndOptionalFields()
{
    CinderUploadRequest r;
    r.volumeId = VolumeId;
    r.imageName = u"plain"_s;
    // Seed 000: raw and bare when left out; force False when left out, so not sent.
    QCOMPARE(r.toBody(),
        parse(R"({"os-volume_upload_image": {"container_format": "bare", "disk_format": "raw",
                  "image_name": "plain"}})"));
    r.visibility = u"shared"_s;
    r.isProtected = true;
    QCOMPARE(r.toBody(),
        parse(R"({"os-volume_upload_image": {"container_format": "bare", "disk_format": "raw",
                  "image_name": "plain", "visibility": "shared", "protected": true}})"));
    QVERIFY(r.validate().isEmpty());
}

void tst_CinderRequest::rules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("volumeStatus");
    QTest::addColumn<bool>("force");
    QTest::addColumn<QString>("diskFormat");
    QTest::addColumn<QString>("containerFormat");
    QTest::addColumn<QString>("visibility");
    QTest::addColumn<QStringList>("errors");

    const QString ok = u"img"_s;
    const QString raw = u"raw"_s;
    const QString bare = u"bare"_s;
    // image_name: Cinder's schema, 1-255.
    QTest::newRow("name 1") << u"a"_s << QString() << false << raw << bare << QString()
                            << QStringList{};
    QTest::newRow("name 255") << QString(255, u'n') << QString() << false << raw << bare
                              << QString() << QStringList{};
    QTest::newRow("name 256") << QString(256, u'n') << QString() << false << raw << bare
                              << QString() << QStringList{u"image_name"_s};
    QTest::newRow("name empty") << QString() << QString() << false << raw << bare << QString()
                                << QStringList{u"image_name"_s};
    QTest::newRow("name with spaces and kanji")
        << u" イメージ 1 "_s << QString() << false << raw << bare << QString() << QStringList{};
    // Volume status and force (seed 000; cinder/volume/api.py).
    QTest::newRow("available") << ok << u"available"_s << false << raw << bare << QString()
                               << QStringList{};
    QTest::newRow("available with force")
        << ok << u"available"_s << true << raw << bare << QString() << QStringList{u"force"_s};
    QTest::newRow("in-use without force")
        << ok << u"in-use"_s << false << raw << bare << QString() << QStringList{u"force"_s};
    QTest::newRow("in-use with force")
        << ok << u"in-use"_s << true << raw << bare << QString() << QStringList{};
    QTest::newRow("error") << ok << u"error"_s << false << raw << bare << QString()
                           << QStringList{u"volume_id"_s};
    QTest::newRow("uploading") << ok << u"uploading"_s << false << raw << bare << QString()
                               << QStringList{u"volume_id"_s};
    QTest::newRow("status unknown, force")
        << ok << QString() << true << raw << bare << QString() << QStringList{};
    // disk_format: Cinder's enum.
    for (const QString &format :
        {u"raw"_s, u"qcow2"_s, u"vmdk"_s, u"vdi"_s, u"vhd"_s, u"vhdx"_s, u"ploop"_s}) {
        QTest::addRow("disk %s", qPrintable(format))
            << ok << QString() << false << format << bare << QString() << QStringList{};
    }
    QTest::newRow("disk iso") << ok << QString() << false << u"iso"_s << bare << QString()
                              << QStringList{u"disk_format"_s};
    QTest::newRow("disk RAW") << ok << QString() << false << u"RAW"_s << bare << QString()
                              << QStringList{u"disk_format"_s};
    QTest::newRow("disk empty") << ok << QString() << false << QString() << bare << QString()
                                << QStringList{u"disk_format"_s};
    QTest::newRow("container compressed")
        << ok << QString() << false << raw << u"compressed"_s << QString() << QStringList{};
    QTest::newRow("container ovf") << ok << QString() << false << raw << u"ovf"_s << QString()
                                   << QStringList{u"container_format"_s};
    // visibility: microversion 3.1's enum.
    for (const QString &v : {u"private"_s, u"shared"_s, u"community"_s, u"public"_s}) {
        QTest::addRow("visibility %s", qPrintable(v))
            << ok << QString() << false << raw << bare << v << QStringList{};
    }
    QTest::newRow("visibility secret")
        << ok << QString() << false << raw << bare << u"secret"_s << QStringList{u"visibility"_s};
    QTest::newRow("everything wrong")
        << QString() << u"error"_s << true << u"iso"_s << u"ovf"_s << u"x"_s
        << QStringList{u"volume_id"_s,
               u"image_name"_s,
               u"force"_s,
               u"disk_format"_s,
               u"container_format"_s,
               u"visibility"_s};
}

void tst_CinderRequest::rules()
{
    QFETCH(QString, name);
    QFETCH(QString, volumeStatus);
    QFETCH(bool, force);
    QFETCH(QString, diskFormat);
    QFETCH(QString, containerFormat);
    QFETCH(QString, visibility);
    QFETCH(QStringList, errors);
    CinderUploadRequest r;
    r.volumeId = VolumeId;
    r.imageName = name;
    r.volumeStatus = volumeStatus;
    r.force = force;
    r.diskFormat = diskFormat;
    r.containerFormat = containerFormat;
    r.visibility = visibility;
    const FieldErrors found = r.validate();
    QCOMPARE(fields(found), errors);
    for (const FieldError &e : found)
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
    r.volumeId.clear();
    QVERIFY(fields(r.validate()).contains(u"volume_id"_s));
}

void tst_CinderRequest::nameCountsCodePoints()
{
    // 255 characters outside the BMP are 510 UTF-16 units, but 255 for Cinder's schema.
    QString name;
    for (int i = 0; i < 255; ++i)
        name += QString::fromUcs4(U"\U0001F600", 1);
    QCOMPARE(name.size(), 510);
    QVERIFY(!CinderUploadRequest::checkName(name));
    name += u'x';
    QVERIFY(CinderUploadRequest::checkName(name));
    QVERIFY(CinderUploadRequest::checkName(name)->contains(u"256"_s));
}

void tst_CinderRequest::cloudRules_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("microversion31");
    QTest::addColumn<QString>("diskFormat");
    QTest::addColumn<QString>("containerFormat");
    QTest::addColumn<QString>("visibility");
    QTest::addColumn<QStringList>("errors");
    const int fj = int(CloudFamily::FjcloudO);
    const int os = int(CloudFamily::OpenStack);
    // Seed 000: "raw を指定してください" / "bare を指定してください".
    QTest::newRow("fjcloud raw bare")
        << fj << false << u"raw"_s << u"bare"_s << QString() << QStringList{};
    QTest::newRow("fjcloud qcow2")
        << fj << false << u"qcow2"_s << u"bare"_s << QString() << QStringList{u"disk_format"_s};
    QTest::newRow("fjcloud compressed") << fj << false << u"raw"_s << u"compressed"_s << QString()
                                        << QStringList{u"container_format"_s};
    QTest::newRow("openstack qcow2")
        << os << false << u"qcow2"_s << u"bare"_s << QString() << QStringList{};
    // visibility and protected need microversion 3.1 (api-facts §1.7).
    QTest::newRow("visibility without 3.1")
        << os << false << u"raw"_s << u"bare"_s << u"public"_s << QStringList{u"visibility"_s};
    QTest::newRow("visibility with 3.1")
        << os << true << u"raw"_s << u"bare"_s << u"public"_s << QStringList{};
}

void tst_CinderRequest::cloudRules()
{
    QFETCH(int, family);
    QFETCH(bool, microversion31);
    QFETCH(QString, diskFormat);
    QFETCH(QString, containerFormat);
    QFETCH(QString, visibility);
    QFETCH(QStringList, errors);
    CinderUploadRequest r = seedInputs();
    r.force = false;
    r.diskFormat = diskFormat;
    r.containerFormat = containerFormat;
    r.visibility = visibility;
    QCOMPARE(fields(r.validateFor(CloudFamily(family), microversion31)), errors);
    r.isProtected = false;
    QCOMPARE(fields(r.validateFor(CloudFamily(family), microversion31)).contains(u"protected"_s),
        !microversion31);
    QCOMPARE(CinderUploadRequest::diskFormats(CloudFamily::FjcloudO), QStringList{u"raw"_s});
    QCOMPARE(CinderUploadRequest::containerFormats(CloudFamily::FjcloudO), QStringList{u"bare"_s});
}

void tst_CinderRequest::booleans_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 refused
    QTest::newRow("seed's \"True\"") << QJsonValue(u"True"_s) << 1;
    QTest::newRow("true") << QJsonValue(true) << 1;
    QTest::newRow("false") << QJsonValue(false) << 0;
    QTest::newRow("\"false\"") << QJsonValue(u"false"_s) << 0;
    QTest::newRow("\"1\"") << QJsonValue(u"1"_s) << 1;
    QTest::newRow("\"no\"") << QJsonValue(u"no"_s) << 0;
    QTest::newRow("\"tRUE\"") << QJsonValue(u"tRUE"_s) << -1;
    QTest::newRow("\"maybe\"") << QJsonValue(u"maybe"_s) << -1;
    QTest::newRow("1") << QJsonValue(1) << -1;
    QTest::newRow("null") << QJsonValue() << -1;
}

void tst_CinderRequest::booleans()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    const auto parsed = CinderUploadRequest::parseBoolean(value);
    QCOMPARE(parsed ? int(*parsed) : -1, expected);
}

void tst_CinderRequest::fromBodyRoundTrip()
{
    CinderUploadRequest r = seedInputs();
    r.visibility = u"community"_s;
    r.isProtected = false;
    FieldErrors errors;
    const auto back = CinderUploadRequest::fromBody(r.toBody(), VolumeId, &errors);
    QVERIFY2(back, qPrintable(fields(errors).join(u',')));
    QCOMPARE(back->toBody(), r.toBody());
    QCOMPARE(back->volumeId, VolumeId);
    QVERIFY(back->force);
    // Left-out formats take the seed's defaults.
    const auto minimal = CinderUploadRequest::fromBody(
        parse(R"({"os-volume_upload_image": {"image_name": "x"}})"), VolumeId, &errors);
    QVERIFY(minimal);
    QCOMPARE(minimal->diskFormat, u"raw"_s);
    QCOMPARE(minimal->containerFormat, u"bare"_s);
    QVERIFY(!minimal->force);
    QVERIFY(!CinderUploadRequest::fromBody(r.toBody(), QString(), &errors));
    QCOMPARE(fields(errors), QStringList{u"volume_id"_s});
}

void tst_CinderRequest::fromBodyRefusesBadShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no action") << QByteArray(R"({"image_name": "x"})")
                               << u"os-volume_upload_image"_s;
    QTest::newRow("action not an object")
        << QByteArray(R"({"os-volume_upload_image": "x"})") << u"os-volume_upload_image"_s;
    QTest::newRow("name a number")
        << QByteArray(R"({"os-volume_upload_image": {"image_name": 5}})") << u"image_name"_s;
    QTest::newRow("force a word") << QByteArray(
        R"({"os-volume_upload_image": {"image_name": "x", "force": "sure"}})")
                                  << u"force"_s;
    QTest::newRow("protected a number")
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "protected": 2}})")
        << u"protected"_s;
    QTest::newRow("disk_format a list")
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "disk_format": []}})")
        << u"disk_format"_s;
    QTest::newRow("disk_format unknown")
        << QByteArray(R"({"os-volume_upload_image": {"image_name": "x", "disk_format": "zvhd2"}})")
        << u"disk_format"_s;
}

void tst_CinderRequest::fromBodyRefusesBadShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    FieldErrors errors;
    QVERIFY(
        !CinderUploadRequest::fromBody(QJsonDocument::fromJson(body).object(), VolumeId, &errors));
    QVERIFY2(fields(errors).contains(field), qPrintable(fields(errors).join(u',')));
}

void tst_CinderRequest::requestFile()
{
    const QByteArray json = R"({"format": 1, "method": "cinder-upload-to-image",
        "params": {"volume_id": "c135f465-7e40-554b-8fbe-eb99846eab7f"},
        "body": {"os-volume_upload_image": {"image_name": "from-file", "force": true,
                 "disk_format": "qcow2", "extra_key": 1}}})";
    RequestFile::Problems problems;
    const auto file = RequestFile::parse(json, QString(), &problems);
    QVERIFY2(
        file, qPrintable(problems.errors.isEmpty() ? QString() : problems.errors.first().message));
    QCOMPARE(file->method, CreationMethod::CinderUploadToImage);
    QCOMPARE(file->imageName(), u"from-file"_s);
    // The unknown key is warned about and sent as given; force as the operator wrote it.
    QCOMPARE(problems.warnings.size(), 1);
    QVERIFY(problems.warnings.first().contains(u"extra_key"_s));
    const QJsonObject sent =
        file->bodyForSending(u"m"_s).value(u"os-volume_upload_image"_s).toObject();
    QCOMPARE(sent.value(u"extra_key"_s).toInt(), 1);
    QCOMPARE(sent.value(u"force"_s), QJsonValue(true));
    QCOMPARE(sent.value(u"disk_format"_s).toString(), u"qcow2"_s);
    QCOMPARE(sent.value(u"container_format"_s).toString(), u"bare"_s);
    QVERIFY(!sent.contains(u"imagewright_op"_s));
}

void tst_CinderRequest::requestFileErrors()
{
    const QByteArray json = R"({"method": "cinder-upload-to-image",
        "params": {"server_id": "x"},
        "body": {"os-volume_upload_image": {"image_name": "", "disk_format": "iso"}}})";
    RequestFile::Problems problems;
    QVERIFY(!RequestFile::parse(json, QString(), &problems));
    QStringList found = fields(problems.errors);
    found.sort();
    QCOMPARE(found,
        (QStringList{u"body.os-volume_upload_image.disk_format"_s,
            u"body.os-volume_upload_image.image_name"_s,
            u"params.volume_id"_s}));
    QVERIFY(!problems.warnings.filter(u"server_id"_s).isEmpty()); // a Nova parameter, ignored
}

void tst_CinderRequest::imageIdFromResponse_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<QString>("status");
    // Seed 000's example answer, verbatim.
    QTest::newRow("seed") << QByteArray(R"({
  "os-volume_upload_image":{
    "status":"uploading",
    "image_id":"3dc6c4d9-95e9-4cdb-a076-cc3ed50b9654",
    "image_name":"20150430_volume_to_image-003",
    "volume_type":{
      "name":"M1",
      "qos_specs_id":null,
      "deleted":false,
      "created_at":"2014-10-11T11:26:56.000000",
      "updated_at":null,
      "deleted_at":null,
      "id":"13a0247c-9363-401d-acd3-c5d07ccd1a45"
    },
    "container_format":"bare",
    "size":2,
    "disk_format":"raw",
    "id":"52102306-e352-4c84-9233-2ac2b511d29b",
    "display_description":null,
    "updated_at":"2015-04-30T06:31:31.000000"
  }
})") << u"3dc6c4d9-95e9-4cdb-a076-cc3ed50b9654"_s
                          << u"uploading"_s;
    QTest::newRow("no image_id") << QByteArray(
        R"({"os-volume_upload_image": {"status": "uploading"}})")
                                 << QString() << QString();
    QTest::newRow("not a uuid") << QByteArray(R"({"os-volume_upload_image": {"image_id": "abc"}})")
                                << QString() << QString();
    QTest::newRow("other shape") << QByteArray(
        R"({"image_id": "3dc6c4d9-95e9-4cdb-a076-cc3ed50b9654"})")
                                 << QString() << QString();
}

void tst_CinderRequest::imageIdFromResponse()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, imageId);
    QFETCH(QString, status);
    QString volumeStatus;
    QString why;
    const auto id = CinderUploadRequest::imageIdFromResponse(
        QJsonDocument::fromJson(answer).object(), &volumeStatus, &why);
    QCOMPARE(id.value_or(QString()), imageId);
    QCOMPARE(volumeStatus, status);
    QCOMPARE(why.isEmpty(), !imageId.isEmpty());
}

void tst_CinderRequest::volumes()
{
    const QJsonObject page = parse(R"({"volumes": [
        {"id": "v1", "name": "data", "status": "in-use", "size": 100, "bootable": "false",
         "encrypted": false, "volume_type": "SSD", "availability_zone": "az1",
         "attachments": [{"server_id": "s1", "device": "/dev/vdb"}]},
        {"id": "v2", "display_name": "legacy", "status": "error_extending", "size": 5,
         "bootable": "true", "volume_type": {"name": "M1"}, "attachments": []},
        {"name": "no id"}
    ], "volumes_links": [{"rel": "next",
        "href": "http://h/v3/p/volumes/detail?limit=2&marker=v2"}]})");
    const auto parsed = CinderVolumePage::fromJson(page);
    QVERIFY(parsed);
    QCOMPARE(parsed->volumes.size(), 2);
    QCOMPARE(parsed->nextMarker, u"v2"_s);
    const CinderVolume &data = parsed->volumes.at(0);
    QCOMPARE(data.status, u"in-use"_s);
    QVERIFY(data.isAttached());
    QCOMPARE(data.attachments.first().serverId, u"s1"_s);
    QCOMPARE(data.volumeType, u"SSD"_s);
    QVERIFY(!data.bootable);
    const CinderVolume &legacy = parsed->volumes.at(1);
    QCOMPARE(legacy.name, u"legacy"_s);
    QVERIFY(legacy.bootable);
    QVERIFY(legacy.isError());
    QCOMPARE(legacy.volumeType, u"M1"_s); // seed 000's object form
    QVERIFY(!CinderVolumePage::fromJson(parse(R"({"volume": {}})")));
}

void tst_CinderRequest::versionList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("chosen"); // "" = no microversion header
    QTest::addColumn<bool>("visibility");
    QTest::addColumn<bool>("valid");
    // Cinder's root (api-ref versions sample): v2.0 deprecated, v3.0 current.
    QTest::newRow("cinder root") << QByteArray(R"({"versions": [
        {"id": "v2.0", "status": "DEPRECATED", "version": "", "min_version": ""},
        {"id": "v3.0", "status": "CURRENT", "version": "3.70", "min_version": "3.0"}]})")
                                 << u"3.1"_s << true << true;
    QTest::newRow("3.0 only") << QByteArray(R"({"versions": [
        {"id": "v3.0", "status": "CURRENT", "version": "3.0", "min_version": "3.0"}]})")
                              << u"3.0"_s << false << true;
    QTest::newRow("no microversions") << QByteArray(R"({"versions": [
        {"id": "v3.0", "status": "CURRENT", "version": "", "min_version": ""}]})")
                                      << QString() << false << true;
    QTest::newRow("single document") << QByteArray(R"({"version":
        {"id": "v3.0", "status": "CURRENT", "version": "3.27", "min_version": "3.0"}})")
                                     << u"3.1"_s << true << true;
    // Nova's root and Keystone's /v3 are not volume documents.
    QTest::newRow("nova root") << QByteArray(R"({"versions": [
        {"id": "v2.1", "status": "CURRENT", "version": "2.93", "min_version": "2.1"}]})")
                               << QString() << false << false;
    QTest::newRow("keystone") << QByteArray(R"({"version": {"id": "v3.14", "status": "stable"}})")
                              << QString() << false << false;
    QTest::newRow("garbage max") << QByteArray(R"({"versions": [
        {"id": "v3.0", "version": "three", "min_version": "3.0"}]})")
                                 << QString() << false << false;
}

void tst_CinderRequest::versionList()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, chosen);
    QFETCH(bool, visibility);
    QFETCH(bool, valid);
    QString why;
    const auto version = VolumeApiVersion::fromJson(QJsonDocument::fromJson(json).object(), &why);
    QCOMPARE(version.has_value(), valid);
    QCOMPARE(why.isEmpty(), valid);
    if (!version)
        return;
    const auto mv = version->choose();
    QCOMPARE(mv ? mv->toString() : QString(), chosen);
    QCOMPARE(version->supportsImageVisibility(), visibility);
}

void tst_CinderRequest::volumeUrls_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QUrl>("versions");
    QTest::addColumn<bool>("v2");
    QTest::newRow("v3 with project")
        << QUrl(u"http://h:8776/v3/0d9e"_s) << QUrl(u"http://h:8776/"_s) << false;
    QTest::newRow("v2 fjcloud") << QUrl(u"https://blockstorage.jp-east-3.example/v2/abc"_s)
                                << QUrl(u"https://blockstorage.jp-east-3.example/"_s) << true;
    QTest::newRow("devstack path")
        << QUrl(u"http://h/volume/v3/p"_s) << QUrl(u"http://h/volume/"_s) << false;
    QTest::newRow("no version") << QUrl(u"http://h/block"_s) << QUrl(u"http://h/block/"_s) << false;
}

void tst_CinderRequest::volumeUrls()
{
    QFETCH(QUrl, endpoint);
    QFETCH(QUrl, versions);
    QFETCH(bool, v2);
    QCOMPARE(CloudSession::volumeVersionUrl(endpoint), versions);
    QCOMPARE(CloudSession::isVolumeV2(endpoint), v2);
}

QTEST_GUILESS_MAIN(tst_CinderRequest)
#include "tst_cinderrequest.moc"
