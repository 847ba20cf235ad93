/*
 * extract_party.c - who owes a commitment and who benefits from it.
 *
 * Each actor mention gets a role from the words around it (subject,
 * counterparty, place, speaker); ex_resolve_parties then reads a frame's
 * actor and counterparty off those roles as grammar: passive agents,
 * subjects before the verb, beneficiary verbs, goods' origins, speakers only
 * as a last resort; "he"/"she" is a person who spoke, and with no subject the
 * market that goods go to acts on them.  Attribution ("Trump said") is found
 * here too.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract_int.h"

/* ex_dateline_end - the end of a wire dateline opening the body ("BUSAN, South Korea
 * (Tradewire) - "): an upper-case place, optional source, then a dash; 0 if none. */
size_t
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
/* ex_body_opening_end - where the words of the body's first sentence start past the
 * opening that outlets print before it: a wire dateline and its dash
 * ("BEIJING, Nov 10 (Reuters) - ", "WASHINGTON — "), an agency in brackets
 * ("(Bloomberg) -- "), or a label of at most five words that opens with a
 * capital and ends in a colon or a bar ("NEW DELHI: ", "EXCLUSIVE: ",
 * "ANALYSIS | ", "Trade war: "), a bar's all-capitals place after it ("By Jane
 * Doe | NEW DELHI ") included.  0 if none.  Only the first 80 bytes are read. */
size_t
ex_body_opening_end(const char *t, size_t len)
{
	size_t i = 0, lim = len < 80 ? len : 80, dl = ex_dateline_end(t, len);
	int words = 0, bar = 0;

	if (dl == 0) {
		while (i < lim && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t'))
			i++;
		if (i < lim && t[i] == '(') {
			/* "(Bloomberg) -- ": an agency's name, then a dash. */
			while (i < lim && t[i] != ')' && t[i] != '.')
				i++;
			if (i + 2 >= lim || t[i] != ')' || t[i + 1] != ' ' ||
			    (t[i + 2] != '-' && (unsigned char)t[i + 2] != 0xe2))
				return 0;
			dl = i + 2;
		}
	}
	if (dl > 0) {
		while (dl < len && (t[dl] == '-' || (unsigned char)t[dl] >= 0x80))
			dl++;   /* "-", "--", an en or em dash */
		while (dl < len && t[dl] == ' ')
			dl++;
		return dl;
	}
	if (i >= lim || t[i] < 'A' || t[i] > 'Z')
		return 0;
	for (; i < lim; i++) {
		if (t[i] == ' ') {
			if (++words > 5)
				return 0;
		} else if (t[i] == ':' || (t[i] == '|' && t[i - 1] == ' ')) {
			bar = t[i] == '|';
			break;
		} else if (!ex_word_byte((unsigned char)t[i]) && t[i] != '/' && t[i] != '-' && t[i] != ',')
			return 0;
	}
	if (i >= lim || i + 1 >= len || t[i + 1] != ' ')
		return 0;
	for (i++; i < len && t[i] == ' '; i++)
		;
	/* "By Jane Doe | NEW DELHI China ...": the place after the bar, words of
	 * three or more capitals. */
	for (size_t k = i, n = 0; bar && k < lim; k++) {
		if (t[k] == ' ') {
			if (n < 3)
				break;
			i = k + 1;
			n = 0;
		} else if (t[k] >= 'A' && t[k] <= 'Z')
			n++;
		else
			break;
	}
	return i < len && ((t[i] >= 'A' && t[i] <= 'Z') || t[i] == '"') ? i : 0;
}
/* ex_office_party - the country of an office named without one in [lo,hi) ("The
 * trade ministry said it would cut", "Officials will suspend", "The country will
 * buy"): the place heading the sentence ("In Seoul, the energy ministry said"),
 * else, if dateline, the dateline's ("HANOI (Mekong Desk) - "), where the story
 * is filed from, or with no dateline the party the article names most but other
 * (the goods' side); -1 if none or no office. */
static int
ex_office_party(const struct ex_ctx *ctx, size_t lo, size_t hi, int dateline, int other)
{
	static const struct ex_word OFFICE[] = {
	    EX_W("ministry"), EX_W("ministries"), EX_W("government"), EX_W("officials"),
	    EX_W("authorities"), EX_W("cabinet"), EX_W("regulator"), EX_W("regulators"),
	    EX_W("customs"), EX_W("administration"), EX_W("minister"), EX_W("department"),
	    EX_W("country"), EX_W("nation")};
	size_t dl = ex_dateline_end(ctx->text, ctx->len), e, ws, wl;
	size_t from = lo;
	int party = -1;

	/* "In Seoul, the ...": a place opening the sentence, then a comma. */
	wl = ex_word_after(ctx->text, lo, hi, &ws);
	if (wl == 2 && ex_ncasecmp(ctx->text + ws, "in", 2) == 0)
		for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
			const struct ex_mention *x = &ctx->m.v[i];

			if (x->kind != RULE_ACTOR)
				continue;
			if (x->role == ROLE_LOCATION && x->end < hi && ctx->text[x->end] == ',' &&
			    ex_word_after(ctx->text, ws + wl, hi, &e) > 0 && e == x->start) {
				party = x->value;
				from = x->end;
			}
			break;
		}
	for (size_t i = 0; dateline && party < 0 && i < ctx->m.n && ctx->m.v[i].end <= dl; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR)
			party = ctx->m.v[i].value;
	for (size_t a = 0; dateline && dl == 0 && from == lo && a < ctx->r->nactors; a++)
		if ((int)a != other && ctx->actor_weight[a] > 0 &&
		    (party < 0 || ctx->actor_weight[a] > ctx->actor_weight[party]))
			party = (int)a;
	if (party < 0)
		return -1;
	for (size_t k = from; k < hi; k = e) {
		for (e = k; e < hi && ex_word_byte((unsigned char)ctx->text[e]); e++)
			;
		if (e == k)
			e++;
		else if (ex_word_in(OFFICE, EX_NWORDS(OFFICE), ctx->text + k, e - k))
			return party;
	}
	return -1;
}
#define EX_OFFICE_REACH 3000  /* bytes back to the office "the ministry" names */

/* ex_office_antecedent - the party of the office that a sentence [s,pos) opened by
 * "The ministry", "The department" or "The agency" (no party named before pos)
 * refers back to: the last office named in the story before s whose name holds
 * that noun ("the Ministry of Commerce", "the Commerce Department"); or -1. */
static int
ex_office_antecedent(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	static const char *const NOUN[] = {"ministry", "department", "agency"};
	size_t ws, wl = ex_word_after(ctx->text, s, pos, &ws), n;

	if (wl != 3 || ex_ncasecmp(ctx->text + ws, "the", 3) != 0)
		return -1;
	wl = ex_word_after(ctx->text, ws + wl, pos, &ws);
	for (n = 0; n < sizeof(NOUN) / sizeof(NOUN[0]); n++)
		if (wl == strlen(NOUN[n]) && ex_ncasecmp(ctx->text + ws, NOUN[n], wl) == 0)
			break;
	if (n == sizeof(NOUN) / sizeof(NOUN[0]) || ex_find_actor(ctx, s, pos, -1) >= 0)
		return -1;
	for (size_t i = ex_first(ctx, s); i-- > 0;) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->end + EX_OFFICE_REACH < s)
			break;
		if (x->kind != RULE_ACTOR)
			continue;
		for (size_t k = x->start; k + wl <= x->end; k++)
			if (ex_ncasecmp(ctx->text + k, NOUN[n], wl) == 0)
				return x->value;
	}
	return -1;
}
/* ex_clause_subject - 1 if a finite auxiliary or modal follows the actor ending at
 * end ("said China would be buying", "says Japan has agreed"): the actor is the
 * subject of a reported clause, not the one who speaks. */
static int
ex_clause_subject(const char *t, size_t end, size_t len)
{
	static const struct ex_word AUX[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("should"), EX_W("can"),
	    EX_W("could"), EX_W("may"), EX_W("might"), EX_W("must"), EX_W("has"),
	    EX_W("have"), EX_W("had"), EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"),
	    EX_W("plans"), EX_W("planned"), EX_W("intends"), EX_W("agreed"), EX_W("pledged"),
	    EX_W("promised"), EX_W("committed")};
	size_t ws, wl = ex_word_after(t, end, len, &ws);

	return wl > 0 && ws == end + 1 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl);
}
/* ex_according_source - 1 if the word t[ws,ws+wl) is "from" or "by" closing
 * "according to" and a source noun of at most three words: "according to a
 * notice from the Commerce Department", "according to a statement by Beijing",
 * "according to data from the USDA": the party after it reports, it is no
 * counterparty. */
static int
ex_according_source(const char *t, size_t ws, size_t wl)
{
	size_t p = ws, s2, l2;

	if (!((wl == 4 && ex_ncasecmp(t + ws, "from", 4) == 0) || (wl == 2 && ex_ncasecmp(t + ws, "by", 2) == 0)))
		return 0;
	for (int w = 0; w < 4 && (l2 = ex_word_before(t, p, 0, &s2)) > 0; w++, p = s2) {
		if (memchr(t + s2, ',', p - s2) != NULL)
			return 0;
		if (l2 == 2 && ex_ncasecmp(t + s2, "to", 2) == 0)
			return w > 0 && ex_word_before(t, s2, 0, &p) == 9 && ex_ncasecmp(t + p, "according", 9) == 0;
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
	if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0 &&
	    ex_word_before(t, ws, 0, &s2) == 9 && ex_ncasecmp(t + s2, "according", 9) == 0)
		return 1;
	if (ex_according_source(t, ws, wl))
		return 1;
	/* "..., said China's commerce ministry" names the speaker; "said China would
	 * buy" opens a reported clause whose subject is China. */
	if (wl == 4 && (ex_ncasecmp(t + ws, "said", 4) == 0 || ex_ncasecmp(t + ws, "says", 4) == 0))
		return !ex_clause_subject(t, x->end, ctx->len);
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= x->end + 48; j++) {
		const struct ex_mention *y = &ctx->m.v[j];

		if (y->kind == RULE_ATTRIBUTION) {
			/* Only words between, no clause mark: "Trump, who ... said" is not one;
			 * nor a sentence end ("... from the country.  Seoul's office said"). */
			for (size_t k = x->end; k < y->start; k++)
				if (t[k] == ',' || t[k] == ';' || t[k] == '"' || t[k] == '(' || t[k] == '\n' ||
				    (unsigned char)t[k] == 0xe2 || ex_word_period(t, x->start, k))
					return 0;
			/* "announced" before a noun phrase names what was done by the subject. */
			return 1;
		}
		/* "China's agriculture ministry said": the office's field is a title. */
		if (ex_content(y->kind) && y->kind != RULE_ACTOR &&
		    !(y->kind == RULE_OBJECT && ex_office_field(t, y->start, y->end, ctx->len)))
			return 0;
	}
	return 0;
}
/* ex_people_in - 1 if the place word at [ws, ws+wl) is "in" or "at" after an
 * agent noun ("officials in Washington said", "negotiators in Beijing agreed",
 * "sources at PetroChina say"): the place stands for its government, the firm
 * for its country. */
static int
ex_people_in(const struct ex_ctx *ctx, size_t ws, size_t wl)
{
	static const struct ex_word PEOPLE[] = {
	    EX_W("sources"), EX_W("executives"), EX_W("people"), EX_W("staff")};
	size_t ps, pl;

	if (wl != 2 || (ex_ncasecmp(ctx->text + ws, "in", 2) != 0 &&
	    ex_ncasecmp(ctx->text + ws, "at", 2) != 0))
		return 0;
	pl = ex_word_before(ctx->text, ws, 0, &ps);
	return pl > 0 && (rules_list_has(&ctx->r->agent_nouns, ctx->text + ps, pl) ||
	    (ex_ncasecmp(ctx->text + ws, "at", 2) == 0 && ex_word_in(PEOPLE, EX_NWORDS(PEOPLE), ctx->text + ps, pl)));
}
static int ex_office_name(const char *w, size_t n);
/* EX_OFFICE_HEADS - first words of a government office's capitalised name. */
static const struct ex_word EX_OFFICE_HEADS[] = {
    EX_W("Office"), EX_W("Ministry"), EX_W("Department"), EX_W("Bureau"),
    EX_W("Secretary"), EX_W("Minister"), EX_W("Government"), EX_W("Embassy"),
    EX_W("Cabinet"), EX_W("Secretariat"), EX_W("Agency"), EX_W("Administration")};
/* ex_of_agent - 1 if the actor mention i after "of" (at ws, wl) is the agent of the
 * verb noun right after it: "disbursement of the Japanese investment", "the pace of
 * Chinese purchases" name who invests and who buys; or the owner of the measure
 * right after it: "the removal of US tariffs on British steel"; after "in" too:
 * "a reduction in US tariffs"; or the giver of the promise right after "of":
 * "a string of Chinese promises: to buy", "a series of Korean pledges". */
static int
ex_of_agent(const struct ex_ctx *ctx, size_t i, size_t ws, size_t wl)
{
	static const struct ex_word MONEY_KIND[] = {
	    EX_W("public"), EX_W("private"), EX_W("and"), EX_W("direct"), EX_W("foreign"),
	    EX_W("corporate"), EX_W("state"), EX_W("new"), EX_W("fresh"), EX_W("additional")};
	const struct ex_mention *x = &ctx->m.v[i];
	size_t k = x->end;

	/* "exempt from US tariffs", "relief from Chinese duties": the owner of
	 * the measure named right after, never a trigger ("from US purchases"). */
	int from = wl == 4 && ex_ncasecmp(ctx->text + ws, "from", 4) == 0;

	if (!from && (wl != 2 || (ex_ncasecmp(ctx->text + ws, "of", 2) != 0 &&
	    ex_ncasecmp(ctx->text + ws, "in", 2) != 0)))
		return 0;
	/* "the suspension of Mexico's tariffs": a possessive owns as well
	 * (straight or curly apostrophe). */
	k += ex_possessive_len(ctx->text, k, ctx->len);
	while (k < ctx->len && ctx->text[k] == ' ')
		k++;
	/* "in Japanese public and private investment": kinds of money between. */
	for (int n = 0; n < 4; n++) {
		size_t ms, ml = ex_word_after(ctx->text, k > 0 ? k - 1 : 0, ctx->len, &ms);

		if (ml == 0 || ms != k || !ex_word_in(MONEY_KIND, EX_NWORDS(MONEY_KIND), ctx->text + ms, ml))
			break;
		for (k = ms + ml; k < ctx->len && ctx->text[k] == ' '; k++)
			;
	}
	/* "the affiliates rule of the Bureau of Industry and Security": an
	 * office after "of" owns what is named before it; it is no origin. */
	if (!from && ex_ncasecmp(ctx->text + ws, "of", 2) == 0) {
		size_t os, ol = ex_word_after(ctx->text, x->start, x->end, &os);

		if ((ol > 0 && ex_word_in(EX_OFFICE_HEADS, EX_NWORDS(EX_OFFICE_HEADS), ctx->text + os, ol)) ||
		    ex_office_name(ctx->text + x->start, x->end - x->start))
			return 1;
	}
	if (!from && ex_ncasecmp(ctx->text + ws, "of", 2) == 0 && k > x->end) {
		size_t ns, nl = ex_word_after(ctx->text, k, ctx->len, &ns);

		if (ex_word_in(EX_PLEDGE_NOUNS, EX_NPLEDGE_NOUNS, ctx->text + ns, nl))
			return 1;
	}
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= k; j++)
		if (ctx->m.v[j].start == k && k > x->end && ((!from && (ctx->m.v[j].kind == RULE_TRIGGER ||
		    ctx->m.v[j].kind == RULE_MEASURE)) || (ctx->m.v[j].kind == RULE_OBJECT &&
		    ctx->r->objects[ctx->m.v[j].value].measure >= 0)))
			return 1;
	return 0;
}
/* ex_comma_back - walking back from pos to the sentence start (after a line
 * break or ". "), the offset of the first comma met, else where the walk
 * stops.  With SSE2 sixteen bytes at a time: only a comma, a line break or a
 * '.' (before a space the walk has passed) ends it. */
static size_t
ex_comma_back(const char *t, size_t pos)
{
	size_t ss = pos;

#ifdef __SSE2__
	for (; ss >= 16; ss -= 16) {
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(t + ss - 16));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(',')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\n'))),
		    _mm_cmpeq_epi8(b, _mm_set1_epi8('.'))));

		for (; m != 0; m &= ~(1u << (31 - __builtin_clz(m)))) {
			size_t j = ss - 16 + (size_t)(31 - __builtin_clz(m));

			if (t[j] == ',')
				return j;
			if (t[j] == '\n')
				return j + 1;
			if (j + 1 < pos && t[j + 1] == ' ')
				return j + 2;
		}
	}
	/* ". " across the last block's lower edge. */
	if (ss < pos && ss > 0 && t[ss] == ' ' && t[ss - 1] == '.')
		return ss + 1;
#endif
	while (ss > 0 && t[ss - 1] != '\n' && !(ss > 1 && t[ss - 1] == ' ' && t[ss - 2] == '.'))
		if (t[--ss] == ',')
			break;
	return ss;
}
/* ex_led_by - 1 if the actor mention i stands in an aside that says who makes up
 * the sentence's subject, set off by its first comma ("The consortium, led by a
 * unit of Korean steelmaker Posco, committed to invest ...", "The joint venture,
 * owned by Saudi Arabia's Ma'aden, will buy ..."): the party is the subject, not
 * a counterparty after "by" or "of".  No party may stand before that comma. */
static int
ex_led_by(const struct ex_ctx *ctx, size_t i)
{
	static const char *const ASIDE[] = {
	    "led by ", "owned by ", "controlled by ", "run by ", "formed by ", "a unit of ",
	    "a subsidiary of ", "an affiliate of ", "a venture of ", "a joint venture of "};
	const char *t = ctx->text;
	const struct ex_mention *x = &ctx->m.v[i];
	size_t ss = x->start, c, a;
	int aside = 0;

	/* The sentence's one comma before the mention is its last: found walking
	 * back, and the rest of the walk to the sentence start (no other comma)
	 * only once an aside phrase follows it. */
	ss = ex_comma_back(t, ss);
	if (ss == x->start || t[ss] != ',')
		return 0;
	c = ss;
	for (a = c + 1; a < x->start && t[a] == ' '; a++)
		;
	for (size_t k = 0; k < sizeof(ASIDE) / sizeof(ASIDE[0]) && !aside; k++)
		aside = ex_ncasecmp(t + a, ASIDE[k], strlen(ASIDE[k])) == 0;
	if (!aside)
		return 0;
	while (ss > 0 && t[ss - 1] != '\n' && !(ss > 1 && t[ss - 1] == ' ' && t[ss - 2] == '.'))
		if (t[--ss] == ',')
			return 0;
	for (size_t j = i; j-- > 0 && ctx->m.v[j].start >= ss;)
		if (ctx->m.v[j].kind == RULE_ACTOR && ctx->m.v[j].start < c)
			return 0;
	return 1;
}
/* ex_count_bound - the word before a bound that opens a count ("at least",
 * "at most", "more than", "fewer than", "less than", "up to") when
 * the word at [ws, ws+wl) ends one: its length, *out its start; else wl and ws. */
static size_t
ex_count_bound(const char *t, size_t ws, size_t wl, size_t *out)
{
	static const struct ex_word LEAD[] = {
	    EX_W("at"), EX_W("more"), EX_W("fewer"), EX_W("less"), EX_W("up")};
	static const struct ex_word BOUND[] = {
	    EX_W("least"), EX_W("most"), EX_W("than"), EX_W("to")};
	size_t ps, pl, qs, ql;

	*out = ws;
	if (!ex_word_in(BOUND, EX_NWORDS(BOUND), t + ws, wl) ||
	    (pl = ex_word_before(t, ws, 0, &ps)) == 0 || !ex_word_in(LEAD, EX_NWORDS(LEAD), t + ps, pl))
		return wl;
	if ((wl == 2) != (pl == 2 && ex_ncasecmp(t + ps, "up", 2) == 0))
		return wl;
	ql = ex_word_before(t, ps, 0, &qs);
	*out = qs;
	return ql;
}
/* ex_with_subject - 1 if the actor mention i after "with" (at ws, wl) is the
 * subject of an "-ing" verb right after it, an absolute clause: "with China
 * pausing its new export controls for one year" (not "talks with China"). */
static int
ex_with_subject(const struct ex_ctx *ctx, size_t i, size_t ws, size_t wl)
{
	static const struct ex_word ADV[] = {EX_W("now"), EX_W("also"), EX_W("still")};
	const struct ex_mention *x = &ctx->m.v[i];
	size_t as, al;

	if (wl != 4 || ex_ncasecmp(ctx->text + ws, "with", 4) != 0)
		return 0;
	al = ex_word_after(ctx->text, x->end, ctx->len, &as);
	if (al > 0 && ex_word_in(ADV, EX_NWORDS(ADV), ctx->text + as, al))
		al = ex_word_after(ctx->text, as + al, ctx->len, &as);
	return al > 4 && as == x->end + 1 && strncmp(ctx->text + as + al - 3, "ing", 3) == 0;
}
/* ex_office_of - 1 if the word at [ws,ws+wl) is "of" after the capitalised
 * noun of a government office: "the Office of the US Trade Representative",
 * "the Government of India", "the Ministry of Commerce of Vietnam".  The party
 * names the office's own country, which acts (not the goods' side). */
static int
ex_office_of(const char *t, size_t ws, size_t wl)
{
	size_t ps, pl;

	if (wl != 2 || strncasecmp(t + ws, "of", 2) != 0)
		return 0;
	pl = ex_word_before(t, ws, 0, &ps);
	return pl > 0 && t[ps] >= 'A' && t[ps] <= 'Z' && ex_word_in(EX_OFFICE_HEADS, EX_NWORDS(EX_OFFICE_HEADS), t + ps, pl);
}
/* ex_pledge_from - 1 if the word at [ws,ws+wl) is "from" or "of" after a noun of
 * pledging: "a commitment from Vietnam to buy", "assurances from Tokyo to
 * lift", "the commitment of the US to bring tariffs to zero" (the party after
 * it pledges, as after "by"). */
/* Nouns of a promise given: the party after "from"/"of" or before "'s" gives it. */
const struct ex_word EX_PLEDGE_NOUNS[] = {
    EX_W("commitment"), EX_W("commitments"), EX_W("pledge"), EX_W("pledges"),
    EX_W("promise"), EX_W("promises"), EX_W("undertaking"), EX_W("assurance"),
    EX_W("assurances"), EX_W("offer"), EX_W("guarantee"), EX_W("guarantees")};
const size_t EX_NPLEDGE_NOUNS = EX_NWORDS(EX_PLEDGE_NOUNS);

static int
ex_pledge_from(const char *t, size_t ws, size_t wl)
{
	size_t ps, pl;

	if (!(wl == 4 && strncasecmp(t + ws, "from", 4) == 0) && !(wl == 2 && strncasecmp(t + ws, "of", 2) == 0))
		return 0;
	pl = ex_word_before(t, ws, 0, &ps);
	return pl > 0 && ex_word_in(EX_PLEDGE_NOUNS, EX_NPLEDGE_NOUNS, t + ps, pl);
}
/* ex_for_subject - 1 if the party at mention i, after "for", is the subject of an
 * infinitive right after it: "its call for Washington to scrap the duties",
 * "pressure for Beijing to buy more soybeans" (not "lower tariffs for Japan to
 * 15%": "to" must lead to a trigger verb); also after a pledge's "from" ("a
 * commitment from Vietnam to buy US corn", ex_pledge_from). */
static int
ex_for_subject(const struct ex_ctx *ctx, size_t i, size_t ws, size_t wl)
{
	const struct ex_mention *x = &ctx->m.v[i];
	size_t as, al = ex_word_after(ctx->text, x->end, ctx->len, &as), vs;

	/* "a deal for Japanese utilities to import", "for Korea's refiners to buy":
	 * the party's firms, a possessive and two lower-case words at most. */
	if (al == 2 && ctx->text[as] == '\'')
		al = ex_word_after(ctx->text, as + al, ctx->len, &as);
	for (int w = 0; w < 2 && al > 0 && ctx->text[as] >= 'a' && ctx->text[as] <= 'z' &&
	    !(al == 2 && strncasecmp(ctx->text + as, "to", 2) == 0); w++)
		al = ex_word_after(ctx->text, as + al, ctx->len, &as);
	if (!(wl == 3 && strncasecmp(ctx->text + ws, "for", 3) == 0) && !ex_pledge_from(ctx->text, ws, wl))
		return 0;
	if (al != 2 || strncasecmp(ctx->text + as, "to", 2) != 0 ||
	    ex_word_after(ctx->text, as + al, ctx->len, &vs) == 0)
		return 0;
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= vs; j++)
		if (ctx->m.v[j].start == vs && ctx->m.v[j].kind == RULE_TRIGGER)
			return 1;
	return 0;
}
/* ex_goods_agent - 1 if the goods ending at end are followed, within two more
 * words, by a noun naming who buys or acts ("Chinese soybean buyers", "Japanese
 * LNG purchases", "a Taiwan farm trade delegation", "Taiwanese chip and
 * technology companies"): the actor before the goods
 * is that agent, not their origin.  "imports" is left out: "Chinese steel
 * imports" are as often the goods of China. */
static int
ex_goods_agent(const struct ex_ctx *ctx, size_t end)
{
	static const struct ex_word BUYING[] = {
	    EX_W("purchases"), EX_W("purchase"), EX_W("purchasing"), EX_W("buying"),
	    EX_W("orders"), EX_W("bookings"), EX_W("procurement")};
	const char *t = ctx->text;
	size_t ws, wl;

	for (int w = 0; w < 4 && (wl = ex_word_after(t, end, ctx->len, &ws)) > 0; w++) {
		/* Only plain words between: "LNG, and purchases" is another phrase;
		 * "semiconductor and technology companies" joins two goods words. */
		for (size_t k = end; k < ws; k++)
			if (t[k] != ' ')
				return 0;
		if (w == 0 && ((wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0) ||
		    (wl == 2 && ex_ncasecmp(t + ws, "or", 2) == 0))) {
			end = ws + wl;
			continue;
		}
		if (t[ws] < 'a' || t[ws] > 'z' || ex_function_word(t + ws, wl))
			return 0;
		if (rules_list_has(&ctx->r->agent_nouns, t + ws, wl) ||
		    ex_word_in(BUYING, EX_NWORDS(BUYING), t + ws, wl))
			return 1;
		end = ws + wl;
	}
	return 0;
}
/* ex_modifier_gap - 1 if only lower-case words, spaces and hyphens stand in
 * t[a,b), none a verb: the actor before them modifies what follows ("US
 * soybeans", "Chinese high-end chips"), not "Washington gave Nvidia the nod",
 * whose actor is the subject of the verb between. */
static int
ex_modifier_gap(const char *t, size_t a, size_t b)
{
	static const struct ex_word VERB[] = {
	    EX_W("gave"), EX_W("give"), EX_W("gives"), EX_W("granted"), EX_W("grants"),
	    EX_W("offered"), EX_W("offers"), EX_W("handed"), EX_W("told"), EX_W("let"),
	    EX_W("lets"), EX_W("allowed"), EX_W("allows"), EX_W("will"), EX_W("would"),
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were"), EX_W("asked"), EX_W("urged"), EX_W("pressed")};

	for (size_t k = a; k < b; k++) {
		if (!(t[k] == ' ' || (t[k] >= 'a' && t[k] <= 'z') || t[k] == '-'))
			return 0;
		if (t[k] != ' ' && t[k] != '-' && (k == a || t[k - 1] == ' ')) {
			size_t ws, wl = ex_word_after(t, k, b, &ws);

			if (ex_word_in(VERB, EX_NWORDS(VERB), t + ws, wl))
				return 0;
		}
	}
	return 1;
}
/* ex_model_gap - 1 if t[a,b) holds only a maker's model names, each with a
 * digit or a capital first ("Boeing 737 MAX aircraft", "Airbus A350 jets",
 * "Boeing 787 Dreamliner jets"): the maker before them makes the goods after
 * them. */
static int
ex_model_gap(const char *t, size_t a, size_t b)
{
	int words = 0;

	for (size_t k = a; k < b;) {
		size_t ws, wl = ex_word_after(t, k, b, &ws);
		int digit = 0;

		if (wl == 0)
			return ws >= b && words > 0;
		for (size_t j = ws; j < ws + wl; j++)
			digit |= t[j] >= '0' && t[j] <= '9';
		if (!digit && !(t[ws] >= 'A' && t[ws] <= 'Z'))
			return 0;
		words++;
		k = ws + wl;
	}
	return words > 0;
}
/* ex_goods_buyer - 1 if the subject actor mention i is the agent named before
 * goods and an agent or buying noun ("Japanese LNG purchases", "Chinese gallium
 * producers"). */
static int
ex_goods_buyer(const struct ex_ctx *ctx, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i], *y;

	if (i + 1 >= ctx->m.n || x->role != ROLE_SUBJECT)
		return 0;
	y = &ctx->m.v[i + 1];
	return (y->kind == RULE_OBJECT || y->kind == RULE_MEASURE) && y->start <= x->end + 12 &&
	    ex_modifier_gap(ctx->text, x->end, y->start) && ex_goods_agent(ctx, y->end);
}
/* ex_verb_before_goods - the party that opens a verb right before the goods
 * buyer mention i ("China resumes U.S. soybean purchases", "Japan will step up
 * U.S. LNG purchases": the party after the verb is the goods' origin), or -1:
 * another party in the clause from cs, then at most 40 bytes with no comma,
 * colon or semicolon, ending in a trigger or a proposal or pledge cue ("eyes
 * more US rice purchases") at most 12 bytes before i, or with a verb of
 * planning ("plans additional US rice purchases"). */
static int
ex_verb_before_goods(const struct ex_ctx *ctx, size_t cs, size_t i)
{
	static const struct ex_word PLAN[] = {
	    EX_W("plans"), EX_W("plan"), EX_W("planned"), EX_W("planning"), EX_W("intends"),
	    EX_W("intend"), EX_W("intended"), EX_W("schedules"), EX_W("scheduled"),
	    EX_W("prepares"), EX_W("preparing"), EX_W("mulls"), EX_W("mulling"),
	    EX_W("weighs"), EX_W("weighing"), EX_W("eyes"), EX_W("eyeing")};
	const struct ex_mention *x = &ctx->m.v[i];
	size_t j = (size_t)-1;
	int verb = 0;

	for (size_t k = ex_first(ctx, cs); k < i; k++)
		if (ctx->m.v[k].kind == RULE_ACTOR && ctx->m.v[k].start >= cs && ctx->m.v[k].value != x->value)
			j = k;
	if (j == (size_t)-1 || ctx->m.v[j].end + 40 < x->start)
		return -1;
	for (size_t k = ctx->m.v[j].end; k < x->start; k++)
		if (ctx->text[k] == ',' || ctx->text[k] == ';' || ctx->text[k] == ':')
			return -1;
	/* the verb right before the goods' origin: "resume U.S.", "increase its U.S.";
	 * or a verb of weighing or planning that is a status cue ("eyes more US
	 * rice purchases", "is considering additional U.S. LNG purchases"). */
	for (size_t k = j + 1; k < i; k++)
		if ((ctx->m.v[k].kind == RULE_TRIGGER || (ctx->m.v[k].kind == RULE_CUE &&
		    (ctx->m.v[k].value == STATUS_PROPOSED || ctx->m.v[k].value == STATUS_PLEDGED))) &&
		    ctx->m.v[k].end + 12 >= x->start)
			verb = 1;
	/* "Japan plans additional US rice purchases", "Seoul intends more U.S.
	 * LNG imports": a verb of planning, no cue of its own, in the 40 bytes. */
	for (size_t p = ctx->m.v[j].end, ws, wl; !verb &&
	    (wl = ex_word_after(ctx->text, p, x->start, &ws)) > 0; p = ws + wl)
		verb = ex_word_in(PLAN, EX_NWORDS(PLAN), ctx->text + ws, wl);
	return verb ? ctx->m.v[j].value : -1;
}
/* ex_seller_before - the buyer of the latest earlier statement of action whose
 * counterparty is seller ("China pledged to buy American soybeans"), or -1. */
static int
ex_seller_before(const struct ex_ctx *ctx, const char *action, int seller, size_t s)
{
	for (size_t i = ctx->st.n; i-- > 0;) {
		const struct ex_stmt *x = &ctx->st.v[i];

		if (x->sent_end <= s && strcmp(RULES_ACTIONS[x->action], action) == 0 &&
		    x->counterparty == seller && x->actor != seller)
			return x->actor;
	}
	return -1;
}
/* ex_all_origins - 1 if t[lo,hi) says a measure applies to every origin ("applied
 * to all countries", "from all trading partners", "regardless of origin", "its
 * global tariffs"). */
static int
ex_all_origins(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word ALL[] = {
	    EX_W("all countries"), EX_W("all trading partners"), EX_W("all origins"),
	    EX_W("all nations"), EX_W("all suppliers"), EX_W("every country"),
	    EX_W("every trading partner"), EX_W("every origin"), EX_W("any origin"),
	    EX_W("regardless of origin"), EX_W("whatever their origin"),
	    EX_W("all sources"), EX_W("most-favoured-nation"), EX_W("most-favored-nation"),
	    EX_W("global tariff"), EX_W("global tariffs"), EX_W("global duties"),
	    EX_W("worldwide tariffs")};

	for (size_t k = lo; k < hi; k++) {
		if (k > lo && ex_word_byte((unsigned char)t[k - 1]))
			continue;
		for (size_t w = 0; w < EX_NWORDS(ALL); w++)
			if (ex_lower((unsigned char)t[k]) == ALL[w].s[0] && k + ALL[w].n <= hi &&
			    ex_ncasecmp(t + k, ALL[w].s, ALL[w].n) == 0 &&
			    (k + ALL[w].n == hi || !ex_word_byte((unsigned char)t[k + ALL[w].n])))
				return 1;
	}
	return 0;
}
/* ex_made_in - 1 if the place word at ws ("in") follows a word of origin: "goods
 * originating in Vietnam", "cars made in Mexico" name the goods' origin. */
static int
ex_made_in(const char *t, size_t ws)
{
	static const struct ex_word MADE[] = {
	    EX_W("originating"), EX_W("made"), EX_W("produced"), EX_W("manufactured"),
	    EX_W("grown"), EX_W("raised"), EX_W("built"), EX_W("assembled"), EX_W("mined")};
	/* "goods that cannot be grown or produced in the United States" are not hers. */
	static const struct ex_word VERB[] = {
	    EX_W("be"), EX_W("been"), EX_W("being"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were"), EX_W("not"), EX_W("or"), EX_W("and")};
	static const struct ex_word OR[] = {EX_W("or"), EX_W("and")};
	size_t ps, pl;

	if (ex_ncasecmp(t + ws, "in ", 3) != 0)
		return 0;
	pl = ex_word_before(t, ws, 0, &ps);
	if (pl == 0 || !ex_word_in(MADE, EX_NWORDS(MADE), t + ps, pl))
		return 0;
	pl = ex_word_before(t, ps, 0, &ps);
	/* "vessels owned, operated or built in the United States": a list of
	 * participles, each in -ed, hangs on the goods before it. */
	if (pl > 0 && ex_word_in(OR, EX_NWORDS(OR), t + ps, pl)) {
		int n = 0;

		for (;;) {
			size_t q = ps;

			while (q > 0 && t[q - 1] == ' ')
				q--;
			if (q > 0 && t[q - 1] == ',')
				q--;
			if ((pl = ex_word_before(t, q, 0, &ps)) <= 2 || n == 3 ||
			    ex_ncasecmp(t + ps + pl - 2, "ed", 2) != 0)
				break;
			n++;
		}
		if (n == 0)
			return 0;
	}
	return pl > 0 && !ex_word_in(VERB, EX_NWORDS(VERB), t + ps, pl);
}
/* ex_infinitive_after - 1 if "to" and a verb follow the actor mention i within its
 * phrase ("Chinese firms licences to buy"): the actor is that verb's subject. */
static int
ex_infinitive_after(const struct ex_ctx *ctx, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i];

	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= x->end + 60; j++) {
		const struct ex_mention *y = &ctx->m.v[j];
		size_t ws, wl;

		for (size_t k = x->end; k < y->start; k++)
			if (ctx->text[k] == ',' || ctx->text[k] == ';' || ctx->text[k] == '.')
				return 0;
		if (y->kind != RULE_TRIGGER)
			continue;
		wl = ex_word_before(ctx->text, y->start, x->end, &ws);
		return wl == 2 && ex_ncasecmp(ctx->text + ws, "to", 2) == 0;
	}
	return 0;
}
/* ex_made_verb - 1 if "made" at [ws,ws+wl) is the verb of the actor before it,
 * not a mark of origin: "the pledge Hanoi made to Washington", "the commitments
 * China made in Busan" (a function word or article follows; "China made
 * chips" and "US-made" stay goods of that origin), "Tokyo made good on". */
static int
ex_made_verb(const char *t, size_t ws, size_t wl, size_t len)
{
	size_t ns, nl;

	if (wl != 4 || ex_ncasecmp(t + ws, "made", 4) != 0)
		return 0;
	nl = ex_word_after(t, ws + wl, len, &ns);
	/* "Washington made good on its promise": the idiom is the verb */
	if (nl == 4 && ns == ws + wl + 1 && ns + 7 <= len && ex_ncasecmp(t + ns, "good on", 7) == 0)
		return 1;
	return nl > 0 && ns == ws + wl + 1 && (ex_function_word(t + ns, nl) || ex_determiner(t + ns, nl));
}
/* ex_party_list_gap - 1 if t[p..q) holds only commas, spaces and one "and" or "or". */
static int
ex_party_list_gap(const char *t, size_t p, size_t q)
{
	while (p < q && (t[p] == ',' || t[p] == ' '))
		p++;
	if (p + 4 <= q && strncasecmp(t + p, "and ", 4) == 0)
		p += 4;
	else if (p + 3 <= q && strncasecmp(t + p, "or ", 3) == 0)
		p += 3;
	return p == q;
}
/* ex_list_word - 1 if t[p..q) holds "and" or "or" as a word. */
static int
ex_list_word(const char *t, size_t p, size_t q)
{
	for (; p + 3 <= q; p++)
		if ((strncasecmp(t + p, "and", 3) == 0 && (p + 3 == q || t[p + 3] == ' ')) ||
		    (strncasecmp(t + p, "or", 2) == 0 && (p + 2 == q || t[p + 2] == ' ')))
			if (p == 0 || t[p - 1] == ' ' || t[p - 1] == ',')
				return 1;
	return 0;
}
/* ex_listed_cp - 1 if actor mention i continues a list of parties whose previous
 * member is a counterparty: only commas and "and"/"or" between, and the list
 * closed by "and"/"or" before i or before the next member ("to the United
 * States, Mexico and Canada"; not "After talks with China, Japan agreed"). */
static int
ex_listed_cp(const struct ex_ctx *ctx, size_t i)
{
	const char *t = ctx->text;
	size_t j = i, k;

	while (j-- > 0 && ctx->m.v[j].kind != RULE_ACTOR)
		;
	if (j == (size_t)-1 || ctx->m.v[j].role != ROLE_COUNTERPARTY ||
	    !ex_party_list_gap(t, ctx->m.v[j].end, ctx->m.v[i].start) ||
	    ctx->m.v[j].end == ctx->m.v[i].start)
		return 0;
	if (ex_list_word(t, ctx->m.v[j].end, ctx->m.v[i].start))
		return 1;
	for (k = i + 1; k < ctx->m.n && ctx->m.v[k].kind != RULE_ACTOR; k++)
		;
	return k < ctx->m.n && ex_party_list_gap(t, ctx->m.v[i].end, ctx->m.v[k].start) &&
	    ex_list_word(t, ctx->m.v[i].end, ctx->m.v[k].start);
}
/* ex_compound_list - the role of actor mention i in a list of two or more
 * compound modifiers ("US-owned, US-operated and US-built"; only commas, "and",
 * "or" between): a counterparty when the head noun after the last names a
 * beneficiary (`counterparty_after`: "vessels", "goods", "firms"), else a place
 * (a company's home: "a US-owned and UK-listed group"); -1 when i is in no list. */
static int
ex_compound_list(const struct ex_ctx *ctx, size_t i)
{
	const char *t = ctx->text;
	size_t p, ws, wl, head = 0, members = 0, k = i, lo = ctx->m.v[i].start;

	/* Back to the list's first member. */
	for (size_t j = i; j-- > 0;) {
		const struct ex_mention *y = &ctx->m.v[j];

		if (y->kind != RULE_ACTOR)
			continue;
		for (p = y->end; p < lo && (t[p] == '-' || ex_word_byte((unsigned char)t[p])); p++)
			;
		if (t[y->end] != '-' || !ex_party_list_gap(t, p, lo))
			break;
		lo = y->start;
		k = j;
	}
	for (p = lo; k < ctx->m.n; k++) {
		const struct ex_mention *y = &ctx->m.v[k];

		if (y->kind != RULE_ACTOR || y->start < p)
			continue;
		if (y->start != p || y->end >= ctx->len || t[y->end] != '-')
			break;
		for (p = y->end; p < ctx->len && (t[p] == '-' || ex_word_byte((unsigned char)t[p])); p++)
			;
		members++;
		head = p;
		/* On to the next member. */
		while (p < ctx->len && (t[p] == ',' || t[p] == ' '))
			p++;
		if (p + 4 <= ctx->len && strncasecmp(t + p, "and ", 4) == 0)
			p += 4;
		else if (p + 3 <= ctx->len && strncasecmp(t + p, "or ", 3) == 0)
			p += 3;
	}
	if (members < 2)
		return -1;
	wl = ex_word_after(t, head, ctx->len, &ws);
	return wl > 0 && rules_list_has(&ctx->r->cp_after, t + ws, wl) ? ROLE_COUNTERPARTY :
	    ROLE_LOCATION;
}
/* ex_dash_at - the length of a hyphen or an en dash at t[p], or 0. */
static size_t
ex_dash_at(const char *t, size_t p, size_t len)
{
	if (p < len && t[p] == '-')
		return 1;
	if (p + 3 <= len && memcmp(t + p, "\xe2\x80\x93", 3) == 0)
		return 3;
	return 0;
}
/* ex_pair_name - 1 if actor mention i is one of two parties joined by a dash
 * that name a relationship ("the India-UK agreement", "US-China trade talks",
 * "the EU–Mercosur deal"): neither is the clause's subject; either may be
 * the other side of what the clause's subject does.  Not before a noun of the goods' side ("US-China vessels"). */
static int
ex_pair_name(const struct ex_ctx *ctx, size_t i)
{
	const struct ex_mention *a, *b;
	size_t d, ws, wl;

	if (i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_ACTOR &&
	    (d = ex_dash_at(ctx->text, ctx->m.v[i].end, ctx->len)) > 0 &&
	    ctx->m.v[i].end + d == ctx->m.v[i + 1].start)
		a = &ctx->m.v[i], b = &ctx->m.v[i + 1];
	else if (i > 0 && ctx->m.v[i - 1].kind == RULE_ACTOR &&
	    (d = ex_dash_at(ctx->text, ctx->m.v[i - 1].end, ctx->len)) > 0 &&
	    ctx->m.v[i - 1].end + d == ctx->m.v[i].start)
		a = &ctx->m.v[i - 1], b = &ctx->m.v[i];
	else
		return 0;
	/* "the US-Mexico-Canada Agreement": a chain of three names a treaty. */
	if ((a > ctx->m.v && a[-1].kind == RULE_ACTOR && ex_dash_at(ctx->text, a[-1].end, ctx->len) > 0 &&
	    a[-1].end + ex_dash_at(ctx->text, a[-1].end, ctx->len) == a->start) ||
	    (b + 1 < ctx->m.v + ctx->m.n && b[1].kind == RULE_ACTOR &&
	    ex_dash_at(ctx->text, b->end, ctx->len) > 0 && b->end + ex_dash_at(ctx->text, b->end, ctx->len) == b[1].start))
		return 0;
	if (b->end < ctx->len && (ex_word_byte((unsigned char)ctx->text[b->end]) || ctx->text[b->end] == '-'))
		return 0;
	wl = ex_word_after(ctx->text, b->end, ctx->len, &ws);
	return wl == 0 || !rules_list_has(&ctx->r->cp_after, ctx->text + ws, wl);
}
static int ex_goods_of_holder(const struct ex_ctx *ctx, const struct ex_mention *x, size_t hi);
/* ex_goods_origin_after - the party in [lo,hi) that modifies a product named
 * right after it ("for Chinese rare earths"): the goods' origin; or -1.  Not a
 * product that names firms buying it ("approvals for US battery makers", "for
 * American magnet users": ex_goods_of_holder): their side is owed, no origin. */
static int
ex_goods_origin_after(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i + 1 < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i], *y = &ctx->m.v[i + 1];

		if (x->kind == RULE_ACTOR && x->role == ROLE_COUNTERPARTY && y->kind == RULE_OBJECT &&
		    y->start == x->end + 1 && ctx->text[x->end] == ' ' && ctx->r->objects[y->value].measure < 0 &&
		    !ex_goods_of_holder(ctx, y, hi))
			return x->value;
	}
	return -1;
}
/* ex_pair_other - the member of a dash-joined pair in [lo,hi) ("the Japan-US
 * deal") that is not party v, when v is the other member; or -1. */
static int
ex_pair_other(const struct ex_ctx *ctx, size_t lo, size_t hi, int v)
{
	for (size_t i = ex_first(ctx, lo); i + 1 < ctx->m.n && ctx->m.v[i + 1].start < hi; i++) {
		const struct ex_mention *a = &ctx->m.v[i], *b = &ctx->m.v[i + 1];

		if (a->kind != RULE_ACTOR || b->kind != RULE_ACTOR || a->start < lo || !ex_pair_name(ctx, i) ||
		    a->value == b->value)
			continue;
		if (a->value == v)
			return b->value;
		if (b->value == v)
			return a->value;
	}
	return -1;
}
/* ex_visit_place - 1 if actor mention i is where a visit went, after a two-word
 * place marker of rules.json "location_before" ("during a visit to Doha", "on a
 * trip to Seoul"): the place of a meeting, not where money goes ("pledged $500
 * billion of U.S. investment during a visit to Doha" invests in the U.S.). */
static int
ex_visit_place(const struct ex_ctx *ctx, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i];
	size_t ws, s2, wl = ex_word_before(ctx->text, x->start, 0, &ws);

	return wl > 0 && ex_word_before(ctx->text, ws, 0, &s2) > 0 &&
	    rules_list_has(&ctx->r->location_before, ctx->text + s2, x->start - s2 - 1);
}
/* ex_place_after_verb - 1 if the actor mention i stands after "in" (earlier
 * members of its list between) and the word before "in" is one of verbs. */
static int
ex_place_after_verb(const struct ex_ctx *ctx, size_t i, const struct ex_word *verbs, size_t nverbs)
{
	const char *t = ctx->text;
	size_t ws, wl, pos = ctx->m.v[i].start;

	/* Back over earlier members of the list ("Canada or"). */
	for (int w = 0; w < 6 && (wl = ex_word_before(t, pos, 0, &ws)) > 0; w++, pos = ws) {
		if (wl == 2 && strncasecmp(t + ws, "in", 2) == 0) {
			wl = ex_word_before(t, ws, 0, &ws);
			return wl > 0 && ex_word_in(verbs, nverbs, t + ws, wl);
		}
	}
	return 0;
}
/* ex_birthplace - 1 if the actor mention i is where animals were born or raised
 * ("cattle born in Canada or Mexico"): the animals' origin, no destination. */
static int
ex_birthplace(const struct ex_ctx *ctx, size_t i)
{
	static const struct ex_word BORN[] = {
	    EX_W("born"), EX_W("bred"), EX_W("hatched"), EX_W("calved"), EX_W("farrowed")};

	return ex_place_after_verb(ctx, i, BORN, EX_NWORDS(BORN));
}
/* ex_event_venue - 1 if the actor mention i is where a deal or a statement was
 * made ("under the deal announced in Tokyo", "the framework signed in Hanoi",
 * "the truce reached in Busan"): a venue, not where money or goods go. */
static int
ex_event_venue(const struct ex_ctx *ctx, size_t i)
{
	static const struct ex_word EVENT[] = {
	    EX_W("announced"), EX_W("signed"), EX_W("struck"), EX_W("reached"), EX_W("agreed"),
	    EX_W("sealed"), EX_W("unveiled"), EX_W("held"), EX_W("concluded"), EX_W("inked"),
	    EX_W("finalised"), EX_W("finalized"), EX_W("negotiated"), EX_W("brokered")};

	return ex_place_after_verb(ctx, i, EVENT, EX_NWORDS(EVENT));
}
/* ex_office_name - 1 if the actor phrase w names an office ("Department of
 * Agriculture", "Commerce Ministry", "Treasury"), not a country or a person. */
static int
ex_office_name(const char *w, size_t n)
{
	static const struct ex_word OFFICE[] = {
	    EX_W("Department"), EX_W("Ministry"), EX_W("Agriculture"), EX_W("Commerce"),
	    EX_W("Treasury"), EX_W("Customs"), EX_W("Trade"), EX_W("Finance")};
	size_t k = 0;

	while (k < n && w[k] != ' ')
		k++;
	return ex_word_in(OFFICE, EX_NWORDS(OFFICE), w, k);
}
/* Nouns of a deal between parties. */
static const struct ex_word PARTY_DEAL[] = {
    EX_W("deal"), EX_W("agreement"), EX_W("settlement"), EX_W("pact"), EX_W("accord"),
    EX_W("truce"), EX_W("arrangement"), EX_W("framework")};
/* ex_deal_owner - 1 if the actor ending at end owns a deal noun after "'s", at
 * most one word between: "South Korea's trade settlement", "Japan's deal". */
static int
ex_deal_owner(const char *t, size_t end, size_t len)
{
	size_t ws, wl, p;

	if ((p = ex_possessive_len(t, end, len)) == 0)
		return 0;
	p += end;
	for (int w = 0; w < 2 && (wl = ex_word_after(t, p, len, &ws)) > 0; w++, p = ws + wl)
		if (ex_word_in(PARTY_DEAL, EX_NWORDS(PARTY_DEAL), t + ws, wl))
			return 1;
	return 0;
}
/* ex_owned_deal_other - the other side of a deal named by its owner's
 * possessive and "with" ("the European Union's deal with Washington", "Japan's
 * agreement with the United States") in [lo,hi), when v is one of the two; or
 * -1.  As with a dash-joined pair, the side whose goods the measure names does
 * not act on them. */
static int
ex_owned_deal_other(const struct ex_ctx *ctx, size_t lo, size_t hi, int v)
{
	for (size_t i = ex_first(ctx, lo); i + 1 < ctx->m.n && ctx->m.v[i + 1].start < hi; i++) {
		const struct ex_mention *a = &ctx->m.v[i], *b;
		size_t ws, wl;

		if (a->kind != RULE_ACTOR || a->start < lo || !ex_deal_owner(ctx->text, a->end, ctx->len))
			continue;
		for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < hi && ctx->m.v[j].start <= a->end + 40; j++) {
			b = &ctx->m.v[j];
			if (b->kind != RULE_ACTOR)
				continue;
			wl = ex_word_before(ctx->text, b->start, a->end, &ws);
			if (wl == 3 && ex_determiner(ctx->text + ws, wl))
				wl = ex_word_before(ctx->text, ws, a->end, &ws);
			if (wl != 4 || ex_ncasecmp(ctx->text + ws, "with", 4) != 0 || a->value == b->value)
				break;
			if (a->value == v)
				return b->value;
			if (b->value == v)
				return a->value;
			break;
		}
	}
	return -1;
}
/* ex_rivals_home - 1 if actor mention i follows "rivals from", "competitors
 * in" (or a list of such places after them: "rivals from Bangladesh and
 * Cambodia"): where the competitors of the goods' makers are, not a party. */
static int
ex_rivals_home(const struct ex_ctx *ctx, size_t i)
{
	static const struct ex_word RIVALS[] = {
	    EX_W("rivals"), EX_W("rival"), EX_W("competitors"), EX_W("competitor")};
	const char *t = ctx->text;
	size_t pos = ctx->m.v[i].start, ws, wl;

	/* Back over earlier members of the list ("Bangladesh and"). */
	for (int w = 0; w < 6 && (wl = ex_word_before(t, pos, 0, &ws)) > 0; w++, pos = ws)
		if ((wl == 4 && ex_ncasecmp(t + ws, "from", 4) == 0) || (wl == 2 && ex_ncasecmp(t + ws, "in", 2) == 0))
			return (wl = ex_word_before(t, ws, 0, &ws)) > 0 && ex_word_in(RIVALS, EX_NWORDS(RIVALS), t + ws, wl);
	return 0;
}
/* ex_compared - 1 if actor mention i is the standard of a comparison, "than"
 * at most eight words before it with no punctuation between: "tariffs on
 * Korean chips no less favorable than those given to Taiwan", "treated no
 * worse than Japan's": the measure is not Taiwan's or Japan's.  Only the
 * words of such a standard between ("those given to", "the one applied to",
 * "those it applies to", "those levied on chips made in", "those applied to
 * chips from": a verb of charging, its pronoun subject, the goods and where
 * they come from). */
static int
ex_compared(const struct ex_ctx *ctx, size_t i)
{
	const char *t = ctx->text;
	size_t pos = ctx->m.v[i].start, ws, wl;

	static const struct ex_word STANDARD[] = {
	    EX_W("those"), EX_W("that"), EX_W("the"), EX_W("ones"), EX_W("any"), EX_W("other"),
	    EX_W("given"), EX_W("granted"), EX_W("applied"), EX_W("offered"), EX_W("extended"),
	    EX_W("applies"), EX_W("levied"), EX_W("imposed"), EX_W("charged"), EX_W("it"),
	    EX_W("made"), EX_W("from"), EX_W("in"), EX_W("to"), EX_W("for"), EX_W("on"), EX_W("of")};

	for (int w = 0; w < 8 && (wl = ex_word_before(t, pos, 0, &ws)) > 0; w++, pos = ws) {
		if (wl == 4 && ex_ncasecmp(t + ws, "than", 4) == 0)
			return 1;
		/* "More than a year after Beijing agreed": only the words of a
		 * standard ("those given to") or the goods stand between. */
		if (!ex_word_in(STANDARD, EX_NWORDS(STANDARD), t + ws, wl) &&
		    !ex_has_kind(ctx, RULE_OBJECT, ws, ws + wl))
			return 0;
	}
	return 0;
}
/* ex_side_opening - 1 if the actor at [start,end) names a side in "On the
 * Chinese side," or "On the U.S. side," opening a sentence or clause: the subject
 * of what follows, not the origin of goods ("on Chinese goods"). */
static int
ex_side_opening(const char *t, size_t start, size_t end, size_t len)
{
	size_t ws, wl = ex_word_after(t, end, len, &ws), bs, bl;

	if (wl != 4 || ex_ncasecmp(t + ws, "side", 4) != 0 || ws + wl >= len || t[ws + wl] != ',')
		return 0;
	if ((bl = ex_word_before(t, start, 0, &bs)) != 3 || ex_ncasecmp(t + bs, "the", 3) != 0 ||
	    (bl = ex_word_before(t, bs, 0, &bs)) != 2 || ex_ncasecmp(t + bs, "on", 2) != 0)
		return 0;
	/* At a sentence's or clause's start: nothing but white space, a stop or
	 * a comma before "On". */
	while (bs > 0 && (t[bs - 1] == ' ' || t[bs - 1] == '\n' || t[bs - 1] == '\t'))
		bs--;
	return bs == 0 || t[bs - 1] == '.' || t[bs - 1] == ',' || t[bs - 1] == ';' || t[bs - 1] == ':';
}
/* ex_told_to - 1 if "to" is one of the two words after an addressee ending at
 * end ("told Tokyo to cut", "urged the Japanese government to buy"): the one
 * told is asked to act, the subject of that verb; "told Tokyo that it would"
 * and "told Tokyo it would" are not. */
static int
ex_told_to(const char *t, size_t end, size_t len)
{
	size_t ws = end, wl;

	for (int w = 0; w < 2 && (wl = ex_word_after(t, ws, len, &ws)) > 0; w++, ws += wl) {
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
			return 1;
		if (t[ws] < 'a' || t[ws] > 'z' || memchr(t + end, ',', ws - end) != NULL)
			return 0;
	}
	return 0;
}
/* ex_clause_back - just past the last '.', ';', ',' or line break in [lo,pos),
 * else lo: with SSE2 sixteen bytes at a time from pos back. */
static size_t
ex_clause_back(const char *t, size_t lo, size_t pos)
{
	size_t k = pos;

#ifdef __SSE2__
	for (; k - lo >= 16; k -= 16) {
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(t + k - 16));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('.')), _mm_cmpeq_epi8(b, _mm_set1_epi8(';'))),
		    _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(',')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\n')))));

		if (m != 0)
			return k - 16 + (size_t)(32 - __builtin_clz(m));
	}
#endif
	for (; k > lo; k--)
		if (t[k - 1] == '.' || t[k - 1] == ';' || t[k - 1] == ',' || t[k - 1] == '\n')
			return k;
	return lo;
}
/* ex_in_cause - 1 if actor mention x stands in a penalty's cause that opens
 * shortly before it in its sentence ("the 25% penalty tariff imposed last
 * August over India's purchases of Russian oil", "the penalty linked to
 * Russian oil", ex_cause_cut): the goods' origin there is neither the side
 * that lifts the penalty nor its counterparty.  2 if x owns the buying the
 * penalty answers ("India's purchases", "Turkish purchases"): the party
 * penalised, the counterparty of its removal.  Else 0. */
static int
ex_in_cause(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	size_t lo = ex_clause_back(ctx->text, x->start > 48 ? x->start - 48 : 0, x->start), ws, wl;

	/* A word that may open a cause ("over", "to", "for") within six
	 * words before x, else none (most mentions). */
	int near = 0;
	size_t oe;

	for (size_t p = x->start, w = 0; w < 6 && !near && (wl = ex_word_before(ctx->text, p, lo, &ws)) > 0;
	    w++, p = (oe = ex_curly_owner_end(ctx->text, ws, wl, lo)) != 0 ? oe : ws)
		near = (wl == 4 && ex_ncasecmp(ctx->text + ws, "over", 4) == 0) ||
		    (wl == 2 && ex_ncasecmp(ctx->text + ws, "to", 2) == 0) ||
		    (wl == 3 && ex_ncasecmp(ctx->text + ws, "for", 3) == 0);
	if (!near || x->start <= lo || ex_cause_cut(ctx, lo, x->start) >= x->start)
		return 0;
	wl = ex_word_after(ctx->text, x->end + ex_possessive_len(ctx->text, x->end, ctx->len), ctx->len, &ws);
	return wl > 0 && ex_word_in(EX_CAUSE_FLOW, EX_NCAUSE_FLOW, ctx->text + ws, wl) ? 2 : 1;
}
/* ex_actor_roles - subject, counterparty ("on Chinese goods", "US-bound") or place ("in Seoul"). */
void
ex_actor_roles(struct ex_ctx *ctx)
{
	static const struct ex_word VETTED[] = {
	    EX_W("approved"), EX_W("named"), EX_W("vetted"), EX_W("licensed"),
	    EX_W("authorised"), EX_W("authorized"), EX_W("designated")};
	static const struct ex_word GIVE[] = {
	    EX_W("give"), EX_W("gives"), EX_W("gave"), EX_W("giving"), EX_W("grant"),
	    EX_W("grants"), EX_W("granted"), EX_W("granting"), EX_W("offer"), EX_W("offers"),
	    EX_W("offered"), EX_W("offering"), EX_W("award"), EX_W("awarded"), EX_W("promise"),
	    EX_W("promised"), EX_W("promising"), EX_W("hand"), EX_W("handed"),
	    /* "exempt Korean automakers from the tariff it imposed on US-built
	     * vehicles", "spare Japanese firms": the party exempted is owed it. */
	    EX_W("exempt"), EX_W("exempts"), EX_W("exempted"), EX_W("exempting"), EX_W("spare"),
	    EX_W("spares"), EX_W("spared"), EX_W("sparing")};
	/* "Beijing told Canberra that it would", "the ministry informed the
	 * Brazilian government that it had decided": verbs whose object is the
	 * one told. */
	static const struct ex_word TELL[] = {
	    EX_W("told"), EX_W("tells"), EX_W("tell"), EX_W("telling"), EX_W("informed"),
	    EX_W("informs"), EX_W("inform"), EX_W("informing"), EX_W("notified"), EX_W("notifies"),
	    EX_W("notify"), EX_W("notifying"), EX_W("assured"), EX_W("assures"), EX_W("assure"),
	    EX_W("reassured"), EX_W("reassures"), EX_W("briefed"), EX_W("advised")};
	static const struct ex_word ORDER[] = {
	    EX_W("order"), EX_W("orders"), EX_W("purchase"), EX_W("purchases"), EX_W("deal"),
	    EX_W("deals"), EX_W("contract"), EX_W("contracts"), EX_W("sale"), EX_W("sales")};
	const struct rules *r = ctx->r;
	size_t dateline = ex_dateline_end(ctx->text, ctx->len);

	for (size_t i = 0; i < ctx->m.n; i++) {
		struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;
		int maker, cause_role;

		if (x->kind != RULE_ACTOR)
			continue;
		/* "the Philippine Department of Agriculture": an office that one
		 * country's vocabulary names, led by another country's name, is the
		 * latter's office. */
		if (i > 0 && ctx->m.v[i - 1].kind == RULE_ACTOR && ctx->m.v[i - 1].end + 1 == x->start &&
		    ctx->text[x->start - 1] == ' ' && ex_office_name(ctx->text + x->start, x->end - x->start))
			x->value = ctx->m.v[i - 1].value;
		/* The dateline names where the story was filed. */
		if (x->end <= dateline) {
			x->role = ROLE_LOCATION;
			continue;
		}
		if ((cause_role = ex_in_cause(ctx, x)) > 0) {
			x->role = cause_role == 2 ? ROLE_COUNTERPARTY : ROLE_LOCATION;
			continue;
		}
		/* "On the Chinese side, soybean purchases are on track": the side
		 * named first is the one whose acts follow. */
		if (ex_side_opening(ctx->text, x->start, x->end, ctx->len))
			continue;
		/* "as part of South Korea's trade settlement with Washington": the
		 * owner of a deal named as its party, no goods' origin. */
		if (ex_deal_owner(ctx->text, x->end, ctx->len)) {
			x->role = ROLE_LOCATION;
			continue;
		}
		/* "shipped to the United States, Mexico and Canada": the later members
		 * of a list share the first one's role. */
		if (ex_listed_cp(ctx, i)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		if (ex_pair_name(ctx, i)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		/* "on US-owned, US-operated and US-built vessels": modifiers listed
		 * before the goods name the goods' side, each of them. */
		if (x->end < ctx->len && ctx->text[x->end] == '-' &&
		    (wl = (size_t)ex_compound_list(ctx, i)) != (size_t)-1) {
			x->role = (unsigned char)wl;
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
			    (bl == 2 && ex_ncasecmp(ctx->text + bs, "an", 2) == 0)) {
				x->role = ROLE_LOCATION;
				continue;
			}
		}
		/* "the flow of precursors to Mexican cartels", "Chinese drug
		 * traffickers": criminal groups of a country are no party to a deal. */
		if (wl > 0 && rules_list_has(&r->illicit_groups, ctx->text + ws, wl)) {
			x->role = ROLE_LOCATION;
			continue;
		}
		/* "an edge over rivals from Bangladesh and Cambodia": competitors'
		 * home, no party to the measure. */
		if (ex_rivals_home(ctx, i) || ex_compared(ctx, i)) {
			x->role = ROLE_LOCATION;
			continue;
		}
		/* "The consortium, led by a unit of Korean steelmaker Posco, committed". */
		if (ex_led_by(ctx, i))
			continue;
		wl = ex_word_before(ctx->text, x->start, 0, &ws);
		/* "in the United States", "to the Chinese government": look past the article. */
		if (ex_determiner(ctx->text + ws, wl))
			wl = ex_word_before(ctx->text, ws, 0, &ws);
		/* "to approved Chinese customers", "to named U.S. users": a word
		 * that vets the buyers stands between the preposition and the
		 * buyers' country, which stays the counterparty. */
		if (wl > 0 && ex_word_in(VETTED, EX_NWORDS(VETTED), ctx->text + ws, wl)) {
			size_t s3, l3 = ex_word_before(ctx->text, ws, 0, &s3);

			if (l3 > 0 && rules_list_has(&r->cp_before, ctx->text + s3, l3)) {
				ws = s3;
				wl = l3;
			}
		}
		/* "from eight Japanese prefectures", "of all 38 Brazilian plants": look
		 * past counts too, so the goods' origin stays a counterparty. */
		for (int k = 0; k < 2 && wl > 0 && ex_count_word(ctx->text + ws, wl); k++) {
			size_t s3, l3 = ex_word_before(ctx->text, ws, 0, &s3);

			/* "with at least two U.S. exporters", "to more than 30
			 * American plants": the bound before the count too. */
			if (l3 > 0)
				l3 = ex_count_bound(ctx->text, s3, l3, &s3);

			if (l3 == 0 || !rules_list_has(&r->cp_before, ctx->text + s3, l3)) {
				if (l3 == 0 || !ex_count_word(ctx->text + s3, l3))
					break;
			}
			ws = s3;
			wl = l3;
		}
		/* "a cut in US tariffs", "a rise in Chinese purchases": the owner or agent. */
		if (wl == 2 && strncasecmp(ctx->text + ws, "in", 2) == 0 &&
		    !ex_made_in(ctx->text, ws) && ex_of_agent(ctx, i, ws, wl))
			continue;
		if (wl > 0 && rules_list_has(&r->location_before, ctx->text + ws, wl) &&
		    !ex_people_in(ctx, ws, wl)) {
			size_t as2, al2 = ex_word_after(ctx->text, x->end, ctx->len, &as2);

			/* "at Chinese ports", "near Japanese bases" stay places; "in
			 * American factories" is no place: an adjective before a noun. */
			x->role = (wl == 2 && strncasecmp(ctx->text + ws, "in", 2) == 0 && al2 > 0 && ctx->text[as2] >= 'a' && ctx->text[as2] <= 'z' &&
			    as2 == x->end + 1 && !ex_function_word(ctx->text + as2, al2)) ||
			    ex_made_in(ctx->text, ws) ? ROLE_COUNTERPARTY : ROLE_LOCATION;
			continue;
		}
		/* Two-word place markers: "visit to Beijing". */
		if (wl > 0 && ex_visit_place(ctx, i)) {
			x->role = ROLE_LOCATION;
			continue;
		}
		if (ex_speaker(ctx, i)) {
			x->role = ROLE_SPEAKER;
			continue;
		}
		if (wl > 0 && rules_list_has(&r->cp_before, ctx->text + ws, wl) &&
		    !ex_of_agent(ctx, i, ws, wl) && !ex_with_subject(ctx, i, ws, wl) &&
		    !ex_office_of(ctx->text, ws, wl) &&
		    !ex_for_subject(ctx, i, ws, wl)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		/* "will give British carmakers a quota", "offered Japan lower tariffs":
		 * the party right after a verb of giving receives ("grant Chinese firms
		 * licences to buy chips": the firms still buy). */
		if (wl > 0 && ex_word_in(GIVE, EX_NWORDS(GIVE), ctx->text + ws, wl) &&
		    !ex_infinitive_after(ctx, i)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		/* "Beijing told Canberra that it would lift the ban", "the ministry
		 * informed the Brazilian government that it had decided to end the
		 * probe": the one told hears of the teller's act; "it" is the teller
		 * ("told Tokyo to cut tariffs" is asked: its subject stays). */
		if (wl > 0 && ex_word_in(TELL, EX_NWORDS(TELL), ctx->text + ws, wl) &&
		    !ex_told_to(ctx->text, x->end, ctx->len)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		wl = ex_word_after(ctx->text, x->end, ctx->len, &ws);
		/* "The Boeing order", "an Airbus deal": a maker before a noun of buying
		 * sells; its country is the counterparty ("Chinese orders" buy). */
		if (wl > 0 && ex_word_in(ORDER, EX_NWORDS(ORDER), ctx->text + ws, wl) &&
		    rules_list_has(&r->makers, ctx->text + x->start, x->end - x->start)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		/* "Swiss companies have committed to invest": firms that act, not under a
		 * preposition, stand for their country as the subject. */
		if (wl > 0 && rules_list_has(&r->agent_nouns, ctx->text + ws, wl))
			continue;
		if (wl > 0 && rules_list_has(&r->cp_after, ctx->text + ws, wl) &&
		    !ex_made_verb(ctx->text, ws, wl, ctx->len)) {
			x->role = ROLE_COUNTERPARTY;
			continue;
		}
		/* "state refiners Indian Oil and Bharat Petroleum": after an agent noun
		 * the actor begins a company's name, the agent itself. */
		wl = ex_word_before(ctx->text, x->start, 0, &ws);
		if (wl > 0 && ex_lower((unsigned char)ctx->text[ws]) == ctx->text[ws] &&
		    rules_list_has(&r->agent_nouns, ctx->text + ws, wl))
			continue;
		/* An actor right before a product or measure modifies it: "US soybeans";
		 * a maker's model names may stand between ("Boeing 787 Dreamliner jets"). */
		maker = rules_list_has(&r->makers, ctx->text + x->start, x->end - x->start);
		for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= x->end + (maker ? 32 : 12); j++) {
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
			/* "the EU countermeasures", "Chinese retaliatory measures": so does
			 * a threat or answer of tariffs. */
			if (y->kind == RULE_MEASURE && y->value == ex_measure_index(r, "tariff_threat"))
				break;
			/* "The EU regulation eliminating tariffs on US goods", "Chinese
			 * rules": a rule is its government's act, whatever it does. */
			if (y->kind == RULE_MEASURE && y->value == ex_measure_index(r, "rule"))
				break;
			/* "Thailand's agriculture ministry": the office's field, no goods. */
			if (y->kind == RULE_OBJECT && ex_office_field(ctx->text, y->start, y->end, ctx->len))
				break;
			if ((y->kind == RULE_OBJECT || y->kind == RULE_MEASURE) &&
			    !ex_goods_agent(ctx, y->end) && ((y->start <= x->end + 12 &&
			    ex_modifier_gap(ctx->text, x->end, y->start)) ||
			    (maker && ex_model_gap(ctx->text, x->end, y->start))))
				x->role = ROLE_COUNTERPARTY;
			break;
		}
	}
}
/* ex_attribution - who said the sentence [s,e): "Trump said", "said Mr. Li",
 * "according to Xinhua".  Sets *as, *al (-1 when none). */
void
ex_attribution(const struct ex_ctx *ctx, size_t mi, size_t s, size_t e, int *as, int *al)
{
	*as = *al = -1;
	for (size_t i = mi; i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t rs, rl;

		if (x->kind != RULE_ATTRIBUTION)
			continue;
		if (ex_lower((unsigned char)ctx->text[x->start]) == 'a' &&
		    ex_ncasecmp(ctx->text + x->start, "according", 9) == 0) {
			size_t p = x->end, ws, wl = ex_word_after(ctx->text, p, e, &ws);

			if (wl == 3 && ex_ncasecmp(ctx->text + ws, "the", 3) == 0)
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
/* ex_object_origin - the counterparty of one object of a frame: its own origin
 * right before it ("cut tariffs on US lumber and Chinese EVs": CN for the EVs),
 * else the frame's cp. */
int
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
/* ex_find_actor - nearest subject actor before pos in [lo,pos), skipping code skip; -1. */
int
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
/* ex_subject_pos - where the last subject mention of actor in [lo,pos) starts;
 * EX_NOPOS if none. */
size_t
ex_subject_pos(const struct ex_ctx *ctx, size_t lo, size_t pos, int actor)
{
	size_t at = EX_NOPOS;

	for (size_t i = ex_first(ctx, lo); actor >= 0 && i < ctx->m.n && ctx->m.v[i].start < pos; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && x->start >= lo && x->role == ROLE_SUBJECT && x->value == actor)
			at = x->start;
	}
	return at;
}
/* ex_first_role - the first actor with role in [lo,hi); -1. */
static int
ex_first_role(const struct ex_ctx *ctx, size_t lo, size_t hi, enum ex_role role)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role == role)
			return ctx->m.v[i].value;
	return -1;
}
/* ex_main_subject - the first subject actor of the sentence [s,e), which the next
 * sentence's pronoun most likely means ("Akazawa held talks with Lutnick on the
 * agreement between Japan and the United States"); -1. */
int
ex_main_subject(const struct ex_ctx *ctx, size_t s, size_t e)
{
	return ex_first_role(ctx, s, e, ROLE_SUBJECT);
}
int
ex_reported_main(const struct ex_ctx *ctx, size_t s, size_t e)
{
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < s)
			continue;
		if (x->kind == RULE_ATTRIBUTION || (x->kind == RULE_ACTOR && x->role == ROLE_SPEAKER))
			return 1;
		if (x->kind == RULE_ACTOR && x->role == ROLE_SUBJECT)
			return 0;
	}
	return 0;
}
/* ex_find_speaker - the first speaker actor in [lo,hi) ("The Swiss government announced
 * ..."), the subject of last resort for the next sentence's pronoun; -1. */
int
ex_find_speaker(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	return ex_first_role(ctx, lo, hi, ROLE_SPEAKER);
}
/* ex_past_semicolon - 1 if a semicolon stands between actor mention x and the verb
 * at anchor: "Japan says it will invest $550 billion; Korea says $350 billion"
 * names Korea in a clause of its own, beside Japan, not as its beneficiary. */
static int
ex_past_semicolon(const struct ex_ctx *ctx, const struct ex_mention *x, size_t anchor)
{
	size_t a = x->start < anchor ? x->end : anchor, b = x->start < anchor ? anchor : x->start;

	return a < b && memchr(ctx->text + a, ';', b - a) != NULL;
}
/* ex_find_counterparty - an actor named as beneficiary in [anchor,hi), else in [lo,anchor),
 * other than actor;
 * else any other actor of the sentence [s,e); else the article's most named other one.
 * None past a semicolon (ex_past_semicolon). */
static int
ex_find_counterparty(const struct ex_ctx *ctx, size_t lo, size_t anchor, size_t hi, size_t s,
    size_t e, int actor, int *explicit_cp)
{
	int best = -1;
	/* "removed the penalty linked to Russian oil", "when the penalty for
	 * Indian purchases of Russian oil was removed": no party of the cause,
	 * up to the next comma. */
	size_t cause = anchor < e ? ex_cause_cut(ctx, anchor, e) : e, cend = e;
	const char *comma = cause < e ? memchr(ctx->text + cause, ',', e - cause) : NULL;

	if (comma != NULL)
		cend = (size_t)(comma - ctx->text);

	*explicit_cp = 0;
	/* The beneficiary after the verb ("buy American aircraft") before one ahead of it. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = ex_first(ctx, pass ? lo : anchor);
		    i < ctx->m.n && ctx->m.v[i].start < (pass ? anchor : hi); i++) {
			const struct ex_mention *x = &ctx->m.v[i];

			/* The buyer the penalty answers is the one penalised
			 * ("the duty tied to Turkish purchases"). */
			if (x->start >= cause && x->start < cend && !(x->kind == RULE_ACTOR && ex_in_cause(ctx, x) == 2))
				continue;
			if (x->kind == RULE_ACTOR && x->start >= (pass ? lo : anchor) &&
			    x->role == ROLE_COUNTERPARTY && x->value != actor && !ex_past_semicolon(ctx, x, anchor)) {
				*explicit_cp = 1;
				return x->value;
			}
		}
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && x->start >= s && x->role != ROLE_LOCATION &&
		    x->value != actor && !ex_past_semicolon(ctx, x, anchor) && !(x->start >= cause && x->start < cend))
			return x->value;
	}
	for (size_t a = 0; a < ctx->r->nactors; a++)
		if ((int)a != actor && ctx->actor_weight[a] > 0 &&
		    (best < 0 || ctx->actor_weight[a] > ctx->actor_weight[best]))
			best = (int)a;
	return best;
}
/* ex_mutual_reports - 1 if the mutual phrase at mention i is the subject of an
 * attribution verb ("both sides confirmed", "the two governments said") whose
 * clause has a subject of its own before the verb at anchor: not "they",
 * "both" or "each" ("the two sides said they would cut tariffs" is mutual). */
static int
ex_mutual_reports(const struct ex_ctx *ctx, size_t i, size_t anchor)
{
	static const struct ex_word SAME[] = {
	    EX_W("they"), EX_W("both"), EX_W("each"), EX_W("we"), EX_W("to")};
	static const struct ex_word WHEN[] = {
	    EX_W("on"), EX_W("in"), EX_W("at"), EX_W("last"), EX_W("this"), EX_W("late"),
	    EX_W("early"), EX_W("after")};
	const struct ex_mention *x = &ctx->m.v[i], *y = NULL;
	size_t ws, wl;

	/* "announced" is a status cue too: look at every mention starting there. */
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= x->end + 1; j++)
		if (ctx->m.v[j].kind == RULE_ATTRIBUTION && ctx->m.v[j].start == x->end + 1)
			y = &ctx->m.v[j];
	if (y == NULL || y->end >= anchor)
		return 0;
	wl = ex_word_after(ctx->text, y->end, anchor, &ws);
	/* "said on Monday they would ...": past a time or place. */
	for (int w = 0; w < 2 && wl > 0 && ex_word_in(WHEN, EX_NWORDS(WHEN), ctx->text + ws, wl); w++) {
		wl = ex_word_after(ctx->text, ws + wl, anchor, &ws);
		if (wl > 0)
			wl = ex_word_after(ctx->text, ws + wl, anchor, &ws);
	}
	if (wl == 4 && ex_ncasecmp(ctx->text + ws, "that", 4) == 0)
		wl = ex_word_after(ctx->text, ws + wl, anchor, &ws);
	return wl > 0 && ws < anchor && !ex_word_in(SAME, EX_NWORDS(SAME), ctx->text + ws, wl);
}
/* ex_mutual_spirit - 1 if the mutual phrase at [start,end) is "mutual" before a
 * noun of the spirit of relations ("on the basis of mutual respect and shared
 * responsibility", "mutual benefit", "mutual trust"): diplomacy's words, no
 * measure both sides take. */
static int
ex_mutual_spirit(const char *t, size_t start, size_t end, size_t len)
{
	static const struct ex_word SPIRIT[] = {
	    EX_W("respect"), EX_W("benefit"), EX_W("benefits"), EX_W("trust"), EX_W("understanding"),
	    EX_W("interest"), EX_W("interests"), EX_W("concern"), EX_W("concerns"), EX_W("confidence")};
	size_t ws, wl;

	return end - start == 6 && ex_ncasecmp(t + start, "mutual", 6) == 0 &&
	    (wl = ex_word_after(t, end, len, &ws)) > 0 && ex_word_in(SPIRIT, EX_NWORDS(SPIRIT), t + ws, wl);
}
/* ex_each_binds - 1 unless the mutual phrase at [start,end) is "each side",
 * "each country" ... not followed by a modal, a verb of agreeing or "to": "each
 * side will cut", "commits each party to remove", "each country agreed to" bind
 * both sides; "each side makes commitments it can reverse", "each government
 * reads the arrangement" only describe them.  "each other" always binds. */
static int
ex_each_binds(const char *t, size_t start, size_t end, size_t len)
{
	static const struct ex_word BIND[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("must"), EX_W("is"), EX_W("to"),
	    EX_W("agreed"), EX_W("agrees"), EX_W("pledged"), EX_W("pledges"), EX_W("committed"),
	    EX_W("commits"), EX_W("promised"), EX_W("promises"), EX_W("undertook"),
	    EX_W("undertakes"), EX_W("vowed"), EX_W("also")};
	size_t ws, wl;

	if (end - start < 6 || ex_ncasecmp(t + start, "each ", 5) != 0 ||
	    (end - start >= 10 && ex_ncasecmp(t + start + 5, "other", 5) == 0))
		return 1;
	wl = ex_word_after(t, end, len, &ws);
	return wl > 0 && ex_word_in(BIND, EX_NWORDS(BIND), t + ws, wl);
}
/* ex_mutual - 1 if the frame is done by both sides: a subject "both countries" before
 * the verb, or "each other's", "mutual" anywhere in the frame; "the two governments
 * said" after the verb only reports. */
int
ex_mutual(const struct ex_ctx *ctx, size_t lo, const struct ex_frame *f, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int c = ex_lower((unsigned char)ctx->text[x->start]);

		if (x->kind != RULE_MUTUAL || x->start < lo ||
		    ex_mutual_spirit(ctx->text, x->start, x->end, ctx->len) ||
		    !ex_each_binds(ctx->text, x->start, x->end, ctx->len))
			continue;
		/* "Both governments said the tariff that Washington levies ...": a
		 * party named between reports the one who acts. */
		if (x->start < f->anchor && ex_find_actor(ctx, x->end, f->anchor, -1) >= 0)
			continue;
		/* "Both sides confirmed that the first project has been selected":
		 * the two sides report a clause with a subject of its own. */
		if (x->start < f->anchor && ex_mutual_reports(ctx, i, f->anchor))
			continue;
		if (x->start < f->anchor || (c != 'b' && c != 't'))
			return 1;
	}
	return 0;
}
/* ex_and_joined - 1 if only "and" (with spaces), perhaps with "the" after it
 * ("the EU and the UAE", "China and the United States"), stands between mentions
 * x and y. */
static int
ex_and_joined(const char *t, const struct ex_mention *x, const struct ex_mention *y)
{
	static const struct ex_word PREP[] = {
	    EX_W("to"), EX_W("from"), EX_W("for"), EX_W("on"), EX_W("with"), EX_W("against")};
	size_t k = x->end, ws, wl, ps, pl, owned = 0;

	/* "to the UAE's G42 and to Saudi Arabia's Humain": a firm of each party,
	 * only where the preposition is said again (below). */
	if (k + 3 < y->start && t[k] == '\'' && t[k + 1] == 's' && t[k + 2] == ' ' &&
	    t[k + 3] >= 'A' && t[k + 3] <= 'Z') {
		owned = k;
		for (k += 3; k < y->start && (ex_word_byte((unsigned char)t[k]) || t[k] == '-'); k++)
			;
	}
	while (k < y->start && t[k] == ' ')
		k++;
	if (k + 4 > y->start || ex_ncasecmp(t + k, "and ", 4) != 0)
		return 0;
	k += 4;
	while (k < y->start && t[k] == ' ')
		k++;
	/* "to Japan and to Korea", "from Mexico and from Canada": the preposition
	 * before x said again. */
	if ((wl = ex_word_after(t, k, y->start, &ws)) > 0 && ws == k &&
	    ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl)) {
		ps = x->start;
		if ((pl = ex_word_before(t, ps, 0, &ps)) == 3 && ex_ncasecmp(t + ps, "the", 3) == 0)
			pl = ex_word_before(t, ps, 0, &ps);
		if (pl != wl || ex_ncasecmp(t + ps, t + ws, wl) != 0)
			return 0;
		for (k = ws + wl; k < y->start && t[k] == ' '; k++)
			;
	} else if (owned)
		return 0;
	if (k + 4 <= y->start && ex_ncasecmp(t + k, "the ", 4) == 0)
		k += 4;
	for (; k < y->start; k++)
		if (t[k] != ' ')
			return 0;
	return 1;
}
/* ex_subject_prep - 1 if a preposition of a relation stands within three words
 * before pos, back to lo ("the dinner between Presidents Xi and Trump"): the
 * names there are no subjects. */
static int
ex_subject_prep(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	static const struct ex_word PREP[] = {
	    EX_W("between"), EX_W("with"), EX_W("by"), EX_W("of"), EX_W("from"), EX_W("to"),
	    EX_W("on"), EX_W("for"), EX_W("among")};

	for (int w = 0; w < 3; w++) {
		size_t ws, wl = ex_word_before(ctx->text, pos, lo, &ws);

		if (wl == 0)
			break;
		if (ex_word_in(PREP, EX_NWORDS(PREP), ctx->text + ws, wl))
			return 1;
		pos = ws;
	}
	return 0;
}
/* ex_list_comma - 1 if ", " (perhaps ", the ") ends right before pos, after lo:
 * the mention at pos continues a list of names ("Japan, South Korea"). */
static int
ex_list_comma(const char *t, size_t lo, size_t pos)
{
	if (pos >= lo + 6 && ex_ncasecmp(t + pos - 4, "the ", 4) == 0)
		pos -= 4;
	return pos >= lo + 2 && t[pos - 2] == ',' && t[pos - 1] == ' ';
}
/* ex_serial_joined - 1 if a list's last two names are joined by ", and" (the
 * serial comma: "India, Indonesia, and Vietnam"), a comma also before a. */
static int
ex_serial_joined(const char *t, size_t lo, const struct ex_mention *a, const struct ex_mention *b)
{
	struct ex_mention a2 = *a;

	if (a->end >= b->start || t[a->end] != ',' || !ex_list_comma(t, lo, a->start))
		return 0;
	a2.end++;
	return ex_and_joined(t, &a2, b);
}
/* ex_party_after - 1 if a party is named within 80 bytes after the verb at
 * anchor: the terms then say whose measure it is ("a pact that cuts the EU
 * duty on salmon", "a deal that sets a 15% tariff on most EU exports"). */
static int
ex_party_after(const struct ex_ctx *ctx, size_t anchor)
{
	for (size_t i = ex_first(ctx, anchor); i < ctx->m.n && ctx->m.v[i].start < anchor + 80; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= anchor)
			return 1;
	return 0;
}
/* ex_subject_pair - the last two actors before the verb into *a, *b when they are
 * subjects joined by "and" ("India and Japan agreed"), not after a preposition
 * ("the dinner between Presidents Xi and Trump to buy"); 1 if so. */
static int
ex_subject_pair(const struct ex_ctx *ctx, size_t lo, size_t anchor, const struct ex_mention **pa,
    const struct ex_mention **pb)
{
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which"), EX_W("whose")};
	const struct ex_mention *a = NULL, *b = NULL;
	size_t k;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->start < lo)
			continue;
		a = b;
		b = x;
	}
	if (a == NULL || a->role != ROLE_SUBJECT || b->role != ROLE_SUBJECT)
		return 0;
	if (ex_subject_prep(ctx, lo, a->start))
		return 0;
	if (!ex_and_joined(ctx->text, a, b) && !ex_serial_joined(ctx->text, lo, a, b))
		return 0;
	/* "The EU and the United States reached a deal that sets a 15% tariff": the
	 * verb of a relative clause after the pair has a subject of its own. */
	for (k = b->end; k < anchor;) {
		size_t ws, wl = ex_word_after(ctx->text, k, anchor, &ws);

		if (wl == 0) {
			k++;
			continue;
		}
		/* "India and Britain signed a deal that will cut tariffs on cars":
		 * the terms of the pair's deal, with no subject of their own and
		 * no party named after the verb, bind both. */
		if (ex_word_in(REL, EX_NWORDS(REL), ctx->text + ws, wl)) {
			size_t ds = ws, dl = 0;
			int deal = 0;

			/* "signed a deal on Tuesday that ...": up to four words back. */
			for (int w = 0; w < 4 && !deal && (dl = ex_word_before(ctx->text, ds, b->end, &ds)) > 0; w++)
				deal = ex_word_in(PARTY_DEAL, EX_NWORDS(PARTY_DEAL), ctx->text + ds, dl);
			if (!deal || ex_find_actor(ctx, ws + wl, anchor, -1) >= 0 || ex_party_after(ctx, anchor))
				return 0;
		}
		k = ws + wl;
	}
	*pa = a;
	*pb = b;
	return 1;
}

/* ex_joint_subject - 1 if the last two actors before the verb are subjects joined by
 * "and" and are the frame's actor and counterparty ("India and Japan agreed to cut
 * tariffs on steel"). */
int
ex_joint_subject(const struct ex_ctx *ctx, size_t lo, size_t anchor, int actor, int cp)
{
	const struct ex_mention *a, *b;

	return ex_subject_pair(ctx, lo, anchor, &a, &b) &&
	    ((a->value == actor && b->value == cp) || (a->value == cp && b->value == actor));
}

/* ex_main_pair - the first subject of the sentence [s,e) and the actor right
 * after it when "and" joins them ("Japan and South Korea signed a deal on
 * Monday."): the pair the next sentence's "they" means; -1 -1 otherwise. */
void
ex_main_pair(const struct ex_ctx *ctx, size_t s, size_t e, int out[2])
{
	const struct ex_mention *a = NULL;

	out[0] = out[1] = -1;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->start < s)
			continue;
		if (a == NULL) {
			if (x->role != ROLE_SUBJECT)
				continue;
			a = x;
			continue;
		}
		if (x->role == ROLE_SUBJECT && x->value != a->value && ex_and_joined(ctx->text, a, x) &&
		    !ex_subject_prep(ctx, s, a->start)) {
			out[0] = a->value;
			out[1] = x->value;
		}
		return;
	}
}
/* ex_keep_pair - after the sentence [s,e) whose subject is a: its subject pair
 * "A and B" becomes the pair the next "they" means; a sentence about one
 * member of the pair ("Indian Commerce Minister ... at a press conference",
 * a caption; "Japan said ...") keeps it. */
void
ex_keep_pair(struct ex_ctx *ctx, size_t s, size_t e, int a)
{
	int p[2];

	ex_main_pair(ctx, s, e, p);
	if (p[0] < 0 && (a == ctx->last_pair[0] || a == ctx->last_pair[1]))
		return;
	ctx->last_pair[0] = p[0];
	ctx->last_pair[1] = p[1];
}
/* ex_they_pair - the pair "they" stands for when it is the subject right
 * before the verb at anchor (within 48 bytes, no party between: "Under the
 * deal, they will remove tariffs", "they also agreed to cut"): a subject "A
 * and B" before it in the sentence from s ("signed a deal under which they
 * will cut"), else the pair that opened the sentence before ("Japan and South
 * Korea signed a deal on Monday.").  Into out; 1 if found. */
static int
ex_they_pair(const struct ex_ctx *ctx, size_t s, size_t lo, size_t anchor, int out[2])
{
	static const struct ex_word PASSIVE[] = {
	    EX_W("be"), EX_W("been"), EX_W("being"), EX_W("are"), EX_W("were"), EX_W("get")};
	static const struct ex_word OPEN[] = {
	    EX_W("and"), EX_W("but"), EX_W("said"), EX_W("say"), EX_W("says"), EX_W("that"),
	    EX_W("which"), EX_W("so"), EX_W("now"), EX_W("added"), EX_W("announced")};
	const struct ex_mention *a, *b;
	size_t k = anchor, ws = 0, wl = 0, ps, pl;
	int found = 0;

	for (int w = 0; w < 5 && (wl = ex_word_before(ctx->text, k, lo, &ws)) > 0 && ws + 48 >= anchor; w++) {
		if (wl == 4 && ex_ncasecmp(ctx->text + ws, "they", 4) == 0) {
			found = 1;
			break;
		}
		k = ws;
	}
	if (!found || ex_find_actor(ctx, ws, anchor, -1) >= 0)
		return 0;
	/* "the certainty they need to invest": after a noun "they" opens a
	 * relative clause about something else; the pair's "they" opens the
	 * sentence or a clause (", they", "said they", "under which they"). */
	if ((pl = ex_word_before(ctx->text, ws, s, &ps)) > 0 && ctx->text[ps + pl] != ',' &&
	    !ex_word_in(OPEN, EX_NWORDS(OPEN), ctx->text + ps, pl))
		return 0;
	/* "The duties are 8%; they will be removed": goods, not the pair. */
	for (size_t j = ws + 4, js, jl; (jl = ex_word_after(ctx->text, j, anchor, &js)) > 0 && js < anchor; j = js + jl)
		if (ex_word_in(PASSIVE, EX_NWORDS(PASSIVE), ctx->text + js, jl))
			return 0;
	if (ex_subject_pair(ctx, s, ws, &a, &b)) {
		out[0] = a->value;
		out[1] = b->value;
		return out[0] != out[1];
	}
	if (ex_find_actor(ctx, s, ws, -1) >= 0 || ctx->last_pair[0] < 0)
		return 0;
	out[0] = ctx->last_pair[0];
	out[1] = ctx->last_pair[1];
	return 1;
}
/* ex_pair_pronoun - 1 if "they" before the verb stands for the pair actor-cp
 * (ex_they_pair): one entry per side, as for "Japan and South Korea will". */
int
ex_pair_pronoun(const struct ex_ctx *ctx, size_t s, size_t lo, size_t anchor, int actor, int cp)
{
	int p[2];

	return actor >= 0 && cp >= 0 && actor != cp && ex_they_pair(ctx, s, lo, anchor, p) &&
	    ((p[0] == actor && p[1] == cp) || (p[0] == cp && p[1] == actor));
}
/* ex_pair_pronoun_co - the other member of the pair "they" stands for
 * (ex_they_pair) when actor is one and cp neither ("Under the deal, they will
 * buy US LNG": both buy), else -1. */
int
ex_pair_pronoun_co(const struct ex_ctx *ctx, size_t s, size_t lo, size_t anchor, int actor, int cp)
{
	int p[2];

	if (actor < 0 || !ex_they_pair(ctx, s, lo, anchor, p) || p[0] == cp || p[1] == cp)
		return -1;
	return p[0] == actor ? p[1] : p[1] == actor ? p[0] : -1;
}
/* ex_co_subject - the other actor of a subject "A and B" right before the verb when
 * the frame's actor is one of them and its counterparty neither ("Australia and
 * South Korea pledged to buy US LNG": both buy), else -1. */
int
ex_co_subject(const struct ex_ctx *ctx, size_t lo, size_t anchor, int actor, int cp)
{
	const struct ex_mention *a, *b;

	if (!ex_subject_pair(ctx, lo, anchor, &a, &b) || a->value == b->value ||
	    a->value == cp || b->value == cp)
		return -1;
	if (a->value == actor)
		return b->value;
	return b->value == actor ? a->value : -1;
}
/* ex_one_bloc - 1 if the n actors in v (n >= 3) are all members of one group of
 * the rules whose name the text gives in the 1,500 bytes before pos ("the
 * four founding Mercosur countries ... Brazil, Argentina, Paraguay and
 * Uruguay", "the EFTA states - Switzerland, Norway, Iceland and
 * Liechtenstein"): a bloc spelt out, which the annotation takes as the
 * bloc's deal, told by one member or none, not as one pledge per member.
 * Members listed in a story that names no bloc ("Vietnam, Thailand and
 * Malaysia agreed to cut tariffs") each pledge. */
static int
ex_one_bloc(const struct ex_ctx *ctx, const int *v, int n, size_t pos)
{
	const struct rules *r = ctx->r;
	size_t lo = pos > 1500 ? pos - 1500 : 0;

	for (size_t g = 0; g < r->ngroups; g++) {
		size_t gl = strnlen(r->groups[g], sizeof(r->groups[g]));
		int all = gl > 0;

		for (int i = 0; i < n && all; i++)
			all = v[i] >= 0 && r->group_member[g * r->nactors + (size_t)v[i]];
		for (size_t k = lo; all && k + gl <= pos; k++)
			if ((k == 0 || !ex_word_byte((unsigned char)ctx->text[k - 1])) &&
			    ex_ncasecmp(ctx->text + k, r->groups[g], gl) == 0 &&
			    (k + gl >= ctx->len || !ex_word_byte((unsigned char)ctx->text[k + gl])))
				return 1;
	}
	return 0;
}
/* ex_list_heads - the actors that open a subject list "A, B and C" (A here; up
 * to max into out) before the pair "B and C" right before the verb, each
 * joined to the next by a comma ("Japan, South Korea and Taiwan pledged to buy
 * US LNG": Japan buys too); none equal to skip1, skip2 or each other.  Count. */
int
ex_list_heads(const struct ex_ctx *ctx, size_t lo, size_t anchor, int skip1, int skip2, int *out, int max)
{
	const struct ex_mention *a, *b;
	size_t i;
	int n = 0;

	if (max > 4)
		max = 4;
	if (!ex_subject_pair(ctx, lo, anchor, &a, &b))
		return 0;
	for (i = (size_t)(a - ctx->m.v); i-- > 0 && n < max;) {
		const struct ex_mention *y = &ctx->m.v[i];
		size_t k = y->end;
		int dup = y->value == skip1 || y->value == skip2;

		if (y->start < lo)
			break;
		if (y->kind != RULE_ACTOR)
			continue;
		/* ", the" may open the next name ("the US, the EU and Japan"). */
		if (y->role != ROLE_SUBJECT || k + 2 > a->start || ctx->text[k] != ',' ||
		    !ex_list_comma(ctx->text, k, a->start) || (a->start - k != 2 && a->start - k != 6))
			break;
		for (int j = 0; j < n; j++)
			dup |= out[j] == y->value;
		if (!dup)
			out[n++] = y->value;
		a = y;
	}
	/* "Talks between China, Japan and South Korea to cut tariffs". */
	if (n == 0 || ex_subject_prep(ctx, lo, a->start))
		return 0;
	{
		int all[6];

		for (int j = 0; j < n; j++)
			all[j] = out[j];
		all[n] = skip1;
		all[n + 1] = skip2;
		return ex_one_bloc(ctx, all, n + 2, a->start) ? 0 : n;
	}
}
/* ex_disputed - 1 if the frame at anchor is the matter of a disagreement told
 * before it in its clause, within ten words: "at odds", "far apart",
 * "divided", "deadlocked", "at loggerheads", "disagree" before "over", "on",
 * "about", "regarding" or "with" ("Mexico and the United States remain at
 * odds over a tariff-free quota for Mexican steel", "the two sides remained
 * far apart on electric vehicles and market access"): the pair differs over
 * it, neither side is shown to owe it to the other; the goods' origin or a
 * later clause may still name the one who owes it. */
int
ex_disputed(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word SPLIT[] = {
	    EX_W("odds"), EX_W("apart"), EX_W("divided"), EX_W("deadlocked"), EX_W("loggerheads"),
	    EX_W("disagree"), EX_W("disagrees"), EX_W("disagreed"), EX_W("disagreeing")};
	static const struct ex_word OVER[] = {
	    EX_W("over"), EX_W("on"), EX_W("about"), EX_W("regarding"), EX_W("with")};
	const char *t = ctx->text;
	size_t p = anchor, ws, wl, nx = 0, nxl = 0;

	for (int w = 0; w < 10 && p > lo; w++, p = ws) {
		wl = ex_word_before(t, p, lo, &ws);
		if (wl == 0)
			return 0;
		/* Only spaces and hyphens between this word and the next one. */
		for (size_t k = ws + wl; k < p; k++)
			if (t[k] != ' ' && t[k] != '-')
				return 0;
		if (nxl > 0 && ex_word_in(SPLIT, EX_NWORDS(SPLIT), t + ws, wl) &&
		    ex_word_in(OVER, EX_NWORDS(OVER), t + nx, nxl))
			return 1;
		nx = ws;
		nxl = wl;
	}
	return 0;
}
/* ex_goods_participle - 1 if the word before "by" at pos describes goods or
 * vessels by who owns or makes them ("vessels owned or operated by Chinese
 * entities", "chips made by Nvidia") or a deal by what others make of it ("the
 * order, valued by the White House at $96 billion", "welcomed by Tokyo"): the
 * party after it acts on nothing. */
static int
ex_goods_participle(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word OWNED[] = {
	    EX_W("owned"), EX_W("operated"), EX_W("built"), EX_W("made"), EX_W("produced"),
	    EX_W("grown"), EX_W("mined"), EX_W("processed"), EX_W("manufactured"), EX_W("assembled"),
	    EX_W("controlled"), EX_W("flagged"), EX_W("run"), EX_W("designed"),
	    EX_W("valued"), EX_W("estimated"), EX_W("priced"), EX_W("hailed"), EX_W("welcomed"),
	    EX_W("praised"), EX_W("criticised"), EX_W("criticized"), EX_W("touted"),
	    EX_W("described")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	return wl > 0 && ex_word_in(OWNED, EX_NWORDS(OWNED), t + ws, wl);
}
/* ex_relative_owner - the party that opens a relative clause after the verb
 * noun ending at end, before e, with a verb of pledging right after it:
 * "Licences for exports of rare-earth magnets to Japanese companies, which
 * Beijing promised in November to process, have been stuck" names Beijing as
 * the owner of the licences; -1. */
static int
ex_relative_owner(const struct ex_ctx *ctx, size_t end, size_t e)
{
	static const struct ex_word OFFERED[] = {EX_W("offered")};
	const char *t = ctx->text;
	const char *c = memchr(t + end, ',', e - end);
	size_t ws, wl;

	if (c == NULL || (size_t)(c - t) > end + 120)
		return -1;
	wl = ex_word_after(t, (size_t)(c - t) + 1, e, &ws);
	if (!(wl == 5 && ex_ncasecmp(t + ws, "which", 5) == 0) && !(wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0))
		return -1;
	for (size_t i = ex_first(ctx, ws + wl); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < ws + wl)
			continue;
		if (x->kind != RULE_ACTOR || x->start > ws + wl + 2)
			return -1;
		wl = ex_word_after(t, x->end, e, &ws);
		return wl > 0 && (ex_pledge_past(t + ws, wl) ||
		    ex_word_in(OFFERED, EX_NWORDS(OFFERED), t + ws, wl)) ? x->value : -1;
	}
	return -1;
}
/* ex_by_agent_at - the index of the first actor named by "by" (a determiner
 * allowed between) in [lo,hi), or EX_NOPOS. */
static size_t
ex_by_agent_at(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t bs, bl;

		if (x->kind != RULE_ACTOR)
			continue;
		bl = ex_word_before(ctx->text, x->start, lo, &bs);
		if (bl > 0 && ex_determiner(ctx->text + bs, bl))
			bl = ex_word_before(ctx->text, bs, lo, &bs);
		if (bl == 2 && ex_ncasecmp(ctx->text + bs, "by", 2) == 0 && !ex_goods_participle(ctx->text, lo, bs))
			return i;
	}
	return EX_NOPOS;
}
/* ex_by_agent - the first actor named by "by" in [lo,hi), or -1. */
static int
ex_by_agent(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	size_t i = ex_by_agent_at(ctx, lo, hi);

	return i == EX_NOPOS ? -1 : ctx->m.v[i].value;
}
/* ex_holder_word - 1 if w[0..n) names firms that buy or use goods and so hold
 * the licences to get them: "makers" ("battery makers"), "users", "buyers",
 * "customers", "carmakers".  Exporters and producers hold their own
 * government's licences and are not listed. */
static int
ex_holder_word(const char *w, size_t n)
{
	static const struct ex_word HOLDER[] = {
	    EX_W("makers"), EX_W("users"), EX_W("customers"), EX_W("clients"), EX_W("buyers"),
	    EX_W("importers"), EX_W("carmakers"), EX_W("automakers"), EX_W("chipmakers"),
	    EX_W("manufacturers"),
	    EX_W("firms"), EX_W("companies")};

	return ex_word_in(HOLDER, EX_NWORDS(HOLDER), w, n);
}
/* ex_goods_of_holder - 1 if the product of mention x is followed by a noun of
 * firms that buy it (ex_holder_word): "battery makers", "magnet users" name
 * the firms, no goods. */
static int
ex_goods_of_holder(const struct ex_ctx *ctx, const struct ex_mention *x, size_t hi)
{
	size_t ws, wl = ex_word_after(ctx->text, x->end, hi, &ws);

	return wl > 0 && ws == x->end + 1 && ex_holder_word(ctx->text + ws, wl);
}
/* ex_licence_holder - 1 if the party of mention x names firms that hold or use
 * licences (ex_holder_word), the noun at most three words after it: "to
 * American battery makers", "by U.S. magnet makers", "to Japanese end users".
 * Licences given to a country's buyers are the exporter's, not that
 * country's. */
int
ex_licence_holder(const struct ex_ctx *ctx, const struct ex_mention *x, size_t hi)
{
	size_t p = x->end, ws, wl;

	for (int k = 0; k < 3 && (wl = ex_word_after(ctx->text, p, hi, &ws)) > 0; k++, p = ws + wl) {
		if (ex_holder_word(ctx->text + ws, wl))
			return 1;
		if (ex_function_word(ctx->text + ws, wl) || (ws + wl < hi && ctx->text[ws + wl] == ','))
			return 0;
	}
	return 0;
}
/* ex_passive_agent - the actor named by "by" after a passive verb ("will be cut by
 * Washington"), or -1.  Not past a second verb joined by "and" and an
 * auxiliary: "has been opened in full and is being used by US exporters"
 * names who uses it. */
static int
ex_passive_agent(const struct ex_ctx *ctx, const struct ex_frame *f, size_t lo, size_t hi)
{
	static const struct ex_word AUX[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("will")};
	const char *and;
	size_t ws, wl;

	if (!ex_passive_be(ctx->text, lo, f->anchor))
		return -1;
	if (hi > f->anchor_end && (and = memmem(ctx->text + f->anchor_end, hi - f->anchor_end, " and ", 5)) != NULL &&
	    (wl = ex_word_after(ctx->text, (size_t)(and - ctx->text) + 5, hi, &ws)) > 0 &&
	    ex_word_in(AUX, EX_NWORDS(AUX), ctx->text + ws, wl))
		hi = (size_t)(and - ctx->text);
	return ex_by_agent(ctx, f->anchor_end, hi);
}
/* ex_noun_by_agent - 1 and the parties set when "by" right after the buying
 * or investing word at f names its agent ("US soybean purchases by Chinese
 * state buyers", "American LNG imports by Japan", "Brazilian beef purchases by
 * Chinese importers"): that party buys or invests; a party before the word
 * (the goods' origin) is owed it, else one found as usual. */
static int
ex_noun_by_agent(const struct ex_ctx *ctx, const struct ex_frame *f, size_t lo, size_t hi,
    struct ex_parties *p)
{
	size_t by = ex_by_agent_at(ctx, f->anchor_end, hi), ws, wl;

	/* "by" and the party right after it, "the" between at most: not "invested
	 * by the end of June, mostly by Swiss firms". */
	if (by == EX_NOPOS || (wl = ex_word_after(ctx->text, f->anchor_end, hi, &ws)) != 2 ||
	    ex_ncasecmp(ctx->text + ws, "by", 2) != 0 || ctx->m.v[by].start > ws + 7)
		return 0;
	p->actor = ctx->m.v[by].value;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < f->anchor; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= lo && ctx->m.v[i].value != p->actor) {
			p->cp = ctx->m.v[i].value;
			p->explicit_cp = 1;
		}
	return 1;
}
/* ex_requester - 1 if party mention x owns a noun of asking right after it:
 * "Washington would consider Vietnam's request to be removed from its list",
 * "is weighing Brazil's request to remove the tariff on coffee", "India's
 * demand for lower duties".  The asker is the one who gains, not the one who
 * would act. */
static int
ex_requester(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word ASK[] = {
	    EX_W("request"), EX_W("requests"), EX_W("demand"), EX_W("demands"), EX_W("plea"),
	    EX_W("pleas"), EX_W("appeal"), EX_W("appeals"), EX_W("application"), EX_W("petition")};
	size_t n = ex_possessive_len(ctx->text, x->end, ctx->len), ws, wl;

	if (n == 0)
		return 0;
	wl = ex_word_after(ctx->text, x->end + n, ctx->len, &ws);
	return wl > 0 && ex_word_in(ASK, EX_NWORDS(ASK), ctx->text + ws, wl);
}
/* ex_noun_from_investor - 1 and the parties set when "from" right after an
 * investing noun at f names the investor ("built with a $2 billion investment
 * from Seoul", "backed by an equity investment from the Pentagon"): that party
 * invests, another party of the sentence is owed it; 2 when the sentence names
 * no other party (money of a government in its own firms: no commitment to
 * another); 0 otherwise. */
static int
ex_noun_from_investor(const struct ex_ctx *ctx, const struct ex_frame *f, size_t lo, size_t hi,
    struct ex_parties *p)
{
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, f->anchor_end, hi, &ws), n = f->anchor_end - f->anchor;

	if (!((n >= 10 && ex_ncasecmp(t + f->anchor_end - 10, "investment", 10) == 0) ||
	    (n >= 11 && ex_ncasecmp(t + f->anchor_end - 11, "investments", 11) == 0)))
		return 0;
	if (wl != 4 || ex_ncasecmp(t + ws, "from", 4) != 0)
		return 0;
	wl = ex_word_after(t, ws + wl, hi, &ws);
	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_after(t, ws + wl, hi, &ws);
	for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start <= ws; i++) {
		if (ctx->m.v[i].kind != RULE_ACTOR || ctx->m.v[i].start != ws)
			continue;
		p->actor = ctx->m.v[i].value;
		for (size_t k = ex_first(ctx, lo); k < ctx->m.n && ctx->m.v[k].start < hi; k++)
			if (ctx->m.v[k].kind == RULE_ACTOR && ctx->m.v[k].start >= lo &&
			    ctx->m.v[k].value != p->actor) {
				p->cp = ctx->m.v[k].value;
				p->explicit_cp = 1;
				return 1;
			}
		return 2;
	}
	return 0;
}
/* ex_owner_agent - the actor named by "by" after a participle that gives a measure
 * its owner before the verb: "the tariff imposed by the United States on Japanese
 * medicines will not exceed 15 percent", "the duty levied by Washington"; or -1. */
static int
ex_owner_agent(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word OWN[] = {
	    EX_W("imposed"), EX_W("levied"), EX_W("charged"), EX_W("applied")};

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t bs, bl;

		if (x->kind != RULE_ACTOR || x->start < lo)
			continue;
		bl = ex_word_before(ctx->text, x->start, lo, &bs);
		if (bl > 0 && ex_determiner(ctx->text + bs, bl))
			bl = ex_word_before(ctx->text, bs, lo, &bs);
		if (bl != 2 || ex_ncasecmp(ctx->text + bs, "by", 2) != 0)
			continue;
		bl = ex_word_before(ctx->text, bs, lo, &bs);
		if (bl > 0 && ex_word_in(OWN, EX_NWORDS(OWN), ctx->text + bs, bl))
			return x->value;
	}
	return -1;
}
/* ex_owner_relative - the actor of a relative clause that gives a measure its
 * owner: "the export controls that Beijing imposed in April", "the duties which
 * Ottawa levied", "general licences that Beijing promised"; the measure must end
 * right before "that"/"which"; or -1. */
static int
ex_owner_relative(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	static const struct ex_word OWN[] = {
	    EX_W("imposed"), EX_W("imposes"), EX_W("levied"), EX_W("levies"),
	    EX_W("introduced"), EX_W("adopted"), EX_W("announced"), EX_W("applies"),
	    EX_W("applied"), EX_W("placed"), EX_W("slapped"), EX_W("put"), EX_W("set"),
	    EX_W("promised"), EX_W("pledged"), EX_W("offered"), EX_W("granted"), EX_W("issued"),
	    EX_W("approved")};

	for (size_t i = ex_first(ctx, lo) + 1; i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t rs, rl, ms, ws, wl;

		if (x->kind != RULE_ACTOR || x->start < lo)
			continue;
		rl = ex_word_before(ctx->text, x->start, lo, &rs);
		if (rl > 0 && ex_determiner(ctx->text + rs, rl))
			rl = ex_word_before(ctx->text, rs, lo, &rs);
		if (rl == 0 || !ex_word_in(REL, EX_NWORDS(REL), ctx->text + rs, rl))
			continue;
		wl = ex_word_after(ctx->text, x->end, hi, &ws);
		if (wl == 0 || !ex_word_in(OWN, EX_NWORDS(OWN), ctx->text + ws, wl))
			continue;
		/* The measure right before the relative pronoun. */
		ms = rs;
		while (ms > lo && ctx->text[ms - 1] == ' ')
			ms--;
		for (size_t j = i; j-- > 0 && ctx->m.v[j].end + 1 >= ms;) {
			const struct ex_mention *y = &ctx->m.v[j];

			if (y->end == ms && (y->kind == RULE_MEASURE || (y->kind == RULE_TRIGGER && y->dual) ||
			    (y->kind == RULE_OBJECT && ctx->r->objects[y->value].measure >= 0)))
				return x->value;
		}
	}
	return -1;
}
/* ex_buyer_relative - the actor of a relative clause that gives a buying noun
 * its buyer: "the order for 100 aircraft that China Aviation Supplies signed
 * in May", "the order which Korean Air placed"; the relative pronoun at most
 * eight words after the noun at f (its goods between, no comma), the party
 * right after it (a determiner aside), then a verb of ordering; or -1.
 * With pledge set, also the owner of any commitment noun told in a relative
 * clause, bare or with "that"/"which": "the soybean purchases China agreed to
 * in May", "the general licences Beijing promised to grant", "the tariff cuts
 * that Washington committed to in July"; the party then stands right after
 * the noun or its complements (never after a preposition or conjunction:
 * "purchases of soybeans from China agreed in May" names the seller), "has"
 * or "had" perhaps, then a verb of pledging. */
static int
ex_buyer_relative(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi, int pledge)
{
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	static const struct ex_word ORDERED[] = {
	    EX_W("signed"), EX_W("placed"), EX_W("made"), EX_W("booked"), EX_W("finalised"),
	    EX_W("finalized"), EX_W("inked"), EX_W("announced"),
	    /* pledge only */
	    EX_W("agreed"), EX_W("promised"), EX_W("pledged"), EX_W("committed"), EX_W("vowed"),
	    EX_W("undertook")};
	static const struct ex_word GLUE[] = {
	    EX_W("of"), EX_W("from"), EX_W("to"), EX_W("on"), EX_W("for"), EX_W("with"), EX_W("by"),
	    EX_W("in"), EX_W("at"), EX_W("into"), EX_W("and"), EX_W("or"), EX_W("than"), EX_W("as")};
	const size_t nverbs = pledge ? EX_NWORDS(ORDERED) : 8;
	const char *t = ctx->text;
	size_t p = f->anchor_end, ws, wl = 0, i = ex_first(ctx, p);
	int w = 0, rel = 0, glue = 0;

	for (; w < 8 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl) {
		if (memchr(t + p, ',', ws - p) != NULL)
			return -1;
		if (ex_word_in(REL, EX_NWORDS(REL), t + ws, wl)) {
			rel = 1;
			break;
		}
		if (!pledge || glue || (glue = ex_word_in(GLUE, EX_NWORDS(GLUE), t + ws, wl)) != 0) {
			glue = pledge && ex_word_in(GLUE, EX_NWORDS(GLUE), t + ws, wl);
			continue;
		}
		/* A bare relative: a party right after a word of the noun phrase. */
		size_t q = ws;

		/* The word after a determiner: its own length, so that the walk
		 * goes on from the determiner's end, not inside the next word. */
		if (ex_determiner(t + ws, wl) && ex_word_after(t, ws + wl, hi, &q) == 0)
			return -1;
		for (; i < ctx->m.n && ctx->m.v[i].start < q; i++)
			;
		if (i < ctx->m.n && ctx->m.v[i].start == q && ctx->m.v[i].kind == RULE_ACTOR) {
			const struct ex_mention *x = &ctx->m.v[i];
			size_t vs, vl = ex_word_after(t, x->end, hi, &vs);

			if (vl == 3 && (ex_ncasecmp(t + vs, "has", 3) == 0 || ex_ncasecmp(t + vs, "had", 3) == 0))
				vl = ex_word_after(t, vs + vl, hi, &vs);
			if (vl > 0 && ex_word_in(ORDERED, nverbs, t + vs, vl) && t[x->end] == ' ')
				return x->value;
		}
	}
	if (!rel)
		return -1;
	p = ws + wl;
	if ((wl = ex_word_after(t, p, hi, &ws)) > 0 && ex_determiner(t + ws, wl))
		p = ws + wl;
	for (i = ex_first(ctx, p); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < p)
			continue;
		if (x->kind != RULE_ACTOR || x->start > p + 1)
			return -1;
		wl = ex_word_after(t, x->end, hi, &ws);
		if (pledge && wl == 3 && (ex_ncasecmp(t + ws, "has", 3) == 0 || ex_ncasecmp(t + ws, "had", 3) == 0))
			wl = ex_word_after(t, ws + wl, hi, &ws);
		return wl > 0 && ex_word_in(ORDERED, nverbs, t + ws, wl) ? x->value : -1;
	}
	return -1;
}
/* ex_market_owner - the actor named as a market's country in [lo,hi): "the US
 * market", "Japan's market", "the Chinese markets", "Japanese beef markets" (the
 * goods between), or the place that "access to" leads into ("British beef
 * exporters now have tariff-free access to the United States for 13,000
 * tonnes a year"), unless it only names the origin of goods
 * right after it ("give market access to US pharmaceuticals": the giver owns
 * the market); or -1. */
static int
ex_market_owner(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	size_t back = lo > 16 ? lo - 16 : 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t k = x->end, ws, wl;

		if (x->kind != RULE_ACTOR || x->start < lo)
			continue;
		/* "access to" may be the verb itself, before lo. */
		if ((wl = ex_word_before(ctx->text, x->start, back, &ws)) > 0 && ex_determiner(ctx->text + ws, wl))
			wl = ex_word_before(ctx->text, ws, back, &ws);
		if (wl == 2 && ex_ncasecmp(ctx->text + ws, "to", 2) == 0 &&
		    ex_word_before(ctx->text, ws, back, &ws) == 6 && ex_ncasecmp(ctx->text + ws, "access", 6) == 0 &&
		    ex_possessive_len(ctx->text, k, hi) == 0 &&
		    !(i + 1 < ctx->m.n && (ctx->m.v[i + 1].kind == RULE_OBJECT || ctx->m.v[i + 1].kind == RULE_MEASURE) &&
		    ctx->m.v[i + 1].start <= k + 12 && ex_modifier_gap(ctx->text, k, ctx->m.v[i + 1].start)))
			return x->value;
		k += ex_possessive_len(ctx->text, k, hi);
		wl = ex_word_after(ctx->text, k, hi, &ws);
		/* "Japanese beef markets", "China's soybean market": the goods may
		 * stand between the country and its market. */
		if (wl > 0 && i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_OBJECT && ctx->m.v[i + 1].start == ws)
			wl = ex_word_after(ctx->text, ctx->m.v[i + 1].end, hi, &ws);
		if ((wl == 6 && ex_ncasecmp(ctx->text + ws, "market", 6) == 0) ||
		    (wl == 7 && ex_ncasecmp(ctx->text + ws, "markets", 7) == 0))
			return x->value;
	}
	return -1;
}
/* ex_member_noun - 1 if a plural noun of member countries follows p, before
 * pos: "ASEAN members", "Southeast Asian nations". */
static int
ex_member_noun(const char *t, size_t p, size_t pos)
{
	static const struct ex_word MEMBERS[] = {
	    EX_W("members"), EX_W("countries"), EX_W("nations"), EX_W("states"), EX_W("governments"),
	    EX_W("partners"), EX_W("economies")};
	size_t ws, wl = ex_word_after(t, p, pos, &ws);

	/* "Southeast Asian nations": one capitalised word may stand between. */
	if (wl > 0 && t[ws] >= 'A' && t[ws] <= 'Z' && !ex_word_in(MEMBERS, EX_NWORDS(MEMBERS), t + ws, wl))
		wl = ex_word_after(t, ws + wl, pos, &ws);
	return wl > 0 && ex_word_in(MEMBERS, EX_NWORDS(MEMBERS), t + ws, wl);
}
/* ex_group_subject - the group of countries with no code of its own (rules'
 * "groups") the clause from cs opens with, only determiners and counts before
 * it, a plural noun of its members after it, before pos, or -1: "ASEAN members
 * will cut", "The four Mercosur countries agreed", "Gulf states will lower",
 * "Southeast Asian nations pledged" (a bare "Mercosur will cut" may stand for
 * the member whose story it is: left as it was). */
static int
ex_group_subject(const struct ex_ctx *ctx, size_t cs, size_t pos)
{
	size_t p = cs, ws, wl;
	int g;

	for (int w = 0; w < 4 && (wl = ex_word_after(ctx->text, p, pos, &ws)) > 0; w++, p = ws + wl) {
		if (memchr(ctx->text + p, ',', ws - p) != NULL)
			return -1;
		if ((g = rules_group_find(ctx->r, ctx->text + ws, wl)) >= 0)
			return ex_member_noun(ctx->text, ws + wl, pos) ? g : -1;
		if (!ex_determiner(ctx->text + ws, wl) && !ex_count_word(ctx->text + ws, wl))
			return -1;
	}
	return -1;
}
/* ex_invest_owner - the investor when the party mention si right before
 * "investment" has an owner: "Korea's US investment" (the party before the
 * possessive), "Japan will begin its US investment", "Seoul said their US
 * investment" (the nearest other subject or speaker of the sentence from cs
 * before "its" or "their"); -1 when there is none. */
static int
ex_invest_owner(const struct ex_ctx *ctx, size_t cs, size_t si)
{
	const struct ex_mention *x = &ctx->m.v[si], *y;
	size_t ws, wl = ex_word_before(ctx->text, x->start, cs, &ws), k;

	if ((wl == 3 && ex_ncasecmp(ctx->text + ws, "its", 3) == 0) ||
	    (wl == 5 && ex_ncasecmp(ctx->text + ws, "their", 5) == 0)) {
		for (size_t i = si; i-- > 0 && (y = &ctx->m.v[i])->start >= cs;)
			if (y->kind == RULE_ACTOR && y->value != x->value &&
			    (y->role == ROLE_SUBJECT || y->role == ROLE_SPEAKER))
				return y->value;
		return -1;
	}
	if (si == 0 || (y = &ctx->m.v[si - 1])->kind != RULE_ACTOR || y->value == x->value || y->start < cs)
		return -1;
	k = y->end + ex_possessive_len(ctx->text, y->end, x->start);
	return k > y->end && k + 1 == x->start && ctx->text[k] == ' ' ? y->value : -1;
}
/* ex_invest_destination - the investor when the subject mention si only names
 * where an investment goes: it stands right before "investment" used as a
 * modifier ("South Korea has begun channelling money into the US investment
 * package"), after another subject of the clause [cs, ...), which invests; or -1. */
static int
ex_invest_destination(const struct ex_ctx *ctx, size_t cs, size_t si, const struct ex_frame *f)
{
	static const struct ex_word SUM[] = {
	    EX_W("billion"), EX_W("million"), EX_W("trillion"), EX_W("bn"), EX_W("mn")};
	const struct ex_mention *x = &ctx->m.v[si];
	size_t ws, wl;
	int sum, owner;

	if (f->trigger < 0 || !ex_modifier_gap(ctx->text, x->end, f->anchor) || f->anchor > x->end + 2)
		return -1;
	/* "announced a $50 billion US investment", "a $26 billion US
	 * investment": a sum before the party makes it the investment's place,
	 * whatever follows the noun. */
	wl = ex_word_before(ctx->text, x->start, cs, &ws);
	sum = wl > 0 && (ex_word_in(SUM, EX_NWORDS(SUM), ctx->text + ws, wl) ||
	    (ctx->text[ws + wl - 1] >= '0' && ctx->text[ws + wl - 1] <= '9'));
	/* "Japan will begin its US investment in April", "Korea's US
	 * investment will start": an owner before the party invests there. */
	if (!sum && (owner = ex_invest_owner(ctx, cs, si)) != -1)
		return owner;
	wl = ex_word_after(ctx->text, f->anchor_end, ctx->len, &ws);
	if (!sum && (wl == 0 || ws != f->anchor_end + 1 || ctx->text[ws] < 'a' || ctx->text[ws] > 'z' ||
	    ex_function_word(ctx->text + ws, wl)))
		return -1;
	for (size_t i = ex_first(ctx, cs); i < si; i++) {
		const struct ex_mention *y = &ctx->m.v[i];

		/* "Korea announced a $26 billion US investment": the announcer */
		if (y->kind == RULE_ACTOR && y->start >= cs && (y->role == ROLE_SUBJECT ||
		    (sum && y->role == ROLE_SPEAKER)) && y->value != x->value)
			return y->value;
	}
	/* a firm that is no party invests there: no government's pledge */
	return sum ? -2 : -1;
}
/* ex_party_pair - the first counterparty after the verb is mention *pi; when another
 * actor is joined to it by "and" ("imports from Mexico and Canada", "American and
 * Brazilian soybeans"), move *pi to the first of the two and return the second's
 * code, else -1.  Mentions before lo do not count. */
static int
ex_party_pair(const struct ex_ctx *ctx, size_t *pi, size_t lo, size_t hi)
{
	const struct ex_mention *x = &ctx->m.v[*pi], *y;

	if (*pi > 0 && (y = &ctx->m.v[*pi - 1])->kind == RULE_ACTOR && y->start >= lo &&
	    y->value != x->value && y->role != ROLE_SPEAKER && ex_and_joined(ctx->text, y, x)) {
		(*pi)--;
		return x->value;
	}
	if (*pi + 1 < ctx->m.n && (y = &ctx->m.v[*pi + 1])->kind == RULE_ACTOR && y->start < hi &&
	    y->value != x->value && y->role != ROLE_SPEAKER && ex_and_joined(ctx->text, x, y))
		return y->value;
	return -1;
}
/* ex_measure_owner - an actor in [lo,hi) that owns the measure right after it
 * ("the US tariff on Swiss goods", "Washington's duties"): a subject, only
 * lower-case words, hyphens or a possessive between; or -1. */
static int
ex_measure_owner(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i + 1 < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i], *y = &ctx->m.v[i + 1];
		size_t k = x->end;

		if (x->kind != RULE_ACTOR || x->role != ROLE_SUBJECT || y->start >= hi ||
		    y->start > x->end + 24)
			continue;
		k += ex_possessive_len(ctx->text, k, y->start);
		if ((y->kind == RULE_MEASURE || (y->kind == RULE_TRIGGER && y->dual) ||
		    (y->kind == RULE_OBJECT && ctx->r->objects[y->value].measure >= 0)) &&
		    ex_modifier_gap(ctx->text, k, y->start)) {
			size_t ws, wl;

			/* "the UAE to import": a verb, not the UAE's imports. */
			for (; (wl = ex_word_after(ctx->text, k, y->start, &ws)) > 0; k = ws + wl)
				if (ex_function_word(ctx->text + ws, wl))
					break;
			if (wl == 0)
				return x->value;
		}
	}
	return -1;
}
/* ex_quota_owner - the actor named right before the quota noun at anchor, in
 * [lo,anchor), with only a possessive and lower-case modifiers between ("the
 * enlarged US quota", "the EU's duty-free quota", "the European beef quota"),
 * or -1.  The quota noun is frame f's, before its verb or after it within hi. */
static int
ex_quota_owner(const struct ex_ctx *ctx, size_t lo, const struct ex_frame *f, size_t hi)
{
	size_t anchor = f->measure_pos != EX_NOPOS ? f->measure_pos : f->anchor;
	const char *q;
	int owner = -1;

	/* "under the enlarged US quota": the quota noun after the verb. */
	if (f->measure_pos == EX_NOPOS && hi > f->anchor_end &&
	    (q = memmem(ctx->text + f->anchor_end, hi - f->anchor_end, "quota", 5)) != NULL)
		anchor = (size_t)(q - ctx->text);

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t k = x->end;

		if (x->kind != RULE_ACTOR || x->end > anchor || anchor - x->end > 24)
			continue;
		k += ex_possessive_len(ctx->text, k, anchor);
		owner = ex_modifier_gap(ctx->text, k, anchor) ? x->value : -1;
	}
	return owner;
}
/* Verbs of permission: "allow the UAE to import". */
static const struct ex_word EX_ALLOW[] = {
    EX_W("allow"), EX_W("allows"), EX_W("allowed"), EX_W("allowing"), EX_W("permit"),
    EX_W("permits"), EX_W("permitted"), EX_W("permitting"), EX_W("let"), EX_W("lets"),
    EX_W("letting"), EX_W("authorize"), EX_W("authorized"), EX_W("authorise"),
    EX_W("authorised"), EX_W("enable"), EX_W("enabled")};

/* ex_allowed - where the verb of permission stands when the subject mention si is
 * the party it lets act: "allow the UAE to import", "let Chinese firms buy",
 * "permitted Japan to buy" right before the verb at anchor; else (size_t)-1. */
static size_t
ex_allowed(const struct ex_ctx *ctx, size_t si, size_t anchor)
{
	const struct ex_mention *x = &ctx->m.v[si];
	size_t ws, wl = ex_word_before(ctx->text, x->start, 0, &ws), k = x->end;

	if (wl > 0 && ex_determiner(ctx->text + ws, wl))
		wl = ex_word_before(ctx->text, ws, 0, &ws);
	if (wl == 0 || !ex_word_in(EX_ALLOW, EX_NWORDS(EX_ALLOW), ctx->text + ws, wl))
		return (size_t)-1;
	/* The party's own words ("Chinese firms"), then "to" or the bare verb. */
	for (int w = 0; w < 3 && k < anchor; w++) {
		size_t as, al = ex_word_after(ctx->text, k, anchor + 1, &as);

		if (al == 0 || as >= anchor)
			break;
		if (!(al == 2 && ex_ncasecmp(ctx->text + as, "to", 2) == 0) &&
		    !rules_list_has(&ctx->r->agent_nouns, ctx->text + as, al))
			return (size_t)-1;
		k = as + al;
	}
	for (; k < anchor; k++)
		if (ctx->text[k] != ' ')
			return (size_t)-1;
	return ws;
}
/* ex_allowed_buyer - the party a verb of permission at the frame's anchor lets buy
 * or import ("will allow the UAE to import Nvidia chips", "let China buy"), or -1. */
static int
ex_allowed_buyer(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi)
{
	const struct ex_mention *x;
	size_t i = ex_first(ctx, f->anchor_end), ws, wl;

	if (!ex_word_in(EX_ALLOW, EX_NWORDS(EX_ALLOW), ctx->text + f->anchor, f->anchor_end - f->anchor) ||
	    i >= ctx->m.n || (x = &ctx->m.v[i])->kind != RULE_ACTOR || x->start >= hi)
		return -1;
	wl = ex_word_before(ctx->text, x->start, f->anchor_end, &ws);
	if (wl > 0 && ex_determiner(ctx->text + ws, wl))
		wl = ex_word_before(ctx->text, ws, f->anchor_end, &ws);
	if (wl > 0)
		return -1;  /* a word between: "allow imports from Canada" */
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < hi && ctx->m.v[j].start <= x->end + 24; j++) {
		const struct ex_mention *y = &ctx->m.v[j];

		if (y->kind != RULE_TRIGGER)
			continue;
		if (!ex_trigger_is(ctx->r, y->value, "buy") ||
		    ex_allowed(ctx, i, y->start) == (size_t)-1)
			return -1;
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
/* ex_given_passive - 1 if a form of "be" and a verb of giving stand together in
 * t[a,b) (six words at most): "Japan was promised lower tariffs", "Britain has
 * been offered a quota", "Mexico was granted a pause": the subject receives. */
static int
ex_given_passive(const char *t, size_t a, size_t b)
{
	static const struct ex_word BE[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"), EX_W("been"), EX_W("be"),
	    EX_W("being")};
	static const struct ex_word GIVEN[] = {
	    EX_W("promised"), EX_W("offered"), EX_W("granted"), EX_W("given"), EX_W("guaranteed"),
	    EX_W("handed"), EX_W("awarded"),
	    /* "Japan will be treated no worse than any other country": the
	     * subject of the treatment receives it. */
	    EX_W("treated")};
	size_t ws, wl;
	const char *c;
	int be = 0;

	/* "The U.K., whose steel faces a 25% tariff, was promised": past an aside
	 * set off by commas right after the subject. */
	if (a + 1 < b && t[a] == ',' && (c = memchr(t + a + 1, ',', b - a - 1)) != NULL)
		a = (size_t)(c - t) + 1;
	for (int w = 0; w < 6 && a < b && (wl = ex_word_after(t, a, b, &ws)) > 0; w++) {
		if (be && ex_word_in(GIVEN, EX_NWORDS(GIVEN), t + ws, wl))
			return 1;
		be = ex_word_in(BE, EX_NWORDS(BE), t + ws, wl);
		a = ws + wl;
	}
	return 0;
}
/* ex_pledge_owner - 1 if the party ending at e owns a promise before the verb
 * at anchor: "got Beijing's promise to pause", "won Tokyo's pledge to buy": the
 * owner gives it, the subject receives. */
static int
ex_pledge_owner(const char *t, size_t e, size_t anchor)
{
	size_t ws, wl, n = ex_possessive_len(t, e, anchor);

	if (n == 0)
		return 0;
	e += n;
	return (wl = ex_word_after(t, e, anchor, &ws)) > 0 &&
	    ex_word_in(EX_PLEDGE_NOUNS, EX_NPLEDGE_NOUNS, t + ws, wl);
}
/* ex_benefit_before - the start of a beneficiary verb among the four words
 * before the verb of frame f ("won a pause", "received US licences", "win
 * 30-day reprieve": a hyphen joins the words of a compound), else (size_t)-1. */
static size_t
ex_benefit_before(const struct ex_ctx *ctx, const struct ex_frame *f)
{
	size_t ws, wl, pos = f->anchor;

	for (int w = 0; w < 4 && ((wl = ex_word_before(ctx->text, pos, 0, &ws)) > 0 ||
	    (pos > 1 && ctx->text[pos - 1] == '-' && (wl = ex_word_before(ctx->text, pos - 1, 0, &ws)) > 0));
	    w++, pos = ws)
		if (rules_list_has(&ctx->r->beneficiary_verbs, ctx->text + ws, wl))
			return ws;
	return (size_t)-1;
}
/* ex_giver_from - the actor after "from" in the frame f (up to hi) when a
 * beneficiary verb stands among the four words before its verb: "to secure a
 * lower tariff rate from Washington", "won a pause from Beijing"; else -1. */
static int
ex_giver_from(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi)
{
	size_t ws, wl;

	if (ex_benefit_before(ctx, f) == (size_t)-1)
		return -1;
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->start < f->anchor_end)
			continue;
		wl = ex_word_before(ctx->text, x->start, f->anchor_end, &ws);
		if (wl > 0 && ex_determiner(ctx->text + ws, wl))
			wl = ex_word_before(ctx->text, ws, f->anchor_end, &ws);
		return wl == 4 && strncasecmp(ctx->text + ws, "from", 4) == 0 ? x->value : -1;
	}
	return -1;
}
/* ex_granted_before - the start of a passive verb of giving ("was granted",
 * "have been issued", "were given") among the four words before the verb of
 * frame f, else (size_t)-1. */
static size_t
ex_granted_before(const struct ex_ctx *ctx, const struct ex_frame *f, size_t lo)
{
	static const struct ex_word GIVEN[] = {
	    EX_W("granted"), EX_W("issued"), EX_W("given"), EX_W("awarded")};
	static const struct ex_word BE[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"), EX_W("been"), EX_W("be")};
	size_t ws, wl, bs, bl, pos = f->anchor;

	for (int w = 0; w < 4 && (wl = ex_word_before(ctx->text, pos, lo, &ws)) > 0; w++, pos = ws)
		if (ex_word_in(GIVEN, EX_NWORDS(GIVEN), ctx->text + ws, wl))
			return (bl = ex_word_before(ctx->text, ws, lo, &bs)) > 0 &&
			    ex_word_in(BE, EX_NWORDS(BE), ctx->text + bs, bl) ? ws : (size_t)-1;
	return (size_t)-1;
}
/* ex_received_licence - for an export licence received by a party named before
 * the verb of receiving ("Samsung won US licences to ship chipmaking tools to
 * China", "Korean firms have received general licences from Beijing for rare
 * earths", "SK Hynix was granted US licences"), that party (the receiver) in
 * *cp and the giver as result: the party after "from" (ex_giver_from), else
 * one named among the words between the verb and the licence noun ("US
 * licences", "Chinese general licences").  A receiver licensed by its own
 * government ("Chinese producers received licences from Beijing to ship
 * gallium to US buyers") gives: the destination after the noun is owed.  -1
 * when no giver, or no destination of one's own licence, is named. */
static int
ex_received_licence(const struct ex_ctx *ctx, const struct ex_frame *f, size_t cs, size_t hi, int *cp)
{
	size_t from = ex_benefit_before(ctx, f);
	int giver = -1, receiver = -1, passive = 0;

	/* "Samsung was granted US licences", "has been issued licences by
	 * Washington": the verb of giving is the frame's own. */
	if (from == (size_t)-1 && (from = ex_granted_before(ctx, f, cs)) == (size_t)-1 && f->trigger >= 0 &&
	    ex_granted_before(ctx, &(struct ex_frame){.anchor = f->anchor_end}, cs) == f->anchor) {
		from = f->anchor;
		passive = 1;
	}
	if (from == (size_t)-1 || from <= cs)
		return -1;
	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < from; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= cs && ctx->m.v[i].role != ROLE_SPEAKER)
			receiver = ctx->m.v[i].value;
	if (receiver < 0)
		return -1;
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;

		if (x->kind != RULE_ACTOR || x->start < f->anchor_end)
			continue;
		wl = ex_word_before(ctx->text, x->start, f->anchor_end, &ws);
		if (wl > 0 && ex_determiner(ctx->text + ws, wl))
			wl = ex_word_before(ctx->text, ws, f->anchor_end, &ws);
		if ((wl == 4 && strncasecmp(ctx->text + ws, "from", 4) == 0) ||
		    (passive && ((wl == 2 && ex_ncasecmp(ctx->text + ws, "by", 2) == 0) || ws + wl <= f->anchor_end)))
			giver = x->value;
		break;
	}
	for (size_t i = ex_first(ctx, from); giver < 0 && i < ctx->m.n && ctx->m.v[i].start < f->anchor; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start > from)
			giver = ctx->m.v[i].value;
	if (giver < 0)
		return -1;
	if (giver != receiver) {
		*cp = receiver;
		return giver;
	}
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= f->anchor_end &&
		    ctx->m.v[i].value != receiver) {
			*cp = ctx->m.v[i].value;
			return receiver;
		}
	return -1;
}
/* ex_same_action - the latest statement before pos, in an earlier
 * sentence, with this action: "General licences for gallium have not been issued"
 * are the issuer's, whoever the last sentence's subject was; NULL. */
static const struct ex_stmt *
ex_same_action(const struct ex_ctx *ctx, const char *action, size_t s)
{
	for (size_t i = ctx->st.n; i-- > 0;) {
		const struct ex_stmt *x = &ctx->st.v[i];

		if (x->sent_end <= s && x->rank >= 0 && strcmp(RULES_ACTIONS[x->action], action) == 0)
			return x;
	}
	return NULL;
}
/* EX_SCALE - scale words of an amount ("$2 billion"). */
static const struct ex_word EX_SCALE[] = {
    EX_W("million"), EX_W("billion"), EX_W("trillion"), EX_W("bn"), EX_W("mn")};
/* ex_possessive_agent - the party whose possessive stands right before the verb
 * noun of frame f, at most two lower-case modifiers and an amount between
 * ("Indonesia's purchases", "Japan's planned purchase", "Beijing's renewed
 * orders", "China's $2 billion investment pledge"); -1. */
static int
ex_possessive_agent(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s)
{
	const char *t = ctx->text;
	size_t ws, wl = ex_word_before(t, f->anchor, s, &ws), oe;

	if (f->trigger < 0 || f->past || ex_after_modal(t, s, f->anchor))
		return -1;
	/* "China's $2 billion investment pledge": an amount and its scale word
	 * ("billion") between count for no modifier. */
	for (int w = 0, lc = 0; w < 6 && wl > 0 && ex_curly_owner_end(t, ws, wl, s) == 0; w++) {
		if (t[ws] >= '0' && t[ws] <= '9') {
			size_t p = ws;

			while (p > s && t[p - 1] == '$')
				p--;
			wl = ex_word_before(t, p, s, &ws);
		} else if (wl > 2 && t[ws] >= 'a' && t[ws] <= 'z' &&
		    (ex_word_in(EX_SCALE, EX_NWORDS(EX_SCALE), t + ws, wl) || lc++ < 2))
			wl = ex_word_before(t, ws, s, &ws);
		else
			break;
	}
	/* "Indonesia's": the word ends in "'s" (ASCII apostrophe), or it is the
	 * "s" after a curly one ("Indonesia\u2019s"). */
	if ((oe = ex_curly_owner_end(t, ws, wl, s)) == 0) {
		if (wl < 3 || ex_ncasecmp(t + ws + wl - 2, "'s", 2) != 0)
			return -1;
		oe = ws + wl - 2;
	}
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < oe; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].end == oe)
			return ctx->m.v[i].value;
	return -1;
}
/* ex_quota_sellers - 1 if actor mention i names the firms that sell goods
 * into a market, one goods word allowed between ("Argentine meatpackers",
 * "Brazilian beef exporters", "by Uruguayan and Argentine exporters"): those
 * who ship under a quota are the side it lets in, never the side that opens it. */
static int
ex_quota_sellers(const struct ex_ctx *ctx, size_t i)
{
	static const struct ex_word SELLERS[] = {
	    EX_W("exporters"), EX_W("packers"), EX_W("meatpackers"), EX_W("producers"),
	    EX_W("processors"), EX_W("ranchers"), EX_W("farmers"), EX_W("growers"),
	    EX_W("shippers"), EX_W("suppliers"), EX_W("mills"), EX_W("steelmakers")};
	const char *t = ctx->text;
	size_t p = ctx->m.v[i].end, ws, wl;

	/* "Uruguayan and Argentine exporters": the last of a pair names them. */
	if (i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_ACTOR && ex_and_joined(t, &ctx->m.v[i], &ctx->m.v[i + 1]))
		p = ctx->m.v[i + 1].end;
	wl = ex_word_after(t, p, ctx->len, &ws);
	if (wl > 0 && ws == p + 1 && !ex_word_in(SELLERS, EX_NWORDS(SELLERS), t + ws, wl)) {
		p = ws + wl;
		wl = ex_word_after(t, p, ctx->len, &ws);
	}
	return wl > 0 && ws == p + 1 && ex_word_in(SELLERS, EX_NWORDS(SELLERS), t + ws, wl);
}
/* ex_sellers_before - the party of the first sellers (ex_quota_sellers) named
 * in [lo,hi) other than skip, or -1. */
static int
ex_sellers_before(const struct ex_ctx *ctx, size_t lo, size_t hi, int skip)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].value != skip && ex_quota_sellers(ctx, i))
			return ctx->m.v[i].value;
	return -1;
}
/* ex_trailing_speaker - for a verb with no subject of its own, the speaker of a
 * trailing attribution after a comma ("Purchases of US LNG will rise to 3 Mt a
 * year, South Korea's energy ministry said"): the party that reports its own
 * commitment, before one carried from the sentence before.  Not a speaker
 * named as the goods' origin or the beneficiary ("Tariffs on Chinese goods will
 * be cut, Beijing said"; "US soybean purchases have stalled, the USDA said"),
 * nor the beneficiary of an earlier statement of the action, nor, for a tariff,
 * one when no goods' origin is named; -1. */
static int
ex_trailing_speaker(const struct ex_ctx *ctx, const struct ex_frame *f, const char *action,
    size_t s, size_t e, int after)
{
	const struct ex_stmt *same = ex_same_action(ctx, action, s);
	const char *comma;
	int who, origin = 0;

	if ((comma = memchr(ctx->text + f->anchor_end, ',', e - f->anchor_end)) == NULL ||
	    (who = ex_first_role(ctx, (size_t)(comma - ctx->text), e, ROLE_SPEAKER)) < 0 ||
	    who == after || (same != NULL && same->counterparty == who))
		return -1;
	/* "The poultry quota is also being used, Brazilian exporters say": the
	 * sellers are let in (ex_quota_sellers). */
	if (ex_action_is(action, "market_access") && f->measure >= 0 &&
	    f->measure == ex_measure_index(ctx->r, "quota"))
		for (size_t i = ex_first(ctx, (size_t)(comma - ctx->text)); i < ctx->m.n && ctx->m.v[i].start < e; i++)
			if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role == ROLE_SPEAKER) {
				if (ex_quota_sellers(ctx, i))
					return -1;
				break;
			}
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < (size_t)(comma - ctx->text); i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->start < s)
			continue;
		if (x->value == who)
			return -1;
		origin |= x->role == ROLE_COUNTERPARTY;
	}
	/* A tariff is the importer's: "Tariffs on cars will be cut to 15 per cent,
	 * Japan's chief negotiator said" may report the other side's cut; only goods
	 * of another origin ("Tariffs on US pork will be lowered, according to the
	 * Philippine agriculture department") make the speaker the importer. */
	if (strncmp(action, "tariff_", 7) == 0 && !origin)
		return -1;
	return who;
}
/* ex_demanded - 1 if the verb noun at anchor is demanded by the subject before it:
 * "pressing for the removal of", "called for an end to", "lobbying for a cut in".
 * One asks another for what it alone can do: the subject benefits. */
static int
ex_demanded(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word ASK[] = {
	    EX_W("press"), EX_W("presses"), EX_W("pressed"), EX_W("pressing"), EX_W("push"),
	    EX_W("pushes"), EX_W("pushed"), EX_W("pushing"), EX_W("call"), EX_W("calls"),
	    EX_W("called"), EX_W("calling"), EX_W("lobby"), EX_W("lobbies"), EX_W("lobbied"),
	    EX_W("lobbying"), EX_W("ask"), EX_W("asks"), EX_W("asked"), EX_W("asking"),
	    EX_W("appeal"), EX_W("appealed"), EX_W("appealing")};
	size_t ws, wl = ex_word_before(ctx->text, anchor, lo, &ws), ms, ml;

	/* "is seeking an exemption for", "requested the removal of", "the Emirates
	 * want lower EU duties", "will seek approval for more beef plants": the
	 * verb noun as the asking verb's object. */
	if (ex_wanted_object(ctx->text, lo, anchor))
		return 1;
	if (wl > 0 && !ex_determiner(ctx->text + ws, wl) && !ex_function_word(ctx->text + ws, wl) &&
	    (ml = ex_word_before(ctx->text, ws, lo, &ms)) > 0 && ex_determiner(ctx->text + ms, ml)) {
		/* "demanded a further extension of". */
		if (ex_wanted_object(ctx->text, lo, ws))
			return 1;
		ws = ms;
		wl = ml;
	}
	if (wl > 0 && ex_determiner(ctx->text + ws, wl))
		wl = ex_word_before(ctx->text, ws, lo, &ws);
	if (wl != 3 || ex_ncasecmp(ctx->text + ws, "for", 3) != 0)
		return 0;
	wl = ex_word_before(ctx->text, ws, lo, &ws);
	return wl > 0 && ex_word_in(ASK, EX_NWORDS(ASK), ctx->text + ws, wl);
}
#define EX_CARRY_REACH 1500  /* bytes back to the subject a carried actor comes from */

/* ex_carry_sure - 1 if the carried actor is the last party named as a subject or
 * speaker before the sentence at s (within EX_CARRY_REACH), alone of its
 * sentence, and no other party speaks or acts in this sentence before the verb
 * at anchor: "China's commerce
 * ministry said it had issued licences ... The ministry said licences for
 * graphite would follow" has one candidate only. */
static int
ex_carry_sure(const struct ex_ctx *ctx, size_t s, size_t anchor, int actor)
{
	size_t i0 = ex_first(ctx, s);

	for (size_t i = i0; i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && x->value != actor &&
		    (x->role == ROLE_SUBJECT || x->role == ROLE_SPEAKER))
			return 0;
	}
	for (size_t i = i0; i-- > 0 && ctx->m.v[i].start + EX_CARRY_REACH >= s;) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t from = x->start;

		if (x->kind != RULE_ACTOR || (x->role != ROLE_SUBJECT && x->role != ROLE_SPEAKER))
			continue;
		if (x->value != actor)
			return 0;
		/* "China and Japan met in Tokyo.": two subjects, no one referent. */
		while (from > 0 && ctx->text[from - 1] != '\n' && !(from > 1 && ctx->text[from - 1] == ' ' &&
		    (ctx->text[from - 2] == '.' || ctx->text[from - 2] == '!' || ctx->text[from - 2] == '?')))
			from--;
		while (i-- > 0 && ctx->m.v[i].start >= from)
			if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].value != actor &&
			    (ctx->m.v[i].role == ROLE_SUBJECT || ctx->m.v[i].role == ROLE_SPEAKER))
				return 0;
		return 1;
	}
	return 0;
}
/* ex_to_before - where "to" or "into" stands right before the actor mention x
 * (a determiner aside, not before lo), or EX_NOPOS: "to the US", "into Japan". */
static size_t
ex_to_before(const char *t, size_t lo, const struct ex_mention *x)
{
	static const struct ex_word TO[] = {EX_W("to"), EX_W("into")};
	size_t ws, wl = ex_word_before(t, x->start, lo, &ws);

	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	return wl > 0 && ex_word_in(TO, EX_NWORDS(TO), t + ws, wl) ? ws : EX_NOPOS;
}
/* ex_made_by - 1 if actor names the goods' maker in [lo,hi) as a compound
 * ("British-made medicines", "Swiss-built engines"). */
static int
ex_made_by(const struct ex_ctx *ctx, size_t lo, size_t hi, int actor)
{
	static const struct ex_word MADE[] = {
	    EX_W("-made"), EX_W("-built"), EX_W("-grown"), EX_W("-produced"),
	    EX_W("-manufactured"), EX_W("-origin")};

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;

		if (x->kind != RULE_ACTOR || x->value != actor || x->start < lo)
			continue;
		wl = ex_word_after(ctx->text, x->end, hi, &ws);
		if (wl > 0 && ws == x->end && ex_word_in(MADE, EX_NWORDS(MADE), ctx->text + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_shipped_to - the actor goods are "shipped", "exported", "sent", "sold" or
 * "imported" to or into in [lo,hi) ("when shipped to the US"), or -1. */
static int
ex_shipped_to(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word SENT[] = {
	    EX_W("shipped"), EX_W("exported"), EX_W("sent"), EX_W("sold"), EX_W("imported"),
	    EX_W("delivered")};

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl, to;

		if (x->kind != RULE_ACTOR || x->start < lo ||
		    (to = ex_to_before(ctx->text, lo, x)) == EX_NOPOS)
			continue;
		wl = ex_word_before(ctx->text, to, lo, &ws);
		if (wl > 0 && ex_word_in(SENT, EX_NWORDS(SENT), ctx->text + ws, wl))
			return x->value;
	}
	return -1;
}
/* ex_rate_destination - the party that the subject's goods go to at the rate
 * whose verb is at anchor: "Canadian canola exporters began shipping to China at
 * the lower duty rate", "Thai shrimp now ship to the US at the reduced 19%
 * tariff".  A verb of shipping, "to" or "into" and the party in [lo,anchor),
 * then "at" at most three words before anchor; -1 if none. */
static int
ex_rate_destination(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word SHIP[] = {
	    EX_W("ship"), EX_W("ships"), EX_W("shipping"), EX_W("shipped"), EX_W("export"),
	    EX_W("exports"), EX_W("exporting"), EX_W("exported"), EX_W("sell"), EX_W("sells"),
	    EX_W("selling"), EX_W("sold"), EX_W("shipments"), EX_W("sales")};
	size_t ws, wl, p = anchor;
	int at = 0, dest = -1;

	for (int w = 0; w < 3 && !at && (wl = ex_word_before(ctx->text, p, lo, &ws)) > 0; w++, p = ws)
		at = wl == 2 && ex_ncasecmp(ctx->text + ws, "at", 2) == 0;
	if (!at)
		return -1;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < p; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t to;

		if (x->kind != RULE_ACTOR || x->start < lo || (to = ex_to_before(ctx->text, lo, x)) == EX_NOPOS)
			continue;
		wl = ex_word_before(ctx->text, to, lo, &ws);
		dest = wl > 0 && ex_word_in(SHIP, EX_NWORDS(SHIP), ctx->text + ws, wl) ? x->value : -1;
	}
	return dest;
}
/* ex_goods_destination - the party that goods or exports before the verb go to:
 * "Indian shrimp exports to the US will enjoy a tariff cut", "American cars
 * shipped into Japan": an actor after "to"/"into" (a determiner aside) right after
 * a product or an export noun in [lo,anchor); -1.  A participle of the goods'
 * movement may stand between, with their origin before it: "tariffs on Chilean
 * wine exported to Japan have been eliminated", "steel from Mexico imported
 * into the United States will be exempt": the country the goods go to levies
 * the duty on them, so it acts.  The goods may stand before lo, back to the
 * clause start cs, when the participle opened a frame of its own. */
static int
ex_goods_destination(const struct ex_ctx *ctx, size_t cs, size_t lo, size_t anchor)
{
	static const struct ex_word MOVED[] = {
	    EX_W("exported"), EX_W("imported"), EX_W("shipped"), EX_W("sold"), EX_W("sent"),
	    EX_W("delivered"), EX_W("transported")};
	const char *t = ctx->text;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, fs;
		int moved = 0;

		if (x->kind != RULE_ACTOR || x->role != ROLE_COUNTERPARTY || x->start < lo ||
		    (ws = ex_to_before(t, lo, x)) == EX_NOPOS)
			continue;
		for (size_t j = i; j-- > 0 && ctx->m.v[j].start >= cs;) {
			const struct ex_mention *y = &ctx->m.v[j];

			if (y->end > ws)
				continue;
			/* Goods, not a measure: "the probe into Brazil's ethanol
			 * policy" names the probe's target. */
			if ((moved || y->start >= lo) && ex_only_determiner(t, y->end, ws) &&
			    ((y->kind == RULE_OBJECT && ctx->r->objects[y->value].measure < 0) ||
			    (y->kind == RULE_MEASURE && y->value == ex_measure_index(ctx->r, "export"))))
				return x->value;
			/* "wine exported to Japan": the participle, then the goods. */
			if (!moved && y->kind == RULE_TRIGGER && ex_only_determiner(t, y->end, ws) &&
			    y->start >= cs && ex_word_in(MOVED, EX_NWORDS(MOVED), t + y->start, y->end - y->start)) {
				moved = 1;
				ws = y->start;
				continue;
			}
			/* "steel from Mexico imported into": the origin, then the goods. */
			if (moved == 1 && y->kind == RULE_ACTOR && y->value != x->value &&
			    ex_only_determiner(t, y->end, ws) &&
			    ex_word_before(t, y->start, cs, &fs) == 4 && ex_ncasecmp(t + fs, "from", 4) == 0) {
				moved = 2;
				ws = fs;
				continue;
			}
			break;
		}
	}
	return -1;
}
/* ex_destination - the first party in [lo,hi) after "to" or "into" (a
 * determiner aside): where goods go ("shipments of US sorghum to China",
 * "transshipped through Mexico to the United States"); -1.  "the flow of
 * precursors to Mexican cartels" names criminal groups, no party. */
static int
ex_destination(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;

		if (x->kind != RULE_ACTOR || x->start < lo || ex_to_before(ctx->text, lo, x) == EX_NOPOS)
			continue;
		wl = ex_word_after(ctx->text, x->end, hi, &ws);
		if (wl > 0 && rules_list_has(&ctx->r->illicit_groups, ctx->text + ws, wl))
			continue;
		return x->value;
	}
	return -1;
}
/* ex_for_own - the end of "for its" or "for their" within four words after
 * the verb noun at f ("access for its beef", "a quota system for its steel"),
 * 0 if none before hi. */
static size_t
ex_for_own(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi)
{
	const char *t = ctx->text;
	size_t ws, wl, p = f->anchor_end;
	int w;

	for (w = 0; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0 &&
	    (wl != 3 || ex_ncasecmp(t + ws, "for", 3) != 0); w++)
		p = ws + wl;
	if (w == 4 || wl == 0)
		return 0;
	wl = ex_word_after(t, ws + wl, hi, &ws);
	if (!((wl == 3 && ex_ncasecmp(t + ws, "its", 3) == 0) || (wl == 5 && ex_ncasecmp(t + ws, "their", 5) == 0)))
		return 0;
	return ws + wl;
}
/* ex_last_other - the last party in [lo,pos) other than skip, whatever its
 * role ("Seoul asked Riyadh for ...", "Canberra and Beijing agreed ..."); -1. */
int
ex_last_other(const struct ex_ctx *ctx, size_t lo, size_t pos, int skip)
{
	int found = -1;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < pos; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= lo && ctx->m.v[i].value != skip)
			found = ctx->m.v[i].value;
	return found;
}
/* ex_first_other - the first party in [lo,hi) other than skip; -1. */
static int
ex_first_other(const struct ex_ctx *ctx, size_t lo, size_t hi, int skip)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= lo && ctx->m.v[i].value != skip)
			return ctx->m.v[i].value;
	return -1;
}
/* ex_sought_noun - 1 if [a,b) ends in a noun of what a party seeks for its
 * own goods from another: "access", "a quota", "a tariff-free quota". */
static int
ex_sought_noun(const char *t, size_t a, size_t b)
{
	static const struct ex_word SOUGHT[] = {EX_W("access"), EX_W("quota"), EX_W("quotas")};
	size_t w = b;

	while (w > a && t[w - 1] != ' ' && t[w - 1] != '-')
		w--;
	return ex_word_in(SOUGHT, EX_NWORDS(SOUGHT), t + w, b - w);
}
/* ex_own_exports_to - the party after "for its|their <at most three words>
 * exports to" right after the verb noun at f (at most four words on), or -1:
 * "a quota system for its steel and aluminium exports to the US", "relief for
 * their car exports to America": the destination lets the subject's goods in. */
static int
ex_own_exports_to(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi)
{
	const char *t = ctx->text;
	size_t ws = 0, wl = 0, p = ex_for_own(ctx, f, hi);
	int w;

	if (p == 0)
		return -1;
	for (w = 0; w < 5 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl)
		if (wl == 7 && ex_ncasecmp(t + ws, "exports", 7) == 0)
			break;
	if (w == 5 || wl == 0 || (wl = ex_word_after(t, ws + wl, hi, &ws)) != 2 || ex_ncasecmp(t + ws, "to", 2) != 0)
		return -1;
	return ex_destination(ctx, ws, hi);
}
/* ex_licence_holder_to - 1 if the first party after "to" in [lo,hi) names firms
 * that get licences (ex_licence_holder): "promised to American battery makers". */
static int
ex_licence_holder_to(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].start >= lo &&
		    ex_to_before(ctx->text, lo, &ctx->m.v[i]) != EX_NOPOS)
			return ex_licence_holder(ctx, &ctx->m.v[i], hi);
	return 0;
}
/* ex_buyers_in - the party of "to buyers in China", "to state mills in
 * Vietnam": "to", one or two words (the buyers) and "in" before a party in
 * [lo,hi); -1. */
static int
ex_buyers_in(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	const char *t = ctx->text;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;

		if (x->kind != RULE_ACTOR || x->start < lo ||
		    (wl = ex_word_before(t, x->start, lo, &ws)) != 2 || ex_ncasecmp(t + ws, "in", 2) != 0)
			continue;
		for (int k = 0; k < 3 && (wl = ex_word_before(t, ws, lo, &ws)) > 0; k++)
			if (k > 0 && wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
				return x->value;
		return -1;
	}
	return -1;
}
/* ex_only_destination - 1 if every mention of party v in [lo,hi) stands
 * after "to"/"into" or "in" (where goods go), 0 if one does not or none is. */
/* ex_destination_naming - ex_party_namings' test of ex_only_destination. */
static int
ex_destination_naming(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i];
	size_t ws, wl = ex_word_before(ctx->text, x->start, lo, &ws);

	(void)hi;
	return ex_to_before(ctx->text, lo, x) != EX_NOPOS || (wl == 2 && ex_ncasecmp(ctx->text + ws, "in", 2) == 0);
}
int
ex_only_destination(const struct ex_ctx *ctx, size_t lo, size_t hi, int v)
{
	return ex_party_namings(ctx, lo, hi, v, ex_destination_naming);
}
/* ex_party_namings - 1 if party v is named in [lo,hi) and each naming there
 * (index i of ctx->m) passes test: 1 passes, 0 fails the whole, -1 is
 * passed over; 0 if none passes. */
int
ex_party_namings(const struct ex_ctx *ctx, size_t lo, size_t hi, int v,
    int (*test)(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t i))
{
	int seen = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int r;

		if (x->kind != RULE_ACTOR || x->value != v || x->start < lo)
			continue;
		if ((r = test(ctx, lo, hi, i)) == 0)
			return 0;
		seen |= r > 0;
	}
	return seen;
}
/* ex_supplied_party - the party right after a verb of supplying at [pos,end),
 * a determiner aside, when "with" follows it in [end,hi): "will supply Japan with
 * LNG", "agreed to supply Indian refiners with crude"; -1. */
static int
ex_supplied_party(const struct ex_ctx *ctx, size_t pos, size_t end, size_t hi)
{
	const char *t = ctx->text;
	size_t i = ex_first(ctx, end), ws, wl;

	if (end - pos < 6 || memmem(t + pos, end - pos, "suppl", 5) == NULL || i >= ctx->m.n ||
	    ctx->m.v[i].kind != RULE_ACTOR || ctx->m.v[i].start >= hi)
		return -1;
	wl = ex_word_after(t, end, hi, &ws);
	if (ws != ctx->m.v[i].start && !(wl > 0 && ex_determiner(t + ws, wl) &&
	    ex_word_after(t, ws + wl, hi, &ws) > 0 && ws == ctx->m.v[i].start))
		return -1;
	/* "supply Japan with", "supply Korean utilities with": a few words on. */
	for (int w = 0, p = 0; w < 4 && (wl = ex_word_after(t, p ? ws + wl : ctx->m.v[i].end, hi, &ws)) > 0;
	    w++, p = 1)
		if (wl == 4 && ex_ncasecmp(t + ws, "with", 4) == 0)
			return ctx->m.v[i].value;
	return -1;
}
/* ex_controlled_goods - 1 if the first goods named in [lo,hi), at most 60 bytes
 * on, are goods whose export their government licenses ("rare earths",
 * "gallium", "AI chips": the object's "controlled" in the rules). */
int
ex_controlled_goods(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi &&
	    ctx->m.v[i].start < lo + 60; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_OBJECT && x->start >= lo && ctx->r->objects[x->value].measure < 0)
			return ctx->r->objects[x->value].controlled;
	}
	return 0;
}
/* ex_sell_parties - a verb of selling or shipping tells a purchase from the
 * seller's side: "US exporters sold 1.2 million tonnes of soybeans to COFCO",
 * "Boeing will sell 50 jets to Garuda Indonesia".  The party the goods go to
 * ("to", "into" after the verb) buys; the seller is the frame's own subject, else
 * the goods' maker named before the verb ("American farmers shipped sorghum"),
 * else their origin after it ("sold US corn to Mexico"): the counterparty.
 * Returns 0, or -1 when the frame names no buyer (a sale to nobody in particular
 * is a market fact, no one's purchase) or the verb is passive ("the first chips
 * were shipped to Chinese customers": a delivery under the seller's licence). */
int
ex_sell_parties(const struct ex_ctx *ctx, const struct ex_frame *f, size_t lo, size_t hi,
    struct ex_parties *p)
{
	static const struct ex_word BE[] = {
	    EX_W("be"), EX_W("been"), EX_W("being"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were")};
	int buyer = ex_destination(ctx, f->anchor_end, hi), seller = p->carried ? -1 : p->actor;
	size_t ws, wl = ex_word_before(ctx->text, f->anchor, lo, &ws);

	if (buyer < 0)
		buyer = ex_buyers_in(ctx, f->anchor_end, hi);
	if (buyer < 0)
		buyer = ex_supplied_party(ctx, f->anchor, f->anchor_end, hi);
	/* "were shipped" is passive, "are selling" is not. */
	if (buyer < 0 || (wl > 0 && ex_word_in(BE, EX_NWORDS(BE), ctx->text + ws, wl) &&
	    !(f->anchor_end - f->anchor > 3 && ex_ncasecmp(ctx->text + f->anchor_end - 3, "ing", 3) == 0)))
		return -1;
	/* A party the clause names only as where goods go ("sold sorghum to
	 * buyers in China ... and will sell wheat to Vietnam") sells nothing. */
	if (seller >= 0 && ex_only_destination(ctx, lo, hi, seller))
		seller = -1;
	for (size_t i = ex_first(ctx, lo); (seller < 0 || seller == buyer) && i < ctx->m.n &&
	    ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && x->start >= lo && x->value != buyer &&
		    (x->role == ROLE_SUBJECT || x->role == ROLE_COUNTERPARTY) &&
		    !ex_only_destination(ctx, lo, hi, x->value) &&
		    (x->start < f->anchor || ex_to_before(ctx->text, f->anchor_end, x) == EX_NOPOS))
			seller = x->value;
	}
	p->cp = seller != buyer ? seller : -1;
	p->actor = buyer;
	p->explicit_cp = p->cp >= 0;
	p->cp2 = -1;
	p->carried = p->carry_sure = p->owner = 0;
	return 0;
}
/* ex_firm_sale - for a sale of controlled goods (ex_controlled_goods) whose
 * seller names no party ("Nvidia will sell its H200 chips to customers in
 * China", "AMD plans to ship MI308 processors to Chinese buyers"): the sale
 * goes out under the seller's government's licence, not as the buyer's
 * pledge.  The buyer in p->actor becomes the counterparty and the party that
 * licenses is another of the sentence, else the article's most named other
 * one.  Returns 0, or -1 when no other party is named. */
int
ex_firm_sale(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t hi,
    struct ex_parties *p)
{
	int dummy, giver;

	if (p->cp >= 0 || p->actor < 0 || !ex_controlled_goods(ctx, f->anchor_end, hi))
		return 0;
	if ((giver = ex_find_counterparty(ctx, s, f->anchor, hi, s, e, p->actor, &dummy)) < 0)
		return -1;
	p->cp = p->actor;
	p->actor = giver;
	p->explicit_cp = 1;
	p->permits_export = 1;
	return 0;
}
/* ex_shipped_goods - for a verb of permission over shipments, exports, sales or
 * licences and approvals (a frame that would be an export licence), the goods'
 * origin named right before a product after the verb ("approved the first
 * shipments of Argentine beef", "will allow shipments of US sorghum to China",
 * "will fast-track approvals for U.S. biotech corn") in *origin, and the
 * party they go to ("to China", "into Japan") in *dest; -1 for none. */
static void
ex_shipped_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi, int *origin, int *dest)
{
	int goods = 0, licence = f->measure >= 0 && f->measure == ex_measure_index(ctx->r, "license");

	*origin = *dest = -1;
	/* A licence noun may stand with no verb of its own ("will fast-track
	 * approvals for"). */
	if (f->measure < 0 || (f->measure != ex_measure_index(ctx->r, "export") && !licence) ||
	    (f->trigger < 0 && !licence) ||
	    (f->trigger >= 0 && strcmp(ctx->r->triggers[f->trigger], "allow") != 0) ||
	    (licence && f->trigger >= 0 && f->measure_pos < f->anchor_end))
		return;
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		/* Only the first goods are the shipped ones: "sales of graphite to
		 * American car makers" ships no American goods; nor do "American
		 * battery makers" name goods (ex_holder_word after the product). */
		if (x->kind == RULE_OBJECT && x->start >= f->anchor_end && ctx->r->objects[x->value].measure < 0 &&
		    !ex_goods_of_holder(ctx, x, hi))
			goods = 1;
		if (x->kind == RULE_ACTOR && x->start >= f->anchor_end && *origin < 0 && !goods &&
		    x->role == ROLE_COUNTERPARTY && i + 1 < ctx->m.n &&
		    ctx->m.v[i + 1].kind == RULE_OBJECT && ctx->m.v[i + 1].start <= x->end + 2 &&
		    !ex_goods_of_holder(ctx, &ctx->m.v[i + 1], hi))
			*origin = x->value;
		/* "licences for U.S. chip sales to China": the goods go out. */
		if (licence && x->kind == RULE_MEASURE && x->start >= f->anchor_end &&
		    x->value == ex_measure_index(ctx->r, "export")) {
			*origin = -1;
			return;
		}
	}
	*dest = ex_destination(ctx, f->anchor_end, hi);
}
/* ex_plant_party - the party of mention i if a plant noun follows it before e
 * ("Brazilian plants", "Canadian pork establishments", "Australian beef
 * processing plants": two words may stand between), or a noun of firms and "to" with a verb of shipping
 * ("Argentine companies to export"); else -1. */
static const struct ex_word EX_PLANT_NOUNS[] = {
    EX_W("plant"), EX_W("plants"), EX_W("establishments"), EX_W("abattoirs"),
    EX_W("slaughterhouses"), EX_W("packers"), EX_W("packinghouses"), EX_W("facilities"),
    EX_W("mills"), EX_W("farms"), EX_W("meatworks"), EX_W("abattoir"), EX_W("slaughterhouse")};

static int
ex_plant_party(const struct ex_ctx *ctx, size_t i, size_t e)
{
	/* Firms are exporters only with the verb of shipping after them:
	 * "cleared 12 Argentine companies to export soybean meal", not "issued
	 * licences to three U.S. companies". */
	static const struct ex_word FIRMS[] = {
	    EX_W("companies"), EX_W("firms"), EX_W("exporters"), EX_W("producers"), EX_W("processors"),
	    EX_W("suppliers"), EX_W("growers"), EX_W("shippers")};
	static const struct ex_word SHIP[] = {
	    EX_W("export"), EX_W("ship"), EX_W("sell"), EX_W("supply"), EX_W("resume")};
	/* "Brazil now has more than 140 beef plants qualified to sell to China":
	 * the party that has the plants; the verb of having and a count after it
	 * count for no word between. */
	static const struct ex_word HAVE[] = {EX_W("now"), EX_W("has"), EX_W("have"), EX_W("had")};
	static const struct ex_word COUNT[] = {
	    EX_W("more"), EX_W("than"), EX_W("about"), EX_W("some"), EX_W("nearly"), EX_W("almost"),
	    EX_W("over"), EX_W("around"), EX_W("at"), EX_W("least")};
	size_t p = ctx->m.v[i].end, ws, wl;
	int have = 0;

	for (int w = 0, k = 0; w < 3 && k < 10 && (wl = ex_word_after(ctx->text, p, e, &ws)) > 0;
	    w++, k++, p = ws + wl) {
		if (ex_word_in(EX_PLANT_NOUNS, EX_NWORDS(EX_PLANT_NOUNS), ctx->text + ws, wl))
			return ctx->m.v[i].value;
		if (!have && k < 2 && ex_word_in(HAVE, EX_NWORDS(HAVE), ctx->text + ws, wl)) {
			have = ex_lower((unsigned char)ctx->text[ws]) == 'h';
			w--;
			continue;
		}
		if (have && ((ctx->text[ws] >= '0' && ctx->text[ws] <= '9') ||
		    ex_word_in(COUNT, EX_NWORDS(COUNT), ctx->text + ws, wl))) {
			w--;
			continue;
		}
		if (ex_word_in(FIRMS, EX_NWORDS(FIRMS), ctx->text + ws, wl) &&
		    ex_word_after(ctx->text, ws + wl, e, &ws) == 2 && ex_ncasecmp(ctx->text + ws, "to", 2) == 0 &&
		    (wl = ex_word_after(ctx->text, ws + 2, e, &ws)) > 0 && ex_word_in(SHIP, EX_NWORDS(SHIP), ctx->text + ws, wl))
			return ctx->m.v[i].value;
	}
	return -1;
}
/* ex_plant_before - the party of the last actor in [s,pos) if a plant noun
 * follows it ("the Brazilian plants that had been authorised"); else -1. */
static int
ex_plant_before(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	for (size_t i = ex_first(ctx, pos); i-- > 0 && ctx->m.v[i].start >= s;) {
		if (ctx->m.v[i].kind != RULE_ACTOR || ctx->m.v[i].start >= pos)
			continue;
		return ctx->m.v[i].role == ROLE_LOCATION ? -1 : ex_plant_party(ctx, i, pos);
	}
	return -1;
}
/* ex_plant_goods - where the plant noun ends a subject "Australian beef
 * processing plants" right before a passive verb at pos ("were cleared to
 * resume exports to China", "have been approved"): the goods are named before
 * the plants, not after the verb; *lo is the end of the party.  EX_NOPOS if
 * none. */
size_t
ex_plant_goods(const struct ex_ctx *ctx, size_t s, size_t pos, size_t *lo, int *party)
{
	static const struct ex_word AUX[] = {
	    EX_W("have"), EX_W("has"), EX_W("had"), EX_W("been"), EX_W("be"), EX_W("were"),
	    EX_W("was"), EX_W("are"), EX_W("is"), EX_W("now"), EX_W("also"), EX_W("all"),
	    EX_W("will"), EX_W("would"), EX_W("could"), EX_W("can"), EX_W("may"), EX_W("since")};

	for (size_t i = ex_first(ctx, pos); i-- > 0 && ctx->m.v[i].start >= s;) {
		size_t p, ws, wl;

		if (ctx->m.v[i].kind != RULE_ACTOR || ctx->m.v[i].start >= pos)
			continue;
		if (ctx->m.v[i].role == ROLE_LOCATION || !ex_passive_be(ctx->text, s, pos))
			return EX_NOPOS;
		p = ctx->m.v[i].end;
		for (int w = 0; w < 4 && (wl = ex_word_after(ctx->text, p, pos, &ws)) > 0; w++, p = ws + wl)
			if (ex_word_in(EX_PLANT_NOUNS, EX_NWORDS(EX_PLANT_NOUNS), ctx->text + ws, wl))
				break;
		*lo = ctx->m.v[i].end;
		*party = ctx->m.v[i].value;
		/* "Brazilian sorghum was approved for export": the goods themselves,
		 * right after the party, are the subject; not goods whose export
		 * needs a licence ("Chinese rare earths were approved for export"). */
		if ((wl == 0 || !ex_word_in(EX_PLANT_NOUNS, EX_NWORDS(EX_PLANT_NOUNS), ctx->text + ws, wl)) &&
		    i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_OBJECT && ctx->m.v[i + 1].start == ctx->m.v[i].end + 1 &&
		    ctx->m.v[i + 1].end < pos && ctx->r->objects[ctx->m.v[i + 1].value].measure < 0 &&
		    !ctx->r->objects[ctx->m.v[i + 1].value].controlled) {
			ws = ctx->m.v[i + 1].start;
			wl = ctx->m.v[i + 1].end - ws;
		} else if (wl == 0 || !ex_word_in(EX_PLANT_NOUNS, EX_NWORDS(EX_PLANT_NOUNS), ctx->text + ws, wl))
			return EX_NOPOS;
		p = ws + wl;
		/* The plants the verb's subject: only auxiliaries between ("plants
		 * have now been cleared"), not "... of most American beef plants
		 * lapse, only a fraction have been renewed". */
		for (size_t q = ws + wl; q < pos; q++)
			if (ctx->text[q] == ',' || ctx->text[q] == ';' || ctx->text[q] == '.')
				return EX_NOPOS;
		for (int w = 0; (wl = ex_word_after(ctx->text, ws + wl, pos, &ws)) > 0; w++)
			if (w == 3 || !ex_word_in(AUX, EX_NWORDS(AUX), ctx->text + ws, wl))
				return EX_NOPOS;
		return p;
	}
	return EX_NOPOS;
}
/* ex_plant_origin - the party of "Brazilian plants", "US meat establishments",
 * "Ecuadorian packers" after the licence noun of frame f, the party before hi and
 * its noun before the sentence end e: a licence held by a foreign plant lets its
 * goods into the licensing market; -1. */
static int
ex_plant_origin(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi, size_t e)
{
	size_t lo = f->anchor;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->start < lo || x->role == ROLE_LOCATION || x->role == ROLE_SPEAKER)
			continue;
		return ex_plant_party(ctx, i, e);
	}
	return -1;
}
/* ex_plant_told_goods - "China has restored export licences for the last four
 * Australian meatworks": plants that name no goods (a plant noun after frame
 * f's verb, before hi; no goods in their sentence) ship the farm goods
 * (members of agricultural_products) the article names nearest before the
 * sentence at s, else first after its end e ("... could resume shipping beef
 * immediately"); not when the plants are the actor's own (the party lets
 * others' plants in).  The object, or -1. */
int
ex_plant_told_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t hi, size_t e,
    int actor)
{
	const struct rules *r = ctx->r;
	int farm = rules_object_find(r, "agricultural_products"), plant = 0;
	size_t p, ws, wl, i;

	for (p = f->anchor_end; !plant && (wl = ex_word_after(ctx->text, p, hi, &ws)) > 0; p = ws + wl)
		plant = ex_word_in(EX_PLANT_NOUNS, EX_NWORDS(EX_PLANT_NOUNS), ctx->text + ws, wl);
	if (!plant || farm < 0 || (actor >= 0 && ex_plant_origin(ctx, f, hi, e) == actor))
		return -1;
	for (i = ex_first(ctx, s); i-- > 0;)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].value != farm &&
		    rules_object_covers(r, farm, ctx->m.v[i].value))
			return ctx->m.v[i].value;
	for (i = ex_first(ctx, e); i < ctx->m.n; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= e && ctx->m.v[i].value != farm &&
		    rules_object_covers(r, farm, ctx->m.v[i].value))
			return ctx->m.v[i].value;
	return -1;
}
/* ex_person_antecedent - the party of the last actor in [s,pos) that speaks or
 * assures ("Trump said", "Trump had assured Abe", "President Lula told"): who "he"
 * or "she" after it is, a person rather than a country; -1. */
static int
ex_person_antecedent(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("told"), EX_W("tells"), EX_W("assured"),
	    EX_W("assures"), EX_W("promised"), EX_W("promises"), EX_W("pledged"),
	    EX_W("added"), EX_W("insisted"), EX_W("announced"), EX_W("vowed")};
	static const struct ex_word AUX[] = {EX_W("had"), EX_W("has"), EX_W("have"), EX_W("also")};
	int who = -1;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < pos; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;

		if (x->kind != RULE_ACTOR || x->start < s)
			continue;
		wl = ex_word_after(ctx->text, x->end, pos, &ws);
		while (wl > 0 && ex_word_in(AUX, EX_NWORDS(AUX), ctx->text + ws, wl))
			wl = ex_word_after(ctx->text, ws + wl, pos, &ws);
		if (wl > 0 && ex_word_in(SAY, EX_NWORDS(SAY), ctx->text + ws, wl))
			who = x->value;
	}
	return who;
}
/* ex_exempt_subject - 1 if frame f's verb is "exempt" after a form of "be" or
 * "remain": "Korean carmakers will be exempt from future tariffs", "Swiss drugs
 * are exempted".  The subject x is spared; the tariff's owner acts.  Not when
 * another party stands between the subject and the verb: "Washington has
 * promised that Taiwanese chips will be exempt", "Mexico said US goods would
 * remain exempted": the goods named there are the ones spared, and the subject
 * spares them. */
static int
ex_exempt_subject(const struct ex_ctx *ctx, const struct ex_frame *f, const struct ex_mention *x)
{
	static const struct ex_word BE[] = {
	    EX_W("be"), EX_W("been"), EX_W("being"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were"), EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"),
	    EX_W("stays"), EX_W("stayed")};
	static const struct ex_word TOLD[] = {
	    EX_W("said"), EX_W("says"), EX_W("promised"), EX_W("promises"), EX_W("pledged"),
	    EX_W("assured"), EX_W("confirmed"), EX_W("announced"), EX_W("agreed"),
	    EX_W("promise"), EX_W("pledge"), EX_W("assurance"), EX_W("assurances"),
	    EX_W("guarantee"), EX_W("guaranteed")};
	size_t ws, wl;

	/* The word, not the trigger class: an exemption from future tariffs is
	 * framed as a pause. */
	if (f->anchor_end - f->anchor < 6 || ex_ncasecmp(ctx->text + f->anchor, "exempt", 6) != 0)
		return 0;
	wl = ex_word_before(ctx->text, f->anchor, 0, &ws);
	if (wl == 0 || !ex_word_in(BE, EX_NWORDS(BE), ctx->text + ws, wl))
		return 0;
	for (size_t i = ex_first(ctx, x->end); i < ctx->m.n && ctx->m.v[i].start < f->anchor; i++) {
		const struct ex_mention *y = &ctx->m.v[i];

		if (y->kind != RULE_ACTOR || y->start < x->end || y->value == x->value)
			continue;
		/* The party must open the clause the subject's verb reports ("promised
		 * that Taiwanese chips", "assurance that", "promised Korean cars"):
		 * one inside a relative clause or an aside ("chipmakers that build
		 * plants in the U.S. will be exempt", "Pharmaceuticals,
		 * Switzerland's largest export to the US, were exempt") leaves the
		 * subject spared. */
		wl = ex_word_before(ctx->text, y->start, x->end, &ws);
		if (wl == 3 && ex_ncasecmp(ctx->text + ws, "the", 3) == 0)
			wl = ex_word_before(ctx->text, ws, x->end, &ws);
		if (wl == 4 && ex_ncasecmp(ctx->text + ws, "that", 4) == 0)
			wl = ex_word_before(ctx->text, ws, x->end, &ws);
		if (wl > 0 && ex_word_in(TOLD, EX_NWORDS(TOLD), ctx->text + ws, wl))
			return 0;
	}
	return 1;
}
/* ex_entered_country - the country that goods "enter" in [lo,hi), or -1, with
 * *origin the party named before the goods: "Canadian aluminium will enter the
 * United States under a quota", "Thai rice would enter Korea at 5 percent",
 * "Vietnamese shrimp will be allowed to enter the EU duty-free"; with into set
 * (a rate's frame of entry, ex_rate_entry) also "into" ("ship British cars
 * into India at a tariff of 10 per cent"); with into 3 (any cut or access)
 * also goods of no named party right before "into" ("a quota of 99,000 tonnes
 * of beef into the EU": *origin -1).  The country
 * entered lets the goods in and acts; the nearest party before it must qualify
 * goods ("enter into force" names no country), and no other party may stand
 * between them and the verb at anchor ("beef to enter Britain ... as the US cut
 * in tariffs on British cars came into force"); the goods come before the
 * verb.  Walks the mentions only. */
static int
ex_entered_country(const struct ex_ctx *ctx, size_t lo, size_t anchor, size_t hi, int into, int *origin)
{
	static const struct ex_word ENTER[] = {
	    EX_W("enter"), EX_W("enters"), EX_W("entering"), EX_W("entered")};
	const char *t = ctx->text;
	size_t first = ex_first(ctx, lo);

	for (size_t k = first; k < ctx->m.n && ctx->m.v[k].start < hi; k++) {
		const struct ex_mention *z = &ctx->m.v[k], *x, *y;
		size_t ws, wl, j = k;

		if (z->kind != RULE_ACTOR)
			continue;
		wl = ex_word_before(t, z->start, lo, &ws);
		if (wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0)
			wl = ex_word_before(t, ws, lo, &ws);
		if (wl == 0 || !(ex_word_in(ENTER, EX_NWORDS(ENTER), t + ws, wl) ||
		    (into && wl == 4 && ex_ncasecmp(t + ws, "into", 4) == 0)))
			continue;
		while (j > first && ctx->m.v[j - 1].kind != RULE_ACTOR)
			j--;
		y = &ctx->m.v[j];
		/* "open a quota of 99,000 tonnes of beef into the EU": goods of no
		 * named party right before "into" the country; it lets them in. */
		if (into == 3 && k > first && ctx->m.v[k - 1].kind == RULE_OBJECT &&
		    ctx->r->objects[ctx->m.v[k - 1].value].measure < 0 &&
		    ctx->m.v[k - 1].end < z->start && z->start - ctx->m.v[k - 1].end <= 12 &&
		    (j == first || ctx->m.v[j - 1].end + 40 < ctx->m.v[k - 1].start)) {
			for (size_t m = k + 1; m < ctx->m.n && ctx->m.v[m].start < anchor; m++)
				if (ctx->m.v[m].kind == RULE_ACTOR)
					return -1;
			*origin = -1;
			return z->value;
		}
		if (j == first)
			return -1;
		x = &ctx->m.v[j - 1];
		if (x->value == z->value || x->start >= anchor || (y->kind != RULE_OBJECT && y->kind != RULE_MEASURE) ||
		    y->start > x->end + 12 || !ex_modifier_gap(t, x->end, y->start))
			return -1;
		for (size_t m = k + 1; m < ctx->m.n && ctx->m.v[m].start < anchor; m++)
			if (ctx->m.v[m].kind == RULE_ACTOR)
				return -1;
		*origin = x->value;
		return z->value;
	}
	return -1;
}
/* ex_levy_party - the party (other than skip) that a tariff noun in [lo,hi)
 * follows right after, no word between: "face a 20% U.S. tariff", "pay a 15%
 * American duty", "the 19% US rate".  It levies the tariff; -1 if none. */
int
ex_levy_party(const struct ex_ctx *ctx, size_t lo, size_t hi, int skip)
{
	static const struct ex_word LEVY[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"),
	    EX_W("levies"), EX_W("rate")};
	size_t ws, wl;

	for (size_t k = ex_first(ctx, lo); k < ctx->m.n && ctx->m.v[k].start < hi; k++) {
		const struct ex_mention *z = &ctx->m.v[k];

		if (z->kind == RULE_ACTOR && z->start >= lo && z->value != skip && z->end < hi &&
		    (wl = ex_word_after(ctx->text, z->end, hi, &ws)) > 0 && ws <= z->end + 2 &&
		    ex_word_in(LEVY, EX_NWORDS(LEVY), ctx->text + ws, wl))
			return z->value;
	}
	return -1;
}
/* ex_payer_levier - the country that levies a tariff its payer names, or -1,
 * with *payer the party of the subject: "European carmakers now pay a 15%
 * tariff on exports to the United States, down from 27.5%", "Brazilian coffee
 * faces a 10% duty in the US".  The subject's party (before "pay", "face" and
 * their forms, the first party of the clause [lo,anchor), as subject or as the
 * origin of the goods) pays: it is the
 * counterparty; the party the goods go to ("to", "into") or where the levy is
 * paid ("in") after the verb, before hi, levies it and acts.  Walks the
 * mentions only. */
static int
ex_payer_levier(const struct ex_ctx *ctx, size_t lo, size_t anchor, size_t hi, int *payer)
{
	static const struct ex_word PAY[] = {
	    EX_W("pay"), EX_W("pays"), EX_W("paid"), EX_W("paying"), EX_W("face"),
	    EX_W("faces"), EX_W("faced"), EX_W("facing")};
	const char *t = ctx->text;
	const struct ex_mention *sub = NULL;
	size_t verb = EX_NOPOS, first = ex_first(ctx, lo);
	int levier;

	/* A dateline's place ("HANOI (Bloomberg) -- Vietnam's exports ...") is
	 * no subject. */
	for (size_t k = first; k < ctx->m.n && ctx->m.v[k].start < anchor; k++)
		if (ctx->m.v[k].kind == RULE_ACTOR && ctx->m.v[k].start >= lo && ctx->m.v[k].role != ROLE_LOCATION) {
			sub = &ctx->m.v[k];
			break;
		}
	/* "European carmakers", or goods of a party's ("European cars"). */
	if (sub == NULL || (sub->role != ROLE_SUBJECT && sub->role != ROLE_COUNTERPARTY))
		return -1;
	/* The verb within six words after the subject's party. */
	for (size_t p = sub->end, ws, wl; verb == EX_NOPOS && p < anchor; p = ws + wl) {
		if ((wl = ex_word_after(t, p, anchor, &ws)) == 0 || ws >= sub->end + 60)
			break;
		if (ex_word_in(PAY, EX_NWORDS(PAY), t + ws, wl))
			verb = ws + wl;
	}
	if (verb == EX_NOPOS)
		return -1;
	/* "face a 20% U.S. tariff": the party before the tariff levies it. */
	if ((levier = ex_levy_party(ctx, verb, hi, sub->value)) >= 0) {
		*payer = sub->value;
		return levier;
	}
	for (size_t k = first; k < ctx->m.n && ctx->m.v[k].start < hi; k++) {
		const struct ex_mention *z = &ctx->m.v[k];
		size_t ws, wl;

		if (z->kind != RULE_ACTOR || z->start < verb || z->value == sub->value)
			continue;
		/* "face a 20% U.S. tariff", "pay a 15% American duty": the party
		 * right before the measure levies it. */
		if (z->end < anchor && anchor - z->end <= 2 && ex_modifier_gap(t, z->end, anchor)) {
			*payer = sub->value;
			return z->value;
		}
		wl = ex_word_before(t, z->start, verb, &ws);
		if (wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0)
			wl = ex_word_before(t, ws, verb, &ws);
		if (!((wl == 2 && (ex_ncasecmp(t + ws, "to", 2) == 0 || ex_ncasecmp(t + ws, "in", 2) == 0)) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "into", 4) == 0)))
			return -1;
		*payer = sub->value;
		return z->value;
	}
	return -1;
}
/* ex_of_party_noun - 1 if actor mention x only qualifies the verb noun of frame f
 * after "of" and an amount: "Saudi Arabia pledged $600 billion of US investment"
 * (the investment goes to the US; the subject before it acts); also after an
 * amount and "in", a kind of money between ("Taiwan unveiled $250 billion in
 * new U.S. investment"; not "a surge in US investment", whose US invests). */
static int
ex_of_party_noun(const struct ex_ctx *ctx, const struct ex_mention *x, const struct ex_frame *f,
    const char *action)
{
	static const struct ex_word KIND[] = {
	    EX_W("new"), EX_W("fresh"), EX_W("additional"), EX_W("direct"), EX_W("foreign"),
	    EX_W("private"), EX_W("public"), EX_W("planned"), EX_W("total")};
	static const struct ex_word SCALE[] = {
	    EX_W("billion"), EX_W("million"), EX_W("trillion"), EX_W("bn"), EX_W("tn")};
	const char *t = ctx->text;
	size_t ws, wl;

	if (!ex_action_is(action, "investment") || f->trigger < 0 || x->end + 1 != f->anchor ||
	    t[x->end] != ' ')
		return 0;
	wl = ex_word_before(t, x->start, 0, &ws);
	if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0)
		return 1;
	for (int k = 0; k < 2 && wl > 0 && ex_word_in(KIND, EX_NWORDS(KIND), t + ws, wl); k++)
		wl = ex_word_before(t, ws, 0, &ws);
	if (wl != 2 || ex_ncasecmp(t + ws, "in", 2) != 0 || (wl = ex_word_before(t, ws, 0, &ws)) == 0)
		return 0;
	return ex_word_in(SCALE, EX_NWORDS(SCALE), t + ws, wl) || (t[ws] >= '0' && t[ws] <= '9');
}
/* ex_met_party - 1 if actor mention x is what a verb of meeting or "with"
 * takes, a determiner aside, in a clause before the frame's own ("India met
 * Boeing and agreed to buy 100 jets", "China is in talks with Boeing and said
 * it will buy"): the party met is no subject of the verb after "and". */
static int
ex_met_party(const struct ex_ctx *ctx, const struct ex_mention *x, const struct ex_frame *f)
{
	static const struct ex_word MEET[] = {
	    EX_W("with"), EX_W("met"), EX_W("meets"), EX_W("meeting"), EX_W("visited"),
	    EX_W("hosted"), EX_W("courted")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_before(t, x->start, 0, &ws), as;

	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, 0, &ws);
	if (wl == 0 || !ex_word_in(MEET, EX_NWORDS(MEET), t + ws, wl))
		return 0;
	/* " and " between the party and the frame's verb. */
	for (as = x->end; as + 5 <= f->anchor; as++)
		if (memcmp(t + as, " and ", 5) == 0)
			return 1;
	return 0;
}
/* ex_asking_party - 1 if actor mention x names who asks, right before a noun
 * of asking and "to" that opens the verb of frame f: "would study the US
 * request to buy more soybeans", "rejected the American demand to open": the
 * party asking is owed the act, it does not act. */
static int
ex_asking_party(const struct ex_ctx *ctx, const struct ex_mention *x, const struct ex_frame *f)
{
	static const struct ex_word ASK[] = {
	    EX_W("request"), EX_W("requests"), EX_W("demand"), EX_W("demands"), EX_W("call"),
	    EX_W("calls"), EX_W("push"), EX_W("pressure"), EX_W("plea")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, x->end, f->anchor, &ws);

	if (wl == 0 || !ex_word_in(ASK, EX_NWORDS(ASK), t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, f->anchor, &ws);
	if (wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0)
		return 0;
	return ex_word_after(t, ws + wl, ctx->len, &ws) > 0 && ws == f->anchor;
}
/* ex_own_use - 1 if actor mention i names its own state's use of the goods, not a
 * beneficiary: "buy gallium for the US national defence stockpile", "for the
 * Japanese military". */
static int
ex_own_use(const struct ex_ctx *ctx, size_t i)
{
	static const struct ex_word USE[] = {
	    EX_W("national"), EX_W("strategic"), EX_W("defence"), EX_W("defense"),
	    EX_W("military"), EX_W("army"), EX_W("navy"), EX_W("stockpile"), EX_W("stockpiles"),
	    EX_W("reserve"), EX_W("reserves"), EX_W("armed")};
	size_t ws, wl = ex_word_after(ctx->text, ctx->m.v[i].end, ctx->len, &ws);

	return wl > 0 && ws == ctx->m.v[i].end + 1 && ex_word_in(USE, EX_NWORDS(USE), ctx->text + ws, wl);
}
/* ex_own_past_purchase - 1 if the buying verb of f is told in the past with a
 * pronoun of its own for subject after lo ("Korean Air received the first two of
 * the Boeing jets it ordered", "the cargoes they bought"): what the subject
 * receives is what it bought itself, no grant of the other side's. */
static int
ex_own_past_purchase(const char *t, const char *action, const struct ex_frame *f, size_t lo)
{
	int pron;

	if (!ex_action_is(action, "purchase") || !f->past || f->trigger < 0)
		return 0;
	pron = ex_pronoun_subject(t, lo, f->anchor);
	return pron == 1 || pron == 2;
}
/* ex_received_goods - 1 if the purchase of f has goods between the subject's end
 * lo and its buying word ("Qatar Airways received two Boeing jets under its
 * order", "took in 12 aircraft under the deal it signed"): the subject received
 * the goods it bought; "Brazil received Chinese orders for soybeans" names
 * them after the buying word, the orders of the other side. */
static int
ex_received_goods(const struct ex_ctx *ctx, const char *action, const struct ex_frame *f, size_t lo)
{
	if (!ex_action_is(action, "purchase") || f->trigger < 0)
		return 0;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < f->anchor; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= lo)
			return 1;
	return 0;
}
/* ex_other_side_speaker - the actor of an earlier statement of action when
 * the speaker mention x is that statement's counterparty, speaking of the other
 * side's act with no subject of its own ("China agreed to buy U.S. soybeans ...
 * A U.S. official said soybean purchases are on track", "U.S. officials say the
 * fentanyl crackdown is real but incomplete"): the sentence names the earlier
 * statement's goods or measure, no pronoun stands before the verb ("Washington
 * said it would ..." is the speaker's own act) and no other party's goods follow
 * it ("the cut on European cars": the speaker's own measure); -1. */
static int
ex_other_side_speaker(const struct ex_ctx *ctx, const struct ex_mention *x, const char *action,
    const struct ex_frame *f, size_t s, size_t e, size_t cs, int after)
{
	const struct ex_stmt *same = ex_same_action(ctx, action, s);
	int named = 0;

	if ((after >= 0 && after != x->value) || same == NULL || same->actor < 0 ||
	    same->actor == x->value || same->counterparty != x->value ||
	    same->object < 0 || ex_pronoun_subject(ctx->text, cs, f->anchor))
		return -1;
	/* "the investment is on track": no goods at all speak of the same ones. */
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= s) {
			if (ctx->m.v[i].value == same->object)
				return same->actor;
			named = 1;
		}
	return named ? -1 : same->actor;
}
/* ex_goods_of - 1 if party names the origin of goods in [lo,hi): its adjective
 * or name right before a product ("Chinese rare earths", "China's gallium"). */
static int
ex_goods_of(const struct ex_ctx *ctx, size_t lo, size_t hi, int party)
{
	for (size_t i = ex_first(ctx, lo); i + 1 < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i], *y = &ctx->m.v[i + 1];
		size_t k = x->end + ex_possessive_len(ctx->text, x->end, hi);

		if (x->kind == RULE_ACTOR && x->value == party && x->start >= lo && y->kind == RULE_OBJECT &&
		    ctx->r->objects[y->value].measure < 0 && y->start > k && y->start <= k + 12 &&
		    ex_modifier_gap(ctx->text, k, y->start))
			return 1;
	}
	return 0;
}
/*
 * ex_parties - who owes whom in frame f, as grammar: [lo, anchor) is the frame's
 * part of clause [cs, ...) before the verb, [anchor_end, hi) after it.
 *   actor: the agent of a passive ("cut by Washington"), else the nearest subject
 *     before the verb in the clause (not under a preposition, not a modifier of
 *     goods, not a speaker when a pronoun follows the speech verb: "Trump said they
 *     will buy"), else in the sentence, else the actor of the latest earlier
 *     statement of the same action, else carried from the last subject.
 *   counterparty: what marks the object or beneficiary after the verb ("US
 *     soybeans", "to the US", "on Chinese imports", for investment "in the United
 *     States"), else between the subject and the verb ("tariffs on Korean cars will
 *     be cut"), else another party of the sentence, else the article's main other.
 *   A subject that "secured" or "won" the measure receives it: it is the
 *   counterparty.  A carried actor named as the goods' origin does not owe the
 *   tariff on them: the other side does.
 * Returns 0, or -1 when no actor can be found.
 */
/* ex_active_pronoun - 1 if the verb of f has "it" or "they" for its subject in
 * the active voice ("It has suspended the rule", "they will buy"), or is the
 * second of two verbs after such a subject, with no comma between ("It has
 * reduced the fentanyl tariffs and suspended the rule"); not a passive ("it
 * was suspended": the measure) nor a quotation. */
static int
ex_active_pronoun(const char *t, size_t s, size_t cs, const struct ex_frame *f)
{
	static const struct ex_word PRON[] = {EX_W("it"), EX_W("they")};
	static const struct ex_word AUX[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("will"), EX_W("would"), EX_W("also")};
	int pron;
	size_t ws, wl;

	if (f->trigger < 0 || ex_passive_be(t, cs, f->anchor) || ex_quoted(t, s, f->anchor))
		return 0;
	pron = ex_pronoun_subject(t, cs, f->anchor);
	if (pron == 1 || pron == 2)
		return 1;
	if (pron != 0 || ex_word_before(t, f->anchor, cs, &ws) != 3 || ex_ncasecmp(t + ws, "and", 3) != 0 ||
	    memchr(t + cs, ',', f->anchor - cs) != NULL || memchr(t + cs, ';', f->anchor - cs) != NULL)
		return 0;
	/* "It has reduced ... and suspended": the clause opens with the pronoun
	 * and an auxiliary. */
	wl = ex_word_after(t, cs, f->anchor, &ws);
	if (wl == 0 || !ex_word_in(PRON, EX_NWORDS(PRON), t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, f->anchor, &ws);
	return wl > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl);
}
/* ex_programme_granter - the party that grants a preference programme
 * ("programmes" in rules.json) named as the measure of a truce-class frame f,
 * in its measure phrase or right after its start ("Congress passed a one-year
 * extension of the African Growth and Opportunity Act", "AGOA, which gives
 * duty-free access ..., was renewed by Congress"); else -1.  The programme is
 * its granter's pause for every eligible country, whoever the sentence makes
 * its subject. */
static int
ex_programme_granter(const struct ex_ctx *ctx, const struct ex_frame *f)
{
	size_t at = f->measure_pos != EX_NOPOS ? f->measure_pos : f->anchor;

	if (f->measure < 0 || f->measure != ex_measure_index(ctx->r, "truce"))
		return -1;
	for (size_t i = ex_first(ctx, at); i < ctx->m.n && ctx->m.v[i].start < at + 64; i++)
		if (ctx->m.v[i].kind == RULE_PROGRAMME && ctx->m.v[i].start >= at)
			return ctx->m.v[i].value;
	return -1;
}
int
ex_resolve_parties(const struct ex_ctx *ctx, const struct ex_frame *f, const char *action,
    size_t s, size_t e, size_t cs, size_t lo, size_t hi, int sentence_actor, struct ex_parties *p)
{
	/* "invest in the United States", "sell chips to customers in China", "approve
	 * plants in Brazil": the place names the beneficiary. */
	int invest = ex_action_is(action, "investment") || ex_action_is(action, "export_license") ||
	    ex_action_is(action, "market_access");
	/* Exports, licences for them and the flows one curbs are the origin's own:
	 * "China will resume exports of Chinese gallium to US buyers". */
	int exporter = ex_action_is(action, "export_license") ||
	    ex_action_is(action, "ease_export_controls") || ex_action_is(action, "enforcement");
	const struct ex_stmt *same = NULL;
	int after = -1, before = -1, origin = 0, dummy, allowed, agent, group = -1, sellers = -1;
	int quota = ex_action_is(action, "market_access") && f->measure >= 0 &&
	    f->measure == ex_measure_index(ctx->r, "quota");
	size_t subj = (size_t)-1, from, cause, own;

	memset(p, 0, sizeof(*p));
	p->actor = p->cp = p->cp2 = -1;
	if ((p->actor = ex_programme_granter(ctx, f)) >= 0) {
		p->explicit_cp = 1;
		return 0;
	}
	cause = f->anchor_end < hi ? ex_cause_cut(ctx, f->anchor_end, hi) : hi;
	for (size_t i = ex_first(ctx, f->anchor_end); i < ctx->m.n && ctx->m.v[i].start < cause; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && (x->role == ROLE_COUNTERPARTY ||
		    (invest && x->role == ROLE_LOCATION && !ex_birthplace(ctx, i) &&
		    !ex_event_venue(ctx, i) && !ex_visit_place(ctx, i))) && !ex_own_use(ctx, i)) {
			p->cp2 = ex_party_pair(ctx, &i, f->anchor_end, hi);
			after = ctx->m.v[i].value;
			break;
		}
	}
	/* "Samsung won US licences to ship chipmaking tools to China": a party
	 * that receives a licence another party gives is owed it, wherever the
	 * goods go. */
	if (ex_action_is(action, "export_license") && (p->actor = ex_received_licence(ctx, f, cs, hi, &p->cp)) >= 0) {
		p->explicit_cp = 1;
		return 0;
	}
	p->actor = -1;
	/* "Nvidia has received US licences to ship its chips to China", "AMD won
	 * approval from Washington to sell them in China": a firm, no party, that
	 * receives an export licence is neither side; the party that licenses is
	 * the one other than the destination ("US licences", "from Washington",
	 * the department that says so). */
	if (ex_action_is(action, "export_license") && after >= 0 &&
	    (from = ex_benefit_before(ctx, f)) != (size_t)-1 && from > cs &&
	    ex_find_actor(ctx, cs, from, -1) < 0) {
		int giver = ex_giver_from(ctx, f, hi), dest = after;

		/* "licences from the US government to sell chips to China": the
		 * destination is the party after the giver. */
		for (size_t i = ex_first(ctx, f->anchor_end); giver == after && i < ctx->m.n &&
		    ctx->m.v[i].start < cause; i++)
			if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].value != giver &&
			    (ctx->m.v[i].role == ROLE_COUNTERPARTY || ctx->m.v[i].role == ROLE_LOCATION)) {
				dest = ctx->m.v[i].value;
				break;
			}
		/* "AMD also won approval from the Commerce Department to export
		 * its MI308 processors": the giver is the only party named; the
		 * goods go to the other side of the sentence or article. */
		if (giver >= 0 && dest == giver &&
		    (dest = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, giver, &dummy)) < 0)
			dest = giver;
		p->actor = giver >= 0 && giver != dest ? giver :
		    ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, dest, &dummy);
		if (p->actor >= 0 && p->actor != dest) {
			p->cp = dest;
			p->explicit_cp = 1;
			return 0;
		}
		p->actor = -1;
	}
	/* "British farmers will get the same access to the US market": the market's
	 * country lets the others in. */
	if (ex_action_is(action, "market_access") && (p->actor = ex_market_owner(ctx, f->anchor_end, hi)) >= 0) {
		p->cp = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, p->actor, &p->explicit_cp);
		p->owner = 1;
		return 0;
	}
	/* "The EU had hoped to negotiate a quota system for its steel exports to
	 * the US": the destination lets the subject's goods in. */
	if ((ex_action_is(action, "market_access") || ex_action_is(action, "tariff_cut")) &&
	    (p->actor = ex_own_exports_to(ctx, f, hi)) >= 0) {
		p->cp = ex_find_actor(ctx, cs, f->anchor, p->actor);
		if (p->cp < 0)
			p->cp = ex_find_actor(ctx, s, f->anchor, p->actor);
		if (p->cp >= 0) {
			p->explicit_cp = 1;
			return 0;
		}
		p->actor = -1;
	}
	/* "with Australia pushing for better access for its beef", "Seoul wants
	 * more access for their carmakers": access sought for the subject's own
	 * goods or producers is given by the other party named before it in the
	 * sentence ("Canberra and Beijing agreed to review the pact, with ..."). */
	if (ex_action_is(action, "market_access") && ex_sought_noun(ctx->text, f->anchor, f->anchor_end) &&
	    (own = ex_for_own(ctx, f, hi)) > 0 &&
	    (p->cp = ex_first_role(ctx, cs, f->anchor, ROLE_SUBJECT)) >= 0) {
		/* "Mexico is pushing for a quota for its steel exports, but
		 * Washington has not accepted": else the other party after. */
		if ((p->actor = ex_last_other(ctx, s, f->anchor, p->cp)) >= 0 ||
		    (p->actor = ex_first_other(ctx, own, e, p->cp)) >= 0) {
			p->explicit_cp = 1;
			p->owner = 1;
			return 0;
		}
		p->cp = -1;
	}
	/* "Mexican steel will enter the United States under a quota": the country
	 * entered lets the goods of the party before them in. */
	if (!ex_action_is(action, "purchase") && !ex_action_is(action, "investment") && !exporter &&
	    (p->actor = ex_entered_country(ctx, s, f->anchor, hi, f->entry, &p->cp)) >= 0) {
		p->explicit_cp = 1;
		if (quota && p->cp < 0)
			p->cp = ex_sellers_before(ctx, s, f->anchor, p->actor);
		return 0;
	}
	/* "would open a quota of beef into the EU at a reduced tariff", "British
	 * cars would be allowed into India": the country the goods go into lets
	 * them in, whatever the verb; "Argentine packers have shipped beef into
	 * the United States under the quota": the sellers' country is let in. */
	if ((ex_action_is(action, "tariff_cut") || ex_action_is(action, "market_access")) && !exporter &&
	    (p->actor = ex_entered_country(ctx, s, f->anchor, hi, 3, &p->cp)) >= 0) {
		p->explicit_cp = 1;
		if (quota && p->cp < 0)
			p->cp = ex_sellers_before(ctx, s, f->anchor, p->actor);
		return 0;
	}
	/* "European carmakers now pay a 15% tariff on exports to the United
	 * States": the payer's side is owed the cut, the levier acts. */
	if (strncmp(action, "tariff_", 7) == 0 && (p->actor = ex_payer_levier(ctx, cs, f->anchor, hi, &p->cp)) >= 0) {
		p->explicit_cp = 1;
		return 0;
	}
	if ((ex_action_is(action, "purchase") || ex_action_is(action, "investment")) &&
	    ex_noun_by_agent(ctx, f, lo, hi, p))
		return 0;
	if (ex_action_is(action, "investment") && (allowed = ex_noun_from_investor(ctx, f, s, e, p)) > 0)
		return allowed == 1 ? 0 : -1;
	agent = p->actor = ex_passive_agent(ctx, f, lo, hi);
	/* "the first tranche being filled by Uruguayan exporters". */
	if (quota && agent >= 0 && (from = ex_by_agent_at(ctx, f->anchor_end, hi)) != EX_NOPOS &&
	    ex_quota_sellers(ctx, from)) {
		sellers = agent;
		agent = p->actor = -1;
	}
	/* "the order for 100 aircraft that China signed in May": the buyer. */
	if (p->actor < 0 && ex_action_is(action, "purchase") && (p->actor = ex_buyer_relative(ctx, f, hi, 0)) >= 0)
		p->owner = 1;
	/* "The soybean purchases China agreed to in May have slowed", "the general
	 * licences Beijing promised to grant": a commitment noun with no party before
	 * it in its clause takes the party of its relative clause. */
	if (p->actor < 0 && ex_find_actor(ctx, cs, f->anchor, -1) < 0 &&
	    (p->actor = ex_buyer_relative(ctx, f, hi, 1)) >= 0)
		p->owner = 1;
	if (p->actor < 0 && (p->actor = ex_owner_agent(ctx, lo, f->anchor)) >= 0)
		p->owner = 1;
	/* "a removal of the export controls that Beijing imposed": only the owner
	 * lifts a measure, whoever speaks of it. */
	if (p->actor < 0 && !ex_action_is(action, "purchase") && !ex_action_is(action, "investment") &&
	    (p->actor = ex_owner_relative(ctx, lo, hi)) >= 0)
		p->owner = 1;
	/* "Trump said ... that he would hold off on a tariff increase": "he" is a
	 * person, the one who speaks, not a country named before. */
	if (p->actor < 0 && ex_pronoun_subject(ctx->text, cs, f->anchor) == 3)
		p->actor = ex_person_antecedent(ctx, s, f->anchor);
	/* "counting on Indonesia's purchases of US wheat": the owner of a buying
	 * noun buys, whatever preposition stands before it; "in recognition of
	 * China's action against fentanyl": the owner of a curbing noun curbs. */
	if (p->actor < 0 && (ex_action_is(action, "purchase") || ex_action_is(action, "enforcement") ||
	    invest))
		p->actor = ex_possessive_agent(ctx, f, s);
	/* The nearest subject before the verb, a speaker only when there is none: the
	 * clause first, then the sentence. */
	for (int pass = 0; p->actor < 0 && pass < 4 && subj == (size_t)-1; pass++)
		for (size_t i = ex_first(ctx, pass & 2 ? s : cs);
		    i < ctx->m.n && ctx->m.v[i].start < f->anchor; i++) {
			const struct ex_mention *x = &ctx->m.v[i];

			if (x->kind != RULE_ACTOR || x->start < (pass & 2 ? s : cs) ||
			    x->role != (pass & 1 ? ROLE_SPEAKER : ROLE_SUBJECT) ||
			    ex_of_party_noun(ctx, x, f, action) || ex_requester(ctx, x) ||
			    ex_asking_party(ctx, x, f) || ex_met_party(ctx, x, f))
				continue;
			/* "Argentine meatpackers have shipped 31,000 tons under the
			 * enlarged US quota", "the quota is being used, Brazilian
			 * exporters say": the sellers are let in, they open nothing. */
			if (quota && ex_quota_sellers(ctx, i)) {
				if (sellers < 0)
					sellers = x->value;
				continue;
			}
			/* "... are being used by U.S. magnet makers, although buyers of
			 * graphite say approvals still take months": the firms that
			 * hold the licences named by a bare noun do not issue them. */
			if (f->trigger < 0 && strcmp(action, "export_license") == 0 &&
			    ex_licence_holder(ctx, x, f->anchor))
				continue;
			/* The goods' origin, as subject or as speaker ("Trump said the deal
			 * includes an order for Boeing jets from Korean Air"), sells them. */
			if (x->value == after && !exporter)
				origin = 1;
			else if ((pass & 1) && (p->actor = ex_other_side_speaker(ctx, x, action, f, s, e, cs, after)) >= 0) {
				p->carried = 1;
				break;
			} else
				subj = i;
		}
	/* "Beijing approved the first shipments of Argentine beef", "a new
	 * protocol will allow shipments of US sorghum to China": letting another
	 * country's goods in is market access, owed by the subject, else by the
	 * country they go to; one's own goods out stay an export licence. */
	if (strcmp(action, "export_license") == 0) {
		int origin_of, dest, shipped, goods_party;
		size_t ws, wl, lo_goods;

		ex_shipped_goods(ctx, f, hi, &origin_of, &dest);
		/* "restores the licences of all 38 Brazilian plants that ship poultry
		 * to China": the plants' country is the goods' origin. */
		if (origin_of < 0 && (origin_of = ex_plant_origin(ctx, f, hi, e)) >= 0 && dest < 0)
			dest = ex_destination(ctx, f->anchor_end, hi);
		/* "38 Brazilian plants that had been authorised to ship poultry to
		 * China": the plants' country ships, the destination lets the goods in;
		 * so with the participle right after the plants ("the list of U.S.
		 * facilities approved to export beef to China"). */
		if (origin_of < 0 && (ex_passive_be(ctx->text, s, f->anchor) ||
		    ((wl = ex_word_before(ctx->text, f->anchor, s, &ws)) > 0 &&
		    ex_word_in(EX_PLANT_NOUNS, EX_NWORDS(EX_PLANT_NOUNS), ctx->text + ws, wl))) &&
		    (dest = ex_destination(ctx, f->anchor_end, hi)) >= 0 &&
		    (origin_of = ex_plant_before(ctx, s, f->anchor)) >= 0)
			subj = (size_t)-1;
		/* "Brazilian sorghum was approved for export to China", "Argentine
		 * beef can now be shipped to China": one party's goods, the subject
		 * of a passive permission, go in where "to" names. */
		if (origin_of < 0 && (dest = ex_destination(ctx, f->anchor_end, hi)) >= 0 &&
		    ex_plant_goods(ctx, s, f->anchor, &lo_goods, &goods_party) != EX_NOPOS && goods_party != dest) {
			origin_of = goods_party;
			subj = (size_t)-1;
		}
		/* "A trial cargo of Canadian canola has been cleared by Chinese
		 * customs": the shipment before a passive verb is one party's
		 * goods, the agent another's, who lets them in. */
		if (agent >= 0 && subj == (size_t)-1 && dest < 0 && f->measure_pos != EX_NOPOS &&
		    f->measure_pos < f->anchor &&
		    (shipped = ex_goods_origin_after(ctx, f->measure_pos, f->anchor)) >= 0 && shipped != agent) {
			p->cp = shipped;
			p->explicit_cp = 1;
			p->permits_import = 1;
			return 0;
		}
		/* "Licences promised to American battery makers for Chinese
		 * graphite": a bare licence noun given to the other side's firms
		 * lets the goods' origin export them. */
		if (origin_of >= 0 && dest >= 0 && dest != origin_of && subj == (size_t)-1 && f->trigger < 0 &&
		    ex_licence_holder_to(ctx, f->anchor_end, hi)) {
			p->actor = origin_of;
			p->cp = dest;
			p->explicit_cp = 1;
			return 0;
		}
		if (origin_of >= 0 && (subj != (size_t)-1 ? ctx->m.v[subj].value : dest) >= 0 &&
		    (subj != (size_t)-1 ? ctx->m.v[subj].value : dest) != origin_of) {
			p->actor = subj != (size_t)-1 ? ctx->m.v[subj].value : dest;
			p->cp = origin_of;
			p->explicit_cp = 1;
			p->permits_import = 1;
			return 0;
		}
	}
	/* "Brazil now has more than 140 beef plants qualified to sell to China":
	 * the plants a party has, named by the noun of a licence to import,
	 * are let in where they ship to, in the same clause. */
	if (subj != (size_t)-1 && f->trigger < 0 && strcmp(action, "market_access") == 0 &&
	    ex_plant_party(ctx, subj, f->anchor_end) == ctx->m.v[subj].value) {
		size_t ce = f->anchor_end;
		int dest;

		while (ce < e && ctx->text[ce] != ',' && ctx->text[ce] != ';')
			ce++;
		dest = ex_destination(ctx, f->anchor_end, ce);

		if (dest >= 0 && dest != ctx->m.v[subj].value) {
			p->actor = dest;
			p->cp = ctx->m.v[subj].value;
			p->explicit_cp = 1;
			return 0;
		}
	}
	/* "weighing whether to allow the UAE to import 500,000 Nvidia chips": the
	 * party allowed to buy is the counterparty; one who lets another country buy
	 * its goods permits their export. */
	if (subj != (size_t)-1 && (ex_action_is(action, "market_access") || ex_action_is(action, "purchase")) &&
	    (from = ex_allowed(ctx, subj, f->anchor)) != (size_t)-1) {
		/* "Tokyo will allow Japanese utilities to buy": its own buyers. */
		int allower = ex_find_actor(ctx, cs, from, -1);

		if (allower < 0)
			allower = ex_find_actor(ctx, s, from, -1);
		if (allower < 0)
			allower = ex_find_speaker(ctx, s, from);
		if (allower < 0) {
			allower = sentence_actor >= 0 ? sentence_actor : ctx->last_actor;
			p->carried = 1;
		}
		if (allower >= 0 && allower != ctx->m.v[subj].value) {
			p->actor = allower;
			p->cp = ctx->m.v[subj].value;
			p->explicit_cp = 1;
			p->permits_export = 1;
			return 0;
		}
		p->carried = 0;
	}
	if (subj != (size_t)-1 && ex_action_is(action, "investment")) {
		int investor = ex_invest_destination(ctx, cs, subj, f);

		if (investor == -2)
			return -1;
		if (investor >= 0) {
			p->actor = investor;
			p->cp = ctx->m.v[subj].value;
			p->explicit_cp = 1;
			return 0;
		}
	}
	if (subj != (size_t)-1) {
		const struct ex_mention *x = &ctx->m.v[subj];
		int buyer;

		/* "China pledged to buy American soybeans ... US soybean purchases have
		 * stalled": the party before goods and a verb noun is their buyer,
		 * unless an earlier statement of the action named it as the seller, or
		 * a party opens a verb before it ("China resumes U.S. soybean
		 * purchases"; ex_verb_before_goods). */
		if (ex_goods_buyer(ctx, subj) && ex_action_is(action, "purchase") &&
		    ((buyer = ex_verb_before_goods(ctx, cs, subj)) >= 0 ||
		    (buyer = ex_seller_before(ctx, action, x->value, s)) >= 0)) {
			p->actor = buyer;
			p->cp = x->value;
			p->explicit_cp = 1;
			return 0;
		}

		/* "Trump said they will buy": the speaker is not the pronoun's referent;
		 * "China said it will suspend" is. */
		if (x->role != ROLE_SPEAKER || ex_pronoun_subject(ctx->text, x->end, f->anchor) != 1)
			p->actor = x->value;
		size_t bs, bl = ex_word_before(ctx->text, x->start, cs, &bs);

		/* "secured a lower tariff", and "won Mexico a pause": the party after a
		 * beneficiary verb receives what follows; but the producers of the goods
		 * receive export licences from their own government ("Chinese gallium
		 * producers received licences"). */
		if (p->actor >= 0 && !(exporter && ex_goods_buyer(ctx, subj)) &&
		    !ex_own_past_purchase(ctx->text, action, f, x->end) &&
		    !ex_received_goods(ctx, action, f, x->end) &&
		    (ex_beneficiary_verb(ctx, x->end, f->anchor) || ex_exempt_subject(ctx, f, x) ||
		    /* up to the trigger's end: "Mexico has been offered a steel
		     * quota" where "offered" is the trigger itself */
		    ex_given_passive(ctx->text, x->end, f->anchor_end) ||
		    (f->trigger >= 0 ? ex_demanded(ctx, x->end, f->anchor) : ex_wanted_object(ctx->text, x->end, f->anchor)) ||
		    (bl > 0 && rules_list_has(&ctx->r->beneficiary_verbs, ctx->text + bs, bl) &&
		    !ex_pledge_owner(ctx->text, x->end, f->anchor)))) {
			int giver = ex_giver_from(ctx, f, hi);
			const struct ex_mention *pa, *pb;

			p->cp = p->actor;
			p->explicit_cp = 1;
			/* "Mexico, Canada win 30-day reprieve from US tariffs": the
			 * party it comes "from" gives it, not a second winner. */
			p->actor = giver >= 0 && giver != p->cp ? giver : after >= 0 && after != p->cp ? after :
			    ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, p->cp, &dummy);
			/* Both winners receive it ("Mexico and Canada won"). */
			if (giver >= 0 && p->actor == giver && ex_subject_pair(ctx, cs, f->anchor, &pa, &pb) &&
			    (pa->value == p->cp || pb->value == p->cp))
				p->cp2 = pa->value == p->cp ? pb->value : pa->value;
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
	/* "Purchases of US soybeans by Chinese state buyers have slowed": with no
	 * subject, "by" after the verb noun names its agent; "The agreement lowers
	 * the US tariff on Swiss goods": the measure's owner after the verb. */
	if (p->actor < 0 && subj == (size_t)-1) {
		size_t by = ex_by_agent_at(ctx, f->anchor_end, hi);

		/* "General licences for rare earths are being used by U.S. magnet
		 * makers": the firms that use a bare licence noun hold it; their
		 * country is owed it, the actor is found below. */
		if (by != EX_NOPOS && strcmp(action, "export_license") == 0 && f->trigger < 0 &&
		    ex_licence_holder(ctx, &ctx->m.v[by], hi)) {
			if (after < 0)
				after = ctx->m.v[by].value;
		} else if (by != EX_NOPOS && quota && ex_quota_sellers(ctx, by)) {
			/* "the quota is being filled by Uruguayan exporters". */
			if (sellers < 0)
				sellers = ctx->m.v[by].value;
		} else if (by != EX_NOPOS)
			p->actor = ctx->m.v[by].value;
	}
	/* "Argentine meatpackers have shipped 31,000 tons under the enlarged US
	 * quota", "the European beef quota ... filled by Uruguayan exporters": the
	 * quota's owner lets the sellers in. */
	if (p->actor < 0 && subj == (size_t)-1 && sellers >= 0 &&
	    (p->actor = ex_quota_owner(ctx, cs, f, hi)) >= 0) {
		if (p->actor != sellers) {
			p->cp = sellers;
			p->explicit_cp = 1;
			p->owner = 1;
			return 0;
		}
		p->actor = -1;
	}
	if (p->actor < 0 && subj == (size_t)-1)
		p->actor = ex_relative_owner(ctx, f->anchor_end, e);
	if (p->actor < 0 && subj == (size_t)-1 && !ex_action_is(action, "purchase") &&
	    !ex_action_is(action, "investment") && (p->actor = ex_measure_owner(ctx, f->anchor_end, hi)) >= 0)
		p->owner = 1;
	/* "Indian shrimp exports to the US will enjoy a tariff cut": with no
	 * subject, the market the goods go to acts on them. */
	if (p->actor < 0 && subj == (size_t)-1 && !exporter && !ex_action_is(action, "purchase") &&
	    !ex_action_is(action, "investment"))
		p->actor = ex_goods_destination(ctx, cs, lo, f->anchor);
	/* "US sorghum will be allowed into China": the country the goods enter. */
	if (p->actor < 0 && subj == (size_t)-1 && strcmp(action, "market_access") == 0 && f->trigger >= 0 &&
	    strcmp(ctx->r->triggers[f->trigger], "allow") == 0)
		p->actor = ex_destination(ctx, f->anchor_end, hi);
	/* "ASEAN members will lower tariffs on Chinese cars": a group with no
	 * code of its own acts; only a member may be carried or guessed for it
	 * (checked below). */
	if (p->actor < 0 && subj == (size_t)-1)
		group = ex_group_subject(ctx, cs, f->anchor);
	/* "In Seoul, the energy ministry said utilities would buy": an office whose
	 * country only heads the sentence as a place is that country's. */
	if (p->actor < 0 && sentence_actor < 0)
		p->actor = ex_office_party(ctx, s, f->anchor, 0, after);
	if (p->actor < 0 && sentence_actor < 0 && !ex_pronoun_subject(ctx->text, cs, f->anchor))
		p->actor = ex_trailing_speaker(ctx, f, action, s, e, after);
	/* "The Japan-US deal cut tariffs on Japanese cars": of the pair the
	 * deal is named for, the side whose goods it names does not act. */
	if (p->actor < 0 && after >= 0)
		p->actor = ex_pair_other(ctx, s, f->anchor, after);
	/* "The European Union's deal with Washington caps the tariff on EU
	 * medicines": likewise for a deal its owner made with another. */
	if (p->actor < 0 && after >= 0)
		p->actor = ex_owned_deal_other(ctx, s, f->anchor, after);
	/* "Export licences for Chinese rare earths ... have been stuck": with no
	 * subject, the origin of the goods a bare licence noun names issues it. */
	if (p->actor < 0 && exporter && f->trigger < 0 && sentence_actor < 0)
		p->actor = ex_goods_origin_after(ctx, f->anchor_end, hi);
	/* "Approvals for graphite exports to US battery makers remain stuck":
	 * the buyers' goods after "to" are where the licensed goods go, no
	 * origin; the issuer is carried below, the buyers' side owed. */
	if (p->actor >= 0 && p->actor != agent && exporter && f->trigger < 0 && sentence_actor < 0 &&
	    ex_only_destination(ctx, f->anchor_end, hi, p->actor))
		p->actor = -1;
	/* "The ministry said general licences already issued ... remain valid":
	 * the ministry the story named last, not the last subject. */
	if (p->actor < 0 && sentence_actor < 0 && (p->actor = ex_office_antecedent(ctx, s, f->anchor)) >= 0)
		p->carried = 1;
	/* "Approvals for graphite exports to US battery makers remain stuck",
	 * "... licences for shipments to American users": a licence whose only
	 * party named is where the goods go is owed to that party; the
	 * exporter is the one the story told of before. */
	if (p->actor < 0 && sentence_actor >= 0 && ex_action_is(action, "export_license") &&
	    ex_only_destination(ctx, s, e, sentence_actor)) {
		int carry;

		same = ex_same_action(ctx, action, s);
		carry = same != NULL && same->actor != sentence_actor ? same->actor : ctx->last_actor;
		if (carry >= 0 && carry != sentence_actor) {
			p->actor = carry;
			p->cp = sentence_actor;
			p->explicit_cp = 1;
			p->carried = 1;
			p->carry_sure = ex_carry_sure(ctx, s, f->anchor, carry);
			return 0;
		}
	}
	if (p->actor < 0) {
		same = sentence_actor < 0 ? ex_same_action(ctx, action, s) : NULL;
		p->actor = sentence_actor >= 0 ? sentence_actor : same != NULL ? same->actor : ctx->last_actor;
		/* "China has suspended its port fees.  The US side has also taken
		 * steps.  It has suspended the affiliates rule": an active verb's
		 * pronoun subject is the party the sentence before was about, not
		 * the last one with a statement of the verb's class. */
		if (same != NULL && same->actor != ctx->last_actor && ctx->last_actor >= 0 &&
		    !ctx->last_reported && ex_active_pronoun(ctx->text, s, cs, f)) {
			p->actor = ctx->last_actor;
			same = NULL;
		}
		/* "Washington's side of the bargain has largely been delivered.
		 * Aircraft parts have been exempted": a clause with no party of its
		 * own, after a turn to one party's side, tells of that side. */
		if (sentence_actor < 0 && ctx->side_actor >= 0)
			p->actor = ctx->side_actor;
		p->carried = 1;
		/* Nothing to carry: "US-bound shipments of rare earths will resume,
		 * China said" at the head of a story; the trailing speaker acts. */
		if (p->actor < 0)
			p->actor = ex_first_role(ctx, f->anchor_end, e, ROLE_SPEAKER);
		/* "HANOI (...) - The trade ministry said it would cut tariffs": an
		 * office with no country named is the dateline's. */
		if (p->actor < 0)
			p->actor = ex_office_party(ctx, s, f->anchor, 1, after);
		/* "The fentanyl tariff is down to 10 percent" with no party told of
		 * before: a measure that only one party levies (rules.json
		 * "owner") is that party's. */
		if (p->actor < 0 && f->measure_object >= 0) {
			p->actor = ctx->r->objects[f->measure_object].owner;
			p->carried = 0;
		}
	}
	if (p->actor < 0 || (group >= 0 && !ctx->r->group_member[(size_t)group * ctx->r->nactors + (size_t)p->actor]))
		return -1;
	p->carry_sure = p->carried && ex_carry_sure(ctx, s, f->anchor, p->actor);
	/* "Washington will allow the UAE to import Nvidia chips": the buyer is the
	 * counterparty, and letting another country buy one's goods permits their
	 * export. */
	if ((ex_action_is(action, "market_access") || ex_action_is(action, "purchase")) &&
	    (allowed = ex_allowed_buyer(ctx, f, hi)) >= 0) {
		/* "The UAE committed to ... The administration is weighing whether to
		 * allow the UAE to import": a carried buyer does not allow itself. */
		if (allowed == p->actor && p->carried) {
			p->actor = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, allowed, &dummy);
			p->carry_sure = 0;
		}
		if (p->actor < 0)
			return -1;
		if (p->actor != allowed) {
			p->cp = allowed;
			p->explicit_cp = 1;
			p->permits_export = 1;
			return 0;
		}
	}
	/* "a pledge it made to secure a lower tariff rate from Washington": what one
	 * secures or wins "from" a party, that party gives. */
	if (strcmp(action, "purchase") != 0 && strcmp(action, "investment") != 0 &&
	    (from = (size_t)ex_giver_from(ctx, f, hi)) != (size_t)-1) {
		p->cp = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, (int)from, &dummy);
		if (p->cp < 0 || p->cp == (int)from)
			p->cp = p->actor != (int)from ? p->actor : -1;
		p->actor = (int)from;
		p->explicit_cp = p->cp >= 0;
		p->carried = p->carry_sure = 0;
		return 0;
	}
	/* "British-made medicines will face a zero tariff when shipped to the US":
	 * a tariff is the importer's; a carried actor the goods leave is its
	 * beneficiary. */
	if ((p->carried || ex_made_by(ctx, s, f->anchor, p->actor)) && strncmp(action, "tariff_", 7) == 0 &&
	    (from = (size_t)ex_shipped_to(ctx, f->anchor_end, hi)) != (size_t)-1) {
		p->cp = (int)from != p->actor ? p->actor :
		    ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, (int)from, &dummy);
		p->actor = (int)from;
		p->explicit_cp = p->cp >= 0;
		p->carry_sure = 0;
		return 0;
	}
	/* "Canadian canola exporters began shipping to China at the lower duty
	 * rate": the rate is the destination's, the shippers' country gains. */
	if (strncmp(action, "tariff_", 7) == 0 && (agent = ex_rate_destination(ctx, lo, f->anchor)) >= 0 &&
	    agent != p->actor) {
		p->cp = p->actor;
		p->actor = agent;
		p->explicit_cp = 1;
		p->carry_sure = 0;
		return 0;
	}
	/* "step up inspections to stop Chinese steel from being transshipped
	 * through Mexico to the United States": a curbed flow benefits where it
	 * goes, not where the goods come from. */
	if (strcmp(action, "enforcement") == 0 && (from = (size_t)ex_destination(ctx, f->anchor_end, hi)) !=
	    (size_t)-1 && (int)from != p->actor) {
		p->cp = (int)from;
		p->explicit_cp = 1;
		p->dest_cp = 1;
		return 0;
	}
	/* "Tokyo wanted relief.  The tariff on Japanese cars was cut to 15%, and
	 * margins on US-bound vehicles have recovered": a carried actor whose
	 * goods the tariff before the verb falls on is owed it; the other party
	 * the sentence names after the verb cuts it. */
	if (p->carried && after >= 0 && after != p->actor && strncmp(action, "tariff_", 7) == 0 &&
	    ex_goods_of(ctx, lo, f->anchor, p->actor)) {
		p->cp = p->actor;
		p->actor = after;
		p->explicit_cp = 1;
		p->carry_sure = 0;
		return 0;
	}
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
	/* A carried actor that the frame names as the goods' origin owes nothing here;
	 * but exports are their origin's own to license, control or curb ("China
	 * began issuing licences ... The controls on overseas products containing
	 * Chinese rare earths remain suspended"): it keeps them, toward whom the
	 * sentence names besides.  Not a destination ("U.S. soybean exports to
	 * China have resumed": China buys). */
	if (p->carried && exporter && ex_goods_of(ctx, lo, hi, p->actor)) {
		p->cp = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, p->actor, &p->explicit_cp);
		return 0;
	}
	if (p->carried && (after == p->actor || origin)) {
		p->carry_sure = 0;
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
	/* "Argentine packers have shipped beef under the quota Washington opened
	 * for them": the sellers skipped as actor are the ones let in. */
	if (sellers >= 0 && sellers != p->actor) {
		p->cp = sellers;
		p->explicit_cp = 1;
		return 0;
	}
	p->cp = ex_find_counterparty(ctx, lo, f->anchor, hi, s, e, p->actor, &p->explicit_cp);
	/* "the reciprocal tariffs applied to all countries": a measure toward every
	 * origin names nobody; an earlier statement's counterparty does not follow. */
	if (!p->explicit_cp && ex_all_origins(ctx->text, cs, hi)) {
		p->cp = -1;
		p->explicit_cp = 1;
		return 0;
	}
	/* Its beneficiary too, when the sentence names none. */
	if (same != NULL && !p->explicit_cp && same->counterparty != p->actor)
		p->cp = same->counterparty;
	return 0;
}

#define EX_REF_REACH 1500  /* bytes back to the party "the country" names */

/* ex_ref_other - the party a country noun at mention i stands for when the
 * nearest subject before it is mention j: that subject, unless the noun follows
 * a preposition of the goods' side ("from", "to", "on"; not "of") in the subject's own
 * sentence.  "China agreed to open its market to beef from the country's
 * disease-free zones": nobody opens its market to its own beef, so the country
 * is the other party named before in the sentence, if no party stands between
 * the subject and the noun. */
static int
ex_ref_other(const struct ex_ctx *ctx, size_t i, size_t j)
{
	const char *t = ctx->text;
	const struct ex_mention *x = &ctx->m.v[i], *y = &ctx->m.v[j];
	size_t ws, wl = ex_word_before(t, x->start, 0, &ws);

	if (ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, 0, &ws);
	if (wl == 0 || !rules_list_has(&ctx->r->cp_before, t + ws, wl) ||
	    (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0))
		return y->value;
	for (size_t k = j + 1; k < i; k++)
		if (ctx->m.v[k].kind == RULE_ACTOR)
			return y->value;
	for (size_t k = j; k-- > 0;) {
		const struct ex_mention *z = &ctx->m.v[k];

		for (size_t c = z->end; c < x->start; c++)
			if (t[c] == '\n' || ((t[c] == '.' || t[c] == '?' || t[c] == '!') && t[c + 1] == ' '))
				return y->value;
		if (z->kind == RULE_ACTOR && z->value != y->value &&
		    (z->role == ROLE_SUBJECT || z->role == ROLE_COUNTERPARTY))
			return z->value;
	}
	return y->value;
}
/* ex_country_refs - "a 15% tariff on imports from the country", "the bloc's carmakers":
 * a noun that names a country without naming it stands for the last party named
 * as a subject before it (within EX_REF_REACH); it becomes that actor's mention
 * and takes its role from its own words.  Call after ex_actor_roles. */
void
ex_country_refs(struct ex_ctx *ctx)
{
	int any = 0;

	for (size_t i = 0; i < ctx->m.n; i++) {
		struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_COUNTRY_REF)
			continue;
		for (size_t j = i; j-- > 0 && ctx->m.v[j].start + EX_REF_REACH >= x->start;) {
			const struct ex_mention *y = &ctx->m.v[j];

			if (y->kind == RULE_ACTOR && y->role == ROLE_SUBJECT) {
				x->kind = RULE_ACTOR;
				x->value = ex_ref_other(ctx, i, j);
				x->role = ROLE_SUBJECT;
				any = 1;
				break;
			}
		}
	}
	if (any)
		ex_actor_roles(ctx);
}
