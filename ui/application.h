#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

/// The GUI entry point: the command line of interfaces.md §3, the language, the first-run
/// offer of the demo cloud, and the screenshot mode.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)
public:
    struct Arguments
    {
        QString language;   // empty: the saved choice, or the system's
        QString screenshot; // PNG path; empty: run normally
        QString view = QStringLiteral("main");
        bool dark = false; // --palette dark: the Fusion style with a dark palette
    };

    /// Runs the app; returns the process exit code (2 for an invalid command line).
    static int run(int argc, char **argv);

    /// Organization and application names (they decide the settings and data folders) and
    /// the version. Headless entry points call it too, so they share the job store.
    static void setIdentity();

    static QStringList views(); // "main", "wizard", "wizard-error", "profiles"
    /// A dark palette (for --palette dark and the dark screenshots in docs/).
    static QPalette darkPalette();

private:
    /// Must run before QApplication exists: screenshots, --help and --version render
    /// offscreen unless a platform was chosen (QT_QPA_PLATFORM or -platform).
    static void prepareEnvironment(int argc, char **argv);
    /// Parses the command line; on an error prints it to stderr and returns false.
    static bool parse(const QStringList &arguments, Arguments *out, int *exitCode);
    static int runNormally(const Arguments &args);
    static int runScreenshot(const Arguments &args);
    static void applyPalette(const Arguments &args);
};
