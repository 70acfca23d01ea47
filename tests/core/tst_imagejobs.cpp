// IMS image actions that run as jobs (issue 13): copy in the region, copy to another region and
// export to OBS. The request bodies as sent, the local rules at their fields, the rules that
// need the image, where each is offered, and the followers from answers in the IMS job shape
// (tests/fixtures/library/ims_*_job_*.json).
#include <QJsonArray>
#include <QTest>

#include "jobs/actionjobkinds.h"
#include "jobs/followerregistry.h"
#include "jobs/jobrecord.h"
#include "library/actions/imagejobaction.h"
#include "library/imageaction.h"
#include "library/imagejobrecord.h"
#include "library/imagejobrequest.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

const QString Source = u"93f04daa-23cd-578f-9c6c-d1879c22e5d8"_s;
const QString Key = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;

QStringList fields(const FieldErrors &errors)
{
    QStringList list;
    for (const FieldError &e : errors) {
        list << e.field;
        if (e.message.isEmpty())
            list << u"<empty message>"_s;
    }
    return list;
}

LibraryImage image(const QJsonObject &changes = {})
{
    QJsonObject o{{u"id"_s, Source},
        {u"name"_s, u"web-base"_s},
        {u"status"_s, u"active"_s},
        {u"visibility"_s, u"private"_s},
        {u"__imagetype"_s, u"private"_s},
        {u"disk_format"_s, u"zvhd2"_s},
        {u"size"_s, 2.5 * 1024 * 1024 * 1024},
        {u"min_disk"_s, 40}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    return *LibraryImage::fromJson(o);
}

ImageCopyRequest copyRequest()
{
    ImageCopyRequest r;
    r.imageId = Source;
    r.name = u"web-base copy"_s;
    return r;
}

ImageCopyRequest crossRegionRequest()
{
    ImageCopyRequest r = copyRequest();
    r.region = u"cn-north-4"_s;
    r.projectName = u"cn-north-4"_s;
    r.agencyName = u"ims_admin_agency"_s;
    return r;
}

ImageExportRequest exportRequest()
{
    ImageExportRequest r;
    r.imageId = Source;
    r.bucket = u"my-images"_s;
    r.object = u"exports/web.qcow2"_s;
    r.format = u"qcow2"_s;
    return r;
}

FollowAnswer answer(const JobFollower *follower, const JobRecord &r, const QString &fixture)
{
    return {follower->nextQuery(r, {}), {}, Fixtures::bytes(u"library/"_s + fixture)};
}

JobRecord tracked(const ImageJobOrder &order)
{
    CloudProfile profile;
    profile.id = u"p-1"_s;
    profile.name = u"Huawei"_s;
    profile.region = u"cn-north-4"_s;
    JobRecord r = ImageJobRecord::record(profile, order, u"web-base"_s, u"0b8e5c6d7f1a2b3c4d5e6f7a8b9c0d1e"_s);
    r.localId = u"l-1"_s;
    r.state = JobState::Running;
    return r;
}

FollowContext context()
{
    FollowContext c;
    c.now = QDateTime(QDate(2024, 11, 6), QTime(12, 0), Qt::UTC);
    return c;
}

} // namespace

class tst_ImageJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyBodyAndPath();
    void crossRegionBodyAndPath();
    void exportBodyAndPath();
    void copyLocalRules_data();
    void copyLocalRules();
    void exportLocalRules_data();
    void exportLocalRules();
    void rulesThatNeedTheImage();
    void offeredByFamily();
    void kindsStoredAndFollowed();
    void copyFollowerNamesTheNewImage();
    void copyFollowerFailureKeepsTheSource();
    void crossRegionAndExportKeepTheSource();
};

void tst_ImageJobs::copyBodyAndPath()
{
    ImageCopyRequest r = copyRequest();
    r.description = u"nightly"_s;
    r.cmkId = Key;
    r.enterpriseProjectId = u"0"_s;
    QVERIFY(!r.isCrossRegion());
    QVERIFY(r.validate(u"cn-north-4"_s).isEmpty());
    QCOMPARE(r.path(), u"/v1/cloudimages/%1/copy"_s.arg(Source));
    const QJsonObject expected{{u"name"_s, u"web-base copy"_s},
        {u"description"_s, u"nightly"_s},
        {u"cmk_id"_s, Key},
        {u"enterprise_project_id"_s, u"0"_s}};
    QCOMPARE(r.body(), expected);
    // Fields not given are not sent.
    QCOMPARE(copyRequest().body(), (QJsonObject{{u"name"_s, u"web-base copy"_s}}));
    const ImageJobOrder order = r.order();
    QCOMPARE(order.kind, QString::fromLatin1(ActionJobKinds::ImsCopy));
    QCOMPARE(order.body, expected);
}

void tst_ImageJobs::crossRegionBodyAndPath()
{
    ImageCopyRequest r = crossRegionRequest();
    r.vaultId = Key;
    QVERIFY(r.isCrossRegion());
    QVERIFY(r.validate(u"cn-east-3"_s).isEmpty());
    QCOMPARE(r.path(), u"/v1/cloudimages/%1/cross_region_copy"_s.arg(Source));
    QCOMPARE(r.body(),
        (QJsonObject{{u"name"_s, u"web-base copy"_s},
            {u"region"_s, u"cn-north-4"_s},
            {u"project_name"_s, u"cn-north-4"_s},
            {u"agency_name"_s, u"ims_admin_agency"_s},
            {u"vault_id"_s, Key}}));
    QCOMPARE(r.order().kind, QString::fromLatin1(ActionJobKinds::ImsCrossRegionCopy));
}

void tst_ImageJobs::exportBodyAndPath()
{
    ImageExportRequest r = exportRequest();
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(r.path(), u"/v1/cloudimages/%1/file"_s.arg(Source));
    QCOMPARE(r.body(),
        (QJsonObject{{u"bucket_url"_s, u"my-images:exports/web.qcow2"_s}, {u"file_format"_s, u"qcow2"_s}}));
    r.quick = true;
    r.format.clear();
    QVERIFY(r.validate().isEmpty());
    // The reference: with fast export, file_format is not given.
    QCOMPARE(r.body(),
        (QJsonObject{{u"bucket_url"_s, u"my-images:exports/web.qcow2"_s}, {u"is_quick_export"_s, true}}));
    QCOMPARE(r.order().kind, QString::fromLatin1(ActionJobKinds::ImsExport));
    for (const QString &f : {u"qcow2"_s, u"vhd"_s, u"zvhd"_s, u"vmdk"_s, u"zvhd2"_s})
        QVERIFY(ImageExportRequest::formats().contains(f));
}

void tst_ImageJobs::copyLocalRules_data()
{
    QTest::addColumn<ImageCopyRequest>("request");
    QTest::addColumn<QStringList>("expected");
    ImageCopyRequest r = copyRequest();
    r.name.clear();
    QTest::newRow("no name") << r << QStringList{u"name"_s};
    r = copyRequest();
    r.name = u"kopie-\u00e4"_s;
    QTest::newRow("non-ASCII name") << r << QStringList{u"name"_s};
    r = copyRequest();
    r.description = u"a <b>"_s;
    QTest::newRow("description with <") << r << QStringList{u"description"_s};
    r = copyRequest();
    r.cmkId = u"not-a-key"_s;
    QTest::newRow("KMS key not a UUID") << r << QStringList{u"cmk_id"_s};
    r = copyRequest();
    r.enterpriseProjectId = u"default"_s;
    QTest::newRow("enterprise project") << r << QStringList{u"enterprise_project_id"_s};
    r = crossRegionRequest();
    r.region.clear();
    QTest::newRow("cross-region without region") << r << QStringList{u"region"_s};
    r = crossRegionRequest();
    r.projectName.clear();
    r.agencyName.clear();
    QTest::newRow("cross-region without project, agency")
        << r << QStringList{u"project_name"_s, u"agency_name"_s};
    r = crossRegionRequest();
    r.region = u"eu-west-101"_s;
    QTest::newRow("cross-region to the own region") << r << QStringList{u"region"_s};
    r = crossRegionRequest();
    r.region = u"North 4"_s;
    QTest::newRow("region not a name") << r << QStringList{u"region"_s};
    r = crossRegionRequest();
    r.cmkId = Key;
    QTest::newRow("cross-region encrypted") << r << QStringList{u"cmk_id"_s};
    r = crossRegionRequest();
    r.agencyName = u"my agency"_s;
    r.vaultId = u"v1"_s;
    QTest::newRow("agency with space, vault") << r << QStringList{u"agency_name"_s, u"vault_id"_s};
}

void tst_ImageJobs::copyLocalRules()
{
    QFETCH(ImageCopyRequest, request);
    QFETCH(QStringList, expected);
    QCOMPARE(fields(request.validate(u"eu-west-101"_s)), expected);
}

void tst_ImageJobs::exportLocalRules_data()
{
    QTest::addColumn<ImageExportRequest>("request");
    QTest::addColumn<QStringList>("expected");
    ImageExportRequest r = exportRequest();
    r.bucket.clear();
    QTest::newRow("no bucket") << r << QStringList{u"bucket"_s};
    r = exportRequest();
    r.bucket = u"My_Bucket"_s;
    QTest::newRow("bucket name") << r << QStringList{u"bucket"_s};
    r = exportRequest();
    r.bucket = u"a:b"_s;
    QTest::newRow("bucket with colon") << r << QStringList{u"bucket"_s};
    r = exportRequest();
    r.object.clear();
    QTest::newRow("no object") << r << QStringList{u"object"_s};
    r = exportRequest();
    r.object = u"/abs.qcow2"_s;
    QTest::newRow("object with slash") << r << QStringList{u"object"_s};
    r = exportRequest();
    r.format = u"raw"_s;
    QTest::newRow("format raw") << r << QStringList{u"file_format"_s};
    r = exportRequest();
    r.format.clear();
    QTest::newRow("no format") << r << QStringList{u"file_format"_s};
    r = exportRequest();
    r.quick = true;
    QTest::newRow("quick with a format") << r << QStringList{u"file_format"_s};
}

void tst_ImageJobs::exportLocalRules()
{
    QFETCH(ImageExportRequest, request);
    QFETCH(QStringList, expected);
    QCOMPARE(fields(request.validate()), expected);
}

void tst_ImageJobs::rulesThatNeedTheImage()
{
    const ImageCopyRequest copy = copyRequest();
    const ImageCopyRequest cross = crossRegionRequest();
    const ImageExportRequest exp = exportRequest();
    QVERIFY(copy.checkAgainst(image()).isEmpty());
    QVERIFY(cross.checkAgainst(image()).isEmpty());
    QVERIFY(exp.checkAgainst(image()).isEmpty());
    // Active and private only, no ISO image.
    const LibraryImage saving = image({{u"status"_s, u"saving"_s}});
    QCOMPARE(copy.checkAgainst(saving).size(), 1);
    QCOMPARE(exp.checkAgainst(saving).size(), 1);
    QCOMPARE(cross.order().check(saving).size(), 1);
    QCOMPARE(copy.checkAgainst(image({{u"__imagetype"_s, u"gold"_s}})).size(), 1);
    QCOMPARE(exp.checkAgainst(image({{u"disk_format"_s, u"iso"_s}})).size(), 1);
    // Full-ECS: not copied in the region, not exported; across regions with a vault.
    const LibraryImage full = image({{u"__whole_image"_s, true}});
    QCOMPARE(copy.checkAgainst(full).size(), 1);
    QCOMPARE(exp.checkAgainst(full).size(), 1);
    QCOMPARE(cross.checkAgainst(full).size(), 1);
    ImageCopyRequest withVault = cross;
    withVault.vaultId = Key;
    QVERIFY(withVault.checkAgainst(full).isEmpty());
    // Encrypted: not across regions.
    const LibraryImage encrypted = image({{u"__system__cmkid"_s, Key}});
    QVERIFY(copy.checkAgainst(encrypted).isEmpty());
    QCOMPARE(cross.checkAgainst(encrypted).size(), 1);
    // Sizes: copies up to 128 GB; exports above 128 GB only quick, never 1 TB.
    const LibraryImage big = image({{u"size"_s, 200.0 * 1024 * 1024 * 1024}});
    QCOMPARE(copy.checkAgainst(big).size(), 1);
    QCOMPARE(exp.checkAgainst(big).size(), 1);
    ImageExportRequest quick = exp;
    quick.quick = true;
    quick.format.clear();
    QVERIFY(quick.checkAgainst(big).isEmpty());
    QCOMPARE(quick.checkAgainst(image({{u"size"_s, 1024.0 * 1024 * 1024 * 1024}})).size(), 1);
}

void tst_ImageJobs::offeredByFamily()
{
    const ImageActionRegistry &registry = ImageActionRegistry::standard();
    const ImageActionKind *copy = registry.find(u"copy"_s);
    const ImageActionKind *cross = registry.find(u"cross-region-copy"_s);
    const ImageActionKind *exp = registry.find(u"export"_s);
    QVERIFY(copy && cross && exp);
    for (const ImageActionKind *kind : {copy, cross, exp}) {
        QVERIFY(!kind->title().isEmpty());
        QVERIFY(!kind->unavailableReason(CloudFamily::HuaweiCloud, ImageApi::Ims));
        QVERIFY(!kind->unavailableReason(CloudFamily::Demo, ImageApi::Ims));
        QVERIFY(kind->unavailableReason(CloudFamily::FjcloudO, ImageApi::Glance));
        QVERIFY(kind->unavailableReason(CloudFamily::OpenStack, ImageApi::Glance));
        QVERIFY(kind->unavailableReason(CloudFamily::Demo, ImageApi::Glance)); // IMS only
    }
    QVERIFY(!copy->unavailableReason(CloudFamily::OpenTelekomCloud, ImageApi::Ims));
    QVERIFY(!exp->unavailableReason(CloudFamily::OpenTelekomCloud, ImageApi::Ims));
    const auto why = cross->unavailableReason(CloudFamily::OpenTelekomCloud, ImageApi::Ims);
    QVERIFY(why && !why->isEmpty());
}

void tst_ImageJobs::kindsStoredAndFollowed()
{
    const QList<ImageJobOrder> orders{
        copyRequest().order(), crossRegionRequest().order(), exportRequest().order()};
    QStringList kinds;
    for (const ImageJobOrder &order : orders) {
        const JobRecord r = tracked(order);
        kinds << r.kindKey();
        QVERIFY(ActionJobKinds::isKnown(r.actionKind));
        QVERIFY(r.kindText() != r.actionKind); // a title, not the key
        QCOMPARE(r.imageIds, QStringList{Source});
        QCOMPARE(r.name, u"web-base"_s);
        QVERIFY(!r.timeline.isEmpty()); // the note on what the job makes
        const auto back = JobRecord::fromJson(r.toJson());
        QVERIFY(back && !back->isForeign());
        QCOMPARE(back->actionKind, r.actionKind);
        QVERIFY(FollowerRegistry::standard().canFollow(*back));
    }
    QCOMPARE(kinds,
        (QStringList{u"ims-copy"_s, u"ims-cross-region-copy"_s, u"ims-export"_s}));
    QCOMPARE(ActionJobKinds::title(u"ims-nothing"_s), u"ims-nothing"_s);
}

void tst_ImageJobs::copyFollowerNamesTheNewImage()
{
    JobRecord r = tracked(copyRequest().order());
    const JobFollower *follower = FollowerRegistry::standard().forRecord(r);
    QVERIFY(follower);
    QVariantHash memo;
    follower->read(r, memo, answer(follower, r, u"ims_copy_job_running.json"_s), context());
    QCOMPARE(r.state, JobState::Running);
    QCOMPARE(r.imageIds, QStringList{Source}); // still the source while it runs
    QVERIFY(qFuzzyCompare(r.progress, 0.42));
    follower->read(r, memo, answer(follower, r, u"ims_copy_job_success.json"_s), context());
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(r.imageIds, QStringList{u"4f5a3b1e-8c2d-4e6f-9a0b-1c2d3e4f5a6b"_s});
    QCOMPARE(r.finished, QDateTime(QDate(2024, 11, 6), QTime(7, 4, 12, 500), Qt::UTC));
    QVERIFY(r.timeline.constLast().display().contains(u"4f5a3b1e-8c2d-4e6f-9a0b-1c2d3e4f5a6b"_s));
}

void tst_ImageJobs::copyFollowerFailureKeepsTheSource()
{
    JobRecord r = tracked(copyRequest().order());
    const JobFollower *follower = FollowerRegistry::standard().forRecord(r);
    QVariantHash memo;
    follower->read(r, memo, answer(follower, r, u"ims_copy_job_fail.json"_s), context());
    QCOMPARE(r.state, JobState::Failed);
    QCOMPARE(r.errorCode, u"IMG.0014"_s);
    QCOMPARE(r.imageIds, QStringList{Source});
}

void tst_ImageJobs::crossRegionAndExportKeepTheSource()
{
    JobRecord cross = tracked(crossRegionRequest().order());
    const JobFollower *follower = FollowerRegistry::standard().forRecord(cross);
    QVERIFY(follower);
    QVariantHash memo;
    follower->read(cross, memo, answer(follower, cross, u"ims_cross_region_job_success.json"_s), context());
    QCOMPARE(cross.state, JobState::Succeeded);
    QCOMPARE(cross.imageIds, QStringList{Source}); // the copy is in another region
    QVERIFY(cross.timeline.constLast().display().contains(u"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"_s));

    JobRecord exp = tracked(exportRequest().order());
    follower = FollowerRegistry::standard().forRecord(exp);
    QVERIFY(follower);
    memo.clear();
    follower->read(exp, memo, answer(follower, exp, u"ims_export_job_success.json"_s), context());
    QCOMPARE(exp.state, JobState::Succeeded);
    QCOMPARE(exp.imageIds, QStringList{Source});
}

QTEST_GUILESS_MAIN(tst_ImageJobs)
#include "tst_imagejobs.moc"
