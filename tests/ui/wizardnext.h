#pragma once

#include <QAbstractButton>
#include <QWizard>

#include "wizard/methodformpage.h"

/// Whether Next would go on from the wizard's current page. A method page keeps Next enabled (so
/// that pressing it can show what is missing): there it is the page's own checks.
inline bool canGoOn(QAbstractButton *next)
{
    auto *wizard = qobject_cast<QWizard *>(next->window());
    if (auto *page = wizard ? qobject_cast<MethodFormPage *>(wizard->currentPage()) : nullptr)
        return next->isEnabled() && page->isValid();
    return next->isEnabled();
}
