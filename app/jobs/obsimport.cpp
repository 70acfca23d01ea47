#include "jobs/obsimport.h"

using namespace Qt::StringLiterals;

QJsonObject ObsImport::toJson() const
{
    QJsonObject o{{u"bucket"_s, bucket},
        {u"object"_s, object},
        {u"keep_object"_s, keepObject},
        {u"import_body"_s, importBody},
        {u"etag"_s, etag},
        {u"object_deleted"_s, objectDeleted}};
    if (upload.partSize > 0)
        o.insert(u"upload"_s, upload.toJson());
    if (!bitmapObject.isEmpty()) {
        o.insert(u"bitmap_file"_s, bitmapFile);
        o.insert(u"bitmap_object"_s, bitmapObject);
        o.insert(u"bitmap_uploaded"_s, bitmapUploaded);
    }
    return o;
}

ObsImport ObsImport::fromJson(const QJsonObject &o)
{
    ObsImport r;
    r.bucket = o.value(u"bucket"_s).toString();
    r.object = o.value(u"object"_s).toString();
    r.keepObject = o.value(u"keep_object"_s).toBool(true);
    r.importBody = o.value(u"import_body"_s).toObject();
    r.etag = o.value(u"etag"_s).toString();
    r.objectDeleted = o.value(u"object_deleted"_s).toBool(false);
    r.bitmapFile = o.value(u"bitmap_file"_s).toString();
    r.bitmapObject = o.value(u"bitmap_object"_s).toString();
    r.bitmapUploaded = o.value(u"bitmap_uploaded"_s).toBool(false);
    if (const auto state = UploadState::fromJson(o.value(u"upload"_s).toObject(), nullptr))
        r.upload = *state;
    r.upload.bucket = r.bucket;
    r.upload.key = r.object;
    return r;
}
