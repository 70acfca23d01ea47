#include "obs/bucketcreator.h"

#include <QTimer>

#include "cli/obscommand.h"
#include "obs/bucketrules.h"
#include "obs/s3client.h"

using namespace Qt::StringLiterals;

namespace {

/// The cloud's refusal of a CreateBucket, said for the name's field.
QString refusal(const ApiError &error, const QString &name, const QString &region)
{
    const QString &code = error.serviceCode;
    if (code == u"BucketAlreadyExists")
        //: %1 = bucket name
        return ObsBucketCreator::tr("The name %1 is taken: OBS bucket names are unique across "
                                    "all accounts. Choose another name.")
            .arg(name);
    if (code == u"TooManyBuckets")
        return ObsBucketCreator::tr("This account has as many buckets as OBS allows. Use one of "
                                    "them, or delete one you no longer need.");
    if (code == u"InvalidBucketName")
        //: %1 = bucket name, %2 = OBS's message
        return ObsBucketCreator::tr("OBS does not accept %1 as a bucket name: %2")
            .arg(name, error.message);
    if (code == u"InvalidLocationConstraint")
        //: %1 = region
        return ObsBucketCreator::tr("OBS cannot create a bucket in region %1 at this endpoint.")
            .arg(region);
    if (code == u"AccessDenied" || error.httpStatus == 403)
        //: %1 = why, as OBS said it
        return ObsBucketCreator::tr("This account may not create buckets: %1")
            .arg(ObsCommand::describe(error));
    return ObsCommand::describe(error);
}

} // namespace

ObsBucketCreator::ObsBucketCreator(QObject *parent)
    : QObject(parent)
{ }

bool ObsBucketCreator::create(
    S3Client *client, const QString &name, const QString &region, Done done)
{
    if (m_busy)
        return false;
    m_busy = true;
    const auto finish = [this, done](const QString &error) {
        m_busy = false;
        done(error);
    };
    QString local;
    if (const auto why = ObsBucketRules::checkBucketName(name))
        local = *why;
    else if (!client)
        local = tr("The bucket list has not been read from OBS yet.");
    if (!local.isEmpty()) {
        QTimer::singleShot(0, this, [finish, local] { finish(local); });
        return true;
    }
    client->createBucket(
        name, region, u"STANDARD"_s, this, [finish, name, region](bool, const ApiError &error) {
            // Already this account's (the demo and AWS answer 409 BucketAlreadyOwnedByYou where
            // OBS answers 200): it exists, which is what was asked.
            if (!error || error.serviceCode == u"BucketAlreadyOwnedByYou")
                return finish({});
            finish(refusal(error, name, region));
        });
    return true;
}
