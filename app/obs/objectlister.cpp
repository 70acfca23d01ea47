#include "obs/objectlister.h"

#include <algorithm>

#include "cli/obscommand.h"
#include "obs/bucketrules.h"
#include "obs/s3client.h"

ObsObjectLister::ObsObjectLister(QObject *parent)
    : QObject(parent)
{ }

void ObsObjectLister::setClient(S3Client *client)
{
    m_client = client;
}

S3Client *ObsObjectLister::client() const
{
    return m_client;
}

void ObsObjectLister::list(const QString &bucket, const QString &prefix)
{
    ++m_generation;
    m_bucket = bucket;
    m_prefix = prefix;
    m_nextToken.clear();
    m_entries.clear();
    m_error.clear();
    m_errorCode.clear();
    if (bucket.isEmpty()) {
        setLoading(false);
        Q_EMIT changed();
        return;
    }
    setLoading(true);
    Q_EMIT changed();
    fetch({});
}

void ObsObjectLister::more()
{
    if (m_loading || m_nextToken.isEmpty())
        return;
    fetch(m_nextToken);
}

void ObsObjectLister::clear()
{
    list({}, {});
}

void ObsObjectLister::fetch(const QString &token)
{
    const int generation = m_generation;
    if (!m_client) {
        m_error = tr("The bucket list has not been read yet.");
        setLoading(false);
        Q_EMIT changed();
        return;
    }
    setLoading(true);
    m_client->listObjectsFrom(m_bucket,
        m_prefix,
        token,
        m_pageSize,
        this,
        [this, generation](const S3ObjectList &page, const ApiError &error) {
            if (generation != m_generation)
                return;
            if (error) {
                m_error = ObsCommand::describe(error);
                m_errorCode = error.serviceCode;
                m_nextToken.clear();
            } else {
                // A page's folders go before the objects already listed, so folders stay first.
                const qsizetype folders = std::count_if(
                    m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.folder; });
                QList<Entry> newFolders;
                for (const QString &prefix : page.commonPrefixes) {
                    Entry e;
                    e.key = prefix;
                    e.folder = true;
                    newFolders.append(e);
                }
                for (qsizetype i = 0; i < newFolders.size(); ++i)
                    m_entries.insert(folders + i, newFolders.at(i));
                for (const S3Object &o : page.objects) {
                    if (o.key == m_prefix && o.key.endsWith(u'/'))
                        continue; // the folder's own marker object
                    Entry e;
                    e.key = o.key;
                    e.size = o.size;
                    e.lastModified = o.lastModified;
                    e.unusableReason =
                        ObsBucketRules::objectUnusableReason(m_bucket, o.key).value_or(QString());
                    m_entries.append(e);
                }
                m_nextToken = page.truncated ? page.nextContinuationToken : QString();
            }
            setLoading(false);
            Q_EMIT changed();
        });
}

void ObsObjectLister::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}
