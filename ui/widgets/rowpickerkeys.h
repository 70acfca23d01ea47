#pragma once

#include <QObject>

class QAbstractItemView;

/// Makes a single-selection list of rows choosable from the keyboard: Enter (or Return) selects
/// the current row when it is not selected yet (and is consumed then, so a dialog's default
/// button is not pressed in the same stroke); the arrow keys move the selection with the current
/// row. Owned by the view.
class RowPickerKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowPickerKeys)
public:
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RowPickerKeys(QAbstractItemView *view);

    QAbstractItemView *m_view;
};
