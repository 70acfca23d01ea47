// The S3 XML parsers, from answers recorded from the real Swift s3api (tests/fixtures/s3) and
// OBS's documented shapes; malformed and foreign answers are refused with a reason.
#include <QTest>
#include <QXmlStreamReader>

#include "obs/multipartplan.h"
#include "obs/s3xml.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray answer(const QString &name)
{
    const QByteArray bytes = Fixtures::bytes(u"s3/"_s + name);
    if (bytes.isEmpty())
        qWarning("missing fixture s3/%s", qPrintable(name));
    return bytes;
}

} // namespace

class tst_S3Xml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buckets();
    void obsBucketsCarryLocation();
    void location();
    void objectsWithPrefixesAndPaging();
    void initiate();
    void partsPages();
    void uploads();
    void completeAndItsEtag();
    void completeWithErrorBodyIsRefused();
    void errors_data();
    void errors();
    void malformedAnswers_data();
    void malformedAnswers();
    void completeBodyIsSortedAndQuoted();
};

void tst_S3Xml::buckets()
{
    QString why;
    const auto list = S3Xml::buckets(answer(u"list_buckets.xml"_s), &why);
    QVERIFY2(list, qPrintable(why));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).name, u"record-bucket"_s);
    QCOMPARE(list->at(1).created, QDateTime(QDate(2009, 2, 3), QTime(16, 45, 9), Qt::UTC));
    QVERIFY(list->at(1).location.isEmpty()); // Swift does not say
}

void tst_S3Xml::obsBucketsCarryLocation()
{
    QString why;
    const auto list = S3Xml::buckets(answer(u"obs_list_buckets.xml"_s), &why);
    QVERIFY2(list, qPrintable(why));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).location, u"cn-north-4"_s);
    QCOMPARE(list->at(1).location, u"eu-west-101"_s);
}

void tst_S3Xml::location()
{
    QString why;
    const auto swift = S3Xml::location(answer(u"location.xml"_s), &why);
    QVERIFY2(swift, qPrintable(why));
    QCOMPARE(*swift, QString()); // us-east-1 is said as an empty LocationConstraint
    const auto obs = S3Xml::location(answer(u"obs_location.xml"_s), &why);
    QVERIFY2(obs, qPrintable(why));
    QCOMPARE(*obs, u"cn-north-4"_s);
}

void tst_S3Xml::objectsWithPrefixesAndPaging()
{
    QString why;
    const auto list = S3Xml::objects(answer(u"list_objects_v2.xml"_s), &why);
    QVERIFY2(list, qPrintable(why));
    QCOMPARE(list->commonPrefixes, QStringList{u"folder/"_s});
    QCOMPARE(list->objects.size(), 1);
    QCOMPARE(list->objects.at(0).key, u"top.raw"_s);
    QCOMPARE(list->objects.at(0).size, 3);
    QCOMPARE(list->objects.at(0).etag.size(), 32); // quotes removed
    QVERIFY(!list->truncated);
    const auto page = S3Xml::objects(answer(u"list_objects_v2_page.xml"_s), &why);
    QVERIFY2(page, qPrintable(why));
    QVERIFY(page->truncated);
    QCOMPARE(page->nextContinuationToken, u"Zm9sZGVyL2EudHh0"_s);
    QCOMPARE(page->objects.at(0).key, u"folder/a.txt"_s);
    QCOMPARE(page->objects.at(0).etag, u"0cc175b9c0f1b6a831c399e269772661"_s); // MD5 of "a"
}

void tst_S3Xml::initiate()
{
    QString why;
    const auto id = S3Xml::uploadId(answer(u"initiate.xml"_s), &why);
    QVERIFY2(id, qPrintable(why));
    QVERIFY(id->size() > 10);
    QVERIFY(!S3Xml::uploadId("<InitiateMultipartUploadResult/>", &why));
    QVERIFY(!why.isEmpty());
}

void tst_S3Xml::partsPages()
{
    QString why;
    const auto first = S3Xml::parts(answer(u"list_parts_page1.xml"_s), &why);
    QVERIFY2(first, qPrintable(why));
    QVERIFY(first->truncated);
    QCOMPARE(first->nextPartNumberMarker, 2);
    QCOMPARE(first->parts.size(), 2);
    QCOMPARE(first->parts.at(1).number, 2);
    QCOMPARE(first->parts.at(1).size, 5 * 1024 * 1024);
    QCOMPARE(first->parts.at(1).etag, u"4f08eef4096726bff1125e1b1b734644"_s);
    const auto second = S3Xml::parts(answer(u"list_parts_page2.xml"_s), &why);
    QVERIFY2(second, qPrintable(why));
    QVERIFY(!second->truncated);
    QCOMPARE(second->parts.size(), 1);
    QCOMPARE(second->parts.at(0).number, 3);
}

void tst_S3Xml::uploads()
{
    QString why;
    const auto list = S3Xml::uploads(answer(u"list_uploads.xml"_s), &why);
    QVERIFY2(list, qPrintable(why));
    QVERIFY(!list->truncated);
    QCOMPARE(list->uploads.size(), 2);
    QCOMPARE(list->uploads.at(0).key, u"disk.qcow2"_s);
    QVERIFY(list->uploads.at(0).uploadId != list->uploads.at(1).uploadId);
    QCOMPARE(list->uploads.at(0).initiated.date(), QDate(2026, 12, 5));
}

void tst_S3Xml::completeAndItsEtag()
{
    QString why;
    const auto done = S3Xml::completed(answer(u"complete.xml"_s), &why);
    QVERIFY2(done, qPrintable(why));
    // The server's multipart ETag equals the one computed from the three parts' MD5s.
    const QByteArray partMd5 = QByteArray::fromHex("4f08eef4096726bff1125e1b1b734644");
    QCOMPARE(done->etag, MultipartPlan::multipartEtag({partMd5, partMd5, partMd5}));
    QVERIFY(done->location.endsWith(u"/record-bucket/disk.qcow2"_s));
}

void tst_S3Xml::completeWithErrorBodyIsRefused()
{
    QString why;
    S3Error error;
    QVERIFY(!S3Xml::completed(
        "<Error><Code>InternalError</Code><Message>try again</Message></Error>", &why, &error));
    QCOMPARE(error.code, u"InternalError"_s);
    QCOMPARE(error.message, u"try again"_s);
}

void tst_S3Xml::errors_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong secret") << u"error_signature.xml"_s << u"SignatureDoesNotMatch"_s;
    QTest::newRow("no such upload") << u"error_no_such_upload.xml"_s << u"NoSuchUpload"_s;
    QTest::newRow("no such bucket") << u"error_no_such_bucket.xml"_s << u"NoSuchBucket"_s;
    QTest::newRow("invalid part (complete)") << u"error_invalid_part.xml"_s << u"InvalidPart"_s;
}

void tst_S3Xml::errors()
{
    QFETCH(QString, fixture);
    QFETCH(QString, code);
    const auto e = S3Xml::error(answer(fixture));
    QVERIFY(e);
    QCOMPARE(e->code, code);
    QVERIFY(!e->message.isEmpty());
}

void tst_S3Xml::malformedAnswers_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not XML") << QByteArray("{\"error\": 1}");
    QTest::newRow("cut short") << answer(u"list_parts_page1.xml"_s).left(300);
    QTest::newRow("another answer") << answer(u"list_uploads.xml"_s);
    QTest::newRow("part without ETag")
        << QByteArray("<ListPartsResult><Part><PartNumber>1</PartNumber></Part></ListPartsResult>");
}

void tst_S3Xml::malformedAnswers()
{
    QFETCH(QByteArray, xml);
    QString why;
    QVERIFY(!S3Xml::parts(xml, &why));
    QVERIFY(!why.isEmpty());
}

void tst_S3Xml::completeBodyIsSortedAndQuoted()
{
    const QByteArray body = S3Xml::completeBody({{2, u"bb"_s, 1}, {1, u"aa"_s, 1}});
    QXmlStreamReader reader(body);
    QStringList seen;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && (reader.name() == u"PartNumber" || reader.name() == u"ETag"))
            seen << reader.name().toString() + u'=' + reader.readElementText();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(seen,
        QStringList({u"PartNumber=1"_s, u"ETag=\"aa\""_s, u"PartNumber=2"_s, u"ETag=\"bb\""_s}));
}

QTEST_GUILESS_MAIN(tst_S3Xml)
#include "tst_s3xml.moc"
