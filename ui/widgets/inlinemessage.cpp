#include "widgets/inlinemessage.h"

#include <QPalette>
#include <QResizeEvent>

InlineMessage::InlineMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QPalette pal = palette();
    switch (kind) {
    case Kind::Error:
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        break;
    case Kind::Warning:
        pal.setColor(QPalette::WindowText, QColor(0x8a, 0x55, 0x00));
        break;
    case Kind::Info:
        pal = QPalette();
        break;
    }
    setPalette(pal);
    setText(text);
    setVisible(!text.isEmpty());
    fitHeight();
}

void InlineMessage::showError(const QString &text)
{
    showMessage(Kind::Error, text);
}

void InlineMessage::clearMessage()
{
    setText({});
    setVisible(false);
}

void InlineMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        fitHeight();
}

void InlineMessage::fitHeight()
{
    // Nested layouts do not always ask a word-wrapped label for its height at the width they
    // give it, so a long message could be cut off: ask for that height as the minimum.
    const int needed = text().isEmpty() ? 0 : heightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
    else if (needed <= 0 && minimumHeight() != 0)
        setMinimumHeight(0);
}
