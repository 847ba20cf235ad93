#!/usr/bin/python3
"""bench.py - `make bench`: tradewatch measured beside a reference, one table.

usage: bench/run.sh [--only PART]...   (BUILD=dir, BENCH_SCALE=0.1 for a quick run;
       PART: extract, e2e, latency, memory, backfill)

Every figure is measured in this run next to a reference measured in the
same run on the same data, because a shared 2-core machine gives no stable
absolute numbers:

  extraction     `tradewatch extract` vs `grep -c -F -f PHRASES` (every
                 rules.json phrase) over bench/gen_corpus.py's 50 MB corpus
  end to end     files renamed into new/ until their rows are committed, for
                 20,000 articles, vs psql \\copy of the same articles into a
                 scratch copy of the articles table
  alert latency  rename into new/ to NOTIFY at a LISTEN client, 1,000 files
                 10 ms apart, each a new commitment (one alert each), vs a
                 bare pg_notify() round trip from a second connection
  memory         the daemon's VmHWM over 100,000 articles, VmRSS after 10,000
                 and after 100,000, vs its VmRSS when READY (idle)
  backfill       `tradewatch import` of 100,000 articles vs \\copy of them

Everything runs against a throwaway cluster (scripts/pgcluster.sh) on a free
port, one fresh database per measurement.  The article corpus is generated
from a fixed seed with gen_corpus.py's sentences and cached in $TMPDIR.
A benchmark, not a test: it never fails because the machine is slow.
"""
import argparse
import csv
import datetime
import hashlib
import json
import os
import platform
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
os.environ.setdefault("TW_BUILD", os.environ.get("BUILD", "build"))
import conftest  # noqa: E402  (Cluster and Daemon of the end-to-end tests)
import gen_corpus  # noqa: E402  (the shared sentence generator)

BUILD = os.path.join(ROOT, os.environ.get("BUILD", "build"))
TW = os.path.join(BUILD, "tradewatch")
TWD = os.path.join(BUILD, "tradewatchd")
RULES = os.path.join(ROOT, "config", "rules.json")
MIGRATIONS = os.path.join(ROOT, "migrations")
TMP = os.environ.get("TMPDIR", "/tmp")
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
SEED = 20251126


def scaled(n, least=10):
    return max(least, int(round(n * SCALE)))


N_E2E = scaled(20000)
N_MEM = scaled(100000)
N_MEM_EARLY = max(1, N_MEM // 10)
N_LAT = scaled(1000)
N_BACKFILL = scaled(100000)
EXTRACT_MB = max(1, int(round(50 * SCALE)))


def now():
    return time.monotonic()


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def say(msg):
    print(f"  [{time.strftime('%H:%M:%S')} load {loadavg()}] {msg}", file=sys.stderr, flush=True)


def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    pg = subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} CPUs ({model}), {mem:.1f} GiB RAM, {platform.system()} "
            f"{platform.release()}, {pg}")


# ---------------------------------------------------------------- corpus

TRADE_SHARE = float(os.environ.get("BENCH_TRADE_SHARE", "0.4"))


def noise(rng):
    return rng.choice(gen_corpus.NOISE).format(
        day=rng.choice(gen_corpus.DAYS), n=rng.randint(2, 900), name=rng.choice(gen_corpus.NAMES),
        season=rng.choice(["spring", "summer", "autumn"]))


def trade(rng):
    """One of gen_corpus's trade sentences (pledges, purchases, tariffs...)."""
    while True:
        s = gen_corpus.sentence(rng, share=0.55)  # the corpus of the first full run
        if any(v in s for v in gen_corpus.VERBS):
            return s


def article_text(rng, i):
    """One header-block article of 2-4 KB: a newsroom firehose, not a trade digest.

    A share TRADE_SHARE of the articles (BENCH_TRADE_SHARE, default 0.4) carry
    one to four of gen_corpus's trade sentences among market noise, the rest
    carry none: about one commitment per article on average.  (The extraction
    corpus of gen_corpus.py has about twenty per article.)
    """
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 2900))
    sents, size, target = [], 0, rng.randint(2000, 4000)
    while size < target:
        sents.append(noise(rng))
        size += len(sents[-1]) + 1
    if rng.random() < TRADE_SHARE:
        for _ in range(rng.randint(1, 4)):
            sents.insert(rng.randint(0, len(sents)), trade(rng))
    paras = [" ".join(sents[j:j + 4]) for j in range(0, len(sents), 4)]
    actor = rng.choice(gen_corpus.ACTORS)
    title = f"{actor[0].upper()}{actor[1:]} markets, {day:%B %-d} ({i})"
    return (f"Title: {title}\nDate: {day.isoformat()}\nSource: Bench Wire\n"
            f"URL: https://bench.example/{i}\n\n" + "\n\n".join(paras) + "\n")


def article_corpus(n):
    """Cached dir of n articles (a000000.txt...) and a CSV per prefix size."""
    top = os.path.join(TMP, f"tradewatch-bench-articles-{n}-{TRADE_SHARE:g}")
    if os.path.exists(os.path.join(top, ".done")):
        return top
    say(f"generating {n} articles in {top}")
    shutil.rmtree(top, ignore_errors=True)
    os.makedirs(os.path.join(top, "articles"))
    import random
    rng = random.Random(SEED)
    rows = []
    for i in range(n):
        text = article_text(rng, i)
        data = text.encode()
        name = f"a{i:06d}.txt"
        with open(os.path.join(top, "articles", name), "wb") as f:
            f.write(data)
        head, body = text.split("\n\n", 1)
        h = dict(line.split(": ", 1) for line in head.split("\n"))
        rows.append((name, hashlib.sha256(data).hexdigest(), h["Title"], h["Source"], h["URL"],
                     h["Date"], body))
    for m in sorted({n, N_E2E if N_E2E <= n else n}):
        with open(os.path.join(top, f"copy-{m}.csv"), "w", newline="") as f:
            csv.writer(f).writerows(rows[:m])
    open(os.path.join(top, ".done"), "w").close()
    return top


def copy_csv(top, m):
    path = os.path.join(top, f"copy-{m}.csv")
    if not os.path.exists(path):
        raise SystemExit(f"bench: {path} missing; remove {top} to regenerate")
    return path


# ------------------------------------------- cluster and daemon (tests/e2e)

def copy_rate(cl, db, csvpath, n):
    """psql \\copy of n articles into a scratch copy of articles: articles/s."""
    cl.psql("CREATE TABLE IF NOT EXISTS bench_copy (LIKE articles INCLUDING ALL)", db)
    cl.psql("TRUNCATE bench_copy", db)
    t0 = now()
    cl.psql(f"\\copy bench_copy (file_name, sha256, title, source, url, published, body) "
            f"FROM '{csvpath}' CSV", db)
    dt = now() - t0
    with cl.connect(db) as c:
        got = c.execute("SELECT count(*) FROM bench_copy").fetchone()[0]
    assert got == n, f"COPY stored {got} of {n}"
    return n / dt


# ---------------------------------------------------------------- daemon

class Daemon(conftest.Daemon):
    """The end-to-end tests' daemon, at log level info, fed by hard links."""

    def __init__(self, cl, db, workdir, **settings):
        os.makedirs(workdir)
        settings = {"log_level": "info", "rescan_interval": 60, **settings}
        super().__init__(cl, db, workdir, **settings)

    def status(self, key):
        """VmRSS / VmHWM of the daemon in MB."""
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stage(self, src_dir, names):
        """Hard-link the files into tmp/ (the producer's writing, not timed)."""
        for n in names:
            os.link(os.path.join(src_dir, n), os.path.join(self.spool, "tmp", n))

    def release(self, names):
        """Rename staged files into new/, the way a producer delivers."""
        tmp, new = os.path.join(self.spool, "tmp"), os.path.join(self.spool, "new")
        for n in names:
            os.rename(os.path.join(tmp, n), os.path.join(new, n))

    def drained(self, sub):
        """Whether the spool's sub/ holds no file (reads at most one entry)."""
        with os.scandir(os.path.join(self.spool, sub)) as it:
            return next(it, None) is None

    def stop(self):
        super().stop(timeout=60)
        if self.notify:
            self.notify.close()


def wait_rows(conn, want, timeout, interval=0.02, watch=None, ready=None):
    """Poll until the articles table holds want rows; the monotonic time then.
    The table is counted only once ready() holds, if given: count(*) reads
    every row (about 5 ms of a backend's CPU at 20,000 articles, so a quarter
    of a CPU when polled every 20 ms, taken from what is measured)."""
    deadline = now() + timeout
    got = 0
    while True:
        if ready is None or ready():
            got = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        t = now()
        if watch:
            watch()
        if got >= want:
            return t
        if t > deadline:
            raise SystemExit(f"bench: only {got} of {want} articles stored after {timeout} s")
        time.sleep(interval)


# ------------------------------------------------------------ measurements

def extract_corpus():
    """bench/extract.sh's corpus (gen_corpus.py, shared cache): its files."""
    dens = gen_corpus.density()
    d = os.path.join(TMP, f"tradewatch-bench-extract-{EXTRACT_MB}-d{dens}")
    if not os.path.exists(os.path.join(d, ".done")):
        say(f"generating the {EXTRACT_MB} MB extraction corpus (pledge density {dens}) in {d}")
        shutil.rmtree(d, ignore_errors=True)
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "bench", "gen_corpus.py"), d,
                        str(EXTRACT_MB), str(dens)], check=True, stdout=subprocess.DEVNULL)
        open(os.path.join(d, ".done"), "w").close()
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))


def bench_extract(files, what):
    """`tradewatch extract` and `grep -c -F -f` over files: best of 3 each."""
    size = sum(os.path.getsize(f) for f in files)
    tmp = tempfile.mkdtemp(prefix="tw-bench-phr-")
    phrases = os.path.join(tmp, "phrases")
    with open(phrases, "w") as f:
        subprocess.run([TW, "rules-phrases", "--rules", RULES], check=True, stdout=f)
    with open(phrases) as f:
        nphr = sum(1 for _ in f)
    for f in files:  # warm the page cache
        with open(f, "rb") as fh:
            fh.read()
    listing = "\0".join(files).encode()
    found = os.path.join(tmp, "found")

    def timed(cmd, out=subprocess.DEVNULL):
        t0 = now()
        subprocess.run(["xargs", "-0"] + cmd, input=listing, stdout=out)
        return now() - t0

    say(f"extraction ({what}): {len(files)} articles, {size / 1e6:.1f} MB, {nphr} phrases")
    # -j 1: one core, as grep runs; the default -j (every CPU) beside it.
    te = min(timed([TW, "extract", "-j", "1", "--rules", RULES]) for _ in range(3))
    tj = min(timed([TW, "extract", "--rules", RULES]) for _ in range(3))
    tg = min(timed(["grep", "-c", "-F", "-f", phrases]) for _ in range(3))
    with open(found, "w") as out:
        timed([TW, "extract", "--rules", RULES], out)
    with open(found) as f:
        claims = sum(len(json.loads(line)["commitments"]) for line in f)
    shutil.rmtree(tmp)
    return {"n": len(files), "mb": size / 1e6, "te": te, "tj": tj, "tg": tg, "phrases": nphr,
            "claims": claims, "what": what}


def bench_e2e(cl, work, corpus):
    db = cl.new_database()
    d = Daemon(cl, db, os.path.join(work, "e2e")).start()
    names = [f"a{i:06d}.txt" for i in range(N_E2E)]
    try:
        d.stage(os.path.join(corpus, "articles"), names)
        say(f"end to end: {N_E2E} files staged, renaming into new/")
        with cl.connect(db) as c:
            t0 = now()
            d.release(names)
            # Counted once new/ is empty: every file claimed by the daemon,
            # its last batches parsed or in flight.
            t1 = wait_rows(c, N_E2E, timeout=max(600, N_E2E / 20),
                           ready=lambda: d.drained("new"))
            claims = c.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        d.stop()
    rate = N_E2E / (t1 - t0)
    say(f"end to end: {rate:.0f} articles/s; COPY of the same articles")
    ref = min_of(lambda: copy_rate(cl, db, copy_csv(corpus, N_E2E), N_E2E), 2, best=max)
    return {"rate": rate, "copy": ref, "claims": claims}


def min_of(fn, k, best=min):
    return best(fn() for _ in range(k))


class Listener:
    """A LISTEN connection read in its own thread; arrival times by payload."""

    def __init__(self, cl, db, channels):
        self.conn = cl.connect(db)
        for ch in channels:
            self.conn.execute(f"LISTEN {ch}")
        self.got = []  # (monotonic time, channel, payload)
        self.running = True
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        pg = self.conn.pgconn
        fd = self.conn.fileno()
        while self.running:
            r, _, _ = select.select([fd], [], [], 0.1)
            if not r:
                continue
            t = now()
            pg.consume_input()
            while True:
                n = pg.notifies()
                if n is None:
                    break
                self.got.append((t, n.relname.decode(), n.extra.decode()))

    def close(self):
        self.running = False
        self.thread.join()
        self.conn.close()


def alert_articles(work, want):
    """want articles of one pledge each, every one a commitment key of its own.

    Candidates (actor x partner x goods) go through `tradewatch extract` once;
    those that yield exactly one commitment with a key not seen yet are kept,
    so each file raises exactly one alert (a new commitment: none -> pledged).
    """
    cand = os.path.join(work, "alert-candidates")
    os.makedirs(cand)
    texts = {}
    i = 0
    for goods in gen_corpus.GOODS:
        for adj in gen_corpus.ADJ:
            for actor in gen_corpus.ACTORS:
                name = f"alert{i:05d}.txt"
                texts[name] = (f"Title: Bench alert {i}\nDate: 2025-06-02\nSource: Bench Wire\n\n"
                               f"{actor[0].upper()}{actor[1:]} pledged to buy {adj} {goods}, "
                               f"the trade ministry said on Monday.\n")
                with open(os.path.join(cand, name), "w") as f:
                    f.write(texts[name])
                i += 1
    out = subprocess.run([TW, "extract", "--rules", RULES] +
                         [os.path.join(cand, n) for n in sorted(texts)],
                         capture_output=True, text=True, check=True).stdout
    keep, seen = [], set()
    for line in out.splitlines():
        doc = json.loads(line)
        cs = doc["commitments"]
        if len(cs) != 1:
            continue
        k = (cs[0]["actor"], cs[0]["counterparty"], cs[0]["action"], cs[0]["object"])
        if k in seen:
            continue
        seen.add(k)
        name = os.path.basename(doc["article"]["file"])
        keep.append((name, doc["article"]["title"]))
        if len(keep) == want:
            break
    if len(keep) < want:
        raise SystemExit(f"bench: only {len(keep)} distinct commitments for the latency run")
    return cand, keep


def percentiles(xs):
    xs = sorted(xs)
    pick = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]  # noqa: E731
    return pick(0.50) * 1e3, pick(0.99) * 1e3, xs[-1] * 1e3


def pace(i, t0, gap=0.010):
    """Sleep until the i-th slot gap seconds apart from t0."""
    delay = t0 + i * gap - now()
    if delay > 0:
        time.sleep(delay)


def bench_latency(cl, work):
    db = cl.new_database()
    cand, files = alert_articles(work, N_LAT)
    d = Daemon(cl, db, os.path.join(work, "latency")).start()
    lis = Listener(cl, db, ["tradewatch", "bench_ref"])
    sent = {}
    try:
        d.stage(cand, [n for n, _ in files])
        say(f"alert latency: {N_LAT} files 10 ms apart")
        t0 = now()
        for i, (name, title) in enumerate(files):
            pace(i, t0)
            sent[title] = now()
            d.release([name])
        deadline = now() + 30
        while len([g for g in lis.got if g[1] == "tradewatch"]) < N_LAT and now() < deadline:
            time.sleep(0.05)
        # The reference: a bare pg_notify() from a second connection.
        say(f"alert latency: {N_LAT} pg_notify() round trips 10 ms apart")
        ref_sent = {}
        with cl.connect(db) as c:
            t0 = now()
            for i in range(N_LAT):
                pace(i, t0)
                ref_sent[str(i)] = now()
                c.execute("SELECT pg_notify('bench_ref', %s)", (str(i),))
            deadline = now() + 10
            while len([g for g in lis.got if g[1] == "bench_ref"]) < N_LAT and now() < deadline:
                time.sleep(0.05)
    finally:
        lis.close()
        d.stop()
    lat, extra = [], 0
    for t, ch, payload in lis.got:
        if ch != "tradewatch":
            continue
        title = (json.loads(payload).get("article") or {}).get("title")
        if title in sent:
            lat.append(t - sent.pop(title))
        else:
            extra += 1
    ref = [t - ref_sent.pop(p) for t, ch, p in lis.got if ch == "bench_ref" and p in ref_sent]
    return {"lat": percentiles(lat), "n": len(lat), "missing": len(sent), "extra": extra,
            "ref": percentiles(ref)}


def bench_memory(cl, work, corpus):
    db = cl.new_database()
    d = Daemon(cl, db, os.path.join(work, "memory")).start()
    names = [f"a{i:06d}.txt" for i in range(N_MEM)]
    peak = [0.0]

    def watch():
        peak[0] = max(peak[0], d.status("VmRSS"))

    try:
        idle = d.status("VmRSS")
        d.stage(os.path.join(corpus, "articles"), names)
        say(f"memory: {N_MEM} files staged; first {N_MEM_EARLY}")
        with cl.connect(db) as c:
            t0 = now()
            d.release(names[:N_MEM_EARLY])
            wait_rows(c, N_MEM_EARLY, timeout=max(600, N_MEM / 20), interval=0.1, watch=watch)
            early = d.status("VmRSS")
            say(f"memory: RSS {early:.1f} MB after {N_MEM_EARLY}; the other "
                f"{N_MEM - N_MEM_EARLY}")
            d.release(names[N_MEM_EARLY:])
            t1 = wait_rows(c, N_MEM, timeout=max(1800, N_MEM / 10), interval=0.2, watch=watch)
            late = d.status("VmRSS")
            hwm = d.status("VmHWM")
    finally:
        d.stop()
    return {"idle": idle, "early": early, "late": late, "hwm": hwm, "rate": N_MEM / (t1 - t0)}


def bench_backfill(cl, work, corpus):
    db = cl.new_database()
    d = Daemon(cl, db, os.path.join(work, "backfill"))  # only its config
    subprocess.run([TW, "migrate", "-c", d.conf], check=True, stdout=subprocess.DEVNULL)
    say(f"backfill: tradewatch import of {N_BACKFILL} articles")
    t0 = now()
    r = subprocess.run([TW, "import", "-c", d.conf, os.path.join(corpus, "articles")],
                       capture_output=True, text=True)
    dt = now() - t0
    with cl.connect(db) as c:
        got = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    if r.returncode != 0 or got != N_BACKFILL:
        raise SystemExit(f"bench: import exited {r.returncode}, {got} of {N_BACKFILL} stored:\n"
                         f"{r.stdout}{r.stderr[-2000:]}")
    say(f"backfill: {r.stdout.strip()}; COPY of the same articles")
    ref = copy_rate(cl, db, copy_csv(corpus, N_BACKFILL), N_BACKFILL)
    return {"rate": N_BACKFILL / dt, "copy": ref, "summary": r.stdout.strip()}


# ------------------------------------------------------------------ report

def verdict(ok):
    return "yes" if ok else "NO"


def table(m):
    rows = []
    for e in m.get("extract", []):
        ex_mb, ex_ar = e["mb"] / e["te"], e["n"] / e["te"]
        gr_mb, gr_ar = e["mb"] / e["tg"], e["n"] / e["tg"]
        rows.append((f"extraction, {e['what']}: {e['n']} articles, {e['mb']:.0f} MB, "
                     f"{e['claims'] / e['n']:.1f} commitments/article",
                     f"{ex_mb:.1f} MB/s, {ex_ar:.0f} art/s on one core (-j 1); "
                     f"{e['mb'] / e['tj']:.1f} MB/s with -j {os.cpu_count()} "
                     f"({e['mb'] / e['tj'] / gr_mb:.2f} of grep, wall clock)",
                     f"grep -c -F -f ({e['phrases']} phrases): {gr_mb:.1f} MB/s, "
                     f"{gr_ar:.0f} art/s",
                     f">= 1/2 grep: {ex_mb / gr_mb:.2f}", verdict(ex_mb >= gr_mb / 2)))
    x = m.get("e2e")
    rows.append(x and (f"end to end, new/ to committed: {N_E2E} articles, "
                 f"{x['claims'] / N_E2E:.1f} commitments/article",
                 f"{x['rate']:.0f} art/s ({x['rate'] * x['claims'] / N_E2E:.0f} commitments/s)",
                 f"psql \\copy into a copy of articles: {x['copy']:.0f} art/s",
                 f">= 2000 art/s, >= 1/4 COPY: {x['rate'] / x['copy']:.2f}",
                 verdict(x["rate"] >= 2000 and x["rate"] >= x["copy"] / 4)))
    a = m.get("latency")
    p50, p99, mx = a["lat"] if a else (0, 0, 0)
    r50, r99, rmx = a["ref"] if a else (0, 0, 0)
    got = "" if not a or a["missing"] == 0 and a["extra"] == 0 else \
        f" ({a['missing']} missing, {a['extra']} extra)"
    rows.append(a and (f"alert latency, rename to NOTIFY: {N_LAT} files 10 ms apart",
                 f"p50 {p50:.1f} / p99 {p99:.1f} / max {mx:.1f} ms{got}",
                 f"pg_notify() round trip: p50 {r50:.1f} / p99 {r99:.1f} / max {rmx:.1f} ms",
                 "p99 < 50 ms", verdict(p99 < 50 and a["missing"] == 0)))
    mm = m.get("memory")
    flat = mm and mm["late"] <= mm["early"] * 1.2 + 1
    rows.append(mm and (f"memory, daemon: {N_MEM} articles",
                 f"VmHWM {mm['hwm']:.1f} MB; VmRSS {mm['early']:.1f} MB at {N_MEM_EARLY}, "
                 f"{mm['late']:.1f} MB at {N_MEM}",
                 f"VmRSS when READY (idle): {mm['idle']:.1f} MB",
                 "< 32 MB and flat", verdict(mm["hwm"] < 32 and flat)))
    b = m.get("backfill")
    rows.append(b and (f"backfill, tradewatch import: {N_BACKFILL} articles",
                 f"{b['rate']:.0f} art/s",
                 f"psql \\copy of the same articles: {b['copy']:.0f} art/s",
                 f"(none) {b['rate'] / b['copy']:.2f} of COPY", "-"))
    out = []
    for r in filter(None, rows):
        out.append(f"{r[0]}\n    tradewatch  {r[1]}\n    reference   {r[2]}\n"
                   f"    target      {r[3]}  met: {r[4]}")
    return "\n".join(out)


PARTS = ("extract", "e2e", "latency", "memory", "backfill")


def main():
    ap = argparse.ArgumentParser(description="tradewatch benchmarks (docs/BENCHMARKS.md)")
    ap.add_argument("--only", action="append", choices=PARTS,
                    help="run only this part (repeatable); default: all")
    only = set(ap.parse_args().only or PARTS)
    for exe in (TW, TWD):
        if not os.access(exe, os.X_OK):
            raise SystemExit(f"bench: {exe} missing; run make BUILD={os.path.basename(BUILD)} all")
    started = datetime.datetime.now().astimezone()
    print(f"tradewatch benchmarks, {started:%Y-%m-%d %H:%M %Z}")
    print(f"machine: {machine()}")
    cmd = " ".join(f"{k}={os.environ[k]}" for k in ("BUILD", "BENCH_SCALE") if k in os.environ)
    args = " ".join(sys.argv[1:])
    print(f"command: {(cmd + ' ') if cmd else ''}"
          f"{'bench/run.sh ' + args if args else 'make bench (bench/run.sh)'}, "
          f"git {git_head()}, scale {SCALE:g}")
    print(f"load average at start: {loadavg()}", flush=True)
    m = {}
    corpus = article_corpus(max(N_MEM, N_BACKFILL, N_E2E))
    if "extract" in only:
        m["extract"] = [bench_extract(extract_corpus(), "gen_corpus.py (extract.sh)"),
                        bench_extract([os.path.join(corpus, "articles", f"a{i:06d}.txt")
                                       for i in range(N_E2E)], "the end-to-end articles")]
    work = tempfile.mkdtemp(prefix="tw-bench-")
    os.chmod(work, 0o755)
    cl = conftest.Cluster(work)
    cl.start()
    try:
        for part, fn in (("e2e", lambda: bench_e2e(cl, work, corpus)),
                         ("latency", lambda: bench_latency(cl, work)),
                         ("memory", lambda: bench_memory(cl, work, corpus)),
                         ("backfill", lambda: bench_backfill(cl, work, corpus))):
            if part in only:
                m[part] = fn()
    finally:
        cl.stop("immediate")
        if os.environ.get("BENCH_KEEP"):
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(table(m))
    print()
    print(f"load average at end: {loadavg()}; "
          f"{(datetime.datetime.now().astimezone() - started).seconds} s in all"
          + (f"; end to end claims stored: {m['e2e']['claims']}" if "e2e" in m else "")
          + (f"; memory run: {m['memory']['rate']:.0f} articles/s" if "memory" in m else ""))


def git_head():
    r = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True,
                       text=True)
    return r.stdout.strip() or "?"


if __name__ == "__main__":
    main()
