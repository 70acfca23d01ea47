"""Every SQLite transaction of Nova's services begins IMMEDIATE (test harness only).

Imported by the Nova processes peers.py starts (api, conductor, scheduler, compute, nova-manage),
after eventlet's monkey-patching and before the first database engine is made. oslo.db turns pysqlite's own transaction handling off and sends a plain
(deferred) BEGIN when a transaction starts. A deferred transaction that has read and then writes
must upgrade its lock; in WAL mode SQLite answers SQLITE_BUSY at once when another process holds
the write lock or has committed since the read, without calling the busy handler, so the
`?timeout=60` of the connection URL never applies and Nova's services (several processes on one
file) met "database is locked" on a loaded machine. BEGIN IMMEDIATE takes the write lock at the
start, where the busy timeout does apply: transactions wait for each other instead of failing.
Not for Keystone: with it, Keystone's threads waited on each other's open transactions until the
60 s timeout ended them (GET /v3/roles: 500 "database is locked" on BEGIN IMMEDIATE).
"""
import sqlalchemy.event
from sqlalchemy.engine import Engine


def _immediate(conn, cursor, statement, parameters, context, executemany):
    if statement == "BEGIN" and conn.dialect.name == "sqlite":
        return "BEGIN IMMEDIATE", parameters
    return statement, parameters


sqlalchemy.event.listen(Engine, "before_cursor_execute", _immediate, retval=True)
