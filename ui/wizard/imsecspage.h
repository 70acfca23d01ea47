#pragma once

#include <QPointer>

#include "create/imsecsrequest.h"
#include "wizard/methodformpage.h"

class CloudSession;
class ImsImageFieldsEditor;
class InlineMessage;
class QGroupBox;
class QLineEdit;
class ServerPicker;
class TagEditor;

/// Method 1, IMS system disk image from an ECS: name, description, the ECS, tags, min/max RAM
/// and the enterprise project. Every rule of the documents is checked as the operator types,
/// and its message appears under the field it is about; Next stays disabled until all pass.
/// Fields: ims.name, ims.serverId*.
class ImsEcsPage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImsEcsPage)
public:
    explicit ImsEcsPage(CloudSession *session, QWidget *parent = nullptr);

    /// What the operator entered, as the core's request value.
    ImsEcsRequest request() const;
    ServerPicker *serverPicker() const { return m_picker; }
    ImsImageFieldsEditor *fieldsEditor() const { return m_fields; }
    TagEditor *tagEditor() const;
    QLineEdit *nameEdit() const;
    InlineMessage *nameMessage() const;

private:
    void retranslateUi() override;
    void revalidate() override;

    QPointer<CloudSession> m_session;
    ImsImageFieldsEditor *m_fields = nullptr;
    QGroupBox *m_serverBox = nullptr;
    ServerPicker *m_picker = nullptr;
    InlineMessage *m_otherMessage = nullptr;
};
