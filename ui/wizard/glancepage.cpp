#include "wizard/glancepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "auth/akskauth.h"
#include "auth/aksksigner.h"
#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "upload/transferrate.h"
#include "widgets/inlinemessage.h"
#include "widgets/keyvalueeditor.h"
#include "wizard/imsimagefieldseditor.h"

using namespace Qt::StringLiterals;

namespace {

GlancePage::FileChooser &fileChooser()
{
    static GlancePage::FileChooser chooser;
    return chooser;
}

void fillCombo(QComboBox *box, const QStringList &values, const QString &preferred)
{
    const QString current = box->currentText().isEmpty() ? preferred : box->currentText();
    box->clear();
    box->addItems(values);
    const int index = box->findText(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

void GlancePage::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

GlancePage::GlancePage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"glanceFile"_s);
    m_browse = new QPushButton(this);
    m_fileLabel->setBuddy(m_file);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"glanceName"_s);
    m_name->setMaxLength(GlanceCreateRequest::NameMaxLength + 1); // one more: the rule says it
    m_nameLabel->setBuddy(m_name);
    m_diskFormatLabel = new QLabel(this);
    m_diskFormat = new QComboBox(this);
    m_diskFormat->setObjectName(u"glanceDiskFormat"_s);
    m_diskFormatLabel->setBuddy(m_diskFormat);
    m_containerLabel = new QLabel(this);
    m_container = new QComboBox(this);
    m_containerLabel->setBuddy(m_container);
    m_minDiskLabel = new QLabel(this);
    m_minDisk = new QSpinBox(this);
    m_minDisk->setObjectName(u"glanceMinDisk"_s);
    m_minDisk->setRange(0, 1000000);
    m_minDisk->setValue(40);
    m_minDiskLabel->setBuddy(m_minDisk);
    m_minRamLabel = new QLabel(this);
    m_minRam = new QSpinBox(this);
    m_minRam->setRange(0, 16 * 1024 * 1024);
    m_minRamLabel->setBuddy(m_minRam);
    m_visibilityLabel = new QLabel(this);
    m_visibility = new QComboBox(this);
    m_visibilityLabel->setBuddy(m_visibility);
    m_protected = new QCheckBox(this);
    m_osVersionLabel = new QLabel(this);
    m_osVersion = new QLineEdit(this);
    m_osVersion->setObjectName(u"glanceOsVersion"_s);
    m_osVersionLabel->setBuddy(m_osVersion);

    // Each rule's message right under its field (the rest goes to m_message).
    const auto withMessage = [this](QWidget *field, const QString &apiField) {
        auto *message = new InlineMessage(this);
        message->setObjectName(u"glanceMessage_"_s + apiField);
        bindMessage(apiField, message);
        return ImsImageFieldsEditor::withMessage(field, message, this);
    };
    auto *fileBox = new QWidget(this);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileBox->setLayout(fileRow);
    m_fileMessage = new InlineMessage(this);
    m_fileMessage->setObjectName(u"glanceFileMessage"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_fileLabel, ImsImageFieldsEditor::withMessage(fileBox, m_fileMessage, this));
    form->addRow(m_nameLabel, withMessage(m_name, u"name"_s));
    form->addRow(m_osVersionLabel, withMessage(m_osVersion, u"__os_version"_s));
    form->addRow(m_diskFormatLabel, withMessage(m_diskFormat, u"disk_format"_s));
    form->addRow(m_containerLabel, withMessage(m_container, u"container_format"_s));
    form->addRow(m_minDiskLabel, withMessage(m_minDisk, u"min_disk"_s));
    form->addRow(m_minRamLabel, withMessage(m_minRam, u"min_ram"_s));
    form->addRow(m_visibilityLabel, withMessage(m_visibility, u"visibility"_s));
    form->addRow(QString(), m_protected);

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"glanceMessage"_s);
    m_warning = new InlineMessage(this);
    m_warning->setObjectName(u"glanceWarning"_s);

    m_tagsBox = new QGroupBox(this);
    m_tags = new KeyValueEditor(m_tagsBox);
    m_tags->setObjectName(u"glanceTags"_s);
    auto *tagsLayout = new QVBoxLayout(m_tagsBox);
    tagsLayout->addWidget(m_tags);
    m_states = new QLabel(this);
    m_states->setObjectName(u"glanceStates"_s);
    m_states->setWordWrap(true);
    m_states->setTextFormat(Qt::PlainText);

    // The form scrolls when the screen is short (issue 16: 844 px in Spanish).
    auto *leftContent = new QWidget(this);
    auto *left = new QVBoxLayout(leftContent);
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(form);
    left->addWidget(m_message);
    left->addWidget(m_warning);
    left->addStretch(1);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(u"glanceScroll"_s);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    // Always there: a scroll bar that comes and goes with a message would move every field.
    leftScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    leftScroll->setWidget(leftContent);
    auto *right = new QVBoxLayout;
    right->addWidget(m_tagsBox, 1);
    right->addWidget(m_states);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftScroll, 1);
    layout->addLayout(right, 1);

    registerField(u"glance.name*"_s, m_name);
    registerField(u"glance.file*"_s, m_file);

    connect(m_browse, &QPushButton::clicked, this, &GlancePage::chooseFile);
    for (QLineEdit *edit : {m_file, m_name, m_osVersion})
        connect(edit, &QLineEdit::textChanged, this, &GlancePage::revalidate);
    for (QComboBox *box : {m_diskFormat, m_container, m_visibility})
        connect(box, &QComboBox::currentTextChanged, this, &GlancePage::revalidate);
    for (QSpinBox *box : {m_minDisk, m_minRam})
        connect(box, &QSpinBox::valueChanged, this, &GlancePage::revalidate);
    connect(m_tags, &KeyValueEditor::changed, this, &GlancePage::revalidate);

    applyFlavour();
    retranslateUi();
    revalidate();
}

GlanceCreateRequest::Flavour GlancePage::flavour() const
{
    return m_session ? GlanceCreateRequest::flavourFor(m_session->profile().family)
                     : GlanceCreateRequest::Flavour::Huawei;
}

void GlancePage::applyFlavour()
{
    m_flavour = flavour();
    const bool huawei = m_flavour == GlanceCreateRequest::Flavour::Huawei;
    fillCombo(m_diskFormat,
        GlanceCreateRequest::diskFormats(m_flavour),
        huawei ? u"zvhd2"_s : u"qcow2"_s);
    fillCombo(m_container, GlanceCreateRequest::containerFormats(m_flavour), u"bare"_s);
    fillCombo(m_visibility, GlanceCreateRequest::visibilities(m_flavour), u"private"_s);
    m_osVersionLabel->setVisible(huawei);
    m_osVersion->setVisible(huawei);
}

void GlancePage::initializePage()
{
    applyFlavour(); // the profile may have changed since the page was made
    MethodFormPage::initializePage();
}

QString GlancePage::filePath() const
{
    return m_file->text().trimmed();
}

void GlancePage::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void GlancePage::chooseFile()
{
    const QString caption = tr("Choose the Image File");
    const QString dir = filePath().isEmpty() ? QDir::homePath() : QFileInfo(filePath()).path();
    const QString path = fileChooser() ? fileChooser()(this, caption, dir)
                                       : QFileDialog::getOpenFileName(this,
                                           caption,
                                           dir,
                                           tr("Image files (*.qcow2 *.raw *.vhd *.vhdx *.vmdk "
                                              "*.vdi *.iso *.zvhd2 *.img);;All files (*)"));
    if (path.isEmpty())
        return;
    setFilePath(path);
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(path).completeBaseName());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const int index = m_diskFormat->findText(suffix); index >= 0)
        m_diskFormat->setCurrentIndex(index);
}

GlanceCreateRequest GlancePage::request() const
{
    GlanceCreateRequest r;
    r.flavour = m_flavour;
    r.name = m_name->text();
    r.diskFormat = m_diskFormat->currentText();
    r.containerFormat = m_container->currentText();
    r.minDisk = m_minDisk->value();
    r.minRam = m_minRam->value();
    r.visibility = m_visibility->currentText();
    r.isProtected = m_protected->isChecked();
    if (m_flavour == GlanceCreateRequest::Flavour::Huawei)
        r.osVersion = m_osVersion->text();
    for (const KeyValueEditor::Item &item : m_tags->items()) {
        if (m_flavour == GlanceCreateRequest::Flavour::Huawei || !item.second.isEmpty())
            r.tags << item.first + u'=' + item.second; // seed 003: "key=value"
        else
            r.tags << item.first; // upstream: plain strings
    }
    return r;
}

void GlancePage::retranslateUi()
{
    setTitle(CreationMethods::title(CreationMethod::GlanceCreateUpload)); // as on the chooser
    setSubTitle(tr("The image service creates the image metadata, then Imagewright uploads the "
                   "local image file to it, checking its digests."));
    m_fileLabel->setText(tr("Image &file:"));
    m_file->setPlaceholderText(tr("The local image file to upload"));
    m_browse->setText(tr("Bro&wse…"));
    m_nameLabel->setText(tr("Nam&e:", "image name"));
    //: %1 = the limit (255)
    m_name->setPlaceholderText(tr("1–%1 characters").arg(GlanceCreateRequest::NameMaxLength));
    m_osVersionLabel->setText(tr("&OS version:"));
    //: %1 = the default OS version (keep it untranslated)
    m_osVersion->setPlaceholderText(
        tr("e.g. CentOS 7.6 64bit; empty: %1")
            .arg(QLatin1StringView(GlanceCreateRequest::DefaultOsVersion)));
    m_diskFormatLabel->setText(tr("&Disk format:"));
    m_containerLabel->setText(tr("&Container format:"));
    m_minDiskLabel->setText(tr("Minimum disk (&GB):"));
    m_minRamLabel->setText(tr("Minimum &memory (MB):"));
    m_visibilityLabel->setText(tr("V&isibility:"));
    m_protected->setText(tr("&Protected (a protected image cannot be deleted)"));
    m_tagsBox->setTitle(tr("Tags", "group box title"));
    m_tags->setToolTip(m_flavour == GlanceCreateRequest::Flavour::Huawei
            ? tr("Sent as key=value, e.g. \"tagkey=tagvalue\". Keys up to 36 characters, values "
                 "up to 43.")
            : tr("Each row is sent as one tag: the key alone, or key=value when a value is "
                 "given."));
    m_states->setText(tr("Image states:\n"
                         "• queued: the image metadata is created, waiting for the image file "
                         "to be uploaded.\n"
                         "• saving: the image file is being uploaded to the back-end storage.\n"
                         "• active: the image can be used normally.\n"
                         "• killed: an error occurred while uploading the image.\n"
                         "• deleted: the image has been deleted."));
}

void GlancePage::revalidate()
{
    const GlanceCreateRequest r = request();
    const FieldErrors all = r.validate();
    FieldErrors tagErrors;
    FieldErrors others;
    for (const FieldError &e : all) {
        if (e.field.startsWith(u"tags["_s))
            tagErrors.append({e.field + u".key"_s, e.message});
        else
            others.append(e);
    }
    // The tag editor shows its rows' messages beside them; what it cannot place goes below.
    for (const FieldError &e : m_tags->setErrors(tagErrors, u"tags"_s))
        others.append(e);
    QSet<QString> quiet;
    if (r.name.isEmpty() && !m_name->isModified())
        quiet.insert(u"name"_s); // don't greet the operator with an error before they typed
    showFieldErrors(others, m_message, quiet);

    bool fileOk = false;
    QString fileProblem;
    const QString path = filePath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            //: %1 = file path
            fileProblem = tr("The image file %1 does not exist or cannot be read.")
                              .arg(QDir::toNativeSeparators(path));
        else if (info.size() == 0)
            fileProblem = tr("The image file is empty.");
        else if (m_session && m_session->signsRequests()
            && info.size() > AkSkSigner::MaxSignedBodyBytes)
            fileProblem = AkSkAuth::bodyTooLargeMessage(); // said before anything starts
        else
            fileOk = true;
    }
    m_fileMessage->showError(fileProblem);
    QStringList notes = r.warnings();
    if (fileOk)
        //: %1 = file size such as "1.4 GB"
        notes << tr("The file (%1) is uploaded as a whole; Glance has no partial upload, so an "
                    "interrupted upload starts again from the beginning.")
                     .arg(TransferRate::sizeText(QFileInfo(path).size()));
    m_warning->showMessage(InlineMessage::Kind::Info, notes.join(u'\n'));
    setValid(fileOk && all.isEmpty());
}
