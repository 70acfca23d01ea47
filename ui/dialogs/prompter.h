#pragma once

#include <utility>

#include <QList>
#include <QMessageBox>
#include <QString>

class QWidget;

/// The one place that asks the operator a question or shows a modal message, so that nothing
/// modal can block a test or the screenshot mode: tests queue answers with setNextAnswer(), and
/// setNonInteractive(true) makes every question take its default answer. GUI thread.
class Prompter
{
public:
    /// The next question() returns `answer` without showing anything. Answers queue up.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void clearAnswers();
    /// Every question() returns its default button and messages are only logged.
    static void setNonInteractive(bool on);
    static bool isNonInteractive();

    static QMessageBox::StandardButton question(QWidget *parent,
        const QString &title,
        const QString &text,
        QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
    /// As question(), with buttons that say what they do: each is a standard button (what
    /// the caller and setNextAnswer() speak of) shown with the given text. Escape answers
    /// `defaultButton`, so it must be the safe one.
    static QMessageBox::StandardButton question(QWidget *parent,
        const QString &title,
        const QString &text,
        const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
        QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &text);
};
