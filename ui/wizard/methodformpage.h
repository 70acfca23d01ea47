#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QWizardPage>

#include "create/fielderror.h"

class InlineMessage;

class ServerPicker;
class VolumePicker;

/// What every creation-method page shares: the picker (servers or volumes) it fills from the cloud
/// the first time it is shown, the page's own local checks (revalidate() reports them with
/// setValid()), the way on to the review page, and re-validation on a language change (the rules'
/// messages come translated from the core). Going Back keeps what was typed.
///
/// One behaviour for field errors on every page: a field's error shows once the field was
/// changed or left, or once Next was pressed. Next stays enabled so it can be pressed: on a page
/// with errors it shows them all, moves the focus to the first field at fault and stays.
class MethodFormPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodFormPage)
public:
    void initializePage() override;
    void cleanupPage() override; // keeps what was typed when going Back
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    /// Whether the page's local checks pass (what Next needs to go on).
    bool isValid() const { return m_valid; }
    /// Whether Next was pressed on this page with errors (every error shows since).
    bool errorsRevealed() const { return m_revealed; }

protected:
    explicit MethodFormPage(QWidget *parent = nullptr);

    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    /// Checks every field, shows each message at its field, then calls setValid().
    virtual void revalidate() = 0;

    void setPicker(ServerPicker *picker);
    void setPicker(VolumePicker *picker);
    void setValid(bool valid);

    /// Binds the message shown under a field to the API field paths it answers for: `field`
    /// exactly ("name"), or every path under it when it ends in '.' or '[' ("data_images[1].").
    void bindMessage(const QString &field, InlineMessage *message);
    /// Shows every error at the message bound to its field (the first error per message), and
    /// the rest in `other` (if given). Errors of fields in `quiet` are held back (a field the
    /// operator has not touched yet) until Next was pressed. Messages with no error are cleared.
    void showFieldErrors(const FieldErrors &errors,
        InlineMessage *other,
        const QSet<QString> &quiet = {},
        const QStringList &shownElsewhere = {});

private:
    std::function<void()> m_loadPicker; // the picker's reload(), run when first shown
    QList<QPair<QString, InlineMessage *>> m_messages;
    bool m_loadedOnce = false;
    bool m_valid = false;
    bool m_revealed = false;
};
