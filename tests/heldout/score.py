#!/usr/bin/env python3
"""Score `tradewatch extract` output against a gold file.

Written for the held-out corpus in tests/heldout, from the scoring rules of
shared/spec/commitments.md (it is not a copy of shared/eval/score.py).

    python3 tests/heldout/score.py [-v] GOLD.json PREDICTIONS.jsonl

A gold entry and a predicted entry match on the key (actor, counterparty,
action, object).  A gold counterparty of null accepts any; alt_counterparties,
alt_actions and alt_objects list other values that count as right, and
alt_statuses does the same for the status.  Within each article the pairing is
a maximum one-to-one matching on the key; among the maximum matchings the one
with the most right statuses, then deadlines and quantities, is taken, so the
order of entries never matters.  Articles are named by the basename of
article.file (`NAME.jsonl#N` for a line of a .jsonl); predictions for names
that are not in the gold file are ignored.

Printed: key precision, recall and F1; status accuracy on matched keys; full
precision, recall and F1 (key and status both right); deadline and quantity
accuracy on matched keys where gold has one.  The last line is full_f1=N.NNN.
With -v, every miss, extra, wrong status, wrong deadline and wrong quantity is
listed first.
"""

import argparse
import json
import os
import sys

KEY_WEIGHT = 1_000_000
STATUS_WEIGHT = 1_000
DETAIL_WEIGHT = 10


def accepted(entry, field, alt_field):
	"""Values that count as right for one field of a gold entry."""
	return {entry.get(field)} | set(entry.get(alt_field) or [])


def key_matches(gold, pred):
	if pred.get("actor") != gold.get("actor"):
		return False
	if gold.get("counterparty") is not None and pred.get("counterparty") not in \
	    accepted(gold, "counterparty", "alt_counterparties"):
		return False
	if pred.get("action") not in accepted(gold, "action", "alt_actions"):
		return False
	return pred.get("object") in accepted(gold, "object", "alt_objects")


def status_right(gold, pred):
	return pred.get("status") in accepted(gold, "status", "alt_statuses")


def deadline_right(gold, pred):
	return pred.get("deadline") == gold.get("deadline")


def quantity_right(gold, pred):
	g, p = gold.get("quantity"), pred.get("quantity")
	if not isinstance(p, dict):
		return False
	try:
		ga, pa = float(g["amount"]), float(p["amount"])
	except (KeyError, TypeError, ValueError):
		return False
	if abs(ga - pa) > 1e-9 * max(1.0, abs(ga)):
		return False
	return p.get("unit") == g.get("unit") and p.get("per") == g.get("per")


# Fields scored on matched keys where gold has a value.
DETAILS = (("deadline", deadline_right), ("quantity", quantity_right))


def pair_weight(gold, pred):
	if not key_matches(gold, pred):
		return 0
	w = KEY_WEIGHT
	if status_right(gold, pred):
		w += STATUS_WEIGHT
	for field, right in DETAILS:
		if gold.get(field) and right(gold, pred):
			w += DETAIL_WEIGHT
	return w


def best_assignment(weights, rows, cols):
	"""Maximum-weight assignment (Hungarian method) on a rows x cols matrix.

	Returns, for each row, the column paired with it or -1.  Pairs of weight
	0 are not pairs."""
	n = max(rows, cols)
	if n == 0:
		return []
	top = max((w for r in weights for w in r), default=0)
	# Square cost matrix: minimise top - weight.
	cost = [[top - (weights[i][j] if i < rows and j < cols else 0)
	    for j in range(n)] for i in range(n)]
	inf = float("inf")
	u, v = [0] * (n + 1), [0] * (n + 1)
	match, way = [0] * (n + 1), [0] * (n + 1)
	for i in range(1, n + 1):
		match[0] = i
		j0 = 0
		minv = [inf] * (n + 1)
		used = [False] * (n + 1)
		while True:
			used[j0] = True
			i0, delta, j1 = match[j0], inf, 0
			for j in range(1, n + 1):
				if used[j]:
					continue
				cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
				if cur < minv[j]:
					minv[j], way[j] = cur, j0
				if minv[j] < delta:
					delta, j1 = minv[j], j
			for j in range(n + 1):
				if used[j]:
					u[match[j]] += delta
					v[j] -= delta
				else:
					minv[j] -= delta
			j0 = j1
			if match[j0] == 0:
				break
		while j0:
			j1 = way[j0]
			match[j0] = match[j1]
			j0 = j1
	result = [-1] * rows
	for j in range(1, n + 1):
		i = match[j] - 1
		if i < rows and j - 1 < cols and weights[i][j - 1] > 0:
			result[i] = j - 1
	return result


def key_text(e):
	return "%s->%s %s %s" % (e.get("actor"), e.get("counterparty"),
	    e.get("action"), e.get("object"))


def load_predictions(path):
	preds = {}
	with open(path, encoding="utf-8") as f:
		for lineno, line in enumerate(f, 1):
			if not line.strip():
				continue
			try:
				obj = json.loads(line)
				name = os.path.basename(obj["article"]["file"])
			except (ValueError, KeyError, TypeError) as e:
				sys.exit("%s:%d: bad prediction line: %s" % (path, lineno, e))
			preds.setdefault(name, []).extend(obj.get("commitments") or [])
	return preds


def ratio(a, b):
	return a / b if b else 0.0


def f1(p, r):
	return 2 * p * r / (p + r) if p + r else 0.0


def score(gold, preds):
	"""Score predictions {name: [entry]} against gold {name: [entry]}.

	Returns the counts (a dict) and the report lines."""
	c = {"articles": len(gold), "gold": 0, "pred": 0, "key": 0, "status": 0}
	for field, _ in DETAILS:
		c[field + "_n"] = c[field + "_ok"] = 0
	report = []
	for name in sorted(gold):
		g_list = gold[name]
		p_list = preds.get(name)
		if p_list is None:
			report.append("NO PREDICTION  %s" % name)
			p_list = []
		c["gold"] += len(g_list)
		c["pred"] += len(p_list)
		weights = [[pair_weight(g, p) for p in p_list] for g in g_list]
		pairing = best_assignment(weights, len(g_list), len(p_list))
		paired = set()
		for gi, pj in enumerate(pairing):
			g = g_list[gi]
			if pj < 0:
				report.append("MISS    %s  %s [%s]" % (name, key_text(g),
				    g.get("status")))
				continue
			p = p_list[pj]
			paired.add(pj)
			c["key"] += 1
			if status_right(g, p):
				c["status"] += 1
			else:
				report.append("STATUS  %s  %s gold=%s pred=%s | %s" % (name,
				    key_text(g), g.get("status"), p.get("status"),
				    (p.get("evidence") or "")[:160]))
			for field, right in DETAILS:
				if not g.get(field):
					continue
				c[field + "_n"] += 1
				if right(g, p):
					c[field + "_ok"] += 1
				else:
					report.append("%s %s  %s gold=%s pred=%s" % (field.upper(),
					    name, key_text(g), json.dumps(g[field]),
					    json.dumps(p.get(field))))
		for pj, p in enumerate(p_list):
			if pj not in paired:
				report.append("EXTRA   %s  %s [%s] | %s" % (name, key_text(p),
				    p.get("status"), (p.get("evidence") or "")[:160]))
	return c, report


def summary(c):
	"""The printed summary of score()'s counts; the last line is full_f1."""
	kp, kr = ratio(c["key"], c["pred"]), ratio(c["key"], c["gold"])
	fp, fr = ratio(c["status"], c["pred"]), ratio(c["status"], c["gold"])
	out = ["articles=%d gold=%d predicted=%d matched=%d" % (c["articles"],
	    c["gold"], c["pred"], c["key"]),
	    "key_precision=%.3f key_recall=%.3f key_f1=%.3f" % (kp, kr, f1(kp, kr)),
	    "status_accuracy=%.3f (%d/%d matched)" % (ratio(c["status"], c["key"]),
	    c["status"], c["key"])]
	for field, _ in DETAILS:
		ok, n = c[field + "_ok"], c[field + "_n"]
		out.append("%s_accuracy=%.3f (%d/%d matched with a gold %s)" % (field,
		    ratio(ok, n), ok, n, field))
	out.append("full_precision=%.3f full_recall=%.3f" % (fp, fr))
	out.append("full_f1=%.3f" % f1(fp, fr))
	return out


def main():
	ap = argparse.ArgumentParser(description="score tradewatch extract output")
	ap.add_argument("-v", action="store_true", help="list every error")
	ap.add_argument("gold")
	ap.add_argument("predictions")
	args = ap.parse_args()

	with open(args.gold, encoding="utf-8") as f:
		gold = json.load(f)
	counts, report = score(gold, load_predictions(args.predictions))
	if args.v:
		for line in report:
			print(line)
		print()
	for line in summary(counts):
		print(line)


if __name__ == "__main__":
	main()
