#include "cli/cloudresolver.h"

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cli/openstackenv.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"

using namespace Qt::StringLiterals;

namespace {

// The sentences `submit` prints for the same situations, in its translation context.
QString submitText(const char *source)
{
    return QCoreApplication::translate("SubmitCommand", source);
}

} // namespace

CloudResolver::Result CloudResolver::resolve(
    AppCore *core, const QString &profile, const QProcessEnvironment &env, QObject *parent)
{
    Result r;
    const QList<CloudProfile> saved = core->profiles()->profiles();
    if (!profile.isEmpty()) {
        QList<CloudProfile> matches;
        for (const CloudProfile &p : saved) {
            if (p.id == profile)
                matches = {p};
        }
        if (matches.isEmpty()) {
            for (const CloudProfile &p : saved) {
                if (p.name == profile)
                    matches << p;
            }
        }
        if (matches.size() != 1) {
            QStringList names;
            for (const CloudProfile &p : saved)
                names << p.name;
            r.failure = Failure::InvalidInput;
            if (matches.isEmpty())
                r.messages << submitText(
                    "No saved cloud profile is called \"%1\". Saved profiles: %2")
                                  .arg(profile,
                                      names.isEmpty() ? submitText("(none)") : names.join(u", "_s));
            else
                r.messages << submitText(
                    "Several saved profiles are called \"%1\"; give its id instead.")
                                  .arg(profile);
            return r;
        }
        r.profile = matches.constFirst();
        r.session = core->session(r.profile.id); // keychain secrets (demo: "demo")
        r.familyKnown = true;
        if (!r.session) {
            r.failure = Failure::Credentials;
            r.messages << submitText("The cloud profile could not be opened.");
        }
        return r;
    }
    if (!OpenStackEnv::isPresent(env)) {
        r.failure = Failure::Credentials;
        r.messages << submitText("No cloud given: use --profile NAME, or set OS_AUTH_URL, "
                                 "OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME (e.g. source your "
                                 "openrc file).");
        return r;
    }
    QString error;
    OpenStackEnv::Failure failure = OpenStackEnv::Failure::Environment;
    const auto fromEnv = OpenStackEnv::read(env, &error, &failure);
    if (!fromEnv) {
        r.failure = failure == OpenStackEnv::Failure::CloudsFile ? Failure::InvalidInput
                                                                 : Failure::Credentials;
        r.messages << error;
        return r;
    }
    for (const QString &w : fromEnv->warnings)
        r.messages << submitText("warning: %1").arg(w);
    r.profile = fromEnv->profile;
    for (const CloudProfile &p : saved) {
        if (p.authUrl.adjusted(QUrl::StripTrailingSlash)
                == r.profile.authUrl.adjusted(QUrl::StripTrailingSlash)
            && p.userName == r.profile.userName && p.region == r.profile.region
            && ((!r.profile.projectId.isEmpty() && p.projectId == r.profile.projectId)
                || (!r.profile.projectName.isEmpty() && p.projectName == r.profile.projectName))) {
            r.profile.family = p.family;
            r.familyKnown = true;
            break;
        }
    }
    auto *session = new CloudSession(core->client(), r.profile, parent);
    if (fromEnv->usesApplicationCredential())
        session->auth()->setApplicationCredential(fromEnv->applicationCredentialId,
            fromEnv->applicationCredentialName,
            fromEnv->applicationCredentialSecret);
    else
        session->auth()->setPassword(fromEnv->password);
    r.session = session;
    return r;
}
