#pragma once

#include <QObject>

class QAbstractItemView;
class QModelIndex;
class QTableView;

/// Long text in table cells (issue 16): the whole text as the tooltip of a cell the view had to
/// elide, and columns as wide as their content (within a bound) rather than fixed widths that
/// cut longer languages short.
class LongCellText final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongCellText)
public:
    /// A cell whose text is elided shows it whole as its tooltip, unless the model gives a
    /// tooltip of its own (that one is shown as before).
    static void install(QAbstractItemView *view);
    /// Whether the display text of `index` is cut short in `view` now.
    static bool isElided(const QAbstractItemView *view, const QModelIndex &index);
    /// Widens every column but the last to its header and the rows shown, up to `maxWidth`
    /// (never narrower than it is).
    static void fitColumns(QTableView *view, int maxWidth);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit LongCellText(QAbstractItemView *view);

    QAbstractItemView *m_view;
};
