"""Least privilege: the writer (the daemon) has no DDL and no TRUNCATE, the
reader (analysts) cannot write, and neither can call what is not theirs.

The roles are NOLOGIN as the migration creates them; like an administrator,
the test grants LOGIN to connect as them.
"""
import json

import psycopg
import pytest

from test_store import db, ingest, load_corpus  # noqa: F401  (db is a fixture)


@pytest.fixture
def as_role(pg, dbname, db):
    conns = []

    def connect(role):
        pg.psql(f"ALTER ROLE {role} LOGIN")
        conn = pg.connect(dbname, user=role)
        conns.append(conn)
        return conn

    yield connect
    for c in conns:
        c.close()


def sqlstate(conn, sql, *args):
    with pytest.raises(psycopg.Error) as e:
        conn.execute(sql, args)
    return e.value.sqlstate


def test_objects_belong_to_the_owner(db):
    owners = db.execute("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
                        ).fetchall()
    assert owners == [("tradewatch_owner",)]
    definers = db.execute("SELECT proname FROM pg_proc WHERE prosecdef AND pronamespace = "
                          "'public'::regnamespace AND proowner <> 'tradewatch_owner'::regrole"
                          ).fetchall()
    assert definers == []


def test_writer_stores_through_functions_only(as_role):
    w = as_role("tradewatch_writer")
    doc = load_corpus()[0]
    assert ingest(w, doc)[0] is True
    assert w.execute("SELECT count(*) FROM commitment_status").fetchone()[0] == 1
    w.execute("SELECT tw_sink_register('webhook')")
    assert w.execute("SELECT count(*) FROM tw_alerts_claim('webhook', 10, 30)").fetchone()[0] == 0
    assert w.execute("SELECT tw_mark_overdue()").fetchone()[0] >= 0
    assert sqlstate(w, "CREATE TABLE x (i int)") == "42501"
    assert sqlstate(w, "TRUNCATE articles") == "42501"
    assert sqlstate(w, "TRUNCATE status_history") == "42501"
    assert sqlstate(w, "DROP TABLE alerts") == "42501"
    assert sqlstate(w, "ALTER TABLE articles ADD COLUMN x int") == "42501"
    assert sqlstate(w, "CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1") == "42501"
    # History and claims are not the writer's to rewrite.
    assert sqlstate(w, "DELETE FROM status_history") == "42501"
    assert sqlstate(w, "UPDATE commitments SET status = 'fulfilled'") == "42501"
    assert sqlstate(w, "INSERT INTO articles (file_name, sha256, body) VALUES ('x', %s, 'b')",
                    "a" * 64) == "42501"
    # The helpers run only inside the tracking functions.
    assert sqlstate(w, "SELECT tw_recompute_key(1)") == "42501"
    assert sqlstate(w, "SELECT tw_alert(1, NULL)") == "42501"


def test_reader_reads_and_cannot_write(as_role, db):
    for doc in load_corpus()[:5]:
        ingest(db, doc)
    r = as_role("tradewatch_reader")
    for view in ("commitment_status", "commitment_timeline", "overdue_commitments",
                 "pending_alerts", "review_queue", "articles", "claims"):
        r.execute(f"SELECT * FROM {view}").fetchall()
    assert r.execute("SHOW default_transaction_read_only").fetchone()[0] == "on"
    assert sqlstate(r, "INSERT INTO alert_sinks (name) VALUES ('x')") == "25006"
    # Even out of read-only mode there is no privilege to write.
    r.execute("SET default_transaction_read_only = off")
    assert sqlstate(r, "INSERT INTO alert_sinks (name) VALUES ('x')") == "42501"
    assert sqlstate(r, "DELETE FROM articles") == "42501"
    assert sqlstate(r, "TRUNCATE claims") == "42501"
    assert sqlstate(r, "CREATE TABLE x (i int)") == "42501"
    assert sqlstate(r, "SELECT * FROM tw_ingest(%s::jsonb, 0.5)",
                    json.dumps(load_corpus()[9])) == "42501"
    assert sqlstate(r, "SELECT tw_mark_overdue()") == "42501"
