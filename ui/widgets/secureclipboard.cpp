#include "widgets/secureclipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace {

QMimeData *secretMime(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(QString::fromLatin1(SecureClipboard::PasswordManagerHint), "secret");
#ifdef Q_OS_MACOS
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, text.toUtf8());
#endif
    return mime;
}

} // namespace

SecureClipboard *SecureClipboard::instance()
{
    static QPointer<SecureClipboard> one;
    if (!one)
        one = new SecureClipboard(QCoreApplication::instance());
    return one;
}

SecureClipboard::SecureClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecureClipboard::clearIfOurs);
    // A secret must not outlive the application on the clipboard.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearIfOurs);
}

SecureClipboard::~SecureClipboard()
{
    clearIfOurs();
}

void SecureClipboard::copySecret(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || text.isEmpty())
        return;
    m_secret = text;
    clipboard->setMimeData(secretMime(text), QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setMimeData(secretMime(text), QClipboard::Selection);
    m_timer.start(m_delay);
}

void SecureClipboard::copyPlain(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void SecureClipboard::clearIfOurs()
{
    m_timer.stop();
    if (m_secret.isEmpty())
        return;
    bool clearedAny = false;
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        for (QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
            if (mode == QClipboard::Selection && !clipboard->supportsSelection())
                continue;
            // Only what we put there: a later copy of the user's own is theirs.
            if (clipboard->text(mode) == m_secret) {
                clipboard->clear(mode);
                clearedAny = true;
            }
        }
    }
    m_secret.fill(u'\0');
    m_secret.clear();
    if (clearedAny)
        Q_EMIT cleared();
}

void SecureClipboard::protectSecretField(QLineEdit *field)
{
    if (!field)
        return;
    field->installEventFilter(this);
    field->setContextMenuPolicy(Qt::NoContextMenu); // its menu would copy past us
}

bool SecureClipboard::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QLineEdit *>(watched);
    if (!field || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool copy = key->matches(QKeySequence::Copy);
    const bool cut = key->matches(QKeySequence::Cut);
    if (!copy && !cut)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the key comes to the field (and so to us), not to a window shortcut
        return true;
    }
    // A masked field copies nothing (as QLineEdit itself); a revealed one copies as a secret.
    if (field->echoMode() == QLineEdit::Normal && field->hasSelectedText()) {
        copySecret(field->selectedText());
        if (cut && !field->isReadOnly())
            field->del();
    }
    return true;
}
