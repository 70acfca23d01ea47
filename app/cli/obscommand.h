#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include "cli/obsenv.h"
#include "net/apierror.h"
#include "obs/s3types.h"

class RestClient;
class S3Auth;
class S3Client;

/// `imagewright obs ls|put|uploads|abort ...` (interfaces.md §3; docs/obs.md): object storage
/// (OBS, or any S3 API) headless, under a QCoreApplication. Keys and endpoint from the
/// environment (ObsEnv), or from a saved profile with --profile (ObsProfile). Machine-readable
/// output on stdout (tables, or JSON with --json; put's key=value lines, untranslated keys),
/// messages on stderr in the UI language. `put` is ObsPutCommand. Exit codes: see ExitCode.
class ObsCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsCommand)
public:
    enum ExitCode
    {
        Succeeded = 0,
        CloudRefused = 1,       // the object storage refused it (NoSuchBucket, AccessDenied, ...)
        InvalidCommandLine = 2, // the command line, or the local file; nothing was sent
        AuthOrConnection = 3,   // keys refused, connection, TLS
        OutcomeUnknown = 4,     // an answer that could not be understood
        Interrupted = 130,      // SIGINT
    };

    enum class Action
    {
        List,
        Put,
        Uploads,
        Abort,
    };

    struct Options
    {
        Action action = Action::List;
        QString bucket;
        QString path;     // ls: the prefix; put/abort: the object
        QString file;     // put
        QString uploadId; // abort
        bool json = false;
        int parallel = 4;
        qint64 partSizeMiB = 0; // 0: automatic
        QString region;
        bool pathStyle = false;
        QString profile; // --profile: a saved cloud profile instead of the environment
    };

    /// Parses the arguments after the program name ("obs", the action, ...). On an error fills
    /// `error` (translated) and returns nullopt; with --help, `helpShown` is set and `error`
    /// holds the help text.
    static std::optional<Options> parseArguments(
        const QStringList &arguments, QString *error, bool *helpShown = nullptr);

    /// Runs the command in the current QCoreApplication and returns the exit code (after
    /// AppCore::setApplicationIdentity() and the translator).
    static int run(const QStringList &arguments);

    static int exitCodeFor(const ApiError &error);
    /// One or two translated sentences for stderr, with the server's code and message.
    static QString describe(const ApiError &error);
    /// The REST client, signer and S3 client for `env`, children of `owner`.
    static S3Client *makeClient(const ObsEnv &env, QObject *owner);

    ObsCommand(Options options, ObsEnv env, QObject *parent = nullptr);
    ~ObsCommand() override;

private:
    /// --profile: resolves and signs in to the profile, then runs the action with its endpoint
    /// and keys (ObsProfile).
    static int runWithProfile(const Options &options);
    void start();
    void listBuckets();
    void listObjects();
    void listUploads();
    void abortUpload();
    void printBuckets(const QList<S3Bucket> &buckets, const QList<S3BucketInfo> &infos);
    void finish(int code);
    void fail(const ApiError &error);

    Options m_options;
    ObsEnv m_env;
    RestClient *m_rest = nullptr;
    S3Auth *m_auth = nullptr;
    S3Client *m_client = nullptr;
    bool m_finished = false;
};
