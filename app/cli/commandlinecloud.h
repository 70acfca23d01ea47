#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include "cloud/cloudprofile.h"

class AppCore;
class CloudSession;
class QObject;

/// The cloud a command line names (interfaces.md §3): `--profile NAME` (a saved profile, its
/// secret from the keychain) or else the OpenStack environment (OS_CLOUD with clouds.yaml, or
/// OS_AUTH_URL, OS_USERNAME, ...). A cloud from the environment is filed under the saved profile
/// with the same auth URL, user, project and region when there is one, so the GUI can follow its
/// jobs with that profile's secret; otherwise under the environment's own profile id. Shared by
/// `submit` and `watch`; its messages keep the `SubmitCommand` translation context.
class CommandLineCloud
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
public:
    struct Result
    {
        CloudProfile profile;
        QPointer<CloudSession> session;
        bool familyKnown = false; // from the saved profile or --family, not guessed
        int exitCode = 0;         // 0: resolved; else the exit code (messages already printed)
        /// The environment's cloud when no saved profile matched it (its id is the jobs'
        /// "env-..." id, its name the one to offer a saved profile under): what `submit` keeps
        /// in EnvironmentProfiles. No secret is in it.
        std::optional<CloudProfile> environment;
    };

    /// Resolves `profileOption` (name or id; empty: the environment). A session built from the
    /// environment gets `parent` and is what the monitor's resolver hands out for its profile id.
    static Result resolve(AppCore *core,
        const QString &profileOption,
        std::optional<CloudFamily> family,
        QObject *parent,
        const std::function<void(const QString &)> &printMessage);
    /// Whether the OpenStack environment names a cloud (OS_CLOUD or OS_AUTH_URL).
    static bool environmentPresent();
};
