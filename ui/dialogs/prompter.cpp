#include "dialogs/prompter.h"

#include <QList>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPrompter, "iw.ui.prompter")

namespace {
QList<QMessageBox::StandardButton> s_answers;
bool s_nonInteractive = false;
} // namespace

void Prompter::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_answers.append(answer);
}

void Prompter::clearAnswers()
{
    s_answers.clear();
}

void Prompter::setNonInteractive(bool on)
{
    s_nonInteractive = on;
}

bool Prompter::isNonInteractive()
{
    return s_nonInteractive;
}

QMessageBox::StandardButton Prompter::question(QWidget *parent,
    const QString &title,
    const QString &text,
    QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    if (!s_answers.isEmpty())
        return s_answers.takeFirst();
    if (s_nonInteractive) {
        qCInfo(lcPrompter) << "question answered with its default:" << title;
        return defaultButton;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompter::information(QWidget *parent, const QString &title, const QString &text)
{
    if (!s_answers.isEmpty()) {
        s_answers.removeFirst();
        return;
    }
    if (s_nonInteractive) {
        qCInfo(lcPrompter) << "message not shown:" << title << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void Prompter::about(QWidget *parent, const QString &title, const QString &text)
{
    if (!s_answers.isEmpty()) {
        s_answers.removeFirst();
        return;
    }
    if (s_nonInteractive)
        return;
    QMessageBox::about(parent, title, text);
}
