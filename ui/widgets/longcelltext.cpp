#include "widgets/longcelltext.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QHeaderView>
#include <QHelpEvent>
#include <QIcon>
#include <QStyle>
#include <QTableView>
#include <QToolTip>

LongCellText::LongCellText(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void LongCellText::install(QAbstractItemView *view)
{
    new LongCellText(view);
}

bool LongCellText::isElided(const QAbstractItemView *view, const QModelIndex &index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    // What QStyledItemDelegate leaves for the text: the cell less its margins and any icon.
    const QStyle *style = view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int available = view->visualRect(index).width() - 2 * margin;
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.isValid() && !decoration.isNull()) {
        const int icon = view->iconSize().isValid()
            ? view->iconSize().width()
            : style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        available -= icon + 2 * margin;
    }
    const QVariant font = index.data(Qt::FontRole);
    const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : view->font());
    const QString firstLine = text.section(u'\n', 0, 0);
    return metrics.horizontalAdvance(firstLine) > available || firstLine.size() < text.size();
}

void LongCellText::fitColumns(QTableView *view, int maxWidth)
{
    const int last = view->model() ? view->model()->columnCount() - 1 : -1;
    for (int column = 0; column < last; ++column) {
        if (view->isColumnHidden(column))
            continue;
        // QAbstractItemView's public entry to QTableView's protected override.
        const QAbstractItemView *items = view;
        const int content = std::max(
            items->sizeHintForColumn(column), view->horizontalHeader()->sectionSizeHint(column));
        view->setColumnWidth(
            column, std::max(view->columnWidth(column), std::min(content, maxWidth)));
    }
}

bool LongCellText::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return QObject::eventFilter(watched, event); // the model's own tooltip
    if (isElided(m_view, index)) {
        QToolTip::showText(help->globalPos(),
            index.data(Qt::DisplayRole).toString(),
            m_view->viewport(),
            m_view->visualRect(index));
    } else {
        QToolTip::hideText();
        event->ignore();
    }
    return true;
}
