// The image library's core from recorded answers (tests/fixtures/library): the page parsers of
// IMS and Glance, the filters' queries, the edit's rules and JSON patches, the action registry
// and the list model under QAbstractItemModelTester. No cloud, no network.
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "jobs/jobrecord.h"
#include "library/actions/editaction.h"
#include "library/imageaction.h"
#include "library/imagelister.h"
#include "library/imagelistmodel.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;

class tst_Library : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imsPage();
    void glancePage();
    void notAPage();
    void filterQueries();
    void imsSecondTagFilteredLocally();
    void createdRangeOneConditionToTheCloud();
    void createdRangeDates();
    void apiPerFamily();
    void editValidation_data();
    void editValidation();
    void imsPatch();
    void glancePatch();
    void imsRefusesInactiveAndTooManyTags();
    void registryOffersEditAndDelete();
    void glanceRefusalIsOneLine();
    void modelPages();
    void modelUpdateAndRemove();
};

void tst_Library::imsPage()
{
    QString why;
    const auto page =
        LibraryImagePage::fromJson(Fixtures::object(u"library/ims_cloudimages_page.json"_s), &why);
    QVERIFY2(page, qPrintable(why));
    QCOMPARE(page->images.size(), 2);
    QCOMPARE(page->skipped, 1);    // the item without an id
    QVERIFY(page->next.isEmpty()); // IMS sends no next link
    const LibraryImage &web = page->images.at(0);
    QCOMPARE(web.name, u"web-base-2025"_s);
    QCOMPARE(web.status, u"active"_s);
    QCOMPARE(web.osVersion, u"CentOS 7.3 64bit"_s);
    QCOMPARE(web.size, std::optional<qint64>(3221225472)); // __image_size, as size is 0
    QCOMPARE(web.minDisk, 100);
    QCOMPARE(web.minRam, 2048);
    QCOMPARE(web.maxRam, std::optional<int>(16384)); // a string in IMS
    QVERIFY(web.isProtected);
    QCOMPARE(web.description, u"Golden image of the web tier"_s);
    QCOMPARE(web.jobMarker(), u"5b0e9c1e-7a44-4c1e-9d8a-2f3b4c5d6e7f"_s);
    QCOMPARE(web.tagValue(u"team"_s), std::optional<QString>(u"web"_s));
    QCOMPARE(web.createdAt, QDateTime(QDate(2018, 9, 6), QTime(14, 3, 5), Qt::UTC));
    QCOMPARE(web.raw.value(u"__support_fc_inject"_s).toString(), u"true"_s); // every property
    const LibraryImage &shared = page->images.at(1);
    QVERIFY(shared.isShared());
    QCOMPARE(shared.tagValue(u"env"_s), std::optional<QString>(u"prod"_s)); // old key.value form
    QVERIFY(!shared.size || *shared.size == 0);
    QVERIFY(shared.jobMarker().isEmpty());
}

void tst_Library::glancePage()
{
    QString why;
    const auto page =
        LibraryImagePage::fromJson(Fixtures::object(u"library/glance_images_page.json"_s), &why);
    QVERIFY2(page, qPrintable(why));
    QCOMPARE(page->images.size(), 2);
    QVERIFY(page->next.contains(u"marker=2c4e6a8b-0d1f-4a3b-9c5d-7e9f1a3b5c7d"_s));
    const LibraryImage &cirros = page->images.at(0);
    QCOMPARE(cirros.osVersion, u"cirros 0.6"_s); // os_distro + os_version
    QCOMPARE(cirros.size, std::optional<qint64>(21430272));
    QCOMPARE(cirros.description, u"test image"_s);
    QCOMPARE(cirros.tags, (QStringList{u"base"_s, u"team=qa"_s}));
    QVERIFY(!cirros.maxRam);
    const LibraryImage &queued = page->images.at(1);
    QVERIFY(queued.name.isEmpty()); // null name
    QVERIFY(!queued.size);
    QCOMPARE(queued.jobMarker(), u"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"_s); // Nova metadata
    const QJsonObject out = queued.toJson(true);
    QVERIFY(out.value(u"size"_s).isNull());
    QCOMPARE(out.value(u"shared"_s).toBool(), true);
    QCOMPARE(out.value(u"properties"_s).toObject().value(u"imagewright_op"_s).toString(),
        queued.jobMarker());
}

void tst_Library::notAPage()
{
    QString why;
    QVERIFY(!LibraryImagePage::fromJson(QJsonObject{{u"image"_s, QJsonObject()}}, &why));
    QVERIFY(!why.isEmpty());
}

void tst_Library::filterQueries()
{
    ImageFilter f;
    f.status = u"active"_s;
    f.name = u"web 1"_s;
    f.tags = {u"team=web"_s, u"env=prod"_s};
    const QUrlQuery ims = f.query(ImageApi::Ims, u"p1"_s);
    QCOMPARE(ims.queryItemValue(u"__imagetype"_s), u"private"_s);
    QCOMPARE(ims.allQueryItemValues(u"tag"_s), QStringList{u"team=web"_s}); // one tag per query
    QCOMPARE(ims.queryItemValue(u"status"_s), u"active"_s);
    QCOMPARE(ims.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"web 1"_s);
    QVERIFY(!ims.hasQueryItem(u"owner"_s));
    const QUrlQuery glance = f.query(ImageApi::Glance, u"p1"_s);
    QCOMPARE(glance.queryItemValue(u"owner"_s), u"p1"_s);
    QCOMPARE(glance.allQueryItemValues(u"tag"_s), (QStringList{u"team=web"_s, u"env=prod"_s}));
    QVERIFY(!glance.hasQueryItem(u"__imagetype"_s));
    f.all = true;
    QVERIFY(!f.query(ImageApi::Ims, u"p1"_s).hasQueryItem(u"__imagetype"_s));
    QVERIFY(!f.query(ImageApi::Glance, u"p1"_s).hasQueryItem(u"owner"_s));
}

void tst_Library::imsSecondTagFilteredLocally()
{
    ImageFilter f;
    f.tags = {u"team=web"_s, u"env=prod"_s};
    LibraryImage a;
    a.tags = {u"team=web"_s, u"env=prod"_s};
    LibraryImage b;
    b.tags = {u"team=web"_s, u"env=test"_s};
    QVERIFY(f.acceptsLocally(ImageApi::Ims, a));
    QVERIFY(!f.acceptsLocally(ImageApi::Ims, b));
    QVERIFY(f.acceptsLocally(ImageApi::Glance, b)); // Glance applied every tag itself
}

void tst_Library::createdRangeOneConditionToTheCloud()
{
    ImageFilter f;
    QVERIFY(!f.query(ImageApi::Ims, u"p1"_s).hasQueryItem(u"created_at"_s));
    f.created.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (const ImageApi api : {ImageApi::Ims, ImageApi::Glance})
        QCOMPARE(f.query(api, u"p1"_s).allQueryItemValues(u"created_at"_s, QUrl::FullyDecoded),
            QStringList{u"gte:2026-11-01T00:00:00Z"_s});
    LibraryImage early;
    early.createdAt = QDateTime(QDate(2026, 10, 31), QTime(23, 59, 59), Qt::UTC);
    LibraryImage inside;
    inside.createdAt = QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
    LibraryImage late;
    late.createdAt = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    LibraryImage undated;
    // One bound: the cloud applied it, nothing is left to do here.
    QVERIFY(f.acceptsLocally(ImageApi::Ims, early));
    // Both: still one condition (the lower bound); the upper one is applied to each page.
    f.created.before = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    for (const ImageApi api : {ImageApi::Ims, ImageApi::Glance}) {
        QCOMPARE(f.query(api, u"p1"_s).allQueryItemValues(u"created_at"_s, QUrl::FullyDecoded),
            QStringList{u"gte:2026-11-01T00:00:00Z"_s});
        QVERIFY(f.acceptsLocally(api, inside));
        QVERIFY(!f.acceptsLocally(api, late)); // "before" is exclusive
        QVERIFY(!f.acceptsLocally(api, undated));
    }
    // Only an upper bound: that one goes to the cloud.
    f.created.from = {};
    QCOMPARE(f.query(ImageApi::Glance, u"p1"_s).queryItemValue(u"created_at"_s, QUrl::FullyDecoded),
        u"lt:2026-11-20T00:00:00Z"_s);
    QVERIFY(f.acceptsLocally(ImageApi::Glance, late));
    QVERIFY(f.created.problem().isEmpty());
    f.created.from = f.created.before;
    QVERIFY(!f.created.problem().isEmpty()); // an empty range
}

void tst_Library::createdRangeDates()
{
    QCOMPARE(CreatedRange::parseDate(u"2026-01-31"_s),
        QDateTime(QDate(2026, 1, 31), QTime(0, 0), Qt::UTC));
    QCOMPARE(CreatedRange::parseDate(u"2026-01-31T10:20:30Z"_s),
        QDateTime(QDate(2026, 1, 31), QTime(10, 20, 30), Qt::UTC));
    QCOMPARE(CreatedRange::parseDate(u"2026-01-31T10:20:30+02:00"_s),
        QDateTime(QDate(2026, 1, 31), QTime(8, 20, 30), Qt::UTC));
    for (const QString &bad : {u"2026-02-30"_s,
             u"31.01.2026"_s,
             u"2026-1-31"_s,
             u"2026-01-31T10:20:30"_s, // no zone
             u"yesterday"_s,
             QString()})
        QVERIFY2(!CreatedRange::parseDate(bad), qPrintable(bad));
    const QDateTime now(QDate(2026, 12, 5), QTime(12, 0, 0, 250), Qt::UTC);
    QCOMPARE(
        CreatedRange::lastDays(7, now).from, QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    QVERIFY(!CreatedRange::lastDays(7, now).before.isValid());
    const CreatedRange days = CreatedRange::localDays(QDate(2026, 11, 1), QDate(2026, 11, 1));
    QCOMPARE(days.from.toLocalTime(), QDateTime(QDate(2026, 11, 1), QTime(0, 0)));
    QCOMPARE(days.before.toLocalTime(), QDateTime(QDate(2026, 11, 2), QTime(0, 0)));
    QVERIFY(days.problem().isEmpty()); // one day, both ends included
    QVERIFY(!CreatedRange::localDays(QDate(2026, 11, 2), QDate(2026, 11, 1)).problem().isEmpty());
}

void tst_Library::apiPerFamily()
{
    QCOMPARE(ImageApis::forFamily(CloudFamily::HuaweiCloud), ImageApi::Ims);
    QCOMPARE(ImageApis::forFamily(CloudFamily::OpenTelekomCloud), ImageApi::Ims);
    QCOMPARE(ImageApis::forFamily(CloudFamily::Demo), ImageApi::Ims);
    QCOMPARE(ImageApis::forFamily(CloudFamily::FjcloudO), ImageApi::Glance);
    QCOMPARE(ImageApis::forFamily(CloudFamily::OpenStack), ImageApi::Glance);
    QCOMPARE(ImageApis::fromKey(u"glance"_s), std::optional<ImageApi>(ImageApi::Glance));
    QVERIFY(!ImageApis::fromKey(u"nova"_s));
}

void tst_Library::editValidation_data()
{
    QTest::addColumn<int>("api");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field"); // empty: valid
    const int ims = int(ImageApi::Ims);
    const int glance = int(ImageApi::Glance);
    const int os = int(CloudFamily::OpenStack);
    const int hw = int(CloudFamily::HuaweiCloud);
    QTest::newRow("ims name ok") << ims << hw << u"name=web 2"_s << QString();
    QTest::newRow("ims name non-ascii") << ims << hw << u"name=wéb"_s << u"name"_s;
    QTest::newRow("ims name space end") << ims << hw << u"name=web "_s << u"name"_s;
    QTest::newRow("glance name 200")
        << glance << os << u"name="_s + QString(200, u'a') << QString();
    QTest::newRow("glance name 256")
        << glance << os << u"name="_s + QString(256, u'a') << u"name"_s;
    QTest::newRow("ims description <") << ims << hw << u"description=a<b"_s << u"description"_s;
    QTest::newRow("ims min disk") << ims << hw << u"min_disk=40"_s << u"min_disk"_s;
    QTest::newRow("ims protected") << ims << hw << u"protected=1"_s << u"protected"_s;
    QTest::newRow("glance max ram") << glance << os << u"max_ram=1024"_s << u"max_ram"_s;
    QTest::newRow("ram range") << ims << hw << u"min_ram=4096 max_ram=1024"_s << u"min_ram"_s;
    QTest::newRow("ims tag without value") << ims << hw << u"tag=plain"_s << u"tags[0]"_s;
    QTest::newRow("upstream plain tag") << glance << os << u"tag=plain"_s << QString();
    QTest::newRow("ims long tag key")
        << ims << hw << u"tag="_s + QString(37, u'k') + u"=v"_s << u"tags[0].key"_s;
    QTest::newRow("set and untag") << glance << os << u"tag=a=1 untag=a"_s << u"untag"_s;
    QTest::newRow("nothing") << ims << hw << QString() << QString(u"(general)"_s);
}

void tst_Library::editValidation()
{
    QFETCH(int, api);
    QFETCH(int, family);
    QFETCH(QString, what);
    QFETCH(QString, field);
    ImageEdit e;
    for (const QString &part : what.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        if (key == u"name")
            e.name = what.mid(5); // the whole rest (names may contain spaces)
        else if (key == u"description")
            e.description = value;
        else if (key == u"min_disk")
            e.minDisk = value.toInt();
        else if (key == u"min_ram")
            e.minRam = value.toInt();
        else if (key == u"max_ram")
            e.maxRam = value.toInt();
        else if (key == u"protected")
            e.isProtected = true;
        else if (key == u"tag")
            e.setTags << ImageEdit::Tag::parse(value);
        else if (key == u"untag")
            e.removeTags << value;
        if (key == u"name")
            break;
    }
    const FieldErrors errors = e.validate(ImageApi(api), CloudFamily(family));
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        return;
    }
    QVERIFY(!errors.isEmpty());
    const QString expected = field == u"(general)" ? QString() : field;
    QCOMPARE(errors.constFirst().field, expected);
    QVERIFY(!errors.constFirst().message.isEmpty());
}

void tst_Library::imsPatch()
{
    const auto page =
        LibraryImagePage::fromJson(Fixtures::object(u"library/ims_cloudimages_page.json"_s));
    QVERIFY(page);
    const LibraryImage &web = page->images.at(0); // has __description and max_ram
    ImageEdit e;
    e.name = u"web-base-2026"_s;
    e.description = QString(); // remove
    e.minRam = 1024;
    e.maxRam = 8192;
    const QJsonArray ops = e.imsPatch(web);
    const QJsonArray expected{
        QJsonObject{
            {u"op"_s, u"replace"_s}, {u"path"_s, u"/name"_s}, {u"value"_s, u"web-base-2026"_s}},
        QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"/__description"_s}},
        QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"/min_ram"_s}, {u"value"_s, u"1024"_s}},
        QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"/max_ram"_s}, {u"value"_s, u"8192"_s}},
    };
    QCOMPARE(ops, expected);
    ImageEdit d;
    d.description = u"new"_s;
    d.maxRam = 4096;
    const QJsonArray added = d.imsPatch(page->images.at(1)); // has neither: add
    QCOMPARE(added.at(0).toObject().value(u"op"_s).toString(), u"add"_s);
    QCOMPARE(added.at(1).toObject().value(u"op"_s).toString(), u"add"_s);
}

void tst_Library::glancePatch()
{
    const auto page =
        LibraryImagePage::fromJson(Fixtures::object(u"library/glance_images_page.json"_s));
    QVERIFY(page);
    const LibraryImage &cirros = page->images.at(0);
    ImageEdit e;
    e.name = u"cirros-renamed"_s;
    e.isProtected = true;
    e.minDisk = 2;
    e.setTags << ImageEdit::Tag::parse(u"team=ops"_s) << ImageEdit::Tag::parse(u"gold"_s);
    e.removeTags << u"base"_s;
    const QJsonArray ops = e.glancePatch(cirros);
    QCOMPARE(ops.size(), 4);
    QCOMPARE(ops.at(0).toObject().value(u"path"_s).toString(), u"/name"_s);
    QCOMPARE(ops.at(1).toObject().value(u"path"_s).toString(), u"/min_disk"_s);
    QCOMPARE(ops.at(2).toObject().value(u"value"_s).toBool(), true);
    const QJsonObject tags = ops.at(3).toObject();
    QCOMPARE(tags.value(u"op"_s).toString(), u"replace"_s);
    QCOMPARE(tags.value(u"path"_s).toString(), u"/tags"_s);
    // "base" removed, team=qa replaced by team=ops, "gold" added
    QCOMPARE(tags.value(u"value"_s).toArray(), QJsonArray({u"team=ops"_s, u"gold"_s}));
    ImageEdit d;
    d.description = u"other"_s;
    QCOMPARE(d.glancePatch(cirros).at(0).toObject().value(u"op"_s).toString(), u"replace"_s);
    QCOMPARE(
        d.glancePatch(page->images.at(1)).at(0).toObject().value(u"op"_s).toString(), u"add"_s);
}

void tst_Library::imsRefusesInactiveAndTooManyTags()
{
    const auto page =
        LibraryImagePage::fromJson(Fixtures::object(u"library/ims_cloudimages_page.json"_s));
    QVERIFY(page);
    ImageEdit e;
    e.name = u"x"_s;
    QVERIFY(e.checkAgainst(ImageApi::Ims, page->images.at(0)).isEmpty());
    QCOMPARE(e.checkAgainst(ImageApi::Ims, page->images.at(1)).size(), 1); // queued
    QVERIFY(e.checkAgainst(ImageApi::Glance, page->images.at(1)).isEmpty());
    ImageEdit many;
    for (int i = 0; i < 9; ++i)
        many.setTags << ImageEdit::Tag::parse(u"k%1=v"_s.arg(i));
    // two tags already, one of them not replaced: 11
    QCOMPARE(many.checkAgainst(ImageApi::Ims, page->images.at(0)).size(), 1);
}

void tst_Library::registryOffersEditAndDelete()
{
    const ImageActionRegistry &r = ImageActionRegistry::standard();
    QVERIFY(r.find(u"edit"_s));
    QVERIFY(r.find(u"delete"_s));
    QVERIFY(r.find(u"copy"_s));
    QVERIFY(r.find(u"export"_s));
    // Every action is offered on OpenStack but the IMS jobs (copy, export: tst_imagejobs).
    const QStringList imsOnly{u"copy"_s, u"cross-region-copy"_s, u"export"_s};
    for (const ImageActionKind *kind : r.kinds()) {
        QVERIFY(!kind->title().isEmpty());
        QCOMPARE(bool(kind->unavailableReason(CloudFamily::OpenStack, ImageApi::Glance)),
            imsOnly.contains(kind->key()));
    }
}

void tst_Library::glanceRefusalIsOneLine()
{
    // Glance Zed's answer to DELETE of a protected image, as tests/peers recorded it.
    ApiError e = ApiError::make(ApiError::Kind::Http);
    e.httpStatus = 403;
    ApiError::parseServiceBody(Fixtures::bytes(u"library/glance_delete_protected_403.json"_s), &e);
    QCOMPARE(e.message,
        u"Image f9ea9d4c-77a0-45c5-89b3-304e75620307 is protected and cannot be deleted."_s);
    QVERIFY(e.userMessage().contains(e.message));
    QVERIFY(!e.userMessage().contains(u"<br"_s));
}

void tst_Library::modelPages()
{
    ImageListModel model;
    auto *lister = new ImageLister(nullptr, ImageApi::Glance, {}, 2);
    model.setLister(lister);
    QVERIFY(model.canFetchMore({}));
    // The tester asks for more once itself; with no session that request fails at once.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto page =
        LibraryImagePage::fromJson(Fixtures::object(u"library/glance_images_page.json"_s));
    QVERIFY(page);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(&model, &ImageListModel::pageLoaded);
    Q_EMIT lister->pageArrived(page->images, true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1); // one insert per page
    QCOMPARE(loaded.constLast().at(0).toInt(), 2);
    QCOMPARE(model.index(0, ImageListModel::Name).data().toString(), u"cirros-0.6"_s);
    QCOMPARE(
        model.index(0, ImageListModel::Size).data(ImageListModel::SortRole).toLongLong(), 21430272);
    QCOMPARE(model.index(1, ImageListModel::Size).data(ImageListModel::SortRole).toLongLong(), -1);
    QCOMPARE(model.index(0, ImageListModel::Tags).data().toString(), u"base, team=qa"_s);
    QCOMPARE(model.index(1, ImageListModel::Visibility).data().toString(), model.tr("Shared"));
    // The same page again (a moved page boundary): no duplicate rows.
    Q_EMIT lister->pageArrived(page->images, false);
    QCOMPARE(model.rowCount(), 2);
    // The creating job: by marker (Nova metadata, IMS tag), or by image id (Glance's chosen id).
    JobRecord nova;
    nova.localId = u"local-2"_s;
    nova.marker = u"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"_s;
    JobRecord glance;
    glance.localId = u"local-1"_s;
    glance.imageIds = {u"7e3b1c2a-9f4d-4e5a-8b6c-1d2e3f4a5b6c"_s};
    QSignalSpy jobColumn(&model, &QAbstractItemModel::dataChanged);
    model.setJobIndex(ImageListModel::jobIndex({nova, glance}));
    QCOMPARE(jobColumn.count(), 1);
    QCOMPARE(model.index(0, ImageListModel::Job).data().toString(), u"local-1"_s);
    QCOMPARE(model.index(1, ImageListModel::Job).data().toString(), u"local-2"_s);
    // A failure ends the list with the translated message.
    QSignalSpy failed(&model, &ImageListModel::failed);
    Q_EMIT lister->failed(ApiError::make(ApiError::Kind::ConnectionFailed));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.constFirst().at(0).toString().isEmpty());
}

void tst_Library::modelUpdateAndRemove()
{
    ImageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *lister = new ImageLister(nullptr, ImageApi::Ims, {}, 50);
    model.setLister(lister);
    const auto page =
        LibraryImagePage::fromJson(Fixtures::object(u"library/ims_cloudimages_page.json"_s));
    QVERIFY(page);
    Q_EMIT lister->pageArrived(page->images, false);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.canFetchMore({}));
    LibraryImage renamed = page->images.at(1);
    renamed.name = u"renamed"_s;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateImage(renamed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, ImageListModel::Name).data().toString(), u"renamed"_s);
    model.removeImage(page->images.at(0).id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfId(renamed.id), 0);
    QCOMPARE(model.index(0, 0).data(ImageListModel::ImageIdRole).toString(), renamed.id);
}

QTEST_GUILESS_MAIN(tst_Library)
#include "tst_library.moc"
