#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class S3Client;

/// The objects of one OBS bucket as method 3's page offers them for an import (issue 14): one
/// "folder" level at a time (ListObjectsV2 with a prefix and "/" as delimiter), a page at a time
/// (more() follows the continuation token), each object with its size, last modification and
/// whether IMS can import it (ObsBucketRules::objectUnusableReason, the reason when not). The
/// S3 client is the bucket list's (setClient). One list at a time: list() drops an answer still
/// on its way. GUI thread.
class ObsObjectLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsObjectLister)
public:
    struct Entry
    {
        QString key; // the whole key; a folder's ends in '/'
        bool folder = false;
        qint64 size = 0;
        QDateTime lastModified;
        QString unusableReason; // translated; empty when IMS can import it (folders: empty)
        bool usable() const { return unusableReason.isEmpty(); }
    };

    static constexpr int DefaultPageSize = 200;

    explicit ObsObjectLister(QObject *parent = nullptr);

    void setClient(S3Client *client);
    S3Client *client() const;
    /// Entries per page (1-1000); for tests.
    void setPageSize(int size) { m_pageSize = size; }

    /// Lists `bucket` under `prefix` from its first page.
    void list(const QString &bucket, const QString &prefix);
    /// The next page of the current list, appended; nothing when there is none.
    void more();
    /// Forgets the list (no bucket).
    void clear();

    QString bucket() const { return m_bucket; }
    QString prefix() const { return m_prefix; }
    bool isLoading() const { return m_loading; }
    /// Whether the bucket holds more than the entries listed so far.
    bool hasMore() const { return !m_nextToken.isEmpty(); }
    /// Folders first, then objects, each in the server's (key) order.
    const QList<Entry> &entries() const { return m_entries; }
    /// Why the last page failed (translated); empty when it did not.
    QString error() const { return m_error; }
    /// The S3 code of the last failure ("AccessDenied"), for the page's advice.
    QString errorCode() const { return m_errorCode; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// The entries changed (a page came, or the list was cleared or failed).
    void changed();

private:
    void fetch(const QString &token);
    void setLoading(bool loading);

    QPointer<S3Client> m_client;
    QString m_bucket;
    QString m_prefix;
    QString m_nextToken;
    QList<Entry> m_entries;
    QString m_error;
    QString m_errorCode;
    int m_pageSize = DefaultPageSize;
    int m_generation = 0;
    bool m_loading = false;
};
