#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include "jobs/jobrecord.h"

/// The State column: an icon beside the words for the states that need the operator's eye
/// (failed, needs attention), so they are not told by reading every row; the words stay.
class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateDelegate)
public:
    explicit StateDelegate(QObject *parent = nullptr);

    /// The icon for `state` from `style`; null for the states that need nothing.
    static QIcon iconFor(JobState state, const QStyle *style);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
