#pragma once

#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include "cloud/cloudprofile.h"

class CloudSession;
class DemoCloudLauncher;
class JobMonitor;
class ProfileSecretWriter;
class ProfileStore;
class RestClient;
class SecretStore;
class SessionFirstStore;
enum class SecretKind;

/// The application without its widgets: the REST client, the profiles, one CloudSession per
/// profile, the job monitor and the bundled demo cloud. The GUI and the headless entry points
/// both sit on it. GUI thread.
class AppCore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCore)
public:
    struct Options
    {
        QString dataDir;           // empty: QStandardPaths::AppDataLocation
        QString settingsPath;      // empty: the default QSettings; else an INI file
        QString demoProgram;       // empty: the bundled one (DemoCloudLauncher::program())
        QStringList demoArguments; // extra arguments for the demo cloud (e.g. --job-seconds 3)
        /// Where secrets live; null: the OS keychain (KeychainStore). Tests pass a MemoryStore.
        SecretStore *secrets = nullptr;
        /// Headless (`imagewright submit`): the stored jobs are neither resumed nor watched;
        /// the monitor follows only what this process submits, and its saves keep the
        /// others' records (JobStore merges).
        bool headless = false;
        /// The GUI: the stored jobs are read on a worker thread (JobMonitor::
        /// restoreInBackground), and the store is watched once they are in.
        bool historyInBackground = false;
        /// The GUI: routine saves of the job store are written on a worker thread
        /// (JobMonitor::setSavesInBackground), so no write holds up a frame.
        bool savesInBackground = false;
    };

    /// Organization and application names (they decide the settings and data folders, hence
    /// the profiles and the job store) and the version. The GUI and the headless entry points
    /// both call it, right after creating their application object, so they share one store.
    static void setApplicationIdentity();

    explicit AppCore(Options options, QObject *parent = nullptr);
    ~AppCore() override;

    RestClient *client() const { return m_client; }

    /// The saved profile that follows jobs filed under `jobProfileId` when that is the id of
    /// OS_* variables (`imagewright submit` in a shell): the one with the same auth URL, user,
    /// project and region (OpenStackEnv::environmentIdsOf). Empty when there is none.
    QString savedProfileFor(const QString &jobProfileId) const;
    /// Whether jobs filed under `jobProfileId` came from OS_* variables (or OS_CLOUD) that no
    /// saved profile matches: shown, but neither polled nor reconciled until one is saved.
    bool isUnfollowedEnvironment(const QString &jobProfileId) const;
    /// The connection data `imagewright submit` kept for such jobs (EnvironmentProfiles), to
    /// start a saved profile from; none for jobs an earlier version submitted.
    std::optional<CloudProfile> environmentProfile(const QString &jobProfileId) const;
    ProfileStore *profiles() const { return m_profiles; }
    JobMonitor *monitor() const { return m_monitor; }
    DemoCloudLauncher *demoCloud() const { return m_demo; }
    SecretStore *secrets() const { return m_secrets; }
    /// Where the profile editor's secrets are written (and removed): owned here, so a write's
    /// outcome outlives the window that asked for it.
    ProfileSecretWriter *secretWriter() const { return m_secretWriter; }
    const Options &options() const { return m_options; }

    /// The session of a saved profile (made on first use), or null for an unknown id.
    CloudSession *session(const QString &profileId);
    CloudSession *currentSession();

    /// "Use for this session only": the keychain refused `secret`, so the profile's sessions
    /// (this one and any made later until the app quits) use it from memory. Nothing is
    /// written anywhere. An empty secret forgets the copy.
    void useForSessionOnly(const QString &profileId, SecretKind kind, const QString &secret);
    bool usesSessionOnlySecret(const QString &profileId, SecretKind kind) const;
    /// The keychain now holds the profile's secrets (saved again): a session-only copy goes,
    /// and the session reads the keychain at its next sign-in.
    void secretsChanged(const QString &profileId);

    /// Starts the bundled demo cloud and makes (or updates) the "Demo cloud (local)" profile,
    /// current. The first time, the demo cloud's sample history is added to the monitor.
    void startDemoCloud();
    bool hasDemoProfile() const;
    static QString demoProfileId();

Q_SIGNALS:
    void demoCloudReady();
    void demoCloudFailed(const QString &message); // translated
    void sampleHistoryLoaded(int jobs);
    void currentProfileChanged();

private:
    void handleDemoStarted(const QUrl &authUrl);
    void dropStaleSessions();
    /// A profile was saved: the running jobs of OS_* variables it now matches are polled now.
    void followEnvironmentJobs();
    void forgetSessionCopies(const QString &profileId);
    void importSampleHistory(const CloudProfile &profile);

    Options m_options;
    RestClient *m_client = nullptr;
    ProfileStore *m_profiles = nullptr;
    JobMonitor *m_monitor = nullptr;
    DemoCloudLauncher *m_demo = nullptr;
    SecretStore *m_secrets = nullptr;
    SessionFirstStore *m_sessionSecrets = nullptr; // what sessions read: session copies, keychain
    ProfileSecretWriter *m_secretWriter = nullptr;
    QHash<QString, CloudSession *> m_sessions;
    QSet<QString> m_followedEnvironments; // env ids a saved profile matched at the last change
    bool m_demoStarting = false;
};
