#pragma once

#include <functional>
#include <optional>

#include <QDialog>
#include <QHash>
#include <QPointer>

#include "cloud/cloudprofile.h"
#include "cloud/connectiontest.h"
#include "net/tlssettings.h"
#include "secrets/secretstore.h"

class AppCore;
class ImportProfilesDialog;
class InlineMessage;
class KeyValueEditor;
class ProxyField;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

/// The cloud profile editor: the saved profiles on the left, the selected one's form on the
/// right. Add, Duplicate, Delete (confirmed through the Prompter), "Use this profile", Save and
/// Revert; presets per cloud family (CloudPresets); "Test connection" signs in with the form's
/// values without saving (ConnectionTest). The password field is never filled from the keychain:
/// a typed password is written to the SecretStore on Save and then cleared. Every validation
/// message sits under its field. Not modal for the event loop. GUI thread.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)
public:
    explicit ProfilesDialog(AppCore *core, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// The id of the profile in the form (a new, unsaved one included); empty when none.
    QString editedProfileId() const { return m_editId; }
    bool isNewProfile() const { return m_isNew; }
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isTesting() const { return m_test != nullptr; }
    /// Shows a saved profile in the form (asks first when the form has unsaved changes).
    bool selectProfile(const QString &id);

    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    /// Opens the import dialog (clouds.yaml / openrc), already searching the usual places.
    ImportProfilesDialog *importProfiles();
    /// Validates and saves the form; a typed password goes to the SecretStore. False when a
    /// field is invalid (its message shows) or nothing changed.
    bool saveProfile();
    void revertProfile();
    void useProfile();
    void testConnection();
    /// After a failed keychain write: keep the typed password in this run's session only.
    void usePasswordForSessionOnly();
    /// The same for the application-credential secret, or the secret key and security token.
    void useAuthSecretsForSessionOnly();

    /// Asks for the CA bundle file (QFileDialog unless set; tests set one). Empty: cancelled.
    using FileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &dir)>;
    void setCaFileChooser(FileChooser chooser) { m_caFileChooser = std::move(chooser); }
    /// How many times the CA bundle file was read (once per change of its path or file).
    int caBundleReads() const { return m_caCheck.reads(); }
    void chooseCaBundle();

Q_SIGNALS:
    void connectionTested(const ConnectionTest::Result &result);
    void passwordStored(const QString &profileId);
    void passwordStoreFailed(const QString &profileId);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void buildUi();
    void retranslateUi();
    void populateList();
    void loadProfile(const CloudProfile &profile, bool isNew);
    void clearForm();
    CloudProfile formProfile() const;
    CloudFamily currentFamily() const;
    void setFamily(CloudFamily family);
    bool isDemo() const;
    void handleEdited();
    void handleFamilyChanged();
    void handleRegionChanged();
    void applyRegionPreset();
    /// Checks every field, shows the messages, enables Save/Test; true when the form is usable.
    bool validate();
    void updateButtons(bool valid);
    bool confirmDiscard();
    void storePassword(const QString &profileId, const QString &password);
    void showTestResult();
    void updatePasswordHint();
    void clearPassword(); // without marking the form changed

    // Authentication method and endpoint overrides (issue 5): password, application
    // credential, AK/SK; each secret masked, never pre-filled, stored under its own kind.
    void buildAuthUi(QFormLayout *form);
    void setAuthTabOrder();
    void retranslateAuthUi();
    void loadAuth(const CloudProfile &profile);
    void clearAuthForm();
    void applyAuth(CloudProfile &profile) const;
    AuthMethod currentAuthMethod() const;
    void updateAuthRows();
    /// Checks the auth and override fields, shows their messages; true when usable.
    bool validateAuth();
    /// Whether a secret of `kind` was stored for the saved profile (so an empty field keeps it).
    bool hasStoredSecret(SecretKind kind) const;
    /// Writes the typed secrets of `profile`'s method and removes the ones it no longer uses.
    void storeAuthSecrets(const CloudProfile &profile);
    void clearAuthSecrets(); // without marking the form changed
    void giveTestSecrets(ConnectionTest *test) const;
    InlineMessage *messageForSecret(SecretKind kind) const;
    void handleAuthSecretWritten(const QString &key, bool ok, const QString &why);
    /// Shows "Use for This Session Only" when a secret of the edited profile was refused.
    void updateAuthSessionOnly();
    void dropPendingAuth(const QString &profileId);
    // TLS section (verify / CA bundle / insecure opt-in)
    void buildTlsSection(QWidget *parent, QFormLayout *form);
    void setTlsTabOrder();
    void retranslateTls();
    void loadTls(const CloudProfile &profile);
    void applyTls(CloudProfile *profile) const;
    bool validateTls(); // shows the TLS messages; false when the choice cannot be saved
    void updateTlsVisibility();

    AppCore *m_core;
    QString m_editId;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_loading = false;
    CloudFamily m_family = CloudFamily::OpenStack;
    QPointer<ConnectionTest> m_test;
    std::optional<ConnectionTest::Result> m_lastResult;
    QString m_pendingKey;      // the keychain write in flight (or failed)
    QString m_pendingProfile;  // its profile
    QString m_pendingPassword; // kept only until the write ends or "this session only"

    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_importButton = nullptr;

    QWidget *m_form = nullptr;
    QLabel *m_formHeading = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    InlineMessage *m_nameMessage = nullptr;
    QLabel *m_familyLabel = nullptr;
    QComboBox *m_familyCombo = nullptr;
    InlineMessage *m_familyMessage = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    InlineMessage *m_regionMessage = nullptr;
    QLabel *m_authUrlLabel = nullptr;
    QLineEdit *m_authUrl = nullptr;
    InlineMessage *m_authUrlMessage = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    InlineMessage *m_userMessage = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_reveal = nullptr;
    InlineMessage *m_passwordMessage = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
    QLabel *m_userDomainLabel = nullptr;
    QLineEdit *m_userDomain = nullptr;
    InlineMessage *m_userDomainMessage = nullptr;
    QLabel *m_projectNameLabel = nullptr;
    QLineEdit *m_projectName = nullptr;
    QLabel *m_projectIdLabel = nullptr;
    QLineEdit *m_projectId = nullptr;
    InlineMessage *m_projectMessage = nullptr;
    QLabel *m_projectDomainLabel = nullptr;
    QLineEdit *m_projectDomain = nullptr;
    InlineMessage *m_projectDomainMessage = nullptr;
    QLabel *m_interfaceLabel = nullptr;
    QComboBox *m_interface = nullptr;

    // Authentication (issue 5)
    QFormLayout *m_formLayout = nullptr;
    std::optional<CloudProfile> m_savedAuth; // the saved profile's auth, for "stored" secrets
    struct PendingSecret
    {
        QString profileId;
        SecretKind kind = SecretKind::Password;
        QString value; // kept only until every write of its save ends or "this session only"
        bool done = false;
        bool failed = false;
    };
    QHash<QString, PendingSecret> m_pendingAuth; // by keychain key: the writes of the last save
    QPushButton *m_appCredSessionOnly = nullptr;
    QPushButton *m_secretKeySessionOnly = nullptr;
    QLabel *m_authMethodLabel = nullptr;
    QComboBox *m_authMethod = nullptr;
    InlineMessage *m_authMethodMessage = nullptr;
    QLabel *m_appCredIdLabel = nullptr;
    QLineEdit *m_appCredId = nullptr;
    InlineMessage *m_appCredIdMessage = nullptr;
    QLabel *m_appCredNameLabel = nullptr;
    QLineEdit *m_appCredName = nullptr;
    QLabel *m_appCredSecretLabel = nullptr;
    QLineEdit *m_appCredSecret = nullptr;
    InlineMessage *m_appCredSecretMessage = nullptr;
    QLabel *m_accessKeyLabel = nullptr;
    QLineEdit *m_accessKey = nullptr;
    InlineMessage *m_accessKeyMessage = nullptr;
    QLabel *m_secretKeyLabel = nullptr;
    QLineEdit *m_secretKey = nullptr;
    InlineMessage *m_secretKeyMessage = nullptr;
    QCheckBox *m_temporaryKey = nullptr;
    QLabel *m_securityTokenLabel = nullptr;
    QLineEdit *m_securityToken = nullptr;
    InlineMessage *m_securityTokenMessage = nullptr;
    QLabel *m_overridesLabel = nullptr;
    KeyValueEditor *m_overrides = nullptr;
    QLabel *m_tlsLabel = nullptr;
    QComboBox *m_tlsMode = nullptr;
    QWidget *m_caRow = nullptr;
    QLineEdit *m_caBundle = nullptr;
    TlsSettings::CaBundleCheck m_caCheck; // the file is read once per change, not per keystroke
    QPushButton *m_caBrowse = nullptr;
    InlineMessage *m_caMessage = nullptr;
    QCheckBox *m_insecureConfirm = nullptr;
    ProxyField *m_proxy = nullptr; // the proxy row (its own class: small and well-contained)
    InlineMessage *m_tlsWarning = nullptr;
    FileChooser m_caFileChooser;

    QPushButton *m_testButton = nullptr;
    QProgressBar *m_testBusy = nullptr;
    InlineMessage *m_testMessage = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
