#pragma once

#include <QPointer>

#include "create/imsmethodrequests.h"
#include "wizard/methodformpage.h"
#include "wizard/volumepicker.h"

class CloudSession;
class ImsImageFieldsEditor;
class InlineMessage;
class OsVersionPicker;
class QComboBox;
class QGroupBox;
class QLabel;

/// Method 4, IMS system disk image from a data disk (seed 004): the disk (a volume picker: an
/// available or attached data disk, not an ECS's system disk), the OS version (mandatory: IMS
/// cannot check the OS on a data disk), the image type (ECS by default), and the shared image
/// fields, with the document's constraint shown: the disk must hold an installed, optimized OS.
class ImsDataDiskPage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImsDataDiskPage)
public:
    explicit ImsDataDiskPage(CloudSession *session, QWidget *parent = nullptr);

    ImsDataDiskRequest request() const;
    void setRequest(const ImsDataDiskRequest &request);
    ImsImageFieldsEditor *fieldsEditor() const { return m_fields; }
    VolumePicker *volumePicker() const { return m_picker; }
    OsVersionPicker *osVersionPicker() const { return m_osVersion; }
    InlineMessage *osVersionMessage() const { return m_osVersionMessage; }
    QComboBox *typeCombo() const { return m_type; }

    /// Which volumes IMS takes for a system disk image (seed 004; IMS answers "The disk in the
    /// current state cannot be used"): available or in-use, never an ECS's system disk; a disk
    /// not marked bootable gets a note to check an OS is installed.
    static VolumePicker::Verdict verdict(const CinderVolume &volume);

    void initializePage() override;

private:
    void retranslateUi() override;
    void revalidate() override;

    QPointer<CloudSession> m_session;
    ImsImageFieldsEditor *m_fields = nullptr;
    QLabel *m_osVersionLabel = nullptr;
    OsVersionPicker *m_osVersion = nullptr;
    InlineMessage *m_osVersionMessage = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    InlineMessage *m_typeMessage = nullptr;
    InlineMessage *m_notes = nullptr;
    InlineMessage *m_otherMessage = nullptr;
    QGroupBox *m_volumeBox = nullptr;
    VolumePicker *m_picker = nullptr;
    bool m_osVersionsLoaded = false;
};
