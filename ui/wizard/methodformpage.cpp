#include "wizard/methodformpage.h"

#include <QEvent>

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
    return QWizardPage::isComplete() && m_valid;
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
