#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;
class QTranslator;

/// Installs the app's translation (:/i18n/imagewright_<lang>.qm) and Qt's own (qtbase_<lang>,
/// for QWizard's buttons and standard dialogs), and remembers the operator's choice in QSettings.
/// Installing a translator sends LanguageChange to every widget. GUI thread.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    /// `settings` null: nothing is read or persisted (screenshots, tests).
    explicit LanguageManager(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The languages the app ships: "en", "ja", "es", "zh_CN".
    static QStringList languages();
    static bool isSupported(const QString &code);
    /// The language's own name ("日本語"), as a language menu shows it in every UI language.
    static QString nativeName(const QString &code);
    /// The shipped language closest to the system's UI languages, "en" when none is.
    static QString systemLanguage();

    /// The saved choice, or systemLanguage() when there is none (first start).
    QString preferredLanguage() const;
    QString language() const { return m_language; }

    /// Switches the running app to `code` (this run only). False for an unknown code or a
    /// missing translation; the current language stays then.
    bool apply(const QString &code);
    /// apply() and remember the choice for the next start.
    bool choose(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};
