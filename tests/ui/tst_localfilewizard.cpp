// The wizard's page for a local image file via OBS (method 8, ims-local-file, issue 14) against
// the demo cloud and its OBS stand-in: the page's rules at their fields (the file's format read
// from its header against its name, the object name, the buckets IMS cannot use shown disabled
// with the core's reason); a create through the wizard to an active image, its upload parts
// seen in the demo cloud's recorded requests; Cancel in the monitor during the upload aborts the
// multipart upload; an upload that stopped is resumed from the monitor with only the missing
// parts sent; a RAW quick import asks for its bitmap file at its field and uploads it beside the
// object before the import.
#include <memory>

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include "appcore.h"
#include "cli/obscommand.h"
#include "cli/obsprofile.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "monitor/jobdetailspane.h"
#include "obs/bucketrules.h"
#include "obs/imagefileformat.h"
#include "obs/s3client.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"
#include "wizard/createimagewizard.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/imslocalfilepage.h"
#include "wizard/methodpage.h"
#include "wizard/obsbucketpicker.h"
#include "wizard/osversionpicker.h"
#include "wizard/reviewpage.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

namespace {
const QString Bucket = u"imagewright-demo"_s;
constexpr qint64 MiB = 1024 * 1024;

bool writeFile(const QString &path, qint64 size, const QByteArray &head = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(int(MiB), '\0');
    for (int i = 0; i < block.size(); ++i)
        block[i] = char((i * 7 + int(size)) & 0xff);
    block.replace(0, head.size(), head);
    for (qint64 left = size; left > 0; left -= block.size()) {
        f.write(block.constData(), std::min<qint64>(left, block.size()));
        block.replace(0, head.size(), QByteArray(head.size(), 'x')); // the head only once
    }
    return f.size() == size;
}

QByteArray qcow2Head()
{
    return QByteArray("QFI\xfb\x00\x00\x00\x03", 8); // magic, version 3
}
} // namespace

class tst_LocalFileWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void rulesAtTheirFields();
    void createThroughTheWizardToActive();
    void cancelDuringTheUploadAborts();
    void stoppedUploadResumedFromTheMonitor();
    void rawQuickImportWithItsBitmap();

private:
    /// Opens the wizard on the local-file page with its buckets listed.
    ImsLocalFilePage *openPage(CreateImageWizard &wizard);
    /// Fills the page for `path` → Bucket:`object` and goes on to the review page.
    void fillAndReview(CreateImageWizard &wizard, const QString &path, const QString &object);
    /// Creates from the review page; the job's local id.
    QString create(CreateImageWizard &wizard);
    JobState stateOf(const QString &localId) const;

    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_LocalFileWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true);
    QVERIFY(m_dir.isValid());
    m_demo.setJobSeconds(1.5);
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
    // Parts of 5 MiB (the smallest S3 allows), one at a time: a 12 MiB file makes three.
    m_core->monitor()->localFileImports().setOptions({1, 5 * MiB});
}

void tst_LocalFileWizard::init()
{
    m_demo.clearFaults();
    m_demo.clearRequests();
}

void tst_LocalFileWizard::cleanupTestCase()
{
    m_core.reset();
    m_demo.stop();
}

JobState tst_LocalFileWizard::stateOf(const QString &localId) const
{
    const int row = m_core->monitor()->rowOf(localId);
    return row < 0 ? JobState::Running : m_core->monitor()->at(row).state;
}

ImsLocalFilePage *tst_LocalFileWizard::openPage(CreateImageWizard &wizard)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return nullptr;
    QRadioButton *button = wizard.methodPage()->button(CreationMethod::ImsLocalFile);
    if (!QTest::qWaitFor([&] { return m_session->isConnected() && button->isEnabled(); }, 15000))
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTest::mouseClick(next, Qt::LeftButton);
    if (wizard.currentId() != CreateImageWizard::Page_ImsLocalFile)
        return nullptr;
    ImsLocalFilePage *page = wizard.imsLocalFilePage();
    if (!QTest::qWaitFor([&] { return page->bucketPicker()->hasLoaded(); }, 15000))
        return nullptr;
    return page;
}

void tst_LocalFileWizard::rulesAtTheirFields()
{
    CreateImageWizard wizard(m_session, m_core->monitor());
    ImsLocalFilePage *page = openPage(wizard);
    QVERIFY(page);
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(!canGoOn(next));

    // The buckets: each with its region and storage class; the COLD one and the one in another
    // region disabled, with the core's reason in their row.
    QTreeWidget *tree = page->bucketPicker()->tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i));
    QVERIFY(rows.value(Bucket)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(rows.value(Bucket)->text(1), u"demo-1"_s);
    QCOMPARE(rows.value(Bucket)->text(2), u"STANDARD"_s);
    const auto expectDisabled = [&](const QString &name, const S3BucketInfo &info) {
        QTreeWidgetItem *item = rows.value(name);
        QVERIFY(item);
        QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
        const QString reason =
            ObsBucketRules::unusableReason(name, info, m_session->profile().region).value_or(u""_s);
        QVERIFY(!reason.isEmpty());
        QCOMPARE(item->text(3), reason);
        QVERIFY(!page->bucketPicker()->setBucket(name));
    };
    expectDisabled(u"imagewright-demo-cold"_s, {u"demo-1"_s, u"COLD"_s});
    expectDisabled(u"imagewright-demo-2"_s, {u"demo-2"_s, u"STANDARD"_s});
    QVERIFY(page->bucketPicker()->bucket().isEmpty());
    // A click on a disabled row chooses nothing.
    const QRect cold = tree->visualItemRect(rows.value(u"imagewright-demo-cold"_s));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, cold.center());
    QVERIFY(page->bucketPicker()->bucket().isEmpty());
    QVERIFY(page->bucketPicker()->setBucket(Bucket));
    QCOMPARE(page->bucketPicker()->bucket(), Bucket);

    // A qcow2 file named .vhd: the header's format against the name, said at the file field.
    const QString misnamed = m_dir.filePath(u"misnamed.vhd"_s);
    QVERIFY(writeFile(misnamed, 2 * MiB, qcow2Head()));
    page->fileEdit()->setFocus();
    QTest::keyClicks(page->fileEdit(), misnamed);
    const QString mismatch =
        ImageFileFormat::mismatch(u"misnamed.vhd"_s, ImageFileFormat::Format::Qcow2);
    QVERIFY(!mismatch.isEmpty());
    QTRY_COMPARE(page->fileMessage()->text(), mismatch);
    QVERIFY(page->fileInfo()->text().contains(u"qcow2"_s));
    QCOMPARE(page->objectEdit()->text(), u"misnamed.vhd"_s); // the file's name by default

    // The same bytes named .qcow2: no message at the file field.
    const QString named = m_dir.filePath(u"named.qcow2"_s);
    QVERIFY(QFile::copy(misnamed, named));
    page->setFilePath(named);
    QVERIFY(!page->fileMessage()->hasMessage());
    QCOMPARE(page->objectEdit()->text(), u"named.qcow2"_s);

    // The object name: OBS's and IMS's rule (no spaces) at the object field.
    page->objectEdit()->clear();
    page->objectEdit()->setFocus();
    QTest::keyClicks(page->objectEdit(), u"my disk.qcow2"_s);
    const QString objectRule =
        LocalFileRequest::checkObjectName(u"my disk.qcow2"_s).value_or(QString());
    QVERIFY(!objectRule.isEmpty());
    QCOMPARE(page->objectMessage()->text(), objectRule);
    // The file no longer names the object once it was typed.
    page->setFilePath(misnamed);
    QCOMPARE(page->objectEdit()->text(), u"my disk.qcow2"_s);
    page->setFilePath(named);
    page->objectEdit()->clear();
    QTest::keyClicks(page->objectEdit(), u"images/named.qcow2"_s);
    QVERIFY(!page->objectMessage()->hasMessage());

    // The image's fields of method 3 (min_disk 40–255 GB) with their messages; Next stays while
    // any is wrong, and shows them.
    page->fieldsEditor()->nameEdit()->setText(u"tst-local-rules"_s);
    page->minDiskSpin()->setValue(20);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_ImsLocalFile));
    auto *minDiskMessage = page->findChild<InlineMessage *>(u"localFileMinDiskMessage"_s);
    QVERIFY(minDiskMessage && minDiskMessage->hasMessage());
    page->minDiskSpin()->setValue(40);
    QTRY_VERIFY(canGoOn(next));
    QVERIFY(!minDiskMessage->hasMessage());
}

void tst_LocalFileWizard::fillAndReview(
    CreateImageWizard &wizard, const QString &path, const QString &object)
{
    ImsLocalFilePage *page = openPage(wizard);
    QVERIFY(page);
    QVERIFY(page->bucketPicker()->setBucket(Bucket));
    page->setFilePath(path);
    page->objectEdit()->setText(object);
    page->fieldsEditor()->nameEdit()->setText(QFileInfo(path).completeBaseName());
    page->minDiskSpin()->setValue(40);
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY2(canGoOn(next), qPrintable(page->fileMessage()->text()));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_Review));
}

QString tst_LocalFileWizard::create(CreateImageWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] { return wizard.currentId() == CreateImageWizard::Page_Submitted; }, 15000))
        return {};
    return wizard.submittedJob();
}

void tst_LocalFileWizard::createThroughTheWizardToActive()
{
    const QString path = m_dir.filePath(u"local-wizard.raw"_s);
    QVERIFY(writeFile(path, 12 * MiB + 4321));
    const QString object = u"uploads/local-wizard.raw"_s;
    CreateImageWizard wizard(m_session, m_core->monitor());
    fillAndReview(wizard, path, object);
    if (QTest::currentTestFailed())
        return;

    // The review: the import of bucket:object with its marker, the file in the summary.
    ReviewPage *review = wizard.reviewPage();
    QCOMPARE(review->method(), CreationMethod::ImsLocalFile);
    QCOMPARE(review->body().value(u"image_url"_s).toString(), Bucket + u':' + object);
    QVERIFY(!review->marker().isEmpty());
    QVERIFY(review->urlText().endsWith(u"/v2/cloudimages/action"_s));
    // The upload line names the file; the summary gives its whole path.
    QVERIFY(review->headersText().contains(QFileInfo(path).fileName()));
    bool fileSaid = false;
    for (const CreateSummary::Row &row : review->summary().rows)
        fileSaid |= row.value.contains(QDir::toNativeSeparators(path));
    QVERIFY(fileSaid);
    QCOMPARE(review->requestFile().params.value(u"bucket"_s).toString(), Bucket);
    QCOMPARE(review->requestFile().params.value(u"object"_s).toString(), object);

    const QString localId = create(wizard);
    QVERIFY(!localId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(localId), JobState::Succeeded, 60000);
    // Three parts of 5 MiB, each sent once, then one import of bucket:object.
    QCOMPARE(m_demo.countRequests("PUT", u"/imagewright-demo/"_s + object), 3);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    const JobRecord &job = m_core->monitor()->at(m_core->monitor()->rowOf(localId));
    QCOMPARE(job.method, CreationMethod::ImsLocalFile);
    QCOMPARE(job.upload, JobRecord::Upload::Done);
    QVERIFY(job.obsImport && job.obsImport->partsDone() == 3);
    QVERIFY(!job.imageIds.isEmpty());
    const auto image = m_demo.get(u"/v2/cloudimages?id="_s + job.imageIds.first(), m_demo.token());
    QCOMPARE(image.status, 200);
}

void tst_LocalFileWizard::cancelDuringTheUploadAborts()
{
    const QString path = m_dir.filePath(u"local-cancel.raw"_s);
    QVERIFY(writeFile(path, 12 * MiB));
    const QString object = u"uploads/local-cancel.raw"_s;
    const QString objectPath = u"/imagewright-demo/"_s + object;
    // Every part's answer held: the upload is in flight when Cancel is pressed.
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, objectPath},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 60000},
        {u"count"_s, 100}});
    CreateImageWizard wizard(m_session, m_core->monitor());
    fillAndReview(wizard, path, object);
    if (QTest::currentTestFailed())
        return;
    const QString localId = create(wizard);
    QVERIFY(!localId.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return m_demo.countRequests("PUT", objectPath) >= 1; }, 30000));

    // The monitor's details: the upload phase with its parts, and Cancel Upload.
    JobDetailsPane pane(m_core->monitor());
    pane.resize(900, 500);
    pane.show();
    pane.showJob(localId);
    auto *cancel = pane.findChild<QPushButton *>(u"cancelUploadButton"_s);
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isVisible());
    bool partsSaid = false;
    for (const QLabel *label : pane.findChildren<QLabel *>())
        partsSaid |= label->text().contains(u"of 3 parts"_s);
    QVERIFY(partsSaid);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(localId), JobState::Cancelled, 15000);
    m_demo.clearFaults();
    QCOMPARE(m_demo.countRequests("DELETE", objectPath), 1); // AbortMultipartUpload
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 0);
    QTRY_VERIFY(!cancel->isVisible());

    // Nothing is left in the bucket: ListMultipartUploads has no upload of the object.
    QString why;
    const auto env = ObsProfile::envFor(m_session, {}, false, this, &why);
    QVERIFY2(env, qPrintable(why));
    S3Client *s3 = ObsCommand::makeClient(*env, this);
    bool listed = false;
    QList<S3Upload> uploads{S3Upload{}};
    s3->listMultipartUploads(
        Bucket, object, this, [&](const QList<S3Upload> &found, const ApiError &e) {
            QVERIFY2(!e, qPrintable(e.userMessage()));
            uploads = found;
            listed = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 15000);
    QVERIFY(uploads.isEmpty());
}

void tst_LocalFileWizard::stoppedUploadResumedFromTheMonitor()
{
    const QString path = m_dir.filePath(u"local-resume.raw"_s);
    QVERIFY(writeFile(path, 12 * MiB));
    const QString object = u"uploads/local-resume.raw"_s;
    const QString objectPath = u"/imagewright-demo/"_s + object;
    // Part 1 answered; part 2's answer held: the upload stops there (as when the app ends).
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, objectPath},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 0},
        {u"count"_s, 1}});
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, objectPath},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 60000},
        {u"count"_s, 100}});
    CreateImageWizard wizard(m_session, m_core->monitor());
    fillAndReview(wizard, path, object);
    if (QTest::currentTestFailed())
        return;
    const QString localId = create(wizard);
    QVERIFY(!localId.isEmpty());
    JobMonitor *monitor = m_core->monitor();
    QVERIFY(QTest::qWaitFor([&] { return m_demo.countRequests("PUT", objectPath) >= 2; }, 30000));
    QTRY_VERIFY_WITH_TIMEOUT(
        monitor->at(monitor->rowOf(localId)).obsImport->partsDone() == 1, 15000);
    QVERIFY(monitor->localFileImports().pause(localId)); // stops without aborting
    QTRY_COMPARE_WITH_TIMEOUT(
        monitor->at(monitor->rowOf(localId)).upload, JobRecord::Upload::Incomplete, 15000);
    m_demo.clearFaults();
    m_demo.clearRequests();

    // The monitor offers Resume for the incomplete upload, and it goes on through the core.
    JobDetailsPane pane(monitor);
    pane.resize(900, 500);
    pane.show();
    pane.showJob(localId);
    auto *resume = pane.findChild<QPushButton *>(u"resumeUploadButton"_s);
    QVERIFY(resume);
    QTRY_VERIFY(resume->isVisible());
    QVERIFY(!pane.findChild<QPushButton *>(u"cancelUploadButton"_s)->isVisible());
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(localId), JobState::Succeeded, 60000);
    // ListParts first; then only what the bucket did not hold: part 2 was stored before its
    // answer was held (checked against the file and kept), so part 3 alone is sent.
    QCOMPARE(m_demo.countRequests("GET", objectPath), 1);
    const int sent = m_demo.countRequests("PUT", objectPath);
    QCOMPARE(sent, 1);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    QVERIFY(!resume->isVisible());
}

void tst_LocalFileWizard::rawQuickImportWithItsBitmap()
{
    const QString path = m_dir.filePath(u"quick-w.raw"_s);
    QVERIFY(writeFile(path, 6 * MiB));
    QVERIFY(QDir(m_dir.path()).mkpath(u"maps"_s));
    const QString bitmap = m_dir.filePath(u"maps/made-by-createmf.mf"_s);
    QVERIFY(writeFile(bitmap, 4096));
    const QString object = u"uploads/quick-w.raw"_s;
    CreateImageWizard wizard(m_session, m_core->monitor());
    ImsLocalFilePage *page = openPage(wizard);
    QVERIFY(page);
    QVERIFY(page->bucketPicker()->setBucket(Bucket));
    page->setFilePath(path);
    page->objectEdit()->setText(object);
    page->fieldsEditor()->nameEdit()->setText(u"quick-w"_s);
    page->minDiskSpin()->setValue(40);
    QTRY_VERIFY(!page->osVersionPicker()->isLoading());
    page->osVersionPicker()->setOsVersion(u"Ubuntu 22.04 server 64bit"_s);
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    // A normal import of RAW: the bitmap field is there but off.
    QVERIFY(page->bitmapEdit()->isVisible());
    QVERIFY(!page->bitmapEdit()->isEnabled());
    QVERIFY(!page->bitmapMessage()->hasMessage());

    // Quick import: quick-w.mf is not beside the file, said at the bitmap field; Next stays.
    page->quickImportBox()->setChecked(true);
    QVERIFY(page->bitmapEdit()->isEnabled());
    QVERIFY(page->bitmapEdit()->placeholderText().contains(u"quick-w.mf"_s));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_ImsLocalFile));
    QVERIFY(page->bitmapMessage()->hasMessage());
    QVERIFY2(page->bitmapMessage()->text().contains(u"quick-w.mf"_s),
        qPrintable(page->bitmapMessage()->text()));
    // Chosen with its Browse button (the file dialog's seam).
    ImsLocalFilePage::setFileChooser([&](QWidget *, const QString &, const QString &dir) {
        return dir == QFileInfo(path).path() ? bitmap : QString();
    });
    QTest::mouseClick(page->bitmapBrowseButton(), Qt::LeftButton);
    ImsLocalFilePage::setFileChooser({});
    QCOMPARE(page->bitmapEdit()->text(), QDir::toNativeSeparators(bitmap));
    QTRY_VERIFY(!page->bitmapMessage()->hasMessage());
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_Review));

    // The review names the bitmap and where it goes (NAME.mf beside the object).
    ReviewPage *review = wizard.reviewPage();
    const QString bitmapUrl = Bucket + u":uploads/quick-w.mf"_s;
    QVERIFY2(review->headersText().contains(u"made-by-createmf.mf"_s)
            && review->headersText().contains(bitmapUrl),
        qPrintable(review->headersText()));
    bool bitmapSaid = false;
    for (const CreateSummary::Row &row : review->summary().rows)
        bitmapSaid |= row.value.contains(bitmapUrl);
    QVERIFY(bitmapSaid);
    QVERIFY(review->body().value(u"is_quick_import"_s).toBool());

    // Created: the image file in parts, then the bitmap in one PUT, then the import, once each.
    const QString localId = create(wizard);
    QVERIFY(!localId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(localId), JobState::Succeeded, 60000);
    QCOMPARE(m_demo.countRequests("PUT", u"/imagewright-demo/uploads/quick-w.mf"_s), 1);
    QCOMPARE(m_demo.countRequests("PUT", u"/imagewright-demo/uploads/quick-w.raw"_s), 2);
    QCOMPARE(m_demo.countRequests("POST", u"/v2/cloudimages/action"_s), 1);
    const JobRecord job = m_core->monitor()->at(m_core->monitor()->rowOf(localId));
    QVERIFY(job.obsImport);
    QVERIFY(job.obsImport->bitmapUploaded);
    QCOMPARE(job.obsImport->bitmapObject, u"uploads/quick-w.mf"_s);
    QCOMPARE(job.obsImport->bitmapFile, bitmap);
}

QTEST_MAIN(tst_LocalFileWizard)
#include "tst_localfilewizard.moc"
