#pragma once

#include <QPointer>
#include <QWidget>

#include "model/imsosversion.h"

class CloudSession;
class QCheckBox;
class QComboBox;
class InlineMessage;
class QLineEdit;
class QToolButton;

/// Picks an IMS os_version: a list filled from GET /v1/cloudimages/os_version (read once per
/// session, so per region, and kept; Refresh asks again), grouped by platform. The value must
/// match the cloud's list exactly (api-facts §1.2), so free text is only an explicit fallback:
/// "Type a version that is not listed" turns the list into a text field. When the list cannot
/// be read, the reason is shown and the fallback is offered.
class OsVersionPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OsVersionPicker)
    Q_PROPERTY(QString osVersion READ osVersion WRITE setOsVersion NOTIFY osVersionChanged)
public:
    explicit OsVersionPicker(QWidget *parent = nullptr);

    void setSession(CloudSession *session);
    /// Reads the list (from the session's cache unless `refresh`).
    void load(bool refresh = false);
    bool isLoading() const { return m_loading; }
    const QList<ImsOsVersion> &versions() const { return m_versions; }

    QString osVersion() const;
    /// Selects `version` in the list, or types it in the fallback field when it is not listed.
    void setOsVersion(const QString &version);
    bool isFreeText() const;
    QComboBox *combo() const { return m_combo; }
    QLineEdit *textField() const { return m_text; }
    QCheckBox *freeTextToggle() const { return m_freeText; }

Q_SIGNALS:
    void osVersionChanged(const QString &version);
    void loaded(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void populate();
    void setStatus(const QString &text);
    void applyFreeText(bool on);

    QPointer<CloudSession> m_session;
    QList<ImsOsVersion> m_versions;
    QString m_error;
    QString m_pending; // set before the list arrived
    bool m_loading = false;
    int m_generation = 0;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_refresh = nullptr;
    QCheckBox *m_freeText = nullptr;
    InlineMessage *m_status = nullptr;
};
