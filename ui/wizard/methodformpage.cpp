#include "wizard/methodformpage.h"

#include <QEvent>

#include "wizard/createimagewizard.h"
#include "wizard/serverpicker.h"

MethodFormPage::MethodFormPage(QWidget *parent)
    : QWizardPage(parent)
{ }

void MethodFormPage::initializePage()
{
    if (!m_loadedOnce && m_picker) {
        m_loadedOnce = true;
        m_picker->reload();
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
