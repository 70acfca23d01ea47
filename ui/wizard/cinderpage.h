#pragma once

#include <optional>

#include <QPointer>

#include "create/cinderuploadrequest.h"
#include "model/cindervolume.h"
#include "wizard/methodformpage.h"

class CloudSession;
class InlineMessage;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class VolumePicker;

/// Method 6, Cinder os-volume_upload_image (seed 000): the volume, the image name, force (only
/// for an attached volume, with the seed's warning to stop the OS first and the note that a
/// cloud may ignore it), disk and container format (raw and bare by default; FJcloud-O takes
/// nothing else), and visibility/protected where the volume API offers microversion 3.1. The
/// seed's notes (Linux and Windows preparation, cloud-init's datasource, FJcloud-O's check of
/// the finished image) are shown on the page. Fields: cinder.name*, cinder.volumeId*.
class CinderPage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CinderPage)
public:
    explicit CinderPage(CloudSession *session, QWidget *parent = nullptr);

    void initializePage() override;

    /// What the operator entered, as the core's request value (with the volume's status).
    CinderUploadRequest request() const;
    VolumePicker *volumePicker() const { return m_picker; }
    QLineEdit *nameEdit() const { return m_name; }
    InlineMessage *nameMessage() const { return m_nameMessage; }
    QCheckBox *forceBox() const { return m_force; }
    QLabel *forceNote() const { return m_forceNote; }
    QComboBox *diskFormatBox() const { return m_diskFormat; }
    QComboBox *containerFormatBox() const { return m_containerFormat; }
    QComboBox *visibilityBox() const { return m_visibility; }
    QCheckBox *protectedBox() const { return m_protected; }
    QLabel *notes() const { return m_notes; }
    /// The volume API's version list once read (nothing before, or when the cloud has none).
    std::optional<VolumeApiVersion> volumeVersion() const { return m_version; }
    bool versionKnown() const { return m_versionKnown; }

private:
    void retranslateUi() override;
    void revalidate() override;
    void discoverVersion();
    void fillFormats();
    CloudFamily family() const;

    QPointer<CloudSession> m_session;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    InlineMessage *m_nameMessage = nullptr;
    QCheckBox *m_force = nullptr;
    QLabel *m_forceNote = nullptr;
    QLabel *m_diskLabel = nullptr;
    QComboBox *m_diskFormat = nullptr;
    QLabel *m_containerLabel = nullptr;
    QComboBox *m_containerFormat = nullptr;
    QLabel *m_visibilityLabel = nullptr;
    QComboBox *m_visibility = nullptr;
    QCheckBox *m_protected = nullptr;
    InlineMessage *m_otherMessage = nullptr;
    QLabel *m_notes = nullptr;
    QGroupBox *m_volumeBox = nullptr;
    VolumePicker *m_picker = nullptr;
    std::optional<VolumeApiVersion> m_version;
    bool m_versionKnown = false;
    bool m_versionAsked = false;
    bool m_nameTouched = false;
};
