#include "wizard/imsecspage.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "create/imagerules.h"
#include "widgets/inlinemessage.h"
#include "widgets/tageditor.h"
#include "wizard/createimagewizard.h"
#include "wizard/serverpicker.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxRamMb = 16 * 1024 * 1024; // 16 TiB: far above any flavor

/// A field with its message right under it, for a QFormLayout row.
QWidget *withMessage(QWidget *field, InlineMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(message);
    return box;
}

QSpinBox *ramSpinBox(const QString &objectName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, MaxRamMb);
    spin->setSingleStep(512);
    spin->setGroupSeparatorShown(true);
    return spin;
}
} // namespace

ImsEcsPage::ImsEcsPage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"imsName"_s);
    m_nameMessage = new InlineMessage(this);
    m_nameMessage->setObjectName(u"imsNameMessage"_s);
    m_nameLabel->setBuddy(m_name);

    m_descriptionLabel = new QLabel(this);
    m_description = new QLineEdit(this);
    m_description->setObjectName(u"imsDescription"_s);
    m_descriptionMessage = new InlineMessage(this);
    m_descriptionMessage->setObjectName(u"imsDescriptionMessage"_s);
    m_descriptionLabel->setBuddy(m_description);

    m_minRamLabel = new QLabel(this);
    m_minRam = ramSpinBox(u"imsMinRam"_s, this);
    m_minRamLabel->setBuddy(m_minRam);
    m_maxRamLabel = new QLabel(this);
    m_maxRam = ramSpinBox(u"imsMaxRam"_s, this);
    m_maxRamLabel->setBuddy(m_maxRam);
    m_ramMessage = new InlineMessage(this);
    m_ramMessage->setObjectName(u"imsRamMessage"_s);

    m_projectLabel = new QLabel(this);
    m_enterpriseProject = new QLineEdit(this);
    m_enterpriseProject->setObjectName(u"imsEnterpriseProject"_s);
    m_projectLabel->setBuddy(m_enterpriseProject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_nameLabel, withMessage(m_name, m_nameMessage, this));
    form->addRow(m_descriptionLabel, withMessage(m_description, m_descriptionMessage, this));
    form->addRow(m_minRamLabel, m_minRam);
    form->addRow(m_maxRamLabel, withMessage(m_maxRam, m_ramMessage, this));
    form->addRow(m_projectLabel, m_enterpriseProject);

    m_tagsBox = new QGroupBox(this);
    m_tags = new TagEditor(m_tagsBox);
    auto *tagsLayout = new QVBoxLayout(m_tagsBox);
    tagsLayout->addWidget(m_tags);

    m_otherMessage = new InlineMessage(this);
    m_otherMessage->setObjectName(u"imsOtherMessage"_s);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_tagsBox, 1);
    left->addWidget(m_otherMessage);

    m_serverBox = new QGroupBox(this);
    m_picker = new ServerPicker(m_serverBox);
    setPicker(m_picker);
    m_picker->setSession(session);
    auto *serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addWidget(m_picker);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_serverBox, 1);

    registerField(u"ims.name*"_s, m_name);
    registerField(u"ims.description"_s, m_description);
    registerField(u"ims.serverId*"_s, m_picker, "serverId", SIGNAL(serverIdChanged(QString)));
    registerField(u"ims.minRam"_s, m_minRam);
    registerField(u"ims.maxRam"_s, m_maxRam);
    registerField(u"ims.enterpriseProjectId"_s, m_enterpriseProject);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &ImsEcsPage::revalidate);
    connect(m_description, &QLineEdit::textChanged, this, &ImsEcsPage::revalidate);
    connect(m_minRam, &QSpinBox::valueChanged, this, &ImsEcsPage::revalidate);
    connect(m_maxRam, &QSpinBox::valueChanged, this, &ImsEcsPage::revalidate);
    connect(m_enterpriseProject, &QLineEdit::textChanged, this, &ImsEcsPage::revalidate);
    connect(m_tags, &TagEditor::changed, this, &ImsEcsPage::revalidate);
    connect(m_picker, &ServerPicker::serverIdChanged, this, &ImsEcsPage::revalidate);

    retranslateUi();
    revalidate();
}

ImsEcsRequest ImsEcsPage::request() const
{
    ImsEcsRequest r;
    r.name = m_name->text(); // not trimmed: a leading or trailing space is an error to show
    r.description = m_description->text();
    r.instanceId = m_picker->serverId();
    r.tags = m_tags->tags();
    r.tagForm = m_tags->form();
    r.minRam = m_minRam->value();
    r.maxRam = m_maxRam->value();
    r.enterpriseProjectId = m_enterpriseProject->text().trimmed();
    return r;
}

void ImsEcsPage::retranslateUi()
{
    setTitle(tr("System Disk Image from an ECS"));
    setSubTitle(tr("IMS makes a private image of the ECS's system disk. Name and description "
                   "follow the Image Management Service rules."));
    m_nameLabel->setText(tr("&Name:", "image name"));
    m_name->setPlaceholderText(tr("1–128 letters, digits, spaces, - . _"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
    m_minRamLabel->setText(tr("M&inimum memory (MB):"));
    m_maxRamLabel->setText(tr("Ma&ximum memory (MB):"));
    m_minRam->setSpecialValueText(tr("Not set", "memory limit left out of the request"));
    m_maxRam->setSpecialValueText(tr("Not set", "memory limit left out of the request"));
    m_projectLabel->setText(tr("&Enterprise project ID:"));
    m_enterpriseProject->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
    m_tagsBox->setTitle(tr("Tags", "group box title"));
    m_serverBox->setTitle(tr("ECS", "group box title: the server the image is made from"));
}

void ImsEcsPage::revalidate()
{
    const ImsEcsRequest r = request();
    const FieldErrors all = r.validate();
    auto firstFor = [&all](auto matches) -> QString {
        for (const FieldError &e : all) {
            if (matches(e.field))
                return e.message;
        }
        return {};
    };
    auto isName = [](const QString &f) { return f == u"name"; };
    auto isDescription = [](const QString &f) { return f == u"description"; };
    auto isRam = [](const QString &f) { return f == u"min_ram" || f == u"max_ram"; };
    auto isServer = [](const QString &f) { return f == u"instance_id"; };
    auto isTag = [](const QString &f) {
        return f.startsWith(u"tags") || f.startsWith(u"image_tags");
    };

    // The rules are checked directly so each message sits under its own field; the request's
    // own validate() also runs, so a rule it knows and this page doesn't still blocks Next.
    QString name = ImageRules::checkImsName(r.name).value_or(firstFor(isName));
    if (!m_nameTouched && r.name.isEmpty())
        name.clear(); // don't greet the operator with an error before they typed anything
    m_nameMessage->showError(name);
    m_descriptionMessage->showError(
        ImageRules::checkImsDescription(r.description).value_or(firstFor(isDescription)));
    m_ramMessage->showError(
        ImageRules::checkRamRange(r.minRam, r.maxRam).value_or(firstFor(isRam)));

    QStringList other;
    QStringList tagMessages; // the tag editor shows these beside the rows already
    for (const FieldError &e : m_tags->errors())
        tagMessages.append(e.message);
    for (const FieldError &e : all) {
        if (isName(e.field) || isDescription(e.field) || isRam(e.field) || isServer(e.field))
            continue;
        if (isTag(e.field) && tagMessages.contains(e.message))
            continue;
        other.append(e.message);
    }
    m_otherMessage->showError(other.join(u'\n'));

    const bool valid = !ImageRules::checkImsName(r.name)
        && !ImageRules::checkImsDescription(r.description)
        && !ImageRules::checkRamRange(r.minRam, r.maxRam) && m_tags->isValid()
        && !r.instanceId.isEmpty() && all.isEmpty();
    setValid(valid);
}
