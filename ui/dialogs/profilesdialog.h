#pragma once

#include <functional>

#include <QDialog>

#include "cloud/cloudprofile.h"
#include "cloud/connectiontest.h"

class AppCore;
class ImportProfilesDialog;
class ProfileEditor;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

/// The cloud profile editor: the saved profiles on the left with Add, Duplicate, Delete
/// (confirmed through the Prompter) and Import; the selected one's form on the right
/// (ProfileEditor: presets per cloud family, every message at its field, "Test connection"
/// without saving, Use / Revert / Save). The password field is never filled from the keychain:
/// typed secrets go to the core's ProfileSecretWriter on Save and are then cleared. Not modal
/// for the event loop. GUI thread.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)
public:
    explicit ProfilesDialog(AppCore *core, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// The id of the profile in the form (a new, unsaved one included); empty when none.
    QString editedProfileId() const;
    bool isNewProfile() const;
    bool hasUnsavedChanges() const;
    bool isTesting() const;
    /// Shows a saved profile in the form (asks first when the form has unsaved changes).
    bool selectProfile(const QString &id);

    void addProfile();
    /// A new profile with `start`'s fields (a fresh id): "Sign In for These Jobs…" starts one
    /// from the connection data of jobs `imagewright submit` sent with OS_* variables.
    void addProfileFrom(const CloudProfile &start);
    void duplicateProfile();
    void deleteProfile();
    /// Opens the import dialog (clouds.yaml / openrc), already searching the usual places.
    ImportProfilesDialog *importProfiles();
    /// Validates and saves the form; typed secrets go to the keychain through the core. False
    /// when a field is invalid (its message shows) or nothing changed.
    bool saveProfile();
    void revertProfile();
    void useProfile();
    void testConnection();
    /// After a refused keychain write: keep the profile's typed secrets (the password, the
    /// application-credential secret, or the secret key and security token) in this run's
    /// sessions only.
    void usePasswordForSessionOnly();
    void useAuthSecretsForSessionOnly();

    /// Asks for the CA bundle file (QFileDialog unless set; tests set one). Empty: cancelled.
    using FileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &dir)>;
    void setCaFileChooser(FileChooser chooser);
    /// How many times the CA bundle file was read (once per change of its path or file).
    int caBundleReads() const;
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
    void updateListButtons();
    bool confirmDiscard();

    AppCore *m_core;
    bool m_listing = false; // populateList() is filling the list

    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_importButton = nullptr;
    ProfileEditor *m_editor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
