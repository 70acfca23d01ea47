// The image library's edit form and CSV export in the core (issue 13): ImageProperties turns
// what the form holds into the smallest edit (only what changed), and ImageCsv writes the list
// with stable columns, quoted as RFC 4180 says and safe to open in a spreadsheet.
#include <QTest>

#include "library/actions/editaction.h"
#include "library/imagecsv.h"
#include "library/imageproperties.h"
#include "library/libraryimage.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;

class tst_LibraryForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void untouchedFormChangesNothing();
    void onlyWhatChangedIsSent();
    void imsDotTagsReadAsKeyAndValue();
    void imsKeepsDiskAndProtection();
    void glancePlainTags();
    void csvColumnsAndQuoting();

private:
    static LibraryImage pageImage(int index);
};

LibraryImage tst_LibraryForm::pageImage(int index)
{
    const auto page =
        LibraryImagePage::fromJson(Fixtures::object(u"library/ims_cloudimages_page.json"_s));
    if (!page || page->images.size() <= index)
        qFatal("fixture library/ims_cloudimages_page.json is not as expected");
    return page->images.at(index);
}

void tst_LibraryForm::untouchedFormChangesNothing()
{
    for (int i : {0, 1}) {
        const LibraryImage image = pageImage(i);
        for (ImageApi api : {ImageApi::Ims, ImageApi::Glance}) {
            const ImageEdit edit = ImageProperties::of(image, api).editFrom(image, api);
            QVERIFY2(edit.isEmpty(), qPrintable(image.name));
        }
    }
}

void tst_LibraryForm::onlyWhatChangedIsSent()
{
    const LibraryImage web = pageImage(0); // tags team=web, imagewright_op=...; max_ram 16384
    ImageProperties p = ImageProperties::of(web, ImageApi::Ims);
    QCOMPARE(p.maxRam, std::optional<int>(16384));
    p.name = u"web-base-2026"_s;
    p.tags[0].value = u"frontend"_s;            // team=web -> team=frontend
    p.tags.removeAt(1);                         // imagewright_op goes
    p.tags.append({u"env"_s, u"prod"_s, true}); // new
    const ImageEdit edit = p.editFrom(web, ImageApi::Ims);
    QCOMPARE(edit.name, std::optional<QString>(u"web-base-2026"_s));
    QVERIFY(!edit.description);
    QVERIFY(!edit.minRam);
    QVERIFY(!edit.maxRam);
    QCOMPARE(edit.setTags.size(), 2);
    QCOMPARE(edit.setTags.at(0).text(), u"team=frontend"_s);
    QCOMPARE(edit.setTags.at(1).text(), u"env=prod"_s);
    QCOMPARE(edit.removeTags, QStringList{u"imagewright_op"_s});
    QVERIFY(edit.validate(ImageApi::Ims, CloudFamily::HuaweiCloud).isEmpty());

    // The maximum memory is checked with the minimum as a range: both go.
    ImageProperties ram = ImageProperties::of(web, ImageApi::Ims);
    ram.maxRam = 1024; // below min_ram 2048
    const ImageEdit ramEdit = ram.editFrom(web, ImageApi::Ims);
    QCOMPARE(ramEdit.maxRam, std::optional<int>(1024));
    QCOMPARE(ramEdit.minRam, std::optional<int>(2048));
    const FieldErrors errors = ramEdit.validate(ImageApi::Ims, CloudFamily::HuaweiCloud);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).field == u"min_ram" || errors.at(0).field == u"max_ram");
}

void tst_LibraryForm::imsDotTagsReadAsKeyAndValue()
{
    const LibraryImage shared = pageImage(1); // tags ["env.prod"]
    const ImageProperties ims = ImageProperties::of(shared, ImageApi::Ims);
    QCOMPARE(ims.tags.size(), 1);
    QCOMPARE(ims.tags.at(0).key, u"env"_s);
    QCOMPARE(ims.tags.at(0).value, u"prod"_s);
    // Upstream Glance has plain tags: a dot is part of the tag.
    const ImageProperties glance = ImageProperties::of(shared, ImageApi::Glance);
    QCOMPARE(glance.tags.at(0).key, u"env.prod"_s);
    QVERIFY(!glance.tags.at(0).hasValue);
}

void tst_LibraryForm::imsKeepsDiskAndProtection()
{
    const LibraryImage web = pageImage(0); // min_disk 100, protected
    ImageProperties p = ImageProperties::of(web, ImageApi::Ims);
    p.minDisk = 120;
    p.isProtected = false;
    QVERIFY(p.editFrom(web, ImageApi::Ims).isEmpty()); // IMS changes neither: nothing to send
    const ImageEdit glance = p.editFrom(web, ImageApi::Glance);
    QCOMPARE(glance.minDisk, std::optional<int>(120));
    QCOMPARE(glance.isProtected, std::optional<bool>(false));
    QVERIFY(!glance.maxRam); // Glance has no maximum memory
}

void tst_LibraryForm::glancePlainTags()
{
    LibraryImage image = pageImage(1);
    image.tags = {u"golden"_s, u"a=b"_s};
    ImageProperties p = ImageProperties::of(image, ImageApi::Glance);
    QCOMPARE(p.tags.size(), 2);
    p.tags.removeAt(0);
    p.tags.append({u"nightly"_s, QString(), false});
    const ImageEdit edit = p.editFrom(image, ImageApi::Glance);
    QCOMPARE(edit.removeTags, QStringList{u"golden"_s});
    QCOMPARE(edit.setTags.size(), 1);
    QCOMPARE(edit.tagsAfter(image), (QStringList{u"a=b"_s, u"nightly"_s}));
    QVERIFY(edit.validate(ImageApi::Glance, CloudFamily::OpenStack).isEmpty());
    // Huawei Cloud's Glance wants key=value: the same plain tag is refused at its row.
    const FieldErrors huawei = edit.validate(ImageApi::Glance, CloudFamily::HuaweiCloud);
    QCOMPARE(huawei.size(), 1);
    QCOMPARE(huawei.at(0).field, u"tags[0]"_s);
}

void tst_LibraryForm::csvColumnsAndQuoting()
{
    LibraryImage web = pageImage(0);
    LibraryImage tricky = pageImage(1);
    tricky.name = u"=HYPERLINK(\"x\"),\n2"_s;
    const QByteArray csv = ImageCsv::write({web, tricky}, [](const LibraryImage &image) {
        return image.name == u"web-base-2025" ? u"job-1"_s : QString();
    });
    const QStringList lines = QString::fromUtf8(csv).split(u"\r\n"_s);
    QCOMPARE(lines.at(0),
        u"id,name,status,os_version,disk_format,size,min_disk,min_ram,created_at,visibility,"
        "protected,tags,job"_s);
    QCOMPARE(lines.at(1),
        u"0328c25e-c840-4496-81ac-c4e01b214b1f,web-base-2025,active,CentOS 7.3 64bit,zvhd2,"
        "3221225472,100,2048,2018-09-06T14:03:05Z,private,true,"
        "team=web;imagewright_op=5b0e9c1e-7a44-4c1e-9d8a-2f3b4c5d6e7f,job-1"_s);
    // A formula is kept as text, and a field with a quote, comma or line break is quoted.
    QVERIFY2(lines.at(2).startsWith(
                 u"bc6bed6e-ba3a-4447-afcc-449174a3eb52,\"'=HYPERLINK(\"\"x\"\"),\n2\",queued"_s),
        qPrintable(lines.at(2)));
    QCOMPARE(lines.size(), 4); // the last line ends with CRLF too
    QCOMPARE(lines.at(3), QString());
}

QTEST_GUILESS_MAIN(tst_LibraryForm)
#include "tst_libraryform.moc"
