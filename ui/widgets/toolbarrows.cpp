#include "widgets/toolbarrows.h"

#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <QToolBar>

ToolBarRows::ToolBarRows(QMainWindow *window, QList<QToolBar *> bars)
    : QObject(window)
    , m_window(window)
{
    for (QToolBar *bar : bars) {
        m_bars << bar;
        bar->installEventFilter(this); // its hint changes with its texts
    }
    window->installEventFilter(this);
    schedule();
}

void ToolBarRows::relayout()
{
    m_pending = false;
    const int available = m_window->width();
    int used = 0;
    for (const QPointer<QToolBar> &bar : std::as_const(m_bars)) {
        if (!bar || bar->isHidden())
            continue;
        const int width = bar->sizeHint().width();
        const bool needsRow = used > 0 && used + width > available;
        if (needsRow != m_window->toolBarBreak(bar)) {
            if (needsRow)
                m_window->insertToolBarBreak(bar);
            else
                m_window->removeToolBarBreak(bar);
        }
        used = needsRow ? width : used + width;
    }
}

bool ToolBarRows::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == m_window)
            schedule();
        break;
    case QEvent::LanguageChange:
    case QEvent::LayoutRequest:
    case QEvent::Show:
        schedule();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ToolBarRows::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &ToolBarRows::relayout);
}
