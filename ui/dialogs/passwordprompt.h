#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;

/// Asks for a profile's password when none is stored (or the keychain could not be read):
/// masked, with "Save in the keychain" (default) or "Use for this session only". Never modal for
/// the event loop: open() it and read password() and saveInKeychain() in accepted().
class PasswordPrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordPrompt)
public:
    PasswordPrompt(const QString &profileName, const QString &userName, QWidget *parent = nullptr);
    ~PasswordPrompt() override;

    QString password() const;
    void setPassword(const QString &password); // tests
    bool saveInKeychain() const;
    void setSaveInKeychain(bool save);
    /// Why the prompt appears (e.g. the keychain's error), shown under the heading.
    void setReason(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOk();

    QString m_profileName;
    QString m_userName;
    QLabel *m_heading = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_reveal = nullptr;
    QRadioButton *m_save = nullptr;
    QRadioButton *m_sessionOnly = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
