#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include "cloud/cloudprofile.h"
#include "create/fielderror.h"
#include "net/tlssettings.h"
#include "secrets/secretstore.h"

/// The fields of a cloud profile that carry a rule (ProfileValidator).
enum class ProfileField
{
    Name,
    Region,
    AuthUrl,
    AuthMethod,
    User,
    UserDomain,
    Project, // the project name or ID
    ProjectDomain,
    ApplicationCredentialId,
    ApplicationCredentialSecret,
    AccessKey,
    SecretKey,
    SecurityToken,
    CaBundle,
    InsecureConfirm, // the opt-in an insecure profile needs
};

/// A profile as an editor (or an import, or the OS_* variables) has it before it is saved:
/// the values, what was typed as text where the rule reads the text, and which secrets exist
/// (typed now, or stored in the keychain for the saved profile), never the secrets themselves.
struct ProfileDraft
{
    CloudProfile profile; // trimmed values; `id` is the profile's own (for the name rule)
    QString authUrlText;  // the identity URL as typed (empty: profile.authUrl)
    QList<QPair<QString, QString>> endpointOverrideRows; // (service type, URL) as typed
    QSet<SecretKind> typedSecrets;
    QSet<SecretKind> storedSecrets;
    bool insecureConfirmed = false; // the operator ticked "I understand the risk"
};

/// What one field's rule says.
struct ProfileIssue
{
    enum class Level
    {
        Info,    // a note (the project ID wins over the name)
        Warning, // usable, but the operator should know (plain http)
        Error,   // the profile cannot be saved so
    };
    Level level = Level::Error;
    QString message; // translated
};

/// The outcome of ProfileValidator::check: an issue per field at most, and the endpoint
/// overrides' errors keyed "overrides[i].key" / "overrides[i].value".
struct ProfileCheck
{
    QHash<ProfileField, ProfileIssue> issues;
    FieldErrors overrides;

    bool isValid() const;
    /// The field's message (empty when it has none) and its level.
    QString message(ProfileField field) const;
    bool isError(ProfileField field) const;
};

/// The rules of a cloud profile, as the documents and the clouds state them: a unique name, a
/// region where the family has regions, a Keystone v3 identity URL, the user and project the
/// sign-in method needs, the method's own identifiers and secrets (typed, or already stored),
/// AK/SK for the Huawei families only, the endpoint overrides, and a usable TLS choice (a
/// readable CA bundle, or the insecure opt-in). The demo profile is the app's: only its name is
/// checked. The CA bundle file is read once per change of its path (TlsSettings::CaBundleCheck),
/// so keep one validator per editor. No widgets; the proxy URL has its own rule
/// (ProxyResolver::checkProfileUrl).
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
public:
    /// `others`: the saved profiles (the draft's own id is skipped for the name rule).
    ProfileCheck check(const ProfileDraft &draft, const QList<CloudProfile> &others);

    /// The secrets the saved profile keeps in the keychain, by its sign-in method.
    static QSet<SecretKind> storedSecretsOf(const CloudProfile &saved);
    /// A connection test can sign in: a password method needs a typed or stored password
    /// (the demo's is built in).
    static bool hasPasswordToSignIn(const ProfileDraft &draft);

    int caBundleReads() const { return m_caCheck.reads(); }

private:
    TlsSettings::CaBundleCheck m_caCheck;
};
