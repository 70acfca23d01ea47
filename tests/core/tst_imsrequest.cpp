// Method 1 (IMS system disk image from an ECS): bodies equal to seed 004's examples for the same
// inputs, plus only the documented marker; every documented rule as a data row.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "create/imagerules.h"
#include "create/imsecsrequest.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

ImsEcsRequest seedInputs()
{
    ImsEcsRequest r;
    r.name = u"ims_test"_s;
    r.description = u"Create a system disk image from an ECS"_s;
    r.instanceId = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s;
    return r;
}

} // namespace

class tst_ImsRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenTags();
    void goldenImageTags();
    void markerIsTheOnlyAddition_data();
    void markerIsTheOnlyAddition();
    void optionalFields();
    void nameRule_data();
    void nameRule();
    void descriptionRule_data();
    void descriptionRule();
    void tagRules_data();
    void tagRules();
    void ramRule_data();
    void ramRule();
    void fromBodyRoundTrip();
    void fromBodyRefusesBothTagForms();
};

void tst_ImsRequest::goldenTags()
{
    // seed 004, "Creating a system disk image with parameter tags using an ECS"
    const QJsonObject seed = parse(
        R"({ "name": "ims_test", "description": "Create a system disk image from an ECS", "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "tags": [ "aaa.111", "bbb.333", "ccc.444" ] })");
    ImsEcsRequest r = seedInputs();
    r.tagForm = TagSet::ImsForm::Tags;
    r.tags = TagSet({{u"aaa"_s, u"111"_s}, {u"bbb"_s, u"333"_s}, {u"ccc"_s, u"444"_s}});
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(r.toBody(), seed);
}

void tst_ImsRequest::goldenImageTags()
{
    // seed 004, "Creating a system disk image with parameter image_tags using an ECS"
    const QJsonObject seed = parse(
        R"({ "name": "ims_test", "description": "Create a system disk image from an ECS", "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a", "image_tags": [ { "key": "key2", "value": "value2" }, { "key": "key1", "value": "value1" } ] })");
    ImsEcsRequest r = seedInputs();
    r.tagForm = TagSet::ImsForm::ImageTags;
    r.tags = TagSet({{u"key2"_s, u"value2"_s}, {u"key1"_s, u"value1"_s}});
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(r.toBody(), seed);
}

void tst_ImsRequest::markerIsTheOnlyAddition_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("tags") << int(TagSet::ImsForm::Tags);
    QTest::newRow("image_tags") << int(TagSet::ImsForm::ImageTags);
}

void tst_ImsRequest::markerIsTheOnlyAddition()
{
    QFETCH(int, form);
    ImsEcsRequest r = seedInputs();
    r.tagForm = TagSet::ImsForm(form);
    r.tags = TagSet({{u"aaa"_s, u"111"_s}});
    const QString marker = u"3b0c8c3e-5a7e-4d0e-9f3a-2c9d1e0b7a61"_s;
    const QJsonObject plain = r.toBody();
    QJsonObject sent = r.toBodyWithMarker(marker);
    const QString key = r.tagForm == TagSet::ImsForm::Tags ? u"tags"_s : u"image_tags"_s;
    QJsonArray tags = sent.value(key).toArray();
    QCOMPARE(tags.size(), 2);
    const QJsonValue last = tags.last();
    if (r.tagForm == TagSet::ImsForm::Tags)
        QCOMPARE(last.toString(), u"imagewright_op."_s + marker);
    else
        QCOMPARE(
            last.toObject(), (QJsonObject{{u"key"_s, u"imagewright_op"_s}, {u"value"_s, marker}}));
    tags.removeLast();
    sent.insert(key, tags);
    QCOMPARE(sent, plain); // nothing else was added or changed
    // The marker fits the tag rules (key ≤ 36, value ≤ 43).
    ImsEcsRequest withMarker = r;
    withMarker.tags.append(u"imagewright_op"_s, marker);
    QVERIFY(withMarker.validate().isEmpty());
}

void tst_ImsRequest::optionalFields()
{
    ImsEcsRequest r = seedInputs();
    r.description.clear();
    QCOMPARE(r.toBody(),
        (QJsonObject{{u"name"_s, u"ims_test"_s},
            {u"instance_id"_s, u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s}}));
    r.minRam = 1024;
    r.maxRam = 4096;
    r.enterpriseProjectId = u"0"_s;
    const QJsonObject b = r.toBody();
    QCOMPARE(b.value(u"min_ram"_s).toInt(), 1024);
    QCOMPARE(b.value(u"max_ram"_s).toInt(), 4096);
    QCOMPARE(b.value(u"enterprise_project_id"_s).toString(), u"0"_s); // seed 002
}

void tst_ImsRequest::nameRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("seed example") << u"ims_test"_s << true;
    QTest::newRow("all allowed characters") << u"Web-base 2024.11_a"_s << true;
    QTest::newRow("one character") << u"a"_s << true;
    QTest::newRow("128 characters") << QString(128, u'x') << true;
    QTest::newRow("129 characters") << QString(129, u'x') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading space") << u" web"_s << false;
    QTest::newRow("trailing space") << u"web "_s << false;
    QTest::newRow("inner space") << u"web base"_s << true;
    QTest::newRow("non-ASCII letter") << u"imagen-ñ"_s << false;
    QTest::newRow("CJK") << u"镜像"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("angle bracket") << u"a<b"_s << false;
}

void tst_ImsRequest::nameRule()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto message = ImageRules::checkImsName(name);
    QCOMPARE(!message.has_value(), valid);
    ImsEcsRequest r = seedInputs();
    r.name = name;
    const FieldErrors errors = r.validate();
    QCOMPARE(errors.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(errors.first().field, u"name"_s); // the message goes to the field that caused it
        QVERIFY(!errors.first().message.isEmpty());
    }
}

void tst_ImsRequest::descriptionRule_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("valid");
    QTest::newRow("seed example with spaces")
        << u"Create a system disk image from an ECS"_s << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("1024 characters") << QString(1024, u'd') << true;
    QTest::newRow("1025 characters") << QString(1025, u'd') << false;
    QTest::newRow("LF") << u"line\nbreak"_s << false;
    QTest::newRow("CR") << u"line\rbreak"_s << false;
    QTest::newRow("<") << u"a <b"_s << false;
    QTest::newRow(">") << u"a> b"_s << false;
    QTest::newRow("punctuation allowed") << u"Ubuntu 22.04, patched (Nov)"_s << true;
}

void tst_ImsRequest::descriptionRule()
{
    QFETCH(QString, description);
    QFETCH(bool, valid);
    ImsEcsRequest r = seedInputs();
    r.description = description;
    const FieldErrors errors = r.validate();
    QCOMPARE(errors.isEmpty(), valid);
    if (!valid)
        QCOMPARE(errors.first().field, u"description"_s);
}

void tst_ImsRequest::tagRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("badField"); // empty: valid
    QTest::newRow("ok") << u"env"_s << u"prod"_s << QString();
    QTest::newRow("empty value ok") << u"env"_s << QString() << QString();
    QTest::newRow("key 36") << QString(36, u'k') << u"v"_s << QString();
    QTest::newRow("key 37") << QString(37, u'k') << u"v"_s << u"image_tags[1].key"_s;
    QTest::newRow("value 43") << u"k"_s << QString(43, u'v') << QString();
    QTest::newRow("value 44") << u"k"_s << QString(44, u'v') << u"image_tags[1].value"_s;
    QTest::newRow("empty key") << QString() << u"v"_s << u"image_tags[1].key"_s;
    QTest::newRow("duplicate key") << u"first"_s << u"v"_s << u"image_tags[1].key"_s;
    QTest::newRow("dot in key") << u"a.b"_s << u"v"_s << u"image_tags[1].key"_s;
}

void tst_ImsRequest::tagRules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, badField);
    ImsEcsRequest r = seedInputs();
    r.tags = TagSet({{u"first"_s, u"1"_s}, {key, value}});
    const FieldErrors errors = r.validate();
    if (badField.isEmpty()) {
        QVERIFY(errors.isEmpty());
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, badField);
    }
}

void tst_ImsRequest::ramRule_data()
{
    QTest::addColumn<int>("minRam");
    QTest::addColumn<int>("maxRam");
    QTest::addColumn<bool>("valid");
    QTest::newRow("unset") << 0 << 0 << true;
    QTest::newRow("min only") << 1024 << 0 << true;
    QTest::newRow("max only") << 0 << 2048 << true;
    QTest::newRow("ordered") << 1024 << 2048 << true;
    QTest::newRow("equal") << 2048 << 2048 << true;
    QTest::newRow("reversed") << 4096 << 1024 << false;
    QTest::newRow("negative") << -1 << 0 << false;
}

void tst_ImsRequest::ramRule()
{
    QFETCH(int, minRam);
    QFETCH(int, maxRam);
    QFETCH(bool, valid);
    ImsEcsRequest r = seedInputs();
    r.minRam = minRam;
    r.maxRam = maxRam;
    QCOMPARE(r.validate().isEmpty(), valid);
}

void tst_ImsRequest::fromBodyRoundTrip()
{
    ImsEcsRequest r = seedInputs();
    r.tagForm = TagSet::ImsForm::Tags;
    r.tags = TagSet({{u"aaa"_s, u"111"_s}, {u"bbb"_s, u"3.3"_s}});
    r.minRam = 512;
    FieldErrors errors;
    const auto back = ImsEcsRequest::fromBody(r.toBody(), &errors);
    QVERIFY2(back, qPrintable(errors.isEmpty() ? QString() : errors.first().message));
    QCOMPARE(back->toBody(), r.toBody());
    QCOMPARE(back->tags.tags().at(1).value, u"3.3"_s); // only the first '.' separates
}

void tst_ImsRequest::fromBodyRefusesBothTagForms()
{
    QJsonObject body = seedInputs().toBody();
    body.insert(u"tags"_s, QJsonArray{u"a.1"_s});
    body.insert(u"image_tags"_s, QJsonArray{QJsonObject{{u"key"_s, u"b"_s}, {u"value"_s, u"2"_s}}});
    body.insert(u"min_ram"_s, u"lots"_s);
    body.remove(u"instance_id"_s);
    FieldErrors errors;
    QVERIFY(!ImsEcsRequest::fromBody(body, &errors));
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    QVERIFY(fields.contains(u"image_tags"_s));
    QVERIFY(fields.contains(u"min_ram"_s));
    QVERIFY(fields.contains(u"instance_id"_s)); // every message, field by field
}

QTEST_GUILESS_MAIN(tst_ImsRequest)
#include "tst_imsrequest.moc"
