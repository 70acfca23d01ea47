#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include "cloud/cloudprofile.h"
#include "profiles/profilevalidator.h"
#include "secrets/secretstore.h"

class InlineMessage;
class KeyValueEditor;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QWidget;

/// The profile editor's sign-in rows (issue 5): the method (password, application credential,
/// AK/SK), the user and user domain, the method's secrets (masked, never pre-filled: a field
/// left empty keeps the stored secret) and the endpoint overrides. Shows each secret's keychain
/// outcome at its field and the "Use for This Session Only" buttons; the writes themselves are
/// the core's (ProfileSecretWriter). GUI thread.
class ProfileSignInSection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSignInSection)
public:
    explicit ProfileSignInSection(QWidget *form, QObject *parent = nullptr);
    ~ProfileSignInSection() override;

    void addRows(QFormLayout *layout);         // method, user, secrets, user domain
    void addOverridesRow(QFormLayout *layout); // endpoint overrides

    /// `saved`: the saved profile (its stored secrets), none for a new one.
    void load(const CloudProfile &profile, const std::optional<CloudProfile> &saved);
    void clear();
    void apply(CloudProfile *profile) const;
    AuthMethod method() const;
    QList<QPair<QString, QString>> overrideRows() const;
    QSet<SecretKind> typedSecrets() const;
    QSet<SecretKind> storedSecrets() const { return m_stored; }
    /// The typed secrets the method uses, by kind (for Save and Test Connection).
    QHash<SecretKind, QString> typedValues(const CloudProfile &profile) const;
    QString typedPassword() const;
    /// After a save: the saved profile's stored secrets are now these.
    void setSaved(const CloudProfile &saved);
    void clearSecrets();  // every secret field, without an edit signal
    void clearPassword(); // the password field only, without an edit signal

    void showIssues(const ProfileCheck &check);
    void clearIssues();
    void updatePasswordHint(bool demo, bool isNew);
    /// "Enter the password." at its field, for Test Connection.
    void askForPassword();

    // The keychain's outcome, at the secret's field.
    void showWriting(SecretKind kind);
    void showSaved(SecretKind kind);
    void showRefused(SecretKind kind, const QString &why);
    void showSessionOnly(SecretKind kind);
    /// Shows the session-only buttons for the refused kinds.
    void setRefused(const QList<SecretKind> &kinds);
    void clearOutcome();

    void retranslate();
    QList<QWidget *> tabOrder() const;
    QWidget *overridesFocus() const;

Q_SIGNALS:
    void edited();
    void passwordEdited();
    void sessionOnlyRequested();

private:
    InlineMessage *messageFor(SecretKind kind) const;
    void updateRows();

    QWidget *m_form;
    QFormLayout *m_layout = nullptr;
    bool m_loading = false;
    QSet<SecretKind> m_stored;

    QLabel *m_authMethodLabel = nullptr;
    QComboBox *m_authMethod = nullptr;
    InlineMessage *m_authMethodMessage = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    InlineMessage *m_userMessage = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_reveal = nullptr;
    InlineMessage *m_passwordMessage = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
    QLabel *m_appCredIdLabel = nullptr;
    QLineEdit *m_appCredId = nullptr;
    InlineMessage *m_appCredIdMessage = nullptr;
    QLabel *m_appCredNameLabel = nullptr;
    QLineEdit *m_appCredName = nullptr;
    QLabel *m_appCredSecretLabel = nullptr;
    QLineEdit *m_appCredSecret = nullptr;
    InlineMessage *m_appCredSecretMessage = nullptr;
    QPushButton *m_appCredSessionOnly = nullptr;
    QLabel *m_accessKeyLabel = nullptr;
    QLineEdit *m_accessKey = nullptr;
    InlineMessage *m_accessKeyMessage = nullptr;
    QLabel *m_secretKeyLabel = nullptr;
    QLineEdit *m_secretKey = nullptr;
    InlineMessage *m_secretKeyMessage = nullptr;
    QCheckBox *m_temporaryKey = nullptr;
    QPushButton *m_secretKeySessionOnly = nullptr;
    QLabel *m_securityTokenLabel = nullptr;
    QLineEdit *m_securityToken = nullptr;
    InlineMessage *m_securityTokenMessage = nullptr;
    QLabel *m_userDomainLabel = nullptr;
    QLineEdit *m_userDomain = nullptr;
    InlineMessage *m_userDomainMessage = nullptr;
    QLabel *m_overridesLabel = nullptr;
    KeyValueEditor *m_overrides = nullptr;
};
