#pragma once

#include <QDialog>
#include <QPointer>

#include "cloud/cloudprofile.h"
#include "library/imageproperties.h"
#include "library/libraryimage.h"

class CloudSession;
class InlineMessage;
class KeyValueEditor;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

/// "Edit Image…" of the image library: the properties the image's API lets an operator change
/// (IMS: name, description, minimum and maximum memory, tags; Glance: name, description, minimum
/// memory and disk, protection, tags). Every rule is checked before anything is sent, each
/// message at its field (ImageEdit::validate); Save sends only what changed (ImageEditRun) and
/// keeps the dialog open with the cloud's refusal and everything typed when it is refused. On
/// success edited() carries the image as the cloud has it now.
class ImageEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageEditDialog)
public:
    ImageEditDialog(
        CloudSession *session, ImageApi api, const LibraryImage &image, QWidget *parent = nullptr);

    /// What the fields hold now.
    ImageProperties properties() const;
    /// Checks the fields and shows every message at its field; true when Save may send.
    bool check();
    /// Checks, then sends the change (what Save does). False when nothing was sent.
    bool save();
    bool isSaving() const { return m_saving; }
    /// While the change is on its way the dialog stays: its answer must reach the list.
    void reject() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QSpinBox *minRamEdit() const { return m_minRam; }
    QSpinBox *maxRamEdit() const { return m_maxRam; }
    QSpinBox *minDiskEdit() const { return m_minDisk; }
    QCheckBox *protectedBox() const { return m_protected; }
    KeyValueEditor *tagEditor() const { return m_tags; }
    InlineMessage *nameMessage() const { return m_nameMessage; }
    InlineMessage *generalMessage() const { return m_general; }

Q_SIGNALS:
    void edited(const LibraryImage &image);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setSaving(bool on);
    InlineMessage *messageFor(const QString &field) const;

    QPointer<CloudSession> m_session;
    ImageApi m_api;
    CloudFamily m_family;
    LibraryImage m_image;
    bool m_saving = false;

    QLabel *m_heading = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    InlineMessage *m_nameMessage = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_description = nullptr;
    InlineMessage *m_descriptionMessage = nullptr;
    QLabel *m_minRamLabel = nullptr;
    QSpinBox *m_minRam = nullptr;
    QLabel *m_maxRamLabel = nullptr;
    QSpinBox *m_maxRam = nullptr;
    InlineMessage *m_ramMessage = nullptr;
    QLabel *m_minDiskLabel = nullptr;
    QSpinBox *m_minDisk = nullptr;
    InlineMessage *m_minDiskMessage = nullptr;
    QCheckBox *m_protected = nullptr;
    QLabel *m_tagsLabel = nullptr;
    KeyValueEditor *m_tags = nullptr;
    InlineMessage *m_general = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
