#pragma once

#include <QPointer>

#include "create/novacreateimagerequest.h"
#include "wizard/methodformpage.h"

class CloudSession;
class InlineMessage;
class KeyValueEditor;
class QGroupBox;
class QLabel;
class QLineEdit;
class ServerPicker;

/// Method 5, Nova createImage: the server, the image name and optional metadata. The name rule
/// (1–242 bytes of UTF-8) and the metadata rules are checked as the operator types, with each
/// message under its field; the page also says what such an image cannot do (seed 001).
/// Fields: nova.name*, nova.serverId*.
class NovaPage final : public MethodFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NovaPage)
public:
    /// From this size on the name shows how many bytes it uses.
    static constexpr int NameBytesShownFrom = 200;

    explicit NovaPage(CloudSession *session, QWidget *parent = nullptr);

    /// What the operator entered, as the core's request value.
    NovaCreateImageRequest request() const;
    ServerPicker *serverPicker() const { return m_picker; }
    KeyValueEditor *metadataEditor() const { return m_metadata; }
    QLineEdit *nameEdit() const { return m_name; }
    InlineMessage *nameMessage() const { return m_nameMessage; }
    QLabel *constraintsNote() const { return m_note; }

private:
    void retranslateUi() override;
    void revalidate() override;

    QPointer<CloudSession> m_session;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    InlineMessage *m_nameMessage = nullptr;
    QGroupBox *m_metadataBox = nullptr;
    KeyValueEditor *m_metadata = nullptr;
    InlineMessage *m_otherMessage = nullptr;
    QLabel *m_note = nullptr;
    QGroupBox *m_serverBox = nullptr;
    ServerPicker *m_picker = nullptr;
    bool m_nameTouched = false;
};
