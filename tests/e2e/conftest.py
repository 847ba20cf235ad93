"""End-to-end fixtures: a real PostgreSQL cluster, the real daemon, a real spool.

In the manner of PgBouncer's test/conftest.py: the session starts one throwaway
cluster (scripts/pgcluster.sh) and every test gets its own database, spool and
daemon, so tests never see each other's rows.  Nothing here mocks the database.
"""
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time

import psycopg
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(ROOT, os.environ.get("TW_BUILD", "build"))
TRADEWATCHD = os.path.join(BUILD, "tradewatchd")
TRADEWATCH = os.path.join(BUILD, "tradewatch")
PGCLUSTER = os.path.join(ROOT, "scripts", "pgcluster.sh")


def wait_for(pred, timeout=20.0, interval=0.05, what="condition"):
    """Poll pred() until it returns a true value; return it or fail the test."""
    deadline = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A throwaway PostgreSQL cluster listening only on a socket in its folder."""

    def __init__(self, top):
        self.top = top
        self.dir = os.path.join(top, "pgdata")
        self.port = free_port()
        self.host = self.dir
        self.counter = 0

    def start(self):
        subprocess.run([PGCLUSTER, "start", self.dir, str(self.port)], check=True)

    def stop(self, mode="fast"):
        subprocess.run([PGCLUSTER, "stop", self.dir, mode], check=True)

    def conninfo(self, dbname="postgres", user="postgres"):
        return f"host={self.host} port={self.port} dbname={dbname} user={user}"

    def connect(self, dbname="postgres", user="postgres", autocommit=True):
        return psycopg.connect(self.conninfo(dbname, user), autocommit=autocommit)

    def new_database(self):
        self.counter += 1
        name = f"tw{self.counter}"
        with self.connect() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        return name

    def psql(self, sql, dbname="postgres", user="postgres", check=True):
        """Run real psql; return its stdout."""
        r = subprocess.run(["psql", "-X", "-v", "ON_ERROR_STOP=1", "-At", "-h", self.host,
                            "-p", str(self.port), "-U", user, "-d", dbname, "-c", sql],
                           capture_output=True, text=True)
        if check and r.returncode != 0:
            raise AssertionError(f"psql failed: {r.stderr}")
        return r


@pytest.fixture(scope="session")
def pg():
    top = tempfile.mkdtemp(prefix="tw-e2e-")
    os.chmod(top, 0o755)
    cluster = Cluster(top)
    cluster.start()
    yield cluster
    cluster.stop("immediate")
    shutil.rmtree(top, ignore_errors=True)


@pytest.fixture
def dbname(pg):
    return pg.new_database()


class NotifySocket:
    """A $NOTIFY_SOCKET that records every sd_notify datagram the daemon sends."""

    def __init__(self, path):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.sock.settimeout(0.2)
        self.messages = []  # (monotonic time, text)
        self.lock = threading.Lock()
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while self.running:
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            except OSError:
                return
            with self.lock:
                self.messages.append((time.monotonic(), data.decode(errors="replace")))

    def lines(self):
        with self.lock:
            return [(t, line) for t, m in self.messages for line in m.split("\n") if line]

    def count(self, text):
        return sum(1 for _, line in self.lines() if line == text or line.startswith(text))

    def close(self):
        self.running = False
        self.sock.close()


class Daemon:
    """One tradewatchd with its own config, spool and log file."""

    def __init__(self, pg, dbname, workdir, **settings):
        self.pg = pg
        self.dbname = dbname
        self.workdir = workdir
        self.spool = os.path.join(workdir, "spool")
        self.conf = os.path.join(workdir, "tradewatch.conf")
        self.logpath = os.path.join(workdir, "daemon.log")
        self.proc = None
        self.notify = None
        self.settings = {
            "database": pg.conninfo(dbname),
            "spool": self.spool,
            "rules": os.path.join(ROOT, "config", "rules.json"),
            "migrations": os.path.join(ROOT, "migrations"),
            "log_level": "debug",
            "rescan_interval": "2",
        }
        self.settings.update({k: str(v) for k, v in settings.items() if v is not None})
        self.write_config()
        for sub in ("tmp", "new", "work", "done", "quarantine"):
            os.makedirs(os.path.join(self.spool, sub), exist_ok=True)
        self.seq = 0

    def write_config(self, text=None):
        with open(self.conf, "w") as f:
            if text is not None:
                f.write(text)
            else:
                for k, v in self.settings.items():
                    f.write(f"{k} = {v}\n")

    def start(self, wait=True, env=None, watchdog_usec=None):
        if self.notify is None:
            self.notify = NotifySocket(os.path.join(self.workdir, f"notify.sock"))
        e = dict(os.environ)
        e["NOTIFY_SOCKET"] = self.notify.path
        if watchdog_usec:
            e["WATCHDOG_USEC"] = str(watchdog_usec)
        e.update(env or {})
        self.log_file = open(self.logpath, "ab")
        self.proc = subprocess.Popen([TRADEWATCHD, "-c", self.conf, "-f"], stdout=self.log_file,
                                     stderr=subprocess.STDOUT, env=e)
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self, timeout=20):
        wait_for(lambda: self.notify.count("READY=1") > 0 or self.proc.poll() is not None,
                 timeout, what="READY=1")
        assert self.proc.poll() is None, f"daemon exited {self.proc.returncode}:\n{self.log()}"

    def log(self):
        with open(self.logpath, errors="replace") as f:
            return f.read()

    def drop(self, name, content, direct=False):
        """Deliver a file the Maildir way: write into tmp/, rename into new/."""
        data = content.encode() if isinstance(content, str) else content
        final = os.path.join(self.spool, "new", name)
        if direct:
            with open(final, "wb") as f:
                f.write(data)
            return final
        self.seq += 1
        tmp = os.path.join(self.spool, "tmp", f"{self.seq}.{name}")
        with open(tmp, "wb") as f:
            f.write(data)
        os.rename(tmp, final)
        return final

    def files(self, sub):
        return sorted(os.listdir(os.path.join(self.spool, sub)))

    def signal(self, sig):
        self.proc.send_signal(sig)

    def stop(self, timeout=20):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                pytest.fail("daemon did not exit on SIGTERM")
        return self.proc.returncode if self.proc else None

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def query(self, sql, *args):
        with self.pg.connect(self.dbname) as conn:
            return conn.execute(sql, args).fetchall()

    def scalar(self, sql, *args):
        rows = self.query(sql, *args)
        return rows[0][0] if rows else None


@pytest.fixture
def daemon(pg, dbname, tmp_path):
    """Factory: daemon(**settings) -> an unstarted Daemon; all are stopped at the end."""
    os.chmod(tmp_path, 0o755)
    made = []

    def make(name="d0", dbname=dbname, **settings):
        workdir = tmp_path / name
        workdir.mkdir(exist_ok=True)
        d = Daemon(pg, dbname, str(workdir), **settings)
        made.append(d)
        return d

    yield make
    for d in made:
        d.kill()
        if d.notify:
            d.notify.close()


class Listener:
    """A psycopg connection LISTENing on tradewatch; notifications by timeout."""

    def __init__(self, pg, dbname):
        self.conn = pg.connect(dbname)
        self.got = []
        self.conn.add_notify_handler(lambda n: self.got.append(n.payload))
        self.conn.execute("LISTEN tradewatch")

    def wait(self, pred, timeout):
        deadline = time.monotonic() + timeout
        while not any(pred(p) for p in self.got):
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            select.select([self.conn.fileno()], [], [], min(left, 0.5))
            self.conn.execute("SELECT 1")  # consumes input; handlers see the notifies
        return True

    def close(self):
        self.conn.close()

    def payloads(self):
        """The notifications so far, parsed."""
        return [json.loads(p) for p in self.got]


def article_txt(date, title, body):
    """A header-block .txt article."""
    return f"Title: {title}\nDate: {date}\nSource: Test Wire\nURL: https://test.example/{abs(hash(title))}\n\n{body}\n"


def tradewatch(*args, input=None, check=False):
    """Run the real CLI; return the CompletedProcess."""
    return subprocess.run([TRADEWATCH, *args], input=input, capture_output=True, text=True,
                          check=check)
