#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// An IMS asynchronous job as read back from the status query (GET /v1/{project}/jobs/{id}) or
/// the progress query (GET /v1/cloudimages/job/{id}): reference/api-facts.md §1.1.
struct ImsJob
{
    Q_GADGET
public:
    enum class Status
    {
        Init,
        Running,
        Success,
        Fail,
        Unknown
    };
    Q_ENUM(Status)

    struct SubJob
    {
        QString jobId;
        QString jobType;
        Status status = Status::Unknown;
        QString imageId;
        QString imageName;
        QString errorCode;
        QString failReason;
    };

    QString jobId;
    QString jobType;
    Status status = Status::Unknown;
    QString statusText; // the raw value, shown when it is not one we know
    QDateTime beginTime;
    QDateTime endTime;
    QString errorCode;
    QString failReason;
    QString imageId;
    QString imageName;
    std::optional<double> processPercent; // 0..1 (a fraction, not a percentage)
    QString currentTask;
    QList<SubJob> subJobs;

    bool isTerminal() const { return status == Status::Success || status == Status::Fail; }
    /// Every image the job made: entities.image_id and sub_jobs_result[].entities.image_id.
    QStringList imageIds() const;

    static std::optional<ImsJob> fromJson(const QJsonObject &o, QString *why = nullptr);
    static Status statusFromString(const QString &s);
    /// ISO 8601 with or without milliseconds, and the old "04-Jun-2015 18:11:06:586" form.
    static QDateTime parseTime(const QString &s);
};
Q_DECLARE_METATYPE(ImsJob::Status)
