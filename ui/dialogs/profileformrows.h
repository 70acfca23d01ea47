#pragma once

#include <QString>

#include "profiles/profilevalidator.h"

class InlineMessage;
class QLineEdit;
class QPushButton;
class QWidget;

/// The pieces the profile editor's sections build their form rows from.
namespace ProfileFormRows {

/// A field with its message right under it (and `extra` beside the field), as one row.
QWidget *withMessage(QWidget *parent, QWidget *field, InlineMessage *message, QWidget *extra = {});
/// A hidden "Use for This Session Only" button under a withMessage() row's message (shown
/// when the keychain refuses what was typed there).
QPushButton *addSessionOnlyButton(QWidget *box, const QString &objectName);
InlineMessage *messageNamed(QWidget *parent, const QString &objectName);
/// A masked line edit for a secret, never predicted or remembered by an input method.
QLineEdit *secretField(QWidget *parent, const QString &objectName);
QString clean(const QLineEdit *edit);
/// Shows the check's issue for `field` at `message` (an error, a warning or a note), or
/// clears it.
void show(InlineMessage *message, const ProfileCheck &check, ProfileField field);

} // namespace ProfileFormRows
