#pragma once

#include "library/imagejobdialog.h"

class QComboBox;
class QLineEdit;

/// "Copy Image…" of the image library: a copy in the same region, optionally encrypted with a
/// KMS key (IMS copy), or, where the profile's family offers it (interfaces.md §6: Huawei Cloud
/// and the demo), to another region with the project there and the IAM agency IMS acts through
/// (cross_region_copy). Where it is not offered, that choice is disabled and the reason shown.
/// ImageCopyRequest checks every field before anything is sent.
class ImageCopyDialog final : public ImageJobDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCopyDialog)
public:
    ImageCopyDialog(CloudSession *session, const LibraryImage &image, QWidget *parent = nullptr);

    /// The request the form stands for now.
    ImageCopyRequest request() const;
    /// Chooses "another region" (false: this region); false when that is not offered.
    bool setCrossRegion(bool crossRegion);
    bool isCrossRegionOffered() const { return !m_crossRegionWhy; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *destinationBox() const { return m_destination; }
    QLineEdit *kmsKeyEdit() const { return m_kmsKey; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *agencyEdit() const { return m_agency; }
    QLineEdit *vaultEdit() const { return m_vault; }

protected:
    FieldErrors validate() const override;
    ImageJobOrder order() const override;
    void retranslateUi() override;

private:
    void updateRows();

    std::optional<QString> m_crossRegionWhy;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_descriptionLabel;
    QLineEdit *m_description;
    QLabel *m_destinationLabel;
    QComboBox *m_destination;
    QLabel *m_crossRegionNote;
    QLabel *m_kmsKeyLabel;
    QLineEdit *m_kmsKey;
    QLabel *m_regionLabel;
    QLineEdit *m_region;
    QLabel *m_projectLabel;
    QLineEdit *m_project;
    QLabel *m_agencyLabel;
    QLineEdit *m_agency;
    QLabel *m_vaultLabel;
    QLineEdit *m_vault;
};
