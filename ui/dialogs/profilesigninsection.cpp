#include "dialogs/profilesigninsection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>

#include "dialogs/profileformrows.h"
#include "widgets/inlinemessage.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/secureclipboard.h"

using namespace Qt::StringLiterals;
using namespace ProfileFormRows;

ProfileSignInSection::ProfileSignInSection(QWidget *form, QObject *parent)
    : QObject(parent)
    , m_form(form)
{
    m_authMethod = new QComboBox(m_form);
    m_authMethod->setObjectName(u"authMethod"_s);
    m_authMethod->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (AuthMethod m : {AuthMethod::Password, AuthMethod::ApplicationCredential, AuthMethod::AkSk})
        m_authMethod->addItem(QString(), CloudProfile::authMethodKey(m));
    m_authMethodMessage = messageNamed(m_form, u"authMethodMessage"_s);

    m_user = new QLineEdit(m_form);
    m_user->setObjectName(u"userName"_s);
    m_userMessage = messageNamed(m_form, u"userNameMessage"_s);

    m_password = secretField(m_form, u"password"_s);
    m_reveal = new QToolButton(m_form);
    m_reveal->setObjectName(u"revealPassword"_s);
    // Press and hold only (reliability.md §5).
    connect(m_reveal, &QToolButton::pressed, this, [this] {
        m_password->setEchoMode(QLineEdit::Normal);
    });
    connect(m_reveal, &QToolButton::released, this, [this] {
        m_password->setEchoMode(QLineEdit::Password);
    });
    // While revealed, a copy of the password is a secret's: marked, and cleared later.
    SecureClipboard::instance()->protectSecretField(m_password);
    m_passwordMessage = messageNamed(m_form, u"passwordMessage"_s);

    m_appCredId = new QLineEdit(m_form);
    m_appCredId->setObjectName(u"appCredentialId"_s);
    m_appCredIdMessage = messageNamed(m_form, u"appCredentialIdMessage"_s);
    m_appCredName = new QLineEdit(m_form);
    m_appCredName->setObjectName(u"appCredentialName"_s);
    m_appCredSecret = secretField(m_form, u"appCredentialSecret"_s);
    m_appCredSecretMessage = messageNamed(m_form, u"appCredentialSecretMessage"_s);

    m_accessKey = new QLineEdit(m_form);
    m_accessKey->setObjectName(u"accessKey"_s);
    m_accessKeyMessage = messageNamed(m_form, u"accessKeyMessage"_s);
    m_secretKey = secretField(m_form, u"secretKey"_s);
    m_secretKeyMessage = messageNamed(m_form, u"secretKeyMessage"_s);
    m_temporaryKey = new QCheckBox(m_form);
    m_temporaryKey->setObjectName(u"temporaryKey"_s);
    m_securityToken = secretField(m_form, u"securityToken"_s);
    m_securityTokenMessage = messageNamed(m_form, u"securityTokenMessage"_s);

    m_userDomain = new QLineEdit(m_form);
    m_userDomain->setObjectName(u"userDomain"_s);
    m_userDomainMessage = messageNamed(m_form, u"userDomainMessage"_s);

    m_overrides = new KeyValueEditor(m_form);
    m_overrides->setObjectName(u"endpointOverrides"_s);
    m_overrides->setTexts([] {
        return KeyValueEditor::Texts{tr("Service type"),
            tr("Endpoint URL"),
            tr("Add Override"),
            tr("Remove Override"),
            //: %1 = row number, %2 = the message
            tr("Row %1: %2")};
    });
    m_overrides->table()->setMinimumHeight(90);

    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        Q_EMIT edited();
    });
    connect(m_temporaryKey, &QCheckBox::toggled, this, [this] {
        updateRows();
        Q_EMIT edited();
    });
    for (QLineEdit *edit : {m_user,
             m_password,
             m_userDomain,
             m_appCredId,
             m_appCredName,
             m_appCredSecret,
             m_accessKey,
             m_secretKey,
             m_securityToken})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        // "Enter the password." is answered.
        if (!m_password->text().isEmpty()
            && m_passwordMessage->kind() == InlineMessage::Kind::Error)
            m_passwordMessage->clearMessage();
        Q_EMIT passwordEdited();
    });
    connect(m_overrides, &KeyValueEditor::changed, this, &ProfileSignInSection::edited);
}

ProfileSignInSection::~ProfileSignInSection()
{
    // The typed password goes with the form, without telling a form that is going too.
    const QSignalBlocker blocker(m_password);
    m_password->clear();
}

void ProfileSignInSection::addRows(QFormLayout *layout)
{
    m_layout = layout;
    auto addRow = [this, layout](QLabel **label, QWidget *field, QWidget *row) {
        *label = new QLabel(m_form);
        (*label)->setBuddy(field);
        layout->addRow(*label, row);
    };
    // The method, before the user name (which it decides).
    addRow(
        &m_authMethodLabel, m_authMethod, withMessage(m_form, m_authMethod, m_authMethodMessage));
    addRow(&m_userLabel, m_user, withMessage(m_form, m_user, m_userMessage));
    {
        QWidget *box = withMessage(m_form, m_password, m_passwordMessage, m_reveal);
        m_sessionOnlyButton = addSessionOnlyButton(box, u"sessionOnly"_s);
        addRow(&m_passwordLabel, m_password, box);
    }
    // The method's own fields, after the password.
    addRow(&m_appCredIdLabel, m_appCredId, withMessage(m_form, m_appCredId, m_appCredIdMessage));
    addRow(&m_appCredNameLabel, m_appCredName, m_appCredName);
    {
        QWidget *box = withMessage(m_form, m_appCredSecret, m_appCredSecretMessage);
        m_appCredSessionOnly = addSessionOnlyButton(box, u"appCredentialSessionOnly"_s);
        addRow(&m_appCredSecretLabel, m_appCredSecret, box);
    }
    addRow(&m_accessKeyLabel, m_accessKey, withMessage(m_form, m_accessKey, m_accessKeyMessage));
    {
        QWidget *box = withMessage(m_form, m_secretKey, m_secretKeyMessage, m_temporaryKey);
        m_secretKeySessionOnly = addSessionOnlyButton(box, u"secretKeySessionOnly"_s);
        addRow(&m_secretKeyLabel, m_secretKey, box);
    }
    addRow(&m_securityTokenLabel,
        m_securityToken,
        withMessage(m_form, m_securityToken, m_securityTokenMessage));
    addRow(
        &m_userDomainLabel, m_userDomain, withMessage(m_form, m_userDomain, m_userDomainMessage));
    for (QPushButton *button : {m_sessionOnlyButton, m_appCredSessionOnly, m_secretKeySessionOnly})
        connect(button, &QPushButton::clicked, this, &ProfileSignInSection::sessionOnlyRequested);
}

void ProfileSignInSection::addOverridesRow(QFormLayout *layout)
{
    m_overridesLabel = new QLabel(m_form);
    m_overridesLabel->setBuddy(m_overrides->table());
    layout->addRow(m_overridesLabel, m_overrides);
}

QList<QWidget *> ProfileSignInSection::tabOrder() const
{
    return {m_authMethod,
        m_user,
        m_password,
        m_reveal,
        m_sessionOnlyButton,
        m_appCredId,
        m_appCredName,
        m_appCredSecret,
        m_appCredSessionOnly,
        m_accessKey,
        m_secretKey,
        m_temporaryKey,
        m_secretKeySessionOnly,
        m_securityToken,
        m_userDomain};
}

QWidget *ProfileSignInSection::overridesFocus() const
{
    return m_overrides->table();
}

void ProfileSignInSection::retranslate()
{
    m_authMethodLabel->setText(tr("Sign-in metho&d:"));
    for (int i = 0; i < m_authMethod->count(); ++i) {
        const AuthMethod m = CloudProfile::authMethodFromKey(m_authMethod->itemData(i).toString());
        m_authMethod->setItemText(i, CloudProfile::authMethodDisplayName(m));
    }
    m_authMethod->setToolTip(tr("How Imagewright signs in: a password, an application "
                                "credential, or a Huawei access key pair (AK/SK)."));
    m_userLabel->setText(tr("Use&r name:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_reveal->setText(tr("Show", "press and hold to show the password"));
    m_reveal->setToolTip(tr("Press and hold to show the password"));
    m_sessionOnlyButton->setText(tr("Use for This Session Only"));
    m_sessionOnlyButton->setToolTip(
        tr("Keep the password in memory until Imagewright quits; it is not saved anywhere."));
    for (QPushButton *button : {m_appCredSessionOnly, m_secretKeySessionOnly}) {
        button->setText(tr("Use for This Session Only"));
        button->setToolTip(tr("Keep the secrets typed here in memory until Imagewright quits; "
                              "they are not saved anywhere."));
    }
    m_userDomainLabel->setText(tr("User d&omain:"));
    m_appCredIdLabel->setText(tr("Credential ID:"));
    m_appCredId->setPlaceholderText(tr("Or leave empty and give the credential's name"));
    m_appCredNameLabel->setText(tr("Credential name:"));
    m_appCredName->setPlaceholderText(tr("With the user name and user domain"));
    m_appCredSecretLabel->setText(tr("Credential secret:"));
    m_accessKeyLabel->setText(tr("Access ke&y (AK):"));
    m_secretKeyLabel->setText(tr("Sec&ret key (SK):"));
    m_temporaryKey->setText(tr("Temporary key"));
    m_temporaryKey->setToolTip(
        tr("A temporary access key, valid only together with its security token"));
    m_securityTokenLabel->setText(tr("Security token:"));
    m_overridesLabel->setText(tr("Endpoint overrides:"));
    m_overrides->setToolTip(tr("Use these addresses instead of the catalog's for the given "
                               "service types, e.g. a private gateway."));
    updateRows();
}

AuthMethod ProfileSignInSection::method() const
{
    return CloudProfile::authMethodFromKey(m_authMethod->currentData().toString());
}

void ProfileSignInSection::updateRows()
{
    if (!m_layout)
        return;
    const AuthMethod current = method();
    const bool password = current == AuthMethod::Password;
    const bool appCred = current == AuthMethod::ApplicationCredential;
    const bool aksk = current == AuthMethod::AkSk;
    const auto showRows = [this](std::initializer_list<QLabel *> labels, bool visible) {
        for (QLabel *l : labels)
            m_layout->setRowVisible(l, visible);
    };
    showRows({m_passwordLabel}, password);
    // The user names the password's owner, or an application credential given by name.
    showRows({m_userLabel, m_userDomainLabel}, !aksk);
    showRows({m_appCredIdLabel, m_appCredNameLabel, m_appCredSecretLabel}, appCred);
    showRows({m_accessKeyLabel, m_secretKeyLabel}, aksk);
    showRows({m_securityTokenLabel}, aksk && m_temporaryKey->isChecked());

    // Never the secret itself: only whether one is stored.
    const auto hint = [this](QLineEdit *edit, SecretKind kind) {
        edit->setPlaceholderText(m_stored.contains(kind)
                ? tr("Stored in the system keychain; leave empty to keep it")
                : tr("Saved in the system keychain"));
    };
    hint(m_appCredSecret, SecretKind::ApplicationCredentialSecret);
    hint(m_secretKey, SecretKind::SecretKey);
    hint(m_securityToken, SecretKind::SecurityToken);
}

void ProfileSignInSection::load(const CloudProfile &p, const std::optional<CloudProfile> &saved)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_stored = saved ? ProfileValidator::storedSecretsOf(*saved) : QSet<SecretKind>{};
    const int index = m_authMethod->findData(CloudProfile::authMethodKey(p.authMethod));
    m_authMethod->setCurrentIndex(index < 0 ? 0 : index);
    m_user->setText(p.userName);
    m_userDomain->setText(p.userDomain);
    m_appCredId->setText(p.applicationCredentialId);
    m_appCredName->setText(p.applicationCredentialName);
    m_accessKey->setText(p.accessKey);
    m_temporaryKey->setChecked(p.temporaryAccessKey);
    QList<KeyValueEditor::Item> rows;
    for (auto it = p.endpointOverrides.cbegin(); it != p.endpointOverrides.cend(); ++it)
        rows.append({it.key(), QUrl::fromPercentEncoding(it.value().toEncoded())});
    m_overrides->setItems(rows);
    m_password->clear();
    clearSecrets();
    clearOutcome();
    for (InlineMessage *m : {m_authMethodMessage, m_appCredIdMessage, m_accessKeyMessage})
        m->clearMessage();
    const bool demo = p.family == CloudFamily::Demo;
    for (QWidget *w : std::initializer_list<QWidget *>{m_authMethod,
             m_user,
             m_password,
             m_reveal,
             m_userDomain,
             m_appCredId,
             m_appCredName,
             m_appCredSecret,
             m_accessKey,
             m_secretKey,
             m_temporaryKey,
             m_securityToken,
             m_overrides})
        w->setEnabled(!demo);
    m_loading = wasLoading;
    updateRows();
}

void ProfileSignInSection::clear()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_stored.clear();
    m_authMethod->setCurrentIndex(0);
    for (QLineEdit *edit :
        {m_user, m_password, m_userDomain, m_appCredId, m_appCredName, m_accessKey})
        edit->clear();
    m_temporaryKey->setChecked(false);
    m_overrides->setItems({});
    clearSecrets();
    m_passwordMessage->clearMessage();
    m_loading = wasLoading;
}

void ProfileSignInSection::apply(CloudProfile *p) const
{
    p->userName = clean(m_user);
    p->userDomain = clean(m_userDomain);
    p->authMethod = method();
    p->applicationCredentialId = clean(m_appCredId);
    p->applicationCredentialName = clean(m_appCredName);
    p->accessKey = clean(m_accessKey);
    p->temporaryAccessKey = p->authMethod == AuthMethod::AkSk && m_temporaryKey->isChecked();
    if (p->authMethod != AuthMethod::ApplicationCredential) {
        p->applicationCredentialId.clear();
        p->applicationCredentialName.clear();
    }
    if (p->authMethod != AuthMethod::AkSk)
        p->accessKey.clear();
    p->endpointOverrides.clear();
    const QList<KeyValueEditor::Item> rows = m_overrides->items();
    for (const auto &[type, url] : rows)
        p->endpointOverrides.insert(type.trimmed(), QUrl(url.trimmed()));
}

QList<QPair<QString, QString>> ProfileSignInSection::overrideRows() const
{
    return m_overrides->items();
}

QSet<SecretKind> ProfileSignInSection::typedSecrets() const
{
    QSet<SecretKind> typed;
    if (!m_password->text().isEmpty())
        typed.insert(SecretKind::Password);
    if (!m_appCredSecret->text().isEmpty())
        typed.insert(SecretKind::ApplicationCredentialSecret);
    if (!m_secretKey->text().isEmpty())
        typed.insert(SecretKind::SecretKey);
    if (!m_securityToken->text().isEmpty())
        typed.insert(SecretKind::SecurityToken);
    return typed;
}

QHash<SecretKind, QString> ProfileSignInSection::typedValues(const CloudProfile &p) const
{
    QHash<SecretKind, QString> values;
    const auto add = [&values](SecretKind kind, bool used, const QLineEdit *edit) {
        if (used && !edit->text().isEmpty())
            values.insert(kind, edit->text());
    };
    add(SecretKind::Password, p.authMethod == AuthMethod::Password, m_password);
    add(SecretKind::ApplicationCredentialSecret,
        p.authMethod == AuthMethod::ApplicationCredential,
        m_appCredSecret);
    add(SecretKind::SecretKey, p.authMethod == AuthMethod::AkSk, m_secretKey);
    add(SecretKind::SecurityToken,
        p.authMethod == AuthMethod::AkSk && p.temporaryAccessKey,
        m_securityToken);
    return values;
}

QString ProfileSignInSection::typedPassword() const
{
    return m_password->text();
}

void ProfileSignInSection::setSaved(const CloudProfile &saved)
{
    m_stored = ProfileValidator::storedSecretsOf(saved);
    updateRows();
}

void ProfileSignInSection::clearSecrets()
{
    const bool wasLoading = std::exchange(m_loading, true); // not an edit of the form
    for (QLineEdit *edit : {m_appCredSecret, m_secretKey, m_securityToken})
        edit->clear();
    m_loading = wasLoading;
}

void ProfileSignInSection::clearPassword()
{
    const bool wasLoading = std::exchange(m_loading, true); // not an edit of the form
    m_password->clear();
    m_loading = wasLoading;
}

void ProfileSignInSection::showIssues(const ProfileCheck &check)
{
    show(m_authMethodMessage, check, ProfileField::AuthMethod);
    show(m_userMessage, check, ProfileField::User);
    show(m_userDomainMessage, check, ProfileField::UserDomain);
    show(m_appCredIdMessage, check, ProfileField::ApplicationCredentialId);
    show(m_appCredSecretMessage, check, ProfileField::ApplicationCredentialSecret);
    show(m_accessKeyMessage, check, ProfileField::AccessKey);
    show(m_secretKeyMessage, check, ProfileField::SecretKey);
    show(m_securityTokenMessage, check, ProfileField::SecurityToken);
    const FieldErrors unplaced = m_overrides->setErrors(check.overrides, u"overrides"_s);
    Q_UNUSED(unplaced)
}

void ProfileSignInSection::clearIssues()
{
    for (InlineMessage *m : {m_userMessage, m_userDomainMessage})
        m->clearMessage();
}

void ProfileSignInSection::updatePasswordHint(bool demo, bool isNew)
{
    if (demo)
        m_password->setPlaceholderText(tr("Not needed: the demo cloud's password is built in"));
    else if (isNew)
        m_password->setPlaceholderText(tr("Required; saved in the system keychain"));
    else
        m_password->setPlaceholderText(tr("Leave empty to keep the stored password"));
}

void ProfileSignInSection::askForPassword()
{
    m_passwordMessage->showError(tr("Enter the password."));
    m_password->setFocus();
}

InlineMessage *ProfileSignInSection::messageFor(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::Password:
        return m_passwordMessage;
    case SecretKind::ApplicationCredentialSecret:
        return m_appCredSecretMessage;
    case SecretKind::SecretKey:
        return m_secretKeyMessage;
    case SecretKind::SecurityToken:
        return m_securityTokenMessage;
    }
    return nullptr;
}

void ProfileSignInSection::showWriting(SecretKind kind)
{
    messageFor(kind)->showMessage(InlineMessage::Kind::Info,
        kind == SecretKind::Password ? tr("Saving the password in the system keychain…")
                                     : tr("Saving in the system keychain…"));
}

void ProfileSignInSection::showSaved(SecretKind kind)
{
    if (kind == SecretKind::Password) {
        clearPassword();
        m_sessionOnlyButton->setVisible(false);
        m_passwordMessage->showMessage(
            InlineMessage::Kind::Info, tr("The password is saved in the system keychain."));
        return;
    }
    messageFor(kind)->showMessage(InlineMessage::Kind::Info, tr("Saved in the system keychain."));
}

void ProfileSignInSection::showRefused(SecretKind kind, const QString &why)
{
    if (kind == SecretKind::Password) {
        //: %1 = the keychain's reason. Nothing is written anywhere else (no plaintext).
        m_passwordMessage->showError(tr("The password could not be saved in the system keychain "
                                        "(%1). It was not written anywhere else.")
                                         .arg(why));
        return;
    }
    //: %1 = the keychain's reason. Nothing is written anywhere else.
    messageFor(kind)->showError(tr("This secret could not be saved in the system keychain (%1). "
                                   "It was not written anywhere else.")
                                    .arg(why));
}

void ProfileSignInSection::showSessionOnly(SecretKind kind)
{
    if (kind == SecretKind::Password) {
        clearPassword();
        m_passwordMessage->showMessage(InlineMessage::Kind::Info,
            tr("The password is used until Imagewright quits. It is not saved."));
        return;
    }
    messageFor(kind)->showMessage(
        InlineMessage::Kind::Info, tr("Used until Imagewright quits. It is not saved."));
}

void ProfileSignInSection::setRefused(const QList<SecretKind> &kinds)
{
    m_sessionOnlyButton->setVisible(kinds.contains(SecretKind::Password));
    m_appCredSessionOnly->setVisible(kinds.contains(SecretKind::ApplicationCredentialSecret));
    m_secretKeySessionOnly->setVisible(
        kinds.contains(SecretKind::SecretKey) || kinds.contains(SecretKind::SecurityToken));
}

void ProfileSignInSection::clearOutcome()
{
    for (SecretKind kind : {SecretKind::Password,
             SecretKind::ApplicationCredentialSecret,
             SecretKind::SecretKey,
             SecretKind::SecurityToken})
        messageFor(kind)->clearMessage();
    setRefused({});
}
