/*
 * extract_mention.c - the mentions of an article: one Aho-Corasick pass.
 *
 * Every phrase of the rules is matched in one scan (acmatch.c); a spelling
 * shared by a trigger and a measure noun becomes one dual trigger.  Content
 * phrases (actors, objects, measures, triggers) that overlap keep the longest,
 * leftmost one.  A product phrase with a head noun ("energy products") also
 * names the bare words coordinated before it that make a product with that
 * head ("farm and energy products").  The sorted array is then searched by
 * offset (ex_first and
 * ex_has_kind, inline in extract_int.h, with extract.c's block index).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"

/* ex_mention_push - append a mention; sets oom on failure. */
void
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
/* ex_phrase_find - the first rule phrase of kind spelled w (NUL-terminated), or
 * NULL: a binary search of the sorted phrases. */
static const struct rule_phrase *
ex_phrase_find(const struct rules *r, const char *w, enum rule_kind kind)
{
	size_t lo = 0, hi = r->nphrases;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcasecmp(r->phrases[mid].text, w);

		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < r->nphrases && strcasecmp(r->phrases[lo].text, w) == 0; lo++)
		if (r->phrases[lo].kind == kind && r->phrases[lo].exact_case != 1)
			return &r->phrases[lo];
	return NULL;
}
/* ex_phrase_object - the object a rule phrase spelled w names, or -1. */
static int
ex_phrase_object(const struct rules *r, const char *w)
{
	const struct rule_phrase *p = ex_phrase_find(r, w, RULE_OBJECT);

	return p != NULL ? p->value : -1;
}
/* ex_coordinated_heads - a product phrase at [start,end) ending in a head noun
 * ("energy products", or "seafood" before "products") shares that head with the
 * bare words coordinated before it: "farm and seafood products", "farm, seafood and energy goods".  A word that with
 * the head names an object of the rules ("farm products") is a mention of it; the
 * list is read back only while every word does, or names a product alone
 * ("farm, seafood and energy products"). */
static void
ex_coordinated_heads(struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word HEADS[] = {
	    EX_W("products"), EX_W("goods"), EX_W("exports"), EX_W("imports"),
	    EX_W("commodities"), EX_W("purchases")};
	static const struct ex_word CONJ[] = {EX_W("and"), EX_W("or")};
	const char *t = ctx->text;
	size_t hs, hl = ex_word_before(t, end, start, &hs), pos = start;
	char buf[64];

	/* The head ends the phrase or follows it ("seafood products"). */
	if (hl == 0 || hs == start || !ex_word_in(HEADS, EX_NWORDS(HEADS), t + hs, hl)) {
		hl = ex_word_after(t, end, ctx->len, &hs);
		if (hl == 0 || hs != end + 1 || !ex_word_in(HEADS, EX_NWORDS(HEADS), t + hs, hl))
			return;
	}
	for (int n = 0; n < 4; n++) {
		size_t ws, wl = ex_word_before(t, pos, 0, &ws), q = pos;
		struct ex_mention x = {RULE_OBJECT, -1, 0, 0, 0, ROLE_SUBJECT, 0, -1, 0};
		int conj = wl > 0 && ex_word_in(CONJ, EX_NWORDS(CONJ), t + ws, wl), comma;

		if (conj)
			q = ws;
		while (q > 0 && t[q - 1] == ' ')
			q--;
		if ((comma = q > 0 && t[q - 1] == ',') != 0)
			q--;
		if (!conj && !comma)
			return;
		wl = ex_word_before(t, q, 0, &ws);
		if (wl == 0 || ws + wl != q || wl + hl + 2 > sizeof(buf))
			return;
		memcpy(buf, t + ws, wl);
		buf[wl] = ' ';
		memcpy(buf + wl + 1, t + hs, hl);
		buf[wl + 1 + hl] = '\0';
		pos = ws;
		if ((x.value = ex_phrase_object(ctx->r, buf)) >= 0) {
			x.start = ws;
			x.end = ws + wl;
			ex_mention_push(&ctx->m, &x);
			continue;
		}
		/* A product named by the word alone is its own mention: read on past it. */
		buf[wl] = '\0';
		if (ex_phrase_object(ctx->r, buf) < 0)
			return;
	}
}
/* ex_not_only - 1 if the negation at [start,end) is "not" before "only",
 * "just" or "merely": "not only agreed to buy ... but also" adds, it denies
 * nothing. */
static int
ex_not_only(const char *t, size_t len, size_t start, size_t end)
{
	static const struct ex_word ONLY[] = {EX_W("only"), EX_W("just"), EX_W("merely")};
	size_t ws, wl;

	if (end - start != 3 || ex_ncasecmp(t + start, "not", 3) != 0)
		return 0;
	wl = ex_word_after(t, end, len, &ws);
	return wl > 0 && ws == end + 1 && ex_word_in(ONLY, EX_NWORDS(ONLY), t + ws, wl);
}
/* ex_americas_region - 1 if the actor spelling at start ("America", "American")
 * follows "South", "Latin" or "Central" ("South American beef", "Latin America's
 * soybeans", "Central-American bananas"): a region of many countries, not the
 * United States.  "North America" is left to the US (the precursor flows the
 * corpora annotate as owed to it). */
static int
ex_americas_region(const struct ex_ctx *ctx, size_t start)
{
	static const struct ex_word REGION[] = {EX_W("South"), EX_W("Latin"), EX_W("Central")};
	const char *t = ctx->text;
	size_t ws, wl;

	if (start < 2 || ctx->len - start < 7 || memcmp(t + start, "America", 7) != 0 ||
	    (t[start - 1] != ' ' && t[start - 1] != '-'))
		return 0;
	wl = ex_word_before(t, start - 1, 0, &ws);
	return wl > 0 && ws + wl == start - 1 && t[ws] >= 'A' && t[ws] <= 'Z' &&
	    ex_word_in(REGION, EX_NWORDS(REGION), t + ws, wl);
}
/* ex_purchasing_title - 1 if the trigger at [start,end) is "purchasing" or
 * "procurement" in a job or an index: "said a purchasing director at a
 * Bavarian car-parts maker", "the purchasing manager of a Texas feed mill",
 * "purchasing managers' index", "a procurement director at a German car
 * maker", "the head of procurement at a motor maker": a title, no purchase. */
static int
ex_purchasing_title(const char *t, size_t start, size_t end, size_t len)
{
	static const struct ex_word TITLE[] = {
	    EX_W("director"), EX_W("directors"), EX_W("manager"), EX_W("managers"), EX_W("head"),
	    EX_W("heads"), EX_W("chief"), EX_W("chiefs"), EX_W("officer"), EX_W("officers"),
	    EX_W("executive"), EX_W("executives"), EX_W("agent"), EX_W("agents"), EX_W("department"),
	    EX_W("team"), EX_W("staff"), EX_W("official"), EX_W("officials")};
	size_t ws, wl;

	if (!(end - start == 10 && ex_ncasecmp(t + start, "purchasing", 10) == 0) &&
	    !(end - start == 11 && ex_ncasecmp(t + start, "procurement", 11) == 0))
		return 0;
	wl = ex_word_after(t, end, len, &ws);
	if (wl > 0 && ws == end + 1 && ex_word_in(TITLE, EX_NWORDS(TITLE), t + ws, wl))
		return 1;
	/* "head of procurement", "the chief of purchasing". */
	wl = ex_word_before(t, start, 0, &ws);
	if (wl != 2 || ws + 3 != start || ex_ncasecmp(t + ws, "of", 2) != 0)
		return 0;
	wl = ex_word_before(t, ws, 0, &ws);
	return wl > 0 && ex_word_in(TITLE, EX_NWORDS(TITLE), t + ws, wl);
}
/* ex_procurement_market - 1 if the trigger at [start,end) is "procurement" after
 * "government", "public" or "federal" with no "of" after it: "open government
 * procurement to British bidders", "the agreement also covers cars, wine and
 * public procurement", "stalling over palm oil and government procurement".
 * The state's tenders as a market opened to foreign firms (a chapter of a trade
 * agreement), no purchase; "public procurement of US gas turbines" buys goods. */
static int
ex_procurement_market(const char *t, size_t start, size_t end, size_t len)
{
	static const struct ex_word STATE[] = {
	    EX_W("government"), EX_W("public"), EX_W("federal")};
	size_t ws, wl;

	if (end - start != 11 || ex_ncasecmp(t + start, "procurement", 11) != 0)
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	if (wl == 0 || ws + wl + 1 != start || !ex_word_in(STATE, EX_NWORDS(STATE), t + ws, wl))
		return 0;
	wl = ex_word_after(t, end, len, &ws);
	return !(wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0);
}
/* ex_buy_time - 1 if the trigger or cue at [start,end) ends in a form of "buy"
 * whose object is time: "the truce has bought time", "it has bought only time",
 * "is buying Beijing some time", "to buy more time" (at most four words
 * between, each a filler or a name, none of them goods).  An idiom, no
 * purchase. */
static int
ex_buy_time(const char *t, size_t start, size_t end, size_t len)
{
	static const struct ex_word BUY[] = {
	    EX_W("buy"), EX_W("buys"), EX_W("bought"), EX_W("buying"), EX_W("to buy")};
	static const struct ex_word FILL[] = {
	    EX_W("only"), EX_W("some"), EX_W("more"), EX_W("a"), EX_W("little"), EX_W("bit"),
	    EX_W("extra"), EX_W("valuable"), EX_W("precious"), EX_W("itself"), EX_W("themselves"),
	    EX_W("it"), EX_W("them"), EX_W("him"), EX_W("us"), EX_W("just"), EX_W("enough")};
	size_t ws, wl, p = end;

	/* A cue ends in the verb: "has bought", "is buying". */
	if ((wl = ex_word_before(t, end, start, &ws)) > 0 && ws > start &&
	    !(ws == start + 3 && ex_ncasecmp(t + start, "to ", 3) == 0))
		start = ws;
	if (!ex_word_in(BUY, EX_NWORDS(BUY), t + start, end - start))
		return 0;
	for (int w = 0; w < 5 && (wl = ex_word_after(t, p, len, &ws)) > 0; w++, p = ws + wl) {
		if (wl == 4 && ex_ncasecmp(t + ws, "time", 4) == 0)
			return ws + wl >= len || !ex_word_byte((unsigned char)t[ws + wl]);
		/* "buying Beijing some time": a party's name may stand between. */
		if (!ex_word_in(FILL, EX_NWORDS(FILL), t + ws, wl) && !(t[ws] >= 'A' && t[ws] <= 'Z'))
			return 0;
	}
	return 0;
}
/* ex_fdi - 1 if the trigger at [start,end) is "investment(s)" after "foreign
 * direct" or "inward": "Foreign direct investment announcements fell in the
 * third quarter", "inward investment rose": a country's inflows, a figure of
 * the economy, no one's commitment. */
static int
ex_fdi(const char *t, size_t start, size_t end)
{
	size_t ws, wl;

	if (end - start < 10 || ex_ncasecmp(t + start, "investment", 10) != 0)
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	if (wl == 6 && ex_ncasecmp(t + ws, "inward", 6) == 0)
		return 1;
	if (wl != 6 || ex_ncasecmp(t + ws, "direct", 6) != 0)
		return 0;
	wl = ex_word_before(t, ws, 0, &ws);
	return wl == 7 && ex_ncasecmp(t + ws, "foreign", 7) == 0;
}
/* ex_investment_regime - 1 if the trigger at [start,end) is "investment(s)"
 * of a nationality or "foreign", after "of", "on", "for" or "into" that
 * follows, at most four words back with no comma, a noun of a host's rules:
 * "relax its review of Chinese investment in critical minerals", "a fair
 * environment for Chinese investment", "changes to Mexico's rules on energy
 * and on Chinese investment", "tighter screening of foreign investment".  The
 * host's treatment of others' money, no one's pledge to invest.  A possessive
 * ("a review of Korea's investment") or a pledge noun after it ("rules on
 * Japanese investment pledges") is left alone. */
static int
ex_investment_regime(const char *t, size_t start, size_t end, size_t len)
{
	static const struct ex_word PREP[] = {EX_W("of"), EX_W("on"), EX_W("for"), EX_W("into")};
	static const struct ex_word RULE[] = {
	    EX_W("review"), EX_W("reviews"), EX_W("screening"), EX_W("rules"), EX_W("regime"),
	    EX_W("environment"), EX_W("restrictions"), EX_W("curbs"), EX_W("limits"), EX_W("scrutiny"),
	    EX_W("vetting"), EX_W("barriers"), EX_W("controls"), EX_W("oversight")};
	static const struct ex_word PLEDGE[] = {
	    EX_W("pledge"), EX_W("pledges"), EX_W("commitment"), EX_W("commitments"), EX_W("fund"),
	    EX_W("package"), EX_W("deal"), EX_W("plan"), EX_W("plans")};
	size_t ws, wl, p;

	if (end - start < 10 || ex_ncasecmp(t + start, "investment", 10) != 0)
		return 0;
	if ((wl = ex_word_after(t, end, len, &ws)) > 0 && ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl))
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	if (wl == 0 || memchr(t + ws, '\'', wl) != NULL ||
	    !((t[ws] >= 'A' && t[ws] <= 'Z') || (wl == 7 && ex_ncasecmp(t + ws, "foreign", 7) == 0)))
		return 0;
	if ((wl = ex_dotted_before(t, ws, 0, &ws)) == 0 || !ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_before(t, p = ws, 0, &ws)) > 0; w++) {
		if (memchr(t + ws + wl, ',', p - ws - wl) != NULL)
			return 0;
		if (ex_word_in(RULE, EX_NWORDS(RULE), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_final_decision - 1 if the trigger at [start,end) is "investment" between
 * "final" and "decision(s)": "took a final investment decision on its CP3
 * expansion", "final investment decisions on two LNG trains": a company's go
 * ahead for a project, the trade press's FID, no one's pledge of money. */
static int
ex_final_decision(const char *t, size_t start, size_t end, size_t len)
{
	size_t ws, wl;

	if (end - start != 10 || ex_ncasecmp(t + start, "investment", 10) != 0)
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	if (wl != 5 || ex_ncasecmp(t + ws, "final", 5) != 0)
		return 0;
	wl = ex_word_after(t, end, len, &ws);
	return ws == end + 1 && (wl == 8 || wl == 9) && ex_ncasecmp(t + ws, "decision", 8) == 0 &&
	    (wl == 8 || ex_lower((unsigned char)t[ws + 8]) == 's');
}
/* ex_valued_purchases - the end of the goods if the phrase at [start,end) ends with a buying
 * noun ("energy purchases", "farm imports") and a sum of money stands before it,
 * "of" or "in" and at most two capitalised words (the origin) between: "$750
 * billion in US energy purchases", "$8 billion of American farm purchases".  The
 * sum is what is bought: the goods and the noun are read apart, as "purchases of
 * US energy" would be, where the whole phrase alone makes no frame (only an
 * anaphor: "The energy purchases are on track"); else 0. */
static size_t
ex_valued_purchases(const char *t, size_t start, size_t end)
{
	static const struct ex_word NOUN[] = {
	    EX_W("purchases"), EX_W("purchase"), EX_W("imports"), EX_W("buying")};
	static const struct ex_word MONEY[] = {
	    EX_W("billion"), EX_W("million"), EX_W("trillion"), EX_W("bn"), EX_W("mn")};
	size_t lo = start > 80 ? start - 80 : 0, pos = start, goods, ws, wl;

	wl = ex_word_before(t, end, start, &ws);
	if (wl == 0 || ws + wl != end || ws == start || !ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
		return 0;
	goods = ws;
	for (int k = 0; k < 3; k++, pos = ws) {
		if ((wl = ex_word_before(t, pos, lo, &ws)) == 0)
			return 0;
		if ((wl == 2 && (ex_ncasecmp(t + ws, "of", 2) == 0 || ex_ncasecmp(t + ws, "in", 2) == 0)))
			break;
		if (k == 2 || t[ws] < 'A' || t[ws] > 'Z')
			return 0;
	}
	if ((wl = ex_word_before(t, ws, lo, &ws)) == 0)
		return 0;
	if (!(ex_word_in(MONEY, EX_NWORDS(MONEY), t + ws, wl) ||
	    (t[ws] >= '0' && t[ws] <= '9' && ws > 0 && t[ws - 1] == '$') ||
	    (wl > 2 && ex_ncasecmp(t + ws + wl - 2, "bn", 2) == 0 && t[ws] >= '0' && t[ws] <= '9')))
		return 0;
	while (goods > start && t[goods - 1] == ' ')
		goods--;
	return goods;
}
/* ex_set_adjective - 1 if the trigger at [start,end) is "set" after "a" or "an":
 * "a set number of UK-built cars", "a set volume of Canadian steel" (fixed, an
 * adjective), no verb that fixes a tariff rate. */
static int
ex_set_adjective(const char *t, size_t start, size_t end)
{
	size_t ws, wl;

	if (end - start != 3 || ex_ncasecmp(t + start, "set", 3) != 0)
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	return (wl == 1 && ex_lower((unsigned char)t[ws]) == 'a') ||
	    (wl == 2 && ex_ncasecmp(t + ws, "an", 2) == 0);
}
/* ex_spaced - 1 if only spaces stand in [a,b), or the dot of an initialism
 * ("U.S. purchases"): two words of one phrase, no clause mark between. */
static int
ex_spaced(const char *t, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (t[i] != ' ' && !(t[i] == '.' && i > 0 && t[i - 1] >= 'A' && t[i - 1] <= 'Z'))
			return 0;
	return 1;
}
/* ex_flow_forecast - 1 if the trigger at [start,end) is a trade flow someone
 * forecasts.  A flow noun after "expect(s/ed)", "forecast(s)" or "predict(s/ed)"
 * (at most three words between, no punctuation), with "to" and a verb of change
 * after it in its clause (at most eight words, no comma): "He expects durian
 * exports to China to reach $4 billion", "she expected Chinese purchases of
 * American farm goods to remain strong", "traders forecast imports to recover
 * slowly".  Or a seller's forecast, "expect(s/ed) to ship/sell" (sell is 1):
 * "Brazil is expected to ship a record 75 million tonnes of soybeans to China".
 * A guess at a volume, no one's commitment; the buyer's "China is expected to
 * buy 25 million tonnes" and "purchases are expected under the deal" stay. */
static int
ex_flow_forecast(const char *t, size_t len, size_t start, size_t end, int sell)
{
	static const struct ex_word FLOW[] = {
	    EX_W("purchases"), EX_W("imports"), EX_W("exports"), EX_W("shipments"), EX_W("sales"),
	    EX_W("buying")};
	static const struct ex_word GUESS[] = {
	    EX_W("expect"), EX_W("expects"), EX_W("expected"), EX_W("expecting"), EX_W("forecast"),
	    EX_W("forecasts"), EX_W("predict"), EX_W("predicts"), EX_W("predicted")};
	static const struct ex_word CHANGE[] = {
	    EX_W("remain"), EX_W("stay"), EX_W("reach"), EX_W("rise"), EX_W("grow"), EX_W("top"),
	    EX_W("hit"), EX_W("exceed"), EX_W("increase"), EX_W("climb"), EX_W("recover"),
	    EX_W("rebound"), EX_W("pick"), EX_W("fall"), EX_W("decline"), EX_W("double"),
	    EX_W("surpass"), EX_W("slow"), EX_W("keep")};
	static const struct ex_word SHIP[] = {EX_W("to ship"), EX_W("to sell")};
	size_t ws, wl, pos = start;
	int seen = 0;

	if (sell) {
		if (!ex_word_in(SHIP, EX_NWORDS(SHIP), t + start, end - start))
			return 0;
		wl = ex_word_before(t, start, 0, &ws);
		return wl > 0 && ws + wl + 1 == start && ex_word_in(GUESS, EX_NWORDS(GUESS), t + ws, wl);
	}
	if (!ex_word_in(FLOW, EX_NWORDS(FLOW), t + start, end - start))
		return 0;
	for (int k = 0; k < 4; k++, pos = ws) {
		if ((wl = ex_word_before(t, pos, 0, &ws)) == 0 || !ex_spaced(t, ws + wl, pos))
			return 0;
		if (ex_word_in(GUESS, EX_NWORDS(GUESS), t + ws, wl)) {
			seen = 1;
			break;
		}
	}
	if (!seen)
		return 0;
	pos = end;
	for (int k = 0; k < 9; k++, pos = ws + wl) {
		if ((wl = ex_word_after(t, pos, len, &ws)) == 0 || !ex_spaced(t, pos, ws))
			return 0;
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) {
			size_t vs, vl = ex_word_after(t, ws + 2, len, &vs);

			if (vl > 0 && vs == ws + 3 && ex_word_in(CHANGE, EX_NWORDS(CHANGE), t + vs, vl))
				return 1;
		}
	}
	return 0;
}
/* ex_in_plants - 1 if "in" or "into" stands at most three words before the
 * "plants" at start, only words between ("invest $21 billion in US plants",
 * "pour money into new American plants", "in its US plants"): where money or
 * work goes, factories, not plants registered to ship. */
static int
ex_in_plants(const char *t, size_t start)
{
	size_t ws, wl, pos = start;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, 0, &ws)) > 0; w++, pos = ws) {
		if (ws + wl < pos && t[ws + wl] != ' ')
			return 0;
		if ((wl == 2 && ex_ncasecmp(t + ws, "in", 2) == 0) || (wl == 4 && ex_ncasecmp(t + ws, "into", 4) == 0))
			return 1;
	}
	return 0;
}
/* ex_factory_plants - 1 if the measure phrase "plants" at [start,end) follows,
 * one space between, goods of a manufacture (an HS chapter from 25 on: "car
 * plants", "Chinese battery plants", "chip plants"): factories, not the meat
 * or seafood plants whose registrations let goods in. */
static int
ex_factory_plants(const struct ex_ctx *ctx, size_t start, size_t end)
{
	const struct ex_mention *y;
	const char *hs;

	if (end - start != 6 || memcmp(ctx->text + start, "plants", 6) != 0 || ctx->m.n == 0)
		return 0;
	if (ex_in_plants(ctx->text, start))
		return 1;
	y = &ctx->m.v[ctx->m.n - 1];
	if (y->kind != RULE_OBJECT || y->end + 1 != start || ctx->text[y->end] != ' ')
		return 0;
	hs = ctx->r->objects[y->value].hs;
	return hs[0] >= '0' && hs[0] <= '9' && hs[1] >= '0' && hs[1] <= '9' &&
	    (hs[0] - '0') * 10 + (hs[1] - '0') >= 25;
}
/* ex_meal_oil - 1 if the goods at [start,end) are a bare "oil" right after "meal
 * and" or "meal or": "tariffs on canola meal and oil", "crushers turn the beans
 * into meal and oil": an oilseed's oil, no crude. */
static int
ex_meal_oil(const struct ex_ctx *ctx, size_t start, size_t end)
{
	const char *t = ctx->text;
	size_t ws, wl;

	if (end - start != 3 || ex_ncasecmp(t + start, "oil", 3) != 0)
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	if (!(wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0) && !(wl == 2 && ex_ncasecmp(t + ws, "or", 2) == 0))
		return 0;
	wl = ex_word_before(t, ws, 0, &ws);
	return wl == 4 && ex_ncasecmp(t + ws, "meal", 4) == 0;
}
/* ex_goods_belt - 1 if the goods at [start,end) name a farming region with
 * "belt" right after them: "prices fell across the western Corn Belt",
 * "growers in the Wheat Belt", "the Cotton Belt": a place, not the goods. */
static int
ex_goods_belt(const struct ex_ctx *ctx, size_t start, size_t end)
{
	size_t ws, wl = ex_word_after(ctx->text, end, ctx->len, &ws);

	(void)start;
	return wl == 4 && ws == end + 1 && ex_ncasecmp(ctx->text + ws, "belt", 4) == 0;
}
/* ex_warplane - 1 if the goods obj at start are aircraft of war: "fighter",
 * "combat" or "military" before them ("F-35 fighter jets", "military
 * aircraft"), or a military type's letters, hyphen and number ("F-35
 * aircraft", "F-16 jets"): arms sales, not the civil aircraft of a purchase
 * deal (an airliner's type has no letters-hyphen form: "737-800 jets"). */
static int
ex_warplane(const struct ex_ctx *ctx, int obj, size_t start)
{
	static const struct ex_word WAR[] = {
	    EX_W("fighter"), EX_W("fighters"), EX_W("combat"), EX_W("military"), EX_W("stealth")};
	const char *t = ctx->text;
	size_t ws, wl, k, n;

	if ((wl = ex_word_before(t, start, start > 40 ? start - 40 : 0, &ws)) == 0 ||
	    strcmp(ctx->r->objects[obj].name, "aircraft") != 0)
		return 0;
	if (ex_word_in(WAR, EX_NWORDS(WAR), t + ws, wl))
		return 1;
	/* "F-35", "J-20", "Su-57": one or two letters, a capital first, a
	 * hyphen, digits. */
	for (k = ws; k < ws + wl; k++)
		if (t[k] < '0' || t[k] > '9')
			return 0;
	if (ws < 2 || t[ws - 1] != '-')
		return 0;
	for (n = 0; n < 3 && ws - 1 - n > 0 && ex_word_byte((unsigned char)t[ws - 2 - n]); n++)
		;
	return (n == 1 || n == 2) && t[ws - 1 - n] >= 'A' && t[ws - 1 - n] <= 'Z';
}
/* ex_idiom_chip - 1 if the goods at [start,end) are the "chip" of an idiom:
 * "used purchases as a bargaining chip", "a negotiating chip", "blue-chip
 * stocks": no semiconductor. */
static int
ex_idiom_chip(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word IDIOM[] = {
	    EX_W("bargaining"), EX_W("negotiating"), EX_W("poker"), EX_W("trade"), EX_W("blue")};
	const char *t = ctx->text;
	size_t ws, wl, n = end - start, p = start;

	if (!((n == 4 && ex_ncasecmp(t + start, "chip", 4) == 0) ||
	    (n == 5 && ex_ncasecmp(t + start, "chips", 5) == 0)))
		return 0;
	if (p > 0 && t[p - 1] == '-')
		p--;
	wl = ex_word_before(t, p, start > 30 ? start - 30 : 0, &ws);
	/* "trade chip" only as "a trade chip", one of a bargain. */
	if (wl == 5 && ex_ncasecmp(t + ws, "trade", 5) == 0)
		return ex_word_before(t, ws, start > 30 ? start - 30 : 0, &p) == 1 &&
		    (t[p] == 'a' || t[p] == 'A');
	return wl > 0 && ex_word_in(IDIOM, EX_NWORDS(IDIOM), t + ws, wl);
}
/* ex_service_levy - 1 if the levy at [start,end) taxes services, not goods:
 * "its equalisation levy", "a digital services levy", "the levy on US
 * streaming services", "a windfall levy": no tariff. */
static int
ex_service_levy(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word KIND[] = {
	    EX_W("digital"), EX_W("equalisation"), EX_W("equalization"), EX_W("services"),
	    EX_W("service"), EX_W("windfall"), EX_W("streaming"), EX_W("online")};
	const char *t = ctx->text;
	size_t ws, wl, n = end - start;

	if (!((n == 4 && ex_ncasecmp(t + start, "levy", 4) == 0) ||
	    (n == 6 && ex_ncasecmp(t + start, "levies", 6) == 0)))
		return 0;
	if ((wl = ex_word_before(t, start, start > 40 ? start - 40 : 0, &ws)) > 0 &&
	    ex_word_in(KIND, EX_NWORDS(KIND), t + ws, wl))
		return 1;
	/* "on digital services", "on US streaming services": at most three words
	 * after "on", the last "services". */
	if ((wl = ex_word_after(t, end, ctx->len, &ws)) != 2 || ex_ncasecmp(t + ws, "on", 2) != 0)
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_after(t, ws + wl, ctx->len, &ws)) > 0; w++)
		if (wl == 8 && ex_ncasecmp(t + ws, "services", 8) == 0)
			return 1;
	return 0;
}
/* ex_bare_ceiling - 1 if "ceiling" at [start,end) caps no tariff rate: a
 * ceiling is a tariff's ("a 15% ceiling on most EU goods", "a ceiling of 15
 * percent") only with its percentage right before it, an "all-inclusive" at
 * most between, or "of" and a figure right after; not "the debt ceiling", nor
 * "a 9% price ceiling". */
static int
ex_bare_ceiling(const struct ex_ctx *ctx, size_t start, size_t end)
{
	const char *t = ctx->text;
	size_t ws, wl, p = start;

	if (end - start != 7 || ex_ncasecmp(t + start, "ceiling", 7) != 0)
		return 0;
	if ((wl = ex_word_after(t, end, ctx->len, &ws)) == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 &&
	    ex_word_after(t, ws + wl, ctx->len, &ws) > 0 && t[ws] >= '0' && t[ws] <= '9')
		return 0;
	if ((wl = ex_word_before(t, p, p > 24 ? p - 24 : 0, &ws)) == 13 &&
	    ex_ncasecmp(t + ws, "all-inclusive", 13) == 0)
		p = ws;
	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p > 0 && t[p - 1] == '%')
		return 0;
	if ((wl = ex_word_before(t, p, p > 24 ? p - 24 : 0, &ws)) > 0 &&
	    ((wl == 7 && ex_ncasecmp(t + ws, "percent", 7) == 0) || (wl == 4 && ex_ncasecmp(t + ws, "cent", 4) == 0)))
		return 0;
	return 1;
}
/* ex_not_maritime - 1 if the port-fee phrase at [start,end) is "responsive
 * action(s)" or "Section 301 action(s)/measure(s)" and no word of ships stands within 160 bytes after it or 60
 * before, on its line: "the responsive actions taken under the Section 301
 * investigation of China's maritime, logistics and shipbuilding sectors" are the
 * port fees, "the responsive actions in the Section 301 case on Brazil's digital
 * trade" are not; "the Section 301 measures on China's maritime, logistics and
 * shipbuilding sectors" are the fees, "Section 301 actions on Brazil" are not. */
static int
ex_not_maritime(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word SHIPS[] = {
	    EX_W("maritime"), EX_W("shipbuilding"), EX_W("ship"), EX_W("ships"),
	    EX_W("vessel"), EX_W("vessels"), EX_W("port"), EX_W("ports"), EX_W("shipping"),
	    EX_W("Chinese-built"), EX_W("Chinese-linked"), EX_W("Chinese-operated")};
	const char *t = ctx->text;
	size_t lo, hi, k, e;

	if ((end - start < 17 || ex_ncasecmp(t + start, "responsive action", 17) != 0) &&
	    (end - start < 19 || ex_ncasecmp(t + start, "Section 301 ", 12) != 0 ||
	    (ex_ncasecmp(t + start + 12, "action", 6) != 0 && ex_ncasecmp(t + start + 12, "measure", 7) != 0)))
		return 0;
	for (lo = start; lo > 0 && start - lo < 60 && t[lo - 1] != '\n'; lo--)
		continue;
	for (hi = end; hi < ctx->len && hi - end < 160 && t[hi] != '\n'; hi++)
		continue;
	for (k = lo; k < hi; k = e + 1) {
		for (e = k; e < hi && (ex_word_byte((unsigned char)t[e]) || t[e] == '-'); e++)
			continue;
		if (e > k && (k == 0 || !ex_word_byte((unsigned char)t[k - 1])) &&
		    ex_word_in(SHIPS, EX_NWORDS(SHIPS), t + k, e - k))
			return 0;
	}
	return 1;
}
/* ex_fees_off_ships - 1 if the port-fee phrase at [start,end) is "fees on",
 * "fee on" or "charges on" and no word of ships follows within three words
 * before any punctuation: "the fees on Chinese-linked ships", "its fees on
 * U.S.-flagged vessels", "charges on each other’s ships" are port fees; "fees on imported software", "charges
 * on deposits" are not. */
static int
ex_fees_off_ships(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word SHIPS[] = {
	    EX_W("ship"), EX_W("ships"), EX_W("vessel"), EX_W("vessels"), EX_W("tankers"),
	    EX_W("carriers"), EX_W("freighters")};
	const char *t = ctx->text;
	size_t ws, wl, p = end;

	if (end - start < 6 || end - start > 10 || t[end - 3] != ' ' || ex_ncasecmp(t + end - 2, "on", 2) != 0)
		return 0;
	/* Words are read one by one ("U.S.-flagged" is three: the dots of an
	 * initialism and hyphens may stand between, no other punctuation); a
	 * joined name counts once. */
	for (int w = 0; w < 6; w++) {
		size_t gap = p;
		int joined;

		/* "on each other’s ships": a curly possessive ends the word
		 * before (a straight one is part of it). */
		if (ex_possessive_len(t, p, ctx->len) == 4)
			p += 4, gap = p;
		while (p < ctx->len && p - gap < 4 && (t[p] == ' ' || t[p] == '-' || (t[p] == '.' &&
		    p > 0 && t[p - 1] >= 'A' && t[p - 1] <= 'Z' && (p < 2 || !ex_word_byte((unsigned char)t[p - 2])))))
			p++;
		if ((wl = ex_word_after(t, p, ctx->len, &ws)) == 0 || ws != p)
			return 1;
		joined = memchr(t + gap, ' ', p - gap) == NULL;
		if (ex_word_in(SHIPS, EX_NWORDS(SHIPS), t + ws, wl))
			return 0;
		w -= joined && w > 0;
		p = ws + wl;
	}
	return 1;
}
/* ex_institution_name - 1 if the capitalised trigger or product at [start,end) is
 * part of an institution's name, ending in or followed by a capitalised noun of
 * offices and funds ("the Public Investment Fund", "Qatar Investment Authority",
 * "the Export-Import Bank", "Korea Investment & Securities", "the Foreign
 * Agricultural Service") or after one and "of" or "for": a name, no verb and no
 * goods. */
static int
ex_institution_name(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word INST[] = {
	    EX_W("Fund"), EX_W("Funds"), EX_W("Authority"), EX_W("Corporation"), EX_W("Corp"),
	    EX_W("Bank"), EX_W("Agency"), EX_W("Board"), EX_W("Council"), EX_W("Office"),
	    EX_W("Commission"), EX_W("Company"), EX_W("Group"), EX_W("Holdings"), EX_W("Trust"),
	    EX_W("Promotion"), EX_W("Partners"), EX_W("Ministry"), EX_W("Bureau"),
	    EX_W("Insurance"), EX_W("Guarantee"), EX_W("Finance"), EX_W("Facility"),
	    EX_W("Institute"), EX_W("Association"), EX_W("Organization"), EX_W("Organisation"),
	    EX_W("Centre"), EX_W("Center"), EX_W("Forum"), EX_W("Summit"), EX_W("Conference"),
	    EX_W("Act"), EX_W("Law"), EX_W("Review"), EX_W("Securities"), EX_W("Capital"),
	    EX_W("Department"), EX_W("Service"), EX_W("Services"), EX_W("Minister"),
	    EX_W("Secretary")};
	static const struct ex_word OF[] = {EX_W("of"), EX_W("for")};
	size_t ws, wl, last = end, ps;

	if (ctx->text[start] < 'A' || ctx->text[start] > 'Z')
		return 0;
	/* "the Federal Office for Agriculture", "the Ministry of Agriculture":
	 * the office's noun and "of" or "for" before it. */
	if ((wl = ex_word_before(ctx->text, start, 0, &ws)) > 0 && ws + wl + 1 == start &&
	    ex_word_in(OF, EX_NWORDS(OF), ctx->text + ws, wl) &&
	    (wl = ex_word_before(ctx->text, ws, 0, &ps)) > 0 && ps + wl + 1 == ws &&
	    ctx->text[ps] >= 'A' && ctx->text[ps] <= 'Z' && ex_word_in(INST, EX_NWORDS(INST), ctx->text + ps, wl))
		return 1;
	/* The phrase's own last word ("Investment Fund"), else the word after it. */
	while (last > start && ctx->text[last - 1] != ' ')
		last--;
	if (last > start && ctx->text[last] >= 'A' && ctx->text[last] <= 'Z' &&
	    ex_word_in(INST, EX_NWORDS(INST), ctx->text + last, end - last))
		return 1;
	/* "Korea Investment & Securities": "&" joins the name's words. */
	if (end + 3 < ctx->len && ctx->text[end] == ' ' && ctx->text[end + 1] == '&' && ctx->text[end + 2] == ' ')
		end += 2;
	wl = ex_word_after(ctx->text, end, ctx->len, &ws);
	return wl > 0 && ws == end + 1 && ctx->text[ws] >= 'A' && ctx->text[ws] <= 'Z' &&
	    ex_word_in(INST, EX_NWORDS(INST), ctx->text + ws, wl);
}
/* ex_accord_title - 1 if the capitalised trigger or product at [start,end) is part
 * of the title of an accord: after a capitalised accord noun and "on", "for" or
 * "of" with only capitalised words and "and", "the", "a", "an" between ("a
 * Framework for an Agreement on Reciprocal Trade and Investment"), or right
 * before one ("the Trade and Investment Framework Agreement").  A title names the
 * deal, no commitment of its own ("agreed to invest" still invests). */
static int
ex_accord_title(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word ACCORD[] = {
	    EX_W("Agreement"), EX_W("Framework"), EX_W("Partnership"), EX_W("Treaty"),
	    EX_W("Accord"), EX_W("Pact"), EX_W("Arrangement"), EX_W("Memorandum"),
	    EX_W("Dialogue"), EX_W("Charter"), EX_W("Declaration")};
	static const struct ex_word LINK[] = {
	    EX_W("and"), EX_W("the"), EX_W("a"), EX_W("an"), EX_W("&")};
	static const struct ex_word OF[] = {EX_W("on"), EX_W("for"), EX_W("of")};
	const char *t = ctx->text;
	size_t ws, wl, pos = start;
	int prep = 0;

	if (t[start] < 'A' || t[start] > 'Z')
		return 0;
	wl = ex_word_after(t, end, ctx->len, &ws);
	if (wl > 0 && ws == end + 1 && ex_word_in(ACCORD, EX_NWORDS(ACCORD), t + ws, wl))
		return 1;
	for (int w = 0; w < 8 && (wl = ex_word_before(t, pos, 0, &ws)) > 0 && ws + wl + 1 == pos; w++) {
		if (prep && ex_word_in(ACCORD, EX_NWORDS(ACCORD), t + ws, wl))
			return 1;
		prep = ex_word_in(OF, EX_NWORDS(OF), t + ws, wl);
		if (!prep && !(t[ws] >= 'A' && t[ws] <= 'Z') && !ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl))
			return 0;
		pos = ws;
	}
	return 0;
}
/* ex_event_place - 1 if the party alias at [start,end) names a meeting or an
 * accord rather than a side: right before a noun of meeting ("in line with
 * the Kuala Lumpur consultations", "after the Geneva talks", "the Busan
 * summit", "the Trump-Xi meeting"), or one of a hyphenated chain of names
 * before a capitalised accord noun ("covered by the Canada-U.S.-Mexico
 * Agreement").  The chain is read over at most four names. */
static int
ex_event_place(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word EVENT[] = {
	    EX_W("talks"), EX_W("consultations"), EX_W("summit"), EX_W("meeting"), EX_W("round"),
	    EX_W("consensus"), EX_W("negotiations")};
	static const struct ex_word ACCORD[] = {
	    EX_W("Agreement"), EX_W("Accord"), EX_W("Treaty"), EX_W("Pact")};
	const char *t = ctx->text;
	size_t e = end, ws, wl;
	int chain = start > 0 && t[start - 1] == '-';

	for (int k = 0; k < 4 && e + 1 < ctx->len && t[e] == '-' && t[e + 1] >= 'A' && t[e + 1] <= 'Z'; k++) {
		for (e++; e < ctx->len && (ex_word_byte((unsigned char)t[e]) || t[e] == '.'); e++)
			continue;
		chain = 1;
	}
	wl = ex_word_after(t, e, ctx->len, &ws);
	if (wl == 0 || ws != e + 1 || t[e] != ' ')
		return 0;
	if (ex_word_in(EVENT, EX_NWORDS(EVENT), t + ws, wl))
		return 1;
	return chain && t[ws] >= 'A' && t[ws] <= 'Z' && ex_word_in(ACCORD, EX_NWORDS(ACCORD), t + ws, wl);
}
/* ex_counted_after - 1 if a count or a sum follows pos, perhaps after "up to",
 * "another", "about", "more than" ("for 50 Boeing aircraft", "for up to 20
 * cargoes", "for $2 billion of"), not a year ("a deal for 2026"). */
static int
ex_counted_after(const struct ex_ctx *ctx, size_t pos)
{
	static const char *const LEAD[] = {"up to ", "another ", "about ", "around ", "more than ",
	    "nearly ", "some ", "at least "};
	const char *t = ctx->text;
	size_t p = quantity_skip_space(t, ctx->len, pos), d;
	long v;

	for (size_t k = 0; k < sizeof(LEAD) / sizeof(LEAD[0]); k++)
		if (p + strlen(LEAD[k]) <= ctx->len && strncasecmp(t + p, LEAD[k], strlen(LEAD[k])) == 0) {
			p += strlen(LEAD[k]);
			break;
		}
	if (p < ctx->len && t[p] == '$')
		return 1;
	if (quantity_count_word(t, ctx->len, p, &v) > 0)
		return 1;
	for (d = p; d < ctx->len && t[d] >= '0' && t[d] <= '9'; d++)
		;
	if (d == p)
		return 0;
	/* A year alone: four digits from 1900 to 2099 with no more figures. */
	return !(d - p == 4 && (t[p] == '1' || t[p] == '2') && (t[p + 1] == '9' || t[p + 1] == '0') &&
	    (d == ctx->len || t[d] == ' ' || t[d] == ',' || t[d] == '.'));
}
/* ex_trade_noun_before - 1 if a noun of buying or supplying stands right before
 * pos ("a purchase agreement for", "a supply contract for"): the deal is named by
 * it, whose own phrase reads it. */
static int
ex_trade_noun_before(const struct ex_ctx *ctx, size_t pos)
{
	static const struct ex_word NOUN[] = {
	    EX_W("purchase"), EX_W("purchasing"), EX_W("purchases"), EX_W("supply"), EX_W("order"),
	    EX_W("sale"), EX_W("sales"), EX_W("procurement"), EX_W("delivery"), EX_W("import"),
	    EX_W("offtake"), EX_W("buying")};
	size_t ws, wl = ex_word_before(ctx->text, pos, 0, &ws);

	return wl > 0 && ex_word_in(NOUN, EX_NWORDS(NOUN), ctx->text + ws, wl);
}
/* ex_open_question - 1 if the word at [start,end) is "open" as a predicate
 * adjective ending its clause after "remains", "is still", "left" ("The pork
 * dispute remains open.", "the question is still open, officials said"): an
 * unsettled matter, no market opened ("remains open to US beef" still opens);
 * the first part of a compound ("open-pit"); an adjective after an article
 * ("the open sore", "an open question"); or "open interest" in contracts. */
static int
ex_open_question(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word STAY[] = {
	    EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"), EX_W("stays"),
	    EX_W("stayed"), EX_W("still"), EX_W("left"), EX_W("wide"), EX_W("kept")};
	static const struct ex_word ARTICLE[] = {EX_W("a"), EX_W("an"), EX_W("the")};
	const char *t = ctx->text;
	size_t ws, wl;

	if (end - start != 4 || strncasecmp(t + start, "open", 4) != 0)
		return 0;
	/* "an open-pit mine", "open-air markets", "open-ended talks": the first
	 * part of a compound adjective. */
	if (end + 1 < ctx->len && t[end] == '-' && ((t[end + 1] | 0x20) >= 'a' && (t[end + 1] | 0x20) <= 'z'))
		return 1;
	/* "Steel is the open sore", "an open question", "not an open door": an
	 * attributive adjective after an article; "open interest in the calls":
	 * the traders' noun. */
	wl = ex_word_before(t, start, 0, &ws);
	if (wl > 0 && wl <= 3 && ex_word_in(ARTICLE, EX_NWORDS(ARTICLE), t + ws, wl))
		return 1;
	if (end + 9 <= ctx->len && ex_ncasecmp(t + end, " interest", 9) == 0)
		return 1;
	if (end < ctx->len && t[end] != '.' && t[end] != ',' && t[end] != ';' && t[end] != '\n')
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	return wl > 0 && ex_word_in(STAY, EX_NWORDS(STAY), t + ws, wl);
}
/* ex_open_talks - 1 if the word at [start,end) is "open" or "reopen" (any
 * form) whose object is talks ("Ottawa and Seoul will open talks next
 * month", "opened formal negotiations on a trade pact", "reopening a new round
 * of talks"): a start of bargaining, no market opened. */
static int
ex_open_talks(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word TALKS[] = {
	    EX_W("talks"), EX_W("negotiations"), EX_W("discussions"), EX_W("consultations"),
	    EX_W("dialogue"), EX_W("round"), EX_W("negotiating")};
	static const struct ex_word MOD[] = {
	    EX_W("formal"), EX_W("new"), EX_W("fresh"), EX_W("official"), EX_W("trade"),
	    EX_W("free"), EX_W("bilateral"), EX_W("exploratory"), EX_W("preliminary"),
	    EX_W("further"), EX_W("direct"), EX_W("their"), EX_W("its")};
	const char *t = ctx->text;
	size_t ws, wl, p = end, o = start;

	if (end - start >= 6 && ex_ncasecmp(t + start, "re", 2) == 0)
		o = start + 2;
	if (end - o < 4 || ex_ncasecmp(t + o, "open", 4) != 0)
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, ctx->len, &ws)) > 0 && ws == p + 1; w++, p = ws + wl) {
		if (ex_word_in(TALKS, EX_NWORDS(TALKS), t + ws, wl))
			return 1;
		if (!ex_determiner(t + ws, wl) && !ex_word_in(MOD, EX_NWORDS(MOD), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_open_trading - 1 if the word at [start,end) is "open" (any form) telling
 * of a trading session: its subject a word of traded paper right before it
 * ("European stocks opened flat", "the Nikkei opened 0.5% higher", "Tokyo
 * shares open lower"), or a direction right after it ("Wall Street opened
 * higher", "markets opened mixed"): a market report, no market opened to
 * goods ("China opened its market to US beef", "opened up" still opens). */
static int
ex_open_trading(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word PAPER[] = {
	    EX_W("stocks"), EX_W("shares"), EX_W("equities"), EX_W("futures"), EX_W("bourse"),
	    EX_W("bourses"), EX_W("index"), EX_W("indices"), EX_W("indexes"), EX_W("Nikkei"),
	    EX_W("Dow"), EX_W("Nasdaq"), EX_W("Kospi"), EX_W("Seng"), EX_W("FTSE"), EX_W("DAX"),
	    EX_W("Sensex"), EX_W("Nifty"), EX_W("benchmark"), EX_W("bonds"), EX_W("yuan"),
	    EX_W("renminbi"), EX_W("yen"), EX_W("dollar"), EX_W("euro")};
	static const struct ex_word WAY[] = {
	    EX_W("flat"), EX_W("higher"), EX_W("lower"), EX_W("mixed"), EX_W("firmer"),
	    EX_W("weaker"), EX_W("stronger"), EX_W("steady"), EX_W("unchanged"), EX_W("sharply")};
	const char *t = ctx->text;
	size_t ws, wl, o = start;

	if (end - start >= 6 && ex_ncasecmp(t + start, "re", 2) == 0)
		o = start + 2;
	if (end - o < 4 || ex_ncasecmp(t + o, "open", 4) != 0)
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	if (wl > 0 && ex_word_in(PAPER, EX_NWORDS(PAPER), t + ws, wl))
		return 1;
	wl = ex_word_after(t, end, ctx->len, &ws);
	return wl > 0 && ws == end + 1 && ex_word_in(WAY, EX_NWORDS(WAY), t + ws, wl);
}
/* ex_open_probe - 1 if the word at [start,end) is "open" (any form) telling of
 * an inquiry begun or still running: an inquiry noun is its object within four
 * words ("opened an anti-dumping investigation into", "opens a new probe of"),
 * or heads the phrase it ends, no object of its own after it ("the
 * investigation it opened in July", "a Section 301 probe into Brazil's ethanol
 * tariffs, opened in 2025, has not concluded", "the inquiry into drug imports
 * remains open in Washington"): a case at law, no market opened ("dropped the
 * probe and opened its market to canola", "the market the probe shut reopened
 * in May" still open). */
static int
ex_open_probe(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word PROBE[] = {
	    EX_W("investigation"), EX_W("investigations"), EX_W("probe"), EX_W("probes"),
	    EX_W("inquiry"), EX_W("inquiries"), EX_W("case"), EX_W("cases")};
	static const struct ex_word AFTER[] = {
	    EX_W("in"), EX_W("on"), EX_W("into"), EX_W("last"), EX_W("earlier"), EX_W("this"),
	    EX_W("at"), EX_W("against"), EX_W("since"), EX_W("after"), EX_W("before"), EX_W("under"),
	    EX_W("by"), EX_W("two"), EX_W("three"), EX_W("nearly"), EX_W("more")};
	static const struct ex_word MARKET[] = {
	    EX_W("market"), EX_W("markets"), EX_W("border"), EX_W("borders"), EX_W("door"),
	    EX_W("doors"), EX_W("quota"), EX_W("quotas"), EX_W("access")};
	const char *t = ctx->text;
	size_t ws, wl, p = end, o = start;

	if (end - start >= 6 && ex_ncasecmp(t + start, "re", 2) == 0)
		o = start + 2;
	if (end - o < 4 || ex_ncasecmp(t + o, "open", 4) != 0)
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, ctx->len, &ws)) > 0 && ws == p + 1; w++, p = ws + wl) {
		if (ex_word_in(PROBE, EX_NWORDS(PROBE), t + ws, wl))
			return 1;
		if (ex_word_in(MARKET, EX_NWORDS(MARKET), t + ws, wl))
			return 0;
	}
	wl = ex_word_after(t, end, ctx->len, &ws);
	if (wl > 0 && ws == end + 1 && !ex_word_in(AFTER, EX_NWORDS(AFTER), t + ws, wl))
		return 0;
	p = start;
	for (int w = 0; w < 14; w++) {
		while (p > 0 && !ex_word_byte((unsigned char)t[p - 1])) {
			if (t[p - 1] == ';' || t[p - 1] == '\n' || t[p - 1] == '?' || t[p - 1] == '!' ||
			    (t[p - 1] == '.' && (p < 3 || t[p - 3] != '.') && !ex_digit_sep(t, 0, p - 1, ctx->len)))
				return 0;
			p--;
		}
		if ((wl = ex_word_before(t, p, 0, &ws)) == 0)
			return 0;
		if (ex_word_in(PROBE, EX_NWORDS(PROBE), t + ws, wl))
			return 1;
		if (ex_word_in(MARKET, EX_NWORDS(MARKET), t + ws, wl))
			return 0;
		p = ws;
	}
	return 0;
}
/* ex_access_sought - 1 if the measure at [start,end) is "access" asked for by
 * a verb of demand within three words before it ("U.S. negotiators pushed for
 * access for corn", "Washington asked again for access for its dairy", "again
 * demanded more access for American milk"), and the other side turns it down
 * in its paragraph, before it or within the next 200 bytes ("; India said no",
 * "India refused on both", "\u201cSupply management is not on the table,\u201d
 * ... a day after"): a demand the actor rejected, no commitment ("with
 * Australia pushing for better access for its beef" as talks open stays
 * proposed; "agreed to give access to US beef" opens). */
static int
ex_access_sought(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word DEMAND[] = {
	    EX_W("pushed"), EX_W("pushing"), EX_W("push"), EX_W("pushes"), EX_W("asked"),
	    EX_W("asking"), EX_W("asks"), EX_W("ask"), EX_W("demanded"), EX_W("demanding"),
	    EX_W("demands"), EX_W("pressed"), EX_W("pressing"), EX_W("lobbied"), EX_W("lobbying")};
	static const struct ex_word NO[] = {
	    EX_W("said no"), EX_W("says no"), EX_W("refused"), EX_W("refuses"), EX_W("rejected"),
	    EX_W("rejects"), EX_W("rebuffed"), EX_W("turned down"), EX_W("turned it down"),
	    EX_W("not on the table"), EX_W("off the table")};
	const char *t = ctx->text;
	size_t ws, wl, p = start, lo = start, hi = end;
	int asked = 0;

	if (end - start != 6 || ex_ncasecmp(t + start, "access", 6) != 0)
		return 0;
	for (int w = 0; w < 3 && !asked && (wl = ex_word_before(t, p, 0, &ws)) > 0; w++, p = ws)
		asked = ex_word_in(DEMAND, EX_NWORDS(DEMAND), t + ws, wl);
	if (!asked)
		return 0;
	while (lo > 0 && start - lo < 400 && t[lo - 1] != '\n')
		lo--;
	while (hi < ctx->len && hi - end < 200 && t[hi] != '\n')
		hi++;
	return ex_phrase_in(NO, EX_NWORDS(NO), t, lo, hi);
}
/* ex_shrank - 1 if the trigger at [start,end) is "contracted" with no amount
 * of goods right after it: "the economy contracted in the second quarter",
 * "output contracted sharply" shrank, "exporters with contracted European
 * offtake" names a kind of sale, "cargoes have been contracted" tells no
 * buyer's act of its own; "Chinese buyers have contracted 19 million tonnes of
 * US soybeans", "contracted about $2 billion of US wheat" bought. */
static int
ex_shrank(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word AMOUNT[] = {
	    EX_W("about"), EX_W("more"), EX_W("some"), EX_W("nearly"), EX_W("over"), EX_W("around"),
	    EX_W("almost"), EX_W("roughly"), EX_W("another"), EX_W("an"), EX_W("a"), EX_W("additional"),
	    EX_W("several"), EX_W("up"), EX_W("at"), EX_W("only"), EX_W("just"), EX_W("close")};
	const char *t = ctx->text;
	size_t ws, wl;

	if (end - start != 10 || ex_ncasecmp(t + start, "contracted", 10) != 0)
		return 0;
	if (end + 2 < ctx->len && t[end] == ' ' && t[end + 1] == '$')
		return 0;
	wl = ex_word_after(t, end, ctx->len, &ws);
	return wl == 0 || ws != end + 1 ||
	    !((t[ws] >= '0' && t[ws] <= '9') || ex_word_in(AMOUNT, EX_NWORDS(AMOUNT), t + ws, wl));
}
/* ex_levy_cuts - 1 if the trigger at [start,end) is "cut" or "cuts" whose
 * subject is the levy itself, cutting something else: "The 2018 tariffs cut
 * that to 8 million tons", "the full duty would cut them by a third", "the 15%
 * rate cuts deeply into margins".  A levy lowers trade, not itself; the word
 * before the verb (past an auxiliary or "still") is a levy noun and after the
 * verb comes "into" or a pronoun with its amount ("to", "by").  "The tariff cut
 * took effect", "the tariff cuts it promised", "put its tariff cuts into law"
 * stay. */
static int
ex_levy_cuts(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word LEVY[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"),
	    EX_W("levies"), EX_W("rate"), EX_W("surcharge"), EX_W("surtax")};
	static const struct ex_word AUX[] = {
	    EX_W("would"), EX_W("will"), EX_W("could"), EX_W("may"), EX_W("might"), EX_W("has"),
	    EX_W("have"), EX_W("had"), EX_W("still"), EX_W("also")};
	static const struct ex_word PRONOUN[] = {
	    EX_W("that"), EX_W("them"), EX_W("it"), EX_W("this"), EX_W("those")};
	static const struct ex_word AMOUNT[] = {EX_W("to"), EX_W("by")};
	const char *t = ctx->text;
	size_t ws, wl, ps, pl;

	if (!((end - start == 3 && ex_ncasecmp(t + start, "cut", 3) == 0) ||
	    (end - start == 4 && ex_ncasecmp(t + start, "cuts", 4) == 0)))
		return 0;
	pl = ex_word_before(t, start, 0, &ps);
	for (int k = 0; k < 2 && pl > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ps, pl); k++)
		pl = ex_word_before(t, ps, 0, &ps);
	if (pl == 0 || !ex_word_in(LEVY, EX_NWORDS(LEVY), t + ps, pl))
		return 0;
	wl = ex_word_after(t, end, ctx->len, &ws);
	if ((wl == 6 && ex_ncasecmp(t + ws, "deeply", 6) == 0) || (wl == 7 && ex_ncasecmp(t + ws, "sharply", 7) == 0))
		wl = ex_word_after(t, ws + wl, ctx->len, &ws);
	/* "put its tariff cuts into law": the noun "cuts", put in force. */
	if (wl == 4 && ex_ncasecmp(t + ws, "into", 4) == 0) {
		static const struct ex_word FORCE[] = {
		    EX_W("law"), EX_W("force"), EX_W("effect"), EX_W("place"), EX_W("practice")};

		wl = ex_word_after(t, ws + wl, ctx->len, &ws);
		return wl > 0 && !ex_word_in(FORCE, EX_NWORDS(FORCE), t + ws, wl);
	}
	if (wl == 0 || !ex_word_in(PRONOUN, EX_NWORDS(PRONOUN), t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, ctx->len, &ws);
	return wl > 0 && ex_word_in(AMOUNT, EX_NWORDS(AMOUNT), t + ws, wl);
}
/* ex_pause_predicate - 1 if the trigger at [start,end) is the noun "pause"
 * after a copula and "a": "The truce was always a pause, not a peace", "This
 * is a pause, not a settlement", "what it gave us was a pause on its own
 * escalation".  The noun says what something is, no act of pausing; only a
 * levy named right after it ("is a pause in the tariff increases") keeps it. */
static int
ex_pause_predicate(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word COPULA[] = {
	    EX_W("is"), EX_W("was"), EX_W("are"), EX_W("were"), EX_W("be"), EX_W("been"),
	    EX_W("remains"), EX_W("remained")};
	static const struct ex_word ADVERB[] = {
	    EX_W("always"), EX_W("only"), EX_W("just"), EX_W("merely"), EX_W("simply"),
	    EX_W("still"), EX_W("really")};
	static const struct ex_word LEVY[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"),
	    EX_W("levies"), EX_W("fees"), EX_W("increases"), EX_W("hikes"), EX_W("rate")};
	const char *t = ctx->text;
	size_t ws, wl, p;

	if (end - start != 5 || ex_ncasecmp(t + start, "pause", 5) != 0)
		return 0;
	wl = ex_word_before(t, start, 0, &ws);
	if (wl != 1 || (t[ws] != 'a' && t[ws] != 'A'))
		return 0;
	wl = ex_word_before(t, ws, 0, &ws);
	if (wl > 0 && ex_word_in(ADVERB, EX_NWORDS(ADVERB), t + ws, wl))
		wl = ex_word_before(t, ws, 0, &ws);
	if (wl == 0 || !ex_word_in(COPULA, EX_NWORDS(COPULA), t + ws, wl))
		return 0;
	p = end;
	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, ctx->len, &ws)) > 0; w++, p = ws + wl) {
		if (memchr(t + p, ',', ws - p) || memchr(t + p, ';', ws - p) || memchr(t + p, '.', ws - p))
			break;
		if (ex_word_in(LEVY, EX_NWORDS(LEVY), t + ws, wl))
			return 0;
	}
	return 1;
}
/* ex_put_phrasal - 1 if the trigger at [start,end) ends in "put" and a
 * particle follows it: "has still not put in place the quota", "did not put
 * forward a plan", "would not put off the talks": a phrasal verb, no tariff
 * withheld ("agreed not to put tariffs on British medicines" still pauses). */
static int
ex_put_phrasal(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word PARTICLE[] = {
	    EX_W("in"), EX_W("into"), EX_W("forward"), EX_W("off"), EX_W("out"), EX_W("up"),
	    EX_W("aside"), EX_W("back"), EX_W("down"), EX_W("together"), EX_W("through"),
	    EX_W("at"), EX_W("pressure"), EX_W("much"), EX_W("it"), EX_W("them")};
	const char *t = ctx->text;
	size_t ws, wl;

	if (end - start < 7 || ex_ncasecmp(t + end - 4, " put", 4) != 0)
		return 0;
	wl = ex_word_after(t, end, ctx->len, &ws);
	return wl > 0 && ex_word_in(PARTICLE, EX_NWORDS(PARTICLE), t + ws, wl);
}
/* ex_add_up - 1 if the trigger at [start,end) is a form of "add" that adds
 * nothing to a list: "add", "adds" or "adding" with "up to" after it and no
 * "to" after that in the clause ("imports add up to about $95 billion" is a
 * sum; "will add up to 11 chemicals to its control list" still adds); or
 * "added" with no "to" after a named thing in its clause, the speech verb
 * ("It added that the fees stay suspended", "..., he added") or a passive or
 * bare use whose next word is a particle, not the thing added ("were added in
 * 2025 over arms sales to Taiwan", "the firms it had added to the Entity
 * List"), rather than "has added 13 precursor chemicals to its export control
 * list". */
static int
ex_add_up(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word PARTICLE[] = {
	    EX_W("to"), EX_W("that"), EX_W("in"), EX_W("on"), EX_W("at"), EX_W("over"), EX_W("by"),
	    EX_W("for"), EX_W("from"), EX_W("since"), EX_W("after"), EX_W("during"), EX_W("last"),
	    EX_W("this"), EX_W("earlier"), EX_W("later"), EX_W("as"), EX_W("with")};
	static const struct ex_word DET[] = {EX_W("its"), EX_W("the"), EX_W("their"), EX_W("a"), EX_W("an")};
	const char *t = ctx->text;
	size_t n = end - start, p = end + 6, ws, wl;

	if (n == 5 && ex_ncasecmp(t + start, "added", 5) == 0) {
		p = end;
		for (int w = 0; w < 12 && (wl = ex_word_after(t, p, ctx->len, &ws)) > 0; w++, p = ws + wl) {
			if (memchr(t + p, ',', ws - p) || memchr(t + p, '.', ws - p) || memchr(t + p, ';', ws - p) ||
			    (w == 0 && ex_word_in(PARTICLE, EX_NWORDS(PARTICLE), t + ws, wl)))
				break;
			if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) {
				/* "added six firms to its Entity List": a named list
				 * designates firms, which the sanctions noun tells. */
				p = ws + wl;
				while ((wl = ex_word_after(t, p, ctx->len, &ws)) > 0 &&
				    ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
					p = ws + wl;
				return wl > 0 && t[ws] >= 'A' && t[ws] <= 'Z';
			}
		}
		return 1;
	}
	if (n < 3 || n > 6 || ex_ncasecmp(t + start, "add", 3) != 0 || p > ctx->len ||
	    !(n == 3 || (n == 4 && (t[start + 3] | 32) == 's') || (n == 6 && ex_ncasecmp(t + start + 3, "ing", 3) == 0)) ||
	    ex_ncasecmp(t + end, " up to", 6) != 0 || (p < ctx->len && ex_word_byte((unsigned char)t[p])))
		return 0;
	for (int w = 0; w < 12 && (wl = ex_word_after(t, p, ctx->len, &ws)) > 0; w++, p = ws + wl) {
		if (memchr(t + p, ',', ws - p) || memchr(t + p, '.', ws - p) || memchr(t + p, ';', ws - p))
			break;
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
			return 0;
	}
	return 1;
}
/* ex_has_stuck - 1 if the cue at [start,end) is "stuck" right after "has", "have"
 * or "had": "that cut has stuck", "the lower rate has stuck" (the verb "stick",
 * it held), not "is stuck" or "has been stuck in parliament" (a stall). */
static int
ex_has_stuck(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had")};
	size_t ws, wl;

	if (end - start != 5 || ex_ncasecmp(ctx->text + start, "stuck", 5) != 0)
		return 0;
	wl = ex_word_before(ctx->text, start, 0, &ws);
	return wl > 0 && ex_word_in(HAVE, EX_NWORDS(HAVE), ctx->text + ws, wl);
}
/* ex_idle_wait - 1 if the cue at [start,end) is "still take(s)", "still took" or
 * "still taking" and its clause (back to a punctuation mark or a break word)
 * names no licence before it: "approvals for battery-grade material still take
 * two to three months" is a licensing that lags; "cargoes still take a month
 * to cross the Pacific", "..., although the process still takes 45 working
 * days" tell of a trip or a procedure, no lag of a commitment. */
#define EX_IDLE_REACH 200  /* bytes back from "still take" to its clause's start */

static int
ex_idle_wait(const struct ex_ctx *ctx, size_t start, size_t end)
{
	const char *t = ctx->text;
	int license = ex_measure_index(ctx->r, "license");
	size_t lo = start;

	if (end - start < 10 || ex_ncasecmp(t + start, "still tak", 9) != 0)
		return 0;
	/* Back to a punctuation mark; not the dots of "U.S." (a single letter
	 * before each). */
	while (lo > 0 && start - lo < EX_IDLE_REACH && memchr(",;:!?\n", t[lo - 1], 6) == NULL &&
	    !(t[lo - 1] == '.' && lo >= 3 && ex_word_byte((unsigned char)t[lo - 3])))
		lo--;
	/* Mentions are pushed by their end: those of the clause are the last,
	 * and a break word nearer than any licence ends it. */
	for (size_t i = ctx->m.n; i-- > 0 && ctx->m.v[i].end > lo;) {
		const struct ex_mention *y = &ctx->m.v[i];

		if (y->start < lo || y->end > start)
			continue;
		if (y->kind == RULE_BREAK)
			return 1;
		if (y->kind == RULE_MEASURE && y->value == license)
			return 0;
	}
	return 1;
}
/* ex_met_with - 1 if the cue at [start,end) ends in "met" and "with" follows:
 * "the plan was met with scepticism", "has been met with protests" (a
 * reception, not a target met). */
static int
ex_met_with(const struct ex_ctx *ctx, size_t start, size_t end)
{
	size_t ws, wl;

	if (end - start < 3 || ex_ncasecmp(ctx->text + end - 3, "met", 3) != 0)
		return 0;
	wl = ex_word_after(ctx->text, end, ctx->len, &ws);
	return wl == 4 && ex_ncasecmp(ctx->text + ws, "with", 4) == 0;
}
/* ex_without_proposal - 1 if the proposal cue at [start,end) comes right after
 * "without": "lifted its ban without asking for anything in return", "cut its
 * tariffs without seeking concessions", "ship without asking each time" (what
 * was not done, no proposal). */
static int
ex_without_proposal(const struct ex_ctx *ctx, const struct rule_phrase *p, size_t start)
{
	size_t ws, wl;

	if (p->value != STATUS_PROPOSED)
		return 0;
	wl = ex_word_before(ctx->text, start, 0, &ws);
	return wl == 7 && ex_ncasecmp(ctx->text + ws, "without", 7) == 0;
}
/* ex_after_entry - 1 if a form of "enter" stands before [start,...) with at
 * most four words between, each "the" or capitalised ("will enter the
 * European Union duty-free", "would enter duty-free"), no punctuation but the
 * dots of "U.S.": the place a "duty-free" trigger may stand (ex_free_entry in
 * extract_frame.c reads the country); not "duty-free imports", "duty-free
 * access". */
static int
ex_after_entry(const char *t, size_t start)
{
	static const struct ex_word ENTER[] = {
	    EX_W("enter"), EX_W("enters"), EX_W("entering"), EX_W("entered")};
	size_t p = start, ws, wl;

	for (int w = 0; w < 5; w++) {
		while (p > 0 && t[p - 1] == '.' && p > 1 && t[p - 2] >= 'A' && t[p - 2] <= 'Z')
			p--;
		if ((wl = ex_word_before(t, p, 0, &ws)) == 0)
			return 0;
		if (ex_word_in(ENTER, EX_NWORDS(ENTER), t + ws, wl))
			return 1;
		if (!(t[ws] >= 'A' && t[ws] <= 'Z') && !(wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0))
			return 0;
		p = ws;
	}
	return 0;
}
/* ex_hyphen_adjective - 1 if the cue at [start,end) ends a hyphenated word whose
 * first part is a degree ("long-delayed", "much-delayed", "oft-delayed",
 * "twice-delayed") and a word follows it: an adjective before a noun. */
static int
ex_hyphen_adjective(const struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word DEGREE[] = {
	    EX_W("long"), EX_W("much"), EX_W("oft"), EX_W("often"), EX_W("twice"),
	    EX_W("repeatedly"), EX_W("thrice")};
	const char *t = ctx->text;
	size_t ws, wl;

	if (start < 2 || t[start - 1] != '-' || end >= ctx->len || t[end] != ' ')
		return 0;
	wl = ex_word_before(t, start - 1, 0, &ws);
	if (wl == 0 || ws + wl != start - 1 || !ex_word_in(DEGREE, EX_NWORDS(DEGREE), t + ws, wl))
		return 0;
	wl = ex_word_after(t, end, ctx->len, &ws);
	return wl > 0 && !ex_function_word(t + ws, wl);
}
/* ex_funds_from - 1 if "from" follows the money word ending at end ("$2 billion
 * in financing from the Export-Import Bank": the sum is drawn, the lender named). */
static int
ex_funds_from(const struct ex_ctx *ctx, size_t end)
{
	size_t ws, wl = ex_word_after(ctx->text, end, ctx->len, &ws);

	return wl == 4 && ws == end + 1 && ex_ncasecmp(ctx->text + ws, "from", 4) == 0;
}
/* ex_country_gas - the object of "natural gas" when the actor mention ending at
 * end is followed by the bare word "gas" ("lifting U.S. gas", "buy more
 * American gas": a country's gas is the traded fuel), else -1.  "gas
 * station(s)" is no fuel bought; "Korea Gas Corp." is a firm's name. */
static int
ex_country_gas(const struct ex_ctx *ctx, size_t end, size_t *gs)
{
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, end, ctx->len, &ws), ns, nl;

	if (wl != 3 || ws != end + 1 || t[end] != ' ' || strncmp(t + ws, "gas", 3) != 0 ||
	    (ws + 3 < ctx->len && t[ws + 3] == '-'))
		return -1;
	nl = ex_word_after(t, ws + 3, ctx->len, &ns);
	if (nl >= 7 && ex_ncasecmp(t + ns, "station", 7) == 0)
		return -1;
	*gs = ws;
	return ex_phrase_object(ctx->r, "natural gas");
}
/* ex_time_then_for - the end of "for" when a time phrase and "for" follow pos
 * (" last month for", " on Tuesday for", " in March for", " earlier this
 * year for"), else 0. */
static size_t
ex_time_then_for(const char *t, size_t pos, size_t len)
{
	static const struct ex_word NEAR[] = {EX_W("last"), EX_W("this"), EX_W("earlier")};
	static const struct ex_word UNIT[] = {
	    EX_W("week"), EX_W("month"), EX_W("year"), EX_W("quarter"), EX_W("this")};
	static const struct ex_word DAY[] = {
	    EX_W("yesterday"), EX_W("today"), EX_W("on"), EX_W("in")};
	size_t ws, wl = ex_word_after(t, pos, len, &ws), p;

	if (wl == 0)
		return 0;
	p = ws + wl;
	if (ex_word_in(NEAR, EX_NWORDS(NEAR), t + ws, wl)) {
		/* "earlier this month": two words before the unit. */
		for (int k = 0; k < 2 && (wl = ex_word_after(t, p, len, &ws)) > 0 &&
		    ex_word_in(UNIT, EX_NWORDS(UNIT), t + ws, wl); k++) {
			p = ws + wl;
			if (!(wl == 4 && ex_ncasecmp(t + ws, "this", 4) == 0))
				break;
		}
		if (p == ws + wl && wl == 4 && ex_ncasecmp(t + ws, "this", 4) == 0)
			return 0;
	} else if (ex_word_in(DAY, EX_NWORDS(DAY), t + ws, wl)) {
		/* "on Monday", "in March": one capitalized word after. */
		if (wl == 2) {
			wl = ex_word_after(t, p, len, &ws);
			if (wl == 0 || t[ws] < 'A' || t[ws] > 'Z')
				return 0;
			p = ws + wl;
		}
	} else
		return 0;
	if (p == pos + 1 || (wl = ex_word_after(t, p, len, &ws)) != 3 || ex_ncasecmp(t + ws, "for", 3) != 0)
		return 0;
	return ws + 3;
}
/* ex_timed_deal - a deal noun at [start,end) parted from its "for" by a time
 * phrase ("signed an agreement last month for 50 Boeing aircraft", "clinched a
 * deal on Monday for 2 million tonnes"): the rules' "<noun> for" trigger over
 * the whole span, held to the same counted amount ex_match_cb asks of it. */
static void
ex_timed_deal(struct ex_ctx *ctx, size_t start, size_t end)
{
	const struct rule_phrase *p;
	char buf[32];
	size_t fe;

	if (end - start + 5 > sizeof(buf) || (fe = ex_time_then_for(ctx->text, end, ctx->len)) == 0 ||
	    !ex_counted_after(ctx, fe) || ex_trade_noun_before(ctx, start))
		return;
	memcpy(buf, ctx->text + start, end - start);
	memcpy(buf + (end - start), " for", 5);
	if ((p = ex_phrase_find(ctx->r, buf, RULE_TRIGGER)) != NULL) {
		struct ex_mention x = {RULE_TRIGGER, p->value, start, fe, p->past, ROLE_SUBJECT, 0, -1, 0};

		ex_mention_push(&ctx->m, &x);
	}
}
const struct ex_word EX_FIRST_WORDS[] = {EX_W("first")};
const size_t EX_NFIRST_WORDS = EX_NWORDS(EX_FIRST_WORDS);

/* ex_counted_first - "first" at [start,end) with a count or one modifier (or
 * both) before its noun: "its first three projects", "the first two cargoes",
 * "the first 12 deliveries", "the first semiconductor projects", "the first
 * three US cargoes" read as the rules' cue "first projects", "first cargoes"
 * (a mention from "first" to the noun's end). */
static void
ex_counted_first(struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word COUNT[] = {
	    EX_W("two"), EX_W("three"), EX_W("four"), EX_W("five"), EX_W("six"), EX_W("seven"),
	    EX_W("eight"), EX_W("nine"), EX_W("ten"), EX_W("few"), EX_W("several"), EX_W("dozen")};
	/* No modifier: a word of grammar or of time ("the first of", "first
	 * time", "the first year shipments ..."). */
	static const struct ex_word NOTMOD[] = {
	    EX_W("of"), EX_W("the"), EX_W("a"), EX_W("an"), EX_W("to"), EX_W("in"), EX_W("and"),
	    EX_W("or"), EX_W("since"), EX_W("for"), EX_W("time"), EX_W("year"), EX_W("month"),
	    EX_W("week"), EX_W("day"), EX_W("half"), EX_W("quarter"), EX_W("round"), EX_W("is"),
	    EX_W("was"), EX_W("were"), EX_W("are"), EX_W("be"), EX_W("has"), EX_W("have"), EX_W("had"),
	    EX_W("will"), EX_W("would"), EX_W("that"), EX_W("which"), EX_W("new")};
	const struct rule_phrase *p;
	const char *t = ctx->text;
	char buf[32];
	size_t ws, wl = ex_word_after(t, end, ctx->len, &ws), ns;
	int digits = wl > 0, counted;

	for (size_t k = ws; k < ws + wl; k++)
		digits &= (t[k] >= '0' && t[k] <= '9') || t[k] == ',';
	if (wl == 0 || ws != end + 1)
		return;
	/* After a count ("the first three projects") the noun or one modifier
	 * ("the first three US cargoes"); else one modifier ("the first
	 * semiconductor projects", "the first US money"). */
	counted = digits || ex_word_in(COUNT, EX_NWORDS(COUNT), t + ws, wl);
	if (counted && ((wl = ex_word_after(t, ws + wl, ctx->len, &ns)) == 0 || t[ns - 1] != ' ' || (ws = ns, 0)))
		return;
	for (int mod = !counted; mod < 2; mod++) {
		if (mod) {
			if (ex_word_in(NOTMOD, EX_NWORDS(NOTMOD), t + ws, wl))
				return;
			for (size_t k = ws; k < ws + wl; k++)
				if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z') || t[k] == '.' ||
				    t[k] == '-'))
					return;
			if ((wl = ex_word_after(t, ws + wl, ctx->len, &ns)) == 0 || t[ns - 1] != ' ')
				return;
			ws = ns;
		}
		if (wl < 3 || wl + 7 > sizeof(buf))
			return;
		memcpy(buf, "first ", 6);
		memcpy(buf + 6, t + ws, wl);
		buf[6 + wl] = '\0';
		if ((p = ex_phrase_find(ctx->r, buf, RULE_CUE)) != NULL) {
			struct ex_mention x = {RULE_CUE, p->value, start, ws + wl, 0, ROLE_SUBJECT, 0, -1, 0};

			ex_mention_push(&ctx->m, &x);
			return;
		}
	}
}
/* ex_old_rate - 1 if the number that starts at rs ("20" of "The 20 percent
 * rate has applied since August") was told in the 1,500 bytes before as the
 * rate a cut lowers from ("to 15 percent from 20 percent"): the old rate,
 * not the one a cut set. */
static int
ex_old_rate(const char *t, size_t rs)
{
	size_t nl = 0, lo = rs > 4000 ? rs - 4000 : 0;

	while (nl < 8 && ((t[rs + nl] >= '0' && t[rs + nl] <= '9') || t[rs + nl] == '.'))
		nl++;
	if (nl == 0 || t[rs] == 'z' || t[rs] == 'Z')
		return 0;
	for (size_t k = lo; k + 5 + nl < rs; k++)
		if ((t[k] == 'f' || t[k] == 'F') && ex_ncasecmp(t + k, "from ", 5) == 0 &&
		    memcmp(t + k + 5, t + rs, nl) == 0 && !(t[k + 5 + nl] >= '0' && t[k + 5 + nl] <= '9') &&
		    t[k + 5 + nl] != '.' && (k == 0 || !ex_word_byte((unsigned char)t[k - 1])))
			return 1;
	return 0;
}
/* ex_rate_on_goods - 1 if "rate" at [start,end) is followed by the goods of a
 * country it is charged on: "on" or "for", at most one word of quantity or a
 * determiner, one or two capitalised words of origin and a noun of goods ("the
 * reciprocal rate on Indian goods", "keeping the rate on Chinese goods at 10
 * percent", "the rate for most Swiss products", "its rate on U.S. imports").
 * A rate charged on a country's goods is a tariff's, whatever its place in the
 * clause; not "the interest rate on Chinese bonds", "the growth rate of
 * Japanese exports", "the freight rate on the route". */
static int
ex_rate_on_goods(const char *t, size_t end, size_t len)
{
	static const struct ex_word PREP[] = {EX_W("on"), EX_W("for")};
	static const struct ex_word QUANT[] = {
	    EX_W("most"), EX_W("all"), EX_W("other"), EX_W("the"), EX_W("its"), EX_W("their")};
	static const struct ex_word GOODS[] = {
	    EX_W("goods"), EX_W("imports"), EX_W("products"), EX_W("exports")};
	size_t ws, wl = ex_word_after(t, end, len, &ws);
	int caps = 0;

	if (wl == 0 || ws != end + 1 || !ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, len, &ws);
	if (wl > 0 && ex_word_in(QUANT, EX_NWORDS(QUANT), t + ws, wl))
		wl = ex_word_after(t, ws + wl, len, &ws);
	for (; wl > 0 && caps < 3 && t[ws] >= 'A' && t[ws] <= 'Z'; caps++)
		wl = ex_word_after(t, ws + wl, len, &ws);
	return caps > 0 && caps < 3 && wl > 0 && ex_word_in(GOODS, EX_NWORDS(GOODS), t + ws, wl);
}
/* ex_percent_rate - "rate" at [start,end) right after a percentage ("the 15%
 * rate has applied since November", "the 10 per cent rate remains in place",
 * "that zero rate is now in force"): the rate of a tariff as the subject of
 * its clause, read as the rules' "tariff rate" (a mention of tariffs on "rate";
 * ex_rate_anaphor reads it).  Not after a word ("the growth rate", "a 4%
 * interest rate"), nor as an object ("down from the 50% rate"), nor before
 * any verb but one of a standing state ("will apply instead of"). */
static void
ex_percent_rate(struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word DET[] = {EX_W("the"), EX_W("this"), EX_W("that")};
	static const struct ex_word JOIN[] = {EX_W("and"), EX_W("but")};
	static const struct ex_word GOODS[] = {EX_W("on"), EX_W("for")};
	static const struct ex_word STATE[] = {
	    EX_W("has"), EX_W("have"), EX_W("is"), EX_W("remains"), EX_W("remained"),
	    EX_W("took"), EX_W("takes"), EX_W("stays"), EX_W("stayed"), EX_W("still")};
	const char *t = ctx->text;
	size_t ws, wl, ns, p, n, rs;
	int obj;

	if (end - start != 4 || start < 3 || t[start - 1] != ' ')
		return;
	/* "rate on Chinese goods" after no percentage ("the 20% rate on Korean
	 * goods" is the subject read below, with its guard on an older rate). */
	if (t[start - 2] != '%' && (wl = ex_word_before(t, start, start > 24 ? start - 24 : 0, &ws)) > 0 &&
	    !(wl == 7 && ex_ncasecmp(t + ws, "percent", 7) == 0) && !(wl == 4 && ex_ncasecmp(t + ws, "cent", 4) == 0) &&
	    ex_rate_on_goods(t, end, ctx->len)) {
		if ((obj = ex_phrase_object(ctx->r, "tariff rate")) >= 0) {
			struct ex_mention x = {RULE_OBJECT, obj, start, end, 0, ROLE_SUBJECT, 0, -1, 0};

			ex_mention_push(&ctx->m, &x);
		}
		return;
	}
	if (t[start - 2] == '%') {
		/* "15%", "12.5%": the number before the sign. */
		for (p = start - 2; p > 0 && start - p < 10 && ((t[p - 1] >= '0' && t[p - 1] <= '9') || t[p - 1] == '.'); p--)
			;
		if (p == start - 2 || t[p] < '0' || t[p] > '9')
			return;
	} else if ((wl = ex_word_before(t, start, start > 24 ? start - 24 : 0, &ws)) == 0 ||
	    !((wl == 4 && ex_ncasecmp(t + ws, "zero", 4) == 0) ||
	    ((wl == 7 && ex_ncasecmp(t + ws, "percent", 7) == 0) ||
	    (wl == 4 && ex_ncasecmp(t + ws, "cent", 4) == 0 && ws >= 4 &&
	    ex_ncasecmp(t + ws - 4, "per ", 4) == 0)))) {
		return;
	} else if (t[ws] == 'z' || t[ws] == 'Z') {
		p = ws;
	} else {
		/* "15 percent", "15 per cent": a number before it. */
		size_t b = t[ws] == 'c' || t[ws] == 'C' ? ws - 4 : ws;

		if (b == 0 || ex_word_before(t, b, b > 16 ? b - 16 : 0, &ns) == 0 || t[ns] < '0' || t[ns] > '9')
			return;
		p = ns;
	}
	rs = p;
	/* The subject of its clause only: "the", "this" or "that" opening the
	 * sentence or a clause ("down from the 50% rate" keeps the goods named
	 * before). */
	if ((wl = ex_word_before(t, p, p > 64 ? p - 64 : 0, &ws)) == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return;
	wl = ex_word_before(t, ws, ws > 32 ? ws - 32 : 0, &ns);
	if (wl > 0 && !ex_word_in(JOIN, EX_NWORDS(JOIN), t + ns, wl) &&
	    memchr(t + ns + wl, ',', ws - ns - wl) == NULL && memchr(t + ns + wl, '.', ws - ns - wl) == NULL)
		return;
	/* A verb of a standing state next, perhaps after its goods ("the zero
	 * rate for coffee has applied since May", "The 20% rate took effect in
	 * August"); not "will apply instead of", "matters less than". */
	for (p = end, wl = ex_word_after(t, p, ctx->len, &ws), n = 0;
	    wl > 0 && n < 6 && !ex_word_in(STATE, EX_NWORDS(STATE), t + ws, wl); n++) {
		if (n == 0 && !ex_word_in(GOODS, EX_NWORDS(GOODS), t + ws, wl))
			return;
		if (memchr(t + p, ',', ws - p) != NULL || memchr(t + p, '.', ws - p) != NULL)
			return;
		p = ws + wl;
		wl = ex_word_after(t, p, ctx->len, &ws);
	}
	if (wl == 0 || n == 6 || ex_old_rate(t, rs))
		return;
	if ((obj = ex_phrase_object(ctx->r, "tariff rate")) >= 0) {
		struct ex_mention x = {RULE_OBJECT, obj, start, end, 0, ROLE_SUBJECT, 0, -1, 0};

		ex_mention_push(&ctx->m, &x);
	}
}
/* ex_giving_verb - 1 if the word at [start,end) is a verb of promising or
 * placing money that is an investing word only with a sum ("commit",
 * "pledge", "put"; ex_money_given). */
int
ex_giving_verb(const char *t, size_t start, size_t end)
{
	return (end - start >= 6 && ex_ncasecmp(t + start, "commit", 6) == 0) ||
	    (end - start >= 5 && ex_ncasecmp(t + start, "pledg", 5) == 0) ||
	    (end - start >= 3 && ex_ncasecmp(t + start, "put", 3) == 0);
}
/* ex_money_given - for a verb of promising or placing money at [start,end)
 * ("commit", "pledge", "put": investing words only with a sum given), the end
 * of the preposition after the sum ("committed $2 billion to", "pledged up to
 * £5 billion for", "will put US$3 billion into"), 0 if no sum and
 * preposition follow it, or if the verb is none of these ("committed to
 * buying", "put pressure on", "pledged $1 billion in aid"). */
size_t
ex_money_given(const char *t, size_t len, size_t start, size_t end)
{
	static const struct ex_word QUAL[] = {
	    EX_W("up"), EX_W("about"), EX_W("nearly"), EX_W("almost"), EX_W("more"), EX_W("than"),
	    EX_W("over"), EX_W("some"), EX_W("around"), EX_W("roughly"), EX_W("a"), EX_W("an"),
	    EX_W("further"), EX_W("additional"), EX_W("another"), EX_W("extra"), EX_W("at"), EX_W("least")};
	static const struct ex_word UNIT[] = {
	    EX_W("billion"), EX_W("million"), EX_W("trillion"), EX_W("bn"), EX_W("tn"), EX_W("mn"),
	    EX_W("dollars"), EX_W("euros"), EX_W("pounds"), EX_W("yen"), EX_W("won"), EX_W("rupees"),
	    EX_W("riyals"), EX_W("dirhams"), EX_W("crore"), EX_W("reais"), EX_W("pesos")};
	static const struct ex_word PREP[] = {
	    EX_W("to"), EX_W("into"), EX_W("for"), EX_W("toward"), EX_W("towards")};
	size_t p = end, ws, wl, hi = len < end + 96 ? len : end + 96;
	int money = 0, upto = 0;

	if (!ex_giving_verb(t, start, end))
		return 0;
	while (p < hi) {
		unsigned char c = (unsigned char)t[p];

		if (c == ' ' || c == '$' || c == '.' || c == ',' || (c >= '0' && c <= '9') ||
		    (p + 2 < hi && memcmp(t + p, "\xe2\x82\xac", 3) == 0) ||
		    (c == 0xc2 && p + 1 < hi && ((unsigned char)t[p + 1] == 0xa3 || (unsigned char)t[p + 1] == 0xa5))) {
			money |= c != ' ' && c != '.' && c != ',';
			p += c == 0xe2 ? 3 : c == 0xc2 ? 2 : 1;
			continue;
		}
		wl = ex_word_after(t, p, hi, &ws);
		if (wl == 0)
			return 0;
		/* "US$1 billion", "A$500 million": the currency's country. */
		if (!money && wl <= 2 && ws + wl < hi && t[ws + wl] == '$') {
			p = ws + wl;
			continue;
		}
		if (!money && ex_word_in(QUAL, EX_NWORDS(QUAL), t + ws, wl)) {
			/* "up to" is no preposition of the money's end. */
			upto = wl == 2 && ex_ncasecmp(t + ws, "up", 2) == 0;
			p = ws + wl;
			continue;
		}
		if (upto && wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) {
			upto = 0;
			p = ws + wl;
			continue;
		}
		if (money && ex_word_in(UNIT, EX_NWORDS(UNIT), t + ws, wl)) {
			p = ws + wl;
			continue;
		}
		break;
	}
	if (!money || p >= hi || (wl = ex_word_after(t, p, hi, &ws)) == 0 ||
	    !ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
		return 0;
	return ws + wl;
}
/* ex_tonnage_given - 1 if the word at [start,end) is a verb of pledging
 * ("pledged", "committed", "promised", "vowed", one word) whose object is a
 * tonnage of goods, after "to" and a qualifier at most ("China pledged 25
 * million tons", "have committed to four million tonnes a year of US LNG",
 * "promised at least 2 Mt of wheat"): a purchase with no buying verb.  Not
 * "pledged $500 million in aid" (money, ex_money_given), nor "committed to
 * buy 25 million tons" (the buying verb's own frame), nor "the pledge rose
 * to 25 million tonnes" (a noun with another verb). */
int
ex_tonnage_given(const char *t, size_t len, size_t start, size_t end)
{
	static const struct ex_word VERB[] = {
	    EX_W("pledge"), EX_W("pledges"), EX_W("pledged"), EX_W("commit"), EX_W("commits"),
	    EX_W("committed"), EX_W("promise"), EX_W("promises"), EX_W("promised"), EX_W("vow"),
	    EX_W("vows"), EX_W("vowed")};
	static const struct ex_word QUAL[] = {
	    EX_W("to"), EX_W("about"), EX_W("nearly"), EX_W("around"), EX_W("roughly"), EX_W("some"),
	    EX_W("at"), EX_W("least"), EX_W("a"), EX_W("further"), EX_W("an"), EX_W("additional"),
	    EX_W("another"), EX_W("more"), EX_W("than")};
	struct quantity_match q[1];
	size_t ws, wl, p = end, hi;

	if (!ex_word_in(VERB, EX_NWORDS(VERB), t + start, end - start))
		return 0;
	for (int k = 0; k < 4 && (wl = ex_word_after(t, p, len, &ws)) > 0 && ws <= p + 1 &&
	    ex_word_in(QUAL, EX_NWORDS(QUAL), t + ws, wl); k++)
		p = ws + wl;
	while (p < len && t[p] == ' ')
		p++;
	hi = len < p + 64 ? len : p + 64;
	if (p >= hi || quantity_find_all(t + p, hi - p, q, 1) == 0 || q[0].offset != 0)
		return 0;
	return strcmp(q[0].q.unit, "t") == 0 || strcmp(q[0].q.unit, "bu") == 0;
}
/* ex_permission_from - a licence noun for a permission named with its giver
 * between it and the verb of export at start: "won approval from the Commerce
 * Department to export its MI308 processors", "got the green light from
 * Washington to sell", "permission from Beijing to ship" ("approval to export"
 * is the rules' own phrase).  The verb (the match at [start,end), "export",
 * "sell", "ship", or "to sell") follows "to"; "from" stands at most six words
 * before it and the noun right before "from".  Pushes a licence mention on the
 * noun. */
static void
ex_permission_from(struct ex_ctx *ctx, size_t start, size_t end)
{
	static const struct ex_word VERB[] = {
	    EX_W("export"), EX_W("sell"), EX_W("ship"), EX_W("to sell"), EX_W("to ship"), EX_W("to export")};
	static const struct ex_word NOUN[] = {
	    EX_W("approval"), EX_W("permission"), EX_W("clearance"), EX_W("nod"),
	    EX_W("light")};
	const char *t = ctx->text;
	size_t ws, wl, pos = start;
	int license;

	/* The verb first: it runs for every match. */
	if (!ex_word_in(VERB, EX_NWORDS(VERB), t + start, end - start) ||
	    (license = ex_measure_index(ctx->r, "license")) < 0)
		return;
	if (t[start] != 't' && t[start] != 'T' &&
	    ((wl = ex_word_before(t, start, 0, &ws)) != 2 || ex_ncasecmp(t + ws, "to", 2) != 0))
		return;
	if (t[start] != 't' && t[start] != 'T')
		pos = ws;
	for (int w = 0; w < 7 && (wl = ex_word_before(t, pos, 0, &ws)) > 0; w++, pos = ws) {
		if (ws + wl < pos && t[ws + wl] != ' ')
			return;
		if (wl != 4 || ex_ncasecmp(t + ws, "from", 4) != 0)
			continue;
		if ((wl = ex_word_before(t, ws, 0, &ws)) == 0 || !ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
			return;
		if (wl == 5) {  /* "light" only as "green light" */
			size_t gs, gl = ex_word_before(t, ws, 0, &gs);

			if (gl != 5 || ex_ncasecmp(t + gs, "green", 5) != 0)
				return;
		}
		/* Mentions are pushed as the automaton reports them, by their
		 * end, so one at ws (it ends after ws) comes after every match
		 * that ends by ws: look back only to the first such one.  Goods
		 * listed before a head (ex_coordinated_heads) and a licence pushed
		 * here end before the match that pushed them: no stop.  (Every
		 * mention scanned made each "from ... to export" cost the whole
		 * text: quadratic.) */
		for (size_t i = ctx->m.n; i-- > 0;) {
			const struct ex_mention *y = &ctx->m.v[i];

			if (y->start == ws && y->kind == RULE_MEASURE)
				return;
			if (y->end <= ws && y->kind != RULE_OBJECT && !(y->kind == RULE_MEASURE && y->value == license))
				break;
		}
		ex_mention_push(&ctx->m, &(struct ex_mention){RULE_MEASURE, license, ws, ws + wl, 0, ROLE_SUBJECT, 0, -1, 0});
		return;
	}
}
/* ex_match_cb - one automaton match: every rule entry with that spelling (the run
 * [id, group_end) precomputed by rules_load). */
int
ex_match_cb(int id, size_t start, size_t end, void *arg)
{
	struct ex_ctx *ctx = arg;
	const struct rules *r = ctx->r;
	const struct rule_phrase *g;
	int pledged_buy = 0;

	/* The extractor's own words (EX_LEXICON): a class bit where they start. */
	if ((size_t)id >= r->nphrases) {
		if (ctx->lex != NULL)
			ctx->lex[start >> EX_FIRST_SHIFT] |= r->lex_bits[(size_t)id - r->nphrases];
		if (r->lex_bits[(size_t)id - r->nphrases] & EX_LEX_DEALNOUN)
			ex_timed_deal(ctx, start, end);
		if (r->lex_bits[(size_t)id - r->nphrases] & EX_LEX_FIRST)
			ex_counted_first(ctx, start, end);
		if (r->lex_bits[(size_t)id - r->nphrases] & EX_LEX_RATE)
			ex_percent_rate(ctx, start, end);
		return ctx->m.oom;
	}
	g = &r->phrases[id];
	ex_permission_from(ctx, start, end);
	if (g->lex && ctx->lex != NULL)
		ctx->lex[start >> EX_FIRST_SHIFT] |= g->lex;
	if (g->lex & EX_LEX_DEALNOUN)
		ex_timed_deal(ctx, start, end);
	if (g->lex & EX_LEX_FIRST)
		ex_counted_first(ctx, start, end);

	for (size_t i = (size_t)id; i < g->group_end; i++) {
		const struct rule_phrase *p = &r->phrases[i];
		struct ex_mention x = {p->kind, p->value, start, end, p->past, ROLE_SUBJECT, 0, -1,
		    p->member};

		if (p->exact_case == 1 && memcmp(ctx->text + start, p->text, p->len) != 0)
			continue;
		if (p->exact_case == 2 && memcmp(ctx->text + start + 1, p->text + 1, p->len - 1) != 0)
			continue;
		if (p->kind == RULE_TRIGGER && g->group_measure >= 0) {
			x.dual = 1;
			x.dual_measure = g->group_measure;
		}
		if (p->kind == RULE_MEASURE && g->group_trigger)
			continue;  /* represented by the dual trigger */
		if ((p->kind == RULE_TRIGGER || p->kind == RULE_OBJECT) &&
		    (ex_institution_name(ctx, start, end) || ex_accord_title(ctx, start, end)))
			continue;
		/* "$8 billion of US farm purchases": the goods ("farm") alone,
		 * the buying noun is the rules' trigger. */
		if (p->kind == RULE_OBJECT && (x.end = ex_valued_purchases(ctx->text, start, end)) > 0) {
			ex_mention_push(&ctx->m, &x);
			continue;
		}
		x.end = end;
		/* "$1 billion in financing for mines" is lent or given; "will draw
		 * $2 billion in funding from a state bank" names the lender only. */
		if (p->kind == RULE_TRIGGER && strncmp(p->text, "in ", 3) == 0 &&
		    ex_funds_from(ctx, end))
			continue;
		if (p->kind == RULE_TRIGGER && (ex_set_adjective(ctx->text, start, end) ||
		    ex_purchasing_title(ctx->text, start, end, ctx->len) ||
		    ex_procurement_market(ctx->text, start, end, ctx->len) ||
		    ex_flow_forecast(ctx->text, ctx->len, start, end, ex_trigger_is(r, p->value, "sell")) ||
		    ex_buy_time(ctx->text, start, end, ctx->len) || ex_fdi(ctx->text, start, end) ||
		    ex_investment_regime(ctx->text, start, end, ctx->len) ||
		    ex_final_decision(ctx->text, start, end, ctx->len)))
			continue;
		if (p->kind == RULE_TRIGGER && (ex_open_question(ctx, start, end) || ex_open_talks(ctx, start, end) ||
		    ex_open_trading(ctx, start, end) || ex_open_probe(ctx, start, end) || ex_put_phrasal(ctx, start, end) || ex_shrank(ctx, start, end) ||
		    ex_levy_cuts(ctx, start, end) || ex_pause_predicate(ctx, start, end) ||
		    ex_add_up(ctx, start, end)))
			continue;
		/* "committed $2 billion to", not "committed to buying": a verb of
		 * promising money invests only a sum given (ex_money_given). */
		if (p->kind == RULE_TRIGGER && ex_giving_verb(ctx->text, start, end) &&
		    ex_trigger_is(r, p->value, "invest") && ex_money_given(ctx->text, ctx->len, start, end) == 0)
			continue;
		/* "still pay 25%" with no older rate is no trigger at all: it must not
		 * hide the sentence from the state pass. */
		if (p->kind == RULE_TRIGGER && p->text[0] == 'p' && ex_pay_verb(ctx->text, start, end) &&
		    !ex_paid_rate(ctx->text, end, end + 200 < ctx->len ? end + 200 : ctx->len))
			continue;
		if (p->kind == RULE_TRIGGER && (p->text[0] == 't' || p->text[0] == 's') &&
		    !ex_take_verb(ctx->text, ctx->len, start, end))
			continue;
		/* "an agreement for 50 Boeing aircraft": a deal "for" orders only a
		 * counted amount ("a deal for farmers" buys nothing). */
		if (p->kind == RULE_TRIGGER && p->len > 4 && strcmp(p->text + p->len - 4, " for") == 0 &&
		    (!ex_counted_after(ctx, end) || ex_trade_noun_before(ctx, start)))
			continue;
		if (p->kind == RULE_ACTOR && (ex_americas_region(ctx, start) || ex_event_place(ctx, start, end)))
			continue;
		if (p->kind == RULE_MEASURE && (ex_factory_plants(ctx, start, end) || ex_access_sought(ctx, start, end)))
			continue;
		/* "will be removed on entry into force", "on the entry-into-force
		 * date": the entry of the agreement into force dates the act; it is
		 * no entry of goods (the import measure would take the tariff's place
		 * in an actorless clause). */
		if (p->kind == RULE_MEASURE && end + 11 <= ctx->len &&
		    (ex_ncasecmp(ctx->text + end, " into force", 11) == 0 ||
		    ex_ncasecmp(ctx->text + end, "-into-force", 11) == 0))
			continue;
		if (p->kind == RULE_OBJECT && (ex_not_maritime(ctx, start, end) || ex_fees_off_ships(ctx, start, end) ||
		    ex_goods_belt(ctx, start, end) || ex_service_levy(ctx, start, end) || ex_idiom_chip(ctx, start, end) ||
		    ex_meal_oil(ctx, start, end) || ex_bare_ceiling(ctx, start, end) || ex_warplane(ctx, p->value, start)))
			continue;
		/* "US$ 200 billion", "200 billion US dollars": a currency, no party. */
		if (p->kind == RULE_ACTOR && end < ctx->len && (ctx->text[end] == '$' ||
		    (end + 7 <= ctx->len && ex_ncasecmp(ctx->text + end, " dollar", 7) == 0)))
			continue;
		/* "duty-free imports", "tariff-free access": an adjective saying the
		 * measure is absent, no measure of its own. */
		if ((p->kind == RULE_MEASURE || (p->kind == RULE_OBJECT && r->objects[p->value].measure >= 0)) &&
		    end + 5 <= ctx->len && (ex_ncasecmp(ctx->text + end, "-free", 5) == 0 ||
		    ex_ncasecmp(ctx->text + end, " free", 5) == 0))
			continue;
		/* "the long-delayed FTA", "a much-delayed deal": a cue inside a
		 * hyphenated adjective before a noun tells the thing's past, not how it
		 * stands now. */
		/* "China pledged 25 million tons of soybeans": the pledge verb is
		 * also the buying verb (ex_tonnage_given), once per match. */
		if (p->kind == RULE_CUE && !pledged_buy && ex_tonnage_given(ctx->text, ctx->len, start, end)) {
			struct ex_mention b = {RULE_TRIGGER, -1, start, end, 0, ROLE_SUBJECT, 0, -1, 0};

			for (size_t k = 0; k < r->ntriggers && b.value < 0; k++)
				if (ex_trigger_is(r, (int)k, "buy"))
					b.value = (int)k;
			pledged_buy = 1;
			if (b.value >= 0)
				ex_mention_push(&ctx->m, &b);
		}
		if (p->kind == RULE_CUE && (ex_hyphen_adjective(ctx, start, end) || ex_has_stuck(ctx, start, end) ||
		    ex_met_with(ctx, start, end) || ex_idle_wait(ctx, start, end) || ex_without_proposal(ctx, p, start) ||
		    ex_buy_time(ctx->text, start, end, ctx->len)))
			continue;
		/* "duty-free" is a verb of lowering only after "enter" (ex_after_entry). */
		if (p->kind == RULE_TRIGGER && end - start >= 9 && ex_ncasecmp(ctx->text + end - 4, "free", 4) == 0 &&
		    !ex_after_entry(ctx->text, start))
			continue;
		/* "China not only agreed to buy soybeans but also ...": no negation. */
		if (p->kind == RULE_NEGATION && ex_not_only(ctx->text, ctx->len, start, end))
			continue;
		ex_mention_push(&ctx->m, &x);
		if (p->kind == RULE_OBJECT)
			ex_coordinated_heads(ctx, start, end);
		if (p->kind == RULE_ACTOR && (x.value = ex_country_gas(ctx, end, &x.start)) >= 0) {
			x.kind = RULE_OBJECT;
			x.end = x.start + 3;
			x.member = 0;
			x.past = 0;
			ex_mention_push(&ctx->m, &x);
		}
	}
	return ctx->m.oom;
}
/* ex_content - kinds that compete for the same words. */
int
ex_content(enum rule_kind k)
{
	return k == RULE_ACTOR || k == RULE_OBJECT || k == RULE_MEASURE || k == RULE_TRIGGER;
}
/* ex_mention_before - 1 if x sorts before y: by start, longer first, then by kind. */
static int
ex_mention_before(const struct ex_mention *x, const struct ex_mention *y)
{
	if (x->start != y->start)
		return x->start < y->start;
	if (x->end != y->end)
		return x->end > y->end;
	return x->kind < y->kind;
}
/*
 * ex_mention_sort - sort m by ex_mention_before, stably (equal mentions keep
 * the automaton's order, as the merge sort of glibc's qsort kept them).  An
 * insertion sort: the automaton reports a match where it ends, so a mention
 * moves back only past the shorter ones that end inside it, a handful bounded
 * by the longest phrase: linear here, where qsort's merge sort is n log n.
 */
static void
ex_mention_sort(struct ex_mentions *m)
{
	for (size_t i = 1; i < m->n; i++) {
		struct ex_mention x;
		size_t j = i;

		if (!ex_mention_before(&m->v[i], &m->v[i - 1]))
			continue;
		x = m->v[i];
		while (j > 0 && ex_mention_before(&x, &m->v[j - 1])) {
			m->v[j] = m->v[j - 1];
			j--;
		}
		m->v[j] = x;
	}
}
/* ex_resolve_overlaps - drop content mentions inside or across a longer, earlier one. */
void
ex_resolve_overlaps(struct ex_mentions *m)
{
	size_t w = 0, kstart = 0, kend = 0;
	long cue = -1;
	int have = 0;

	if (m->n < 2)
		return;
	ex_mention_sort(m);
	for (size_t i = 0; i < m->n; i++) {
		struct ex_mention *x = &m->v[i];

		/* One phrase listed twice ("US" under two spellings' runs) is one mention. */
		if (w > 0 && m->v[w - 1].kind == x->kind && m->v[w - 1].value == x->value &&
		    m->v[w - 1].start == x->start && m->v[w - 1].end == x->end)
			continue;
		/* "broke ground" is a start, not "broke" a promise: a cue that begins a
		 * longer cue of another status is part of it. */
		if (x->kind == RULE_CUE && cue >= 0 && m->v[cue].start == x->start &&
		    m->v[cue].end > x->end && m->v[cue].value != x->value)
			continue;
		/* "could agree to" holds "agree to": a cue inside an earlier,
		 * longer cue of another status is part of it ("a third of the
		 * required pace" only overlaps: both speak). */
		if (x->kind == RULE_CUE && cue >= 0 && m->v[cue].start < x->start &&
		    m->v[cue].end >= x->end && m->v[cue].value != x->value)
			continue;
		if (x->kind == RULE_CUE && (cue < 0 || x->start >= m->v[cue].end || x->end > m->v[cue].end))
			cue = (long)w;
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

/* ex_mentions_settle - after a pass added mentions: drop those it marked
 * RULE_KIND_COUNT (the words the new ones stand for) and put the rest back
 * in text order. */
static void
ex_mentions_settle(struct ex_mentions *m)
{
	size_t w = 0;

	for (size_t i = 0; i < m->n; i++)
		if (m->v[i].kind != RULE_KIND_COUNT)
			m->v[w++] = m->v[i];
	m->n = w;
	ex_mention_sort(m);
}

/* ex_goods_count_anaphor - when t[a, end of the class word at c) reads "the
 * two metals", "those three minerals", "both metals" (a determiner and a count,
 * or "both", before the class word at c), the count it names (2..4) and the
 * phrase's start in *start; else 0. */
static int
ex_goods_count_anaphor(const char *t, size_t c, size_t *start)
{
	static const struct ex_word DET[] = {EX_W("the"), EX_W("those"), EX_W("these")};
	static const char *const NUM[] = {"two", "three", "four"};
	size_t ws, wl = ex_word_before(t, c, 0, &ws), ds, dl;

	if (wl == 4 && ex_ncasecmp(t + ws, "both", 4) == 0) {
		*start = ws;
		return 2;
	}
	for (size_t k = 0; k < EX_NWORDS(NUM); k++)
		if (wl == strlen(NUM[k]) && ex_ncasecmp(t + ws, NUM[k], wl) == 0 &&
		    (dl = ex_word_before(t, ws, 0, &ds)) > 0 && ex_word_in(DET, EX_NWORDS(DET), t + ds, dl)) {
			*start = ds;
			return (int)k + 2;
		}
	return 0;
}
/* EX_ANAPHOR_REACH - how far before "the two metals" (bytes) the goods it
 * stands for may end: the sentence before or two. */
#define EX_ANAPHOR_REACH 400

/* ex_goods_anaphora - "For gallium and germanium, the picture is cleaner.
 * China's ban on shipments of the two metals ... remains suspended", "exports
 * of gallium, germanium and antimony ... the suspension of Beijing's ban on
 * shipping the three metals": a count of a class of controlled goods
 * ("the two metals", "those three minerals", "both metals") stands for the
 * list of goods named last before it, when that list names as many goods,
 * each controlled (rules.json "controlled": the minerals and chips whose
 * export a government licenses).  Each item gets a mention spanning the
 * phrase (a word of its own for the frames that read goods), and any goods
 * the phrase itself names ("minerals") give way.  A list of other goods or
 * of another count leaves the phrase as it was. */
void
ex_goods_anaphora(struct ex_ctx *ctx)
{
	static const char *const CLASS[] = {"metals", "minerals", "materials"};
	const char *t = ctx->text;
	size_t n0 = ctx->m.n, added = 0, from = ctx->len;

	/* Only after a list of two controlled goods (most texts have none:
	 * the search below then costs nothing). */
	for (size_t i = 1; i < n0 && from == ctx->len; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i - 1].kind == RULE_OBJECT &&
		    ctx->r->objects[ctx->m.v[i].value].controlled &&
		    ctx->r->objects[ctx->m.v[i - 1].value].controlled &&
		    ex_list_gap(t, ctx->m.v[i - 1].end, ctx->m.v[i].start))
			from = ctx->m.v[i].end;
	for (size_t c = 0; c < EX_NWORDS(CLASS) && from < ctx->len; c++) {
		size_t cl = strlen(CLASS[c]);

		for (const char *q = t + from; (q = memmem(q, ctx->len - (size_t)(q - t), CLASS[c], cl)) != NULL; q += cl) {
			size_t pos = (size_t)(q - t), a, b = pos + cl, j, last, first;
			int k, ok = 1;

			if (pos == 0 || ex_word_byte((unsigned char)t[pos - 1]) ||
			    (b < ctx->len && ex_word_byte((unsigned char)t[b])) ||
			    (k = ex_goods_count_anaphor(t, pos, &a)) == 0)
				continue;
			/* The last goods mention ending before the phrase (of the
			 * mentions read, in text order). */
			for (j = n0; j > 0 && ctx->m.v[j - 1].end > a; j--)
				;
			while (j > 0 && (ctx->m.v[j - 1].kind != RULE_OBJECT ||
			    ctx->r->objects[ctx->m.v[j - 1].value].measure >= 0))
				j--;
			if (j == 0 || ctx->m.v[j - 1].end + EX_ANAPHOR_REACH < a)
				continue;
			last = first = j - 1;
			while (first > 0 && ctx->m.v[first - 1].kind == RULE_OBJECT &&
			    ctx->r->objects[ctx->m.v[first - 1].value].measure < 0 &&
			    ex_list_gap(t, ctx->m.v[first - 1].end, ctx->m.v[first].start))
				first--;
			if (last - first + 1 != (size_t)k)
				continue;
			for (size_t i = first; i <= last && ok; i++) {
				ok = ctx->r->objects[ctx->m.v[i].value].controlled;
				for (size_t h = first; h < i && ok; h++)
					ok = ctx->m.v[h].value != ctx->m.v[i].value;
			}
			if (!ok)
				continue;
			for (size_t i = first; i <= last; i++) {
				struct ex_mention x = ctx->m.v[i];

				x.start = a;
				x.end = b;
				ex_mention_push(&ctx->m, &x);
			}
			/* The phrase's own goods ("minerals") give way. */
			for (size_t i = 0; i < n0; i++)
				if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= a && ctx->m.v[i].end <= b)
					ctx->m.v[i].kind = RULE_KIND_COUNT;  /* dropped below */
			added++;
		}
	}
	if (added > 0)
		ex_mentions_settle(&ctx->m);
}

/* ex_month_word - the month (1-12) that the capitalised word t[ws, ws+wl)
 * names ("October", "Oct" before its point, "Sept."; ex_month_number); else 0. */
static int
ex_month_word(const char *t, size_t ws, size_t wl, size_t len)
{
	int abbr, m;

	if (!(t[ws] >= 'A' && t[ws] <= 'Z') || (m = ex_month_number(t + ws, wl, &abbr)) == 0)
		return 0;
	for (size_t k = ws + 1; k < ws + wl; k++)	/* "October", not "OCTOBER" */
		if (!(t[k] >= 'a' && t[k] <= 'z'))
			return 0;
	/* An abbreviation only with its point ("Oct. 9"). */
	return !abbr || (ws + wl < len && t[ws + wl] == '.') ? m : 0;
}

/* ex_date_modifier - when the words ending at pos (a measure noun's start)
 * read a date used as its modifier, between a determiner or an owner and the
 * noun ("the October 9", "its Oct. 9, 2025", "China's October 2025", "the
 * sweeping October 9 rare-earth export"), the month (1-12), the day in *day
 * (0 if none), and the date's span in [*start, *end); else 0.  Words between
 * the date and the noun are a modifier's (lower case, at most three); its
 * year, if it gives one, in *year. */
static int
ex_date_modifier(const char *t, size_t len, size_t pos, int *day, int *year, size_t *start, size_t *end)
{
	static const struct ex_word DET[] = {EX_W("the"), EX_W("its"), EX_W("those"), EX_W("these"),
	    EX_W("their"), EX_W("this"), EX_W("that"), EX_W("his"), EX_W("her")};
	size_t p = pos, ws, wl, dend = 0;
	int mods = 0, month = 0, num = 0;

	*day = *year = 0;
	for (int step = 0; step < 8 && month == 0; step++) {
		while (p > 0 && (t[p - 1] == ' ' || (num && t[p - 1] == ',')))
			p--;
		if (p > 0 && t[p - 1] == '-' && !num) {
			p--;
			continue;
		}
		if (p > 0 && t[p - 1] == '.')  /* "Oct." */
			p--;
		if ((wl = ex_word_before(t, p, 0, &ws)) == 0)
			return 0;
		if ((month = ex_month_word(t, ws, wl, len)) != 0)
			break;
		if (t[ws] >= '0' && t[ws] <= '9') {
			for (size_t k = ws; k < ws + wl; k++)
				if (t[k] < '0' || t[k] > '9')
					return 0;
			if (wl <= 2)
				*day = atoi(t + ws);
			else if (wl == 4)
				*year = atoi(t + ws);
			else
				return 0;
			if (!num)
				dend = ws + wl;
			num = 1;
		} else if (!num && mods < 3 && t[ws] >= 'a' && t[ws] <= 'z')
			mods++;
		else
			return 0;
		p = ws;
	}
	if (month == 0)
		return 0;
	*start = ws;
	*end = dend ? dend : ws + wl;
	/* What stands before the month: a determiner, an owner ("China's"), or
	 * one adjective after a determiner ("the sweeping October controls"). */
	for (int k = 0; k < 2; k++) {
		size_t ds, dl = ex_word_before(t, ws, 0, &ds);

		if (dl == 0)
			return 0;
		if (ex_word_in(DET, EX_NWORDS(DET), t + ds, dl) ||
		    (dl > 2 && ex_possessive_len(t, ds + dl - 2, ds + dl) == 2) || ex_curly_owner_end(t, ds, dl, 0) > 0)
			return month;
		if (!(t[ds] >= 'a' && t[ds] <= 'z'))
			return 0;
		ws = ds;
	}
	return 0;
}

/* ex_sentence_around - the sentence around [s, e): back to a line break or a
 * point before a capital, forward to the same, within reach bytes each way. */
static void
ex_sentence_around(const char *t, size_t len, size_t s, size_t e, size_t reach, size_t *from, size_t *to)
{
	size_t a = s, b = e, lo = s > reach ? s - reach : 0, hi = e + reach < len ? e + reach : len;

	while (a > lo && t[a - 1] != '\n' && !(a >= 2 && t[a - 2] == '.' && t[a - 1] == ' ' && t[a] >= 'A' && t[a] <= 'Z'))
		a--;
	while (b < hi && t[b] != '\n' && !(t[b] == '.' && b + 2 < len && t[b + 1] == ' ' && t[b + 2] >= 'A' && t[b + 2] <= 'Z'))
		b++;
	*from = a;
	*to = b;
}

/* ex_verb_between - 1 if a verb (a trigger or a status cue) stands in
 * [from, to): the goods after it are another act's ("suspend the controls it
 * announced on October 9 and buy soybeans").  A participle glossing the
 * measure ("rules extending its reach to products containing rare earths")
 * is no other act. */
static int
ex_verb_between(const struct ex_ctx *ctx, size_t n, size_t from, size_t to)
{
	const char *t = ctx->text;

	for (size_t j = 0; j < n; j++) {
		const struct ex_mention *v = &ctx->m.v[j];

		if ((v->kind == RULE_TRIGGER || v->kind == RULE_CUE) && v->start >= from && v->end <= to &&
		    !(v->kind == RULE_TRIGGER && v->end - v->start > 4 && memcmp(t + v->end - 3, "ing", 3) == 0))
			return 1;
	}
	return 0;
}

/* ex_date_anaphora - "On October 9, Beijing expanded its export controls on
 * rare earths ... The October 9 measures remain suspended": a measure named by
 * its date ("the October 9 measures", "its Oct. 9 controls", "the April 2
 * tariffs", "those October rules": a date used as a modifier of a measure noun)
 * is the measure told earlier in the article with that date (a measure named
 * within the sentence that holds the same month, and the same day when both
 * give one).  A generic noun ("measures", "rules") becomes that measure; a
 * noun of a kind ("controls", "tariffs") links only to a measure of the same
 * kind; and the earlier measure's goods, unless the phrase names its own
 * ("its October rare-earth controls"), get a mention on the date, read as the
 * measure's modifier ("the rare-earth controls").  A date that names no earlier
 * measure ("the October 9 meeting", or no October measure told before) leaves
 * the phrase as it was. */
void
ex_date_anaphora(struct ex_ctx *ctx)
{
	const char *t = ctx->text;
	int rule = ctx->r->measure_named[RULES_M_RULE];
	size_t n0 = ctx->m.n, added = 0;

	for (size_t i = 1; i < n0; i++) {
		struct ex_mention *x = &ctx->m.v[i];
		int generic = x->kind == RULE_MEASURE && rule >= 0 && x->value == rule, day, year, month;
		size_t ds, de, ante = SIZE_MAX, from, to, ngoods = 0;
		int goods[4];

		if (!generic && !(x->kind == RULE_OBJECT && ctx->r->objects[x->value].measure >= 0))
			continue;
		if ((month = ex_date_modifier(t, ctx->len, x->start, &day, &year, &ds, &de)) == 0)
			continue;
		/* The earlier measure told with that date, nearest first. */
		for (size_t j = i; j-- > 0 && ante == SIZE_MAX;) {
			const struct ex_mention *y = &ctx->m.v[j];
			int yd, yy;
			size_t ys, ye;

			if (y->kind != RULE_OBJECT || ctx->r->objects[y->value].measure < 0 || y->end > ds ||
			    (!generic && y->value != x->value) ||
			    ex_date_modifier(t, ctx->len, y->start, &yd, &yy, &ys, &ye) != 0)
				continue;
			ex_sentence_around(t, ctx->len, y->start, y->end, 160, &from, &to);
			for (size_t k = from; k < to; k++) {
				size_t wl = 0, q;
				int md = 0, my = 0;

				if ((k > from && ex_word_byte((unsigned char)t[k - 1])) || !(t[k] >= 'A' && t[k] <= 'Z'))
					continue;
				while (k + wl < to && ex_word_byte((unsigned char)t[k + wl]))
					wl++;
				if (ex_month_word(t, k, wl, ctx->len) != month)
					continue;
				/* Its day and year, when it gives them ("Oct. 9", "October
				 * 9, 2025", "October 2025"). */
				for (q = k + wl; q < to && (t[q] == '.' || t[q] == ' ' || t[q] == ','); q++)
					;
				while (q < to && t[q] >= '0' && t[q] <= '9') {
					size_t r = q;

					while (r < to && t[r] >= '0' && t[r] <= '9')
						r++;
					if (r - q <= 2 && md == 0 && my == 0)
						md = atoi(t + q);
					else if (r - q == 4)
						my = atoi(t + q);
					else
						break;
					for (q = r; q < to && (t[q] == ' ' || t[q] == ','); q++)
						;
				}
				if (year != 0 && my != 0 && my != year)
					continue;
				if (day == 0 || md == 0 || md == day) {
					ante = j;
					break;
				}
			}
		}
		if (ante == SIZE_MAX)
			continue;
		/* The earlier measure's goods: in its sentence, from just before it on. */
		{
			const struct ex_mention *y = &ctx->m.v[ante];
			size_t lo = y->start > from + 40 ? y->start - 40 : from;
			int own = 0;

			for (size_t j = 0; j < n0; j++) {
				const struct ex_mention *g = &ctx->m.v[j];

				if (g->kind != RULE_OBJECT || ctx->r->objects[g->value].measure >= 0)
					continue;
				if (g->start >= ds && g->end <= x->start)
					own = 1;
				if (g->start >= lo && g->end <= to && g->start <= y->end + 120 && ngoods < 4 &&
				    (g->end <= y->start || !ex_verb_between(ctx, n0, y->end, g->start))) {
					size_t h = 0;

					while (h < ngoods && goods[h] != g->value)
						h++;
					if (h == ngoods)
						goods[ngoods++] = g->value;
				}
			}
			if (own)
				ngoods = 0;
			for (size_t h = 0; h < ngoods; h++) {
				struct ex_mention g = {0};

				g.kind = RULE_OBJECT;
				g.value = goods[h];
				g.start = ds;
				g.end = de;
				ex_mention_push(&ctx->m, &g);
			}
			if (generic) {
				struct ex_mention k = *y;

				k.start = ctx->m.v[i].start;
				k.end = ctx->m.v[i].end;
				ex_mention_push(&ctx->m, &k);
				ctx->m.v[i].kind = RULE_KIND_COUNT;  /* dropped below */
			}
			added += ngoods + (size_t)generic;
		}
	}
	if (added > 0)
		ex_mentions_settle(&ctx->m);
}

/* ex_rule_gloss_named - a rule named by its gloss: "suspended the rule, which
 * extends export restrictions to companies 50% owned by listed firms, for a
 * year", "will keep on hold the rule that would have extended its blacklist to
 * subsidiaries at least 50 percent owned", "the rule extending export curbs to
 * affiliates of listed entities remains suspended".  A bare "rule" or
 * "regulation" followed at once by a relative or participial clause that names
 * a one-party measure (an object with a rules.json "owner" that is itself a
 * measure) or the subsidiaries it reaches is that measure: the noun "rule"
 * becomes the named object, and what the gloss names up to its close (a comma,
 * the sentence's end, or the rule's own verb after the name: "... companies
 * remains suspended") is the rule's content, no act (as ex_drop_measure_gloss
 * does after a measure named first).  Parties stay; the gloss is recorded. */
static void
ex_rule_gloss_named(struct ex_ctx *ctx)
{
	static const struct ex_word NOUN[] = {EX_W("rule"), EX_W("regulation")};
	static const struct ex_word OPEN[] = {EX_W("that"), EX_W("which")};
	static const struct ex_word SUBS[] = {
	    EX_W("subsidiaries"), EX_W("subsidiary"), EX_W("affiliates")};
	/* The rule's own verb after the gloss ("... companies remains suspended"). */
	static const struct ex_word OWN_VERB[] = {
	    EX_W("is"), EX_W("was"), EX_W("has"), EX_W("had"), EX_W("will"), EX_W("would"),
	    EX_W("remains"), EX_W("remained"), EX_W("stays"), EX_W("stayed"), EX_W("can"),
	    EX_W("could"), EX_W("may"), EX_W("must"), EX_W("should")};
	const struct rules *r = ctx->r;
	const char *t = ctx->text;
	int rule = ex_measure_index(r, "rule"), measure = ex_measure_index(r, "measure"), named = -1;
	size_t w = 0, drop_lo = 0, drop_hi = 0;

	for (size_t o = 0; o < r->nobjects && named < 0; o++)
		if (r->objects[o].owner >= 0 && r->objects[o].measure == measure && measure >= 0)
			named = (int)o;
	if (rule < 0 || named < 0)
		return;
	for (size_t i = 0; i < ctx->m.n; i++) {
		struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl, p, hi, name_end = 0;

		if (x->start >= drop_lo && x->end <= drop_hi && x->kind != RULE_ACTOR)
			continue;
		ctx->m.v[w++] = *x;
		if (x->kind != RULE_MEASURE || x->value != rule ||
		    !ex_word_in(NOUN, EX_NWORDS(NOUN), t + x->start, x->end - x->start))
			continue;
		/* The gloss: "that", "which", ", which" or a participle, at once. */
		p = x->end < ctx->len && t[x->end] == ',' ? x->end + 1 : x->end;
		if ((wl = ex_word_after(t, p, ctx->len, &ws)) == 0 || ws > p + 1 ||
		    !(ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl) ||
		    (p == x->end && wl > 4 && ex_ncasecmp(t + ws + wl - 3, "ing", 3) == 0)))
			continue;
		/* It closes at a comma, a dash (not a curly quote) or the
		 * sentence's end (a full stop before a space, not the dots of
		 * "U.S."). */
		for (hi = ws; hi < ctx->len && hi < x->end + 200 && t[hi] != ',' && t[hi] != ';' &&
		    t[hi] != '\n' && !(t[hi] == '-' && t[hi - 1] == ' ') &&
		    !(hi + 2 < ctx->len && memcmp(t + hi, "\xe2\x80", 2) == 0 &&
		    (t[hi + 2] == '\x93' || t[hi + 2] == '\x94')) &&
		    !(t[hi] == '.' && (hi + 1 == ctx->len || t[hi + 1] == ' ') && t[hi - 2] != '.'); hi++)
			;
		/* The name: the owned measure's object, or the subsidiaries reached. */
		for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < hi && name_end == 0; j++)
			if (ctx->m.v[j].kind == RULE_OBJECT && ctx->m.v[j].value == named)
				name_end = ctx->m.v[j].end;
		/* "an interim rule suspending the affiliates rule": a rule named
		 * by its own name is another rule, the one acted on. */
		if (name_end >= 4 && ex_ncasecmp(t + name_end - 4, "rule", 4) == 0)
			continue;
		for (p = ws; name_end == 0 && p < hi; p++)
			if (ex_word_byte((unsigned char)t[p]) && !ex_word_byte((unsigned char)t[p - 1]) &&
			    (wl = ex_word_after(t, p, hi, &ws)) > 0 && ex_word_in(SUBS, EX_NWORDS(SUBS), t + ws, wl))
				name_end = ws + wl;
		if (name_end == 0)
			continue;
		/* Past the name, the rule's own verb ends it: an auxiliary
		 * ("... companies remains suspended") or a verb or cue of the
		 * rules ("keep its rule extending ... to affiliates suspended"). */
		for (p = name_end; (wl = ex_word_after(t, p, hi, &ws)) > 0; p = ws + wl)
			if (ex_word_in(OWN_VERB, EX_NWORDS(OWN_VERB), t + ws, wl)) {
				hi = ws;
				break;
			}
		for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start < hi; j++)
			if (ctx->m.v[j].start >= name_end &&
			    (ctx->m.v[j].kind == RULE_TRIGGER || ctx->m.v[j].kind == RULE_CUE)) {
				hi = ctx->m.v[j].start;
				break;
			}
		ctx->m.v[w - 1].kind = RULE_OBJECT;
		ctx->m.v[w - 1].value = named;
		drop_lo = x->end;
		drop_hi = hi;
		if (ctx->ngloss < EX_MAX_GLOSS) {
			ctx->gloss[ctx->ngloss].lo = drop_lo;
			ctx->gloss[ctx->ngloss].hi = drop_hi;
			ctx->gloss[ctx->ngloss++].owned = 1;
		}
	}
	ctx->m.n = w;
}

/* ex_drop_measure_gloss - drop the goods, measures and verbs of an aside that
 * glosses a named non-tariff measure between it and its verb: "The 50 percent
 * affiliates rule, the one that extended Entity List restrictions to
 * subsidiaries, was suspended for a year", "the affiliates rule -- the one that
 * would have extended Entity List restrictions ... -- was suspended", "kept the
 * affiliates rule, which would extend entity-list restrictions to
 * subsidiaries, suspended", "the affiliates rule -- the September 2025
 * measure that extended ... -- remains suspended", "the sanctions, imposed in
 * 2021 in retaliation for EU measures ..., had been lifted".  The aside opens
 * right after the measure with ", which", ", the one that", a participle that
 * dates or sources it (", issued", ", introduced", ", published", ",
 * imposed") or a dash and "the"/"which", closes at the
 * next comma or dash of the same sentence, and a word in lower case follows
 * it (the measure's own verb); what it names describes the measure and is no
 * act of its own, and its modal ("which would have extended") is no status of
 * the measure's.  Parties stay. */
void
ex_drop_measure_gloss(struct ex_ctx *ctx)
{
	static const char *const OPEN[] = {
	    ", which ", ", the one that ", ", the one which ", ", issued ", ", introduced ",
	    ", published ", ", imposed ", " \xe2\x80\x94 the ", " \xe2\x80\x94 which ", " -- the ",
	    " - the "};
	const char *t = ctx->text;
	int measure = ex_measure_index(ctx->r, "measure");
	size_t w = 0, drop_lo = 0, drop_hi = 0;
	int glossed = -1;

	if (measure < 0)
		return;
	ex_rule_gloss_named(ctx);
	for (size_t i = 0; i < ctx->m.n; i++) {
		struct ex_mention *x = &ctx->m.v[i];

		/* The measure named again inside ("owned 50% or more") stays. */
		if (x->start >= drop_lo && x->end <= drop_hi &&
		    ((x->kind == RULE_OBJECT && x->value != glossed) || x->kind == RULE_MEASURE ||
		    x->kind == RULE_TRIGGER || x->kind == RULE_CUE))
			continue;
		ctx->m.v[w++] = *x;
		if (x->kind != RULE_OBJECT || ctx->r->objects[x->value].measure != measure)
			continue;
		for (size_t k = 0; k < sizeof(OPEN) / sizeof(OPEN[0]); k++) {
			size_t ol = strlen(OPEN[k]), close, ns, nl;
			int dash = OPEN[k][0] == ' ';

			if (x->end + ol > ctx->len || memcmp(t + x->end, OPEN[k], ol) != 0)
				continue;
			for (close = x->end + ol; close < ctx->len && close < x->end + 240; close++)
				if (t[close] == '.' || t[close] == ';' || t[close] == '\n' ||
				    (!dash && t[close] == ',') ||
				    (dash && t[close] == OPEN[k][1] && t[close - 1] == ' '))
					break;
			if (close >= ctx->len || close >= x->end + 240 || t[close] == '.' || t[close] == ';' ||
			    t[close] == '\n')
				break;
			/* Past the closing comma or dash: the measure's verb. */
			for (ns = close; ns < ctx->len && t[ns] != ' ' && (t[ns] < 'a' || t[ns] > 'z'); ns++)
				;
			if ((nl = ex_word_after(t, ns, ctx->len, &ns)) == 0 || t[ns] < 'a' || t[ns] > 'z')
				break;
			drop_lo = x->end;
			drop_hi = close;
			glossed = x->value;
			if (ctx->ngloss < EX_MAX_GLOSS) {
				ctx->gloss[ctx->ngloss].lo = drop_lo;
				ctx->gloss[ctx->ngloss].hi = drop_hi;
				ctx->gloss[ctx->ngloss++].owned = ctx->r->objects[x->value].owner >= 0;
			}
			break;
		}
	}
	ctx->m.n = w;
}
/* ex_in_gloss - the aside that glosses a named measure (ex_drop_measure_gloss)
 * and holds pos, NULL: what the aside dates ("the September 2025 measure that
 * extended ...") is the measure, not the clause around it. */
const struct ex_gloss *
ex_in_gloss(const struct ex_ctx *ctx, size_t pos)
{
	for (size_t i = 0; i < ctx->ngloss; i++)
		if (pos >= ctx->gloss[i].lo && pos < ctx->gloss[i].hi)
			return &ctx->gloss[i];
	return NULL;
}
