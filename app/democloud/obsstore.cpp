#include "obsstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>

#include "apiutil.h"
#include "demologging.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

QJsonObject objectToJson(const ObsObject &o)
{
    return {{u"key"_s, o.key},
        {u"size"_s, double(o.size)},
        {u"etag"_s, o.etag},
        {u"last_modified"_s, isoMillis(o.lastModified)},
        {u"file"_s, o.file}};
}

ObsObject objectFromJson(const QJsonObject &j)
{
    return ObsObject{j.value(u"key"_s).toString(),
        qint64(j.value(u"size"_s).toDouble()),
        j.value(u"etag"_s).toString(),
        parseIso(j.value(u"last_modified"_s).toString()),
        j.value(u"file"_s).toString()};
}

QJsonObject partToJson(const ObsPart &p)
{
    return {{u"number"_s, p.number},
        {u"size"_s, double(p.size)},
        {u"etag"_s, p.etag},
        {u"last_modified"_s, isoMillis(p.lastModified)},
        {u"file"_s, p.file}};
}

ObsPart partFromJson(const QJsonObject &j)
{
    return ObsPart{j.value(u"number"_s).toInt(),
        qint64(j.value(u"size"_s).toDouble()),
        j.value(u"etag"_s).toString(),
        parseIso(j.value(u"last_modified"_s).toString()),
        j.value(u"file"_s).toString()};
}

QDateTime sampleTime(int day)
{
    return QDateTime(QDate(2026, 10, day), QTime(9, 30), Qt::UTC);
}

/// `size` bytes after `head`, the same every run (a sample disk image's stand-in).
QByteArray sampleBytes(const QByteArray &head, qsizetype size, quint32 seed)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator random(seed);
    for (qsizetype i = head.size(); i + 4 <= size; i += 4) {
        const quint32 v = random.generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    memcpy(bytes.data(), head.constData(), size_t(head.size()));
    return bytes;
}

QByteArray qcow2Header()
{
    // QFI\xfb, version 3, then zeros: enough for a format check to recognise it.
    return QByteArray("QFI\xfb\0\0\0\x03", 8);
}

QByteArray vhdWithFooter(qsizetype size, quint32 seed)
{
    QByteArray bytes = sampleBytes({}, size, seed);
    QByteArray footer(512, '\0');
    memcpy(footer.data(), "conectix", 8);
    bytes.replace(size - 512, 512, footer);
    return bytes;
}

} // namespace

ObsStore::ObsStore(const QString &stateDir)
    : m_stateDir(stateDir)
{ }

ObsStore::~ObsStore() = default;

bool ObsStore::load(QString *error)
{
    if (m_stateDir.isEmpty()) {
        m_temp = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"iw-demo-obs-XXXXXX"_s));
        if (!m_temp->isValid()) {
            *error = u"cannot create a temporary folder for the object storage"_s;
            return false;
        }
        m_root = m_temp->path();
    } else {
        m_root = QDir(m_stateDir).filePath(u"obs"_s);
    }
    if (!QDir().mkpath(QDir(m_root).filePath(u"data"_s))) {
        *error = u"cannot create %1"_s.arg(QDir(m_root).filePath(u"data"_s));
        return false;
    }
    QFile file(QDir(m_root).filePath(u"obs.json"_s));
    if (!file.exists()) {
        seedSamples();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(file.fileName());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (root.value(u"format"_s).toInt() != 1) {
        qCWarning(lcDemo).noquote() << file.fileName() << "is unreadable; moved aside";
        QFile::remove(file.fileName() + u".bad"_s);
        QFile::rename(file.fileName(), file.fileName() + u".bad"_s);
        seedSamples();
        return true;
    }
    const QJsonArray buckets = root.value(u"buckets"_s).toArray();
    for (const QJsonValue &v : buckets) {
        const QJsonObject j = v.toObject();
        ObsBucket b{j.value(u"name"_s).toString(),
            j.value(u"location"_s).toString(),
            j.value(u"storage_class"_s).toString(),
            parseIso(j.value(u"created"_s).toString()),
            {}};
        const QJsonArray objects = j.value(u"objects"_s).toArray();
        for (const QJsonValue &o : objects) {
            const ObsObject object = objectFromJson(o.toObject());
            b.objects.insert(object.key, object);
        }
        m_buckets.insert(b.name, b);
    }
    const QJsonArray uploads = root.value(u"uploads"_s).toArray();
    for (const QJsonValue &v : uploads) {
        const QJsonObject j = v.toObject();
        ObsUpload u{j.value(u"id"_s).toString(),
            j.value(u"bucket"_s).toString(),
            j.value(u"key"_s).toString(),
            parseIso(j.value(u"initiated"_s).toString()),
            {}};
        const QJsonArray parts = j.value(u"parts"_s).toArray();
        for (const QJsonValue &p : parts) {
            const ObsPart part = partFromJson(p.toObject());
            u.parts.insert(part.number, part);
        }
        m_uploads.insert(u.id, u);
    }
    return true;
}

void ObsStore::reset()
{
    for (const ObsBucket &b : std::as_const(m_buckets)) {
        for (const ObsObject &o : b.objects)
            removeFile(o.file);
    }
    for (const ObsUpload &u : std::as_const(m_uploads)) {
        for (const ObsPart &p : u.parts)
            removeFile(p.file);
    }
    m_buckets.clear();
    m_uploads.clear();
    seedSamples();
}

QString ObsStore::dataPath(const QString &file) const
{
    return QDir(m_root).filePath(u"data/"_s + file);
}

QString ObsStore::newDataFile() const
{
    return randomHex(16);
}

const ObsBucket *ObsStore::bucket(const QString &name) const
{
    const auto it = m_buckets.constFind(name);
    return it == m_buckets.cend() ? nullptr : &it.value();
}

void ObsStore::addBucket(const ObsBucket &bucket)
{
    m_buckets.insert(bucket.name, bucket);
    save();
}

void ObsStore::removeBucket(const QString &name)
{
    m_buckets.remove(name);
    save();
}

void ObsStore::putObject(const QString &bucket, const ObsObject &object)
{
    ObsBucket &b = m_buckets[bucket];
    const auto old = b.objects.constFind(object.key);
    if (old != b.objects.cend() && old->file != object.file)
        removeFile(old->file);
    b.objects.insert(object.key, object);
    save();
}

bool ObsStore::writeObject(const QString &bucket, const QString &key, const QByteArray &bytes)
{
    if (!m_buckets.contains(bucket))
        return false;
    ObsObject o{key,
        bytes.size(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()),
        QDateTime::currentDateTimeUtc(),
        newDataFile()};
    QFile f(dataPath(o.file));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    putObject(bucket, o);
    return true;
}

void ObsStore::removeObject(const QString &bucket, const QString &key)
{
    ObsBucket &b = m_buckets[bucket];
    const auto it = b.objects.find(key);
    if (it == b.objects.end())
        return;
    removeFile(it->file);
    b.objects.erase(it);
    save();
}

const ObsUpload *ObsStore::upload(const QString &id) const
{
    const auto it = m_uploads.constFind(id);
    return it == m_uploads.cend() ? nullptr : &it.value();
}

const ObsUpload &ObsStore::startUpload(const QString &bucket, const QString &key)
{
    ObsUpload u{randomHex(20), bucket, key, QDateTime::currentDateTimeUtc(), {}};
    const auto it = m_uploads.insert(u.id, u);
    save();
    return it.value();
}

void ObsStore::putPart(const QString &uploadId, const ObsPart &part)
{
    ObsUpload &u = m_uploads[uploadId];
    const auto old = u.parts.constFind(part.number);
    if (old != u.parts.cend() && old->file != part.file)
        removeFile(old->file);
    u.parts.insert(part.number, part);
    save();
}

void ObsStore::removeUpload(const QString &id)
{
    const auto it = m_uploads.find(id);
    if (it == m_uploads.end())
        return;
    for (const ObsPart &p : std::as_const(it->parts))
        removeFile(p.file);
    m_uploads.erase(it);
    save();
}

void ObsStore::seedSamples()
{
    // docs/democloud.md, "Object storage": one usable bucket with image files, and two that IMS
    // cannot import from (another region; the Cold class), so a browser shows them disabled.
    m_buckets.insert(u"imagewright-demo"_s,
        ObsBucket{u"imagewright-demo"_s, u"demo-1"_s, u"STANDARD"_s, sampleTime(1), {}});
    m_buckets.insert(u"imagewright-demo-cold"_s,
        ObsBucket{u"imagewright-demo-cold"_s, u"demo-1"_s, u"COLD"_s, sampleTime(2), {}});
    m_buckets.insert(u"imagewright-demo-2"_s,
        ObsBucket{u"imagewright-demo-2"_s, u"demo-2"_s, u"STANDARD"_s, sampleTime(3), {}});
    addSampleObject(u"imagewright-demo"_s,
        u"images/web-base.qcow2"_s,
        sampleBytes(qcow2Header(), 1024 * 1024, 1));
    addSampleObject(u"imagewright-demo"_s, u"images/data-disk.vhd"_s, vhdWithFooter(256 * 1024, 2));
    addSampleObject(u"imagewright-demo"_s,
        u"README.txt"_s,
        "Sample bucket of the Imagewright demo cloud. Import images/web-base.qcow2 with IMS.\n");
    addSampleObject(u"imagewright-demo-cold"_s,
        u"archive/old-base.qcow2"_s,
        sampleBytes(qcow2Header(), 512 * 1024, 3));
    addSampleObject(u"imagewright-demo-2"_s,
        u"images/web-base.qcow2"_s,
        sampleBytes(qcow2Header(), 512 * 1024, 4));
    save();
}

void ObsStore::addSampleObject(const QString &bucket, const QString &key, const QByteArray &bytes)
{
    ObsObject o{key,
        bytes.size(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()),
        m_buckets.value(bucket).created,
        newDataFile()};
    QFile f(dataPath(o.file));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qCWarning(lcDemo).noquote() << "cannot write the sample object" << f.fileName();
        return;
    }
    m_buckets[bucket].objects.insert(key, o);
}

void ObsStore::save() const
{
    QJsonArray buckets;
    for (const ObsBucket &b : m_buckets) {
        QJsonArray objects;
        for (const ObsObject &o : b.objects)
            objects.append(objectToJson(o));
        buckets.append(QJsonObject{{u"name"_s, b.name},
            {u"location"_s, b.location},
            {u"storage_class"_s, b.storageClass},
            {u"created"_s, isoMillis(b.created)},
            {u"objects"_s, objects}});
    }
    QJsonArray uploads;
    for (const ObsUpload &u : m_uploads) {
        QJsonArray parts;
        for (const ObsPart &p : u.parts)
            parts.append(partToJson(p));
        uploads.append(QJsonObject{{u"id"_s, u.id},
            {u"bucket"_s, u.bucket},
            {u"key"_s, u.key},
            {u"initiated"_s, isoMillis(u.initiated)},
            {u"parts"_s, parts}});
    }
    const QJsonObject root{{u"format"_s, 1}, {u"buckets"_s, buckets}, {u"uploads"_s, uploads}};
    QSaveFile file(QDir(m_root).filePath(u"obs.json"_s));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcDemo).noquote() << "cannot save" << file.fileName();
    }
}

void ObsStore::removeFile(const QString &file) const
{
    if (!file.isEmpty())
        QFile::remove(dataPath(file));
}

} // namespace DemoCloud
