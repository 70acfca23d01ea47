#include "cli/obscommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "appcore.h"
#include "cli/clioutput.h"
#include "cli/commandlinecloud.h"
#include "cli/obsprofile.h"
#include "cli/obsputcommand.h" // put, and its resume files
#include "cloud/cloudsession.h"
#include "logging.h"
#include "net/restclient.h"
#include "obs/s3auth.h"
#include "obs/s3client.h"
#include "upload/transferrate.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxListed = 100000;   // objects and prefixes `obs ls` lists at most
constexpr int MaxBucketInfos = 200; // buckets whose location `obs ls` asks for

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

/// "BUCKET/PREFIX" or "BUCKET" (an "s3://" or "obs://" in front is accepted).
void splitTarget(QString text, QString *bucket, QString *rest)
{
    for (const QString &scheme : {u"s3://"_s, u"obs://"_s}) {
        if (text.startsWith(scheme))
            text = text.mid(scheme.size());
    }
    const qsizetype slash = text.indexOf(u'/');
    *bucket = slash < 0 ? text : text.left(slash);
    *rest = slash < 0 ? QString() : text.mid(slash + 1);
}

} // namespace

std::optional<ObsCommand::Options> ObsCommand::parseArguments(
    const QStringList &arguments, QString *error, bool *helpShown)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    // arguments: "obs", the action, its arguments. The action decides the options offered.
    const QString action = arguments.value(1);
    const QStringList actions{u"ls"_s, u"put"_s, u"uploads"_s, u"abort"_s};
    QCommandLineParser parser;
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption region(u"region"_s,
        tr("The region the signature is for. Default: OBS_REGION, AWS_REGION, the region in an "
           "OBS endpoint's name, else us-east-1."),
        tr("region", "command line value name"));
    const QCommandLineOption pathStyle(u"path-style"_s,
        tr("Address buckets in the path (https://host/bucket/object) instead of the host name. "
           "Always so for an IP address or localhost."));
    const QCommandLineOption json(
        u"json"_s, tr("Print one JSON document (stable keys) instead of a table."));
    const QCommandLineOption parts(u"parts"_s,
        tr("How many parts are sent at the same time (default 4)."),
        tr("count", "command line value name"));
    const QCommandLineOption partSize(u"part-size"_s,
        tr("The size of each part in MiB (5 to 5120). Default: 16 MiB, larger when the file "
           "needs more than 10,000 parts."),
        tr("MiB", "command line value name"));
    const QCommandLineOption profile(u"profile"_s,
        tr("Use the object storage of this saved cloud profile (name or id): its catalog's OBS "
           "endpoint and its keys (an AK/SK profile's own, else temporary keys from IAM). "
           "Default: the OBS_* or AWS_* environment."),
        tr("name", "command line value name"));
    parser.addOptions({help, region, pathStyle, profile});
    parser.addPositionalArgument(u"obs"_s, tr("The command."));
    if (action == u"ls") {
        parser.setApplicationDescription(tr("Lists the buckets, or the objects of a bucket under "
                                            "a prefix, of the object storage (OBS or S3)."));
        parser.addOption(json);
        parser.addPositionalArgument(u"ls"_s, tr("The action."));
        parser.addPositionalArgument(u"bucket"_s, tr("BUCKET or BUCKET/PREFIX (optional)."));
    } else if (action == u"put") {
        parser.setApplicationDescription(
            tr("Uploads a file as an object in parts, several at a time. Running the same "
               "command again after an interruption resumes the upload: only the missing parts "
               "are sent."));
        parser.addOptions({parts, partSize});
        parser.addPositionalArgument(u"put"_s, tr("The action."));
        parser.addPositionalArgument(u"file"_s, tr("The local file."));
        parser.addPositionalArgument(u"target"_s,
            tr("BUCKET or BUCKET/OBJECT (default object name: the file's name; BUCKET/FOLDER/ "
               "puts it in that folder)."));
    } else if (action == u"uploads") {
        parser.setApplicationDescription(
            tr("Lists the unfinished multipart uploads of a bucket (they use paid space until "
               "completed or aborted)."));
        parser.addOption(json);
        parser.addPositionalArgument(u"uploads"_s, tr("The action."));
        parser.addPositionalArgument(u"bucket"_s, tr("The bucket."));
    } else if (action == u"abort") {
        parser.setApplicationDescription(
            tr("Aborts an unfinished multipart upload: the object storage deletes its parts."));
        parser.addPositionalArgument(u"abort"_s, tr("The action."));
        parser.addPositionalArgument(u"bucket"_s, tr("The bucket."));
        parser.addPositionalArgument(u"object"_s, tr("The object."));
        parser.addPositionalArgument(u"upload-id"_s, tr("The upload ID (see obs uploads)."));
    } else {
        //: %1 = the list of actions
        parser.setApplicationDescription(
            tr("Object storage (OBS, or any S3 API) without a display. Actions: %1. "
               "\"imagewright obs ACTION --help\" describes each.")
                .arg(actions.join(u", "_s)));
        parser.addPositionalArgument(u"action"_s, actions.join(u'|'));
    }
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        if (helpShown)
            *helpShown = true;
        if (error)
            *error = parser.helpText();
        return std::nullopt;
    }
    if (!actions.contains(action)) {
        if (action.isEmpty())
            //: %1 = the list of actions
            return fail(tr("Give an action: imagewright obs %1").arg(actions.join(u'|')));
        //: %1 = what was given, %2 = the list of actions
        return fail(
            tr("Unknown action \"%1\". Use one of: %2.").arg(action, actions.join(u", "_s)));
    }
    QStringList positional = parser.positionalArguments().mid(1); // after the action
    Options o;
    o.region = parser.value(region);
    o.pathStyle = parser.isSet(pathStyle);
    o.profile = parser.value(profile);
    const auto tooMany = [&](int allowed) {
        return positional.size() > allowed
            //: %1 = the unexpected argument
            ? std::optional<QString>(tr("Unexpected argument: %1").arg(positional.at(allowed)))
            : std::nullopt;
    };
    if (action == u"ls") {
        o.action = Action::List;
        o.json = parser.isSet(json);
        if (const auto e = tooMany(1))
            return fail(*e);
        splitTarget(positional.value(0), &o.bucket, &o.path);
    } else if (action == u"put") {
        o.action = Action::Put;
        if (const auto e = tooMany(2))
            return fail(*e);
        if (positional.size() < 2)
            return fail(
                tr("Give the file and the bucket: imagewright obs put FILE BUCKET[/OBJECT]"));
        o.file = positional.at(0);
        splitTarget(positional.at(1), &o.bucket, &o.path);
        if (parser.isSet(parts)) {
            bool ok = false;
            o.parallel = parser.value(parts).toInt(&ok);
            if (!ok || o.parallel < 1 || o.parallel > 64)
                //: %1 = the value given
                return fail(tr("--parts needs a whole number from 1 to 64, not \"%1\".")
                                .arg(parser.value(parts)));
        }
        if (parser.isSet(partSize)) {
            bool ok = false;
            o.partSizeMiB = parser.value(partSize).toLongLong(&ok);
            if (!ok || o.partSizeMiB < 5 || o.partSizeMiB > 5120)
                //: %1 = the value given
                return fail(tr("--part-size needs a whole number of MiB from 5 to 5120, not "
                               "\"%1\".")
                                .arg(parser.value(partSize)));
        }
    } else if (action == u"uploads") {
        o.action = Action::Uploads;
        o.json = parser.isSet(json);
        if (const auto e = tooMany(1))
            return fail(*e);
        if (positional.isEmpty())
            return fail(tr("Give the bucket: imagewright obs uploads BUCKET"));
        QString rest;
        splitTarget(positional.at(0), &o.bucket, &rest);
        o.path = rest;
    } else {
        o.action = Action::Abort;
        if (const auto e = tooMany(3))
            return fail(*e);
        if (positional.size() < 3)
            return fail(tr("Give the bucket, the object and the upload ID: imagewright obs abort "
                           "BUCKET OBJECT UPLOAD_ID"));
        o.bucket = positional.at(0);
        o.path = positional.at(1);
        o.uploadId = positional.at(2);
    }
    if (o.action != Action::List && o.bucket.isEmpty())
        return fail(tr("The bucket name is empty."));
    return o;
}

int ObsCommand::run(const QStringList &arguments)
{
    QString error;
    bool helpShown = false;
    const auto options = parseArguments(arguments, &error, &helpShown);
    if (!options)
        return CliOutput::refused(error, helpShown);
    if (!options->profile.isEmpty())
        return runWithProfile(*options);
    const auto env = ObsEnv::read(
        QProcessEnvironment::systemEnvironment(), options->region, options->pathStyle, &error);
    if (!env) {
        CliOutput::message(error);
        return InvalidCommandLine;
    }
    if (options->action == Action::Put)
        return ObsPutCommand::run(*options, *env);
    ObsCommand command(*options, *env);
    QTimer::singleShot(0, &command, &ObsCommand::start);
    return QCoreApplication::exec();
}

int ObsCommand::runWithProfile(const Options &options)
{
    // The same profile resolution as submit, watch and images (interfaces.md §3).
    AppCore::Options coreOptions;
    coreOptions.headless = true;
    AppCore core(coreOptions);
    QObject owner;
    const CommandLineCloud::Result cloud = CommandLineCloud::resolve(
        &core, options.profile, std::nullopt, &owner, &CliOutput::message);
    if (cloud.exitCode != 0 || !cloud.session)
        return cloud.exitCode == InvalidCommandLine ? InvalidCommandLine : AuthOrConnection;
    const QPointer<CloudSession> session = cloud.session;
    // Signed in first: the catalog says where the object storage is.
    session->connectToCloud(&owner, [&owner, session, options](const ApiError &error) {
        if (error) {
            CliOutput::message(describe(error));
            QCoreApplication::exit(exitCodeFor(error));
            return;
        }
        QString why;
        const auto env =
            ObsProfile::envFor(session, options.region, options.pathStyle, &owner, &why);
        if (!env) {
            CliOutput::message(why);
            QCoreApplication::exit(InvalidCommandLine);
            return;
        }
        if (options.action == Action::Put) {
            ObsPutCommand::launch(options, *env, &owner);
            return;
        }
        auto *command = new ObsCommand(options, *env, &owner);
        QTimer::singleShot(0, command, &ObsCommand::start);
    });
    return QCoreApplication::exec();
}

S3Client *ObsCommand::makeClient(const ObsEnv &env, QObject *owner)
{
    auto *rest = new RestClient({}, owner);
    auto *auth = new S3Auth(env.endpoint, env.region, env.credentials, owner);
    auth->setCredentialSource(env.credentialSource);
    return new S3Client(rest,
        auth,
        env.pathStyle ? S3Client::Addressing::PathStyle : S3Client::Addressing::VirtualHosted,
        owner);
}

ObsCommand::ObsCommand(Options options, ObsEnv env, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_env(std::move(env))
{
    m_client = makeClient(m_env, this);
}

ObsCommand::~ObsCommand() = default;

int ObsCommand::exitCodeFor(const ApiError &error)
{
    using K = ApiError::Kind;
    if (S3Client::isAuthenticationError(error))
        return AuthOrConnection;
    switch (error.kind) {
    case K::None:
        return Succeeded;
    case K::ConnectionFailed:
    case K::ConnectionLost:
    case K::Timeout:
    case K::Tls:
    case K::Unauthorized:
        return AuthOrConnection;
    case K::Http:
        return CloudRefused;
    case K::LocalFile:
    case K::Configuration:
        return InvalidCommandLine;
    case K::Aborted:
        return Interrupted;
    default:
        return OutcomeUnknown;
    }
}

QString ObsCommand::describe(const ApiError &error)
{
    QString text;
    if (S3Client::isAuthenticationError(error))
        //: %1 = the server's error code, %2 = its message
        text = tr("The object storage did not accept the access key or its signature: %1: %2")
                   .arg(error.serviceCode, error.message);
    else if (error.kind == ApiError::Kind::Http && !error.serviceCode.isEmpty())
        //: %1 = HTTP status, %2 = the server's error code, %3 = its message
        text = tr("The object storage refused the request (HTTP %1): %2: %3")
                   .arg(QString::number(error.httpStatus), error.serviceCode, error.message);
    else if (error.kind == ApiError::Kind::LocalFile)
        text = error.message;
    else
        text = error.userMessage();
    if (!error.requestId.isEmpty())
        //: %1 = a message, %2 = the server's request id
        text = tr("%1 (request ID %2)").arg(text, error.requestId);
    return text;
}

void ObsCommand::start()
{
    switch (m_options.action) {
    case Action::List:
        if (m_options.bucket.isEmpty())
            listBuckets();
        else
            listObjects();
        return;
    case Action::Uploads:
        listUploads();
        return;
    case Action::Abort:
        abortUpload();
        return;
    case Action::Put:
        return; // ObsPutCommand
    }
}

void ObsCommand::fail(const ApiError &error)
{
    CliOutput::message(describe(error));
    finish(exitCodeFor(error));
}

void ObsCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(code);
}

void ObsCommand::listBuckets()
{
    m_client->listBuckets(this, [this](const QList<S3Bucket> &buckets, const ApiError &e) {
        if (e)
            return fail(e);
        // Each bucket's region and storage class (IMS needs the image's region and Standard),
        // one after the other.
        auto infos = std::make_shared<QList<S3BucketInfo>>();
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, buckets, infos, next] {
            if (infos->size() >= std::min<qsizetype>(buckets.size(), MaxBucketInfos)) {
                printBuckets(buckets, *infos);
                *next = nullptr; // breaks the cycle
                return;
            }
            const S3Bucket &b = buckets.at(infos->size());
            m_client->bucketInfo(
                b.name, this, [infos, next, b](const S3BucketInfo &info, const ApiError &err) {
                    S3BucketInfo shown = info;
                    if (shown.location.isEmpty())
                        shown.location = b.location;
                    if (err) // shown as "-": a listing still lists the bucket
                        qCInfo(lcNet) << "bucket location not readable: HTTP" << err.httpStatus;
                    infos->append(shown);
                    if (*next)
                        (*next)();
                });
        };
        (*next)();
    });
}

void ObsCommand::printBuckets(const QList<S3Bucket> &buckets, const QList<S3BucketInfo> &infos)
{
    if (m_options.json) {
        QJsonArray list;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            const S3BucketInfo info = infos.value(i);
            list.append(QJsonObject{{u"name"_s, buckets.at(i).name},
                {u"created"_s, iso(buckets.at(i).created)},
                {u"location"_s, info.location.isEmpty() ? buckets.at(i).location : info.location},
                {u"storage_class"_s, info.storageClass}});
        }
        CliOutput::line(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            const S3BucketInfo info = infos.value(i);
            const QString location =
                info.location.isEmpty() ? buckets.at(i).location : info.location;
            CliOutput::line(u"%1  %2  %3  %4"_s.arg(iso(buckets.at(i).created),
                location.isEmpty() ? u"-"_s : location,
                info.storageClass.isEmpty() ? u"-"_s : info.storageClass,
                buckets.at(i).name));
        }
        if (buckets.isEmpty())
            CliOutput::message(tr("No buckets."));
    }
    finish(Succeeded);
}

void ObsCommand::listObjects()
{
    m_client->listObjects(m_options.bucket,
        m_options.path,
        MaxListed,
        this,
        [this](const S3ObjectList &list, const ApiError &e) {
            if (e)
                return fail(e);
            if (m_options.json) {
                QJsonArray objects;
                for (const S3Object &o : list.objects) {
                    objects.append(QJsonObject{{u"key"_s, o.key},
                        {u"size"_s, double(o.size)},
                        {u"etag"_s, o.etag},
                        {u"last_modified"_s, iso(o.lastModified)},
                        {u"storage_class"_s, o.storageClass}});
                }
                const QJsonObject doc{{u"bucket"_s, m_options.bucket},
                    {u"prefix"_s, m_options.path},
                    {u"prefixes"_s, QJsonArray::fromStringList(list.commonPrefixes)},
                    {u"objects"_s, objects},
                    {u"truncated"_s, list.truncated}};
                CliOutput::line(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented))
                              .trimmed());
            } else {
                for (const QString &p : list.commonPrefixes)
                    CliOutput::line(u"%1  %2"_s.arg(u"PRE"_s.rightJustified(32), p));
                for (const S3Object &o : list.objects) {
                    CliOutput::line(u"%1  %2  %3"_s.arg(
                        iso(o.lastModified), QString::number(o.size).rightJustified(11), o.key));
                }
                if (list.objects.isEmpty() && list.commonPrefixes.isEmpty())
                    CliOutput::message(tr("No objects."));
                if (list.truncated)
                    //: %1 = a number
                    CliOutput::message(tr("Only the first %1 entries are listed.").arg(MaxListed));
            }
            finish(Succeeded);
        });
}

void ObsCommand::listUploads()
{
    m_client->listMultipartUploads(m_options.bucket,
        m_options.path,
        this,
        [this](const QList<S3Upload> &uploads, const ApiError &e) {
            if (e)
                return fail(e);
            if (m_options.json) {
                QJsonArray list;
                for (const S3Upload &u : uploads) {
                    list.append(QJsonObject{{u"key"_s, u.key},
                        {u"upload_id"_s, u.uploadId},
                        {u"initiated"_s, iso(u.initiated)}});
                }
                CliOutput::line(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented))
                              .trimmed());
            } else {
                for (const S3Upload &u : uploads)
                    CliOutput::line(u"%1  %2  %3"_s.arg(iso(u.initiated), u.uploadId, u.key));
                if (uploads.isEmpty())
                    CliOutput::message(tr("No unfinished uploads."));
            }
            finish(Succeeded);
        });
}

void ObsCommand::abortUpload()
{
    m_client->abortMultipartUpload(m_options.bucket,
        m_options.path,
        m_options.uploadId,
        this,
        [this](bool, const ApiError &e) {
            if (e)
                return fail(e);
            ObsPutCommand::forgetResumeFiles(
                m_env, m_options.bucket, m_options.path, m_options.uploadId);
            //: %1 = upload ID, %2 = object name
            CliOutput::message(tr("Aborted upload %1 of %2.").arg(m_options.uploadId, m_options.path));
            finish(Succeeded);
        });
}
