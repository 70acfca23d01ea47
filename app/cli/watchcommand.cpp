#include "cli/watchcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "appcore.h"
#include "cli/clioutput.h"
#include "cli/commandlinecloud.h"
#include "cli/interruptwatcher.h"
#include "cli/jobwatch.h"
#include "cli/localfileupload.h"
#include "cli/submitcommand.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "jobs/jobmonitor.h"

using namespace Qt::StringLiterals;

std::optional<WatchCommand::Options> WatchCommand::parseArguments(
    const QStringList &arguments, QString *error, bool *helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Follows one job of the job monitor to its end, looking it up by its marker first "
           "when its outcome is unknown; prints what submit --wait prints."));
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption timeout(u"timeout"_s,
        tr("Give up waiting after this many seconds (exit code 4; the job stays in the "
           "monitor)."),
        tr("seconds", "command line value name"));
    parser.addOptions({help, timeout});
    parser.addPositionalArgument(u"watch"_s, tr("The command."));
    parser.addPositionalArgument(
        u"id"_s, tr("The job: its local id, its cloud job id, its marker or an image id."));

    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        if (helpShown)
            *helpShown = true;
        if (error)
            *error = parser.helpText();
        return std::nullopt;
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == u"watch")
        positional.removeFirst();
    if (positional.isEmpty() || positional.constFirst().trimmed().isEmpty())
        return fail(tr("Give the job: imagewright watch ID (see imagewright jobs)"));
    if (positional.size() > 1)
        //: %1 = the unexpected argument
        return fail(tr("Unexpected argument: %1").arg(positional.at(1)));
    Options o;
    o.id = positional.constFirst().trimmed();
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0)
            //: %1 = the value given
            return fail(tr("--timeout needs a whole number of seconds above 0, not \"%1\".")
                            .arg(parser.value(timeout)));
        o.timeoutSeconds = seconds;
    }
    return o;
}

int WatchCommand::run(const QStringList &arguments)
{
    QString error;
    bool helpShown = false;
    const auto options = parseArguments(arguments, &error, &helpShown);
    if (!options)
        return CliOutput::refused(error, helpShown);
    WatchCommand command(*options);
    QTimer::singleShot(0, &command, &WatchCommand::start);
    return QCoreApplication::exec();
}

QList<JobRecord> WatchCommand::matching(const QList<JobRecord> &records, const QString &id)
{
    QList<JobRecord> out;
    for (const JobRecord &r : records) {
        if (r.localId == id || (!r.jobId.isEmpty() && r.jobId == id)
            || (!r.marker.isEmpty() && r.marker == id) || r.imageIds.contains(id))
            out << r;
    }
    return out;
}

WatchCommand::WatchCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &WatchCommand::handleTimeout);
}

WatchCommand::~WatchCommand()
{
    delete m_interrupt;
    m_watch.reset();
    m_core.reset(); // the monitor writes what is pending before the sessions go
}

void WatchCommand::start()
{
    m_interrupt = new InterruptWatcher(this);
    connect(m_interrupt, &InterruptWatcher::interrupted, this, &WatchCommand::handleInterrupt);

    AppCore::Options coreOptions;
    coreOptions.headless = true;
    m_core = std::make_unique<AppCore>(coreOptions);
    connect(m_core->monitor(), &JobMonitor::storeNoticeChanged, this, &CliOutput::message);

    QString error;
    const QList<JobRecord> records = m_core->monitor()->store().load(&error);
    if (!error.isEmpty()) {
        //: %1 = why the job history cannot be read
        CliOutput::message(tr("The job history cannot be read: %1").arg(error));
        finish(SubmitCommand::AuthOrConnection);
        return;
    }
    const QList<JobRecord> found = matching(records, m_options.id);
    if (found.isEmpty()) {
        //: %1 = the id given
        CliOutput::message(tr("No job of the monitor is named \"%1\" (local id, job id, marker or "
                        "image id; see imagewright jobs).")
                         .arg(m_options.id));
        finish(SubmitCommand::InvalidRequest);
        return;
    }
    if (found.size() > 1) {
        QStringList ids;
        for (const JobRecord &r : found)
            ids << r.localId;
        //: %1 = the id given, %2 = the local ids of the jobs it names
        CliOutput::message(tr("\"%1\" names several jobs: %2. Give the local id of one.")
                         .arg(m_options.id, ids.join(u", "_s)));
        finish(SubmitCommand::InvalidRequest);
        return;
    }
    m_record = found.constFirst();
    if (m_record.isForeign()) {
        //: %1 = the job's kind or state as a newer version wrote it
        CliOutput::message(tr("This job was written by a newer version of Imagewright (%1); this "
                        "version cannot follow it.")
                         .arg(m_record.kindText()));
        CliOutput::line(u"status=needs-attention"_s);
        finish(SubmitCommand::OutcomeUnknown);
        return;
    }
    CliOutput::line(u"job_id="_s + (m_record.jobId.isEmpty() ? m_record.localId : m_record.jobId));
    if (m_record.state == JobState::Succeeded || m_record.state == JobState::Failed) {
        connected({}); // its end is known: nothing to ask
        return;
    }
    if (m_record.isIncompleteUpload()) {
        CliOutput::message(tr("The image file's upload is incomplete: the image stays queued until "
                        "the upload is resumed in the job monitor (Resume Upload), or deleted "
                        "there."));
        CliOutput::line(u"status=incomplete"_s);
        finish(SubmitCommand::OutcomeUnknown);
        return;
    }
    if (!useSession())
        return;
    //: %1 = auth URL
    CliOutput::message(tr("Signing in at %1…")
                     .arg(m_session->profile().authUrl.toString(QUrl::RemoveUserInfo)));
    m_session->connectToCloud(this, [this](const ApiError &e) { connected(e); });
}

bool WatchCommand::useSession()
{
    const QString profileId = m_record.profileId;
    const bool saved = m_core->profiles()->profile(profileId).has_value();
    if (saved) {
        m_session = m_core->session(profileId); // its secret from the keychain
    } else {
        const CommandLineCloud::Result cloud = CommandLineCloud::resolve(
            m_core.get(), QString(), std::nullopt, this, &CliOutput::message);
        if (cloud.exitCode != 0) {
            finish(cloud.exitCode);
            return false;
        }
        if (cloud.profile.id != profileId) {
            //: %1 = the cloud the job belongs to (profile name or auth URL)
            CliOutput::message(tr("This job belongs to another cloud or user (%1) than the OS_* "
                            "variables name: set the ones it was submitted with.")
                             .arg(m_record.cloudLabel));
            finish(SubmitCommand::AuthOrConnection);
            return false;
        }
        m_session = cloud.session; // the monitor's resolver hands it out for this profile id
    }
    if (!m_session) {
        CliOutput::message(tr("The cloud profile could not be opened."));
        finish(SubmitCommand::AuthOrConnection);
        return false;
    }
    return true;
}

void WatchCommand::connected(const ApiError &error)
{
    if (m_finished)
        return;
    if (error) {
        //: %1 = why signing in failed
        CliOutput::message(tr("Could not sign in: %1").arg(error.userMessage()));
        finish(SubmitCommand::AuthOrConnection);
        return;
    }
    JobMonitor *monitor = m_core->monitor();
    const QString localId = m_record.localId;
    // This job only: every other job of the store stays with the process that follows it.
    monitor->restore([localId](const JobRecord &r) { return r.localId == localId; });
    m_watch = std::make_unique<JobWatch>(monitor, localId, [this](int code) { finish(code); });
    m_watch->start(this);
    if (m_options.timeoutSeconds > 0)
        m_timeout.start(m_options.timeoutSeconds * 1000);
    const int row = monitor->rowOf(localId);
    const JobState state = row >= 0 ? monitor->at(row).state : m_record.state;
    if (state == JobState::NeedsAttention || state == JobState::NotWatched
        || state == JobState::Cancelled) {
        CliOutput::message(state == JobState::NeedsAttention
                ? tr("The job's outcome is unknown: looking it up by its marker…")
                : tr("Watching the job again…"));
        m_watch->lookingUp(true);
        monitor->pollNow(localId); // reconciles a job whose outcome is unknown
    } else if (state == JobState::Running && row >= 0 && monitor->at(row).obsImport
        && monitor->at(row).jobId.isEmpty()) {
        // A local file's upload that stopped (a kill, a lost connection): go on with it; the
        // bucket's parts are listed and only the missing ones sent.
        m_localUpload = std::make_unique<LocalFileUpload>(
            monitor, localId, [this](int code) { finish(code); });
        m_localUpload->start(this);
        CliOutput::message(tr("Resuming the upload to OBS…"));
        if (!monitor->resumeUpload(localId))
            CliOutput::message(tr("The upload is running in another process; watching it."));
    } else if (state == JobState::Running || state == JobState::Submitting) {
        CliOutput::message(tr("Waiting for the cloud to finish the image…"));
    }
    m_watch->check();
}

void WatchCommand::handleTimeout()
{
    if (m_finished)
        return;
    //: %n = seconds
    CliOutput::message(tr("Still running after %n second(s). The job stays in the monitor, which "
                    "follows it to the end.",
        nullptr,
        m_options.timeoutSeconds));
    CliOutput::line(u"status=timeout"_s);
    if (m_localUpload)
        m_localUpload->pause();
    finish(SubmitCommand::OutcomeUnknown);
}

void WatchCommand::handleInterrupt()
{
    if (m_finished)
        return;
    if (!m_localUpload || !m_localUpload->pause())
        CliOutput::message(
            tr("Interrupted. The cloud carries on with the job; the monitor follows it."));
    finish(SubmitCommand::Interrupted);
}

void WatchCommand::finish(int code)
{
    if (m_finished)
        return;
    if (m_core
        && LocalFileUpload::holdsEnd(
            m_core->monitor(), m_record.localId, this, [this, code] { finish(code); }))
        return; // the uploaded object is deleted first (keep_object false)
    m_finished = true;
    m_timeout.stop();
    if (m_core) // the store is current before the process ends
        code = JobWatch::saveAtExit(m_core->monitor(), m_record.localId, code);
    QCoreApplication::exit(code);
}
