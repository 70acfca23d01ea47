#include "cli/clioutput.h"

#include <cstdio>

namespace CliOutput {

void line(const QString &line)
{
    text(line + u'\n');
}

void text(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void message(const QString &text)
{
    std::fputs((text + u'\n').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

int refused(const QString &errorOrHelp, bool helpShown)
{
    if (helpShown) {
        std::fputs(errorOrHelp.toLocal8Bit().constData(), stdout);
        std::fflush(stdout);
        return 0;
    }
    message(errorOrHelp);
    return 2;
}

} // namespace CliOutput
