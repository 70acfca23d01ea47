// Methods 2–4 (IMS data disk images from an ECS, image from an OBS file, system disk image from
// a data disk): bodies equal to seed 004's examples for the same inputs, plus only the
// documented marker; every documented rule as a data row, with the field it is shown at.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "create/imsmethodrequests.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}

const TagSet SeedTags({{u"aaa"_s, u"111"_s}, {u"bbb"_s, u"333"_s}, {u"ccc"_s, u"444"_s}});
const TagSet SeedImageTags({{u"key2"_s, u"value2"_s}, {u"key1"_s, u"value1"_s}});

ImsDataDisksRequest seedDataDisks(TagSet::ImsForm form)
{
    ImsDataDisksRequest r;
    ImsDataDisksRequest::DataImage image;
    image.name = u"ims_data_image_test"_s;
    image.description = u"Create a data disk image from the data disk of an ECS"_s;
    image.volumeId = u"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"_s;
    image.tagForm = form;
    image.tags = form == TagSet::ImsForm::Tags ? SeedTags : SeedImageTags;
    r.images.append(image);
    return r;
}

ImsObsFileRequest seedObs(TagSet::ImsForm form)
{
    ImsObsFileRequest r;
    r.name = u"ims_test_file"_s;
    r.description = u"Create an image from a file in an OBS bucket"_s;
    r.imageUrl = u"ims-image:centos70.qcow2"_s;
    r.osVersion = u"CentOS 7.0 64bit"_s;
    r.minDisk = 40;
    r.tagForm = form;
    r.tags = form == TagSet::ImsForm::Tags ? SeedTags : SeedImageTags;
    return r;
}

ImsDataDiskRequest seedDataDisk(TagSet::ImsForm form)
{
    ImsDataDiskRequest r;
    r.name = u"ims_test"_s;
    r.description = u"Create a system disk image from a data disk"_s;
    r.volumeId = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s;
    r.type = u"ECS"_s;
    r.osVersion = u"CentOS 7.0 64bit"_s;
    r.tagForm = form;
    r.tags = form == TagSet::ImsForm::Tags ? SeedTags : SeedImageTags;
    return r;
}

} // namespace

class tst_ImsMethods : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenDataDisks_data();
    void goldenDataDisks();
    void goldenObsFile_data();
    void goldenObsFile();
    void goldenDataDisk_data();
    void goldenDataDisk();
    void markerOnly();
    void dataDisksRules_data();
    void dataDisksRules();
    void obsRules_data();
    void obsRules();
    void obsDataDisksBody();
    void dataDiskRules_data();
    void dataDiskRules();
    void fromBodyRoundTrips();
    void fromBodyTypeErrors_data();
    void fromBodyTypeErrors();
    void jobName();
};

void tst_ImsMethods::goldenDataDisks_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QByteArray>("seed");
    // seed 004, "Creating a data disk image with parameter tags using a data disk ... of an ECS"
    QTest::newRow("tags")
        << int(TagSet::ImsForm::Tags)
        << QByteArray(
               R"({ "data_images": [{"name": "ims_data_image_test", "description": "Create a data disk image from the data disk of an ECS", "volume_id": "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30", "tags": [ "aaa.111", "bbb.333", "ccc.444" ] }] })");
    QTest::newRow("image_tags")
        << int(TagSet::ImsForm::ImageTags)
        << QByteArray(
               R"({ "data_images": [{"name": "ims_data_image_test", "description": "Create a data disk image from the data disk of an ECS", "volume_id": "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30", "image_tags": [{"key":"key2","value":"value2"},{"key":"key1","value":"value1"}] }] })");
}

void tst_ImsMethods::goldenDataDisks()
{
    QFETCH(int, form);
    QFETCH(QByteArray, seed);
    const ImsDataDisksRequest r = seedDataDisks(TagSet::ImsForm(form));
    QCOMPARE(r.validate(), FieldErrors());
    QCOMPARE(r.toBody(), parse(seed.constData()));
}

void tst_ImsMethods::goldenObsFile_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QByteArray>("seed");
    // seed 004, "Creating an image using an image file uploaded to an OBS bucket"
    QTest::newRow("tags")
        << int(TagSet::ImsForm::Tags)
        << QByteArray(
               R"({ "name": "ims_test_file", "description": "Create an image from a file in an OBS bucket", "image_url": "ims-image:centos70.qcow2", "os_version": "CentOS 7.0 64bit", "min_disk": 40, "tags": [ "aaa.111", "bbb.333", "ccc.444" ] })");
    QTest::newRow("image_tags")
        << int(TagSet::ImsForm::ImageTags)
        << QByteArray(
               R"({ "name": "ims_test_file", "description": "Create an image from a file in an OBS bucket", "image_url": "ims-image:centos70.qcow2", "os_version": "CentOS 7.0 64bit", "min_disk": 40, "image_tags": [{"key":"key2","value":"value2"},{"key":"key1","value":"value1"}] })");
}

void tst_ImsMethods::goldenObsFile()
{
    QFETCH(int, form);
    QFETCH(QByteArray, seed);
    const ImsObsFileRequest r = seedObs(TagSet::ImsForm(form));
    QCOMPARE(r.validate(), FieldErrors());
    QCOMPARE(r.toBody(), parse(seed.constData()));
}

void tst_ImsMethods::goldenDataDisk_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QByteArray>("seed");
    // seed 004, "Creating a system disk image with parameter tags using a data disk"
    QTest::newRow("tags")
        << int(TagSet::ImsForm::Tags)
        << QByteArray(
               R"({ "name": "ims_test", "description": "Create a system disk image from a data disk", "volume_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "type": "ECS", "os_version": "CentOS 7.0 64bit", "tags": [ "aaa.111", "bbb.333", "ccc.444" ] })");
    QTest::newRow("image_tags")
        << int(TagSet::ImsForm::ImageTags)
        << QByteArray(
               R"({ "name": "ims_test", "description": "Create a system disk image from a data disk", "volume_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "type": "ECS", "os_version": "CentOS 7.0 64bit", "image_tags": [{"key":"key2","value":"value2"},{"key":"key1","value":"value1"}] })");
}

void tst_ImsMethods::goldenDataDisk()
{
    QFETCH(int, form);
    QFETCH(QByteArray, seed);
    const ImsDataDiskRequest r = seedDataDisk(TagSet::ImsForm(form));
    QCOMPARE(r.validate(), FieldErrors());
    QCOMPARE(r.toBody(), parse(seed.constData()));
}

void tst_ImsMethods::markerOnly()
{
    const QString marker = u"0b5c7c1e-6f1e-4d7e-9a8e-2a4f3c5d6e7f"_s;
    // Method 2: every data image gets the marker in its own tag form, nothing else changes.
    ImsDataDisksRequest disks = seedDataDisks(TagSet::ImsForm::Tags);
    ImsDataDisksRequest::DataImage second = disks.images.first();
    second.volumeId = u"11111111-2222-3333-4444-555555555555"_s;
    second.tags = {};
    second.tagForm = TagSet::ImsForm::ImageTags;
    disks.images.append(second);
    const QJsonArray sent = disks.toBodyWithMarker(marker).value(u"data_images"_s).toArray();
    QCOMPARE(sent.at(0).toObject().value(u"tags"_s).toArray().last().toString(),
        u"imagewright_op."_s + marker);
    QCOMPARE(sent.at(1).toObject().value(u"image_tags"_s).toArray(),
        QJsonArray({QJsonObject{{u"key"_s, u"imagewright_op"_s}, {u"value"_s, marker}}}));
    QJsonObject firstSent = sent.at(0).toObject();
    QJsonArray tags = firstSent.value(u"tags"_s).toArray();
    tags.removeLast();
    firstSent.insert(u"tags"_s, tags);
    QCOMPARE(firstSent, disks.toBody().value(u"data_images"_s).toArray().at(0).toObject());

    // Methods 3 and 4: one more image_tags entry, nothing else.
    for (const auto &[plain, marked] :
        {std::pair{seedObs(TagSet::ImsForm::ImageTags).toBody(),
             seedObs(TagSet::ImsForm::ImageTags).toBodyWithMarker(marker)},
            std::pair{seedDataDisk(TagSet::ImsForm::ImageTags).toBody(),
                seedDataDisk(TagSet::ImsForm::ImageTags).toBodyWithMarker(marker)}}) {
        QJsonObject stripped = marked;
        QJsonArray t = stripped.value(u"image_tags"_s).toArray();
        QCOMPARE(t.last().toObject().value(u"value"_s).toString(), marker);
        t.removeLast();
        stripped.insert(u"image_tags"_s, t);
        QCOMPARE(stripped, plain);
    }
}

void tst_ImsMethods::dataDisksRules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("valid") << u""_s << u""_s;
    QTest::newRow("no disk") << u"none"_s << u"data_images"_s;
    QTest::newRow("name empty") << u"name="_s << u"data_images[0].name"_s;
    QTest::newRow("name non-ASCII") << u"name=映像"_s << u"data_images[0].name"_s;
    QTest::newRow("name 128") << u"name="_s + QString(128, u'a') << u""_s;
    QTest::newRow("name 129") << u"name="_s + QString(129, u'a') << u"data_images[0].name"_s;
    QTest::newRow("no volume") << u"volume="_s << u"data_images[0].volume_id"_s;
    QTest::newRow("same volume twice") << u"twice"_s << u"data_images[1].volume_id"_s;
    QTest::newRow("description <") << u"description=a<b"_s << u"data_images[0].description"_s;
    QTest::newRow("description LF") << u"description=a\nb"_s << u"data_images[0].description"_s;
    QTest::newRow("tag key 37") << u"tagkey="_s + QString(37, u'k')
                                << u"data_images[0].tags[0].key"_s;
}

void tst_ImsMethods::dataDisksRules()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    ImsDataDisksRequest r = seedDataDisks(TagSet::ImsForm::Tags);
    ImsDataDisksRequest::DataImage &image = r.images.first();
    if (change == u"none"_s)
        r.images.clear();
    else if (change == u"twice"_s)
        r.images.append(image);
    else if (change.startsWith(u"name="_s))
        image.name = change.mid(5);
    else if (change.startsWith(u"volume="_s))
        image.volumeId = change.mid(7);
    else if (change.startsWith(u"description="_s))
        image.description = change.mid(12);
    else if (change.startsWith(u"tagkey="_s))
        image.tags = TagSet({{change.mid(7), u"v"_s}});
    if (change == u"twice"_s)
        r.images[1].name = u"other"_s;
    const FieldErrors errors = r.validate();
    if (field.isEmpty())
        QCOMPARE(errors, FieldErrors());
    else
        QVERIFY2(fields(errors).contains(field), qPrintable(fields(errors).join(u", "_s)));
}

void tst_ImsMethods::obsRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("valid") << u""_s << u""_s << u""_s;
    QTest::newRow("url empty") << u"url"_s << u""_s << u"image_url"_s;
    QTest::newRow("url without colon") << u"url"_s << u"ims-image/centos.qcow2"_s << u"image_url"_s;
    QTest::newRow("url no file") << u"url"_s << u"ims-image:"_s << u"image_url"_s;
    QTest::newRow("object with a space") << u"url"_s << u"ims-image:centos 7.qcow2"_s
                                         << u"image_url"_s; // IMG.0175
    QTest::newRow("folder with a space") << u"url"_s << u"ims-image:my images/c7.qcow2"_s
                                         << u"image_url"_s;
    QTest::newRow("object in a folder") << u"url"_s << u"ims-image:images/c7.qcow2"_s << u""_s;
    QTest::newRow("bucket uppercase") << u"url"_s << u"IMS:a.qcow2"_s << u"image_url"_s;
    QTest::newRow("bucket 2 chars") << u"url"_s << u"ab:a.qcow2"_s << u"image_url"_s;
    QTest::newRow("bucket ends with -") << u"url"_s << u"abc-:a.qcow2"_s << u"image_url"_s;
    QTest::newRow("bucket ..") << u"url"_s << u"a..b:a.qcow2"_s << u"image_url"_s;
    QTest::newRow("bucket 63") << u"url"_s << QString(63, u'b') + u":f.vhd"_s << u""_s;
    QTest::newRow("bucket 64") << u"url"_s << QString(64, u'b') + u":f.vhd"_s << u"image_url"_s;
    QTest::newRow("min_disk missing") << u"min_disk"_s << u"0"_s << u"min_disk"_s;
    QTest::newRow("min_disk 39") << u"min_disk"_s << u"39"_s << u"min_disk"_s;
    QTest::newRow("min_disk 40") << u"min_disk"_s << u"40"_s << u""_s;
    QTest::newRow("min_disk 255") << u"min_disk"_s << u"255"_s << u""_s;
    QTest::newRow("min_disk 256") << u"min_disk"_s << u"256"_s << u"min_disk"_s;
    QTest::newRow("os_type Linux") << u"os_type"_s << u"Linux"_s << u""_s;
    QTest::newRow("os_type linux") << u"os_type"_s << u"linux"_s << u"os_type"_s;
    QTest::newRow("no os_version, qcow2") << u"os_version"_s << u""_s << u""_s;
    QTest::newRow("no os_version, ISO") << u"iso"_s << u""_s << u"os_version"_s;
    QTest::newRow("no os_version, quick import") << u"quick"_s << u""_s << u"os_version"_s;
    QTest::newRow("ISO with os_version") << u"iso"_s << u"CentOS 7.0 64bit"_s << u""_s;
    QTest::newRow("4 data disks") << u"disks"_s << u"4"_s << u"data_images"_s;
    QTest::newRow("3 data disks") << u"disks"_s << u"3"_s << u""_s;
    QTest::newRow("data disk min_disk 0")
        << u"disk_min"_s << u"0"_s << u"data_images[0].min_disk"_s;
    QTest::newRow("data disk min_disk 1") << u"disk_min"_s << u"1"_s << u""_s;
    QTest::newRow("data disk min_disk 2048") << u"disk_min"_s << u"2048"_s << u""_s;
    QTest::newRow("data disk min_disk 2049")
        << u"disk_min"_s << u"2049"_s << u"data_images[0].min_disk"_s;
    QTest::newRow("data disk url")
        << u"disk_url"_s << u"nocolon"_s << u"data_images[0].image_url"_s;
    QTest::newRow("data disk name optional") << u"disk_name"_s << u""_s << u""_s;
    QTest::newRow("data disk name bad") << u"disk_name"_s << u" x"_s << u"data_images[0].name"_s;
    QTest::newRow("ram range") << u"ram"_s << u""_s << u"max_ram"_s;
}

void tst_ImsMethods::obsRules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, field);
    ImsObsFileRequest r = seedObs(TagSet::ImsForm::Tags);
    ImsObsFileRequest::DataDisk disk;
    disk.imageUrl = u"ims-image:data1.qcow2"_s;
    disk.minDisk = 100;
    disk.name = u"data1"_s;
    if (key.startsWith(u"disk"_s))
        r.dataDisks.append(disk);
    if (key == u"url"_s)
        r.imageUrl = value;
    else if (key == u"min_disk"_s)
        r.minDisk = value.toInt();
    else if (key == u"os_type"_s)
        r.osType = value;
    else if (key == u"os_version"_s)
        r.osVersion = value;
    else if (key == u"iso"_s) {
        r.imageUrl = u"ims-image:Install.ISO"_s;
        r.osVersion = value;
    } else if (key == u"quick"_s) {
        r.isQuickImport = true;
        r.osVersion = value;
    } else if (key == u"disks"_s) {
        while (r.dataDisks.size() < value.toInt())
            r.dataDisks.append(disk);
    } else if (key == u"disk_min"_s)
        r.dataDisks[0].minDisk = value.toInt();
    else if (key == u"disk_url"_s)
        r.dataDisks[0].imageUrl = value;
    else if (key == u"disk_name"_s)
        r.dataDisks[0].name = value;
    else if (key == u"ram"_s) {
        r.minRam = 2048;
        r.maxRam = 1024;
    }
    const FieldErrors errors = r.validate();
    if (field.isEmpty())
        QCOMPARE(errors, FieldErrors());
    else
        QVERIFY2(fields(errors).contains(field), qPrintable(fields(errors).join(u", "_s)));
}

void tst_ImsMethods::obsDataDisksBody()
{
    ImsObsFileRequest r = seedObs(TagSet::ImsForm::ImageTags);
    r.isConfig = true;
    r.osType = u"Linux"_s;
    r.cmkId = u"f2a1b0c9-1111-2222-3333-444455556666"_s;
    ImsObsFileRequest::DataDisk disk;
    disk.imageUrl = u"ims-image:data1.qcow2"_s;
    disk.minDisk = 100;
    disk.isQuickImport = false;
    r.dataDisks.append(disk);
    QCOMPARE(r.validate(), FieldErrors());
    const QJsonObject body = r.toBody();
    QCOMPARE(body.value(u"is_config"_s), QJsonValue(true));
    QCOMPARE(body.value(u"os_type"_s).toString(), u"Linux"_s);
    QCOMPARE(body.value(u"cmk_id"_s).toString(), r.cmkId);
    QVERIFY(!body.contains(u"is_quick_import"_s)); // not chosen: left to the cloud's default
    QCOMPARE(body.value(u"data_images"_s).toArray(),
        QJsonArray({QJsonObject{{u"image_url"_s, u"ims-image:data1.qcow2"_s},
            {u"min_disk"_s, 100},
            {u"is_quick_import"_s, false}}}));
}

void tst_ImsMethods::dataDiskRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << u""_s << u""_s << u""_s;
    QTest::newRow("no volume") << u"volume"_s << u""_s << u"volume_id"_s;
    QTest::newRow("no os_version") << u"os_version"_s << u""_s << u"os_version"_s;
    QTest::newRow("os_version blank") << u"os_version"_s << u"  "_s << u"os_version"_s;
    QTest::newRow("type BMS") << u"type"_s << u"BMS"_s << u""_s;
    QTest::newRow("type FusionCompute") << u"type"_s << u"FusionCompute"_s << u""_s;
    QTest::newRow("type Ironic") << u"type"_s << u"Ironic"_s << u""_s;
    QTest::newRow("type omitted") << u"type"_s << u""_s << u""_s;
    QTest::newRow("type ecs") << u"type"_s << u"ecs"_s << u"type"_s;
    QTest::newRow("type KVM") << u"type"_s << u"KVM"_s << u"type"_s;
    QTest::newRow("name trailing space") << u"name"_s << u"x "_s << u"name"_s;
    QTest::newRow("description >") << u"description"_s << u">"_s << u"description"_s;
}

void tst_ImsMethods::dataDiskRules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, field);
    ImsDataDiskRequest r = seedDataDisk(TagSet::ImsForm::Tags);
    if (key == u"volume"_s)
        r.volumeId = value;
    else if (key == u"os_version"_s)
        r.osVersion = value;
    else if (key == u"type"_s)
        r.type = value;
    else if (key == u"name"_s)
        r.name = value;
    else if (key == u"description"_s)
        r.description = value;
    const FieldErrors errors = r.validate();
    if (field.isEmpty())
        QCOMPARE(errors, FieldErrors());
    else
        QVERIFY2(fields(errors).contains(field), qPrintable(fields(errors).join(u", "_s)));
}

void tst_ImsMethods::fromBodyRoundTrips()
{
    FieldErrors errors;
    const ImsDataDisksRequest disks = seedDataDisks(TagSet::ImsForm::ImageTags);
    const auto disksBack = ImsDataDisksRequest::fromBody(disks.toBody(), &errors);
    QVERIFY2(disksBack, qPrintable(fields(errors).join(u", "_s)));
    QCOMPARE(disksBack->toBody(), disks.toBody());

    ImsObsFileRequest obs = seedObs(TagSet::ImsForm::Tags);
    obs.isQuickImport = true;
    ImsObsFileRequest::DataDisk disk;
    disk.imageUrl = u"ims-image:d.zvhd2"_s;
    disk.minDisk = 20;
    disk.tags = TagSet({{u"k"_s, u"v"_s}});
    disk.tagForm = TagSet::ImsForm::Tags;
    obs.dataDisks.append(disk);
    const auto obsBack = ImsObsFileRequest::fromBody(obs.toBody(), &errors);
    QVERIFY2(obsBack, qPrintable(fields(errors).join(u", "_s)));
    QCOMPARE(obsBack->toBody(), obs.toBody());

    const ImsDataDiskRequest disk4 = seedDataDisk(TagSet::ImsForm::ImageTags);
    const auto disk4Back = ImsDataDiskRequest::fromBody(disk4.toBody(), &errors);
    QVERIFY(disk4Back);
    QCOMPARE(disk4Back->toBody(), disk4.toBody());
}

void tst_ImsMethods::fromBodyTypeErrors_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("data_images not a list")
        << int(CreationMethod::ImsEcsDataDisks) << QByteArray(R"({"data_images": {}})")
        << u"data_images"_s;
    QTest::newRow("data_images entry not an object")
        << int(CreationMethod::ImsEcsDataDisks) << QByteArray(R"({"data_images": ["x"]})")
        << u"data_images[0]"_s;
    QTest::newRow("data disks with instance_id")
        << int(CreationMethod::ImsEcsDataDisks)
        << QByteArray(R"({"instance_id": "x", "data_images": [{"name": "a", "volume_id": "v"}]})")
        << u"instance_id"_s;
    QTest::newRow("both tag forms in a data image")
        << int(CreationMethod::ImsEcsDataDisks)
        << QByteArray(
               R"({"data_images": [{"name": "a", "volume_id": "v", "tags": [], "image_tags": []}]})")
        << u"data_images[0].image_tags"_s;
    QTest::newRow("min_disk as text")
        << int(CreationMethod::ImsObsFile)
        << QByteArray(R"({"name": "a", "image_url": "abc:f", "min_disk": "40"})") << u"min_disk"_s;
    QTest::newRow("is_config as text")
        << int(CreationMethod::ImsObsFile)
        << QByteArray(R"({"name": "a", "image_url": "abc:f", "min_disk": 40, "is_config": "true"})")
        << u"is_config"_s;
    QTest::newRow("OBS data disk min_disk missing")
        << int(CreationMethod::ImsObsFile)
        << QByteArray(
               R"({"name": "a", "image_url": "abc:f", "min_disk": 40, "data_images": [{"image_url": "abc:g"}]})")
        << u"data_images[0].min_disk"_s;
    QTest::newRow("data disk method with data_images")
        << int(CreationMethod::ImsDataDisk)
        << QByteArray(R"({"name": "a", "volume_id": "v", "os_version": "x", "data_images": []})")
        << u"data_images"_s;
}

void tst_ImsMethods::fromBodyTypeErrors()
{
    QFETCH(int, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const FieldErrors errors =
        ImsRequests::validate(CreationMethod(method), parse(body.constData()));
    QVERIFY2(fields(errors).contains(field), qPrintable(fields(errors).join(u", "_s)));
    QVERIFY(ImsRequests::bodyWithMarker(CreationMethod(method), parse(body.constData()), u"m"_s)
                .isEmpty());
}

void tst_ImsMethods::jobName()
{
    ImsDataDisksRequest r = seedDataDisks(TagSet::ImsForm::Tags);
    QCOMPARE(ImsRequests::imageName(CreationMethod::ImsEcsDataDisks, r.toBody()),
        u"ims_data_image_test"_s);
    r.images.append(r.images.first());
    r.images.append(r.images.first());
    QCOMPARE(ImsRequests::imageName(CreationMethod::ImsEcsDataDisks, r.toBody()),
        u"ims_data_image_test (+2)"_s);
    QCOMPARE(ImsRequests::imageName(CreationMethod::ImsObsFile, seedObs({}).toBody()),
        u"ims_test_file"_s);
}

QTEST_GUILESS_MAIN(tst_ImsMethods)
#include "tst_imsmethods.moc"
