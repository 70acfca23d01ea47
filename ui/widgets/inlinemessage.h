#pragma once

#include <QLabel>
#include <QPointer>

/// A message shown at the field it is about (validation errors, warnings, a cloud's refusal).
/// Errors and warnings carry the style's critical or warning icon beside the text, in the
/// palette's own text colour: never told by colour alone, readable on any palette. The text is
/// selectable so it can be copied into a ticket.
///
/// By default it is hidden while empty and as tall as its text. With reserved lines (a field's
/// message) it always keeps that height, so showing or clearing it never moves the fields
/// below; a longer text is elided, whole in the tooltip and in the field's accessible
/// description. With a field set, the message is that field's accessible description while
/// shown (cleared with it), and an error or warning waits until the operator changed the field
/// or left it (never before anything was typed): one behaviour for every page.
class InlineMessage final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineMessage)
public:
    enum class Kind
    {
        Error,
        Warning,
        Info
    };

    explicit InlineMessage(QWidget *parent = nullptr);

    /// Shows `text` (already translated); an empty text hides (or blanks) the message.
    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text);
    void clearMessage();
    Kind kind() const { return m_kind; }
    bool hasMessage() const { return !text().isEmpty(); }

    /// Keeps room for `lines` lines of text (0: hidden while empty, grows with its text).
    void setReservedLines(int lines);
    int reservedLines() const { return m_reservedLines; }
    /// The input this message is about: its accessible description follows the message.
    void setField(QWidget *field);
    QWidget *field() const { return m_field; }
    /// Whether the field was changed or left (always true without a field).
    bool isFieldTouched() const { return !m_field || m_touched; }
    /// Shows an error held back for an untouched field (Next was pressed).
    void reveal() { markFieldTouched(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected Q_SLOTS:
    void markFieldTouched();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHeight();
    int iconExtent() const;
    bool hasIcon() const;
    void updateField();
    void watchInput(QWidget *input);

    Kind m_kind = Kind::Error;
    int m_reservedLines = 0;
    QPointer<QWidget> m_field;
    bool m_touched = false;
    Kind m_pendingKind = Kind::Error;
    QString m_pending; // an error held back until the field is touched
};
