#pragma once

#include <QWidget>

#include "cloud/cloudprofile.h"
#include "cloud/connectiontest.h"
#include "dialogs/profiletlssection.h"
#include "profiles/profilevalidator.h"

class AppCore;
class ConnectionTestPanel;
class ProfileIdentitySection;
class ProfileSignInSection;
class ProxyField;
class QLabel;
class QPushButton;

/// The profile editor's form: the identity, sign-in, TLS and proxy sections in one form, the
/// connection test, and Use / Revert / Save. Checks the form with the core's ProfileValidator
/// on every change and shows each message at its field; Save writes the profile to the
/// ProfileStore and hands the typed secrets to the core's ProfileSecretWriter, whose outcome
/// it shows while the profile is in the form. GUI thread.
class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)
public:
    explicit ProfileEditor(AppCore *core, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    QString editedId() const { return m_editId; }
    bool isNew() const { return m_isNew; }
    bool isDirty() const { return m_dirty; }
    bool isDemo() const;
    bool isTesting() const;
    QString profileName() const; // as typed, trimmed
    QLineEdit *nameEdit() const;

    void load(const CloudProfile &profile, bool isNew);
    void clear();
    /// The form's values over the saved profile's (a new one: from scratch).
    CloudProfile formProfile() const;
    /// Forgets the form's changes (after the operator discarded them).
    void discard();
    /// Checks every field, shows the messages, enables the buttons; true when usable.
    bool validate();
    bool save();
    void revert();
    void use();
    void testConnection();
    void useSecretsForSessionOnly();
    int caBundleReads() const { return m_validator.caBundleReads(); }
    void setCaFileChooser(ProfileTlsSection::FileChooser chooser);
    void chooseCaBundle();

    /// For the dialog's tab order.
    QWidget *firstFocus() const;
    QWidget *lastFocus() const;
    void setTabOrders();
    void retranslate();

Q_SIGNALS:
    /// The form was checked (the dialog's list buttons follow).
    void validated(bool valid);
    /// The name of a new, unsaved profile changed (its list row follows).
    void draftNameChanged();
    /// Revert on a new profile: the dialog drops the draft.
    void draftDropped();
    void connectionTested(const ConnectionTest::Result &result);
    void passwordStored(const QString &profileId);
    void passwordStoreFailed(const QString &profileId);

private:
    void buildUi();
    void handleEdited();
    void updateButtons(bool valid);
    ProfileDraft draft() const;
    void connectSecretWriter();

    AppCore *m_core;
    ProfileValidator m_validator;
    QString m_editId;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    ProfileIdentitySection *m_identity = nullptr;
    ProfileSignInSection *m_signIn = nullptr;
    ProfileTlsSection *m_tls = nullptr;
    ProxyField *m_proxy = nullptr;
    ConnectionTestPanel *m_test = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};
