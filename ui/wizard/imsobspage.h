#pragma once

#include <QGroupBox>
#include <QList>
#include <QPointer>

#include "create/imsmethodrequests.h"
#include "wizard/methodformpage.h"

class CloudSession;
class ImsImageFieldsEditor;
class InlineMessage;
class ObsBucketPicker;
class ObsObjectPicker;
class OsVersionPicker;
class QCheckBox;
class QComboBox;

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;
class TagEditor;

/// One data disk of an OBS image file (seed 004 Table 2): its file, minimum size, optional
/// name and description, quick import and tags, each with its message.
class ObsDataDiskEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsDataDiskEditor)
public:
    explicit ObsDataDiskEditor(QWidget *parent = nullptr);

    ImsObsFileRequest::DataDisk disk() const;
    void setDisk(const ImsObsFileRequest::DataDisk &disk);
    void setNumber(int number); // 1-based, for the title
    /// Shows the errors whose fields start with `prefix` ("data_images[1].") at their fields.
    void showErrors(const FieldErrors &errors, const QString &prefix);
    QLineEdit *imageUrlEdit() const { return m_imageUrl; }
    QSpinBox *minDiskSpin() const { return m_minDisk; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_number = 1;
    QLabel *m_imageUrlLabel = nullptr;
    QLineEdit *m_imageUrl = nullptr;
    InlineMessage *m_imageUrlMessage = nullptr;
    QLabel *m_minDiskLabel = nullptr;
    QSpinBox *m_minDisk = nullptr;
    InlineMessage *m_minDiskMessage = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    InlineMessage *m_nameMessage = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_description = nullptr;
    InlineMessage *m_descriptionMessage = nullptr;
    QCheckBox *m_quickImport = nullptr;
    TagEditor *m_tags = nullptr;
    InlineMessage *m_otherMessage = nullptr;
    QPushButton *m_remove = nullptr;
};

/// Method 3, IMS image from an external image file in an OBS bucket (seeds 004/002): the file
/// as bucket:file, picked from the profile's buckets (ObsBucketPicker: the ones IMS cannot use
/// disabled with the reason) and the chosen bucket's objects (ObsObjectPicker), or typed (the
/// field stays editable: a bucket whose objects cannot be listed, a cloud without OBS listing), the system disk's minimum size (40–255 GB), OS type and version (mandatory
/// for an ISO file and for a quick import), automatic configuration, encryption key, quick
/// import, the shared image fields, and up to three data disks from files of their own.
class ImsObsPage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImsObsPage)
public:
    explicit ImsObsPage(CloudSession *session, QWidget *parent = nullptr);

    ImsObsFileRequest request() const;
    void setRequest(const ImsObsFileRequest &request);

    ImsImageFieldsEditor *fieldsEditor() const { return m_fields; }
    QLineEdit *imageUrlEdit() const { return m_imageUrl; }
    InlineMessage *imageUrlMessage() const { return m_imageUrlMessage; }
    ObsBucketPicker *bucketPicker() const { return m_buckets; }
    ObsObjectPicker *objectPicker() const { return m_objects; }
    QSpinBox *minDiskSpin() const { return m_minDisk; }
    OsVersionPicker *osVersionPicker() const { return m_osVersion; }
    InlineMessage *osVersionMessage() const { return m_osVersionMessage; }
    QCheckBox *quickImportBox() const { return m_quickImport; }
    QPushButton *addDataDiskButton() const { return m_addDisk; }
    const QList<ObsDataDiskEditor *> &dataDiskEditors() const { return m_disks; }

    void initializePage() override;

private:
    void retranslateUi() override;
    void revalidate() override;
    ObsDataDiskEditor *addDataDisk();
    void removeDataDisk(ObsDataDiskEditor *editor);

    void objectChosen(const QString &bucket, const QString &key);

    QPointer<CloudSession> m_session;
    ImsImageFieldsEditor *m_fields = nullptr;
    QLabel *m_bucketLabel = nullptr;
    ObsBucketPicker *m_buckets = nullptr;
    QLabel *m_objectLabel = nullptr;
    ObsObjectPicker *m_objects = nullptr;
    QLabel *m_imageUrlLabel = nullptr;
    QLineEdit *m_imageUrl = nullptr;
    InlineMessage *m_imageUrlMessage = nullptr;
    QLabel *m_minDiskLabel = nullptr;
    QSpinBox *m_minDisk = nullptr;
    InlineMessage *m_minDiskMessage = nullptr;
    QLabel *m_osTypeLabel = nullptr;
    QComboBox *m_osType = nullptr;
    InlineMessage *m_osTypeMessage = nullptr;
    QLabel *m_osVersionLabel = nullptr;
    OsVersionPicker *m_osVersion = nullptr;
    InlineMessage *m_osVersionMessage = nullptr;
    QCheckBox *m_isConfig = nullptr;
    QCheckBox *m_quickImport = nullptr;
    QLabel *m_cmkLabel = nullptr;
    QLineEdit *m_cmkId = nullptr;
    InlineMessage *m_notes = nullptr;
    QGroupBox *m_disksBox = nullptr;
    QVBoxLayout *m_disksLayout = nullptr;
    QPushButton *m_addDisk = nullptr;
    InlineMessage *m_disksMessage = nullptr;
    QList<ObsDataDiskEditor *> m_disks;
    InlineMessage *m_otherMessage = nullptr;
    bool m_osVersionsLoaded = false;
};
