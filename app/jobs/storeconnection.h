#pragma once

#include <map>
#include <memory>

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

/// One open connection to the job store's SQLite file, for one operation on one thread (Qt's SQL
/// connections belong to the thread that made them; opening a SQLite file takes well under a
/// millisecond). It sets the store's rules on every connection: WAL journal (readers never wait
/// for the writer; the GUI and `imagewright submit` share the file), synchronous=FULL (a commit,
/// such as an intent before its create leaves, is on disk when commit() returns), a busy timeout
/// (a writer waits for the other process's write instead of failing), foreign keys. It creates
/// the schema of a new file and checks the version of an existing one.
class StoreConnection
{
public:
    enum class Status
    {
        Open,
        Unreadable, // not a SQLite file, or damaged: to be moved aside
        Newer,      // written by a newer version with a schema this one cannot write
        Failed,     // anything else (permissions, disk full, locked too long)
    };

    static constexpr int SchemaVersion = 1;
    static constexpr int BusyTimeoutMs = 10000;

    explicit StoreConnection(const QString &path);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    Status status() const { return m_status; }
    const QString &errorText() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

    /// BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout), so a read
    /// made inside the transaction cannot be outdated by another process before the write.
    bool beginWrite();
    bool commit();
    void rollback();

    /// Runs `query` (prepared, values bound); on failure records the error, classifies it
    /// (a damaged file becomes Unreadable) and returns false.
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    /// The statement for `sql`, prepared on its first use and kept while the connection lives:
    /// SQLite parses it once, not once per job a save writes. Bind values by position each
    /// time; finish() a SELECT after reading its rows. Null when it cannot be prepared (the
    /// failure is recorded as by exec()).
    QSqlQuery *statement(const QString &sql);

private:
    bool prepareSchema();
    void fail(const QString &what, int nativeCode);

    QString m_name;
    QSqlDatabase m_db;
    Status m_status = Status::Failed;
    QString m_error;
    int m_lastCode = 0; // SQLite's code of the last failure
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // cleared before m_db closes
};
