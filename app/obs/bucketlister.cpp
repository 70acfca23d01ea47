#include "obs/bucketlister.h"

#include <algorithm>

#include "cli/obscommand.h"
#include "cli/obsprofile.h"
#include "cloud/cloudsession.h"
#include "obs/bucketrules.h"
#include "obs/s3client.h"

ObsBucketLister::ObsBucketLister(CloudSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void ObsBucketLister::reload()
{
    ++m_generation;
    m_buckets.clear();
    m_error.clear();
    m_pending = 0;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    if (!m_session) {
        finish(m_generation, tr("No cloud profile is selected."));
        return;
    }
    if (m_session->isConnected()) {
        list();
        return;
    }
    const int generation = m_generation;
    m_session->connectToCloud(this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (error) {
            finish(generation, error.userMessage());
            return;
        }
        list();
    });
}

void ObsBucketLister::list()
{
    const int generation = m_generation;
    if (!m_client) {
        QString why;
        const auto env = ObsProfile::envFor(m_session, {}, false, this, &why);
        if (!env) {
            finish(generation, why);
            return;
        }
        m_client = ObsCommand::makeClient(*env, this);
    }
    m_client->listBuckets(
        this, [this, generation](const QList<S3Bucket> &found, const ApiError &error) {
            if (generation != m_generation)
                return;
            if (error) {
                finish(generation, ObsCommand::describe(error));
                return;
            }
            for (const S3Bucket &b : found)
                m_buckets.append({b.name, b.location, {}, {}});
            std::sort(m_buckets.begin(), m_buckets.end(), [](const Bucket &a, const Bucket &b) {
                return a.name < b.name;
            });
            if (m_buckets.isEmpty()) {
                finish(generation, {});
                return;
            }
            m_pending = int(m_buckets.size());
            for (int i = 0; i < m_buckets.size(); ++i)
                infoOf(generation, i);
        });
}

void ObsBucketLister::infoOf(int generation, int index)
{
    const QString name = m_buckets.at(index).name;
    m_client->bucketInfo(name,
        this,
        [this, generation, index, name](const S3BucketInfo &info, const ApiError &error) {
            if (generation != m_generation || index >= m_buckets.size())
                return;
            Bucket &b = m_buckets[index];
            if (error) {
                //: %1 = why the bucket's region and storage class could not be read
                b.unusableReason = tr("Its region and storage class could not be read: %1")
                                       .arg(ObsCommand::describe(error));
            } else {
                if (!info.location.isEmpty())
                    b.location = info.location;
                b.storageClass = info.storageClass;
                const QString region = m_session ? m_session->profile().region : QString();
                b.unusableReason =
                    ObsBucketRules::unusableReason(name, {b.location, b.storageClass}, region)
                        .value_or(QString());
            }
            if (--m_pending == 0)
                finish(generation, {});
        });
}

void ObsBucketLister::finish(int generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_error = error;
    m_loaded = error.isEmpty();
    m_loading = false;
    Q_EMIT loadingChanged(false);
    if (error.isEmpty())
        Q_EMIT loaded();
    else
        Q_EMIT loadFailed(error);
}
