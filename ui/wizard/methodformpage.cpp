#include "wizard/methodformpage.h"

#include <QEvent>

#include "widgets/inlinemessage.h"
#include "wizard/createimagewizard.h"
#include "wizard/serverpicker.h"
#include "wizard/volumepicker.h"

MethodFormPage::MethodFormPage(QWidget *parent)
    : QWizardPage(parent)
{ }

void MethodFormPage::setPicker(ServerPicker *picker)
{
    m_loadPicker = [picker] { picker->reload(); };
}

void MethodFormPage::setPicker(VolumePicker *picker)
{
    m_loadPicker = [picker] { picker->reload(); };
}

void MethodFormPage::initializePage()
{
    if (!m_loadedOnce && m_loadPicker) {
        m_loadedOnce = true;
        m_loadPicker();
    }
    revalidate();
}

void MethodFormPage::cleanupPage()
{ }

bool MethodFormPage::isComplete() const
{
    // Next stays enabled, also while a mandatory field is empty: pressed on a page with
    // errors, it shows them (validatePage()), which the page's own checks decide.
    return true;
}

bool MethodFormPage::validatePage()
{
    revalidate();
    if (m_valid)
        return true;
    m_revealed = true;
    revalidate(); // now without holding back the errors of untouched fields
    // Every message of the page, bound to an API field or not (a file's problem).
    QWidget *first = nullptr;
    const auto messages = findChildren<InlineMessage *>();
    for (InlineMessage *message : messages) {
        message->reveal();
        QWidget *field = message->field();
        if (!field || !message->hasMessage() || !field->isVisible())
            continue;
        // The first field at fault in the page's order.
        if (!first || field->mapTo(this, QPoint()).y() < first->mapTo(this, QPoint()).y())
            first = field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return false;
}

int MethodFormPage::nextId() const
{
    return CreateImageWizard::Page_Review;
}

void MethodFormPage::setValid(bool valid)
{
    m_valid = valid;
    Q_EMIT completeChanged();
}

void MethodFormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate(); // the rule messages come translated from the core
    }
    QWizardPage::changeEvent(event);
}

void MethodFormPage::bindMessage(const QString &field, InlineMessage *message)
{
    m_messages.append({field, message});
}

void MethodFormPage::showFieldErrors(const FieldErrors &errors,
    InlineMessage *other,
    const QSet<QString> &quiet,
    const QStringList &shownElsewhere)
{
    QHash<InlineMessage *, QString> shown;
    QStringList rest;
    for (const FieldError &e : errors) {
        if (!m_revealed && quiet.contains(e.field))
            continue;
        InlineMessage *target = nullptr;
        for (const auto &[field, message] : std::as_const(m_messages)) {
            const bool prefix = field.endsWith(u'.') || field.endsWith(u'[');
            if (prefix ? e.field.startsWith(field) : e.field == field) {
                target = message;
                break;
            }
        }
        if (target) {
            if (!shown.contains(target))
                shown.insert(target, e.message);
        } else if (!shownElsewhere.contains(e.message) && !rest.contains(e.message)) {
            rest.append(e.message);
        }
    }
    for (const auto &[field, message] : std::as_const(m_messages))
        message->showError(shown.value(message));
    if (other)
        other->showError(rest.join(u'\n'));
}
