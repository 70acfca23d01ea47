#include "wizard/imslocalfilepage.h"

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
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "create/imsmethodrequests.h"
#include "create/localfilerequest.h"
#include "obs/imagefileformat.h"
#include "upload/transferrate.h"
#include "widgets/inlinemessage.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/obsbucketpicker.h"
#include "wizard/osversionpicker.h"

using namespace Qt::StringLiterals;

namespace {

ImsLocalFilePage::FileChooser &fileChooser()
{
    static ImsLocalFilePage::FileChooser chooser;
    return chooser;
}

InlineMessage *message(const QString &objectName, QWidget *parent)
{
    auto *m = new InlineMessage(parent);
    m->setObjectName(objectName);
    return m;
}

const QString FileField = u"params.file"_s;

/// A path's line edit with its Browse button on one row.
QWidget *pathRow(QLineEdit *edit, QPushButton *browse, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return box;
}

/// The import's limits as the documents and the core's messages write them ("128 GB").
QString limitText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

const QString BucketField = u"params.bucket"_s;
const QString ObjectField = u"params.object"_s;
const QString BitmapField = u"params.bitmap"_s;

} // namespace

void ImsLocalFilePage::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

ImsLocalFilePage::ImsLocalFilePage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    auto *content = new QWidget;
    m_fields = new ImsImageFieldsEditor(content);

    // The file, where it goes, then what the image will be.
    m_fileLabel = new QLabel(content);
    m_file = new QLineEdit(content);
    m_file->setObjectName(u"localFile"_s);
    m_browse = new QPushButton(content);
    m_browse->setObjectName(u"localFileBrowse"_s);
    QWidget *fileBox = pathRow(m_file, m_browse, content);
    m_fileMessage = message(u"localFileMessage"_s, content);
    // Two lines kept whatever it says (a wrapped label in a form would change its height).
    m_fileInfo = message(u"localFileInfo"_s, content);
    m_fileInfo->setReservedLines(2);
    auto *fileColumn = new QWidget(content);
    auto *fileLayout = new QVBoxLayout(fileColumn);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->setSpacing(2);
    fileLayout->addWidget(ImsImageFieldsEditor::withMessage(fileBox, m_fileMessage, content));
    fileLayout->addWidget(m_fileInfo);
    m_fileLabel->setBuddy(m_file);

    m_bucketLabel = new QLabel(content);
    m_buckets = new ObsBucketPicker(session, content);
    m_buckets->setObjectName(u"localFileBuckets"_s);
    m_bucketMessage = message(u"localFileBucketMessage"_s, content);
    m_bucketLabel->setBuddy(m_buckets->tree());
    m_objectLabel = new QLabel(content);
    m_object = new QLineEdit(content);
    m_object->setObjectName(u"localFileObject"_s);
    m_objectMessage = message(u"localFileObjectMessage"_s, content);
    m_objectLabel->setBuddy(m_object);
    m_keepObject = new QCheckBox(content);
    m_keepObject->setObjectName(u"localFileKeepObject"_s);
    m_keepObject->setChecked(true); // keep_object's default (interfaces.md §4)

    m_minDiskLabel = new QLabel(content);
    m_minDisk = new QSpinBox(content);
    m_minDisk->setObjectName(u"localFileMinDisk"_s);
    m_minDisk->setRange(0, ImsObsFileRequest::SystemMinDiskHigh); // 0: not given yet
    m_minDiskMessage = message(u"localFileMinDiskMessage"_s, content);
    m_osTypeLabel = new QLabel(content);
    m_osType = new QComboBox(content);
    m_osType->setObjectName(u"localFileOsType"_s);
    m_osType->addItem(QString(), QString());
    for (const QString &type : ImsObsFileRequest::osTypes())
        m_osType->addItem(type, type); // API values, shown as the documents print them
    m_osTypeMessage = message(u"localFileOsTypeMessage"_s, content);
    m_osVersionLabel = new QLabel(content);
    m_osVersion = new OsVersionPicker(content);
    m_osVersion->setObjectName(u"localFileOsVersion"_s);
    m_osVersion->setSession(session);
    m_osVersionMessage = message(u"localFileOsVersionMessage"_s, content);
    m_isConfig = new QCheckBox(content);
    m_isConfig->setObjectName(u"localFileIsConfig"_s);
    m_quickImport = new QCheckBox(content);
    m_quickImport->setObjectName(u"localFileQuickImport"_s);
    m_bitmapLabel = new QLabel(content);
    m_bitmap = new QLineEdit(content);
    m_bitmap->setObjectName(u"localFileBitmap"_s);
    m_bitmapBrowse = new QPushButton(content);
    m_bitmapBrowse->setObjectName(u"localFileBitmapBrowse"_s);
    QWidget *bitmapBox = pathRow(m_bitmap, m_bitmapBrowse, content);
    m_bitmapMessage = message(u"localFileBitmapMessage"_s, content);
    m_cmkLabel = new QLabel(content);
    m_cmkId = new QLineEdit(content);
    m_cmkId->setObjectName(u"localFileCmkId"_s);
    m_notes = message(u"localFileNotes"_s, content);
    m_otherMessage = message(u"localFileOtherMessage"_s, content);

    QFormLayout *form = m_fields->form();
    int at = 0;
    const auto row = [&](QLabel *label, QWidget *field, InlineMessage *m) {
        label->setBuddy(field);
        form->insertRow(
            at++, label, m ? ImsImageFieldsEditor::withMessage(field, m, content) : field);
    };
    form->insertRow(at++, m_fileLabel, fileColumn);
    form->insertRow(at++,
        m_bucketLabel,
        ImsImageFieldsEditor::withMessage(m_buckets, m_bucketMessage, content));
    m_bucketLabel->setBuddy(m_buckets->tree());
    row(m_objectLabel, m_object, m_objectMessage);
    form->insertRow(at++, QString(), m_keepObject);
    at += 2; // the image's name and description come next, as on method 3's page
    row(m_minDiskLabel, m_minDisk, m_minDiskMessage);
    row(m_osTypeLabel, m_osType, m_osTypeMessage);
    row(m_osVersionLabel, m_osVersion, m_osVersionMessage);
    form->insertRow(at++, QString(), m_quickImport);
    // Always there (nothing jumps when Quick import is ticked); enabled where it is needed.
    row(m_bitmapLabel, bitmapBox, m_bitmapMessage);
    m_bitmapLabel->setBuddy(m_bitmap);
    form->insertRow(at++, QString(), m_isConfig);
    form->addRow(m_cmkLabel, m_cmkId);
    m_cmkLabel->setBuddy(m_cmkId);

    // One column in a scroll area (long labels in Spanish), the tags below the form.
    auto *columns = new QVBoxLayout(content);
    columns->addWidget(m_fields);
    columns->addWidget(m_notes);
    columns->addWidget(m_otherMessage);
    columns->addWidget(m_fields->tagsBox());
    columns->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"localFileScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // The core's field paths: params.* for the file and the bucket, body.* for the image.
    for (const auto &[field, m] : m_fields->messages())
        bindMessage(u"body."_s + field, m);
    bindMessage(FileField, m_fileMessage);
    bindMessage(BucketField, m_bucketMessage);
    bindMessage(ObjectField, m_objectMessage);
    bindMessage(BitmapField, m_bitmapMessage);
    bindMessage(u"body.min_disk"_s, m_minDiskMessage);
    bindMessage(u"body.os_type"_s, m_osTypeMessage);
    bindMessage(u"body.os_version"_s, m_osVersionMessage);

    connect(m_fields, &ImsImageFieldsEditor::changed, this, &ImsLocalFilePage::revalidate);
    connect(m_file, &QLineEdit::textChanged, this, &ImsLocalFilePage::fileChanged);
    connect(m_browse, &QPushButton::clicked, this, &ImsLocalFilePage::chooseFile);
    connect(m_object, &QLineEdit::textEdited, this, [this] { m_objectEdited = true; });
    connect(m_bitmapBrowse, &QPushButton::clicked, this, &ImsLocalFilePage::chooseBitmap);
    for (QLineEdit *edit : {m_object, m_cmkId, m_bitmap})
        connect(edit, &QLineEdit::textChanged, this, &ImsLocalFilePage::revalidate);
    connect(m_buckets, &ObsBucketPicker::bucketChanged, this, &ImsLocalFilePage::revalidate);
    connect(m_minDisk, &QSpinBox::valueChanged, this, &ImsLocalFilePage::revalidate);
    connect(m_osType, &QComboBox::currentIndexChanged, this, &ImsLocalFilePage::revalidate);
    connect(m_osVersion, &OsVersionPicker::osVersionChanged, this, &ImsLocalFilePage::revalidate);
    for (QCheckBox *box : {m_isConfig, m_quickImport, m_keepObject})
        connect(box, &QCheckBox::toggled, this, &ImsLocalFilePage::revalidate);

    retranslateUi();
    revalidate();
}

void ImsLocalFilePage::initializePage()
{
    if (!m_loaded) {
        m_loaded = true;
        m_osVersion->load();
        m_buckets->reload();
    }
    MethodFormPage::initializePage();
}

QString ImsLocalFilePage::filePath() const
{
    const QString text = m_file->text().trimmed();
    return text.isEmpty() ? QString()
                          : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

void ImsLocalFilePage::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString ImsLocalFilePage::askForFile(
    const QString &caption, const QString &dir, const QString &filter)
{
    return fileChooser() ? fileChooser()(this, caption, dir)
                         : QFileDialog::getOpenFileName(this, caption, dir, filter);
}

void ImsLocalFilePage::chooseFile()
{
    const QString current = filePath();
    const QString path = askForFile(tr("Choose the Image File"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).path(),
        tr("Image files (*.vhd *.vmdk *.qcow2 *.raw *.img *.vhdx *.qed *.vdi *.qcow "
           "*.zvhd *.zvhd2 *.iso);;All files (*)"));
    if (path.isEmpty())
        return;
    setFilePath(path);
    if (m_fields->nameEdit()->text().isEmpty())
        m_fields->nameEdit()->setText(QFileInfo(path).completeBaseName());
}

void ImsLocalFilePage::chooseBitmap()
{
    const QString current = m_bitmap->text().trimmed();
    const QString file = filePath();
    const QString dir = !current.isEmpty() ? QFileInfo(current).path()
        : file.isEmpty()                   ? QDir::homePath()
                                           : QFileInfo(file).path();
    const QString path =
        askForFile(tr("Choose the Bitmap File"), dir, tr("Bitmap files (*.mf);;All files (*)"));
    if (!path.isEmpty())
        m_bitmap->setText(QDir::toNativeSeparators(path));
}

void ImsLocalFilePage::fileChanged()
{
    // The object is named after the file until the operator names it.
    if (!m_objectEdited) {
        const QString path = filePath();
        m_object->setText(path.isEmpty() ? QString() : QFileInfo(path).fileName());
    }
    revalidate();
}

QJsonObject ImsLocalFilePage::body() const
{
    ImsObsFileRequest r;
    static_cast<ImsImageFields &>(r) = m_fields->fields();
    r.minDisk = m_minDisk->value();
    r.osType = m_osType->currentData().toString();
    r.osVersion = m_osVersion->osVersion();
    if (m_isConfig->isChecked())
        r.isConfig = true;
    if (m_quickImport->isChecked())
        r.isQuickImport = true;
    r.cmkId = m_cmkId->text().trimmed();
    QJsonObject body = r.toBody();
    body.remove(u"image_url"_s); // set from the bucket and the object when sent
    return body;
}

RequestFile ImsLocalFilePage::requestFile() const
{
    RequestFile file;
    file.method = CreationMethod::ImsLocalFile;
    file.params = QJsonObject{{u"file"_s, filePath()},
        {u"bucket"_s, m_buckets->bucket()},
        {u"object"_s, m_object->text()},
        {u"keep_object"_s, m_keepObject->isChecked()}};
    const QString bitmap = m_bitmap->text().trimmed();
    if (!bitmap.isEmpty() && m_bitmap->isEnabled())
        file.params.insert(
            u"bitmap"_s, QFileInfo(QDir::fromNativeSeparators(bitmap)).absoluteFilePath());
    file.body = body();
    return file;
}

void ImsLocalFilePage::retranslateUi()
{
    setTitle(CreationMethods::title(CreationMethod::ImsLocalFile)); // as on the chooser
    setSubTitle(tr("Imagewright uploads the local image file to an OBS bucket in parts "
                   "(resumable), then IMS registers it as a private image."));
    m_fileLabel->setText(tr("Image &file:"));
    m_file->setPlaceholderText(tr("The local image file to upload"));
    m_browse->setText(tr("Bro&wse…"));
    m_bucketLabel->setText(tr("OB&S bucket:"));
    m_objectLabel->setText(tr("&Object name:"));
    m_object->setPlaceholderText(tr("Default: the file's name"));
    m_keepObject->setText(tr("Keep the ob&ject in the bucket after the import"));
    m_keepObject->setToolTip(tr("Unchecked, the uploaded object is deleted once the image is "
                                "active."));
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
    m_bitmapLabel->setText(tr("Bi&tmap file (.mf):"));
    m_bitmapBrowse->setText(tr("Browse…",
        "the bitmap file; no mnemonic: the image file's "
        "Browse button has it"));
    m_bitmap->setToolTip(tr("A quick import of a RAW file needs its bitmap file, made by "
                            "CreateMF.jar; it is uploaded beside the image file as NAME.mf."));
    m_cmkLabel->setText(tr("Encryption &key ID (cmk_id):"));
    m_cmkId->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
}

void ImsLocalFilePage::revalidate()
{
    const QString path = filePath();
    // The bitmap field counts for a quick import of a RAW file only; its default shows there.
    const bool bitmapNeeded = LocalFileRequest::needsBitmap(path, m_quickImport->isChecked());
    const QString defaultBitmap = LocalFileRequest::defaultBitmapFor(path);
    for (QWidget *w : {static_cast<QWidget *>(m_bitmap), static_cast<QWidget *>(m_bitmapBrowse)})
        w->setEnabled(bitmapNeeded);
    m_bitmap->setPlaceholderText(bitmapNeeded
            //: %1 = the default bitmap file's name, e.g. disk01.mf
            ? tr("Default: %1 beside the image file").arg(QFileInfo(defaultBitmap).fileName())
            : tr("Only for a quick import of a RAW file"));
    const RequestFile file = requestFile();
    FieldErrors all;
    LocalFileRequest::fromParams(file.params, file.body, path, &all);
    // Nothing chosen yet: said in the wizard's words (the core's speak of the request file).
    for (FieldError &e : all) {
        if (e.field == FileField && path.isEmpty())
            e.message = tr("Choose the local image file to upload.");
        else if (e.field == BitmapField && m_bitmap->text().trimmed().isEmpty()
            && !QFileInfo::exists(defaultBitmap))
            //: %1 = the default bitmap file's name, e.g. disk01.mf
            e.message = tr("A quick import of a RAW file needs its bitmap file (.mf). %1 is not "
                           "beside the image file: choose the bitmap file.")
                            .arg(QFileInfo(defaultBitmap).fileName());
        else if (e.field == BucketField && m_buckets->bucket().isEmpty())
            e.message = m_buckets->isLoading()
                ? tr("Wait for the bucket list from OBS, then choose a bucket.")
                : tr("Choose an OBS bucket IMS can import from.");
    }
    QSet<QString> quiet;
    if (path.isEmpty())
        quiet << FileField << ObjectField;
    if (m_buckets->bucket().isEmpty())
        quiet << BucketField;
    if (!m_fields->nameTouched() && m_fields->nameEdit()->text().isEmpty())
        quiet << u"body.name"_s;
    showFieldErrors(all, m_otherMessage, quiet, m_fields->tagMessages());

    // What the header says and the import's limits, beside the file (its errors are above).
    QString info;
    if (!path.isEmpty() && QFileInfo(path).isFile()) {
        QString error;
        if (const auto format = ImageFileFormat::detectFile(path, &error))
            //: %1 = the format read from the file's header (qcow2, vhd, raw...), %2 = its size
            info = tr("Read from the file: %1, %2.")
                       .arg(ImageFileFormat::name(*format),
                           TransferRate::sizeText(QFileInfo(path).size()));
    }
    //: %1 and %2 = sizes such as "128 GB" and "1 TB"
    const QString limits = tr("A normal import takes files smaller than %1; a quick import "
                              "(ZVHD2 or RAW) up to %2.")
                               .arg(limitText(LocalFileRequest::NormalImportMaxBytes),
                                   limitText(LocalFileRequest::QuickImportMaxBytes));
    m_fileInfo->showMessage(
        InlineMessage::Kind::Info, info.isEmpty() ? limits : info + u' ' + limits);

    QStringList notes;
    notes << tr("The file is uploaded in parts, each checked by MD5; an interrupted upload "
                "resumes from the job monitor and sends only the missing parts.");
    ImsObsFileRequest import;
    import.imageUrl = m_buckets->bucket() + u':' + m_object->text();
    if (m_quickImport->isChecked())
        import.isQuickImport = true;
    if (import.needsOsVersion()) // method 3's rule, on the object's name
        notes << tr("An ISO file or a quick import needs the OS version.");
    m_notes->showMessage(InlineMessage::Kind::Info, notes.join(u'\n'));
    setValid(all.isEmpty());
}
