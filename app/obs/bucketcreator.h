#pragma once

#include <functional>

#include <QObject>
#include <QPointer>
#include <QString>

class S3Client;

/// Creates an OBS bucket IMS can import from (issue 14): in the profile's region
/// (CreateBucketConfiguration/LocationConstraint) and of the Standard class (OBS's
/// x-obs-storage-class: STANDARD; without the header OBS makes Standard buckets too). The name
/// is checked first with ObsBucketRules::checkBucketName, so a name OBS would refuse is said
/// before anything is sent; the cloud's refusals (BucketAlreadyExists, TooManyBuckets,
/// AccessDenied, InvalidBucketName, ...) come back as a translated sentence for the name's
/// field. A bucket of the same name this account already owns counts as created (OBS answers
/// 200 for it in the same region). GUI thread.
class ObsBucketCreator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsBucketCreator)
public:
    /// `error` empty: the bucket exists now.
    using Done = std::function<void(const QString &error)>;

    explicit ObsBucketCreator(QObject *parent = nullptr);

    /// Sends CreateBucket for `name` in `region` with `client`; `done` is called once, later
    /// (also for a name refused here, with nothing sent). False when one is on its way.
    bool create(S3Client *client, const QString &name, const QString &region, Done done);
    bool isBusy() const { return m_busy; }

private:
    bool m_busy = false;
};
