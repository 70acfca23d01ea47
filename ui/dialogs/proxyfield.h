#pragma once

#include <QWidget>

#include "cloud/cloudprofile.h"

class InlineMessage;
class QComboBox;
class QLabel;
class QLineEdit;

/// The profile editor's proxy row (docs/connection.md, "Proxies"): from the environment or the
/// system (default), none, or this URL; the URL is checked as the session will read it and may
/// not hold a password (profiles hold no secrets; the error at the field says to use the
/// environment variable). Add label() and the field to a form row.
class ProxyField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyField)
public:
    explicit ProxyField(QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QWidget *firstFocus() const;
    QWidget *lastFocus() const;

    void load(const CloudProfile &profile);
    void apply(CloudProfile *profile) const;
    /// Shows the problem at the field; false when the profile cannot be saved so.
    bool validate();

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    ProxyMode mode() const;
    void retranslateUi();
    void updateVisibility();

    QLabel *m_label = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_url = nullptr;
    InlineMessage *m_message = nullptr;
};
