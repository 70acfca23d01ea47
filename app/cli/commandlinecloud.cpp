#include "cli/commandlinecloud.h"

#include <QProcessEnvironment>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cli/openstackenv.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "jobs/jobmonitor.h"

using namespace Qt::StringLiterals;

namespace {
// interfaces.md §3 (the same numbers as SubmitCommand::ExitCode).
constexpr int InvalidRequest = 2;
constexpr int AuthOrConnection = 3;

bool sameCloud(const CloudProfile &saved, const CloudProfile &env)
{
    return saved.authUrl.adjusted(QUrl::StripTrailingSlash)
            == env.authUrl.adjusted(QUrl::StripTrailingSlash)
        && saved.userName == env.userName && saved.region == env.region
        && ((!env.projectId.isEmpty() && saved.projectId == env.projectId)
            || (!env.projectName.isEmpty() && saved.projectName == env.projectName));
}
} // namespace

bool CommandLineCloud::environmentPresent()
{
    return OpenStackEnv::isPresent(QProcessEnvironment::systemEnvironment());
}

CommandLineCloud::Result CommandLineCloud::resolve(AppCore *core,
    const QString &profileOption,
    std::optional<CloudFamily> family,
    QObject *parent,
    const std::function<void(const QString &)> &printMessage)
{
    Result result;
    result.familyKnown = family.has_value();
    const QList<CloudProfile> saved = core->profiles()->profiles();
    if (!profileOption.isEmpty()) {
        QList<CloudProfile> matches;
        for (const CloudProfile &p : saved) {
            if (p.id == profileOption)
                matches = {p};
        }
        if (matches.isEmpty()) {
            for (const CloudProfile &p : saved) {
                if (p.name == profileOption)
                    matches << p;
            }
        }
        if (matches.size() != 1) {
            QStringList names;
            for (const CloudProfile &p : saved)
                names << p.name;
            if (matches.isEmpty())
                //: %1 = the profile asked for, %2 = the saved profile names
                printMessage(tr("No saved cloud profile is called \"%1\". Saved profiles: %2")
                                 .arg(profileOption,
                                     names.isEmpty() ? tr("(none)") : names.join(u", "_s)));
            else
                //: %1 = the profile name
                printMessage(tr("Several saved profiles are called \"%1\"; give its id instead.")
                                 .arg(profileOption));
            result.exitCode = InvalidRequest;
            return result;
        }
        result.profile = matches.constFirst();
        result.session = core->session(result.profile.id); // secret from the keychain
        result.familyKnown = true;
        return result;
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!OpenStackEnv::isPresent(env)) {
        printMessage(tr("No cloud given: use --profile NAME, or set OS_AUTH_URL, "
                        "OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME (e.g. source your "
                        "openrc file)."));
        result.exitCode = AuthOrConnection;
        return result;
    }
    QString error;
    OpenStackEnv::Failure failure = OpenStackEnv::Failure::Environment;
    const auto fromEnv = OpenStackEnv::read(env, &error, &failure);
    if (!fromEnv) {
        printMessage(error);
        // A clouds.yaml that cannot be read is an invalid input, like the request file.
        result.exitCode =
            failure == OpenStackEnv::Failure::CloudsFile ? InvalidRequest : AuthOrConnection;
        return result;
    }
    for (const QString &w : fromEnv->warnings)
        printMessage(tr("warning: %1").arg(w));
    result.profile = fromEnv->profile;
    for (const CloudProfile &p : saved) {
        if (sameCloud(p, result.profile)) {
            result.profile.id = p.id;
            result.profile.name = p.name;
            result.profile.family = p.family;
            result.familyKnown = true;
            break;
        }
    }
    if (family)
        result.profile.family = *family; // what the monitor's checks go by
    if (result.profile.id == fromEnv->profile.id) { // filed under the environment's own id
        result.environment = result.profile;
        result.environment->name = fromEnv->savedName;
    }
    auto *session = new CloudSession(core->client(), result.profile, parent);
    if (fromEnv->usesApplicationCredential())
        session->auth()->setApplicationCredential(fromEnv->applicationCredentialId,
            fromEnv->applicationCredentialName,
            fromEnv->applicationCredentialSecret);
    else
        session->auth()->setPassword(fromEnv->password);
    result.session = session;
    const QString id = result.profile.id;
    const QPointer<CloudSession> held = session;
    core->monitor()->setSessionResolver([core, held, id](const QString &profileId) {
        return profileId == id ? held.data() : core->session(profileId);
    });
    return result;
}
