#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// Values of the S3 API's answers (OBS, Swift's s3api, AWS). Plain data; S3Xml parses them.

struct S3Bucket
{
    QString name;
    QDateTime created;
    QString location; // OBS lists it (<Location>); empty where the listing does not say
};

struct S3BucketInfo
{
    QString location;     // GetBucketLocation, or HEAD's x-obs-bucket-location
    QString storageClass; // HEAD's x-obs-storage-class (OBS only); empty when not said
};

struct S3Object
{
    QString key;
    qint64 size = 0;
    QString etag; // without quotes
    QDateTime lastModified;
    QString storageClass;
};

struct S3ObjectList
{
    QList<S3Object> objects;
    QStringList commonPrefixes;
    bool truncated = false;
    QString nextContinuationToken;
};

struct S3Part
{
    int number = 0;
    QString etag; // without quotes: the part's MD5 in hex
    qint64 size = 0;
};

struct S3PartList
{
    QList<S3Part> parts;
    bool truncated = false;
    int nextPartNumberMarker = 0;
};

struct S3Upload
{
    QString key;
    QString uploadId;
    QDateTime initiated;
};

struct S3UploadList
{
    QList<S3Upload> uploads;
    bool truncated = false;
    QString nextKeyMarker;
    QString nextUploadIdMarker;
};

struct S3Completed
{
    QString location;
    QString etag; // without quotes: "MD5(MD5(p1)..MD5(pN))-N" for a multipart object
};

/// An S3 error body (<Error><Code>..</Code><Message>..</Message>...</Error>).
struct S3Error
{
    QString code;
    QString message;
    QString requestId;
    QString resource;
};
