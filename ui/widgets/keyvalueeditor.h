#pragma once

#include <functional>

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include "create/fielderror.h"

class InlineMessage;
class QPushButton;
class QTableWidget;

/// Plain key/value rows (Nova image metadata, ...): add and remove rows, edit in place. The
/// rules live in the core: the page validates items() and hands the messages back with
/// setErrors(), which marks the cells they are about and lists them under the table. Rows left
/// entirely empty are ignored.
class KeyValueEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueEditor)
public:
    using Item = QPair<QString, QString>; // key, value

    /// The visible words, so an owner (TagEditor) can name the rows in its own terms and its
    /// own translation context.
    struct Texts
    {
        QString keyHeader;
        QString valueHeader;
        QString addButton;
        QString removeButton;
        QString rowError; // "%1" = row number, "%2" = the message
    };

    explicit KeyValueEditor(QWidget *parent = nullptr);

    /// Called on construction and on every language change; unset: metadata wording.
    void setTexts(std::function<Texts()> texts);
    /// Off in an editor repeated on one page (their Alt+letters would clash): no mnemonics.
    void setMnemonicsShown(bool shown);

    /// The rows that hold something, in table order.
    QList<Item> items() const;
    void setItems(const QList<Item> &items);
    /// Appends a row (and starts editing its key when `edit` is set).
    void addRow(const QString &key = {}, const QString &value = {}, bool edit = false);
    int rowCount() const;
    QTableWidget *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }

    /// Shows the errors whose field is "<prefix>[i].key" / "<prefix>[i].value" (i an index into
    /// items()) at their cell and under the table. Returns the errors it did not place.
    FieldErrors setErrors(const FieldErrors &errors, const QString &prefix);
    bool hasErrors() const { return m_errorCount > 0; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void removeSelectedRows();
    QList<int> itemRows() const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    InlineMessage *m_message = nullptr;
    std::function<Texts()> m_texts;
    int m_errorCount = 0;
    bool m_updating = false;
    bool m_mnemonics = true;
};
