"""The `tradewatch` command line: extract (no database), check-config,
migrate, import and reextract against a real PostgreSQL."""
import glob
import json
import os
import subprocess

from conftest import ROOT, TRADEWATCH, article_txt, tradewatch

PLEDGE = ("Title: Seoul pledges LNG purchases\nDate: 2026-06-01\nSource: Test Wire\n"
          "URL: https://test.example/lng\n\n"
          "South Korea pledged to buy $20 billion of US liquefied natural gas by the end of "
          "the year, the trade ministry said.\n")


RULES = os.path.join(ROOT, "config", "rules.json")


def extract(*args, **kw):
    """`tradewatch extract` with the project's rules, from any working directory."""
    return tradewatch("extract", "--rules", RULES, *args, **kw)


def write(path, text):
    with open(path, "w" if isinstance(text, str) else "wb") as f:
        f.write(text)
    return str(path)


def test_extract_prints_one_line_per_article_in_input_order(tmp_path):
    a = write(tmp_path / "a.txt", PLEDGE)
    b = write(tmp_path / "b.jsonl",
              json.dumps({"title": "t", "published": "2026-06-02", "body": "Nothing here."}) + "\n\n" +
              json.dumps({"title": "u", "published": "2026-06-03", "body": PLEDGE.split("\n\n", 1)[1]}) + "\n")
    r = extract(a, b)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["article"]["file"] for x in lines] == [a, b + "#1", b + "#3"]
    # The same body as .txt and inside .jsonl has one hash.
    assert lines[0]["article"]["sha256"] == lines[2]["article"]["sha256"]
    (c,) = [c for c in lines[0]["commitments"] if c["object"] == "lng"]
    assert (c["actor"], c["counterparty"], c["action"], c["status"]) == ("KR", "US", "purchase", "pledged")
    assert c["deadline"] == "2026-12-31"
    assert c["quantity"] == {"amount": 2e10, "unit": "USD", "per": None}
    body = PLEDGE.split("\n\n", 1)[1].strip().encode()
    assert body[c["offset"]:].startswith(c["evidence"].encode())
    assert lines[1]["commitments"] == []


def test_extract_goes_on_after_a_bad_file_and_fails_at_the_end(tmp_path):
    bad = write(tmp_path / "bad.json", "[1, 2]")
    good = write(tmp_path / "good.txt", PLEDGE)
    r = extract(bad, str(tmp_path / "missing.txt"), good)
    assert r.returncode != 0
    assert "bad.json" in r.stderr and "missing.txt" in r.stderr
    assert [json.loads(x)["article"]["file"] for x in r.stdout.splitlines()] == [good]


def test_extract_reads_stdin_and_dates_it_with_published():
    body = "Japan will cut its tariff on US beef to 9% within 90 days, officials said.\n"
    r = extract("--published", "2026-01-10", input=body)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["article"]["published"] == "2026-01-10"
    (c,) = [c for c in out["commitments"] if c["object"] == "beef"]
    assert (c["actor"], c["action"], c["deadline"]) == ("JP", "tariff_cut", "2026-04-10")
    assert extract("--published", "2026-02-30", input=body).returncode == 64


def extract_merged(jobs, names, stdin):
    """`tradewatch extract -j jobs` with stderr merged into stdout, as a reader sees them."""
    return subprocess.run([TRADEWATCH, "extract", "--rules", RULES, "-j", str(jobs), *names],
                          input=stdin, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_extract_threads_print_the_same_bytes_in_input_order(tmp_path):
    # Every test article and example, with bad inputs and standard input between
    # them: each worker count prints the same lines and reasons, in input order.
    articles = sorted(glob.glob(os.path.join(ROOT, "tests", "articles", "*.txt")))
    examples = sorted(glob.glob(os.path.join(ROOT, "examples", "*")))
    bad = write(tmp_path / "bad.json", "[1, 2]")
    half = len(articles) // 2
    names = (articles[:half] + [bad, str(tmp_path / "missing.txt"), "-"] + examples +
             [str(tmp_path), "-"] + articles[half:])
    stdin = PLEDGE.encode()
    one = extract_merged(1, names, stdin)
    assert one.returncode == 65
    lines = one.stdout.decode().splitlines()
    assert len([x for x in lines if x.startswith("{")]) >= len(articles) + len(examples)
    reasons = [x for x in lines if x.startswith("tradewatch: ")]
    assert [r.split(": ")[1] for r in reasons] == [bad, str(tmp_path / "missing.txt"),
                                                    str(tmp_path), "stdin.txt"]
    # The first "-" read all of standard input, the second found it empty.
    assert lines.index(reasons[0]) > half - 1
    for jobs in (2, 4, 7):
        many = extract_merged(jobs, names, stdin)
        assert many.returncode == 65
        assert many.stdout == one.stdout, jobs
    assert extract("-j", "0", articles[0]).returncode == 64
    assert extract("-j", "two", articles[0]).returncode == 64


def test_check_config_reports_file_and_line(tmp_path):
    good = write(tmp_path / "ok.conf", f"rules = {ROOT}/config/rules.json\nspool = /tmp/x\n")
    r = tradewatch("check-config", good)
    assert r.returncode == 0 and "ok" in r.stdout, r.stderr
    bad = write(tmp_path / "bad.conf", "spool = /tmp/x\n\nmin_confidence = 2\n")
    r = tradewatch("check-config", bad)
    assert r.returncode == 78
    assert f"{bad}:3: min_confidence" in r.stderr
    rules = write(tmp_path / "rules.json", '{"actors": 5}')
    r = tradewatch("check-config", write(tmp_path / "r.conf", f"rules = {rules}\n"))
    assert r.returncode == 78 and "rules.json" in r.stderr


def conf(pg, dbname, tmp_path):
    return write(tmp_path / "tw.conf",
                 f"database = {pg.conninfo(dbname)}\nrules = {ROOT}/config/rules.json\n"
                 f"migrations = {ROOT}/migrations\nbatch_size = 3\n")


def test_migrate_import_and_reextract(pg, dbname, tmp_path):
    c = conf(pg, dbname, tmp_path)
    r = tradewatch("migrate", "-c", c)
    assert r.returncode == 0 and "applied" in r.stdout, r.stderr
    assert tradewatch("migrate", "-c", c).stdout.startswith("0 migrations")
    archive = tmp_path / "archive" / "2026"
    archive.mkdir(parents=True)
    for i in range(7):
        write(archive / f"n{i}.txt", article_txt("2026-05-0%d" % (i + 1), f"n{i}",
              f"Officials said on day {i} that talks went on; no deal was reached."))
    write(archive / "lng.txt", PLEDGE)
    write(archive / "broken.json", "{")
    write(archive / "notes.md", "not an article")
    r = tradewatch("import", "-c", c, str(tmp_path / "archive"))
    assert r.returncode != 0  # one file was unusable, and said so
    assert "broken.json" in r.stderr
    assert "imported 9 files: 8 articles, 1 unusable" in r.stdout
    with pg.connect(dbname) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
        assert conn.execute("SELECT status FROM commitments WHERE actor = 'KR' AND object = 'lng'"
                            ).fetchone()[0] == "pledged"
        alerts = conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
    # Importing again stores nothing twice; reextract with the same rules changes nothing.
    os.remove(archive / "broken.json")
    r = tradewatch("import", "-c", c, str(tmp_path / "archive"))
    assert r.returncode == 0, r.stderr
    r = tradewatch("reextract", "-c", c)
    assert r.returncode == 0, r.stderr
    assert "re-extracted 8 articles: 0 status changes" in r.stdout
    with pg.connect(dbname) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
        assert conn.execute("SELECT count(*) FROM alerts").fetchone()[0] == alerts
