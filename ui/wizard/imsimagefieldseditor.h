#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include "create/imsfields.h"

class InlineMessage;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class TagEditor;

/// The fields IMS methods 1, 3 and 4 share (name, description, min/max memory, enterprise
/// project, tags), each with its message under it. A page adds its own rows to form() and
/// places tagsBox() where it fits. Object names: imsName, imsNameMessage, imsDescription,
/// imsDescriptionMessage, imsMinRam, imsMaxRam, imsRamMessage, imsEnterpriseProject.
class ImsImageFieldsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImsImageFieldsEditor)
public:
    explicit ImsImageFieldsEditor(QWidget *parent = nullptr);

    ImsImageFields fields() const;
    void setFields(const ImsImageFields &fields);

    QFormLayout *form() const { return m_form; }
    QGroupBox *tagsBox() const { return m_tagsBox; }
    TagEditor *tagEditor() const { return m_tags; }
    QLineEdit *nameEdit() const { return m_name; }
    InlineMessage *nameMessage() const { return m_nameMessage; }
    /// Whether the operator typed in the name field (an empty untouched name is not an error
    /// to greet them with).
    bool nameTouched() const { return m_nameTouched; }
    /// The API fields each message answers for (for MethodFormPage::bindMessage).
    QList<QPair<QString, InlineMessage *>> messages() const;
    /// Messages of the tag rows, shown by the tag editor itself.
    QStringList tagMessages() const;

    /// A field with its message right under it, for a QFormLayout row: the message keeps its
    /// row while empty and is the field's accessible description while shown.
    static QWidget *withMessage(QWidget *field, InlineMessage *message, QWidget *parent);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QFormLayout *m_form = nullptr;
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
    bool m_nameTouched = false;
};
