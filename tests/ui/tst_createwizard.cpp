// The Create image wizard end to end against the demo cloud: method page, IMS-from-ECS page
// with inline validation and the ECS picker, the review page's exact JSON, Create, and the new
// row in the monitor followed to SUCCESS; and a create the cloud refuses, shown inline with the
// operator's data kept.
#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "i18n/languagemanager.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "jobs/jobtablemodel.h"
#include "monitor/jobmonitorview.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"
#include "widgets/tageditor.h"
#include "wizard/createimagewizard.h"
#include "wizard/imsecspage.h"
#include "wizard/methodpage.h"
#include "wizard/reviewpage.h"
#include "wizard/serverpicker.h"
#include "wizard/volumepicker.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

class tst_CreateWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void methodPageListsAllSeven();
    void createsImageFollowedToSuccess();
    void refusalShownInlineAndDataKept();
    void lostAnswerIsTrackedNotResent();
    void monitorActions();
    void languageSwitchReachesTheWizard();
    void pickersReadEveryPage();

private:
    /// Opens a wizard, picks IMS from an ECS and goes to its page once the ECS list is there.
    void openAtImsPage(std::unique_ptr<CreateImageWizard> &wizard);
    /// Selects the server by clicking its row in the picker's table.
    void clickServer(ServerPicker *picker, const QString &id);
    QString serverWithStatus(ServerPicker *picker, const QString &status) const;

    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_CreateWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true); // no modal dialog may block a test
    QVERIFY(m_dir.isValid());
    m_demo.setJobSeconds(2.0);
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
    QCOMPARE(m_core->currentSession(), m_session);
}

void tst_CreateWizard::cleanupTestCase()
{
    m_core.reset();
    m_demo.stop();
}

void tst_CreateWizard::init()
{
    m_demo.clearFaults();
}

void tst_CreateWizard::openAtImsPage(std::unique_ptr<CreateImageWizard> &wizard)
{
    wizard = std::make_unique<CreateImageWizard>(m_session, m_core->monitor());
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QRadioButton *ims = wizard->methodPage()->button(CreationMethod::ImsEcs);
    // The page asks the cloud which services it has; IMS stays available with the demo cloud.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 15000);
    QTRY_VERIFY(ims->isEnabled());
    QTest::mouseClick(ims, Qt::LeftButton, {}, QPoint(8, ims->height() / 2));
    QCOMPARE(wizard->field(u"method"_s).toInt(), int(CreationMethod::ImsEcs));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_ImsEcs));
    ServerPicker *picker = wizard->imsEcsPage()->serverPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->hasLoaded(), 15000);
}

void tst_CreateWizard::clickServer(ServerPicker *picker, const QString &id)
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

QString tst_CreateWizard::serverWithStatus(ServerPicker *picker, const QString &status) const
{
    for (const NovaServer &s : picker->servers()) {
        if (s.status == status && s.taskState.isEmpty())
            return s.id;
    }
    return {};
}

void tst_CreateWizard::methodPageListsAllSeven()
{
    CreateImageWizard wizard(m_session, m_core->monitor());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    MethodPage *page = wizard.methodPage();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 15000);
    for (int i = 0; i < CreationMethodCount; ++i) {
        const auto method = CreationMethod(i);
        QRadioButton *button = page->button(method);
        QVERIFY(button);
        QCOMPARE(button->text(), CreationMethods::title(method));
        if (!CreationMethods::isImplemented(method)) {
            QVERIFY2(!button->isEnabled(), qPrintable(CreationMethods::key(method)));
            QVERIFY(page->unavailableReason(method).has_value()); // shown, with the reason
        }
    }
    QVERIFY(page->isAvailable(CreationMethod::ImsEcs));
}

void tst_CreateWizard::createsImageFollowedToSuccess()
{
    JobMonitorView view(m_core->monitor());
    view.show();
    std::unique_ptr<CreateImageWizard> wizard;
    openAtImsPage(wizard);
    if (QTest::currentTestFailed())
        return;
    QObject::connect(
        wizard.get(), &CreateImageWizard::jobSubmitted, &view, &JobMonitorView::selectJob);
    ImsEcsPage *page = wizard->imsEcsPage();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!canGoOn(next)); // the mandatory fields are empty

    // Inline validation: a bad name keeps Next disabled and says why, under the field.
    QTest::keyClicks(page->nameEdit(), u"bad/name"_s);
    QVERIFY(page->nameMessage()->hasMessage());
    QVERIFY(page->nameMessage()->isVisible());
    QVERIFY(!canGoOn(next));
    page->nameEdit()->clear();
    QTest::keyClicks(page->nameEdit(), u"tst-web-base"_s);
    QVERIFY(!page->nameMessage()->hasMessage());
    auto *description = page->findChild<QLineEdit *>(u"imsDescription"_s);
    QVERIFY(description);
    QTest::keyClicks(description, u"Made by the UI test"_s);

    // The ECS picker: a server in ERROR can't even be selected; a SHUTOFF one can.
    ServerPicker *picker = page->serverPicker();
    const QString broken = serverWithStatus(picker, u"ERROR"_s);
    QVERIFY(!broken.isEmpty());
    QVERIFY(!picker->setServerId(broken));
    QVERIFY(ServerPicker::unusableReason(*std::find_if(picker->servers().cbegin(),
        picker->servers().cend(),
        [&](const NovaServer &s) { return s.id == broken; })));
    const QString shutoff = serverWithStatus(picker, u"SHUTOFF"_s);
    QVERIFY(!shutoff.isEmpty());
    clickServer(picker, shutoff);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(canGoOn(next));

    // A tag: a key over 36 characters is refused inline, then fixed.
    TagEditor *tags = page->tagEditor();
    tags->addRow(QString(40, u'k'), u"web"_s);
    QVERIFY(!tags->isValid());
    QVERIFY(!canGoOn(next));
    tags->table()->item(0, 0)->setText(u"team"_s);
    QVERIFY(tags->isValid());
    QTRY_VERIFY(canGoOn(next));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Review));
    ReviewPage *review = wizard->reviewPage();
    QVERIFY(!review->marker().isEmpty());
    const QString body = review->bodyText();
    QVERIFY2(body.contains(u"\"instance_id\": \""_s + shutoff + u'"'), qPrintable(body));
    QVERIFY2(body.contains(review->marker()), qPrintable(body));
    QVERIFY(body.contains(u"\"team\""_s));
    QVERIFY(body.contains(u"\"tst-web-base\""_s));
    QVERIFY(review->urlText().startsWith(u"POST http://127.0.0.1:"_s));
    QVERIFY(review->urlText().endsWith(u"/v2/cloudimages/action"_s));
    QAbstractButton *create = wizard->button(QWizard::CommitButton);
    QVERIFY(create->isVisible());
    QCOMPARE(create->text(), u"&Create"_s);

    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateImageWizard::Page_Submitted), 15000);
    const QString localId = wizard->submittedJob();
    QVERIFY(!localId.isEmpty());
    QCOMPARE(view.currentLocalId(), localId); // the new row is selected in the monitor

    JobMonitor *monitor = m_core->monitor();
    JobTableModel *model = view.model();
    auto stateOf = [&] {
        const int row = monitor->rowOf(localId);
        return row < 0
            ? -1
            : model->index(row, JobTableModel::State).data(JobTableModel::StateRole).toInt();
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), int(JobState::Succeeded), 60000);
    const int row = monitor->rowOf(localId);
    const QStringList imageIds =
        model->index(row, 0).data(JobTableModel::ImageIdsRole).toStringList();
    QVERIFY(!imageIds.isEmpty());
    QVERIFY(model->index(row, JobTableModel::Result).data().toString().contains(imageIds.first()));
    QCOMPARE(
        model->index(row, JobTableModel::Progress).data(JobTableModel::ProgressRole).toInt(), 100);
    // The details pane shows the image ID with a Copy button.
    auto *idEdit = view.findChild<QLineEdit *>(u"imageIdEdit"_s);
    QTRY_VERIFY(idEdit);
    QCOMPARE(idEdit->text(), imageIds.first());

    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QTRY_VERIFY(finish->isVisible());
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
}

void tst_CreateWizard::refusalShownInlineAndDataKept()
{
    std::unique_ptr<CreateImageWizard> wizard;
    openAtImsPage(wizard);
    if (QTest::currentTestFailed())
        return;
    ImsEcsPage *page = wizard->imsEcsPage();
    QTest::keyClicks(page->nameEdit(), u"tst-refused"_s);
    ServerPicker *picker = page->serverPicker();
    const QString shutoff = serverWithStatus(picker, u"SHUTOFF"_s);
    clickServer(picker, shutoff);
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Review));
    ReviewPage *review = wizard->reviewPage();
    const QString bodyBefore = review->bodyText();

    const QString message = u"The ECS cannot be used to create images because it is not in "
                            u"stopped state."_s;
    m_demo.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, m_session->imsCreateUrl().path()},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"status"_s},
        {u"status"_s, 400},
        {u"body"_s,
            QJsonObject{
                {u"error"_s, QJsonObject{{u"code"_s, u"IMG.0008"_s}, {u"message"_s, message}}}}}});
    const int jobsBefore = m_core->monitor()->count();

    QAbstractButton *create = wizard->button(QWizard::CommitButton);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(review->errorMessage()->hasMessage(), 15000);
    const QString shown = review->errorMessage()->text();
    QVERIFY2(shown.contains(u"IMG.0008"_s), qPrintable(shown));
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QVERIFY(review->errorMessage()->isVisible());

    // The wizard stays open on the review page with everything the operator typed.
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Review));
    QCOMPARE(m_core->monitor()->count(), jobsBefore); // nothing was made, nothing is tracked
    QCOMPARE(wizard->field(u"ims.name"_s).toString(), u"tst-refused"_s);
    QCOMPARE(wizard->field(u"ims.serverId"_s).toString(), shutoff);
    QCOMPARE(review->bodyText(), bodyBefore);
    QTRY_VERIFY(create->isEnabled()); // it can be sent again once the cause is fixed
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
}

void tst_CreateWizard::lostAnswerIsTrackedNotResent()
{
    // The create reaches the cloud but the answer is lost: the job is tracked as "needs
    // attention", the wizard moves on (Create is never offered again), nothing is re-sent.
    std::unique_ptr<CreateImageWizard> wizard;
    openAtImsPage(wizard);
    if (QTest::currentTestFailed())
        return;
    ImsEcsPage *page = wizard->imsEcsPage();
    QTest::keyClicks(page->nameEdit(), u"tst-answer-lost"_s);
    clickServer(page->serverPicker(), serverWithStatus(page->serverPicker(), u"SHUTOFF"_s));
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(canGoOn(next));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateImageWizard::Page_Review));

    const QString path = m_session->imsCreateUrl().path();
    m_demo.clearRequests();
    m_demo.addFault({{u"method"_s, u"POST"_s},
        {u"path"_s, path},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"drop"_s},
        {u"count"_s, 3}});
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateImageWizard::Page_Submitted), 30000);
    const QString localId = wizard->submittedJob();
    QVERIFY(!localId.isEmpty());
    JobMonitor *monitor = m_core->monitor();
    QCOMPARE(monitor->at(monitor->rowOf(localId)).state, JobState::NeedsAttention);
    QCOMPARE(m_demo.countRequests("POST", path), 1);
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
}

void tst_CreateWizard::monitorActions()
{
    JobMonitor *monitor = m_core->monitor();
    JobMonitorView view(monitor);
    view.show();
    auto action = [&view](const QString &name) {
        for (QAction *a : view.jobActions()) {
            if (a->objectName() == name)
                return a;
        }
        return static_cast<QAction *>(nullptr);
    };
    QAction *copy = action(u"copyImageIdAction"_s);
    QAction *stop = action(u"stopWatchingAction"_s);
    QAction *remove = action(u"removeJobAction"_s);
    QVERIFY(copy && stop && remove);

    // The job the success test made: its image ID goes to the clipboard.
    QString succeeded;
    for (const JobRecord &r : monitor->records()) {
        if (r.state == JobState::Succeeded && r.name == u"tst-web-base")
            succeeded = r.localId;
    }
    QVERIFY(!succeeded.isEmpty());
    view.selectJob(succeeded);
    QCOMPARE(view.currentLocalId(), succeeded);
    QVERIFY(copy->isEnabled());
    QVERIFY(!stop->isEnabled()); // nothing left to watch
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
        monitor->at(monitor->rowOf(succeeded)).imageIds.join(u'\n'));

    // Stop watching asks first (through the Prompter seam); "No" changes nothing.
    const QString running = monitor->trackImsJob(m_session->profile().id,
        u"demo"_s,
        CreationMethod::ImsEcs,
        u"tst-watched"_s,
        u"0123456789abcdef0123456789abcdef"_s,
        QDateTime::currentDateTimeUtc());
    view.selectJob(running);
    QCOMPARE(view.currentLocalId(), running);
    QVERIFY(stop->isEnabled());
    Prompter::setNextAnswer(QMessageBox::No);
    stop->trigger();
    QVERIFY(!monitor->at(monitor->rowOf(running)).isTerminal());
    Prompter::setNextAnswer(QMessageBox::Yes);
    stop->trigger();
    QCOMPARE(monitor->at(monitor->rowOf(running)).state, JobState::NotWatched);
    // Issue 12, defect 7: not an end; Retry Poll becomes Watch Again and follows it again.
    QAction *retry = action(u"retryPollAction"_s);
    QVERIFY(retry);
    QTRY_VERIFY(retry->isEnabled());
    QVERIFY(!stop->isEnabled());
    QCOMPARE(retry->text(), u"Watch &Again"_s);
    retry->trigger();
    QCOMPARE(monitor->at(monitor->rowOf(running)).state, JobState::Running);
    QTRY_COMPARE(retry->text(), u"&Retry Poll"_s);
    QTRY_VERIFY(stop->isEnabled());
    Prompter::setNextAnswer(QMessageBox::Yes);
    stop->trigger();
    QCOMPARE(monitor->at(monitor->rowOf(running)).state, JobState::NotWatched);

    // Remove from history: a job not watched still runs on the cloud, so it asks first.
    const int before = monitor->count();
    Prompter::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    QCOMPARE(monitor->count(), before - 1);
    QCOMPARE(monitor->rowOf(running), -1);
}

void tst_CreateWizard::languageSwitchReachesTheWizard()
{
    // Qt 6.4's QWizard keeps its own button texts on a language change unless the wizard
    // re-fetches them (toolchain.md G5); Qt's Japanese catalogue comes from qt6-translations-l10n.
    CreateImageWizard wizard(m_session, m_core->monitor());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    const QString english = next->text();
    LanguageManager languages(nullptr);
    QVERIFY(languages.apply(u"ja"_s));
    QTRY_VERIFY2(next->text() != english, qPrintable(next->text()));
    QVERIFY(languages.apply(u"en"_s));
    QTRY_COMPARE(next->text(), english);
    QLocale::setDefault(QLocale::c());
}

void tst_CreateWizard::pickersReadEveryPage()
{
    // Two items a page: the pickers follow the next-page links (marker) to the end, as they
    // would through a project with hundreds of servers or volumes.
    const QString token = m_demo.token();
    const QString project = m_demo.projectId();
    QStringList serverIds;
    for (const QJsonValue &v : m_demo.get(u"/v2.1/%1/servers/detail"_s.arg(project), token)
                                   .object()
                                   .value(u"servers"_s)
                                   .toArray())
        serverIds << v.toObject().value(u"id"_s).toString();
    QStringList volumeIds;
    for (const QJsonValue &v : m_demo.get(u"/v3/%1/volumes/detail"_s.arg(project), token)
                                   .object()
                                   .value(u"volumes"_s)
                                   .toArray())
        volumeIds << v.toObject().value(u"id"_s).toString();
    QVERIFY2(serverIds.size() > 4 && volumeIds.size() > 4, "the demo cloud lists too few");
    m_demo.clearRequests();

    ServerPicker servers;
    servers.setPageSize(2);
    servers.setSession(m_session);
    QSignalSpy serversLoaded(&servers, &ServerPicker::loaded);
    servers.reload();
    QVERIFY(serversLoaded.wait(15000));
    QStringList seen;
    for (const NovaServer &s : servers.servers())
        seen << s.id;
    QCOMPARE(seen, serverIds);
    QVERIFY(m_demo.countRequests("GET", u"/v2.1/%1/servers/detail"_s.arg(project))
        >= (serverIds.size() + 1) / 2);

    VolumePicker volumes;
    volumes.setPageSize(2);
    volumes.setSession(m_session);
    QSignalSpy volumesLoaded(&volumes, &VolumePicker::loaded);
    volumes.reload();
    QVERIFY(volumesLoaded.wait(15000));
    seen.clear();
    for (const CinderVolume &v : volumes.volumes())
        seen << v.id;
    QCOMPARE(seen, volumeIds);
    QVERIFY(m_demo.countRequests("GET", u"/v3/%1/volumes/detail"_s.arg(project))
        >= (volumeIds.size() + 1) / 2);

    // A refused list: said, nothing listed, Refresh usable again.
    m_demo.addFault(QJsonObject{{u"method"_s, u"GET"_s},
        {u"path"_s, u"/v2.1/%1/servers/detail"_s.arg(project)},
        {u"match"_s, u"exact"_s},
        {u"kind"_s, u"status"_s},
        {u"status"_s, 403},
        {u"count"_s, 1000}});
    ServerPicker refused;
    refused.setSession(m_session);
    QSignalSpy failed(&refused, &ServerPicker::loadFailed);
    refused.reload();
    QVERIFY(failed.wait(15000));
    QVERIFY(!failed.constLast().at(0).toString().isEmpty());
    QVERIFY(!refused.hasLoaded());
    QVERIFY(!refused.isLoading());
}

QTEST_MAIN(tst_CreateWizard)
#include "tst_createwizard.moc"
