#include "wizard/imsimagefieldseditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "widgets/inlinemessage.h"
#include "widgets/tageditor.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxRamMb = 16 * 1024 * 1024; // 16 TiB: far above any flavor

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

QWidget *ImsImageFieldsEditor::withMessage(QWidget *field, InlineMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(message);
    // The message's row is kept while empty, so an error never moves the fields below it, and
    // it describes the field to assistive technology while shown.
    message->setReservedLines(2);
    message->setField(field);
    return box;
}

ImsImageFieldsEditor::ImsImageFieldsEditor(QWidget *parent)
    : QWidget(parent)
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

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(m_nameLabel, withMessage(m_name, m_nameMessage, this));
    m_form->addRow(m_descriptionLabel, withMessage(m_description, m_descriptionMessage, this));
    m_form->addRow(m_minRamLabel, m_minRam);
    m_form->addRow(m_maxRamLabel, withMessage(m_maxRam, m_ramMessage, this));
    m_form->addRow(m_projectLabel, m_enterpriseProject);

    // Owned by this editor, placed by the page.
    m_tagsBox = new QGroupBox(this);
    m_tags = new TagEditor(m_tagsBox);
    auto *tagsLayout = new QVBoxLayout(m_tagsBox);
    tagsLayout->addWidget(m_tags);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    for (QLineEdit *edit : {m_name, m_description, m_enterpriseProject})
        connect(edit, &QLineEdit::textChanged, this, &ImsImageFieldsEditor::changed);
    for (QSpinBox *spin : {m_minRam, m_maxRam})
        connect(spin, &QSpinBox::valueChanged, this, &ImsImageFieldsEditor::changed);
    connect(m_tags, &TagEditor::changed, this, &ImsImageFieldsEditor::changed);
    retranslateUi();
}

ImsImageFields ImsImageFieldsEditor::fields() const
{
    ImsImageFields f;
    f.name = m_name->text(); // not trimmed: a leading or trailing space is an error to show
    f.description = m_description->text();
    f.tags = m_tags->tags();
    f.tagForm = m_tags->form();
    f.minRam = m_minRam->value();
    f.maxRam = m_maxRam->value();
    f.enterpriseProjectId = m_enterpriseProject->text().trimmed();
    return f;
}

void ImsImageFieldsEditor::setFields(const ImsImageFields &fields)
{
    m_name->setText(fields.name);
    m_description->setText(fields.description);
    m_tags->setTags(fields.tags);
    m_tags->setForm(fields.tagForm);
    m_minRam->setValue(fields.minRam);
    m_maxRam->setValue(fields.maxRam);
    m_enterpriseProject->setText(fields.enterpriseProjectId);
}

QList<QPair<QString, InlineMessage *>> ImsImageFieldsEditor::messages() const
{
    return {{u"name"_s, m_nameMessage},
        {u"description"_s, m_descriptionMessage},
        {u"min_ram"_s, m_ramMessage},
        {u"max_ram"_s, m_ramMessage}};
}

QStringList ImsImageFieldsEditor::tagMessages() const
{
    QStringList out;
    for (const FieldError &e : m_tags->errors())
        out.append(e.message);
    return out;
}

void ImsImageFieldsEditor::retranslateUi()
{
    m_nameLabel->setText(tr("Nam&e:", "image name"));
    m_name->setPlaceholderText(tr("1–128 letters, digits, spaces, - . _"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
    m_minRamLabel->setText(tr("M&inimum memory (MB):"));
    m_maxRamLabel->setText(tr("Ma&ximum memory (MB):"));
    m_minRam->setSpecialValueText(tr("Not set", "memory limit left out of the request"));
    m_maxRam->setSpecialValueText(tr("Not set", "memory limit left out of the request"));
    m_projectLabel->setText(tr("Enterprise &project ID:"));
    m_enterpriseProject->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
    m_tagsBox->setTitle(tr("Tags", "group box title"));
}

void ImsImageFieldsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
