#include "wizard/imsobspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "widgets/accessiblenames.h"
#include "widgets/inlinemessage.h"
#include "widgets/mnemonic.h"
#include "widgets/tageditor.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/obsbucketpicker.h"
#include "wizard/obsobjectpicker.h"
#include "wizard/osversionpicker.h"

using namespace Qt::StringLiterals;

namespace {

QSpinBox *diskSpinBox(const QString &objectName, int high, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, high); // 0: not given yet, shown as such
    return spin;
}

InlineMessage *message(const QString &objectName, QWidget *parent)
{
    auto *m = new InlineMessage(parent);
    m->setObjectName(objectName);
    return m;
}

} // namespace

// ---- ObsDataDiskEditor ----------------------------------------------------------------------

ObsDataDiskEditor::ObsDataDiskEditor(QWidget *parent)
    : QGroupBox(parent)
{
    m_imageUrlLabel = new QLabel(this);
    m_imageUrl = new QLineEdit(this);
    m_imageUrl->setObjectName(u"obsDiskImageUrl"_s);
    m_imageUrlMessage = message(u"obsDiskImageUrlMessage"_s, this);
    m_minDiskLabel = new QLabel(this);
    m_minDisk = diskSpinBox(u"obsDiskMinDisk"_s, ImsObsFileRequest::DataMinDiskHigh, this);
    m_minDiskMessage = message(u"obsDiskMinDiskMessage"_s, this);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"obsDiskName"_s);
    m_nameMessage = message(u"obsDiskNameMessage"_s, this);
    m_descriptionLabel = new QLabel(this);
    m_description = new QLineEdit(this);
    m_description->setObjectName(u"obsDiskDescription"_s);
    m_descriptionMessage = message(u"obsDiskDescriptionMessage"_s, this);
    m_quickImport = new QCheckBox(this);
    m_quickImport->setObjectName(u"obsDiskQuickImport"_s);
    m_tags = new TagEditor(this);
    m_tags->setMnemonicsShown(false);
    m_otherMessage = message(u"obsDiskOtherMessage"_s, this);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"obsDiskRemove"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [&](QLabel *label, QWidget *field, InlineMessage *m) {
        label->setBuddy(field);
        form->addRow(label, ImsImageFieldsEditor::withMessage(field, m, this));
    };
    row(m_imageUrlLabel, m_imageUrl, m_imageUrlMessage);
    row(m_minDiskLabel, m_minDisk, m_minDiskMessage);
    row(m_nameLabel, m_name, m_nameMessage);
    row(m_descriptionLabel, m_description, m_descriptionMessage);
    form->addRow(m_quickImport);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tags);
    layout->addWidget(m_otherMessage);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_imageUrl, m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &ObsDataDiskEditor::changed);
    connect(m_minDisk, &QSpinBox::valueChanged, this, &ObsDataDiskEditor::changed);
    connect(m_quickImport, &QCheckBox::toggled, this, &ObsDataDiskEditor::changed);
    connect(m_tags, &TagEditor::changed, this, &ObsDataDiskEditor::changed);
    connect(m_remove, &QPushButton::clicked, this, &ObsDataDiskEditor::removeRequested);
    retranslateUi();
}

ImsObsFileRequest::DataDisk ObsDataDiskEditor::disk() const
{
    ImsObsFileRequest::DataDisk d;
    d.imageUrl = m_imageUrl->text().trimmed();
    d.minDisk = m_minDisk->value();
    d.name = m_name->text();
    d.description = m_description->text();
    if (m_quickImport->isChecked())
        d.isQuickImport = true;
    d.tags = m_tags->tags();
    d.tagForm = m_tags->form();
    return d;
}

void ObsDataDiskEditor::setDisk(const ImsObsFileRequest::DataDisk &disk)
{
    m_imageUrl->setText(disk.imageUrl);
    m_minDisk->setValue(disk.minDisk);
    m_name->setText(disk.name);
    m_description->setText(disk.description);
    m_quickImport->setChecked(disk.isQuickImport.value_or(false));
    m_tags->setTags(disk.tags);
    m_tags->setForm(disk.tagForm);
}

void ObsDataDiskEditor::setNumber(int number)
{
    m_number = number;
    retranslateUi();
}

void ObsDataDiskEditor::showErrors(const FieldErrors &errors, const QString &prefix)
{
    const auto first = [&](const QString &field) {
        for (const FieldError &e : errors) {
            if (e.field == prefix + field)
                return e.message;
        }
        return QString();
    };
    m_imageUrlMessage->showError(first(u"image_url"_s));
    m_minDiskMessage->showError(first(u"min_disk"_s));
    m_nameMessage->showError(first(u"name"_s));
    m_descriptionMessage->showError(first(u"description"_s));
    QStringList other;
    QStringList tagMessages;
    for (const FieldError &e : m_tags->errors())
        tagMessages.append(e.message);
    static const QStringList shown{u"image_url"_s, u"min_disk"_s, u"name"_s, u"description"_s};
    for (const FieldError &e : errors) {
        if (!e.field.startsWith(prefix) || shown.contains(e.field.mid(prefix.size())))
            continue;
        if (!tagMessages.contains(e.message) && !other.contains(e.message))
            other.append(e.message);
    }
    m_otherMessage->showError(other.join(u'\n'));
}

void ObsDataDiskEditor::retranslateUi()
{
    // Repeated up to three times on the page: no Alt+letters here (they would clash).
    //: %1 = 1, 2 or 3
    setTitle(tr("Data disk %1").arg(m_number));
    m_imageUrlLabel->setText(Mnemonic::strip(tr("Image &file:", "OBS file of a data disk")));
    m_imageUrl->setPlaceholderText(tr("bucket:file, e.g. %1").arg(u"ims-image:data1.qcow2"_s));
    //: GB = gigabytes
    m_minDiskLabel->setText(Mnemonic::strip(tr("Minimum disk size (&GB):")));
    m_minDisk->setSpecialValueText(tr("Not set", "disk size not given yet"));
    m_minDisk->setToolTip(tr("%1–%2 GB")
                              .arg(ImsObsFileRequest::DataMinDiskLow)
                              .arg(ImsObsFileRequest::DataMinDiskHigh));
    m_nameLabel->setText(Mnemonic::strip(tr("&Name:", "image name")));
    m_name->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
    m_descriptionLabel->setText(Mnemonic::strip(tr("&Description:")));
    m_description->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
    m_quickImport->setText(Mnemonic::strip(tr("&Quick import")));
    m_remove->setText(tr("Remove", "remove this data disk"));
}

void ObsDataDiskEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

// ---- ImsObsPage -----------------------------------------------------------------------------

ImsObsPage::ImsObsPage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    auto *content = new QWidget;
    m_fields = new ImsImageFieldsEditor(content);

    m_bucketLabel = new QLabel(content);
    m_buckets = new ObsBucketPicker(session, content);
    m_buckets->setObjectName(u"obsFileBuckets"_s);
    m_objectLabel = new QLabel(content);
    m_objects = new ObsObjectPicker(m_buckets, content);
    m_objects->setObjectName(u"obsFileObjects"_s);
    m_imageUrlLabel = new QLabel(content);
    m_imageUrl = new QLineEdit(content);
    m_imageUrl->setObjectName(u"obsImageUrl"_s);
    m_imageUrlMessage = message(u"obsImageUrlMessage"_s, content);
    m_minDiskLabel = new QLabel(content);
    m_minDisk = diskSpinBox(u"obsMinDisk"_s, ImsObsFileRequest::SystemMinDiskHigh, content);
    m_minDiskMessage = message(u"obsMinDiskMessage"_s, content);
    m_osTypeLabel = new QLabel(content);
    m_osType = new QComboBox(content);
    m_osType->setObjectName(u"obsOsType"_s);
    m_osType->addItem(QString(), QString());
    for (const QString &type : ImsObsFileRequest::osTypes())
        m_osType->addItem(type, type); // API values, shown as the documents print them
    m_osTypeMessage = message(u"obsOsTypeMessage"_s, content);
    m_osVersionLabel = new QLabel(content);
    m_osVersion = new OsVersionPicker(content);
    m_osVersion->setObjectName(u"obsOsVersion"_s);
    m_osVersion->setSession(session);
    m_osVersionMessage = message(u"obsOsVersionMessage"_s, content);
    m_isConfig = new QCheckBox(content);
    m_isConfig->setObjectName(u"obsIsConfig"_s);
    m_quickImport = new QCheckBox(content);
    m_quickImport->setObjectName(u"obsQuickImport"_s);
    m_cmkLabel = new QLabel(content);
    m_cmkId = new QLineEdit(content);
    m_cmkId->setObjectName(u"obsCmkId"_s);
    m_notes = new InlineMessage(content);
    m_notes->setObjectName(u"obsNotes"_s);

    QFormLayout *form = m_fields->form();
    const auto row = [&](int at, QLabel *label, QWidget *field, InlineMessage *m) {
        label->setBuddy(field);
        form->insertRow(
            at, label, m ? ImsImageFieldsEditor::withMessage(field, m, content) : field);
    };
    // After name and description: what the image is made of (the bucket, its objects, the
    // file as bucket:file, chosen there or typed), then the shared rest.
    row(2, m_bucketLabel, m_buckets, nullptr);
    m_bucketLabel->setBuddy(m_buckets->tree());
    row(3, m_objectLabel, m_objects, nullptr);
    m_objectLabel->setBuddy(m_objects->tree());
    row(4, m_imageUrlLabel, m_imageUrl, m_imageUrlMessage);
    row(5, m_minDiskLabel, m_minDisk, m_minDiskMessage);
    row(6, m_osTypeLabel, m_osType, m_osTypeMessage);
    row(7, m_osVersionLabel, m_osVersion, m_osVersionMessage);
    form->insertRow(8, QString(), m_quickImport);
    form->insertRow(9, QString(), m_isConfig);
    form->addRow(m_cmkLabel, m_cmkId);
    m_cmkLabel->setBuddy(m_cmkId);

    m_otherMessage = message(u"obsOtherMessage"_s, content);
    auto *left = new QVBoxLayout;
    left->addWidget(m_fields);
    left->addWidget(m_notes);
    left->addWidget(m_otherMessage);

    m_disksBox = new QGroupBox(content);
    m_disksLayout = new QVBoxLayout(m_disksBox);
    m_addDisk = new QPushButton(m_disksBox);
    m_addDisk->setObjectName(u"obsAddDataDisk"_s);
    m_disksMessage = message(u"obsDataDisksMessage"_s, m_disksBox);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addDisk);
    addRow->addStretch(1);
    m_disksLayout->addLayout(addRow);
    m_disksLayout->addWidget(m_disksMessage);

    auto *right = new QVBoxLayout;
    right->addWidget(m_fields->tagsBox());
    right->addWidget(m_disksBox);
    right->addStretch(1);

    // One column in a scroll area: the form gets the page's whole width (long labels in
    // Spanish), the tags and data disks follow below it.
    auto *columns = new QVBoxLayout(content);
    columns->addLayout(left);
    columns->addLayout(right);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"obsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (const auto &[field, m] : m_fields->messages())
        bindMessage(field, m);
    bindMessage(u"image_url"_s, m_imageUrlMessage);
    bindMessage(u"min_disk"_s, m_minDiskMessage);
    bindMessage(u"os_type"_s, m_osTypeMessage);
    bindMessage(u"os_version"_s, m_osVersionMessage);
    bindMessage(u"data_images"_s, m_disksMessage);

    connect(m_fields, &ImsImageFieldsEditor::changed, this, &ImsObsPage::revalidate);
    for (QLineEdit *edit : {m_imageUrl, m_cmkId})
        connect(edit, &QLineEdit::textChanged, this, &ImsObsPage::revalidate);
    connect(m_minDisk, &QSpinBox::valueChanged, this, &ImsObsPage::revalidate);
    connect(m_osType, &QComboBox::currentIndexChanged, this, &ImsObsPage::revalidate);
    connect(m_osVersion, &OsVersionPicker::osVersionChanged, this, &ImsObsPage::revalidate);
    for (QCheckBox *box : {m_isConfig, m_quickImport})
        connect(box, &QCheckBox::toggled, this, &ImsObsPage::revalidate);
    connect(m_addDisk, &QPushButton::clicked, this, [this] { addDataDisk(); });
    connect(m_objects, &ObsObjectPicker::objectChosen, this, &ImsObsPage::objectChosen);

    retranslateUi();
    revalidate();
}

void ImsObsPage::initializePage()
{
    if (!m_osVersionsLoaded) {
        m_osVersionsLoaded = true;
        m_osVersion->load();
        m_buckets->reload();
    }
    MethodFormPage::initializePage();
}

void ImsObsPage::objectChosen(const QString &bucket, const QString &key)
{
    m_imageUrl->setText(bucket + u':' + key);
}

ObsDataDiskEditor *ImsObsPage::addDataDisk()
{
    if (m_disks.size() >= ImsObsFileRequest::MaxDataDisks)
        return nullptr;
    auto *editor = new ObsDataDiskEditor(m_disksBox);
    m_disks.append(editor);
    editor->setNumber(int(m_disks.size()));
    m_disksLayout->insertWidget(int(m_disks.size()) - 1, editor);
    connect(editor, &ObsDataDiskEditor::changed, this, &ImsObsPage::revalidate);
    AccessibleNames::apply(editor);
    connect(editor, &ObsDataDiskEditor::removeRequested, this, [this, editor] {
        removeDataDisk(editor);
    });
    revalidate();
    return editor;
}

void ImsObsPage::removeDataDisk(ObsDataDiskEditor *editor)
{
    m_disks.removeOne(editor);
    editor->deleteLater();
    for (qsizetype i = 0; i < m_disks.size(); ++i)
        m_disks.at(i)->setNumber(int(i) + 1);
    revalidate();
}

ImsObsFileRequest ImsObsPage::request() const
{
    ImsObsFileRequest r;
    static_cast<ImsImageFields &>(r) = m_fields->fields();
    r.imageUrl = m_imageUrl->text().trimmed();
    r.minDisk = m_minDisk->value();
    r.osType = m_osType->currentData().toString();
    r.osVersion = m_osVersion->osVersion();
    if (m_isConfig->isChecked())
        r.isConfig = true;
    if (m_quickImport->isChecked())
        r.isQuickImport = true;
    r.cmkId = m_cmkId->text().trimmed();
    for (const ObsDataDiskEditor *editor : m_disks)
        r.dataDisks.append(editor->disk());
    return r;
}

void ImsObsPage::setRequest(const ImsObsFileRequest &request)
{
    m_fields->setFields(request);
    m_imageUrl->setText(request.imageUrl);
    // The browser shows the file's bucket and object once they are listed.
    if (const qsizetype colon = request.imageUrl.indexOf(u':'); colon > 0) {
        m_buckets->setBucket(request.imageUrl.left(colon));
        m_objects->setObject(request.imageUrl.mid(colon + 1));
    }
    m_minDisk->setValue(request.minDisk);
    m_osType->setCurrentIndex(qMax(0, m_osType->findData(request.osType)));
    m_osVersion->setOsVersion(request.osVersion);
    m_isConfig->setChecked(request.isConfig.value_or(false));
    m_quickImport->setChecked(request.isQuickImport.value_or(false));
    m_cmkId->setText(request.cmkId);
    while (!m_disks.isEmpty())
        removeDataDisk(m_disks.constLast());
    for (const ImsObsFileRequest::DataDisk &disk : request.dataDisks) {
        if (ObsDataDiskEditor *editor = addDataDisk())
            editor->setDisk(disk);
    }
    revalidate();
}

void ImsObsPage::retranslateUi()
{
    setTitle(CreationMethods::title(CreationMethod::ImsObsFile)); // as on the chooser
    setSubTitle(tr("IMS registers an external image file uploaded to an OBS bucket as a "
                   "private image, with up to three data disks from files of their own."));
    m_bucketLabel->setText(tr("OB&S bucket:"));
    m_objectLabel->setText(tr("Ob&ject:", "OBS object list of method 3's page"));
    m_imageUrlLabel->setText(tr("Image &file:", "OBS file of the system disk"));
    m_imageUrl->setPlaceholderText(tr("bucket:file, e.g. %1").arg(u"ims-image:centos70.qcow2"_s));
    m_minDiskLabel->setText(tr("Minimum system disk (&GB):"));
    m_minDisk->setSpecialValueText(tr("Not set", "disk size not given yet"));
    m_minDisk->setToolTip(tr("%1–%2 GB")
                              .arg(ImsObsFileRequest::SystemMinDiskLow)
                              .arg(ImsObsFileRequest::SystemMinDiskHigh));
    m_osTypeLabel->setText(tr("OS t&ype:"));
    m_osType->setItemText(0, tr("Not set", "OS type left out of the request"));
    m_osVersionLabel->setText(tr("OS &version:"));
    m_isConfig->setText(tr("Automatic &configuration (is_config)"));
    m_quickImport->setText(tr("&Quick import (is_quick_import)"));
    m_cmkLabel->setText(tr("Encryption &key ID (cmk_id):"));
    m_cmkId->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
    m_disksBox->setTitle(tr("Data disks", "group box title"));
    m_addDisk->setText(tr("Add da&ta disk"));
    //: %n = the maximum number of data disks
    m_addDisk->setToolTip(tr("An image file can bring at most %n data disk(s).",
        nullptr,
        ImsObsFileRequest::MaxDataDisks));
}

void ImsObsPage::revalidate()
{
    const ImsObsFileRequest r = request();
    const FieldErrors all = r.validate();
    QSet<QString> quiet;
    if (!m_fields->nameTouched() && r.name.isEmpty())
        quiet.insert(u"name"_s);
    FieldErrors top;
    for (const FieldError &e : all) {
        if (!e.field.startsWith(u"data_images["_s))
            top.append(e);
    }
    QStringList shownElsewhere = m_fields->tagMessages();
    showFieldErrors(top, m_otherMessage, quiet, shownElsewhere);
    for (qsizetype i = 0; i < m_disks.size(); ++i)
        m_disks.at(i)->showErrors(all, u"data_images[%1]."_s.arg(i));
    m_addDisk->setEnabled(m_disks.size() < ImsObsFileRequest::MaxDataDisks);

    // The documents' notes where they matter (seed 004).
    QStringList notes;
    notes << tr("The OBS bucket's storage class must be Standard.");
    if (r.needsOsVersion())
        notes << (ImsObsFileRequest::isIsoUrl(r.imageUrl)
                ? tr("The file is an ISO image: the OS version is mandatory.")
                : tr("Quick import needs the OS version."));
    if (r.isConfig.value_or(false))
        notes << tr("Automatic configuration lets IMS configure the image's drivers and "
                    "settings for the cloud (see \"Registering an External Image File as a "
                    "Private Image\" in the IMS User Guide).");
    if (!r.dataDisks.isEmpty())
        notes << tr("The data disk images must have the same OS type as the system disk image.");
    m_notes->showMessage(InlineMessage::Kind::Info, notes.join(u'\n'));
    setValid(all.isEmpty());
}
