#include "widgets/tageditor.h"

#include <algorithm>
#include <utility>

#include <QButtonGroup>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/inlinemessage.h"

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

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"tagTable"_s);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addTagButton"_s);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(u"removeTagButton"_s);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);

    m_formLabel = new QLabel(this);
    m_imageTagsRadio = new QRadioButton(this);
    m_imageTagsRadio->setObjectName(u"imageTagsForm"_s);
    m_tagsRadio = new QRadioButton(this);
    m_tagsRadio->setObjectName(u"tagsForm"_s);
    m_formGroup = new QButtonGroup(this);
    m_formGroup->addButton(m_imageTagsRadio, int(TagSet::ImsForm::ImageTags));
    m_formGroup->addButton(m_tagsRadio, int(TagSet::ImsForm::Tags));
    m_imageTagsRadio->setChecked(true);
    auto *formRow = new QHBoxLayout;
    formRow->addWidget(m_formLabel);
    formRow->addWidget(m_imageTagsRadio);
    formRow->addWidget(m_tagsRadio);
    formRow->addStretch(1);

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"tagMessage"_s);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"tagPreview"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tableRow);
    layout->addLayout(formRow);
    layout->addWidget(m_message);
    layout->addWidget(m_preview);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addRow({}, {}, true); });
    connect(m_removeButton, &QPushButton::clicked, this, &TagEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            revalidate();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeButton->setEnabled(!m_table->selectedItems().isEmpty());
    });
    connect(m_formGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            revalidate();
    });

    m_removeButton->setEnabled(false);
    retranslateUi();
    revalidate();
}

TagSet TagEditor::tags() const
{
    TagSet set;
    for (int row : tagRows())
        set.append(cellText(m_table, row, KeyColumn), cellText(m_table, row, ValueColumn));
    return set;
}

void TagEditor::setTags(const TagSet &tags)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const TagSet::Tag &t : tags.tags())
        addRow(t.key, t.value);
    m_updating = false;
    revalidate();
}

TagSet::ImsForm TagEditor::form() const
{
    return m_tagsRadio->isChecked() ? TagSet::ImsForm::Tags : TagSet::ImsForm::ImageTags;
}

void TagEditor::setForm(TagSet::ImsForm form)
{
    (form == TagSet::ImsForm::Tags ? m_tagsRadio : m_imageTagsRadio)->setChecked(true);
}

void TagEditor::addRow(const QString &key, const QString &value, bool edit)
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
    if (!m_updating)
        revalidate();
}

int TagEditor::rowCount() const
{
    return m_table->rowCount();
}

void TagEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate(); // the messages come translated from the core
    }
    QWidget::changeEvent(event);
}

void TagEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Key", "tag key"), tr("Value", "tag value")});
    m_addButton->setText(tr("&Add Tag"));
    m_removeButton->setText(tr("Re&move Tag"));
    m_formLabel->setText(tr("Send as:"));
    m_imageTagsRadio->setText(tr("image_tags (key/value objects)"));
    m_tagsRadio->setText(tr("tags (\"key.value\" strings)"));
}

QList<int> TagEditor::tagRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!cellText(m_table, row, KeyColumn).isEmpty()
            || !cellText(m_table, row, ValueColumn).isEmpty())
            rows.append(row);
    }
    return rows;
}

void TagEditor::revalidate()
{
    const QList<int> rows = tagRows();
    const TagSet set = tags();
    m_errors = set.validate(u"tags"_s);

    static const QRegularExpression fieldRe(u"^tags\\[(\\d+)\\]\\.(key|value)$"_s);
    QStringList lines;
    QHash<QPair<int, int>, QString> cellErrors; // (table row, column) -> message
    for (const FieldError &e : std::as_const(m_errors)) {
        const QRegularExpressionMatch m = fieldRe.match(e.field);
        const int index = m.hasMatch() ? m.captured(1).toInt() : -1;
        if (index < 0 || index >= rows.size()) {
            lines.append(e.message);
            continue;
        }
        const int row = rows.at(index);
        const int column = m.captured(2) == u"key" ? KeyColumn : ValueColumn;
        cellErrors.insert({row, column}, e.message);
        //: Tag validation. %1 = row number in the tag table, %2 = the message for that row
        lines.append(tr("Row %1: %2").arg(QString::number(row + 1), e.message));
    }

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
    if (set.isEmpty()) {
        m_preview->setText(tr("No tags are set."));
    } else {
        const bool plain = form() == TagSet::ImsForm::Tags;
        const QJsonArray array = plain ? set.toImsTags() : set.toImsImageTags();
        const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        //: Preview of the tags in the request. %1 = field name and JSON, e.g. "tags": ["a.b"]
        m_preview->setText(
            tr("Sent as: %1").arg(u'"' + (plain ? u"tags"_s : u"image_tags"_s) + u"\": " + json));
    }
    Q_EMIT changed();
}

void TagEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    revalidate();
}
