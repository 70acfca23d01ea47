#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "appcore.h"
#include "auth/akskauth.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/passwordprompt.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/prompter.h"
#include "i18n/languagemanager.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobtablemodel.h"
#include "library/imagelibraryview.h"
#include "library/imagelistmodel.h"
#include "logging.h"
#include "monitor/environmentjobsnotice.h"
#include "monitor/historyretention.h"
#include "monitor/jobmonitorview.h"
#include "profiles/profilesecretwriter.h"
#include "secrets/secretstore.h"
#include "widgets/accessiblenames.h"
#include "widgets/insecurebanner.h"
#include "widgets/noticebar.h"
#include "widgets/toolbarrows.h"
#include "wizard/createimagewizard.h"

using namespace Qt::StringLiterals;

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString WindowStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(AppCore *core, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_languages(languages)
{
    setObjectName(u"mainWindow"_s);
    AccessibleNames::install(this);
    // The insecure-TLS warning sits above the monitor while the current profile needs it.
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_insecureBanner = new InsecureBanner(central);
    m_noticeBar = new NoticeBar(central);
    // The job monitor and, beside it, the image library (read when its tab is first shown).
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_view = new JobMonitorView(core->monitor(), m_tabs);
    m_view->model()->setWaitsForSignIn(
        [core](const JobRecord &r) { return core->isUnfollowedEnvironment(r.profileId); });
    // A job of OS_* variables that no saved profile matches: said at the job, a profile offered.
    connect(new EnvironmentJobsNotice(core, m_view),
        &EnvironmentJobsNotice::newProfileWanted,
        this,
        [this](const CloudProfile &start) { showProfiles()->addProfileFrom(start); });
    m_library = new ImageLibraryView(m_tabs);
    // "All profiles": every saved profile's session (made on first use; each signs in with the
    // secret stored for it; only the current profile's failure asks for a password).
    m_library->setProfileSessions([this] {
        QList<CloudSession *> sessions;
        for (const CloudProfile &profile : m_core->profiles()->profiles()) {
            if (CloudSession *session = m_core->session(profile.id))
                sessions << session;
        }
        return sessions;
    });
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_library, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_library)
            showLibrary();
    });
    connect(m_library, &ImageLibraryView::actionJobStarted, this, [this](const JobRecord &r) {
        m_core->monitor()->trackActionJob(r); // an IMS library job: followed like a creation
    });
    connect(m_library, &ImageLibraryView::showJobRequested, this, [this](const QString &id) {
        m_tabs->setCurrentWidget(m_view);
        m_view->selectJob(id);
    });
    connect(m_view, &JobMonitorView::currentJobChanged, this, &MainWindow::updateShowImageAction);
    // A job that reports its image (or a new job): the library's Job column follows.
    connect(
        core->monitor(), &JobMonitor::jobChanged, this, [this](int, JobMonitor::Changes changes) {
            if ((changes & (JobChange::Result | JobChange::State))
                && m_tabs->currentWidget() == m_library)
                m_library->setJobs(m_core->monitor()->records());
            if (changes & JobChange::Result)
                updateShowImageAction();
        });
    column->addWidget(m_insecureBanner);
    column->addWidget(m_noticeBar);
    column->addWidget(m_tabs, 1);
    setCentralWidget(central);

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
    // The job history moved aside (unreadable) or written by a newer version: said at once.
    m_noticeBar->showNotice(core->monitor()->storeNotice());
    connect(core->monitor(), &JobMonitor::storeNoticeChanged, m_noticeBar, &NoticeBar::showNotice);
    // A keychain write refused after the profile editor closed is said here (issue 16).
    connect(core->secretWriter(),
        &ProfileSecretWriter::refusedWrite,
        this,
        &MainWindow::announceRefusedSecret);

    connect(m_core, &AppCore::currentProfileChanged, this, &MainWindow::handleProfileChanged);
    connect(m_core->profiles(), &ProfileStore::changed, this, &MainWindow::updateStatus);
    connect(m_core->profiles(), &ProfileStore::changed, this, &MainWindow::populateProfileSwitcher);
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
    connect(monitor, &JobMonitor::jobFinished, this, &MainWindow::announceJobEnd);
    // Queued: the monitor has settled the ended upload's record before the window closes.
    connect(monitor,
        &JobMonitor::uploadEnded,
        this,
        &MainWindow::closeWhenUploadsEnded,
        Qt::QueuedConnection);
    connect(
        monitor, &JobMonitor::cloudReachabilityChanged, this, &MainWindow::announceReachability);

    retranslateUi();
    populateProfileSwitcher();
    handleProfileChanged();
    updateJobSummary();
    resize(1100, 650);
    // Where the operator left the window, its toolbar and the monitor's columns (issue 16).
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(WindowStateKey).toByteArray());
    m_view->restoreLayout();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(WindowStateKey, saveState());
    m_view->saveLayout();
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

    m_showImageAction = new QAction(this);
    m_showImageAction->setObjectName(u"showImageAction"_s);
    m_showImageAction->setEnabled(false);
    connect(m_showImageAction, &QAction::triggered, this, &MainWindow::showImageOfCurrentJob);

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
    m_jobMenu->addActions(m_view->menuActions());
    m_jobMenu->addAction(m_showImageAction);
    m_jobMenu->addSeparator();
    m_retention = new HistoryRetention(m_core->monitor(), this);
    m_jobMenu->addAction(m_retention->action());

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
    // The profile part is a toolbar of its own: where both do not fit in one row (a longer
    // language, a narrow window) it takes a second row rather than hiding behind the overflow.
    m_profileBar = addToolBar(QString());
    m_profileBar->setObjectName(u"profileToolBar"_s);
    m_profileBar->setMovable(false);
    m_profileBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    new ToolBarRows(this, {m_toolBar, m_profileBar});

    m_profileSwitcherLabel = new QLabel(this);
    m_profileSwitcher = new QComboBox(this);
    m_profileSwitcher->setObjectName(u"profileSwitcher"_s);
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileSwitcher->setMinimumContentsLength(16);
    m_profileSwitcherLabel->setBuddy(m_profileSwitcher);
    m_profileBar->addWidget(m_profileSwitcherLabel);
    m_profileBar->addWidget(m_profileSwitcher);
    m_profileBar->addAction(m_profilesAction);
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileSwitcher->itemData(index).toString();
        if (!id.isEmpty())
            m_core->profiles()->setCurrent(id);
    });
}

void MainWindow::populateProfileSwitcher()
{
    const QSignalBlocker blocker(m_profileSwitcher);
    m_profileSwitcher->clear();
    const std::optional<CloudProfile> current = m_core->profiles()->current();
    for (const CloudProfile &p : m_core->profiles()->profiles()) {
        m_profileSwitcher->addItem(p.region.isEmpty() ? p.name
                                                      //: Profile switcher entry. %1 = profile
                                                      //: name, %2 = region
                                                      : tr("%1 (%2)").arg(p.name, p.region),
            p.id);
        if (current && current->id == p.id)
            m_profileSwitcher->setCurrentIndex(m_profileSwitcher->count() - 1);
    }
    m_profileSwitcher->setEnabled(m_profileSwitcher->count() > 0);
    if (m_profileSwitcher->count() == 0)
        m_profileSwitcher->setPlaceholderText(tr("No cloud profile"));
    // A toolbar squeezes its widgets to their minimum before it moves actions into its overflow
    // menu: the profile's name must stay whole, so its full width is the minimum.
    m_profileSwitcher->setMinimumWidth(0);
    m_profileSwitcher->setMinimumWidth(m_profileSwitcher->sizeHint().width());
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
    if (m_profilesDialog) {
        m_profilesDialog->raise();
        m_profilesDialog->activateWindow();
        return m_profilesDialog;
    }
    auto *dialog = new ProfilesDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_profilesDialog = dialog;
    dialog->show();
    return dialog;
}

PasswordPrompt *MainWindow::passwordPrompt() const
{
    return m_passwordPrompt;
}

void MainWindow::startDemoCloud()
{
    setConnection(Connection::StartingDemo);
    m_core->startDemoCloud();
}

QStringList MainWindow::runningUploads() const
{
    QStringList ids;
    const JobMonitor *monitor = m_core->monitor();
    for (const JobRecord &r : monitor->records()) {
        if (monitor->isUploading(r.localId))
            ids << r.localId;
    }
    return ids;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QStringList uploads = runningUploads();
    if (uploads.isEmpty() || m_forceClose) {
        saveLayout();
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_quitting)
        return; // already cancelling them: the window closes once they have ended
    const QMessageBox::StandardButton answer = Prompter::question(this,
        tr("Quit While Uploading"),
        tr("Imagewright is still uploading %n image file(s). If you quit now, the upload stops: "
           "the image stays queued on the cloud and its job is marked incomplete, to be resumed "
           "or deleted later.",
            nullptr,
            int(uploads.size())),
        {{QMessageBox::Discard, tr("&Quit and Make It Incomplete")},
            {QMessageBox::Cancel, tr("&Keep Running")}},
        QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    m_quitting = true;
    for (const QString &id : uploads)
        m_core->monitor()->cancelUpload(id); // each job ends cancelled, its upload incomplete
    // An abort ends within moments; should one not, the window closes anyway.
    QTimer::singleShot(std::chrono::seconds(10), this, [this] {
        if (!m_quitting)
            return;
        qCWarning(lcJobs) << "quitting with an upload that did not end after it was cancelled";
        m_forceClose = true;
        close();
    });
}

void MainWindow::closeWhenUploadsEnded()
{
    if (m_quitting && runningUploads().isEmpty()) {
        m_quitting = false;
        close();
    }
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
    if (m_retention)
        m_retention->retranslate();
    m_viewMenu->setTitle(tr("&View", "menu"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_profileBar->setWindowTitle(tr("Profile Toolbar"));
    m_createAction->setText(tr("&Create Image…"));
    m_createAction->setToolTip(tr("Create a private image (Ctrl+N)"));
    m_demoAction->setText(tr("Start &Demo Cloud (local)"));
    m_profilesAction->setText(tr("Cloud &Profiles…"));
    m_profilesAction->setToolTip(tr("Add, edit and test cloud profiles"));
    m_profileSwitcherLabel->setText(tr("P&rofile:"));
    m_profileSwitcher->setToolTip(tr("The cloud profile the main window works with"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Imagewright"));
    m_tabs->setTabText(m_tabs->indexOf(m_view), tr("Jobs"));
    m_tabs->setTabText(m_tabs->indexOf(m_library), tr("Images"));
    m_showImageAction->setText(tr("Show &Image"));
    m_showImageAction->setToolTip(tr("Show the job's image in the image library"));
    populateProfileSwitcher();
    updateStatus();
    updateJobSummary();
}

void MainWindow::showLibrary()
{
    m_tabs->setCurrentWidget(m_library);
    m_library->setJobs(m_core->monitor()->records());
    m_library->setSession(m_core->currentSession()); // reads again only for another profile
}

void MainWindow::updateShowImageAction()
{
    const int row = m_core->monitor()->rowOf(m_view->currentLocalId());
    m_showImageAction->setEnabled(row >= 0 && !m_core->monitor()->at(row).imageIds.isEmpty());
}

void MainWindow::showImageOfCurrentJob()
{
    const int row = m_core->monitor()->rowOf(m_view->currentLocalId());
    if (row < 0 || m_core->monitor()->at(row).imageIds.isEmpty())
        return;
    const QString imageId = m_core->monitor()->at(row).imageIds.constFirst();
    showLibrary();
    m_library->showImage(imageId);
}

void MainWindow::handleProfileChanged()
{
    CloudSession *session = m_core->currentSession();
    if (m_tabs->currentWidget() == m_library)
        m_library->setSession(session); // the other profile's images
    if (session != m_session) {
        if (m_session) {
            m_session->auth()->disconnect(this);
            if (m_session->akSk())
                m_session->akSk()->disconnect(this);
        }
        m_session = session;
        m_passwordDeclined.clear();
        if (session) {
            connect(session->auth(), &KeystoneSession::authenticated, this, [this] {
                setConnection(Connection::Connected);
            });
            connect(session->auth(),
                &KeystoneSession::authenticationFailed,
                this,
                [this, session](
                    const ApiError &error) { handleAuthenticationFailed(session, error); });
            if (AkSkAuth *aksk = session->akSk()) { // an AK/SK profile signs instead
                connect(aksk, &AkSkAuth::authenticated, this, [this] {
                    setConnection(Connection::Connected);
                });
                connect(aksk, &AkSkAuth::authenticationFailed, this, [this](const ApiError &e) {
                    setConnection(Connection::Failed, e.userMessage());
                });
            }
        }
        if (m_connection != Connection::StartingDemo)
            setConnection(
                session && session->isConnected() ? Connection::Connected : Connection::None);
        // The demo profile connects once its cloud has started (demoCloudReady); any other
        // profile signs in now, so a missing password is asked for at once.
        if (session && session->profile().family != CloudFamily::Demo && !session->isConnected())
            connectCurrentSession();
    }
    populateProfileSwitcher();
    updateStatus();
}

void MainWindow::connectCurrentSession()
{
    if (!m_session)
        return;
    setConnection(Connection::Connecting);
    QPointer<CloudSession> session = m_session;
    m_session->connectToCloud(this, [this, session](const ApiError &error) {
        if (session != m_session)
            return; // switched meanwhile
        setConnection(error ? Connection::Failed : Connection::Connected,
            error ? error.userMessage() : QString());
        // Refused earlier: the session answers at once without asking the cloud (and without
        // authenticationFailed); the operator who comes back to the profile is asked again.
        if (error && session && session->auth()->credentialsRejected())
            handleAuthenticationFailed(session, error);
    });
}

void MainWindow::handleAuthenticationFailed(CloudSession *session, const ApiError &error)
{
    setConnection(Connection::Failed, error.userMessage());
    // No password in memory after a failure means the keychain gave none: nothing stored
    // (KeystoneSession's "no password is stored" error) or the keychain could not be read. A
    // password the identity service refused is asked for again, once: the session sends no
    // further token request with it (credentialsRejected), so the account cannot be locked.
    // Only a password is asked for here; the other methods' secrets are set in the profile
    // editor.
    if (!session || session->profile().family == CloudFamily::Demo
        || session->profile().authMethod != AuthMethod::Password)
        return;
    const bool refused = session->auth()->hasPassword() && session->auth()->credentialsRejected();
    if (session->auth()->hasPassword() && !refused)
        return;
    if (m_passwordPrompt || m_passwordDeclined.contains(session->profile().id))
        return;
    askForPassword(session,
        refused || error.kind == ApiError::Kind::Configuration
            ? error.userMessage()
            : tr("No password is stored in the system keychain for this profile."));
}

void MainWindow::askForPassword(CloudSession *session, const QString &reason)
{
    const CloudProfile profile = session->profile();
    auto *prompt = new PasswordPrompt(profile.name, profile.userName, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setReason(reason);
    const QString id = profile.id;
    connect(prompt, &QDialog::accepted, this, [this, prompt, id] {
        applyPassword(id, prompt->password(), prompt->saveInKeychain());
    });
    connect(prompt, &QDialog::rejected, this, [this, id] { m_passwordDeclined.insert(id); });
    m_passwordPrompt = prompt;
    prompt->open(); // window-modal, no nested event loop
}

void MainWindow::applyPassword(const QString &profileId, const QString &password, bool save)
{
    CloudSession *session = m_core->session(profileId);
    if (!session || password.isEmpty())
        return;
    session->auth()->setPassword(password);
    if (session == m_session)
        setConnection(Connection::Connecting);
    QPointer<CloudSession> guard = session;
    session->connectToCloud(this, [this, guard, profileId, password, save](const ApiError &error) {
        if (!guard)
            return;
        if (error) {
            if (error.kind == ApiError::Kind::Unauthorized) {
                // Refused: forget it (it is not stored) and ask again.
                guard->auth()->setPassword({});
                if (!m_passwordPrompt)
                    askForPassword(guard, error.userMessage());
            }
            return;
        }
        // Stored only once the cloud accepted it, so a typo never lands in the keychain.
        if (save) {
            SecretStore *secrets = m_core->secrets();
            const QString key = SecretStore::keyFor(profileId, SecretKind::Password);
            auto *watch = new QObject(this); // one answer, then gone
            connect(secrets, &SecretStore::writeDone, watch, [watch, key](const QString &k) {
                if (k == key)
                    watch->deleteLater();
            });
            connect(secrets,
                &SecretStore::failed,
                watch,
                [this, watch, key](const QString &k, SecretError, const QString &detail) {
                    if (k != key)
                        return;
                    watch->deleteLater();
                    //: Status bar. %1 = the keychain's reason
                    statusBar()->showMessage(
                        tr("The password could not be saved in the system keychain (%1); it is "
                           "used for this session only.")
                            .arg(detail),
                        15000);
                });
            secrets->write(key, password);
        }
        m_core->monitor()->pollProfileNow(profileId);
    });
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
    m_insecureBanner->setInsecureProfile(
        profile && profile->tlsMode == TlsMode::Insecure, profile ? profile->name : QString());

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
    QString tip = m_connectionError;
    if (profile && m_core->monitor()->isCloudUnreachable(profile->id)) {
        // The monitor's polls got no answer: its jobs wait, and one probe asks again.
        state = tr("Cloud not reachable");
        tip = tr("The cloud of this profile does not answer. Its jobs keep their state and are "
                 "asked again as soon as it answers.");
    }
    m_connectionLabel->setText(state);
    m_connectionLabel->setToolTip(tip);

    const bool hasSession = m_core->currentSession() != nullptr;
    m_createAction->setEnabled(hasSession);
    m_createAction->setStatusTip(hasSession ? QString()
                                            : tr("Create image needs a cloud profile: start the "
                                                 "demo cloud from the File menu."));
    m_demoAction->setEnabled(m_connection != Connection::StartingDemo);
}

void MainWindow::announceReachability(const QString &profileId, bool reachable)
{
    updateStatus();
    const std::optional<CloudProfile> profile = m_core->profiles()->profile(profileId);
    if (!profile)
        return;
    //: Status bar. %1 = cloud profile name
    statusBar()->showMessage(reachable
            ? tr("The cloud of %1 answers again: its jobs are being asked.").arg(profile->name)
            : tr("The cloud of %1 cannot be reached: its jobs wait for it.").arg(profile->name),
        15000);
}

void MainWindow::updateJobSummary()
{
    int running = 0;
    for (const JobRecord &r : m_core->monitor()->records())
        running += r.isTerminal() ? 0 : 1;
    //: Status bar. %n = image jobs still running on the cloud
    m_jobsLabel->setText(running > 0 ? tr("%n image job(s) running", nullptr, running) : QString());
}

std::pair<QString, QString> MainWindow::jobEndNotice(const JobRecord &record)
{
    switch (record.state) {
    case JobState::Succeeded:
        //: Notification title. %1 = image name
        return {tr("Image created: %1").arg(record.name),
            //: %1 = image IDs
            tr("Image ID: %1").arg(record.imageIds.join(u", "_s))};
    case JobState::Failed:
        //: Notification title. %1 = image name
        return {tr("Image creation failed: %1").arg(record.name),
            record.failReason.isEmpty() ? record.displayStateText() : record.failReason};
    case JobState::Cancelled:
        //: Notification title. %1 = image name
        return {tr("Image job cancelled: %1").arg(record.name), record.displayStateText()};
    default:
        //: Notification title. %1 = image name
        return {tr("Image job needs attention: %1").arg(record.name), record.displayStateText()};
    }
}

bool MainWindow::isNews(const JobRecord &record, const QDateTime &openedAt)
{
    // A little slack: the cloud's clock may run behind ours.
    return !record.finished.isValid() || record.finished >= openedAt.addSecs(-60);
}

void MainWindow::announceRefusedSecret(const QString &profileId, SecretKind, const QString &why)
{
    if (m_profilesDialog && m_profilesDialog->isVisible())
        return; // the editor says it at the field and offers "Use for This Session Only"
    const std::optional<CloudProfile> profile = m_core->profiles()->profile(profileId);
    //: Notice above the monitor. %1 = the profile's name, %2 = the keychain's reason
    const QString text =
        tr("The system keychain did not save a secret of the profile \"%1\" (%2). Open Cloud "
           "Profiles… to save it again or to use it for this session only.")
            .arg(profile ? profile->name : profileId, why);
    if (m_noticeBar->text().isEmpty())
        m_noticeBar->showNotice(text);
    else // the job history's notice stays; this one goes to the status bar
        statusBar()->showMessage(text, 30000);
}

void MainWindow::announceJobEnd(const QString &localId)
{
    const int row = m_core->monitor()->rowOf(localId);
    if (row < 0 || !isNews(m_core->monitor()->at(row), m_openedAt))
        return;
    const auto [title, text] = jobEndNotice(m_core->monitor()->at(row));
    statusBar()->showMessage(title, 15000);
    if (isActiveWindow() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    const JobState state = m_core->monitor()->at(row).state;
    m_tray->showMessage(title,
        text,
        state == JobState::Succeeded ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
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
