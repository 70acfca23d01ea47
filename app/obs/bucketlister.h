#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "net/apierror.h"

class CloudSession;
class S3Client;

/// The OBS buckets of a cloud profile as the wizard offers them for an import (issue 14): the
/// bucket list (ListBuckets), then each bucket's region and storage class (HEAD, as the upload's
/// own check reads them), and whether IMS can import from it (ObsBucketRules), with the reason
/// when not. The object storage is the profile's (ObsProfile: its endpoint and keys). One list
/// at a time: reload() drops an answer still on its way. GUI thread.
class ObsBucketLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsBucketLister)
public:
    struct Bucket
    {
        QString name;
        QString location;       // empty: not said
        QString storageClass;   // empty: not said
        QString unusableReason; // translated; empty when IMS can import from it
        bool usable() const { return unusableReason.isEmpty(); }
    };

    explicit ObsBucketLister(CloudSession *session, QObject *parent = nullptr);

    /// Lists again (signs in first when the session is not connected yet).
    void reload();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    /// Sorted by name; empty before the first list (or when the account has none).
    const QList<Bucket> &buckets() const { return m_buckets; }
    /// Why the last list failed (translated); empty when it did not.
    QString error() const { return m_error; }
    /// The S3 client of the profile, made by the first list; null before it.
    S3Client *client() const { return m_client; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    void list();
    void infoOf(int generation, int index);
    void finish(int generation, const QString &error);

    QPointer<CloudSession> m_session;
    S3Client *m_client = nullptr;
    QList<Bucket> m_buckets;
    QString m_error;
    int m_generation = 0;
    int m_pending = 0;
    bool m_loading = false;
    bool m_loaded = false;
};
