#include "widgets/tageditor.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/inlinemessage.h"
#include "widgets/keyvalueeditor.h"

using namespace Qt::StringLiterals;

KeyValueEditor::Texts TagEditor::tableTexts()
{
    return KeyValueEditor::Texts{tr("Key", "tag key"),
        tr("Value", "tag value"),
        tr("&Add Tag"),
        tr("Re&move Tag"),
        //: Tag validation. %1 = row number in the tag table, %2 = the message for that row
        tr("Row %1: %2")};
}

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
{
    m_rows = new KeyValueEditor(this);
    m_rows->table()->setObjectName(u"tagTable"_s);
    m_rows->setTexts(&TagEditor::tableTexts);

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

    // Messages the rows cannot show at a cell (none today: every tag error names its row).
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
    layout->addWidget(m_rows);
    layout->addLayout(formRow);
    layout->addWidget(m_message);
    layout->addWidget(m_preview);

    connect(m_rows, &KeyValueEditor::changed, this, &TagEditor::revalidate);
    connect(m_formGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            revalidate();
    });

    retranslateUi();
    revalidate();
}

QTableWidget *TagEditor::table() const
{
    return m_rows->table();
}

TagSet TagEditor::tags() const
{
    TagSet set;
    for (const KeyValueEditor::Item &item : m_rows->items())
        set.append(item.first, item.second);
    return set;
}

void TagEditor::setTags(const TagSet &tags)
{
    QList<KeyValueEditor::Item> items;
    for (const TagSet::Tag &t : tags.tags())
        items.append({t.key, t.value});
    m_rows->setItems(items); // changed() → revalidate()
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
    m_rows->addRow(key, value, edit);
}

int TagEditor::rowCount() const
{
    return m_rows->rowCount();
}

void TagEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate(); // the messages come translated from the core
    }
    QWidget::changeEvent(event);
}

void TagEditor::setMnemonicsShown(bool shown)
{
    m_rows->setMnemonicsShown(shown);
}

void TagEditor::retranslateUi()
{
    m_formLabel->setText(tr("Send as:"));
    m_imageTagsRadio->setText(tr("image_tags (key/value objects)"));
    m_tagsRadio->setText(tr("tags (\"key.value\" strings)"));
}

void TagEditor::revalidate()
{
    const TagSet set = tags();
    m_errors = set.validate(u"tags"_s);
    QStringList unplaced;
    for (const FieldError &e : m_rows->setErrors(m_errors, u"tags"_s))
        unplaced.append(e.message);
    m_message->showError(unplaced.join(u'\n'));

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
