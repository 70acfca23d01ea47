#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

class QTemporaryDir;

namespace DemoCloud {

/// An object's or a part's bytes live in a file of the store's data folder; these hold its name.
struct ObsObject
{
    QString key;
    qint64 size = 0;
    QString etag; // without quotes: the MD5 in hex, or "MD5(MD5s)-N" after a multipart upload
    QDateTime lastModified;
    QString file; // name in dataDir()
};

struct ObsPart
{
    int number = 0;
    qint64 size = 0;
    QString etag; // MD5 of the part in hex, without quotes
    QDateTime lastModified;
    QString file;
};

struct ObsUpload
{
    QString id;
    QString bucket;
    QString key;
    QDateTime initiated;
    QMap<int, ObsPart> parts;
};

struct ObsBucket
{
    QString name;
    QString location;     // region, e.g. demo-1
    QString storageClass; // STANDARD, WARM or COLD (OBS's names)
    QDateTime created;
    QMap<QString, ObsObject> objects; // by key: listed in key order
};

/// The demo object storage's buckets, objects and unfinished multipart uploads. Metadata is kept
/// in DIR/obs/obs.json (rewritten atomically after every change) and the bytes in DIR/obs/data/
/// when a state directory is given; otherwise both live in a temporary folder removed at exit.
/// A fresh store gets the sample buckets (docs/democloud.md). Not thread-safe.
class ObsStore
{
public:
    explicit ObsStore(const QString &stateDir);
    ~ObsStore();

    /// Opens the folders and reads obs.json (or seeds the samples when there is none). An
    /// unreadable obs.json is moved aside (obs.json.bad) and the samples are seeded again.
    bool load(QString *error);
    /// Forgets everything, deletes the data files and seeds the samples again.
    void reset();

    /// The absolute path of a data file name; newDataFile() names a fresh one.
    QString dataPath(const QString &file) const;
    QString newDataFile() const;

    QList<ObsBucket> buckets() const { return m_buckets.values(); }
    const ObsBucket *bucket(const QString &name) const;
    void addBucket(const ObsBucket &bucket);
    void removeBucket(const QString &name);

    /// Adds or replaces the object (the replaced object's file is deleted).
    void putObject(const QString &bucket, const ObsObject &object);
    void removeObject(const QString &bucket, const QString &key);
    /// Writes `bytes` as an object of an existing bucket (the demo's IMS export); false when the
    /// bucket is missing or the file cannot be written.
    bool writeObject(const QString &bucket, const QString &key, const QByteArray &bytes);

    QList<ObsUpload> uploads() const { return m_uploads.values(); }
    const ObsUpload *upload(const QString &id) const;
    const ObsUpload &startUpload(const QString &bucket, const QString &key);
    /// Adds or replaces a part (the replaced part's file is deleted).
    void putPart(const QString &uploadId, const ObsPart &part);
    /// Forgets the upload and deletes its parts' files.
    void removeUpload(const QString &id);

private:
    void seedSamples();
    void addSampleObject(const QString &bucket, const QString &key, const QByteArray &bytes);
    void save() const;
    void removeFile(const QString &file) const;

    QString m_stateDir;
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_root; // DIR/obs or the temporary folder
    QMap<QString, ObsBucket> m_buckets;
    QMap<QString, ObsUpload> m_uploads; // by upload id
};

} // namespace DemoCloud
