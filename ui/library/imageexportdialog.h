#pragma once

#include "library/imagejobdialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

/// "Export to OBS…" of the image library (IMS `POST /v1/cloudimages/{id}/file`): the bucket, the
/// object name and the file format, or a quick export in the image's own format.
/// ImageExportRequest checks every field before anything is sent.
class ImageExportDialog final : public ImageJobDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageExportDialog)
public:
    ImageExportDialog(CloudSession *session, const LibraryImage &image, QWidget *parent = nullptr);

    ImageExportRequest request() const;

    QLineEdit *bucketEdit() const { return m_bucket; }
    QLineEdit *objectEdit() const { return m_object; }
    QComboBox *formatBox() const { return m_format; }
    QCheckBox *quickBox() const { return m_quick; }

protected:
    FieldErrors validate() const override;
    ImageJobOrder order() const override;
    void retranslateUi() override;

private:
    void formatChanged();

    QLabel *m_bucketLabel;
    QLineEdit *m_bucket;
    QLabel *m_objectLabel;
    QLineEdit *m_object;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QCheckBox *m_quick;
    QString m_suggestedObject; // the object name last suggested (follows the format until edited)
};
