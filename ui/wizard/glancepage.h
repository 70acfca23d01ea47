#pragma once

#include <QPointer>

#include "create/glancecreaterequest.h"
#include "wizard/methodformpage.h"

class CloudSession;
class InlineMessage;
class KeyValueEditor;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// Method 7, Glance: create image metadata (seed 003), then upload a local image file. The
/// fields follow the profile's flavour: Huawei-family clouds (Huawei Cloud, the demo cloud) add
/// the OS version (with the document's default and warning) and take tags as key=value; other
/// clouds take plain tags. Every rule is checked as the operator types, each message under its
/// field. The page also lists what the image states mean (seed 003's descriptions).
class GlancePage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlancePage)
public:
    /// Asks for the image file: (parent, caption, directory) → path, empty when cancelled. A
    /// test seam; by default QFileDialog::getOpenFileName.
    using FileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &dir)>;
    static void setFileChooser(FileChooser chooser);

    explicit GlancePage(CloudSession *session, QWidget *parent = nullptr);

    GlanceCreateRequest request() const;
    QString filePath() const;
    void setFilePath(const QString &path);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *diskFormatBox() const { return m_diskFormat; }
    QSpinBox *minDiskBox() const { return m_minDisk; }
    QLineEdit *osVersionEdit() const { return m_osVersion; }
    KeyValueEditor *tagEditor() const { return m_tags; }
    InlineMessage *message() const { return m_message; }
    InlineMessage *fileMessage() const { return m_fileMessage; }
    QLabel *statesNote() const { return m_states; }

    void initializePage() override;

private:
    void retranslateUi() override;
    void revalidate() override;
    GlanceCreateRequest::Flavour flavour() const;
    void applyFlavour();
    void chooseFile();

    QPointer<CloudSession> m_session;
    GlanceCreateRequest::Flavour m_flavour = GlanceCreateRequest::Flavour::Huawei;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    InlineMessage *m_fileMessage = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_diskFormatLabel = nullptr;
    QComboBox *m_diskFormat = nullptr;
    QLabel *m_containerLabel = nullptr;
    QComboBox *m_container = nullptr;
    QLabel *m_minDiskLabel = nullptr;
    QSpinBox *m_minDisk = nullptr;
    QLabel *m_minRamLabel = nullptr;
    QSpinBox *m_minRam = nullptr;
    QLabel *m_visibilityLabel = nullptr;
    QComboBox *m_visibility = nullptr;
    QCheckBox *m_protected = nullptr;
    QLabel *m_osVersionLabel = nullptr;
    QLineEdit *m_osVersion = nullptr;
    QGroupBox *m_tagsBox = nullptr;
    KeyValueEditor *m_tags = nullptr;
    InlineMessage *m_message = nullptr;
    InlineMessage *m_warning = nullptr;
    QLabel *m_states = nullptr;
};
