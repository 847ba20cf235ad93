/*
 * extract_merge.c - one commitment per key per article.
 *
 * Statements are folded per (actor, counterparty, action, object): a statement
 * about the present beats background, the last wins among equals; deadline,
 * expiry and quantity come from it or from the nearest statement that has one.
 * Before that, a measure "done" whose date of effect is still to come becomes
 * pledged, and whole-deal and sub-type outcomes are spread.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

/* ex_same_key - 1 if two statements share (actor, counterparty, action, object). */
static int
ex_same_key(const struct ex_stmt *a, const struct ex_stmt *b)
{
	return a->actor == b->actor && a->counterparty == b->counterparty && a->action == b->action &&
	    a->object == b->object;
}
/* ex_dist - distance between two statements' anchors. */
static size_t
ex_dist(const struct ex_stmt *a, const struct ex_stmt *b)
{
	return a->pos > b->pos ? a->pos - b->pos : b->pos - a->pos;
}
/* ex_own_outcome - 1 if a statement of x's sentence about x's key says how it
 * stands ("promised to buy $40bn of chips, but orders so far are modest"): an
 * earlier whole-deal outcome does not override it. */
static int
ex_own_outcome(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *y = &ctx->st.v[i];

		if (y != x && y->sent_start == x->sent_start && ex_same_key(x, y) &&
		    y->status != STATUS_PLEDGED && y->status != STATUS_PROPOSED)
			return 1;
	}
	return 0;
}
/* ex_dateline_month - 1 if the month at [p,q) of the sentence from s is the date
 * of a wire dateline that opens it: at most 48 bytes of capitalised words
 * ending in a comma before it, a day after it, then the agency's bracket or a
 * dash ("SEOUL, Sept. 24 (Yonhap) --", "WASHINGTON, May 19 (Reuters) -",
 * "New Delhi, Nov 17 (PTI)").  It dates the filing, not what the story
 * tells. */
static int
ex_dateline_month(const char *t, size_t s, size_t p, size_t q, size_t e)
{
	size_t k = p, d;

	while (s < p && (t[s] == ' ' || t[s] == '\n'))
		s++;
	if (p - s > 48 || p < s + 3 || t[s] < 'A' || t[s] > 'Z')
		return 0;
	while (k > s && t[k - 1] == ' ')
		k--;
	if (k <= s || t[k - 1] != ',')
		return 0;
	for (size_t i = s; i < k; i++)
		if ((t[i] == '.' && t[i + 1] == ' ') || (i > s && t[i - 1] == ' ' && (t[i] < 'A' || t[i] > 'Z')))
			return 0;
	if (q < e && t[q] == '.')
		q++;
	while (q < e && t[q] == ' ')
		q++;
	for (d = q; d < e && d < q + 2 && t[d] >= '0' && t[d] <= '9'; d++)
		;
	if (d == q || (d < e && t[d] >= '0' && t[d] <= '9'))
		return 0;
	while (d < e && t[d] == ' ')
		d++;
	return d < e && (t[d] == '(' || t[d] == '-' || (unsigned char)t[d] == 0xe2);
}
/* ex_present_tense - 1 if the sentence [s,e) tells no past: none of "was",
 * "were", "had" and no month ("is running behind schedule", a headline's
 * "stalls"; not "approvals were stuck", "purchases slowed in April").  With
 * filed set, the month of a wire dateline dates the filing, not the story
 * ("SEOUL, Sept. 24 (Yonhap) -- ... has fallen behind schedule" is told in
 * the present). */
static int
ex_present_tense_of(const char *t, size_t s, size_t e, int filed)
{
	static const struct ex_word THEN[] = {EX_W("was"), EX_W("were"), EX_W("had")};

	for (size_t p = s; p < e; p++) {
		size_t q = p;

		if (!ex_word_byte((unsigned char)t[p]) || (p > s && ex_word_byte((unsigned char)t[p - 1])))
			continue;
		while (q < e && ex_word_byte((unsigned char)t[q]))
			q++;
		if (ex_word_in(THEN, EX_NWORDS(THEN), t + p, q - p) ||
		    (ex_is_month(t + p, q - p) && !(filed && ex_dateline_month(t, s, p, q, e))))
			return 0;
		p = q;
	}
	return 1;
}
static int
ex_present_tense(const char *t, size_t s, size_t e)
{
	return ex_present_tense_of(t, s, e, 0);
}
/* ex_news_day - 1 if the sentence [s,e) dates what it tells in the news days:
 * a weekday, "today", "yesterday" or "this week" ("China on Tuesday halted
 * purchases of US sorghum"). */
static int
ex_news_day(const char *t, size_t s, size_t e)
{
	static const struct ex_word DAY[] = {
	    EX_W("monday"), EX_W("tuesday"), EX_W("wednesday"), EX_W("thursday"), EX_W("friday"),
	    EX_W("saturday"), EX_W("sunday"), EX_W("today"), EX_W("yesterday"), EX_W("this week")};

	return ex_phrase_in(DAY, EX_NWORDS(DAY), t, s, e);
}
#define EX_LIVE_MAX 96  /* timestamped entries of a live blog looked at */

/* A live blog's timestamped entries ("18:30 - The White House has ..."). */
struct ex_live {
	size_t n;
	size_t start[EX_LIVE_MAX];
	int reverse;         /* newest entry first */
};

/* ex_told_before - 1 if [s,e) dates what it tells in an earlier season or year
 * ("announced last year", "promised last autumn", "a year ago"). */
static int
ex_told_before(const char *t, size_t s, size_t e)
{
	static const struct ex_word BEFORE[] = {
	    EX_W("last year"), EX_W("last autumn"), EX_W("last fall"), EX_W("last spring"),
	    EX_W("last summer"), EX_W("last winter"), EX_W("a year ago"), EX_W("two years ago"),
	    EX_W("previously")};

	for (size_t i = s; i < e; i++) {
		char c = (char)ex_lower((unsigned char)t[i]);

		if (c != 'l' && c != 'a' && c != 't' && c != 'p')
			continue;
		if (i > s && ex_word_byte((unsigned char)t[i - 1]))
			continue;
		if (ex_phrase_at(BEFORE, EX_NWORDS(BEFORE), t, i, e))
			return 1;
	}
	return 0;
}

/* ex_pledge_told - 1 if the verb at pos is the object of a commitment told in
 * the past, a few words before it in its sentence [s,pos): "Peru agreed in March
 * to scrap the duty", "Seoul had promised to lift the ban", "as Hanoi pledged to
 * do".  Not after "will" or "would" ("would have agreed to"). */
static int
ex_pledge_told(const char *t, size_t s, size_t pos)
{
	static const struct ex_word MODAL[] = {EX_W("will"), EX_W("would")};
	size_t ws, wl;

	for (int w = 0; w < 6 && (wl = ex_word_before(t, pos, s, &ws)) > 0; w++, pos = ws) {
		if (!ex_pledge_past(t + ws, wl))
			continue;
		for (int v = 0; v < 2 && (wl = ex_word_before(t, ws, s, &ws)) > 0; v++)
			if (ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
				return 0;
		return 1;
	}
	return 0;
}

/* ex_reported_pledge - 1 if the verb at pos is a pledge told in reported speech
 * of an earlier time, in its sentence [s,pos): "would" right before it (or
 * before one word: "would also allow"), a past verb of saying or pledging at
 * most eight words before that "would", with no comma between, and a time
 * between them that dates the saying before the news: a month, a season, a
 * year, "last", "earlier" or "ago" ("Washington said in December that it would
 * allow the sales", "Tokyo announced in January it would cut the duty",
 * "Ottawa confirmed last spring that Canada would lift the ban").  Not a
 * saying with no time (the news itself: "the minister said India would
 * eliminate tariffs"), nor after "if", "unless" or "whether" between. */
static int
ex_reported_pledge(const char *t, size_t s, size_t pos)
{
	static const struct ex_word SAID[] = {
	    EX_W("said"), EX_W("announced"), EX_W("stated"), EX_W("confirmed"), EX_W("indicated"),
	    EX_W("signalled"), EX_W("signaled"), EX_W("declared"), EX_W("told")};
	static const struct ex_word COND[] = {EX_W("if"), EX_W("unless"), EX_W("whether")};
	static const struct ex_word WHEN[] = {
	    EX_W("january"), EX_W("february"), EX_W("march"), EX_W("april"), EX_W("june"),
	    EX_W("july"), EX_W("august"), EX_W("september"), EX_W("october"), EX_W("november"),
	    EX_W("december"), EX_W("spring"), EX_W("summer"), EX_W("autumn"), EX_W("fall"),
	    EX_W("winter"), EX_W("last"), EX_W("earlier"), EX_W("ago"), EX_W("previously")};
	size_t ws, wl;
	int w, dated = 0;

	for (w = 0; w < 2 && (wl = ex_word_before(t, pos, s, &ws)) > 0; w++, pos = ws)
		if (wl == 5 && ex_ncasecmp(t + ws, "would", 5) == 0)
			break;
	if (w == 2 || wl == 0)
		return 0;
	pos = ws;
	for (w = 0; w < 8 && (wl = ex_word_before(t, pos, s, &ws)) > 0; w++, pos = ws) {
		if (ex_word_in(COND, EX_NWORDS(COND), t + ws, wl))
			return 0;
		if (ex_word_in(SAID, EX_NWORDS(SAID), t + ws, wl) || ex_pledge_past(t + ws, wl))
			return dated;
		/* "in May" (not the modal), "in 2025". */
		dated |= ex_word_in(WHEN, EX_NWORDS(WHEN), t + ws, wl) ||
		    (wl == 4 && t[ws] >= '1' && t[ws] <= '2' && t[ws + 3] >= '0' && t[ws + 3] <= '9') ||
		    (wl == 3 && ex_ncasecmp(t + ws, "may", 3) == 0 && ws >= s + 3 &&
		    ex_ncasecmp(t + ws - 3, "in ", 3) == 0);
	}
	return 0;
}

/* ex_pledge_anew - 1 if sentence [s,e) tells a pledge made again: "again",
 * "anew", "new", "fresh" or "renewed" as a word of it ("Beijing agreed again to
 * suspend the controls", "a fresh pledge to buy"). */
static int
ex_pledge_anew(const char *t, size_t s, size_t e)
{
	static const struct ex_word AGAIN[] = {
	    EX_W("again"), EX_W("anew"), EX_W("new"), EX_W("fresh"), EX_W("renewed")};
	size_t ws, wl;

	for (size_t p = s; (wl = ex_word_after(t, p, e, &ws)) > 0; p = ws + wl)
		if (ex_word_in(AGAIN, EX_NWORDS(AGAIN), t + ws, wl))
			return 1;
	return 0;
}

/* ex_clock_line - minutes of the day of a line at t[p..len) that opens with a
 * time ("18:30 -", "9:05 GMT:", "07:45 |"), or -1. */
static int
ex_clock_line(const char *t, size_t p, size_t len)
{
	size_t q = p;
	int h = 0, m;

	while (q < len && q - p < 2 && t[q] >= '0' && t[q] <= '9')
		h = h * 10 + (t[q++] - '0');
	if (q == p || q + 3 > len || t[q] != ':' || t[q + 1] < '0' || t[q + 1] > '5' ||
	    t[q + 2] < '0' || t[q + 2] > '9' || h > 23)
		return -1;
	m = (t[q + 1] - '0') * 10 + (t[q + 2] - '0');
	q += 3;
	/* Not a ratio or a longer figure ("18:30:15" is still a time). */
	if (q < len && t[q] >= '0' && t[q] <= '9')
		return -1;
	return h * 60 + m;
}

/* ex_live_scan - the entries of a live blog in ctx's text: lines that open with
 * a time.  Three or more whose times fall down the page, rising at most once
 * for every four falls, make a blog told newest first ("Latest updates first.
 * 19:45 - ... 18:30 - ..."). */
static void
ex_live_scan(const struct ex_ctx *ctx, struct ex_live *lv)
{
	const char *t = ctx->text;
	int prev = -1, falls = 0, rises = 0;

	lv->n = 0;
	lv->reverse = 0;
	/* Line by line: memchr finds the next one. */
	for (size_t p = 0; p < ctx->len && lv->n < EX_LIVE_MAX;) {
		const char *nl;
		int mins;

		if ((mins = ex_clock_line(t, p, ctx->len)) >= 0) {
			if (prev >= 0) {
				falls += mins < prev;
				rises += mins > prev;
			}
			prev = mins;
			lv->start[lv->n++] = p;
		}
		if ((nl = memchr(t + p, '\n', ctx->len - p)) == NULL)
			break;
		p = (size_t)(nl - t) + 1;
	}
	/* One entry filed out of place among five ("13:50 ... 14:40 ... 12:15")
	 * is a slip of the blog's, not an order. */
	lv->reverse = lv->n >= 3 && falls >= 2 && rises * 4 <= falls;
}

/* ex_later - 1 if statement x is told after (or with) y: later in the text, or,
 * in a live blog told newest first, in a newer entry (text before the first
 * entry is the oldest). */
static int
ex_later(const struct ex_live *lv, const struct ex_stmt *x, const struct ex_stmt *y)
{
	size_t ex = 0, ey = 0;

	if (!lv->reverse)
		return x->pos >= y->pos;
	for (size_t k = 0; k < lv->n; k++) {
		if (lv->start[k] <= x->pos)
			ex = lv->n - k;
		if (lv->start[k] <= y->pos)
			ey = lv->n - k;
	}
	/* ex, ey: 0 before the first entry, else higher for a newer entry. */
	return ex != ey ? ex > ey : x->pos >= y->pos;
}

/* ex_progress_category - the category of a pledge of x's actor that x, buying
 * under way or told done listing two kinds of its goods or more, is the progress
 * of ("pledged to buy $2 billion of U.S. farm goods ... importers have begun
 * buying American wheat and corn", "... mills bought $900 million of U.S. wheat,
 * corn and soybeans in the first four months": kinds bought are a part of the
 * category pledge, not a pledge of each kind fulfilled; or the pledge in the same
 * sentence: "are buying U.S. corn and soybean meal as the country works through
 * its pledge to buy $2 billion of farm goods", when same is 1); -1 if none, or if
 * an entry of x's own key is pledged or proposed (a deal for one kind: "signed a
 * deal to buy 1 million tonnes of U.S. LNG"). */
static int
ex_progress_category(const struct ex_ctx *ctx, const struct ex_stmt *x, int same)
{
	int category = -1, kinds = 0;

	if (x->rank < 0 || (x->status != STATUS_IN_PROGRESS && x->status != STATUS_FULFILLED))
		return -1;
	for (size_t j = 0; j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		if (ex_same_key(x, y) && (y->status == STATUS_PLEDGED || y->status == STATUS_PROPOSED))
			return -1;
		if (y->actor == x->actor && y->action == x->action && y->object != x->object &&
		    y->counterparty == x->counterparty && (y->pos < x->pos || (same && y->sent_start == x->sent_start)) &&
		    rules_object_covers(ctx->r, y->object, x->object))
			category = y->object;
	}
	for (size_t j = 0; category >= 0 && j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		kinds += y->sent_start == x->sent_start && y->actor == x->actor && y->action == x->action &&
		    y->status == x->status && y->object != category && y->object != x->object &&
		    rules_object_covers(ctx->r, category, y->object);
	}
	return kinds >= 1 ? category : -1;
}

/* ex_subtype_apply - a later outcome for a kind of goods within an earlier pledge's
 * category ("pledged to buy $50 billion of US energy ... purchases of LNG have
 * stalled") is the outcome of that pledge too, while it is still only pledged;
 * buying of two kinds or more under way is its progress (ex_progress_category). */
static void
ex_subtype_apply(struct ex_ctx *ctx)
{
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *x = &ctx->st.v[i];
		int category = ex_progress_category(ctx, x, 1);

		for (size_t j = 0; category >= 0 && j < ctx->st.n; j++) {
			struct ex_stmt *y = &ctx->st.v[j];

			if (y->actor == x->actor && y->action == x->action && y->object == category &&
			    y->counterparty == x->counterparty && y->status == STATUS_PLEDGED && y->rank >= 0 &&
			    (y->pos < x->pos || y->sent_start == x->sent_start))
				y->status = STATUS_IN_PROGRESS;
		}
		if (x->rank < 0 || (x->status != STATUS_STALLED && x->status != STATUS_BROKEN))
			continue;
		for (size_t j = 0; j < i; j++) {
			struct ex_stmt *y = &ctx->st.v[j];

			if (y->actor == x->actor && y->action == x->action && y->object != x->object &&
			    y->status == STATUS_PLEDGED && y->pos < x->pos && y->rank >= 0 &&
			    rules_object_covers(ctx->r, y->object, x->object))
				y->status = x->status;
		}
	}
}

/* ex_names_actor - 1 if x's sentence names x's actor. */
static int
ex_names_actor(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	for (size_t i = ex_first(ctx, x->sent_start); i < ctx->m.n && ctx->m.v[i].start < x->sent_end; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= x->sent_start &&
		    ctx->m.v[i].value == x->actor)
			return 1;
	return 0;
}
/*
 * ex_programme_pause - a unilateral preference programme extended or renewed
 * ("the extension of the African Growth and Opportunity Act": the programme
 * ("programmes" in rules.json) in the pause's measure phrase) is the granting
 * party's pause, given to every eligible country, whoever the sentence makes
 * its subject: "South African exporters welcomed the extension of AGOA" is
 * US->None, on tariffs (all goods, not the exporters' cars named).  Goods it
 * lets in "duty-free" pay 0 percent (the contract's rate after a tariff
 * commitment), not a rate the sentence names for goods outside it ("but the
 * country still faces a 30% tariff").  1 if x was such a pause.
 */
static int
ex_programme_pause(const struct ex_ctx *ctx, struct ex_stmt *x)
{
	static const struct ex_word FREE[] = {
	    EX_W("duty-free"), EX_W("duty free"), EX_W("tariff-free"), EX_W("tariff free")};
	static const struct ex_word DONE[] = {
	    EX_W("restores"), EX_W("restored"), EX_W("restoring"), EX_W("extended"), EX_W("renewed")};
	size_t hi = x->pos + 64 < x->sent_end ? x->pos + 64 : x->sent_end;

	if (!ex_action_is(RULES_ACTIONS[x->action], "tariff_pause"))
		return 0;
	/* From the sentence's start: a programme told before its pause
	 * ("AGOA, which ..., was renewed by Congress") is the pause's when the
	 * pause already went to its granter for every country
	 * (ex_programme_granter). */
	for (size_t i = ex_first(ctx, x->sent_start); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *y = &ctx->m.v[i];

		if (y->kind != RULE_PROGRAMME || y->start < x->sent_start ||
		    (y->start < x->pos && (y->value != x->actor || x->counterparty >= 0)))
			continue;
		x->actor = y->value;
		x->counterparty = -1;
		x->object = rules_object_find(ctx->r, "tariffs");
		/* "which restores duty-free access", "after Washington extended
		 * AGOA": the renewal is done, not only promised. */
		if (x->status == STATUS_PLEDGED && ex_phrase_in(DONE, EX_NWORDS(DONE), ctx->text, x->sent_start, x->sent_end))
			x->status = STATUS_FULFILLED;
		if (ex_phrase_in(FREE, EX_NWORDS(FREE), ctx->text, x->sent_start, x->sent_end)) {
			memset(&x->quantity, 0, sizeof(x->quantity));
			x->quantity.present = 1;
			snprintf(x->quantity.unit, sizeof(x->quantity.unit), "percent");
		}
		return 1;
	}
	return 0;
}
/*
 * ex_licensed_before - the licensor of the controlled goods ("rare earths":
 * CN) named last before e, from the paragraph before s's on (a question,
 * "What about rare earths?", then its answer), or -1: whose controls "the
 * October controls" or "the October 9 measures" are when their sentence
 * [s,e) names no goods.
 */
int
ex_licensed_before(const struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t lo = s;
	int blank = 0, lic = -1;

	while (lo > 0 && s - lo < 1500 && blank < 2) {
		if (ex_paragraph_before(ctx->text, 0, lo)) {
			blank++;
			while (lo > 0 && (ctx->text[lo - 1] == ' ' || ctx->text[lo - 1] == '\t' ||
			    ctx->text[lo - 1] == '\n' || ctx->text[lo - 1] == '\r'))
				lo--;
		} else
			lo--;
	}
	for (size_t k = ex_first(ctx, lo); k < ctx->m.n && ctx->m.v[k].start < e; k++)
		if (ctx->m.v[k].kind == RULE_OBJECT && ctx->r->objects[ctx->m.v[k].value].licensor >= 0)
			lic = ctx->r->objects[ctx->m.v[k].value].licensor;
	return lic;
}
/*
 * ex_third_party_permit - 1 if x, an export licence of goods that party lic
 * licenses, is issued by another party of its own accord: "Malaysia's trade
 * ministry has issued 312 permits for the re-export of American AI chips",
 * "Thailand has begun enforcing permits on exports of U.S.-made chips".  The
 * verb issues (an "allow" trigger, not passive: "Saudi Arabia was granted
 * licences" is the licensor's grant), the licensor is named only after it,
 * as the goods' origin or the one the permits serve, never before it ("Washington
 * approved licences for ...").  Such permits are the issuer's control on
 * where the licensor's goods go next: its enforcement, owed to the licensor.
 */
static int
ex_third_party_permit(const struct ex_ctx *ctx, const struct ex_stmt *x, int lic)
{
	static const struct ex_word PASSIVE[] = {
	    EX_W("was"), EX_W("were"), EX_W("been"), EX_W("be"), EX_W("being"), EX_W("is"), EX_W("are")};
	size_t ws, wl;
	int after = 0, issuer = 0;

	if (x->trigger < 0 || !ex_trigger_is(ctx->r, x->trigger, "allow") || x->actor < 0 || x->pos <= x->sent_start)
		return 0;
	if ((wl = ex_word_before(ctx->text, x->pos, x->sent_start, &ws)) > 0 &&
	    ex_word_in(PASSIVE, EX_NWORDS(PASSIVE), ctx->text + ws, wl))
		return 0;
	for (size_t i = ex_first(ctx, x->sent_start); i < ctx->m.n && ctx->m.v[i].start < x->sent_end; i++) {
		if (ctx->m.v[i].kind != RULE_ACTOR || ctx->m.v[i].start < x->sent_start)
			continue;
		/* The issuer is the subject: named before the verb, or not in
		 * the sentence at all (a dateline's office); not "would allow
		 * Nvidia to sell to buyers in China". */
		if (ctx->m.v[i].value == x->actor)
			issuer |= ctx->m.v[i].start < x->pos ? 1 : 2;
		if (ctx->m.v[i].value != lic)
			continue;
		if (ctx->m.v[i].start < x->pos)
			return 0;
		after = 1;
	}
	return after && issuer != 2;
}
/*
 * ex_owner_apply - a measure that only one party levies ("the fentanyl tariff"
 * is Washington's: the object's "owner" in rules.json) is that party's,
 * whoever the clause or the sentence before made its actor: "Beijing pledged
 * a crackdown ... That levy was halved to 10%", "Our wrap: the fentanyl
 * tariff cut and the Chinese promise on precursors".  The party read as actor
 * becomes the counterparty.
 */
static void
ex_owner_apply(struct ex_ctx *ctx)
{
	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];
		const struct rule_object *ob = x->object >= 0 ? &ctx->r->objects[x->object] : NULL;
		int owner = ob == NULL ? -1 : ob->owner;
		int lic;

		/* "H200 licences continue to be issued", "the EU asked China for
		 * general licences": the export licence of goods that one party
		 * licenses ("licensor") is that party's when its sentence names
		 * that party or not the actor read ("Vietnam issued licences for
		 * rare earths" stays Vietnam's, and so do the licences told after
		 * it: "Licences for graphite will follow"). */
		if (owner < 0 && ob != NULL && ob->licensor >= 0 && x->actor != ob->licensor &&
		    ex_action_is(RULES_ACTIONS[x->action], "export_license") &&
		    ex_third_party_permit(ctx, x, ob->licensor)) {
			/* Enforcement goes on: permits issued so far are its course,
			 * not its end. */
			for (int a = 0; a < RULES_NACTIONS; a++)
				if (ex_action_is(RULES_ACTIONS[a], "enforcement"))
					x->action = a;
			x->counterparty = ob->licensor;
			if (x->status == STATUS_FULFILLED)
				x->status = STATUS_IN_PROGRESS;
			continue;
		}
		if (owner < 0 && ob != NULL && ob->licensor >= 0 && x->actor != ob->licensor &&
		    ex_action_is(RULES_ACTIONS[x->action], "export_license")) {
			struct ex_stmt y = *x;
			size_t j;

			for (j = 0; j < ctx->st.n; j++) {
				const struct ex_stmt *z = &ctx->st.v[j];

				if (z->pos < x->pos && z->actor == x->actor && z->action == x->action &&
				    z->object >= 0 && ctx->r->objects[z->object].licensor >= 0 &&
				    ctx->r->objects[z->object].licensor != z->actor && ex_names_actor(ctx, z))
					break;
			}
			y.actor = ob->licensor;
			if (j == ctx->st.n && (ex_names_actor(ctx, &y) || !ex_names_actor(ctx, x)))
				owner = ob->licensor;
		}
		/* "The US cut its tariffs.  The October rare-earth controls remain
		 * suspended", "That ban was suspended in November": controls on
		 * goods one party licenses, eased in a sentence that names no
		 * party of their own, are that party's; the party carried from
		 * the sentence before is the counterparty only when it or the
		 * sentence before names it as the goods' destination ("banned for
		 * export to the United States").  Controls that name no goods
		 * ("The October 2025 controls remain suspended" after "What about
		 * rare earths?") are those on the licensed goods told last
		 * (ex_licensed_before). */
		lic = ob == NULL ? -1 : ob->licensor >= 0 ? ob->licensor :
		    ob->measure >= 0 && x->actor >= 0 ? ex_licensed_before(ctx, x->sent_start, x->sent_end) : -1;
		if (owner < 0 && lic >= 0 && x->actor != lic &&
		    ex_action_is(RULES_ACTIONS[x->action], "ease_export_controls") && !ex_names_actor(ctx, x)) {
			size_t from = x->sent_start > 2 ? x->sent_start - 2 : 0;
			int dest = -1;

			while (from > 0 && x->sent_start - from < 400 && ctx->text[from - 1] != '.' &&
			    ctx->text[from - 1] != '?' && ctx->text[from - 1] != '!' && ctx->text[from - 1] != '\n')
				from--;
			for (size_t k = ex_first(ctx, from); k < ctx->m.n &&
			    ctx->m.v[k].start < x->sent_end; k++)
				if (ctx->m.v[k].kind == RULE_ACTOR && ctx->m.v[k].role == ROLE_COUNTERPARTY &&
				    ctx->m.v[k].value == x->actor)
					dest = x->actor;
			x->counterparty = x->counterparty == lic ? dest : x->counterparty;
			x->actor = lic;
			continue;
		}
		if (owner < 0 && ex_programme_pause(ctx, x))
			continue;
		if (owner < 0 || x->actor == owner)
			continue;
		if (x->actor >= 0)
			x->counterparty = x->actor;
		x->actor = owner;
	}
}
/*
 * ex_carried_apply - a tariff measure told in a sentence that names no party
 * (nor "both sides"),
 * its actor carried ("The auto tariff cut is already in force." after a
 * sentence about Korea's investment), is the one the next sentence states with
 * its party, when it names the same goods or none ("Washington lowered its
 * tariff on Korean cars to 15%"): the general line before the detail.  It
 * takes that statement's sides, and its goods when it named only tariffs; not
 * across a blank line (a new paragraph, often a new dateline).  An earlier
 * statement of the action is found as it is read (ex_same_action).
 */
static void
ex_carried_apply(struct ex_ctx *ctx)
{
	int tariffs = rules_object_find(ctx->r, "tariffs");

	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];

		if (!x->carried || strncmp(RULES_ACTIONS[x->action], "tariff_", 7) != 0 ||
		    ex_has_kind(ctx, RULE_ACTOR, x->sent_start, x->sent_end) ||
		    ex_has_kind(ctx, RULE_MUTUAL, x->sent_start, x->sent_end))
			continue;
		for (size_t j = 0; j < ctx->st.n; j++) {
			const struct ex_stmt *y = &ctx->st.v[j];
			size_t k = x->sent_end;
			int nl = 0;

			/* The sentence may end with its newline. */
			while (k > x->sent_start && (ctx->text[k - 1] == '\n' || ctx->text[k - 1] == '\r' ||
			    ctx->text[k - 1] == ' '))
				k--;

			if (y->carried || y->action != x->action || y->sent_start < x->sent_end ||
			    (x->object != tariffs && x->object != y->object))
				continue;
			while (k < y->sent_start && (ctx->text[k] == ' ' || ctx->text[k] == '\n' ||
			    ctx->text[k] == '\r' || ctx->text[k] == '\t'))
				nl += ctx->text[k++] == '\n';
			/* Not past a blank line: the next paragraph (and its dateline) is
			 * another story. */
			if (k != y->sent_start || nl >= 2)
				continue;
			x->actor = y->actor;
			x->counterparty = y->counterparty;
			if (x->object == tariffs)
				x->object = y->object;
			x->carried = 0;
			break;
		}
	}
}

/* ex_unlisted_goods - 1 if the measure ending at p is "on" goods of a party
 * that have no object of their own: "on", perhaps "most" or "all", a party and
 * a noun that is not a bare word for trade ("its tariffs on American whiskey",
 * "its tariffs on most Indian clothing"; not "on U.S. imports", "on them").
 * Such a measure names its goods: it is no measure told before. */
static int
ex_unlisted_goods(const struct ex_ctx *ctx, size_t p, size_t hi)
{
	static const struct ex_word SOME[] = {EX_W("most"), EX_W("all"), EX_W("many")};
	static const struct ex_word TRADE[] = {
	    EX_W("imports"), EX_W("goods"), EX_W("products"), EX_W("exports"), EX_W("shipments"),
	    EX_W("purchases")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, p, hi, &ws);

	if (wl != 2 || ws != p + 1 || ex_ncasecmp(t + ws, "on", 2) != 0)
		return 0;
	p = ws + wl;
	if ((wl = ex_word_after(t, p, hi, &ws)) > 0 && ws == p + 1 && ex_word_in(SOME, EX_NWORDS(SOME), t + ws, wl))
		p = ws + wl;
	for (size_t i = ex_first(ctx, p); i < ctx->m.n && ctx->m.v[i].start <= p + 1; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start == p + 1)
			return (wl = ex_word_after(t, ctx->m.v[i].end, hi, &ws)) > 0 && ws == ctx->m.v[i].end + 1 &&
			    !ex_word_in(TRADE, EX_NWORDS(TRADE), t + ws, wl);
	return 0;
}
/* ex_the_measure - 1 if a measure is named in [lo,hi) with "the", "these" or
 * "those" before it, one modifier at most between ("the surtax", "the extra
 * duties"), and no goods are named there, listed or not (ex_unlisted_goods):
 * a measure told before; with own,
 * "its" or "their" too ("lowering its duties"). */
static int
ex_the_measure(const struct ex_ctx *ctx, int tariffs, size_t lo, size_t hi, int own)
{
	static const struct ex_word THE[] = {
	    EX_W("the"), EX_W("these"), EX_W("those"), EX_W("its"), EX_W("their")};
	const size_t nthe = own ? EX_NWORDS(THE) : 3;
	int the = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;

		if (x->start < lo)
			continue;
		if (x->kind == RULE_OBJECT && x->value != tariffs)
			return 0;
		if (x->kind != RULE_MEASURE && !(x->kind == RULE_OBJECT && x->value == tariffs))
			continue;
		if (ex_unlisted_goods(ctx, x->end, hi))
			return 0;
		if ((wl = ex_word_before(ctx->text, x->start, lo, &ws)) > 0 &&
		    !ex_word_in(THE, nthe, ctx->text + ws, wl))
			wl = ex_word_before(ctx->text, ws, lo, &ws);
		the |= wl > 0 && ex_word_in(THE, nthe, ctx->text + ws, wl);
	}
	return the;
}

/* ex_had_before - 1 if the word "had" stands in [lo,hi): a past perfect tells
 * what came before the news. */
static int
ex_had_before(const char *t, size_t lo, size_t hi)
{
	for (size_t p = lo; p + 3 <= hi; p++)
		if ((t[p] | 32) == 'h' && ex_ncasecmp(t + p, "had", 3) == 0 &&
		    (p == lo || !ex_word_byte((unsigned char)t[p - 1])) &&
		    (p + 3 == hi || !ex_word_byte((unsigned char)t[p + 3])))
			return 1;
	return 0;
}

/* ex_definite_apply - a tariff measure named with "the" and no goods ("Canada will
 * cut its duties on U.S. pork.  The duties will fall to zero from November 1")
 * is the one the sentence before stated of its actor and action, when that
 * sentence names one goods for it: it takes those goods (and its sides, if its
 * own actor was only carried), so its date and rate are that commitment's.  An
 * act told as done or under way may name it after its verb, too ("Lima cut the
 * tariff on October 3"); a pledge only before it (a proposal's "would drop the
 * extra duties" is no later state of the pledge). */
static void
ex_definite_apply(struct ex_ctx *ctx)
{
	int tariffs = rules_object_find(ctx->r, "tariffs");

	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];
		int obj = -1, cp = -1;
		size_t prev = 0, mhi = x->sent_end;

		int after = 0;

		if ((x->status == STATUS_PLEDGED || x->status == STATUS_PROPOSED) && x->pos < x->sent_end)
			mhi = x->pos + 1;
		/* "Japan agreed to cut its tariffs on U.S. beef.  Tokyo will lower
		 * the duties over five years": a pledge may name it after its verb
		 * when it restates a pledge (it changes no status then); so does a
		 * split verb before its particle ("will bring its tariffs down to
		 * zero"). */
		if (x->status == STATUS_PLEDGED && !ex_the_measure(ctx, tariffs, x->sent_start, mhi, 0) &&
		    (ex_the_measure(ctx, tariffs, x->pos, x->sent_end, 1) ||
		    (ex_split_particle(ctx->text, x->pos, x->sent_end) &&
		    ex_the_measure(ctx, tariffs, x->sent_start, x->sent_end, 1)))) {
			mhi = x->sent_end;
			after = 1;
		}
		/* "In March the minister had told him the surcharge would be
		 * removed": an older promise retold, not this one's news. */
		if (x->object != tariffs || strncmp(RULES_ACTIONS[x->action], "tariff_", 7) != 0 ||
		    !ex_the_measure(ctx, tariffs, x->sent_start, mhi, after) ||
		    ex_has_kind(ctx, RULE_HISTORY, x->sent_start, x->sent_end) ||
		    ex_had_before(ctx->text, x->sent_start, x->pos))
			continue;
		/* The latest earlier sentence with a statement of its actor and action. */
		for (size_t j = 0; j < ctx->st.n; j++) {
			const struct ex_stmt *y = &ctx->st.v[j];

			if (y->sent_end <= x->sent_start && y->sent_start >= prev && y->actor == x->actor &&
			    y->action == x->action)
				prev = y->sent_start;
		}
		for (size_t j = 0; j < ctx->st.n; j++) {
			const struct ex_stmt *y = &ctx->st.v[j];

			if (y->sent_start != prev || y->sent_end > x->sent_start || y->actor != x->actor ||
			    y->action != x->action)
				continue;
			/* "cut tariffs on Japanese cars to 15%.  The US will lower its
			 * tariff on Vietnamese goods to 20%": a measure on another
			 * party's goods, named in its own sentence, is another one. */
			if (y->object == tariffs || (obj >= 0 && obj != y->object) ||
			    (after && y->status != STATUS_PLEDGED) ||
			    (!x->carried && x->counterparty >= 0 && x->counterparty != y->counterparty)) {
				obj = -2;
				break;
			}
			obj = y->object;
			cp = y->counterparty;
		}
		/* Close before it: a sentence or two. */
		if (obj < 0 || x->sent_start - prev > 600)
			continue;
		x->object = obj;
		if (x->carried)
			x->counterparty = cp;
	}
}

/* ex_facility_in - 1 if [a,b) names a facility. */
static int
ex_facility_in(const char *t, size_t len, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (ex_facility_at(t, len, k))
			return 1;
	return 0;
}
/* ex_sentence_around - widen [*ss,*se) to the sentence around it: back to a line
 * start or ". ", on to a newline or a full stop before a blank. */
static void
ex_sentence_around(const char *t, size_t len, size_t *ss, size_t *se)
{
	while (*ss > 0 && t[*ss - 1] != '\n' && !(t[*ss - 1] == ' ' && *ss > 1 && t[*ss - 2] == '.'))
		(*ss)--;
	while (*se < len && t[*se] != '\n' && !(t[*se] == '.' && (*se + 1 >= len || t[*se + 1] == ' ' ||
	    t[*se + 1] == '\n')))
		(*se)++;
}
/* ex_facility_apply - an investment pledge told as background ("The consortium
 * committed in 2024 to invest US$1.4 billion in the plant") stands as the works
 * on its facility do: the nearest progress, stalled or broken cue within 700 bytes
 * in another sentence that names a facility, or that broke ground ("The cathode
 * plant ... has been delayed for a second time": stalled; "BYD broke ground in
 * Manisa last October": in progress).  Told of nothing, it stays history; a
 * recent one dated by its saying (ex_told_pledge_in) stays pledged. */
static void
ex_facility_apply(struct ex_ctx *ctx)
{
	const char *t = ctx->text;

	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];
		size_t lo, hi, best = (size_t)-1, bd = (size_t)-1;

		if ((x->orphan != EX_BACKGROUND && (x->orphan != 0 ||
		    !ex_told_pledge_in(ctx, x->sent_start, x->sent_end))) || x->status != STATUS_PLEDGED ||
		    strcmp(RULES_ACTIONS[x->action], "investment") != 0 ||
		    !ex_facility_in(t, ctx->len, x->pos, x->sent_end))
			continue;
		lo = x->sent_start > 700 ? x->sent_start - 700 : 0;
		hi = x->sent_end + 700 < ctx->len ? x->sent_end + 700 : ctx->len;
		for (size_t j = ex_first(ctx, lo); j < ctx->m.n && ctx->m.v[j].start < hi; j++) {
			const struct ex_mention *c = &ctx->m.v[j];
			size_t ss = c->start, se = c->end, d;

			if (c->kind != RULE_CUE || (c->start >= x->sent_start && c->start < x->sent_end) ||
			    (c->value != STATUS_IN_PROGRESS && c->value != STATUS_STALLED &&
			    c->value != STATUS_BROKEN))
				continue;
			ex_sentence_around(t, ctx->len, &ss, &se);
			if (!ex_facility_in(t, ctx->len, ss, se) && !(c->end - c->start >= 11 &&
			    ex_ncasecmp(t + c->end - 6, "ground", 6) == 0))
				continue;
			d = c->start < x->pos ? x->pos - c->start : c->start - x->pos;
			if (d < bd) {
				bd = d;
				best = j;
			}
		}
		if (best != (size_t)-1) {
			x->status = (enum status)ctx->m.v[best].value;
			x->orphan = 0;
		}
	}
}
/* ex_company_intent - 1 if sentence [s,e) calls a sum the intentions of
 * companies and denies that it binds the state: a word of intent ("intentions",
 * "intended"), a word of companies ("companies", "firms", "corporate",
 * "private"), and "not" or "rather" before a word of binding ("commitment",
 * "commit", "promise", "pledge", "guarantee", "deliver", "binding"): "the
 * figure represents the intentions of Japanese firms, not a commitment of
 * Tokyo"; "a tally of what companies intended rather than a promise by the
 * government"; "plans of private investors, not something the ministry can
 * guarantee".  A bare "not binding" ("The memorandum is not legally binding")
 * names no companies and keeps the pledge. */
static const struct ex_word FIRMS[] = {
    EX_W("companies"), EX_W("company"), EX_W("firms"), EX_W("businesses"), EX_W("corporate"),
    EX_W("private"), EX_W("investors"), EX_W("conglomerates"), EX_W("corporations")};
/* ex_unowned_len - the length of the word [ws,ws+wl) without a possessive
 * ending ("companies'", "firms's"): the apostrophe is a word byte, so
 * "the sum of companies' intentions" reads the word "companies'". */
static size_t
ex_unowned_len(const char *t, size_t ws, size_t wl)
{
	if (wl > 1 && t[ws + wl - 1] == '\'')
		return wl - 1;
	if (wl > 2 && ex_possessive_len(t, ws + wl - 2, ws + wl) == 2)
		return wl - 2;
	return wl;
}
static int
ex_company_intent(const char *t, size_t s, size_t e, int need_intent)
{
	static const struct ex_word INTENT[] = {
	    EX_W("intentions"), EX_W("intention"), EX_W("intended"), EX_W("intend"), EX_W("intends")};
	/* "was never a government commitment", "cannot direct private
	 * investment", "cannot make companies invest", "would not invest public
	 * money": a denial of the state's power over the sum denies it too. */
	static const struct ex_word NEG[] = {
	    EX_W("not"), EX_W("rather"), EX_W("never"), EX_W("cannot"), EX_W("can't")};
	static const struct ex_word BIND[] = {
	    EX_W("commitment"), EX_W("commitments"), EX_W("commit"), EX_W("promise"), EX_W("pledge"),
	    EX_W("guarantee"), EX_W("deliver"), EX_W("binding"), EX_W("obligation"),
	    EX_W("obligations"), EX_W("direct"), EX_W("invest")};
	size_t ws, wl, k;
	int intent = 0, firms = 0, neg = 0, deny = 0;

	for (k = s; (wl = ex_word_after(t, k, e, &ws)) > 0 || ws < e; k = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0)
			continue;
		if (ex_word_in(INTENT, EX_NWORDS(INTENT), t + ws, wl))
			intent = 1;
		else if (ex_word_in(FIRMS, EX_NWORDS(FIRMS), t + ws, ex_unowned_len(t, ws, wl)))
			firms = 1;
		else if (ex_word_in(NEG, EX_NWORDS(NEG), t + ws, wl))
			neg = 1;
		else if (neg && ex_word_in(BIND, EX_NWORDS(BIND), t + ws, wl))
			deny = 1;
	}
	return (intent || !need_intent) && (firms || !need_intent) && deny;
}
/* ex_disowned_scan - the parties named in a sentence that calls a sum the
 * intentions of companies and not a commitment (ex_company_intent): "The
 * Commission has always described the $600bn as intentions of European
 * companies, not a commitment of the EU" disowns the EU's investment, however
 * the pledge was told ("EU companies are expected to invest $600 billion").
 * Up to max actors go to out; their count is returned.  Read only when the
 * article has an investment statement: one pass over the text for "intent"
 * and "intend". */
static size_t
ex_disown_add(int *out, size_t n, size_t max, int party)
{
	size_t k;

	for (k = 0; k < n && out[k] != party; k++)
		;
	if (k == n && n < max)
		out[n++] = party;
	return n;
}
/* ex_blank_between - 1 if [lo,hi) holds only spaces: the sentence ending at lo
 * is the one right before hi. */
static int
ex_blank_between(const char *t, size_t lo, size_t hi)
{
	for (; lo < hi; lo++)
		if (t[lo] != ' ' && t[lo] != '\n' && t[lo] != '\t')
			return 0;
	return 1;
}
static size_t
ex_disowned_scan(const struct ex_ctx *ctx, int *out, size_t max)
{
	const char *t = ctx->text;
	size_t n = 0, p = 0;
	int any = 0;

	for (size_t i = 0; i < ctx->st.n && !any; i++)
		any = strcmp(RULES_ACTIONS[ctx->st.v[i].action], "investment") == 0;
	while (any && p + 6 <= ctx->len) {
		size_t ss, se;
		int c = ex_lower((unsigned char)t[p + 5]);

		/* Horspool's skip: t[p + 5] ends the six bytes tried; p moves on
		 * to the next place where that byte falls on the same letter of
		 * "inten" (6 when it is none), and no "intent" or "intend" starts
		 * in between. */
		if ((c != 't' && c != 'd') || ex_ncasecmp(t + p, "inten", 5) != 0) {
			p += c == 'n' ? 1 : c == 'e' ? 2 : c == 't' ? 3 : c == 'i' ? 5 : 6;
			continue;
		}
		ss = p;
		se = p + 6;
		ex_sentence_around(t, ctx->len, &ss, &se);
		if (se - ss < 2000 && ex_company_intent(t, ss, se, 1)) {
			int named = 0;

			for (size_t i = ex_first(ctx, ss); i < ctx->m.n && ctx->m.v[i].start < se; i++)
				if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= ss) {
					named = 1;
					n = ex_disown_add(out, n, max, ctx->m.v[i].value);
				}
			/* "Swiss companies have pledged to invest $200 billion ... .
			 * SECO stressed that the figure represented "intentions announced
			 * by companies" ...": a denial naming no party disowns the
			 * investment told in the sentence right before it. */
			for (size_t i = 0; i < ctx->st.n && !named; i++) {
				const struct ex_stmt *x = &ctx->st.v[i];

				if (strcmp(RULES_ACTIONS[x->action], "investment") == 0 && x->actor >= 0 &&
				    x->sent_end <= ss && ex_blank_between(t, x->sent_end, ss))
					n = ex_disown_add(out, n, max, x->actor);
			}
		}
		p = se > p ? se : p + 1;
	}
	return n;
}
/* ex_named_investment - 1 if the sentence [s,e) names an investment as a
 * government's undertaking: "the investment pledge", "Korea's investment
 * fund", "its commitment to invest", "agreed to buy a stake in" (ex_emit keeps
 * such an investment when the article gives it no sum). */
static int
ex_named_investment(const char *t, size_t s, size_t e)
{
	static const struct ex_word NAMED[] = {
	    EX_W("investment pledge"), EX_W("investment pledges"), EX_W("investment package"),
	    EX_W("investment fund"), EX_W("investment framework"), EX_W("investment deal"),
	    EX_W("investment commitment"), EX_W("investment agreement"), EX_W("investment tranche"),
	    EX_W("pledge to invest"), EX_W("pledged to invest"), EX_W("promise to invest"),
	    EX_W("promised to invest"), EX_W("commitment to invest"), EX_W("committed to invest"),
	    EX_W("agreed to invest"), EX_W("agreement to invest"), EX_W("stake"), EX_W("stakes")};

	return ex_phrase_in(NAMED, EX_NWORDS(NAMED), t, s, e);
}
/* ex_names_firms - 1 if [s,e) has a word of companies (FIRMS). */
static int
ex_names_firms(const char *t, size_t s, size_t e)
{
	size_t ws, wl, k;

	for (k = s; (wl = ex_word_after(t, k, e, &ws)) > 0 || ws < e; k = ws + (wl > 0 ? wl : 1))
		if (wl > 0 && ex_word_in(FIRMS, EX_NWORDS(FIRMS), t + ws, ex_unowned_len(t, ws, wl)))
			return 1;
	return 0;
}
/* ex_sum_modifier - 1 if the party's name ending at pos only qualifies the
 * money after it ("the $600 billion of European investment in the US",
 * "$600 billion of European money to be invested", "European corporate
 * investment"): the sum named by its origin, not the party told as investor
 * ("the EU would invest"). */
static int
ex_sum_modifier(const char *t, size_t pos, size_t hi)
{
	static const struct ex_word MONEY[] = {
	    EX_W("investment"), EX_W("investments"), EX_W("money"), EX_W("capital")};
	static const struct ex_word KIND[] = {
	    EX_W("corporate"), EX_W("private"), EX_W("business"), EX_W("company")};
	size_t ws, wl = ex_word_after(t, pos, hi, &ws);

	/* Right after the name, a space between: "European, investment" is no such noun. */
	if (wl == 0 || ws != pos + 1)
		return 0;
	if (ex_word_in(KIND, EX_NWORDS(KIND), t + ws, wl))
		wl = ex_word_after(t, ws + wl, hi, &ws);
	return wl > 0 && ex_word_in(MONEY, EX_NWORDS(MONEY), t + ws, wl);
}
/* ex_place_named - 1 if the name at pos is a place after "in" ("is not part
 * of the argument in Brussels"), not an investor. */
static int
ex_place_named(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	return wl == 2 && ex_ncasecmp(t + ws, "in", 2) == 0;
}
/* ex_disowned - 1 if x is an investment of one of the parties disowned[0..n)
 * (ex_disowned_scan) told as the companies' ("EU companies would invest $600
 * billion", "the $600bn of investment that European companies are expected to
 * make") or as a bare figure that names no party ("The investment figure is a
 * different matter") or denied in its own sentence ("The investment figure,
 * by the Commission's own account, is not a commitment at all").  A sentence that names the party itself as the investor,
 * with no companies ("Trump said the EU would invest $600 billion"), is still
 * a claim, disowned or not. */
static int
ex_disowned(const struct ex_ctx *ctx, const struct ex_stmt *x, const int *disowned, size_t n)
{
	size_t k;

	if (strcmp(RULES_ACTIONS[x->action], "investment") != 0)
		return 0;
	for (k = 0; k < n && disowned[k] != x->actor; k++)
		;
	if (k == n || x->sent_end <= x->sent_start)
		return 0;
	if (ex_names_firms(ctx->text, x->sent_start, x->sent_end) ||
	    ex_company_intent(ctx->text, x->sent_start, x->sent_end, 0))
		return 1;
	for (size_t i = ex_first(ctx, x->sent_start); i < ctx->m.n && ctx->m.v[i].start < x->sent_end; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= x->sent_start &&
		    ctx->m.v[i].value == x->actor && !ex_sum_modifier(ctx->text, ctx->m.v[i].end, x->sent_end) &&
		    !ex_place_named(ctx->text, x->sent_start, ctx->m.v[i].start))
			return 0;
	return 1;
}
/* ex_works_apply - works on a facility told after an investment pledge, in a
 * sentence with no statement of its own ("Second, on investment. The Korean
 * battery consortium in Karawang has already completed the first cell plant, and
 * construction of the second phase started in July."), are its progress: the
 * latest pledged investment before it, within 600 bytes, of the sentence's
 * party when it names one, goes in progress. */
static void
ex_works_apply(struct ex_ctx *ctx)
{
	const char *t = ctx->text;

	for (size_t j = 0; j < ctx->m.n; j++) {
		const struct ex_mention *c = &ctx->m.v[j];
		struct ex_stmt *best = NULL;
		size_t ss = c->start, se = c->end;
		int party = 0, own = 0;

		if (c->kind != RULE_CUE || c->value != STATUS_IN_PROGRESS)
			continue;
		ex_sentence_around(t, ctx->len, &ss, &se);
		if (!ex_facility_in(t, ctx->len, ss, se) || ex_question(t, ss, se))
			continue;
		for (size_t i = 0; i < ctx->st.n; i++) {
			struct ex_stmt *x = &ctx->st.v[i];

			own |= x->sent_start >= ss && x->sent_start < se;
			if (x->sent_end <= ss && ss - x->sent_end <= 600 && x->status == STATUS_PLEDGED &&
			    x->rank > 0 && x->orphan == 0 && strcmp(RULES_ACTIONS[x->action], "investment") == 0 &&
			    (best == NULL || x->pos > best->pos))
				best = x;
		}
		if (own || best == NULL)
			continue;
		for (size_t i = ex_first(ctx, ss); i < ctx->m.n && ctx->m.v[i].start < se; i++)
			if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= ss) {
				party = 1;
				if (ctx->m.v[i].value == best->actor)
					party = 2;
			}
		if (party != 1)
			best->status = STATUS_IN_PROGRESS;
	}
}
/* ex_last_stem - where the last of stems[0..n) (lower-case words) starts in
 * t[0..len), in any case and inside words too; SIZE_MAX if none does. */
static size_t
ex_last_stem(const char *t, size_t len, const struct ex_word *stems, size_t n)
{
	uint32_t first = 0;

	for (size_t k = 0; k < n; k++)
		first |= UINT32_C(1) << (stems[k].s[0] - 'a');
	for (size_t p = len; p-- > 0;) {
		unsigned c = (unsigned)ex_lower((unsigned char)t[p]) - 'a';

		if (c >= 26 || !(first >> c & 1))
			continue;
		for (size_t k = 0; k < n; k++)
			if (c + 'a' == (unsigned char)stems[k].s[0] && len - p >= stems[k].n &&
			    ex_ncasecmp(t + p, stems[k].s, stems[k].n) == 0)
				return p;
	}
	return SIZE_MAX;
}
/* ex_pledged_money - the money an investor's pledge is told at elsewhere in the
 * article, for an investment whose statements give no amount: a currency amount
 * right before "pledge", "investment" or "commitment" ("Kuwait's $5 billion
 * pledge"), right after "investment of" ("an investment of up to RM4 billion") or
 * after "pledged", "promised", "committed" ("which promised 3.2 billion US
 * dollars"), in a sentence that names the investor.  *out is left alone when
 * none or more than one amount is told so. */
static void
ex_pledged_money(struct ex_ctx *ctx, int actor, struct quantity *out)
{
	static const char *const AFTER[] = {" pledge", " investment", " commitment"};
	static const char *const BEFORE[] = {
	    "investment of ", "investment of up to ", "pledged ", "promised ", "committed ",
	    "pledged about ", "promised about ", "committed about "};
	/* Every phrase of AFTER and BEFORE holds one of these. */
	static const struct ex_word STEM[] = {
	    EX_W("pledge"), EX_W("investment"), EX_W("commitment"), EX_W("promised"),
	    EX_W("committed")};
	const char *t = ctx->text;
	struct quantity_match local[EX_BODY_QTY], *qm = local;
	struct quantity found = {0};
	size_t nq, stop = 0, k;
	int n = 0;

	/* The text's amounts up to the end of the last BEFORE phrase that can
	 * stand there (the same, in the same order, as the whole text's first
	 * ones), read once an article: it runs for every investment without an
	 * amount.  Without memory, read here each time. */
	if (ctx->body_qty == NULL) {
		size_t reach = 0, p = ex_last_stem(t, ctx->len, STEM, EX_NWORDS(STEM));

		for (k = 0; k < EX_NWORDS(BEFORE); k++)
			if (strlen(BEFORE[k]) > reach)
				reach = strlen(BEFORE[k]);
		stop = p == SIZE_MAX ? 0 : p + reach + 1;
		if ((ctx->body_qty = malloc(EX_BODY_QTY * sizeof(*qm))) != NULL)
			ctx->body_nq = quantity_find_upto(t, ctx->len, stop, ctx->body_qty, EX_BODY_QTY);
	}
	if (ctx->body_qty != NULL) {
		qm = ctx->body_qty;
		nq = ctx->body_nq;
	} else
		nq = quantity_find_upto(t, ctx->len, stop, qm, EX_BODY_QTY);

	for (size_t i = 0; i < nq; i++) {
		size_t qe = qm[i].offset + qm[i].len, ss = qm[i].offset, se = qe;
		int told = 0, named = 0;

		if (qm[i].role != QUANTITY_PLAIN || strlen(qm[i].q.unit) != 3)
			continue;
		for (k = 0; k < sizeof(AFTER) / sizeof(AFTER[0]) && !told; k++)
			told = quantity_phrase(t, ctx->len, qe, AFTER[k] + 1) > 0 ||
			    (qe < ctx->len && quantity_phrase(t, ctx->len, qe + 1, AFTER[k] + 1) > 0);
		for (k = 0; k < sizeof(BEFORE) / sizeof(BEFORE[0]) && !told; k++) {
			size_t n2 = strlen(BEFORE[k]);

			told = qm[i].offset >= n2 && ex_ncasecmp(t + qm[i].offset - n2, BEFORE[k], n2) == 0;
		}
		if (!told || ex_partial_amount(ctx, &qm[i]) != 0)
			continue;
		ex_sentence_around(t, ctx->len, &ss, &se);
		for (size_t j = ex_first(ctx, ss); j < ctx->m.n && ctx->m.v[j].start < se; j++)
			named |= ctx->m.v[j].kind == RULE_ACTOR && ctx->m.v[j].value == actor &&
			    ctx->m.v[j].start >= ss;
		if (!named || (n > 0 && found.amount == qm[i].q.amount &&
		    strcmp(found.unit, qm[i].q.unit) == 0))
			continue;
		found = qm[i].q;
		n++;
	}
	if (n == 1)
		*out = found;
}
/* ex_unended - 1 if x is background that nothing in its article brought up to
 * date: a pledge of an earlier year no later clause of its sentence ended
 * (EX_BACKGROUND; ex_revive clears it), or one
 * in an opening "A year after ..." the main clause gave no status (EX_FRAMING). */
static int
ex_unended(const struct ex_stmt *x)
{
	if (x->orphan == EX_BACKGROUND)
		return 1;
	if (x->orphan == EX_FRAMING)
		return x->status == STATUS_PLEDGED || x->status == STATUS_PROPOSED;
	return x->orphan == EX_REFUSED;
}
/* ex_lag_member - 1 if x is a lag measured on the goods that make up a category
 * pledge of its actor, not a commitment of its own: "A year after the EU agreed
 * to buy $750bn of US energy, purchases of US LNG, oil and nuclear fuel are
 * running well behind the pace" (stalled, a verb noun naming two or more
 * members of the pledge's category, no other statement of its key).  The
 * category pledge takes the status (ex_subtype_apply); the members add nothing. */
static int
ex_lag_member(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	static const struct ex_word NOUN[] = {
	    EX_W("purchases"), EX_W("purchase"), EX_W("imports"), EX_W("buying"), EX_W("shipments"),
	    EX_W("deliveries"), EX_W("orders")};
	size_t ws, wl = ex_word_after(ctx->text, x->pos, ctx->len, &ws);
	int category = -1, members = 0;

	if (x->status != STATUS_STALLED || x->rank < 0 || wl == 0 ||
	    !ex_word_in(NOUN, EX_NWORDS(NOUN), ctx->text + ws, wl))
		return 0;
	for (size_t i = 0; i < ctx->st.n && category < 0; i++) {
		const struct ex_stmt *y = &ctx->st.v[i];

		if (y->actor == x->actor && y->action == x->action && y->object != x->object &&
		    y->rank >= 0 && rules_object_covers(ctx->r, y->object, x->object))
			category = y->object;
	}
	if (category < 0)
		return 0;
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *y = &ctx->st.v[i];

		if (ex_same_key(x, y) && (y->sent_start != x->sent_start || y->pos != x->pos))
			return 0;
		members += y->sent_start == x->sent_start && y->pos == x->pos && y->actor == x->actor &&
		    y->action == x->action && y->object != category &&
		    rules_object_covers(ctx->r, category, y->object);
	}
	return members >= 2;
}

/* ex_stmt_sureness - how surely statement x names its sides: 2 when it states
 * both (no party guessed from the article, no actor carried from an earlier
 * clause), 1 when one of them is guessed or carried, else 0. */
static int
ex_stmt_sureness(const struct ex_stmt *x)
{
	return 2 - (x->guessed_cp != 0) - (x->carried != 0);
}

/* ex_side_sureness - the best ex_stmt_sureness among the statements of x's key. */
static int
ex_side_sureness(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	int best = 0;

	for (size_t i = 0; i < ctx->st.n && best < 2; i++)
		if (ex_same_key(x, &ctx->st.v[i]) && ex_stmt_sureness(&ctx->st.v[i]) > best)
			best = ex_stmt_sureness(&ctx->st.v[i]);
	return best;
}

/* ex_key_at - 1 if a statement of x's key is read from the word at pos. */
static int
ex_key_at(const struct ex_ctx *ctx, const struct ex_stmt *x, size_t pos)
{
	for (size_t i = 0; i < ctx->st.n; i++)
		if (ex_same_key(x, &ctx->st.v[i]) && ctx->st.v[i].pos == pos)
			return 1;
	return 0;
}

/* ex_weak_reverse - 1 if x is money or goods flowing back along a flow the
 * article states more surely: an investment or a purchase whose sides are only
 * guessed or carried ("the investment package, agreed during Trump's visit",
 * "Roche and Novartis announced US investment plans", "the amount would come
 * from government-linked investment companies") when the same goods go the
 * other way in a statement of the article that names its sides better ("Korea
 * committed to invest $350 billion in the US"; a pledge told as history names
 * them as well).  A deal's money runs one way; two flows stated as surely both
 * stand ("the US pledged to invest in Australian projects ... Canberra will
 * fund US projects"), and so do two read from one word when the weaker names
 * one of its sides in the sentence ("The UK and US are negotiating purchases
 * of each other's beef"), not when it guesses both ("the two sides reviewed
 * the investment partnership"). */
static int
ex_weak_reverse(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	const char *act = RULES_ACTIONS[x->action];
	int own, rev = 0, apart = 0;

	if (x->counterparty < 0 || x->actor == x->counterparty ||
	    (!ex_action_is(act, "investment") && !ex_action_is(act, "purchase")))
		return 0;
	if ((own = ex_side_sureness(ctx, x)) >= 2)
		return 0;
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *y = &ctx->st.v[i];

		if (y->actor != x->counterparty || y->counterparty != x->actor || y->action != x->action ||
		    y->object != x->object)
			continue;
		if (ex_stmt_sureness(y) > rev)
			rev = ex_stmt_sureness(y);
		if (!apart && y->orphan != EX_REFUSED)
			apart = own == 0 || !ex_key_at(ctx, x, y->pos);
	}
	return apart && rev > own;
}

/* ex_addon_removed - 1 if x gives its key 0 percent by removing an add-on levy
 * named within six words after its verb, no comma between ("removed an
 * additional 25% penalty tariff", "scrap the extra 10 percent levy", "drop the
 * punitive surcharge"). */
static int
ex_addon_removed(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	static const struct ex_word ADDON[] = {
	    EX_W("additional"), EX_W("extra"), EX_W("penalty"), EX_W("punitive"), EX_W("surcharge"),
	    EX_W("surtax")};
	const char *t = ctx->text;
	size_t ws, wl, p = x->pos;

	if (!x->quantity.present || x->quantity.amount != 0 || strcmp(x->quantity.unit, "percent") != 0 ||
	    x->pos < x->sent_start || x->pos >= x->sent_end || (wl = ex_word_after(t, p, x->sent_end, &ws)) == 0)
		return 0;
	p = ws + wl;
	for (int w = 0; w < 6 && (wl = ex_word_after(t, p, x->sent_end, &ws)) > 0; w++, p = ws + wl) {
		if (memchr(t + p, ',', ws - p) != NULL)
			return 0;
		if (ex_word_in(ADDON, EX_NWORDS(ADDON), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_pause_rate_in - the rate a pause (best) leaves told in sentence [s,e) after
 * its own, which names no party but the pause's two (the counterparty not right
 * before the percent: "China's 10% tariff remains" is China's).  Told as kept
 * (ex_rate_kept: "leaving the rate at 10%", "will keep the current 25% rate",
 * "stays at 10%") in any such sentence whose first party named is not the
 * counterparty; with loose (a sentence that makes no statement), also a percent
 * followed, within eight words and no comma, by "remains" or "stays" ("With this,
 * the 25% tariff on goods outside the treaty remains"), or after "continue(s) to
 * face a" ("... will continue to face a 25% tariff rather than the 30% rate").
 * 1 and *q set when there is one; -1 when a third party is named. */
static int
ex_pause_rate_in(const struct ex_ctx *ctx, const struct ex_stmt *best, size_t s, size_t e, int loose,
    struct quantity *q)
{
	static const struct ex_word STAYS[] = {EX_W("remains"), EX_W("remain"), EX_W("stays"), EX_W("stay")};
	static const struct ex_word FACE[] = {EX_W("face"), EX_W("faces")};
	static const struct ex_word GO_ON[] = {EX_W("continue"), EX_W("continues")};
	static const struct ex_word GOODS[] = {
	    EX_W("goods"), EX_W("products"), EX_W("imports"), EX_W("exports")};
	const char *t = ctx->text;
	struct quantity_match qm[8];
	size_t n, ws, wl, p, first = EX_NOPOS;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		if (ctx->m.v[i].start < s || ctx->m.v[i].kind != RULE_ACTOR)
			continue;
		if (ctx->m.v[i].value != best->actor && ctx->m.v[i].value != best->counterparty)
			return -1;
		/* "leaving a 10% tariff in place on U.S. goods": a party named as
		 * the goods' origin is no subject of the sentence. */
		if (first == EX_NOPOS && !((wl = ex_word_after(t, ctx->m.v[i].end, e, &ws)) > 0 &&
		    ex_word_in(GOODS, EX_NWORDS(GOODS), t + ws, wl)))
			first = i;
	}
	n = quantity_find_all(t + s, e - s, qm, EX_NWORDS(qm));
	for (size_t i = 0; i < n; i++) {
		size_t qs = s + qm[i].offset;
		int ok = 0;

		if (strcmp(qm[i].q.unit, "percent") != 0 || qm[i].role == QUANTITY_RATE_FROM)
			continue;
		/* "China's 10% tariff on American goods remains": the other side's;
		 * not "the U.S. duty on most Chinese goods stays at 10%" (the goods'
		 * origin). */
		for (size_t k = ex_first(ctx, s); k < ctx->m.n && ctx->m.v[k].start < qs && !ok; k++)
			ok = ctx->m.v[k].start >= s && ctx->m.v[k].kind == RULE_ACTOR &&
			    ctx->m.v[k].value != best->actor && ctx->m.v[k].end <= qs && qs - ctx->m.v[k].end <= 16 &&
			    !((wl = ex_word_after(t, ctx->m.v[k].end, qs, &ws)) > 0 &&
			    ex_word_in(GOODS, EX_NWORDS(GOODS), t + ws, wl));
		if (ok)
			return 0;
		qm[i].offset = qs;
		if ((first == EX_NOPOS || ctx->m.v[first].value != best->counterparty) && ex_rate_kept(ctx, &qm[i], s)) {
			*q = qm[i].q;
			return 1;
		}
		if (!loose)
			continue;
		p = qs + qm[i].len;
		for (int w = 0; w < 8 && !ok && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl) {
			if (memchr(t + p, ',', ws - p) != NULL)
				break;
			ok = ex_word_in(STAYS, EX_NWORDS(STAYS), t + ws, wl);
		}
		if (!ok && (wl = ex_word_before(t, qs, s, &ws)) == 1 && (t[ws] | 32) == 'a' &&
		    (wl = ex_word_before(t, ws, s, &ws)) > 0 && ex_word_in(FACE, EX_NWORDS(FACE), t + ws, wl) &&
		    (wl = ex_word_before(t, ws, s, &ws)) == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
			ok = (wl = ex_word_before(t, ws, s, &ws)) > 0 && ex_word_in(GO_ON, EX_NWORDS(GO_ON), t + ws, wl);
		if (ok) {
			*q = qm[i].q;
			return 1;
		}
	}
	return 0;
}
/* ex_pause_rate_next - for a pause of which no statement gives an amount, the rate
 * it leaves told in a sentence after best's (ex_pause_rate_in), the nearest first,
 * up to EX_PAUSE_RATE_SENTS sentences on ("... agreed to keep the higher tariffs on
 * hold for another 90 days. The additional U.S. duty on most Chinese goods stays at
 * 10%").  Into *q; nothing when none. */
static void
ex_pause_rate_next(const struct ex_ctx *ctx, const struct ex_stmt *best, struct quantity *q)
{
	const char *t = ctx->text;
	size_t s = best->sent_end, e;

	for (int k = 0; k < EX_PAUSE_RATE_SENTS && s < ctx->len; k++, s = e) {
		int loose = 1;

		while (s < ctx->len && (t[s] == ' ' || t[s] == '\n'))
			s++;
		if (s >= ctx->len || (e = ex_sentence_next(ctx->r, t, ctx->len, s)) <= s)
			return;
		for (size_t i = 0; i < ctx->st.n && loose; i++)
			loose = ctx->st.v[i].sent_start < s || ctx->st.v[i].sent_start >= e;
		if (ex_pause_rate_in(ctx, best, s, e, loose, q) > 0)
			return;
	}
}
/* ex_pause_rate_kept - for qt, a pause whose amount is the rate it suspends, the
 * rate it leaves told later in its own sentence, after its verb ("... will keep
 * suspending its 24% tariff for 90 days, and will keep a rate of 10%", "The
 * suspension of the 24% tariff takes effect; the 10% rate stays"), else in the
 * sentences after (ex_pause_rate_next).  The suspended rate told again is not
 * the one kept ("the 24% tariff stays suspended"). */
static void
ex_pause_rate_kept(const struct ex_ctx *ctx, const struct ex_stmt *qt, struct quantity *q)
{
	struct quantity k;

	memset(&k, 0, sizeof(k));
	if (qt->pos >= qt->sent_start && qt->pos < qt->sent_end &&
	    ex_pause_rate_in(ctx, qt, qt->pos, qt->sent_end, 1, &k) > 0 && k.amount != qt->quantity.amount) {
		*q = k;
		return;
	}
	ex_pause_rate_next(ctx, qt, q);
}
/* ex_rate_left - for qt, a removal of an add-on levy (ex_addon_removed): a
 * statement of the same key and sentence that gives a rate above zero, the
 * rate that applies once both are done ("cut its reciprocal tariff on Indian
 * goods to 18% from 25% and removed an additional 25% penalty tariff": 18
 * percent, told of the key again in "The lower rate took effect on ..."); qt
 * when none does. */
static const struct ex_stmt *
ex_rate_left(const struct ex_ctx *ctx, const struct ex_stmt *qt)
{
	int addon;

	if (qt == NULL || !qt->quantity.present || qt->quantity.amount != 0 ||
	    strcmp(qt->quantity.unit, "percent") != 0)
		return qt;
	addon = ex_addon_removed(ctx, qt);
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *y = &ctx->st.v[i];

		/* "cut its duty on canola seed to 15% ... and removed tariffs on
		 * canola meal and lobsters": a removal told after a cut of the same
		 * key to a rate widens the cut to more goods; the key's rate is the
		 * one the sentence names first. */
		if (y != qt && ex_same_key(y, qt) && y->sent_start == qt->sent_start && y->quantity.present &&
		    y->quantity.amount > 0 && strcmp(y->quantity.unit, "percent") == 0 && !y->later_step &&
		    (addon || y->pos < qt->pos))
			return y;
	}
	return qt;
}
/* ex_sum_told - 1 if the sentence of text offset a also holds offset b and names
 * no party but actor and cp: two amounts told together of one pledge. */
static int
ex_sum_told(const struct ex_ctx *ctx, size_t a, size_t b, int actor, int cp)
{
	size_t ss = a, se = a + 1;

	ex_sentence_around(ctx->text, ctx->len, &ss, &se);
	if (b < ss || b >= se)
		return 0;
	for (size_t j = ex_first(ctx, ss); j < ctx->m.n && ctx->m.v[j].start < se; j++)
		if (ctx->m.v[j].kind == RULE_ACTOR && ctx->m.v[j].value != actor && ctx->m.v[j].value != cp)
			return 0;
	return 1;
}
/* ex_added_amount - 1 if the amount at offset q is told as one on top of another
 * ("and another $250 billion of credit", "a further $40 billion"): a second
 * measure, not a part of the first one's sum. */
static int
ex_added_amount(const char *t, size_t q)
{
	static const struct ex_word ADD[] = {EX_W("another"), EX_W("additional"), EX_W("further"),
	    EX_W("extra"), EX_W("more")};
	size_t ws, wl = ex_word_before(t, q, q > 16 ? q - 16 : 0, &ws);

	return wl > 0 && ex_word_in(ADD, EX_NWORDS(ADD), t + ws, wl);
}
/* ex_year_told - an amount told once as a yearly rate is that rate wherever the
 * article names it again: "the commitment was 25 million tons a year" makes the key's
 * "agreed to buy 25 million tons of soybeans" 25 Mt a year.  Only the same amount in
 * the same unit; a rate (percent) has no year, and an investment pledge is a sum
 * ("$250 billion" of one party is no "$250 billion a year" of another).  The
 * yearly amounts are those of the sentences read for statements (ctx->yearly):
 * no second reading of the text. */
static void
ex_year_told(struct ex_ctx *ctx, struct quantity *q)
{
	if (!q->present || q->amount <= 0 || q->per_year || strcmp(q->unit, "percent") == 0)
		return;
	for (size_t i = 0; i < ctx->nyearly && !q->per_year; i++)
		q->per_year = ctx->yearly[i].q.amount == q->amount && strcmp(ctx->yearly[i].q.unit, q->unit) == 0;
}
/* ex_yearly_taken - 1 if the yearly amount y is the pledge of the key of best
 * whose amount *q (from qt) it replaces: larger, of the same unit, told in a
 * sentence naming no party but the key's and no goods but the key's (for an
 * undated pledge, naming the key's goods).  *q and *progress updated. */
static int
ex_yearly_taken(struct ex_ctx *ctx, const struct ex_stmt *best, const struct ex_stmt *qt, int undated,
    const struct quantity_match *y, struct quantity *q, struct quantity *progress)
{
	size_t ss = y->offset, se = ss + 1;
	int other = 0, own = 0;

	if (!y->q.per_year || y->q.amount <= q->amount || strcmp(y->q.unit, q->unit) != 0 ||
	    !ex_sum_told(ctx, y->offset, y->offset, best->actor, best->counterparty))
		return 0;
	ex_sentence_around(ctx->text, ctx->len, &ss, &se);
	for (size_t j = ex_first(ctx, ss); j < ctx->m.n && ctx->m.v[j].start < se; j++)
		if (ctx->m.v[j].kind == RULE_OBJECT) {
			other |= ctx->m.v[j].value != best->object;
			own |= ctx->m.v[j].value == best->object;
		}
	if (other || (undated && !own))
		return 0;
	if (!progress->present && qt->qty_done)
		*progress = *q;
	*q = y->q;
	return 1;
}
/* ex_yearly_pledge - for a purchase in progress, stalled or broken whose amount,
 * from statement qt, is no yearly rate and is either an amount bought so far
 * (qt->qty_done), a first pledge whose deadline has passed at publication (not
 * when broken: "fell short of the 12 Mt it had committed to buy by Dec. 31" is the
 * 12 Mt that broke) or a pledge with no date of its own, the yearly amount of the
 * same unit the article tells elsewhere, when it is larger: "buyers have booked
 * about 9 Mt so far ... the 25 Mt a year Beijing agreed to" is the pledge of 25 Mt
 * a year, and the 9 Mt bought its progress (ex_yearly_taken).
 * The yearly amounts are first those of the sentences read for statements
 * (ctx->yearly); the pledge is often told in a phrase that forms no statement
 * ("far short of the 25 Mt a year Beijing agreed to take", "The bigger promise
 * is for this year: 25 Mt a year"), so then the sentences holding "a year" or
 * "annually" are read for theirs, once an article (ctx->year_told).
 * *q and, when unset and qt's amount was bought, *progress updated. */
static void
ex_yearly_pledge(struct ex_ctx *ctx, const struct ex_stmt *best, const struct ex_stmt *qt,
    struct quantity *q, struct quantity *progress)
{
	static const char *const YEAR[] = {" a year", " annually"};
	struct quantity_match local[EX_MAX_QTY];
	int undated = !qt->qty_done && qt->deadline[0] == '\0';

	if (!q->present || q->per_year || strcmp(q->unit, "percent") == 0 ||
	    strcmp(q->unit, "units") == 0 || (best->status != STATUS_IN_PROGRESS &&
	    best->status != STATUS_STALLED && best->status != STATUS_BROKEN))
		return;
	if (!qt->qty_done && (best->status == STATUS_BROKEN || (!undated &&
	    (ctx->published == NULL || strlen(ctx->published) < 10 ||
	    strncmp(qt->deadline, ctx->published, 10) >= 0))))
		return;
	for (size_t i = 0; i < ctx->nyearly; i++)
		if (ex_yearly_taken(ctx, best, qt, undated, &ctx->yearly[i], q, progress))
			return;
	/* Read only for an amount bought or a pledge past its date: an undated
	 * pledge takes a yearly one named with its goods in a statement's sentence
	 * (the read costs about 0.4% of the instructions more for it). */
	if (undated)
		return;
	if (!ctx->year_read) {	/* once an article */
		ctx->year_read = 1;
		for (size_t w = 0; w < sizeof(YEAR) / sizeof(YEAR[0]); w++) {
			size_t n = strlen(YEAR[w]);

			for (const char *p = ctx->text, *end = ctx->text + ctx->len;
			    (p = memmem(p, (size_t)(end - p), YEAR[w], n)) != NULL; p += n) {
				size_t ss = (size_t)(p - ctx->text), se = ss + 1, nq;

				ex_sentence_around(ctx->text, ctx->len, &ss, &se);
				nq = quantity_find_all(ctx->text + ss, se - ss, local, EX_MAX_QTY);
				for (size_t k = 0; k < nq && ctx->nyear_told < EX_MAX_YEARLY; k++)
					if (local[k].q.per_year) {
						local[k].offset += ss;
						ctx->year_told[ctx->nyear_told++] = local[k];
					}
				p = ctx->text + se - n;	/* each sentence once a word */
			}
		}
	}
	for (size_t i = 0; i < ctx->nyear_told; i++)
		if (ex_yearly_taken(ctx, best, qt, 0, &ctx->year_told[i], q, progress))
			return;
}
/* ex_whole_amount - a sum of money split into parts, the key's amount being one
 * part: "Korea pledged $200 billion in cash and $150 billion for shipbuilding"
 * where the article elsewhere names "its $350 billion package"; "$80 billion of
 * which $50 billion up front" with "the other $30 billion" told again.  When an
 * amount W of the same currency is told in the article, equal to the key's
 * amount plus another part B, and B stands in one sentence with the key's
 * amount or with W, and neither that sentence nor W's names another party
 * ("Japan $550 billion, Korea $350 billion, Switzerland $200 billion" are three
 * pledges, not parts), the commitment is the whole W; not when B is told as
 * more on top ("and another $250 billion of credit": ex_added_amount).  One
 * pass over the text, once per money amount of an investment (a purchase's
 * parts are of other goods: "$500 billion of goods, $300 billion of energy"). */
static void
ex_whole_amount(struct ex_ctx *ctx, int actor, int cp, struct quantity *q)
{
	struct quantity_match local[EX_BODY_QTY], *qm = local;
	size_t nq, i, j, k;

	if (!q->present || q->amount <= 0 || strlen(q->unit) != 3 || q->per_year)
		return;
	/* The text's amounts, read once an article (it runs for every investment
	 * with an amount); without memory, read here each time. */
	if (ctx->all_qty == NULL && (ctx->all_qty = malloc(EX_BODY_QTY * sizeof(*qm))) != NULL)
		ctx->all_nq = quantity_find_all(ctx->text, ctx->len, ctx->all_qty, EX_BODY_QTY);
	if (ctx->all_qty != NULL) {
		qm = ctx->all_qty;
		nq = ctx->all_nq;
	} else
		nq = quantity_find_all(ctx->text, ctx->len, qm, EX_BODY_QTY);
	for (i = 0; i < nq; i++) {		/* i: the key's amount A */
		if (qm[i].role != QUANTITY_PLAIN || qm[i].q.amount != q->amount ||
		    strcmp(qm[i].q.unit, q->unit) != 0)
			continue;
		for (j = 0; j < nq; j++) {	/* j: the whole W */
			double b = qm[j].q.amount - q->amount;

			if (j == i || qm[j].role != QUANTITY_PLAIN || qm[j].q.per_year || b <= 0 ||
			    strcmp(qm[j].q.unit, q->unit) != 0)
				continue;
			for (k = 0; k < nq; k++) {	/* k: the other part B */
				if (k == i || k == j || qm[k].role != QUANTITY_PLAIN || qm[k].q.per_year ||
				    strcmp(qm[k].q.unit, q->unit) != 0 ||
				    qm[k].q.amount - b > 0.001 * qm[j].q.amount ||
				    b - qm[k].q.amount > 0.001 * qm[j].q.amount)
					continue;
				if (ex_added_amount(ctx->text, qm[k].offset) ||
				    ex_added_amount(ctx->text, qm[i].offset) ||
				    !ex_sum_told(ctx, qm[j].offset, qm[j].offset, actor, cp))
					continue;
				if (ex_sum_told(ctx, qm[k].offset, qm[i].offset, actor, cp) ||
				    ex_sum_told(ctx, qm[k].offset, qm[j].offset, actor, cp)) {
					*q = qm[j].q;
					return;
				}
			}
		}
	}
}
/* ex_effect_apply - a measure done ("cut its tariff", "takes effect") whose date
 * of entry into force is still to come is announced, not carried out: pledged
 * ("the lower duty takes effect on June 1", published in May).  A pause granted
 * holds now; the date is the spared tariff's ("extended the pause, sparing
 * exporters an increase due to take effect on Aug. 1"). */
static void
ex_effect_apply(struct ex_ctx *ctx)
{
	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];

		if (x->status == STATUS_FULFILLED && x->effective && x->deadline[0] != '\0' &&
		    !ex_action_is(RULES_ACTIONS[x->action], "tariff_pause") &&
		    ctx->published != NULL && strlen(ctx->published) >= 10 &&
		    strncmp(x->deadline, ctx->published, 10) > 0)
			x->status = STATUS_PLEDGED;
	}
}

/* ex_headline - 1 if x stands in the article's headline: the first line of the
 * body, a single line with no full stop, followed by a blank line. */
static int
ex_headline(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	const char *t = ctx->text;
	size_t e = x->sent_end;

	for (size_t k = 0; k < x->sent_start; k++)
		if (t[k] != ' ' && t[k] != '\n' && t[k] != '\t')
			return 0;
	while (e > x->sent_start && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n'))
		e--;
	if (e == x->sent_start || t[e - 1] == '.' || memchr(t + x->sent_start, '\n', e - x->sent_start) != NULL)
		return 0;
	while (e < ctx->len && (t[e] == ' ' || t[e] == '\t'))
		e++;
	if (e >= ctx->len || t[e++] != '\n')
		return 0;
	while (e < ctx->len && (t[e] == ' ' || t[e] == '\t'))
		e++;
	return e < ctx->len && t[e] == '\n';
}
/* ex_headline_told - 1 if the headline statement x is a body statement told
 * shorter: same actor and action, its object the body's or tariffs in general
 * ("US tariff cut takes effect" over "lowered its tariff on Japanese vehicles"),
 * its counterparty the body's or only guessed ("Malaysia to review poultry ban"
 * over "review the ban on US poultry imports").  The body's words decide the
 * key; a headline the body does not restate stands. */
static int
ex_headline_told(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	const struct rules *r = ctx->r;
	int tariffs = rules_object_find(r, "tariffs");

	for (size_t j = 0; j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		if (y->sent_start == x->sent_start || y->actor != x->actor || y->action != x->action ||
		    (y->counterparty != x->counterparty && !x->guessed_cp) || ex_same_key(x, y))
			continue;
		if (y->object == x->object ||
		    (x->object == tariffs && r->objects[y->object].measure < 0 &&
		    strncmp(RULES_ACTIONS[x->action], "tariff_", 7) == 0))
			return 1;
	}
	return 0;
}

/* ex_kinds_of_frame - 1 if x is one of two kinds or more that the frame of a
 * pledge of their category names beside it, with its status ("promised to buy
 * $4.5 billion of American farm products, led by soybeans, wheat and cotton",
 * "The bloc's promise to buy $750 billion of U.S. energy ... has lagged: EU
 * imports of U.S. LNG, crude and coal reached ..."): the kinds detail the
 * category, and make no entry of their own; a category with one kind ("$100
 * billion of LNG and other energy products") keeps both. */
static int
ex_kinds_of_frame(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	int category = -1, kinds = 0;

	if (x->rank < 0)
		return 0;
	for (size_t j = 0; j < ctx->st.n && category < 0; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		if (y->pos == x->pos && y->actor == x->actor && y->action == x->action && y->object != x->object &&
		    y->counterparty == x->counterparty && y->status == x->status && y->rank >= 0 &&
		    rules_object_covers(ctx->r, y->object, x->object))
			category = y->object;
	}
	for (size_t j = 0; category >= 0 && j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		if (!(y->pos == x->pos && y->actor == x->actor && y->action == x->action &&
		    y->status == x->status && y->object != category && rules_object_covers(ctx->r, category, y->object)))
			continue;
		/* "quotas for American farm goods: 500 tonnes of beef a year and
		 * 1,500 tonnes of poultry": kinds with amounts of their own. */
		if (y->quantity.present && x->quantity.present &&
		    (y->quantity.amount != x->quantity.amount || strcmp(y->quantity.unit, x->quantity.unit) != 0))
			return 0;
		kinds++;
	}
	if (kinds < 2)
		return 0;
	/* The category named first, its kinds after it: "farm products, led by
	 * soybeans, wheat and cotton".  Kinds named first and the category last
	 * ("US LNG, oil and nuclear energy products") are goods of their own. */
	for (size_t i = ex_first(ctx, x->sent_start); i < ctx->m.n && ctx->m.v[i].start < x->sent_end; i++) {
		const struct ex_mention *m = &ctx->m.v[i];

		/* A category named before the verb ("the energy chapter: \"The EU
		 * intends to procure ...\"") is no goods of the frame. */
		if (m->kind != RULE_OBJECT || m->start < x->pos)
			continue;
		if (m->value == category)
			return 1;
		if (rules_object_covers(ctx->r, category, m->value))
			return 0;
	}
	return 0;
}

/* ex_subtype_told - 1 if x, a stalled or broken statement listing kinds of goods
 * with another of the same category, that no statement of the article pledges
 * or proposes, has given its status to a pledge of their category before it
 * ("agreed to buy $750bn of American energy ... purchases of US LNG, oil and
 * nuclear fuel are well short of the pace"): the list stands for the category,
 * whose pledge lags, and the kinds make no entry of their own.  One kind named
 * alone ("halted purchases of US soybeans") stays.  Progress listing two kinds
 * or more after a pledge of their category ("importers are buying more,
 * including wheat for mills and soybeans for feed makers"), or two kinds or
 * more told bought ("bought $2.8 billion of American wheat, soybeans and
 * corn"), is the pledge's progress too, whatever the pledge's status; so is a
 * cut on two kinds told done after a cut on their category ("Duties on U.S.
 * beef, pork and fruit are now zero"); a deal for one kind ("signed a
 * deal to buy 1 million tonnes of U.S. LNG") stays. */
static int
ex_subtype_told(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	int category = -1, kinds = 0;

	/* The category's own frame naming its kinds after it, whatever the status. */
	if (ex_kinds_of_frame(ctx, x))
		return 1;
	/* Progress, or kinds told done ("two more wheat cargoes and one soybean
	 * cargo have been booked"), names two kinds at least ("LNG cargoes ... and
	 * crude cargoes"); one kind told twice is a deal of its own. */
	if (x->status == STATUS_IN_PROGRESS || x->status == STATUS_FULFILLED)
		return ex_progress_category(ctx, x, 0) >= 0;
	if (x->rank < 0 || (x->status != STATUS_STALLED && x->status != STATUS_BROKEN))
		return 0;
	for (size_t j = 0; j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		if (ex_same_key(x, y) && (y->status == STATUS_PLEDGED || y->status == STATUS_PROPOSED))
			return 0;
		if (y->actor == x->actor && y->action == x->action && y->object != x->object &&
		    y->counterparty == x->counterparty && y->pos < x->pos && y->status == x->status &&
		    rules_object_covers(ctx->r, y->object, x->object))
			category = y->object;
	}
	for (size_t j = 0; category >= 0 && j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		kinds += y->sent_start == x->sent_start && y->actor == x->actor && y->action == x->action &&
		    y->status == x->status && y->object != category &&
		    rules_object_covers(ctx->r, category, y->object);
	}
	return kinds >= 2;
}

/* ex_made_goods - 1 if object obj is a manufactured good or a metal (an HS
 * chapter from 28 on: vehicles, steel, aircraft, medicines), not farm goods,
 * fuels or a measure. */
static int
ex_made_goods(const struct rules *r, int obj)
{
	const char *hs = r->objects[obj].hs;

	return hs[0] >= '0' && hs[0] <= '9' && hs[1] >= '0' && hs[1] <= '9' &&
	    (hs[0] - '0') * 10 + (hs[1] - '0') >= 28;
}

/* ex_access_effect - 1 if x is "better access" to a market for goods whose
 * tariff the same actor cuts for the same counterparty in the article ("giving
 * American farmers better access to Japan's market for beef ... Japan will cut
 * its tariff on US beef"): the access is the cut's effect, not a commitment of
 * its own.  So is any access for made goods or metals whose tariff the same
 * actor cuts ("a quota of 100,000 cars a year at the lower 10% rate", "a
 * limited opening for vehicles"): a quota or an opening for cars is the tariff
 * cut itself, while access for farm goods (a lifted ban, plant registrations)
 * stays a commitment beside a tariff cut. */
static int
ex_access_effect(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	static const struct ex_word MORE[] = {
	    EX_W("better"), EX_W("greater"), EX_W("improved"), EX_W("more"), EX_W("wider"),
	    EX_W("easier"), EX_W("increased"), EX_W("expanded")};
	size_t ws, wl = ex_word_before(ctx->text, x->pos, x->sent_start, &ws);

	if (strcmp(RULES_ACTIONS[x->action], "market_access") != 0 ||
	    ((wl == 0 || !ex_word_in(MORE, EX_NWORDS(MORE), ctx->text + ws, wl)) &&
	    !ex_made_goods(ctx->r, x->object)))
		return 0;
	for (size_t j = 0; j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		if (y->actor == x->actor && y->counterparty == x->counterparty && y->object == x->object &&
		    strcmp(RULES_ACTIONS[y->action], "tariff_cut") == 0)
			return 1;
	}
	return 0;
}

/* ex_flow_deed - 1 if y is buying under way or done. */
static int
ex_flow_deed(const struct ex_stmt *y)
{
	return ex_action_is(RULES_ACTIONS[y->action], "purchase") &&
	    (y->status == STATUS_IN_PROGRESS || y->status == STATUS_FULFILLED);
}
/* ex_flow_only - 1 if x is buying under way or done ("turning instead to
 * Brazil and Argentina", "Russian crude made up a quarter of India's
 * imports", "Indian refiners have been buying more Iraqi oil") from a party
 * that nothing else in the article names, while the buyer has a commitment of
 * another kind or to another party: a market flow the story tells beside its
 * deal.  A pledge, a halt or any other measure naming that party keeps it
 * ("China agreed to buy Brazilian corn"), and so does a sentence that names a
 * deal or pledge ("under the accord") or tells the buyer's commitment to the
 * other party itself ("Korea bought more Australian beef and said it will
 * scrap the tariff on US oranges"). */
static int
ex_flow_only(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	int other = 0;

	if (x->counterparty < 0 || x->actor < 0 || !ex_flow_deed(x) ||
	    ex_deal_named(ctx->text, x->sent_start, x->sent_end))
		return 0;
	for (size_t j = 0; j < ctx->st.n; j++) {
		const struct ex_stmt *y = &ctx->st.v[j];

		if (y->actor == x->counterparty || y->counterparty == x->counterparty) {
			if (y->actor != x->actor || !ex_flow_deed(y))
				return 0;
		} else if (!ex_flow_deed(y) && ((y->actor == x->actor && y->counterparty >= 0) ||
		    y->counterparty == x->actor)) {
			if (y->sent_start == x->sent_start)
				return 0;
			other = 1;
		}
	}
	return other;
}

#define EX_STATE_BOTH 8    /* keys a sentence opening with "Both" may speak of */
#define EX_STATE_KEYS 64   /* keys the article-level state pass follows */
#define EX_STATE_SEEN 8    /* parties, goods, measures or verbs one sentence lists */

/* One key of the article, for ex_state_apply. */
struct ex_state_key {
	size_t first;        /* index of its first statement */
	size_t first_end;    /* end of that statement's sentence */
	size_t ref;          /* its latest statement that is no history */
	int live;            /* it has a statement that is no history */
	int pledged;         /* every such statement is a pledge */
	int started;         /* every such statement is a pledge or under way */
	int broken;          /* every such statement is broken */
	int last_live;       /* its latest statement so far is no history */
	int status;          /* the later state linked to it, -1 */
	size_t pos, ss, se;  /* where that state is told */
};

/* What one sentence with a state cue names (ex_state_scan). */
struct ex_state_sent {
	int skip;            /* hedged, conditional, history, a pledge or proposal of its own */
	int cue;             /* index of the state cue that speaks, -1 */
	int status, negated, standing, progress;
	int perfect;         /* a verb of a commitment in the perfect ("have shipped") */
	int pledge_noun;     /* a pledge cue that is no modal ("commitment", "deal") */
	int subject;         /* the first party it names, -1 */
	int subject_lead;    /* that party opens the sentence ("Beijing has since ...") */
	int pronoun;         /* "It" or "They" opens the sentence */
	int own;             /* its cue tells of a pledge by itself (rules.json own_cues) */
	int actors[EX_STATE_SEEN], objects[EX_STATE_SEEN], measures[EX_STATE_SEEN];
	int the_measure[EX_STATE_SEEN], triggers[EX_STATE_SEEN];
	/* -1 if each opens the sentence (ex_state_lead), -2 if it opens a reported
	 * clause with no party before it (ex_state_reported), else its actor + 1 */
	int mlead[EX_STATE_SEEN], tlead[EX_STATE_SEEN];
	size_t nactors, nobjects, nmeasures, ntriggers;
	int told;            /* names the deal ("the full amount", "that promise") */
	int goods_lead;      /* goods named in its subject, or a reported clause's, -1 */
};

/* ex_state_add - v[*n] = value unless v holds it; 0 if v is full. */
static int
ex_state_add(int *v, size_t *n, int value)
{
	for (size_t i = 0; i < *n; i++)
		if (v[i] == value)
			return 1;
	if (*n == EX_STATE_SEEN)
		return 0;
	v[(*n)++] = value;
	return 1;
}

/* ex_state_market - 1 if the goods mention m is followed by a noun of the
 * market, not of the deal ("soybean prices", "corn futures", "the wheat
 * harvest"): a statistic of the goods, not a state of the pledge. */
static int
ex_state_market(const struct ex_ctx *ctx, const struct ex_mention *m, size_t se)
{
	static const struct ex_word MARKET[] = {
	    EX_W("prices"), EX_W("price"), EX_W("futures"), EX_W("production"), EX_W("output"),
	    EX_W("harvest"), EX_W("harvests"), EX_W("crop"), EX_W("crops"), EX_W("acreage"),
	    EX_W("plantings"), EX_W("stocks"), EX_W("inventories"), EX_W("yields"), EX_W("demand"),
	    EX_W("consumption"), EX_W("market"), EX_W("markets"), EX_W("supplies"), EX_W("surplus")};
	size_t ws, wl, p = m->end;

	for (int w = 0; w < 2 && (wl = ex_word_after(ctx->text, p, se, &ws)) > 0; w++, p = ws + wl)
		if (ex_word_in(MARKET, EX_NWORDS(MARKET), ctx->text + ws, wl))
			return 1;
	return 0;
}

/* ex_state_year - 1 if the word [p,q) of the sentence from ss is a year before
 * the article's, not after "since": history. */
static int
ex_state_year(const struct ex_ctx *ctx, size_t ss, size_t p, size_t q)
{
	const char *t = ctx->text;
	size_t ws, wl;
	int y = 0;

	if (q - p != 4 || ctx->pub_year <= 0)
		return 0;
	for (size_t i = p; i < q; i++) {
		if (t[i] < '0' || t[i] > '9')
			return 0;
		y = y * 10 + (t[i] - '0');
	}
	if (y < 1900 || y >= ctx->pub_year)
		return 0;
	wl = ex_word_before(t, p, ss, &ws);
	return !(wl == 5 && ex_ncasecmp(t + ws, "since", 5) == 0);
}
/* ex_state_clause_after - 1 if a clause of its own opens in [a,b): a rules'
 * break or ", and" (not a bare comma before a trailing attribution). */
static int
ex_state_clause_after(const struct ex_ctx *ctx, size_t a, size_t b)
{
	return memmem(ctx->text + a, b - a, ", and ", 6) != NULL || ex_has_kind(ctx, RULE_BREAK, a, b);
}

/* ex_state_words - the words of [ss,se) that the mentions do not tell: 1 if
 * it names the goods, the amount or the promise of a deal told before without
 * naming them ("the full amount", "the pledged value", "that promise", "the
 * grain", "those cargoes"); -1
 * if it is no report of a state: an opinion or forecast ("traders doubt",
 * "expect millers to book"), a need before the state cue at cpos ("needs
 * to approve ..., so the ban remains in force"), a state still
 * pending ("not in force yet"), a year before publication ("those talks
 * collapsed in 2020"; not "since 2025"), a cue inside a quotation ("Our
 * refiners are being made to buy ...," said), or someone's "own" purchases
 * ("feedlots have stepped up their own sorghum purchases"); else 0. */
static int
ex_state_words(const struct ex_ctx *ctx, size_t ss, size_t se, size_t cpos)
{
	static const struct ex_word WHOLE[] = {
	    EX_W("full"), EX_W("entire"), EX_W("whole"), EX_W("agreed"), EX_W("promised"),
	    EX_W("pledged"), EX_W("committed")};
	static const struct ex_word AMOUNT[] = {
	    EX_W("amount"), EX_W("quantity"), EX_W("volume"), EX_W("tonnage"), EX_W("value"),
	    EX_W("sum"), EX_W("total"), EX_W("promise"), EX_W("pledge"), EX_W("commitment"),
	    EX_W("undertaking")};
	static const struct ex_word THE[] = {
	    EX_W("the"), EX_W("that"), EX_W("those"), EX_W("this"), EX_W("these")};
	static const struct ex_word GOODS[] = {
	    EX_W("grain"), EX_W("beans"), EX_W("fuel"), EX_W("gas"), EX_W("meat"), EX_W("cargoes"),
	    EX_W("goods"), EX_W("commodity"), EX_W("crops")};
	/* "their own purchases"; "needs to approve", "must ratify"; "not in
	 * force yet" (pending, as rules.json's pending cues). */
	static const struct ex_word ASIDE[] = {EX_W("own"), EX_W("yet")};
	static const struct ex_word NEED[] = {EX_W("must"), EX_W("needs"), EX_W("need")};
	const char *t = ctx->text;
	int told = 0, quotes = 0;

	for (size_t p = ss; p < se; p++) {
		size_t q = p, bs, bl;

		/* A quotation opened right at the cue quotes the cue itself
		 * ("called the pledge \"on track\""), not a speaker's words. */
		quotes += p < cpos && ((t[p] == '"' && p + 1 != cpos) || (t[p] == '\xe2' && p + 2 < se &&
		    t[p + 1] == '\x80' && (t[p + 2] == '\x9c' || t[p + 2] == '\x9d') && p + 3 != cpos));
		if (!ex_word_byte((unsigned char)t[p]) || (p > ss && ex_word_byte((unsigned char)t[p - 1])))
			continue;
		while (q < se && ex_word_byte((unsigned char)t[q]))
			q++;
		/* "have booked about 21 million tons so far, and traders expect
		 * more before December": a forecast in a clause of its own after
		 * the state does not undo it; a trailing ", traders think" is
		 * whose opinion the state is. */
		if ((ex_opinion_at(ctx, p, q - p, se) && !(p > cpos && cpos < se && ex_state_clause_after(ctx, cpos, p))) ||
		    (p < cpos && ex_word_in(NEED, EX_NWORDS(NEED), t + p, q - p)) ||
		    ex_word_in(ASIDE, EX_NWORDS(ASIDE), t + p, q - p) || ex_state_year(ctx, ss, p, q))
			return -1;
		if ((bl = ex_word_before(t, p, ss, &bs)) > 0 &&
		    ((ex_word_in(AMOUNT, EX_NWORDS(AMOUNT), t + p, q - p) &&
		    (ex_word_in(WHOLE, EX_NWORDS(WHOLE), t + bs, bl) || ex_word_in(THE, EX_NWORDS(THE), t + bs, bl))) ||
		    (ex_word_in(GOODS, EX_NWORDS(GOODS), t + p, q - p) &&
		    ex_word_in(THE, EX_NWORDS(THE), t + bs, bl))))
			told = 1;
		p = q - 1;
	}
	return quotes % 2 ? -1 : told;
}

/* ex_state_relative - 1 if the cue at pos opens a relative clause: "that",
 * "which" or "who" two words before it at most ("that had delayed", "which
 * processes about 90% of"); "That" opening the sentence points back ("That
 * promise is being carried out", "That is well short of the pledge"). */
static int
ex_state_relative(const char *t, size_t ss, size_t pos)
{
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which"), EX_W("who")};
	size_t ws, wl;

	for (int w = 0; w < 3 && (wl = ex_word_before(t, pos, ss, &ws)) > 0; w++, pos = ws)
		if (ex_word_in(REL, EX_NWORDS(REL), t + ws, wl)) {
			while (ws > ss && (t[ws - 1] == ' ' || t[ws - 1] == '\n' || t[ws - 1] == '\t'))
				ws--;
			return ws > ss;
		}
	return 0;
}
/* ex_state_lead - 1 if pos stands within the first three words of the
 * sentence that starts at ss: its subject ("Only two cargoes"). */
static int
ex_state_lead(const char *t, size_t ss, size_t pos)
{
	size_t ws;

	for (int w = 0; w < 3 && ex_word_before(t, pos, ss, &ws) > 0; w++)
		pos = ws;
	while (pos > ss && (t[pos - 1] == ' ' || t[pos - 1] == '\t' || t[pos - 1] == '\n'))
		pos--;
	return pos == ss;
}
/* ex_state_reported - 1 if pos stands within three words after a verb of
 * saying: the subject of the reported clause ("Officials at the industry
 * ministry said purchases were on track", "say that the shipments have
 * resumed"). */
static int
ex_state_reported(const char *t, size_t ss, size_t pos)
{
	static const struct ex_word SAY[] = {EX_W("said"), EX_W("says"), EX_W("say")};
	size_t ws, wl;

	for (int w = 0; w < 3 && (wl = ex_word_before(t, pos, ss, &ws)) > 0; w++, pos = ws)
		if (ex_word_in(SAY, EX_NWORDS(SAY), t + ws, wl))
			return 1;
	return 0;
}
/* ex_state_agent_verb - 1 if the verb at pos has a plural agent noun of
 * rules.json as its subject, only an auxiliary or an adverb between ("This
 * year buyers have booked about 21 million tons", "state buyers had bought"):
 * the key's buyers, when the sentence names no other party. */
static int
ex_state_agent_verb(const struct ex_ctx *ctx, size_t ss, size_t pos)
{
	static const struct ex_word AUX[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("already"), EX_W("now"), EX_W("since"),
	    EX_W("also")};
	const char *t = ctx->text;
	size_t ws, wl;

	for (int w = 0; w < 3 && (wl = ex_word_before(t, pos, ss, &ws)) > 0; w++, pos = ws) {
		if (rules_list_has(&ctx->r->agent_nouns, t + ws, wl))
			return 1;
		if (!ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_state_digit - 1 if a digit stands in [p,e): an amount follows. */
static int
ex_state_digit(const char *t, size_t p, size_t e)
{
	for (; p < e; p++)
		if (t[p] >= '0' && t[p] <= '9')
			return 1;
	return 0;
}
/* ex_state_for - 1 if the cue at pos follows "for" ("for the first shipments",
 * "for first cargoes"): what a step prepares, not what happened. */
static int
ex_state_for(const char *t, size_t ss, size_t pos)
{
	size_t ws, wl = ex_word_before(t, pos, ss, &ws);

	if (wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0)
		wl = ex_word_before(t, ws, ss, &ws);
	return wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0;
}

/* ex_state_apart - 1 if a clause break stands in [a,b) of one sentence: a
 * rules' break ("but", ";", "while") or a comma ("has stalled in the Commerce
 * Department, where officials say the calculations are under review"). */
static int
ex_state_apart(const struct ex_ctx *ctx, size_t a, size_t b)
{
	return memchr(ctx->text + a, ',', b - a) != NULL || ex_has_kind(ctx, RULE_BREAK, a, b);
}

/* ex_state_pronoun - 1 if "It" or "They" opens the sentence [ss,se): its
 * subject is a party told before ("It has since reversed course"). */
static int
ex_state_pronoun(const char *t, size_t ss, size_t se)
{
	static const struct ex_word PRON[] = {EX_W("It"), EX_W("They")};
	size_t ws, wl = ex_word_after(t, ss, se, &ws);

	return wl > 0 && t[ws] >= 'A' && t[ws] <= 'Z' && ex_state_lead(t, ss, ws) &&
	    ex_word_in(PRON, EX_NWORDS(PRON), t + ws, wl);
}

/* ex_state_demonstrative - 1 if a demonstrative opens the sentence [ss,se)
 * as its subject or its subject's determiner ("This is already in force",
 * "That took effect on Monday", "These have been issued since March", "Those
 * licences have been in force since June"): it points back to what the
 * sentence before it told.  A time noun after it dates the sentence instead
 * ("This year China has bought ..."). */
static int
ex_state_demonstrative(const char *t, size_t ss, size_t se)
{
	static const struct ex_word DEMO[] = {EX_W("That"), EX_W("This"), EX_W("These"), EX_W("Those")};
	static const struct ex_word TIME[] = {
	    EX_W("year"), EX_W("years"), EX_W("month"), EX_W("months"), EX_W("week"), EX_W("weeks"),
	    EX_W("day"), EX_W("days"), EX_W("time"), EX_W("season"), EX_W("quarter"), EX_W("spring"),
	    EX_W("summer"), EX_W("autumn"), EX_W("fall"), EX_W("winter"), EX_W("morning")};
	size_t ws, wl = ex_word_after(t, ss, se, &ws), ns, nl;

	if (wl == 0 || t[ws] < 'A' || t[ws] > 'Z' || !ex_state_lead(t, ss, ws) ||
	    !ex_word_in(DEMO, EX_NWORDS(DEMO), t + ws, wl))
		return 0;
	nl = ex_word_after(t, ws + wl, se, &ns);
	return nl == 0 || !ex_word_in(TIME, EX_NWORDS(TIME), t + ns, nl);
}

/* ex_state_timeless - 1 if the cue of sentence s is no present of taking
 * effect or starting: "That takes effect November 10" after a pledge is the
 * pledge's own day still to come, "That took effect" or "This is in force"
 * tell it done. */
static int
ex_state_timeless(const struct ex_ctx *ctx, const struct ex_state_sent *s)
{
	static const struct ex_word NOW[] = {
	    EX_W("takes"), EX_W("take"), EX_W("kicks"), EX_W("kick"), EX_W("comes"), EX_W("come"),
	    EX_W("goes"), EX_W("go"), EX_W("enters"), EX_W("enter"), EX_W("starts"), EX_W("start"),
	    EX_W("begins"), EX_W("begin"), EX_W("applies"), EX_W("apply"), EX_W("opens"), EX_W("open")};
	size_t ws, wl;

	if (s->cue < 0)
		return 0;
	wl = ex_word_after(ctx->text, ctx->m.v[s->cue].start, ctx->m.v[s->cue].end, &ws);
	return wl > 0 && !ex_word_in(NOW, EX_NWORDS(NOW), ctx->text + ws, wl);
}

/* ex_state_note - add key q to the set v of n keys (once); n + 1 past
 * EX_STATE_BOTH keys means too many to tell apart. */
static size_t
ex_state_note(int *v, size_t n, int q)
{
	for (size_t i = 0; i < n && i < EX_STATE_BOTH; i++)
		if (v[i] == q)
			return n;
	if (n < EX_STATE_BOTH)
		v[n] = q;
	return n <= EX_STATE_BOTH ? n + 1 : n;
}

/* ex_state_both - 1 if "Both" opens the sentence [ss,se) alone as its
 * subject, before a verb ("Both are in place", "Both have been carried
 * out"), or with the two parties ("Both sides delivered on time"): it speaks
 * of each of the acts the sentence before it told.  "Both measures", "Both
 * steps" are a set (ex_set_head, read with the sentence rules); "Both
 * agreements were finalised" names no act done. */
static int
ex_state_both(const char *t, size_t ss, size_t se)
{
	static const struct ex_word NEXT[] = {
	    EX_W("sides"), EX_W("governments"), EX_W("countries"), EX_W("capitals"), EX_W("are"),
	    EX_W("were"), EX_W("is"), EX_W("was"), EX_W("have"), EX_W("has"), EX_W("had"),
	    EX_W("remain"), EX_W("remained"), EX_W("took"), EX_W("came"), EX_W("went")};
	size_t ws, wl = ex_word_after(t, ss, se, &ws), ns, nl;

	if (wl != 4 || memcmp(t + ws, "Both", 4) != 0 || !ex_state_lead(t, ss, ws))
		return 0;
	nl = ex_word_after(t, ws + wl, se, &ns);
	return nl > 0 && ex_word_in(NEXT, EX_NWORDS(NEXT), t + ns, nl);
}

/* ex_state_right_after - 1 if the sentence at ss follows the text that ends
 * at end with nothing but spaces between: the sentence before it. */
static int
ex_state_right_after(const char *t, size_t end, size_t ss)
{
	if (end > ss)
		return 0;
	while (end < ss && (t[end] == ' ' || t[end] == '\t' || t[end] == '\n'))
		end++;
	return end == ss;
}

/* ex_state_scan - what the sentence [ss,se) names, and the state cue that
 * speaks in it: the last one ("began in March but have slowed since" is
 * stalled; "already" alone says nothing).  A sentence that hedges
 * ("could slow"), sets a condition, tells history, or pledges or proposes
 * itself ("are expected to begin", "will start") is skipped. */
static void
ex_state_scan(const struct ex_ctx *ctx, size_t ss, size_t se, struct ex_state_sent *s)
{
	static const struct ex_word MODAL[] = {
	    EX_W("will"), EX_W("would"), EX_W("'ll"), EX_W("shall"), EX_W("is to"), EX_W("are to"),
	    EX_W("set to"), EX_W("plans to"), EX_W("planned"), EX_W("aims to"), EX_W("aim to"),
	    EX_W("intends to"), EX_W("expected to"), EX_W("is due to"), EX_W("are due to"),
	    EX_W("going to")};
	static const struct ex_word STANDING[] = {
	    EX_W("in force"), EX_W("in effect"), EX_W("now in effect"), EX_W("keeps in place"),
	    EX_W("kept in place"), EX_W("keeping in place"), EX_W("remains in place"), EX_W("remain in place"),
	    EX_W("remained in place"), EX_W("still in place")};
	const char *t = ctx->text;
	size_t neg_end = EX_NOPOS, cpos, modal[EX_STATE_SEEN], nmodal = 0;
	int actor = -1;

	memset(s, 0, sizeof(*s));
	s->cue = -1;
	s->goods_lead = -1;
	/* "Traders said the market had long priced in the shortfall": a
	 * market's expectation, no state of a key. */
	s->skip = ex_lex_in(ctx, EX_LEX_FIRST, ss, se) && ex_priced_in(t, ss, se) != EX_NOPOS;
	for (size_t i = ex_first(ctx, ss); i < ctx->m.n && ctx->m.v[i].start < se && !s->skip; i++) {
		const struct ex_mention *m = &ctx->m.v[i];
		size_t n = m->end - m->start;

		switch (m->kind) {
		case RULE_HEDGE:
			/* "by May 1" names a month, not a doubt. */
			if (n == 3 && t[m->start] == 'M' && m->start > ss)
				break;
			s->skip = 1;
			break;
		case RULE_CONDITIONAL:
		case RULE_HISTORY:
		case RULE_STATISTIC:
			s->skip = 1;
			break;
		case RULE_NEGATION:
			neg_end = m->end;
			break;
		case RULE_ACTOR:
			s->skip = !ex_state_add(s->actors, &s->nactors, m->value);
			if (actor < 0) {
				actor = m->value;
				s->subject_lead = ex_state_lead(t, ss, m->start);
			}
			break;
		case RULE_OBJECT:
			s->skip = ex_state_market(ctx, m, se) || !ex_state_add(s->objects, &s->nobjects, m->value);
			if (s->goods_lead < 0 && (ex_state_lead(t, ss, m->start) || ex_state_reported(t, ss, m->start)))
				s->goods_lead = m->value;
			break;
		case RULE_MEASURE: {
			static const struct ex_word DET[] = {
			    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that"),
			    EX_W("these"), EX_W("those")};
			size_t ws, wl = ex_word_before(t, m->start, ss, &ws);

			if (s->nmeasures < EX_STATE_SEEN) {
				s->the_measure[s->nmeasures] = wl > 0 && ex_word_in(DET, EX_NWORDS(DET), t + ws, wl);
				s->mlead[s->nmeasures] = ex_state_lead(t, ss, m->start) ? -1 :
				    actor < 0 && ex_state_reported(t, ss, m->start) ? -2 : actor + 1;
				s->measures[s->nmeasures++] = m->value;
			}
			break;
		}
		case RULE_TRIGGER: {
			static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had")};
			size_t ws, wl = ex_word_before(t, m->start, ss, &ws);

			if (s->ntriggers == EX_STATE_SEEN) {
				s->skip = 1;
				break;
			}
			s->tlead[s->ntriggers] = ex_state_lead(t, ss, m->start) ? -1 :
			    actor < 0 && (ex_state_reported(t, ss, m->start) || ex_state_agent_verb(ctx, ss, m->start)) ? -2 :
			    actor + 1;
			s->triggers[s->ntriggers++] = m->value;
			/* "have shipped about 900,000 tonnes": an amount done. */
			s->perfect |= m->past && wl > 0 && ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl) &&
			    ex_state_digit(t, m->end, se);
			break;
		}
		case RULE_CUE:
			if (rules_list_has(&ctx->r->pending_cues, t + m->start, n)) {
				s->skip = 1;
				break;
			}
			if (m->value == STATUS_PROPOSED ||
			    (m->value == STATUS_PLEDGED && ex_word_in(MODAL, EX_NWORDS(MODAL), t + m->start, n))) {
				if (nmodal == EX_STATE_SEEN)
					s->skip = 1;
				else
					modal[nmodal++] = m->start;
				break;
			}
			/* "agreed to buy $200 billion of U.S. goods, a target it fell
			 * well short of": a pledge of the sentence's own, whose state
			 * it tells (ex_own_goods_pledge). */
			if (m->value == STATUS_PLEDGED) {
				s->pledge_noun = 1;
				s->skip = ex_own_goods_pledge(ctx, m->start, m->end + 8 < se ? m->end + 8 : se);
				break;
			}
			/* "already" alone says too little ("since it already buys
			 * cargoes on the spot market"); a cue after "for" is a
			 * prospect ("clearing the way for the first shipments"), so is
			 * one told as planned ("the first cargoes are scheduled for
			 * March", ex_planned_cue). */
			if ((n == 7 && ex_ncasecmp(t + m->start, "already", 7) == 0) || ex_state_for(t, ss, m->start) ||
			    ex_planned_cue(t, m, ss, se))
				break;
			/* "a process that had delayed deliveries", "China, which
			 * processes about 90% of the world's supply": a relative
			 * clause tells of its noun. */
			if (ex_state_relative(t, ss, m->start) || ex_began_imposing(t, m, se))
				break;
			/* "orders cancelled in the autumn were being rebooked": a
			 * participle that names its noun (ex_blanket_participle). */
			if ((m->value == STATUS_STALLED || m->value == STATUS_BROKEN) && ex_blanket_participle(t, ss, m, se))
				break;
			/* "..., though the ministry insists talks are continuing",
			 * "after talks between Bern and Washington broke down": the
			 * talks' state, not the pledge's (ex_talk_attribute, as in a
			 * statement's own sentence). */
			if (ex_talk_attribute(ctx, m))
				break;
			/* "reversed course" and then "reversed" at the same place:
			 * the longer cue, sorted first, speaks. */
			if (s->cue >= 0 && ctx->m.v[s->cue].start == m->start)
				break;
			s->progress |= m->value == STATUS_IN_PROGRESS;
			s->cue = (int)i;
			s->negated = neg_end != EX_NOPOS && neg_end <= m->start && m->start - neg_end < EX_NEG_REACH;
			neg_end = EX_NOPOS;
			break;
		default:
			break;
		}
	}
	cpos = s->cue >= 0 ? ctx->m.v[s->cue].start : se;
	/* "are expected to begin", "the first shipments ... would leave in
	 * January": a step to come; a modal in another clause is not the
	 * state's ("has stalled ..., and officials say they will not move"). */
	for (size_t i = 0; i < nmodal; i++)
		s->skip |= !(modal[i] < cpos ? ex_state_apart(ctx, modal[i], cpos) : ex_state_apart(ctx, cpos, modal[i]));
	/* "Purchases in the first quarter amounted to $610 million": a tally. */
	if (!s->skip && s->cue < 0 && !s->perfect && (s->ntriggers > 0 || s->nobjects > 0))
		s->perfect = ex_tally(t, ss, se);
	if (s->skip || (s->cue < 0 && !s->perfect))
		return;
	s->subject = actor;
	if (s->cue < 0) {
		s->status = STATUS_IN_PROGRESS;
		s->negated = neg_end != EX_NOPOS;
	} else {
		const struct ex_mention *c = &ctx->m.v[s->cue];

		s->status = c->value;
		s->standing = ex_word_in(STANDING, EX_NWORDS(STANDING), t + c->start, c->end - c->start);
		s->own = rules_list_has(&ctx->r->own_cues, t + c->start, c->end - c->start);
	}
	s->pronoun = ex_state_pronoun(t, ss, se);
	s->told = ex_state_words(ctx, ss, se, cpos);
	s->skip = s->told < 0 || ex_question(t, ss, se);
}

/* ex_state_pairs - how measure kind (or trigger class, trigger set) goes with
 * action in the rules' actions: 0 never, 1 with some verb, 2 only with verbs that
 * take the measure away ("lower", "exempt", "pause", "suspend", "address": a ban
 * lifted, a tariff cut). */
static int
ex_state_pairs(const struct rules *r, int action, int value, int trigger)
{
	int any = 0, away = 1;

	for (size_t i = 0; i < r->nactions; i++) {
		const struct rule_action *a = &r->actions[i];
		const char *v;

		if (a->action != action || (trigger ? a->trigger : a->measure) != value)
			continue;
		any = 1;
		v = a->trigger >= 0 ? r->triggers[a->trigger] : "";
		away &= strcmp(v, "lower") == 0 || strcmp(v, "exempt") == 0 || strcmp(v, "pause") == 0 ||
		    strcmp(v, "suspend") == 0 || strcmp(v, "address") == 0;
	}
	return any ? 1 + (away && !trigger) : 0;
}

/* ex_state_about - whether the sentence s is about key x: -1 not (another party
 * or other goods named), 0 no sign, 1 about it (its goods, its act's noun or
 * verb, or "the full amount"), 2 about the measure its act takes away ("the
 * ban is still in force" after a pledge to lift the ban). */
static int
ex_state_about(const struct ex_ctx *ctx, const struct ex_stmt *x, const struct ex_state_sent *s)
{
	const struct rules *r = ctx->r;
	int about = s->told, away = 0, bare = 1;

	for (size_t i = 0; i < s->nactors; i++) {
		if (s->actors[i] != x->actor && s->actors[i] != x->counterparty)
			return -1;
		/* A reported clause's subject speaks of the key only where no
		 * other side is named ("exporters said orders from U.S.
		 * retailers had started coming back" may be anyone's). */
		bare &= s->actors[i] == x->actor;
	}
	for (size_t i = 0; i < s->nobjects; i++) {
		int o = s->objects[i];

		if (o != x->object && !rules_object_covers(r, x->object, o) && !rules_object_covers(r, o, x->object))
			return -1;
		about = 1;
	}
	/* The act's noun or verb speaks of the key as the sentence's subject
	 * ("Shipments have slowed", "Only two cargoes have been loaded"),
	 * after the key's actor ("Beijing has so far booked") or told with
	 * "the" as one named before ("Six months later, the ban is still in
	 * force"); deeper in the
	 * sentence it may be anyone's ("exporters said orders from U.S.
	 * retailers had started coming back"). */
	for (size_t i = 0; i < s->nmeasures; i++) {
		int p = (s->mlead[i] == -1 || (s->mlead[i] == -2 && bare) || s->mlead[i] == x->actor + 1 ||
		    s->the_measure[i]) ?
		    ex_state_pairs(r, x->action, s->measures[i], 0) : 0;

		about |= p > 0;
		away |= p == 2 && s->the_measure[i];
	}
	for (size_t i = 0; i < s->ntriggers; i++)
		about |= (s->tlead[i] == -1 || (s->tlead[i] == -2 && bare) || s->tlead[i] == x->actor + 1) &&
		    ex_state_pairs(r, x->action, s->triggers[i], 1) > 0;
	/* "Beijing has been dragging its feet", "It has since reneged": a cue
	 * that tells of a pledge by itself, said of the key's actor opening the
	 * sentence (or a pronoun, "It" or "They"), names it. */
	about |= s->own && ((s->subject == x->actor && s->subject_lead) || s->pronoun);
	return about && away && s->ntriggers == 0 ? 2 : about;
}

/* ex_state_status - the state sentence s gives key x, told about it as about
 * (ex_state_about), or -1.  Progress and a done cue together are progress for
 * an act that adds up ("the first cargoes were delivered").  A measure to be
 * taken away that stands ("in force", "in effect") is stalled, one said no
 * longer to stand is done; any other negated state ("has not begun") is
 * pending, no state. */
static int
ex_state_status(const struct ex_stmt *x, const struct ex_state_sent *s, int about)
{
	int accrues = ex_action_is(RULES_ACTIONS[x->action], "purchase") ||
	    ex_action_is(RULES_ACTIONS[x->action], "investment");
	int st = s->status;

	if (s->cue < 0 && !accrues)
		return -1;
	if (s->standing && about == 2)
		return s->negated ? STATUS_FULFILLED : STATUS_STALLED;
	if (about == 2)
		return -1;
	if (st == STATUS_FULFILLED && accrues && s->progress)
		st = STATUS_IN_PROGRESS;
	/* "has not begun" is pending: pledged until a deadline passes. */
	return s->negated ? -1 : st;
}

/* A statement's place in the text, for ex_state_apply's order. */
struct ex_state_ord {
	size_t start, i;
};

/* ex_state_ord_cmp - qsort order of ex_state_ord: by sentence, then as stated. */
static int
ex_state_ord_cmp(const void *a, const void *b)
{
	const struct ex_state_ord *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* ex_state_link - give key q the state of sentence [ss,se) told about it as
 * about (ex_state_about), if the key may take it: only pledged so far, or under
 * way and the sentence a stall or a breach that names its goods and the pledge. */
static void
ex_state_link(const struct ex_ctx *ctx, struct ex_state_key *key, const struct ex_state_sent *s, int about,
    size_t ss, size_t se)
{
	int st;

	if (!key->live || !key->started || !key->last_live)
		return;
	st = ex_state_status(&ctx->st.v[key->first], s, about);
	/* "China has bought 410,000 tonnes of U.S. wheat ... China's wheat
	 * commitment has stalled": a purchase under way may be stalled or broken
	 * later, when the sentence names its goods and the pledge ("fell well
	 * short of its target" may be another act's). */
	if (st >= 0 && (key->pledged ||
	    ((st == STATUS_STALLED || st == STATUS_BROKEN) && s->nobjects > 0 && s->pledge_noun))) {
		key->status = st;
		key->pos = s->cue >= 0 ? ctx->m.v[s->cue].start : ss;
		key->ss = ss;
		key->se = se;
	}
}

/* ex_state_one_pledge - 1 if keys a and b were first told in one sentence as
 * one party's pledge of one act to one other ("Korea also committed to buy $100
 * billion of U.S. liquefied natural gas and other energy products": lng and
 * energy): a later sentence about both ("Purchases are on track") tells of that
 * one pledge, so of both its keys. */
static int
ex_state_one_pledge(const struct ex_ctx *ctx, const struct ex_state_key *a, const struct ex_state_key *b)
{
	const struct ex_stmt *x = &ctx->st.v[a->first], *y = &ctx->st.v[b->first];

	return x->sent_start == y->sent_start && x->actor == y->actor && x->counterparty == y->counterparty &&
	    x->action == y->action;
}

/* ex_state_apply - the article-level state pass.  A pledge is often stated in
 * one sentence and how it stands told in another, in words that do not restate
 * it ("China agreed in May to buy 12 Mt of U.S. soybeans. ... Shipments have
 * slowed to a trickle since September, traders said").  Each sentence after a
 * key's first statement that makes no statement, has a state cue (in
 * progress, done, stalled, broken: rules.json) and is about exactly one key
 * told before it (ex_state_about: no other party, no other goods, and its goods,
 * its act's noun or verb) gives that key its state, if the key is only pledged
 * (or under way, for a stall or a breach told with its goods and a pledge
 * word) and its latest statement before the sentence is no history; the last
 * such sentence wins.  The state is added as a statement of the key (linked), so the
 * fold's rules and the pledge's deadline and amount hold.  Linear: one walk of
 * the sentences and mentions from the first pledge, at most EX_STATE_KEYS keys
 * per sentence. */
static int
ex_state_apply(struct ex_ctx *ctx)
{
	struct ex_state_key keys[EX_STATE_KEYS];
	size_t nkeys = 0, k = 0, start = EX_NOPOS, n = ctx->st.n, reach = 0;
	struct ex_state_ord *ord;
	int rc = 0, prev_only = -1, prev_set[EX_STATE_BOTH];
	size_t prev_n = 0;  /* keys of the last statement sentence, even across a paragraph break ("Both sides delivered" may open the next one); > EX_STATE_BOTH too many */

	if (n == 0)
		return 0;
	/* The statements in the order of the text (a reference back or a
	 * subsumed fold may have appended one out of it). */
	if ((ord = malloc(n * sizeof(*ord))) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		ord[i].start = ctx->st.v[i].sent_start;
		ord[i].i = i;
	}
	qsort(ord, n, sizeof(*ord), ex_state_ord_cmp);
	for (size_t o = 0; o < n; o++) {
		size_t i = ord[o].i, q;
		const struct ex_stmt *x = &ctx->st.v[i];

		for (q = 0; q < nkeys && !ex_same_key(&ctx->st.v[keys[q].first], x); q++)
			;
		if (q == nkeys) {
			if (nkeys == EX_STATE_KEYS)
				goto out;
			memset(&keys[q], 0, sizeof(keys[q]));
			keys[q].first = i;
			keys[q].first_end = x->sent_end;
			keys[q].pledged = 1;
			keys[q].started = 1;
			keys[q].broken = 1;
			keys[q].status = -1;
			nkeys++;
		}
		if (!ex_unended(x)) {
			keys[q].live = 1;
			keys[q].ref = i;
			keys[q].pledged &= x->status == STATUS_PLEDGED;
			keys[q].started &= x->status == STATUS_PLEDGED || x->status == STATUS_IN_PROGRESS;
			keys[q].broken &= x->status == STATUS_BROKEN;
		}
	}
	/* A crackdown is never done by one act: no state of it is linked. */
	for (size_t q = 0; q < nkeys; q++) {
		keys[q].pledged &= !ex_action_is(RULES_ACTIONS[ctx->st.v[keys[q].first].action], "enforcement");
		keys[q].started &= !ex_action_is(RULES_ACTIONS[ctx->st.v[keys[q].first].action], "enforcement");
		if (keys[q].live && keys[q].started && start == EX_NOPOS)
			start = ctx->st.v[keys[q].first].sent_start;
	}
	if (start == EX_NOPOS)
		goto out;
	for (size_t ss = start, se; ss < ctx->len; ss = se > ss ? se : ss + 1) {
		struct ex_state_sent s;
		int hit = -1, about = 0, own = -1, own_about = 0, only = prev_only, one = 1, lead = -1, named = -1;
		int abouts[EX_STATE_KEYS];

		se = ex_sentence_after(ctx, ss);
		for (; k < n && ord[k].start < ss; k++) {
			const struct ex_stmt *x = &ctx->st.v[ord[k].i];

			if (x->sent_end > reach)
				reach = x->sent_end;
			for (size_t q = 0; q < nkeys; q++)
				if (ex_same_key(&ctx->st.v[keys[q].first], x))
					keys[q].last_live = !ex_unended(x);
		}
		/* The one key the paragraph's last sentence with statements
		 * states (-1 none, -2 more), for the sentences after it. */
		if (ex_paragraph_before(ctx->text, 0, ss))
			only = prev_only = -1;
		if (k < n && ord[k].start < se) {
			prev_only = -1;
			prev_n = 0;
		}
		for (size_t o = k; o < n && ord[o].start < se; o++)
			for (size_t q = 0; q < nkeys; q++)
				if (ex_same_key(&ctx->st.v[keys[q].first], &ctx->st.v[ord[o].i])) {
					prev_only = prev_only == -1 || prev_only == (int)q ? (int)q : -2;
					prev_n = ex_state_note(prev_set, prev_n, (int)q);
				}
		if ((k < n && ord[k].start < se) || reach > ss)
			continue;
		ex_state_scan(ctx, ss, se, &s);
		if (s.skip || (s.cue < 0 && !s.perfect))
			continue;
		/* One key about it, or one of the sentence's first party
		 * ("The U.S. side of that promise has been partly met").  A key
		 * every statement of which is broken is over ("he is raising
		 * the tariff on cars back to 25 percent, ... Korea committed
		 * to invest $350 billion. // But the cash fund, the core of the
		 * pledge, is stuck"): it takes no state, so it makes no
		 * sentence about two keys. */
		for (size_t q = 0; q < nkeys; q++) {
			int a;

			abouts[q] = 0;
			if (keys[q].first_end > ss || (keys[q].live && keys[q].broken) ||
			    (a = ex_state_about(ctx, &ctx->st.v[keys[q].first], &s)) <= 0)
				continue;
			abouts[q] = a;
			one &= lead < 0 || ex_state_one_pledge(ctx, &keys[lead], &keys[q]);
			if (lead < 0)
				lead = (int)q;
			if (s.goods_lead == ctx->st.v[keys[q].first].object)
				named = named == -1 ? (int)q : -2;
			if (s.subject >= 0 && ctx->st.v[keys[q].first].actor == s.subject) {
				own = own == -1 ? (int)q : -2;
				own_about = a;
			}
			if (hit != -1) {
				hit = -2;
				continue;
			}
			hit = (int)q;
			about = a;
		}
		if (hit == -2 && own >= 0) {
			hit = own;
			about = own_about;
		}
		/* "India committed to buy $500 billion of US energy ... Officials
		 * said energy purchases were running ahead of target": of the keys
		 * the sentence is about (energy, and the crude and LNG it covers),
		 * the one of the goods its subject names ("progress in areas
		 * including agriculture" may be the talks'). */
		else if (hit == -2 && named >= 0) {
			hit = named;
			about = abouts[named];
		}
		/* "China promised to buy 25 Mt of U.S. soybeans a year. ...
		 * we rate this promise in progress": a sentence that names the
		 * promise ("that promise", "the pledge") and no goods, in the
		 * paragraph of a pledge whose sentence is the last to state a
		 * key and states only that one, tells of that pledge; so does
		 * one that opens with a demonstrative right after that sentence
		 * ("China decided to suspend the countermeasures from November
		 * 10.  This is already in force"). */
		if (hit < 0 && only >= 0 && (s.told > 0 || (ex_state_demonstrative(ctx->text, ss, se) &&
		    ex_state_right_after(ctx->text, reach, ss) && ex_state_timeless(ctx, &s))) && s.nobjects == 0 &&
		    keys[only].first_end <= ss && ex_state_about(ctx, &ctx->st.v[keys[only].first], &s) >= 0) {
			hit = only;
			about = 1;
		}
		/* "Access for American beef, and the removal of the tariff on
		 * ethanol.  Both are in place": "Both" right after a sentence
		 * that states two or more keys gives each pledged one its state. */
		if (hit < 0 && prev_n >= 2 && prev_n <= EX_STATE_BOTH && s.nobjects == 0 &&
		    ex_state_both(ctx->text, ss, se) && ex_state_right_after(ctx->text, reach, ss) &&
		    ex_state_timeless(ctx, &s))
			for (size_t b = 0; b < prev_n; b++) {
				struct ex_state_key *kb = &keys[prev_set[b]];

				if (kb->first_end <= ss && kb->pledged && ex_state_about(ctx, &ctx->st.v[kb->first], &s) >= 0)
					ex_state_link(ctx, kb, &s, 1, ss, se);
			}
		if (hit >= 0)
			ex_state_link(ctx, &keys[hit], &s, about, ss, se);
		/* Two keys or more about it, none the sentence's first party's,
		 * all of one pledge ("Korea also committed to buy $100 billion of
		 * U.S. liquefied natural gas and other energy products. ...
		 * Purchases are on track"): the state is that pledge's, so each
		 * key's. */
		else if (hit == -2 && own < 0 && one)
			for (size_t q = 0; q < nkeys; q++)
				if (abouts[q] > 0)
					ex_state_link(ctx, &keys[q], &s, abouts[q], ss, se);
	}
	for (size_t q = 0; q < nkeys; q++) {
		struct ex_stmt y;

		if (keys[q].status < 0)
			continue;
		y = ctx->st.v[keys[q].ref];
		y.status = (enum status)keys[q].status;
		y.rank = 1;
		y.pos = keys[q].pos;
		y.sent_start = keys[q].ss;
		y.sent_end = keys[q].se;
		y.deadline[0] = y.expires[0] = '\0';
		y.effective = y.dl_span = y.dl_report = 0;
		memset(&y.quantity, 0, sizeof(y.quantity));
		memset(&y.progress, 0, sizeof(y.progress));
		y.qty_done = y.orphan = y.later_step = y.carried = y.terms = y.reversed = 0;
		y.attr_start = -1;
		y.attr_len = 0;
		y.linked = 1;
		if (ex_stmt_push(&ctx->st, &y) == -1) {
			rc = -1;
			goto out;
		}
	}
out:
	free(ord);
	return rc;
}

/* ex_commentary - 1 if statement x is an onlooker's word on the act named as
 * a noun: a commentator noun (analysts, economists, critics, exporters, an
 * association; "Exporters'" with its possessive mark) before an article that
 * opens the act's noun ("the tariff cut", "a full removal of the surcharge",
 * "an order of 40 jets"), and either a verb of reaction right before the
 * article ("Exporters' bodies welcomed the tariff cut", "said they expected
 * the remaining tariff cuts to be delivered") or a modal after the noun in its
 * clause ("Analysts estimate that a full removal of the surcharge would lift
 * exports", "an economist said that the elimination of tariffs will ...").
 * A reaction to the act or a guess of its effect tells nothing new of the
 * act's state: it may confirm a key the story tells, but yields to what the
 * story says of the act itself (ex_told_stmt).  A state verb of the noun
 * ("Industry groups say the buying has stalled since May", "exporters said
 * the zero duty took effect") is the act's own state and is not read here. */
static int
ex_commentary(const struct ex_ctx *ctx, const struct ex_stmt *x)
{
	static const struct ex_word REACT[] = {
	    EX_W("welcomed"), EX_W("welcome"), EX_W("welcomes"), EX_W("hailed"), EX_W("praised"),
	    EX_W("applauded"), EX_W("criticised"), EX_W("criticized"), EX_W("questioned"),
	    EX_W("expected"), EX_W("expect"), EX_W("expects")};
	/* Not "may": the month ("has stalled since May"). */
	static const struct ex_word EFFECT[] = {
	    EX_W("would"), EX_W("will"), EX_W("could"), EX_W("might")};
	const char *t = ctx->text;
	size_t pos = x->pos, ws, wl, art = EX_NOPOS;

	if (ctx->r->commentators.n == 0 || !ex_lex_in(ctx, EX_LEX_COMMENTATOR, x->sent_start, x->pos))
		return 0;
	/* The act named as a noun: an article among the four words before the
	 * anchor ("the lower rate", "the tariff cut", "an order of 40 jets"). */
	/* A hyphen joins two words of one modifier ("a 40-jet order"). */
	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, x->sent_start, &ws)) > 0; w++,
	    pos = ws > x->sent_start && t[ws - 1] == '-' ? ws - 1 : ws)
		if ((wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0) || (wl == 1 && ex_lower((unsigned char)t[ws]) == 'a') ||
		    (wl == 2 && ex_ncasecmp(t + ws, "an", 2) == 0)) {
			art = ws;
			break;
		}
	/* Or a gerund that opens its clause: "said removing the tariff would
	 * reward Beijing". */
	if (art == EX_NOPOS && (wl = ex_word_after(t, x->pos, x->sent_end, &ws)) > 3 && ws == x->pos &&
	    ex_ncasecmp(t + ws + wl - 3, "ing", 3) == 0 && (wl = ex_word_before(t, x->pos, x->sent_start, &ws)) > 0 &&
	    ((wl == 4 && ex_ncasecmp(t + ws, "said", 4) == 0) || (wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0)))
		art = x->pos;
	if (art == EX_NOPOS)
		return 0;
	/* A reaction to it ("welcomed the tariff cut", "expected the remaining
	 * cuts to be delivered"), or its effect in a modal ("the lower tariff
	 * would lift growth"), not a state verb of its own ("the buying has
	 * stalled", "the lower rate took effect"). */
	if ((wl = ex_word_before(t, art, x->sent_start, &ws)) == 0 || !ex_word_in(REACT, EX_NWORDS(REACT), t + ws, wl)) {
		int effect = 0;

		pos = x->pos;
		for (int w = 0; w < 8 && !effect && (wl = ex_word_after(t, pos, x->sent_end, &ws)) > 0; w++) {
			if (memchr(t + pos, ',', ws - pos) != NULL || memchr(t + pos, '.', ws - pos) != NULL ||
			    memchr(t + pos, ';', ws - pos) != NULL)
				break;
			effect = ex_word_in(EFFECT, EX_NWORDS(EFFECT), t + ws, wl);
			pos = ws + wl;
		}
		if (!effect)
			return 0;
	}
	for (size_t k = x->sent_start, as, al; k < art; k = as + (al > 0 ? al : 1)) {
		if ((al = ex_word_after(t, k, art, &as)) == 0)
			continue;
		if (al > 1 && t[as + al - 1] == '\'')
			al--;
		if (rules_list_has(&ctx->r->commentators, t + as, al))
			return 1;
	}
	return 0;
}

/* ex_emit - fold the statements into one commitment per key. */
/* ex_told_stmt - 1 if statement k is a live pledge dated by its saying
 * (ex_told_pledge_in) or an onlooker's word on the act (ex_commentary), read
 * once into told[k] (0 unread, 1 no, 2 yes) and only for keys told more than
 * once. */
static int
ex_told_stmt(const struct ex_ctx *ctx, char *told, size_t k)
{
	const struct ex_stmt *x = &ctx->st.v[k];

	if (told[k] == 0)
		told[k] = 1 + ((x->status == STATUS_PLEDGED && x->orphan == 0 && x->rank >= 0 &&
		    ex_told_pledge_in(ctx, x->sent_start, x->sent_end)) || ex_commentary(ctx, x));
	return told[k] == 2;
}
int
ex_emit(struct ex_ctx *ctx, struct extraction *out)
{
	const struct rules *r = ctx->r;
	char *used, *told;
	struct ex_live live;
	int disowned[8];
	size_t ndisowned;

	ex_live_scan(ctx, &live);
	ex_owner_apply(ctx);
	ex_carried_apply(ctx);
	ex_definite_apply(ctx);
	ex_effect_apply(ctx);
	ex_facility_apply(ctx);
	ex_works_apply(ctx);
	ex_blanket_apply(ctx);
	ex_subtype_apply(ctx);
	if (ex_state_apply(ctx) == -1 || (used = calloc(2 * (ctx->st.n + 1), 1)) == NULL)
		return -1;
	/* told[i] (ex_told_stmt): statement i is a live pledge dated by its saying
	 * (ex_told_pledge_in): "Trump said in December 2025 that Washington would
	 * allow the H200 ...".  Older than any other statement of its key, told
	 * before or after it ("... revoked the licences.  Trump said in December
	 * 2025 that ..."), it yields to that one, and stands only alone.  So does
	 * an onlooker's reaction to the act or guess of its effect
	 * (ex_commentary: "Analysts said they expected the remaining tariff cuts
	 * to be delivered on time"). */
	told = used + ctx->st.n + 1;
	ndisowned = ex_disowned_scan(ctx, disowned, 8);
	/* History nothing ended ("In 2019 Beijing promised to buy ..."), a lag
	 * measured on a category pledge's goods, a headline or a part the body
	 * tells in full, and access that is a tariff cut's effect say nothing. */
	for (size_t i = 0; i < ctx->st.n; i++)
		used[i] = !ctx->st.v[i].linked && (ex_unended(&ctx->st.v[i]) || ex_lag_member(ctx, &ctx->st.v[i]) ||
		    (ex_headline(ctx, &ctx->st.v[i]) && ex_headline_told(ctx, &ctx->st.v[i])) ||
		    ex_subtype_told(ctx, &ctx->st.v[i]) || ex_access_effect(ctx, &ctx->st.v[i]) ||
		    ex_flow_only(ctx, &ctx->st.v[i]) ||
		    ex_weak_reverse(ctx, &ctx->st.v[i]) || ex_disowned(ctx, &ctx->st.v[i], disowned, ndisowned));
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *best = &ctx->st.v[i], *dl = NULL, *qt = NULL, *ex = NULL;
		const struct ex_stmt *pq = NULL, *count = NULL, *qn = NULL, *da = NULL, *ad = NULL, *fd = NULL;
		const struct ex_stmt *cued = NULL;  /* the first pledge told with a cue of its own */
		const struct ex_stmt *qv = NULL;    /* the nearest amount that is no duty-free quota's zero */
		struct commitment *c;
		int orphan = 1;

		if (used[i])
			continue;
		for (size_t j = i; j < ctx->st.n; j++) {
			const struct ex_stmt *x = &ctx->st.v[j];

			if ((!ex_same_key(x, best) && j != i) || used[j])
				continue;
			used[j] = 1;
			orphan &= x->orphan == EX_ORPHAN;
			if (j != i && ex_told_stmt(ctx, told, j) && !ex_told_stmt(ctx, told, (size_t)(best - ctx->st.v)))
				continue;
			if (j != i && !ex_told_stmt(ctx, told, j) && ex_told_stmt(ctx, told, (size_t)(best - ctx->st.v))) {
				best = x;
				continue;
			}
			/* One sentence that names the pledge and its progress ("has bought 8 Mt
			 * of the 12 Mt it committed to buy") asserts the progress. */
			/* "The first consignments arrived ... Under the deal agreed in May,
			 * Britain opened a quota": a later pledge restates what is under way. */
			/* "The pledge is running behind schedule ... Profits are split
			 * evenly until Japan recovers its investment": a lag told in the
			 * present is not undone by the terms restated; a lag told in the
			 * past ("approvals were stuck") may be, by a new pledge. */
			if (x->rank == best->rank && x->sent_start != best->sent_start &&
			    x->status == STATUS_PLEDGED && (best->status == STATUS_IN_PROGRESS ||
			    (best->status == STATUS_STALLED && ex_present_tense_of(ctx->text,
			    best->sent_start, best->sent_end, 1))))
				continue;
			/* "... took effect on June 1.  China announced last year that it
			 * would grant zero-tariff treatment": a pledge told as made
			 * before is background to the act done. */
			if (x->rank == best->rank && x->sent_start != best->sent_start &&
			    x->status == STATUS_PLEDGED && best->status == STATUS_FULFILLED &&
			    ex_told_before(ctx->text, x->sent_start, x->sent_end))
				continue;
			/* "Peru scrapped its duty on U.S. wheat on Monday. ... Peru
			 * agreed in March to scrap the duty": the pledge told after
			 * the act done, as made in the past, is its background; a
			 * pledge of another amount ("cut it to 10% ... agreed to
			 * remove it") is a further step.  So is a pledge told in
			 * reported speech of an earlier time ("Washington said in
			 * December that it would allow the sales"), unless also told
			 * of the news days ("said on Tuesday it would cut further"). */
			if (x->rank == best->rank && x->sent_start != best->sent_start &&
			    x->status == STATUS_PLEDGED && best->status == STATUS_FULFILLED &&
			    x->pos > best->pos && (ex_pledge_told(ctx->text, x->sent_start, x->pos) ||
			    (ex_reported_pledge(ctx->text, x->sent_start, x->pos) &&
			    !ex_news_day(ctx->text, x->sent_start, x->sent_end))) &&
			    (!x->quantity.present || !best->quantity.present ||
			    (x->quantity.amount == best->quantity.amount &&
			    strcmp(x->quantity.unit, best->quantity.unit) == 0)))
				continue;
			/* "The suspension of the port fees expired last week ... The
			 * US agreed to suspend the fees for a year": a pledge told in
			 * the past after the commitment ended is the background of that
			 * end, unless it is made anew ("agreed again", "a new pledge"). */
			if (x->rank == best->rank && x->sent_start != best->sent_start &&
			    x->status == STATUS_PLEDGED && best->status == STATUS_BROKEN &&
			    x->pos > best->pos && ex_pledge_told(ctx->text, x->sent_start, x->pos) &&
			    !ex_pledge_anew(ctx->text, x->sent_start, x->sent_end))
				continue;
			/* "China restored access for the plants in March ... Exporters
			 * now want access for chilled beef from more plants",
			 * "Washington suspended the fees ... Shipbuilders have urged the
			 * administration to let the fees return": a wish or an offer told
			 * after the act was done asks for more of it, or for its undoing;
			 * the act done stands.  So does an act under way ("China has
			 * begun issuing the licences ... Seoul has urged Beijing to
			 * extend them to smaller firms"): the wish asks for more of
			 * what is moving.  Not for tariffs on goods with no object
			 * of their own ("tariffs"): "India cut its duty on almonds ...
			 * Washington is pushing India to lower tariffs on medical
			 * devices" asks for another cut under the same object. */
			if (x->rank == best->rank && x->sent_start != best->sent_start &&
			    x->status == STATUS_PROPOSED && (best->status == STATUS_FULFILLED ||
			    best->status == STATUS_IN_PROGRESS) && x->pos > best->pos &&
			    best->object != rules_object_find(r, "tariffs"))
				continue;
			/* "India has eliminated duties on U.S. almonds ... The cuts remove
			 * duties as high as 100%", "The tariff cut is real": a mention
			 * with no cue of its own, pledged only by default, says nothing
			 * new of an act told done or under way. */
			/* Not when a pledge with a cue of its own was told before the
			 * act ("will eliminate its tariffs on US cars ... The import ban
			 * was lifted in January"): the story's news is the pledge, and
			 * the act may be another step. */
			if (x->bare && x->sent_start != best->sent_start &&
			    (best->status == STATUS_IN_PROGRESS || best->status == STATUS_FULFILLED) &&
			    (cued == NULL || cued->pos > best->pos))
				continue;
			if (x->status == STATUS_PLEDGED && !x->bare && x->rank > 0 && cued == NULL)
				cued = x;
			/* "failed to meet the pledge ... Purchases slowed sharply in
			 * February": of two outcomes told of the same time, the failure
			 * is the stronger, and a later lag does not undo it. */
			if (x->rank == best->rank && x->status == STATUS_STALLED && best->status == STATUS_BROKEN)
				continue;
			/* "wheat shipments remain far behind the pace ... China has bought
			 * 410,000 tonnes of U.S. wheat", "failed to meet its commitment
			 * ... purchased about 17 million tons": lots bought, told after
			 * the lag or the failure, measure it (ex_lot_step); not a lag
			 * the whole deal's outcome gave this statement ("parts of the
			 * farm package are stalled. Soybean purchases, by contrast, have
			 * continued"). */
			if (x->rank == best->rank && x->lot && x->status == STATUS_IN_PROGRESS &&
			    x->sent_start != best->sent_start && !best->blanket &&
			    (best->status == STATUS_STALLED || best->status == STATUS_BROKEN))
				continue;
			/* "China on Tuesday halted purchases of US sorghum ... China
			 * resumed purchases in January": a start told after a stop
			 * of the news days, in the past perfect or in a month or an
			 * earlier season, is older than the stop. */
			if (x->rank == best->rank && x->sent_start != best->sent_start && x->pos > best->pos &&
			    (best->status == STATUS_STALLED || best->status == STATUS_BROKEN) &&
			    (x->status == STATUS_IN_PROGRESS || x->status == STATUS_FULFILLED) &&
			    ex_news_day(ctx->text, best->sent_start, best->sent_end) &&
			    ex_present_tense(ctx->text, best->sent_start, best->sent_end) &&
			    (!ex_present_tense(ctx->text, x->sent_start, x->sent_end) ||
			    ex_told_before(ctx->text, x->sent_start, x->sent_end)) &&
			    !ex_news_day(ctx->text, x->sent_start, x->sent_end))
				continue;
			/* "has let the registrations lapse again ... restored the
			 * registrations in January": the restoration told after the
			 * reversal is older than it. */
			if (best->reversed && x->rank <= best->rank && x->sent_start != best->sent_start)
				continue;
			/* "has suspended imports of Japanese seafood again ... Beijing
			 * lifted its ban in June": the halt told first undoes the
			 * opening told after it (ex_reversal_ahead). */
			if (x->reversed == 2 && best->status == STATUS_FULFILLED && x->rank >= best->rank) {
				best = x;
				continue;
			}
			/* "fell from 150% to 75% as the agreement took effect ... is
			 * scheduled to drop further, to 40%": the step in force stands. */
			if (x->later_step && !best->later_step && best->status == STATUS_FULFILLED &&
			    x->status == STATUS_PLEDGED)
				continue;
			/* "The Philippines failed to meet its commitment ... Under the
			 * memorandum, the Philippines committed to buy 1.5 Mt a year": the
			 * terms restated say nothing of now; how the deal went stands,
			 * even told against a past year. */
			/* "Washington halved the fentanyl tariff in November ... Under the
			 * deal reached in Busan, the United States would halve the
			 * fentanyl tariff": terms recited with a modal (terms 2) yield
			 * to a statement about now, not to background. */
			if (x->terms && best->rank >= x->terms - 1 && best->status != STATUS_PLEDGED &&
			    best->status != STATUS_PROPOSED)
				continue;
			if (best->terms && x->rank >= best->terms - 1 && x->status != STATUS_PLEDGED &&
			    x->status != STATUS_PROPOSED) {
				best = x;
				continue;
			}
			if (x->rank > best->rank || (x->rank == best->rank && (x->sent_start == best->sent_start ?
			    x->status >= best->status : ex_later(&live, x, best))))
				best = x;
		}
		/* A past year's halt with no pledge of its key anywhere: no commitment. */
		if (orphan)
			continue;
		for (size_t j = 0; j < ctx->st.n; j++) {
			const struct ex_stmt *x = &ctx->st.v[j];

			/* An old pledge in an opening ("A year after Japan pledged to invest
			 * $550 billion") still lends the committed amount. */
			if (!ex_same_key(x, best))
				continue;
			/* "Under the agreement signed in 2025, Japan committed to invest
			 * $550 billion by January 19, 2029": terms told as history whose
			 * date is still ahead lend that date and their amount. */
			if (ex_unended(x) && x->orphan != EX_FRAMING && (x->orphan != EX_BACKGROUND ||
			    x->deadline[0] == '\0' || ctx->published == NULL || strlen(ctx->published) < 10 ||
			    strncmp(x->deadline, ctx->published, 10) <= 0))
				continue;
			if (x->deadline[0] && (dl == NULL || x == best || (dl != best && ex_dist(x, best) <
			    ex_dist(dl, best))))
				dl = x;
			if (x->deadline[0] && !x->dl_span && (da == NULL || ex_dist(x, best) < ex_dist(da, best)))
				da = x;
			if (x->act_day[0] && (ad == NULL || ex_dist(x, best) < ex_dist(ad, best)))
				ad = x;
			if (x->force_day[0] && (fd == NULL || ex_dist(x, best) < ex_dist(fd, best)))
				fd = x;
			if (x->expires[0] && (ex == NULL || x == best || (ex != best && ex_dist(x, best) <
			    ex_dist(ex, best))))
				ex = x;
			if (x->quantity.present && (qt == NULL || x == best || (qt != best &&
			    ex_dist(x, best) < ex_dist(qt, best))))
				qt = x;
			if (x->quantity.present && !x->qty_done && (qn == NULL || ex_dist(x, best) < ex_dist(qn, best)))
				qn = x;
			if (x->quantity.present && !x->qty_free && (qv == NULL || ex_dist(x, best) < ex_dist(qv, best)))
				qv = x;
			if (x->quantity.present && x->status == STATUS_PLEDGED && x->rank >= 0)
				pq = x;
			if (x->quantity.present && strcmp(x->quantity.unit, "units") == 0 &&
			    (count == NULL || ex_dist(x, best) < ex_dist(count, best)))
				count = x;
		}
		if (out->n == out->cap) {
			size_t cap = out->cap ? out->cap * 2 : 8;
			struct commitment *nv = realloc(out->items, cap * sizeof(*nv));

			if (nv == NULL)
				goto fail;
			out->items = nv;
			out->cap = cap;
		}
		c = &out->items[out->n];
		memset(c, 0, sizeof(*c));
		ex_copy(c->actor, sizeof(c->actor), r->actors[best->actor]);
		if (best->counterparty >= 0)
			ex_copy(c->counterparty, sizeof(c->counterparty), r->actors[best->counterparty]);
		ex_copy(c->action, sizeof(c->action), RULES_ACTIONS[best->action]);
		ex_copy(c->object, sizeof(c->object), r->objects[best->object].name);
		ex_copy(c->hs, sizeof(c->hs), r->objects[best->object].hs);
		c->status = best->status;
		/* "promised to buy 12 Mt by the end of February ... will need to buy another
		 * 4.5 Mt in six weeks": a span is vaguer than the date the commitment was given. */
		if (dl != NULL && dl->dl_span && da != NULL)
			dl = da;
		if (dl != NULL)
			memcpy(c->deadline, dl->deadline, 11);
		else if (ad != NULL && best->status == STATUS_FULFILLED)
			memcpy(c->deadline, ad->act_day, 11);
		else if (fd != NULL)
			memcpy(c->deadline, fd->force_day, 11);
		if (ex != NULL)
			memcpy(c->expires, ex->expires, 11);
		/* Progress under way ("have begun buying, booking 1.2 Mt") is no commitment
		 * of its amount: the pledge's amount is ("agreed to buy 15 Mt"). */
		if (best->status == STATUS_IN_PROGRESS && pq != NULL)
			qt = pq;
		/* "agreed to buy 500 Boeing jets ... The order, worth about $60 billion":
		 * an aircraft order is counted in aircraft, its value only when no
		 * statement counts them. */
		if (qt != NULL && count != NULL && strcmp(r->objects[best->object].name, "aircraft") == 0 &&
		    strcmp(qt->quantity.unit, "units") != 0)
			qt = count;
		/* "Switzerland will open tariff-free quotas for US beef and poultry
		 * ... 500 tonnes of beef a year": the volume another statement tells
		 * beats the zero of the quota told without one. */
		if (qt != NULL && qt->qty_free && qv != NULL)
			qt = qv;
		c->progress = best->progress;
		/* "will buy at least 25 Mt of soybeans a year ... China imported 9.3 Mt
		 * of U.S. soybeans in the first ten months": less bought than pledged is
		 * the pledge under way, not kept; what was bought is its progress. */
		if (best->status == STATUS_FULFILLED && best->qty_done == 1 && qn != NULL && qn != best &&
		    (qn->status == STATUS_PLEDGED || qn->status == STATUS_IN_PROGRESS) && qn->rank >= 0 &&
		    strcmp(qn->quantity.unit, best->quantity.unit) == 0 &&
		    qn->quantity.amount > best->quantity.amount) {
			c->status = STATUS_IN_PROGRESS;
			if (!c->progress.present)
				c->progress = best->quantity;
			qt = qn;
		}
		/* "agreed to buy $750bn of US energy ... importers bought about $96bn": what
		 * was bought is the progress of what was committed, unless it is all done;
		 * "part of the $150 billion set aside for ships" is no whole either. */
		if (qt != NULL && qt->qty_done && qn != NULL && best->status != STATUS_FULFILLED) {
			if (!c->progress.present && qt == best && qt->qty_done == 1)
				c->progress = qt->quantity;
			qt = qn;
		}
		qt = ex_rate_left(ctx, qt);
		if (qt != NULL && strcmp(RULES_ACTIONS[best->action], "investment") == 0) {
			c->quantity = qt->quantity;
			ex_whole_amount(ctx, best->actor, best->counterparty, &c->quantity);
		} else if (qt != NULL)
			c->quantity = qt->quantity;
		else if (strcmp(RULES_ACTIONS[best->action], "investment") == 0)
			ex_pledged_money(ctx, best->actor, &c->quantity);
		else if (strcmp(RULES_ACTIONS[best->action], "tariff_pause") == 0)
			ex_pause_rate_next(ctx, best, &c->quantity);
		/* "extended the suspension of the 24 percent additional tariff ... The
		 * 10 percent rate stays": the rate kept beats the one suspended. */
		if (qt != NULL && qt->qty_suspended && strcmp(RULES_ACTIONS[best->action], "tariff_pause") == 0)
			ex_pause_rate_kept(ctx, qt, &c->quantity);
		if (strcmp(RULES_ACTIONS[best->action], "investment") != 0)
			ex_year_told(ctx, &c->quantity);
		if (qt != NULL && strcmp(RULES_ACTIONS[best->action], "purchase") == 0)
			ex_yearly_pledge(ctx, best, qt, &c->quantity, &c->progress);
		/* "AstraZeneca had paused UK investments", "Investment in alternatives
		 * continues", "hoping for US investment in chip packaging": an investment
		 * is money moved (the contract: "invests money in"); with no sum for it
		 * in the article, no money already put in, and no pledge, fund or stake
		 * named in its sentence (ex_named_investment), what is left is
		 * investment in general, nothing whose keeping can be told. */
		if (strcmp(RULES_ACTIONS[best->action], "investment") == 0 && !c->quantity.present &&
		    !c->progress.present && !ex_named_investment(ctx->text, best->sent_start, best->sent_end) &&
		    (best->carried || ex_names_firms(ctx->text, best->sent_start, best->sent_end) ||
		    !ex_names_actor(ctx, best)))
			continue;
		c->confidence = best->confidence;
		c->offset = best->sent_start;
		{
			size_t s = best->sent_start, e = best->sent_end;

			while (e > s && (ctx->text[e - 1] == ' ' || ctx->text[e - 1] == '\n'))
				e--;
			if ((c->evidence = strndup(ctx->text + s, e - s)) == NULL)
				goto fail;
		}
		if (best->attr_start >= 0 &&
		    (c->attribution = strndup(ctx->text + best->attr_start, (size_t)best->attr_len)) == NULL) {
			free(c->evidence);
			goto fail;
		}
		out->n++;
	}
	free(used);
	return 0;
fail:
	free(used);
	return -1;
}
/* ex_blanket_apply - a whole-deal outcome ("halted purchases of farm goods") gives its
 * status to every statement it covers, earlier or later in the article: the pledge
 * told as background ("when it agreed to buy") and progress before the end ("had
 * bought 14 Mt") alike.  A later outcome of its own (broken, or the same status)
 * stands, and so does later progress against a lag ("purchases are running well
 * short of the pace ... buyers have booked record volumes of soybeans"), and so
 * do a failure and a measure told done (not lots bought) against a lag,
 * wherever told. */
void
ex_blanket_apply(struct ex_ctx *ctx)
{
	for (size_t b = 0; b < ctx->nblank; b++) {
		const struct ex_blanket *k = &ctx->blank[b];
		size_t only = k->only;

		/* A pledge of goods in general told with its outcome covers only
		 * its own sentence when that sentence keys nothing itself ("agreed
		 * to buy $200 billion of U.S. goods, a target it fell well short
		 * of"); one that keys goods ("agreed to buy $120 billion of
		 * American energy ..., purchases have fallen far behind") covers
		 * the article as before. */
		for (size_t i = 0; only != EX_NOPOS && i < ctx->st.n; i++)
			if (ctx->st.v[i].sent_start == only && ctx->st.v[i].rank >= 0)
				only = EX_NOPOS;
		for (size_t i = 0; i < ctx->st.n; i++) {
			struct ex_stmt *x = &ctx->st.v[i];

			if (x->actor != k->actor || (k->action >= 0 && x->action != k->action) ||
			    (k->object >= 0 && !rules_object_covers(ctx->r, k->object, x->object)) ||
			    x->rank < 0 || (k->history && x->rank > 0 &&
			    !(k->old_lo != EX_NOPOS && x->sent_start >= k->old_lo && x->pos < k->pos)) ||
			    (only != EX_NOPOS && x->sent_start != only) ||
			    (k->own != EX_NOPOS && x->sent_start != k->own))
				continue;
			if (x->pos > k->pos && (x->status == STATUS_BROKEN || (int)x->status == k->status ||
			    (k->status == STATUS_STALLED && x->status == STATUS_IN_PROGRESS) ||
			    ex_own_outcome(ctx, x)))
				continue;
			/* "failed to meet its pledge to buy soybeans, falling well short
			 * of the target", "... Imports are still lagging": a lag of the
			 * deal does not soften a failure, the stronger outcome.  Nor does
			 * it undo an act told done, before or after it ("The Parliament
			 * has put its approval of the deal on hold ... The countermeasures
			 * remain suspended until February 7", "extended the suspension of
			 * its tariffs ... The commercial promises have fared worse"): the
			 * deal lags, that part of it stands.  Lots bought, invested or
			 * seized (ex_accrues) are progress, and the lag covers them. */
			if (k->status == STATUS_STALLED && (x->status == STATUS_BROKEN ||
			    (x->status == STATUS_FULFILLED && !ex_accrues(RULES_ACTIONS[x->action]))))
				continue;
			x->status = (enum status)k->status;
			x->blanket = 1;
			/* "Under the Phase One agreement of January 2020, China promised
			 * to buy ... It fell well short": the old pledge told just before
			 * its outcome is no longer unended background; the contract
			 * counts how an old pledge ended as a claim. */
			if (k->old_lo != EX_NOPOS && x->sent_start >= k->old_lo && x->pos < k->pos &&
			    x->orphan == EX_BACKGROUND)
				x->orphan = 0;
		}
	}
}
