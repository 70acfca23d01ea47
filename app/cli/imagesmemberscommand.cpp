#include "cli/imagesmemberscommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
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
#include "library/actions/shareaction.h"
#include "library/memberjob.h"

using namespace Qt::StringLiterals;

namespace {

const QStringList Actions{u"share"_s, u"unshare"_s, u"members"_s, u"accept"_s, u"reject"_s};

QString memberLine(const ImageMember &m)
{
    return u"member=%1 status=%2"_s.arg(m.memberId, m.status);
}

} // namespace

bool ImagesMembersCommand::handles(const QString &action)
{
    return Actions.contains(action);
}

std::optional<ImagesMembersCommand::Options> ImagesMembersCommand::parseArguments(
    const QStringList &arguments, QString *error, QString *help)
{
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, ImagesCommand::tr("Show this help and exit."));
    parser.addOption(helpOption);
    const QCommandLineOption profile = ImagesCommand::profileOption();
    const QCommandLineOption api = ImagesCommand::apiOption();
    const QCommandLineOption project(u"project"_s,
        action == u"share" ? tr("A project to share the image with (repeatable).")
                           : tr("A project to stop sharing the image with (repeatable)."),
        tr("project-id"));
    const QCommandLineOption json(
        u"json"_s, ImagesCommand::tr("Print JSON (stable keys) instead of text."));
    const QCommandLineOption wait(u"wait"_s,
        tr("IMS: follow the cloud's job to its end (without it the command ends once the cloud "
           "took the job; the monitor follows it)."));
    const QCommandLineOption timeout(
        u"timeout"_s, tr("With --wait: stop waiting after this many seconds (exit 4)."), tr("seconds"));
    parser.addOptions({profile, api});
    if (action == u"share" || action == u"unshare") {
        parser.setApplicationDescription(action == u"share"
                ? tr("Shares an image with other projects (adds them as members).")
                : tr("Stops sharing an image with projects (removes them as members)."));
        parser.addOptions({project, wait, timeout});
    } else if (action == u"members") {
        parser.setApplicationDescription(tr("Lists an image's members and their status."));
        parser.addOptions({json});
    } else {
        parser.setApplicationDescription(action == u"accept"
                ? tr("Accepts an image another project shared with this one.")
                : tr("Rejects an image another project shared with this one."));
        parser.addOptions({wait, timeout});
    }
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
    o.action = Action(Actions.indexOf(action));
    if (!ImagesCommand::readTarget(parser, &o.profile, &o.api, error))
        return std::nullopt;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty()
            ? ImagesCommand::tr("Give the image's ID.")
            : QCoreApplication::translate("SubmitCommand", "Unexpected argument: %1")
                  .arg(positional.at(1));
        return std::nullopt;
    }
    o.imageId = positional.constFirst();
    o.json = o.action == Action::Members && parser.isSet(json);
    if (o.action == Action::Share || o.action == Action::Unshare) {
        o.projects = parser.values(project);
        if (o.projects.isEmpty()) {
            *error = tr("Give at least one --project.");
            return std::nullopt;
        }
    }
    o.wait = o.action != Action::Members && parser.isSet(wait);
    if (o.action != Action::Members && parser.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds <= 0) {
            *error = QCoreApplication::translate("SubmitCommand",
                "--timeout needs a whole number of seconds above 0, not \"%1\".")
                         .arg(parser.value(timeout));
            return std::nullopt;
        }
    }
    return o;
}

int ImagesMembersCommand::run(const QStringList &arguments)
{
    QString error;
    QString help;
    const auto options = parseArguments(arguments, &error, &help);
    if (!options)
        return CliOutput::refused(help.isEmpty() ? error : help, !help.isEmpty());
    ImagesMembersCommand command(*options);
    QTimer::singleShot(0, &command, &ImagesMembersCommand::start);
    return QCoreApplication::exec();
}

ImagesMembersCommand::ImagesMembersCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

ImagesMembersCommand::~ImagesMembersCommand()
{
    delete m_interrupt;
}

void ImagesMembersCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_core && m_core->monitor())
        m_core->monitor()->saveNow(); // the tracked job reaches the store before the exit
    QCoreApplication::exit(code);
}

void ImagesMembersCommand::reportError(const ApiError &error)
{
    QString text = error.userMessage();
    if (!error.requestId.isEmpty())
        text += u'\n'
            + QCoreApplication::translate("SubmitCommand", "Request ID: %1").arg(error.requestId);
    CliOutput::message(text);
}

void ImagesMembersCommand::start()
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
    if (m_options.timeoutSeconds > 0) {
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            CliOutput::line(u"status=running"_s);
            //: %n = seconds
            CliOutput::message(tr("Stopped waiting after %n second(s); the cloud's job goes on.",
                nullptr,
                m_options.timeoutSeconds));
            finish(ImagesCommand::OutcomeUnknown);
        });
    }
    m_session->connectToCloud(this, [this](const ApiError &error) { connected(error); });
}

void ImagesMembersCommand::connected(const ApiError &error)
{
    if (m_finished)
        return;
    if (error) {
        reportError(error);
        finish(ImagesCommand::AuthOrConnection);
        return;
    }
    if (m_options.action == Action::Members) {
        listMembers();
        return;
    }
    change();
}

void ImagesMembersCommand::listMembers()
{
    auto *run = new MemberListRun(m_session, m_options.imageId, this);
    connect(run, &ImageActionRun::finished, this, [this, run](ImageActionRun *) {
        if (run->error()) {
            reportError(run->error());
            finish(ImagesCommand::exitCodeFor(run->error(), false));
            return;
        }
        if (m_options.json) {
            QJsonArray list;
            for (const ImageMember &m : run->members())
                list.append(m.toJson());
            CliOutput::text(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        } else {
            for (const ImageMember &m : run->members())
                CliOutput::line(memberLine(m));
            if (run->members().isEmpty())
                CliOutput::message(tr("The image is not shared with any project."));
        }
        finish(ImagesCommand::Succeeded);
    });
    run->start();
}

void ImagesMembersCommand::change()
{
    MemberChange c;
    static const MemberChange::Op ops[] = {MemberChange::Op::Add,
        MemberChange::Op::Remove,
        MemberChange::Op::Add,
        MemberChange::Op::Accept,
        MemberChange::Op::Reject};
    c.op = ops[int(m_options.action)];
    c.imageId = m_options.imageId;
    c.projects = m_options.projects;
    c.ownProject = m_session->projectId();
    // Every local rule before anything is sent.
    const FieldErrors errors = c.validate(m_api);
    if (!errors.isEmpty()) {
        CliOutput::message(tr("The change is not valid; nothing was sent:"));
        for (const FieldError &e : errors)
            CliOutput::message(QCoreApplication::translate("SubmitCommand", "  %1: %2")
                                   .arg(u"--"_s + e.field, e.message));
        finish(ImagesCommand::InvalidInput);
        return;
    }
    auto *run = MemberChangeRun::create(m_session, m_api, c, this);
    connect(run, &ImageActionRun::finished, this, [this, run](ImageActionRun *) {
        CliOutput::line(u"image_id="_s + m_options.imageId);
        if (!run->refusals().isEmpty()) {
            //: %1 = image ID
            CliOutput::message(tr("Nothing was sent for image %1:").arg(m_options.imageId));
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
        if (run->jobId().isEmpty()) { // Glance: done
            CliOutput::line(u"status=succeeded"_s);
            for (const ImageMember &m : run->members())
                CliOutput::line(memberLine(m));
            finish(ImagesCommand::Succeeded);
            return;
        }
        CliOutput::line(u"job_id="_s + run->jobId());
        const QString name = run->image() ? run->image()->name : QString();
        const QString localId = m_core->monitor()->trackActionJob(
            MemberJob::record(m_profile, run->change(), name, run->jobId()));
        if (!m_options.wait) {
            CliOutput::line(u"status=running"_s);
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

void ImagesMembersCommand::follow(const QString &localId)
{
    m_follow = std::make_unique<ActionJobFollow>(
        m_core->monitor(), localId, [this](const JobRecord &r) { jobEnded(r); });
    m_follow->start(this);
}

void ImagesMembersCommand::jobEnded(const JobRecord &r)
{
    if (m_finished)
        return;
    switch (r.state) {
    case JobState::Succeeded:
        CliOutput::line(u"status=succeeded"_s);
        CliOutput::message(tr("The cloud's job is done."));
        finish(ImagesCommand::Succeeded);
        return;
    case JobState::Failed:
        CliOutput::line(u"status=failed"_s);
        //: %1 = the cloud's error code and reason
        CliOutput::message(tr("The cloud's job failed: %1").arg(ActionJobFollow::failReason(r)));
        finish(ImagesCommand::CloudRefused);
        return;
    default: // needs attention, cancelled, no longer watched
        CliOutput::line(u"status=needs-attention"_s);
        finish(ImagesCommand::OutcomeUnknown);
        return;
    }
}
