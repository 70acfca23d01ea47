#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QToolBar;

/// Keeps a window's top toolbars whole: when the next toolbar does not fit beside the ones
/// before it (a longer language, a narrower window), it starts a new row instead of hiding its
/// actions behind the overflow arrow; when it fits again, it goes back beside them. Looks again
/// after every resize and language change of the window.
class ToolBarRows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolBarRows)
public:
    /// `bars` are in `window`'s top area, in this order. Owned by `window`.
    ToolBarRows(QMainWindow *window, QList<QToolBar *> bars);

    /// Puts the breaks where they belong now.
    void relayout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();

    QMainWindow *m_window;
    QList<QPointer<QToolBar>> m_bars;
    bool m_pending = false;
};
