#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "iw.ui.i18n")

namespace {
const QString SettingsKey = u"ui/language"_s;
} // namespace

LanguageManager::LanguageManager(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{ }

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::languages()
{
    return {u"en"_s, u"ja"_s, u"es"_s, u"zh_CN"_s};
}

bool LanguageManager::isSupported(const QString &code)
{
    return languages().contains(code);
}

QString LanguageManager::nativeName(const QString &code)
{
    // Endonyms on purpose: a language menu must stay readable whatever language is active.
    if (code == u"ja")
        return u"日本語"_s;
    if (code == u"es")
        return u"Español"_s;
    if (code == u"zh_CN")
        return u"简体中文"_s;
    return u"English"_s;
}

QString LanguageManager::systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QLocale locale(ui);
        switch (locale.language()) {
        case QLocale::Japanese:
            return u"ja"_s;
        case QLocale::Spanish:
            return u"es"_s;
        case QLocale::Chinese:
            // Only Simplified Chinese ships; Traditional falls through to the next preference.
            if (locale.script() != QLocale::TraditionalChineseScript
                && locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong)
                return u"zh_CN"_s;
            break;
        case QLocale::English:
            return u"en"_s;
        default:
            break;
        }
    }
    return u"en"_s;
}

QString LanguageManager::preferredLanguage() const
{
    if (m_settings) {
        const QString saved = m_settings->value(SettingsKey).toString();
        if (isSupported(saved))
            return saved;
    }
    return systemLanguage();
}

bool LanguageManager::apply(const QString &code)
{
    if (!isSupported(code))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(u"imagewright_"_s + code, u":/i18n"_s)) {
        // English is the source language: its file only carries plural forms.
        if (code != u"en") {
            qCWarning(lcI18n) << "no translation for" << code;
            return false;
        }
        app.reset();
    }
    // Qt's own strings (QWizard buttons, QDialogButtonBox, context menus); optional.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());

    // Numbers and dates follow the UI language.
    QLocale::setDefault(QLocale(code));
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}

bool LanguageManager::choose(const QString &code)
{
    if (!apply(code))
        return false;
    if (m_settings) {
        m_settings->setValue(SettingsKey, code);
        m_settings->sync();
    }
    return true;
}
