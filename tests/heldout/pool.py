#!/usr/bin/env python3
"""Score `tradewatch extract` on many corpora at once, corpus by corpus and pooled.

    /usr/bin/python3 tests/heldout/pool.py [--build DIR] [--rules FILE]
        [--sets dev,2-74,heldout] [--pool NAME=RANGE ...] [--blind RANGE]
        [--lines FILE] [--jobs N]

A set is `dev` (../shared/corpus/dev, skipped when absent), `heldout`
(tests/heldout) or a number N (tests/corpusN); ranges are `A-B`.  Each set is
extracted with DIR/tradewatch (RULES: another rules.json) and scored with
score.py's rules.  Printed: one line per set, then one per pool (the counts of
its sets added up before the ratios are taken) and one for all sets together.

--save FILE keeps the counts (JSON); --table BASE prints instead a markdown
table of every set and pool with, last, the full F1 of a saved BASE.

--lines FILE writes every miss, extra and wrong field of the sets that are not
--blind, each line prefixed with its set; blind corpora only give their
summary, so whoever tunes the extractor never reads what they miss.
"""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def expand(spec):
	"""'dev,2-5,heldout' -> ['dev', '2', '3', '4', '5', 'heldout']."""
	out = []
	for part in filter(None, spec.split(",")):
		if "-" in part and part.replace("-", "").isdigit():
			a, b = part.split("-")
			out.extend(str(n) for n in range(int(a), int(b) + 1))
		else:
			out.append(part)
	return out


def set_dir(name):
	if name == "dev":
		return os.path.join(ROOT, "..", "shared", "corpus", "dev")
	if name == "heldout":
		return os.path.join(ROOT, "tests", "heldout")
	return os.path.join(ROOT, "tests", "corpus" + name)


def articles(name, d):
	if name == "dev":
		return sorted(os.path.join(d, f) for f in os.listdir(d) if f[:1].isdigit())
	a = os.path.join(d, "articles")
	return sorted(os.path.join(a, f) for f in os.listdir(a))


def run_set(name, args):
	d = set_dir(name)
	cmd = [os.path.join(args.build, "tradewatch"), "extract"]
	if args.rules:
		cmd += ["--rules", args.rules]
	out = subprocess.run(cmd + articles(name, d), capture_output=True, text=True,
	    check=True).stdout
	preds = {}
	for line in out.splitlines():
		if line.strip():
			obj = json.loads(line)
			preds.setdefault(os.path.basename(obj["article"]["file"]), []).extend(
			    obj.get("commitments") or [])
	with open(os.path.join(d, "gold.json"), encoding="utf-8") as f:
		gold = json.load(f)
	return score.score(gold, preds)


def add(total, c):
	for k, v in c.items():
		total[k] = total.get(k, 0) + v


def row(label, c):
	kp, kr = score.ratio(c["key"], c["pred"]), score.ratio(c["key"], c["gold"])
	fp, fr = score.ratio(c["status"], c["pred"]), score.ratio(c["status"], c["gold"])
	return "%-10s gold %5d pred %5d match %5d  key %.3f  st %.3f  dl %.3f  q %.3f  full %.3f" % (
	    label, c["gold"], c["pred"], c["key"], score.f1(kp, kr),
	    score.ratio(c["status"], c["key"]),
	    score.ratio(c["deadline_ok"], c["deadline_n"]),
	    score.ratio(c["quantity_ok"], c["quantity_n"]), score.f1(fp, fr))


def full_f1(c):
	return score.f1(score.ratio(c["status"], c["pred"]), score.ratio(c["status"], c["gold"]))


def print_table(counts, base):
	print("| corpus | key F1 | status | deadline | quantity | full F1 | before full F1 |")
	print("|---|---|---|---|---|---|---|")
	for name, c in counts.items():
		kp, kr = score.ratio(c["key"], c["pred"]), score.ratio(c["key"], c["gold"])
		label = "corpus" + name if name.isdigit() else name
		print("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %s |" % (label, score.f1(kp, kr),
		    score.ratio(c["status"], c["key"]), score.ratio(c["deadline_ok"], c["deadline_n"]),
		    score.ratio(c["quantity_ok"], c["quantity_n"]), full_f1(c),
		    "%.3f" % full_f1(base[name]) if name in base else "-"))


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--build", default=os.path.join(ROOT, "build"))
	ap.add_argument("--rules")
	ap.add_argument("--sets", default="dev,2-74,heldout")
	ap.add_argument("--pool", action="append", default=[],
	    help="NAME=RANGE, e.g. tune=25-64")
	ap.add_argument("--blind", default="", help="sets whose errors are never listed")
	ap.add_argument("--lines", help="write the error lines of non-blind sets here")
	ap.add_argument("--save", help="write the counts of every set and pool (JSON)")
	ap.add_argument("--table", metavar="BASE", help="print a markdown table beside BASE")
	ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
	args = ap.parse_args()

	sets = [s for s in expand(args.sets) if os.path.isdir(set_dir(s))]
	blind = set(expand(args.blind))
	with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
		results = dict(zip(sets, ex.map(lambda s: run_set(s, args), sets)))

	counts = {s: results[s][0] for s in sets}
	total = {}
	for s in sets:
		add(total, counts[s])
	for spec in args.pool:
		name, rng = spec.split("=", 1)
		pooled = {}
		for s in expand(rng):
			if s in counts:
				add(pooled, counts[s])
		if pooled:
			counts[name] = pooled
	counts["all"] = total
	if args.table:
		with open(args.table, encoding="utf-8") as f:
			print_table(counts, json.load(f))
	else:
		for name, c in counts.items():
			print(row(name, c))
	if args.save:
		with open(args.save, "w", encoding="utf-8") as f:
			json.dump(counts, f)
	if args.lines:
		with open(args.lines, "w", encoding="utf-8") as f:
			for s in sets:
				if s not in blind:
					for line in results[s][1]:
						f.write("%s %s\n" % (s, line))


if __name__ == "__main__":
	main()
