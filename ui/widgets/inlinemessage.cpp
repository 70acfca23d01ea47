#include "widgets/inlinemessage.h"

#include <utility>

#include <QEvent>
#include <QIcon>
#include <QMetaMethod>
#include <QMetaProperty>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QTextLayout>

namespace {
constexpr int IconGap = 4;
} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setVisible(false);
}

int InlineMessage::iconExtent() const
{
    return style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
}

bool InlineMessage::hasIcon() const
{
    return m_kind != Kind::Info && !text().isEmpty();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    if (kind != Kind::Info && !text.isEmpty() && !isFieldTouched()) {
        m_pendingKind = kind;
        m_pending = text;
        if (!this->text().isEmpty())
            showMessage(m_kind, {});
        return;
    }
    m_pending.clear();
    m_kind = kind;
    // The icon says what it is; the text keeps the palette's colour (light or dark).
    setContentsMargins(kind != Kind::Info && !text.isEmpty() ? iconExtent() + IconGap : 0, 0, 0, 0);
    setText(text);
    setToolTip(m_reservedLines > 0 ? text : QString());
    setVisible(m_reservedLines > 0 || !text.isEmpty());
    fitHeight();
    updateField();
    update();
}

void InlineMessage::showError(const QString &text)
{
    showMessage(Kind::Error, text);
}

void InlineMessage::clearMessage()
{
    showMessage(m_kind, {});
}

void InlineMessage::setReservedLines(int lines)
{
    m_reservedLines = lines;
    setVisible(lines > 0 || !text().isEmpty());
    if (lines > 0) {
        const int height = std::max(lines * fontMetrics().lineSpacing(), iconExtent());
        setFixedHeight(height);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    fitHeight();
}

void InlineMessage::setField(QWidget *field)
{
    m_field = field;
    m_touched = false;
    watchInput(field);
    // A composite field (a path with its Browse button, a picker with a free-text toggle): its
    // inputs tell when it was changed or left.
    const auto inputs = field->findChildren<QWidget *>();
    for (QWidget *input : inputs) {
        if (input->focusPolicy() != Qt::NoFocus)
            watchInput(input);
    }
    updateField();
}

void InlineMessage::watchInput(QWidget *input)
{
    input->installEventFilter(this);
    // Changed: through the input's user property (a line edit's text, a spin box's value...).
    const QMetaProperty user = input->metaObject()->userProperty();
    if (user.isValid() && user.hasNotifySignal()) {
        const QMetaMethod slot =
            metaObject()->method(metaObject()->indexOfSlot("markFieldTouched()"));
        connect(input, user.notifySignal(), this, slot);
    }
}

void InlineMessage::markFieldTouched()
{
    if (m_touched)
        return;
    m_touched = true;
    // A copy: showMessage() clears m_pending before it uses its text.
    if (const QString pending = std::exchange(m_pending, QString()); !pending.isEmpty())
        showMessage(m_pendingKind, pending);
}

bool InlineMessage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_field
        && (watched == m_field || m_field->isAncestorOf(qobject_cast<QWidget *>(watched))))
        markFieldTouched(); // left: its error may show now
    return QLabel::eventFilter(watched, event);
}

void InlineMessage::updateField()
{
    if (!m_field)
        return;
    // Only errors and warnings describe the field; an info text (a byte count) does not.
    m_field->setAccessibleDescription(m_kind == Kind::Info ? QString() : text());
}

QSize InlineMessage::sizeHint() const
{
    if (m_reservedLines > 0)
        return {QLabel::sizeHint().width(), height()};
    return QLabel::sizeHint();
}

QSize InlineMessage::minimumSizeHint() const
{
    if (m_reservedLines > 0)
        return {0, height()};
    return QLabel::minimumSizeHint();
}

void InlineMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        fitHeight();
}

void InlineMessage::paintEvent(QPaintEvent *event)
{
    if (hasIcon()) {
        const QIcon icon = style()->standardIcon(
            m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning,
            nullptr,
            this);
        const int size = iconExtent();
        QPainter painter(this);
        icon.paint(&painter, QRect(0, 0, size, size), Qt::AlignLeft | Qt::AlignTop);
    }
    if (m_reservedLines <= 0) {
        QLabel::paintEvent(event);
        return;
    }
    // A reserved row: as many lines as fit, the last one elided.
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QRect area = contentsRect();
    const QFontMetrics fm = fontMetrics();
    const int maxLines = std::max(1, area.height() / fm.lineSpacing());
    QString all = text();
    all.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(all, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int y = 0;
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        if (i == maxLines - 1) {
            const QString rest = all.mid(line.textStart());
            const QString shown = fm.elidedText(rest.simplified(), Qt::ElideRight, area.width());
            painter.drawText(area.left(), area.top() + y + fm.ascent(), shown);
            break;
        }
        const QString part = all.mid(line.textStart(), line.textLength());
        painter.drawText(area.left(), area.top() + y + fm.ascent(), part.trimmed());
        y += fm.lineSpacing();
    }
    layout.endLayout();
}

void InlineMessage::fitHeight()
{
    if (m_reservedLines > 0)
        return; // a fixed row
    // Nested layouts do not always ask a word-wrapped label for its height at the width they
    // give it, so a long message could be cut off: ask for that height as the minimum.
    const int needed = text().isEmpty() ? 0 : heightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
    else if (needed <= 0 && minimumHeight() != 0)
        setMinimumHeight(0);
}
