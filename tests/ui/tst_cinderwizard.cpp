// The Create image wizard's Cinder path (method 6) against the demo cloud: the method page
// offers it, the volume picker applies Cinder's rule (error volumes disabled with the reason,
// in-use ones only with force), force is offered only for an attached volume with the seed's
// warning, visibility/protected appear once the volume API offers microversion 3.1, the seed's
// notes are shown, the review page shows the action URL and the exact body (no marker), and
// Create is followed in the monitor to an image.
#include <algorithm>
#include <memory>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
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
#include "wizard/cinderpage.h"
#include "wizard/createimagewizard.h"
#include "wizard/methodpage.h"
#include "wizard/reviewpage.h"
#include "wizard/volumepicker.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

namespace {
const QString BadVolume = u"adc6a37f-22e8-548d-9fab-d8734aed96c2"_s;   // bad-vol, error
const QString SpareVolume = u"c135f465-7e40-554b-8fbe-eb99846eab7f"_s; // spare-data, available
const QString WebData2 = u"a9cd47dd-34fd-524b-bd15-87e0a0f422b9"_s;    // web-01-data-2, in-use
constexpr int IdColumn = 4;
constexpr int NoteColumn = 5;
} // namespace

class tst_CinderWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void methodPageOffersCinder();
    void volumeRule();
    void fillsThePageAndCreates();

private:
    void openAtCinderPage(std::unique_ptr<CreateImageWizard> &wizard);
    void clickVolume(VolumePicker *picker, const QString &id);

    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_CinderWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true); // no modal dialog may block a test
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
}

void tst_CinderWizard::cleanupTestCase()
{
    ReviewPage::setSaveFileChooser({});
    m_core.reset();
    m_demo.stop();
}

void tst_CinderWizard::openAtCinderPage(std::unique_ptr<CreateImageWizard> &wizard)
{
    wizard = std::make_unique<CreateImageWizard>(m_session, m_core->monitor());
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QRadioButton *cinder = wizard->methodPage()->button(CreationMethod::CinderUploadToImage);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 15000);
    QTRY_VERIFY(cinder->isEnabled());
    QTest::mouseClick(cinder, Qt::LeftButton, {}, QPoint(8, cinder->height() / 2));
    QCOMPARE(wizard->field(u"method"_s).toInt(), int(CreationMethod::CinderUploadToImage));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Cinder));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->cinderPage()->volumePicker()->hasLoaded(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->cinderPage()->versionKnown(), 15000);
}

void tst_CinderWizard::clickVolume(VolumePicker *picker, const QString &id)
{
    auto *table = picker->findChild<QTableView *>(u"volumeTable"_s);
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, IdColumn);
        if (index.data().toString() != id)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(),
            Qt::LeftButton,
            {},
            table->visualRect(index.siblingAtColumn(0)).center());
        QCOMPARE(picker->volumeId(), id);
        return;
    }
    QFAIL("volume not listed");
}

void tst_CinderWizard::methodPageOffersCinder()
{
    CreateImageWizard wizard(m_session, m_core->monitor());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 15000);
    MethodPage *page = wizard.methodPage();
    QVERIFY(CreationMethods::isImplemented(CreationMethod::CinderUploadToImage));
    QTRY_VERIFY(page->button(CreationMethod::CinderUploadToImage)->isEnabled());
    QVERIFY(!page->unavailableReason(CreationMethod::CinderUploadToImage).has_value());
}

void tst_CinderWizard::volumeRule()
{
    CinderVolume v;
    v.id = u"x"_s;
    v.status = u"available"_s;
    QVERIFY(VolumePicker::cinderUploadVerdict(v).usable);
    QVERIFY(VolumePicker::cinderUploadVerdict(v).note.isEmpty());
    v.status = u"in-use"_s;
    QVERIFY(VolumePicker::cinderUploadVerdict(v).usable);
    QVERIFY(VolumePicker::cinderUploadVerdict(v).note.contains(u"force"_s));
    for (const QString &status : {u"error"_s, u"uploading"_s, u"creating"_s, u"error_deleting"_s}) {
        v.status = status;
        const VolumePicker::Verdict verdict = VolumePicker::cinderUploadVerdict(v);
        QVERIFY2(!verdict.usable, qPrintable(status));
        QVERIFY2(verdict.note.contains(status), qPrintable(verdict.note));
    }
    // Another method brings its own rule (IMS method 4 will): the picker asks it.
    VolumePicker picker;
    picker.setRule([](const CinderVolume &volume) {
        return VolumePicker::Verdict{volume.bootable, volume.bootable ? QString() : u"no"_s};
    });
    QVERIFY(picker.volumes().isEmpty());
}

void tst_CinderWizard::fillsThePageAndCreates()
{
    std::unique_ptr<CreateImageWizard> wizard;
    openAtCinderPage(wizard);
    if (QTest::currentTestFailed())
        return;
    CinderPage *page = wizard->cinderPage();
    VolumePicker *picker = page->volumePicker();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!canGoOn(next)); // nothing chosen yet

    // The seed's notes, in the UI language.
    const QString notes = page->notes()->text();
    QVERIFY2(notes.contains(u"Sysprep"_s), qPrintable(notes));
    QVERIFY(notes.contains(u"datasource_list: ['OpenStack']"_s));
    QVERIFY(notes.contains(u"sync_status_reason"_s)); // the demo imitates FJcloud-O's check
    // Defaults from seed 000; the demo's volume API has 3.1, so visibility/protected appear.
    QCOMPARE(page->diskFormatBox()->currentText(), u"raw"_s);
    QCOMPARE(page->containerFormatBox()->currentText(), u"bare"_s);
    QVERIFY(page->volumeVersion().has_value());
    QVERIFY(!page->visibilityBox()->isHidden());
    QVERIFY(!page->protectedBox()->isHidden());

    // The error volume is listed, disabled, with the reason.
    QVERIFY(!picker->setVolumeId(BadVolume));
    auto *table = picker->findChild<QTableView *>(u"volumeTable"_s);
    bool noteShown = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, IdColumn).data().toString() != BadVolume)
            continue;
        const QModelIndex note = table->model()->index(row, NoteColumn);
        noteShown =
            note.data().toString().contains(u"error"_s) && !(note.flags() & Qt::ItemIsEnabled);
    }
    QVERIFY(noteShown);

    // An attached volume: force is offered, with the warning; without it Next stays off.
    QVERIFY(page->forceBox()->isHidden());
    clickVolume(picker, WebData2);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!page->forceBox()->isHidden());
    QVERIFY(page->forceNote()->text().contains(u"Stop the OS first"_s));
    QTest::keyClicks(page->nameEdit(), u"tst-cinder-web"_s);
    QVERIFY(!canGoOn(next));
    page->forceBox()->setChecked(true);
    QTRY_VERIFY(canGoOn(next));
    QVERIFY(page->request().force);

    // An available volume: no force; the name rule shows under the field.
    clickVolume(picker, SpareVolume);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(page->forceBox()->isHidden());
    QVERIFY(!page->request().force);
    page->nameEdit()->setText(QString(256, u'n'));
    QVERIFY(page->nameMessage()->hasMessage());
    QVERIFY(page->nameMessage()->text().contains(u"256"_s));
    QVERIFY(!canGoOn(next));
    page->nameEdit()->setText(u"tst-cinder-spare"_s);
    QVERIFY(!page->nameMessage()->hasMessage());
    page->diskFormatBox()->setCurrentText(u"qcow2"_s);
    page->visibilityBox()->setCurrentIndex(page->visibilityBox()->findData(u"shared"_s));
    QTRY_VERIFY(canGoOn(next));
    QCOMPARE(wizard->field(u"cinder.volumeId"_s).toString(), SpareVolume);

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Review));
    ReviewPage *review = wizard->reviewPage();
    QCOMPARE(review->method(), CreationMethod::CinderUploadToImage);
    QCOMPARE(review->urlText(),
        u"POST "_s + m_session->volumeActionUrl(SpareVolume).toString(QUrl::RemoveUserInfo));
    QVERIFY(review->urlText().endsWith(
        u"/v3/%1/volumes/%2/action"_s.arg(m_demo.projectId(), SpareVolume)));
    QVERIFY(review->headersText().startsWith(u"OpenStack-API-Version: volume "_s));
    const QJsonObject expected{{u"os-volume_upload_image"_s,
        QJsonObject{{u"image_name"_s, u"tst-cinder-spare"_s},
            {u"disk_format"_s, u"qcow2"_s},
            {u"container_format"_s, u"bare"_s},
            {u"visibility"_s, u"shared"_s}}}};
    QCOMPARE(review->body(), expected); // exactly this, no marker
    QVERIFY(review->curlCommand().contains(u"OpenStack-API-Version: volume 3.1"_s));
    QCOMPARE(review->requestFile().params.value(u"volume_id"_s).toString(), SpareVolume);
    QCOMPARE(review->requestFile().method, CreationMethod::CinderUploadToImage);
    // Issue 16: the page speaks first, with the volume by name, and never claims a marker for
    // Cinder (it said "adds the tag imagewright_op=…" while none was added).
    const CreateSummary &summary = review->summary();
    QCOMPARE(summary.method, CreationMethods::title(CreationMethod::CinderUploadToImage));
    const auto from = std::find_if(summary.rows.cbegin(),
        summary.rows.cend(),
        [](const CreateSummary::Row &row) { return row.value.contains(SpareVolume); });
    QVERIFY(from != summary.rows.cend());
    QVERIFY2(from->value.startsWith(u"spare"_s), qPrintable(from->value)); // its name first
    QVERIFY(summary.imagewrightAdds.contains(u"adds nothing"_s));
    QVERIFY(!summary.imagewrightAdds.contains(u"imagewright_op"_s));
    auto *adds = review->findChild<QLabel *>(u"reviewAdds"_s);
    QVERIFY(adds && adds->isVisible());
    QCOMPARE(adds->text(), summary.imagewrightAdds);

    JobMonitor *monitor = m_core->monitor();
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateImageWizard::Page_Submitted), 15000);
    const QString localId = wizard->submittedJob();
    QVERIFY(!localId.isEmpty());
    const int row = monitor->rowOf(localId);
    QVERIFY(row >= 0);
    QCOMPARE(monitor->at(row).method, CreationMethod::CinderUploadToImage);
    QCOMPARE(monitor->at(row).volumeId, SpareVolume);
    QTRY_COMPARE_WITH_TIMEOUT(
        monitor->at(monitor->rowOf(localId)).state, JobState::Succeeded, 30000);
    QCOMPARE(m_demo.countRequests(
                 "POST", u"/v3/%1/volumes/%2/action"_s.arg(m_demo.projectId(), SpareVolume)),
        1);
}

QTEST_MAIN(tst_CinderWizard)
#include "tst_cinderwizard.moc"
