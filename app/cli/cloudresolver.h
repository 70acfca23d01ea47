#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "cloud/cloudprofile.h"

class AppCore;
class CloudSession;
class QObject;

/// How a headless command other than `submit` finds its cloud (interfaces.md §3): `--profile
/// NAME` (a saved profile by id or name; its secrets from the keychain, the demo profile's from
/// the demo cloud), else the OpenStack environment (OS_CLOUD with clouds.yaml, or OS_AUTH_URL and
/// the rest; OpenStackEnv). An environment naming the same cloud, user and project as a saved
/// profile takes that profile's family. Messages are translated, for stderr.
struct CloudResolver
{
    enum class Failure
    {
        None,
        InvalidInput, // exit 2: an unknown or ambiguous profile, an unreadable clouds.yaml
        Credentials,  // exit 3: no cloud given, an incomplete environment
    };
    struct Result
    {
        CloudSession *session = nullptr; // owned by the core (profile) or by `parent` (env)
        CloudProfile profile;
        bool familyKnown = false; // from a saved profile rather than guessed from the URL
        Failure failure = Failure::None;
        QStringList messages; // errors, or warnings when it succeeded
    };

    static Result resolve(
        AppCore *core, const QString &profile, const QProcessEnvironment &env, QObject *parent);
};
