#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "create/creationmethod.h"

struct JobRecord;

/// What the review page says before it shows the request (issue 16): the method in words, the
/// source by name and ID, what the image will be (name, OS, disks, tags, file), what the cloud
/// will do, how long such a create took on this monitor before, and exactly what Imagewright
/// adds to the request (a marker where one is added, the client-chosen image ID for Glance,
/// nothing for Cinder). Read from the body as it is sent, so it never says more than the
/// request does. Translated at the time it is made.
struct CreateSummary
{
    Q_DECLARE_TR_FUNCTIONS(CreateSummary)
public:
    struct Input
    {
        CreationMethod method = CreationMethod::ImsEcs;
        QJsonObject body;   // as sent, marker included
        QString sourceName; // the server or volume by name; empty when unknown
        QString sourceId;   // its ID (Nova server, Cinder volume; IMS from the body)
        QString file;       // Glance: the local file
        qint64 fileSize = -1;
        QString marker; // the marker sent (Glance: the image ID)
        QString bitmap; // ims-local-file, RAW quick import: the bitmap file's name
        QString bitmapUrl; // and the bucket:object it becomes
    };
    struct Row
    {
        QString label;
        QString value;
        bool operator==(const Row &) const = default;
    };

    QString method; // the method in words
    QList<Row> rows;
    QString cloudDoes;
    QString typicalTime;
    QString imagewrightAdds;

    /// `history`: the monitor's jobs, for how long this kind of create took before.
    static CreateSummary of(const Input &input, const QList<JobRecord> &history);
    /// The median time of the last (at most 20) successful jobs of `method`, in seconds; -1
    /// when none.
    static qint64 typicalSeconds(CreationMethod method, const QList<JobRecord> &history);
};
