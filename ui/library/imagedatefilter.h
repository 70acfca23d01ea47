#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QWidget>

#include "library/createdrange.h"

class InlineMessage;
class QComboBox;
class QDateEdit;
class QLabel;

/// The Images tab's creation-date filter: "Created: any time / in the last 7, 30 or 90 days /
/// between two days" (the two days are local calendar days, both included, in two date
/// fields shown for that choice). range() gives the CreatedRange to list with; a range whose
/// first day is after its last is refused under the fields (nothing is listed again).
class ImageDateFilter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDateFilter)
public:
    enum Choice
    {
        AnyTime,
        Last7Days,
        Last30Days,
        Last90Days,
        Between
    };

    explicit ImageDateFilter(QWidget *parent = nullptr);

    QComboBox *choiceBox() const { return m_choice; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    InlineMessage *message() const { return m_message; }
    /// Picks a choice (as the operator would; changed() follows).
    void setChoice(Choice choice);
    Choice choice() const;

    /// The range of the choice at now() (Between: the two days); nullopt when the two days are
    /// the wrong way round, with the message shown under them.
    std::optional<CreatedRange> range();

    /// The clock the "last N days" choices count from (tests); by default the current time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

Q_SIGNALS:
    /// The choice or one of the two days changed: list again.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFields();

    QLabel *m_label;
    QComboBox *m_choice;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
    InlineMessage *m_message;
    std::function<QDateTime()> m_clock;
};
