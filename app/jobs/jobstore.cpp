#include "jobs/jobstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "logging.h"

using namespace Qt::StringLiterals;

JobStore::JobStore(QString path)
    : m_path(std::move(path))
{ }

QString JobStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"jobs.json"_s);
}

QList<JobRecord> JobStore::load(QString *error) const
{
    QList<JobRecord> records;
    QFile file(m_path);
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return records;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        qCWarning(lcJobs) << "job store unreadable:" << parseError.errorString();
        return records;
    }
    const QJsonArray list = doc.object().value(u"jobs"_s).toArray();
    for (const QJsonValue &v : list) {
        if (auto r = JobRecord::fromJson(v.toObject()))
            records.append(*r);
        else
            qCWarning(lcJobs) << "skipping an unreadable job record";
    }
    return records;
}

bool JobStore::save(const QList<JobRecord> &records, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray list;
    for (const JobRecord &r : records)
        list.append(r.toJson());
    const QJsonObject root{{u"format"_s, 1}, {u"jobs"_s, list}};
    QSaveFile file(m_path); // temp file + fsync + rename: never a half-written store
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcJobs) << "job store not saved:" << file.errorString();
        return false;
    }
    return true;
}
