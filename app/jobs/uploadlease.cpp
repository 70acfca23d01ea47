#include "jobs/uploadlease.h"

#include <utility>

#include <QDir>
#include <QLockFile>

using namespace Qt::StringLiterals;

UploadLease::~UploadLease()
{
    release();
}

UploadLease::UploadLease(UploadLease &&other) noexcept
    : m_lock(std::move(other.m_lock))
    , m_holder(std::move(other.m_holder))
    , m_error(std::move(other.m_error))
    , m_held(std::exchange(other.m_held, false))
{ }

UploadLease &UploadLease::operator=(UploadLease &&other) noexcept
{
    if (this != &other) {
        release();
        m_lock = std::move(other.m_lock);
        m_holder = std::move(other.m_holder);
        m_error = std::move(other.m_error);
        m_held = std::exchange(other.m_held, false);
    }
    return *this;
}

QString UploadLease::pathFor(const QString &dir, const QString &localId)
{
    // A local id is a UUID; anything else is kept to a safe file name.
    QString name = localId;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    }
    return QDir(dir).filePath(name + u".lock"_s);
}

QString UploadLease::describeHolder(QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return tr("another process");
    //: %1 = program name, %2 = process id, %3 = host name
    return tr("%1 (process %2 on %3)")
        .arg(app.isEmpty() ? u"imagewright"_s : app, QString::number(pid), host);
}

UploadLease UploadLease::take(const QString &dir, const QString &localId)
{
    UploadLease lease;
    if (dir.isEmpty()) {
        lease.m_held = true;
        return lease;
    }
    QDir().mkpath(dir);
    lease.m_lock = std::make_unique<QLockFile>(pathFor(dir, localId));
    lease.m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (lease.m_lock->tryLock(0)) {
        lease.m_held = true;
        return lease;
    }
    if (lease.m_lock->error() == QLockFile::LockFailedError)
        lease.m_holder = describeHolder(*lease.m_lock);
    else
        //: %1 = the lock file's path
        lease.m_error = tr("the lock file %1 could not be written")
                            .arg(QDir::toNativeSeparators(pathFor(dir, localId)));
    lease.m_lock.reset();
    return lease;
}

bool UploadLease::heldElsewhere(const QString &dir, const QString &localId, QString *holder)
{
    if (dir.isEmpty())
        return false;
    QLockFile lock(pathFor(dir, localId));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock(); // free: given back at once
        return false;
    }
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    if (holder)
        *holder = describeHolder(lock);
    return true;
}

void UploadLease::release()
{
    if (m_lock && m_held)
        m_lock->unlock();
    m_lock.reset();
    m_held = false;
}
