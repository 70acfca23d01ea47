#include "library/imagecopydialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>

#include "cloud/cloudsession.h"
#include "library/actions/imagejobaction.h"

using namespace Qt::StringLiterals;

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

ImageCopyDialog::ImageCopyDialog(CloudSession *session, const LibraryImage &image, QWidget *parent)
    : ImageJobDialog(session, image, parent)
    , m_nameLabel(new QLabel(this))
    , m_name(lineEdit(this, u"copyName"_s))
    , m_descriptionLabel(new QLabel(this))
    , m_description(lineEdit(this, u"copyDescription"_s))
    , m_destinationLabel(new QLabel(this))
    , m_destination(new QComboBox(this))
    , m_crossRegionNote(new QLabel(this))
    , m_kmsKeyLabel(new QLabel(this))
    , m_kmsKey(lineEdit(this, u"copyKmsKey"_s))
    , m_regionLabel(new QLabel(this))
    , m_region(lineEdit(this, u"copyRegion"_s))
    , m_projectLabel(new QLabel(this))
    , m_project(lineEdit(this, u"copyProject"_s))
    , m_agencyLabel(new QLabel(this))
    , m_agency(lineEdit(this, u"copyAgency"_s))
    , m_vaultLabel(new QLabel(this))
    , m_vault(lineEdit(this, u"copyVault"_s))
{
    setObjectName(u"imageCopyDialog"_s);
    if (session) {
        const CloudFamily family = session->profile().family;
        m_crossRegionWhy = ImageJobKind(ImageJobKind::Kind::CrossRegionCopy)
                               .unavailableReason(family, ImageApis::forFamily(family));
    }
    m_name->setText(QString(image.name + u"-copy"_s).left(128));
    m_destination->setObjectName(u"copyDestination"_s);
    m_destination->addItem(QString());
    m_destination->addItem(QString());
    if (m_crossRegionWhy) {
        if (auto *model = qobject_cast<QStandardItemModel *>(m_destination->model()))
            model->item(1)->setEnabled(false);
    }
    m_crossRegionNote->setObjectName(u"copyCrossRegionNote"_s);
    m_crossRegionNote->setWordWrap(true);
    m_crossRegionNote->setTextFormat(Qt::PlainText);
    m_crossRegionNote->setVisible(bool(m_crossRegionWhy));

    addRow(m_nameLabel, m_name, u"name"_s);
    addRow(m_descriptionLabel, m_description, u"description"_s);
    m_destinationLabel->setBuddy(m_destination);
    m_form->addRow(m_destinationLabel, m_destination);
    m_form->addRow(QString(), m_crossRegionNote);
    addRow(m_kmsKeyLabel, m_kmsKey, u"cmk_id"_s);
    addRow(m_regionLabel, m_region, u"region"_s);
    addRow(m_projectLabel, m_project, u"project_name"_s);
    addRow(m_agencyLabel, m_agency, u"agency_name"_s);
    addRow(m_vaultLabel, m_vault, u"vault_id"_s);
    finishLayout();
    connect(m_destination, &QComboBox::currentIndexChanged, this, &ImageCopyDialog::updateRows);
    retranslateUi();
    updateRows();
}

bool ImageCopyDialog::setCrossRegion(bool crossRegion)
{
    if (crossRegion && m_crossRegionWhy)
        return false;
    m_destination->setCurrentIndex(crossRegion ? 1 : 0);
    return true;
}

void ImageCopyDialog::updateRows()
{
    const bool cross = m_destination->currentIndex() == 1;
    m_form->setRowVisible(m_kmsKeyLabel, !cross);
    for (QLabel *label : {m_regionLabel, m_projectLabel, m_agencyLabel, m_vaultLabel})
        m_form->setRowVisible(label, cross);
}

ImageCopyRequest ImageCopyDialog::request() const
{
    ImageCopyRequest r;
    r.imageId = m_image.id;
    r.name = m_name->text();
    r.description = m_description->text();
    if (m_destination->currentIndex() == 1) {
        r.otherRegion = true;
        r.region = m_region->text().trimmed();
        r.projectName = m_project->text().trimmed();
        r.agencyName = m_agency->text().trimmed();
        r.vaultId = m_vault->text().trimmed();
    } else {
        r.cmkId = m_kmsKey->text().trimmed();
    }
    return r;
}

FieldErrors ImageCopyDialog::validate() const
{
    return request().validate(m_session ? m_session->profile().region : QString());
}

ImageJobOrder ImageCopyDialog::order() const
{
    return request().order();
}

void ImageCopyDialog::retranslateUi()
{
    //: %1 = image name, %2 = image ID
    retranslateCommon(tr("Copy Image"),
        tr("A new private image made from %1 (%2). The cloud copies it as a job; the job "
           "monitor follows it.")
            .arg(m_image.name, m_image.id),
        tr("C&opy"));
    m_nameLabel->setText(tr("&Name:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_destinationLabel->setText(tr("Des&tination:"));
    const QString region = m_session ? m_session->profile().region : QString();
    m_destination->setItemText(0,
        region.isEmpty() ? tr("This region")
                         //: %1 = the profile's region
                         : tr("This region (%1)").arg(region));
    m_destination->setItemText(1, tr("Another region"));
    if (m_crossRegionWhy) {
        m_destination->setItemData(1, *m_crossRegionWhy, Qt::ToolTipRole);
        m_crossRegionNote->setText(*m_crossRegionWhy);
    }
    m_kmsKeyLabel->setText(tr("&KMS key ID:"));
    m_kmsKey->setPlaceholderText(tr("Optional: encrypts the copy"));
    m_regionLabel->setText(tr("&Region:"));
    m_region->setPlaceholderText(u"cn-north-4"_s);
    m_projectLabel->setText(tr("&Project:"));
    m_project->setPlaceholderText(tr("The project there, e.g. cn-north-4"));
    m_agencyLabel->setText(tr("A&gency:"));
    m_agency->setPlaceholderText(tr("The IAM agency IMS acts through"));
    m_vaultLabel->setText(tr("&Vault ID:"));
    m_vault->setPlaceholderText(tr("Optional; full-ECS images need one"));
}
