#include "dialogs/prompter.h"

#include <QList>
#include <QLoggingCategory>
#include <QPushButton>

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

QMessageBox::StandardButton Prompter::question(QWidget *parent,
    const QString &title,
    const QString &text,
    const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
    QMessageBox::StandardButton defaultButton)
{
    if (!s_answers.isEmpty())
        return s_answers.takeFirst();
    if (s_nonInteractive) {
        qCInfo(lcPrompter) << "question answered with its default:" << title;
        return defaultButton;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    for (const auto &[button, label] : buttons)
        box.addButton(button)->setText(label);
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(defaultButton);
    box.exec();
    const QMessageBox::StandardButton answer = box.standardButton(box.clickedButton());
    return answer == QMessageBox::NoButton ? defaultButton : answer;
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
