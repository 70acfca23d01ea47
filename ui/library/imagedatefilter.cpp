#include "library/imagedatefilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

ImageDateFilter::ImageDateFilter(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_dash(new QLabel(u"–"_s, this))
    , m_to(new QDateEdit(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"imageDateFilter"_s);
    m_label->setObjectName(u"imageCreatedLabel"_s);
    m_choice->setObjectName(u"imageCreatedChoice"_s);
    m_from->setObjectName(u"imageCreatedFrom"_s);
    m_to->setObjectName(u"imageCreatedTo"_s);
    m_message->setObjectName(u"imageCreatedMessage"_s);
    m_label->setBuddy(m_choice);
    m_message->setField(m_from);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMaximumDate(QDate(2099, 12, 31));
        edit->setDisplayFormat(u"yyyy-MM-dd"_s); // ISO: one width in every language
    }
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_choice);
    row->addWidget(m_from);
    row->addWidget(m_dash);
    row->addWidget(m_to);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_message);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        Q_EMIT changed();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (choice() == Between)
                Q_EMIT changed();
        });
    }
    retranslateUi();
    updateFields();
}

void ImageDateFilter::setChoice(Choice choice)
{
    m_choice->setCurrentIndex(int(choice));
}

ImageDateFilter::Choice ImageDateFilter::choice() const
{
    return Choice(std::max(0, m_choice->currentIndex()));
}

std::optional<CreatedRange> ImageDateFilter::range()
{
    const QDateTime now = this->now();
    m_message->clearMessage();
    switch (choice()) {
    case AnyTime:
        return CreatedRange{};
    case Last7Days:
        return CreatedRange::lastDays(7, now);
    case Last30Days:
        return CreatedRange::lastDays(30, now);
    case Last90Days:
        return CreatedRange::lastDays(90, now);
    case Between:
        break;
    }
    const CreatedRange range = CreatedRange::localDays(m_from->date(), m_to->date());
    if (const QString problem = range.problem(); !problem.isEmpty()) {
        m_message->showError(problem);
        m_message->reveal(); // the operator just changed a day: say it now
        return std::nullopt;
    }
    return range;
}

void ImageDateFilter::updateFields()
{
    const bool between = choice() == Between;
    m_from->setVisible(between);
    m_dash->setVisible(between);
    m_to->setVisible(between);
    if (!between)
        m_message->clearMessage();
}

void ImageDateFilter::retranslateUi()
{
    const int current = m_choice->currentIndex();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItem(tr("Any time"));
    m_choice->addItem(tr("In the last 7 days"));
    m_choice->addItem(tr("In the last 30 days"));
    m_choice->addItem(tr("In the last 90 days"));
    m_choice->addItem(tr("Between two days…"));
    m_choice->setCurrentIndex(std::max(0, current));
    //: The label of the creation-date filter of the image list
    m_label->setText(tr("Crea&ted:"));
    m_choice->setToolTip(tr("Show only images created in this time (the cloud filters)"));
    //: Accessible name of the first day of the creation-date filter
    m_from->setAccessibleName(tr("Created on or after"));
    //: Accessible name of the last day of the creation-date filter
    m_to->setAccessibleName(tr("Created on or before"));
    m_from->setToolTip(tr("The first day (included)"));
    m_to->setToolTip(tr("The last day (included)"));
}

void ImageDateFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
