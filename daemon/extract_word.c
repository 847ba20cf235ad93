/*
 * extract_word.c - the words around an offset, for the extractor.
 *
 * Small, allocation-free tests on the text: the word before or after an
 * offset, membership in fixed word lists (determiners, function words,
 * months), capitalised name runs, pronoun subjects behind auxiliaries,
 * quotation marks and questions.  No rules, no mentions: only bytes.  The
 * word before or after an offset (ex_word_before, ex_word_after) and the byte
 * tests are inline in extract_int.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract_int.h"

_Thread_local struct ex_wordbits ex_wbits;

/* ex_wordbits_build - see extract_int.h.  Sixteen bytes at a time where SSE2
 * is there: a letter is a byte whose lower case (| 0x20) is 'a' to 'z', a
 * digit '0' to '9', and the apostrophe, as EX_WORD_BYTE says. */
uint64_t *
ex_wordbits_build(const char *t, size_t len)
{
	uint64_t *bits;
	size_t i = 0;

	if ((bits = calloc((len >> 6) + 1, sizeof(*bits))) == NULL)
		return NULL;
#ifdef __SSE2__
	/* Unsigned ranges as signed compares: x - lo + 0x80 < n + 0x80 - 0x100. */
	const __m128i low = _mm_set1_epi8(0x20), a = _mm_set1_epi8((char)('a' - 0x80)),
	    zero = _mm_set1_epi8((char)('0' - 0x80)), letters = _mm_set1_epi8((char)(26 - 0x80)),
	    digits = _mm_set1_epi8((char)(10 - 0x80)), apos = _mm_set1_epi8('\'');

	for (; i + 16 <= len; i += 16) {
		__m128i c = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		__m128i l = _mm_cmplt_epi8(_mm_sub_epi8(_mm_or_si128(c, low), a), letters);
		__m128i d = _mm_cmplt_epi8(_mm_sub_epi8(c, zero), digits);
		__m128i q = _mm_cmpeq_epi8(c, apos);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(l, d), q));

		bits[i >> 6] |= (uint64_t)m << (i & 63);
	}
#endif
	for (; i < len; i++)
		bits[i >> 6] |= (uint64_t)ex_word_byte((unsigned char)t[i]) << (i & 63);
	return bits;
}

/* EX_FALSE_WORDS - ex_false_claim's verdicts of falsehood ("is false", "is not
 * true"): a sentence without one is no fact-check's verdict. */
const struct ex_word EX_FALSE_WORDS[] = {
    EX_W("false"), EX_W("untrue"), EX_W("incorrect"), EX_W("inaccurate"), EX_W("wrong"),
    EX_W("misleading"), EX_W("baseless"), EX_W("unfounded"), EX_W("groundless"),
    EX_W("fabricated"), EX_W("fake"), EX_W("true"), EX_W("accurate")};
const size_t EX_NFALSE_WORDS = EX_NWORDS(EX_FALSE_WORDS);

/* EX_SIDE_NOUNS, EX_SIDE_OWN - ex_side_party's nouns of a party's side of a
 * deal ("its side", "its half") and of its own promises ("its own pledges"). */
const struct ex_word EX_SIDE_NOUNS[] = {
    EX_W("side"), EX_W("half"), EX_W("part"), EX_W("end")};
const size_t EX_NSIDE_NOUNS = EX_NWORDS(EX_SIDE_NOUNS);
const struct ex_word EX_SIDE_OWN[] = {
    EX_W("promises"), EX_W("pledges"), EX_W("commitments"), EX_W("obligations")};
const size_t EX_NSIDE_OWN = EX_NWORDS(EX_SIDE_OWN);

/* EX_PRICED_WORDS - ex_priced_in's verbs ("priced in"); they share
 * EX_LEX_FIRST's bit, a prefilter only (each reader checks its own words). */
const struct ex_word EX_PRICED_WORDS[] = {EX_W("priced"), EX_W("pricing")};
const size_t EX_NPRICED_WORDS = EX_NWORDS(EX_PRICED_WORDS);

/* EX_LEXICON - the word lists of the sentence walks ex_lex_in lets skip. */
const struct ex_lexlist EX_LEXICON[] = {
    {EX_REVERSAL_BACK, &EX_NREVERSAL_BACK, EX_LEX_REVERSAL},
    {EX_REVERSAL_SNAP, &EX_NREVERSAL_SNAP, EX_LEX_REVERSAL},
    {EX_REVERSAL_HALT, &EX_NREVERSAL_HALT, EX_LEX_REVERSAL},
    {EX_REVERSAL_RAISE, &EX_NREVERSAL_RAISE, EX_LEX_REVERSAL},
    {EX_DEAL_WORDS, &EX_NDEAL_WORDS, EX_LEX_DEAL},
    {EX_BLANKET_DEAL, &EX_NBLANKET_DEAL, EX_LEX_BLANKET},
    {EX_BLANKET_ONE, &EX_NBLANKET_ONE, EX_LEX_BLANKET},
    {EX_SHOULD, &EX_NSHOULD, EX_LEX_SHOULD},
    {EX_DEAL_NOUNS, &EX_NDEAL_NOUNS, EX_LEX_DEALNOUN},
    {EX_SET_NOUNS, &EX_NSET_NOUNS, EX_LEX_DEALNOUN},
    {EX_DESCRIBE, &EX_NDESCRIBE, EX_LEX_DESCRIBE},
    {EX_SPAN_UNITS, &EX_NSPAN_UNITS, EX_LEX_SPAN},
    {EX_RATE_NAMES, &EX_NRATE_NAMES, EX_LEX_RATE},
    {EX_RATE_STAY, &EX_NRATE_STAY, EX_LEX_STAY},
    {EX_PENALTY_NOUNS, &EX_NPENALTY_NOUNS, EX_LEX_PENALTY},
    {EX_HEADWAY_NOUNS, &EX_NHEADWAY_NOUNS, EX_LEX_HEADWAY},
    {EX_SAME_WORDS, &EX_NSAME_WORDS, EX_LEX_SAME},
    {EX_FIRST_WORDS, &EX_NFIRST_WORDS, EX_LEX_FIRST},
    {EX_PRICED_WORDS, &EX_NPRICED_WORDS, EX_LEX_FIRST},
    {EX_FALSE_WORDS, &EX_NFALSE_WORDS, EX_LEX_FALSE},
    {EX_SIDE_NOUNS, &EX_NSIDE_NOUNS, EX_LEX_SIDE},
    {EX_SIDE_OWN, &EX_NSIDE_OWN, EX_LEX_SIDE},
    {EX_EFFECT_DONE, &EX_NEFFECT_DONE, EX_LEX_EFFECT},
    {EX_OVER_WORD, &EX_NOVER_WORD, EX_LEX_OVER},
    {EX_LINKED_WORDS, &EX_NLINKED_WORDS, EX_LEX_LINKED},
    {EX_BASELINE_WORD, &EX_NBASELINE_WORD, EX_LEX_BASELINE},
    {EX_UNTIL_WORDS, &EX_NUNTIL_WORDS, EX_LEX_UNTIL},
    {EX_UNCOVERED_WORDS, &EX_NUNCOVERED_WORDS, EX_LEX_NOT}};
const size_t EX_NLEXICON = EX_NWORDS(EX_LEXICON);

/* extract_lexicon - see extract.h.  Of a rules list, the items without white
 * space: a word (ex_word_after) never holds any, so the others never match. */
int
extract_lexicon(const struct rules *r, int (*fn)(const char *w, size_t n, unsigned bit, void *arg),
    void *arg)
{
	const struct {
		const struct rule_list *list;
		uint32_t bit;
	} lists[] = {{&r->commentators, EX_LEX_COMMENTATOR}};
	int rc;

	for (size_t l = 0; l < EX_NLEXICON; l++) {
		const struct ex_lexlist *x = &EX_LEXICON[l];

		for (size_t i = 0; i < *x->n; i++)
			if ((rc = fn(x->w[i].s, x->w[i].n, x->bit, arg)) != 0)
				return rc;
	}
	for (size_t l = 0; l < EX_NWORDS(lists); l++) {
		const struct rule_list *list = lists[l].list;

		for (size_t i = 0; i < list->n; i++)
			if (list->lens[i] > 0 && strpbrk(list->items[i], " \t\n\r\f\v") == NULL &&
			    (rc = fn(list->items[i], list->lens[i], lists[l].bit, arg)) != 0)
				return rc;
	}
	return 0;
}

/* ex_determiner - 1 for "the", "a", "an", "its", "their". */
int
ex_determiner(const char *w, size_t n)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("a"), EX_W("an"), EX_W("its"), EX_W("their"), EX_W("his"),
	    EX_W("her")};

	return ex_word_in(DET, EX_NWORDS(DET), w, n);
}
/* ex_facility_at - 1 if a facility word ("plant", "factory", "mill") starts at
 * byte k as a word. */
int
ex_facility_at(const char *t, size_t len, size_t k)
{
	static const struct ex_word FACILITY[] = {
	    EX_W("plant"), EX_W("plants"), EX_W("factory"), EX_W("factories"), EX_W("mill"),
	    EX_W("refinery"), EX_W("smelter"), EX_W("shipyard"), EX_W("yard"), EX_W("mine"),
	    EX_W("terminal"), EX_W("construction")};
	size_t n = 0;

	if (k > 0 && ex_word_byte((unsigned char)t[k - 1]))
		return 0;
	while (k + n < len && ex_word_byte((unsigned char)t[k + n]))
		n++;
	return n > 0 && ex_word_in(FACILITY, EX_NWORDS(FACILITY), t + k, n);
}
/* ex_count_word - 1 for a count or quantifier before a plural noun: a number in
 * digits or words, "all", "several", "some", "most", "many", "more", "other". */
int
ex_count_word(const char *w, size_t n)
{
	static const struct ex_word COUNT[] = {
	    EX_W("two"), EX_W("three"), EX_W("four"), EX_W("five"), EX_W("six"), EX_W("seven"),
	    EX_W("eight"), EX_W("nine"), EX_W("ten"), EX_W("eleven"), EX_W("twelve"),
	    EX_W("dozen"), EX_W("dozens"), EX_W("hundreds"), EX_W("all"), EX_W("several"),
	    EX_W("some"), EX_W("most"), EX_W("many"), EX_W("more"), EX_W("other"),
	    EX_W("further")};

	if (n > 0 && w[0] >= '0' && w[0] <= '9')
		return 1;
	return ex_word_in(COUNT, EX_NWORDS(COUNT), w, n);
}
/* ex_function_word - 1 for a word that cannot follow an adjective: "in the US and ...". */
int
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
/* ex_opinion_at - an opinion word that is no part of "think tank(s)". */
int
ex_opinion_at(const struct ex_ctx *ctx, size_t ws, size_t wl, size_t e)
{
	static const struct ex_word TANK[] = {EX_W("tank"), EX_W("tanks")};
	const char *t = ctx->text;
	size_t p = ws + wl, ns, nl;

	if (!rules_list_has(&ctx->r->opinion_words, t + ws, wl))
		return 0;
	if (wl != 5 || ex_ncasecmp(t + ws, "think", 5) != 0 || p >= e || (t[p] != ' ' && t[p] != '-'))
		return 1;
	nl = ex_word_after(t, p + 1, e, &ns);
	return !(ns == p + 1 && ex_word_in(TANK, EX_NWORDS(TANK), t + ns, nl));
}
/* ex_question - 1 if the sentence ends with a question mark (quotes aside, and
 * the emphasis marks of a bold or italic heading: "**Did China cut its
 * tariffs?**", "_Will Japan buy more rice?_"). */
int
ex_question(const char *t, size_t s, size_t e)
{
	while (e > s) {
		unsigned char c = (unsigned char)t[e - 1];

		if (c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == ')' || c == '*' || c == '_' ||
		    c == 0x9d || c == 0x99 || c == 0x80 || c == 0xe2) {
			e--;
			continue;
		}
		return c == '?';
	}
	return 0;
}
/* ex_affirmed_question - 1 if the question ending at e ends its paragraph and the
 * next turn opens by affirming it ("Q: Will India cut tariffs on salmon too? /
 * KYLE: Yes, they are being phased in."): the answer takes the question's
 * measure.  Not when the answer's first sentence denies or defers ("No.",
 * "Yes, but not yet", "It is not"), nor when it opens otherwise.  The caller
 * has found the sentence a question (ex_question). */
int
ex_affirmed_question(const char *t, size_t len, size_t e)
{
	static const char *const YES[] = {"yes", "yeah", "indeed", "correct", "certainly", "absolutely",
	    "it is", "it does", "it has", "it will", "they are", "they have", "they will", "those are",
	    "that is right", "that was confirmed", "that is correct"};
	static const struct ex_word DENY[] = {EX_W("no"), EX_W("not"), EX_W("never"), EX_W("yet"),
	    EX_W("but"), EX_W("none")};
	size_t a = e, lab, k, ws, wl;
	int nl = 0;

	for (; a < len && (t[a] == ' ' || t[a] == '\t' || t[a] == '\r' || t[a] == '\n' || t[a] == '"'); a++)
		nl += t[a] == '\n';
	if (nl == 0 || a >= len)
		return 0;
	/* A speaker's label: "KYLE:", "Minister Akazawa:", "A:". */
	for (lab = a; lab < len && lab < a + 40 && t[lab] != '\n' && t[lab] != '.' && t[lab] != ':'; lab++)
		;
	if (lab < len && t[lab] == ':')
		for (a = lab + 1; a < len && t[a] == ' '; a++)
			;
	for (k = 0; k < EX_NWORDS(YES); k++) {
		size_t n = strlen(YES[k]);

		if (a + n < len && ex_ncasecmp(t + a, YES[k], n) == 0 && !ex_word_byte((unsigned char)t[a + n]))
			break;
	}
	if (k == EX_NWORDS(YES))
		return 0;
	for (k = a; k < len && t[k] != '.' && t[k] != '!' && t[k] != '?' && t[k] != '\n'; k++) {
		if (t[k] == '\'' && k + 1 < len && t[k + 1] == 't' && k > a && t[k - 1] == 'n')
			return 0;
		if (ex_word_byte((unsigned char)t[k]) && (k == a || !ex_word_byte((unsigned char)t[k - 1])) &&
		    (wl = ex_word_after(t, k, len, &ws)) > 0 && ex_word_in(DENY, EX_NWORDS(DENY), t + ws, wl))
			return 0;
	}
	return 1;
}
/* ex_present_question - 1 if the question [s,e) (a speaker's label aside)
 * opens with a present auxiliary: "Does the suspension apply already?", "Is the
 * 15% rate still applied?" ask of a state, "Will India cut ...?" of a future. */
int
ex_present_question(const char *t, size_t s, size_t e)
{
	static const struct ex_word AUX[] = {EX_W("does"), EX_W("do"), EX_W("is"), EX_W("are"),
	    EX_W("has"), EX_W("have")};
	const char *colon = memchr(t + s, ':', e - s < 40 ? e - s : 40);
	size_t ws, wl = ex_word_after(t, colon != NULL ? (size_t)(colon - t) + 1 : s, e, &ws);

	return wl > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl);
}
/* ex_false_claim - 1 if the sentence is a fact-check's verdict on a claim:
 * a claim noun or participle with its "that" clause ("The claim that Beijing
 * promised to double its pork purchases", "A post claiming that the EU will
 * drop ...") and then "is/are/was/were" (an adverb may stand between) with a
 * verdict of falsehood that ends the clause ("is false.", "is not true,
 * officials said", "are wholly untrue;").  What the clause tells is what
 * the text denies: no commitment.  Words are read up to 64. */
int
ex_false_claim(const char *t, size_t s, size_t e)
{
	static const struct ex_word CLAIM[] = {
	    EX_W("claim"), EX_W("claims"), EX_W("claiming"), EX_W("report"), EX_W("reports"),
	    EX_W("assertion"), EX_W("assertions"), EX_W("suggestion"), EX_W("suggestions"),
	    EX_W("suggesting"), EX_W("rumour"), EX_W("rumours"), EX_W("rumor"), EX_W("rumors"),
	    EX_W("notion"), EX_W("allegation"), EX_W("allegations"), EX_W("saying")};
	static const struct ex_word BE[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were")};
	static const struct ex_word ADV[] = {
	    EX_W("also"), EX_W("simply"), EX_W("completely"), EX_W("entirely"), EX_W("wholly"),
	    EX_W("totally"), EX_W("flatly"), EX_W("plainly"), EX_W("clearly"), EX_W("not")};
	size_t k = s, ws, wl, claim = 0;

	for (int n = 0; n < 64 && k < e; n++) {
		size_t w2s, w2l;

		/* Past a byte that opens no word ("$1 trillion", a quote). */
		if ((wl = ex_word_after(t, k, e, &ws)) == 0) {
			k = ws + 1;
			continue;
		}
		k = ws + wl;
		if (!claim) {
			claim = ex_word_in(CLAIM, EX_NWORDS(CLAIM), t + ws, wl) &&
			    ex_word_after(t, k, e, &w2s) == 4 && ex_ncasecmp(t + w2s, "that", 4) == 0;
			continue;
		}
		if (!ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
			continue;
		/* An opening quote before the verdict: are "completely baseless". */
		w2s = k;
		while (w2s < e && (t[w2s] == ' ' || t[w2s] == '"' || t[w2s] == '\''))
			w2s++;
		if (w2s + 3 <= e && (unsigned char)t[w2s] == 0xe2 && (unsigned char)t[w2s + 1] == 0x80)
			w2s += 3;
		w2l = ex_word_after(t, w2s, e, &w2s);
		/* "is simply false"; "is not true", "is not accurate" */
		if (w2l > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + w2s, w2l)) {
			int neg = w2l == 3 && ex_ncasecmp(t + w2s, "not", 3) == 0;

			w2l = ex_word_after(t, w2s + w2l, e, &w2s);
			if (neg && !((w2l == 4 && ex_ncasecmp(t + w2s, "true", 4) == 0) ||
			    (w2l == 8 && ex_ncasecmp(t + w2s, "accurate", 8) == 0)))
				continue;
		}
		if (w2l == 0 || (!ex_word_in(EX_FALSE_WORDS, EX_NFALSE_WORDS, t + w2s, w2l) &&
		    !(w2l == 4 && ex_ncasecmp(t + w2s, "true", 4) == 0) && !(w2l == 8 && ex_ncasecmp(t + w2s, "accurate", 8) == 0)))
			continue;
		/* "is true" without "not" is no verdict of falsehood. */
		if ((w2l == 4 && ex_ncasecmp(t + w2s, "true", 4) == 0) || (w2l == 8 && ex_ncasecmp(t + w2s, "accurate", 8) == 0)) {
			size_t ps, pl = ex_word_before(t, w2s, s, &ps);

			if (!(pl == 3 && ex_ncasecmp(t + ps, "not", 3) == 0))
				continue;
		}
		/* The verdict ends the clause: a stop, a comma, a quote or the end. */
		for (k = w2s + w2l; k < e && t[k] == ' '; k++)
			;
		return k >= e || t[k] == '.' || t[k] == ',' || t[k] == ';' || t[k] == '"' || t[k] == '\'' ||
		    (unsigned char)t[k] == 0xe2 || t[k] == ')' || t[k] == '\n';
	}
	return 0;
}
/* ex_outlet_label - 1 if a speaker label in capitals naming a reporter or an
 * outlet opens t[ls,e): "CORRESPONDENT (Asahi-style daily):", "TV STATION:",
 * "FINANCIAL DAILY:" (a transcript's question turn); "SPOKESPERSON:" and
 * "OFFICIAL:", "PRESS SECRETARY:" are the answering side. */
static int
ex_outlet_label(const char *t, size_t ls, size_t e)
{
	static const struct ex_word OUTLET[] = {
	    EX_W("correspondent"), EX_W("journalist"), EX_W("reporter"), EX_W("wire"),
	    EX_W("daily"), EX_W("tv"), EX_W("station"), EX_W("channel"), EX_W("times"),
	    EX_W("news"), EX_W("post"), EX_W("journal"), EX_W("magazine"),
	    EX_W("newspaper"), EX_W("radio"), EX_W("agency"), EX_W("broadcaster")};
	size_t p = ls, ws, wl;
	int outlet = 0;

	for (int w = 0; w < 6 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++) {
		for (size_t k = ws; k < ws + wl; k++)
			if (t[k] >= 'a' && t[k] <= 'z')
				return 0;
		outlet |= ex_word_in(OUTLET, EX_NWORDS(OUTLET), t + ws, wl);
		p = ws + wl;
		/* "CORRESPONDENT (Asahi-style daily):": the outlet in brackets. */
		if (p + 1 < e && t[p] == ' ' && t[p + 1] == '(') {
			const char *c = memchr(t + p, ')', e - p);

			return outlet && c != NULL && (size_t)(c - t) + 1 < e && c[1] == ':';
		}
		if (p < e && t[p] == ':')
			return outlet;
	}
	return 0;
}
/* ex_asker_comma_label - 1 if a speaker label "<asker>, <Outlet Name>:" opens
 * t[ls,e): "Reporter, Pacific Wire:", "Question, Evening Times:" (a
 * transcript's question turn, the outlet after a comma).  Every word up to
 * the colon starts with a capital or a digit, so "Reporter, who asked ..." is
 * no label. */
static int
ex_asker_comma_label(const char *t, size_t ls, size_t e)
{
	static const struct ex_word ASKER[] = {
	    EX_W("reporter"), EX_W("journalist"), EX_W("correspondent"), EX_W("question"),
	    EX_W("interviewer"), EX_W("host")};
	size_t p, ws, wl = ex_word_after(t, ls, e, &ws);

	if (wl == 0 || ws != ls || !ex_word_in(ASKER, EX_NWORDS(ASKER), t + ws, wl))
		return 0;
	p = ws + wl;
	if (p >= e || t[p] != ',')
		return 0;
	p++;
	for (int w = 0; w < 6; w++) {
		while (p < e && t[p] == ' ')
			p++;
		if (p >= e || !((t[p] >= 'A' && t[p] <= 'Z') || (t[p] >= '0' && t[p] <= '9')))
			return 0;
		while (p < e && t[p] != ' ' && t[p] != ':' && t[p] != '\n')
			p++;
		if (p < e && t[p] == ':')
			return 1;
	}
	return 0;
}
/* ex_asker_turn - 1 if the paragraph holding t[s] is an interviewer's or a
 * reporter's turn ("Question: Some media report that ...", "HOST: The Americans
 * want ..."): the asker reports or asks, no party commits. */
int
ex_asker_turn(const char *t, size_t s, size_t e)
{
	static const struct ex_word ASK[] = {
	    EX_W("question:"), EX_W("q:"), EX_W("host:"), EX_W("interviewer:"), EX_W("reporter:")};
	size_t lo = s > 4097 ? s - 4097 : 0, ls;
	const char *nl = memrchr(t + lo, '\n', s - lo);

	if (nl != NULL)
		ls = (size_t)(nl - t) + 1;
	else if (s - lo == 4097)
		return 0;  /* no paragraph start near: no turn label either */
	else
		ls = 0;
	while (ls < e && (t[ls] == ' ' || t[ls] == '\t'))
		ls++;
	return ex_prefix_in(ASK, EX_NWORDS(ASK), t + ls, e - ls, 1) || ex_outlet_label(t, ls, e) ||
	    ex_asker_comma_label(t, ls, e);
}
/* ex_asked_end - the comma closing a reporter's question that opens sentence
 * [s,e) ("Asked on Friday, a spokesman said ...", "When asked about the
 * purchases,"), else s.  The question asks; the main clause answers.  Not a
 * yes-or-no question ("Asked whether Washington would ease its tariff, Trump
 * said he would consider it"): the answer may take its measure by a pronoun. */
size_t
ex_asked_end(const char *t, size_t s, size_t e)
{
	static const struct ex_word YESNO[] = {EX_W("whether"), EX_W("if")};
	size_t ws, wl = ex_word_after(t, s, e, &ws), hi;

	if (wl == 4 && ex_ncasecmp(t + ws, "when", 4) == 0)
		wl = ex_word_after(t, ws + wl, e, &ws);
	if (wl != 5 || ex_ncasecmp(t + ws, "asked", 5) != 0)
		return s;
	hi = e < ws + 200 ? e : ws + 200;
	for (size_t k = ws + wl; k + 1 < hi; k++) {
		if (t[k] == ';' || t[k] == '?' || t[k] == ':')
			return s;
		if (t[k] == ',' && t[k + 1] == ' ')
			return k;
		if (ex_word_byte((unsigned char)t[k]) && !ex_word_byte((unsigned char)t[k - 1]) &&
		    (wl = ex_word_after(t, k, hi, &ws)) > 0 && ex_word_in(YESNO, EX_NWORDS(YESNO), t + ws, wl))
			return s;
	}
	return s;
}
/* ex_question_before - the interviewer's turn [*qs,*qe) right before the answer
 * paragraph that holds t[s]: "Q: And the port fees? Will you make the suspension
 * permanent?" before "OFFICIAL: The suspension runs to November."  The goods an
 * answer leaves out are the question's.  0 if the paragraph before is no asker's
 * turn (or none is near). */
int
ex_question_before(const char *t, size_t s, size_t *qs, size_t *qe)
{
	size_t lo = s > 4097 ? s - 4097 : 0, k;
	const char *nl = memrchr(t + lo, '\n', s - lo);

	if (nl == NULL)
		return 0;
	for (k = (size_t)(nl - t); k > lo && (t[k - 1] == '\n' || t[k - 1] == '\r' ||
	    t[k - 1] == ' ' || t[k - 1] == '\t'); k--)
		;
	if (k == lo || (nl = memrchr(t + lo, '\n', k - lo)) == NULL)
		return 0;
	*qs = (size_t)(nl - t) + 1;
	*qe = k;
	return ex_asker_turn(t, *qs + 1, *qe);
}
static const struct ex_word EX_MONTHS[] = {
	EX_W("january"), EX_W("february"), EX_W("march"), EX_W("april"), EX_W("may"),
	EX_W("june"), EX_W("july"), EX_W("august"), EX_W("september"), EX_W("october"),
	EX_W("november"), EX_W("december"), EX_W("jan"), EX_W("feb"), EX_W("mar"), EX_W("apr"),
	EX_W("jun"), EX_W("jul"), EX_W("aug"), EX_W("sep"), EX_W("sept"), EX_W("oct"),
	EX_W("nov"), EX_W("dec")
};
/* ex_is_month - 1 if t[0..n) names a month. */
int
ex_is_month(const char *t, size_t n)
{
	return ex_word_in(EX_MONTHS, EX_NWORDS(EX_MONTHS), t, n);
}
/* ex_month_number - the month (1-12) t[0..n) names, in full or abbreviated
 * (EX_MONTHS, either case), *abbr 1 for an abbreviation; else 0. */
int
ex_month_number(const char *t, size_t n, int *abbr)
{
	/* The months of EX_MONTHS' abbreviations, in their order ("may" has none). */
	static const unsigned char ABBR_MONTH[] = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};

	for (size_t i = 0; i < EX_NWORDS(EX_MONTHS); i++)
		if (EX_MONTHS[i].n == n && ex_ncasecmp(t, EX_MONTHS[i].s, n) == 0) {
			*abbr = i >= 12;
			return i < 12 ? (int)i + 1 : ABBR_MONTH[i - 12];
		}
	return 0;
}
/* ex_capitalised_run - the run of capitalised words from pos forward (dir 1) or
 * ending at pos (dir -1), at most 4 words; returns its length and start. */
size_t
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
/* ex_only_determiner - 1 if t[a,b) holds only spaces and at most one determiner. */
int
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
 * "their", "this" or "that", or a time's possessive ("last year's", "October's")
 * (at most three modifiers between). */
int
ex_definite_np(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word DEF[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that"), EX_W("his"),
	    EX_W("her"), EX_W("our"), EX_W("these"), EX_W("those")};
	/* "last year's truce", "October's deal": a time owns a known one. */
	static const struct ex_word WHEN[] = {
	    EX_W("year's"), EX_W("month's"), EX_W("week's"), EX_W("summer's"), EX_W("autumn's"),
	    EX_W("spring's"), EX_W("winter's"), EX_W("today's"), EX_W("yesterday's")};
	size_t ws, wl;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_word_in(DEF, EX_NWORDS(DEF), t + ws, wl) || ex_word_in(WHEN, EX_NWORDS(WHEN), t + ws, wl) ||
		    (wl > 2 && t[ws + wl - 2] == '\'' && ex_is_month(t + ws, wl - 2)))
			return 1;
		if (ex_determiner(t + ws, wl) || ex_function_word(t + ws, wl))
			return 0;
		pos = ws;
	}
	return 0;
}
/* ex_named_owner - 1 if a name's possessive ("the UK's tariff-free quota",
 * "the EU\u2019s quota") stands among the modifiers of the noun phrase ending
 * before pos: the noun is that party's own, no reference back. */
int
ex_named_owner(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl, oe;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_determiner(t + ws, wl) || ex_function_word(t + ws, wl))
			return 0;
		if ((oe = ex_curly_owner_end(t, ws, wl, lo)) > 0 && ex_word_before(t, oe, lo, &ws) == 0)
			oe = 0;
		else if (oe == 0 && wl > 2 && ex_possessive_len(t, ws + wl - 2, ws + wl) == 2)
			oe = ws + wl - 2;
		if (oe > 0 && t[ws] >= 'A' && t[ws] <= 'Z')
			return 1;
		pos = ws;
	}
	return 0;
}
/* ex_hyphen_start - the start of the hyphenated compound that pos lies in
 * ("zero-tariff" for "tariff"), else pos: the noun phrase before it is
 * read from there. */
size_t
ex_hyphen_start(const char *t, size_t lo, size_t pos)
{
	while (pos > lo + 1 && t[pos - 1] == '-' && ex_word_byte((unsigned char)t[pos - 2]))
		for (pos--; pos > lo && ex_word_byte((unsigned char)t[pos - 1]); pos--)
			;
	return pos;
}
/* ex_relative - 1 if the clause at t opens with a relative pronoun. */
int
ex_relative(const char *t, size_t n)
{
	static const struct ex_word REL[] = {
	    EX_W("which "), EX_W(", which "), EX_W(", who "), EX_W("who ")};

	return ex_prefix_in(REL, EX_NWORDS(REL), t, n, 1);
}
/* ex_habit_relative - 1 if "who" stands right before the verb at pos ("growers,
 * who ship ..."), or "which" or "that" before a plain "buy(s)" or "import(s)":
 * people and firms doing business, not a deal's terms ("a pact that caps the
 * tariff", "which caps" still state them). */
int
ex_habit_relative(const char *t, size_t lo, size_t pos, size_t end)
{
	static const struct ex_word REL[] = {EX_W("which"), EX_W("that")};
	static const struct ex_word BUY[] = {
	    EX_W("buy"), EX_W("buys"), EX_W("import"), EX_W("imports")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	if (wl == 3 && ex_ncasecmp(t + ws, "who", 3) == 0)
		return 1;
	/* "battery makers, which buy most of their graphite from China": a
	 * buyer's habit; "a pact that caps the tariff" still states terms. */
	return ex_word_in(REL, EX_NWORDS(REL), t + ws, wl) &&
	    ex_word_in(BUY, EX_NWORDS(BUY), t + pos, end - pos);
}
/* ex_deal_named - 1 if a word of t[s,hi) names a deal, pledge or target
 * ("under the accord", "the protocol", "agreed", "the target"): buying told
 * there can be a commitment's progress. */
int
ex_deal_named(const char *t, size_t s, size_t hi)
{
	static const struct ex_word DEAL[] = {
	    EX_W("deal"), EX_W("deals"), EX_W("agreement"), EX_W("pact"), EX_W("accord"),
	    EX_W("truce"), EX_W("treaty"), EX_W("framework"), EX_W("pledge"), EX_W("pledged"),
	    EX_W("commitment"), EX_W("commitments"), EX_W("promise"), EX_W("promised"),
	    EX_W("target"), EX_W("agreed"), EX_W("committed"), EX_W("protocol"), EX_W("protocols")};

	return ex_span_word_in(DEAL, EX_NWORDS(DEAL), t, s, hi);
}
/* ex_market_flow - 1 if the purchase or investment word at [pos,end) tells a
 * flow going on in a market rather than a deal: "still" right before a plain
 * verb ("refiners still buy some Russian crude", "we still import from
 * Japan"), or the noun "investment" followed within three words by
 * "continue(s) to" or "keep(s)" and a verb of flowing ("Chinese investment
 * continues to flow into", "Korean investment keeps pouring into").  The
 * sentence [s,hi) must name no deal, pledge or target ("still buys US sorghum
 * under the truce" is its progress); the caller asks that it name no status
 * cue outside the phrase [*fs,*fe) set here.  A verb of increase ("has
 * stepped up purchases of US wheat") is left alone: in a story of a deal it
 * reads as the deal's progress. */
int
ex_market_flow(const char *t, size_t s, size_t lo, size_t pos, size_t end, size_t hi, size_t *fs, size_t *fe)
{
	static const struct ex_word PLAIN[] = {
	    EX_W("buy"), EX_W("buys"), EX_W("import"), EX_W("imports"), EX_W("invest"),
	    EX_W("invests"), EX_W("purchase"), EX_W("purchases")};
	static const struct ex_word NOUN[] = {EX_W("investment"), EX_W("investments"), EX_W("money")};
	static const struct ex_word GO[] = {
	    EX_W("continue"), EX_W("continues"), EX_W("keep"), EX_W("keeps")};
	static const struct ex_word FLOW[] = {
	    EX_W("flow"), EX_W("flowing"), EX_W("pour"), EX_W("pouring"), EX_W("stream"), EX_W("streaming")};
	size_t ws, wl, ns, nl, p;

	*fs = pos;
	*fe = end;
	wl = ex_word_before(t, pos, lo, &ws);
	if (wl == 5 && ex_ncasecmp(t + ws, "still", 5) == 0 && ex_word_in(PLAIN, EX_NWORDS(PLAIN), t + pos, end - pos)) {
		*fs = ws;
		/* the sentence is read only once the phrase is found */
		return !ex_deal_named(t, s, hi);
	}
	if (!ex_word_in(NOUN, EX_NWORDS(NOUN), t + pos, end - pos))
		return 0;
	p = end;
	for (int w = 0; w < 3 && (nl = ex_word_after(t, p, hi, &ns)) > 0; w++, p = ns + nl)
		if (ex_word_in(GO, EX_NWORDS(GO), t + ns, nl)) {
			p = ns + nl;
			nl = ex_word_after(t, p, hi, &ns);
			if (nl == 2 && ex_ncasecmp(t + ns, "to", 2) == 0)
				p = ns + nl, nl = ex_word_after(t, p, hi, &ns);
			*fe = ns + nl;
			return nl > 0 && ex_word_in(FLOW, EX_NWORDS(FLOW), t + ns, nl) &&
			    !ex_deal_named(t, s, hi);
		}
	return 0;
}
/*
 * ex_market_share - 1 if sentence [s,hi) gives a share of a market's trade: a
 * percentage ("60%", "46 per cent") or a fraction ("half", "two thirds", "a
 * fifth") then "of" and, at most four words on, "exports", "imports",
 * "supply" or "shipments" ("about two thirds of Canada's seed exports", "a
 * fifth of U.S. LNG exports", "more than half of the bloc's LNG supply"): a
 * trade statistic, whose buying is no one's commitment.  "60% of the target"
 * names no trade and is left alone.
 */
int
ex_market_share(const char *t, size_t s, size_t hi)
{
	static const struct ex_word PART[] = {
	    EX_W("half"), EX_W("third"), EX_W("thirds"), EX_W("quarter"), EX_W("quarters"),
	    EX_W("fifth"), EX_W("fifths"), EX_W("tenth"), EX_W("tenths"), EX_W("percent"),
	    EX_W("cent")};
	static const struct ex_word TRADE[] = {
	    EX_W("exports"), EX_W("imports"), EX_W("supply"), EX_W("supplies"), EX_W("shipments")};
	size_t ws, wl, ps, pl, lim;

	for (size_t k = s; k < hi; k = ws + (wl > 0 ? wl : 1)) {
		if ((wl = ex_word_after(t, k, hi, &ws)) != 2 || ex_ncasecmp(t + ws, "of", 2) != 0 || ws < s + 2)
			continue;
		/* "60% of", "two thirds of". */
		if (t[ws - 1] != ' ' || (t[ws - 2] != '%' &&
		    ((pl = ex_word_before(t, ws, s, &ps)) == 0 || !ex_word_in(PART, EX_NWORDS(PART), t + ps, pl))))
			continue;
		/* At most about four words on, within the phrase ("of Canada's seed exports"). */
		lim = ws + 2 + 40 < hi ? ws + 2 + 40 : hi;
		for (size_t q = ws + 2, n; q < lim; q = ps + (n > 0 ? n : 1)) {
			if ((n = ex_word_after(t, q, lim, &ps)) > 0 && ex_word_in(TRADE, EX_NWORDS(TRADE), t + ps, n))
				return 1;
			if (n == 0 && ps < lim && (t[ps] == ',' || t[ps] == ';'))
				break;
		}
	}
	return 0;
}
/*
 * ex_priced_in - the end of "priced in" or "pricing in" in [s,e)
 * ("Traders said the market had long priced in the shortfall", "the market
 * had largely priced in the state purchases"), or EX_NOPOS: what a market
 * has priced in is its expectation, which tells no state of a commitment.
 */
size_t
ex_priced_in(const char *t, size_t s, size_t e)
{
	const char *p = t + s, *end = t + e;

	while (p + 8 <= end && (p = memmem(p, (size_t)(end - p), "pric", 4)) != NULL) {
		size_t at = (size_t)(p - t), ws, wl;

		p += 4;
		if ((at > s && ex_word_byte((unsigned char)t[at - 1])) ||
		    (wl = ex_word_after(t, at, e, &ws)) == 0 ||
		    !ex_word_in(EX_PRICED_WORDS, EX_NPRICED_WORDS, t + ws, wl))
			continue;
		if ((wl = ex_word_after(t, ws + wl, e, &ws)) == 2 && ex_ncasecmp(t + ws, "in", 2) == 0)
			return ws + 2;
	}
	return EX_NOPOS;
}
/*
 * ex_expected_trend - 1 if the purchase noun at [pos,end) is the subject of a
 * forecast: an expecting verb at most four words before it ("expected orders
 * for U.S. pork", "expect Japanese purchases of") and "to" and a verb of
 * change within 80 bytes after it and hi, with no comma between ("to
 * recover", "to pick up"): a market's outlook, no one's commitment.
 */
int
ex_expected_trend(const char *t, size_t lo, size_t pos, size_t end, size_t hi)
{
	static const struct ex_word EXPECT[] = {
	    EX_W("expect"), EX_W("expects"), EX_W("expected"), EX_W("expecting"),
	    EX_W("forecast"), EX_W("forecasts"), EX_W("predict"), EX_W("predicts"),
	    EX_W("predicted"), EX_W("anticipate"), EX_W("anticipates"), EX_W("anticipated")};
	static const struct ex_word CHANGE[] = {
	    EX_W("recover"), EX_W("rebound"), EX_W("rise"), EX_W("pick"), EX_W("increase"),
	    EX_W("improve"), EX_W("grow"), EX_W("climb"), EX_W("jump"), EX_W("fall"),
	    EX_W("slow"), EX_W("drop"), EX_W("decline"), EX_W("surge"), EX_W("strengthen"),
	    EX_W("weaken"), EX_W("soften"), EX_W("firm"), EX_W("slump"), EX_W("ease")};
	size_t ws, wl, p = pos;
	const char *a;
	int w, found = 0;

	for (w = 0; w < 5 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws)
		if (ex_word_in(EXPECT, EX_NWORDS(EXPECT), t + ws, wl)) {
			found = 1;
			break;
		}
	if (!found)
		return 0;
	if (hi > end + 80)
		hi = end + 80;
	if (hi <= end || (a = memmem(t + end, hi - end, " to ", 4)) == NULL ||
	    memchr(t + end, ',', (size_t)(a - t) - end) != NULL)
		return 0;
	wl = ex_word_after(t, (size_t)(a - t) + 3, hi, &ws);
	return wl > 0 && ex_word_in(CHANGE, EX_NWORDS(CHANGE), t + ws, wl);
}
/*
 * ex_price_choice - 1 if the purchase verb at [pos,end) is what buyers "can" or
 * "could" do at a better price ("mills can buy Brazilian corn more cheaply",
 * "could import cheaper Australian barley", "can source it at a discount"): a
 * market's choice, no one's commitment.  The price word is looked for up to
 * twelve words after the verb, within hi.
 */
int
ex_price_choice(const char *t, size_t lo, size_t pos, size_t end, size_t hi)
{
	static const struct ex_word MODAL[] = {EX_W("can"), EX_W("could")};
	static const struct ex_word SKIP[] = {
	    EX_W("now"), EX_W("still"), EX_W("easily"), EX_W("also"), EX_W("already")};
	static const struct ex_word PRICE[] = {
	    EX_W("cheaply"), EX_W("cheaper"), EX_W("cheap"), EX_W("discount"),
	    EX_W("discounted"), EX_W("lower-priced"), EX_W("cheapest")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws), p = end;

	if (wl > 0 && ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl == 0 || !ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
		return 0;
	for (int w = 0; w < 12 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl)
		if (ex_word_in(PRICE, EX_NWORDS(PRICE), t + ws, wl))
			return 1;
	return 0;
}
/*
 * ex_share_figure - 1 if the verb at [pos,end) states what share of its own
 * supply a buyer takes ("still buys about 9% of its LNG from Russia", "takes a
 * third of their wheat from Canada", "buys most of its wheat from the United
 * States", "the bulk of its soybeans"): a plain verb, no "to", "will" or "would"
 * before it, and a share ("%", "per cent", "half", "a third") followed by "of
 * its", "of their" or "of" and a possessive ("70% of Argentina's beef
 * exports") within six words after it.
 */
int
ex_share_figure(const char *t, size_t lo, size_t pos, size_t end, size_t hi)
{
	static const struct ex_word MODAL[] = {
	    EX_W("to"), EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("must"), EX_W("can"),
	    EX_W("could"), EX_W("may"), EX_W("might")};
	static const struct ex_word ADV[] = {
	    EX_W("still"), EX_W("already"), EX_W("also"), EX_W("now"), EX_W("currently")};
	static const struct ex_word PART[] = {
	    EX_W("half"), EX_W("third"), EX_W("quarter"), EX_W("fifth"), EX_W("tenth"),
	    EX_W("percent"), EX_W("cent"), EX_W("most"), EX_W("much"), EX_W("bulk"),
	    EX_W("majority")};
	size_t ws, wl, p = pos;
	int share = 0;

	while ((wl = ex_word_before(t, p, lo, &ws)) > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl))
		p = ws;
	if (wl > 0 && ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
		return 0;
	p = end;
	for (int w = 0; w < 6 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl) {
		if (ws + wl < hi && t[ws + wl] == '%') {
			share = 1;
			wl++;
			continue;
		}
		if (ex_word_in(PART, EX_NWORDS(PART), t + ws, wl)) {
			share = 1;
			continue;
		}
		if (share && wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0) {
			wl = ex_word_after(t, ws + 2, hi, &ws);
			/* "buys about 70% of Argentina's beef exports" (or
			 * "Argentina\u2019s": the curly apostrophe ends the word). */
			return (wl == 3 && ex_ncasecmp(t + ws, "its", 3) == 0) ||
			    (wl == 5 && ex_ncasecmp(t + ws, "their", 5) == 0) ||
			    (wl > 2 && t[ws + wl - 2] == '\'' && (t[ws + wl - 1] == 's' || t[ws + wl - 1] == 'S')) ||
			    ex_possessive_len(t, ws + wl, hi) == 4;
		}
	}
	return 0;
}
/* ex_amount_bound - 1 if "less than", "fewer than" or "more than" stands at pos,
 * the rest of a bound on an amount after "no" ("buy no less than $2 billion",
 * "no fewer than 20 jets"): the verb takes the amount, not nothing. */
static int
ex_amount_bound(const char *t, size_t pos, size_t hi)
{
	static const char *const BOUND[] = {"less than", "fewer than", "more than"};
	size_t p = quantity_skip_space(t, hi, pos);

	for (size_t i = 0; i < EX_NWORDS(BOUND); i++)
		if (quantity_phrase(t, hi, p, BOUND[i]) > 0)
			return 1;
	return 0;
}
/* ex_takes_none - 1 if the verb or verb noun ending at end takes nothing: "no"
 * goods right after it ("imported no US coal", "bought no soybeans"), or a
 * negated "apply" or "cover" within five words ("The zero-tariff treatment does
 * not apply to minerals", "the cut will not cover rice", "the suspension does
 * not affect the tariffs on cranes", "the offer does not include rice"): what it
 * names is left out. */
int
ex_takes_none(const char *t, size_t end, size_t hi)
{
	static const struct ex_word APPLY[] = {
	    EX_W("apply"), EX_W("applies"), EX_W("cover"), EX_W("covers"), EX_W("extend"),
	    EX_W("extends"), EX_W("affect"), EX_W("affects"), EX_W("include"), EX_W("includes")};
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("were"), EX_W("is"), EX_W("are")};
	static const struct ex_word TALKED[] = {
	    EX_W("discussed"), EX_W("raised"), EX_W("mentioned"), EX_W("included"),
	    EX_W("covered"), EX_W("addressed"), EX_W("agreed")};
	size_t ws, wl = ex_word_after(t, end, hi, &ws), p;
	int neg = 0, be = 0, be_not = 0;

	if (wl == 2 && ex_ncasecmp(t + ws, "no", 2) == 0 && !ex_amount_bound(t, ws + wl, hi))
		return 1;
	for (int w = 0; w < 8 && wl > 0; w++) {
		if (neg && w <= 5 && ex_word_in(APPLY, EX_NWORDS(APPLY), t + ws, wl))
			return 1;
		/* "Purchases of U.S. corn were not discussed", "... was not part of
		 * the deal": the verb noun's own predicate, negated. */
		if (be_not && (ex_word_in(TALKED, EX_NWORDS(TALKED), t + ws, wl) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "part", 4) == 0)))
			return 1;
		neg = (wl == 3 && ex_ncasecmp(t + ws, "not", 3) == 0) ||
		    (wl > 3 && ex_ncasecmp(t + ws + wl - 3, "n't", 3) == 0);
		/* "were not", and "weren't", "wasn't", "isn't", "aren't". */
		be_not = neg && (be || (wl > 3 && (t[ws] == 'w' || t[ws] == 'W' || t[ws] == 'i' ||
		    t[ws] == 'I' || t[ws] == 'a' || t[ws] == 'A') && ex_ncasecmp(t + ws, "won't", 5) != 0));
		be = ex_word_in(BE, EX_NWORDS(BE), t + ws, wl);
		p = ws + wl;
		/* Over the dots of "U.S." and quotation marks ("were \"not
		 * discussed\""), not over a clause's comma or semicolon. */
		while ((wl = ex_word_after(t, p, hi, &ws)) == 0 && ws < hi && (t[ws] == '"' || t[ws] == '.'))
			p = ws + 1;
		if (wl > 0 && memchr(t + p, ',', ws - p) != NULL)
			break;
	}
	return 0;
}
/* ex_comma_participle - 1 if the verb at [pos,end) is an "-ing" participle
 * right after a comma ("one of the largest buyers of US corn, importing 1.4
 * million tonnes last year"): it describes what comes before. */
int
ex_comma_participle(const char *t, size_t lo, size_t pos, size_t end)
{
	size_t p = pos;

	if (end - pos < 5 || ex_ncasecmp(t + end - 3, "ing", 3) != 0)
		return 0;
	while (p > lo && t[p - 1] == ' ')
		p--;
	return p > lo && t[p - 1] == ',';
}
/*
 * ex_not_pledge_context - 1 if the words before the verb at pos in [lo,pos) say
 * the frame is no government's commitment: a consumer buyer ("Korean consumers
 * will be able to buy British pork"), an aim ("will continue to work toward market
 * access for mangoes", "working towards"), or a plain present "import(s)" with
 * no modal or "to" before it, a habit of trade ("make cars in India and import
 * battery packs from Korean suppliers").
 */
int
ex_not_pledge_context(const char *t, size_t lo, size_t pos, size_t end, int nocue)
{
	static const struct ex_word CONSUMER[] = {
	    EX_W("consumers"), EX_W("shoppers"), EX_W("households"), EX_W("diners"),
	    EX_W("motorists"), EX_W("families")};
	static const struct ex_word AIM[] = {
	    EX_W("toward"), EX_W("towards")};
	static const struct ex_word WORK[] = {
	    EX_W("work"), EX_W("works"), EX_W("working"), EX_W("worked")};
	static const struct ex_word MODAL[] = {
	    EX_W("to"), EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("must"), EX_W("can"),
	    EX_W("could"), EX_W("may"), EX_W("might"), EX_W("not")};
	size_t ws, wl, p = pos;

	for (int w = 0; w < 8 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		size_t s2, l2;

		if (ex_word_in(CONSUMER, EX_NWORDS(CONSUMER), t + ws, wl))
			return 1;
		if (w < 4 && ex_word_in(AIM, EX_NWORDS(AIM), t + ws, wl) &&
		    (l2 = ex_word_before(t, ws, lo, &s2)) > 0 && ex_word_in(WORK, EX_NWORDS(WORK), t + s2, l2))
			return 1;
	}
	if (nocue && ((end - pos == 6 && ex_ncasecmp(t + pos, "import", 6) == 0) ||
	    (end - pos == 7 && ex_ncasecmp(t + pos, "imports", 7) == 0))) {
		wl = ex_word_before(t, pos, lo, &ws);
		return wl > 0 && !ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl);
	}
	return 0;
}
/* ex_command_order - 1 if the verb at [pos,end) is "order" as a command, not a
 * purchase: a process noun follows within four words ("ordered its gradual
 * replacement", "ordered a review of", "orders a halt to"), or it is an
 * "executive order". */
int
ex_command_order(const char *t, size_t pos, size_t end, size_t hi)
{
	static const struct ex_word PROC[] = {
	    EX_W("replacement"), EX_W("review"), EX_W("halt"), EX_W("probe"), EX_W("investigation"),
	    EX_W("inquiry"), EX_W("audit"), EX_W("study"), EX_W("removal"), EX_W("withdrawal"),
	    EX_W("suspension"), EX_W("closure"), EX_W("shutdown"), EX_W("recall"), EX_W("phase-out"),
	    EX_W("end"), EX_W("overhaul"), EX_W("ban")};
	size_t ws, wl, p = end;

	if (end - pos < 5 || ex_ncasecmp(t + pos, "order", 5) != 0)
		return 0;
	/* "signed an executive order": a decree. */
	if (ex_word_before(t, pos, 0, &ws) == 9 && ex_ncasecmp(t + ws, "executive", 9) == 0)
		return 1;
	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++) {
		if (ex_word_in(PROC, EX_NWORDS(PROC), t + ws, wl))
			return 1;
		p = ws + wl;
	}
	return 0;
}
/* ex_quoted - 1 if a quotation mark opens in t[s,pos): the words are quoted speech. */
int
ex_quoted(const char *t, size_t s, size_t pos)
{
	for (size_t i = s; i < pos; i++)
		if (t[i] == '"' || ((unsigned char)t[i] == 0xe2 && i + 2 < pos &&
		    (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x9c))
			return 1;
	return 0;
}
/* ex_quote_mark - the length of the quotation mark at t[i] (1 for '"', 3 for a
 * curly one), else 0; *open is set for an opening curly mark. */
static size_t
ex_quote_mark(const char *t, size_t i, size_t e, int *open)
{
	*open = 0;
	if (t[i] == '"')
		return 1;
	if ((unsigned char)t[i] == 0xe2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
	    ((unsigned char)t[i + 2] == 0x9c || (unsigned char)t[i + 2] == 0x9d)) {
		*open = (unsigned char)t[i + 2] == 0x9c;
		return 3;
	}
	return 0;
}
/* ex_scare_quote - 1 if the quotation open at pos is a phrase of the writer's
 * sentence ("officials concede the target is \"behind schedule.\"", "describe
 * the purchases as \"stalled\""): the only mark before pos opens right at pos,
 * and its closing mark follows within four words, before the end e. */
int
ex_scare_quote(const char *t, size_t s, size_t pos, size_t e)
{
	size_t marks = 0, last = 0, n, words = 0;
	int open;

	for (size_t i = s; i < pos; i += n ? n : 1)
		if ((n = ex_quote_mark(t, i, pos, &open)) > 0) {
			marks++;
			last = i + n;
		}
	if (marks != 1 || last != pos)
		return 0;
	for (size_t i = pos; i < e && words <= 4; i += n ? n : 1) {
		if ((n = ex_quote_mark(t, i, e, &open)) > 0)
			return !open && i > pos;
		words += t[i] == ' ';
	}
	return 0;
}
/* ex_quoted_speech - 1 if quoted speech opens in t[s,pos) (ex_quoted), the
 * sentence ending at e; but a phrase of at most four words quoted around the
 * verb at pos, inside the writer's sentence (not at its start nor after a
 * colon), is the writer's, no speech ("Beijing would \"keep issuing\"
 * general licences, exporters said", "agreed to \"phase out\" the tariff,
 * according to analysts").  A quoted noun before the verb ("the \"general
 * licences\" that were supposed to ...") still counts. */
int
ex_quoted_speech(const char *t, size_t s, size_t pos, size_t e)
{
	size_t i = s, j, n, m = 0, words, k;
	int open, shut = 0;

	while (i < pos) {
		if ((n = ex_quote_mark(t, i, pos, &open)) == 0) {
			i++;
			continue;
		}
		/* A closing curly mark first: the speech opened before s. */
		if (!open && t[i] != '"')
			return 1;
		for (k = i; k > s && (t[k - 1] == ' ' || t[k - 1] == '\n'); k--)
			;
		if (k == s || t[k - 1] == ':')
			return 1;
		for (j = i + n, words = 0; j < e && words <= 4; j += m ? m : 1) {
			if ((m = ex_quote_mark(t, j, e, &shut)) > 0)
				break;
			words += t[j] == ' ';
		}
		/* Speech unless the phrase holds the verb at pos itself. */
		return j >= e || words > 4 || m == 0 || shut || j < pos;
	}
	return 0;
}
/* ex_pledge_past - 1 if w[0..n) is a past verb of pledging. */
int
ex_pledge_past(const char *w, size_t n)
{
	static const struct ex_word PLEDGE[] = {
	    EX_W("agreed"), EX_W("promised"), EX_W("pledged"), EX_W("committed"), EX_W("vowed"),
	    EX_W("undertook")};

	return ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), w, n);
}
/* ex_would_need - 1 if the verb at pos follows "would" and a verb of need or
 * the perfect: "China would need to buy 25 Mt to meet the target", "would
 * have to triple its imports", "would have bought more had Washington cut its
 * tariffs", "would have had to buy nearly all of it", "would have needed to
 * import twice as much": what a target asks or a past that did not happen, no
 * promise. */
int
ex_would_need(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word BETWEEN[] = {
	    EX_W("have"), EX_W("need"), EX_W("to"), EX_W("still"), EX_W("first"), EX_W("also"),
	    EX_W("then"), EX_W("had"), EX_W("needed")};
	size_t ws, wl;
	int need = 0;

	for (int w = 0; w < 5 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (wl == 5 && ex_ncasecmp(t + ws, "would", 5) == 0)
			return need;
		if (!ex_word_in(BETWEEN, EX_NWORDS(BETWEEN), t + ws, wl))
			return 0;
		need |= wl == 4 && (ex_ncasecmp(t + ws, "have", 4) == 0 || ex_ncasecmp(t + ws, "need", 4) == 0);
		pos = ws;
	}
	return 0;
}
/* ex_effect_modal - 1 if the verb noun ending at pos is the subject of a modal
 * and a verb of effect: "the reopening would help", "the investment pledge
 * could hollow out the industry", "the cut will boost exports": what a measure
 * does to others, said by anyone, tells nothing of how the measure stands.  A
 * deal noun may stand between; quotation marks are skipped. */
int
ex_effect_modal(const char *t, size_t pos, size_t hi)
{
	static const struct ex_word DEAL[] = {
	    EX_W("pledge"), EX_W("promise"), EX_W("commitment"), EX_W("plan"), EX_W("deal"),
	    EX_W("package"), EX_W("programme"), EX_W("program")};
	static const struct ex_word MODAL[] = {
	    EX_W("would"), EX_W("could"), EX_W("might"), EX_W("may"), EX_W("will"), EX_W("should")};
	static const struct ex_word EFFECT[] = {
	    EX_W("help"), EX_W("hurt"), EX_W("boost"), EX_W("benefit"), EX_W("add"), EX_W("cost"),
	    EX_W("hollow"), EX_W("damage"), EX_W("harm"), EX_W("support"), EX_W("strengthen"),
	    EX_W("weaken"), EX_W("undermine"), EX_W("threaten"), EX_W("create"), EX_W("save"),
	    EX_W("spur"), EX_W("fuel"), EX_W("squeeze"), EX_W("erode"), EX_W("drain"), EX_W("mean"),
	    EX_W("matter"), EX_W("revive"), EX_W("cushion"), EX_W("hit")};
	size_t ws, wl, p;

	wl = ex_word_after(t, pos, hi, &ws);
	if (wl > 0 && ws - pos <= 2 && ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl))
		wl = ex_word_after(t, ws + wl, hi, &ws);
	if (wl == 0 || ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl) ||
	    !ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
		return 0;
	for (p = ws + wl; p < hi && t[p] == ' '; p++)
		;
	if (p < hi && (t[p] == '"' || t[p] == '\''))
		p++;
	else if (p + 3 <= hi && (unsigned char)t[p] == 0xE2 && (unsigned char)t[p + 1] == 0x80)
		p += 3;
	wl = ex_word_after(t, p, hi, &ws);
	return wl > 0 && ex_word_in(EFFECT, EX_NWORDS(EFFECT), t + ws, wl);
}
/* ex_yet_to_pledge - 1 if [lo,pos) holds "yet to" and a verb of promising:
 * "China has yet to agree to buy", "is yet to commit to cutting": nothing
 * was promised ("has yet to deliver the cargoes", a lag, is another reading). */
int
ex_yet_to_pledge(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word PROMISE[] = {
	    EX_W("agree"), EX_W("commit"), EX_W("pledge"), EX_W("promise"), EX_W("sign")};
	size_t ws, wl;

	for (size_t k = lo; k + 7 <= pos; k++) {
		if ((k > lo && ex_word_byte((unsigned char)t[k - 1])) || ex_ncasecmp(t + k, "yet to ", 7) != 0)
			continue;
		wl = ex_word_after(t, k + 6, pos, &ws);
		if (wl > 0 && ex_word_in(PROMISE, EX_NWORDS(PROMISE), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_pronoun_subject - 1 ("they"), 2 ("it") or 3 ("he", "she": a person) if the
 * subject of the verb at pos is a pronoun: "they would be issued", "it has been
 * completed", "they're being shipped", "it has since bought", "they have so far
 * imported" (auxiliaries and adverbs between are skipped). */
int
ex_pronoun_subject(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word PRON[] = {
	    EX_W("they"), EX_W("it"), EX_W("they're"), EX_W("it's"), EX_W("they've"),
	    EX_W("they'll"), EX_W("it'll"), EX_W("they’re"), EX_W("it’s")};
	static const struct ex_word PERSON[] = {
	    EX_W("he"), EX_W("she"), EX_W("he'd"), EX_W("she'd"), EX_W("he'll"), EX_W("she'll")};
	static const struct ex_word AUX[] = {
	    EX_W("would"), EX_W("will"), EX_W("be"), EX_W("been"), EX_W("being"), EX_W("have"),
	    EX_W("has"), EX_W("had"), EX_W("are"), EX_W("is"), EX_W("was"), EX_W("were"),
	    EX_W("also"), EX_W("still"), EX_W("soon"), EX_W("now"), EX_W("finally"),
	    EX_W("should"), EX_W("could"), EX_W("must"), EX_W("can"), EX_W("to"), EX_W("then")};
	/* Only after a perfect's auxiliary: "it has since bought", not "since it
	 * replaces cargoes it already buys" (a habit, no progress of a pledge). */
	static const struct ex_word PERFECT_ADV[] = {
	    EX_W("since"), EX_W("already"), EX_W("so far")};
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had")};
	size_t ws, wl, hs;

	for (int w = 0; w < 5 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_word_in(PRON, EX_NWORDS(PRON), t + ws, wl))
			return ex_lower((unsigned char)t[ws]) == 'i' ? 2 : 1;
		if (ex_word_in(PERSON, EX_NWORDS(PERSON), t + ws, wl))
			return 3;
		/* "so far": the two words as one. */
		if (wl == 3 && ex_ncasecmp(t + ws, "far", 3) == 0 && ws >= lo + 3 &&
		    ex_ncasecmp(t + ws - 3, "so ", 3) == 0) {
			ws -= 3;
			wl += 3;
		}
		if (ex_word_in(PERFECT_ADV, EX_NWORDS(PERFECT_ADV), t + ws, wl)) {
			size_t hl = ex_word_before(t, ws, lo, &hs);

			if (hl == 0 || !ex_word_in(HAVE, EX_NWORDS(HAVE), t + hs, hl))
				return 0;
		} else if (!ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl))
			return 0;
		pos = ws;
	}
	return 0;
}

/* ex_modal_word - 1 if w[0..n) is a modal, "to" or "not": what keeps a verb
 * after it from being told as done. */
int
ex_modal_word(const char *w, size_t n)
{
	static const struct ex_word MODAL[] = {
	    EX_W("to"), EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("should"),
	    EX_W("must"), EX_W("can"), EX_W("could"), EX_W("may"), EX_W("might"),
	    EX_W("not")};

	return ex_word_in(MODAL, EX_NWORDS(MODAL), w, n);
}
/* ex_moved_date - 1 if the date expression t[0..n) tells a date moved to
 * ("postponed to Sept. 1", "pushed back to June 30", "delayed to", "moved to",
 * "brought forward to"): it replaces the date told before it. */
int
ex_moved_date(const char *t, size_t n)
{
	static const struct ex_word MOVED[] = {
	    EX_W("postponed"), EX_W("pushed"), EX_W("delayed"), EX_W("moved"), EX_W("brought")};
	size_t ws, wl = ex_word_after(t, 0, n, &ws);

	return wl > 0 && ex_word_in(MOVED, EX_NWORDS(MOVED), t + ws, wl);
}

/* ex_modal_between - 1 if "will", "would" or "shall" stands as a word in
 * t[lo..hi): a clause there tells an act still to come. */
int
ex_modal_between(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word WILL[] = {EX_W("will"), EX_W("would"), EX_W("shall")};
	size_t ws, wl;

	for (size_t p = lo; p < hi;) {
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0) {
			p = ws + 1;  /* a comma, a stop: passed over */
			continue;
		}
		if (ex_word_in(WILL, EX_NWORDS(WILL), t + ws, wl))
			return 1;
		p = ws + wl;
	}
	return 0;
}

/* ex_after_modal - 1 if the word before pos is a modal or "to": the verb there is
 * a bare infinitive ("should cut", "agreed to set"), not a past form. */
int
ex_after_modal(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	return wl > 0 && ex_modal_word(t + ws, wl);
}

/* ex_past_sequel - 1 if the verb [pos,end) is an "-ing" form right after
 * "before" or "after" and the clause before it, from lo, has a past form in
 * "-ed" and no modal: "Washington imposed a 25% tariff on Korean goods last
 * year before lowering it to 15%", "raised tariffs on Brazilian goods before
 * exempting beef": the sequel of a past act is past too. */
int
ex_past_sequel(const char *t, size_t lo, size_t pos, size_t end)
{
	static const struct ex_word SEQ[] = {EX_W("before"), EX_W("after")};
	size_t ws, wl, p, stop;
	int past = 0;

	if (end < pos + 5 || ex_ncasecmp(t + end - 3, "ing", 3) != 0 ||
	    (wl = ex_word_before(t, pos, lo, &ws)) == 0 || !ex_word_in(SEQ, EX_NWORDS(SEQ), t + ws, wl))
		return 0;
	for (p = lo, stop = ws; p < stop; p = ws + (wl > 0 ? wl : 1)) {
		if ((wl = ex_word_after(t, p, stop, &ws)) == 0)
			continue;
		if (ex_modal_word(t + ws, wl))
			return 0;
		if (wl >= 4 && ex_ncasecmp(t + ws + wl - 2, "ed", 2) == 0)
			past = 1;
	}
	return past;
}
/* ex_emphatic_did - 1 if an emphatic "did" stands before the bare verb at pos, an
 * aside or an adverb perhaps between: the act is told as done ("the regulator
 * did, however, close its investigation", "Mexico did eventually lift its
 * ban").  Not after "never", "nor" or "neither" ("nor did it lift"); "did not"
 * has "not" before the verb. */
int
ex_emphatic_did(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word ASIDE[] = {
	    EX_W("however"), EX_W("indeed"), EX_W("also"), EX_W("then"), EX_W("still"),
	    EX_W("at"), EX_W("least"), EX_W("in"), EX_W("the"), EX_W("end"), EX_W("fact")};
	static const struct ex_word NOT[] = {EX_W("never"), EX_W("nor"), EX_W("neither")};
	size_t ws, wl;

	for (int w = 0; w < 4; w++) {
		/* The commas around an aside: "did, however, close". */
		while (pos > lo && (t[pos - 1] == ' ' || t[pos - 1] == ','))
			pos--;
		if ((wl = ex_word_before(t, pos, lo, &ws)) == 0)
			return 0;
		if (wl == 3 && ex_ncasecmp(t + ws, "did", 3) == 0) {
			wl = ex_word_before(t, ws, lo, &ws);
			return wl == 0 || !ex_word_in(NOT, EX_NWORDS(NOT), t + ws, wl);
		}
		if (!ex_word_in(ASIDE, EX_NWORDS(ASIDE), t + ws, wl) &&
		    (wl < 5 || ex_ncasecmp(t + ws + wl - 2, "ly", 2) != 0))
			return 0;
		pos = ws;
	}
	return 0;
}

/* ex_office_field - 1 if the object word at [start,end) names an office's field:
 * an office noun follows ("the agriculture ministry", "an energy ministry
 * official") or "<office> of" precedes ("the Ministry of Agriculture"); or one
 * company's or lobby's trade ("the state energy firm PTT", "an oil major", "farm
 * groups"; not "soybean buyers", who buy the goods); or a deal's part ("under
 * the energy chapter of the agreement", "the farm provisions"); or a market's
 * contracts ("traders sold corn futures", "funds bought wheat futures": paper
 * traded on an exchange, no goods change hands between countries); or the field
 * of a cooperation ("an energy cooperation agreement", "a critical minerals
 * partnership", "energy security": no goods traded); or a grade
 * of other goods ("battery-grade graphite"). */
int
ex_office_field(const char *t, size_t start, size_t end, size_t hi)
{
	static const struct ex_word OFFICE[] = {
	    EX_W("ministry"), EX_W("ministries"), EX_W("minister"), EX_W("ministers"),
	    EX_W("department"), EX_W("secretary"), EX_W("official"), EX_W("officials"),
	    EX_W("agency"), EX_W("committee"), EX_W("commissioner"), EX_W("regulator"),
	    EX_W("secretariat"), EX_W("bureau"), EX_W("council"), EX_W("commission"),
	    EX_W("firm"), EX_W("company"), EX_W("major"), EX_W("giant"), EX_W("utility"),
	    EX_W("conglomerate"), EX_W("corporation"), EX_W("group"), EX_W("groups"),
	    EX_W("lobby"), EX_W("association"), EX_W("chapter"), EX_W("chapters"),
	    EX_W("pillar"), EX_W("annex"), EX_W("provisions"), EX_W("clause"),
	    EX_W("futures"), EX_W("cooperation"), EX_W("co-operation"), EX_W("collaboration"),
	    EX_W("partnership"), EX_W("partnerships"), EX_W("dialogue"), EX_W("security")};
	size_t ws, wl = ex_word_after(t, end, hi, &ws);

	if (wl > 0 && ex_word_in(OFFICE, EX_NWORDS(OFFICE), t + ws, wl))
		return 1;
	/* "battery-grade graphite", "food-grade soybeans": a grade of other goods. */
	if (end + 7 <= hi && ex_ncasecmp(t + end, "-grade ", 7) == 0)
		return 1;
	wl = ex_word_before(t, start, 0, &ws);
	if (wl != 2 || ex_ncasecmp(t + ws, "of", 2) != 0)
		return 0;
	wl = ex_word_before(t, ws, 0, &ws);
	return wl > 0 && ex_word_in(OFFICE, EX_NWORDS(OFFICE), t + ws, wl);
}

/* ex_noun_position - 1 if the word at pos follows a preposition that takes a noun
 * ("a tariff on imports", "the share of purchases"): it cannot be a verb there.
 * "to" is left out: "agreed to import". */
int
ex_noun_position(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word PREP[] = {
	    EX_W("on"), EX_W("of"), EX_W("for"), EX_W("from"), EX_W("against"), EX_W("about"),
	    EX_W("over"), EX_W("with"), EX_W("under"), EX_W("into"), EX_W("in")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	return wl > 0 && ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl);
}

/* ex_word_period - 1 if t[k] is a full stop after a word of four letters or more
 * ("country. Seoul said"): a sentence end, not "Mr." or an initial. */
int
ex_word_period(const char *t, size_t lo, size_t k)
{
	size_t ws;

	return t[k] == '.' && ex_word_before(t, k, lo, &ws) >= 4;
}

/* ex_name_word - 1 if the word [ws,ws+wl) is capitalised or "the" (a name's). */
static int
ex_name_word(const char *t, size_t ws, size_t wl)
{
	return (t[ws] >= 'A' && t[ws] <= 'Z') || (wl == 3 && strncmp(t + ws, "the", 3) == 0);
}
/* ex_serial_names - 1 if the ", and" at t[pos] ends a list of names with the
 * serial comma ("Canada, Mexico, and Brazil will remove", "Japan, South
 * Korea, and the United States have agreed"): the words before it, back to
 * the list's previous comma (at most three), and after "and", up to the
 * next lower-case word (at most three), are names. */
static int
ex_serial_names(const char *t, size_t pos, size_t e)
{
	size_t k = pos, ws, wl;
	int w, names = 0;

	for (w = 0; w < 3 && (wl = ex_word_before(t, k, 0, &ws)) > 0; w++) {
		if (!ex_name_word(t, ws, wl))
			return 0;
		k = ws;
		if (k >= 2 && t[k - 1] == ' ' && t[k - 2] == ',')
			break;
	}
	if (w == 3 || k < 2 || t[k - 2] != ',' || (wl = ex_word_before(t, k - 2, 0, &ws)) == 0 ||
	    !ex_name_word(t, ws, wl))
		return 0;
	for (k = pos + 5, w = 0; w < 4 && (wl = ex_word_after(t, k, e, &ws)) > 0; w++, k = ws + wl) {
		if (!ex_name_word(t, ws, wl))
			return names > 0;
		if (t[ws] != 't')
			names++;
		if (ws + wl < e && t[ws + wl] != ' ' && t[ws + wl] != '.')
			return 0;
	}
	return 0;
}

/* A step of the act told after it, with a subject of its own: "..., and
 * purchases began in January", "..., and the lower rate took effect on April
 * 1", "..., and the first cargo cleared customs"; right after "and" the verb
 * shares the subject before ("..., and took effect on August 7"), one clause. */
static const struct ex_word AND_STEP[] = {
    EX_W("began"), EX_W("started"), EX_W("resumed"), EX_W("arrived"), EX_W("took"),
    EX_W("came"), EX_W("went"), EX_W("landed"), EX_W("cleared"), EX_W("restarted")};

/* ex_and_first - 1 if the first-step cue at k follows " and the " with no comma
 * and a step verb comes within four words after it: "agreed to restore access
 * for Australian lobster and the first shipments landed in December" joins a
 * clause of its own ("and the first cargoes would arrive in 2027" does not). */
int
ex_and_first(const char *t, size_t s, size_t k, size_t e)
{
	size_t p = k, ws, wl;

	if (k < s + 9 || ex_ncasecmp(t + k - 9, " and the ", 9) != 0)
		return 0;
	for (int w = 0; w < 5 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl)
		if (w > 0 && ex_word_in(AND_STEP, EX_NWORDS(AND_STEP), t + ws, wl))
			return 1;
	return 0;
}

/* ex_and_clause - 1 if the ", and" at t[pos] joins a new clause: a finite verb
 * follows within seven words, before any other comma ("..., and on Friday the
 * ministry confirmed ...", "..., and officials said ...", "..., and exports
 * rose 9%", "..., and shipments began in May"), not a list item
 * ("soybeans, corn, and wheat").  A subject of its own may run to eleven words
 * ("will lower its tariff on Taiwanese goods to 15 percent, and tariffs on
 * Taiwanese semiconductors under any future Section 232 measure will not
 * exceed 15 percent"): the goods in it are that clause's, not an object of the
 * verb before; not after "and that" ("said the fees remain suspended, and that
 * U.S.-linked ships calling at its ports will pay": a second object of the
 * verb before). */
int
ex_and_clause(const char *t, size_t pos, size_t e)
{
	static const struct ex_word FINITE[] = {
	    EX_W("said"), EX_W("says"), EX_W("confirmed"), EX_W("announced"), EX_W("added"),
	    EX_W("will"), EX_W("would"), EX_W("has"), EX_W("have"), EX_W("had"), EX_W("is"),
	    EX_W("are"), EX_W("was"), EX_W("were"), EX_W("can"), EX_W("could"), EX_W("did"),
	    EX_W("expects"), EX_W("told"), EX_W("reported"),
	    /* a figure's movement: "..., and Hyundai's US sales rose 9%" */
	    EX_W("rose"), EX_W("fell"), EX_W("grew"), EX_W("jumped"), EX_W("climbed"),
	    EX_W("dropped"), EX_W("slipped"), EX_W("surged"), EX_W("soared"), EX_W("plunged"),
	    EX_W("slumped"), EX_W("declined"), EX_W("remained"), EX_W("stayed")};
	size_t p = pos + 5, ws, wl;
	int that = 0;

	if (pos + 5 >= e || strncmp(t + pos, ", and ", 6) != 0)
		return 0;
	if (ex_serial_names(t, pos, e))
		return 0;
	for (int w = 0; w < 12 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++) {
		if (w == 0)
			that = wl == 4 && strncmp(t + ws, "that", 4) == 0;
		if (ex_word_in(FINITE, EX_NWORDS(FINITE), t + ws, wl) ||
		    (w > 0 && ex_word_in(AND_STEP, EX_NWORDS(AND_STEP), t + ws, wl)))
			return w < 7 || !that;
		if (t[ws] == '-')
			w--;    /* "a tariff-rate quota": one word */
		p = ws + wl;
		/* "U.S." is a word, no full stop. */
		if (p < e && t[p] == '.' && wl == 1) {
			p++;
			continue;
		}
		if (p < e && (t[p] == ',' || t[p] == ';' || t[p] == '.'))
			return 0;
	}
	return 0;
}

/* ex_comparison - 1 if the words from pos to "than" (at most four after the verb
 * at [a, pos)) compare rates rather than commit to one: "secured a lower tariff
 * than other countries", "a higher duty than Japan pays".  A comparative must
 * stand among them; "less than 10%" is an amount, not a comparison. */
int
ex_comparison(const char *t, size_t a, size_t pos, size_t hi)
{
	static const struct ex_word NOT[] = {
	    EX_W("under"), EX_W("over"), EX_W("after"), EX_W("other"), EX_W("order"),
	    EX_W("border"), EX_W("never"), EX_W("either"), EX_W("whether")};
	size_t ws, wl, p = pos;
	int comparative = pos - a > 2 && ex_ncasecmp(t + pos - 2, "er", 2) == 0 &&
	    !ex_word_in(NOT, EX_NWORDS(NOT), t + a, pos - a);

	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++) {
		if (wl == 4 && ex_ncasecmp(t + ws, "than", 4) == 0)
			return comparative;
		if (wl > 2 && ex_ncasecmp(t + ws + wl - 2, "er", 2) == 0 &&
		    !ex_word_in(NOT, EX_NWORDS(NOT), t + ws, wl))
			comparative = 1;
		p = ws + wl;
		if (p < hi && (t[p] == ',' || t[p] == ';' || t[p] == '.'))
			return 0;
	}
	return 0;
}

/* ex_raise_forgone - 1 if "instead of" or "rather than" at p opens a raise of
 * the rate just named to a figure: "(instead of|rather than) (raise|raising|
 * increase|increasing|hike|hiking) (it|them) to N".  The pronoun ties the raise
 * to the rate kept ("rather than raise prices" is no rate). */
static int
ex_raise_forgone(const char *t, size_t p, size_t hi)
{
	static const struct ex_word OPEN[] = {EX_W("instead of"), EX_W("rather than")};
	static const struct ex_word RAISE[] = {
	    EX_W("raise"), EX_W("raising"), EX_W("increase"), EX_W("increasing"), EX_W("hike"),
	    EX_W("hiking")};
	static const struct ex_word PRON[] = {EX_W("it"), EX_W("them")};
	size_t k, ws, wl;

	for (k = 0; k < EX_NWORDS(OPEN); k++)
		if (p + OPEN[k].n < hi && ex_ncasecmp(t + p, OPEN[k].s, OPEN[k].n) == 0 &&
		    !ex_word_byte((unsigned char)t[p + OPEN[k].n]))
			break;
	if (k == EX_NWORDS(OPEN) ||
	    (wl = ex_word_after(t, p + OPEN[k].n, hi, &ws)) == 0 || !ex_word_in(RAISE, EX_NWORDS(RAISE), t + ws, wl) ||
	    (wl = ex_word_after(t, ws + wl, hi, &ws)) == 0 || !ex_word_in(PRON, EX_NWORDS(PRON), t + ws, wl) ||
	    (wl = ex_word_after(t, ws + wl, hi, &ws)) != 2 || ex_ncasecmp(t + ws, "to", 2) != 0)
		return 0;
	for (ws += wl; ws < hi && t[ws] == ' '; ws++)
		;
	return ws < hi && isdigit((unsigned char)t[ws]);
}

/* ex_threat_rate - 1 if [pos,hi) sets a rate against a higher one that was only
 * threatened or announced: "at 19%, instead of the 36% announced in April", "a 20%
 * tariff, below the 46% rate it had threatened".  The deal rate spares the higher
 * one: a tariff pause, whatever verb applies it.  "down from the 32%" as often
 * tells of a rate already cut, so it counts only with the threat word right after
 * the rate, within five words and no comma ("down from the 32% rate it had
 * threatened"; not "down from the 27.5% rate now in force").  A raise forgone
 * names the higher rate as one to come, no threat word needed: "will keep its
 * 25% tariff on Peruvian goods for another 90 days rather than raising it to
 * 30%", "instead of increase them to 12%" (ex_raise_forgone). */
int
ex_threat_rate(const char *t, size_t pos, size_t hi)
{
	static const struct ex_word CMP[] = {
	    EX_W("below the "), EX_W("instead of the "), EX_W("rather than the "),
	    EX_W("down from the ")};
	static const struct ex_word THREAT[] = {
	    EX_W("threat"), EX_W("announc")};
	const size_t near_only = 3;  /* CMP[3] and on need the threat word close */

	for (size_t p = pos; p < hi; p++) {
		size_t k, q;
		int words = 0;

		if (p > pos && ex_word_byte((unsigned char)t[p - 1]))
			continue;
		if (ex_raise_forgone(t, p, hi))
			return 1;
		for (k = 0; k < EX_NWORDS(CMP); k++)
			if (p + CMP[k].n <= hi && ex_ncasecmp(t + p, CMP[k].s, CMP[k].n) == 0)
				break;
		if (k == EX_NWORDS(CMP) || p + CMP[k].n >= hi ||
		    !isdigit((unsigned char)t[p + CMP[k].n]))
			continue;
		for (q = p + CMP[k].n; q < hi; q++) {
			if (k >= near_only && (t[q] == ',' || t[q] == ';'))
				break;
			if (!ex_word_byte((unsigned char)t[q]) || ex_word_byte((unsigned char)t[q - 1]))
				continue;
			if (k >= near_only && ++words > 5)
				break;
			if (ex_prefix_in(THREAT, EX_NWORDS(THREAT), t + q, hi - q, 0))
				return 1;
		}
	}
	return 0;
}
