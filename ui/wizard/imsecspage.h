#pragma once

#include <QPointer>

#include "create/imsecsrequest.h"
#include "wizard/methodformpage.h"

class CloudSession;
class InlineMessage;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class ServerPicker;
class TagEditor;

/// Method 1, IMS system disk image from an ECS: name, description, the ECS, tags, min/max RAM
/// and the enterprise project. Every rule of the documents is checked as the operator types,
/// and its message appears under the field it is about; Next stays disabled until all pass.
/// Fields: ims.name*, ims.description, ims.serverId*, ims.minRam, ims.maxRam,
/// ims.enterpriseProjectId.
class ImsEcsPage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImsEcsPage)
public:
    explicit ImsEcsPage(CloudSession *session, QWidget *parent = nullptr);

    /// What the operator entered, as the core's request value.
    ImsEcsRequest request() const;
    ServerPicker *serverPicker() const { return m_picker; }
    TagEditor *tagEditor() const { return m_tags; }
    QLineEdit *nameEdit() const { return m_name; }
    InlineMessage *nameMessage() const { return m_nameMessage; }

private:
    void retranslateUi() override;
    void revalidate() override;

    QPointer<CloudSession> m_session;
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
    QLabel *m_projectLabel = nullptr;
    QLineEdit *m_enterpriseProject = nullptr;
    QGroupBox *m_tagsBox = nullptr;
    TagEditor *m_tags = nullptr;
    QGroupBox *m_serverBox = nullptr;
    ServerPicker *m_picker = nullptr;
    InlineMessage *m_otherMessage = nullptr;
    bool m_nameTouched = false;
};
