#include "monitor/progressdelegate.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include "jobs/jobrecord.h"
#include "jobs/jobtablemodel.h"

namespace {
bool isActive(const QModelIndex &index)
{
    QVariant state = index.data(JobTableModel::StateRole);
    if (!state.isValid())
        state = index.siblingAtColumn(JobTableModel::State).data(JobTableModel::StateRole);
    if (!state.isValid())
        return false;
    const auto s = JobState(state.toInt());
    return s == JobState::Submitting || s == JobState::Running;
}
} // namespace

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ProgressDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isActive(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int progress = index.data(JobTableModel::ProgressRole).toInt();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.palette = option.palette;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.state = option.state | QStyle::State_Horizontal; // Qt 6 needs this
    bar.minimum = 0;
    bar.maximum = progress < 0 ? 0 : 100; // 0..0 draws a busy bar
    bar.progress = std::clamp(progress, 0, 100);
    bar.text = index.data(Qt::DisplayRole).toString(); // already translated by the model
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;

    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, option.widget);
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}
