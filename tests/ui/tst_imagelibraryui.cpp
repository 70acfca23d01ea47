// The Images tab beside the job monitor (issue 13) against the demo cloud: every page read in
// the background, the text filter, the details pane with the cloud's properties, "Show Image"
// from a job of the monitor and "Show Job" back from its image.
#include <memory>

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "library/imagelibraryview.h"
#include "library/imagelistmodel.h"
#include "mainwindow.h"
#include "monitor/jobmonitorview.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_ImageLibraryUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsFiltersAndShowsProperties();
    void showImageAndShowJob();

private:
    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImageLibraryUi::initTestCase()
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
    QVERIFY(m_core->session(profile.id));
    m_window = std::make_unique<MainWindow>(m_core.get(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ImageLibraryUi::cleanupTestCase()
{
    m_window.reset();
    m_core.reset();
    m_demo.stop();
}

void tst_ImageLibraryUi::listsFiltersAndShowsProperties()
{
    ImageLibraryView *library = m_window->libraryView();
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget(), m_window->monitorView()); // the monitor comes first
    QCOMPARE(library->model()->rowCount(), 0); // nothing read before the tab is shown
    tabs->setCurrentWidget(library);
    // Every page (50 images each) arrives in the background.
    QTRY_VERIFY_WITH_TIMEOUT(library->model()->rowCount() >= 130, 20000);
    QTRY_VERIFY(!library->model()->isLoading());
    QVERIFY(m_demo.countRequests("GET", u"/v2/cloudimages"_s) >= 3);
    QTest::keyClicks(library->filterEdit(), u"web-centos76-001"_s);
    QCOMPARE(library->table()->model()->rowCount(), 1);
    library->table()->setCurrentIndex(library->table()->model()->index(0, 0));
    const QString details = library->details()->toPlainText();
    QVERIFY2(details.contains(u"__os_version: CentOS 7.6 64bit"_s), qPrintable(details));
    QVERIFY(details.contains(u"team=web"_s));
    QVERIFY(!library->showJobButton()->isEnabled()); // a sample: no job of this monitor
    library->filterEdit()->clear();
    QVERIFY(library->table()->model()->rowCount() >= 130);
}

void tst_ImageLibraryUi::showImageAndShowJob()
{
    // The demo cloud's finished sample job, followed by the monitor until it has its image.
    QString jobId;
    for (const QJsonValue &v : m_demo.sampleHistory()) {
        if (v.toObject().value(u"name"_s).toString() == u"web-base-2025")
            jobId = v.toObject().value(u"job_id"_s).toString();
    }
    QVERIFY(!jobId.isEmpty());
    JobMonitor *monitor = m_core->monitor();
    const QString localId = monitor->trackImsJob(m_core->profiles()->current()->id,
        u"demo"_s,
        CreationMethod::ImsEcs,
        u"web-base-2025"_s,
        jobId,
        QDateTime::currentDateTimeUtc());
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->at(monitor->rowOf(localId)).imageIds.isEmpty(), 20000);
    const QString imageId = monitor->at(monitor->rowOf(localId)).imageIds.constFirst();

    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    tabs->setCurrentWidget(m_window->monitorView());
    m_window->monitorView()->selectJob(localId);
    auto *showImage = m_window->findChild<QAction *>(u"showImageAction"_s);
    QVERIFY(showImage);
    QTRY_VERIFY(showImage->isEnabled());
    showImage->trigger();
    ImageLibraryView *library = m_window->libraryView();
    QCOMPARE(tabs->currentWidget(), library);
    QTRY_COMPARE(
        library->table()->currentIndex().data(ImageListModel::ImageIdRole).toString(), imageId);
    QTRY_VERIFY(library->showJobButton()->isEnabled());
    QTest::mouseClick(library->showJobButton(), Qt::LeftButton);
    QCOMPARE(tabs->currentWidget(), m_window->monitorView());
    QCOMPARE(m_window->monitorView()->currentLocalId(), localId);
}

QTEST_MAIN(tst_ImageLibraryUi)
#include "tst_imagelibraryui.moc"
