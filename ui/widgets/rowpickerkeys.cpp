#include "widgets/rowpickerkeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>

RowPickerKeys::RowPickerKeys(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{ }

void RowPickerKeys::install(QAbstractItemView *view)
{
    view->installEventFilter(new RowPickerKeys(view));
}

bool RowPickerKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool arrow = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down
        || key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown
        || key->key() == Qt::Key_Home || key->key() == Qt::Key_End;
    if (!enter && !arrow)
        return false;
    QItemSelectionModel *selection = m_view->selectionModel();
    if (arrow && !m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0) {
        // The first arrow into a list without a current row lands on its first row.
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
        return key->key() == Qt::Key_Down || key->key() == Qt::Key_Home;
    }
    if (!enter)
        return false;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !(current.flags() & Qt::ItemIsSelectable)
        || selection->isRowSelected(current.row(), current.parent()))
        return false; // nothing to choose: Enter goes on to the dialog (Next)
    selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}
