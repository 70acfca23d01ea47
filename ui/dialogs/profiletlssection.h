#pragma once

#include <functional>

#include <QObject>

#include "cloud/cloudprofile.h"
#include "profiles/profilevalidator.h"

class InlineMessage;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

/// The profile editor's certificate checks: verify (default), a CA bundle file, or insecure
/// with an explicit opt-in and the insecure-profile warning. GUI thread.
class ProfileTlsSection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTlsSection)
public:
    using FileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &dir)>;

    explicit ProfileTlsSection(QWidget *form, QObject *parent = nullptr);

    void addRow(QFormLayout *layout);
    void load(const CloudProfile &profile);
    void apply(CloudProfile *profile) const;
    bool insecureConfirmed() const;
    /// The messages for `check`; `profileName` names the profile in the insecure warning.
    void showIssues(const ProfileCheck &check, const QString &profileName);
    void setDemo(bool demo);
    void retranslate(const QString &profileName);
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void chooseCaBundle();
    QList<QWidget *> tabOrder() const;

Q_SIGNALS:
    void edited();

private:
    TlsMode mode() const;
    void updateVisibility(const QString &profileName);

    QWidget *m_form;
    QLabel *m_label = nullptr;
    QComboBox *m_mode = nullptr;
    QWidget *m_caRow = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QPushButton *m_caBrowse = nullptr;
    InlineMessage *m_caMessage = nullptr;
    QCheckBox *m_insecureConfirm = nullptr;
    InlineMessage *m_warning = nullptr;
    FileChooser m_chooser;
};
