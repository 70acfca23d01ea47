#pragma once

#include <QList>
#include <QPointer>

#include "create/imsmethodrequests.h"
#include "model/cindervolume.h"
#include "wizard/methodformpage.h"

class CloudSession;
class InlineMessage;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class ServerPicker;
class TagEditor;

/// Method 2, IMS data disk images from an ECS's data disks (seed 004 Table 1): pick the ECS,
/// then tick the data disks to image, each with its own image name and description; the tags
/// apply to every image. The ECS's system disk is listed but cannot be ticked (method 1 makes
/// its image). No instance_id is sent (seed 004: "You cannot specify instance_id").
class ImsDataDisksPage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImsDataDisksPage)
public:
    enum Column
    {
        Column_Use,
        Column_Device,
        Column_Size,
        Column_Volume,
        Column_ImageName,
        Column_Description,
        ColumnCount
    };

    explicit ImsDataDisksPage(CloudSession *session, QWidget *parent = nullptr);

    ImsDataDisksRequest request() const;
    ServerPicker *serverPicker() const { return m_picker; }
    QTableWidget *diskTable() const { return m_table; }
    TagEditor *tagEditor() const { return m_tags; }
    InlineMessage *disksMessage() const { return m_disksMessage; }
    bool isLoadingDisks() const { return m_pendingVolumes > 0; }
    /// Why a volume attached to the ECS cannot be imaged by this method, or nothing.
    static std::optional<QString> unusableReason(
        const CinderVolume &volume, const QString &serverId);

Q_SIGNALS:
    void disksLoaded(int count);

private:
    void retranslateUi() override;
    void revalidate() override;
    void loadDisks();
    void addDiskRow(const CinderVolume &volume);
    QString deviceOf(const CinderVolume &volume) const;

    QPointer<CloudSession> m_session;
    QString m_serverId;
    int m_generation = 0;
    int m_pendingVolumes = 0;
    QGroupBox *m_serverBox = nullptr;
    ServerPicker *m_picker = nullptr;
    QGroupBox *m_disksBox = nullptr;
    QLabel *m_disksStatus = nullptr;
    QTableWidget *m_table = nullptr;
    InlineMessage *m_disksMessage = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLineEdit *m_enterpriseProject = nullptr;
    QGroupBox *m_tagsBox = nullptr;
    TagEditor *m_tags = nullptr;
    InlineMessage *m_otherMessage = nullptr;
};
