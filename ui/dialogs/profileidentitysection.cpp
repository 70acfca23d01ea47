#include "dialogs/profileidentitysection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalBlocker>

#include "cloud/cloudpresets.h"
#include "dialogs/profileformrows.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;
using namespace ProfileFormRows;

ProfileIdentitySection::ProfileIdentitySection(QWidget *form, QObject *parent)
    : QObject(parent)
    , m_form(form)
{
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"name"_s);
    m_nameMessage = messageNamed(m_form, u"nameMessage"_s);

    m_familyCombo = new QComboBox(m_form);
    m_familyCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_familyCombo->setObjectName(u"family"_s);
    for (CloudFamily f : CloudPresets::editableFamilies())
        m_familyCombo->addItem(QString(), CloudProfile::familyKey(f));
    // The demo profile is made by the app: shown when it is edited, never offered.
    m_familyCombo->addItem(QString(), CloudProfile::familyKey(CloudFamily::Demo));
    m_familyMessage = messageNamed(m_form, u"familyMessage"_s);

    m_region = new QComboBox(m_form);
    m_region->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_region->setObjectName(u"region"_s);
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_regionMessage = messageNamed(m_form, u"regionMessage"_s);

    m_authUrl = new QLineEdit(m_form);
    m_authUrl->setObjectName(u"authUrl"_s);
    m_authUrlMessage = messageNamed(m_form, u"authUrlMessage"_s);

    m_projectName = new QLineEdit(m_form);
    m_projectName->setObjectName(u"projectName"_s);
    m_projectId = new QLineEdit(m_form);
    m_projectId->setObjectName(u"projectId"_s);
    m_projectMessage = messageNamed(m_form, u"projectMessage"_s);
    m_projectDomain = new QLineEdit(m_form);
    m_projectDomain->setObjectName(u"projectDomain"_s);
    m_projectDomainMessage = messageNamed(m_form, u"projectDomainMessage"_s);

    m_interface = new QComboBox(m_form);
    m_interface->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_interface->setObjectName(u"interface"_s);
    for (const QString &i : {u"public"_s, u"internal"_s, u"admin"_s})
        m_interface->addItem(QString(), i);

    for (QLineEdit *edit : {m_name, m_authUrl, m_projectName, m_projectId, m_projectDomain})
        connect(edit, &QLineEdit::textChanged, this, &ProfileIdentitySection::edited);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileIdentitySection::nameEdited);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &ProfileIdentitySection::edited);
    connect(m_familyCombo,
        &QComboBox::currentIndexChanged,
        this,
        &ProfileIdentitySection::handleFamilyChanged);
    connect(m_region,
        &QComboBox::currentTextChanged,
        this,
        &ProfileIdentitySection::handleRegionChanged);
}

void ProfileIdentitySection::addCloudRows(QFormLayout *layout)
{
    auto addRow = [this, layout](QLabel **label, QWidget *field, QWidget *row) {
        *label = new QLabel(m_form);
        (*label)->setBuddy(field);
        layout->addRow(*label, row);
    };
    addRow(&m_nameLabel, m_name, withMessage(m_form, m_name, m_nameMessage));
    addRow(&m_familyLabel, m_familyCombo, withMessage(m_form, m_familyCombo, m_familyMessage));
    addRow(&m_regionLabel, m_region, withMessage(m_form, m_region, m_regionMessage));
    addRow(&m_authUrlLabel, m_authUrl, withMessage(m_form, m_authUrl, m_authUrlMessage));
}

void ProfileIdentitySection::addProjectRows(QFormLayout *layout)
{
    auto addRow = [this, layout](QLabel **label, QWidget *field, QWidget *row) {
        *label = new QLabel(m_form);
        (*label)->setBuddy(field);
        layout->addRow(*label, row);
    };
    addRow(&m_projectNameLabel, m_projectName, m_projectName);
    addRow(&m_projectIdLabel, m_projectId, withMessage(m_form, m_projectId, m_projectMessage));
    addRow(&m_projectDomainLabel,
        m_projectDomain,
        withMessage(m_form, m_projectDomain, m_projectDomainMessage));
    addRow(&m_interfaceLabel, m_interface, m_interface);
}

QList<QWidget *> ProfileIdentitySection::cloudTabOrder() const
{
    return {m_name, m_familyCombo, m_region, m_authUrl};
}

QList<QWidget *> ProfileIdentitySection::projectTabOrder() const
{
    return {m_projectName, m_projectId, m_projectDomain, m_interface};
}

void ProfileIdentitySection::retranslate()
{
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
}

void ProfileIdentitySection::load(const CloudProfile &p)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_name->setText(p.name);
    setFamily(p.family);
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItems(CloudPresets::regions(p.family));
        m_region->setCurrentText(p.region);
    }
    m_authUrl->setText(p.authUrl.toString());
    m_projectName->setText(p.projectName);
    m_projectId->setText(p.projectId);
    m_projectDomain->setText(p.projectDomain);
    const int interfaceIndex = m_interface->findData(p.interface);
    m_interface->setCurrentIndex(interfaceIndex < 0 ? 0 : interfaceIndex);

    // The demo profile is written by the app at every start of the demo cloud: only its name
    // is the operator's.
    const bool demo = p.family == CloudFamily::Demo;
    for (QWidget *w : std::initializer_list<QWidget *>{m_familyCombo,
             m_region,
             m_authUrl,
             m_projectName,
             m_projectId,
             m_projectDomain,
             m_interface})
        w->setEnabled(!demo);
    m_familyMessage->showMessage(InlineMessage::Kind::Info,
        demo ? tr("Imagewright manages this profile: it follows the local demo cloud.")
             : QString());
    m_loading = wasLoading;
}

void ProfileIdentitySection::clear()
{
    const bool wasLoading = std::exchange(m_loading, true);
    for (QLineEdit *edit : {m_name, m_authUrl, m_projectName, m_projectId, m_projectDomain})
        edit->clear();
    m_region->clear();
    m_familyMessage->clearMessage();
    m_loading = wasLoading;
}

void ProfileIdentitySection::apply(CloudProfile *p) const
{
    p->name = clean(m_name);
    p->family = family();
    p->authUrl = QUrl(clean(m_authUrl));
    p->region = m_region->currentText().trimmed();
    p->projectName = clean(m_projectName);
    p->projectId = clean(m_projectId);
    p->projectDomain = clean(m_projectDomain);
    p->interface = m_interface->currentData().toString();
}

CloudFamily ProfileIdentitySection::family() const
{
    return CloudProfile::familyFromKey(m_familyCombo->currentData().toString());
}

QString ProfileIdentitySection::name() const
{
    return clean(m_name);
}

QString ProfileIdentitySection::authUrlText() const
{
    return m_authUrl->text();
}

void ProfileIdentitySection::showIssues(const ProfileCheck &check)
{
    show(m_nameMessage, check, ProfileField::Name);
    show(m_regionMessage, check, ProfileField::Region);
    show(m_authUrlMessage, check, ProfileField::AuthUrl);
    show(m_projectMessage, check, ProfileField::Project);
    show(m_projectDomainMessage, check, ProfileField::ProjectDomain);
}

void ProfileIdentitySection::clearIssues()
{
    for (InlineMessage *m : {m_nameMessage,
             m_regionMessage,
             m_authUrlMessage,
             m_projectMessage,
             m_projectDomainMessage})
        m->clearMessage();
}

void ProfileIdentitySection::setFamily(CloudFamily family)
{
    const QSignalBlocker blocker(m_familyCombo);
    const int index = m_familyCombo->findData(CloudProfile::familyKey(family));
    m_familyCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_family = family;
    // The demo entry is listed only while the demo profile is shown.
    if (auto *view = qobject_cast<QListView *>(m_familyCombo->view()))
        view->setRowHidden(m_familyCombo->count() - 1, family != CloudFamily::Demo);
}

void ProfileIdentitySection::handleFamilyChanged()
{
    if (m_loading)
        return;
    const CloudFamily previous = m_family;
    const CloudFamily current = family();
    m_family = current;
    QString region = m_region->currentText().trimmed();
    const QStringList regions = CloudPresets::regions(current);
    if (!regions.isEmpty() && !regions.contains(region))
        region = CloudPresets::defaultRegion(current);
    else if (regions.isEmpty() && CloudPresets::regions(previous).contains(region))
        region.clear(); // another vendor's region means nothing to a generic OpenStack
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItems(regions);
        m_region->setCurrentText(region);
    }
    applyRegionPreset();
    Q_EMIT familyChanged();
    Q_EMIT edited();
}

void ProfileIdentitySection::handleRegionChanged()
{
    if (m_loading)
        return;
    applyRegionPreset();
    Q_EMIT edited();
}

void ProfileIdentitySection::applyRegionPreset()
{
    const CloudFamily current = family();
    const QString region = m_region->currentText().trimmed();
    // Replace the identity URL only when it is empty or one the table filled in: a typed
    // address is the operator's.
    const QString typed = clean(m_authUrl);
    if (typed.isEmpty() || CloudPresets::isPresetAuthUrl(QUrl(typed))) {
        const QUrl preset = CloudPresets::authUrl(current, region);
        if (!preset.isEmpty() || current == CloudFamily::OpenStack)
            m_authUrl->setText(preset.toString());
    }
    if (CloudPresets::projectNameIsRegion(current) && !region.isEmpty()) {
        const QString project = clean(m_projectName);
        if (project.isEmpty() || CloudPresets::regions(current).contains(project))
            m_projectName->setText(region);
    }
}
