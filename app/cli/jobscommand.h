#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "cloud/cloudprofile.h"
#include "jobs/jobrecord.h"

class QTextStream;

/// `imagewright jobs [--json] [--state S[,S...]] [--profile NAME]` (interfaces.md §3): the job
/// monitor's jobs, read from the job store; no display, no network, nothing written. A table for
/// people (in the UI's language) or, with --json, one JSON array with the stable keys of
/// docs/request-files.md ("imagewright jobs"). Exit codes: 0 listed (also when none match),
/// 2 the command line is invalid, 3 the job history cannot be read.
class JobsCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobsCommand)
public:
    struct Options
    {
        bool json = false;
        QStringList states; // state keys; empty: every state
        QString profile;    // name or id; empty: every profile
    };

    static std::optional<Options> parseArguments(
        const QStringList &arguments, QString *error, bool *helpShown = nullptr);
    /// Runs the command against the app's own job store and profiles (after
    /// AppCore::setApplicationIdentity() and the translator).
    static int run(const QStringList &arguments);
    /// The command against `storePath` and `profiles`, writing to `out` and `err`.
    static int run(const Options &options,
        const QString &storePath,
        const QList<CloudProfile> &profiles,
        QTextStream &out,
        QTextStream &err);

    /// One job as the JSON output gives it.
    static QJsonObject toJson(const JobRecord &r);
};
