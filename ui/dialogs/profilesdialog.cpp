#include "dialogs/profilesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudpresets.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/importprofilesdialog.h"
#include "dialogs/prompter.h"
#include "dialogs/proxyfield.h"
#include "net/tlssettings.h"
#include "secrets/secretstore.h"
#include "widgets/accessiblenames.h"
#include "widgets/inlinemessage.h"
#include "widgets/insecurebanner.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/secureclipboard.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;

/// A field with its message right under it, as one row of the form.
QWidget *withMessage(QWidget *parent, QWidget *field, InlineMessage *message, QWidget *extra = {})
{
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(extra);
        column->addLayout(row);
    } else {
        column->addWidget(field);
    }
    column->addWidget(message);
    return box;
}

/// A "Use for This Session Only" button under a field's message (shown when the keychain
/// refuses what was typed there).
QPushButton *addSessionOnlyButton(QWidget *box, const QString &objectName)
{
    auto *button = new QPushButton(box);
    button->setObjectName(objectName);
    button->setVisible(false);
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    static_cast<QVBoxLayout *>(box->layout())->addLayout(row);
    return button;
}

QString clean(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

} // namespace

ProfilesDialog::ProfilesDialog(AppCore *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
{
    setObjectName(u"profilesDialog"_s);
    AccessibleNames::install(this);
    buildUi();

    connect(m_core->profiles(), &ProfileStore::changed, this, &ProfilesDialog::populateList);
    SecretStore *secrets = m_core->secrets();
    connect(secrets, &SecretStore::writeDone, this, [this](const QString &key) {
        if (key != m_pendingKey)
            return;
        const QString profileId = std::exchange(m_pendingProfile, {});
        const QString password = std::exchange(m_pendingPassword, {});
        m_pendingKey.clear();
        // A session that already holds a password (an earlier one, or one for this session
        // only) takes the new one now.
        if (m_core->profiles()->profile(profileId)) {
            CloudSession *session = m_core->session(profileId);
            const bool held = session && session->auth()->hasPassword();
            m_core->secretsChanged(profileId);
            if (held) {
                session->auth()->setPassword(password);
                session->auth()->signOut();
            }
        }
        if (profileId == m_editId) {
            clearPassword();
            m_sessionOnlyButton->setVisible(false);
            m_passwordMessage->showMessage(
                InlineMessage::Kind::Info, tr("The password is saved in the system keychain."));
        }
        Q_EMIT passwordStored(profileId);
    });
    connect(secrets,
        &SecretStore::failed,
        this,
        [this](const QString &key, SecretError error, const QString &detail) {
            if (key != m_pendingKey || m_pendingPassword.isEmpty())
                return;
            const QString why = error == SecretError::Cancelled
                ? tr("access to the keychain was refused")
                : (detail.isEmpty() ? tr("the keychain is not available") : detail);
            if (m_pendingProfile == m_editId) {
                //: %1 = the keychain's reason. Nothing is written anywhere else (no plaintext).
                m_passwordMessage->showError(
                    tr("The password could not be saved in the system keychain (%1). It was not "
                       "written anywhere else.")
                        .arg(why));
                m_sessionOnlyButton->setVisible(true);
            }
            Q_EMIT passwordStoreFailed(m_pendingProfile);
        });

    retranslateUi();
    populateList();
    if (const auto current = m_core->profiles()->current())
        selectProfile(current->id);
    else if (m_list->count() > 0)
        selectProfile(m_list->item(0)->data(IdRole).toString());
    resize(960, 620);
}

ProfilesDialog::~ProfilesDialog()
{
    m_pendingPassword.clear();
    m_password->clear();
}

void ProfilesDialog::buildUi()
{
    // Left: the list and its buttons.
    m_listLabel = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listLabel->setBuddy(m_list);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addProfile"_s);
    m_duplicateButton = new QPushButton(this);
    m_duplicateButton->setObjectName(u"duplicateProfile"_s);
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(u"deleteProfile"_s);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(u"importProfiles"_s);
    connect(m_importButton, &QPushButton::clicked, this, &ProfilesDialog::importProfiles);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_importButton);

    // Right: the form.
    m_form = new QWidget(this);
    m_formHeading = new QLabel(m_form);
    m_formHeading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto addRow = [this, form](QLabel **label, QWidget *field, QWidget *row) {
        *label = new QLabel(m_form);
        (*label)->setBuddy(field);
        form->addRow(*label, row);
    };

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"name"_s);
    m_nameMessage = new InlineMessage(m_form);
    m_nameMessage->setObjectName(u"nameMessage"_s);
    addRow(&m_nameLabel, m_name, withMessage(m_form, m_name, m_nameMessage));

    m_familyCombo = new QComboBox(m_form);
    m_familyCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_familyCombo->setObjectName(u"family"_s);
    for (CloudFamily f : CloudPresets::editableFamilies())
        m_familyCombo->addItem(QString(), CloudProfile::familyKey(f));
    // The demo profile is made by the app: shown when it is edited, never offered.
    m_familyCombo->addItem(QString(), CloudProfile::familyKey(CloudFamily::Demo));
    m_familyMessage = new InlineMessage(m_form);
    m_familyMessage->setObjectName(u"familyMessage"_s);
    addRow(&m_familyLabel, m_familyCombo, withMessage(m_form, m_familyCombo, m_familyMessage));

    m_region = new QComboBox(m_form);
    m_region->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_region->setObjectName(u"region"_s);
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_regionMessage = new InlineMessage(m_form);
    m_regionMessage->setObjectName(u"regionMessage"_s);
    addRow(&m_regionLabel, m_region, withMessage(m_form, m_region, m_regionMessage));

    m_authUrl = new QLineEdit(m_form);
    m_authUrl->setObjectName(u"authUrl"_s);
    m_authUrlMessage = new InlineMessage(m_form);
    m_authUrlMessage->setObjectName(u"authUrlMessage"_s);
    addRow(&m_authUrlLabel, m_authUrl, withMessage(m_form, m_authUrl, m_authUrlMessage));

    m_user = new QLineEdit(m_form);
    m_user->setObjectName(u"userName"_s);
    m_userMessage = new InlineMessage(m_form);
    m_userMessage->setObjectName(u"userNameMessage"_s);
    addRow(&m_userLabel, m_user, withMessage(m_form, m_user, m_userMessage));

    m_password = new QLineEdit(m_form);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
        | Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
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
    m_passwordMessage = new InlineMessage(m_form);
    m_passwordMessage->setObjectName(u"passwordMessage"_s);
    {
        auto *box = withMessage(m_form, m_password, m_passwordMessage, m_reveal);
        m_sessionOnlyButton = addSessionOnlyButton(box, u"sessionOnly"_s);
        connect(m_sessionOnlyButton,
            &QPushButton::clicked,
            this,
            &ProfilesDialog::usePasswordForSessionOnly);
        addRow(&m_passwordLabel, m_password, box);
    }

    m_userDomain = new QLineEdit(m_form);
    m_userDomain->setObjectName(u"userDomain"_s);
    m_userDomainMessage = new InlineMessage(m_form);
    m_userDomainMessage->setObjectName(u"userDomainMessage"_s);
    addRow(
        &m_userDomainLabel, m_userDomain, withMessage(m_form, m_userDomain, m_userDomainMessage));

    m_projectName = new QLineEdit(m_form);
    m_projectName->setObjectName(u"projectName"_s);
    addRow(&m_projectNameLabel, m_projectName, m_projectName);

    m_projectId = new QLineEdit(m_form);
    m_projectId->setObjectName(u"projectId"_s);
    m_projectMessage = new InlineMessage(m_form);
    m_projectMessage->setObjectName(u"projectMessage"_s);
    addRow(&m_projectIdLabel, m_projectId, withMessage(m_form, m_projectId, m_projectMessage));

    m_projectDomain = new QLineEdit(m_form);
    m_projectDomain->setObjectName(u"projectDomain"_s);
    m_projectDomainMessage = new InlineMessage(m_form);
    m_projectDomainMessage->setObjectName(u"projectDomainMessage"_s);
    addRow(&m_projectDomainLabel,
        m_projectDomain,
        withMessage(m_form, m_projectDomain, m_projectDomainMessage));

    m_interface = new QComboBox(m_form);
    m_interface->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_interface->setObjectName(u"interface"_s);
    for (const QString &i : {u"public"_s, u"internal"_s, u"admin"_s})
        m_interface->addItem(QString(), i);
    addRow(&m_interfaceLabel, m_interface, m_interface);
    buildAuthUi(form);

    buildTlsSection(m_form, form);
    m_proxy = new ProxyField(m_form);
    form->addRow(m_proxy->label(), m_proxy);
    connect(m_proxy, &ProxyField::edited, this, &ProfilesDialog::handleEdited);

    m_testButton = new QPushButton(m_form);
    m_testButton->setObjectName(u"testConnection"_s);
    m_testBusy = new QProgressBar(m_form);
    m_testBusy->setObjectName(u"testBusy"_s);
    m_testBusy->setRange(0, 0); // busy
    m_testBusy->setTextVisible(false);
    m_testBusy->setMaximumWidth(120);
    m_testBusy->setVisible(false);
    m_testMessage = new InlineMessage(m_form);
    m_testMessage->setObjectName(u"testMessage"_s);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testBusy);
    testRow->addStretch(1);

    m_useButton = new QPushButton(m_form);
    m_useButton->setObjectName(u"useProfile"_s);
    m_saveButton = new QPushButton(m_form);
    m_saveButton->setObjectName(u"saveProfile"_s);
    m_saveButton->setAutoDefault(false);
    m_revertButton = new QPushButton(m_form);
    m_revertButton->setObjectName(u"revertProfile"_s);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_useButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_revertButton);
    formButtons->addWidget(m_saveButton);

    // The fields scroll when the screen is short (issue 16: 736 px); the heading and the
    // profile's buttons stay in view.
    auto *fields = new QWidget(m_form);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addLayout(testRow);
    fieldsLayout->addWidget(m_testMessage);
    fieldsLayout->addStretch(1);
    auto *fieldsScroll = new QScrollArea(m_form);
    fieldsScroll->setObjectName(u"profileFieldsScroll"_s);
    fieldsScroll->setWidgetResizable(true);
    fieldsScroll->setFrameShape(QFrame::NoFrame);
    fieldsScroll->setWidget(fields);
    auto *right = new QVBoxLayout(m_form);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_formHeading);
    right->addWidget(fieldsScroll, 1);
    right->addLayout(formButtons);

    // Enter in a field saves; no other button takes it.
    for (QPushButton *b : {m_addButton,
             m_duplicateButton,
             m_deleteButton,
             m_sessionOnlyButton,
             m_testButton,
             m_useButton,
             m_revertButton})
        b->setAutoDefault(false);
    m_saveButton->setDefault(true);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addWidget(m_form, 5);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    const QList<QWidget *> tabOrder{m_list,
        m_addButton,
        m_duplicateButton,
        m_deleteButton,
        m_name,
        m_familyCombo,
        m_region,
        m_authUrl,
        m_user,
        m_password,
        m_reveal,
        m_sessionOnlyButton,
        m_userDomain,
        m_projectName,
        m_projectId,
        m_projectDomain,
        m_interface,
        m_testButton,
        m_useButton,
        m_revertButton,
        m_saveButton,
        m_buttons->button(QDialogButtonBox::Close)};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    setAuthTabOrder();
    setTlsTabOrder();
    setTabOrder(m_insecureConfirm, m_proxy->firstFocus());
    setTabOrder(m_proxy->firstFocus(), m_proxy->lastFocus());

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_useButton, &QPushButton::clicked, this, &ProfilesDialog::useProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_revertButton, &QPushButton::clicked, this, &ProfilesDialog::revertProfile);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || m_loading)
            return;
        const QString id = item->data(IdRole).toString();
        if (id == m_editId)
            return;
        if (!selectProfile(id))
            populateList(); // stays on the edited profile
    });

    for (QLineEdit *edit : {m_name,
             m_authUrl,
             m_user,
             m_password,
             m_userDomain,
             m_projectName,
             m_projectId,
             m_projectDomain})
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::handleEdited);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &ProfilesDialog::handleEdited);
    connect(
        m_familyCombo, &QComboBox::currentIndexChanged, this, &ProfilesDialog::handleFamilyChanged);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProfilesDialog::handleRegionChanged);
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfilesDialog::done(int result)
{
    if (m_dirty && !confirmDiscard())
        return;
    QDialog::done(result);
}

void ProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Cloud Profiles"));
    m_listLabel->setText(tr("Profiles:"));
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add a new cloud profile"));
    m_duplicateButton->setText(tr("Dup&licate"));
    m_duplicateButton->setToolTip(tr("Start a new profile from a copy of this one"));
    m_deleteButton->setText(tr("D&elete"));
    m_deleteButton->setToolTip(
        tr("Delete this profile and remove its secrets from the system keychain"));
    m_importButton->setText(tr("&Import…"));
    m_importButton->setToolTip(tr("Make profiles from a clouds.yaml or an openrc file"));
    m_formHeading->setText(tr("Everything needed to sign in to one project in one region. The "
                              "password is kept in the system keychain, never in a file."));
    m_nameLabel->setText(tr("&Name:", "profile name"));
    m_name->setPlaceholderText(tr("For example: Production, Frankfurt"));
    m_familyLabel->setText(tr("&Cloud:"));
    for (int i = 0; i < m_familyCombo->count(); ++i) {
        const CloudFamily f = CloudProfile::familyFromKey(m_familyCombo->itemData(i).toString());
        m_familyCombo->setItemText(i, CloudProfile::familyDisplayName(f));
    }
    m_regionLabel->setText(tr("Re&gion:"));
    m_authUrlLabel->setText(tr("Identity &URL:"));
    m_authUrl->setPlaceholderText(tr("https://keystone.example.com:5000/v3"));
    m_authUrl->setToolTip(tr("The Keystone version 3 (IAM) address; it ends with /v3."));
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
    m_projectNameLabel->setText(tr("&Project name:"));
    m_projectIdLabel->setText(tr("Pro&ject ID:"));
    m_projectId->setPlaceholderText(tr("Instead of the project name"));
    m_projectDomainLabel->setText(tr("Project do&main:"));
    m_interfaceLabel->setText(tr("Inter&face:"));
    m_interface->setItemText(0, tr("public", "Keystone endpoint interface"));
    m_interface->setItemText(1, tr("internal", "Keystone endpoint interface"));
    m_interface->setItemText(2, tr("admin", "Keystone endpoint interface"));
    m_interface->setToolTip(tr("Which catalog endpoints to use; public unless your cloud's "
                               "administrator says otherwise."));
    m_testButton->setText(m_test ? tr("Testing…") : tr("&Test Connection"));
    m_testButton->setToolTip(
        tr("Sign in with these values without saving them, and list what the cloud offers"));
    m_useButton->setText(tr("Use T&his Profile"));
    m_saveButton->setText(tr("&Save"));
    m_revertButton->setText(tr("Re&vert"));
    m_revertButton->setToolTip(tr("Discard the changes in the form"));
    retranslateAuthUi();
    retranslateTls();
    updatePasswordHint();
    populateList();
    validate();
    showTestResult();
}

void ProfilesDialog::populateList()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_list->clear();
    const std::optional<CloudProfile> current = m_core->profiles()->current();
    QListWidgetItem *selected = nullptr;
    auto add = [&](const QString &id, const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, id);
        if (id == m_editId)
            selected = item;
        return item;
    };
    for (const CloudProfile &p : m_core->profiles()->profiles()) {
        QListWidgetItem *item = add(p.id,
            p.region.isEmpty() ? p.name
                               //: Profile list entry. %1 = profile name, %2 = region
                               : tr("%1 (%2)").arg(p.name, p.region));
        const QString family = CloudProfile::familyDisplayName(p.family);
        if (current && current->id == p.id) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            //: Tooltip in the profile list. %1 = cloud family
            item->setToolTip(tr("%1 — the profile in use").arg(family));
        } else {
            item->setToolTip(family);
        }
    }
    if (m_isNew) {
        const QString name = clean(m_name).isEmpty() ? tr("New profile") : clean(m_name);
        //: Profile list entry of a profile that is not saved yet. %1 = its name
        QListWidgetItem *item = add(m_editId, tr("%1 (not saved)").arg(name));
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
    }
    if (selected)
        m_list->setCurrentItem(selected);
    m_loading = wasLoading;

    // The edited profile is gone (deleted, or a draft dropped), or this is the first fill:
    // show another one.
    if (!selected && !wasLoading) {
        m_editId.clear();
        m_isNew = false;
        m_dirty = false;
        if (m_list->count() > 0)
            selectProfile(m_list->item(0)->data(IdRole).toString());
        else
            clearForm();
    }
    validate();
}

bool ProfilesDialog::selectProfile(const QString &id)
{
    if (id == m_editId)
        return true;
    const auto profile = m_core->profiles()->profile(id);
    if (!profile)
        return false;
    const bool hadDraft = m_isNew;
    if (m_dirty && !confirmDiscard())
        return false;
    loadProfile(*profile, false);
    if (hadDraft)
        populateList(); // the draft's row goes
    else {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(IdRole).toString() == id)
                m_list->setCurrentRow(i);
        }
    }
    return true;
}

void ProfilesDialog::loadProfile(const CloudProfile &p, bool isNew)
{
    m_loading = true;
    m_editId = p.id;
    m_isNew = isNew;
    m_lastResult.reset();
    m_testMessage->clearMessage();
    m_passwordMessage->clearMessage();
    m_sessionOnlyButton->setVisible(false);
    updateAuthSessionOnly();
    m_form->setEnabled(true);
    m_name->setText(p.name);
    setFamily(p.family);
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItems(CloudPresets::regions(p.family));
        m_region->setCurrentText(p.region);
    }
    m_authUrl->setText(p.authUrl.toString());
    m_user->setText(p.userName);
    clearPassword();
    m_userDomain->setText(p.userDomain);
    m_projectName->setText(p.projectName);
    m_projectId->setText(p.projectId);
    m_projectDomain->setText(p.projectDomain);
    const int interfaceIndex = m_interface->findData(p.interface);
    m_interface->setCurrentIndex(interfaceIndex < 0 ? 0 : interfaceIndex);
    loadAuth(p);
    loadTls(p);
    m_proxy->load(p);

    // The demo profile is written by the app at every start of the demo cloud: only its name
    // is the operator's.
    const bool demo = p.family == CloudFamily::Demo;
    for (QWidget *w : std::initializer_list<QWidget *>{m_familyCombo,
             m_region,
             m_authUrl,
             m_user,
             m_password,
             m_reveal,
             m_userDomain,
             m_projectName,
             m_projectId,
             m_projectDomain,
             m_interface,
             m_tlsMode,
             m_caBundle,
             m_caBrowse,
             m_insecureConfirm,
             static_cast<QWidget *>(m_proxy)})
        w->setEnabled(!demo);
    m_familyMessage->showMessage(InlineMessage::Kind::Info,
        demo ? tr("Imagewright manages this profile: it follows the local demo cloud.")
             : QString());
    m_loading = false;
    m_dirty = isNew;
    updatePasswordHint();
    validate();
}

void ProfilesDialog::clearForm()
{
    m_loading = true;
    m_editId.clear();
    m_isNew = false;
    m_dirty = false;
    for (QLineEdit *edit : {m_name,
             m_authUrl,
             m_user,
             m_password,
             m_userDomain,
             m_projectName,
             m_projectId,
             m_projectDomain})
        edit->clear();
    m_region->clear();
    clearAuthForm();
    m_testMessage->clearMessage();
    m_passwordMessage->clearMessage();
    m_familyMessage->clearMessage();
    m_lastResult.reset();
    m_form->setEnabled(false);
    m_loading = false;
}

CloudProfile ProfilesDialog::formProfile() const
{
    CloudProfile p;
    if (!m_isNew) {
        if (const auto saved = m_core->profiles()->profile(m_editId))
            p = *saved;
    }
    p.id = m_editId;
    p.name = clean(m_name);
    p.family = currentFamily();
    p.authUrl = QUrl(clean(m_authUrl));
    p.region = m_region->currentText().trimmed();
    p.userName = clean(m_user);
    p.userDomain = clean(m_userDomain);
    p.projectName = clean(m_projectName);
    p.projectId = clean(m_projectId);
    p.projectDomain = clean(m_projectDomain);
    p.interface = m_interface->currentData().toString();
    applyAuth(p);
    applyTls(&p);
    m_proxy->apply(&p);
    return p;
}

CloudFamily ProfilesDialog::currentFamily() const
{
    return CloudProfile::familyFromKey(m_familyCombo->currentData().toString());
}

void ProfilesDialog::setFamily(CloudFamily family)
{
    const QSignalBlocker blocker(m_familyCombo);
    const int index = m_familyCombo->findData(CloudProfile::familyKey(family));
    m_familyCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_family = family;
    // The demo entry is listed only while the demo profile is shown.
    if (auto *view = qobject_cast<QListView *>(m_familyCombo->view()))
        view->setRowHidden(m_familyCombo->count() - 1, family != CloudFamily::Demo);
}

bool ProfilesDialog::isDemo() const
{
    return currentFamily() == CloudFamily::Demo;
}

void ProfilesDialog::handleEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    if (!m_test) {
        m_lastResult.reset();
        m_testMessage->clearMessage();
    }
    if (m_isNew && sender() == m_name)
        populateList(); // the draft's row shows the name being typed
    if (sender() == m_password && !m_password->text().isEmpty()
        && m_passwordMessage->kind() == InlineMessage::Kind::Error)
        m_passwordMessage->clearMessage(); // "Enter the password." is answered
    validate();
}

void ProfilesDialog::handleFamilyChanged()
{
    if (m_loading)
        return;
    const CloudFamily previous = m_family;
    const CloudFamily family = currentFamily();
    m_family = family;
    QString region = m_region->currentText().trimmed();
    const QStringList regions = CloudPresets::regions(family);
    if (!regions.isEmpty() && !regions.contains(region))
        region = CloudPresets::defaultRegion(family);
    else if (regions.isEmpty() && CloudPresets::regions(previous).contains(region))
        region.clear(); // another vendor's region means nothing to a generic OpenStack
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItems(regions);
        m_region->setCurrentText(region);
    }
    applyRegionPreset();
    handleEdited();
}

void ProfilesDialog::handleRegionChanged()
{
    if (m_loading)
        return;
    applyRegionPreset();
    handleEdited();
}

void ProfilesDialog::applyRegionPreset()
{
    const CloudFamily family = currentFamily();
    const QString region = m_region->currentText().trimmed();
    // Replace the identity URL only when it is empty or one the table filled in: a typed
    // address is the operator's.
    const QString typed = clean(m_authUrl);
    if (typed.isEmpty() || CloudPresets::isPresetAuthUrl(QUrl(typed))) {
        const QUrl preset = CloudPresets::authUrl(family, region);
        if (!preset.isEmpty() || family == CloudFamily::OpenStack)
            m_authUrl->setText(preset.toString());
    }
    if (CloudPresets::projectNameIsRegion(family) && !region.isEmpty()) {
        const QString project = clean(m_projectName);
        if (project.isEmpty() || CloudPresets::regions(family).contains(project))
            m_projectName->setText(region);
    }
}

bool ProfilesDialog::validate()
{
    if (m_editId.isEmpty()) {
        for (InlineMessage *m : {m_nameMessage,
                 m_regionMessage,
                 m_authUrlMessage,
                 m_userMessage,
                 m_userDomainMessage,
                 m_projectMessage,
                 m_projectDomainMessage})
            m->clearMessage();
        updateButtons(false);
        return false;
    }
    bool valid = true;
    auto check = [&valid](InlineMessage *message, const QString &error) {
        if (error.isEmpty()) {
            message->clearMessage();
        } else {
            message->showError(error);
            valid = false;
        }
    };

    const QString name = clean(m_name);
    QString nameError;
    if (name.isEmpty()) {
        nameError = tr("Enter a name for the profile.");
    } else {
        for (const CloudProfile &p : m_core->profiles()->profiles()) {
            if (p.id != m_editId && p.name.compare(name, Qt::CaseInsensitive) == 0)
                nameError = tr("Another profile already has this name.");
        }
    }
    check(m_nameMessage, nameError);

    if (isDemo()) {
        for (InlineMessage *m : {m_regionMessage,
                 m_authUrlMessage,
                 m_userMessage,
                 m_userDomainMessage,
                 m_projectMessage,
                 m_projectDomainMessage,
                 m_caMessage})
            m->clearMessage();
        updateButtons(valid);
        return valid;
    }

    const CloudFamily family = currentFamily();
    check(m_regionMessage,
        !CloudPresets::regions(family).isEmpty() && m_region->currentText().trimmed().isEmpty()
            ? tr("Choose a region.")
            : QString());

    const CloudPresets::UrlCheck url = CloudPresets::checkAuthUrl(m_authUrl->text());
    if (url.level == CloudPresets::UrlCheck::Level::Ok)
        m_authUrlMessage->clearMessage();
    else if (url.level == CloudPresets::UrlCheck::Level::Warning)
        m_authUrlMessage->showMessage(InlineMessage::Kind::Warning, url.message);
    else
        check(m_authUrlMessage, url.message);

    // The user and project the method needs: a password signs in as a user into a project;
    // an application credential by name names its user (its project is its own); AK/SK
    // needs neither (the project is found by the region's name).
    const AuthMethod method = currentAuthMethod();
    const bool needsUser = method == AuthMethod::Password
        || (method == AuthMethod::ApplicationCredential && clean(m_appCredId).isEmpty());
    const bool needsProject = method == AuthMethod::Password;
    check(m_userMessage,
        needsUser && clean(m_user).isEmpty() ? tr("Enter the user name.") : QString());
    check(m_userDomainMessage,
        needsUser && clean(m_userDomain).isEmpty()
            ? tr("Enter the user's domain: often Default; on Huawei Cloud and Open Telekom "
                 "Cloud, the account name.")
            : QString());
    const bool byName = clean(m_projectId).isEmpty();
    check(m_projectMessage,
        needsProject && byName && clean(m_projectName).isEmpty()
            ? tr("Enter a project name or a project ID.")
            : QString());
    if (!byName && !clean(m_projectName).isEmpty())
        m_projectMessage->showMessage(InlineMessage::Kind::Info,
            tr("The project ID is used; the project name is only kept for reference."));
    check(m_projectDomainMessage,
        needsProject && byName && clean(m_projectDomain).isEmpty()
            ? tr("Enter the project's domain (needed with a project name).")
            : QString());
    if (!validateAuth())
        valid = false;
    if (!validateTls())
        valid = false;
    if (!m_proxy->validate())
        valid = false;

    updateButtons(valid);
    return valid;
}

void ProfilesDialog::updateButtons(bool valid)
{
    const bool editing = !m_editId.isEmpty();
    m_duplicateButton->setEnabled(editing && !isDemo());
    m_deleteButton->setEnabled(editing);
    m_saveButton->setEnabled(editing && m_dirty && valid);
    m_revertButton->setEnabled(editing && m_dirty);
    m_testButton->setEnabled(editing && valid && !m_test);
    const std::optional<CloudProfile> current = m_core->profiles()->current();
    const bool isCurrent = current && current->id == m_editId;
    m_useButton->setEnabled(editing && !m_isNew && !m_dirty && !isCurrent);
    m_useButton->setToolTip(m_dirty ? tr("Save the changes first.")
            : isCurrent             ? tr("This profile is in use.")
                                    : tr("Switch the main window to this profile"));
}

bool ProfilesDialog::confirmDiscard()
{
    const QMessageBox::StandardButton answer = Prompter::question(this,
        tr("Unsaved Changes"),
        //: %1 = profile name
        tr("The profile “%1” has changes that are not saved. Discard them?")
            .arg(clean(m_name).isEmpty() ? tr("New profile") : clean(m_name)),
        QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_dirty = false;
    m_isNew = false;
    clearPassword();
    clearAuthSecrets();
    return true;
}

void ProfilesDialog::addProfile()
{
    if (m_dirty && !confirmDiscard())
        return;
    CloudProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.family = CloudFamily::OpenStack;
    loadProfile(p, true);
    populateList();
    m_name->setFocus();
}

void ProfilesDialog::duplicateProfile()
{
    if (m_editId.isEmpty() || isDemo())
        return;
    CloudProfile p = formProfile();
    if (m_dirty && !confirmDiscard())
        return;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    //: Name of a duplicated profile. %1 = the original's name
    p.name = tr("%1 (copy)").arg(p.name);
    loadProfile(p, true);
    populateList();
    m_name->setFocus();
    m_name->selectAll();
}

void ProfilesDialog::deleteProfile()
{
    if (m_editId.isEmpty())
        return;
    if (m_isNew) { // never saved: nothing to confirm
        m_dirty = false;
        m_isNew = false;
        m_editId.clear();
        clearPassword();
        populateList();
        return;
    }
    const auto profile = m_core->profiles()->profile(m_editId);
    if (!profile)
        return;
    const QMessageBox::StandardButton answer = Prompter::question(this,
        tr("Delete Profile"),
        //: %1 = profile name
        tr("Delete the cloud profile “%1”? Its secrets (password, application credential "
           "secret or AK/SK keys) are removed from the system keychain. Image jobs already on "
           "the cloud are not affected.")
            .arg(profile->name),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString id = m_editId;
    m_dirty = false;
    clearPassword();
    clearAuthSecrets();
    if (profile->family != CloudFamily::Demo) {
        // Every secret the profile may have: password, application credential, AK/SK.
        for (SecretKind kind : {SecretKind::Password,
                 SecretKind::ApplicationCredentialSecret,
                 SecretKind::SecretKey,
                 SecretKind::SecurityToken})
            m_core->secrets()->remove(SecretStore::keyFor(id, kind));
    }
    m_core->profiles()->remove(id); // changed() → populateList() shows another profile
}

ImportProfilesDialog *ProfilesDialog::importProfiles()
{
    auto *dialog = new ImportProfilesDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->scan(CloudsYamlImport::SearchPaths::fromEnvironment(
        QProcessEnvironment::systemEnvironment(), QDir::currentPath()));
    dialog->open();
    return dialog;
}

bool ProfilesDialog::saveProfile()
{
    if (m_editId.isEmpty() || !validate() || !m_dirty)
        return false;
    const CloudProfile profile = formProfile();
    const QString password = m_password->text();
    m_dirty = false;
    m_isNew = false;
    m_core->profiles()->upsert(profile);
    if (!password.isEmpty() && profile.family != CloudFamily::Demo
        && profile.authMethod == AuthMethod::Password)
        storePassword(profile.id, password);
    else
        clearPassword();
    if (profile.family != CloudFamily::Demo)
        storeAuthSecrets(profile);
    updatePasswordHint();
    validate();
    return true;
}

void ProfilesDialog::storePassword(const QString &profileId, const QString &password)
{
    m_pendingProfile = profileId;
    m_pendingKey = SecretStore::keyFor(profileId, SecretKind::Password);
    m_pendingPassword = password;
    m_passwordMessage->showMessage(
        InlineMessage::Kind::Info, tr("Saving the password in the system keychain…"));
    m_core->secrets()->write(m_pendingKey, password);
}

void ProfilesDialog::usePasswordForSessionOnly()
{
    if (m_pendingPassword.isEmpty() || !m_core->profiles()->profile(m_pendingProfile))
        return;
    // Kept by the core, so a session made again (the profile edited) still has it.
    m_core->useForSessionOnly(
        m_pendingProfile, SecretKind::Password, std::exchange(m_pendingPassword, {}));
    m_pendingKey.clear();
    m_pendingProfile.clear();
    clearPassword();
    m_sessionOnlyButton->setVisible(false);
    m_passwordMessage->showMessage(InlineMessage::Kind::Info,
        tr("The password is used until Imagewright quits. It is not saved."));
}

void ProfilesDialog::revertProfile()
{
    if (m_editId.isEmpty())
        return;
    if (m_isNew) {
        deleteProfile();
        return;
    }
    if (const auto profile = m_core->profiles()->profile(m_editId))
        loadProfile(*profile, false);
}

void ProfilesDialog::useProfile()
{
    if (m_editId.isEmpty() || m_isNew || m_dirty)
        return;
    m_core->profiles()->setCurrent(m_editId);
}

void ProfilesDialog::testConnection()
{
    if (m_test || !validate())
        return;
    // A sign-in needs the password: none typed and none stored is said, not tried.
    if (!isDemo() && currentAuthMethod() == AuthMethod::Password && m_password->text().isEmpty()
        && (m_isNew || !hasStoredSecret(SecretKind::Password))) {
        m_passwordMessage->showError(tr("Enter the password."));
        m_testMessage->showError(
            tr("The password is missing: enter it to test the connection."));
        m_password->setFocus();
        return;
    }
    const CloudProfile profile = formProfile();
    auto *test = new ConnectionTest(m_core->client(), profile, this);
    if (profile.family == CloudFamily::Demo)
        test->setPassword(u"demo"_s); // the demo cloud's published password (interfaces.md §5)
    else if (!m_password->text().isEmpty())
        test->setPassword(m_password->text());
    else if (!m_isNew)
        test->setStoredPassword(
            m_core->secrets(), SecretStore::keyFor(profile.id, SecretKind::Password));
    if (profile.family != CloudFamily::Demo) {
        giveTestSecrets(test);
        if (!m_isNew) // a secret left empty: the stored one (other auth methods)
            test->setStoredPassword(
                m_core->secrets(), SecretStore::keyFor(profile.id, SecretKind::Password));
    }
    m_test = test;
    connect(test, &ConnectionTest::finished, this, [this, test](const ConnectionTest::Result &r) {
        test->deleteLater();
        m_test = nullptr;
        m_testBusy->setVisible(false);
        m_testButton->setText(tr("&Test Connection"));
        m_lastResult = r;
        showTestResult();
        validate();
        Q_EMIT connectionTested(r);
    });
    m_testButton->setText(tr("Testing…"));
    m_testBusy->setVisible(true);
    m_lastResult.reset();
    m_testMessage->showMessage(InlineMessage::Kind::Info,
        //: %1 = the identity URL
        tr("Signing in at %1…").arg(profile.authUrl.toString(QUrl::RemoveUserInfo)));
    updateButtons(true);
    test->start();
}

void ProfilesDialog::showTestResult()
{
    if (!m_lastResult)
        return;
    const ConnectionTest::Result &r = *m_lastResult;
    if (!r.ok()) {
        m_testMessage->showError(ConnectionTest::errorMessage(r));
        return;
    }
    // A clock too far off is said first, as a warning: signed requests would be refused.
    const QString skew = ConnectionTest::clockSkewMessage(r);
    const auto prefixed = [&skew](const QString &text) {
        return skew.isEmpty() ? text : skew + u'\n' + text;
    };
    const QString region = r.region.isEmpty() ? tr("any region") : r.region;
    if (r.serviceTypes.isEmpty()) {
        m_testMessage->showMessage(InlineMessage::Kind::Warning,
            prefixed(
                //: %1 = region, %2 = the regions the catalog names
                tr("Signed in, but the catalog has no services for region %1 on this interface. "
                   "Regions in the catalog: %2.")
                    .arg(region,
                        r.catalogRegions.isEmpty() ? tr("none") : r.catalogRegions.join(u", "_s))));
        return;
    }
    QStringList methods;
    for (CreationMethod m : r.methods)
        methods.append(CreationMethods::title(m));
    const QString methodText = methods.isEmpty()
        ? tr("None of the image creation methods: the catalog has no image, compute or volume "
             "service here.")
        : methods.join(u"; "_s);
    m_testMessage->showMessage(
        skew.isEmpty() ? InlineMessage::Kind::Info : InlineMessage::Kind::Warning,
        prefixed(
            //: %1 = region, %2 = service types such as "compute, image, volumev3",
            //: %3 = the creation methods they enable
            tr("Connected. Services in %1: %2.\nImage creation methods available: %3")
                .arg(region, r.serviceTypes.join(u", "_s), methodText)));
}

void ProfilesDialog::clearPassword()
{
    const bool wasLoading = std::exchange(m_loading, true); // not an edit of the form
    m_password->clear();
    m_loading = wasLoading;
}

void ProfilesDialog::updatePasswordHint()
{
    if (isDemo())
        m_password->setPlaceholderText(tr("Not needed: the demo cloud's password is built in"));
    else if (m_isNew || m_editId.isEmpty())
        m_password->setPlaceholderText(tr("Required; saved in the system keychain"));
    else
        m_password->setPlaceholderText(tr("Leave empty to keep the stored password"));
}

// --- Authentication method and endpoint overrides (issue 5) --------------------------------

namespace {

QLineEdit *secretField(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
        | Qt::ImhSensitiveData);
    return edit;
}

InlineMessage *messageNamed(QWidget *parent, const QString &objectName)
{
    auto *message = new InlineMessage(parent);
    message->setObjectName(objectName);
    return message;
}

} // namespace

void ProfilesDialog::buildAuthUi(QFormLayout *form)
{
    m_formLayout = form;
    // The method, before the user name (which it decides).
    m_authMethod = new QComboBox(m_form);
    m_authMethod->setObjectName(u"authMethod"_s);
    m_authMethod->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (AuthMethod m : {AuthMethod::Password, AuthMethod::ApplicationCredential, AuthMethod::AkSk})
        m_authMethod->addItem(QString(), CloudProfile::authMethodKey(m));
    m_authMethodMessage = messageNamed(m_form, u"authMethodMessage"_s);
    m_authMethodLabel = new QLabel(m_form);
    m_authMethodLabel->setBuddy(m_authMethod);
    int row = 0;
    QFormLayout::ItemRole role{};
    form->getWidgetPosition(m_userLabel, &row, &role);
    form->insertRow(row, m_authMethodLabel, withMessage(m_form, m_authMethod, m_authMethodMessage));

    // The method's own fields, after the password.
    form->getWidgetPosition(m_passwordLabel, &row, &role);
    auto insert = [this, form, &row](QLabel **label, QWidget *field, QWidget *box) {
        *label = new QLabel(m_form);
        (*label)->setBuddy(field);
        form->insertRow(++row, *label, box);
    };
    m_appCredId = new QLineEdit(m_form);
    m_appCredId->setObjectName(u"appCredentialId"_s);
    m_appCredIdMessage = messageNamed(m_form, u"appCredentialIdMessage"_s);
    insert(&m_appCredIdLabel, m_appCredId, withMessage(m_form, m_appCredId, m_appCredIdMessage));
    m_appCredName = new QLineEdit(m_form);
    m_appCredName->setObjectName(u"appCredentialName"_s);
    insert(&m_appCredNameLabel, m_appCredName, m_appCredName);
    m_appCredSecret = secretField(m_form, u"appCredentialSecret"_s);
    m_appCredSecretMessage = messageNamed(m_form, u"appCredentialSecretMessage"_s);
    {
        QWidget *box = withMessage(m_form, m_appCredSecret, m_appCredSecretMessage);
        m_appCredSessionOnly = addSessionOnlyButton(box, u"appCredentialSessionOnly"_s);
        insert(&m_appCredSecretLabel, m_appCredSecret, box);
    }

    m_accessKey = new QLineEdit(m_form);
    m_accessKey->setObjectName(u"accessKey"_s);
    m_accessKeyMessage = messageNamed(m_form, u"accessKeyMessage"_s);
    insert(&m_accessKeyLabel, m_accessKey, withMessage(m_form, m_accessKey, m_accessKeyMessage));
    m_secretKey = secretField(m_form, u"secretKey"_s);
    m_secretKeyMessage = messageNamed(m_form, u"secretKeyMessage"_s);
    m_temporaryKey = new QCheckBox(m_form);
    m_temporaryKey->setObjectName(u"temporaryKey"_s);
    {
        QWidget *box = withMessage(m_form, m_secretKey, m_secretKeyMessage, m_temporaryKey);
        m_secretKeySessionOnly = addSessionOnlyButton(box, u"secretKeySessionOnly"_s);
        insert(&m_secretKeyLabel, m_secretKey, box);
    }
    for (QPushButton *button : {m_appCredSessionOnly, m_secretKeySessionOnly}) {
        connect(button, &QPushButton::clicked, this, &ProfilesDialog::useAuthSecretsForSessionOnly);
    }
    m_securityToken = secretField(m_form, u"securityToken"_s);
    m_securityTokenMessage = messageNamed(m_form, u"securityTokenMessage"_s);
    insert(&m_securityTokenLabel,
        m_securityToken,
        withMessage(m_form, m_securityToken, m_securityTokenMessage));

    // Endpoint overrides, last.
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
    m_overridesLabel = new QLabel(m_form);
    m_overridesLabel->setBuddy(m_overrides->table());
    form->addRow(m_overridesLabel, m_overrides);

    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        handleEdited();
    });
    connect(m_temporaryKey, &QCheckBox::toggled, this, [this] {
        updateAuthRows();
        handleEdited();
    });
    for (QLineEdit *edit :
        {m_appCredId, m_appCredName, m_appCredSecret, m_accessKey, m_secretKey, m_securityToken})
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::handleEdited);
    connect(m_overrides, &KeyValueEditor::changed, this, &ProfilesDialog::handleEdited);

    SecretStore *secrets = m_core->secrets();
    connect(secrets, &SecretStore::writeDone, this, [this](const QString &key) {
        handleAuthSecretWritten(key, true, {});
    });
    connect(secrets,
        &SecretStore::failed,
        this,
        [this](const QString &key, SecretError error, const QString &detail) {
            handleAuthSecretWritten(key,
                false,
                error == SecretError::Cancelled
                    ? tr("access to the keychain was refused")
                    : (detail.isEmpty() ? tr("the keychain is not available") : detail));
        });
}

void ProfilesDialog::handleAuthSecretWritten(const QString &key, bool ok, const QString &why)
{
    const auto it = m_pendingAuth.find(key);
    if (it == m_pendingAuth.end() || it->done)
        return;
    it->done = true;
    it->failed = !ok;
    const SecretKind kind = it->kind;
    const QString profileId = it->profileId;
    if (profileId == m_editId) {
        if (InlineMessage *m = messageForSecret(kind)) {
            if (ok) {
                m->showMessage(InlineMessage::Kind::Info, tr("Saved in the system keychain."));
            } else {
                //: %1 = the keychain's reason. Nothing is written anywhere else.
                m->showError(tr("This secret could not be saved in the system keychain (%1). It "
                                "was not written anywhere else.")
                                 .arg(why));
            }
        }
    }
    // Once every write of the save has ended: all in the keychain, so the held copies go and a
    // session of the profile reads the new secrets at its next sign-in; or one was refused, and
    // all are kept for "this session only" (a secret key without its token would not do).
    bool settled = true;
    bool anyFailed = false;
    for (const PendingSecret &p : std::as_const(m_pendingAuth)) {
        if (p.profileId == profileId) {
            settled = settled && p.done;
            anyFailed = anyFailed || p.failed;
        }
    }
    if (settled && !anyFailed) {
        dropPendingAuth(profileId);
        if (m_core->profiles()->profile(profileId))
            m_core->secretsChanged(profileId);
    }
    updateAuthSessionOnly();
}

void ProfilesDialog::updateAuthSessionOnly()
{
    bool appCred = false;
    bool akSk = false;
    for (const PendingSecret &p : std::as_const(m_pendingAuth)) {
        if (!p.failed || p.profileId != m_editId)
            continue;
        appCred = appCred || p.kind == SecretKind::ApplicationCredentialSecret;
        akSk = akSk || p.kind == SecretKind::SecretKey || p.kind == SecretKind::SecurityToken;
    }
    m_appCredSessionOnly->setVisible(appCred);
    m_secretKeySessionOnly->setVisible(akSk);
}

void ProfilesDialog::useAuthSecretsForSessionOnly()
{
    const QString profileId = m_editId;
    if (!m_core->profiles()->profile(profileId))
        return;
    for (const PendingSecret &p : std::as_const(m_pendingAuth)) {
        if (p.profileId != profileId)
            continue;
        m_core->useForSessionOnly(profileId, p.kind, p.value);
        if (InlineMessage *m = messageForSecret(p.kind)) {
            m->showMessage(
                InlineMessage::Kind::Info, tr("Used until Imagewright quits. It is not saved."));
        }
    }
    dropPendingAuth(profileId);
    updateAuthSessionOnly();
}

void ProfilesDialog::dropPendingAuth(const QString &profileId)
{
    m_pendingAuth.removeIf([&profileId](const auto &p) { return p->profileId == profileId; });
}

void ProfilesDialog::setAuthTabOrder()
{
    const QList<QWidget *> order{m_authUrl,
        m_authMethod,
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
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setTabOrder(m_interface, m_overrides->table());
    setTabOrder(m_overrides->table(), m_testButton);
}

void ProfilesDialog::retranslateAuthUi()
{
    m_authMethodLabel->setText(tr("Sign-in metho&d:"));
    for (int i = 0; i < m_authMethod->count(); ++i) {
        const AuthMethod m = CloudProfile::authMethodFromKey(m_authMethod->itemData(i).toString());
        m_authMethod->setItemText(i, CloudProfile::authMethodDisplayName(m));
    }
    m_authMethod->setToolTip(tr("How Imagewright signs in: a password, an application "
                                "credential, or a Huawei access key pair (AK/SK)."));
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
    updateAuthRows();
}

AuthMethod ProfilesDialog::currentAuthMethod() const
{
    return CloudProfile::authMethodFromKey(m_authMethod->currentData().toString());
}

bool ProfilesDialog::hasStoredSecret(SecretKind kind) const
{
    if (!m_savedAuth)
        return false;
    switch (kind) {
    case SecretKind::Password:
        return m_savedAuth->authMethod == AuthMethod::Password;
    case SecretKind::ApplicationCredentialSecret:
        return m_savedAuth->authMethod == AuthMethod::ApplicationCredential;
    case SecretKind::SecretKey:
        return m_savedAuth->authMethod == AuthMethod::AkSk;
    case SecretKind::SecurityToken:
        return m_savedAuth->authMethod == AuthMethod::AkSk && m_savedAuth->temporaryAccessKey;
    }
    return false;
}

void ProfilesDialog::updateAuthRows()
{
    if (!m_authMethod)
        return;
    const AuthMethod method = currentAuthMethod();
    const bool password = method == AuthMethod::Password;
    const bool appCred = method == AuthMethod::ApplicationCredential;
    const bool aksk = method == AuthMethod::AkSk;
    const auto showRows = [this](std::initializer_list<QLabel *> labels, bool visible) {
        for (QLabel *l : labels)
            m_formLayout->setRowVisible(l, visible);
    };
    showRows({m_passwordLabel}, password);
    // The user names the password's owner, or an application credential given by name.
    showRows({m_userLabel, m_userDomainLabel}, !aksk);
    showRows({m_appCredIdLabel, m_appCredNameLabel, m_appCredSecretLabel}, appCred);
    showRows({m_accessKeyLabel, m_secretKeyLabel}, aksk);
    showRows({m_securityTokenLabel}, aksk && m_temporaryKey->isChecked());

    // Never the secret itself: only whether one is stored.
    const auto hint = [this](QLineEdit *edit, SecretKind kind) {
        edit->setPlaceholderText(hasStoredSecret(kind)
                ? tr("Stored in the system keychain; leave empty to keep it")
                : tr("Saved in the system keychain"));
    };
    hint(m_appCredSecret, SecretKind::ApplicationCredentialSecret);
    hint(m_secretKey, SecretKind::SecretKey);
    hint(m_securityToken, SecretKind::SecurityToken);
}

void ProfilesDialog::loadAuth(const CloudProfile &p)
{
    const bool wasLoading = std::exchange(m_loading, true);
    if (m_isNew)
        m_savedAuth.reset(); // nothing stored yet
    else
        m_savedAuth = p;
    const int index = m_authMethod->findData(CloudProfile::authMethodKey(p.authMethod));
    m_authMethod->setCurrentIndex(index < 0 ? 0 : index);
    m_appCredId->setText(p.applicationCredentialId);
    m_appCredName->setText(p.applicationCredentialName);
    m_accessKey->setText(p.accessKey);
    m_temporaryKey->setChecked(p.temporaryAccessKey);
    QList<KeyValueEditor::Item> rows;
    for (auto it = p.endpointOverrides.cbegin(); it != p.endpointOverrides.cend(); ++it)
        rows.append({it.key(), QUrl::fromPercentEncoding(it.value().toEncoded())});
    m_overrides->setItems(rows);
    clearAuthSecrets();
    for (InlineMessage *m : {m_authMethodMessage,
             m_appCredIdMessage,
             m_appCredSecretMessage,
             m_accessKeyMessage,
             m_secretKeyMessage,
             m_securityTokenMessage})
        m->clearMessage();
    const bool demo = p.family == CloudFamily::Demo;
    for (QWidget *w : std::initializer_list<QWidget *>{m_authMethod,
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
    updateAuthRows();
}

void ProfilesDialog::clearAuthForm()
{
    m_savedAuth.reset();
    m_authMethod->setCurrentIndex(0);
    for (QLineEdit *edit : {m_appCredId, m_appCredName, m_accessKey})
        edit->clear();
    m_temporaryKey->setChecked(false);
    m_overrides->setItems({});
    clearAuthSecrets();
}

void ProfilesDialog::clearAuthSecrets()
{
    const bool wasLoading = std::exchange(m_loading, true); // not an edit of the form
    for (QLineEdit *edit : {m_appCredSecret, m_secretKey, m_securityToken})
        edit->clear();
    m_loading = wasLoading;
}

void ProfilesDialog::applyAuth(CloudProfile &p) const
{
    p.authMethod = currentAuthMethod();
    p.applicationCredentialId = clean(m_appCredId);
    p.applicationCredentialName = clean(m_appCredName);
    p.accessKey = clean(m_accessKey);
    p.temporaryAccessKey = p.authMethod == AuthMethod::AkSk && m_temporaryKey->isChecked();
    if (p.authMethod != AuthMethod::ApplicationCredential) {
        p.applicationCredentialId.clear();
        p.applicationCredentialName.clear();
    }
    if (p.authMethod != AuthMethod::AkSk)
        p.accessKey.clear();
    p.endpointOverrides.clear();
    const QList<KeyValueEditor::Item> rows = m_overrides->items();
    for (const auto &[type, url] : rows)
        p.endpointOverrides.insert(type.trimmed(), QUrl(url.trimmed()));
}

bool ProfilesDialog::validateAuth()
{
    bool valid = true;
    auto check = [&valid](InlineMessage *message, const QString &error) {
        if (error.isEmpty()) {
            message->clearMessage();
        } else {
            message->showError(error);
            valid = false;
        }
    };
    const AuthMethod method = currentAuthMethod();
    const CloudFamily family = currentFamily();
    check(m_authMethodMessage,
        method == AuthMethod::AkSk && !CloudPresets::familyHasAkSk(family)
            ? tr("AK/SK signing is offered for Huawei Cloud and Open Telekom Cloud only.")
            : QString());

    const bool appCred = method == AuthMethod::ApplicationCredential;
    check(m_appCredIdMessage,
        appCred && clean(m_appCredId).isEmpty() && clean(m_appCredName).isEmpty()
            ? tr("Enter the application credential's ID, or its name.")
            : QString());
    check(m_appCredSecretMessage,
        appCred && m_appCredSecret->text().isEmpty()
                && !hasStoredSecret(SecretKind::ApplicationCredentialSecret)
            ? tr("Enter the application credential's secret.")
            : QString());

    const bool aksk = method == AuthMethod::AkSk;
    check(m_accessKeyMessage,
        aksk && clean(m_accessKey).isEmpty() ? tr("Enter the access key (AK).") : QString());
    check(m_secretKeyMessage,
        aksk && m_secretKey->text().isEmpty() && !hasStoredSecret(SecretKind::SecretKey)
            ? tr("Enter the secret key (SK).")
            : QString());
    check(m_securityTokenMessage,
        aksk && m_temporaryKey->isChecked() && m_securityToken->text().isEmpty()
                && !hasStoredSecret(SecretKind::SecurityToken)
            ? tr("Enter the security token of the temporary key.")
            : QString());

    const FieldErrors overrideErrors = CloudPresets::checkEndpointOverrides(m_overrides->items());
    const FieldErrors unplaced = m_overrides->setErrors(overrideErrors, u"overrides"_s);
    Q_UNUSED(unplaced)
    if (!overrideErrors.isEmpty())
        valid = false;
    return valid;
}

InlineMessage *ProfilesDialog::messageForSecret(SecretKind kind) const
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

void ProfilesDialog::storeAuthSecrets(const CloudProfile &profile)
{
    SecretStore *store = m_core->secrets();
    // A new save: what an earlier one left (refused, not used for the session) goes.
    dropPendingAuth(profile.id);
    const auto keep = [&](SecretKind kind, bool used, QLineEdit *edit) {
        const QString key = SecretStore::keyFor(profile.id, kind);
        if (!used) {
            // Switching method (or dropping the temporary key) removes what is no longer used.
            if (hasStoredSecret(kind))
                store->remove(key);
            return;
        }
        if (!edit || edit->text().isEmpty())
            return;
        m_pendingAuth.insert(key, {profile.id, kind, edit->text()});
        if (InlineMessage *m = messageForSecret(kind))
            m->showMessage(InlineMessage::Kind::Info, tr("Saving in the system keychain…"));
        store->write(key, edit->text());
    };
    const AuthMethod method = profile.authMethod;
    keep(SecretKind::Password, method == AuthMethod::Password, nullptr); // storePassword()
    keep(SecretKind::ApplicationCredentialSecret,
        method == AuthMethod::ApplicationCredential,
        m_appCredSecret);
    keep(SecretKind::SecretKey, method == AuthMethod::AkSk, m_secretKey);
    keep(SecretKind::SecurityToken,
        method == AuthMethod::AkSk && profile.temporaryAccessKey,
        m_securityToken);
    m_savedAuth = profile;
    clearAuthSecrets();
    updateAuthRows();
}

void ProfilesDialog::giveTestSecrets(ConnectionTest *test) const
{
    test->setSecret(SecretKind::ApplicationCredentialSecret, m_appCredSecret->text());
    test->setSecret(SecretKind::SecretKey, m_secretKey->text());
    test->setSecret(SecretKind::SecurityToken, m_securityToken->text());
}

// --- TLS section: verify (default) / CA bundle file / insecure opt-in -------------------------

void ProfilesDialog::buildTlsSection(QWidget *parent, QFormLayout *form)
{
    m_tlsMode = new QComboBox(parent);
    m_tlsMode->setObjectName(u"tlsMode"_s);
    m_tlsMode->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (TlsMode mode : {TlsMode::Verify, TlsMode::CaBundle, TlsMode::Insecure})
        m_tlsMode->addItem(QString(), CloudProfile::tlsModeKey(mode));

    m_caRow = new QWidget(parent);
    m_caBundle = new QLineEdit(m_caRow);
    m_caBundle->setObjectName(u"caBundle"_s);
    m_caBrowse = new QPushButton(m_caRow);
    m_caBrowse->setObjectName(u"caBundleBrowse"_s);
    m_caBrowse->setAutoDefault(false);
    auto *caLine = new QHBoxLayout(m_caRow);
    caLine->setContentsMargins(0, 0, 0, 0);
    caLine->addWidget(m_caBundle, 1);
    caLine->addWidget(m_caBrowse);
    m_caMessage = new InlineMessage(parent);
    m_caMessage->setObjectName(u"caBundleMessage"_s);

    m_insecureConfirm = new QCheckBox(parent);
    m_insecureConfirm->setObjectName(u"insecureConfirm"_s);
    m_tlsWarning = new InlineMessage(parent);
    m_tlsWarning->setObjectName(u"tlsWarning"_s);

    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_tlsMode);
    column->addWidget(m_caRow);
    column->addWidget(m_caMessage);
    column->addWidget(m_insecureConfirm);
    column->addWidget(m_tlsWarning);
    m_tlsLabel = new QLabel(parent);
    m_tlsLabel->setBuddy(m_tlsMode);
    form->addRow(m_tlsLabel, box);

    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, [this] {
        updateTlsVisibility();
        handleEdited();
    });
    connect(m_caBundle, &QLineEdit::textChanged, this, &ProfilesDialog::handleEdited);
    connect(m_insecureConfirm, &QCheckBox::toggled, this, &ProfilesDialog::handleEdited);
    connect(m_caBrowse, &QPushButton::clicked, this, &ProfilesDialog::chooseCaBundle);
    updateTlsVisibility();
}

void ProfilesDialog::setTlsTabOrder()
{
    setTabOrder(m_interface, m_tlsMode);
    setTabOrder(m_tlsMode, m_caBundle);
    setTabOrder(m_caBundle, m_caBrowse);
    setTabOrder(m_caBrowse, m_insecureConfirm);
}

void ProfilesDialog::retranslateTls()
{
    m_tlsLabel->setText(tr("Certificate chec&ks:"));
    m_tlsMode->setItemText(0, tr("Verify certificates (system CAs)"));
    m_tlsMode->setItemText(1, tr("Verify with a CA bundle file"));
    m_tlsMode->setItemText(2, tr("Insecure: do not verify certificates"));
    m_tlsMode->setToolTip(tr("How the cloud's TLS certificate is checked. Use a CA bundle file "
                             "for a cloud with a private certificate authority."));
    m_caBundle->setPlaceholderText(tr("CA bundle file (PEM), e.g. /etc/ssl/private-ca.pem"));
    m_caBrowse->setText(tr("&Browse…"));
    m_caBrowse->setToolTip(tr("Choose the CA bundle file"));
    m_insecureConfirm->setText(tr("I understand the risk: do not verify certificates"));
    updateTlsVisibility();
}

void ProfilesDialog::loadTls(const CloudProfile &profile)
{
    const int index = m_tlsMode->findData(CloudProfile::tlsModeKey(profile.tlsMode));
    m_tlsMode->setCurrentIndex(index < 0 ? 0 : index);
    m_caBundle->setText(profile.caBundlePath);
    // A saved insecure profile already opted in; a new choice needs the tick again.
    m_insecureConfirm->setChecked(profile.tlsMode == TlsMode::Insecure);
    updateTlsVisibility();
}

void ProfilesDialog::applyTls(CloudProfile *profile) const
{
    profile->tlsMode = CloudProfile::tlsModeFromKey(m_tlsMode->currentData().toString());
    const QString path = m_caBundle->text().trimmed();
    profile->caBundlePath = profile->tlsMode == TlsMode::CaBundle ? path : QString();
}

void ProfilesDialog::updateTlsVisibility()
{
    const TlsMode mode = CloudProfile::tlsModeFromKey(m_tlsMode->currentData().toString());
    m_caRow->setVisible(mode == TlsMode::CaBundle);
    m_insecureConfirm->setVisible(mode == TlsMode::Insecure);
    if (mode == TlsMode::Insecure) {
        const QString name = clean(m_name).isEmpty() ? tr("New profile") : clean(m_name);
        m_tlsWarning->showMessage(InlineMessage::Kind::Warning, InsecureBanner::warningText(name));
    } else {
        m_tlsWarning->clearMessage();
    }
    if (mode != TlsMode::CaBundle)
        m_caMessage->clearMessage();
}

bool ProfilesDialog::validateTls()
{
    updateTlsVisibility();
    const TlsMode mode = CloudProfile::tlsModeFromKey(m_tlsMode->currentData().toString());
    if (mode == TlsMode::CaBundle) {
        // The same check the session makes: an unusable file is said here, at the field.
        const QString problem = m_caCheck.problem(m_caBundle->text().trimmed());
        if (!problem.isEmpty()) {
            m_caMessage->showError(problem);
            return false;
        }
        m_caMessage->clearMessage();
        return true;
    }
    if (mode == TlsMode::Insecure && !m_insecureConfirm->isChecked()) {
        m_caMessage->clearMessage();
        m_tlsWarning->showError(tr("Tick the box to confirm that this profile skips certificate "
                                   "checks, or choose a CA bundle file instead.")
            + u'\n' + InsecureBanner::warningText(clean(m_name)));
        return false;
    }
    return true;
}

void ProfilesDialog::chooseCaBundle()
{
    const QString caption = tr("Choose CA Bundle File");
    const QString current = m_caBundle->text().trimmed();
    const QString dir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = m_caFileChooser
        ? m_caFileChooser(this, caption, dir)
        : QFileDialog::getOpenFileName(
            this, caption, dir, tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    m_caBundle->setText(QDir::toNativeSeparators(path));
}
