#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

class QLockFile;

/// Who may upload the file of a job (issue 14): one process at a time, across processes (the
/// GUI, `submit`, `watch`). A lock file per job in a folder beside the job store
/// (`upload-locks/<local id>.lock`, QLockFile: the holder's pid, host and program). It is held
/// for as long as the upload runs in this process and released when it ends; a lock left by a
/// process that died (a crash, kill -9) is taken over, since QLockFile finds that its pid no
/// longer runs on this host. No age makes a lock stale: an upload may run for hours. A lock of
/// another host is never taken over. GUI thread.
class UploadLease
{
    Q_DECLARE_TR_FUNCTIONS(UploadLease)
public:
    UploadLease() = default;
    ~UploadLease();
    UploadLease(UploadLease &&) noexcept;
    UploadLease &operator=(UploadLease &&) noexcept;
    UploadLease(const UploadLease &) = delete;
    UploadLease &operator=(const UploadLease &) = delete;

    /// Takes the lease of `localId` in `dir` (made when missing). Not held when another live
    /// process holds it (holder() says which) or the lock file cannot be written (error()).
    /// Empty `dir`: always held (no other process can share a store without one).
    static UploadLease take(const QString &dir, const QString &localId);
    /// Whether another live process holds the lease of `localId` now; `holder`, when given,
    /// says which, as holder() does.
    static bool heldElsewhere(const QString &dir, const QString &localId, QString *holder);

    bool isHeld() const { return m_held; }
    /// The process holding the lease when take() did not get it (translated), e.g.
    /// "imagewright (process 4242 on host-a)"; empty otherwise.
    QString holder() const { return m_holder; }
    /// Why the lock file could not be written (translated); empty otherwise.
    QString error() const { return m_error; }
    /// Gives the lease up (the lock file is removed).
    void release();

private:
    static QString pathFor(const QString &dir, const QString &localId);
    static QString describeHolder(QLockFile &lock);

    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
    QString m_error;
    bool m_held = false;
};
