/*
 * extract_frame.c - frames and what they carry.
 *
 * A frame is a trigger verb (or a bare measure noun) with its measure; the
 * (trigger class, measure kind) pair picks the action.  Here are the frame
 * builder, the objects of a frame, the deadline and quantity attached to a
 * statement, verb nouns and pronouns that refer back to earlier statements
 * ("the purchases have stalled"), and follow-up sentences that only date them.
 * The frame builder also decides which words are no verbs ("an executive order",
 * "by the end of"), what kind a bare ban or rule is by what it stops, which
 * buying verbs buy nothing ("reduce purchases of", "licences to buy"), and which
 * measures listed after a verb share it; the object pass drops modifiers
 * ("automotive chips"), examples of generic goods and categories listed with
 * industrial goods, and folds a general measure into the specific one named
 * ("the fentanyl tariff").  "The same access" repeats the goods of the statement
 * before, and a delivery under way ("the first cargo arrived") reports on the
 * latest purchases.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "quantity.h"
#include "when.h"

#define EX_EFFECT_REACH 24  /* bytes between "took effect" and its date */

/* ex_cue_dates - 1 if the effect cue x opens a date of its own ("..., which lapsed at
 * the end of July, from the same date": "from" dates "the same date", not July),
 * also one told after it with "on" or a start cue of its own ("the deal announced
 * on Tuesday, with the cut coming into effect from December 1", "..., coming into
 * force on Dec. 1": Tuesday is no day of effect). */
static int
ex_cue_dates(const struct ex_ctx *ctx, const struct ex_mention *x, size_t e)
{
	struct when_match wm[2];
	size_t hi = x->end + 40 < e ? x->end + 40 : e, p = x->end - x->start;
	const char *t = ctx->text + x->start;

	if (when_find_all_anchored(t, hi - x->start, ctx->published,
	    ctx->last_date[0] != '\0' ? ctx->last_date : NULL, wm, 2) == 0)
		return 0;
	if (wm[0].offset == 0)
		return 1;
	if (p < hi - x->start && t[p] == ' ')
		p++;
	if (p + 3 <= hi - x->start && ex_ncasecmp(t + p, "on ", 3) == 0)
		p += 3;
	return wm[0].offset == p;
}
/* ex_effect_near - 1 if an effect cue stands right before or after the date [ds,de):
 * "took effect on Monday", "effective from January 1", "on Nov. 10, when it takes effect";
 * both in the sentence [s,e).  A cue after the date that opens a date of its own is
 * that date's. */
int
ex_effect_near(const struct ex_ctx *ctx, size_t mi, size_t s, size_t e, size_t ds, size_t de)
{
	for (size_t i = mi; i < ctx->m.n && ctx->m.v[i].start <= de + EX_EFFECT_REACH; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_EFFECT || x->start < s || x->end > e)
			continue;
		/* A cue inside the date or around it ("with immediate effect", whose
		 * date is read from "immediate effect"). */
		if ((x->end <= ds && ds - x->end <= EX_EFFECT_REACH) || (x->start < de && x->end > ds))
			return 1;
		if (x->start >= de && x->start - de <= EX_EFFECT_REACH && !ex_cue_dates(ctx, x, e))
			return 1;
	}
	return 0;
}
/* ex_effect_ahead - 1 if an effect cue or a start cue of sentence [s,e) is
 * followed, within four words and no punctuation, by a time still to come that
 * names no day: "takes effect next month", "goes into effect later this year",
 * "effective in the coming weeks", "from next year", "starts next month".  The
 * measure is announced, not done nor under way. */
int
ex_effect_ahead(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word AHEAD[] = {
	    EX_W("next"), EX_W("later"), EX_W("coming"), EX_W("upcoming")};
	size_t ws, wl, p;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if ((x->kind != RULE_EFFECT && (x->kind != RULE_CUE || x->value != STATUS_IN_PROGRESS)) ||
		    x->start < s || x->end > e)
			continue;
		p = x->end;
		for (int w = 0; w < 4 && (wl = ex_word_after(ctx->text, p, e, &ws)) > 0; w++, p = ws + wl)
			if (ex_word_in(AHEAD, EX_NWORDS(AHEAD), ctx->text + ws, wl))
				return 1;
	}
	return 0;
}
/* ex_modal_day - 1 if the date wm stands between a modal and the verb of f still
 * to come: "will today terminate the investigation", "would on Friday lift its
 * ban".  The day the act is to be done. */
static int
ex_modal_day(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm)
{
	static const struct ex_word MODAL[] = {EX_W("will"), EX_W("shall"), EX_W("would")};
	const char *t = ctx->text;
	size_t ws, wl, p = wm->offset + wm->len;

	if (wm->kind != WHEN_DATE || wm->since || wm->reported || f->past || p > f->anchor)
		return 0;
	while (p < f->anchor && (t[p] == ' ' || t[p] == '\t' || t[p] == '\n'))
		p++;
	if (p != f->anchor || (wl = ex_word_before(t, wm->offset, 0, &ws)) == 0)
		return 0;
	if (wl == 2 && ex_ncasecmp(t + ws, "on", 2) == 0)
		wl = ex_word_before(t, ws, 0, &ws);
	return wl > 0 && ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl);
}
/* ex_relative_past_on - 1 if the "on" at pos follows a past verb of a clause that
 * tells the goods' or measure's history ("will suspend the measures it issued on
 * October 9", "will remove the surtax Ottawa imposed on Oct. 1"): a word in -ed
 * after the act's verb (lo), not a passive ("will be lifted on June 1") nor a
 * verb of the goods' passage ("goods shipped on or after May 1"). */
static int
ex_relative_past_on(const char *t, size_t pos, size_t lo)
{
	static const struct ex_word BE[] = {
	    EX_W("be"), EX_W("been"), EX_W("being"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were"), EX_W("get"), EX_W("gets")};
	static const struct ex_word GOODS[] = {
	    EX_W("shipped"), EX_W("cleared"), EX_W("loaded"), EX_W("landed"), EX_W("imported"),
	    EX_W("exported"), EX_W("entered"), EX_W("delivered"), EX_W("arrived")};
	size_t ws, wl, ps;

	if ((wl = ex_word_before(t, pos, lo, &ws)) < 4 || ex_ncasecmp(t + ws + wl - 2, "ed", 2) != 0 ||
	    ex_word_in(GOODS, EX_NWORDS(GOODS), t + ws, wl))
		return 0;
	return (wl = ex_word_before(t, ws, lo, &ps)) > 0 && !ex_word_in(BE, EX_NWORDS(BE), t + ps, wl);
}
/* ex_rate_day - 1 if the date wm, told with "on" after an act still to come in
 * the clause [cs,ce) and later than publication, is the day the act applies:
 * "will eliminate its tariff on ethanol on October 1", "the tariff would fall to
 * zero on Oct. 1", "will lift its ban on U.S. beef on June 1", "will open its
 * quota for beef on May 1".  An act that adds up over time (buying, investing:
 * ex_accrues) has no single day of effect ("will buy soybeans on ..." is more
 * often the day of a signing).  A weekday ("will cut tariffs on Monday") may be
 * the day of an announcement, and is not read; "on the same date" names a day
 * told before and is.  Any act with its day between the
 * modal and the verb ("will today terminate", ex_modal_day) has it too. */
int
ex_rate_day(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    const char *action, size_t cs, size_t ce)
{
	const char *t = ctx->text;
	int digit = 0;

	if (ex_modal_day(ctx, f, wm))
		return 1;
	if (wm->kind != WHEN_DATE || wm->since || wm->reported || f->past ||
	    ex_accrues(action) || wm->offset < cs || wm->offset >= ce ||
	    wm->offset < f->anchor_end || ctx->published == NULL ||
	    strncmp(wm->date, ctx->published, 10) <= 0)
		return 0;
	if (wm->offset < 3 || ex_ncasecmp(t + wm->offset - 3, "on ", 3) != 0 ||
	    (wm->offset > 3 && ex_word_byte((unsigned char)t[wm->offset - 4])) ||
	    ex_relative_past_on(t, wm->offset - 3, f->anchor_end))
		return 0;
	for (size_t i = wm->offset; i < wm->offset + wm->len && !digit; i++)
		digit = t[i] >= '0' && t[i] <= '9';
	/* "will drop its own fees on the same date": a day told before. */
	return digit || when_same_in(t + wm->offset, wm->len);
}
/* ex_accrues - 1 if action adds up over time (buying, investing, seizing): "since Oct.
 * 1" tells when it began, no date of effect. */
int
ex_accrues(const char *action)
{
	return strcmp(action, "purchase") == 0 || strcmp(action, "investment") == 0 ||
	    strcmp(action, "enforcement") == 0;
}
/* ex_in_force_since - 1 if the "since" date at pos ends a clause [ce,pos) that only
 * says the rate or measure of the clause before is in force: ", and that rate has
 * applied since September 16", ", and the lower rate has been in force since
 * February 1". */
static int ex_few_words(const char *t, size_t a, size_t b, int max, int noun_only);
static int
ex_in_force_since(const char *t, size_t ce, size_t pos)
{
	static const char *const FORCE[] = {
	    "has applied", "have applied", "has been applied", "have been applied",
	    "has been in force", "have been in force", "has been in effect", "have been in effect",
	    "has been in place", "have been in place", "has been effective", "has been levied"};
	size_t ws, p;

	if (pos < ce || pos - ce > 90 || ex_word_before(t, pos, ce, &ws) != 5 ||
	    ex_ncasecmp(t + ws, "since", 5) != 0)
		return 0;
	for (p = ws; p > ce && t[p - 1] == ' '; p--)
		;
	for (size_t i = 0; i < sizeof(FORCE) / sizeof(FORCE[0]); i++) {
		size_t n = strlen(FORCE[i]), a = ce;

		if (p < ce + n || ex_ncasecmp(t + p - n, FORCE[i], n) != 0 ||
		    (p - n > ce && ex_word_byte((unsigned char)t[p - n - 1])))
			continue;
		while (a < p - n && (t[a] == ',' || t[a] == ' '))
			a++;
		return ex_few_words(t, a, p - n, 5, 0);
	}
	return 0;
}
/* ex_since_effect - 1 if the "since" date wm is when the measure of statement st took
 * effect: the measure is done, does not accrue, and the date stands in its clause
 * [cs,ce) ("has lifted its tariffs on US pork, beef and poultry since Nov. 10"), opens
 * the sentence before the verb f ("Since June 30, Washington has applied a 10%
 * duty"), or ends the next clause, which says only that the measure is in force
 * ("..., and that rate has applied since September 16"). */
int
ex_since_effect(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    const struct ex_stmt *st, const char *action, size_t cs, size_t ce)
{
	size_t ws, p = st->sent_start;

	if (st->status != STATUS_FULFILLED || ex_accrues(action))
		return 0;
	if (wm->offset >= ce)
		return ex_in_force_since(ctx->text, ce, wm->offset);
	if (wm->offset >= cs)
		return 1;
	while (p < wm->offset && !ex_word_byte((unsigned char)ctx->text[p]))
		p++;
	return wm->offset < f->anchor && quantity_prev_word(ctx->text, ctx->len, wm->offset, &ws) > 0 &&
	    ws == p;
}
/* ex_quantity_fits - 1 if q suits the action: tonnes for purchases, percent for tariffs,
 * a count for export licences. */
int
ex_quantity_fits(const char *action, const char *object, const struct quantity_match *q)
{
	const char *u = q->q.unit;
	int money = strlen(u) == 3 && u[0] >= 'A' && u[0] <= 'Z';

	if (strncmp(action, "tariff_", 7) == 0)
		return strcmp(u, "percent") == 0 && q->role != QUANTITY_RATE_FROM;
	if (ex_action_is(action, "purchase")) {
		if (strcmp(object, "aircraft") == 0)
			return strcmp(u, "units") == 0 || money;
		return strcmp(u, "t") == 0 || strcmp(u, "bu") == 0 || money ||
		    (strcmp(u, "units") == 0 && strcmp(object, "vehicles") == 0);
	}
	if (ex_action_is(action, "investment") || ex_action_is(action, "enforcement"))
		return money;
	/* "a quota of 100,000 vehicles a year": a quota of cars counts them. */
	if (ex_action_is(action, "market_access"))
		return strcmp(u, "t") == 0 || strcmp(u, "bu") == 0 ||
		    (strcmp(u, "units") == 0 && strcmp(object, "vehicles") == 0);
	/* "approved the export of up to 35,000 chips": a licence counts the goods. */
	if (strcmp(action, "export_license") == 0)
		return strcmp(u, "units") == 0;
	return 0;
}
/* ex_progress_amount - 1 if amount q is the part done of a later one: "8 million
 * tonnes of the 12 million tonnes", "600,000 tonnes, a fraction of the 12 million",
 * "4.5 million tons of US soybeans toward(s) the 12 million", "3 million tonnes
 * against a pledge of 12 million". */
int
ex_progress_amount(const struct ex_ctx *ctx, size_t nq, const struct quantity_match *q)
{
	size_t qe = q->offset + q->len;

	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *n = &ctx->qty[i];

		if (n->offset < qe || n->offset - qe > 40 || strcmp(n->q.unit, q->q.unit) != 0)
			continue;
		for (size_t k = qe; k + 6 <= n->offset; k++)
			if (ex_ncasecmp(ctx->text + k, "of the", 6) == 0 ||
			    ex_ncasecmp(ctx->text + k, "toward", 6) == 0 ||
			    ex_ncasecmp(ctx->text + k, "against", 6) == 0)
				return 1;
	}
	return 0;
}
/* ex_own_part - 1 if object obj is named within a few words after amount q, in
 * the same clause ("$32 billion of additional farm goods", "$25 billion a year of
 * energy"): the amount is told of that object. */
static int
ex_own_part(const struct ex_ctx *ctx, const struct quantity_match *q, int obj)
{
	size_t p = q->offset + q->len, hi = p + 40 < ctx->len ? p + 40 : ctx->len, o;

	o = ex_object_pos(ctx, p, hi, obj);
	return o != (size_t)-1 && memchr(ctx->text + p, ',', o - p) == NULL &&
	    memchr(ctx->text + p, ';', o - p) == NULL;
}
/* ex_included_amount - 1 if amount q, after "including" or "of which", is a part
 * of an amount of its unit before it in [lo, q) ("pledged $350 billion in U.S.
 * investment, including $150 billion for shipbuilding"): the whole is the pledge.
 * A part that names the object obj itself ("$200 billion of US goods, including
 * $32 billion of farm goods") is that object's own amount. */
static int
ex_included_amount(const struct ex_ctx *ctx, size_t nq, const struct quantity_match *q, size_t lo, int obj)
{
	static const struct ex_word LEAD[] = {
	    EX_W("about"), EX_W("some"), EX_W("around"), EX_W("roughly"), EX_W("nearly"),
	    EX_W("up"), EX_W("to"), EX_W("at"), EX_W("least")};
	const char *t = ctx->text;
	size_t ws, wl, p = q->offset;

	while ((wl = ex_word_before(t, p, lo, &ws)) > 0 && ex_word_in(LEAD, EX_NWORDS(LEAD), t + ws, wl))
		p = ws;
	if (!(wl == 9 && ex_ncasecmp(t + ws, "including", 9) == 0) &&
	    !(wl == 5 && ex_ncasecmp(t + ws, "which", 5) == 0 && ws >= lo + 3 &&
	    ex_ncasecmp(t + ws - 3, "of ", 3) == 0))
		return 0;
	if (ex_own_part(ctx, q, obj))
		return 0;
	for (size_t i = 0; i < nq && ctx->qty[i].offset < ws; i++)
		if (ctx->qty[i].offset >= lo && ctx->qty[i].offset + 120 > ws &&
		    strcmp(ctx->qty[i].q.unit, q->q.unit) == 0 && ctx->qty[i].q.amount > q->q.amount)
			return 1;
	return 0;
}
/* ex_object_pos - where object obj is named in [lo,hi), or (size_t)-1. */
size_t
ex_object_pos(const struct ex_ctx *ctx, size_t lo, size_t hi, int obj)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].value == obj)
			return ctx->m.v[i].start;
	return (size_t)-1;
}
static int ex_few_words(const char *, size_t, size_t, int, int);

/* ex_rate_hedge - the end of a word of approximation that may stand before an
 * old rate at p ("down from more than 100%", "down from as much as 110%",
 * "down from over 100 per cent", "down from roughly 85%"), else p. */
static size_t
ex_rate_hedge(const char *t, size_t p, size_t hi)
{
	static const struct ex_word HEDGE[] = {
	    EX_W("over "), EX_W("more than "), EX_W("as much as "), EX_W("as high as "),
	    EX_W("up to "), EX_W("nearly "), EX_W("almost "), EX_W("about "),
	    EX_W("around "), EX_W("roughly "), EX_W("some ")};

	while (p < hi && t[p] == ' ')
		p++;
	for (size_t k = 0; k < EX_NWORDS(HEDGE); k++)
		if (p + HEDGE[k].n <= hi && ex_ncasecmp(t + p, HEDGE[k].s, HEDGE[k].n) == 0)
			return p + HEDGE[k].n;
	return p;
}
/* ex_old_rate - 1 if amount q is the rate a change starts from: "from 20% to 10%",
 * or right after the verb "down from" at anchor ("down from the 27.5% rate",
 * "down from more than 100%"). */
static int
ex_old_rate(const struct ex_ctx *ctx, const struct quantity_match *q, size_t anchor)
{
	if (q->role == QUANTITY_RATE_FROM)
		return 1;
	return q->offset > anchor && anchor + 9 <= ctx->len &&
	    ex_ncasecmp(ctx->text + anchor, "down from", 9) == 0 &&
	    ex_few_words(ctx->text, ex_rate_hedge(ctx->text, anchor + 9, q->offset), q->offset, 1, 0);
}
/* ex_verb_object - 1 if amount m is the object of the verb f, right after it, an
 * adverb or two between at most ("bought about $96bn", "will purchase at least 12
 * million tons"). */
static int
ex_verb_object(const struct ex_ctx *ctx, const struct ex_frame *f, const struct quantity_match *m)
{
	return m->offset >= f->anchor_end && m->offset - f->anchor_end <= 24 &&
	    memchr(ctx->text + f->anchor_end, ',', m->offset - f->anchor_end) == NULL &&
	    ex_few_words(ctx->text, f->anchor_end, m->offset, 2, 0);
}
/* ex_tally_amount - 1 if the amount at qs is a tally of what was bought: a verb
 * of reaching ("reached", "total", "totalled", "stood at", "hit") before it, an
 * approximation between at most, whose subject, at most five words before, is a
 * noun of buying ("Soybean purchases for the 2026 calendar year reached 23.6
 * million tonnes", "soybean purchases total about 5 million tons", "imports
 * stood at"): progress, not the amount committed. */
static int
ex_tally_amount(const char *t, size_t qs)
{
	static const struct ex_word APPROX[] = {
	    EX_W("about"), EX_W("around"), EX_W("roughly"), EX_W("nearly"), EX_W("almost"),
	    EX_W("some"), EX_W("only"), EX_W("just"), EX_W("at"), EX_W("over")};
	static const struct ex_word REACH[] = {
	    EX_W("reached"), EX_W("reach"), EX_W("total"), EX_W("totals"), EX_W("totaled"),
	    EX_W("totalled"), EX_W("stood"), EX_W("stand"), EX_W("stands"), EX_W("hit")};
	static const struct ex_word BUYING[] = {
	    EX_W("purchases"), EX_W("imports"), EX_W("bookings"), EX_W("buying"), EX_W("shipments"),
	    EX_W("sales"), EX_W("deliveries")};
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had")};
	size_t lo = qs > 120 ? qs - 120 : 0, p = qs, ws, wl;
	int w;

	for (w = 0; w < 4 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (ex_word_in(REACH, EX_NWORDS(REACH), t + ws, wl))
			break;
		if (!ex_word_in(APPROX, EX_NWORDS(APPROX), t + ws, wl))
			return 0;
	}
	if (w == 4 || wl == 0)
		return 0;
	p = ws;
	if ((wl = ex_word_before(t, p, lo, &ws)) > 0 && ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl))
		p = ws;
	for (w = 0; w < 6 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (t[ws + wl] == ',' || t[ws + wl] == '.')
			return 0;
		if (ex_word_in(BUYING, EX_NWORDS(BUYING), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_split_amount - 1 if amount i of the nq is one of two sums of money in one
 * clause, the later one after "and" ("committed $200 billion in cash investment,
 * capped at $20 billion a year, and $150 billion for shipbuilding", "consists
 * of $200 billion in cash and $150 billion in shipbuilding cooperation"): parts of
 * a whole the article names elsewhere, neither the amount committed.  A limit
 * between ("capped at") counts not. */
static int
ex_split_amount(const struct ex_ctx *ctx, size_t nq, size_t i)
{
	const char *t = ctx->text;
	const struct quantity_match *m = &ctx->qty[i];

	for (size_t j = 0; j < nq; j++) {
		const struct quantity_match *a = j < i ? &ctx->qty[j] : m, *b = j < i ? m : &ctx->qty[j];
		size_t ae = a->offset + a->len, ws;

		if (j == i || strcmp(a->q.unit, b->q.unit) != 0 || strlen(a->q.unit) != 3 ||
		    b->offset < ae || b->offset - ae > 100 || ex_partial_amount(ctx, &ctx->qty[j]) != 0 ||
		    memchr(t + ae, '.', b->offset - ae) != NULL || memchr(t + ae, ';', b->offset - ae) != NULL)
			continue;
		if (ex_word_before(t, b->offset, ae, &ws) == 3 && ex_ncasecmp(t + ws, "and", 3) == 0)
			return 1;
	}
	return 0;
}
/* ex_done_amount - 1 if amount q of a purchase or an investment is what was done, the
 * object of the past verb f, right after it, an adverb or two between at most ("bought
 * about $96bn of US energy", "have invested roughly $40 billion"); 2 if it is a part
 * named as such ("part of the $150 billion set aside for shipbuilding") or a
 * shortfall ("10 million tons short of the target"); neither is what was
 * committed. */
int
ex_done_amount(const struct ex_ctx *ctx, size_t nq, const struct ex_frame *f, const char *action,
    const struct quantity *q)
{
	static const char *const PART[] = {"part of the ", "part of ", "portion of the ", "share of the "};

	if (!q->present || (strcmp(action, "purchase") != 0 && strcmp(action, "investment") != 0))
		return 0;
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *m = &ctx->qty[i];

		if (m->q.amount != q->amount || strcmp(m->q.unit, q->unit) != 0)
			continue;
		if (f->past && ex_verb_object(ctx, f, m))
			return 1;
		/* "leaving it more than 10 million tons short of the target": a
		 * shortfall, no amount committed. */
		if (m->offset + m->len + 6 <= ctx->len &&
		    strncasecmp(ctx->text + m->offset + m->len, " short", 6) == 0)
			return 2;
		for (size_t k = 0; k < EX_NWORDS(PART); k++) {
			size_t n = strlen(PART[k]);

			if (m->offset >= n && strncasecmp(ctx->text + m->offset - n, PART[k], n) == 0)
				return 2;
		}
		if (strcmp(action, "investment") == 0 && ex_split_amount(ctx, nq, i))
			return 2;
		if (ex_tally_amount(ctx->text, m->offset))
			return 2;
	}
	return 0;
}
/*
 * ex_quota_volume - for a tariff cut that names no rate, the volume of the
 * tariff-free quota its sentence [s,e) gives its goods ("will grant tariff-free
 * quotas for US beef and poultry: 500 tonnes of beef and 1,500 tonnes of
 * poultry", "a duty-free quota of 20,000 tonnes for American pork"): the sentence
 * says "quota", names no percentage, and the first goods after a weight (within
 * 40 bytes, no other amount between) are obj.  Leaves out unset when none.
 */
void
ex_quota_volume(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, int obj, struct quantity *out)
{
	static const struct ex_word QUOTA[] = {EX_W("quota"), EX_W("quotas")};
	const char *t = ctx->text;
	size_t ws, wl, p;
	int quota = 0;

	for (p = s; p < e && !quota; p = ws + (wl > 0 ? wl : 1))
		if ((wl = ex_word_after(t, p, e, &ws)) > 0)
			quota = ex_word_in(QUOTA, EX_NWORDS(QUOTA), t + ws, wl) ||
			    (wl > 6 && ex_ncasecmp(t + ws + wl - 6, "-quota", 6) == 0);
	if (!quota)
		return;
	for (size_t i = 0; i < nq; i++)
		if (ctx->qty[i].offset >= s && ctx->qty[i].offset < e &&
		    strcmp(ctx->qty[i].q.unit, "percent") == 0)
			return;
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];
		size_t end = q->offset + q->len, lim = end + 40 < e ? end + 40 : e;

		if (q->offset < s || q->offset >= e || strcmp(q->q.unit, "t") != 0)
			continue;
		if (i + 1 < nq && ctx->qty[i + 1].offset < lim)
			lim = ctx->qty[i + 1].offset;
		for (size_t j = ex_first(ctx, end); j < ctx->m.n && ctx->m.v[j].start < lim; j++) {
			if (ctx->m.v[j].kind != RULE_OBJECT)
				continue;
			if (ctx->m.v[j].value == obj) {
				*out = q->q;
				return;
			}
			break;
		}
	}
}

/* ex_worth_list - 1 if amount q follows "worth" right after a list of two goods
 * ("U.S. corn and soybeans worth $3 billion"): the sum for both. */
static int
ex_worth_list(const struct ex_ctx *ctx, const struct quantity_match *q)
{
	const char *t = ctx->text;
	size_t ws, lo = q->offset > 80 ? q->offset - 80 : 0;
	const struct ex_mention *a = NULL, *b = NULL;

	if (ex_word_before(t, q->offset, lo, &ws) != 5 || ex_ncasecmp(t + ws, "worth", 5) != 0)
		return 0;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < ws; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= lo &&
		    ctx->r->objects[ctx->m.v[i].value].measure < 0) {
			a = b;
			b = &ctx->m.v[i];
		}
	return a != NULL && b->end + 1 == ws && b->value != a->value && b->start >= a->end &&
	    ((b->start - a->end == 5 && ex_ncasecmp(t + a->end, " and ", 5) == 0) ||
	    (b->start - a->end == 6 && ex_ncasecmp(t + a->end, ", and ", 6) == 0));
}
/* ex_combined_amount - 1 if amount q is the sum for goods listed right after it
 * ("$4.5 billion of U.S. wheat and soybeans", "$500 billion of energy, aircraft
 * and chips"): no amount of any one alone. */
static int
ex_combined_amount(const struct ex_ctx *ctx, const struct quantity_match *q, size_t hi)
{
	const char *t = ctx->text;
	size_t end = q->offset + q->len, i = ex_first(ctx, end);
	const struct ex_mention *a = NULL;

	if (ex_worth_list(ctx, q))
		return 1;
	if (end + 4 > hi || ex_ncasecmp(t + end, " of ", 4) != 0)
		return 0;
	for (; i < ctx->m.n && ctx->m.v[i].start < hi && ctx->m.v[i].start < end + 40; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= end) {
			a = &ctx->m.v[i++];
			break;
		}
	if (a == NULL)
		return 0;
	for (; i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *b = &ctx->m.v[i];
		size_t gap;

		if (b->kind != RULE_OBJECT || b->start < a->end)
			continue;
		gap = b->start - a->end;
		return b->value != a->value && ((gap == 5 && ex_ncasecmp(t + a->end, " and ", 5) == 0) ||
		    (gap == 2 && ex_ncasecmp(t + a->end, ", ", 2) == 0) ||
		    (gap == 6 && ex_ncasecmp(t + a->end, ", and ", 6) == 0) ||
		    (gap == 10 && ex_ncasecmp(t + a->end, " and U.S. ", 10) == 0));
	}
	return 0;
}

/* ex_kept_suspended - 1 if a word of holding off ("suspended", "on hold", "paused",
 * "frozen", "in abeyance") follows the percent q within eight words of its
 * clause: "has kept its 24 percent additional tariff on US goods suspended" keeps
 * the rate off, not in force. */
static int
ex_kept_suspended(const char *t, const struct quantity_match *q, size_t hi)
{
	static const struct ex_word OFF[] = {
	    EX_W("suspended"), EX_W("hold"), EX_W("paused"), EX_W("frozen"), EX_W("abeyance"),
	    EX_W("deferred")};
	size_t p = q->offset + q->len, ws, wl;

	for (int w = 0; w < 8 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl)
		if (ex_word_in(OFF, EX_NWORDS(OFF), t + ws, wl))
			return 1;
	return 0;
}
/* ex_with_before - 1 if "with" stands right before the percent q, perhaps with
 * a determiner (ex_determiner) between: "with 10 percent retained", "with the 10% rate
 * kept" (an absolute phrase: the rate left beside the main verb). */
static int
ex_with_before(const char *t, const struct quantity_match *q)
{
	size_t ws, wl = ex_word_before(t, q->offset, 0, &ws);

	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, 0, &ws);
	return wl == 4 && ex_ncasecmp(t + ws, "with", 4) == 0;
}
/* ex_kept_after - 1 if the percent q is the subject of a verb of keeping told
 * after it, at most six words on, no comma between: "while the 10 percent
 * tariff is retained", "the 10% baseline tariff will be maintained", "the 25%
 * rate remains in place", "the 10% levy stays in force"; or after "with", the
 * participle right after the percent or its rate noun: "with 10 percent
 * retained", "with the 10% rate kept" (not "with 5 percent of the quota
 * retained"). */
static int
ex_kept_after(const char *t, const struct quantity_match *q, size_t hi)
{
	static const struct ex_word BE[] = {
	    EX_W("is"), EX_W("are"), EX_W("be"), EX_W("was"), EX_W("were"), EX_W("been")};
	static const struct ex_word KEPT[] = {EX_W("retained"), EX_W("maintained"), EX_W("kept")};
	static const struct ex_word STAY[] = {
	    EX_W("remains"), EX_W("remain"), EX_W("stays"), EX_W("stay"), EX_W("remained"), EX_W("stayed")};
	static const struct ex_word PLACE[] = {EX_W("place"), EX_W("force"), EX_W("effect")};
	static const struct ex_word RATE[] = {
	    EX_W("rate"), EX_W("tariff"), EX_W("duty"), EX_W("levy"), EX_W("surcharge")};
	size_t p = q->offset + q->len, ws, wl, prev = 0, ps = 0;

	for (int w = 0; w < 6 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl) {
		if (memchr(t + p, ',', ws - p) != NULL || memchr(t + p, ';', ws - p) != NULL)
			return 0;
		if (ex_word_in(KEPT, EX_NWORDS(KEPT), t + ws, wl))
			return (prev > 0 && ex_word_in(BE, EX_NWORDS(BE), t + ps, prev)) ||
			    ((w == 0 || (w == 1 && ex_word_in(RATE, EX_NWORDS(RATE), t + ps, prev))) &&
			    ex_with_before(t, q));
		/* "remains in place": "in" and a word of force after the verb. */
		if (ex_word_in(STAY, EX_NWORDS(STAY), t + ws, wl)) {
			size_t s2, l2, s3, l3;

			return (l2 = ex_word_after(t, ws + wl, hi, &s2)) == 2 && ex_ncasecmp(t + s2, "in", 2) == 0 &&
			    (l3 = ex_word_after(t, s2 + l2, hi, &s3)) > 0 && ex_word_in(PLACE, EX_NWORDS(PLACE), t + s3, l3);
		}
		prev = wl;
		ps = ws;
	}
	return 0;
}
/* ex_left_rate - 1 if the percent q is told as the rate left in force: "keeping only
 * the 10% rate", "leaving the 10% tariff in place", "while retaining a 10% rate",
 * "while the 10 percent tariff is retained" (ex_kept_after),
 * "maintaining it at 25%", "would keep its retaliatory rate at 10%", "keeping a
 * rate of 10 percent", the bare verb of a second clause ("... and leave a 10 percent
 * tariff in place", "and to retain a 5 per cent duty"); not "has kept its 24
 * percent tariff suspended". */
static int
ex_left_rate(const struct ex_ctx *ctx, const struct quantity_match *q, size_t lo)
{
	static const struct ex_word KEEP[] = {
	    EX_W("keeping"), EX_W("keeps"), EX_W("kept"), EX_W("leaving"), EX_W("leaves"),
	    EX_W("retaining"), EX_W("retains"), EX_W("retained"), EX_W("maintaining"),
	    EX_W("maintains"), EX_W("retain"), EX_W("leave"), EX_W("keep"), EX_W("maintain")};
	static const struct ex_word SKIP[] = {
	    EX_W("only"), EX_W("the"), EX_W("a"), EX_W("its"), EX_W("their"), EX_W("just"),
	    EX_W("existing"), EX_W("baseline"), EX_W("base"), EX_W("it"), EX_W("them"), EX_W("at"),
	    EX_W("current"), EX_W("present"), EX_W("rate"), EX_W("tariff"), EX_W("duty")};
	static const struct ex_word RATE[] = {EX_W("rate"), EX_W("tariff"), EX_W("duty")};
	size_t pos = q->offset, ws, wl;
	int at = 0, of = 0;

	if (strcmp(q->q.unit, "percent") != 0)
		return 0;
	if (ex_kept_after(ctx->text, q, ctx->len))
		return 1;
	for (int i = 0; i < (at ? 9 : 4 + of) && (wl = ex_word_before(ctx->text, pos, lo, &ws)) > 0; i++) {
		if (ex_word_in(KEEP, EX_NWORDS(KEEP), ctx->text + ws, wl) ||
		    (at &&
		    ((wl == 4 && ex_ncasecmp(ctx->text + ws, "keep", 4) == 0) ||
		    (wl == 8 && ex_ncasecmp(ctx->text + ws, "maintain", 8) == 0))))
			return !ex_kept_suspended(ctx->text, q, ctx->len);
		/* "keeps the additional tariff on most Chinese imports at 30%",
		 * "would keep its retaliatory rate at 10%": the kept measure's
		 * words between the verb and "at". */
		if (i == 0 && wl == 2 && ex_ncasecmp(ctx->text + ws, "at", 2) == 0)
			at = 1;
		if (at) {
			pos = ws;
			continue;
		}
		/* "keeping a rate of 10 percent", "retaining a duty of 10%": "of"
		 * right before the percent, after a rate noun. */
		if (i == 0 && wl == 2 && ex_ncasecmp(ctx->text + ws, "of", 2) == 0) {
			of = 1;
			pos = ws;
			continue;
		}
		if (!ex_word_in(SKIP, EX_NWORDS(SKIP), ctx->text + ws, wl) ||
		    (of && i == 1 && !ex_word_in(RATE, EX_NWORDS(RATE), ctx->text + ws, wl)))
			return 0;
		pos = ws;
	}
	return 0;
}

/* ex_stays_at - 1 if the percent q follows "remain(s) at" or "stay(s) at" ("which will
 * remain at 25 percent instead of rising to 30 percent", "the tariff stays at 10%"):
 * the rate a pause leaves in force. */
static int
ex_stays_at(const char *t, const struct quantity_match *q, size_t lo)
{
	size_t ws, wl;

	if (strcmp(q->q.unit, "percent") != 0 || ex_word_before(t, q->offset, lo, &ws) != 2 ||
	    ex_ncasecmp(t + ws, "at", 2) != 0 || (wl = ex_word_before(t, ws, lo, &ws)) == 0)
		return 0;
	return ex_word_in(EX_RATE_STAY, EX_NRATE_STAY, t + ws, wl);
}
/* ex_rate_kept - 1 if the percent q, in a sentence opening at lo, is told as the
 * rate a pause leaves in force: kept (ex_left_rate: "leaving the rate at 10%",
 * "will keep the current 25% rate") or staying (ex_stays_at: "stays at 10%"). */
int
ex_rate_kept(const struct ex_ctx *ctx, const struct quantity_match *q, size_t lo)
{
	return ex_left_rate(ctx, q, lo) || ex_stays_at(ctx->text, q, lo);
}
/* ex_held_off_rate - 1 if the percent q, read for a pause, is the rate it holds off,
 * not the one it leaves in force: after "rising/rise/climbing to" ("will stay at
 * that level instead of rising to 30%", "keeps the tariff from rising to 25%") or
 * after "threatened" ("a pause that has kept the threatened 30% rate from taking
 * effect"), a determiner or two between.  With susp, also the rate suspended
 * itself, after a verb or noun of suspending ("continue to suspend the 24%
 * additional tariff", "the suspension of its 24 percent levy") or kept
 * "suspended" after it ("keep a 24% levy on American goods suspended"): when
 * the clause names another rate, that one is the truce's kept rate. */
static int
ex_held_off_rate(const char *t, const struct quantity_match *q, size_t lo, size_t hi, int susp)
{
	static const struct ex_word SKIP[] = {
	    EX_W("the"), EX_W("its"), EX_W("a"), EX_W("an"), EX_W("their"), EX_W("additional"),
	    EX_W("extra"), EX_W("higher"), EX_W("of")};
	static const struct ex_word RISE[] = {
	    EX_W("rising"), EX_W("rise"), EX_W("climbing"), EX_W("increasing"), EX_W("going")};
	static const struct ex_word SUSPEND[] = {
	    EX_W("suspend"), EX_W("suspends"), EX_W("suspending"), EX_W("suspended"),
	    EX_W("suspension")};
	size_t p = q->offset, ws, wl;

	if (strcmp(q->q.unit, "percent") != 0)
		return 0;
	if (susp && ex_kept_suspended(t, q, hi))
		return 1;
	for (int w = 0; w < 3 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (wl == 10 && ex_ncasecmp(t + ws, "threatened", 10) == 0)
			return 1;
		if (susp && ex_word_in(SUSPEND, EX_NWORDS(SUSPEND), t + ws, wl))
			return 1;
		if (w == 0 && wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
			return (wl = ex_word_before(t, ws, lo, &ws)) > 0 && ex_word_in(RISE, EX_NWORDS(RISE), t + ws, wl);
		if (!ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_pick_left_rate - "suspend the additional 24% tariff ..., keeping only the 10%
 * rate", "while retaining the 10 percent rate", "maintaining it at 25%": a pause, or
 * a cut told as a suspension (anchor at "suspend"), leaves the rate kept in [lo,hi)
 * in force.  1 and *out set when there is one. */
int
ex_pick_left_rate(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, size_t anchor,
    const char *action, struct quantity *out)
{
	if (!ex_action_is(action, "tariff_pause") && (strncmp(action, "tariff_", 7) != 0 ||
	    anchor + 7 > ctx->len || ex_ncasecmp(ctx->text + anchor, "suspend", 7) != 0))
		return 0;
	for (size_t i = 0; i < nq; i++)
		if (ctx->qty[i].offset >= lo && ctx->qty[i].offset < hi &&
		    (ex_left_rate(ctx, &ctx->qty[i], lo) || (ex_action_is(action, "tariff_pause") &&
		    ex_stays_at(ctx->text, &ctx->qty[i], lo)))) {
			*out = ctx->qty[i].q;
			return 1;
		}
	return 0;
}
/* ex_relative_kept_rate - for a pause told in sentence [s,e), the rate a relative
 * clause says stays in force ("extended the suspension of the increase of tariffs
 * on Mexican goods, which will therefore remain at 25 percent instead of rising to
 * 30 percent", "the pause on higher tariffs, which keeps the rate at 10%, will be
 * extended"): "which" at most six words before the percent, no punctuation
 * between, and the percent kept (ex_left_rate) or staying (ex_stays_at).  1 and
 * *out set when there is one. */
int
ex_relative_kept_rate(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, struct quantity *out)
{
	const char *t = ctx->text;

	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];
		size_t p = q->offset, ws, wl;

		if (q->offset < s || q->offset >= e ||
		    !ex_rate_kept(ctx, q, s))
			continue;
		for (int w = 0; w < 6 && (wl = ex_word_before(t, p, s, &ws)) > 0; w++, p = ws)
			if (wl == 5 && ex_ncasecmp(t + ws, "which", 5) == 0) {
				*out = q->q;
				return 1;
			}
	}
	return 0;
}
/* ex_pledge_amount - 1 if amount q names a commitment it modifies, a word or none
 * between ("its $550 billion investment commitment", "the $12 billion purchase
 * pledge", "a 75-jet order"): the whole committed, never a part done. */
static int
ex_pledge_amount(const struct ex_ctx *ctx, const struct quantity_match *q, size_t hi, int obj)
{
	/* "against a pledge of 12 million tonnes": the pledge named before "of". */
	static const struct ex_word OF_PLEDGE[] = {
	    EX_W("pledge"), EX_W("promise"), EX_W("commitment"), EX_W("undertaking"), EX_W("target")};
	const char *t = ctx->text;
	size_t p = q->offset + q->len, ws, wl;

	if ((wl = ex_word_before(t, q->offset, 0, &ws)) == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 &&
	    (wl = ex_word_before(t, ws, 0, &ws)) > 0 && ex_word_in(OF_PLEDGE, EX_NWORDS(OF_PLEDGE), t + ws, wl))
		return 1;
	/* "toward its promise to purchase 1 million tonnes", "under its pledge to
	 * buy about 50 aircraft": the pledge named before "to" and its verb. */
	p = q->offset;
	for (int w = 0; w < 4 && (wl = ex_word_before(t, p, 0, &ws)) > 0; w++) {
		size_t ps, pl;

		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
			return w > 0 && (pl = ex_word_before(t, ws, 0, &ps)) > 0 &&
			    ex_word_in(OF_PLEDGE, EX_NWORDS(OF_PLEDGE), t + ps, pl);
		p = ws;
	}
	p = q->offset + q->len;
	/* "under the 25 million tonne a year deal": the period between. */
	for (int w = 0; w < (q->q.per_year ? 4 : 2) && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++) {
		if (!ex_few_words(t, p, ws, 0, 0) || isdigit((unsigned char)t[ws]))
			return 0;
		if (ex_word_in(EX_DEAL_NOUNS, EX_NDEAL_NOUNS, t + ws, wl)) {
			/* "a $2 billion wheat pledge" is not the energy's. */
			for (size_t i = ex_first(ctx, q->offset + q->len); i < ctx->m.n &&
			    ctx->m.v[i].start < ws; i++)
				if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].value != obj)
					return 0;
			return ws + wl >= hi || t[ws + wl] != '-';
		}
		p = ws + wl;
	}
	return 0;
}

/* ex_pick_pledged - "money from its $550 billion investment commitment ... three
 * projects worth a combined $21 billion", "have booked 400,000 tonnes under the
 * 1.5 million tonne purchase commitment": of a purchase or an investment, the
 * amount in [lo,hi) the commitment is named by is what was committed, the others
 * its progress, unless *out is the amount a pledge at f itself names.  1 and
 * *out set when there is one. */
int
ex_pick_pledged(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, const struct ex_frame *f,
    const char *action, int obj, struct quantity *out)
{
	const char *object = ctx->r->objects[obj].name;

	if (!ex_action_is(action, "purchase") && !ex_action_is(action, "investment"))
		return 0;
	/* "will purchase at least 12 Mt ..., in addition to its 25 Mt annual
	 * commitment": a pledge's own amount stays. */
	for (size_t i = 0; !f->past && out->present && i < nq; i++)
		if (ctx->qty[i].q.amount == out->amount && strcmp(ctx->qty[i].q.unit, out->unit) == 0 &&
		    ex_verb_object(ctx, f, &ctx->qty[i]))
			return 0;
	for (size_t i = 0; i < nq; i++)
		if (ctx->qty[i].offset >= lo && ctx->qty[i].offset < hi &&
		    ex_quantity_fits(action, object, &ctx->qty[i]) &&
		    (strcmp(object, "aircraft") != 0 || strcmp(ctx->qty[i].q.unit, "units") == 0) &&
		    ex_pledge_amount(ctx, &ctx->qty[i], hi, obj)) {
			*out = ctx->qty[i].q;
			return 1;
		}
	return 0;
}
/* ex_target_after - for statement st whose amount is what a past verb did, a
 * larger amount of its unit later in the sentence (before e), named as the target
 * (ex_target_before: "well short of the 25 million tons a year that Beijing
 * promised", "behind the 25 million tons it is to buy"): that is the amount, the
 * done one its progress. */
void
ex_target_after(const struct ex_ctx *ctx, size_t nq, size_t e, const char *action, int obj,
    struct ex_stmt *st)
{
	const char *object = ctx->r->objects[obj].name;
	size_t done = (size_t)-1;

	for (size_t i = 0; i < nq && done == (size_t)-1; i++)
		if (ctx->qty[i].q.amount == st->quantity.amount &&
		    strcmp(ctx->qty[i].q.unit, st->quantity.unit) == 0)
			done = ctx->qty[i].offset;
	for (size_t i = 0; done != (size_t)-1 && i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];

		if (q->offset <= done || q->offset >= e || strcmp(q->q.unit, st->quantity.unit) != 0 ||
		    q->q.amount <= st->quantity.amount || !ex_quantity_fits(action, object, q) ||
		    !ex_target_before(ctx->text, q->offset))
			continue;
		if (!st->progress.present)
			st->progress = st->quantity;
		st->quantity = q->q;
		st->qty_done = 0;
		return;
	}
}
/* ex_converted_amount - the amount that q converts, if q stands in parentheses
 * right after it ("20 million tonnes (22 million short tons)", "$1.2 billion
 * (1.1 billion euros)"): a conversion the writer added, the amount is the first;
 * else NULL. */
static const struct quantity_match *
ex_converted_amount(const struct ex_ctx *ctx, size_t nq, const struct quantity_match *q)
{
	size_t k = q->offset;

	while (k > 0 && ctx->text[k - 1] == ' ')
		k--;
	if (k == 0 || ctx->text[k - 1] != '(')
		return NULL;
	k--;
	while (k > 0 && ctx->text[k - 1] == ' ')
		k--;
	for (size_t i = 0; i < nq && ctx->qty[i].offset < k; i++)
		if (ctx->qty[i].offset + ctx->qty[i].len == k)
			return &ctx->qty[i];
	return NULL;
}
/* ex_other_goods_amount - 1 if amount q is the one its clause gives other goods
 * named right before it: a rate told with "to" or "at" ("cut its tariff on
 * British cars to 15% and on British steel to 25%": the 15% is the cars'), or a
 * value told with "worth" ("U.S. energy worth $15 billion and farm goods worth $4.5
 * billion": the $15 billion is the energy's). */
static int
ex_other_goods_amount(const struct ex_ctx *ctx, const struct quantity_match *q, size_t lo, int obj)
{
	size_t lim = q->offset > lo + 24 ? q->offset - 24 : lo, ws, wl;
	int rate = q->role == QUANTITY_RATE_TO && strcmp(q->q.unit, "percent") == 0;

	if (!rate && ((wl = ex_word_before(ctx->text, q->offset, lim, &ws)) != 5 ||
	    ex_ncasecmp(ctx->text + ws, "worth", 5) != 0))
		return 0;
	for (size_t i = ex_first(ctx, lim); i < ctx->m.n && ctx->m.v[i].start < q->offset; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_OBJECT && x->start >= lim && x->end <= q->offset &&
		    x->value != obj && ctx->r->objects[x->value].measure < 0 &&
		    ex_few_words(ctx->text, x->end, q->offset, 1, 0))
			return 1;
	}
	return 0;
}
/* ex_year_before_pub - 1 if a four-digit year before the publication year stands
 * in [lo,hi) ("in the last two months of 2025", "before the end of 2025"). */
static int
ex_year_before_pub(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	const char *t = ctx->text;

	for (size_t i = lo; i + 4 <= hi; i++)
		if ((t[i] == '1' || t[i] == '2') && (i == lo || !isalnum((unsigned char)t[i - 1])) &&
		    isdigit((unsigned char)t[i + 1]) && isdigit((unsigned char)t[i + 2]) &&
		    isdigit((unsigned char)t[i + 3]) && (i + 4 == hi || !isalnum((unsigned char)t[i + 4])) &&
		    (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0') <
		    ctx->pub_year)
			return 1;
	return 0;
}
/* ex_running_amount - the purchase amount still running when one sentence gives two
 * in turn, the first for a time already past at publication and the second a
 * yearly one: "committed to buy 12 million tonnes of soybeans in the last two
 * months of 2025 and 25 million tonnes a year from 2026 to 2028", read in 2026,
 * is the 25 a year; read in 2025, the 12.  The second within 160 bytes, in the
 * same unit, joined by "and" (not "bought 18.6 Mt in 2026, short of the 25 Mt a
 * year": a done amount and its target, ex_target_after's), before hi. */
static const struct quantity_match *
ex_running_amount(const struct ex_ctx *ctx, size_t nq, const struct quantity_match *best, size_t hi)
{
	if (best->q.per_year || ctx->pub_year <= 0)
		return best;
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];

		if (q->offset <= best->offset || q->offset >= hi || q->offset > best->offset + 160)
			continue;
		if (q->q.per_year && strcmp(q->q.unit, best->q.unit) == 0 &&
		    ex_year_before_pub(ctx, best->offset + best->len, q->offset) &&
		    memmem(ctx->text + best->offset + best->len, q->offset - best->offset - best->len,
		    " and ", 5) != NULL)
			return q;
	}
	return best;
}
/* ex_suspended_amount - 1 if the percent *q is told in [s,e) as a rate suspended
 * ("extended the suspension of the 24 percent additional tariff ..., and China
 * did the same for its 24 percent countermeasure"): a kept rate told in the
 * next sentence may be the truce's ("The 10 percent rate stays"). */
int
ex_suspended_amount(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, const struct quantity *q)
{
	if (!q->present || strcmp(q->unit, "percent") != 0)
		return 0;
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *m = &ctx->qty[i];

		if (m->offset >= s && m->offset < e && m->q.amount == q->amount &&
		    strcmp(m->q.unit, "percent") == 0 && ex_held_off_rate(ctx->text, m, s, e, 1))
			return 1;
	}
	return 0;
}
/* ex_share_percent - 1 if the percent q is followed by "of": a share ("99 per cent
 * of its tariff lines"), not a rate. */
static int
ex_share_percent(const struct ex_ctx *ctx, const struct quantity_match *q)
{
	return strcmp(q->q.unit, "percent") == 0 && q->offset + q->len + 4 <= ctx->len &&
	    ex_ncasecmp(ctx->text + q->offset + q->len, " of ", 4) == 0;
}
/* ex_pick_quantity - the fitting amount for object obj in [lo,hi): the one nearest to
 * where the object is named ("$32 billion for farm goods, $52.4 billion for energy"),
 * else the nearest after the anchor, else before it.  A tariff pause keeps the rate in
 * force ("to 30% from 25%": 25); an aircraft count beats its value; an amount done
 * so far ("8 Mt of the 12 Mt") yields to the whole.  Any other tariff action takes
 * the rate it goes "to" over one it merely names ("its tariff on cars, currently as
 * high as 110%, to 10%"), and "halve" with no such rate halves the one it names.
 * Returns 1 when the pick is only the old rate of a tariff change ("a 15% tariff on
 * Japanese cars ..., down from 27.5%"), so the caller may look wider. */
int
ex_pick_quantity(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, size_t anchor,
    const char *action, int obj, struct quantity *out)
{
	const struct quantity_match *best = NULL;
	const char *object = ctx->r->objects[obj].name;
	size_t opos = ex_object_pos(ctx, lo, hi, obj), bd = (size_t)-1;
	int pause = ex_action_is(action, "tariff_pause"), from = 0, to = 0, other = 0, kept = 0;
	int tariff = strncmp(action, "tariff_", 7) == 0;

	memset(out, 0, sizeof(*out));
	if (ex_pick_left_rate(ctx, nq, lo, hi, anchor, action, out))
		return 0;
	for (size_t i = 0; tariff && i < nq; i++) {
		if (ctx->qty[i].offset < lo || ctx->qty[i].offset >= hi)
			continue;
		from |= pause && ctx->qty[i].role == QUANTITY_RATE_FROM;
		to |= !pause && ctx->qty[i].role == QUANTITY_RATE_TO &&
		    strcmp(ctx->qty[i].q.unit, "percent") == 0;
		other |= !pause && !ex_old_rate(ctx, &ctx->qty[i], anchor) &&
		    strcmp(ctx->qty[i].q.unit, "percent") == 0;
		/* "kept its 24% additional tariff suspended, also at 10%": a rate
		 * not suspended beside the suspended one. */
		kept |= pause && strcmp(ctx->qty[i].q.unit, "percent") == 0 &&
		    !ex_held_off_rate(ctx->text, &ctx->qty[i], lo, ctx->len, 1) &&
		    !ex_share_percent(ctx, &ctx->qty[i]);
	}
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];
		size_t d;

		if (q->offset < lo || q->offset >= hi)
			continue;
		if (pause && from ? q->role != QUANTITY_RATE_FROM || strcmp(q->q.unit, "percent") != 0 :
		    !ex_quantity_fits(action, object, q))
			continue;
		if (pause && ex_held_off_rate(ctx->text, q, lo, ctx->len, kept))
			continue;
		if (to && q->role != QUANTITY_RATE_TO)
			continue;
		/* "a 15% tariff on Japanese cars, down from 27.5%": the old rate only
		 * when no other is named. */
		if (other && ex_old_rate(ctx, q, anchor))
			continue;
		if (((ex_action_is(action, "purchase") || ex_action_is(action, "investment")) &&
		    (ex_progress_amount(ctx, nq, q) || ex_combined_amount(ctx, q, hi) ||
		    ex_included_amount(ctx, nq, q, lo, obj))) ||
		    ex_partial_amount(ctx, q) != 0 || ex_converted_amount(ctx, nq, q) != NULL)
			continue;
		/* "duties on 99 per cent of its tariff lines": a share, not a rate. */
		if (ex_share_percent(ctx, q))
			continue;
		/* Aircraft orders: a count beats a value. */
		if (best != NULL && strcmp(object, "aircraft") == 0 && strcmp(best->q.unit, "units") == 0 &&
		    strcmp(q->q.unit, "units") != 0)
			continue;
		if (opos != (size_t)-1) {
			d = q->offset + q->len <= opos ? opos - (q->offset + q->len) :
			    q->offset >= opos ? q->offset - opos + 8 : 0;
			/* "crude oil worth $44 billion by 2029, and farm goods worth $10
			 * billion": an amount before a comma is the item before's. */
			if (q->offset + q->len <= opos &&
			    (memchr(ctx->text + q->offset + q->len, ',', opos - (q->offset + q->len)) != NULL ||
			    ex_other_goods_amount(ctx, q, lo, obj)))
				d += 40;
			if (best == NULL || d < bd || (strcmp(object, "aircraft") == 0 &&
			    strcmp(q->q.unit, "units") == 0 && strcmp(best->q.unit, "units") != 0)) {
				best = q;
				bd = d;
			}
			continue;
		}
		if (best == NULL ||
		    (strcmp(object, "aircraft") == 0 && strcmp(q->q.unit, "units") == 0 &&
		    strcmp(best->q.unit, "units") != 0) ||
		    (q->offset >= anchor && best->offset < anchor) ||
		    (q->offset < anchor && best->offset < anchor && q->offset > best->offset))
			best = q;
	}
	if (best != NULL && ex_action_is(action, "purchase"))
		best = ex_running_amount(ctx, nq, best, hi);
	if (best == NULL)
		return 0;
	*out = best->q;
	/* "25 million tonnes (27.6 million short tons) of soybeans a year": the
	 * period read after the conversion is the amount's. */
	for (size_t i = 0; i < nq && !out->per_year; i++)
		if (ctx->qty[i].offset > best->offset && ex_converted_amount(ctx, nq, &ctx->qty[i]) == best)
			out->per_year = ctx->qty[i].q.per_year;
	/* "agreed to halve its 40% duty": the rate after the cut. */
	if (tariff && !pause && best->role == QUANTITY_PLAIN && best->offset > anchor &&
	    anchor + 4 <= ctx->len && ex_ncasecmp(ctx->text + anchor, "halv", 4) == 0)
		out->amount /= 2;
	return tariff && !pause && ex_old_rate(ctx, best, anchor);
}
/* ex_other_action_end - where the clause's amounts stop belonging to frame k of
 * fr[0..n): the next verb frame with an action of its own ("would buy more LNG and
 * would invest $20 billion": the money is the investment's) or with goods of its
 * own for the same measure ("and cut it on corn to 5%"), else ce. */
size_t
ex_other_action_end(const struct rules *r, const struct ex_frame *fr, size_t n, size_t k,
    size_t ce)
{
	for (size_t j = k + 1; j < n; j++)
		if (fr[j].trigger >= 0 && (fr[j].pronoun ||
		    r->actions[fr[j].action].action != r->actions[fr[k].action].action))
			return fr[j].anchor;
	return ce;
}
/* ex_stmt_push - append a statement; -1 on allocation failure. */
int
ex_stmt_push(struct ex_stmts *st, const struct ex_stmt *s)
{
	if (st->n == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 32;
		struct ex_stmt *nv = realloc(st->v, cap * sizeof(*nv));

		if (nv == NULL)
			return -1;
		st->v = nv;
		st->cap = cap;
	}
	st->v[st->n++] = *s;
	return 0;
}
/* ex_sent_first - the index of the first statement of the sentence starting
 * at s.  Statements are pushed in sentence order while sentences are read, so
 * a sentence's own are the last ones: a pass over them need not walk the
 * article's (a text of one sentence repeated would make it quadratic). */
size_t
ex_sent_first(const struct ex_ctx *ctx, size_t s)
{
	size_t i = ctx->st.n;

	while (i > 0 && ctx->st.v[i - 1].sent_start >= s)
		i--;
	return i;
}
/* ex_modifier_object - 1 if the product at mention i only qualifies the product
 * named right after it, the head of the noun phrase: "automotive chips" are chips,
 * "EV batteries" batteries.  A more specific name stays ("Nvidia chips": ai_chips
 * subsumes the chips). */
static int
ex_modifier_object(const struct ex_ctx *ctx, size_t i)
{
	/* "orders for LNG carriers", "aircraft engines", "a soybean crusher": the
	 * head is a ship, a plant or a part that no object names. */
	static const struct ex_word HEAD[] = {
	    EX_W("carrier"), EX_W("carriers"), EX_W("tanker"), EX_W("tankers"), EX_W("terminal"),
	    EX_W("terminals"), EX_W("engine"), EX_W("engines"), EX_W("crusher"), EX_W("crushers"),
	    EX_W("mill"), EX_W("mills"), EX_W("refinery"), EX_W("refineries"), EX_W("pipeline"),
	    EX_W("pipelines"), EX_W("shipyard"), EX_W("shipyards")};
	const struct rules *r = ctx->r;
	const struct ex_mention *x = &ctx->m.v[i], *y;
	const struct rule_object *ob = &r->objects[x->value];
	size_t ws, wl;

	if (x->end < ctx->len && (ctx->text[x->end] == ' ' || ctx->text[x->end] == '-') &&
	    (wl = ex_word_after(ctx->text, x->end, ctx->len, &ws)) > 0 && ws == x->end + 1 &&
	    ex_word_in(HEAD, EX_NWORDS(HEAD), ctx->text + ws, wl))
		return 1;
	if (i + 1 >= ctx->m.n)
		return 0;
	y = &ctx->m.v[i + 1];
	if (y->kind != RULE_OBJECT || y->value == x->value || r->objects[y->value].measure >= 0 ||
	    y->start != x->end + 1 || (ctx->text[x->end] != ' ' && ctx->text[x->end] != '-'))
		return 0;
	for (int s = 0; s < ob->nsubsumes; s++)
		if (ob->subsumes[s] == y->value)
			return 0;
	return 1;
}
/* ex_customer_object - 1 if the product at [start,end) only says what the buyers
 * after "to" make or do: "shipments to US semiconductor and defence-adjacent
 * customers", "sales of gallium to American car makers": the goods are elsewhere.
 * So too what a firm bought whole makes: "Micron's purchase of a Taiwanese
 * memory-chip maker", "agreed to acquire an American robot company" (a takeover,
 * no goods traded; "buy from a U.S. soybean producer" keeps its goods), and the
 * goods of buyers named before them: "licences going to makers of cars". */
static int
ex_customer_object(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word WHO[] = {
	    EX_W("customers"), EX_W("clients"), EX_W("users"), EX_W("makers"), EX_W("manufacturers"),
	    EX_W("companies"), EX_W("firms"), EX_W("producers"), EX_W("industry"), EX_W("industries"),
	    EX_W("sector"), EX_W("plants"), EX_W("factories"), EX_W("maker"), EX_W("manufacturer"),
	    EX_W("company"), EX_W("firm"), EX_W("producer"), EX_W("miner"), EX_W("startup")};
	static const struct ex_word TAKE[] = {
	    EX_W("purchase"), EX_W("acquisition"), EX_W("takeover"), EX_W("acquire"),
	    EX_W("acquires"), EX_W("acquired"), EX_W("acquiring"), EX_W("buy"), EX_W("buys"),
	    EX_W("bought"), EX_W("buying"), EX_W("purchased")};
	static const struct ex_word PERMIT[] = {
	    EX_W("licence"), EX_W("licences"), EX_W("license"), EX_W("licenses"), EX_W("approval"),
	    EX_W("approvals"), EX_W("permit"), EX_W("permits")};
	size_t ws, wl, pos = start, ts, tl;
	int to = 0;

	/* "licences going to makers of cars": the goods after the buyers' noun. */
	if ((wl = ex_word_before(t, start, lo, &ws)) == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 &&
	    (wl = ex_word_before(t, ws, lo, &ws)) > 0 && ex_word_in(WHO, EX_NWORDS(WHO), t + ws, wl) &&
	    (wl = ex_word_before(t, ws, lo, &ws)) == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
		return 1;
	/* "memory-chip maker": the walk starts before the compound. */
	if (pos > lo && t[pos - 1] == '-')
		pos--;
	/* Three words back ("a U.S." counts "U" and "S"). */
	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws)
		if (wl == 2 && strncasecmp(t + ws, "to", 2) == 0) {
			to = 1;
			break;
		} else if (wl == 3 && strncasecmp(t + ws, "for", 3) == 0) {
			/* "general licences for US battery makers": a permit's
			 * holders after "for" are its buyers too. */
			tl = ex_word_before(t, ws, 0, &ts);
			to = tl > 0 && ex_word_in(PERMIT, EX_NWORDS(PERMIT), t + ts, tl);
			break;
		} else if (wl <= 2 && ex_determiner(t + ws, wl)) {
			/* "a"/"an" after the taking word, perhaps through "of". */
			tl = ex_word_before(t, ws, 0, &ts);
			if (tl == 2 && strncasecmp(t + ts, "of", 2) == 0)
				tl = ex_word_before(t, ts, 0, &ts);
			if (tl > 0 && ex_word_in(TAKE, EX_NWORDS(TAKE), t + ts, tl))
				to = 1;
			break;
		} else if (ex_function_word(t + ws, wl) && !ex_determiner(t + ws, wl))
			return 0;
	if (!to)
		return 0;
	pos = end;
	for (int w = 0; w < 4 && (wl = ex_word_after(t, pos, hi, &ws)) > 0; w++, pos = ws + wl) {
		if (ex_word_in(WHO, EX_NWORDS(WHO), t + ws, wl))
			return 1;
		if (ex_function_word(t + ws, wl) && !(wl == 3 && strncasecmp(t + ws, "and", 3) == 0))
			return 0;
	}
	return 0;
}
#define EX_GOODS_BACK_REACH 400  /* bytes back to goods "the shellfish" refers to */
#define EX_EXAMPLES_REACH 48  /* bytes from a category to the "including" of its examples */

/* ex_other_before - 1 if "other" is the word right before pos ("or other energy
 * products"), 2 if "and other" ("LNG and other energy products": the goods
 * and the rest of their category, two objects). */
static int
ex_other_before(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	if (wl != 5 || ex_ncasecmp(t + ws, "other", 5) != 0)
		return 0;
	wl = ex_word_before(t, ws, lo, &ws);
	return wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0 ? 2 : 1;
}
/* ex_has_stop - 1 if t[a,b) holds a full stop (not a decimal point, nor the
 * last dot of an initialism: "tariffs on most U.S. goods, including"),
 * semicolon or colon. */
static int
ex_has_stop(const char *t, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if ((t[k] == '.' && (k + 1 == b || t[k + 1] == ' ' || t[k + 1] == '\n') &&
		    !(k >= a + 2 && t[k - 2] == '.' && t[k - 1] >= 'A' && t[k - 1] <= 'Z')) ||
		    t[k] == ';' || t[k] == ':')
			return 1;
	return 0;
}
/* ex_of_only - 1 if t[a,b) is " of " (or " of the "): a verb noun's complement
 * follows ("the resumption of imports"). */
static int
ex_of_only(const char *t, size_t a, size_t b)
{
	return (b - a == 4 && memcmp(t + a, " of ", 4) == 0) ||
	    (b - a == 8 && memcmp(t + a, " of the ", 8) == 0);
}
/* ex_restriction_kind - 1 if measure kind m is a restriction whose suspension,
 * undone, brings it back (export controls, tariffs, rules, other measures),
 * not an import permission ("plants", "licences"). */
static int
ex_restriction_kind(const struct rules *r, int m)
{
	return m >= 0 && (m == ex_measure_index(r, "export_control") || m == ex_measure_index(r, "tariff") ||
	    m == ex_measure_index(r, "rule") || m == ex_measure_index(r, "measure"));
}
/* ex_few_words - 1 if t[a,b) holds at most max words and no punctuation, and with
 * noun_only none a preposition or conjunction: "resume large purchases" (the verb's
 * object is the next verb noun), not "follow by the end". */
static int
ex_few_words(const char *t, size_t a, size_t b, int max, int noun_only)
{
	int words = 0;

	if (b < a)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (t[k] == ',' || t[k] == ';' || t[k] == ':' || t[k] == '.' || t[k] == '(')
			return 0;
		if (ex_word_byte((unsigned char)t[k]) && (k == a || !ex_word_byte((unsigned char)t[k - 1]))) {
			size_t ws, wl = ex_word_after(t, k, b, &ws);

			if (++words > max || (noun_only && ex_function_word(t + ws, wl)))
				return 0;
		}
	}
	return 1;
}
/* ex_halted_buying - 1 if the buying verb at anchor is the object of a stopping
 * verb right before it in [lo,anchor): "demanded that India stop buying Russian
 * oil", "pledged to halt imports of Iranian crude", "told companies to pause
 * orders for the chips" ("pause" itself; "postpone" may tell of a delay). */
int
ex_halted_buying(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	/* "told domestic firms to limit purchases of the H20", "have limited
	 * their purchases of US sorghum", "to minimise purchases of US crude": a
	 * cap on buying is no purchase (a possessive may stand between). */
	static const struct ex_word LIMIT[] = {
	    EX_W("limit"), EX_W("limits"), EX_W("limited"), EX_W("limiting"), EX_W("minimise"),
	    EX_W("minimize"), EX_W("minimised"), EX_W("minimized"), EX_W("minimising"),
	    EX_W("minimizing")};
	static const struct ex_word POSS[] = {
	    EX_W("its"), EX_W("their"), EX_W("the")};
	const struct rules *r = ctx->r;
	size_t ws, wl = ex_word_before(ctx->text, anchor, lo, &ws);

	if (wl > 0 && ex_word_in(POSS, EX_NWORDS(POSS), ctx->text + ws, wl))
		wl = ex_word_before(ctx->text, ws, lo, &ws);
	if (wl > 0 && ex_word_in(LIMIT, EX_NWORDS(LIMIT), ctx->text + ws, wl))
		return 1;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_TRIGGER && x->start >= lo && (ex_trigger_is(r, x->value, "suspend") ||
		    (ex_trigger_is(r, x->value, "pause") && ex_ncasecmp(ctx->text + x->start, "paus", 4) == 0)) &&
		    ex_few_words(ctx->text, x->end, anchor, 2, 1))
			return 1;
	}
	return 0;
}
/* ex_definite_measure - 1 if the measure noun that verb frame f takes after it,
 * before hi, opens with a definite determiner ("issued the licences"). */
int
ex_definite_measure(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi)
{
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_MEASURE && ctx->m.v[i].value == f->measure)
			return ex_definite_np(ctx->text, f->anchor_end, ctx->m.v[i].end);
	return 0;
}
/* ex_measure_noun - 1 if mention x names measure kind m. */
static int
ex_measure_noun(const struct rules *r, const struct ex_mention *x, int m)
{
	return m >= 0 && ((x->kind == RULE_MEASURE && x->value == m) ||
	    (x->kind == RULE_OBJECT && r->objects[x->value].measure == m));
}
/* ex_the_levy - where the goods of tariff verb frame f begin when its tariff
 * noun is "the levy" with no goods of its own, read back to the latest noun of
 * the same measure before it in the sentence from s: "reimposed its duty on
 * British cars, reversing a promise to scrap the levy", "began phasing out its
 * tariff on shrimp; the tariff reached zero" (the goods lie between that noun
 * and *hi_out).  EX_NOPOS when the noun is not such ("its tariffs", "the tariff
 * on pork", a levy with no noun of its kind before). */
size_t
ex_the_levy(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t hi, size_t *hi_out)
{
	const char *t = ctx->text;
	size_t ws, wl, i, at, lo;

	if (f->measure < 0)
		return EX_NOPOS;
	if (f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor) {
		at = f->measure_pos;            /* "the tariff reached zero" */
		lo = s;
		hi = f->anchor;
	} else {
		i = ex_first(ctx, f->anchor_end);
		if (i >= ctx->m.n || ctx->m.v[i].start >= hi || !ex_measure_noun(ctx->r, &ctx->m.v[i], f->measure))
			return EX_NOPOS;
		at = ctx->m.v[i].start;
		lo = f->anchor_end;
	}
	wl = ex_word_before(t, at, lo, &ws);
	if (wl != 3 || ex_ncasecmp(t + ws, "the", 3) != 0)
		return EX_NOPOS;
	/* "the import levy on European wine": goods of its own, named or not */
	for (i = ex_first(ctx, at); i < ctx->m.n && ctx->m.v[i].start == at; i++)
		if (ex_measure_noun(ctx->r, &ctx->m.v[i], f->measure)) {
			size_t ps, pl = ex_word_after(t, ctx->m.v[i].end, ctx->len, &ps);

			if ((pl == 2 && (ex_ncasecmp(t + ps, "on", 2) == 0 || ex_ncasecmp(t + ps, "of", 2) == 0)) ||
			    (pl == 3 && ex_ncasecmp(t + ps, "for", 3) == 0))
				return EX_NOPOS;
			break;
		}
	for (i = ex_first(ctx, at); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if ((ctx->m.v[i].kind == RULE_OBJECT && ctx->r->objects[ctx->m.v[i].value].measure < 0) ||
		    (ctx->m.v[i].kind == RULE_TRIGGER && ctx->m.v[i].start > f->anchor))
			break;
	if (i < ctx->m.n && ctx->m.v[i].start < hi && ctx->m.v[i].kind == RULE_OBJECT)
		return EX_NOPOS;
	*hi_out = ws;
	for (i = ex_first(ctx, ws); i-- > 0 && i < ctx->m.n;)
		if (ctx->m.v[i].start < s)
			break;
		else if (ctx->m.v[i].start < ws && ex_measure_noun(ctx->r, &ctx->m.v[i], f->measure))
			return ctx->m.v[i].end;
	return EX_NOPOS;
}
#define EX_SAME_REACH 1200  /* bytes back to the statement "the same access" repeats */

/* ex_which_goods - the start of the goods that end right before ", on which"
 * (or "for which", "against which") in [s,anchor), the relative clause the verb
 * at anchor stands in ("LNG, on which China removed its tariff in June"), with
 * *end_out at their end; else EX_NOPOS. */
size_t
ex_which_goods(const struct ex_ctx *ctx, size_t s, size_t anchor, size_t *end_out)
{
	static const struct ex_word PREP[] = {EX_W("on"), EX_W("for"), EX_W("against")};
	const char *t = ctx->text;
	const char *c;
	size_t ws, wl, comma, p = s;

	while ((c = memchr(t + p, ',', anchor - p)) != NULL)
		p = (size_t)(c - t) + 1;
	if (p == s)
		return EX_NOPOS;
	comma = p - 1;
	if ((wl = ex_word_after(t, p, anchor, &ws)) == 0 || !ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl) ||
	    (wl = ex_word_after(t, ws + wl, anchor, &ws)) != 5 || ex_ncasecmp(t + ws, "which", 5) != 0)
		return EX_NOPOS;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < comma; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].end == comma && ctx->m.v[i].start >= s) {
			*end_out = comma;
			return ctx->m.v[i].start;
		}
	return EX_NOPOS;
}
/* ex_same_objects - "British farmers will get the same access to the US market"
 * after "Britain will open its market to American beef": a measure noun of frame f
 * after "the same", with no goods of its own, names the goods of the latest
 * statement before it with the same action (all its objects); indexes into out
 * (at most max), or 0. */
size_t
ex_same_objects(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi, int *out, size_t max)
{
	const struct rules *r = ctx->r;
	const char *t = ctx->text;
	size_t ws, wl, at = f->anchor, n = 0, pos = 0;
	int action;

	if (f->action < 0)
		return 0;
	action = r->actions[f->action].action;
	/* "the same access to" (the noun is the verb), or "get the same access". */
	wl = ex_word_before(t, at, 0, &ws);
	if (!(wl == 4 && ex_ncasecmp(t + ws, "same", 4) == 0) && f->measure >= 0) {
		for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
			if (ctx->m.v[i].kind == RULE_MEASURE && ctx->m.v[i].value == f->measure) {
				at = ctx->m.v[i].start;
				break;
			}
		wl = ex_word_before(t, at, 0, &ws);
	}
	if (wl != 4 || ex_ncasecmp(t + ws, "same", 4) != 0)
		return 0;
	for (size_t i = ctx->st.n; i-- > 0;) {
		const struct ex_stmt *x = &ctx->st.v[i];

		if (x->pos >= f->anchor || x->pos + EX_SAME_REACH < f->anchor || x->action != action ||
		    x->object < 0 || (pos != 0 && x->pos != pos))
			continue;
		pos = x->pos;
		if (r->objects[x->object].measure < 0 && n < max)
			out[n++] = x->object;
	}
	return n;
}
/* ex_purpose_object - 1 if the product at [start,end) names what the goods are for,
 * not goods: "imports of US maize for ethanol blending", "corn for ethanol
 * production" ("for" before it, a use noun after it ending the phrase). */
static int
ex_purpose_object(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word USE[] = {
	    EX_W("blending"), EX_W("production"), EX_W("making"), EX_W("processing"),
	    EX_W("refining"), EX_W("crushing"), EX_W("feed"), EX_W("use")};
	size_t ws, wl = ex_word_before(t, start, lo, &ws);

	if (wl != 3 || ex_ncasecmp(t + ws, "for", 3) != 0)
		return 0;
	wl = ex_word_after(t, end, hi, &ws);
	if (wl == 0 || ws != end + 1 || !ex_word_in(USE, EX_NWORDS(USE), t + ws, wl))
		return 0;
	/* "for chip production equipment": the use noun only qualifies the next. */
	end = ws + wl;
	wl = ex_word_after(t, end, hi, &ws);
	return wl == 0 || ws != end + 1 || ex_function_word(t + ws, wl);
}
/* ex_use_object - 1 if the product at [start,end), named after goods taken
 * (which end at taken), only says what goods go into or who holds them:
 * "magnets for cars" ("for" right after the goods), "rare earths used in
 * electric vehicles", "firms making sensors for cars" (a verb of use or making
 * among the three words before the preposition, no comma nor "and" between),
 * "suppliers of car parts" (a maker noun and "of"), "suppliers to passenger
 * car makers" (a maker noun right after it).  Up to two modifiers may stand
 * between the preposition and the product ("in electric vehicles"). */
static int
ex_use_object(const char *t, size_t taken, size_t start, size_t end, size_t hi)
{
	static const struct ex_word USE[] = {
	    EX_W("used"), EX_W("needed"), EX_W("found"), EX_W("destined"), EX_W("essential"),
	    EX_W("vital"), EX_W("critical"), EX_W("crucial"), EX_W("go"), EX_W("goes"), EX_W("going"),
	    EX_W("making"), EX_W("make"), EX_W("makes"), EX_W("producing"), EX_W("building")};
	static const struct ex_word PREP[] = {
	    EX_W("in"), EX_W("for"), EX_W("into"), EX_W("by")};
	static const struct ex_word MAKER[] = {
	    EX_W("makers"), EX_W("maker"), EX_W("manufacturers"), EX_W("manufacturer"),
	    EX_W("producers"), EX_W("suppliers"), EX_W("assembly"), EX_W("plants"),
	    EX_W("factories"), EX_W("companies"), EX_W("firms")};
	size_t ws, wl, ps, pl, p;
	int w;

	/* "passenger car makers", "car assembly lines". */
	wl = ex_word_after(t, end, hi, &ws);
	if (wl > 0 && ws == end + 1 && ex_word_in(MAKER, EX_NWORDS(MAKER), t + ws, wl))
		return 1;
	for (w = 0, p = start; (wl = ex_word_before(t, p, taken, &ws)) > 0 && w < 2; w++, p = ws)
		if (ex_function_word(t + ws, wl) || ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl) ||
		    (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0) || memchr(t + ws, ',', start - ws) != NULL)
			break;
	if (wl == 0 || memchr(t + ws, ',', start - ws) != NULL)
		return 0;
	/* "makers of cars", "suppliers of car parts". */
	if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 && (pl = ex_word_before(t, ws, taken, &ps)) > 0 &&
	    ex_word_in(MAKER, EX_NWORDS(MAKER), t + ps, pl))
		return 1;
	if (!ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
		return 0;
	/* "magnets for cars": the preposition right after the goods. */
	if (wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0 && ex_word_after(t, taken, hi, &ps) == 3 && ps == ws)
		return 1;
	for (w = 0, p = ws; w < 3 && (pl = ex_word_before(t, p, taken, &ps)) > 0; w++, p = ps) {
		if (memchr(t + ps, ',', p - ps) != NULL || (pl == 3 && ex_ncasecmp(t + ps, "and", 3) == 0) ||
		    (pl == 2 && ex_ncasecmp(t + ps, "or", 2) == 0))
			return 0;
		if (ex_word_in(USE, EX_NWORDS(USE), t + ps, pl))
			return 1;
	}
	return 0;
}
/* ex_replaced_object - 1 if the product at start is what other goods replace, no
 * goods of the frame: "buy more American energy instead of Russian oil", "to
 * replace Russian gas and Qatari crude", "in place of Qatari gas" (at most five
 * words between, no measure: "replace its tariffs on beef with a quota" keeps
 * beef; "replace Russian gas with US LNG" buys the LNG). */
static int
ex_replaced_object(const struct ex_ctx *ctx, size_t lo, size_t start)
{
	static const struct ex_word REPL[] = {
	    EX_W("replace"), EX_W("replaces"), EX_W("replacing"), EX_W("displace"),
	    EX_W("displaces"), EX_W("displacing"), EX_W("substitute"), EX_W("substituting"),
	    EX_W("supplant"), EX_W("supplanting")};
	static const struct ex_word STOP[] = {
	    EX_W("with"), EX_W("by"), EX_W("for"), EX_W("from"), EX_W("to"), EX_W("into")};
	const char *t = ctx->text;
	size_t pos = start, ws, wl, ps, pl;

	for (int w = 0; w < 6 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws) {
		/* "replace Russian gas with US LNG": what replaces it is bought. */
		if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl))
			return 0;
		pl = ex_word_before(t, ws, lo, &ps);
		if (!ex_word_in(REPL, EX_NWORDS(REPL), t + ws, wl) &&
		    !(wl == 2 && strncasecmp(t + ws, "of", 2) == 0 && pl > 0 &&
		    ((pl == 7 && strncasecmp(t + ps, "instead", 7) == 0) ||
		    (pl == 5 && strncasecmp(t + ps, "place", 5) == 0))) &&
		    !(wl == 4 && strncasecmp(t + ws, "than", 4) == 0 && pl == 6 &&
		    strncasecmp(t + ps, "rather", 6) == 0))
			continue;
		for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start < start; i++)
			if (ctx->m.v[i].kind == RULE_MEASURE || ctx->m.v[i].dual ||
			    (ctx->m.v[i].kind == RULE_OBJECT && ctx->r->objects[ctx->m.v[i].value].measure >= 0))
				return 0;
		return 1;
	}
	return 0;
}
/* ex_in_object - 1 if t[pos] lies inside a product mention. */
static int
ex_in_object(const struct ex_ctx *ctx, size_t pos)
{
	size_t i = ex_first(ctx, pos > 40 ? pos - 40 : 0);

	for (; i < ctx->m.n && ctx->m.v[i].start <= pos; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].end > pos)
			return 1;
	return 0;
}
/* ex_broad_list - 1 if the product at [start,end) is listed with "industrial" or
 * "manufactured" goods or a kind of manufactures the rules do not name ("textiles,
 * footwear and food products"), only list words, commas and other products between, at most
 * six words either way ("all US industrial and agricultural goods", "tree nuts,
 * fruit and some industrial goods"): the measure covers nearly all goods, and the
 * list names no kind of its own. */
static int
ex_broad_list(const struct ex_ctx *ctx, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word BROAD[] = {
	    EX_W("industrial"), EX_W("manufactured"), EX_W("non-agricultural"), EX_W("nonagricultural"),
	    EX_W("textiles"), EX_W("footwear"), EX_W("apparel"), EX_W("clothing"), EX_W("garments"),
	    EX_W("machinery"), EX_W("chemicals"), EX_W("appliances"), EX_W("furniture"), EX_W("toys")};
	static const struct ex_word LIST[] = {
	    EX_W("and"), EX_W("or"), EX_W("some"), EX_W("other"), EX_W("all"), EX_W("most"),
	    EX_W("from"), EX_W("to")};
	const char *t = ctx->text;
	size_t ws, wl, pos = start;

	for (int w = 0; w < 6; w++) {
		while (pos > lo && (t[pos - 1] == ' ' || t[pos - 1] == ','))
			pos--;
		if ((wl = ex_word_before(t, pos, lo, &ws)) == 0)
			break;
		if (ex_word_in(BROAD, EX_NWORDS(BROAD), t + ws, wl))
			return 1;
		if (!ex_word_in(LIST, EX_NWORDS(LIST), t + ws, wl) && !ex_in_object(ctx, ws))
			break;
		pos = ws;
	}
	pos = end;
	for (int w = 0; w < 6; w++) {
		while (pos < hi && (t[pos] == ' ' || t[pos] == ','))
			pos++;
		if ((wl = ex_word_after(t, pos, hi, &ws)) == 0)
			break;
		if (ex_word_in(BROAD, EX_NWORDS(BROAD), t + ws, wl))
			return 1;
		if (!ex_word_in(LIST, EX_NWORDS(LIST), t + ws, wl) && !ex_in_object(ctx, ws))
			break;
		pos = ws + wl;
	}
	return 0;
}
#define EX_GENERIC_REACH 100  /* bytes from a generic goods noun to its examples */

/* ex_generic_examples - where the examples of a generic goods noun begin in
 * [lo,hi), or hi: "tariffs on a range of US products, including medicines",
 * "some Argentine products that cannot be produced in the United States, such as
 * coffee", under a measure.  The examples only illustrate goods the rules name
 * no kind of. */
static size_t
ex_generic_examples(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word GENERIC[] = {
	    EX_W("products"), EX_W("goods"), EX_W("items"), EX_W("commodities"),
	    EX_W("merchandise"), EX_W("exports"), EX_W("imports")};
	const char *t = ctx->text;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t from = x->start > lo + EX_GENERIC_REACH ? x->start - EX_GENERIC_REACH : lo;

		int goods = 0, measure = 0, controls = 0;

		if (x->kind != RULE_EXAMPLES || x->start < lo || ex_has_stop(t, from, x->start))
			continue;
		/* Only under a measure ("tariffs on a range of US products"): what one
		 * buys ("US goods, including soybeans") is its examples.  Export
		 * restrictions on "commodities, including critical minerals" name the
		 * minerals: a control is general only when it names no goods. */
		for (size_t j = ex_first(ctx, lo); j < i; j++) {
			const struct ex_mention *y = &ctx->m.v[j];
			int kind = y->kind == RULE_MEASURE ? y->value :
			    y->kind == RULE_OBJECT ? ctx->r->objects[y->value].measure : -1;

			if (y->kind == RULE_OBJECT && ctx->r->objects[y->value].measure < 0 && y->start >= from)
				goods = 1;
			measure |= kind >= 0;
			controls |= kind >= 0 && kind == ex_measure_index(ctx->r, "export_control");
		}
		if (goods || !measure || controls)
			continue;
		if (ex_span_word_in(GENERIC, EX_NWORDS(GENERIC), t, from, x->start))
			return x->start;
	}
	return hi;
}
/* ex_nontariff_counter - what the countermeasures at [start,end) are when they
 * are no tariffs: EX_COUNTER_FIRMS when taken against firms ("its
 * countermeasures against five US subsidiaries of Hanwha Ocean": listings),
 * EX_COUNTER_SHIPS against ships ("its countermeasures against U.S.-linked
 * vessels": port fees), EX_COUNTER_OTHER otherwise ("non-tariff
 * countermeasures"); 0 for tariffs held back ("countermeasures on 93 billion
 * euros of US goods"). */
enum { EX_COUNTER_OTHER = 1, EX_COUNTER_FIRMS, EX_COUNTER_SHIPS };
static int
ex_nontariff_counter(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word FIRMS[] = {
	    EX_W("firms"), EX_W("companies"), EX_W("entities"), EX_W("businesses"),
	    EX_W("individuals"), EX_W("persons"), EX_W("enterprises"), EX_W("subsidiaries")};
	static const struct ex_word SHIPS[] = {
	    EX_W("vessels"), EX_W("ships"), EX_W("shipping"), EX_W("shipowners")};
	size_t ws, wl, pos = end;
	int against = 0;

	if (end - start < 8 || ex_ncasecmp(t + end - 8, "measures", 8) != 0)
		return 0;
	if ((start >= lo + 11 && ex_ncasecmp(t + start - 11, "non-tariff ", 11) == 0) ||
	    (start >= lo + 10 && ex_ncasecmp(t + start - 10, "nontariff ", 10) == 0))
		return EX_COUNTER_OTHER;
	for (int w = 0; w < 14 && pos < hi; w++) {
		/* The dots of "U.S.-linked" are no end of the words. */
		if ((wl = ex_word_after(t, pos, hi, &ws)) == 0) {
			if (ws >= hi || t[ws] != '.')
				break;
			pos = ws + 1;
			continue;
		}
		if (wl == 7 && ex_ncasecmp(t + ws, "against", 7) == 0)
			against = 1;
		else if (against && ex_word_in(FIRMS, EX_NWORDS(FIRMS), t + ws, wl))
			return EX_COUNTER_FIRMS;
		else if (against && ex_word_in(SHIPS, EX_NWORDS(SHIPS), t + ws, wl))
			return EX_COUNTER_SHIPS;
		pos = ws + wl;
	}
	return 0;
}
/* ex_progress_noun - 1 if a determiner and a noun of headway follow p ("the
 * progress made on", "its headway on"). */
static int
ex_progress_noun(const char *t, size_t p, size_t hi)
{
	size_t ws, wl = ex_word_after(t, p, hi, &ws);

	if (wl == 0 || !ex_determiner(t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, hi, &ws);
	return wl > 0 && ex_word_in(EX_HEADWAY_NOUNS, EX_NHEADWAY_NOUNS, t + ws, wl);
}
/* ex_cause_cut - where, in [lo,hi), a penalty's cause opens ("the 25% penalty
 * linked to Russian oil", "the surcharge tied to", "the penalty for Indian
 * purchases"): the goods after it are what the penalty punishes, not what it
 * is levied on.  Else hi. */
/* EX_PENALTY_NOUNS - nouns of a penalty whose cause may follow (EX_LEX_PENALTY). */
const struct ex_word EX_PENALTY_NOUNS[] = {
	EX_W("penalty"), EX_W("penalties"), EX_W("surcharge"), EX_W("surcharges"),
	EX_W("sanction"), EX_W("sanctions"), EX_W("fine"), EX_W("fines")};
const size_t EX_NPENALTY_NOUNS = EX_NWORDS(EX_PENALTY_NOUNS);
/* EX_HEADWAY_NOUNS - nouns of headway ("and the progress made on", EX_LEX_HEADWAY). */
const struct ex_word EX_HEADWAY_NOUNS[] = {
	EX_W("progress"), EX_W("headway"), EX_W("strides"), EX_W("advances"),
	EX_W("improvement"), EX_W("improvements")};
const size_t EX_NHEADWAY_NOUNS = EX_NWORDS(EX_HEADWAY_NOUNS);

/* EX_CAUSE_FLOW - nouns of buying a penalty answers ("over India's purchases
 * of Russian oil", ex_over_flow; whose buying, ex_in_cause). */
const struct ex_word EX_CAUSE_FLOW[] = {
	EX_W("purchases"), EX_W("purchase"), EX_W("imports"), EX_W("buying"),
	EX_W("purchasing"), EX_W("dealings")};
const size_t EX_NCAUSE_FLOW = EX_NWORDS(EX_CAUSE_FLOW);

/* ex_flow_after - 1 if up to six words from pos (determiners, owners, the
 * goods' words) reach a noun of buying before a comma, a stop, a semicolon
 * or "and" ("over time and resume soybean purchases"); the noun may stand
 * up to lim. */
static int
ex_flow_after(const char *t, size_t pos, size_t lim)
{
	size_t ws, wl;

	/* A curly possessive ("India\u2019s purchases") is no word byte:
	 * stepped over. */
	for (int w = 0; w < 6 && (wl = ex_word_after(t, pos, lim, &ws)) > 0;
	    w++, pos = ws + wl + ex_possessive_len(t, ws + wl, lim)) {
		if (memchr(t + pos, ',', ws - pos) != NULL || memchr(t + pos, '.', ws - pos) != NULL ||
		    memchr(t + pos, ';', ws - pos) != NULL ||
		    (wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0))
			return 0;
		if (ex_word_in(EX_CAUSE_FLOW, EX_NCAUSE_FLOW, t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_over_flow - where, in [lo,hi), "over" (or "linked to", "tied to",
 * "related to") opens a buying flow that a levy answers ("the tariff it
 * imposed on Indian goods in August over the Russian oil purchases", "the
 * duty on Indian products levied over India's Russian oil imports", "the
 * additional duty linked to India's purchases of Russian oil"): up to five
 * words after it (determiners, owners, the goods' words) reach a noun of
 * buying.  Else hi.  Each search only where the automaton saw its word in the
 * span (EX_LEX_OVER, EX_LEX_LINKED). */
const struct ex_word EX_OVER_WORD[] = {EX_W("over")};
const size_t EX_NOVER_WORD = EX_NWORDS(EX_OVER_WORD);
const struct ex_word EX_LINKED_WORDS[] = {EX_W("linked"), EX_W("tied"), EX_W("related")};
const size_t EX_NLINKED_WORDS = EX_NWORDS(EX_LINKED_WORDS);
static size_t
ex_over_flow(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	const char *t = ctx->text, *a;
	/* The noun may stand past hi, where the next verb noun's span opens
	 * ("over the Russian oil purchases"). */
	size_t lim = hi + 64 < ctx->len ? hi + 64 : ctx->len, cut = hi, ws, wl;
	int over = ex_lex_in(ctx, EX_LEX_OVER, lo, hi), linked;

	for (size_t k = lo; over && k + 6 <= hi && (a = memmem(t + k, hi - k, " over ", 6)) != NULL;
	    k = (size_t)(a - t) + 5)
		if (ex_flow_after(t, (size_t)(a - t) + 5, lim)) {
			cut = (size_t)(a - t) + 1;
			break;
		}
	/* "linked to", "tied to", "related to", if earlier: all end in "ed". */
	linked = ex_lex_in(ctx, EX_LEX_LINKED, lo, cut);
	for (size_t k = lo; linked && k + 6 <= cut && (a = memmem(t + k, cut - k, "ed to ", 6)) != NULL;
	    k = (size_t)(a - t) + 5)
		if ((wl = ex_word_before(t, (size_t)(a - t) + 2, lo, &ws)) > 0 &&
		    ex_word_in(EX_LINKED_WORDS, EX_NLINKED_WORDS, t + ws, wl) && ex_flow_after(t, (size_t)(a - t) + 5, lim))
			return ws;
	return cut;
}

size_t
ex_cause_cut(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word LINK[] = {
	    EX_W("linked"), EX_W("tied"), EX_W("related"), EX_W("for"), EX_W("over")};
	static const struct ex_word LEVY[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"), EX_W("levies")};
	const char *t = ctx->text, *a;

	hi = ex_over_flow(ctx, lo, hi);
	/* Only where a penalty noun is in the span at all (EX_LEXICON), or just
	 * before it, qualifying the levy that opens it. */
	if (!ex_lex_in(ctx, EX_LEX_PENALTY, lo > 24 ? lo - 24 : 0, hi))
		return hi;
	for (size_t k = lo; k < hi && (a = memchr(t + k, ' ', hi - k)) != NULL; k = (size_t)(a - t) + 1) {
		size_t at = (size_t)(a - t) + 1, ws, wl = ex_word_after(t, at, hi, &ws), ps, pl;

		if (wl == 0 || !ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl) ||
		    (pl = ex_word_before(t, ws, lo, &ps)) == 0)
			continue;
		/* "the penalty duty linked to Russian oil": the levy a penalty
		 * noun qualifies, which may stand before lo (the levy's own
		 * mention opens the span). */
		if (ex_word_in(LEVY, EX_NWORDS(LEVY), t + ps, pl))
			pl = ex_word_before(t, ps, 0, &ps);
		if (pl > 0 && ex_word_in(EX_PENALTY_NOUNS, EX_NPENALTY_NOUNS, t + ps, pl))
			return ws;
	}
	return hi;
}
/* ex_answered_end - where "against" opens, in [lo,hi), the measure another party
 * imposed that the frame's tariff answers ("suspended the EU countermeasures
 * against US tariffs on steel, aluminium", "its retaliatory duties against
 * American levies on cars"): the goods after it are that measure's, not the
 * answer's, which stays the tariff in general.  Only determiners, capitalised
 * words and a possessive between "against" and the measure.  Also where "and the
 * progress" opens a second object of the verb before the frame's.  Else hi. */
size_t
ex_answered_end(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	const char *t = ctx->text;
	size_t ws, wl, pos = lo;
	const char *a;

	/* "remove the tariff on U.S. pork and the progress made on farm
	 * purchases": a second object of the verb before, with goods of its own. */
	for (size_t k = lo; ex_lex_in(ctx, EX_LEX_HEADWAY, lo, hi) && k + 5 < hi &&
	    (a = memmem(t + k, hi - k, " and ", 5)) != NULL; k = (size_t)(a - t) + 4)
		if (ex_progress_noun(t, (size_t)(a - t) + 4, hi)) {
			hi = (size_t)(a - t) + 1;
			break;
		}
	hi = ex_cause_cut(ctx, lo, hi);
	while ((wl = ex_word_after(t, pos, hi, &ws)) > 0) {
		size_t at = ws, p = ws + wl, i;

		pos = ws + wl;
		if (wl != 7 || ex_ncasecmp(t + at, "against", 7) != 0)
			continue;
		for (i = ex_first(ctx, p); i < ctx->m.n && ctx->m.v[i].start < hi &&
		    ctx->m.v[i].start < p + 48; i++) {
			const struct ex_mention *y = &ctx->m.v[i];

			if (y->kind == RULE_ACTOR)
				continue;
			if (y->kind == RULE_OBJECT &&
			    ctx->r->objects[y->value].measure == ex_measure_index(ctx->r, "tariff")) {
				for (; (wl = ex_word_after(t, p, y->start, &ws)) > 0; p = ws + wl)
					if (!ex_determiner(t + ws, wl) && !(t[ws] >= 'A' && t[ws] <= 'Z') &&
					    !(wl == 1 && t[ws] == 's'))
						break;
				if (wl == 0)
					return at;
			}
			break;
		}
	}
	return hi;
}
/* ex_counter_names - 1 if the countermeasures of mention i are named right after
 * it as non-tariff measures ("suspend its countermeasures, among them the
 * unreliable entity list listings", "including special port fees"): the first
 * measure named before another verb decides.  What they answer ("against US
 * port fees") does not say what they are. */
static int
ex_counter_names(const struct ex_ctx *ctx, size_t i, size_t ce)
{
	const struct rules *r = ctx->r;
	const struct ex_mention *x = &ctx->m.v[i];

	if (x->end - x->start < 8 || strncasecmp(ctx->text + x->end - 8, "measures", 8) != 0)
		return 0;
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < ce &&
	    ctx->m.v[j].start < x->end + 120; j++) {
		const struct ex_mention *y = &ctx->m.v[j];
		int kind = y->kind == RULE_MEASURE ? y->value :
		    y->kind == RULE_OBJECT ? r->objects[y->value].measure : -1;

		if (y->kind == RULE_TRIGGER && !y->dual)
			return 0;
		if (kind < 0)
			continue;
		for (size_t p = x->end, ws, wl; (wl = ex_word_after(ctx->text, p, y->start, &ws)) > 0; p = ws + wl)
			if (wl == 7 && strncasecmp(ctx->text + ws, "against", 7) == 0)
				return 0;
		return kind == ex_measure_index(r, "measure") || kind == ex_measure_index(r, "export_control");
	}
	return 0;
}
/* ex_door_idiom - 1 if "open" at [start,end) keeps a door open to talks, not a
 * market to goods: "keeping the door open to a deal on steel", "opened the door
 * to further negotiations".  "opened the door to US beef" still opens. */
static int
ex_door_idiom(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word DOOR[] = {EX_W("door"), EX_W("doors")};
	static const struct ex_word TALK[] = {
	    EX_W("a"), EX_W("an"), EX_W("further"), EX_W("talks"), EX_W("negotiations"),
	    EX_W("dialogue"), EX_W("compromise"), EX_W("more"), EX_W("new")};
	size_t ws, wl, pos;

	wl = ex_word_before(t, start, lo, &ws);
	if (wl > 0 && ex_word_in(DOOR, EX_NWORDS(DOOR), t + ws, wl))
		pos = end;
	else {
		wl = ex_word_after(t, end, hi, &ws);
		if (wl > 0 && ex_determiner(t + ws, wl))
			wl = ex_word_after(t, ws + wl, hi, &ws);
		if (wl == 0 || !ex_word_in(DOOR, EX_NWORDS(DOOR), t + ws, wl))
			return 0;
		pos = ws + wl;
	}
	wl = ex_word_after(t, pos, hi, &ws);
	if (wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0)
		return 0;
	wl = ex_word_after(t, ws + 2, hi, &ws);
	return wl > 0 && ex_word_in(TALK, EX_NWORDS(TALK), t + ws, wl);
}
/* ex_door_stop - where a door kept open to talks begins in [lo,hi), else hi:
 * "extended the suspension ..., keeping the door open to a deal on steel": the
 * goods after it are the talks' subject, not the frame's. */
static size_t
ex_door_stop(const char *t, size_t lo, size_t hi)
{
	/* The 'o' first: most bytes stop there. */
	for (size_t k = lo; k + 4 <= hi; k++)
		if ((t[k] | 32) == 'o' && (k == lo || !ex_word_byte((unsigned char)t[k - 1])) &&
		    ex_ncasecmp(t + k, "open", 4) == 0) {
			size_t e = k + 4;

			while (e < hi && ex_word_byte((unsigned char)t[e]))
				e++;
			if (ex_door_idiom(t, lo, k, e, hi))
				return k;
		}
	return hi;
}
/* ex_exception_stop - where goods set apart from the frame begin in [lo,hi), else
 * hi: "removed its tariffs on most goods, leaving only the duties on steel and
 * vehicles in place", "cut duties on all imports except rice", "other than
 * wine", "apart from beef", "with the exception of sugar", "does not apply to
 * minerals": the goods after it are what the measure does not touch.  So
 * are goods after "without" ("placed the order without committing to farm
 * purchases", "cut the beef tariff without a deal on rice"). */
static size_t
ex_exception_stop(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word ONE[] = {
	    EX_W("except"), EX_W("excepting"), EX_W("excluding"), EX_W("exempting"),
	    EX_W("without")};
	static const struct ex_word FIRST[] = {
	    EX_W("other"), EX_W("apart"), EX_W("aside"), EX_W("leaving"), EX_W("exception"),
	    EX_W("keeping"), EX_W("retaining"), EX_W("maintaining")};
	static const struct ex_word KEEP[] = {
	    EX_W("leaving"), EX_W("keeping"), EX_W("retaining"), EX_W("maintaining")};
	static const struct ex_word APPLY[] = {
	    EX_W("apply"), EX_W("applies"), EX_W("cover"), EX_W("covers"), EX_W("extend"),
	    EX_W("extends")};
	size_t ws, wl, p, w2s, w2l;

	for (p = lo; (wl = ex_word_after(t, p, hi, &ws)) > 0 || ws < hi; p = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0)
			continue;
		if (ex_word_in(ONE, EX_NWORDS(ONE), t + ws, wl))
			return ws;
		/* "the zero-tariff treatment does not apply to minerals", "will not
		 * cover rice": what follows is left out. */
		if (ex_word_in(APPLY, EX_NWORDS(APPLY), t + ws, wl) && ws >= lo + 4 &&
		    (ex_ncasecmp(t + ws - 4, "not ", 4) == 0 || ex_ncasecmp(t + ws - 4, "n't ", 4) == 0))
			return ws;
		if (!ex_word_in(FIRST, EX_NWORDS(FIRST), t + ws, wl) ||
		    (w2l = ex_word_after(t, ws + wl, hi, &w2s)) == 0)
			continue;
		if ((wl == 5 && ex_ncasecmp(t + ws, "other", 5) == 0 && w2l == 4 &&
		    ex_ncasecmp(t + w2s, "than", 4) == 0) ||
		    (wl == 9 && ex_ncasecmp(t + ws, "exception", 9) == 0 && w2l == 2 &&
		    ex_ncasecmp(t + w2s, "of", 2) == 0) ||
		    (wl == 5 && (ex_ncasecmp(t + ws, "apart", 5) == 0 || ex_ncasecmp(t + ws, "aside", 5) == 0) &&
		    w2l == 4 && ex_ncasecmp(t + w2s, "from", 4) == 0))
			return ws;
		/* "leaving only the duties on steel in place", "leaving the tariff on
		 * rice in place", "keeping only those on steel, aluminum and autos",
		 * "keeping those on steel", "retaining just the levy on pork": what is
		 * left stands. */
		if (((w2l == 4 && (ex_ncasecmp(t + w2s, "only", 4) == 0 || ex_ncasecmp(t + w2s, "just", 4) == 0)) ||
		    (w2l == 5 && ex_ncasecmp(t + w2s, "those", 5) == 0)) &&
		    ex_word_in(KEEP, EX_NWORDS(KEEP), t + ws, wl))
			return ws;
		if (wl == 7 && ex_ncasecmp(t + ws, "leaving", 7) == 0) {
			for (size_t q = w2s, w = 0, as, al; w < 14 && ((al = ex_word_after(t, q, hi, &as)) > 0 ||
			    (as < hi && t[as] == ',')); w++, q = as + (al > 0 ? al : 1))
				if (al == 5 && ex_ncasecmp(t + as, "place", 5) == 0)
					return ws;
		}
	}
	return hi;
}
/* ex_dash_list - 1 if a dash set off by spaces (" - ", an en or em dash) or a
 * colon follows pos in [pos,hi) with goods after it: "$750 billion of U.S.
 * energy - LNG, oil and nuclear fuel - by 2028" lists examples of the category
 * named before it; "energy-related" has no space. */
static int
ex_dash_list(const struct ex_ctx *ctx, size_t i, size_t hi)
{
	const char *t = ctx->text;
	size_t k = ctx->m.v[i].end;

	if (k < hi && t[k] == ':')
		k++;
	else {
		if (k + 2 >= hi || t[k] != ' ')
			return 0;
		k++;
		if (t[k] == '-' && t[k + 1] == ' ')
			k += 2;
		else if (k + 3 < hi && (unsigned char)t[k] == 0xe2 && (unsigned char)t[k + 1] == 0x80 &&
		    ((unsigned char)t[k + 2] == 0x93 || (unsigned char)t[k + 2] == 0x94) && t[k + 3] == ' ')
			k += 4;
		else
			return 0;
	}
	while (k < hi && t[k] == ' ')
		k++;
	return i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_OBJECT && ctx->m.v[i + 1].start < k + 24 &&
	    ctx->m.v[i + 1].start >= k;
}
/* ex_next_category - 1 if mention k names another category than the one whose
 * examples are listed ("farm goods such as beef, and energy products"): the
 * examples end there.  A kind of another category named as one more example
 * ("farm products such as corn, wheat and ethanol": ethanol is also a kind of
 * energy) does not end them. */
static int
ex_next_category(const struct ex_ctx *ctx, size_t k, int category)
{
	const struct ex_mention *y = &ctx->m.v[k];

	return y->kind == RULE_OBJECT && ctx->r->objects[y->value].category && y->value != category &&
	    !y->member;
}
/* ex_examples_after - the index of the examples word ("such as", "including")
 * that follows the category named at mention i, within a few words and with
 * no object or stop between, or 0. */
static size_t
ex_examples_after(const struct ex_ctx *ctx, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i];

	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < x->end + EX_EXAMPLES_REACH &&
	    ctx->m.v[j].kind != RULE_OBJECT && !ex_has_stop(ctx->text, x->end, ctx->m.v[j].start); j++)
		if (ctx->m.v[j].kind == RULE_EXAMPLES)
			return j;
	return 0;
}
/* ex_compound_goods - the goods object whose mention stands right before the
 * measure at pos in [lo,pos), a space or hyphen between ("rare earth export
 * controls", "the gallium export ban", "chip-export curbs"), or -1. */
int
ex_compound_goods(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	const char *t = ctx->text;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < pos; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t k = x->end;

		if (x->kind != RULE_OBJECT || x->start < lo || ctx->r->objects[x->value].measure >= 0)
			continue;
		while (k < pos && (t[k] == ' ' || t[k] == '-'))
			k++;
		if (k == pos && k > x->end)
			return x->value;
	}
	return -1;
}
/*
 * ex_talks_aside - 1 if [a,b), between goods taken and the next goods named, turns
 * to talks or a condition about other matters: a relative or "whether" and a
 * noun of talks or dispute, or "conditional" ("agreed to buy soybeans at talks
 * that also covered chips", "the first deal since the dispute over rare
 * earths", "whether or not the talks on chips succeed", "a cut it said was not
 * conditional on a car deal").  "a deal that includes corn" lists goods of the
 * deal and is not read as an aside.
 */
static int
ex_talks_aside(const char *t, size_t a, size_t b)
{
	static const struct ex_word TURN[] = {
	    EX_W("that"), EX_W("which"), EX_W("whether"), EX_W("since"), EX_W("while")};
	static const struct ex_word TALKS[] = {
	    EX_W("talks"), EX_W("dispute"), EX_W("row"), EX_W("negotiations"), EX_W("conditional"),
	    EX_W("deal")};
	static const struct ex_word LIST[] = {
	    EX_W("include"), EX_W("includes"), EX_W("including"), EX_W("included"), EX_W("covers"),
	    EX_W("cover")};
	size_t ws, wl, p = a;
	int turn = 0, talks = 0;

	for (int w = 0; w < 16 && (wl = ex_word_after(t, p, b, &ws)) > 0; w++, p = ws + wl) {
		if (ex_word_in(LIST, EX_NWORDS(LIST), t + ws, wl))
			return 0;
		turn |= ex_word_in(TURN, EX_NWORDS(TURN), t + ws, wl);
		talks |= ex_word_in(TALKS, EX_NWORDS(TALKS), t + ws, wl);
		if (wl == 11 && ex_ncasecmp(t + ws, "conditional", 11) == 0)
			turn = 1;
	}
	return turn && talks;
}
/* ex_frame_objects - product objects in [lo,hi): indexes into out (at most max). */
size_t
ex_frame_objects(const struct ex_ctx *ctx, size_t lo, size_t hi, int *out, size_t max)
{
	const struct rules *r = ctx->r;
	size_t n = 0, stop = ex_generic_examples(ctx, lo,
	    ex_exception_stop(ctx->text, lo, ex_door_stop(ctx->text, lo, hi)));
	size_t skip_lo = 0, skip_hi = 0;  /* a category's examples, passed over */
	size_t taken_end = 0;             /* the end of the last goods taken */
	int buying = 0, specific = 0, other;
	unsigned generic = 0;  /* bit k: out[k] was named by more than its kinds */

	/* "agreed to purchase agricultural, energy, industrial and other goods":
	 * a purchase of a broad list buys each kind it names; only a measure on
	 * such a list covers goods in general. */
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start <= hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_TRIGGER && (x->start == lo || x->end == hi) &&
		    strcmp(r->triggers[x->value], "buy") == 0)
			buying = 1;
		if (x->start > lo)
			break;
	}

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < stop; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		const struct rule_object *ob;
		size_t j;
		int dup = 0;

		if (x->start < lo || x->kind != RULE_OBJECT || (x->start >= skip_lo && x->start < skip_hi))
			continue;
		/* "HANOI (Mekong Energy Desk) -": the outlet's name, no goods. */
		if (x->start < 120 && x->end <= ex_dateline_end(ctx->text, ctx->len))
			continue;
		ob = &r->objects[x->value];
		/* Goods of talks on other matters, after the verb's own. */
		if (n > 0 && taken_end < x->start && ex_talks_aside(ctx->text, taken_end, x->start))
			break;
		if (ob->measure >= 0 || ex_office_field(ctx->text, x->start, x->end, ctx->len) ||
		    ex_modifier_object(ctx, i) || ex_purpose_object(ctx->text, lo, x->start, x->end, hi) ||
		    ex_customer_object(ctx->text, lo, x->start, x->end, hi) ||
		    ex_replaced_object(ctx, lo, x->start) ||
		    (n > 0 && ex_use_object(ctx->text, taken_end, x->start, x->end, hi)) ||
		    (ob->category && !buying && ex_broad_list(ctx, lo, x->start, x->end, hi)))
			continue;
		for (size_t k = 0; k < n; k++)
			dup |= out[k] == x->value;
		/* "liquefied natural gas or other energy products": the category only
		 * rounds off the goods named before it; "LNG and other energy
		 * products" names the goods and the rest of the category, one entry
		 * each; but when one of them is known only as the category ("beef,
		 * coffee and other food products"), the list gives examples of the
		 * category, which alone stays. */
		if (ob->category && n > 0 && (other = ex_other_before(ctx->text, lo, x->start)) > 0 &&
		    (other == 1 || dup)) {
			if (dup) {
				size_t w = 0;

				for (size_t k = 0; k < n; k++)
					if (out[k] == x->value || !rules_object_covers(r, x->value, out[k]))
						out[w++] = out[k];
				n = w;
			}
			dup = 1;
		}
		if (!dup && n < max)
			out[n++] = x->value;
		taken_end = x->end;
		specific |= !ob->category;
		for (size_t k = 0; k < n && !x->member; k++)
			if (out[k] == x->value)
				generic |= 1u << k;
		/* "farm goods such as beef", "farm goods by $8 billion a year, including
		 * more American rice", "energy - LNG, oil and nuclear fuel -": the
		 * examples only illustrate the category. */
		if (ob->category && ((j = ex_examples_after(ctx, i)) > 0 || ex_dash_list(ctx, i, hi))) {
			/* The examples end at another category ("farm goods like wheat,
			 * and energy such as LNG"): the walk goes on from there. */
			skip_lo = x->end;
			skip_hi = stop;
			for (size_t k = j > 0 ? j : i + 1; k < ctx->m.n && ctx->m.v[k].start < stop; k++)
				if (ex_next_category(ctx, k, x->value)) {
					skip_hi = ctx->m.v[k].start;
					break;
				}
		}
	}
	/* "tariffs on Colombian pork, coffee and bananas", "will buy US wheat,
	 * soybean meal and medicines": a category named only by kinds of it
	 * ("members") beside goods with an object of their own is no purchase or
	 * measure of goods in general; those kinds have no object of their own. */
	for (size_t k = 0; k < n && specific; k++)
		if (r->objects[out[k]].category && !(generic & (1u << k)))
			out[k] = -1;
	/* "Nvidia chips" names ai_chips once, not semiconductors too. */
	for (size_t k = 0; k < n; k++)
		for (size_t j = 0; j < n; j++)
			for (int s = 0; j != k && out[j] >= 0 && out[k] >= 0 &&
			    s < r->objects[out[j]].nsubsumes; s++)
				if (r->objects[out[j]].subsumes[s] == out[k])
					out[k] = -1;
	{
		size_t w = 0;

		for (size_t k = 0; k < n; k++)
			if (out[k] >= 0)
				out[w++] = out[k];
		n = w;
	}
	return n;
}
/* ex_measure_find - the measure kind called name, or -1. */
int
ex_measure_find(const struct rules *r, const char *name)
{
	/* The first byte before the call: it runs for every measure of a clause. */
	for (size_t k = 0; k < r->nmeasures; k++)
		if (r->measures[k][0] == name[0] && strcmp(r->measures[k], name) == 0)
			return (int)k;
	return -1;
}
/* ex_list_goods_next - 1 if the comma before pos goes on with a list of goods:
 * goods (an object that is no measure) start right after it, "and"/"or" allowed
 * ("ban on gallium, germanium and antimony exports"), before hi. */
static int
ex_list_goods_next(const struct ex_ctx *ctx, size_t pos, size_t hi)
{
	size_t ws, wl = ex_word_after(ctx->text, pos, hi, &ws), j;

	if (wl == 0)
		return 0;
	if ((wl == 3 && ex_ncasecmp(ctx->text + ws, "and", 3) == 0) ||
	    (wl == 2 && ex_ncasecmp(ctx->text + ws, "or", 2) == 0))
		wl = ex_word_after(ctx->text, ws + wl, hi, &ws);
	if (wl == 0)
		return 0;
	j = ex_first(ctx, ws);
	return j < ctx->m.n && ctx->m.v[j].start == ws && ctx->m.v[j].kind == RULE_OBJECT &&
	    ctx->r->objects[ctx->m.v[j].value].measure < 0;
}
/* ex_np_aside - the end of a participle aside that opens at pos,
 * set off by commas, with no more than six words ("the ban, imposed in
 * December 2024, on exports"): past its closing comma; else pos. */
size_t
ex_np_aside(const char *t, size_t pos, size_t ce)
{
	size_t ws, wl, k;
	int words = 0;

	if (pos + 2 >= ce || t[pos] != ',' || t[pos + 1] != ' ')
		return pos;
	wl = ex_word_after(t, pos + 1, ce, &ws);
	if (wl < 5 || ex_ncasecmp(t + ws + wl - 2, "ed", 2) != 0 || ex_function_word(t + ws, wl))
		return pos;
	for (k = ws + wl; k < ce && words <= 6; k++) {
		if (t[k] == ',')
			return k + 1;
		if (t[k] == ';' || t[k] == '(' || t[k] == ')')
			return pos;
		if (t[k] == ' ')
			words++;
	}
	return pos;
}
/* ex_ban_word - 1 if the mention x names a ban ("ban", "bans", "export ban",
 * "ban on exports"). */
static int
ex_ban_word(const char *t, const struct ex_mention *x)
{
	for (size_t k = x->start; k + 3 <= x->end; k++)
		if ((k == x->start || t[k - 1] == ' ') && ex_ncasecmp(t + k, "ban", 3) == 0 &&
		    (k + 3 == x->end || t[k + 3] == ' ' || (t[k + 3] == 's' && (k + 4 == x->end || t[k + 4] == ' '))))
			return 1;
	return 0;
}
/* ex_export_word - 1 if the mention x is an export noun spelt "export..."
 * ("exports", "export"; not "sales" nor "shipments"). */
static int
ex_export_word(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	int m = x->kind == RULE_TRIGGER && x->dual ? x->dual_measure : x->kind == RULE_MEASURE ? x->value : -1;

	return m >= 0 && m == ex_measure_index(ctx->r, "export") && x->end - x->start >= 6 &&
	    ex_ncasecmp(ctx->text + x->start, "export", 6) == 0;
}
/* ex_import_word - 1 if the mention x names imports or an import ban. */
static int
ex_import_word(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	int m = x->kind == RULE_TRIGGER && x->dual ? x->dual_measure : x->kind == RULE_MEASURE ? x->value : -1;

	return m >= 0 && (m == ex_measure_index(ctx->r, "import") || m == ex_measure_index(ctx->r, "import_ban"));
}
/* ex_ban_told_exports - 1 if the bare ban at mention i, definite ("that ban",
 * "the ban") and with no exports nor imports of its own, follows an export
 * word in its sentence or the sentence before, with no word of imports
 * there: "China banned their export to the United States ... and lifted that
 * ban" is an export control. */
static int
ex_ban_told_exports(const struct ex_ctx *ctx, size_t i)
{
	size_t lo = ctx->prev_s != EX_NOPOS && ctx->prev_s < ctx->cur_s ? ctx->prev_s : ctx->cur_s;
	int exp = 0;

	if (ctx->cur_s > ctx->m.v[i].start || !ex_definite_np(ctx->text, ctx->cur_s, ctx->m.v[i].start))
		return 0;
	for (size_t j = ex_first(ctx, lo); j < i; j++) {
		if (ctx->m.v[j].start < lo)
			continue;
		if (ex_import_word(ctx, &ctx->m.v[j]))
			return 0;
		exp |= ex_export_word(ctx, &ctx->m.v[j]);
	}
	return exp;
}

/* ex_ban_attached - the list of goods nearest before hi in [lo,hi) that an
 * export noun governs ("gallium and germanium exports", "shipments of gallium
 * and germanium"): into objs (at most max), their count; 0 when none. */
static size_t
ex_ban_attached(const struct ex_ctx *ctx, size_t lo, size_t hi, int *objs, size_t max)
{
	const char *t = ctx->text;
	size_t first = ex_first(ctx, lo), n = 0;

	for (size_t i = first; i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i], *y;
		size_t a = i, b = i;
		int m;

		if (x->start < lo || x->kind != RULE_OBJECT || ctx->r->objects[x->value].measure >= 0 ||
		    (i > first && ctx->m.v[i - 1].kind == RULE_OBJECT && ctx->m.v[i - 1].start >= lo &&
		    ex_list_gap(t, ctx->m.v[i - 1].end, x->start)))
			continue;
		/* x opens a list: its last item is b. */
		while (b + 1 < ctx->m.n && ctx->m.v[b + 1].kind == RULE_OBJECT && ctx->m.v[b + 1].start < hi &&
		    ctx->r->objects[ctx->m.v[b + 1].value].measure < 0 && ex_list_gap(t, ctx->m.v[b].end, ctx->m.v[b + 1].start))
			b++;
		y = b + 1 < ctx->m.n ? &ctx->m.v[b + 1] : NULL;
		m = y != NULL && y->kind == RULE_TRIGGER && y->dual ? y->dual_measure :
		    y != NULL && y->kind == RULE_MEASURE ? y->value : -1;
		if (!(m >= 0 && m == ex_measure_index(ctx->r, "export") && y->start == ctx->m.v[b].end + 1)) {
			y = a > first ? &ctx->m.v[a - 1] : NULL;
			m = y != NULL && y->kind == RULE_TRIGGER && y->dual ? y->dual_measure :
			    y != NULL && y->kind == RULE_MEASURE ? y->value : -1;
			if (!(m >= 0 && m == ex_measure_index(ctx->r, "export") && y->start >= lo &&
			    x->start == y->end + 4 && ex_ncasecmp(t + y->end, " of ", 4) == 0))
				continue;
		}
		n = ex_frame_objects(ctx, x->start, ctx->m.v[b].end, objs, max);
	}
	return n;
}
/* ex_ban_list - the first list of goods in [lo,hi), up to a comma that does
 * not go on with goods ("Licences for gallium and germanium, the two chip
 * metals whose export ...": not the aside's chips); into objs, their count. */
static size_t
ex_ban_list(const struct ex_ctx *ctx, size_t lo, size_t hi, int *objs, size_t max)
{
	size_t end = hi, i;

	for (i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].start >= lo && ctx->m.v[i].kind == RULE_OBJECT &&
		    ctx->r->objects[ctx->m.v[i].value].measure < 0)
			break;
	if (i >= ctx->m.n || ctx->m.v[i].start >= hi)
		return 0;
	for (size_t k = ctx->m.v[i].end; k < hi; k++)
		if (ctx->text[k] == ',' && !ex_list_goods_next(ctx, k + 1, hi)) {
			end = k;
			break;
		}
	return ex_frame_objects(ctx, lo, end, objs, max);
}
/* ex_ban_goods - the goods of the definite ban that frame f eases when it
 * names none: those its sentence [s, ban) names with an export word there
 * ("Gallium and germanium exports to the US have recovered since the ban on
 * exports to the US was suspended"), else those of the sentence before, when
 * that names no measure of its own ("For gallium and germanium the picture is
 * clearer. The export ban ... was suspended last November"); into objs (at
 * most max), their count. */
size_t
ex_ban_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t hi, int *objs, size_t max)
{
	size_t n, ban = EX_NOPOS, lo = f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor ? f->measure_pos : f->anchor_end;
	int exp = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo || (x->kind != RULE_MEASURE && !(x->kind == RULE_OBJECT &&
		    ctx->r->objects[x->value].measure >= 0)))
			continue;
		if (ex_ban_word(ctx->text, x))
			ban = x->start;
		break;
	}
	if (ban == EX_NOPOS || !ex_definite_np(ctx->text, s, ex_hyphen_start(ctx->text, s, ban)))
		return 0;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < ban; i++) {
		if (ctx->m.v[i].start < s)
			continue;
		if (ex_import_word(ctx, &ctx->m.v[i]))
			return 0;
		exp |= ex_export_word(ctx, &ctx->m.v[i]);
	}
	/* "China banned their export to the US ... and lifted that ban": with
	 * no goods in the sentence, those of the sentence before. */
	if ((n = ex_ban_attached(ctx, s, ban, objs, max)) > 0 || (exp && (n = ex_ban_list(ctx, s, ban, objs, max)) > 0))
		return n;
	if (ctx->prev_s == EX_NOPOS || ctx->prev_s >= s || ex_frame_objects(ctx, s, ban, objs, max) > 0)
		return 0;
	/* The sentence before: goods, their exports or a ban on them, and no
	 * other measure nor verb of one. */
	for (size_t i = ex_first(ctx, ctx->prev_s); i < ctx->m.n && ctx->m.v[i].start < s; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start >= ctx->prev_s && (x->kind == RULE_MEASURE || x->kind == RULE_TRIGGER ||
		    (x->kind == RULE_OBJECT && ctx->r->objects[x->value].measure >= 0)) &&
		    !ex_export_word(ctx, x) && !ex_ban_word(ctx->text, x))
			return 0;
	}
	return ex_ban_list(ctx, ctx->prev_s, s, objs, max);
}
/* ex_np_reaches - 1 if the noun phrase of mention i (no comma but in a list of goods, at most six words,
 * only parties and products on the way) reaches a noun of measure kind "kind": an
 * export noun ("ban on gallium exports", "ban on exports of germanium") or the
 * noun "imports". */
static int
ex_np_reaches(const struct ex_ctx *ctx, size_t i, size_t ce, const char *kind)
{
	const struct ex_mention *x = &ctx->m.v[i];
	/* "the ban, imposed in December 2024, on exports of gallium": a
	 * participle aside between the noun and its complement is passed over. */
	size_t from = ex_np_aside(ctx->text, x->end, ce);

	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < ce && ctx->m.v[j].start < from + 64; j++) {
		const struct ex_mention *y = &ctx->m.v[j];
		/* "imports" is the verb noun only, not "market" or "entry". */
		int m = y->kind == RULE_TRIGGER && y->dual ? y->dual_measure :
		    y->kind == RULE_MEASURE && strcmp(kind, "import") != 0 ? y->value : -1;

		if (y->start < from)
			continue;
		if (m >= 0 && strcmp(ctx->r->measures[m], kind) == 0) {
			int words = 0;

			for (size_t k = from; k < y->start; k++)
				if ((ctx->text[k] == ',' && !ex_list_goods_next(ctx, k + 1, y->start)) ||
				    ctx->text[k] == ';' || ctx->text[k] == '.' ||
				    (ctx->text[k] == ' ' && ++words > 6))
					return 0;
			return 1;
		}
		if (y->kind != RULE_ACTOR && !(y->kind == RULE_OBJECT && ctx->r->objects[y->value].measure < 0) &&
		    ex_content(y->kind))
			return 0;
	}
	return 0;
}
/* ex_goods_party - the party mention after goods and then the preposition
 * prep (of length pl) in the phrase after mention i (at most ten words, a
 * comma only inside a list of goods): "on the shipments of rock lobster from
 * Western Australia", "on shipments of gallium, germanium and antimony to the
 * United States"; ctx->m.n when there is none. */
static size_t
ex_goods_party(const struct ex_ctx *ctx, size_t i, size_t ce, const char *prep, size_t pl)
{
	const char *t = ctx->text;
	size_t pos = ctx->m.v[i].end, ws, wl;
	int goods = 0;

	for (int w = 0; w < 10; w++) {
		size_t j;

		wl = ex_word_after(t, pos, ce, &ws);
		if (wl == 0 && ws < ce && t[ws] == ',' && goods && ex_list_goods_next(ctx, ws + 1, ce))
			wl = ex_word_after(t, ws + 1, ce, &ws);
		if (wl == 0)
			return ctx->m.n;
		j = ex_first(ctx, ws);
		if (j < ctx->m.n && ctx->m.v[j].start == ws && ctx->m.v[j].kind == RULE_OBJECT &&
		    ctx->r->objects[ctx->m.v[j].value].measure < 0)
			goods = 1;
		if (goods && wl == pl && ex_ncasecmp(t + ws, prep, pl) == 0) {
			size_t as, al = ex_word_after(t, ws + wl, ce, &as);

			if (al > 0 && ex_determiner(t + as, al))
				ex_word_after(t, as + al, ce, &as);
			for (j = ex_first(ctx, ws + wl); j < ctx->m.n && ctx->m.v[j].start <= as + 12; j++)
				if (ctx->m.v[j].kind == RULE_ACTOR)
					return j;
			return ctx->m.n;
		}
		pos = ws + wl;
	}
	return ctx->m.n;
}
/* ex_goods_from - 1 if the phrase after mention i names goods and then "from"
 * a party: "on beef from Brazil". */
static int
ex_goods_from(const struct ex_ctx *ctx, size_t i, size_t ce)
{
	return ex_goods_party(ctx, i, ce, "from", 4) < ctx->m.n;
}
/* ex_shipments_abroad - 1 if mention i, a ban on "shipments", stops goods
 * going "to" a party not named before it in the clause: "suspend the ban on
 * shipments of gallium and germanium to the United States" (an export ban),
 * not "Beijing will lift the ban on shipments of US beef to China" (the
 * importer's own ban). */
static int
ex_shipments_abroad(const struct ex_ctx *ctx, size_t i, size_t cs, size_t ce)
{
	const struct ex_mention *x = &ctx->m.v[i];
	size_t j;

	if (x->end - x->start < 9 || ex_ncasecmp(ctx->text + x->end - 9, "shipments", 9) != 0)
		return 0;
	j = ex_goods_party(ctx, i, ce, "to", 2);
	if (j >= ctx->m.n)
		return 0;
	for (size_t b = ex_first(ctx, cs); b < i; b++)
		if (ctx->m.v[b].kind == RULE_ACTOR && ctx->m.v[b].value == ctx->m.v[j].value)
			return 0;
	return 1;
}
/* ex_goods_named_before - 1 if mention i's restrictions are "on the" goods the
 * paragraph named before as another party's: "Western Australia's rock lobster
 * fleet ... after Beijing lifted its remaining restrictions on the shellfish".
 * The owner of the restrictions (the party just before them) bars the other's
 * goods: an import curb. */
static int
ex_goods_named_before(const struct ex_ctx *ctx, size_t i, size_t ce)
{
	const char *t = ctx->text;
	const struct ex_mention *x = &ctx->m.v[i], *g;
	size_t lo = x->start > EX_GOODS_BACK_REACH ? x->start - EX_GOODS_BACK_REACH : 0;
	int owner = -1;

	if (i + 1 >= ctx->m.n || x->end + 8 > ce || ex_ncasecmp(t + x->end, " on the ", 8) != 0)
		return 0;
	g = &ctx->m.v[i + 1];
	if (g->kind != RULE_OBJECT || g->start != x->end + 8 || ctx->r->objects[g->value].measure >= 0)
		return 0;
	for (size_t k = x->start; k > lo; k--)
		if (t[k - 1] == '\n') {
			lo = k;
			break;
		}
	for (size_t j = i; j-- > 0 && ctx->m.v[j].start >= lo;) {
		const struct ex_mention *y = &ctx->m.v[j];

		if (y->kind == RULE_ACTOR && owner < 0 && y->end + 40 >= x->start)
			owner = y->value;
		if (y->kind != RULE_OBJECT || y->value != g->value || j == 0)
			continue;
		for (size_t a = j; a-- > 0 && ctx->m.v[a].end + 12 >= y->start;)
			if (ctx->m.v[a].kind == RULE_ACTOR && ctx->m.v[a].end <= y->start)
				return owner >= 0 && ctx->m.v[a].value != owner;
	}
	return 0;
}
/* ex_farm_goods_after - 1 if the first product named after mention i, within
 * four words and no comma, is a farm good (a member of agricultural_products),
 * and the phrase names no exports. */
static int
ex_farm_goods_after(const struct ex_ctx *ctx, size_t i, size_t ce)
{
	const struct rules *r = ctx->r;
	int farm = rules_object_find(r, "agricultural_products");
	size_t end = ctx->m.v[i].end;

	if (ex_np_reaches(ctx, i, ce, "export"))
		return 0;       /* "its controls on wheat exports" */
	for (size_t j = i + 1; farm >= 0 && j < ctx->m.n && ctx->m.v[j].start < ce; j++) {
		const struct ex_mention *y = &ctx->m.v[j];
		int words = 0;

		for (size_t k = end; k < y->start; k++)
			if (ctx->text[k] == ',' || ctx->text[k] == ';' || (ctx->text[k] == ' ' && ++words > 4))
				return 0;
		if (y->kind == RULE_ACTOR || y->kind == RULE_TRIGGER)
			continue;   /* "on US corn", "on frozen poultry" */
		return y->kind == RULE_OBJECT && r->objects[y->value].measure < 0 &&
		    rules_object_covers(r, farm, y->value);
	}
	return 0;
}
/* ex_on_imports - 1 if the restrictions named by mention i are on imports: within
 * its noun phrase (no comma, at most six words, only parties and products named)
 * comes the noun "imports" ("lift restrictions on US beef imports", "curbs on
 * imports of corn" is matched whole).  Such curbs bar the other side's goods;
 * easing them is market access, not the easing of one's own export controls. */
static int
ex_on_imports(const struct ex_ctx *ctx, size_t i, size_t ce)
{
	const struct ex_mention *x = &ctx->m.v[i];

	/* "restrictions on US beef": a generic curb on another country's named goods
	 * bars their entry ("export restrictions on gallium" and "restrictions on
	 * Nvidia chips" stay export controls). */
	if (i + 2 < ctx->m.n && x->end + 4 <= ce && ex_ncasecmp(ctx->text + x->end, " on ", 4) == 0 &&
	    memmem(ctx->text + x->start, x->end - x->start, "xport", 5) == NULL) {
		const struct ex_mention *a = &ctx->m.v[i + 1], *g = &ctx->m.v[i + 2];

		if (a->kind == RULE_ACTOR && a->start == x->end + 4 && g->kind == RULE_OBJECT &&
		    ctx->r->objects[g->value].measure < 0 && g->start <= a->end + 1 && g->end < ce)
			return 1;
	}
	/* "repealed the restrictions on genetically modified corn": a generic curb
	 * on farm goods, which governments curb at the border, not at export. */
	if (x->end + 4 <= ce && strncasecmp(ctx->text + x->end, " on ", 4) == 0 &&
	    memmem(ctx->text + x->start, x->end - x->start, "xport", 5) == NULL &&
	    ex_farm_goods_after(ctx, i, ce))
		return 1;
	/* "restrictions on the shipments of rock lobster from Western Australia": goods
	 * coming from a party, within the phrase, bar their entry. */
	if (memmem(ctx->text + x->start, x->end - x->start, "xport", 5) == NULL &&
	    (ex_goods_from(ctx, i, ce) || ex_goods_named_before(ctx, i, ce)))
		return 1;
	return ex_np_reaches(ctx, i, ce, "import");
}
/* ex_participle - 1 if the past form at mention i qualifies the goods right before
 * it ("the surtax on EVs imported from China", "steel shipped into the EU"), or
 * an amount noun ("the amount invested in one year"): a reduced relative clause
 * qualifying a noun, not a verb. */
static int
ex_participle(const struct ex_ctx *ctx, size_t i, size_t ce)
{
	static const struct ex_word FROM[] = {EX_W("from"), EX_W("into")};
	/* "the amount invested in one year", "the volume purchased so far". */
	static const struct ex_word AMOUNT[] = {
	    EX_W("amount"), EX_W("amounts"), EX_W("sum"), EX_W("sums"), EX_W("volume"),
	    EX_W("volumes"), EX_W("quantity"), EX_W("quantities")};
	const struct ex_mention *x = &ctx->m.v[i], *p;
	size_t ws, wl;

	if (!x->past)
		return 0;
	wl = ex_word_before(ctx->text, x->start, 0, &ws);
	if (wl > 0 && ex_word_in(AMOUNT, EX_NWORDS(AMOUNT), ctx->text + ws, wl))
		return 1;
	if (i == 0)
		return 0;
	p = &ctx->m.v[i - 1];
	/* "canola seed imported from Canada": one head noun may stand between. */
	if (p->kind != RULE_OBJECT || ctx->r->objects[p->value].measure >= 0 ||
	    !ex_few_words(ctx->text, p->end, x->start, 1, 1))
		return 0;
	wl = ex_word_after(ctx->text, x->end, ce, &ws);
	return wl > 0 && ex_word_in(FROM, EX_NWORDS(FROM), ctx->text + ws, wl);
}
/* ex_restated_relative - 1 if the past trigger at mention i stands in a relative
 * clause ("that were paused in 2025", "which had been cut last year") whose verb
 * the main clause takes up again later in [x, ce) with a trigger of the same
 * class: "The tariffs that were paused in 2025 will stay paused through
 * November": the relative tells the measure's past, the main verb the news. */
static int
ex_restated_relative(const struct ex_ctx *ctx, size_t i, size_t cs, size_t ce)
{
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("were"), EX_W("been"), EX_W("had"), EX_W("has"), EX_W("have")};
	const struct ex_mention *x = &ctx->m.v[i];
	const char *t = ctx->text;
	size_t ws, wl, p = x->start;
	int w;

	if (!x->past)
		return 0;
	for (w = 0; w < 2 && (wl = ex_word_before(t, p, cs, &ws)) > 0 &&
	    ex_word_in(BE, EX_NWORDS(BE), t + ws, wl); w++)
		p = ws;
	if (w == 0 || (wl = ex_word_before(t, p, cs, &ws)) == 0 || !ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
		return 0;
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < ce; j++)
		if (ctx->m.v[j].kind == RULE_TRIGGER && ctx->m.v[j].value == x->value)
			return 1;
	return 0;
}
/* ex_alternative - 1 if the verb at pos follows "rather than" or "instead of" in
 * its clause, right after it or past "let it" ("allowing them to"): "will hold the tariff at 10% for another
 * 90 days rather than let it climb to 34%", "instead of raising it": the course
 * not taken, no act of its own. */
static int
ex_alternative(const char *t, size_t cs, size_t pos)
{
	static const struct ex_word LET[] = {
	    EX_W("let"), EX_W("letting"), EX_W("allow"), EX_W("allowing"), EX_W("it"),
	    EX_W("them"), EX_W("to")};
	size_t ws, wl, p = pos, ps, pl;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, p, cs, &ws)) > 0; w++, p = ws) {
		if (ws + wl < p && memchr(t + ws + wl, ',', p - ws - wl) != NULL)
			return 0;
		if ((pl = ex_word_before(t, ws, cs, &ps)) == 0)
			return 0;
		if ((wl == 4 && ex_ncasecmp(t + ws, "than", 4) == 0 && pl == 6 &&
		    ex_ncasecmp(t + ps, "rather", 6) == 0) ||
		    (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 && pl == 7 &&
		    ex_ncasecmp(t + ps, "instead", 7) == 0))
			return 1;
		/* only "let it", "allowing them to" between: "rather than the zero
		 * rate that was discussed" tells of a rate, not of a verb */
		if (!ex_word_in(LET, EX_NWORDS(LET), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_over_cause - 1 if the verb noun at anchor follows "over", "linked to" or a
 * sanction's "for" (a determiner or an adjective of origin aside): "the penalty it
 * imposed over purchases of Russian oil", "a penalty for Indian purchases of", "a
 * dispute over its tariff cuts", "the penalty linked to India's purchases of
 * Russian oil" name a cause or a topic, nobody's act.  The frame still bounds the
 * verb before it, so its goods are not that verb's. */
int
ex_over_cause(const char *t, size_t lo, size_t anchor, size_t anchor_end)
{
	static const struct ex_word LINKED[] = {
	    EX_W("linked"), EX_W("tied"), EX_W("related"), EX_W("due"), EX_W("owing")};
	static const struct ex_word PENALTY[] = {
	    EX_W("penalty"), EX_W("penalties"), EX_W("fine"), EX_W("fines"), EX_W("sanction"),
	    EX_W("sanctions"), EX_W("punishment"), EX_W("surcharge"), EX_W("levy")};
	size_t ws, wl = ex_word_before(t, anchor, lo, &ws), ls, ll, as;
	int owned = 0;

	/* "India\u2019s purchases": the curly apostrophe is no word byte, so the
	 * word before is the "s"; the owner before the apostrophe counts. */
	if (wl == 1 && ws >= lo + 4 && ex_possessive_len(t, ws - 3, ws + 1) == 4) {
		wl = ex_word_before(t, ws - 3, lo, &ws);
		owned = 1;
		if (wl > 0)
			wl = ex_word_before(t, ws, lo, &ws);
	} else if (wl > 0 && ws + wl < anchor && ex_determiner(t + ws, wl)) {
		wl = ex_word_before(t, ws, lo, &ws);
		owned = 1;
	/* "India's purchases", "Turkish purchases": a one-word owner, or a
	 * capitalised adjective of origin, counts as a determiner. */
	} else if ((wl > 2 && ex_ncasecmp(t + ws + wl - 2, "'s", 2) == 0) ||
	    (wl > 3 && t[ws] >= 'A' && t[ws] <= 'Z' && ws > lo)) {
		wl = ex_word_before(t, ws, lo, &ws);
		owned = 1;
	}
	/* "the penalty linked to India's purchases of Russian oil", "tied to". */
	if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0 &&
	    (ll = ex_word_before(t, ws, lo, &ls)) > 0 && ex_word_in(LINKED, EX_NWORDS(LINKED), t + ls, ll)) {
		/* "India is due to cut tariffs": "due to" and a bare verb is a
		 * schedule, no cause ("due to cuts", "due to the ban" are). */
		if (!owned && ll == 3 && ex_ncasecmp(t + ls, "due", 3) == 0 &&
		    (ll = ex_word_after(t, anchor, anchor_end, &as)) > 0 &&
		    t[as + ll - 1] != 's' && t[as + ll - 1] != 'S')
			return 0;
		return 1;
	}
	/* "the 25% penalty for Indian purchases of Russian oil": what a
	 * sanction punishes. */
	if (wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0 &&
	    (ll = ex_word_before(t, ws, lo, &ls)) > 0 && ex_word_in(PENALTY, EX_NWORDS(PENALTY), t + ls, ll))
		return 1;
	if (wl != 4 || ex_ncasecmp(t + ws, "over", 4) != 0)
		return 0;
	/* "is negotiating with Beijing over an exemption", "in talks over a cut":
	 * what is negotiated, proposed, not a cause. */
	for (int w = 0; w < 4 && (wl = ex_word_before(t, ws, lo, &ws)) > 0; w++)
		if ((wl >= 9 && ex_ncasecmp(t + ws, "negotiat", 8) == 0) ||
		    (wl == 5 && ex_ncasecmp(t + ws, "talks", 5) == 0) ||
		    (wl >= 7 && ex_ncasecmp(t + ws, "bargain", 7) == 0))
			return 0;
	return 1;
}
/* ex_verb_of_noun - which list, 1 (a) or 2 (b), holds the nearest of the five
 * words before the noun at anchor, with only spaces between them ("gave Nvidia
 * the nod", "has received US licences"), its start in *at; 0 when none does
 * or punctuation comes first. */
static int
ex_verb_of_noun(const char *t, size_t lo, size_t anchor, const struct ex_word *a, size_t na,
    const struct ex_word *b, size_t nb, size_t *at)
{
	size_t pos = anchor, ws, wl;

	for (int w = 0; w < 5 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		*at = ws;
		if (ex_word_in(a, na, t + ws, wl))
			return 1;
		if (ex_word_in(b, nb, t + ws, wl))
			return 2;
		if (ws + wl < pos && t[ws + wl] != ' ')
			return 0;
		pos = ws;
	}
	return 0;
}
/* ex_given_measure - 1 if the measure noun at anchor is the direct object of a
 * giving verb at most four words before it: "gave Nvidia the nod to sell",
 * "granted exporters the green light to ship"; 2 if that verb is past.  Its
 * "the" is idiom, no reference back to a known commitment. */
int
ex_given_measure(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word GIVE[] = {
	    EX_W("give"), EX_W("gives"), EX_W("giving"), EX_W("grant"), EX_W("grants"),
	    EX_W("granting")};
	static const struct ex_word GAVE[] = {
	    EX_W("gave"), EX_W("granted"), EX_W("handed")};
	size_t ws;

	switch (ex_verb_of_noun(t, lo, anchor, GAVE, EX_NWORDS(GAVE), GIVE, EX_NWORDS(GIVE), &ws)) {
	case 1:
		return ex_after_modal(t, lo, ws) ? 1 : 2;
	case 2:
		return 1;
	default:
		return 0;
	}
}
/* ex_received_measure - 1 if the measure noun at anchor is the object of a
 * past verb of receiving among the five words before it ("Nvidia has received
 * US licences", "obtained export licences", "won approval"; not "will receive"). */
static int
ex_received_measure(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word GOT[] = {
	    EX_W("received"), EX_W("obtained"), EX_W("secured"), EX_W("won"), EX_W("got")};
	size_t ws;

	return ex_verb_of_noun(t, lo, anchor, GOT, EX_NWORDS(GOT), NULL, 0, &ws) == 1 &&
	    !ex_after_modal(t, lo, ws);
}
/* ex_under_deal - 1 if [a,e) is "under" and a deal ("under the deal", "under its
 * trade pact", "under the framework agreement"; not "under export licensing"). */
int
ex_under_deal(const char *t, size_t a, size_t e)
{
	static const struct ex_word DEAL[] = {
	    EX_W("deal"), EX_W("agreement"), EX_W("pact"), EX_W("accord"), EX_W("framework")};
	size_t ws, wl = ex_word_before(t, e, a, &ws);

	return e - a > 9 && ex_ncasecmp(t + a, "under ", 6) == 0 && ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl);
}
/* ex_rate_change - 1 if frame f is the verbless "down from" of a rate ("a tariff of
 * 10 per cent, down from 27.5 per cent") or the "under the deal" of a rate goods
 * face (ex_under_deal_rate: "Japanese cars face a 15% tariff under the deal"). */
int
ex_rate_change(const char *t, const struct ex_frame *f)
{
	return (f->anchor_end - f->anchor == 9 && ex_ncasecmp(t + f->anchor, "down from", 9) == 0) ||
	    ex_under_deal(t, f->anchor, f->anchor_end);
}
/* ex_office_title - 1 if the capitalised trigger at [start,end) names an office
 * ("Investment, Trade and Industry Minister Tengku Zafrul", "the Ministry of
 * Investment and Trade", "Trade and Investment Secretary"): a title, no verb.
 * Capitalised words, commas and "and"/"of" may stand between it and the office
 * noun, five words at most. */
static int
ex_office_title(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word OFFICE[] = {
	    EX_W("Minister"), EX_W("Ministry"), EX_W("Ministers"), EX_W("Department"),
	    EX_W("Secretary"), EX_W("Board"), EX_W("Authority"), EX_W("Commission"),
	    EX_W("Agency"), EX_W("Committee"), EX_W("Council"), EX_W("Office"),
	    EX_W("Bureau"), EX_W("Commissioner")};
	static const struct ex_word JOIN[] = {EX_W("and"), EX_W("of"), EX_W("for")};
	size_t ws, wl, p = end;

	if (t[start] < 'A' || t[start] > 'Z')
		return 0;
	for (int w = 0; w < 5; w++, p = ws + wl) {
		for (ws = p; ws < hi && (t[ws] == ' ' || t[ws] == ','); ws++)
			;
		for (wl = 0; ws + wl < hi && ex_word_byte((unsigned char)t[ws + wl]); wl++)
			;
		if (wl == 0)
			return 0;
		if (ex_word_in(OFFICE, EX_NWORDS(OFFICE), t + ws, wl) && t[ws] >= 'A' && t[ws] <= 'Z')
			return 1;
		if (!(t[ws] >= 'A' && t[ws] <= 'Z') && !ex_word_in(JOIN, EX_NWORDS(JOIN), t + ws, wl))
			break;
	}
	p = start;
	for (int w = 0; w < 5 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (ex_word_in(OFFICE, EX_NWORDS(OFFICE), t + ws, wl) && t[ws] >= 'A' && t[ws] <= 'Z')
			return w > 0;
		if (!(t[ws] >= 'A' && t[ws] <= 'Z') && !ex_word_in(JOIN, EX_NWORDS(JOIN), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_price_after - 1 if a price opens t[p,hi): "$265", "about $223", "US$ 410",
 * "EUR" sign, "a discount"/"a premium" ("about" and the like aside; a bare
 * number or a rate, "capped at 15%", is none). */
static int
ex_price_after(const char *t, size_t p, size_t hi)
{
	static const struct ex_word ABOUT[] = {
	    EX_W("about"), EX_W("around"), EX_W("roughly"), EX_W("nearly"), EX_W("some"),
	    EX_W("just"), EX_W("under"), EX_W("over"), EX_W("US"), EX_W("A")};
	static const struct ex_word SPREAD[] = {
	    EX_W("discount"), EX_W("premium"), EX_W("steep"), EX_W("small"), EX_W("slight"),
	    EX_W("hefty"), EX_W("big")};
	size_t ws, wl;

	/* "were offered at a discount of about 40 cents", "at a premium to". */
	if ((wl = ex_word_after(t, p, hi, &ws)) == 1 && (t[ws] == 'a' || t[ws] == 'A') &&
	    (wl = ex_word_after(t, ws + 1, hi, &ws)) > 0 && ex_word_in(SPREAD, EX_NWORDS(SPREAD), t + ws, wl))
		return 1;
	while ((wl = ex_word_after(t, p, hi, &ws)) > 0 && ex_word_in(ABOUT, EX_NWORDS(ABOUT), t + ws, wl))
		p = ws + wl;
	while (p < hi && t[p] == ' ')
		p++;
	return p < hi && (t[p] == '$' || (p + 3 <= hi && strncmp(t + p, "\xe2\x82\xac", 3) == 0));
}
/* ex_shared_modal - 1 if the verb at [start,end), a form that is both base and
 * past ("cut", "set", not "-ed"), follows "and" and a "will", "would" or "shall"
 * stands earlier in its clause from cs (within 240 bytes): "will open a quota of
 * 30,000 tonnes, and cut its tariffs", "will buy more U.S. LNG and cut its
 * tariffs" cut nothing yet (the dots of "U.S." end no sentence). */
static int
ex_shared_modal(const char *t, size_t cs, size_t start, size_t end)
{
	static const struct ex_word MODAL[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall")};
	size_t ws, wl = ex_word_before(t, start, 0, &ws), lo = start > cs + 240 ? start - 240 : cs;

	if (end - start < 2 || ex_ncasecmp(t + end - 2, "ed", 2) == 0 || wl != 3 ||
	    ex_ncasecmp(t + ws, "and", 3) != 0)
		return 0;
	for (size_t p = ws; p > lo; p--) {
		if (t[p - 1] == '\n')
			return 0;
		if (ex_word_byte((unsigned char)t[p - 1]) && !ex_word_byte((unsigned char)t[p]) &&
		    (wl = ex_word_before(t, p, lo, &ws)) > 0 && ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_lower_adjective - 1 if the trigger at [start,end) is the word "lower" right
 * after a determiner or a possessive that opens the clause or follows "that" or
 * "said" ("The lower US tariff applies to goods entered since November 14",
 * "said the lower 15% tariff on Japanese cars, which took effect in September,
 * was not affected", "Washington's lower duty has lifted orders"): the
 * adjective of a rate already cut, the subject its predicate tells of, read as
 * "the reduced rate" is.  Not with a modal after it in [end,hi) ("the lower rate
 * should apply within weeks"), nor as an object ("had bought the lower rate",
 * "the gain is the lower tariff"). */
static int
ex_lower_adjective(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word OPEN[] = {
	    EX_W("that"), EX_W("said"), EX_W("says")};
	static const struct ex_word MODAL[] = {
	    EX_W("will"), EX_W("would"), EX_W("should"), EX_W("could"), EX_W("may"),
	    EX_W("might"), EX_W("must"), EX_W("shall"), EX_W("expected"), EX_W("once")};
	size_t ws, wl, lim = end + 240 < hi ? end + 240 : hi;

	if (end - start != 5 || ex_ncasecmp(t + start, "lower", 5) != 0 ||
	    (wl = ex_word_before(t, start, lo, &ws)) == 0)
		return 0;
	/* "Washington’s": the curly mark is no word byte; its "s" stands alone. */
	if (wl == 1 && (t[ws] == 's' || t[ws] == 'S') && ws >= lo + 3 && ex_possessive_len(t, ws - 3, ws + 1) == 4)
		wl = ex_word_before(t, ws - 3, lo, &ws);
	else if (!ex_determiner(t + ws, wl) && !(wl > 2 && ex_possessive_len(t, ws + wl - 2, ws + wl) == 2))
		return 0;
	if (wl == 0)
		return 0;
	if ((wl = ex_word_before(t, ws, lo, &ws)) > 0 && !ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl))
		return 0;
	for (size_t p = end; p < lim; p++)
		if (ex_word_byte((unsigned char)t[p]) && !ex_word_byte((unsigned char)t[p - 1]) &&
		    (wl = ex_word_after(t, p, lim, &ws)) > 0 && ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
			return 0;
	return 1;
}
/* ex_noun_form - 1 if the trigger at [start,end), a form both base and past
 * ("cut", "set"), follows a determiner: a noun ("the cut"); also after a levy's
 * noun that follows a determiner or a possessive, as the subject of a modal or
 * a present auxiliary ("the tariff cut will take effect", "Seoul's duty cut
 * has not been applied", "the tariff cut on cars will be published";
 * "obtained a tariff cut from" is read with its verb); after "this" or "that"
 * only as the subject of a modal or a present auxiliary ("That cut is still
 * pending", "the tariff cut remains pending": no past act). */
static int
ex_noun_form(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word LEVY[] = {
	    EX_W("tariff"), EX_W("duty"), EX_W("levy"), EX_W("tax"), EX_W("rate")};
	static const struct ex_word AUX[] = {
	    EX_W("will"), EX_W("would"), EX_W("could"), EX_W("should"), EX_W("may"),
	    EX_W("might"), EX_W("must"), EX_W("shall"), EX_W("is"), EX_W("has"),
	    EX_W("remains")};
	static const struct ex_word DEMO[] = {EX_W("this"), EX_W("that")};
	size_t ws, wl, ds, dl;

	if (end - start < 2 || ex_ncasecmp(t + end - 2, "ed", 2) == 0)
		return 0;
	wl = ex_word_before(t, start, lo, &ws);
	/* "That cut is still pending", "this cut remains on hold": after "this"
	 * or "that" only before a verb of being or a modal ("the goods that
	 * cut ... " is a relative pronoun with its verb). */
	if (wl == 4 && ex_word_in(DEMO, EX_NWORDS(DEMO), t + ws, wl))
		return (dl = ex_word_after(t, end, hi, &ds)) > 0 && ds == end + 1 &&
		    ex_word_in(AUX, EX_NWORDS(AUX), t + ds, dl);
	if (wl > 0 && ex_word_in(LEVY, EX_NWORDS(LEVY), t + ws, wl)) {
		size_t as, al = ex_word_after(t, end, hi, &as);
		int w = 0, joined = 0;

		/* "the tariff cut on cars will be published": its own goods may
		 * come between the noun and the modal (no comma). */
		if (al == 2 && ex_ncasecmp(t + as, "on", 2) == 0)
			for (; w < 6 && al > 0 && !ex_word_in(AUX, EX_NWORDS(AUX), t + as, al); w++)
				al = ex_word_after(t, as + al, hi, &as);
		/* "the tariff cut and the promise on precursors are the results":
		 * a subject joined to another, "are" its verb (no comma). */
		else if (al == 3 && ex_ncasecmp(t + as, "and", 3) == 0) {
			for (; w < 8 && al > 0 && !(al == 3 && ex_ncasecmp(t + as, "are", 3) == 0); w++)
				al = ex_word_after(t, as + al, hi, &as);
			if (!(al == 3 && ex_ncasecmp(t + as, "are", 3) == 0))
				return 0;
			joined = 1;
		}
		if (!joined && (al == 0 || w == 6 || !ex_word_in(AUX, EX_NWORDS(AUX), t + as, al)))
			return 0;
		if ((wl = ex_word_before(t, ws, lo, &ws)) == 0)
			return 0;
		/* "the fentanyl tariff cut is", "Japan's auto tariff cut has":
		 * one word naming the levy may stand between the determiner and
		 * its noun. */
		if (!ex_determiner(t + ws, wl) && !(ws + wl >= lo + 2 && ex_possessive_len(t, ws + wl - 2, ws + wl) == 2) &&
		    !(ws + wl >= lo + 4 && ex_possessive_len(t, ws + wl - 4, ws + wl) == 4) &&
		    (wl = ex_word_before(t, ws, lo, &ws)) == 0)
			return 0;
		/* "Seoul's" or "Seoul’s" (the curly apostrophe ends the word
		 * before its "s"). */
		return ex_determiner(t + ws, wl) ||
		    (ws + wl >= lo + 2 && ex_possessive_len(t, ws + wl - 2, ws + wl) == 2) ||
		    (ws + wl >= lo + 4 && ex_possessive_len(t, ws + wl - 4, ws + wl) == 4);
	}
	return wl > 0 && ex_determiner(t + ws, wl);
}
/* ex_rate_in_force - 1 if a rate ("10%", "15 per cent", "zero", "duty-free")
 * stands in the 100 bytes before pos (no further than lo or a comma: "the
 * tariff, cut to 15% under the deal, has applied since" leaves its subject
 * to the cut) and no word of a rate imposed or raised ("punitive",
 * "additional", "raised") does. */
static int
ex_rate_in_force(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word IMPOSED[] = {
	    EX_W("punitive"), EX_W("retaliatory"), EX_W("additional"), EX_W("extra"),
	    EX_W("higher"), EX_W("penalty"), EX_W("imposed"), EX_W("raised"), EX_W("hiked"),
	    EX_W("increased"), EX_W("new"), EX_W("reciprocal"), EX_W("anti-dumping"),
	    EX_W("countervailing"), EX_W("safeguard")};
	size_t k = pos > lo + 100 ? pos - 100 : lo, e;
	int rate = 0;

	for (e = pos; e > k; e--)
		if ((t[e - 1] == ',' || t[e - 1] == ';') && t[e] == ' ')
			break;
	/* ", a rate that has applied since": an aside naming the rate of the
	 * clause before ("stays at 15%, a rate that ..."), read with it. */
	if (e > k && t[e - 1] == ',' && pos - e <= 16 &&
	    (ex_ncasecmp(t + e, " a rate that ", 13) == 0 || ex_ncasecmp(t + e, " a rate which ", 14) == 0 ||
	    ex_ncasecmp(t + e, " a level that ", 14) == 0))
		for (e--; e > k; e--)
			if ((t[e - 1] == ',' || t[e - 1] == ';') && t[e] == ' ')
				break;
	/* "The 15% ceiling on most EU goods, including cars, has applied
	 * since": the goods an aside lists belong to the clause before it. */
	if (e > k && t[e - 1] == ',' && pos - e <= 1) {
		size_t a = e - 1;

		while (a > k && !((t[a - 1] == ',' || t[a - 1] == ';') && t[a] == ' '))
			a--;
		if (a > k && t[a - 1] == ',' && ex_ncasecmp(t + a, " including ", 11) == 0)
			for (e = a - 1; e > k; e--)
				if ((t[e - 1] == ',' || t[e - 1] == ';') && t[e] == ' ')
					break;
	}
	k = e;

	for (; k < pos; k = e + 1) {
		for (e = k; e < pos && (ex_word_byte((unsigned char)t[e]) || t[e] == '-'); e++)
			continue;
		if (e == k || (k > lo && ex_word_byte((unsigned char)t[k - 1])))
			continue;
		if (ex_word_in(IMPOSED, EX_NWORDS(IMPOSED), t + k, e - k))
			return 0;
		if ((e - k == 4 && ex_ncasecmp(t + k, "zero", 4) == 0) ||
		    (e - k == 9 && ex_ncasecmp(t + k, "duty-free", 9) == 0) ||
		    (e - k == 11 && ex_ncasecmp(t + k, "tariff-free", 11) == 0) ||
		    (t[k] >= '0' && t[k] <= '9' && (t[e] == '%' ||
		    ex_ncasecmp(t + e, " per cent", 9) == 0 || ex_ncasecmp(t + e, " percent", 8) == 0)))
			rate = 1;
	}
	return rate;
}
/* ex_ceiling_in_force - 1 if the "applies ..." trigger at [start,end) has a word
 * of a ceiling ("ceiling", "cap", "maximum") and a rate in its clause: after it
 * ("applies a maximum tariff of 15% on"), or before "applies to" ("the ceiling
 * of 15 percent applies to"). */
static int
ex_ceiling_in_force(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word CEIL[] = {
	    EX_W("ceiling"), EX_W("cap"), EX_W("maximum")};
	int to = ex_ncasecmp(t + end - 3, " to", 3) == 0;
	size_t a = to ? (start > lo + 100 ? start - 100 : lo) : end, b = to ? start : end, k, e;
	int ceil = 0, rate = 0;

	if (to) {
		for (k = b; k > a && t[k - 1] != ',' && t[k - 1] != ';'; k--)
			continue;
		a = k;
	} else {
		for (b = end; b < hi && b < end + 80 && t[b] != ',' && t[b] != ';' && t[b] != '.'; b++)
			continue;
	}
	for (k = a; k < b; k = e + 1) {
		for (e = k; e < b && (ex_word_byte((unsigned char)t[e]) || t[e] == '-'); e++)
			continue;
		if (e > k && ex_word_in(CEIL, EX_NWORDS(CEIL), t + k, e - k))
			ceil = 1;
		if (e > k && t[k] >= '0' && t[k] <= '9' && (t[e] == '%' ||
		    ex_ncasecmp(t + e, " per cent", 9) == 0 || ex_ncasecmp(t + e, " percent", 8) == 0))
			rate = 1;
	}
	return ceil && (to ? ex_rate_in_force(t, lo, start) : rate);
}
/* ex_lowers_other - 1 if the trigger at [start,end) is a verb of lowering whose
 * object is no measure but a dependence or a harm: "seeks to reduce Canada's
 * dependence on the United States amid tariffs", "to cut its reliance on
 * Chinese suppliers", "reduce its exposure to U.S. tariffs", "lower the impact
 * of the duties" (a determiner, a possessive or a modifier between, two words
 * at most). */
static int
ex_lowers_other(const char *t, size_t start, size_t end, size_t hi)
{
	static const struct ex_word LOWER[] = {
	    EX_W("reduce"), EX_W("reduces"), EX_W("reduced"), EX_W("reducing"), EX_W("cut"),
	    EX_W("cuts"), EX_W("cutting"), EX_W("lower"), EX_W("lowers"), EX_W("lowered"),
	    EX_W("lowering"), EX_W("ease"), EX_W("eases"), EX_W("eased"), EX_W("easing")};
	static const struct ex_word OTHER[] = {
	    EX_W("dependence"), EX_W("dependency"), EX_W("reliance"), EX_W("exposure"),
	    EX_W("vulnerability"), EX_W("impact"), EX_W("effects"),
	    EX_W("pain"), EX_W("damage"), EX_W("fallout"), EX_W("toll")};
	size_t ws, wl, p = end;

	if (!ex_word_in(LOWER, EX_NWORDS(LOWER), t + start, end - start))
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++) {
		if (ex_word_in(OTHER, EX_NWORDS(OTHER), t + ws, wl))
			return 1;
		p = ws + wl;
		p += ex_possessive_len(t, p, hi);
	}
	return 0;
}
/* ex_paid_rate - 1 if the verb of paying at [start,end) names a rate goods pay
 * in place of a higher one: a percentage right after it ("a" or "the"
 * between at most), then "rather than", "instead of", "in place of", "in
 * lieu of" or "down from" in the clause, or "since" right after the rate
 * ("Korean cars still pay 15% rather than 25%", "Cars have paid 15% since
 * the autumn"); not "paid 15% more", nor a rate its own noun follows ("pay a
 * 19% duty"), nor a rate with no older one. */
int
ex_paid_rate(const char *t, size_t end, size_t hi)
{
	static const char *const THAN[] = {
	    "rather than ", "instead of ", "in place of ", "in lieu of ", "down from "};
	static const struct ex_word NEXT[] = {
	    EX_W("rather"), EX_W("instead"), EX_W("in"), EX_W("down"), EX_W("now"), EX_W("still")};
	size_t ws, wl, k;
	int only = 0;

	wl = ex_word_after(t, end, hi, &ws);
	/* "Brazilian beef and coffee pay only the 10 percent baseline", "now
	 * pay only the 10% baseline tariff": the rate left after a cut, told
	 * as what the goods pay (the gold of corpus37, 53, 62 and 64 reads it
	 * so), even with the rate's own noun after it.  Not "pay only 5% more
	 * than a year ago": a difference, no rate. */
	if (wl == 4 && ex_ncasecmp(t + ws, "only", 4) == 0) {
		only = 1;
		wl = ex_word_after(t, ws + wl, hi, &ws);
	}
	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_after(t, ws + wl, hi, &ws);
	if (wl == 0 || t[ws] < '0' || t[ws] > '9')
		return 0;
	for (k = ws; k < hi && ((t[k] >= '0' && t[k] <= '9') || t[k] == '.'); k++)
		;
	if (k < hi && t[k] == '%')
		k++;
	else if (hi - k >= 8 && ex_ncasecmp(t + k, " percent", 8) == 0)
		k += 8;
	else if (hi - k >= 9 && ex_ncasecmp(t + k, " per cent", 9) == 0)
		k += 9;
	else
		return 0;
	wl = ex_word_after(t, k, hi, &ws);
	if (only)
		return !((wl == 4 && ex_ncasecmp(t + ws, "more", 4) == 0) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "less", 4) == 0));
	if (wl == 5 && ex_ncasecmp(t + ws, "since", 5) == 0)
		return 1;
	/* "will pay a 19% U.S. duty ..., down from 36%": the rate's own noun
	 * follows, a frame of its own. */
	if (wl > 0 && memchr(t + k, ',', ws - k) == NULL && !ex_word_in(NEXT, EX_NWORDS(NEXT), t + ws, wl))
		return 0;
	for (size_t p = k; p < hi && t[p] != ';' && !(t[p] == '.' && p + 1 < hi && t[p + 1] == ' '); p++)
		for (size_t j = 0; j < EX_NWORDS(THAN); j++)
			if (hi - p >= strlen(THAN[j]) && ex_ncasecmp(t + p, THAN[j], strlen(THAN[j])) == 0)
				return 1;
	return 0;
}
/* ex_pay_verb - 1 if [start,end) is a form of "pay". */
int
ex_pay_verb(const char *t, size_t start, size_t end)
{
	static const struct ex_word PAY[] = {
	    EX_W("pay"), EX_W("pays"), EX_W("paid"), EX_W("paying")};

	return ex_word_in(PAY, EX_NWORDS(PAY), t + start, end - start);
}
/* ex_not_a_verb - 1 if the trigger at [start,end) is part of another word or of a
 * fixed noun: "under-investment", "an executive order", "a memorandum order", "a bilateral investment
 * treaty", "investment banks", "investment decisions", "import prices", "cleared customs"; "down from"
 * not before a rate; "double", "triple", "quadruple" with no object after them;
 * a verb before "at" and a price ("was offered at $265 a tonne"); "approved a
 * loan"; "capping a two-year dispute"; "has made clear"; "under export
 * licensing" before "control". */
static int
ex_not_a_verb(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word PREFIX[] = {
	    EX_W("under"), EX_W("over"), EX_W("non"), EX_W("mis"), EX_W("dis"), EX_W("counter")};
	static const struct ex_word ORDER[] = {
	    EX_W("executive"), EX_W("presidential"), EX_W("court"), EX_W("administrative"),
	    EX_W("ministerial"), EX_W("emergency"), EX_W("restraining"), EX_W("gag"),
	    EX_W("memorandum"), EX_W("departmental"), EX_W("quarantine")};
	static const struct ex_word DATE_PREP[] = {
	    EX_W("by"), EX_W("until"), EX_W("till"), EX_W("before"), EX_W("at"), EX_W("from"),
	    EX_W("around"), EX_W("toward"), EX_W("towards"), EX_W("near"), EX_W("after")};
	static const struct ex_word INVEST[] = {
	    EX_W("treaty"), EX_W("treaties"), EX_W("protection"), EX_W("screening"),
	    EX_W("climate"), EX_W("regime"), EX_W("rules"), EX_W("policy"), EX_W("law"),
	    EX_W("laws"), EX_W("bank"), EX_W("banks"), EX_W("banker"), EX_W("bankers"),
	    EX_W("banking"), EX_W("grade"), EX_W("dispute"), EX_W("disputes"), EX_W("chapter"),
	    EX_W("chapters"), EX_W("part"), EX_W("parts"), EX_W("pillar"), EX_W("pillars"),
	    EX_W("provisions"), EX_W("section"), EX_W("forum"), EX_W("dialogue"), EX_W("board"),
	    EX_W("agency"), EX_W("ministry"), EX_W("minister"), EX_W("committee"), EX_W("council"),
	    EX_W("framework"), EX_W("conference"), EX_W("summit"), EX_W("talks"),
	    EX_W("decision"), EX_W("decisions")};
	static const struct ex_word FALL[] = {
	    EX_W("fall"), EX_W("falls"), EX_W("fell"), EX_W("falling")};
	static const struct ex_word FIGURE[] = {
	    EX_W("prices"), EX_W("price"), EX_W("data"), EX_W("figures"), EX_W("statistics"),
	    EX_W("costs"), EX_W("bill"), EX_W("volumes"), EX_W("values")};
	static const struct ex_word ATTRIB[] = {
	    EX_W("make"), EX_W("makes"), EX_W("made"), EX_W("making"), EX_W("find"),
	    EX_W("finds"), EX_W("found"), EX_W("render"), EX_W("renders"), EX_W("of"),
	    EX_W("on"), EX_W("for"), EX_W("against"), EX_W("than"), EX_W("with"), EX_W("cheap"),
	    EX_W("cheaper"), EX_W("costly"), EX_W("costlier"), EX_W("these"), EX_W("those"),
	    EX_W("this"), EX_W("that"), EX_W("all"), EX_W("most"), EX_W("many"), EX_W("some")};
	static const struct ex_word LAPSE[] = {
	    EX_W("ends"), EX_W("ended"), EX_W("expires"), EX_W("expired"), EX_W("lapses"),
	    EX_W("lapsed"), EX_W("runs"), EX_W("ran"), EX_W("is"), EX_W("was")};
	static const struct ex_word UNTIL[] = {
	    EX_W("before"), EX_W("until"), EX_W("till"), EX_W("after"), EX_W("when"), EX_W("once")};
	static const struct ex_word STORY[] = {
	    EX_W("row"), EX_W("dispute"), EX_W("feud"), EX_W("standoff"), EX_W("spat"),
	    EX_W("saga"), EX_W("war"), EX_W("year"), EX_W("years"), EX_W("month"), EX_W("months"),
	    EX_W("week"), EX_W("weeks"), EX_W("decade"), EX_W("run"), EX_W("series"),
	    EX_W("streak"), EX_W("process"), EX_W("talks"), EX_W("negotiations"), EX_W("campaign")};
	static const struct ex_word MAKE[] = {
	    EX_W("make"), EX_W("makes"), EX_W("made"), EX_W("making")};
	static const struct ex_word LOAN[] = {
	    EX_W("loan"), EX_W("loans"), EX_W("guarantee"), EX_W("guarantees"), EX_W("subsidy"),
	    EX_W("subsidies")};
	static const struct ex_word LOSE[] = {
	    EX_W("lost"), EX_W("lose"), EX_W("loses"), EX_W("losing")};
	/* "another open question", "an open issue": an adjective of doubt. */
	static const struct ex_word DOUBT[] = {
	    EX_W("question"), EX_W("questions"), EX_W("issue"), EX_W("issues"), EX_W("secret"),
	    EX_W("letter"), EX_W("mind"), EX_W("debate")};
	static const struct ex_word ENDS[] = {
	    EX_W("end"), EX_W("ends"), EX_W("ended"), EX_W("ending"), EX_W("close"),
	    EX_W("closes"), EX_W("closed"), EX_W("halt"), EX_W("halts"), EX_W("halted"),
	    EX_W("stop"), EX_W("stops"), EX_W("stopped"), EX_W("suspended"), EX_W("froze"),
	    EX_W("frozen"), EX_W("terminated")};
	static const struct ex_word AUX[] = {
	    EX_W("was"), EX_W("were"), EX_W("is"), EX_W("are"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("been")};
	static const struct ex_word MEETING[] = {
	    EX_W("talks"), EX_W("negotiations"), EX_W("meeting"), EX_W("meetings"),
	    EX_W("session"), EX_W("sessions"), EX_W("round"), EX_W("summit"), EX_W("visit"),
	    EX_W("conference"), EX_W("consultations"), EX_W("dialogue"), EX_W("discussions"),
	    EX_W("hearing"), EX_W("hearings")};
	size_t ws, wl;

	if (ex_office_title(t, lo, start, end, hi))
		return 1;
	if (end - start == 4 && ex_ncasecmp(t + start, "open", 4) == 0 &&
	    (wl = ex_word_after(t, end, hi, &ws)) > 0 && ws == end + 1 &&
	    ex_word_in(DOUBT, EX_NWORDS(DOUBT), t + ws, wl))
		return 1;
	if (start >= lo + 2 && t[start - 1] == '-') {
		wl = ex_word_before(t, start - 1, lo, &ws);
		if (wl > 0 && ws + wl == start - 1 && ex_word_in(PREFIX, EX_NWORDS(PREFIX), t + ws, wl))
			return 1;
	}
	/* "the first session ended without any agreement on port fees", "talks
	 * were suspended", "the summit closed with no deal on rice": a meeting
	 * that ended, no measure ended. */
	if (ex_word_in(ENDS, EX_NWORDS(ENDS), t + start, end - start)) {
		wl = ex_word_before(t, start, lo, &ws);
		for (int w = 0; w < 2 && wl > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl); w++)
			wl = ex_word_before(t, ws, lo, &ws);
		if (wl > 0 && ex_word_in(MEETING, EX_NWORDS(MEETING), t + ws, wl))
			return 1;
	}
	/* "Samsung opened a chip plant in Texas", "has opened a new car factory
	 * near Szeged", "opened a separation line in Malaysia": a company's works
	 * opened, no market opened.  The facility word stands alone (one of them,
	 * not "plants"; "line" after a noun of its own) and ends its phrase: "the
	 * beef plant registrations" are a market's rule. */
	if ((end - start >= 4 && ex_ncasecmp(t + start, "open", 4) == 0) ||
	    (end - start >= 6 && ex_ncasecmp(t + start, "reopen", 6) == 0)) {
		size_t p = end;

		wl = ex_word_after(t, p, hi, &ws);
		if (wl > 0 && ex_determiner(t + ws, wl) && ws == end + 1)
			for (int w = 0; w < 7 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl)
				if ((ex_facility_at(t, hi, ws) && t[ws + wl - 1] != 's') ||
				    (w > 1 && wl == 4 && ex_ncasecmp(t + ws, "line", 4) == 0)) {
					size_t ns, nl = ex_word_after(t, ws + wl, hi, &ns);

					if (nl == 0 || t[ws + wl] == ',' || t[ws + wl] == '.' ||
					    (nl == 2 && (ex_ncasecmp(t + ns, "in", 2) == 0 ||
					    ex_ncasecmp(t + ns, "at", 2) == 0)) ||
					    (nl == 4 && ex_ncasecmp(t + ns, "near", 4) == 0))
						return 1;
					break;
				}
	}
	/* "the curbs China imposed during the diplomatic freeze", "since the
	 * freeze in relations": a period of cold ties, no measure frozen. */
	if (end - start == 6 && ex_ncasecmp(t + start, "freeze", 6) == 0) {
		static const struct ex_word DURING[] = {
		    EX_W("during"), EX_W("since"), EX_W("amid"), EX_W("throughout"), EX_W("before"),
		    EX_W("after"), EX_W("until"), EX_W("through"), EX_W("in")};
		static const struct ex_word TIES[] = {
		    EX_W("relations"), EX_W("ties"), EX_W("diplomatic"), EX_W("political")};

		if ((wl = ex_word_after(t, end, hi, &ws)) == 2 && ex_ncasecmp(t + ws, "in", 2) == 0 &&
		    (wl = ex_word_after(t, ws + wl, hi, &ws)) > 0 && ex_word_in(TIES, EX_NWORDS(TIES), t + ws, wl))
			return 1;
		wl = ex_word_before(t, start, lo, &ws);
		if (wl > 0 && !ex_determiner(t + ws, wl))
			wl = ex_word_before(t, ws, lo, &ws);
		if (wl > 0 && ex_determiner(t + ws, wl) &&
		    (wl = ex_word_before(t, ws, lo, &ws)) > 0 && ex_word_in(DURING, EX_NWORDS(DURING), t + ws, wl))
			return 1;
	}
	/* "by the end of November": a date, not a verb. */
	if (end - start == 3 && ex_ncasecmp(t + start, "end", 3) == 0) {
		static const struct ex_word USE[] = {
		    EX_W("user"), EX_W("users"), EX_W("use"), EX_W("uses"), EX_W("-user"),
		    EX_W("-users"), EX_W("-use")};

		wl = ex_word_after(t, end, hi, &ws);
		/* "military end users", "end-use checks": a noun. */
		if (wl > 0 && ex_word_in(USE, EX_NWORDS(USE), t + ws, wl))
			return 1;
		if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 &&
		    (wl = ex_word_before(t, start, lo, &ws)) == 3 && ex_ncasecmp(t + ws, "the", 3) == 0 &&
		    (wl = ex_word_before(t, ws, lo, &ws)) > 0 && ex_word_in(DATE_PREP, EX_NWORDS(DATE_PREP), t + ws, wl))
			return 1;
	}
	/* "goods that fall outside the pact", "a rule that falls within the
	 * bloc's competence": belonging to a class, no rate falling ("would fall
	 * within weeks" still falls). */
	if (end - start >= 4 && ex_ncasecmp(t + start, "f", 1) == 0 &&
	    ex_word_in(FALL, EX_NWORDS(FALL), t + start, end - start) &&
	    (wl = ex_word_after(t, end, hi, &ws)) > 0 &&
	    ((wl == 7 && ex_ncasecmp(t + ws, "outside", 7) == 0) ||
	    (wl == 6 && ex_ncasecmp(t + ws, "within", 6) == 0 &&
	    (wl = ex_word_after(t, ws + wl, hi, &ws)) > 0 && ex_determiner(t + ws, wl))))
		return 1;
	/* "was still set to take effect": scheduled, not a rate set ("set to 15%"). */
	if ((end - start == 3 && ex_ncasecmp(t + start, "set", 3) == 0) ||
	    (end - start == 4 && ex_ncasecmp(t + start, "sets", 4) == 0)) {
		wl = ex_word_after(t, end, hi, &ws);
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) {
			wl = ex_word_after(t, ws + 2, hi, &ws);
			return wl > 0 && !(t[ws] >= '0' && t[ws] <= '9') && !(wl == 4 && ex_ncasecmp(t + ws, "zero", 4) == 0);
		}
	}
	/* "cut tariffs on US beef to zero, subject to a quota", "to zero from April 1": the
	 * rate a cut goes to, not the verb of "to zero out tariffs" or "to zero tariffs". */
	if (end - start == 4 && strncasecmp(t + start, "zero", 4) == 0) {
		static const struct ex_word AFTER[] = {
		    EX_W("by"), EX_W("from"), EX_W("on"), EX_W("in"), EX_W("within"), EX_W("for"),
		    EX_W("under"), EX_W("as"), EX_W("and"), EX_W("or"), EX_W("over"), EX_W("after"),
		    EX_W("before"), EX_W("once"), EX_W("when"), EX_W("starting"), EX_W("effective"),
		    EX_W("until"), EX_W("at"), EX_W("with")};

		wl = ex_word_after(t, end, hi, &ws);
		if (wl == 0 || memchr(t + end, ',', ws - end) != NULL || memchr(t + end, '.', ws - end) != NULL ||
		    memchr(t + end, ';', ws - end) != NULL || ex_word_in(AFTER, EX_NWORDS(AFTER), t + ws, wl))
			return 1;
	}
	/* "quadruple Argentina's quota", "double its quota": a multiplying verb acts
	 * only on an object right after it, a determiner or a party; "imports would
	 * have to triple from their 2017 level" is a figure. */
	if ((end - start >= 6 && ex_ncasecmp(t + start, "doubl", 5) == 0) ||
	    (end - start >= 6 && ex_ncasecmp(t + start, "tripl", 5) == 0) ||
	    (end - start >= 9 && ex_ncasecmp(t + start, "quadrupl", 8) == 0)) {
		wl = ex_word_after(t, end, hi, &ws);
		return wl == 0 || ws != end + 1 || !(ex_determiner(t + ws, wl) || (t[ws] >= 'A' && t[ws] <= 'Z'));
	}
	/* "still pay 15% rather than 25%": a rate paid in place of an older one. */
	if (ex_pay_verb(t, start, end))
		return !ex_paid_rate(t, end, hi);
	/* "down from 27.5%", "down from the 32% rate", "down from more than
	 * 100%": a rate change; not "down from an earlier estimate of 3.6
	 * trillion yen". */
	if (end - start == 9 && ex_ncasecmp(t + start, "down from", 9) == 0) {
		wl = ex_word_after(t, ex_rate_hedge(t, end, hi), hi, &ws);
		if (wl > 0 && ex_determiner(t + ws, wl))
			wl = ex_word_after(t, ws + wl, hi, &ws);
		if (wl == 0 || t[ws] < '0' || t[ws] > '9')
			return 1;
		for (size_t k = ws; k < hi && k < ws + 16; k++)
			if (t[k] == '%' || (hi - k >= 9 && ex_ncasecmp(t + k, " per cent", 9) == 0) ||
			    (hi - k >= 8 && ex_ncasecmp(t + k, " percent", 8) == 0))
				return 0;
		return 1;
	}
	/* "The 10% tariff on UK cars has applied since June", "the zero rate has
	 * applied since": a rate in force, so a cut done; not with no rate before,
	 * nor a rate imposed ("the punitive 50% tariff has applied since"). */
	if (end - start >= 17 && ex_ncasecmp(t + end - 13, "applied since", 13) == 0)
		return !ex_rate_in_force(t, lo, start);
	/* "applies the 15% all-inclusive ceiling to EU goods", "the ceiling of 15
	 * percent applies to": a ceiling in force; "applies" alone states a
	 * tariff ("the 40% tariff still applies to"), so only with a word of a
	 * ceiling and a rate in its clause. */
	if (end - start >= 9 && ex_ncasecmp(t + start, "applies ", 8) == 0)
		return !ex_ceiling_in_force(t, lo, start, end, hi);
	/* "has applied a 15% ceiling on EU cars since August", "has applied its
	 * 10% tariff to British cars since June 30": the same rate in force, its
	 * date after the goods; the rate must open the object. */
	if (end - start >= 13 && (ex_ncasecmp(t + start + 4, "applied ", 8) == 0 ||
	    ex_ncasecmp(t + start + 5, "applied ", 8) == 0)) {
		static const struct ex_word RATE_NOUN[] = {
		    EX_W("ceiling"), EX_W("cap"), EX_W("tariff"), EX_W("duty"), EX_W("maximum"),
		    EX_W("rate"), EX_W("all-inclusive")};
		size_t k;

		/* "has applied a ceiling of 15 percent on", "has applied a
		 * tariff ceiling of 15%": a rate noun and "of" before the rate. */
		wl = ex_word_after(t, end, hi, &ws);
		for (int w = 0; w < 2 && wl > 0 && ex_word_in(RATE_NOUN, EX_NWORDS(RATE_NOUN), t + ws, wl); w++) {
			size_t ol, os;

			ol = ex_word_after(t, ws + wl, hi, &os);
			if (ol == 2 && ex_ncasecmp(t + os, "of", 2) == 0) {
				wl = ex_word_after(t, os + ol, hi, &ws);
				break;
			}
			wl = ol;
			ws = os;
		}
		if (wl == 0 || t[ws] < '0' || t[ws] > '9')
			return 1;
		for (k = ws; k < hi && k < ws + 120 && t[k] != ';' && t[k] != '.'; k++) {
			/* ", including cars, since September": past the aside. */
			if (t[k] == ',' && hi - k > 12 && ex_ncasecmp(t + k, ", including ", 12) == 0) {
				for (k++; k < hi && k < ws + 120 && t[k] != ',' && t[k] != ';' && t[k] != '.'; k++)
					continue;
				if (k >= hi || t[k] != ',')
					return 1;
				continue;
			}
			if (t[k] == ',')
				return 1;
			if (k > ws && ex_ncasecmp(t + k, " since ", 7) == 0)
				return !ex_rate_in_force(t, start, k + 1);
		}
		return 1;
	}
	/* "the Export-Import Bank approved a $620 million loan for a rare-earth
	 * plant", "granted loans": money lent, no licence. */
	if ((end - start >= 7 && ex_ncasecmp(t + start, "approv", 6) == 0) ||
	    (end - start >= 5 && ex_ncasecmp(t + start, "grant", 5) == 0)) {
		size_t p = end;

		/* "a $620 million loan": a sign or a number is no end. */
		for (int w = 0; w < 6 && ((wl = ex_word_after(t, p, hi, &ws)) > 0 ||
		    (ws < hi && t[ws] != ',' && t[ws] != '.' && t[ws] != ';')); w++, p = ws + (wl > 0 ? wl : 1))
			if (ex_word_in(LOAN, EX_NWORDS(LOAN), t + ws, wl))
				return 1;
	}
	/* "under export licensing control": "control" is the trigger. */
	if (end - start == 22 && ex_ncasecmp(t + start, "under export licensing", 22) == 0 &&
	    (wl = ex_word_after(t, end, hi, &ws)) >= 7 && ex_ncasecmp(t + ws, "control", 7) == 0)
		return 1;
	/* "capping a two-year dispute", "capped a week of talks": a story
	 * crowned, no rate capped. */
	if (end - start >= 6 && ex_ncasecmp(t + start, "capp", 4) == 0 &&
	    (wl = ex_word_after(t, end, hi, &ws)) > 0 && ex_determiner(t + ws, wl)) {
		size_t p = ws + wl;

		for (int w = 0; w < 3 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl)
			if (ex_word_in(STORY, EX_NWORDS(STORY), t + ws, wl))
				return 1;
	}
	/* "before the suspension ends", "until the pause expires": the measure's
	 * end as a time, no act of its own. */
	if ((wl = ex_word_after(t, end, hi, &ws)) > 0 && ex_word_in(LAPSE, EX_NWORDS(LAPSE), t + ws, wl) &&
	    (wl = ex_word_before(t, start, lo, &ws)) > 0 && ex_determiner(t + ws, wl) &&
	    (wl = ex_word_before(t, ws, lo, &ws)) > 0 && ex_word_in(UNTIL, EX_NWORDS(UNTIL), t + ws, wl))
		return 1;
	/* "wheat was offered at $265 a tonne", "bids at about $230": a price quote. */
	if ((wl = ex_word_after(t, end, hi, &ws)) == 2 && ex_ncasecmp(t + ws, "at", 2) == 0 &&
	    ex_price_after(t, ws + 2, hi))
		return 1;
	if (end - start >= 5 && ex_ncasecmp(t + start, "order", 5) == 0) {
		static const struct ex_word THEY[] = {
		    EX_W("they"), EX_W("it"), EX_W("we"), EX_W("had"), EX_W("have"), EX_W("has")};
		size_t p = end;

		/* "recovered most of the U.S. orders they lost in 2025": custom
		 * won back, no one's purchase. */
		for (int w = 0; w < 2 && (wl = ex_word_after(t, p, hi, &ws)) > 0 && ws < p + 2 &&
		    ex_word_in(THEY, EX_NWORDS(THEY), t + ws, wl); w++)
			p = ws + wl;
		if (p > end && (wl = ex_word_after(t, p, hi, &ws)) > 0 && ws == p + 1 &&
		    ex_word_in(LOSE, EX_NWORDS(LOSE), t + ws, wl))
			return 1;
		wl = ex_word_before(t, start, lo, &ws);
		if (wl > 0 && ex_word_in(ORDER, EX_NWORDS(ORDER), t + ws, wl))
			return 1;
		/* "exporters lost orders to Vietnam", "are losing export orders":
		 * custom gone to a rival, no one's purchase. */
		if (wl > 0 && !ex_word_in(LOSE, EX_NWORDS(LOSE), t + ws, wl) && !ex_function_word(t + ws, wl))
			wl = ex_word_before(t, ws, lo, &ws);
		return wl > 0 && ex_word_in(LOSE, EX_NWORDS(LOSE), t + ws, wl);
	}
	/* "tariffs make imported cars unaffordable", "the imported wine", "demand
	 * for imported beef": the participle describes the goods after it (a
	 * determiner, a preposition or a verb that takes a complement before it),
	 * no one buys; "India imported cars", "were imported" stay verbs. */
	if ((end - start == 8 && (ex_ncasecmp(t + start, "imported", 8) == 0 ||
	    ex_ncasecmp(t + start, "exported", 8) == 0)) &&
	    (wl = ex_word_after(t, end, hi, &ws)) > 0 && ws == end + 1 &&
	    (wl = ex_word_before(t, start, lo, &ws)) > 0 && ws + wl + 1 == start &&
	    (ex_determiner(t + ws, wl) || ex_word_in(ATTRIB, EX_NWORDS(ATTRIB), t + ws, wl)))
		return 1;
	/* "minimum import prices", "import data": a noun compound, no buying. */
	if ((end - start == 6 && ex_ncasecmp(t + start, "import", 6) == 0) ||
	    (end - start == 8 && ex_ncasecmp(t + start, "purchase", 8) == 0)) {
		wl = ex_word_after(t, end, hi, &ws);
		if (wl > 0 && ws == end + 1 && ex_word_in(FIGURE, EX_NWORDS(FIGURE), t + ws, wl))
			return 1;
	}
	/* "The President has made clear that the chips will not be sold", "made
	 * it clear": a verb of saying, no clearance. */
	if (end - start == 5 && ex_ncasecmp(t + start, "clear", 5) == 0) {
		wl = ex_word_before(t, start, lo, &ws);
		if (wl == 2 && ex_ncasecmp(t + ws, "it", 2) == 0)
			wl = ex_word_before(t, ws, lo, &ws);
		if (wl > 0 && ex_word_in(MAKE, EX_NWORDS(MAKE), t + ws, wl))
			return 1;
	}
	/* "The first US beef shipments cleared Argentine customs": goods through
	 * the buyer's customs, no licence of the seller's. */
	if (end - start >= 5 && ex_ncasecmp(t + start, "clear", 5) == 0) {
		wl = ex_word_after(t, end, hi, &ws);
		if (wl > 0 && !(wl == 7 && ex_ncasecmp(t + ws, "customs", 7) == 0))
			wl = ex_word_after(t, ws + wl, hi, &ws);
		if (wl == 7 && ex_ncasecmp(t + ws, "customs", 7) == 0)
			return 1;
	}
	if (end - start >= 10 && ex_ncasecmp(t + start, "investment", 10) == 0) {
		static const struct ex_word SUM[] = {
		    EX_W("million"), EX_W("billion"), EX_W("trillion"), EX_W("bn"), EX_W("tn"), EX_W("dollar")};
		size_t ws2, wl2;

		wl = ex_word_after(t, end, hi, &ws);
		/* "a $1.4 trillion investment framework": a sum makes the
		 * framework a package of money, not rules on investment. */
		if (wl == 9 && ex_ncasecmp(t + ws, "framework", 9) == 0 &&
		    (wl2 = ex_word_before(t, start, lo, &ws2)) > 0 &&
		    (ex_word_in(SUM, EX_NWORDS(SUM), t + ws2, wl2) ||
		    (t[ws2 + wl2 - 1] >= '0' && t[ws2 + wl2 - 1] <= '9')))
			return 0;
		return wl > 0 && ws == end + 1 && ex_word_in(INVEST, EX_NWORDS(INVEST), t + ws, wl);
	}
	if (end - start >= 4 && ex_ncasecmp(t + start, "open", 4) == 0)
		return ex_door_idiom(t, lo, start, end, hi);
	/* "supply chains", "the supply of rare earths": "supply" is a verb only
	 * after a modal or "to", an adverb aside ("would also supply"). */
	if (end - start == 6 && ex_ncasecmp(t + start, "supply", 6) == 0) {
		if (ex_after_modal(t, lo, start))
			return 0;
		wl = ex_word_before(t, start, lo, &ws);
		return !(wl > 0 && ((wl > 2 && ex_ncasecmp(t + ws + wl - 2, "ly", 2) == 0) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "also", 4) == 0)) && ex_after_modal(t, lo, ws));
	}
	/* "the four-year review of the Section 301 tariffs", "froze a review
	 * that could have led to tariffs", "duties under review": a review as a
	 * noun is a procedure; only "will review its surtax" weighs a cut. */
	if (end - start >= 6 && strncasecmp(t + start, "review", 6) == 0) {
		if ((wl = ex_word_before(t, start, lo, &ws)) > 0 && (ex_determiner(t + ws, wl) ||
		    (wl == 5 && strncasecmp(t + ws, "under", 5) == 0)))
			return 1;
		wl = ex_word_after(t, end, hi, &ws);
		return wl == 2 && strncasecmp(t + ws, "of", 2) == 0;
	}
	return 0;
}
/* ex_into_after - 1 if the words after a verb of permission at pos let goods in:
 * "into" ("will be allowed into China"), or "to enter" / "enter" ("let US beef
 * enter the country"), the goods before or between. */
static int
ex_into_after(const char *t, size_t pos, size_t hi)
{
	size_t ws, wl;

	/* "allow 750,000 tonnes of US wheat a year to enter": an amount's digit
	 * groups and its "of" stop nothing */
	for (int w = 0; w < 12; w++, pos = ws + wl) {
		if ((wl = ex_word_after(t, pos, hi, &ws)) == 0 && ws + 1 < hi && (t[ws] == ',' || t[ws] == '.') &&
		    ws > 0 && isdigit((unsigned char)t[ws - 1]) && isdigit((unsigned char)t[ws + 1]))
			wl = ex_word_after(t, ws + 1, hi, &ws);
		if (wl == 0)
			break;
		if ((wl == 4 && strncasecmp(t + ws, "into", 4) == 0) ||
		    (wl == 5 && strncasecmp(t + ws, "enter", 5) == 0))
			return 1;
		if (ex_function_word(t + ws, wl) && !ex_determiner(t + ws, wl) &&
		    !(wl == 2 && (strncasecmp(t + ws, "to", 2) == 0 || strncasecmp(t + ws, "of", 2) == 0)))
			return 0;
	}
	return 0;
}
/* ex_weigh_far - 1 if the frame's verb only weighs a measure ("review",
 * "reconsider", "re-examine") and the measure at pos is not its object, right
 * after it: "will review progress on tariffs", "review the results of the beef
 * quota" weigh no tariff or quota ("will review its 50% surtax" does). */
static int
ex_weigh_far(const char *t, const struct ex_frame *f, size_t pos)
{
	size_t n = f->anchor_end - f->anchor;

	if (!(n >= 6 && strncasecmp(t + f->anchor, "review", 6) == 0) &&
	    !(n >= 10 && strncasecmp(t + f->anchor, "reconsider", 10) == 0) &&
	    !(n >= 10 && strncasecmp(t + f->anchor, "re-examine", 10) == 0))
		return 0;
	return !ex_few_words(t, f->anchor_end, pos, 4, 1);
}
/* ex_quota_in - 1 if a quota or a verb of permission is named in t[lo,pos):
 * goods are let in, and a rate after it is theirs. */
static int
ex_quota_in(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	int quota = ex_measure_index(ctx->r, "quota");

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < pos; i++)
		if (ctx->m.v[i].start >= lo && ((ctx->m.v[i].kind == RULE_MEASURE &&
		    ctx->m.v[i].value == quota) || (ctx->m.v[i].kind == RULE_TRIGGER &&
		    strcmp(ctx->r->triggers[ctx->m.v[i].value], "allow") == 0)))
			return 1;
	return 0;
}
/* ex_at_rate - 1 if "at", at most three words (a determiner, a figure,
 * "reduced") and a tariff noun stand in t[from,hi) ("at a tariff of 6.1 per
 * cent", "at a 5% duty"): the rate admitted goods pay. */
static int
ex_at_rate(const char *t, size_t from, size_t hi)
{
	static const struct ex_word RATE[] = {
	    EX_W("rate"), EX_W("duty"), EX_W("tariff"), EX_W("levy")};
	size_t ws, wl, xs, xl;

	for (size_t p = from; p < hi; p = ws + (wl > 0 ? wl : 1)) {
		size_t q;

		wl = ex_word_after(t, p, hi, &ws);
		if (wl != 2 || strncasecmp(t + ws, "at", 2) != 0)
			continue;
		q = ws + wl;
		for (int w = 0; w < 4 && q < hi; w++, q = xs + (xl > 0 ? xl : 1)) {
			if ((xl = ex_word_after(t, q, hi, &xs)) == 0)
				continue;
			if (ex_word_in(RATE, EX_NWORDS(RATE), t + xs, xl))
				return 1;
		}
	}
	return 0;
}
/* ex_quota_rate - where a reduced rate that admitted goods enter at begins in
 * t[from,hi) ("a quota of 13,000 tonnes for US beef at a reduced duty", "let
 * steel in at a lower rate than the 50 per cent tariff", "allow 49,000 EVs
 * into Canada at the tariff of 6.1 per cent, instead of the 100 per cent
 * surtax"), or EX_NOPOS: "at", a rate noun within eight words (a figure's point
 * and sign count: "at the regular 6.1% tariff"), lowered by an
 * adjective before it or compared with a higher rate after it.  A duty-free
 * quota names no rate and stays access. */
static size_t
ex_quota_rate(const char *t, size_t from, size_t hi)
{
	static const struct ex_word LOWER[] = {
	    EX_W("lower"), EX_W("reduced"), EX_W("preferential"), EX_W("concessional"),
	    EX_W("discounted"), EX_W("low"), EX_W("lowered"), EX_W("cut")};
	static const struct ex_word RATE[] = {
	    EX_W("rate"), EX_W("rates"), EX_W("duty"), EX_W("duties"), EX_W("tariff"),
	    EX_W("tariffs"), EX_W("levy"), EX_W("levies")};
	static const char *const THAN[] = {
	    "instead of ", "rather than ", "down from ", "below the ", "lower than ", "less than the "};
	size_t ws, wl;

	for (size_t p = from; p < hi; p = ws + (wl > 0 ? wl : 1)) {
		size_t q, at, xs, xl;
		int lower = 0;

		wl = ex_word_after(t, p, hi, &ws);
		if (wl != 2 || strncasecmp(t + ws, "at", 2) != 0)
			continue;
		q = ws + wl;
		at = ws;
		for (int w = 0; w < 8 && q < hi; w++, q = xs + (xl > 0 ? xl : 1)) {
			if ((xl = ex_word_after(t, q, hi, &xs)) == 0) {
				if (xs < hi && (t[xs] == '%' || t[xs] == '.'))
					continue;       /* "a 10% tariff", "6.1 per cent" */
				break;
			}
			if (ex_word_in(LOWER, EX_NWORDS(LOWER), t + xs, xl)) {
				lower = 1;
				continue;
			}
			if (ex_word_in(RATE, EX_NWORDS(RATE), t + xs, xl)) {
				size_t e = xs + xl + 60 < hi ? xs + xl + 60 : hi;

				if (lower)
					return at;
				for (size_t k = xs + xl; k < e; k++)
					for (size_t c = 0; c < sizeof(THAN) / sizeof(THAN[0]); c++)
						if (k + strlen(THAN[c]) <= hi && strncasecmp(t + k, THAN[c], strlen(THAN[c])) == 0 &&
						    (k == 0 || !ex_word_byte((unsigned char)t[k - 1])))
							return at;
				break;
			}
			/* "a lower in-quota rate", "the most-favoured-nation tariff":
			 * modifiers of the rate noun; a function word ends the phrase. */
			if (ex_function_word(t + xs, xl) && !(w == 0 && ex_determiner(t + xs, xl)) &&
			    !(xs + xl < hi && t[xs + xl] == '-'))
				break;
		}
	}
	return EX_NOPOS;
}
/* ex_in_quota_rate - 1 if the percent q is the rate goods enter at under a quota,
 * not the one outside it: after "at", with a rate noun between or within three
 * words after ("at a tariff of 7.5%", "at a 7.5 per cent in-quota tariff", "at the
 * regular 6.1 per cent tariff", "at a duty of 10%", "at an in-quota tariff of 7.5%");
 * after "to" and before "under",
 * "within", "for" or "inside" a quota ("will fall to 10 percent under a quota");
 * or before a rate noun applied "to" or "for" a quota ("applies a 10 percent
 * tariff to a quota of 100,000 cars").  "instead of", "than", "from", "outside"
 * and "above" between count not (the rate outside or before). */
static int
ex_in_quota_rate(const char *t, const struct quantity_match *q, size_t s, size_t e)
{
	static const struct ex_word STOP[] = {
	    EX_W("instead"), EX_W("than"), EX_W("from"), EX_W("outside"), EX_W("above"),
	    EX_W("beyond"), EX_W("of")};
	static const struct ex_word UNDER[] = {
	    EX_W("under"), EX_W("within"), EX_W("for"), EX_W("inside"), EX_W("to")};
	static const struct ex_word QUOTA[] = {EX_W("quota"), EX_W("quotas")};
	size_t p = q->offset, qe = q->offset + q->len, ws, wl;
	int rate = 0, w, hyphens = 0;

	if (strcmp(q->q.unit, "percent") != 0 || q->role == QUANTITY_RATE_FROM)
		return 0;
	/* The words after: a rate noun within three, then a quota within four
	 * after "under", "within", "for", "to". */
	for (w = 0, p = qe; w < 3 && (wl = ex_word_after(t, p, e, &ws)) > 0 && ws - p <= 2; w++, p = ws + wl)
		if (ex_word_in(EX_RATE_NAMES, EX_NRATE_NAMES, t + ws, wl)) {
			rate = 1;
			p = ws + wl;
			break;
		}
	if (!rate)
		p = qe;
	if ((wl = ex_word_after(t, p, e, &ws)) > 0 && ws - p <= 1 && ex_word_in(UNDER, EX_NWORDS(UNDER), t + ws, wl))
		for (w = 0, p = ws + wl; w < 4 && (wl = ex_word_after(t, p, e, &ws)) > 0 && ws - p <= 2;
		    w++, p = ws + wl)
			if (ex_word_in(QUOTA, EX_NWORDS(QUOTA), t + ws, wl)) {
				size_t bs, bl = ex_word_before(t, q->offset, s, &bs);

				/* "a 10 percent tariff to a quota", "to 10 percent under a quota". */
				if (rate || (bl == 2 && ex_ncasecmp(t + bs, "to", 2) == 0))
					return 1;
				break;
			}
	/* "at", at most five words before, no punctuation between. */
	for (w = 0, p = q->offset; w < 6 && (wl = ex_word_before(t, p, s, &ws)) > 0; w++, p = ws) {
		/* "of" only right before the figure: "a tariff of 7.5%". */
		if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl) && !(wl == 2 && w == 0))
			return 0;
		if (ex_word_in(EX_RATE_NAMES, EX_NRATE_NAMES, t + ws, wl))
			rate = 1;
		if (wl == 2 && ex_ncasecmp(t + ws, "at", 2) == 0)
			return rate;
		/* "at an in-quota tariff of 7.5%", "at the most-favoured-nation
		 * tariff of 6.1%": a hyphen joins a word (three at most). */
		if (ws > s && t[ws - 1] == '-' && hyphens < 3) {
			ws--;
			w--;
			hyphens++;
		}
	}
	return 0;
}
/* EX_FREE_RATE - words that tell a measure carries no duty ("a duty-free
 * quota", "zero-tariff access"). */
static const char *const EX_FREE_RATE[] = {
    "zero-tariff", "zero tariff", "tariff-free", "duty-free", "zero-duty", "zero duty",
    "tariff free", "duty free"};
/* ex_free_access - 1 if the measure of f is access told free of duty: named
 * before its verb ("the tariff-free treatment of American salmon has been
 * renewed"), or the verb's object, after at most two determiners or an "of"
 * ("extended duty-free access for US lobster", "the extension of the duty-free
 * access"; not "extended its deadline for comments on duty-free access").
 * Access that costs no duty is a zero tariff on the goods, not only their
 * entry.  hi ends the clause. */
static int
ex_free_access(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi)
{
	const char *t = ctx->text;
	int before = f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor;
	size_t lo = before ? f->measure_pos : f->anchor_end;
	int access = ex_measure_index(ctx->r, "access");

	for (size_t i = ex_first(ctx, lo); access >= 0 && i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t e = x->start, from = lo, free_at = EX_NOPOS;

		if (x->start < lo || !(x->kind == RULE_MEASURE ||
		    (x->kind == RULE_OBJECT && ctx->r->objects[x->value].measure >= 0)))
			continue;
		if (x->kind != RULE_MEASURE || x->value != access)
			return 0;
		while (e > lo && t[e - 1] == ' ')
			e--;
		for (size_t k = 0; k < EX_NWORDS(EX_FREE_RATE) && free_at == EX_NOPOS; k++) {
			size_t n = strlen(EX_FREE_RATE[k]);

			/* "the tariff-free treatment of": the phrase names it. */
			if (x->end - x->start > n && ex_ncasecmp(t + x->start, EX_FREE_RATE[k], n) == 0)
				free_at = x->start;
			else if (e >= lo + n && ex_ncasecmp(t + e - n, EX_FREE_RATE[k], n) == 0 &&
			    (e - n == 0 || !ex_word_byte((unsigned char)t[e - n - 1])))
				free_at = e - n;
		}
		if (free_at == EX_NOPOS)
			return 0;
		if (before)
			return 1;
		if (from + 4 <= free_at && ex_ncasecmp(t + from, " of ", 4) == 0)
			from += 3;
		return ex_few_words(t, from, free_at, 2, 1);
	}
	return 0;
}
/* ex_quota_rate_amount - for access under a quota (a quota or a verb of permission
 * in sentence [s,e)), the rate its goods enter at (ex_in_quota_rate) when the goods
 * named nearest before it (or, for "a 10 percent tariff to a quota of 100,000
 * British cars", after it) are obj: the rate that applies, the amount gold gives
 * such a quota.  "a quota of 99,000 tonnes of beef at a tariff of 7.5 percent and a
 * duty-free quota of 180,000 tonnes of poultry": the poultry keeps its volume.  1
 * and *out set when there is one. */
int
ex_quota_rate_amount(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, int obj, struct quantity *out)
{
	if (!ex_quota_in(ctx, s, e))
		return 0;
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];
		const struct ex_mention *near = NULL;
		size_t lo = q->offset > s + 200 ? q->offset - 200 : s;

		if (q->offset < s || q->offset >= e || !ex_in_quota_rate(ctx->text, q, s, e))
			continue;
		for (size_t j = ex_first(ctx, lo); j < ctx->m.n && ctx->m.v[j].start < q->offset; j++)
			if (ctx->m.v[j].kind == RULE_OBJECT && ctx->m.v[j].start >= lo &&
			    ctx->r->objects[ctx->m.v[j].value].measure < 0)
				near = &ctx->m.v[j];
		if (near == NULL)
			for (size_t j = ex_first(ctx, q->offset); j < ctx->m.n && ctx->m.v[j].start < e &&
			    ctx->m.v[j].start < q->offset + 120; j++)
				if (ctx->m.v[j].kind == RULE_OBJECT && ctx->m.v[j].start >= q->offset &&
				    ctx->r->objects[ctx->m.v[j].value].measure < 0) {
					near = &ctx->m.v[j];
					break;
				}
		if (near != NULL && near->value == obj) {
			*out = q->q;
			return 1;
		}
	}
	/* "the zero-tariff quota for British steel", "a quota allowing UK steel
	 * into the US tariff-free": a quota told free of duty, its volume not
	 * given, lets its goods in at zero (2: a volume another statement of
	 * the key tells is the amount, ex_merge). */
	if (!out->present) {
		for (size_t i = 0; i < EX_NWORDS(EX_FREE_RATE); i++)
			if (memmem(ctx->text + s, e - s, EX_FREE_RATE[i], strlen(EX_FREE_RATE[i])) != NULL) {
				ex_zero_percent(out);
				return 2;
			}
	}
	return 0;
}
/* ex_inside_measure - 1 if the measure noun at pos follows "within", "under",
 * "outside" or "beyond" with at most three modifiers between ("to 10 per cent
 * within a quota", "under an annual quota", "within the existing minimum-access
 * quota"): the frame a measure sets for another, no commitment of its own. */
static int
ex_inside_measure(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word PREP[] = {
	    EX_W("within"), EX_W("under"), EX_W("outside"), EX_W("beyond"), EX_W("inside"),
	    EX_W("through"), EX_W("via")};
	size_t ws, wl;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
			return 1;
		if (ex_function_word(t + ws, wl))
			return 0;
		pos = ws;
		/* "minimum-access": one word. */
		while (pos > lo && t[pos - 1] == '-')
			pos = ex_word_before(t, pos - 1, lo, &ws) > 0 ? ws : pos - 1;
	}
	return 0;
}
/* ex_source_measure - 1 if the measure noun at pos is where other measures come
 * from: "the responsive actions taken in the Section 301 investigation", "the
 * duties imposed under the probe" (a participle of taking and "in"/"under", at
 * most three modifiers between): what is suspended is those actions. */
static int
ex_source_measure(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word IN[] = {EX_W("in"), EX_W("under")};
	static const struct ex_word TAKEN[] = {
	    EX_W("taken"), EX_W("imposed"), EX_W("adopted"), EX_W("introduced"),
	    EX_W("levied"), EX_W("announced")};
	size_t ws, wl;

	for (int w = 0; w < 5 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_word_in(IN, EX_NWORDS(IN), t + ws, wl))
			return (wl = ex_word_before(t, ws, lo, &ws)) > 0 &&
			    ex_word_in(TAKEN, EX_NWORDS(TAKEN), t + ws, wl);
		if (ex_function_word(t + ws, wl) && !ex_determiner(t + ws, wl))
			return 0;
		pos = ws;
	}
	return 0;
}
static const struct ex_word EX_AND_OR[] = {EX_W("and"), EX_W("or")};

/* ex_list_start - where the goods after the "on" before pos begin (within 100
 * bytes), walking back over earlier "on" phrases joined by "and", "or" or a comma
 * ("on certain natural resources and on pharmaceutical ingredients"); EX_NOPOS
 * if no "on" is near. */
static size_t
ex_list_start(const char *t, size_t lo, size_t pos)
{
	size_t start = EX_NOPOS, floor = pos > lo + 100 ? pos - 100 : lo;

	for (size_t k = pos; k >= floor + 3; k--) {
		size_t ps, pl;

		if (t[k - 1] != ' ' || t[k - 2] != 'n' || t[k - 3] != 'o' ||
		    (k - 3 > lo && t[k - 4] != ' '))
			continue;
		start = k - 1;
		pl = ex_word_before(t, k - 3, lo, &ps);
		if (!((pl > 0 && ex_word_in(EX_AND_OR, EX_NWORDS(EX_AND_OR), t + ps, pl)) ||
		    (k - 3 >= lo + 2 && t[k - 5] == ',')))
			return start;
		floor = k > lo + 103 ? k - 103 : lo;
		k -= 3;
	}
	return start;
}
/* ex_unnamed_goods - 1 if the list of goods after the "on" of a tariff in [lo,hi)
 * holds, beside goods with an object, an item with none ("tariffs on U.S.
 * medicines, chemicals, machinery and medical devices": chemicals, machinery and
 * medical devices have no object of their own; "on Indonesian palm oil, textiles
 * and footwear").  An item is at most three words after a party's name, a
 * possessive or a quantifier ("certain", "most"); the list ends at a function word,
 * a determiner, an "-ing" word, "other" (which rounds off the list) or punctuation. */
static int
ex_unnamed_goods(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word QUANT[] = {
	    EX_W("certain"), EX_W("some"), EX_W("most"), EX_W("all"), EX_W("many"),
	    EX_W("various"), EX_W("selected"), EX_W("its"), EX_W("their")};
	/* A verb or a relative after the item: it was a clause's subject ("on beef,
	 * officials said"), no goods. */
	static const struct ex_word CLAUSE[] = {
	    EX_W("said"), EX_W("says"), EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"),
	    EX_W("will"), EX_W("would"), EX_W("has"), EX_W("have"), EX_W("had"), EX_W("that"),
	    EX_W("which"), EX_W("who")};
	const char *t = ctx->text;
	size_t i, p = EX_NOPOS, ws, wl;
	int named = 0, unnamed = 0, words = 0, item_named = 0, sep = 0, modifier = 0;

	for (i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].start >= lo && ctx->m.v[i].kind == RULE_OBJECT &&
		    ctx->r->objects[ctx->m.v[i].value].measure < 0) {
			p = ex_list_start(t, lo, ctx->m.v[i].start);
			break;
		}
	if (p == EX_NOPOS)
		return 0;
	i = ex_first(ctx, p);
	for (;;) {
		const struct ex_mention *x;
		int end_item = 0, stop = 0;

		while (p < hi && t[p] == ' ')
			p++;
		while (i < ctx->m.n && ctx->m.v[i].start < p)
			i++;
		x = i < ctx->m.n ? &ctx->m.v[i] : NULL;
		/* "tariffs on U.S. wheat and larger purchases of U.S. soybeans":
		 * the frame ends where a verb noun opens a commitment of its own;
		 * the words before it ("larger") are its modifiers, no goods. */
		if (p >= hi) {
			stop = 1;
			if (x != NULL && x->start == p && x->kind == RULE_TRIGGER)
				words = 0;
		} else if (t[p] == ',') {
			end_item = 1;
			p++;
			sep = 1;
		} else if (x != NULL && x->start == p && x->kind == RULE_ACTOR && x->role == ROLE_SUBJECT) {
			/* "on Korean cars, and Seoul pledged to invest": a party that
			 * opens a clause of its own ends the goods. */
			words = 0;
			stop = 1;
		} else if (x != NULL && x->start == p && (x->kind == RULE_ACTOR || x->kind == RULE_OBJECT)) {
			if (x->kind == RULE_OBJECT && ctx->r->objects[x->value].measure < 0) {
				/* "fresh and frozen salmon": the lone word before "and"
				 * shares this item's head, as the word before the goods does. */
				if (words > 0)
					modifier = 0;
				item_named = named = 1;
			}
			else if (x->kind == RULE_OBJECT)
				stop = 1;
			p = x->end;
		} else if ((wl = ex_word_after(t, p, hi, &ws)) == 0 || ws != p)
			stop = 1;
		else if (ex_word_in(EX_AND_OR, EX_NWORDS(EX_AND_OR), t + ws, wl)) {
			end_item = 1;
			p = ws + wl;
			sep = 2;
		} else if (words == 0 && !item_named && ex_word_in(QUANT, EX_NWORDS(QUANT), t + ws, wl))
			p = ws + wl;
		else if (wl == 2 && ex_ncasecmp(t + ws, "on", 2) == 0 && words == 0 && !item_named)
			p = ws + wl;
		else if (ex_word_in(CLAUSE, EX_NWORDS(CLAUSE), t + ws, wl) || (t[ws] >= '0' && t[ws] <= '9')) {
			words = 0;
			stop = 1;
		} else if (ex_function_word(t + ws, wl) || ex_determiner(t + ws, wl) ||
		    (wl == 5 && ex_ncasecmp(t + ws, "other", 5) == 0) ||
		    (words == 0 && wl > 4 && ex_ncasecmp(t + ws + wl - 3, "ing", 3) == 0) || ++words > 3)
			stop = 1;
		else
			p = ws + wl;
		/* A list's last item comes after "and" or "or": one after a bare
		 * comma is an aside ("on Canadian steel, down from the 50% rate"). */
		if (stop && sep == 1)
			words = 0;
		if (end_item || stop) {
			unnamed |= modifier;
			modifier = words == 1 && !item_named && sep == 2 && end_item && !stop;
			unnamed |= words > 0 && words <= 3 && !item_named && !modifier;
			words = item_named = 0;
		}
		if (stop)
			unnamed |= modifier;
		if (stop)
			break;
	}
	return named && unnamed;
}
/* ex_member_tariffs - under a tariff on goods in [lo,hi), goods named only as
 * kinds of a category ("canola"; "bananas, coffee and cocoa": a category's
 * members) have no object of their own: the category they gave becomes the
 * tariff's own object, and kinds left out beside specific goods ("beef, coffee
 * and fruits") add it.  The new count. */
size_t
ex_member_tariffs(const struct ex_ctx *ctx, size_t lo, size_t hi, int *objs, size_t n,
    int measure_object)
{
	int member = -1, have = 0;
	size_t w;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_OBJECT || x->start < lo)
			continue;
		/* "tariffs on U.S. farm products such as corn, wheat and ethanol":
		 * the kinds after a category's examples word are its examples (a
		 * kind of another category among them too), not goods named alone. */
		if (!x->member && ctx->r->objects[x->value].category && ex_examples_after(ctx, i))
			break;
		if (ctx->r->objects[x->value].measure < 0 && x->member)
			member = x->value;
	}
	/* "tariffs on Canadian canola" alone too: the contract puts a tariff on
	 * goods with no object of their own under tariffs in general; so are goods
	 * no object names at all ("medicines, chemicals and machinery"). */
	if (member < 0 && !ex_unnamed_goods(ctx, lo, hi))
		return n;
	for (size_t k = 0; k < n; k++) {
		int generic = 0;

		have |= objs[k] == measure_object || objs[k] == member;
		if (!ctx->r->objects[objs[k]].category)
			continue;
		for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
			if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= lo &&
			    ctx->m.v[i].value == objs[k] && !ctx->m.v[i].member)
				generic = 1;
		if (!generic)
			objs[k] = measure_object;
	}
	if (!have && n < EX_MAX_OBJECTS)
		objs[n++] = measure_object;
	/* One entry for the tariff in general. */
	w = 0;
	for (size_t k = 0; k < n; k++) {
		int dup = 0;

		for (size_t j = 0; j < w; j++)
			dup |= objs[j] == objs[k];
		if (!dup)
			objs[w++] = objs[k];
	}
	return w;
}
/* ex_faced_measure - 1 if the measure verb at anchor follows "face", "pay" or "be
 * subject to" within a few words ("British-made medicines will face a zero per
 * cent tariff", "Korean cars would pay a lower duty"): the goods before are those
 * the measure is on. */
int
ex_faced_measure(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word FACE[] = {
	    EX_W("face"), EX_W("faces"), EX_W("facing"), EX_W("pay"), EX_W("pays"),
	    EX_W("paying"), EX_W("to")};
	static const struct ex_word BETWEEN[] = {
	    EX_W("a"), EX_W("an"), EX_W("the"), EX_W("new"), EX_W("lower"), EX_W("reduced"),
	    EX_W("only"), EX_W("just")};
	size_t ws, wl, pos = anchor;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws) {
		if (ex_word_in(FACE, EX_NWORDS(FACE), t + ws, wl)) {
			size_t ps, pl;

			/* "to" only in "subject to" */
			if (wl != 2)
				return 1;
			pl = ex_word_before(t, ws, lo, &ps);
			return pl == 7 && strncasecmp(t + ps, "subject", 7) == 0;
		}
		if (!ex_word_in(BETWEEN, EX_NWORDS(BETWEEN), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_behind_word - 1 if the word w (n bytes) stands before pos with at most
 * maxw words of skip[0..nskip) between, from lo: "and will cut"
 * (ex_and_verb), "at a reduced tariff" (ex_entry_rate). */
int
ex_behind_word(const char *t, size_t lo, size_t pos, const char *w, size_t n,
    const struct ex_word *skip, size_t nskip, int maxw)
{
	size_t ws, wl;

	for (int k = 0; k <= maxw && (wl = ex_word_before(t, pos, lo, &ws)) > 0; k++, pos = ws) {
		if (wl == n && ex_ncasecmp(t + ws, w, n) == 0)
			return 1;
		if (!ex_word_in(skip, nskip, t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_entry_rate - 1 if the tariff verb at anchor is the rate goods come in
 * at: "at", then at most three words of the rate ("a", "the", "reduced",
 * "lower", a degree of the comparative: "much", "far") before it ("will let
 * British steel into the US at zero tariff", "will admit 99,000 tonnes of beef
 * a year at a reduced tariff of 7.5%", "Indian shrimp will enter the EU at a
 * lower duty", "will let in 49,000 EVs at a much lower tariff"): the goods let
 * in before it are what the cut is on. */
int
ex_entry_rate(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word BETWEEN[] = {
	    EX_W("a"), EX_W("an"), EX_W("the"), EX_W("reduced"), EX_W("lower"),
	    EX_W("preferential"), EX_W("new"), EX_W("much"), EX_W("far"),
	    EX_W("significantly"), EX_W("considerably"), EX_W("substantially")};

	return ex_behind_word(t, lo, anchor, "at", 2, BETWEEN, EX_NWORDS(BETWEEN), 3);
}
/* ex_faced_cap - 1 if the tariff verb or measure at pos follows "face",
 * "pay" or "subject to" with only a rate, an article and the levier between
 * ("Korean medicines will face a US tariff of no more than 15%", "Swiss drugs
 * will remain subject to a 15% cap", "Japanese chips would face tariffs no
 * higher than"): the goods before the verb are what the cap is on, not the
 * tariff in general (ex_faced_measure reads what is left before). */
int
ex_faced_cap(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word SKIP[] = {
	    EX_W("percent"), EX_W("per"), EX_W("cent"), EX_W("zero"), EX_W("US"), EX_W("U.S."),
	    EX_W("American"), EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"),
	    EX_W("any"), EX_W("future"), EX_W("sectoral"), EX_W("maximum")};
	size_t ws, wl, p = pos;

	for (int w = 0; w < 6 && p > lo; w++) {
		while (p > lo && t[p - 1] == ' ')
			p--;
		if (p > lo && (t[p - 1] == '%' || (t[p - 1] >= '0' && t[p - 1] <= '9'))) {
			for (int k = 0; k < 8 && p > lo && (t[p - 1] == '%' || t[p - 1] == '.' ||
			    (t[p - 1] >= '0' && t[p - 1] <= '9')); k++)
				p--;
			continue;
		}
		if ((wl = ex_dotted_before(t, p, lo, &ws)) == 0 || !ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl))
			break;
		p = ws;
	}
	return p < pos && ex_faced_measure(t, lo, p);
}
/* ex_exempted_from - 1 if the verb at [start,end) is "exempt" or "exempted" with
 * "from" right after it ("Civil aircraft will be exempted from the tariff", "Swiss
 * medicines remain exempt from the levy", "parts, which the US exempted from the
 * duty"): the goods are named before the verb, the tariff after it only says from
 * what (ex_faced_cap reads a cap the same way). */
int
ex_exempted_from(const char *t, size_t start, size_t end, size_t hi)
{
	size_t ws, wl = end - start;

	if (!((wl == 6 || wl == 8) && ex_ncasecmp(t + start, wl == 6 ? "exempt" : "exempted", wl) == 0))
		return 0;
	wl = ex_word_after(t, end, hi, &ws);
	return wl == 4 && ex_ncasecmp(t + ws, "from", 4) == 0;
}
/* ex_maker_goods - the goods a maker noun in [lo,hi) names, or -1: a product right
 * before "makers" ("Chinese electric car makers"), or a word of MAKERS
 * ("Chinese carmakers that sell at a floor price would be exempt from the
 * duties").  Read only for a tariff frame whose measure names no goods, with
 * hi its verb: not a speaker ("the carmakers said"), and not when the rest of
 * the sentence, to e, names goods in general ("tariffs on Chinese goods"). */
int
ex_maker_goods(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t e)
{
	static const struct ex_word GENERAL[] = {
	    EX_W("goods"), EX_W("products"), EX_W("imports"), EX_W("exports")};
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("say"), EX_W("says"), EX_W("told"), EX_W("warned"), EX_W("argued")};
	static const struct ex_word MAKER[] = {EX_W("maker"), EX_W("makers"), EX_W("-maker"), EX_W("-makers")};
	static const struct {
		struct ex_word w;
		const char *object;
	} MAKERS[] = {
	    {EX_W("carmaker"), "vehicles"}, {EX_W("carmakers"), "vehicles"},
	    {EX_W("automaker"), "vehicles"}, {EX_W("automakers"), "vehicles"},
	    {EX_W("chipmaker"), "semiconductors"}, {EX_W("chipmakers"), "semiconductors"},
	    {EX_W("steelmaker"), "steel"}, {EX_W("steelmakers"), "steel"},
	    {EX_W("drugmaker"), "pharmaceuticals"}, {EX_W("drugmakers"), "pharmaceuticals"}};
	const char *t = ctx->text;
	size_t ws, wl, ns, nl;
	int goods = -1;

	for (size_t i = ex_first(ctx, lo); goods < 0 && i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_OBJECT && ctx->r->objects[x->value].measure < 0 &&
		    (wl = ex_word_after(t, x->end, hi, &ws)) > 0 && ex_word_in(MAKER, EX_NWORDS(MAKER), t + ws, wl) &&
		    !((nl = ex_word_after(t, ws + wl, e, &ns)) > 0 && ex_word_in(SAY, EX_NWORDS(SAY), t + ns, nl)))
			goods = x->value;
	}
	for (size_t p = lo; goods < 0 && p < hi; p = ws + wl) {
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0) {
			ws = p + 1;
			continue;
		}
		for (size_t k = 0; k < EX_NWORDS(MAKERS); k++)
			if (wl == MAKERS[k].w.n && ex_ncasecmp(t + ws, MAKERS[k].w.s, wl) == 0 &&
			    !((nl = ex_word_after(t, ws + wl, e, &ns)) > 0 && ex_word_in(SAY, EX_NWORDS(SAY), t + ns, nl)))
				goods = rules_object_find(ctx->r, MAKERS[k].object);
	}
	for (size_t p = hi; goods >= 0 && p < e; p = ws + wl) {
		if ((wl = ex_word_after(t, p, e, &ws)) == 0) {
			ws = p + 1;
			continue;
		}
		if (ex_word_in(GENERAL, EX_NWORDS(GENERAL), t + ws, wl))
			return -1;
	}
	return goods;
}
/* ex_the_led - 1 if the noun at pos opens a noun phrase led by "the", at most
 * one modifier between ("the duties", "the countervailing duties"; "the canola
 * seed duty" names goods of its own), from lo. */
static int
ex_the_led(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl;

	for (int w = 0; w < 2 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0)
			return 1;
		if (ex_determiner(t + ws, wl) || ex_function_word(t + ws, wl))
			return 0;
		pos = ws;
	}
	return 0;
}
/* ex_clause_stop - the first clause break at or after p before hi: a comma,
 * semicolon, colon, bracket, line end or a full stop before a blank. */
static size_t
ex_clause_stop(const char *t, size_t p, size_t hi)
{
	for (; p < hi; p++)
		if (t[p] == ',' || t[p] == ';' || t[p] == ':' || t[p] == '(' || t[p] == '\n' ||
		    (t[p] == '.' && (p + 1 >= hi || t[p + 1] == ' ' || t[p + 1] == '\n')))
			return p;
	return hi;
}
/* ex_party_or_none - 1 if [lo,hi) names party actor, or no party at all, other
 * than as a counterparty ("its tariffs on US dairy" names no US tariff); any when
 * actor is -1. */
static int
ex_party_or_none(const struct ex_ctx *ctx, size_t lo, size_t hi, int actor)
{
	int other = 0;

	for (size_t i = ex_first(ctx, lo); actor >= 0 && i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= lo &&
		    ctx->m.v[i].role != ROLE_COUNTERPARTY) {
			if (ctx->m.v[i].value == actor)
				return 1;
			other = 1;
		}
	return !other;
}
#define EX_TOLD_LEVY_REACH 700   /* bytes back to the tariff "the duties" repeats */
#define EX_LEVY_ON_REACH 40      /* bytes from a tariff noun to its "on" */
#define EX_LEVY_GOODS_REACH 60   /* bytes from that "on" to the goods' clause break */
#define EX_LEVY_GOODS_WORDS 4    /* words after that "on" the goods stand in */

/* ex_told_levy_goods - "The EU imposed tariffs of up to 35.3% on Chinese electric
 * vehicles.  The two sides will negotiate price undertakings that could replace
 * the duties": a tariff noun of frame f led by "the", in the sentence at s,
 * with no goods of its own ("on", "of", "for" or "against" after it), is the
 * tariff an earlier sentence (within EX_TOLD_LEVY_REACH) named.  Walking back,
 * the nearest noun of the same measure decides: the goods right after its "on"
 * (a rate may stand between), or those of the makers its sentence names
 * before it ("offers from Chinese electric car makers in place of the
 * duties", ex_maker_goods); an "on" with no product ("tariffs on Chinese
 * goods") ends the walk with none, as does a noun with neither that is not
 * led by "the" ("its tariffs"); one led by "the" passes the walk on.  A
 * sentence that names parties but not actor (-1: anyone) ends it too.  The
 * object, or -1. */
int
ex_told_levy_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, int actor)
{
	static const struct ex_word OWN[] = {EX_W("on"), EX_W("of"), EX_W("for"), EX_W("against")};
	static const struct ex_word ON[] = {EX_W("on"), EX_W("against")};
	static const struct ex_word GENERAL[] = {
	    EX_W("goods"), EX_W("products"), EX_W("imports"), EX_W("exports")};
	const char *t = ctx->text;
	size_t at = EX_NOPOS, lo, i, j, ws, wl, n;
	int objs[EX_MAX_OBJECTS], tariffs = rules_object_find(ctx->r, "tariffs"), w, covered;

	if (f->measure < 0)
		return -1;
	if (f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor)
		at = f->measure_pos;
	else
		for (i = ex_first(ctx, f->anchor_end); at == EX_NOPOS && i < ctx->m.n && ctx->m.v[i].start < e; i++)
			if (ex_measure_noun(ctx->r, &ctx->m.v[i], f->measure))
				at = ctx->m.v[i].start;
	if (at == EX_NOPOS || !ex_the_led(t, s, at))
		return -1;
	for (i = ex_first(ctx, at); i < ctx->m.n && ctx->m.v[i].start == at; i++)
		if (ex_measure_noun(ctx->r, &ctx->m.v[i], f->measure)) {
			if ((wl = ex_word_after(t, ctx->m.v[i].end, e, &ws)) > 0 &&
			    ex_word_in(OWN, EX_NWORDS(OWN), t + ws, wl))
				return -1;
			break;
		}
	lo = s > EX_TOLD_LEVY_REACH ? s - EX_TOLD_LEVY_REACH : 0;
	for (i = ex_first(ctx, at); i-- > 0 && i < ctx->m.n;) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t p, stop, ss, se, on = EX_NOPOS;
		int goods;

		if (x->start < lo)
			break;
		if (x->start >= at || !ex_measure_noun(ctx->r, x, f->measure))
			continue;
		/* "tariff" inside "fentanyl tariff" is read as the longer noun */
		for (j = i, covered = 0; !covered && j-- > 0 && ctx->m.v[j].start + EX_LEVY_ON_REACH > x->start;)
			covered = ctx->m.v[j].start < x->start && ctx->m.v[j].end >= x->end &&
			    ex_measure_noun(ctx->r, &ctx->m.v[j], f->measure);
		if (covered)
			continue;
		/* "Mexico removed its duties on American apples, and the zero rate
		 * has applied since": a tariff its own sentence named before it
		 * (ex_the_levy reads that one) */
		if (x->start >= s)
			return -1;
		for (ss = x->start; ss > lo && t[ss - 1] != '\n' &&
		    !(ss > 1 && t[ss - 1] == ' ' && t[ss - 2] == '.'); ss--)
			;
		for (se = x->end; se < at && t[se] != '\n' &&
		    !(t[se] == '.' && (se + 1 >= at || t[se + 1] == ' ')); se++)
			;
		/* "the fentanyl tariff": a tariff of its own names its object (and
		 * whose it is) */
		if (x->kind == RULE_OBJECT && x->value != tariffs)
			return x->value;
		/* "Mexico sent Congress a bill to raise the tariffs on vehicles":
		 * another party's tariff is not the one the actor's "the duties" are. */
		if (!ex_party_or_none(ctx, ss, se, actor))
			return -1;
		/* "tariffs of up to 35.3 per cent on Chinese electric vehicles" */
		stop = ex_clause_stop(t, x->end, x->end + EX_LEVY_ON_REACH < at ? x->end + EX_LEVY_ON_REACH : at);
		for (p = x->end; on == EX_NOPOS && p < stop; p = ws + wl)
			if ((wl = ex_word_after(t, p, stop, &ws)) == 0)
				ws = p + 1;
			else if (ex_word_in(ON, EX_NWORDS(ON), t + ws, wl))
				on = ws + wl;
		/* "on Chinese-made electric cars": goods within EX_LEVY_GOODS_WORDS
		 * words; "on most Taiwanese goods" are goods in general. */
		if (on != EX_NOPOS) {
			stop = ex_clause_stop(t, on, on + EX_LEVY_GOODS_REACH < at ? on + EX_LEVY_GOODS_REACH : at);
			for (p = on, w = 0; w < EX_LEVY_GOODS_WORDS && p < stop; p = ws + wl)
				if ((wl = ex_word_after(t, p, stop, &ws)) == 0)
					ws = p + 1;
				else if (ex_word_in(GENERAL, EX_NWORDS(GENERAL), t + ws, wl))
					return -1;
				else
					w++;
			/* "its duties on American almonds": kinds with no object of
			 * their own are under tariffs in general (ex_member_tariffs) */
			if ((n = ex_frame_objects(ctx, on, p, objs, EX_MAX_OBJECTS)) == 0 ||
			    ex_member_tariffs(ctx, on, p, objs, n, tariffs) > n || objs[0] == tariffs)
				return -1;
			return objs[0];
		}
		/* "price undertakings from eight Chinese carmakers, under which the
		 * countervailing duties ... will be lifted" */
		if ((goods = ex_maker_goods(ctx, ss, x->start, se)) >= 0)
			return goods;
		if (!ex_the_led(t, ss, x->start))
			return -1;
	}
	return -1;
}
/* ex_before_lo - where the products before the verb at hi may start, from lo: after
 * the last relative pronoun ("the increase that Trump ordered" orders no steel named
 * before "the increase"), unless a product is its antecedent ("the soybeans that
 * China bought"). */
size_t
ex_before_lo(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	/* "and that he hoped ...": a complement clause, not a relative one. */
	static const struct ex_word CONJ[] = {EX_W("and"), EX_W("or"), EX_W("but")};
	size_t rel = EX_NOPOS, pw;

	for (size_t k = lo; k + 1 < hi; k++) {
		size_t ws, wl;

		if (ctx->text[k] != ' ')
			continue;
		wl = ex_word_after(ctx->text, k, hi, &ws);
		if (wl > 0 && ws + wl < hi && ex_word_in(REL, EX_NWORDS(REL), ctx->text + ws, wl) &&
		    ex_word_before(ctx->text, ws, lo, &pw) > 0 && !ex_word_in(CONJ, EX_NWORDS(CONJ),
		    ctx->text + pw, ex_word_before(ctx->text, ws, lo, &pw)))
			rel = ws;
	}
	if (rel == EX_NOPOS)
		return lo;
	/* The antecedent: a product ending at most one word before the pronoun
	 * ("rare earth exports that ..."). */
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < rel; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int gaps = 0;

		if (x->kind != RULE_OBJECT || ctx->r->objects[x->value].measure >= 0)
			continue;
		for (size_t k = x->end; k < rel && gaps <= 2; k++)
			if (ctx->text[k] == ' ')
				gaps++;
			else if (!ex_word_byte((unsigned char)ctx->text[k]))
				gaps = 3;
		if (gaps <= 2)
			return x->start;
	}
	return rel;
}
/* ex_access_denied - 1 if the "access" or "investment" trigger at [start,end) is
 * the object of a verb that withholds it: "limit access to the H200", "deny them
 * access to", "restricting access to its market", "curb Chinese investment",
 * "tighten screening of foreign investment" opens nothing. */
static int
ex_access_denied(const char *t, size_t lo, size_t start, size_t end)
{
	static const struct ex_word DENY[] = {
	    EX_W("limit"), EX_W("restrict"), EX_W("curb"), EX_W("block"), EX_W("deny"),
	    EX_W("denie"), EX_W("denial"), EX_W("bar"), EX_W("cut"), EX_W("reduc"),
	    EX_W("tighten"), EX_W("narrow"), EX_W("revok"), EX_W("withdr"), EX_W("suspend"),
	    EX_W("halt"), EX_W("clos"), EX_W("shut")};
	static const struct ex_word SCREEN[] = {
	    EX_W("screening"), EX_W("scrutiny"), EX_W("vetting")};
	size_t ws, wl, ws2, wl2;
	int invest = end - start >= 10 && ex_ncasecmp(t + start, "investment", 10) == 0;

	if (!invest && (end - start < 6 || ex_ncasecmp(t + start, "access", 6) != 0))
		return 0;
	wl = ex_word_before(t, start, lo, &ws);
	/* "deny Chinese firms access to", "restrict foreign access to": a few words
	 * of the noun phrase between, no conjunction or preposition. */
	for (int w = 0; w < 4 && wl > 0; w++) {
		if (ex_prefix_in(DENY, EX_NWORDS(DENY), t + ws, wl, 0))
			return 1;
		/* "screening of foreign investment": a noun of checks is a curb. */
		if (invest && wl == 2 && (ex_ncasecmp(t + ws, "of", 2) == 0 || ex_ncasecmp(t + ws, "on", 2) == 0) &&
		    (wl2 = ex_word_before(t, ws, lo, &ws2)) > 0 && ex_word_in(SCREEN, EX_NWORDS(SCREEN), t + ws2, wl2))
			return 1;
		/* "curbs on China's access to": the noun's "on" leads to it. */
		if ((ex_function_word(t + ws, wl) && !(wl == 2 && ex_ncasecmp(t + ws, "on", 2) == 0)) ||
		    (ws > lo && t[ws - 1] != ' '))
			return 0;
		wl = ex_word_before(t, ws, lo, &ws);
	}
	return 0;
}
/* ex_subsumes - 1 if object a names a kind of object b ("fentanyl_tariff" of "tariffs"). */
static int
ex_subsumes(const struct rules *r, int a, int b)
{
	for (int s = 0; a >= 0 && s < r->objects[a].nsubsumes; s++)
		if (r->objects[a].subsumes[s] == b)
			return 1;
	return 0;
}
#define EX_DEMONSTRATIVE_REACH 600  /* bytes back to the measure "that tariff" names */

/* ex_demonstrative_object - the object of the measure mention i: "Washington
 * halved that tariff" after "the remaining fentanyl tariff" is the fentanyl tariff.
 * A general measure after "that", "this" or "the same" names the latest more
 * specific one before it (an object that subsumes it, or a flow whose tariff it
 * is: "the tariff imposed over fentanyl"). */
static int
ex_demonstrative_object(const struct ex_ctx *ctx, size_t i, size_t cs)
{
	static const struct ex_word DEM[] = {EX_W("that"), EX_W("this"), EX_W("same")};
	const struct rules *r = ctx->r;
	const struct ex_mention *x = &ctx->m.v[i];
	size_t ws, wl = ex_word_before(ctx->text, x->start, cs, &ws);

	if (wl == 0 || !ex_word_in(DEM, EX_NWORDS(DEM), ctx->text + ws, wl))
		return x->value;
	for (size_t j = i; j-- > 0 && ctx->m.v[j].start + EX_DEMONSTRATIVE_REACH >= x->start;) {
		const struct ex_mention *y = &ctx->m.v[j];
		int o;

		if (y->kind != RULE_OBJECT)
			continue;
		o = r->objects[y->value].tariff_object >= 0 ? r->objects[y->value].tariff_object : y->value;
		if (ex_subsumes(r, o, x->value))
			return o;
	}
	return x->value;
}
/* ex_counter_refers_nontariff - 1 if the countermeasures of mention i, named
 * with no goods or measure of their own in their sentence, refer back to a
 * non-tariff measure: the latest measure named before the sentence is a listing,
 * a fee or an export control ("suspended the sanctions it imposed on five
 * subsidiaries of Hanwha Ocean. The ministry said the countermeasures would be
 * suspended from Monday"; "Will China keep its port fees suspended? A: China's
 * countermeasures were suspended").  0 when that measure is a tariff ("imposed
 * 15% tariffs on US coal. The countermeasures would be suspended"). */
static int
ex_counter_refers_nontariff(const struct ex_ctx *ctx, size_t i)
{
	const struct rules *r = ctx->r;
	int other = ex_measure_index(r, "measure"), controls = ex_measure_index(r, "export_control");
	static const struct ex_word TARGET[] = {
	    EX_W("against"), EX_W("on"), EX_W("targeting"), EX_W("aimed"), EX_W("over"), EX_W("covering")};
	const struct ex_mention *x = &ctx->m.v[i];
	size_t first = ex_first(ctx, ctx->cur_s), ws, wl;

	/* Only the "measures" nouns ("higher tariffs" are tariffs whatever came
	 * before), and only bare: "its countermeasures against US goods" say what
	 * they are. */
	if (other < 0 || ctx->cur_s > x->start || x->end - x->start < 8 ||
	    ex_ncasecmp(ctx->text + x->end - 8, "measures", 8) != 0)
		return 0;
	wl = ex_word_after(ctx->text, x->end, ctx->cur_e, &ws);
	if (wl > 0 && ex_word_in(TARGET, EX_NWORDS(TARGET), ctx->text + ws, wl))
		return 0;
	for (size_t j = first; j < ctx->m.n && ctx->m.v[j].start < ctx->cur_e; j++)
		if (ctx->m.v[j].kind == RULE_OBJECT)
			return 0;
	for (size_t j = first; j-- > 0 && ctx->m.v[j].start + EX_DEMONSTRATIVE_REACH >= ctx->cur_s;) {
		const struct ex_mention *y = &ctx->m.v[j];

		if (y->kind == RULE_MEASURE)
			return 0;
		if (y->kind == RULE_OBJECT && r->objects[y->value].measure >= 0)
			return r->objects[y->value].measure == other || r->objects[y->value].measure == controls;
	}
	return 0;
}
/* ex_controls_goods - the goods of the export controls that statement g (about
 * controls in general) refers back to: "China suspended its October 2025
 * rare-earth export controls. ... Beijing is studying an extension of its
 * suspension of the October 2025 controls".  g's sentence names no goods, and
 * every earlier statement of its actor, counterparty and action names the same
 * goods; -1 otherwise. */
static int
ex_controls_goods(const struct ex_ctx *ctx, const struct ex_stmt *g)
{
	int goods = -1;

	for (size_t j = 0; j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		if (y->sent_end > g->sent_start || y->actor != g->actor || y->counterparty != g->counterparty ||
		    y->action != g->action)
			continue;
		if (ctx->r->objects[y->object].measure >= 0 || (goods >= 0 && goods != y->object))
			return -1;
		goods = y->object;
	}
	/* Other goods in g's sentence may be what its controls bear on; the same
	 * goods again do not ("Beijing's suspension of its October controls has
	 * held, and magnets reach U.S. buyers"). */
	for (size_t i = ex_first(ctx, g->sent_start); goods >= 0 && i < ctx->m.n && ctx->m.v[i].start < g->sent_end; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= g->sent_start &&
		    ctx->r->objects[ctx->m.v[i].value].measure < 0 && ctx->m.v[i].value != goods)
			return -1;
	return goods;
}
static const struct ex_word EX_AND_WORDS[] = {EX_W("and"), EX_W("while"), EX_W("also")};

/* ex_fold_subsumed - one commitment, named twice: a statement about a general
 * measure (not goods) ("total US tariffs on Chinese goods would fall to 47%") of the same
 * actor, counterparty and action as one about a measure that it subsumes ("cut
 * the fentanyl tariff to 10%") in the article is about that measure.  Its own rate
 * was of the whole, so it lends no quantity.  Controls named with no goods are
 * those of the goods named with them in the sentence, or in every earlier
 * statement of theirs (ex_controls_goods). */
void
ex_fold_subsumed(struct ex_ctx *ctx)
{
	int export_controls = ctx->st.n > 0 ? rules_object_find(ctx->r, "export_controls") : -1;

	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *g = &ctx->st.v[i];
		int controls = g->object == export_controls;

		/* Measures only: "Nvidia chips" and "chipmaking tools" are different goods. */
		if ((g->counterparty < 0 && !controls) || ctx->r->objects[g->object].measure < 0)
			continue;
		for (size_t j = 0; j < ctx->st.n; j++) {
			const struct ex_stmt *sp = &ctx->st.v[j];

			/* "extend their trade truce by another year ... keep the fentanyl
			 * tariff at 10%", "a pause on higher US tariffs on Mexican goods ...
			 * not to raise its fentanyl-related tariff": a pause of tariffs in
			 * general, told in a sentence of its own, spares other rates than
			 * the named tariff held where it is. */
			if (strcmp(RULES_ACTIONS[g->action], "tariff_pause") == 0 && sp->sent_start != g->sent_start)
				continue;

			/* "remove export restrictions on critical minerals and not impose
			 * export bans on them": controls are general only when the
			 * sentence names no goods they bear on. */
			if (sp->actor == g->actor && sp->counterparty == g->counterparty &&
			    sp->action == g->action && (ex_subsumes(ctx->r, sp->object, g->object) ||
			    (controls && ctx->r->objects[sp->object].measure < 0 &&
			    (sp->sent_start == g->sent_start || sp->object == ex_controls_goods(ctx, g))))) {
				g->object = sp->object;
				memset(&g->quantity, 0, sizeof(g->quantity));
				break;
			}
		}
	}
	/* "cut its tariff on European cars from 110% to 40% for a quota of
	 * 250,000 vehicles a year": the quota is the frame of the cut, one
	 * commitment; access to the same goods told in the cut's own sentence
	 * joins the cut, and its volume is no rate. */
	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *g = &ctx->st.v[i];

		if (strcmp(RULES_ACTIONS[g->action], "market_access") != 0)
			continue;
		for (size_t j = 0; j < ctx->st.n; j++) {
			const struct ex_stmt *sp = &ctx->st.v[j];

			size_t a = sp->pos < g->pos ? sp->pos : g->pos, b = sp->pos < g->pos ? g->pos : sp->pos;

			/* "cut its tariff on U.S. rice to 5% and expand its rice
			 * quota": two acts, joined by "and". */
			if (sp->sent_start == g->sent_start && sp->actor == g->actor &&
			    sp->counterparty == g->counterparty && sp->object == g->object &&
			    strcmp(RULES_ACTIONS[sp->action], "tariff_cut") == 0 && b <= g->sent_end &&
			    !ex_span_word_in(EX_AND_WORDS, EX_NWORDS(EX_AND_WORDS), ctx->text, a, b) &&
			    memchr(ctx->text + a, ';', b - a) == NULL) {
				g->action = sp->action;
				memset(&g->quantity, 0, sizeof(g->quantity));  /* the quota's volume, not the rate */
				break;
			}
		}
	}
}
/* ex_exempt_future - 1 if frame f exempts goods from a tariff not yet in force:
 * "will be exempt from future Section 232 tariffs", "exempt Japanese drugmakers
 * from planned tariffs".  Sparing a tariff to come is a pause. */
static int
ex_exempt_future(const struct ex_ctx *ctx, const struct ex_frame *f, size_t ce)
{
	static const struct ex_word FUTURE[] = {
	    EX_W("future"), EX_W("planned"), EX_W("upcoming"), EX_W("forthcoming"),
	    EX_W("threatened"), EX_W("impending"), EX_W("looming"), EX_W("prospective")};
	const char *t = ctx->text;
	size_t pos = f->anchor_end, ws, wl;

	if (f->trigger < 0 || f->measure < 0 || f->measure != ex_measure_index(ctx->r, "tariff") ||
	    !ex_trigger_is(ctx->r, f->trigger, "exempt"))
		return 0;
	for (int w = 0; w < 8 && (wl = ex_word_after(t, pos, ce, &ws)) > 0; w++) {
		for (size_t k = pos; k < ws; k++)
			if (t[k] == ',' || t[k] == ';')
				return 0;
		if (ex_word_in(FUTURE, EX_NWORDS(FUTURE), t + ws, wl))
			return 1;
		pos = ws + wl;
	}
	return 0;
}
/* ex_verb_after - 1 if a verb framed after frame k names no measure of its own:
 * it may take k's ("will apply a 20% tariff ..., down from 46%"). */
static int
ex_verb_after(const struct ex_frame *fr, size_t k, size_t n)
{
	for (size_t j = k + 1; j < n; j++)
		if (fr[j].trigger >= 0 && fr[j].measure < 0)
			return 1;
	return 0;
}
/* ex_quota_compound - 1 if the word ending at end is the head of a hyphenated
 * modifier of a quota ("reduced-tariff quota", "lower-duty quotas"). */
static int
ex_quota_compound(const char *t, size_t end, size_t hi)
{
	size_t ws, wl;

	if (end >= hi || t[end] != '-' || (wl = ex_word_after(t, end, hi, &ws)) == 0 || ws != end)
		return 0;
	wl = ex_word_after(t, ws + wl, hi, &ws);
	return (wl == 5 && ex_ncasecmp(t + ws, "quota", 5) == 0) ||
	    (wl == 6 && ex_ncasecmp(t + ws, "quotas", 6) == 0);
}
/* ex_rate_but_removed - after a kept deal rate ending at pos, a clause joined by
 * "but", "while" or "and" that removes the tariff for some goods ("will keep its
 * tariff on Malaysian goods at 19 per cent but remove it entirely for 1,700
 * products", "but may reduce it to zero", "but exempt about 1,700 tariff lines"):
 * the kept rate is the backdrop, the removal the commitment.  2 if the removal
 * takes the tariff as "it" (the cut is this frame's), 1 if it names its own goods
 * or rate (its own frame tells the cut), 0 if no such clause follows. */
static int
ex_rate_but_removed(const char *t, size_t pos, size_t hi)
{
	static const struct ex_word JOIN[] = {EX_W("but"), EX_W("while"), EX_W("and")};
	static const struct ex_word REMOVE[] = {
	    EX_W("remove"), EX_W("removes"), EX_W("removing"), EX_W("exempt"), EX_W("exempts"),
	    EX_W("exempting"), EX_W("eliminate"), EX_W("eliminates"), EX_W("eliminating"),
	    EX_W("reduce"), EX_W("reduces"), EX_W("reducing"), EX_W("cut"), EX_W("cuts"),
	    EX_W("lower"), EX_W("lowers"), EX_W("zero")};
	/* Between the joint and the removal only the kept subject's own words: a
	 * new subject ("and Vietnam will cut ...") tells another party's act. */
	static const struct ex_word BETWEEN[] = {
	    EX_W("may"), EX_W("will"), EX_W("would"), EX_W("could"), EX_W("also"), EX_W("then"),
	    EX_W("later"), EX_W("consider"), EX_W("agreed"), EX_W("to"), EX_W("apply"),
	    EX_W("applying"), EX_W("a"), EX_W("gradually")};
	size_t ws, wl;
	int joined = -1;

	for (; pos < hi; pos = ws + (wl > 0 ? wl : 1)) {
		/* Past the rate's sign and a comma before the joint ("at 20%, but"). */
		if ((wl = ex_word_after(t, pos, hi, &ws)) == 0) {
			if (ws < hi && t[ws] == ';')
				return 0;
			continue;
		}
		if (joined < 0 && ex_word_in(JOIN, EX_NWORDS(JOIN), t + ws, wl))
			joined = 0;
		else if (joined >= 0 && ex_word_in(REMOVE, EX_NWORDS(REMOVE), t + ws, wl)) {
			size_t is;
			size_t il = ex_word_after(t, ws + wl, hi, &is);

			return il == 2 && ex_ncasecmp(t + is, "it", 2) == 0 ? 2 : 1;
		} else if (joined >= 0 && (++joined > 5 || !ex_word_in(BETWEEN, EX_NWORDS(BETWEEN), t + ws, wl)))
			return 0;
	}
	return 0;
}
/* ex_deal_rate - 1 if the tariff named at a is a rate a deal settles on: a verb
 * that keeps or applies it, after "will", "would" or "to", and a rate above zero
 * ("will apply a 15 percent tariff to Korean goods", "agreed to keep its tariff on
 * Cambodian goods at 19 per cent").  The partner is spared a higher rate: a pause.
 * A zero rate is a cut: 2 ("agreed to apply a 0% tariff on UK medicines");
 * "impose" tells of a threat.  "will keep its 25% surtax" keeps a measure: 0
 * ("would maintain a 20% duty" sets one).  A later clause up to the
 * sentence's end se that removes the tariff for some goods makes the kept
 * rate a backdrop (ex_rate_but_removed). */
static int
ex_deal_rate(const char *t, size_t lo, size_t a, size_t hi, size_t se)
{
	static const struct ex_word VERB[] = {
	    EX_W("apply"), EX_W("applies"), EX_W("charge"), EX_W("charges"), EX_W("keep"),
	    EX_W("keeps"), EX_W("maintain"), EX_W("maintains"), EX_W("hold"), EX_W("holds")};
	static const struct ex_word MODAL[] = {
	    EX_W("will"), EX_W("would"), EX_W("to"), EX_W("shall")};
	static const struct ex_word UNIT[] = {
	    EX_W("%"), EX_W(" percent"), EX_W(" per cent"), EX_W("-percent"), EX_W("-per-cent")};
	static const struct ex_word OWN[] = {
	    EX_W("its"), EX_W("their"), EX_W("the"), EX_W("his"), EX_W("her"), EX_W("our")};
	size_t ws = a, wl, verb = EX_NOPOS;

	for (int words = 0; words < 5; words++) {
		wl = ex_word_before(t, ws, lo, &ws);
		if (wl == 0 && ws > lo && t[ws - 1] == '%')   /* "a 20% tariff" */
			wl = ex_word_before(t, ws - 1, lo, &ws);
		if (wl == 0)
			return 0;
		if (ex_word_in(VERB, EX_NWORDS(VERB), t + ws, wl)) {
			verb = ws;
			break;
		}
	}
	if (verb == EX_NOPOS || (wl = ex_word_before(t, verb, lo, &ws)) == 0 ||
	    !ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
		return 0;
	/* The first figure after the verb, in the same stretch of the clause. */
	for (size_t k = verb; k < hi && t[k] != ',' && t[k] != ';'; k++) {
		size_t e;

		if (!isdigit((unsigned char)t[k]) || (k > verb && isalnum((unsigned char)t[k - 1])))
			continue;
		for (e = k; e < hi && (isdigit((unsigned char)t[e]) || t[e] == '.'); e++)
			;
		if (!ex_prefix_in(UNIT, EX_NWORDS(UNIT), t + e, hi - e, 0))
			return 0;
		/* "will keep its 25% surtax on Chinese steel": a rate after a
		 * possessive or "the", before the noun of a verb of keeping, names
		 * the measure kept, no deal rate (that one follows, "keep its tariff
		 * ... at 19%", or comes new, "would maintain a 20% duty"). */
		if (k < a && t[verb] != 'a' && t[verb] != 'A' && t[verb] != 'c' && t[verb] != 'C' &&
		    (wl = ex_word_before(t, k, verb, &ws)) > 0 && ex_word_in(OWN, EX_NWORDS(OWN), t + ws, wl))
			return 0;
		for (size_t d = k; d < e; d++)
			if (t[d] >= '1' && t[d] <= '9') {
				int removed = ex_rate_but_removed(t, e, se);

				return removed == 2 ? 2 : removed == 1 ? 0 : 1;
			}
		/* "keep its tariff at 0%" changes nothing. */
		return t[verb] == 'a' || t[verb] == 'A' || t[verb] == 'c' || t[verb] == 'C' ? 2 : 0;
	}
	return 0;
}
/* ex_kept_rate - 1 if the tariff noun at a is the object of a verb of keeping in
 * the past, a determiner between: "has held its tariff ... at 19%", "kept the
 * duty at 15%", "maintained its tariff".  The rate has been applied so far. */
static int
ex_kept_rate(const char *t, size_t lo, size_t a)
{
	static const struct ex_word KEPT[] = {
	    EX_W("held"), EX_W("kept"), EX_W("maintained"), EX_W("capped"), EX_W("fixed"),
	    EX_W("pegged")};
	size_t ws, wl = ex_word_before(t, a, lo, &ws);

	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	return wl > 0 && ex_word_in(KEPT, EX_NWORDS(KEPT), t + ws, wl);
}
/* ex_kept_at - 1 if the first figure in t[from,hi), before a comma or
 * semicolon, is a rate above zero that "at" (or "at a", "at an") brings: "has
 * held its tariff on Vietnamese goods at 20 percent", "kept the fentanyl tariff
 * at 10%".  "kept its tariff at 0%" keeps no rate of a deal; a figure with no
 * "at" names something else ("kept 40% of its tariffs").  A span of time right
 * after the rate ("kept its tariff on Mexican goods at 25% for another month",
 * "for 90 days") tells a pause prolonged, no rate a deal settled: 0. */
static int
ex_kept_at(const char *t, size_t from, size_t hi)
{
	static const struct ex_word UNIT[] = {
	    EX_W("%"), EX_W(" percent"), EX_W(" per cent"), EX_W("-percent"), EX_W("-per-cent")};
	static const struct ex_word ART[] = {EX_W("a"), EX_W("an")};

	for (size_t k = from; k < hi && t[k] != ',' && t[k] != ';'; k++) {
		size_t e, ws, wl;
		int above = 0;

		if (!isdigit((unsigned char)t[k]) || (k > from && isalnum((unsigned char)t[k - 1])))
			continue;
		for (e = k; e < hi && (isdigit((unsigned char)t[e]) || t[e] == '.'); e++)
			if (t[e] >= '1' && t[e] <= '9')
				above = 1;
		/* "at", "at a" or "at an" before the figure. */
		for (wl = ex_word_before(t, k, from, &ws); wl > 0 && ex_word_in(ART, EX_NWORDS(ART), t + ws, wl);)
			wl = ex_word_before(t, ws, from, &ws);
		if (!above || wl != 2 || ex_ncasecmp(t + ws, "at", 2) != 0 ||
		    !ex_prefix_in(UNIT, EX_NWORDS(UNIT), t + e, hi - e, 0))
			return 0;
		/* Past the unit to the span of time. */
		for (size_t u = 0; u < EX_NWORDS(UNIT); u++)
			if (e + UNIT[u].n <= hi && ex_ncasecmp(t + e, UNIT[u].s, UNIT[u].n) == 0) {
				e += UNIT[u].n;
				break;
			}
		return ex_duration_end(t, e, hi) == e;
	}
	return 0;
}
/* ex_deal_told - 1 if t[0,hi), the article up to the end of a kept rate's
 * clause, names a deal, a truce, a bargain or a pledge ("under the agreement",
 * "the framework", "Vietnam agreed to remove its tariffs", "the promises it
 * made to win a lower U.S. tariff"): a rate kept there is what a deal settled.
 * With none ("The United States has kept its tariff on Chinese steel at 50
 * percent, rejecting calls for relief") the rate merely stands: no cut. */
static int
ex_deal_told(const char *t, size_t hi)
{
	static const struct ex_word DEAL[] = {
	    EX_W("deal"), EX_W("deals"), EX_W("agreement"), EX_W("agreements"), EX_W("pact"),
	    EX_W("accord"), EX_W("framework"), EX_W("truce"), EX_W("bargain"), EX_W("agreed"),
	    EX_W("pledge"), EX_W("pledged"), EX_W("promise"), EX_W("promises"), EX_W("promised")};

	for (size_t p = 0, e; p < hi; p = e) {
		if (!ex_word_byte((unsigned char)t[p])) {
			e = p + 1;
			continue;
		}
		for (e = p; e < hi && ex_word_byte((unsigned char)t[e]); e++)
			;
		if (ex_word_in(DEAL, EX_NWORDS(DEAL), t + p, e - p))
			return 1;
	}
	return 0;
}
/* ex_pause_told - 1 if [s,e), the clause before a kept tariff, names a
 * pause, a suspension or a truce: "under the truce, the US has kept its tariff
 * on Chinese goods at 10%", "has kept the higher rate suspended and the tariff
 * at 10%": the rate kept there is what a pause leaves, no cut.  Not after it:
 * "has kept the fentanyl tariff at 10% and left its port fees suspended" tells
 * two acts. */
static int
ex_pause_told(const struct ex_ctx *ctx, size_t s, size_t e)
{
	const struct rules *r = ctx->r;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if ((x->kind == RULE_TRIGGER && (ex_trigger_is(r, x->value, "pause") ||
		    ex_trigger_is(r, x->value, "suspend"))) ||
		    (x->kind == RULE_MEASURE && x->value == ex_measure_index(r, "truce")))
			return 1;
	}
	return 0;
}
/* ex_relative_between - 1 if a relative pronoun stands in t[a,b) after a noun
 * ("a process that could have led to"). */
static int
ex_relative_between(const char *t, size_t a, size_t b)
{
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	size_t ws, wl;
	int words = 0;

	for (size_t k = a; k < b; k = ws + wl) {
		wl = ex_word_after(t, k, b, &ws);
		if (wl == 0) {
			ws = k + 1;
			continue;
		}
		if (words > 0 && ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
			return 1;
		words++;
	}
	return 0;
}
/* ex_clause_between - 1 if a subordinate clause with a subject of its own opens
 * in t[a,b): a subordinator, then a determiner ("were eliminated when the
 * regulation entered into force", "was lifted once the rules took effect").  A
 * measure there is that clause's subject, not the verb's object. */
static int
ex_clause_between(const char *t, size_t a, size_t b)
{
	static const struct ex_word SUB[] = {
	    EX_W("when"), EX_W("once"), EX_W("after"), EX_W("before"),
	    EX_W("while"), EX_W("because"), EX_W("since"), EX_W("until")};
	size_t ws, wl, ds, dl;

	for (size_t k = a; k < b; k = ws + wl) {
		wl = ex_word_after(t, k, b, &ws);
		if (wl == 0)
			return 0;
		if (ex_word_in(SUB, EX_NWORDS(SUB), t + ws, wl) &&
		    (dl = ex_word_after(t, ws + wl, b, &ds)) > 0 && ex_determiner(t + ds, dl))
			return 1;
	}
	return 0;
}
/* ex_subsidiaries_rule - 1 if the "rule" noun of frame f (a rule or regulation,
 * not "measures") is told, in its clause ending at ce, to reach subsidiaries:
 * "suspended a rule that would have extended its export blacklist to
 * subsidiaries of listed companies", "a rule that would have put subsidiaries of
 * blacklisted firms under the same export restrictions", "its rule extending
 * entity-list restrictions to subsidiaries": the affiliates rule, whatever list
 * it extends.  At most 24 words after the noun. */
static int
ex_subsidiaries_rule(const struct ex_ctx *ctx, const struct ex_frame *f, size_t ce)
{
	static const struct ex_word RULE[] = {
	    EX_W("rule"), EX_W("rules"), EX_W("regulation"), EX_W("regulations")};
	static const struct ex_word SUB[] = {EX_W("subsidiaries"), EX_W("subsidiary")};
	const char *t = ctx->text;
	size_t from = f->measure_pos != EX_NOPOS ? f->measure_pos : f->anchor_end, i, ws, wl, pos;

	for (i = ex_first(ctx, from); i < ctx->m.n && ctx->m.v[i].start < ce; i++)
		if (ctx->m.v[i].kind == RULE_MEASURE && ctx->m.v[i].value == f->measure)
			break;
	if (i >= ctx->m.n || ctx->m.v[i].start >= ce ||
	    !ex_word_in(RULE, EX_NWORDS(RULE), t + ctx->m.v[i].start, ctx->m.v[i].end - ctx->m.v[i].start))
		return 0;
	pos = ctx->m.v[i].end;
	for (int w = 0; w < 24 && (wl = ex_word_after(t, pos, ce, &ws)) > 0; w++) {
		if (ex_word_in(SUB, EX_NWORDS(SUB), t + ws, wl))
			return 1;
		pos = ws + wl;
	}
	return 0;
}
/* ex_rule_measure - what the "rule" measure of frame f stands for, its span
 * ending at hi and its clause at ce.  "suspend for a year a rule, introduced in
 * September, that extended US export restrictions to companies at least 50% owned
 * by blacklisted firms": the government measure its clause names (the affiliates
 * rule).  "suspend the rare earth measures it announced": rules named by goods of
 * no other country are the actor's export controls on them.  "suspend its measures
 * on US beef": rules on another country's goods bar their entry. */
static void
ex_rule_measure(const struct ex_ctx *ctx, struct ex_frame *f, size_t cs, size_t hi, size_t ce)
{
	const struct rules *r = ctx->r;
	size_t i;
	int lic;

	if (ex_subsidiaries_rule(ctx, f, ce) && rules_object_find(r, "affiliates_rule") >= 0) {
		f->measure_object = rules_object_find(r, "affiliates_rule");
		return;
	}
	for (i = ex_first(ctx, f->anchor); i < ctx->m.n && ctx->m.v[i].start < ce; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && r->objects[ctx->m.v[i].value].measure >= 0 &&
		    strcmp(r->measures[r->objects[ctx->m.v[i].value].measure], "measure") == 0) {
			f->measure_object = ctx->m.v[i].value;
			return;
		}
	for (i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start <= hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i], *y = i + 1 < ctx->m.n ? &ctx->m.v[i + 1] : NULL;

		if (x->kind == RULE_OBJECT && r->objects[x->value].measure < 0 && y != NULL &&
		    y->kind == RULE_MEASURE && y->value == f->measure && y->start == x->end + 1 &&
		    !(i > 0 && ctx->m.v[i - 1].kind == RULE_ACTOR && ctx->m.v[i - 1].end + 2 >= x->start) &&
		    ex_measure_index(r, "export_control") >= 0) {
			f->measure = ex_measure_index(r, "export_control");
			return;
		}
		if (x->kind == RULE_MEASURE && x->value == f->measure && y != NULL && y->kind == RULE_ACTOR &&
		    x->end + 4 == y->start && ex_ncasecmp(ctx->text + x->end, " on ", 4) == 0 &&
		    i + 2 < ctx->m.n && ctx->m.v[i + 2].kind == RULE_OBJECT &&
		    r->objects[ctx->m.v[i + 2].value].measure < 0 && ctx->m.v[i + 2].start <= y->end + 1 &&
		    ex_measure_index(r, "import_ban") >= 0) {
			f->measure = ex_measure_index(r, "import_ban");
			return;
		}
	}
	/* "The October 9 measures remain suspended", "the suspension of the
	 * October 2025 measures" after "rare earths" (its paragraph or the one
	 * before): rules that name no goods, in a clause that names no goods
	 * and no party but the goods' licensor, are its export controls on
	 * them (ex_licensed_before); not "the measures against U.S. firms". */
	if ((lic = ex_licensed_before(ctx, cs, ce)) < 0 || ex_measure_index(r, "export_control") < 0)
		return;
	for (i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < ce; i++)
		if ((ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= cs) ||
		    (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].value != lic))
			return;
	f->measure = ex_measure_index(r, "export_control");
	f->measure_object = rules_object_find(r, "export_controls");
}
/* ex_accept_other - 1 if the "accept" at mention i takes something other than goods
 * or imports: "accepted lower prices for US soybeans", "accept the outcome"; "will
 * accept US-made cars" and "accept imports of" open a market. */
static int
ex_accept_other(const struct ex_ctx *ctx, size_t i, size_t ce)
{
	const struct ex_mention *x = &ctx->m.v[i], *y;
	size_t ws, wl, pos;

	if (x->end - x->start < 6 || ex_ncasecmp(ctx->text + x->start, "accept", 6) != 0)
		return 0;
	if (i + 1 >= ctx->m.n || (y = &ctx->m.v[i + 1])->start >= ce)
		return 1;
	if (!(y->kind == RULE_OBJECT || y->kind == RULE_ACTOR || y->kind == RULE_MEASURE ||
	    (y->kind == RULE_TRIGGER && y->dual)))
		return 1;
	/* Only a determiner or two modifiers between: "accept more American beef". */
	pos = x->end;
	for (int w = 0; (wl = ex_word_after(ctx->text, pos, y->start, &ws)) > 0; w++) {
		if (w >= 2 || ex_function_word(ctx->text + ws, wl))
			return 1;
		pos = ws + wl;
	}
	return 0;
}
/* ex_free_of - 1 if the measure at pos is said to be absent: "free of retaliatory
 * tariffs", "free of any future Section 232 duties" (like "duty-free"). */
static int
ex_free_of(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word OWN[] = {
	    EX_W("its"), EX_W("their"), EX_W("the"), EX_W("any")};
	size_t ws, wl;

	for (int w = 0; w < 5; w++) {
		/* "free of its 10% import tariff": a rate before the noun */
		if ((wl = ex_word_before(t, pos, lo, &ws)) == 0 && ws > lo && t[ws - 1] == '%')
			wl = ex_word_before(t, ws - 1, lo, &ws);
		if (wl == 0)
			break;
		if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0)
			return (wl = ex_word_before(t, ws, lo, &ws)) == 4 && ex_ncasecmp(t + ws, "free", 4) == 0;
		/* "free of its 10% import tariff", "free of the duty" */
		if (ex_function_word(t + ws, wl) && !ex_word_in(OWN, EX_NWORDS(OWN), t + ws, wl))
			return 0;
		pos = ws;
	}
	return 0;
}
/* ex_compound_modifier - 1 if the noun at pos ends a compound that qualifies the
 * next noun: "non-tariff barriers", "the out-of-quota duty", "in-quota volumes"
 * ("counter-tariffs" stay tariffs). */
static int
ex_compound_modifier(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word PRE[] = {
	    EX_W("non"), EX_W("of"), EX_W("in"), EX_W("above"), EX_W("over"), EX_W("below"),
	    EX_W("under"), EX_W("within"), EX_W("extra"), EX_W("pre"), EX_W("post")};
	size_t ws, wl;

	if (pos <= lo || t[pos - 1] != '-')
		return 0;
	wl = ex_word_before(t, pos - 1, lo, &ws);
	return wl > 0 && ws + wl == pos - 1 && ex_word_in(PRE, EX_NWORDS(PRE), t + ws, wl);
}
/* ex_deal_modifier - 1 if the measure noun ending at end only names what a deal
 * or a dispute is about: "under the tariff deal", "as part of the tariff
 * agreement", "the duty talks", "the tariff war" (the noun after it is the head;
 * "buy U.S. soybeans under the tariff deal" buys, no tariff measure). */
static int
ex_deal_modifier(const char *t, size_t end, size_t hi)
{
	static const struct ex_word HEAD[] = {
	    EX_W("deal"), EX_W("deals"), EX_W("agreement"), EX_W("agreements"), EX_W("pact"),
	    EX_W("pacts"), EX_W("accord"), EX_W("accords"), EX_W("framework"), EX_W("talks"),
	    EX_W("negotiations"), EX_W("negotiators"), EX_W("negotiator"), EX_W("war"), EX_W("wars"),
	    EX_W("dispute"), EX_W("disputes"), EX_W("row"), EX_W("standoff"), EX_W("fight"),
	    EX_W("battle"), EX_W("tensions"), EX_W("arrangement"), EX_W("settlement"),
	    EX_W("settlements"), EX_W("treaty"), EX_W("treaties")};
	size_t ws, wl = ex_word_after(t, end, hi, &ws);

	return wl > 0 && ws == end + 1 && t[end] == ' ' && ex_word_in(HEAD, EX_NWORDS(HEAD), t + ws, wl);
}
/* ex_contested_measure - 1 if the measure noun at pos is what a legal challenge
 * is against, within four words after it: "drop its WTO challenge to U.S.
 * lumber duties", "a complaint against Indian tariffs" (the challenge is
 * dropped, no duty cut). */
static int
ex_contested_measure(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word CASE[] = {
	    EX_W("challenge"), EX_W("challenges"), EX_W("complaint"), EX_W("complaints"),
	    EX_W("case"), EX_W("cases"), EX_W("lawsuit"), EX_W("lawsuits"), EX_W("suit"),
	    EX_W("litigation"), EX_W("petition"), EX_W("appeal")};
	static const struct ex_word PREP[] = {EX_W("to"), EX_W("against"), EX_W("over")};
	size_t ws, wl, p = pos, spaces = 0;

	/* Back over at most five words, dots and all ("to U.S. lumber duties"). */
	while (p > lo && spaces < 6) {
		p--;
		if (t[p] != ' ')
			continue;
		spaces++;
		if ((wl = ex_word_after(t, p, pos, &ws)) == 0 || !ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
			continue;
		wl = ex_word_before(t, p, lo, &ws);
		return wl > 0 && ex_word_in(CASE, EX_NWORDS(CASE), t + ws, wl);
	}
	return 0;
}
/* ex_indefinite - 1 if t[a,b) opens with "a" or "an": ", a trade blacklist" is an
 * apposition, not a list item. */
static int
ex_indefinite(const char *t, size_t a, size_t b)
{
	size_t ws, wl = ex_word_after(t, a, b, &ws);

	return (wl == 1 && (t[ws] == 'a' || t[ws] == 'A')) || (wl == 2 && ex_ncasecmp(t + ws, "an", 2) == 0);
}
/* Curb words that only strengthen what follows: "stepped up purchases of US
 * wheat" buys more, though "stepped up inspections" curbs. */
static const struct ex_word EX_INTENSIFY[] = {
    EX_W("step up"), EX_W("steps up"), EX_W("stepped up"), EX_W("stepping up"),
    EX_W("intensify"), EX_W("intensifies"), EX_W("intensified"), EX_W("intensifying")};
/* ex_less_buying - where in [lo,hi) a lowering verb on buying stands ("and cut
 * purchases of Russian oil", "and reduce its imports of Iranian crude"), else hi:
 * buying less commits to nothing, and its goods are not the earlier verb's
 * ("lower duties on US almonds and cut purchases of Russian oil" cuts no duty on
 * oil).  "stepped up purchases" buys more and does not end the span. */
size_t
ex_less_buying(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	const struct rules *r = ctx->r;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_TRIGGER || x->start < lo ||
		    (!ex_trigger_is(r, x->value, "lower") && !ex_trigger_is(r, x->value, "curb")) ||
		    ex_word_in(EX_INTENSIFY, EX_NWORDS(EX_INTENSIFY), ctx->text + x->start, x->end - x->start))
			continue;
		/* The next mention is the buying noun, "of" after it: "cut import
		 * tariffs", "lift curbs on imports" are no such thing. */
		if (i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_TRIGGER &&
		    ex_trigger_is(r, ctx->m.v[i + 1].value, "buy") && ctx->m.v[i + 1].end + 4 <= hi &&
		    ex_ncasecmp(ctx->text + ctx->m.v[i + 1].end, " of ", 4) == 0 &&
		    ex_few_words(ctx->text, x->end, ctx->m.v[i + 1].start, 2, 1))
			return x->start;
	}
	return hi;
}
/* ex_in_noun_list - 1 if the noun phrase at pos, after at most two determiners or
 * modifiers, follows a list comma, "and" or "or" in [lo,pos): "its port fees, its
 * export controls", "the probe and the port fees". */
static int
ex_in_noun_list(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl;
	int det = 0;

	for (int w = 0; w < 3; w++) {
		size_t e = pos;

		while (e > lo && t[e - 1] == ' ')
			e--;
		if (e > lo && t[e - 1] == ',')
			return w == 0 || !ex_indefinite(t, e, pos);
		wl = ex_word_before(t, pos, lo, &ws);
		if (wl == 0)
			return 0;
		if ((wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0) || (wl == 2 && ex_ncasecmp(t + ws, "or", 2) == 0))
			return 1;
		/* "port fees on US ships and its entity list": a determiner opens
		 * the item and counts for no word. */
		if (ex_determiner(t + ws, wl) && !det) {
			det = 1;
			pos = ws;
			w--;
			continue;
		}
		/* "the suspension of the affiliates rule and of the Section 301 port
		 * fees": the preposition repeated after "and" opens the next item. */
		if (wl == 2 && strncasecmp(t + ws, "of", 2) == 0) {
			size_t as, al = ex_word_before(t, ws, lo, &as);

			return (al == 3 && strncasecmp(t + as, "and", 3) == 0) ||
			    (al == 2 && strncasecmp(t + as, "or", 2) == 0);
		}
		/* A number ends the item, but not one inside a name ("Section 301"). */
		if (ex_function_word(t + ws, wl) || (t[ws] >= '0' && t[ws] <= '9' &&
		    !(ws > lo + 1 && t[ws - 1] == ' ' && ex_word_byte((unsigned char)t[ws - 2]))))
			return 0;
		pos = ws;
	}
	return 0;
}
/* ex_barred_from - 1 if the verb of buying at pos is what someone is kept from:
 * "regulators have discouraged companies from buying Nvidia products", "barred
 * state firms from purchasing", "urged local firms to avoid buying", "Beijing's
 * refusal to let its companies buy Nvidia's H200 processors".  A verb of
 * keeping from at most five words before "from"; "avoid" or "shun" right
 * before; a refusal and "to let/allow/permit" at most five words before. */
static int
ex_barred_from(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word KEEP[] = {
	    EX_W("barred"), EX_W("bars"), EX_W("bar"), EX_W("banned"), EX_W("bans"), EX_W("ban"),
	    EX_W("banning"), EX_W("barring"), EX_W("discouraged"), EX_W("discourages"),
	    EX_W("discouraging"), EX_W("discourage"), EX_W("prohibited"), EX_W("prohibits"),
	    EX_W("prohibit"), EX_W("forbidden"), EX_W("forbade"), EX_W("forbid"), EX_W("forbids"),
	    EX_W("dissuaded"), EX_W("deterred"), EX_W("blocked"), EX_W("blocks"), EX_W("block"),
	    EX_W("prevented"), EX_W("prevents"), EX_W("prevent"), EX_W("restricted"),
	    EX_W("warned"), EX_W("refrain"), EX_W("refrained"), EX_W("refrains")};
	static const struct ex_word AVOID[] = {
	    EX_W("avoid"), EX_W("avoids"), EX_W("avoided"), EX_W("avoiding"), EX_W("shun"),
	    EX_W("shuns"), EX_W("shunned"), EX_W("shunning")};
	static const struct ex_word LET[] = {EX_W("let"), EX_W("allow"), EX_W("permit")};
	static const struct ex_word REFUSE[] = {
	    EX_W("refusal"), EX_W("refused"), EX_W("refuses"), EX_W("refusing"), EX_W("reluctance")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws), p = ws, ts, tl;

	if (wl == 0)
		return 0;
	if (ex_word_in(AVOID, EX_NWORDS(AVOID), t + ws, wl))
		return 1;
	if (wl == 4 && ex_ncasecmp(t + ws, "from", 4) == 0) {
		for (int w = 0; w < 6 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws)
			if (ex_word_in(KEEP, EX_NWORDS(KEEP), t + ws, wl))
				return 1;
		return 0;
	}
	for (int w = 0; w < 6 && wl > 0; w++, p = ws, wl = ex_word_before(t, p, lo, &ws))
		if (ex_word_in(LET, EX_NWORDS(LET), t + ws, wl) &&
		    (tl = ex_word_before(t, ws, lo, &ts)) == 2 && ex_ncasecmp(t + ts, "to", 2) == 0 &&
		    (tl = ex_word_before(t, ts, lo, &ts)) > 0 && ex_word_in(REFUSE, EX_NWORDS(REFUSE), t + ts, tl))
			return 1;
	return 0;
}
/* ex_licence_to - 1 if "to" right before pos follows a licence noun: "licences to
 * buy", "permits to import". */
static int
ex_licence_to(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	size_t ws, wl = ex_word_before(ctx->text, pos, lo, &ws), le;

	if (wl != 2 || ex_ncasecmp(ctx->text + ws, "to", 2) != 0)
		return 0;
	le = ws;
	while (le > lo && ctx->text[le - 1] == ' ')
		le--;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < le; i++)
		if (ctx->m.v[i].end == le && ctx->m.v[i].kind == RULE_MEASURE &&
		    (strcmp(ctx->r->measures[ctx->m.v[i].value], "license") == 0 ||
		    strcmp(ctx->r->measures[ctx->m.v[i].value], "import_license") == 0))
			return 1;
	return 0;
}
/* ex_ahead_clause - 1 if t[cs,pos) looks ahead: a modal ("will", "would"), a plan,
 * or an effect still to come ("to take effect", "takes effect on"). */
static int
ex_ahead_clause(const struct ex_ctx *ctx, size_t cs, size_t pos)
{
	static const struct ex_word AHEAD[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("could"), EX_W("may"),
	    EX_W("might"), EX_W("plans"), EX_W("planned"), EX_W("proposed"), EX_W("take"),
	    EX_W("takes")};

	return ex_span_word_in(AHEAD, EX_NWORDS(AHEAD), ctx->text, cs, pos);
}
/* ex_to_be - 1 if the words right before pos are "to be": "tariffs on UK goods
 * to be removed", "ban to be lifted" (a headline's or a summary's act to come). */
static int
ex_to_be(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	return wl == 2 && ex_ncasecmp(t + ws, "be", 2) == 0 && (wl = ex_word_before(t, ws, lo, &ws)) == 2 &&
	    ex_ncasecmp(t + ws, "to", 2) == 0;
}
/* ex_subordinate_participle - 1 if the verb at pos follows a subordinator with
 * no subject between ("when shipped", "once exported", "if sold"). */
static int
ex_subordinate_participle(const char *t, size_t cs, size_t pos)
{
	static const struct ex_word SUB[] = {
	    EX_W("when"), EX_W("once"), EX_W("if"), EX_W("unless"), EX_W("before"), EX_W("after"),
	    EX_W("until"), EX_W("whether"), EX_W("as")};
	size_t ws, wl = ex_word_before(t, pos, cs, &ws);

	return wl > 0 && ex_word_in(SUB, EX_NWORDS(SUB), t + ws, wl);
}
/* ex_permitted_sale - 1 if the dual trigger x is an infinitive ("to sell")
 * after frame p of permission: a verb "allow" or a licence noun ("granting
 * licences for AMD to sell"), whose measure it is rather than a verb. */
static int
ex_permitted_sale(const struct ex_ctx *ctx, const struct ex_frame *p, const struct ex_mention *x)
{
	const struct rules *r = ctx->r;

	if (ex_ncasecmp(ctx->text + x->start, "to ", 3) != 0)
		return 0;
	return (p->trigger >= 0 && ex_trigger_is(r, p->trigger, "allow")) ||
	    (p->measure >= 0 && p->measure == ex_measure_index(r, "license"));
}
/* ex_delivery_noun - 1 if [a,b) is a noun of goods on their way: "cargoes",
 * "shipments", "deliveries", "consignments". */
static int
ex_delivery_noun(const char *t, size_t a, size_t b)
{
	static const struct ex_word DELIVERY[] = {
	    EX_W("cargo"), EX_W("cargoes"), EX_W("shipment"), EX_W("shipments"),
	    EX_W("deliveries"), EX_W("consignment"), EX_W("consignments")};

	return ex_word_in(DELIVERY, EX_NWORDS(DELIVERY), t + a, b - a);
}
/* ex_cut_noun_next - 1 if the word after b (one space between), before ce, is
 * a noun of lowering: "tariff cut", "duty reduction", "tariff removal",
 * "planned elimination". */
int
ex_cut_noun_next(const char *t, size_t b, size_t ce)
{
	static const struct ex_word CUT[] = {
	    EX_W("cut"), EX_W("cuts"), EX_W("reduction"), EX_W("reductions"), EX_W("removal"),
	    EX_W("elimination"), EX_W("rollback"), EX_W("lowering")};
	size_t ws, wl = ex_word_after(t, b, ce, &ws);

	return wl > 0 && ws == b + 1 && t[b] == ' ' && ex_word_in(CUT, EX_NWORDS(CUT), t + ws, wl);
}
/* ex_defer_as - frame f, a pause of something put off, becomes the act of the
 * trigger named (the purchase of the cargoes, the cut of the tariff), stalled. */
static void
ex_defer_as(const struct rules *r, struct ex_frame *f, const char *trigger)
{
	for (size_t t = 0; t < r->ntriggers; t++)
		if (ex_trigger_is(r, t, trigger)) {
			f->trigger = (int)t;
			f->deferred = 1;
			return;
		}
}
/* ex_stake_bought - 1 if a buying verb at [a,b) takes a stake ("completed its
 * $1.1 billion purchase of a 20% stake in Copperbelt", "agreed to buy a minority
 * stake in a Kenyan port operator"): a share of a company bought is an
 * investment, not goods.  The stake within six words after the verb, no
 * punctuation but a figure's between. */
static int
ex_stake_bought(const char *t, size_t b, size_t ce)
{
	static const struct ex_word STAKE[] = {
	    EX_W("stake"), EX_W("stakes"), EX_W("shareholding"), EX_W("shareholdings"),
	    EX_W("equity")};
	int words = 0;

	for (size_t k = b; k < ce && words <= 6; k++) {
		size_t n = 0;

		if (t[k] == ',' || t[k] == ';' || (t[k] == '.' && (k + 1 >= ce || t[k + 1] == ' ')))
			return 0;
		if (!ex_word_byte((unsigned char)t[k]) || (k > b && ex_word_byte((unsigned char)t[k - 1])))
			continue;
		while (k + n < ce && ex_word_byte((unsigned char)t[k + n]))
			n++;
		if (ex_word_in(STAKE, EX_NWORDS(STAKE), t + k, n))
			return 1;
		words++;
	}
	return 0;
}
/* ex_cargo_amount - 1 if t[lo,hi) holds only an amount or a quantifier before
 * goods, at most twelve words: "more", "the 3.3 million tonnes a year of", "two
 * more cargoes of", "about 4 million barrels of". */
static int
ex_cargo_amount(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word AMOUNT[] = {
	    EX_W("the"), EX_W("more"), EX_W("additional"), EX_W("further"), EX_W("extra"),
	    EX_W("some"), EX_W("about"), EX_W("around"), EX_W("its"), EX_W("their"), EX_W("first"),
	    EX_W("million"), EX_W("billion"), EX_W("tonnes"), EX_W("tons"), EX_W("metric"),
	    EX_W("barrels"), EX_W("cargo"), EX_W("cargoes"), EX_W("shipments"), EX_W("a"),
	    EX_W("year"), EX_W("per"), EX_W("of"), EX_W("two"), EX_W("three"), EX_W("four"),
	    EX_W("five"), EX_W("ten")};
	size_t ws, wl, p = lo;
	int words = 0;

	while (p < hi) {
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0) {
			/* "3.3", "4,000": a digit's point or comma */
			if (ex_digit_sep(t, lo, ws, hi)) {
				p = ws + 1;
				continue;
			}
			return ws >= hi && words > 0;
		}
		if (++words > 12 || !((t[ws] >= '0' && t[ws] <= '9') ||
		    ex_word_in(AMOUNT, EX_NWORDS(AMOUNT), t + ws, wl)))
			return 0;
		p = ws + wl;
	}
	return words > 0;
}
/* ex_effect_object - 1 if the words after a verb of lowering at pos, up to
 * [pos,hi), reach a figure of an economy or a firm within four words, no
 * punctuation or preposition first (read past the clause's end, which a
 * curly "Hyundai’s" may set; a possessive is part of its word): "a 25% tariff would cut Hyundai's
 * operating profit", "the new levy will lower Vietnam's growth", "the rate
 * would still reduce Japan's real GDP": what a measure does to others, no
 * measure lowered. */
static int
ex_effect_object(const char *t, size_t pos, size_t hi)
{
	static const struct ex_word FIGURE[] = {
	    EX_W("profit"), EX_W("profits"), EX_W("GDP"), EX_W("growth"), EX_W("earnings"),
	    EX_W("output"), EX_W("income"), EX_W("revenue"), EX_W("revenues"), EX_W("margin"),
	    EX_W("margins"), EX_W("sales"), EX_W("exports"), EX_W("jobs"), EX_W("employment"),
	    EX_W("costs")};
	static const struct ex_word STOP[] = {
	    EX_W("on"), EX_W("of"), EX_W("to"), EX_W("from"), EX_W("by"), EX_W("for"),
	    EX_W("in"), EX_W("with"), EX_W("at"), EX_W("and"), EX_W("or")};
	size_t ws, wl, p = pos;

	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++) {
		for (size_t k = p; k < ws; k++)
			if (t[k] == ',' || t[k] == ';' || t[k] == ':' || t[k] == '.')
				return 0;
		if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl))
			return 0;
		if (ex_word_in(FIGURE, EX_NWORDS(FIGURE), t + ws, wl))
			return 1;
		p = ws + wl;
		p += ex_possessive_len(t, p, hi);
	}
	return 0;
}
/* ex_firm_gain - 1 if the object at pos of a verb of benefit names a firm's own
 * figures: a pronoun of it ("save it", "lift its margin", "helped their
 * sales") or a sum ("add $1 billion to profit", "save about $2 billion"), not
 * an economy's ("lift Swiss economic growth": an effect told of a country). */
static int
ex_firm_gain(const char *t, size_t pos, size_t hi)
{
	static const struct ex_word OWN[] = {
	    EX_W("it"), EX_W("its"), EX_W("them"), EX_W("their"), EX_W("us"), EX_W("our"),
	    EX_W("about"), EX_W("around"), EX_W("roughly"), EX_W("some"), EX_W("nearly"),
	    EX_W("almost"), EX_W("more"), EX_W("up")};
	size_t ws, wl;

	while (pos < hi && t[pos] == ' ')
		pos++;
	if (pos < hi && (t[pos] == '$' || (t[pos] >= '0' && t[pos] <= '9')))
		return 1;
	wl = ex_word_after(t, pos, hi, &ws);
	return wl > 0 && ws == pos && ex_word_in(OWN, EX_NWORDS(OWN), t + ws, wl);
}
/* ex_cut_effect - 1 if the lowering word at [start,end) is the adjective of a
 * tariff noun after a determiner ("the lower tariff", "a reduced duty", "the
 * lower US tariffs"), or the noun "cut(s)" / "reduction(s)" before "in" and a
 * tariff noun, and that noun phrase ("on" and up to four words of goods may
 * follow) is the subject of a verb of benefit, a modal or "is expected to"
 * perhaps between: "Hyundai said the lower tariff would save it $2 billion",
 * "Honda expects the reduced tariff to add $1 billion to profit", "the cut in
 * duties has helped Kia's margins": what a cut told elsewhere does for a
 * firm, no cut of its own (a firm saying it is no levier). */
static int
ex_cut_effect(const char *t, size_t lo, size_t start, size_t end, size_t hi)
{
	static const struct ex_word ADJ[] = {
	    EX_W("lower"), EX_W("lowered"), EX_W("reduced")};
	static const struct ex_word CUT[] = {
	    EX_W("cut"), EX_W("cuts"), EX_W("reduction"), EX_W("reductions")};
	static const struct ex_word TARIFF[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"),
	    EX_W("levies"), EX_W("rate"), EX_W("rates")};
	static const struct ex_word BENEFIT[] = {
	    EX_W("save"), EX_W("saves"), EX_W("saved"), EX_W("add"), EX_W("adds"), EX_W("added"),
	    EX_W("boost"), EX_W("boosts"), EX_W("boosted"), EX_W("help"), EX_W("helps"),
	    EX_W("helped"), EX_W("benefit"), EX_W("benefits"), EX_W("benefited"),
	    EX_W("spare"), EX_W("spares"), EX_W("spared"), EX_W("lift"), EX_W("lifts"),
	    EX_W("lifted"), EX_W("improve"), EX_W("improves"), EX_W("improved"),
	    EX_W("support"), EX_W("supports"), EX_W("supported")};
	static const struct ex_word LINK[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("is"), EX_W("was"), EX_W("expected"),
	    EX_W("already"), EX_W("also")};
	static const struct ex_word LOWER[] = {
	    EX_W("cut"), EX_W("cuts"), EX_W("reduce"), EX_W("reduces"), EX_W("reduced"),
	    EX_W("lower"), EX_W("lowers"), EX_W("lowered")};
	size_t ws, wl = ex_word_before(t, start, lo, &ws), p = end;
	int noun = ex_word_in(CUT, EX_NWORDS(CUT), t + start, end - start);

	if (wl == 0 || !ex_determiner(t + ws, wl) ||
	    !(noun || ex_word_in(ADJ, EX_NWORDS(ADJ), t + start, end - start)))
		return 0;
	if (noun && ((wl = ex_word_after(t, p, hi, &ws)) != 2 || ex_ncasecmp(t + ws, "in", 2) != 0))
		return 0;
	if (noun)
		p = ws + wl;
	/* the tariff noun, a party's modifier ("US", "American") perhaps before */
	for (int w = 0; ; w++) {
		if (w == 2 || (wl = ex_word_after(t, p, hi, &ws)) == 0 || ws > p + 1)
			return 0;
		p = ws + wl;
		if (ex_word_in(TARIFF, EX_NWORDS(TARIFF), t + ws, wl))
			break;
		if (t[ws] < 'A' || t[ws] > 'Z')
			return 0;
	}
	/* "on Korean cars and parts": the goods, no punctuation */
	if ((wl = ex_word_after(t, p, hi, &ws)) == 2 && ex_ncasecmp(t + ws, "on", 2) == 0) {
		size_t q = ws + wl;

		for (int w = 0; w < 5 && (wl = ex_word_after(t, q, hi, &ws)) > 0; w++) {
			if (ws > q + 1)
				return 0;
			q = ws + wl;
			if (ex_word_in(BENEFIT, EX_NWORDS(BENEFIT), t + ws, wl) ||
			    ex_modal_word(t + ws, wl) || ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl)) {
				p = ws;
				break;
			}
		}
	}
	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++) {
		if (ws > p + 1)
			return 0;
		if (ex_word_in(BENEFIT, EX_NWORDS(BENEFIT), t + ws, wl) ||
		    ex_word_in(LOWER, EX_NWORDS(LOWER), t + ws, wl))
			return ex_firm_gain(t, ws + wl, hi);
		if (!ex_modal_word(t + ws, wl) && !ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl))
			return 0;
		p = ws + wl;
	}
	return 0;
}
/* ex_record_measure - 1 if a "since" in [a,b) closes a record comparison
 * (ex_record_since) before the measure at b: "signed a deal to buy US LNG, the
 * first such contract since Beijing placed a 15% tariff on US LNG": the
 * measure dates how rare the news is, it is not what the verb acts on. */
static int
ex_record_measure(const char *t, size_t a, size_t b)
{
	size_t lo = b > a + 100 ? b - 100 : a;

	/* back at most 100 bytes, not past a comma or semicolon */
	for (size_t k = b; k > lo + 5; k--) {
		if (t[k - 1] == ',' || t[k - 1] == ';')
			return 0;
		if (ex_ncasecmp(t + k - 6, " since", 6) == 0 && (t[k] == ' ' || k == b))
			return ex_record_since(t, a, k - 5);
	}
	return 0;
}
/* ex_hold_active - 1 if "on hold" at a follows an active verb of putting or
 * keeping ("will keep on hold the rule that ...", "has put on hold its
 * plan"): a verb whose object may come after it, no state.  After "be",
 * "been", "was" ... the verb is passive and its measure stands before ("the
 * fees have been put on hold").  "put on hold the approval of new licences":
 * what is on hold is the noun before "of", no measure after it; a state. */
static int
ex_hold_active(const char *t, size_t a, size_t e)
{
	static const struct ex_word PUT[] = {
	    EX_W("put"), EX_W("puts"), EX_W("putting"), EX_W("keep"), EX_W("keeps"), EX_W("kept"),
	    EX_W("keeping"), EX_W("place"), EX_W("places"), EX_W("placed"), EX_W("placing")};
	size_t lo = a > 40 ? a - 40 : 0, ws, wl = ex_word_before(t, a, lo, &ws);

	if (wl == 0 || !ex_word_in(PUT, EX_NWORDS(PUT), t + ws, wl) || ex_passive_be(t, lo, ws))
		return 0;
	for (int words = 0; words < 4 && (wl = ex_word_after(t, e, e + 40, &ws)) > 0 && ws <= e + 1;
	    words++, e = ws + wl)
		if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0)
			return 0;
	return 1;
}
/* ex_state_verb - 1 if the trigger frame f is a verb of state ("remain
 * suspended", "stays lifted", "remained suspended"): its measure is its
 * subject, before it, never a measure after it ("China's export controls
 * remain suspended, and the licences remain valid": the licences are not
 * suspended). */
static int
ex_state_verb(const char *t, const struct ex_frame *f)
{
	return f->trigger >= 0 && ((f->anchor_end - f->anchor > 7 &&
	    (ex_ncasecmp(t + f->anchor, "remain", 6) == 0 || ex_ncasecmp(t + f->anchor, "stay", 4) == 0)) ||
	    (ex_on_hold(t, f->anchor, f->anchor_end) && !ex_hold_active(t, f->anchor, f->anchor_end)));
}
/* ex_split_verb - the verb of a phrasal verb split by its object: 1 if the
 * words before the particle at pos, at most twelve back in the clause
 * [cs,pos), hold one of verbs, 2 if that verb is past ("kept", "placed",
 * "brought", "has put", "the US put": "put" not after "to", a modal, "be"
 * or "not"), else 0; *vend the verb's end.  A hyphen, the dots of "U.S."
 * and a curly apostrophe stand inside the object; other punctuation ends the
 * search. */
static int
ex_split_verb(const char *t, size_t cs, size_t pos, const struct ex_word *verbs, size_t nverbs,
    size_t *vend)
{
	static const struct ex_word NOT_PAST[] = {
	    EX_W("to"), EX_W("will"), EX_W("would"), EX_W("could"), EX_W("can"), EX_W("may"),
	    EX_W("might"), EX_W("should"), EX_W("must"), EX_W("shall"), EX_W("be"), EX_W("not")};
	size_t p = pos, ws, wl, bs, bl;

	for (int w = 0; w < 12 && p > cs;) {
		if ((wl = ex_word_before(t, p, cs, &ws)) == 0) {
			while (p > cs && t[p - 1] == ' ')
				p--;
			if (p > cs && (t[p - 1] == '-' || t[p - 1] == '.' || (unsigned char)t[p - 1] >= 0x80)) {
				p--;
				continue;
			}
			return 0;
		}
		if (ex_word_in(verbs, nverbs, t + ws, wl)) {
			*vend = ws + wl;
			if ((wl == 4 && ex_ncasecmp(t + ws, "kept", 4) == 0) ||
			    (wl == 7 && ex_ncasecmp(t + ws, "brought", 7) == 0) ||
			    (wl > 3 && ex_ncasecmp(t + ws + wl - 2, "ed", 2) == 0))
				return 2;
			bl = ex_word_before(t, ws, cs, &bs);
			return wl == 3 && ex_ncasecmp(t + ws, "put", 3) == 0 &&
			    !(bl > 0 && ex_word_in(NOT_PAST, EX_NWORDS(NOT_PAST), t + bs, bl)) ? 2 : 1;
		}
		p = ws;
		w++;
	}
	return 0;
}
static int ex_modal_before(const char *, size_t, size_t, int);
/* ex_under_deal_rate - for the trigger mention x, "under the deal" (a lowering
 * trigger of rules.json starting "under "): a verb of lowering only as the
 * rate goods pay under a deal, "face", "pay" or "subject to" (ex_faced_measure)
 * then a percentage and the tariff it is, at most ten words before it and no
 * verb of the clause between ("Japanese cars now face a 15% U.S. tariff under
 * the deal struck in July", "Swiss watches pay a 15 per cent duty under the
 * framework"; "Under the deal, Japan will invest" and "agreed to cut its tariff
 * under the deal" are the other verb's).  -1 if x is no such phrase, 1 if
 * it is that rate, else 0. */
static int
ex_under_deal_rate(const struct ex_ctx *ctx, const struct ex_mention *x, size_t cs)
{
	const char *t = ctx->text;
	size_t lo = x->start > cs + 80 ? x->start - 80 : cs, p = x->start;

	if (x->kind != RULE_TRIGGER || !ex_under_deal(t, x->start, x->end))
		return -1;
	if (ex_has_kind(ctx, RULE_TRIGGER, cs, x->start))
		return 0;
	/* the last percentage before, then the start of its number */
	while (p > lo && t[p - 1] != '%')
		p--;
	if (p == lo)
		return 0;
	while (p > lo && t[p - 1] != ' ')
		p--;
	if (!ex_faced_measure(t, cs, p) || !(ex_has_kind(ctx, RULE_MEASURE, p, x->start) ||
	    ex_has_kind(ctx, RULE_OBJECT, p, x->start)))
		return 0;
	/* "Vietnam's exports face ...": a party as the subject would be read as
	 * the actor; only goods named by origin ("Japanese cars") are read, or a
	 * subject whose rate names its levier ("Vietnam's exports face a 20% U.S.
	 * tariff", ex_levy_party: ex_payer_levier reads both). */
	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < p; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= cs && ctx->m.v[i].role == ROLE_SUBJECT &&
		    ex_levy_party(ctx, p, x->start, ctx->m.v[i].value) < 0)
			return 0;
	return ex_modal_before(t, cs, p, 8) ? 1 : 2;
}
/* ex_modal_before - 1 if a modal, "to" or "be" stands among the n words before
 * pos ("will face", "would pay", "are set to face", "will be subject to"): a
 * rate to come; else a rate in force ("now face", "pay", "are subject to"). */
static int
ex_modal_before(const char *t, size_t lo, size_t pos, int n)
{
	static const struct ex_word MODAL[] = {
	    EX_W("will"), EX_W("would"), EX_W("can"), EX_W("could"), EX_W("shall"), EX_W("may"),
	    EX_W("might"), EX_W("should"), EX_W("be"), EX_W("to")};
	size_t ws, wl;

	for (int w = 0; w < n && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws)
		/* "subject to" is the rate's own "to" */
		if (ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl) &&
		    !(wl == 2 && ex_word_before(t, ws, lo, &ws) == 7 && ex_ncasecmp(t + ws, "subject", 7) == 0))
			return 1;
	return 0;
}
/* ex_held_particle - for the trigger mention x, a particle that is a verb only
 * after its verb and object (ex_split_verb): "on hold" after putting or
 * keeping ("agreed to keep the higher tariffs on each other's goods on hold",
 * "has put the affiliates rule on hold", "the port fees were put on hold",
 * "tariffs remain on hold"; else a stall: "purchases have been on hold"), "down
 * to" after bringing ("will bring American tariffs on Indian goods down to 18%",
 * "knocked the duty down to zero"; else "comes down to").  -1 if x is no such
 * particle, else ex_split_verb's answer. */
static int
ex_held_particle(const struct ex_ctx *ctx, const struct ex_mention *x, size_t cs)
{
	static const struct ex_word HOLD[] = {
	    EX_W("put"), EX_W("puts"), EX_W("putting"), EX_W("keep"), EX_W("keeps"), EX_W("kept"),
	    EX_W("keeping"), EX_W("place"), EX_W("places"), EX_W("placed"), EX_W("placing"),
	    EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"), EX_W("stays"),
	    EX_W("stayed")};
	static const struct ex_word BRING[] = {
	    EX_W("bring"), EX_W("brings"), EX_W("brought"), EX_W("bringing"), EX_W("knock"),
	    EX_W("knocks"), EX_W("knocked"), EX_W("knocking"), EX_W("push"), EX_W("pushes"),
	    EX_W("pushed"), EX_W("pushing")};
	const char *t = ctx->text;
	size_t vend = 0;
	int v;

	if (x->kind != RULE_TRIGGER)
		return -1;
	if (ex_on_hold(t, x->start, x->end))
		return ex_split_verb(t, cs, x->start, HOLD, EX_NWORDS(HOLD), &vend);
	if (x->end - x->start != 7 || ex_ncasecmp(t + x->start, "down to", 7) != 0)
		return -1;
	/* A measure the verb lowers is what is brought down, between the verb
	 * and "down to": "the tariffs pushed exports down to $30 billion" lowers
	 * no tariff. */
	v = ex_split_verb(t, cs, x->start, BRING, EX_NWORDS(BRING), &vend);
	for (size_t i = ex_first(ctx, vend); v > 0 && i < ctx->m.n && ctx->m.v[i].start < x->start; i++) {
		const struct ex_mention *y = &ctx->m.v[i];

		int m = y->kind == RULE_MEASURE ? y->value : y->kind == RULE_TRIGGER && y->dual ? y->dual_measure :
		    y->kind == RULE_OBJECT ? ctx->r->objects[y->value].measure : -1;

		if (y->start >= vend && m >= 0 && rules_action_find(ctx->r, x->value, m) >= 0)
			return v;
	}
	return 0;
}
/* ex_lifted_cargo - 1 if the "lower" trigger at mention i is "lift" loading a
 * fuel ("have started lifting Nigerian crude", "lifted Qatari LNG"): the trade's
 * word for taking cargoes, a purchase; its object right after it, an origin or an
 * amount ("has begun lifting the 3.3 million tonnes a year of U.S. LNG", "lifting
 * more American crude", ex_cargo_amount) at most between, and no measure. */
static int
ex_lifted_cargo(const struct ex_ctx *ctx, size_t i, size_t ce)
{
	const struct rules *r = ctx->r;
	const struct ex_mention *x = &ctx->m.v[i];
	static const struct ex_word FIGURE[] = {
	    EX_W("prices"), EX_W("price"), EX_W("output"), EX_W("production"), EX_W("exports"),
	    EX_W("stocks"), EX_W("inventories"), EX_W("futures"), EX_W("benchmark")};
	int energy;
	size_t j = i + 1, end = x->end, ws, wl;

	/* The verb first: the object's lookup only for "lift". */
	if (x->end - x->start < 4 || ex_ncasecmp(ctx->text + x->start, "lift", 4) != 0 ||
	    (energy = rules_object_find(r, "energy")) < 0)
		return 0;
	/* "lifted the first cargo of Omani LNG": the cargo, then its goods. */
	while (j < ctx->m.n && ctx->m.v[j].kind == RULE_CUE && ctx->m.v[j].start < ce)
		j++;
	if (j < ctx->m.n && ctx->m.v[j].kind == RULE_MEASURE && ctx->m.v[j].start < ce &&
	    (ex_ncasecmp(ctx->text + ctx->m.v[j].start, "cargo", 5) == 0 ||
	    ex_ncasecmp(ctx->text + ctx->m.v[j].start, "shipment", 8) == 0) &&
	    ex_few_words(ctx->text, end, ctx->m.v[j].start, 2, 1) &&
	    ctx->m.v[j].end + 4 <= ce && ex_ncasecmp(ctx->text + ctx->m.v[j].end, " of ", 4) == 0)
		end = ctx->m.v[j++].end + 3;
	if (j < ctx->m.n && ctx->m.v[j].kind == RULE_ACTOR && ctx->m.v[j].start < ce &&
	    (ex_few_words(ctx->text, end, ctx->m.v[j].start, 0, 0) ||
	    ex_cargo_amount(ctx->text, end, ctx->m.v[j].start)))
		end = ctx->m.v[j++].end;
	if (j >= ctx->m.n || ctx->m.v[j].kind != RULE_OBJECT || ctx->m.v[j].start >= ce ||
	    r->objects[ctx->m.v[j].value].measure >= 0 || !(ex_few_words(ctx->text, end, ctx->m.v[j].start, 0, 0) ||
	    ex_cargo_amount(ctx->text, end, ctx->m.v[j].start)) ||
	    !rules_object_covers(r, energy, ctx->m.v[j].value))
		return 0;
	/* "lifting crude prices", "lifted LNG output": the goods only qualify a figure. */
	wl = ex_word_after(ctx->text, ctx->m.v[j].end, ce, &ws);
	return !(wl > 0 && ex_word_in(FIGURE, EX_NWORDS(FIGURE), ctx->text + ws, wl));
}
#define EX_STATE_REACH 300  /* bytes back to the noun a relative clause describes */

/* ex_relative_cut - 1 if the relative clause at cs (", which ...") describes a
 * tariff named just before it and tells its cut done: a tariff mention (a tariff
 * noun or a tariff's object) ends at most 24 bytes before the comma, with no
 * comma or verb between ("the so-called fentanyl tariff on Chinese goods, which
 * Trump had halved"), and only its subject and "had"/"has" stand between
 * "which" and the verb at anchor: not a wish or a request ("which Ottawa had
 * hoped to see lifted", "which Trump wants cut"). */
static int
ex_relative_cut(const struct ex_ctx *ctx, size_t cs, size_t anchor)
{
	static const struct ex_word BETWEEN[] = {
	    EX_W("which"), EX_W("the"), EX_W("had"), EX_W("has"), EX_W("have")};
	const struct rules *r = ctx->r;
	const char *t = ctx->text;
	int tariff = ex_measure_index(r, "tariff");
	size_t comma = cs, last = EX_NOPOS, ws, wl, p = cs;
	int w = 0;

	for (; (wl = ex_word_after(t, p, anchor, &ws)) > 0 && ws < anchor; p = ws + wl, w++)
		if (w > 4 || (!ex_word_in(BETWEEN, EX_NWORDS(BETWEEN), t + ws, wl) && (t[ws] < 'A' || t[ws] > 'Z')))
			return 0;

	while (comma > 0 && t[comma - 1] == ' ')
		comma--;
	if (tariff < 0 || comma == 0 || t[comma - 1] != ',')
		return 0;
	comma--;
	for (size_t i = ex_first(ctx, comma > 120 ? comma - 120 : 0); i < ctx->m.n && ctx->m.v[i].start < comma; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_TRIGGER)
			last = EX_NOPOS;
		else if ((x->kind == RULE_MEASURE && x->value == tariff) ||
		    (x->kind == RULE_OBJECT && r->objects[x->value].measure == tariff))
			last = x->end;
	}
	if (last == EX_NOPOS || last > comma || comma - last > 24)
		return 0;
	for (p = last; p < comma; p++)
		if (t[p] == ',' || t[p] == ';' || t[p] == '.')
			return 0;
	return 1;
}

/* ex_state_after_relative - "the port fees, which Beijing suspended in
 * November, remain suspended": in a clause that opens with a relative pronoun,
 * a verb of state ("remain", "stay", "still" before a participle) that finds no
 * measure is said of the noun the relative clause describes: the last measure
 * named before the clause, in its sentence. */
static void
ex_state_after_relative(const struct ex_ctx *ctx, struct ex_frame *fr, size_t k, size_t cs, size_t ce)
{
	static const struct ex_word STATE[] = {
	    EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"), EX_W("stays"), EX_W("stayed"),
	    EX_W("still")};
	const struct rules *r = ctx->r;
	const char *t = ctx->text;
	size_t lo = cs > EX_STATE_REACH ? cs - EX_STATE_REACH : 0, ws, wl;

	int cut;

	if (!ex_relative(t + cs, ce - cs))
		return;
	/* "The fentanyl tariff, which the U.S. cut to 10% a year ago, was not
	 * affected": a lowering verb in a relative clause that opens right
	 * after its tariff ("on Chinese goods" at most between) lowers it. */
	cut = ex_trigger_is(r, fr[k].trigger, "lower") && ex_relative_cut(ctx, cs, fr[k].anchor);
	if (!cut && (k == 0 || !fr[k].past))
		return;
	/* The state word before the verb, or opening a trigger phrase
	 * ("remain suspended"). */
	if (!cut && ((wl = ex_word_before(t, fr[k].anchor, cs, &ws)) == 0 ||
	    !ex_word_in(STATE, EX_NWORDS(STATE), t + ws, wl)) &&
	    ((wl = ex_word_after(t, fr[k].anchor, fr[k].anchor_end, &ws)) == 0 ||
	    ws + wl >= fr[k].anchor_end || !ex_word_in(STATE, EX_NWORDS(STATE), t + ws, wl)))
		return;
	/* Back to the sentence's start: a newline, or a full stop after a
	 * lower-case letter ("U.S." ends nothing). */
	for (size_t p = cs; p > lo; p--)
		if (t[p - 1] == '\n' || (t[p - 1] == '.' && p >= 2 && t[p - 2] >= 'a' && t[p - 2] <= 'z')) {
			lo = p;
			break;
		}
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < cs; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo)
			continue;
		if (x->kind == RULE_MEASURE) {
			fr[k].measure = x->value;
			fr[k].measure_object = -1;
			fr[k].measure_pos = x->start;
		} else if (x->kind == RULE_OBJECT && r->objects[x->value].measure >= 0) {
			fr[k].measure = r->objects[x->value].measure;
			fr[k].measure_object = x->value;
			fr[k].measure_pos = x->start;
		}
	}
}

/* ex_names_percent - 1 if [pos,end) names a percentage ("15%", "15 percent",
 * "15 per cent"). */
static int
ex_names_percent(const char *t, size_t pos, size_t end)
{
	return pos < end && (memchr(t + pos, '%', end - pos) != NULL || memmem(t + pos, end - pos, " percent", 8) != NULL ||
	    memmem(t + pos, end - pos, " per cent", 9) != NULL);
}

/* ex_cap_cue - which cap cue trigger text [pos,end) holds, 1-based: "cap" (1),
 * "more than" (2), "worse than", "higher than", "less favo", "exceed" (6); 0
 * for none. */
int
ex_cap_cue(const char *t, size_t pos, size_t end)
{
	static const char *const CAP[] = {"cap", "more than", "worse than", "higher than", "less favo", "exceed"};

	for (size_t i = 0; i < sizeof CAP / sizeof CAP[0]; i++)
		if (memmem(t + pos, end - pos, CAP[i], strlen(CAP[i])) != NULL)
			return (int)i + 1;
	return 0;
}
/* ex_cap_measure - "EU pharmaceuticals will face no more than 15%", "Japanese
 * medicines will not be treated worse than those of any other country", "caps
 * the rate on EU pharmaceuticals at 15%": a cap cue of the pause class ("cap",
 * "no more than", "worse than", "exceed", "higher than", "less favo") that
 * finds no measure caps a tariff named in its clause or, failing that, the
 * last one named before it in its paragraph or the paragraph before. */
static void
ex_cap_measure(const struct ex_ctx *ctx, struct ex_frame *f, size_t cs, size_t ce)
{
	const char *t = ctx->text;
	int tariff = ex_measure_index(ctx->r, "tariff"), cap = ex_cap_cue(t, f->anchor, f->anchor_end), para = 0;
	size_t lo = cs > EX_STATE_REACH ? cs - EX_STATE_REACH : 0, pick = EX_NOPOS;

	/* The noun "cap" ("the annual cap", "a written cap") caps nothing
	 * named; a cap or limit that is no comparison names its rate ("at
	 * 15%", "no more than 15 percent"), which "caps a round of talks"
	 * does not. */
	if (!cap || (f->anchor_end - f->anchor == 3 && cap == 1) ||
	    ((cap <= 2 || cap == 6) && !ex_names_percent(t, f->anchor_end, ce)))
		return;
	/* Back to the start of the paragraph before this one. */
	for (size_t p = cs; p > lo; p--)
		if (t[p - 1] == '\n' && t[p] != '\n' && ++para == 2) {
			lo = p;
			break;
		}
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < ce; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int m = x->kind == RULE_MEASURE ? x->value : x->kind == RULE_OBJECT ? ctx->r->objects[x->value].measure : -1;

		if (m < 0 || m != tariff)
			continue;
		if (x->start < cs || pick == EX_NOPOS || ctx->m.v[pick].start < cs)
			pick = i;
		if (x->start >= cs)
			break;
	}
	if (pick == EX_NOPOS)
		return;
	f->measure = tariff;
	f->measure_object = ctx->m.v[pick].kind == RULE_OBJECT ? ctx->m.v[pick].value : -1;
	/* The goods capped are the clause's, before the cue or after it. */
	f->measure_pos = ctx->m.v[pick].start >= cs ? ctx->m.v[pick].start : cs;
}

/* ex_plain_object - 1 if the verb ending at end has an object of its own that
 * no measure names, a particle at most between ("crushers cut back production",
 * "mills cut jobs", "refiners reduced output"): the verb takes no measure told
 * before it. */
static int
ex_plain_object(const char *t, size_t end, size_t ce)
{
	static const struct ex_word PART[] = {EX_W("back"), EX_W("down"), EX_W("their"), EX_W("its")};
	static const struct ex_word OWN[] = {
	    EX_W("production"), EX_W("output"), EX_W("jobs"), EX_W("staff"), EX_W("workers"),
	    EX_W("prices"), EX_W("costs"), EX_W("spending"), EX_W("capacity"), EX_W("shifts"),
	    EX_W("hours"), EX_W("forecasts"), EX_W("forecast"), EX_W("estimates"),
	    EX_W("losses"), EX_W("workforce"), EX_W("payrolls")};
	size_t ws, wl = ex_word_after(t, end, ce, &ws);

	for (int w = 0; w < 2 && wl > 0 && ex_word_in(PART, EX_NWORDS(PART), t + ws, wl); w++)
		wl = ex_word_after(t, ws + wl, ce, &ws);
	return wl > 0 && ex_word_in(OWN, EX_NWORDS(OWN), t + ws, wl);
}

/* ex_intransitive_after - 1 if the verb ending at end takes no object: a stop,
 * a preposition or a time word follows it ("the quota opened on Monday",
 * "has reopened today", "opened."), so a measure noun told before it is its
 * subject, what opened. */
static int
ex_intransitive_after(const char *t, size_t end, size_t ce)
{
	static const struct ex_word NEXT[] = {
	    EX_W("on"), EX_W("in"), EX_W("at"), EX_W("from"), EX_W("for"), EX_W("with"),
	    EX_W("after"), EX_W("as"), EX_W("again"), EX_W("today"), EX_W("yesterday"),
	    EX_W("this"), EX_W("last"), EX_W("earlier"), EX_W("and"), EX_W("but"), EX_W("up")};
	size_t ws, wl = ex_word_after(t, end, ce, &ws);

	return wl == 0 || ex_word_in(NEXT, EX_NWORDS(NEXT), t + ws, wl);
}

/* ex_goods_then_other - 1 if the verb of buying of frame f has its goods
 * before the tariff of kind mkind at pos, and a verb of averting (or "before",
 * "ahead of") stands at most four words before that tariff: "agreed to buy
 * more U.S. corn to avert the tariff", "pledged to buy 50 Boeing jets to stave
 * off U.S. tariffs", "in an effort to avert a 50% tariff", "before the tariff
 * deadline".  A purchase has no tariff of its own; the tariff is what it is
 * for. */
static int
ex_goods_then_other(const struct ex_ctx *ctx, const struct ex_frame *f, size_t pos, int mkind)
{
	static const struct ex_word AVERT[] = {
	    EX_W("avert"), EX_W("averting"), EX_W("avoid"), EX_W("avoiding"), EX_W("stave"),
	    EX_W("staving"), EX_W("forestall"), EX_W("ward"), EX_W("fend"), EX_W("head"),
	    EX_W("dodge"), EX_W("escape"), EX_W("before"), EX_W("ahead")};
	size_t ws, wl, p = pos;
	int goods = 0;

	if (!ex_trigger_is(ctx->r, f->trigger, "buy") || rules_action_find(ctx->r, f->trigger, mkind) >= 0 ||
	    (mkind != ex_measure_index(ctx->r, "tariff") && mkind != ex_measure_index(ctx->r, "tariff_threat")))
		return 0;
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < pos && !goods; i++)
		goods = ctx->m.v[i].kind == RULE_OBJECT && ctx->r->objects[ctx->m.v[i].value].measure < 0;
	/* Back over five words; a rate's "%" or a name's dots are no end. */
	for (int w = 0; goods && w < 5 && p > f->anchor_end; w++, p = ws) {
		while (p > f->anchor_end && !ex_word_byte((unsigned char)ctx->text[p - 1]))
			p--;
		for (ws = p; ws > f->anchor_end && ex_word_byte((unsigned char)ctx->text[ws - 1]); ws--)
			;
		wl = p - ws;
		if (wl > 0 && ex_word_in(AVERT, EX_NWORDS(AVERT), ctx->text + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_let_in_goods - 1 if goods follow "let in" at pos as its object, no
 * preposition between (within 100 bytes; "up to" is a number's): "let in up
 * to 49,000 Chinese-made electric vehicles", not "let in reporters for a
 * briefing on soybean prices". */
static int
ex_let_in_goods(const struct ex_ctx *ctx, size_t pos, size_t ce)
{
	static const struct ex_word PREP[] = {
	    EX_W("for"), EX_W("on"), EX_W("with"), EX_W("from"), EX_W("at"), EX_W("into"),
	    EX_W("about"), EX_W("after"), EX_W("while"), EX_W("and"), EX_W("but")};
	const char *t = ctx->text;
	size_t hi = ce < pos + 100 ? ce : pos + 100, e;
	int up = 0;

	for (size_t k = pos; k < hi; k = e) {
		size_t j;

		if (!ex_word_byte((unsigned char)t[k]) || (k > pos && ex_word_byte((unsigned char)t[k - 1]))) {
			e = k + 1;
			continue;
		}
		for (e = k; e < hi && ex_word_byte((unsigned char)t[e]); e++)
			continue;
		j = ex_first(ctx, k);
		if (j < ctx->m.n && ctx->m.v[j].start == k && ctx->m.v[j].kind == RULE_OBJECT &&
		    ctx->r->objects[ctx->m.v[j].value].measure < 0)
			return 1;
		if (ex_word_in(PREP, EX_NWORDS(PREP), t + k, e - k) ||
		    (e - k == 2 && ex_ncasecmp(t + k, "to", 2) == 0 && !up))
			return 0;
		up = e - k == 2 && ex_ncasecmp(t + k, "up", 2) == 0;
	}
	return 0;
}
/* ex_bare_verb - 1 if the dual trigger t[0,n) can only be a verb ("sell",
 * "ship"): "let Nvidia sell Blackwell chips" sells, unlike "Chinese imports". */
static int
ex_bare_verb(const char *t, size_t n)
{
	static const struct ex_word VERB[] = {EX_W("sell"), EX_W("ship")};

	return ex_word_in(VERB, EX_NWORDS(VERB), t, n);
}

/* ex_past_passive - 1 if a past form of "be" stands right before the verb at
 * pos ("licences were issued", "quotas have been opened"), not "will be",
 * "are", "have not been" or "will have been". */
static int
ex_past_passive(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word BE[] = {EX_W("was"), EX_W("were")};
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws), hs, hl, ms, ml;

	if (wl != 4 || ex_ncasecmp(t + ws, "been", 4) != 0)
		return wl > 0 && ex_word_in(BE, EX_NWORDS(BE), t + ws, wl);
	hl = ex_word_before(t, ws, lo, &hs);
	ml = hl > 0 ? ex_word_before(t, hs, lo, &ms) : 0;
	return hl > 0 && ex_word_in(HAVE, EX_NWORDS(HAVE), t + hs, hl) && (ml == 0 || !ex_modal_word(t + ms, ml));
}

/* ex_sentence_rest - the end of the sentence from p: the first ". ", ".\n"
 * or newline after it, at most 400 bytes on, else p + 400 (or len). */
static size_t
ex_sentence_rest(const char *t, size_t p, size_t len)
{
	size_t hi = len - p > 400 ? p + 400 : len;

	for (size_t k = p; k < hi; k++)
		if (t[k] == '\n' || (t[k] == '.' && (k + 1 == len || t[k + 1] == ' ' || t[k + 1] == '\n')))
			return k;
	return hi;
}
/* ex_entry_tense - the tense of the form of "enter" at [ws,ws+wl) for
 * ex_free_entry: 2 for "entered", 1 right after a modal or "to" ("will enter",
 * "would enter", "be able to enter"), 0 for a bare present ("About 85% of
 * Mexican exports enter duty-free under USMCA rules", "passenger cars already
 * enter duty-free": a standing state or a share of trade, no news of a
 * commitment) and for "will now enter" (in force from today, which a modal's
 * pledge would misstate). */
static int
ex_entry_tense(const char *t, size_t ws, size_t wl)
{
	static const struct ex_word MODAL[] = {
	    EX_W("will"), EX_W("would"), EX_W("can"), EX_W("could"), EX_W("shall"), EX_W("may"),
	    EX_W("might"), EX_W("to"), EX_W("should")};
	size_t bs, bl;

	if (wl == 7)
		return 2;
	bl = ex_word_before(t, ws, 0, &bs);
	return bl > 0 && ex_word_in(MODAL, EX_NWORDS(MODAL), t + bs, bl) ? 1 : 0;
}
/* ex_free_entry - for the trigger mention i, "duty-free" or "tariff-free"
 * (spaced or not): a verb of lowering only right after a form of "enter" and
 * the country entered ("Korean cars will enter Canada tariff-free", "would
 * enter the EU duty-free"; "the" between at most), whose tariff on the goods
 * is lowered (the sides are ex_entered_country's), or right after "enter"
 * ("Indonesian exports to the EU would enter duty-free": the goods'
 * destination acts).  -1 if i is no such phrase, 0 if it is not after
 * "enter" and a country ("duty-free access") or the verb is a bare present
 * (ex_entry_tense), 2 for a done entry, else 1. */
static int
ex_free_entry(const struct ex_ctx *ctx, size_t i)
{
	static const struct ex_word ENTER[] = {
	    EX_W("enter"), EX_W("enters"), EX_W("entering"), EX_W("entered")};
	const struct ex_mention *x = &ctx->m.v[i], *z;
	const char *t = ctx->text;
	size_t ws, wl, n = x->end - x->start;

	if (x->kind != RULE_TRIGGER || (n != 9 && n != 11) ||
	    (ex_ncasecmp(t + x->end - 4, "free", 4) != 0) ||
	    (ex_ncasecmp(t + x->start, "duty", 4) != 0 && ex_ncasecmp(t + x->start, "tariff", 6) != 0))
		return -1;
	/* "exports to the EU would enter duty-free": the country named before. */
	if (!((wl = ex_word_before(t, x->start, 0, &ws)) > 0 && ex_word_in(ENTER, EX_NWORDS(ENTER), t + ws, wl))) {
		if (i == 0 || (z = &ctx->m.v[i - 1])->kind != RULE_ACTOR || z->end >= x->start)
			return 0;
		for (size_t k = z->end; k < x->start; k++)
			if (t[k] != ' ')
				return 0;
		wl = ex_word_before(t, z->start, 0, &ws);
		if (wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0)
			wl = ex_word_before(t, ws, 0, &ws);
		if (wl == 0 || !ex_word_in(ENTER, EX_NWORDS(ENTER), t + ws, wl))
			return 0;
	}
	return ex_entry_tense(t, ws, wl);
}/* ex_can_enter - 1 if "can" or "may" ("can now", "may now") stands right
 * before the form of "enter" at ws: what goods are able to do under a deal
 * in force ("100,000 British cars a year can enter the US at a 10% tariff"),
 * not a pledge ("will enter"). */
static int
ex_can_enter(const char *t, size_t lo, size_t ws)
{
	size_t bs, bl = ex_word_before(t, ws, lo, &bs);

	if (bl == 3 && ex_ncasecmp(t + bs, "now", 3) == 0)
		bl = ex_word_before(t, bs, lo, &bs);
	return (bl == 3 && ex_ncasecmp(t + bs, "can", 3) == 0) || (bl == 3 && ex_ncasecmp(t + bs, "may", 3) == 0);
}
/* ex_sole_frame - 1 if frame k is the clause's only one that may act: no
 * other has a verb or a quota ("allow 49,000 EVs into Canada at a tariff of
 * 6.1%", "opened a quota for US pork at a reduced duty" are the verb's). */
static int
ex_sole_frame(const struct rules *r, const struct ex_frame *fr, size_t k, size_t n)
{
	int quota = ex_measure_index(r, "quota");

	for (size_t j = 0; j < n; j++)
		if (j != k && (fr[j].trigger >= 0 || (fr[j].measure >= 0 && fr[j].measure == quota)))
			return 0;
	return 1;
}
/* ex_rate_entry - for a tariff noun at pos that opens a frame with no verb:
 * 2 or 1 (done or to come) if it is the rate admitted goods enter at, else 0.
 * Only the rate's words stand between "at" and the noun ("at a 10% tariff", "at
 * a tariff of 10 per cent", "at the most-favoured-nation tariff rate"), and
 * before "at" in its clause goods enter a country: a form of "enter" (not
 * "enter into force"; "100,000 British cars a year can enter the US at a 10%
 * tariff"), "into" ("ship vehicles into India at a tariff of 10 per cent") or
 * a bare "in" ("let 49,000 EVs a year in at the 6.1% tariff").  The clause
 * must tell a deal's rate: a quota or a verb of permission, a lower rate
 * (ex_quota_rate) or a yearly volume ("a year"); "Brazilian beef enters the EU
 * at a 12.8% tariff" is a standing rate, no commitment.  "entered", a bare
 * present ("enter the US at a 10% tariff rather than 27.5%": in force) give 2,
 * a modal's "enter" or "into" 1. */
static int
ex_rate_entry(const struct ex_ctx *ctx, size_t cs, size_t pos, size_t ce)
{
	static const struct ex_word FILL[] = {
	    EX_W("a"), EX_W("an"), EX_W("the"), EX_W("per"), EX_W("cent"), EX_W("percent"),
	    EX_W("lower"), EX_W("reduced"), EX_W("preferential"), EX_W("low"), EX_W("normal"),
	    EX_W("regular"), EX_W("standard"), EX_W("most"), EX_W("favoured"), EX_W("favored"),
	    EX_W("nation"), EX_W("MFN"), EX_W("zero"), EX_W("flat"), EX_W("in"), EX_W("quota")};
	static const struct ex_word ENTER[] = {
	    EX_W("enter"), EX_W("enters"), EX_W("entering"), EX_W("entered")};
	static const struct ex_word FORCE[] = {
	    EX_W("force"), EX_W("effect"), EX_W("operation"), EX_W("talks"), EX_W("negotiations")};
	static const struct ex_word YEAR[] = {
	    EX_W("year"), EX_W("annually"), EX_W("yearly")};
	const char *t = ctx->text;
	size_t p = pos, ws, wl, as, at = EX_NOPOS;
	int tense = 0;

	for (int w = 0; w < 9 && at == EX_NOPOS; w++, p = ws) {
		while (p > cs && (t[p - 1] == ' ' || t[p - 1] == '%' || t[p - 1] == '-' || ex_digit_sep(t, cs, p - 1, ce)))
			p--;
		if ((wl = ex_word_before(t, p, cs, &ws)) == 0)
			return 0;
		if (wl == 2 && ex_ncasecmp(t + ws, "at", 2) == 0)
			at = ws;
		else if (!(t[ws] >= '0' && t[ws] <= '9') && !ex_word_in(FILL, EX_NWORDS(FILL), t + ws, wl))
			return 0;
	}
	if (at == EX_NOPOS)
		return 0;
	if ((wl = ex_word_before(t, at, cs, &ws)) == 2 && ex_ncasecmp(t + ws, "in", 2) == 0)
		tense = 1;
	for (int w = 0; w < 16 && !tense && p > cs; w++, p = ws) {
		if ((wl = ex_word_before(t, p, cs, &ws)) == 0) {
			if (p - 1 > cs && ex_digit_sep(t, cs, p - 1, ce)) {
				ws = p - 1;
				continue;
			}
			break;
		}
		if (ex_word_in(ENTER, EX_NWORDS(ENTER), t + ws, wl) || (wl == 4 && ex_ncasecmp(t + ws, "into", 4) == 0)) {
			size_t nl = ex_word_after(t, ws + wl, ce, &as);

			if ((nl == 4 && ex_ncasecmp(t + as, "into", 4) == 0) || ex_word_in(FORCE, EX_NWORDS(FORCE), t + as, nl))
				return 0;
			tense = wl == 4 && ex_ncasecmp(t + ws, "into", 4) == 0 ? 1 :
			    ex_entry_tense(t, ws, wl) == 1 && !ex_can_enter(t, cs, ws) ? 1 : 2;
		}
	}
	if (!tense)
		return 0;
	if (ex_quota_in(ctx, cs, ce) || ex_quota_rate(t, at > 8 + cs ? at - 8 : cs, ce) != EX_NOPOS)
		return tense;
	for (p = cs; p < ce; p = ws + (wl > 0 ? wl : 1))
		if ((wl = ex_word_after(t, p, ce, &ws)) > 0 && ex_word_in(YEAR, EX_NWORDS(YEAR), t + ws, wl) &&
		    (wl != 4 || ((wl = ex_word_before(t, ws, cs, &as)) > 0 &&
		    (ex_determiner(t + as, wl) || (wl == 4 && ex_ncasecmp(t + as, "each", 4) == 0) ||
		    (wl == 3 && ex_ncasecmp(t + as, "per", 3) == 0)))))
			return tense;
	return 0;
}
/* ex_current_before - 1 if "current", "existing" or "present" stands among the
 * few words between an extension's verb at lo and its tariff at [pos,end), and
 * the tariff, before hi, is a rate ("the current tariff rates", "the existing
 * tariff rate", "present tariff levels"; not "its existing steel safeguard
 * tariffs", a tariff kept; "the current tariff arrangements" of two sides is
 * left to the truce's words). */
static int
ex_current_before(const char *t, size_t lo, size_t pos, size_t end, size_t hi)
{
	static const struct ex_word NOW[] = {
	    EX_W("current"), EX_W("existing"), EX_W("present")};
	static const struct ex_word RATE[] = {
	    EX_W("rate"), EX_W("rates"), EX_W("level"), EX_W("levels")};
	size_t ws, wl;

	if (pos < lo || pos - lo > 60)
		return 0;
	/* the rate word ends the tariff's own phrase ("tariff rates") or follows it */
	if (!((wl = ex_word_before(t, end, pos, &ws)) > 0 && ex_word_in(RATE, EX_NWORDS(RATE), t + ws, wl)) &&
	    !((wl = ex_word_after(t, end, hi, &ws)) > 0 && ex_word_in(RATE, EX_NWORDS(RATE), t + ws, wl)))
		return 0;
	/* "the current 25% tariff rate": a sign between words is stepped over */
	for (int w = 0; w < 8 && pos > lo; w++) {
		if ((wl = ex_word_before(t, pos, lo, &ws)) == 0) {
			pos--;
			continue;
		}
		if (ex_word_in(NOW, EX_NWORDS(NOW), t + ws, wl))
			return 1;
		pos = ws;
	}
	return 0;
}
/* ex_quota_imposed - 1 if a verb of imposing stands within three words before
 * a quota at pos ("impose quotas on Chinese steel", "imposed new import
 * quotas", "to introduce a quota on"): a quota laid on imports limits them,
 * it lets nothing in ("open a quota of 99,000 tons" does).  "not impose" is
 * no imposing: 0. */
static int
ex_quota_imposed(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word IMPOSE[] = {
	    EX_W("impose"), EX_W("imposes"), EX_W("imposed"), EX_W("imposing"), EX_W("introduce"),
	    EX_W("introduces"), EX_W("introduced"), EX_W("introducing"), EX_W("slap"), EX_W("slaps"), EX_W("slapped"), EX_W("slapping")};
	size_t ws, wl;

	for (int n = 0; n < 3 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; n++, pos = ws)
		if (ex_word_in(IMPOSE, EX_NWORDS(IMPOSE), t + ws, wl)) {
			size_t ns, nl = ex_word_before(t, ws, lo, &ns);

			/* "will not impose bans or quotas on exports", "committed
			 * not to impose": a pledge of its own, read elsewhere. */
			if (nl == 2 && ex_ncasecmp(t + ns, "to", 2) == 0)
				nl = ex_word_before(t, ns, lo, &ns);
			return !(nl == 3 && ex_ncasecmp(t + ns, "not", 3) == 0) &&
			    !(nl == 5 && ex_ncasecmp(t + ns, "never", 5) == 0);
		}
	return 0;
}

/* ex_frame_lower - frame f becomes a cut of measure m: the trigger class
 * "lower" and its action on m.  0, f unchanged, when the rules give that
 * class no action on m. */
static int
ex_frame_lower(const struct rules *r, struct ex_frame *f, int m)
{
	for (size_t t = 0; t < r->ntriggers; t++)
		if (ex_trigger_is(r, t, "lower") && rules_action_find(r, (int)t, m) >= 0) {
			f->trigger = (int)t;
			f->measure = m;
			f->action = rules_action_find(r, (int)t, m);
			return 1;
		}
	return 0;
}

/* ex_resumed_imports - the index of the import noun ("imports", "import") that
 * is the subject of the verb of resuming of frame k, or (size_t)-1: "imports of
 * U.S. logs had resumed on March 30", "log imports could resume immediately",
 * "imports of U.S. logs, which were suspended in March, have been resumed".
 * The importer's trade taken up again is its market opened again (the
 * contract's market_access "resumes imports"), as "has resumed imports of U.S.
 * logs" is; not a purchase.  The noun opens its own phrase (no verb of the
 * clause within three words before it: "halted imports of seafood, which had
 * resumed" is the halt's), and the verb takes no object after it ("resumed
 * them"). */
static size_t
ex_resumed_imports(const struct ex_ctx *ctx, const struct ex_frame *fr, size_t k, size_t cs)
{
	static const struct ex_word RESUME[] = {
	    EX_W("resume"), EX_W("resumes"), EX_W("resumed"), EX_W("resuming")};
	const struct rules *r = ctx->r;
	const char *t = ctx->text;
	size_t ws, wl, found = (size_t)-1;
	int import = ex_measure_index(r, "import");

	if (import < 0 || !ex_trigger_is(r, fr[k].trigger, "allow") ||
	    !ex_word_in(RESUME, EX_NWORDS(RESUME), t + fr[k].anchor, fr[k].anchor_end - fr[k].anchor))
		return (size_t)-1;
	wl = ex_word_after(t, fr[k].anchor_end, ctx->len, &ws);
	if (!(ex_intransitive_after(t, fr[k].anchor_end, ctx->len) ||
	    (wl > 4 && ex_ncasecmp(t + ws + wl - 2, "ly", 2) == 0)))
		return (size_t)-1;
	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < fr[k].anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start >= cs && x->kind == RULE_TRIGGER && x->dual && x->dual_measure == import &&
		    ex_trigger_is(r, x->value, "buy"))
			found = i;
	}
	if (found == (size_t)-1)
		return (size_t)-1;
	for (size_t j = 0; j < k; j++)
		if (fr[j].trigger >= 0 && fr[j].anchor < ctx->m.v[found].start &&
		    ex_few_words(t, fr[j].anchor_end, ctx->m.v[found].start, 3, 0))
			return (size_t)-1;
	return found;
}

/* ex_clause_frames - the frames of clause [cs,ce): anchors, measures, actions. */
size_t
ex_clause_frames(const struct ex_ctx *ctx, size_t cs, size_t ce, struct ex_frame *fr, size_t max)
{
	const struct rules *r = ctx->r;
	size_t n = 0, counter_ex = 0;
	int deal, rate_entry;

	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < ce; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int mkind = -1, mobj = -1, held, entry, udeal;

		if (x->start < cs)
			continue;
		if (x->kind == RULE_MEASURE) {
			size_t ps, pl = ex_word_before(ctx->text, x->start, cs, &ps);

			/* "imposed a safeguard quota on beef imports": a quota that
			 * limits imports lets nothing in. */
			if (x->value == ex_measure_index(r, "quota") && ((pl == 9 &&
			    ex_ncasecmp(ctx->text + ps, "safeguard", 9) == 0) || ex_quota_imposed(ctx->text, cs, x->start)))
				continue;
			/* "not to impose export bans or quotas on rare earths": quotas
			 * joined to export controls are the same restriction, whose
			 * goods follow them. */
			if (x->value == ex_measure_index(r, "quota") && i > 0 &&
			    ((pl == 2 && ex_ncasecmp(ctx->text + ps, "or", 2) == 0) ||
			    (pl == 3 && ex_ncasecmp(ctx->text + ps, "and", 3) == 0)) &&
			    ctx->m.v[i - 1].kind == RULE_OBJECT && ctx->m.v[i - 1].start >= cs &&
			    ctx->m.v[i - 1].value == rules_object_find(r, "export_controls") &&
			    ctx->m.v[i - 1].end + 1 == ps)
				continue;
			mkind = x->value;
			if (mkind == ex_measure_index(r, "import_ban") && ex_measure_index(r, "export_control") >= 0 &&
			    ex_shipments_abroad(ctx, i, cs, ce))
				mkind = ex_measure_index(r, "export_control");
			/* "its ban on gallium exports", "its ban on US log imports": a bare
			 * ban is an export control or an import ban by what it stops. */
			if (mkind == ex_measure_index(r, "ban") && ex_measure_index(r, "import_ban") >= 0 &&
			    ex_measure_index(r, "export_control") >= 0) {
				if (ex_np_reaches(ctx, i, ce, "export"))
					mkind = ex_measure_index(r, "export_control");
				else if (ex_on_imports(ctx, i, ce))
					mkind = ex_measure_index(r, "import_ban");
				else if (ex_ban_told_exports(ctx, i))
					mkind = ex_measure_index(r, "export_control");
			}
		}
		else if (x->kind == RULE_OBJECT && r->objects[x->value].measure >= 0) {
			mkind = r->objects[x->value].measure;
			mobj = ex_demonstrative_object(ctx, i, cs);
			if (strcmp(r->measures[mkind], "export_control") == 0 && ex_on_imports(ctx, i, ce) &&
			    ex_measure_index(r, "import_ban") >= 0) {
				mkind = ex_measure_index(r, "import_ban");
				mobj = -1;
			}
		} else if (x->kind == RULE_TRIGGER && x->dual)
			mkind = x->dual_measure;
		/* "extended the current tariff rates for 90 days", "granted Mexico
		 * an extension of the existing tariff rates": prolonging the rate
		 * in force holds off a higher one, a truce's pause. */
		if (mkind >= 0 && mkind == ex_measure_index(r, "tariff") && n > 0 && fr[n - 1].trigger >= 0 &&
		    fr[n - 1].measure < 0 && ex_trigger_is(r, fr[n - 1].trigger, "extend") &&
		    ex_current_before(ctx->text, fr[n - 1].anchor_end, x->start, x->end, ce) &&
		    ex_measure_index(r, "truce") >= 0) {
			mkind = ex_measure_index(r, "truce");
			mobj = -1;
		}
		/* Non-tariff countermeasures are no measure of their own: what they
		 * include names it ("including additions to its entity list"). */
		if (mkind >= 0 && mkind == ex_measure_index(r, "tariff_threat")) {
			int nt = ex_nontariff_counter(ctx->text, cs, x->start, x->end, ce);
			int o = nt == EX_COUNTER_FIRMS ? rules_object_find(r, "sanctions") :
			    nt == EX_COUNTER_SHIPS ? rules_object_find(r, "port_fees") : -1;

			/* Taken against firms they are listings, against ships port
			 * fees: the measure that the verb suspends or lifts. */
			if (o >= 0 && ex_measure_index(r, "measure") >= 0) {
				mkind = ex_measure_index(r, "measure");
				mobj = o;
			} else if (nt || ex_counter_refers_nontariff(ctx, i))
				continue;
		}
		/* "its countermeasures, including port fees and its entity list": the
		 * measures listed are what is suspended, each one. */
		if (mkind >= 0 && mkind == ex_measure_index(r, "tariff_threat") && ex_counter_names(ctx, i, ce)) {
			for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= x->end + 3; j++)
				if (ctx->m.v[j].kind == RULE_EXAMPLES)
					counter_ex = ctx->m.v[j].end;
			continue;
		}
		/* "Chinese imports", "beef imports", "a tariff on imports from ...": a
		 * noun after its owner, its goods or a preposition, not the verb "import". */
		if (x->kind == RULE_TRIGGER && x->dual && ex_ncasecmp(ctx->text + x->start, "to ", 3) != 0 &&
		    !ex_bare_verb(ctx->text + x->start, x->end - x->start) &&
		    ((i > 0 && (ctx->m.v[i - 1].kind == RULE_ACTOR ||
		    (ctx->m.v[i - 1].kind == RULE_OBJECT && r->objects[ctx->m.v[i - 1].value].measure < 0)) &&
		    ctx->m.v[i - 1].end + 2 >= x->start) || ex_noun_position(ctx->text, cs, x->start))) {
			/* "will resume soybean imports from the US": the noun is the
			 * measure of the verb right before its goods; so it is of a
			 * verb noun right before it ("approved the resumption of
			 * imports of US beef"). */
			if (mkind >= 0 && i > 0 && (ctx->m.v[i - 1].kind == RULE_OBJECT ||
			    (n > 0 && ctx->m.v[i - 1].start == fr[n - 1].anchor &&
			    ex_of_only(ctx->text, fr[n - 1].anchor_end, x->start))) && n > 0 &&
			    fr[n - 1].trigger >= 0 && fr[n - 1].measure < 0 &&
			    rules_action_find(r, fr[n - 1].trigger, mkind) >= 0 &&
			    ex_few_words(ctx->text, fr[n - 1].anchor_end, x->start, 3, 0)) {
				fr[n - 1].measure = mkind;
				fr[n - 1].measure_object = mobj;
			}
			continue;
		}
		/* "on hold", "down to": verbs only after their own (ex_held_particle). */
		if ((held = ex_held_particle(ctx, x, cs)) == 0)
			continue;
		/* "will face a U.S. tariff of no more than 15 percent": a cap only on
		 * the rate goods face (ex_faced_cap); "shall apply to cars a tariff of
		 * no more than 15 percent" is the applying verb's rate. */
		if (x->kind == RULE_TRIGGER && x->end - x->start == 15 &&
		    ex_ncasecmp(ctx->text + x->start, "of no more than", 15) == 0 &&
		    !ex_faced_cap(ctx->text, cs, x->start))
			continue;
		/* "face a 15% tariff under the deal": the rate a deal set (ex_deal_rate). */
		if ((udeal = ex_under_deal_rate(ctx, x, cs)) == 0)
			continue;
		if (udeal == 2)
			held = 2;
		/* "duty-free": a verb of lowering a tariff only after "enter" and a
		 * country (ex_free_entry), and only as the clause's one verb ("will
		 * be allowed to enter the EU duty-free" is the permission's;
		 * "enters Korea tariff-free after Seoul's tariff cut" the cut's). */
		if ((entry = ex_free_entry(ctx, i)) == 0 || (entry > 0 && (ex_has_kind(ctx, RULE_TRIGGER, cs, x->start) ||
		    ex_has_kind(ctx, RULE_TRIGGER, x->end, ex_sentence_rest(ctx->text, x->end, ctx->len)))))
			continue;
		if (x->kind == RULE_TRIGGER && (ex_participle(ctx, i, ce) || ex_restated_relative(ctx, i, cs, ce) ||
		    ex_alternative(ctx->text, cs, x->start)))
			continue;
		/* "opened a reduced-tariff quota for U.S. pork", "a zero-duty quota":
		 * the rate the quota carries, no verb of its own. */
		if (x->kind == RULE_TRIGGER && ex_quota_compound(ctx->text, x->end, ce))
			continue;
		/* "a quota for US beef at a reduced duty": the rate the quota sets, no
		 * verb of its own. */
		if (x->kind == RULE_TRIGGER && ex_quota_in(ctx, cs, x->start) &&
		    ex_quota_rate(ctx->text, x->start > cs + 8 ? x->start - 8 : cs, ce) < x->start)
			continue;
		if (x->kind == RULE_TRIGGER && (ex_access_denied(ctx->text, cs, x->start, x->end) ||
		    ex_not_a_verb(ctx->text, cs, x->start, x->end, ce) || ex_accept_other(ctx, i, ce) ||
		    ex_lowers_other(ctx->text, x->start, x->end, ce)))
			continue;
		/* "revoked Huawei's licences to buy US chips": the purchase is what the
		 * licence permits, not a commitment; "barred state firms from buying
		 * Nvidia chips": what is forbidden. */
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "buy") &&
		    (ex_licence_to(ctx, cs, x->start) || ex_barred_from(ctx->text, cs, x->start)))
			continue;
		/* "plants have been cleared to resume exports to China", "were
		 * allowed to resume sales": a verb of letting again after "to" and a
		 * verb of letting is the one permission, told by the first verb. */
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "allow") && n > 0 &&
		    fr[n - 1].trigger >= 0 && fr[n - 1].measure < 0 && ex_trigger_is(r, fr[n - 1].trigger, "allow") &&
		    ex_few_words(ctx->text, fr[n - 1].anchor_end, x->start, 1, 0) &&
		    x->start >= 3 && ex_ncasecmp(ctx->text + x->start - 3, "to ", 3) == 0)
			continue;
		/* "reduce purchases of Russian oil", "cut its imports of US beef",
		 * "restricted imports of US rice": buying less is no purchase, and the
		 * lowering verb has nothing of its own. */
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "buy") && n > 0 &&
		    fr[n - 1].trigger >= 0 && fr[n - 1].measure < 0 &&
		    ex_trigger_is(r, fr[n - 1].trigger, "curb") &&
		    ex_word_in(EX_INTENSIFY, EX_NWORDS(EX_INTENSIFY), ctx->text + fr[n - 1].anchor,
		    fr[n - 1].anchor_end - fr[n - 1].anchor) &&
		    ex_few_words(ctx->text, fr[n - 1].anchor_end, x->start, 2, 1))
			n--;    /* "stepped up purchases of US wheat": buying more */
		/* "signed a letter of intent to buy US corn", "placed an order to buy
		 * jets": one purchase, whose goods follow the second verb. */
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "buy") && n > 0 &&
		    fr[n - 1].trigger == x->value && fr[n - 1].measure < 0 &&
		    ex_few_words(ctx->text, fr[n - 1].anchor_end, x->start, 1, 0) &&
		    x->start >= 3 && ex_ncasecmp(ctx->text + x->start - 3, "to ", 3) == 0)
			n--;
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "buy") && n > 0 &&
		    fr[n - 1].trigger >= 0 && fr[n - 1].measure < 0 &&
		    (ex_trigger_is(r, fr[n - 1].trigger, "lower") ||
		    ex_trigger_is(r, fr[n - 1].trigger, "curb")) &&
		    ex_few_words(ctx->text, fr[n - 1].anchor_end, x->start, 2, 1)) {
			n--;
			continue;
		}
		/* "extend the heightened reciprocal tariff suspension until November 10":
		 * prolonging a suspension is a pause of what it suspends. */
		if (x->kind == RULE_TRIGGER && !x->past && ex_trigger_is(r, x->value, "suspend") &&
		    n > 0 && fr[n - 1].trigger >= 0 && ex_trigger_is(r, fr[n - 1].trigger, "extend") &&
		    ex_few_words(ctx->text, fr[n - 1].anchor_end, x->start, 4, 1)) {
			for (size_t t = 0; t < r->ntriggers; t++)
				if (ex_trigger_is(r, t, "pause"))
					fr[n - 1].trigger = (int)t;
			continue;
		}
		/* "extended the exemption for Mexican goods", "will extend the tariff
		 * exemption": prolonging an exemption keeps the goods out of the
		 * tariff, the exemption's own frame, told with the extension's tense. */
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "exempt") && n > 0 &&
		    fr[n - 1].trigger >= 0 && ex_trigger_is(r, fr[n - 1].trigger, "extend") &&
		    ex_few_words(ctx->text, fr[n - 1].anchor_end, x->start, 3, 1)) {
			for (size_t t = 0; t < r->ntriggers; t++)
				if (ex_trigger_is(r, t, "exempt"))
					fr[n - 1].trigger = (int)t;
			continue;
		}
		/* "lifted its suspension of the remaining Australian beef exporters",
		 * "ended the freeze on US poultry": undoing a halt named by no measure of
		 * its own lets the goods in again; undoing the suspension of a measure
		 * ("lift the suspension of port fees") brings it back: no commitment. */
		if (x->kind == RULE_TRIGGER && !x->dual && ex_trigger_is(r, x->value, "suspend") &&
		    n > 0 && fr[n - 1].trigger >= 0 && fr[n - 1].measure < 0 &&
		    ex_trigger_is(r, fr[n - 1].trigger, "lower") &&
		    ex_few_words(ctx->text, fr[n - 1].anchor_end, x->start,
		    memchr(ctx->text + fr[n - 1].anchor_end, '-', x->start - fr[n - 1].anchor_end) ? 3 : 2, 1) &&
		    ex_measure_index(r, "import_ban") >= 0) {
			int measure_next = i + 1 < ctx->m.n && ctx->m.v[i + 1].start < ce &&
			    (ctx->m.v[i + 1].kind == RULE_MEASURE || (ctx->m.v[i + 1].kind == RULE_OBJECT &&
			    r->objects[ctx->m.v[i + 1].value].measure >= 0));

			/* "ended its suspension of rare earth export controls": a
			 * restriction may follow the goods it restricts (at most three
			 * goods mentions, six words, no punctuation); "its suspension
			 * on three pork plants" still lets the goods in. */
			for (size_t j = i + 2; !measure_next && j < ctx->m.n && j <= i + 4 &&
			    ctx->m.v[j].start < ce && ctx->m.v[j - 1].kind == RULE_OBJECT &&
			    ex_few_words(ctx->text, x->end, ctx->m.v[j].start, 6, 0); j++)
				measure_next = ex_restriction_kind(r, ctx->m.v[j].kind == RULE_MEASURE ?
				    ctx->m.v[j].value : ctx->m.v[j].kind == RULE_OBJECT ?
				    r->objects[ctx->m.v[j].value].measure : -1);

			if (measure_next)
				n--;
			else
				fr[n - 1].measure = ex_measure_index(r, "import_ban");
			continue;
		}
		/* "postpone the increase in duties", "hold off on raising its tariff",
		 * "hold off for another 60 days on raising it": the rise is what the
		 * open verb acts on, no frame of its own. */
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "enlarge") && n > 0 &&
		    fr[n - 1].trigger >= 0 && fr[n - 1].measure < 0 &&
		    ex_few_words(ctx->text, ex_duration_end(ctx->text, fr[n - 1].anchor_end, x->start),
		    x->start, 3, 0))
			continue;
		/* "will face a zero tariff when shipped to the United States": a
		 * participle after a subordinator tells where goods go, no sale. */
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "sell") &&
		    ex_subordinate_participle(ctx->text, cs, x->start))
			continue;
		/* "a 25% tariff would cut Hyundai's profit" (ex_effect_object). */
		if (x->kind == RULE_TRIGGER && ex_trigger_is(r, x->value, "lower") &&
		    (ex_effect_object(ctx->text, x->end, ctx->len) ||
		    ex_cut_effect(ctx->text, cs, x->start, x->end, ce)))
			continue;
		/* "granting licences for AMD to sell its chips to Chinese buyers": the
		 * sale a permission names is what it permits, its measure, no verb of
		 * its own (ex_permitted_sale). */
		if (x->kind == RULE_TRIGGER && !(x->dual && n > 0 && fr[n - 1].measure < 0 &&
		    rules_action_find(r, fr[n - 1].trigger, mkind) >= 0) &&
		    !(x->dual && n > 0 && ex_permitted_sale(ctx, &fr[n - 1], x))) {
			if (n == max)
				break;
			fr[n] = (struct ex_frame){x->start, x->end, x->value, x->past, -1, -1, -1, EX_NOPOS, 0, 0, 0, 0, 0};
			if (held == 2 || entry == 2)
				fr[n].past = 1;
			if (entry > 0) {
				fr[n].measure = ex_measure_index(r, "tariff");
				fr[n].entry = 1;
			}
			/* "Korean cars pay 15% rather than 25%": the rate paid is a tariff. */
			if (ex_pay_verb(ctx->text, x->start, x->end))
				fr[n].measure = ex_measure_index(r, "tariff");
			/* "will let in 49,000 Chinese cars a year", "allowed in more
			 * U.S. rice": the verb with its "in" names what it lets in,
			 * imports (the phrase is also an import noun in rules.json). */
			if (x->dual && x->end - x->start > 3 && ex_ncasecmp(ctx->text + x->end - 3, " in", 3) == 0 &&
			    ex_let_in_goods(ctx, x->end, ce))
				fr[n].measure = x->dual_measure;
			if (ex_trigger_is(r, x->value, "buy") && ex_stake_bought(ctx->text, x->end, ce))
				for (size_t t = 0; t < r->ntriggers; t++)
					if (ex_trigger_is(r, t, "invest"))
						fr[n].trigger = (int)t;
			/* "will deploy $550 billion in US projects": money put in
			 * place is invested; "deploy troops" stays a curbing verb. */
			if (ex_trigger_is(r, x->value, "curb") && x->end - x->start >= 6 &&
			    ex_ncasecmp(ctx->text + x->start, "deploy", 6) == 0 &&
			    ex_money_after(ctx->text, x->end, ce))
				for (size_t t = 0; t < r->ntriggers; t++)
					if (ex_trigger_is(r, t, "invest"))
						fr[n].trigger = (int)t;
			if (ex_trigger_is(r, x->value, "lower") && ex_lifted_cargo(ctx, i, ce))
				for (size_t t = 0; t < r->ntriggers; t++)
					if (ex_trigger_is(r, t, "buy"))
						fr[n].trigger = (int)t;
			/* "should cut", "agreed to set": an infinitive, not a past form;
			 * nor is a participle after "to be" ("remaining tariffs on UK
			 * goods to be removed": a headline's act to come). */
			if (x->past && (ex_after_modal(ctx->text, cs, x->start) || ex_to_be(ctx->text, cs, x->start)))
				fr[n].past = 0;
			/* "did, however, close its probe": an emphatic "did" tells a
			 * done act with a bare verb. */
			if (!x->past && (ex_emphatic_did(ctx->text, cs, x->start) ||
			    ex_past_sequel(ctx->text, cs, x->start, x->end)))
				fr[n].past = 1;
			/* "The EU will open a quota ..., and cut its tariffs on tuna": a
			 * form both base and past after "and" shares the earlier modal. */
			if (x->past && ex_shared_modal(ctx->text, cs, x->start, x->end))
				fr[n].past = 0;
			/* "The cut, which officials said would be applied once ...": a form
			 * both base and past after a determiner is a noun, no past act. */
			if (x->past && ex_noun_form(ctx->text, cs, x->start, x->end, ce))
				fr[n].past = 0;
			if (!x->past && ex_lower_adjective(ctx->text, cs, x->start, x->end, ce))
				fr[n].past = 1;
			/* "down from 27.5%" has no tense of its own: the clause's ("now
			 * pays a 15% tariff, down from": in place, unless a modal or a
			 * "take effect" before it looks ahead). */
			if (x->end - x->start == 9 && ex_ncasecmp(ctx->text + x->start, "down from", 9) == 0)
				fr[n].past = !ex_ahead_clause(ctx, cs, x->start);
			/* "extended a pause", "granted the suspension": the noun is done as its
			 * verb is. */
			if (n > 0 && fr[n - 1].trigger >= 0 && fr[n - 1].measure < 0 && fr[n - 1].past &&
			    ex_done_object(ctx->text, fr[n - 1].anchor_end, x->start))
				fr[n].past = 1;
			n++;
			continue;
		}
		if (mkind < 0)
			continue;
		/* "cleared 1.2 million tonnes of US soybeans for import": an amount
		 * let in is a customs figure; "cleared US pork for import" lets it in. */
		if (x->kind == RULE_MEASURE && x->end - x->start > 4 &&
		    ex_ncasecmp(ctx->text + x->start, "for ", 4) == 0 && n > 0 &&
		    ex_has_digit(ctx->text, fr[n - 1].anchor_end, x->start))
			continue;
		/* "non-tariff barriers": red tape, not a tariff; "the out-of-quota duty":
		 * a measure inside a compound only qualifies the noun after it. */
		if (x->kind != RULE_TRIGGER && (ex_compound_modifier(ctx->text, cs, x->start) ||
		    ex_free_of(ctx->text, cs, x->start) || ex_source_measure(ctx->text, cs, x->start) ||
		    ex_deal_modifier(ctx->text, x->end, ce) || ex_contested_measure(ctx->text, cs, x->start)))
			continue;
		/* A measure joins the open verb frame, or opens one of its own; not
		 * across a relative clause ("freezes a process that could have led to
		 * retaliatory tariffs": the process is frozen, not the tariffs). */
		/* Nor one the verb acts "under" ("suspended until November under the
		 * trade truce": the truce is the frame, the controls before the verb
		 * are what it suspends). */
		if (n > 0 && fr[n - 1].measure < 0 && fr[n - 1].trigger >= 0 && !ex_state_verb(ctx->text, &fr[n - 1]) &&
		    !(x->kind != RULE_TRIGGER && mkind == ex_measure_index(r, "truce") &&
		    ex_inside_measure(ctx->text, fr[n - 1].anchor_end, x->start)) &&
		    !ex_relative_between(ctx->text, fr[n - 1].anchor_end, x->start) &&
		    !ex_clause_between(ctx->text, fr[n - 1].anchor_end, x->start) &&
		    !ex_weigh_far(ctx->text, &fr[n - 1], x->start)) {
			/* "agreed to buy more U.S. corn to avert the tariff": the
			 * tariff is what the purchase is for, of no frame. */
			if (ex_goods_then_other(ctx, &fr[n - 1], x->start, mkind) ||
			    ex_record_measure(ctx->text, fr[n - 1].anchor_end, x->start))
				continue;
			fr[n - 1].measure = mkind;
			fr[n - 1].measure_object = mobj;
			/* "has asked QatarEnergy to defer 21 cargoes", "postponed
			 * deliveries of Australian coal": the buyer puts off what it
			 * bought, a purchase that has stalled. */
			if (ex_trigger_is(r, fr[n - 1].trigger, "pause") && ex_delivery_noun(ctx->text, x->start, x->end))
				ex_defer_as(r, &fr[n - 1], "buy");
			/* "postponed the tariff cut on US ethanol", "delayed its planned
			 * tariff reduction": the cut is what is put off, a cut that has
			 * stalled, not a pause of the tariff. */
			else if (ex_trigger_is(r, fr[n - 1].trigger, "pause") &&
			    (mkind == ex_measure_index(r, "tariff") || mkind == ex_measure_index(r, "tariff_threat")) &&
			    ex_cut_noun_next(ctx->text, x->end, ce))
				ex_defer_as(r, &fr[n - 1], "lower");
		} else if (n < max && !ex_inside_measure(ctx->text, cs, x->start)) {
			fr[n] = (struct ex_frame){x->start, x->end, -1, 0, mkind, mobj, -1, EX_NOPOS, 0, 0, 0, 0, 0};
			/* "gave Nvidia the nod to sell": granted as the verb is past. */
			fr[n].past = ex_given_measure(ctx->text, cs, x->start) == 2;
			fr[n].received = mkind == ex_measure_index(r, "license") &&
			    ex_received_measure(ctx->text, cs, x->start);
			/* "China will suspend:" then "- its special port fees": an item
			 * of the list takes the verb of its opening. */
			if (n == 0 && ctx->list_trigger >= 0 && rules_action_find(r, ctx->list_trigger, mkind) >= 0)
				fr[n].trigger = ctx->list_trigger;
			/* "suspend its port fees, its export controls on rare earths and its
			 * entity list": each measure listed after the verb's is its object too. */
			if (x->kind != RULE_TRIGGER && n > 0 && fr[n - 1].trigger >= 0 && fr[n - 1].measure >= 0 &&
			    (mobj < 0 || mobj != fr[n - 1].measure_object) &&
			    rules_action_find(r, fr[n - 1].trigger, mkind) >= 0 &&
			    ex_in_noun_list(ctx->text, fr[n - 1].anchor_end, x->start) &&
			    !ex_has_kind(ctx, RULE_EXAMPLES, counter_ex > fr[n - 1].anchor_end ? counter_ex :
			    fr[n - 1].anchor_end, x->start) &&
			    !ex_has_kind(ctx, RULE_CUE, fr[n - 1].anchor_end, x->start)) {
				fr[n].trigger = fr[n - 1].trigger;
				fr[n].past = fr[n - 1].past;
				fr[n].listed = 1;
			}
			n++;
		}
	}
	for (size_t k = 0; k < n; k++)
		if (fr[k].measure >= 0 && fr[k].measure == ex_measure_index(r, "rule"))
			ex_rule_measure(ctx, &fr[k], cs, k + 1 < n ? fr[k + 1].anchor : ce, ce);
	/* A verb with no measure after it may take one before it: "the port fees ... suspended". */
	for (size_t k = 0; k < n; k++) {
		/* "agreed to resume large purchases of soybeans": the verb's object is
		 * the verb noun right after it, not a measure named earlier. */
		/* "Japan's quota for U.S. beef has been opened": a verb with a
		 * sense of its own ("open" a market) takes the measure noun right
		 * before it whose passive it is, or whose intransitive past verb it
		 * is ("Britain's quota for US beef opened on Monday"; not the noun
		 * "tariffs, with exemptions for"). */
		if (fr[k].trigger >= 0 && fr[k].measure < 0 && (rules_action_find(r, fr[k].trigger, -1) < 0 ||
		    (k > 0 && fr[k - 1].trigger < 0 && fr[k - 1].measure >= 0 &&
		    rules_action_find(r, fr[k].trigger, fr[k - 1].measure) >= 0 &&
		    (ex_passive_be(ctx->text, fr[k - 1].anchor_end, fr[k].anchor) ||
		    (fr[k].past && ex_intransitive_after(ctx->text, fr[k].anchor_end, ce) &&
		    !ex_clause_between(ctx->text, fr[k - 1].anchor_end, fr[k].anchor))))) &&
		    !(k + 1 < n && fr[k + 1].trigger >= 0 &&
		    ex_few_words(ctx->text, fr[k].anchor_end, fr[k + 1].anchor, 2, 1)) &&
		    !ex_plain_object(ctx->text, fr[k].anchor_end, ce)) {
			size_t pick = (size_t)-1, imp = ex_resumed_imports(ctx, fr, k, cs);

			/* "imports of U.S. logs have been resumed": the import noun
			 * (a verb of buying, no frame of a measure) is what resumed;
			 * its own frame, if it has one, is consumed. */
			if (imp != (size_t)-1) {
				fr[k].measure = ex_measure_index(r, "import");
				fr[k].measure_pos = ctx->m.v[imp].start;
				/* "log imports": the goods before the noun are its own. */
				if (imp > 0 && ctx->m.v[imp - 1].kind == RULE_OBJECT && ctx->m.v[imp - 1].start >= cs &&
				    ctx->m.v[imp - 1].end + 2 >= ctx->m.v[imp].start)
					fr[k].measure_pos = ctx->m.v[imp - 1].start;
				for (size_t j = 0; j < k; j++)
					if (fr[j].anchor == ctx->m.v[imp].start) {
						fr[j].measure = -2;
						fr[j].action = -1;
					}
			}
			/* The nearest noun the verb makes sense with: "export restrictions
			 * on graphite shipments ... will be eased" eases the restrictions. */
			for (size_t j = k; imp == (size_t)-1 && j-- > 0;)
				if (fr[j].trigger < 0 && fr[j].measure >= 0) {
					if (pick == (size_t)-1)
						pick = j;
					if (rules_action_find(r, fr[k].trigger, fr[j].measure) >= 0) {
						pick = j;
						break;
					}
				}
			if (pick != (size_t)-1) {
				fr[k].measure = fr[pick].measure;
				fr[k].measure_object = fr[pick].measure_object;
				fr[k].measure_pos = fr[pick].anchor;
				fr[pick].measure = -2;  /* consumed */
				/* "Gallium licences were issued on July 1": the noun's
				 * frame keeps its key, and takes the tense of the passive
				 * that tells what became of it. */
				if (fr[k].past && ex_past_passive(ctx->text, fr[pick].anchor_end, fr[k].anchor))
					fr[pick].past = 1;
			} else if (imp == (size_t)-1)
				ex_state_after_relative(ctx, fr, k, cs, ce);
		}
		if (fr[k].trigger >= 0 && fr[k].measure == -1 && ex_trigger_is(r, fr[k].trigger, "pause"))
			ex_cap_measure(ctx, &fr[k], cs, ce);
		/* "AGOA, which gives duty-free access ..., expired last September and
		 * was renewed by Congress", "Congress renewed AGOA": a preference
		 * programme ("programmes" in rules.json) extended or renewed in the
		 * clause, with no measure of its own, is a truce renewed. */
		if (fr[k].trigger >= 0 && fr[k].measure == -1 && ex_trigger_is(r, fr[k].trigger, "extend")) {
			size_t from = cs;

			/* A passive's subject may head the sentence before its
			 * clause ("AGOA, which ..., expired ... and was renewed"). */
			if (ex_passive_be(ctx->text, cs, fr[k].anchor))
				while (from > 0 && cs - from < 400 && ctx->text[from - 1] != '\n' &&
				    !(from >= 2 && ctx->text[from - 1] == ' ' && ctx->text[from - 2] == '.' &&
				    ctx->text[from] >= 'A' && ctx->text[from] <= 'Z'))
					from--;
			for (size_t i = ex_first(ctx, from); i < ctx->m.n && ctx->m.v[i].start < ce; i++)
				if (ctx->m.v[i].kind == RULE_PROGRAMME && ctx->m.v[i].start >= from) {
					fr[k].measure = ex_measure_index(r, "truce");
					fr[k].measure_pos = ctx->m.v[i].start;
					break;
				}
		}
		/* "US sorghum will be allowed into China", "let Argentine beef enter
		 * the country": a verb of permission with goods let in names their
		 * entry, the import measure. */
		/* So do goods let in "at a tariff of 6.1 per cent" ("will allow
		 * 49,000 Chinese EVs into Canada each year at a tariff of 6.1 per
		 * cent"): the rate they pay is no measure of the verb's. */
		if (fr[k].trigger >= 0 && strcmp(r->triggers[fr[k].trigger], "allow") == 0 &&
		    (fr[k].measure == -1 || (fr[k].measure_pos == EX_NOPOS &&
		    (fr[k].measure == ex_measure_index(r, "tariff") || (fr[k].measure_object >= 0 &&
		    r->objects[fr[k].measure_object].measure == ex_measure_index(r, "tariff"))) &&
		    ex_at_rate(ctx->text, fr[k].anchor_end, ce))) &&
		    ex_into_after(ctx->text, fr[k].anchor_end, ce))
			fr[k].measure = ex_measure_index(r, "import");
		fr[k].action = fr[k].measure == -2 ? -1 : rules_action_find(r, fr[k].trigger, fr[k].measure);
		/* A rule after its verb that names no measure and no goods commits to
		 * nothing known ("suspend its nickel rules"). */
		if (fr[k].measure >= 0 && fr[k].measure == ex_measure_index(r, "rule") &&
		    fr[k].measure_object < 0 && fr[k].measure_pos == EX_NOPOS)
			fr[k].action = -1;
		/* A verb that does not fit its measure falls back to its bare sense,
		 * unless the measure is a government act ("opened probes into steel"
		 * opens no market). */
		if (fr[k].action < 0 && fr[k].trigger >= 0 && fr[k].measure >= 0 &&
		    fr[k].measure != ex_measure_index(r, "measure") && fr[k].measure_object < 0 &&
		    rules_action_find(r, fr[k].trigger, -1) >= 0)
			fr[k].action = rules_action_find(r, fr[k].trigger, -1);
		/* "extended duty-free access for US lobster", "renewed the tariff-free
		 * treatment of Caribbean sugar": prolonging access free of duty keeps
		 * the goods' tariff at zero, a cut on them (its rate ex_eliminates). */
		if (fr[k].action < 0 && fr[k].trigger >= 0 && ex_trigger_is(r, fr[k].trigger, "extend") &&
		    fr[k].measure >= 0 && fr[k].measure == ex_measure_index(r, "access") &&
		    ex_free_access(ctx, &fr[k], ce))
			ex_frame_lower(r, &fr[k], ex_measure_index(r, "tariff"));
		/* "opens a quota for US beef at a reduced duty", "will allow 49,000
		 * EVs a year into Canada at the tariff of 6.1 per cent, instead of the
		 * 100 per cent surtax": a tariff cut on the goods let in, not market
		 * access. */
		if (((fr[k].action >= 0 && fr[k].measure >= 0 && fr[k].measure == ex_measure_index(r, "quota")) ||
		    (fr[k].trigger >= 0 && strcmp(r->triggers[fr[k].trigger], "allow") == 0 &&
		    (fr[k].measure < 0 || fr[k].measure == ex_measure_index(r, "tariff") ||
		    fr[k].measure == ex_measure_index(r, "import")))) &&
		    ex_quota_rate(ctx->text, fr[k].anchor_end, ce) != EX_NOPOS) {
			for (size_t t = 0; t < r->ntriggers; t++)
				if (strcmp(r->triggers[t], "lower") == 0 &&
				    rules_action_find(r, (int)t, ex_measure_index(r, "tariff")) >= 0) {
					fr[k].action = rules_action_find(r, (int)t, ex_measure_index(r, "tariff"));
					fr[k].measure = ex_measure_index(r, "tariff");
				}
		}
		/* "will charge a 20% tariff ..., below the 46% rate it had threatened",
		 * "keep its tariff at 19%, instead of the 36% announced": a deal rate
		 * that spares a threatened one is a pause, whatever verb applies it;
		 * so is an exemption from tariffs to come. */
		deal = fr[k].action < 0 && fr[k].trigger < 0 && fr[k].measure >= 0 &&
		    fr[k].measure == ex_measure_index(r, "tariff") && !ex_verb_after(fr, k, n) ?
		    ex_deal_rate(ctx->text, cs, fr[k].anchor, ce, ctx->cur_e > ce ? ctx->cur_e : ce) : 0;
		/* "can enter the US at a 10% tariff": a cut on the goods let in, the
		 * country entered acts (ex_rate_entry). */
		if (fr[k].action < 0 && fr[k].trigger < 0 && fr[k].measure >= 0 &&
		    fr[k].measure == ex_measure_index(r, "tariff") && ex_sole_frame(r, fr, k, n) &&
		    (rate_entry = ex_rate_entry(ctx, cs, fr[k].anchor, ce)) > 0) {
			fr[k].entry = 2;
			fr[k].past = rate_entry == 2;
			deal = 2;
		}
		/* "agreed to apply a 0% tariff on UK pharmaceuticals": a cut. */
		if (deal == 2)
			ex_frame_lower(r, &fr[k], fr[k].measure);
		/* "The United States, in turn, has held its reciprocal tariff on
		 * Vietnamese goods at 20 percent", "has kept its tariff on Korean cars
		 * at 15 percent since November": a rate kept so far, above zero, is the
		 * rate a deal cut the goods to, told as in force (a rate to be kept is
		 * a pause, ex_deal_rate; one that spares a threatened rate too, below;
		 * so is one kept in a clause of a pause or a truce, ex_pause_told), in
		 * an article that has told of a deal (ex_deal_told). */
		if (deal == 0 && fr[k].action < 0 && fr[k].trigger < 0 && fr[k].measure >= 0 &&
		    fr[k].measure == ex_measure_index(r, "tariff") && ex_kept_rate(ctx->text, cs, fr[k].anchor) &&
		    ex_kept_at(ctx->text, fr[k].anchor_end, ce) && !ex_threat_rate(ctx->text, fr[k].anchor_end, ce) &&
		    !ex_pause_told(ctx, cs, fr[k].anchor) && ex_deal_told(ctx->text, ce) &&
		    ex_frame_lower(r, &fr[k], fr[k].measure))
			fr[k].past = 1;
		if (ex_exempt_future(ctx, &fr[k], ce) ||
		    (fr[k].action < 0 && fr[k].measure >= 0 && fr[k].measure == ex_measure_index(r, "tariff") &&
		    (ex_threat_rate(ctx->text, fr[k].anchor_end, ce) || deal == 1))) {
			/* "has held its tariff on Philippine goods at 19%": kept so, done. */
			if (fr[k].trigger < 0 && ex_kept_rate(ctx->text, cs, fr[k].anchor))
				fr[k].past = 1;
			for (size_t t = 0; t < r->ntriggers; t++)
				if (ex_trigger_is(r, t, "pause")) {
					fr[k].trigger = (int)t;
					fr[k].action = rules_action_find(r, (int)t, fr[k].measure);
				}
		}
	}
	/* "agreed to let British cars in at a tariff of 10 percent, down from
	 * more than 100 percent": the verbless "down from" compares the rate an
	 * earlier verb of the clause already cuts; no second act (it would name
	 * no goods and take the rate to another cut of the article). */
	for (size_t k = 1; k < n; k++)
		if (fr[k].action >= 0 && fr[k].anchor_end - fr[k].anchor == 9 &&
		    ex_ncasecmp(ctx->text + fr[k].anchor, "down from", 9) == 0)
			for (size_t j = 0; j < k; j++)
				if (fr[j].trigger >= 0 && fr[j].action == fr[k].action) {
					fr[k].action = -1;
					break;
				}
	return n;
}
/* ex_same_look_back - for a sentence at s that names "the same date", "that day":
 * the latest date of the text before it (at most 400 bytes back, from a
 * sentence's or a line's start) into ctx->last_date, which only sentences with a
 * statement set ("The agreement entered into force on July 1.  Britain removed
 * its tariffs on the same date").  Not a day a report is dated with, nor an end
 * ("took effect on Monday and runs until November 10, 2026": Monday), nor a day
 * in a clause of the measure's own past ("The fees, which began on Oct. 14,
 * ...": ex_history_date) unless the text gives no other. */
static void
ex_same_look_back(struct ex_ctx *ctx, size_t s)
{
	struct when_match wm[16];
	size_t lo = s > 400 ? s - 400 : 0, n;
	int pick = -1;

	if (lo > 0) {
		while (lo < s && ctx->text[lo - 1] != '.' && ctx->text[lo - 1] != '\n')
			lo++;
	}
	/* Not again the text last_date was read from (its weekdays were read
	 * there with the verb's tense, ex_past_day_anchor). */
	if (ctx->last_date[0] != '\0' && ctx->last_date_end > lo)
		lo = ctx->last_date_end;
	if (lo >= s)
		return;
	n = when_find_all_anchored(ctx->text + lo, s - lo, ctx->published,
	    ctx->last_date[0] != '\0' ? ctx->last_date : NULL, wm, 16);
	for (size_t k = n; k-- > 0 && pick < 0;)
		if (!wm[k].reported && wm[k].kind != WHEN_EXPIRY &&
		    !ex_history_date(ctx->text, lo, lo + wm[k].offset))
			pick = (int)k;
	for (size_t k = n; k-- > 0 && pick < 0;)
		if (!wm[k].reported && (ctx->last_date[0] == '\0' || !ex_history_date(ctx->text, lo, lo + wm[k].offset)))
			pick = (int)k;
	if (pick >= 0) {
		memcpy(ctx->last_date, wm[pick].date, 11);
		ctx->last_date_end = s;
	}
}
/* ex_general_goods - the goods of a "general licence" with none of its own:
 * the licence regime of a government is for the controlled goods (rare earths,
 * gallium: the object's "controlled") the text named last before the licence
 * noun of frame f, in its paragraph and at most 600 bytes back ("China's
 * rare-earth controls remain suspended, and general licences for U.S. users
 * are now being issued", "On rare earths, the ministry said it would consider
 * general licences for European users"), with the items of a list it ends
 * ("licences for rare earths, gallium and graphite.  It has issued the first
 * general licences": all three).  The objects into objs (at most max), their
 * count; 0 when f's licence noun in [s,hi) is not "general licence(s)" or no
 * such goods stand before it.
 * Only with a verb of granting or issuing: a bare noun ("Brussels wanted
 * general licences ...", "General licences now cover most exporters, a U.S.
 * industry group said") tells a wish or a state whose sides it does not name. */
/* ex_list_gap - 1 if t[a,b) only joins two items of a list: ", ", " and ",
 * " or ", ", and ", ", or ". */
int
ex_list_gap(const char *t, size_t a, size_t b)
{
	static const char *const GAP[] = {", ", " and ", " or ", ", and ", ", or "};

	for (size_t k = 0; k < EX_NWORDS(GAP); k++)
		if (b - a == strlen(GAP[k]) && memcmp(t + a, GAP[k], b - a) == 0)
			return 1;
	return 0;
}
/* ex_compound_goods_list - the goods named as the first words of the measure at pos
 * (ex_compound_goods), with the items of a list that ends there ("gallium and
 * germanium licences", "rare earth, gallium and graphite export curbs"): into
 * objs (at most max) from the last item back, their count; 0 when none. */
size_t
ex_compound_goods_list(const struct ex_ctx *ctx, size_t lo, size_t pos, int *objs, size_t max)
{
	size_t i, n = 0;
	int g;

	if (max == 0 || (g = ex_compound_goods(ctx, lo, pos)) < 0)
		return 0;
	objs[n++] = g;
	for (i = ex_first(ctx, pos); i > 0 && ctx->m.v[i - 1].start >= lo &&
	    (ctx->m.v[i - 1].kind != RULE_OBJECT || ctx->m.v[i - 1].value != g); i--)
		;
	if (i == 0 || ctx->m.v[i - 1].kind != RULE_OBJECT || ctx->m.v[i - 1].value != g)
		return n;
	/* i - 1 is the compound's mention; walk back through its list. */
	while (n < max && i > 1 && ctx->m.v[i - 2].kind == RULE_OBJECT && ctx->m.v[i - 2].start >= lo &&
	    ctx->r->objects[ctx->m.v[i - 2].value].measure < 0 &&
	    ex_list_gap(ctx->text, ctx->m.v[i - 2].end, ctx->m.v[i - 1].start)) {
		i--;
		objs[n++] = ctx->m.v[i - 1].value;
	}
	return n;
}
size_t
ex_general_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t hi, int *objs, size_t max,
    int asked)
{
	const char *t = ctx->text;
	size_t at = EX_NOPOS, lo;

	if (max == 0 || (f->trigger < 0 && !asked) || f->measure < 0 || f->measure != ex_measure_index(ctx->r, "license"))
		return 0;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_MEASURE || x->value != f->measure || x->start < s ||
		    (f->trigger < 0 ? x->start != f->anchor : f->measure_pos != EX_NOPOS ?
		    x->start != f->measure_pos : x->start < f->anchor_end))
			continue;
		at = x->start;
		break;
	}
	if (at == EX_NOPOS || at + 12 > hi || ex_ncasecmp(t + at, "general lice", 12) != 0)
		return 0;
	/* "Brussels has asked Beijing for general licences for European
	 * users": a regime asked for is the one the article is about, however
	 * far back it named the goods. */
	lo = asked ? 0 : at > 600 ? at - 600 : 0;
	for (size_t p = at; !asked && p > lo + 1; p--)
		if (t[p - 1] == '\n' && t[p - 2] == '\n') {
			lo = p;
			break;
		}
	for (size_t i = ex_first(ctx, at); i-- > 0 && ctx->m.v[i].start >= lo;) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t n = 0;

		if (x->kind != RULE_OBJECT || ctx->r->objects[x->value].measure >= 0)
			continue;
		if (!ctx->r->objects[x->value].controlled)
			return 0;
		/* "rare earths, gallium, germanium and graphite": the list it
		 * ends, each item joined by a comma or "and"/"or" alone. */
		objs[n++] = x->value;
		while (n < max && i > 0 && ctx->m.v[i - 1].kind == RULE_OBJECT && ctx->m.v[i - 1].start >= lo &&
		    ctx->r->objects[ctx->m.v[i - 1].value].controlled &&
		    ex_list_gap(t, ctx->m.v[i - 1].end, ctx->m.v[i].start)) {
			i--;
			objs[n++] = ctx->m.v[i].value;
		}
		for (size_t a = 0; a < n / 2; a++) {   /* in the text's order */
			int o = objs[a];

			objs[a] = objs[n - 1 - a];
			objs[n - 1 - a] = o;
		}
		return n;
	}
	return 0;
}
/* ex_when_scan - the dates of sentence [s,e) into ctx->when (offsets from s): "the
 * same date" is the latest date an earlier sentence named, which this one's last
 * date then replaces. */
static size_t
ex_when_scan(struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t nw;

	if (when_same_in(ctx->text + s, e - s))
		ex_same_look_back(ctx, s);
	nw = when_find_all_anchored(ctx->text + s, e - s, ctx->published,
	    ctx->last_date[0] != '\0' ? ctx->last_date : NULL, ctx->when, EX_MAX_WHEN);

	/* The latest date not a report's day, and not an end when the sentence
	 * has another: "took effect on Monday and runs until November 10, 2026.
	 * ... from the same day" is Monday. */
	for (int pass = 0; pass < 2; pass++) {
		size_t k;

		for (k = nw; k-- > 0;)
			if (!ctx->when[k].reported && (pass == 1 || ctx->when[k].kind != WHEN_EXPIRY)) {
				memcpy(ctx->last_date, ctx->when[k].date, 11);
				ctx->last_date_end = e;
				break;
			}
		if (k < nw)
			break;
	}
	return nw;
}
/* ex_by_as_of - 1 if the deadline wm opens sentence s with "By" and a comma,
 * and the clause after it is in the past perfect ("By the end of June, China
 * had bought 8 million tonnes", "By March, Tokyo had invested $20 billion"):
 * the date a tally is told as of, no deadline. */
int
ex_by_as_of(const struct ex_ctx *ctx, size_t s, const struct when_match *wm)
{
	const char *t = ctx->text;
	size_t p = s, end = wm->offset + wm->len, ws, wl;

	while (p < wm->offset && (t[p] == ' ' || t[p] == '\n'))
		p++;
	if (p != wm->offset || wm->len < 3 || t[p] != 'B' || t[p + 1] != 'y' || t[p + 2] != ' ')
		return 0;
	while (end < ctx->len && t[end] == ' ')
		end++;
	if (end >= ctx->len || t[end] != ',')
		return 0;
	/* The subject, at most six words, then "had". */
	for (int w = 0; w < 7 && (wl = ex_word_after(t, end + 1, ctx->len, &ws)) > 0; w++, end = ws + wl - 1)
		if (wl == 3 && ex_ncasecmp(t + ws, "had", 3) == 0)
			return 1;
	return 0;
}
/* ex_yearly_amount - 1 if an amount in [lo,hi) of the sentence's nq amounts is
 * a yearly rate ("500,000 tonnes a year", "$2 billion annually"). */
int
ex_yearly_amount(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi)
{
	for (size_t i = 0; i < nq; i++)
		if (ctx->qty[i].offset >= lo && ctx->qty[i].offset < hi && ctx->qty[i].q.per_year)
			return 1;
	return 0;
}
/* ex_sentence_scan - dates and amounts of sentence [s,e), once, when a statement needs them. */
void
ex_sentence_scan(struct ex_ctx *ctx, size_t s, size_t e, size_t *nw, size_t *nq, int *done)
{
	if (*done)
		return;
	*done = 1;
	*nw = ex_when_scan(ctx, s, e);
	for (size_t k = 0; k < *nw; k++)
		ctx->when[k].offset += s;
	*nq = quantity_find_all(ctx->text + s, e - s, ctx->qty, EX_MAX_QTY);
	for (size_t k = 0; k < *nq; k++)
		ctx->qty[k].offset += s;
	ex_note_yearly(ctx, *nq);
}
void
ex_note_yearly(struct ex_ctx *ctx, size_t nq)
{
	for (size_t k = 0; k < nq && ctx->nyearly < EX_MAX_YEARLY; k++) {
		size_t j = ctx->nyearly;

		if (!ctx->qty[k].q.per_year)
			continue;
		while (j > 0 && ctx->yearly[j - 1].offset > ctx->qty[k].offset)
			j--;
		if (j > 0 && ctx->yearly[j - 1].offset == ctx->qty[k].offset)
			continue;
		memmove(&ctx->yearly[j + 1], &ctx->yearly[j], (ctx->nyearly - j) * sizeof(ctx->yearly[0]));
		ctx->yearly[j] = ctx->qty[k];
		ctx->nyearly++;
	}
}
/* ex_names_object - 1 if obj is one of objs[0..n) or a member of one of its
 * categories, or n is 0 (no goods named: any). */
static int
ex_names_object(const struct rules *r, const int *objs, size_t n, int obj)
{
	if (n == 0)
		return 1;
	for (size_t k = 0; k < n; k++)
		if (objs[k] == obj || rules_object_covers(r, objs[k], obj) || rules_object_covers(r, obj, objs[k]))
			return 1;
	return 0;
}
/* ex_other_party - 1 if sentence [s,e) names a party that is neither a's actor nor
 * its counterparty: "Foreign money has flowed into Mexican car factories" is not
 * Qatar's investment in the US. */
static int
ex_other_party(const struct ex_ctx *ctx, size_t s, size_t e, const struct ex_stmt *a)
{
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= s &&
		    ctx->m.v[i].value != a->actor && ctx->m.v[i].value != a->counterparty)
			return 1;
	return 0;
}
/* ex_same_class - 1 if a statement made with trigger class a is what a reference
 * with class b names: the same class, money put to work ("deploy") for an
 * investment, or a pause for a suspension and back. */
static int
ex_same_class(const struct rules *r, int a, int b)
{
	return a == b || (a >= 0 && b >= 0 && ((ex_trigger_is(r, b, "deploy") &&
	    ex_trigger_is(r, a, "invest")) ||
	    /* "agreed to suspend its controls ... The pause now runs through
	     * February": a pause and a suspension are one thing. */
	    ((ex_trigger_is(r, a, "pause") || ex_trigger_is(r, a, "suspend")) &&
	    (ex_trigger_is(r, b, "pause") || ex_trigger_is(r, b, "suspend")))));
}
#define EX_ANAPHOR_REACH 1500  /* bytes back to the sentence an anaphor may name */

/* ex_money_relative - 1 if the verb at pos stands in a contact relative clause
 * on the money that a verb of putting money to work names in [from,pos): "has
 * begun disbursing the $550 billion it pledged to invest", "is paying out the
 * funds they had promised to invest": a pronoun, perhaps "had", a past verb of
 * pledging and "to" right before pos, at most eight words after from, no comma;
 * or the pledge that a phrase ending in "under" names ("the first project
 * financed under Japan's pledge to invest": at most three words, then "pledge",
 * "commitment" or "promise" and "to"). */
static int
ex_money_relative(const char *t, size_t from, size_t pos)
{
	static const struct ex_word PRON[] = {EX_W("it"), EX_W("they")};
	static const struct ex_word PLEDGE[] = {EX_W("pledge"), EX_W("commitment"), EX_W("promise")};
	size_t ws, wl, p = pos;
	int w;

	if (pos <= from || pos - from > 120 || memchr(t + from, ',', pos - from) != NULL)
		return 0;
	if (ex_word_before(t, p, from, &ws) != 2 || ex_ncasecmp(t + ws, "to", 2) != 0)
		return 0;
	if (from >= 5 && ex_ncasecmp(t + from - 5, "under", 5) == 0) {
		if ((wl = ex_word_before(t, ws, from, &ws)) == 0 || !ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl))
			return 0;
		for (w = 0, p = ws; w < 4 && ex_word_before(t, p, from, &ws) > 0; w++)
			p = ws;
		return w < 4;
	}
	if ((wl = ex_word_before(t, ws, from, &ws)) == 0 || !ex_pledge_past(t + ws, wl))
		return 0;
	if ((wl = ex_word_before(t, ws, from, &ws)) == 3 && ex_ncasecmp(t + ws, "had", 3) == 0)
		wl = ex_word_before(t, ws, from, &ws);
	if (wl == 0 || !ex_word_in(PRON, EX_NWORDS(PRON), t + ws, wl))
		return 0;
	for (w = 0, p = ws; w < 8 && ex_word_before(t, p, from, &ws) > 0; w++)
		p = ws;
	return w < 8;
}

/* ex_first_ahead - 1 if the clause [cs,hi) of a "first disbursements" tells
 * them as still to come: a negation, or "will", "would", "could", "may",
 * "expected", "due", "scheduled", "set" ("will go out in the spring", "are not
 * expected before 2028", "is set to be the first project financed under"). */
static int
ex_first_ahead(const struct ex_ctx *ctx, size_t cs, size_t hi)
{
	static const struct ex_word AHEAD[] = {
	    EX_W("will"), EX_W("would"), EX_W("could"), EX_W("may"), EX_W("expected"),
	    EX_W("due"), EX_W("scheduled"), EX_W("set")};

	return ex_has_kind(ctx, RULE_NEGATION, cs, hi) ||
	    ex_span_word_in(AHEAD, EX_NWORDS(AHEAD), ctx->text, cs, hi);
}

/* ex_anaphor_may - ex_anaphor's first need, read before its clause analysis: 0 if no
 * statement made with f's verb class stands within reach before clause cs of
 * sentence s, so that ex_anaphor can name none.  Most verbs of news with no
 * action of their own ("prices fell", "it cut jobs") stop here. */
int
ex_anaphor_may(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t cs)
{
	/* Money put to work may name a pledge of its own clause, before its verb
	 * ("agreed to invest $500 billion and has begun moving money into US
	 * funds"), as ex_anaphor reads it. */
	size_t before = f->trigger >= 0 && ex_trigger_is(ctx->r, f->trigger, "deploy") ? f->anchor : cs;

	for (size_t i = ctx->st.n; i-- > 0;) {
		const struct ex_stmt *a = &ctx->st.v[i];

		if (ex_same_class(ctx->r, a->trigger, f->trigger) && a->sent_start <= s &&
		    s - a->sent_start <= EX_ANAPHOR_REACH &&
		    (a->sent_start < s || a->pos < before ||
		    (before == f->anchor && ex_money_relative(ctx->text, f->anchor_end, a->pos))))
			return 1;
	}
	return 0;
}

/* ex_had_done - 1 if [p,e) holds "had" before "been" or a past participle in
 * -ed: "had been floated", "had proposed". */
static int
ex_had_done(const char *t, size_t p, size_t e)
{
	size_t ws, wl, ns, nl;

	for (; p < e; p = ws + (wl > 0 ? wl : 1))
		if ((wl = ex_word_after(t, p, e, &ws)) == 3 && ex_ncasecmp(t + ws, "had", 3) == 0 &&
		    (nl = ex_word_after(t, ws + wl, e, &ns)) > 2 &&
		    ((nl == 4 && ex_ncasecmp(t + ns, "been", 4) == 0) ||
		    (t[ns + nl - 2] == 'e' && t[ns + nl - 1] == 'd')))
			return 1;
	return 0;
}
/* ex_hedge_only - 1 if every proposal cue of [lo,hi) is a bare modal of
 * possibility ("could", "might", "may"). */
int
ex_hedge_only(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word HEDGE[] = {EX_W("could"), EX_W("might"), EX_W("may")};
	int any = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo || x->kind != RULE_CUE || x->value != STATUS_PROPOSED)
			continue;
		if (!ex_word_in(HEDGE, EX_NWORDS(HEDGE), ctx->text + x->start, x->end - x->start))
			return 0;
		any = 1;
	}
	return any;
}
/* ex_own_object - 1 if the verb of f, told by a pronoun, takes an object of its
 * subject's own that is neither a measure nor goods: "its" or "their", then at
 * most three words with no mention of a measure or goods before a stop ("Tata
 * Motors said it would review its plans for European assembly", "the company
 * said it was reviewing its options", "Ottawa said it would drop its
 * objection").  The verb acts on that, not on a commitment told before. */
static int
ex_own_object(const struct ex_ctx *ctx, const struct ex_frame *f, size_t e)
{
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, f->anchor_end, e, &ws), hi;

	if (ws > f->anchor_end + 1 || !((wl == 3 && ex_ncasecmp(t + ws, "its", 3) == 0) ||
	    (wl == 5 && ex_ncasecmp(t + ws, "their", 5) == 0)))
		return 0;
	hi = ws + wl;
	for (int w = 0; w < 3 && hi < e && t[hi] == ' ' && (wl = ex_word_after(t, hi, e, &ws)) > 0 &&
	    ws == hi + 1; w++)
		hi = ws + wl;
	return !ex_has_kind(ctx, RULE_MEASURE, f->anchor_end, hi) && !ex_has_kind(ctx, RULE_OBJECT, f->anchor_end, hi);
}
/* ex_flow_trigger - 1 if trigger class t makes a flow that goes on (buying,
 * selling, investing, a crackdown), not a measure put in force once. */
int
ex_flow_trigger(const struct rules *r, int t)
{
	return ex_trigger_is(r, t, "buy") || ex_trigger_is(r, t, "sell") || ex_trigger_is(r, t, "invest") ||
	    ex_trigger_is(r, t, "curb");
}
/* ex_verb_object_after - 1 if a determiner or a possessive pronoun follows p
 * (before e): the word before p is a verb taking an object ("the EU cuts its
 * tariffs", "the US withdraws the preference"), not a noun. */
static int
ex_verb_object_after(const char *t, size_t p, size_t e)
{
	static const struct ex_word OBJ[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("a"), EX_W("an"), EX_W("some"), EX_W("all")};
	size_t ws, wl = ex_word_after(t, p, e, &ws);

	return wl > 0 && ex_word_in(OBJ, EX_NWORDS(OBJ), t + ws, wl);
}
/* ex_party_det - 1 if a party's name stands as a determiner right before pos:
 * after "the", "that" or "this" ("The US cap has held", "the Chinese
 * suspension has held"), or as a possessive opening the sentence or after
 * "the" ("Beijing's suspension has held", "the EU's removal has held").  The
 * noun at pos is that party's measure, told before (the caller makes sure it
 * is a noun: not past, no object after it: "the EU withdrew India's rates"). */
static int
ex_party_det(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	static const struct ex_word DET[] = {EX_W("the"), EX_W("that"), EX_W("this")};
	const char *t = ctx->text;
	size_t e = pos, ws, wl, pl;

	while (e > s && t[e - 1] == ' ')
		e--;
	for (size_t i = ex_first(ctx, e > s + 48 ? e - 48 : s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->start < s)
			continue;
		pl = ex_possessive_len(t, x->end, e);
		if (x->end != e && !(pl > 0 && x->end + pl == e))
			continue;
		wl = ex_word_before(t, x->start, s, &ws);
		if (wl == 0)
			return pl > 0 && ws == s;
		return ex_word_in(DET, EX_NWORDS(DET), t + ws, wl) && (pl == 0 || (wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0));
	}
	return 0;
}
/* ex_earlier_period - 1 if the clause after qe dates an amount to an earlier
 * period ("against 4 Mt in the same period last year", "a year earlier", "a year
 * ago"): a comparison, no target. */
static int
ex_earlier_period(const char *t, size_t len, size_t qe)
{
	static const char *const AGO[] = {"last year", "year earlier", "year ago", "same period",
	    "previous year", "prior year"};
	size_t hi = qe;

	while (hi < len && hi < qe + 48 && t[hi] != ',' && t[hi] != '.' && t[hi] != ';')
		hi++;
	for (size_t i = 0; i < sizeof(AGO) / sizeof(AGO[0]); i++)
		if (memmem(t + qe, hi - qe, AGO[i], strlen(AGO[i])) != NULL)
			return 1;
	return 0;
}
/* ex_reference_target - of a purchase or an investment that a reference back
 * reports under way, late or failed, the target its sentence [s,e) measures a done
 * amount against: an amount after the done one ("so far", "has bought ... of the"),
 * larger and of its unit, with "against", "below", "behind" or "toward(s)" at most
 * four words before it in its clause ("has bought about 11 Mt so far, against a
 * commitment of 25 Mt a year", "below the 25 Mt it promised", "against this
 * year's 25 Mt").  That is the amount, the done one the progress. */
static void
ex_reference_target(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, struct ex_stmt *st)
{
	static const struct ex_word TARGET[] = {
	    EX_W("against"), EX_W("below"), EX_W("behind"), EX_W("toward"), EX_W("towards")};
	const char *action = RULES_ACTIONS[st->action], *object = ctx->r->objects[st->object].name;
	const struct quantity_match *done = NULL;

	if (!ex_action_is(action, "purchase") && !ex_action_is(action, "investment"))
		return;
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];
		size_t p = q->offset, ws, wl;
		int w;

		if (q->offset < s || q->offset >= e || q->role != QUANTITY_PLAIN ||
		    !ex_quantity_fits(action, object, q))
			continue;
		if (done == NULL) {
			if (ex_partial_amount(ctx, q) == EX_AMOUNT_DONE || ex_progress_amount(ctx, nq, q))
				done = q;
			continue;
		}
		if (strcmp(q->q.unit, done->q.unit) != 0 || q->q.amount <= done->q.amount ||
		    ex_earlier_period(ctx->text, ctx->len, q->offset + q->len))
			continue;
		for (w = 0; w < 4; w++, p = ws) {
			/* "this year's" with a curly quote: its bytes are no word's. */
			while (p > done->offset + done->len && (unsigned char)ctx->text[p - 1] >= 0x80)
				p--;
			if ((wl = ex_word_before(ctx->text, p, done->offset + done->len, &ws)) == 0)
				break;
			if (memchr(ctx->text + ws + wl, ',', p - ws - wl) != NULL ||
			    memchr(ctx->text + ws + wl, '.', p - ws - wl) != NULL)
				break;
			if (ex_word_in(TARGET, EX_NWORDS(TARGET), ctx->text + ws, wl)) {
				st->progress = done->q;
				st->quantity = q->q;
				return;
			}
		}
	}
}
/* ex_owned_by_other - 1 if a's measure is one party's (rules.json "owner") and
 * that party is not subject: "Beijing would likewise ... continue to suspend
 * the additional 24%" goes back to no suspension of Washington's affiliates
 * rule, whichever party that statement was first read with. */
static int
ex_owned_by_other(const struct ex_ctx *ctx, const struct ex_stmt *a, int subject)
{
	return a->object >= 0 && ctx->r->objects[a->object].owner >= 0 &&
	    ctx->r->objects[a->object].owner != subject;
}
/* ex_anaphor - "The reduction will take effect on Nov. 10", "the purchases have
 * stalled": a verb noun after "the" with no object of its own names the latest
 * commitments made with a verb of its class in the sentences just before; each
 * gets a statement with this sentence's status and deadline.  Returns -1 on
 * allocation failure, else 0. */
int
ex_anaphor(struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t cs,
    size_t hi, int history, size_t *nw, size_t *nq, int *scanned)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("these"), EX_W("those"), EX_W("this"), EX_W("that")};
	size_t ws, wl, group = (size_t)-1, n0, nobj = 0;
	int det, st, strong, subject, informative, pending = 0, objs[EX_MAX_OBJECTS], pron;
	int deploy = f->trigger >= 0 && ex_trigger_is(ctx->r, f->trigger, "deploy");
	size_t started;
	int ahead = 0, lot;

	if (!ex_anaphor_may(ctx, f, s, cs))
		return 0;
	wl = ex_word_before(ctx->text, f->anchor, s, &ws);
	pron = ex_pronoun_subject(ctx->text, s, f->anchor);
	/* A pronoun inside a quotation is talk, too loose to carry a commitment:
	 * "Nobody doubts they'll buy some". */
	det = ex_word_in(DET, EX_NWORDS(DET), ctx->text + ws, wl) ||
	    ((pron == 1 || pron == 2) && !ex_quoted(ctx->text, s, f->anchor) && !ex_own_object(ctx, f, e)) ||
	    (!f->past && !ex_verb_object_after(ctx->text, f->anchor_end, e) && ex_party_det(ctx, s, f->anchor));
	st = ex_reference_status(ctx, cs, hi, f, &strong);
	/* "About $110 billion has already been deployed", "has begun moving money
	 * into US projects": money put to work is a part of an investment pledged
	 * before, under way (a "deploy" verb names no commitment of its own). */
	if (deploy) {
		det = 1;
		/* "The first disbursements went out in March" is money at work;
		 * "is expected to be the first project financed under", "the
		 * first disbursements are not expected before 2028" are not yet. */
		if (ex_ncasecmp(ctx->text + f->anchor, "first ", 6) == 0 &&
		    (st == STATUS_PLEDGED || ex_first_ahead(ctx, cs, hi)))
			return 0;
		if (st < 0 || st == STATUS_FULFILLED || st == STATUS_PLEDGED)
			st = STATUS_IN_PROGRESS;
	}
	/* "It bought about 2 million tonnes in November", "Chinese buyers booked
	 * three cargoes last week": goods bought by the lot with no cue, after a
	 * purchase pledged, are one step of it (as in a frame of their own). */
	lot = !deploy && ex_lot_step(ctx, f, hi, hi);
	if (st < 0 && lot)
		st = STATUS_IN_PROGRESS;
	/* "Chinese buyers have booked 3 million tonnes so far": a named party making
	 * progress with no object of its own reports on its earlier commitment; so
	 * does a delivery under way (ex_flow_progress: "Shipments have started"). */
	if (!det && st == STATUS_IN_PROGRESS && !ex_quoted(ctx->text, s, f->anchor) &&
	    (f->measure >= 0 || ex_find_actor(ctx, s, f->anchor, -1) >= 0))
		det = 1;
	/* "Purchases resumed in March", "Imports have stalled": a bare verb noun
	 * opening its sentence, with an outcome, is the subject it reports on. */
	if (!det && (st == STATUS_IN_PROGRESS || st == STATUS_STALLED || st == STATUS_BROKEN) &&
	    ex_word_before(ctx->text, f->anchor, s, &ws) == 0 && f->anchor_end > f->anchor + 1 &&
	    (ctx->text[f->anchor_end - 1] == 's' || ctx->text[f->anchor_end - 1] == 'S'))
		det = 1;
	if (!det || ex_question(ctx->text, s, e))
		return 0;
	if (!strong && ex_has_kind(ctx, RULE_NEGATION,
	    f->anchor > cs + EX_NEG_REACH ? f->anchor - EX_NEG_REACH : cs, f->anchor))
		return 0;
	if ((st == STATUS_STALLED || st == STATUS_BROKEN) && ex_state_denied(ctx, f->anchor_end, hi, st))
		return 0;
	/* "The reduction has not taken effect yet": a state of being done that is
	 * denied leaves the commitment pledged (late once its deadline has passed,
	 * as "not yet" below). */
	if (st == STATUS_FULFILLED && ex_state_denied(ctx, f->anchor_end, hi, st)) {
		st = STATUS_PLEDGED;
		pending = !history;
	}
	/* "The zero-tariff treatment does not apply to Kenyan tea." */
	if (ex_takes_none(ctx->text, f->anchor_end, hi))
		return 0;
	/* Money already at work is no hypothesis of an earlier clause ("in exchange
	 * for a 15% tariff ceiling, ..."). */
	if (ex_conditional(ctx, deploy ? cs : s, f->anchor, hi) || ex_topic(ctx, cs, f->anchor))
		return 0;
	/* "Poultry producers had lobbied against the extension": a lobby's wish
	 * tells nothing of the measure. */
	if (ex_group_demand(ctx, s, f->anchor) || ex_group_reaction(ctx, s, f->anchor))
		return 0;
	/* "The purchases are the easy part": with no cue, no past tense and no date the
	 * reference tells nothing new about the commitments it names. */
	/* "the cut has not yet been made": late only once the deadline has passed. */
	if (st == STATUS_STALLED && !history && ex_pending_only(ctx, cs, hi)) {
		st = STATUS_PLEDGED;
		pending = 1;
	}
	/* "The suspension, which was due to lapse in February, now runs until
	 * August": a suspension said to go on is in force. */
	/* "That cap has held", "The removal has so far held": any measure said
	 * to have held (not a flow: "purchases have held steady") is in force. */
	if ((st < 0 || st == STATUS_PLEDGED || st == STATUS_IN_PROGRESS) && !f->past && f->trigger >= 0 && !deploy) {
		int kept = ex_kept_predicate(ctx->text, f->anchor_end, e);

		if ((kept == 2 && !ex_flow_trigger(ctx->r, f->trigger)) || (kept == 1 && st != STATUS_IN_PROGRESS &&
		    (strcmp(ctx->r->triggers[f->trigger], "pause") == 0 ||
		    strcmp(ctx->r->triggers[f->trigger], "suspend") == 0)))
			st = STATUS_FULFILLED;
	}
	/* "That suspension starts today", "The cut began on Monday": a one-off
	 * measure that has started is in force, from the day told ("will start on
	 * June 1": the day it is due). */
	started = f->trigger >= 0 && !deploy ? ex_started_on(ctx->text, f->anchor_end, hi, &ahead) : 0;
	/* Purchases, investment and a crackdown that begin are under way. */
	if (started > 0 && ex_flow_trigger(ctx->r, f->trigger))
		started = 0;
	if (started > 0 && !ahead && st == STATUS_IN_PROGRESS)
		st = STATUS_FULFILLED;
	informative = st >= 0 || f->past;
	if (st < 0)
		st = f->past ? STATUS_FULFILLED : STATUS_PLEDGED;
	if (history && st != STATUS_STALLED && st != STATUS_BROKEN)
		return 0;
	/* "That is the order that had been floated since last autumn": a proposal
	 * told in the past perfect is a stage before what the article reports. */
	if (st == STATUS_PROPOSED && ex_had_done(ctx->text, cs, hi))
		return 0;
	/* "the tariff cut could add 0.3 points to growth": a hedge on a known
	 * commitment guesses at its effects or timing; it proposes nothing. */
	if (st == STATUS_PROPOSED && ex_hedge_only(ctx, cs, hi))
		return 0;
	subject = ex_mutual(ctx, s, f, hi) ? -1 : ex_find_actor(ctx, s, f->anchor, -1);
	/* "Seoul resumed imports of US poultry.  It has since halted them": a
	 * pronoun subject is the party the sentence before was about, not any
	 * party with a statement of the verb's class. */
	if (subject < 0 && (pron == 1 || pron == 2) && ctx->last_actor >= 0 &&
	    !ex_mutual(ctx, s, f, hi))
		subject = ctx->last_actor;
	/* A delivery names its goods or none: "the first cargo of US LNG arrived". */
	if (f->measure >= 0)
		nobj = ex_frame_objects(ctx, cs, hi, objs, EX_MAX_OBJECTS);
	/* "the promised purchases are stuck: China has not bought a single cargo
	 * of U.S. sorghum": a verb noun with no goods of its own reports on the
	 * goods the rest of its sentence names, if it names any. */
	else if (f->trigger >= 0)
		nobj = ex_frame_objects(ctx, f->anchor, e, objs, EX_MAX_OBJECTS);
	n0 = ctx->st.n;
	for (size_t i = n0; i-- > 0;) {
		const struct ex_stmt *a = &ctx->st.v[i];

		/* An earlier sentence, or an earlier clause of this one ("agreed to buy
		 * wheat, but the purchases have stalled"). */
		if (a->sent_start > s || (a->sent_start == s && a->pos >= (deploy ? f->anchor : cs) &&
		    !(deploy && ex_money_relative(ctx->text, f->anchor_end, a->pos))) ||
		    !ex_same_class(ctx->r, a->trigger, f->trigger) ||
		    !ex_names_object(ctx->r, objs, nobj, a->object))
			continue;
		if (s - a->sent_start > EX_ANAPHOR_REACH || (group != (size_t)-1 && a->sent_start != group))
			break;
		if ((subject >= 0 && (a->actor != subject || ex_owned_by_other(ctx, a, subject))) ||
		    (deploy && ex_other_party(ctx, s, e, a)))
			continue;
		/* Only how it ended is news of a pledge told as history.  A reference
		 * in the past tense right after it goes on with that history ("Under
		 * Phase One in 2020, China promised to buy $52 billion of energy.  It
		 * bought less than 40%"), not with an older pledge before it; one told
		 * as now ("Shipments have begun") may still reach past it. */
		if (a->orphan == EX_BACKGROUND && st != STATUS_STALLED && st != STATUS_BROKEN) {
			if (group == (size_t)-1 && a->sent_start != s && st == STATUS_FULFILLED && f->past &&
			    ex_perfect(ctx, cs, f->anchor) != 2)
				break;
			continue;
		}
		group = a->sent_start;
	}
	if (group == (size_t)-1)
		return 0;
	ex_sentence_scan(ctx, s, e, nw, nq, scanned);
	for (size_t i = 0; i < n0; i++) {
		struct ex_stmt stmt = ctx->st.v[i];

		if (stmt.sent_start != group || !ex_same_class(ctx->r, stmt.trigger, f->trigger) ||
		    (stmt.orphan == EX_BACKGROUND && st != STATUS_STALLED && st != STATUS_BROKEN) ||
		    (subject >= 0 && (stmt.actor != subject || ex_owned_by_other(ctx, &stmt, subject))) ||
		    (group == s && stmt.pos >= (deploy ? f->anchor : cs) &&
		    !(deploy && ex_money_relative(ctx->text, f->anchor_end, stmt.pos))) ||
		    !ex_names_object(ctx->r, objs, nobj, stmt.object))
			continue;
		stmt.status = (enum status)st;
		/* A reference back says how an old pledge ended ("In 2019 Peru promised
		 * to buy US wheat. Those purchases collapsed"): a claim. */
		stmt.orphan = 0;
		stmt.lot = lot && st == STATUS_IN_PROGRESS;
		/* "Washington suspended the affiliates rule ... The suspension is for
		 * one year", "That suspension, nominally in place until November 10,
		 * 2027": a reference with no cue, kept for its date, is pledged only
		 * by default and says nothing new of an act told done (the fold). */
		stmt.bare = !informative && st == STATUS_PLEDGED;
		if (pending && ex_deadline_passed(ctx, ctx->st.v[i].deadline))
			stmt.status = STATUS_STALLED;
		stmt.rank = history ? 0 : 1;
		stmt.pos = f->anchor;
		stmt.sent_start = s;
		stmt.sent_end = e;
		stmt.deadline[0] = stmt.expires[0] = stmt.act_day[0] = stmt.force_day[0] = '\0';
		stmt.dl_span = stmt.dl_report = stmt.qty_done = 0;
		memset(&stmt.quantity, 0, sizeof(stmt.quantity));
		if (st == STATUS_IN_PROGRESS || st == STATUS_STALLED || st == STATUS_BROKEN)
			ex_reference_target(ctx, *nq, s, e, &stmt);
		for (size_t w = 0; w < *nw; w++) {
			const struct when_match *wm = &ctx->when[w];
			int eff = ex_effect_near(ctx, ex_first(ctx, s), s, e, wm->offset, wm->offset + wm->len) ||
			    ex_rate_day(ctx, f, wm, RULES_ACTIONS[stmt.action], cs, e) ||
			    (started > 0 && wm->offset >= started && wm->offset <= started + 4);

			if (wm->kind == WHEN_EXPIRY && stmt.expires[0] == '\0')
				memcpy(stmt.expires, wm->date, 11);
			if (stmt.deadline[0] == '\0' && (wm->kind == WHEN_DEADLINE || (wm->kind == WHEN_DATE && eff)) &&
			    !(wm->kind == WHEN_DEADLINE && ex_by_as_of(ctx, s, wm))) {
				memcpy(stmt.deadline, wm->date, 11);
				stmt.effective = eff;
				stmt.dl_span = ex_span_date(ctx->text + wm->offset, wm->len);
			}
		}
		if (!informative && stmt.deadline[0] == '\0' && stmt.expires[0] == '\0')
			continue;
		/* "The removal applies to goods entering from February 16" on or after
		 * that date: a measure told as in force from a day already come. */
		if (!informative && stmt.effective && stmt.deadline[0] != '\0' && ctx->published != NULL &&
		    strlen(ctx->published) >= 10 && strncmp(stmt.deadline, ctx->published, 10) <= 0)
			stmt.status = STATUS_FULFILLED;
		stmt.confidence -= 0.1;
		if (ex_stmt_push(&ctx->st, &stmt) == -1)
			return -1;
	}
	return 0;
}
/* ex_buy_trigger - the index of the buying trigger class, -1 if the rules have none. */
static int
ex_buy_trigger(const struct rules *r)
{
	for (size_t t = 0; t < r->ntriggers; t++)
		if (ex_trigger_is(r, (int)t, "buy"))
			return (int)t;
	return -1;
}
/* ex_flow_progress - "Shipments of the beans have started", "the first cargo of
 * US LNG arrived", "took delivery of the first cargo": a delivery noun (an `export`
 * measure) with no verb of its own and a progress cue reports on the latest
 * purchases before it, of its goods if it names any (ex_anaphor as a buying verb
 * noun).  Returns -1 on allocation failure, else 0. */
int
ex_flow_progress(struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t cs,
    size_t hi, int history, size_t *nw, size_t *nq, int *scanned)
{
	static const struct ex_word LEAD[] = {
	    EX_W("the"), EX_W("a"), EX_W("its"), EX_W("their"), EX_W("first"), EX_W("initial")};
	static const struct ex_word AHEAD[] = {EX_W("for"), EX_W("to"), EX_W("toward"), EX_W("towards")};
	const struct rules *r = ctx->r;
	struct ex_frame g = *f;
	size_t ws, wl, pos = f->anchor;
	int strong;

	if (f->trigger >= 0 || f->measure < 0 || f->measure != ex_measure_index(r, "export") ||
	    ex_reference_status(ctx, cs, hi, f, &strong) != STATUS_IN_PROGRESS)
		return 0;
	/* "clearing the way for the first shipments": a delivery still ahead. */
	while ((wl = ex_word_before(ctx->text, pos, cs, &ws)) > 0 && ex_word_in(LEAD, EX_NWORDS(LEAD), ctx->text + ws, wl))
		pos = ws;
	if (wl > 0 && ex_word_in(AHEAD, EX_NWORDS(AHEAD), ctx->text + ws, wl))
		return 0;
	/* "booked American wheat, and the first cargoes have arrived": the later
	 * clause's cue tells how the earlier one stands (extract.c), no reference. */
	for (size_t i = ex_sent_first(ctx, s); i < ctx->st.n; i++)
		if (ctx->st.v[i].sent_start == s && ctx->st.v[i].pos < cs)
			return 0;
	if ((g.trigger = ex_buy_trigger(r)) < 0)
		return 0;
	return ex_anaphor(ctx, &g, s, e, cs, hi, history, nw, nq, scanned);
}
/* ex_rate_before - where the rate that names a tariff noun at pos starts, with
 * its value in *rate: "15%", "10.5 per cent", "20 percent" or "zero" right
 * before the noun, after "the", "this" or "that" ("The 15% tariff on Korean
 * cars", "that zero duty"); EX_NOPOS if none. */
static size_t
ex_rate_before(const char *t, size_t lo, size_t pos, double *rate)
{
	static const struct ex_word DET[] = {EX_W("the"), EX_W("this"), EX_W("that")};
	size_t ws, wl, p, n;

	if (pos < lo + 3 || t[pos - 1] != ' ')
		return EX_NOPOS;
	p = pos - 1;
	wl = ex_word_before(t, p + 1, lo, &ws);
	if (wl == 4 && ex_ncasecmp(t + ws, "zero", 4) == 0) {
		*rate = 0;
		p = ws;
	} else {
		if (t[p - 1] == '%')
			p--;
		else if (wl == 7 && ex_ncasecmp(t + ws, "percent", 7) == 0)
			p = ws > lo ? ws - 1 : lo;
		else if (wl == 4 && ex_ncasecmp(t + ws, "cent", 4) == 0 && ws >= lo + 5 &&
		    ex_ncasecmp(t + ws - 4, "per ", 4) == 0)
			p = ws - 5;
		else
			return EX_NOPOS;
		/* the number: digits and one point, at most eight bytes */
		for (n = 0; n < 8 && p > lo && ((t[p - 1] >= '0' && t[p - 1] <= '9') || t[p - 1] == '.'); n++)
			p--;
		if (n == 0 || t[p] < '0' || t[p] > '9' || (p > lo && ex_word_byte((unsigned char)t[p - 1])))
			return EX_NOPOS;
		*rate = strtod(t + p, NULL);
	}
	wl = ex_word_before(t, p, lo, &ws);
	return wl > 0 && ex_word_in(DET, EX_NWORDS(DET), t + ws, wl) ? p : EX_NOPOS;
}
/* ex_rate_anaphor - "The 15% tariff on Korean cars took effect on November 1",
 * "The 10 per cent duty remains in place", "that zero tariff is now in force": a
 * tariff noun with no verb of its own, named by the rate a cut told before set
 * (a statement of a tariff commitment at that rate, within EX_ANAPHOR_REACH),
 * reports on that cut as "the cut" would (ex_anaphor with a verb of lowering).
 * A rate no cut set ("The 25% tariff took effect in April" after a cut to 15%)
 * is another levy; one that "had applied" is history.  Returns -1 on allocation failure, else 0. */
int
ex_rate_anaphor(struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t cs,
    size_t hi, int history, size_t *nw, size_t *nq, int *scanned)
{
	const struct rules *r = ctx->r;
	struct ex_frame g = *f;
	size_t at;
	double rate;
	int set = 0, strong;

	if (f->trigger >= 0 || f->measure < 0 || f->measure != ex_measure_index(r, "tariff") ||
	    (at = ex_rate_before(ctx->text, cs, f->anchor, &rate)) == EX_NOPOS)
		return 0;
	/* "The 15 percent rate had applied since Nov. 1": a state that ended
	 * before what the article reports ("had" among the first six words). */
	for (size_t p = f->anchor_end, ws, wl, w = 0; w < 6 && (wl = ex_word_after(ctx->text, p, hi, &ws)) > 0; w++, p = ws + wl)
		if (wl == 3 && ex_ncasecmp(ctx->text + ws, "had", 3) == 0)
			return 0;
	for (size_t i = ctx->st.n; !set && i-- > 0 && s - ctx->st.v[i].sent_start <= EX_ANAPHOR_REACH;) {
		const struct ex_stmt *a = &ctx->st.v[i];

		set = a->sent_start < s && a->quantity.present && strcmp(a->quantity.unit, "percent") == 0 &&
		    a->quantity.amount == rate && strcmp(RULES_ACTIONS[a->action], "tariff_cut") == 0;
	}
	if (!set)
		return 0;
	for (g.trigger = -1; (size_t)(g.trigger + 1) < r->ntriggers;)
		if (ex_trigger_is(r, ++g.trigger, "lower"))
			break;
	if (g.trigger < 0 || !ex_trigger_is(r, g.trigger, "lower"))
		return 0;
	g.anchor = at;
	g.measure = g.measure_object = g.action = -1;
	g.past = 0;
	/* Only with a cue of its state ("took effect", "remains in place", "is in
	 * force"): "the zero rate matters less than its predictability", "The 15
	 * percent rate will not be stacked on" say nothing of the cut. */
	if (ex_reference_status(ctx, cs, hi, &g, &strong) < 0)
		return 0;
	return ex_anaphor(ctx, &g, s, e, cs, hi, history, nw, nq, scanned);
}
/* ex_pronoun_object - 1 if the word after p (before e) is "them" or "it" with
 * goods of its own after it: "eliminate them on beef", "cut it for wheat"
 * ("lowering it to zero" restates the measure). */
int
ex_pronoun_object(const char *t, size_t p, size_t e)
{
	static const struct ex_word PRON[] = {EX_W("them"), EX_W("it")};
	static const struct ex_word NEXT[] = {EX_W("on"), EX_W("for")};
	size_t ws, wl;

	if ((wl = ex_word_after(t, p, e, &ws)) == 0 || !ex_word_in(PRON, EX_NWORDS(PRON), t + ws, wl))
		return 0;
	p = ws + wl;
	return (wl = ex_word_after(t, p, e, &ws)) > 0 && ws == p + 1 &&
	    ex_word_in(NEXT, EX_NWORDS(NEXT), t + ws, wl);
}
/* ex_goods_noun - 1 if object mention x ends with a buying noun: "energy
 * purchases", "farm imports". */
int
ex_goods_noun(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word NOUN[] = {
	    EX_W("purchases"), EX_W("purchase"), EX_W("imports"), EX_W("buying")};
	size_t ws = x->end;

	if (x->kind != RULE_OBJECT)
		return 0;
	while (ws > x->start && ex_word_byte((unsigned char)ctx->text[ws - 1]))
		ws--;
	return ws > x->start && ex_word_in(NOUN, EX_NWORDS(NOUN), ctx->text + ws, x->end - ws);
}
/* ex_goods_anaphor - "The energy purchases are on track", "Farm imports have
 * stalled": goods named with the buying noun ("energy purchases") make no frame
 * of their own, yet as the subject of a clause [cs,hi) with no verb of a
 * commitment they report on the purchases of those goods told before, as a
 * buying noun would (ex_anaphor, which checks the determiner and the status).
 * Returns -1 on allocation failure, else 0. */
int
ex_goods_anaphor(struct ex_ctx *ctx, size_t s, size_t e, size_t cs, size_t hi, int history,
    size_t *nw, size_t *nq, int *scanned)
{
	const struct rules *r = ctx->r;
	struct ex_frame g;

	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_OBJECT || x->start < cs)
			continue;
		/* The clause's first goods only: its subject. */
		if (!ex_goods_noun(ctx, x))
			return 0;
		memset(&g, 0, sizeof(g));
		g.anchor = x->start;
		g.anchor_end = x->end;
		g.measure = g.measure_object = g.action = -1;
		g.measure_pos = EX_NOPOS;
		if ((g.trigger = ex_buy_trigger(r)) < 0 || !ex_anaphor_may(ctx, &g, s, cs))
			return 0;
		return ex_anaphor(ctx, &g, s, e, cs, hi, history, nw, nq, scanned);
	}
	return 0;
}
/* ex_money_told - 1 if t[lo,hi) holds a sum in dollars ("$" then a digit) and
 * "projects" or "investments": what ex_money_progress reads. */
int
ex_money_told(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word NOUN[] = {EX_W("projects"), EX_W("investments")};
	const char *d = hi > lo ? memchr(t + lo, '$', hi - lo) : NULL;

	return d != NULL && (size_t)(d - t) + 1 < hi && d[1] >= '0' && d[1] <= '9' &&
	    ex_span_word_in(NOUN, EX_NWORDS(NOUN), t, lo, hi);
}
/* ex_money_progress - "projects worth about $64 billion have been announced",
 * "firms had announced projects worth $67 billion so far", "So far, projects
 * worth $78 billion have been approved": a clause [cs,hi) that makes no
 * commitment of its own and tells a sum of money, with "projects" or
 * "investments", as announced, approved or selected in a perfect ("has",
 * "have" or "had" right before the verb or before its "been") names the
 * money of the investment pledged before as put to work, as a "deploy" verb
 * would (ex_anaphor: an investment within reach, the clause's own party's if
 * it names one).  Money still ahead or denied ("will be announced", "have not
 * been approved") names none.  Returns -1 on allocation failure, else 0. */
int
ex_money_progress(struct ex_ctx *ctx, size_t s, size_t e, size_t cs, size_t hi, int history,
    size_t *nw, size_t *nq, int *scanned)
{
	static const struct ex_word VERB[] = {EX_W("announced"), EX_W("approved"), EX_W("selected")};
	static const struct ex_word AUX[] = {EX_W("has"), EX_W("have"), EX_W("had")};
	const struct rules *r = ctx->r;
	const char *t = ctx->text;
	struct ex_frame g;
	size_t p, ws, wl, bs, bl;

	if (!ex_money_told(t, cs, hi) || ex_first_ahead(ctx, cs, hi))
		return 0;
	for (p = cs, wl = 0; p < hi; p = ws + (wl > 0 ? wl : 1)) {
		ws = p;
		if (!ex_word_byte((unsigned char)t[p]) || (p > cs && ex_word_byte((unsigned char)t[p - 1]))) {
			wl = 0;
			continue;
		}
		for (wl = 0; p + wl < hi && ex_word_byte((unsigned char)t[p + wl]); wl++)
			;
		if (!ex_word_in(VERB, EX_NWORDS(VERB), t + ws, wl))
			continue;
		if ((bl = ex_word_before(t, ws, cs, &bs)) == 4 && ex_ncasecmp(t + bs, "been", 4) == 0)
			bl = ex_word_before(t, bs, cs, &bs);
		if (bl > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + bs, bl))
			break;
	}
	if (p >= hi)
		return 0;
	memset(&g, 0, sizeof(g));
	g.anchor = ws;
	g.anchor_end = ws + wl;
	g.measure = g.measure_object = g.action = -1;
	g.measure_pos = EX_NOPOS;
	for (g.trigger = (int)r->ntriggers; g.trigger-- > 0 && !ex_trigger_is(r, g.trigger, "deploy");)
		;
	if (g.trigger < 0 || !ex_anaphor_may(ctx, &g, s, cs))
		return 0;
	return ex_anaphor(ctx, &g, s, e, cs, hi, history, nw, nq, scanned);
}
/* ex_eliminates - 1 if the verb of f abolishes a tariff outright ("eliminate", "scrap",
 * "abolish" its tariffs; "drop", "withdraw", "waive", "end" it; "exempt" goods from
 * it, "an exemption from the 30% tariff"; the tariff "came off"): the rate after it is zero, not the
 * rate it names.  An additional or retaliatory levy removed is zero too: "removed
 * the 40% additional tariff" leaves none of the 40% (the gold of corpus11, 12, 18-21,
 * 26 and 27).  Goods let in "duty-free" or "tariff-free" face none either ("British
 * steel would enter the US tariff-free under a quota"). */
static int
ex_eliminates(const struct ex_ctx *ctx, const struct ex_frame *f)
{
	static const struct ex_word ELIM[] = {
	    EX_W("eliminat"), EX_W("abolish"), EX_W("scrap"), EX_W("zero"), EX_W("remov"), EX_W("lift"),
	    EX_W("phase out"), EX_W("phases out"), EX_W("phased out"), EX_W("phasing out"),
	    EX_W("drop"), EX_W("withdr"), EX_W("waiv"), EX_W("exempt"), EX_W("end"),
	    EX_W("come off"), EX_W("comes off"), EX_W("came off"), EX_W("coming off"),
	    EX_W("duty-free"), EX_W("duty free"), EX_W("tariff-free"), EX_W("tariff free")};

	return ex_prefix_in(ELIM, EX_NWORDS(ELIM), ctx->text + f->anchor, f->anchor_end - f->anchor, 0) ||
	    ex_free_access(ctx, f, ctx->cur_e > f->anchor_end ? ctx->cur_e : ctx->len);
}
/* ex_rate_remains - 1 if the percent q is a rate said to stay after it: "although
 * a 10% levy from an earlier round remains", "a 10 percent duty still applies"
 * (at most five words between). */
static int
ex_rate_remains(const struct ex_ctx *ctx, const struct quantity_match *q, size_t hi)
{
	static const struct ex_word STAYS[] = {
	    EX_W("remains"), EX_W("remain"), EX_W("stays"), EX_W("stay"), EX_W("applies")};
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("a"), EX_W("an"), EX_W("its"), EX_W("their")};
	size_t p = q->offset + q->len, ws, wl;

	if (strcmp(q->q.unit, "percent") != 0)
		return 0;
	/* "were exempt from the 39 percent tariff and remain so": the rate
	 * removed, not one left. */
	if ((wl = ex_word_before(ctx->text, q->offset, 0, &ws)) > 0 && ex_word_in(DET, EX_NWORDS(DET), ctx->text + ws, wl))
		wl = ex_word_before(ctx->text, ws, 0, &ws);
	if ((wl == 4 && ex_ncasecmp(ctx->text + ws, "from", 4) == 0) || (wl == 2 && ex_ncasecmp(ctx->text + ws, "of", 2) == 0))
		return 0;
	for (int w = 0; w < 6 && (wl = ex_word_after(ctx->text, p, hi, &ws)) > 0; w++) {
		if (ex_word_in(STAYS, EX_NWORDS(STAYS), ctx->text + ws, wl))
			return 1;
		p = ws + wl;
	}
	return 0;
}
/* ex_back_to_rate - 1 if the percent at qs is the rate goods go back to after a
 * removal: "back to" before it, a determiner or "baseline" between ("bringing
 * those products back to the 10% baseline"). */
int
ex_back_to_rate(const char *t, size_t qs, size_t lo)
{
	static const struct ex_word SKIP[] = {
	    EX_W("the"), EX_W("a"), EX_W("its"), EX_W("their"), EX_W("baseline")};
	size_t ws, wl, p = qs;

	for (int w = 0; w < 3 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
			return ex_word_before(t, ws, lo, &ws) == 4 && ex_ncasecmp(t + ws, "back", 4) == 0;
		if (!ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_rate_paid - 1 if the percent q is the rate goods are told to pay after a
 * removal: "the products now pay only the 10% base tariff", "U.S. beans still pay a
 * 13 percent duty", "leaving U.S. beans paying 13%", or one "left in place" ("but
 * left in place a 10% tariff"); a few words of SKIP between.  Not a rate no longer
 * paid ("will no longer pay the 40% tariff"), nor "paid" (what was paid before). */
static int
ex_rate_paid(const char *t, const struct quantity_match *q, size_t lo)
{
	static const struct ex_word PAY[] = {EX_W("pay"), EX_W("pays"), EX_W("paying")};
	static const struct ex_word LEFT[] = {EX_W("left"), EX_W("leaving"), EX_W("leaves"), EX_W("leave")};
	static const struct ex_word SKIP[] = {
	    EX_W("only"), EX_W("just"), EX_W("the"), EX_W("a"), EX_W("an"), EX_W("its"),
	    EX_W("their"), EX_W("baseline"), EX_W("base")};
	size_t p = q->offset, ws, wl;

	if (strcmp(q->q.unit, "percent") != 0)
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (ex_word_in(PAY, EX_NWORDS(PAY), t + ws, wl))
			return !((wl = ex_word_before(t, ws, lo, &ws)) == 6 && ex_ncasecmp(t + ws, "longer", 6) == 0);
		if (wl == 5 && ex_ncasecmp(t + ws, "place", 5) == 0)
			return (wl = ex_word_before(t, ws, lo, &ws)) == 2 && ex_ncasecmp(t + ws, "in", 2) == 0 &&
			    (wl = ex_word_before(t, ws, lo, &ws)) > 0 && ex_word_in(LEFT, EX_NWORDS(LEFT), t + ws, wl);
		if (!ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_removed_rate - the rate after a tariff removal at f into *q: "remove the remaining
 * 10% fentanyl tariff", "scrap its 25 per cent duty", "remove the additional 10%
 * tariff" name the rate removed, so the rate after is zero; a new rate the clause
 * gives ("lift tariffs to 5%") stands, and so does a rate the sentence [.., e) says
 * is left after the removal ("scrapped the extra 24% tariff, leaving a 10% duty in
 * place", "although a 10% levy from an earlier round remains", "and the products
 * now pay only the 10% base tariff": ex_rate_paid, when the removal is done, as
 * a stalled one leaves goods paying the old rate: "the removal remains stalled,
 * leaving mills paying a 25% duty").  hi ends the removal's clause. */
void
ex_removed_rate(const struct ex_ctx *ctx, const struct ex_frame *f, size_t nq, size_t hi, size_t e,
    int done, struct quantity *q)
{
	/* The new rate stands in the removal's own clause: "..., after the US
	 * agreed to cut its tariff to 25%" gives another measure the same 25. */
	for (size_t i = 0; q->present && i < nq && ctx->qty[i].offset < hi; i++)
		if (ctx->qty[i].role == QUANTITY_RATE_TO && ctx->qty[i].q.amount == q->amount &&
		    strcmp(ctx->qty[i].q.unit, q->unit) == 0)
			return;
	if (!ex_eliminates(ctx, f))
		return;
	/* "The penalty duty linked to Russian oil will be removed", "removed
	 * the 25% penalty over India's purchases": a penalty stacked on the
	 * rate, told with its cause; the rate after is the one left below it,
	 * which the sentence does not give: neither zero nor the penalty's. */
	size_t plo = f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor ? f->measure_pos : f->anchor;

	if (ex_cause_cut(ctx, plo, e) < e) {
		memset(q, 0, sizeof(*q));
		return;
	}
	for (size_t i = 0; i < nq && ctx->qty[i].offset < e; i++) {
		const struct quantity_match *r = &ctx->qty[i];
		size_t k, lim = r->offset + 40 < e ? r->offset + 40 : e;
		int goods = 0, paid = done && r->offset > f->anchor_end && ex_rate_paid(ctx->text, r, f->anchor_end);

		/* "The 10% baseline tariff still applies, and the removal covered
		 * ...": a rate told as staying before the removal's verb too. */
		if (r->offset <= f->anchor_end ? !(r->offset < f->anchor && ex_rate_remains(ctx, r, f->anchor)) :
		    !(ex_left_rate(ctx, r, f->anchor_end) || ex_rate_remains(ctx, r, e) ||
		    ex_back_to_rate(ctx->text, r->offset, f->anchor_end) || paid))
			continue;
		/* "its 30% tariff on US beef remains": other goods' rate; "while
		 * Washington keeps a 20 percent tariff": another party's (but the
		 * party before a rate paid is the one that pays it: "leaving U.S.
		 * beans paying 13%"). */
		for (k = ex_first(ctx, r->offset > f->anchor_end ? f->anchor_end : r->offset > 40 ? r->offset - 40 : 0);
		    k < ctx->m.n && ctx->m.v[k].start < lim; k++)
			goods |= (ctx->m.v[k].kind == RULE_OBJECT && ctx->m.v[k].start >= r->offset &&
			    ctx->r->objects[ctx->m.v[k].value].measure < 0) ||
			    (!paid && ctx->m.v[k].kind == RULE_ACTOR && ctx->m.v[k].end <= r->offset &&
			    ex_few_words(ctx->text, ctx->m.v[k].end, r->offset, 3, 0));
		if (!goods) {
			*q = r->q;
			return;
		}
	}
	ex_zero_percent(q);
}
/* ex_exempt_part - 1 if frame f tells some goods "exempt" from a tariff, the goods
 * the subject of "be"/"remain" (a few auxiliaries between) and neither a party nor
 * a word for all goods: "Pharmaceuticals were exempt from the 39 percent tariff",
 * "aircraft and parts have been exempt from the reciprocal tariff", "generic drugs
 * remain exempt".  Told of the general "tariffs", the exemption is a carve-out, not
 * the rate the commitment sets ("Japanese goods will be exempt", "Korea is exempt"
 * are not parts).  s bounds the look-back. */
int
ex_exempt_part(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, int object)
{
	static const struct ex_word BE[] = {
	    EX_W("be"), EX_W("been"), EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"),
	    EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"), EX_W("stays")};
	static const struct ex_word AUX[] = {
	    EX_W("have"), EX_W("has"), EX_W("had"), EX_W("will"), EX_W("would"), EX_W("also"),
	    EX_W("still"), EX_W("already"), EX_W("long"), EX_W("largely"), EX_W("all"),
	    EX_W("to"), EX_W("set"), EX_W("due")};
	static const struct ex_word ALL[] = {
	    EX_W("goods"), EX_W("products"), EX_W("exports"), EX_W("imports"), EX_W("shipments"),
	    EX_W("it"), EX_W("they"), EX_W("them"), EX_W("these"), EX_W("those"), EX_W("who"),
	    EX_W("which"), EX_W("that"), EX_W("countries"), EX_W("country"), EX_W("partners"),
	    EX_W("economies"), EX_W("companies"), EX_W("firms")};
	const char *t = ctx->text;
	size_t ws, wl, pos;
	int i;

	if (object != rules_object_find(ctx->r, "tariffs") || f->anchor_end - f->anchor < 6 ||
	    ex_ncasecmp(t + f->anchor, "exempt", 6) != 0 ||
	    (wl = ex_word_before(t, f->anchor, s, &ws)) == 0 || !ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
		return 0;
	pos = ws;
	for (i = 0; i < 3 && (wl = ex_word_before(t, pos, s, &ws)) > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl); i++)
		pos = ws;
	/* "Pharmaceuticals, Switzerland's largest export, were exempt": an
	 * apposition between commas (80 bytes at most) stands for its noun. */
	if (wl == 0 && ws > s + 1 && t[ws - 1] == ',') {
		size_t c = ws - 1;

		while (c > s && c + 80 > ws && t[c - 1] != ',' && t[c - 1] != '.' && t[c - 1] != ';')
			c--;
		if (c <= s || c + 80 <= ws || t[c - 1] != ',')
			return 0;
		wl = ex_word_before(t, c - 1, s, &ws);
	}
	if (wl == 0 || ex_word_in(ALL, EX_NWORDS(ALL), t + ws, wl))
		return 0;
	/* A party as the subject ("Mexico remains exempt") or right before the
	 * subject ("Japan's goods"): the party spared, not a part of its goods. */
	for (size_t k = ex_first(ctx, ws > 40 ? ws - 40 : 0); k < ctx->m.n && ctx->m.v[k].start < ws + wl; k++)
		if (ctx->m.v[k].kind == RULE_ACTOR && ctx->m.v[k].end + 2 >= ws && ctx->m.v[k].start >= s)
			return 0;
	return 1;
}
/* ex_zero_percent - q becomes 0 percent. */
void
ex_zero_percent(struct quantity *q)
{
	memset(q, 0, sizeof(*q));
	q->present = 1;
	q->amount = 0;
	snprintf(q->unit, sizeof(q->unit), "%s", "percent");
}
#define EX_FOLLOW_REACH 600  /* bytes back to the statements a deadline sentence continues */

/* ex_span_date - 1 if the date expression at t is a span from publication ("within six
 * weeks", "in 30 days"): the cues "within" and "in" take nothing else. */
int
ex_span_date(const char *t, size_t n)
{
	return (n > 7 && strncasecmp(t, "within ", 7) == 0) || (n > 3 && strncasecmp(t, "in ", 3) == 0);
}
/* ex_key_has - 1 if another statement of x's key has a deadline (what 0) or a quantity
 * (what 1). */
static int
ex_key_has(const struct ex_ctx *ctx, const struct ex_stmt *x, int what)
{
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *y = &ctx->st.v[i];

		if (y != x && (what ? y->quantity.present : y->deadline[0] != '\0') &&
		    y->actor == x->actor && y->action == x->action && y->object == x->object &&
		    y->counterparty == x->counterparty)
			return 1;
	}
	return 0;
}
/* ex_key_dated - 1 if another statement of x's key has a deadline other than date
 * (one given with the pledge, not one this loop just lent). */
static int
ex_key_dated(const struct ex_ctx *ctx, const struct ex_stmt *x, const char *date)
{
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *y = &ctx->st.v[i];

		if (y != x && y->deadline[0] != '\0' && strcmp(y->deadline, date) != 0 &&
		    y->actor == x->actor && y->action == x->action && y->object == x->object &&
		    y->counterparty == x->counterparty)
			return 1;
	}
	return 0;
}
/* ex_same_deal - 1 if statement x is of the deal of statement y: the same two parties,
 * either way round ("The accord takes effect on July 1" starts what each side owes), or
 * one of them with no counterparty.  "Canada dropped its EV tariff. ... Switzerland and
 * the US cut theirs. The new rate took effect on Nov. 14" dates the Swiss deal only. */
static int
ex_same_deal(const struct ex_stmt *x, const struct ex_stmt *y)
{
	if (x->actor == y->actor)
		return x->counterparty < 0 || y->counterparty < 0 || x->counterparty == y->counterparty;
	return x->actor == y->counterparty && (x->counterparty < 0 || x->counterparty == y->actor);
}
/* ex_asked_date - 1 if "whether" stands in [s,pos), before a date at pos: "The question
 * is whether they can ship the rest in six weeks" asks if the date can be met; it sets
 * none.  ("traders doubt Beijing will reach the 12 Mt it promised to buy by March" keeps
 * the pledge's date.) */
int
ex_asked_date(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	for (size_t p = s; p + 7 <= pos; p++)
		if ((ctx->text[p] | 32) == 'w' && strncasecmp(ctx->text + p, "whether", 7) == 0 &&
		    (p == 0 || !ex_word_byte((unsigned char)ctx->text[p - 1])) &&
		    !ex_word_byte((unsigned char)ctx->text[p + 7]))
			return 1;
	return 0;
}

/* ex_follow_open - 1 if a date in sentence s could still change a statement:
 * one within reach that has no deadline, or only a report's day (the dates are
 * read only then). */
static int
ex_follow_open(const struct ex_ctx *ctx, size_t s, size_t group)
{
	for (size_t i = ctx->st.n; i-- > 0 && s - ctx->st.v[i].sent_start <= EX_FOLLOW_REACH;)
		if (ctx->st.v[i].deadline[0] == '\0' || ctx->st.v[i].dl_report)
			return 1;
	for (size_t i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == group;)
		if (ctx->st.v[i].deadline[0] == '\0' && ctx->st.v[i].status != STATUS_FULFILLED)
			return 1;
	return 0;
}

/* ex_list_date - the date a list's opening [s,e) gives its items: the opening ends
 * with a colon and says from when ("From today:" is the publication date; "From 1
 * January:", "Effective Monday:" the date named).  Fills out and returns 1, else 0. */
int
ex_list_date(struct ex_ctx *ctx, size_t s, size_t e, char out[11])
{
	static const struct ex_word FROM[] = {
	    EX_W("from"), EX_W("effective"), EX_W("starting"), EX_W("of")};
	const char *t = ctx->text;
	size_t p = e, ws, wl, nw;

	while (p > s && (t[p - 1] == ' ' || t[p - 1] == '\n' || t[p - 1] == '\r'))
		p--;
	if (p == s || t[p - 1] != ':')
		return 0;
	for (size_t q = s; (wl = ex_word_after(t, q, p, &ws)) > 0 || ws < p; q = ws + (wl > 0 ? wl : 1)) {
		size_t bs, bl;

		if (wl != 5 || ex_ncasecmp(t + ws, "today", 5) != 0 || ctx->published == NULL)
			continue;
		bl = ex_word_before(t, ws, s, &bs);
		if (bl > 0 && ex_word_in(FROM, EX_NWORDS(FROM), t + bs, bl)) {
			memcpy(out, ctx->published, 10);
			out[10] = '\0';
			return 1;
		}
	}
	nw = ex_when_scan(ctx, s, p);
	for (size_t w = 0; w < nw; w++) {
		const struct when_match *wm = &ctx->when[w];

		if (wm->kind != WHEN_DATE && wm->kind != WHEN_DEADLINE)
			continue;
		/* The match may hold its preposition ("From 1 January 2027"). */
		if ((wl = ex_word_after(t, s + wm->offset, p, &ws)) == 0 || !ex_word_in(FROM, EX_NWORDS(FROM), t + ws, wl))
			wl = ex_word_before(t, s + wm->offset, s, &ws);
		if (wl > 0 && ex_word_in(FROM, EX_NWORDS(FROM), t + ws, wl)) {
			memcpy(out, wm->date, 11);
			return 1;
		}
	}
	return 0;
}
/* ex_follow_done - "the US agreed to apply a zero tariff on UK pharmaceuticals.
 * Both measures took effect on 1 January 2026": an effect told as done ("took
 * effect", "came into force", "kicked in") in sentence [s,e) for a date on or
 * before publication carries out the measures pledged in the sentence before
 * (group), when it names no goods; not "was meant to take effect by May 1",
 * and a purchase or an investment is not done by taking effect. */
static void
ex_follow_done(struct ex_ctx *ctx, size_t s, size_t e, size_t group, const char *date)
{
	static const struct ex_word DONE[] = {
	    EX_W("took effect"), EX_W("kicked in"), EX_W("came into force"), EX_W("entered into force"),
	    EX_W("went into effect")};
	int done = 0;

	if (ctx->published == NULL || strlen(ctx->published) < 10 || strncmp(date, ctx->published, 10) > 0)
		return;
	/* "Its car quota took effect on 30 June 2025": goods of its own name
	 * another measure. */
	if (ex_has_kind(ctx, RULE_OBJECT, s, e))
		return;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e && !done; i++)
		done = ctx->m.v[i].kind == RULE_EFFECT && ctx->m.v[i].start >= s &&
		    ex_word_in(DONE, EX_NWORDS(DONE), ctx->text + ctx->m.v[i].start,
		    ctx->m.v[i].end - ctx->m.v[i].start);
	for (size_t i = ctx->st.n; done && i-- > 0 && ctx->st.v[i].sent_start == group;) {
		struct ex_stmt *x = &ctx->st.v[i];

		if (x->status == STATUS_PLEDGED && x->rank > 0 && strncmp(x->deadline, date, 10) == 0 &&
		    !ex_action_is(RULES_ACTIONS[x->action], "purchase") &&
		    !ex_action_is(RULES_ACTIONS[x->action], "investment"))
			x->status = STATUS_FULFILLED;
	}
}
/* ex_other_act - 1 if [s,pos) names another party and then a trigger of a class
 * other than statement x's: the sentence tells another party's act of its own,
 * which gave no statement (a condition, a hope: "Washington has said it could
 * remove the fentanyl tariff by the end of March if ..."), and its date is that
 * act's, not the date of the purchase told before it.  "The purchases are to be
 * completed by the end of the year", "Beijing will ship the first cargoes by
 * March", "more tenders for US rice would follow by year-end" are about x. */
static int
ex_other_act(const struct ex_ctx *ctx, size_t s, size_t pos, const struct ex_stmt *x)
{
	int other = 0;

	if (x->trigger < 0)
		return 0;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < pos; i++) {
		const struct ex_mention *y = &ctx->m.v[i];

		if (y->start < s)
			continue;
		/* "the first 60,000 tonnes of US rice": a party naming goods acts not. */
		if (y->kind == RULE_ACTOR && y->value != x->actor &&
		    !(i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_OBJECT &&
		    ctx->m.v[i + 1].start < y->end + 25))
			other = 1;
		else if (y->kind == RULE_TRIGGER && other && y->value != x->trigger)
			return 1;
	}
	return 0;
}
/* ex_window_end - 1 if the end date at ws (its cue "until", "through" first) is
 * told with a verb of lasting right before it whose subject, at most four words
 * from s, is a commitment or a deal ("The commitment runs until January 19,
 * 2029", "the framework runs through 2028", "The pledge lasts until"). */
static int
ex_window_end(const char *t, size_t s, size_t ws)
{
	static const struct ex_word RUN[] = {
	    EX_W("runs"), EX_W("run"), EX_W("lasts"), EX_W("last"), EX_W("running"), EX_W("extends")};
	static const struct ex_word DEAL[] = {
	    EX_W("commitment"), EX_W("pledge"), EX_W("framework"), EX_W("agreement"), EX_W("deal"),
	    EX_W("programme"), EX_W("program"), EX_W("window"), EX_W("arrangement"), EX_W("memorandum")};
	size_t p, wl, w0;

	if ((wl = ex_word_before(t, ws, s, &p)) == 0 || !ex_word_in(RUN, EX_NWORDS(RUN), t + p, wl))
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_before(t, p, s, &w0)) > 0; w++, p = w0)
		if (ex_word_in(DEAL, EX_NWORDS(DEAL), t + w0, wl))
			return 1;
	return 0;
}
/* ex_force_anaphor - 1 if sentence [s,e) dates an act by the agreement's entry
 * into force without naming its day: "on day one", "from day one", "from the
 * first day", "on entry into force", "upon entry into force", "from the date
 * of entry into force", "effective on entry into force", "from the date the
 * agreement enters into force" (a day told right after it is read as such). */
int
ex_force_anaphor(const char *t, size_t s, size_t e)
{
	static const char *const PH[] = {
	    "on day one", "from day one", "from the first day", "on the first day",
	    "on entry into force", "upon entry into force", "from entry into force",
	    "of entry into force", "the date the agreement enters into force",
	    "the date the pact enters into force", "the date the deal enters into force",
	    "the date it enters into force", "the day the agreement enters into force"};

	for (size_t k = s; k < e; k++) {
		if ((t[k] | 32) != 'o' && (t[k] | 32) != 'u' && (t[k] | 32) != 'f' && (t[k] | 32) != 't')
			continue;
		if (k > s && ex_word_byte((unsigned char)t[k - 1]))
			continue;
		/* The first two letters before the phrase, as quantity_phrase
		 * would compare them (every phrase opens with a word of two or more). */
		for (size_t i = 0; i < sizeof(PH) / sizeof(PH[0]); i++)
			if (ex_lower(t[k]) == PH[i][0] && k + 1 < e && ex_lower(t[k + 1]) == PH[i][1] &&
			    quantity_phrase(t, e, k, PH[i]) > 0)
				return 1;
	}
	return 0;
}
/* ex_force_deal - 1 if the "into force" at k is told of a trade agreement: "entry
 * into force", or an agreement noun (agreement, pact, deal, treaty, accord, FTA,
 * CEPA, CETA, partnership) at most twelve words before it in its sentence ("the
 * India-UK Comprehensive Economic and Trade Agreement (CETA) entered into force on
 * July 1"); not "the export controls came into force". */
static int
ex_force_deal(const char *t, size_t k)
{
	static const struct ex_word DEAL[] = {
	    EX_W("agreement"), EX_W("pact"), EX_W("deal"), EX_W("treaty"), EX_W("accord"),
	    EX_W("fta"), EX_W("cepa"), EX_W("ceta"), EX_W("partnership")};
	size_t p = k, ws, wl, lo = k > 240 ? k - 240 : 0;
	int it;

	if (k >= 6 && ex_ncasecmp(t + k - 6, "entry ", 6) == 0)
		return 1;
	/* "The agreement, concluded in 2026 after two decades of talks and signed
	 * last year, entered into force on 1 March": the subject before an aside
	 * between two commas, however long the aside (a verb of at most three
	 * words after it). */
	for (int w = 0; w < 3 && ex_word_before(t, p, lo, &ws) > 0; w++, p = ws) {
		size_t c = ws;

		while (c > lo && t[c - 1] == ' ')
			c--;
		if (c == lo || t[c - 1] != ',')
			continue;
		for (c--; c > lo && t[c - 1] != ',' && t[c - 1] != '.' && t[c - 1] != ';'; c--)
			;
		/* The subject's head among its last six words, over the hyphens
		 * of a name ("The free trade agreement between Peru and South
		 * Korea, ...", "The India-UK pact, ..."). */
		if (c > lo && t[c - 1] == ',')
			for (int v = 0; v < 6 && (wl = ex_word_before(t, c - 1, lo, &ws)) > 0; v++) {
				if (ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl))
					return 1;
				for (c = ws + 1; c > lo + 1 && t[c - 2] == '-'; c--)
					;
			}
		break;
	}
	/* "aimed to bring it into force on January 1", "to have it in force by":
	 * the pronoun stands for the agreement its sentence names before it, at
	 * any distance. */
	p = k;
	it = ex_word_before(t, k, lo, &ws) == 2 && ex_ncasecmp(t + ws, "it", 2) == 0;
	if (!it)
		lo = k > 160 ? k - 160 : 0;
	for (int w = 0; (w < 12 || it) && p > lo; w++, p = ws) {
		/* Over the parentheses and hyphens of a name ("(CETA)", "India-UK")
		 * and the commas of an aside ("The agreement, signed in July, took"). */
		while (p > lo && (t[p - 1] == ')' || t[p - 1] == '(' || t[p - 1] == '-' || t[p - 1] == ' ' || t[p - 1] == ','))
			p--;
		if ((wl = ex_word_before(t, p, lo, &ws)) == 0)
			return 0;
		if (ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_force_date - the day the article says its agreement enters into force:
 * the first date within 60 bytes after "into force" ("will enter into force
 * on July 1", "entered into force on Friday, September 1", "enters into
 * force, which both sides expect on April 1"), looked for once; NULL if none.
 * The article is searched only when a statement needs it. */
const char *
ex_force_date(struct ex_ctx *ctx)
{
	const char *t = ctx->text;

	if (ctx->force_read)
		return ctx->force_date[0] != '\0' ? ctx->force_date : NULL;
	ctx->force_read = 1;
	for (size_t k = 0; k + 10 <= ctx->len; k++) {
		static const char *const KEY[] = {"into force", " effect ", " provisionally ", " it in force "};
		struct when_match wm[2];
		size_t hi, n, pl, next = ctx->len;
		int deal;

		/* To the next of the three phrases (memmem: most articles have none). */
		for (size_t i = 0; i < sizeof(KEY) / sizeof(KEY[0]); i++) {
			const char *q = memmem(t + k, next - k, KEY[i], strlen(KEY[i]));

			if (q != NULL)
				next = (size_t)(q - t) + (i > 0);
		}
		if (next + 10 > ctx->len)
			break;
		k = next;

		/* "into force"; or, told of an agreement, "took effect" and "apply
		 * provisionally" ("The agreement, signed in July, took effect on 1 July",
		 * "will apply the trade agreement provisionally from 1 May"). */
		if (t[k] == 'i' && ex_ncasecmp(t + k, "into force", 10) == 0)
			pl = 10, deal = -1;
		/* "to have it in force by January 1, 2028": "in force" after the
		 * pronoun of an agreement (not "remain in force until"). */
		else if (t[k] == 'i' && ex_ncasecmp(t + k, "it in force ", 12) == 0)
			k += 3, pl = 8, deal = ex_force_deal(t, k);
		else if ((t[k] == 'e' && k > 0 && t[k - 1] == ' ' && ex_ncasecmp(t + k, "effect ", 7) == 0) ||
		    (t[k] == 'p' && k > 0 && t[k - 1] == ' ' && ex_ncasecmp(t + k, "provisionally ", 14) == 0))
			pl = t[k] == 'e' ? 6 : 13, deal = ex_force_deal(t, k);
		else
			continue;
		if (deal == 0)
			continue;
		hi = k + pl + 60 < ctx->len ? k + pl + 60 : ctx->len;
		/* A sentence's end, not the point of "Jan. 1". */
		for (size_t j = k + pl; j < hi; j++)
			if (t[j] == '.' && j + 2 < hi && t[j + 1] == ' ' && !isdigit((unsigned char)t[j + 2])) {
				hi = j;
				break;
			}
		n = when_find_all(t + k + pl, hi - k - pl, ctx->published, wm, 2);
		if (n > 0 && !wm[0].reported && wm[0].kind != WHEN_EXPIRY) {
			memcpy(ctx->force_date, wm[0].date, 11);
			ctx->force_deal = deal > 0 || ex_force_deal(t, k);
			return ctx->force_date;
		}
	}
	return NULL;
}
/* EX_UNTIL_WORDS - the words ex_window_in looks for, between spaces (EX_LEX_UNTIL). */
const struct ex_word EX_UNTIL_WORDS[] = {EX_W("until"), EX_W("through")};
const size_t EX_NUNTIL_WORDS = EX_NWORDS(EX_UNTIL_WORDS);
/* ex_window_in - 1 if sentence [s,e) tells a deal's end with a verb of lasting
 * (ex_window_end) before "until" or "through". */
static int
ex_window_in(const char *t, size_t s, size_t e)
{
	for (size_t k = s; k + 7 < e; k++)
		if (t[k] == ' ' && (ex_ncasecmp(t + k + 1, "until ", 6) == 0 ||
		    (k + 9 < e && ex_ncasecmp(t + k + 1, "through ", 8) == 0)) &&
		    ex_window_end(t, s, k + 1))
			return 1;
	return 0;
}
/* ex_other_topic - 1 if [lo,hi), the sentences between statement x and a date
 * sentence, tell an act of a third party that made no statement: "Beijing began
 * issuing the licences. / Mexico's Senate approved tariffs of up to 50% on cars
 * from China. The tariffs take effect January 1": the date is that act's (a
 * briefing's next item), not x's.  A subject outside x's two and after it a
 * trigger or a measure noun ("duties", "tariffs"); "Japan's premier welcomed the
 * move" tells no act, and "exporters to the US and Mexico need a licence" names
 * Mexico as no subject. */
static int
ex_other_topic(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_stmt *x)
{
	int other = 0, act = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *m = &ctx->m.v[i];

		if (m->start < lo)
			continue;
		if (m->kind == RULE_ACTOR && (m->role == ROLE_SUBJECT || m->role == ROLE_SPEAKER) &&
		    m->value != x->actor &&
		    m->value != x->counterparty)
			other = 1;
		else if (other && (m->kind == RULE_TRIGGER || m->kind == RULE_MEASURE ||
		    (m->kind == RULE_OBJECT && ctx->r->objects[m->value].measure >= 0)))
			act = 1;
	}
	return other && act;
}
/* ex_follow_act_day - "China has approved general licences for germanium, the
 * ministry said Thursday.  The licences were issued on December 7": a sentence with
 * no statement of its own whose past trigger (the nearest before the day, so a
 * verb in an aside does not count) is followed by "on" and a day (no
 * report's day, no comma between, within 80 bytes) tells when the act done in the
 * sentence before (group) took effect; fulfilled statements there that have no
 * deadline or only the report's day take it, resolved on or before publication. */
static void
ex_follow_act_day(struct ex_ctx *ctx, size_t s, size_t e, size_t group)
{
	static const struct ex_word AHEAD[] = {
	    EX_W("be"), EX_W("will"), EX_W("would"), EX_W("to"), EX_W("shall")};
	size_t nw, trig = EX_NOPOS, i, last_end, os, ol;
	char day[11], last[sizeof(ctx->last_date)];
	int open = 0;

	for (i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == group;)
		open |= ctx->st.v[i].status == STATUS_FULFILLED &&
		    (ctx->st.v[i].deadline[0] == '\0' || ctx->st.v[i].dl_report);
	if (!open || ctx->published == NULL || strlen(ctx->published) < 10)
		return;
	for (i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e && trig == EX_NOPOS; i++)
		if (ctx->m.v[i].kind == RULE_TRIGGER && ctx->m.v[i].start >= s && ctx->m.v[i].past)
			trig = i;
	if (trig == EX_NOPOS)
		return;
	/* A scan of its own: the caller's scan of the sentence sets the latest date. */
	memcpy(last, ctx->last_date, sizeof(last));
	last_end = ctx->last_date_end;
	nw = ex_when_scan(ctx, s, e);
	memcpy(ctx->last_date, last, sizeof(last));
	ctx->last_date_end = last_end;
	for (size_t w = 0; w < nw; w++) {
		struct when_match wm = ctx->when[w];
		size_t ws = s + wm.offset;

		/* The past trigger nearest before the day: "The rule, which would
		 * have extended the blacklist, was suspended on November 10" dates
		 * the suspension, not the verb of the aside. */
		trig = EX_NOPOS;
		for (i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < ws; i++)
			if (ctx->m.v[i].kind == RULE_TRIGGER && ctx->m.v[i].start >= s && ctx->m.v[i].past)
				trig = i;
		/* "The permits will be issued on June 3": an act to come.  Quoted speech
		 * ("\"We shipped on Friday,\" said an exporter") tells the speaker's own act. */
		if (trig == EX_NOPOS || ex_quoted(ctx->text, s, ctx->m.v[trig].start) ||
		    ((ol = ex_word_before(ctx->text, ctx->m.v[trig].start, s, &os)) > 0 &&
		    ex_word_in(AHEAD, EX_NWORDS(AHEAD), ctx->text + os, ol)))
			continue;
		trig = ctx->m.v[trig].end;
		if (wm.kind != WHEN_DATE || wm.reported || wm.named || ws < trig || ws - trig > 80 ||
		    memchr(ctx->text + trig, ',', ws - trig) != NULL ||
		    (ol = ex_word_before(ctx->text, ws, trig, &os)) != 2 || ex_ncasecmp(ctx->text + os, "on", 2) != 0)
			continue;
		wm.offset = ws;
		memcpy(day, wm.date, 11);
		ex_done_weekday(ctx, &wm, day);
		if (strncmp(day, ctx->published, 10) > 0)
			return;
		for (i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == group;) {
			struct ex_stmt *x = &ctx->st.v[i];

			if (x->status == STATUS_FULFILLED && (x->deadline[0] == '\0' || x->dl_report)) {
				memcpy(x->deadline, day, 11);
				x->dl_report = 0;
			}
		}
		return;
	}
}
/* ex_follow_amount - "Japan's $550 billion investment pledge has produced its
 * first projects ... (two paragraphs) ... Under the memorandum, Japan is to make
 * the full $550 billion available by January 19, 2029": a sentence with no
 * statement of its own that restates a dollar amount of a pledge told anywhere
 * before it (past ex_follow_deadline's reach, or not the latest statement), with a
 * "by" date still ahead, gives that date to the statements with that amount and
 * no deadline that are not done. */
static void
ex_follow_amount(struct ex_ctx *ctx, size_t s, size_t e)
{
	const struct when_match *dl = NULL;
	size_t nw, nq;

	if (ctx->published == NULL || memchr(ctx->text + s, '$', e - s) == NULL ||
	    !when_may_deadline(ctx->text + s, e - s, ctx->published) || ex_question(ctx->text, s, e))
		return;
	nw = ex_when_scan(ctx, s, e);
	for (size_t w = 0; w < nw && dl == NULL; w++)
		if (ctx->when[w].kind == WHEN_DEADLINE && strncmp(ctx->when[w].date, ctx->published, 10) > 0 &&
		    !ex_span_date(ctx->text + s + ctx->when[w].offset, e - s - ctx->when[w].offset) &&
		    !ex_talk_date(ctx, s, s + ctx->when[w].offset))
			dl = &ctx->when[w];
	if (dl == NULL || (nq = quantity_find_all(ctx->text + s, e - s, ctx->qty, EX_MAX_QTY)) == 0)
		return;
	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];

		if (x->deadline[0] != '\0' || x->status == STATUS_FULFILLED || !x->quantity.present ||
		    x->rank < 0)
			continue;
		for (size_t k = 0; k < nq; k++)
			if (ctx->qty[k].q.amount == x->quantity.amount && strcmp(ctx->qty[k].q.unit, x->quantity.unit) == 0) {
				memcpy(x->deadline, dl->date, 11);
				break;
			}
	}
}
/* ex_public_day - the statements within reach before sentence s that took the
 * article's day from a date of being made public (ex_made_public) take instead
 * the last day their own sentence tells before the act's word, not after the
 * article (a dateline's "Jan 14" before it is passed over): "on Tuesday
 * removed", "published a final rule on Thursday", "said on Wednesday it had
 * terminated". */
static void
ex_public_day(struct ex_ctx *ctx, size_t s, const char *date)
{
	char last[sizeof(ctx->last_date)], day[11];
	size_t last_end = ctx->last_date_end, done = EX_NOPOS;

	memcpy(last, ctx->last_date, sizeof(last));
	memcpy(day, date, 11);
	for (size_t i = ctx->st.n; i-- > 0 && s - ctx->st.v[i].sent_start <= EX_FOLLOW_REACH;) {
		struct ex_stmt *x = &ctx->st.v[i];

		if (strcmp(x->deadline, date) != 0)
			continue;
		if (x->sent_start != done) {	/* each sentence scanned once */
			size_t nw = ex_when_scan(ctx, x->sent_start, x->sent_end);

			done = x->sent_start;
			memcpy(day, date, 11);
			for (size_t w = 0; w < nw && x->sent_start + ctx->when[w].offset < x->pos; w++)
				if (ctx->when[w].kind == WHEN_DATE && !ctx->when[w].named &&
				    strncmp(ctx->when[w].date, ctx->published, 10) <= 0)
					memcpy(day, ctx->when[w].date, 11);
		}
		memcpy(x->deadline, day, 11);
	}
	memcpy(ctx->last_date, last, sizeof(last));
	ctx->last_date_end = last_end;
}
/* ex_made_public - 1 if wm, a date of sentence s (which has no statement), is the day
 * the act was made public and no more ("Removal took effect on publication,
 * the notice said", "The decision took effect on the day of publication"):
 * read as the article's day, where the statement it dates may tell the day
 * the act was done ("on Tuesday removed three firms from the list"). */
static int
ex_made_public(const struct ex_ctx *ctx, size_t s, const struct when_match *wm)
{
	const char *end = ctx->text + s + wm->offset + wm->len;

	return ctx->published != NULL && strncmp(wm->date, ctx->published, 10) == 0 &&
	    ((wm->len >= 11 && ex_ncasecmp(end - 11, "publication", 11) == 0) ||
	    (wm->len >= 12 && ex_ncasecmp(end - 12, "announcement", 12) == 0));
}
/* ex_follow_deadline - a sentence with no statement of its own that sets a "by"
 * date ("Officials expect results by end-February", "the ministry would process the
 * rest by the end of the month") dates the latest statements of its paragraph that
 * have none (within EX_FOLLOW_REACH) and are not already fulfilled.  An effective
 * date ("The accord takes effect on July 1", "they aim to bring the deal into force
 * on Jan. 1") dates every statement within reach that has none, pauses aside: it
 * starts the whole deal. */
void
ex_follow_deadline(struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t nw, last, group, mi;

	if (ctx->st.n == 0)
		return;
	last = ctx->st.n - 1;
	group = ctx->st.v[last].sent_start;
	ex_follow_amount(ctx, s, e);
	/* Wire copy puts one sentence in a paragraph: a blank line does not end the topic. */
	if (ctx->st.v[last].sent_end > s || s - ctx->st.v[last].sent_end > EX_FOLLOW_REACH ||
	    ex_question(ctx->text, s, e) || !ex_follow_open(ctx, s, group) ||
	    ex_other_topic(ctx, ctx->st.v[last].sent_end, s, &ctx->st.v[last]))
		return;
	ex_follow_act_day(ctx, s, e, group);
	/* Only an effect cue's date or a deadline counts: most sentences have neither. */
	if (!ex_has_kind(ctx, RULE_EFFECT, s, e) &&
	    !when_may_deadline(ctx->text + s, e - s, ctx->published) &&
	    !(ex_lex_in(ctx, EX_LEX_UNTIL, s, e) && ex_window_in(ctx->text, s, e)))
		return;
	nw = ex_when_scan(ctx, s, e);
	mi = ex_first(ctx, s);
	for (size_t w = 0; w < nw; w++) {
		const struct when_match *wm = &ctx->when[w];
		size_t ws = s + wm->offset;

		/* "applies to goods entering from Nov. 13" reads as a "from" deadline: an
		 * effect cue's date all the same, for what is done as for what is to come;
		 * so is a "since" date where the sentence says what applies ("applies
		 * retroactively to goods entering since Nov. 13"). */
		if (ex_asked_date(ctx, s, ws))
			continue;
		/* "Indonesia announced an export ban on nickel ore, effective January 1". */
		if (ex_other_topic(ctx, s, ws, &ctx->st.v[last]))
			return;
		if ((wm->kind == WHEN_DATE || wm->kind == WHEN_DEADLINE) &&
		    (ex_effect_near(ctx, mi, s, e, ws, ws + wm->len) ||
		    (wm->since && ex_has_kind(ctx, RULE_EFFECT, s, e)))) {
			/* "committed to buy $750 billion by the end of 2028. The purchases have
			 * fallen behind. ... The regulation entered into force on 1 December":
			 * a statement whose key was given its date elsewhere keeps that one;
			 * the day a report is dated with is not when the act took effect. */
			for (size_t i = ctx->st.n; i-- > 0 && s - ctx->st.v[i].sent_start <= EX_FOLLOW_REACH;)
				if ((ctx->st.v[i].deadline[0] == '\0' || ctx->st.v[i].dl_report) &&
				    ex_same_deal(&ctx->st.v[i], &ctx->st.v[last]) &&
				    !ex_key_dated(ctx, &ctx->st.v[i], wm->date))
					memcpy(ctx->st.v[i].deadline, wm->date, 11);
			/* "The Commerce Department on Tuesday removed three firms from the
			 * list. ... Removal took effect on publication": the day the act was
			 * made public is the day its own sentence tells, not the article's. */
			if (ex_made_public(ctx, s, wm))
				ex_public_day(ctx, s, wm->date);
			ex_follow_done(ctx, s, e, group, wm->date);
			return;
		}
		/* "The commitment runs until January 19, 2029": the end of the
		 * window an investment or a purchase is to be made in is its
		 * deadline. */
		if (wm->kind == WHEN_EXPIRY && ex_window_end(ctx->text, s, ws)) {
			for (size_t i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == group;)
				if (ctx->st.v[i].deadline[0] == '\0' && ctx->st.v[i].status != STATUS_FULFILLED &&
				    ex_accrues(RULES_ACTIONS[ctx->st.v[i].action]))
					memcpy(ctx->st.v[i].deadline, wm->date, 11);
			return;
		}
		if (wm->kind != WHEN_DEADLINE || ex_talk_date(ctx, s, ws))
			continue;
		/* A follow-up date is for what is still to come, not for what is done; a span
		 * ("expect the rest to be booked within six weeks") is vaguer than the date
		 * the commitment was given, and does not replace it. */
		for (size_t i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == group;)
			if (ctx->st.v[i].deadline[0] == '\0' &&
			    ctx->st.v[i].status != STATUS_FULFILLED &&
			    !ex_other_act(ctx, s, ws, &ctx->st.v[i]) &&
			    !(ex_span_date(ctx->text + ws, e - ws) && ex_key_has(ctx, &ctx->st.v[i], 0))) {
				memcpy(ctx->st.v[i].deadline, wm->date, 11);
				ctx->st.v[i].dl_span = ex_span_date(ctx->text + ws, e - ws);
			}
		return;
	}
}
/* The names of a rate and the verbs of staying ex_follow_rate reads (EX_LEXICON). */
const struct ex_word EX_RATE_NAMES[] = {
    EX_W("rate"), EX_W("tariff"), EX_W("duty"), EX_W("levy"), EX_W("surcharge")};
const size_t EX_NRATE_NAMES = EX_NWORDS(EX_RATE_NAMES);
const struct ex_word EX_RATE_STAY[] = {
    EX_W("stay"), EX_W("stays"), EX_W("remain"), EX_W("remains"), EX_W("held"), EX_W("kept")};
const size_t EX_NRATE_STAY = EX_NWORDS(EX_RATE_STAY);
/* ex_follow_rate - "postponed the increase in its tariff on EVs. The rate will stay at
 * 25% instead of rising to 35%": a sentence with no statement of its own whose rate
 * noun (rate, tariff, duty, levy) stays or remains "at" a percentage gives that
 * rate to the latest statements of the sentence before that are tariff commitments
 * with no amount (the rate that applies after it). */
static void
ex_follow_rate(struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;
	size_t group, ws, wl = 0, p, nq;
	int rate = 0;

	group = ctx->st.v[ctx->st.n - 1].sent_start;
	/* A name of a rate and a verb of staying, or nothing to read (EX_LEXICON). */
	if (ctx->st.v[ctx->st.n - 1].sent_end > s || s - ctx->st.v[ctx->st.n - 1].sent_end > EX_FOLLOW_REACH ||
	    !ex_lex_in(ctx, EX_LEX_RATE, s, e) || !ex_lex_in(ctx, EX_LEX_STAY, s, e) || ex_question(t, s, e))
		return;
	for (p = s; p < e && (wl = ex_word_after(t, p, e, &ws)) > 0; p = ws + wl) {
		if (ex_word_in(EX_RATE_NAMES, EX_NWORDS(EX_RATE_NAMES), t + ws, wl))
			rate = 1;
		else if (rate && ex_word_in(EX_RATE_STAY, EX_NWORDS(EX_RATE_STAY), t + ws, wl)) {
			size_t as, al = ex_word_after(t, ws + wl, e, &as);

			if (al == 2 && ex_ncasecmp(t + as, "at", 2) == 0) {
				p = as + al;
				break;
			}
		}
	}
	if (p >= e || wl == 0)
		return;
	nq = quantity_find_all(t + p, e - p, ctx->qty, EX_MAX_QTY);
	if (nq == 0 || strcmp(ctx->qty[0].q.unit, "percent") != 0 || ctx->qty[0].offset > 2)
		return;
	for (size_t i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == group;) {
		struct ex_stmt *x = &ctx->st.v[i];

		if (!x->quantity.present && x->rank >= 0 &&
		    strncmp(RULES_ACTIONS[x->action], "tariff_", 7) == 0)
			x->quantity = ctx->qty[0].q;
	}
}
/* The words of a deal's instrument ("letters of intent", "contracts") that
 * ex_follow_quantity looks for (EX_LEXICON: the automaton reports them). */
const struct ex_word EX_DEAL_WORDS[] = {
    EX_W("intent"), EX_W("understanding"), EX_W("mou"), EX_W("mous"), EX_W("contract"),
    EX_W("contracts"), EX_W("deal"), EX_W("deals"), EX_W("agreement"), EX_W("agreements"),
    EX_W("order"), EX_W("orders"), EX_W("quota"), EX_W("quotas"), EX_W("committed"),
    EX_W("commitment"), EX_W("pledged"), EX_W("pledge"), EX_W("promised")};
const size_t EX_NDEAL_WORDS = EX_NWORDS(EX_DEAL_WORDS);

/* ex_follow_act - the action (a prefix of its name) that sentence [s,e) names as
 * its subject, the act of the sentence before told again: "The purchases will
 * total 12 million tonnes" (purchase), "The investment will reach $550 billion"
 * (investment), "The new rate of 15% takes effect" (tariff_); else NULL. */
static const char *
ex_follow_act(const char *t, size_t s, size_t e)
{
	static const struct {
		const char *np;
		const char *act;
	} ACT[] = {
		{"the purchases", "purchase"}, {"these purchases", "purchase"},
		{"those purchases", "purchase"}, {"the purchase", "purchase"},
		{"the imports", "purchase"}, {"the investment", "investment"},
		{"the investments", "investment"}, {"the new rate", "tariff_"},
		{"the new tariff", "tariff_"}, {"the lower rate", "tariff_"},
		{"the reduced rate", "tariff_"}, {"the new duty", "tariff_"},
	};
	size_t p = quantity_skip_space(t, e, s), w3, w5;

	/* Every phrase of ACT opens with a "t" ("the", "these", "those"). */
	if (p >= e || ex_lower(t[p]) != 't')
		return NULL;
	/* The second word's first letter, after "the" (np[3] a space, np[4]
	 * the letter) or after "these"/"those" (np[6]): compared before the
	 * phrase, as quantity_phrase would (most sentences open "The" and some
	 * other noun). */
	w3 = quantity_skip_space(t, e, p + 3);
	w5 = quantity_skip_space(t, e, p + 5);
	for (size_t i = 0; i < EX_NWORDS(ACT); i++) {
		size_t w = ACT[i].np[3] == ' ' ? w3 : w5;

		if (w < e && ex_lower(t[w]) == ACT[i].np[ACT[i].np[3] == ' ' ? 4 : 6] &&
		    quantity_phrase(t, e, p, ACT[i].np) > 0)
			return ACT[i].act;
	}
	return NULL;
}
/* EX_BASELINE_WORD - the word ex_follow_baseline reads after the rate (EX_LEX_BASELINE). */
const struct ex_word EX_BASELINE_WORD[] = {EX_W("baseline")};
const size_t EX_NBASELINE_WORD = EX_NWORDS(EX_BASELINE_WORD);
/* ex_follow_baseline - "The U.S. removed its 40% additional tariff on Brazilian
 * beef.  A 10% baseline tariff still applies to those goods", "... Those goods now
 * pay only the 10% baseline tariff": a sentence with no statement of its own that
 * says a baseline rate "still" or "now" applies (the same rate told again, "so beef
 * will now pay 10%", is no other) gives that rate to the tariff removals within
 * reach told as going to zero (the rate that applies after them).  So does one
 * whose own statements, from n0, are only cuts at that rate ("Beef and coffee now
 * pay only the 10% baseline tariff" is a cut of its own since ex_paid_rate reads
 * "pay only"); the removals lent it are those before n0. */
void
ex_follow_baseline(struct ex_ctx *ctx, size_t s, size_t e, size_t n0)
{
	const char *t = ctx->text;
	size_t nq, ws, wl, k = (size_t)-1;

	/* "... Beef and coffee now pay only the 10% baseline tariff": the
	 * sentence's own statements (from n0) are cuts at that very rate, so
	 * the removals before them are lent it too. */
	for (size_t i = n0; i < ctx->st.n; i++)
		if (!ex_action_is(RULES_ACTIONS[ctx->st.v[i].action], "tariff_cut") || !ctx->st.v[i].quantity.present ||
		    ctx->st.v[i].quantity.amount == 0 || ctx->st.v[i].quantity.amount != ctx->st.v[n0].quantity.amount)
			return;
	/* The rate's next word is "baseline" (below), never glued to it: a
	 * percent amount ends with "%" or before a byte that is no letter or
	 * digit (quantity_phrase, qty_number), so the word is one the
	 * automaton reports (EX_LEX_BASELINE).  Most sentences have none. */
	if (n0 == 0 || ctx->st.v[n0 - 1].sent_end > s || s - ctx->st.v[n0 - 1].sent_end > EX_FOLLOW_REACH ||
	    !ex_lex_in(ctx, EX_LEX_BASELINE, s, e) || memmem(t + s, e - s, "baseline", 8) == NULL ||
	    (memmem(t + s, e - s, "still", 5) == NULL && memmem(t + s, e - s, " now ", 5) == NULL))
		return;
	nq = quantity_find_all(t + s, e - s, ctx->qty, EX_MAX_QTY);
	for (size_t i = 0; i < nq; i++)
		if (strcmp(ctx->qty[i].q.unit, "percent") == 0) {
			if (k != (size_t)-1 && ctx->qty[i].q.amount != ctx->qty[k].q.amount)
				return;
			if (k == (size_t)-1)
				k = i;
		}
	if (k == (size_t)-1 || (wl = ex_word_after(t, s + ctx->qty[k].offset + ctx->qty[k].len, e, &ws)) == 0 ||
	    !ex_word_in(EX_BASELINE_WORD, EX_NBASELINE_WORD, t + ws, wl))
		return;
	for (size_t i = n0; i-- > 0 && s - ctx->st.v[i].sent_start <= EX_FOLLOW_REACH;) {
		struct ex_stmt *x = &ctx->st.v[i];

		if (ex_action_is(RULES_ACTIONS[x->action], "tariff_cut") && x->quantity.present &&
		    x->quantity.amount == 0 && strcmp(x->quantity.unit, "percent") == 0)
			x->quantity.amount = ctx->qty[k].q.amount;
	}
}
/* ex_follow_quantity - a sentence with no statement of its own that gives the amount of
 * an instrument of the deal ("signed letters of intent worth $2 billion for US corn and
 * wheat", "The proposed poultry quota would rise to 100,000 tonnes a year") lends it to
 * the latest statements of its paragraph whose key has none and whose goods it names
 * (a category's members too).  Not a question, a statistic, nor what a past verb did. */
void
ex_follow_quantity(struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t group, nq, ws, wl, mi;
	int deal = 0, open = 0, sure;
	const char *act;

	if (ctx->st.n == 0)
		return;
	ex_follow_rate(ctx, s, e);
	ex_follow_baseline(ctx, s, e, ctx->st.n);
	group = ctx->st.v[ctx->st.n - 1].sent_start;
	if (ctx->st.v[ctx->st.n - 1].sent_end > s || s - ctx->st.v[ctx->st.n - 1].sent_end > EX_FOLLOW_REACH)
		return;
	for (size_t i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == group;)
		open |= (!ctx->st.v[i].quantity.present || ctx->st.v[i].qty_free) && ctx->st.v[i].rank >= 0;
	act = ex_follow_act(ctx->text, s, e);
	/* No word of EX_DEAL_WORDS in the sentence (EX_LEXICON). */
	if (act == NULL && !ex_lex_in(ctx, EX_LEX_DEAL, s, e))
		return;
	/* Only the blocks where the automaton saw one start (EX_LEXICON). */
	sure = ex_lex_sure(ctx, s, e);
	for (size_t p = s; open && !deal && p < e; p++) {
		if (sure && !(ctx->lex[p >> EX_FIRST_SHIFT] & EX_LEX_DEAL)) {
			p |= ((size_t)1 << EX_FIRST_SHIFT) - 1;
			continue;
		}
		if (ex_word_byte((unsigned char)ctx->text[p]) && (p == s || !ex_word_byte((unsigned char)ctx->text[p - 1])) &&
		    (wl = ex_word_after(ctx->text, p, e, &ws)) > 0)
			deal = ex_word_in(EX_DEAL_WORDS, EX_NWORDS(EX_DEAL_WORDS), ctx->text + ws, wl);
	}
	if ((!deal && act == NULL) || ex_question(ctx->text, s, e) || ex_statistic(ctx, s, e))
		return;
	mi = ex_first(ctx, s);
	for (size_t i = mi; i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_TRIGGER && ctx->m.v[i].past && ctx->m.v[i].start >= s)
			return;
	nq = quantity_find_all(ctx->text + s, e - s, ctx->qty, EX_MAX_QTY);
	for (size_t k = 0; k < nq; k++)
		ctx->qty[k].offset += s;
	ex_note_yearly(ctx, nq);
	for (size_t i = ctx->st.n; nq > 0 && i-- > 0 && ctx->st.v[i].sent_start == group;) {
		struct ex_stmt *x = &ctx->st.v[i];
		int named = 0;
		struct quantity q = {0};

		/* A duty-free quota's zero is no amount told: "... will open
		 * duty-free quotas for beef.  The quota for beef will be 10,000
		 * tonnes a year." */
		if ((x->quantity.present && !x->qty_free) || x->rank < 0 || ex_key_has(ctx, x, 1))
			continue;
		for (size_t j = mi; j < ctx->m.n && ctx->m.v[j].start < e && !named; j++)
			named = ctx->m.v[j].start >= s && ctx->m.v[j].kind == RULE_OBJECT &&
			    rules_object_covers(ctx->r, x->object, ctx->m.v[j].value);
		if (act != NULL && strncmp(RULES_ACTIONS[x->action], act, strlen(act)) == 0)
			named = 1;
		if (named)
			ex_pick_quantity(ctx, nq, s, e, s, RULES_ACTIONS[x->action], x->object, &q);
		if (q.present) {
			x->quantity = q;
			x->qty_free = 0;
		}
	}
}
/* ex_rate_by - the rate after a cut stated by how much ("cut its 20% tariff by half":
 * 10; "reduce its 50% duty by 20 percentage points": 30) into *q, the rate the clause
 * [lo,hi) names; a cut "by 10 percent" with no rate named gives no rate after it.  A
 * rate the cut goes "to" stands. */
void
ex_rate_by(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, struct quantity *q)
{
	const char *t = ctx->text;
	size_t w, e;

	if (!q->present || strcmp(q->unit, "percent") != 0)
		return;
	for (size_t i = 0; i < nq; i++)
		if (ctx->qty[i].offset >= lo && ctx->qty[i].offset < hi && ctx->qty[i].role == QUANTITY_RATE_TO)
			return;
	for (size_t p = lo; p + 3 < hi; p++) {
		if ((t[p] | 32) != 'b' || (t[p + 1] | 32) != 'y' || ex_word_byte((unsigned char)t[p + 2]) ||
		    (p > 0 && ex_word_byte((unsigned char)t[p - 1])))
			continue;
		w = quantity_skip_space(t, hi, p + 2);
		if (quantity_phrase(t, hi, w, "half") > 0) {
			q->amount /= 2;
			return;
		}
		if (w >= hi || t[w] < '0' || t[w] > '9')
			continue;
		for (e = w; e < hi && ((t[e] >= '0' && t[e] <= '9') || t[e] == '.'); e++)
			;
		if (quantity_phrase(t, hi, quantity_skip_space(t, hi, e), "percentage point") > 0 ||
		    quantity_phrase(t, hi, quantity_skip_space(t, hi, e), "percentage points") > 0) {
			double by = strtod(t + w, NULL);

			if (by < q->amount)
				q->amount -= by;
			else
				memset(q, 0, sizeof(*q));
			return;
		}
		for (size_t i = 0; i < nq; i++)
			if (ctx->qty[i].offset == w && ctx->qty[i].q.amount == q->amount &&
			    strcmp(ctx->qty[i].q.unit, "percent") == 0) {
				memset(q, 0, sizeof(*q));
				return;
			}
	}
}

/* ex_take_verb - 0 if the trigger "to take" or a form of "take" or "strike" at
 * [start,end) is no verb of the trade and its mention is dropped; else 1.
 * "promised to take two million tons of sorghum", "agreed to take 60% of the
 * crop": buying, an amount right after ("about", "at least", "a further"
 * between), or the amount in the noun a relative clause qualifies ("the two
 * million tons of sorghum that Beijing had promised to take"); "to take steps",
 * "to take part", "to take effect" buy nothing.  "took 15 U.S. firms off its
 * unreliable entity list", "struck them off the blacklist": removal from a list,
 * "off" at most ten words after the verb and a list at most four words after
 * "off"; "took effect", "took part" remove nothing. */
int
ex_take_verb(const char *t, size_t len, size_t start, size_t end)
{
	static const struct ex_word TAKE_OFF[] = {
	    EX_W("take"), EX_W("takes"), EX_W("took"), EX_W("taken"), EX_W("taking"),
	    EX_W("strike"), EX_W("strikes"), EX_W("struck"), EX_W("striking")};
	static const struct ex_word PLEDGE[] = {
	    EX_W("agree"), EX_W("promise"), EX_W("pledge"), EX_W("commit")};
	static const struct ex_word LEAD[] = {
	    EX_W("about"), EX_W("around"), EX_W("some"), EX_W("roughly"), EX_W("nearly"),
	    EX_W("another"), EX_W("an"), EX_W("a"), EX_W("up"), EX_W("at"), EX_W("least"), EX_W("to"),
	    EX_W("further"), EX_W("additional"), EX_W("extra")};
	size_t ws, wl, p;
	long v;

	if (end - start == 7 && ex_ncasecmp(t + start, "to take", 7) == 0) {
		wl = ex_word_after(t, end, len, &ws);
		for (int w = 0; w < 2 && wl > 0 && ex_word_in(LEAD, EX_NWORDS(LEAD), t + ws, wl); w++)
			wl = ex_word_after(t, ws + wl, len, &ws);
		if (ws < len && ((t[ws] >= '0' && t[ws] <= '9') || t[ws] == '$' ||
		    (wl > 0 && quantity_count_word(t, len, ws, &v) > 0)))
			return 1;
		if ((wl = ex_word_before(t, start, 0, &ws)) == 0 ||
		    !(ex_pledge_past(t + ws, wl) || ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl)))
			return 0;
		p = ws;
		for (int w = 0; w < 14 && (wl = ex_dotted_before(t, p, 0, &ws)) > 0; w++, p = ws)
			if ((t[ws] >= '0' && t[ws] <= '9') || quantity_count_word(t, len, ws, &v) > 0)
				return 1;
		return 0;
	}
	if (!ex_word_in(TAKE_OFF, EX_NWORDS(TAKE_OFF), t + start, end - start))
		return 1;
	p = end;
	/* "15 U.S. firms": an initialism's dots go on */
	for (int w = 0; w < 10 && ((wl = ex_word_after(t, p, len, &ws)) > 0 ||
	    (ws < len && t[ws] == '.' && ws > 0 && t[ws - 1] >= 'A' && t[ws - 1] <= 'Z')); w++, p = ws + (wl > 0 ? wl : 1)) {
		if (wl != 3 || ex_ncasecmp(t + ws, "off", 3) != 0)
			continue;
		p = ws + wl;
		for (int k = 0; k < 4 && (wl = ex_word_after(t, p, len, &ws)) > 0; k++, p = ws + wl)
			if (wl >= 4 && ex_ncasecmp(t + ws + wl - 4, "list", 4) == 0)
				return 1;
		return 0;
	}
	return 0;
}
