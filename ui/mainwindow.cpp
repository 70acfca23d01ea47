#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/prompter.h"
#include "i18n/languagemanager.h"
#include "jobs/jobmonitor.h"
#include "monitor/jobmonitorview.h"
#include "wizard/createimagewizard.h"

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppCore *core, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_languages(languages)
{
    setObjectName(u"mainWindow"_s);
    m_view = new JobMonitorView(core->monitor(), this);
    setCentralWidget(m_view);

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(u"profileStatus"_s);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionStatus"_s);
    m_jobsLabel = new QLabel(this);
    m_jobsLabel->setObjectName(u"jobsStatus"_s);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_jobsLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    buildActions();
    buildMenus();

    connect(m_core, &AppCore::currentProfileChanged, this, &MainWindow::handleProfileChanged);
    connect(m_core->profiles(), &ProfileStore::changed, this, &MainWindow::updateStatus);
    connect(m_core, &AppCore::demoCloudReady, this, [this] {
        handleProfileChanged();
        if (m_session) {
            setConnection(Connection::Connecting);
            m_session->connectToCloud(this, [this](const ApiError &error) {
                setConnection(error ? Connection::Failed : Connection::Connected,
                    error ? error.userMessage() : QString());
            });
        }
    });
    connect(m_core, &AppCore::demoCloudFailed, this, [this](const QString &message) {
        setConnection(Connection::Failed, message);
    });
    JobMonitor *monitor = m_core->monitor();
    connect(monitor, &JobMonitor::jobAdded, this, &MainWindow::updateJobSummary);
    connect(monitor, &JobMonitor::jobRemoved, this, &MainWindow::updateJobSummary);
    connect(monitor, &JobMonitor::jobChanged, this, &MainWindow::updateJobSummary);

    retranslateUi();
    handleProfileChanged();
    updateJobSummary();
    resize(1100, 650);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_createAction = new QAction(this);
    m_createAction->setObjectName(u"createImageAction"_s);
    m_createAction->setShortcut(QKeySequence::New);
    connect(m_createAction, &QAction::triggered, this, &MainWindow::openCreateWizard);

    m_demoAction = new QAction(this);
    m_demoAction->setObjectName(u"startDemoAction"_s);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::startDemoCloud);

    m_profilesAction = new QAction(this);
    m_profilesAction->setObjectName(u"profilesAction"_s);
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    if (m_languages) {
        m_languageGroup = new QActionGroup(this);
        m_languageGroup->setExclusive(true);
        for (const QString &code : LanguageManager::languages()) {
            auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
            action->setObjectName(u"language-"_s + code);
            action->setData(code);
            action->setCheckable(true);
            action->setChecked(code == m_languages->language());
        }
        connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
            if (m_languages)
                m_languages->choose(action->data().toString());
        });
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
            for (QAction *a : m_languageGroup->actions())
                a->setChecked(a->data().toString() == code);
        });
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_createAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addAction(m_profilesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_jobMenu = menuBar()->addMenu(QString());
    m_jobMenu->addActions(m_view->jobActions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    if (m_languageGroup)
        m_languageMenu->addActions(m_languageGroup->actions());
    else
        m_languageMenu->setEnabled(false);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_createAction);
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_view->jobActions());
}

CreateImageWizard *MainWindow::openCreateWizard()
{
    CloudSession *session = m_core->currentSession();
    if (!session)
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    auto *wizard = new CreateImageWizard(session, m_core->monitor(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateImageWizard::jobSubmitted, this, [this](const QString &localId) {
        m_view->selectJob(localId);
    });
    m_wizard = wizard;
    wizard->show();
    return wizard;
}

ProfilesDialog *MainWindow::showProfiles()
{
    auto *dialog = new ProfilesDialog(m_core->profiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::startDemoCloud()
{
    setConnection(Connection::StartingDemo);
    m_core->startDemoCloud();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Imagewright"));
    m_fileMenu->setTitle(tr("&File"));
    m_jobMenu->setTitle(tr("&Job", "menu"));
    m_viewMenu->setTitle(tr("&View", "menu"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_createAction->setText(tr("&Create Image…"));
    m_createAction->setToolTip(tr("Create a private image (Ctrl+N)"));
    m_demoAction->setText(tr("Start &Demo Cloud (local)"));
    m_profilesAction->setText(tr("Cloud &Profiles…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Imagewright"));
    updateStatus();
    updateJobSummary();
}

void MainWindow::handleProfileChanged()
{
    CloudSession *session = m_core->currentSession();
    if (session != m_session) {
        if (m_session)
            m_session->auth()->disconnect(this);
        m_session = session;
        if (session) {
            connect(session->auth(), &KeystoneSession::authenticated, this, [this] {
                setConnection(Connection::Connected);
            });
            connect(session->auth(),
                &KeystoneSession::authenticationFailed,
                this,
                [this](const ApiError &error) {
                    setConnection(Connection::Failed, error.userMessage());
                });
        }
        if (m_connection != Connection::StartingDemo)
            setConnection(
                session && session->isConnected() ? Connection::Connected : Connection::None);
    }
    updateStatus();
}

void MainWindow::setConnection(Connection state, const QString &error)
{
    m_connection = state;
    m_connectionError = error;
    if (state == Connection::Failed && !error.isEmpty())
        statusBar()->showMessage(error, 15000);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const std::optional<CloudProfile> profile = m_core->profiles()->current();
    if (!profile) {
        m_profileLabel->setText(tr("No cloud profile"));
    } else if (profile->region.isEmpty()) {
        //: Status bar. %1 = cloud profile name
        m_profileLabel->setText(tr("Profile: %1").arg(profile->name));
    } else {
        //: Status bar. %1 = cloud profile name, %2 = region
        m_profileLabel->setText(tr("Profile: %1 (%2)").arg(profile->name, profile->region));
    }

    QString state;
    switch (m_connection) {
    case Connection::None:
        state = tr("Not connected");
        break;
    case Connection::StartingDemo:
        state = tr("Starting the demo cloud…");
        break;
    case Connection::Connecting:
        state = tr("Connecting…");
        break;
    case Connection::Connected:
        state = tr("Connected");
        break;
    case Connection::Failed:
        state = tr("Connection failed");
        break;
    }
    m_connectionLabel->setText(state);
    m_connectionLabel->setToolTip(m_connectionError);

    const bool hasSession = m_core->currentSession() != nullptr;
    m_createAction->setEnabled(hasSession);
    m_createAction->setStatusTip(hasSession ? QString()
                                            : tr("Create image needs a cloud profile: start the "
                                                 "demo cloud from the File menu."));
    m_demoAction->setEnabled(m_connection != Connection::StartingDemo);
}

void MainWindow::updateJobSummary()
{
    int running = 0;
    for (const JobRecord &r : m_core->monitor()->records())
        running += r.isTerminal() ? 0 : 1;
    //: Status bar. %n = image jobs still running on the cloud
    m_jobsLabel->setText(running > 0 ? tr("%n image job(s) running", nullptr, running) : QString());
}

void MainWindow::showAbout()
{
    Prompter::about(this,
        tr("About Imagewright"),
        //: %1 = version number
        tr("Imagewright %1\n\nCreates private server images on Huawei Cloud IMS and OpenStack "
           "(Nova, Cinder, Glance) and follows every image job until the cloud reports its end.")
            .arg(QApplication::applicationVersion()));
}
