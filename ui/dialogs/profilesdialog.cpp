#include "dialogs/profilesdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QUuid>
#include <QVBoxLayout>

#include "appcore.h"
#include "cloud/cloudsyamlimport.h"
#include "cloud/profilestore.h"
#include "dialogs/importprofilesdialog.h"
#include "dialogs/profileeditor.h"
#include "dialogs/prompter.h"
#include "profiles/profilesecretwriter.h"
#include "widgets/accessiblenames.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
}

ProfilesDialog::ProfilesDialog(AppCore *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
{
    setObjectName(u"profilesDialog"_s);
    AccessibleNames::install(this);
    buildUi();

    connect(m_core->profiles(), &ProfileStore::changed, this, &ProfilesDialog::populateList);
    retranslateUi();
    populateList();
    if (const auto current = m_core->profiles()->current())
        selectProfile(current->id);
    else if (m_list->count() > 0)
        selectProfile(m_list->item(0)->data(IdRole).toString());
    resize(960, 620);
}

ProfilesDialog::~ProfilesDialog() = default;

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
    // Enter in a field saves; no other button takes it.
    for (QPushButton *b : {m_addButton, m_duplicateButton, m_deleteButton})
        b->setAutoDefault(false);

    // Right: the form.
    m_editor = new ProfileEditor(m_core, this);
    m_editor->setObjectName(u"profileEditor"_s);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addWidget(m_editor, 5);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    const QList<QWidget *> tabOrder{
        m_list, m_addButton, m_duplicateButton, m_deleteButton, m_editor->firstFocus()};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    m_editor->setTabOrders();
    setTabOrder(m_editor->lastFocus(), m_buttons->button(QDialogButtonBox::Close));

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || m_listing)
            return;
        const QString id = item->data(IdRole).toString();
        if (id == m_editor->editedId())
            return;
        if (!selectProfile(id))
            populateList(); // stays on the edited profile
    });
    connect(m_editor, &ProfileEditor::validated, this, &ProfilesDialog::updateListButtons);
    connect(m_editor, &ProfileEditor::draftNameChanged, this, &ProfilesDialog::populateList);
    connect(m_editor, &ProfileEditor::draftDropped, this, &ProfilesDialog::deleteProfile);
    connect(m_editor, &ProfileEditor::connectionTested, this, &ProfilesDialog::connectionTested);
    connect(m_editor, &ProfileEditor::passwordStored, this, &ProfilesDialog::passwordStored);
    connect(
        m_editor, &ProfileEditor::passwordStoreFailed, this, &ProfilesDialog::passwordStoreFailed);
}

QString ProfilesDialog::editedProfileId() const
{
    return m_editor->editedId();
}

bool ProfilesDialog::isNewProfile() const
{
    return m_editor->isNew();
}

bool ProfilesDialog::hasUnsavedChanges() const
{
    return m_editor->isDirty();
}

bool ProfilesDialog::isTesting() const
{
    return m_editor->isTesting();
}

void ProfilesDialog::setCaFileChooser(FileChooser chooser)
{
    m_editor->setCaFileChooser(std::move(chooser));
}

int ProfilesDialog::caBundleReads() const
{
    return m_editor->caBundleReads();
}

void ProfilesDialog::chooseCaBundle()
{
    m_editor->chooseCaBundle();
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfilesDialog::done(int result)
{
    if (m_editor->isDirty() && !confirmDiscard())
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
    m_editor->retranslate();
    populateList();
    m_editor->validate();
}

void ProfilesDialog::populateList()
{
    const bool wasListing = std::exchange(m_listing, true);
    m_list->clear();
    const QString editId = m_editor->editedId();
    const std::optional<CloudProfile> current = m_core->profiles()->current();
    QListWidgetItem *selected = nullptr;
    auto add = [&](const QString &id, const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, id);
        if (id == editId)
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
    if (m_editor->isNew()) {
        const QString name = m_editor->profileName();
        //: Profile list entry of a profile that is not saved yet. %1 = its name
        QListWidgetItem *item =
            add(editId, tr("%1 (not saved)").arg(name.isEmpty() ? tr("New profile") : name));
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
    }
    if (selected)
        m_list->setCurrentItem(selected);
    m_listing = wasListing;

    // The edited profile is gone (deleted, or a draft dropped), or this is the first fill:
    // show another one.
    if (!selected && !wasListing) {
        m_editor->clear();
        if (m_list->count() > 0)
            selectProfile(m_list->item(0)->data(IdRole).toString());
    }
    m_editor->validate();
}

void ProfilesDialog::updateListButtons()
{
    const bool editing = !m_editor->editedId().isEmpty();
    m_duplicateButton->setEnabled(editing && !m_editor->isDemo());
    m_deleteButton->setEnabled(editing);
}

bool ProfilesDialog::selectProfile(const QString &id)
{
    if (id == m_editor->editedId())
        return true;
    const auto profile = m_core->profiles()->profile(id);
    if (!profile)
        return false;
    const bool hadDraft = m_editor->isNew();
    if (m_editor->isDirty() && !confirmDiscard())
        return false;
    m_editor->load(*profile, false);
    if (hadDraft) {
        populateList(); // the draft's row goes
    } else {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(IdRole).toString() == id)
                m_list->setCurrentRow(i);
        }
    }
    return true;
}

bool ProfilesDialog::confirmDiscard()
{
    const QString name = m_editor->profileName();
    const QMessageBox::StandardButton answer = Prompter::question(this,
        tr("Unsaved Changes"),
        //: %1 = profile name
        tr("The profile “%1” has changes that are not saved. Discard them?")
            .arg(name.isEmpty() ? tr("New profile") : name),
        QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_editor->discard();
    return true;
}

void ProfilesDialog::addProfile()
{
    CloudProfile p;
    p.family = CloudFamily::OpenStack;
    addProfileFrom(p);
}

void ProfilesDialog::addProfileFrom(const CloudProfile &start)
{
    if (m_editor->isDirty() && !confirmDiscard())
        return;
    CloudProfile p = start;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_editor->load(p, true);
    populateList();
    m_editor->nameEdit()->setFocus();
}

void ProfilesDialog::duplicateProfile()
{
    if (m_editor->editedId().isEmpty() || m_editor->isDemo())
        return;
    CloudProfile p = m_editor->formProfile();
    if (m_editor->isDirty() && !confirmDiscard())
        return;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    //: Name of a duplicated profile. %1 = the original's name
    p.name = tr("%1 (copy)").arg(p.name);
    m_editor->load(p, true);
    populateList();
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

void ProfilesDialog::deleteProfile()
{
    const QString id = m_editor->editedId();
    if (id.isEmpty())
        return;
    if (m_editor->isNew()) { // never saved: nothing to confirm
        m_editor->discard();
        m_editor->clear();
        populateList();
        return;
    }
    const auto profile = m_core->profiles()->profile(id);
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
    m_editor->discard();
    // Every secret the profile may have: password, application credential, AK/SK.
    if (profile->family != CloudFamily::Demo)
        m_core->secretWriter()->removeAll(id);
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
    return m_editor->save();
}

void ProfilesDialog::revertProfile()
{
    m_editor->revert();
}

void ProfilesDialog::useProfile()
{
    m_editor->use();
}

void ProfilesDialog::testConnection()
{
    m_editor->testConnection();
}

void ProfilesDialog::usePasswordForSessionOnly()
{
    m_editor->useSecretsForSessionOnly();
}

void ProfilesDialog::useAuthSecretsForSessionOnly()
{
    m_editor->useSecretsForSessionOnly();
}
