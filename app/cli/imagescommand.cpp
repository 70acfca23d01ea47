#include "cli/imagescommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include "appcore.h"
#include "cli/clioutput.h"
#include "cli/commandlinecloud.h"
#include "cli/imagesjobcommand.h"
#include "cli/imagesmemberscommand.h"
#include "cli/imagesoutput.h"
#include "cli/interruptwatcher.h"
#include "cloud/cloudsession.h"
#include "library/actions/deleteaction.h"
#include "library/imagecalls.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

namespace {

const QStringList Actions{u"list"_s, u"show"_s, u"set"_s, u"delete"_s};

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace

QCommandLineOption ImagesCommand::profileOption()
{
    return QCommandLineOption(u"profile"_s,
        tr("The saved cloud profile to use (name or id). Without it, the OpenStack environment "
           "(OS_CLOUD, or OS_AUTH_URL and the rest) is used."),
        tr("name"));
}

QCommandLineOption ImagesCommand::apiOption()
{
    return QCommandLineOption(u"api"_s,
        tr("The image API to use: ims or glance (default: IMS for Huawei Cloud, Open Telekom "
           "Cloud and the demo cloud, Glance otherwise)."),
        tr("api"));
}

bool ImagesCommand::readTarget(const QCommandLineParser &parser,
    QString *profile,
    std::optional<ImageApi> *api,
    QString *error)
{
    *profile = parser.value(u"profile"_s);
    if (parser.isSet(u"profile"_s) && profile->trimmed().isEmpty()) {
        *error = QCoreApplication::translate("SubmitCommand", "--profile needs a profile name.");
        return false;
    }
    if (parser.isSet(u"api"_s)) {
        *api = ImageApis::fromKey(parser.value(u"api"_s));
        if (!*api) {
            //: %1 = what was given
            *error = tr("Unknown API \"%1\". Use ims or glance.").arg(parser.value(u"api"_s));
            return false;
        }
    }
    return true;
}

std::optional<ImagesCommand::Options> ImagesCommand::parseArguments(
    const QStringList &arguments, QString *error, QString *help)
{
    // arguments: "images", the action, its arguments.
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    parser.addOption(helpOption);
    if (!Actions.contains(action)) {
        parser.setApplicationDescription(
            tr("The image library: list, show, change, delete, share, copy and export the "
               "images of a cloud.\nActions: list, show, set, delete, share, unshare, members, "
               "accept, reject, copy, export. \"imagewright images ACTION --help\" shows the "
               "options of one."));
        parser.addPositionalArgument(u"action"_s,
            tr("list, show, set, delete, share, unshare, members, accept, reject, copy or export"));
        if (action == u"--help" || action == u"-h") {
            *help = parser.helpText();
            return std::nullopt;
        }
        *error = action.isEmpty()
            ? tr("Give an action: imagewright images "
                 "list|show|set|delete|share|unshare|members|accept|reject|copy|export")
            //: %1 = what was given
            : tr("Unknown action \"%1\". Use list, show, set, delete, share, unshare, members, "
                 "accept, reject, copy or export.")
                  .arg(action);
        return std::nullopt;
    }
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption api = apiOption();
    const QCommandLineOption json(u"json"_s, tr("Print JSON (stable keys) instead of text."));
    const QCommandLineOption status(
        u"status"_s, tr("Only images in this status (e.g. active, queued)."), tr("status"));
    const QCommandLineOption tag(u"tag"_s,
        action == u"set" ? tr("Add a tag, or give a tag a new value (repeatable).")
                         : tr("Only images with this tag (repeatable)."),
        tr("key=value"));
    const QCommandLineOption name(u"name"_s,
        action == u"set" ? tr("The new name.") : tr("Only images with exactly this name."),
        tr("name"));
    const QCommandLineOption all(
        u"all"_s, tr("Every image the project can see (public and shared ones too)."));
    const QCommandLineOption createdAfter(u"created-after"_s,
        tr("Only images created on or after this date (YYYY-MM-DD, UTC, or "
           "YYYY-MM-DDThh:mm:ssZ)."),
        tr("date"));
    const QCommandLineOption createdBefore(u"created-before"_s,
        tr("Only images created before this date (YYYY-MM-DD, UTC, or YYYY-MM-DDThh:mm:ssZ)."),
        tr("date"));
    const QCommandLineOption pageSize(u"page-size"_s,
        tr("Images per request (default %1).").arg(ImageLister::DefaultPageSize),
        tr("count"));
    const QCommandLineOption description(
        u"description"_s, tr("The new description (empty: remove it)."), tr("text"));
    const QCommandLineOption untag(
        u"untag"_s, tr("Remove the tag with this key (repeatable)."), tr("key"));
    const QCommandLineOption minRam(u"min-ram"_s, tr("The minimum memory in MB."), tr("MB"));
    const QCommandLineOption maxRam(u"max-ram"_s, tr("The maximum memory in MB (IMS)."), tr("MB"));
    const QCommandLineOption minDisk(
        u"min-disk"_s, tr("The minimum disk in GB (Glance)."), tr("GB"));
    const QCommandLineOption protect(
        u"protected"_s, tr("Protect the image from deletion: yes or no (Glance)."), tr("yes|no"));
    const QCommandLineOption yes(
        u"yes"_s, tr("Delete without asking (needed when standard input is not a terminal)."));
    const QCommandLineOption backups(
        u"delete-backups"_s, tr("Also delete the backups of full-ECS images (IMS delete_backup)."));
    parser.addOptions({profile, api});
    if (action == u"list") {
        parser.setApplicationDescription(tr("Lists the images, every page of them."));
        parser.addOptions({json, status, tag, name, all, createdAfter, createdBefore, pageSize});
    } else if (action == u"show") {
        parser.setApplicationDescription(tr("Shows one image with every property."));
        parser.addOptions({json});
        parser.addPositionalArgument(u"ID"_s, tr("The image's ID."));
    } else if (action == u"set") {
        parser.setApplicationDescription(tr("Changes an image: what is given changes, the rest "
                                            "stays as it is."));
        parser.addOptions({name, description, tag, untag, minRam, maxRam, minDisk, protect});
        parser.addPositionalArgument(u"ID"_s, tr("The image's ID."));
    } else {
        parser.setApplicationDescription(tr("Deletes images."));
        parser.addOptions({yes, backups});
        parser.addPositionalArgument(u"ID"_s, tr("The IDs of the images."), u"ID..."_s);
    }
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
    if (!readTarget(parser, &o.profile, &o.api, error))
        return std::nullopt;
    const QStringList positional = parser.positionalArguments();
    switch (o.action) {
    case Action::List:
        if (!positional.isEmpty()) {
            *error = QCoreApplication::translate("SubmitCommand", "Unexpected argument: %1")
                         .arg(positional.constFirst());
            return std::nullopt;
        }
        o.json = parser.isSet(json);
        o.filter.status = parser.value(status);
        o.filter.name = parser.value(name);
        o.filter.tags = parser.values(tag);
        o.filter.all = parser.isSet(all);
        for (const auto &[option, bound] : {std::pair{&createdAfter, &o.filter.created.from},
                 std::pair{&createdBefore, &o.filter.created.before}}) {
            if (!parser.isSet(*option))
                continue;
            const auto date = CreatedRange::parseDate(parser.value(*option));
            if (!date) {
                //: %1 = the option, %2 = what was given
                *error = tr("--%1 needs a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not \"%2\".")
                             .arg(option->names().constFirst(), parser.value(*option));
                return std::nullopt;
            }
            *bound = *date;
        }
        if (const QString problem = o.filter.created.problem(); !problem.isEmpty()) {
            *error = tr("--created-after must be before --created-before.");
            return std::nullopt;
        }
        if (parser.isSet(pageSize)) {
            const auto n = wholeNumber(parser.value(pageSize));
            if (!n || *n < 1 || *n > 1000) {
                *error = tr("--page-size needs a whole number from 1 to 1000.");
                return std::nullopt;
            }
            o.pageSize = *n;
        }
        return o;
    case Action::Show:
    case Action::Set:
        if (positional.size() != 1) {
            *error = positional.isEmpty()
                ? tr("Give the image's ID.")
                : QCoreApplication::translate("SubmitCommand", "Unexpected argument: %1")
                      .arg(positional.at(1));
            return std::nullopt;
        }
        o.ids = positional;
        o.json = o.action == Action::Show && parser.isSet(json);
        break;
    case Action::Delete:
        if (positional.isEmpty()) {
            *error = tr("Give the IDs of the images to delete.");
            return std::nullopt;
        }
        o.ids = positional;
        o.yes = parser.isSet(yes);
        o.deleteBackups = parser.isSet(backups);
        return o;
    }
    if (o.action == Action::Set) {
        ImageEdit &e = o.edit;
        if (parser.isSet(name))
            e.name = parser.value(name);
        if (parser.isSet(description))
            e.description = parser.value(description);
        for (const QString &t : parser.values(tag))
            e.setTags << ImageEdit::Tag::parse(t);
        e.removeTags = parser.values(untag);
        const std::pair<const QCommandLineOption *, std::optional<int> *> numbers[] = {
            {&minRam, &e.minRam}, {&maxRam, &e.maxRam}, {&minDisk, &e.minDisk}};
        for (const auto &[option, field] : numbers) {
            if (!parser.isSet(*option))
                continue;
            *field = wholeNumber(parser.value(*option));
            if (!*field) {
                //: %1 = the option, e.g. --min-ram
                *error = tr("%1 needs a whole number.").arg(u"--"_s + option->names().constFirst());
                return std::nullopt;
            }
        }
        if (parser.isSet(protect)) {
            const QString v = parser.value(protect).toLower();
            if (v != u"yes" && v != u"no") {
                *error = tr("--protected needs yes or no.");
                return std::nullopt;
            }
            e.isProtected = v == u"yes";
        }
    }
    return o;
}

int ImagesCommand::run(const QStringList &arguments)
{
    if (ImagesMembersCommand::handles(arguments.value(1)))
        return ImagesMembersCommand::run(arguments); // share, unshare, members, accept, reject
    if (ImagesJobCommand::handles(arguments.value(1)))
        return ImagesJobCommand::run(arguments); // copy, export: IMS jobs
    QString error;
    QString help;
    const auto options = parseArguments(arguments, &error, &help);
    if (!options) {
        if (!help.isEmpty()) {
            CliOutput::text(help);
            return Succeeded;
        }
        CliOutput::message(error);
        return InvalidInput;
    }
    ImagesCommand command(*options);
    QTimer::singleShot(0, &command, &ImagesCommand::start);
    return QCoreApplication::exec();
}

ImagesCommand::ImagesCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

ImagesCommand::~ImagesCommand()
{
    delete m_interrupt; // the default Ctrl+C handling again
}

void ImagesCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(code);
}

int ImagesCommand::exitCodeFor(const ApiError &error, bool change)
{
    switch (error.kind) {
    case ApiError::Kind::Http:
    case ApiError::Kind::InvalidResponse:
    case ApiError::Kind::Redirect:
        return error.isProxyAuthentication() ? AuthOrConnection : CloudRefused;
    case ApiError::Kind::ConnectionLost:
    case ApiError::Kind::Timeout:
        return change ? OutcomeUnknown : AuthOrConnection;
    case ApiError::Kind::Aborted:
        return Interrupted;
    default:
        return AuthOrConnection;
    }
}

void ImagesCommand::reportError(const ApiError &error)
{
    QString text = error.userMessage();
    if (!error.requestId.isEmpty())
        text += u'\n'
            + QCoreApplication::translate("SubmitCommand", "Request ID: %1").arg(error.requestId);
    CliOutput::message(text);
}

void ImagesCommand::start()
{
    m_interrupt = new InterruptWatcher(this);
    connect(m_interrupt, &InterruptWatcher::interrupted, this, [this] {
        CliOutput::message(tr("Interrupted."));
        finish(Interrupted);
    });
    AppCore::Options coreOptions;
    coreOptions.headless = true;
    m_core = std::make_unique<AppCore>(coreOptions);
    // The same resolution as submit and watch (interfaces.md §3).
    const CommandLineCloud::Result cloud = CommandLineCloud::resolve(m_core.get(),
        m_options.profile, std::nullopt, this, &CliOutput::message);
    if (cloud.exitCode != 0 || !cloud.session) {
        finish(cloud.exitCode == InvalidInput ? InvalidInput : AuthOrConnection);
        return;
    }
    m_session = cloud.session;
    m_family = cloud.profile.family;
    m_api = m_options.api.value_or(ImageApis::forFamily(m_family));
    if (m_options.action == Action::Set) {
        // Every local rule before anything is sent.
        const FieldErrors errors = m_options.edit.validate(m_api, m_family);
        if (!errors.isEmpty()) {
            CliOutput::message(tr("The change is not valid; nothing was sent:"));
            for (const FieldError &e : errors)
                CliOutput::message(e.field.isEmpty()
                        ? u"  "_s + e.message
                        : QCoreApplication::translate("SubmitCommand", "  %1: %2")
                              .arg(e.field, e.message));
            finish(InvalidInput);
            return;
        }
    }
    if (m_options.action == Action::Delete && !m_options.yes && !confirmDelete())
        return;
    m_session->connectToCloud(this, [this](const ApiError &error) { connected(error); });
}

bool ImagesCommand::confirmDelete()
{
    if (!stdinIsTerminal()) {
        CliOutput::message(tr("Nothing was deleted: give --yes to delete without a question (standard "
                        "input is not a terminal, so there is nobody to ask)."));
        finish(InvalidInput);
        return false;
    }
    //: %n = number of images, %1 = their IDs
    std::fputs(tr("Delete %n image(s): %1? [y/N] ", nullptr, int(m_options.ids.size()))
                   .arg(m_options.ids.join(u", "_s))
                   .toLocal8Bit()
                   .constData(),
        stderr);
    std::fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer != u"y" && answer != u"yes" && answer != tr("y")) {
        CliOutput::message(tr("Nothing was deleted."));
        finish(InvalidInput);
        return false;
    }
    return true;
}

void ImagesCommand::connected(const ApiError &error)
{
    if (m_finished)
        return;
    if (error) {
        reportError(error);
        finish(AuthOrConnection);
        return;
    }
    if (!m_session->imageEndpoint()) {
        CliOutput::message(tr("The cloud's catalog has no image service; its images cannot be listed."));
        finish(AuthOrConnection);
        return;
    }
    switch (m_options.action) {
    case Action::List:
        list();
        return;
    case Action::Show:
        show();
        return;
    case Action::Set:
        set();
        return;
    case Action::Delete:
        remove();
        return;
    }
}

void ImagesCommand::list()
{
    auto *lister = new ImageLister(m_session, m_api, m_options.filter, m_options.pageSize, this);
    connect(lister,
        &ImageLister::pageArrived,
        this,
        [this, lister](const QList<LibraryImage> &images, bool more) {
            m_listed.append(images);
            if (more) {
                lister->fetchNext();
                return;
            }
            CliOutput::text(m_options.json ? ImagesOutput::json(m_listed) : ImagesOutput::table(m_listed));
            if (m_listed.isEmpty() && !m_options.json)
                CliOutput::message(tr("No images."));
            finish(Succeeded);
        });
    connect(lister, &ImageLister::failed, this, [this](const ApiError &error) {
        reportError(error);
        finish(exitCodeFor(error, false));
    });
    lister->fetchNext();
}

void ImagesCommand::show()
{
    RestJob *job = ImageCalls::show(m_session, m_api, m_options.ids.constFirst(), this);
    connect(job, &RestJob::finished, this, [this](RestJob *j) {
        if (j->error()) {
            reportError(j->error());
            finish(exitCodeFor(j->error(), false));
            return;
        }
        const auto image = ImageCalls::shownImage(m_api, j, nullptr);
        if (!image) {
            //: %1 = image ID
            CliOutput::message(tr("There is no image %1.").arg(m_options.ids.constFirst()));
            finish(CloudRefused);
            return;
        }
        CliOutput::text(m_options.json ? ImagesOutput::json(*image) : ImagesOutput::details(*image));
        finish(Succeeded);
    });
}

void ImagesCommand::set()
{
    const QString id = m_options.ids.constFirst();
    auto *run = new ImageEditRun(m_session, m_api, id, m_options.edit, this);
    connect(run, &ImageActionRun::finished, this, [this, id](ImageActionRun *r) {
        auto *edit = static_cast<ImageEditRun *>(r);
        if (!edit->refusals().isEmpty()) {
            //: %1 = image ID
            CliOutput::message(tr("Image %1 was not changed:").arg(id));
            for (const QString &why : edit->refusals())
                CliOutput::message(u"  "_s + why);
            finish(CloudRefused);
            return;
        }
        if (r->error()) {
            //: %1 = image ID
            CliOutput::message(tr("Image %1 was not changed:").arg(id));
            reportError(r->error());
            finish(exitCodeFor(r->error(), true));
            return;
        }
        CliOutput::text(u"image_id="_s + id + u'\n');
        if (edit->result())
            CliOutput::text(u"name="_s + edit->result()->name + u'\n');
        CliOutput::message(tr("Image %1 was changed.").arg(id));
        finish(Succeeded);
    });
    run->start();
}

void ImagesCommand::remove()
{
    auto *run = new ImageDeleteRun(m_session, m_api, m_options.ids, m_options.deleteBackups, this);
    connect(run, &ImageDeleteRun::imageDone, this, [](const QString &id, const ApiError &error) {
        if (!error) {
            CliOutput::text(u"deleted="_s + id + u'\n');
            return;
        }
        CliOutput::text(u"not_deleted="_s + id + u'\n');
        //: %1 = image ID, %2 = the cloud's answer
        CliOutput::message(tr("Image %1 was not deleted: %2").arg(id, error.userMessage()));
    });
    connect(run, &ImageActionRun::finished, this, [this](ImageActionRun *r) {
        finish(r->error() ? exitCodeFor(r->error(), true) : Succeeded);
    });
    run->start();
}
