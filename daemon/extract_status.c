/*
 * extract_status.c - what a sentence asserts about a commitment's state.
 *
 * Status cues around a frame (a stalled or broken cue outweighs a pledge; a
 * proposal outweighs a bare "would"; a cue before a pledge noun tells what
 * became of it), the verb's own form (progressive, perfect, "saw ... do"),
 * clauses whose cues tell of something else (concessions, parentheses, "once"),
 * conditionals that make a frame no commitment, sentences anchored in an
 * earlier year (background), later clauses whose cue gives the earlier
 * clauses' status ("..., but the plan has stalled"), fact-sheet lists and the
 * dates that say when a measure took effect.
 */
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "sentence.h"

static int ex_month_may(const struct ex_ctx *ctx, const struct ex_mention *x);
static int ex_participle_aside(const char *t, size_t anchor_end, size_t pos, size_t hi);
static int ex_wish_aside(const char *t, size_t anchor_end, const struct ex_mention *x);
static int ex_step_aside(const struct ex_ctx *ctx, const struct ex_frame *f, const struct ex_mention *x);
static int ex_and_to(const char *t, size_t a, size_t b);
static size_t ex_deal_head(const char *t, size_t p, size_t e);
static int ex_deal_terms_before(const struct ex_ctx *ctx, size_t lo, size_t pos);
static int ex_other_part(const char *t, size_t lo, size_t pos);

/* the words that open a concession, for ex_opening_end and ex_trailing_relative */
static const struct ex_word EX_CONCESSION[] = {
    EX_W("despite"), EX_W("although"), EX_W("though"), EX_W("whereas"), EX_W("while"),
    EX_W("notwithstanding")};

/* ex_with_absolute - 1 if the year at pos closes a trailing "with" clause that
 * has no verb, at most 16 words after ", with" (the commas of a list of goods
 * allowed between): "pledged to buy $10 billion of U.S. farm products over four
 * years, with purchases of soybeans, corn and wheat at record levels in 2026".
 * The clause tells how things went in that year, not when the main clause
 * happened.  Not with a participle or a finite verb in it (", with the cut
 * taking effect in 2025", ", with tariffs that were cut in 2025"). */
static int
ex_with_absolute(const char *t, size_t s, size_t pos)
{
	static const struct ex_word VERB[] = {
	    EX_W("was"), EX_W("were"), EX_W("is"), EX_W("are"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("that"), EX_W("which"), EX_W("when"), EX_W("said"),
	    EX_W("says")};
	size_t ws, wl, p = pos;

	for (int w = 0; w < 16; w++, p = ws) {
		/* "of soybeans, corn and wheat": a list's comma is no break. */
		while (p > s && (t[p - 1] == ' ' || t[p - 1] == ','))
			p--;
		if ((wl = ex_word_before(t, p, s, &ws)) == 0)
			return 0;
		if (wl == 4 && ex_ncasecmp(t + ws, "with", 4) == 0)
			return ws >= s + 2 && t[ws - 1] == ' ' && t[ws - 2] == ',';
		if (ex_word_in(VERB, EX_NWORDS(VERB), t + ws, wl) ||
		    (wl > 4 && (ex_ncasecmp(t + ws + wl - 3, "ing", 3) == 0 ||
		    ex_ncasecmp(t + ws + wl - 2, "ed", 2) == 0)))
			return 0;
	}
	return 0;
}
/* ex_trailing_relative - 1 if the year at pos stands in a relative clause or a
 * comparison after a comma ("..., dealing a blow to the truce that they agreed in
 * 2025", "..., far above the $24 billion it bought in 2017", "..., welcomed by
 * exporters who had lost the market since 2025"), in a participle set off by
 * commas (", signed in August 2025,", ", first agreed in 2020 and due to lapse
 * this summer,"), one of cause (", helped by heavy buying in
 * late 2020") or one that closes a story (", ending the barriers imposed in
 * 2020"), or says how long a measure has stood (", in place
 * since 2015,"), or names the pledge told (", a promise it first made in late
 * 2025"): it dates that noun, not the sentence. */
static int
ex_trailing_relative(const char *t, size_t s, size_t pos, size_t e)
{
	static const struct ex_word REL[] = {
	    EX_W("that"), EX_W("which"), EX_W("who"), EX_W("whose"), EX_W("above"), EX_W("below"),
	    EX_W("than"), EX_W("compared"), EX_W("versus"), EX_W("when")};
	static const struct ex_word STATE[] = {EX_W("place"), EX_W("force"), EX_W("effect")};
	static const struct ex_word CLOSING[] = {
	    EX_W("ending"), EX_W("marking"), EX_W("capping"), EX_W("closing"), EX_W("concluding"),
	    EX_W("reversing"), EX_W("undoing"), EX_W("resolving"), EX_W("settling"),
	    /* ", turning into firm orders the commitments announced in May
	     * 2025", ", fulfilling a pledge made in 2025": what the act carries
	     * out is dated, not the act. */
	    EX_W("turning"), EX_W("fulfilling"), EX_W("honouring"), EX_W("honoring"),
	    EX_W("completing"), EX_W("formalising"), EX_W("formalizing"), EX_W("converting"),
	    EX_W("implementing"),
	    /* ", lifting a measure it had imposed in December 2024", ",
	     * scrapping duties it added in 2025": what the act lifts is
	     * dated, not the act. */
	    EX_W("lifting"), EX_W("removing"), EX_W("scrapping"), EX_W("dropping"),
	    EX_W("rescinding"), EX_W("revoking"), EX_W("repealing"), EX_W("withdrawing")};
	static const struct ex_word ADV[] = {
	    EX_W("first"), EX_W("originally"), EX_W("initially"), EX_W("previously"),
	    EX_W("only"), EX_W("already"), EX_W("later")};
	static const struct ex_word APPOS[] = {EX_W("a"), EX_W("an"), EX_W("the")};
	static const struct ex_word PLEDGE[] = {
	    EX_W("promise"), EX_W("pledge"), EX_W("commitment"), EX_W("vow"), EX_W("undertaking")};
	static const struct ex_word OPENED[] = {
	    EX_W("opened"), EX_W("launched"), EX_W("initiated"), EX_W("started"), EX_W("begun"),
	    EX_W("imposed"), EX_W("introduced")};
	size_t k = pos, ws, wl, cs, cl;

	while (k > s && t[k - 1] != ',')
		k--;
	if (k == s)
		return 0;
	/* "its ban on American poultry, in place since 2015,": how long the noun
	 * before has stood. */
	if ((wl = ex_word_after(t, k, pos, &ws)) == 2 && ex_ncasecmp(t + ws, "in", 2) == 0 &&
	    (wl = ex_word_after(t, ws + 2, pos, &ws)) > 0 && ex_word_in(STATE, EX_NWORDS(STATE), t + ws, wl))
		return 1;
	/* "Korean Air's order for 103 Boeing jets, signed in August 2025, is on
	 * track", "the ban, first imposed in December 2024, remains suspended": a
	 * participle set off by commas dates the noun before it. */
	if ((wl = ex_word_after(t, k, pos, &ws)) > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl))
		wl = ex_word_after(t, ws + wl, pos, &ws);
	if (wl > 3 && strncasecmp(t + ws + wl - 2, "ed", 2) == 0 &&
	    ((pos + 4 < e && memchr(t + pos + 4, ',', e - pos - 4) != NULL) ||
	    ex_ncasecmp(t + ws + wl, " by ", 4) == 0))
		return 1;
	/* "terminated its anti-subsidy investigation into EU dairy, opened in
	 * August 2024.", "dropped its probe into Australian barley, launched in
	 * 2020": a participle of opening a measure dates the measure, even at the
	 * sentence's end; what the clause did to it came later. */
	if (wl > 0 && ex_word_in(OPENED, EX_NWORDS(OPENED), t + ws, wl))
		return 1;
	/* "has lifted its curbs on lobster, ending the barriers Beijing imposed
	 * in 2020": a participle that closes a story tells of its past. */
	if (wl > 0 && ex_word_in(CLOSING, EX_NWORDS(CLOSING), t + ws, wl))
		return 1;
	/* "has lifted its surtax on Chinese steel, despite a pledge in January
	 * 2026 to keep it", ", although it bought little in 2025": a trailing
	 * concession dates itself, as an opening one does (ex_opening_end). */
	if (wl > 0 && (ex_word_in(EX_CONCESSION, EX_NWORDS(EX_CONCESSION), t + ws, wl) ||
	    (wl == 4 && ex_ncasecmp(t + ws, "even", 4) == 0 && (cl = ex_word_after(t, ws + wl, pos, &cs)) > 0 &&
	    ex_word_in(EX_CONCESSION, EX_NWORDS(EX_CONCESSION), t + cs, cl))))
		return 1;
	/* "said it would consider general licences, a promise it first made in
	 * late 2025": an appositive on the pledge dates the first telling. */
	if (wl > 0 && ex_word_in(APPOS, EX_NWORDS(APPOS), t + ws, wl) &&
	    (wl = ex_word_after(t, ws + wl, pos, &ws)) > 0 && ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl))
		return 1;
	for (size_t p = k; p < pos && (wl = ex_word_after(t, p, pos, &ws)) > 0; p = ws + wl)
		if (ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
			return 1;
	return ex_with_absolute(t, s, pos);
}
/* ex_year_at - the year (1900-2099) that t[0..n) starts with as a word of four
 * digits, or 0; no byte at or past n is read.  Always inline: ex_told_pledge_in
 * asks it at every word (118 K calls a run), and the first byte nearly always
 * answers. */
static inline __attribute__((always_inline)) int
ex_year_at(const char *t, size_t n)
{
	if (n < 4 || ((t[0] != '1' || t[1] != '9') && (t[0] != '2' || t[1] != '0')))
		return 0;
	if (t[2] < '0' || t[2] > '9' || t[3] < '0' || t[3] > '9' || (n > 4 && ex_word_byte((unsigned char)t[4])))
		return 0;
	return (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
}
/* ex_since_clause - 1 if the year at pos closes a "since" clause with a verb of
 * its own ("The UAE has invested $22 billion since it pledged $75 billion in
 * 2018"): the year dates when the period began, not the sentence, whose main
 * clause tells how things stand now.  "since 2018" alone, no clause, is not one. */
static int
ex_since_clause(const char *t, size_t s, size_t pos)
{
	int spaces = 0;

	for (size_t k = pos; k > s; k--) {
		if (t[k - 1] == ',' || t[k - 1] == ';' || spaces > 12)
			return 0;
		if (t[k - 1] != ' ')
			continue;
		spaces++;
		if (k >= s + 6 && ex_ncasecmp(t + k - 6, "since", 5) == 0 &&
		    (k == s + 6 || !ex_word_byte((unsigned char)t[k - 7])))
			return spaces >= 4;
	}
	return 0;
}
/* ex_state_since - 1 if "since" at pos follows a verb in the present perfect
 * ("has applied since June 2025", "have been in force since 2024", "has stood
 * since"): a state that began then and holds now, not a past year's news. */
static int
ex_state_since(const char *t, size_t s, size_t pos)
{
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have")};
	static const struct ex_word CLAUSE[] = {
	    EX_W("that"), EX_W("which"), EX_W("when"), EX_W("who"), EX_W("after")};
	size_t ws, wl, p = pos;

	/* "has held its tariff on Philippine goods at 19% since August 2025":
	 * the verb's object may stand between, not another clause.  A long
	 * object ("has approved licences for Nvidia H200 shipments to dozens of
	 * Chinese customers since early 2026") may take up to fourteen words
	 * when no comma stands in it. */
	for (int n = 0; n < 14; n++, p = ws) {
		while (p > s && (t[p - 1] == ' ' || t[p - 1] == '%'))
			p--;
		if ((wl = ex_word_before(t, p, s, &ws)) == 0 ||
		    ex_word_in(CLAUSE, EX_NWORDS(CLAUSE), t + ws, wl))
			return 0;
		if (ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl))
			return n > 0 && (n < 10 || (memchr(t + ws, ',', pos - ws) == NULL &&
			    memchr(t + ws, ';', pos - ws) == NULL));
	}
	return 0;
}
/* ex_since_perfect - 1 if the year ending at pos closes an opening "Since
 * <date>," whose main clause is in the present perfect within a few words:
 * "Since November 2025, China has issued general licences", "Since 2024,
 * the two sides have shipped": a period that runs to now, not a past year's
 * news.  "Since 2024, China bought" (no perfect) stays dated. */
static int
ex_since_perfect(const char *t, size_t pos, size_t e)
{
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have")};
	size_t ws, wl, p = pos;

	while (p < e && t[p] == ' ')
		p++;
	if (p >= e || t[p] != ',')
		return 0;
	/* p is past the comma, then past each word: no other break between. */
	for (int n = 0; n < 7 && (wl = ex_word_after(t, ++p, e, &ws)) > 0; n++, p = ws + wl - 1) {
		if (memchr(t + p, ',', ws - p) != NULL || memchr(t + p, ';', ws - p) != NULL)
			return 0;
		if (ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl))
			return n > 0;
	}
	return 0;
}
/* ex_record_since - 1 if "since" at pos closes a comparison with a superlative
 * or "first" a few words before it ("the most significant easing since 2019",
 * "the first US cargo since 2023", "its largest order since"): the year measures
 * how rare the news is, it does not date it. */
int
ex_record_since(const char *t, size_t s, size_t pos)
{
	static const struct ex_word MOST[] = {
	    EX_W("most"), EX_W("first"), EX_W("biggest"), EX_W("largest"), EX_W("greatest"),
	    EX_W("highest"), EX_W("lowest"), EX_W("best"), EX_W("worst"), EX_W("strongest"),
	    EX_W("weakest"), EX_W("sharpest"), EX_W("steepest"), EX_W("deepest"),
	    EX_W("fastest"), EX_W("slowest"), EX_W("heaviest"), EX_W("broadest"),
	    EX_W("widest"), EX_W("least")};
	size_t ws, wl, p = pos;

	for (int n = 0; n < 9 && (wl = ex_dotted_before(t, p, s, &ws)) > 0; n++, p = ws) {
		if (ws + wl < p && memchr(t + ws + wl, ',', p - ws - wl) != NULL)
			return 0;
		if (ex_word_in(MOST, EX_NWORDS(MOST), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_past_perfect - 1 if the verb at pos is told in the past perfect with no
 * speaker before it: "Mexico had agreed to buy 5 Mt", "Tokyo had pledged to
 * import", "Seoul had already agreed to lift the ban" tell what stood before the
 * story's time, background ranked below what the article says of the present
 * ("Purchases of US corn by Mexico have stalled"), though with no year it is
 * still a claim.  After a verb of saying it is reported speech moved back a
 * tense ("Trump said China had agreed to buy"): the news itself. */
int
ex_past_perfect(const struct ex_ctx *ctx, size_t s, size_t lo, size_t pos)
{
	static const struct ex_word PLEDGE[] = {
	    EX_W("undertaken"), EX_W("offered"), EX_W("planned"), EX_W("signed")};
	static const struct ex_word ADV[] = {
	    EX_W("already"), EX_W("earlier"), EX_W("previously"), EX_W("once"), EX_W("also"),
	    EX_W("initially"), EX_W("originally")};
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("say"), EX_W("told"), EX_W("announced"),
	    EX_W("confirmed"), EX_W("added"), EX_W("noted"), EX_W("stated"), EX_W("reported"),
	    EX_W("claimed"), EX_W("according"), EX_W("insisted"), EX_W("argued"), EX_W("wrote"),
	    EX_W("believed"), EX_W("thought"), EX_W("knew"), EX_W("learned"), EX_W("recalled")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	/* Only a pledge: "had bought 14 Mt by mid-November" tells where things
	 * stand now.  ("had pledged in May to import" is dated: ex_since_past.) */
	if (wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0 ||
	    (wl = ex_word_before(t, ws, lo, &ws)) == 0 ||
	    !(ex_pledge_past(t + ws, wl) || ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl)))
		return 0;
	wl = ex_word_before(t, ws, lo, &ws);
	if (wl > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl != 3 || ex_ncasecmp(t + ws, "had", 3) != 0)
		return 0;
	for (size_t p = s, q; p < ws; p = q + (wl > 0 ? wl : 1))
		if ((wl = ex_word_after(t, p, ws, &q)) > 0 && ex_word_in(SAY, EX_NWORDS(SAY), t + q, wl))
			return 0;
	return 1;
}
/* ex_since_past - 1 if the verb at pos stands in a "since" clause that dates an
 * earlier agreement ("the first purchases since China agreed in March to buy",
 * "since Seoul promised on May 2 to cut"): background about an earlier time,
 * ranked below the sentence it qualifies.  A date right after "since" ("since
 * March, China has bought") only bounds a period and says nothing of the verb. */
int
ex_since_past(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	static const struct ex_word SINCE[] = {EX_W("since")};
	struct when_match wm[4];
	const char *t = ctx->text;
	size_t ws, wl, since = EX_NOPOS, first, nw;
	int y;

	for (size_t p = pos; (wl = ex_word_before(t, p, lo, &ws)) > 0; p = ws)
		if (ex_word_in(SINCE, EX_NWORDS(SINCE), t + ws, wl)) {
			since = ws + wl;
			break;
		}
	if (since == EX_NOPOS || ex_word_after(t, since, pos, &first) == 0)
		return 0;
	/* "in March" is a month, not a date: when.c resolves only full dates. */
	for (size_t p = first; (wl = ex_word_after(t, p, pos, &ws)) > 0; p = ws + wl)
		if (ws > first && ex_is_month(t + ws, wl))
			return 1;
	/* "since it pledged $75 billion in 2018": the year of the since clause,
	 * up to the next comma or full stop. */
	for (size_t k = pos; k < pos + 96 && k < ctx->len && t[k] != '\0' && t[k] != ',' && t[k] != '.' &&
	    t[k] != ';' && t[k] != '\n'; k++)
		if ((k == 0 || !ex_word_byte((unsigned char)t[k - 1])) && (y = ex_year_at(t + k, ctx->len - k)) > 0 &&
		    y < ctx->pub_year && ex_since_clause(t, lo, k))
			return 1;
	nw = when_find_all(t + since, pos - since, ctx->published, wm, EX_NWORDS(wm));
	for (size_t w = 0; w < nw; w++)
		if (wm[w].kind == WHEN_DATE && since + wm[w].offset > first)
			return 1;
	return 0;
}
/* ex_terms_modal - 1 if the word w at [ws,ws+wl) is the modal of a deal's terms:
 * "would", "will", "shall", or "is", "are", "was", "were" then "to" ("Under the
 * pact, Vietnam is to buy 50 jets"). */
static int
ex_terms_modal(const char *t, size_t ws, size_t wl, size_t e)
{
	static const struct ex_word MODAL[] = {EX_W("would"), EX_W("will"), EX_W("shall")};
	static const struct ex_word BE[] = {EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were")};
	size_t nws, nwl;

	if (ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
		return 1;
	return ex_word_in(BE, EX_NWORDS(BE), t + ws, wl) && (nwl = ex_word_after(t, ws + wl, e, &nws)) == 2 &&
	    ex_ncasecmp(t + nws, "to", 2) == 0;
}
/* ex_terms_opening - 1 if sentence [s,e) opens with "Under the <deal>," (at most five
 * words before the comma) or "Under it" and its main clause has a past pledge verb: "Under the
 * memorandum, the Philippines committed to buy 1.5 million tonnes a year" restates
 * the terms of a deal made before, it tells nothing of how it stands now; 2 if the
 * main clause has a modal instead ("Under the deal reached in Busan, the United
 * States would halve the fentanyl tariff", "Under the framework, the EU will remove
 * ..."): the terms recited, which may as well be a pledge of now. */
int
ex_terms_opening(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word UNDER[] = {EX_W("under")};
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("that"), EX_W("this"), EX_W("a")};
	const char *t = ctx->text;
	size_t ws, wl, p;
	int words = 0;

	if ((wl = ex_word_after(t, s, e, &ws)) == 0 || !ex_word_in(UNDER, EX_NWORDS(UNDER), t + ws, wl) ||
	    (wl = ex_word_after(t, ws + wl, e, &ws)) == 0)
		return 0;
	/* "Under it, China agreed to ...": the deal named just before. */
	if (wl == 2 && ex_ncasecmp(t + ws, "it", 2) == 0)
		p = ws + wl;
	else if (!ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return 0;
	else {
		for (p = ws + wl; p < e && t[p] != ','; p++)
			if (t[p] == ' ' && ++words > 5)
				return 0;
		if (p >= e)
			return 0;
	}
	for (words = 0; (wl = ex_word_after(t, p + 1, e, &ws)) > 0 && words < 8; p = ws + wl - 1, words++) {
		if (ex_pledge_past(t + ws, wl))
			return 1;
		if (ex_terms_modal(t, ws, wl, e))
			return 2;
	}
	return 0;
}
/* ex_terms_progress - 1 if the deal whose terms sentence [s,e) restates ("Under the
 * partnership, Japanese utilities committed to buy ...") was told under way just
 * before: within 600 bytes, a progress cue and then, in its sentence, the deal's
 * noun ("a tanker ... docked on Wednesday, the first cargo delivered to Japan
 * under the energy partnership"). */
int
ex_terms_progress(const struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;
	size_t comma, ns, nl, lo = s > 600 ? s - 600 : 0;

	for (comma = s; comma < e && t[comma] != ','; comma++)
		;
	if (comma >= e || (nl = ex_word_before(t, comma, s, &ns)) < 4)
		return 0;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < s; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CUE || x->value != STATUS_IN_PROGRESS || x->start < lo)
			continue;
		for (size_t k = x->end; k + nl <= s && k < x->end + 200; k++) {
			if (t[k] == '.' || t[k] == '\n' || t[k] == ';')
				break;
			if (ex_ncasecmp(t + k, t + ns, nl) == 0 && !ex_word_byte((unsigned char)t[k - 1]) &&
			    !ex_word_byte((unsigned char)t[k + nl]))
				return 1;
		}
	}
	return 0;
}
/* ex_now_clause - 1 if clause [cs,ce) follows a semicolon and tells of the
 * present with no past year of its own: "When the pact took effect in May 2024,
 * China began phasing out its tariff on shrimp; the tariff reached zero this
 * January" (a sentence anchored in a past year whose last clause is news). */
int
ex_now_clause(const struct ex_ctx *ctx, size_t s, size_t cs, size_t ce)
{
	static const struct ex_word THIS[] = {EX_W("this")};
	static const struct ex_word WHEN[] = {
	    EX_W("year"), EX_W("month"), EX_W("week"), EX_W("january"), EX_W("february"),
	    EX_W("march"), EX_W("april"), EX_W("may"), EX_W("june"), EX_W("july"),
	    EX_W("august"), EX_W("september"), EX_W("october"), EX_W("november"),
	    EX_W("december"), EX_W("spring"), EX_W("summer"), EX_W("autumn"), EX_W("winter")};
	const char *t = ctx->text;
	size_t k = cs, ws, wl, nws, nwl;

	/* the clause may begin at its ";" or after it */
	while (k > s && (t[k - 1] == ' ' || t[k - 1] == '\t'))
		k--;
	if (!(k < ce && t[k] == ';') && (k == s || t[k - 1] != ';'))
		return 0;
	if (ex_past_year(ctx, cs, ce))
		return 0;
	for (size_t p = t[k] == ';' ? k + 1 : cs; p < ce && (wl = ex_word_after(t, p, ce, &ws)) > 0; p = ws + wl)
		if (ex_word_in(THIS, EX_NWORDS(THIS), t + ws, wl) &&
		    (nwl = ex_word_after(t, ws + wl, ce, &nws)) > 0 && ex_word_in(WHEN, EX_NWORDS(WHEN), t + nws, nwl))
			return 1;
	return 0;
}
/* ex_opening_end - where an opening concessive clause of sentence [s,e) ends
 * ("Although it bought 2 Mt of US wheat in 2025, Egypt pledged ..."): past its
 * first comma; else s.  A year in it dates the concession, not the sentence. */
size_t
ex_opening_end(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word LEAD[] = {EX_W("even"), EX_W("in")};
	static const struct ex_word NEXT[] = {EX_W("though"), EX_W("spite")};
	const char *t = ctx->text;
	size_t ws, wl, nws, nwl;

	if ((wl = ex_word_after(t, s, e, &ws)) == 0)
		return s;
	if (!ex_word_in(EX_CONCESSION, EX_NWORDS(EX_CONCESSION), t + ws, wl) &&
	    !(ex_word_in(LEAD, EX_NWORDS(LEAD), t + ws, wl) &&
	    (nwl = ex_word_after(t, ws + wl, e, &nws)) > 0 && ex_word_in(NEXT, EX_NWORDS(NEXT), t + nws, nwl)))
		return s;
	for (size_t k = ws; k < e; k++)
		if (t[k] == ',')
			return k + 1;
	return s;
}

/* ex_deal_relative - 1 if the year at pos ends a clause with a verb in the past
 * on a deal noun right before it, no comma between, at most eight words: "the
 * trade arrangement the two sides reached in late 2025", "the truce they agreed
 * in 2025", "the deal struck in May 2025".  The year dates the deal. */
static const struct ex_word EX_PACT_NOUNS[] = {
    EX_W("deal"), EX_W("deals"), EX_W("agreement"), EX_W("agreements"), EX_W("pact"),
    EX_W("accord"), EX_W("truce"), EX_W("treaty"), EX_W("arrangement"), EX_W("understanding"),
    EX_W("framework"), EX_W("settlement"), EX_W("memorandum")};

static int
ex_deal_relative(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	const char *t = ctx->text;
	size_t ws, wl, p = pos;
	int past = 0;

	if (p > s && t[p - 1] == '-')   /* "in mid-2025" */
		p--;
	for (int w = 0; w < 9 && (wl = ex_word_before(t, p, s, &ws)) > 0; w++, p = ws) {
		if (memchr(t + ws + wl, ',', p - ws - wl) != NULL)
			return 0;
		if (past && ex_word_in(EX_PACT_NOUNS, EX_NWORDS(EX_PACT_NOUNS), t + ws, wl))
			return 1;
		past |= rules_word_past(ctx->r, t + ws, wl);
	}
	return 0;
}
/* ex_recent_deal_year - 1 if the year y at pos names a recent deal, "under the
 * [October] 2025 <deal>" or "in the 2025 agreement": the determiner at det,
 * "under" or "in" right before it, at most two words between the year and a
 * deal noun with no comma, and y at most two years before publication.  The
 * year dates the deal whose terms the sentence restates, not its clause ("Under
 * the 2025 deal Japan also agreed to buy $8 billion a year of US farm goods",
 * "Thailand also committed in the 2025 agreement to buy ..."); an older deal's
 * terms ("Under the 2020 Phase One agreement, China pledged to buy ...") stay
 * history. */
static int
ex_recent_deal_year(const struct ex_ctx *ctx, size_t s, size_t e, size_t det, size_t pos, int y)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that")};
	static const struct ex_word PREP[] = {EX_W("under"), EX_W("in")};
	const char *t = ctx->text;
	size_t ws, wl, p = pos + 4;

	if (y < ctx->pub_year - 2 || (wl = ex_word_after(t, det, e, &ws)) == 0 ||
	    !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl) || (wl = ex_word_before(t, det, s, &ws)) == 0 ||
	    !ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl) {
		if (memchr(t + p, ',', ws - p) != NULL)
			return 0;
		if (ex_word_in(EX_PACT_NOUNS, EX_NWORDS(EX_PACT_NOUNS), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_dated_measure - 1 if the year at pos, after the determiner at det ("the"
 * alone, or with a month between), only names a measure it dates: "kept its
 * suspension of the October 2025 rare-earth controls", "The October 2025
 * controls remain suspended until November 10", "the 2024 ban on gallium
 * remains lifted".  A measure (a measure noun, or goods that are a measure:
 * tariffs, controls, port fees) starts within three words after the year with
 * no comma, and no preposition of time stands before the determiner ("under
 * the 2020 deal", "during the 2018 trade war", "since the 2025 tariffs" keep
 * dating the clause), nor a verb in the past: what it did to the measure may
 * be as old ("it lifted the 2024 ban on gallium" after "that autumn"); a
 * deal noun there is no measure ("The 2020 agreement committed China to buy
 * ..." stays history). */
static int
ex_dated_measure(const struct ex_ctx *ctx, size_t s, size_t e, size_t det, size_t pos)
{
	static const struct ex_word TIME[] = {
	    EX_W("under"), EX_W("in"), EX_W("during"), EX_W("since"), EX_W("before"),
	    EX_W("after"), EX_W("by"), EX_W("until"), EX_W("through"), EX_W("throughout"),
	    EX_W("amid"), EX_W("at"), EX_W("from"), EX_W("following")};
	const char *t = ctx->text;
	size_t ws, wl, p = pos + 4, lim;

	if ((wl = ex_word_after(t, det, e, &ws)) != 3 || ex_ncasecmp(t + ws, "the", 3) != 0 ||
	    ((wl = ex_word_before(t, det, s, &ws)) > 0 && (ex_word_in(TIME, EX_NWORDS(TIME), t + ws, wl) ||
	    rules_word_past(ctx->r, t + ws, wl))))
		return 0;
	/* The end of the third word after the year, short of a comma. */
	for (int w = 0; w < 3 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++) {
		if (memchr(t + p, ',', ws - p) != NULL ||
		    ex_word_in(EX_PACT_NOUNS, EX_NWORDS(EX_PACT_NOUNS), t + ws, wl))
			break;
		p = ws + wl;
	}
	lim = p;
	for (size_t i = ex_first(ctx, pos + 4); i < ctx->m.n && ctx->m.v[i].start < lim; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < pos + 4 || x->end > lim)
			continue;
		if (x->kind == RULE_MEASURE || (x->kind == RULE_OBJECT && ctx->r->objects[x->value].measure >= 0))
			return 1;
	}
	return 0;
}
/* ex_rate_after - the end of a rate right after the measure that ends at noun,
 * before hi: "of up to 15 percent", "of 25%", "of about 10 per cent" ("the
 * additional tariffs of up to 15 percent imposed in March 2025"); noun when
 * none stands there. */
static size_t
ex_rate_after(const char *t, size_t noun, size_t hi)
{
	static const struct ex_word SKIP[] = {
	    EX_W("up"), EX_W("to"), EX_W("about"), EX_W("around"), EX_W("nearly"), EX_W("almost"),
	    EX_W("some"), EX_W("percent"), EX_W("per"), EX_W("cent"), EX_W("pct")};
	size_t ws, wl, p;
	int digit = 0;

	if ((wl = ex_word_after(t, noun, hi, &ws)) != 2 || ex_ncasecmp(t + ws, "of", 2) != 0)
		return noun;
	p = ws + wl;
	for (int w = 0; w < 5 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++) {
		if (t[ws] >= '0' && t[ws] <= '9')
			digit = 1;
		else if (!ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl))
			break;
		p = ws + wl;
	}
	return digit ? p : noun;
}
/* ex_list_commas - how many commas t[lo,hi) holds if each closes the name of
 * goods (an object ends right before it), as in the list of "that it placed
 * on U.S. chicken, wheat, corn and other farm products in"; -1 if a comma
 * closes anything else (at most eight commas are read). */
static int
ex_list_commas(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	const char *t = ctx->text;
	const char *c = memchr(t + lo, ',', hi - lo);
	int n = 0;

	for (; c != NULL; n++) {
		size_t at = (size_t)(c - t), i;

		if (n == 8)
			return -1;
		/* "1,000 tonnes": a digit group, no comma of the clause. */
		if (at > lo && at + 1 < hi && t[at - 1] >= '0' && t[at - 1] <= '9' &&
		    t[at + 1] >= '0' && t[at + 1] <= '9') {
			n--;
			c = memchr(t + at + 1, ',', hi - at - 1);
			continue;
		}
		/* A good's name starts at most 64 bytes before its comma. */
		for (i = ex_first(ctx, at > lo + 64 ? at - 64 : lo > 64 ? lo - 64 : 0);
		    i < ctx->m.n && ctx->m.v[i].start < at; i++)
			if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].end == at)
				break;
		if (i >= ctx->m.n || ctx->m.v[i].start >= at)
			return -1;
		c = memchr(t + at + 1, ',', hi - at - 1);
	}
	return n;
}
/* ex_party_at - the end of a party's name (an actor mention, "the" before it
 * perhaps) that starts at ws, or 0. */
static size_t
ex_party_at(const struct ex_ctx *ctx, size_t ws)
{
	if (ws + 4 <= ctx->len && ex_ncasecmp(ctx->text + ws, "the ", 4) == 0)
		ws += 4;
	for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start <= ws; i++)
		if (ctx->m.v[i].start == ws && ctx->m.v[i].kind == RULE_ACTOR)
			return ctx->m.v[i].end;
	return 0;
}
/* ex_relative_from - 1 if t[noun,pos) is a relative clause or participle on the
 * measure or goods that end at noun, with no comma but those of a list of
 * goods: "that it imposed in", "on US poultry that it banned over bird flu
 * in", "imposed in", "plants whose listings lapsed in", "that Beijing placed
 * on U.S. chicken, wheat, corn and other farm products in", "Beijing announced
 * in" (ex_noun_relative). */
static int
ex_relative_from(const struct ex_ctx *ctx, size_t noun, size_t pos)
{
	static const struct ex_word OPEN[] = {
	    EX_W("that"), EX_W("which"), EX_W("it"), EX_W("they"), EX_W("he"), EX_W("she"),
	    EX_W("whose")};
	static const struct ex_word GOODS_PREP[] = {
	    EX_W("on"), EX_W("against"), EX_W("for"), EX_W("and"), EX_W("or"), EX_W("to"), EX_W("from")};
	static const struct ex_word INTRO[] = {
	    EX_W("imposed"), EX_W("announced"), EX_W("introduced"), EX_W("placed"), EX_W("levied"),
	    EX_W("slapped"), EX_W("adopted"), EX_W("unveiled"), EX_W("issued")};
	const char *t = ctx->text;
	size_t ws, wl;
	int words = 0, past = 0, commas = ex_list_commas(ctx, noun, pos);

	if (commas < 0)
		return 0;
	noun = ex_rate_after(t, noun, pos);
	/* "the tariffs on Chinese goods that were paused in 2025": the measure's
	 * goods between it and its relative (at most four words after "on"); "the
	 * controls on gallium and related materials that it announced in 2025":
	 * the rest of a list of goods; "the ban on gallium exports to U.S. buyers
	 * that it imposed in 2024", "on beef imports from the United States
	 * that had been raised in 2020": where the goods go or come from. */
	if ((wl = ex_word_after(t, noun, pos, &ws)) > 0 && ex_word_in(GOODS_PREP, EX_NWORDS(GOODS_PREP), t + ws, wl))
		for (size_t p = ws + wl, w = 0; w < 6 && ((wl = ex_word_after(t, p, pos, &ws)) > 0 ||
		    (ws < pos && t[ws] == '.' && t[ws - 1] >= 'A' && t[ws - 1] <= 'Z')); w++, p = ws + (wl > 0 ? wl : 1))
			if (ex_word_in(OPEN, 2, t + ws, wl)) {
				noun = ws;
				break;
			}
	for (size_t p = noun, head = 0; (wl = ex_word_after(t, p, pos, &ws)) > 0; p = ws + wl) {
		size_t ws2, wl2;

		/* "the export control regime it announced in 2025": a head noun
		 * after the measure's name, then the pronoun. */
		if (words == 0 && head++ == 0 && !ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl) &&
		    !rules_word_past(ctx->r, t + ws, wl) && (wl2 = ex_word_after(t, ws + wl, pos, &ws2)) > 0 &&
		    ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws2, wl2))
			continue;
		/* "the export controls Beijing announced in October 2025", "the
		 * tariffs the United States imposed in 2025": a contact clause
		 * whose subject is a party, a verb that brings a measure in right
		 * after it ("the rice the Philippines imported in 2024" is trade
		 * of that year). */
		if (words == 0 && (ws2 = ex_party_at(ctx, ws)) != 0 &&
		    (wl2 = ex_word_after(t, ws2, pos, &ws2)) > 0 && ex_word_in(INTRO, EX_NWORDS(INTRO), t + ws2, wl2)) {
			words++;
			wl = ws2 - ws;
			continue;
		}
		if (words == 0 && !ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl) &&
		    !rules_word_past(ctx->r, t + ws, wl))
			return 0;
		/* Each good of a list adds its word or two. */
		if (++words > 10 + 2 * commas)
			return 0;
		past |= rules_word_past(ctx->r, t + ws, wl);
	}
	return past;
}
/* ex_noun_relative - 1 if the year at pos ends a relative clause on a measure or
 * goods named before it, with no comma between: "the export controls it
 * announced in October 2025", "the ban on US poultry that it imposed over bird
 * flu in 2020", "the poultry imports that it banned in 2020", "the tariffs
 * imposed in 2018", or on a deal (ex_deal_relative).  The year dates the noun,
 * not the sentence ("China suspended the tariffs in 2019" stays background).
 * The clause may name goods of its own ("the tariff that China imposed on
 * American beef in 2025"): the three last measures or goods are tried. */
static int
ex_noun_relative(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	size_t noun[3], n = 0, first = EX_NOPOS;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < pos; i++)
		if ((ctx->m.v[i].kind == RULE_MEASURE || ctx->m.v[i].kind == RULE_OBJECT ||
		    (ctx->m.v[i].kind == RULE_TRIGGER && ctx->m.v[i].dual)) &&
		    ctx->m.v[i].start >= s && ctx->m.v[i].end <= pos) {
			noun[n++ % 3] = ctx->m.v[i].end;
			if (first == EX_NOPOS)
				first = ctx->m.v[i].end;
		}
	if (ex_deal_relative(ctx, s, pos))
		return 1;
	for (size_t k = 0; k < n && k < 3; k++)
		if (ex_relative_from(ctx, noun[(n - 1 - k) % 3], pos))
			return 1;
	/* "The extra duties that Beijing placed on U.S. chicken, wheat, corn,
	 * cotton and soybeans in March 2025": the measure before a list of
	 * goods longer than the three last nouns. */
	return n > 3 && ex_relative_from(ctx, first, pos);
}

/* ex_span_end - 1 if t[p,e) goes on " to 2019", " and 2019", " through 2019",
 * " until 2019" or "-2019" with a year before the publication's: the end of a
 * span opened by "from" or "between". */
static int
ex_span_end(const struct ex_ctx *ctx, const char *t, size_t p, size_t e)
{
	static const struct ex_word LINK[] = {
	    EX_W("to"), EX_W("and"), EX_W("through"), EX_W("until"), EX_W("till")};
	size_t ws, wl;
	int y = 0, n = 0;

	if (p < e && t[p] == '-')
		ws = p + 1;
	else if ((wl = ex_word_after(t, p, e, &ws)) > 0 && ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl))
		ws = quantity_skip_space(t, e, ws + wl);
	else
		return 0;
	for (; ws < e && n < 5 && t[ws] >= '0' && t[ws] <= '9'; ws++, n++)
		y = y * 10 + (t[ws] - '0');
	return n == 4 && (ws == e || !ex_word_byte((unsigned char)t[ws])) && y >= 1900 && y < ctx->pub_year;
}

/* ex_old_full_date - where "on" opens the whole date that the year y at pos
 * ends ("on January 1, 2024", "on 30 June 2025") if it is at least twelve
 * months before publication, else EX_NOPOS: a dated act of that long ago is
 * background.  A date of the last few months may be the news itself ("cut the
 * tariff on December 10, 2027" in a January 2028 story). */
static size_t
ex_old_full_date(const struct ex_ctx *ctx, size_t s, size_t pos, int y)
{
	static const struct ex_word AUX[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("was"), EX_W("were"), EX_W("is"),
	    EX_W("are"), EX_W("been"), EX_W("be"), EX_W("it"), EX_W("they"), EX_W("he"),
	    EX_W("she"), EX_W("we"), EX_W("and"), EX_W("then"), EX_W("also"), EX_W("first")};
	const char *t = ctx->text;
	size_t ws, wl, ms, ml, ps, qs, p = pos;
	int month = 0, pm;

	if (ctx->published == NULL || strlen(ctx->published) < 7)
		return EX_NOPOS;
	if (p >= s + 2 && t[p - 1] == ' ' && t[p - 2] == ',')
		p -= 2;
	if ((wl = ex_word_before(t, p, s, &ws)) == 0)
		return EX_NOPOS;
	if (wl <= 2 && t[ws] >= '0' && t[ws] <= '9') {
		/* "January 1, 2024" */
		if ((ml = ex_word_before(t, ws, s, &ms)) == 0 || !ex_is_month(t + ms, ml))
			return EX_NOPOS;
		wl = ex_word_before(t, ms, s, &ws);
	} else if (p == pos && ex_is_month(t + ws, wl)) {
		/* "30 June 2025" */
		ms = ws;
		ml = wl;
		if ((wl = ex_word_before(t, ms, s, &ws)) == 0 || wl > 2 || t[ws] < '0' || t[ws] > '9')
			return EX_NOPOS;
		wl = ex_word_before(t, ws, s, &ws);
	} else
		return EX_NOPOS;
	if (wl != 2 || ex_ncasecmp(t + ws, "on", 2) != 0)
		return EX_NOPOS;
	for (int m = 0; m < 12 && month == 0; m++)
		if (ex_ncasecmp(t + ms, &"janfebmaraprmayjunjulaugsepoctnovdec"[3 * m], 3) == 0)
			month = m + 1;
	/* "the controls on rare earths announced on October 9, 2025": a
	 * participle right after a lower-case noun dates that noun. */
	if ((wl = ex_word_before(t, ws, s, &ps)) > 0 && rules_word_past(ctx->r, t + ps, wl) &&
	    (wl = ex_word_before(t, ps, s, &qs)) > 0 && t[qs] >= 'a' && t[qs] <= 'z' &&
	    !ex_word_in(AUX, EX_NWORDS(AUX), t + qs, wl))
		return EX_NOPOS;
	pm = atoi(ctx->published + 5);
	return month > 0 && pm > 0 && (ctx->pub_year - y) * 12 + pm - month >= 12 ? ws : EX_NOPOS;
}

/* ex_compared_previous - 1 if history cue x is "the previous" after a word of
 * comparison: "raised the quota to 80,000 tonnes, four times the previous
 * volume", "up from the previous 10%", "higher than the previous limit": the
 * old figure a new one is measured against, not a past act. */
static int
ex_compared_previous(const struct ex_ctx *ctx, size_t s, const struct ex_mention *x)
{
	static const struct ex_word COMPARE[] = {
	    EX_W("times"), EX_W("double"), EX_W("triple"), EX_W("twice"), EX_W("thrice"),
	    EX_W("from"), EX_W("than"), EX_W("above"), EX_W("below")};
	size_t ws, wl;

	if (x->end - x->start != 12 || ex_ncasecmp(ctx->text + x->start, "the previous", 12) != 0)
		return 0;
	wl = ex_word_before(ctx->text, x->start, s, &ws);
	return wl > 0 && ex_word_in(COMPARE, EX_NWORDS(COMPARE), ctx->text + ws, wl);
}
/* ex_recent_span - 1 if the history cue at x is "in the past" (or "over the
 * past") and a span of days, weeks or months, or a year, runs on to now: "48
 * tonnes seized in the past month", "in the past two weeks", "in the past
 * fortnight", "in the past year"; "in the past decade", "in the past five
 * years" and "in the past" alone stay history.  A count word ("two",
 * "several", "few") may stand before the unit. */
static int
ex_recent_span(const struct ex_ctx *ctx, const struct ex_mention *x, size_t e)
{
	static const struct ex_word UNIT[] = {
	    EX_W("day"), EX_W("days"), EX_W("week"), EX_W("weeks"), EX_W("fortnight"),
	    EX_W("month"), EX_W("months"), EX_W("quarter"), EX_W("year"), EX_W("hours")};
	const char *t = ctx->text;
	size_t ws, wl;

	if (x->end - x->start < 8 || ex_ncasecmp(t + x->end - 4, "past", 4) != 0 ||
	    (wl = ex_word_after(t, x->end, e, &ws)) == 0 || ws != x->end + 1)
		return 0;
	if (!ex_word_in(UNIT, EX_NWORDS(UNIT), t + ws, wl) && (ex_count_word(t + ws, wl) ||
	    (wl == 3 && ex_ncasecmp(t + ws, "few", 3) == 0) || (wl == 7 && ex_ncasecmp(t + ws, "several", 7) == 0) ||
	    (t[ws] >= '0' && t[ws] <= '9')))
		wl = ex_word_after(t, ws + wl, e, &ws);
	return wl > 0 && ex_word_in(UNIT, EX_NWORDS(UNIT), t + ws, wl);
}
/* ex_history_cue - 1 if sentence [s,e) has a cue of history (RULE_HISTORY) that
 * does not stand in a relative clause or participle after a comma: "...fell to
 * zero on Friday, the last step of the agreement, which entered into force two
 * years ago" dates the agreement, not the cut (ex_trailing_relative); nor is
 * a recent span one ("in the past month", ex_recent_span). */
int
ex_history_cue(const struct ex_ctx *ctx, size_t s, size_t e)
{
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_HISTORY && ctx->m.v[i].start >= s &&
		    !ex_trailing_relative(ctx->text, s, ctx->m.v[i].start, e) &&
		    !ex_compared_previous(ctx, s, &ctx->m.v[i]) && !ex_recent_span(ctx, &ctx->m.v[i], e))
			return 1;
	return 0;
}
/* ex_old_rate_year - 1 if the preposition of a year at prep ("in April 2025",
 * "since August 2025", "on April 2, 2025") follows a participle of imposing that
 * dates a rate the clause lowers from or removes: "lowered from the 46%
 * announced in April 2025", "down from the 36% it had threatened in 2025",
 * "removing a 25 per cent penalty it imposed in 2025": the year dates the old
 * rate, not the act.  Back from the participle: at most two words of its subject
 * ("it", "had", one capitalised name), a noun of rates, the rate, one adjective,
 * a determiner, then "from" or a verb of removing. */
static int
ex_old_rate_year(const char *t, size_t s, size_t prep)
{
	static const struct ex_word IMPOSE[] = {
	    EX_W("announced"), EX_W("imposed"), EX_W("threatened"), EX_W("charged"),
	    EX_W("set"), EX_W("levied"), EX_W("introduced"), EX_W("added"), EX_W("applied"),
	    EX_W("slapped")};
	static const struct ex_word WHO[] = {
	    EX_W("it"), EX_W("they"), EX_W("had"), EX_W("has"), EX_W("have"), EX_W("was"),
	    EX_W("were"), EX_W("first"), EX_W("originally"), EX_W("initially")};
	static const struct ex_word NOUN[] = {
	    EX_W("rate"), EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"),
	    EX_W("levy"), EX_W("penalty"), EX_W("surcharge"), EX_W("surtax")};
	static const struct ex_word ADJ[] = {
	    EX_W("additional"), EX_W("extra"), EX_W("punitive"), EX_W("reciprocal"),
	    EX_W("higher"), EX_W("original"), EX_W("initial"), EX_W("penalty")};
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("a"), EX_W("an"), EX_W("its"), EX_W("their")};
	static const struct ex_word FROM[] = {
	    EX_W("from"), EX_W("removing"), EX_W("removed"), EX_W("lifting"), EX_W("lifted"),
	    EX_W("scrapping"), EX_W("scrapped"), EX_W("ending"), EX_W("ended"),
	    EX_W("eliminating"), EX_W("eliminated"), EX_W("dropping"), EX_W("dropped"),
	    EX_W("withdrawing"), EX_W("withdrew")};
	static const struct ex_word LOWER[] = {
	    EX_W("cut"), EX_W("cuts"), EX_W("lowered"), EX_W("lowers"), EX_W("reduced"),
	    EX_W("reduces"), EX_W("slashed"), EX_W("halved"), EX_W("trimmed"), EX_W("brought"),
	    EX_W("cutting"), EX_W("lowering"), EX_W("reducing"), EX_W("lower"), EX_W("reduce")};
	size_t ws, wl, p, d;

	if ((wl = ex_word_before(t, prep, s, &ws)) == 0 || !ex_word_in(IMPOSE, EX_NWORDS(IMPOSE), t + ws, wl))
		return 0;
	p = ws;
	for (int n = 0; n < 2 && (wl = ex_word_before(t, p, s, &ws)) > 0 &&
	    (ex_word_in(WHO, EX_NWORDS(WHO), t + ws, wl) || (n == 0 && t[ws] >= 'A' && t[ws] <= 'Z')); n++)
		p = ws;
	if ((wl = ex_word_before(t, p, s, &ws)) > 0 && ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
		p = ws;
	/* The rate: "46%", "27.5 percent", "25 per cent". */
	while (p > s && t[p - 1] == ' ')
		p--;
	if (p > s && t[p - 1] == '%')
		p--;
	else if ((wl = ex_word_before(t, p, s, &ws)) == 7 && ex_ncasecmp(t + ws, "percent", 7) == 0)
		p = ws;
	else if (wl == 4 && ex_ncasecmp(t + ws, "cent", 4) == 0 &&
	    (wl = ex_word_before(t, ws, s, &ws)) == 3 && ex_ncasecmp(t + ws, "per", 3) == 0)
		p = ws;
	else
		return 0;
	while (p > s && t[p - 1] == ' ')
		p--;
	for (d = p; p > s && ((t[p - 1] >= '0' && t[p - 1] <= '9') || t[p - 1] == '.'); p--)
		continue;
	if (p == d || t[p] < '0' || t[p] > '9')
		return 0;
	if ((wl = ex_word_before(t, p, s, &ws)) > 0 && ex_word_in(ADJ, EX_NWORDS(ADJ), t + ws, wl))
		p = ws;
	if ((wl = ex_word_before(t, p, s, &ws)) > 0 && ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		p = ws;
	if ((wl = ex_word_before(t, p, s, &ws)) == 0 || !ex_word_in(FROM, EX_NWORDS(FROM), t + ws, wl))
		return 0;
	/* "down from" has no verb of its own: only after a verb of lowering ("cut
	 * its tariff to 19%, down from the 36% it announced in 2025"), not after a
	 * rate told as a state ("would continue to face a 20% tariff, down from
	 * the 46% announced in April 2025"). */
	if (wl == 4 && (wl = ex_word_before(t, ws, s, &ws)) == 4 && ex_ncasecmp(t + ws, "down", 4) == 0) {
		for (p = ws; p > s && ws - p < 120;) {
			if (!ex_word_byte((unsigned char)t[p - 1])) {
				p--;
				continue;
			}
			wl = ex_word_before(t, p, s, &d);
			if (ex_word_in(LOWER, EX_NWORDS(LOWER), t + d, wl))
				return 1;
			p = d;
		}
		return 0;
	}
	return 1;
}
/* ex_year_list_on - 1 if a list of years after pos, the end of one, reaches the
 * publication's year or a later one: "each year in 2026, 2027 and 2028" told in
 * 2027 runs on, no history. */
static int
ex_year_list_on(const struct ex_ctx *ctx, size_t pos, size_t e)
{
	const char *t = ctx->text;
	size_t p = pos, ws, wl;
	int y;

	for (int k = 0; k < 4; k++) {
		if (p < e && t[p] == ',')
			p++;
		if ((wl = ex_word_after(t, p, e, &ws)) == 3 && ex_ncasecmp(t + ws, "and", 3) == 0)
			wl = ex_word_after(t, ws + wl, e, &ws);
		if (wl != 4 || ws - p > 5 || (y = ex_year_at(t + ws, ctx->len - ws)) == 0)
			return 0;
		if (y >= ctx->pub_year)
			return 1;
		p = ws + wl;
	}
	return 0;
}
/* ex_by_end - 1 if "by", "before" or "until" and "the" stand right before the
 * word at pos ("by the end of 2025", "before the start of 2025"): the year
 * dates a deadline, not the time the clause tells of. */
static int
ex_by_end(const char *t, size_t s, size_t pos)
{
	static const struct ex_word BY[] = {EX_W("by"), EX_W("before"), EX_W("until")};
	size_t ws, wl = ex_word_before(t, pos, s, &ws);

	if (wl != 3 || ex_ncasecmp(t + ws, "the", 3) != 0)
		return 0;
	wl = ex_word_before(t, ws, s, &ws);
	return wl > 0 && ex_word_in(BY, EX_NWORDS(BY), t + ws, wl);
}
/* ex_after_step - 1 if the year at pos stands in a trailing ", after ..." or
 * ", following ..." phrase and the clause before its comma tells of a time
 * not past (a year of publication or later) or of a future ("will"): "China
 * pledged to buy 25 million tonnes in calendar 2026, after a first tranche at
 * the end of 2025", "Japan will invest $550 billion by 2029, after a first
 * round in 2025": the year dates the earlier step, not the sentence. */
static int
ex_after_step(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	static const struct ex_word AFTER[] = {EX_W("after"), EX_W("following")};
	static const struct ex_word AHEAD[] = {EX_W("will"), EX_W("next")};
	const char *t = ctx->text;
	size_t k = pos, ws, wl;

	while (k > s && t[k - 1] != ',' && t[k - 1] != ';')
		k--;
	if (k == s || t[k - 1] != ',' || (wl = ex_word_after(t, k, pos, &ws)) == 0 ||
	    !ex_word_in(AFTER, EX_NWORDS(AFTER), t + ws, wl))
		return 0;
	k--;
	if (ex_span_word_in(AHEAD, EX_NWORDS(AHEAD), t, s, k))
		return 1;
	for (size_t i = s; i + 4 <= k; i++)
		if ((i == s || !ex_word_byte((unsigned char)t[i - 1])) && ex_year_at(t + i, k - i) >= ctx->pub_year)
			return 1;
	return 0;
}
/* ex_told_year - 1 if the year y at pos, after "in" at prep (a month or "early",
 * "late" perhaps between), dates the saying of a pledge: a verb of saying or
 * pledging right before "in", "that" or "to" right after the year, and y at
 * most two years before publication (as in ex_recent_deal_year).  "Beijing
 * said in November 2025 that it would restore ...", "China pledged in 2025 to
 * buy ...": the pledge is recent and the act still ahead of it; the article
 * tells whether it was kept.  "The tariffs were removed in 2025" (no such verb)
 * and "Norway pledged in 2022 to invest ..." (older) stay history. */
static int
ex_told_year(const struct ex_ctx *ctx, size_t s, size_t e, size_t prep, size_t pos, int y)
{
	static const struct ex_word TOLD[] = {
	    EX_W("said"), EX_W("announced"), EX_W("promised"), EX_W("pledged"),
	    EX_W("committed"), EX_W("agreed"), EX_W("vowed")};
	static const struct ex_word NEXT[] = {EX_W("that"), EX_W("to")};
	const char *t = ctx->text;
	size_t ws, wl, p = pos + 4;

	if (y < ctx->pub_year - 2 || (wl = ex_word_before(t, prep, s, &ws)) == 0 ||
	    !ex_word_in(TOLD, EX_NWORDS(TOLD), t + ws, wl))
		return 0;
	if (p < e && t[p] == ',')
		p++;
	return (wl = ex_word_after(t, p, e, &ws)) > 0 && ws - p <= 1 &&
	    ex_word_in(NEXT, EX_NWORDS(NEXT), t + ws, wl);
}
/* ex_told_pledge_in - 1 if a year in [s,e) dates the saying of a pledge
 * (ex_told_year): "VinFast committed in 2024 to invest $800 million". */
int
ex_told_pledge_in(const struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;

	for (size_t i = s; i + 4 <= e; i++) {
		size_t ws, wl;
		int y;

		/* As in ex_past_year: a year starting at i to i + 3 covers t[i + 3]. */
		if (t[i + 3] < '0' || t[i + 3] > '9') {
			i += 3;
			continue;
		}
		if ((i > s && ex_word_byte((unsigned char)t[i - 1])) || (y = ex_year_at(t + i, e - i)) == 0 ||
		    y >= ctx->pub_year)
			continue;
		wl = ex_word_before(t, i, s, &ws);
		if (wl > 0 && ex_is_month(t + ws, wl))
			wl = ex_word_before(t, ws, s, &ws);
		if (wl == 2 && ex_ncasecmp(t + ws, "in", 2) == 0 && ex_told_year(ctx, s, e, ws, i, y))
			return 1;
	}
	return 0;
}
/* ex_past_year - 1 if [s,e) anchors itself in a year before publication: "in 2020",
 * "in late 2022", "in mid-2024", "under the 2020 deal", "in March 2019", "from
 * 2015 to 2019". */
int
ex_past_year(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word PREP[] = {
	    EX_W("in"), EX_W("under"), EX_W("during"), EX_W("since"), EX_W("the"),
	    EX_W("back"), EX_W("before")};
	static const struct ex_word THEN[] = {EX_W("to"), EX_W("of")};
	static const struct ex_word SPAN[] = {EX_W("from"), EX_W("between")};
	static const struct ex_word PART[] = {EX_W("early"), EX_W("late"), EX_W("mid")};
	static const struct ex_word LEAD[] = {
	    EX_W("back"), EX_W("spring"), EX_W("summer"), EX_W("autumn"), EX_W("fall"),
	    EX_W("winter"), EX_W("end"), EX_W("start"), EX_W("beginning"), EX_W("middle")};
	const char *t = ctx->text;

	if (ctx->pub_year == 0)
		return 0;
	for (size_t i = s; i + 4 <= e; i++) {
		size_t ws, wl;
		int y;

		/* The four digits of a year starting at i, i + 1, i + 2 or i + 3 all
		 * cover t[i + 3]: a byte there that is no digit rules out all four. */
		if (t[i + 3] < '0' || t[i + 3] > '9') {
			i += 3;
			continue;
		}
		if (t[i] < '1' || t[i] > '2' || (i > s && ex_word_byte((unsigned char)t[i - 1])) ||
		    t[i + 1] < '0' || t[i + 1] > '9' || t[i + 2] < '0' || t[i + 2] > '9' ||
		    t[i + 3] < '0' || t[i + 3] > '9' || (i + 4 < e && ex_word_byte((unsigned char)t[i + 4])))
			continue;
		y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
		/* "The affiliates rule -- the September 2025 measure that extended
		 * ... -- remains suspended": the aside's year dates the measure. */
		if (y < 1900 || y >= ctx->pub_year || ex_in_gloss(ctx, i) != NULL)
			continue;
		/* "removed its tariffs on January 1, 2024", "took effect on 30 June
		 * 2025": a whole date a year or more before publication. */
		if (ex_after_step(ctx, s, i))
			continue;
		if ((ws = ex_old_full_date(ctx, s, i, y)) != EX_NOPOS &&
		    !ex_trailing_relative(t, s, ws, e) && !ex_noun_relative(ctx, s, ws) &&
		    !ex_old_rate_year(t, s, ws))
			return 1;
		wl = ex_word_before(t, i, s, &ws);
		/* "in mid-2024": the part of the year before a hyphen. */
		if (wl == 0 && i >= s + 4 && t[i - 1] == '-' && ex_word_before(t, i - 1, s, &ws) == 3 &&
		    ex_ncasecmp(t + ws, "mid", 3) == 0)
			wl = ex_word_before(t, ws, s, &ws);
		if (wl > 0 && ex_is_month(t + ws, wl))
			wl = ex_word_before(t, ws, s, &ws);
		/* "in late 2022", "in early March 2024". */
		if (wl > 0 && ex_word_in(PART, EX_NWORDS(PART), t + ws, wl))
			wl = ex_word_before(t, ws, s, &ws);
		/* "dates back to 2018", "in the spring of 2019". */
		if (wl > 0 && ex_word_in(THEN, EX_NWORDS(THEN), t + ws, wl)) {
			size_t ws2, wl2 = ex_word_before(t, ws, s, &ws2);

			if (wl2 > 0 && ex_word_in(LEAD, EX_NWORDS(LEAD), t + ws2, wl2) && !ex_trailing_relative(t, s, i, e) &&
			    !ex_by_end(t, s, ws2))
				return 1;
		}
		if (wl > 0 && ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl) && !ex_trailing_relative(t, s, i, e) &&
		    !ex_recent_deal_year(ctx, s, e, ws, i, y) && !ex_told_year(ctx, s, e, ws, i, y) && !ex_year_list_on(ctx, i + 4, e) &&
		    !ex_dated_measure(ctx, s, e, ws, i) &&
		    !ex_noun_relative(ctx, s, i) && !ex_since_clause(t, s, i) && !ex_old_rate_year(t, s, ws) &&
		    !(wl == 5 && ex_ncasecmp(t + ws, "since", 5) == 0 &&
		    (ex_state_since(t, s, ws) || ex_record_since(t, s, ws) ||
		    ex_since_perfect(t, i + 4, e))))
			return 1;
		/* "The shortfall echoes 2020, when ...": the year the clause tells of. */
		if (i + 11 <= e && ex_ncasecmp(t + i + 4, ", when ", 7) == 0)
			return 1;
		/* "banned US poultry from 2015 to 2019", "between 2018 and 2020": a
		 * span that closed before the publication's year. */
		if (wl > 0 && ex_word_in(SPAN, EX_NWORDS(SPAN), t + ws, wl) && ex_span_end(ctx, t, i + 4, e))
			return 1;
	}
	return 0;
}
/* ex_old_deal_of - 1 if [s,e) names a deal dated by "of" a year three or more
 * before publication, a month perhaps between: "The Phase One deal of January
 * 2020 collapsed", "the accord of 2019 fell apart" (an older deal; a recent one
 * may be the deal whose terms are news, as in ex_recent_deal_year). */
static int
ex_old_deal_of(const struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;
	size_t ws, wl, p;
	int y;

	if (ctx->pub_year == 0)
		return 0;
	for (size_t i = s; i + 4 <= e; i++) {
		if (t[i + 3] < '0' || t[i + 3] > '9') {
			i += 3;
			continue;
		}
		if (t[i] < '1' || t[i] > '2' || (i > s && ex_word_byte((unsigned char)t[i - 1])) ||
		    t[i + 1] < '0' || t[i + 1] > '9' || t[i + 2] < '0' || t[i + 2] > '9' ||
		    (i + 4 < e && ex_word_byte((unsigned char)t[i + 4])))
			continue;
		y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
		if (y < 1900 || y >= ctx->pub_year - 2)
			continue;
		p = i;
		if ((wl = ex_word_before(t, p, s, &ws)) > 0 && ex_is_month(t + ws, wl))
			p = ws;
		if ((wl = ex_word_before(t, p, s, &ws)) != 2 || ex_ncasecmp(t + ws, "of", 2) != 0)
			continue;
		if ((wl = ex_word_before(t, ws, s, &ws)) > 0 &&
		    ex_word_in(EX_PACT_NOUNS, EX_NWORDS(EX_PACT_NOUNS), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_old_deal_opening - 1 if sentence [s,e) opens with "Under" or "In", "the",
 * at most four words and a deal noun, a participle perhaps ("signed",
 * "reached"), "of" or "in", a month perhaps, then a year three or more before
 * publication and a comma: "Under the Phase One deal signed in January 2020,
 * China agreed to buy ...", "In the Phase One agreement of January 2020, China
 * pledged ...".  The clause restates an old deal's terms: history, whatever
 * the participle before the year (ex_noun_relative) would make of it.  A
 * recent deal ("Under the agreement signed in September 2025, Japan is to
 * invest ...") is left to ex_recent_deal_year's reading. */
int
ex_old_deal_opening(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word LEAD[] = {EX_W("under"), EX_W("in")};
	static const struct ex_word LINK[] = {EX_W("of"), EX_W("in")};
	const char *t = ctx->text;
	size_t p, ws, wl;
	int w, y;

	if (ctx->pub_year == 0 || (wl = ex_word_after(t, s, e, &ws)) == 0 ||
	    !ex_word_in(LEAD, EX_NWORDS(LEAD), t + ws, wl) ||
	    (wl = ex_word_after(t, ws + wl, e, &ws)) != 3 || ex_ncasecmp(t + ws, "the", 3) != 0)
		return 0;
	for (w = 0, p = ws + wl; w < 5; w++) {
		if ((wl = ex_word_after(t, p, e, &ws)) == 0 || memchr(t + p, ',', ws - p) != NULL)
			return 0;
		p = ws + wl;
		if (ex_word_in(EX_PACT_NOUNS, EX_NWORDS(EX_PACT_NOUNS), t + ws, wl))
			break;
	}
	if (w == 5 || (wl = ex_word_after(t, p, e, &ws)) == 0 || ws != p + 1)
		return 0;
	if (rules_word_past(ctx->r, t + ws, wl))
		wl = ex_word_after(t, ws + wl, e, &ws);
	if (wl == 0 || !ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl) ||
	    (wl = ex_word_after(t, ws + wl, e, &ws)) == 0)
		return 0;
	if (ex_is_month(t + ws, wl))
		wl = ex_word_after(t, ws + wl, e, &ws);
	if (wl != 4 || (y = ex_year_at(t + ws, ctx->len - ws)) == 0 || y >= ctx->pub_year - 2)
		return 0;
	return ws + 4 < e && t[ws + 4] == ',';
}
/*
 * ex_dated_deal_subject - where the verb opens of a sentence whose subject is a
 * deal dated by a participle of an earlier year: "The Geneva deal, signed in May
 * 2025, cut U.S. tariffs ...", "The accord reached in July 2025 committed Japan
 * to invest ...", "The framework, unveiled on October 3, 2025, obliged Vietnam
 * to buy ...".  A determiner, at most three words and a deal noun (deal[],
 * shared with ex_dated_deal_relative), a participle (a comma before it or not),
 * at most six words ending in the year, then, past the comma closing the aside,
 * a verb in the past.  What the old deal did then is its terms, history; "The
 * deal, signed in 2025, was extended on Monday" (an auxiliary) and "..., remains
 * in force" (no past) are news.  EX_NOPOS otherwise.
 */
static size_t
ex_dated_deal_subject(const struct ex_ctx *ctx, size_t s, size_t e, const struct ex_word *deal,
    size_t ndeal)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("this"), EX_W("that"), EX_W("its"), EX_W("their")};
	static const struct ex_word AUX[] = {
	    EX_W("was"), EX_W("were"), EX_W("had"), EX_W("did")};
	const char *t = ctx->text;
	size_t p = s, ws, wl, dl = ex_dateline_end(t, ctx->len);
	int w, y, of = 0;

	if (s < dl)
		p = dl + 1;     /* past the dash */
	if ((wl = ex_word_after(t, p, e, &ws)) == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return EX_NOPOS;
	for (w = 0, p = ws + wl; w < 4; w++) {
		if ((wl = ex_word_after(t, p, e, &ws)) == 0)
			return EX_NOPOS;
		p = ws + wl;
		if (ex_word_in(deal, ndeal, t + ws, wl))
			break;
	}
	if (w == 4)
		return EX_NOPOS;
	if (p < e && t[p] == ',')
		p++;
	/* "The Phase One agreement of January 2020 committed China to buy":
	 * "of" and the date name the deal as the participle does. */
	if ((wl = ex_word_after(t, p, e, &ws)) == 0 ||
	    (!rules_word_past(ctx->r, t + ws, wl) && !(of = wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0)))
		return EX_NOPOS;
	for (w = 0, p = ws + wl; w < 6; w++) {
		if (p < e && t[p] == ',')
			p++;    /* "on October 3, 2025" */
		if ((wl = ex_word_after(t, p, e, &ws)) == 0)
			return EX_NOPOS;
		p = ws + wl;
		if (wl != 4 || t[ws] < '1' || t[ws] > '2' || t[ws + 1] < '0' || t[ws + 1] > '9' ||
		    t[ws + 2] < '0' || t[ws + 2] > '9' || t[ws + 3] < '0' || t[ws + 3] > '9')
			continue;
		y = (t[ws] - '0') * 1000 + (t[ws + 1] - '0') * 100 + (t[ws + 2] - '0') * 10 + (t[ws + 3] - '0');
		if (y < 1900 || y >= ctx->pub_year)
			return EX_NOPOS;
		break;
	}
	if (w == 6)
		return EX_NOPOS;
	if (p < e && t[p] == ',')
		p++;
	if ((wl = ex_word_after(t, p, e, &ws)) == 0 || !rules_word_past(ctx->r, t + ws, wl) ||
	    ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl))
		return EX_NOPOS;
	/* "The Phase One agreement of January 2020 committed China to buying
	 * ..., and China fell well short": the terms told with their end in the
	 * same sentence are a claim of that end, left to the clause reading. */
	if (of)
		for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start < e; i++)
			if (ctx->m.v[i].kind == RULE_CUE &&
			    (ctx->m.v[i].value == STATUS_STALLED || ctx->m.v[i].value == STATUS_BROKEN))
				return EX_NOPOS;
	return ws;
}

/*
 * ex_dated_deal_relative - where a relative clause on a deal of an earlier year
 * opens in [s,e) ("the 2019 suspension agreement, under which Mexican growers
 * had agreed ...", "a 2018 pact in which Canada agreed ...", "The 2020 deal,
 * which committed China to buy ..."): a year before publication, at most two
 * words, a deal noun, an optional comma, then "which", "that", "whereby" or a
 * preposition and "which".  What that clause tells is the old deal's terms,
 * history; EX_NOPOS when the sentence has none.
 */
size_t
ex_dated_deal_relative(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word DEAL[] = {
	    EX_W("deal"), EX_W("deals"), EX_W("agreement"), EX_W("agreements"), EX_W("pact"),
	    EX_W("accord"), EX_W("truce"), EX_W("treaty"), EX_W("arrangement"), EX_W("understanding"),
	    EX_W("framework")};
	static const struct ex_word REL[] = {
	    EX_W("which"), EX_W("that"), EX_W("whereby")};
	static const struct ex_word PREP[] = {
	    EX_W("under"), EX_W("in"), EX_W("by"), EX_W("through")};
	const char *t = ctx->text;
	size_t ws, wl, p;
	int y, dated;

	if (ctx->pub_year == 0)
		return EX_NOPOS;
	for (size_t i = s; i + 4 <= e; i++) {
		/* As in ex_past_year: a year starting at i to i + 3 covers t[i + 3]. */
		if (t[i + 3] < '0' || t[i + 3] > '9') {
			i += 3;
			continue;
		}
		if (t[i] < '1' || t[i] > '2' || t[i + 1] < '0' || t[i + 1] > '9' || t[i + 2] < '0' ||
		    t[i + 2] > '9' || t[i + 3] < '0' || t[i + 3] > '9')
			continue;
		if ((i > s && ex_word_byte((unsigned char)t[i - 1])) || (i + 4 < e && ex_word_byte((unsigned char)t[i + 4])))
			continue;
		y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
		if (y < 1900 || y >= ctx->pub_year)
			continue;
		p = i + 4;
		/* "the Phase One agreement of January 2020, under which": the date
		 * after the deal noun, "of" and a month between; the clause opens
		 * after the year. */
		dated = 0;
		if ((wl = ex_word_before(t, i, s, &ws)) > 0 && ex_is_month(t + ws, wl))
			wl = ex_word_before(t, ws, s, &ws);
		if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 && (wl = ex_word_before(t, ws, s, &ws)) > 0 &&
		    ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl))
			dated = 1;
		for (int w = 0; w < 3 && (dated || (wl = ex_word_after(t, p, e, &ws)) > 0); w++, p = ws + wl) {
			if (!dated && !ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl))
				continue;
			if (!dated)
				p = ws + wl;
			if (p < e && t[p] == ',')
				p++;
			if ((wl = ex_word_after(t, p, e, &ws)) > 0 && ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
				if ((wl = ex_word_after(t, ws + wl, e, &ws)) == 0 || wl != 5 ||
				    strncasecmp(t + ws, "which", 5) != 0)
					break;
			if (wl > 0 && ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
				return ws;
			break;
		}
	}
	return ex_dated_deal_subject(ctx, s, e, DEAL, EX_NWORDS(DEAL));
}

/* ex_deadline_passed - 1 if deadline ("YYYY-MM-DD" or "") is before the publication date. */
int
ex_deadline_passed(const struct ex_ctx *ctx, const char *deadline)
{
	return deadline[0] != '\0' && ctx->published != NULL && strlen(ctx->published) >= 10 &&
	    strncmp(deadline, ctx->published, 10) < 0;
}

/* ex_colon_end - the end of [s,e) when it ends in a colon (blanks aside): a list
 * opens; else EX_NOPOS. */
static size_t
ex_colon_end(const char *t, size_t s, size_t e)
{
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t'))
		e--;
	return e > s && t[e - 1] == ':' ? e : EX_NOPOS;
}

/*
 * ex_list_subject - the party that opens a list: a sentence ending in a colon
 * whose last party before it is a subject or a reported one ("The White House
 * said China will:", "Under the deal, Vietnam has agreed to:"); the bullets or
 * items after it are that party's pledges.  -1 when [s,e) opens no list.
 */
int
ex_list_subject(const struct ex_ctx *ctx, size_t s, size_t e)
{
	int trigger;

	return ex_list_opening(ctx, s, e, &trigger);
}

/* ex_finding_noun - 1 if mention x is the subject of a verb of finding right
 * after it ("The review found that:", "the study concluded"): a report, not
 * a proposal or a verb the list's items take. */
static int
ex_finding_noun(const char *t, const struct ex_mention *x, size_t e)
{
	static const struct ex_word FOUND[] = {
	    EX_W("found"), EX_W("finds"), EX_W("concluded"), EX_W("concludes"), EX_W("showed"),
	    EX_W("shows"), EX_W("confirmed"), EX_W("confirms")};
	size_t ws, wl = ex_word_after(t, x->end, e, &ws);

	return wl > 0 && ws == x->end + 1 && ex_word_in(FOUND, EX_NWORDS(FOUND), t + ws, wl);
}

/* ex_party_heading - the party a heading line names and nothing else
 * on a line of its own ("CHINA", "UNITED STATES", "**Japan**", "India:"),
 * above a factbox's bullets that each open with the verb ("* Will suspend
 * ..."); -1 if [s,e) is no such line. */
static int
ex_party_heading(const struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;
	size_t a = s, b = e;
	int party = -1;

	while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\n' || t[b - 1] == '\t' || t[b - 1] == '\r' ||
	    t[b - 1] == '*' || t[b - 1] == '#' || t[b - 1] == ':'))
		b--;
	while (a < b && (t[a] == ' ' || t[a] == '*' || t[a] == '#'))
		a++;
	/* The line must end at a line break (a heading, not a sentence). */
	if (b == a || (b < e && memchr(t + b, '\n', e - b) == NULL && e < ctx->len && t[e] != '\n'))
		return -1;
	for (size_t i = ex_first(ctx, a); i < ctx->m.n && ctx->m.v[i].start < b; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < a)
			continue;
		if (x->kind != RULE_ACTOR || x->start != a || x->end != b || party >= 0)
			return -1;
		party = x->value;
	}
	return party;
}

/*
 * ex_list_opening - the party that opens a list in [s,e) (as ex_list_subject),
 * and in *trigger the class of its last verb or verb noun when it names no
 * measure or goods of its own ("China will suspend:", "The suspension covers:"):
 * the items after it name what that verb acts on; -1 for either when none.
 */
int
ex_list_opening(const struct ex_ctx *ctx, size_t s, size_t e, int *trigger)
{
	size_t k = ex_colon_end(ctx->text, s, e);
	int actor = -1, named = 0;

	*trigger = -1;
	if (k == EX_NOPOS)
		return ex_party_heading(ctx, s, e);
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < k; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < s)
			continue;
		if (x->kind == RULE_ACTOR && (x->role == ROLE_SUBJECT || x->role == ROLE_SPEAKER))
			actor = x->value;
		named |= x->kind == RULE_MEASURE || x->kind == RULE_OBJECT;
		if (x->kind == RULE_TRIGGER && !ex_finding_noun(ctx->text, x, k))
			*trigger = x->value;
	}
	if (named)
		*trigger = -1;
	return actor;
}

/* ex_bullet - the length of a bullet sign at t[s] ("-", "*", "•", an en or em
 * dash, "▪", "·", "◦", "‣", "►", "✓"), else 0. */
static size_t
ex_bullet(const char *t, size_t s, size_t e)
{
	static const char *const SIGN[] = {"\xe2\x80\xa2", "\xe2\x80\x93", "\xe2\x80\x94",
	    "\xe2\x96\xaa", "\xc2\xb7", "\xe2\x97\xa6", "\xe2\x80\xa3", "\xe2\x96\xba", "\xe2\x9c\x93"};

	if (t[s] == '-' || t[s] == '*')
		return 1;
	/* Every SIGN opens with a lead byte (0xc2 or 0xe2): an ASCII byte starts none. */
	if ((unsigned char)t[s] < 0x80)
		return 0;
	for (size_t k = 0; k < sizeof(SIGN) / sizeof(SIGN[0]); k++) {
		size_t n = strlen(SIGN[k]);

		if (e - s >= n && memcmp(t + s, SIGN[k], n) == 0)
			return n;
	}
	return 0;
}

/* ex_list_item - 1 if [s,e) opens with a bullet (ex_bullet) or a
 * number with "." or ")", 0 if not, -1 if it holds only white space. */
int
ex_list_item(const char *t, size_t s, size_t e)
{
	while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t'))
		s++;
	if (s == e)
		return -1;
	if (ex_bullet(t, s, e) > 0)
		return 1;
	while (s < e && t[s] >= '0' && t[s] <= '9')
		s++;
	return s + 1 < e && s > 0 && t[s - 1] >= '0' && t[s - 1] <= '9' && (t[s] == '.' || t[s] == ')') &&
	    t[s + 1] == ' ';
}

/* ex_label_end - the offset of the colon closing a label that opens the
 * sentence [s,e) before pos, a bullet perhaps before it ("Rare earths: China
 * will suspend its export controls", "* Soybeans: ..."): at most four words of
 * letters, spaces and hyphens; EX_NOPOS if none. */
size_t
ex_label_end(const char *t, size_t s, size_t e, size_t pos)
{
	size_t k, b, words = 0;

	while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t'))
		s++;
	if (s < e && (b = ex_bullet(t, s, e)) > 0)
		for (s += b; s < e && t[s] == ' '; s++)
			;
	/* A fourth space ends the walk: words > 3 is no label. */
	for (k = s; k < pos && k - s <= 40 && t[k] != ':' && words <= 3; k++) {
		if (t[k] == ' ')
			words++;
		else if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z') || t[k] == '-'))
			return EX_NOPOS;
	}
	if (k == s || k >= pos || t[k] != ':' || words > 3 || k + 1 >= e || t[k + 1] != ' ')
		return EX_NOPOS;
	return k;
}

/* ex_topic_end - the offset of the comma closing a topic opener of the
 * sentence [s,e) before pos: "On", "As for", "As to", "Regarding", "When it
 * comes to" or "Turning to", then at most five words of letters, hyphens and
 * dots ("On steel and aluminium, the two sides ...", "As for U.S. soybeans,
 * which ..., China will buy ..."); EX_NOPOS if none.  Whether the words name
 * goods ("On Monday," names none) is the caller's to find. */
size_t
ex_topic_end(const char *t, size_t s, size_t e, size_t pos)
{
	static const struct ex_word OPEN[] = {
	    EX_W("on"), EX_W("as for"), EX_W("as to"), EX_W("regarding"), EX_W("when it comes to"),
	    EX_W("turning to")};
	size_t k, words = 0;

	while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t' || t[s] == '"'))
		s++;
	if (s >= e || t[s] < 'A' || t[s] > 'Z' || !ex_phrase_at(OPEN, EX_NWORDS(OPEN), t, s, e))
		return EX_NOPOS;
	for (size_t w = 0; w < EX_NWORDS(OPEN); w++)
		if (ex_phrase_at(OPEN + w, 1, t, s, e)) {
			s += OPEN[w].n;
			break;
		}
	for (k = s; k < pos && k < e && t[k] != ','; k++) {
		if (t[k] == ' ')
			words++;
		else if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z') || t[k] == '-' ||
		    t[k] == '.'))
			return EX_NOPOS;
	}
	if (k >= pos || k >= e || t[k] != ',' || words > 5 || k - s > 60)
		return EX_NOPOS;
	return k;
}

/* ex_list_continues - 1 if the verb at pos in the bulleted item [s,e) goes on
 * from its list's opening, so that a form like "cut" or "lifted" is no past
 * act: the item opens with it ("The United States will:" then "- cut the
 * fentanyl tariff"), or only goods and parties stand before it, no verb of
 * tense, comma or "already" (a headline's participle: "What Seoul promised:"
 * then "- Ban on U.S. beef lifted"). */
int
ex_list_continues(const char *t, size_t s, size_t e, size_t pos)
{
	static const struct ex_word TENSE[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("was"), EX_W("were"), EX_W("been"),
	    EX_W("is"), EX_W("are"), EX_W("already"), EX_W("said"), EX_W("last"), EX_W("ago")};
	size_t b, ws, wl;

	while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t'))
		s++;
	if (s >= e || (b = ex_bullet(t, s, e)) == 0 || pos > e || pos < s + b || pos - s > 160)
		return 0;
	for (size_t k = s + b; k < pos; k++)
		if (t[k] == ',' || t[k] == ';' || t[k] == ':')
			return 0;
	for (size_t k = pos; k > s + b && (wl = ex_word_before(t, k, s + b, &ws)) > 0; k = ws)
		if (ex_word_in(TENSE, EX_NWORDS(TENSE), t + ws, wl))
			return 0;
	return 1;
}

/* ex_list_status - what the opening of a list says of its items: the status of its
 * last cue ("China will:" pledged, "Seoul is considering:" proposed, "Japan has
 * already:" fulfilled), -1 with none. */
int
ex_list_status(const struct ex_ctx *ctx, size_t s, size_t e)
{
	int st = -1;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CUE || x->start < s || ex_month_may(ctx, x) ||
		    (x->value == STATUS_PROPOSED && ex_finding_noun(ctx->text, x, e)))
			continue;
		st = x->value;
	}
	return st;
}

/*
 * ex_talk_date - 1 if the date at e of a sentence [s,...) with no statement of its
 * own is for talks or meetings named before it, not for the deal's measures
 * ("Officials expect progress in the talks by the end of November", "the two
 * sides will try to reach agreement within 90 days", "Lee would visit the White
 * House within two weeks"): it dates no earlier statement.
 */
int
ex_talk_date(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word TALK[] = {
	    EX_W("talks"), EX_W("negotiations"), EX_W("progress"), EX_W("visit"), EX_W("meeting"),
	    EX_W("summit"), EX_W("call"), EX_W("session"), EX_W("round"), EX_W("breakthrough")};
	static const struct ex_word REACH[] = {EX_W("reach"), EX_W("conclude"), EX_W("strike")};
	const char *t = ctx->text;
	size_t ws, wl, ow, ol;

	for (size_t p = s; p < e; p++) {
		if ((wl = ex_word_after(t, p, e, &ws)) == 0)
			continue;
		if (ex_word_in(TALK, EX_NWORDS(TALK), t + ws, wl))
			return 1;
		/* "reach agreement", "conclude a deal" */
		if (ex_word_in(REACH, EX_NWORDS(REACH), t + ws, wl) &&
		    (ol = ex_word_after(t, ws + wl, e, &ow)) > 0 &&
		    (ex_determiner(t + ow, ol) ? (ol = ex_word_after(t, ow + ol, e, &ow)) > 0 : 1) &&
		    ((ol == 9 && ex_ncasecmp(t + ow, "agreement", 9) == 0) ||
		    (ol == 4 && ex_ncasecmp(t + ow, "deal", 4) == 0)))
			return 1;
		p = ws + wl - 1;
	}
	return 0;
}

/*
 * ex_and_list - 1 if the commas of t[a,b) are those of a list that "and" closes
 * before b, the goods named in it or not ("removed its tariffs, of up to 12%,
 * on Indian garments, shoes and gems on the same date", "on canola meal, peas,
 * lobsters and crabs on the same day"): no comma opens a clause of its own
 * (a relative, a conjunction, a report) and " and " follows the last.
 */
static int
ex_and_list(const char *t, size_t a, size_t b)
{
	static const struct ex_word OPEN[] = {
	    EX_W("which"), EX_W("who"), EX_W("where"), EX_W("while"), EX_W("but"), EX_W("as"),
	    EX_W("after"), EX_W("when"), EX_W("though"), EX_W("although"), EX_W("said"),
	    EX_W("officials"), EX_W("according"), EX_W("a"), EX_W("an"), EX_W("its")};
	size_t last = 0, ws, wl;

	for (size_t k = a; k < b; k++) {
		if (t[k] != ',' || k + 1 >= b || t[k + 1] != ' ')
			continue;
		if ((wl = ex_word_after(t, k + 1, b, &ws)) == 0 || ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl))
			return 0;
		last = k + 1;
	}
	if (last == 0)
		return 0;
	for (size_t k = last; k + 5 <= b; k++)
		if (ex_ncasecmp(t + k, " and ", 5) == 0)
			return 1;
	return 0;
}

/*
 * ex_history_date - 1 if the date at pos closes a relative clause, after lo, that
 * tells the measure's own past: "which" or a subject pronoun ("it", "they")
 * with a past verb right after it, within seven words of the date and no comma
 * between ("The fees, which began on Oct. 14", "suspended the fees it had begun
 * charging on October 14", "the duties they imposed from May 1").  That day is
 * when the measure began, not when the act on it was done.  A clause of the
 * measure's effect or force ("the agreement, which entered into force on July
 * 1") is the act's day.
 */
int
ex_history_date(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word REL[] = {EX_W("which"), EX_W("it"), EX_W("they")};
	static const struct ex_word PAST[] = {
	    EX_W("had"), EX_W("has"), EX_W("have"), EX_W("began"), EX_W("begun")};
	static const struct ex_word FORCE[] = {EX_W("effect"), EX_W("force"), EX_W("effective")};
	static const struct ex_word OPEN[] = {
	    EX_W("said"), EX_W("says"), EX_W("announced"), EX_W("that"), EX_W("and"), EX_W("but"),
	    EX_W("as"), EX_W("when"), EX_W("after"), EX_W("because"), EX_W("since"), EX_W("before"),
	    EX_W("until"), EX_W("if"), EX_W("so"), EX_W("where"), EX_W("while"), EX_W("once")};
	size_t ws, wl, p = pos, next = 0, nl = 0;

	for (int w = 0; w < 7 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++) {
		if (memchr(t + ws + wl, ',', p - ws - wl) != NULL)
			return 0;
		if (ex_word_in(FORCE, EX_NWORDS(FORCE), t + ws, wl))
			return 0;
		if (ex_word_in(REL, EX_NWORDS(REL), t + ws, wl)) {
			size_t bs, bl = ex_word_before(t, ws, lo, &bs);

			/* "it" and "they" open a clause with no "which" only right
			 * after its noun: "said it cut", "and they lifted" are main. */
			if (wl != 5 && (bl == 0 || ex_word_in(OPEN, EX_NWORDS(OPEN), t + bs, bl)))
				return 0;
			return nl > 0 && (ex_word_in(PAST, EX_NWORDS(PAST), t + next, nl) ||
			    (nl > 3 && ex_ncasecmp(t + next + nl - 2, "ed", 2) == 0));
		}
		next = ws;
		nl = wl;
		p = ws;
	}
	return 0;
}

/*
 * ex_began_doing - 1 if a past "began" or "started" stands among the four words
 * before the act's verb at anchor (after lo), with the act told as "applying",
 * "to apply", "implementing" or "to implement": "China began applying zero
 * tariffs", "Seoul started to apply the lower rate".  The act is told begun, so
 * done, and a date after it is the day it began to apply, as after a past verb.
 */
static int
ex_began_doing(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word BEGAN[] = {EX_W("began"), EX_W("started"), EX_W("begun")};
	static const struct ex_word DOING[] = {
	    EX_W("applying"), EX_W("implementing"), EX_W("apply"), EX_W("implement")};
	size_t ws, wl, p = anchor, vs = 0, vl = 0;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (memchr(t + ws + wl, ',', p - ws - wl) != NULL)
			return 0;
		if (ex_word_in(DOING, EX_NWORDS(DOING), t + ws, wl)) {
			vs = ws;
			vl = wl;
			continue;
		}
		if (vl == 0)
			continue;
		/* "began to apply": the "to" of an infinitive. */
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0 && ex_ncasecmp(t + vs + vl - 3, "ing", 3) != 0)
			continue;
		return ex_word_in(BEGAN, EX_NWORDS(BEGAN), t + ws, wl);
	}
	return 0;
}

/*
 * ex_state_relative - 1 if t[ce,pos) is a relative clause of state that ends
 * the goods' or partners' name, then "on" right before the date at pos: "with
 * which it has diplomatic relations on June 1", "that have trade deals with it
 * on May 1".  Its verb is "has" or "have" with no participle after it (a
 * possession, not a perfect: "which it had imposed on May 1" tells the
 * measure's past), at most ten words and no comma: the date is the main verb's.
 */
static int
ex_state_relative(const char *t, size_t ce, size_t pos)
{
	static const struct ex_word REL[] = {EX_W("which"), EX_W("that"), EX_W("whom")};
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have")};
	static const struct ex_word PART[] = {
	    EX_W("been"), EX_W("begun"), EX_W("put"), EX_W("set"), EX_W("cut"), EX_W("kept"),
	    EX_W("made"), EX_W("paid"), EX_W("held"), EX_W("since"), EX_W("long"), EX_W("already")};
	size_t ws, wl, p = ce, on = 0;
	int rel = 0, have = 0;

	if (pos < ce + 4 || pos - ce > 90 || memchr(t + ce, ',', pos - ce) != NULL ||
	    ex_word_before(t, pos, ce, &on) != 2 || ex_ncasecmp(t + on, "on", 2) != 0)
		return 0;
	for (int w = 0; (wl = ex_word_after(t, p, on, &ws)) > 0; w++, p = ws + wl) {
		if (w >= 10)
			return 0;
		/* "which", "that", or "with which", "in which": the first two words. */
		if (!rel) {
			rel = ex_word_in(REL, EX_NWORDS(REL), t + ws, wl);
			if (!rel && w > 1)
				return 0;
			continue;
		}
		if (!have && ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl)) {
			size_t ns, nl = ex_word_after(t, ws + wl, on, &ns);

			if (nl == 0 || ex_word_in(PART, EX_NWORDS(PART), t + ns, nl) ||
			    (nl > 3 && (ex_ncasecmp(t + ns + nl - 2, "ed", 2) == 0 ||
			    ex_ncasecmp(t + ns + nl - 2, "en", 2) == 0)))
				return 0;
			have = 1;
		}
	}
	return rel && have;
}

/*
 * ex_done_on - 1 if the bare date wm tells when a measure done at the verb f took
 * effect: it follows the verb in its clause [cs,ce), within 140 bytes, after
 * no reporting verb and no comma ("the tariffs were lifted at 12:01 a.m. on
 * Monday", "Japan cut its duty on US beef on March 1", "terminated its Section
 * 301 investigation into Brazil's ethanol import policy on Thursday": a long
 * object does not part the day from its verb), or stands between a perfect's
 * auxiliary and it ("has today suspended its countermeasures", "have on Monday
 * lifted"): that is its deadline.  "on Tuesday removed" before a plain past
 * tells when it was decided; a date it takes effect may follow.
 */
int
ex_done_on(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    size_t cs, size_t ce)
{
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had")};
	size_t ws, wl;

	if (wm->kind == WHEN_DATE && !wm->reported && f->past && wm->offset >= cs &&
	    wm->offset + wm->len + 1 == f->anchor && ctx->text[f->anchor - 1] == ' ' &&
	    (wl = ex_word_before(ctx->text, wm->offset, cs, &ws)) > 0) {
		if (wl == 2 && ex_ncasecmp(ctx->text + ws, "on", 2) == 0)
			wl = ex_word_before(ctx->text, ws, cs, &ws);
		if (wl > 0 && ex_word_in(HAVE, EX_NWORDS(HAVE), ctx->text + ws, wl))
			return 1;
	}
	if (wm->kind != WHEN_DATE || wm->reported || wm->offset < f->anchor_end ||
	    wm->offset - f->anchor_end > 140 || f->anchor < cs ||
	    (!f->past && !ex_began_doing(ctx->text, cs, f->anchor)) ||
	    (wm->offset >= ce && !ex_state_relative(ctx->text, ce, wm->offset)))
		return 0;
	if (wm->offset >= ce)
		return 1;
	if (ex_history_date(ctx->text, f->anchor_end, wm->offset))
		return 0;
	return ex_list_commas(ctx, f->anchor_end, wm->offset) >= 0 ||
	    ex_and_list(ctx->text, f->anchor_end, wm->offset);
}

/*
 * ex_done_before - 1 if the bare date wm stands before the past verb f of a
 * sentence starting at s and tells the day the act was done: right before the
 * verb, an adverb between at most ("China on Monday suspended the sanctions",
 * "the ministry on Tuesday formally terminated its probe", "Seoul Thursday
 * lowered"), or opening the sentence, "On" before it, and no reporting verb or
 * "that" between it and the verb ("On Monday, the Commerce Department removed
 * two companies from the Entity List").  "On Monday, the ministry said it had
 * lifted the ban" is no such day: the report's.  The caller reads it only when
 * the sentence gives the act no other date (one of effect after it wins).
 */
int
ex_done_before(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm, size_t s)
{
	static const struct ex_word ADV[] = {
	    EX_W("also"), EX_W("formally"), EX_W("officially"), EX_W("quietly"), EX_W("finally"),
	    EX_W("abruptly"), EX_W("unexpectedly")};
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("announced"), EX_W("told"), EX_W("confirmed"),
	    EX_W("reported"), EX_W("stated"), EX_W("that"), EX_W("it"), EX_W("they"),
	    EX_W("noted"), EX_W("added"), EX_W("wrote")};
	const char *t = ctx->text;
	size_t ws, wl, p = f->anchor, we = wm->offset + wm->len, last = 0;
	int words = 0;

	if (wm->kind != WHEN_DATE || wm->reported || wm->since || !f->past || wm->offset < s ||
	    we >= f->anchor || f->anchor - we > 120)
		return 0;
	while ((wl = ex_word_before(t, p, we, &ws)) > 0) {
		/* "On the same day it cut the tariff", "On Tuesday it also removed":
		 * the subject pronoun right before the verb or its adverb. */
		int subject = (words == 0 || (words == 1 && ex_word_in(ADV, EX_NWORDS(ADV), t + p, last))) &&
		    ((wl == 2 && ex_ncasecmp(t + ws, "it", 2) == 0) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "they", 4) == 0));

		if ((!subject && ex_word_in(SAY, EX_NWORDS(SAY), t + ws, wl)) || ++words > 10)
			return 0;
		p = ws;
		last = wl;
	}
	if (memchr(t + we, ',', f->anchor - we) == NULL &&
	    (words == 0 || (words == 1 && ex_word_in(ADV, EX_NWORDS(ADV), t + p, last))))
		return 1;
	/* Opening the sentence: "On Monday(,) the Commerce Department removed",
	 * after a dateline ("SEOUL - On Monday, ..."). */
	p = s;
	for (size_t k = s; k < wm->offset && k < s + 60; k++) {
		if (t[k] >= 'a' && t[k] <= 'z')
			break;
		if (k + 3 <= wm->offset && t[k] == ' ' && (t[k + 1] == '-' ||
		    (k + 5 <= wm->offset && (unsigned char)t[k + 1] == 0xe2 && (unsigned char)t[k + 2] == 0x80 &&
		    (unsigned char)t[k + 3] == 0x94))) {
			p = k + 1;
			break;
		}
	}
	while (p < wm->offset && !ex_word_byte((unsigned char)t[p]))
		p++;
	if (p + 3 <= wm->offset && ex_ncasecmp(t + p, "on ", 3) == 0)
		p += 3;
	return p == wm->offset;
}

/*
 * ex_reported_done - 1 if the day wm a report is dated with ("announced on Friday
 * that it has lifted the suspension", "has removed the surcharge, the ministry
 * said on Monday") tells when the measure done at the verb f in sentence [s,e)
 * took effect: f is a present perfect ("has lifted", "have now removed"), so
 * done by the day of the report, and the sentence gives no other day (a
 * dateline's "July 21" for that Friday is the same; an end, "has suspended
 * ... for one year", is none).  "said
 * on Monday it had lifted" may tell of an older act, and stays undated.
 */
int
ex_reported_done(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    size_t nw, size_t s, size_t e)
{
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have")};
	static const struct ex_word ADV[] = {
	    EX_W("now"), EX_W("already"), EX_W("also"), EX_W("formally"), EX_W("officially")};
	size_t ws, wl;

	if (wm->kind != WHEN_DATE || !wm->reported || !f->past || wm->offset < s || wm->offset >= e ||
	    (wl = ex_word_before(ctx->text, f->anchor, s, &ws)) == 0)
		return 0;
	if (ex_word_in(ADV, EX_NWORDS(ADV), ctx->text + ws, wl))
		wl = ex_word_before(ctx->text, ws, s, &ws);
	if (wl == 0 || !ex_word_in(HAVE, EX_NWORDS(HAVE), ctx->text + ws, wl))
		return 0;
	/* The end of a suspension ("has suspended ... for one year") is no other day. */
	for (size_t w = 0; w < nw; w++)
		if (&ctx->when[w] != wm && ctx->when[w].offset >= s && ctx->when[w].offset < e &&
		    ctx->when[w].kind != WHEN_EXPIRY && strcmp(ctx->when[w].date, wm->date) != 0)
			return 0;
	return 1;
}

/* ex_to_amount - 1 if the text after a "to" at t opens with an amount ("to 15
 * percent", "to $2 billion", "to zero"). */
static int
ex_to_amount(const char *t)
{
	while (*t == ' ')
		t++;
	if (*t == '$')
		t++;
	return (*t >= '0' && *t <= '9') || ex_ncasecmp(t, "zero", 4) == 0;
}

/*
 * ex_done_weekday - for a weekday or a month-day wm that tells when a measure
 * was done (ex_done_on: "lowered its tariffs on Friday", "were removed on
 * Thursday", "suspended the controls on October 9"), the day on or before
 * publication into out: a past verb's "Friday" is the last one, not the one
 * ahead that a weekday alone may mean ("next Friday" and a day told with its
 * date keep theirs), and its "October 9" in an article of June is last
 * year's, not the one nearest ahead (a date told with its year keeps it).
 * 1 if out was set.
 */
int
ex_done_weekday(const struct ex_ctx *ctx, const struct when_match *wm, char out[11])
{
	const char *t = ctx->text + wm->offset;
	size_t n, w, run = 0;
	int digits = 0;

	if (ctx->published == NULL || strlen(ctx->published) < 10 ||
	    strncmp(wm->date, ctx->published, 10) <= 0 || wm->len < 5 ||
	    ex_ncasecmp(t, "next ", 5) == 0 || ex_ncasecmp(t, "coming ", 7) == 0 ||
	    ex_ncasecmp(t, "this coming ", 12) == 0)
		return 0;
	for (size_t i = 0; i < wm->len; i++) {
		run = t[i] >= '0' && t[i] <= '9' ? run + 1 : 0;
		digits += run > 0;
		if (run >= 4)
			return 0;       /* a year, or an ISO date */
	}
	if (digits > 0) {
		/* "October 9", "9 Oct.": last year's, the same day; not after a
		 * modal or a schedule a few words before it ("India's duty cut will
		 * begin on May 1": "cut" there is a noun). */
		static const struct ex_word AHEAD[] = {
		    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("to"), EX_W("due"),
		    EX_W("scheduled"), EX_W("set"), EX_W("expected"), EX_W("planned")};
		size_t ws, wl, p = wm->offset, lo = wm->offset > 80 ? wm->offset - 80 : 0;

		/* A "to" before an amount is the rate's ("lowered the duty to 15
		 * percent on March 1"), not an infinitive's. */
		for (int k = 0; k < 6 && (wl = ex_word_before(ctx->text, p, lo, &ws)) > 0; k++, p = ws)
			if (ex_word_in(AHEAD, EX_NWORDS(AHEAD), ctx->text + ws, wl) &&
			    !(wl == 2 && ex_to_amount(ctx->text + ws + 2)))
				return 0;
		memcpy(out, wm->date, 11);
		for (int k = 3; k >= 0; k--) {
			if (out[k] > '0') {
				out[k]--;
				break;
			}
			out[k] = '9';
		}
		return strcmp(out + 4, "-02-29") != 0;
	}
	n = wm->len;
	if (ex_ncasecmp(t, "this ", 5) == 0) {
		t += 5;
		n -= 5;
	}
	/* A weekday's name: one capitalised word ending "day" ("Monday"). */
	for (w = 0; w < n && ex_word_byte((unsigned char)t[w]); w++)
		;
	if (w < 6 || t[0] < 'A' || t[0] > 'Z' || strncmp(t + w - 3, "day", 3) != 0)
		return 0;
	return when_add_days(wm->date, -7, out) == 0;
}

/*
 * ex_relative_day - 1 if the bare date wm stands in the relative clause [rs,re)
 * right after frame f's clause, after a past verb there that makes f's action of
 * f's measure: "removed tariffs on U.S. wheat, which dropped to zero on January
 * 1": the day the measure done took effect.
 */
int
ex_relative_day(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    size_t rs, size_t re)
{
	if (wm->kind != WHEN_DATE || wm->reported || f->measure < 0 || f->action < 0 ||
	    wm->offset < rs || wm->offset >= re || !ex_relative(ctx->text + rs, re - rs))
		return 0;
	for (size_t i = ex_first(ctx, rs); i < ctx->m.n && ctx->m.v[i].start < wm->offset; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start >= rs && x->kind == RULE_TRIGGER && x->past && wm->offset - x->end <= 40 &&
		    rules_action_find(ctx->r, x->value, f->measure) == f->action)
			return 1;
	}
	return 0;
}

/*
 * ex_past_day_anchor - a weekday a past verb f of clause [cs,ce) tells, right
 * before it ("Indonesia on Monday lifted ...") or as its ex_done_on day ("lifted
 * the ban on Monday"), is the one on or before publication, for a later "that
 * day" too: ctx->last_date, when it holds that weekday read ahead, goes back a
 * week.  The first nw of ctx->when are the sentence's dates.
 */
void
ex_past_day_anchor(struct ex_ctx *ctx, const struct ex_frame *f, size_t nw, size_t cs, size_t ce)
{
	char day[11];

	if (!f->past)
		return;
	for (size_t w = 0; w < nw; w++) {
		const struct when_match *wm = &ctx->when[w];

		if (wm->kind == WHEN_DATE && !wm->since && strcmp(ctx->last_date, wm->date) == 0 &&
		    ((wm->offset >= cs && wm->offset + wm->len + 1 == f->anchor) ||
		    ex_done_on(ctx, f, wm, cs, ce)) && ex_done_weekday(ctx, wm, day))
			memcpy(ctx->last_date, day, 11);
	}
}

/*
 * ex_in_date - 1 if the verb of f lies inside a date expression of sentence
 * [s,e) ("by the end of June", "at year-end": "end" is no verb there), so it
 * names no commitment and refers back to none.
 */
int
ex_in_date(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e)
{
	struct when_match wm[4];
	size_t lo = f->anchor > s + 16 ? f->anchor - 16 : s, hi = f->anchor_end + 40 < e ? f->anchor_end + 40 : e;
	size_t n;

	/* Only the span matters: any date resolves a relative form. */
	n = when_find_all(ctx->text + lo, hi - lo, ctx->published != NULL ? ctx->published : "2000-01-01", wm,
	    EX_NWORDS(wm));
	for (size_t i = 0; i < n; i++)
		if (lo + wm[i].offset <= f->anchor && lo + wm[i].offset + wm[i].len >= f->anchor_end)
			return 1;
	return 0;
}

/*
 * ex_duration_end - the end of a span of time opening t[a,b) ("by another six
 * months", "for a further 90 days", "by 90 days", "for two more months"), else a.
 */
size_t
ex_duration_end(const char *t, size_t a, size_t b)
{
	static const struct ex_word LEAD[] = {
	    EX_W("by"), EX_W("for"), EX_W("another"), EX_W("a"), EX_W("an"), EX_W("further"),
	    EX_W("additional"), EX_W("extra")};
	static const struct ex_word COUNT[] = {
	    EX_W("one"), EX_W("two"), EX_W("three"), EX_W("four"), EX_W("five"), EX_W("six"),
	    EX_W("seven"), EX_W("eight"), EX_W("nine"), EX_W("ten"), EX_W("twelve"),
	    EX_W("eighteen")};
	static const struct ex_word UNIT[] = {
	    EX_W("day"), EX_W("days"), EX_W("week"), EX_W("weeks"), EX_W("month"), EX_W("months"),
	    EX_W("year"), EX_W("years")};
	size_t ws, wl, p = a;
	int count = 0;

	while ((wl = ex_word_after(t, p, b, &ws)) > 0 && ex_word_in(LEAD, EX_NWORDS(LEAD), t + ws, wl))
		p = ws + wl;
	if ((wl = ex_word_after(t, p, b, &ws)) > 0 &&
	    ((t[ws] >= '0' && t[ws] <= '9') || ex_word_in(COUNT, EX_NWORDS(COUNT), t + ws, wl))) {
		p = ws + wl;
		count = 1;
		if ((wl = ex_word_after(t, p, b, &ws)) == 4 && ex_ncasecmp(t + ws, "more", 4) == 0)
			p = ws + wl;
	}
	/* "90-day" is one word to ex_word_after only up to the hyphen. */
	if (count && p < b && t[p] == '-')
		p++;
	if ((wl = ex_word_after(t, p, b, &ws)) > 0 && ex_word_in(UNIT, EX_NWORDS(UNIT), t + ws, wl) &&
	    (count || p > a))
		return ws + wl;
	return a;
}

/*
 * ex_done_object - 1 if t[a,b), between a past verb and the noun after it, holds
 * only a determiner, perhaps after a time adverbial ("extended on Thursday the
 * pause", "lifted last week the suspension", "has extended by another six months
 * the suspension"): the noun is done as its verb is.
 */
int
ex_done_object(const char *t, size_t a, size_t b)
{
	static const struct ex_word WHEN[] = {
	    EX_W("on"), EX_W("today"), EX_W("yesterday"), EX_W("last"), EX_W("week"), EX_W("monday"),
	    EX_W("tuesday"), EX_W("wednesday"), EX_W("thursday"), EX_W("friday"), EX_W("saturday"),
	    EX_W("sunday"), EX_W("night"), EX_W("morning"), EX_W("evening")};
	static const struct ex_word SPAN[] = {
	    EX_W("year"), EX_W("years"), EX_W("month"), EX_W("months"), EX_W("weeks"), EX_W("days")};
	size_t ws, wl, p = a;

	if (b < a || b - a > 48)
		return 0;
	p = ex_duration_end(t, p, b);
	while ((wl = ex_word_after(t, p, b, &ws)) > 0 &&
	    (ex_word_in(WHEN, EX_NWORDS(WHEN), t + ws, wl) || ex_is_month(t + ws, wl) ||
	    (t[ws] >= '0' && t[ws] <= '9')))
		p = ws + wl;
	/* "extended for another year the suspension": a span before the noun. */
	if ((wl = ex_word_after(t, p, b, &ws)) == 3 && strncasecmp(t + ws, "for", 3) == 0)
		for (size_t q = ws + wl, n = 0; n < 4 && (wl = ex_word_after(t, q, b, &ws)) > 0; n++, q = ws + wl)
			if (ex_word_in(SPAN, EX_NWORDS(SPAN), t + ws, wl)) {
				p = ws + wl;
				break;
			}
	while (p < b && (t[p] == ',' || t[p] == '.'))
		p++;
	return ex_only_determiner(t, p, b);
}

/*
 * ex_pending_only - 1 if the stalled or broken cues in [lo,hi) are all of the
 * "not yet" kind ("have not yet been issued", "has yet to start"): a measure not
 * yet taken is only stalled when something says it is late (a delay word, a
 * deadline already past, an earlier year).
 */
int
ex_pending_only(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	int pending = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CUE || (x->value != STATUS_STALLED && x->value != STATUS_BROKEN))
			continue;
		if (!rules_list_has(&ctx->r->pending_cues, ctx->text + x->start, x->end - x->start))
			return 0;
		pending = 1;
	}
	return pending;
}

/* ex_agent_participle - 1 if the pledge cue x is a participle with its agent
 * before the verb at anchor: "A proclamation signed by President Trump removed
 * the tariff", "the order announced by the ministry cut ...": it names the
 * document, and the verb keeps its own tense.  A verb joined to the participle
 * ("a tariff announced by Trump in April and then suspended") shares it. */
static int
ex_agent_participle(const char *t, const struct ex_mention *x, size_t anchor)
{
	size_t ws, wl;

	if (x->value != STATUS_PLEDGED || x->end >= anchor || x->end - x->start <= 2 ||
	    ex_ncasecmp(t + x->end - 2, "ed", 2) != 0 ||
	    (wl = ex_word_after(t, x->end, anchor, &ws)) != 2 || ex_ncasecmp(t + ws, "by", 2) != 0 ||
	    ws != x->end + 1)
		return 0;
	for (size_t p = ws + wl; (wl = ex_word_after(t, p, anchor, &ws)) > 0; p = ws + wl)
		if ((wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0) || (wl == 2 && ex_ncasecmp(t + ws, "or", 2) == 0))
			return 0;
	return 1;
}
/* ex_still_cue - 1 if x is a "still not" lag cue ("still has not", "still not"). */
static int
ex_still_cue(const char *t, const struct ex_mention *x)
{
	return x->kind == RULE_CUE && x->value == STATUS_STALLED && x->end - x->start > 6 &&
	    ex_ncasecmp(t + x->start, "still ", 6) == 0;
}
#define EX_PROMISED_REACH 120  /* bytes from a "still not" verb to the relative that owns the pledge */

/* ex_promised_after - 1 if a relative clause of promise follows in [p,hi) within
 * EX_PROMISED_REACH: a pronoun or "that"/"which" then "promised", "pledged" or
 * "committed" ("still has not issued the licences it promised", "still have not
 * made the purchases they pledged"): what is not done was owed, a lag. */
static int
ex_promised_after(const char *t, size_t p, size_t hi)
{
	static const struct ex_word REL[] = {
	    EX_W("it"), EX_W("they"), EX_W("that"), EX_W("which"), EX_W("she"), EX_W("he")};
	static const struct ex_word OWED[] = {
	    EX_W("promised"), EX_W("pledged"), EX_W("committed")};
	size_t ws, wl, lim = hi - p > EX_PROMISED_REACH ? p + EX_PROMISED_REACH : hi;
	int rel = 0;

	while ((wl = ex_word_after(t, p, lim, &ws)) > 0) {
		if (rel && ex_word_in(OWED, EX_NWORDS(OWED), t + ws, wl))
			return 1;
		rel = ex_word_in(REL, EX_NWORDS(REL), t + ws, wl);
		p = ws + wl;
	}
	return 0;
}
/* ex_still_lag - 1 if the "still not" cue x tells a lag ("has still not been
 * implemented", "still have not started"), not an agreement never made ("still
 * has not agreed to open") or a measure not taken ("has still not lifted the
 * rule"): no verb of agreeing and no trigger after it. */
static int
ex_still_lag(const struct ex_ctx *ctx, const struct ex_mention *x, size_t hi)
{
	const char *t = ctx->text;
	static const struct ex_word AGREE[] = {
	    EX_W("agreed"), EX_W("agree"), EX_W("promised"), EX_W("pledged"), EX_W("committed"),
	    EX_W("signed"), EX_W("decided"), EX_W("accepted"), EX_W("approved"), EX_W("offered"),
	    EX_W("said"), EX_W("confirmed"), EX_W("announced")};
	size_t ws, wl, p = x->end;

	if (!ex_still_cue(t, x))
		return 0;
	while ((wl = ex_word_after(t, p, hi, &ws)) > 0 && ((wl == 4 && ex_ncasecmp(t + ws, "been", 4) == 0) ||
	    (wl == 3 && ex_ncasecmp(t + ws, "yet", 3) == 0)))
		p = ws + wl;
	return wl == 0 || (!ex_word_in(AGREE, EX_NWORDS(AGREE), t + ws, wl) &&
	    (!ex_has_kind(ctx, RULE_TRIGGER, ws, ws + wl) || ex_promised_after(t, ws + wl, hi)));
}
/* ex_in_pending - 1 if pos lies inside a "not yet" cue of [lo,hi), or a "still
 * not" one that tells a lag (ex_still_lag), where "not" is no negation. */
static int
ex_in_pending(const struct ex_ctx *ctx, size_t pos, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start <= pos && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_CUE && x->end > pos &&
		    (rules_list_has(&ctx->r->pending_cues, ctx->text + x->start, x->end - x->start) ||
		    ex_still_lag(ctx, x, hi)))
			return 1;
	}
	return 0;
}

/* ex_in_failure - 1 if pos lies inside a stalled or broken cue of [lo,hi) that
 * holds its own negation ("never materialised", "was never implemented", "has
 * never been implemented"): the "never" is the failure's word, no denial of
 * the clause ("..., but the promise never materialised").  Not a "not yet"
 * cue (pending_cues): "has not yet replied to that offer" tells no failure. */
static int
ex_in_failure(const struct ex_ctx *ctx, size_t pos, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start <= pos && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_CUE && x->start >= lo && x->end > pos &&
		    (x->value == STATUS_STALLED || x->value == STATUS_BROKEN) &&
		    !rules_list_has(&ctx->r->pending_cues, ctx->text + x->start, x->end - x->start))
			return 1;
	}
	return 0;
}

/* ex_bare_negation - 1 if [lo,hi) holds a negation that is not the word of a
 * failure cue (ex_in_failure): "That pledge was not broken" denies; "That
 * pledge never materialised" tells the failure. */
static int
ex_bare_negation(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_NEGATION && ctx->m.v[i].start >= lo &&
		    !ex_in_failure(ctx, ctx->m.v[i].start, lo, hi))
			return 1;
	return 0;
}

/* ex_bare_modal - 1 if the cue x is a bare conditional modal ("would", "'d"): it
 * reports a pledge ("said it would buy") or states what a plan holds ("under the
 * proposal, Thailand would buy"), so a cue before it decides. */
static int
ex_bare_modal(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word MODAL[] = {EX_W("would")};

	return ex_word_in(MODAL, EX_NWORDS(MODAL), ctx->text + x->start, x->end - x->start);
}

/* ex_pledge_noun - 1 if the pledged cue x only names the commitment ("its pledge",
 * "the deal", "a framework"): a cue before it tells what became of it ("has
 * fulfilled its pledge to buy", "is on track to meet its commitment to",
 * "proposed a deal under which", "has disbursed the first $5 billion of its
 * planned investment"). */
static int
ex_pledge_noun(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word NOUN[] = {
	    EX_W("pledge"), EX_W("pledges"), EX_W("promise"), EX_W("promises"), EX_W("commitment"),
	    EX_W("commitments"), EX_W("agreement"), EX_W("deal"), EX_W("accord"), EX_W("framework"),
	    EX_W("truce"), EX_W("consensus"), EX_W("planned")};

	return ex_word_in(NOUN, EX_NWORDS(NOUN), ctx->text + x->start, x->end - x->start);
}

/* ex_recap_lead - 1 if [lo,e), the words before a comma that opens a clause,
 * is a sentence adverb a recap opens with: nothing (a break word such as
 * "meanwhile" ended before lo), one adverb in "-ly" or of the list
 * ("Separately,", "Meanwhile,", "Still,", "Now,"), "so far", "to date",
 * "for now", "since then", "in addition", a span of time then "on" or "later"
 * ("A year on,", "Two years later,").  At most four words, no digit.  ("Under
 * the deal," is left: the deal noun is a pledge cue of its own.) */
static int
ex_recap_lead(const char *t, size_t lo, size_t e)
{
	static const struct ex_word ONE[] = {
	    EX_W("meanwhile"), EX_W("elsewhere"), EX_W("still"), EX_W("now"), EX_W("today"),
	    EX_W("however"), EX_W("overall"), EX_W("yet"), EX_W("also")};
	static const struct ex_word PAIR[] = {
	    EX_W("so far"), EX_W("to date"), EX_W("for now"), EX_W("since then"), EX_W("in addition"),
	    EX_W("as yet")};
	static const struct ex_word SINCE[] = {EX_W("on"), EX_W("later")};
	static const struct ex_word SPAN[] = {
	    EX_W("year"), EX_W("years"), EX_W("month"), EX_W("months")};
	size_t w[4], l[4], p = lo, ws, wl;
	int n = 0;

	for (size_t k = lo; k < e; k++)
		if (t[k] >= '0' && t[k] <= '9')
			return 0;
	while ((wl = ex_word_after(t, p, e, &ws)) > 0 && ws + wl <= e) {
		if (n == 4)
			return 0;
		w[n] = ws;
		l[n++] = wl;
		p = ws + wl;
	}
	if (n == 0)
		return 1;
	if (n == 1)
		return ex_word_in(ONE, EX_NWORDS(ONE), t + w[0], l[0]) ||
		    (l[0] > 4 && ex_ncasecmp(t + w[0] + l[0] - 2, "ly", 2) == 0);
	if (n == 2 && ex_word_in(PAIR, EX_NWORDS(PAIR), t + w[0], w[1] + l[1] - w[0]))
		return 1;
	return ex_word_in(SINCE, EX_NWORDS(SINCE), t + w[n - 1], l[n - 1]) &&
	    ex_word_in(SPAN, EX_NWORDS(SPAN), t + w[n - 2], l[n - 2]);
}

/* ex_report_verb - 1 if the word [ws,ws+wl) is a verb of saying that opens a
 * reported clause, or "that" right after one ("Seoul said its pledge",
 * "Officials say that the pledge", "The ministry confirmed Japan's
 * commitment"): the noun phrase after it heads the reported clause. */
static int
ex_report_verb(const char *t, size_t lo, size_t ws, size_t wl)
{
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("say"), EX_W("confirmed"), EX_W("noted"),
	    EX_W("added"), EX_W("stated"), EX_W("reported"), EX_W("insisted")};

	if (wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0)
		wl = ex_word_before(t, ws, lo, &ws);
	return wl > 0 && ex_word_in(SAY, EX_NWORDS(SAY), t + ws, wl);
}

/* ex_cue_denied - 1 if "not", "never" or a word in "n't" stands among the two
 * words before the cue at pos ("has not been implemented", "is not on
 * track", "hasn't been carried out"): the predicate denies the progress. */
int
ex_cue_denied(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word NOT[] = {EX_W("not"), EX_W("never")};
	size_t ws, wl;

	for (int w = 0; w < 2 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws)
		if (ex_word_in(NOT, EX_NWORDS(NOT), t + ws, wl) ||
		    (wl > 3 && ex_ncasecmp(t + ws + wl - 3, "n't", 3) == 0))
			return 1;
	return 0;
}

static int ex_subject_head(const char *t, size_t lo, size_t pos);
/* ex_appositive_of - 1 if [lo,comma) is itself a short noun phrase that
 * ex_subject_head reads as a subject ("China's side, a promise to end its
 * probe, was met in May", "Seoul's part of the bargain, a pledge to ..."): the
 * noun after the comma is in apposition to it, and heads the subject too.
 * Its last word is the head, and is no function word ("In May," is an
 * opening of time). */
static int
ex_appositive_of(const char *t, size_t lo, size_t comma)
{
	size_t ws, wl = ex_word_before(t, comma, lo, &ws);

	size_t ws2, wl2;

	if (wl == 0 || ex_function_word(t + ws, wl) || ex_is_month(t + ws, wl) || ws + wl != comma)
		return 0;
	/* "Vietnam's side of the bargain": the head is the noun before "of the". */
	if ((wl2 = ex_word_before(t, ws, lo, &ws2)) > 0 && ex_determiner(t + ws2, wl2) &&
	    (wl2 = ex_word_before(t, ws2, lo, &ws2)) == 2 && ex_ncasecmp(t + ws2, "of", 2) == 0 &&
	    (wl = ex_word_before(t, ws2, lo, &ws)) == 0)
		return 0;
	return ws > lo && ex_subject_head(t, lo, ws);
}
/* ex_subject_head - 1 if the noun at pos opens its clause, from lo, as the head
 * of a short noun phrase: determiners, possessives, names, amounts and at most
 * two other modifiers before it ("The EU's pledge", "Seoul's $350 billion
 * investment commitment"), no verb, comma or preposition; a recap's opening
 * adverb and its comma may stand before it ("Separately, Korea's pledge",
 * "A year on, China's pledge": ex_recap_lead), and so may a verb of saying
 * ("Seoul said its pledge": ex_report_verb). */
static int
ex_subject_head(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word SCALE[] = {
	    EX_W("million"), EX_W("billion"), EX_W("trillion"), EX_W("bn")};
	size_t p = pos, ws, wl;
	int words = 0, other = 0;

	for (;;) {
		while (p > lo && t[p - 1] == ' ')
			p--;
		if (p == lo)
			return words > 0;
		if (t[p - 1] == ',' && words > 0)
			return ex_recap_lead(t, lo, p - 1) || ex_appositive_of(t, lo, p - 1);
		if (t[p - 1] == '$' || t[p - 1] == '-' || (unsigned char)t[p - 1] >= 0x80) {
			p--;
			continue;
		}
		if ((wl = ex_word_before(t, p, lo, &ws)) == 0 || ++words > 6)
			return 0;
		if (words > 1 && ex_report_verb(t, lo, ws, wl))
			return 1;
		if (!ex_determiner(t + ws, wl) && !(t[ws] >= 'A' && t[ws] <= 'Z') &&
		    !(t[ws] >= '0' && t[ws] <= '9') && !ex_word_in(SCALE, EX_NWORDS(SCALE), t + ws, wl) &&
		    (ex_function_word(t + ws, wl) || (wl > 2 && ex_ncasecmp(t + ws + wl - 2, "ed", 2) == 0) ||
		    ++other > 2))
			return 0;
		p = ws;
	}
}

/* ex_under_subject - 1 if the pledge noun at pos is the object of "under"
 * after a buying noun that opens its clause: "Purchases under Seoul's pledge",
 * "..., and imports of U.S. corn under the Philippine commitment" (at most
 * five words between the noun and "under", no comma; the words after "under"
 * as for ex_subject_head).  The clause opens at lo, after "and", "but",
 * "while" or a semicolon, or at "the". */
static int
ex_under_subject(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word NOUN[] = {
	    EX_W("purchases"), EX_W("buying"), EX_W("imports"), EX_W("bookings"),
	    EX_W("shipments"), EX_W("deliveries"), EX_W("investments"), EX_W("investment")};
	static const struct ex_word OPEN[] = {
	    EX_W("and"), EX_W("but"), EX_W("while"), EX_W("the")};
	size_t ws, wl, p = pos;
	int n;

	for (n = 0; (wl = ex_word_before(t, p, lo, &ws)) > 0 && n < 8; p = ws, n++)
		if (wl == 5 && ex_ncasecmp(t + ws, "under", 5) == 0)
			break;
	if (wl == 0 || n == 8 || !ex_subject_head(t, ws + wl, pos))
		return 0;
	for (p = ws, n = 0; (wl = ex_word_before(t, p, lo, &ws)) > 0 && n < 6; p = ws, n++) {
		if (memchr(t + ws + wl, ',', p - ws - wl) != NULL)
			return 0;
		if (ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
			break;
	}
	if (wl == 0 || n == 6)
		return 0;
	for (p = ws; p > lo && t[p - 1] == ' '; p--)
		;
	if (p == lo || t[p - 1] == ';')
		return 1;
	return (wl = ex_word_before(t, p, lo, &ws)) > 0 && ws + wl == p &&
	    ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl);
}
/* ex_part_of_progress - 1 if the pledge noun at pos is introduced by ", part of"
 * or ", as part of" (a possessive between: "part of Taipei's pledge to buy") and
 * the words before that comma, from lo, report progress ("took delivery of its
 * first cargo under a 15-year supply deal this week, part of Taipei's pledge to
 * buy US LNG"): the delivery is a part of the pledge, which is under way; so is
 * the verb at anchor if the noun governs it, four words at most after it. */
static int
ex_part_of_progress(const struct ex_ctx *ctx, size_t lo, size_t pos, size_t anchor)
{
	const char *t = ctx->text;
	size_t ws, wl = ex_word_before(t, pos, lo, &ws), p = pos;
	int pending = 0;

	/* Only the verb the pledge noun governs ("pledge to buy US LNG"), not one
	 * further on ("... that it made to secure a lower tariff"). */
	for (int w = 0; p < anchor; w++) {
		size_t xs, xl = ex_word_after(t, p, anchor, &xs);

		if (xl == 0 || w == 4 || memchr(t + p, ',', xs - p) != NULL)
			return 0;
		p = xs + xl;
		while (p < anchor && t[p] == ' ')
			p++;
	}

	if (wl > 0 && ((wl > 2 && t[ws + wl - 2] == '\'' && (t[ws + wl - 1] == 's' || t[ws + wl - 1] == 'S')) ||
	    (wl == 3 && ex_ncasecmp(t + ws, "its", 3) == 0) ||
	    (wl == 5 && ex_ncasecmp(t + ws, "their", 5) == 0)))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl != 2 || ex_ncasecmp(t + ws, "of", 2) != 0 ||
	    (wl = ex_word_before(t, ws, lo, &ws)) != 4 || ex_ncasecmp(t + ws, "part", 4) != 0)
		return 0;
	if ((wl = ex_word_before(t, ws, lo, &ws)) == 2 && ex_ncasecmp(t + ws, "as", 2) == 0)
		wl = ex_word_before(t, ws, lo, &ws);
	while (ws > lo && t[ws - 1] == ' ')
		ws--;
	if (wl != 0 || ws <= lo || t[ws - 1] != ',')
		return 0;
	return ex_outcome_cues(ctx, lo, ws - 1, &pending) == STATUS_IN_PROGRESS;
}

/* ex_talks_subject - 1 if the talks are the subject of the cue at pos: a talks
 * noun right before it, past auxiliaries ("Negotiations had stalled for
 * months", "The negotiations had dragged on"), or before a phrase of
 * "between" or "with" that names no goods, measure or verb ("talks between
 * Bern and Washington broke down").  The talks were stuck, not the
 * commitment they led to. */
static int
ex_talks_subject(const struct ex_ctx *ctx, size_t pos, const struct ex_word *talks, size_t ntalks)
{
	static const struct ex_word AUX[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were"), EX_W("been"), EX_W("repeatedly"), EX_W("largely")};
	static const struct ex_word WITH[] = {EX_W("between"), EX_W("with")};
	const char *t = ctx->text;
	size_t ws, wl, p = pos, lo = pos > 80 ? pos - 80 : 0;
	int with = 0;

	while ((wl = ex_word_before(t, p, lo, &ws)) > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl) &&
	    memchr(t + ws + wl, ',', p - ws - wl) == NULL)
		p = ws;
	for (int w = 0; w < 6 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++) {
		if (memchr(t + ws + wl, ',', p - ws - wl) != NULL || memchr(t + ws + wl, '.', p - ws - wl) != NULL)
			return 0;
		if (ex_word_in(talks, ntalks, t + ws, wl))
			return w == 0 || with;
		with = ex_word_in(WITH, EX_NWORDS(WITH), t + ws, wl);
		if (ex_has_kind(ctx, RULE_TRIGGER, ws, ws + wl) || ex_has_kind(ctx, RULE_MEASURE, ws, ws + wl) ||
		    ex_has_kind(ctx, RULE_OBJECT, ws, ws + wl))
			return 0;
		p = ws;
	}
	return 0;
}
/* ex_talk_attribute - 1 if the stalled or broken cue x qualifies talks named right
 * after it ("in a bid to restart stalled trade talks", "after the failed
 * negotiations"): the talks are stuck, not the commitment; or if its "yet to"
 * follows a noun, closing a superlative ("the biggest step yet to ease"), not a
 * verb ("has yet to", "remains yet to").  So is a cue of progress whose subject
 * is the talks ("though the ministry insists talks are continuing"): talks
 * that go on are no part of the commitment done. */
int
ex_talk_attribute(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word TALKS[] = {
	    EX_W("talks"), EX_W("negotiations"), EX_W("discussions"), EX_W("dialogue"),
	    EX_W("process")};
	static const struct ex_word YET_AFTER[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("is"), EX_W("are"), EX_W("was"),
	    EX_W("were"), EX_W("be"), EX_W("been"), EX_W("remains"), EX_W("remain"),
	    EX_W("remained"), EX_W("still"), EX_W("and"), EX_W("but"), EX_W("as")};
	size_t p = x->end, ws, wl;

	if (x->value == STATUS_IN_PROGRESS)
		return ex_talks_subject(ctx, x->start, TALKS, EX_NWORDS(TALKS));
	if (x->value != STATUS_STALLED && x->value != STATUS_BROKEN)
		return 0;
	/* "the biggest step yet to ease the dispute": "yet" closes a superlative. */
	if (x->end - x->start == 6 && ex_ncasecmp(ctx->text + x->start, "yet to", 6) == 0 &&
	    (wl = ex_word_before(ctx->text, x->start, 0, &ws)) > 0 && ctx->text[ws + wl] != ',' &&
	    !ex_word_in(YET_AFTER, EX_NWORDS(YET_AFTER), ctx->text + ws, wl))
		return 1;
	for (int w = 0; w < 2 && (wl = ex_word_after(ctx->text, p, ctx->len, &ws)) > 0; w++) {
		if (ws > p + 1)
			return 0;
		if (ex_word_in(TALKS, EX_NWORDS(TALKS), ctx->text + ws, wl))
			return 1;
		p = ws + wl;
	}
	return ex_talks_subject(ctx, x->start, TALKS, EX_NWORDS(TALKS));
}
/* ex_talk_cue - 1 if the proposed cue x only says that talks go on ("in talks",
 * "negotiating", "discussing"): talks frame a statement, they do not offer it
 * ("in talks on Friday, Taiwan said it would buy" is a pledge), though a plan
 * "being negotiated" is not agreed yet. */
static int
ex_talk_cue(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word TALK[] = {
	    EX_W("talk"), EX_W("in talks"), EX_W("negotiat"), EX_W("discuss")};

	return ex_prefix_in(TALK, EX_NWORDS(TALK), ctx->text + x->start, x->end - x->start, 0);
}

/* ex_proposal_noun - 1 if the proposed cue x names the plan itself ("the
 * proposal", "a proposed deal", "under consideration", "on the table", "is being
 * negotiated", "under discussion"), not a hedge ("could", "potential") that may
 * qualify anything after the verb. */
static int
ex_proposal_noun(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word NOUN[] = {
	    EX_W("propos"), EX_W("under consideration"), EX_W("on the table"), EX_W("draft"),
	    EX_W("being "), EX_W("under negotiation"), EX_W("under discussion")};

	return ex_prefix_in(NOUN, EX_NWORDS(NOUN), ctx->text + x->start, x->end - x->start, 0);
}

/* ex_trigger_of - 1 if the frame's verb is of one of the n trigger classes (the
 * first byte before strcmp, as ex_trigger_is). */
static int
ex_trigger_of(const struct ex_ctx *ctx, const struct ex_frame *f, const char *const *cls, size_t n)
{
	for (size_t k = 0; f->trigger >= 0 && k < n; k++)
		if (ctx->r->triggers[f->trigger][0] == cls[k][0] && strcmp(ctx->r->triggers[f->trigger], cls[k]) == 0)
			return 1;
	return 0;
}

/*
 * ex_progressive - 1 if the frame's verb is a present or past progressive of a
 * verb of continuing activity ("are now purchasing", "is buying", "were
 * investing", "is issuing licences"): the activity has started.  A change of
 * rate ("is cutting tariffs from Monday") often announces the future instead.
 */
static int
ex_progressive(const struct ex_ctx *ctx, size_t lo, const struct ex_frame *f)
{
	static const struct ex_word BE[] = {
	    EX_W("is"), EX_W("are"), EX_W("am"), EX_W("was"), EX_W("were"), EX_W("been")};
	static const struct ex_word ADV[] = {
	    EX_W("now"), EX_W("already"), EX_W("currently"), EX_W("still"), EX_W("actively"),
	    EX_W("steadily"), EX_W("quietly"), EX_W("again"), EX_W("gradually"), EX_W("also")};
	static const char *const CLASS[] = {"buy", "sell", "invest", "allow", "curb"};
	const char *t = ctx->text;
	size_t ws, wl, p = f->anchor, n = f->anchor_end - f->anchor;
	const char *sp;

	/* The first word of the verb: "cracking down". */
	if ((sp = memchr(t + f->anchor, ' ', n)) != NULL)
		n = (size_t)(sp - (t + f->anchor));
	if (f->trigger < 0 || n < 5 || ex_ncasecmp(t + f->anchor + n - 3, "ing", 3) != 0)
		return 0;
	if (!ex_trigger_of(ctx, f, CLASS, sizeof(CLASS) / sizeof(CLASS[0])))
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
			return 1;
		if (!ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl))
			return 0;
	}
	return 0;
}

/* ex_month_may - 1 if the cue x is the month "May", not the modal: capitalised
 * before a day ("from May 1") or inside a sentence ("in May", "by mid-May"). */
static int
ex_month_may(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	const char *t = ctx->text;
	size_t k = x->start;

	if (x->end - x->start != 3 || strncmp(t + x->start, "May", 3) != 0)
		return 0;
	if (x->end + 1 < ctx->len && t[x->end] == ' ' && t[x->end + 1] >= '0' && t[x->end + 1] <= '9')
		return 1;
	while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '-'))
		k--;
	return k > 0 && ((t[k - 1] >= 'a' && t[k - 1] <= 'z') || t[k - 1] == ',');
}

/*
 * ex_toward_pledge - 1 if [lo,hi) calls what it tells a part of a pledge or
 * a step toward one: "part of" or "toward(s)" or "under" or "through", then at
 * most three words, then a pledge noun ("part of Seoul's pledge to buy 2 million
 * tonnes", "towards its commitment", "under China's promise to buy", "is
 * working through its pledge"): a sale or a purchase told so is progress of the
 * buyer's pledge.
 */
int
ex_toward_pledge(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word LINK[] = {
	    EX_W("toward"), EX_W("towards"), EX_W("under"), EX_W("part"), EX_W("through")};
	static const struct ex_word PLEDGE[] = {
	    EX_W("pledge"), EX_W("pledges"), EX_W("commitment"), EX_W("commitments"),
	    EX_W("promise"), EX_W("promises"), EX_W("quota"), EX_W("target")};
	size_t ws, wl, ns, nl, p;

	for (size_t i = lo; i < hi; i++) {
		if (!ex_word_byte((unsigned char)t[i]) || (i > lo && ex_word_byte((unsigned char)t[i - 1])))
			continue;
		if ((wl = ex_word_after(t, i, hi, &ws)) == 0 || !ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl))
			continue;
		p = ws + wl;
		/* "part of", not "part" alone. */
		if (wl == 4 && ((nl = ex_word_after(t, p, hi, &ns)) != 2 || strncasecmp(t + ns, "of", 2) != 0))
			continue;
		if (wl == 4)
			p = ns + nl;
		for (int w = 0; w < 4 && (nl = ex_word_after(t, p, hi, &ns)) > 0; w++, p = ns + nl)
			if (ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ns, nl))
				return 1;
	}
	return 0;
}

/* ex_has_cue - 1 if a status cue starts in [lo,hi), the month "May" aside
 * ("sold 120,000 tonnes of corn in the week to May 1" names no cue). */
int
ex_has_cue(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].start >= lo &&
		    !ex_month_may(ctx, &ctx->m.v[i]))
			return 1;
	return 0;
}

/* ex_past_relative - 1 if the cue at pos is the verb of a relative clause in
 * the past perfect ("ending a dispute that had held up the deal", "a row which
 * had long delayed the accord"): it tells what the noun had done before the
 * main verb, an obstacle that the main verb may well have ended, not how the
 * commitment stands now. */
static int
ex_past_relative(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	static const struct ex_word ADV[] = {
	    EX_W("long"), EX_W("repeatedly"), EX_W("previously"), EX_W("earlier"), EX_W("briefly"),
	    EX_W("effectively"), EX_W("largely")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	if (wl > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl != 3 || ex_ncasecmp(t + ws, "had", 3) != 0)
		return 0;
	wl = ex_word_before(t, ws, lo, &ws);
	return wl > 0 && ex_word_in(REL, EX_NWORDS(REL), t + ws, wl);
}

/* ex_which_subject - 1 if the word t[ws,ws+wl) is "which" and a subject of its
 * own follows before e: "which it imposed", "which Ottawa imposed" (a pronoun or
 * a capitalised name): the pronoun is the object of the clause's verb. */
static int
ex_which_subject(const char *t, size_t ws, size_t wl, size_t e)
{
	static const struct ex_word SUBJ[] = {
	    EX_W("it"), EX_W("they"), EX_W("he"), EX_W("she"), EX_W("we"), EX_W("i")};
	size_t ns, nl;

	if (wl != 5 || ex_ncasecmp(t + ws, "which", 5) != 0 || (nl = ex_word_after(t, ws + wl, e, &ns)) == 0)
		return 0;
	return ex_word_in(SUBJ, EX_NWORDS(SUBJ), t + ns, nl) || (t[ns] >= 'A' && t[ns] <= 'Z');
}
/* ex_which_did - 1 if the relative clause after "which" at p says its subject
 * did the act before it: "to remove its counter-tariffs, which it did in
 * March", "which they have done", "which Seoul duly did": a pro-verb of "do"
 * (not "which it did not") right after the subject, an adverb between. */
static int
ex_which_did(const char *t, size_t p, size_t e)
{
	static const struct ex_word DO[] = {
	    EX_W("did"), EX_W("done")};
	static const struct ex_word AUX[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("duly"), EX_W("since"), EX_W("then"),
	    EX_W("promptly"), EX_W("quickly"), EX_W("eventually"), EX_W("finally"), EX_W("later")};
	size_t ws, wl;
	int n = 0;

	if (ex_word_after(t, p, e, &ws) == 0)
		return 0;
	/* the subject: a pronoun, or a name of up to three capitalised words */
	p = ws;
	while ((wl = ex_word_after(t, p, e, &ws)) > 0 && n < 3 && (n == 0 || (t[ws] >= 'A' && t[ws] <= 'Z')) &&
	    !ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl) && !ex_word_in(DO, EX_NWORDS(DO), t + ws, wl)) {
		p = ws + wl;
		n++;
	}
	while (wl > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl))
		wl = ex_word_after(t, ws + wl, e, &ws);
	if (wl == 0 || !ex_word_in(DO, EX_NWORDS(DO), t + ws, wl))
		return 0;
	if ((wl = ex_word_after(t, ws + wl, e, &ws)) == 0)
		return 1;
	return !(wl == 3 && ex_ncasecmp(t + ws, "not", 3) == 0);
}
/* ex_summary_relative - 1 if pos lies in a relative clause of a noun that sums
 * up the act after a comma (", in a move that Beijing had sought", ", a step
 * that would go well beyond", ", a decision which exporters had lobbied
 * for"): what it says judges or compares the act; it is not its outcome. */
static int
ex_summary_relative(const char *t, size_t from, size_t pos)
{
	static const struct ex_word NOUN[] = {
	    EX_W("move"), EX_W("step"), EX_W("decision"), EX_W("concession"), EX_W("change"),
	    EX_W("gesture")};
	const char *c;
	size_t p, ws, wl;

	if (pos <= from || (c = memchr(t + from, ',', pos - from)) == NULL)
		return 0;
	/* The last comma before pos. */
	for (p = pos; p > from && t[p - 1] != ','; p--)
		;
	if ((wl = ex_word_after(t, p, pos, &ws)) == 2 && ex_ncasecmp(t + ws, "in", 2) == 0)
		wl = ex_word_after(t, ws + wl, pos, &ws);
	if (wl == 0 || !ex_determiner(t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, pos, &ws);
	if (wl == 0 || !ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, pos, &ws);
	return (wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0) ||
	    (wl == 5 && ex_ncasecmp(t + ws, "which", 5) == 0);
}

/* ex_subordinate - 1 if a temporal subordinator stands between the verb's end and
 * pos ("should apply within weeks once the texts were finalised"): a cue there
 * belongs to the condition, not to the verb. */
static int
ex_subordinate(const struct ex_ctx *ctx, size_t from, size_t pos)
{
	static const struct ex_word SUB[] = {
	    EX_W("once"), EX_W("when"), EX_W("until"), EX_W("before"), EX_W("whenever")};
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("say"), EX_W("announced"), EX_W("confirmed"),
	    EX_W("reported"), EX_W("noted"), EX_W("added"), EX_W("reporters"), EX_W("stated"),
	    EX_W("showed"), EX_W("show"), EX_W("shows")};
	size_t ws, wl;

	if (ex_past_relative(ctx->text, from, pos) || ex_summary_relative(ctx->text, from, pos))
		return 1;
	for (size_t p = from; p < pos; p++) {
		if ((wl = ex_word_after(ctx->text, p, pos, &ws)) == 0)
			continue;
		if (ex_word_in(SUB, EX_NWORDS(SUB), ctx->text + ws, wl))
			return 1;
		/* "a trade dispute that began in July": a relative clause right
		 * before the cue describes the noun, unless "that" follows a verb of
		 * saying ("said that purchases began"). */
		if (wl == 4 && ex_ncasecmp(ctx->text + ws, "that", 4) == 0 && ws + 5 == pos) {
			size_t ps, pl = ex_word_before(ctx->text, ws, from, &ps);

			if (pl > 0 && !ex_word_in(SAY, EX_NWORDS(SAY), ctx->text + ps, pl))
				return 1;
		}

		p = ws + wl - 1;
	}
	return 0;
}

/* ex_concession_end - where an opening concessive clause of [lo,anchor) ends ("Despite
 * talks remaining in limbo, the US already moved to roll back tariffs"): the last
 * comma before the verb at anchor; else lo.  Its cues tell of something else.  A
 * clause cut at a relative pronoun inside it (", which are critical to ...,
 * remaining in limbo, the US moved") ends there too. */
static size_t
ex_concession_end(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word CONC[] = {
	    EX_W("despite"), EX_W("although"), EX_W("though"), EX_W("even though"), EX_W("whereas"),
	    EX_W("in spite of"), EX_W("notwithstanding"), EX_W("which"), EX_W("who")};
	const char *t = ctx->text;
	size_t p = lo, ws, wl, end = lo;

	while (p < anchor && (t[p] == ',' || t[p] == ';' || t[p] == ' '))
		p++;
	if ((wl = ex_word_after(t, p, anchor, &ws)) == 0 || ws != p ||
	    !ex_prefix_in(CONC, EX_NWORDS(CONC), t + p, anchor - p, 0))
		return lo;
	for (size_t k = p; k < anchor; k++)
		if (t[k] == ',')
			end = k + 1;
	return end;
}

/* ex_saw_done - where "saw" stands among the few words before the verb at anchor,
 * with no comma between ("a truce that saw Washington lower tariffs and Beijing
 * remove curbs", sixteen words back at most): what an event saw someone do was done.  EX_NOPOS if none. */
static size_t
ex_saw_done(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word SAW[] = {EX_W("saw"), EX_W("seen")};
	const char *t = ctx->text;
	size_t p = anchor, ws, wl;

	for (int w = 0; w < 16; w++, p = ws) {
		/* "halve its tariff to 10% and Beijing suspend", "U.S. farm goods":
		 * a rate's sign and an initialism's dots are part of a word here. */
		while (p > lo && t[p - 1] == ' ')
			p--;
		if (p > lo && t[p - 1] == '%')
			p--;
		if ((wl = ex_dotted_before(t, p, lo, &ws)) == 0)
			break;
		if (ex_word_in(SAW, EX_NWORDS(SAW), t + ws, wl))
			return ws;
		if (ws > lo && (t[ws - 1] == '$' || t[ws - 1] == '-'))
			ws--;
	}
	return EX_NOPOS;
}

/* ex_perfect - 1 if "had", 2 if "has" or "have" stands right before the verb at
 * anchor, perhaps with an adverb, else 0: its own tense, which a reporting cue
 * before it does not change ("announced on Monday that it had cut its tariff"). */
int
ex_perfect(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word AUX[] = {EX_W("has"), EX_W("have"), EX_W("'ve")};
	static const struct ex_word HAD[] = {EX_W("had")};
	static const struct ex_word ADV[] = {
	    EX_W("now"), EX_W("since"), EX_W("also"), EX_W("quietly"), EX_W("formally"),
	    EX_W("officially"), EX_W("finally"), EX_W("just"), EX_W("recently"),
	    EX_W("already")};
	size_t ws, wl, p = anchor;

	for (int w = 0; w < 2 && (wl = ex_word_before(ctx->text, p, lo, &ws)) > 0; w++, p = ws) {
		/* "we've", "they\u2019ve": the auxiliary cliticised. */
		if (ex_word_in(AUX, EX_NWORDS(AUX), ctx->text + ws, wl) ||
		    (wl > 3 && ex_ncasecmp(ctx->text + ws + wl - 3, "'ve", 3) == 0) ||
		    (wl > 5 && ex_ncasecmp(ctx->text + ws + wl - 5, "\xe2\x80\x99ve", 5) == 0))
			return 2;
		if (ex_word_in(HAD, EX_NWORDS(HAD), ctx->text + ws, wl))
			return 1;
		if (!ex_word_in(ADV, EX_NWORDS(ADV), ctx->text + ws, wl))
			return 0;
	}
	return 0;
}

/* ex_perfect_object - as ex_perfect, for a verb noun done as its verb is
 * (ex_done_object): the tense of a past verb at most eight words before it
 * ("announced that it has extended for another year the suspension"). */
static int
ex_perfect_object(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	size_t ws, wl, p = anchor;

	for (int w = 0; w < 8 && (wl = ex_word_before(ctx->text, p, lo, &ws)) > 0; w++, p = ws)
		if (rules_word_past(ctx->r, ctx->text + ws, wl))
			return ex_done_object(ctx->text, ws + wl, anchor) ? ex_perfect(ctx, lo, ws) : 0;
	return 0;
}

/* ex_pledge_relative - 1 if the relative clause at cs opens with a verb of
 * pledging, an auxiliary aside: "which agreed to buy", "who have pledged to
 * import", "which signed letters of intent to buy"; what plural firms did
 * ("importers, who bought ...") or are ("buyers, who remain cautious") is no
 * pledge of their country. */
static int
ex_pledge_relative(const struct ex_ctx *ctx, size_t cs)
{
	static const struct ex_word REL[] = {EX_W("which"), EX_W("who"), EX_W("that")};
	static const struct ex_word AUX[] = {
	    EX_W("have"), EX_W("had"), EX_W("has"), EX_W("also"), EX_W("jointly"), EX_W("together")};
	static const struct ex_word SIGNED[] = {EX_W("signed")};
	const char *t = ctx->text;
	size_t ws, wl, p = cs;

	while (p < ctx->len && (t[p] == ',' || t[p] == ' '))
		p++;
	if ((wl = ex_word_after(t, p, ctx->len, &ws)) == 0 || !ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_after(t, ws + wl, ctx->len, &ws)) > 0 &&
	    ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl); w++)
		;
	return wl > 0 && (ex_pledge_past(t + ws, wl) || ex_word_in(SIGNED, EX_NWORDS(SIGNED), t + ws, wl));
}
/* ex_party_antecedent - the party named right before the relative clause opening
 * at cs ("India, which pledged to cut tariffs on US almonds, ..."), or -1: the
 * clause tells what that party does, not what a thing is. */
int
ex_party_antecedent(const struct ex_ctx *ctx, size_t s, size_t cs)
{
	static const struct ex_word HEAD[] = {
	    EX_W("company"), EX_W("firm"), EX_W("buyer"), EX_W("importer"), EX_W("refiner"),
	    EX_W("utility"), EX_W("airline"), EX_W("carrier"), EX_W("group"), EX_W("giant"),
	    EX_W("major"), EX_W("trader"), EX_W("crusher"), EX_W("miller"), EX_W("processor"),
	    EX_W("conglomerate"), EX_W("corporation"), EX_W("agency"), EX_W("ministry"),
	    EX_W("government"), EX_W("fund")};
	/* Plural firms only before a pledge: "Chinese firms, which agreed to buy". */
	static const struct ex_word HEADS[] = {
	    EX_W("companies"), EX_W("firms"), EX_W("buyers"), EX_W("importers"), EX_W("refiners"),
	    EX_W("utilities"), EX_W("airlines"), EX_W("carriers"), EX_W("traders"),
	    EX_W("crushers"), EX_W("millers"), EX_W("mills"), EX_W("processors")};
	const char *t = ctx->text;
	size_t k = cs, ws, wl, words = 0;

	while (k > s && (t[k - 1] == ' ' || t[k - 1] == ','))
		k--;
	/* "India's biggest oil company, which", "a state-owned Chinese buyer, who":
	 * a party's firm or office, a few lower-case words after the party. */
	wl = ex_word_before(t, k, s, &ws);
	if (wl > 0 && ws + wl == k && (ex_word_in(HEAD, EX_NWORDS(HEAD), t + ws, wl) ||
	    (ex_word_in(HEADS, EX_NWORDS(HEADS), t + ws, wl) && ex_pledge_relative(ctx, cs)))) {
		while (words < 4 && wl > 0 && t[ws] >= 'a' && t[ws] <= 'z' &&
		    ex_curly_owner_end(t, ws, wl, s) == 0) {
			k = ws;
			words++;
			wl = ex_word_before(t, k, s, &ws);
		}
		while (k > s && t[k - 1] == ' ')
			k--;
		if (k >= s + 2 && t[k - 1] == 's' && t[k - 2] == '\'')
			k -= 2;
		else if (k >= s + 4 && t[k - 1] == 's' && memcmp(t + k - 4, "\xe2\x80\x99", 3) == 0)
			k -= 4;
	}
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < k; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].end == k && ctx->m.v[i].start >= s)
			return ctx->m.v[i].value;
	return -1;
}

/* ex_main_start - where the main clause of the verb at anchor starts: after the
 * closing comma of a relative or concessive clause opening [lo,anchor) ("which
 * imported 105 Mt of soybeans last year, agreed to buy more": the verb is the
 * main clause's, and the 105 Mt is no amount of it), else lo. */
size_t
ex_main_start(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	return ex_concession_end(ctx, lo, anchor);
}

/* ex_compliance - 1 if t[a,b) holds a verb of keeping a pledge ("honour",
 * "keep", "abide by", "live up to", "stick to", "implement", "respect"). */
static int
ex_compliance(const char *t, size_t a, size_t b)
{
	static const struct ex_word KEEP[] = {
	    EX_W("honour"), EX_W("honor"), EX_W("keep"), EX_W("abide"), EX_W("live"),
	    EX_W("stick"), EX_W("implement"), EX_W("respect"), EX_W("fulfil"), EX_W("fulfill"),
	    EX_W("observe"), EX_W("uphold"), EX_W("meet"), EX_W("deliver"), EX_W("comply")};
	size_t ws, wl;

	if (b < a || b - a > 60)
		return 0;
	for (size_t p = a; (wl = ex_word_after(t, p, b, &ws)) > 0; p = ws + wl)
		if (ex_word_in(KEEP, EX_NWORDS(KEEP), t + ws, wl))
			return 1;
	return 0;
}

/* ex_placed_under - 1 if the measure noun at anchor is what a past verb of putting
 * placed things under: "has placed 13 chemicals under export licensing control",
 * "were brought under licensing last month".  "under" stands at most three words
 * before anchor; the verb (placed, brought, added, or "put" after has/have/had)
 * before it in [lo,...), not after "be", "to", "will" or "would". */
static int
ex_placed_under(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word PUT[] = {EX_W("placed"), EX_W("brought"), EX_W("added")};
	static const struct ex_word PERFECT[] = {EX_W("has"), EX_W("have"), EX_W("had"), EX_W("been")};
	static const struct ex_word AHEAD[] = {
	    EX_W("be"), EX_W("to"), EX_W("will"), EX_W("would"), EX_W("shall")};
	size_t ws, wl, p = anchor, us = 0;
	int words = 0;

	/* "placed nine chemicals under export licensing": the trigger opens
	 * with "under" itself. */
	if (ex_ncasecmp(t + anchor, "under ", 6) == 0)
		us = anchor;
	while (us == 0 && (wl = ex_word_before(t, p, lo, &ws)) > 0 && words++ < 4) {
		if (wl == 5 && ex_ncasecmp(t + ws, "under", 5) == 0) {
			us = ws;
			break;
		}
		p = ws;
	}
	if (us == 0)
		return 0;
	for (p = us, words = 0; (wl = ex_word_before(t, p, lo, &ws)) > 0 && words++ < 12; p = ws) {
		size_t bs, bl = ex_word_before(t, ws, lo, &bs);

		if (t[ws + wl] == ',' || t[ws + wl] == ';')
			return 0;
		if (ex_word_in(PUT, EX_NWORDS(PUT), t + ws, wl))
			return bl == 0 || !ex_word_in(AHEAD, EX_NWORDS(AHEAD), t + bs, bl);
		if (wl == 3 && ex_ncasecmp(t + ws, "put", 3) == 0)
			return bl > 0 && ex_word_in(PERFECT, EX_NWORDS(PERFECT), t + bs, bl);
	}
	return 0;
}
/* ex_means_done - 1 if the verb at [anchor,end) is a gerund after "by" that tells
 * how a past act was done ("reciprocated on Monday by extending the suspension",
 * "reciprocated by cutting its tariff"): a regular past verb among the four
 * words before "by", time words between.  The verb may span its object. */
static int
ex_means_done(const char *t, size_t lo, size_t anchor, size_t end)
{
	static const struct ex_word TIME[] = {
	    EX_W("on"), EX_W("in"), EX_W("at"), EX_W("last"), EX_W("this")};
	size_t ws, wl, pos, we = anchor;

	while (we < end && ((t[we] | 32) >= 'a' && (t[we] | 32) <= 'z'))
		we++;
	if (we - anchor < 5 || ex_ncasecmp(t + we - 3, "ing", 3) != 0 ||
	    (wl = ex_word_before(t, anchor, lo, &ws)) != 2 || ex_ncasecmp(t + ws, "by", 2) != 0)
		return 0;
	pos = ws;
	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws) {
		if (wl > 3 && ex_ncasecmp(t + ws + wl - 2, "ed", 2) == 0)
			return 1;
		if (ex_function_word(t + ws, wl) && !ex_word_in(TIME, EX_NWORDS(TIME), t + ws, wl))
			return 0;
	}
	return 0;
}

/* ex_hoped_effect - 1 if x is "hoped" or "hopes" whose clause has the act at
 * [anchor,aend) as its definite subject and "would", "will" or "could" after it
 * ("said they hoped the U.S. opening would lift cattle prices", "hopes that the
 * tariff removal will open the door", "hoped the lower car tariff would be
 * applied as early as possible"): a hope for what the act does, or when, not a
 * proposal of the act. */
static int
ex_hoped_effect(const char *t, const struct ex_mention *x, size_t anchor, size_t aend, size_t hi)
{
	static const struct ex_word HOPE[] = {EX_W("hoped"), EX_W("hopes")};
	static const struct ex_word DET[] = {EX_W("the"), EX_W("its"), EX_W("this"), EX_W("their")};
	static const struct ex_word MODAL[] = {EX_W("would"), EX_W("will"), EX_W("could")};
	size_t ws, wl, k = x->end;
	int words = 0;

	if (x->value != STATUS_PROPOSED || anchor < x->end ||
	    !ex_word_in(HOPE, EX_NWORDS(HOPE), t + x->start, x->end - x->start))
		return 0;
	if ((wl = ex_word_after(t, k, anchor, &ws)) == 4 && ex_ncasecmp(t + ws, "that", 4) == 0)
		k = ws + wl;
	if ((wl = ex_word_after(t, k, anchor, &ws)) == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return 0;
	for (k = ws + wl; (wl = ex_word_after(t, k, anchor, &ws)) > 0; k = ws + wl)
		if (++words > 4 || t[k] == ',')
			return 0;
	for (k = aend, words = 0; words < 3 && (wl = ex_word_after(t, k, hi, &ws)) > 0; k = ws + wl, words++)
		if (ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
			return 1;
	return 0;
}

/* ex_share_of_other - 1 if x is a share cue ("90% of the", "half of") whose noun
 * is another than the commitment at anchor: a preposition stands between ("90% of
 * the profits from the investment"; but "half of the promised investment"). */
static int
ex_share_of_other(const char *t, const struct ex_mention *x, size_t anchor)
{
	static const struct ex_word PREP[] = {
	    EX_W("from"), EX_W("for"), EX_W("on"), EX_W("in"), EX_W("to")};
	size_t ws, wl;

	if (x->value != STATUS_IN_PROGRESS || x->end >= anchor || x->end - x->start < 3 ||
	    !(ex_ncasecmp(t + x->end - 3, " of", 3) == 0 ||
	    (x->end - x->start >= 7 && ex_ncasecmp(t + x->end - 7, " of the", 7) == 0)))
		return 0;
	for (size_t p = x->end; (wl = ex_word_after(t, p, anchor, &ws)) > 0; p = ws + wl)
		if (ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
			return 1;
	return 0;
}

/* ex_conceded_doubt - 1 if x is "unclear" or "uncertain" in a concession after
 * the act ("The lower rate is in force, though exporters complain that the rules
 * are still unclear", "lifted the ban in May, although it was unclear how many
 * plants would qualify"): a doubt about details beside the act, which stands.
 * "though" or "although" within twelve words before it, no sentence end. */
static int
ex_conceded_doubt(const char *t, size_t lo, const struct ex_mention *x)
{
	static const struct ex_word DOUBT[] = {EX_W("unclear"), EX_W("uncertain")};
	static const struct ex_word THOUGH[] = {EX_W("though"), EX_W("although")};
	size_t ws, wl, p = x->start;

	if (x->value != STATUS_STALLED || !ex_word_in(DOUBT, EX_NWORDS(DOUBT), t + x->start, x->end - x->start))
		return 0;
	for (int w = 0; w < 12 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws)
		if (ex_word_in(THOUGH, EX_NWORDS(THOUGH), t + ws, wl))
			return 1;
	return 0;
}

/*
 * ex_ended_lag - 1 if the lag cue x is what a verb of ending puts behind it:
 * "ending months of complaints about delays", "ended years of stalling", "an
 * end to the delays" (the lag is over, not going on); words back to a comma.
 */
static int
ex_ended_lag(const char *t, size_t lo, const struct ex_mention *x)
{
	static const struct ex_word END[] = {
	    EX_W("ending"), EX_W("ended"), EX_W("ends"), EX_W("end")};
	size_t p = x->start > lo + 100 ? x->start - 100 : lo, ws, wl;

	if (x->value != STATUS_STALLED)
		return 0;
	for (size_t k = p; k < x->start; k++)
		if (t[k] == ',' || t[k] == ';')
			p = k + 1;
	for (; (wl = ex_word_after(t, p, x->start, &ws)) > 0 || ws < x->start; p = ws + (wl > 0 ? wl : 1))
		if (ex_word_in(END, EX_NWORDS(END), t + ws, wl))
			return 1;
	return 0;
}

/*
 * ex_kept_pledge - 1 if [from,hi) holds a participle after a comma that says
 * the act before it keeps a pledge: "had issued the first licences,
 * fulfilling a commitment made in the truce", "cut the duty, honouring its
 * pledge", "delivering on a key promise"; "fulfilling part of its pledge" is
 * not (a part).
 */
static int
ex_kept_pledge(const char *t, size_t from, size_t hi)
{
	static const struct ex_word KEEP[] = {
	    EX_W("fulfilling"), EX_W("fulfiling"), EX_W("honouring"), EX_W("honoring"),
	    EX_W("keeping"), EX_W("delivering"), EX_W("redeeming")};
	static const struct ex_word DET[] = {
	    EX_W("a"), EX_W("an"), EX_W("its"), EX_W("the"), EX_W("their"), EX_W("one"),
	    EX_W("key"), EX_W("main"), EX_W("central"), EX_W("major"), EX_W("on"), EX_W("that")};
	static const struct ex_word NOUN[] = {
	    EX_W("commitment"), EX_W("commitments"), EX_W("pledge"), EX_W("pledges"),
	    EX_W("promise"), EX_W("promises"), EX_W("obligation"), EX_W("obligations"),
	    EX_W("undertaking"), EX_W("undertakings")};
	const char *comma;
	size_t ws, wl, p;

	for (; from < hi && (comma = memchr(t + from, ',', hi - from)) != NULL; from = p) {
		p = (size_t)(comma - t) + 1;
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0 || !ex_word_in(KEEP, EX_NWORDS(KEEP), t + ws, wl))
			continue;
		for (size_t q = ws + wl; (wl = ex_word_after(t, q, hi, &ws)) > 0; q = ws + wl) {
			if (ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
				return 1;
			if (!ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
				break;
		}
	}
	return 0;
}

/* ex_subject_lo - where the subject of the clause opening at lo starts: past the
 * body's opening ("BEIJING, Nov 10 (Reuters) - ", "NEW DELHI: ", "EXCLUSIVE: ",
 * "(Bloomberg) -- ") when the clause is the body's first and the opening ends
 * before pos; else lo.  "NEW DELHI: India's promise to cut duties ... has been
 * met": the place is no word of the subject. */
static size_t
ex_subject_lo(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	size_t o;

	if (lo >= 80)
		return lo;
	o = ex_body_opening_end(ctx->text, ctx->len);
	return o > lo && o <= pos ? o : lo;
}

/* ex_promised_head - 1 if the pledged cue x is a participle that modifies the
 * noun at anchor, which heads its clause's subject: "China's promised cut to
 * tariffs on US pork has taken effect", "Tokyo's promised purchases of US corn
 * have begun", "the agreed $350 billion fund"; one word in "-ed", at most four
 * words between it and the noun (names, amounts, modifiers; no function word,
 * comma or other stop) and a short subject before it (ex_subject_head).  The
 * predicate after the noun then tells what became of the pledge. */
static int
ex_promised_head(const char *t, size_t lo, const struct ex_mention *x, size_t anchor)
{
	size_t p = x->end, ws, wl;
	int words = 0;

	if (x->end - x->start < 5 || x->end > anchor || memchr(t + x->start, ' ', x->end - x->start) != NULL ||
	    ex_ncasecmp(t + x->end - 2, "ed", 2) != 0)
		return 0;
	for (; (wl = ex_word_after(t, p, anchor, &ws)) > 0; p = ws + wl) {
		for (size_t k = p; k < ws; k++)
			if (t[k] != ' ' && t[k] != '$' && t[k] != '-')
				return 0;
		if (++words > 4 || ex_function_word(t + ws, wl))
			return 0;
	}
	return ex_subject_head(t, lo, x->start);
}

/* ex_attributive - 1 if a determiner stands right before the verb at anchor:
 * "the reduced rate", "its lowered duty" (a modifier, not a verb). */
static int
ex_attributive(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	size_t ws, wl = ex_word_before(ctx->text, anchor, lo, &ws);

	return wl > 0 && ex_determiner(ctx->text + ws, wl);
}

/* ex_deal_said - 1 if a report of the whole deal opens in [from,pos): "that" and
 * a deal noun phrase ("..., adding that the arrangement agreed last year was
 * being implemented"): a cue there tells how the deal goes, not the act before. */
int
ex_deal_said(const char *t, size_t from, size_t pos)
{
	size_t ws, wl;

	for (size_t p = from; p < pos;) {
		if ((wl = ex_word_after(t, p, pos, &ws)) == 0) {
			p++;    /* a comma, a quotation mark */
			continue;
		}
		if (wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0 && ex_deal_head(t, ws + wl, pos) != EX_NOPOS)
			return 1;
		p = ws + wl;
	}
	return 0;
}
/* ex_relative_modal - 1 if "that" or "which" stands right before the modal at pos;
 * or "whether" with at most three words of a subject between ("are discussing
 * whether China would buy", "debating whether the ministry will lift"). */
static int
ex_relative_modal(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	if ((wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0) || (wl == 5 && ex_ncasecmp(t + ws, "which", 5) == 0))
		return 1;
	for (int w = 0; w < 3 && wl > 0; w++, wl = ex_word_before(t, ws, lo, &ws))
		if (wl == 7 && ex_ncasecmp(t + ws, "whether", 7) == 0)
			return 1;
	return 0;
}

/* ex_proposed_deal - 1 if the clause at cs opens with "which" after a
 * preposition ("under which", "in which") and the last status cue of the clause
 * before it, [lo,cs), proposes ("are negotiating an agreement under which both
 * sides would remove tariffs", "floated a plan under which Seoul would cut"), and
 * only a modal stands in the clause before the verb at anchor: what a deal still
 * under talks holds is proposed, not pledged. */
int
ex_proposed_deal(const struct ex_ctx *ctx, size_t lo, size_t cs, size_t anchor)
{
	static const struct ex_word PREP[] = {
	    EX_W("under"), EX_W("in"), EX_W("by"), EX_W("through"), EX_W("with")};
	static const struct ex_word MODAL[] = {
	    EX_W("would"), EX_W("will"), EX_W("could"), EX_W("shall"), EX_W("'ll")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, cs, ctx->len, &ws), ps, pl;
	int last = -1;

	if (wl != 5 || ex_ncasecmp(t + ws, "which", 5) != 0 ||
	    (pl = ex_word_before(t, ws, lo, &ps)) == 0 || !ex_word_in(PREP, EX_NWORDS(PREP), t + ps, pl))
		return 0;
	/* The last cue before the deal but its noun ("a deal"): "in talks, they
	 * agreed a deal under which" agreed it. */
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < ps; i++)
		if (ctx->m.v[i].start >= lo && ctx->m.v[i].kind == RULE_CUE &&
		    !ex_pledge_noun(ctx, &ctx->m.v[i]) && !ex_month_may(ctx, &ctx->m.v[i]))
			last = (int)ctx->m.v[i].value;
	if (last != STATUS_PROPOSED)
		return 0;
	/* Only a modal in the clause: "under which Washington promised" says more. */
	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < anchor; i++)
		if (ctx->m.v[i].start >= cs && ctx->m.v[i].kind == RULE_CUE &&
		    !ex_word_in(MODAL, EX_NWORDS(MODAL), ctx->text + ctx->m.v[i].start,
		    ctx->m.v[i].end - ctx->m.v[i].start))
			return 0;
	return 1;
}

/* ex_deal_in_talks - 1 if, after the verb (from p, before e), the act falls
 * "under" or "as part of" a deal that is still being negotiated: "would buy 500
 * jets under a trade agreement the two countries are negotiating", "as part of
 * a package still under negotiation", "under a deal that is being worked out",
 * "under an accord yet to be signed".  What a deal under talks holds is
 * proposed; "under the deal the two sides reached" is not. */
int
ex_deal_in_talks(const char *t, size_t p, size_t e)
{
	static const struct ex_word DEAL[] = {
	    EX_W("deal"), EX_W("agreement"), EX_W("accord"), EX_W("pact"), EX_W("package"),
	    EX_W("framework"), EX_W("arrangement"), EX_W("treaty")};
	static const struct ex_word SKIP[] = {
	    EX_W("that"), EX_W("which"), EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"),
	    EX_W("still"), EX_W("now"), EX_W("currently"), EX_W("being"), EX_W("yet"), EX_W("to"),
	    EX_W("be"), EX_W("under"), EX_W("have"), EX_W("has"), EX_W("been")};
	static const struct ex_word TALKS[] = {
	    EX_W("negotiating"), EX_W("negotiated"), EX_W("negotiation"), EX_W("negotiations"),
	    EX_W("discussing"), EX_W("discussed"), EX_W("discussion"), EX_W("drafting"),
	    EX_W("drafted"), EX_W("finalising"), EX_W("finalizing"), EX_W("finalised"),
	    EX_W("finalized"), EX_W("signed"), EX_W("concluded"), EX_W("hammering"), EX_W("worked"),
	    EX_W("working")};
	static const struct ex_word BE[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were")};
	size_t ws, wl;
	int w, deal = 0;

	/* "under" or "as part of", then at most five words to a deal noun. */
	for (w = 0; w < 30 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl)
		if ((wl == 5 && ex_ncasecmp(t + ws, "under", 5) == 0) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "part", 4) == 0 && ws >= 3 &&
		    ex_ncasecmp(t + ws - 3, "as ", 3) == 0))
			break;
	if (wl == 0 || w == 30)
		return 0;
	if (wl == 4)
		p = ws + wl, wl = ex_word_after(t, p, e, &ws);  /* "of" */
	for (w = 0, p = ws + wl; w < 6 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl) {
		if (ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl) && (ws + wl >= e || t[ws + wl] != '-')) {
			deal = 1;
			p = ws + wl;
			break;
		}
		if (ws + wl < e && (t[ws + wl] == ',' || t[ws + wl] == ';'))
			return 0;
	}
	if (!deal)
		return 0;
	/* "that is still being negotiated", "still under negotiation", "yet to
	 * be signed", or a contact relative "the two countries are negotiating":
	 * up to four words of a subject, a form of "be", then the talks verb. */
	for (w = 0; w < 8 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl) {
		if (ws > p && t[p] != ' ')
			return 0;
		if (ex_word_in(TALKS, EX_NWORDS(TALKS), t + ws, wl)) {
			size_t bs, bl = ex_word_before(t, ws, 0, &bs);

			/* "signed", "concluded" only as "yet to be ...": "the deal signed
			 * last month" is made. */
			if ((wl == 6 && ex_ncasecmp(t + ws, "signed", 6) == 0) ||
			    (wl == 9 && ex_ncasecmp(t + ws, "concluded", 9) == 0) ||
			    ((wl == 9 || wl == 10) && t[ws + wl - 1] == 'd' && ex_ncasecmp(t + ws, "final", 5) == 0))
				return bl == 2 && ex_ncasecmp(t + bs, "be", 2) == 0 && w >= 2;
			return bl > 0 && (ex_word_in(SKIP, EX_NWORDS(SKIP), t + bs, bl) ||
			    ex_word_in(BE, EX_NWORDS(BE), t + bs, bl));
		}
		if (!ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl) && w >= 4)
			return 0;
	}
	return 0;
}
/* ex_framework_ref - 1 if the pledged cue x only names the deal an act falls
 * under ("was set at 19% under the deal, ... and took effect on August 7", "as
 * part of the accord"): after the verb it tells no status, and a later cue of the
 * clause still does. */
static int
ex_framework_ref(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	const char *t = ctx->text + x->start;
	size_t n = x->end - x->start;

	return x->value == STATUS_PLEDGED && (ex_pledge_noun(ctx, x) ||
	    (n > 6 && ex_ncasecmp(t, "under ", 6) == 0) || (n == 10 && ex_ncasecmp(t, "as part of", 10) == 0));
}

/* ex_reduced_relative - 1 if the pledge or proposal cue x after the verb is a past
 * participle right after a noun or a rate ("down from the 29% announced in April,
 * and took effect on August 7", "the quota offered by Seoul"): a reduced relative
 * clause that tells how that noun came about, not the verb's status.  Not after an
 * auxiliary, a conjunction or an adverb ("was announced", "and agreed",
 * "formally agreed"). */
static int
ex_reduced_relative(const char *t, size_t anchor_end, const struct ex_mention *x)
{
	static const struct ex_word AUX[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"), EX_W("be"), EX_W("been"),
	    EX_W("being"), EX_W("has"), EX_W("have"), EX_W("had"), EX_W("and"), EX_W("or"),
	    EX_W("but"), EX_W("as"), EX_W("not"), EX_W("also"), EX_W("then"), EX_W("just"),
	    EX_W("it"), EX_W("they"), EX_W("we"), EX_W("he"), EX_W("she"), EX_W("who"),
	    EX_W("which"), EX_W("that"), EX_W("get"), EX_W("got"), EX_W("gets")};
	size_t ws, wl, n = x->end - x->start;

	if ((x->value != STATUS_PLEDGED && x->value != STATUS_PROPOSED) || x->start < anchor_end + 2 ||
	    n < 4 || ex_ncasecmp(t + x->end - 2, "ed", 2) != 0 || memchr(t + x->start, ' ', n) != NULL ||
	    t[x->start - 1] != ' ')
		return 0;
	if (t[x->start - 2] == '%')
		return 1;
	wl = ex_word_before(t, x->start, anchor_end, &ws);
	return wl > 0 && ws + wl + 1 == x->start && !ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl) &&
	    !(wl > 3 && ex_ncasecmp(t + ws + wl - 2, "ly", 2) == 0);
}

/* ex_committed_projects - 1 if the pledged cue x is a perfect "committed" whose
 * object goes to projects ("has committed the first $42 billion of its package
 * to nuclear power projects", "has now committed funds to eleven projects"):
 * money put to work, under way; "has committed to invest" stays a pledge. */
static int
ex_committed_projects(const char *t, size_t lo, const struct ex_mention *x, size_t hi)
{
	static const struct ex_word ADV[] = {EX_W("now"), EX_W("already"), EX_W("far"), EX_W("since")};
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had")};
	static const struct ex_word PROJECT[] = {EX_W("project"), EX_W("projects")};
	size_t ws, wl, lim = hi < x->end + 160 ? hi : x->end + 160;

	if (x->end - x->start != 9 || ex_ncasecmp(t + x->start, "committed", 9) != 0 ||
	    ((wl = ex_word_after(t, x->end, lim, &ws)) == 2 && ex_ncasecmp(t + ws, "to", 2) == 0))
		return 0;
	wl = ex_word_before(t, x->start, lo, &ws);
	if (wl == 3 && ex_ncasecmp(t + ws, "far", 3) == 0 && ex_word_before(t, ws, lo, &ws) == 2)
		wl = ex_word_before(t, ws, lo, &ws);
	else if (wl > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl == 0 || !ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl))
		return 0;
	/* Up to " to ", then "projects" within 40 bytes ("to U.S. data centre
	 * projects"); a comma, or a full stop after no capital, ends the clause. */
	for (size_t k = x->end; k + 4 <= lim; k++) {
		if ((t[k] == ',' || t[k] == ';' || (t[k] == '.' && !(t[k - 1] >= 'A' && t[k - 1] <= 'Z'))) &&
		    t[k + 1] == ' ')
			return 0;
		if (ex_ncasecmp(t + k, " to ", 4) != 0)
			continue;
		for (k += 4; k + 7 <= lim && k < x->end + 160; k++) {
			if (t[k] == ',' || t[k] == ';')
				return 0;
			if ((wl = ex_word_after(t, k, lim, &ws)) > 0 && ws == k && (k == 0 || !ex_word_byte((unsigned char)t[k - 1])) &&
			    ex_word_in(PROJECT, EX_NWORDS(PROJECT), t + ws, wl))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* ex_sum_at - 1 if a sum of money opens at t[k], before hi: "$", a digit, a
 * currency sign ("€", "¥") or a code of three capitals ("CHF 200 billion"). */
static int
ex_sum_at(const char *t, size_t k, size_t hi)
{
	return k < hi && (t[k] == '$' || (t[k] >= '0' && t[k] <= '9') || (unsigned char)t[k] >= 0x80 ||
	    (k + 3 < hi && t[k] >= 'A' && t[k] <= 'Z' && t[k + 1] >= 'A' && t[k + 1] <= 'Z' &&
	    t[k + 2] >= 'A' && t[k + 2] <= 'Z'));
}
/* ex_part_committed - 1 if the pledged cue x is a perfect "committed" or
 * "pledged" whose object, before anchor, is an amount out of a larger one
 * ("have committed about CHF 90 billion of the CHF 200 billion", "has pledged
 * $4 billion of the $10 billion"): a part of the sum, put in so far. */
static int
ex_part_committed(const char *t, size_t lo, const struct ex_mention *x, size_t anchor)
{
	static const struct ex_word VERB[] = {
	    EX_W("committed"), EX_W("pledged"), EX_W("earmarked"), EX_W("allocated")};
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had")};
	size_t ws, wl, k, lim;

	if (!ex_word_in(VERB, EX_NWORDS(VERB), t + x->start, x->end - x->start) ||
	    (wl = ex_word_before(t, x->start, lo, &ws)) == 0 || !ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl))
		return 0;
	lim = anchor < x->end + 48 ? anchor : x->end + 48;
	for (k = x->end; k + 8 <= lim; k++)
		if ((t[k] == ',' || t[k] == '.') && t[k + 1] == ' ')
			return 0;
		else if (ex_ncasecmp(t + k, " of the ", 8) == 0)
			return ex_sum_at(t, k + 8, anchor);
	return 0;
}
/* ex_past_taken - 1 if the word [ws,ws+wl) is a simple past that takes a
 * part ("received", "took", "bought", "spent"), not after "to", a modal or
 * "be" ("is expected to receive four of", "will be delivered"), and not a verb
 * of promising or planning ("agreed to buy", "planned"). */
static int
ex_past_taken(const char *t, size_t lo, size_t ws, size_t wl)
{
	static const struct ex_word PAST[] = {
	    EX_W("took"), EX_W("bought"), EX_W("sent"), EX_W("spent"), EX_W("got"), EX_W("paid"), EX_W("made")};
	static const struct ex_word NOT_PAST[] = {
	    EX_W("agreed"), EX_W("pledged"), EX_W("promised"), EX_W("committed"), EX_W("vowed"),
	    EX_W("offered"), EX_W("proposed"), EX_W("planned"), EX_W("expected"), EX_W("scheduled"),
	    EX_W("needed"), EX_W("required"), EX_W("wanted"), EX_W("asked")};
	static const struct ex_word AHEAD[] = {
	    EX_W("to"), EX_W("will"), EX_W("would"), EX_W("could"), EX_W("might"), EX_W("should"),
	    EX_W("must"), EX_W("be"), EX_W("been"), EX_W("being"), EX_W("not"), EX_W("never")};
	size_t ps, pl;

	if (!ex_word_in(PAST, EX_NWORDS(PAST), t + ws, wl) &&
	    !(wl >= 5 && t[ws + wl - 2] == 'e' && t[ws + wl - 1] == 'd' && t[ws] >= 'a' && t[ws] <= 'z' &&
	    !ex_word_in(NOT_PAST, EX_NWORDS(NOT_PAST), t + ws, wl)))
		return 0;
	return (pl = ex_word_before(t, ws, lo, &ps)) == 0 || !ex_word_in(AHEAD, EX_NWORDS(AHEAD), t + ps, pl);
}
/* ex_part_of_sum - 1 if the clause [lo,hi) tells a part of a promised sum put
 * in with a perfect verb: "has now transferred the first $12 billion of its
 * $550 billion investment pledge", "have so far announced investments of about
 * $71 billion of the $200 billion pledged", "has sent $5 billion of the $350
 * billion it promised".  A sum, "of", a determiner or possessive, a second sum,
 * a pledge word at most eight words after it; "has" or "have" at most eight
 * words before the first sum, not with a verb of promising after it ("has
 * agreed to invest $20 billion of the $350 billion pledged" is the pledge).
 * So is a part told after the promised whole it is taken from, opening the
 * clause ("Of the 300 jets that China agreed to buy, the first two were
 * delivered in January"): "Of the", the sum, a pledge word before the comma,
 * then a past or perfect auxiliary within six words after it, not before
 * "not", "yet", "to" or after "none"/"no" ("..., none has arrived", "..., the
 * first two are to be delivered in 2027": no part done).
 * The part may also be told by "had" (reported) or "bringing ... to" ("bringing
 * its contracted purchases to $38 billion of the $100 billion it promised"),
 * by a simple past with only the part's words before "of" ("received the first
 * three of the 50 jets"), as a sum and its unit or a share ("400,000 tonnes of
 * the 2 million tonnes", "a third of the"), as a sum put "toward the $600
 * billion investment pledge", or opening the clause with its verb after the
 * whole ("About $12 billion of the $40 billion pledged has been spent").
 * The commitment is under way. */
int
ex_part_of_sum(const char *t, size_t lo, size_t hi)
{
	/* "had deployed $220 billion of the $1.4 trillion" (reported); "bringing
	 * its purchases to $38 billion of the $100 billion it promised". */
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("have"), EX_W("had"), EX_W("bringing")};
	static const struct ex_word SHARE[] = {
	    EX_W("third"), EX_W("thirds"), EX_W("quarter"), EX_W("quarters"), EX_W("half"), EX_W("fifth")};
	/* The part's own words between its verb and "of". */
	static const struct ex_word PART[] = {
	    EX_W("the"), EX_W("a"), EX_W("an"), EX_W("first"), EX_W("about"), EX_W("around"),
	    EX_W("roughly"), EX_W("nearly"), EX_W("almost"), EX_W("over"), EX_W("only"), EX_W("just"),
	    EX_W("its"), EX_W("their"), EX_W("another"), EX_W("million"), EX_W("billion"), EX_W("trillion")};
	static const struct ex_word OWNER[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("his"), EX_W("her")};
	/* The words of promising: after the second sum, and not after "has". */
	static const struct ex_word PLEDGE[] = {
	    EX_W("pledge"), EX_W("pledged"), EX_W("promised"), EX_W("promise"), EX_W("commitment"),
	    EX_W("committed"), EX_W("agreed"), EX_W("vowed"), EX_W("offered"), EX_W("proposed")};
	static const struct ex_word DONE_AUX[] = {
	    EX_W("were"), EX_W("was"), EX_W("have"), EX_W("has"), EX_W("had")};
	static const struct ex_word NOT_DONE[] = {
	    EX_W("not"), EX_W("yet"), EX_W("to"), EX_W("never"), EX_W("none"), EX_W("no")};
	size_t lim = hi - lo > 600 ? lo + 600 : hi, ws, wl, p;
	const char *comma;

	if ((wl = ex_word_after(t, lo, lim, &ws)) == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 &&
	    (wl = ex_word_after(t, ws + wl, lim, &ws)) == 3 && ex_ncasecmp(t + ws, "the", 3) == 0 &&
	    ex_sum_at(t, ws + 4, lim) && (comma = memchr(t + ws, ',', lim - ws)) != NULL) {
		int pledge = 0, w;

		for (p = ws + 4 + (t[ws + 4] == '$'); !pledge && (wl = ex_word_after(t, p, (size_t)(comma - t), &ws)) > 0; p = ws + wl + (wl == 1 &&
		    t[ws + 1] == '.'))
			pledge = ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl);
		for (p = (size_t)(comma - t) + 1, w = 0; pledge && w < 6; w++, p = ws + wl) {
			size_t ns;

			/* "about $3 billion", "400,000 tonnes": a sum's signs. */
			while (p < lim && (t[p] == ' ' || t[p] == '$' || ((t[p] == ',' || t[p] == '.') &&
			    p + 1 < lim && t[p + 1] >= '0' && t[p + 1] <= '9')))
				p++;
			if ((wl = ex_word_after(t, p, lim, &ws)) == 0)
				break;

			if (ex_word_in(NOT_DONE, EX_NWORDS(NOT_DONE), t + ws, wl))
				break;
			if (ex_word_in(DONE_AUX, EX_NWORDS(DONE_AUX), t + ws, wl))
				return (wl = ex_word_after(t, ws + wl, lim, &ns)) > 0 &&
				    !ex_word_in(NOT_DONE, EX_NWORDS(NOT_DONE), t + ns, wl);
		}
	}
	for (size_t k = lo; k + 4 < lim; k++) {
		size_t q, first = EX_NOPOS, pend = EX_NOPOS;
		int w, pledge = 0, have = 0, toward = 0, lead = 1;

		if (k == lo || t[k] != ' ')
			continue;
		if (ex_ncasecmp(t + k, " of ", 4) == 0)
			q = k + 4;
		else if (k + 9 < lim && ex_ncasecmp(t + k, " toward", 7) == 0 && (t[k + 7] == ' ' ||
		    (t[k + 7] == 's' && t[k + 8] == ' ')))
			q = k + 8 + (t[k + 7] == 's'), toward = 1;
		else
			continue;
		/* The first sum ends before "of": "12", "$12 billion", a count in
		 * words ("has received four of the 30 jets it committed to buy"; not
		 * "all of the", the whole done), a share ("about a third of the 12
		 * million tons"), or a sum and its unit ("6 million tonnes of the 25
		 * million tonnes a year Beijing promised").  "toward the $600 billion
		 * pledge" takes a part of it without naming the part. */
		wl = ex_word_before(t, k, lo, &ws);
		if (!toward && !(t[k - 1] >= '0' && t[k - 1] <= '9') && !(wl >= 7 && ex_ncasecmp(t + k - 5, "llion", 5) == 0) &&
		    !(wl > 0 && ws + wl == k && ex_count_word(t + ws, wl) && !(wl == 3 && ex_ncasecmp(t + ws, "all", 3) == 0)) &&
		    !(wl > 0 && ws + wl == k && ex_word_in(SHARE, EX_NWORDS(SHARE), t + ws, wl)) &&
		    !(wl > 2 && ws + wl == k && t[ws] >= 'a' && t[ws] <= 'z' && !ex_function_word(t + ws, wl) &&
		    ex_word_before(t, ws, lo, &p) > 0 && (ex_count_word(t + p, 1) ||
		    (ws - p >= 7 && ex_ncasecmp(t + ws - 6, "llion", 5) == 0))))
			continue;
		/* The second sum: after a determiner or a possessive. */
		if ((wl = ex_word_after(t, q, lim, &ws)) == 0)
			continue;
		if (ex_word_in(OWNER, EX_NWORDS(OWNER), t + ws, wl) ||
		    (wl > 2 && ex_possessive_len(t, ws + wl - 2, ws + wl) == 2))
			q = ws + wl + 1;
		else if (wl == 1 && (t[ws] == 's' || t[ws] == 'S'))
			q = ws + wl + 1;
		else
			continue;
		if (!ex_sum_at(t, q, lim))
			continue;
		/* "U.S." is two words, no full stop. */
		for (p = t[q] == '$' ? q + 1 : q, w = 0; w < 12 && !pledge && (wl = ex_word_after(t, p, lim, &ws)) > 0 &&
		    memchr(t + p, ',', ws - p) == NULL; w++, p = ws + wl + (wl == 1 && ws + 1 < lim && t[ws + 1] == '.'))
			pledge = ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl);
		if (!pledge)
			continue;
		pend = p;
		/* The first sum's "has": eight words at most before "of"; or the
		 * simple past that takes the part ("received the first two of the
		 * 50 jets"), with only the part's own words (a count, a sum,
		 * "about", "the first") between them. */
		for (p = k, w = 0; w < 10; w++, p = ws) {
			/* "$12": the sign is no word byte; nor the comma of "400,000". */
			while (p > lo && (t[p - 1] == '$' || (p > lo + 1 && ex_digit_sep(t, lo, p - 1, k))))
				p--;
			if ((wl = ex_word_before(t, p, lo, &ws)) == 0)
				break;
			if (ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl)) {
				have = 1;
				break;
			}
			if (lead && w > 0 && ex_past_taken(t, lo, ws, wl)) {
				first = ws;
				have = 1;
				break;
			}
			if (w > 0 && !ex_count_word(t + ws, wl) && !ex_word_in(PART, EX_NWORDS(PART), t + ws, wl))
				lead = 0;
			first = ws;
		}
		/* Or the part opens the clause and its verb comes after the whole:
		 * "About $22 billion of the $75 billion pledged in 2024 has been
		 * invested so far". */
		if (!have && !toward && lead && wl == 0)
			for (p = pend, w = 0; w < 8 && (wl = ex_word_after(t, p, lim, &ws)) > 0 &&
			    memchr(t + p, ',', ws - p) == NULL && memchr(t + p, '.', ws - p) == NULL; w++, p = ws + wl)
				if (ex_word_in(DONE_AUX, EX_NWORDS(DONE_AUX), t + ws, wl))
					return (wl = ex_word_after(t, ws + wl, lim, &p)) > 0 &&
					    !ex_word_in(NOT_DONE, EX_NWORDS(NOT_DONE), t + p, wl);
		if (have && first != EX_NOPOS && (wl = ex_word_after(t, first, lim, &ws)) > 0 &&
		    !ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl))
			return 1;
	}
	return 0;
}

/* ex_rest_to_come - 1 if [lo,hi), after a measure told done, tells the rest of
 * it still to come: "the rest" or "the remainder" after "will", "would" or a
 * present progressive ("and would remove the rest by January 1", "and is
 * reviewing the rest"), or before "will" ("and the ministry says the rest will
 * follow in January", "the remaining lines will follow by January 1"), or
 * "more" closing the clause after a present progressive ("has issued licences
 * to 40 companies and is processing more").  A part of the act is done; the act is under way. */
int
ex_rest_to_come(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word AHEAD[] = {EX_W("will"), EX_W("would"), EX_W("is"), EX_W("are")};
	size_t k, ws, wl, p;

	for (k = lo; k + 5 <= hi; k++) {
		if (t[k] != ' ')
			continue;
		if (k + 9 <= hi && ex_ncasecmp(t + k, " the rest", 9) == 0)
			p = k + 9;
		else if (k + 14 <= hi && ex_ncasecmp(t + k, " the remainder", 14) == 0)
			p = k + 14;
		/* "and is processing more.": "more" closing the clause, after
		 * the progressive (read below). */
		else if (k + 6 <= hi && ex_ncasecmp(t + k, " more", 5) == 0 && (k + 5 == hi || t[k + 5] == '.' ||
		    t[k + 5] == ',' || t[k + 5] == ';')) {
			size_t vs, vl = ex_word_before(t, k, lo, &vs), al = vl > 4 ? ex_word_before(t, vs, lo, &p) : 0;

			if (al > 0 && ex_word_in(AHEAD + 2, 2, t + p, al) && ex_ncasecmp(t + vs + vl - 3, "ing", 3) == 0)
				return 1;
			continue;
		}
		/* "the remaining lines will follow": the noun after it. */
		else if (k + 15 <= hi && ex_ncasecmp(t + k, " the remaining ", 15) == 0 &&
		    (wl = ex_word_after(t, k + 15, hi, &ws)) > 0)
			p = ws + wl;
		else
			continue;
		if (p < hi && ex_word_byte((unsigned char)t[p]))
			continue;
		/* After: "the rest will follow", "the rest are due". */
		if ((wl = ex_word_after(t, p, hi, &ws)) > 0 && ex_word_in(AHEAD, 2, t + ws, wl))
			return 1;
		/* Before: "would remove the rest", "is reviewing the rest". */
		if ((wl = ex_word_before(t, k, lo, &ws)) == 0)
			continue;
		{
			size_t vs = ws, vl = wl, al = ex_word_before(t, vs, lo, &p);

			if (al > 0 && (ex_word_in(AHEAD, 2, t + p, al) || (ex_word_in(AHEAD, EX_NWORDS(AHEAD), t + p, al) &&
			    vl > 4 && ex_ncasecmp(t + vs + vl - 3, "ing", 3) == 0)))
				return 1;
		}
	}
	return 0;
}
/* ex_had_so_far - 1 if the progress cue x is "so far" or "thus far" right
 * after "had", after the verb ("extending to South Africa the zero-tariff
 * treatment Beijing had so far reserved for the poorest countries"): the past
 * perfect tells how things stood before the act, not its progress. */
static int
ex_had_so_far(const char *t, size_t lo, const struct ex_mention *x)
{
	size_t ws, n = x->end - x->start;

	return x->value == STATUS_IN_PROGRESS &&
	    ((n == 6 && ex_ncasecmp(t + x->start, "so far", 6) == 0) ||
	    (n == 8 && ex_ncasecmp(t + x->start, "thus far", 8) == 0)) &&
	    ex_word_before(t, x->start, lo, &ws) == 3 && ex_ncasecmp(t + ws, "had", 3) == 0;
}

/* ex_review_done - 1 if the proposal cue x is the noun "review" after a verb
 * of completing ("will complete the review of gallium applications", "finished
 * its review"): the review ends, it weighs nothing still open. */
static int
ex_review_done(const char *t, size_t lo, const struct ex_mention *x)
{
	static const struct ex_word DONE[] = {
	    EX_W("complete"), EX_W("completes"), EX_W("completed"), EX_W("completing"),
	    EX_W("finish"), EX_W("finishes"), EX_W("finished"), EX_W("finishing"),
	    EX_W("conclude"), EX_W("concludes"), EX_W("concluded"), EX_W("concluding")};
	size_t ws, wl;

	if (x->end - x->start < 6 || ex_ncasecmp(t + x->start, "review", 6) != 0 ||
	    (wl = ex_word_before(t, x->start, lo, &ws)) == 0 || !ex_determiner(t + ws, wl))
		return 0;
	wl = ex_word_before(t, ws, lo, &ws);
	return wl > 0 && ex_word_in(DONE, EX_NWORDS(DONE), t + ws, wl);
}

/* ex_first_cue - 1 if the cue x names a first step ("first shipments", "the
 * first of", "initial purchases"): under way if it happened, to come if the
 * verb after it looks ahead. */
static int
ex_first_cue(const char *t, const struct ex_mention *x)
{
	size_t n = x->end - x->start;

	return (n > 6 && ex_ncasecmp(t + x->start, "first ", 6) == 0) ||
	    (n > 8 && ex_ncasecmp(t + x->start, "initial ", 8) == 0);
}

/* ex_planned_cue - 1 if the first-step cue x, in a clause that ends at hi, is
 * told as planned ("with the first deliveries planned for 2028", "first cargoes
 * are scheduled for March", "the first shipments due in 2029", "expects the
 * first deliveries in 2028"): a step still to come.  The words before it are
 * read back to lo. */
int
ex_planned_cue(const char *t, const struct ex_mention *x, size_t lo, size_t hi)
{
	static const struct ex_word PLAN[] = {
	    EX_W("planned"), EX_W("scheduled"), EX_W("expected"), EX_W("due"), EX_W("slated"),
	    EX_W("set")};
	static const struct ex_word EXPECT[] = {
	    EX_W("expects"), EX_W("expect"), EX_W("expecting"), EX_W("anticipates"),
	    EX_W("anticipate"), EX_W("awaits"), EX_W("await"), EX_W("awaiting")};
	static const struct ex_word PUTOFF[] = {
	    EX_W("postponed"), EX_W("delayed"), EX_W("deferred"), EX_W("postpone"), EX_W("delay"),
	    EX_W("defer"), EX_W("postponing"), EX_W("delaying"), EX_W("deferring")};
	static const struct ex_word PUT[] = {EX_W("put"), EX_W("puts"), EX_W("putting")};
	static const struct ex_word BE[] = {EX_W("are"), EX_W("is"), EX_W("was"), EX_W("were")};
	size_t ws, wl;

	if (x->kind != RULE_CUE || x->value != STATUS_IN_PROGRESS || !ex_first_cue(t, x))
		return 0;
	if ((wl = ex_word_after(t, x->end, hi, &ws)) > 0 && ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
		wl = ex_word_after(t, ws + wl, hi, &ws);
	if (wl > 0 && ex_word_in(PLAN, EX_NWORDS(PLAN), t + ws, wl))
		return 1;
	/* "the airline expects the first deliveries in 2028"; "Seoul has
	 * postponed its first cash payment": still to come. */
	if ((wl = ex_word_before(t, x->start, lo, &ws)) > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	/* "has put off the first payments". */
	if (wl == 3 && ex_ncasecmp(t + ws, "off", 3) == 0 && (wl = ex_word_before(t, ws, lo, &ws)) > 0)
		return ex_word_in(PUT, EX_NWORDS(PUT), t + ws, wl);
	return wl > 0 && (ex_word_in(EXPECT, EX_NWORDS(EXPECT), t + ws, wl) ||
	    ex_word_in(PUTOFF, EX_NWORDS(PUTOFF), t + ws, wl));
}

/* ex_first_planned - 1 if a first-step cue in [lo,hi) is told as planned
 * (ex_planned_cue). */
int
ex_first_planned(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].start >= lo && ex_planned_cue(ctx->text, &ctx->m.v[i], lo, hi))
			return 1;
	return 0;
}
/* ex_purpose_first - 1 if the first-step cue x after the verb names what the
 * measure is for ("has issued export licences ... for the first phase of the
 * campus"): a project's phase, not progress on the pledge. */
static int
ex_purpose_first(const char *t, size_t lo, const struct ex_mention *x)
{
	size_t ws, wl;

	if (x->value != STATUS_IN_PROGRESS || !ex_first_cue(t, x))
		return 0;
	wl = ex_word_before(t, x->start, lo, &ws);
	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	return wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0;
}

/* ex_ahead_cue - 1 if the pledge cue x looks ahead as a verb's modal ("will",
 * "would", "'ll", "is due to", "expected to"), not a pledge named ("it pledged"). */
static int
ex_ahead_cue(const char *t, const struct ex_mention *x)
{
	static const struct ex_word AHEAD[] = {
	    EX_W("will"), EX_W("would"), EX_W("'ll"), EX_W("shall"), EX_W("is due to"),
	    EX_W("are due to"), EX_W("expected to"), EX_W("set to"), EX_W("going to"),
	    EX_W("is to"), EX_W("are to")};

	return ex_word_in(AHEAD, EX_NWORDS(AHEAD), t + x->start, x->end - x->start);
}

/* ex_delayed_planned - 1 if the pledge cue x is "planned", "promised" or
 * "scheduled" right before frame f's cut ("a planned cut", "the promised
 * removal") after a determiner and a verb of delay: "delaying a planned cut in
 * its duties", "has postponed the promised removal of its surtax", "put off its
 * scheduled reduction".  The cut is held up, stalled.  Only a cut: "put off a
 * planned increase" is a pause, done (the threat is what is put off). */
static int
ex_delayed_planned(const struct ex_ctx *ctx, const struct ex_mention *x, const struct ex_frame *f)
{
	static const struct ex_word PLAN[] = {
	    EX_W("planned"), EX_W("promised"), EX_W("scheduled"), EX_W("pledged")};
	static const struct ex_word DET[] = {EX_W("a"), EX_W("the"), EX_W("its"), EX_W("their")};
	static const struct ex_word DELAY[] = {
	    EX_W("delayed"), EX_W("delaying"), EX_W("delay"), EX_W("delays"), EX_W("postponed"),
	    EX_W("postponing"), EX_W("postpone"), EX_W("postpones"), EX_W("deferred"),
	    EX_W("deferring"), EX_W("defer"), EX_W("defers")};
	static const struct ex_word BACK[] = {EX_W("off"), EX_W("back")};
	static const struct ex_word PUT[] = {
	    EX_W("put"), EX_W("puts"), EX_W("putting"), EX_W("pushed"), EX_W("pushing"),
	    EX_W("push"), EX_W("pushes")};
	const char *t = ctx->text;
	size_t lo = x->start > 60 ? x->start - 60 : 0, ws, wl, gap;

	if (f->trigger < 0 || !ex_trigger_is(ctx->r, f->trigger, "lower") || x->end > f->anchor ||
	    !ex_word_in(PLAN, EX_NWORDS(PLAN), t + x->start, x->end - x->start))
		return 0;
	for (gap = x->end; gap < f->anchor && t[gap] == ' '; gap++)
		;
	if (gap != f->anchor)
		return 0;
	if ((wl = ex_word_before(t, x->start, lo, &ws)) == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return 0;
	if ((wl = ex_word_before(t, ws, lo, &ws)) == 0)
		return 0;
	if (ex_word_in(DELAY, EX_NWORDS(DELAY), t + ws, wl))
		return 1;
	return ex_word_in(BACK, EX_NWORDS(BACK), t + ws, wl) && (wl = ex_word_before(t, ws, lo, &ws)) > 0 &&
	    ex_word_in(PUT, EX_NWORDS(PUT), t + ws, wl);
}
/* ex_pause_of_planned - 1 if frame f is a pause whose verb starts the lag cue
 * x and the cue ends in "planned" or "scheduled" ("postponed its planned
 * tariff hike", "postponed planned duties"): the cue names no cut that is held
 * up, only the measure the pause puts off. */
static int
ex_pause_of_planned(const struct ex_ctx *ctx, const struct ex_mention *x, const struct ex_frame *f)
{
	static const struct ex_word PLAN[] = {EX_W("planned"), EX_W("scheduled")};
	static const struct ex_word LEVY[] = {EX_W("tariff"), EX_W("tariffs"), EX_W("duty")};
	size_t hi = x->end + 40 < ctx->len ? x->end + 40 : ctx->len, end = x->end, ws, wl;

	if (f->trigger < 0 || !ex_trigger_is(ctx->r, f->trigger, "pause"))
		return 0;
	wl = ex_word_before(ctx->text, x->end, x->start, &ws);
	if (wl == 0 || ws + wl != x->end || !ex_word_in(PLAN, EX_NWORDS(PLAN), ctx->text + ws, wl))
		return 0;
	/* "postponed its planned tariff cut": the cut is what is held up. */
	if ((wl = ex_word_after(ctx->text, end, hi, &ws)) > 0 && ex_word_in(LEVY, EX_NWORDS(LEVY), ctx->text + ws, wl))
		end = ws + wl;
	return !ex_cut_noun_next(ctx->text, end, hi);
}
/* ex_cue_after_modal - 1 if a modal or "to" stands before the cue x, one adverb
 * perhaps between ("will also continue to", "would gradually continue to", "is
 * set to finally put into effect"): the verb of the cue is a bare infinitive. */
static int
ex_cue_after_modal(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word ADV[] = {
	    EX_W("also"), EX_W("still"), EX_W("further"), EX_W("then")};
	size_t lo = x->start > 60 ? x->start - 60 : 0, pos = x->start, ws, wl;

	if ((wl = ex_word_before(ctx->text, pos, lo, &ws)) > 0 &&
	    (ex_word_in(ADV, EX_NWORDS(ADV), ctx->text + ws, wl) ||
	    (wl > 3 && ex_ncasecmp(ctx->text + ws + wl - 2, "ly", 2) == 0)))
		pos = ws;
	return ex_after_modal(ctx->text, lo, pos);
}
/* ex_modal_continue - 1 if the cue x is "continue to" or a bare "keep ..."
 * ("keep buying", "keep flowing") after a modal or "to" ("will continue to
 * suspend", "agreed to continue to buy", "will keep buying", "wants Tokyo to keep
 * buying"): a pledge for the time to come, not a report of what is under way
 * ("buyers continue to book", "feed mills keep buying"). */
static int
ex_modal_continue(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	size_t n = x->end - x->start;

	return x->value == STATUS_IN_PROGRESS && ((n == 11 &&
	    ex_ncasecmp(ctx->text + x->start, "continue to", 11) == 0) ||
	    (n > 5 && ex_ncasecmp(ctx->text + x->start, "keep ", 5) == 0)) && ex_cue_after_modal(ctx, x);
}
/* ex_bare_put - 1 if the cue x is "put into effect" or "put into force" after a
 * modal or "to" ("plans to put into effect", "would put into force", "is expected
 * to finally put into effect"): "put" is past and bare alike, and there it is the
 * act still to come, not the act done ("Mexico put into effect a cut on Monday"). */
static int
ex_bare_put(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	return x->value == STATUS_FULFILLED && x->end - x->start > 4 &&
	    ex_ncasecmp(ctx->text + x->start, "put ", 4) == 0 && ex_cue_after_modal(ctx, x);
}

/* ex_applies_rate - 1 if the rate at anchor is the object of a present or past
 * "apply" with no modal before it ("China now applies a zero tariff to goods
 * from ...", "began applying zero tariffs on all imports from ..."): the rate is
 * in force.  "applying" counts only after a verb of starting, "is", "are" or
 * "now" ("will begin applying", "consider applying" stay to come); one
 * determiner may stand between. */
static int
ex_applies_rate(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word APPLY[] = {EX_W("applies"), EX_W("applied"), EX_W("applying")};
	static const struct ex_word START[] = {
	    EX_W("began"), EX_W("started"), EX_W("begun"), EX_W("is"), EX_W("are"), EX_W("now")};
	size_t ws, wl, bs, bl;

	if ((wl = ex_word_before(t, anchor, lo, &ws)) > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl == 0 || !ex_word_in(APPLY, EX_NWORDS(APPLY), t + ws, wl) || ex_after_modal(t, lo, ws))
		return 0;
	if (wl != 8)   /* "applies", "applied" */
		return 1;
	return (bl = ex_word_before(t, ws, lo, &bs)) > 0 && ex_word_in(START, EX_NWORDS(START), t + bs, bl);
}

/* ex_outcome_clause - 1 if the cue at cue starts a clause of its own after the
 * pledge, whose subject names the act just pledged: ", and" or ";" then "the",
 * "that", "this" or "its", at most one word, and a noun of the act ("agreed to
 * lower its tariff on Indian goods to 18%, and that reduction took effect on
 * March 1", "pledged to suspend the fees; the suspension took effect in
 * November").  The clause tells what became of the pledge. */
static int
ex_outcome_clause(const char *t, size_t lo, size_t cue)
{
	static const struct ex_word DET[] = {EX_W("the"), EX_W("that"), EX_W("this"), EX_W("its")};
	static const struct ex_word ACT[] = {
	    EX_W("cut"), EX_W("cuts"), EX_W("reduction"), EX_W("reductions"), EX_W("change"),
	    EX_W("changes"), EX_W("suspension"), EX_W("removal"), EX_W("elimination"), EX_W("quota"),
	    EX_W("exemption"), EX_W("waiver"), EX_W("pause"), EX_W("rate"), EX_W("measure"),
	    EX_W("measures"), EX_W("move"), EX_W("step"), EX_W("purchases"), EX_W("shipments"),
	    EX_W("deliveries")};
	size_t ws, wl, p;

	if ((wl = ex_word_before(t, cue, lo, &ws)) == 0 || !ex_word_in(ACT, EX_NWORDS(ACT), t + ws, wl) ||
	    memchr(t + ws + wl, ',', cue - ws - wl) != NULL)
		return 0;
	p = ws;
	if ((wl = ex_word_before(t, p, lo, &ws)) > 0 && !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl)) {
		if (memchr(t + ws + wl, ',', p - ws - wl) != NULL)   /* one word between: "the lower rate" */
			return 0;
		p = ws;
		wl = ex_word_before(t, p, lo, &ws);
	}
	if (wl == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return 0;
	for (p = ws; p > lo && (t[p - 1] == ' ' || t[p - 1] == '\t'); p--)
		;
	if (p > lo && t[p - 1] == ';')
		return 1;
	return (wl = ex_word_before(t, p, lo, &ws)) == 3 && ex_ncasecmp(t + ws, "and", 3) == 0 &&
	    ws > lo && (t[ws - 1] == ',' || (ws > lo + 1 && t[ws - 1] == ' ' && t[ws - 2] == ','));
}
/* ex_time_opening - the start of what follows a fronted phrase of time or place
 * that opens clause [lo,hi) and a comma closes ("In January,", "Last week,",
 * "On Monday,", "Earlier this month,", "In Hanoi,"): a preposition or a time
 * adverb first, at most four words; else lo. */
static size_t
ex_time_opening(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word OPEN[] = {
	    EX_W("in"), EX_W("on"), EX_W("last"), EX_W("this"), EX_W("earlier"), EX_W("later"),
	    EX_W("since"), EX_W("then"), EX_W("today"), EX_W("yesterday"), EX_W("meanwhile"),
	    EX_W("at"), EX_W("from"), EX_W("by")};
	size_t ws, wl = ex_word_after(t, lo, hi, &ws), p;
	int words = 1;

	if (wl == 0 || !(ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl) || ex_is_month(t + ws, wl)))
		return lo;
	for (p = ws + wl; p < hi && t[p] != ','; p++)
		if (t[p] == ' ' && p + 1 < hi && t[p + 1] != ' ' && ++words > 4)
			return lo;
	return p < hi ? p + 1 : lo;
}
/* ex_under_opening - 1 if clause [lo,anchor) opens with "under" (or "as part
 * of"), perhaps after a phrase of time (ex_time_opening: "Last week, under the
 * deal,"), and a comma closes that opening after the cue ending at cue_end,
 * before anchor: "Under the deal, the quota ...", "As part of the accord, Seoul".
 * With no comma, "under" and a deal noun within five words (ex_under_deal) are
 * the opening when the cue ends by that noun: "Under the deal India lowered". */
static int
ex_under_opening(const char *t, size_t lo, size_t cue_end, size_t anchor)
{
	size_t ws, wl = ex_word_after(t, lo, anchor, &ws), ns, nl, p;

	if (wl > 0 && !(wl == 5 && ex_ncasecmp(t + ws, "under", 5) == 0))
		wl = ex_word_after(t, ex_time_opening(t, lo, anchor), anchor, &ws);

	if (wl == 2 && ex_ncasecmp(t + ws, "as", 2) == 0 && ws + 11 <= anchor &&
	    ex_ncasecmp(t + ws, "as part of ", 11) == 0)
		wl = 10;
	else if (wl != 5 || ex_ncasecmp(t + ws, "under", 5) != 0)
		return 0;
	for (p = ws + wl; p < anchor; p++)
		if (t[p] == ',')
			return p >= cue_end;
	p = ws + wl;
	for (int w = 0; wl == 5 && w < 5 && (nl = ex_word_after(t, p, anchor, &ns)) > 0; w++, p = ns + nl)
		if (ex_under_deal(t, ws, ns + nl))
			return cue_end <= ns + nl && ns + nl < anchor;
	return 0;
}
/* ex_aside_cue - 1 if the cue x stands in an aside that commas enclose between
 * a subject and the verb at anchor: a relative ("The duties on US pork, which
 * Beijing announced in March, were lifted on Monday") or a participle ("China's
 * tariffs on soybeans, announced in March, have been removed"): the aside tells
 * how the measure came about; the verb after it, how it stands.  At most four
 * words from the opening comma to the cue, the first "which", "that", "first"
 * or the cue itself, and at most three words from the closing comma to anchor. */
static int
ex_aside_cue(const char *t, size_t lo, const struct ex_mention *x, size_t anchor)
{
	static const struct ex_word REL[] = {EX_W("which"), EX_W("that"), EX_W("first")};
	size_t p, ws, wl, open = 0, close = 0;
	int words = 0;

	for (p = x->start; p > lo && x->start - p < 60 && t[p - 1] != ','; p--)
		if (t[p - 1] == ';' || t[p - 1] == '.')
			return 0;
	if (p <= lo || t[p - 1] != ',')
		return 0;
	open = p;
	if ((wl = ex_word_after(t, open, x->start + 1, &ws)) == 0)
		return 0;
	if (ws != x->start && !ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
		return 0;
	for (; (wl = ex_word_after(t, ws + wl, x->start, &ws)) > 0; )
		if (++words > 3)
			return 0;
	for (p = x->end; p < anchor && p - x->end < 60 && t[p] != ','; p++)
		if (t[p] == ';' || t[p] == '.')
			return 0;
	if (p >= anchor || t[p] != ',')
		return 0;
	close = p + 1;
	for (words = 0, p = close; (wl = ex_word_after(t, p, anchor, &ws)) > 0; p = ws + wl)
		if (++words > 3)
			return 0;
	return 1;
}
/* ex_bare_relative_cue - 1 if the cue x is the verb of a relative clause that
 * no comma encloses, on the subject of the verb at anchor: "the export controls
 * it announced on October 9 have been suspended", "the duties that Ottawa
 * imposed in March were lifted", "The quota Washington pledged last year
 * remains open".  The clause tells how the measure came about, the main verb
 * how it stands (the comma form is ex_aside_cue).  Right before the cue its
 * subject: a pronoun or one or two capitalised words, "has" or "had" between
 * at most; before the subject "that" or "which" (not after a verb of saying),
 * or a lowercase noun that is no verb of saying, conjunction or time word
 * ("Last week it announced ..." is a main clause); from the cue to anchor at
 * most eight words, no punctuation, no "that" (a complement: "announced that
 * the duties were lifted") and an auxiliary of the main verb ("have been",
 * "were", "remain"). */
static int
ex_bare_relative_cue(const char *t, size_t lo, const struct ex_mention *x, size_t anchor)
{
	static const struct ex_word PRON[] = {
	    EX_W("it"), EX_W("they"), EX_W("he"), EX_W("she"), EX_W("we")};
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("had"), EX_W("have")};
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	static const struct ex_word STOP[] = {
	    EX_W("said"), EX_W("says"), EX_W("say"), EX_W("told"), EX_W("announced"), EX_W("confirmed"),
	    EX_W("and"), EX_W("but"), EX_W("or"), EX_W("as"), EX_W("after"), EX_W("before"), EX_W("when"),
	    EX_W("since"), EX_W("because"), EX_W("while"), EX_W("if"), EX_W("then"), EX_W("so"),
	    EX_W("once"), EX_W("until"), EX_W("where"), EX_W("how"), EX_W("what"), EX_W("why"),
	    EX_W("whether"), EX_W("though"), EX_W("although"), EX_W("than"), EX_W("also"), EX_W("now"),
	    EX_W("week"), EX_W("month"), EX_W("year"), EX_W("day"), EX_W("today"), EX_W("yesterday"),
	    EX_W("ago"), EX_W("later"), EX_W("earlier"), EX_W("time"), EX_W("weekend"), EX_W("morning"),
	    EX_W("of"), EX_W("in"), EX_W("on"), EX_W("by"), EX_W("to"), EX_W("for"), EX_W("with"),
	    EX_W("from"), EX_W("at"), EX_W("about")};
	static const struct ex_word AUX[] = {
	    EX_W("have"), EX_W("has"), EX_W("had"), EX_W("been"), EX_W("were"), EX_W("was"), EX_W("are"),
	    EX_W("is"), EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"), EX_W("stays"),
	    EX_W("stayed")};
	size_t ws, wl, p = x->start;
	int words = 0, aux = 0, caps = 0;

	if ((wl = ex_word_before(t, p, lo, &ws)) > 0 && ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl))
		wl = ex_word_before(t, p = ws, lo, &ws);
	if (wl == 0)
		return 0;
	if (!ex_word_in(PRON, EX_NWORDS(PRON), t + ws, wl)) {
		while (wl > 0 && caps < 2 && t[ws] >= 'A' && t[ws] <= 'Z') {
			caps++;
			p = ws;
			wl = ex_word_before(t, p, lo, &ws);
		}
		if (caps == 0)
			return 0;
	} else
		wl = ex_word_before(t, p = ws, lo, &ws);
	/* before the subject: a relative pronoun, or the noun itself */
	if (wl == 0 || ws + wl != p - 1 || t[ws] < 'a' || t[ws] > 'z')
		return 0;
	if (ex_word_in(REL, EX_NWORDS(REL), t + ws, wl)) {
		p = ws;
		if ((wl = ex_word_before(t, p, lo, &ws)) == 0 || ws + wl != p - 1 ||
		    ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl))
			return 0;
	} else if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl))
		return 0;
	for (p = x->end; p < anchor; p++)
		if (t[p] == ',' || t[p] == ';' || t[p] == '.' || t[p] == ':' || t[p] == '(')
			return 0;
	for (p = x->end; (wl = ex_word_after(t, p, anchor, &ws)) > 0; p = ws + wl) {
		if (++words > 8 || ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
			return 0;
		aux |= ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl);
	}
	return aux;
}
/* ex_imposed_relative_cue - 1 if the cue x stands in a relative clause with no
 * comma after the frame's verb (ending at from) whose verb imposes the measure:
 * "suspended the port fees it imposed in retaliation on US ships", "lifted the
 * duties that Ottawa slapped on US steel in retaliation": the clause tells why
 * the measure came about, not what became of the act.  The relative's subject
 * (a pronoun or one or two capitalised words, "that" or "which" before it
 * perhaps, "has" or "had" after it) and verb stand at most eight words before
 * the cue, no punctuation between, and no conjunction or verb of saying before
 * the subject; a cue that starts with or follows an auxiliary or a modal is
 * the main verb's ("the duty that India imposed on U.S. pork in March will be
 * removed"). */
static int
ex_imposed_relative_cue(const char *t, size_t from, const struct ex_mention *x)
{
	static const struct ex_word PRON[] = {
	    EX_W("it"), EX_W("they"), EX_W("he"), EX_W("she"), EX_W("we")};
	static const struct ex_word HAVE[] = {EX_W("has"), EX_W("had"), EX_W("have")};
	static const struct ex_word IMPOSE[] = {
	    EX_W("imposed"), EX_W("introduced"), EX_W("slapped"), EX_W("levied"), EX_W("placed"),
	    EX_W("put"), EX_W("adopted")};
	static const struct ex_word AUX[] = {
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"),
	    EX_W("been"), EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("will"), EX_W("would"),
	    EX_W("shall"), EX_W("should"), EX_W("must"), EX_W("can"), EX_W("could"), EX_W("may")};
	static const struct ex_word CONJ[] = {
	    EX_W("and"), EX_W("but"), EX_W("or"), EX_W("so"), EX_W("then"), EX_W("while"), EX_W("as"),
	    EX_W("after"), EX_W("before"), EX_W("when"), EX_W("since"), EX_W("because"), EX_W("if"),
	    EX_W("once"), EX_W("until"), EX_W("yet"), EX_W("said"), EX_W("says")};
	size_t ws, wl, ps, pl, p = x->start;

	/* the main verb after the clause: "that Indonesia imposed in July has
	 * been lifted" */
	if (((wl = ex_word_after(t, x->start, x->end, &ws)) > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl)) ||
	    ((wl = ex_word_before(t, x->start, from, &ws)) > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl)))
		return 0;
	for (int w = 0; w < 8; w++, p = ws) {
		size_t q = p;

		/* hyphens and the dots of an initialism are no punctuation: "it
		 * imposed on U.S.-linked vessels in retaliation" */
		while (q > from && (t[q - 1] == ' ' || t[q - 1] == '-' ||
		    (t[q - 1] == '.' && q >= from + 2 && t[q - 2] >= 'A' && t[q - 2] <= 'Z')))
			q--;
		if ((wl = ex_word_before(t, q, from, &ws)) == 0)
			break;
		for (size_t k = ws + wl; k < p; k++)
			if (t[k] != ' ' && t[k] != '-' && !(t[k] == '.' && k > 0 && t[k - 1] >= 'A' && t[k - 1] <= 'Z'))
				return 0;
		if (!ex_word_in(IMPOSE, EX_NWORDS(IMPOSE), t + ws, wl))
			continue;
		if ((pl = ex_word_before(t, ws, from, &ps)) > 0 && ex_word_in(HAVE, EX_NWORDS(HAVE), t + ps, pl))
			pl = ex_word_before(t, ps, from, &ps);
		if (pl == 0 || !(ex_word_in(PRON, EX_NWORDS(PRON), t + ps, pl) || (t[ps] >= 'A' && t[ps] <= 'Z')))
			return 0;
		/* a main clause after a conjunction ("but it imposed new duties in
		 * retaliation") is no relative */
		pl = ex_word_before(t, ps, from, &ps);
		return pl > 0 && !ex_word_in(CONJ, EX_NWORDS(CONJ), t + ps, pl);
	}
	return 0;
}
/* ex_deal_subject - 1 if clause [lo,anchor) is a deal noun phrase holding the
 * cue ending at cue_end ("framework", "agreement") as the subject of the verb at anchor, "also" or "then" or its
 * parties ("with Seoul", "between Washington and Tokyo") at most between: "The agreement cut the U.S. tariff on Japanese cars to 15%", "The
 * deal also lowered the duty": a past verb there tells what the deal did, not
 * its terms.  ex_deal_head reads the phrase. */
static size_t ex_deal_head(const char *t, size_t p, size_t e);
static int
ex_deal_subject(const char *t, size_t lo, size_t cue_end, size_t anchor)
{
	size_t ws, wl, head = ex_deal_head(t, lo, anchor);

	if (head == EX_NOPOS || cue_end > head)
		return 0;
	cue_end = head;
	/* "The agreement with Seoul", "the deal between Washington and Tokyo":
	 * its parties, at most four words, no punctuation. */
	if ((wl = ex_word_after(t, cue_end, anchor, &ws)) > 0 && ws + wl < anchor &&
	    ((wl == 4 && ex_ncasecmp(t + ws, "with", 4) == 0) ||
	    (wl == 7 && ex_ncasecmp(t + ws, "between", 7) == 0))) {
		size_t p = ws + wl;

		for (int w = 0; w < 4 && p < anchor; w++) {
			while (p < anchor && t[p] == ' ')
				p++;
			if (p >= anchor || !ex_word_byte((unsigned char)t[p]))
				break;
			while (p < anchor && t[p] != ' ')
				p++;
		}
		if (p < anchor)
			return 0;
		return 1;
	}
	if ((wl = ex_word_after(t, cue_end, anchor, &ws)) > 0 && ws + wl < anchor &&
	    ((wl == 4 && ex_ncasecmp(t + ws, "also", 4) == 0) ||
	    (wl == 4 && ex_ncasecmp(t + ws, "then", 4) == 0)))
		wl = ex_word_after(t, ws + wl, anchor, &ws);
	return wl == 0;
}
/* ex_noun_then_past - 1 if the verb noun at [anchor,anchor_end) heads its
 * clause's subject as "the <noun> of ..." and the clause's verb after it, before
 * any comma or stop, is in the past: "The removal of Mexican tariffs on U.S.
 * pork helped Iowa packers", "the lifting of the ban revived shipments": the
 * act the noun names is done.  The subject opens the clause at lo or after
 * "that", "says" or "said"; the verb ends in "-ed" (no determiner or
 * preposition before it, no function word after it) or is one of a few
 * irregular pasts.  Only where no cue tells the state (ex_cues). */
static int
ex_noun_then_past(const char *t, size_t lo, size_t anchor, size_t anchor_end, size_t hi)
{
	static const struct ex_word NOUN[] = {
	    EX_W("removal"), EX_W("lifting"), EX_W("elimination"), EX_W("scrapping"),
	    EX_W("abolition"), EX_W("repeal"), EX_W("reduction"), EX_W("easing")};
	static const struct ex_word OPEN[] = {EX_W("that"), EX_W("says"), EX_W("said")};
	static const struct ex_word IRREGULAR[] = {
	    EX_W("cost"), EX_W("hurt"), EX_W("gave"), EX_W("made"), EX_W("brought"),
	    EX_W("meant"), EX_W("led"), EX_W("left"), EX_W("drew"), EX_W("won")};
	size_t ws, wl, pws = 0, pwl = 0, p;
	int n;

	if (!ex_word_in(NOUN, EX_NWORDS(NOUN), t + anchor, anchor_end - anchor) ||
	    (wl = ex_word_before(t, anchor, lo, &ws)) == 0)
		return 0;
	if (!(wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0))
		return 0;
	if ((wl = ex_word_before(t, ws, lo, &ws)) > 0 && !ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl))
		return 0;
	if ((wl = ex_word_after(t, anchor_end, hi, &ws)) != 2 || ex_ncasecmp(t + ws, "of", 2) != 0)
		return 0;
	for (p = ws + wl, n = 0; p < hi && n < 14; p = ws + wl, n++) {
		if (t[p] == ',' || t[p] == ';' || t[p] == ':')
			return 0;
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0) {
			ws = p + 1;
			continue;
		}
		if (ex_word_in(IRREGULAR, EX_NWORDS(IRREGULAR), t + ws, wl) ||
		    (wl > 4 && ex_ncasecmp(t + ws + wl - 2, "ed", 2) == 0 && !(t[ws] >= 'A' && t[ws] <= 'Z') &&
		    !(pwl > 0 && (ex_determiner(t + pws, pwl) || ex_function_word(t + pws, pwl))))) {
			/* "on goods imported from Asia": a participle after a noun that a
			 * preposition follows modifies it. */
			size_t ns, nl = ex_word_after(t, ws + wl, hi, &ns);

			return !(nl > 0 && ex_function_word(t + ns, nl));
		}
		pws = ws;
		pwl = wl;
	}
	return 0;
}
/* ex_noun_made - 1 if the verb noun ending at anchor_end is the object of "made"
 * or "implemented" in a relative clause right after it, "that" and a subject of
 * at most three words between: "the tariff reductions both countries made in
 * May", "the tariff cuts that Japan made on US beef last year": the act is done. */
static int
ex_noun_made(const char *t, size_t anchor_end, size_t hi)
{
	static const struct ex_word DONE[] = {
	    EX_W("made"), EX_W("implemented"), EX_W("enacted"), EX_W("granted")};
	size_t p = anchor_end, ws, wl;

	if ((wl = ex_word_after(t, p, hi, &ws)) == 0 || ws != p + 1)
		return 0;
	if (wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0)
		p = ws + wl;
	/* The subject first ("both countries", "the US", "it"), then the verb. */
	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++) {
		if (ex_word_in(DONE, EX_NWORDS(DONE), t + ws, wl))
			return w > 0;
		if (ex_function_word(t + ws, wl) && !(wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0))
			return 0;
		p = ws + wl;
	}
	return 0;
}
/* ex_done_aside - 1 if a comma aside after the verb noun at anchor_end dates
 * its act in the past with a participle of doing ("the removal of tariffs on
 * lobsters, taken last year,", "the cut, made in March,", "its quota,
 * introduced in 2025,"); "announced last year" tells only when it was told. */
static int
ex_done_aside(const char *t, size_t anchor_end, size_t hi)
{
	static const struct ex_word DONE[] = {
	    EX_W("taken"), EX_W("made"), EX_W("adopted"), EX_W("enacted"), EX_W("implemented"),
	    EX_W("introduced"), EX_W("completed")};
	static const struct ex_word PAST[] = {
	    EX_W("last"), EX_W("earlier"), EX_W("in"), EX_W("on"), EX_W("back")};
	const char *c;
	size_t ws, wl, end;

	if (anchor_end >= hi || (c = memchr(t + anchor_end, ',', hi - anchor_end)) == NULL ||
	    (size_t)(c - t) > anchor_end + 80)
		return 0;
	if ((wl = ex_word_after(t, (size_t)(c - t) + 1, hi, &ws)) == 0 ||
	    !ex_word_in(DONE, EX_NWORDS(DONE), t + ws, wl))
		return 0;
	end = ws + wl;
	if ((wl = ex_word_after(t, end, hi, &ws)) == 0 || !ex_word_in(PAST, EX_NWORDS(PAST), t + ws, wl))
		return 0;
	/* "in 2025", "on March 3", not "made in Mexico". */
	if ((t[ws] == 'i' || t[ws] == 'o') && ((wl = ex_word_after(t, ws + wl, hi, &ws)) == 0 ||
	    !((t[ws] >= '0' && t[ws] <= '9') || ex_is_month(t + ws, wl))))
		return 0;
	/* The aside closes before the predicate, within a few words. */
	return (c = memchr(t + ws, ',', hi - ws)) != NULL && (size_t)(c - t) < ws + 40;
}

/* ex_began_imposing - 1 if the cue x is "began", "started" (or another form) with
 * a verb of levying after it: "the port fees it began charging last month",
 * "the tariffs that it started imposing in 2018", "began to collect the duty".
 * That tells when the measure itself began, not progress of easing it. */
int
ex_began_imposing(const char *t, const struct ex_mention *x, size_t hi)
{
	static const struct ex_word BEGIN[] = {
	    EX_W("began"), EX_W("begun"), EX_W("begin"), EX_W("begins"), EX_W("started"),
	    EX_W("start"), EX_W("starts")};
	static const struct ex_word LEVY[] = {
	    EX_W("charging"), EX_W("imposing"), EX_W("levying"), EX_W("collecting"),
	    EX_W("applying"), EX_W("enforcing"), EX_W("charge"), EX_W("impose"), EX_W("levy"),
	    EX_W("collect"), EX_W("apply"), EX_W("enforce")};
	size_t ws, wl;

	if (!ex_word_in(BEGIN, EX_NWORDS(BEGIN), t + x->start, x->end - x->start) ||
	    (wl = ex_word_after(t, x->end, hi, &ws)) == 0)
		return 0;
	if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
		wl = ex_word_after(t, ws + wl, hi, &ws);
	return wl > 0 && ex_word_in(LEVY, EX_NWORDS(LEVY), t + ws, wl);
}
/* ex_since_deal - 1 if the pledge cue x is the deal a time is counted from:
 * "since the deal", "since the agreement took effect", "since last year's
 * accord".  The deal is an event in the past, no pledge told here ("The U.S.
 * tariff on Swiss goods has stood at 15 per cent since the deal"). */
static int
ex_since_deal(const char *t, size_t lo, const struct ex_mention *x)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that"), EX_W("a")};
	size_t ws, wl, pos = x->start;

	if (x->value != STATUS_PLEDGED)
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (wl == 5 && ex_ncasecmp(t + ws, "since", 5) == 0)
			return 1;
		/* "since the", "since last year's", "since the July". */
		if (!ex_word_in(DET, EX_NWORDS(DET), t + ws, wl) && !(t[ws] >= 'A' && t[ws] <= 'Z') &&
		    !(wl > 2 && t[ws + wl - 2] == '\'' && t[ws + wl - 1] == 's') &&
		    !(wl == 4 && ex_ncasecmp(t + ws, "last", 4) == 0))
			return 0;
		pos = ws;
	}
	return 0;
}

/*
 * ex_denied_outcome - 1 if the stalled or broken cue x is what a denial says did
 * not happen: a verb of denying at most eight words before it, no comma or
 * semicolon between ("Officials denied the deal had collapsed", "denying
 * reports that it had halted purchases"): no outcome of the commitment.
 */
static int
ex_denied_outcome(const char *t, size_t lo, const struct ex_mention *x)
{
	static const struct ex_word DENY[] = {
	    EX_W("denied"), EX_W("denies"), EX_W("deny"), EX_W("denying"), EX_W("refuted"),
	    EX_W("dismissed"), EX_W("rejected")};
	size_t ws, wl, pos = x->start;

	if (x->value != STATUS_STALLED && x->value != STATUS_BROKEN)
		return 0;
	for (int w = 0; w < 8 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws) {
		if (memchr(t + ws + wl, ',', pos - ws - wl) != NULL || memchr(t + ws + wl, ';', pos - ws - wl) != NULL)
			return 0;
		if (ex_word_in(DENY, EX_NWORDS(DENY), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_manner_to_come - 1 if the progress cue x is an adverb of manner ("gradually",
 * "partially", "partly", "progressively") that stands right after "to" or a
 * modal: "has offered to gradually cut its import duty on cars", "agreed to
 * partially lift the ban", "will gradually phase out the tariff".  It tells how
 * the act to come is to be done, not that it has begun ("has gradually cut",
 * "is gradually lifting" stay under way). */
static int
ex_manner_to_come(const char *t, size_t lo, const struct ex_mention *x)
{
	static const struct ex_word MANNER[] = {
	    EX_W("gradually"), EX_W("partially"), EX_W("partly"), EX_W("progressively")};
	size_t ws, wl;

	if (x->value != STATUS_IN_PROGRESS || !ex_word_in(MANNER, EX_NWORDS(MANNER), t + x->start, x->end - x->start))
		return 0;
	if ((wl = ex_word_before(t, x->start, lo, &ws)) == 0)
		return 0;
	return (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) || ex_modal_word(t + ws, wl);
}
/* ex_phased_schedule - 1 if the progress cue x is "phased in" or "phasing in"
 * followed by "over" and a span to come: "will open a quota of 99,000 tonnes,
 * phased in over six years", "agreed to cut the duty to 10%, phased in over
 * five years", "phasing in over a decade".  The phrase gives the pace the
 * pledge is to keep, not a step taken.  The cue stays under way after a verb
 * of being ("is phasing in", "are being phased in over five years", "has
 * been phased in") and when the span is past ("over the past two years"). */
static int
ex_phased_schedule(const char *t, size_t lo, const struct ex_mention *x, size_t hi)
{
	static const struct ex_word BE[] = {
	    EX_W("being"), EX_W("been"), EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"),
	    EX_W("has"), EX_W("have"), EX_W("had")};
	size_t ws, wl;

	if (x->value != STATUS_IN_PROGRESS || x->end - x->start < 9 || ex_ncasecmp(t + x->start, "phas", 4) != 0)
		return 0;
	if ((wl = ex_word_after(t, x->end, hi, &ws)) != 4 || ex_ncasecmp(t + ws, "over", 4) != 0)
		return 0;
	if ((wl = ex_word_after(t, ws + wl, hi, &ws)) == 3 && ex_ncasecmp(t + ws, "the", 3) == 0 &&
	    (wl = ex_word_after(t, ws + wl, hi, &ws)) == 4 &&
	    (ex_ncasecmp(t + ws, "past", 4) == 0 || ex_ncasecmp(t + ws, "last", 4) == 0))
		return 0;
	if ((wl = ex_word_before(t, x->start, lo, &ws)) > 0 && ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
		return 0;
	return 1;
}
/* ex_as_promised - 1 if the pledged cue x is the participle of a clause of manner
 * "as promised", "as agreed", "just as planned", "as it had pledged", "as Beijing
 * announced": it says the act kept to the pledge, not that the act is only
 * pledged ("As promised, India eliminated its duty on almonds in January").  The
 * subject between "as" and the cue is at most two words (a pronoun, a name) and
 * an auxiliary; a modal elsewhere still makes a pledge ("will cut ..., as
 * agreed"). */
static int
ex_as_promised(const char *t, size_t lo, const struct ex_mention *x)
{
	static const struct ex_word PART[] = {
	    EX_W("promised"), EX_W("pledged"), EX_W("agreed"), EX_W("planned"), EX_W("announced"),
	    EX_W("committed"), EX_W("vowed")};
	static const struct ex_word AUX[] = {EX_W("had"), EX_W("has"), EX_W("have")};
	size_t ws, wl, pos = x->start;

	if (x->value != STATUS_PLEDGED || !ex_word_in(PART, EX_NWORDS(PART), t + x->start, x->end - x->start))
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (memchr(t + ws + wl, ',', pos - ws - wl) != NULL)
			return 0;
		if (wl == 2 && ex_ncasecmp(t + ws, "as", 2) == 0)
			return 1;
		/* the subject: a pronoun or a capitalised name, or an auxiliary. */
		if (!ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl) && !(t[ws] >= 'A' && t[ws] <= 'Z') &&
		    !(wl == 2 && (ex_ncasecmp(t + ws, "it", 2) == 0 || ex_ncasecmp(t + ws, "he", 2) == 0 ||
		    ex_ncasecmp(t + ws, "we", 2) == 0)) && !(wl == 4 && ex_ncasecmp(t + ws, "they", 4) == 0) &&
		    !(wl == 3 && ex_ncasecmp(t + ws, "she", 3) == 0))
			return 0;
		pos = ws;
	}
	return 0;
}
/* ex_held_measure - 1 if the stalled cue x, "on hold" or "on ice", ends a
 * clause of putting or keeping that follows a verb of pausing, suspending or
 * extending: "extended their truce for a year, keeping the higher duties on
 * hold", "suspended the port fees and put the affiliates rule on hold".  The
 * measure held is the pause itself, done; "the suspension is on hold", "have
 * put the purchases on hold" (no such verb before) still stall. */
static int
ex_held_measure(const struct ex_ctx *ctx, const struct ex_mention *x, const struct ex_frame *f)
{
	static const char *const HOLD[] = {"pause", "suspend", "extend"};
	static const struct ex_word PUT[] = {
	    EX_W("put"), EX_W("puts"), EX_W("putting"), EX_W("keep"), EX_W("keeps"), EX_W("keeping"),
	    EX_W("kept"), EX_W("placed"), EX_W("placing"), EX_W("leaving"), EX_W("left")};
	const char *t = ctx->text;
	size_t ws, wl, pos = f->anchor;

	if (x->value != STATUS_STALLED || !((x->end - x->start == 7 && ex_ncasecmp(t + x->start, "on hold", 7) == 0) ||
	    (x->end - x->start == 6 && ex_ncasecmp(t + x->start, "on ice", 6) == 0)) || x->start <= f->anchor_end)
		return 0;
	if (!ex_trigger_of(ctx, f, HOLD, sizeof(HOLD) / sizeof(HOLD[0])))
		return 0;
	/* "and put the affiliates rule on hold": the measure's noun (no verb noun:
	 * "put the suspension on hold" stalls it) is the anchor, the object of the
	 * putting (at most three words before it). */
	for (int w = 0; w < 4 && !ex_has_kind(ctx, RULE_TRIGGER, f->anchor, f->anchor_end) &&
	    (wl = ex_word_before(t, pos, 0, &ws)) > 0; w++, pos = ws)
		if (ex_word_in(PUT, EX_NWORDS(PUT), t + ws, wl))
			return x->start - f->anchor_end < 40;
	pos = x->start;
	for (int w = 0; w < 12 && (wl = ex_word_before(t, pos, f->anchor_end, &ws)) > 0; w++, pos = ws) {
		if (memchr(t + ws + wl, ';', pos - ws - wl) != NULL)
			return 0;
		if (ex_word_in(PUT, EX_NWORDS(PUT), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_lapsed - 1 if the pause, suspension, extension or exemption named at the
 * frame's anchor is the subject of "lapsed" or "expired" later in its sentence,
 * at most 30 words on and no other act's verb between: "The suspension of the
 * affiliates rule, which ..., lapsed on Monday without being renewed".  So is
 * a measure granted in a relative clause ("the tariff-free quota that
 * Washington granted last year expired on Sunday") and the object of "let" or
 * "allowed" before "lapse" or "expire" ("let its exemption for Canadian
 * aluminium lapse").  The measure ended: broken.  Only when the goods or the
 * measure are named between ("The exemption for Canadian potash expired" names
 * none the rules know: no claim on an earlier exemption).  "expires in 2028",
 * "is due to lapse" tell a date to come. */
#define EX_LAPSE_REACH 300  /* bytes from a measure to the "lapsed" of its sentence */

/* ex_ran_out - 1 if the word [ws,ws+wl) is "ran" and "out" follows it before hi,
 * not "out of": "the suspension ran out last week", said as "expired"; not
 * "ran out of support". */
static int
ex_ran_out(const char *t, size_t ws, size_t wl, size_t hi)
{
	size_t nws, nwl, ows;

	if (wl != 3 || ex_ncasecmp(t + ws, "ran", 3) != 0 ||
	    (nwl = ex_word_after(t, ws + wl, hi, &nws)) != 3 || ex_ncasecmp(t + nws, "out", 3) != 0)
		return 0;
	return !(ex_word_after(t, nws + nwl, hi, &ows) == 2 && ex_ncasecmp(t + ows, "of", 2) == 0);
}

static int
ex_lapsed(const struct ex_ctx *ctx, const struct ex_frame *f)
{
	static const char *const ENDS[] = {"pause", "suspend", "extend", "exempt"};
	static const char *const GRANTS[] = {"pause", "suspend", "extend", "exempt", "allow", "open"};
	static const struct ex_word LAPSED[] = {EX_W("lapsed"), EX_W("expired")};
	static const struct ex_word LAPSE[] = {EX_W("lapse"), EX_W("expire")};
	static const struct ex_word LET[] = {
	    EX_W("let"), EX_W("lets"), EX_W("letting"), EX_W("allowed"), EX_W("allowing")};
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	const char *t = ctx->text;
	size_t ws, wl, hi, p = f->anchor;
	const struct ex_word *verbs = LAPSED;
	int rel = 0, let = 0, named = 0;

	if (!ex_trigger_of(ctx, f, GRANTS, sizeof(GRANTS) / sizeof(GRANTS[0])))
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_before(t, p, 0, &ws)) > 0; w++, p = ws) {
		rel |= ex_word_in(REL, EX_NWORDS(REL), t + ws, wl);
		let |= w < 3 && ex_word_in(LET, EX_NWORDS(LET), t + ws, wl);
	}
	/* "the quota for Mexican steel that Washington granted": the goods before
	 * the relative. */
	if (rel && f->past)
		named = ex_has_kind(ctx, RULE_OBJECT, f->anchor > 100 ? f->anchor - 100 : 0, f->anchor) ||
		    ex_has_kind(ctx, RULE_MEASURE, f->anchor > 100 ? f->anchor - 100 : 0, f->anchor);
	if (let)
		verbs = LAPSE;
	else if (f->past ? !rel : !ex_trigger_of(ctx, f, ENDS, sizeof(ENDS) / sizeof(ENDS[0])))
		return 0;
	/* The frame's span ends at the aside's "which": read on to the sentence's
	 * end (a full stop, semicolon or line end). */
	hi = ctx->len - f->anchor_end > EX_LAPSE_REACH ? f->anchor_end + EX_LAPSE_REACH : ctx->len;
	p = f->anchor_end;
	for (int w = 0; w < 30 && p < hi; w++) {
		const char *comma;

		while (p < hi && (t[p] == ',' || t[p] == ' ' || t[p] == '"'))
			p++;
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0)
			return 0;
		if (ex_word_in(verbs, 2, t + ws, wl) || (!let && ex_ran_out(t, ws, wl, hi)))
			return named;
		/* ", which extends export controls to ...,": an aside on the
		 * measure, read past. */
		if (ws >= 2 && t[ws - 2] == ',' && ex_word_in(REL, EX_NWORDS(REL), t + ws, wl) &&
		    (comma = memchr(t + ws, ',', hi - ws)) != NULL && memchr(t + ws, '.', (size_t)(comma - t) - ws) == NULL) {
			p = (size_t)(comma - t);
			continue;
		}
		/* "the suspension of the controls announced by China in October
		 * last year expired": the old act recalled, not a claim of its own. */
		for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start < ws + wl; i++)
			if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].value == STATUS_PLEDGED && ctx->m.v[i].start >= ws)
				return 0;
		named |= ex_has_kind(ctx, RULE_MEASURE, ws, ws + wl) || ex_has_kind(ctx, RULE_OBJECT, ws, ws + wl);
		if (ex_has_kind(ctx, RULE_TRIGGER, ws, ws + wl) && !ex_has_kind(ctx, RULE_MEASURE, ws, ws + wl) &&
		    !ex_has_kind(ctx, RULE_OBJECT, ws, ws + wl))
			return 0;
		p = ws + wl;
	}
	return 0;
}
/* ex_failed_talks - 1 if the broken cue x, "failed to" (after the frame's verb,
 * or in a clause of outcome), governs a verb of settling a matter of the talks: "agreed to extend their
 * truce by 90 days, but failed to settle a dispute over port fees", "but the
 * two sides failed to resolve their differences over cars".  The failure is of
 * the talks on another matter, not of the commitment told before it ("but
 * failed to meet that target", "has failed to place a single order" break it). */
static int
ex_failed_talks(const char *t, const struct ex_mention *x, size_t hi)
{
	static const struct ex_word SETTLE[] = {
	    EX_W("settle"), EX_W("resolve"), EX_W("reach"), EX_W("bridge"), EX_W("break"),
	    EX_W("win"), EX_W("secure"), EX_W("narrow"), EX_W("clinch"), EX_W("strike"),
	    EX_W("seal"), EX_W("overcome"), EX_W("produce"), EX_W("agree")};
	size_t ws, wl;

	if (x->value != STATUS_BROKEN || x->end - x->start < 7 ||
	    ex_ncasecmp(t + x->end - 3, " to", 3) != 0 || ex_ncasecmp(t + x->start, "fail", 4) != 0)
		return 0;
	wl = ex_word_after(t, x->end, hi, &ws);
	return ex_word_in(SETTLE, EX_NWORDS(SETTLE), t + ws, wl);
}
/* ex_stopped_granting - 1 if the frame's verb is a gerund of permitting right
 * after a verb of stopping: "has stopped approving licences for sales of
 * Nvidia chips", "halted issuing general licences for gallium", "ceased
 * granting import permits".  The permits no longer come: broken. */
static int
ex_stopped_granting(const struct ex_ctx *ctx, const struct ex_frame *f)
{
	static const char *const ALLOW[] = {"allow"};
	static const struct ex_word STOP[] = {
	    EX_W("stopped"), EX_W("stop"), EX_W("stops"), EX_W("stopping"), EX_W("halted"),
	    EX_W("halts"), EX_W("ceased"), EX_W("ceases"), EX_W("suspended")};
	const char *t = ctx->text;
	size_t ws, wl, n = f->anchor_end - f->anchor;

	if (n < 5 || ex_ncasecmp(t + f->anchor_end - 3, "ing", 3) != 0 ||
	    !ex_trigger_of(ctx, f, ALLOW, 1))
		return 0;
	wl = ex_word_before(t, f->anchor, 0, &ws);
	return ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl);
}
/* ex_partitive_done - 1 if the clause [lo,...) opens with "Of the ...," (a
 * set the opening's relative says was promised: the pledged cue at cue_pos
 * stands before the comma) and the past verb at the frame's anchor, after the
 * comma, has a part of that set for subject: "Of the general licences for rare
 * earths that China promised, a handful have been issued", "Of the 40 jets
 * Vietnam agreed to buy, 12 have been delivered".  A part is done: under way. */
static int
ex_partitive_done(const struct ex_ctx *ctx, size_t lo, size_t cue_pos, const struct ex_frame *f)
{
	static const struct ex_word PART[] = {
	    EX_W("a"), EX_W("some"), EX_W("only"), EX_W("about"), EX_W("around"), EX_W("roughly"),
	    EX_W("nearly"), EX_W("almost"), EX_W("half"), EX_W("most"), EX_W("several"), EX_W("few"),
	    EX_W("two"), EX_W("three"), EX_W("four"), EX_W("five"), EX_W("six"), EX_W("seven"),
	    EX_W("eight"), EX_W("nine"), EX_W("ten"), EX_W("many"), EX_W("just")};
	const char *t = ctx->text, *comma;
	size_t ws, wl;

	if (!f->past || f->anchor <= lo || (wl = ex_word_after(t, lo, f->anchor, &ws)) != 2 ||
	    ex_ncasecmp(t + ws, "of", 2) != 0 || (comma = memchr(t + ws, ',', f->anchor - ws)) == NULL ||
	    (size_t)(comma - t) < cue_pos)
		return 0;
	if ((wl = ex_word_after(t, (size_t)(comma - t) + 1, f->anchor, &ws)) == 0)
		return 0;
	return ex_word_in(PART, EX_NWORDS(PART), t + ws, wl) || (t[ws] >= '0' && t[ws] <= '9');
}
/* ex_next_verb_cue - 1 if the cue x, after "and", leads a verb of its own before
 * hi: "has suspended its tariffs on U.S. farm goods and resumed purchases of
 * U.S. sorghum", "removed its duties and began buying more U.S. crude".  The cue
 * is the second act's, not the first's. */
static int
ex_next_verb_cue(const struct ex_ctx *ctx, const struct ex_mention *x, size_t hi)
{
	size_t ws, wl = ex_word_before(ctx->text, x->start, 0, &ws);

	if (wl != 3 || ex_ncasecmp(ctx->text + ws, "and", 3) != 0)
		return 0;
	for (size_t i = ex_first(ctx, x->end); i < ctx->m.n && ctx->m.v[i].start <= hi &&
	    ctx->m.v[i].start <= x->end + 30; i++)
		if (ctx->m.v[i].kind == RULE_TRIGGER && ctx->m.v[i].start >= x->end)
			return 1;
	return 0;
}
/* ex_status_from_cues - the status the cues around a frame assert, or -1.  A
 * proposal outweighs a bare "would" after it or a proposal noun after the verb
 * ("hoped it would quadruple its orders", "floated a plan under which Seoul would
 * lift the ban", "Thailand would buy LNG under the proposal"). */
static int
ex_cues(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_frame *f,
    size_t prev_anchor, int *strong, int skip_pending)
{
	static const char *const GRADUAL[] = {"buy", "sell", "invest"};
	int before = -1, after = -1, strong_after = -1, proposal = -2, modal = 0, noun = 0, governor = -1;
	int head = 0;
	int perfect, own = -1, already = 0, first = 0, after_ahead = 0, talk = 0, part = 0;
	int governor_first = 0, after_already = 0;
	size_t before_pos = 0, before_end = 0, conc = ex_concession_end(ctx, lo, f->anchor), saw;
	size_t governor_end = 0, after_end = 0, after_start = 0;
	size_t slo = ex_subject_lo(ctx, lo, f->anchor);

	*strong = 0;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		struct ex_mention put;

		/* "has committed $42 billion to projects": under way. */
		if (x->kind == RULE_CUE && x->value == STATUS_PLEDGED && ex_committed_projects(ctx->text, lo, x, hi)) {
			put = *x;
			put.value = STATUS_IN_PROGRESS;
			x = &put;
		}

		/* "delaying a planned cut in its duties": held up. */
		if (x->kind == RULE_CUE && x->value == STATUS_PLEDGED && ex_delayed_planned(ctx, x, f)) {
			put = *x;
			put.value = STATUS_STALLED;
			x = &put;
		}
		/* "the proposed tariffs": a cue inside the frame's own noun names it;
		 * "put the tariffs on hold", "remain on hold": the stall's words end
		 * the frame's verb. */
		if (x->start >= f->anchor && (x->end < f->anchor_end ||
		    (x->end == f->anchor_end && f->trigger >= 0 && ex_on_hold(ctx->text, x->start, x->end))))
			continue;
		if (x->kind != RULE_CUE || x->start < lo || (skip_pending &&
		    rules_list_has(&ctx->r->pending_cues, ctx->text + x->start, x->end - x->start)) ||
		    ex_month_may(ctx, x) || ex_talk_attribute(ctx, x) || ex_modal_continue(ctx, x) ||
		    ex_bare_put(ctx, x) ||
		    (ex_still_cue(ctx->text, x) && !ex_still_lag(ctx, x, hi)) ||
		    ex_ended_lag(ctx->text, lo, x) || ex_since_deal(ctx->text, lo, x) ||
		    ex_began_imposing(ctx->text, x, hi) ||
		    (f->past && ex_agent_participle(ctx->text, x, f->anchor)) ||
		    ex_signed_instrument(ctx->text, ctx->len, x) ||
		    (x->value == STATUS_PROPOSED && ex_ncasecmp(ctx->text + x->start, "call", 4) == 0 &&
		    ex_deal_terms_before(ctx, lo, x->start)) || ex_denied_outcome(ctx->text, lo, x) ||
		    ex_as_promised(ctx->text, lo, x) || ex_manner_to_come(ctx->text, lo, x) ||
		    ex_phased_schedule(ctx->text, lo, x, hi) ||
		    ex_held_measure(ctx, x, f) || ex_planned_cue(ctx->text, x, lo, hi) ||
		    (x->start >= f->anchor_end && ex_failed_talks(ctx->text, x, hi)))
			continue;
		if (x->start < f->anchor) {
			if (x->start < conc)
				continue;
			/* A cue inside a longer one is part of it: "deal" in "draft deal";
			 * so is a lag overlapping a failure: "well short of" in "fell
			 * well short of its pledge". */
			if (x->start > before_pos && (x->end <= before_end ||
			    (x->start < before_end && before == STATUS_BROKEN && x->value == STATUS_STALLED)))
				continue;
			/* ... and so is a shorter one at the same start, the longer read
			 * first: "agreement" in "agreement calls for". */
			if (before >= 0 && x->start == before_pos && x->end < before_end)
				continue;
			/* "a first concrete step toward its promise": a first step
			 * taken toward a pledge is progress on it, not a proposal. */
			if (x->start > before_pos && x->start < before_end && first &&
			    x->value == STATUS_PROPOSED)
				continue;
			/* "will complete the review of the applications": a review
			 * brought to an end is a step of the act, not a proposal. */
			if (x->value == STATUS_PROPOSED && ex_review_done(ctx->text, lo, x))
				continue;
			/* A cue may end inside the verb: "has bought". */
			if (x->end < f->anchor && f->anchor - x->end > EX_CUE_REACH && x->value != STATUS_STALLED &&
			    x->value != STATUS_BROKEN)
				continue;
			/* A cue of an earlier verb does not make a past-tense verb a pledge;
			 * nor does the deal of an opening "Under the deal," or "As part of
			 * the accord," ("Under the agreement, Washington lowered its
			 * tariff on Japanese cars to 15%": done), nor a pledge told in
			 * an aside before the verb (ex_aside_cue: "The duties, which
			 * Beijing announced in March, were lifted"). */
			if (f->past && (x->start < prev_anchor || (x->value == STATUS_PLEDGED && f->trigger >= 0 &&
			    (ex_under_opening(ctx->text, lo, x->end, f->anchor) ||
			    ex_deal_subject(ctx->text, lo, x->end, f->anchor) ||
			    ex_aside_cue(ctx->text, lo, x, f->anchor) ||
			    ex_bare_relative_cue(ctx->text, lo, x, f->anchor)))))
				continue;
			/* "The duties Ottawa imposed in retaliation have been scrapped". */
			if (f->past && ex_imposed_relative_cue(ctx->text, lo, x))
				continue;
			if (ex_share_of_other(ctx->text, x, f->anchor) || ex_conceded_doubt(ctx->text, lo, x) ||
			    ex_hoped_effect(ctx->text, x, f->anchor, f->anchor_end, hi) ||
			    ((x->value == STATUS_STALLED || x->value == STATUS_BROKEN) &&
			    ex_past_relative(ctx->text, lo, x->start)))
				continue;
			/* A stalled or broken cue outweighs a nearer pledge: "backtracked on its
			 * pledge to buy". */
			if (before >= 0 && (before == STATUS_STALLED || before == STATUS_BROKEN) &&
			    x->value != STATUS_STALLED && x->value != STATUS_BROKEN)
				continue;
			/* "have committed about CHF 90 billion of the CHF 200 billion
			 * in investments": a part of the sum put in, under way; the
			 * pledge told after it ("that Seoul promised to invest") is the
			 * whole sum's. */
			if (x->value == STATUS_PLEDGED && part)
				continue;
			if (x->value == STATUS_PLEDGED && ex_part_committed(ctx->text, lo, x, f->anchor)) {
				part = 1;
				before = STATUS_IN_PROGRESS;
				before_pos = x->start;
				before_end = x->end;
				modal = noun = already = first = talk = 0;
				proposal = -1;
				governor = STATUS_IN_PROGRESS;
				governor_end = x->end;
				continue;
			}
			if (before < 0 || x->start >= before_pos ||
			    x->value == STATUS_STALLED || x->value == STATUS_BROKEN) {
				before = x->value;
				before_pos = x->start;
				before_end = x->end;
				modal = x->value == STATUS_PLEDGED && ex_bare_modal(ctx, x);
				noun = x->value == STATUS_PLEDGED && ex_pledge_noun(ctx, x);
				head = x->value == STATUS_PLEDGED && ex_promised_head(ctx->text, slo, x, f->anchor);
				already = x->end - x->start == 7 &&
				    ex_ncasecmp(ctx->text + x->start, "already", 7) == 0;
				first = x->value == STATUS_IN_PROGRESS && ex_first_cue(ctx->text, x);
				/* The proposal a "would" after it belongs to; the cue that tells
				 * what became of a pledge named after it ("already" alone does
				 * not: "Japan already has a deal to buy"). */
				talk = x->value == STATUS_PROPOSED && ex_talk_cue(ctx, x) ? 1 :
				    modal ? talk : 0;
				if (!modal && !noun && !(x->value == STATUS_PROPOSED && ex_talk_cue(ctx, x))) {
					proposal = x->value == STATUS_PROPOSED ? 1 : -1;
					governor = already ? -1 : x->value;
					governor_end = x->end;
					governor_first = first;
				}
			}
		} else if (x->start == f->anchor && x->end > f->anchor_end && x->value == STATUS_STALLED) {
			/* "froze work on the tariff regulation", "halted ratification
			 * of the deal": a lag cue that starts with the trigger verb and
			 * takes in its object says the verb stalls the act named after
			 * it; it does not do it ("revoked the tariffs" is the act).  Not
			 * a pause's own verb before "planned" ("postponed its planned
			 * tariff hike"): putting off the threat is the pause, done. */
			if (strong_after < 0 && !ex_pause_of_planned(ctx, x, f))
				strong_after = x->value;
		} else if ((x->start >= f->anchor_end || x->end <= f->anchor_end) &&
		    !(x->start > f->anchor_end && ex_subordinate(ctx, f->anchor_end, x->start)) &&
		    !(f->past && x->start > f->anchor_end && ex_deal_said(ctx->text, f->anchor_end, x->start)) &&
		    !ex_purpose_first(ctx->text, f->anchor_end, x) &&
		    !ex_reduced_relative(ctx->text, f->anchor_end, x) &&
		    !ex_wish_aside(ctx->text, f->anchor_end, x) && !ex_step_aside(ctx, f, x) &&
		    !(x->start >= f->anchor_end && ex_framework_ref(ctx, x)) &&
		    !ex_participle_aside(ctx->text, f->anchor_end, x->start, hi) &&
		    !ex_had_so_far(ctx->text, lo, x) &&
		    !(x->start > f->anchor_end && ex_imposed_relative_cue(ctx->text, f->anchor_end, x)) &&
		    !(x->start > f->anchor_end && ex_next_verb_cue(ctx, x, hi))) {
			if ((x->value == STATUS_STALLED || x->value == STATUS_BROKEN) && strong_after < 0)
				strong_after = x->value;
			/* "is being negotiated": of two cues that share a word, the
			 * participle's tells the stage ("is being" only its tense).  So
			 * does the cue right after "already" ("purchases have already
			 * picked up"): "already" is its adverb, no end of its own. */
			if (after < 0 || (x->start < after_end && x->end > after_end) ||
			    (after_already && x->start == after_end + 1)) {
				after_already = x->end - x->start == 7 &&
				    ex_ncasecmp(ctx->text + x->start, "already", 7) == 0;
				after = x->value;
				after_ahead = ex_ahead_cue(ctx->text, x);
				after_start = x->start;
				after_end = x->end;
			}
			if (x->value == STATUS_PROPOSED && proposal == -2 && ex_proposal_noun(ctx, x))
				proposal = 0;
			/* "will review its surtax", "is offering a quota": a verb that
			 * only weighs or offers the measure is a proposal, whatever the
			 * modal before it. */
			if (x->start == f->anchor && x->end == f->anchor_end && x->value == STATUS_PROPOSED)
				own = STATUS_PROPOSED;
		}
	}
	if (strong_after < 0 && (ex_lapsed(ctx, f) || ex_stopped_granting(ctx, f)))
		strong_after = STATUS_BROKEN;
	/* "failed to meet its pledge to buy ..., falling well short": of a failure
	 * and a lag told of the same commitment, the failure. */
	if (strong_after >= 0) {
		*strong = 1;
		return before == STATUS_BROKEN ? STATUS_BROKEN : strong_after;
	}
	if (own >= 0 && before != STATUS_STALLED && before != STATUS_BROKEN)
		return own;
	if (before == STATUS_PLEDGED && ex_partitive_done(ctx, lo, before_pos, f))
		return STATUS_IN_PROGRESS;
	/* "the tariff cuts that Japan made on US beef last year will stay": the
	 * relative clause tells the act done, whatever is said of it after. */
	if ((before < 0 || before == STATUS_PLEDGED) && !f->past && f->trigger >= 0 &&
	    ex_noun_made(ctx->text, f->anchor_end, hi))
		return STATUS_FULFILLED;
	/* "the first purchases would be made in the coming months", "the first
	 * shipments will arrive in June": the first step is still to come. */
	if (before == STATUS_IN_PROGRESS && first && after == STATUS_PLEDGED && after_ahead && !f->past)
		return STATUS_PLEDGED;
	if (before == STATUS_PLEDGED && modal && proposal >= 0)
		return STATUS_PROPOSED;
	/* "is negotiating a quota that would let U.S. ethanol in": what the thing
	 * under talks would do is proposed. */
	if (before == STATUS_PLEDGED && modal && talk && ex_relative_modal(ctx->text, lo, before_pos))
		return STATUS_PROPOSED;
	/* "urged Washington to honour its commitments": a demand to keep a pledge
	 * made, which stands; not a new proposal. */
	if (before == STATUS_PLEDGED && noun && governor == STATUS_PROPOSED &&
	    ex_compliance(ctx->text, governor_end, before_pos) &&
	    !ex_and_to(ctx->text, before_end, f->anchor))
		return STATUS_PLEDGED;
	/* "The first payments under Taiwan's pledge to invest ... will be made in
	 * June": the first step of the pledge is still to come. */
	if (before == STATUS_PLEDGED && noun && governor == STATUS_IN_PROGRESS && governor_first &&
	    after == STATUS_PLEDGED && after_ahead)
		return STATUS_PLEDGED;
	if (before == STATUS_PLEDGED && noun && governor >= 0 && governor != STATUS_PLEDGED)
		return governor;
	if (before == STATUS_PLEDGED && noun && governor < 0 && ex_part_of_progress(ctx, lo, before_pos, f->anchor))
		return STATUS_IN_PROGRESS;
	/* "The EU's pledge to buy $750 billion of U.S. energy is being carried
	 * out": the pledge noun heads the clause's subject, and the predicate after
	 * the verb it governs tells what became of it. */
	if (before == STATUS_PLEDGED && noun && governor < 0 &&
	    (after == STATUS_IN_PROGRESS || after == STATUS_FULFILLED) &&
	    ex_subject_head(ctx->text, slo, before_pos) && !ex_cue_denied(ctx->text, lo, after_start))
		return after;
	/* "Beijing's promised cut to tariffs on US pork has taken effect": so when
	 * a pledge participle modifies the noun that heads the subject. */
	if (before == STATUS_PLEDGED && head && (after == STATUS_IN_PROGRESS || after == STATUS_FULFILLED) &&
	    after_start >= f->anchor_end && !ex_cue_denied(ctx->text, lo, after_start))
		return after;
	/* "Purchases under Seoul's pledge to buy 2 million tonnes of corn a year
	 * are on track": so when the pledge is the object of "under" after a
	 * buying noun that heads the subject. */
	if (before == STATUS_PLEDGED && noun && governor < 0 &&
	    (after == STATUS_IN_PROGRESS || after == STATUS_FULFILLED) &&
	    ex_under_subject(ctx->text, slo, before_pos))
		return after;
	if ((before < 0 || before == STATUS_PLEDGED) &&
	    (saw = ex_saw_done(ctx, lo, f->anchor)) != EX_NOPOS && (before < 0 || before_pos < saw))
		return STATUS_FULFILLED;
	/* "had issued the first licences, fulfilling a commitment made in the
	 * truce": the act said to keep the pledge is done. */
	if ((before < 0 || before == STATUS_PLEDGED || before == STATUS_IN_PROGRESS) && f->past &&
	    ex_kept_pledge(ctx->text, f->anchor_end, hi))
		return STATUS_FULFILLED;
	/* "said that it had cut": done, whatever the report's cue; "have since bought
	 * 4 Mt", like "have bought", is a purchase under way, and so is "has
	 * already bought 4 Mt" (the "already" tells the tense, not the end). */
	if ((before < 0 || ((before == STATUS_PLEDGED || before == STATUS_PROPOSED ||
	    (before == STATUS_FULFILLED && already)) && before_end <= f->anchor)) &&
	    f->past && ((perfect = ex_perfect(ctx, lo, f->anchor)) > 0 ||
	    (perfect = ex_perfect_object(ctx, lo, f->anchor)) > 0)) {
		/* "had bought about 3 Mt so far this year": a part, the rest to come. */
		if ((perfect == 2 && ex_trigger_of(ctx, f, GRADUAL, sizeof(GRADUAL) / sizeof(GRADUAL[0]))) ||
		    after == STATUS_IN_PROGRESS)
			return STATUS_IN_PROGRESS;
		if (before >= 0)
			return STATUS_FULFILLED;
	}
	/* "are already buying": under way, not done. */
	if ((before < 0 || before == STATUS_FULFILLED) && ex_progressive(ctx, lo, f))
		return STATUS_IN_PROGRESS;
	/* "Under the deal, Norway's quota for U.S. pork took effect on Monday": a
	 * pledge cue in an opening "Under the <deal>," says where a measure named
	 * by a noun comes from; its predicate says how it stands. */
	if (before == STATUS_PLEDGED && f->trigger < 0 && after >= 0 && after != STATUS_PLEDGED &&
	    after != STATUS_PROPOSED && ex_under_opening(ctx->text, lo, before_end, f->anchor))
		return after;
	/* "agreed to lower its tariff to 18%, and that reduction took effect on
	 * March 1": a clause after the pledge whose subject names the act
	 * tells what became of it. */
	if (before == STATUS_PLEDGED && (after == STATUS_FULFILLED || after == STATUS_IN_PROGRESS) &&
	    after_start > f->anchor_end && ex_outcome_clause(ctx->text, f->anchor_end, after_start))
		return after;
	/* "China began applying zero tariffs on imports from ...": a rate
	 * applied with no cue of its own is in force. */
	if (before < 0 && after < 0 && f->trigger >= 0 && ex_applies_rate(ctx->text, lo, f->anchor))
		return STATUS_FULFILLED;
	if (before >= 0) {
		*strong = before == STATUS_STALLED || before == STATUS_BROKEN;
		return before;
	}
	if (after >= 0 && after != STATUS_PLEDGED)
		return after;
	/* "the reduced rate would apply from", "its lowered duty will take effect":
	 * a participle after a determiner names the measure; the verb after it says
	 * it is still to come. */
	if (after == STATUS_PLEDGED && f->past && ex_attributive(ctx, lo, f->anchor))
		return STATUS_PLEDGED;
	if (before < 0 && !f->past && ex_means_done(ctx->text, lo, f->anchor, f->anchor_end))
		return STATUS_FULFILLED;
	if ((before < 0 || (before == STATUS_PLEDGED && before_end <= f->anchor)) &&
	    ex_placed_under(ctx->text, lo, f->anchor))
		return STATUS_FULFILLED;
	/* "China's removal of tariffs on Canadian lobsters, taken last year,":
	 * a verb noun whose aside dates the act in the past is done. */
	if (before < 0 && after < 0 && !f->past && f->trigger >= 0 && ex_done_aside(ctx->text, f->anchor_end, hi))
		return STATUS_FULFILLED;
	if (before < 0 && after < 0 && !f->past && f->trigger >= 0 &&
	    ex_noun_then_past(ctx->text, lo, f->anchor, f->anchor_end, hi))
		return STATUS_FULFILLED;
	/* "Wheat purchases stood at 300,000 tonnes at the end of March"; not a
	 * trade figure ("reached $14.2 billion, up 38 percent from last year"). */
	if (before < 0 && after < 0 && !f->past && ex_trigger_of(ctx, f, GRADUAL, 1) &&
	    ex_tally(ctx->text, lo, hi) && !ex_statistic(ctx, lo, hi))
		return STATUS_IN_PROGRESS;
	return -1;
}
int
ex_status_from_cues(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_frame *f,
    size_t prev_anchor, int *strong)
{
	return ex_cues(ctx, lo, hi, f, prev_anchor, strong, 0);
}

/* ex_talk_object - 1 if the verb noun at anchor is the object of the talk cue
 * ending at end, a determiner alone between ("negotiating the removal of these
 * tariffs"): what is negotiated is proposed, not a known commitment talked about
 * ("talks about the timing of the purchases"). */
static int
ex_talk_object(const char *t, size_t end, size_t anchor)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("a"), EX_W("an"), EX_W("their"), EX_W("its")};
	size_t ws, wl = ex_word_after(t, end, anchor, &ws);

	if (wl == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return 0;
	return ex_word_after(t, ws + wl, anchor + 1, &ws) > 0 && ws == anchor;
}
/* ex_reference_status - the status the cues give a reference back to a known
 * commitment ("the purchases"): as ex_status_from_cues, but talk about it ("in
 * talks with Boeing about the timing of the aircraft purchases") proposes nothing
 * new: -1 when talk cues are its only proposal, unless one takes the noun as its
 * object ("negotiating the removal of the tariffs"). */
int
ex_reference_status(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_frame *f, int *strong)
{
	int st = ex_cues(ctx, lo, hi, f, lo, strong, 0);

	if (st != STATUS_PROPOSED)
		return st;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_CUE && x->start >= lo && x->value == STATUS_PROPOSED &&
		    !ex_month_may(ctx, x) && (!ex_talk_cue(ctx, x) || ex_talk_object(ctx->text, x->end, f->anchor)))
			return st;
	}
	return -1;
}

/* ex_goods_off_table - 1 if [lo,hi) holds the cue "off the table" with goods
 * right before it, no comma or semicolon between ("and the EU kept beef,
 * sugar and rice off the table", "rice and beef from older cattle remain off
 * the table"): goods left out of the deal, no deal undone ("and that offer is
 * now off the table" undoes one).  After a negated opening ("refused to open
 * its dairy sector, and ...") it tells a refusal, not a broken pledge. */
int
ex_goods_off_table(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word OFF[] = {EX_W("off the table")};
	const char *t = ctx->text;
	size_t last = lo;
	int goods = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t p;

		if (x->kind == RULE_OBJECT) {
			goods = 1;
			last = x->end;
			continue;
		}
		if (!goods || x->start < last || x->kind != RULE_CUE)
			continue;
		for (p = last; p < x->start && t[p] != ',' && t[p] != ';'; p++)
			;
		if (p == x->start && ex_phrase_at(OFF, EX_NWORDS(OFF), t, x->start, hi))
			return 1;
	}
	return 0;
}
/* ex_state_denied - 1 if every cue of status st in [lo,hi) has a negation
 * within EX_NEG_REACH bytes before it and after lo: "the purchases have not
 * stalled", "are not lagging" deny the state they name (a cue holding its
 * own negation, "not yet", starts where it does and is not denied). */
int
ex_state_denied(const struct ex_ctx *ctx, size_t lo, size_t hi, int st)
{
	int any = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CUE || x->start < lo || x->value != st)
			continue;
		if (!ex_has_kind(ctx, RULE_NEGATION, x->start > lo + EX_NEG_REACH ? x->start - EX_NEG_REACH : lo,
		    x->start))
			return 0;
		any = 1;
	}
	return any;
}
/* ex_pending_status - the status of a frame whose only stalled cue says "not yet":
 * what the other cues say when it is a proposal ("offered to buy more rice, a
 * proposal Washington has yet to accept"), else pledged. */
int
ex_pending_status(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_frame *f,
    size_t prev_anchor)
{
	int strong;

	return ex_cues(ctx, lo, hi, f, prev_anchor, &strong, 1) == STATUS_PROPOSED ?
	    STATUS_PROPOSED : STATUS_PLEDGED;
}

#define EX_DESPITE_REACH 48
static const struct ex_word EX_CONCEDE[] = {EX_W("despite"), EX_W("although"), EX_W("though"),
    EX_W("notwithstanding")};

/* ex_next_concession - the start of the first word of EX_CONCEDE in [p,e)
 * ("despite", "although", "though", "notwithstanding"), its end in *end;
 * EX_NOPOS if none. */
static size_t
ex_next_concession(const char *t, size_t p, size_t e, size_t *end)
{
	size_t ws, wl;

	for (; p < e; p = ws + (wl > 0 ? wl : 1))
		if ((wl = ex_word_after(t, p, e, &ws)) > 0 &&
		    ex_word_in(EX_CONCEDE, EX_NWORDS(EX_CONCEDE), t + ws, wl)) {
			*end = ws + wl;
			return ws;
		}
	return EX_NOPOS;
}

/* ex_despite_pledge - 1 if [s,e) concedes a pledge: a concession with a
 * pledge cue within EX_DESPITE_REACH bytes after it ("has yet to buy any US
 * wheat, even though it promised to in April", "Despite its April pledge,
 * China has yet to cut its duties"): what is not yet done was due, so it is
 * behind.  "has not yet ordered the jets, although two airlines have placed
 * orders" concedes progress, not a pledge. */
int
ex_despite_pledge(const struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t end;

	for (size_t p = s; ex_next_concession(ctx->text, p, e, &end) != EX_NOPOS; p = end)
		for (size_t i = ex_first(ctx, end); i < ctx->m.n && ctx->m.v[i].start < e &&
		    ctx->m.v[i].start <= end + EX_DESPITE_REACH; i++)
			if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].value == STATUS_PLEDGED)
				return 1;
	return 0;
}

/* ex_conceded_unmet - 1 if the verb at anchor lies in a concession whose main
 * clause, before it, denies the same goods: "Chinese buyers have not booked a
 * single cargo of US wheat since March, even though the April framework said
 * China would buy US wheat" (a negation, then an object that the concession
 * names again after the verb; "has yet to approve the beef shipments, though
 * it agreed to reopen its market to US beef" too): the pledge recalled is
 * unmet, so behind.  "has not cut its car tariffs, although it agreed to buy
 * soybeans" denies other goods. */
int
ex_conceded_unmet(const struct ex_ctx *ctx, size_t s, size_t anchor, size_t e)
{
	const char *t = ctx->text;
	size_t c = EX_NOPOS, end;
	int neg = 0;

	/* The last concession before the verb. */
	for (size_t p = s, q; (q = ex_next_concession(t, p, anchor, &end)) != EX_NOPOS; p = end)
		c = q;
	if (c == EX_NOPOS)
		return 0;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < c; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_NEGATION || (x->kind == RULE_CUE &&
		    rules_list_has(&ctx->r->pending_cues, t + x->start, x->end - x->start)))
			neg = 1;
		else if (neg && x->kind == RULE_OBJECT)
			for (size_t j = ex_first(ctx, anchor); j < ctx->m.n && ctx->m.v[j].start < e; j++)
				if (ctx->m.v[j].kind == RULE_OBJECT && ctx->m.v[j].value == x->value)
					return 1;
	}
	return 0;
}

/* ex_conditional - 1 if the frame is conditional: any conditional of the sentence before
 * the verb ("if China buys", "threatened to impose"), or a conjunction after it ("will
 * cut tariffs unless ..."); "the rate that had been threatened" only describes. */
/* ex_inside_cue - 1 if mention i lies inside a status cue or right after a proposal
 * ("weighing whether", "studying whether" propose, though "whether" alone, or
 * "unclear whether", asks an open question; not after "on the table" or "under
 * consideration", which take no question). */
static int
ex_inside_cue(const struct ex_ctx *ctx, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i];

	for (size_t j = i; j-- > 0 && ctx->m.v[j].start + 40 > x->start;) {
		const struct ex_mention *c = &ctx->m.v[j];
		size_t k = c->end;

		while (k < x->start && ctx->text[k] == ' ')
			k++;
		/* "a proposal to persuade Washington to cut" still sets a goal;
		 * "everything is on the table if the purchases happen": a cue that
		 * is a prepositional phrase takes no question, and its "if" is a
		 * condition. */
		if (c->kind == RULE_CUE && (c->end >= x->end ||
		    (k == x->start && c->value == STATUS_PROPOSED &&
		    ex_ncasecmp(ctx->text + x->start, "to ", 3) != 0 &&
		    ex_ncasecmp(ctx->text + c->start, "on ", 3) != 0 &&
		    ex_ncasecmp(ctx->text + c->start, "under ", 6) != 0)))
			return 1;
	}
	for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start == x->start; j++)
		if (ctx->m.v[j].kind == RULE_CUE && ctx->m.v[j].end >= x->end)
			return 1;
	return 0;
}
/*
 * ex_concessive - 1 if the "if" at x sets no condition: "even if" and "as if" concede
 * or compare ("will lift the ban even if talks stall"), and "if any" only hedges an
 * amount ("will buy US rice, if any is left over") and "if only" a span ("will
 * cut the duty, if only for a year"); nor does any conditional
 * after "including" ("including in the event that ...": that case too).
 */
static int
ex_concessive(const struct ex_ctx *ctx, const struct ex_mention *x)
{
	static const struct ex_word BEFORE[] = {EX_W("even"), EX_W("as")};
	static const struct ex_word AFTER[] = {EX_W("any"), EX_W("only")};
	size_t ws, wl;

	/* "will not exceed 15 percent, including in the event that ...": the
	 * promise holds in that case too. */
	wl = ex_word_before(ctx->text, x->start, 0, &ws);
	if (wl == 9 && ex_ncasecmp(ctx->text + ws, "including", 9) == 0)
		return 1;
	if (x->end - x->start != 2 || ex_ncasecmp(ctx->text + x->start, "if", 2) != 0)
		return 0;
	if (wl > 0 && ex_word_in(BEFORE, EX_NWORDS(BEFORE), ctx->text + ws, wl))
		return 1;
	wl = ex_word_after(ctx->text, x->end, ctx->len, &ws);
	return wl > 0 && ex_word_in(AFTER, EX_NWORDS(AFTER), ctx->text + ws, wl);
}
/* The word of ex_inverted_should (EX_LEXICON reports it). */
const struct ex_word EX_SHOULD[] = {EX_W("should")};
const size_t EX_NSHOULD = EX_NWORDS(EX_SHOULD);

/*
 * ex_inverted_should - 1 if [s,hi) holds "should" followed by its subject, the
 * inverted conditional ("Should Washington lift its tariffs, Beijing will buy",
 * "will cut its duties should the US drop ..."): a capitalised word, a
 * determiner or a pronoun after it.  The modal takes a verb ("China should buy").
 */
/* The subjects an inverted conditional puts after its verb ("should the US
 * drop", "had it cut"), beside a capitalised name. */
static const struct ex_word EX_INVERTED_SUBJ[] = {
    EX_W("the"), EX_W("it"), EX_W("they"), EX_W("he"), EX_W("she"), EX_W("we"),
    EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that"), EX_W("these"),
    EX_W("those"), EX_W("either"), EX_W("both"), EX_W("any")};

static int
ex_inverted_should(const struct ex_ctx *ctx, size_t s, size_t hi)
{
	size_t k = s, ws, wl, ns, nl;

	/* No "should" in the range (EX_LEXICON). */
	if (!ex_lex_in(ctx, EX_LEX_SHOULD, s, hi))
		return 0;
	while (k < hi) {
		/* Past punctuation too: "LEVERAGE: Should China fail", "will
		 * cut its duties, should the US drop ...". */
		if ((wl = ex_word_after(ctx->text, k, hi, &ws)) == 0) {
			k = ws + 1;
			continue;
		}
		k = ws + wl;
		if (!ex_word_in(EX_SHOULD, EX_NWORDS(EX_SHOULD), ctx->text + ws, wl) ||
		    (nl = ex_word_after(ctx->text, k, hi, &ns)) == 0 || ns != k + 1)
			continue;
		if ((ctx->text[ns] >= 'A' && ctx->text[ns] <= 'Z') ||
		    ex_word_in(EX_INVERTED_SUBJ, EX_NWORDS(EX_INVERTED_SUBJ), ctx->text + ns, nl))
			return 1;
	}
	return 0;
}
/*
 * ex_inverted_had - 1 if [s,hi) holds "would have" and, after it, "had" followed
 * by its subject: "China would have bought more soybeans had Washington cut its
 * tariffs" (the cut did not happen either).  "which had Washington's backing"
 * has no "would have" before it.
 */
static int
ex_inverted_had(const struct ex_ctx *ctx, size_t s, size_t hi)
{
	const char *t = ctx->text;
	size_t k = s, ns, nl;
	int would = 0;

	for (; k + 4 < hi; k++) {
		if (k > s && ex_word_byte((unsigned char)t[k - 1]))
			continue;
		if (k + 11 <= hi && ex_ncasecmp(t + k, "would have ", 11) == 0)
			would = 1;
		if (!would || ex_ncasecmp(t + k, "had ", 4) != 0 ||
		    (nl = ex_word_after(t, k + 3, hi, &ns)) == 0 || ns != k + 4)
			continue;
		if ((t[ns] >= 'A' && t[ns] <= 'Z') ||
		    ex_word_in(EX_INVERTED_SUBJ, EX_NWORDS(EX_INVERTED_SUBJ), t + ns, nl))
			return 1;
	}
	return 0;
}
/* ex_exchange_opening - 1 if the conditional x is an opening "In exchange for ...,"
 * that ends before anchor: the main clause after it is the side's part of the
 * bargain, a pledge ("In exchange for lower tariffs, Seoul will invest ..."). */
static int
ex_exchange_opening(const struct ex_ctx *ctx, size_t s, const struct ex_mention *x, size_t anchor)
{
	size_t k = s;

	while (k < x->start && (ctx->text[k] == ' ' || ctx->text[k] == '"' ||
	    ctx->text[k] == '\n' || (unsigned char)ctx->text[k] >= 0x80))
		k++;
	if (k != x->start || x->end - x->start < 11 ||
	    ex_ncasecmp(ctx->text + x->start, "in exchange", 11) != 0)
		return 0;
	for (k = x->end; k < anchor; k++)
		if (ctx->text[k] == ',')
			return 1;
	return 0;
}
/* ex_exchange_closed - 1 if the conditional x is "in exchange for ..." and a
 * clause of its own opens between it and anchor: a comma, then "after",
 * "since", "when", "while", "because", "as" or "whereas" ("will drop its
 * duties on Chinese cars in exchange for price undertakings, after Beijing
 * agreed to remove its duties on brandy"), or a semicolon.  The bargain is a
 * noun phrase: it binds its own clause, not the act the later clause tells. */
static int
ex_exchange_closed(const struct ex_ctx *ctx, const struct ex_mention *x, size_t anchor)
{
	static const struct ex_word OPEN[] = {
	    EX_W("after"), EX_W("since"), EX_W("when"), EX_W("while"), EX_W("because"), EX_W("as"),
	    EX_W("whereas")};
	const char *t = ctx->text;
	size_t ws, wl;

	if (x->end - x->start < 11 || ex_ncasecmp(t + x->start, "in exchange", 11) != 0)
		return 0;
	for (size_t k = x->end; k < anchor; k++) {
		if (t[k] == ';')
			return 1;
		if (t[k] == ',' && (wl = ex_word_after(t, k + 1, anchor, &ws)) > 0 &&
		    ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_exchange_agent - 1 if the conditional x is "in exchange for" and what
 * follows is a party, then anchor, a verb in -ing ("in exchange for Washington
 * lowering its tariff on Korean cars", "in exchange for the United States
 * cutting its fentanyl tariff"): the party's own side of the bargain, told as
 * a clause with its own subject, binds no condition on that verb. */
static int
ex_exchange_agent(const struct ex_ctx *ctx, const struct ex_mention *x, size_t anchor)
{
	const char *t = ctx->text;
	size_t ws, wl, k, al;

	if (x->end - x->start < 11 || ex_ncasecmp(t + x->start, "in exchange", 11) != 0 || anchor <= x->end)
		return 0;
	al = ex_word_after(t, anchor, ctx->len, &ws);
	if (ws != anchor || al < 5 || ex_ncasecmp(t + anchor + al - 3, "ing", 3) != 0)
		return 0;
	k = x->end;
	if ((wl = ex_word_after(t, k, anchor, &ws)) == 3 && ex_ncasecmp(t + ws, "the", 3) == 0)
		k = ws + wl;
	for (size_t i = ex_first(ctx, k); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *a = &ctx->m.v[i];

		if (a->kind != RULE_ACTOR)
			continue;
		if (ex_word_after(t, k, anchor, &ws) == 0 || ws != a->start)
			return 0;
		return ex_word_after(t, a->end, anchor, &ws) == 0;
	}
	return 0;
}
/* The conjunctions that set a condition after the verb they bind ("will cut
 * tariffs unless ..."), of ex_conditional and ex_condition_after. */
static const struct ex_word EX_COND_CONJ[] = {
    EX_W("if"), EX_W("unless"), EX_W("provided"), EX_W("on condition"),
    EX_W("as long as"), EX_W("contingent"), EX_W("depending"), EX_W("in case"),
    EX_W("should"), EX_W("would only"), EX_W("in exchange"), EX_W("in the event")};

/*
 * ex_inverted_opening - 1 if [s,hi) opens with an inverted condition or a bare
 * "Provided": "Were the US to cut its tariffs, Japan would buy", "Had
 * Washington cut its tariffs, China would have bought", "Should talks
 * succeed, Japan could invest" (ex_inverted_should wants a name or a
 * determiner after "should"), "Provided the truce holds, Beijing will",
 * "Assuming the truce holds, China will buy".  Only
 * the first word, capitalised: a question was no statement to begin with.
 */
static int
ex_inverted_opening(const struct ex_ctx *ctx, size_t s, size_t hi)
{
	static const struct ex_word OPEN[] = {
	    EX_W("were"), EX_W("had"), EX_W("should"), EX_W("provided"), EX_W("providing"),
	    EX_W("assuming")};
	size_t ws, wl = ex_word_after(ctx->text, s, hi, &ws);

	return wl > 0 && ctx->text[ws] >= 'A' && ctx->text[ws] <= 'Z' &&
	    ex_word_in(OPEN, EX_NWORDS(OPEN), ctx->text + ws, wl);
}
int
ex_conditional(const struct ex_ctx *ctx, size_t s, size_t anchor, size_t hi)
{
	if (ex_inverted_should(ctx, s, hi) || ex_inverted_opening(ctx, s, anchor) || ex_inverted_had(ctx, s, anchor))
		return 1;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CONDITIONAL || x->start < s || ex_inside_cue(ctx, i) ||
		    ex_concessive(ctx, x) || ex_exchange_opening(ctx, s, x, anchor))
			continue;
		if (x->start < anchor && !ex_exchange_closed(ctx, x, anchor) && !ex_exchange_agent(ctx, x, anchor))
			return 1;
		if (x->start < anchor)
			continue;
		if (ex_prefix_in(EX_COND_CONJ, EX_NWORDS(EX_COND_CONJ), ctx->text + x->start, ctx->len - x->start, 0))
			return 1;
	}
	return 0;
}
/*
 * ex_condition_after - 1 if a clause of [from,hi) opens with a conjunction of
 * condition: right after a comma or at from (a clause break), "but" or "only"
 * perhaps between.  "China would buy more soybeans, but only if Washington
 * eased its chip controls", "Tokyo would cut the duty ..., officials said, if
 * a deal is reached": the condition binds the clauses before it (the caller
 * passes the end of the ", and" group).  "even if" concedes; "check if
 * shipments could start" opens no clause.
 */
int
ex_condition_after(const struct ex_ctx *ctx, size_t from, size_t hi)
{
	/* Not "in exchange for" (the bargain, ", in exchange for a cut in the
	 * tariff"), nor "depending on" (what the amount turns on). */
	static const struct ex_word OPEN[] = {
	    EX_W("if"), EX_W("unless"), EX_W("provided"), EX_W("on condition"), EX_W("as long as"),
	    EX_W("in the event")};
	const char *t = ctx->text;

	for (size_t i = ex_first(ctx, from); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t p = x->start, ws, wl;
		int only = 0;

		if (x->kind != RULE_CONDITIONAL || x->start < from || ex_inside_cue(ctx, i) ||
		    ex_concessive(ctx, x) ||
		    !ex_prefix_in(OPEN, EX_NWORDS(OPEN), t + p, ctx->len - p, 0))
			continue;
		/* "but only if", "only if". */
		if ((wl = ex_word_before(t, p, from, &ws)) == 4 && ex_ncasecmp(t + ws, "only", 4) == 0) {
			only = 1;
			p = ws;
			if ((wl = ex_word_before(t, p, from, &ws)) == 3 && ex_ncasecmp(t + ws, "but", 3) == 0)
				p = ws;
		}
		while (p > from && t[p - 1] == ' ')
			p--;
		if (p != from && t[p - 1] != ',')
			continue;
		/* ", but if talks fail, tariffs will return": a condition put
		 * before a clause of its own binds that one. */
		if (!only && x->end < hi && memchr(t + x->end, ',', hi - x->end) != NULL)
			continue;
		return 1;
	}
	return 0;
}
/* ex_prep_object - 1 if the noun at ws is the object of a preposition, at most one
 * modifier between ("oversight of chemical exporters", "aid for farmers"): a
 * party the clause speaks of, not one who speaks ("according to analysts", "the
 * head of a growers' association" speak). */
static int
ex_prep_object(const char *t, size_t s, size_t ws)
{
	static const struct ex_word PREP[] = {
	    EX_W("of"), EX_W("for"), EX_W("from"), EX_W("with"), EX_W("on"), EX_W("to"),
	    EX_W("among"), EX_W("against")};
	static const struct ex_word TITLE[] = {
	    EX_W("head"), EX_W("president"), EX_W("chairman"), EX_W("chairwoman"), EX_W("chair"),
	    EX_W("leader"), EX_W("director"), EX_W("chief"), EX_W("spokesman"), EX_W("spokeswoman"),
	    EX_W("spokesperson"), EX_W("member"), EX_W("secretary-general")};
	size_t ps, pl = ex_word_before(t, ws, s, &ps), as, al;

	for (int w = 0; w < 2 && pl > 0; w++, pl = ex_word_before(t, ps, s, &ps)) {
		/* "said the head of a growers' association", "leader of the
		 * opposition": the person who heads the body speaks for it. */
		if (pl == 2 && ex_ncasecmp(t + ps, "of", 2) == 0 && (al = ex_word_before(t, ps, s, &as)) > 0 &&
		    ex_word_in(TITLE, EX_NWORDS(TITLE), t + as, al))
			return 0;
		if (ex_word_in(PREP, EX_NWORDS(PREP), t + ps, pl))
			return !(pl == 2 && ex_ncasecmp(t + ps, "to", 2) == 0 &&
			    ex_word_before(t, ps, s, &as) == 9 && ex_ncasecmp(t + as, "according", 9) == 0);
		if (t[ps] < 'a' || t[ps] > 'z')
			return 0;
	}
	return 0;
}
/*
 * ex_named_party - 0 if the commentator word at [ws,ws+wl) is "party" without
 * a name before it: "Labour Party spokesman", "the Congress party" speak for a
 * political party, no government; "each party will cut" or "the other party"
 * is a side of a deal.  Any other commentator word gives 1.
 */
static int
ex_named_party(const char *t, size_t s, size_t ws, size_t wl)
{
	static const struct ex_word DET[] = {
	    EX_W("each"), EX_W("either"), EX_W("neither"), EX_W("the"), EX_W("a"),
	    EX_W("any"), EX_W("every"), EX_W("other"), EX_W("third"), EX_W("one")};
	size_t ps, pl;

	if (wl != 5 || ex_ncasecmp(t + ws, "party", 5) != 0)
		return 1;
	pl = ex_word_before(t, ws, s, &ps);
	return pl > 0 && t[ps] >= 'A' && t[ps] <= 'Z' && !ex_word_in(DET, EX_NWORDS(DET), t + ps, pl);
}
/*
 * ex_market_speaker - 0 if the commentator word at [ws,ws+wl) is a market
 * noun ("traders", "dealers", "brokers") that does not speak: the word after
 * it is neither an opinion word ("Traders doubt that", "dealers expect") nor
 * a verb of saying ("traders said"), so "police shut down 40 chemical
 * traders" names no speaker.  Any other commentator word gives 1.
 */
static int
ex_market_speaker(const struct ex_ctx *ctx, size_t ws, size_t wl, size_t e)
{
	static const struct ex_word MARKET[] = {EX_W("traders"), EX_W("dealers"), EX_W("brokers")};
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("say"), EX_W("says"), EX_W("told"), EX_W("noted"), EX_W("added")};
	size_t ns, nl;

	if (!ex_word_in(MARKET, EX_NWORDS(MARKET), ctx->text + ws, wl))
		return 1;
	if ((nl = ex_word_after(ctx->text, ws + wl, e, &ns)) == 0)
		return 0;
	if (ex_word_in(SAY, EX_NWORDS(SAY), ctx->text + ns, nl))
		return 1;
	return rules_list_has(&ctx->r->opinion_words, ctx->text + ns, nl);
}
/* ex_quantifier_opinion - 1 if sentence [s,anchor) opens with a quantifier for
 * people and an opinion word ("Many doubt China will buy", "But few expect
 * Seoul to lift the ban", "Some believe the cut will come"): nobody's pledge.
 * Reads the first three words only. */
static int
ex_quantifier_opinion(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	static const struct ex_word OPEN[] = {
	    EX_W("but"), EX_W("yet"), EX_W("and"), EX_W("still"), EX_W("so")};
	static const struct ex_word FEW[] = {
	    EX_W("many"), EX_W("few"), EX_W("some"), EX_W("most"), EX_W("others")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, s, anchor, &ws);

	if (wl > 0 && ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl))
		wl = ex_word_after(t, ws + wl, anchor, &ws);
	if (wl == 0 || !ex_word_in(FEW, EX_NWORDS(FEW), t + ws, wl) ||
	    (wl = ex_word_after(t, ws + wl, anchor, &ws)) == 0)
		return 0;
	return rules_list_has(&ctx->r->opinion_words, t + ws, wl);
}
/*
 * ex_opinion - 1 if the frame at anchor is a commentator's forecast: the sentence
 * names an analyst, economist or the like, and the frame is quoted speech or
 * follows an opinion word or a modal of chance ("Analysts expect Seoul to lift
 * the ban", "analysts said China could buy more", "\"They will
 * probably cut the duty,\" said an economist").  A party's own pledge reported by
 * an analyst ("China agreed to buy corn, analysts said") stands; a commentator
 * noun after a preposition ("oversight of chemical exporters") is no speaker.
 */
int
ex_opinion(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor)
{
	/* A commentator's guess in a modal of chance: "Analysts said a deal could
	 * see China buy", "traders said buyers were expected to book" (lower
	 * case: "May" is a month). */
	static const struct ex_word GUESS[] = {
	    EX_W("could"), EX_W("might"), EX_W("may"), EX_W("expected")};
	const struct rules *r = ctx->r;
	int commentator = 0, opinion = 0;
	size_t k = s, ws, wl;

	if (ex_quantifier_opinion(ctx, s, anchor))
		return 1;
	/* No commentator, no opinion (extract_lexicon has the automaton report them). */
	if (r->commentators.n == 0 || !ex_lex_in(ctx, EX_LEX_COMMENTATOR, s, e))
		return 0;
	while (k < e) {
		wl = ex_word_after(ctx->text, k, e, &ws);
		if (wl == 0) {
			k = ws + 1;
			continue;
		}
		if (rules_list_has(&r->commentators, ctx->text + ws, wl)) {
			if (!ex_prep_object(ctx->text, s, ws) && ex_named_party(ctx->text, s, ws, wl) &&
			    ex_market_speaker(ctx, ws, wl, e))
				commentator = 1;
		} else if (ws < anchor && (ex_opinion_at(ctx, ws, wl, e) ||
		    (ctx->text[ws] >= 'a' && ex_word_in(GUESS, EX_NWORDS(GUESS), ctx->text + ws, wl))))
			opinion = 1;
		k = ws + wl;
	}
	return commentator && (opinion || ex_quoted_speech(ctx->text, s, anchor, e));
}
/*
 * ex_scenario - 1 if sentence [s,anchor) opens with an analyst's scenario: a
 * determiner (after "In" or "Under", or opening the sentence), one or two words
 * that grade an outcome, then "case" or "scenario" ("In our upside case (30%),
 * Beijing might agree to buy", "Our base case is that tariffs hold", "Under a
 * worst-case scenario, Seoul would"): an outcome weighed, no one's pledge.  "In
 * the case of soybeans" and "The WTO case" name no grade and are not read.
 */
int
ex_scenario(const char *t, size_t s, size_t anchor)
{
	static const struct ex_word PREP[] = {EX_W("in"), EX_W("under")};
	static const struct ex_word DET[] = {
	    EX_W("our"), EX_W("the"), EX_W("a"), EX_W("an"), EX_W("their"), EX_W("its"),
	    EX_W("my"), EX_W("his"), EX_W("her")};
	static const struct ex_word GRADE[] = {
	    EX_W("base"), EX_W("baseline"), EX_W("central"), EX_W("upside"), EX_W("downside"),
	    EX_W("bull"), EX_W("bear"), EX_W("bullish"), EX_W("bearish"), EX_W("best"),
	    EX_W("worst"), EX_W("optimistic"), EX_W("pessimistic"), EX_W("benign"),
	    EX_W("adverse"), EX_W("alternative"), EX_W("main"), EX_W("tail"), EX_W("stress"),
	    EX_W("rosier"), EX_W("gloomier"), EX_W("upbeat"), EX_W("grim")};
	static const struct ex_word CASE[] = {
	    EX_W("case"), EX_W("scenario"), EX_W("scenarios")};
	size_t ws, wl = ex_word_after(t, s, anchor, &ws);
	int graded = 0;

	if (wl > 0 && ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
		wl = ex_word_after(t, ws + wl, anchor, &ws);
	if (wl == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_after(t, ws + wl, anchor, &ws)) > 0; w++) {
		if (graded && ex_word_in(CASE, EX_NWORDS(CASE), t + ws, wl))
			return 1;
		if (!ex_word_in(GRADE, EX_NWORDS(GRADE), t + ws, wl))
			return 0;
		graded = 1;
		/* "a worst-case scenario": the hyphen joins. */
		if (ws + wl < anchor && t[ws + wl] == '-')
			wl++;
	}
	return 0;
}
/*
 * ex_hypothetical_subject - 1 if sentence [s,e) opens with a measure that no one
 * has taken, told with its effect or its price: an indefinite determiner ("A",
 * "An", "Any", "Such a", "One", "Another"), at most ten words naming a measure
 * or a verb of one (or an option, a proposal, an idea), and "would", "could"
 * or "might" as their verb ("A suspension would take the threat of new
 * tariffs off the table", "Any cut in the duty would need the approval of
 * Congress", "Another proposal would link the pause to purchases of wheat").  A verb of saying, a relative pronoun or a
 * comma in between gives the modal to another clause ("A ministry spokesperson
 * said Chinese firms would buy"), which is read as before.
 */
int
ex_hypothetical_subject(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word DET[] = {
	    EX_W("a"), EX_W("an"), EX_W("any"), EX_W("such"), EX_W("one"), EX_W("another")};
	static const struct ex_word MODAL[] = {EX_W("would"), EX_W("could"), EX_W("might")};
	static const struct ex_word STOP[] = {
	    EX_W("said"), EX_W("says"), EX_W("say"), EX_W("told"), EX_W("that"), EX_W("which"),
	    EX_W("who"), EX_W("if"), EX_W("when"), EX_W("whether"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("is"), EX_W("was"), EX_W("are"), EX_W("were")};
	static const struct ex_word OPTION[] = {
	    EX_W("option"), EX_W("proposal"), EX_W("idea"), EX_W("alternative"), EX_W("draft"),
	    EX_W("version"), EX_W("deal"), EX_W("agreement"), EX_W("pact"), EX_W("accord"),
	    EX_W("package"), EX_W("bargain")};
	static const struct ex_word PRONOUN[] = {EX_W("one"), EX_W("another")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, s, e, &ws), first, fl;
	int measure = 0, paren = 0;

	if (wl == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl) || (t[ws] < 'A' || t[ws] > 'Z'))
		return 0;
	first = ws;
	fl = wl;
	for (int w = 0; w < 11 && ((wl = ex_word_after(t, ws + wl, e, &ws)) > 0 ||
	    (ws < e && (t[ws] == ',' || (t[ws] == '.' && ex_word_byte((unsigned char)t[ws - 1]))))); w++) {
		/* "more U.S. LNG": the dots of a name are no end. */
		if (wl == 0 && t[ws] == '.') {
			wl = 1;
			continue;
		}
		/* "A bigger purchase commitment, perhaps covering energy, would be
		 * the easiest headline": one aside between two commas, then the
		 * modal. */
		if (wl == 0) {
			const char *shut = memchr(t + ws + 1, ',', e - ws - 1);
			size_t ms, ml;

			/* "perhaps 50,000 tonnes": a comma in a number is no end. */
			while (shut != NULL && shut + 1 < t + e && shut[1] != ' ')
				shut = memchr(shut + 1, ',', (size_t)(t + e - shut - 1));
			if (paren || shut == NULL ||
			    (ml = ex_word_after(t, (size_t)(shut - t) + 1, e, &ms)) == 0 ||
			    !ex_word_in(MODAL, EX_NWORDS(MODAL), t + ms, ml))
				return 0;
			paren = 1;
			ws = ms;
			wl = ml;
		} else if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl))
			return 0;
		measure |= ex_word_in(OPTION, EX_NWORDS(OPTION), t + ws, wl);
		if (ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl)) {
			/* "Another would tie any licence to purchases": one of the
			 * options just told. */
			if (w == 0 && ex_word_in(PRONOUN, EX_NWORDS(PRONOUN), t + first, fl))
				return 1;
			if (!measure)
				for (size_t i = ex_first(ctx, first); i < ctx->m.n && ctx->m.v[i].start < ws; i++)
					measure |= ctx->m.v[i].kind == RULE_TRIGGER || ctx->m.v[i].kind == RULE_MEASURE;
			return measure;
		}
	}
	return 0;
}
/*
 * ex_sequel_subject - 1 if sentence [s,e) opens with a verb noun of a measure as
 * a definite subject ("The", "The chamber's", "The planned"; the noun within the
 * first four words) whose verb places the act among others: it follows, comes
 * after, forms or is part of, marks or caps something ("The removal of the levy,
 * which had stood since 2024, follows two rounds of talks", "The ministry's
 * suspension of the duty comes a month after a visit", "The cut, welcomed by
 * growers, marks the end of a dispute"; or a noun of an act: "The decision
 * comes after ..."), and the verb at anchor is that noun or
 * a definite one right after the placing verb ("follows the cut earlier this
 * year of China's duty"; "comes a week after Beijing closed its probe" tells
 * an act of its own and is read).  The caller asks for an act of the same
 * action told in an earlier sentence: this
 * one tells where it stands, no new measure.  One aside between commas is
 * passed over; a verb of saying, a modal or a conjunction before the placing
 * verb gives the sentence another reading.
 */
int
ex_sequel_subject(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor)
{
	static const struct ex_word THE[] = {EX_W("the"), EX_W("this"), EX_W("that")};
	static const struct ex_word PLACE[] = {
	    EX_W("follows"), EX_W("followed"), EX_W("comes"), EX_W("came"), EX_W("forms"),
	    EX_W("formed"), EX_W("marks"), EX_W("marked"), EX_W("caps"), EX_W("capped"),
	    EX_W("completes"), EX_W("completed"), EX_W("mirrors"), EX_W("mirrored")};
	static const struct ex_word BE[] = {EX_W("is"), EX_W("was")};
	static const struct ex_word AFTER[] = {EX_W("after"), EX_W("on"), EX_W("upon")};
	static const struct ex_word MOVE[] = {
	    EX_W("decision"), EX_W("move"), EX_W("step"), EX_W("announcement")};
	static const struct ex_word STOP[] = {
	    EX_W("said"), EX_W("says"), EX_W("will"), EX_W("would"), EX_W("could"),
	    EX_W("should"), EX_W("may"), EX_W("might"), EX_W("must"), EX_W("and"), EX_W("but"),
	    EX_W("has"), EX_W("have"), EX_W("had"), EX_W("are"), EX_W("were"), EX_W("that")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, s, e, &ws), bs, p, last = EX_NOPOS, noun = EX_NOPOS, noun_end = 0;
	int n = 0, aside = 0, placed = 0;

	if (wl == 0 || t[ws] < 'A' || t[ws] > 'Z' || !ex_word_in(THE, EX_NWORDS(THE), t + ws, wl))
		return 0;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_TRIGGER) {
			noun = ctx->m.v[i].start;
			noun_end = ctx->m.v[i].end;
			break;
		}
	/* "The decision, praised by builders, comes after the removal of ...":
	 * a noun of an act as the subject. */
	for (p = ws + wl; n < 4 && (wl = ex_word_after(t, p, e, &ws)) > 0; n++) {
		last = ws;
		p = ws + wl;
		if (ws == noun) {
			p = noun_end;
			break;
		}
		if (ex_word_in(MOVE, EX_NWORDS(MOVE), t + ws, wl)) {
			noun = EX_NOPOS;
			break;
		}
	}
	if (n == 4 || wl == 0 || (last != noun && !ex_word_in(MOVE, EX_NWORDS(MOVE), t + last, wl)))
		return 0;
	for (n = 0; n < 14 && p < e && !placed; n++) {
		while (p < e && t[p] == ' ')
			p++;
		if (p < e && t[p] == ',') {
			/* "The removal of the levy, which had stood since 2024,
			 * follows": one aside. */
			const char *shut = memchr(t + p + 1, ',', e - p - 1);

			while (shut != NULL && shut + 1 < t + e && shut[1] != ' ')
				shut = memchr(shut + 1, ',', (size_t)(t + e - shut - 1));
			if (aside || shut == NULL)
				return 0;
			aside = 1;
			p = (size_t)(shut - t) + 1;
			continue;
		}
		if ((wl = ex_word_after(t, p, e, &ws)) == 0) {
			/* "U.S.": the dots of a name are no end. */
			if (p < e && t[p] == '.' && ex_word_byte((unsigned char)t[p - 1])) {
				p++;
				continue;
			}
			return 0;
		}
		p = ws + wl;
		if (ex_word_in(PLACE, EX_NWORDS(PLACE), t + ws, wl))
			placed = 1;
		else if (ex_word_in(BE, EX_NWORDS(BE), t + ws, wl)) {
			size_t ps, pl = ex_word_after(t, p, e, &ps);

			/* "is part of the spring deal"; "is one of several
			 * undertakings" lists the deal's terms and is read. */
			if (pl != 4 || ex_ncasecmp(t + ps, "part", 4) != 0 ||
			    (pl = ex_word_after(t, ps + pl, e, &ps)) != 2 ||
			    ex_ncasecmp(t + ps, "of", 2) != 0)
				return 0;
			placed = 1;
			p = ps + pl;
		} else if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl) &&
		    /* "the said levy": an adjective. */
		    !(ex_word_before(t, ws, s, &bs) == 3 && ex_ncasecmp(t + bs, "the", 3) == 0))
			return 0;
	}
	if (!placed)
		return 0;
	if (anchor == noun)
		return 1;
	/* "follows the cut earlier this year of China's duty", "comes after the
	 * removal of ...": the act named right after the placing verb. */
	if ((wl = ex_word_after(t, p, e, &ws)) > 0 && ex_word_in(AFTER, EX_NWORDS(AFTER), t + ws, wl))
		wl = ex_word_after(t, ws + wl, e, &ws);
	return wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0 &&
	    ex_word_after(t, ws + wl, e, &ws) > 0 && ws == anchor;
}
/*
 * ex_gerund_verdict - 1 if the verb at [anchor,anchor_end) heads the subject of a
 * verdict: a gerund ("said removing the tariff was premature", "Cutting tariffs
 * now would be a mistake", "argues that lifting the ban is long overdue") or a
 * noun phrase that opens its clause ("\"Zero tariffs are necessary but not
 * sufficient\""), or of an effect told of the measure ("economists said a lower
 * tariff would add 0.3 points to growth", "said the lower tariff had helped").  The sentence judges the measure; what became of it is told
 * elsewhere.
 */
int
ex_gerund_verdict(const char *t, size_t cs, size_t anchor, size_t anchor_end, size_t e)
{
	static const struct ex_word LEAD[] = {
	    EX_W("said"), EX_W("says"), EX_W("saying"), EX_W("that"), EX_W("argued"),
	    EX_W("argues"), EX_W("warned"), EX_W("warns"), EX_W("thinks"), EX_W("believes"),
	    EX_W("added"), EX_W("insisted"), EX_W("insists")};
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("a"), EX_W("an"), EX_W("zero"), EX_W("lower"), EX_W("higher"),
	    EX_W("such"), EX_W("these"), EX_W("those"), EX_W("any"), EX_W("more"), EX_W("new")};
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("is"), EX_W("are"), EX_W("were"), EX_W("would"), EX_W("will"),
	    EX_W("could"), EX_W("might"), EX_W("be"), EX_W("been"), EX_W("has"), EX_W("had")};
	static const struct ex_word FILL[] = {
	    EX_W("a"), EX_W("an"), EX_W("too"), EX_W("long"), EX_W("very"), EX_W("both"),
	    EX_W("not"), EX_W("still"), EX_W("also"), EX_W("clearly"), EX_W("simply"),
	    EX_W("be"), EX_W("been")};
	static const struct ex_word STOP[] = {
	    EX_W("that"), EX_W("which"), EX_W("who"), EX_W("if"), EX_W("because"), EX_W("but"),
	    EX_W("and"), EX_W("while"), EX_W("when"), EX_W("as")};
	static const struct ex_word VERDICT[] = {
	    EX_W("premature"), EX_W("mistake"), EX_W("error"), EX_W("wrong"), EX_W("right"),
	    EX_W("justified"), EX_W("unjustified"), EX_W("overdue"), EX_W("welcome"),
	    EX_W("necessary"), EX_W("unnecessary"), EX_W("risky"), EX_W("dangerous"),
	    EX_W("reckless"), EX_W("foolish"), EX_W("wise"), EX_W("unwise"), EX_W("sensible"),
	    EX_W("misguided"), EX_W("hasty"), EX_W("naive"), EX_W("costly"), EX_W("fair"),
	    EX_W("unfair"), EX_W("blunder"), EX_W("gamble"), EX_W("victory"), EX_W("win"),
	    EX_W("insufficient"), EX_W("sufficient"), EX_W("inadequate"),
	    /* an effect told: "said a lower tariff would add 0.3 points to growth". */
	    EX_W("add"), EX_W("adds"), EX_W("help"), EX_W("helps"), EX_W("helped"),
	    EX_W("boost"), EX_W("boosts"), EX_W("boosted"), EX_W("hurt"), EX_W("hurts"),
	    EX_W("cost"), EX_W("costs"), EX_W("benefit"), EX_W("benefits"), EX_W("benefited"),
	    EX_W("spur"), EX_W("spurs"), EX_W("spurred"), EX_W("shave"), EX_W("shaves")};
	size_t ws, wl, p = anchor;
	int be = 0;

	if (anchor_end >= anchor + 4 && ex_ncasecmp(t + anchor_end - 3, "ing", 3) == 0) {
		if ((wl = ex_word_before(t, anchor, cs, &ws)) > 0 && !ex_word_in(LEAD, EX_NWORDS(LEAD), t + ws, wl))
			return 0;
	} else {
		/* A noun phrase from the clause's start or a quotation's. */
		while ((wl = ex_word_before(t, p, cs, &ws)) > 0 && ex_word_in(DET, EX_NWORDS(DET), t + ws, wl) &&
		    !memchr(t + ws + wl, '"', p - ws - wl))
			p = ws;
		if (wl > 0 && !memchr(t + ws + wl, '"', p - ws - wl) &&
		    !ex_word_in(LEAD, EX_NWORDS(LEAD), t + ws, wl))
			return 0;
	}
	/* The subject's words, then "was", "would be a", then the verdict; a
	 * comma, a clause word or eight words end the look. */
	for (int w = 0; w < 12 && ((wl = ex_word_after(t, anchor_end, e, &ws)) > 0 ||
	    (ws < e && t[ws] == '.' && ex_word_byte((unsigned char)t[ws - 1]))); w++) {
		if (memchr(t + anchor_end, ',', ws - anchor_end) != NULL)
			return 0;
		/* "a lower U.S. tariff": the dots of a name are no end. */
		if (wl == 0) {
			anchor_end = ws + 1;
			continue;
		}
		p = ws + wl;
		if (!be && ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
			be = 1;
		else if (be && !ex_word_in(FILL, EX_NWORDS(FILL), t + ws, wl))
			return ex_word_in(VERDICT, EX_NWORDS(VERDICT), t + ws, wl);
		else if (!be && (w >= 8 || (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl) &&
		    /* "Scrapping that levy could add": "that" right after the
		     * verb is its determiner. */
		    !(w == 0 && wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0))))
			return 0;
		anchor_end = p;
	}
	return 0;
}
/* ex_hearsay_that - 1 if "that" opens the content of a noun of hearsay ending
 * at p, at most three words of time between ("Talk that", "Market chatter
 * last week that", "Rumours earlier this morning that"). */
static int
ex_hearsay_that(const char *t, size_t p, size_t hi)
{
	static const struct ex_word WHEN[] = {
	    EX_W("last"), EX_W("this"), EX_W("earlier"), EX_W("week"), EX_W("month"),
	    EX_W("morning"), EX_W("afternoon"), EX_W("evening"), EX_W("weekend"),
	    EX_W("yesterday"), EX_W("overnight"), EX_W("today"), EX_W("recently")};
	size_t ws, wl;

	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl) {
		if (wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0)
			return 1;
		if (!ex_word_in(WHEN, EX_NWORDS(WHEN), t + ws, wl))
			return 0;
	}
	return 0;
}
/*
 * ex_market_hope - 1 if the verb at anchor names only what a market move was
 * put down to: "on" or "amid" with a noun of hope or guesswork, at most six words
 * before it and no comma between ("futures are up on hopes of more purchases",
 * "shares rallied amid speculation that Seoul would lift the ban"); or what a
 * rumour or a forecast says, a noun of hearsay or odds right before "that" or
 * "of" ("Talk that Egypt would buy U.S. wheat circulated", "Rumours that Tokyo
 * will cut its tariff lifted prices", "We assign a 60% probability that the two
 * sides extend the truce", "a 30% probability of a short extension"), or what
 * is watched "for signs of": hearsay, odds and hopes bind no one.
 */
int
ex_market_hope(const char *t, size_t cs, size_t anchor)
{
	static const struct ex_word ON[] = {EX_W("on"), EX_W("amid"), EX_W("amidst")};
	static const struct ex_word HOPE[] = {
	    EX_W("hopes"), EX_W("hope"), EX_W("expectations"), EX_W("speculation"), EX_W("bets"),
	    EX_W("optimism"), EX_W("rumours"), EX_W("rumors"), EX_W("talk")};
	static const struct ex_word HEARSAY[] = {
	    EX_W("speculation"), EX_W("rumours"), EX_W("rumors"), EX_W("rumour"), EX_W("rumor"),
	    EX_W("talk"), EX_W("chatter"), EX_W("gossip"), EX_W("probability"), EX_W("chance"),
	    EX_W("likelihood"), EX_W("odds")};
	size_t ws, wl, pos = anchor, ps;

	for (int w = 0; w < 10; w++, pos = ws) {
		/* "a short-term extension": a hyphen joins one word. */
		if ((wl = ex_word_before(t, pos, cs, &ws)) == 0 && ws > cs + 1 && t[ws - 1] == '-')
			wl = ex_word_before(t, ws - 1, cs, &ws);
		if (wl == 0)
			break;
		if (ex_word_in(HEARSAY, EX_NWORDS(HEARSAY), t + ws, wl) &&
		    memchr(t + ws, ',', anchor - ws) == NULL &&
		    (ex_hearsay_that(t, ws + wl, anchor) || ex_ncasecmp(t + ws + wl, " of ", 4) == 0))
			return 1;
		/* "traders waited for signs of fresh Chinese buying": watched for. */
		if (w < 7 && wl == 5 && ex_ncasecmp(t + ws, "signs", 5) == 0 && ex_ncasecmp(t + ws + wl, " of ", 4) == 0 &&
		    ex_word_before(t, ws, cs, &ps) == 3 && ex_ncasecmp(t + ps, "for", 3) == 0)
			return 1;
		if (w >= 7 || !ex_word_in(HOPE, EX_NWORDS(HOPE), t + ws, wl))
			continue;
		if (memchr(t + ws, ',', anchor - ws) != NULL)
			return 0;
		wl = ex_word_before(t, ws, cs, &ps);
		return wl > 0 && ex_word_in(ON, EX_NWORDS(ON), t + ps, wl);
	}
	return 0;
}
/*
 * ex_report_commas - 1 if each comma in [a,b) only opens what one of the reports
 * said ("denied two reports that had moved markets, one saying Washington would
 * allow", "a story, which claimed Seoul would"): a pronoun for the reports, then
 * a verb of saying; any other comma ends
 * the denial ("rejected claims that the deal was dead, saying Japan would buy").
 */
static int
ex_report_commas(const char *t, size_t a, size_t b)
{
	static const struct ex_word WHICH[] = {
	    EX_W("one"), EX_W("another"), EX_W("both"), EX_W("each"), EX_W("other"), EX_W("neither"),
	    EX_W("which")};
	static const struct ex_word SAY[] = {
	    EX_W("saying"), EX_W("suggesting"), EX_W("claiming"), EX_W("that"), EX_W("which"),
	    EX_W("alleging"), EX_W("claimed"), EX_W("said"), EX_W("suggested"), EX_W("alleged")};
	const char *c;
	size_t ws, wl, w2s, w2l;

	for (; (c = memchr(t + a, ',', b - a)) != NULL; a = (size_t)(c - t) + 1) {
		wl = ex_word_after(t, (size_t)(c - t) + 1, b, &ws);
		if (wl == 0 || !ex_word_in(WHICH, EX_NWORDS(WHICH), t + ws, wl))
			return 0;
		w2l = ex_word_after(t, ws + wl, b, &w2s);
		if (w2l == 0 || !ex_word_in(SAY, EX_NWORDS(SAY), t + w2s, w2l))
			return 0;
	}
	return 1;
}
/* ex_nobody_end - the end of "Nobody" or "No one" as the word at [ws,ws+wl),
 * "one" before hi, else EX_NOPOS. */
static size_t
ex_nobody_end(const char *t, size_t ws, size_t wl, size_t hi)
{
	if (wl == 6 && ex_ncasecmp(t + ws, "nobody", 6) == 0)
		return ws + wl;
	if (wl == 2 && ex_ncasecmp(t + ws, "no", 2) == 0 && hi >= ws + wl + 5 &&
	    ex_ncasecmp(t + ws + wl, " one ", 5) == 0)
		return ws + wl + 4;
	return EX_NOPOS;
}
/*
 * ex_nobody_said - 1 if sentence [s,anchor) opens with "Nobody" or "No one" as
 * the subject of a verb of saying or pledging within six words ("Nobody has said
 * that the tariffs will come down", "No one in Tokyo has promised that", "Nobody
 * expects the duty to be cut"): what follows is what no one said.  "Nobody
 * doubts" affirms, and is not read.
 */
static int
ex_nobody_said(const char *t, size_t s, size_t anchor)
{
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("promised"), EX_W("pledged"), EX_W("committed"),
	    EX_W("agreed"), EX_W("guaranteed"), EX_W("announced"), EX_W("suggested"),
	    EX_W("expects"), EX_W("expected"), EX_W("claimed"), EX_W("claims"),
	    EX_W("confirmed"), EX_W("offered")};
	size_t ws, wl = ex_word_after(t, s, anchor, &ws), p;

	while (wl == 0 && ws < anchor && (t[ws] == '"' || t[ws] == '\n'))
		wl = ex_word_after(t, ws + 1, anchor, &ws);
	if ((p = ex_nobody_end(t, ws, wl, anchor)) == EX_NOPOS)
		return 0;
	for (int w = 0; w < 6 && (wl = ex_word_after(t, p, anchor, &ws)) > 0; w++, p = ws + wl)
		if (ex_word_in(SAY, EX_NWORDS(SAY), t + ws, wl))
			return 1;
	return 0;
}
/*
 * ex_nobody_after - 1 if a clause after anchor in [anchor,e) says no one has
 * pledged what came before: ", though nobody in either capital has promised
 * that", "but no one has committed to it", ", yet nobody has agreed to do so".
 * The pledge verb must take the clause before as its object ("that", "it",
 * "so", "this", or nothing), so "but nobody has confirmed the amount" does
 * not count, and "nobody expects" is not read.
 */
int
ex_nobody_after(const char *t, size_t anchor, size_t e)
{
	static const struct ex_word JOIN[] = {
	    EX_W("though"), EX_W("although"), EX_W("but"), EX_W("yet")};
	static const struct ex_word PLEDGE[] = {
	    EX_W("promised"), EX_W("pledged"), EX_W("committed"), EX_W("agreed"),
	    EX_W("guaranteed"), EX_W("confirmed"), EX_W("announced"), EX_W("offered")};
	static const struct ex_word BACK[] = {
	    EX_W("that"), EX_W("it"), EX_W("so"), EX_W("this"), EX_W("to"), EX_W("any")};
	size_t ws, wl, p, q, ns, nl;

	for (p = anchor; p < e; p++) {
		if (t[p] != ',' || (wl = ex_word_after(t, p + 1, e, &ws)) == 0 ||
		    !ex_word_in(JOIN, EX_NWORDS(JOIN), t + ws, wl))
			continue;
		p = ws + wl;
		wl = ex_word_after(t, p, e, &ws);
		if ((q = ex_nobody_end(t, ws, wl, e)) == EX_NOPOS)
			continue;
		p = q;
		for (int w = 0; w < 6 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl) {
			if (!ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl))
				continue;
			nl = ex_word_after(t, ws + wl, e, &ns);
			return nl == 0 || ns > ws + wl + 1 || ex_word_in(BACK, EX_NWORDS(BACK), t + ns, nl);
		}
	}
	return 0;
}
/*
 * ex_denied_scope - 1 if the verb at anchor stands in what [s,anchor) denies or
 * says nothing binds: a verb of denial with a report noun and "that" within six
 * words ("denied a local news report that Seoul had agreed to lift",
 * "dismissed claims that"), or "nothing" with a verb of binding within eight
 * words ("nothing in the joint statement commits Japanese refiners to buy"); no
 * comma between.
 */
int
ex_denied_scope(const char *t, size_t s, size_t anchor)
{
	static const struct ex_word DENY[] = {
	    EX_W("denied"), EX_W("denies"), EX_W("deny"), EX_W("denying"), EX_W("dismissed"),
	    EX_W("dismisses"), EX_W("rejected"), EX_W("rejects"), EX_W("refuted")};
	static const struct ex_word REPORT[] = {
	    EX_W("report"), EX_W("reports"), EX_W("claim"), EX_W("claims"), EX_W("suggestion"),
	    EX_W("suggestions"), EX_W("speculation"), EX_W("rumours"), EX_W("rumors"),
	    EX_W("story")};
	static const struct ex_word BIND[] = {
	    EX_W("commits"), EX_W("committed"), EX_W("obliges"), EX_W("obligates"),
	    EX_W("requires"), EX_W("binds"), EX_W("forces"), EX_W("compels")};
	size_t ws, wl, p, w2s, w2l;

	if (ex_nobody_said(t, s, anchor))
		return 1;
	for (p = s; (wl = ex_word_after(t, p, anchor, &ws)) > 0 || ws < anchor; p = ws + (wl > 0 ? wl : 1)) {
		int deny, report = 0;

		if (wl == 0)
			continue;
		deny = ex_word_in(DENY, EX_NWORDS(DENY), t + ws, wl);
		if (!deny && !(wl == 7 && ex_ncasecmp(t + ws, "nothing", 7) == 0))
			continue;
		/* "rejected claims that the deal was dead, saying Japan would buy":
		 * the scope ends at a comma. */
		if (!ex_report_commas(t, ws, anchor) || memchr(t + ws, ';', anchor - ws) != NULL)
			continue;
		for (size_t q = ws + wl, w = 0; w < 8 && (w2l = ex_word_after(t, q, anchor, &w2s)) > 0;
		    w++, q = w2s + w2l) {
			if (!deny && ex_word_in(BIND, EX_NWORDS(BIND), t + w2s, w2l))
				return 1;
			if (deny && w < 6 && ex_word_in(REPORT, EX_NWORDS(REPORT), t + w2s, w2l))
				report = 1;
			else if (deny && report && w2l == 4 && ex_ncasecmp(t + w2s, "that", 4) == 0)
				return 1;
		}
	}
	return 0;
}
/*
 * ex_group_demand - 1 if the frame at anchor is what a lobby asks for: a verb of
 * asking or hoping within six words before it, or eight with no comma between
 * ("lobbying Beijing for lower tariffs", "urged Tokyo to cut", "would continue to
 * press for the duties to be lowered") and a commentator noun (growers, farmers, exporters,
 * associations) before that verb in the sentence from s: "Citrus growers, who
 * have been lobbying Beijing for lower tariffs on oranges" is a lobby's wish, no
 * government's request.
 */
int
ex_group_demand(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	static const struct ex_word ASK[] = {
	    EX_W("lobbying"), EX_W("lobbied"), EX_W("lobby"), EX_W("campaigning"),
	    EX_W("campaigned"), EX_W("pushing"), EX_W("pushed"), EX_W("pressing"),
	    EX_W("pressed"), EX_W("urging"), EX_W("urged"), EX_W("calling"), EX_W("called"),
	    EX_W("asking"), EX_W("asked"), EX_W("press"),
	    /* "Canadian steelmakers had hoped Ottawa would also relax its surtax":
	     * a lobby's hope is its wish too, no government's offer. */
	    EX_W("hoped"), EX_W("hoping"),
	    /* "Some US lawmakers have demanded that China buy more wheat" */
	    EX_W("demanding"), EX_W("demanded"), EX_W("demand"), EX_W("demands")};
	const char *t = ctx->text;
	size_t ws, wl, pos = anchor;

	if (ctx->r->commentators.n == 0)
		return 0;
	for (int w = 0; w < 8 && (wl = ex_word_before(t, pos, s, &ws)) > 0; w++, pos = ws) {
		/* Past six words only with no comma between: "asked the
		 * government to seek a tariff cut", "asking USTR to press China for
		 * a written purchase schedule". */
		if (w >= 6 && memchr(t + ws, ',', anchor - ws) != NULL)
			return 0;
		if (!ex_word_in(ASK, EX_NWORDS(ASK), t + ws, wl))
			continue;
		for (size_t k = s, as, al; k < ws; k = as + (al > 0 ? al : 1))
			if ((al = ex_word_after(t, k, ws, &as)) > 0 &&
			    rules_list_has(&ctx->r->commentators, t + as, al))
				return 1;
		return 0;
	}
	return 0;
}

/*
 * ex_group_reaction - 1 if the frame at anchor is a lobby's word on a cut the
 * story has told: a verb of welcoming or saying, then "the" (a measure noun
 * between: "the tariff's", "the duty") and the anchor, a noun of the cut, with
 * a commentator noun (groups, exporters, growers, analysts) before the verb in
 * the sentence from s: "Business groups welcomed the tariff's removal",
 * "Growers' associations said the cut would restore a market", "Analysts said
 * the exemption would have little effect".  The cut is the government's, told
 * where it was made; the reaction names the lobby's own country, not a party
 * to it.  "Exporters said the government would cut tariffs" (a verb, no noun
 * of the cut) is not read.
 */
int
ex_group_reaction(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	static const struct ex_word REACT[] = {
	    EX_W("welcomed"), EX_W("welcomes"), EX_W("welcome"), EX_W("hailed"),
	    EX_W("praised"), EX_W("applauded"), EX_W("criticised"), EX_W("criticized"),
	    EX_W("said"), EX_W("says")};
	static const struct ex_word CUT[] = {
	    EX_W("removal"), EX_W("exemption"), EX_W("exemptions"), EX_W("reduction"),
	    EX_W("cut"), EX_W("cuts"), EX_W("elimination"), EX_W("lifting")};
	static const struct ex_word MEASURE[] = {
	    EX_W("tariff"), EX_W("tariff's"), EX_W("duty"), EX_W("duty's")};
	const char *t = ctx->text;
	size_t ws, wl, pos, owner;

	if (ctx->r->commentators.n == 0)
		return 0;
	/* The cut noun is the frame's anchor word; read no further than the text. */
	wl = ex_word_after(t, anchor, anchor + 16 < ctx->len ? anchor + 16 : ctx->len, &ws);
	if (wl == 0 || ws != anchor || !ex_word_in(CUT, EX_NWORDS(CUT), t + ws, wl))
		return 0;
	pos = anchor;
	/* "the tariff\u2019s removal": the curly apostrophe is no word byte. */
	if ((wl = ex_word_before(t, pos, s, &ws)) > 0 && (owner = ex_curly_owner_end(t, ws, wl, s)) > 0)
		wl = ex_word_before(t, owner, s, &ws);
	if (wl > 0 && ex_word_in(MEASURE, EX_NWORDS(MEASURE), t + ws, wl))
		pos = ws;
	if ((wl = ex_word_before(t, pos, s, &ws)) == 0 || wl != 3 || ex_ncasecmp(t + ws, "the", 3) != 0)
		return 0;
	if ((wl = ex_word_before(t, ws, s, &ws)) == 0 || !ex_word_in(REACT, EX_NWORDS(REACT), t + ws, wl))
		return 0;
	for (size_t k = s, as, al; k < ws; k = as + (al > 0 ? al : 1))
		if ((al = ex_word_after(t, k, ws, &as)) > 0 &&
		    rules_list_has(&ctx->r->commentators, t + as, al))
			return 1;
	return 0;
}

/*
 * ex_past_demand - 1 if the frame at anchor is what one side had asked for,
 * told in the past perfect: a verb of asking after "had" (an adverb or two
 * between: "also", "long", "repeatedly") at most ten words before the anchor,
 * with no comma, semicolon or clause word between ("The American side had
 * pressed for access for US corn", "Washington had also sought wider access
 * for US rice", "Tokyo had asked Seoul to lift its ban", "The EU had demanded
 * that Beijing drop its duties"): the demand is placed before the time the
 * story tells, negotiation history, no proposal in play.  "is pressing for",
 * "has asked Beijing to restore" (the demand still stands) are not read, nor
 * a sentence with a verb of saying ("India had pressed Seoul to lower its
 * tariffs, officials said"): there the past perfect is reported speech's
 * shift of tense, and the demand is the news.
 */
int
ex_past_demand(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor)
{
	static const struct ex_word ASK[] = {
	    EX_W("asked"), EX_W("pressed"), EX_W("pushed"), EX_W("sought"), EX_W("demanded"),
	    EX_W("urged"), EX_W("requested"), EX_W("lobbied"), EX_W("pressured"), EX_W("called")};
	static const struct ex_word ADV[] = {
	    EX_W("also"), EX_W("long"), EX_W("repeatedly"), EX_W("previously"), EX_W("earlier"),
	    EX_W("hard"), EX_W("first"), EX_W("initially"), EX_W("originally")};
	static const struct ex_word STOP[] = {
	    EX_W("which"), EX_W("who"), EX_W("but"), EX_W("and"), EX_W("while"), EX_W("after"),
	    EX_W("before"), EX_W("when"), EX_W("because"), EX_W("although")};
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("told"), EX_W("according"), EX_W("recalled"),
	    EX_W("added"), EX_W("reported")};
	const char *t = ctx->text;
	size_t ws, wl, pos = anchor, hs, hl, cs, ce;

	for (int w = 0; w < 10 && (wl = ex_word_before(t, pos, s, &ws)) > 0; w++, pos = ws) {
		if (memchr(t + ws + wl, ',', pos - (ws + wl)) != NULL || memchr(t + ws + wl, ';', pos - (ws + wl)) != NULL ||
		    ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl))
			return 0;
		if (!ex_word_in(ASK, EX_NWORDS(ASK), t + ws, wl))
			continue;
		/* The nearest verb of asking decides: "had" before it, or no past demand. */
		hl = ex_word_before(t, ws, s, &hs);
		for (int a = 0; a < 2 && hl > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + hs, hl); a++)
			hl = ex_word_before(t, hs, s, &hs);
		if (hl != 3 || ex_ncasecmp(t + hs, "had", 3) != 0)
			return 0;
		/* "had pressed Beijing, which agreed to buy": a pledge cue between. */
		for (size_t i = ex_first(ctx, ws + wl); i < ctx->m.n && ctx->m.v[i].start < anchor; i++)
			if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].value == STATUS_PLEDGED)
				return 0;
		/* Only the demand's own clause between semicolons: "Canada had asked
		 * China to drop its duties; a spokeswoman said the matter was not
		 * discussed" reports the answer in a clause of its own. */
		for (cs = ws; cs > s && t[cs - 1] != ';'; cs--)
			;
		for (ce = anchor; ce < e && t[ce] != ';'; ce++)
			;
		for (size_t k = cs, ks, kl; k < ce; k = ks + (kl > 0 ? kl : 1))
			if ((kl = ex_word_after(t, k, ce, &ks)) > 0 && ex_word_in(SAY, EX_NWORDS(SAY), t + ks, kl))
				return 0;
		return 1;
	}
	return 0;
}

/*
 * ex_participle_aside - 1 if the cue at pos opens a participle set off by commas
 * after the verb noun ("Korean Air's order for 103 Boeing jets, signed in August
 * 2025, is on track"): it tells when the noun came about; the predicate after
 * the closing comma tells how it stands.
 */
static int
ex_participle_aside(const char *t, size_t anchor_end, size_t pos, size_t hi)
{
	size_t k = pos, ws, wl = ex_word_after(t, pos, hi, &ws);

	while (k > anchor_end && t[k - 1] == ' ')
		k--;
	if (k <= anchor_end || t[k - 1] != ',' || wl < 4 || strncasecmp(t + ws + wl - 2, "ed", 2) != 0)
		return 0;
	/* "Indonesia's purchases of US soybeans, also part of the package,
	 * continued at a normal pace, the association said": after another
	 * aside's closing comma the participle is the main verb (not the comma
	 * of "13,000 tonnes"). */
	for (size_t p = anchor_end; p + 1 < k; p++)
		if (t[p] == ',' && t[p + 1] == ' ')
			return 0;
	for (k = ws + wl; k < hi && k < ws + 80; k++)
		if (t[k] == ',')
			return 1;
	return 0;
}

/*
 * ex_wish_aside - 1 if the cue x after the verb is a wish told in an aside that
 * names the act ("removed 12 firms from the Entity List, a step Beijing had
 * sought", ", a move long sought by ranchers", ", something Seoul had pushed
 * for"): who wanted it, not how the act stands.  The aside opens after a comma
 * with "a", "an", "something" or "what", at most eight words before the cue.
 */
static int
ex_wish_aside(const char *t, size_t anchor_end, const struct ex_mention *x)
{
	static const struct ex_word OPEN[] = {
	    EX_W("a"), EX_W("an"), EX_W("something"), EX_W("what")};
	static const struct ex_word WISH[] = {
	    EX_W("sought"), EX_W("demanded"), EX_W("requested"), EX_W("pushed"), EX_W("pressed"),
	    EX_W("lobbied"), EX_W("called"), EX_W("asked"), EX_W("wanted"), EX_W("hoped"), EX_W("urged")};
	size_t k = x->start, lo = x->start > anchor_end + 80 ? x->start - 80 : anchor_end, ws, wl;
	int spaces = 0;

	wl = ex_word_after(t, x->start, x->end, &ws);
	if (x->value != STATUS_PROPOSED || !ex_word_in(WISH, EX_NWORDS(WISH), t + ws, wl))
		return 0;
	while (k > lo && t[k - 1] != ',') {
		k--;
		if (t[k] == ';' || t[k] == ':' || t[k] == '"' || (t[k] == ' ' && ++spaces > 9))
			return 0;
	}
	if (k <= lo)
		return 0;
	wl = ex_word_after(t, k, x->start, &ws);
	return wl > 0 && ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl);
}

/*
 * ex_step_aside - 1 if the cue x after a past verb of a measure put in force
 * once sits in an aside that calls the act a step: a comma, "a", "an" or
 * "the", at most two words, then the cue with "step" in it ("lifted its ban on
 * US beef on Friday, a first step toward the broader deal", "restored the
 * licences ..., a first step under the truce", "cut its tariff to zero, the
 * initial step in carrying out the pact").  The aside places the act in a
 * larger deal; the act itself is done.  Not for a flow (buying, investing, a
 * crackdown: "signed contracts for LNG, a first concrete step toward Korea's
 * promise" is a purchase under way).
 */
static int
ex_step_aside(const struct ex_ctx *ctx, const struct ex_frame *f, const struct ex_mention *x)
{
	static const struct ex_word OPEN[] = {EX_W("a"), EX_W("an"), EX_W("the")};
	const char *t = ctx->text;
	size_t k = x->start, ws, wl;
	int words = 0;

	if (!f->past || f->trigger < 0 || ex_flow_trigger(ctx->r, f->trigger) || x->start <= f->anchor_end ||
	    (x->value != STATUS_PROPOSED && x->value != STATUS_IN_PROGRESS) || x->end - x->start < 4 ||
	    !memmem(t + x->start, x->end - x->start, "step", 4))
		return 0;
	while ((wl = ex_word_before(t, k, f->anchor_end, &ws)) > 0 && words < 3) {
		if (ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl))
			break;
		words++;
		k = ws;
	}
	if (wl == 0 || words >= 3)
		return 0;
	for (k = ws; k > f->anchor_end && t[k - 1] == ' '; k--)
		;
	return k > f->anchor_end && t[k - 1] == ',';
}

static int ex_done_state(const struct ex_ctx *, size_t, size_t, int);

/*
 * ex_aside_outcome - the status the predicate after a participle set off by
 * commas gives what comes before it ("Japan's commitment to buy US rice, agreed
 * in May 2025, is being honoured": in progress), or -1; *from: where that
 * predicate starts.
 */
int
ex_aside_outcome(const struct ex_ctx *ctx, size_t s, size_t e, size_t *from, int *pending)
{
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("were"), EX_W("is"), EX_W("are"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("remains"), EX_W("remain")};
	static const struct ex_word FIRST[] = {EX_W("first"), EX_W("originally"), EX_W("initially")};
	const char *t = ctx->text;
	size_t ws, wl;
	int coord, st;

	/* From comma to comma (memchr): it runs for every sentence with a frame. */
	for (size_t k = s; k + 2 < e; k++) {
		const char *close, *comma = memchr(t + k, ',', e - 2 - k);

		if (comma == NULL)
			break;
		k = (size_t)(comma - t);
		wl = ex_word_after(t, k + 1, e, &ws);
		/* "The regulation cutting tariffs on cars, and opening a quota
		 * for lobster, has been in force": a second participle joined
		 * by "and" shares the predicate after it. */
		coord = wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0;
		if (coord && ((wl = ex_word_after(t, ws + 3, e, &ws)) < 5 ||
		    strncasecmp(t + ws + wl - 3, "ing", 3) != 0))
			continue;
		/* "first agreed in 2020": an adverb of first time before the participle. */
		if (!coord && ex_word_in(FIRST, EX_NWORDS(FIRST), t + ws, wl))
			wl = ex_word_after(t, ws + wl, e, &ws);
		if (wl < 4 || (strncasecmp(t + ws + wl - 2, "ed", 2) != 0 && strncasecmp(t + ws + wl - 3, "ing", 3) != 0) ||
		    (strncasecmp(t + ws + wl - 3, "ing", 3) == 0 && ex_ncasecmp(t + k + 1, " and ", 5) != 0) ||
		    (close = memchr(t + ws, ',', e - ws)) == NULL || (size_t)(close - t) > ws + 80)
			continue;
		*from = (size_t)(close - t) + 1;
		if ((wl = ex_word_after(t, *from, e, &ws)) == 0 ||
		    (!coord && !ex_word_in(BE, EX_NWORDS(BE), t + ws, wl)))
			return -1;
		/* A predicate with a measure or verb of its own tells of that;
		 * deliveries ("with shipments under way") tell of this. */
		for (size_t i = ex_first(ctx, *from); i < ctx->m.n && ctx->m.v[i].start < e; i++)
			if (ctx->m.v[i].start >= *from && (ctx->m.v[i].kind == RULE_TRIGGER ||
			    (ctx->m.v[i].kind == RULE_MEASURE &&
			    ctx->m.v[i].value != ex_measure_index(ctx->r, "export"))))
				return -1;
		*pending = 0;
		st = ex_outcome_cues(ctx, *from, e, pending);
		/* Both acts under one measure now in force are done; so is one
		 * named by a subject with no cue of its own ("The regulation
		 * removing tariffs on US goods, approved by Parliament after a long
		 * fight, has been in force since March"): the aside tells how it
		 * came about, the predicate how it stands ("The tariffs Beijing
		 * promised to lift, imposed in 2018, remain in force" is not). */
		if (st < 0 && !*pending && (coord || !ex_has_kind(ctx, RULE_CUE, s, k)) &&
		    ex_done_state(ctx, *from, e, 1))
			st = STATUS_FULFILLED;
		return st;
	}
	return -1;
}

/*
 * ex_and_to - 1 if t[a,b) holds "and to" or "and": the verb at b is a demand of
 * its own after the pledge noun ("urged the US side to honour its commitments
 * and to lift its restrictions": the lifting is asked, not pledged).
 */
static int
ex_and_to(const char *t, size_t a, size_t b)
{
	size_t ws, wl;

	for (size_t p = a; p < b && (wl = ex_word_after(t, p, b, &ws)) > 0; p = ws + wl)
		if (wl == 3 && strncasecmp(t + ws, "and", 3) == 0)
			return 1;
	return 0;
}

/*
 * ex_kept_suspension - 1 if the pause verb at [anchor,end) says a suspension
 * stays in force ("would stay suspended until February", "remain suspended",
 * "kept suspended"): whatever the tense, the pause holds now, so it is in effect
 * (fulfilled), not a promise.  A decision still to be carried out ("will
 * extend the suspension", "will maintain its suspension for six months") stays
 * one.
 */
int
ex_kept_suspension(const char *t, size_t anchor, size_t end)
{
	static const struct ex_word KEEP[] = {
	    EX_W("stay"), EX_W("stays"), EX_W("stayed"), EX_W("remain"), EX_W("remains"),
	    EX_W("remained"), EX_W("kept")};
	size_t ws, wl = ex_word_after(t, anchor, end, &ws);

	return wl > 0 && ex_word_in(KEEP, EX_NWORDS(KEEP), t + ws, wl);
}

/*
 * ex_grant_denied - 1 if the word at [ws,ws+wl) is a verb of granting right
 * after a negation ("did not accept", "has not agreed", "never granted"): a
 * refusal.
 */
static int
ex_grant_denied(const char *t, size_t lo, size_t ws, size_t wl)
{
	static const struct ex_word GRANT[] = {
	    EX_W("agreed"), EX_W("agree"), EX_W("accepted"), EX_W("accept"), EX_W("granted"),
	    EX_W("grant"), EX_W("heeded"), EX_W("heed")};
	static const struct ex_word NOT[] = {
	    EX_W("not"), EX_W("never"), EX_W("yet")};
	size_t ns, nl;

	return wl > 0 && ex_word_in(GRANT, EX_NWORDS(GRANT), t + ws, wl) &&
	    (nl = ex_word_before(t, ws, lo, &ns)) > 0 && ex_word_in(NOT, EX_NWORDS(NOT), t + ns, nl);
}

/* ex_grant_closes - 1 if the verb of granting ending at p takes nothing but
 * the request back ("a request China has not agreed to.", "has not accepted
 * it", "has not granted that so far"), not terms of its own ("had not agreed on
 * a date"). */
static int
ex_grant_closes(const char *t, size_t p, size_t e)
{
	static const struct ex_word BACK[] = {
	    EX_W("it"), EX_W("that"), EX_W("this"), EX_W("them"), EX_W("so"), EX_W("yet"),
	    EX_W("the"), EX_W("do")};
	size_t ws, wl = ex_word_after(t, p, e, &ws);

	/* "was not accepted, the minister acknowledged": the clause ends there. */
	if (p < e && t[p] == ',')
		return 1;
	if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
		wl = ex_word_after(t, ws + wl, e, &ws);
	return wl == 0 || ex_word_in(BACK, EX_NWORDS(BACK), t + ws, wl);
}
/* ex_not_negotiable - 1 if the word at [ws,ws+wl) is "negotiable" after "not"
 * or "non-", or "non-negotiable": what was asked is refused ("U.S. officials
 * have said those restrictions are not negotiable"). */
static int
ex_not_negotiable(const char *t, size_t lo, size_t ws, size_t wl)
{
	size_t ns, nl;

	/* "non" and "-negotiable" are two words. */
	if (wl == 11 && ex_ncasecmp(t + ws, "-negotiable", 11) == 0)
		return ws >= lo + 3 && ex_ncasecmp(t + ws - 3, "non", 3) == 0;
	if (wl != 10 || ex_ncasecmp(t + ws, "negotiable", 10) != 0)
		return 0;
	nl = ex_word_before(t, ws, lo, &ns);
	return nl == 3 && ex_ncasecmp(t + ns, "not", 3) == 0;
}
/* ex_ruled_out - 1 if the word at [ws,ws+wl) is "ruled", "rules" or "ruling"
 * with "out" right after it or after a pronoun ("which New Delhi has ruled
 * out", "but Tokyo ruled that out", "Beijing ruled out any change"): a
 * refusal ("the court ruled that the duties were illegal" is none). */
static int
ex_ruled_out(const char *t, size_t ws, size_t wl, size_t hi)
{
	static const struct ex_word RULE[] = {EX_W("ruled"), EX_W("rules"), EX_W("ruling")};
	static const struct ex_word BACK[] = {
	    EX_W("it"), EX_W("that"), EX_W("this"), EX_W("them"), EX_W("those")};
	size_t ns, nl;

	if (wl == 0 || !ex_word_in(RULE, EX_NWORDS(RULE), t + ws, wl) ||
	    (nl = ex_word_after(t, ws + wl, hi, &ns)) == 0)
		return 0;
	if (ex_word_in(BACK, EX_NWORDS(BACK), t + ns, nl))
		nl = ex_word_after(t, ns + nl, hi, &ns);
	return nl == 3 && ex_ncasecmp(t + ns, "out", 3) == 0;
}
/*
 * ex_refusal - the party that refuses in later clause [cs,ce) ("..., but
 * Washington refused", "but Tokyo rejected the request", "and Beijing turned it
 * down"), or -1: a request its addressee turned down is no commitment (the
 * contract's "demand that the actor rejected").
 */
int
ex_refusal(const struct ex_ctx *ctx, size_t cs, size_t ce)
{
	static const struct ex_word NO[] = {
	    EX_W("refused"), EX_W("rejected"), EX_W("rebuffed"), EX_W("turned"), EX_W("spurned"),
	    EX_W("dismissed")};
	int party = -1;

	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < ce; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;

		if (x->start < cs)
			continue;
		/* "accept" is a trigger of its own: denied, it refuses. */
		if (x->kind == RULE_TRIGGER && !(party >= 0 &&
		    ex_grant_denied(ctx->text, cs, x->start, x->end - x->start)))
			return -1;
		if (x->kind != RULE_ACTOR || party >= 0)
			continue;
		party = x->value;
		/* The party's verb within three words ("US officials swiftly
		 * rejected", "Washington has refused"), or a grant denied ("the
		 * U.S. side did not accept"). */
		wl = ex_word_after(ctx->text, x->end, ce, &ws);
		for (int w = 0; w < 3 && wl > 0 && !ex_word_in(NO, EX_NWORDS(NO), ctx->text + ws, wl) &&
		    !ex_grant_denied(ctx->text, cs, ws, wl) && !ex_ruled_out(ctx->text, ws, wl, ce); w++)
			wl = ex_word_after(ctx->text, ws + wl, ce, &ws);
		if (!ex_word_in(NO, EX_NWORDS(NO), ctx->text + ws, wl) && !ex_grant_denied(ctx->text, cs, ws, wl) &&
		    !ex_ruled_out(ctx->text, ws, wl, ce))
			return -1;
	}
	return party;
}

/*
 * ex_request_dropped - 1 if later clause [cs,ce) says the request itself was
 * withdrawn or turned down, a conjunction and a determiner aside: "...; that
 * demand was dropped from the final text", "..., but the request was later
 * withdrawn", "and the demand has been shelved": what was asked is no
 * commitment of anyone, whoever dropped it.
 */
int
ex_request_dropped(const char *t, size_t cs, size_t ce)
{
	static const struct ex_word CONJ[] = {
	    EX_W("but"), EX_W("and"), EX_W("yet"), EX_W("though"), EX_W("although")};
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("that"), EX_W("this"), EX_W("those"), EX_W("these"), EX_W("its"),
	    EX_W("their"), EX_W("such"), EX_W("both")};
	static const struct ex_word NOUN[] = {
	    EX_W("demand"), EX_W("demands"), EX_W("request"), EX_W("requests"), EX_W("call"),
	    EX_W("calls"), EX_W("plea"), EX_W("proposal"), EX_W("proposals")};
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("were"), EX_W("been"), EX_W("has"), EX_W("have"), EX_W("had"),
	    EX_W("later"), EX_W("eventually"), EX_W("ultimately"), EX_W("quietly"), EX_W("since"),
	    EX_W("swiftly"), EX_W("flatly")};
	static const struct ex_word DROP[] = {
	    EX_W("dropped"), EX_W("withdrawn"), EX_W("abandoned"), EX_W("shelved"),
	    EX_W("rejected"), EX_W("refused"), EX_W("rebuffed"), EX_W("spurned"), EX_W("dismissed")};
	size_t ws, wl;
	int be = 0;

	while (cs < ce && (t[cs] == ',' || t[cs] == ';' || t[cs] == ':' || t[cs] == ' '))
		cs++;
	wl = ex_word_after(t, cs, ce, &ws);
	if (wl > 0 && ex_word_in(CONJ, EX_NWORDS(CONJ), t + ws, wl))
		wl = ex_word_after(t, ws + wl, ce, &ws);
	if (wl == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, ce, &ws);
	if (wl == 0 || !ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_after(t, ws + wl, ce, &ws)) > 0 &&
	    ex_word_in(BE, EX_NWORDS(BE), t + ws, wl); w++)
		be = 1;
	return be && wl > 0 && ex_word_in(DROP, EX_NWORDS(DROP), t + ws, wl);
}

/*
 * ex_refused_after - 1 if [lo,hi), after a request, says it was turned down:
 * "Brazil's request for the removal of the tariff was rejected by Washington",
 * "... has been rebuffed".
 */
int
ex_refused_after(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("were"), EX_W("been"), EX_W("is"), EX_W("are")};
	static const struct ex_word NO[] = {
	    EX_W("rejected"), EX_W("refused"), EX_W("rebuffed"), EX_W("turned"), EX_W("spurned"),
	    EX_W("dismissed")};
	size_t ws, wl, ws2, wl2;

	for (size_t p = lo; p < hi; p++) {
		if (!ex_word_byte((unsigned char)t[p]) || (p > lo && ex_word_byte((unsigned char)t[p - 1])))
			continue;
		wl = ex_word_after(t, p, hi, &ws);
		if (wl > 0 && ex_word_in(BE, EX_NWORDS(BE), t + ws, wl) &&
		    (wl2 = ex_word_after(t, ws + wl, hi, &ws2)) > 0 && ex_word_in(NO, EX_NWORDS(NO), t + ws2, wl2))
			return 1;
		/* "but those items were not part of the text", "were left out of the
		 * deal": what was asked did not get in. */
		if (wl > 0 && ex_word_in(BE, EX_NWORDS(BE), t + ws, wl) &&
		    ((ws + wl + 12 <= hi && ex_ncasecmp(t + ws + wl, " not part of", 12) == 0) ||
		    (ws + wl + 9 <= hi && ex_ncasecmp(t + ws + wl, " left out", 9) == 0) ||
		    (ws + wl + 13 <= hi && ex_ncasecmp(t + ws + wl, " not included", 13) == 0)))
			return 1;
	}
	return 0;
}

/*
 * ex_request_noun - 1 if a noun of asking and "for" stand within the six words
 * before the verb at anchor ("Australia's demand for a bigger sugar quota",
 * "a request for lower duties"): what follows is what one side asked for.
 */
int
ex_request_noun(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word ASK[] = {
	    EX_W("demand"), EX_W("demands"), EX_W("request"), EX_W("requests"), EX_W("call"),
	    EX_W("calls"), EX_W("plea"), EX_W("appeal"), EX_W("bid")};
	size_t ws, wl, pos = anchor;
	int w = 0;

	for (; w < 6 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws)
		if (wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0) {
			wl = ex_word_before(t, ws, lo, &ws);
			return wl > 0 && ex_word_in(ASK, EX_NWORDS(ASK), t + ws, wl);
		}
	return 0;
}
/* ex_answer_span - where the sentence that answers the one ending at e starts,
 * its end in *end: the next sentence, or the one after a question right after
 * it ("... asked China to lift its ban. Will China do so?" and then "That
 * request is not acceptable"; "Reports say China will buy corn. Can you
 * confirm?" and then the answer). */
size_t
ex_answer_span(const char *t, size_t e, size_t len, size_t *end)
{
	size_t p = e, q = e;

	for (int k = 0; k < 2; k++) {
		p = q;
		while (p < len && (t[p] == ' ' || t[p] == '\n'))
			p++;
		/* Only a byte that may end a sentence stops or ends the walk. */
		for (q = p; (q = sentence_stop(t, q, len)) < len && t[q] != '\n'; q++)
			if ((t[q] == '.' || t[q] == '!' || t[q] == '?') &&
			    (q + 1 >= len || t[q + 1] == ' ' || t[q + 1] == '\n') &&
			    !(t[q] == '.' && q >= p + 3 && t[q - 1] >= 'A' && t[q - 1] <= 'Z' &&
			    t[q - 2] == '.'))  /* "U.S. officials" */
				break;
		if (q >= len || t[q] != '?')
			break;
		q++;
	}
	*end = q;
	return p;
}
/* EX_REPORT_NOUNS, EX_UNTRUE - a report passed on and the words that call it
 * untrue ("called the report groundless", "reports of a deal were
 * inaccurate"): ex_report_denied_next and ex_report_denied_after. */
static const struct ex_word EX_REPORT_NOUNS[] = {
    EX_W("report"), EX_W("reports"), EX_W("claim"), EX_W("claims"), EX_W("story"),
    EX_W("stories"), EX_W("speculation"), EX_W("rumours"), EX_W("rumors"), EX_W("rumour"),
    EX_W("rumor")};
static const struct ex_word EX_UNTRUE[] = {
    EX_W("false"), EX_W("groundless"), EX_W("baseless"), EX_W("untrue"), EX_W("inaccurate"),
    EX_W("unfounded"), EX_W("fake"), EX_W("wrong"), EX_W("fabricated")};
/*
 * ex_report_denied_next - 1 if sentence [s,e) passes on a report ("reported",
 * "reports say", "according to") and the sentence that answers it denies the
 * report: "A newsletter reported that Beijing was studying corn purchases.
 * The ministry denied the report on Tuesday", "... Tokyo dismissed such
 * reports", "... called the report groundless", or, after a question, "China
 * has never promised to buy a set amount of corn".
 */
int
ex_report_denied_next(const char *t, size_t s, size_t e, size_t len)
{
	static const struct ex_word SAY[] = {
	    EX_W("reported"), EX_W("reports"), EX_W("report"), EX_W("reportedly"),
	    EX_W("according")};
	static const struct ex_word DENY[] = {
	    EX_W("denied"), EX_W("denies"), EX_W("dismissed"), EX_W("dismisses"), EX_W("rejected"),
	    EX_W("rejects"), EX_W("refuted"), EX_W("called")};
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("such"), EX_W("these"), EX_W("those"), EX_W("that"), EX_W("this")};
	static const struct ex_word PLEDGE[] = {
	    EX_W("promised"), EX_W("agreed"), EX_W("pledged"), EX_W("committed")};
	static const struct ex_word BACK[] = {EX_W("this"), EX_W("it")};
	size_t p, end, ws, wl, ns, nl;
	int said = 0;

	for (p = s; !said && ((wl = ex_word_after(t, p, e, &ws)) > 0 || ws < e); p = ws + (wl > 0 ? wl : 1))
		said = wl > 0 && ex_word_in(SAY, EX_NWORDS(SAY), t + ws, wl);
	if (!said)
		return 0;
	for (p = ex_answer_span(t, e, len, &end); (wl = ex_word_after(t, p, end, &ws)) > 0 || ws < end;
	    p = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0)
			continue;
		if (wl == 5 && ex_ncasecmp(t + ws, "never", 5) == 0 &&
		    (nl = ex_word_after(t, ws + wl, end, &ns)) > 0 && ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ns, nl))
			return 1;
		if (!ex_word_in(DENY, EX_NWORDS(DENY), t + ws, wl) ||
		    (nl = ex_word_after(t, ws + wl, end, &ns)) == 0)
			continue;
		/* "The ministry denied this, saying there was no such arrangement":
		 * the pronoun, closed by punctuation, is the report itself ("denied
		 * it had halted purchases" goes on to a clause of its own). */
		if (ex_word_in(BACK, EX_NWORDS(BACK), t + ns, nl) && (wl != 6 || ex_ncasecmp(t + ws, "called", 6) != 0) &&
		    (ns + nl >= end || t[ns + nl] == ',' || t[ns + nl] == ';' || t[ns + nl] == '.'))
			return 1;
		if (!ex_word_in(DET, EX_NWORDS(DET), t + ns, nl) ||
		    (nl = ex_word_after(t, ns + nl, end, &ns)) == 0 || !ex_word_in(EX_REPORT_NOUNS, EX_NWORDS(EX_REPORT_NOUNS), t + ns, nl))
			continue;
		/* "called the report groundless"; "called the report a sign" is no denial. */
		if (wl != 6 || ex_ncasecmp(t + ws, "called", 6) != 0)
			return 1;
		if ((nl = ex_word_after(t, ns + nl, end, &ns)) > 0 && ex_word_in(EX_UNTRUE, EX_NWORDS(EX_UNTRUE), t + ns, nl))
			return 1;
	}
	return 0;
}
/* ex_skip_quotes - past spaces and straight or curly quotes from p (before hi). */
size_t
ex_skip_quotes(const char *t, size_t p, size_t hi)
{
	for (;;) {
		if (p < hi && (t[p] == ' ' || t[p] == '"' || t[p] == '\''))
			p++;
		else if (p + 3 <= hi && memcmp(t + p, "\xe2\x80", 2) == 0 &&
		    ((unsigned char)t[p + 2] >= 0x98 && (unsigned char)t[p + 2] <= 0x9d))
			p += 3;
		else
			return p;
	}
}
/*
 * ex_report_denied_after - 1 if the frame at [anchor,anchor_end) stands in a
 * report whose own predicate, later in the sentence [s,e), denies it: a
 * report noun before it with "that" or "of" after it ("A Bloomberg report last
 * week that China was preparing to buy", "reports of a deal for 3 million
 * tonnes") and after it a form of "be" with a word of denial or falsehood
 * ("was denied by the commerce ministry", "were \"inaccurate\"", "were
 * dismissed").  No semicolon between.
 */
int
ex_report_denied_after(const char *t, size_t s, size_t anchor, size_t anchor_end, size_t e)
{
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("were"), EX_W("is"), EX_W("are"), EX_W("been")};
	static const struct ex_word DENIED[] = {
	    EX_W("denied"), EX_W("dismissed"), EX_W("rejected"), EX_W("refuted")};
	size_t p, ws, wl, ns, nl;
	int report = 0;

	for (p = s; !report && ((wl = ex_word_after(t, p, anchor, &ws)) > 0 || ws < anchor);
	    p = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0 || !ex_word_in(EX_REPORT_NOUNS, EX_NWORDS(EX_REPORT_NOUNS), t + ws, wl))
			continue;
		/* "that" within four words, or "of" right after. */
		for (size_t q = ws + wl, w = 0; w < 4 && (nl = ex_word_after(t, q, anchor, &ns)) > 0; w++, q = ns + nl)
			if ((nl == 4 && ex_ncasecmp(t + ns, "that", 4) == 0) ||
			    (w == 0 && nl == 2 && ex_ncasecmp(t + ns, "of", 2) == 0)) {
				report = memchr(t + ws, ';', anchor - ws) == NULL;
				break;
			}
	}
	if (!report)
		return 0;
	for (p = anchor_end; (wl = ex_word_after(t, p, e, &ws)) > 0 || ws < e; p = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0) {
			if (t[ws] == ';')
				return 0;
			continue;
		}
		if (!ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
			continue;
		nl = ex_word_after(t, ex_skip_quotes(t, ws + wl, e), e, &ns);
		if (nl > 0 && (ex_word_in(DENIED, EX_NWORDS(DENIED), t + ns, nl) ||
		    ex_word_in(EX_UNTRUE, EX_NWORDS(EX_UNTRUE), t + ns, nl)))
			return 1;
	}
	return 0;
}
/*
 * ex_premise_unconfirmed - 1 if sentence [s,e) is the premise of a questioner's
 * turn that the answer leaves unconfirmed: its line opens with a speaker's label
 * ("Reuters:", "CCTV reporter:"), passes on a report or a claim ("There are
 * reports that", "says it will"), goes on to a question, and the next line, the
 * answer, opens with no confirmation ("I have no information", "I would refer
 * you to the competent authorities", "I am not aware of").  A premise the answer
 * takes up ("Yes, and the first cargoes have sailed") stays.
 */
int
ex_premise_unconfirmed(const char *t, size_t s, size_t e, size_t len)
{
	static const struct ex_word SAY[] = {
	    EX_W("reports"), EX_W("reported"), EX_W("reporting"), EX_W("says"), EX_W("said"),
	    EX_W("according")};
	static const struct ex_word NONE[] = {
	    EX_W("no information"), EX_W("not aware of"), EX_W("refer you to"), EX_W("no comment"),
	    EX_W("no comments"), EX_W("not in a position to"), EX_W("cannot confirm"),
	    EX_W("can't confirm")};
	size_t ls, le, p, q, ws, wl;
	const char *nl;
	int said = 0;

	nl = s > 0 ? memrchr(t, '\n', s) : NULL;
	ls = nl != NULL ? (size_t)(nl - t) + 1 : 0;
	/* A speaker's label: a colon within the line's first 40 bytes. */
	q = ls + 40 < e ? ls + 40 : e;
	if (memchr(t + ls, ':', q - ls) == NULL)
		return 0;
	nl = memchr(t + e, '\n', len - e);
	le = nl != NULL ? (size_t)(nl - t) : len;
	if (memchr(t + e, '?', le - e) == NULL)
		return 0;
	for (p = s; !said && ((wl = ex_word_after(t, p, e, &ws)) > 0 || ws < e); p = ws + (wl > 0 ? wl : 1))
		said = wl > 0 && ex_word_in(SAY, EX_NWORDS(SAY), t + ws, wl);
	if (!said)
		return 0;
	/* The answer: the next line with text, its first 160 bytes. */
	for (p = le; p < len && (t[p] == '\n' || t[p] == ' '); p++)
		;
	return ex_phrase_in(NONE, EX_NWORDS(NONE), t, p, p + 160 < len ? p + 160 : len);
}
/*
 * ex_refused_act - 1 if the word at [ws,ws+wl) refuses the act asked for,
 * told by its verb: "Japan has refused to buy more US rice", "Beijing has not
 * agreed to cut those tariffs", "Seoul declined to open its beef market",
 * "has not committed to increase its purchases".  "declined to comment",
 * "refused to say" take no verb of the list.  Reads two words after.
 */
static int
ex_refused_act(const char *t, size_t ws, size_t wl, size_t end)
{
	static const struct ex_word REFUSE[] = {
	    EX_W("refused"), EX_W("refuses"), EX_W("declined"), EX_W("declines")};
	static const struct ex_word GRANT[] = {
	    EX_W("agreed"), EX_W("agree"), EX_W("committed"), EX_W("commit")};
	static const struct ex_word ACT[] = {
	    EX_W("buy"), EX_W("purchase"), EX_W("import"), EX_W("increase"), EX_W("raise"),
	    EX_W("expand"), EX_W("cut"), EX_W("lower"), EX_W("reduce"), EX_W("lift"),
	    EX_W("remove"), EX_W("drop"), EX_W("ease"), EX_W("relax"), EX_W("open"),
	    EX_W("reopen"), EX_W("resume"), EX_W("grant"), EX_W("allow"), EX_W("scrap"),
	    EX_W("waive"), EX_W("exempt"), EX_W("invest"), EX_W("suspend"), EX_W("halt")};
	size_t ns, nl;

	if (!ex_word_in(REFUSE, EX_NWORDS(REFUSE), t + ws, wl) &&
	    !(ex_word_in(GRANT, EX_NWORDS(GRANT), t + ws, wl) && ws >= 4 && ex_ncasecmp(t + ws - 4, "not ", 4) == 0))
		return 0;
	if ((nl = ex_word_after(t, ws + wl, end, &ns)) != 2 || ex_ncasecmp(t + ns, "to", 2) != 0)
		return 0;
	nl = ex_word_after(t, ns + nl, end, &ns);
	return nl > 0 && ex_word_in(ACT, EX_NWORDS(ACT), t + ns, nl);
}
/*
 * ex_next_refusal - 1 if the sentence after the one ending at e turns down a
 * request or demand ("Korean negotiators turned down both requests", "The
 * ministry did not grant that request", "That request is not acceptable to us",
 * "the request had been heard, but no change was planned"): a noun of asking and
 * a verb of refusal; a question right after the request ("Will China do so?")
 * is passed over to its answer.
 */
static int
ex_next_refusal(const char *t, size_t e, size_t len)
{
	static const struct ex_word NOUN[] = {
	    EX_W("request"), EX_W("requests"), EX_W("demand"), EX_W("demands"), EX_W("proposal"),
	    EX_W("call"), EX_W("plea")};
	static const struct ex_word NO[] = {
	    EX_W("rejected"), EX_W("refused"), EX_W("rebuffed"), EX_W("dismissed"),
	    EX_W("declined"), EX_W("turned"), EX_W("spurned"), EX_W("unacceptable")};
	static const struct ex_word GRANT[] = {
	    EX_W("grant"), EX_W("accept"), EX_W("approve"), EX_W("agree"), EX_W("acceptable"),
	    EX_W("granted"), EX_W("accepted"), EX_W("approved"), EX_W("agreed")};
	static const struct ex_word UNDONE[] = {
	    EX_W("lifted"), EX_W("relaxed"), EX_W("eased"), EX_W("removed"), EX_W("scrapped"),
	    EX_W("lowered"), EX_W("reduced"), EX_W("cut"), EX_W("dropped"), EX_W("waived"),
	    EX_W("granted"), EX_W("changed"), EX_W("reopened"), EX_W("opened")};
	static const struct ex_word CHANGE[] = {
	    EX_W("change"), EX_W("changes"), EX_W("plan"), EX_W("plans")};
	static const struct ex_word PROMISE[] = {
	    EX_W("commitment"), EX_W("commitments"), EX_W("promise"), EX_W("promises"), EX_W("pledge")};
	static const struct ex_word BARE[] = {
	    EX_W("refused"), EX_W("refuses"), EX_W("declined"), EX_W("declines"), EX_W("rebuffed"),
	    EX_W("balked")};
	static const struct ex_word BACK[] = {
	    EX_W("that"), EX_W("this"), EX_W("it"), EX_W("those"), EX_W("these"), EX_W("them")};
	static const struct ex_word IDEA[] = {
	    EX_W("idea"), EX_W("approach"), EX_W("sequencing"), EX_W("suggestion"), EX_W("notion"),
	    EX_W("condition"), EX_W("conditions"), EX_W("linkage"), EX_W("demand"), EX_W("request"),
	    EX_W("proposal")};
	size_t p, ws, wl, end, ns, nl;
	int noun = 0, no = 0;

	p = ex_answer_span(t, e, len, &end);
	for (; (wl = ex_word_after(t, p, end, &ws)) > 0 || ws < end; p = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0)
			continue;
		noun |= ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl);
		no |= ex_word_in(NO, EX_NWORDS(NO), t + ws, wl);
		/* "did not grant", "would not accept", "is not acceptable", "has not
		 * agreed to this request": only negated. */
		no |= ex_word_in(GRANT, EX_NWORDS(GRANT), t + ws, wl) && ws >= 4 &&
		    ex_ncasecmp(t + ws - 4, "not ", 4) == 0;
		/* "the ban will not be lifted", "the quota won't be changed": the
		 * measure asked about stays, which answers the request (no noun of
		 * asking needed). */
		if (ex_word_in(UNDONE, EX_NWORDS(UNDONE), t + ws, wl) && ws >= 7 &&
		    (ex_ncasecmp(t + ws - 7, "not be ", 7) == 0 || ex_ncasecmp(t + ws - 6, "'t be ", 6) == 0 ||
		    (ws >= 9 && ex_ncasecmp(t + ws - 9, "never be ", 9) == 0)))
			noun = no = 1;
		/* "the request had been heard, but no change was planned"; "The
		 * Chinese side has made no commitment concerning wheat". */
		no |= wl == 2 && ex_ncasecmp(t + ws, "no", 2) == 0 &&
		    (nl = ex_word_after(t, ws + wl, end, &ns)) > 0 && ex_word_in(CHANGE, EX_NWORDS(CHANGE), t + ns, nl);
		if (wl == 2 && ex_ncasecmp(t + ws, "no", 2) == 0 && (nl = ex_word_after(t, ws + wl, end, &ns)) > 0 &&
		    ex_word_in(PROMISE, EX_NWORDS(PROMISE), t + ns, nl))
			noun = no = 1;
		/* "U.S. officials have refused, and ...", "Tokyo refused.", "Seoul
		 * declined to do so": a refusal with no object of its own answers
		 * the request ("declined to comment" answers nothing). */
		/* "The U.S. side has rejected that sequencing", "Tokyo dismissed the
		 * idea", "Seoul rejected it": a refusal whose object points back. */
		if (ex_word_in(NO, EX_NWORDS(NO), t + ws, wl) &&
		    (nl = ex_word_after(t, ws + wl, end, &ns)) > 0 && (ex_word_in(BACK, EX_NWORDS(BACK), t + ns, nl) ||
		    (nl == 3 && ex_ncasecmp(t + ns, "the", 3) == 0 && (nl = ex_word_after(t, ns + nl, end, &ns)) > 0 &&
		    ex_word_in(IDEA, EX_NWORDS(IDEA), t + ns, nl))))
			noun = no = 1;
		/* "Beijing ruled out any change", "Tokyo has ruled that out". */
		if (ex_ruled_out(t, ws, wl, end))
			noun = no = 1;
		/* "Japan has not agreed to increase its rice imports": the act
		 * asked for, refused by its verb. */
		if (ex_refused_act(t, ws, wl, end))
			noun = no = 1;
		if (ex_word_in(BARE, EX_NWORDS(BARE), t + ws, wl) &&
		    ((ws + wl < end && (t[ws + wl] == ',' || t[ws + wl] == ';')) || ws + wl == end ||
		    (ws + wl + 9 <= end && ex_ncasecmp(t + ws + wl, " to do so", 9) == 0)))
			noun = no = 1;
		/* "The Commission said no.", "The Americans said no, clearly and
		 * politely": a bare "no" said answers the request. */
		if (wl == 2 && ex_ncasecmp(t + ws, "no", 2) == 0 && ws >= e + 5 &&
		    (ex_ncasecmp(t + ws - 5, "said ", 5) == 0 || ex_ncasecmp(t + ws - 5, "says ", 5) == 0) &&
		    (ws + wl == end || t[ws + wl] == ',' || t[ws + wl] == ';'))
			noun = no = 1;
	}
	return noun && no;
}
/*
 * ex_done_state - 1 if [lo,hi) holds a cue that says a measure was carried
 * out; with state, a state of being in force counts too (the subject is the
 * measure itself: "the decree ... has been in force for a year").
 */
static int
ex_done_state(const struct ex_ctx *ctx, size_t lo, size_t hi, int state)
{
	static const struct ex_word STATE[] = {
	    EX_W("already"), EX_W("in effect"), EX_W("in force"), EX_W("now in effect"),
	    EX_W("effective today")};

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start >= lo && x->kind == RULE_CUE && x->value == STATUS_FULFILLED &&
		    (state || !ex_word_in(STATE, EX_NWORDS(STATE), ctx->text + x->start, x->end - x->start)) &&
		    !ex_has_kind(ctx, RULE_NEGATION, x->start > lo + 24 ? x->start - 24 : lo, x->start))
			return 1;
	}
	return 0;
}
/*
 * ex_done_cue - 1 if [lo,hi) holds a cue that says a measure was carried out
 * ("the lower rate has finally taken effect", "was implemented in May"), not one
 * that may tell of the measure the pledge was to undo ("tariffs remain in
 * force", "already").
 */
int
ex_done_cue(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	return ex_done_state(ctx, lo, hi, 0);
}

/*
 * ex_framing_end - the comma closing an opening that dates the sentence from an
 * old commitment ("A year after the EU agreed to buy $750bn of US energy,",
 * "Six months since Beijing promised to resume purchases,", "One year on from
 * the truce,"; a dateline "BRUSSELS -" before it is skipped), else s.  What the
 * opening tells is background: the main clause says how things stand.
 */
size_t
ex_framing_end(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word COUNT[] = {
	    EX_W("a"), EX_W("one"), EX_W("two"), EX_W("three"), EX_W("four"), EX_W("five"),
	    EX_W("six"), EX_W("seven"), EX_W("eight"), EX_W("nine"), EX_W("ten"), EX_W("eleven"),
	    EX_W("twelve"), EX_W("eighteen"), EX_W("several"), EX_W("some"), EX_W("many"),
	    EX_W("nearly"), EX_W("almost"), EX_W("more"), EX_W("than"), EX_W("over"), EX_W("just"),
	    EX_W("barely"), EX_W("few"), EX_W("full")};
	/* Days or weeks after a pledge it is news, not background. */
	static const struct ex_word UNIT[] = {
	    EX_W("month"), EX_W("months"), EX_W("year"), EX_W("years")};
	static const struct ex_word AFTER[] = {EX_W("after"), EX_W("since")};
	const char *t = ctx->text;
	size_t ws, wl, p = s;
	int unit = 0;

	/* A dateline: capitals, slashes and a parenthesised source before a dash. */
	for (size_t k = s; k < e && k < s + 80; k++) {
		if (t[k] == '(') {
			while (k < e && t[k] != ')')
				k++;
			continue;
		}
		/* "BRUSSELS, Feb 11 (Eurowire) -": capitalised words and numbers. */
		if (t[k] >= 'a' && t[k] <= 'z' && (k == s || !ex_word_byte((unsigned char)t[k - 1])))
			break;
		if (k > s && t[k - 1] == ' ' && (t[k] == '-' || (unsigned char)t[k] == 0xe2)) {
			p = k + 1;
			while (p < e && ((unsigned char)t[p] >= 0x80 || t[p] == '-'))
				p++;
			break;
		}
	}
	for (int w = 0; w < 5 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++) {
		if (ex_word_in(UNIT, EX_NWORDS(UNIT), t + ws, wl))
			unit = 1;
		else if (unit && ex_word_in(AFTER, EX_NWORDS(AFTER), t + ws, wl))
			break;
		else if (unit && wl == 2 && strncasecmp(t + ws, "on", 2) == 0 &&
		    ex_word_after(t, ws + wl, e, &ws) == 4 && strncasecmp(t + ws, "from", 4) == 0)
			break;
		else if (unit || !(ex_word_in(COUNT, EX_NWORDS(COUNT), t + ws, wl) ||
		    (t[ws] >= '0' && t[ws] <= '9')))
			return s;
		p = ws + wl;
	}
	if (!unit)
		return s;
	/* The comma that closes the opening ("$1,000" is no comma of a clause). */
	for (size_t k = ws; k + 1 < e; k++)
		if (t[k] == ',' && t[k + 1] == ' ')
			return k;
	return s;
}

/*
 * ex_told_pledge - 1 if sentence [s,e) tells of a pledge, a proposal or an
 * order ("under the 2020 deal", "had promised", "cancelled its orders"): a
 * stalled or broken cue in a sentence about an earlier year is then the end of
 * that commitment; without one ("Relations soured in 2020 when China halted
 * purchases of coal") it is a past event that broke no commitment the article
 * names.
 */
int
ex_told_pledge(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word ORDER[] = {
	    EX_W("order"), EX_W("orders"), EX_W("target"), EX_W("targets"), EX_W("quota"),
	    EX_W("pact")};

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start >= s && x->kind == RULE_CUE &&
		    (x->value == STATUS_PLEDGED || x->value == STATUS_PROPOSED))
			return 1;
	}
	for (size_t p = s; p < e; p++) {
		size_t ws, wl;

		if (!ex_word_byte((unsigned char)ctx->text[p]) ||
		    (p > s && ex_word_byte((unsigned char)ctx->text[p - 1])))
			continue;
		wl = ex_word_after(ctx->text, p, e, &ws);
		if (ex_word_in(ORDER, EX_NWORDS(ORDER), ctx->text + ws, wl))
			return 1;
	}
	return 0;
}

/* ex_started_on - the end of a verb of starting right after a measure named as a
 * noun, with the day after it ("That suspension starts today", "the cut began on
 * Monday", "the exemption kicked in on March 1": a one-off measure in force from
 * that day), or after a modal ("will start on Monday": *ahead set, the day it is
 * due).  0 when none. */
size_t
ex_started_on(const char *t, size_t anchor_end, size_t hi, int *ahead)
{
	static const struct ex_word START[] = {
	    EX_W("starts"), EX_W("started"), EX_W("begins"), EX_W("began"), EX_W("kicks"),
	    EX_W("kicked")};
	static const struct ex_word MODAL[] = {EX_W("will"), EX_W("would"), EX_W("shall")};
	static const struct ex_word BASE[] = {EX_W("start"), EX_W("begin"), EX_W("kick")};
	static const struct ex_word DAY[] = {
	    EX_W("today"), EX_W("yesterday"), EX_W("on"), EX_W("from"), EX_W("this")};
	size_t ws, wl = ex_word_after(t, anchor_end, hi, &ws), end;

	*ahead = 0;
	if (wl == 0 || ws > anchor_end + 1)
		return 0;
	if (ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl)) {
		if ((wl = ex_word_after(t, ws + wl, hi, &ws)) == 0 ||
		    !ex_word_in(BASE, EX_NWORDS(BASE), t + ws, wl))
			return 0;
		*ahead = 1;
	} else if (!ex_word_in(START, EX_NWORDS(START), t + ws, wl))
		return 0;
	end = ws + wl;
	if (t[ws] == 'k' || t[ws] == 'K') {
		if ((wl = ex_word_after(t, end, hi, &ws)) != 2 || ex_ncasecmp(t + ws, "in", 2) != 0)
			return 0;
		end = ws + wl;
	}
	wl = ex_word_after(t, end, hi, &ws);
	return wl > 0 && ex_word_in(DAY, EX_NWORDS(DAY), t + ws, wl) ? end : 0;
}

/* ex_held_after - 1 if the words from p (after "has" or "have", before hi) say
 * that a measure held (verb "held"; "holds" for the present, from the
 * subject on): at most two adverbs ("so far", "largely", "mostly",
 * "broadly", "since", "still", "firmly"), then "held" with nothing after it
 * but a stop, a phrase of time or a contrast ("That cap has held, even as",
 * "the suspension has held since November", "has so far held", "has largely
 * held for a year", "has held firm").  "has held talks", "has held up the
 * bill", "has held back purchases" take an object, and "has held up" is
 * ambiguous (delayed or endured): no. */
static int
ex_held_after(const char *t, size_t p, size_t hi, const char *verb)
{
	static const struct ex_word ADV[] = {
	    EX_W("so"), EX_W("far"), EX_W("largely"), EX_W("mostly"), EX_W("broadly"), EX_W("since"),
	    EX_W("still"), EX_W("firmly"), EX_W("also")};
	static const struct ex_word AFTER[] = {
	    EX_W("since"), EX_W("for"), EX_W("so"), EX_W("firm"), EX_W("steady"), EX_W("despite"),
	    EX_W("even"), EX_W("through"), EX_W("until"), EX_W("and"), EX_W("but"), EX_W("as"),
	    EX_W("ever"), EX_W("throughout"), EX_W("in"), EX_W("to")};
	size_t ws, wl, w = 0;

	while ((wl = ex_word_after(t, p, hi, &ws)) > 0 && w < 3 && ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl)) {
		p = ws + wl;
		w++;
	}
	if (wl != strlen(verb) || ex_ncasecmp(t + ws, verb, wl) != 0)
		return 0;
	p = ws + wl;
	if ((wl = ex_word_after(t, p, hi, &ws)) == 0)
		return 1;
	if (!ex_word_in(AFTER, EX_NWORDS(AFTER), t + ws, wl))
		return 0;
	/* "held to account", "held in check": "to" and "in" only before "date" and
	 * "practice". */
	if (wl == 2 && (ex_ncasecmp(t + ws, "to", 2) == 0 || ex_ncasecmp(t + ws, "in", 2) == 0)) {
		size_t ws2, wl2 = ex_word_after(t, ws + wl, hi, &ws2);

		if (ex_ncasecmp(t + ws, "to", 2) == 0)
			return wl2 == 4 && ex_ncasecmp(t + ws2, "date", 4) == 0;
		return wl2 == 8 && ex_ncasecmp(t + ws2, "practice", 8) == 0;
	}
	return 1;
}

/* How far after a measure's noun its present "holds" is read (", of the
 * Commerce Department's affiliates rule also" is 50 bytes). */
#define EX_HOLDS_REACH 80
/* ex_same_clause - 1 if [lo,pos) has no comma, semicolon or clause word
 * ("and", "as", "while", "but", "which", "that", "who", "where", "when"): the
 * word at pos is the predicate of the noun that ends at lo. */
static int
ex_same_clause(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word CLAUSE[] = {
	    EX_W("and"), EX_W("as"), EX_W("while"), EX_W("but"), EX_W("which"), EX_W("that"),
	    EX_W("who"), EX_W("where"), EX_W("when"), EX_W("or")};
	size_t ws, wl;

	if (memchr(t + lo, ',', pos - lo) != NULL || memchr(t + lo, ';', pos - lo) != NULL)
		return 0;
	for (size_t p = lo; p < pos; p++) {
		if (!ex_word_byte((unsigned char)t[p]) || (p > lo && ex_word_byte((unsigned char)t[p - 1])))
			continue;
		wl = ex_word_after(t, p, pos, &ws);
		if (ex_word_in(CLAUSE, EX_NWORDS(CLAUSE), t + ws, wl))
			return 0;
	}
	return 1;
}
/* ex_not_back - the end of "has/have not (been) reimposed" (returned, restored,
 * reinstated) whose auxiliary is the word [ws,ws+wl): "it has not returned",
 * "the duties have not been reimposed", "and has not reimposed them"; else 0.
 * A removal told so still stands. */
static size_t
ex_not_back(const char *t, size_t ws, size_t wl, size_t hi)
{
	static const struct ex_word BACK[] = {
	    EX_W("returned"), EX_W("reimposed"), EX_W("re-imposed"), EX_W("restored"), EX_W("reinstated")};
	size_t ns, nl;

	if (!((wl == 3 && ex_ncasecmp(t + ws, "has", 3) == 0) || (wl == 4 && ex_ncasecmp(t + ws, "have", 4) == 0)) ||
	    (nl = ex_word_after(t, ws + wl, hi, &ns)) != 3 || ex_ncasecmp(t + ns, "not", 3) != 0)
		return 0;
	if ((nl = ex_word_after(t, ns + nl, hi, &ns)) == 4 && ex_ncasecmp(t + ns, "been", 4) == 0)
		nl = ex_word_after(t, ns + nl, hi, &ns);
	return nl > 0 && ex_word_in(BACK, EX_NWORDS(BACK), t + ns, nl) ? ns + nl : 0;
}

/* ex_applies_until - 1 if "until", "through" or "till" follows pos within its clause
 * (ex_same_clause) and 40 bytes: "applies to all destinations until". */
static int
ex_applies_until(const char *t, size_t pos, size_t hi)
{
	static const struct ex_word UNTIL[] = {EX_W("until"), EX_W("through"), EX_W("till")};
	size_t ws, wl;

	for (size_t p = pos; p < hi && p < pos + 40; p = ws + wl) {
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0)
			return 0;
		if (ex_word_in(UNTIL, EX_NWORDS(UNTIL), t + ws, wl))
			return ex_same_clause(t, pos, ws);
	}
	return 0;
}
/*
 * ex_kept_predicate - 1 if [lo,hi), after a pause or suspension named as a noun,
 * holds the predicate that says it goes on: "the pause ... has been extended to
 * the end of June", "was prolonged", "is extended until" (a fact sheet's present), "will remain in place until September",
 * "now runs until August", "has been made permanent", "is now permanent"; after
 * a cut, "has stayed there", "has remained at 15%", "still applies", "continues
 * to apply", "has stuck" (corpus13 choice 1: an old act restated as a present
 * state), "remain removed", "stayed exempt", "has not returned", "have not
 * been reimposed", "has held" (ex_held_after; 2, a predicate any measure takes);
 * a present end, "ends in November", "applies ... until November 10"
 * (ex_applies_until).  The suspension is in force: fulfilled.
 */
int
ex_kept_predicate(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word BE[] = {
	    EX_W("been"), EX_W("was"), EX_W("were"), EX_W("is"), EX_W("are")};
	static const struct ex_word LONGER[] = {
	    EX_W("extended"), EX_W("prolonged"), EX_W("renewed")};
	static const struct ex_word STAY[] = {
	    EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"), EX_W("stays"),
	    EX_W("stayed"), EX_W("run"), EX_W("runs")};
	static const struct ex_word UNTIL[] = {
	    EX_W("until"), EX_W("through"), EX_W("till")};
	static const struct ex_word HELD[] = {
	    EX_W("place"), EX_W("force"), EX_W("effect")};
	static const struct ex_word LAPSE[] = {
	    EX_W("ends"), EX_W("expires"), EX_W("lapses")};
	static const struct ex_word WHEN[] = {
	    EX_W("in"), EX_W("on"), EX_W("at"), EX_W("next")};
	static const struct ex_word LEVEL[] = {
	    EX_W("there"), EX_W("unchanged"), EX_W("at")};
	static const struct ex_word GONE[] = {
	    EX_W("removed"), EX_W("lifted"), EX_W("eliminated"), EX_W("scrapped"), EX_W("exempt"),
	    EX_W("abolished"), EX_W("waived"), EX_W("suspended")};
	static const struct ex_word GONE_WHAT[] = {
	    EX_W("it"), EX_W("they"), EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"),
	    EX_W("levy"), EX_W("levies"), EX_W("surtax")};
	size_t ws0 = lo, ws, wl, ws2, wl2, ws3, wl3, p = lo;

	for (; p < hi; p++) {
		if (!ex_word_byte((unsigned char)t[p]) || (p > lo && ex_word_byte((unsigned char)t[p - 1])))
			continue;
		wl = ex_word_after(t, p, hi, &ws);
		if (wl == 0 || (wl2 = ex_word_after(t, ws + wl, hi, &ws2)) == 0)
			continue;
		if (ex_word_in(BE, EX_NWORDS(BE), t + ws, wl) &&
		    ex_word_in(LONGER, EX_NWORDS(LONGER), t + ws2, wl2))
			return 1;
		/* "has been made permanent", "is now permanent". */
		if (ex_word_in(BE, EX_NWORDS(BE), t + ws, wl) &&
		    ((wl2 == 4 && ex_ncasecmp(t + ws2, "made", 4) == 0) ||
		    (wl2 == 3 && ex_ncasecmp(t + ws2, "now", 3) == 0)) &&
		    (wl3 = ex_word_after(t, ws2 + wl2, hi, &ws3)) == 9 && ex_ncasecmp(t + ws3, "permanent", 9) == 0)
			return 1;
		/* "the lower rate still applies", "continues to apply". */
		if (((wl == 5 && ex_ncasecmp(t + ws, "still", 5) == 0) ||
		    (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)) &&
		    ((wl2 == 7 && ex_ncasecmp(t + ws2, "applies", 7) == 0) ||
		    (wl2 == 5 && ex_ncasecmp(t + ws2, "apply", 5) == 0)))
			return 1;
		/* "that cap has held", "the suspension has so far held": 2. */
		if (((wl == 3 && ex_ncasecmp(t + ws, "has", 3) == 0) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "have", 4) == 0)) && ex_held_after(t, ws + wl, hi, "held"))
			return 2;
		/* "the suspension still holds", "The suspension of the rule also
		 * holds, though": the present of the same, in the measure noun's own
		 * clause (no comma or clause word before it: not "..., as Beijing
		 * holds firm"). */
		if (ws < lo + EX_HOLDS_REACH && ex_held_after(t, ws, hi, "holds") && ex_same_clause(t, lo, ws))
			return 2;
		/* "The suspension of the October controls ends in November", "The
		 * one-year suspension expires on November 10": the day it will end,
		 * told in the present, says it is in force now, in the measure
		 * noun's own clause ("..., when the truce expires in May" is
		 * another's). */
		if (ex_word_in(LAPSE, EX_NWORDS(LAPSE), t + ws, wl) &&
		    ex_word_in(WHEN, EX_NWORDS(WHEN), t + ws2, wl2) && ws < lo + EX_HOLDS_REACH &&
		    ex_same_clause(t, lo, ws))
			return 1;
		/* "That suspension applies to all destinations until November 10":
		 * in force up to that day. */
		if (wl == 7 && ex_ncasecmp(t + ws, "applies", 7) == 0 && ws < lo + EX_HOLDS_REACH &&
		    ex_same_clause(t, lo, ws) && ex_applies_until(t, ws + wl, hi))
			return 1;
		/* "that cut has stuck": it held (not "has stuck in customs"). */
		if (((wl == 3 && ex_ncasecmp(t + ws, "has", 3) == 0) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "have", 4) == 0)) &&
		    wl2 == 5 && ex_ncasecmp(t + ws2, "stuck", 5) == 0 &&
		    !((wl3 = ex_word_after(t, ws2 + wl2, hi, &ws3)) == 2 && ex_ncasecmp(t + ws3, "in", 2) == 0))
			return 1;
		/* "it has not returned", "the duties have not been reimposed": the
		 * removal still stands (not "the buyers have not returned"). */
		if ((wl3 = ex_word_before(t, ws, lo, &ws0)) > 0 &&
		    ex_word_in(GONE_WHAT, EX_NWORDS(GONE_WHAT), t + ws0, wl3) && ex_not_back(t, ws, wl, hi) > 0)
			return 1;
		if (!ex_word_in(STAY, EX_NWORDS(STAY), t + ws, wl))
			continue;
		/* "they remain removed", "have stayed exempt": the cut in force. */
		if (t[ws] != 'r' || t[ws + 1] != 'u')
			if (ex_word_in(GONE, EX_NWORDS(GONE), t + ws2, wl2))
				return 1;
		if (ex_word_in(UNTIL, EX_NWORDS(UNTIL), t + ws2, wl2) ||
		    ((t[ws] != 'r' || t[ws + 1] != 'u') && ex_word_in(LEVEL, EX_NWORDS(LEVEL), t + ws2, wl2)))
			return 1;
		/* "remain in place", "stays in force" (not "runs in ..."). */
		if (t[ws] != 'r' || t[ws + 1] != 'u')
			if (wl2 == 2 && strncasecmp(t + ws2, "in", 2) == 0 &&
			    (wl3 = ex_word_after(t, ws2 + wl2, hi, &ws3)) > 0 &&
			    ex_word_in(HELD, EX_NWORDS(HELD), t + ws3, wl3))
				return 1;
	}
	return 0;
}

/* ex_stands_now - 1 if [lo,hi), after a done act dated to an earlier year, joins
 * a clause that tells its state now: "..., and the products now pay only the
 * 10% base tariff", "and US corn now enters duty-free", "and they are still
 * being used", "and has not reimposed them".  Only after a joint (", and", ";"),
 * and "now" or "still" not before a past form or "not" ("exports still lag"
 * counts; "still not" does not). */
int
ex_stands_now(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word NOW[] = {EX_W("now"), EX_W("still")};
	static const struct ex_word OBJ[] = {EX_W("it"), EX_W("them")};
	size_t ws, wl, ws2, wl2, back, p = lo;
	int joined = 0;

	for (; p < hi; p++) {
		if (!ex_word_byte((unsigned char)t[p])) {
			joined |= t[p] == ';';
			continue;
		}
		wl = ex_word_after(t, p, hi, &ws);
		p = ws + wl;
		if (wl == 3 && strncasecmp(t + ws, "and", 3) == 0 && ws >= lo + 2 && t[ws - 2] == ',') {
			joined = 1;
			continue;
		}
		if (!joined || (wl2 = ex_word_after(t, p, hi, &ws2)) == 0)
			continue;
		if (ex_word_in(NOW, EX_NWORDS(NOW), t + ws, wl) &&
		    !(wl2 > 2 && strncasecmp(t + ws2 + wl2 - 2, "ed", 2) == 0) &&
		    !(wl2 == 3 && strncasecmp(t + ws2, "not", 3) == 0) &&
		    !(wl2 == 2 && strncasecmp(t + ws2, "no", 2) == 0))
			return 1;
		/* "and has not reimposed them". */
		if ((back = ex_not_back(t, ws, wl, hi)) > 0 &&
		    (wl2 = ex_word_after(t, back, hi, &ws2)) > 0 && ex_word_in(OBJ, EX_NWORDS(OBJ), t + ws2, wl2))
			return 1;
	}
	return 0;
}

/* ex_word_or_party_before - the word ending before pos, as ex_word_before, or
 * the party's name that ends there, dots and all ("pushed the U.S. to"): its
 * length, 0 if neither. */
static size_t
ex_word_or_party_before(const struct ex_ctx *ctx, size_t pos, size_t lo, size_t *wstart)
{
	size_t wl = ex_word_before(ctx->text, pos, lo, wstart), e = *wstart;

	if (wl > 0 || e <= lo || ctx->text[e - 1] != '.')
		return wl;
	for (size_t i = ex_first(ctx, e > lo + 48 ? e - 48 : lo); i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].end == e && ctx->m.v[i].start >= lo) {
			*wstart = ctx->m.v[i].start;
			return e - ctx->m.v[i].start;
		}
	return 0;
}
/* ex_deal_terms_before - 1 if a deal noun ends right before pos ("the agreement
 * calls for"), or "with" or "between" a few words or parties before pos follows
 * one ("the agreement with Vietnam calls for", "the deal between Washington and
 * Tokyo calls for"): the verb at pos tells the deal's terms. */
static int
ex_deal_terms_before(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	static const struct ex_word TERMS[] = {
	    EX_W("pact"), EX_W("framework"), EX_W("treaty"), EX_W("memorandum"), EX_W("text")};
	static const struct ex_word WITH[] = {EX_W("with"), EX_W("between")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	for (int w = 0; w < 6 && wl > 0; w++) {
		if (ex_word_in(EX_DEAL_NOUNS, EX_NDEAL_NOUNS, t + ws, wl) || ex_word_in(TERMS, EX_NWORDS(TERMS), t + ws, wl))
			return w == 0;
		if (ex_word_in(WITH, EX_NWORDS(WITH), t + ws, wl)) {
			wl = ex_word_before(t, ws, lo, &ws);
			return wl > 0 && (ex_word_in(EX_DEAL_NOUNS, EX_NDEAL_NOUNS, t + ws, wl) ||
			    ex_word_in(TERMS, EX_NWORDS(TERMS), t + ws, wl));
		}
		wl = ex_word_or_party_before(ctx, ws, lo, &ws);
	}
	return 0;
}
/*
 * ex_asked_of - 1 if the verb at anchor is what one side asks another to do: a
 * verb of asking, at most four words, then "to" right before the verb ("pushed
 * Korea to lift", "India had pressed Seoul to lower", "urged Tokyo to cut", "wants
 * Washington to scrap", "expects China to buy"; a second infinitive joined by
 * "and" shares the first one's verb: "pressed Seoul to lower its tariffs on rice
 * and to ease"; a gerund after "by" is the means of the infinitive before it:
 * "pressed Washington to reciprocate by lifting its tariffs"), with no
 * pledge cue between ("pressed by Washington, China agreed to buy" is China's
 * pledge; "pushed back the deadline to cut" no asking).
 */
int
ex_asked_of(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	static const struct ex_word ASK[] = {
	    EX_W("pushed"), EX_W("pressed"), EX_W("pressured"), EX_W("urged"), EX_W("asked"),
	    EX_W("lobbied"), EX_W("called"), EX_W("demanded"), EX_W("wanted"), EX_W("pushing"),
	    EX_W("pressing"), EX_W("urging"), EX_W("asking"), EX_W("pressuring"), EX_W("push"),
	    EX_W("pushes"), EX_W("press"), EX_W("presses"), EX_W("urge"), EX_W("urges"),
	    EX_W("ask"), EX_W("asks"), EX_W("lobby"), EX_W("lobbies"), EX_W("lobbying"),
	    EX_W("want"), EX_W("wants"), EX_W("calling"), EX_W("calls"), EX_W("demanding"),
	    EX_W("demands"), EX_W("encouraged"), EX_W("encouraging"), EX_W("encourages"),
	    EX_W("expects"), EX_W("expected")};
	static const struct ex_word AWAY[] = {
	    EX_W("back"), EX_W("ahead"), EX_W("through"), EX_W("up"), EX_W("on")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_before(t, anchor, s, &ws), pos, ns, nl;
	int reach;

	/* "urged Washington to show goodwill by relaxing its curbs": the means
	 * of what is asked is asked too; read from the infinitive's verb. */
	if (wl == 2 && strncasecmp(t + ws, "by", 2) == 0) {
		for (int w = 0; w < 5 && (wl = ex_word_before(t, ws, s, &ws)) > 0; w++)
			if (wl == 2 && strncasecmp(t + ws, "to", 2) == 0)
				return ex_word_after(t, ws + 2, anchor, &ns) > 0 && ns > ws + 2 &&
				    ex_asked_of(ctx, s, ns);
		return 0;
	}
	if (wl != 2 || strncasecmp(t + ws, "to", 2) != 0)
		return 0;
	pos = ws;
	wl = ex_word_before(t, pos, s, &ws);
	reach = wl == 3 && strncasecmp(t + ws, "and", 3) == 0 ? 16 : 5;
	for (int w = 0; w < reach && (wl = ex_word_or_party_before(ctx, pos, s, &ws)) > 0; w++, pos = ws) {
		if (!ex_word_in(ASK, EX_NWORDS(ASK), t + ws, wl))
			continue;
		nl = ex_word_after(t, ws + wl, anchor, &ns);
		/* "pressed on with", "pushed ahead": no asking; "called on
		 * China to buy" asks. */
		if (nl > 0 && ex_word_in(AWAY, EX_NWORDS(AWAY), t + ns, nl) &&
		    !(ex_ncasecmp(t + ws, "call", 4) == 0 && nl == 2 && ex_ncasecmp(t + ns, "on", 2) == 0))
			return 0;
		/* "The agreement calls for Japan to invest": a deal's terms, no one
		 * asking. */
		if (ex_ncasecmp(t + ws, "call", 4) == 0 && ex_deal_terms_before(ctx, s, ws))
			return 0;
		/* "expects China to buy" asks; "expects to buy" is the buyer's plan. */
		if (ex_ncasecmp(t + ws, "expect", 6) == 0 && nl == 2 && ex_ncasecmp(t + ns, "to", 2) == 0)
			return 0;
		for (size_t i = ex_first(ctx, ws + wl); i < ctx->m.n && ctx->m.v[i].start < anchor; i++)
			if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].value == STATUS_PLEDGED)
				return 0;
		return 1;
	}
	return 0;
}

/*
 * ex_wanted_object - 1 if the verb or verb noun at anchor is the object of a verb
 * of wanting right before it, a determiner aside ("the Emirates want lower EU
 * duties", "is seeking a cut in", "demanded an end to"), or of one before a
 * noun and "for", at most three modifiers after it ("will seek approval for
 * more beef plants", "sought access for its mangoes"), or with at most three
 * modifiers of its own between ("China wants tariff cuts first").
 */
/*
 * ex_wanted_pledge - 1 if the verb noun at anchor follows "on", "over", "to",
 * "about" or "for" after a pledge that a verb of wanting asks for, a party
 * and two modifiers at most between ("are seeking firm commitments on
 * purchases of wheat", "sought assurances from Tokyo over purchases of
 * rice"): the pledge is the wish, not its giver's act.
 */
static int
ex_wanted_pledge(const char *t, size_t lo, size_t anchor, const struct ex_word *want, size_t nwant)
{
	static const struct ex_word PREP[] = {
	    EX_W("on"), EX_W("over"), EX_W("to"), EX_W("about"), EX_W("for")};
	static const struct ex_word PLEDGE[] = {
	    EX_W("commitment"), EX_W("commitments"), EX_W("pledge"), EX_W("pledges"),
	    EX_W("promise"), EX_W("promises"), EX_W("assurance"), EX_W("assurances"),
	    EX_W("guarantee"), EX_W("guarantees")};
	size_t ws, wl = ex_word_before(t, anchor, lo, &ws);
	int w;

	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl == 0 || !ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
		return 0;
	/* "from Tokyo", "from Chinese buyers" between the pledge and the preposition. */
	for (w = 0, wl = ex_word_before(t, ws, lo, &ws); w < 4 && wl > 0 &&
	    !ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl) &&
	    ((wl == 4 && ex_ncasecmp(t + ws, "from", 4) == 0) || !ex_function_word(t + ws, wl)); w++)
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl == 0 || !ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + ws, wl))
		return 0;
	for (w = 0, wl = ex_word_before(t, ws, lo, &ws); w < 2 && wl > 0 && !ex_determiner(t + ws, wl) &&
	    !ex_function_word(t + ws, wl) && !ex_word_in(want, nwant, t + ws, wl); w++)
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	return wl > 0 && ex_word_in(want, nwant, t + ws, wl);
}

/*
 * ex_wanted_and - 1 if the word at [ws,ws+wl), right before a verb noun and its
 * modifiers, is "and" joining it to an earlier object of a verb of wanting, at
 * most fifteen words back with no verb of its own between ("is seeking greater
 * access for its shrimp and exemptions from US tariffs on medicines", "wants
 * lower duties on cars and an end to the steel quota").
 */
static int
ex_wanted_and(const char *t, size_t lo, size_t ws, size_t wl, const struct ex_word *want, size_t nwant)
{
	static const struct ex_word VERB[] = {
	    EX_W("that"), EX_W("which"), EX_W("who"), EX_W("will"), EX_W("would"), EX_W("has"),
	    EX_W("have"), EX_W("had"), EX_W("is"), EX_W("was"), EX_W("are"), EX_W("were"),
	    EX_W("said"), EX_W("says"), EX_W("agreed"), EX_W("but"), EX_W("while")};

	if (wl != 3 || ex_ncasecmp(t + ws, "and", 3) != 0)
		return 0;
	for (int w = 0; w < 15 && (wl = ex_word_before(t, ws, lo, &ws)) > 0; w++) {
		if (ex_word_in(want, nwant, t + ws, wl))
			return 1;
		if (ex_word_in(VERB, EX_NWORDS(VERB), t + ws, wl) || memchr(t + ws + wl, ';', 2) != NULL)
			return 0;
	}
	return 0;
}

int
ex_wanted_object(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word WANT[] = {
	    EX_W("want"), EX_W("wants"), EX_W("wanted"), EX_W("wanting"), EX_W("seek"),
	    EX_W("seeks"), EX_W("sought"), EX_W("seeking"), EX_W("demand"), EX_W("demands"),
	    EX_W("demanded"), EX_W("demanding"), EX_W("request"), EX_W("requests"),
	    EX_W("requested"), EX_W("requesting")};
	size_t ws, wl = ex_word_before(t, anchor, lo, &ws), fs = ws, fl = wl;

	/* "for", at most three modifiers before the anchor ("for more beef plants"). */
	for (int w = 0; w < 3 && fl > 0 && (fl != 3 || ex_ncasecmp(t + fs, "for", 3) != 0) &&
	    (ex_determiner(t + fs, fl) || !ex_function_word(t + fs, fl)); w++)
		fl = ex_word_before(t, fs, lo, &fs);
	if (fl == 3 && ex_ncasecmp(t + fs, "for", 3) == 0 &&
	    (fl = ex_word_before(t, fs, lo, &fs)) > 0 && !ex_function_word(t + fs, fl) &&
	    (fl = ex_word_before(t, fs, lo, &fs)) > 0 && ex_word_in(WANT, EX_NWORDS(WANT), t + fs, fl))
		return 1;
	/* "China wants tariff cuts first", "seeks deeper U.S. tariff cuts": a
	 * few modifiers of the verb noun between. */
	for (int w = 0; w < 3 && wl > 0 && !ex_determiner(t + ws, wl) && !ex_function_word(t + ws, wl) &&
	    !ex_word_in(WANT, EX_NWORDS(WANT), t + ws, wl); w++)
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	return (wl > 0 && ex_word_in(WANT, EX_NWORDS(WANT), t + ws, wl)) ||
	    ex_wanted_pledge(t, lo, anchor, WANT, EX_NWORDS(WANT)) ||
	    ex_wanted_and(t, lo, ws, wl, WANT, EX_NWORDS(WANT));
}

/*
 * ex_wished - 1 if the verb or verb noun at anchor is what its subject asks for:
 * asked of another ("pressed Seoul to lower", ex_asked_of) or wanted
 * (ex_wanted_object): a wish is no pledge of anyone; at most the asked party's
 * proposal.
 */
int
ex_wished(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	return ex_wanted_object(ctx->text, s, anchor) || ex_asked_of(ctx, s, anchor);
}

/*
 * ex_wish_modal - 1 if the verb or verb noun at anchor is what a speaker wishes
 * of the actor: "should" right before it, "be" or one "-ly" adverb aside
 * ("China \"should be buying a lot more American energy\"", "Seoul should
 * really buy"), or "would like" and a party then "to" at most eight words
 * before it ("would like China to commit to purchases of", "would like Tokyo
 * to buy"); "would like to buy" is the speaker's own aim and is left alone.
 * A wish is no one's commitment.  Lower-case "should" only: "Should
 * purchases lag" is a condition, read elsewhere.
 */
int
ex_wish_modal(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word STOP[] = {
	    EX_W("that"), EX_W("which"), EX_W("but"), EX_W("while"), EX_W("said"), EX_W("says")};
	size_t ws, wl = ex_word_before(t, anchor, lo, &ws), p = anchor, to = 0;

	if (wl == 2 && ex_ncasecmp(t + ws, "be", 2) == 0)
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl > 2 && ex_ncasecmp(t + ws + wl - 2, "ly", 2) == 0)
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl == 6 && strncmp(t + ws, "should", 6) == 0)
		return 1;
	for (int w = 0; w < 10 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl) || memchr(t + ws, ';', p - ws) != NULL)
			return 0;
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) {
			to = ws;
			continue;
		}
		if (wl != 4 || ex_ncasecmp(t + ws, "like", 4) != 0)
			continue;
		/* "would like China to", not "would like to". */
		if (to == 0 || to == p || (wl = ex_word_before(t, ws, lo, &ws)) == 0)
			return 0;
		return (wl == 5 && ex_ncasecmp(t + ws, "would", 5) == 0) ||
		    (wl > 2 && (t[ws + wl - 1] == 'd' || t[ws + wl - 1] == 'D') && t[ws + wl - 2] == '\'');
	}
	return 0;
}

/*
 * ex_vetted_purchase - 1 if the buying verb or verb noun at anchor is what an
 * authority tells buyers to justify, explain or avoid, or questions them
 * about, at most seven words back in its clause: "have told some companies to
 * justify any purchases of the US chips", "told its companies to be cautious
 * about buying those chips", "have questioned some buyers about their H200
 * orders" (five words from "about" to the verb of questioning, a hyphenated
 * word one).  A government vetting or discouraging its buyers' orders makes no
 * purchase commitment.  "to justify" and "to avoid" count only after a verb of
 * telling within five words ("agreed to avoid" is left alone).
 */
int
ex_vetted_purchase(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word STOP[] = {
	    EX_W("that"), EX_W("which"), EX_W("but"), EX_W("while"), EX_W("said"), EX_W("says")};
	static const struct ex_word VET[] = {
	    EX_W("justify"), EX_W("explain"), EX_W("avoid"), EX_W("limit"), EX_W("curb")};
	static const struct ex_word WARY[] = {EX_W("cautious"), EX_W("careful"), EX_W("wary")};
	static const struct ex_word TELL[] = {
	    EX_W("told"), EX_W("tells"), EX_W("telling"), EX_W("asked"), EX_W("asks"), EX_W("asking"),
	    EX_W("urged"), EX_W("urges"), EX_W("advised"), EX_W("advises"), EX_W("instructed"),
	    EX_W("ordered"), EX_W("required"), EX_W("requires"), EX_W("warned"), EX_W("pressed"),
	    EX_W("guided"), EX_W("directed")};
	static const struct ex_word QUIZ[] = {
	    EX_W("questioned"), EX_W("questioning"), EX_W("quizzed"), EX_W("queried"),
	    EX_W("grilled"), EX_W("summoned"), EX_W("interviewed")};
	size_t ws, wl, p = anchor;

	for (int w = 0; w < 7 && (wl = ex_word_before(t, ex_hyphen_start(t, lo, p), lo, &ws)) > 0; w++, p = ws) {
		size_t q = ws, qs, ql;

		if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl) || memchr(t + ws, ';', p - ws) != NULL ||
		    memchr(t + ws, ',', p - ws) != NULL)
			return 0;
		if (ex_word_in(WARY, EX_NWORDS(WARY), t + ws, wl))
			return 1;
		if (wl == 5 && ex_ncasecmp(t + ws, "about", 5) == 0) {
			for (int v = 0; v < 5 && (ql = ex_word_before(t, ex_hyphen_start(t, lo, q), lo, &qs)) > 0;
			    v++, q = qs)
				if (ex_word_in(QUIZ, EX_NWORDS(QUIZ), t + qs, ql))
					return 1;
			continue;
		}
		if (!ex_word_in(VET, EX_NWORDS(VET), t + ws, wl) ||
		    (ql = ex_word_before(t, q, lo, &qs)) != 2 || ex_ncasecmp(t + qs, "to", 2) != 0)
			continue;
		for (int v = 0; v < 5 && (ql = ex_word_before(t, ex_hyphen_start(t, lo, qs), lo, &qs)) > 0; v++)
			if (ex_word_in(TELL, EX_NWORDS(TELL), t + qs, ql))
				return 1;
	}
	return 0;
}

/*
 * ex_asked_noun - 1 if the verb noun at anchor is the object of a verb of
 * asking ("has requested the resumption of", "sought the lifting of", "asked
 * for the removal of", "pressed for a reopening of") or of the noun of asking
 * ("Ankara's request for an exemption"): what one side asked.
 */
static int
ex_asked_noun(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	static const struct ex_word REQ[] = {
	    EX_W("requested"), EX_W("requests"), EX_W("requesting"), EX_W("sought"), EX_W("seeks"),
	    EX_W("seeking"), EX_W("demanded"), EX_W("demands"), EX_W("demanding")};
	static const struct ex_word ASK[] = {
	    EX_W("asked"), EX_W("asks"), EX_W("asking"), EX_W("called"), EX_W("calls"),
	    EX_W("calling"), EX_W("pressed"), EX_W("pressing"), EX_W("pushed"), EX_W("pushing"),
	    EX_W("lobbied"), EX_W("lobbying"), EX_W("appealed"),
	    /* the noun of asking: "Ankara's request for an exemption from the steel
	     * tariff" */
	    EX_W("request"), EX_W("requests"), EX_W("plea")};
	static const struct ex_word STOP[] = {
	    EX_W("to"), EX_W("that"), EX_W("which"), EX_W("and"), EX_W("but"), EX_W("who"),
	    EX_W("after"), EX_W("while")};
	const char *t = ctx->text;
	size_t ws, wl, pos = anchor;

	/* The verb noun may end a noun phrase: "requested the resumption of
	 * pork plant registrations"; or follow a light verb that was asked:
	 * "asked Canberra to give American buyers priority access".  A
	 * hyphenated modifier is one word ("asked for a country-specific quota"). */
	for (int w = 0; w < 6 && (wl = ex_word_before(t, ex_hyphen_start(t, s, pos), s, &ws)) > 0 &&
	    ws + wl < pos && t[ws + wl] != ','; w++, pos = ws) {
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0 && w > 0)
			return ex_asked_of(ctx, s, pos);
		if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl))
			return 0;
		if (ex_word_in(REQ, EX_NWORDS(REQ), t + ws, wl))
			return 1;
		if (wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0)
			return (wl = ex_word_before(t, ws, s, &ws)) > 0 && ex_word_in(ASK, EX_NWORDS(ASK), t + ws, wl);
	}
	return 0;
}

/*
 * ex_demand_rejected - 1 if the verb at [anchor,anchor_end) is what one side
 * asked of another (ex_asked_of) and a later part of the sentence, or the next
 * sentence, says the demand was rejected ("but Seoul rejected the demand", "Tokyo
 * refused", "which Beijing turned down", ". The ministry did not grant that
 * request."): no commitment, as the contract says of a demand the actor rejected.
 */
/*
 * ex_refused_apposition - 1 if an appositive after the verb at anchor_end calls
 * it a request that its addressee turned down, at most seven words from the
 * noun to the refusal ("..., a request that US officials have so far refused",
 * "..., a demand Washington has repeatedly rejected", "..., a call Tokyo turned
 * down").
 */
static int
ex_refused_apposition(const char *t, size_t anchor_end, size_t e)
{
	static const struct ex_word ART[] = {EX_W("a"), EX_W("an"), EX_W("the"), EX_W("one")};
	static const struct ex_word NOUN[] = {
	    EX_W("request"), EX_W("demand"), EX_W("call"), EX_W("proposal"), EX_W("plea")};
	static const struct ex_word NO[] = {
	    EX_W("rejected"), EX_W("refused"), EX_W("rebuffed"), EX_W("dismissed"),
	    EX_W("resisted"), EX_W("spurned"), EX_W("turned")};
	const char *c = anchor_end < e ? memchr(t + anchor_end, ',', e - anchor_end) : NULL;
	size_t ws, wl, p;

	if (c == NULL)
		return 0;
	p = (size_t)(c - t) + 1;
	if ((wl = ex_word_after(t, p, e, &ws)) == 0 || !ex_word_in(ART, EX_NWORDS(ART), t + ws, wl))
		return 0;
	/* "a request", "a long-standing demand". */
	wl = ex_word_after(t, ws + wl, e, &ws);
	if (wl > 0 && !ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
		wl = ex_word_after(t, ws + wl, e, &ws);
	if (wl == 0 || !ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
		return 0;
	for (int w = 0; w < 7 && (wl = ex_word_after(t, ws + wl, e, &ws)) > 0; w++)
		if (ex_word_in(NO, EX_NWORDS(NO), t + ws, wl))
			return wl != 6 || (ws + wl + 5 <= e && ex_ncasecmp(t + ws + wl, " down", 5) == 0);
	return 0;
}

/* ex_demand_unmet - 1 if the word at [ws,ws+wl) says that what was asked was
 * not done: "unmet", or "met" or "granted" after "not" or "never" ("the demand
 * was not met", "has never been granted") or after "was"/"were" in a clause
 * that "neither" or "none" opens, at most four words before ("but neither
 * demand was met", "none of the requests were granted"); not "met with". */
static int
ex_demand_unmet(const char *t, size_t lo, size_t ws, size_t wl, size_t hi)
{
	static const struct ex_word MET[] = {EX_W("met"), EX_W("granted")};
	static const struct ex_word NOT[] = {EX_W("not"), EX_W("never")};
	static const struct ex_word BE[] = {EX_W("was"), EX_W("were"), EX_W("been")};
	static const struct ex_word NONE[] = {EX_W("neither"), EX_W("none")};
	size_t ps, pl, ns, ne;

	if (wl == 5 && ex_ncasecmp(t + ws, "unmet", 5) == 0)
		return 1;
	if (!ex_word_in(MET, EX_NWORDS(MET), t + ws, wl) || (pl = ex_word_before(t, ws, lo, &ps)) == 0)
		return 0;
	/* "was not met with hostility": met by someone, no demand. */
	if ((ns = ex_word_after(t, ws + wl, hi, &ne)) == 4 && ex_ncasecmp(t + ne, "with", 4) == 0)
		return 0;
	if (ex_word_in(NOT, EX_NWORDS(NOT), t + ps, pl))
		return 1;
	if (!ex_word_in(BE, EX_NWORDS(BE), t + ps, pl))
		return 0;
	for (int w = 0; w < 4 && (pl = ex_word_before(t, ps, lo, &ps)) > 0; w++)
		if (ex_word_in(NOT, EX_NWORDS(NOT), t + ps, pl) || ex_word_in(NONE, EX_NWORDS(NONE), t + ps, pl))
			return 1;
	return 0;
}

int
ex_demand_rejected(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor, size_t anchor_end)
{
	static const struct ex_word NO[] = {
	    EX_W("rejected"), EX_W("refused"), EX_W("rebuffed"), EX_W("dismissed"),
	    EX_W("declined"), EX_W("resisted"), EX_W("turned"), EX_W("refusing"),
	    EX_W("rejecting")};
	static const struct ex_word GROUNDS[] = {
	    EX_W("basis"), EX_W("grounds"), EX_W("justification"), EX_W("need"), EX_W("plans"),
	    EX_W("plan"), EX_W("intention")};
	const char *t = ctx->text;
	size_t ws, wl, pos, ns, nl;

	if (ex_refused_apposition(t, anchor_end, e))
		return 1;
	/* A measure asked for by its noun reads the rest of the sentence too:
	 * "with Washington pushing for access for American dairy and New Delhi
	 * refusing to open its milk market", "pressing for a bigger quota,
	 * which Washington has rejected". */
	if (!ex_asked_of(ctx, s, anchor) && !ex_asked_noun(ctx, s, anchor))
		return 0;
	for (pos = anchor_end; pos < e; pos = ws + (wl > 0 ? wl : 1)) {
		if ((wl = ex_word_after(t, pos, e, &ws)) == 0)
			continue;
		/* "; Chinese officials have said there is \"no basis\" for doing so",
		 * "but Beijing said it had no plans to do so". */
		if (wl == 2 && ex_ncasecmp(t + ws, "no", 2) == 0 && (nl = ex_word_after(t, ws + wl, e, &ns)) > 0 &&
		    ex_word_in(GROUNDS, EX_NWORDS(GROUNDS), t + ns, nl))
			return 1;
		if ((ex_word_in(NO, EX_NWORDS(NO), t + ws, wl) && (wl != 6 ||
		    (ws + wl + 5 <= e && ex_ncasecmp(t + ws + wl, " down", 5) == 0))) || ex_ruled_out(t, ws, wl, e))
			return 1;
		/* "but Korean officials said the issue was not on the agenda",
		 * "which Tokyo says is off the table". */
		if ((wl == 3 && ex_ncasecmp(t + ws, "not", 3) == 0 && ws + 17 <= e &&
		    (ex_ncasecmp(t + ws, "not on the agenda", 17) == 0 || ex_ncasecmp(t + ws, "not on the table", 16) == 0)) ||
		    (wl == 3 && ex_ncasecmp(t + ws, "off", 3) == 0 && ws + 13 <= e && ex_ncasecmp(t + ws, "off the table", 13) == 0))
			return 1;
		/* "..., a request China has not agreed to", "; U.S. officials have
		 * said those restrictions are not negotiable". */
		if ((ex_grant_denied(t, anchor_end, ws, wl) && ex_grant_closes(t, ws + wl, e)) ||
		    ex_not_negotiable(t, anchor_end, ws, wl) || ex_demand_unmet(t, anchor_end, ws, wl, e) ||
		    ex_refused_act(t, ws, wl, e))
			return 1;
	}
	/* "India had pressed Seoul to lower its tariffs. Korean negotiators turned
	 * down both requests." */
	return ex_next_refusal(t, e, ctx->len);
}
/*
 * ex_demand_accepted - 1 if the verb at [anchor,anchor_end) is what one side
 * asked of another (ex_asked_of) and the sentence ends saying the other side
 * agreed to it: a past verb of pledging or "accepted" after a comma or "and",
 * closing the sentence or followed by "to do so" or "to the request" ("Washington
 * asked Beijing to buy more soybeans, and China agreed", "... and Tokyo
 * agreed to do so").  "and China agreed to cut its tariffs" is a pledge of
 * its own, and leaves the request a request.
 */
int
ex_demand_accepted(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor, size_t anchor_end)
{
	static const struct ex_word DONE[] = {EX_W("do"), EX_W("the"), EX_W("that"), EX_W("this")};
	const char *t = ctx->text;
	size_t ws, wl, pos, ns, nl, end = e;

	while (end > anchor_end && (t[end - 1] == '.' || t[end - 1] == ' ' || t[end - 1] == '\n' ||
	    t[end - 1] == '"'))
		end--;
	if (!ex_asked_of(ctx, s, anchor))
		return 0;
	for (pos = anchor_end; pos < end; pos = ws + (wl > 0 ? wl : 1)) {
		if ((wl = ex_word_after(t, pos, end, &ws)) == 0)
			continue;
		if (!ex_pledge_past(t + ws, wl) && !(wl == 8 && ex_ncasecmp(t + ws, "accepted", 8) == 0))
			continue;
		if (ex_has_kind(ctx, RULE_NEGATION, anchor_end, ws) || memchr(t + anchor_end, ',', ws - anchor_end) == NULL)
			continue;
		if (ws + wl == end)
			return 1;
		/* "agreed to do so", "agreed to the request", "accepted that demand". */
		if ((nl = ex_word_after(t, ws + wl, end, &ns)) == 2 && ex_ncasecmp(t + ns, "to", 2) == 0)
			nl = ex_word_after(t, ns + nl, end, &ns);
		if (nl > 0 && ex_word_in(DONE, EX_NWORDS(DONE), t + ns, nl))
			return 1;
	}
	return 0;
}
/*
 * ex_rejected_demand_before - 1 if the verb at anchor is the content of a demand
 * that an earlier verb of the sentence turned down: a verb of refusal, then within
 * four words a noun of asking ("Seoul rejected Washington's demand to open its rice
 * market and to lift its ban", "Tokyo refused calls to cut its tariffs", "dismissed
 * requests for a cut in duties", "pushed back against U.S. calls to open"), with
 * no pledge cue or clause break between it and the verb ("rejected the demand
 * but agreed to cut" keeps the pledge).  The contract's demand that the actor
 * rejected: no commitment of either side.
 */
int
ex_rejected_demand_before(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	static const struct ex_word NO[] = {
	    EX_W("rejected"), EX_W("rejects"), EX_W("rejecting"), EX_W("refused"), EX_W("refuses"),
	    EX_W("rebuffed"), EX_W("rebuffs"), EX_W("dismissed"), EX_W("dismisses"), EX_W("resisted"),
	    EX_W("resists"), EX_W("spurned"), EX_W("ignored"), EX_W("turned"), EX_W("brushed"),
	    EX_W("declined"), EX_W("declines")};
	static const struct ex_word ASKED[] = {
	    EX_W("demand"), EX_W("demands"), EX_W("call"), EX_W("calls"), EX_W("request"),
	    EX_W("requests"), EX_W("appeal"), EX_W("appeals"), EX_W("plea"), EX_W("pleas"),
	    EX_W("pressure"), EX_W("proposal"), EX_W("proposals"), EX_W("offer"), EX_W("offers"),
	    EX_W("push"), EX_W("bid"), EX_W("suggestion"), EX_W("suggestions")};
	static const struct ex_word PUSH[] = {
	    EX_W("pushed"), EX_W("pushing"), EX_W("push"), EX_W("pushes")};
	const char *t = ctx->text;
	size_t ws, wl, pos, as, al;

	for (pos = s; pos < anchor; pos++) {
		if (!ex_word_byte((unsigned char)t[pos]) || (pos > s && ex_word_byte((unsigned char)t[pos - 1])))
			continue;
		if ((wl = ex_word_after(t, pos, anchor, &ws)) == 0)
			continue;
		/* "has not agreed to Chinese requests", "did not accept calls": a
		 * grant denied is a refusal. */
		/* "pushed back against U.S. calls to open": resisted. */
		if (ex_word_in(PUSH, EX_NWORDS(PUSH), t + ws, wl) &&
		    ex_ncasecmp(t + ws + wl, " back against ", 14) == 0)
			wl += 13;
		else if (!ex_word_in(NO, EX_NWORDS(NO), t + ws, wl) && !ex_grant_denied(t, s, ws, wl))
			continue;
		as = ws + wl;
		for (int w = 0; w < 4 && (al = ex_word_after(t, as, anchor, &as)) > 0; w++, as += al) {
			if (ex_word_in(ASKED, EX_NWORDS(ASKED), t + as, al))
				break;
			/* "refused U.S. requests": a party's name, dots and all, is one
			 * word. */
			for (size_t i = ex_first(ctx, as); i < ctx->m.n && ctx->m.v[i].start == as; i++)
				if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].end > as + al &&
				    ctx->m.v[i].end <= anchor)
					al = ctx->m.v[i].end - as;
		}
		if (al == 0 || !ex_word_in(ASKED, EX_NWORDS(ASKED), t + as, al))
			continue;
		as += al;
		for (size_t i = ex_first(ctx, as); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
			const struct ex_mention *x = &ctx->m.v[i];

			if (x->kind == RULE_BREAK ||
			    (x->kind == RULE_CUE && x->value == STATUS_PLEDGED))
				return 0;
		}
		return 1;
	}
	return 0;
}

/*
 * ex_party_should - 1 if a party's name ends right before the "should" at ws
 * and the verb at anchor follows within five words, with no clause break nor
 * pledge cue between and no deal named before it ("Li said Washington should
 * reciprocate by removing"; not "Under the deal, Vietnam should cut").
 */
static int
ex_party_should(const struct ex_ctx *ctx, size_t lo, size_t ws, size_t anchor)
{
	size_t pos = ws, wstart, wlen;
	int party = 0, words = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_ACTOR && x->end <= ws && x->end + 1 >= ws)
			party = 1;
		else if (x->start > ws && (x->kind == RULE_BREAK ||
		    (x->kind == RULE_CUE && x->value == STATUS_PLEDGED)))
			return 0;
	}
	for (; (wlen = ex_word_after(ctx->text, pos, anchor, &wstart)) > 0; words++)
		pos = wstart + wlen;
	/* "Under the deal, Vietnam should cut its tariffs": the deal's terms. */
	return party && words <= 6 && !ex_names_pact(ctx->text, lo, ws);
}

/*
 * ex_urgent_demand - 1 if the verb at anchor stands under a modal of obligation
 * with an adverb of urgency, earlier in its clause ("The US side must immediately
 * cancel its tariffs ... and stop abusing export controls", "Brussels should
 * urgently lift its duties", "must at once"): an editorial's or a rival's demand,
 * no commitment.  "Under the deal, Vietnam must cut its tariffs" stays.
 */
int
ex_urgent_demand(const struct ex_ctx *ctx, size_t cs, size_t anchor)
{
	static const struct ex_word MODAL[] = {
	    EX_W("must"), EX_W("should"), EX_W("needs"), EX_W("need"), EX_W("ought")};
	static const struct ex_word NOW[] = {
	    EX_W("immediately"), EX_W("urgently"), EX_W("promptly"), EX_W("forthwith"),
	    EX_W("swiftly"), EX_W("instantly")};
	const char *t = ctx->text;
	size_t ws, wl, pos, lo = anchor > cs + 160 ? anchor - 160 : cs;

	for (pos = lo; pos < anchor; pos = ws + (wl > 0 ? wl : 1)) {
		size_t as, al;

		if ((wl = ex_word_after(t, pos, anchor, &ws)) == 0 ||
		    !ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl))
			continue;
		/* "needs to immediately", "ought to urgently": the "to" aside. */
		al = ex_word_after(t, ws + wl, anchor, &as);
		if (al == 2 && strncasecmp(t + as, "to", 2) == 0)
			al = ex_word_after(t, as + 2, anchor, &as);
		if ((al > 0 && ex_word_in(NOW, EX_NWORDS(NOW), t + as, al)) ||
		    (al == 2 && strncasecmp(t + as, "at once", 7) == 0))
			return 1;
		/* "Washington should instead remove", "Beijing should open its market",
		 * "said the EU should go further and remove": a party told what it
		 * should do, a few words before the verb, is a demand or a view. */
		if (wl == 6 && ex_party_should(ctx, lo, ws, anchor))
			return 1;
	}
	return 0;
}
/*
 * ex_penalised_flow - 1 if the verb noun at anchor ("purchases", "imports") is
 * what a penalty answers: "the penalty levied over India's purchases of Russian
 * oil", "to punish Ankara for its purchases of Russian crude", "sanctions
 * targeting refiners' purchases of Iranian oil".  The link word ("over", "for",
 * "targeting", "against") stands right before the noun or its owner, a penalty
 * word within ten words before the link: a measure's cause, no commitment.
 */
int
ex_penalised_flow(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	static const struct ex_word LINK[] = {
	    EX_W("over"), EX_W("for"), EX_W("targeting"), EX_W("target"), EX_W("targets"),
	    EX_W("against")};
	static const struct ex_word PENAL[] = {
	    EX_W("penalty"), EX_W("penalties"), EX_W("penalise"), EX_W("penalize"),
	    EX_W("penalised"), EX_W("penalized"), EX_W("penalising"), EX_W("penalizing"),
	    EX_W("punish"), EX_W("punishes"), EX_W("punished"), EX_W("punishing"),
	    EX_W("punishment"), EX_W("sanction"), EX_W("sanctions"), EX_W("sanctioned"),
	    EX_W("fine"), EX_W("fines"), EX_W("fined"), EX_W("retaliation"), EX_W("levied"),
	    EX_W("secondary")};
	/* After "over", a levy itself or its imposing is the penalty: "the
	 * tariff it imposed on Indian goods over the Russian oil purchases". */
	static const struct ex_word LEVY[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"),
	    EX_W("levies"), EX_W("imposed"), EX_W("slapped")};
	static const struct ex_word FLOW[] = {
	    EX_W("purchases"), EX_W("imports"), EX_W("buying"), EX_W("purchasing")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_before(t, anchor, s, &ws), pos;
	int over, between = 0;

	/* The owner between: "its", "their", "India's", "Chinese refiners'"; after
	 * "over" also the goods' words ("over its Russian crude purchases"). */
	for (; between < 4 && wl > 0 && !ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl); between++)
		wl = ex_word_before(t, ws, s, &ws);
	if (wl == 0 || !ex_word_in(LINK, EX_NWORDS(LINK), t + ws, wl))
		return 0;
	over = wl == 4 && ex_ncasecmp(t + ws, "over", 4) == 0 &&
	    ex_word_in(FLOW, EX_NWORDS(FLOW), t + anchor, ex_word_after(t, anchor, ctx->len, &pos));
	if (!over && between > 2)
		return 0;
	pos = ws;
	for (int w = 0; w < 10 && (wl = ex_word_before(t, pos, s, &ws)) > 0; w++, pos = ws)
		if (ex_word_in(PENAL, EX_NWORDS(PENAL), t + ws, wl) ||
		    (over && ex_word_in(LEVY, EX_NWORDS(LEVY), t + ws, wl)))
			return 1;
	return 0;
}

/*
 * ex_granted - 1 if a past-tense beneficiary verb stands among the few words
 * before the measure noun at anchor ("won Canada a 30-day pause", "Seoul
 * secured a suspension of"), or the giver's "granted"/"gave" ("has granted
 * Mexico another 90-day extension of the pause"): the measure was granted.
 */
int
ex_granted(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word GAVE[] = {
	    EX_W("granted"), EX_W("gave"), EX_W("given"), EX_W("awarded")};
	const struct rules *r = ctx->r;
	size_t pos = anchor, ws, wl;

	for (int w = 0; w < 9 && pos > lo; w++) {
		if ((wl = ex_word_before(ctx->text, pos, lo, &ws)) == 0) {
			/* "a 30-day pause": the parts of a compound are words. */
			if (ws > lo && ctx->text[ws - 1] == '-') {
				pos = ws - 1;
				continue;
			}
			return 0;
		}
		if (rules_list_has(&r->beneficiary_verbs, ctx->text + ws, wl))
			return (wl > 2 && ex_ncasecmp(ctx->text + ws + wl - 2, "ed", 2) == 0) ||
			    rules_list_has(&r->past_forms, ctx->text + ws, wl);
		/* "won a promise from Beijing to pause", "got Beijing's pledge to
		 * buy": what was received is a promise, not the act. */
		if (ex_word_in(EX_PLEDGE_NOUNS, EX_NPLEDGE_NOUNS, ctx->text + ws, wl))
			return 0;
		/* The giver's side: "has granted Mexico another 90-day extension of
		 * the pause", "gave Canada a 30-day reprieve". */
		if (ex_word_in(GAVE, EX_NWORDS(GAVE), ctx->text + ws, wl))
			return 1;
		pos = ws;
	}
	return 0;
}

/* ex_topic_modifier - 1 if cue x only qualifies the noun talked about ("On the
 * agenda: ... a possible Canadian investment in nickel processing"). */
static int
ex_topic_modifier(const char *t, const struct ex_mention *x)
{
	static const struct ex_word MOD[] = {EX_W("possible"), EX_W("potential")};

	return x->kind == RULE_CUE && ex_word_in(MOD, EX_NWORDS(MOD), t + x->start, x->end - x->start);
}
/* ex_topic - 1 if the frame at anchor names only a subject of talk: a topic phrase
 * ("talks on", "discussed", "issues including") stands before it in its clause
 * with no verb or status cue between ("kept talking about fentanyl and market
 * access"; but "discussed trade and agreed to buy soybeans" commits). */
int
ex_topic(const struct ex_ctx *ctx, size_t cs, size_t anchor)
{
	size_t topic_end = EX_NOPOS;

	/* A verb inside the phrase ("issues" in "issues including") does not end it,
	 * nor open a frame of its own. */
	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start <= anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_TOPIC)
			topic_end = x->end;
		else if ((x->kind == RULE_TRIGGER || x->kind == RULE_CUE) && topic_end != EX_NOPOS &&
		    x->start >= topic_end && x->start < anchor && !ex_topic_modifier(ctx->text, x))
			topic_end = EX_NOPOS;
	}
	return topic_end != EX_NOPOS;
}
/* Words that may lead the larger figure of a part ("out of roughly 390",
 * "146 of the roughly 390 plants"). */
static const struct ex_word EX_WHOLE_LEAD[] = {
    EX_W("roughly"), EX_W("about"), EX_W("around"), EX_W("some"), EX_W("nearly"),
    EX_W("almost"), EX_W("approximately"), EX_W("the"), EX_W("its"), EX_W("their")};

/* ex_out_of_count - 1 if " of " at p, after "out", comes after a figure in [lo,p)
 * and before another one ("210 plants out of roughly 390", "12 out of 20"). */
static int
ex_out_of_count(const char *t, size_t lo, size_t p, size_t hi)
{
	size_t os, ws, wl, q = p + 3;
	int counted = 0;

	if (ex_word_before(t, p, lo, &os) != 3 || ex_ncasecmp(t + os, "out", 3) != 0)
		return 0;
	for (size_t i = lo; !counted && (wl = ex_word_after(t, i, os, &ws)) > 0; i = ws + wl)
		counted = t[ws] >= '0' && t[ws] <= '9';
	while ((wl = ex_word_after(t, q, hi, &ws)) > 0 && ex_word_in(EX_WHOLE_LEAD, EX_NWORDS(EX_WHOLE_LEAD), t + ws, wl))
		q = ws + wl;
	return counted && wl > 0 && t[ws] >= '0' && t[ws] <= '9';
}
/* ex_part_out_of - 1 if [lo,hi) names a figure out of a larger one ("210 plants
 * out of roughly 390"): a part. */
int
ex_part_out_of(const char *t, size_t lo, size_t hi)
{
	for (size_t p = lo; p + 4 < hi; p++)
		if (t[p] == ' ' && ex_ncasecmp(t + p, " of ", 4) == 0 && ex_out_of_count(t, lo, p, hi))
			return 1;
	return 0;
}
/* ex_few_recipients - 1 if [lo,hi) gives a verb of permitting only a few
 * takers: "to a handful of Indian companies", "for only a few US firms", "to a
 * small number of exporters", "to only some applicants", "to several magnet
 * makers", "to a number of exporters", "to about a dozen companies" (a vague
 * count of takers is a first lot); "to all US applicants", "to 40 companies"
 * say nothing of a part. */
int
ex_few_recipients(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word FEW[] = {
	    EX_W("a handful of"), EX_W("only a handful of"), EX_W("only a few"),
	    EX_W("a small number of"), EX_W("only a small number of"), EX_W("only some"),
	    EX_W("just a few"), EX_W("just a handful of"), EX_W("several"), EX_W("a number of"),
	    EX_W("a dozen"), EX_W("about a dozen"), EX_W("around a dozen")};
	size_t ws, wl;

	for (size_t p = lo; (wl = ex_word_after(t, p, hi, &ws)) > 0; p = ws + wl)
		if (((wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) || (wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0)) &&
		    ws + wl + 1 < hi && ex_phrase_at(FEW, EX_NWORDS(FEW), t, ws + wl + 1, hi))
			return 1;
	return 0;
}
/* ex_part_of_count - 1 if [lo,hi) names a count out of a larger one ("three of
 * the eight packers", "12 of its 38 plants", "two of their five", "146 of the
 * roughly 390 plants"): a part. */
int
ex_part_of_count(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word OWNER[] = {EX_W("the"), EX_W("its"), EX_W("their")};
	size_t ws, wl, as, al, bs, bl;

	for (size_t p = lo; p + 4 < hi; p++) {
		if (t[p] != ' ' || ex_ncasecmp(t + p, " of ", 4) != 0)
			continue;
		wl = ex_word_before(t, p, lo, &ws);
		/* "all of the 38 plants" is the whole set. */
		if (wl == 0 || !ex_count_word(t + ws, wl) || (wl == 3 && ex_ncasecmp(t + ws, "all", 3) == 0))
			continue;
		if ((al = ex_word_after(t, p + 3, hi, &as)) == 0 || !ex_word_in(OWNER, EX_NWORDS(OWNER), t + as, al))
			continue;
		while ((bl = ex_word_after(t, as + al, hi, &bs)) > 0 &&
		    ex_word_in(EX_WHOLE_LEAD, EX_NWORDS(EX_WHOLE_LEAD), t + bs, bl)) {
			as = bs;
			al = bl;
		}
		if (bl > 0 && ((t[bs] >= '0' && t[bs] <= '9') || ex_count_word(t + bs, bl)))
			return 1;
	}
	return 0;
}
/* ex_another_lot - 1 if the object of the verb ending at end opens with a word
 * that adds to lots bought before: "booked another six cargoes", "bought a
 * further 500,000 tonnes", "has invested an additional $5 billion": a step of
 * buying still going on, not the whole done.  "bought more Thai rice this
 * year" compares with a year before and stays done. */
int
ex_another_lot(const char *t, size_t end, size_t hi)
{
	static const struct ex_word MORE[] = {
	    EX_W("another"), EX_W("additional"), EX_W("further")};
	size_t ws, wl;

	if ((wl = ex_word_after(t, end, hi, &ws)) == 1 && (t[ws] == 'a' || t[ws] == 'A'))
		wl = ex_word_after(t, ws + wl, hi, &ws);
	else if (wl == 2 && ex_ncasecmp(t + ws, "an", 2) == 0)
		wl = ex_word_after(t, ws + wl, hi, &ws);
	return wl > 0 && ws - end <= 6 && ex_word_in(MORE, EX_NWORDS(MORE), t + ws, wl);
}
/* ex_lot_bought - 1 if goods bought in lots follow the buying verb that ends at b:
 * within ten words, before a comma or a stop, "cargoes", "tonnes", "barrels",
 * "bushels", "shipments" ("booked three cargoes of", "bought 2 million barrels
 * of"). */
static int
ex_lot_bought(const char *t, size_t b, size_t ce)
{
	static const struct ex_word LOT[] = {
	    EX_W("cargo"), EX_W("cargoes"), EX_W("shipment"), EX_W("shipments"), EX_W("tonnes"),
	    EX_W("tons"), EX_W("barrels"), EX_W("bushels"), EX_W("boatloads"), EX_W("tonne"),
	    EX_W("ton"), EX_W("mt"), EX_W("mmt")};
	size_t ws, wl, p = b;

	for (int w = 0; w < 10 && p < ce; w++, p = ws + wl) {
		if ((wl = ex_word_after(t, p, ce, &ws)) == 0) {
			/* "2.5", "300,000": a number's point or comma; else punctuation ends it */
			if (ex_digit_sep(t, b, ws, ce)) {
				wl = 1;
				continue;
			}
			if (ws < ce && (t[ws] == '$' || t[ws] == '-')) {
				wl = 1;
				continue;
			}
			return 0;
		}
		if (ex_word_in(LOT, EX_NWORDS(LOT), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_lot_step - 1 if frame f, a verb in the past, buys "another" or "a further"
 * lot or goods by the lot with no cue ("booked three cargoes", "bought 2 million
 * barrels"; span_end bounds the first, ce the second), or invests "a further"
 * sum: one step of an act that adds up, under way rather than done. */
int
ex_lot_step(const struct ex_ctx *ctx, const struct ex_frame *f, size_t span_end, size_t ce)
{
	const char *t = ctx->text;

	if (!f->past || f->trigger < 0)
		return 0;
	if (ex_trigger_is(ctx->r, f->trigger, "buy"))
		return ex_another_lot(t, f->anchor_end, span_end) || ex_lot_bought(t, f->anchor_end, ce);
	return ex_trigger_is(ctx->r, f->trigger, "invest") && ex_another_lot(t, f->anchor_end, span_end);
}
/* ex_future_condition - 1 if the verb at anchor is the condition of an act to
 * come: "once", "when", "until" or "as soon as" at most eight words before
 * it, after a "will", "would" or "shall" earlier in the sentence [s,anchor),
 * and no modal or "expected" of its own between: "said he would cut the
 * tariff on Indian goods once New Delhi stopped buying Russian oil", "will
 * scrap the duties as soon as Washington stops its subsidies".  "halted
 * purchases when Washington raised tariffs" tells two facts; "will visit in
 * April, when Xi is expected to announce ..." tells what is to come. */
int
ex_future_condition(const char *t, size_t s, size_t anchor)
{
	static const struct ex_word CONJ[] = {EX_W("once"), EX_W("when"), EX_W("until"), EX_W("soon")};
	static const struct ex_word MODAL[] = {EX_W("will"), EX_W("would"), EX_W("shall")};
	static const struct ex_word OWN[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("expected"), EX_W("to"), EX_W("could"),
	    EX_W("may"), EX_W("might")};
	size_t ws, wl, ns, p = anchor;

	for (int w = 0; w < 8 && (wl = ex_word_before(t, p, s, &ws)) > 0; w++, p = ws) {
		if (!ex_word_in(CONJ, EX_NWORDS(CONJ), t + ws, wl))
			continue;
		/* "soon" only in "as soon as" ("will soon stop buying" is the act) */
		if (wl == 4 && ex_ncasecmp(t + ws, "soon", 4) == 0 &&
		    (ex_word_after(t, ws + wl, anchor, &ns) != 2 || ex_ncasecmp(t + ns, "as", 2) != 0))
			return 0;
		return !ex_span_word_in(OWN, EX_NWORDS(OWN), t, ws + wl, anchor) &&
		    ex_span_word_in(MODAL, EX_NWORDS(MODAL), t, s, ws);
	}
	return 0;
}
/* ex_first_part - 1 if [lo,hi) names the first few of a count ("the first five
 * aircraft have been delivered", "the first 20 jets arrived"): a part done. */
int
ex_first_part(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word COUNT[] = {
	    EX_W("two"), EX_W("three"), EX_W("four"), EX_W("five"), EX_W("six"), EX_W("seven"),
	    EX_W("eight"), EX_W("nine"), EX_W("ten"), EX_W("dozen"), EX_W("few")};
	size_t cs, wl;

	for (size_t p = lo; p + 5 < hi; p++) {
		if ((p > lo && ex_word_byte((unsigned char)t[p - 1])) || strncasecmp(t + p, "first", 5) != 0 ||
		    ex_word_byte((unsigned char)t[p + 5]))
			continue;
		wl = ex_word_after(t, p + 5, hi, &cs);
		if (wl > 0 && ((t[cs] >= '1' && t[cs] <= '9') || ex_word_in(COUNT, EX_NWORDS(COUNT), t + cs, wl)))
			return 1;
	}
	return ex_part_of_count(t, lo, hi);
}
/* ex_tally - 1 if [lo,hi) tells a running total of a buying noun by an amount
 * verb and a figure: "Purchases in the first quarter amounted to $610 million",
 * "Wheat imports came to 300,000 tonnes", "Wheat purchases stood at 300,000
 * tonnes": what was bought so far, under way ("totalled" is a trade figure's
 * word, rules.json `statistics`).  The noun comes first,
 * at most eight words before the verb, no comma or modal between ("purchases
 * would amount to $2 billion" is a forecast); the figure within two words after. */
int
ex_tally(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word NOUN[] = {
	    EX_W("purchases"), EX_W("imports"), EX_W("buying"), EX_W("bookings"), EX_W("shipments")};
	static const struct ex_word VERB[] = {
	    EX_W("amounted"), EX_W("came"), EX_W("stood"), EX_W("reached")};
	static const struct ex_word AFTER[] = {EX_W("to"), EX_W("at")};
	static const struct ex_word STOP[] = {
	    EX_W("will"), EX_W("would"), EX_W("could"), EX_W("may"), EX_W("might"), EX_W("should"),
	    EX_W("expected"), EX_W("likely"), EX_W("not"), EX_W("never"), EX_W("if")};
	size_t ws, wl, p = lo;
	int noun = -1;

	for (int w = 0; w < 24 && noun < 8; w++, p = ws + wl) {
		/* Over the dots of "U.S." and other marks, not a comma. */
		while (p < hi && !ex_word_byte((unsigned char)t[p]) && t[p] != ',' && t[p] != ';')
			p++;
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0) {
			if (p >= hi)
				break;
			noun = -1;
			wl = 1;
			continue;
		}
		if (noun < 0) {
			noun = ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl) ? 0 : -1;
			continue;
		}
		if (ex_word_in(STOP, EX_NWORDS(STOP), t + ws, wl))
			return 0;
		if (!ex_word_in(VERB, EX_NWORDS(VERB), t + ws, wl)) {
			noun++;
			continue;
		}
		p = ws + wl;
		/* "amounted to", "came to", "stood at"; "reached" alone. */
		if (t[ws] == 'a' || t[ws] == 'c' || t[ws] == 's' || t[ws] == 'A' || t[ws] == 'C' || t[ws] == 'S') {
			if ((wl = ex_word_after(t, p, hi, &ws)) == 0 || !ex_word_in(AFTER, EX_NWORDS(AFTER), t + ws, wl))
				return 0;
			p = ws + wl;
		}
		for (size_t k = p; k < hi && k < p + 24; k++)
			if ((t[k] >= '0' && t[k] <= '9') || t[k] == '$' || (unsigned char)t[k] == 0xe2 ||
			    (unsigned char)t[k] == 0xc2)
				return 1;
		return 0;
	}
	return 0;
}
/* ex_outcome_cues - the last progress, stalled or broken cue of [lo,hi), or -1
 * (also when a negation, "not yet" aside, or a conditional stands there); *pending
 * when the only stalled cues say "not yet". */
int
ex_outcome_cues(const struct ex_ctx *ctx, size_t lo, size_t hi, int *pending)
{
	int st = -1;
	size_t cue_end = lo;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo)
			continue;
		if ((x->kind == RULE_NEGATION && !ex_in_pending(ctx, x->start, lo, hi) &&
		    !ex_in_failure(ctx, x->start, lo, hi)) || x->kind == RULE_CONDITIONAL)
			return -1;
		/* Of two cues that share words, the lag reads them: "only a fraction
		 * of", "a third of the required pace" are stalled, not progress. */
		if (x->kind == RULE_CUE && (x->value == STATUS_IN_PROGRESS ||
		    x->value == STATUS_STALLED || x->value == STATUS_BROKEN) &&
		    (x->start >= cue_end || st == STATUS_IN_PROGRESS) &&
		    !ex_past_relative(ctx->text, lo, x->start) && !ex_conceded_doubt(ctx->text, lo, x) &&
		    !ex_began_imposing(ctx->text, x, hi) && !ex_failed_talks(ctx->text, x, hi) &&
		    !ex_planned_cue(ctx->text, x, lo, hi) && !ex_talk_attribute(ctx, x)) {
			/* "have received none so far": progress right after a
			 * lag's words is the lag's time, not progress. */
			if ((x->start >= cue_end || x->value != STATUS_IN_PROGRESS) &&
			    !(x->value == STATUS_IN_PROGRESS && (st == STATUS_STALLED || st == STATUS_BROKEN) &&
			    x->start <= cue_end + 1))
				st = x->value;
			if (x->end > cue_end)
				cue_end = x->end;
		}
	}
	if (st == STATUS_STALLED && ex_pending_only(ctx, lo, hi))
		*pending = 1;
	if (st < 0 && ex_first_part(ctx->text, lo, hi))
		st = STATUS_IN_PROGRESS;
	return st;
}
/* ex_late_only - 1 if clause [lo,hi) says only that a date was missed by a span of
 * time ("though it missed the year-end target by about two months"): late, which
 * undoes nothing already done. */
int
ex_late_only(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word SPAN[] = {
	    EX_W("day"), EX_W("days"), EX_W("week"), EX_W("weeks"), EX_W("month"), EX_W("months"),
	    EX_W("year"), EX_W("years")};
	size_t ws, wl, by = EX_NOPOS;
	int missed = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CUE || x->start < lo)
			continue;
		if (x->value != STATUS_BROKEN || x->end - x->start < 6 ||
		    ex_ncasecmp(ctx->text + x->start, "misse", 5) != 0)
			return 0;
		missed = 1;
	}
	for (size_t p = lo; missed && (wl = ex_word_after(ctx->text, p, hi, &ws)) > 0; p = ws + wl) {
		if (wl == 2 && ex_ncasecmp(ctx->text + ws, "by", 2) == 0)
			by = ws;
		else if (by != EX_NOPOS && ws - by < 32 && ex_word_in(SPAN, EX_NWORDS(SPAN), ctx->text + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_none_bought - 1 if the later clause [cs,ce) opens with "but", "yet" or
 * "though" and says that no goods were bought: "not" (or "n't"), then within
 * three words a verb of buying and "a single" or "any": "..., but state buyers
 * have not booked a single cargo since June", "but its mills haven't bought
 * any".  The purchase pledged before it has not started: stalled. */
int
ex_none_bought(const struct ex_ctx *ctx, size_t cs, size_t ce)
{
	static const struct ex_word BUT[] = {EX_W("but"), EX_W("yet"), EX_W("though"), EX_W("although")};
	static const struct ex_word BOUGHT[] = {
	    EX_W("bought"), EX_W("booked"), EX_W("purchased"), EX_W("imported"), EX_W("ordered"),
	    EX_W("placed"), EX_W("taken"), EX_W("signed")};
	const char *t = ctx->text;
	size_t ws, wl, p = cs;
	int neg = -1;

	while (p < ce && (t[p] == ',' || t[p] == ' '))
		p++;
	if ((wl = ex_word_after(t, p, ce, &ws)) == 0 || !ex_word_in(BUT, EX_NWORDS(BUT), t + ws, wl))
		return 0;
	for (int w = 0; w < 16 && (wl = ex_word_after(t, ws + wl, ce, &ws)) > 0; w++) {
		if ((wl == 3 && ex_ncasecmp(t + ws, "not", 3) == 0) ||
		    (wl > 3 && ex_ncasecmp(t + ws + wl - 3, "n't", 3) == 0))
			neg = w;
		else if (neg >= 0 && w - neg <= 3 && ex_word_in(BOUGHT, EX_NWORDS(BOUGHT), t + ws, wl)) {
			size_t as, al = ex_word_after(t, ws + wl, ce, &as);

			if (al == 3 && ex_ncasecmp(t + as, "any", 3) == 0)
				return 1;
			return al == 1 && (t[as] == 'a' || t[as] == 'A') &&
			    (al = ex_word_after(t, as + al, ce, &as)) == 6 && ex_ncasecmp(t + as, "single", 6) == 0;
		}
	}
	return 0;
}
/* ex_clause_outcome - "..., but the plan has fallen behind schedule", "and that offer
 * is now off the table": a later clause with no commitment of its own whose subject
 * is a definite noun phrase or a pronoun and which holds a progress, stalled or
 * broken cue tells how the commitments of the earlier clauses stand.  The status, or
 * -1; *pending is set when the only such cue says "not yet" ("but the cut has not
 * yet been made"), stalled only once the deadline has passed. */
/* ex_speaker_of_goods - 1 if [lo,hi) holds goods after "of" ("exporters of
 * graphite"): a speaker who deals in goods of their own. */
static int
ex_speaker_of_goods(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	size_t ws, wl;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= lo &&
		    (wl = ex_word_before(ctx->text, ctx->m.v[i].start, lo, &ws)) == 2 &&
		    ex_ncasecmp(ctx->text + ws, "of", 2) == 0)
			return 1;
	return 0;
}
/* ex_definite_subject - 1 if later clause [cs,ce) has a definite noun phrase or
 * a pronoun as its subject: the break word itself ("but", ";", ", and"), then
 * the subject, perhaps after a speaker ("and officials said the purchases are on
 * track"); an ", and" clause starts at its comma.  A speaker of up to four
 * words gives three more words to the look ("but US battery makers say they
 * have received none"), and after its verb of saying a bare plural noun of the
 * act's process is the subject too ("but exporters say applications are still
 * stuck"), unless the speaker deals in goods ("exporters of graphite say"). */
int
ex_definite_subject(const struct ex_ctx *ctx, size_t cs, size_t ce)
{
	static const struct ex_word SUBJ[] = {
	    EX_W("the"), EX_W("that"), EX_W("this"), EX_W("these"), EX_W("those"), EX_W("it"),
	    EX_W("they"), EX_W("its"), EX_W("their"), EX_W("such")};
	static const struct ex_word PART[] = {
	    EX_W("some"), EX_W("most"), EX_W("part"), EX_W("all"), EX_W("much"), EX_W("many"),
	    EX_W("half")};
	static const struct ex_word SAY[] = {EX_W("say"), EX_W("says"), EX_W("said")};
	static const struct ex_word PROCESS[] = {
	    EX_W("applications"), EX_W("approvals"), EX_W("licences"), EX_W("licenses"),
	    EX_W("permits"), EX_W("shipments"), EX_W("purchases"), EX_W("orders"),
	    EX_W("deliveries"), EX_W("cargoes")};
	size_t ws, wl, p = cs;
	int subject = 0, said = 0, words = 5;

	while (p < ce && (ctx->text[p] == ',' || ctx->text[p] == ';'))
		p++;
	for (int w = 0; w < words && (wl = ex_word_after(ctx->text, p, ce, &ws)) > 0 && !subject; w++) {
		size_t ow, ol;

		/* "but industry groups warn that the supply chain ...", "while
		 * cautioning that many still face delays": "that" after a verb opens
		 * what was said, no subject ("but that part of the deal" is one). */
		subject = ((w <= 1 || wl != 4 || ex_ncasecmp(ctx->text + ws, "that", 4) != 0) &&
		    ex_word_in(SUBJ, EX_NWORDS(SUBJ), ctx->text + ws, wl)) ||
		    (said && w == said && ex_word_in(PROCESS, EX_NWORDS(PROCESS), ctx->text + ws, wl));
		/* "some of those cargoes", "most of the purchases" */
		if (!subject && ex_word_in(PART, EX_NWORDS(PART), ctx->text + ws, wl) &&
		    (ol = ex_word_after(ctx->text, ws + wl, ce, &ow)) == 2 &&
		    ex_ncasecmp(ctx->text + ow, "of", 2) == 0)
			subject = 1;
		if (!said && w >= 2 && ex_word_in(SAY, EX_NWORDS(SAY), ctx->text + ws, wl)) {
			/* "though exporters of graphite say their ...": a
			 * speaker of goods speaks of those. */
			if (ex_speaker_of_goods(ctx, cs, ws))
				break;
			said = w + 1;
			words = w + 4;
		}
		p = ws + wl;
		while (p < ce && (ctx->text[p] == ',' || ctx->text[p] == ';'))
			p++;
	}
	return subject;
}
/* ex_undone_predicate - STATUS_BROKEN if [lo,hi) holds a passive or perfect
 * participle that undoes a deal ("was later scrapped", "has been shelved", "were
 * quietly dropped", "had been called off"): an auxiliary of being, at most two
 * adverbs, then the participle.  The bare verbs are verbs of lowering a measure
 * ("scrapped the tariff") and no status cue; only after "was", "were", "been"
 * do they tell what became of the deal the clause's subject names.  -1. */
static int
ex_undone_predicate(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("were"), EX_W("been"), EX_W("is"), EX_W("are")};
	static const struct ex_word UNDONE[] = {
	    EX_W("scrapped"), EX_W("shelved"), EX_W("dropped"), EX_W("ditched"), EX_W("junked"),
	    EX_W("rescinded"), EX_W("revoked"), EX_W("withdrawn"), EX_W("terminated"),
	    EX_W("cancelled"), EX_W("canceled"), EX_W("abandoned"), EX_W("killed"),
	    EX_W("torpedoed"), EX_W("annulled"), EX_W("voided"), EX_W("reversed"), EX_W("called"),
	    EX_W("torn"), EX_W("nullified")};
	size_t ws, wl;

	for (size_t p = lo; p < hi; p = ws + (wl > 0 ? wl : 1)) {
		size_t as, al;
		int adverbs = 0;

		if ((wl = ex_word_after(t, p, hi, &ws)) == 0 || !ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
			continue;
		as = ws;
		al = wl;
		/* "was later scrapped", "has since been quietly dropped" */
		while ((al = ex_word_after(t, as + al, hi, &as)) > 2 && adverbs < 2 &&
		    ex_ncasecmp(t + as + al - 2, "ly", 2) == 0)
			adverbs++;
		if (al == 5 && (ex_ncasecmp(t + as, "later", 5) == 0 || ex_ncasecmp(t + as, "since", 5) == 0))
			al = ex_word_after(t, as + al, hi, &as);
		if (al == 0 || !ex_word_in(UNDONE, EX_NWORDS(UNDONE), t + as, al))
			continue;
		/* "called off", "torn up" need their particle. */
		if ((al == 6 && ex_ncasecmp(t + as, "called", 6) == 0) ||
		    (al == 4 && ex_ncasecmp(t + as, "torn", 4) == 0)) {
			size_t ps, pl = ex_word_after(t, as + al, hi, &ps);

			if (!(pl == 3 && ex_ncasecmp(t + ps, "off", 3) == 0) &&
			    !(pl == 2 && ex_ncasecmp(t + ps, "up", 2) == 0))
				continue;
		}
		return STATUS_BROKEN;
	}
	return -1;
}
/* ex_and_progress_subject - 1 if the ", and" clause at cs shares the subject of
 * the clause before it: an auxiliary right after "and" ("..., and has begun
 * doing so", "..., and have since started buying"); 2 if it names the goods on
 * their way: a bare plural noun of deliveries, perhaps after one adjective of
 * pace ("..., and shipments have been arriving since", "..., and regular
 * cargoes have arrived").  Not "..., and Brazil has begun ...": another
 * subject. */
int
ex_and_progress_subject(const char *t, size_t cs, size_t ce)
{
	static const struct ex_word AUX[] = {
	    EX_W("has"), EX_W("have"), EX_W("is"), EX_W("are")};
	static const struct ex_word PACE[] = {
	    EX_W("regular"), EX_W("steady"), EX_W("further"), EX_W("more"), EX_W("initial"),
	    EX_W("weekly"), EX_W("monthly")};
	static const struct ex_word DELIVERY[] = {
	    EX_W("shipments"), EX_W("cargoes"), EX_W("deliveries"), EX_W("consignments")};
	static const struct ex_word ONE[] = {
	    EX_W("shipment"), EX_W("cargo"), EX_W("delivery"), EX_W("consignment"), EX_W("lot")};
	static const struct ex_word FIRST[] = {EX_W("first"), EX_W("initial")};
	size_t ws, wl;

	/* " and the first shipments landed" (ex_and_first) has no comma. */
	if (cs + 9 <= ce && strncmp(t + cs, " and the ", 9) == 0)
		cs--;
	else if (cs + 6 > ce || strncmp(t + cs, ", and ", 6) != 0)
		return 0;
	if ((wl = ex_word_after(t, cs + 5, ce, &ws)) == 0)
		return 0;
	if (ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl))
		return 1;
	if (ex_word_in(PACE, EX_NWORDS(PACE), t + ws, wl) && (wl = ex_word_after(t, ws + wl, ce, &ws)) == 0)
		return 0;
	if (ex_word_in(DELIVERY, EX_NWORDS(DELIVERY), t + ws, wl))
		return 2;
	/* "..., and the first US soybean cargo cleared customs", "..., and the
	 * first shipments landed in December": a definite first delivery, its
	 * origin or goods at most between. */
	if (!(wl == 3 && ex_ncasecmp(t + ws, "the", 3) == 0) || (wl = ex_word_after(t, ws + wl, ce, &ws)) == 0 ||
	    !ex_word_in(FIRST, EX_NWORDS(FIRST), t + ws, wl))
		return 0;
	for (int w = 0; w < 4 && (wl = ex_word_after(t, ws + wl, ce, &ws)) > 0; w++)
		if (ex_word_in(DELIVERY, EX_NWORDS(DELIVERY), t + ws, wl) ||
		    ex_word_in(ONE, EX_NWORDS(ONE), t + ws, wl))
			/* Not "the first shipment of Canadian pork": goods of their own. */
			return (wl = ex_word_after(t, ws + wl, ce, &ws)) == 2 &&
			    ex_ncasecmp(t + ws, "of", 2) == 0 ? 0 : 2;
	return 0;
}
int
ex_clause_outcome(const struct ex_ctx *ctx, size_t cs, size_t ce, int *pending)
{
	size_t ws, wl, p;
	int subject, st;

	*pending = 0;
	/* ", which it imposed in 2025 in retaliation for ...": the history of the
	 * measure named before, no outcome of the commitment. */
	for (p = cs; p < ce && (ctx->text[p] == ',' || ctx->text[p] == ' '); p++)
		;
	if ((wl = ex_word_after(ctx->text, p, ce, &ws)) > 0 && ex_which_subject(ctx->text, ws, wl, ce))
		return ex_which_did(ctx->text, ws + wl, ce) ? STATUS_FULFILLED : -1;
	subject = ex_definite_subject(ctx, cs, ce);
	/* "pledged to buy $80 billion of farm goods but fell well short", "but
	 * later reneged": a verb right after "but" shares the subject before it. */
	if (!subject && (wl = ex_word_after(ctx->text, cs, ce, &ws)) == 3 &&
	    strncasecmp(ctx->text + ws, "but", 3) == 0) {
		static const struct ex_word THEN[] = {
		    EX_W("later"), EX_W("then"), EX_W("soon"), EX_W("quickly"), EX_W("eventually"),
		    EX_W("ultimately")};

		p = ws + wl;
		if ((wl = ex_word_after(ctx->text, p, ce, &ws)) > 0 && ex_word_in(THEN, EX_NWORDS(THEN), ctx->text + ws, wl))
			p = ws + wl;
		if (ex_word_after(ctx->text, p, ce, &ws) > 0)
			for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start == ws; i++)
				subject |= ctx->m.v[i].kind == RULE_CUE &&
				    (ctx->m.v[i].value == STATUS_STALLED || ctx->m.v[i].value == STATUS_BROKEN);
	}
	/* "agreed to buy more US rice, and has begun doing so", "..., and
	 * shipments have been arriving since": progress only. */
	if (!subject && ex_and_progress_subject(ctx->text, cs, ce))
		return (st = ex_outcome_cues(ctx, cs, ce, pending)) == STATUS_IN_PROGRESS ? st : -1;
	if (!subject)
		return -1;
	if ((st = ex_outcome_cues(ctx, cs, ce, pending)) < 0 && !ex_has_kind(ctx, RULE_NEGATION, cs, ce) &&
	    !ex_has_kind(ctx, RULE_CONDITIONAL, cs, ce))
		st = ex_undone_predicate(ctx->text, cs, ce);
	return st;
}
/* ex_verb_noun_at - 1 if the word at pos is a noun made of a verb: "removal",
 * "elimination", "suspension", "reduction", "abolishment", or "the lifting": a
 * measure named, so a relative clause after it may tell of the act itself ("the
 * removal ..., which took effect"), not of the tariff an act removes ("agreed to
 * remove its tariff on cherries, which took effect in 2019"). */
static int
ex_verb_noun_at(const char *t, size_t lo, size_t pos, size_t hi)
{
	static const char *const SUFFIX[] = {"al", "ion", "ions", "ment", "ments"};
	size_t ws, wl = ex_word_after(t, pos, hi, &ws), bs, bl;

	if (wl < 5 || ws != pos)
		return 0;
	for (size_t i = 0; i < sizeof(SUFFIX) / sizeof(SUFFIX[0]); i++) {
		size_t n = strlen(SUFFIX[i]);

		if (wl > n + 2 && ex_ncasecmp(t + ws + wl - n, SUFFIX[i], n) == 0)
			return 1;
	}
	return ex_ncasecmp(t + ws + wl - 3, "ing", 3) == 0 &&
	    (bl = ex_word_before(t, ws, lo, &bs)) == 3 && ex_ncasecmp(t + bs, "the", 3) == 0;
}
/* ex_pledge_noun_to - 1 if the verb at pos is the infinitive of a pledge noun
 * within [lo,pos): "to" right before it, and a noun of pledging at most four
 * words before that "to", no comma between ("a US pledge to cut the tariff",
 * "Japan's commitment to scrap its duty", "a pledge by Seoul to reopen").  The
 * act the pledge names, so a relative clause after it may tell that act done. */
static int
ex_pledge_noun_to(const char *t, size_t lo, size_t pos)
{
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	if (wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0)
		return 0;
	pos = ws;
	for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws)
		if (ex_word_in(EX_PLEDGE_NOUNS, EX_NPLEDGE_NOUNS, t + ws, wl))
			return 1;
	return 0;
}
/* ex_span_year - 1 if [p,e) holds a year of four digits as a word. */
static int
ex_span_year(const char *t, size_t p, size_t e)
{
	size_t ws, wl;

	for (; (wl = ex_word_after(t, p, e, &ws)) > 0; p = ws + wl)
		if (ex_year_at(t + ws, e - ws))
			return 1;
	return 0;
}
/* A measure's taking effect, past or perfect ("which takes effect next month" is
 * still to come): ex_relative_effect, ex_effect_after_relative; EX_LEX_EFFECT. */
const struct ex_word EX_EFFECT_DONE[] = {
    EX_W("took effect"), EX_W("came into force"), EX_W("came into effect"),
    EX_W("entered into force"), EX_W("went into effect"), EX_W("went into force"),
    EX_W("kicked in"), EX_W("has taken effect"), EX_W("have taken effect"),
    EX_W("has been in force"), EX_W("has been in effect"), EX_W("have been in force"),
    EX_W("have been in effect"), EX_W("had taken effect"), EX_W("had come into force"),
    EX_W("had entered into force")};
const size_t EX_NEFFECT_DONE = EX_NWORDS(EX_EFFECT_DONE);

/* ex_relative_effect - 1 if the clause [cs,ce) is a relative clause saying that the
 * measure named before it is in force: "China's removal of tariffs on Canadian
 * lobster, which also took effect in March, ...", "the suspension, which came into
 * force on Monday, ...", when the statement at pos (in the clause from lo) names
 * the act by a verb noun or as a pledge noun's infinitive (ex_pledge_noun_to).  Past and present perfect only: "which takes effect next
 * month" is still to come. */
int
ex_relative_effect(const struct ex_ctx *ctx, size_t cs, size_t ce, size_t lo, size_t pos)
{
	static const struct ex_word ADV[] = {
	    EX_W("also"), EX_W("already"), EX_W("finally"), EX_W("officially"), EX_W("quietly")};
	const char *t = ctx->text;
	size_t p = cs, ws, wl;

	/* A pledge noun's act ("a US pledge to cut the fentanyl tariff to 10%,
	 * which took effect on Monday"), but not with a year in the relative
	 * clause: "a pledge to scrap the tariff on cherries, which took effect
	 * in 2019" more likely dates the tariff. */
	if (!ex_verb_noun_at(t, lo, pos, cs) && !(ex_pledge_noun_to(t, lo, pos) && !ex_span_year(t, cs, ce)))
		return 0;
	while (p < ce && (t[p] == ',' || t[p] == ' '))
		p++;
	if ((wl = ex_word_after(t, p, ce, &ws)) != 5 || ws != p || ex_ncasecmp(t + ws, "which", 5) != 0)
		return 0;
	p = ws + wl;
	if ((wl = ex_word_after(t, p, ce, &ws)) > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl))
		p = ws + wl;
	while (p < ce && t[p] == ' ')
		p++;
	return ex_phrase_at(EX_EFFECT_DONE, EX_NWORDS(EX_EFFECT_DONE), t, p, ce);
}
/* ex_effect_after_relative - 1 if the relative clause [cs,ce) closes before a
 * predicate of taking effect whose subject is the noun the clause follows: "The
 * lower tariff on Japanese cars, which Tokyo secured in July, took effect on
 * September 16", "the zero-tariff treatment for the countries with which it has
 * ties took effect on December 1" (a restrictive clause, no comma).  The
 * relative clause is at most twelve words, names no goods, measure or verb of
 * the rules ("which cut its tariff on beef, took effect" has a verb of its own)
 * and has no comma but the one closing it; the predicate is past or perfect
 * ("which Tokyo secured, takes effect next month" is to come). */
int
ex_effect_after_relative(const struct ex_ctx *ctx, size_t cs, size_t ce)
{
	const char *t = ctx->text;
	size_t p = cs, ws, wl;
	int words = 0, comma = 0;

	while (p < ce && (t[p] == ',' || t[p] == ' '))
		p++;
	if ((wl = ex_word_after(t, p, ce, &ws)) != 5 || ws != p || ex_ncasecmp(t + ws, "which", 5) != 0)
		return 0;
	for (p = ws + wl; p < ce && words <= 12; p = ws + wl) {
		if ((wl = ex_word_after(t, p, ce, &ws)) == 0) {
			/* Only the comma closing the clause stands between words. */
			if (ws >= ce || t[ws] != ',' || comma)
				return 0;
			comma = 1;
			ws++;
			continue;
		}
		if (words > 0 && ex_phrase_at(EX_EFFECT_DONE, EX_NWORDS(EX_EFFECT_DONE), t, ws, ce))
			break;
		/* Past the closing comma only the predicate. */
		if (comma)
			return 0;
		words++;
	}
	if (p >= ce || words == 0 || words > 12)
		return 0;
	for (size_t i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < ws; i++) {
		int kind = ctx->m.v[i].kind;

		if (ctx->m.v[i].start >= cs && (kind == RULE_OBJECT || kind == RULE_TRIGGER ||
		    kind == RULE_MEASURE || kind == RULE_NEGATION || kind == RULE_CONDITIONAL))
			return 0;
	}
	return 1;
}
/* ex_renewed_permits - where "renewed" ends if the permit noun at anchor (registrations, licences)
 * (or the plants it names) is the object of a past "renewed" at most 14
 * words before it, no comma between, in clause [cs,anchor), with no modal, "to"
 * or negation before: "China has renewed the export registrations of 395 US
 * beef plants", "customs renewed registrations for ...".  "will renew", "has not renewed", "the renewed licences" (an
 * adjective after a determiner) are not: EX_NOPOS. */
size_t
ex_renewed_permits(const char *t, size_t cs, size_t anchor)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("a"), EX_W("its"), EX_W("their"), EX_W("these"), EX_W("those")};
	static const struct ex_word AHEAD[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("could"), EX_W("may"), EX_W("might"),
	    EX_W("should"), EX_W("can"), EX_W("must"), EX_W("to"), EX_W("if"), EX_W("unless"),
	    EX_W("not"), EX_W("never"), EX_W("yet")};
	size_t p = anchor, ws, wl, bs, bl;

	for (int w = 0; w < 14 && p > cs; w++, p = ws) {
		/* Step over the points of "U.S.". */
		if ((wl = ex_word_before(t, p, cs, &ws)) == 0) {
			if (ws <= cs || t[ws - 1] != '.')
				return EX_NOPOS;
			ws--;
			continue;
		}
		if (memchr(t + ws, ',', p - ws) != NULL)
			return EX_NOPOS;
		if (wl != 7 || ex_ncasecmp(t + ws, "renewed", 7) != 0)
			continue;
		if ((bl = ex_word_before(t, ws, cs, &bs)) > 0 && ex_word_in(DET, EX_NWORDS(DET), t + bs, bl))
			return EX_NOPOS;
		return ex_span_word_in(AHEAD, EX_NWORDS(AHEAD), t, cs, ws) ? EX_NOPOS : ws + wl;
	}
	return EX_NOPOS;
}
/* ex_appositive_effect - where the comma stands that opens an appositive naming
 * the act just told and saying it has taken effect: "agreed to cut the tariff
 * on Indian goods to 18%, a reduction that took effect on November 24", "will
 * cut tariffs on British cars to 10%, a cut that applies from today", "a move
 * which has already taken effect"; EX_NOPOS if sentence [s,e) has none.  The
 * appositive is "a", "an" or "the", at most two words, a noun of the act (a
 * verb noun, "cut", "move", "step", "change", "measure", "concession"), then
 * "that" or "which", perhaps "already" or "since", and a past or perfect
 * predicate of taking effect (EX_EFFECT_DONE) or a present one of today ("a
 * reduction that takes effect next month" is still to come). */
size_t
ex_appositive_effect(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word DET[] = {EX_W("a"), EX_W("an"), EX_W("the")};
	static const struct ex_word NOUN[] = {
	    EX_W("cut"), EX_W("move"), EX_W("step"), EX_W("change"), EX_W("measure"),
	    EX_W("concession")};
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	static const struct ex_word ADV[] = {EX_W("already"), EX_W("since"), EX_W("also")};
	static const struct ex_word TODAY[] = {
	    EX_W("applies from today"), EX_W("applies as of today"), EX_W("takes effect today"),
	    EX_W("is now in force"), EX_W("is now in effect"), EX_W("is in force"),
	    EX_W("is in effect"), EX_W("has already taken effect"), EX_W("have already taken effect"),
	    EX_W("has since taken effect")};
	const char *t = ctx->text, *c;
	size_t p = s, ws, wl;

	while (p < e && (c = memchr(t + p, ',', e - p)) != NULL) {
		size_t comma = (size_t)(c - t), q = comma + 1;
		int w, head = 0;

		p = comma + 1;
		if ((wl = ex_word_after(t, q, e, &ws)) == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl) ||
		    memchr(t + q, ',', ws - q) != NULL)
			continue;
		/* The noun at most three words on, then "that" or "which". */
		for (w = 0, q = ws + wl; w < 3 && (wl = ex_word_after(t, q, e, &ws)) > 0 &&
		    memchr(t + q, ',', ws - q) == NULL; w++, q = ws + wl) {
			head = ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl) ||
			    ex_verb_noun_at(t, s, ws, e);
			if (head && (wl = ex_word_after(t, ws + wl, e, &ws)) > 0 &&
			    ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
				break;
			head = 0;
		}
		if (!head)
			continue;
		q = ws + wl;
		if ((wl = ex_word_after(t, q, e, &ws)) > 0 && ex_word_in(ADV, EX_NWORDS(ADV), t + ws, wl))
			q = ws + wl;
		while (q < e && t[q] == ' ')
			q++;
		if (ex_phrase_at(EX_EFFECT_DONE, EX_NWORDS(EX_EFFECT_DONE), t, q, e) ||
		    ex_phrase_at(TODAY, EX_NWORDS(TODAY), t, q, e))
			return comma;
	}
	return EX_NOPOS;
}
/* ex_sentence_before - the start of the sentence right before the one at s (only
 * blanks between) when it holds statements, EX_NOPOS when it holds none. */
size_t
ex_sentence_before(const struct ex_ctx *ctx, size_t s)
{
	size_t prev = EX_NOPOS;

	for (size_t i = ctx->st.n; i-- > 0;)
		if (ctx->st.v[i].sent_end <= s && (prev == EX_NOPOS || ctx->st.v[i].sent_start > prev))
			prev = ctx->st.v[i].sent_start;
	for (size_t i = 0; prev != EX_NOPOS && i < ctx->st.n; i++)
		if (ctx->st.v[i].sent_start == prev) {
			for (size_t k = ctx->st.v[i].sent_end; k < s; k++)
				if (ctx->text[k] != ' ' && ctx->text[k] != '\n' && ctx->text[k] != '\r' &&
				    ctx->text[k] != '\t')
					return EX_NOPOS;
			break;
		}
	return prev;
}
/* ex_effect_told - "The tariff commission said the adjustment had taken effect
 * as planned", "The change took effect on Monday": a sentence [s,e) with no
 * statement of its own in which a determiner and a noun that stands for an act
 * told before ("adjustment", "change", "move", "measure", "decision", "step")
 * are right before a predicate of taking effect (EX_EFFECT_DONE: "took effect",
 * "had taken effect") tells that the pledges of the sentence right before it
 * (ex_sentence_before) are done, not purchases or investment, which take no
 * effect: each gets a fulfilled statement here (ex_reference_push, by action;
 * the deadline kept).  No negation, condition or question in the sentence.
 * -1 on allocation failure, else 0. */
int
ex_effect_told(struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word NOUN[] = {
	    EX_W("adjustment"), EX_W("adjustments"), EX_W("change"), EX_W("changes"), EX_W("move"),
	    EX_W("measure"), EX_W("measures"), EX_W("decision"), EX_W("step")};
	const char *t = ctx->text;
	size_t ws, wl, ns, nl, q, n = ctx->st.n, prev = EX_NOPOS, pos = EX_NOPOS;
	int done[RULES_NACTIONS] = {0};

	/* Most sentences hold no predicate of taking effect (EX_LEX_EFFECT). */
	if (n == 0 || !ex_lex_in(ctx, EX_LEX_EFFECT, s, e) || ex_has_kind(ctx, RULE_NEGATION, s, e) ||
	    ex_has_kind(ctx, RULE_CONDITIONAL, s, e) || ex_question(t, s, e))
		return 0;
	for (size_t p = s; p < e && pos == EX_NOPOS && (wl = ex_word_after(t, p, e, &ws)) > 0; p = ws + wl) {
		if (!ex_determiner(t + ws, wl) ||
		    (nl = ex_word_after(t, ws + wl, e, &ns)) == 0 || !ex_word_in(NOUN, EX_NWORDS(NOUN), t + ns, nl))
			continue;
		for (q = ns + nl; q < e && t[q] == ' '; q++)
			;
		if (ex_phrase_at(EX_EFFECT_DONE, EX_NWORDS(EX_EFFECT_DONE), t, q, e))
			pos = ns;
	}
	if (pos == EX_NOPOS)
		return 0;
	if ((prev = ex_sentence_before(ctx, s)) == EX_NOPOS)
		return 0;
	for (size_t i = 0; i < n; i++) {
		const struct ex_stmt *x = &ctx->st.v[i];

		/* Buying and investing are done by degrees; nothing takes effect. */
		if (x->sent_start != prev || x->rank < 0 || x->status != STATUS_PLEDGED || done[x->action] ||
		    (x->orphan != 0 && x->orphan != EX_BACKGROUND) ||
		    ex_action_is(RULES_ACTIONS[x->action], "purchase") ||
		    ex_action_is(RULES_ACTIONS[x->action], "investment"))
			continue;
		done[x->action] = 1;
		if (ex_reference_push(ctx, s, e, pos, x->action, 0, NULL, 0, -1, STATUS_FULFILLED) < 0)
			return -1;
	}
	return 0;
}
/* ex_rest_pending - where [lo,hi) says the rest of an act is still to be done:
 * "and applications from the remaining plants are being reviewed", "though some
 * buyers are still waiting", "while others are still waiting for approval", "the
 * remaining states are still under review", "but most were still waiting", "the
 * bulk of our members are still waiting"; a count that opens a clause or follows
 * "leaves"/"leaving": "Four plants are still waiting", "That leaves three plants
 * ... still waiting" (not "all"); EX_NOPOS if it does not.  *wend (if not NULL)
 * gets the end of the waiting phrase.  Onlookers waiting are no part of the
 * act: "some analysts are still waiting for data". */
size_t
ex_rest_pending(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t *wend)
{
	static const struct ex_word REST[] = {
	    EX_W("remaining"), EX_W("others"), EX_W("rest"), EX_W("some"), EX_W("other"),
	    EX_W("most"), EX_W("bulk"), EX_W("majority")};
	static const struct ex_word OPEN[] = {
	    EX_W("leaves"), EX_W("leaving"), EX_W("but"), EX_W("and"), EX_W("while"),
	    EX_W("though"), EX_W("although")};
	static const struct ex_word WHOLE[] = {EX_W("all"), EX_W("more"), EX_W("further")};
	static const struct ex_word WAIT[] = {
	    EX_W("still waiting"), EX_W("still awaiting"), EX_W("still under review"),
	    EX_W("being reviewed"), EX_W("being processed"), EX_W("still pending"),
	    EX_W("yet to be approved"), EX_W("yet to be processed"), EX_W("yet to be cleared"),
	    EX_W("remain pending"), EX_W("remains pending")};
	const char *t = ctx->text;
	size_t rest = EX_NOPOS, ws, wl, ns, nl, prev = EX_NOPOS, pl = 0;

	for (size_t k = lo; k < hi; prev = ws, pl = wl, k = ws + wl) {
		if ((wl = ex_word_after(t, k, hi, &ws)) == 0) {
			ws = k + 1;     /* a comma, a quote: step over it */
			wl = 0;
			continue;
		}
		if (ex_word_in(REST, EX_NWORDS(REST), t + ws, wl) ||
		    ((prev == EX_NOPOS || ex_word_in(OPEN, EX_NWORDS(OPEN), t + prev, pl)) &&
		    ex_count_word(t + ws, wl) && !ex_word_in(WHOLE, EX_NWORDS(WHOLE), t + ws, wl)))
			rest = (nl = ex_word_after(t, ws + wl, hi, &ns)) > 0 &&
			    rules_list_has(&ctx->r->commentators, t + ns, nl) ? EX_NOPOS : ws;
		else if (rest != EX_NOPOS && ws - rest < 80 && ex_phrase_at(WAIT, EX_NWORDS(WAIT), t, ws, hi)) {
			if (wend != NULL)
				for (size_t w = 0; w < EX_NWORDS(WAIT); w++)
					if (ex_phrase_at(&WAIT[w], 1, t, ws, hi))
						*wend = ws + WAIT[w].n;
			return rest;
		}
	}
	return EX_NOPOS;
}
/* ex_part_done - 1 if statement i, stalled in [s,e) while [rest,wend) tells a
 * part of the whole still waiting (ex_rest_pending), is under way: the wait is
 * the sentence's only lag or break, and some of the act is told done before
 * the part ("had received the first licences but most were still waiting": a
 * done or progress cue, or "first") or by an earlier statement of its key
 * ("has restored licences for five more plants. ... Four plants are still
 * waiting").  "US beef plants are still waiting" names no part: stalled. */
int
ex_part_done(const struct ex_ctx *ctx, size_t s, size_t e, size_t rest, size_t wend, size_t i)
{
	const struct ex_stmt *x = &ctx->st.v[i];
	const char *t = ctx->text;
	int done = 0;
	size_t ws, wl;

	for (size_t j = ex_first(ctx, s); j < ctx->m.n && ctx->m.v[j].start < e; j++) {
		const struct ex_mention *m = &ctx->m.v[j];

		if (m->kind != RULE_CUE)
			continue;
		if ((m->value == STATUS_STALLED || m->value == STATUS_BROKEN) && (m->start < rest || m->start >= wend))
			return 0;
		if ((m->value == STATUS_FULFILLED || m->value == STATUS_IN_PROGRESS) && m->start < rest)
			done = 1;
	}
	for (size_t k = s; !done && k < rest; k = ws + wl)
		if ((wl = ex_word_after(t, k, rest, &ws)) == 0)
			ws = k + 1;     /* a quote: step over it */
		else
			done = wl == 5 && ex_ncasecmp(t + ws, "first", 5) == 0;
	for (size_t k = 0; !done && k < i; k++) {
		const struct ex_stmt *y = &ctx->st.v[k];

		done = y->sent_start < s && y->actor == x->actor && y->action == x->action &&
		    y->object == x->object &&
		    (y->status == STATUS_FULFILLED || y->status == STATUS_IN_PROGRESS);
	}
	return done;
}
/* ex_inside_lag - 1 if mention i lies inside a stalled cue that starts at or
 * after lo: "have not been issued", "has not been granted" hold the verb of
 * the act denied, no verb of a commitment of its own. */
static int
ex_inside_lag(const struct ex_ctx *ctx, size_t lo, size_t i)
{
	const struct ex_mention *m = &ctx->m.v[i];

	for (size_t j = ex_first(ctx, lo); j < ctx->m.n && ctx->m.v[j].start <= m->start; j++)
		if (ctx->m.v[j].kind == RULE_CUE && ctx->m.v[j].value == STATUS_STALLED &&
		    ctx->m.v[j].start >= lo && ctx->m.v[j].end >= m->end && j != i)
			return 1;
	return 0;
}
/* ex_relative_outcome - "An order for 500 jets, which China had agreed to in the
 * spring, was cancelled in September": a relative clause [cs,ce) closed by a comma
 * and followed by the predicate of the noun before it ("was", "has been", a past
 * verb).  The status a progress, stalled or broken cue of that predicate gives the
 * commitments before it, or -1; *from is where the predicate starts, *pending as
 * for ex_clause_outcome ("India, which pledged to cut its tariffs, has yet to"). */
int
ex_relative_outcome(const struct ex_ctx *ctx, size_t cs, size_t ce, size_t *from, int *pending)
{
	/* "remain in limbo", "would be delayed": a copula of state or a modal
	 * opens the predicate too; its cues decide. */
	static const struct ex_word BE[] = {
	    EX_W("was"), EX_W("were"), EX_W("is"), EX_W("are"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("been"), EX_W("remain"), EX_W("remains"), EX_W("remained"),
	    EX_W("would"), EX_W("will")};
	size_t p = cs, ws, wl;
	const char *comma;

	while (p < ce && (ctx->text[p] == ',' || ctx->text[p] == ' '))
		p++;
	if (!ex_relative(ctx->text + p, ce - p) ||
	    (comma = memchr(ctx->text + p, ',', ce - p)) == NULL)
		return -1;
	p = (size_t)(comma - ctx->text) + 1;
	/* "which Beijing promised to process \"in a timely manner,\" have been
	 * stuck": the quotation closes after the comma. */
	while (p < ce && ctx->text[p] == '"')
		p++;
	if (p + 2 < ce && (unsigned char)ctx->text[p] == 0xe2 && (unsigned char)ctx->text[p + 1] == 0x80 &&
	    (unsigned char)ctx->text[p + 2] == 0x9d)
		p += 3;
	if ((wl = ex_word_after(ctx->text, p, ce, &ws)) == 0 ||
	    !(ex_word_in(BE, EX_NWORDS(BE), ctx->text + ws, wl) ||
	    (wl > 3 && ex_ncasecmp(ctx->text + ws + wl - 2, "ed", 2) == 0)))
		return -1;
	/* "Saudi Arabia, which pledged $600 billion of US investment, is still
	 * waiting for approvals for chip exports": a predicate with a measure or
	 * verb of its own tells of that, not of the relative clause's pledge. */
	/* "... have not been issued, and exporters say approvals remain slow":
	 * the predicate ends at its comma; what follows is another clause. */
	if ((comma = memchr(ctx->text + p, ',', ce - p)) != NULL)
		ce = (size_t)(comma - ctx->text);
	for (size_t i = ex_first(ctx, p); i < ctx->m.n && ctx->m.v[i].start < ce; i++)
		if (ctx->m.v[i].start >= p &&
		    (ctx->m.v[i].kind == RULE_MEASURE || ctx->m.v[i].kind == RULE_TRIGGER) &&
		    !ex_inside_lag(ctx, p, i))
			return -1;
	*from = p;
	*pending = 0;
	return ex_outcome_cues(ctx, p, ce, pending);
}
/* The words by which ex_blanket_words takes a cue for the whole deal, and
 * those for one commitment of it ("the commitment is behind schedule",
 * "missed the target": the amount bought, not every part of the deal; "its
 * tariffs were eliminated" stands).  EX_LEXICON reports them. */
const struct ex_word EX_BLANKET_DEAL[] = {
    EX_W("commitments"), EX_W("promises"), EX_W("pledges"), EX_W("targets"), EX_W("deal"),
    EX_W("bargain")};
const struct ex_word EX_BLANKET_ONE[] = {EX_W("commitment"), EX_W("target")};
const size_t EX_NBLANKET_DEAL = EX_NWORDS(EX_BLANKET_DEAL);
const size_t EX_NBLANKET_ONE = EX_NWORDS(EX_BLANKET_ONE);

/* ex_one_order - 1 if the buying word at [ws,ws+wl) is the singular noun
 * "order" or "purchase" after a determiner at most three words back, with no
 * comma between: "cancelled the order", "the existing order", "the
 * much-discussed Boeing order", "scrapped its purchase plan".  One order,
 * not purchases in general: its outcome covers only its own sentence's
 * statements (ex_blanket_apply), not the article's other goods; "to purchase", "will
 * order", "orders", "purchases", "the purchase of farm goods" and "that
 * purchase commitment" (the deal's part) stay the whole, and so, for now,
 * does a part of the order ("the order's widebody tranche"); hi bounds the
 * look past the word. */
static int
ex_one_order(const char *t, size_t lo, size_t ws, size_t wl, size_t hi)
{
	static const struct ex_word ONE[] = {EX_W("order"), EX_W("purchase")};
	static const struct ex_word PLEDGE[] = {
	    EX_W("of"), EX_W("commitment"), EX_W("commitments"), EX_W("pledge"), EX_W("pledges"),
	    EX_W("target"), EX_W("targets"), EX_W("goal"), EX_W("goals"), EX_W("promise"),
	    EX_W("promises")};
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that"), EX_W("a"),
	    EX_W("an"), EX_W("his"), EX_W("her"), EX_W("our")};
	size_t p = ws, bs, bl;

	if (!ex_word_in(ONE, EX_NWORDS(ONE), t + ws, wl) || (ws + wl < hi && (t[ws + wl] == '\'' ||
	    (ws + wl + 2 < hi && memcmp(t + ws + wl, "\xe2\x80\x99", 3) == 0))) ||
	    ((bl = ex_word_after(t, ws + wl, hi, &bs)) > 0 && ex_word_in(PLEDGE, EX_NWORDS(PLEDGE), t + bs, bl)))
		return 0;
	for (int w = 0; w < 3 && (bl = ex_word_before(t, p, lo, &bs)) > 0; w++, p = bs) {
		if (memchr(t + bs + bl, ',', p - bs - bl) != NULL ||
		    (w == 0 && bl == 2 && ex_ncasecmp(t + bs, "to", 2) == 0))
			return 0;
		if (ex_word_in(DET, EX_NWORDS(DET), t + bs, bl))
			return 1;
	}
	return 0;
}
/* ex_blanket_words - what [lo,hi) names as a whole: 1 purchases ("purchases",
 * "buying"), 2 the deal ("the commitments", "the target"), 0 nothing; *obj the
 * category named ("farm goods"), -1; a specific product names no whole (-2). */
static int
ex_blanket_words(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_mention *cue, int buy,
    int *obj, int *one)
{
	int what = 0;

	*obj = -1;
	*one = 0;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo)
			continue;
		/* "purchases", "buying"; "China bought only a third" is a frame of
		 * its own.  "cancelled the order": one order (ex_one_order). */
		if (x->kind == RULE_TRIGGER && x->value == buy && !x->past) {
			what = 1;
			*one |= ex_one_order(ctx->text, x->start > 60 ? x->start - 60 : 0, x->start,
			    x->end - x->start, hi);
		} else if ((x->kind == RULE_TRIGGER || x->kind == RULE_MEASURE) &&
		    (x->start < cue->start || x->end > cue->end))
			return 0;
		else if (x->kind == RULE_OBJECT) {
			if (!ctx->r->objects[x->value].category)
				return -2;
			*obj = x->value;
		}
	}
	/* No word of EX_BLANKET_DEAL or EX_BLANKET_ONE in the range (a list
	 * added to the walk below must join EX_LEXICON too). */
	if (what == 0 && !ex_lex_in(ctx, EX_LEX_BLANKET, lo, hi))
		return 0;
	for (size_t k = lo; k < hi && what == 0; k++) {
		size_t ws, wl = ex_word_after(ctx->text, k, hi, &ws);

		if (wl == 0)
			break;
		if (ex_word_in(EX_BLANKET_DEAL, EX_NWORDS(EX_BLANKET_DEAL), ctx->text + ws, wl))
			what = 2;
		else if (ex_word_in(EX_BLANKET_ONE, EX_NWORDS(EX_BLANKET_ONE), ctx->text + ws, wl))
			what = 1;
		k = ws + wl - 1;
	}
	return what;
}
/* ex_deal_relative_subject - 1 if [s,pos) opens (after a dateline) with a deal
 * noun phrase and a relative clause on it ("The framework deal under which
 * ...", "The accord that ..."), with no comma before pos: the verb at pos is
 * the deal's. */
static int
ex_deal_relative_subject(const char *t, size_t s, size_t pos)
{
	static const struct ex_word REL[] = {
	    EX_W("under"), EX_W("in"), EX_W("by"), EX_W("which"), EX_W("that")};
	size_t p = s, end, ws, wl;
	const char *dash;

	/* "SEATTLE - The framework deal ...": past a dateline's dash. */
	if ((dash = memchr(t + s, '-', pos - s)) != NULL && dash - (t + s) < 40 && dash[1] == ' ')
		p = (size_t)(dash - t) + 1;
	if ((end = ex_deal_head(t, p, pos)) == EX_NOPOS || memchr(t + end, ',', pos - end) != NULL)
		return 0;
	return (wl = ex_word_after(t, end, pos, &ws)) > 0 && ex_word_in(REL, EX_NWORDS(REL), t + ws, wl);
}
/* ex_past_deadline_opening - 1 if [s,pos) opens with a phrase, closed by a comma,
 * that dates the sentence past the deal's deadline ("Two weeks after the
 * deadline, most of them are still waiting", "A month past the deadline,"): the
 * lag after it is the deal's. */
static int
ex_past_deadline_opening(const char *t, size_t s, size_t pos)
{
	static const struct ex_word GONE[] = {
	    EX_W("passed"), EX_W("expired"), EX_W("lapsed"), EX_W("ran")};
	const char *c = memchr(t + s, ',', pos - s);
	size_t ws, wl, p;

	if (c == NULL || c - (t + s) > 60)
		return 0;
	for (p = s; (wl = ex_word_after(t, p, (size_t)(c - t), &ws)) > 0; p = ws + wl)
		if ((wl == 5 && ex_ncasecmp(t + ws, "after", 5) == 0) || (wl == 4 && ex_ncasecmp(t + ws, "past", 4) == 0))
			break;
	/* "after the deadline," or "after the deadline passed,". */
	if (wl == 0 || (wl = ex_word_after(t, ws + wl, (size_t)(c - t), &ws)) != 3 ||
	    ex_ncasecmp(t + ws, "the", 3) != 0 ||
	    (wl = ex_word_after(t, ws + wl, (size_t)(c - t), &ws)) != 8 || ex_ncasecmp(t + ws, "deadline", 8) != 0)
		return 0;
	wl = ex_word_after(t, ws + wl, (size_t)(c - t), &ws);
	return wl == 0 || ex_word_in(GONE, EX_NWORDS(GONE), t + ws, wl);
}
/* ex_break_after - where the first clause break starting in [lo,hi) stands, else hi. */
static size_t
ex_break_after(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_BREAK)
			return ctx->m.v[i].start;
	return hi;
}
/* ex_only_object - the one kind of goods [lo,hi) names (its categories aside),
 * or -1 when it names none or several. */
static int
ex_only_object(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	int obj = -1;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo || x->kind != RULE_OBJECT || ctx->r->objects[x->value].category)
			continue;
		if (obj >= 0 && obj != x->value)
			return -1;
		obj = x->value;
	}
	return obj;
}

/* ex_other_goods_subject - 1 if later clause [cs,ce) names, before its first
 * status cue, goods of one kind other than obj: "removed its tariff on US cars,
 * but the zero-tariff arrangement for British steel has still not been
 * implemented" tells of the steel, not of the cars; so does one kind among its
 * measures ("the zero-tariff arrangement").  ("but the arrangement has
 * not been finalised and British steel still pays 25%" names no goods before
 * its cue).  obj a category ("farm goods") is not told apart. */
int
ex_other_goods_subject(const struct ex_ctx *ctx, size_t cs, size_t ce, int obj)
{
	size_t i, hi = ce;
	int other;

	for (i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < ce; i++)
		if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].start >= cs &&
		    (ctx->m.v[i].value == STATUS_IN_PROGRESS || ctx->m.v[i].value == STATUS_STALLED ||
		    ctx->m.v[i].value == STATUS_BROKEN)) {
			hi = ctx->m.v[i].start;
			break;
		}
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that")};
	size_t ws, wl, p = cs;

	if (obj < 0 || ctx->r->objects[obj].category)
		return 0;
	/* The subject, after the break word, opens with a determiner: "but US
	 * battery makers say they
	 * have received none" is a speaker's word on the goods told before. */
	while (p < ce && (ctx->text[p] == ',' || ctx->text[p] == ';'))
		p++;
	if ((wl = ex_word_after(ctx->text, p, ce, &ws)) > 0 && !ex_word_in(DET, EX_NWORDS(DET), ctx->text + ws, wl))
		wl = ex_word_after(ctx->text, ws + wl, ce, &ws);
	if (wl == 0 || !ex_word_in(DET, EX_NWORDS(DET), ctx->text + ws, wl))
		return 0;
	/* "the zero-tariff arrangement": a measure named is no goods. */
	other = -1;
	for (i = ex_first(ctx, cs); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < cs || x->kind != RULE_OBJECT || ctx->r->objects[x->value].category ||
		    ctx->r->objects[x->value].measure >= 0)
			continue;
		if (x->value == obj || (other >= 0 && other != x->value))
			return 0;
		other = x->value;
	}
	return other >= 0;
}
/* ex_own_output_target - 1 if the cue at cue names, before hi, "its" or "their"
 * target, goal, plan or forecast and a verb of making or delivering stands
 * before it in [s,cue): "delivered 14 C919s in the first eight months, well
 * short of its target", "produced 11 Mt of feed, well short of their target".
 * The subject's own output is measured, not a commitment ("bought only 1.2 Mt,
 * well short of their target" and "well short of China's target" stay). */
static int
ex_own_output_target(const char *t, size_t s, size_t cue, size_t hi)
{
	static const struct ex_word OWN[] = {EX_W("its"), EX_W("their")};
	static const struct ex_word GOAL[] = {
	    EX_W("target"), EX_W("targets"), EX_W("goal"), EX_W("goals"), EX_W("plan"),
	    EX_W("forecast"), EX_W("guidance")};
	static const struct ex_word MADE[] = {
	    EX_W("delivered"), EX_W("produced"), EX_W("built"), EX_W("manufactured"),
	    EX_W("assembled"), EX_W("handed"), EX_W("shipped")};
	size_t ws, wl, p;
	int own = 0;

	for (p = cue; p < hi && (wl = ex_word_after(t, p, hi, &ws)) > 0; p = ws + wl) {
		if (ex_word_in(OWN, EX_NWORDS(OWN), t + ws, wl))
			own = 1;
		else if (own && ex_word_in(GOAL, EX_NWORDS(GOAL), t + ws, wl))
			break;
	}
	if (p >= hi || !own)
		return 0;
	for (p = s; p < cue; p = wl > 0 ? ws + wl : ws + 1)
		if ((wl = ex_word_after(t, p, cue, &ws)) > 0 && ex_word_in(MADE, EX_NWORDS(MADE), t + ws, wl))
			return 1;
	return 0;
}

/* ex_own_goods_pledge - 1 if [s,cue) holds a pledge verb with "to" and a verb of
 * commitment right after it ("agreed to buy $200 billion of U.S. goods, a
 * target it fell well short of", "promised to buy more American manufactured
 * goods, but the purchases stalled"): the outcome after it is that pledge's,
 * told in the same sentence, not one of every purchase in the article. */
int
ex_own_goods_pledge(const struct ex_ctx *ctx, size_t s, size_t cue)
{
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < cue; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;

		if (x->kind != RULE_CUE || x->value != STATUS_PLEDGED || x->start < s ||
		    (wl = ex_word_after(ctx->text, x->end, cue, &ws)) != 2 || ws != x->end + 1 ||
		    ex_ncasecmp(ctx->text + ws, "to", 2) != 0)
			continue;
		for (size_t j = ex_first(ctx, ws + 3); j < ctx->m.n && ctx->m.v[j].start <= ws + 3; j++)
			if (ctx->m.v[j].kind == RULE_TRIGGER && ctx->m.v[j].start == ws + 3 &&
			    ex_trigger_is(ctx->r, ctx->m.v[j].value, "buy"))
				return 1;
	}
	return 0;
}

/* ex_old_story - 1 if [s,e) (a sentence's opening) tells of an old deal: a history marker ("years
 * ago", "the previous"), a year three or more before publication standing as a
 * word ("In January 2020, the two countries signed ..."), or the Phase One deal
 * (signed in January 2020 for two years of purchases) in a story of 2022 or
 * later.  Read for the sentence before a whole-deal failure
 * (ex_blanket_scan). */
static int
ex_old_story(const struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;
	int y;

	if (ctx->pub_year == 0)
		return 0;
	if (ex_has_kind(ctx, RULE_HISTORY, s, e))
		return 1;
	for (size_t i = s; i + 4 <= e; i++) {
		if (i > s && ex_word_byte((unsigned char)t[i - 1]))
			continue;
		if ((y = ex_year_at(t + i, e - i)) != 0 && y < ctx->pub_year - 2)
			return 1;
		if (ctx->pub_year >= 2022 && i + 9 <= e && ex_ncasecmp(t + i, "phase one", 9) == 0 &&
		    (i + 9 == e || !ex_word_byte((unsigned char)t[i + 9])))
			return 1;
	}
	return 0;
}
/* ex_recent_year_before - 1 if [s,pos) holds a year of the last two before
 * publication or later as a word: the failure told is dated of its own
 * ("in 2026 purchases fell short"), not the old deal's of the sentence before. */
static int
ex_recent_year_before(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	int y;

	for (size_t i = s; i + 4 <= pos; i++)
		if ((i == s || !ex_word_byte((unsigned char)ctx->text[i - 1])) &&
		    (y = ex_year_at(ctx->text + i, pos - i)) != 0 && y >= ctx->pub_year - 2)
			return 1;
	return 0;
}
/* ex_after_old_story - 1 if the sentence before [s,...) stands in the same
 * paragraph and tells of an old deal (ex_old_story), and [s,cue) dates nothing
 * recent: "In January 2020, the two countries signed the Phase One agreement,
 * under which China pledged to buy $32 billion more of farm goods.  China fell
 * well short of the farm target": the failure is that old deal's, told after
 * it with no date of its own; it says nothing of today's purchases. */
static int
ex_after_old_story(const struct ex_ctx *ctx, size_t s, size_t cue)
{
	size_t k;

	if (ctx->prev_s == EX_NOPOS || ctx->prev_s >= s)
		return 0;
	/* A paragraph break between: a new line in the gap before s. */
	for (k = s; k > ctx->prev_s && (ctx->text[k - 1] == ' ' || ctx->text[k - 1] == '\t' ||
	    ctx->text[k - 1] == '\n' || ctx->text[k - 1] == '\r'); k--)
		if (ctx->text[k - 1] == '\n')
			return 0;
	/* The old deal in its opening, up to its first comma: "In January 2020,
	 * ...", "Under the Phase One deal, ..." ("the end of a negotiation that had
	 * begun in 1999" dates something else). */
	for (k = ctx->prev_s; k < s && k < ctx->prev_s + 60 && ctx->text[k] != ','; k++)
		;
	if (k >= s || ctx->text[k] != ',')
		return 0;
	return ex_old_story(ctx, ctx->prev_s, k) && !ex_recent_year_before(ctx, s, cue);
}
/* ex_it_subject - 1 if [s,pos) is the pronoun "It" alone, one "-ly" adverb
 * allowed after it ("It ultimately fell well short"): the subject is what the
 * sentence before told. */
static int
ex_it_subject(const char *t, size_t s, size_t pos)
{
	size_t ws, wl = ex_word_after(t, s, pos, &ws);

	if (wl != 2 || strncmp(t + ws, "It", 2) != 0)
		return 0;
	if ((wl = ex_word_after(t, ws + wl, pos, &ws)) == 0)
		return 1;
	return wl > 2 && ex_ncasecmp(t + ws + wl - 2, "ly", 2) == 0 && ex_word_after(t, ws + wl, pos, &ws) == 0;
}
/* ex_other_part - 1 if [lo,pos), the subject of a lag, names one part of a
 * deal set against another told before: "other" then a noun of a part and
 * "of" ("The other half of the deal is moving more slowly", "the other side
 * of the bargain"), or "the rest of", "the remainder of".  The lag is that
 * part's, told next; it says nothing of the whole deal's acts. */
static int
ex_other_part(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word PART[] = {
	    EX_W("half"), EX_W("part"), EX_W("parts"), EX_W("side"), EX_W("leg"), EX_W("element"),
	    EX_W("elements"), EX_W("pieces"), EX_W("piece")};
	static const struct ex_word REST[] = {EX_W("rest"), EX_W("remainder")};
	size_t ws, wl, p = lo, prev = 0, pws = 0, pwl = 0;

	while ((wl = ex_word_after(t, p, pos, &ws)) > 0) {
		if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0 && pwl > 0 &&
		    (ex_word_in(REST, EX_NWORDS(REST), t + pws, pwl) ||
		    (prev && ex_word_in(PART, EX_NWORDS(PART), t + pws, pwl))))
			return 1;
		prev = pwl == 5 && ex_ncasecmp(t + pws, "other", 5) == 0;
		pws = ws;
		pwl = wl;
		p = ws + wl;
	}
	return 0;
}
/* ex_blanket_participle - 1 if the cue x is a past participle right after a
 * plural noun, and a verb of its own follows in the clause: "orders cancelled
 * in September would return", "the cargoes cancelled last year are being
 * rebooked".  The participle only names the noun (a reduced relative clause,
 * as ex_reduced_relative for pledges); the clause's verb tells what happens to
 * it now.  "Buyers cancelled orders" and "Orders cancelled in June, traders
 * said" keep the cue. */
int
ex_blanket_participle(const char *t, size_t s, const struct ex_mention *x, size_t e)
{
	static const struct ex_word FINITE[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("will"), EX_W("would"), EX_W("could"), EX_W("may"), EX_W("might"),
	    EX_W("can")};
	size_t ws, wl, n = x->end - x->start, p, lim = e < x->end + 60 ? e : x->end + 60;

	if (n < 4 || ex_ncasecmp(t + x->end - 2, "ed", 2) != 0 || memchr(t + x->start, ' ', n) != NULL)
		return 0;
	wl = ex_word_before(t, x->start, s, &ws);
	if (wl < 3 || ws + wl + 1 != x->start || t[ws + wl - 1] != 's' || t[ws + wl - 2] == 's' ||
	    !(t[ws] >= 'a' && t[ws] <= 'z'))
		return 0;
	for (p = x->end; (wl = ex_word_after(t, p, lim, &ws)) > 0; p = ws + wl) {
		if (memchr(t + p, ',', ws - p) != NULL || memchr(t + p, ';', ws - p) != NULL)
			return 0;
		if (ex_word_in(FINITE, EX_NWORDS(FINITE), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_blanket_scan - "Chinese firms had halted purchases", "Beijing failed to meet the
 * target in every category", "purchases fell well short", "all but ends the purchase
 * commitments": a stalled or broken cue whose object (the words after it, up to a
 * comma) or subject (the words before it in its clause) is purchases in general, a
 * category of goods or the deal itself sets that status on every statement of the
 * actor it covers, in the whole article (ex_blanket_apply).  A specific product
 * ("failed to buy the soybeans") is left to its own frame. */
void
ex_blanket_scan(struct ex_ctx *ctx, size_t s, size_t e)
{
	const struct rules *r = ctx->r;

	/* It runs for every sentence: the cheap tests first, and what a cue names
	 * (nothing, nearly always) before the quotation, condition, negation and
	 * question tests, which only ever drop a cue. */
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		struct ex_blanket *b;
		size_t lo = x->start, hi = x->end, lim;
		int what, obj, one, actor;

		if (x->kind != RULE_CUE || x->start < s ||
		    (x->value != STATUS_STALLED && x->value != STATUS_BROKEN) ||
		    rules_list_has(&r->pending_cues, ctx->text + x->start, x->end - x->start) ||
		    ex_past_relative(ctx->text, s, x->start) || ex_blanket_participle(ctx->text, s, x, e))
			continue;
		/* The object: up to a comma, a clause break or 60 bytes. */
		if (hi < (lim = e < x->end + 60 ? e : x->end + 60)) {
			const char *c = memchr(ctx->text + hi, ',', lim - hi);

			hi = ex_break_after(ctx, hi, c != NULL ? (size_t)(c - ctx->text) : lim);
		}
		/* Looked up once an article, for its first candidate cue: most
		 * articles have none. */
		if (!ctx->blanket_looked) {
			ctx->blanket_looked = 1;
			ctx->blanket_buy = ctx->blanket_purchase = -1;
			for (size_t k = 0; k < r->ntriggers; k++)
				if (ex_trigger_is(r, k, "buy"))
					ctx->blanket_buy = (int)k;
			for (int a = 0; a < RULES_NACTIONS; a++)
				if (ex_action_is(RULES_ACTIONS[a], "purchase"))
					ctx->blanket_purchase = a;
		}
		what = ex_blanket_words(ctx, x->start, hi, x, ctx->blanket_buy, &obj, &one);
		/* "Comac delivered 14 C919s ..., well short of its target": a
		 * maker's own output target, not the deal's. */
		if (what > 0 && ex_own_output_target(ctx->text, s, x->start, hi))
			continue;
		if (what == 0) {
			/* The subject: back to a comma or the clause's start. */
			while (lo > s && lo + 40 > x->start && ctx->text[lo - 1] != ',' &&
			    !ex_has_kind(ctx, RULE_BREAK, lo - 1, lo))
				lo--;
			what = ex_blanket_words(ctx, lo, x->start, x, ctx->blanket_buy, &obj, &one);
			if (what == 2 && ex_other_part(ctx->text, lo, x->start))
				continue;
			/* "the promised purchases are stuck: China has not bought a
			 * single cargo of U.S. sorghum": purchases named by no goods
			 * are of the one kind the rest of the sentence names. */
			if (what == 1 && obj < 0)
				obj = ex_only_object(ctx, x->end, e);
		}
		/* "The framework deal under which Chinese airlines are to take 150
		 * jets has stalled": the deal is the subject past its relative clause. */
		/* "Two weeks after the deadline, most of them are still waiting":
		 * the pledges told before whose deadline has passed are late. */
		if (what <= 0 && ex_past_deadline_opening(ctx->text, s, x->start)) {
			if (ex_quoted(ctx->text, s, x->start) || ex_conditional(ctx, s, x->start, x->end) ||
			    ex_has_kind(ctx, RULE_NEGATION, s, x->start))
				continue;
			for (size_t k = 0; k < ctx->st.n; k++)
				if (ctx->st.v[k].sent_start < s && ctx->st.v[k].status == STATUS_PLEDGED &&
				    ex_deadline_passed(ctx, ctx->st.v[k].deadline))
					ctx->st.v[k].status = STATUS_STALLED;
			return;
		}
		if (what <= 0 && ex_deal_relative_subject(ctx->text, s, x->start)) {
			what = 2;
			obj = -1;
		}
		/* "Under the Phase One agreement of January 2020, China promised to
		 * buy $32 billion more of farm goods.  It fell well short, reaching
		 * about 80% of the target": "It" is the old deal told just before,
		 * whose outcome this is (history, below). */
		if (what <= 0 && ex_it_subject(ctx->text, s, x->start) && ex_after_old_story(ctx, s, x->start)) {
			what = 2;
			obj = -1;
		}
		if (what <= 0 || (what == 2 && obj >= 0 && !ex_has_kind(ctx, RULE_TRIGGER, lo, hi)))
			continue;
		/* A lag in scare quotes ("the target is \"behind schedule\"") is the
		 * writer's report all the same. */
		if ((ex_quoted(ctx->text, s, x->start) && !ex_scare_quote(ctx->text, s, x->start, e)) ||
		    ex_conditional(ctx, s, x->start, x->end) ||
		    ex_has_kind(ctx, RULE_NEGATION, x->start > s + 24 ? x->start - 24 : s, x->start))
			continue;
		if ((actor = ex_find_actor(ctx, s, x->start, -1)) < 0 &&
		    (actor = ex_find_actor(ctx, x->start, hi, -1)) < 0 &&
		    (actor = ctx->last_actor) < 0)
			continue;
		if (ctx->nblank == EX_MAX_BLANKETS || ex_question(ctx->text, s, e))
			return;
		b = &ctx->blank[ctx->nblank++];
		b->actor = actor;
		b->action = what == 1 || obj >= 0 ? ctx->blanket_purchase : -1;
		b->object = obj;
		b->status = x->value;
		b->pos = x->start;
		b->only = ex_own_goods_pledge(ctx, s, x->start) ? s : EX_NOPOS;
		b->own = what == 1 && one ? s : EX_NOPOS;
		/* "The shortfall echoes 2020, when China's purchases fell far short of
		 * its pledges", "The Phase One deal of January 2020 collapsed" (an
		 * old deal named, ex_old_deal_of): an old deal's outcome says
		 * nothing of today's. */
		b->history = ex_has_kind(ctx, RULE_HISTORY, s, e) ||
		    ex_past_year(ctx, ex_opening_end(ctx, s, e), e) || ex_old_deal_of(ctx, s, e);
		b->old_lo = EX_NOPOS;
		/* "In January 2020, ... China pledged to buy $32 billion more of farm
		 * goods.  China fell well short of the farm target": the old deal's
		 * failure, for the old deal's own pledge told just before. */
		if (!b->history && ex_after_old_story(ctx, s, x->start)) {
			b->history = 1;
			b->old_lo = ctx->prev_s;
		}
		return;
	}
}
/* ex_amount_stop - 1 if t[k] ends the clause of an amount: ";", ",", or a full stop
 * that closes no capital's abbreviation ("U.S. soybeans" goes on).  Always
 * inline: it is asked at every byte of ex_partial_amount's walks (266 K calls
 * a run), where GCC kept a call. */
static inline __attribute__((always_inline)) int
ex_amount_stop(const char *t, size_t k)
{
	if (t[k] == ';' || t[k] == ',')
		return 1;
	return t[k] == '.' && !(k > 0 && t[k - 1] >= 'A' && t[k - 1] <= 'Z' &&
	    (k == 1 || !ex_word_byte((unsigned char)t[k - 2]) || t[k - 2] == '.'));
}
/* ex_list_comma - 1 if the comma at k joins the items of a list closed by "and"
 * or "or" before the next stop ("in Indian infrastructure, energy and logistics
 * since ..."), not a clause (", and officials said"). */
static int
ex_list_comma(const char *t, size_t len, size_t k)
{
	size_t j;

	if (t[k] != ',')
		return 0;
	for (j = k + 1; j < len && t[j] == ' '; j++)
		;
	if (quantity_phrase(t, len, j, "and") > 0 || quantity_phrase(t, len, j, "or") > 0)
		return 0;
	for (; j < len && j < k + 48 && t[j] != ',' && !ex_amount_stop(t, j); j++)
		if (t[j] == ' ' && (quantity_phrase(t, len, j + 1, "and") > 0 ||
		    quantity_phrase(t, len, j + 1, "or") > 0))
			return 1;
	return 0;
}
/* ex_perfect_since - 1 if the amount [qs,qe) is what a perfect verb has done since a
 * start ("have bought roughly 7.4 Mt of US soybeans since the truce", "has imported
 * some 600,000 tons since July") or already ("has already shipped 4 Mt"): "has",
 * "have" or "had" at most four words before it, no "to" between ("has agreed to buy
 * 12 Mt" commits), and "already" between or "since" after it in its clause. */
static int
ex_perfect_since(const struct ex_ctx *ctx, size_t qs, size_t qe)
{
	size_t ws, we = qs, k;
	int aux = 0, already = 0;

	for (int words = 0; words < 4 && !aux; words++) {
		if ((we = quantity_prev_word(ctx->text, ctx->len, we, &ws)) == 0 ||
		    memchr(ctx->text + we, ',', qs - we) != NULL || (we - ws == 2 &&
		    strncasecmp(ctx->text + ws, "to", 2) == 0))
			return 0;
		already |= we - ws == 7 && strncasecmp(ctx->text + ws, "already", 7) == 0;
		aux = (we - ws == 3 && (strncasecmp(ctx->text + ws, "has", 3) == 0 ||
		    strncasecmp(ctx->text + ws, "had", 3) == 0)) ||
		    (we - ws == 4 && strncasecmp(ctx->text + ws, "have", 4) == 0);
		we = ws;
	}
	if (!aux)
		return 0;
	if (already)
		return 1;
	for (k = qe; k < ctx->len && k < qe + 120 && (!ex_amount_stop(ctx->text, k) ||
	    ex_list_comma(ctx->text, ctx->len, k)); k++)
		if ((ctx->text[k] | 32) == 's' && quantity_phrase(ctx->text, ctx->len, k, "since") > 0 &&
		    !ex_word_byte((unsigned char)ctx->text[k - 1]))
			return 1;
	return 0;
}
/* ex_option_amount - 1 if the amount at [qs,qe) counts options rather than firm
 * orders: "options for" or "purchase rights for" before it ("up to", "another"
 * between), or "options" within three words after it ("25 options", "25 more
 * as options"). */
static int
ex_option_amount(const char *t, size_t len, size_t qs, size_t qe)
{
	static const struct ex_word OPTION[] = {
	    EX_W("option"), EX_W("options"), EX_W("rights")};
	static const struct ex_word SKIP[] = {
	    EX_W("up"), EX_W("to"), EX_W("about"), EX_W("another"), EX_W("a"), EX_W("further"),
	    EX_W("more"), EX_W("as"), EX_W("purchase")};
	size_t ws, wl, p = qs, hi = qe + 30 < len ? qe + 30 : len;
	int w;

	for (w = 0; w < 4 && (wl = ex_word_before(t, p, 0, &ws)) > 0 &&
	    ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl); w++, p = ws)
		;
	if (wl > 0 && ((wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0) ||
	    (wl == 2 && ex_ncasecmp(t + ws, "on", 2) == 0)) &&
	    (wl = ex_word_before(t, ws, 0, &ws)) > 0 && ex_word_in(OPTION, EX_NWORDS(OPTION), t + ws, wl))
		return 1;
	for (w = 0, p = qe; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl) {
		if (ex_word_in(OPTION, EX_NWORDS(OPTION), t + ws, wl))
			return 1;
		if (!ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_running_total - 1 if the amount at qs closes a running total in its clause,
 * "the total" with words between and "to" before it ("bringing the total pledged
 * to specific projects to about $97 billion", "taking the total booked this
 * season to 6 Mt"): a tally of what is done, not the amount committed; not
 * "would bring the total to $600 billion", a pledge's own sum. */
static int
ex_running_total(const char *t, size_t qs)
{
	size_t k, lo = qs > 80 ? qs - 80 : 0, p = qs, ws, wl;
	int w;

	/* "to", an approximation at most between ("to about $97 billion"): most
	 * amounts stop here, before any walk. */
	for (w = 0; w < 3 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws)
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
			break;
	if (w == 3 || wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0)
		return 0;
	for (k = ws; k > lo && t[k - 1] != '.' && t[k - 1] != ';' && t[k - 1] != ',' &&
	    t[k - 1] != '\0'; k--)
		if (k + 10 <= ws && t[k - 1] == ' ' && ex_ncasecmp(t + k, "the total ", 10) == 0)
			break;
	/* The running total follows a participle of the act done: "bringing",
	 * "taking", not a modal's verb ("would bring the total to $600 billion"). */
	if (k <= lo || t[k - 1] != ' ' || ex_ncasecmp(t + k, "the total ", 10) != 0)
		return 0;
	return k >= lo + 5 && ex_ncasecmp(t + k - 4, "ing ", 4) == 0;
}
/* ex_target_before - 1 if the amount at qs is named as the target a done amount
 * is measured against: "short of", "shy of", "behind", "below", "toward(s)",
 * "against" before it, "the", "its", an adverb between ("falling well short of
 * the 25 million tons", "leaving Beijing well behind the 25 million tons"). */
int
ex_target_before(const char *t, size_t qs)
{
	static const struct ex_word SKIP[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("a"), EX_W("an"), EX_W("well"),
	    EX_W("far"), EX_W("way"), EX_W("still"), EX_W("some"), EX_W("agreed"), EX_W("promised"),
	    EX_W("pledged"), EX_W("committed")};
	static const struct ex_word TARGET[] = {
	    EX_W("behind"), EX_W("below"), EX_W("toward"), EX_W("towards"), EX_W("against")};
	size_t lo = qs > 60 ? qs - 60 : 0, p = qs, ws, wl;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (ex_word_in(TARGET, EX_NWORDS(TARGET), t + ws, wl))
			return 1;
		if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0) {
			size_t ps, pl = ex_word_before(t, ws, lo, &ps);

			return (pl == 5 && ex_ncasecmp(t + ps, "short", 5) == 0) ||
			    (pl == 3 && ex_ncasecmp(t + ps, "shy", 3) == 0);
		}
		if (!ex_word_in(SKIP, EX_NWORDS(SKIP), t + ws, wl))
			return 0;
	}
	return 0;
}
/* ex_rest_amount - 1 if the amount at [qs,qe) is what is left to do, not the
 * amount committed: "the remaining 17 million tonnes", "leaving them needing to
 * book more than 15 million tons", "still needs to buy another 12 million tons",
 * "would need to buy a further $40 billion", "17 million tons to go".  Up to eight
 * words before it in its clause, or "to go" within 40 bytes after; a need alone
 * is the commitment ("needs to buy 25 million tons a year under the deal"). */
static int
ex_rest_amount(const char *t, size_t len, size_t qs, size_t qe)
{
	static const struct ex_word REST[] = {
	    EX_W("remaining"), EX_W("leaving"), EX_W("outstanding")};
	static const struct ex_word NEED[] = {
	    EX_W("need"), EX_W("needs"), EX_W("needing"), EX_W("needed")};
	static const struct ex_word MORE[] = {
	    EX_W("still"), EX_W("another"), EX_W("further"), EX_W("additional")};
	size_t lo = qs > 80 ? qs - 80 : 0, p = qs, ws, wl;
	int need = 0, more = 0;

	/* "leaving Beijing well behind the 25 million tons it is to buy": the
	 * target, not the rest. */
	if (ex_target_before(t, qs))
		return 0;
	for (int w = 0; w < 8 && p > lo; w++, p = ws) {
		char c = t[p - 1];

		if (c == '.' || c == ',' || c == ';' || c == ':')
			break;
		if ((wl = ex_word_before(t, p, lo, &ws)) == 0)
			break;
		if (ex_word_in(REST, EX_NWORDS(REST), t + ws, wl))
			return 1;
		need |= ex_word_in(NEED, EX_NWORDS(NEED), t + ws, wl);
		more |= ex_word_in(MORE, EX_NWORDS(MORE), t + ws, wl);
	}
	if (need && more)
		return 1;
	for (size_t k = qe; k + 6 <= len && k < qe + 40 && !ex_amount_stop(t, k); k++)
		if (t[k] == ' ' && ex_ncasecmp(t + k, " to go", 6) == 0 &&
		    (k + 6 == len || !((t[k + 6] | 32) >= 'a' && (t[k + 6] | 32) <= 'z')))
			return 1;
	return 0;
}
/* ex_partial_amount - EX_AMOUNT_DONE if amount q (not a rate) is what was done so
 * far ("booked 8.1 million tonnes so far", "has to date invested $12 billion"),
 * EX_AMOUNT_LIMIT if a limit on the pace ("not to exceed $20 billion", "an annual
 * cap of $20 billion"), else 0: neither is the committed amount, which another
 * statement may give. */
int
ex_partial_amount(const struct ex_ctx *ctx, const struct quantity_match *q)
{
	static const struct ex_word DONE[] = {EX_W("so far"), EX_W("to date"), EX_W("thus far"),
	    EX_W("total to"), EX_W("tally to"), EX_W("cumulative")};
	static const struct ex_word LIMIT[] = {EX_W("not to exceed"), EX_W("cap of"),
	    EX_W("capped at"), EX_W("ceiling of"), EX_W("no more than"), EX_W("limit of"),
	    EX_W("limited to")};
	const char *t = ctx->text;
	size_t qs = q->offset, qe = q->offset + q->len, k;
	int c;

	if (strcmp(q->q.unit, "percent") == 0)
		return 0;
	/* "options for 25 more aircraft", "75 firm orders and 25 options": what
	 * may be bought later is no part of the order. */
	if (ex_option_amount(t, ctx->len, qs, qe))
		return EX_AMOUNT_LIMIT;
	/* It runs for every amount picked: a byte is compared with the phrases'
	 * first letters (LIMIT's n, c, l; DONE's s, t, c) before any phrase is. */
	for (k = qs > 24 ? qs - 24 : 0; k < qs; k++) {
		if ((c = ex_lower((unsigned char)t[k])) != 'n' && c != 'c' && c != 'l')
			continue;
		for (size_t i = 0; i < EX_NWORDS(LIMIT); i++)
			if (LIMIT[i].s[0] == c && k + LIMIT[i].n <= qs &&
			    ex_ncasecmp(t + k, LIMIT[i].s, LIMIT[i].n) == 0)
				return EX_AMOUNT_LIMIT;
	}
	/* "so far" in the amount's clause, just before it ("has so far bought") or up to 60
	 * bytes after it; the clause stops at ".", ";", "," (and a NUL, as strchr would). */
	for (k = qs; k > 0 && qs - k < 24 && (c = t[k - 1]) != '.' && c != ';' && c != ',' && c != '\0'; k--)
		;
	for (; k < ctx->len && k < qe + 60 && (k < qe || !ex_amount_stop(t, k)); k++) {
		/* A phrase's first letter at a word's start (most are inside words). */
		if (((c = ex_lower((unsigned char)t[k])) != 's' && c != 't' && c != 'c') ||
		    (k > 0 && (t[k - 1] | 32) >= 'a' && (t[k - 1] | 32) <= 'z'))
			continue;
		for (size_t i = 0; i < EX_NWORDS(DONE); i++)
			if (DONE[i].s[0] == c && quantity_phrase(t, ctx->len, k, DONE[i].s) > 0)
				return EX_AMOUNT_DONE;
	}
	if (ex_running_total(t, qs))
		return EX_AMOUNT_DONE;
	if (ex_perfect_since(ctx, qs, qe))
		return EX_AMOUNT_DONE;
	return ex_rest_amount(t, ctx->len, qs, qe) ? EX_AMOUNT_REST : 0;
}
/* ex_pick_progress - the amount done so far in [lo,hi) that fits action and object
 * obj ("has booked 8 Mt so far"; of a purchase or an investment, the part of a
 * larger one, "has bought 4.5 Mt of the 12 Mt") into *out, the contract's
 * progress; none when the range says nothing of the kind. */
void
ex_pick_progress(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, const char *action,
    int obj, struct quantity *out)
{
	const char *object = ctx->r->objects[obj].name;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < nq; i++) {
		const struct quantity_match *q = &ctx->qty[i];

		if (q->offset < lo || q->offset >= hi || q->role != QUANTITY_PLAIN ||
		    !ex_quantity_fits(action, object, q) || (ex_partial_amount(ctx, q) != EX_AMOUNT_DONE &&
		    !((ex_action_is(action, "purchase") || ex_action_is(action, "investment")) &&
		    ex_progress_amount(ctx, nq, q))))
			continue;
		*out = q->q;
		return;
	}
}
/* ex_unquote - pos moved back over the blanks and quotation marks before it: a
 * modifier in quotes ('a "very substantial" but still unspecified amount') is
 * a word of its phrase. */
size_t
ex_unquote(const char *t, size_t lo, size_t pos)
{
	for (;;) {
		while (pos > lo && t[pos - 1] == ' ')
			pos--;
		if (pos > lo && (t[pos - 1] == '"' || t[pos - 1] == '\''))
			pos--;
		else if (pos >= lo + 3 && (strncmp(t + pos - 3, "\xe2\x80\x9c", 3) == 0 ||
		    strncmp(t + pos - 3, "\xe2\x80\x9d", 3) == 0))
			pos -= 3;
		else
			return pos;
	}
}
/*
 * ex_np_but - 1 if the "but" at pos joins two modifiers inside a noun phrase ("a
 * substantial but still unspecified amount of", "its small but growing
 * purchases"), no clause: no comma before it, the word before it follows a
 * determiner, perhaps after one adverb ("a very modest but", quotes aside), and
 * the word after it is a modifier too ("still", "not", or an adjective or adverb
 * ending such as "-ed", "-ing", "-al", "-ly"): "a deal but officials said" is two
 * clauses.
 */
int
ex_np_but(const char *t, size_t lo, size_t pos, size_t hi)
{
	static const struct ex_word DET[] = {
	    EX_W("a"), EX_W("an"), EX_W("the"), EX_W("its"), EX_W("their"), EX_W("his"),
	    EX_W("her"), EX_W("our"), EX_W("this"), EX_W("that"), EX_W("some")};
	static const struct ex_word NEXT[] = {
	    EX_W("still"), EX_W("not"), EX_W("also"), EX_W("yet"), EX_W("as-yet")};
	static const char *const SUFFIX[] = {"ed", "ing", "ful", "al", "ous", "ive", "ble", "ant",
	    "ent", "ic", "ly", "est", "er"};
	size_t ws, wl, p, ns, nl;
	int modifier = 0;

	if (pos + 3 > hi || ex_ncasecmp(t + pos, "but", 3) != 0 ||
	    (nl = ex_word_after(t, pos + 3, pos + 40 < hi ? pos + 40 : hi, &ns)) == 0 ||
	    t[ns] < 'a' || t[ns] > 'z')
		return 0;
	/* What follows is a modifier too: "but still", "but steady", "but growing". */
	modifier = ex_word_in(NEXT, EX_NWORDS(NEXT), t + ns, nl);
	for (size_t i = 0; !modifier && i < sizeof(SUFFIX) / sizeof(SUFFIX[0]); i++) {
		size_t n = strlen(SUFFIX[i]);

		modifier = nl > n + 2 && ex_ncasecmp(t + ns + nl - n, SUFFIX[i], n) == 0;
	}
	if (!modifier)
		return 0;
	for (p = pos; p > lo && t[p - 1] == ' '; p--)
		;
	if (p == lo || t[p - 1] == ',' || (wl = ex_word_before(t, ex_unquote(t, lo, pos), lo, &ws)) == 0)
		return 0;
	for (int w = 0; w < 2; w++) {
		if ((wl = ex_word_before(t, ex_unquote(t, lo, ws), lo, &ws)) == 0 || t[ws + wl] == ',')
			return 0;
		if (ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
			return 1;
	}
	return 0;
}
/*
 * ex_aside_break - 1 if the break word at pos ("however", "meanwhile") is an
 * aside between commas right after the subject that opens the sentence [lo,hi),
 * no clause: "U.S. LNG purchases, however, keep rising", "China, meanwhile,
 * will buy more sorghum".  The opening before it has no comma and at most six
 * words; the word is followed by a comma.
 */
int
ex_aside_break(const char *t, size_t lo, size_t pos, size_t hi)
{
	static const struct ex_word ASIDE[] = {EX_W("however"), EX_W("meanwhile")};
	size_t ws, wl, p = pos;
	int words = 0;

	if (pos < lo + 3 || t[pos - 1] != ' ' || t[pos - 2] != ',' ||
	    (wl = ex_word_after(t, pos, pos + 12 < hi ? pos + 12 : hi, &ws)) == 0 || ws != pos ||
	    !ex_word_in(ASIDE, EX_NWORDS(ASIDE), t + ws, wl) || ws + wl >= hi || t[ws + wl] != ',')
		return 0;
	for (p = pos - 2; p > lo; p--)
		if (t[p - 1] == ',' || t[p - 1] == ';')
			return 0;
	for (p = pos - 2; words <= 6 && (wl = ex_word_before(t, p, lo, &ws)) > 0; p = ws)
		words++;
	return words > 0 && words <= 6;
}
/*
 * ex_participle_of - 1 if the verb at [anchor,end) is a present participle right
 * after a noun ("licences allowing Nvidia to ship", "a deal opening its market"):
 * it describes what the clause's earlier act does, and has that act's status.  Not
 * after a form of "be" or an aspect verb ("is allowing", "began buying"), nor after
 * a preposition ("by cutting").
 */
int
ex_participle_of(const char *t, size_t lo, size_t anchor, size_t end)
{
	static const struct ex_word NOT_AFTER[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"), EX_W("be"), EX_W("been"),
	    EX_W("being"), EX_W("am"), EX_W("began"), EX_W("begun"), EX_W("begin"),
	    EX_W("begins"), EX_W("started"), EX_W("start"), EX_W("starts"), EX_W("keep"),
	    EX_W("kept"), EX_W("keeps"), EX_W("continue"), EX_W("continued"), EX_W("continues"),
	    EX_W("stop"), EX_W("stopped"), EX_W("resume"), EX_W("resumed"), EX_W("resumes"),
	    EX_W("by"), EX_W("of"), EX_W("for"), EX_W("to"), EX_W("on"), EX_W("about"),
	    EX_W("without"), EX_W("after"), EX_W("before"), EX_W("while"), EX_W("from"),
	    EX_W("in"), EX_W("and"), EX_W("or"), EX_W("not"), EX_W("avoid"), EX_W("consider"),
	    EX_W("considering"), EX_W("finished"), EX_W("completed"), EX_W("halted")};
	size_t ws, wl, p;

	if (end < anchor + 5 || ex_ncasecmp(t + end - 3, "ing", 3) != 0)
		return 0;
	for (p = anchor; p > lo && t[p - 1] == ' '; p--)
		;
	if (p == lo || t[p - 1] == ',' || (wl = ex_word_before(t, anchor, lo, &ws)) == 0)
		return 0;
	return !ex_word_in(NOT_AFTER, EX_NWORDS(NOT_AFTER), t + ws, wl);
}
/* The written acts by which a government does what it says: signing or issuing
 * one is the act itself, not a pledge ("signed a decree cutting ..."). */
static const struct ex_word EX_INSTRUMENT[] = {
    EX_W("decree"), EX_W("law"), EX_W("proclamation"), EX_W("notification"),
    EX_W("regulation"), EX_W("ordinance"), EX_W("directive"), EX_W("resolution"), EX_W("notice")};

/* ex_instrument - 1 if the word t[ws,ws+wl) names such a written act; an "order"
 * only an executive one ("signed a firm order for 103 jets" is a purchase). */
static int
ex_instrument(const char *t, size_t ws, size_t wl)
{
	static const struct ex_word ORDER_BY[] = {
	    EX_W("executive"), EX_W("presidential"), EX_W("ministerial"), EX_W("administrative")};
	size_t bs, bl;

	if (ex_word_in(EX_INSTRUMENT, EX_NWORDS(EX_INSTRUMENT), t + ws, wl))
		return 1;
	return wl == 5 && ex_ncasecmp(t + ws, "order", 5) == 0 &&
	    (bl = ex_word_before(t, ws, ws > 20 ? ws - 20 : 0, &bs)) > 0 &&
	    ex_word_in(ORDER_BY, EX_NWORDS(ORDER_BY), t + bs, bl);
}

/* ex_order_acts - 1 if an "order" ending at p goes on, within four words and
 * no comma, to what it does: a participle ("signed an order removing the
 * tariff") or "that"/"which" ("an order on Friday that lowers"); "signed an
 * order for 30 jets" ("for" or "of" right after it) is a purchase. */
static int
ex_order_acts(const char *t, size_t p, size_t len)
{
	size_t ws, wl, hi = len - p > 60 ? p + 60 : len;

	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl) {
		if (memchr(t + p, ',', ws - p) != NULL || (w == 0 && ((wl == 3 &&
		    ex_ncasecmp(t + ws, "for", 3) == 0) || (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0))))
			return 0;
		if ((wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0) ||
		    (wl == 5 && ex_ncasecmp(t + ws, "which", 5) == 0) ||
		    (wl >= 6 && ex_ncasecmp(t + ws + wl - 3, "ing", 3) == 0 &&
		    ex_ncasecmp(t + ws, "including", wl) != 0))
			return 1;
	}
	return 0;
}
/*
 * ex_signed_instrument - 1 if the cue x is "signed" with a written act of
 * government at most three words after it ("signed an executive order", "signed
 * a decree on Friday", "signed the proclamation"): the act done, so "signed"
 * is no pledge cue there.  "signed an agreement" stays one.
 */
int
ex_signed_instrument(const char *t, size_t len, const struct ex_mention *x)
{
	size_t ws, wl, p = x->end, hi = len - p > 40 ? p + 40 : len;

	if (x->end - x->start != 6 || ex_ncasecmp(t + x->start, "signed", 6) != 0)
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl)
		if (ex_instrument(t, ws, wl) || (wl == 5 && ex_ncasecmp(t + ws, "order", 5) == 0 &&
		    ex_order_acts(t, ws + wl, len)))
			return 1;
	return 0;
}
/* ex_enacted_noun - a written act (ex_instrument), a "rule", or an "order" with
 * no adjective: after a verb of signing or issuing and before the act's own verb
 * ("signed an order removing the tariff") an order is no purchase. */
static int
ex_enacted_noun(const char *t, size_t ws, size_t wl)
{
	return ex_instrument(t, ws, wl) ||
	    (wl == 4 && ex_ncasecmp(t + ws, "rule", 4) == 0) ||
	    (wl == 5 && ex_ncasecmp(t + ws, "order", 5) == 0);
}
/* ex_relative_present - 1 if the verb at [anchor,end) is in the simple present
 * of the third person ("allows", "removes", "lets") right after "that" or
 * "which"; *rel is where that word starts. */
static int
ex_relative_present(const char *t, size_t s, size_t anchor, size_t end, size_t *rel)
{
	size_t ws, wl;

	if (t[end - 1] != 's' || t[end - 2] == 's' || t[end - 2] == 'u' ||
	    (wl = ex_word_before(t, anchor, s, &ws)) == 0 ||
	    !((wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0) ||
	    (wl == 5 && ex_ncasecmp(t + ws, "which", 5) == 0)))
		return 0;
	*rel = ws;
	return 1;
}
/*
 * ex_enacted_by - 1 if the present participle at [anchor,end) describes a written
 * act signed, issued or published before it in sentence [s,anchor), with no
 * modal or negation: "Trump signed an executive order on Monday lowering
 * tariffs on Japanese cars", "the finance ministry issued a notification
 * cutting the duty on almonds", "Hanoi published a decree removing".  Done with
 * the act (a date of effect still ahead makes it announced: ex_effect_apply).
 */
int
ex_enacted_by(const char *t, size_t s, size_t anchor, size_t end)
{
	static const struct ex_word ENACT[] = {
	    EX_W("signed"), EX_W("issued"), EX_W("published"), EX_W("adopted"), EX_W("enacted"),
	    EX_W("promulgated"), EX_W("gazetted"), EX_W("approved")};
	static const struct ex_word BLOCK[] = {
	    EX_W("if"), EX_W("never"), EX_W("no"), EX_W("unless")};
	size_t p = anchor, ws, wl;
	int w, noun = -1;

	if (end < anchor + 5)
		return 0;
	/* "published a rule that allows", "signed an order that lowers": the
	 * act's verb in the present right after "that" or "which" and the
	 * written act's noun. */
	if (ex_ncasecmp(t + end - 3, "ing", 3) != 0) {
		if (!ex_relative_present(t, s, anchor, end, &p))
			return 0;
		/* "signed an order on Thursday that lowers": a few words between. */
		for (w = 0; noun < 0 && w < 4 && (wl = ex_word_before(t, p, s, &ws)) > 0; w++, p = ws) {
			if (memchr(t + ws, ',', p - ws) != NULL)
				return 0;
			if (ex_enacted_noun(t, ws, wl))
				noun = w;
		}
		if (noun < 0)
			return 0;
	}
	for (w = 0; noun < 0 && w < 8 && (wl = ex_word_before(t, p, s, &ws)) > 0; w++, p = ws) {
		if (ex_enacted_noun(t, ws, wl)) {
			noun = w;
			p = ws;
			break;
		}
		if (memchr(t + ws, ',', p - ws) != NULL)
			return 0;
	}
	if (noun < 0)
		return 0;
	for (w = 0; w < 4 && (wl = ex_word_before(t, p, s, &ws)) > 0; w++, p = ws)
		if (ex_word_in(ENACT, EX_NWORDS(ENACT), t + ws, wl))
			break;
	if (wl == 0 || w == 4)
		return 0;
	for (; (wl = ex_word_before(t, p, s, &ws)) > 0; p = ws)
		if (ex_modal_word(t + ws, wl) || ex_word_in(BLOCK, EX_NWORDS(BLOCK), t + ws, wl))
			return 0;
	return 1;
}
/*
 * ex_present_act - 1 if the verb at [anchor,end) is in the simple present of
 * the third person ("lifts", "removes", "cuts") with no modal, "to" or
 * auxiliary before it in its clause [cs,anchor): "Beijing lifts its ban on
 * U.S. beef, effective immediately" tells the act as it is done.
 */
int
ex_present_act(const char *t, size_t cs, size_t anchor, size_t end)
{
	static const struct ex_word AHEAD[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("could"), EX_W("may"), EX_W("might"),
	    EX_W("should"), EX_W("can"), EX_W("must"), EX_W("to"), EX_W("if"), EX_W("unless"),
	    EX_W("not"), EX_W("plans"), EX_W("does"), EX_W("do"), EX_W("did")};

	if (end < anchor + 4 || t[end - 1] != 's' || t[end - 2] == 's' || t[end - 2] == 'u' ||
	    t[anchor] < 'a' || t[anchor] > 'z')
		return 0;
	return !ex_span_word_in(AHEAD, EX_NWORDS(AHEAD), t, cs, anchor);
}
/*
 * ex_adjunct_comma - where the comma stands that sets off the present participle
 * at [anchor,end) from the main clause of sentence [s,anchor) ("Japan restored
 * Korea to its white list, removing ..."); EX_NOPOS if it is none such.
 */
size_t
ex_adjunct_comma(const char *t, size_t s, size_t anchor, size_t end)
{
	size_t p = anchor;

	if (end < anchor + 5 || ex_ncasecmp(t + end - 3, "ing", 3) != 0)
		return EX_NOPOS;
	while (p > s && t[p - 1] == ' ')
		p--;
	return p > s && t[p - 1] == ',' ? p - 1 : EX_NOPOS;
}
/* ex_and_participle - 1 if the present participle at [a2,e2) follows "and" and
 * joins the participle at [a1,e1), set off by a comma from the main clause of
 * sentence [s,...), with no comma or semicolon between them: "..., cutting its
 * tariff on beef to 9 per cent and eliminating its duty on pork". */
int
ex_and_participle(const char *t, size_t s, size_t a1, size_t e1, size_t a2, size_t e2)
{
	size_t ws, wl;

	if (e1 > a2 || e2 < a2 + 5 || ex_ncasecmp(t + e2 - 3, "ing", 3) != 0 ||
	    ex_adjunct_comma(t, s, a1, e1) == EX_NOPOS ||
	    (wl = ex_word_before(t, a2, e1, &ws)) != 3 || ex_ncasecmp(t + ws, "and", 3) != 0)
		return 0;
	return memchr(t + e1, ',', a2 - e1) == NULL && memchr(t + e1, ';', a2 - e1) == NULL;
}
/*
 * ex_done_adjunct - 1 if the verb at [anchor,end) is a present participle set off
 * by a comma after a main clause of sentence [s,anchor) told as done: "Vietnam
 * signed a decree on Friday, cutting its tariffs on U.S. ethanol", "Japan
 * restored Korea to its white list, removing the export curbs", "Beijing has
 * published a notice, lifting its ban on U.S. beef".  The participle tells what
 * the main clause's act did, and it is done with it.  The main clause must have
 * a past form ("-ed", "took", "made") and no modal, infinitive, condition or
 * negation ("will publish a decree next week, cutting", "agreed to sign a
 * decree, cutting", "did not sign the decree, keeping"): those are left to the
 * cues.
 */
int
ex_done_adjunct(const char *t, size_t s, size_t anchor, size_t end)
{
	static const struct ex_word BLOCK[] = {
	    EX_W("if"), EX_W("unless"), EX_W("never"), EX_W("no"), EX_W("plans"), EX_W("plan"),
	    EX_W("intends"), EX_W("wants"), EX_W("seeks"), EX_W("aims"), EX_W("proposed"),
	    EX_W("expected"), EX_W("considered"), EX_W("urged"), EX_W("asked"), EX_W("demanded"),
	    EX_W("requested"), EX_W("called"), EX_W("threatened"), EX_W("warned"), EX_W("denied"),
	    EX_W("rejected"), EX_W("refused"), EX_W("failed"), EX_W("delayed"), EX_W("postponed")};
	static const struct ex_word IRREGULAR[] = {
	    EX_W("took"), EX_W("made"), EX_W("gave"), EX_W("sent"), EX_W("struck"), EX_W("won"),
	    EX_W("put"), EX_W("set")};
	/* "to" before these is a preposition ("restored Korea to its list"). */
	static const struct ex_word NOUN_START[] = {
	    EX_W("the"), EX_W("a"), EX_W("an"), EX_W("its"), EX_W("their"), EX_W("his"),
	    EX_W("her"), EX_W("our"), EX_W("this"), EX_W("that"), EX_W("these"), EX_W("those"),
	    EX_W("all"), EX_W("some"), EX_W("zero"), EX_W("nearly"), EX_W("about"), EX_W("around")};
	size_t p = ex_adjunct_comma(t, s, anchor, end), ws, wl, nws, nwl;
	int past = 0;

	if (p == EX_NOPOS)
		return 0;
	for (int w = 0; w < 40 && (wl = ex_word_before(t, p, s, &ws)) > 0; w++, p = ws) {
		/* "agreed to sign a decree, cutting": an infinitive is not done;
		 * "restored Korea to its list" is a preposition. */
		if (wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) {
			if ((nwl = ex_word_after(t, ws + wl, anchor, &nws)) > 0 && t[nws] >= 'a' &&
			    t[nws] <= 'z' && !ex_word_in(NOUN_START, EX_NWORDS(NOUN_START), t + nws, nwl))
				return 0;
			continue;
		}
		if (ex_modal_word(t + ws, wl) || ex_word_in(BLOCK, EX_NWORDS(BLOCK), t + ws, wl))
			return 0;
		if (t[ws] >= 'a' && t[ws] <= 'z' &&
		    ((wl >= 5 && t[ws + wl - 2] == 'e' && t[ws + wl - 1] == 'd' && t[ws + wl - 3] != 'e') ||
		    ex_word_in(IRREGULAR, EX_NWORDS(IRREGULAR), t + ws, wl)))
			past = 1;
	}
	return past && wl == 0;
}
/* ex_later_step - 1 if "further" or "again" stands right after the verb at
 * [anchor,end) or one word after it, or "further" right before it ("The duty is
 * scheduled to drop further, to 40%", "a further cut", "will fall again to 5%"):
 * a step after one already taken, which does not undo the step in force. */
int
ex_later_step(const char *t, size_t lo, size_t anchor, size_t end, size_t hi)
{
	static const struct ex_word STEP[] = {EX_W("further"), EX_W("again")};
	size_t ws, wl, pos = end;

	if ((wl = ex_word_before(t, anchor, lo, &ws)) == 7 && ex_ncasecmp(t + ws, "further", 7) == 0)
		return 1;
	for (int w = 0; w < 2 && (wl = ex_word_after(t, pos, hi, &ws)) > 0; w++, pos = ws + wl)
		if (ex_word_in(STEP, EX_NWORDS(STEP), t + ws, wl))
			return 1;
	return 0;
}
/*
 * ex_signed_order - 1 if the purchase noun at [anchor,end) is an order or purchase
 * agreement that was signed or placed ("Korean Air signed a firm order for 103
 * Boeing aircraft", "has placed orders for", "signed a purchase agreement for",
 * "signed a deal for 20 Boeing jets", "placed a $20 billion order for", its
 * value between): the purchase is made.  "agreed to order", "signed an agreement to buy" and "will
 * sign an order" are still pledges.
 */
int
ex_signed_order(const char *t, size_t lo, size_t anchor, size_t end)
{
	static const struct ex_word NOUN[] = {
	    EX_W("order"), EX_W("orders"), EX_W("purchase"), EX_W("purchases"), EX_W("deal"),
	    EX_W("deals"), EX_W("agreement"), EX_W("agreements"), EX_W("contract"),
	    EX_W("contracts")};
	static const struct ex_word DONE[] = {
	    EX_W("signed"), EX_W("placed"), EX_W("finalised"), EX_W("finalized"), EX_W("inked"),
	    EX_W("firmed")};
	static const struct ex_word BETWEEN[] = {
	    EX_W("a"), EX_W("an"), EX_W("the"), EX_W("its"), EX_W("their"), EX_W("firm"),
	    EX_W("formal"), EX_W("new"), EX_W("additional"), EX_W("up"), EX_W("binding"),
	    EX_W("fresh"), EX_W("large"), EX_W("major"), EX_W("record")};
	static const struct ex_word SCALE[] = {
	    EX_W("million"), EX_W("billion"), EX_W("trillion"), EX_W("bn"), EX_W("mln"), EX_W("bln")};
	size_t ws, wl, pos = anchor, ne = anchor;

	/* "a deal for 20 jets": the trigger's first word is the noun. */
	while (ne < end && t[ne] != ' ')
		ne++;
	if (!ex_word_in(NOUN, EX_NWORDS(NOUN), t + anchor, ne - anchor) ||
	    (ne < end && strncasecmp(t + end - 4, " for", 4) != 0))
		return 0;
	for (int w = 0; w < 6 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_word_in(DONE, EX_NWORDS(DONE), t + ws, wl))
			return 1;
		/* "placed a $20 billion order for": the order's value between. */
		if (!ex_word_in(BETWEEN, EX_NWORDS(BETWEEN), t + ws, wl) &&
		    !(t[ws] >= '0' && t[ws] <= '9') && !ex_word_in(SCALE, EX_NWORDS(SCALE), t + ws, wl))
			return 0;
		pos = ws > lo && t[ws - 1] == '$' ? ws - 1 : ws;
	}
	return 0;
}
/*
 * ex_term_contract - 1 if the buying verb at anchor completes a long-term supply
 * contract that was signed ("KOGAS has signed a 10-year contract to import US
 * LNG", "inked a 15-year deal to buy", "struck a long-term agreement to
 * purchase"): the buyer is bound and the deliveries run for years, so the
 * purchase is under way, not pledged; "agreed to sign a 10-year contract to
 * buy" and a contract with no term stay as they are.
 */
int
ex_term_contract(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word NOUN[] = {
	    EX_W("contract"), EX_W("contracts"), EX_W("deal"), EX_W("deals"), EX_W("agreement"),
	    EX_W("agreements")};
	static const struct ex_word KIND[] = {
	    EX_W("supply"), EX_W("purchase"), EX_W("offtake"), EX_W("sales"), EX_W("sale"),
	    EX_W("binding"), EX_W("firm"), EX_W("a"), EX_W("an"), EX_W("its"), EX_W("their"),
	    EX_W("new"), EX_W("first")};
	static const struct ex_word DONE[] = {
	    EX_W("signed"), EX_W("inked"), EX_W("struck"), EX_W("clinched"), EX_W("sealed"),
	    EX_W("concluded")};
	size_t ws, wl = ex_word_before(t, anchor, lo, &ws);
	int term = 0;

	if (wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0 ||
	    (wl = ex_word_before(t, ws, lo, &ws)) == 0 || !ex_word_in(NOUN, EX_NWORDS(NOUN), t + ws, wl))
		return 0;
	for (int w = 0; w < 5 && (wl = ex_word_before(t, ws, lo, &ws)) > 0; w++) {
		/* "10-year", "20-year", "long-term", "multi-year", "multiyear": the
		 * hyphen ends a word, so the part before it is skipped. */
		if (ws > lo && t[ws - 1] == '-' && ((wl == 4 && ex_ncasecmp(t + ws, "year", 4) == 0) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "term", 4) == 0))) {
			term = 1;
			for (ws--; ws > lo && ex_word_byte((unsigned char)t[ws - 1]); ws--)
				;
		} else if (wl == 9 && ex_ncasecmp(t + ws, "multiyear", 9) == 0)
			term = 1;
		else if (ex_word_in(DONE, EX_NWORDS(DONE), t + ws, wl))
			return term;
		else if (!ex_word_in(KIND, EX_NWORDS(KIND), t + ws, wl))
			return 0;
	}
	return 0;
}
/*
 * ex_later_start - 1 if [p,e) says the deliveries start in a year after the
 * publication's ("..., with deliveries starting in 2028", "first cargoes due
 * from 2029", "supplies to begin in 2030", "with first deliveries from 2030",
 * "first cargoes expected in 2029"): a contract signed today whose goods flow
 * years later binds the buyer but nothing is under way yet.  A start word
 * ("from" only right after a delivery noun) must have the year within three
 * words after it.
 */
int
ex_later_start(const struct ex_ctx *ctx, size_t p, size_t e)
{
	static const struct ex_word START[] = {
	    EX_W("starting"), EX_W("beginning"), EX_W("start"), EX_W("starts"), EX_W("begin"),
	    EX_W("begins"), EX_W("commencing"), EX_W("due"), EX_W("expected"), EX_W("scheduled")};
	static const struct ex_word DELIVERY[] = {
	    EX_W("deliveries"), EX_W("cargoes"), EX_W("shipments"), EX_W("supplies"),
	    EX_W("delivery"), EX_W("supply")};
	const char *t = ctx->text;
	size_t ws, wl, prev = 0;
	int year;

	if (ctx->published == NULL || strlen(ctx->published) < 4)
		return 0;
	year = atoi(ctx->published);
	for (; p < e; prev = wl > 0 ? ws : prev, p = ws + (wl > 0 ? wl : 1)) {
		size_t ys, yl, q, pl;

		if ((wl = ex_word_after(t, p, e, &ws)) == 0)
			continue;
		if (!ex_word_in(START, EX_NWORDS(START), t + ws, wl) &&
		    !(wl == 4 && ex_ncasecmp(t + ws, "from", 4) == 0 && prev > 0 &&
		    (pl = ex_word_after(t, prev, e, &ys)) > 0 && ys + pl + 1 == ws &&
		    ex_word_in(DELIVERY, EX_NWORDS(DELIVERY), t + ys, pl)))
			continue;
		q = ws + wl;
		for (int w = 0; w < 3 && (yl = ex_word_after(t, q, e, &ys)) > 0; w++, q = ys + yl)
			if (yl == 4 && (t[ys] == '1' || t[ys] == '2') && t[ys + 1] >= '0' && t[ys + 1] <= '9' &&
			    t[ys + 2] >= '0' && t[ys + 2] <= '9' && t[ys + 3] >= '0' && t[ys + 3] <= '9')
				return (t[ys] - '0') * 1000 + (t[ys + 1] - '0') * 100 + (t[ys + 2] - '0') * 10 +
				    (t[ys + 3] - '0') > year;
	}
	return 0;
}
/* ex_has_digit - 1 if t[s,e) holds a digit. */
int
ex_has_digit(const char *t, size_t s, size_t e)
{
	for (; s < e; s++)
		if (t[s] >= '0' && t[s] <= '9')
			return 1;
	return 0;
}
/* ex_period_phrase - 1 if the statistics phrase at [a,b) only names a period
 * ("last year", "a year earlier", "in a typical year"). */
static int
ex_period_phrase(const char *t, size_t a, size_t b)
{
	for (; a + 4 <= b; a++)
		if (ex_ncasecmp(t + a, "year", 4) == 0)
			return 1;
	return 0;
}
/*
 * ex_statistic - 1 if [s,e) holds a `statistics` phrase that is not the start of
 * a longer negation: "exports declined 5%" states a trade figure, "officials
 * declined to confirm the assurance" only refuses to comment.  A phrase that
 * only names a period makes a figure of a sentence with a number ("imported
 * 600,000 tonnes last year"), not of one without ("still had to suspend the
 * export controls it announced last year").
 */
int
ex_statistic(const struct ex_ctx *ctx, size_t s, size_t e)
{
	int digit = -1;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int longer = 0;

		if (x->kind != RULE_STATISTIC || x->start < s)
			continue;
		if (ex_period_phrase(ctx->text, x->start, x->end)) {
			if (digit < 0)
				digit = ex_has_digit(ctx->text, s, e);
			if (!digit)
				continue;
		}
		for (size_t j = ex_first(ctx, x->start); j < ctx->m.n && ctx->m.v[j].start == x->start; j++)
			if (ctx->m.v[j].kind == RULE_NEGATION && ctx->m.v[j].end > x->end)
				longer = 1;
		if (!longer)
			return 1;
	}
	return 0;
}
/*
 * ex_after_relative - where the main clause resumes after the relative clause
 * opening at rs ("..., which are already duty-free, to zero on the remaining
 * lines"): the byte after its closing comma, when a new rate ("to zero", "to
 * 10%") follows there before re; else re.
 */
size_t
ex_after_relative(const struct ex_ctx *ctx, size_t nq, size_t rs, size_t re)
{
	const char *comma;
	size_t p;

	if (!ex_relative(ctx->text + rs, re - rs))
		return re;
	p = rs + 1;
	if ((comma = memchr(ctx->text + p, ',', re - p)) == NULL)
		return re;
	p = (size_t)(comma - ctx->text) + 1;
	for (size_t i = 0; i < nq; i++)
		if (ctx->qty[i].offset >= p && ctx->qty[i].offset < re &&
		    ctx->qty[i].role == QUANTITY_RATE_TO)
			return p;
	return re;
}
/*
 * ex_intensified - 1 if the verb at [anchor,end), or one of the three words before
 * it, says an activity grew ("stepped up inspections", "has intensified its
 * crackdown", "ramped up seizures", "tightened controls").
 */
int
ex_intensified(const char *t, size_t lo, size_t anchor, size_t end)
{
	static const struct ex_word MORE[] = {
	    EX_W("stepped"), EX_W("stepping"), EX_W("ramped"), EX_W("ramping"),
	    EX_W("intensified"), EX_W("intensifying"), EX_W("tightened"), EX_W("tightening"),
	    EX_W("stiffened"), EX_W("expanded"), EX_W("expanding")};
	size_t ws, wl, pos = anchor;

	if (ex_prefix_in(MORE, EX_NWORDS(MORE), t + anchor, end - anchor, 0))
		return 1;
	for (int w = 0; w < 3 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++) {
		if (ex_word_in(MORE, EX_NWORDS(MORE), t + ws, wl))
			return 1;
		pos = ws;
	}
	return 0;
}
/* ex_operation_verb - 1 if the verb at [anchor,end) counts operations of an
 * enforcement ("have seized more than 1.5 tons of fentanyl", "were seized", "42
 * laboratories were dismantled", "intercepted 300 parcels", "deployed 10,000
 * troops"): a campaign that goes on, under way rather than done. */
int
ex_operation_verb(const char *t, size_t anchor, size_t end)
{
	static const struct ex_word OPS[] = {
	    EX_W("seiz"), EX_W("intercept"), EX_W("dismantl"), EX_W("deploy"), EX_W("arrest"),
	    EX_W("confiscat"), EX_W("raid"), EX_W("inspect")};

	return ex_prefix_in(OPS, EX_NWORDS(OPS), t + anchor, end - anchor, 0);
}
/* The words of ex_reversal_verb: verbs that bring a restriction back, the
 * first words of "snapped back" and "brought back", verbs that stop imports.
 * EX_LEXICON has the automaton report them, so ex_reversal skips sentences
 * without one. */
const struct ex_word EX_REVERSAL_BACK[] = {
    EX_W("reimposed"), EX_W("reimposes"), EX_W("re-imposed"), EX_W("re-imposes"),
    EX_W("reinstated"), EX_W("reinstates"), EX_W("re-instated"), EX_W("restored"),
    EX_W("restores"), EX_W("reintroduced"), EX_W("reintroduces"), EX_W("re-introduced")};
const struct ex_word EX_REVERSAL_SNAP[] = {EX_W("snapped"), EX_W("brought")};
/* Verbs that raise a rate: with "back to" and a percent in their clause they
 * undo a cut ("is raising tariffs on Korean cars back to 25 percent"). */
const struct ex_word EX_REVERSAL_RAISE[] = {
    EX_W("raising"), EX_W("raised"), EX_W("raises"), EX_W("increasing"), EX_W("increased"),
    EX_W("increases"), EX_W("hiking"), EX_W("hiked"), EX_W("hikes")};
const struct ex_word EX_REVERSAL_HALT[] = {
    EX_W("halted"), EX_W("halts"), EX_W("stopped"), EX_W("stops"), EX_W("suspended"),
    EX_W("suspends"), EX_W("banned"), EX_W("bans"), EX_W("blocked"), EX_W("blocks"),
    EX_W("froze"), EX_W("freezes"), EX_W("lapse"), EX_W("lapsed"), EX_W("lapses"),
    EX_W("expire"), EX_W("expired"), EX_W("expires"), EX_W("halting"), EX_W("stopping"),
    EX_W("suspending"), EX_W("banning"), EX_W("blocking"), EX_W("freezing")};
const size_t EX_NREVERSAL_BACK = EX_NWORDS(EX_REVERSAL_BACK);
const size_t EX_NREVERSAL_SNAP = EX_NWORDS(EX_REVERSAL_SNAP);
const size_t EX_NREVERSAL_RAISE = EX_NWORDS(EX_REVERSAL_RAISE);
const size_t EX_NREVERSAL_HALT = EX_NWORDS(EX_REVERSAL_HALT);

/* ex_permit_halted - 1 if a verb that stops a flow (EX_REVERSAL_HALT) governs a
 * licence noun in [lo,hi), a determiner and at most two modifiers between: "has
 * suspended the general licences that let U.S. firms buy gallium", "froze all
 * export licences".  Licences are the easing itself: stopping them breaks it,
 * "again" or not.  "the suspended licences" (no determiner between) names them. */
int
ex_permit_halted(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	const char *t = ctx->text;
	int license = ex_measure_index(ctx->r, "license");

	if (license < 0 || !ex_lex_in(ctx, EX_LEX_REVERSAL, lo, hi))
		return 0;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		size_t pos = ctx->m.v[i].start, ws, wl;
		int det = 0;

		if (pos < lo || ctx->m.v[i].kind != RULE_MEASURE || ctx->m.v[i].value != license)
			continue;
		for (int w = 0; w < 4 && (wl = ex_word_before(t, pos, lo, &ws)) > 0; w++, pos = ws) {
			if (ex_word_in(EX_REVERSAL_HALT, EX_NREVERSAL_HALT, t + ws, wl)) {
				if (det)
					return 1;
				break;
			}
			det |= ex_determiner(t + ws, wl) || (wl == 3 && ex_ncasecmp(t + ws, "all", 3) == 0);
		}
	}
	return 0;
}
/* ex_reversal_verb - what the word at [ws,ws+wl) may undo an easing as: 1 a verb
 * that brings a restriction back ("reimposed", "reinstated", "restored"), 2
 * "snapped" or "brought" (with "back" after it), 3 a verb that stops imports
 * (with "again" later in its clause), 4 a verb that raises a rate (with "back
 * to" and a percent later in its clause), 0 none.  It runs for every word of a
 * sentence with one of them (ex_lex_in), before the clause is measured. */
static int
ex_reversal_verb(const char *t, size_t ws, size_t wl)
{
	if (ex_word_in(EX_REVERSAL_BACK, EX_NWORDS(EX_REVERSAL_BACK), t + ws, wl))
		return 1;
	if (ex_word_in(EX_REVERSAL_SNAP, EX_NWORDS(EX_REVERSAL_SNAP), t + ws, wl))
		return 2;
	if (ex_word_in(EX_REVERSAL_RAISE, EX_NWORDS(EX_REVERSAL_RAISE), t + ws, wl))
		return 4;
	return ex_word_in(EX_REVERSAL_HALT, EX_NWORDS(EX_REVERSAL_HALT), t + ws, wl) ? 3 : 0;
}
/* ex_raised_back - 1 if the raising verb at [ws,ws+wl) takes a rate back up to
 * where it stood before a cut: a percent with "back to" before it
 * (ex_back_to_rate) later in its clause [ws+wl,ce), and the verb done or under
 * way, neither an infinitive nor after a modal ("Trump said he is raising
 * tariffs on Korean cars back to 25 percent", "raised the duty back to 25%";
 * not "threatened to raise tariffs back to 25%", "could raise them back to
 * 25%", "has not raised them back to 25%").  "back to" tells the earlier cut
 * whether or not the article tells it. */
static int
ex_raised_back(const char *t, size_t s, size_t ws, size_t wl, size_t ce)
{
	static const struct ex_word AUX[] = {
	    EX_W("is"), EX_W("was"), EX_W("are"), EX_W("were"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("be"), EX_W("been")};
	static const struct ex_word MODAL[] = {
	    EX_W("to"), EX_W("would"), EX_W("could"), EX_W("might"), EX_W("may"), EX_W("will"),
	    EX_W("can"), EX_W("should"), EX_W("not"), EX_W("never"), EX_W("if")};
	static const struct ex_word UNIT[] = {EX_W("%"), EX_W(" percent"), EX_W(" per cent")};
	size_t bs, bl, p;
	int back = 0;

	for (p = ws + wl; p < ce && !back; p++) {
		size_t q;

		if (t[p] < '0' || t[p] > '9' || (t[p - 1] >= '0' && t[p - 1] <= '9') || t[p - 1] == '.')
			continue;
		for (q = p; q < ce && ((t[q] >= '0' && t[q] <= '9') || t[q] == '.'); q++)
			;
		back = ex_prefix_in(UNIT, EX_NWORDS(UNIT), t + q, ce - q, 0) && ex_back_to_rate(t, p, ws + wl);
	}
	if (!back)
		return 0;
	/* "is raising", "has been raised": past the auxiliaries to what stands
	 * before.  A gerund with none ("could respond by raising") is no step. */
	for (p = ws; (bl = ex_word_before(t, p, s, &bs)) > 0 && ex_word_in(AUX, EX_NWORDS(AUX), t + bs, bl); p = bs)
		;
	if (p == ws && t[ws + wl - 1] == 'g')
		return 0;
	return !(bl > 0 && ex_word_in(MODAL, EX_NWORDS(MODAL), t + bs, bl));
}
/* ex_reversal_at - the end of a verb at [ws,ws+wl) that undoes an easing done
 * before, or 0: "reimposed", "reinstated", "restored", "snapped back" bring a
 * restriction back (*again = 0); "halted", "stopped", "suspended", "banned",
 * "let ... lapse", "expired" with "again" later in the clause or right before
 * ("once again suspended", s the sentence's start) stop imports once more (*again = 1).  A
 * bare infinitive ("will reimpose", "threatened to reinstate") undoes nothing
 * yet.  verb: ex_reversal_verb's answer for the word. */
static size_t
ex_reversal_at(const char *t, size_t s, size_t ws, size_t wl, size_t ce, int verb, int *again)
{
	size_t as, al;

	*again = 0;
	if (verb == 1)
		return ws + wl;
	if (verb == 2) {
		if ((al = ex_word_after(t, ws + wl, ce, &as)) == 4 && ex_ncasecmp(t + as, "back", 4) == 0)
			return as + al;
		return 0;
	}
	if (verb == 4)
		return ex_raised_back(t, s, ws, wl, ce) ? ws + wl : 0;
	if (verb != 3)
		return 0;
	/* "has once again suspended imports": "again" right before the verb. */
	if (ex_word_before(t, ws, s, &as) == 5 && ex_ncasecmp(t + as, "again", 5) == 0) {
		*again = 1;
		return ws + wl;
	}
	/* Past the dots of "U.S." too ("suspended imports of U.S. poultry again"). */
	for (size_t p = ws + wl; p < ce; p = al > 0 ? as + al : p + 1)
		if ((al = ex_word_after(t, p, ce, &as)) == 5 && ex_ncasecmp(t + as, "again", 5) == 0) {
			*again = 1;
			return ws + wl;
		}
	return 0;
}

#define EX_REVERSAL_REACH 3000  /* bytes back to the easing a reversal undoes */

/* ex_quota_named - 1 if a quota noun is named in [lo,hi): "would let British
 * steel into the US at zero tariff under a quota" tells a tariff cut that a
 * later "the quota remains stuck" is about (ex_reference_push). */
static int
ex_quota_named(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	int quota = ex_measure_index(ctx->r, "quota");

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].start >= lo && ctx->m.v[i].kind == RULE_MEASURE && ctx->m.v[i].value == quota)
			return 1;
	return 0;
}

/* ex_restate - make stmt, copied from an earlier sentence, a statement of
 * sentence [s,e) at pos with status st: about now, with no date or progress
 * of its own. */
static void
ex_restate(struct ex_stmt *stmt, size_t s, size_t e, size_t pos, enum status st)
{
	stmt->status = st;
	stmt->orphan = 0;
	stmt->rank = 1;
	stmt->pos = pos;
	stmt->sent_start = s;
	stmt->sent_end = e;
	stmt->deadline[0] = stmt->expires[0] = stmt->act_day[0] = stmt->force_day[0] = '\0';
	stmt->dl_span = stmt->dl_report = stmt->qty_done = stmt->effective = stmt->lot = 0;
	memset(&stmt->progress, 0, sizeof(stmt->progress));
	stmt->confidence -= 0.1;
}

/* ex_reference_push - give each earlier statement named at pos (action act, or
 * any easing of imports when again; the objects objs[0..nobj), or the latest
 * such statement when none is named; actor, or anyone when -1) a statement of
 * sentence [s,e) with status st.  The number pushed, -1 on allocation failure. */
int
ex_reference_push(struct ex_ctx *ctx, size_t s, size_t e, size_t pos, int act, int again,
    const int *objs, size_t nobj, int actor, enum status st)
{
	size_t n0 = ctx->st.n, group = EX_NOPOS, rest = 0, wend = 0;
	int pushed = 0;

	for (size_t i = n0; i-- > 0;) {
		struct ex_stmt stmt = ctx->st.v[i];
		const char *name = RULES_ACTIONS[stmt.action];
		int match = 0;

		if (stmt.sent_start >= s || s - stmt.sent_start > EX_REVERSAL_REACH)
			continue;
		if (again)
			match = ex_action_is(name, "market_access") || ex_action_is(name, "purchase");
		else if (act < 0)
			match = 1;
		else
			match = stmt.action == act || (ex_action_is(RULES_ACTIONS[act], "tariff_cut") &&
			    ex_action_is(name, "tariff_pause")) ||
			    /* "the quota remains stuck" after a cut to a rate under a
			     * quota: stuck, not a reversal (talks that "collapsed"). */
			    (st == STATUS_STALLED && ex_action_is(RULES_ACTIONS[act], "market_access") &&
			    ex_action_is(name, "tariff_cut") && ex_quota_named(ctx, stmt.sent_start, stmt.sent_end));
		for (size_t k = 0; match && nobj > 0; k++)
			if (k == nobj || objs[k] == stmt.object) {
				match = k < nobj;
				break;
			}
		if (!match || (actor >= 0 && stmt.actor != actor) || stmt.rank < 0 ||
		    stmt.status == STATUS_BROKEN || stmt.status == STATUS_PROPOSED ||
		    (nobj == 0 && group != EX_NOPOS && stmt.sent_start != group))
			continue;
		group = stmt.sent_start;
		ex_restate(&stmt, s, e, pos, st);
		if (ex_stmt_push(&ctx->st, &stmt) == -1)
			return -1;
		/* "Four plants are still waiting", after plants were restored: a
		 * part's wait (ex_part_done). */
		if (st == STATUS_STALLED && rest == 0)
			rest = ex_rest_pending(ctx, s, e, &wend);
		if (st == STATUS_STALLED && rest != EX_NOPOS && ex_part_done(ctx, s, e, rest, wend, ctx->st.n - 1))
			ctx->st.v[ctx->st.n - 1].status = STATUS_IN_PROGRESS;
		pushed++;
	}
	return pushed;
}

/* ex_rate_noun - 1 if "rate" or "rates" is one of the first four words of
 * [p,e): "the 45% rate", "the higher duty rate", "its former rates". */
static int
ex_rate_noun(const char *t, size_t p, size_t e)
{
	size_t ws, wl;

	for (int w = 0; w < 4 && p < e; w++, p = ws + (wl > 0 ? wl : 1))
		if (((wl = ex_word_after(t, p, e, &ws)) == 4 || wl == 5) && ex_ncasecmp(t + ws, "rate", 4) == 0 &&
		    (wl == 4 || (t[ws + 4] | 32) == 's'))
			return 1;
	return 0;
}

/* ex_opening_undone - 1 if [s,e) outside [ws,vend) names the opening a halt of
 * imports undoes: "reversing" ("suspended imports of Japanese seafood,
 * reversing a resumption agreed in June"), the opening as a noun ("celebrated
 * China's reopening of its market ... after Beijing halted imports again"), or
 * as a past verb in a clause of "after", at most six words on ("halted imports
 * of Japanese seafood again, only weeks after shipments resumed", "weeks after
 * it had resumed purchases": the halt undoes what the "after" clause tells
 * was done; "has not said when imports will be resumed" tells no opening).
 * With after set, only "reversing" past vend counts: it tells a halt with no
 * "again" is a reversal ("has suspended imports from three Australian beef
 * plants, reversing part of a decision that restored access"). */
static int
ex_opening_undone(const char *t, size_t s, size_t e, size_t ws, size_t vend, int after)
{
	static const struct ex_word UNDO[] = {EX_W("reversing")};
	static const struct ex_word OPENING[] = {
	    EX_W("reversing"), EX_W("resumption"), EX_W("reopening"), EX_W("re-opening")};
	static const struct ex_word OPENED[] = {EX_W("resumed"), EX_W("reopened"), EX_W("re-opened")};
	size_t as, al;
	int since_after = -1;

	for (size_t p = after ? vend : s; p < e; p = as + (al > 0 ? al : 1)) {
		if ((al = ex_word_after(t, p, e, &as)) == 0 || (as >= ws && as < vend))
			continue;
		if (after ? ex_word_in(UNDO, EX_NWORDS(UNDO), t + as, al) :
		    ex_word_in(OPENING, EX_NWORDS(OPENING), t + as, al))
			return 1;
		if (after)
			continue;
		if (al == 5 && ex_ncasecmp(t + as, "after", 5) == 0)
			since_after = 0;
		else if (since_after >= 0 && ++since_after <= 6 && ex_word_in(OPENED, EX_NWORDS(OPENED), t + as, al))
			return 1;
	}
	return 0;
}

/* ex_reversal_ahead - a halt "again" of imports with no easing told before it,
 * in a lede that tells the reversal before the opening it undoes ("China has
 * suspended imports of Japanese seafood again ... Beijing lifted its ban in
 * June"), or a restriction of named goods or a named measure brought back
 * before the easing it undoes is told (act, the easing's action; -1 for
 * market access): a broken statement of the actor's action for the goods named
 * from the counterparty named in [vend,ce), kept only beside a statement of its
 * key (EX_ORPHAN), which it outranks when that one is done (reversed = 2,
 * ex_emit).  A halt whose sentence names the opening it undoes
 * (ex_opening_undone: "reversing a resumption", "China's reopening") stands
 * alone: the sentence tells that access had been given; so does a rate raised
 * "back to" where it stood (told: ex_raised_back).  -1 on allocation failure,
 * else 0. */
static int
ex_reversal_ahead(struct ex_ctx *ctx, size_t s, size_t e, size_t ws, size_t vend, size_t ce,
    int actor, int act, const int *objs, size_t nobj, int told)
{
	struct ex_stmt stmt;
	int cp = -1, access = -1, named;

	for (int a = 0; a < RULES_NACTIONS; a++)
		if (ex_action_is(RULES_ACTIONS[a], "market_access"))
			access = a;
	/* "raising the U.S. tariff on South Korean cars back to 25 percent": the
	 * rate's own side names its tariff, the goods' side is the other. */
	for (size_t i = ex_first(ctx, vend); i < ctx->m.n && ctx->m.v[i].start < ce && cp < 0; i++)
		if (ctx->m.v[i].start >= vend && ctx->m.v[i].kind == RULE_ACTOR &&
		    !(told && ctx->m.v[i].value == actor))
			cp = ctx->m.v[i].value;
	/* "China's customs notified Tokyo that it had suspended imports of
	 * Japanese seafood again": the halting side is not the goods' own. */
	for (size_t i = ex_first(ctx, s); actor == cp && i < ctx->m.n && ctx->m.v[i].start < ws; i++)
		if (ctx->m.v[i].start >= s && ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].value != cp)
			actor = ctx->m.v[i].value;
	if (act >= 0)
		access = act;
	/* "the Commerce Department reinstated the affiliates rule": a measure
	 * suspended under a deal and brought back tells that it was suspended,
	 * whether or not the article tells the suspension; its counterparty is
	 * the article's most named other side when the clause names none. */
	named = access >= 0 && ex_action_is(RULES_ACTIONS[access], "suspend_measure");
	if (named && cp < 0) {
		int most = -1;

		for (size_t a = 0; a < ctx->r->nactors; a++)
			if ((int)a != actor && ctx->actor_weight[a] > 0 &&
			    (most < 0 || ctx->actor_weight[a] > ctx->actor_weight[most]))
				most = (int)a;
		cp = most;
	}
	if (actor < 0 || cp < 0 || actor == cp || access < 0)
		return 0;
	memset(&stmt, 0, sizeof(stmt));
	stmt.actor = actor;
	stmt.counterparty = cp;
	stmt.action = access;
	stmt.trigger = -1;
	stmt.status = STATUS_BROKEN;
	stmt.rank = 1;
	stmt.pos = ws;
	stmt.sent_start = s;
	stmt.sent_end = e;
	stmt.confidence = 0.6;
	stmt.attr_start = stmt.attr_len = -1;
	stmt.orphan = named || told || (act < 0 && ex_opening_undone(ctx->text, s, e, ws, vend, 0)) ? 0 : EX_ORPHAN;
	stmt.reversed = 2;
	for (size_t k = 0; k < nobj; k++) {
		stmt.object = objs[k];
		if (ex_stmt_push(&ctx->st, &stmt) == -1)
			return -1;
	}
	return 0;
}

/* ex_kind_only - 1 if objs[0..nobj) are only general measures ("tariffs",
 * "export_controls"): a restriction named by its kind, no goods. */
static int
ex_kind_only(const struct rules *r, const int *objs, size_t nobj)
{
	int tariffs = rules_object_find(r, "tariffs"), controls = rules_object_find(r, "export_controls");

	for (size_t k = 0; k < nobj; k++)
		if (objs[k] != tariffs && objs[k] != controls)
			return 0;
	return nobj > 0;
}
/* ex_reversal_subject - the restriction a reversal verb at ws brings back, named
 * as its subject with a determiner right before it ("The controls were
 * reimposed", "Those tariffs snapped back"): its measure kind, its object in
 * objs[0] (*nobj = 1); -1 if none stands between s and ws. */
static int
ex_reversal_subject(const struct ex_ctx *ctx, size_t s, size_t ws, int *objs, size_t *nobj)
{
	size_t ds, dl;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < ws; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < s || (x->kind != RULE_MEASURE && x->kind != RULE_OBJECT) ||
		    (dl = ex_word_before(ctx->text, x->start, s, &ds)) == 0 ||
		    !ex_determiner(ctx->text + ds, dl) || x->end + 24 < ws)
			continue;
		if (x->kind == RULE_MEASURE)
			return x->value;
		objs[0] = x->value;
		*nobj = 1;
		return ctx->r->objects[x->value].measure;
	}
	return -1;
}
/* ex_wished_reversal - 1 if the reversal verb at ws is what someone asks for,
 * not a step taken: a verb of wanting or asking at most seven words before it
 * in its clause ("Some senators want the fentanyl tariff restored", "are
 * calling for the tariff to be restored", "pressing for the duty to be
 * reinstated", "demanded that the levy be brought back", "lobbying to have the
 * fees reinstated").  A comma, a semicolon or a word that opens another
 * clause ("after", "when", "because", "but", ...) ends the look-back:
 * "Farmers asked for help after Beijing reimposed the ban" is a reversal.
 * A participle right after the restriction it brings back ("called for the
 * licences to be revoked and the affiliates rule reinstated") shares the wish
 * across "and", up to sixteen words back. */
static int
ex_wished_reversal(const struct ex_ctx *ctx, size_t s, size_t ws)
{
	const char *t = ctx->text;
	int small = 0;
	static const struct ex_word WISH[] = {
	    EX_W("want"), EX_W("wants"), EX_W("wanted"), EX_W("wanting"), EX_W("calling"),
	    EX_W("called"), EX_W("calls"), EX_W("call"), EX_W("pressing"), EX_W("pressed"),
	    EX_W("press"), EX_W("presses"), EX_W("pushing"), EX_W("pushed"), EX_W("push"),
	    EX_W("pushes"), EX_W("urging"), EX_W("urged"), EX_W("urge"), EX_W("urges"),
	    EX_W("demanding"), EX_W("demanded"), EX_W("demand"), EX_W("demands"),
	    EX_W("lobbying"), EX_W("lobbied"), EX_W("asking"), EX_W("asked"), EX_W("seeking"),
	    EX_W("sought"), EX_W("seek"), EX_W("seeks"), EX_W("campaigning"), EX_W("campaigned")};
	static const struct ex_word STOP[] = {
	    EX_W("after"), EX_W("before"), EX_W("when"), EX_W("while"), EX_W("because"),
	    EX_W("since"), EX_W("as"), EX_W("but"), EX_W("and"), EX_W("which"), EX_W("who"),
	    EX_W("although"), EX_W("though"), EX_W("until"), EX_W("once"), EX_W("so")};
	size_t pos = ws, bs, bl;

	if ((bl = ex_word_before(t, ws, s, &bs)) > 0)
		for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < ws; i++)
			small |= ctx->m.v[i].end == bs + bl &&
			    (ctx->m.v[i].kind == RULE_MEASURE || ctx->m.v[i].kind == RULE_OBJECT);
	for (int w = 0; w < (small ? 16 : 7) && (bl = ex_word_before(t, pos, s, &bs)) > 0; w++, pos = bs) {
		if (memchr(t + bs + bl, ',', pos - bs - bl) != NULL || memchr(t + bs + bl, ';', pos - bs - bl) != NULL ||
		    memchr(t + bs + bl, ':', pos - bs - bl) != NULL ||
		    (ex_word_in(STOP, EX_NWORDS(STOP), t + bs, bl) && !(small && bl == 3 && ex_ncasecmp(t + bs, "and", 3) == 0)))
			return 0;
		if (ex_word_in(WISH, EX_NWORDS(WISH), t + bs, bl))
			return 1;
	}
	return 0;
}
/* ex_reversal - "In November Beijing reimposed the ban", "the Commerce Department
 * reinstated the affiliates rule", "Washington restored the 25% tariff on Indian
 * shrimp", "China halted the imports again": a verb that brings back a
 * restriction the actor had lifted, suspended or cut breaks that commitment.  The
 * restriction's kind (a tariff, a ban, export controls, a rule) and its goods, if
 * named, pick the earlier statements of its actor; a restriction of a kind no
 * easing lowers ("restored the licences") is no reversal.  Negated, conditional
 * and questioned verbs are skipped.  -1 on allocation failure. */
int
ex_reversal(struct ex_ctx *ctx, size_t s, size_t e)
{
	static const char *const KIND[] = {"tariff", "ban", "import_ban", "export_control", "measure"};
	const struct rules *r = ctx->r;
	const char *t = ctx->text;
	size_t ws, wl;
	int lower = -1;

	/* No verb of ex_reversal_verb in the sentence (a word list added there
	 * must join EX_LEXICON too). */
	if (!ex_lex_in(ctx, EX_LEX_REVERSAL, s, e))
		return 0;
	for (size_t p = s; p < e; p = ws + (wl > 0 ? wl : 1)) {
		size_t ce = e, vend, lo;
		int again, m = -1, act = -1, actor, objs[EX_MAX_OBJECTS], verb, pronoun;
		size_t nobj = 0;

		if ((wl = ex_word_after(t, p, e, &ws)) == 0 || (verb = ex_reversal_verb(t, ws, wl)) == 0)
			continue;
		/* The clause: up to a comma, a semicolon or a clause break. */
		for (size_t k = ws + wl; k < e; k++)
			if (t[k] == ',' || t[k] == ';' || ex_has_kind(ctx, RULE_BREAK, k, k + 1)) {
				ce = k;
				break;
			}
		if ((vend = ex_reversal_at(t, s, ws, wl, ce, verb, &again)) == 0) {
			/* "has suspended imports from three Australian beef
			 * plants, reversing part of a 2024 decision": no "again",
			 * but the participle tells the halt undoes an opening. */
			if (verb != 3 || !ex_opening_undone(t, s, e, ws, ws + wl, 1))
				continue;
			vend = ws + wl;
			again = 1;
		}
		lo = ws > s + EX_NEG_REACH ? ws - EX_NEG_REACH : s;
		if (ex_has_kind(ctx, RULE_NEGATION, lo, ws) || ex_conditional(ctx, s, ws, vend) ||
		    ex_question(t, s, e))
			return 0;
		/* "Senators want the tariff restored": a wish, no reversal. */
		if (ex_wished_reversal(ctx, s, ws))
			continue;
		for (size_t i = ex_first(ctx, vend); i < ctx->m.n && ctx->m.v[i].start < ce; i++) {
			const struct ex_mention *x = &ctx->m.v[i];
			int kind = -1;

			if (x->start < vend)
				continue;
			/* "restored duty-free access", "reinstated the exemption": an
			 * easing given back, not a restriction. */
			if (x->kind == RULE_TRIGGER && !ex_trigger_is(r, x->value, "buy"))
				break;
			if (x->kind == RULE_MEASURE)
				kind = x->value;
			else if (x->kind == RULE_OBJECT && nobj < EX_MAX_OBJECTS) {
				objs[nobj++] = x->value;
				kind = r->objects[x->value].measure;
			}
			if (m < 0 && kind >= 0)
				m = kind;
		}
		/* "The controls were reimposed", "the tariffs snapped back": with
		 * nothing after the verb, the subject names the restriction. */
		if (m < 0 && nobj == 0)
			m = ex_reversal_subject(ctx, s, ws, objs, &nobj);
		/* "reinstated the 45% rate", "restored the higher rate": a rate brought
		 * back is a tariff; so is a percent raised back to (verb 4). */
		if (m < 0 && !again && (verb == 4 || ex_rate_noun(t, vend, ce)))
			for (size_t k = 0; k < r->nmeasures; k++)
				if (strcmp(r->measures[k], "tariff") == 0)
					m = (int)k;
		if (!again) {
			int ok = memmem(t + vend, ce - vend, "free", 4) == NULL &&
			    memmem(t + vend, ce - vend, "access", 6) == NULL;

			int kind = 0;

			for (size_t k = 0; m >= 0 && k < sizeof(KIND) / sizeof(KIND[0]); k++)
				kind |= strcmp(r->measures[m], KIND[k]) == 0;
			if (!ok || !kind)
				continue;
			if (lower < 0)
				for (lower = 0; lower < (int)r->ntriggers && !ex_trigger_is(r, lower, "lower"); lower++)
					;
			if ((act = rules_action_find(r, lower, m)) < 0)
				continue;
			act = r->actions[act].action;
		}
		actor = ex_find_actor(ctx, s, ws, -1);
		/* "US President Donald Trump said he is raising tariffs ... back to
		 * 25 percent": the leader speaks of his own government's step; "China
		 * has told Japan it is halting imports of Japanese seafood again":
		 * the government speaks of its own. */
		if (actor < 0 && ((pronoun = ex_pronoun_subject(t, s, ws)) == 2 || (verb == 4 && pronoun == 3)))
			actor = ex_find_speaker(ctx, s, ws);
		/* "China has let the registrations lapse again, months after restoring
		 * them": the easing this sentence names is undone too, and what is
		 * told of it after ("restored the registrations in January") is older. */
		for (size_t i = ex_sent_first(ctx, s); again && i < ctx->st.n; i++) {
			struct ex_stmt *x = &ctx->st.v[i];
			const char *name = RULES_ACTIONS[x->action];

			if (x->sent_start == s && x->rank >= 0 && (actor < 0 || x->actor == actor) &&
			    (ex_action_is(name, "market_access") || ex_action_is(name, "purchase"))) {
				x->status = STATUS_BROKEN;
				x->reversed = 1;
			}
		}
		{
			int pushed = ex_reference_push(ctx, s, e, ws, act, again, objs, nobj, actor,
			    STATUS_BROKEN);

			/* "China suspended its export controls on gallium ... Beijing
			 * reimposed the controls": a restriction named only by its
			 * kind ("the controls", "the tariffs") is the one told before,
			 * whatever its goods. */
			if (pushed == 0 && !again && ex_kind_only(r, objs, nobj))
				pushed = ex_reference_push(ctx, s, e, ws, act, again, objs, 0, actor, STATUS_BROKEN);
			if (pushed < 0)
				return -1;
			if (pushed == 0 && again)
				return ex_reversal_ahead(ctx, s, e, ws, vend, ce, actor, -1, objs, nobj, 0);
			/* "Washington reinstated the port fees on Chinese ships on
			 * Monday ... The US had agreed to suspend the fees for a
			 * year": the easing undone, told after the reversal. */
			if (pushed == 0 && nobj > 0 && !ex_kind_only(r, objs, nobj))
				return ex_reversal_ahead(ctx, s, e, ws, vend, ce, actor, act, objs, nobj, verb == 4);
		}
		return 0;
	}
	return 0;
}

#define EX_NEW_GOODS_REACH 1500  /* bytes back to the licensing a noun for new goods extends */

/* ex_measure_new_goods - "China issued general licences for rare earths to US
 * users ... The graphite licences remain stuck": a licence noun for goods no
 * earlier statement licensed tells, for each of them, the state of the latest
 * licensing told with its verb not far back (its issuer and its buyers), when
 * the sentence names no other party and no relative clause.  Only export
 * licences: their issuer is the one whose goods they are, known from the
 * licensing told before.  -1 on allocation failure. */
static int
ex_measure_new_goods(struct ex_ctx *ctx, size_t s, size_t e, size_t pos, int act, enum status st)
{
	const char *comma = memchr(ctx->text + pos, ',', e - pos);
	size_t lim = comma != NULL ? (size_t)(comma - ctx->text) : e, i, nobj = 0;
	struct ex_stmt stmt;
	int objs[EX_MAX_OBJECTS];

	/* The goods of the subject, before its first comma: not "..., and chip
	 * suppliers say they are still waiting". */
	for (i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < lim; i++)
		if (ctx->m.v[i].start >= s && ctx->m.v[i].kind == RULE_OBJECT && nobj < EX_MAX_OBJECTS)
			objs[nobj++] = ctx->m.v[i].value;
	/* "Licences for graphite, which analysts expected in May, have been
	 * held up": the clause names who awaited them, not who issues them. */
	if (nobj == 0 || !ex_action_is(RULES_ACTIONS[act], "export_license") || ex_kind_only(ctx->r, objs, nobj) ||
	    memmem(ctx->text + s, e - s, ", which", 7) != NULL)
		return 0;
	for (i = ctx->st.n; i-- > 0;) {
		const struct ex_stmt *a = &ctx->st.v[i];

		if (a->sent_start >= s)
			continue;
		if (s - a->sent_start > EX_NEW_GOODS_REACH)
			return 0;
		/* Licensing told with its verb and its issuer ("Beijing granted
		 * licences"), not a bare noun's guessed owner. */
		if (a->action == act && a->actor >= 0 && a->rank >= 0 && a->status != STATUS_PROPOSED &&
		    a->trigger >= 0 && !a->carried)
			break;
	}
	if (i == (size_t)-1)
		return 0;
	stmt = ctx->st.v[i];
	for (size_t k = ex_first(ctx, s); k < ctx->m.n && ctx->m.v[k].start < e; k++)
		if (ctx->m.v[k].start >= s && ctx->m.v[k].kind == RULE_ACTOR &&
		    ctx->m.v[k].value != stmt.actor && ctx->m.v[k].value != stmt.counterparty)
			return 0;
	ex_restate(&stmt, s, e, pos, st);
	memset(&stmt.quantity, 0, sizeof(stmt.quantity));
	for (size_t k = 0; k < nobj; k++) {
		stmt.object = objs[k];
		if (ex_stmt_push(&ctx->st, &stmt) == -1)
			return -1;
	}
	return 0;
}
/* ex_measure_outcome - "The licences remain stuck in Beijing", "Those approvals
 * have been in limbo since March": a sentence with no verb of commitment whose
 * subject is a definite measure noun and whose outcome is stalled or broken
 * tells of the latest earlier statements of an action made with that measure
 * (ex_reference_push), of its goods if it names any.  A "not yet" alone, a
 * negation, a condition or a question: nothing.  -1 on allocation failure. */
int
ex_measure_outcome(struct ex_ctx *ctx, size_t s, size_t e)
{
	const struct rules *r = ctx->r;
	const struct ex_mention *m = NULL;
	int pending = 0, st, done[RULES_NACTIONS] = {0}, objs[EX_MAX_OBJECTS];
	size_t nobj = 0, ws, wl, brk = EX_NOPOS, hi = e;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < s)
			continue;
		if (x->kind == RULE_TRIGGER)
			return 0;
		/* "The general licences for gallium are in use, although buyers
		 * of germanium say approvals still take months": a later clause
		 * with a measure noun of its own tells of that noun, not of the
		 * subject's; the subject's outcome and goods end at its break. */
		if (x->kind == RULE_BREAK && m != NULL && brk == EX_NOPOS &&
		    !ex_np_but(ctx->text, s, x->start, e))
			brk = x->start;
		if (x->kind == RULE_MEASURE && m != NULL && brk != EX_NOPOS) {
			hi = brk;
			break;
		}
		if (x->kind == RULE_OBJECT && nobj < EX_MAX_OBJECTS)
			objs[nobj++] = x->value;
		if (x->kind == RULE_MEASURE && m == NULL)
			m = x;
	}
	/* "The licences", "Those approvals", or a bare plural opening the
	 * sentence: "Licence approvals remain in limbo". */
	if (m == NULL || !(ex_definite_np(ctx->text, s, m->start) ||
	    (wl = ex_word_before(ctx->text, m->start, s, &ws)) == 0 ||
	    ex_word_before(ctx->text, ws, s, &ws) == 0) ||
	    (st = ex_outcome_cues(ctx, m->end, hi, &pending)) < 0 || pending ||
	    (st != STATUS_STALLED && st != STATUS_BROKEN) || ex_conditional(ctx, s, m->start, e) ||
	    ex_question(ctx->text, s, e))
		return 0;
	for (size_t k = 0; k < r->nactions; k++) {
		const struct rule_action *ra = &r->actions[k];
		int pushed;

		if (ra->measure != m->value || ra->trigger < 0 || done[ra->action])
			continue;
		done[ra->action] = 1;
		if ((pushed = ex_reference_push(ctx, s, e, m->start, ra->action, 0, objs, nobj, -1,
		    (enum status)st)) < 0 ||
		    (pushed == 0 && nobj > 0 && ex_measure_new_goods(ctx, s, e, m->start, ra->action,
		    (enum status)st) < 0))
			return -1;
	}
	return 0;
}

#define EX_PREDICATE_REACH 48  /* bytes from a deal noun to its outcome */

/* ex_span_opening - past an opening that counts time from an earlier act: "Four
 * months later,", "Six months on,", "A year later,", "Weeks later," (at most four
 * words, the last "later" or "on", a span unit among them, then a comma); p when
 * the sentence at p has none. */
static size_t
ex_span_opening(const char *t, size_t p, size_t e)
{
	static const struct ex_word UNIT[] = {
	    EX_W("day"), EX_W("days"), EX_W("week"), EX_W("weeks"), EX_W("month"), EX_W("months"),
	    EX_W("year"), EX_W("years")};
	size_t q = p, ws, wl;
	int unit = 0;

	for (int w = 0; w < 4 && (wl = ex_word_after(t, q, e, &ws)) > 0; w++) {
		q = ws + wl;
		unit |= ex_word_in(UNIT, EX_NWORDS(UNIT), t + ws, wl);
		if (unit && q < e && t[q] == ',' && ((wl == 5 && ex_ncasecmp(t + ws, "later", 5) == 0) ||
		    (wl == 2 && ex_ncasecmp(t + ws, "on", 2) == 0)))
			return q + 1;
	}
	return p;
}
/* The deal nouns of ex_deal_head (EX_LEXICON reports them: ex_deal_outcome
 * skips a sentence without one). */
const struct ex_word EX_DEAL_NOUNS[] = {
    EX_W("deal"), EX_W("deals"), EX_W("pledge"), EX_W("pledges"), EX_W("promise"),
    EX_W("promises"), EX_W("commitment"), EX_W("commitments"), EX_W("agreement"),
    EX_W("agreements"), EX_W("accord"), EX_W("order"), EX_W("orders"), EX_W("offer"),
    EX_W("plan"), EX_W("plans"), EX_W("arrangement"), EX_W("undertaking"),
    EX_W("regulation"), EX_W("legislation"), EX_W("measure"), EX_W("package")};
const size_t EX_NDEAL_NOUNS = EX_NWORDS(EX_DEAL_NOUNS);

/* The plural nouns besides the deal nouns that may end a set back-reference
 * (ex_set_head): "All of those measures", "Both steps", "The three
 * concessions" (EX_LEXICON reports them with the deal nouns). */
const struct ex_word EX_SET_NOUNS[] = {
    EX_W("measures"), EX_W("steps"), EX_W("concessions"), EX_W("changes"), EX_W("moves"),
    EX_W("provisions"), EX_W("undertakings"), EX_W("elements")};
const size_t EX_NSET_NOUNS = EX_NWORDS(EX_SET_NOUNS);

/* ex_deal_noun_after - the end of the deal noun among the first four words
 * from p, before a comma ("the soybean pledge", "that earlier purchase
 * agreement"; not "the deal-making"), else EX_NOPOS; with plural, a plural
 * deal noun or a set noun ("Both purchase pledges", "those three measures"). */
static size_t
ex_deal_noun_after(const char *t, size_t p, size_t e, int plural)
{
	size_t ws, wl;

	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++) {
		if ((plural ? ex_word_in(EX_SET_NOUNS, EX_NSET_NOUNS, t + ws, wl) ||
		    ((t[ws + wl - 1] | 32) == 's' && ex_word_in(EX_DEAL_NOUNS, EX_NDEAL_NOUNS, t + ws, wl)) :
		    ex_word_in(EX_DEAL_NOUNS, EX_NDEAL_NOUNS, t + ws, wl)) &&
		    (ws + wl >= e || t[ws + wl] != '-'))
			return ws + wl;
		p = ws + wl;
		if (p < e && (t[p] == ',' || t[p] == ';'))
			break;
	}
	return EX_NOPOS;
}
/* ex_deal_head - the end of a deal noun phrase opening at p: a determiner, at
 * most three modifiers and a deal noun ("that deal", "the soybean pledge",
 * "this earlier purchase agreement"; not "the deal-making"), else EX_NOPOS. */
static size_t
ex_deal_head(const char *t, size_t p, size_t e)
{
	static const struct ex_word DET[] = {
	    EX_W("that"), EX_W("this"), EX_W("the"), EX_W("those"), EX_W("these"), EX_W("its"),
	    EX_W("their")};
	size_t ws, wl;

	if ((wl = ex_word_after(t, p, e, &ws)) == 0 || !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		return EX_NOPOS;
	return ex_deal_noun_after(t, ws + wl, e, 0);
}
/* ex_set_head - the end of a plural phrase opening at p that names several
 * commitments told before, else EX_NOPOS: a quantifier ("all", "both",
 * "each"), "of" and a determiner, or a number ("all three"), or a
 * determiner with a number or "those"/"these"; then at most three modifiers
 * and a plural deal noun or a set noun: "All of those measures", "Both
 * pledges", "Each of the steps", "All three concessions", "The two
 * commitments", "Those measures".  "The measures" alone, with
 * no number, is no set (a noun of any one rule). */
static size_t
ex_set_head(const char *t, size_t p, size_t e)
{
	static const struct ex_word QUANT[] = {EX_W("all"), EX_W("both"), EX_W("each")};
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("those"), EX_W("these"), EX_W("its"), EX_W("their")};
	static const struct ex_word NUM[] = {
	    EX_W("two"), EX_W("three"), EX_W("four"), EX_W("five"), EX_W("six")};
	size_t ws, wl;
	int set = 0;

	if ((wl = ex_word_after(t, p, e, &ws)) == 0)
		return EX_NOPOS;
	if (ex_word_in(QUANT, EX_NWORDS(QUANT), t + ws, wl)) {
		set = 1;
		p = ws + wl;
		if ((wl = ex_word_after(t, p, e, &ws)) == 2 && ex_ncasecmp(t + ws, "of", 2) == 0) {
			if ((wl = ex_word_after(t, ws + 2, e, &ws)) == 0 ||
			    !ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
				return EX_NOPOS;
			p = ws + wl;
		}
	} else if (ex_word_in(DET, EX_NWORDS(DET), t + ws, wl)) {
		set = (wl == 5 && (ex_ncasecmp(t + ws, "those", 5) == 0 || ex_ncasecmp(t + ws, "these", 5) == 0));
		p = ws + wl;
	} else
		return EX_NOPOS;
	if ((wl = ex_word_after(t, p, e, &ws)) > 0 && ex_word_in(NUM, EX_NWORDS(NUM), t + ws, wl)) {
		set = 1;
		p = ws + wl;
	}
	return set ? ex_deal_noun_after(t, p, e, 1) : EX_NOPOS;
}
/* ex_said_set - ex_set_head after a verb of saying among the first ten words
 * from p: "A ministry official said on Friday that all of those measures are
 * now in force", "The ministry said both measures had taken effect",
 * "Officials say “both steps are now in force”" (at most "on" and a word,
 * "that" and a quotation mark between), the set's start in *at, else
 * EX_NOPOS. */
static size_t
ex_said_set(const char *t, size_t p, size_t e, size_t *at)
{
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("say"), EX_W("confirmed"), EX_W("noted")};
	size_t ws, wl;

	for (int w = 0; w < 10 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++) {
		p = ws + wl;
		if (!ex_word_in(SAY, EX_NWORDS(SAY), t + ws, wl))
			continue;
		if ((wl = ex_word_after(t, p, e, &ws)) == 2 && ex_ncasecmp(t + ws, "on", 2) == 0 &&
		    (wl = ex_word_after(t, ws + 2, e, &ws)) > 0)
			p = ws + wl;
		if ((wl = ex_word_after(t, p, e, &ws)) == 4 && ex_ncasecmp(t + ws, "that", 4) == 0)
			p = ws + wl;
		while (p < e && t[p] == ' ')
			p++;
		if (p < e && t[p] == '"')
			p++;
		else if (p + 3 <= e && memcmp(t + p, "\xe2\x80\x9c", 3) == 0)
			p += 3;
		*at = p;
		return ex_set_head(t, p, e);
	}
	return EX_NOPOS;
}
/* ex_set_done - 1 if the predicate [lo,hi) of a set back-reference says its
 * commitments are carried out: a done cue ("are now in force", "took effect",
 * "have been met", "has been carried out") and no negation, condition, modal
 * or pledge cue ("will be implemented", "are expected to take effect"). */
static int
ex_set_done(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	int done = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo)
			continue;
		if (x->kind == RULE_NEGATION || x->kind == RULE_CONDITIONAL ||
		    (x->kind == RULE_CUE && (x->value == STATUS_PLEDGED || x->value == STATUS_PROPOSED)))
			return 0;
		if (x->kind == RULE_CUE && x->value == STATUS_FULFILLED)
			done = 1;
	}
	return done;
}
/* ex_set_news - 1 if a set back-reference at s with state st has something to
 * tell: the latest statements stand in the sentence right before it (only
 * white space between: "... since China imposed a tariff ... Both measures
 * were retaliation" names acts the sentence before told as a cause, not the
 * pledges of the lede), and one of that sentence's statements is not at st
 * already.  A dated effect ("Both measures took effect on 1 January 2026") is
 * ex_follow_deadline's, which dates and carries out what it refers to. */
static int
ex_set_news(const struct ex_ctx *ctx, size_t s, size_t e, int st)
{
	const struct ex_stmt *last;
	int news = 0;

	if (ctx->st.n == 0 || (ex_has_kind(ctx, RULE_EFFECT, s, e) &&
	    when_may_deadline(ctx->text + s, e - s, ctx->published)))
		return 0;
	last = &ctx->st.v[ctx->st.n - 1];
	if (last->sent_end > s || s - last->sent_end > 8)
		return 0;
	for (size_t p = last->sent_end; p < s; p++)
		if (ctx->text[p] != ' ' && ctx->text[p] != '\n' && ctx->text[p] != '\t' && ctx->text[p] != '\r')
			return 0;
	for (size_t i = ctx->st.n; i-- > 0 && ctx->st.v[i].sent_start == last->sent_start;)
		news |= ctx->st.v[i].rank >= 0 && ctx->st.v[i].status != (enum status)st;
	return news;
}
/* ex_deal_undone - "Bangkok abandoned that pledge", "Cairo has since walked away
 * from the agreement", "Jakarta later scrapped the deal": a deal noun phrase as
 * the object of a verb of undoing (a broken or stalled cue, or "scrapped",
 * "dropped", "shelved" ...) whose subject, at most six words before the noun
 * phrase, is a party (*actor) or a pronoun (-1).  The noun's end, the status in
 * *st, else EX_NOPOS. */
static size_t
ex_deal_undone(const struct ex_ctx *ctx, size_t s, size_t e, int *actor, int *st, int *set)
{
	static const struct ex_word UNDO[] = {
	    EX_W("scrapped"), EX_W("dropped"), EX_W("shelved"), EX_W("ditched"), EX_W("junked"),
	    EX_W("rescinded"), EX_W("revoked"), EX_W("withdrew"), EX_W("terminated"),
	    EX_W("annulled"), EX_W("torpedoed"), EX_W("cancelled"), EX_W("canceled")};
	static const struct ex_word PRONOUN[] = {EX_W("it"), EX_W("they")};
	const char *t = ctx->text;
	size_t ws, wl;

	for (size_t p = s; p < e; p = ws + (wl > 0 ? wl : 1)) {
		size_t head, ps = ws, pl;
		int undo = 0;

		if ((wl = ex_word_after(t, p, e, &ws)) == 0)
			continue;
		/* "Tokyo has implemented both measures", "Seoul has honoured all
		 * of those pledges": a set carried out by its party. */
		if ((*set = (head = ex_set_head(t, ws, e)) != EX_NOPOS) == 0 &&
		    (head = ex_deal_head(t, ws, e)) == EX_NOPOS)
			continue;
		/* Back over the verb to its subject. */
		ps = ws;
		for (int w = 0; w < 6 && (pl = ex_word_before(t, ps, s, &ps)) > 0; w++) {
			undo |= ex_word_in(UNDO, EX_NWORDS(UNDO), t + ps, pl);
			if (ex_word_in(PRONOUN, EX_NWORDS(PRONOUN), t + ps, pl)) {
				*actor = -1;
				break;
			}
			*actor = -2;
			for (size_t i = ex_first(ctx, ps); i < ctx->m.n && ctx->m.v[i].start < ps + pl; i++)
				if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role == ROLE_SUBJECT &&
				    ctx->m.v[i].end == ps + pl)
					*actor = ctx->m.v[i].value;
			if (*actor != -2)
				break;
		}
		if (*actor == -2 || pl == 0)
			continue;
		/* The verb's own cue, between the subject and the noun phrase ("Despite
		 * stalled talks, Washington signed the deal" breaks nothing). */
		*st = -1;
		for (size_t i = ex_first(ctx, ps + pl); i < ctx->m.n && ctx->m.v[i].start < ws; i++)
			if (ctx->m.v[i].kind == RULE_CUE &&
			    (ctx->m.v[i].value == STATUS_BROKEN || ctx->m.v[i].value == STATUS_STALLED))
				*st = ctx->m.v[i].value;
		if (*st < 0 && undo)
			*st = STATUS_BROKEN;
		if (*st < 0 && *set && ex_set_done(ctx, ps + pl, ws))
			*st = STATUS_FULFILLED;
		if (*st >= 0)
			return head;
	}
	return EX_NOPOS;
}
/* ex_deal_outcome - "That deal was later scrapped", "The pledge was abandoned
 * last month", "But the agreement has stalled", and "Bangkok abandoned that
 * pledge" (ex_deal_undone): a sentence with no statement of its own whose
 * subject is a commitment named by a determiner and a deal noun, with a broken
 * or stalled predicate (or, after "Implementation of", one that says it
 * began), or whose verb undoes such a commitment, tells how the
 * commitments of the latest earlier sentence that made any now stand, whatever
 * their action, of that party's when it is named (goods named in the noun
 * phrase, "the soybean pledge", pick among them).  A negation, a condition, a
 * question, a "not yet" alone: nothing.  -1 on allocation failure. */
int
ex_deal_outcome(struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word OPEN[] = {
	    EX_W("but"), EX_W("however"), EX_W("yet"), EX_W("eventually"), EX_W("ultimately"),
	    EX_W("since"), EX_W("then")};
	static const struct ex_word PLEDGES[] = {
	    EX_W("pledges"), EX_W("promises"), EX_W("commitments")};
	const char *t = ctx->text;
	size_t ws, wl, p = s, head, n0, pe, from = s;
	int st = -1, pending = 0, objs[EX_MAX_OBJECTS], actor = -1, implement = 0, set = 0;
	size_t nobj = 0;

	/* Statements come in sentence order: only the last ones can be this one's. */
	if (ex_sent_first(ctx, s) < ctx->st.n)
		return 0;
	/* Both ways need a deal noun of ex_deal_head in the sentence (EX_LEXICON). */
	if (!ex_lex_in(ctx, EX_LEX_DEALNOUN, s, e))
		return 0;
	if (ex_conditional(ctx, s, s, e) || ex_question(t, s, e) || ex_bare_negation(ctx, s, e))
		return 0;
	/* "China agreed in May to buy ... The 2020 deal collapsed after a year":
	 * a deal told as history is an older one, unless the pledge before is
	 * history too ("In 2019 Peru promised ... That pledge collapsed in 2020"). */
	if ((ex_history_cue(ctx, s, e) || ex_past_year(ctx, s, e) || ex_old_deal_of(ctx, s, e)) && ctx->st.n > 0 &&
	    ctx->st.v[ctx->st.n - 1].orphan != EX_BACKGROUND)
		return 0;
	while ((wl = ex_word_after(t, p, e, &ws)) > 0 && ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl)) {
		p = ws + wl;
		while (p < e && t[p] == ',')
			p++;
	}
	/* "Four months later, the plan has stalled". */
	p = ex_span_opening(t, p, e);
	/* "Implementation of the pledge has begun": the commitment is carried
	 * out, under way when the predicate says it started. */
	if ((wl = ex_word_after(t, p, e, &ws)) == 14 && ex_ncasecmp(t + ws, "implementation", 14) == 0 &&
	    (wl = ex_word_after(t, ws + 14, e, &ws)) == 2 && ex_ncasecmp(t + ws, "of", 2) == 0) {
		p = ws + 2;
		implement = 1;
	}
	if ((head = ex_set_head(t, p, e)) != EX_NOPOS || (head = ex_said_set(t, p, e, &from)) != EX_NOPOS)
		set = 1;
	if (head != EX_NOPOS || (head = ex_deal_head(t, p, e)) != EX_NOPOS) {
		/* "The rest of the deal has stalled": a part, not the whole. */
		if (ex_other_part(t, p, head))
			return 0;
		/* The predicate: a few words after the noun, before any comma ("The
		 * deal, which ends years of stalled talks, was signed" stalls nothing). */
		for (pe = head; pe < e && pe < head + EX_PREDICATE_REACH && t[pe] != ',' && t[pe] != ';'; pe++)
			;
		if ((st = ex_outcome_cues(ctx, head, pe, &pending)) < 0)
			st = ex_undone_predicate(t, head, pe);
		/* A set of acts or pledges said done ("All of those measures are
		 * now in force", "Both pledges have been met"); not deals or plans
		 * "finalised". */
		if (set && st < 0 && ex_set_done(ctx, head, pe) && (wl = ex_word_before(t, head, s, &ws)) > 0 &&
		    (ex_word_in(EX_SET_NOUNS, EX_NSET_NOUNS, t + ws, wl) ||
		    ex_word_in(PLEDGES, EX_NWORDS(PLEDGES), t + ws, wl)))
			st = STATUS_FULFILLED;
	} else if ((head = ex_deal_undone(ctx, s, e, &actor, &st, &set)) == EX_NOPOS)
		return 0;
	/* A set ("All of those measures are now in force", "Both pledges
	 * have been met") tells any state of what it names. */
	if (pending || (st != STATUS_STALLED && st != STATUS_BROKEN &&
	    !((implement || set) && st == STATUS_IN_PROGRESS) && !(set && st == STATUS_FULFILLED)) ||
	    (set && !ex_set_news(ctx, s, e, st)))
		return 0;
	/* The goods the noun phrase names ("the soybean pledge"); not the
	 * speaker's ("The agriculture council said both steps had stalled"). */
	for (size_t i = ex_first(ctx, from); i < ctx->m.n && ctx->m.v[i].start < head; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= from && nobj < EX_MAX_OBJECTS)
			objs[nobj++] = ctx->m.v[i].value;
	n0 = ctx->st.n;
	if (ex_reference_push(ctx, s, e, head, -1, 0, objs, nobj, actor, (enum status)st) < 0)
		return -1;
	/* The sentence names no amount: the key's comes from the statements that
	 * do ("running at $85bn ... its pledge to buy $750bn. The commitment is
	 * behind schedule": $750bn, not the pace copied as a pledge). */
	for (size_t i = n0; i < ctx->st.n; i++)
		memset(&ctx->st.v[i].quantity, 0, sizeof(ctx->st.v[i].quantity));
	return 0;
}

/* ex_would_cue - the last status cue starting in [lo,pos) if it is a bare
 * "would" (ex_bare_modal) at most 40 bytes before pos, else NULL: the verb at
 * pos is only told as what would happen.  Not a "would" a verb of saying
 * reports, at most four words before it ("said on Monday it would cut",
 * "announced that Japan would"): that is a pledge told in reported speech. */
static const struct ex_mention *
ex_would_cue(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	static const struct ex_word SAY[] = {
	    EX_W("said"), EX_W("says"), EX_W("say"), EX_W("told"), EX_W("announced"),
	    EX_W("confirmed"), EX_W("added")};
	const struct ex_mention *last = NULL;
	size_t ws, wl, p;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < pos; i++)
		if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].start >= lo)
			last = &ctx->m.v[i];
	if (last == NULL || last->value != STATUS_PLEDGED || !ex_bare_modal(ctx, last) || pos - last->end > 40)
		return NULL;
	p = last->start;
	for (int w = 0; w < 4 && (wl = ex_word_before(ctx->text, p, lo, &ws)) > 0; w++, p = ws)
		if (ex_word_in(SAY, EX_NWORDS(SAY), ctx->text + ws, wl))
			return NULL;
	return last;
}
/* ex_return_opening - 1 if the sentence [s,hi) tells the other side of a bargain
 * named before it: it opens "In return,", "In exchange,", "In turn," or its
 * subject is set off by ", for its part," / ", for their part,". */
static int
ex_return_opening(const char *t, size_t s, size_t hi)
{
	/* the first three only where the sentence starts */
	static const struct ex_word OPEN[] = {
	    EX_W("in return,"), EX_W("in exchange,"), EX_W("in turn,"), EX_W(", for its part,"),
	    EX_W(", for their part,")};
	size_t ws;

	if (ex_word_after(t, s, hi, &ws) == 0)
		return 0;
	for (size_t p = ws; p < hi && p < ws + 80; p++)
		for (size_t k = 0; k < EX_NWORDS(OPEN); k++)
			if ((k < 3 ? p == ws : t[p] == ',') && p + OPEN[k].n <= hi &&
			    ex_ncasecmp(t + p, OPEN[k].s, OPEN[k].n) == 0)
				return 1;
	return 0;
}
/* ex_plan_in - 1 if [lo,hi) holds a proposed cue that names a plan (ex_proposal_noun:
 * "the draft", "under the proposal", "being discussed") or says it is weighed
 * ("is weighing whether", "is considering"). */
static int
ex_plan_in(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word WEIGH[] = {
	    EX_W("weigh"), EX_W("consider"), EX_W("mull"), EX_W("studying"), EX_W("exploring")};

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind == RULE_CUE && x->start >= lo && x->value == STATUS_PROPOSED &&
		    (ex_proposal_noun(ctx, x) ||
		    ex_prefix_in(WEIGH, EX_NWORDS(WEIGH), ctx->text + x->start, x->end - x->start, 1)))
			return 1;
	}
	return 0;
}
/* ex_would_terms - "The draft ... includes a commitment by Thai feed mills to buy
 * U.S. corn, and would have Thailand lift its ban on pork", "According to a draft,
 * Washington would cut the rate to 15 percent, and India would lower tariffs";
 * "The draft says China would suspend the controls.  In return, the United States
 * would cut the fentanyl tariff": a "would" goes on telling the plan a proposal
 * named before it (modal subordination).  A statement of [s,e) (from n0 on) that
 * is pledged only by a bare "would" right before its verb becomes proposed when
 * its sentence, before that "would", names a plan or holds a proposed statement;
 * or when the sentence tells the other side of a bargain (ex_return_opening) and
 * the sentence right before it, in the same paragraph, does.  "China agreed to
 * buy soybeans.  In return, Washington would cut its tariff" stays pledged. */
void
ex_would_terms(struct ex_ctx *ctx, size_t s, size_t e, size_t n0)
{
	const struct ex_mention *w;
	int prev = -1;

	for (size_t i = n0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];
		int plan = 0;

		if (x->status != STATUS_PLEDGED || x->rank <= 0 || x->pos < s || x->pos >= e ||
		    (w = ex_would_cue(ctx, s, x->pos)) == NULL)
			continue;
		for (size_t j = n0; j < ctx->st.n && !plan; j++)
			plan = j != i && ctx->st.v[j].status == STATUS_PROPOSED && ctx->st.v[j].pos < w->start &&
			    ctx->st.v[j].pos >= s;
		if (!plan)
			plan = ex_plan_in(ctx, s, w->start);
		if (!plan && ex_return_opening(ctx->text, s, w->start)) {
			if (prev < 0) {
				prev = 0;
				for (size_t j = 0; j < n0 && ctx->prev_s != EX_NOPOS && !prev; j++)
					prev = ctx->st.v[j].sent_start == ctx->prev_s &&
					    ctx->st.v[j].status == STATUS_PROPOSED;
				if (!prev && ctx->prev_s != EX_NOPOS)
					prev = ex_plan_in(ctx, ctx->prev_s, s);
				if (prev && ex_paragraph_before(ctx->text, ctx->prev_s, s))
					prev = 0;
			}
			plan = prev;
		}
		if (plan)
			x->status = STATUS_PROPOSED;
	}
}
