#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

#include "appcore.h"
#include "application.h"
#include "cli/imagescommand.h"
#include "cli/jobscommand.h"
#include "cli/obscommand.h"
#include "cli/submitcommand.h"
#include "cli/watchcommand.h"
#include "i18n/languagemanager.h"
#include "logging.h"

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // Headless commands run before any QApplication exists: no display is needed.
    const bool submit = argc > 1 && std::strcmp(argv[1], "submit") == 0;
    const bool jobs = argc > 1 && std::strcmp(argv[1], "jobs") == 0;
    const bool watch = argc > 1 && std::strcmp(argv[1], "watch") == 0;
    const bool images = argc > 1 && std::strcmp(argv[1], "images") == 0;
    const bool obs = argc > 1 && std::strcmp(argv[1], "obs") == 0;
    if (submit || jobs || watch || images || obs) {
        QCoreApplication app(argc, argv);
        AppCore::setApplicationIdentity(); // the GUI's settings, profiles and job store
        Logging::installScrubbingHandler();
        // stderr is for the operator: the app's informational log lines only when asked for.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(u"iw.*.info=false"_s);
        LanguageManager languages(std::make_unique<QSettings>()); // messages in the UI language
        if (!languages.apply(languages.preferredLanguage()))
            languages.apply(u"en"_s);
        const QStringList arguments = QCoreApplication::arguments().mid(1);
        if (submit)
            return SubmitCommand::run(arguments);
        if (images)
            return ImagesCommand::run(arguments);
        if (obs)
            return ObsCommand::run(arguments);
        return watch ? WatchCommand::run(arguments) : JobsCommand::run(arguments);
    }
    return Application::run(argc, argv);
}
