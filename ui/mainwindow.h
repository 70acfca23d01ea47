#pragma once

#include <utility>

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include "net/apierror.h"

enum class SecretKind;

class AppCore;
class CreateImageWizard;
class InsecureBanner;
class NoticeBar;
class HistoryRetention;
class ImageLibraryView;
class JobMonitorView;
class LanguageManager;
class PasswordPrompt;
class ProfilesDialog;
class QAction;
class QActionGroup;
class QComboBox;
class QSystemTrayIcon;
class QTabWidget;
struct JobRecord;
class QLabel;
class QMenu;
class QToolBar;
class CloudSession;

/// The main window: the job monitor and the image library as tabs in the middle, "Create image…"
/// in the File menu and the toolbar, the language menu, and a status bar with the current
/// profile, the connection state and the number of running jobs. `languages` may be null (no
/// language menu then).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(AppCore *core, LanguageManager *languages, QWidget *parent = nullptr);
    /// What the end of `record` is announced with: a title and one line (translated).
    static std::pair<QString, QString> jobEndNotice(const JobRecord &record);
    /// Whether the end of `record` is news for a window opened at `openedAt`: it ended after
    /// that (by the cloud's end time where the API gives one), not days before, as the demo
    /// cloud's sample history did when its jobs were first looked at.
    static bool isNews(const JobRecord &record, const QDateTime &openedAt);
    /// The tray icon notifications go to; null until the first one (or no tray available).
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    ~MainWindow() override;

    JobMonitorView *monitorView() const { return m_view; }
    /// Keeps the window's geometry, its toolbars and the monitor's columns in the settings
    /// (done when the window closes); the constructor restores them.
    void saveLayout() const;
    /// The "Images" tab beside the job monitor (issue 13).
    ImageLibraryView *libraryView() const { return m_library; }
    /// Shows the Images tab with the current profile's images (read when first shown).
    void showLibrary();
    /// Opens the Create image wizard (non-modal, so the monitor keeps moving beside it), or
    /// raises the open one. Null when there is no current profile.
    CreateImageWizard *openCreateWizard();
    /// Opens the profile editor (non-modal), or raises the open one.
    ProfilesDialog *showProfiles();
    void startDemoCloud();
    /// The open "password needed" prompt, if any (tests fill and accept it).
    PasswordPrompt *passwordPrompt() const;
    QComboBox *profileSwitcher() const { return m_profileSwitcher; }

protected:
    void changeEvent(QEvent *event) override;
    /// Window close and File > Quit: while image file uploads run in this process, asks
    /// whether to quit (each upload is cancelled, its job recorded as an incomplete upload,
    /// then the window closes) or keep running (nothing closes).
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Connection
    {
        None,
        StartingDemo,
        Connecting,
        Connected,
        Failed
    };

    void buildActions();
    void buildMenus();
    void retranslateUi();
    void handleProfileChanged();
    void populateProfileSwitcher();
    void connectCurrentSession();
    void handleAuthenticationFailed(CloudSession *session, const ApiError &error);
    /// Asks for the password of a profile whose session has none (nothing stored, or the
    /// keychain could not be read); then signs in with it and, if chosen, stores it.
    void askForPassword(CloudSession *session, const QString &reason);
    void applyPassword(const QString &profileId, const QString &password, bool save);
    void setConnection(Connection state, const QString &error = {});
    void updateStatus();
    void updateJobSummary();
    /// A job reached its end: said in the status bar, and by a tray notification when the
    /// window is not the active one (the operator is elsewhere while the cloud works).
    void announceJobEnd(const QString &localId);
    void announceRefusedSecret(const QString &profileId, SecretKind kind, const QString &why);
    void announceReachability(const QString &profileId, bool reachable);
    void showAbout();
    /// "Show Image": the current job's first image, in the library.
    void showImageOfCurrentJob();
    void updateShowImageAction();
    /// The jobs whose upload runs in this process now.
    QStringList runningUploads() const;
    /// Quitting waits for its cancelled uploads: closes once none is left.
    void closeWhenUploadsEnded();

    AppCore *m_core;
    QPointer<LanguageManager> m_languages;
    QPointer<CloudSession> m_session;
    QPointer<CreateImageWizard> m_wizard;
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<PasswordPrompt> m_passwordPrompt;
    QSet<QString> m_passwordDeclined; // profiles whose prompt was cancelled (until a switch)
    JobMonitorView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    ImageLibraryView *m_library = nullptr;
    InsecureBanner *m_insecureBanner = nullptr;
    NoticeBar *m_noticeBar = nullptr;
    HistoryRetention *m_retention = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QDateTime m_openedAt = QDateTime::currentDateTimeUtc();
    Connection m_connection = Connection::None;
    QString m_connectionError;
    bool m_quitting = false;   // the operator chose to quit; uploads are being cancelled
    bool m_forceClose = false; // the cancelled uploads did not end in time: close anyway

    QMenu *m_fileMenu = nullptr;
    QMenu *m_jobMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_profileBar = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_showImageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_profileSwitcherLabel = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_jobsLabel = nullptr;
};
