#include "library/imageeditdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "library/actions/editaction.h"
#include "widgets/accessiblenames.h"
#include "widgets/inlinemessage.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/tageditor.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxMemoryMb = 1024 * 1024; // far above any flavor; the cloud has the last word
constexpr int MaxDiskGb = 65535;

InlineMessage *fieldMessage(QWidget *parent, QWidget *field, const QString &name)
{
    auto *message = new InlineMessage(parent);
    message->setObjectName(name);
    message->setReservedLines(1); // a message never moves the fields below
    message->setField(field);
    return message;
}

} // namespace

ImageEditDialog::ImageEditDialog(
    CloudSession *session, ImageApi api, const LibraryImage &image, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_api(api)
    , m_family(session ? session->profile().family : CloudFamily::OpenStack)
    , m_image(image)
{
    setObjectName(u"imageEditDialog"_s);
    const bool ims = api == ImageApi::Ims;
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"editName"_s);
    m_nameLabel->setBuddy(m_name);
    m_nameMessage = fieldMessage(this, m_name, u"editNameMessage"_s);

    m_descriptionLabel = new QLabel(this);
    m_description = new QLineEdit(this);
    m_description->setObjectName(u"editDescription"_s);
    m_descriptionLabel->setBuddy(m_description);
    m_descriptionMessage = fieldMessage(this, m_description, u"editDescriptionMessage"_s);

    m_minRamLabel = new QLabel(this);
    m_minRam = new QSpinBox(this);
    m_minRam->setObjectName(u"editMinRam"_s);
    m_minRam->setRange(0, MaxMemoryMb);
    m_minRamLabel->setBuddy(m_minRam);
    m_maxRamLabel = new QLabel(this);
    m_maxRam = new QSpinBox(this);
    m_maxRam->setObjectName(u"editMaxRam"_s);
    m_maxRam->setRange(0, MaxMemoryMb);
    m_maxRamLabel->setBuddy(m_maxRam);
    m_ramMessage = fieldMessage(this, m_minRam, u"editRamMessage"_s);

    m_minDiskLabel = new QLabel(this);
    m_minDisk = new QSpinBox(this);
    m_minDisk->setObjectName(u"editMinDisk"_s);
    m_minDisk->setRange(0, MaxDiskGb);
    m_minDiskLabel->setBuddy(m_minDisk);
    m_minDiskMessage = fieldMessage(this, m_minDisk, u"editMinDiskMessage"_s);
    m_protected = new QCheckBox(this);
    m_protected->setObjectName(u"editProtected"_s);

    m_tagsLabel = new QLabel(this);
    m_tags = new KeyValueEditor(this);
    m_tags->table()->setObjectName(u"editTags"_s);
    m_tags->setTexts(&TagEditor::tableTexts);
    m_tagsLabel->setBuddy(m_tags->table());

    m_general = new InlineMessage(this);
    m_general->setObjectName(u"editMessage"_s);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(QString(), m_descriptionMessage);
    form->addRow(m_minRamLabel, m_minRam);
    if (ims)
        form->addRow(m_maxRamLabel, m_maxRam);
    form->addRow(QString(), m_ramMessage);
    if (!ims) {
        form->addRow(m_minDiskLabel, m_minDisk);
        form->addRow(QString(), m_minDiskMessage);
        form->addRow(QString(), m_protected);
    }
    // IMS keeps the minimum disk and protection of an image; Glance has no maximum memory.
    m_maxRamLabel->setVisible(ims);
    m_maxRam->setVisible(ims);
    m_minDiskLabel->setVisible(!ims);
    m_minDisk->setVisible(!ims);
    m_minDiskMessage->setVisible(!ims);
    m_protected->setVisible(!ims);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_tagsLabel);
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_general);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    // The image as it is now.
    const ImageProperties now = ImageProperties::of(image, api);
    m_name->setText(now.name);
    m_description->setText(now.description);
    m_minRam->setValue(now.minRam);
    m_maxRam->setValue(now.maxRam.value_or(0));
    m_minDisk->setValue(now.minDisk);
    m_protected->setChecked(now.isProtected);
    QList<KeyValueEditor::Item> rows;
    for (const ImageEdit::Tag &tag : now.tags)
        rows.append({tag.key, tag.value});
    m_tags->setItems(rows);

    AccessibleNames::install(this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

ImageProperties ImageEditDialog::properties() const
{
    ImageProperties p;
    p.name = m_name->text();
    p.description = m_description->text();
    p.minRam = m_minRam->value();
    // 0 is "No maximum": unset, unless the image has one (then 0 is the change asked for).
    if (m_maxRam->value() > 0 || m_image.maxRam)
        p.maxRam = m_maxRam->value();
    p.minDisk = m_minDisk->value();
    p.isProtected = m_protected->isChecked();
    const bool keyValue = ImageEdit::tagsAreKeyValue(m_api, m_family);
    for (const KeyValueEditor::Item &item : m_tags->items()) {
        const QString key = item.first.trimmed();
        const QString value = item.second.trimmed();
        p.tags.append({key, value, keyValue || !value.isEmpty()});
    }
    return p;
}

InlineMessage *ImageEditDialog::messageFor(const QString &field) const
{
    if (field == u"name")
        return m_nameMessage;
    if (field == u"description")
        return m_descriptionMessage;
    if (field == u"min_ram" || field == u"max_ram")
        return m_ramMessage;
    if (field == u"min_disk")
        return m_minDiskMessage;
    return m_general;
}

bool ImageEditDialog::check()
{
    for (InlineMessage *m :
        {m_nameMessage, m_descriptionMessage, m_ramMessage, m_minDiskMessage, m_general})
        m->clearMessage();
    const ImageProperties wanted = properties();
    const ImageEdit edit = wanted.editFrom(m_image, m_api);
    FieldErrors errors = edit.validate(m_api, m_family);

    // Tag messages speak of the edit's changed tags: point them at their rows in the table.
    QList<int> rowOfChanged;
    for (qsizetype row = 0; row < wanted.tags.size(); ++row) {
        const ImageEdit::Tag &tag = wanted.tags.at(row);
        for (const ImageEdit::Tag &changed : edit.setTags) {
            if (changed.key == tag.key && changed.value == tag.value) {
                rowOfChanged << int(row);
                break;
            }
        }
    }
    static const QRegularExpression tagField(u"^tags\\[(\\d+)\\](.*)$"_s);
    FieldErrors tagErrors;
    FieldErrors others;
    for (const FieldError &error : std::as_const(errors)) {
        const auto match = tagField.match(error.field);
        if (match.hasMatch()) {
            const int changed = match.captured(1).toInt();
            const int row = changed < rowOfChanged.size() ? rowOfChanged.at(changed) : changed;
            const QString part = match.captured(2).isEmpty() ? u".key"_s : match.captured(2);
            tagErrors.append({u"tags[%1]%2"_s.arg(row).arg(part), error.message});
        } else if (error.field == u"untag") {
            tagErrors.append({QString(), error.message});
        } else {
            others.append(error);
        }
    }
    const FieldErrors unplaced = m_tags->setErrors(tagErrors, u"tags"_s);
    others.append(unplaced);
    for (const FieldError &error : std::as_const(others)) {
        InlineMessage *message = messageFor(error.field);
        message->reveal();
        if (message->hasMessage())
            message->showError(message->text() + u'\n' + error.message);
        else
            message->showError(error.message);
    }
    return errors.isEmpty();
}

bool ImageEditDialog::save()
{
    if (m_saving || !m_session || !check())
        return false;
    auto *run =
        new ImageEditRun(m_session, m_api, m_image.id, properties().editFrom(m_image, m_api), this);
    connect(run, &ImageActionRun::finished, this, [this](ImageActionRun *r) {
        r->deleteLater();
        setSaving(false);
        auto *edit = static_cast<ImageEditRun *>(r);
        if (!edit->refusals().isEmpty()) {
            m_general->showError(edit->refusals().join(u'\n'));
            return;
        }
        if (r->error()) {
            //: %1 = the cloud's answer (or what went wrong on the way)
            m_general->showError(tr("The image was not changed: %1").arg(r->error().userMessage()));
            return;
        }
        if (edit->result())
            Q_EMIT edited(*edit->result());
        accept();
    });
    setSaving(true);
    run->start();
    return true;
}

void ImageEditDialog::reject()
{
    if (m_saving)
        return; // Escape, the window's close button: the answer would be lost with the dialog
    QDialog::reject();
}

void ImageEditDialog::setSaving(bool on)
{
    m_saving = on;
    m_busy->setVisible(on);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!on);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!on);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_description, m_minRam, m_maxRam, m_minDisk, m_protected, m_tags})
        w->setEnabled(!on);
    if (on)
        m_general->showMessage(InlineMessage::Kind::Info, tr("Sending the change…"));
    else if (m_general->kind() == InlineMessage::Kind::Info)
        m_general->clearMessage();
}

void ImageEditDialog::retranslateUi()
{
    setWindowTitle(tr("Edit Image"));
    //: %1 = image name, %2 = image ID
    m_heading->setText(tr("Change the properties of %1 (%2). Only what you change is sent.")
                           .arg(m_image.name, m_image.id));
    m_nameLabel->setText(tr("&Name:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_minRamLabel->setText(tr("Minimum memo&ry:"));
    m_maxRamLabel->setText(tr("Ma&ximum memory:"));
    //: Unit after the memory fields
    m_minRam->setSuffix(tr(" MB"));
    m_maxRam->setSuffix(tr(" MB"));
    //: The maximum memory field at 0: the image sets no maximum
    m_maxRam->setSpecialValueText(tr("No maximum"));
    m_minDiskLabel->setText(tr("Minimum d&isk:"));
    //: Unit after the minimum disk field
    m_minDisk->setSuffix(tr(" GB"));
    m_protected->setText(tr("&Protected (cannot be deleted until unprotected)"));
    m_tagsLabel->setText(tr("&Tags:"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ImageEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
