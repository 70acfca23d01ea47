#pragma once

#include <QDialog>

class QCommandLinkButton;
class QDialogButtonBox;
class QLabel;
class QPushButton;

/// Shown at the first start, when there is no cloud profile: offers the bundled demo cloud.
/// Not modal for the event loop: open() it and read result() in finished().
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)
public:
    enum Result
    {
        Later = QDialog::Rejected,
        DemoCloud = QDialog::Accepted,
        Quit = 2,
        AddProfile = 3 // open the profile editor
    };

    explicit FirstRunDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QLabel *m_profilesNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addProfile = nullptr;
    QPushButton *m_later = nullptr;
    QPushButton *m_quit = nullptr;
};
