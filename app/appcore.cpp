#include "appcore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

#include "auth/keystonesession.h"
#include "cli/openstackenv.h"
#include "cloud/cloudsession.h"
#include "cloud/democloudlauncher.h"
#include "cloud/profilestore.h"
#include "iwversion.h"
#include "jobs/environmentprofiles.h"
#include "jobs/jobmonitor.h"
#include "logging.h"
#include "model/imsjob.h"
#include "net/proxyresolver.h"
#include "net/restclient.h"
#include "net/restjob.h"
#include "profiles/profilesecretwriter.h"
#include "secrets/keychainstore.h"

using namespace Qt::StringLiterals;

namespace {

QString dataDirFor(const AppCore::Options &o)
{
    return o.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               : o.dataDir;
}

} // namespace

AppCore::AppCore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new RestClient({}, this))
    , m_profiles(new ProfileStore(m_options.settingsPath, this))
    , m_monitor(
          new JobMonitor(JobStore(QDir(dataDirFor(m_options)).filePath(u"jobs.sqlite"_s)), this))
    , m_demo(new DemoCloudLauncher(this))
    , m_secrets(m_options.secrets ? m_options.secrets : new KeychainStore(this))
    , m_sessionSecrets(new SessionFirstStore(m_secrets, this))
    , m_secretWriter(new ProfileSecretWriter(this, this))
{
    m_monitor->setSessionResolver([this](const QString &id) -> CloudSession * {
        // While the bundled demo cloud starts, its new address is not known yet: its jobs wait
        // (pollProfileNow() wakes them) instead of knocking on the previous run's port.
        if (id == demoProfileId() && m_demoStarting)
            return nullptr;
        if (CloudSession *s = session(id))
            return s;
        // A job `imagewright submit` sent with OS_* variables: followed with the saved profile
        // of the same cloud, user, project and region, if there is one.
        const QString saved = savedProfileFor(id);
        return saved.isEmpty() ? nullptr : session(saved);
    });
    if (!m_options.demoProgram.isEmpty())
        m_demo->setProgram(m_options.demoProgram);
    // The demo profile keeps its state, so a restart of the app sees the same jobs.
    m_demo->setStateDir(QDir(dataDirFor(m_options)).filePath(u"democloud"_s));
    m_demo->setExtraArguments(m_options.demoArguments);
    connect(m_demo, &DemoCloudLauncher::started, this, &AppCore::handleDemoStarted);
    connect(m_demo, &DemoCloudLauncher::failed, this, [this](const QString &message) {
        m_demoStarting = false;
        Q_EMIT demoCloudFailed(message);
    });
    connect(m_profiles, &ProfileStore::changed, this, &AppCore::currentProfileChanged);
    connect(m_profiles, &ProfileStore::changed, this, &AppCore::dropStaleSessions);
    connect(m_profiles, &ProfileStore::changed, this, &AppCore::followEnvironmentJobs);
    m_monitor->setSavesInBackground(m_options.savesInBackground);
    if (m_options.headless) {
        m_monitor->setAdoptForeignJobs(false);
        m_monitor->setLooksUpByItself(false); // JobWatch looks up, and says so each time
    } else if (m_options.historyInBackground) {
        connect(m_monitor, &JobMonitor::historyLoaded, m_monitor, &JobMonitor::watchStore);
        m_monitor->restoreInBackground();
    } else {
        m_monitor->restore();
        m_monitor->watchStore(); // jobs submitted headless appear here
    }
}

void AppCore::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Imagewright"_s);
    QCoreApplication::setApplicationName(u"imagewright"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IW_VERSION_STRING));
}

AppCore::~AppCore()
{
    // Jobs stop polling before the sessions and the client go.
    delete m_monitor;
    m_monitor = nullptr;
}

QString AppCore::demoProfileId()
{
    return u"demo"_s;
}

bool AppCore::hasDemoProfile() const
{
    return m_profiles->profile(demoProfileId()).has_value();
}

QString AppCore::savedProfileFor(const QString &jobProfileId) const
{
    if (!jobProfileId.startsWith(u"env-"))
        return {};
    const QList<CloudProfile> saved = m_profiles->profiles();
    for (const CloudProfile &p : saved) {
        if (OpenStackEnv::environmentIdsOf(p).contains(jobProfileId))
            return p.id;
    }
    return {};
}

bool AppCore::isUnfollowedEnvironment(const QString &jobProfileId) const
{
    return jobProfileId.startsWith(u"env-") && !m_profiles->profile(jobProfileId)
        && savedProfileFor(jobProfileId).isEmpty();
}

std::optional<CloudProfile> AppCore::environmentProfile(const QString &jobProfileId) const
{
    if (!jobProfileId.startsWith(u"env-"))
        return std::nullopt;
    return EnvironmentProfiles(m_monitor->store().path()).find(jobProfileId);
}

void AppCore::followEnvironmentJobs()
{
    QSet<QString> environments;
    for (const JobRecord &r : m_monitor->records()) {
        if (!r.isTerminal() && r.profileId.startsWith(u"env-"))
            environments.insert(r.profileId);
    }
    QSet<QString> followed;
    for (const QString &id : std::as_const(environments)) {
        if (savedProfileFor(id).isEmpty())
            continue;
        followed.insert(id);
        if (!m_followedEnvironments.contains(id))
            m_monitor->pollProfileNow(id); // until now they waited for a session
    }
    m_followedEnvironments = followed;
}

CloudSession *AppCore::session(const QString &profileId)
{
    if (CloudSession *s = m_sessions.value(profileId))
        return s;
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return nullptr;
    auto *s = new CloudSession(m_client, *profile, this);
    // The secret of the profile's auth method comes from the keychain when first needed, and
    // is then held in memory for this session only (the demo: its published password).
    s->useSecretsFrom(m_sessionSecrets);
    m_sessions.insert(profileId, s);
    return s;
}

void AppCore::useForSessionOnly(const QString &profileId, SecretKind kind, const QString &secret)
{
    m_sessionSecrets->keepForSession(SecretStore::keyFor(profileId, kind), secret);
    if (CloudSession *s = m_sessions.value(profileId)) {
        s->useSecretsFrom(m_sessionSecrets); // what it held from before is forgotten
        s->signOut();                        // the next call signs in with it
    }
}

bool AppCore::usesSessionOnlySecret(const QString &profileId, SecretKind kind) const
{
    return m_sessionSecrets->holdsSessionCopy(SecretStore::keyFor(profileId, kind));
}

void AppCore::secretsChanged(const QString &profileId)
{
    forgetSessionCopies(profileId);
    if (CloudSession *s = m_sessions.value(profileId))
        s->useSecretsFrom(m_sessionSecrets);
}

void AppCore::forgetSessionCopies(const QString &profileId)
{
    for (const SecretKind kind : {SecretKind::Password,
             SecretKind::ApplicationCredentialSecret,
             SecretKind::SecretKey,
             SecretKind::SecurityToken})
        m_sessionSecrets->forgetSessionCopy(SecretStore::keyFor(profileId, kind));
}

void AppCore::dropStaleSessions()
{
    // A session signed in with a profile's old address, user or project must not go on
    // serving it: the next use makes a new one from the saved profile.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const auto saved = m_profiles->profile(it.key());
        if (!saved)
            forgetSessionCopies(it.key()); // a deleted profile's session copies go with it
        if (!saved || saved->toJson() != it.value()->profile().toJson()) {
            it.value()->deleteLater(); // its requests in flight end as aborted, then retried
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
}

CloudSession *AppCore::currentSession()
{
    const auto p = m_profiles->current();
    return p ? session(p->id) : nullptr;
}

void AppCore::startDemoCloud()
{
    if (m_demo->isRunning()) {
        handleDemoStarted(m_demo->authUrl());
        return;
    }
    m_demoStarting = true;
    m_demo->start();
}

void AppCore::handleDemoStarted(const QUrl &authUrl)
{
    m_demoStarting = false;
    const bool firstTime = !hasDemoProfile();
    CloudProfile profile = CloudProfile::demo(authUrl);
    if (!firstTime)
        profile.name = m_profiles->profile(demoProfileId())->name;
    // The port changes with every start: a session made for the old address goes first.
    if (CloudSession *old = m_sessions.take(profile.id))
        old->deleteLater();
    m_profiles->upsert(profile);
    m_profiles->setCurrent(profile.id);
    if (firstTime)
        importSampleHistory(profile);
    else
        Q_EMIT sampleHistoryLoaded(0);
    m_monitor->pollProfileNow(profile.id);
    Q_EMIT demoCloudReady();
}

void AppCore::importSampleHistory(const CloudProfile &profile)
{
    QUrl url = profile.authUrl;
    url.setPath(u"/__demo/sample-history"_s);
    RestRequest request;
    request.url = url;
    // The demo cloud's own control endpoint, on loopback: never through a proxy.
    request.proxy = ProxyResolver::forProfile(profile);
    RestJob *job = m_client->create(request, this);
    connect(job, &RestJob::finished, this, [this, profile](RestJob *j) {
        int added = 0;
        if (j->error()) {
            qCWarning(lcDemo) << "no sample history:" << j->error().message;
        } else {
            const QJsonArray jobs = j->json().object().value(u"jobs"_s).toArray();
            const QString label = u"%1 · %2"_s.arg(profile.name, profile.region);
            for (const QJsonValue &v : jobs) {
                const QJsonObject o = v.toObject();
                const auto method = CreationMethods::fromKey(o.value(u"method"_s).toString());
                const QString jobId = o.value(u"job_id"_s).toString();
                if (jobId.isEmpty())
                    continue;
                m_monitor->trackImsJob(profile.id,
                    label,
                    method.value_or(CreationMethod::ImsEcs),
                    o.value(u"name"_s).toString(),
                    jobId,
                    ImsJob::parseTime(o.value(u"created_at"_s).toString()));
                ++added;
            }
        }
        Q_EMIT sampleHistoryLoaded(added);
    });
    job->start();
}
