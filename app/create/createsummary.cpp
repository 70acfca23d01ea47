#include "create/createsummary.h"

#include <algorithm>

#include <QJsonArray>
#include <QLocale>

#include "create/imsfields.h"
#include "jobs/jobrecord.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int HistoryConsidered = 20;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

/// IMS `image_tags` [{key, value}] or `tags` ["key.value"], Glance `tags` ["key=value"], Nova
/// `metadata` {key: value}, without Imagewright's marker.
QStringList tagsOf(const QJsonObject &o)
{
    const QString marker = QString::fromLatin1(MarkerTagKey);
    QStringList tags;
    for (const QJsonValue &v : o.value(u"image_tags"_s).toArray()) {
        const QJsonObject tag = v.toObject();
        if (tag.value(u"key"_s).toString() != marker)
            tags << tag.value(u"key"_s).toString() + u'=' + tag.value(u"value"_s).toString();
    }
    for (const QJsonValue &v : o.value(u"tags"_s).toArray()) {
        const QString tag = v.toString();
        if (!tag.startsWith(marker + u'.') && !tag.startsWith(marker + u'='))
            tags << tag;
    }
    const QJsonObject metadata = o.value(u"metadata"_s).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key() != marker)
            tags << it.key() + u'=' + it.value().toString();
    }
    return tags;
}

QString durationText(qint64 seconds)
{
    if (seconds < 90)
        //: A typical duration. %n = seconds
        return CreateSummary::tr("about %n second(s)", nullptr, int(std::max<qint64>(seconds, 1)));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90)
        //: A typical duration. %n = minutes
        return CreateSummary::tr("about %n minute(s)", nullptr, int(minutes));
    //: A typical duration. %1 = hours with one decimal
    return CreateSummary::tr("about %1 hours")
        .arg(QLocale().toString(double(minutes) / 60.0, 'f', 1));
}

} // namespace

qint64 CreateSummary::typicalSeconds(CreationMethod method, const QList<JobRecord> &history)
{
    QList<const JobRecord *> done;
    for (const JobRecord &r : history) {
        if (r.method == method && r.state == JobState::Succeeded && r.created.isValid()
            && r.finished.isValid() && r.finished >= r.created)
            done << &r;
    }
    if (done.isEmpty())
        return -1;
    std::sort(done.begin(), done.end(), [](const JobRecord *a, const JobRecord *b) {
        return a->finished > b->finished; // newest first
    });
    done = done.mid(0, HistoryConsidered);
    QList<qint64> seconds;
    for (const JobRecord *r : std::as_const(done))
        seconds << r->created.secsTo(r->finished);
    std::sort(seconds.begin(), seconds.end());
    return seconds.at(seconds.size() / 2);
}

CreateSummary CreateSummary::of(const Input &in, const QList<JobRecord> &history)
{
    CreateSummary s;
    s.method = CreationMethods::title(in.method);
    QJsonObject o = in.body;
    if (in.method == CreationMethod::NovaCreateImage)
        o = in.body.value(u"createImage"_s).toObject();
    else if (in.method == CreationMethod::CinderUploadToImage)
        o = in.body.value(u"os-volume_upload_image"_s).toObject();

    const auto add = [&s](const QString &label, const QString &value) {
        if (!value.isEmpty())
            s.rows.append({label, value});
    };
    // The server or volume: the body's own ID where it has one, else the one chosen.
    const auto source = [&o, &in](const QString &key) {
        const QString id = o.value(key).toString();
        return id.isEmpty() ? in.sourceId : id;
    };
    const auto named = [&in](const QString &id) {
        if (in.sourceName.isEmpty() || in.sourceName == id)
            return id;
        //: A server or volume: %1 = name, %2 = ID
        return tr("%1 (%2)").arg(in.sourceName, id);
    };

    const QString nameKey =
        in.method == CreationMethod::CinderUploadToImage ? u"image_name"_s : u"name"_s;
    switch (in.method) {
    case CreationMethod::ImsEcs:
        add(tr("Image name"), o.value(nameKey).toString());
        add(tr("From the server"), named(source(u"instance_id"_s)));
        s.cloudDoes = tr("IMS copies the server's system disk into a new private image. The "
                         "cloud runs this as a job; the monitor follows it to its end.");
        break;
    case CreationMethod::ImsEcsDataDisks: {
        const QJsonArray disks = o.value(u"data_images"_s).toArray();
        QStringList names;
        for (const QJsonValue &d : disks)
            names << d.toObject().value(u"name"_s).toString();
        add(tr("From the server"), named(source(u"instance_id"_s)));
        //: %n = data disks, then their image names
        add(tr("Data disk images"),
            tr("%n image(s): ", nullptr, int(disks.size())) + names.join(u", "_s));
        s.cloudDoes = tr("IMS makes one data disk image of each chosen data disk, in one job.");
        break;
    }
    case CreationMethod::ImsObsFile:
        add(tr("Image name"), o.value(nameKey).toString());
        add(tr("Image file"), o.value(u"image_url"_s).toString());
        add(tr("Minimum disk"),
            o.contains(u"min_disk"_s) ? tr("%1 GB").arg(o.value(u"min_disk"_s).toInt())
                                      : QString());
        s.cloudDoes = tr("IMS reads the image file from the OBS bucket and registers it as a "
                         "private image.");
        break;
    case CreationMethod::ImsDataDisk:
        add(tr("Image name"), o.value(nameKey).toString());
        add(tr("From the data disk"), named(source(u"volume_id"_s)));
        s.cloudDoes = tr("IMS makes a system disk image from the data disk.");
        break;
    case CreationMethod::NovaCreateImage:
        add(tr("Image name"), o.value(nameKey).toString());
        add(tr("From the server"), named(in.sourceId));
        s.cloudDoes = tr("Nova takes a snapshot of the server into a new image; the monitor "
                         "follows the image until it is active.");
        break;
    case CreationMethod::CinderUploadToImage:
        add(tr("Image name"), o.value(nameKey).toString());
        add(tr("From the volume"), named(in.sourceId));
        add(tr("Disk format"), o.value(u"disk_format"_s).toString());
        s.cloudDoes = tr("Cinder copies the volume into a new image; the volume is "
                         "\"uploading\" meanwhile and goes back to its status after.");
        break;
    case CreationMethod::GlanceCreateUpload:
        add(tr("Image name"), o.value(nameKey).toString());
        add(tr("Image file"),
            in.fileSize >= 0 ? tr("%1 (%2)").arg(in.file, sizeText(in.fileSize)) : in.file);
        add(tr("Disk format"), o.value(u"disk_format"_s).toString());
        s.cloudDoes = tr("Glance creates the image, then Imagewright uploads the file to it; "
                         "Glance checks and stores it, and the image becomes active.");
        break;
    case CreationMethod::ImsLocalFile:
        add(tr("Image name"), o.value(nameKey).toString());
        add(tr("Image file"),
            in.fileSize >= 0 ? tr("%1 (%2)").arg(in.file, sizeText(in.fileSize)) : in.file);
        add(tr("OBS object"), o.value(u"image_url"_s).toString());
        if (!in.bitmap.isEmpty())
            //: %1 = the bitmap file's name, %2 = bucket:object
            add(tr("Bitmap file"), tr("%1, as %2").arg(in.bitmap, in.bitmapUrl));
        add(tr("Minimum disk"),
            o.contains(u"min_disk"_s) ? tr("%1 GB").arg(o.value(u"min_disk"_s).toInt())
                                      : QString());
        s.cloudDoes = tr("Imagewright uploads the image file to the OBS bucket in parts "
                         "(resumable), then IMS imports it as a private image.");
        break;
    }
    const QString os = o.value(u"os_version"_s).toString().isEmpty()
        ? o.value(u"__os_version"_s).toString()
        : o.value(u"os_version"_s).toString();
    add(tr("OS"), os);
    add(tr("Tags"), tagsOf(o).join(u", "_s));

    const qint64 typical = typicalSeconds(in.method, history);
    s.typicalTime = typical >= 0
        //: %1 = a duration such as "about 12 minutes"
        ? tr("On this computer such a create took %1 (the median of the last ones that "
             "succeeded).")
              .arg(durationText(typical))
        : tr("How long it takes depends on the size of the disk or file; the job monitor shows "
             "its progress.");

    switch (in.method) {
    case CreationMethod::CinderUploadToImage:
        s.imagewrightAdds = tr("Imagewright adds nothing to this request (the API has no field "
                               "for it). A lost answer is found again by the volume and the "
                               "time.");
        break;
    case CreationMethod::GlanceCreateUpload:
        //: %1 = the image ID
        s.imagewrightAdds = tr("Imagewright chooses the image ID (%1), so a request whose "
                               "answer was lost can be sent again without making a second "
                               "image.")
                                .arg(in.marker);
        break;
    case CreationMethod::NovaCreateImage:
        //: %1 = key=value
        s.imagewrightAdds = tr("Imagewright adds the image property %1 to find the image again "
                               "if the answer is lost.")
                                .arg(QString::fromLatin1(MarkerTagKey) + u'=' + in.marker);
        break;
    default: {
        // IMS takes the marker in the form of the request's other tags.
        const bool dotted = o.contains(u"tags"_s) && !o.contains(u"image_tags"_s);
        //: %1 = the marker tag, e.g. imagewright_op=1b2c...
        s.imagewrightAdds =
            tr("Imagewright adds the tag %1 to find the job again if the "
               "answer is lost.")
                .arg(QString::fromLatin1(MarkerTagKey) + (dotted ? u'.' : u'=') + in.marker);
        break;
    }
    }
    return s;
}
