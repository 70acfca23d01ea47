#pragma once

#include <functional>

#include <QWizardPage>

class ServerPicker;
class VolumePicker;

/// What every creation-method page shares: the picker (servers or volumes) it fills from the cloud
/// the first time it is shown, a Next button driven by the page's own local checks (revalidate()
/// reports them with setValid()), the way on to the review page, and re-validation on a language
/// change (the rules' messages come translated from the core). Going Back keeps what was typed.
class MethodFormPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodFormPage)
public:
    void initializePage() override;
    void cleanupPage() override; // keeps what was typed when going Back
    bool isComplete() const override;
    int nextId() const override;

protected:
    explicit MethodFormPage(QWidget *parent = nullptr);

    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    /// Checks every field, shows each message at its field, then calls setValid().
    virtual void revalidate() = 0;

    void setPicker(ServerPicker *picker);
    void setPicker(VolumePicker *picker);
    void setValid(bool valid);

private:
    std::function<void()> m_loadPicker; // the picker's reload(), run when first shown
    bool m_loadedOnce = false;
    bool m_valid = false;
};
