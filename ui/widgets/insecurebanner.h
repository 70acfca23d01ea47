#pragma once

#include <QFrame>

class QLabel;

/// The persistent warning shown while a profile does not verify TLS certificates
/// (TlsMode::Insecure): a warning icon and a sentence on a red-tinted bar derived from the
/// platform palette (light or dark). It has no close button: it stays as long as the profile
/// is insecure (reference/reliability.md §5). Hidden for any other profile.
class InsecureBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsecureBanner)
public:
    explicit InsecureBanner(QWidget *parent = nullptr);

    /// Shows the bar for an insecure profile named `profileName`, hides it otherwise.
    void setInsecureProfile(bool insecure, const QString &profileName = {});
    QString text() const;

    /// The sentence the bar shows, for other places that say the same (translated).
    static QString warningText(const QString &profileName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QString m_profileName;
    bool m_applying = false;
};
