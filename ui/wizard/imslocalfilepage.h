#pragma once

#include <functional>

#include <QPointer>

#include "create/requestfile.h"
#include "wizard/methodformpage.h"

class CloudSession;
class ImsImageFieldsEditor;
class InlineMessage;
class ObsBucketPicker;
class OsVersionPicker;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// Method 8, a local image file via OBS (issue 14; request method ims-local-file): the file
/// (its format read from its header and a disagreement with its name said at the field, with the
/// import's size limits), the OBS bucket from the profile's list (ObsBucketPicker: the ones IMS
/// cannot use are disabled with the reason), the object name (default: the file's name; OBS's
/// rules checked here), whether to keep the object after the import, then method 3's image
/// fields (ImsImageFieldsEditor and the import's own) and, for a quick import of a RAW file,
/// its bitmap file (.mf; by default NAME.mf beside the file). Every rule is the core's
/// (LocalFileRequest, the IMS rules of method 3), each message at its field.
class ImsLocalFilePage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImsLocalFilePage)
public:
    /// Asks for the image file: (parent, caption, folder) → chosen path, empty when cancelled.
    /// A test seam; by default QFileDialog::getOpenFileName.
    using FileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &dir)>;
    static void setFileChooser(FileChooser chooser);

    explicit ImsLocalFilePage(CloudSession *session, QWidget *parent = nullptr);

    /// The request file of what the page holds (method ims-local-file; params.file absolute).
    RequestFile requestFile() const;
    QString filePath() const;
    void setFilePath(const QString &path);

    ImsImageFieldsEditor *fieldsEditor() const { return m_fields; }
    QLineEdit *fileEdit() const { return m_file; }
    InlineMessage *fileMessage() const { return m_fileMessage; }
    InlineMessage *fileInfo() const { return m_fileInfo; }
    ObsBucketPicker *bucketPicker() const { return m_buckets; }
    InlineMessage *bucketMessage() const { return m_bucketMessage; }
    QLineEdit *objectEdit() const { return m_object; }
    InlineMessage *objectMessage() const { return m_objectMessage; }
    QCheckBox *keepObjectBox() const { return m_keepObject; }
    QSpinBox *minDiskSpin() const { return m_minDisk; }
    OsVersionPicker *osVersionPicker() const { return m_osVersion; }
    QCheckBox *quickImportBox() const { return m_quickImport; }
    QLineEdit *bitmapEdit() const { return m_bitmap; }
    QPushButton *bitmapBrowseButton() const { return m_bitmapBrowse; }
    InlineMessage *bitmapMessage() const { return m_bitmapMessage; }
    QPushButton *browseButton() const { return m_browse; }

    void initializePage() override;

private:
    void retranslateUi() override;
    void revalidate() override;
    /// The file dialog, or the test seam when one is set.
    QString askForFile(const QString &caption, const QString &dir, const QString &filter);
    void chooseFile();
    void chooseBitmap();
    void fileChanged();
    QJsonObject body() const;

    QPointer<CloudSession> m_session;
    ImsImageFieldsEditor *m_fields = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    InlineMessage *m_fileMessage = nullptr;
    InlineMessage *m_fileInfo = nullptr; // the format read from the file, the size limits
    QLabel *m_bucketLabel = nullptr;
    ObsBucketPicker *m_buckets = nullptr;
    InlineMessage *m_bucketMessage = nullptr;
    QLabel *m_objectLabel = nullptr;
    QLineEdit *m_object = nullptr;
    InlineMessage *m_objectMessage = nullptr;
    QCheckBox *m_keepObject = nullptr;
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
    // A RAW quick import's bitmap file (empty: NAME.mf beside the file); enabled when needed.
    QLabel *m_bitmapLabel = nullptr;
    QLineEdit *m_bitmap = nullptr;
    QPushButton *m_bitmapBrowse = nullptr;
    InlineMessage *m_bitmapMessage = nullptr;
    QLabel *m_cmkLabel = nullptr;
    QLineEdit *m_cmkId = nullptr;
    InlineMessage *m_notes = nullptr;
    InlineMessage *m_otherMessage = nullptr;
    bool m_objectEdited = false; // the operator typed an object name: the file no longer sets it
    bool m_loaded = false;
};
