"""The store's SQL door: migrations applied once, tw_ingest, duplicates.

Also the helpers that test_tracking.py and test_roles.py share: migrate a
test database (with the real `tradewatch migrate` when it is built, else the
same steps with psql), and store one article through tw_ingest(), the
function that store_articles() calls once per article.
"""
import glob
import json
import os
import shutil
import subprocess
import threading

import psycopg
import pytest

from conftest import ROOT, TRADEWATCH

MIGRATIONS = os.path.join(ROOT, "migrations")
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "tracking")


def write_config(tmp_path, pg, dbname, migrations=MIGRATIONS):
    conf = tmp_path / "tradewatch.conf"
    conf.write_text(f"database = {pg.conninfo(dbname)}\nspool = {tmp_path / 'spool'}\n"
                    f"rules = {os.path.join(ROOT, 'config', 'rules.json')}\n"
                    f"migrations = {migrations}\n")
    return str(conf)


def cli_migrate(conf):
    return subprocess.run([TRADEWATCH, "migrate", "-c", conf], capture_output=True, text=True,
                          timeout=60)


def migrate(pg, dbname, tmp_path=None):
    """Bring dbname to the latest schema: the CLI when built, else psql."""
    if tmp_path is not None and os.access(TRADEWATCH, os.X_OK):
        r = cli_migrate(write_config(tmp_path, pg, dbname))
        assert r.returncode == 0, r.stderr
        return
    pg.psql("CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, "
            "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", dbname)
    for path in sorted(glob.glob(os.path.join(MIGRATIONS, "[0-9]*_*.sql"))):
        name = os.path.basename(path)
        with open(path) as f:
            sql = f.read()
        r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-h", pg.host,
                            "-p", str(pg.port), "-U", "postgres", "-d", dbname],
                           input=sql + f"\n;INSERT INTO schema_migrations VALUES "
                                       f"({int(name.split('_')[0])}, '{name}');\n",
                           capture_output=True, text=True)
        assert r.returncode == 0, f"{name}: {r.stderr}"


def load_corpus():
    docs = []
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*.json"))):
        with open(path) as f:
            docs.append(json.load(f))
    return docs


def ingest(conn, doc, min_confidence=0.5):
    """Store one article as store_articles() does; returns (stored, alerts)."""
    return conn.execute("SELECT stored, alerts FROM tw_ingest(%s::jsonb, %s::float8)",
                        (json.dumps(doc), min_confidence)).fetchone()


def ingest_all(pg, dbname, docs, errors):
    """Store docs on a connection of its own (a writer thread), retrying a
    transaction the server aborted to break a deadlock; failures go to errors."""
    try:
        with pg.connect(dbname) as conn:
            for doc in docs:
                for attempt in range(50):
                    try:
                        ingest(conn, doc)
                        break
                    except psycopg.errors.DeadlockDetected:
                        if attempt == 49:
                            raise
    except Exception as e:  # reported by the caller
        errors.append(e)


@pytest.fixture
def db(pg, dbname, tmp_path):
    migrate(pg, dbname, tmp_path)
    with pg.connect(dbname) as conn:
        yield conn


needs_cli = pytest.mark.skipif(not os.access(TRADEWATCH, os.X_OK),
                               reason="build/tradewatch not built (TW_BUILD)")


@needs_cli
def test_five_concurrent_migrations_apply_each_once(pg, dbname, tmp_path):
    conf = write_config(tmp_path, pg, dbname)
    procs = [subprocess.Popen([TRADEWATCH, "migrate", "-c", conf], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(5)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0] * 5, outs
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(MIGRATIONS, "[0-9]*.sql")))
    applied = [int(out.split()[0]) for out, _ in outs]
    assert sorted(applied) == [0, 0, 0, 0, len(files)]
    with pg.connect(dbname) as conn:
        rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY 1").fetchall()
    assert [name for _, name in rows] == files
    assert [v for v, _ in rows] == [int(f.split("_")[0]) for f in files]
    r = cli_migrate(conf)
    assert r.returncode == 0 and r.stdout.startswith("0 migrations"), r.stdout + r.stderr


@needs_cli
def test_failed_migration_rolls_back_and_is_reported(pg, dbname, tmp_path):
    mdir = tmp_path / "migrations"
    mdir.mkdir()
    for path in glob.glob(os.path.join(MIGRATIONS, "*.sql")):
        (mdir / os.path.basename(path)).write_text(open(path).read())
    (mdir / "900_broken.sql").write_text("CREATE TABLE half_done (x int);\nSELECT 1/0;\n")
    conf = write_config(tmp_path, pg, dbname, mdir)
    r = cli_migrate(conf)
    assert r.returncode != 0
    assert "900_broken.sql" in r.stderr and "division by zero" in r.stderr
    with pg.connect(dbname) as conn:
        assert conn.execute("SELECT to_regclass('half_done')").fetchone()[0] is None
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] < 900


@needs_cli
def test_server_notices_go_through_the_log(pg, dbname, tmp_path):
    """A NOTICE or WARNING raised by the server is a log line at info or
    debug level, never libpq's raw multi-line text on stderr (the CLI logs
    warnings and worse only)."""
    mdir = tmp_path / "migrations"
    mdir.mkdir()
    for path in glob.glob(os.path.join(MIGRATIONS, "*.sql")):
        (mdir / os.path.basename(path)).write_text(open(path).read())
    (mdir / "900_noisy.sql").write_text(
        "DO $$ BEGIN RAISE WARNING E'first part\\nsecond part\\033[31m'; "
        "RAISE NOTICE 'a notice'; END $$;\n")
    r = cli_migrate(write_config(tmp_path, pg, dbname, mdir))
    assert r.returncode == 0, r.stderr
    with pg.connect(dbname) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 900
    assert "part" not in r.stderr and "notice" not in r.stderr and "\033" not in r.stderr


def test_same_article_twice_is_stored_once(db):
    doc = load_corpus()[0]
    first = ingest(db, doc)
    assert first[0] is True and first[1] >= 1
    assert ingest(db, doc) == (False, 0)
    sha = doc["article"]["sha256"]
    assert db.execute("SELECT count(*) FROM articles WHERE sha256 = %s", (sha,)).fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == len(doc["commitments"])


def test_concurrent_duplicates_from_several_writers(pg, dbname, db):
    """Four connections store the same 30 articles at once: 30 rows, claims once each."""
    docs = load_corpus()
    errors = []

    threads = [threading.Thread(target=ingest_all,
                                args=(pg, dbname, docs[i * 7:] + docs[:i * 7], errors))
               for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert db.execute("SELECT count(*), count(DISTINCT sha256) FROM articles").fetchone() == (30, 30)
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == \
        sum(len(d["commitments"]) for d in docs)


@pytest.mark.parametrize("field,value,sqlstate", [
    ("published", "2025-02-30", "22008"),
    ("sha256", "not-a-hash", "23514"),
])
def test_bad_article_is_refused_with_a_data_sqlstate(db, field, value, sqlstate):
    """store.c maps classes 22 and 23 to STORE_REJECT (quarantine)."""
    doc = load_corpus()[0]
    doc["article"][field] = value
    with pytest.raises(psycopg.Error) as e:
        ingest(db, doc)
    assert e.value.sqlstate == sqlstate
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_bad_claim_refuses_the_whole_article(db):
    doc = load_corpus()[0]
    doc["commitments"][0]["status"] = "overdue"  # derived, never extracted
    with pytest.raises(psycopg.errors.CheckViolation):
        ingest(db, doc)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def lz4_available(conn):
    """Whether the server was built with lz4 (PostgreSQL 14 and later)."""
    try:
        with conn.transaction():
            conn.execute("SET LOCAL default_toast_compression = 'lz4'")
        return True
    except (psycopg.errors.InvalidParameterValue, psycopg.errors.UndefinedObject):
        return False


def test_bodies_are_stored_lz4_and_read_back_whole(db):
    """005: a body long enough to be compressed is compressed with lz4
    (pglz on a server without it), alone and in a batch, and reads back
    byte for byte."""
    want = "lz4" if lz4_available(db) else "pglz"
    docs = load_corpus()[:3]
    bodies = []
    for i, doc in enumerate(docs):
        doc["article"]["sha256"] = f"{i + 1:064x}"
        doc["article"]["body"] = " ".join(f"Paragraph {j} of article {i}, fully reported."
                                          for j in range(200 * (i + 1))) + " \u00e9\u4e2d"
        bodies.append(doc["article"]["body"])
    assert ingest(db, docs[0])[0] is True
    got = db.execute("SELECT stored FROM tw_ingest_many(%s::jsonb, 0.5)",
                     (json.dumps(docs[1:]),)).fetchall()
    assert got == [(True,), (True,)]
    rows = db.execute("SELECT body, pg_column_compression(body) FROM articles "
                      "WHERE sha256 = ANY (%s) ORDER BY sha256",
                      ([d["article"]["sha256"] for d in docs],)).fetchall()
    assert [r[0] for r in rows] == bodies
    assert [r[1] for r in rows] == [want] * 3


ROWS = """
SELECT a.sha256, a.body, k.actor, k.action, k.object, c.round, c.status, m.status
FROM articles a LEFT JOIN claims c ON c.article_id = a.id
LEFT JOIN commitment_keys k ON k.id = c.key_id LEFT JOIN commitments m ON m.id = c.commitment_id
ORDER BY a.id, c.id"""


def test_batch_takes_the_bodies_beside_the_documents(db):
    """005: tw_ingest_batch() stores bodies[i] as the body of docs[i] (sent in
    binary, as the daemon sends them: no escaping), the document's own body
    when bodies[i] or bodies is NULL, with the rows and results that
    tw_ingest_many() gives for the documents with those bodies inside; a
    count that does not match the documents is refused."""
    docs = load_corpus()[:4]
    bodies = ['Quotes " and \\ backslashes,\ttabs\nand lines; \u00e9\u4e2d\U0001f600.',
              None, "x" * 70000, None]
    for i, doc in enumerate(docs):
        doc["article"]["sha256"] = f"{i + 16:064x}"
        doc["article"]["body"] = f"Body {i} in the document."
    inside = json.loads(json.dumps(docs + docs[:1]))
    for doc, body in zip(inside, bodies):
        doc["article"]["body"] = body or doc["article"]["body"]
    with db.transaction(force_rollback=True):
        want = db.execute("SELECT stored, alerts FROM tw_ingest_many(%s::jsonb, 0.5)",
                          (json.dumps(inside),)).fetchall()
        want_rows = db.execute(ROWS).fetchall()
    assert [r[0] for r in want] == [True, True, True, True, False]
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        with db.transaction():
            db.execute("SELECT * FROM tw_ingest_batch(%s::jsonb, %b, 0.5)",
                       (json.dumps(docs[:2]), bodies[:1]))
    got = db.execute("SELECT stored, alerts FROM tw_ingest_batch(%s::jsonb, %b, 0.5)",
                     (json.dumps(docs[:3]), bodies[:3])).fetchall()
    got += db.execute("SELECT stored, alerts FROM tw_ingest_batch(%s::jsonb, NULL, 0.5)",
                      (json.dumps(docs[3:] + docs[:1]),)).fetchall()
    assert got == want
    assert db.execute(ROWS).fetchall() == want_rows
    assert [r[0] for r in db.execute("SELECT body FROM articles ORDER BY id").fetchall()] == \
        [bodies[0], "Body 1 in the document.", bodies[2], "Body 3 in the document."]


def write_articles(top, name, bodies):
    """Article files (header, blank line, body) in top/name; returns the dir."""
    d = top / name
    d.mkdir()
    for i, body in enumerate(bodies):
        (d / f"{name}-{i}.txt").write_text(
            f"Title: {name} {i}\nDate: 2024-03-0{i + 1}\nSource: Wire\n"
            f"URL: https://example.org/{name}/{i}\n\n{body}\n", encoding="utf-8")
    return str(d)


@needs_cli
def test_import_before_and_after_migration_005(pg, dbname, tmp_path):
    """A binary newer than the schema (tradewatch import before tradewatch
    migrate) stores through tw_ingest_many(), the bodies inside the JSON;
    after 005 through tw_ingest_batch(), the bodies beside it: the same
    bodies either way."""
    old = tmp_path / "old"
    old.mkdir()
    for path in glob.glob(os.path.join(MIGRATIONS, "[0-9]*_*.sql")):
        if int(os.path.basename(path).split("_")[0]) < 5:
            shutil.copy(path, old)
    pg.psql(f"ALTER DATABASE {dbname} SET track_functions = 'pl'", "postgres")

    def calls():
        with pg.connect(dbname) as c:
            return dict(c.execute("SELECT funcname, calls FROM pg_stat_user_functions "
                                  "WHERE funcname LIKE 'tw_ingest_%'").fetchall())

    def bodies_of(name):
        with pg.connect(dbname) as c:
            return [r[0].rstrip("\n") for r in c.execute(
                "SELECT body FROM articles WHERE title LIKE %s ORDER BY title",
                (name + " %",)).fetchall()]

    texts = ['China pledged to buy "more" soybeans \\ said a trader.\tTabbed.',
             "Prices rose. \u00c9t\u00e9 \u4e2d\u6587 \U0001f600 and a long tail " + "z" * 5000]
    for name, migrations, used in (("before", str(old), "tw_ingest_many"),
                                   ("after", MIGRATIONS, "tw_ingest_batch")):
        conf = write_config(tmp_path, pg, dbname, migrations=migrations)
        assert cli_migrate(conf).returncode == 0
        was = calls().get(used, 0)
        src = write_articles(tmp_path, name, [f"{t} ({name})" for t in texts])
        r = subprocess.run([TRADEWATCH, "import", "-c", conf, src], capture_output=True,
                           text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        assert bodies_of(name) == [f"{t} ({name})" for t in texts]
        assert calls().get(used, 0) > was, (name, calls())
        if name == "before":
            many = calls()["tw_ingest_many"]
    assert calls()["tw_ingest_many"] == many  # (not called after 005)
