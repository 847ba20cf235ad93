/*
 * extract.c - trade commitments from the text of a news article.
 *
 * Pure: a body and its publication date in, struct commitment entries out;
 * no I/O, no globals (docs/EXTRACTION.md explains the method in full).
 *
 *  1. One Aho-Corasick pass over the body finds every phrase of the rules:
 *     actors, objects, measure nouns, trigger verbs, status cues, hedges,
 *     negations, conditionals, attribution verbs, history markers, clause
 *     breaks.  Overlapping content phrases keep the longest.
 *  2. The body is split into sentences (abbreviations, initials and decimals
 *     do not end one) and each sentence into clauses at the break phrases.
 *  3. In a clause, each trigger verb opens a frame that runs to the next
 *     one; a measure noun with no verb ("general licences") may open one too.
 *     The (trigger class, measure kind) pair picks the action from the rules
 *     table; the frame's product objects, or else its measure object, give
 *     one statement per object.
 *  4. Actor: the nearest subject actor before the trigger, else carried over
 *     from the sentence or the sentence before (pronouns, metonyms).  An
 *     actor that modifies goods ("American soybeans", "US-bound") or follows
 *     "on", "to", "from" names the counterparty instead.
 *  5. Status: a stalled/broken cue after the trigger, else the nearest cue
 *     before it, else the tense of the trigger, else pledged.  Negated,
 *     conditional and interrogative statements are dropped; a statement
 *     anchored in an earlier year or marked as background is history, kept
 *     only when it says how the pledge ended.
 *  6. One entry per key: the statement about the latest time wins, the last
 *     one among equals; deadline and quantity come from it or from the
 *     nearest statement about the key that has one.
 */
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "acmatch.h"
#include "quantity.h"
#include "rules.h"
#include "sentence.h"
#include "when.h"

#define EX_MAX_WHEN 32
#define EX_MAX_QTY 32
#define EX_CUE_REACH 80     /* bytes a status cue may stand before its trigger */
#define EX_NEG_REACH 48     /* bytes a negation may stand before its trigger */
#define EX_NOPOS ((size_t)-1)

/* A speaker ("Trump said", "according to Xinhua") reports; it is the subject of a
 * commitment only when nothing else in its clause is ("China announced a suspension"). */
enum ex_role { ROLE_SUBJECT, ROLE_COUNTERPARTY, ROLE_LOCATION, ROLE_SPEAKER };

struct ex_mention {
	enum rule_kind kind;
	int value;
	size_t start, end;
	unsigned char past;
	unsigned char role;   /* actors: enum ex_role */
	unsigned char dual;   /* a trigger whose spelling is also a measure noun */
	int dual_measure;
};

struct ex_mentions {
	struct ex_mention *v;
	size_t n, cap;
	int oom;
};

struct ex_span {
	size_t start, end;
};

/* One statement: a key, with what the sentence says about it. */
struct ex_stmt {
	int actor, counterparty, action, object;
	int trigger;         /* trigger class of the frame, -1 for a bare noun */
	enum status status;
	int rank;            /* 1 = about now, 0 = background about the past, -1 = a duration only */
	size_t pos;          /* anchor offset: later wins among equals */
	size_t sent_start, sent_end;
	char deadline[11], expires[11];
	struct quantity quantity;
	double confidence;
	int attr_start, attr_len;  /* attribution name in the body, -1 if none */
};

struct ex_stmts {
	struct ex_stmt *v;
	size_t n, cap;
};

struct ex_frame {
	size_t anchor, anchor_end;
	int trigger;         /* trigger class or -1 */
	int past;
	int measure;         /* measure kind or -1 */
	int measure_object;  /* object index when the measure is an object, -1 */
	int action;          /* index into rules->actions, or -1 */
	size_t measure_pos;  /* where a measure named before the verb stands, else EX_NOPOS */
};

struct ex_ctx {
	const struct rules *r;
	const char *text;
	size_t len;
	const char *published;
	int pub_year;
	struct ex_mentions m;       /* all mentions, by start */
	struct ex_stmts st;
	int *actor_weight;          /* per actor: mentions in the article */
	struct when_match when[EX_MAX_WHEN];
	struct quantity_match qty[EX_MAX_QTY];
	int last_actor;             /* subject of the previous sentence, -1 */
};

/* ---- matching ---------------------------------------------------------- */

/* ex_lower - ASCII lower case. */
static int
ex_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* ex_mention_push - append a mention; sets oom on failure. */
static void
ex_mention_push(struct ex_mentions *m, const struct ex_mention *x)
{
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 256;
		struct ex_mention *nv = realloc(m->v, cap * sizeof(*nv));

		if (nv == NULL) {
			m->oom = 1;
			return;
		}
		m->v = nv;
		m->cap = cap;
	}
	m->v[m->n++] = *x;
}

/* ex_match_cb - one automaton match: every rule entry with that spelling (the run
 * [id, group_end) precomputed by rules_load). */
static int
ex_match_cb(int id, size_t start, size_t end, void *arg)
{
	struct ex_ctx *ctx = arg;
	const struct rules *r = ctx->r;
	const struct rule_phrase *g = &r->phrases[id];

	for (size_t i = (size_t)id; i < g->group_end; i++) {
		const struct rule_phrase *p = &r->phrases[i];
		struct ex_mention x = {p->kind, p->value, start, end, p->past, ROLE_SUBJECT, 0, -1};

		if (p->exact_case && memcmp(ctx->text + start, p->text, p->len) != 0)
			continue;
		if (p->kind == RULE_TRIGGER && g->group_measure >= 0) {
			x.dual = 1;
			x.dual_measure = g->group_measure;
		}
		if (p->kind == RULE_MEASURE && g->group_trigger)
			continue;  /* represented by the dual trigger */
		ex_mention_push(&ctx->m, &x);
	}
	return ctx->m.oom;
}

/* ex_content - kinds that compete for the same words. */
static int
ex_content(enum rule_kind k)
{
	return k == RULE_ACTOR || k == RULE_OBJECT || k == RULE_MEASURE || k == RULE_TRIGGER;
}

/* ex_mention_cmp - by start, longer first. */
static int
ex_mention_cmp(const void *a, const void *b)
{
	const struct ex_mention *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

/* ex_resolve_overlaps - drop content mentions inside or across a longer, earlier one. */
static void
ex_resolve_overlaps(struct ex_mentions *m)
{
	size_t w = 0, kstart = 0, kend = 0;
	int have = 0;

	if (m->n < 2)
		return; /* nothing to order; and qsort(NULL, 0, ...) is undefined */
	qsort(m->v, m->n, sizeof(*m->v), ex_mention_cmp);
	for (size_t i = 0; i < m->n; i++) {
		struct ex_mention *x = &m->v[i];

		/* One phrase listed twice ("US" under two spellings' runs) is one mention. */
		if (w > 0 && m->v[w - 1].kind == x->kind && m->v[w - 1].value == x->value &&
		    m->v[w - 1].start == x->start && m->v[w - 1].end == x->end)
			continue;
		if (ex_content(x->kind)) {
			if (have && x->start < kend && !(x->start == kstart && x->end == kend))
				continue;
			have = 1;
			kstart = x->start;
			kend = x->end;
		}
		m->v[w++] = *x;
	}
	m->n = w;
}

/* ex_first - index of the first mention starting at or after pos (mentions are sorted). */
static size_t
ex_first(const struct ex_ctx *ctx, size_t pos)
{
	size_t lo = 0, hi = ctx->m.n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ctx->m.v[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ---- words around a mention -------------------------------------------- */

static int
ex_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
}

/* ex_word_before - the word ending before pos (skipping spaces); length or 0. */
static size_t
ex_word_before(const char *t, size_t pos, size_t lo, size_t *wstart)
{
	size_t e = pos, s;

	while (e > lo && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	s = e;
	while (s > lo && ex_word_byte((unsigned char)t[s - 1]))
		s--;
	*wstart = s;
	return e - s;
}

/* ex_word_after - the word (or "-word") starting after pos; length or 0. */
static size_t
ex_word_after(const char *t, size_t pos, size_t hi, size_t *wstart)
{
	size_t s = pos, e;

	while (s < hi && (t[s] == ' ' || t[s] == '\t'))
		s++;
	e = s;
	if (e < hi && t[e] == '-')
		e++;
	while (e < hi && ex_word_byte((unsigned char)t[e]))
		e++;
	*wstart = s;
	return e - s;
}

/* A word of a fixed list with its length, so lookups need no strlen. */
struct ex_word {
	const char *s;
	size_t n;
};

#define EX_W(lit) {lit, sizeof(lit) - 1}
#define EX_NWORDS(a) (sizeof(a) / sizeof((a)[0]))

/* ex_word_in - 1 if w[0..n) is one of list (ASCII case ignored). */
static int
ex_word_in(const struct ex_word *list, size_t count, const char *w, size_t n)
{
	for (size_t i = 0; i < count; i++)
		if (list[i].n == n && strncasecmp(list[i].s, w, n) == 0)
			return 1;
	return 0;
}

/* ex_prefix_in - 1 if t[0..n) starts with one of list, and is longer when longer is set. */
static int
ex_prefix_in(const struct ex_word *list, size_t count, const char *t, size_t n, int longer)
{
	for (size_t i = 0; i < count; i++)
		if ((longer ? n > list[i].n : n >= list[i].n) && strncasecmp(t, list[i].s, list[i].n) == 0)
			return 1;
	return 0;
}

/* ex_determiner - 1 for "the", "a", "an", "its", "their". */
static int
ex_determiner(const char *w, size_t n)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("a"), EX_W("an"), EX_W("its"), EX_W("their"), EX_W("his"),
	    EX_W("her")};

	return ex_word_in(DET, EX_NWORDS(DET), w, n);
}

/* ex_function_word - 1 for a word that cannot follow an adjective: "in the US and ...". */
static int
ex_function_word(const char *w, size_t n)
{
	static const struct ex_word FW[] = {
	    EX_W("and"), EX_W("or"), EX_W("on"), EX_W("with"), EX_W("by"), EX_W("for"),
	    EX_W("to"), EX_W("over"), EX_W("from"), EX_W("after"), EX_W("as"), EX_W("in"),
	    EX_W("at"), EX_W("this"), EX_W("last"), EX_W("next"), EX_W("since"), EX_W("of"),
	    EX_W("that"), EX_W("which"), EX_W("who"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were"), EX_W("will"), EX_W("would"), EX_W("has"), EX_W("have"), EX_W("had"),
	    EX_W("but"), EX_W("than"), EX_W("until"), EX_W("before"), EX_W("during"),
	    EX_W("about"), EX_W("under"), EX_W("said"), EX_W("says")};

	return ex_word_in(FW, EX_NWORDS(FW), w, n);
}

/* ex_dateline_end - the end of a wire dateline opening the body ("BUSAN, South Korea
 * (Tradewire) - "): an upper-case place, optional source, then a dash; 0 if none. */
static size_t
ex_dateline_end(const char *t, size_t len)
{
	size_t i = 0, lim = len < 120 ? len : 120;

	while (i < lim && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t'))
		i++;
	if (i + 2 > lim || t[i] < 'A' || t[i] > 'Z' || t[i + 1] < 'A' || t[i + 1] > 'Z')
		return 0;
	for (; i + 2 < lim; i++) {
		if (t[i] == '.' && i + 1 < lim && t[i + 1] == ' ')
			return 0;  /* a sentence, not a dateline */
		if (t[i] == ' ' && (t[i + 1] == '-' || (unsigned char)t[i + 1] == 0xe2))
			return i + 1;
	}
	return 0;
}

/* ex_speaker - 1 if the actor mention i reports speech: "according to (the) X", "said X",
 * or X followed by an attribution verb with only names and titles between ("Trump
 * said", "China's commerce ministry said", "US Trade Representative Jamieson Greer
 * told reporters"). */
static int
ex_speaker(const struct ex_ctx *ctx, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i];
	const char *t = ctx->text;
	size_t ws, wl = ex_word_before(t, x->start, 0, &ws), s2;

	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, 0, &ws);
	if (wl == 2 && strncasecmp(t + ws, "to", 2) == 0 &&
	    ex_word_before(t, ws, 0, &s2) == 9 && strncasecmp(t + s2, "according", 9) == 0)
		return 1;
	if (wl == 4 && (strncasecmp(t + ws, "said", 4) == 0 || strncasecmp(t + ws, "says", 4) == 0))
		return 1;
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= x->end + 48; j++) {
		const struct ex_mention *y = &ctx->m.v[j];

		if (y->kind == RULE_ATTRIBUTION) {
			/* Only words between, no clause mark: "Trump, who ... said" is not one. */
			for (size_t k = x->end; k < y->start; k++)
				if (t[k] == ',' || t[k] == ';' || t[k] == '"' || t[k] == '(' ||
				    (unsigned char)t[k] == 0xe2)
					return 0;
			/* "announced" before a noun phrase names what was done by the subject. */
			return 1;
		}
		if (ex_content(y->kind) && y->kind != RULE_ACTOR)
			return 0;
	}
	return 0;
}

/* ex_actor_roles - subject, counterparty ("on Chinese goods", "US-bound") or place ("in Seoul"). */
static void
ex_actor_roles(struct ex_ctx *ctx)
{
	const struct rules *r = ctx->r;
	size_t dateline = ex_dateline_end(ctx->text, ctx->len);

	for (size_t i = 0; i < ctx->m.n; i++) {
		struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl, s2;

		if (x->kind != RULE_ACTOR)
			continue;
		/* The dateline names where the story was filed. */
		if (x->end <= dateline) {
			x->role = ROLE_LOCATION;
			continue;
		}
		/* "Seoul-based", "a Dutch-headquartered firm", "a Japanese carmaker": one
		 * company's home, neither a party nor a beneficiary.  A hyphenated word
		 * always; a company noun only after "a"/"an" ("Japanese carmakers" may be
		 * a counterparty). */
		wl = ex_word_after(ctx->text, x->end, ctx->len, &ws);
		if (wl > 0 && rules_list_has(&r->not_party_after, ctx->text + ws, wl)) {
			size_t bs, bl = ex_word_before(ctx->text, x->start, 0, &bs);

			if (ctx->text[ws] == '-' || (bl == 1 && ex_lower((unsigned char)ctx->text[bs]) == 'a') ||
			    (bl == 2 && strncasecmp(ctx->text + bs, "an", 2) == 0)) {
				x->role = ROLE_LOCATION;
				continue;
			}
		}
		wl = ex_word_before(ctx->text, x->start, 0, &ws);
		/* "in the United States", "to the Chinese government": look past the article. */
		if (ex_determiner(ctx->text + ws, wl))
			wl = ex_word_before(ctx->text, ws, 0, &ws);
		/* "in American factories" is no place: an adjective before a noun. */
		if (wl > 0 && rules_list_has(&r->location_before, ctx->text + ws, wl)) {
			size_t as2, al2 = ex_word_after(ctx->text, x->end, ctx->len, &as2);

			x->role = al2 > 0 && ctx->text[as2] >= 'a' && ctx->text[as2] <= 'z' &&
			    as2 == x->end + 1 && !ex_function_word(ctx->text + as2, al2) ?
			    ROLE_COUNTERPARTY : ROLE_LOCATION;
			continue;
		}
		/* Two-word place markers: "visit to Beijing". */
		if (wl > 0 && ex_word_before(ctx->text, ws, 0, &s2) > 0 &&
		    rules_list_has(&r->location_before, ctx->text + s2, x->start - s2 - 1)) {
			x->role = ROLE_LOCATION;
			continue;
		}
		if (ex_speaker(ctx, i)) {
			x->role = ROLE_SPEAKER;
			continue;
		}
		if (wl > 0 && rules_list_has(&r->cp_before, ctx->text + ws, wl)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		wl = ex_word_after(ctx->text, x->end, ctx->len, &ws);
		/* "Swiss companies have committed to invest": firms that act, not under a
		 * preposition, stand for their country as the subject. */
		if (wl > 0 && rules_list_has(&r->agent_nouns, ctx->text + ws, wl))
			continue;
		if (wl > 0 && rules_list_has(&r->cp_after, ctx->text + ws, wl)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		/* An actor right before a product or measure modifies it: "US soybeans". */
		for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= x->end + 12; j++) {
			const struct ex_mention *y = &ctx->m.v[j];

			/* A cue or other phrase between ("Malaysia promised licences") makes
			 * the actor a subject, not a modifier. */
			if (!ex_content(y->kind)) {
				if (y->start >= x->end)
					break;
				continue;
			}
			/* "US tariffs", "Chinese export controls": a measure a government
			 * imposes belongs to it; the actor owns it, not benefits from it. */
			if (y->kind == RULE_OBJECT && r->objects[y->value].measure >= 0)
				break;
			if (y->kind == RULE_OBJECT || y->kind == RULE_MEASURE) {
				int gap_ok = 1;

				for (size_t k = x->end; k < y->start; k++)
					if (!(ctx->text[k] == ' ' || (ctx->text[k] >= 'a' && ctx->text[k] <= 'z') ||
					    ctx->text[k] == '-'))
						gap_ok = 0;
				if (gap_ok)
					x->role = ROLE_COUNTERPARTY;
			}
			break;
		}
	}
}

/* ---- sentences and clauses ---------------------------------------------- */

/* ex_question - 1 if the sentence ends with a question mark (quotes aside). */
static int
ex_question(const char *t, size_t s, size_t e)
{
	while (e > s) {
		unsigned char c = (unsigned char)t[e - 1];

		if (c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == ')' ||
		    c == 0x9d || c == 0x99 || c == 0x80 || c == 0xe2) {
			e--;
			continue;
		}
		return c == '?';
	}
	return 0;
}

/* ---- the pieces of a statement ------------------------------------------- */

static const struct ex_word EX_MONTHS[] = {
	EX_W("january"), EX_W("february"), EX_W("march"), EX_W("april"), EX_W("may"),
	EX_W("june"), EX_W("july"), EX_W("august"), EX_W("september"), EX_W("october"),
	EX_W("november"), EX_W("december"), EX_W("jan"), EX_W("feb"), EX_W("mar"), EX_W("apr"),
	EX_W("jun"), EX_W("jul"), EX_W("aug"), EX_W("sep"), EX_W("sept"), EX_W("oct"),
	EX_W("nov"), EX_W("dec")
};

/* ex_is_month - 1 if t[0..n) names a month. */
static int
ex_is_month(const char *t, size_t n)
{
	return ex_word_in(EX_MONTHS, EX_NWORDS(EX_MONTHS), t, n);
}

/* ex_past_year - 1 if [s,e) anchors itself in a year before publication: "in 2020",
 * "under the 2020 deal", "in March 2019". */
static int
ex_past_year(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word PREP[] = {
	    EX_W("in"), EX_W("under"), EX_W("during"), EX_W("since"), EX_W("the"),
	    EX_W("back")};
	const char *t = ctx->text;

	if (ctx->pub_year == 0)
		return 0;
	for (size_t i = s; i + 4 <= e; i++) {
		size_t ws, wl;
		int y;

		if ((i > s && ex_word_byte((unsigned char)t[i - 1])) || t[i] < '1' || t[i] > '2' ||
		    t[i + 1] < '0' || t[i + 1] > '9' || t[i + 2] < '0' || t[i + 2] > '9' ||
		    t[i + 3] < '0' || t[i + 3] > '9' || (i + 4 < e && ex_word_byte((unsigned char)t[i + 4])))
			continue;
		y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
		if (y < 1900 || y >= ctx->pub_year)
			continue;
		wl = ex_word_before(t, i, s, &ws);
		if (wl > 0 && ex_is_month(t + ws, wl))
			wl = ex_word_before(t, ws, s, &ws);
		if (wl > 0 && ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
			return 1;
	}
	return 0;
}

/* ex_capitalised_run - the run of capitalised words from pos forward (dir 1) or
 * ending at pos (dir -1), at most 4 words; returns its length and start. */
static size_t
ex_capitalised_run(const char *t, size_t lo, size_t hi, size_t pos, int dir, size_t *out)
{
	size_t s = pos, e = pos;
	int words = 0;

	if (dir > 0) {
		for (;;) {
			size_t ws, wl = ex_word_after(t, e, hi, &ws);

			if (wl == 0 || t[ws] < 'A' || t[ws] > 'Z' || words == 4)
				break;
			if (words == 0)
				s = ws;
			e = ws + wl;
			words++;
		}
	} else {
		for (;;) {
			size_t ws, wl = ex_word_before(t, s, lo, &ws);

			if (wl == 0 || t[ws] < 'A' || t[ws] > 'Z' || words == 4)
				break;
			if (words == 0)
				e = ws + wl;
			s = ws;
			words++;
		}
	}
	*out = s;
	/* Drop a trailing possessive. */
	if (e - s > 2 && t[e - 2] == '\'' && t[e - 1] == 's')
		e -= 2;
	return words ? e - s : 0;
}

/* ex_attribution - who said the sentence [s,e): "Trump said", "said Mr. Li",
 * "according to Xinhua".  Sets *as, *al (-1 when none). */
static void
ex_attribution(const struct ex_ctx *ctx, size_t mi, size_t s, size_t e, int *as, int *al)
{
	*as = *al = -1;
	for (size_t i = mi; i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t rs, rl;

		if (x->kind != RULE_ATTRIBUTION)
			continue;
		if (ex_lower((unsigned char)ctx->text[x->start]) == 'a' &&
		    strncasecmp(ctx->text + x->start, "according", 9) == 0) {
			size_t p = x->end, ws, wl = ex_word_after(ctx->text, p, e, &ws);

			if (wl == 3 && strncasecmp(ctx->text + ws, "the", 3) == 0)
				p = ws + wl;
			rl = ex_capitalised_run(ctx->text, s, e, p, 1, &rs);
		} else {
			rl = ex_capitalised_run(ctx->text, s, e, x->start, -1, &rs);
			if (rl == 0)
				rl = ex_capitalised_run(ctx->text, s, e, x->end, 1, &rs);
		}
		if (rl > 0 && rl < 80) {
			*as = (int)rs;
			*al = (int)rl;
			return;
		}
	}
}

/* ex_status_from_cues - the status the cues around a frame assert, or -1. */
static int
ex_status_from_cues(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_frame *f,
    size_t prev_anchor, int *strong)
{
	int before = -1, after = -1, strong_after = -1;
	size_t before_pos = 0;

	*strong = 0;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CUE || x->start < lo)
			continue;
		if (x->start < f->anchor) {
			/* A cue may end inside the verb: "has bought". */
			if (x->end < f->anchor && f->anchor - x->end > EX_CUE_REACH && x->value != STATUS_STALLED &&
			    x->value != STATUS_BROKEN)
				continue;
			/* A cue of an earlier verb does not make a past-tense verb a pledge. */
			if (f->past && x->start < prev_anchor)
				continue;
			/* A stalled or broken cue outweighs a nearer pledge: "backtracked on its
			 * pledge to buy". */
			if (before >= 0 && (before == STATUS_STALLED || before == STATUS_BROKEN) &&
			    x->value != STATUS_STALLED && x->value != STATUS_BROKEN)
				continue;
			if (before < 0 || x->start >= before_pos ||
			    x->value == STATUS_STALLED || x->value == STATUS_BROKEN) {
				before = x->value;
				before_pos = x->start;
			}
		} else if (x->start >= f->anchor_end || x->end <= f->anchor_end) {
			if ((x->value == STATUS_STALLED || x->value == STATUS_BROKEN) && strong_after < 0)
				strong_after = x->value;
			if (after < 0)
				after = x->value;
		}
	}
	if (strong_after >= 0) {
		*strong = 1;
		return strong_after;
	}
	if (before >= 0) {
		*strong = before == STATUS_STALLED || before == STATUS_BROKEN;
		return before;
	}
	if (after >= 0 && after != STATUS_PLEDGED)
		return after;
	return -1;
}

/* ex_has_kind - 1 if a mention of kind starts in [lo,hi). */
static int
ex_has_kind(const struct ex_ctx *ctx, enum rule_kind kind, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == kind && ctx->m.v[i].start >= lo)
			return 1;
	return 0;
}

#define EX_EFFECT_REACH 24  /* bytes between "took effect" and its date */

/* ex_effect_near - 1 if an effect cue stands right before or after the date [ds,de):
 * "took effect on Monday", "effective from January 1", "on Nov. 10, when it takes effect";
 * both in the sentence [s,e). */
static int
ex_effect_near(const struct ex_ctx *ctx, size_t mi, size_t s, size_t e, size_t ds, size_t de)
{
	for (size_t i = mi; i < ctx->m.n && ctx->m.v[i].start <= de + EX_EFFECT_REACH; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_EFFECT || x->start < s || x->end > e)
			continue;
		if ((x->end <= ds && ds - x->end <= EX_EFFECT_REACH) || (x->start >= de &&
		    x->start - de <= EX_EFFECT_REACH) || (x->start >= ds && x->start < de))
			return 1;
	}
	return 0;
}

/* ex_quantity_fits - 1 if q suits the action: tonnes for purchases, percent for tariffs. */
static int
ex_quantity_fits(const char *action, const char *object, const struct quantity_match *q)
{
	const char *u = q->q.unit;
	int money = strlen(u) == 3 && u[0] >= 'A' && u[0] <= 'Z';

	if (strncmp(action, "tariff_", 7) == 0)
		return strcmp(u, "percent") == 0 && q->role != QUANTITY_RATE_FROM;
	if (strcmp(action, "purchase") == 0) {
		if (strcmp(object, "aircraft") == 0)
			return strcmp(u, "units") == 0 || money;
		return strcmp(u, "t") == 0 || strcmp(u, "bu") == 0 || money ||
		    (strcmp(u, "units") == 0 && strcmp(object, "vehicles") == 0);
	}
	if (strcmp(action, "investment") == 0 || strcmp(action, "enforcement") == 0)
		return money;
	if (strcmp(action, "market_access") == 0)
		return strcmp(u, "t") == 0 || strcmp(u, "bu") == 0;
	return 0;
}

/* ex_progress_amount - 1 if amount q is the part done of a later one: "8 million
 * tonnes of the 12 million tonnes", "600,000 tonnes, a fraction of the 12 million". */
static int
ex_progress_amount(const struct ex_ctx *ctx, size_t nq, const struct quantity_match *q)
{
	size_t qe = q->offset + q->len;

	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *n = &ctx->qty[i];

		if (n->offset < qe || n->offset - qe > 40 || strcmp(n->q.unit, q->q.unit) != 0)
			continue;
		for (size_t k = qe; k + 6 <= n->offset; k++)
			if (strncasecmp(ctx->text + k, "of the", 6) == 0)
				return 1;
	}
	return 0;
}

/* ex_object_pos - where object obj is named in [lo,hi), or (size_t)-1. */
static size_t
ex_object_pos(const struct ex_ctx *ctx, size_t lo, size_t hi, int obj)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].value == obj)
			return ctx->m.v[i].start;
	return (size_t)-1;
}

/* ex_pick_quantity - the fitting amount for object obj in [lo,hi): the one nearest to
 * where the object is named ("$32 billion for farm goods, $52.4 billion for energy"),
 * else the nearest after the anchor, else before it.  A tariff pause keeps the rate in
 * force ("to 30% from 25%": 25); an aircraft count beats its value; an amount done
 * so far ("8 Mt of the 12 Mt") yields to the whole. */
static void
ex_pick_quantity(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, size_t anchor,
    const char *action, int obj, struct quantity *out)
{
	const struct quantity_match *best = NULL;
	const char *object = ctx->r->objects[obj].name;
	size_t opos = ex_object_pos(ctx, lo, hi, obj), bd = (size_t)-1;
	int pause = strcmp(action, "tariff_pause") == 0, from = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; pause && i < nq; i++)
		from |= ctx->qty[i].offset >= lo && ctx->qty[i].offset < hi &&
		    ctx->qty[i].role == QUANTITY_RATE_FROM;
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];
		size_t d;

		if (q->offset < lo || q->offset >= hi)
			continue;
		if (pause && from ? q->role != QUANTITY_RATE_FROM || strcmp(q->q.unit, "percent") != 0 :
		    !ex_quantity_fits(action, object, q))
			continue;
		if (strcmp(action, "purchase") == 0 && ex_progress_amount(ctx, nq, q))
			continue;
		/* Aircraft orders: a count beats a value. */
		if (best != NULL && strcmp(object, "aircraft") == 0 && strcmp(best->q.unit, "units") == 0 &&
		    strcmp(q->q.unit, "units") != 0)
			continue;
		if (opos != (size_t)-1) {
			d = q->offset + q->len <= opos ? opos - (q->offset + q->len) :
			    q->offset >= opos ? q->offset - opos + 8 : 0;
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
	if (best != NULL)
		*out = best->q;
}

/* ex_object_origin - the counterparty of one object of a frame: its own origin
 * right before it ("cut tariffs on US lumber and Chinese EVs": CN for the EVs),
 * else the frame's cp. */
static int
ex_object_origin(const struct ex_ctx *ctx, size_t lo, size_t hi, int obj, int actor, int cp)
{
	size_t pos = ex_object_pos(ctx, lo, hi, obj), i;

	if (pos == (size_t)-1 || (i = ex_first(ctx, pos)) == 0)
		return cp;
	for (size_t j = i; j-- > 0 && ctx->m.v[j].start >= lo && ctx->m.v[j].end + 2 >= pos;) {
		const struct ex_mention *x = &ctx->m.v[j];

		if (x->kind == RULE_ACTOR && x->role == ROLE_COUNTERPARTY && x->value != actor)
			return x->value;
	}
	return cp;
}

/* ---- frames --------------------------------------------------------------- */

/* ex_stmt_push - append a statement; -1 on allocation failure. */
static int
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

/* ex_find_actor - nearest subject actor before pos in [lo,pos), skipping code skip; -1. */
static int
ex_find_actor(const struct ex_ctx *ctx, size_t lo, size_t pos, int skip)
{
	int found = -1;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < pos; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && x->start >= lo && x->role == ROLE_SUBJECT && x->value != skip)
			found = x->value;
	}
	return found;
}

/* ex_find_speaker - the first speaker actor in [lo,hi) ("The Swiss government announced
 * ..."), the subject of last resort for the next sentence's pronoun; -1. */
static int
ex_find_speaker(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role == ROLE_SPEAKER)
			return ctx->m.v[i].value;
	return -1;
}

/* ex_find_counterparty - an actor named as beneficiary in [anchor,hi), else in [lo,anchor),
 * other than actor;
 * else any other actor of the sentence [s,e); else the article's most named other one. */
static int
ex_find_counterparty(const struct ex_ctx *ctx, size_t lo, size_t anchor, size_t hi, size_t s,
    size_t e, int actor, int *explicit_cp)
{
	int best = -1;

	*explicit_cp = 0;
	/* The beneficiary after the verb ("buy American aircraft") before one ahead of it. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = ex_first(ctx, pass ? lo : anchor); i < ctx->m.n && ctx->m.v[i].start < (pass ? anchor : hi); i++) {
			const struct ex_mention *x = &ctx->m.v[i];

			if (x->kind == RULE_ACTOR && x->start >= (pass ? lo : anchor) &&
			    x->role == ROLE_COUNTERPARTY && x->value != actor) {
				*explicit_cp = 1;
				return x->value;
			}
		}
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && x->start >= s && x->role != ROLE_LOCATION &&
		    x->value != actor)
			return x->value;
	}
	for (size_t a = 0; a < ctx->r->nactors; a++)
		if ((int)a != actor && ctx->actor_weight[a] > 0 &&
		    (best < 0 || ctx->actor_weight[a] > ctx->actor_weight[best]))
			best = (int)a;
	return best;
}

/* ex_frame_objects - product objects in [lo,hi): indexes into out (at most max). */
static size_t
ex_frame_objects(const struct ex_ctx *ctx, size_t lo, size_t hi, int *out, size_t max)
{
	const struct rules *r = ctx->r;
	size_t n = 0, stop = hi;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < stop; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		const struct rule_object *ob;
		int dup = 0;

		if (x->start < lo || x->kind != RULE_OBJECT)
			continue;
		ob = &r->objects[x->value];
		if (ob->measure >= 0)
			continue;
		for (size_t k = 0; k < n; k++)
			dup |= out[k] == x->value;
		if (!dup && n < max)
			out[n++] = x->value;
		/* "farm goods such as beef": the examples only illustrate the category. */
		if (ob->category) {
			for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < x->end + 16; j++)
				if (ctx->m.v[j].kind == RULE_EXAMPLES) {
					stop = x->end;
					for (size_t k = j; k < ctx->m.n && ctx->m.v[k].start < hi; k++)
						if (ctx->m.v[k].kind == RULE_OBJECT &&
						    r->objects[ctx->m.v[k].value].category &&
						    ctx->m.v[k].value != x->value) {
							stop = ctx->m.v[k].start;
							break;
						}
					break;
				}
		}
	}
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

#define EX_MAX_FRAMES 16
#define EX_MAX_OBJECTS 12

/* ex_only_determiner - 1 if t[a,b) holds only spaces and at most one determiner. */
static int
ex_only_determiner(const char *t, size_t a, size_t b)
{
	size_t ws, wl;

	if (b < a || b - a > 8)
		return 0;
	wl = ex_word_after(t, a, b, &ws);
	if (wl == 0)
		return 1;
	return ex_determiner(t + ws, wl) && ex_word_after(t, ws + wl, b, &ws) == 0;
}

/* ex_definite_np - 1 if the noun phrase ending before pos opens with "the", "its",
 * "their", "this" or "that" (at most three modifiers between). */
static int
ex_definite_np(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word DEF[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that"), EX_W("his"),
	    EX_W("her"), EX_W("our")};
	size_t ws, wl;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_word_in(DEF, EX_NWORDS(DEF), t + ws, wl))
			return 1;
		if (ex_determiner(t + ws, wl) || ex_function_word(t + ws, wl))
			return 0;
		pos = ws;
	}
	return 0;
}

/* ex_clause_frames - the frames of clause [cs,ce): anchors, measures, actions. */
static size_t
ex_clause_frames(const struct ex_ctx *ctx, size_t cs, size_t ce, struct ex_frame *fr, size_t max)
{
	const struct rules *r = ctx->r;
	size_t n = 0;

	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < ce; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int mkind = -1, mobj = -1;

		if (x->start < cs)
			continue;
		if (x->kind == RULE_MEASURE)
			mkind = x->value;
		else if (x->kind == RULE_OBJECT && r->objects[x->value].measure >= 0) {
			mkind = r->objects[x->value].measure;
			mobj = x->value;
		} else if (x->kind == RULE_TRIGGER && x->dual)
			mkind = x->dual_measure;
		/* "Chinese imports" is a noun, not the verb "import". */
		if (x->kind == RULE_TRIGGER && x->dual && i > 0 && ctx->m.v[i - 1].kind == RULE_ACTOR &&
		    ctx->m.v[i - 1].end + 2 >= x->start)
			continue;
		if (x->kind == RULE_TRIGGER && !(x->dual && n > 0 && fr[n - 1].measure < 0 &&
		    rules_action_find(r, fr[n - 1].trigger, mkind) >= 0)) {
			if (n == max)
				break;
			fr[n] = (struct ex_frame){x->start, x->end, x->value, x->past, -1, -1, -1, EX_NOPOS};
			/* "extended a pause", "granted the suspension": the noun is done as its
			 * verb is. */
			if (n > 0 && fr[n - 1].trigger >= 0 && fr[n - 1].measure < 0 && fr[n - 1].past &&
			    ex_only_determiner(ctx->text, fr[n - 1].anchor_end, x->start))
				fr[n].past = 1;
			n++;
			continue;
		}
		if (mkind < 0)
			continue;
		/* A measure joins the open verb frame, or opens one of its own. */
		if (n > 0 && fr[n - 1].measure < 0 && fr[n - 1].trigger >= 0) {
			fr[n - 1].measure = mkind;
			fr[n - 1].measure_object = mobj;
		} else if (n < max) {
			fr[n] = (struct ex_frame){x->start, x->end, -1, 0, mkind, mobj, -1, EX_NOPOS};
			n++;
		}
	}
	/* A verb with no measure after it may take one before it: "the port fees ... suspended". */
	for (size_t k = 0; k < n; k++) {
		if (fr[k].trigger >= 0 && fr[k].measure < 0 && rules_action_find(r, fr[k].trigger, -1) < 0) {
			size_t pick = (size_t)-1;

			/* The nearest noun the verb makes sense with: "export restrictions
			 * on graphite shipments ... will be eased" eases the restrictions. */
			for (size_t j = k; j-- > 0;)
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
			}
		}
		fr[k].action = fr[k].measure == -2 ? -1 : rules_action_find(r, fr[k].trigger, fr[k].measure);
		if (fr[k].action < 0 && fr[k].trigger >= 0 && fr[k].measure >= 0 &&
		    rules_action_find(r, fr[k].trigger, -1) >= 0)
			fr[k].action = rules_action_find(r, fr[k].trigger, -1);
	}
	return n;
}

/* ex_sentence - every statement of sentence [s,e). */
/* ex_relative - 1 if the clause at t opens with a relative pronoun. */
static int
ex_relative(const char *t, size_t n)
{
	static const struct ex_word REL[] = {
	    EX_W("which "), EX_W(", which "), EX_W(", who "), EX_W("who ")};

	return ex_prefix_in(REL, EX_NWORDS(REL), t, n, 1);
}

/* ex_conditional - 1 if the frame is conditional: any conditional of the sentence before
 * the verb ("if China buys", "threatened to impose"), or a conjunction after it ("will
 * cut tariffs unless ..."); "the rate that had been threatened" only describes. */
static int
ex_conditional(const struct ex_ctx *ctx, size_t s, size_t anchor, size_t hi)
{
	static const struct ex_word CONJ[] = {
	    EX_W("if"), EX_W("unless"), EX_W("provided"), EX_W("on condition"),
	    EX_W("as long as"), EX_W("contingent"), EX_W("depending"), EX_W("in case"),
	    EX_W("should"), EX_W("would only"), EX_W("in exchange")};

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CONDITIONAL || x->start < s)
			continue;
		if (x->start < anchor)
			return 1;
		if (ex_prefix_in(CONJ, EX_NWORDS(CONJ), ctx->text + x->start, ctx->len - x->start, 0))
			return 1;
	}
	return 0;
}

/* ex_mutual - 1 if the frame is done by both sides: a subject "both countries" before
 * the verb, or "each other's", "mutual" anywhere in the frame; "the two governments
 * said" after the verb only reports. */
static int
ex_mutual(const struct ex_ctx *ctx, size_t lo, const struct ex_frame *f, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int c = ex_lower((unsigned char)ctx->text[x->start]);

		if (x->kind != RULE_MUTUAL || x->start < lo)
			continue;
		if (x->start < f->anchor || (c != 'b' && c != 't'))
			return 1;
	}
	return 0;
}

/* ex_sentence_scan - dates and amounts of sentence [s,e), once, when a statement needs them. */
static void
ex_sentence_scan(struct ex_ctx *ctx, size_t s, size_t e, size_t *nw, size_t *nq, int *done)
{
	if (*done)
		return;
	*done = 1;
	*nw = when_find_all(ctx->text + s, e - s, ctx->published, ctx->when, EX_MAX_WHEN);
	for (size_t k = 0; k < *nw; k++)
		ctx->when[k].offset += s;
	*nq = quantity_find_all(ctx->text + s, e - s, ctx->qty, EX_MAX_QTY);
	for (size_t k = 0; k < *nq; k++)
		ctx->qty[k].offset += s;
}

/* ex_quoted - 1 if a quotation mark opens in t[s,pos): the words are quoted speech. */
static int
ex_quoted(const char *t, size_t s, size_t pos)
{
	for (size_t i = s; i < pos; i++)
		if (t[i] == '"' || ((unsigned char)t[i] == 0xe2 && i + 2 < pos &&
		    (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x9c))
			return 1;
	return 0;
}

/* ex_pronoun_subject - 1 ("they") or 2 ("it") if the subject of the verb at pos is a pronoun: "they would
 * be issued", "it has been completed", "they're being shipped" (auxiliaries and
 * adverbs between are skipped). */
static int
ex_pronoun_subject(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word PRON[] = {
	    EX_W("they"), EX_W("it"), EX_W("they're"), EX_W("it's"), EX_W("they've"),
	    EX_W("they'll"), EX_W("it'll"), EX_W("they’re"), EX_W("it’s")};
	static const struct ex_word AUX[] = {
	    EX_W("would"), EX_W("will"), EX_W("be"), EX_W("been"), EX_W("being"), EX_W("have"),
	    EX_W("has"), EX_W("had"), EX_W("are"), EX_W("is"), EX_W("was"), EX_W("were"),
	    EX_W("also"), EX_W("still"), EX_W("soon"), EX_W("now"), EX_W("finally"),
	    EX_W("should"), EX_W("could"), EX_W("must"), EX_W("can"), EX_W("to"), EX_W("then")};
	size_t ws, wl;

	for (int w = 0; w < 5 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_word_in(PRON, EX_NWORDS(PRON), t + ws, wl))
			return ex_lower((unsigned char)t[ws]) == 'i' ? 2 : 1;
		if (!ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl))
			return 0;
		pos = ws;
	}
	return 0;
}

#define EX_ANAPHOR_REACH 1500  /* bytes back to the sentence an anaphor may name */

/* ex_anaphor - "The reduction will take effect on Nov. 10", "the purchases have
 * stalled": a verb noun after "the" with no object of its own names the latest
 * commitments made with a verb of its class in the sentences just before; each
 * gets a statement with this sentence's status and deadline.  Returns -1 on
 * allocation failure, else 0. */
static int
ex_anaphor(struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t cs,
    size_t hi, int history, size_t *nw, size_t *nq, int *scanned)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("these"), EX_W("those"), EX_W("this"), EX_W("that")};
	size_t ws, wl = ex_word_before(ctx->text, f->anchor, s, &ws), group = (size_t)-1, n0;
	int det, st, strong, subject;

	/* A pronoun inside a quotation is talk, too loose to carry a commitment:
	 * "Nobody doubts they'll buy some". */
	det = ex_word_in(DET, EX_NWORDS(DET), ctx->text + ws, wl) ||
	    (ex_pronoun_subject(ctx->text, s, f->anchor) && !ex_quoted(ctx->text, s, f->anchor));
	if (!det || ex_question(ctx->text, s, e))
		return 0;
	st = ex_status_from_cues(ctx, cs, hi, f, cs, &strong);
	if (!strong && ex_has_kind(ctx, RULE_NEGATION,
	    f->anchor > cs + EX_NEG_REACH ? f->anchor - EX_NEG_REACH : cs, f->anchor))
		return 0;
	if (ex_conditional(ctx, s, f->anchor, hi))
		return 0;
	if (st < 0)
		st = f->past ? STATUS_FULFILLED : STATUS_PLEDGED;
	if (history && st != STATUS_STALLED && st != STATUS_BROKEN)
		return 0;
	subject = ex_mutual(ctx, s, f, hi) ? -1 : ex_find_actor(ctx, s, f->anchor, -1);
	n0 = ctx->st.n;
	for (size_t i = n0; i-- > 0;) {
		const struct ex_stmt *a = &ctx->st.v[i];

		/* An earlier sentence, or an earlier clause of this one ("agreed to buy
		 * wheat, but the purchases have stalled"). */
		if (a->sent_start > s || (a->sent_start == s && a->pos >= cs) || a->trigger != f->trigger)
			continue;
		if (s - a->sent_start > EX_ANAPHOR_REACH || (group != (size_t)-1 && a->sent_start != group))
			break;
		if (subject >= 0 && a->actor != subject)
			continue;
		group = a->sent_start;
	}
	if (group == (size_t)-1)
		return 0;
	ex_sentence_scan(ctx, s, e, nw, nq, scanned);
	for (size_t i = 0; i < n0; i++) {
		struct ex_stmt stmt = ctx->st.v[i];

		if (stmt.sent_start != group || stmt.trigger != f->trigger ||
		    (subject >= 0 && stmt.actor != subject) || (group == s && stmt.pos >= cs))
			continue;
		stmt.status = (enum status)st;
		stmt.rank = history ? 0 : 1;
		stmt.pos = f->anchor;
		stmt.sent_start = s;
		stmt.sent_end = e;
		stmt.deadline[0] = stmt.expires[0] = '\0';
		memset(&stmt.quantity, 0, sizeof(stmt.quantity));
		for (size_t w = 0; w < *nw; w++) {
			const struct when_match *wm = &ctx->when[w];
			int eff = ex_effect_near(ctx, ex_first(ctx, s), s, e, wm->offset, wm->offset + wm->len);

			if (wm->kind == WHEN_EXPIRY && stmt.expires[0] == '\0')
				memcpy(stmt.expires, wm->date, 11);
			if (stmt.deadline[0] == '\0' && (wm->kind == WHEN_DEADLINE || (wm->kind == WHEN_DATE && eff)))
				memcpy(stmt.deadline, wm->date, 11);
		}
		stmt.confidence -= 0.1;
		if (ex_stmt_push(&ctx->st, &stmt) == -1)
			return -1;
	}
	return 0;
}

/* ex_passive_agent - the actor named by "by" after a passive verb ("will be cut by
 * Washington"), or -1. */
static int
ex_passive_agent(const struct ex_ctx *ctx, const struct ex_frame *f, size_t lo, size_t hi)
{
	static const struct ex_word BE[] = {
	    EX_W("be"), EX_W("been"), EX_W("being"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were")};
	size_t ws, wl = ex_word_before(ctx->text, f->anchor, lo, &ws);

	if (wl == 0 || !ex_word_in(BE, EX_NWORDS(BE), ctx->text + ws, wl))
		return -1;
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t bs, bl;

		if (x->kind != RULE_ACTOR)
			continue;
		bl = ex_word_before(ctx->text, x->start, f->anchor_end, &bs);
		if (bl > 0 && ex_determiner(ctx->text + bs, bl))
			bl = ex_word_before(ctx->text, bs, f->anchor_end, &bs);
		if (bl == 2 && strncasecmp(ctx->text + bs, "by", 2) == 0)
			return x->value;
	}
	return -1;
}

/* ex_beneficiary_verb - 1 if a beneficiary verb ("secured", "won") stands in t[a,b). */
static int
ex_beneficiary_verb(const struct ex_ctx *ctx, size_t a, size_t b)
{
	size_t ws, wl;

	for (int w = 0; w < 8 && a < b && (wl = ex_word_after(ctx->text, a, b, &ws)) > 0; w++) {
		if (rules_list_has(&ctx->r->beneficiary_verbs, ctx->text + ws, wl))
			return 1;
		a = ws + wl;
		while (a < b && !ex_word_byte((unsigned char)ctx->text[a]) && ctx->text[a] != ' ')
			a++;
	}
	return 0;
}

/* The parties of one frame. */
struct ex_parties {
	int actor, cp;
	int explicit_cp;  /* the counterparty is named by the frame's grammar */
	int carried;      /* the actor comes from an earlier clause or sentence */
};

/*
 * ex_parties - who owes whom in frame f, as grammar: [lo, anchor) is the frame's
 * part of clause [cs, ...) before the verb, [anchor_end, hi) after it.
 *   actor: the agent of a passive ("cut by Washington"), else the nearest subject
 *     before the verb in the clause (not under a preposition, not a modifier of
 *     goods, not a speaker when a pronoun follows the speech verb: "Trump said they
 *     will buy"), else in the sentence, else carried from the last subject.
 *   counterparty: what marks the object or beneficiary after the verb ("US
 *     soybeans", "to the US", "on Chinese imports", for investment "in the United
 *     States"), else between the subject and the verb ("tariffs on Korean cars will
 *     be cut"), else another party of the sentence, else the article's main other.
 *   A subject that "secured" or "won" the measure receives it: it is the
 *   counterparty.  A carried actor named as the goods' origin does not owe the
 *   tariff on them: the other side does.
 * Returns 0, or -1 when no actor can be found.
 */
static int
ex_resolve_parties(const struct ex_ctx *ctx, const struct ex_frame *f, const char *action,
    size_t s, size_t e, size_t cs, size_t lo, size_t hi, int sentence_actor, struct ex_parties *p)
{
	/* "invest in the United States", "sell chips to customers in China", "approve
	 * plants in Brazil": the place names the beneficiary. */
	int invest = strcmp(action, "investment") == 0 || strcmp(action, "export_license") == 0 ||
	    strcmp(action, "market_access") == 0;
	int after = -1, before = -1, origin = 0, dummy;
	size_t subj = (size_t)-1, from;

	memset(p, 0, sizeof(*p));
	p->actor = p->cp = -1;
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && (x->role == ROLE_COUNTERPARTY ||
		    (invest && x->role == ROLE_LOCATION))) {
			after = x->value;
			break;
		}
	}
	p->actor = ex_passive_agent(ctx, f, lo, hi);
	/* The nearest subject before the verb, a speaker only when there is none: the
	 * clause first, then the sentence. */
	for (int pass = 0; p->actor < 0 && pass < 4 && subj == (size_t)-1; pass++)
		for (size_t i = ex_first(ctx, pass & 2 ? s : cs);
		    i < ctx->m.n && ctx->m.v[i].start < f->anchor; i++) {
			const struct ex_mention *x = &ctx->m.v[i];

			if (x->kind != RULE_ACTOR || x->start < (pass & 2 ? s : cs) ||
			    x->role != (pass & 1 ? ROLE_SPEAKER : ROLE_SUBJECT))
				continue;
			if (x->value == after && x->role == ROLE_SUBJECT)
				origin = 1;
			else
				subj = i;
		}
	if (subj != (size_t)-1) {
		const struct ex_mention *x = &ctx->m.v[subj];

		/* "Trump said they will buy": the speaker is not the pronoun's referent;
		 * "China said it will suspend" is. */
		if (x->role != ROLE_SPEAKER || ex_pronoun_subject(ctx->text, x->end, f->anchor) != 1)
			p->actor = x->value;
		if (p->actor >= 0 && ex_beneficiary_verb(ctx, x->end, f->anchor)) {
			p->cp = p->actor;
			p->explicit_cp = 1;
			p->actor = after >= 0 && after != p->cp ? after :
			    ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, p->cp, &dummy);
			return p->actor >= 0 ? 0 : -1;
		}
	}
	/* "talking to the Chinese government about purchases of American soybeans": the
	 * sentence names the goods' origin as its subject; the buyer is the other side. */
	if (p->actor < 0 && subj == (size_t)-1 && origin) {
		p->cp = after;
		p->explicit_cp = 1;
		p->actor = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, after, &dummy);
		return p->actor >= 0 ? 0 : -1;
	}
	origin = 0;
	if (p->actor < 0) {
		p->actor = sentence_actor >= 0 ? sentence_actor : ctx->last_actor;
		p->carried = 1;
	}
	if (p->actor < 0)
		return -1;
	if (after >= 0 && after != p->actor) {
		p->cp = after;
		p->explicit_cp = 1;
		return 0;
	}
	/* Between the subject and the verb: "tariffs on Korean cars will be cut". */
	from = subj != (size_t)-1 && ctx->m.v[subj].end > lo ? ctx->m.v[subj].end : lo;
	for (size_t i = ex_first(ctx, from); i < ctx->m.n && ctx->m.v[i].start < f->anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->role != ROLE_COUNTERPARTY)
			continue;
		if (x->value == p->actor)
			origin = 1;
		else if (before < 0)
			before = x->value;
	}
	/* A carried actor that the frame names as the goods' origin owes nothing here. */
	if (p->carried && (after == p->actor || origin)) {
		p->cp = p->actor;
		p->explicit_cp = 1;
		p->actor = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, p->cp, &dummy);
		return p->actor >= 0 ? 0 : -1;
	}
	if (before >= 0) {
		p->cp = before;
		p->explicit_cp = 1;
		return 0;
	}
	p->cp = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, p->actor, &p->explicit_cp);
	return 0;
}

/* ex_eliminates - 1 if the verb of f abolishes a tariff outright ("eliminate", "scrap",
 * "abolish" its tariffs): the rate after it is zero.  Removing an additional or
 * retaliatory levy states no resulting rate. */
static int
ex_eliminates(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi)
{
	static const struct ex_word ELIM[] = {
	    EX_W("eliminat"), EX_W("abolish"), EX_W("scrap"), EX_W("zero")};
	static const struct ex_word EXTRA[] = {
	    EX_W("additional"), EX_W("retaliatory"), EX_W("extra"), EX_W("punitive")};
	const char *t = ctx->text;

	if (!ex_prefix_in(ELIM, EX_NWORDS(ELIM), t + f->anchor, f->anchor_end - f->anchor, 0))
		return 0;
	for (size_t i = f->anchor_end; i < hi && i < f->anchor_end + 60; i++)
		if ((i == 0 || !ex_word_byte((unsigned char)t[i - 1])) &&
		    ex_prefix_in(EXTRA, EX_NWORDS(EXTRA), t + i, hi - i, 0))
			return 0;
	return 1;
}

/* ex_zero_percent - q becomes 0 percent. */
static void
ex_zero_percent(struct quantity *q)
{
	memset(q, 0, sizeof(*q));
	q->present = 1;
	q->amount = 0;
	snprintf(q->unit, sizeof(q->unit), "%s", "percent");
}

/* ex_clause_outcome - "..., but the plan has fallen behind schedule", "and that offer
 * is now off the table": a later clause with no commitment of its own whose subject
 * is a definite noun phrase or a pronoun and which holds a progress, stalled or
 * broken cue tells how the commitments of the earlier clauses stand.  The status, or
 * -1. */
static int
ex_clause_outcome(const struct ex_ctx *ctx, size_t cs, size_t ce)
{
	static const struct ex_word SUBJ[] = {
	    EX_W("the"), EX_W("that"), EX_W("this"), EX_W("these"), EX_W("those"), EX_W("it"),
	    EX_W("they"), EX_W("its"), EX_W("their"), EX_W("such")};
	size_t ws, wl, p = cs;
	int st = -1, subject = 0;

	/* The break word itself ("but", ";", "while"), then the subject. */
	for (int w = 0; w < 3 && (wl = ex_word_after(ctx->text, p, ce, &ws)) > 0 && !subject; w++) {
		subject = ex_word_in(SUBJ, EX_NWORDS(SUBJ), ctx->text + ws, wl);
		p = ws + wl;
		while (p < ce && (ctx->text[p] == ',' || ctx->text[p] == ';'))
			p++;
	}
	if (!subject)
		return -1;
	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < ce; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_NEGATION || x->kind == RULE_CONDITIONAL)
			return -1;
		if (x->kind == RULE_CUE && (x->value == STATUS_IN_PROGRESS ||
		    x->value == STATUS_STALLED || x->value == STATUS_BROKEN))
			st = x->value;
	}
	return st;
}

static int
ex_sentence(struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t nw = 0, nq = 0;
	int scanned = 0;

	const struct rules *r = ctx->r;
	size_t bounds[32], nb = 0, mi = 0;
	int history, sentence_actor = -1, as, al, hedge, statistic;

	mi = ex_first(ctx, s);
	if (ex_question(ctx->text, s, e))
		return 0;
	bounds[nb++] = s;
	for (size_t i = mi; i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_BREAK && nb < 31 && ctx->m.v[i].start > bounds[nb - 1])
			bounds[nb++] = ctx->m.v[i].start;
	bounds[nb] = e;
	history = ex_has_kind(ctx, RULE_HISTORY, s, e) || ex_past_year(ctx, s, e);
	hedge = ex_has_kind(ctx, RULE_HEDGE, s, e);
	statistic = ex_has_kind(ctx, RULE_STATISTIC, s, e);
	ex_attribution(ctx, mi, s, e, &as, &al);

	for (size_t c = 0; c < nb; c++) {
		struct ex_frame fr[EX_MAX_FRAMES];
		size_t cs = bounds[c], ce = bounds[c + 1], nf, valid = 0;
		size_t prev_anchor = cs;

		nf = ex_clause_frames(ctx, cs, ce, fr, EX_MAX_FRAMES);
		for (size_t k = 0; k < nf; k++) {
			if (fr[k].action >= 0)
				fr[valid++] = fr[k];
			else if (fr[k].trigger >= 0 && fr[k].measure < 0 &&
			    ex_anaphor(ctx, &fr[k], s, e, cs, k + 1 < nf ? fr[k + 1].anchor : ce, history,
			    &nw, &nq, &scanned) == -1)
				return -1;
		}
		for (size_t k = 0; k < valid; k++) {
			const struct ex_frame *f = &fr[k];
			const struct rule_action *ra = &r->actions[f->action];
			size_t span_end = k + 1 < valid ? fr[k + 1].anchor : ce;
			int objs[EX_MAX_OBJECTS], nobj, actor, cp, explicit_cp, strong, st, carried = 0, mutual;

			struct ex_parties pt;

			/* "their Geneva truce", "the truce": a bare noun with a definite
			 * determiner names a known commitment as context, not a new one. */
			if (f->trigger < 0 && ex_definite_np(ctx->text, s, f->anchor))
				goto next;
			/* A relative clause ("which extended ...") describes; it commits nobody. */
			if (c > 0 && ex_relative(ctx->text + cs, ce - cs) &&
			    ex_find_actor(ctx, cs, f->anchor, -1) < 0)
				goto next;
			if (ex_resolve_parties(ctx, f, RULES_ACTIONS[ra->action], s, e, cs,
			    k > 0 ? prev_anchor : cs, span_end, sentence_actor, &pt) == -1)
				goto next;
			/* A bare noun needs its owner in the sentence. */
			if (pt.carried && f->trigger < 0)
				goto next;
			actor = pt.actor;
			cp = pt.cp;
			explicit_cp = pt.explicit_cp;
			carried = pt.carried;
			/* Negated or conditional: no commitment. */
			st = ex_status_from_cues(ctx, cs, span_end, f, prev_anchor, &strong);
			if (!strong && ex_has_kind(ctx, RULE_NEGATION,
			    f->anchor > cs + EX_NEG_REACH ? f->anchor - EX_NEG_REACH : cs, f->anchor))
				goto next;
			if (ex_conditional(ctx, s, f->anchor, span_end))
				goto next;
			/* "Soybean imports climbed to a record": a trade figure with no cue of a
			 * promise or its progress states no commitment. */
			if (st < 0 && statistic)
				goto next;
			if (st < 0)
				st = f->past ? STATUS_FULFILLED : STATUS_PLEDGED;
			if (history && !(st == STATUS_STALLED || st == STATUS_BROKEN))
				goto next;

			/* Objects: after the verb, else before it; else the measure's own object. */
			nobj = (int)ex_frame_objects(ctx, f->anchor, span_end, objs, EX_MAX_OBJECTS);
			/* Products before the verb only when no measure names the object: "soybean
			 * purchases", not "aircraft ... under a deal that sets a 15% tariff". */
			if (nobj == 0 && f->measure_object < 0)
				nobj = (int)ex_frame_objects(ctx, prev_anchor, f->anchor, objs, EX_MAX_OBJECTS);
			/* "duties on American pork will fall": the products after a measure
			 * named before the verb are its objects. */
			if (nobj == 0 && f->measure_pos != EX_NOPOS)
				nobj = (int)ex_frame_objects(ctx, f->measure_pos, f->anchor, objs, EX_MAX_OBJECTS);
			if (ra->object_only ||
			    (f->measure_object >= 0 && strcmp(RULES_ACTIONS[ra->action], "suspend_measure") == 0))
				nobj = 0;
			if (nobj == 0) {
				if (ra->object >= 0 && (ra->object_only || f->measure_object < 0))
					objs[nobj++] = ra->object;
				else if (f->measure_object >= 0)
					objs[nobj++] = f->measure_object;
			}
			if (nobj == 0 && f->measure < 0) {
				if (ex_anaphor(ctx, f, s, e, cs, span_end, history, &nw, &nq, &scanned) == -1)
					return -1;
				goto next;
			}
			if (nobj > 0)
				ex_sentence_scan(ctx, s, e, &nw, &nq, &scanned);
			/* "both countries suspended the port fees", "tariffs on each other's goods":
			 * one entry per side, each the other's counterparty. */
			mutual = cp >= 0 && cp != actor && ex_mutual(ctx, k > 0 ? prev_anchor : cs, f, span_end);
			for (int side = 0; side <= mutual; side++)
			for (int o = 0; o < nobj; o++) {
				const struct rule_object *ob = &r->objects[objs[o]];
				const char *action = RULES_ACTIONS[ra->action];
				struct ex_stmt stmt;
				int object = objs[o];

				/* "curb" makes enforcement only of a flow such as fentanyl. */
				if (ra->only_forced && ob->action != ra->action)
					continue;
				memset(&stmt, 0, sizeof(stmt));
				if (strncmp(action, "tariff_", 7) == 0 && ob->tariff_object >= 0)
					object = ob->tariff_object;
				else if (ob->action >= 0)
					action = RULES_ACTIONS[ob->action];
				stmt.actor = side ? cp : actor;
				stmt.counterparty = side ? actor : ex_object_origin(ctx, f->anchor, span_end,
				    objs[o], actor, cp);
				for (int a = 0; a < RULES_NACTIONS; a++)
					if (strcmp(RULES_ACTIONS[a], action) == 0)
						stmt.action = a;
				stmt.object = object;
				/* A counterparty only guessed from the article follows an earlier
				 * statement of the same commitment that named one. */
				if (!explicit_cp && !side)
					for (size_t i = ctx->st.n; i-- > 0;)
						if (ctx->st.v[i].actor == stmt.actor && ctx->st.v[i].action == stmt.action &&
						    ctx->st.v[i].object == stmt.object) {
							stmt.counterparty = ctx->st.v[i].counterparty;
							break;
						}
				stmt.trigger = f->trigger;
				stmt.status = (enum status)st;
				stmt.rank = history ? 0 : 1;
				stmt.pos = f->anchor;
				stmt.sent_start = s;
				stmt.sent_end = e;
				stmt.attr_start = as;
				stmt.attr_len = al;
				/* Deadline: a "by"/"within" date of the clause, or a date the sentence
				 * says something takes effect on ("took effect on Monday", "...,
				 * effective from January 1"), whatever its clause. */
				for (size_t w = 0; w < nw; w++) {
					const struct when_match *wm = &ctx->when[w];
					int eff = ex_effect_near(ctx, mi, s, e, wm->offset, wm->offset + wm->len);

					if ((wm->offset < cs || wm->offset >= ce) && !eff)
						continue;
					if (wm->kind == WHEN_EXPIRY && stmt.expires[0] == '\0')
						memcpy(stmt.expires, wm->date, 11);
					if (stmt.deadline[0] == '\0' && (wm->kind == WHEN_DEADLINE ||
					    (wm->kind == WHEN_DATE && eff && strcmp(action, "tariff_pause") != 0)))
						memcpy(stmt.deadline, wm->date, 11);
				}
				/* "The port fee suspensions will last until Nov. 10, 2026": a known
				 * measure, named with "the", given only an end date, states how long
				 * it runs, not a new pledge: it lends its expiry, never its status. */
				if (f->trigger >= 0 && !f->past && f->measure_pos != EX_NOPOS && stmt.expires[0] != '\0' &&
				    stmt.deadline[0] == '\0' && !strong && ex_definite_np(ctx->text, cs, f->measure_pos))
					stmt.rank = -1;
				ex_pick_quantity(ctx, nq, f->anchor > 60 && f->anchor - 60 > cs ? f->anchor - 60 : cs,
				    span_end, f->anchor, action, object, &stmt.quantity);
				if (!stmt.quantity.present)
					ex_pick_quantity(ctx, nq, cs, ce, f->anchor, action,
					    object, &stmt.quantity);
				if (!stmt.quantity.present && strcmp(action, "tariff_cut") == 0 &&
				    ex_eliminates(ctx, f, span_end))
					ex_zero_percent(&stmt.quantity);
				stmt.confidence = 0.6 + (carried ? -0.15 : 0.15) + (explicit_cp ? 0.05 : 0) +
				    (hedge ? -0.15 : 0) + (history ? -0.1 : 0) + (strong ? 0.05 : 0);
				if (stmt.confidence < 0.05)
					stmt.confidence = 0.05;
				if (stmt.confidence > 0.95)
					stmt.confidence = 0.95;
				if (ex_stmt_push(&ctx->st, &stmt) == -1)
					return -1;
			}
			if (!carried)
				sentence_actor = actor;
next:
			prev_anchor = f->anchor_end;
		}
	}
	/* "..., but the plan has stalled": a later clause tells how the earlier stand. */
	for (size_t c = 1; c < nb; c++) {
		int st = -1;
		size_t made = 0;

		for (size_t i = 0; i < ctx->st.n; i++)
			made += ctx->st.v[i].sent_start == s && ctx->st.v[i].pos >= bounds[c] &&
			    ctx->st.v[i].pos < bounds[c + 1];
		if (made > 0 || (st = ex_clause_outcome(ctx, bounds[c], bounds[c + 1])) < 0)
			continue;
		for (size_t i = 0; i < ctx->st.n; i++)
			if (ctx->st.v[i].sent_start == s && ctx->st.v[i].pos < bounds[c] &&
			    ctx->st.v[i].rank >= 0)
				ctx->st.v[i].status = (enum status)st;
	}
	/* The subject of this sentence stands for "they", "it", "Beijing" in the next. */
	{
		int a = ex_find_actor(ctx, s, e, -1);

		if (sentence_actor >= 0)
			ctx->last_actor = sentence_actor;
		else if (a >= 0)
			ctx->last_actor = a;
		else if ((a = ex_find_speaker(ctx, s, e)) >= 0)
			ctx->last_actor = a;
	}
	return 0;
}

#define EX_FOLLOW_REACH 600  /* bytes back to the statements a deadline sentence continues */

/* ex_follow_deadline - a sentence with no statement of its own that sets a "by"
 * date ("Officials expect results by end-February", "the ministry would process the
 * rest by the end of the month") dates the latest statements of its paragraph that
 * have none (within EX_FOLLOW_REACH). */
static void
ex_follow_deadline(struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t nw, last, group;

	if (ctx->st.n == 0)
		return;
	last = ctx->st.n - 1;
	group = ctx->st.v[last].sent_start;
	/* Wire copy puts one sentence in a paragraph: a blank line does not end the topic. */
	if (ctx->st.v[last].sent_end > s || s - ctx->st.v[last].sent_end > EX_FOLLOW_REACH ||
	    ex_question(ctx->text, s, e))
		return;
	nw = when_find_all(ctx->text + s, e - s, ctx->published, ctx->when, EX_MAX_WHEN);
	for (size_t w = 0; w < nw; w++) {
		if (ctx->when[w].kind != WHEN_DEADLINE)
			continue;
		for (size_t i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == group;)
			if (ctx->st.v[i].deadline[0] == '\0')
				memcpy(ctx->st.v[i].deadline, ctx->when[w].date, 11);
		return;
	}
}

/* ---- one entry per key ---------------------------------------------------- */

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

/* ex_emit - fold the statements into one commitment per key. */
static int
ex_emit(struct ex_ctx *ctx, struct extraction *out)
{
	const struct rules *r = ctx->r;
	char *used = calloc(ctx->st.n + 1, 1);

	if (used == NULL)
		return -1;
	for (size_t i = 0; i < ctx->st.n; i++) {
		const struct ex_stmt *best = &ctx->st.v[i], *dl = NULL, *qt = NULL, *ex = NULL;
		struct commitment *c;

		if (used[i])
			continue;
		for (size_t j = i; j < ctx->st.n; j++) {
			const struct ex_stmt *x = &ctx->st.v[j];

			if (!ex_same_key(x, best) && j != i)
				continue;
			used[j] = 1;
			/* One sentence that names the pledge and its progress ("has bought 8 Mt
			 * of the 12 Mt it committed to buy") asserts the progress. */
			if (x->rank > best->rank || (x->rank == best->rank && (x->sent_start == best->sent_start ?
			    x->status >= best->status : x->pos >= best->pos)))
				best = x;
		}
		for (size_t j = i; j < ctx->st.n; j++) {
			const struct ex_stmt *x = &ctx->st.v[j];

			if (!ex_same_key(x, best))
				continue;
			if (x->deadline[0] && (dl == NULL || x == best || (dl != best && ex_dist(x, best) <
			    ex_dist(dl, best))))
				dl = x;
			if (x->expires[0] && (ex == NULL || x == best || (ex != best && ex_dist(x, best) <
			    ex_dist(ex, best))))
				ex = x;
			if (x->quantity.present && (qt == NULL || x == best || (qt != best &&
			    ex_dist(x, best) < ex_dist(qt, best))))
				qt = x;
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
		snprintf(c->actor, sizeof(c->actor), "%s", r->actors[best->actor]);
		if (best->counterparty >= 0)
			snprintf(c->counterparty, sizeof(c->counterparty), "%s", r->actors[best->counterparty]);
		snprintf(c->action, sizeof(c->action), "%s", RULES_ACTIONS[best->action]);
		snprintf(c->object, sizeof(c->object), "%s", r->objects[best->object].name);
		snprintf(c->hs, sizeof(c->hs), "%s", r->objects[best->object].hs);
		c->status = best->status;
		if (dl != NULL)
			memcpy(c->deadline, dl->deadline, 11);
		if (ex != NULL)
			memcpy(c->expires, ex->expires, 11);
		if (qt != NULL)
			c->quantity = qt->quantity;
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

int
extract_text(const struct rules *rules, const char *body, size_t len, const char *published,
    struct extraction *out)
{
	struct ex_ctx *ctx;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if ((ctx = calloc(1, sizeof(*ctx))) == NULL)
		return -1;
	ctx->r = rules;
	ctx->text = body;
	ctx->len = len;
	ctx->published = published != NULL && *published ? published : NULL;
	ctx->last_actor = -1;
	if (ctx->published != NULL && strlen(ctx->published) >= 4)
		ctx->pub_year = atoi(ctx->published);
	if ((ctx->actor_weight = calloc(rules->nactors + 1, sizeof(int))) == NULL)
		goto out;

	/* One allocation sized for the text (about one mention per 24 bytes of news);
	 * ex_mention_push grows it only for unusually dense text. */
	ctx->m.cap = len / 24 + 64;
	if ((ctx->m.v = malloc(ctx->m.cap * sizeof(*ctx->m.v))) == NULL)
		goto out;
	acmatch_scan(rules->ac, body, len, ex_match_cb, ctx);
	if (ctx->m.oom)
		goto out;
	ex_resolve_overlaps(&ctx->m);
	ex_actor_roles(ctx);
	for (size_t i = 0; i < ctx->m.n; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role != ROLE_LOCATION)
			ctx->actor_weight[ctx->m.v[i].value]++;

	for (size_t s = 0; s < len;) {
		size_t e = sentence_end(rules, body, len, s);

		/* Only sentences with a trigger or a measure can state a commitment. */
		int any = 0;

		for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e && !any; i++)
			if (ctx->m.v[i].start >= s && (ctx->m.v[i].kind == RULE_TRIGGER ||
			    ctx->m.v[i].kind == RULE_MEASURE || (ctx->m.v[i].kind == RULE_OBJECT &&
			    rules->objects[ctx->m.v[i].value].measure >= 0)))
				any = 1;
		if (any) {
			size_t n0 = ctx->st.n;

			if (ex_sentence(ctx, s, e) == -1)
				goto out;
			if (ctx->st.n == n0)
				ex_follow_deadline(ctx, s, e);
		} else {
			ex_follow_deadline(ctx, s, e);
			int a = ex_find_actor(ctx, s, e, -1);

			if (a < 0)
				a = ex_find_speaker(ctx, s, e);
			if (a >= 0)
				ctx->last_actor = a;
		}
		s = e > s ? e : s + 1;
	}
	if (ex_emit(ctx, out) == -1) {
		extraction_free(out);
		goto out;
	}
	rc = 0;
out:
	free(ctx->m.v);
	free(ctx->st.v);
	free(ctx->actor_weight);
	free(ctx);
	return rc;
}
