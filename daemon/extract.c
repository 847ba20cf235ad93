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
 *
 * This file runs the pipeline (extract_text) and assembles the statements of a
 * sentence (ex_sentence); the steps live in extract_word.c, extract_mention.c,
 * extract_party.c, extract_status.c, extract_frame.c and extract_merge.c, which
 * share the types and ex_ functions of extract_int.h.
 */
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acmatch.h"
#include "extract_int.h"
#include "sentence.h"

#define EX_BARE_REACH 1000  /* bytes back to the statement a bare measure noun names */
#define EX_QUOTA_REACH 100  /* bytes from a statement's verb to the quota it opens */

/* ex_steps_taken - 1 if the verb at anchor is the aim of steps taken: "has taken
 * significant measures to end the flow", "took steps to curb", "have taken
 * action to stop": "taken" or "took", at most two words, "measures", "steps" or
 * "action", then "to" right before the verb: the act is done. */
static int
ex_steps_taken(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word STEPS[] = {
	    EX_W("measures"), EX_W("steps"), EX_W("action"), EX_W("actions")};
	static const struct ex_word TAKEN[] = {EX_W("taken"), EX_W("took")};
	size_t ws, wl = ex_word_before(t, anchor, lo, &ws);

	if (wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0 ||
	    (wl = ex_word_before(t, ws, lo, &ws)) == 0 || !ex_word_in(STEPS, EX_NWORDS(STEPS), t + ws, wl))
		return 0;
	for (int w = 0; w < 3 && (wl = ex_word_before(t, ws, lo, &ws)) > 0; w++)
		if (ex_word_in(TAKEN, EX_NWORDS(TAKEN), t + ws, wl))
			return 1;
	return 0;
}
/* ex_has_decided - 1 if "has decided to" or "have decided to" stands right
 * before the verb at anchor; also "had decided to" after a report verb at most
 * two words before it ("the ministry said it had decided to terminate the
 * probe": the present perfect told in reported speech).  *at: where "has",
 * "have" or "had" starts. */
static int
ex_has_decided(const char *t, size_t lo, size_t anchor, size_t *at)
{
	static const struct ex_word REPORT[] = {
	    EX_W("said"), EX_W("announced"), EX_W("stated"), EX_W("confirmed"), EX_W("added")};
	size_t ws, wl = ex_word_before(t, anchor, lo, &ws);

	if (wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0 || (wl = ex_word_before(t, ws, lo, &ws)) != 7 ||
	    ex_ncasecmp(t + ws, "decided", 7) != 0 || (wl = ex_word_before(t, ws, lo, &ws)) == 0)
		return 0;
	*at = ws;
	if ((wl == 3 && ex_ncasecmp(t + ws, "has", 3) == 0) || (wl == 4 && ex_ncasecmp(t + ws, "have", 4) == 0))
		return 1;
	if (wl != 3 || ex_ncasecmp(t + ws, "had", 3) != 0)
		return 0;
	/* "had": a report verb among the three words before it. */
	for (int w = 0; w < 3; w++) {
		if ((wl = ex_word_before(t, ws, lo, &ws)) == 0)
			break;
		if (ex_word_in(REPORT, EX_NWORDS(REPORT), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_cues_only - 1 if every cue of status in [lo,hi) is one of words and starts
 * before pos, and there is one: "resumed", "restarted" alone as progress cues
 * (a taking up again); "announced" alone as the pledge cue, before the decision
 * at pos ("announced that it has decided to remove ...": the report of a
 * decision, not a pledge of the act). */
static int
ex_cues_only(const struct ex_ctx *ctx, size_t lo, size_t hi, int status, const struct ex_word *words,
    size_t nwords, size_t pos)
{
	int any = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo || x->kind != RULE_CUE || x->value != status)
			continue;
		if (x->start >= pos || !ex_word_in(words, nwords, ctx->text + x->start, x->end - x->start))
			return 0;
		any = 1;
	}
	return any;
}
static const struct ex_word EX_RESUMED[] = {EX_W("resumed"), EX_W("restarted")};
static const struct ex_word EX_ANNOUNCED[] = {EX_W("announced"), EX_W("announces")};
/* ex_bare_known - 1 if an earlier sentence made a statement of actor and object
 * (ex_bare_reference: the goods of the measure a bare noun names). */
static int
ex_bare_known(const struct ex_ctx *ctx, size_t s, int actor, int object)
{
	for (size_t i = 0; i < ctx->st.n; i++)
		if (ctx->st.v[i].sent_start < s && ctx->st.v[i].actor == actor && ctx->st.v[i].object == object)
			return 1;
	return 0;
}
/* ex_told_before - 1 if an earlier sentence made a statement of action (any
 * action if -1): the act a later sentence can refer back to. */
static int
ex_told_before(const struct ex_ctx *ctx, size_t s, int action)
{
	for (size_t i = 0; i < ctx->st.n; i++)
		if (ctx->st.v[i].sent_start < s && (action < 0 || ctx->st.v[i].action == action))
			return 1;
	return 0;
}
/* ex_bare_reference - 1 if the bare measure noun of f is definite ("The beef
 * quota", "the quota") and an earlier sentence, not far back, made a statement of
 * the same actor (any, if actor is -1) and action: the noun names that
 * commitment. */
static int
ex_bare_reference(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t cs, int actor,
    int action)
{
	size_t ws, wl = ex_word_before(ctx->text, f->anchor, cs, &ws);

	/* "The quota", or "The beef quota" with its goods between. */
	if (wl > 0 && !(wl == 3 && ex_ncasecmp(ctx->text + ws, "the", 3) == 0))
		wl = ex_word_before(ctx->text, ws, cs, &ws);
	if (wl != 3 || ex_ncasecmp(ctx->text + ws, "the", 3) != 0)
		return 0;
	for (size_t i = ctx->st.n; i-- > 0;) {
		const struct ex_stmt *a = &ctx->st.v[i];

		if (a->sent_start >= s)
			continue;
		if (s - a->sent_start > EX_BARE_REACH)
			break;
		if ((actor < 0 || a->actor == actor) && a->action == action && a->rank >= 0)
			return 1;
	}
	return 0;
}
/* ex_licensed_goods - 1 if [lo,hi) names goods whose export only one party
 * licenses (rules.json "licensor": "Graphite licences remain stuck"). */
static int
ex_licensed_goods(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].start >= lo &&
		    ctx->r->objects[ctx->m.v[i].value].licensor >= 0)
			return 1;
	return 0;
}
/* ex_cue_past_aside - 1 if clause c is a subject that a relative aside
 * (the next clause, ", which ...,") parts from its verb, and a status cue
 * of an outcome stands after the aside's closing comma: "General licences
 * for graphite, which China had agreed to offer by March, remained stuck".  The verb after
 * the aside is the subject's, not the aside's.  The aside names a party
 * (who promised or granted them), not only who awaits them (", which
 * analysts expected in May, have been held up": k14-relative_owner). */
static int
ex_cue_past_aside(const struct ex_ctx *ctx, const size_t *bounds, size_t nb, size_t c)
{
	const char *close;
	size_t as, ae, p;

	if (c + 1 >= nb)
		return 0;
	as = bounds[c + 1];
	ae = bounds[c + 2];
	for (p = as; p > bounds[c] && ctx->text[p - 1] == ' '; p--)
		;
	if (p == bounds[c] || ctx->text[p - 1] != ',' || !ex_relative(ctx->text + as, ae - as) ||
	    (close = memchr(ctx->text + as, ',', ae - as)) == NULL ||
	    ex_find_actor(ctx, as, (size_t)(close - ctx->text), -1) < 0)
		return 0;
	/* An outcome ("remained stuck", "have been issued"), not "will top the
	 * agenda": a plan told after the aside is no state of the goods. */
	for (size_t i = ex_first(ctx, (size_t)(close - ctx->text)); i < ctx->m.n && ctx->m.v[i].start < ae; i++)
		if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].start > (size_t)(close - ctx->text) &&
		    ctx->m.v[i].value != STATUS_PROPOSED && ctx->m.v[i].value != STATUS_PLEDGED)
			return 1;
	return 0;
}
/* ex_unlicensed_only - 1 if none of objs[0..n) is goods whose export one party
 * licenses ("batteries" of "U.S. battery makers": the holders' trade). */
static int
ex_unlicensed_only(const struct rules *r, const int *objs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (r->objects[objs[i]].licensor >= 0)
			return 0;
	return 1;
}
/* ex_plant_cue - 1 if the bare plant or registration noun of f (a licence to
 * import, no verb of its own) names the plants of the counterparty, a status
 * cue follows it in its sentence [s,e), and an earlier sentence told the
 * carried actor letting that counterparty's goods in: "China renewed the
 * registrations of US beef plants. ... Applications by US poultry plants are
 * being reviewed": the same market, other goods, told by their status. */
static int
ex_plant_cue(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, const struct ex_parties *pt)
{
	if (f->trigger >= 0 || f->measure < 0 || f->measure != ex_measure_index(ctx->r, "import_license") ||
	    !pt->explicit_cp || pt->cp < 0 || pt->cp == pt->actor ||
	    !ex_has_kind(ctx, RULE_CUE, f->anchor_end, e))
		return 0;
	for (size_t i = 0; i < ctx->st.n; i++)
		if (ctx->st.v[i].sent_start < s && ctx->st.v[i].actor == pt->actor &&
		    ctx->st.v[i].counterparty == pt->cp && ex_action_is(RULES_ACTIONS[ctx->st.v[i].action], "market_access"))
			return 1;
	return 0;
}
/* ex_quota_opener - the latest statement, not far back before s, that opens
 * a quota or cuts a tariff in a sentence naming a quota, with its own actor
 * ("The EU is opening a quota of 99,000 tonnes of beef"), or -1: a later quota
 * told with no party ("A duty-free quota of poultry is being phased in on the
 * same timetable") is that party's. */
static int
ex_quota_opener(const struct ex_ctx *ctx, size_t s)
{
	for (size_t i = ctx->st.n; i-- > 0;) {
		const struct ex_stmt *a = &ctx->st.v[i];
		const char *act = RULES_ACTIONS[a->action];
		size_t len;

		if (a->sent_start >= s)
			continue;
		if (s - a->sent_start > EX_BARE_REACH)
			break;
		if (a->carried || a->actor < 0 || a->sent_end <= a->sent_start || a->sent_end > s ||
		    !(ex_action_is(act, "market_access") || ex_action_is(act, "tariff_cut")))
			continue;
		/* The quota follows the statement's own verb, in its sentence ("will
		 * cut the duty on European cars to 10% within a quota"), not a
		 * later clause's ("..., and give Indian textiles duty-free access"). */
		len = a->sent_end > a->pos ? a->sent_end - a->pos : 0;
		if (a->pos >= a->sent_start && memmem(ctx->text + a->pos, len < EX_QUOTA_REACH ? len : EX_QUOTA_REACH, "quota", 5))
			return (int)i;
	}
	return -1;
}
/* ex_quota_partner - the party on the other side of cp in the latest statement
 * before sentence s that names cp and another party, or -1: "Washington will
 * exempt British medicines ... The zero-tariff quota for UK steel has not been
 * put in place" is Washington's quota. */
static int
ex_quota_partner(const struct ex_ctx *ctx, size_t s, int cp)
{
	for (size_t i = ctx->st.n; i-- > 0;) {
		const struct ex_stmt *a = &ctx->st.v[i];

		/* The one of the two that is not cp. */
		if (a->sent_start < s && a->actor >= 0 && a->counterparty >= 0 && a->actor != a->counterparty &&
		    (a->actor == cp || a->counterparty == cp))
			return a->actor == cp ? a->counterparty : a->actor;
	}
	return -1;
}
/* ex_origin_naming - ex_party_namings' test of ex_origin_only. */
static int
ex_origin_naming(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i], *y = i + 1 < ctx->m.n ? &ctx->m.v[i + 1] : NULL;

	(void)lo;
	/* "the U.S.-Japan agreement" names a deal, not a party. */
	if ((x->start > 0 && ctx->text[x->start - 1] == '-') || (x->end < hi && ctx->text[x->end] == '-'))
		return -1;
	return y != NULL && y->kind == RULE_OBJECT && ctx->r->objects[y->value].measure < 0 &&
	    y->start >= x->end && y->start <= x->end + 1;
}
/* ex_origin_only - 1 if party a is named in [lo,hi), and each time only as
 * the origin of goods right after it ("Japanese medicines", "EU
 * pharmaceuticals"), not as a subject of its own (a pair joined by a hyphen,
 * "the U.S.-Japan agreement", is skipped). */
static int
ex_origin_only(const struct ex_ctx *ctx, size_t lo, size_t hi, int a)
{
	return ex_party_namings(ctx, lo, hi, a, ex_origin_naming);
}
/* ex_quota_recipient - 1 if the first party named after the quota noun ending
 * at pos, within the clause, is cp as the one it is for: after
 * "to" or "for" ("the steel quota promised to Britain") or as the origin of
 * goods ("the quota that was meant to shield British steel"); not as the one
 * who gives it ("the quota Britain promised"). */
static int
ex_quota_recipient(const struct ex_ctx *ctx, size_t pos, size_t hi, int cp)
{
	const char *t = ctx->text;

	for (size_t i = ex_first(ctx, pos); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *m = &ctx->m.v[i];
		size_t ws, wl;

		if (m->kind != RULE_ACTOR)
			continue;
		if (m->value != cp)
			return 0;
		wl = ex_word_before(t, m->start, pos, &ws);
		if ((wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0) || (wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0))
			return 1;
		return i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_OBJECT && ctx->m.v[i + 1].start <= m->end + 1;
	}
	return 0;
}
/* ex_quota_for - 1 if the quota noun ending at pos names, after "for" (a noun
 * of its kind may come between: "quota arrangement", "quota solutions"), goods
 * of cp within three words ("quota for UK steel", "quota for European steel
 * and aluminium"), perhaps after a volume, and after "of" only after one
 * ("quota for 1.4 billion litres of US ethanol", "quota of 13,000 tonnes a
 * year for US beef"); "any quota" after "the US steel industry" names no origin. */
static int
ex_quota_for(const struct ex_ctx *ctx, size_t pos, size_t hi, int cp)
{
	static const struct ex_word KIND[] = {
	    EX_W("arrangement"), EX_W("arrangements"), EX_W("system"), EX_W("scheme"),
	    EX_W("solution"), EX_W("solutions"), EX_W("regime")};
	static const struct ex_word DET[] = {EX_W("the"), EX_W("its"), EX_W("their"), EX_W("a")};
	const char *t = ctx->text;
	size_t ws, wl = ex_word_after(t, pos, hi, &ws), lo;
	int of = 0;

	if (wl > 0 && ex_word_in(KIND, EX_NWORDS(KIND), t + ws, wl))
		wl = ex_word_after(t, ws + wl, hi, &ws);
	if (wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0)
		of = 1;
	else if (wl != 3 || ex_ncasecmp(t + ws, "for", 3) != 0)
		return ex_quota_recipient(ctx, pos, hi, cp);
	lo = ws + wl;
	wl = ex_word_after(t, lo, hi, &ws);
	/* "quota for 1.4 billion litres of US ethanol", "quota of 13,000
	 * tonnes a year for American beef": the volume, then its goods; "of"
	 * names the goods only after a volume ("the rice quota of Japan" is
	 * Japan's). */
	if (wl > 0 && t[ws] >= '0' && t[ws] <= '9') {
		int w = 0;

		/* "1.4 billion", "13,000 tonnes" */
		while (ws + wl < hi && (t[ws + wl] == '.' || t[ws + wl] == ',' || (t[ws + wl] >= '0' && t[ws + wl] <= '9')))
			wl++;
		while (w++ < 6 && (wl = ex_word_after(t, ws + wl, hi, &ws)) > 0 &&
		    !(wl == 2 && ex_ncasecmp(t + ws, "of", 2) == 0) && !(wl == 3 && ex_ncasecmp(t + ws, "for", 3) == 0))
			;
		if (w > 6 || wl == 0)
			return 0;
		lo = ws + wl;
		wl = ex_word_after(t, lo, hi, &ws);
	} else if (of)
		return 0;
	if (wl > 0 && ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		lo = ws + wl;
	wl = ex_word_after(t, lo, hi, &ws);
	if (wl == 0)
		return 0;
	for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start == ws; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR)
			return ctx->m.v[i].value == cp;
	return 0;
}
/* ex_opening_levy - 1 if the tariff noun of f opens sentence [s,e) after a
 * definite determiner, no comma between ("The 25 percent levy, imposed in
 * 2025, was removed on Monday"), and no past year follows the verb ("The duties
 * were removed in August 2023" is history): the sentence tells how the tariff
 * an earlier sentence named now stands.  "after the tariff cut took effect"
 * inside a clause names no one's cut in particular. */
static int
ex_opening_levy(const struct ex_ctx *ctx, size_t s, size_t e, const struct ex_frame *f)
{
	static const struct ex_word DEF[] = {EX_W("The"), EX_W("These"), EX_W("Those")};
	static const struct ex_word OWN[] = {EX_W("on"), EX_W("for"), EX_W("against"), EX_W("of")};
	size_t ws, wl = ex_word_after(ctx->text, s, e, &ws), ns, nl;

	if (wl == 0 || !ex_word_in(DEF, EX_NWORDS(DEF), ctx->text + ws, wl) || ctx->text[ws] < 'A' ||
	    ctx->text[ws] > 'Z' || f->measure_pos >= ws + 48 || f->measure_pos <= ws ||
	    memchr(ctx->text + ws, ',', f->measure_pos - ws) != NULL || ex_past_year(ctx, f->anchor, e))
		return 0;
	/* "The tariffs on all other U.S. goods were removed": goods of its own. */
	nl = ex_word_after(ctx->text, f->measure_pos, e, &ns);
	nl = nl > 0 ? ex_word_after(ctx->text, ns + nl, e, &ns) : 0;
	return !(nl > 0 && ex_word_in(OWN, EX_NWORDS(OWN), ctx->text + ns, nl));
}
/* ex_levy_goods - the goods of the latest tariff cut of actor (anyone if -1)
 * told in the sentences just before s (within EX_BARE_REACH), into objs, when
 * they name goods of their own; the count, or 0. */
static int
ex_levy_goods(const struct ex_ctx *ctx, size_t s, int action, int actor, int *objs)
{
	int tariffs = rules_object_find(ctx->r, "tariffs"), n = 0;
	size_t group = EX_NOPOS;

	for (size_t i = ctx->st.n; i-- > 0 && n < EX_MAX_OBJECTS;) {
		const struct ex_stmt *a = &ctx->st.v[i];

		if (a->sent_start >= s)
			continue;
		if (s - a->sent_start > EX_BARE_REACH || (group != EX_NOPOS && a->sent_start != group))
			break;
		if (a->action != action || a->rank < 0 || (actor >= 0 && a->actor != actor))
			continue;
		if (a->object == tariffs)
			return 0;
		group = a->sent_start;
		objs[n++] = a->object;
	}
	return n;
}
/* ex_names_commitment - 1 if [lo,hi) names the goods of object (or goods it
 * covers, or that cover it) or a verb of trigger class trigger. */
static int
ex_names_commitment(const struct ex_ctx *ctx, size_t lo, size_t hi, int object, int trigger)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < lo)
			continue;
		if (x->kind == RULE_OBJECT && (x->value == object || rules_object_covers(ctx->r, x->value, object) ||
		    rules_object_covers(ctx->r, object, x->value)))
			return 1;
		if (x->kind == RULE_TRIGGER && trigger >= 0 && x->value == trigger)
			return 1;
	}
	return 0;
}

/* ex_asked_to - 1 if the verb at anchor is an infinitive after an asking verb and
 * its object in [lo,anchor): "has asked QatarEnergy to defer", "requested that
 * the seller delay". */
static int
ex_asked_to(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word ASK[] = {
	    EX_W("asked"), EX_W("asks"), EX_W("asking"), EX_W("requested"), EX_W("requests"),
	    EX_W("requesting"), EX_W("urged"), EX_W("pressed")};
	size_t ws, wl, p = anchor;

	for (int w = 0; w < 6 && (wl = ex_word_before(ctx->text, p, lo, &ws)) > 0; w++, p = ws)
		if (ex_word_in(ASK, EX_NWORDS(ASK), ctx->text + ws, wl))
			return 1;
	return 0;
}
/* ex_no_sign_intent - 1 if the only status cue of [lo,anchor) is "no sign" and
 * an intent or a gerund follows it right before the verb at anchor: "has shown
 * no sign (that) it will lower", "has given no sign it intends to open", "no
 * sign of cutting". */
static int
ex_no_sign_intent(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word WILL[] = {
	    EX_W("will"), EX_W("would"), EX_W("intends"), EX_W("plans"), EX_W("is"), EX_W("was")};
	const char *t = ctx->text;
	size_t sign = EX_NOPOS, ws, wl, p;
	int w;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		/* "will", "intends to" after "no sign" are the intent denied. */
		if (x->kind != RULE_CUE || x->start < lo || (x->start > sign && sign != EX_NOPOS &&
		    (wl = ex_word_after(t, x->start, x->end, &ws)) > 0 && ex_word_in(WILL, EX_NWORDS(WILL), t + ws, wl)))
			continue;
		if (x->end - x->start != 7 || ex_ncasecmp(t + x->start, "no sign", 7) != 0 || sign != EX_NOPOS)
			return 0;
		sign = x->end;
	}
	if (sign == EX_NOPOS)
		return 0;
	/* "no sign of cutting". */
	if ((wl = ex_word_after(t, sign, anchor, &ws)) == 2 && ex_ncasecmp(t + ws, "of", 2) == 0) {
		wl = ex_word_after(t, ws + wl, ctx->len, &p);
		return p == anchor && wl > 4 && ex_ncasecmp(t + p + wl - 3, "ing", 3) == 0;
	}
	if (wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0)
		wl = ex_word_after(t, ws + wl, anchor, &ws);
	/* "it will", "Tokyo would", "the ministry intends to". */
	for (w = 0; w < 3 && wl > 0 && !ex_word_in(WILL, EX_NWORDS(WILL), t + ws, wl); w++)
		wl = ex_word_after(t, ws + wl, anchor, &ws);
	return w > 0 && wl > 0 && ex_word_in(WILL, EX_NWORDS(WILL), t + ws, wl);
}
/* ex_quota_shrunk - 1 if the verb at [anchor,end) shrinks a quota: a verb of
 * reducing and, at most four words on, a quota or volume noun before any
 * tariff noun ("halves tariff-free import volumes", "cut the duty-free steel
 * quota by 47%", "will reduce quotas for Chinese steel"): a tighter limit on
 * imports, no tariff cut and no access. */
static int
ex_quota_shrunk(const char *t, size_t anchor, size_t end, size_t hi)
{
	static const struct ex_word CUT[] = {
	    EX_W("cut"), EX_W("cuts"), EX_W("cutting"), EX_W("reduce"), EX_W("reduces"),
	    EX_W("reduced"), EX_W("reducing"), EX_W("lower"), EX_W("lowers"), EX_W("lowered"),
	    EX_W("lowering"), EX_W("halve"), EX_W("halves"), EX_W("halved"), EX_W("halving"),
	    EX_W("slash"), EX_W("slashes"), EX_W("slashed"), EX_W("slashing"), EX_W("trim"),
	    EX_W("trims"), EX_W("trimmed"), EX_W("trimming")};
	static const struct ex_word QUOTA[] = {
	    EX_W("quota"), EX_W("quotas"), EX_W("volume"), EX_W("volumes"), EX_W("allowance"),
	    EX_W("allowances"), EX_W("allocation"), EX_W("allocations")};
	static const struct ex_word TARIFF[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"),
	    EX_W("levies"), EX_W("rate"), EX_W("rates")};
	size_t ws, wl;

	if (!ex_word_in(CUT, EX_NWORDS(CUT), t + anchor, end - anchor))
		return 0;
	for (int w = 0; w < 5 && (wl = ex_word_after(t, end, hi, &ws)) > 0; w++, end = ws + wl) {
		if (ex_word_in(QUOTA, EX_NWORDS(QUOTA), t + ws, wl))
			return 1;
		/* "tariff-free", "duty-free" qualify the quota. */
		if (ws + wl + 5 <= hi && ex_ncasecmp(t + ws + wl, "-free", 5) == 0) {
			wl += 5;
			continue;
		}
		if (ex_word_in(TARIFF, EX_NWORDS(TARIFF), t + ws, wl) || (ex_function_word(t + ws, wl) &&
		    !ex_determiner(t + ws, wl)))
			return 0;
	}
	return 0;
}
/* ex_used_as_lever - 1 if "as" and a lever follow the verb noun ending at
 * end within six words: "has used soybean purchases as a bargaining chip",
 * "wields its rare earth export controls as leverage", "uses market access as
 * a weapon": a tactic told, no commitment. */
static int
ex_used_as_lever(const char *t, size_t end, size_t hi)
{
	static const struct ex_word LEVER[] = {
	    EX_W("chip"), EX_W("leverage"), EX_W("lever"), EX_W("weapon"), EX_W("cudgel"),
	    EX_W("bargaining"), EX_W("negotiating")};
	size_t ws, wl;

	for (int w = 0; w < 6 && (wl = ex_word_after(t, end, hi, &ws)) > 0; w++, end = ws + wl) {
		if (wl != 2 || ex_ncasecmp(t + ws, "as", 2) != 0)
			continue;
		if ((wl = ex_word_after(t, ws + wl, hi, &ws)) > 0 && ex_determiner(t + ws, wl))
			wl = ex_word_after(t, ws + wl, hi, &ws);
		if (wl > 0 && !ex_word_in(LEVER, EX_NWORDS(LEVER), t + ws, wl))
			wl = ex_word_after(t, ws + wl, hi, &ws);
		return wl > 0 && ex_word_in(LEVER, EX_NWORDS(LEVER), t + ws, wl);
	}
	return 0;
}
/* ex_owned_quota - 1 if a party's possessive stands within three words before
 * the quota noun at [anchor,end), no "for" after it ("Canada's dairy quotas
 * have long irked American farmers", "Japan's rice quota is a sore point"):
 * the owner's import limit named, no access given. */
static int
ex_owned_quota(const struct ex_ctx *ctx, size_t lo, size_t anchor, size_t end)
{
	size_t p = anchor, ws;

	/* "India's quota for British-made cars" names who gets in. */
	if (ex_word_after(ctx->text, end, ctx->len, &ws) == 3 && ex_ncasecmp(ctx->text + ws, "for", 3) == 0)
		return 0;
	for (int w = 0; w < 4 && ex_word_before(ctx->text, p, lo, &ws) > 0; w++, p = ws)
		for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start <= ws; i++)
			if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].end <= p &&
			    ex_possessive_len(ctx->text, ctx->m.v[i].end, p) > 0)
				return 1;
	return 0;
}
/* ex_amount_deal - 1 if the word [ws,ws+wl) is the "deal" of "a great deal",
 * "a good deal": an amount, no deal struck. */
static int
ex_amount_deal(const char *t, size_t ws, size_t wl, size_t lo)
{
	size_t ps, pl;

	if (wl != 4 || ex_ncasecmp(t + ws, "deal", 4) != 0)
		return 0;
	pl = ex_word_before(t, ws, lo, &ps);
	return (pl == 5 && ex_ncasecmp(t + ps, "great", 5) == 0) ||
	    (pl == 4 && ex_ncasecmp(t + ps, "good", 4) == 0);
}
/* ex_amount_in_clause - 1 if an amount of the sentence's nq lies in [lo,hi)
 * before its first comma ("buys 2 Mt of rice", not "..., which gives a 20 per
 * cent tariff"). */
static int
ex_amount_in_clause(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi)
{
	const char *c = memchr(ctx->text + lo, ',', hi - lo);

	if (c != NULL)
		hi = (size_t)(c - ctx->text);
	for (size_t i = 0; i < nq; i++)
		if (ctx->qty[i].offset >= lo && ctx->qty[i].offset < hi)
			return 1;
	return 0;
}
/* ex_only_already - 1 if the only status cues of [lo,hi) are "already" (or
 * the "deal" of "a great deal"). */
static int
ex_only_already(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	int n = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_CUE || x->start < lo || ex_amount_deal(ctx->text, x->start, x->end - x->start, lo))
			continue;
		if (x->end - x->start != 7 || ex_ncasecmp(ctx->text + x->start, "already", 7) != 0)
			return 0;
		n++;
	}
	return n > 0;
}
/* ex_section_heading - 1 if sentence [s,e) is a section heading: a line of its
 * own, at most three words, no punctuation or figure, and no party ("Investment",
 * "Market access"): it names what follows, it states nothing. */
static int
ex_section_heading(const struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;
	int words = 0, in = 0;

	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n'))
		e--;
	if ((s > 0 && t[s - 1] != '\n') || (e < ctx->len && t[e] != '\n') || e == s)
		return 0;
	for (size_t k = s; k < e; k++) {
		if (ex_word_byte((unsigned char)t[k])) {
			if ((t[k] >= '0' && t[k] <= '9') || (!in && ++words > 3))
				return 0;
			in = 1;
		} else if (t[k] == ' ')
			in = 0;
		else if (t[k] != '-')
			return 0;
	}
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR)
			return 0;
	return 1;
}
/* ex_revive - a pledge told as history that a later clause of its sentence
 * ended ("In 2019 Mexico had promised to buy US rice, but the pledge collapsed")
 * is a claim with that status; so is a measure done then that the clause says
 * is still in force (kept: "In October 2025 Beijing suspended its controls for
 * a year; the suspension remains in force").  Progress was tried too ("..., and
 * it has bought 10 Mt so far this year"): held-out full F1 0.739 -> 0.734. */
static void
ex_revive(struct ex_stmt *x, int kept)
{
	if (x->orphan == EX_BACKGROUND && (x->status == STATUS_STALLED || x->status == STATUS_BROKEN ||
	    (kept && x->status == STATUS_FULFILLED)))
		x->orphan = 0;
}

/* ex_sale_noun - 1 if the sell frame f is the noun "sale(s)" ("export sales of
 * US corn to Mexico"): like a past sale, a report unless a cue says more. */
static int
ex_sale_noun(const char *t, const struct ex_frame *f)
{
	size_t n = f->anchor_end - f->anchor;

	return (n >= 4 && ex_ncasecmp(t + f->anchor_end - 4, "sale", 4) == 0) ||
	    (n >= 5 && ex_ncasecmp(t + f->anchor_end - 5, "sales", 5) == 0);
}

/* ex_origin_sale - what an export licence of goods that need none (farm
 * goods, energy, wood, aircraft, by their HS chapter) is when it is
 * only a trade told by the goods' origin: the actor names the goods as an
 * adjective, at most one word between, and is named nowhere else in [lo,hi),
 * and "to" and the counterparty follow.  1: the destination buys ("U.S. soybean
 * exports to China have resumed", "Sales of U.S. corn to China have resumed");
 * 2: the destination, named before as the one who acts, lets them in
 * ("Beijing approved three more U.S. soybean exporters to resume shipments to
 * China"); for the shipments of flow (an export noun) with no origin named,
 * 1 when they go "to" the counterparty, 3 when no party is named and the
 * actor, carried from before, buys (carried); 0 otherwise ("Washington will allow LNG exports to Japan" is its
 * licence). */
static int
ex_origin_sale(const struct ex_ctx *ctx, const struct rule_object *ob, size_t lo, size_t hi,
    int actor, int cp, int flow, int carried)
{
	int adjective = 0, to = 0, other = 0, first = 0;
	int chapter = ob->hs_hi > 0 ? ob->hs_hi : ob->hs[0] >= '0' && ob->hs[0] <= '9' &&
	    ob->hs[1] >= '0' && ob->hs[1] <= '9' ? (ob->hs[0] - '0') * 10 + ob->hs[1] - '0' : 0;

	/* Goods bought as such: food and farm goods, fuels (HS 1-27), wood (44),
	 * aircraft (88); not chips, metals or minerals, whose sales abroad
	 * may need a licence. */
	if (ob->controlled || ob->measure >= 0 || actor < 0 || cp < 0 || actor == cp ||
	    !((chapter >= 1 && chapter <= 27) || chapter == 44 || chapter == 88))
		return 0;
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl;
		int words = 0;

		if (x->kind != RULE_ACTOR || x->start < lo)
			continue;
		/* "to China", "to the Philippines". */
		if (x->value == cp && (wl = ex_word_before(ctx->text, x->start, lo, &ws)) == 3 &&
		    ex_ncasecmp(ctx->text + ws, "the", 3) == 0)
			wl = ex_word_before(ctx->text, ws, lo, &ws);
		if (x->value == cp && wl == 2 && ex_ncasecmp(ctx->text + ws, "to", 2) == 0) {
			to = 1;
			continue;
		}
		if (x->value == cp && !adjective && !first)
			first = 2;
		if (x->value != actor)
			continue;
		if (i + 1 < ctx->m.n && ctx->m.v[i + 1].kind == RULE_OBJECT && ctx->m.v[i + 1].start <= x->end + 16)
			for (size_t p = x->end; (wl = ex_word_after(ctx->text, p, ctx->m.v[i + 1].start, &ws)) > 0;
			    p = ws + wl)
				words++;
		else
			words = 2;
		if (words <= 1)
			adjective = 1;
		else
			other = 1;
	}
	if (adjective && to && !other)
		return first ? first : 1;
	/* "Soybean shipments to China have resumed": shipments (flow, the
	 * export noun) whose origin is named nowhere go to the counterparty,
	 * who buys ("would allocate a larger share of rice to US suppliers" is
	 * no flow of goods). */
	if (!flow || adjective || other)
		return 0;
	if (to)
		return 1;
	/* "China agreed to resume purchases of US sorghum.  Sorghum shipments
	 * resumed in January": no party named, the buyer carried from before. */
	return !first && carried ? 3 : 0;
}
/* ex_awaited_clause - 1 if the clause at cs opens with "once" or "until" and
 * the sentence before it, from s, has "would" or "hoping": the clause tells
 * what was awaited ("hoping prices would recover once Chinese buying picked
 * up"), not what happened. */
static int
ex_awaited_clause(const char *t, size_t s, size_t cs)
{
	static const struct ex_word OPEN[] = {EX_W("once"), EX_W("until")};
	static const struct ex_word WAIT[] = {EX_W("would"), EX_W("hoping"), EX_W("hoped")};
	size_t ws, wl = ex_word_after(t, cs, cs + 8, &ws), p;

	if (wl == 0 || !ex_word_in(OPEN, EX_NWORDS(OPEN), t + ws, wl))
		return 0;
	for (p = cs; (wl = ex_word_before(t, p, s, &ws)) > 0 || (ws > s && ws-- > s); p = ws)
		if (wl > 0 && ex_word_in(WAIT, EX_NWORDS(WAIT), t + ws, wl))
			return 1;
	return 0;
}

/* ex_own_before - 1 if "their own", "its own" stands among the three words
 * before the verb noun at anchor ("their own sorghum purchases", "its own
 * imports"): the subject acts for itself. */
static int
ex_own_before(const char *t, size_t cs, size_t anchor)
{
	size_t ws, wl, p = anchor;

	for (int w = 0; w < 3 && (wl = ex_word_before(t, p, cs, &ws)) > 0; w++, p = ws)
		if (wl == 3 && ex_ncasecmp(t + ws, "own", 3) == 0)
			return (wl = ex_word_before(t, ws, cs, &ws)) > 0 &&
			    ((wl == 5 && ex_ncasecmp(t + ws, "their", 5) == 0) ||
			    (wl == 3 && ex_ncasecmp(t + ws, "its", 3) == 0));
	return 0;
}

/* ex_tender - 1 if [lo,hi) names a tender or an auction ("bought 60,000 tonnes in
 * its weekly tender"), a direct or private deal ("bought 240,000 tonnes of
 * Russian wheat in direct deals this week"), or a price per ton the goods
 * fetched ("bought 480,000 tons of Black Sea wheat at $247 a ton", "at prices
 * between $238 and $244 a tonne including freight", "at $251 per tonne c&f"):
 * a one-off commercial purchase, a trade the market reports, no government's
 * pledge.  2 for the price alone: a deal's purchase may tell its price too
 * ("bought 1 Mt at $400 a ton under the deal"; ex_names_pact). */
static int
ex_tender(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word TENDER[] = {
	    EX_W("tender"), EX_W("tenders"), EX_W("auction"), EX_W("auctions")};
	static const struct ex_word DIRECT[] = {EX_W("direct"), EX_W("private")};
	static const struct ex_word DEAL[] = {
	    EX_W("deal"), EX_W("deals"), EX_W("purchase"), EX_W("purchases")};
	static const struct ex_word PER[] = {EX_W("a"), EX_W("per")};
	static const struct ex_word TON[] = {
	    EX_W("ton"), EX_W("tonne"), EX_W("metric"), EX_W("mt"), EX_W("bushel"), EX_W("barrel")};
	size_t ws, wl, ps = EX_NOPOS, pl = 0, qs = EX_NOPOS, ql = 0;
	int price = 0;

	for (size_t k = lo; (wl = ex_word_after(t, k, hi, &ws)) > 0 || ws < hi; k = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0)
			continue;
		if (ex_word_in(TENDER, EX_NWORDS(TENDER), t + ws, wl))
			return 1;
		/* "direct deals", "a private purchase". */
		if (pl > 0 && ex_word_in(DIRECT, EX_NWORDS(DIRECT), t + ps, pl) &&
		    ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl))
			return 1;
		/* "$247 a ton", "$251 per metric ton": a figure, "a" or "per",
		 * a ton. */
		if (ql > 0 && pl > 0 && ex_word_in(PER, EX_NWORDS(PER), t + ps, pl) &&
		    t[qs + ql - 1] >= '0' && t[qs + ql - 1] <= '9' &&
		    ex_word_in(TON, EX_NWORDS(TON), t + ws, wl))
			price = 1;
		qs = ps;
		ql = pl;
		ps = ws;
		pl = wl;
	}
	return price ? 2 : 0;
}

/* ex_names_pact - 1 if [lo,hi) names a deal or a pledge ("under the trade
 * agreement", "as part of its commitment"): purchases told with it may be
 * the pledge's. */
int
ex_names_pact(const char *t, size_t lo, size_t hi)
{
	static const struct ex_word PACT[] = {
	    EX_W("deal"), EX_W("agreement"), EX_W("pact"), EX_W("accord"), EX_W("truce"),
	    EX_W("framework"), EX_W("arrangement"), EX_W("pledge"), EX_W("commitment"),
	    EX_W("promise")};
	size_t ws, wl;

	for (size_t k = lo; (wl = ex_word_after(t, k, hi, &ws)) > 0 || ws < hi; k = ws + (wl > 0 ? wl : 1))
		if (wl > 0 && ex_word_in(PACT, EX_NWORDS(PACT), t + ws, wl) && !ex_amount_deal(t, ws, wl, lo))
			return 1;
	return 0;
}

/*
 * ex_origin_spread - 1 if [lo,hi) tells where goods came from as a spread over
 * suppliers ("..., mainly from Russia and Romania", "..., mostly Russian",
 * "..., none of it American"): a market report of what a buyer bought, not a
 * deal with one partner.  Read from the mentions: a statistic phrase ending in
 * "from" or opening with "none of", or a party right after an adverb of share.
 */
static int
ex_origin_spread(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word SHARE[] = {
	    EX_W("mostly"), EX_W("mainly"), EX_W("largely"), EX_W("chiefly"),
	    EX_W("primarily"), EX_W("predominantly")};
	const char *t = ctx->text;
	size_t ws, wl;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t n = x->end - x->start;

		if (x->kind == RULE_STATISTIC &&
		    ((n > 5 && ex_ncasecmp(t + x->end - 5, " from", 5) == 0) ||
		    (n >= 7 && ex_ncasecmp(t + x->start, "none of", 7) == 0)))
			return 1;
		if (x->kind == RULE_ACTOR &&
		    (wl = ex_word_before(t, x->start, lo, &ws)) > 0 &&
		    ex_word_in(SHARE, EX_NWORDS(SHARE), t + ws, wl))
			return 1;
	}
	return 0;
}

/*
 * ex_trial_orders - 1 if the buying noun "order" or "orders" at
 * [anchor,anchor_end), or the orders a buying verb there tells of, are a
 * trader's test of a market, not a deal: "trial", "sample", "test" or "pilot" at most two words before it
 * ("importers have placed trial orders for U.S. pork", "a few sample orders"),
 * or a sentence that opens with traders telling of orders ("Traders report two
 * large Chinese orders for U.S. pork", "Dealers say mills have booked orders").
 */
static int
ex_trial_orders(const char *t, size_t s, size_t anchor, size_t anchor_end)
{
	static const struct ex_word TRIAL[] = {
	    EX_W("trial"), EX_W("sample"), EX_W("test"), EX_W("pilot")};
	static const struct ex_word TRADERS[] = {
	    EX_W("traders"), EX_W("dealers"), EX_W("brokers")};
	static const struct ex_word TELL[] = {
	    EX_W("report"), EX_W("reported"), EX_W("say"), EX_W("said")};
	size_t ws, wl, pos = anchor;
	int order = anchor_end - anchor >= 5 && ex_ncasecmp(t + anchor, "order", 5) == 0;

	/* Before "orders" in the subject of a buying verb, at most 60 bytes
	 * back ("sample orders for U.S. barley were booked"). */
	if (!order) {
		for (pos = anchor; pos > s + 6 && anchor - pos < 60; pos--)
			if (t[pos - 1] == ' ' && ex_ncasecmp(t + pos, "order", 5) == 0)
				break;
		if (pos <= s + 6 || anchor - pos >= 60)
			return 0;
	}
	/* Right before the noun. */
	for (int w = 0; w < 2 && (wl = ex_word_before(t, pos, s, &ws)) > 0; w++) {
		if (ex_word_in(TRIAL, EX_NWORDS(TRIAL), t + ws, wl))
			return 1;
		pos = ws;
	}
	if (!order)
		return 0;
	if ((wl = ex_word_after(t, s, anchor, &ws)) == 0 ||
	    !ex_word_in(TRADERS, EX_NWORDS(TRADERS), t + ws, wl))
		return 0;
	wl = ex_word_after(t, ws + wl, anchor, &ws);
	return wl > 0 && ex_word_in(TELL, EX_NWORDS(TELL), t + ws, wl);
}

/* ex_verb_opens - 1 if the verb at anchor is among the first four words from
 * lo, where a main clause starts ("has invested", "has so far spent"): its
 * own verb, not a participle further on ("had faced a tariff ... suspended"). */
static int
ex_verb_opens(const char *t, size_t lo, size_t anchor)
{
	size_t ws, wl, p = lo;

	for (int w = 0; w < 4 && (wl = ex_word_after(t, p, anchor + 1, &ws)) > 0; w++, p = ws + wl)
		if (ws >= anchor)
			return 1;
	return 0;
}
/* ex_opens_sentence - 1 if the actor mention at pos opens sentence s (after an
 * opening "The" at most: "The United States lifted ...", or a wire dateline)
 * and a lower-case word, its verb, follows it: not a dateline's place
 * ("MANILA - The deal ...") nor an owner ("South Korea's farm ministry"). */
static int
ex_opens_sentence(const struct ex_ctx *ctx, size_t s, size_t pos)
{
	const char *t = ctx->text;
	size_t p = s, ws, dl;

	if (pos == EX_NOPOS)
		return 0;
	/* "SEOUL - Japan restored ...": past the wire dateline (0: none). */
	if (s < 120 && (dl = ex_dateline_end(t, ctx->len)) > 0 && dl >= s && dl < pos)
		p = dl + ((unsigned char)t[dl] == 0xe2 ? 3 : 1);
	while (p < pos && (t[p] == ' ' || t[p] == '\n' || t[p] == '\t' || t[p] == '"'))
		p++;
	if (p + 4 <= pos && ex_ncasecmp(t + p, "the ", 4) == 0)
		p += 4;
	if (p != pos)
		return 0;
	for (size_t i = ex_first(ctx, pos); i < ctx->m.n && ctx->m.v[i].start <= pos; i++)
		if (ctx->m.v[i].start == pos && ctx->m.v[i].kind == RULE_ACTOR) {
			p = ctx->m.v[i].end;
			break;
		}
	return p > pos && p < ctx->len && t[p] == ' ' && ex_word_after(t, p, ctx->len, &ws) > 0 &&
	    t[ws] >= 'a' && t[ws] <= 'z';
}
/*
 * ex_goods_participle - 1 if the verb at [anchor,anchor_end) is a participle
 * that describes the goods opening the sentence, whose own verb comes later:
 * "Beef imported under the quota must meet UK food standards", "Rice bought
 * under the scheme is stored in state warehouses".  At most four words before
 * it, a goods word among them and no party; a preposition right after it; and
 * a verb of its own ("must", "is", "will", ...) within twenty words.  "Britain
 * imported 2,000 tonnes of U.S. beef under the quota" has its party first.
 */
static int
ex_goods_participle(const struct ex_ctx *ctx, size_t s, size_t anchor, size_t anchor_end, size_t e)
{
	static const struct ex_word PREP[] = {
	    EX_W("under"), EX_W("by"), EX_W("to"), EX_W("from"), EX_W("into"), EX_W("through"),
	    EX_W("via"), EX_W("in"), EX_W("at")};
	static const struct ex_word VERB[] = {
	    EX_W("must"), EX_W("should"), EX_W("is"), EX_W("are"), EX_W("will"), EX_W("can"),
	    EX_W("may"), EX_W("need"), EX_W("needs"), EX_W("face"), EX_W("faces")};
	const char *t = ctx->text;
	size_t ws, wl, pos = anchor, n = anchor_end - anchor;
	int goods = 0, w;

	if (n < 4 || !(ex_ncasecmp(t + anchor_end - 2, "ed", 2) == 0 ||
	    ex_ncasecmp(t + anchor, "bought", 6) == 0 || ex_ncasecmp(t + anchor, "sold", 4) == 0))
		return 0;
	for (w = 0; (wl = ex_word_before(t, pos, s, &ws)) > 0; w++, pos = ws)
		if (w >= 4)
			return 0;
	if (w == 0 || pos > s + 2)
		return 0;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < anchor; i++) {
		if (ctx->m.v[i].kind == RULE_ACTOR || ctx->m.v[i].kind == RULE_TRIGGER)
			return 0;
		goods |= ctx->m.v[i].kind == RULE_OBJECT;
	}
	if (!goods || (wl = ex_word_after(t, anchor_end, e, &ws)) == 0 ||
	    !ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
		return 0;
	for (w = 0, pos = ws + wl; w < 20 && (wl = ex_word_after(t, pos, e, &ws)) > 0; w++, pos = ws + wl)
		if (ex_word_in(VERB, EX_NWORDS(VERB), t + ws, wl))
			return 1;
	return 0;
}

/* ex_measure_goods - 1 if the buying word at anchor names the goods a measure
 * falls on: "on" right before it and a tariff, duty, levy, ban or quota at most
 * two words before that ("raise the tariff on imported rice", "the duty on
 * imports of cars", "its ban on rice imports" is no purchase; "restrictions on
 * Chinese investment" no investment). */
static int
ex_measure_goods(const char *t, size_t s, size_t anchor)
{
	static const struct ex_word MEASURE[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"),
	    EX_W("levies"), EX_W("ban"), EX_W("bans"), EX_W("quota"), EX_W("quotas"),
	    EX_W("curbs"), EX_W("restrictions"), EX_W("surcharge"), EX_W("rate"), EX_W("rates")};
	size_t ws, wl = ex_word_before(t, anchor, s, &ws);

	/* "ban on rice imports", "restrictions on Chinese investment": one goods
	 * or origin word may stand between. */
	if (wl > 0 && !(wl == 2 && ex_ncasecmp(t + ws, "on", 2) == 0))
		wl = ex_word_before(t, ws, s, &ws);
	if (wl != 2 || ex_ncasecmp(t + ws, "on", 2) != 0)
		return 0;
	for (int w = 0; w < 2 && (wl = ex_word_before(t, ws, s, &ws)) > 0; w++)
		if (ex_word_in(MEASURE, EX_NWORDS(MEASURE), t + ws, wl))
			return 1;
	return 0;
}
/* ex_talks_outcome - 1 if every stalled or broken cue in [lo,hi) tells of
 * talks in a relative clause ("agreed to buy U.S. corn as part of trade talks
 * that later collapsed"): it ends the talks, not the pledge told as history;
 * 0 when there is none. */
static int
ex_talks_outcome(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	static const struct ex_word TALKS[] = {
	    EX_W("talks"), EX_W("negotiations"), EX_W("discussions"), EX_W("dialogue"),
	    EX_W("round")};
	static const struct ex_word REL[] = {EX_W("that"), EX_W("which")};
	const char *t = ctx->text;
	int seen = 0;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws = x->start, wl = 0;

		if (x->start < lo || x->kind != RULE_CUE ||
		    (x->value != STATUS_BROKEN && x->value != STATUS_STALLED))
			continue;
		/* "that later collapsed": one adverb at most. */
		for (int w = 0; w < 2 && (wl = ex_word_before(t, ws, lo, &ws)) > 0; w++)
			if (ex_word_in(REL, EX_NWORDS(REL), t + ws, wl))
				break;
		if (wl == 0 || !ex_word_in(REL, EX_NWORDS(REL), t + ws, wl) ||
		    (wl = ex_word_before(t, ws, lo, &ws)) == 0 || !ex_word_in(TALKS, EX_NWORDS(TALKS), t + ws, wl))
			return 0;
		seen = 1;
	}
	return seen;
}
/* ex_no_investor - 1 if the investment noun at [anchor,end) is what a place
 * hopes to draw, no one's money ("the drive to attract foreign investment",
 * "to lure more investment", "Vietnam welcomes investment from all
 * partners"), what a mood harms or firms hold back ("uncertainty weighed on
 * investment", "was hurting business investment", "companies have been
 * holding back investment"), any at all ("any investment would be
 * screened"), or the scope of a deal ("a reciprocal trade and investment
 * agreement", "the second stage, covering services and investment"); a
 * modifier of a deal or event noun ("the investment framework") is
 * ex_not_a_verb's. */
/* ex_unowned_fund - 1 if "fund" or "funds" follows the investment noun at
 * [anchor,end) in [end,hi) and no owner stands before the phrase (a possessive
 * over at most eight names, amounts, pledge participles and "-": "Japan's
 * $550 billion investment fund", "Seoul's promised investment fund", "its US
 * investment fund") nor a party right after it ("the
 * investment fund Seoul promised"): "the investment fund that dominated the
 * talks", "set up a new investment fund for local chipmakers" name an
 * institution, no one's pledge. */
static int
ex_unowned_fund(const char *t, size_t lo, size_t anchor, size_t end, size_t hi)
{
	static const struct ex_word FUND[] = {EX_W("fund"), EX_W("funds")};
	static const struct ex_word OWNER[] = {EX_W("its"), EX_W("their"), EX_W("his"), EX_W("her"), EX_W("our")};
	static const struct ex_word SCALE[] = {
	    EX_W("million"), EX_W("billion"), EX_W("trillion"), EX_W("bn"), EX_W("promised"),
	    EX_W("pledged"), EX_W("agreed"), EX_W("committed"), EX_W("planned")};
	size_t ws, wl = ex_word_after(t, end, hi, &ws), p = anchor;

	if (wl == 0 || ws != end + 1 || !ex_word_in(FUND, EX_NWORDS(FUND), t + ws, wl))
		return 0;
	if ((wl = ex_word_after(t, ws + wl, hi, &ws)) > 0 && t[ws] >= 'A' && t[ws] <= 'Z')
		return 0;
	for (int w = 0; w < 8; w++, p = ws) {
		while (p > lo && t[p - 1] == ' ')
			p--;
		if (p > lo && (t[p - 1] == '$' || t[p - 1] == '-')) {
			ws = p - 1;
			continue;
		}
		if ((wl = ex_word_before(t, p, lo, &ws)) == 0)
			return 1;
		/* "Japan's", "Seoul’s": the owner's "s" after an apostrophe. */
		if (ex_word_in(OWNER, EX_NWORDS(OWNER), t + ws, wl) ||
		    ((t[ws + wl - 1] == 's' || t[ws + wl - 1] == 'S') &&
		    ((wl > 2 && t[ws + wl - 2] == '\'') || (wl == 1 && ws > lo && t[ws - 1] == '\'') ||
		    (wl > 4 && (unsigned char)t[ws + wl - 2] == 0x99) ||
		    (wl == 1 && ws > lo && (unsigned char)t[ws - 1] == 0x99))))
			return 0;
		if (!(t[ws] >= 'A' && t[ws] <= 'Z') && !(t[ws] >= '0' && t[ws] <= '9') &&
		    !ex_word_in(SCALE, EX_NWORDS(SCALE), t + ws, wl))
			return 1;
	}
	return 1;
}
static int
ex_no_investor(const char *t, size_t lo, size_t anchor, size_t end, size_t hi)
{
	static const struct ex_word DRAW[] = {
	    EX_W("attract"), EX_W("attracting"), EX_W("attracts"), EX_W("lure"), EX_W("luring"),
	    EX_W("woo"), EX_W("wooing"), EX_W("court"), EX_W("courting"), EX_W("welcome"),
	    EX_W("welcomes"), EX_W("welcomed"), EX_W("welcoming")};
	static const struct ex_word HOLD[] = {
	    EX_W("hold"), EX_W("holds"), EX_W("holding"), EX_W("held")};
	static const struct ex_word FIELD[] = {EX_W("trade"), EX_W("services")};
	static const struct ex_word HARM[] = {
	    EX_W("hurt"), EX_W("hurts"), EX_W("hurting"), EX_W("dampen"), EX_W("dampens"),
	    EX_W("dampened"), EX_W("dampening"), EX_W("deter"), EX_W("deters"), EX_W("deterred"),
	    EX_W("deterring"), EX_W("discourage"), EX_W("discourages"), EX_W("discouraged"),
	    EX_W("discouraging"), EX_W("chill"), EX_W("chills"), EX_W("chilled"), EX_W("chilling"),
	    EX_W("depress"), EX_W("depresses"), EX_W("depressed"), EX_W("depressing"),
	    EX_W("stifle"), EX_W("stifles"), EX_W("stifled"), EX_W("stifling")};
	static const struct ex_word WEIGH[] = {
	    EX_W("weigh"), EX_W("weighs"), EX_W("weighed"), EX_W("weighing"), EX_W("drag"),
	    EX_W("toll")};
	static const struct ex_word KIND[] = {
	    EX_W("business"), EX_W("private"), EX_W("corporate"), EX_W("foreign"), EX_W("new"),
	    EX_W("capital"), EX_W("factory"), EX_W("fixed")};
	size_t ws = anchor, wl, ps;

	if (end - anchor < 10 || ex_ncasecmp(t + anchor, "investment", 10) != 0)
		return 0;
	if (ex_unowned_fund(t, lo, anchor, end, hi))
		return 1;
	/* "trade and investment", "covering services and investment": a field. */
	if ((wl = ex_word_before(t, anchor, lo, &ws)) == 3 && ex_ncasecmp(t + ws, "and", 3) == 0 &&
	    (wl = ex_word_before(t, ws, lo, &ws)) > 0 && ex_word_in(FIELD, EX_NWORDS(FIELD), t + ws, wl))
		return 1;
	/* "uncertainty was hurting investment", "weighed on business investment":
	 * the economy's spending, which a mood harms. */
	ws = anchor;
	if ((wl = ex_word_before(t, ws, lo, &ws)) > 0 && ex_word_in(KIND, EX_NWORDS(KIND), t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl > 0 && (ex_word_in(HARM, EX_NWORDS(HARM), t + ws, wl) || (wl == 2 &&
	    ex_ncasecmp(t + ws, "on", 2) == 0 && (wl = ex_word_before(t, ws, lo, &ps)) > 0 &&
	    ex_word_in(WEIGH, EX_NWORDS(WEIGH), t + ps, wl))))
		return 1;
	/* "holding back investment", "any investment would be screened". */
	ws = anchor;
	if ((wl = ex_word_before(t, ws, lo, &ws)) == 3 && ex_ncasecmp(t + ws, "any", 3) == 0)
		return 1;
	if (wl == 4 && ex_ncasecmp(t + ws, "back", 4) == 0 && (wl = ex_word_before(t, ws, lo, &ps)) > 0 &&
	    ex_word_in(HOLD, EX_NWORDS(HOLD), t + ps, wl))
		return 1;
	ws = anchor;
	/* "attract foreign investment", "lure more direct investment". */
	for (int w = 0; w < 3 && (wl = ex_word_before(t, ws, lo, &ws)) > 0; w++)
		if (ex_word_in(DRAW, EX_NWORDS(DRAW), t + ws, wl))
			return 1;
	return 0;
}
/* ex_money_after - 1 if an amount of money ("$", "€", "£", "¥",
 * "billion", "million", ...) starts in t[pos, min(pos + 48, end)). */
int
ex_money_after(const char *t, size_t pos, size_t end)
{
	static const struct ex_word MONEY[] = {
	    EX_W("billion"), EX_W("trillion"), EX_W("million"), EX_W("bn"), EX_W("tn")};
	size_t hi = pos + 48 < end ? pos + 48 : end;

	for (size_t i = pos; i < hi; i++) {
		/* "$", "€" (e2 82 ac), "£" (c2 a3), "¥" (c2 a5). */
		if (t[i] == '$' || (i + 2 < hi && memcmp(t + i, "\xe2\x82\xac", 3) == 0) ||
		    (i + 1 < hi && (unsigned char)t[i] == 0xc2 &&
		    ((unsigned char)t[i + 1] == 0xa3 || (unsigned char)t[i + 1] == 0xa5)))
			return 1;
		if (i > pos && ex_word_byte((unsigned char)t[i - 1]))
			continue;
		if (ex_phrase_at(MONEY, EX_NWORDS(MONEY), t, i, hi))
			return 1;
	}
	return 0;
}
/* ex_money_verb - 1 if the investing verb at [anchor,end) is a verb of
 * moving money that names none: "pour", "channel", "inject" count as investing
 * only with an amount of money close after them ("will pour $1.4 trillion into
 * US industry", "inject 500 billion yen into"), not "poured cold water on the
 * deal" nor "channel the talks"; so does "fund" after a modal or "to" ("will
 * fund US projects worth $550 billion", not "a fund with $900 billion"). */
static int
ex_money_verb(const char *t, size_t end, size_t anchor, size_t aend)
{
	static const char *const VERB[] = {"pour", "channel", "plough", "plow", "funnel", "inject", "build",
	    "set", "financ", "will fund", "to fund", "would fund", "deploy"};
	size_t k;

	/* Only the verbs of moving money: "invest", "investment" and a stake
	 * bought (ex_stake_bought) need no amount. */
	for (k = 0; k < sizeof(VERB) / sizeof(VERB[0]); k++)
		if (aend - anchor >= strlen(VERB[k]) && ex_ncasecmp(t + anchor, VERB[k], strlen(VERB[k])) == 0)
			break;
	if (k == sizeof(VERB) / sizeof(VERB[0]))
		return 0;
	return !ex_money_after(t, aend, end);
}
/* ex_so_far_near - 1 if "so far" or "to date" stands in the two words before
 * the verb at anchor or in the 64 bytes from p on (before end). */
static int
ex_so_far_near(const char *t, size_t anchor, size_t p, size_t end)
{
	static const struct ex_word SOFAR[] = {EX_W("so far"), EX_W("to date")};
	size_t ws, k = anchor, hi = end < p + 64 ? end : p + 64;

	for (int w = 0; w < 2 && ex_word_before(t, k, 0, &ws) > 0; w++)
		k = ws;
	for (size_t i = k; i < anchor; i++)
		if ((i == 0 || !ex_word_byte((unsigned char)t[i - 1])) && ex_phrase_at(SOFAR, EX_NWORDS(SOFAR), t, i, anchor))
			return 1;
	for (size_t i = p; i < hi; i++)
		if (!ex_word_byte((unsigned char)t[i - 1]) && ex_phrase_at(SOFAR, EX_NWORDS(SOFAR), t, i, hi))
			return 1;
	return 0;
}
/* ex_money_pledge - 1 if the investing verb at [anchor,aend), a verb of
 * promising or placing money ("commit", "pledge", "put", which
 * ex_money_given let through), gives no party the sum: a party must stand
 * within a few words after the preposition ("has committed $2 billion to UK
 * life sciences", "pledged £5 billion for projects in Britain"), not "committed
 * $50 million to the relief fund", and the verb after "to" is no commitment of
 * its own ("pledged $10 billion to buy US gas": the buying verb, next at next). */
static int
ex_money_pledge(const struct ex_ctx *ctx, size_t end, size_t next, size_t anchor, size_t aend)
{
	size_t ws, p = ex_money_given(ctx->text, ctx->len, anchor, aend);

	if (p == 0)
		return 0;
	if (ex_word_after(ctx->text, p, end, &ws) > 0 && ws == next)
		return 1;
	/* "Saudi entities have so far committed about $4 billion to projects":
	 * a count of the money placed under a pledge told elsewhere, whose state
	 * the article's other statements tell. */
	if (ex_so_far_near(ctx->text, anchor, p, end))
		return 1;
	for (size_t i = ex_first(ctx, p); i < ctx->m.n && ctx->m.v[i].start < end; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->start < p)
			continue;
		if (x->start > p + 48)
			break;
		if (x->kind == RULE_ACTOR)
			return 0;
	}
	return 1;
}
/* ex_exempted_party - 1 if the verb at f is "exempt" or "spare" and a party
 * stands right after it, a determiner at most between: "exempt Korean
 * automakers from the tariffs it levied on US vehicles", "spare Japanese firms
 * from its surtax on US steel": the party exempted is owed it, whatever the
 * origin of the goods the tariff names. */
static int
ex_exempted_party(const struct ex_ctx *ctx, const struct ex_frame *f, int cp)
{
	const char *t = ctx->text;
	size_t i, ws, wl;

	if (cp < 0 || f->trigger < 0 || f->anchor_end - f->anchor < 5 ||
	    (ex_ncasecmp(t + f->anchor, "exempt", 6) != 0 && ex_ncasecmp(t + f->anchor, "spar", 4) != 0))
		return 0;
	wl = ex_word_after(t, f->anchor_end, ctx->len, &ws);
	if (wl > 0 && ex_determiner(t + ws, wl))
		wl = ex_word_after(t, ws + wl, ctx->len, &ws);
	if (wl == 0)
		return 0;
	for (i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start <= ws; i++)
		if (ctx->m.v[i].start == ws && ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].value == cp)
			return 1;
	return 0;
}
/* ex_sole_origin - the one of parties a and b named as a counterparty in
 * [lo,hi) ("tariffs on British steel and aluminium": the goods' origin of the
 * whole list), -1 if neither or both. */
static int
ex_sole_origin(const struct ex_ctx *ctx, size_t lo, size_t hi, int a, int b)
{
	int found = -1;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->start < lo || x->role != ROLE_COUNTERPARTY ||
		    (x->value != a && x->value != b))
			continue;
		if (found >= 0 && found != x->value)
			return -1;
		found = x->value;
	}
	return found;
}
/* ex_domestic_goods - 1 if the goods right after the buying word ending at end
 * are the buyer's own ("urged its companies to buy domestic chips", "buy
 * home-grown soybeans", "spend more on domestic soybeans"): no trade with
 * anyone. */
static int
ex_domestic_goods(const char *t, size_t end, size_t hi)
{
	static const struct ex_word OWN[] = {
	    EX_W("domestic"), EX_W("domestically"), EX_W("home-grown"), EX_W("homegrown"),
	    EX_W("locally"), EX_W("local"), EX_W("home-made"), EX_W("homemade")};
	size_t ws, wl, p = end;

	for (int w = 0; w < 3 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl) {
		if (ex_word_in(OWN, EX_NWORDS(OWN), t + ws, wl) ||
		    (wl == 4 && ws + 5 < hi && ex_ncasecmp(t + ws, "home-", 5) == 0))
			return 1;
		if (!ex_determiner(t + ws, wl) && !(wl == 4 && ex_ncasecmp(t + ws, "more", 4) == 0) &&
		    !(wl == 2 && ex_ncasecmp(t + ws, "on", 2) == 0))
			return 0;
	}
	return 0;
}
/* ex_commercial_matter - 1 if the word at [ws,ws+wl) is a copula followed by "a
 * commercial decision", "commercial decisions", "a commercial matter" or "a
 * commercial activity", up to e, a quotation mark allowed before
 * ("Purchases of aircraft are commercial decisions of the companies", "the
 * question of oil purchases was \u201ca commercial decision of companies\u201d",
 * "the purchase of farm goods is a commercial activity"); with as set, "as"
 * counts as the copula ("described them as commercial decisions"). */
static int
ex_commercial_matter(const char *t, size_t ws, size_t wl, size_t e, int as)
{
	static const struct ex_word BE[] = {
	    EX_W("is"), EX_W("are"), EX_W("remain"), EX_W("remains"), EX_W("was"), EX_W("were")};
	static const struct ex_word MATTER[] = {
	    EX_W("decision"), EX_W("decisions"), EX_W("matter"), EX_W("matters"),
	    EX_W("activity"), EX_W("activities")};
	size_t ns, nl = 0, p = ws + wl;

	if (!ex_word_in(BE, EX_NWORDS(BE), t + ws, wl) && !(as && wl == 2 && ex_ncasecmp(t + ws, "as", 2) == 0))
		return 0;
	for (int w = 0; w < 3 && (nl = ex_word_after(t, ex_skip_quotes(t, p, e), e, &ns)) > 0; w++, p = ns + nl) {
		if (nl == 10 && ex_ncasecmp(t + ns, "commercial", 10) == 0)
			break;
		if (!(nl == 1 && ex_ncasecmp(t + ns, "a", 1) == 0) && !(nl == 6 &&
		    ex_ncasecmp(t + ns, "purely", 6) == 0))
			return 0;
	}
	if (nl != 10 || ex_ncasecmp(t + ns, "commercial", 10) != 0)
		return 0;
	nl = ex_word_after(t, ns + nl, e, &ns);
	return nl > 0 && ex_word_in(MATTER, EX_NWORDS(MATTER), t + ns, nl);
}
/* ex_commercial_next - 1 if the sentence that answers the one ending at e
 * calls what it told, by a pronoun, a firm's own choice: "Officials described
 * them as commercial decisions", "These were commercial decisions". */
static int
ex_commercial_next(const char *t, size_t e, size_t len)
{
	static const struct ex_word PRON[] = {
	    EX_W("them"), EX_W("these"), EX_W("those"), EX_W("they"), EX_W("it"), EX_W("this")};
	size_t end, ws, wl, ps = 0, pl = 0, k = ex_answer_span(t, e, len, &end);

	for (; (wl = ex_word_after(t, k, end, &ws)) > 0 || ws < end; k = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0) {
			pl = 0;
			continue;
		}
		if (pl > 0 && ex_word_in(PRON, EX_NWORDS(PRON), t + ps, pl) && ex_commercial_matter(t, ws, wl, end, 1))
			return 1;
		ps = ws;
		pl = wl;
	}
	return 0;
}
/* ex_add_bound - a clause bound at pos in the sentence's sorted bounds[0..*nb]
 * (bounds[*nb] its end), unless pos is the sentence's start or already a bound:
 * an opening that is a clause of its own. */
static void
ex_add_bound(size_t *bounds, size_t *condlo, size_t *nb, size_t pos)
{
	size_t j = 1;

	if (pos <= bounds[0] || *nb >= 31)
		return;
	while (j < *nb && bounds[j] < pos)
		j++;
	if (bounds[j] == pos)
		return;
	memmove(bounds + j + 1, bounds + j, (*nb + 1 - j) * sizeof(bounds[0]));
	memmove(condlo + j + 1, condlo + j, (*nb - j) * sizeof(condlo[0]));
	bounds[j] = pos;
	condlo[j] = condlo[j - 1];
	(*nb)++;
}
/* ex_immediate_effect - 1 if clause [cs,ce) says its act applies at once
 * ("would be reduced to 19.8 per cent, with immediate effect", "will cut its
 * duty to 10%, effective immediately"): announced and in force the same day,
 * whatever the modal of the report. */
static int
ex_immediate_effect(const char *t, size_t cs, size_t ce)
{
	static const char *const NOW[] = {"with immediate effect", "effective immediately",
	    "take effect immediately", "takes effect immediately", "took effect immediately"};

	for (size_t k = cs; k < ce; k++)
		if (t[k] == 'w' || t[k] == 'e' || t[k] == 't')
			for (size_t i = 0; i < sizeof(NOW) / sizeof(NOW[0]); i++) {
				size_t n = strlen(NOW[i]);

				if (k + n <= ce && ex_ncasecmp(t + k, NOW[i], n) == 0 &&
				    (k == cs || !ex_word_byte((unsigned char)t[k - 1])))
					return 1;
			}
	return 0;
}
/* ex_described_intent - where sentence [s,e) describes something as mere
 * intentions: a verb of describing, then "as" and "intentions", "aspirations",
 * "estimates" or the like ("careful to describe the $600 billion of investment
 * ..., promised in the joint statement, as \"intentions of companies\""): the
 * speaker denies that anyone is bound by what stands between, so *lo and *hi
 * get that span and 1 is returned; else 0. */
const struct ex_word EX_DESCRIBE[] = {
    EX_W("describe"), EX_W("describes"), EX_W("described"), EX_W("describing"),
    EX_W("characterise"), EX_W("characterised"), EX_W("characterize"),
    EX_W("characterized"), EX_W("portrayed"), EX_W("presented"), EX_W("framed"),
    EX_W("commercial")};
const size_t EX_NDESCRIBE = EX_NWORDS(EX_DESCRIBE);
static int
ex_described_intent(const char *t, size_t s, size_t e, size_t *lo, size_t *hi)
{
	/* The verbs of EX_DESCRIBE ("commercial" is ex_commercial_matter's). */
	const size_t ndescribe = EX_NDESCRIBE - 1;
	static const struct ex_word INTENT[] = {
	    EX_W("intentions"), EX_W("intention"), EX_W("aspirations"), EX_W("aspiration"),
	    EX_W("ambitions"), EX_W("estimates"), EX_W("projections"), EX_W("forecasts"),
	    EX_W("expectations")};
	size_t ws, wl, k, ns, nl;

	*lo = EX_NOPOS;
	for (k = s; (wl = ex_word_after(t, k, e, &ws)) > 0 || ws < e; k = ws + (wl > 0 ? wl : 1)) {
		if (wl == 0)
			continue;
		if (ex_commercial_matter(t, ws, wl, e, 0)) {
			*lo = s;
			*hi = ws;
			return 1;
		}
		if (*lo == EX_NOPOS) {
			if (ex_word_in(EX_DESCRIBE, ndescribe, t + ws, wl))
				*lo = ws + wl;
			continue;
		}
		if (wl != 2 || ex_ncasecmp(t + ws, "as", 2) != 0)
			continue;
		/* An opening quotation mark may stand before the noun. */
		for (ns = ws + wl; ns < e && (t[ns] == ' ' || t[ns] == '"' ||
		    (unsigned char)t[ns] == 0xe2 || (unsigned char)t[ns] == 0x80 ||
		    (unsigned char)t[ns] == 0x9c); ns++)
			;
		if ((nl = ex_word_after(t, ns, e, &ns)) > 0 &&
		    ex_word_in(INTENT, EX_NWORDS(INTENT), t + ns, nl)) {
			*hi = ws;
			return 1;
		}
	}
	return 0;
}

/* ex_trailing_framing - where a trailing clause ", three years after", ", months
 * since" (a comma, at most three words ending with a unit of time, then "after"
 * or "since") opens in [s,e); EX_NOPOS if none. */
const struct ex_word EX_SPAN_UNITS[] = {
    EX_W("year"), EX_W("years"), EX_W("month"), EX_W("months"), EX_W("week"), EX_W("weeks")};
const size_t EX_NSPAN_UNITS = EX_NWORDS(EX_SPAN_UNITS);
static size_t
ex_trailing_framing(const char *t, size_t s, size_t e)
{
	static const struct ex_word AFTER[] = {EX_W("after"), EX_W("since")};
	size_t ws, wl;

	for (size_t c = s; c < e; c++) {
		size_t p = c + 1;

		if (t[c] != ',')
			continue;
		for (int w = 0; w < 3 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl)
			if (ex_word_in(EX_SPAN_UNITS, EX_NSPAN_UNITS, t + ws, wl)) {
				wl = ex_word_after(t, ws + wl, e, &ws);
				if (wl > 0 && ex_word_in(AFTER, EX_NWORDS(AFTER), t + ws, wl))
					return ws;
				break;
			}
	}
	return EX_NOPOS;
}
/* ex_bloc_of - the bloc actor a is a member of ("blocs" in rules.json), or -1. */
static int
ex_bloc_of(const struct rules *r, int a)
{
	return a >= 0 && (size_t)a < r->nactors ? r->bloc[a] : -1;
}
/* ex_bloc_side - a statement between a bloc and one of its members (the EU and
 * France): -1 (no commitment).  A member as counterparty, where sentence [s,e)
 * names its bloc as a counterparty too ("issued to European companies"), or
 * another member of it ("deposits collected from Spanish, Danish and Dutch
 * exporters", "its ban on French and Italian beef"), becomes the bloc. 0
 * else. */
static int
ex_bloc_side(const struct ex_ctx *ctx, size_t s, size_t e, struct ex_stmt *st, int guessed)
{
	const struct rules *r = ctx->r;
	int bloc = ex_bloc_of(r, st->counterparty);

	/* "Under the deal, the EU will open a duty-free quota of poultry" in a
	 * story that names France elsewhere: a member only guessed from the
	 * article, not named in the sentence, is no side of the bloc's
	 * commitment; the commitment names nobody. */
	if (bloc >= 0 && bloc == st->actor && guessed) {
		size_t i = ex_first(ctx, s);

		while (i < ctx->m.n && ctx->m.v[i].start < e &&
		    !(ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].value == st->counterparty))
			i++;
		if (i >= ctx->m.n || ctx->m.v[i].start >= e) {
			st->counterparty = -1;
			return 0;
		}
	}
	if ((bloc >= 0 && bloc == st->actor) ||
	    (st->counterparty >= 0 && ex_bloc_of(r, st->actor) == st->counterparty))
		return -1;
	if (bloc < 0)
		return 0;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role == ROLE_COUNTERPARTY &&
		    (ctx->m.v[i].value == bloc || (ctx->m.v[i].value != st->counterparty &&
		    ex_bloc_of(r, ctx->m.v[i].value) == bloc))) {
			st->counterparty = bloc;
			break;
		}
	return 0;
}
/* ex_continued_verb - 1 if "continue to" (or "continues", "continued") or a
 * form of "keep" stands right before the verb at pos: "will continue to
 * suspend", "continues to pause", "keeps suspending"; the passive too, "the
 * additional duty shall continue to be suspended". */
static int
ex_continued_verb(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word KEEP[] = {
	    EX_W("keep"), EX_W("keeps"), EX_W("kept"), EX_W("keeping")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	if (wl > 0 && ex_word_in(KEEP, EX_NWORDS(KEEP), t + ws, wl))
		return 1;
	if (wl == 2 && ex_ncasecmp(t + ws, "be", 2) == 0)
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl != 2 || ex_ncasecmp(t + ws, "to", 2) != 0)
		return 0;
	wl = ex_word_before(t, ws, lo, &ws);
	return wl >= 8 && ex_ncasecmp(t + ws, "continue", 8) == 0;
}
/* A modal, "to" or a negation before a verb of going on: no fact of now. */
static const struct ex_word EX_FLOW_MODAL[] = {
    EX_W("will"), EX_W("would"), EX_W("may"), EX_W("might"), EX_W("could"), EX_W("should"),
    EX_W("must"), EX_W("to"), EX_W("if"), EX_W("not"), EX_W("never")};

/* ex_flow_goes_on - 1 if the flow noun ending at p is the subject of a verb
 * of going on within its clause [p,hi), at most eight words on: "China's
 * crackdown on fentanyl precursors continues", "Chinese enforcement has
 * continued: ...", "purchases of US sorghum have continued since the spring",
 * "Soybean purchases continue", or of "steady" after a verb of being or
 * holding ("Sorghum purchases have been steady", "have held steady").
 * Not "continues to" (a cue of its own) nor after a comma, a semicolon or a
 * modal ("will continue", "may have continued", "will remain steady"). */
static int
ex_flow_goes_on(const char *t, size_t p, size_t hi)
{
	static const struct ex_word ON[] = {
	    EX_W("continues"), EX_W("continued"), EX_W("continuing"), EX_W("continue"), EX_W("steady")};
	static const struct ex_word HELD[] = {
	    EX_W("been"), EX_W("held"), EX_W("remained"), EX_W("remains"), EX_W("stayed"), EX_W("stays")};
	size_t ws, wl, ps = 0, pl = 0;

	for (int w = 0; w < 8 && (wl = ex_word_after(t, p, hi, &ws)) > 0; w++, p = ws + wl, ps = ws, pl = wl) {
		for (size_t k = p; k < ws; k++)
			if (t[k] == ',' || t[k] == ';' || t[k] == ':' || t[k] == '.')
				return 0;
		if (!ex_word_in(ON, EX_NWORDS(ON), t + ws, wl))
			continue;
		/* "have been steady", "held steady": the verb before tells the tense
		 * ("would have been steady" as "may have continued" below). */
		if (wl == 6 && ex_ncasecmp(t + ws, "steady", 6) == 0) {
			if (pl == 0 || !ex_word_in(HELD, EX_NWORDS(HELD), t + ps, pl))
				return 0;
			pl = ex_word_before(t, ps, ps > 12 ? ps - 12 : 0, &ps);
		}
		/* "will continue", "to continue", "may have continued". */
		if (pl > 0 && (ex_word_in(EX_FLOW_MODAL, EX_NWORDS(EX_FLOW_MODAL), t + ps, pl) ||
		    (pl == 4 && ex_ncasecmp(t + ps, "have", 4) == 0 && ps > 0 &&
		    (pl = ex_word_before(t, ps, ps > 12 ? ps - 12 : 0, &ps)) > 0 &&
		    ex_word_in(EX_FLOW_MODAL, EX_NWORDS(EX_FLOW_MODAL), t + ps, pl))))
			return 0;
		/* "continues to ...": the cue's own. */
		if ((wl = ex_word_after(t, ws + wl, hi, &ws)) > 0 && wl == 2 && ex_ncasecmp(t + ws, "to", 2) == 0)
			return 0;
		return 1;
	}
	return 0;
}
/* ex_flow_kept_on - 1 if the flow noun at pos is the object of a verb of
 * going on right before it, past a determiner or a possessive: "Mexico
 * continues its operations against fentanyl labs", "has continued its
 * crackdown", "kept up its campaign against".  Not after a modal or "to"
 * ("would continue its operations" is a pledge). */
static int
ex_flow_kept_on(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word DET[] = {
	    EX_W("its"), EX_W("their"), EX_W("the"), EX_W("his"), EX_W("her"), EX_W("our")};
	static const struct ex_word ON[] = {
	    EX_W("continues"), EX_W("continued"), EX_W("continue"), EX_W("continuing")};
	static const struct ex_word KEPT[] = {
	    EX_W("keeps"), EX_W("kept"), EX_W("keep"), EX_W("keeping")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	if (wl > 0 && ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	if (wl == 2 && ex_ncasecmp(t + ws, "up", 2) == 0) {
		if ((wl = ex_word_before(t, ws, lo, &ws)) == 0 || !ex_word_in(KEPT, EX_NWORDS(KEPT), t + ws, wl))
			return 0;
	} else if (wl == 0 || !ex_word_in(ON, EX_NWORDS(ON), t + ws, wl))
		return 0;
	wl = ex_word_before(t, ws, lo, &ws);
	return wl == 0 || !ex_word_in(EX_FLOW_MODAL, EX_NWORDS(EX_FLOW_MODAL), t + ws, wl);
}
/* ex_maker_naming - ex_party_namings' test of ex_maker_side: a maker's name. */
static int
ex_maker_naming(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t i)
{
	const struct ex_mention *x = &ctx->m.v[i];

	(void)lo;
	(void)hi;
	return rules_list_has(&ctx->r->makers, ctx->text + x->start, x->end - x->start);
}
/* ex_maker_naming_any - ex_maker_naming, a name that is no maker's passed over. */
static int
ex_maker_naming_any(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t i)
{
	return ex_maker_naming(ctx, lo, hi, i) ? 1 : -1;
}
/* ex_maker_side - 1 if party v is named in [lo,hi) only by a maker's name
 * (`makers`: "Boeing", "Airbus"): a seller, never the buyer.  With any set,
 * 1 if one of its names there is a maker's ("the 200-jet Boeing order
 * announced by Washington"). */
static int
ex_maker_side(const struct ex_ctx *ctx, size_t lo, size_t hi, int v, int any)
{
	return ex_party_namings(ctx, lo, hi, v, any ? ex_maker_naming_any : ex_maker_naming);
}
/* ex_considered_answer - 1 if sentence [s,e) opens with "Asked whether" (or
 * "if"; a dateline may stand before), the word at pos stands in the question, and the answer after its comma
 * weighs it ("he would consider it", "Tokyo is looking into it", "officials
 * were open to it"), not after "not" ("would not consider it"). */
static int
ex_considered_answer(const char *t, size_t s, size_t pos, size_t e)
{
	static const struct ex_word WEIGH[] = {
	    EX_W("consider"), EX_W("considering"), EX_W("study"), EX_W("studying"),
	    EX_W("weigh"), EX_W("weighing"), EX_W("open"), EX_W("look"), EX_W("looking")};
	static const struct ex_word NOT[] = {EX_W("not"), EX_W("never"), EX_W("no")};
	size_t ws, wl, p, prev = 0, prevl = 0;

	/* Past a dateline: "OTTAWA - Asked whether ...". */
	for (p = s; p + 6 < e && p < s + 80; p++)
		if (strncmp(t + p, "Asked ", 6) == 0 && (p == s || (p >= s + 2 && t[p - 1] == ' ' &&
		    (t[p - 2] == '-' || t[p - 2] == ')' || (unsigned char)t[p - 2] == 0x94))))
			break;
	if (p + 6 >= e || p >= s + 80)
		return 0;
	if ((wl = ex_word_after(t, p, e, &ws)) != 5 || ex_ncasecmp(t + ws, "asked", 5) != 0 ||
	    (wl = ex_word_after(t, ws + wl, e, &ws)) == 0 ||
	    !((wl == 7 && ex_ncasecmp(t + ws, "whether", 7) == 0) || (wl == 2 && ex_ncasecmp(t + ws, "if", 2) == 0)))
		return 0;
	for (p = ws; p < e && t[p] != ','; p++)
		;
	if (p >= e || pos > p)
		return 0;
	for (size_t k = p + 1; k < e; k = ws + (wl > 0 ? wl : 1)) {
		if ((wl = ex_word_after(t, k, e, &ws)) == 0)
			continue;
		if (ex_word_in(WEIGH, EX_NWORDS(WEIGH), t + ws, wl))
			return !(prevl > 0 && ex_word_in(NOT, EX_NWORDS(NOT), t + prev, prevl));
		prev = ws;
		prevl = wl;
	}
	return 0;
}
/* ex_offered_topic - 1 if the last topic phrase in [lo,pos) follows a verb of
 * offering and "to": "offered to discuss", "is willing to discuss", "proposed
 * to talk about". */
static int
ex_offered_topic(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	static const struct ex_word OFFER[] = {
	    EX_W("offered"), EX_W("offer"), EX_W("offers"), EX_W("offering"), EX_W("proposed"),
	    EX_W("proposes"), EX_W("propose"), EX_W("willing"), EX_W("ready"), EX_W("prepared")};
	const struct ex_mention *topic = NULL;
	size_t ws, wl;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < pos; i++)
		if (ctx->m.v[i].kind == RULE_TOPIC)
			topic = &ctx->m.v[i];
	if (topic == NULL || (wl = ex_word_before(ctx->text, topic->start, lo, &ws)) != 2 ||
	    ex_ncasecmp(ctx->text + ws, "to", 2) != 0)
		return 0;
	wl = ex_word_before(ctx->text, ws, lo, &ws);
	return wl > 0 && ex_word_in(OFFER, EX_NWORDS(OFFER), ctx->text + ws, wl);
}
/* ex_talk_word - 1 if the topic phrase w[0,n) is one of talk ("talks on",
 * "discussing", "discussions about"), not of concern or complaint. */
static int
ex_talk_word(const char *w, size_t n)
{
	return (n >= 4 && ex_ncasecmp(w, "talk", 4) == 0) || (n >= 7 && ex_ncasecmp(w, "discuss", 7) == 0);
}
/* ex_talked_order - 1 if the last topic phrase in [lo,anchor) is followed,
 * within five words and no comma, by the buying noun at anchor: "are
 * discussing a Chinese order for 500 Boeing aircraft", "Talks on a large
 * Boeing order continue", "would also discuss purchases of Boeing
 * aircraft": the talk is over a purchase, which is proposed (a subject of
 * talk with no purchase, "discussed soybeans", names only a topic). */
static int
ex_talked_order(const struct ex_ctx *ctx, size_t lo, size_t anchor)
{
	static const struct ex_word BUY[] = {
	    EX_W("order"), EX_W("orders"), EX_W("purchase"), EX_W("purchases")};
	static const struct ex_word HELD[] = {EX_W("held"), EX_W("had")};
	static const struct ex_word PAST[] = {EX_W("discussed"), EX_W("talked")};
	static const struct ex_word HAVE[] = {EX_W("have"), EX_W("has")};
	const char *t = ctx->text;
	const struct ex_mention *topic = NULL;
	size_t ws, wl, fs, fl, p;
	int w;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < anchor; i++)
		if (ctx->m.v[i].kind == RULE_TOPIC)
			topic = &ctx->m.v[i];
	if (topic == NULL || topic->end > anchor || memchr(t + topic->end, ',', anchor - topic->end) != NULL ||
	    (wl = ex_word_after(t, anchor, ctx->len, &ws)) == 0 || ws != anchor ||
	    !ex_word_in(BUY, EX_NWORDS(BUY), t + ws, wl))
		return 0;
	/* Talk, not a concern or complaint ("raised its concerns regarding
	 * China's purchases of U.S. aircraft"). */
	if (!ex_talk_word(t + topic->start, topic->end - topic->start))
		return 0;
	/* A talk told as a meeting that was held ("held talks on purchases of
	 * Korean rice", "discussed purchases of rice on Monday") names what a
	 * meeting was about; a talk going on or to come ("are discussing", "will
	 * discuss", "have talked about", "Talks on ... continue") is the
	 * negotiation. */
	wl = ex_word_before(t, topic->start, lo, &ws);
	if (wl > 0 && ex_word_in(HELD, EX_NWORDS(HELD), t + ws, wl))
		return 0;
	fl = ex_word_after(t, topic->start, topic->end, &fs);
	if (ex_word_in(PAST, EX_NWORDS(PAST), t + fs, fl) && !(wl > 0 && ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl)))
		return 0;
	for (w = 0, p = topic->end; (wl = ex_word_after(t, p, anchor, &ws)) > 0 && ws < anchor; w++, p = ws + wl) {
		/* "discussed a possible joint purchase of LNG cargoes": two buyers
		 * pooling, no sale between the parties. */
		if (w == 5 || (wl == 5 && ex_ncasecmp(t + ws, "joint", 5) == 0))
			return 0;
	}
	return 1;
}
/* ex_idea_clause - 1 if the word at pos stands in a clause that only names an
 * idea: "the idea that China owes the United States purchases", "dismissed the
 * notion that Korea would buy more rice", "the myth that ..." (no comma
 * between): what such a clause says is nobody's commitment.  2, with *hope set
 * to the hope word, if it stands in a hope that someone will act: "We hope the
 * U.S. side will relax export controls", "expressed hope that Korea would lift
 * its ban" (a hope word, not before "to", then a modal before pos; examples
 * after ", such as" go on with the clause); ex_hope_other says whose. */
static int
ex_idea_clause(const char *t, size_t lo, size_t pos, size_t *hope)
{
	static const struct ex_word IDEA[] = {
	    EX_W("idea"), EX_W("notion"), EX_W("myth"), EX_W("narrative"), EX_W("fiction"),
	    EX_W("illusion"), EX_W("perception"), EX_W("impression"), EX_W("fantasy")};
	static const struct ex_word HOPE[] = {
	    EX_W("hope"), EX_W("hopes"), EX_W("hoped"), EX_W("hoping")};
	static const struct ex_word MODAL[] = {
	    EX_W("will"), EX_W("would"), EX_W("can"), EX_W("could")};
	size_t ws, wl, p = pos, after = pos;
	int modal = 0;

	for (int n = 0; n < 40; n++, after = ws, p = ws) {
		size_t ns, nl;

		/* Quotation marks inside the clause ("owes") do not end it. */
		while (p > lo && (t[p - 1] == ' ' || t[p - 1] == '"'))
			p--;
		while (p >= lo + 3 && (unsigned char)t[p - 3] == 0xe2 && (unsigned char)t[p - 2] == 0x80 &&
		    ((unsigned char)t[p - 1] == 0x9c || (unsigned char)t[p - 1] == 0x9d))
			p -= 3;
		/* "U.S.": an initial's full stop ends no clause. */
		if (p >= lo + 2 && t[p - 1] == '.' && ex_word_byte((unsigned char)t[p - 2]) &&
		    (p == lo + 2 || !ex_word_byte((unsigned char)t[p - 3])))
			p--;
		/* "..., such as relaxing": examples go on with their clause. */
		if (p > lo && t[p - 1] == ',' && (strncmp(t + p, " such as ", 9) == 0 ||
		    strncmp(t + p, " including ", 11) == 0))
			p--;
		if ((wl = ex_word_before(t, p, lo, &ws)) == 0)
			return 0;

		if (wl == 4 && ex_ncasecmp(t + ws, "that", 4) == 0 &&
		    (nl = ex_word_before(t, ws, lo, &ns)) > 0 && ex_word_in(IDEA, EX_NWORDS(IDEA), t + ns, nl))
			return 1;
		modal |= ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl);
		if (modal && ex_word_in(HOPE, EX_NWORDS(HOPE), t + ws, wl) &&
		    !((nl = ex_word_after(t, ws + wl, pos, &ns)) == 2 && ex_ncasecmp(t + ns, "to", 2) == 0) &&
		    after > ws + wl) {
			*hope = ws;
			return 2;
		}
	}
	return 0;
}
/* ex_hope_other - 1 if the hope at hope (ex_idea_clause) is one party's about
 * another's act before pos: "Seoul hopes Tokyo will lift its ban", "We hope the
 * U.S. side will relax" (a first-person hope names its speaker, not the
 * subject); "the minister said he hoped Santiago would double its orders" is
 * Chile's own aim. */
static int
ex_hope_other(const struct ex_ctx *ctx, size_t s, size_t hope, size_t pos)
{
	int hoper = -1, subject;
	size_t ws, wl;

	if ((subject = ex_find_actor(ctx, hope, pos, -1)) < 0)
		return 0;
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < hope; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role != ROLE_COUNTERPARTY)
			hoper = ctx->m.v[i].value;
	if (hoper >= 0)
		return hoper != subject;
	wl = ex_word_before(ctx->text, hope, s, &ws);
	return wl == 2 && ex_ncasecmp(ctx->text + ws, "we", 2) == 0;
}
/* ex_and_joins - 1 if "and" and a verb of its own (a modal, "agreed", "promised",
 * ...) stand at most four words before the verb at anchor, after lo ("..., and
 * agreed to open", "and will lift"): a clause of its own, not a verb sharing the
 * one before lo's modal and date ("will cut ... by March 1 and lift ..."). */
static int
ex_and_joins(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word OWN[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("agreed"), EX_W("promised"),
	    EX_W("pledged"), EX_W("committed"), EX_W("vowed"), EX_W("undertook"), EX_W("offered")};
	size_t ws, wl, p = anchor, own = 0;

	for (int w = 0; w < 4 && (wl = ex_word_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0)
			return own;
		own = ex_word_in(OWN, EX_NWORDS(OWN), t + ws, wl);
	}
	return 0;
}
/* ex_date_before_and - 1 if the date wm stands after the verb of a frame before
 * fr[k] and an "and" with a verb of its own (ex_and_joins) comes between it and
 * a later frame's verb up to fr[k]: the date is the earlier verb's. */
static int
ex_date_before_and(const char *t, const struct ex_frame *fr, size_t k, const struct when_match *wm)
{
	for (size_t m = 1; m <= k; m++)
		if (wm->offset > fr[m - 1].anchor && wm->offset < fr[m].anchor)
			return ex_and_joins(t, wm->offset + wm->len, fr[m].anchor);
	return 0;
}
/* ex_and_verb - 1 if the verb at anchor is joined to one before it (after lo) by
 * "and", a modal or "to" between at most ("scrap its tariff on corn and cut",
 * "and will cut", "and to cut"). */
static int
ex_and_verb(const char *t, size_t lo, size_t anchor)
{
	static const struct ex_word AUX[] = {
	    EX_W("will"), EX_W("would"), EX_W("to"), EX_W("also"), EX_W("then"), EX_W("shall")};

	return ex_behind_word(t, lo, anchor, "and", 3, AUX, EX_NWORDS(AUX), 1);
}
/* ex_no_deal_for - 1 if sentence [s,e) says there is no deal for object: "no"
 * before a deal noun of EX_DEAL_NOUNS within four words, then "for" or
 * "covering" and a mention of the object ("there is no formal purchase
 * commitment for sorghum", "no agreement for US rice"): what the sentence
 * says of those goods is trade, no one's commitment.  Only sentences holding
 * a deal noun are read (EX_LEXICON). */
static int
ex_no_deal_for(const struct ex_ctx *ctx, size_t s, size_t e, int object)
{
	const char *t = ctx->text;
	size_t ws, wl, p;

	if (!ex_lex_in(ctx, EX_LEX_DEALNOUN, s, e))
		return 0;
	for (p = s; (wl = ex_word_after(t, p, e, &ws)) > 0 || ws < e; p = wl > 0 ? ws + wl : ws + 1) {
		size_t q, ns, nl;
		int w;

		if (wl != 2 || ex_ncasecmp(t + ws, "no", 2) != 0)
			continue;
		for (w = 0, q = ws + 2; w < 4 && (nl = ex_word_after(t, q, e, &ns)) > 0; w++, q = ns + nl)
			if (ex_word_in(EX_DEAL_NOUNS, EX_NDEAL_NOUNS, t + ns, nl))
				break;
		if (w == 4 || nl == 0)
			continue;
		nl = ex_word_after(t, ns + nl, e, &ns);
		if (!((nl == 3 && ex_ncasecmp(t + ns, "for", 3) == 0) ||
		    (nl == 8 && ex_ncasecmp(t + ns, "covering", 8) == 0)))
			continue;
		for (size_t i = ex_first(ctx, ns + nl); i < ctx->m.n && ctx->m.v[i].start < e &&
		    ctx->m.v[i].start <= ns + nl + 24; i++)
			if (ctx->m.v[i].kind == RULE_OBJECT && ctx->m.v[i].value == object)
				return 1;
	}
	return 0;
}
/* ex_remains_before - 1 if a form of "remain" or "stay", or "is" or "are", stands
 * right before the word at pos ("remain exempt", "stays exempt", "copper
 * cathodes are exempt from the tariff": the present state; "will be exempt"
 * is still to come). */
static int
ex_remains_before(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word STAY[] = {
	    EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"), EX_W("stays"),
	    EX_W("stayed"), EX_W("is"), EX_W("are")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	return wl > 0 && ex_word_in(STAY, EX_NWORDS(STAY), t + ws, wl);
}
/* ex_extended_noun - 1 if a verb of extending governs the verb noun at pos,
 * nothing but a span of time, a determiner or the suspending party between:
 * "will extend for another year the suspension of", "extended by six months
 * its suspension of", "the one-year extension of the U.S. suspension of". */
static int
ex_extended_noun(const struct ex_ctx *ctx, size_t lo, size_t pos)
{
	const struct ex_mention *last = NULL;

	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < pos; i++)
		if (ex_content(ctx->m.v[i].kind) &&
		    !(ctx->m.v[i].kind == RULE_ACTOR && last != NULL && last->kind == RULE_TRIGGER &&
		    ex_trigger_is(ctx->r, last->value, "extend") && ctx->m.v[i].start - last->end <= 12))
			last = &ctx->m.v[i];
	return last != NULL && last->kind == RULE_TRIGGER && last->start >= lo &&
	    ex_trigger_is(ctx->r, last->value, "extend") && pos - last->end <= 40 &&
	    memchr(ctx->text + last->end, ',', pos - last->end) == NULL &&
	    memchr(ctx->text + last->end, ';', pos - last->end) == NULL;
}
/* ex_restored_noun - 1 if a verb of taking up again governs the verb noun at
 * pos, a determiner at most between: "would restore the suspension of its
 * 24% tariff", "has resumed its suspension of", "continuing the suspension
 * of", "reinstated the suspension".  A suspension taken up again or carried
 * on is a truce kept, as one extended is (ex_extended_noun); a verb of
 * suspending alone ("will suspend the 30% tariff") stays a cut. */
static int
ex_restored_noun(const char *t, size_t lo, size_t pos, size_t end)
{
	static const struct ex_word DET[] = {
	    EX_W("the"), EX_W("its"), EX_W("their"), EX_W("this"), EX_W("that")};
	static const struct ex_word AGAIN[] = {
	    EX_W("restore"), EX_W("restores"), EX_W("restored"), EX_W("restoring"),
	    EX_W("resume"), EX_W("resumes"), EX_W("resumed"), EX_W("resuming"),
	    EX_W("reinstate"), EX_W("reinstates"), EX_W("reinstated"), EX_W("reinstating"),
	    EX_W("continue"), EX_W("continues"), EX_W("continued"), EX_W("continuing")};
	size_t ws, wl;

	if (end - pos < 10 || ex_ncasecmp(t + pos, "suspension", 10) != 0)
		return 0;
	wl = ex_word_before(t, pos, lo, &ws);
	if (wl > 0 && ex_word_in(DET, EX_NWORDS(DET), t + ws, wl))
		wl = ex_word_before(t, ws, lo, &ws);
	return wl > 0 && ex_word_in(AGAIN, EX_NWORDS(AGAIN), t + ws, wl);
}
/* ex_suspension_lapses - 1 if the noun "suspension" at [pos,end) is the subject
 * of a verb of running out in the sentence, at most 24 words on: "the
 * U.S. suspension of its 24% tariff expired at midnight", "the suspension of
 * the 24% portion of the reciprocal tariff, which has kept the rate at 10%,
 * runs out next Wednesday".  A suspension that runs out was granted for a
 * term: a truce, a pause, not a cut ("the pause ... ends in November",
 * ex_kept_predicate). */
static int
ex_suspension_lapses(const char *t, size_t pos, size_t end, size_t hi)
{
	static const struct ex_word LAPSE[] = {
	    EX_W("expire"), EX_W("expires"), EX_W("expired"), EX_W("lapse"), EX_W("lapses"),
	    EX_W("lapsed"), EX_W("run"), EX_W("runs"), EX_W("ran")};
	size_t ws, wl, p = end;

	if (end - pos != 10 || ex_ncasecmp(t + pos, "suspension", 10) != 0)
		return 0;
	/* Signs between words ("24%", "U.S.", a comma) are stepped over; hi
	 * is the sentence's end, a semicolon the clause's. */
	for (int w = 0; w < 24 && p < hi; p = ws + (wl > 0 ? wl : 1)) {
		if ((wl = ex_word_after(t, p, hi, &ws)) == 0) {
			if (ws < hi && t[ws] == ';')
				return 0;
			continue;
		}
		if (!ex_word_in(LAPSE, EX_NWORDS(LAPSE), t + ws, wl)) {
			w++;
			continue;
		}
		/* "run", "ran" only with "out": "runs until" is a term kept. */
		if (t[ws] == 'r' || t[ws] == 'R') {
			size_t os, ol = ex_word_after(t, ws + wl, hi, &os);

			return ol == 3 && ex_ncasecmp(t + os, "out", 3) == 0;
		}
		return 1;
	}
	return 0;
}
/* ex_kept_suspended - 1 if the past form "suspended" at [anchor,end) completes a
 * verb of keeping before its object, within twelve words of the clause from lo
 * and no comma: "will keep the 24 percent additional tariff on U.S. goods
 * suspended", "left its surtax on steel suspended". */
static int
ex_kept_suspended(const char *t, size_t lo, size_t anchor, size_t end)
{
	static const struct ex_word KEEP[] = {
	    EX_W("keep"), EX_W("keeps"), EX_W("kept"), EX_W("keeping"), EX_W("leave"),
	    EX_W("leaves"), EX_W("left"), EX_W("leaving"), EX_W("hold"), EX_W("holds"),
	    EX_W("held"), EX_W("holding")};
	size_t ws, wl, p = anchor;

	if (end - anchor != 9 || ex_ncasecmp(t + anchor, "suspended", 9) != 0)
		return 0;
	for (int w = 0; w < 12; w++, p = ws) {
		/* "on U.S. goods", "the 24% tariff": initialisms and rates are
		 * words; so are a modifier in quotes ("the higher \"reciprocal\"
		 * tariffs") and the halves of a hyphened word ("its 24%
		 * counter-tariff"). */
		while ((wl = ex_dotted_before(t, p = ex_unquote(t, lo, p), lo, &ws)) == 0 && ws > lo + 1 &&
		    (t[ws - 1] == '%' || (t[ws - 1] == '-' && ws == p && ex_word_byte((unsigned char)t[ws - 2]))))
			p = ws - 1;
		if (wl == 0)
			return 0;
		if (memchr(t + ws + wl, ',', p - ws - wl) != NULL || memchr(t + ws + wl, ';', p - ws - wl) != NULL)
			return 0;
		if (ex_word_in(KEEP, EX_NWORDS(KEEP), t + ws, wl))
			return w > 0;
	}
	return 0;
}
/* ex_additional_suspended - 1 if the object of the verb of suspending that ends
 * at end is an "additional" or "extra" tariff, within six words and no comma:
 * "the suspension of its additional 24 percent tariff", "suspended an extra
 * 24% levy on Chinese goods".  A tariff added on top of the ones in force and
 * kept off is refrained from, a pause (the additional 24% of the truce); only
 * after a word of suspending itself: "stop imposing the additional tariffs",
 * "lifted the extra duties" remove them (a cut).  A part of a tariff suspended
 * is such an addition too, the rest staying in force: "suspended 24
 * percentage points of their reciprocal tariffs", "suspend the 24% portion of
 * its tariff" (within eight words, for the "of" and its determiner). */
static int
ex_additional_suspended(const char *t, size_t end, size_t hi)
{
	static const struct ex_word EXTRA[] = {EX_W("additional"), EX_W("extra")};
	static const struct ex_word PART[] = {EX_W("portion"), EX_W("points")};
	static const struct ex_word LEVY[] = {
	    EX_W("tariff"), EX_W("tariffs"), EX_W("duty"), EX_W("duties"), EX_W("levy"),
	    EX_W("levies")};
	size_t ws, wl, p = end;
	int extra = 0, part = 0;

	/* A modifier in quotes is a word: "24 percentage points of their
	 * \u201creciprocal\u201d tariffs". */
	for (int w = 0; w < (part ? 8 : 6) && (wl = ex_word_after(t, p = ex_skip_quotes(t, p, hi), hi, &ws)) > 0;
	    w++, p = ws + wl) {
		/* "24%", "24 percent": a rate's sign is no break. */
		if (ws + wl < hi && t[ws + wl] == '%')
			wl++;
		if (memchr(t + p, ',', ws - p) != NULL || memchr(t + p, ';', ws - p) != NULL)
			return 0;
		if (ex_word_in(EXTRA, EX_NWORDS(EXTRA), t + ws, wl))
			extra = 1;
		else if (ex_word_in(PART, EX_NWORDS(PART), t + ws, wl))
			extra = part = 1;
		else if (ex_word_in(LEVY, EX_NWORDS(LEVY), t + ws, wl))
			return extra;
	}
	return 0;
}
/* ex_renewed_suspension - 1 if the suspension of a tariff at frame f is told as
 * going on: "will continue to suspend the 24% additional tariff", "extend for
 * another year the suspension of the higher tariffs", "the suspension of the
 * reciprocal tariff is extended until", "will keep the tariff on U.S. goods
 * suspended" (ex_kept_suspended), "would restore the suspension of"
 * (ex_restored_noun), "the suspension ... expired" (ex_suspension_lapses,
 * read to the sentence's end e).  Keeping a tariff off is refraining from
 * it, a pause, not a new cut. */
static int
ex_renewed_suspension(const struct ex_ctx *ctx, const struct ex_frame *f, size_t cs, size_t hi, size_t e)
{
	if (f->trigger < 0 || !ex_trigger_is(ctx->r, f->trigger, "suspend"))
		return 0;
	return ex_continued_verb(ctx->text, cs, f->anchor) || ex_extended_noun(ctx, cs, f->anchor) ||
	    ex_restored_noun(ctx->text, cs, f->anchor, f->anchor_end) ||
	    ex_suspension_lapses(ctx->text, f->anchor, f->anchor_end, e) ||
	    (f->anchor_end - f->anchor >= 6 && ex_ncasecmp(ctx->text + f->anchor, "suspen", 6) == 0 &&
	    ex_additional_suspended(ctx->text, f->anchor_end, hi)) ||
	    ex_kept_suspended(ctx->text, cs, f->anchor, f->anchor_end) ||
	    (!f->past && ex_kept_predicate(ctx->text, f->anchor_end, hi));
}
/* ex_short_topic - 1 if [s,e) has at most three words, no digit and no party: a
 * heading or a topic ("Investment", "Second, on investment."). */
static int
ex_short_topic(const struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t ws, wl, p = s;
	int words = 0;

	/* The words first: most sentences have a fourth long before their end. */
	for (; (wl = ex_word_after(ctx->text, p, e, &ws)) > 0 || ws < e; p = ws + (wl > 0 ? wl : 1))
		if (wl > 0 && ++words > 3)
			return 0;
	for (size_t k = s; k < e; k++)
		if (ctx->text[k] >= '0' && ctx->text[k] <= '9')
			return 0;
	return !ex_has_kind(ctx, RULE_ACTOR, s, e);
}
/* ex_floated_list - 1 if a proposal cue in [s,anchor) is followed by a colon
 * before anchor ("Items floated for a second phase:", "What Canada could put
 * on the table:"): the items of the list after it are floated too, not only
 * the first.  The mentions are walked, and only from a cue the bytes. */
static int
ex_floated_list(const struct ex_ctx *ctx, size_t s, size_t anchor)
{
	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < anchor; i++)
		if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].start >= s &&
		    ctx->m.v[i].value == STATUS_PROPOSED && ctx->m.v[i].end < anchor)
			return memchr(ctx->text + ctx->m.v[i].end, ':', anchor - ctx->m.v[i].end) != NULL;
	return 0;
}
/* ex_same_move - "Beijing said hours later that it would do the same", "Ottawa
 * followed suit": a party that mirrors the move told in the sentence right
 * before takes each statement of it, owed to that sentence's actor (or, when
 * that one owed a third party, to the same party); "do the same" and "follow
 * suit" in their base form make a done move a pledge.  Only a sentence with
 * "same" or "suit" (EX_LEXICON) and a party right after a sentence with
 * statements is read for the phrase, and only with no trigger of its own but
 * the phrase's ("would follow").  -1 on allocation failure. */
const struct ex_word EX_SAME_WORDS[] = {EX_W("same"), EX_W("suit")};
const size_t EX_NSAME_WORDS = EX_NWORDS(EX_SAME_WORDS);

/* ex_same_phrase - the start of the first "do the same" or "follow suit" (any
 * form) in [s,e), or EX_NOPOS; *ahead is set for the base forms ("would do
 * the same", "will follow suit"), which make a done move a pledge. */
static size_t
ex_same_phrase(const char *t, size_t s, size_t e, int *ahead)
{
	static const char *const SAME[] = {
	    " do the same", " did the same", " does the same", " doing the same", " done the same",
	    " follow suit", " followed suit", " follows suit", " following suit"};

	for (size_t k = 0; k < sizeof(SAME) / sizeof(SAME[0]); k++) {
		const char *c = memmem(t + s, e - s, SAME[k], strlen(SAME[k]));

		if (c != NULL) {
			*ahead = k == 0 || k == 5;
			return (size_t)(c - t) + 1;
		}
	}
	return EX_NOPOS;
}
/* ex_same_push - push statement x as the move of the party actor who does the
 * same at pos: a party owed the move mirrors it back ("Beijing ... would do
 * the same for its levies on American products"); a third party that follows
 * suit owes the same party; "will do the same", "to follow suit" (ahead) make
 * a move done before this party's pledge.  No deadline is copied.  -1 on
 * allocation failure. */
static int
ex_same_push(struct ex_ctx *ctx, struct ex_stmt x, int actor, int ahead, size_t pos)
{
	if (x.counterparty == actor || x.counterparty < 0)
		x.counterparty = x.actor;
	x.actor = actor;
	if (ahead && x.status == STATUS_FULFILLED)
		x.status = STATUS_PLEDGED;
	x.pos = pos;
	x.deadline[0] = x.expires[0] = '\0';
	x.carried = 1;
	return ex_stmt_push(&ctx->st, &x);
}
static int
ex_same_move(struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;
	size_t prev, n = ctx->st.n, pos;
	int actor, ahead = 0;

	/* no "same" or "suit" (EX_LEXICON), no party: nothing to read */
	if (n == 0 || !ex_lex_in(ctx, EX_LEX_SAME, s, e) || !ex_has_kind(ctx, RULE_ACTOR, s, e))
		return 0;
	/* the statements of the sentence right before */
	if ((prev = ex_sentence_before(ctx, s)) == EX_NOPOS)
		return 0;
	pos = ex_same_phrase(t, s, e, &ahead);
	/* no verb of its own but the phrase's ("would follow" is a trigger) */
	if (pos == EX_NOPOS || ex_has_kind(ctx, RULE_TRIGGER, s, pos > s + 6 ? pos - 6 : s) ||
	    ex_has_kind(ctx, RULE_TRIGGER, pos + 2, e) || ex_conditional(ctx, s, pos, e) ||
	    ex_has_kind(ctx, RULE_NEGATION, s, pos) || ex_question(t, s, e))
		return 0;
	/* "Beijing said it would do the same": the speaker is the party; "Has
	 * China done the same?", "Will Seoul follow suit?" ask, no move. */
	if ((actor = ex_find_actor(ctx, s, pos, -1)) < 0 && (actor = ex_find_speaker(ctx, s, pos)) < 0)
		return 0;
	for (size_t i = 0; i < n; i++) {
		struct ex_stmt x = ctx->st.v[i];

		if (x.sent_start != prev || x.actor == actor || x.rank <= 0 || x.orphan != 0)
			continue;
		x.sent_start = s;
		x.sent_end = e;
		if (ex_same_push(ctx, x, actor, ahead, pos) == -1)
			return -1;
	}
	return 0;
}
/* ex_same_clause - "Beijing suspended its port fees on U.S.-linked vessels for
 * a year and Washington did the same with its fees on Chinese ships", "the
 * United States will extend the suspension ..., and China will do the same
 * for its port fees", "Japan put Korea back on its white list, and Korea did
 * the same for Japan": a clause opened by "and" whose subject mirrors the move
 * of the clause before it in the same sentence [s,e) takes each statement read
 * there (from statement n0 on), as ex_same_move does for the sentence before.
 * The party stands between "and" (at most 60 bytes back, no comma or
 * semicolon between) and the phrase, with no trigger, negation or condition
 * there; a key the sentence already gives that party is left, and so is one
 * whose goods differ from goods named after the phrase.  -1 on allocation
 * failure. */
static int
ex_same_clause(struct ex_ctx *ctx, size_t s, size_t e, size_t n0)
{
	const char *t = ctx->text;
	size_t pos, and = EX_NOPOS, n = ctx->st.n;
	int actor, ahead = 0, tariffs;

	if (n == n0 || !ex_lex_in(ctx, EX_LEX_SAME, s, e) || (pos = ex_same_phrase(t, s, e, &ahead)) == EX_NOPOS)
		return 0;
	tariffs = rules_object_find(ctx->r, "tariffs");  /* after the test most sentences fail */
	/* the last " and " before the phrase, in its clause */
	for (size_t k = pos; k > s + 5 && pos - k < 60; k--) {
		if (t[k - 1] == ',' || t[k - 1] == ';')
			break;
		if (ex_ncasecmp(t + k - 5, " and ", 5) == 0) {
			and = k - 5;
			break;
		}
	}
	if (and == EX_NOPOS || ex_has_kind(ctx, RULE_TRIGGER, and, pos > and + 6 ? pos - 6 : and) || ex_has_kind(ctx, RULE_TRIGGER, pos + 2, e) ||
	    ex_has_kind(ctx, RULE_NEGATION, and, pos) || ex_conditional(ctx, and, pos, e) || ex_question(t, s, e) ||
	    (actor = ex_find_actor(ctx, and, pos, -1)) < 0)
		return 0;
	for (size_t i = n0; i < n; i++) {
		struct ex_stmt x = ctx->st.v[i];
		int have = 0;

		if (x.pos >= and || x.actor == actor || x.rank <= 0 || x.orphan != 0)
			continue;
		for (size_t j = n0; j < ctx->st.n && !have; j++)
			have = ctx->st.v[j].actor == actor && ctx->st.v[j].action == x.action &&
			    ctx->st.v[j].object == x.object;
		/* "and India will do the same for European beef", "and Canberra
		 * will do the same for its port fees": goods or a measure of the
		 * clause's own are another move ("with its duties on Canadian
		 * steel": the tariffs in general are the same one) */
		for (size_t j = ex_first(ctx, pos); j < ctx->m.n && ctx->m.v[j].start < e && !have; j++)
			have = ctx->m.v[j].start >= pos && ctx->m.v[j].kind == RULE_OBJECT && ctx->m.v[j].value != x.object &&
			    ctx->m.v[j].value != tariffs;
		if (have)
			continue;
		if (ex_same_push(ctx, x, actor, ahead, pos) == -1)
			return -1;
	}
	return 0;
}
static int ex_prep_np(const char *t, size_t lo, size_t pos);
static int ex_so_do(const char *t, size_t cs, size_t anchor);
/* ex_owned_measure - the start of the first mention in [s,e) of measure obj
 * held by party: the party as a possessive ("Beijing's", "China\u2019s"), not
 * after a preposition, then at most two words in lower case before it
 * ("Beijing's mirror-image charges on American vessels", "China's own fees on
 * US ships"); EX_NOPOS if none.  A bare name before the noun ("US tariffs")
 * is as often the measure answered ("countermeasures against US tariffs"). */
static size_t
ex_owned_measure(const struct ex_ctx *ctx, size_t s, size_t e, int party, int obj)
{
	static const struct ex_word COUNTER[] = {
	    EX_W("retaliation"), EX_W("countermeasures"), EX_W("counter-measures"), EX_W("counter-tariff"),
	    EX_W("counter-tariffs")};
	const char *t = ctx->text;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t p = x->end, ws, wl, cs;
		int w = 0;

		if (x->kind != RULE_ACTOR || x->value != party || x->start < s)
			continue;
		if (p + 2 < e && t[p] == '\'' && t[p + 1] == 's')
			p += 2;
		else if (p + 4 < e && memcmp(t + p, "\xe2\x80\x99s", 4) == 0)
			p += 4;
		else
			continue;
		/* "countermeasures against Washington's tariffs": the party's
		 * measure is what the move answers, not a move of its own. */
		if (ex_prep_np(t, s, x->start))
			continue;
		for (;;) {
			while (p < e && t[p] == ' ')
				p++;
			for (size_t j = i + 1; j < ctx->m.n && ctx->m.v[j].start <= p; j++)
				if (ctx->m.v[j].start == p && ctx->m.v[j].kind == RULE_OBJECT && ctx->m.v[j].value == obj)
					return x->start;
			if (w++ == 2 || (wl = ex_word_after(t, p, e, &ws)) == 0 || ws != p || t[ws] < 'a' || t[ws] > 'z')
				break;
			/* "mirror-image", "counter-tariff": one word */
			for (p = ws + wl; p + 1 < e && t[p] == '-' && ex_word_byte((unsigned char)t[p + 1]);)
				p += 1 + ex_word_after(t, p + 1, e, &cs);
			/* "China's retaliation", "Beijing's countermeasures": the
			 * party's answer in kind to the measure told. */
			if (ex_word_in(COUNTER, EX_NWORDS(COUNTER), t + ws, p - ws))
				return x->start;
		}
	}
	return EX_NOPOS;
}
/* ex_owners_pair - "Washington's fees on Chinese-linked ships, and Beijing's
 * mirror-image charges on American vessels, remain suspended", "US port fees
 * on Chinese ships remain suspended, and so do China's fees on US ships": two
 * parties each holding a measure of the same kind, one verb told of both.
 * The sentence [s,e) gives the move (from statement n0 on) to one of them; a
 * measure of the same kind named as the other party's (a possessive before
 * it) is that party's own move, owed back.  Only a measure (port fees,
 * sanctions, tariffs) that either party may levy; goods after a possessive
 * ("tariffs on China's steel") are no measure of that party's.  -1 on
 * allocation failure. */
static int
ex_owners_pair(struct ex_ctx *ctx, size_t s, size_t e, size_t n0)
{
	const char *t = ctx->text;
	size_t n = ctx->st.n, own;

	for (size_t i = n0; i < n; i++) {
		struct ex_stmt x = ctx->st.v[i];
		const struct rule_object *ob;
		int have = 0, same = 0;

		if (x.rank <= 0 || x.orphan != 0 || x.object < 0 || x.counterparty < 0 || x.counterparty == x.actor)
			continue;
		ob = &ctx->r->objects[x.object];
		if (ob->measure < 0 || ob->owner >= 0 ||
		    (own = ex_owned_measure(ctx, s, e, x.counterparty, x.object)) == EX_NOPOS)
			continue;
		/* One verb told of both: the other's measure stands in the subject
		 * before the verb, beside the mover's own, with no verb or denial
		 * between ("Washington's fees ..., and Beijing's
		 * charges ..., remain suspended"), or after it in a clause of "as do", "and so are"
		 * ("..., as do China's own fees on US ships"); not "..., but
		 * Beijing's fees on US ships remain in place". */
		if (own < x.pos) {
			/* ... with the mover's own measure named there too: "India's
			 * tariff on Scotch was halved" alone tells one measure. */
			if (ex_has_kind(ctx, RULE_TRIGGER, own, x.pos) || ex_has_kind(ctx, RULE_NEGATION, own, x.pos) ||
			    memchr(t + own, ';', x.pos - own) != NULL ||
			    ex_owned_measure(ctx, s, x.pos, x.actor, x.object) == EX_NOPOS)
				continue;
		} else {
			size_t k = own, ws, wl = ex_word_before(t, own, x.pos, &ws);
			int joined;

			while (k > x.pos && t[k - 1] != ',' && t[k - 1] != ';')
				k--;
			/* "keeping the US tariff at 10% and China's counter-tariff at
			 * the same level": a second object of the verb, with no verb,
			 * status or denial of its own after it. */
			joined = wl == 3 && ex_ncasecmp(t + ws, "and", 3) == 0 && ws > 0 && t[ws - 1] != ',' &&
			    !ex_has_kind(ctx, RULE_TRIGGER, own, e) && !ex_has_kind(ctx, RULE_CUE, own, e) &&
			    !ex_has_kind(ctx, RULE_NEGATION, own, e);

			if (!joined && (k == x.pos || !ex_so_do(t, k, own)))
				continue;
			/* "... and China's counter-tariff at the same level": the
			 * figure told is both parties'. */
			same = joined && memmem(t + own, e - own, " same ", 6) != NULL;
		}
		for (size_t j = n0; j < ctx->st.n && !have; j++)
			have = ctx->st.v[j].actor == x.counterparty && ctx->st.v[j].action == x.action &&
			    ctx->st.v[j].object == x.object;
		if (have)
			continue;
		x.counterparty = x.actor;
		x.actor = ctx->st.v[i].counterparty;
		if (!same)
			memset(&x.quantity, 0, sizeof(x.quantity));
		x.carried = 1;
		if (ex_stmt_push(&ctx->st, &x) == -1)
			return -1;
	}
	return 0;
}
/* ex_while_gerund - 1 if the clause at [pos,hi) opens with "while" and a gerund
 * ("while keeping its 10% duty", "while retaining the 10 percent rate"): a clause
 * whose subject is the clause's before it. */
static int
ex_while_gerund(const char *t, size_t pos, size_t hi)
{
	size_t ws, wl = ex_word_after(t, pos, hi, &ws);

	if (wl != 5 || ex_ncasecmp(t + ws, "while", 5) != 0 || ws > pos + 3)
		return 0;
	wl = ex_word_after(t, ws + 5, hi, &ws);
	return wl > 4 && ex_ncasecmp(t + ws + wl - 3, "ing", 3) == 0;
}
/* ex_while_clause - 1 if the clause at pos opens with "while", "though",
 * "although" or "whereas": a contrast whose own subject may be the rate kept
 * ("..., while the 10 percent tariff is retained"). */
static int
ex_while_clause(const char *t, size_t pos, size_t hi)
{
	static const struct ex_word WHILE[] = {
	    EX_W("while"), EX_W("though"), EX_W("although"), EX_W("whereas")};
	size_t ws, wl = ex_word_after(t, pos, hi, &ws);

	return wl > 0 && ws <= pos + 3 && ex_word_in(WHILE, EX_NWORDS(WHILE), t + ws, wl);
}
/* ex_as_of - 1 if the break ", as" at k opens ", as of" and a date: "The
 * United States eliminated, as of today, the tariff on Brazilian coffee",
 * "lifted, as of January 1, its ban": an aside, no clause; or ", as well as",
 * which adds to the verb's objects ("agreed to buy 100 Boeing aircraft,
 * according to Trump, as well as $8 billion of U.S. farm goods"). */
static int
ex_as_of(const char *t, size_t k, size_t e)
{
	return (k + 8 <= e && ex_ncasecmp(t + k, ", as of ", 8) == 0) ||
	    (k + 13 <= e && ex_ncasecmp(t + k, ", as well as ", 13) == 0);
}
/* ex_relative_state - 1 if the break "which" at k opens a relative clause set
 * off by commas between a measure and the state its main clause gives it:
 * "The sweeping controls announced on October 9, which would have applied
 * Chinese rules to foreign-made goods, remain suspended", "The fentanyl
 * tariff, which the U.S. cut to 10% in November, was lifted in June".  After
 * the closing comma (no ";" first): "remain(s|ed)", "stay(s|ed)", "was",
 * "were", "has been" or "have been", perhaps "still", then a verb of
 * suspending or lifting or "on hold"; the relative clause has no verb and no
 * cue of a status past a pledge the rules read ("which Beijing suspended in
 * November", "which China began charging in October" are read on their own;
 * "which would have hit carmakers" tells a hypothesis), and no party
 * that the sentence [s,...) does not name before it.  One
 * clause: the measure is the verb's subject. */
static int
ex_relative_state(const struct ex_ctx *ctx, size_t s, size_t k, size_t e)
{
	static const struct ex_word BE[] = {
	    EX_W("remain"), EX_W("remains"), EX_W("remained"), EX_W("stay"), EX_W("stays"),
	    EX_W("stayed"), EX_W("was"), EX_W("were"), EX_W("has"), EX_W("have")};
	static const struct ex_word STATE[] = {
	    EX_W("suspended"), EX_W("lifted"), EX_W("paused"), EX_W("frozen"), EX_W("removed"),
	    EX_W("scrapped"), EX_W("dropped"), EX_W("shelved"), EX_W("on")};
	const char *t = ctx->text;
	size_t c, ws, wl;

	if (k < 2 || t[k - 1] != ' ' || t[k - 2] != ',' || k + 6 > e || ex_ncasecmp(t + k, "which ", 6) != 0)
		return 0;
	for (c = k + 6; c < e && t[c] != ',' && t[c] != ';'; c++)
		continue;
	if (c >= e || t[c] != ',' || ex_has_kind(ctx, RULE_TRIGGER, k, c))
		return 0;
	for (size_t i = ex_first(ctx, k); i < ctx->m.n && ctx->m.v[i].start < c; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		int named = 0;

		if (x->kind == RULE_CUE && x->value != STATUS_PLEDGED && x->value != STATUS_PROPOSED)
			return 0;
		/* "which would have choked supplies to carmakers in Ohio": a party
		 * the main clause does not name would take its place; an adjective
		 * of goods or rules ("Chinese rare earths") names no one new. */
		if (x->kind != RULE_ACTOR || (x->end + 1 < c && t[x->end] == ' ' &&
		    t[x->end + 1] >= 'a' && t[x->end + 1] <= 'z' &&
		    !((wl = ex_word_before(t, x->start, k, &ws)) == 2 && ex_ncasecmp(t + ws, "in", 2) == 0)))
			continue;
		for (size_t j = ex_first(ctx, s); j < ctx->m.n && ctx->m.v[j].start < k; j++)
			named |= ctx->m.v[j].kind == RULE_ACTOR && ctx->m.v[j].value == x->value;
		if (!named)
			return 0;
	}
	if ((wl = ex_word_after(t, c + 1, e, &ws)) == 0 ||
	    !ex_word_in(BE, EX_NWORDS(BE), t + ws, wl))
		return 0;
	if ((wl == 3 && ex_ncasecmp(t + ws, "has", 3) == 0) || (wl == 4 && ex_ncasecmp(t + ws, "have", 4) == 0)) {
		if ((wl = ex_word_after(t, ws + wl, e, &ws)) != 4 || ex_ncasecmp(t + ws, "been", 4) != 0)
			return 0;
	}
	if ((wl = ex_word_after(t, ws + wl, e, &ws)) == 5 && ex_ncasecmp(t + ws, "still", 5) == 0)
		wl = ex_word_after(t, ws + wl, e, &ws);
	if (wl == 2 && ex_ncasecmp(t + ws, "on", 2) == 0)
		return ex_word_after(t, ws + wl, e, &ws) == 4 && ex_ncasecmp(t + ws, "hold", 4) == 0;
	return ex_word_in(STATE, EX_NWORDS(STATE), t + ws, wl);
}
/* ex_so_do - 1 if the clause [cs,anchor) opens with "so" or "as" and a form of
 * "be", "have" or "do" before the measure at anchor, at most three words
 * between: "..., and so are the port fees on Chinese-built ships", "..., and
 * so has its duty on U.S. pork", "..., as do the sanctions on its units": the
 * measure shares the verb of the clause before. */
static int
ex_so_do(const char *t, size_t cs, size_t anchor)
{
	static const struct ex_word AUX[] = {
	    EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"), EX_W("has"), EX_W("have"),
	    EX_W("had"), EX_W("do"), EX_W("does"), EX_W("did")};
	size_t p = cs, ws, wl;

	while (p < anchor && (t[p] == ',' || t[p] == ' '))
		p++;
	if ((wl = ex_word_after(t, p, anchor, &ws)) == 3 && ex_ncasecmp(t + ws, "and", 3) == 0)
		wl = ex_word_after(t, ws + wl, anchor, &ws);
	if (wl != 2 || (ex_ncasecmp(t + ws, "so", 2) != 0 && ex_ncasecmp(t + ws, "as", 2) != 0) ||
	    (wl = ex_word_after(t, ws + wl, anchor, &ws)) == 0 || !ex_word_in(AUX, EX_NWORDS(AUX), t + ws, wl))
		return 0;
	p = ws + wl;
	for (int w = 0; (wl = ex_word_after(t, p, anchor, &ws)) > 0; w++) {
		if (w == 3 || memchr(t + p, ',', ws - p) != NULL)
			return 0;
		p = ws + wl;
	}
	return 1;
}
/* ex_none_before - 1 if the noun phrase at pos is denied by the words before
 * it in [s,pos): "no" or "any" ("no wheat commitment", "never any commitment
 * on wheat"), or "a"/"an" after a denied verb of having or making ("does not
 * include a wheat commitment", "hasn't made a commitment on corn"; "did not
 * break a commitment" tells one); one lower-case adjective may stand between
 * when adj is set ("no specific commitment on wheat", "no new pledge for
 * corn"). */
static int
ex_none_before(const char *t, size_t s, size_t pos, int adj)
{
	static const struct ex_word NONE[] = {EX_W("no"), EX_W("any")};
	static const struct ex_word A[] = {EX_W("a"), EX_W("an")};
	static const struct ex_word HAVE[] = {
	    EX_W("include"), EX_W("included"), EX_W("contain"), EX_W("make"), EX_W("made"), EX_W("give"), EX_W("given"),
	    EX_W("have"), EX_W("set"), EX_W("offer"), EX_W("offered"), EX_W("mention"), EX_W("carry")};
	size_t ws, wl = ex_word_before(t, pos, s, &ws);

	if (adj && wl > 2 && !ex_word_in(NONE, EX_NWORDS(NONE), t + ws, wl) && t[ws] >= 'a' && t[ws] <= 'z' &&
	    ws + wl < pos && t[ws + wl] == ' ')
		wl = ex_word_before(t, ws, s, &ws);
	if (wl == 0)
		return 0;
	if (ex_word_in(NONE, EX_NWORDS(NONE), t + ws, wl))
		return 1;
	if (!ex_word_in(A, EX_NWORDS(A), t + ws, wl) || (wl = ex_word_before(t, ws, s, &ws)) == 0 ||
	    !ex_word_in(HAVE, EX_NWORDS(HAVE), t + ws, wl))
		return 0;
	return ex_cue_denied(t, s, ws);
}
/* ex_uncommitted - 1 if sentence [s,e) says there is no commitment on the
 * goods obj: "no wheat purchase commitment has been announced", "the deal
 * includes no sorghum target", "There was never any commitment on wheat",
 * "there is no specific commitment on corn", "the agreement does not include
 * a wheat commitment": buying them is trade, no commitment. */
static int
ex_uncommitted(const struct ex_ctx *ctx, size_t s, size_t e, int obj)
{
	static const struct ex_word COMMIT[] = {
	    EX_W("commitment"), EX_W("commitments"), EX_W("pledge"), EX_W("pledges"),
	    EX_W("target"), EX_W("targets"), EX_W("promise"), EX_W("promises")};
	static const struct ex_word OF[] = {EX_W("on"), EX_W("for")};
	const char *t = ctx->text;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
		const struct ex_mention *x = &ctx->m.v[i];
		size_t ws, wl, p;
		int w;

		if (x->kind != RULE_OBJECT || x->value != obj || x->start < s)
			continue;
		/* "no wheat (purchase) commitment" */
		if (ex_none_before(t, s, x->start, 0))
			for (w = 0, p = x->end; w < 2 && (wl = ex_word_after(t, p, e, &ws)) > 0 && ws == p + 1; w++, p = ws + wl)
				if (ex_word_in(COMMIT, EX_NWORDS(COMMIT), t + ws, wl))
					return 1;
		/* "no commitment on (U.S.) wheat", "never any commitment on wheat" */
		p = x->start;
		for (w = 0; w < 3 && (wl = ex_word_before(t, p, s, &ws)) > 0 && !ex_word_in(OF, EX_NWORDS(OF), t + ws, wl); w++)
			p = ws;
		if (w == 3 || wl == 0 || (wl = ex_word_before(t, ws, s, &ws)) == 0 ||
		    !ex_word_in(COMMIT, EX_NWORDS(COMMIT), t + ws, wl))
			continue;
		if (ex_none_before(t, s, ws, 1))
			return 1;
	}
	return 0;
}
/* ex_prep_np - 1 if a preposition stands among the five words before pos in
 * [lo,pos), no comma between: the noun phrase at pos is the object of a
 * preposition ("countermeasures against US steel tariffs", "protested against
 * the corn tariff cut"), not a verb's subject ("any future pharmaceutical
 * tariff would not exceed 15%"). */
static int
ex_prep_np(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word PREP[] = {
	    EX_W("against"), EX_W("on"), EX_W("over"), EX_W("to"), EX_W("for"), EX_W("of"),
	    EX_W("from"), EX_W("with"), EX_W("by"), EX_W("about"), EX_W("under")};
	size_t ws, wl, p = pos;

	for (int w = 0; w < 5 && (wl = ex_dotted_before(t, p, lo, &ws)) > 0; w++, p = ws) {
		if (memchr(t + ws, ',', p - ws) != NULL)
			return 0;
		if (ex_word_in(PREP, EX_NWORDS(PREP), t + ws, wl))
			return 1;
	}
	return 0;
}
/* ex_and_subject - 1 if the party named at mention j opens a clause of its own
 * after a bare "and": a verb of commitment stands in the clause before it (from
 * lo), and a finite verb (or one of commitment in the past or the present)
 * follows the party within three words.  "The U.S. lowered its tariffs on Chinese goods and China resumed
 * buying American soybeans": each clause has its own status.  "The U.S. and
 * China agreed" (no verb before), "goods from Japan and Korea" (no verb
 * after), "raised in Canada and Mexico has been" (parties listed) and
 * "Chinese-built and Chinese-operated vessels" (a compound) join no clauses. */
static int
ex_and_subject(const struct ex_ctx *ctx, size_t lo, size_t j, size_t e)
{
	static const struct ex_word FINITE[] = {
	    EX_W("will"), EX_W("would"), EX_W("has"), EX_W("have"), EX_W("had"), EX_W("is"),
	    EX_W("are"), EX_W("was"), EX_W("were"), EX_W("did"), EX_W("could"), EX_W("can"),
	    EX_W("said"), EX_W("says"), EX_W("began"), EX_W("begun"), EX_W("started")};
	const char *t = ctx->text;
	const struct ex_mention *x = &ctx->m.v[j];
	size_t k = x->start, p = x->end, ws, wl;

	if (k < lo + 6 || t[k - 1] != ' ' || ex_ncasecmp(t + k - 4, "and", 3) != 0 || t[k - 5] != ' ' ||
	    t[k - 6] == ',' || (p < e && t[p] == '-') || !ex_has_kind(ctx, RULE_TRIGGER, lo, k - 5))
		return 0;
	/* "cattle raised in Canada and Mexico has been allowed": parties listed */
	for (size_t i = j; i-- > 0 && ctx->m.v[i].end + 5 >= k;)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].end + 5 == k)
			return 0;
	for (int w = 0; w < 3 && (wl = ex_word_after(t, p, e, &ws)) > 0; w++, p = ws + wl) {
		if (ex_word_in(FINITE, EX_NWORDS(FINITE), t + ws, wl))
			return 1;
		/* a verb of commitment in the past or the present ("resumed",
		 * "cuts"), not a bare one ("saw Washington lower tariffs and
		 * Beijing suspend its controls": one "saw" governs both) */
		for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start <= ws; i++)
			if (ctx->m.v[i].start == ws && ctx->m.v[i].kind == RULE_TRIGGER &&
			    (ctx->m.v[i].past || t[ctx->m.v[i].end - 1] == 's'))
				return 1;
		if (ws + wl < e && (t[ws + wl] == ',' || t[ws + wl] == ';'))
			return 0;
	}
	return 0;
}
/* ex_relative_aside - 1 if the break "which" at k opens a relative clause set
 * off by commas between the sentence's opening subject and its verb, and the
 * clause names no party, goods, verb of a commitment or status cue: "China's
 * port fees, which were imposed in October, remain suspended", "Japan's ban
 * on beef, which dates back to 2003, will be lifted".  The subject (at most
 * six words, no comma) and the verb after the closing comma (a word in lower
 * case that opens no clause of its own) are one clause.  A figure other than a
 * year keeps the clause apart (its rate is not the verb's). */
/* ex_cap_verb - 1 if the words at p put a ceiling on the subject's rate: a
 * modal or "remain(s)" then "not exceed", "not rise above", "be no higher
 * than", "be capped", or a bare "are capped", "remain capped at": "tariffs
 * on Swiss drugs, which ..., will not exceed 15%". */
static int
ex_cap_verb(const char *t, size_t p, size_t e)
{
	static const struct ex_word MODAL[] = {
	    EX_W("will"), EX_W("would"), EX_W("shall"), EX_W("could"), EX_W("can"), EX_W("should"),
	    EX_W("must"), EX_W("remain"), EX_W("remains"), EX_W("stay"), EX_W("stays")};
	static const struct ex_word CAP[] = {
	    EX_W("not exceed"), EX_W("not rise above"), EX_W("not go above"), EX_W("be no higher than"),
	    EX_W("not be higher than"), EX_W("be capped"), EX_W("remain capped"), EX_W("stay capped"),
	    EX_W("capped"), EX_W("are capped"), EX_W("is capped"), EX_W("no higher than")};
	size_t ws, wl;

	if ((wl = ex_word_after(t, p, e, &ws)) == 0)
		return 0;
	if (ex_word_in(MODAL, EX_NWORDS(MODAL), t + ws, wl) && (wl = ex_word_after(t, ws + wl, e, &ws)) == 0)
		return 0;
	return ex_phrase_at(CAP, EX_NWORDS(CAP), t, ws, e);
}
/* ex_cap_neg_lo - where a negation before the anchor may stand, from lo: past
 * the closing comma of a ", which ..." clause the cap verb follows ("tariffs
 * on Swiss drugs, which the reciprocal tariff does not cover, will not exceed
 * 15%": the clause's "not" denies the cover, not the cap). */
static size_t
ex_cap_neg_lo(const char *t, size_t cs, size_t lo, size_t anchor, size_t e)
{
	const char *c, *w;
	size_t close;

	for (close = anchor; close > lo && t[close - 1] != ','; close--)
		;
	if (close <= lo || !ex_cap_verb(t, close, e) || close - 1 <= cs ||
	    (w = memmem(t + cs, close - 1 - cs, ", which ", 8)) == NULL ||
	    ((c = memchr(w + 1, ',', (size_t)(t + close - 1 - (w + 1)))) != NULL && c != t + close - 1))
		return lo;
	return close;
}
static int
ex_relative_aside(const struct ex_ctx *ctx, size_t s, size_t k, size_t e)
{
	static const struct ex_word OPEN[] = {
	    EX_W("and"), EX_W("but"), EX_W("or"), EX_W("the"), EX_W("a"), EX_W("an"), EX_W("which"),
	    EX_W("who"), EX_W("as"), EX_W("while"), EX_W("after"), EX_W("before"), EX_W("saying"),
	    EX_W("said"), EX_W("says"), EX_W("according"), EX_W("it"), EX_W("they"), EX_W("he"),
	    EX_W("she"), EX_W("we"), EX_W("in"), EX_W("on"), EX_W("at"), EX_W("with"), EX_W("for"),
	    EX_W("from"), EX_W("to"), EX_W("of"), EX_W("by"), EX_W("including"), EX_W("not")};
	const char *t = ctx->text, *c;
	const struct ex_gloss *g;
	size_t ws, wl, ns, nl, close;
	int words = 0, cap, owned;

	if (k < s + 3 || t[k - 1] != ' ' || t[k - 2] != ',' || (wl = ex_word_after(t, k, e, &ws)) != 5 ||
	    ws != k || ex_ncasecmp(t + ws, "which", 5) != 0 ||
	    (c = memchr(t + k, ',', e - k)) == NULL)
		return 0;
	close = (size_t)(c - t);
	if ((nl = ex_word_after(t, close + 1, e, &ns)) == 0 || t[ns] < 'a' || t[ns] > 'z' ||
	    ex_word_in(OPEN, EX_NWORDS(OPEN), t + ns, nl) || memchr(t + k, ';', close - k) != NULL)
		return 0;
	for (size_t p = s; p < k - 2; p++)
		if (t[p] == ',' || t[p] == ';')
			return 0;
	/* "which rose to 23% last year": a figure of its own stays apart. */
	for (size_t p = k; p < close; p++) {
		if (t[p] < '0' || t[p] > '9')
			continue;
		if (p + 4 <= close && (t[p] == '1' || t[p] == '2') && !ex_word_byte((unsigned char)t[p - 1]) &&
		    t[p + 1] >= '0' && t[p + 1] <= '9' && t[p + 2] >= '0' && t[p + 2] <= '9' &&
		    t[p + 3] >= '0' && t[p + 3] <= '9' && (p + 4 == close || !ex_word_byte((unsigned char)t[p + 4]))) {
			p += 3;
			continue;
		}
		return 0;
	}
	/* "The US agreed that tariffs on Swiss drugs, which ...": the subject of a
	 * clause after "that" starts past it. */
	for (size_t p = k - 2; words <= 6 && (wl = ex_word_before(t, p, s, &ws)) > 0; p = ws) {
		if (wl == 4 && words > 0 && ex_ncasecmp(t + ws, "that", 4) == 0)
			break;
		words++;
	}
	if (words == 0 || words > 6)
		return 0;
	/* Before a ceiling ("..., which the reciprocal tariff does not cover, will
	 * not exceed 15%", "..., which are not part of the August deal, would be no
	 * higher than") the clause may name a party, a measure or a deal: a cap
	 * has no other subject to take.  Goods of their own ("which the steel
	 * tariff does not affect"), a verb of commitment, or a cue other than a
	 * pledge's ("which Washington is still studying") keep it apart. */
	cap = ex_cap_verb(t, close + 1, e);
	/* "It kept the affiliates rule, which would have put subsidiaries of
	 * listed Chinese firms under export controls, suspended": a party in the
	 * gloss of a measure only one party wields is whom it reaches, no actor
	 * of a clause of its own. */
	owned = (g = ex_in_gloss(ctx, k)) != NULL && g->owned && g->hi == close;
	for (size_t i = ex_first(ctx, k); i < ctx->m.n && ctx->m.v[i].start < close; i++) {
		int kind = ctx->m.v[i].kind;

		if (owned && kind == RULE_ACTOR)
			continue;

		if (cap && kind != RULE_TRIGGER && (kind != RULE_CUE || ctx->m.v[i].value == STATUS_PLEDGED) &&
		    (kind != RULE_OBJECT || ctx->r->objects[ctx->m.v[i].value].measure >= 0))
			continue;
		if (ctx->m.v[i].start >= k && (kind == RULE_ACTOR || kind == RULE_OBJECT || kind == RULE_TRIGGER ||
		    kind == RULE_CUE || kind == RULE_MEASURE))
			return 0;
	}
	return 1;
}
/* EX_UNCOVERED_WORDS - the first words of ex_uncovered_apply's phrases (EX_LEX_NOT). */
const struct ex_word EX_UNCOVERED_WORDS[] = {
    EX_W("not"), EX_W("never"), EX_W("no"), EX_W("part"), EX_W("covered"), EX_W("included")};
const size_t EX_NUNCOVERED_WORDS = EX_NWORDS(EX_UNCOVERED_WORDS);
/* ex_uncovered_apply - a statement whose goods the next sentence says no deal
 * covers is no commitment: "There was no sign yet of Chinese purchases of U.S.
 * sorghum or wheat, traders said. Neither grain is covered by a published
 * commitment", "Chinese buying of U.S. corn has stalled. Corn is not part of
 * the deal".  The next sentence opens with those goods or with "Neither" /
 * "None", at most eight words and no comma before "not/never/no part of",
 * "not covered", "not included".  Another statement of the key stands. */
static void
ex_uncovered_apply(struct ex_ctx *ctx)
{
	static const struct ex_word NOT[] = {
	    EX_W(" not part of "), EX_W(" never part of "), EX_W(" no part of "), EX_W(" not covered "),
	    EX_W(" never covered "), EX_W(" not included "), EX_W(" never included "),
	    /* after "Neither" or "None": "Neither grain is covered by ..." */
	    EX_W(" part of "), EX_W(" covered by "), EX_W(" covered under "), EX_W(" included in ")};
	const size_t plain = 7;  /* NOT[plain] and on need "Neither" or "None" */
	static const struct ex_word DEAL[] = {
	    EX_W("deal"), EX_W("bargain"), EX_W("agreement"), EX_W("commitment"), EX_W("commitments"),
	    EX_W("pledge"), EX_W("truce"), EX_W("package"), EX_W("framework"), EX_W("accord"),
	    EX_W("pact"), EX_W("promise")};
	const char *t = ctx->text;

	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];
		size_t p, end, q = EX_NOPOS, ws, wl;
		int words = 0, goods = 0, none;

		if (x->orphan != 0 || x->sent_end >= ctx->len || ctx->r->objects[x->object].measure >= 0)
			continue;
		p = ex_answer_span(t, x->sent_end, ctx->len, &end);
		wl = ex_word_after(t, p, end, &ws);
		none = (wl == 7 && ex_ncasecmp(t + ws, "neither", 7) == 0) ||
		    (wl == 4 && ex_ncasecmp(t + ws, "none", 4) == 0);
		/* The first word of a phrase stands between spaces, so the automaton
		 * reports it where it starts (at most 121 bytes on): none, no phrase. */
		if (!ex_lex_in(ctx, EX_LEX_NOT, p, end < p + 121 ? end : p + 121))
			continue;
		/* Every phrase opens with a space: only spaces are tried, and the
		 * letter after the space before the rest. */
		for (size_t k = p; k < end && q == EX_NOPOS && k < p + 120; k++)
			for (size_t n = 0; t[k] == ' ' && n < (none ? EX_NWORDS(NOT) : plain); n++)
				if (k + NOT[n].n <= end && ex_lower((unsigned char)t[k + 1]) == NOT[n].s[1] &&
				    ex_ncasecmp(t + k, NOT[n].s, NOT[n].n) == 0) {
					q = k;
					break;
				}
		if (q == EX_NOPOS || memchr(t + p, ',', q - p) != NULL)
			continue;
		/* "not part of the deal", "not covered by any purchase commitment";
		 * not "not part of the discussions". */
		for (size_t k = q + 1, w = 0; w < 6 && (wl = ex_word_after(t, k, end, &ws)) > 0 && !goods;
		    k = ws + wl, w++)
			goods = ex_word_in(DEAL, EX_NWORDS(DEAL), t + ws, wl);
		if (!goods)
			continue;
		goods = none;
		for (size_t k = p; words <= 8 && (wl = ex_word_after(t, k, q, &ws)) > 0; k = ws + wl)
			words++;
		for (size_t k = ex_first(ctx, p); k < ctx->m.n && ctx->m.v[k].start < q && !goods; k++)
			goods = ctx->m.v[k].start >= p && ctx->m.v[k].kind == RULE_OBJECT &&
			    ctx->m.v[k].value == x->object;
		if (goods && words <= 8)
			x->orphan = EX_REFUSED;
	}
}
/* ex_seller_firms - 1 if every mention of party a in [s,pos) names its firms
 * (ex_licence_holder: "US magnet makers", "some American buyers", "U.S. car
 * and appliance makers") and there is one at least: a seller's firms buying
 * are its market, no commitment of the seller's ("sellers" in rules.json);
 * "The Pentagon agreed to buy gallium" names the party itself. */
static int
ex_seller_firms(const struct ex_ctx *ctx, size_t s, size_t pos, int a)
{
	int firms = 0;

	for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < pos; i++) {
		const struct ex_mention *x = &ctx->m.v[i];

		if (x->kind != RULE_ACTOR || x->value != a || x->start < s)
			continue;
		if (!ex_licence_holder(ctx, x, pos))
			return 0;
		firms = 1;
	}
	return firms;
}
/* ex_market_choice - 1 if sentence [s,e) tells buying as a buyer's own market
 * choice and not as any deal's: "on price" ending its phrase ("feed mills have
 * bought 1 million tons on price alone", "importers bought US sorghum on
 * price, ..."), "purely commercial" ("a purely commercial transaction"), or
 * "not/never part of" a deal or commitment within three words ("Purchases of
 * corn, which were not part of the deal, have risen", "though that business
 * is not part of any agreement").  "on price escalation clauses", "weigh on
 * prices" and "not part of the talks" say nothing of the kind. */
static int
ex_market_choice(const char *t, size_t s, size_t e)
{
	static const struct ex_word DEAL[] = {
	    EX_W("deal"), EX_W("deals"), EX_W("agreement"), EX_W("agreements"), EX_W("commitment"),
	    EX_W("commitments"), EX_W("pledge"), EX_W("accord"), EX_W("truce"), EX_W("package"),
	    EX_W("programme"), EX_W("program"), EX_W("promise")};
	const char *p;
	size_t ns, nl;

	/* Each phrase is found by its bytes first: most sentences have none. */
	for (p = t + s; (p = memmem(p, t + e - p, " on price", 9)) != NULL; p += 9) {
		size_t q = (size_t)(p - t) + 9;

		if (q == e || (!ex_word_byte((unsigned char)t[q]) && t[q] != ' ') ||
		    (q + 6 <= e && ex_ncasecmp(t + q, " alone", 6) == 0))
			return 1;
	}
	if (memmem(t + s, e - s, "purely commercial", 17) != NULL)
		return 1;
	for (p = t + s; (p = memmem(p, t + e - p, " part of ", 9)) != NULL; p += 9) {
		size_t ws, wl = ex_word_before(t, (size_t)(p - t), s, &ws);

		if (!(wl == 3 && ex_ncasecmp(t + ws, "not", 3) == 0) &&
		    !(wl == 5 && ex_ncasecmp(t + ws, "never", 5) == 0))
			continue;
		for (size_t k = (size_t)(p - t) + 9, w = 0; w < 3 && (nl = ex_word_after(t, k, e, &ns)) > 0;
		    k = ns + nl, w++)
			if (ex_word_in(DEAL, EX_NWORDS(DEAL), t + ns, nl))
				return 1;
	}
	return 0;
}
/* ex_market_choice_apply - buying under way or done that its own sentence
 * tells as a market choice (ex_market_choice) is no commitment's progress:
 * "Chinese feed mills have bought more than 1 million tons of U.S. sorghum
 * since November on price alone".  Another statement of the key stands. */
static void
ex_market_choice_apply(struct ex_ctx *ctx)
{
	for (size_t i = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];

		if (x->orphan == 0 && ex_action_is(RULES_ACTIONS[x->action], "purchase") &&
		    ex_market_choice(ctx->text, x->sent_start, x->sent_end))
			x->orphan = EX_REFUSED;
	}
}
/*
 * ex_verdict - the status a scorecard's verdict gives the item it closes: a
 * sentence of its own, ending in a full stop, that is only a status cue (a
 * mention covering its words, "still" perhaps before it) or "done", "kept",
 * "met", "achieved", a label such as "Status:", "Verdict:" or "Progress:"
 * perhaps before it ("On track.", "Stalled.", "Done.", "Progress: under
 * way.", "Status: still in limbo.").  -1 when [s,e) is no verdict.  A
 * heading has no full stop; "Verdict: mostly false." names no status.
 */
static int
ex_verdict(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word LABEL[] = {
	    EX_W("status"), EX_W("verdict"), EX_W("progress"), EX_W("rating"), EX_W("assessment"),
	    EX_W("outcome"), EX_W("grade")};
	static const struct ex_word DONE[] = {
	    EX_W("done"), EX_W("kept"), EX_W("met"), EX_W("achieved")};
	const char *t = ctx->text;
	size_t ws, wl, q = e, k;
	int st = -1, words = 0;

	while (q > s && (t[q - 1] == ' ' || t[q - 1] == '\n' || t[q - 1] == '\t'))
		q--;
	if (q <= s || t[q - 1] != '.' || q - s > 48)
		return -1;
	q--;
	wl = ex_word_after(t, s, q, &ws);
	/* "Status: stalled.": a label word and its colon go first. */
	if (wl > 0 && ws + wl < q && t[ws + wl] == ':' && ex_word_in(LABEL, EX_NWORDS(LABEL), t + ws, wl))
		wl = ex_word_after(t, ws + wl + 1, q, &ws);
	if (wl == 5 && ex_ncasecmp(t + ws, "still", 5) == 0)
		wl = ex_word_after(t, ws + wl, q, &ws);
	if (wl == 0)
		return -1;
	for (k = ws; k < q; k++)
		if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z') || t[k] == ' ' || t[k] == '-'))
			return -1;
		else if (t[k] == ' ' && ++words > 3)
			return -1;
	if (ws + wl == q && ex_word_in(DONE, EX_NWORDS(DONE), t + ws, wl))
		return STATUS_FULFILLED;
	for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start <= ws; i++)
		if (ctx->m.v[i].kind == RULE_CUE && ctx->m.v[i].start == ws && ctx->m.v[i].end == q)
			st = ctx->m.v[i].value;
	return st;
}

/* ex_verdict_push - give the statements of the latest sentence before [s,e) in
 * its paragraph (no blank line between) the verdict's status st (ex_verdict):
 * "Rice: Tokyo agreed to buy more US rice.  Imports rose 70% last year.  On
 * track."  -1 on allocation failure. */
static int
ex_verdict_push(struct ex_ctx *ctx, size_t s, size_t e, int st)
{
	size_t last = EX_NOPOS;

	for (size_t i = ctx->st.n; i-- > 0 && last == EX_NOPOS;) {
		const struct ex_stmt *x = &ctx->st.v[i];

		if (x->sent_start < s && x->rank >= 0 && x->status != STATUS_BROKEN && x->status != STATUS_PROPOSED)
			last = x->sent_start;
	}
	if (last == EX_NOPOS || s - last > 1200)
		return 0;
	for (size_t k = last; k + 1 < s; k++)
		if (ctx->text[k] == '\n' && ctx->text[k + 1] == '\n')
			return 0;
	return ex_reference_push(ctx, s, e, s, -1, 0, NULL, 0, -1, (enum status)st) < 0 ? -1 : 0;
}

/* ex_label_topic - the colon of a label opening [s,e) (ex_label_end) that
 * names no party, a party as a subject opening what follows it, and a verb or
 * verb noun of the deal after the colon: the label of a scorecard's or explainer's
 * item ("Investment: Seoul agreed to invest ...", "Tariff cuts: the US
 * lowered ..."); EX_NOPOS if none.  "China's purchases: 8 million tons so
 * far" names its party, "Energy procurement: ongoing; figures compiled by the
 * Commission" none after it: the label's noun is the act. */
static size_t
ex_label_topic(const struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t k = ex_label_end(ctx->text, s, e, e), ws, wl;

	if (k == EX_NOPOS || ex_has_kind(ctx, RULE_ACTOR, s, k) || !ex_has_kind(ctx, RULE_TRIGGER, k, e))
		return EX_NOPOS;
	/* The party opens what follows the colon, "the" perhaps before it. */
	wl = ex_word_after(ctx->text, k + 1, e, &ws);
	if (wl == 3 && ex_ncasecmp(ctx->text + ws, "the", 3) == 0)
		wl = ex_word_after(ctx->text, ws + wl, e, &ws);
	if (wl == 0)
		return EX_NOPOS;
	for (size_t i = ex_first(ctx, ws); i < ctx->m.n && ctx->m.v[i].start == ws; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role == ROLE_SUBJECT)
			return k;
	return EX_NOPOS;
}

/* ex_permission_participle - 1 if frame f's verb is a participle of permission:
 * "..., allowing the plants to ship beef to China", "..., letting US growers
 * sell sorghum there again". */
static int
ex_permission_participle(const char *t, const struct ex_frame *f)
{
	static const struct ex_word PERMIT[] = {
	    EX_W("allowing"), EX_W("letting"), EX_W("permitting"), EX_W("enabling")};

	return ex_word_in(PERMIT, EX_NWORDS(PERMIT), t + f->anchor, f->anchor_end - f->anchor);
}
/* ex_month_year_at - where a month and a year at p end ("January 2026"), 0 if
 * there is none there, EX_NOPOS if that month is not before the publication
 * month. */
static size_t
ex_month_year_at(const struct ex_ctx *ctx, size_t p, size_t e)
{
	static const struct ex_word MONTH[] = {
	    EX_W("january"), EX_W("february"), EX_W("march"), EX_W("april"), EX_W("may"), EX_W("june"),
	    EX_W("july"), EX_W("august"), EX_W("september"), EX_W("october"), EX_W("november"),
	    EX_W("december")};
	const char *t = ctx->text, *pub = ctx->published;
	size_t ws, wl = ex_word_after(t, p, e, &ws), m, yl, ys;
	int y = 0, pm;

	if (wl == 0 || ws != p || strlen(pub) < 7)
		return 0;
	for (m = 0; m < EX_NWORDS(MONTH) && !ex_word_in(MONTH + m, 1, t + ws, wl); m++)
		;
	if (m == EX_NWORDS(MONTH) || (yl = ex_word_after(t, ws + wl, e, &ys)) != 4)
		return 0;
	for (size_t i = 0; i < 4; i++) {
		if (t[ys + i] < '0' || t[ys + i] > '9')
			return 0;
		y = y * 10 + (t[ys + i] - '0');
	}
	pm = (pub[5] - '0') * 10 + (pub[6] - '0');
	return y * 12 + (int)m + 1 < ctx->pub_year * 12 + pm ? ys + yl : EX_NOPOS;
}
/* ex_timeline_entry - 1 if sentence [s,e) is an entry of a timeline: it opens
 * (after a list dash at most) with a date before publication, then ":" or a
 * dash ("November 10, 2025: The US halves its fentanyl tariff", "March 3 -
 * Japan lifts its ban on US poultry").  Its verbs in the present tell what was
 * done that day. */
static int
ex_timeline_entry(const struct ex_ctx *ctx, size_t s, size_t e)
{
	const char *t = ctx->text;
	struct when_match wm[2];
	size_t p = s, n, k;

	if (ctx->published == NULL || ctx->published[0] == '\0')
		return 0;
	while (p < e && (t[p] == ' ' || t[p] == '-' || t[p] == '*' || t[p] == '\t'))
		p++;
	if (p >= e || !(t[p] >= 'A' && t[p] <= 'Z'))
		return 0;
	if ((k = ex_month_year_at(ctx, p, e)) == 0) {
		/* The date is read from the first 40 bytes, and only spaces
		 * stand between its end and the ":" or dash: one of those (the
		 * lead byte of an en or em dash) in the first 41 bytes, or a
		 * space at the 41st, or no entry (most sentences: no date read). */
		k = e - p < 41 ? e - p : 41;
		if (memchr(t + p, ':', k) == NULL && memchr(t + p, '-', k) == NULL &&
		    memchr(t + p, 0xe2, k) == NULL && (e - p <= 41 || t[p + 40] != ' '))
			return 0;
		if ((n = when_find_all(t + p, e - p < 40 ? e - p : 40, ctx->published, wm, 2)) == 0 ||
		    wm[0].offset != 0 || wm[0].kind != WHEN_DATE || strcmp(wm[0].date, ctx->published) >= 0)
			return 0;
		k = p + wm[0].len;
	} else if (k == EX_NOPOS)
		return 0;
	for (; k < e && t[k] == ' '; k++)
		;
	if (k >= e)
		return 0;
	if (t[k] == ':' || (t[k] == '-' && k + 1 < e && t[k + 1] == ' '))
		return 1;
	/* an en or em dash */
	return k + 2 < e && (unsigned char)t[k] == 0xe2 && (unsigned char)t[k + 1] == 0x80 &&
	    ((unsigned char)t[k + 2] == 0x93 || (unsigned char)t[k + 2] == 0x94);
}
/* ex_present_done - 1 if frame f's verb is a bare present in "-s" ("halves",
 * "lifts"), not after "to" or a modal: in a timeline entry, an act done. */
static int
ex_present_done(const char *t, size_t cs, const struct ex_frame *f)
{
	return f->trigger >= 0 && !f->past && f->anchor_end > f->anchor + 2 &&
	    (t[f->anchor_end - 1] == 's' || t[f->anchor_end - 1] == 'S') && !ex_after_modal(t, cs, f->anchor);
}

/* ex_topic_goods_end - the comma closing a topic opener of [s,e) before the
 * verb at anchor (ex_topic_end: "On steel and aluminium, which face 50% U.S.
 * tariffs, the two sides ..."), when no goods stand between it and the verb
 * ("On fentanyl, China committed to stop precursor shipments and to tighten
 * controls on others": the later verb is on the goods named since); else
 * EX_NOPOS. */
static size_t
ex_topic_goods_end(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor)
{
	size_t k = ex_topic_end(ctx->text, s, e, anchor);
	int other;

	if (k == EX_NOPOS || ex_frame_objects(ctx, k, anchor, &other, 1) > 0)
		return EX_NOPOS;
	return k;
}

/* ex_topic_sentence_goods - the goods of a short topic sentence just before
 * sentence s in its paragraph ("On soybeans, it's more complicated.",
 * "CHINA, SOYBEANS. In progress."): at most 80 bytes, no verb of the rules,
 * one kind of goods; one goods-less short sentence may stand between.  -1 if
 * none. */
static int
ex_topic_sentence_goods(const struct ex_ctx *ctx, size_t s)
{
	const char *t = ctx->text;
	size_t p = s, q, b;
	int objs[2];

	for (int hop = 0; hop < 2; hop++) {
		for (q = p; q > 0 && t[q - 1] == ' '; q--)
			;
		if (q == 0 || (t[q - 1] != '.' && t[q - 1] != '?' && t[q - 1] != '!'))
			return -1;
		for (b = q - 1; b > 0 && t[b - 1] != '.' && t[b - 1] != '?' && t[b - 1] != '!' &&
		    t[b - 1] != '\n' && q - b <= 80; b--)
			;
		if (q - b > 80 || ex_has_kind(ctx, RULE_TRIGGER, b, q))
			return -1;
		switch (ex_frame_objects(ctx, b, q, objs, 2)) {
		case 0:
			break;
		case 1:
			return objs[0];
		default:
			return -1;
		}
		if (b == 0 || t[b - 1] == '\n')
			return -1;
		p = b;
	}
	return -1;
}

/* ex_sentence - every statement of sentence [s,e); -1 on allocation failure. */
static int
ex_sentence(struct ex_ctx *ctx, size_t s, size_t e)
{
	size_t nw = 0, nq = 0;
	int scanned = 0;

	const struct rules *r = ctx->r;
	size_t bounds[32], condlo[32], nb = 0, mi = 0, ap, rn;
	int history, open_history, sentence_actor = -1, dl_out = 0, as, al, hedge, statistic, intent, idea, timeline;
	int last_measure = -1, last_mobj = -1, last_trigger = -1, last_past = 0, affirmed, question;
	size_t intent_lo = 0, intent_hi = 0;
	size_t open_end, framing, asked, priced, tf, dated_rel, hope = 0, label;

	mi = ex_first(ctx, s);
	/* An item of a list is its opener's: "China will:", then "- buy soybeans". */
	if (ctx->list_actor >= 0 && ex_list_item(ctx->text, s, e) == 1)
		sentence_actor = ctx->list_actor;
	question = ex_question(ctx->text, s, e);
	affirmed = question && ex_affirmed_question(ctx->text, ctx->len, e);
	if (((question || ex_asker_turn(ctx->text, s, e)) && !affirmed) ||
	    ex_section_heading(ctx, s, e) ||
	    (ex_lex_in(ctx, EX_LEX_FALSE, s, e) && ex_false_claim(ctx->text, s, e)))
		return 0;
	/* "Investment" as a section heading, "Second, on investment.": three words
	 * or fewer with no party, outside a list, name a topic, no commitment. */
	if (sentence_actor < 0 && ex_short_topic(ctx, s, e))
		return 0;
	/* Clauses: at the break phrases, and at ", and" before a new finite verb;
	 * a conditional reaches back only to the last ", and" clause ("... would be
	 * void if Washington went ahead, and on Friday Beijing confirmed ..."). */
	bounds[nb] = s;
	condlo[nb++] = s;
	for (size_t i = mi, k = s, comma = s; k < e && nb < 31; k++) {
		int brk = 0, and;

		/* Only a mention's start or a comma can open a clause: go to the next. */
		if (comma < k || (comma == k && ctx->text[k] != ',')) {
			const char *c = memchr(ctx->text + k, ',', e - k);

			comma = c != NULL ? (size_t)(c - ctx->text) : e;
		}
		while (i < ctx->m.n && ctx->m.v[i].start < k)
			i++;
		k = i < ctx->m.n && ctx->m.v[i].start < comma ? ctx->m.v[i].start : comma;
		if (k >= e)
			break;
		for (size_t j = i; j < ctx->m.n && ctx->m.v[j].start == k; j++)
			brk |= ctx->m.v[j].kind == RULE_BREAK && !ex_np_but(ctx->text, s, k, e) &&
			    !ex_aside_break(ctx->text, s, k, e) && !ex_as_of(ctx->text, k, e) &&
			    !ex_relative_state(ctx, s, k, e) && !ex_relative_aside(ctx, s, k, e);
		and = !brk && ctx->text[k] == ',' && ex_and_clause(ctx->text, k, e);
		for (size_t j = i; !brk && !and && j < ctx->m.n && ctx->m.v[j].start == k; j++)
			and = ctx->m.v[j].kind == RULE_ACTOR && ex_and_subject(ctx, bounds[nb - 1], j, e);
		if ((brk || and) && k > bounds[nb - 1]) {
			condlo[nb] = and ? k : condlo[nb - 1];
			bounds[nb++] = k;
		} else if (!brk && !and && k >= s + 9 && k - 9 > bounds[nb - 1] && ctx->text[k] != ',' &&
		    ex_and_first(ctx->text, s, k, e)) {
			/* "... and the first shipments landed in December". */
			for (size_t j = i; j < ctx->m.n && ctx->m.v[j].start == k; j++)
				if (ctx->m.v[j].kind == RULE_CUE && ctx->m.v[j].value == STATUS_IN_PROGRESS) {
					condlo[nb] = k - 9;
					bounds[nb++] = k - 9;
					break;
				}
		}
	}
	bounds[nb] = e;
	/* "A year after the EU agreed to buy $750bn of US energy, purchases are
	 * running behind": the opening is a clause of its own, background. */
	framing = ex_framing_end(ctx, s, e);
	ex_add_bound(bounds, condlo, &nb, framing);
	/* "Asked on Friday, a spokesman said ...": the question is a clause of its
	 * own; what it asks about commits nobody. */
	asked = ex_asked_end(ctx->text, s, e);
	/* "Prices rose as traders priced in the deal": what follows "priced in"
	 * is a market's expectation, no statement (ex_extract skips a sentence
	 * with no verb of a commitment before it). */
	priced = ex_lex_in(ctx, EX_LEX_FIRST, s, e) ? ex_priced_in(ctx->text, s, e) : EX_NOPOS;
	ex_add_bound(bounds, condlo, &nb, asked);
	/* A year in an opening concession ("Although it bought 2 Mt in 2025, Egypt
	 * pledged ...") dates the concession only. */
	open_end = ex_opening_end(ctx, s, e);
	open_history = open_end > s && ex_past_year(ctx, s, open_end);
	/* "Under the Phase One deal signed in January 2020, China agreed ...": an
	 * old deal's terms (ex_old_deal_opening). */
	history = ex_history_cue(ctx, s, e) || ex_past_year(ctx, open_end, e) ||
	    ex_old_deal_opening(ctx, s, e);
	/* "the 2019 agreement, under which growers had agreed ...": the old terms. */
	dated_rel = ex_dated_deal_relative(ctx, s, e);
	hedge = ex_has_kind(ctx, RULE_HEDGE, s, e);
	statistic = ex_statistic(ctx, s, e);
	/* No verb of describing, no "commercial" (EX_LEXICON): nothing to read. */
	intent = ex_lex_in(ctx, EX_LEX_DESCRIBE, s, e) &&
	    ex_described_intent(ctx->text, s, e, &intent_lo, &intent_hi);
	ex_attribution(ctx, mi, s, e, &as, &al);
	/* "Investment: Seoul agreed to invest $350 billion", "Tariff cuts: Japan
	 * lowered ...": a label naming a topic, no party in it, with a verb after
	 * it, titles the item; its noun is no act of its own (ex_label_topic). */
	label = ex_label_topic(ctx, s, e);
	timeline = ex_timeline_entry(ctx, s, e);

	for (size_t c = 0; c < nb; c++) {
		struct ex_frame fr[EX_MAX_FRAMES];
		size_t cs = bounds[c], ce = bounds[c + 1], nf, valid = 0, n_clause;
		size_t prev_anchor = cs, taken_end = cs, later_hi[4], nlater = 0;
		/* "...in May 2024, China began phasing out its tariff; the tariff
		 * reached zero this January": the last clause is news. */
		int chist = history && !ex_now_clause(ctx, s, cs, ce);
		struct ex_frame later[4];
		int clause_st = -1;

		nf = ex_clause_frames(ctx, cs, ce, fr, EX_MAX_FRAMES);
		n_clause = ctx->st.n;
		/* "The energy purchases are on track": no verb, goods with a buying noun. */
		if (nf == 0 && ex_goods_anaphor(ctx, s, e, cs, ce, chist, &nw, &nq, &scanned) == -1)
			return -1;
		for (size_t k = 0; k < nf; k++) {
			/* "November 10, 2025: The US halves its fentanyl tariff": done. */
			if (timeline && ex_present_done(ctx->text, cs, &fr[k]))
				fr[k].past = 1;
			if ((intent && fr[k].anchor >= intent_lo && fr[k].anchor < intent_hi) || fr[k].anchor < asked ||
			    (priced != EX_NOPOS && fr[k].anchor >= priced) ||
			    (label != EX_NOPOS && fr[k].anchor < label))
				continue;
			if (fr[k].trigger >= 0 && ex_trigger_is(r, fr[k].trigger, "buy") &&
			    ex_domestic_goods(ctx->text, fr[k].anchor_end, ce))
				continue;
			/* The goods a measure falls on: no frame, so the measure's own
			 * frame spans them ("cut its tariff on imported cars to zero"). */
			if (fr[k].trigger >= 0 && (ex_trigger_is(r, fr[k].trigger, "buy") ||
			    ex_trigger_is(r, fr[k].trigger, "invest")) &&
			    ex_measure_goods(ctx->text, cs, fr[k].anchor))
				continue;
			if (fr[k].trigger >= 0 && ex_trigger_is(r, fr[k].trigger, "invest") &&
			    (ex_no_investor(ctx->text, cs, fr[k].anchor, fr[k].anchor_end, ce) ||
			    ex_money_verb(ctx->text, k + 1 < nf ? fr[k + 1].anchor : ce, fr[k].anchor,
			    fr[k].anchor_end) ||
			    ex_money_pledge(ctx, ce, k + 1 < nf ? fr[k + 1].anchor : ce, fr[k].anchor,
			    fr[k].anchor_end)))
				continue;
			/* "Qatar pledged $10 billion for projects in Britain": the money is
			 * promised, not yet placed. */
			if (fr[k].trigger >= 0 && ex_trigger_is(r, fr[k].trigger, "invest") &&
			    ex_money_given(ctx->text, ctx->len, fr[k].anchor, fr[k].anchor_end) > 0 &&
			    ex_ncasecmp(ctx->text + fr[k].anchor, "put", 3) != 0 &&
			    ex_perfect(ctx, cs, fr[k].anchor) != 2)
				fr[k].past = 0;
			if (fr[k].trigger < 0 && fr[k].measure >= 0 && last_trigger >= 0 &&
			    ex_so_do(ctx->text, cs, fr[k].anchor)) {
				fr[k].trigger = last_trigger;
				fr[k].past = last_past;
				fr[k].action = rules_action_find(r, last_trigger, fr[k].measure);
			}
			/* "cut its tariffs on pork and will eliminate them on beef by
			 * 2029": a verb whose object is a pronoun takes the measure of
			 * the sentence's verb before it, with its own goods, status and date. */
			if (fr[k].action < 0 && fr[k].trigger >= 0 && fr[k].measure < 0 && last_measure >= 0 &&
			    ex_pronoun_object(ctx->text, fr[k].anchor_end, ce)) {
				fr[k].measure = last_measure;
				fr[k].measure_object = last_mobj;
				fr[k].action = rules_action_find(r, fr[k].trigger, last_measure);
				fr[k].pronoun = 1;
			}
			if (fr[k].action >= 0 && fr[k].measure >= 0) {
				last_measure = fr[k].measure;
				last_mobj = fr[k].measure_object;
			}
			if (fr[k].action >= 0 && fr[k].trigger >= 0) {
				last_trigger = fr[k].trigger;
				last_past = fr[k].past;
			}
			if (fr[k].action >= 0)
				fr[valid++] = fr[k];
			/* "agreed to invest $500 billion and has begun moving money into US
			 * projects": money put to work may name a pledge of its own clause,
			 * so it is read once the clause's statements are made. */
			else if (fr[k].trigger >= 0 && fr[k].measure < 0 && nlater < 4 &&
			    ex_trigger_is(r, fr[k].trigger, "deploy")) {
				later[nlater] = fr[k];
				later_hi[nlater++] = k + 1 < nf ? fr[k + 1].anchor : ce;
			} else if (fr[k].trigger >= 0 && fr[k].measure < 0 && ex_anaphor_may(ctx, &fr[k], s, cs) &&
			    !ex_in_date(ctx, &fr[k], s, e) &&
			    ex_anaphor(ctx, &fr[k], s, e, cs, k + 1 < nf ? fr[k + 1].anchor : ce, history,
			    &nw, &nq, &scanned) == -1)
				return -1;
			else if (fr[k].trigger < 0 && ex_flow_progress(ctx, &fr[k], s, e, cs,
			    k + 1 < nf ? fr[k + 1].anchor : ce, history, &nw, &nq, &scanned) == -1)
				return -1;
			/* "The 15% tariff on Korean cars took effect on November 1". */
			else if (fr[k].trigger < 0 && ex_rate_anaphor(ctx, &fr[k], s, e, cs,
			    k + 1 < nf ? fr[k + 1].anchor : ce, history, &nw, &nq, &scanned) == -1)
				return -1;
		}
		/* "Projects worth $64 billion have been announced": money at work
		 * in a clause with no commitment and no reference of its own. */
		if (valid == 0 && ctx->st.n == n_clause && nlater == 0 &&
		    ex_money_progress(ctx, s, e, cs, ce, chist, &nw, &nq, &scanned) == -1)
			return -1;
		for (size_t k = 0; k < valid; k++) {
			const struct ex_frame *f = &fr[k];
			const struct rule_action *ra = &r->actions[f->action];
			size_t span_end = ex_less_buying(ctx, f->anchor_end, k + 1 < valid ? fr[k + 1].anchor : ce), obj_end;
			/* "Saudi Arabia, which pledged $600 billion of US investment during
			 * the same trip, is still waiting for approvals": the relative
			 * clause ends at its comma; what follows is the main clause's. */
			const char *rel_end = c > 0 && ex_relative(ctx->text + cs, ce - cs) ?
			    memchr(ctx->text + f->anchor, ',', span_end - f->anchor) : NULL;
			int objs[EX_MAX_OBJECTS], nobj, actor, cp, explicit_cp, strong, st, carried = 0, mutual, disputed;
			int heads[4], nheads = 0, o2;
			size_t decided = 0;
			int bare_ref = 0, plant_cue = 0, quota_def = 0, partner = -1, licensed = 0;
			size_t levy, levy_end = 0, qs, qe, n_general;
			int pending = 0, since_past, co, cp2, orphan, ante, sell, renewed, lot, tender, bare;
			size_t mstart;
			/* Amounts of a relative or concessive clause before the verb are not its own. */
			size_t qlo = ex_main_start(ctx, cs, f->anchor), qown;

			struct ex_parties pt;

			/* "their Geneva truce", "the truce": a bare noun with a definite
			 * determiner names a known commitment as context, not a new one. */
			if (f->trigger < 0 && ex_definite_np(ctx->text, s, f->anchor) &&
			    !ex_given_measure(ctx->text, s, f->anchor) && !ex_named_owner(ctx->text, s, f->anchor)) {
				/* Unless it names the actor's measure told before, with an
				 * outcome ("The beef quota has been in force since January
				 * 1"): checked once the parties and the status are known. */
				if (!ex_bare_reference(ctx, f, s, cs, -1, f->action >= 0 ? r->actions[f->action].action : -1)) {
					/* "The tariff-rate quota for EU steel is still being
					 * negotiated": a quota for named goods may be the
					 * other side's (ex_quota_partner, below). */
					if (f->measure != ex_measure_index(r, "quota"))
						goto next;
					quota_def = 1;
				} else
					bare_ref = 1;
			}
			/* A relative clause ("which extended ...") describes; it commits nobody;
			 * the verb after its closing comma is the main clause's ("China, which
			 * imported 105 Mt of soybeans, agreed to buy more"), and a party's own
			 * relative clause is its pledge ("India, which pledged to cut ..."),
			 * though what it did there is background ("which bought 2 Mt"). */
			/* "a deal under which both sides would remove tariffs": both sides
			 * act there, as a party named would. */
			if (c > 0 && ex_relative(ctx->text + cs, ce - cs) &&
			    ex_find_actor(ctx, cs, f->anchor, -1) < 0 && !ex_has_kind(ctx, RULE_MUTUAL, cs, f->anchor) &&
			    ex_main_start(ctx, cs, f->anchor) == cs &&
			    (f->past || ex_party_antecedent(ctx, s, cs) < 0))
				goto next;
			/* A sale is its buyer's purchase, the seller's country the
			 * counterparty, even when the seller is named only as the goods'
			 * makers ("American farmers shipped sorghum to China"). */
			sell = f->trigger >= 0 && ex_trigger_is(r, f->trigger, "sell");
			if (ex_resolve_parties(ctx, f, RULES_ACTIONS[ra->action], s, e, cs,
			    k > 0 ? prev_anchor : cs, span_end, sentence_actor, &pt) == -1) {
				if (!sell)
					goto next;
				pt.actor = -1;
				pt.carried = 0;
			}
			if (sell && ex_sell_parties(ctx, f, s, span_end, &pt) == -1)
				goto next;
			/* "China agreed to sell rare earths to American companies": goods
			 * whose export their government licenses are sold under its
			 * licence; the seller permits the export to the buyer. */
			if (sell && pt.cp >= 0 && pt.actor >= 0 && ex_controlled_goods(ctx, f->anchor_end, span_end)) {
				int a = pt.actor;

				pt.actor = pt.cp;
				pt.cp = a;
				pt.permits_export = 1;
			}
			/* "Nvidia will sell its H200 chips to customers in China": so
			 * for a seller that names no party (ex_firm_sale). */
			if (sell && ex_firm_sale(ctx, f, s, e, span_end, &pt) == -1)
				goto next;
			/* "Pakistan has asked Qatar to defer 21 cargoes": the seller puts
			 * them off at the buyer's request; the one who asks buys. */
			if (f->deferred && ex_trigger_is(ctx->r, f->trigger, "buy") && pt.cp >= 0 && pt.actor >= 0 &&
			    ex_asked_to(ctx, cs, f->anchor)) {
				int a = pt.actor;

				pt.actor = pt.cp;
				pt.cp = a;
			}
			/* "executives of Korean Air, which will buy": the party the relative
			 * clause describes acts in it, before one carried from elsewhere. */
			if (pt.carried && c > 0 && ex_relative(ctx->text + cs, ce - cs) &&
			    (ante = ex_party_antecedent(ctx, s, cs)) >= 0 && ante != pt.cp) {
				pt.actor = ante;
				pt.carried = pt.carry_sure = 0;
			}
			/* "Qatar's wealth fund, which pledged £10 billion of UK
			 * investment, has invested two thirds of it": the main verb after
			 * a party's relative clause is that party's, whoever the clause
			 * names; the one it put first is then the other side. */
			if (c > 0 && pt.actor >= 0 && ex_relative(ctx->text + cs, ce - cs) &&
			    (mstart = ex_main_start(ctx, cs, f->anchor)) > cs &&
			    ex_verb_opens(ctx->text, mstart, f->anchor) &&
			    (ante = ex_party_antecedent(ctx, s, cs)) >= 0 && ante != pt.actor) {
				if (pt.cp == ante)
					pt.cp = pt.actor;
				pt.actor = ante;
				pt.carried = pt.carry_sure = 0;
			}
			/* "The zero-tariff quota for UK steel has not been put in
			 * place": a quota with no owner in its sentence, for goods whose
			 * origin it names, with a status cue, is the other side's of the
			 * story's latest statement between that origin and a partner. */
			/* "A year after Starmer and Trump announced the deal, the
			 * zero-tariff quota for British steel has still not been put in
			 * place": a pair named only in an opener before the main clause
			 * is the one the quota is told of: its side whose goods they are not
			 * gives it. */
			if ((pt.carried || (quota_def && pt.actor >= 0 && pt.actor != pt.cp &&
			    ex_find_actor(ctx, qlo, f->anchor, -1) < 0)) &&
			    f->trigger < 0 && f->measure == ex_measure_index(r, "quota") &&
			    pt.explicit_cp && pt.cp >= 0 && ex_has_kind(ctx, RULE_CUE, cs, ce) &&
			    ex_quota_for(ctx, f->anchor_end, ce, pt.cp) &&
			    (partner = pt.carried ? ex_quota_partner(ctx, s, pt.cp) : pt.actor) >= 0) {
				pt.actor = partner;
				pt.carried = pt.carry_sure = 0;
				bare_ref = 0;  /* the goods are its own, not told before */
			} else if (quota_def)
				goto next;
			/* A bare noun needs its owner in the sentence, unless it names
			 * the actor's measure told before ("The beef quota has been in
			 * force since January 1"): then only an outcome counts. */
			/* "Beijing lifted the ban.  Approvals for graphite exports to
			 * US battery makers remain stuck": a licence noun that names
			 * where the goods go, after the exporter was the subject just
			 * before, is that exporter's; not when a relative clause on
			 * the noun names who awaits it and no owner ("..., which
			 * analysts expected in May, have been held up"). */
			if (pt.carried && f->trigger < 0 && (!bare_ref ||
			    !ex_bare_reference(ctx, f, s, cs, pt.actor, ra->action)) &&
			    !(plant_cue = ex_plant_cue(ctx, f, s, e, &pt)) &&
			    !(pt.carry_sure && pt.cp >= 0 && pt.cp != pt.actor &&
			    ex_action_is(RULES_ACTIONS[ra->action], "export_license") &&
			    ex_only_destination(ctx, f->anchor_end, span_end, pt.cp) &&
			    memmem(ctx->text + f->anchor_end, e - f->anchor_end, ", which", 7) == NULL)) {
				/* "Graphite licences remain stuck": an export licence of
				 * goods only one party licenses (rules.json "licensor")
				 * is that party's, whoever the story told of before. */
				if (!ex_action_is(RULES_ACTIONS[ra->action], "export_license") || k + 1 < valid ||
				    !(ex_has_kind(ctx, RULE_CUE, cs, ce) || ex_cue_past_aside(ctx, bounds, nb, c)) ||
				    !(licensed = ex_licensed_goods(ctx, cs, ce)))
					goto next;
			}
			/* "Japan restored Korea to its white list, removing the export
			 * curbs": a participle set off by a comma acts for the main
			 * clause's subject, not for the party nearest before it. */
			if (f->trigger >= 0 && !pt.carried && pt.actor >= 0) {
				size_t comma = ex_adjunct_comma(ctx->text, s, f->anchor, f->anchor_end);
				int subj = comma != EX_NOPOS ? ex_main_subject(ctx, s, comma) : -1;

				if (subj >= 0 && subj != pt.actor && ex_subject_pos(ctx, s, comma, pt.actor) != EX_NOPOS &&
				    ex_opens_sentence(ctx, s, ex_subject_pos(ctx, s, comma, subj))) {
					if (pt.cp == subj)
						pt.cp = pt.actor;
					pt.actor = subj;
				} else if (subj >= 0 && pt.cp == subj && ex_permission_participle(ctx->text, f) &&
				    ex_opens_sentence(ctx, s, ex_subject_pos(ctx, s, comma, subj))) {
					/* "Beijing restored the registrations of U.S. beef
					 * plants, allowing them to ship beef to China": what
					 * the subject allows is its own to give. */
					pt.cp = pt.actor;
					pt.actor = subj;
				}
			}
			/* "The EU is opening a quota of 99,000 tonnes of beef.  A
			 * duty-free quota for poultry is being phased in": a quota
			 * with no party of its own is the one who opened the quota
			 * just before, not the story's last subject. */
			if (pt.carried && f->trigger >= 0 && f->measure == ex_measure_index(r, "quota") &&
			    memmem(ctx->text + s, e - s < EX_BARE_REACH ? e - s : EX_BARE_REACH, "quota", 5) != NULL &&
			    (ante = ex_quota_opener(ctx, s)) >= 0) {
				pt.actor = ctx->st.v[ante].actor;
				pt.cp = ctx->st.v[ante].counterparty;
			}
			/* "Japanese medicines will not be treated worse than those
			 * of any other country", "EU pharmaceuticals will face no
			 * more than 15%": a cap whose party read as actor is named
			 * before the cue only as the goods' origin is the other
			 * side's cap, the one levying the tariff. */
			if (pt.actor >= 0 && pt.cp >= 0 && pt.actor != pt.cp &&
			    ex_action_is(RULES_ACTIONS[ra->action], "tariff_pause") &&
			    ex_cap_cue(ctx->text, f->anchor, f->anchor_end) && ex_origin_only(ctx, cs, f->anchor, pt.actor)) {
				int levier = pt.cp;

				pt.cp = pt.actor;
				pt.actor = levier;
			}
			actor = pt.actor;
			cp = pt.cp;
			explicit_cp = pt.explicit_cp;
			carried = pt.carried;
			/* "Some ethanol plants have stepped up their own sorghum
			 * purchases": a buyer that names no party, buying for itself,
			 * tells of no party's commitment. */
			if (carried && f->trigger >= 0 && ex_own_before(ctx->text, cs, f->anchor))
				goto next;
			/* The status ("talks about the timing of the aircraft purchases" propose
			 * nothing new); negated or conditional: no commitment. */
			st = f->trigger >= 0 && ex_definite_np(ctx->text, cs, f->anchor) ?
			    ex_reference_status(ctx, cs, span_end, f, &strong) :
			    ex_status_from_cues(ctx, cs, rel_end != NULL ? (size_t)(rel_end - ctx->text) : span_end,
			    f, prev_anchor, &strong);
			/* "hoping prices would recover once Chinese buying picked up",
			 * "said prices would stay low until China resumed purchases": a
			 * clause of time after a modal's clause tells what was awaited. */
			if ((st == STATUS_IN_PROGRESS || st == STATUS_FULFILLED) && c > 0 &&
			    ex_awaited_clause(ctx->text, s, cs))
				goto next;
			/* "has taken significant measures to end the flow": done.  So is
			 * "the authority has decided to terminate the investigation": a
			 * body's decision told in the present perfect is the act, unless
			 * a date still ahead puts it off (ex_effect_apply); and so when
			 * told in reported speech ("said it had decided to end the
			 * probe, effective from Friday") or after "announced that". */
			if ((st < 0 || st == STATUS_PLEDGED) && f->trigger >= 0 && ex_steps_taken(ctx->text, cs, f->anchor))
				st = STATUS_FULFILLED;
			if ((st < 0 || (st == STATUS_PLEDGED && !strong)) && f->trigger >= 0 && !f->past &&
			    ex_has_decided(ctx->text, cs, f->anchor, &decided) &&
			    (st < 0 || ex_cues_only(ctx, cs, span_end, STATUS_PLEDGED, EX_ANNOUNCED, EX_NWORDS(EX_ANNOUNCED), decided)))
				st = STATUS_FULFILLED;
			/* "has now transferred the first $12 billion of its $550 billion
			 * investment pledge": a part of the promised sum put in; also
			 * when the pledge noun is the mention itself and no cue is left.
			 * A verb of doing on the part ("deals worth $45 billion have
			 * been signed toward the $300 billion pledge") tells the part
			 * done, not the whole. */
			if ((((st < 0 || st == STATUS_PLEDGED) && !strong) || st == STATUS_FULFILLED) && f->trigger >= 0 &&
			    ex_part_of_sum(ctx->text, cs, span_end))
				st = STATUS_IN_PROGRESS;
			/* "had removed duties on about 70% of tariff lines and would
			 * remove the rest by January 1": a part done, the rest to come
			 * in the same sentence, is the act under way. */
			if ((st == STATUS_FULFILLED || (st < 0 && f->past)) && f->trigger >= 0 &&
			    ex_rest_to_come(ctx->text, f->anchor_end, e))
				st = STATUS_IN_PROGRESS;
			/* "the tariff cut could add 0.3 points to growth": a hedge on a
			 * known commitment guesses at its effects; it proposes nothing. */
			if (st == STATUS_PROPOSED && f->trigger >= 0 && ex_definite_np(ctx->text, cs, f->anchor) &&
			    ex_hedge_only(ctx, cs, span_end))
				goto next;
			/* The noun's own predicate, up to a comma, tells its outcome: "has
			 * been in force since January 1, and the first shipments have
			 * arrived" is in force. */
			if (bare_ref) {
				const char *comma = memchr(ctx->text + f->anchor_end, ',', span_end - f->anchor_end);

				st = ex_status_from_cues(ctx, cs, comma != NULL ? (size_t)(comma - ctx->text) : span_end,
				    f, prev_anchor, &strong);
				if ((st != STATUS_FULFILLED && st != STATUS_STALLED && st != STATUS_BROKEN) ||
				    !ex_bare_reference(ctx, f, s, cs, actor, ra->action))
					goto next;
			}
			if ((st < 0 || st == STATUS_PLEDGED) && c > 0 && ex_proposed_deal(ctx, bounds[c - 1], cs, f->anchor))
				st = STATUS_PROPOSED;
			/* "China would buy 500 jets under a trade agreement the two
			 * countries are negotiating": what a deal under talks holds. */
			if ((st < 0 || st == STATUS_PLEDGED) && !f->past && ex_deal_in_talks(ctx->text, f->anchor_end, span_end))
				st = STATUS_PROPOSED;
			/* "India pressed Seoul to lower its tariffs", "the Emirates want lower
			 * EU duties": a wish is the asked party's proposal at most. */
			if ((st < 0 || st == STATUS_PLEDGED) && ex_wished(ctx, cs, f->anchor))
				st = STATUS_PROPOSED;
			/* "Items floated for a second phase: deeper cuts ..., and larger
			 * purchases of U.S. LNG": a later item of the list shares the
			 * lead-in's proposal. */
			if ((st < 0 || (st == STATUS_PLEDGED && !strong)) && ex_floated_list(ctx, s, f->anchor))
				st = STATUS_PROPOSED;
			/* "Nvidia has received licences to ship the chips", "two producers
			 * received licences this week": the licensing has started, as
			 * "began issuing licences" says (a licence for all is not yet told). */
			if (f->received && (st < 0 || st == STATUS_PLEDGED || st == STATUS_FULFILLED))
				st = STATUS_IN_PROGRESS;
			/* "asked Qatar to defer 21 cargoes": stalled, whatever the request. */
			if (f->deferred && st != STATUS_BROKEN)
				st = STATUS_STALLED;
			/* "refused to open its dairy sector, and the EU kept beef off
			 * the table": goods left out after a negated opening are a
			 * refusal, not a broken pledge (ex_goods_off_table). */
			if ((!strong || (st == STATUS_BROKEN && ex_goods_off_table(ctx, f->anchor_end, span_end))) &&
			    ex_has_kind(ctx, RULE_NEGATION,
			    ex_cap_neg_lo(ctx->text, cs, f->anchor > cs + EX_NEG_REACH ? f->anchor - EX_NEG_REACH : cs,
			    f->anchor, span_end), f->anchor))
				goto next;
			/* "The tariff cut has not taken effect": a state of being done
			 * that its predicate denies leaves the cut pledged. */
			if (st == STATUS_FULFILLED && f->trigger >= 0 && ex_definite_np(ctx->text, cs, f->anchor) &&
			    ex_state_denied(ctx, f->anchor_end, span_end, st))
				st = STATUS_PLEDGED;
			/* "China would need to buy 25 Mt to meet the target": a need, no
			 * promise; the terms of a proposal ("under the proposal, Japan
			 * would have to cut") stay proposed. */
			if (st != STATUS_PROPOSED && ex_would_need(ctx->text, cs, f->anchor))
				goto next;
			/* "Farmers said the reopening would help": an effect, no state. */
			if (ex_effect_modal(ctx->text, f->anchor_end, span_end))
				goto next;
			/* "China has yet to agree to buy": a stalled cue, but no promise. */
			if (ex_yet_to_pledge(ctx->text, f->anchor > cs + EX_NEG_REACH ? f->anchor - EX_NEG_REACH : cs,
			    f->anchor))
				goto next;
			/* "Vietnam imported no US coal in January": the verb takes none. */
			if (f->trigger >= 0 && ex_takes_none(ctx->text, f->anchor_end, span_end))
				goto next;
			if ((idea = ex_idea_clause(ctx->text, s, f->anchor, &hope)) == 1 ||
			    (idea == 2 && ex_hope_other(ctx, s, hope, f->anchor)))
				goto next;
			/* "Asked whether Washington would ease its tariff on Qatari
			 * aluminium, Trump said he would consider it": a question answered
			 * by weighing it is a proposal. */
			/* "would cut the tariff on Indian goods once New Delhi stopped
			 * buying Russian oil": the condition of an act to come. */
			if (ex_future_condition(ctx->text, s, f->anchor))
				goto next;
			if (ex_conditional(ctx, condlo[c], f->anchor, span_end)) {
				if (!ex_considered_answer(ctx->text, s, f->anchor, e))
					goto next;
				st = STATUS_PROPOSED;
			}
			/* "China would buy more soybeans, but only if Washington eased
			 * its chip controls": a later clause of the same ", and" group
			 * that opens with a condition sets it. */
			{
				size_t g = c + 1;

				while (g < nb && condlo[g] == condlo[c])
					g++;
				if (ex_condition_after(ctx, span_end, bounds[g]))
					goto next;
			}
			/* "had offered to discuss lowering its tariff": a talk offered is a
			 * proposal; any other talk only names a subject. */
			if (ex_topic(ctx, cs, f->anchor)) {
				if (!ex_offered_topic(ctx, cs, f->anchor) && !ex_talked_order(ctx, cs, f->anchor))
					goto next;
				st = STATUS_PROPOSED;
			}
			/* "won a lower tariff than its rivals": a comparison of rates ("slower
			 * than expected" is a stalled cue, not one). */
			if (f->trigger >= 0 && !strong &&
			    ex_comparison(ctx->text, f->anchor, f->anchor_end, span_end))
				goto next;
			/* "Soybean imports climbed to a record": a trade figure with no cue of a
			 * promise or its progress states no commitment; a measure done ("its
			 * tariffs were eliminated last year") is no figure. */
			if (st < 0 && statistic && (!f->past || f->trigger < 0 ||
			    strcmp(r->triggers[f->trigger], "buy") == 0 ||
			    strcmp(r->triggers[f->trigger], "invest") == 0))
				goto next;
			/* "Guatemala is already one of the largest buyers of U.S. corn,
			 * importing about 1.4 million tonnes": "already" tells how long a
			 * habit has gone on, not that a pledge was met. */
			if (st == STATUS_FULFILLED && statistic && f->trigger >= 0 &&
			    (ex_trigger_is(r, f->trigger, "buy") || ex_trigger_is(r, f->trigger, "invest")) &&
			    ex_only_already(ctx, cs, span_end))
				goto next;
			/* "Exporters sold 120,000 tonnes of US corn to Mexico, the USDA
			 * said": a past sale with no cue of a deal or a pledge is a market
			 * report, no one's purchase ("shipped sorghum to China under the
			 * deal" is one); so is one in the perfect ("Argentine crushers
			 * have sold 2 Mt of meal to China"), which the tense alone reads
			 * as under way. */
			if (sell && (f->past || ex_sale_noun(ctx->text, f)) && (st < 0 || st == STATUS_IN_PROGRESS) &&
			    !ex_has_cue(ctx, s, e))
				goto next;
			/* "Egypt's state buyer bought 420,000 tonnes of wheat in a tender":
			 * a past purchase in a tender is a one-off deal, whatever pledge
			 * another clause names. */
			if (f->past && f->trigger >= 0 && ex_trigger_is(r, f->trigger, "buy") &&
			    (tender = ex_tender(ctx->text, f->anchor_end, span_end)) > 0 &&
			    (tender == 1 || !ex_names_pact(ctx->text, s, e)))
				goto next;
			/* "was believed to have bought 500,000 tonnes of wheat on Monday,
			 * mainly from Russia and Romania", "has bought 3 Mt since July,
			 * mostly Russian", "none of it American": a past purchase whose
			 * origins are told as a spread is a market report. */
			if (f->past && f->trigger >= 0 && ex_trigger_is(r, f->trigger, "buy") &&
			    ex_origin_spread(ctx, f->anchor_end, e))
				goto next;
			/* "Beef imported under the quota must meet UK standards": the
			 * participle tells which goods a rule is about. */
			if (f->trigger >= 0 && (ex_trigger_is(r, f->trigger, "buy") || sell) &&
			    ex_goods_participle(ctx, s, f->anchor, f->anchor_end, e))
				goto next;
			/* "Importers have placed trial orders for U.S. pork", "Traders
			 * report two large Chinese orders": buyers testing a market. */
			if (f->trigger >= 0 && ex_trigger_is(r, f->trigger, "buy") &&
			    (st < 0 || st == STATUS_PLEDGED || st == STATUS_FULFILLED) &&
			    ex_trial_orders(ctx->text, s, f->anchor, f->anchor_end))
				goto next;
			/* "US exporters sold 300,000 tonnes of wheat to Korea, part of Seoul's
			 * pledge to buy 2 Mt": a sale toward the buyer's pledge is its progress. */
			if (sell && f->past && (st < 0 || st == STATUS_FULFILLED || st == STATUS_PLEDGED) &&
			    ex_toward_pledge(ctx->text, f->anchor_end, e))
				st = STATUS_IN_PROGRESS;
			/* "Chinese buyers booked 12 cargoes of U.S. soybeans, a sign that
			 * Beijing is working through its pledge to buy 12 Mt": so is a
			 * purchase told as a step of the buyer's own pledge. */
			if (!sell && f->past && (st < 0 || st == STATUS_FULFILLED) && f->trigger >= 0 &&
			    ex_trigger_is(r, f->trigger, "buy") && ex_toward_pledge(ctx->text, f->anchor_end, e))
				st = STATUS_IN_PROGRESS;
			/* "Norway sold NOK 9.8 billion of salmon to US buyers last year": a
			 * past sale in a trade figure is that figure, whatever deal the
			 * sentence names; only progress or its lack makes it a statement. */
			if (statistic && f->past && f->trigger >= 0 && (st < 0 || st == STATUS_PLEDGED || st == STATUS_FULFILLED) &&
			    ex_trigger_is(r, f->trigger, "sell"))
				goto next;
			/* "Japan still buys about 9% of its LNG from Russia": a share of one's
			 * own supply is a figure; so is "one of the largest buyers of US
			 * corn, importing 1.4 million tonnes last year" in a trade figure. */
			if (f->trigger >= 0 && ex_trigger_is(r, f->trigger, "buy") && !f->past &&
			    st != STATUS_STALLED && st != STATUS_BROKEN &&
			    (ex_share_figure(ctx->text, cs, f->anchor, f->anchor_end, span_end) ||
			    (statistic && ex_comma_participle(ctx->text, cs, f->anchor, f->anchor_end))))
				goto next;
			/* "Japan buys about 500,000 tonnes of U.S. wheat a year": a yearly
			 * amount bought in the simple present, with no cue of a deal or a
			 * pledge, is a habit ("agreed to buy ... a year", "buys ... a year
			 * under the accord" are pledges). */
			/* So is one whose only cue is "already" ("Korea already buys about
			 * $12 billion of US LNG a year"): it tells how long the habit has
			 * gone on, not that a pledge was met. */
			if ((st < 0 || st == STATUS_FULFILLED) && f->trigger >= 0 && ex_trigger_is(r, f->trigger, "buy") &&
			    !f->past && ex_present_act(ctx->text, cs, f->anchor, f->anchor_end)) {
				ex_sentence_scan(ctx, s, e, &nw, &nq, &scanned);
				if (ex_yearly_amount(ctx, nq, f->anchor_end, span_end) &&
				    (st < 0 ? !ex_has_cue(ctx, s, e) : ex_only_already(ctx, s, e)))
					goto next;
				/* "Mexico already buys a great deal of American corn": with
				 * no amount and no deal named, "already" right before the
				 * verb tells a habit too. */
				size_t aw;

				if (st == STATUS_FULFILLED && !ex_amount_in_clause(ctx, nq, f->anchor_end, span_end) &&
				    ex_only_already(ctx, cs, span_end) &&
				    ex_word_before(ctx->text, f->anchor, cs, &aw) == 7 &&
				    ex_ncasecmp(ctx->text + aw, "already", 7) == 0 &&
				    !ex_names_pact(ctx->text, s, e))
					goto next;
			}
			/* "Korean consumers will be able to buy British pork", "continue to
			 * work toward market access for mangoes", "make cars in India and
			 * import battery packs": no government's commitment. */
			if ((st < 0 || st == STATUS_PLEDGED || st == STATUS_PROPOSED) &&
			    ex_not_pledge_context(ctx->text, cs, f->anchor, f->anchor_end, st < 0))
				goto next;
			/* "growers, who ship $5 billion of corn to Mexico a year": a verb in the
			 * plain present right after a relative pronoun describes a habit. */
			if (st < 0 && !f->past && f->trigger >= 0 &&
			    ex_habit_relative(ctx->text, cs, f->anchor, f->anchor_end))
				goto next;
			/* "feed mills can buy Australian sorghum more cheaply": what a
			 * market may choose at a better price. */
			if ((st < 0 || st == STATUS_PLEDGED || st == STATUS_PROPOSED) && f->trigger >= 0 &&
			    ex_action_is(RULES_ACTIONS[ra->action], "purchase") &&
			    ex_price_choice(ctx->text, cs, f->anchor, f->anchor_end, ce))
				goto next;
			/* "expected orders for U.S. pork to recover": a forecast. */
			if ((st < 0 || st == STATUS_PLEDGED) && f->trigger >= 0 &&
			    ex_action_is(RULES_ACTIONS[ra->action], "purchase") &&
			    ex_expected_trend(ctx->text, s, f->anchor, f->anchor_end, e))
				goto next;
			/* "Indian refiners still buy some Russian crude", "Chinese
			 * investment continues to flow into": a market's flow told with no
			 * deal, pledge or cue. */
			if ((st < 0 || st == STATUS_PLEDGED || st == STATUS_IN_PROGRESS) && f->trigger >= 0 &&
			    (ex_trigger_is(r, f->trigger, "buy") || ex_trigger_is(r, f->trigger, "invest"))) {
				size_t fs, fe;

				if (ex_market_flow(ctx->text, s, cs, f->anchor, f->anchor_end, e, &fs, &fe) &&
				    !ex_has_cue(ctx, s, fs) && !ex_has_cue(ctx, fe, e))
					goto next;
			}
			/* "China bought about 60% of Canada's canola exports": a share
			 * of a market's trade is a statistic, not a deal's purchase. */
			if (f->trigger >= 0 && ex_action_is(RULES_ACTIONS[ra->action], "purchase") &&
			    ex_market_share(ctx->text, s, e) && !ex_deal_named(ctx->text, s, e))
				goto next;
			/* "China \"should be buying a lot more\"", "would like China to
			 * buy more jets": a wish of the speaker, no commitment; "told
			 * companies to justify any purchases of the chips": a vetting. */
			if (f->trigger >= 0 && ex_action_is(RULES_ACTIONS[ra->action], "purchase") &&
			    (ex_wish_modal(ctx->text, s, f->anchor) || ex_vetted_purchase(ctx->text, s, f->anchor)))
				goto next;
			/* "a penalty over purchases of Russian oil": a cause. */
			if (f->trigger >= 0 && ex_over_cause(ctx->text, cs, f->anchor, f->anchor_end))
				goto next;
			/* "..., the ministry said, citing Hanoi's progress on rice
			 * purchases": the reason given for a measure is no commitment. */
			if (c > 0 && ex_ncasecmp(ctx->text + cs, ", citing ", 9) == 0)
				goto next;
			/* "ordered a review of the rules": a command, not a purchase. */
			if (f->trigger >= 0 && ex_command_order(ctx->text, f->anchor, f->anchor_end, span_end))
				goto next;
			/* "Brazil's request for the removal of the tariff was rejected by
			 * Washington": a request turned down is no commitment. */
			if ((st == STATUS_PROPOSED || ex_request_noun(ctx->text, cs, f->anchor)) &&
			    ex_refused_after(ctx->text, f->anchor_end, e))
				goto next;
			/* "Analysts expect Seoul to lift the ban": a forecast, not a pledge. */
			if ((st == STATUS_PLEDGED || st == STATUS_PROPOSED || (st < 0 && !f->past) ||
			    /* "\"The cash investment is in limbo,\" said an economist",
			     * "\"We are being forced to buy their oil,\" said a party
			     * spokesman". */
			    ((st == STATUS_STALLED || st == STATUS_BROKEN || st == STATUS_IN_PROGRESS) &&
			    ex_quoted(ctx->text, s, f->anchor))) &&
			    ex_opinion(ctx, s, e, f->anchor))
				goto next;
			/* "In our upside case (30%), Beijing might agree to buy": a scenario. */
			if (ex_scenario(ctx->text, s, f->anchor))
				goto next;
			/* "A suspension would take the threat off the table": a measure
			 * weighed, no one's pledge. */
			if (ex_hypothetical_subject(ctx, s, e))
				goto next;
			/* "The removal of the levy follows two rounds of talks": the act
			 * an earlier sentence told, placed among others. */
			if (ex_told_before(ctx, s, f->action >= 0 ? r->actions[f->action].action : -1) &&
			    ex_sequel_subject(ctx, s, e, f->anchor))
				goto next;
			/* "Canada's dairy quotas have long irked American farmers". */
			if (f->trigger < 0 && f->measure == ex_measure_index(r, "quota") && st < 0 &&
			    ex_owned_quota(ctx, cs, f->anchor, f->anchor_end))
				goto next;
			/* "Beijing has used soybean purchases as a bargaining chip". */
			if ((st < 0 || st == STATUS_PLEDGED) && ex_used_as_lever(ctx->text, f->anchor_end, span_end))
				goto next;
			/* "a quota system that halves tariff-free import volumes". */
			if (f->trigger >= 0 && ex_trigger_is(r, f->trigger, "lower") &&
			    ex_quota_shrunk(ctx->text, f->anchor, f->anchor_end, span_end))
				goto next;
			/* "said removing the tariff was premature": a verdict on the measure. */
			if (ex_gerund_verdict(ctx->text, cs, f->anchor, f->anchor_end, e))
				goto next;
			/* "denied a news report that Seoul had agreed to lift", "nothing in
			 * the statement commits refiners to buy". */
			if (f->trigger >= 0 && (ex_denied_scope(ctx->text, s, f->anchor) ||
			    ex_nobody_after(ctx->text, f->anchor_end, e)))
				goto next;
			/* "A newsletter reported that Beijing was studying corn
			 * purchases.  The ministry denied the report." */
			if (ex_report_denied_next(ctx->text, s, e, ctx->len))
				goto next;
			/* "A report that China was preparing to buy soybeans was denied by
			 * the ministry", "reports of a deal for wheat were inaccurate". */
			if (ex_report_denied_after(ctx->text, s, f->anchor, f->anchor_end, e))
				goto next;
			/* "Reuters: There are reports that China has slowed its approvals.
			 * Can you confirm?" answered "I am not aware of the specific
			 * situation you mentioned". */
			if (ex_premise_unconfirmed(ctx->text, s, e, ctx->len))
				goto next;
			/* "Importers signed letters of intent to buy US corn.  Officials
			 * described them as commercial decisions." */
			if ((st < 0 || st == STATUS_PLEDGED || st == STATUS_PROPOSED) &&
			    (ex_action_is(RULES_ACTIONS[ra->action], "purchase") ||
			    ex_action_is(RULES_ACTIONS[ra->action], "investment")) &&
			    ex_commercial_next(ctx->text, e, ctx->len))
				goto next;
			/* "Soybean futures are up on hopes of more purchases": a market's guess. */
			if (f->trigger >= 0 && ex_market_hope(ctx->text, cs, f->anchor))
				goto next;
			/* "Citrus growers, who have been lobbying Beijing for lower tariffs". */
			if ((st == STATUS_PROPOSED || st < 0) && ex_group_demand(ctx, s, f->anchor))
				goto next;
			/* "Business groups welcomed the tariff's removal": a lobby's word
			 * on a cut told where it was made. */
			if (ex_group_reaction(ctx, s, f->anchor))
				goto next;
			/* "The American side had pressed for access for US corn": a demand
			 * placed before the story's time, negotiation history. */
			if ((st == STATUS_PROPOSED || st < 0) && ex_past_demand(ctx, s, e, f->anchor))
				goto next;
			/* "pushed Korea to lift its ban ..., but Seoul rejected the demand";
			 * "requested the resumption of pork plant registrations. The
			 * Chinese side has not agreed" (a measure asked for, no verb). */
			if (ex_demand_rejected(ctx, s, e, f->anchor, f->anchor_end) ||
			    (f->trigger >= 0 && ex_rejected_demand_before(ctx, s, f->anchor)))
				goto next;
			/* "Washington asked Beijing to buy more soybeans, and China
			 * agreed": the request accepted is the asked side's pledge. */
			if (st == STATUS_PROPOSED && ex_demand_accepted(ctx, s, e, f->anchor, f->anchor_end))
				st = STATUS_PLEDGED;
			/* "The US side must immediately cancel its tariffs": a demand. */
			if (f->trigger >= 0 && ex_urgent_demand(ctx, cs, f->anchor))
				goto next;
			/* "the penalty levied over India's purchases of Russian oil": a cause. */
			if (f->trigger >= 0 && ex_penalised_flow(ctx, s, f->anchor))
				goto next;
			/* "won Canada a 30-day pause": the pause was granted, so it holds ("secured
			 * a lower tariff" is a rate agreed, still to come). */
			if ((st < 0 || st == STATUS_PLEDGED) && f->trigger >= 0 &&
			    (ex_trigger_is(r, f->trigger, "pause") ||
			    ex_trigger_is(r, f->trigger, "suspend") ||
			    ex_trigger_is(r, f->trigger, "extend")) && ex_granted(ctx, cs, f->anchor))
				st = STATUS_FULFILLED;
			/* "its countermeasures would stay suspended until February": the
			 * suspension is in force and goes on. */
			if ((st < 0 || st == STATUS_PLEDGED) && f->trigger >= 0 &&
			    strcmp(r->triggers[f->trigger], "pause") == 0 &&
			    ex_kept_suspension(ctx->text, f->anchor, f->anchor_end))
				st = STATUS_FULFILLED;
			/* "British medicines remain exempt from US tariffs", "are exempt
			 * from": an exemption that stays, or holds now, is in force. */
			if ((st < 0 || st == STATUS_PLEDGED) && f->trigger >= 0 &&
			    ex_trigger_is(r, f->trigger, "exempt") && ex_remains_before(ctx->text, cs, f->anchor))
				st = STATUS_FULFILLED;
			/* "will continue to suspend the port fees": a suspension goes on only
			 * if it is in force; extended, as a pause is. */
			if ((st < 0 || st == STATUS_PLEDGED || st == STATUS_IN_PROGRESS) && f->trigger >= 0 &&
			    (strcmp(r->triggers[f->trigger], "pause") == 0 ||
			    strcmp(r->triggers[f->trigger], "suspend") == 0) &&
			    ex_continued_verb(ctx->text, cs, f->anchor))
				st = STATUS_FULFILLED;
			/* "the pause on its duties has been extended", "Canada's exemption for
			 * US steel has been extended", "the EU's zero duty on US lobster has
			 * been made permanent" (a cut named as a noun), "The suspension, which
			 * was due to lapse in February, now runs until August": a suspension
			 * named as a noun, then said to go on, is in force. */
			/* "Beijing's suspension of its controls has so far held": "so far"
			 * tells no progress of a measure that held (kept 2). */
			if ((st < 0 || st == STATUS_PLEDGED || st == STATUS_IN_PROGRESS) && f->trigger >= 0 && !f->past &&
			    (strcmp(r->triggers[f->trigger], "pause") == 0 ||
			    strcmp(r->triggers[f->trigger], "suspend") == 0 ||
			    strcmp(r->triggers[f->trigger], "exempt") == 0 ||
			    (ex_trigger_is(r, f->trigger, "lower") && ex_definite_np(ctx->text, cs, f->anchor)))) {
				int kept = ex_kept_predicate(ctx->text, f->anchor_end, k + 1 == valid && c + 1 < nb &&
				    ex_relative(ctx->text + ce, bounds[c + 2] - ce) ? e : span_end);

				if (kept == 2 || (kept == 1 && st != STATUS_IN_PROGRESS))
					st = STATUS_FULFILLED;
			}
			/* "Korean Air signed a firm order for 103 Boeing aircraft": done. */
			if ((st < 0 || st == STATUS_PLEDGED) && f->trigger >= 0 &&
			    ex_trigger_is(r, f->trigger, "buy") && ex_signed_order(ctx->text, cs, f->anchor, f->anchor_end))
				st = STATUS_FULFILLED;
			/* "KOGAS has signed a 10-year contract to import US LNG": under way;
			 * "..., with deliveries starting in 2028": bound, not yet under way. */
			if ((st < 0 || st == STATUS_PLEDGED) && f->trigger >= 0 &&
			    ex_trigger_is(r, f->trigger, "buy") && ex_term_contract(ctx->text, cs, f->anchor))
				st = ex_later_start(ctx, f->anchor_end, e) ? STATUS_PLEDGED : STATUS_IN_PROGRESS;
			/* "demanded that India stop buying Russian oil": a promise to stop
			 * buying is no purchase; only its breach ("halted purchases") is news
			 * about one. */
			if (st != STATUS_BROKEN && st != STATUS_STALLED && f->trigger >= 0 &&
			    ex_trigger_is(r, f->trigger, "buy") && ex_halted_buying(ctx, cs, f->anchor))
				goto next;
			/* "The United States will:" then "- cut the fentanyl tariff to
			 * 10%": the item's "cut" is the opening's verb, not a past act. */
			if (st < 0 && ctx->list_status >= 0 && (!f->past || (f->trigger >= 0 &&
			    ex_list_continues(ctx->text, s, e, f->anchor))))
				st = ctx->list_status;
			/* "has issued export licences allowing Nvidia to ship chips": a
			 * participle after the clause's verb tells what that act does. */
			if (st < 0 && k > 0 && clause_st >= 0 && ex_participle_of(ctx->text, cs, f->anchor, f->anchor_end))
				st = clause_st;
			/* "The deal took effect on Monday, cutting its tariff on beef to 9
			 * per cent from 38.5 per cent and eliminating its duty on pork":
			 * a participle joined by "and" to one set off by a comma is
			 * the same act's effect, however far the main verb stands; one
			 * of another action ("and capping any future tariff on chips")
			 * is left to its cues. */
			if (st < 0 && k > 0 && clause_st >= 0 && r->actions[fr[k - 1].action].action == ra->action &&
			    ex_and_participle(ctx->text, s, fr[k - 1].anchor,
			    fr[k - 1].anchor_end, f->anchor, f->anchor_end))
				st = clause_st;
			/* "Vietnam issued a decree on Friday, cutting its tariffs on U.S.
			 * ethanol", "Trump signed an executive order lowering tariffs on
			 * Japanese cars": a participle after a main clause told as done,
			 * or describing a written act signed, with no cue of its own, is
			 * that act's effect, done with it. */
			if (st < 0 && !f->past && f->trigger >= 0 && (ex_done_adjunct(ctx->text, s, f->anchor, f->anchor_end) ||
			    ex_enacted_by(ctx->text, s, f->anchor, f->anchor_end)))
				st = STATUS_FULFILLED;
			/* "by extending the suspension of the affiliates rule and of the
			 * port fees": a measure listed after the verb's own shares its status;
			 * so does one after "continues to suspend the affiliates rule and",
			 * whose "continues" the verb's status already read. */
			if ((st < 0 || st == STATUS_IN_PROGRESS) && k > 0 && clause_st >= 0 && f->listed)
				st = clause_st;
			/* "The first two cargoes of French wheat bought by Egypt were loading":
			 * the first few of a count bought are a start, not the whole. */
			if ((st < 0 || st == STATUS_FULFILLED) && f->past && f->trigger >= 0 &&
			    ex_trigger_is(r, f->trigger, "buy") && ex_first_part(ctx->text, cs, f->anchor))
				st = STATUS_IN_PROGRESS;
			/* "booked another six cargoes", "invested a further $5 billion": one
			 * more lot of an act that adds up; "Chinese buyers booked three
			 * cargoes of U.S. soybeans last week", "bought 2 million barrels of
			 * U.S. crude": goods bought by the lot, with no cue, as "has
			 * purchased 1.5 million tons so far" (an order of aircraft is done).
			 * Under way. */
			lot = ex_lot_step(ctx, f, span_end, ce);
			if (st < 0 && lot)
				st = STATUS_IN_PROGRESS;
			/* "China has renewed the export registrations of 395 US beef
			 * plants": registrations or permits renewed are granted again,
			 * done; "of 142 of the roughly 400" under way. */
			if (st < 0 && f->trigger < 0 && f->measure >= 0 &&
			    (rn = ex_renewed_permits(ctx->text, cs, f->anchor)) != EX_NOPOS)
				st = ex_part_of_count(ctx->text, rn, span_end) ||
				    ex_part_out_of(ctx->text, rn, ce) ? STATUS_IN_PROGRESS : STATUS_FULFILLED;
			/* "restored the registrations of three of the eight packers", "for
			 * 210 plants out of roughly 390" (to the clause's end): a past act on
			 * part of a set is under way. */
			if (st < 0 && f->past && f->trigger >= 0 && (ex_part_of_count(ctx->text, f->anchor_end, span_end) ||
			    ex_part_out_of(ctx->text, f->anchor_end, ce)))
				st = STATUS_IN_PROGRESS;
			/* "has issued export licences for rare earth magnets to a handful
			 * of Indian companies": permits granted to a few of those who
			 * want them are a start. */
			if ((st < 0 || st == STATUS_FULFILLED) && f->past && f->trigger >= 0 &&
			    ex_trigger_is(r, f->trigger, "allow") && ex_few_recipients(ctx->text, f->anchor_end, span_end))
				st = STATUS_IN_PROGRESS;
			/* A mention with no cue of its own ("Britain's removal of tariffs
			 * covers 99% of exports", "The tariff cut is real"): pledged by
			 * default, which says nothing new of a state told elsewhere. */
			/* "China's crackdown on fentanyl precursors has continued",
			 * "Sorghum purchases continue": a flow told as going on is
			 * under way. */
			if (st < 0 && f->trigger >= 0 && !f->past && ex_flow_trigger(r, f->trigger) &&
			    (ex_flow_goes_on(ctx->text, f->anchor_end, span_end) ||
			    ex_flow_kept_on(ctx->text, cs, f->anchor)))
				st = STATUS_IN_PROGRESS;
			bare = st < 0 && !f->past;
			/* "Q: Does the suspension of the ban apply already? / A: Yes.":
			 * a present state affirmed is in force. */
			if (st < 0 && affirmed && ex_present_question(ctx->text, s, e))
				st = STATUS_FULFILLED;
			if (st < 0)
				st = f->past ? STATUS_FULFILLED : STATUS_PLEDGED;
			/* "China has suspended the general licences that allowed U.S.
			 * companies to import gallium", "halted the licences that let U.S.
			 * firms buy gallium": the licences, and the flow they let through,
			 * are withdrawn. */
			if (st != STATUS_STALLED && (ex_action_is(RULES_ACTIONS[ra->action], "export_license") ||
			    ex_action_is(RULES_ACTIONS[ra->action], "market_access") ||
			    ex_action_is(RULES_ACTIONS[ra->action], "purchase")) &&
			    ex_permit_halted(ctx, s, f->anchor_end))
				st = STATUS_BROKEN;
			/* "Officials said the purchases have not stalled": a state denied
			 * says nothing new of the commitment. */
			if ((st == STATUS_STALLED || st == STATUS_BROKEN) && ex_state_denied(ctx, f->anchor_end, span_end, st))
				goto next;
			/* "have not yet been issued": still pledged, unless the sentence is about
			 * an earlier year or its deadline has passed (see below). */
			if (st == STATUS_STALLED && !chist && ex_pending_only(ctx, cs, span_end)) {
				st = ex_pending_status(ctx, cs, span_end, f, prev_anchor);
				pending = 1;
				if (st == STATUS_PLEDGED && ex_despite_pledge(ctx, s, e))
					st = STATUS_STALLED;
			} else if (st == STATUS_PLEDGED && !chist && ex_conceded_unmet(ctx, s, f->anchor, e))
				st = STATUS_STALLED;
			/* A pledge told as history ("In 2019 Beijing promised to buy ...") is
			 * no claim, unless a later clause says how it ended ("..., but the
			 * pledge collapsed within months", "Those purchases collapsed"):
			 * kept aside, for those and for references back to find, until then
			 * (EX_BACKGROUND, dropped at ex_emit if nothing ended it).  "Relations
			 * soured in 2020 when China halted purchases of coal": a past year's
			 * halt with no pledge told is no broken commitment of its own; it
			 * counts only beside another statement of its key (EX_ORPHAN). */
			orphan = 0;
			/* "cut its tariff on Japanese cars to 15% in September 2025, and
			 * the lower rate remains in force": done then, and still so. */
			if ((chist || f->anchor >= dated_rel || (open_history && f->anchor < open_end)) &&
			    (!(st == STATUS_STALLED || st == STATUS_BROKEN) ||
			    ex_talks_outcome(ctx, f->anchor_end, e))) {
				if (st == STATUS_FULFILLED && (ex_kept_predicate(ctx->text, f->anchor_end, ce) ||
				    ex_stands_now(ctx->text, f->anchor_end, e)))
					;       /* a claim: in force as of the article */
				else if (!chist && f->anchor < dated_rel)
					goto next;
				else
					orphan = EX_BACKGROUND;
			} else if (chist && !ex_told_pledge(ctx, s, e))
				orphan = EX_ORPHAN;
			/* "Tokyo has shown no sign it will lower its tariff on US rice": an
			 * act nobody is said to have promised is no stalled pledge of its
			 * own; it counts only beside another statement of its key ("Japan
			 * agreed in May to cut the tariff"). */
			else if (st == STATUS_STALLED && ex_no_sign_intent(ctx, cs, f->anchor))
				orphan = EX_ORPHAN;
			else if (f->anchor < framing)
				orphan = EX_FRAMING;
			/* "has stepped up inspections", "intensified its crackdown", "have
			 * seized more than 1.5 tons": more of an enforcement that goes on,
			 * under way rather than done. */
			if (st == STATUS_FULFILLED && ex_action_is(RULES_ACTIONS[ra->action], "enforcement") &&
			    (ex_intensified(ctx->text, cs, f->anchor, f->anchor_end) ||
			    ex_operation_verb(ctx->text, f->anchor, f->anchor_end)))
				st = STATUS_IN_PROGRESS;
			clause_st = st;
			/* "the first purchases since China agreed in March to buy": the pledge
			 * stands, but below what the article says of the present. */
			since_past = f->trigger >= 0 && (ex_since_past(ctx, cs, f->anchor) ||
			    ex_past_perfect(ctx, s, cs, f->anchor));

			/* Objects: after the verb, else before it; else the measure's own object. */
			obj_end = strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0 ?
			    ex_answered_end(ctx, f->anchor_end, span_end) : span_end;
			nobj = (int)ex_frame_objects(ctx, f->anchor, obj_end, objs, EX_MAX_OBJECTS);
			/* "Graphite exporters say approvals for U.S. battery makers still
			 * take months": a licence noun kept for the licensed goods of its
			 * clause (licensed) whose goods after it have no licensor names
			 * there who holds it; its goods are the licensed ones before it. */
			if (licensed && nobj > 0 && ex_unlicensed_only(r, objs, (size_t)nobj))
				nobj = 0;
			/* Products before the verb only when no measure names the object: "soybean
			 * purchases", not "aircraft ... under a deal that sets a 15% tariff"; and
			 * not those an earlier verb of the clause took ("cut tariffs on US beef
			 * and to lift its ban on American potatoes"). */
			if (nobj == 0 && (f->measure_object < 0 ||
			    ex_faced_measure(ctx->text, cs, f->anchor) ||
			    (strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0 &&
			    (f->entry == 2 || ex_entry_rate(ctx->text, cs, f->anchor))) ||
			    (strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0 &&
			    (ex_faced_cap(ctx->text, cs, f->anchor) ||
			    ex_exempted_from(ctx->text, f->anchor, f->anchor_end, span_end) || (f->measure_pos != EX_NOPOS &&
			    f->measure_pos < f->anchor && ex_faced_cap(ctx->text, cs, f->measure_pos)))))) {
				size_t blo = ex_before_lo(ctx, prev_anchor, f->anchor), from = taken_end;

				/* "Chinese firms, which agreed to buy 12 Mt of US soybeans,
				 * have so far booked about half": the main verb after a
				 * party's relative clause acts on the goods it names. */
				if (c > 0 && ex_relative(ctx->text + cs, ce - cs) &&
				    ex_main_start(ctx, cs, f->anchor) > cs && ex_party_antecedent(ctx, s, cs) >= 0)
					from = cs;
				/* "will let British steel into the US at zero tariff": the
				 * goods the verb of entry let in pay the rate. */
				if (strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0 &&
				    (f->entry == 2 || ex_entry_rate(ctx->text, cs, f->anchor)))
					from = cs;
				nobj = (int)ex_frame_objects(ctx, blo > from ? blo : from,
				    f->anchor, objs, EX_MAX_OBJECTS);
			} else if (nobj > 0 && !ra->object_only)
				taken_end = span_end;
			/* "reimposed its duty on British cars, reversing a promise to scrap
			 * the levy": "the" tariff noun with no goods reads back to the goods
			 * named before it in the sentence. */
			if (nobj == 0 && f->trigger >= 0 && strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0 &&
			    (levy = ex_the_levy(ctx, f, s, span_end, &levy_end)) != EX_NOPOS)
				nobj = (int)ex_frame_objects(ctx, levy, levy_end, objs, EX_MAX_OBJECTS);
			/* "The notice did not mention pork, on which China removed its
			 * tariff in June": the goods the relative clause is on. */
			if (nobj == 0 && f->trigger >= 0 && strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0 &&
			    (levy = ex_which_goods(ctx, s, f->anchor, &levy_end)) != EX_NOPOS)
				nobj = (int)ex_frame_objects(ctx, levy, levy_end, objs, EX_MAX_OBJECTS);
			/* "duties on American pork will fall": the products after a measure
			 * named before the verb are its objects. */
			if (nobj == 0 && f->measure_pos != EX_NOPOS)
				nobj = (int)ex_frame_objects(ctx, f->measure_pos, f->measure_pos < f->anchor ?
				    ex_cause_cut(ctx, f->measure_pos, f->anchor) : f->anchor, objs, EX_MAX_OBJECTS);
			/* "the rare earth export controls that it suspended", "the gallium
			 * export curbs it lifted", "any future pharmaceutical tariff would
			 * not exceed 15%", "the car tariff fell to 15%": goods named as the
			 * measure's first word; a tariff's only when no preposition
			 * governs it ("countermeasures against US steel tariffs",
			 * "protested against the corn tariff cut", ex_prep_np).  So are
			 * licences, with the list they end, that a passive tells of
			 * ("Gallium and germanium licences for U.S. buyers are being
			 * granted", "the H200 licences were issued"); not "the H200
			 * sales Washington approved last year", a relative's object. */
			if (nobj == 0 && f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor &&
			    ex_action_is(RULES_ACTIONS[ra->action], "export_license") &&
			    f->measure == ex_measure_index(r, "license") && ex_passive_be(ctx->text, f->measure_pos, f->anchor))
				nobj = (int)ex_compound_goods_list(ctx, s, f->measure_pos, objs, EX_MAX_OBJECTS);
			if (nobj == 0 && f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor &&
			    (ex_action_is(RULES_ACTIONS[ra->action], "ease_export_controls") ||
			    ((ex_action_is(RULES_ACTIONS[ra->action], "tariff_cut") ||
			    ex_action_is(RULES_ACTIONS[ra->action], "tariff_pause")) &&
			    !ex_prep_np(ctx->text, s, f->measure_pos))) &&
			    (objs[0] = ex_compound_goods(ctx, s, f->measure_pos)) >= 0)
				nobj = 1;
			/* "Three Australian beef processing plants were cleared to resume
			 * exports to China": the goods of the plants a passive permission
			 * names as its subject. */
			int plant_party;

			if (nobj == 0 && f->trigger >= 0 && ex_action_is(RULES_ACTIONS[ra->action], "export_license") &&
			    (levy_end = ex_plant_goods(ctx, s, f->anchor, &levy, &plant_party)) != EX_NOPOS)
				nobj = (int)ex_frame_objects(ctx, levy, levy_end, objs, EX_MAX_OBJECTS);
			/* "China has restored export licences for the last four
			 * Australian meatworks": plants let in with no goods in their
			 * sentence ship the farm goods the article tells of ("Customs
			 * relisted the plants on Monday"); not plants opened, which are
			 * factories ("BYD has opened plants in Hungary"), nor a verb of
			 * lowering, which only qualifies them ("cutting plants"). */
			if (nobj == 0 && f->trigger >= 0 && (pt.permits_import ||
			    ex_action_is(RULES_ACTIONS[ra->action], "market_access")) &&
			    !ex_trigger_is(r, f->trigger, "open") && !ex_trigger_is(r, f->trigger, "lower") &&
			    ex_frame_objects(ctx, s, e, objs, EX_MAX_OBJECTS) == 0 &&
			    (objs[0] = ex_plant_told_goods(ctx, f, s, span_end, e, actor)) >= 0)
				nobj = 1;
			/* "British-built cars can enter at a tariff of 10%, down from 27.5%":
			 * a verbless rate change takes the goods before its measure. */
			if (nobj == 0 && f->measure_pos != EX_NOPOS && ex_rate_change(ctx->text, f))
				nobj = (int)ex_frame_objects(ctx, ex_before_lo(ctx, prev_anchor, f->measure_pos) > taken_end ?
				    ex_before_lo(ctx, prev_anchor, f->measure_pos) : taken_end, f->measure_pos, objs, EX_MAX_OBJECTS);
			/* "The first H200 chips were shipped to Chinese customers, after the
			 * Commerce Department issued the licences": licences named with "the"
			 * and no goods are for the goods of the clause before. */
			if (nobj == 0 && c > 0 && f->measure_object < 0 && f->trigger >= 0 &&
			    ex_action_is(RULES_ACTIONS[ra->action], "export_license") &&
			    ex_definite_measure(ctx, f, span_end))
				nobj = (int)ex_frame_objects(ctx, bounds[c - 1], cs, objs, EX_MAX_OBJECTS);
			/* "China's rare-earth controls remain suspended, and general
			 * licences for U.S. users are being issued": the controlled goods
			 * named last before (ex_general_goods); not when the actor is only
			 * where the licences go ("General licences granted to U.S. buyers
			 * have not been extended to European companies"). */
			if (nobj == 0 && ex_action_is(RULES_ACTIONS[ra->action], "export_license") &&
			    !ex_only_destination(ctx, cs, span_end, actor) &&
			    (n_general = ex_general_goods(ctx, f, s, span_end, objs, EX_MAX_OBJECTS, st == STATUS_PROPOSED)) > 0)
				nobj = (int)n_general;
			/* "Q: Will China restore the licences of the two U.S. sorghum
			 * exporters? SPOKESPERSON: Customs restored them today": an answer
			 * that tells an outcome with no goods is on the question's ("We buy
			 * on market conditions" tells none). */
			if (nobj == 0 && st != STATUS_PLEDGED && st != STATUS_PROPOSED &&
			    ex_question_before(ctx->text, s, &qs, &qe))
				nobj = (int)ex_frame_objects(ctx, qs, qe, objs, EX_MAX_OBJECTS);
			/* "British farmers will get the same access": the goods before. */
			if (nobj == 0 && f->measure_object < 0)
				nobj = (int)ex_same_objects(ctx, f, span_end, objs, EX_MAX_OBJECTS);
			/* "the tariff on Brazilian beef, coffee and fruits": kinds with no
			 * object of their own are under the tariff in general. */
			if (nobj > 0 && f->measure_object >= 0 &&
			    strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0)
				nobj = (int)ex_member_tariffs(ctx, cs, obj_end, objs, (size_t)nobj,
				    f->measure_object);
			/* "Chinese buyers also bought two cargoes of U.S. wheat, though no
			 * wheat purchase commitment has been announced" (ex_uncommitted). */
			if (nobj > 0 && ex_action_is(RULES_ACTIONS[ra->action], "purchase")) {
				int kept = 0;

				for (int o = 0; o < nobj; o++)
					if (!ex_uncommitted(ctx, s, e, objs[o]))
						objs[kept++] = objs[o];
				if (kept == 0)
					goto next;
				nobj = kept;
			}
			if (ra->object_only ||
			    (f->measure_object >= 0 && ex_action_is(RULES_ACTIONS[ra->action], "suspend_measure")))
				nobj = 0;
			/* "... would cut tariffs on UK steel to zero. The zero-tariff
			 * arrangement remains in limbo": a definite measure noun with no
			 * goods of its own and an outcome tells of the earlier statements
			 * of its action, not of tariffs in general. */
			if (nobj == 0 && !ra->object_only && (f->measure_object < 0 ||
			    f->measure_object == rules_object_find(r, "tariffs") ||
			    f->measure_object == rules_object_find(r, "export_controls")) &&
			    (st == STATUS_STALLED || st == STATUS_BROKEN || st == STATUS_IN_PROGRESS ||
			    (st == STATUS_FULFILLED && f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor &&
			    ex_action_is(RULES_ACTIONS[ra->action], "market_access"))) &&
			    ex_definite_np(ctx->text, cs, ex_hyphen_start(ctx->text, cs,
			    f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor ? f->measure_pos : f->anchor))) {
				/* "the promised purchases are stuck: China has not bought
				 * a single cargo of U.S. sorghum": of the goods the rest
				 * of the sentence names, if it names any. */
				size_t nafter = f->trigger >= 0 ? ex_frame_objects(ctx, f->anchor_end, e, objs,
				    EX_MAX_OBJECTS) : 0;
				int n = ex_reference_push(ctx, s, e, f->anchor, ra->action, 0, objs, nafter,
				    carried ? -1 : actor, (enum status)st);

				if (n < 0)
					return -1;
				if (n > 0)
					goto next;
			}
			/* "Beijing's tariff on U.S. LNG fell to zero.  The 25 percent
			 * levy, imposed in 2025, was removed on Monday": a definite tariff
			 * noun opening the sentence, cut and done, is the tariff told
			 * just before; its goods. */
			if (nobj == 0 && f->measure_object == rules_object_find(r, "tariffs") && st == STATUS_FULFILLED &&
			    ex_action_is(RULES_ACTIONS[ra->action], "tariff_cut") && ex_opening_levy(ctx, s, e, f))
				nobj = ex_levy_goods(ctx, s, ra->action, carried ? -1 : actor, objs);
			/* "Rare earths: China will suspend its export controls for a
			 * year": a label opening the sentence names the goods of a
			 * measure that names none (export controls, tariffs in general);
			 * so does a topic opener ("On rare earths, China will suspend
			 * its controls", "On soybeans, which ..., China agreed to buy
			 * 25 Mt": ex_topic_goods_end). */
			if (nobj == 0 && !ra->object_only && (f->measure_object < 0 ||
			    f->measure_object == rules_object_find(r, "tariffs") ||
			    f->measure_object == rules_object_find(r, "export_controls")) &&
			    ((levy = ex_label_end(ctx->text, s, e, f->anchor)) != EX_NOPOS ||
			    (levy = ex_topic_goods_end(ctx, s, e, f->anchor)) != EX_NOPOS))
				nobj = (int)ex_frame_objects(ctx, s, levy, objs, EX_MAX_OBJECTS);
			/* "Chinese carmakers that sell at a floor price would be exempt
			 * from the duties": a tariff that names no goods is on those of
			 * the makers its sentence names. */
			if (nobj == 0 && strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0 &&
			    f->measure_object == rules_object_find(r, "tariffs") &&
			    (objs[0] = ex_maker_goods(ctx, s, f->anchor, e)) >= 0)
				nobj = 1;
			/* "The EU imposed tariffs of up to 35.3% on Chinese EVs. ... price
			 * undertakings that could replace the duties": "the duties" with
			 * no goods are those an earlier sentence put them on. */
			if (nobj == 0 && strncmp(RULES_ACTIONS[ra->action], "tariff_", 7) == 0 &&
			    f->measure_object == rules_object_find(r, "tariffs") &&
			    (objs[0] = ex_told_levy_goods(ctx, f, s, e, actor)) >= 0)
				nobj = 1;
			/* "Gallium exports have recovered since the ban on exports to the
			 * US was suspended", "China banned their export ... and lifted
			 * that ban": a definite ban with no goods of its own is on the
			 * goods told before it. */
			if (nobj == 0 && !ra->object_only && ex_action_is(RULES_ACTIONS[ra->action], "ease_export_controls") &&
			    (f->measure_object < 0 || f->measure_object == rules_object_find(r, "export_controls")))
				nobj = (int)ex_ban_goods(ctx, f, s, span_end, objs, EX_MAX_OBJECTS);
			/* "On soybeans, it's more complicated. China pledged 25 million
			 * tons": a pledged tonnage with no goods is of the goods of the
			 * topic sentence before it. */
			if (nobj == 0 && f->trigger >= 0 && ex_trigger_is(r, f->trigger, "buy") &&
			    ex_tonnage_given(ctx->text, ctx->len, f->anchor, f->anchor_end) &&
			    (objs[0] = ex_topic_sentence_goods(ctx, s)) >= 0)
				nobj = 1;
			if (nobj == 0) {
				if (ra->object >= 0 && (ra->object_only || f->measure_object < 0))
					objs[nobj++] = ra->object;
				else if (f->measure_object >= 0)
					objs[nobj++] = f->measure_object;
				else if (f->entry && (objs[0] = rules_object_find(r, "tariffs")) >= 0)
					nobj = 1;
			}
			/* "Chinese buyers booked three cargoes last week": lots bought
			 * with no goods of their own are of the purchases told before. */
			if (nobj == 0 && (f->measure < 0 || ex_lot_step(ctx, f, span_end, ce))) {
				if (ex_anaphor(ctx, f, s, e, cs, span_end, history, &nw, &nq, &scanned) == -1)
					return -1;
				goto next;
			}
			if (nobj > 0)
				ex_sentence_scan(ctx, s, e, &nw, &nq, &scanned);
			/* "both countries suspended the port fees", "tariffs on each other's goods",
			 * "India and Japan agreed to cut tariffs":
			 * one entry per side, each the other's counterparty; not a measure one
			 * side owns ("both sides confirmed the tariff imposed by the US"). */
			/* "Mexico and the United States remain at odds over a quota":
			 * a pair that differs over a matter does not both owe it. */
			disputed = ex_disputed(ctx, k > 0 ? prev_anchor : cs, f->anchor);
			/* "... but the two sides remained far apart on market access":
			 * with no side named by its goods, nobody is shown to owe it. */
			if (disputed && !explicit_cp)
				goto next;
			/* "Japan and Korea signed a pact.  Under it, they will remove
			 * tariffs on steel": with no party named, each is the other's. */
			if (!explicit_cp && !pt.owner && !disputed && (o2 = ex_pair_pronoun_co(ctx, s,
			    k > 0 ? prev_anchor : cs, f->anchor, actor, -1)) >= 0)
				cp = o2;
			/* "Both sides said they would look at a quota for European
			 * steel": the quota lets one side's goods in. */
			mutual = cp >= 0 && cp != actor && !pt.owner && !disputed && partner < 0 &&
			    (ex_mutual(ctx, k > 0 ? prev_anchor : cs, f, span_end) ||
			    ex_joint_subject(ctx, k > 0 ? prev_anchor : cs, f->anchor, actor, cp) ||
			    ex_pair_pronoun(ctx, s, k > 0 ? prev_anchor : cs, f->anchor, actor, cp));
			/* "Australia and South Korea pledged to buy US LNG": one entry per buyer. */
			co = mutual || pt.owner || disputed ? -1 : ex_co_subject(ctx, k > 0 ? prev_anchor : cs,
			    f->anchor, actor, cp);
			/* "Japan and Korea signed a deal.  They will buy US LNG": both buy. */
			if (co < 0 && !mutual && !pt.owner && !disputed)
				co = ex_pair_pronoun_co(ctx, s, k > 0 ? prev_anchor : cs, f->anchor, actor, cp);
			/* "Japan, South Korea and Taiwan pledged to buy US LNG": the names
			 * that open the list buy too. */
			if (co >= 0) {
				int nh = ex_list_heads(ctx, k > 0 ? prev_anchor : cs, f->anchor, actor, co, heads, 4);

				for (int h = 0; h < nh; h++)
					if (heads[h] != cp)
						heads[nheads++] = heads[h];
			}
			/* "tariffs on imports from Mexico and Canada": one entry per beneficiary. */
			renewed = ex_renewed_suspension(ctx, f, cs, span_end, e);
			cp2 = mutual || co >= 0 || pt.cp2 == actor ? -1 : pt.cp2;
			for (int side = 0; side <= (mutual || co >= 0 || cp2 >= 0) + nheads; side++)
			for (int o = 0; o < nobj; o++) {
				const struct rule_object *ob = &r->objects[objs[o]];
				const char *action = RULES_ACTIONS[ra->action];
				struct ex_stmt stmt;
				int object = objs[o], from, wide, aid = ra->action, sale, origin, levier;
				size_t glo, gpos;

				/* "curb" makes enforcement only of a flow such as fentanyl. */
				if (ra->only_forced && ob->action != ra->action)
					continue;
				/* "... booked 410,000 tonnes of US sorghum, but there is no
				 * formal purchase commitment for sorghum". */
				if (ex_no_deal_for(ctx, s, e, object))
					continue;
				memset(&stmt, 0, sizeof(stmt));
				if (renewed && strcmp(action, "tariff_cut") == 0) {
					action = "tariff_pause";
					aid = -1;
				}
				if (strncmp(action, "tariff_", 7) == 0 && ob->tariff_object >= 0)
					object = ob->tariff_object;
				else if (ob->action >= 0)
					action = RULES_ACTIONS[aid = ob->action];
				else if (pt.permits_export) {
					action = "export_license";
					aid = -1;
				} else if (pt.permits_import) {
					action = "market_access";
					aid = -1;
				}
				stmt.actor = side == 0 ? actor : side >= 2 ? heads[side - 2] : mutual ? cp : co >= 0 ? co : actor;
				/* A bare noun names only goods of a commitment told before. */
				if (bare_ref && !ex_bare_known(ctx, s, stmt.actor, object))
					continue;
				/* "The UK and US are negotiating the removal of tariffs on
				 * British steel": of two sides, the one whose goods bear the
				 * tariff, or are bought, does not owe the cut or the purchase;
				 * "The EU and the US are negotiating a quota for European
				 * steel": nor does the one whose goods the quota lets in. */
				origin = mutual ? ex_object_origin(ctx, f->anchor, span_end, objs[o], -1,
				    ex_sole_origin(ctx, f->anchor_end, span_end, actor, cp)) : -1;
				if (mutual && (strncmp(action, "tariff_", 7) == 0 || strcmp(action, "purchase") == 0 ||
				    strcmp(action, "market_access") == 0) && origin == stmt.actor)
					continue;
				/* "On steel, which faces a 50% US tariff, the two sides will
				 * consider a quota": with no goods' origin named, the side
				 * whose tariff the sentence names opens the quota under it. */
				if (mutual && origin < 0 && strcmp(action, "market_access") == 0 &&
				    (levier = ex_levy_party(ctx, s, e, -1)) >= 0 && (levier == actor || levier == cp) &&
				    levier != stmt.actor)
					continue;
				/* "Boeing and China's state aircraft buyer are negotiating an
				 * order": of two sides, the maker sells. */
				if (mutual && strcmp(action, "purchase") == 0 && ex_maker_side(ctx, s, f->anchor, stmt.actor, 0))
					continue;
				stmt.counterparty = side && mutual ? actor : cp2 >= 0 ? (side ? cp2 : cp) :
				    pt.dest_cp || ex_exempted_party(ctx, f, cp) ? cp :
				    ex_object_origin(ctx, f->anchor, span_end, objs[o], stmt.actor, cp);
				/* "Washington agreed to cut its steel tariff.  A duty-free
				 * quota of 13,000 tonnes of American beef a year is open": an
				 * opener carried from before is never the origin of the goods
				 * the measure noun lets in (named after it, their origin right
				 * before them); the goods' origin is owed, the other side
				 * opens.  "The expanded U.S. beef quota" names its owner. */
				if (carried && !mutual && ex_action_is(action, "market_access") && stmt.counterparty >= 0 &&
				    stmt.counterparty != stmt.actor &&
				    (glo = f->measure_pos != EX_NOPOS && f->measure_pos < f->anchor ? f->measure_pos : f->anchor,
				    gpos = ex_object_pos(ctx, glo, span_end, objs[o])) != (size_t)-1 &&
				    ex_has_kind(ctx, RULE_MEASURE, glo, gpos) &&
				    ex_object_origin(ctx, glo, span_end, objs[o], -1, -1) == stmt.actor) {
					int a = stmt.actor;

					stmt.actor = stmt.counterparty;
					stmt.counterparty = a;
				}
				if (licensed && ob->licensor < 0)
					continue;
				if (licensed && stmt.actor != ob->licensor) {
					stmt.counterparty = stmt.actor;
					stmt.actor = ob->licensor;
				}
				/* "Boeing has delivered the first jets under the order China
				 * placed", "the largest aircraft order in Boeing's history":
				 * the country whose maker the sentence names sells the goods;
				 * the other party buys them. */
				if (!mutual && !licensed && strcmp(action, "purchase") == 0 && stmt.counterparty >= 0 &&
				    stmt.counterparty != stmt.actor && !r->seller[stmt.counterparty] &&
				    ex_maker_side(ctx, s, e, stmt.actor, 1)) {
					int maker = stmt.actor;

					stmt.actor = stmt.counterparty;
					stmt.counterparty = maker;
				}
				/* "U.S. soybean exports to China have resumed": goods that need
				 * no licence are bought; the destination buys from the origin. */
				/* "U.S. sorghum sales to China have picked up, with 610,000 tons
				 * booked": the buyer is where they go, not their origin. */
				if ((strcmp(action, "export_license") == 0 || strcmp(action, "purchase") == 0) &&
				    !pt.permits_export &&
				    (sale = ex_origin_sale(ctx, ob, cs, span_end, stmt.actor, stmt.counterparty,
				    f->trigger >= 0 && f->measure == ex_measure_index(r, "export"), carried)) > 0 && (sale == 1 || strcmp(action, "export_license") == 0)) {
					int a = stmt.actor;

					if (sale != 3) {
						stmt.actor = stmt.counterparty;
						stmt.counterparty = a;
					}
					if (strcmp(action, "export_license") == 0) {
						action = sale == 2 ? "market_access" : "purchase";
						aid = -1;
					}
				}
				/* The action's number: known, but for a name given as a string. */
				stmt.action = aid >= 0 ? aid : 0;
				for (int a = 0; aid < 0 && a < RULES_NACTIONS; a++)
					if (strcmp(RULES_ACTIONS[a], action) == 0)
						stmt.action = a;
				stmt.object = object;
				/* A counterparty only guessed from the article follows an earlier
				 * statement of the same commitment that named one. */
				if (!explicit_cp && !(side && mutual))
					for (size_t i = ctx->st.n; i-- > 0;)
						if (ctx->st.v[i].actor == stmt.actor && ctx->st.v[i].action == stmt.action &&
						    ctx->st.v[i].object == stmt.object) {
							stmt.counterparty = ctx->st.v[i].counterparty;
							break;
						}
				/* "China tightened checks on shipments to Mexico and Canada",
				 * "Mexican authorities have stepped up seizures", "U.S. officials
				 * will look at precursor seizures ... traced to China": a flow
				 * curbed under a levy one party owns over it (the fentanyl tariff)
				 * is owed to that party, wherever the goods were bound; the
				 * owner, told as the subject, only watches the other's curb,
				 * and with no other party named ("The United States will add
				 * 200 customs officers to look for fentanyl") guards its own
				 * border: a commitment to nobody. */
				if (strcmp(RULES_ACTIONS[stmt.action], "enforcement") == 0 && ob->tariff_object >= 0 &&
				    (levier = r->objects[ob->tariff_object].owner) >= 0 && stmt.actor >= 0) {
					if (stmt.actor != levier)
						stmt.counterparty = levier;
					else if (stmt.counterparty >= 0 && stmt.counterparty != levier) {
						stmt.actor = stmt.counterparty;
						stmt.counterparty = levier;
					} else
						continue;
				}
				/* "German carmakers have received licences ..., the first issued
				 * to European companies": member firms under the bloc's
				 * arrangement are the EU's side; the bloc owes its own members
				 * nothing. */
				if (ex_bloc_side(ctx, s, e, &stmt, !explicit_cp && !(side && mutual) && cp2 < 0) == -1)
					continue;
				/* "Trump said China would buy a lot of planes", "Rollins said
				 * Chinese buyers have booked cargoes": a party that sells in
				 * the purchases the rules track ("sellers") buys only when it
				 * is the last party named before the verb ("The Pentagon agreed
				 * to buy gallium"); after it, another party is the buyer.  And
				 * unless the goods are named by the other party's origin ("The
				 * U.S. said it would in turn buy more Chinese sorghum") or the
				 * frame is mutual ("purchases of each other's beef"), it buys
				 * only controlled goods another party licenses (the gallium and
				 * rare earths it stocks from allies): "US officials have praised
				 * Europe's LNG buying", "Sorghum purchases had stalled, and I
				 * raised it with the Chinese ambassador" are the other side's
				 * purchases told from the seller's side. */
				if (strcmp(RULES_ACTIONS[stmt.action], "purchase") == 0 && stmt.actor >= 0 &&
				    r->seller[stmt.actor] && ((ex_last_other(ctx, s, f->anchor, stmt.actor) >= 0 &&
				    ex_last_other(ctx, s, f->anchor, -1) != stmt.actor) ||
				    ex_seller_firms(ctx, s, e, stmt.actor) ||
				    (!mutual && (stmt.counterparty < 0 ||
				    ex_object_origin(ctx, f->anchor, span_end, objs[o], -1, -1) != stmt.counterparty) &&
				    (!r->objects[stmt.object].controlled || r->objects[stmt.object].licensor == stmt.actor))))
					continue;
				stmt.guessed_cp = !explicit_cp && !(side && mutual) && cp2 < 0;
				stmt.carried = carried;
				stmt.trigger = f->trigger;
				stmt.status = (enum status)st;
				/* "U.S. poultry plants are still waiting", after beef plants
				 * were let in: goods nobody was told to have pledged wait on
				 * applications under review, no pledge delayed. */
				if (plant_cue && st == STATUS_STALLED && !ex_bare_known(ctx, s, stmt.actor, stmt.object))
					stmt.status = STATUS_PROPOSED;
				/* "has resumed imports of U.S. logs": for access, trade
				 * taken up again is the ban lifted, not a part done. */
				if (st == STATUS_IN_PROGRESS && ex_action_is(action, "market_access") &&
				    ex_cues_only(ctx, cs, span_end, STATUS_IN_PROGRESS, EX_RESUMED, EX_NWORDS(EX_RESUMED), span_end))
					stmt.status = STATUS_FULFILLED;
				stmt.rank = chist || since_past || f->anchor < framing ? 0 : 1;
				/* "January 2026: China resumes purchases of US sorghum" in a
				 * timeline after "China on Tuesday suspended purchases": a
				 * dated step is background to a statement about now (kept
				 * when no other statement tells its key). */
				if (timeline)
					stmt.rank = 0;
				stmt.terms = st == STATUS_PLEDGED ? ex_terms_opening(ctx, s, e) : 0;
				stmt.lot = lot && st == STATUS_IN_PROGRESS;
				stmt.bare = bare && st == STATUS_PLEDGED;
				/* "..., the first cargo delivered under the energy partnership.
				 * Under the partnership, utilities committed to buy ...": under way. */
				if (stmt.terms && ex_terms_progress(ctx, s, e))
					stmt.status = STATUS_IN_PROGRESS;
				/* "A year after Vietnam agreed to buy 50 Boeing jets, the first
				 * five aircraft have been delivered": a main clause that names
				 * the goods or the verb tells of the old pledge, even with no
				 * cue known; it stays (as background). */
				stmt.orphan = orphan == EX_FRAMING &&
				    ex_names_commitment(ctx, framing, e, object, f->trigger) ? 0 : orphan;
				stmt.pos = f->anchor;
				stmt.later_step = strncmp(RULES_ACTIONS[stmt.action], "tariff_", 7) == 0 &&
				    ex_later_step(ctx->text, cs, f->anchor, f->anchor_end, span_end);
				stmt.sent_start = s;
				stmt.sent_end = e;
				stmt.attr_start = as;
				stmt.attr_len = al;
				/* Deadline: a "by"/"within" date of the clause, or a date the sentence
				 * says something takes effect on ("took effect on Monday", "...,
				 * effective from January 1"), whatever its clause. */
				dl_out = 0;
				for (size_t w = 0; w < nw; w++) {
					const struct when_match *wm = &ctx->when[w];
					int since, report, done, eff;

					/* "suspended its Oct. 9 export controls": a day that
					 * names the measure is no date to meet. */
					if (wm->named)
						continue;
					since = wm->since && ex_since_effect(ctx, f, wm, &stmt, action, cs, ce);
					report = stmt.status == STATUS_FULFILLED && ex_reported_done(ctx, f, wm, nw, s, e);
					done = stmt.status == STATUS_FULFILLED && (ex_done_on(ctx, f, wm, cs, ce) || report ||
					    (c + 1 < nb && ex_relative_day(ctx, f, wm, ce, bounds[c + 2]))) &&
					    !(wm->since && ex_accrues(action));
					eff = ex_effect_near(ctx, mi, s, e, wm->offset, wm->offset + wm->len) ||
					    done || since || ex_rate_day(ctx, f, wm, action, cs, ce);

					if ((wm->offset < cs || wm->offset >= ce) && !eff)
						continue;
					/* "The United States cut tariffs on Japanese cars last
					 * year, and Korean cars will enter Canada tariff-free from
					 * July": a later clause's act to come owns its date. */
					if (f->past && wm->offset >= ce && ex_modal_between(ctx->text, ce, wm->offset))
						continue;
					/* "cut tariffs on pork from May 1 and will eliminate them on
					 * beef by 2029": each verb's own date. */
					if ((k + 1 < valid && fr[k + 1].pronoun && wm->offset >= span_end) ||
					    (f->pronoun && wm->offset < f->anchor))
						continue;
					/* "would invest $200 billion by the end of 2028, and agreed
					 * to open quotas for beef": a date of the verb before, an
					 * "and" after it, is that verb's, and so for the verbs after
					 * ("..., and agreed to open quotas ... and to eliminate");
					 * not a day of acts done ("cut the duty on Monday and
					 * removed the quota"). */
					if (!done && !since && ex_date_before_and(ctx->text, fr, k, wm))
						continue;
					if (wm->kind == WHEN_EXPIRY && stmt.expires[0] == '\0')
						memcpy(stmt.expires, wm->date, 11);
					/* "will cut its tariff, effective November 10; Beijing will
					 * buy soybeans by the end of the year": a date of the clause
					 * itself outweighs another clause's date of effect. */
					if (dl_out && wm->offset >= cs && wm->offset < ce && wm->kind == WHEN_DEADLINE) {
						stmt.deadline[0] = '\0';
						dl_out = 0;
					}
					/* "agreed to buy ... by March 1, but the deadline was
					 * later pushed back to June 30": the new date. */
					if (stmt.deadline[0] != '\0' && wm->kind == WHEN_DEADLINE && ex_moved_date(ctx->text + wm->offset, wm->len))
						stmt.deadline[0] = '\0';
					if (stmt.deadline[0] == '\0' && (wm->kind == WHEN_DEADLINE ||
					    (wm->kind == WHEN_DATE && eff && (since || done ||
					    !ex_action_is(action, "tariff_pause")))) &&
					    !(wm->kind == WHEN_DEADLINE && ex_by_as_of(ctx, s, wm))) {
						dl_out = wm->offset < cs || wm->offset >= ce;
						memcpy(stmt.deadline, wm->date, 11);
						if (done && !since)
							ex_done_weekday(ctx, wm, stmt.deadline);
						stmt.effective = eff;
						stmt.dl_report = report;
						stmt.dl_span = ex_span_date(ctx->text + wm->offset, wm->len);
					}
				}
				ex_past_day_anchor(ctx, f, nw, cs, ce);
				/* "Beijing lifts its ban on U.S. beef, effective immediately":
				 * an act told in the present whose date of effect has come is
				 * done (ex_effect_apply is the other way round). */
				if (stmt.status == STATUS_PLEDGED && stmt.effective && stmt.deadline[0] != '\0' &&
				    f->trigger >= 0 && !f->past && ctx->published != NULL && strlen(ctx->published) >= 10 &&
				    strncmp(stmt.deadline, ctx->published, 10) <= 0 &&
				    (ex_present_act(ctx->text, cs, f->anchor, f->anchor_end) ||
				    ex_immediate_effect(ctx->text, cs, ce)))
					stmt.status = STATUS_FULFILLED;
				/* "The lower duty takes effect next month": a date of effect
				 * still to come, with no day to read (ex_effect_apply reads
				 * one that has a day). */
				if ((stmt.status == STATUS_FULFILLED || stmt.status == STATUS_IN_PROGRESS) &&
				    stmt.deadline[0] == '\0' &&
				    !ex_action_is(action, "tariff_pause") && ex_effect_ahead(ctx, cs, span_end))
					stmt.status = STATUS_PLEDGED;
				if (pending && ex_deadline_passed(ctx, stmt.deadline))
					stmt.status = STATUS_STALLED;
				/* "China on Monday suspended the sanctions": the day before
				 * the done verb is the day of the act, when no statement of
				 * the key gives a date ("... The change takes effect on
				 * January 20" does; ex_merge). */
				if (stmt.status == STATUS_FULFILLED && stmt.deadline[0] == '\0')
					for (size_t w = 0; w < nw && stmt.act_day[0] == '\0'; w++)
						if (ex_done_before(ctx, f, &ctx->when[w], s) &&
						    ex_done_weekday(ctx, &ctx->when[w], stmt.act_day) == 0)
							memcpy(stmt.act_day, ctx->when[w].date, 11);
				/* "will eliminate tariffs on 99 per cent of Indian exports from
				 * the date of entry into force", "removed tariffs ... on entry
				 * into force": the day the article gives for it. */
				if (stmt.deadline[0] == '\0' && ex_force_anaphor(ctx->text, s, e) && ex_force_date(ctx) != NULL)
					memcpy(stmt.force_day, ctx->force_date, 11);
				/* "The India-UK trade agreement entered into force on July 1.
				 * ... India has halved its duty on whisky": a tariff cut or an
				 * opening of the article's agreement starts with it: a done one
				 * when that day is not after the article, one to come when it
				 * is (a pledge told once the deal is in force is a later step). */
				else if (stmt.deadline[0] == '\0' && (ex_action_is(action, "tariff_cut") ||
				    ex_action_is(action, "market_access")) && ex_force_date(ctx) != NULL &&
				    ctx->force_deal && ctx->published != NULL &&
				    (stmt.status == STATUS_FULFILLED ? strcmp(ctx->force_date, ctx->published) <= 0 :
				    stmt.status == STATUS_PLEDGED && strcmp(ctx->force_date, ctx->published) > 0))
					memcpy(stmt.force_day, ctx->force_date, 11);
				/* "The port fee suspensions will last until Nov. 10, 2026": a known
				 * measure, named with "the", given only an end date, states how long
				 * it runs, not a new pledge: it lends its expiry, never its status. */
				if (f->trigger >= 0 && !f->past && f->measure_pos != EX_NOPOS && stmt.expires[0] != '\0' &&
				    stmt.deadline[0] == '\0' && !strong && ex_definite_np(ctx->text, cs, f->measure_pos))
					stmt.rank = -1;
				/* "with India halving its duty to 75% and the United Kingdom
				 * removing tariffs": the amounts before a subject of its own,
				 * after an earlier verb, are that verb's. */
				qown = prev_anchor > cs ? ex_subject_pos(ctx, prev_anchor, f->anchor, actor) : EX_NOPOS;
				if (qown == EX_NOPOS || qown < qlo)
					qown = qlo;
				/* "will scrap its 8.5% tariff on U.S. corn and cut its beef
				 * tariff", "will buy $2 billion of U.S. corn and will invest":
				 * a second verb of the subject, its goods named after it or
				 * not between the verbs, leaves the amounts before it to the
				 * first. */
				if (prev_anchor > cs && prev_anchor < f->anchor && qown < f->anchor &&
				    ex_and_verb(ctx->text, prev_anchor, f->anchor) &&
				    (ex_object_pos(ctx, f->anchor, span_end, object) != (size_t)-1 ||
				    ex_object_pos(ctx, prev_anchor, f->anchor, object) == (size_t)-1))
					qown = f->anchor;
				from = ex_pick_quantity(ctx, nq, f->anchor > 60 && f->anchor - 60 > qown ? f->anchor - 60 : qown,
				    span_end, f->anchor, action, object, &stmt.quantity);
				/* The rest of the clause, short of another verb's own
				 * action: "would buy more LNG and would invest $20 billion";
				 * and the new rate before an old one ("down from 27.5%"). */
				wide = !stmt.quantity.present || from;
				if (wide)
					ex_pick_quantity(ctx, nq, qown, ex_other_action_end(r, fr, valid, k, ce),
					    f->anchor, action, object, &stmt.quantity);
				/* "will suspend the 24% tariff for 90 days, keeping its 10% duty",
				 * "... while retaining the 10 percent rate": the rate kept, past
				 * the span's end or in a "while" + gerund clause of the same
				 * subject, or a "while"/"though" clause whose subject is the
				 * rate kept ("while the 10 percent tariff is retained"); also
				 * for a pause whose only rate is the one it suspends. */
				if ((!wide || (!stmt.quantity.present && ex_action_is(action, "tariff_pause"))) &&
				    !ex_pick_left_rate(ctx, nq, span_end, ex_other_action_end(r, fr, valid, k, ce),
				    f->anchor, action, &stmt.quantity) && k + 1 == valid && c + 1 < nb &&
				    (ex_while_gerund(ctx->text, ce, bounds[c + 2]) ||
				    ex_while_clause(ctx->text, ce, bounds[c + 2])))
					ex_pick_left_rate(ctx, nq, ce, bounds[c + 2], f->anchor, action, &stmt.quantity);
				/* "have booked 400,000 tonnes under the 1.5 million tonne
				 * purchase commitment": the committed amount, anywhere in the
				 * clause. */
				ex_pick_pledged(ctx, nq, qown, ex_other_action_end(r, fr, valid, k, ce), f, action,
				    object, &stmt.quantity);
				/* Progress with no amount of its own to keep ("has booked 8 Mt
				 * so far, as Beijing works toward its commitment to buy 25 Mt a
				 * year"): the pledge's amount later in the sentence. */
				if (!stmt.quantity.present && stmt.status == STATUS_IN_PROGRESS)
					ex_pick_quantity(ctx, nq, ce, e, f->anchor, action, object, &stmt.quantity);
				/* What is done so far, whatever became of the rest. */
				if (stmt.status != STATUS_PLEDGED && stmt.status != STATUS_PROPOSED)
					ex_pick_progress(ctx, nq, cs, ce, action, object, &stmt.progress);
				/* "will cut tariffs on US goods, which are already low, to zero":
				 * the rate after the relative clause. */
				if (!stmt.quantity.present && k + 1 == valid && c + 1 < nb &&
				    strncmp(action, "tariff_", 7) == 0) {
					size_t rs = ex_after_relative(ctx, nq, bounds[c + 1], bounds[c + 2]);

					if (rs < bounds[c + 2])
						ex_pick_quantity(ctx, nq, rs, bounds[c + 2], f->anchor, action, object,
						    &stmt.quantity);
				}
				/* "..., which will remain at 25 percent instead of rising to
				 * 30 percent": the rate a pause leaves in force. */
				if (ex_action_is(action, "tariff_pause")) {
					ex_relative_kept_rate(ctx, nq, s, e, &stmt.quantity);
					stmt.qty_suspended = ex_suspended_amount(ctx, nq, s, e, &stmt.quantity);
				}
				if (ex_action_is(action, "tariff_cut")) {
					ex_removed_rate(ctx, f, nq, span_end, e, stmt.status == STATUS_FULFILLED, &stmt.quantity);
					ex_rate_by(ctx, nq, f->anchor_end, span_end, &stmt.quantity);
					/* "Pharmaceuticals were exempt from the 39 percent
					 * tariff": a carve-out of the general tariff lends
					 * no rate; another statement of the key tells it. */
					if (ex_exempt_part(ctx, f, s, object))
						memset(&stmt.quantity, 0, sizeof(stmt.quantity));
				}
				/* "tariff-free quotas for US beef and poultry, though volumes are
				 * small: 500 tonnes of beef": no rate, the quota's volume. */
				if (!stmt.quantity.present && (ex_action_is(action, "tariff_cut") ||
				    ex_action_is(action, "market_access")))
					ex_quota_volume(ctx, nq, s, e, object, &stmt.quantity);
				/* "will open a quota of 35,000 tonnes of beef a year at a 7.5
				 * per cent in-quota tariff": the rate that applies. */
				if (ex_action_is(action, "market_access"))
					stmt.qty_free = ex_quota_rate_amount(ctx, nq, s, e, object, &stmt.quantity) == 2;
				stmt.qty_done = ex_done_amount(ctx, nq, f, action, &stmt.quantity);
				/* "China bought 18.6 million tons of U.S. soybeans in 2026,
				 * ..., falling well short of the 25 million tons a year": what
				 * was done is the progress, the target after it the amount. */
				if (stmt.qty_done == 1 && (stmt.status == STATUS_STALLED ||
				    stmt.status == STATUS_BROKEN || stmt.status == STATUS_IN_PROGRESS))
					ex_target_after(ctx, nq, e, action, object, &stmt);
				stmt.confidence = 0.6 + (carried ? (pt.carry_sure ? -0.05 : -0.15) : 0.15) +
				    (explicit_cp ? 0.05 : 0) + (hedge ? -0.15 : 0) + (history ? -0.1 : 0) +
				    (strong ? 0.05 : 0);
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
		for (size_t k = 0; k < nlater; k++)
			if (ex_anaphor(ctx, &later[k], s, e, cs, later_hi[k], history, &nw, &nq, &scanned) == -1)
				return -1;
	}
	/* "..., but the plan has stalled", "..., and officials said they would finish
	 * by end-February": a later clause with no statement of its own tells how the
	 * earlier ones stand, and its "by" date is theirs when they have none. */
	for (size_t c = 1; c < nb; c++) {
		int st, pending, refuser, none;
		size_t made = 0;

		for (size_t i = ex_sent_first(ctx, s); i < ctx->st.n; i++)
			made += ctx->st.v[i].sent_start == s && ctx->st.v[i].pos >= bounds[c] &&
			    ctx->st.v[i].pos < bounds[c + 1];
		if (made > 0)
			continue;
		/* After "A year after the EU agreed to buy ...," the main clause tells how
		 * that pledge stands, whatever its subject ("European buyers have taken
		 * only a fraction"). */
		/* "Vietnam asked the United States to lift its duties, but Washington
		 * refused": the request is no commitment. */
		if ((refuser = ex_refusal(ctx, bounds[c], bounds[c + 1])) >= 0)
			for (size_t i = ex_sent_first(ctx, s); i < ctx->st.n; i++)
				if (ctx->st.v[i].sent_start == s && ctx->st.v[i].pos < bounds[c] &&
				    ctx->st.v[i].actor == refuser && ctx->st.v[i].status == STATUS_PROPOSED)
					ctx->st.v[i].orphan = EX_REFUSED;
		/* "Washington demanded that Seoul lift its beef ban; that demand was
		 * dropped from the final text": no one's commitment, and no status. */
		if (ex_request_dropped(ctx->text, bounds[c], bounds[c + 1])) {
			for (size_t i = ex_sent_first(ctx, s); i < ctx->st.n; i++)
				if (ctx->st.v[i].sent_start == s && ctx->st.v[i].pos < bounds[c])
					ctx->st.v[i].orphan = EX_REFUSED;
			continue;
		}
		pending = 0;
		st = bounds[c] == framing ? ex_outcome_cues(ctx, bounds[c], bounds[c + 1], &pending) :
		    ex_clause_outcome(ctx, bounds[c], bounds[c + 1], &pending);
		/* "once it is running, with the first deliveries planned for 2028". */
		if (st == STATUS_IN_PROGRESS && ex_first_planned(ctx, bounds[c], bounds[c + 1]))
			st = -1;
		/* "..., but state buyers have not booked a single cargo since June":
		 * the purchases pledged before have not started. */
		none = st < 0 && !pending && ex_none_bought(ctx, bounds[c], bounds[c + 1]);
		/* "More than a year since Tokyo agreed to cut its tariff, the lower rate
		 * has finally taken effect": done. */
		if (st < 0 && !pending && bounds[c] == framing && ex_done_cue(ctx, bounds[c], bounds[c + 1]))
			st = STATUS_FULFILLED;
		for (size_t i = ex_sent_first(ctx, s); i < ctx->st.n; i++) {
			struct ex_stmt *x = &ctx->st.v[i];
			int xst = st;

			/* "..., but the steel quota has still not been implemented":
			 * another kind of goods' news, not the cars'. */
			if (x->sent_start != s || x->pos >= bounds[c] || x->rank < 0 ||
			    ex_other_goods_subject(ctx, bounds[c], bounds[c + 1], x->object))
				continue;
			/* "..., but the deadline was later pushed back to June 30":
			 * a date moved to replaces the one the pledge had. */
			for (size_t w = 0; w < nw; w++)
				if (ctx->when[w].kind == WHEN_DEADLINE && ctx->when[w].offset >= bounds[c] &&
				    ctx->when[w].offset < bounds[c + 1] &&
				    (x->deadline[0] == '\0' || ex_moved_date(ctx->text + ctx->when[w].offset, ctx->when[w].len)) &&
				    !ex_asked_date(ctx, bounds[c], ctx->when[w].offset)) {
					memcpy(x->deadline, ctx->when[w].date, 11);
					x->dl_span = ex_span_date(ctx->text + ctx->when[w].offset, ctx->when[w].len);
				}
			/* "..., but the cut has not yet been made": late only past its deadline;
			 * a proposal not yet voted on stays a proposal. */
			/* "A year after Seoul agreed to invest ..., the money has yet to
			 * arrive": the opening says the time has run; late. */
			if (pending)
				x->status = ex_deadline_passed(ctx, x->deadline) || bounds[c] == framing ||
				    x->orphan == EX_BACKGROUND ? STATUS_STALLED :
				    x->status == STATUS_PROPOSED ? STATUS_PROPOSED : STATUS_PLEDGED;
			else if (st < 0 && none && x->status == STATUS_PLEDGED &&
			    ex_action_is(RULES_ACTIONS[x->action], "purchase"))
				x->status = STATUS_STALLED;
			else if (st >= 0 && !(x->status == STATUS_FULFILLED &&
			    ex_late_only(ctx, bounds[c], bounds[c + 1])) &&
			    !(x->status == STATUS_FULFILLED && st == STATUS_IN_PROGRESS &&
			    (ex_action_is(RULES_ACTIONS[x->action], "market_access") ||
			    ex_deal_said(ctx->text, bounds[c], bounds[c + 1])))) {
				/* "agreed to lift its ban on US beef, and shipments have
				 * been arriving since": goods let in, the market is open;
				 * goods on their way after a cut that is done ("the duty
				 * fell to 15%, and shipments resumed") tell of trade, no
				 * progress of the cut. */
				if (st == STATUS_IN_PROGRESS && ex_and_progress_subject(ctx->text, bounds[c], bounds[c + 1]) == 2)
					xst = ex_action_is(RULES_ACTIONS[x->action], "market_access") ? STATUS_FULFILLED :
					    ex_action_is(RULES_ACTIONS[x->action], "purchase") ? st : (int)x->status;
				x->status = (enum status)xst;
			}
			/* "In October 2025 Beijing suspended its controls for a year; the
			 * suspension remains in force." */
			ex_revive(x, st < 0 && ex_definite_subject(ctx, bounds[c], bounds[c + 1]) &&
			    ex_kept_predicate(ctx->text, bounds[c], bounds[c + 1]));
		}
	}
	/* "The first containers of beef have cleared customs, three years after
	 * China agreed to open its market": a trailing "<span> after" clause tells
	 * of the pledge; the main clause before it says how it stands. */
	if (ex_lex_in(ctx, EX_LEX_SPAN, s, e) && (tf = ex_trailing_framing(ctx->text, s, e)) != EX_NOPOS) {
		int tpend = 0, tst = ex_outcome_cues(ctx, s, tf, &tpend);

		if (tst < 0 && ex_done_cue(ctx, s, tf))
			tst = STATUS_FULFILLED;
		for (size_t i = ex_sent_first(ctx, s); tst >= 0 && !tpend && i < ctx->st.n; i++)
			if (ctx->st.v[i].sent_start == s && ctx->st.v[i].pos >= tf &&
			    ctx->st.v[i].status == STATUS_PLEDGED && ctx->st.v[i].rank >= 0)
				ctx->st.v[i].status = (enum status)tst;
	}
	/* "An order for 500 jets, which China had agreed to, was cancelled": the
	 * predicate after a relative clause tells how what comes before it stands;
	 * "Japan's commitment to buy US rice, agreed in May 2025, is being
	 * honoured": so does one after a participle aside. */
	for (size_t c = 1; c <= nb; c++) {
		size_t from;
		int pending, st = c < nb ? ex_relative_outcome(ctx, bounds[c], bounds[c + 1], &from, &pending) :
		    ex_aside_outcome(ctx, s, e, &from, &pending);

		for (size_t i = ex_sent_first(ctx, s); st >= 0 && i < ctx->st.n; i++) {
			struct ex_stmt *x = &ctx->st.v[i];

			if (x->sent_start != s || x->pos >= from || x->rank < 0)
				continue;
			/* "has issued the licences, ..., adding that the arrangement was
			 * being implemented": the deal under way, this part of it done. */
			if (x->status == STATUS_FULFILLED && st == STATUS_IN_PROGRESS &&
			    ex_deal_said(ctx->text, c < nb ? bounds[c] : x->pos, from))
				continue;
			if (!pending)
				x->status = (enum status)st;
			else if (ex_deadline_passed(ctx, x->deadline) || x->orphan == EX_BACKGROUND)
				x->status = STATUS_STALLED;
			ex_revive(x, 0);
		}
	}
	/* "China's removal of tariffs on Canadian lobster, which also took effect in
	 * March, ...": a pledge named in the clause before the relative is done; so
	 * is a measure named by a noun alone when the relative clause closes before
	 * its predicate ("The lower tariff on cars, which Tokyo secured in July,
	 * took effect on Monday"). */
	for (size_t c = 1; c < nb; c++)
		for (size_t i = ex_sent_first(ctx, s); i < ctx->st.n; i++) {
			struct ex_stmt *x = &ctx->st.v[i];

			if (x->sent_start == s && x->pos >= bounds[c - 1] && x->pos < bounds[c] &&
			    x->rank >= 0 && x->status == STATUS_PLEDGED &&
			    (ex_relative_effect(ctx, bounds[c], bounds[c + 1], bounds[c - 1], x->pos) ||
			    ex_effect_after_relative(ctx, bounds[c], e)))
				x->status = STATUS_FULFILLED;
		}
	/* "The U.S. agreed to cut the tariff on Indian goods to 18%, a reduction
	 * that took effect on November 24": the pledged act told last in the
	 * clause the appositive closes (its action: "agreed to buy soybeans and
	 * to suspend its controls, a suspension that took effect" leaves the
	 * purchase) is done. */
	if ((ap = ex_appositive_effect(ctx, s, e)) != EX_NOPOS) {
		size_t lo = s, last = EX_NOPOS;

		for (size_t c = 1; c <= nb; c++)
			if (bounds[c - 1] < ap)
				lo = bounds[c - 1];
		for (size_t i = ex_sent_first(ctx, s); i < ctx->st.n; i++)
			if (ctx->st.v[i].sent_start == s && ctx->st.v[i].pos >= lo && ctx->st.v[i].pos < ap &&
			    ctx->st.v[i].rank >= 0 && (last == EX_NOPOS || ctx->st.v[i].pos > ctx->st.v[last].pos))
				last = i;
		for (size_t i = ex_sent_first(ctx, s); last != EX_NOPOS && i < ctx->st.n; i++) {
			struct ex_stmt *x = &ctx->st.v[i];

			if (x->sent_start == s && x->pos >= lo && x->pos < ap && x->rank >= 0 &&
			    x->action == ctx->st.v[last].action && x->status == STATUS_PLEDGED)
				x->status = STATUS_FULFILLED;
		}
	}
	/* "China has restored registrations for 310 US beef plants, and applications
	 * from the remaining plants are being reviewed": done in part, under way.
	 * "members had received the first licences but most were still waiting",
	 * "Four plants are still waiting" after plants were restored: a lag that
	 * is only a part's wait is no stall of the act (ex_part_done). */
	for (size_t i = ex_sent_first(ctx, s), rest = 0, wend = 0; i < ctx->st.n; i++) {
		struct ex_stmt *x = &ctx->st.v[i];


		if (x->sent_start != s || (x->status != STATUS_FULFILLED && x->status != STATUS_STALLED) ||
		    x->rank < 0)
			continue;
		if (rest == 0)
			rest = ex_rest_pending(ctx, s, e, &wend);
		if (rest != EX_NOPOS && (x->status == STATUS_FULFILLED ? x->pos < rest :
		    ex_part_done(ctx, s, e, rest, wend, i)))
			x->status = STATUS_IN_PROGRESS;
	}
	/* "In November Beijing reimposed the ban": the easing before is broken. */
	if ((!history && (ex_reversal(ctx, s, e) == -1 || ex_measure_outcome(ctx, s, e) == -1)) ||
	    ex_deal_outcome(ctx, s, e) == -1)
		return -1;
	/* The subject of this sentence stands for "they", "it", "Beijing" in the next. */
	{
		int a = ex_main_subject(ctx, s, e);

		if (sentence_actor >= 0)
			ctx->last_actor = sentence_actor;
		else if (a >= 0)
			ctx->last_actor = a;
		else if ((a = ex_find_speaker(ctx, s, e)) >= 0)
			ctx->last_actor = a;
		ctx->last_reported = ex_reported_main(ctx, s, e);
		/* "They will also ...": a sentence naming no subject keeps the pair. */
		if (a >= 0)
			ex_keep_pair(ctx, s, e, a);
	}
	return 0;
}
/* ex_side_party - the party a sentence turns the story to by naming its side
 * of a deal: "Washington's side of the bargain has largely been delivered",
 * "The US has kept its own promises", "To be fair to Washington, it has kept
 * its half so far", "China, for its part, ..." (not "its end": "the truce
 * reached its end"); -1 if none.  The possessor
 * before "'s", else the subject nearest before "its", else the one party the
 * sentence names. */
static int
ex_side_party(const struct ex_ctx *ctx, size_t s, size_t e)
{
	static const struct ex_word DEAL[] = {
	    EX_W("bargain"), EX_W("deal"), EX_W("agreement"), EX_W("truce"), EX_W("pact"), EX_W("accord")};
	/* "The US has not kept its side of the bargain": a complaint, no turn. */
	static const struct ex_word NOT[] = {
	    EX_W("not"), EX_W("never"), EX_W("yet"), EX_W("failed"), EX_W("fails"), EX_W("hasn"),
	    EX_W("haven"), EX_W("didn"), EX_W("isn"), EX_W("hasn't"), EX_W("haven't"), EX_W("didn't")};
	const char *t = ctx->text;
	size_t ws, wl, at = EX_NOPOS, its = EX_NOPOS;

	if (!ex_lex_in(ctx, EX_LEX_SIDE, s, e))  /* no side nor promises: most sentences */
		return -1;
	for (size_t pos = s; at == EX_NOPOS && pos < e;) {
		size_t w2s, w2l, bs, bl;

		wl = ex_word_after(t, pos, e, &ws);
		/* past the blanks ex_word_after skipped: a run of them is read once */
		pos = wl > 0 ? ws + wl : ws + 1;
		if (wl == 0)
			continue;
		if (ex_word_in(NOT, EX_NWORDS(NOT), t + ws, wl))
			return -1;
		bl = ex_word_before(t, ws, s, &bs);
		if (bl == 3 && ex_ncasecmp(t + bs, "own", 3) == 0)
			bl = ex_word_before(t, bs, s, &bs);
		if (ex_word_in(EX_SIDE_OWN, EX_NSIDE_OWN, t + ws, wl)) {
			if (bl == 3 && ex_ncasecmp(t + bs, "its", 3) == 0 && bs + 8 <= ws)
				at = ws, its = bs;
			continue;
		}
		if (!ex_word_in(EX_SIDE_NOUNS, EX_NSIDE_NOUNS, t + ws, wl))
			continue;
		/* "side of the bargain", "its side", "its own part". */
		w2l = ex_word_after(t, ws + wl, e, &w2s);
		if (bl == 3 && ex_ncasecmp(t + bs, "its", 3) == 0 && !(wl == 3 && ex_ncasecmp(t + ws, "end", 3) == 0))
			at = ws, its = bs;
		else if (w2l == 2 && ex_ncasecmp(t + w2s, "of", 2) == 0 &&
		    (w2l = ex_word_after(t, w2s + 2, e, &w2s)) == 3 && ex_ncasecmp(t + w2s, "the", 3) == 0 &&
		    (w2l = ex_word_after(t, w2s + 3, e, &w2s)) > 0 && ex_word_in(DEAL, EX_NWORDS(DEAL), t + w2s, w2l))
			at = ws;
	}
	if (at == EX_NOPOS)
		return -1;
	if (its == EX_NOPOS) {
		/* "Washington's side", "the US’s side": the possessor. */
		for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < at; i++) {
			const struct ex_mention *x = &ctx->m.v[i];

			if (x->kind == RULE_ACTOR && x->start >= s && x->end + 2 <= at && at - x->end <= 5 &&
			    (t[x->end] == '\'' || (unsigned char)t[x->end] == 0xe2))
				return x->value;
		}
		return -1;
	}
	{
		int a = ex_find_actor(ctx, s, its, -1), one = -1;

		if (a >= 0)
			return a;
		for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e; i++) {
			const struct ex_mention *x = &ctx->m.v[i];

			if (x->kind != RULE_ACTOR || x->start < s || x->value == one)
				continue;
			if (one >= 0)
				return -1;
			one = x->value;
		}
		return one;
	}
}
int
ex_paragraph_before(const char *t, size_t lo, size_t pos)
{
	int nl = 0;

	while (pos > lo && (t[pos - 1] == ' ' || t[pos - 1] == '\t' || t[pos - 1] == '\n' || t[pos - 1] == '\r'))
		nl += t[--pos] == '\n';
	return nl >= 2;
}
/* ex_side_turn - keep ctx->side_actor for sentence [s,e): set by a sentence
 * that names a party's side of a deal; it lasts through that paragraph (and
 * the next, after a heading), until a sentence's subject is another party. */
static void
ex_side_turn(struct ex_ctx *ctx, size_t s, size_t e)
{
	int a = ex_side_party(ctx, s, e);

	if (a >= 0) {
		ctx->side_actor = a;
		ctx->side_after = 0;
		return;
	}
	if (ctx->side_actor < 0)
		return;
	if ((ctx->side_after > 0 && ex_paragraph_before(ctx->text, 0, s)) ||
	    ((a = ex_main_subject(ctx, s, e)) >= 0 && a != ctx->side_actor))
		ctx->side_actor = -1;
	ctx->side_after++;
}
/* ex_first_index - ctx->first_at: for every block of the text (1 <<
 * EX_FIRST_SHIFT bytes), the first mention starting in it or later, so that
 * ex_first is a step or two, not a binary search (it runs for every
 * sentence, clause and cue).  Without memory ex_first searches as before. */
static void
ex_first_index(struct ex_ctx *ctx)
{
	size_t nb = (ctx->len >> EX_FIRST_SHIFT) + 1, i = 0;

	if ((ctx->first_at = malloc(nb * sizeof(*ctx->first_at))) == NULL)
		return;
	for (size_t b = 0; b < nb; b++) {
		while (i < ctx->m.n && ctx->m.v[i].start < (b << EX_FIRST_SHIFT))
			i++;
		ctx->first_at[b] = i;
	}
	ctx->nfirst = nb;
}

/* ex_sentence_next - the end of the sentence of body[0,len) that starts at s.
 * A "sentence" of more than EX_SENTENCE_MAX bytes is no sentence (a table, a
 * text without stops): it is cut at a space, so that the clause tests, some of
 * which compare each mention with the rest of its clause, cost a bounded time
 * per byte of any input.  The splitter looks no further than twice that: a
 * stop found within EX_SENTENCE_MAX needs only a few bytes after it to be
 * judged, and one further off is cut anyway (reading to the text's end at
 * every piece made 32 MB without a stop take 23 s, not 0.4). */
size_t
ex_sentence_next(const struct rules *rules, const char *body, size_t len, size_t s)
{
	size_t lim = len - s > 2 * EX_SENTENCE_MAX ? s + 2 * EX_SENTENCE_MAX : len;
	size_t e = sentence_end(rules, body, lim, s);

	if (e - s > EX_SENTENCE_MAX) {
		size_t cut = s + EX_SENTENCE_MAX;

		while (cut > s + EX_SENTENCE_MAX / 2 && body[cut - 1] != ' ' && body[cut - 1] != '\t')
			cut--;
		e = cut > s + EX_SENTENCE_MAX / 2 ? cut : s + EX_SENTENCE_MAX;
	}
	return e;
}

/* ex_sentence_after - the end ex_sentence_next gives for the sentence of ctx's
 * text that starts at s: the one ex_extract found there, kept (ex_state_apply
 * walks the sentences again), while the text is as long as it was then; else
 * read again. */
size_t
ex_sentence_after(const struct ex_ctx *ctx, size_t s)
{
	size_t lo = 0, hi = ctx->nsents;

	while (ctx->len == ctx->sents_len && lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ctx->sents[2 * mid] < s)
			lo = mid + 1;
		else if (ctx->sents[2 * mid] > s)
			hi = mid;
		else
			return ctx->sents[2 * mid + 1];
	}
	return ex_sentence_next(ctx->r, ctx->text, ctx->len, s);
}

/* ex_extract - extract_text on a body that ex_clean has cleaned. */
static int
ex_extract(const struct rules *rules, const char *body, size_t len, const char *published,
    struct extraction *out)
{
	struct ex_ctx *ctx;
	struct ex_wordbits saved = ex_wbits;
	uint64_t *wbits;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if ((ctx = calloc(1, sizeof(*ctx))) == NULL)
		return -1;
	/* The text's word bytes, for ex_word_after and ex_word_before; without
	 * memory they walk the bytes. */
	if ((wbits = ex_wordbits_build(body, len)) != NULL)
		ex_wbits = (struct ex_wordbits){body, len, wbits};
	ctx->r = rules;
	ctx->text = body;
	ctx->len = len;
	ctx->sents_len = len;
	ctx->published = published != NULL && *published ? published : NULL;
	ctx->last_actor = -1;
	ctx->last_pair[0] = ctx->last_pair[1] = -1;
	ctx->last_reported = 0;
	ctx->prev_s = EX_NOPOS;
	ctx->cur_s = 0;
	ctx->cur_e = 0;
	ctx->side_actor = -1;
	ctx->list_status = ctx->list_actor = ctx->list_trigger = -1;
	ctx->list_date[0] = '\0';
	if (ctx->published != NULL && strlen(ctx->published) >= 4)
		ctx->pub_year = atoi(ctx->published);
	if ((ctx->actor_weight = calloc(rules->nactors + 1, sizeof(int))) == NULL)
		goto out;

	/* One allocation sized for the text (about one mention per 24 bytes of news);
	 * ex_mention_push grows it only for unusually dense text. */
	ctx->m.cap = len / 24 + 64;
	if ((ctx->m.v = malloc(ctx->m.cap * sizeof(*ctx->m.v))) == NULL)
		goto out;
	/* Without memory for the word classes every ex_lex_in says "maybe". */
	ctx->nlex = (len >> EX_FIRST_SHIFT) + 1;
	ctx->lex = calloc(ctx->nlex, sizeof(*ctx->lex));
	acmatch_scan(rules->ac, body, len, ex_match_cb, ctx);
	if (ctx->m.oom)
		goto out;
	ex_resolve_overlaps(&ctx->m);
	ex_drop_measure_gloss(ctx);
	ex_goods_anaphora(ctx);
	ex_date_anaphora(ctx);
	ex_first_index(ctx);
	ex_actor_roles(ctx);
	ex_country_refs(ctx);
	for (size_t i = 0; i < ctx->m.n; i++)
		if (ctx->m.v[i].kind == RULE_ACTOR && ctx->m.v[i].role != ROLE_LOCATION)
			ctx->actor_weight[ctx->m.v[i].value]++;

	out->body_read = len;
	for (size_t s = 0; s < len;) {
		size_t e;

		if (ctx->st.n >= EXTRACT_MAX_STATEMENTS) {
			out->body_read = s;
			/* The passes after the reading (ex_state_apply,
			 * ex_uncovered_apply, ex_emit) see the text end here too:
			 * a state told in the unread rest must not change what
			 * was read. */
			ctx->len = s;
			break;
		}
		e = ex_sentence_next(rules, body, len, s);
		/* Kept for ex_sentence_after, by start; none used once memory fails. */
		if (ctx->nsents == ctx->sents_cap && ctx->sents_len == len) {
			size_t cap = ctx->sents_cap ? 2 * ctx->sents_cap : 64;
			size_t *v = realloc(ctx->sents, 2 * cap * sizeof(*v));

			if (v != NULL) {
				ctx->sents = v;
				ctx->sents_cap = cap;
			} else
				ctx->sents_len = SIZE_MAX;
		}
		if (ctx->nsents < ctx->sents_cap && (ctx->nsents == 0 || ctx->sents[2 * ctx->nsents - 2] < s)) {
			ctx->sents[2 * ctx->nsents] = s;
			ctx->sents[2 * ctx->nsents + 1] = e;
			ctx->nsents++;
		}

		/* "Traders said the market had long priced in the shortfall": a
		 * market's expectation tells no state of any commitment. */
		size_t priced = ex_lex_in(ctx, EX_LEX_FIRST, s, e) ? ex_priced_in(body, s, e) : EX_NOPOS;

		if (priced != EX_NOPOS && !ex_has_kind(ctx, RULE_TRIGGER, s, priced)) {
			ctx->prev_s = s;
			s = e > s ? e : s + 1;
			continue;
		}

		/* Only sentences with a trigger or a measure (or goods named with a
		 * buying noun, ex_goods_anaphor) can state a commitment. */
		int any = 0;

		/* The items of a list ("China will:", then "- buy ...") take its status. */
		if (ex_list_item(body, s, e) == 0) {
			ctx->list_status = ctx->list_actor = ctx->list_trigger = -1;
			ctx->list_date[0] = '\0';
		}

		for (size_t i = ex_first(ctx, s); i < ctx->m.n && ctx->m.v[i].start < e && !any; i++)
			if (ctx->m.v[i].start >= s && (ctx->m.v[i].kind == RULE_TRIGGER ||
			    ctx->m.v[i].kind == RULE_MEASURE || (ctx->m.v[i].kind == RULE_OBJECT &&
			    (rules->objects[ctx->m.v[i].value].measure >= 0 || ex_goods_noun(ctx, &ctx->m.v[i])))))
				any = 1;
		/* "Projects worth $64 billion have been announced" (ex_money_progress). */
		if (!any && ex_money_told(body, s, e))
			any = 1;
		ex_blanket_scan(ctx, s, e);
		ex_side_turn(ctx, s, e);
		if (any) {
			size_t n0 = ctx->st.n;

			ctx->cur_s = s;
			ctx->cur_e = e;
			if (ex_sentence(ctx, s, e) == -1)
				goto out;
			/* "From today:" then "* the 5% tariff on beef has been removed": the
			 * opening's date is when each item takes effect. */
			for (size_t i = n0; ctx->list_date[0] != '\0' && i < ctx->st.n; i++)
				if (ctx->st.v[i].deadline[0] == '\0') {
					memcpy(ctx->st.v[i].deadline, ctx->list_date, 11);
					ctx->st.v[i].effective = 1;
				}
			if (ctx->st.n == n0 && (ex_same_move(ctx, s, e) == -1 || ex_effect_told(ctx, s, e) == -1))
				goto out;
			if (ctx->st.n > n0 && (ex_same_clause(ctx, s, e, n0) == -1 || ex_owners_pair(ctx, s, e, n0) == -1))
				goto out;
			if (ctx->st.n > n0) {
				ex_follow_baseline(ctx, s, e, n0);
				ex_would_terms(ctx, s, e, n0);
			}
			if (ctx->st.n == n0) {
				ex_follow_deadline(ctx, s, e);
				ex_follow_quantity(ctx, s, e);
				/* "China will suspend:", "The suspension covers:": the
				 * items after it name what the verb acts on. */
				int a = ex_list_opening(ctx, s, e, &ctx->list_trigger);

				if (ctx->list_trigger >= 0) {
					ctx->list_status = ex_list_status(ctx, s, e);
					ctx->list_actor = a;
				}
			}
		} else {
			ex_follow_deadline(ctx, s, e);
			ex_follow_quantity(ctx, s, e);
			if (ex_list_item(body, s, e) != -1 && !ex_list_date(ctx, s, e, ctx->list_date))
				ctx->list_date[0] = '\0';
			/* "The pledge was abandoned in June."; "The change took effect
			 * on Monday." */
			if (ex_deal_outcome(ctx, s, e) == -1 || ex_same_move(ctx, s, e) == -1 ||
			    ex_effect_told(ctx, s, e) == -1)
				goto out;
			/* "... Imports rose 70% last year.  On track.": a scorecard's verdict. */
			int v = ex_verdict(ctx, s, e);

			if (v >= 0 && ex_verdict_push(ctx, s, e, v) == -1)
				goto out;
			/* "The White House said China will:": the list's items are China's. */
			int a = ex_list_subject(ctx, s, e);

			if (a >= 0) {
				ctx->list_status = ex_list_status(ctx, s, e);
				ctx->list_actor = a;
			}
			if (a < 0)
				a = ex_main_subject(ctx, s, e);
			if (a < 0)
				a = ex_find_speaker(ctx, s, e);
			if (a >= 0) {
				ctx->last_actor = a;
				ctx->last_reported = ex_reported_main(ctx, s, e);
				ex_keep_pair(ctx, s, e, a);
			}
		}
		ctx->prev_s = s;
		s = e > s ? e : s + 1;
	}
	ex_fold_subsumed(ctx);
	ex_uncovered_apply(ctx);
	ex_market_choice_apply(ctx);
	if (ex_emit(ctx, out) == -1) {
		extraction_free(out);
		goto out;
	}
	rc = 0;
out:
	ex_wbits = saved;
	free(wbits);
	free(ctx->m.v);
	free(ctx->first_at);
	free(ctx->lex);
	free(ctx->body_qty);
	free(ctx->all_qty);
	free(ctx->sents);
	free(ctx->st.v);
	free(ctx->actor_weight);
	free(ctx);
	return rc;
}

/* extract_text - see extract.h.  The extractor reads the body without the
 * noise of web pages (ex_clean); its offsets are then the body's again. */
int
extract_text(const struct rules *rules, const char *body, size_t len, const char *published,
    struct extraction *out)
{
	struct ex_clean c;
	int rc;

	if (ex_clean(rules, body, len, &c) == -1) {
		memset(out, 0, sizeof(*out));
		return -1;
	}
	if (c.text == NULL)
		return ex_extract(rules, body, len, published, out);
	rc = ex_extract(rules, c.text, c.len, published, out);
	/* Where the reading stopped, in the body's bytes. */
	if (rc == 0 && out->body_read < c.len) {
		size_t bs, be;

		ex_clean_span(&c, out->body_read, out->body_read, &bs, &be);
		out->body_read = bs;
	} else if (rc == 0)
		out->body_read = len;
	/* The evidence is the body's sentence, as it was written. */
	for (size_t i = 0; rc == 0 && i < out->n; i++) {
		struct commitment *x = &out->items[i];
		size_t bs, be;
		char *ev;

		ex_clean_span(&c, x->offset, x->offset + strlen(x->evidence), &bs, &be);
		if ((ev = strndup(body + bs, be - bs)) == NULL) {
			extraction_free(out);
			rc = -1;
			break;
		}
		free(x->evidence);
		x->evidence = ev;
		x->offset = bs;
	}
	ex_clean_free(&c);
	return rc;
}
