#include "jobs/storeconnection.h"

#include <atomic>

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include "logging.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int SqliteBusy = 5;     // SQLITE_BUSY
constexpr int SqliteLocked = 6;   // SQLITE_LOCKED
constexpr int SqliteCorrupt = 11; // SQLITE_CORRUPT
constexpr int SqliteNotADb = 26;  // SQLITE_NOTADB

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"imagewright-jobs-%1"_s.arg(++counter);
}

/// The schema of version 1. One row per job (the record's fields as JSON, plus the columns the
/// store queries by) and one per event; `removed` remembers deleted jobs so that another process
/// holding a copy never writes one back.
const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS jobs("
    " pos INTEGER PRIMARY KEY AUTOINCREMENT,"
    " local_id TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " profile_id TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL DEFAULT '',"
    " finished TEXT NOT NULL DEFAULT '',"
    " seq INTEGER NOT NULL,"
    " record TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS jobs_seq ON jobs(seq)",
    "CREATE INDEX IF NOT EXISTS jobs_finished ON jobs(finished)",
    "CREATE TABLE IF NOT EXISTS events("
    " local_id TEXT NOT NULL REFERENCES jobs(local_id) ON DELETE CASCADE,"
    " n INTEGER NOT NULL,"
    " at TEXT NOT NULL,"
    " kind TEXT NOT NULL DEFAULT '',"
    " args TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY(local_id, n)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS removed(local_id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID",
};

} // namespace

StoreConnection::StoreConnection(const QString &path)
    : m_name(nextConnectionName())
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    if (!m_db.isValid()) {
        m_error = u"the SQLite driver of Qt is missing (libqt6sql6-sqlite)"_s;
        return;
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open()) {
        fail(u"open"_s, m_db.lastError().nativeErrorCode().toInt());
        return;
    }
    // journal_mode=WAL is stored in the file; asking again is harmless. The first statement on a
    // file that is not a database fails here with SQLITE_NOTADB. Switching a new file to WAL
    // takes an exclusive lock that SQLite does not wait for: when two processes create the
    // store at the same moment, one is told "busy" and tries again.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        m_status = Status::Open;
        m_error.clear();
        m_lastCode = 0;
        if (exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=FULL"_s)
            && exec(u"PRAGMA foreign_keys=ON"_s) && prepareSchema())
            return;
        const int primary = m_lastCode & 0xff;
        if (m_status != Status::Failed || (primary != SqliteBusy && primary != SqliteLocked)
            || waited.elapsed() > BusyTimeoutMs)
            return;
        QThread::msleep(20);
    }
}

StoreConnection::~StoreConnection()
{
    m_statements.clear(); // a statement still alive would keep the connection from closing
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool StoreConnection::prepareSchema()
{
    QSqlQuery version(m_db);
    if (version.exec(u"SELECT version FROM schema_version"_s) && version.next()) {
        const int v = version.value(0).toInt();
        if (v > SchemaVersion) {
            m_status = Status::Newer;
            m_error = u"schema version %1 (this version writes %2)"_s.arg(v).arg(SchemaVersion);
            return false;
        }
        return true;
    }
    const int code = version.lastError().nativeErrorCode().toInt();
    if ((code & 0xff) == SqliteCorrupt || (code & 0xff) == SqliteNotADb) {
        fail(u"read the schema version"_s, code);
        return false;
    }
    // A new file (or one whose creation was interrupted): create the schema in one transaction.
    if (!beginWrite())
        return false;
    for (const char *statement : Schema) {
        if (!exec(QString::fromLatin1(statement))) {
            rollback();
            return false;
        }
    }
    QSqlQuery check(m_db);
    check.prepare(u"SELECT count(*) FROM schema_version"_s);
    if (!exec(check) || !check.next()) {
        rollback();
        return false;
    }
    if (check.value(0).toInt() == 0) {
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO schema_version(version) VALUES (?)"_s);
        insert.addBindValue(SchemaVersion);
        if (!exec(insert)) {
            rollback();
            return false;
        }
    }
    return commit();
}

bool StoreConnection::beginWrite()
{
    return exec(u"BEGIN IMMEDIATE"_s);
}

bool StoreConnection::commit()
{
    return exec(u"COMMIT"_s);
}

void StoreConnection::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s); // nothing to do when the failed statement already ended it
}

bool StoreConnection::exec(QSqlQuery &query)
{
    if (m_status != Status::Open && m_status != Status::Newer) // a newer file can be read
        return false;
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    fail(query.lastQuery().section(u' ', 0, 1), query.lastError().nativeErrorCode().toInt());
    return false;
}

bool StoreConnection::exec(const QString &sql)
{
    if (m_status != Status::Open && m_status != Status::Newer)
        return false;
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    fail(sql.section(u' ', 0, 1), q.lastError().nativeErrorCode().toInt());
    return false;
}

QSqlQuery *StoreConnection::statement(const QString &sql)
{
    if (m_status != Status::Open && m_status != Status::Newer)
        return nullptr;
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true); // rows are read once, in order: none is kept in memory
    if (!q->prepare(sql)) {
        m_error = q->lastError().text();
        fail(sql.section(u' ', 0, 1), q->lastError().nativeErrorCode().toInt());
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(q)).first->second.get();
}

void StoreConnection::fail(const QString &what, int nativeCode)
{
    m_lastCode = nativeCode;
    const int primary = nativeCode & 0xff;
    if (m_error.isEmpty())
        m_error = m_db.lastError().text();
    m_status =
        (primary == SqliteCorrupt || primary == SqliteNotADb) ? Status::Unreadable : Status::Failed;
    qCWarning(lcJobs) << "job store:" << what << "failed:" << m_error << "(code" << nativeCode
                      << ")";
}
