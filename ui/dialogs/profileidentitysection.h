#pragma once

#include <QObject>

#include "cloud/cloudprofile.h"
#include "profiles/profilevalidator.h"

class InlineMessage;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

/// The profile editor's identity rows: the profile's name, its cloud family, region and
/// identity URL (filled from CloudPresets as the family and region change, unless typed), and
/// the project (name or ID, domain) with the catalog interface. Adds its rows to the editor's
/// form in two groups, around the sign-in rows. GUI thread.
class ProfileIdentitySection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileIdentitySection)
public:
    explicit ProfileIdentitySection(QWidget *form, QObject *parent = nullptr);

    void addCloudRows(QFormLayout *layout);   // name, cloud, region, identity URL
    void addProjectRows(QFormLayout *layout); // project name, ID, domain, interface

    void load(const CloudProfile &profile);
    void clear();
    void apply(CloudProfile *profile) const;
    CloudFamily family() const;
    QString name() const; // trimmed
    QString authUrlText() const;
    void showIssues(const ProfileCheck &check);
    void clearIssues();
    void retranslate();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *authUrlEdit() const { return m_authUrl; }
    QComboBox *interfaceCombo() const { return m_interface; }
    /// In tab order: name … identity URL, then user domain … interface (after the sign-in).
    QList<QWidget *> cloudTabOrder() const;
    QList<QWidget *> projectTabOrder() const;

Q_SIGNALS:
    void edited();
    void nameEdited();
    /// The family changed (the region list and presets already followed).
    void familyChanged();

private:
    void setFamily(CloudFamily family);
    void handleFamilyChanged();
    void handleRegionChanged();
    void applyRegionPreset();

    QWidget *m_form;
    bool m_loading = false;
    CloudFamily m_family = CloudFamily::OpenStack;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    InlineMessage *m_nameMessage = nullptr;
    QLabel *m_familyLabel = nullptr;
    QComboBox *m_familyCombo = nullptr;
    InlineMessage *m_familyMessage = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    InlineMessage *m_regionMessage = nullptr;
    QLabel *m_authUrlLabel = nullptr;
    QLineEdit *m_authUrl = nullptr;
    InlineMessage *m_authUrlMessage = nullptr;
    QLabel *m_projectNameLabel = nullptr;
    QLineEdit *m_projectName = nullptr;
    QLabel *m_projectIdLabel = nullptr;
    QLineEdit *m_projectId = nullptr;
    InlineMessage *m_projectMessage = nullptr;
    QLabel *m_projectDomainLabel = nullptr;
    QLineEdit *m_projectDomain = nullptr;
    InlineMessage *m_projectDomainMessage = nullptr;
    QLabel *m_interfaceLabel = nullptr;
    QComboBox *m_interface = nullptr;
};
