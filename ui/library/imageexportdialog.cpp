#include "library/imageexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

/// An object name from the image's name: what OBS and IMS accept without surprises.
QString objectFor(const QString &imageName, const QString &format)
{
    QString base = imageName;
    base.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"-"_s);
    if (base.isEmpty())
        base = u"image"_s;
    return format.isEmpty() ? base : base + u'.' + format;
}

} // namespace

ImageExportDialog::ImageExportDialog(CloudSession *session, const LibraryImage &image, QWidget *parent)
    : ImageJobDialog(session, image, parent)
    , m_bucketLabel(new QLabel(this))
    , m_bucket(new QLineEdit(this))
    , m_objectLabel(new QLabel(this))
    , m_object(new QLineEdit(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_quick(new QCheckBox(this))
{
    setObjectName(u"imageExportDialog"_s);
    m_bucket->setObjectName(u"exportBucket"_s);
    m_object->setObjectName(u"exportObject"_s);
    m_format->setObjectName(u"exportFormat"_s);
    m_quick->setObjectName(u"exportQuick"_s);
    m_format->addItems(ImageExportRequest::formats());
    m_suggestedObject = objectFor(image.name, m_format->currentText());
    m_object->setText(m_suggestedObject);
    addRow(m_bucketLabel, m_bucket, u"bucket"_s);
    addRow(m_objectLabel, m_object, u"object"_s);
    addRow(m_formatLabel, m_format, u"file_format"_s);
    m_form->addRow(QString(), m_quick);
    finishLayout();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImageExportDialog::formatChanged);
    connect(m_quick, &QCheckBox::toggled, this, [this](bool quick) {
        m_format->setEnabled(!quick);
        formatChanged();
    });
    retranslateUi();
}

void ImageExportDialog::formatChanged()
{
    if (m_object->text() != m_suggestedObject)
        return; // the operator's own name stays
    m_suggestedObject =
        objectFor(m_image.name, m_quick->isChecked() ? QString() : m_format->currentText());
    m_object->setText(m_suggestedObject);
}

ImageExportRequest ImageExportDialog::request() const
{
    ImageExportRequest r;
    r.imageId = m_image.id;
    r.bucket = m_bucket->text().trimmed();
    r.object = m_object->text().trimmed();
    r.quick = m_quick->isChecked();
    if (!r.quick)
        r.format = m_format->currentText();
    return r;
}

FieldErrors ImageExportDialog::validate() const
{
    return request().validate();
}

ImageJobOrder ImageExportDialog::order() const
{
    return request().order();
}

void ImageExportDialog::retranslateUi()
{
    //: %1 = image name, %2 = image ID
    retranslateCommon(tr("Export Image to OBS"),
        tr("Writes %1 (%2) as an image file into an OBS bucket of this region (of the Standard "
           "storage class). The cloud exports it as a job; the job monitor follows it.")
            .arg(m_image.name, m_image.id),
        tr("E&xport"));
    m_bucketLabel->setText(tr("&Bucket:"));
    m_bucket->setPlaceholderText(tr("An OBS bucket name"));
    m_objectLabel->setText(tr("&Object name:"));
    m_formatLabel->setText(tr("&File format:"));
    m_quick->setText(tr("&Quick export (the image's own format; needed above 128 GB)"));
}
