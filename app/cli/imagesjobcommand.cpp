#include "cli/imagesjobcommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTimer>

#include "appcore.h"
#include "cli/actionjobfollow.h"
#include "cli/clioutput.h"
#include "cli/commandlinecloud.h"
#include "cli/imagescommand.h"
#include "cli/interruptwatcher.h"
#include "cloud/cloudsession.h"
#include "jobs/jobmonitor.h"
#include "library/actions/imagejobaction.h"
#include "library/imagejobrecord.h"

using namespace Qt::StringLiterals;

namespace {

const QStringList Actions{u"copy"_s, u"export"_s};

QString submitText(const char *source)
{
    return QCoreApplication::translate("SubmitCommand", source);
}

} // namespace

bool ImagesJobCommand::handles(const QString &action)
{
    return Actions.contains(action);
}

QString ImagesJobCommand::optionFor(const QString &field)
{
    static const QHash<QString, QString> options{{u"name"_s, u"--name"_s},
        {u"description"_s, u"--description"_s},
        {u"cmk_id"_s, u"--kms-key"_s},
        {u"region"_s, u"--region"_s},
        {u"project_name"_s, u"--project"_s},
        {u"agency_name"_s, u"--agency"_s},
        {u"vault_id"_s, u"--vault"_s},
        {u"bucket"_s, u"--bucket"_s},
        {u"object"_s, u"--object"_s},
        {u"file_format"_s, u"--format"_s}};
    return options.value(field, field);
}

std::optional<ImagesJobCommand::Options> ImagesJobCommand::parseArguments(
    const QStringList &arguments, QString *error, QString *help)
{
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    const QCommandLineOption helpOption(
        {u"h"_s, u"help"_s}, ImagesCommand::tr("Show this help and exit."));
    parser.addOption(helpOption);
    parser.addOptions({ImagesCommand::profileOption(), ImagesCommand::apiOption()});
    const QCommandLineOption json(
        u"json"_s, ImagesCommand::tr("Print JSON (stable keys) instead of text."));
    const QCommandLineOption wait(u"wait"_s,
        tr("Follow the cloud's job to its end (without it the command ends once the cloud took "
           "the job; the monitor follows it)."));
    const QCommandLineOption timeout(u"timeout"_s,
        tr("With --wait: stop waiting after this many seconds (exit 4)."),
        tr("seconds"));
    // copy
    const QCommandLineOption name(u"name"_s, tr("The copy's name (IMS image name rules)."), tr("name"));
    const QCommandLineOption description(
        u"description"_s, tr("The copy's description."), tr("text"));
    const QCommandLineOption kmsKey(u"kms-key"_s,
        tr("Copy within the region: encrypt the copy with this KMS key."),
        tr("key-id"));
    const QCommandLineOption region(u"region"_s,
        tr("Copy to this other region (Huawei Cloud); needs --project and --agency."),
        tr("region"));
    const QCommandLineOption project(u"project"_s,
        tr("With --region: the project in that region that receives the copy."),
        tr("project-name"));
    const QCommandLineOption agency(u"agency"_s,
        tr("With --region: the IAM agency IMS acts through."),
        tr("agency-name"));
    const QCommandLineOption vault(u"vault"_s,
        tr("With --region: the CBR vault there (full-ECS images)."),
        tr("vault-id"));
    // export
    const QCommandLineOption bucket(
        u"bucket"_s, tr("The OBS bucket to write the image file to."), tr("bucket"));
    const QCommandLineOption object(
        u"object"_s, tr("The object (file) name in the bucket."), tr("object"));
    const QCommandLineOption format(u"format"_s,
        tr("The file format: qcow2, vhd, zvhd, vmdk or zvhd2."),
        tr("format"));
    const QCommandLineOption quick(u"quick"_s,
        tr("Quick export: the image's own format (give no --format); needed above 128 GB."));
    if (action == u"copy") {
        parser.setApplicationDescription(
            tr("Copies an image within its region, or to another region, as a job of the cloud."));
        parser.addOptions({name, description, kmsKey, region, project, agency, vault});
    } else {
        parser.setApplicationDescription(
            tr("Exports an image to a file in an OBS bucket, as a job of the cloud."));
        parser.addOptions({bucket, object, format, quick});
    }
    parser.addOptions({wait, timeout, json});
    parser.addPositionalArgument(u"ID"_s, ImagesCommand::tr("The image's ID."));
    if (!parser.parse(arguments.mid(1))) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        *help = parser.helpText();
        return std::nullopt;
    }
    Options o;
    o.action = action == u"copy" ? Action::Copy : Action::Export;
    if (!ImagesCommand::readTarget(parser, &o.profile, &o.api, error))
        return std::nullopt;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty()
            ? ImagesCommand::tr("Give the image's ID.")
            : submitText("Unexpected argument: %1").arg(positional.at(1));
        return std::nullopt;
    }
    if (o.action == Action::Copy) {
        o.copy.imageId = positional.constFirst();
        o.copy.name = parser.value(name);
        o.copy.description = parser.value(description);
        o.copy.cmkId = parser.value(kmsKey);
        o.copy.region = parser.value(region);
        o.copy.projectName = parser.value(project);
        o.copy.agencyName = parser.value(agency);
        o.copy.vaultId = parser.value(vault);
    } else {
        o.exportRequest.imageId = positional.constFirst();
        o.exportRequest.bucket = parser.value(bucket);
        o.exportRequest.object = parser.value(object);
        o.exportRequest.format = parser.value(format);
        o.exportRequest.quick = parser.isSet(quick);
    }
    o.json = parser.isSet(json);
    o.wait = parser.isSet(wait);
    if (parser.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds <= 0) {
            *error = submitText("--timeout needs a whole number of seconds above 0, not \"%1\".")
                         .arg(parser.value(timeout));
            return std::nullopt;
        }
    }
    return o;
}

int ImagesJobCommand::run(const QStringList &arguments)
{
    QString error;
    QString help;
    const auto options = parseArguments(arguments, &error, &help);
    if (!options)
        return CliOutput::refused(help.isEmpty() ? error : help, !help.isEmpty());
    ImagesJobCommand command(*options);
    QTimer::singleShot(0, &command, &ImagesJobCommand::start);
    return QCoreApplication::exec();
}

ImagesJobCommand::ImagesJobCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

ImagesJobCommand::~ImagesJobCommand()
{
    delete m_interrupt;
}

void ImagesJobCommand::put(const QString &key, const QString &value)
{
    if (m_options.json)
        m_json.insert(key, value);
    else
        CliOutput::line(key + u'=' + value);
}

void ImagesJobCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_options.json && !m_json.isEmpty())
        CliOutput::text(QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Indented)));
    if (m_core && m_core->monitor())
        m_core->monitor()->saveNow(); // the tracked job reaches the store before the exit
    QCoreApplication::exit(code);
}

void ImagesJobCommand::reportError(const ApiError &error)
{
    QString text = error.userMessage();
    if (!error.requestId.isEmpty())
        text += u'\n' + submitText("Request ID: %1").arg(error.requestId);
    CliOutput::message(text);
}

void ImagesJobCommand::start()
{
    m_interrupt = new InterruptWatcher(this);
    connect(m_interrupt, &InterruptWatcher::interrupted, this, [this] {
        CliOutput::message(ImagesCommand::tr("Interrupted."));
        finish(ImagesCommand::Interrupted);
    });
    AppCore::Options coreOptions;
    coreOptions.headless = true;
    m_core = std::make_unique<AppCore>(coreOptions);
    const CommandLineCloud::Result cloud = CommandLineCloud::resolve(
        m_core.get(), m_options.profile, std::nullopt, this, &CliOutput::message);
    if (cloud.exitCode != 0 || !cloud.session) {
        finish(cloud.exitCode == ImagesCommand::InvalidInput ? ImagesCommand::InvalidInput
                                                             : ImagesCommand::AuthOrConnection);
        return;
    }
    m_session = cloud.session;
    m_profile = cloud.profile;
    m_api = m_options.api.value_or(ImageApis::forFamily(m_profile.family));

    // Every local rule before anything is sent (not even a sign-in).
    const ImageJobKind kind(m_options.action == Action::Export ? ImageJobKind::Kind::Export
            : m_options.copy.isCrossRegion()                    ? ImageJobKind::Kind::CrossRegionCopy
                                                                : ImageJobKind::Kind::Copy);
    if (const auto why = kind.unavailableReason(m_profile.family, m_api)) {
        CliOutput::message(*why);
        finish(ImagesCommand::InvalidInput);
        return;
    }
    const FieldErrors errors = m_options.action == Action::Copy
        ? m_options.copy.validate(m_profile.region)
        : m_options.exportRequest.validate();
    if (!errors.isEmpty()) {
        CliOutput::message(tr("The request is not valid; nothing was sent:"));
        for (const FieldError &e : errors)
            CliOutput::message(submitText("  %1: %2").arg(optionFor(e.field), e.message));
        finish(ImagesCommand::InvalidInput);
        return;
    }
    if (m_options.timeoutSeconds > 0) {
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            put(u"status"_s, u"running"_s);
            //: %n = seconds
            CliOutput::message(tr("Stopped waiting after %n second(s); the cloud's job goes on.",
                nullptr,
                m_options.timeoutSeconds));
            finish(ImagesCommand::OutcomeUnknown);
        });
    }
    m_session->connectToCloud(this, [this](const ApiError &error) { connected(error); });
}

void ImagesJobCommand::connected(const ApiError &error)
{
    if (m_finished)
        return;
    if (error) {
        reportError(error);
        finish(ImagesCommand::AuthOrConnection);
        return;
    }
    send();
}

void ImagesJobCommand::send()
{
    const bool copy = m_options.action == Action::Copy;
    const ImageJobOrder order = copy ? m_options.copy.order() : m_options.exportRequest.order();
    if (copy) {
        put(u"source_image_id"_s, order.imageId);
        if (m_options.copy.isCrossRegion())
            put(u"region"_s, m_options.copy.region);
    } else {
        put(u"image_id"_s, order.imageId);
        put(u"bucket_url"_s, m_options.exportRequest.bucketUrl());
    }
    auto *run = new ImageJobRun(m_session, order, this);
    connect(run, &ImageActionRun::finished, this, [this, run](ImageActionRun *) {
        if (!run->refusals().isEmpty()) {
            //: %1 = image ID
            CliOutput::message(tr("Nothing was sent for image %1:").arg(run->order().imageId));
            for (const QString &why : run->refusals())
                CliOutput::message(u"  "_s + why);
            finish(ImagesCommand::CloudRefused);
            return;
        }
        if (run->error()) {
            reportError(run->error());
            finish(ImagesCommand::exitCodeFor(run->error(), true));
            return;
        }
        put(u"job_id"_s, run->jobId());
        const QString name = run->image() ? run->image()->name : QString();
        const QString localId = m_core->monitor()->trackActionJob(
            ImageJobRecord::record(m_profile, run->order(), name, run->jobId()));
        if (!m_options.wait) {
            put(u"status"_s, u"running"_s);
            //: %1 = the cloud's job ID
            CliOutput::message(tr("The cloud runs job %1; \"imagewright watch %1\" follows it.")
                                   .arg(run->jobId()));
            finish(ImagesCommand::Succeeded);
            return;
        }
        follow(localId);
    });
    run->start();
}

void ImagesJobCommand::follow(const QString &localId)
{
    m_follow = std::make_unique<ActionJobFollow>(
        m_core->monitor(), localId, [this](const JobRecord &r) { jobEnded(r); });
    m_follow->start(this);
}

void ImagesJobCommand::jobEnded(const JobRecord &r)
{
    if (m_finished)
        return;
    const bool copy = m_options.action == Action::Copy && !m_options.copy.isCrossRegion();
    switch (r.state) {
    case JobState::Succeeded:
        if (copy) {
            if (r.imageIds.isEmpty() || r.imageIds.constFirst() == m_options.copy.imageId) {
                put(u"status"_s, u"needs-attention"_s);
                CliOutput::message(tr("The cloud reported the copy as done but named no new "
                                      "image. Look for it in the library."));
                finish(ImagesCommand::OutcomeUnknown);
                return;
            }
            put(u"image_id"_s, r.imageIds.constFirst());
        }
        put(u"status"_s, u"succeeded"_s);
        CliOutput::message(tr("The cloud's job is done."));
        finish(ImagesCommand::Succeeded);
        return;
    case JobState::Failed:
        put(u"status"_s, u"failed"_s);
        //: %1 = the cloud's error code and reason
        CliOutput::message(tr("The cloud's job failed: %1").arg(ActionJobFollow::failReason(r)));
        finish(ImagesCommand::CloudRefused);
        return;
    default: // needs attention, cancelled, no longer watched
        put(u"status"_s, u"needs-attention"_s);
        finish(ImagesCommand::OutcomeUnknown);
        return;
    }
}
