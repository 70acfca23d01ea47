#include "profiles/profilevalidator.h"

#include "cloud/cloudpresets.h"

using namespace Qt::StringLiterals;

bool ProfileCheck::isValid() const
{
    if (!overrides.isEmpty())
        return false;
    for (const ProfileIssue &issue : issues) {
        if (issue.level == ProfileIssue::Level::Error)
            return false;
    }
    return true;
}

QString ProfileCheck::message(ProfileField field) const
{
    return issues.value(field).message;
}

bool ProfileCheck::isError(ProfileField field) const
{
    const auto it = issues.constFind(field);
    return it != issues.cend() && it->level == ProfileIssue::Level::Error;
}

QSet<SecretKind> ProfileValidator::storedSecretsOf(const CloudProfile &saved)
{
    switch (saved.authMethod) {
    case AuthMethod::Password:
        return {SecretKind::Password};
    case AuthMethod::ApplicationCredential:
        return {SecretKind::ApplicationCredentialSecret};
    case AuthMethod::AkSk:
        if (saved.temporaryAccessKey)
            return {SecretKind::SecretKey, SecretKind::SecurityToken};
        return {SecretKind::SecretKey};
    }
    return {};
}

bool ProfileValidator::hasPasswordToSignIn(const ProfileDraft &draft)
{
    return draft.profile.family == CloudFamily::Demo
        || draft.profile.authMethod != AuthMethod::Password
        || draft.typedSecrets.contains(SecretKind::Password)
        || draft.storedSecrets.contains(SecretKind::Password);
}

ProfileCheck ProfileValidator::check(const ProfileDraft &draft, const QList<CloudProfile> &others)
{
    ProfileCheck result;
    const CloudProfile &p = draft.profile;
    const auto error = [&result](ProfileField field, bool broken, const QString &message) {
        if (broken)
            result.issues.insert(field, {ProfileIssue::Level::Error, message});
    };

    if (p.name.isEmpty()) {
        error(ProfileField::Name, true, tr("Enter a name for the profile."));
    } else {
        for (const CloudProfile &other : others) {
            if (other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0)
                error(ProfileField::Name, true, tr("Another profile already has this name."));
        }
    }
    // The demo profile is written by the app at every start of the demo cloud: only its name
    // is the operator's.
    if (p.family == CloudFamily::Demo)
        return result;

    error(ProfileField::Region,
        !CloudPresets::regions(p.family).isEmpty() && p.region.isEmpty(),
        tr("Choose a region."));

    const CloudPresets::UrlCheck url = CloudPresets::checkAuthUrl(
        draft.authUrlText.isEmpty() ? p.authUrl.toString() : draft.authUrlText);
    if (url.level == CloudPresets::UrlCheck::Level::Warning)
        result.issues.insert(ProfileField::AuthUrl, {ProfileIssue::Level::Warning, url.message});
    else if (url.level == CloudPresets::UrlCheck::Level::Error)
        result.issues.insert(ProfileField::AuthUrl, {ProfileIssue::Level::Error, url.message});

    // The user and project the method needs: a password signs in as a user into a project;
    // an application credential by name names its user (its project is its own); AK/SK
    // needs neither (the project is found by the region's name).
    const AuthMethod method = p.authMethod;
    const bool appCred = method == AuthMethod::ApplicationCredential;
    const bool aksk = method == AuthMethod::AkSk;
    const bool needsUser =
        method == AuthMethod::Password || (appCred && p.applicationCredentialId.isEmpty());
    const bool needsProject = method == AuthMethod::Password;
    error(ProfileField::User, needsUser && p.userName.isEmpty(), tr("Enter the user name."));
    error(ProfileField::UserDomain,
        needsUser && p.userDomain.isEmpty(),
        tr("Enter the user's domain: often Default; on Huawei Cloud and Open Telekom Cloud, the "
           "account name."));
    const bool byName = p.projectId.isEmpty();
    if (needsProject && byName && p.projectName.isEmpty())
        error(ProfileField::Project, true, tr("Enter a project name or a project ID."));
    else if (!byName && !p.projectName.isEmpty())
        result.issues.insert(ProfileField::Project,
            {ProfileIssue::Level::Info,
                tr("The project ID is used; the project name is only kept for reference.")});
    error(ProfileField::ProjectDomain,
        needsProject && byName && p.projectDomain.isEmpty(),
        tr("Enter the project's domain (needed with a project name)."));

    error(ProfileField::AuthMethod,
        aksk && !CloudPresets::familyHasAkSk(p.family),
        tr("AK/SK signing is offered for Huawei Cloud and Open Telekom Cloud only."));
    const auto missing = [&draft](SecretKind kind) {
        return !draft.typedSecrets.contains(kind) && !draft.storedSecrets.contains(kind);
    };
    error(ProfileField::ApplicationCredentialId,
        appCred && p.applicationCredentialId.isEmpty() && p.applicationCredentialName.isEmpty(),
        tr("Enter the application credential's ID, or its name."));
    error(ProfileField::ApplicationCredentialSecret,
        appCred && missing(SecretKind::ApplicationCredentialSecret),
        tr("Enter the application credential's secret."));
    error(ProfileField::AccessKey, aksk && p.accessKey.isEmpty(), tr("Enter the access key (AK)."));
    error(ProfileField::SecretKey,
        aksk && missing(SecretKind::SecretKey),
        tr("Enter the secret key (SK)."));
    error(ProfileField::SecurityToken,
        aksk && p.temporaryAccessKey && missing(SecretKind::SecurityToken),
        tr("Enter the security token of the temporary key."));

    result.overrides = CloudPresets::checkEndpointOverrides(draft.endpointOverrideRows);

    if (p.tlsMode == TlsMode::CaBundle) {
        // The same check the session makes: an unusable file is said at the field.
        const QString problem = m_caCheck.problem(p.caBundlePath);
        error(ProfileField::CaBundle, !problem.isEmpty(), problem);
    } else if (p.tlsMode == TlsMode::Insecure && !draft.insecureConfirmed) {
        error(ProfileField::InsecureConfirm,
            true,
            tr("Tick the box to confirm that this profile skips certificate checks, or choose a "
               "CA bundle file instead."));
    }
    return result;
}
