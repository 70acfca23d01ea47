#include "application.h"

#include <cstring>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include "appcore.h"
#include "cloud/profilestore.h"
#include "create/creationmethod.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/profilesdialog.h"
#include "i18n/languagemanager.h"
#include "iwversion.h"
#include "jobs/jobmonitor.h"
#include "logging.h"
#include "mainwindow.h"
#include "screenshotrunner.h"
#include "startup/fontwarmup.h"
#include "startup/windowicon.h"
#include "wizard/methodpage.h"

namespace {
// Start-up milestones, off by default (tests/bench/history_bench.py turns it on).
Q_LOGGING_CATEGORY(lcStartup, "iw.startup", QtWarningMsg)
} // namespace

using namespace Qt::StringLiterals;

namespace {
void printError(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}
} // namespace

int Application::run(int argc, char **argv)
{
    prepareEnvironment(argc, argv);
    const FontWarmUp fonts; // while QApplication loads its platform plugin
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(WindowIconEngine::applicationIcon()); // decoded when shown
    Logging::installScrubbingHandler();

    Arguments args;
    int exitCode = 0;
    if (!parse(QCoreApplication::arguments(), &args, &exitCode))
        return exitCode;
    return args.screenshot.isEmpty() ? runNormally(args) : runScreenshot(args);
}

void Application::setIdentity()
{
    // Shared with `imagewright submit`: one store, one profile list.
    AppCore::setApplicationIdentity();
    // The desktop entry's name: window managers and portals match the windows to it.
    QGuiApplication::setDesktopFileName(QStringLiteral(IW_APP_ID));
}

QStringList Application::views()
{
    QStringList views{u"main"_s, u"wizard"_s, u"wizard-error"_s, u"profiles"_s, u"library"_s};
    // Each method's page as an operator first meets it (request-file method names).
    for (int m = 0; m < CreationMethodCount; ++m) {
        if (MethodPage::hasPage(CreationMethod(m)))
            views << u"wizard:"_s + CreationMethods::key(CreationMethod(m));
    }
    // And its review page, filled with sample values from the demo cloud.
    for (int m = 0; m < CreationMethodCount; ++m) {
        if (MethodPage::hasPage(CreationMethod(m)))
            views << u"review:"_s + CreationMethods::key(CreationMethod(m));
    }
    return views;
}

QPalette Application::darkPalette()
{
    // The palette is the one place with colours; every widget takes its colours from it.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void Application::applyPalette(const Arguments &args)
{
    if (!args.dark)
        return;
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(darkPalette());
}

void Application::prepareEnvironment(int argc, char **argv)
{
    // A screenshot, the help or the version need no display: offscreen unless a platform is set.
    bool offscreen = false;
    bool platformGiven = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--screenshot") == 0 || std::strncmp(a, "--screenshot=", 13) == 0)
            offscreen = true;
        for (const char *textOnly : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(a, textOnly) == 0)
                offscreen = true;
        }
        if (std::strcmp(a, "-platform") == 0 || std::strcmp(a, "--platform") == 0)
            platformGiven = true;
    }
    if (offscreen && !platformGiven)
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

bool Application::parse(const QStringList &arguments, Arguments *out, int *exitCode)
{
    const QString languageList = LanguageManager::languages().join(u", "_s);
    const QString viewList = views().join(u", "_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates private server images on Huawei Cloud IMS and OpenStack and follows "
           "their jobs to the end."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    //: Command line help. %1 = the language codes
    const QCommandLineOption lang(u"lang"_s,
        tr("User interface language for this run: %1.").arg(languageList),
        tr("language", "command line value name"));
    const QCommandLineOption screenshot(u"screenshot"_s,
        tr("Render a view offscreen against the demo cloud, save it as a PNG file and exit."),
        tr("file", "command line value name"));
    //: Command line help. %1 = the view names
    const QCommandLineOption view(u"view"_s,
        tr("The view to show: %1.").arg(viewList),
        tr("view", "command line value name"),
        u"main"_s);
    const QCommandLineOption palette(u"palette"_s,
        tr("Colours for this run: light (the system's) or dark."),
        tr("palette", "command line value name"),
        u"light"_s);
    parser.addOptions({lang, screenshot, view, palette});

    *exitCode = 2;
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        //: %1 = the unexpected argument
        printError(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return false;
    }
    out->language = parser.value(lang);
    if (parser.isSet(lang) && !LanguageManager::isSupported(out->language)) {
        //: %1 = the value given, %2 = the list of language codes
        printError(tr("Unknown language “%1”. Available: %2").arg(out->language, languageList));
        return false;
    }
    out->view = parser.value(view);
    if (!views().contains(out->view)) {
        //: %1 = the value given, %2 = the list of views
        printError(tr("Unknown view “%1”. Available: %2").arg(out->view, viewList));
        return false;
    }
    const QString paletteName = parser.value(palette);
    if (paletteName != u"light" && paletteName != u"dark") {
        //: %1 = the value given
        printError(tr("Unknown palette “%1”. Available: light, dark").arg(paletteName));
        return false;
    }
    out->dark = paletteName == u"dark";
    out->screenshot = parser.value(screenshot);
    if (parser.isSet(screenshot) && out->screenshot.isEmpty()) {
        printError(tr("--screenshot needs a file name."));
        return false;
    }
    *exitCode = 0;
    return true;
}

int Application::runNormally(const Arguments &args)
{
    applyPalette(args);
    LanguageManager languages(std::make_unique<QSettings>());
    if (!languages.apply(args.language.isEmpty() ? languages.preferredLanguage() : args.language))
        languages.apply(u"en"_s);

    AppCore::Options options;
    options.historyInBackground = true; // a long job history never delays the first window
    options.savesInBackground = true; // nor a save a frame
    AppCore core(options);
    MainWindow window(&core, &languages);
    window.show();
    QTimer::singleShot(0, &window, [] { qCInfo(lcStartup) << "first window shown"; });
    QObject::connect(core.monitor(), &JobMonitor::historyLoaded, &window, [&core] {
        qCInfo(lcStartup) << "job history loaded:" << core.monitor()->count() << "jobs";
    });

    // --view outside screenshots: open that view once a profile is there.
    auto openView = [&window, view = args.view] {
        if (view.startsWith(u"wizard"))
            window.openCreateWizard();
        else if (view == u"profiles")
            window.showProfiles();
        else if (view == u"library")
            window.showLibrary();
    };
    const std::optional<CloudProfile> current = core.profiles()->current();
    if (core.profiles()->isEmpty()) {
        auto *dialog = new FirstRunDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, &window, [&window](int result) {
            if (result == FirstRunDialog::DemoCloud)
                window.startDemoCloud();
            else if (result == FirstRunDialog::Quit)
                QCoreApplication::quit();
            else if (result == FirstRunDialog::AddProfile)
                window.showProfiles()->addProfile();
        });
        dialog->open();
    } else if (current && current->id == AppCore::demoProfileId()) {
        window.startDemoCloud();
    }
    if (args.view != u"main") {
        if (core.currentSession() && !(current && current->id == AppCore::demoProfileId()))
            openView();
        else
            QObject::connect(
                &core, &AppCore::demoCloudReady, &window, openView, Qt::SingleShotConnection);
    }
    return QApplication::exec();
}

int Application::runScreenshot(const Arguments &args)
{
    applyPalette(args);
    LanguageManager languages(nullptr); // isolated: the saved choice is neither read nor written
    if (!languages.apply(
            args.language.isEmpty() ? LanguageManager::systemLanguage() : args.language))
        languages.apply(u"en"_s);

    ScreenshotRunner runner(args.screenshot, args.view, &languages);
    QObject::connect(
        &runner, &ScreenshotRunner::finished, qApp, [](int code) { QCoreApplication::exit(code); });
    if (!runner.start())
        return 1;
    return QApplication::exec();
}
