// The wizard pages of IMS methods 2–4 against the demo cloud: each filled offscreen, its rules
// shown at the field that caused them, the review page's exact body, Create, and the job
// followed to SUCCESS; the OS version picker filled from the cloud's list.
#include <memory>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"
#include "wizard/createimagewizard.h"
#include "wizard/imsdatadiskpage.h"
#include "wizard/imsdatadiskspage.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/imsobspage.h"
#include "wizard/methodpage.h"
#include "wizard/osversionpicker.h"
#include "wizard/reviewpage.h"
#include "wizard/serverpicker.h"
#include "wizard/volumepicker.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

namespace {
const QString Db01 = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s;      // SHUTOFF, one data disk
const QString Db01Data = u"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"_s;  // db-01's data disk
const QString OldOsDisk = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s; // a bootable volume
} // namespace

class tst_ImsWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dataDiskImagesFromAnEcs();
    void imageFromAnObsFile();
    void systemDiskImageFromADataDisk();

private:
    void openAt(std::unique_ptr<CreateImageWizard> &wizard, CreationMethod method, int pageId);
    /// Review, Create, and the job followed to SUCCESS; returns the body the cloud received.
    QJsonObject createAndFollow(CreateImageWizard *wizard);

    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_ImsWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true);
    QVERIFY(m_dir.isValid());
    m_demo.setJobSeconds(1.0);
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

void tst_ImsWizard::cleanupTestCase()
{
    m_core.reset();
    m_demo.stop();
}

void tst_ImsWizard::openAt(
    std::unique_ptr<CreateImageWizard> &wizard, CreationMethod method, int pageId)
{
    wizard = std::make_unique<CreateImageWizard>(m_session, m_core->monitor());
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QRadioButton *button = wizard->methodPage()->button(method);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 15000);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), pageId);
}

QJsonObject tst_ImsWizard::createAndFollow(CreateImageWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    if (!canGoOn(next))
        return {};
    QTest::mouseClick(next, Qt::LeftButton);
    if (wizard->currentId() != CreateImageWizard::Page_Review)
        return {};
    ReviewPage *review = wizard->reviewPage();
    const QJsonObject shown = review->body();
    m_demo.clearRequests();
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] { return wizard->currentId() == CreateImageWizard::Page_Submitted; }, 15000))
        return {};
    const QString localId = wizard->submittedJob();
    JobMonitor *monitor = m_core->monitor();
    const bool ended = QTest::qWaitFor(
        [&] {
            const int row = monitor->rowOf(localId);
            return row >= 0 && monitor->at(row).state == JobState::Succeeded;
        },
        30000);
    if (!ended)
        return {};
    QJsonObject sent;
    for (const QJsonValue &v : m_demo.requests()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"method"_s).toString() == u"POST"_s
            && r.value(u"path"_s).toString() == u"/v2/cloudimages/action"_s)
            sent = r.value(u"body"_s).toObject();
    }
    if (sent != shown) // the review page shows exactly what is sent
        return {};
    return sent;
}

void tst_ImsWizard::dataDiskImagesFromAnEcs()
{
    std::unique_ptr<CreateImageWizard> wizard;
    openAt(wizard, CreationMethod::ImsEcsDataDisks, CreateImageWizard::Page_ImsDataDisks);
    if (QTest::currentTestFailed())
        return;
    ImsDataDisksPage *page = wizard->imsDataDisksPage();
    ServerPicker *picker = page->serverPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->hasLoaded(), 15000);
    QVERIFY(!canGoOn(wizard->button(QWizard::NextButton)));
    QVERIFY(picker->setServerId(Db01));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingDisks() && page->diskTable()->rowCount() >= 2, 15000);

    // The system disk is listed but cannot be ticked; the data disk can.
    QTableWidget *table = page->diskTable();
    int dataRow = -1;
    int systemRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *use = table->item(row, ImsDataDisksPage::Column_Use);
        if (use->data(Qt::UserRole + 1).toString() == Db01Data)
            dataRow = row;
        else if (!(use->flags() & Qt::ItemIsEnabled))
            systemRow = row;
    }
    QVERIFY(dataRow >= 0);
    QVERIFY(systemRow >= 0);
    QVERIFY(!table->item(systemRow, ImsDataDisksPage::Column_Use)->toolTip().isEmpty());

    // Nothing ticked: Next stays off and the message says why.
    QVERIFY(!canGoOn(wizard->button(QWizard::NextButton)));
    QVERIFY(page->disksMessage()->hasMessage());
    table->item(dataRow, ImsDataDisksPage::Column_Use)->setCheckState(Qt::Checked);
    // The suggested name follows the rules; a bad one is shown with the disk's device.
    QVERIFY(!table->item(dataRow, ImsDataDisksPage::Column_ImageName)->text().isEmpty());
    table->item(dataRow, ImsDataDisksPage::Column_ImageName)->setText(u"bad/name"_s);
    QVERIFY(!canGoOn(wizard->button(QWizard::NextButton)));
    QVERIFY2(page->disksMessage()->text().contains(u"/dev/"_s),
        qPrintable(page->disksMessage()->text()));
    table->item(dataRow, ImsDataDisksPage::Column_ImageName)->setText(u"tst-db-data"_s);
    table->item(dataRow, ImsDataDisksPage::Column_Description)->setText(u"from the UI test"_s);
    QTRY_VERIFY(canGoOn(wizard->button(QWizard::NextButton)));

    const QJsonObject sent = createAndFollow(wizard.get());
    QVERIFY2(!sent.isEmpty(), "not created, not followed to SUCCESS, or not what was shown");
    QVERIFY(!sent.contains(u"instance_id"_s));
    const QJsonArray images = sent.value(u"data_images"_s).toArray();
    QCOMPARE(images.size(), 1);
    const QJsonObject image = images.first().toObject();
    QCOMPARE(image.value(u"volume_id"_s).toString(), Db01Data);
    QCOMPARE(image.value(u"name"_s).toString(), u"tst-db-data"_s);
    QCOMPARE(image.value(u"description"_s).toString(), u"from the UI test"_s);
    QCOMPARE(image.value(u"image_tags"_s).toArray().size(), 1); // the marker
}

void tst_ImsWizard::imageFromAnObsFile()
{
    std::unique_ptr<CreateImageWizard> wizard;
    openAt(wizard, CreationMethod::ImsObsFile, CreateImageWizard::Page_ImsObs);
    if (QTest::currentTestFailed())
        return;
    ImsObsPage *page = wizard->imsObsPage();
    OsVersionPicker *os = page->osVersionPicker();
    QTRY_VERIFY_WITH_TIMEOUT(!os->isLoading() && !os->versions().isEmpty(), 15000);
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    QTest::keyClicks(page->fieldsEditor()->nameEdit(), u"tst-obs-file"_s);
    // The file address: its rule at the field.
    QTest::keyClicks(page->imageUrlEdit(), u"Bucket/centos.iso"_s);
    QVERIFY(page->imageUrlMessage()->hasMessage());
    page->imageUrlEdit()->setText(u"ims-image:centos.iso"_s);
    QVERIFY(!page->imageUrlMessage()->hasMessage());
    page->minDiskSpin()->setValue(40);
    // An ISO file needs the OS version: the OS version field was not touched yet, so Next says it
    // there (and stays).
    QVERIFY(!canGoOn(next));
    QVERIFY(!page->osVersionMessage()->hasMessage());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_ImsObs));
    QVERIFY(page->osVersionMessage()->hasMessage());
    os->setOsVersion(u"CentOS 7.0 64bit"_s);
    QVERIFY(!os->isFreeText()); // a listed value is picked from the list
    QVERIFY(!page->osVersionMessage()->hasMessage());
    QTRY_VERIFY(canGoOn(next));

    // A data disk: min_disk out of range is shown in its box; four are never offered.
    QTest::mouseClick(page->addDataDiskButton(), Qt::LeftButton);
    QCOMPARE(page->dataDiskEditors().size(), 1);
    ObsDataDiskEditor *disk = page->dataDiskEditors().first();
    disk->imageUrlEdit()->setText(u"ims-image:data1.qcow2"_s);
    QVERIFY(!canGoOn(next)); // min_disk not set
    disk->minDiskSpin()->setValue(100);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(page->addDataDiskButton(), Qt::LeftButton);
    QTest::mouseClick(page->addDataDiskButton(), Qt::LeftButton);
    QCOMPARE(page->dataDiskEditors().size(), 3);
    QVERIFY(!page->addDataDiskButton()->isEnabled());
    QTest::mouseClick(page->dataDiskEditors().at(2)->removeButton(), Qt::LeftButton);
    QTest::mouseClick(page->dataDiskEditors().at(1)->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(page->dataDiskEditors().size(), 1);
    QTRY_VERIFY(canGoOn(next));

    const QJsonObject sent = createAndFollow(wizard.get());
    QVERIFY2(!sent.isEmpty(), "not created, not followed to SUCCESS, or not what was shown");
    QCOMPARE(sent.value(u"image_url"_s).toString(), u"ims-image:centos.iso"_s);
    QCOMPARE(sent.value(u"min_disk"_s).toInt(), 40);
    QCOMPARE(sent.value(u"os_version"_s).toString(), u"CentOS 7.0 64bit"_s);
    const QJsonArray disks = sent.value(u"data_images"_s).toArray();
    QCOMPARE(disks.size(), 1);
    QCOMPARE(disks.first().toObject().value(u"min_disk"_s).toInt(), 100);
}

void tst_ImsWizard::systemDiskImageFromADataDisk()
{
    std::unique_ptr<CreateImageWizard> wizard;
    openAt(wizard, CreationMethod::ImsDataDisk, CreateImageWizard::Page_ImsDataDisk);
    if (QTest::currentTestFailed())
        return;
    ImsDataDiskPage *page = wizard->imsDataDiskPage();
    VolumePicker *picker = page->volumePicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->hasLoaded(), 15000);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    // An ECS's system disk cannot be chosen (its rule says why).
    for (const CinderVolume &v : picker->volumes()) {
        for (const CinderVolume::Attachment &a : v.attachments) {
            if (a.device == u"/dev/vda"_s) {
                QVERIFY(!ImsDataDiskPage::verdict(v).usable);
                QVERIFY(!picker->setVolumeId(v.id));
            }
        }
    }
    QVERIFY(picker->setVolumeId(OldOsDisk));
    QTest::keyClicks(page->fieldsEditor()->nameEdit(), u"tst-from-data-disk"_s);
    // The OS version is mandatory for this method: said at its field once Next is pressed.
    QVERIFY(!canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_ImsDataDisk));
    QVERIFY(page->osVersionMessage()->hasMessage());
    // Free text is an explicit fallback.
    page->osVersionPicker()->freeTextToggle()->setChecked(true);
    page->osVersionPicker()->textField()->setText(u"CentOS 7.0 64bit"_s);
    QVERIFY(!page->osVersionMessage()->hasMessage());
    page->typeCombo()->setCurrentIndex(page->typeCombo()->findData(u"BMS"_s));
    QTRY_VERIFY(canGoOn(next));

    const QJsonObject sent = createAndFollow(wizard.get());
    QVERIFY2(!sent.isEmpty(), "not created, not followed to SUCCESS, or not what was shown");
    QCOMPARE(sent.value(u"volume_id"_s).toString(), OldOsDisk);
    QCOMPARE(sent.value(u"os_version"_s).toString(), u"CentOS 7.0 64bit"_s);
    QCOMPARE(sent.value(u"type"_s).toString(), u"BMS"_s);
    QCOMPARE(sent.value(u"name"_s).toString(), u"tst-from-data-disk"_s);
}

QTEST_MAIN(tst_ImsWizard)
#include "tst_imswizard.moc"
