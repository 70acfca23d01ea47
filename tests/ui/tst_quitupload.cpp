// Quitting while a Glance upload runs in this process (issue 12, defect 6): the window asks
// first. "Keep running" leaves the window open and the upload going; "Quit and make it
// incomplete" cancels the upload through the monitor, so its job is saved as a cancelled,
// incomplete upload, and then the window closes. Without a running upload nothing is asked.
#include <memory>

#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "create/glancecreaterequest.h"
#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "mainwindow.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_QuitUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void keepRunningThenQuitMakesItIncomplete();
    void quitWithoutAnUploadAsksNothing();

private:
    /// Submits a Glance create + upload of a 1 MiB file; returns the job's local id.
    QString startUpload();
    JobStore store() const { return JobStore(m_dir->filePath(u"data/jobs.sqlite"_s)); }

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<AppCore> m_core;
};

void tst_QuitUpload::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_QuitUpload::init()
{
    Prompter::clearAnswers();
    Prompter::setNonInteractive(true);
    m_demo.clearFaults();
    m_demo.clearRequests();
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    AppCore::Options options;
    options.dataDir = m_dir->filePath(u"data"_s);
    options.settingsPath = m_dir->filePath(u"settings.ini"_s);
    m_core = std::make_unique<AppCore>(options);
    const CloudProfile profile = CloudProfile::demo(m_demo.authUrl());
    m_core->profiles()->upsert(profile);
    m_core->profiles()->setCurrent(profile.id);
}

void tst_QuitUpload::cleanup()
{
    Prompter::clearAnswers();
    m_core.reset();
    m_dir.reset();
    m_demo.clearFaults();
}

void tst_QuitUpload::cleanupTestCase()
{
    m_demo.stop();
}

QString tst_QuitUpload::startUpload()
{
    QFile f(m_dir->filePath(u"disk.qcow2"_s));
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(1024 * 1024, 'x')) < 0)
        return {};
    f.close();
    GlanceCreateRequest r;
    r.flavour = GlanceCreateRequest::Flavour::Huawei;
    r.name = u"quit-while-uploading"_s;
    r.diskFormat = u"qcow2"_s;
    r.minDisk = 40;
    r.osVersion = u"Ubuntu 22.04 server 64bit"_s;
    const QString imageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString localId;
    bool answered = false;
    m_core->monitor()->submitGlance(m_core->currentSession(),
        r.name,
        imageId,
        r.toBodyWithId(imageId),
        f.fileName(),
        this,
        [&](const ApiError &error, const QString &id) {
            answered = true;
            if (!error)
                localId = id;
        });
    if (!QTest::qWaitFor([&] { return answered; }, 20000))
        return {};
    return localId;
}

void tst_QuitUpload::keepRunningThenQuitMakesItIncomplete()
{
    // The cloud reads the whole file, then holds its answer back: the upload runs until the
    // operator decides.
    m_demo.addFault({{u"method"_s, u"PUT"_s},
        {u"path"_s, u"/v2/images/"_s},
        {u"kind"_s, u"hold"_s},
        {u"hold_ms"_s, 600000},
        {u"count"_s, 1}});
    MainWindow window(m_core.get(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobMonitor *monitor = m_core->monitor();
    const QString id = startUpload();
    QVERIFY(!id.isEmpty());
    QVERIFY(monitor->isUploading(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_demo.countRequests("PUT", u"/v2/images/"_s), 1, 20000);

    // "Keep running": nothing closes, nothing stops.
    Prompter::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QTest::qWait(300); // the event loop runs: still nothing ends
    QVERIFY(window.isVisible());
    QVERIFY(monitor->isUploading(id));
    QCOMPARE(monitor->at(monitor->rowOf(id)).upload, JobRecord::Upload::Running);
    QCOMPARE(monitor->at(monitor->rowOf(id)).state, JobState::Running);

    // "Quit and make it incomplete": the upload is cancelled through the monitor, its job is
    // saved so, and then the window closes.
    Prompter::setNextAnswer(QMessageBox::Discard);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 20000);
    QVERIFY(!monitor->isUploading(id));
    const JobRecord &r = monitor->at(monitor->rowOf(id));
    QCOMPARE(r.state, JobState::Cancelled);
    QVERIFY(r.isIncompleteUpload());
    const QList<JobRecord> saved = store().load();
    const auto it = std::find_if(
        saved.cbegin(), saved.cend(), [&](const JobRecord &s) { return s.localId == id; });
    QVERIFY(it != saved.cend());
    QCOMPARE(it->state, JobState::Cancelled);
    QVERIFY(it->isIncompleteUpload());
}

void tst_QuitUpload::quitWithoutAnUploadAsksNothing()
{
    MainWindow window(m_core.get(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Were a question asked, this answer would keep the window open.
    Prompter::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(tst_QuitUpload)
#include "tst_quitupload.moc"
