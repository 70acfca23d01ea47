#include "widgets/keyvalueeditor.h"

#include <algorithm>
#include <utility>

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/inlinemessage.h"
#include "widgets/mnemonic.h"

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    KeyColumn,
    ValueColumn
};

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}
} // namespace

KeyValueEditor::KeyValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_texts([] {
        return Texts{tr("Key", "metadata key"),
            tr("Value", "metadata value"),
            tr("&Add Item"),
            tr("Remo&ve Item"),
            //: Validation of a key/value row. %1 = row number in the table, %2 = the message
            tr("Row %1: %2")};
    })
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"keyValueTable"_s);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addKeyValueButton"_s);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(u"removeKeyValueButton"_s);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"keyValueMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tableRow);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addRow({}, {}, true); });
    connect(m_removeButton, &QPushButton::clicked, this, &KeyValueEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeButton->setEnabled(!m_table->selectedItems().isEmpty());
    });

    m_removeButton->setEnabled(false);
    retranslateUi();
}

QList<KeyValueEditor::Item> KeyValueEditor::items() const
{
    QList<Item> result;
    for (int row : itemRows())
        result.append({cellText(m_table, row, KeyColumn), cellText(m_table, row, ValueColumn)});
    return result;
}

void KeyValueEditor::setItems(const QList<Item> &items)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    m_table->setRowCount(0);
    for (const Item &item : items)
        addRow(item.first, item.second);
    m_updating = wasUpdating;
    Q_EMIT changed();
}

void KeyValueEditor::addRow(const QString &key, const QString &value, bool edit)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(key));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    m_updating = wasUpdating;
    if (edit) {
        m_table->setCurrentCell(row, KeyColumn);
        m_table->editItem(m_table->item(row, KeyColumn));
    }
    if (!m_updating && (!key.isEmpty() || !value.isEmpty()))
        Q_EMIT changed(); // an empty row changes nothing that is sent
}

int KeyValueEditor::rowCount() const
{
    return m_table->rowCount();
}

FieldErrors KeyValueEditor::setErrors(const FieldErrors &errors, const QString &prefix)
{
    const QList<int> rows = itemRows();
    const QRegularExpression fieldRe(
        u"^"_s + QRegularExpression::escape(prefix) + u"\\[(\\d+)\\]\\.(key|value)$"_s);
    FieldErrors unplaced;
    const Texts texts = m_texts();
    QStringList lines;
    QHash<QPair<int, int>, QString> cellErrors; // (table row, column) -> message
    for (const FieldError &e : errors) {
        const QRegularExpressionMatch m = fieldRe.match(e.field);
        const int index = m.hasMatch() ? m.captured(1).toInt() : -1;
        if (index < 0 || index >= rows.size()) {
            unplaced.append(e);
            continue;
        }
        const int row = rows.at(index);
        const int column = m.captured(2) == u"key" ? KeyColumn : ValueColumn;
        cellErrors.insert({row, column}, e.message);
        lines.append(texts.rowError.arg(QString::number(row + 1), e.message));
    }
    m_errorCount = int(lines.size());

    const bool wasUpdating = std::exchange(m_updating, true);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {KeyColumn, ValueColumn}) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item)
                continue;
            const QString message = cellErrors.value({row, column});
            item->setToolTip(message);
            item->setIcon(message.isEmpty() ? QIcon() : warning);
        }
    }
    m_updating = wasUpdating;
    m_message->showError(lines.join(u'\n'));
    return unplaced;
}

void KeyValueEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the owner re-validates: the messages come translated from the core
    QWidget::changeEvent(event);
}

void KeyValueEditor::setTexts(std::function<Texts()> texts)
{
    m_texts = std::move(texts);
    retranslateUi();
}

void KeyValueEditor::setMnemonicsShown(bool shown)
{
    m_mnemonics = shown;
    retranslateUi();
}

void KeyValueEditor::retranslateUi()
{
    const Texts texts = m_texts();
    m_table->setHorizontalHeaderLabels({texts.keyHeader, texts.valueHeader});
    m_addButton->setText(m_mnemonics ? texts.addButton : Mnemonic::strip(texts.addButton));
    m_removeButton->setText(m_mnemonics ? texts.removeButton : Mnemonic::strip(texts.removeButton));
}

QList<int> KeyValueEditor::itemRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!cellText(m_table, row, KeyColumn).isEmpty()
            || !cellText(m_table, row, ValueColumn).isEmpty())
            rows.append(row);
    }
    return rows;
}

void KeyValueEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    Q_EMIT changed();
}
