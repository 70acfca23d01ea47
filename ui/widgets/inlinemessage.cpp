#include "widgets/inlinemessage.h"

#include <QPalette>

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
