// The Glance page (method 7) against the demo cloud: each rule's message under its field, the
// review page's create body with the client-chosen id, Create, the file streamed and the job
// followed to a verified SUCCESS (the image's checksum is the file's MD5).
#include <memory>

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

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
#include "wizard/glancepage.h"
#include "wizard/methodpage.h"
#include "wizard/reviewpage.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

class tst_GlanceWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rulesAtTheirFieldsThenUploadToActive();

private:
    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_GlanceWizard::initTestCase()
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

void tst_GlanceWizard::cleanupTestCase()
{
    m_core.reset();
    m_demo.stop();
}

void tst_GlanceWizard::rulesAtTheirFieldsThenUploadToActive()
{
    // A 3 MiB file of random bytes: its MD5 is what the image's checksum must be.
    const QString path = m_dir.filePath(u"disk.qcow2"_s);
    QByteArray bytes(3 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());

    CreateImageWizard wizard(m_session, m_core->monitor());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QRadioButton *button = wizard.methodPage()->button(CreationMethod::GlanceCreateUpload);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 15000);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_Glance));
    GlancePage *page = wizard.glancePage();
    QVERIFY(!canGoOn(next));

    // The name's rule under the name field; min_disk's (Huawei: 1–1024 GB) under min_disk.
    QTest::keyClicks(page->nameEdit(), u"tst-glance-upload"_s);
    auto *minDiskMessage = page->findChild<InlineMessage *>(u"glanceMessage_min_disk"_s);
    QVERIFY(minDiskMessage);
    page->minDiskBox()->setValue(2000);
    QVERIFY(minDiskMessage->hasMessage());
    QVERIFY(!page->message()->hasMessage()); // not repeated at the bottom
    page->minDiskBox()->setValue(40);
    QVERIFY(!minDiskMessage->hasMessage());

    // A file that is not there: said under the file field.
    page->setFilePath(m_dir.filePath(u"missing.qcow2"_s));
    QVERIFY(page->fileMessage()->hasMessage());
    QVERIFY(!canGoOn(next));
    page->setFilePath(path);
    QVERIFY(!page->fileMessage()->hasMessage());
    QTRY_VERIFY(canGoOn(next));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_Review));
    ReviewPage *review = wizard.reviewPage();
    const QString imageId = review->body().value(u"id"_s).toString();
    QVERIFY(!QUuid::fromString(imageId).isNull()); // the client-chosen id, also the marker
    QCOMPARE(review->marker(), imageId);
    QVERIFY(review->urlText().endsWith(u"/v2/images"_s));
    QCOMPARE(review->body().value(u"name"_s).toString(), u"tst-glance-upload"_s);

    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(CreateImageWizard::Page_Submitted), 15000);
    const QString localId = wizard.submittedJob();
    JobMonitor *monitor = m_core->monitor();
    const auto state = [&] {
        const int row = monitor->rowOf(localId);
        return row < 0 ? JobState::Running : monitor->at(row).state;
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), JobState::Succeeded, 60000);
    QCOMPARE(monitor->at(monitor->rowOf(localId)).imageIds.value(0), imageId);

    const auto image = m_demo.get(u"/v2/images/"_s + imageId, m_demo.token());
    QCOMPARE(image.status, 200);
    QCOMPARE(image.object().value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.object().value(u"checksum"_s).toString(), md5);
    QCOMPARE(image.object().value(u"size"_s).toInteger(), bytes.size());
}

QTEST_MAIN(tst_GlanceWizard)
#include "tst_glancewizard.moc"
