"""The hostile-input table: one line per case (test_hostile.py drives it).

Each case is (name, file name in new/, builder, expected outcome, detail):
  builder(path) creates the file (or FIFO, link, directory...) at path in
  tmp/; the test renames it into new/ as a producer would.
  "quarantine": the file must end in quarantine/ and detail must be a
  substring of its .reason file.
  "stored": the file must end in done/ and detail must be a substring of the
  body stored under that file name (for a .jsonl, of its first line's).
A new case is one line.  Every body is distinct, so no case is a duplicate
of another.
"""
import json
import os
import random

MIB = 1 << 20


def data(content):
    """A builder writing content (str as UTF-8, or bytes)."""
    raw = content.encode() if isinstance(content, str) else content

    def build(path):
        with open(path, "wb") as f:
            f.write(raw)
    return build


def chunks(make, total):
    """A builder streaming total bytes from make(n) without holding them all."""
    def build(path):
        with open(path, "wb") as f:
            left = total
            while left > 0:
                part = make(min(left, MIB))
                f.write(part)
                left -= len(part)
    return build


def sparse(size):
    def build(path):
        with open(path, "wb") as f:
            f.truncate(size)  # a hole: never read whole
    return build


def symlink(target):
    return lambda path: os.symlink(target, path)


def fifo(path):
    os.mkfifo(path)


def directory(path):
    os.mkdir(path)
    with open(os.path.join(path, "inside.txt"), "w") as f:
        f.write("a file inside a directory in new/\n")


def locked(content):
    """A file nobody may read (mode 000): refused by a daemon without
    CAP_DAC_OVERRIDE (test_hostile runs it so when it can)."""
    def build(path):
        data(content)(path)
        os.chmod(path, 0)
    return build


def txt(title, body, date="2025-06-02"):
    return f"Title: {title}\nDate: {date}\nSource: Hostile Wire\n\n{body}\n"


def obj(body, **kw):
    return json.dumps(dict({"title": "JSON case", "published": "2025-06-03",
                            "source": "Hostile Wire", "body": body}, **kw))


def garbage(n, seed=5):
    rnd = random.Random(seed)
    return bytes(rnd.randrange(256) for _ in range(n))


def deep_json(depth):
    return '{"body": ' + "[" * depth + "]" * depth + "}"


def huge_string_json(size):
    head = b'{"title": "Huge", "published": "2025-06-04", "body": "'
    state = {"head": False}

    def make(n):
        if not state["head"]:
            state["head"] = True
            return head
        return b"x" * n
    build_body = chunks(make, size)

    def build(path):
        build_body(path)
        with open(path, "ab") as f:
            f.write(b'"}\n')
    return build


LONG_LINE = " ".join(f"Lorry {i} hauled {i % 50} crates of pears past checkpoint {i}."
                     for i in range(4000))[:200_000]

CASES = [
    # name, file name, builder, outcome, detail
    ("empty", "empty.txt", data(b""), "quarantine", "empty body"),
    ("whitespace only", "blank.txt", data(" \n\t\r\n   \n"), "quarantine", "empty body"),
    ("binary garbage", "garbage.txt", data(garbage(4096)), "quarantine", "NUL byte"),
    ("NUL inside text", "nul.txt", data(txt("Nul", "Ferry 1 carried apples\0 to the island.")),
     "quarantine", "NUL byte at offset"),
    ("invalid UTF-8 (Windows-1252)", "cp1252.txt",
     data(txt("Caf\xe9", "Caf\xe9 owners in S\xe3o Paulo imported 3 tonnes of \x93coffee\x94.")
          .encode("latin-1")), "stored", "Café owners in São Paulo imported 3 tonnes of “coffee”."),
    ("overlong UTF-8", "overlong.txt",
     data(b"Title: Overlong\n\nThe slash \xc0\xaf and the dot \xe0\x80\xae stay foreign bytes.\n"),
     "stored", "The slash À¯ and the dot"),
    ("2 GB sparse file", "sparse.txt", sparse(2 << 30), "quarantine", "exceed max_article_bytes"),
    ("200 KB single line", "oneline.txt", data(LONG_LINE), "stored",
     LONG_LINE.rstrip()[-60:]),
    ("JSON nested 100,000 deep", "deep.json", data(deep_json(100_000)), "quarantine",
     "invalid JSON"),
    ("JSON with a 50 MB string", "huge-string.json", huge_string_json(50 * MIB), "quarantine",
     "exceed max_article_bytes 8388608"),
    ("a million empty lines", "blank-lines.jsonl", data("\n" * 1_000_000), "quarantine",
     "no article"),
    ("JSON array", "array.json", data("[" + obj("Tug 1 pushed a barge of sand.") + "]"),
     "quarantine", "not a JSON object"),
    ("JSON number", "number.json", data("42\n"), "quarantine", "not a JSON object"),
    ("date 2025-02-30", "feb30.txt", data(txt("Feb 30", "Tug 2 pushed a barge of coal.",
                                              date="2025-02-30")), "quarantine",
     "'2025-02-30' is not a calendar date"),
    ("year 99999", "y99999.json", data(obj("Tug 3 pushed a barge of salt.",
                                           published="99999-01-01")), "quarantine",
     "'99999-01-01' is not a date"),
    ("headers without a body", "headers-only.txt",
     data("Title: Nothing follows\nDate: 2025-06-05\nSource: Hostile Wire\n"), "quarantine", "empty body"),
    ("name with spaces", "a name with spaces.txt", data(txt("Spaces", "Tug 4 pushed rice.")),
     "stored", "Tug 4 pushed"),
    ("name with a newline", "line\nforged: database is back.txt", data(txt("Newline", "Tug 5 pushed oats.")),
     "stored", "Tug 5 pushed"),
    ("name with quotes", "it's \"quoted\" `x`;$(id).txt", data(txt("Quotes", "Tug 6 pushed rye.")),
     "stored", "Tug 6 pushed"),
    ("non-ASCII name", "façade-日本語-ü.txt", data(txt("Unicode", "Tug 7 pushed barley.")),
     "stored", "Tug 7 pushed"),
    ("symlink to /etc/shadow", "shadow.txt", symlink("/etc/shadow"), "quarantine",
     "symbolic link"),
    ("FIFO", "pipe.txt", fifo, "quarantine", "FIFO"),
    ("directory", "folder.txt", directory, "quarantine", "directory"),
    ("no read permission", "locked.txt", locked(txt("Locked", "Tug 8 pushed millet.")),
     "quarantine", "Permission denied"),
    ("saved news page", "page.html",
     data("<html><head><title>Tug 9</title><script>var s = '<p>Tug 0 hid.</p>';</script>"
          "</head><body><nav>Home</nav><article><h1>Tug 9 pushed hay</h1>"
          "<p>Tug 9 pushed hay &amp; straw upriver.</p></article></body></html>"),
     "stored", "Tug 9 pushed hay\n\nTug 9 pushed hay & straw upriver."),
    ("saved news page with nothing to read", "menus.htm",
     data("<html><body><nav>Tug 10 menu</nav><script>x()</script></body></html>"),
     "quarantine", "empty body"),
    ("scraper's JSON names", "scraped.json",
     data(json.dumps({"headline": "Tug 11", "date": "March 3, 2026",
                      "text": "Tug 11 pushed oats."})), "stored", "Tug 11 pushed oats."),
]
