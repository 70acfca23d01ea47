// Method 3's page (ims-obs-file, issue 14) with the OBS browser, against the demo cloud and its
// OBS stand-in: the buckets with region and class (the unusable ones disabled), the chosen
// bucket's objects (folders opened, a prefix filter, paging by continuation token, a file IMS
// does not import shown disabled with the core's reason), the chosen object as bucket:object in
// the image file field; the field stays editable with its rules when the objects cannot be
// listed, and when the profile's cloud has no object storage to list.
#include <memory>

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "obs/bucketrules.h"
#include "obs/objectlister.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"
#include "wizard/createbucketdialog.h"
#include "wizard/createimagewizard.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/imsobspage.h"
#include "wizard/methodpage.h"
#include "wizard/obsbucketpicker.h"
#include "wizard/obsobjectpicker.h"
#include "wizard/reviewpage.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

namespace {
const QString Bucket = u"imagewright-demo"_s;

/// The rows of `tree`: text of column 0 → item.
QHash<QString, QTreeWidgetItem *> rowsOf(QTreeWidget *tree)
{
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i));
    return rows;
}
} // namespace

class tst_ObsFileBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void pickBucketAndObject();
    void prefixAndPaging();
    void listingRefusedLeavesTheFieldToType();
    void noObjectStorageFallsBackToText();
    void createBucketFromThePicker(); // last: it adds a bucket the others do not expect

private:
    /// Opens the wizard on method 3's page for `session`, its bucket list read (or failed).
    ImsObsPage *openPage(std::unique_ptr<CreateImageWizard> &wizard, CloudSession *session);
    int listRequests();

    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_ObsFileBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
    AppCore::Options options;
    options.dataDir = m_dir.filePath(u"data"_s);
    options.settingsPath = m_dir.filePath(u"settings.ini"_s);
    m_core = std::make_unique<AppCore>(options);
    const CloudProfile profile = CloudProfile::demo(m_demo.authUrl());
    m_core->profiles()->upsert(profile);
    m_core->profiles()->setCurrent(profile.id);
    m_session = m_core->session(profile.id);
    QVERIFY(m_session);
}

void tst_ObsFileBrowser::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
}

void tst_ObsFileBrowser::cleanupTestCase()
{
    m_core.reset();
    m_demo.stop();
}

int tst_ObsFileBrowser::listRequests()
{
    int count = 0;
    const QJsonArray all = m_demo.requests();
    for (const QJsonValue &v : all) {
        const QJsonObject e = v.toObject();
        if (e.value(u"method"_s).toString() == u"GET"
            && e.value(u"path"_s).toString() == u'/' + Bucket + u'/'
            && e.value(u"query"_s).toString().contains(u"list-type=2"_s))
            ++count;
    }
    return count;
}

ImsObsPage *tst_ObsFileBrowser::openPage(
    std::unique_ptr<CreateImageWizard> &wizard, CloudSession *session)
{
    wizard = std::make_unique<CreateImageWizard>(session, m_core->monitor());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    QRadioButton *button = wizard->methodPage()->button(CreationMethod::ImsObsFile);
    if (!QTest::qWaitFor([&] { return session->isConnected() && button->isEnabled(); }, 15000))
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != CreateImageWizard::Page_ImsObs)
        return nullptr;
    ImsObsPage *page = wizard->imsObsPage();
    ObsBucketPicker *buckets = page->bucketPicker();
    if (!QTest::qWaitFor(
            [&] { return buckets->hasLoaded() || !buckets->error().isEmpty(); }, 15000))
        return nullptr;
    return page;
}

void tst_ObsFileBrowser::pickBucketAndObject()
{
    std::unique_ptr<CreateImageWizard> wizard;
    ImsObsPage *page = openPage(wizard, m_session);
    QVERIFY(page);
    ObsBucketPicker *buckets = page->bucketPicker();
    ObsObjectPicker *objects = page->objectPicker();

    // The buckets as on the local-file page: the Cold one and the other region's disabled.
    QHash<QString, QTreeWidgetItem *> rows = rowsOf(buckets->tree());
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.value(Bucket)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(rows.value(Bucket)->text(2), u"STANDARD"_s);
    QVERIFY(!(rows.value(u"imagewright-demo-cold"_s)->flags() & Qt::ItemIsEnabled));
    QVERIFY(!(rows.value(u"imagewright-demo-2"_s)->flags() & Qt::ItemIsEnabled));
    QVERIFY(!buckets->setBucket(u"imagewright-demo-cold"_s));
    // No bucket yet: no object listed, and the list says why.
    QCOMPARE(objects->tree()->topLevelItemCount(), 0);
    QVERIFY(!objects->prefixEdit()->isEnabled());
    QCOMPARE(listRequests(), 0);

    // A click on the bucket lists its top level: the folder, and README.txt disabled with the
    // core's reason (not an image file). The field is left as it was (no error before typing).
    QTest::mouseClick(buckets->tree()->viewport(),
        Qt::LeftButton,
        {},
        buckets->tree()->visualItemRect(rows.value(Bucket)).center());
    QCOMPARE(buckets->bucket(), Bucket);
    QTRY_VERIFY_WITH_TIMEOUT(
        !objects->isLoading() && objects->tree()->topLevelItemCount() > 0, 15000);
    QVERIFY(page->imageUrlEdit()->text().isEmpty());
    QVERIFY(!page->imageUrlMessage()->hasMessage());
    rows = rowsOf(objects->tree());
    QCOMPARE(rows.size(), 2);
    QTreeWidgetItem *folder = rows.value(u"images/"_s);
    QVERIFY(folder);
    QTreeWidgetItem *readme = rows.value(u"README.txt"_s);
    QVERIFY(readme);
    QVERIFY(!(readme->flags() & Qt::ItemIsEnabled));
    const QString reason =
        ObsBucketRules::objectUnusableReason(Bucket, u"README.txt"_s).value_or(QString());
    QVERIFY(!reason.isEmpty());
    QCOMPARE(readme->text(3), reason);
    QVERIFY(!objects->setObject(u"README.txt"_s));
    QCOMPARE(listRequests(), 1);

    // Enter on the folder opens it: its two image files, with size and date, both usable.
    objects->tree()->setFocus();
    objects->tree()->setCurrentItem(folder);
    QTest::keyClick(objects->tree(), Qt::Key_Return);
    QCOMPARE(objects->prefix(), u"images/"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        !objects->isLoading() && objects->tree()->topLevelItemCount() == 2, 15000);
    rows = rowsOf(objects->tree());
    QTreeWidgetItem *qcow2 = rows.value(u"web-base.qcow2"_s);
    QVERIFY(qcow2);
    QVERIFY(qcow2->flags() & Qt::ItemIsEnabled);
    QVERIFY(!qcow2->text(1).isEmpty()); // size
    QVERIFY(!qcow2->text(2).isEmpty()); // last modified
    QVERIFY(rows.value(u"data-disk.vhd"_s)->flags() & Qt::ItemIsEnabled);

    // Choosing it writes bucket:object into the field, which has no complaint.
    QTest::mouseClick(objects->tree()->viewport(),
        Qt::LeftButton,
        {},
        objects->tree()->visualItemRect(qcow2).center());
    QCOMPARE(page->imageUrlEdit()->text(), Bucket + u":images/web-base.qcow2"_s);
    QVERIFY(!page->imageUrlMessage()->hasMessage());
    QCOMPARE(page->request().imageUrl, Bucket + u":images/web-base.qcow2"_s);
    // The review page's body carries it as before (the request file is unchanged).
    page->fieldsEditor()->nameEdit()->setText(u"tst-obs-browser"_s);
    page->minDiskSpin()->setValue(40);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Review));
    QCOMPARE(wizard->reviewPage()->body().value(u"image_url"_s).toString(),
        Bucket + u":images/web-base.qcow2"_s);
}

void tst_ObsFileBrowser::prefixAndPaging()
{
    std::unique_ptr<CreateImageWizard> wizard;
    ImsObsPage *page = openPage(wizard, m_session);
    QVERIFY(page);
    ObsObjectPicker *objects = page->objectPicker();
    objects->lister()->setPageSize(1);
    QVERIFY(page->bucketPicker()->setBucket(Bucket));
    QTRY_VERIFY_WITH_TIMEOUT(
        !objects->isLoading() && objects->tree()->topLevelItemCount() == 1, 15000);

    // One entry a page: Load More follows the continuation token until the folder is done.
    objects->setPrefix(u"images/"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        !objects->isLoading() && objects->tree()->topLevelItemCount() == 1, 15000);
    QVERIFY(objects->moreButton()->isEnabled());
    QVERIFY(objects->statusMessage()->hasMessage());
    m_demo.clearRequests();
    QTest::mouseClick(objects->moreButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !objects->isLoading() && objects->tree()->topLevelItemCount() == 2, 15000);
    QVERIFY(!objects->moreButton()->isEnabled());
    const QJsonArray sent = m_demo.requests();
    QCOMPARE(sent.size(), 1);
    const QString query = sent.first().toObject().value(u"query"_s).toString();
    QVERIFY2(query.contains(u"continuation-token="_s) && query.contains(u"max-keys=1"_s),
        qPrintable(query));

    // A prefix that is the start of a name, typed: the list follows the typing.
    objects->lister()->setPageSize(ObsObjectLister::DefaultPageSize);
    objects->prefixEdit()->clear();
    QTest::keyClicks(objects->prefixEdit(), u"images/web"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!objects->isLoading() && objects->lister()->prefix() == u"images/web"_s
            && objects->tree()->topLevelItemCount() == 1,
        15000);
    QVERIFY(objects->setObject(u"images/web-base.qcow2"_s));
    QCOMPARE(page->imageUrlEdit()->text(), Bucket + u":images/web-base.qcow2"_s);
    objects->setPrefix(u"nothing-here/"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!objects->isLoading(), 15000);
    QCOMPARE(objects->tree()->topLevelItemCount(), 0);
    QVERIFY(objects->statusMessage()->text().contains(u"nothing-here/"_s));
    // The field keeps what was chosen.
    QCOMPARE(page->imageUrlEdit()->text(), Bucket + u":images/web-base.qcow2"_s);
}

void tst_ObsFileBrowser::listingRefusedLeavesTheFieldToType()
{
    std::unique_ptr<CreateImageWizard> wizard;
    ImsObsPage *page = openPage(wizard, m_session);
    QVERIFY(page);
    ObsObjectPicker *objects = page->objectPicker();
    // The account may not list the bucket (403 on ListObjects): said under the list.
    m_demo.addFault(QJsonObject{{u"path"_s, QString(u'/' + Bucket + u'/')},
        {u"match"_s, u"exact"_s},
        {u"method"_s, u"GET"_s},
        {u"status"_s, 403}});
    QVERIFY(page->bucketPicker()->setBucket(Bucket));
    QTRY_VERIFY_WITH_TIMEOUT(!objects->isLoading() && !objects->lister()->error().isEmpty(), 15000);
    QCOMPARE(objects->tree()->topLevelItemCount(), 0);
    QCOMPARE(objects->statusMessage()->kind(), InlineMessage::Kind::Error);
    QVERIFY(objects->statusMessage()->text().contains(Bucket + u":"_s));

    // The field stays editable, with method 3's rules at it.
    QLineEdit *url = page->imageUrlEdit();
    QVERIFY(url->isEnabled() && !url->isReadOnly());
    QVERIFY(url->text().isEmpty());
    url->setFocus();
    QTest::keyClicks(url, Bucket + u":my disk.qcow2"_s);
    QVERIFY(page->imageUrlMessage()->hasMessage());
    url->setText(Bucket + u":disks/my-disk.qcow2"_s);
    QVERIFY(!page->imageUrlMessage()->hasMessage());
    QCOMPARE(page->request().imageUrl, Bucket + u":disks/my-disk.qcow2"_s);
}

void tst_ObsFileBrowser::noObjectStorageFallsBackToText()
{
    // A profile whose region the catalog has no "obs" endpoint for (a family without a
    // well-known one): no list, the reason said, the field typed as before.
    CloudProfile p = CloudProfile::demo(m_demo.authUrl());
    p.id = u"no-obs-profile"_s;
    p.name = u"demo elsewhere"_s;
    p.region = u"demo-9"_s;
    m_core->profiles()->upsert(p);
    CloudSession *session = m_core->session(p.id);
    QVERIFY(session);
    std::unique_ptr<CreateImageWizard> wizard;
    ImsObsPage *page = openPage(wizard, session);
    QVERIFY(page);
    ObsBucketPicker *buckets = page->bucketPicker();
    QVERIFY(!buckets->error().isEmpty());
    QVERIFY2(buckets->error().contains(u"\"obs\""_s), qPrintable(buckets->error()));
    QCOMPARE(buckets->tree()->topLevelItemCount(), 0);
    QVERIFY(buckets->statusMessage()->text().contains(buckets->error()));
    ObsObjectPicker *objects = page->objectPicker();
    QTRY_VERIFY(objects->statusMessage()->text().contains(u"bucket:file"_s));
    QCOMPARE(m_demo.countRequests("GET", u"/"_s + Bucket), 0);
    page->imageUrlEdit()->setText(u"ims-image:centos.qcow2"_s);
    QVERIFY(!page->imageUrlMessage()->hasMessage());
    QCOMPARE(page->request().imageUrl, u"ims-image:centos.qcow2"_s);
}

void tst_ObsFileBrowser::createBucketFromThePicker()
{
    std::unique_ptr<CreateImageWizard> wizard;
    ImsObsPage *page = openPage(wizard, m_session);
    QVERIFY(page);
    ObsBucketPicker *buckets = page->bucketPicker();
    QVERIFY(buckets->createButton()->isEnabled());
    QTest::mouseClick(buckets->createButton(), Qt::LeftButton);
    CreateBucketDialog *dialog = buckets->createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QAbstractButton *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!create->isEnabled()); // nothing typed yet
    QVERIFY(!dialog->nameMessage()->hasMessage());

    // The name's rules at the field, before anything is sent.
    QTest::keyClicks(dialog->nameEdit(), u"Bad_Name"_s);
    QCOMPARE(dialog->nameMessage()->kind(), InlineMessage::Kind::Error);
    QCOMPARE(dialog->nameMessage()->text(),
        ObsBucketRules::checkBucketName(u"Bad_Name"_s).value_or(QString()));
    QVERIFY(!create->isEnabled());
    QVERIFY(!dialog->create());
    dialog->nameEdit()->setText(u"ab..cd"_s);
    QVERIFY(dialog->nameMessage()->hasMessage());
    QCOMPARE(m_demo.countRequests("PUT", u"/"_s), 0);

    // The cloud's refusal (a name another account owns) at the field; the dialog stays.
    dialog->nameEdit()->setText(u"taken-images"_s);
    QVERIFY(!dialog->nameMessage()->hasMessage());
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameMessage()->kind(), InlineMessage::Kind::Error);
    QVERIFY2(dialog->nameMessage()->text().contains(u"taken-images"_s),
        qPrintable(dialog->nameMessage()->text()));
    QCOMPARE(m_demo.countRequests("PUT", u"/taken-images"_s), 1);

    // Created: listed again with the new bucket chosen, in the profile's region and Standard.
    dialog->nameEdit()->setText(u"iw-tst-new-bucket"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(buckets->bucket(), u"iw-tst-new-bucket"_s, 15000);
    QVERIFY(!buckets->createDialog());
    QCOMPARE(m_demo.countRequests("PUT", u"/iw-tst-new-bucket"_s), 1);
    QTreeWidgetItem *row = rowsOf(buckets->tree()).value(u"iw-tst-new-bucket"_s);
    QVERIFY(row);
    QVERIFY(row->flags() & Qt::ItemIsEnabled);
    QCOMPARE(row->text(1), m_session->profile().region);
    QCOMPARE(row->text(2), u"STANDARD"_s);
    // Its (empty) object list follows the choice.
    QTRY_VERIFY_WITH_TIMEOUT(!page->objectPicker()->isLoading()
            && page->objectPicker()->lister()->bucket() == u"iw-tst-new-bucket"_s,
        15000);
}

QTEST_MAIN(tst_ObsFileBrowser)
#include "tst_obsfilebrowser.moc"
