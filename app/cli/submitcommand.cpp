#include "cli/submitcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include "appcore.h"
#include "auth/akskauth.h"
#include "auth/aksksigner.h"
#include "auth/keystonesession.h"
#include "cli/clioutput.h"
#include "cli/commandlinecloud.h"
#include "cli/interruptwatcher.h"
#include "cli/jobwatch.h"
#include "cli/localfileupload.h"
#include "cloud/cloudsession.h"
#include "create/cinderuploadrequest.h"
#include "create/localfilerequest.h"
#include "jobs/environmentprofiles.h"
#include "jobs/jobmonitor.h"
#include "logging.h"
#include "upload/transferrate.h"

using namespace Qt::StringLiterals;

namespace {

QStringList familyKeys()
{
    return {u"huawei"_s, u"otc"_s, u"fjcloud"_s, u"openstack"_s};
}

/// IMS is offered by the Huawei family and the demo cloud only (interfaces.md §6).
bool offersMethod(CloudFamily family, CreationMethod method)
{
    if (!CreationMethods::isIms(method))
        return true;
    return family != CloudFamily::FjcloudO && family != CloudFamily::OpenStack;
}

} // namespace

std::optional<SubmitCommand::Options> SubmitCommand::parseArguments(
    const QStringList &arguments, QString *error, bool *helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends the request file to the cloud and records the job in the job monitor."));
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption profile(u"profile"_s,
        tr("The saved cloud profile to use (name or id). Without it, the OpenStack environment "
           "(OS_AUTH_URL, OS_USERNAME, ...) is used."),
        tr("name", "command line value name"));
    const QCommandLineOption wait(
        u"wait"_s, tr("Wait until the cloud has finished the image, then print its ID."));
    const QCommandLineOption timeout(u"timeout"_s,
        tr("Give up waiting after this many seconds (exit code 4; the job stays in the "
           "monitor)."),
        tr("seconds", "command line value name"));
    //: %1 = the list of family keys
    const QCommandLineOption family(u"family"_s,
        tr("The kind of cloud: %1. Default: guessed from the auth URL.")
            .arg(familyKeys().join(u", "_s)),
        tr("family", "command line value name"));
    const QCommandLineOption partSize(u"part-size"_s,
        tr("ims-local-file: the size of each uploaded part in MiB (5 to 5120). Default: at "
           "least 16, so that the file fits in 10,000 parts."),
        tr("MiB", "command line value name"));
    const QCommandLineOption parts(u"parts"_s,
        tr("ims-local-file: how many parts are sent at a time (1 to 64; default 4)."),
        tr("count", "command line value name"));
    parser.addOptions({help, profile, wait, timeout, family, partSize, parts});
    parser.addPositionalArgument(u"submit"_s, tr("The command."));
    parser.addPositionalArgument(
        u"request"_s, tr("The request file (JSON; see docs/request-files.md)."));

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
    if (!positional.isEmpty() && positional.constFirst() == u"submit")
        positional.removeFirst();
    if (positional.isEmpty())
        return fail(tr("Give the request file: imagewright submit REQUEST.json"));
    if (positional.size() > 1)
        //: %1 = the unexpected argument
        return fail(tr("Unexpected argument: %1").arg(positional.at(1)));

    Options o;
    o.requestPath = positional.constFirst();
    o.profile = parser.value(profile);
    if (parser.isSet(profile) && o.profile.trimmed().isEmpty())
        return fail(tr("--profile needs a profile name."));
    o.wait = parser.isSet(wait);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0)
            //: %1 = the value given
            return fail(tr("--timeout needs a whole number of seconds above 0, not \"%1\".")
                            .arg(parser.value(timeout)));
        o.timeoutSeconds = seconds;
    }
    if (parser.isSet(partSize)) {
        bool ok = false;
        o.partSizeMiB = parser.value(partSize).toInt(&ok);
        if (!ok || o.partSizeMiB < 5 || o.partSizeMiB > 5120)
            //: %1 = the value given
            return fail(tr("--part-size needs a whole number of MiB from 5 to 5120, not \"%1\".")
                            .arg(parser.value(partSize)));
    }
    if (parser.isSet(parts)) {
        bool ok = false;
        o.parallel = parser.value(parts).toInt(&ok);
        if (!ok || o.parallel < 1 || o.parallel > 64)
            //: %1 = the value given
            return fail(tr("--parts needs a whole number from 1 to 64, not \"%1\".")
                            .arg(parser.value(parts)));
    }
    if (parser.isSet(family)) {
        const QString key = parser.value(family).toLower();
        bool ok = false;
        const CloudFamily f = CloudProfile::familyFromKey(key, &ok);
        if (!ok || !familyKeys().contains(key))
            //: %1 = the value given, %2 = the accepted values
            return fail(tr("Unknown family \"%1\". Use one of: %2.")
                            .arg(parser.value(family), familyKeys().join(u", "_s)));
        o.family = f;
    }
    return o;
}

int SubmitCommand::run(const QStringList &arguments)
{
    QString error;
    bool helpShown = false;
    const auto options = parseArguments(arguments, &error, &helpShown);
    if (!options)
        return CliOutput::refused(error, helpShown);
    SubmitCommand command(*options);
    QTimer::singleShot(0, &command, &SubmitCommand::start);
    return QCoreApplication::exec();
}

SubmitCommand::SubmitCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &SubmitCommand::handleTimeout);
}

SubmitCommand::~SubmitCommand()
{
    delete m_interrupt; // the default Ctrl+C handling again
    m_core.reset();     // the monitor writes what is pending before the sessions go
}

bool SubmitCommand::installInterruptHandler()
{
    m_interrupt = new InterruptWatcher(this);
    connect(m_interrupt, &InterruptWatcher::interrupted, this, &SubmitCommand::handleInterrupt);
    return m_interrupt->isActive();
}

void SubmitCommand::start()
{
    if (!installInterruptHandler())
        qCWarning(lcJobs) << "no SIGINT handler; Ctrl+C ends the process at once";

    // 1. The request file: every local rule, every message; nothing is sent when one fails.
    RequestFile::Problems problems;
    m_request = RequestFile::load(m_options.requestPath, &problems);
    for (const QString &w : std::as_const(problems.warnings))
        //: %1 = a warning about the request file
        CliOutput::message(tr("warning: %1").arg(w));
    if (!m_request) {
        //: %1 = the request file's path
        CliOutput::message(tr("The request file %1 is not valid; nothing was sent:")
                         .arg(QDir::toNativeSeparators(m_options.requestPath)));
        for (const FieldError &e : std::as_const(problems.errors)) {
            if (e.field.isEmpty())
                CliOutput::message(u"  "_s + e.message);
            else
                //: One validation message. %1 = field path such as body.name, %2 = message
                CliOutput::message(tr("  %1: %2").arg(e.field, e.message));
        }
        finish(InvalidRequest);
        return;
    }
    resolveCredentials();
}

void SubmitCommand::resolveCredentials()
{
    AppCore::Options coreOptions;
    coreOptions.headless = true;
    m_core = std::make_unique<AppCore>(coreOptions);
    // The job history moved aside or written by a newer version: said on stderr, never silent.
    connect(m_core->monitor(), &JobMonitor::storeNoticeChanged, this, &CliOutput::message);

    CommandLineCloud::Result cloud = CommandLineCloud::resolve(
        m_core.get(), m_options.profile, m_options.family, this, &CliOutput::message);
    if (cloud.exitCode != 0) {
        finish(cloud.exitCode);
        return;
    }
    m_profile = cloud.profile;
    m_session = cloud.session;
    m_environment = cloud.environment;
    const bool familyKnown = cloud.familyKnown;

    m_family = m_options.family.value_or(m_profile.family);
    if (!offersMethod(m_family, m_request->method)) {
        //: %1 = method title, %2 = cloud family name
        const QString text = tr("%1 is not offered by %2 clouds.")
                                 .arg(CreationMethods::title(m_request->method),
                                     CloudProfile::familyDisplayName(m_family));
        if (familyKnown) {
            CliOutput::message(text);
            finish(InvalidRequest);
            return;
        }
        //: %1 = the sentence above
        CliOutput::message(tr("warning: %1 (The family was guessed from the auth URL; --family "
                        "says it.) Trying anyway.")
                         .arg(text));
    }
    if (m_request->method == CreationMethod::CinderUploadToImage) {
        // What depends on the cloud family is local too (seed 000: FJcloud-O takes only raw and
        // bare); the microversion is only known once asked, and the cloud checks that.
        const auto request = CinderUploadRequest::fromBody(
            m_request->body, m_request->params.value(u"volume_id"_s).toString(), nullptr);
        const FieldErrors errors = request ? request->validateFor(m_family, true) : FieldErrors{};
        if (!errors.isEmpty()) {
            CliOutput::message(tr("The request file %1 is not valid; nothing was sent:")
                             .arg(QDir::toNativeSeparators(m_options.requestPath)));
            for (const FieldError &e : errors)
                CliOutput::message(
                    tr("  %1: %2").arg(u"body.os-volume_upload_image."_s + e.field, e.message));
            finish(InvalidRequest);
            return;
        }
    }
    if (!m_session) {
        CliOutput::message(tr("The cloud profile could not be opened."));
        finish(AuthOrConnection);
        return;
    }
    if (m_request->method == CreationMethod::GlanceCreateUpload && m_session->signsRequests()
        && QFileInfo(m_request->resolvedFile()).size() > AkSkSigner::MaxSignedBodyBytes) {
        // Before signing in: nothing is sent (api-facts §1.5).
        CliOutput::message(AkSkAuth::bodyTooLargeMessage());
        finish(InvalidRequest);
        return;
    }
    //: %1 = auth URL
    CliOutput::message(tr("Signing in at %1…").arg(m_profile.authUrl.toString(QUrl::RemoveUserInfo)));
    m_session->connectToCloud(this, [this](const ApiError &error) { connected(error); });
}

void SubmitCommand::connected(const ApiError &error)
{
    if (m_finished)
        return;
    if (error) {
        //: %1 = why signing in failed
        CliOutput::message(tr("Could not sign in: %1").arg(error.userMessage()));
        finish(AuthOrConnection);
        return;
    }
    const bool nova = m_request->method == CreationMethod::NovaCreateImage;
    if (m_request->method == CreationMethod::CinderUploadToImage && !m_session->volumeEndpoint()) {
        CliOutput::message(tr("The cloud's catalog has no block storage (volume) service, which this "
                        "method needs."));
        finish(CloudRefused);
        return;
    }
    if (nova && !m_session->computeEndpoint()) {
        CliOutput::message(tr("The cloud's catalog has no compute service, which this method needs."));
        finish(CloudRefused);
        return;
    }
    if (!nova && !m_session->imageEndpoint()) {
        CliOutput::message(tr("The cloud's catalog has no image service, which this method needs."));
        finish(CloudRefused);
        return;
    }
    sendCreate();
}

void SubmitCommand::sendCreate()
{
    const CreateOrder order =
        m_request->order(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (order.method == CreationMethod::GlanceCreateUpload && !prepareGlance())
        return;
    if (order.method == CreationMethod::ImsLocalFile) {
        sendLocalFile(order);
        return;
    }
    //: %1 = the image name, %2 = the URL the create goes to
    CliOutput::message(tr("Sending the create request for “%1” to %2…")
                           .arg(order.imageName,
                               order.targetUrl(*m_session).toString(QUrl::RemoveUserInfo)));
    m_core->monitor()->submit(m_session, order, this,
        [this](const ApiError &error, const QString &localId) { handleAnswer(error, localId); });
}

bool SubmitCommand::prepareGlance()
{
    // The cloud's flavour decides the rules (interfaces.md §6): a Huawei-family cloud wants
    // key=value tags and warns when __os_version is left out; others take plain tags.
    using Flavour = GlanceCreateRequest::Flavour;
    const Flavour cloud = GlanceCreateRequest::flavourFor(m_family);
    const Flavour written = GlanceCreateRequest::flavourOfBody(m_request->body);
    if (cloud == Flavour::Huawei && written == Flavour::Upstream) {
        FieldErrors errors;
        const auto request = GlanceCreateRequest::fromBody(m_request->body, cloud, &errors);
        if (!request) {
            //: %1 = the request file's path, %2 = the cloud family
            CliOutput::message(tr("The request file %1 does not meet the rules of %2 clouds; nothing "
                            "was sent:")
                             .arg(QDir::toNativeSeparators(m_options.requestPath),
                                 CloudProfile::familyDisplayName(m_family)));
            for (const FieldError &e : std::as_const(errors))
                CliOutput::message(tr("  %1: %2").arg(u"body."_s + e.field, e.message));
            finish(InvalidRequest);
            return false;
        }
        for (const QString &w : request->warnings())
            CliOutput::message(tr("warning: %1").arg(w));
    } else if (cloud == Flavour::Upstream && written == Flavour::Huawei) {
        //: %1 = the cloud family
        CliOutput::message(tr("warning: __os_version is a Huawei Cloud extra; %1 clouds keep it as a "
                        "plain image property.")
                         .arg(CloudProfile::familyDisplayName(m_family)));
    }
    JobMonitor *monitor = m_core->monitor();
    connect(monitor, &JobMonitor::uploadWarning, this, [this](const QString &id, const QString &t) {
        if (id == m_localId)
            CliOutput::message(tr("warning: %1").arg(t));
    });
    connect(monitor, &JobMonitor::uploadEnded, this, [this](const QString &id, const ApiError &e) {
        if (id == m_localId)
            uploadEnded(e);
    });
    connect(monitor, &JobMonitor::jobChanged, this, [this](int row, JobMonitor::Changes c) {
        if ((c & JobMonitor::ProgressChanged) && m_core->monitor()->at(row).localId == m_localId)
            reportUpload();
    });
    return true;
}

void SubmitCommand::sendLocalFile(const CreateOrder &order)
{
    const LocalFileRequest request = LocalFileRequest::fromOrder(order);
    JobMonitor *monitor = m_core->monitor();
    monitor->localFileImports().setOptions(
        {m_options.parallel, qint64(m_options.partSizeMiB) * 1024 * 1024});
    //: %1 = the OBS bucket
    CliOutput::message(tr("Checking the OBS bucket %1…").arg(request.bucket));
    const auto answer = [this, file = request.file, url = request.imageUrl()](
                            const ApiError &error, const QString &localId) {
        if (m_finished)
            return;
        if (error && error.serviceCode == QLatin1String(ObsImportController::BucketUnusableCode)) {
            CliOutput::message(error.message + u' ' + tr("Nothing was sent."));
            finish(CloudRefused);
            return;
        }
        if (error && error.kind == ApiError::Kind::Configuration) {
            CliOutput::message(error.message + u' ' + tr("Nothing was sent."));
            finish(InvalidRequest);
            return;
        }
        if (error) {
            handleAnswer(error, {}); // nothing is tracked: refused, sign-in, connection
            return;
        }
        m_localId = localId;
        rememberEnvironment();
        CliOutput::line(u"job_id="_s + localId); // the monitor's id until the import is sent
        //: %1 = file path, %2 = bucket:object
        CliOutput::message(
            tr("Uploading the image file %1 to %2…").arg(QDir::toNativeSeparators(file), url));
        m_localUpload = std::make_unique<LocalFileUpload>(
            m_core->monitor(), localId, [this](int code) { finish(code); });
        m_localUpload->start(this);
        if (!m_options.wait) {
            // The file is local: this process uploads it, and ends once IMS took the import.
            connect(m_core->monitor(),
                &JobMonitor::jobChanged,
                this,
                [this](int row, JobMonitor::Changes) {
                    const JobRecord &r = m_core->monitor()->at(row);
                    if (r.localId != m_localId || r.jobId.isEmpty() || m_finished)
                        return;
                    //: %1 = the cloud's job ID
                    CliOutput::message(tr("Accepted by the cloud as job %1.").arg(r.jobId));
                    finish(Succeeded);
                });
        }
        followJob();
    };
    monitor->submit(m_session, order, this, answer);
}

void SubmitCommand::reportUpload()
{
    const auto status = m_core->monitor()->uploadStatus(m_localId);
    if (!status || status->total <= 0 || m_finished)
        return;
    // At most one line a second and per 5 %, so a log stays readable.
    const int percent = int(status->sent * 100 / status->total);
    if (m_uploadReported.isValid() && m_uploadReported.elapsed() < 1000 && percent != 100)
        return;
    if (percent / 5 == m_lastUploadPercent / 5 && percent != 100)
        return;
    m_uploadReported.start();
    m_lastUploadPercent = percent;
    QString text =
        tr("Uploading: %1% of %2").arg(percent).arg(TransferRate::sizeText(status->total));
    if (status->bytesPerSecond)
        text += u" · "_s + TransferRate::rateText(*status->bytesPerSecond);
    if (status->secondsLeft)
        //: %1 = time left such as "4 min 05 s"
        text += u" · "_s + tr("%1 left").arg(TransferRate::durationText(*status->secondsLeft));
    CliOutput::message(text);
}

void SubmitCommand::uploadEnded(const ApiError &error)
{
    if (m_finished)
        return;
    if (!error) {
        CliOutput::message(tr("Image file uploaded; the cloud is checking it."));
        if (!m_options.wait) {
            CliOutput::line(u"status=uploaded"_s);
            finish(Succeeded);
        }
        return;
    }
    if (error.kind == ApiError::Kind::Aborted)
        return; // our own cancel (interrupt, timeout) already said what happened
    if (error.kind == ApiError::Kind::LocalFile) {
        //: %1 = why the image file cannot be read
        CliOutput::message(tr("The image file cannot be uploaded: %1 The image stays queued: resume "
                        "the upload in the job monitor, or delete the image there.")
                         .arg(error.userMessage()));
        CliOutput::line(u"status=incomplete"_s);
        finish(InvalidRequest);
        return;
    }
    //: %1 = why the upload failed
    CliOutput::message(tr("The upload failed: %1 The image stays queued: resume the upload in the job "
                    "monitor, or delete the image there.")
                     .arg(error.userMessage()));
    CliOutput::line(u"status=incomplete"_s);
    finish(error.kind == ApiError::Kind::Http ? CloudRefused : AuthOrConnection);
}

void SubmitCommand::rememberEnvironment()
{
    if (m_environment) // a failure is logged; the job is followed all the same
        EnvironmentProfiles(m_core->monitor()->store().path()).remember(*m_environment);
}

bool SubmitCommand::isLocal(const ApiError &error)
{
    return error.kind == ApiError::Kind::LocalFile || error.kind == ApiError::Kind::LocalStorage;
}

void SubmitCommand::handleAnswer(const ApiError &error, const QString &localId)
{
    if (m_finished)
        return;
    JobMonitor *monitor = m_core->monitor();
    m_localId = localId;
    if (error && localId.isEmpty() && isLocal(error)) {
        // A failure on this computer before anything was sent: not the cloud's refusal.
        //: %1 = what failed on this computer
        CliOutput::message(tr("Nothing was sent: %1").arg(error.userMessage()));
        finish(error.kind == ApiError::Kind::LocalFile ? InvalidRequest : AuthOrConnection);
        return;
    }
    if (error && localId.isEmpty()) {
        // Refused: nothing exists on the cloud and nothing is tracked.
        //: %1 = the cloud's answer
        // A proxy's refusal is not the cloud's: its own sentence says so.
        QString text = error.isProxyAuthentication()
            ? error.userMessage()
            : tr("The cloud refused the request: %1").arg(error.userMessage());
        if (!error.requestId.isEmpty())
            //: %1 = the request ID the cloud returned, for a support ticket
            text += u'\n' + tr("Request ID: %1").arg(error.requestId);
        CliOutput::message(text);
        switch (error.kind) {
        case ApiError::Kind::Http:
        case ApiError::Kind::InvalidResponse:
        case ApiError::Kind::Redirect:
            finish(CloudRefused);
            return;
        default:
            finish(AuthOrConnection); // sign-in, connection, TLS, keychain, job history
            return;
        }
    }
    rememberEnvironment(); // tracked: accepted, or its outcome unknown
    const int row = monitor->rowOf(localId);
    if ((error || row < 0) && m_request->method == CreationMethod::GlanceCreateUpload && row >= 0) {
        // The create's answer was lost: the monitor reconciles by GET of the chosen ID (never
        // re-created) and uploads when the image is there.
        //: %1 = why the answer is missing
        CliOutput::message(tr("The create request's answer was lost (%1); looking the image up by "
                        "its chosen ID…")
                         .arg(error.userMessage()));
        connect(monitor, &JobMonitor::jobChanged, this, [this](int r, JobMonitor::Changes) {
            const JobRecord &rec = m_core->monitor()->at(r);
            if (rec.localId != m_localId || m_finished || m_reconciled)
                return;
            if (rec.state == JobState::Failed) {
                m_reconciled = true;
                CliOutput::line(u"status=failed"_s);
                CliOutput::message(rec.failReason);
                finish(CloudRefused);
            } else if (rec.state == JobState::Running) {
                m_reconciled = true;
                CliOutput::line(u"job_id="_s + rec.localId);
                CliOutput::message(tr("Found the image by its chosen ID; uploading the image file."));
                if (m_options.wait)
                    followJob();
            }
        });
        return;
    }
    if (row >= 0 && monitor->at(row).state == JobState::NeedsAttention
        && JobMonitor::canReconcile(monitor->at(row))) {
        // Issue 12, defect 9: the create may have been carried out. Looked up by its marker in
        // this run (never sent again); with --wait again while it is not found.
        //: %1 = why the outcome is unknown
        CliOutput::message(tr("The outcome is unknown: %1 Looking the job up by its marker (the "
                        "create is never sent again)…")
                         .arg(error.userMessage()));
        m_watch = std::make_unique<JobWatch>(
            monitor, localId, [this](int code) { finish(code); });
        m_watch->start(this);
        m_watch->lookingUp(m_options.wait);
        if (m_options.wait && m_options.timeoutSeconds > 0)
            m_timeout.start(m_options.timeoutSeconds * 1000);
        monitor->reconcile(localId);
        m_watch->check();
        return;
    }
    if (error || row < 0) {
        //: %1 = why the outcome is unknown
        CliOutput::message(tr("The outcome is unknown: %1 The job is in the monitor as “needs "
                        "attention”; do not simply send it again.")
                         .arg(error.userMessage()));
        CliOutput::line(u"status=needs-attention"_s);
        finish(OutcomeUnknown);
        return;
    }
    const JobRecord &record = monitor->at(row);
    if (record.method == CreationMethod::GlanceCreateUpload) {
        CliOutput::line(u"job_id="_s + record.localId); // no cloud job: the monitor's own
        //: %1 = the image ID
        CliOutput::message(tr("Image metadata created as image %1; uploading the image file.")
                         .arg(record.imageIds.value(0)));
        if (m_options.wait)
            followJob();
        else if (m_options.timeoutSeconds > 0)
            m_timeout.start(m_options.timeoutSeconds * 1000);
        return; // the file is local: this process sends it, even without --wait
    }
    // Nova and Cinder have no job on the cloud: the monitor's own id names the job.
    const QString jobId = record.jobId.isEmpty() ? record.localId : record.jobId;
    CliOutput::line(u"job_id="_s + jobId);
    //: %1 = the cloud's job ID
    CliOutput::message(tr("Accepted by the cloud as job %1.").arg(jobId));
    if (!m_options.wait) {
        finish(Succeeded);
        return;
    }
    followJob();
}

void SubmitCommand::followJob()
{
    m_watch = std::make_unique<JobWatch>(
        m_core->monitor(), m_localId, [this](int code) { finish(code); });
    m_watch->start(this);
    // --timeout bounds the wait for the job; sign-in and the create are bounded by the REST
    // client's own timeouts.
    if (m_options.timeoutSeconds > 0)
        m_timeout.start(m_options.timeoutSeconds * 1000);
    CliOutput::message(tr("Waiting for the cloud to finish the image…"));
}

void SubmitCommand::handleTimeout()
{
    if (m_finished)
        return;
    //: %n = seconds
    CliOutput::message(tr("Still running after %n second(s). The job stays in the monitor, which "
                    "follows it to the end.",
        nullptr,
        m_options.timeoutSeconds));
    CliOutput::line(u"status=timeout"_s);
    if (m_localUpload && m_localUpload->pause()) {
        // said by pause(): resumable with `imagewright watch`
    } else if (!m_localId.isEmpty() && m_core->monitor()->cancelUpload(m_localId))
        CliOutput::message(tr("The upload was cancelled; the image stays queued (resume or delete it "
                        "in the job monitor)."));
    finish(OutcomeUnknown);
}

void SubmitCommand::handleInterrupt()
{
    if (m_finished)
        return;
    if (m_localUpload && m_localUpload->pause())
        CliOutput::message(tr("Interrupted."));
    else if (m_localId.isEmpty() && m_core && m_core->monitor()->count() > 0)
        CliOutput::message(tr("Interrupted while the create request was on its way. The job is in "
                        "the monitor; its outcome is unknown until the app reconciles it."));
    else if (!m_localId.isEmpty() && m_core->monitor()->cancelUpload(m_localId))
        CliOutput::message(tr("Interrupted: the upload was cancelled. The image stays queued; resume "
                        "the upload or delete the image in the job monitor."));
    else if (!m_localId.isEmpty())
        CliOutput::message(tr("Interrupted. The cloud carries on with the job; the monitor follows it."));
    else
        CliOutput::message(tr("Interrupted; nothing was sent."));
    finish(Interrupted);
}

void SubmitCommand::finish(int code)
{
    if (m_finished)
        return;
    if (m_core && m_localUpload
        && LocalFileUpload::holdsEnd(
            m_core->monitor(), m_localId, this, [this, code] { finish(code); }))
        return; // the uploaded object is deleted first (keep_object false)
    m_finished = true;
    m_timeout.stop();
    if (m_core) // the store is current before the process ends
        code = JobWatch::saveAtExit(m_core->monitor(), m_localId, code);
    QCoreApplication::exit(code);
}
