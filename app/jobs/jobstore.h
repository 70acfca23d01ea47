#pragma once

#include <QList>
#include <QString>

#include "jobs/jobrecord.h"

/// Persists job records as one JSON document, written atomically (QSaveFile: write a temp file,
/// fsync, rename), so the monitor survives a restart or a crash and an intent is durable before
/// its create is sent. Default location: AppDataLocation/jobs.json.
class JobStore
{
public:
    explicit JobStore(QString path = defaultPath());

    const QString &path() const { return m_path; }
    QList<JobRecord> load(QString *error = nullptr) const;
    bool save(const QList<JobRecord> &records, QString *error = nullptr) const;

    static QString defaultPath();

private:
    QString m_path;
};
