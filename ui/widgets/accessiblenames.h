#pragma once

#include <QObject>

class QWidget;

/// Gives every input of a window an accessible name, in the UI language: its label's text (the
/// buddy's label, without the mnemonic and the colon), a check box's or radio button's own text,
/// else its placeholder, its group box's title or its tooltip. Installed once on a top-level
/// window, it names again after a language change and when widgets are added (a data disk's
/// editor). Names set by hand (setAccessibleName before) are kept. The error half of the field
/// binding is InlineMessage::setField (the description).
class AccessibleNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibleNames)
public:
    static void install(QWidget *window);
    /// Names the inputs under `root` now.
    static void apply(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AccessibleNames(QWidget *window);
    void schedule();

    QWidget *m_window;
    bool m_pending = false;
};
