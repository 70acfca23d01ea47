#pragma once

#include <QList>
#include <QWidget>

#include "create/fielderror.h"
#include "create/tagset.h"
#include "widgets/keyvalueeditor.h"

class InlineMessage;
class KeyValueEditor;
class QButtonGroup;
class QLabel;
class QRadioButton;
class QTableWidget;

/// Image tags as key/value rows (a KeyValueEditor) with per-row validation (TagSet::validate),
/// the choice between IMS `image_tags` objects and `tags` "key.value" strings (never both), and
/// a live preview of what will be sent. Rows left entirely empty are ignored.
class TagEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditor)
public:
    explicit TagEditor(QWidget *parent = nullptr);
    /// The words of a key/value table of tags (also the image library's edit dialog).
    static KeyValueEditor::Texts tableTexts();

    TagSet tags() const;
    void setTags(const TagSet &tags);
    TagSet::ImsForm form() const;
    void setForm(TagSet::ImsForm form);
    /// Appends a row (and starts editing its key when `edit` is set).
    void addRow(const QString &key = {}, const QString &value = {}, bool edit = false);
    int rowCount() const;
    FieldErrors errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }
    QTableWidget *table() const;
    void setMnemonicsShown(bool shown);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void revalidate();

    KeyValueEditor *m_rows = nullptr;
    QLabel *m_formLabel = nullptr;
    QRadioButton *m_imageTagsRadio = nullptr;
    QRadioButton *m_tagsRadio = nullptr;
    QButtonGroup *m_formGroup = nullptr;
    InlineMessage *m_message = nullptr;
    QLabel *m_preview = nullptr;
    FieldErrors m_errors;
};
