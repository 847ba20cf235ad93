#!/usr/bin/env python3
"""check.py - compare the extractor's output on the sweep with what each
template expects.  argv: EXPECT.jsonl PRED.jsonl [-v].  Each article is
OK (every expected key with its status, nothing else), STATUS (keys right,
a status wrong), DQ (keys and statuses right, a deadline or quantity that
the template names wrong), EXTRA (expected keys right plus others), KEY (a wrong
key: actor, counterparty, action or object) or NONE (no entry).  A null
expected counterparty accepts any.
"""
import collections
import json
import sys


def grade(exp, got):
    """grade - the verdict for one article and a short note."""
    if not exp:
        return ("OK", "") if not got else ("EXTRA", " ".join(got_keys(got)))
    if not got:
        return "NONE", ""
    verdict = "OK"
    for e in exp:
        hit = [g for g in got if g["actor"] == e[0] and (e[1] is None or g["counterparty"] == e[1])
               and g["action"] == e[2] and g["object"] == e[3]]
        if not hit:
            return "KEY", " ".join(got_keys(got))
        if all(h["status"] != e[4] for h in hit):
            verdict = "STATUS"
        elif len(e) > 5 and verdict == "OK" and not any(
                all(dq_same(h.get(k), v) for k, v in e[5].items()) for h in hit):
            verdict = "DQ"
    # Other objects of a list ("gallium and germanium") are no extra.
    same = {(e[0], e[2]) for e in exp}
    if verdict == "OK" and any((g["actor"], g["action"]) not in same for g in got):
        return "EXTRA", " ".join(got_keys(got))
    return verdict, " ".join(got_keys(got)) if verdict != "OK" else ""


def dq_same(got, want):
    """dq_same - whether a predicted deadline or quantity is the expected one."""
    if isinstance(want, dict):
        return isinstance(got, dict) and all(
            got.get(k) == v or (isinstance(v, float) and got.get(k) is not None
                                and abs(got[k] - v) < 1e-6 * max(1.0, v))
            for k, v in want.items())
    return got == want


def got_keys(got):
    return ["%s/%s/%s/%s/%s%s" % (g["actor"], g["counterparty"], g["action"], g["object"],
                                  g["status"], "" if not (g.get("deadline") or g.get("quantity"))
                                  else " (%s %s)" % (g.get("deadline"), json.dumps(g.get("quantity"))))
            for g in got]


def main():
    exps = [json.loads(l) for l in open(sys.argv[1])]
    preds = [json.loads(l) for l in open(sys.argv[2])]
    verbose = "-v" in sys.argv
    count = collections.Counter()
    fam = collections.defaultdict(collections.Counter)
    for e, p in zip(exps, preds):
        v, note = grade(e["exp"], p["commitments"])
        count[v] += 1
        fam[e["form"].split(":")[0] if not e["form"].startswith("mod:") else e["form"].split("|")[0]][v] += 1
        if verbose and v != "OK":
            print("%-6s %-40s %s\n       want %s\n       got  %s" % (
                v, e["form"], e["body"], " ".join("/".join(str(x) for x in k) for k in e["exp"]),
                note))
    print("family" + " " * 23 + " ".join("%6s" % k for k in ("OK", "STATUS", "DQ", "EXTRA", "KEY", "NONE")))
    for f in sorted(fam):
        print("%-28s " % f + " ".join("%6d" % fam[f][k] for k in ("OK", "STATUS", "DQ", "EXTRA", "KEY", "NONE")))
    print("total %d ok=%d status=%d dq=%d extra=%d key=%d none=%d" % (
        len(exps), count["OK"], count["STATUS"], count["DQ"], count["EXTRA"], count["KEY"],
        count["NONE"]))


main()
