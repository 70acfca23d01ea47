#pragma once

#include <QCommandLineParser>

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "library/actions/editaction.h"
#include "library/imagelister.h"
#include "library/libraryimage.h"
#include "net/apierror.h"

class AppCore;
class CloudSession;
class InterruptWatcher;

/// `imagewright images list|show|set|delete ...` (interfaces.md §3; docs/library.md): the image
/// library headless, under a QCoreApplication. `--profile` or the OS_* environment as for
/// `submit`; `--api ims|glance` overrides the family's API (interfaces.md §6). Machine output
/// (tables' values, JSON, `image_id=`/`deleted=` lines) on stdout, untranslated where it is
/// data; messages on stderr in the UI language. Exit codes: see ExitCode.
class ImagesCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesCommand)
public:
    enum ExitCode
    {
        Succeeded = 0,
        CloudRefused = 1,     // a 4xx (not found, protected, not active, ...)
        InvalidInput = 2,     // the command line or a local rule; nothing was sent
        AuthOrConnection = 3, // authentication, connection, TLS, keychain
        OutcomeUnknown = 4,   // a change whose answer was lost
        Interrupted = 130,    // SIGINT
    };
    enum class Action
    {
        List,
        Show,
        Set,
        Delete
    };
    struct Options
    {
        Action action = Action::List;
        QString profile; // name or id; empty: the OS_* environment
        std::optional<ImageApi> api;
        bool json = false;
        ImageFilter filter;
        int pageSize = ImageLister::DefaultPageSize;
        QStringList ids;
        ImageEdit edit;
        bool yes = false;
        bool deleteBackups = false;
    };

    /// Parses the arguments after the program name ("images", the action, ...). nullopt with a
    /// translated `error`, or with `help` set to the text for --help (exit 0).
    static std::optional<Options> parseArguments(
        const QStringList &arguments, QString *error, QString *help);
    /// Runs the command in the current QCoreApplication (after AppCore::setApplicationIdentity()
    /// and the translator) and returns the exit code.
    static int run(const QStringList &arguments);

    /// --profile and --api, the options every images action takes (the members actions too).
    static QCommandLineOption profileOption();
    static QCommandLineOption apiOption();
    /// Reads them from `parser`; false with a translated `error` (an empty profile name, an
    /// unknown API).
    static bool readTarget(const QCommandLineParser &parser,
        QString *profile,
        std::optional<ImageApi> *api,
        QString *error);

    /// The exit code for a failed request; `change`: one that may have changed the cloud.
    static int exitCodeFor(const ApiError &error, bool change);

    explicit ImagesCommand(Options options, QObject *parent = nullptr);
    ~ImagesCommand() override;

private:
    void start();
    void connected(const ApiError &error);
    void list();
    void show();
    void set();
    void remove();
    bool confirmDelete();
    void reportError(const ApiError &error);
    void finish(int code);


    Options m_options;
    std::unique_ptr<AppCore> m_core;
    QPointer<CloudSession> m_session;
    CloudFamily m_family = CloudFamily::OpenStack;
    ImageApi m_api = ImageApi::Glance;
    QList<LibraryImage> m_listed;
    InterruptWatcher *m_interrupt = nullptr;
    bool m_finished = false;
};
