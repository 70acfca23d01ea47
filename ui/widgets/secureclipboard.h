#pragma once

#include <chrono>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QLineEdit;

/// Copies to the clipboard with the care secret material needs (reference/reliability.md §5,
/// after KeePassXC's Clipboard.cpp): a secret is marked for clipboard managers
/// (`x-kde-passwordManagerHint: secret`, and macOS's concealed type), written to the clipboard
/// and, where there is one, the X11 selection, and cleared after clearDelay() or when the
/// application quits, but only while the clipboard still holds what we put there (the user's
/// later copies are left alone).
///
/// What counts as secret (docs/connection.md): a password, application-credential secret,
/// secret key or token shown in a field. Not secret: image and job IDs, and the review page's
/// curl line, which holds the "$OS_TOKEN" placeholder, never a token. GUI thread.
class SecureClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecureClipboard)
public:
    static constexpr std::chrono::milliseconds DefaultClearDelay{20000};

    /// The application's one instance (made on first use, parented to the application).
    static SecureClipboard *instance();

    explicit SecureClipboard(QObject *parent = nullptr);
    ~SecureClipboard() override;

    /// Copies `text` as a secret: marked, Clipboard + Selection, cleared later.
    void copySecret(const QString &text);
    /// Copies `text` that is not secret (an ID): plainly, never cleared.
    static void copyPlain(const QString &text);

    /// Clears the clipboard (and selection) now if it still holds the secret we put there.
    void clearIfOurs();
    bool holdsSecret() const { return !m_secret.isEmpty(); }

    std::chrono::milliseconds clearDelay() const { return m_delay; }
    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; }

    /// Routes Copy/Cut of `field` (a secret field, e.g. while its text is revealed) through
    /// copySecret(); its context menu gets no Copy/Cut. The field stays usable otherwise.
    void protectSecretField(QLineEdit *field);

    /// The MIME type and value that mark a secret for clipboard managers (Klipper and others).
    static constexpr const char *PasswordManagerHint = "x-kde-passwordManagerHint";

Q_SIGNALS:
    void cleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_secret; // what we put there (kept only until cleared)
    QTimer m_timer;
    std::chrono::milliseconds m_delay = DefaultClearDelay;
};
