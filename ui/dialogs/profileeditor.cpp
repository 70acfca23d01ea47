#include "dialogs/profileeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "appcore.h"
#include "cloud/profilestore.h"
#include "dialogs/connectiontestpanel.h"
#include "dialogs/profileidentitysection.h"
#include "dialogs/profilesigninsection.h"
#include "dialogs/proxyfield.h"
#include "profiles/profilesecretwriter.h"

using namespace Qt::StringLiterals;

ProfileEditor::ProfileEditor(AppCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    buildUi();
    connectSecretWriter();
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::buildUi()
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_identity = new ProfileIdentitySection(this, this);
    m_signIn = new ProfileSignInSection(this, this);
    m_tls = new ProfileTlsSection(this, this);
    m_identity->addCloudRows(form);
    m_signIn->addRows(form);
    m_identity->addProjectRows(form);
    m_signIn->addOverridesRow(form);
    m_tls->addRow(form);
    m_proxy = new ProxyField(this);
    form->addRow(m_proxy->label(), m_proxy);
    m_test = new ConnectionTestPanel(this);

    m_useButton = new QPushButton(this);
    m_useButton->setObjectName(u"useProfile"_s);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveProfile"_s);
    m_revertButton = new QPushButton(this);
    m_revertButton->setObjectName(u"revertProfile"_s);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_useButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_revertButton);
    formButtons->addWidget(m_saveButton);
    // Enter in a field saves; no other button takes it.
    m_useButton->setAutoDefault(false);
    m_revertButton->setAutoDefault(false);
    m_saveButton->setAutoDefault(false);
    m_saveButton->setDefault(true);

    // The fields scroll when the screen is short (issue 16: 736 px); the heading and the
    // profile's buttons stay in view.
    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_test);
    fieldsLayout->addStretch(1);
    auto *fieldsScroll = new QScrollArea(this);
    fieldsScroll->setObjectName(u"profileFieldsScroll"_s);
    fieldsScroll->setWidgetResizable(true);
    fieldsScroll->setFrameShape(QFrame::NoFrame);
    fieldsScroll->setWidget(fields);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_heading);
    column->addWidget(fieldsScroll, 1);
    column->addLayout(formButtons);

    connect(m_identity, &ProfileIdentitySection::edited, this, &ProfileEditor::handleEdited);
    connect(m_identity, &ProfileIdentitySection::nameEdited, this, [this] {
        if (!m_loading && m_isNew)
            Q_EMIT draftNameChanged(); // the draft's row shows the name being typed
    });
    connect(m_signIn, &ProfileSignInSection::edited, this, &ProfileEditor::handleEdited);
    connect(m_signIn,
        &ProfileSignInSection::sessionOnlyRequested,
        this,
        &ProfileEditor::useSecretsForSessionOnly);
    connect(m_tls, &ProfileTlsSection::edited, this, &ProfileEditor::handleEdited);
    connect(m_proxy, &ProxyField::edited, this, &ProfileEditor::handleEdited);
    connect(m_test->button(), &QPushButton::clicked, this, &ProfileEditor::testConnection);
    connect(m_test, &ConnectionTestPanel::finished, this, [this](const ConnectionTest::Result &r) {
        validate();
        Q_EMIT connectionTested(r);
    });
    connect(m_useButton, &QPushButton::clicked, this, &ProfileEditor::use);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ProfileEditor::revert);
}

void ProfileEditor::connectSecretWriter()
{
    ProfileSecretWriter *writer = m_core->secretWriter();
    connect(writer, &ProfileSecretWriter::writing, this, [this](const QString &id, SecretKind k) {
        if (id == m_editId)
            m_signIn->showWriting(k);
    });
    connect(writer, &ProfileSecretWriter::saved, this, [this](const QString &id, SecretKind k) {
        if (id == m_editId)
            m_signIn->showSaved(k);
        if (k == SecretKind::Password)
            Q_EMIT passwordStored(id);
    });
    connect(writer,
        &ProfileSecretWriter::refusedWrite,
        this,
        [this, writer](const QString &id, SecretKind k, const QString &why) {
            if (id == m_editId) {
                m_signIn->showRefused(k, why);
                m_signIn->setRefused(writer->refused(id));
            }
            if (k == SecretKind::Password)
                Q_EMIT passwordStoreFailed(id);
        });
}

void ProfileEditor::setTabOrders()
{
    QList<QWidget *> chain = m_identity->cloudTabOrder();
    chain += m_signIn->tabOrder();
    chain += m_identity->projectTabOrder();
    chain += {m_test->button(), m_useButton, m_revertButton, m_saveButton};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    QWidget *interface = m_identity->interfaceCombo();
    setTabOrder(interface, m_signIn->overridesFocus());
    setTabOrder(m_signIn->overridesFocus(), m_test->button());
    const QList<QWidget *> tls = m_tls->tabOrder();
    setTabOrder(interface, tls.constFirst());
    for (qsizetype i = 1; i < tls.size(); ++i)
        setTabOrder(tls.at(i - 1), tls.at(i));
    setTabOrder(tls.constLast(), m_proxy->firstFocus());
    setTabOrder(m_proxy->firstFocus(), m_proxy->lastFocus());
}

QWidget *ProfileEditor::firstFocus() const
{
    return m_identity->nameEdit();
}

QWidget *ProfileEditor::lastFocus() const
{
    return m_saveButton;
}

QLineEdit *ProfileEditor::nameEdit() const
{
    return m_identity->nameEdit();
}

void ProfileEditor::retranslate()
{
    m_heading->setText(tr("Everything needed to sign in to one project in one region. The "
                          "password is kept in the system keychain, never in a file."));
    m_useButton->setText(tr("Use T&his Profile"));
    m_saveButton->setText(tr("&Save"));
    m_revertButton->setText(tr("Re&vert"));
    m_revertButton->setToolTip(tr("Discard the changes in the form"));
    m_identity->retranslate();
    m_signIn->retranslate();
    m_tls->retranslate(m_identity->name());
    m_test->retranslate();
    m_signIn->updatePasswordHint(isDemo(), m_isNew || m_editId.isEmpty());
}

bool ProfileEditor::isDemo() const
{
    return m_identity->family() == CloudFamily::Demo;
}

bool ProfileEditor::isTesting() const
{
    return m_test->isTesting();
}

QString ProfileEditor::profileName() const
{
    return m_identity->name();
}

void ProfileEditor::setCaFileChooser(ProfileTlsSection::FileChooser chooser)
{
    m_tls->setFileChooser(std::move(chooser));
}

void ProfileEditor::chooseCaBundle()
{
    m_tls->chooseCaBundle();
}

void ProfileEditor::load(const CloudProfile &p, bool isNew)
{
    m_loading = true;
    m_editId = p.id;
    m_isNew = isNew;
    m_test->reset();
    setEnabled(true);
    m_identity->load(p);
    m_signIn->load(p, isNew ? std::nullopt : std::optional<CloudProfile>(p));
    // A refused keychain write of this profile is still held by the core: offer it again.
    m_signIn->setRefused(m_core->secretWriter()->refused(p.id));
    m_tls->load(p);
    m_proxy->load(p);
    m_proxy->setEnabled(p.family != CloudFamily::Demo);
    m_loading = false;
    m_dirty = isNew;
    m_signIn->updatePasswordHint(isDemo(), m_isNew);
    validate();
}

void ProfileEditor::clear()
{
    m_loading = true;
    m_editId.clear();
    m_isNew = false;
    m_dirty = false;
    m_identity->clear();
    m_signIn->clear();
    m_test->reset();
    setEnabled(false);
    m_loading = false;
}

void ProfileEditor::discard()
{
    m_dirty = false;
    m_isNew = false;
    m_signIn->clearPassword();
    m_signIn->clearSecrets();
}

CloudProfile ProfileEditor::formProfile() const
{
    CloudProfile p;
    if (!m_isNew) {
        if (const auto saved = m_core->profiles()->profile(m_editId))
            p = *saved;
    }
    p.id = m_editId;
    m_identity->apply(&p);
    m_signIn->apply(&p);
    m_tls->apply(&p);
    m_proxy->apply(&p);
    return p;
}

ProfileDraft ProfileEditor::draft() const
{
    ProfileDraft d;
    d.profile = formProfile();
    d.authUrlText = m_identity->authUrlText();
    d.endpointOverrideRows = m_signIn->overrideRows();
    d.typedSecrets = m_signIn->typedSecrets();
    d.storedSecrets = m_signIn->storedSecrets();
    d.insecureConfirmed = m_tls->insecureConfirmed();
    return d;
}

void ProfileEditor::handleEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_test->forget();
    validate();
}

bool ProfileEditor::validate()
{
    if (m_editId.isEmpty()) {
        m_identity->clearIssues();
        m_signIn->clearIssues();
        updateButtons(false);
        return false;
    }
    const ProfileCheck check = m_validator.check(draft(), m_core->profiles()->profiles());
    m_identity->showIssues(check);
    m_signIn->showIssues(check);
    bool valid = check.isValid();
    if (!isDemo()) {
        m_tls->showIssues(check, m_identity->name());
        if (!m_proxy->validate())
            valid = false;
    }
    updateButtons(valid);
    return valid;
}

void ProfileEditor::updateButtons(bool valid)
{
    const bool editing = !m_editId.isEmpty();
    m_saveButton->setEnabled(editing && m_dirty && valid);
    m_revertButton->setEnabled(editing && m_dirty);
    m_test->button()->setEnabled(editing && valid && !m_test->isTesting());
    const std::optional<CloudProfile> current = m_core->profiles()->current();
    const bool isCurrent = current && current->id == m_editId;
    m_useButton->setEnabled(editing && !m_isNew && !m_dirty && !isCurrent);
    m_useButton->setToolTip(m_dirty ? tr("Save the changes first.")
            : isCurrent             ? tr("This profile is in use.")
                                    : tr("Switch the main window to this profile"));
    Q_EMIT validated(valid);
}

bool ProfileEditor::save()
{
    if (m_editId.isEmpty() || !validate() || !m_dirty)
        return false;
    const CloudProfile profile = formProfile();
    const bool demo = profile.family == CloudFamily::Demo;
    const QHash<SecretKind, QString> typed =
        demo ? QHash<SecretKind, QString>{} : m_signIn->typedValues(profile);
    // Switching method (or dropping the temporary key) removes what is no longer used.
    QList<SecretKind> unused;
    const QSet<SecretKind> used = ProfileValidator::storedSecretsOf(profile);
    for (SecretKind kind : m_signIn->storedSecrets()) {
        if (!used.contains(kind))
            unused.append(kind);
    }
    m_dirty = false;
    m_isNew = false;
    m_core->profiles()->upsert(profile);
    if (!typed.contains(SecretKind::Password))
        m_signIn->clearPassword(); // a typed password stays until the keychain has it
    if (!demo) {
        m_core->secretWriter()->save(profile.id, typed, unused);
        m_signIn->setSaved(profile);
        m_signIn->clearSecrets();
        m_signIn->setRefused(m_core->secretWriter()->refused(profile.id));
    }
    m_signIn->updatePasswordHint(demo, false);
    validate();
    return true;
}

void ProfileEditor::useSecretsForSessionOnly()
{
    ProfileSecretWriter *writer = m_core->secretWriter();
    const QList<SecretKind> held = writer->held(m_editId);
    if (!writer->useForSessionOnly(m_editId))
        return;
    for (SecretKind kind : held)
        m_signIn->showSessionOnly(kind);
    m_signIn->setRefused({});
}

void ProfileEditor::revert()
{
    if (m_editId.isEmpty())
        return;
    if (m_isNew) {
        Q_EMIT draftDropped();
        return;
    }
    if (const auto profile = m_core->profiles()->profile(m_editId))
        load(*profile, false);
}

void ProfileEditor::use()
{
    if (m_editId.isEmpty() || m_isNew || m_dirty)
        return;
    m_core->profiles()->setCurrent(m_editId);
}

void ProfileEditor::testConnection()
{
    if (m_test->isTesting() || !validate())
        return;
    // A sign-in needs the password: none typed and none stored is said, not tried.
    if (!ProfileValidator::hasPasswordToSignIn(draft())) {
        m_signIn->askForPassword();
        m_test->showError(tr("The password is missing: enter it to test the connection."));
        return;
    }
    const CloudProfile profile = formProfile();
    auto *test = new ConnectionTest(m_core->client(), profile, this);
    const QString password = m_signIn->typedPassword();
    const QString passwordKey = SecretStore::keyFor(profile.id, SecretKind::Password);
    if (profile.family == CloudFamily::Demo)
        test->setPassword(u"demo"_s); // the demo cloud's published password (interfaces.md §5)
    else if (!password.isEmpty())
        test->setPassword(password);
    else if (!m_isNew)
        test->setStoredPassword(m_core->secrets(), passwordKey);
    if (profile.family != CloudFamily::Demo) {
        const QHash<SecretKind, QString> typed = m_signIn->typedValues(profile);
        for (SecretKind kind : {SecretKind::ApplicationCredentialSecret,
                 SecretKind::SecretKey,
                 SecretKind::SecurityToken})
            test->setSecret(kind, typed.value(kind));
        if (!m_isNew) // a secret left empty: the stored one (other auth methods)
            test->setStoredPassword(m_core->secrets(), passwordKey);
    }
    m_test->run(test, profile.authUrl);
    updateButtons(true);
}
