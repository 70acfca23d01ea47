// S3 answers (OBS, Swift's s3api, AWS): every S3Xml parser on the same input (ListBuckets,
// GetBucketLocation, ListObjectsV2, CreateMultipartUpload, ListParts, ListMultipartUploads,
// CompleteMultipartUpload, error bodies), and the ETag unquoting.
#include "fuzz_common.h"
#include "obs/s3xml.h"

IW_FUZZ_TARGET(s3xml)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    const QByteArray input = IwFuzz::bytes(data, size);
    QString why;
    S3Error error;
    (void)S3Xml::buckets(input, &why);
    (void)S3Xml::location(input, &why);
    (void)S3Xml::objects(input, &why);
    (void)S3Xml::uploadId(input, &why);
    (void)S3Xml::parts(input, &why);
    (void)S3Xml::uploads(input, &why);
    (void)S3Xml::completed(input, &why, &error);
    (void)S3Xml::error(input);
    (void)S3Xml::unquote(QString::fromUtf8(input));
    return 0;
}
