#include "monitor/statedelegate.h"

#include <QApplication>
#include <QStyle>

#include "jobs/jobtablemodel.h"

StateDelegate::StateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QIcon StateDelegate::iconFor(JobState state, const QStyle *style)
{
    switch (state) {
    case JobState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case JobState::NeedsAttention:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    default:
        return {};
    }
}

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(JobTableModel::StateRole);
    if (!state.isValid())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const QIcon icon = iconFor(JobState(state.toInt()), style);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (!option->decorationSize.isValid()) {
        const int extent = style->pixelMetric(QStyle::PM_SmallIconSize);
        option->decorationSize = QSize(extent, extent);
    }
}
