#pragma once

#include <QString>

/// What every headless command writes (interfaces.md §3): machine lines and output on stdout
/// (UTF-8, never translated), messages on stderr in the UI language (the local encoding), each
/// flushed at once so a script reading both sees them in order.
namespace CliOutput {

/// One stdout line (`job_id=...`).
void line(const QString &line);
/// Text on stdout as it is (a table, JSON).
void text(const QString &text);
/// One message line on stderr.
void message(const QString &text);
/// A command line that parseArguments() did not accept: with --help its help text on stdout and
/// exit code 0, else the reason on stderr and exit code 2.
int refused(const QString &errorOrHelp, bool helpShown);

} // namespace CliOutput
