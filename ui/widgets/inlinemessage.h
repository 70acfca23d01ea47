#pragma once

#include <QLabel>

/// A message shown right under the field it is about (validation errors, warnings, a cloud's
/// refusal). Hidden while empty; the text is selectable so it can be copied into a ticket.
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

    /// Shows `text` (already translated); an empty text hides the message.
    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text);
    void clearMessage();
    Kind kind() const { return m_kind; }
    bool hasMessage() const { return !text().isEmpty(); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    Kind m_kind = Kind::Error;
};
