// The Create image wizard's Nova createImage path (method 5) against the demo cloud: the method
// page offers it, the server picker applies Nova's state rule, the name's byte limit and the
// metadata rules show inline, the review page shows the action URL, the microversion header and
// the exact body, Create is followed in the monitor to an image, and a second snapshot of the
// same server while the first runs is refused inline with Nova's own message.
#include <memory>

#include <QAbstractButton>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "create/requestfile.h"
#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"
#include "widgets/keyvalueeditor.h"
#include "wizard/createimagewizard.h"
#include "wizard/methodpage.h"
#include "wizard/novapage.h"
#include "wizard/reviewpage.h"
#include "wizard/serverpicker.h"
#include "wizard/submittedpage.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

namespace {
const QString BrokenId = u"f6fa3d6f-2414-5021-bf2c-3c3df17335ff"_s; // broken-03, ERROR
const QString LegacyId = u"f0c0e64c-a719-55e9-a4e3-7b851b577013"_s; // legacy-10, SUSPENDED
} // namespace

class tst_NovaWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void methodPageOffersNova();
    void serverRules();
    void createsImageAndRefusesSecondSnapshot();

private:
    /// Opens a wizard, picks Nova createImage and goes to its page once the server list is there.
    void openAtNovaPage(std::unique_ptr<CreateImageWizard> &wizard);
    /// Fills the Nova page (server legacy-10, `name`) and goes on to the review page.
    void fillAndReview(CreateImageWizard *wizard, const QString &name);
    void clickServer(ServerPicker *picker, const QString &id);
    std::optional<NovaServer> server(ServerPicker *picker, const QString &id) const;

    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_NovaWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true); // no modal dialog may block a test
    QVERIFY(m_dir.isValid());
    m_demo.setJobSeconds(3.0); // long enough for a second create to meet the first snapshot
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

void tst_NovaWizard::cleanupTestCase()
{
    ReviewPage::setSaveFileChooser({});
    m_core.reset();
    m_demo.stop();
}

void tst_NovaWizard::openAtNovaPage(std::unique_ptr<CreateImageWizard> &wizard)
{
    wizard = std::make_unique<CreateImageWizard>(m_session, m_core->monitor());
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QRadioButton *nova = wizard->methodPage()->button(CreationMethod::NovaCreateImage);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 15000);
    QTRY_VERIFY(nova->isEnabled());
    QTest::mouseClick(nova, Qt::LeftButton, {}, QPoint(8, nova->height() / 2));
    QCOMPARE(wizard->field(u"method"_s).toInt(), int(CreationMethod::NovaCreateImage));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Nova));
    ServerPicker *picker = wizard->novaPage()->serverPicker();
    QCOMPARE(picker->rule(), ServerPicker::Rule::Nova);
    QTRY_VERIFY_WITH_TIMEOUT(picker->hasLoaded(), 15000);
}

void tst_NovaWizard::fillAndReview(CreateImageWizard *wizard, const QString &name)
{
    NovaPage *page = wizard->novaPage();
    QTest::keyClicks(page->nameEdit(), name);
    clickServer(page->serverPicker(), LegacyId);
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Review));
}

void tst_NovaWizard::clickServer(ServerPicker *picker, const QString &id)
{
    auto *table = picker->findChild<QTableView *>(u"serverTable"_s);
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 2); // the ID column
        if (index.data().toString() != id)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(),
            Qt::LeftButton,
            {},
            table->visualRect(index.siblingAtColumn(0)).center());
        QCOMPARE(picker->serverId(), id);
        return;
    }
    QFAIL("server not listed");
}

std::optional<NovaServer> tst_NovaWizard::server(ServerPicker *picker, const QString &id) const
{
    for (const NovaServer &s : picker->servers()) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

void tst_NovaWizard::methodPageOffersNova()
{
    CreateImageWizard wizard(m_session, m_core->monitor());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 15000);
    MethodPage *page = wizard.methodPage();
    QVERIFY(CreationMethods::isImplemented(CreationMethod::NovaCreateImage));
    QTRY_VERIFY(page->button(CreationMethod::NovaCreateImage)->isEnabled());
    QVERIFY(!page->unavailableReason(CreationMethod::NovaCreateImage).has_value());
}

void tst_NovaWizard::serverRules()
{
    NovaServer s;
    s.id = u"x"_s;
    s.name = u"x"_s;
    for (const QString &status : {u"ACTIVE"_s, u"SHUTOFF"_s, u"SUSPENDED"_s, u"PAUSED"_s}) {
        s.status = status;
        QVERIFY2(!ServerPicker::unusableReason(s, ServerPicker::Rule::Nova), qPrintable(status));
    }
    s.status = u"SUSPENDED"_s;
    QVERIFY(ServerPicker::unusableReason(s, ServerPicker::Rule::Ims)); // IMS refuses it
    s.status = u"ERROR"_s;
    const auto reason = ServerPicker::unusableReason(s, ServerPicker::Rule::Nova);
    QVERIFY(reason);
    QVERIFY2(reason->contains(u"ERROR"_s), qPrintable(*reason));
    s.status = u"ACTIVE"_s;
    s.taskState = u"image_snapshot"_s;
    QVERIFY(ServerPicker::unusableReason(s, ServerPicker::Rule::Nova));
}

void tst_NovaWizard::createsImageAndRefusesSecondSnapshot()
{
    std::unique_ptr<CreateImageWizard> wizard;
    openAtNovaPage(wizard);
    if (QTest::currentTestFailed())
        return;
    NovaPage *page = wizard->novaPage();
    ServerPicker *picker = page->serverPicker();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!canGoOn(next)); // the mandatory fields are empty
    QVERIFY(!page->constraintsNote()->text().isEmpty());

    // The ERROR server is listed but cannot be chosen, with Nova's reason in its row.
    const auto broken = server(picker, BrokenId);
    QVERIFY(broken);
    QCOMPARE(broken->status, u"ERROR"_s);
    QVERIFY(!picker->setServerId(BrokenId));
    auto *table = picker->findChild<QTableView *>(u"serverTable"_s);
    bool noteShown = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 2).data().toString() != BrokenId)
            continue;
        const QModelIndex note = table->model()->index(row, 3);
        noteShown =
            note.data().toString().contains(u"ERROR"_s) && !(note.flags() & Qt::ItemIsEnabled);
    }
    QVERIFY(noteShown);
    // The SUSPENDED one (IMS refuses it) can be chosen for Nova.
    QCOMPARE(server(picker, LegacyId)->status, u"SUSPENDED"_s);
    clickServer(picker, LegacyId);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!canGoOn(next)); // no name yet

    // 81 × "日" is 243 bytes of UTF-8: one over Nova's limit, refused inline.
    page->nameEdit()->setText(QString(81, QChar(0x65E5)));
    QVERIFY(page->nameMessage()->hasMessage());
    QVERIFY(page->nameMessage()->isVisible());
    QCOMPARE(page->nameMessage()->kind(), InlineMessage::Kind::Error);
    QVERIFY2(
        page->nameMessage()->text().contains(u"243"_s), qPrintable(page->nameMessage()->text()));
    QVERIFY(!canGoOn(next));
    // 70 × "日" is 210 bytes: fine, and the size is shown as it nears the limit.
    page->nameEdit()->setText(QString(70, QChar(0x65E5)));
    QCOMPARE(page->nameMessage()->kind(), InlineMessage::Kind::Info);
    QVERIFY2(
        page->nameMessage()->text().contains(u"210"_s), qPrintable(page->nameMessage()->text()));
    QTRY_VERIFY(canGoOn(next));
    page->nameEdit()->clear();
    QTest::keyClicks(page->nameEdit(), u"tst-nova-legacy"_s);
    QVERIFY(!page->nameMessage()->hasMessage());
    QTRY_VERIFY(canGoOn(next));

    // Metadata: the marker key is reserved; the message sits at the row.
    KeyValueEditor *metadata = page->metadataEditor();
    metadata->addRow(u"imagewright_op"_s, u"mine"_s);
    QVERIFY(metadata->hasErrors());
    QVERIFY(metadata->message()->text().contains(u"reserved"_s));
    QVERIFY(!canGoOn(next));
    metadata->table()->item(0, 0)->setText(u"ImageType"_s);
    metadata->table()->item(0, 1)->setText(u"Gold"_s);
    QVERIFY(!metadata->hasErrors());
    QTRY_VERIFY(canGoOn(next));
    QCOMPARE(wizard->field(u"nova.name"_s).toString(), u"tst-nova-legacy"_s);
    QCOMPARE(wizard->field(u"nova.serverId"_s).toString(), LegacyId);

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Review));
    ReviewPage *review = wizard->reviewPage();
    QCOMPARE(review->method(), CreationMethod::NovaCreateImage);
    QVERIFY2(
        review->urlText().startsWith(u"POST http://127.0.0.1:"_s), qPrintable(review->urlText()));
    QVERIFY2(review->urlText().endsWith(u"/servers/"_s + LegacyId + u"/action"_s),
        qPrintable(review->urlText()));
    QCOMPARE(review->urlText(),
        u"POST "_s + m_session->novaActionUrl(LegacyId).toString(QUrl::RemoveUserInfo));
    QVERIFY(review->headersText().startsWith(u"OpenStack-API-Version: compute "_s));
    const QString body = review->bodyText();
    QVERIFY2(body.contains(u"\"createImage\""_s), qPrintable(body));
    QVERIFY2(
        body.contains(u"\"imagewright_op\": \""_s + review->marker() + u'"'), qPrintable(body));
    QVERIFY(body.contains(u"\"ImageType\": \"Gold\""_s));
    QVERIFY(body.contains(u"\"tst-nova-legacy\""_s));
    QVERIFY(review->curlCommand().contains(u"OpenStack-API-Version: compute 2."_s));
    QVERIFY(review->curlCommand().contains(u"/servers/"_s + LegacyId + u"/action"_s));

    // Save request…: a nova-create-image request file, server in params, no marker.
    const QString savePath = m_dir.filePath(u"nova-request.json"_s);
    ReviewPage::setSaveFileChooser([&](QWidget *, const QString &, const QString &suggested) {
        return suggested.endsWith(u"tst-nova-legacy.json"_s) ? savePath : QString();
    });
    const bool savedOk = review->saveRequest();
    ReviewPage::setSaveFileChooser({});
    QVERIFY(savedOk);
    QFile saved(savePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject file = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(file.value(u"format"_s).toInt(), 1);
    QCOMPARE(file.value(u"method"_s).toString(), u"nova-create-image"_s);
    QCOMPARE(file.value(u"params"_s).toObject().value(u"server_id"_s).toString(), LegacyId);
    const QJsonObject savedAction =
        file.value(u"body"_s).toObject().value(u"createImage"_s).toObject();
    QCOMPARE(savedAction.value(u"name"_s).toString(), u"tst-nova-legacy"_s);
    QCOMPARE(
        savedAction.value(u"metadata"_s).toObject(), (QJsonObject{{u"ImageType"_s, u"Gold"_s}}));

    // A second wizard for the same server, ready to send before the first one is.
    std::unique_ptr<CreateImageWizard> second;
    openAtNovaPage(second);
    if (QTest::currentTestFailed())
        return;
    fillAndReview(second.get(), u"tst-nova-second"_s);
    if (QTest::currentTestFailed())
        return;

    JobMonitor *monitor = m_core->monitor();
    QAbstractButton *create = wizard->button(QWizard::CommitButton);
    QCOMPARE(create->text(), u"&Create"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateImageWizard::Page_Submitted), 15000);
    const QString localId = wizard->submittedJob();
    QVERIFY(!localId.isEmpty());
    QVERIFY(monitor->rowOf(localId) >= 0);
    QCOMPARE(monitor->at(monitor->rowOf(localId)).method, CreationMethod::NovaCreateImage);
    QCOMPARE(monitor->at(monitor->rowOf(localId)).name, u"tst-nova-legacy"_s);

    // The snapshot runs: the second create on the same server gets Nova's 409, inline.
    const int jobsBefore = monitor->count();
    ReviewPage *secondReview = second->reviewPage();
    const QString secondBody = secondReview->bodyText();
    QTest::mouseClick(second->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(secondReview->errorMessage()->hasMessage(), 15000);
    const QString shown = secondReview->errorMessage()->text();
    QVERIFY2(shown.contains(u"Cannot 'createImage' instance "_s + LegacyId), qPrintable(shown));
    QVERIFY2(shown.contains(u"while it is in task_state "_s), qPrintable(shown));
    QVERIFY(secondReview->errorMessage()->isVisible());
    QCOMPARE(second->currentId(), int(CreateImageWizard::Page_Review));
    QCOMPARE(monitor->count(), jobsBefore); // refused: nothing tracked
    QCOMPARE(second->field(u"nova.name"_s).toString(), u"tst-nova-second"_s);
    QCOMPARE(second->field(u"nova.serverId"_s).toString(), LegacyId);
    QCOMPARE(secondReview->bodyText(), secondBody);
    QTRY_VERIFY(second->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(second->button(QWizard::BackButton)->isEnabled());

    // The first one is followed to its image; the submitted page shows the image ID.
    auto stateOf = [&] {
        const int row = monitor->rowOf(localId);
        return row < 0 ? JobState::Submitting : monitor->at(row).state;
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), JobState::Succeeded, 20000);
    const QStringList imageIds = monitor->at(monitor->rowOf(localId)).imageIds;
    QVERIFY(!imageIds.isEmpty());
    auto *imageIdLabel = wizard->findChild<QLabel *>(u"submittedImageId"_s);
    QVERIFY(imageIdLabel);
    QTRY_VERIFY2(imageIdLabel->text().contains(imageIds.first()), qPrintable(imageIdLabel->text()));

    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QTRY_VERIFY(finish->isVisible());
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
}

QTEST_MAIN(tst_NovaWizard)
#include "tst_novawizard.moc"
