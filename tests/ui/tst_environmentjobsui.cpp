// Issue 12, defect 14: a job `imagewright submit` sent with OS_* variables that no saved profile
// matches is not followed by the GUI. The job details say so and offer "Sign In for These
// Jobs…": a new profile prefilled from the connection data submit kept; with the password
// entered once and the profile saved, the job is followed to its end. For a job whose data was
// not kept (an earlier version's), the new profile starts empty and the notice says what to
// enter; a finished job shows no notice.
#include <memory>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include "appcore.h"
#include "cloud/profilestore.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "jobs/jobtablemodel.h"
#include "mainwindow.h"
#include "monitor/environmentjobsnotice.h"
#include "monitor/jobmonitorview.h"
#include "secrets/secretstore.h"
#include "support/clirun.h"
#include "support/democloudprocess.h"
#include "support/secretread.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

namespace {
const QString ShutoffServerId = u"877a2cda-ba63-4e1e-b95f-e67e48b6129a"_s; // db-01
}

class tst_EnvironmentJobsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void signInFollowsTheJobs();
    void jobWithoutKeptDataOffersAnEmptyProfile();

private:
    QString dataDir() const { return m_home->filePath(u"data/Imagewright/imagewright"_s); }
    void openWindow();
    EnvironmentJobsNotice *notice() const;
    template <typename T> static T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_home;
    std::unique_ptr<MemoryStore> m_secrets;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void tst_EnvironmentJobsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    m_demo.setJobSeconds(2);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_EnvironmentJobsUi::cleanupTestCase()
{
    m_demo.stop();
}

void tst_EnvironmentJobsUi::init()
{
    Prompter::clearAnswers();
    Prompter::setNonInteractive(true); // an unexpected question takes its default, never blocks
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
    m_secrets = std::make_unique<MemoryStore>();
}

void tst_EnvironmentJobsUi::cleanup()
{
    m_window.reset();
    m_core.reset();
    m_secrets.reset();
    m_home.reset();
    Prompter::clearAnswers();
}

void tst_EnvironmentJobsUi::openWindow()
{
    AppCore::Options options;
    options.dataDir = dataDir(); // the store `submit` wrote (its XDG_DATA_HOME)
    options.settingsPath = m_home->filePath(u"settings.ini"_s);
    options.secrets = m_secrets.get();
    m_core = std::make_unique<AppCore>(options);
    m_window = std::make_unique<MainWindow>(m_core.get(), nullptr);
    m_window->show();
}

EnvironmentJobsNotice *tst_EnvironmentJobsUi::notice() const
{
    return m_window->findChild<EnvironmentJobsNotice *>(u"environmentJobsNotice"_s);
}

void tst_EnvironmentJobsUi::signInFollowsTheJobs()
{
    // A job sent from a shell with the demo cloud's OS_* variables; no saved profile anywhere.
    const QJsonObject request{{u"format"_s, 1},
        {u"method"_s, u"ims-ecs"_s},
        {u"params"_s, QJsonObject{}},
        {u"body"_s,
            QJsonObject{{u"name"_s, u"from-shell"_s}, {u"instance_id"_s, ShutoffServerId}}}};
    const QString file = m_home->filePath(u"request.json"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(request).toJson());
    }
    const CliRun r = runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"submit"_s, file},
        demoCliEnvironment(m_home->path(), m_demo.authUrl()),
        60000,
        u"tst_environmentjobsui-cli.log"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    openWindow();
    JobMonitor *monitor = m_core->monitor();
    QCOMPARE(monitor->count(), 1);
    const JobRecord job = monitor->at(0);
    QVERIFY(job.profileId.startsWith(u"env-"_s));
    QCOMPARE(job.state, JobState::Running);
    EnvironmentJobsNotice *offer = notice();
    QVERIFY(offer);
    QVERIFY(offer->isHidden()); // no job selected yet
    // The same offer is in the Job menu (and the job's context menu), disabled until then.
    QAction *menuEntry = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(offer->signInAction()))
            menuEntry = offer->signInAction();
    }
    QVERIFY(menuEntry);
    QVERIFY(m_window->monitorView()->contextActions().contains(menuEntry));
    QVERIFY(!menuEntry->isEnabled());
    QCOMPARE(menuEntry->text(), u"Sign In for These &Jobs…"_s);

    // At the job: not followed, said, and the remedy offered.
    m_window->monitorView()->selectJob(job.localId);
    QVERIFY(offer->isVisible());
    QCOMPARE(offer->environmentId(), job.profileId);
    QVERIFY(offer->hasConnectionData());
    QVERIFY(child<InlineMessage>(offer, u"environmentJobsMessage"_s)->hasMessage());
    QCOMPARE(monitor->pollsOf(job.localId), 0); // nothing signs in for it
    JobTableModel *model = m_window->monitorView()->model();
    const QModelIndex state = model->index(monitor->rowOf(job.localId), JobTableModel::State);
    QCOMPARE(state.data().toString(), u"Running (not followed until you sign in)"_s);
    QVERIFY(menuEntry->isEnabled());

    // "Sign In for These Jobs…" from the Job menu (the notice's button does the same, below):
    // the profile editor with a new profile of that cloud.
    menuEntry->trigger();
    ProfilesDialog *dialog = m_window->findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isNewProfile());
    QCOMPARE(child<QComboBox>(dialog, u"family"_s)->currentData().toString(), u"openstack"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"authUrl"_s)->text(), m_demo.authUrl().toString());
    QCOMPARE(child<QComboBox>(dialog, u"region"_s)->currentText(), u"demo-1"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"userName"_s)->text(), u"demo"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"projectName"_s)->text(), u"demo"_s);
    QVERIFY(child<QLineEdit>(dialog, u"password"_s)->text().isEmpty()); // never kept

    // The password once; saved, the profile matches the jobs and they are followed.
    child<QLineEdit>(dialog, u"password"_s)->setText(u"demo"_s);
    QVERIFY(dialog->saveProfile());
    const QString savedId = dialog->editedProfileId();
    QTRY_COMPARE_WITH_TIMEOUT(
        storedSecret(*m_secrets, SecretStore::keyFor(savedId, SecretKind::Password)),
        u"demo"_s,
        5000);
    QCOMPARE(m_core->savedProfileFor(job.profileId), savedId);
    QVERIFY(offer->isHidden());
    QVERIFY(!menuEntry->isEnabled());
    QVERIFY(!state.data().toString().contains(u"sign in"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
        monitor->at(monitor->rowOf(job.localId)).state, JobState::Succeeded, 20000);
    QVERIFY(monitor->pollsOf(job.localId) > 0);
    dialog->close();
}

void tst_EnvironmentJobsUi::jobWithoutKeptDataOffersAnEmptyProfile()
{
    // Jobs an earlier version filed under an environment id: nothing kept of their cloud.
    JobRecord running;
    running.localId = u"older-1"_s;
    running.method = CreationMethod::ImsEcs;
    running.profileId = u"env-00000000000000aa"_s;
    running.cloudLabel = u"Environment (alice@web)"_s;
    running.name = u"older"_s;
    running.jobId = u"ff80808288d41e1b0188d4d2e8e10000"_s;
    running.created = QDateTime::currentDateTimeUtc();
    running.state = JobState::Running;
    JobRecord finished = running;
    finished.localId = u"older-2"_s;
    finished.state = JobState::Succeeded;
    finished.finished = running.created;
    QVERIFY(JobStore(QDir(dataDir()).filePath(u"jobs.sqlite"_s)).save({running, finished}));

    openWindow();
    EnvironmentJobsNotice *offer = notice();
    QVERIFY(offer);
    m_window->monitorView()->selectJob(finished.localId);
    QVERIFY(offer->isHidden()); // a finished job needs no session
    m_window->monitorView()->selectJob(running.localId);
    QVERIFY(offer->isVisible());
    QVERIFY(!offer->hasConnectionData());
    const QString text = child<InlineMessage>(offer, u"environmentJobsMessage"_s)->text();
    QVERIFY2(text.contains(u"kept no connection data"_s), qPrintable(text));

    child<QPushButton>(offer, u"signInForJobsButton"_s)->click();
    ProfilesDialog *dialog = m_window->findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isNewProfile());
    QCOMPARE(child<QComboBox>(dialog, u"family"_s)->currentData().toString(), u"openstack"_s);
    QVERIFY(child<QLineEdit>(dialog, u"authUrl"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(dialog, u"userName"_s)->text().isEmpty());
    dialog->close();
}

QTEST_MAIN(tst_EnvironmentJobsUi)
#include "tst_environmentjobsui.moc"
