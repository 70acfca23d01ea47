#pragma once

#include <QDialog>

class ProfileStore;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

/// The saved cloud profiles, read-only: name, family, region, auth URL, project and user. The
/// current profile is marked. Secrets are never shown (they are not in the store).
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)
public:
    explicit ProfilesDialog(ProfileStore *profiles, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void populate();

    ProfileStore *m_profiles;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
