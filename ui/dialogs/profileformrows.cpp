#include "dialogs/profileformrows.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/inlinemessage.h"

namespace ProfileFormRows {

QWidget *withMessage(QWidget *parent, QWidget *field, InlineMessage *message, QWidget *extra)
{
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(extra);
        column->addLayout(row);
    } else {
        column->addWidget(field);
    }
    column->addWidget(message);
    return box;
}

QPushButton *addSessionOnlyButton(QWidget *box, const QString &objectName)
{
    auto *button = new QPushButton(box);
    button->setObjectName(objectName);
    button->setVisible(false);
    button->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    static_cast<QVBoxLayout *>(box->layout())->addLayout(row);
    return button;
}

InlineMessage *messageNamed(QWidget *parent, const QString &objectName)
{
    auto *message = new InlineMessage(parent);
    message->setObjectName(objectName);
    return message;
}

QLineEdit *secretField(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
        | Qt::ImhSensitiveData);
    return edit;
}

QString clean(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

void show(InlineMessage *message, const ProfileCheck &check, ProfileField field)
{
    const auto it = check.issues.constFind(field);
    if (it == check.issues.cend()) {
        message->clearMessage();
        return;
    }
    switch (it->level) {
    case ProfileIssue::Level::Info:
        message->showMessage(InlineMessage::Kind::Info, it->message);
        break;
    case ProfileIssue::Level::Warning:
        message->showMessage(InlineMessage::Kind::Warning, it->message);
        break;
    case ProfileIssue::Level::Error:
        message->showError(it->message);
        break;
    }
}

} // namespace ProfileFormRows
