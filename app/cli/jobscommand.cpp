#include "cli/jobscommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

#include "cloud/profilestore.h"
#include "jobs/jobstore.h"

using namespace Qt::StringLiterals;

namespace {

enum ExitCode
{
    Listed = 0,
    InvalidCommandLine = 2,
    StoreUnreadable = 3,
};

QStringList stateKeys()
{
    QStringList keys;
    for (JobState s : JobRecord::allStates())
        keys << JobRecord::stateKey(s);
    return keys;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

/// The columns a terminal gives `text` (wide East Asian characters take two).
int displayWidth(const QString &text)
{
    int columns = 0;
    for (const QChar c : text)
        columns += (c.unicode() >= 0x1100 && c.unicode() <= 0xFFDC) ? 2 : 1;
    return columns;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

} // namespace

std::optional<JobsCommand::Options> JobsCommand::parseArguments(
    const QStringList &arguments, QString *error, bool *helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the jobs of the job monitor, as the job history on this computer holds them."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption json(
        u"json"_s, tr("Print one JSON array (stable keys) instead of a table."));
    //: %1 = the list of state keys
    const QCommandLineOption state(u"state"_s,
        tr("Only jobs in these states (comma-separated): %1.").arg(stateKeys().join(u", "_s)),
        tr("states"));
    const QCommandLineOption profile(
        u"profile"_s, tr("Only jobs of this saved cloud profile (name or id)."), tr("name"));
    parser.addOptions({help, json, state, profile});
    parser.addPositionalArgument(u"jobs"_s, tr("The command."));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        if (helpShown)
            *helpShown = true;
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return std::nullopt;
    }
    // arguments.at(0) is the command's name ("jobs"), taken by the parser as the program's.
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().at(0));
        return std::nullopt;
    }
    Options o;
    o.json = parser.isSet(json);
    o.profile = parser.value(profile);
    if (parser.isSet(profile) && o.profile.isEmpty()) {
        *error = tr("--profile needs a profile name.");
        return std::nullopt;
    }
    for (const QString &s : parser.values(state)) {
        for (const QString &key : s.split(u',', Qt::SkipEmptyParts)) {
            const QString k = key.trimmed();
            if (!stateKeys().contains(k)) {
                //: %1 = what was given, %2 = the list of state keys
                *error =
                    tr("Unknown state \"%1\". Use one of: %2.").arg(k, stateKeys().join(u", "_s));
                return std::nullopt;
            }
            o.states << k;
        }
    }
    return o;
}

QJsonObject JobsCommand::toJson(const JobRecord &r)
{
    return QJsonObject{
        {u"local_id"_s, r.localId},
        {u"kind"_s,
            r.isForeign() && !r.foreignKind.isEmpty() ? r.foreignKind
                                                      : r.kindKey()},
        {u"state"_s,
            r.isForeign() && !r.foreignState.isEmpty() ? r.foreignState
                                                       : JobRecord::stateKey(r.state)},
        {u"incomplete_upload"_s, r.isIncompleteUpload()},
        {u"profile_id"_s, r.profileId},
        {u"cloud"_s, r.cloudLabel},
        {u"name"_s, r.name},
        {u"job_id"_s, r.jobId},
        {u"marker"_s, r.marker},
        {u"image_ids"_s, QJsonArray::fromStringList(r.imageIds)},
        {u"cloud_status"_s, r.cloudStatus},
        {u"progress"_s, r.progress < 0 ? QJsonValue() : QJsonValue(r.progress)},
        {u"created"_s, iso(r.created)},
        {u"finished"_s, r.finished.isValid() ? QJsonValue(iso(r.finished)) : QJsonValue()},
        {u"error_code"_s, r.errorCode},
        {u"fail_reason"_s, r.failReason},
    };
}

int JobsCommand::run(const Options &options,
    const QString &storePath,
    const QList<CloudProfile> &profiles,
    QTextStream &out,
    QTextStream &err)
{
    QString profileId;
    if (!options.profile.isEmpty()) {
        QStringList ids;
        for (const CloudProfile &p : profiles) {
            if (p.id == options.profile || p.name == options.profile)
                ids << p.id;
        }
        if (ids.size() != 1) {
            err << (ids.isEmpty()
                    ? tr("No saved cloud profile is called \"%1\".").arg(options.profile)
                    : tr("Several saved profiles are called \"%1\"; give its id instead.")
                          .arg(options.profile))
                << Qt::endl;
            return InvalidCommandLine;
        }
        profileId = ids.constFirst();
    }

    const JobStore store(storePath);
    QString error;
    const QList<JobRecord> records = store.load(&error);
    if (const QString notice = store.takeNotice(); !notice.isEmpty())
        err << notice << Qt::endl;
    if (!error.isEmpty()) {
        //: %1 = path of the job history, %2 = why
        err << tr("The job history %1 cannot be read: %2")
                   .arg(QDir::toNativeSeparators(storePath), error)
            << Qt::endl;
        return StoreUnreadable;
    }
    QList<JobRecord> shown;
    for (const JobRecord &r : records) {
        if (!profileId.isEmpty() && r.profileId != profileId)
            continue;
        if (!options.states.isEmpty()
            && !options.states.contains(
                r.isForeign() ? r.foreignState : JobRecord::stateKey(r.state)))
            continue;
        shown << r;
    }

    if (options.json) {
        QJsonArray list;
        for (const JobRecord &r : std::as_const(shown))
            list.append(toJson(r));
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out.flush();
        return Listed;
    }
    const QStringList header{
        tr("State"), tr("Name"), tr("Method"), tr("Created"), tr("Images"), tr("Local ID")};
    QList<QStringList> rows{header};
    for (const JobRecord &r : std::as_const(shown)) {
        rows << QStringList{r.displayStateText(),
            r.name,
            r.kindText(),
            r.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
            r.imageIds.join(u", "_s),
            r.localId};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? padded(row.at(c), widths.at(c) + 2) : row.at(c);
        out << line << Qt::endl;
    }
    if (shown.isEmpty())
        err << tr("No jobs.") << Qt::endl;
    return Listed;
}

int JobsCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    bool helpShown = false;
    const std::optional<Options> options = parseArguments(arguments, &error, &helpShown);
    if (!options) {
        if (helpShown)
            return Listed;
        err << error << Qt::endl;
        return InvalidCommandLine;
    }
    const QString storePath =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"jobs.sqlite"_s);
    const ProfileStore profiles;
    return run(*options, storePath, profiles.profiles(), out, err);
}
