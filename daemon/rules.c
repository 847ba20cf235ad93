/*
 * rules.c - load the extraction vocabulary from rules.json.
 *
 * The file is a JSON object (docs/EXTRACTION.md describes every key):
 * actors with aliases, objects with synonyms, HS headings and flags,
 * measure nouns, trigger verbs by class, the (trigger, measure) -> action
 * table, status cues, hedges, negations, conditionals, attribution verbs,
 * history markers, clause breaks, and a few plain word lists.  Every
 * phrase goes into one Aho-Corasick automaton (acmatch.c); the phrase table
 * is sorted case-insensitively so that one automaton id names the run of
 * entries that share a spelling ("suspended" is a trigger and a cue).
 *
 * Errors name the file, the JSON path and what is wrong:
 * "rules.json: $.objects.corn.synonyms[2]: not a string".
 */
#include "rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cJSON.h>

#include "acmatch.h"
#include "extract.h"

const char *const RULES_ACTIONS[RULES_NACTIONS] = {
	"purchase", "export_license", "ease_export_controls", "tariff_cut", "tariff_pause",
	"suspend_measure", "market_access", "investment", "enforcement",
};

struct rules_ctx {
	const char *name;
	char *err;
	size_t errlen;
	struct rules *r;
	size_t phrase_cap;
};

/* rules_fail - format "NAME: PATH: what" into the error buffer; returns -1. */
static int
rules_fail(struct rules_ctx *ctx, const char *path, const char *fmt, ...)
{
	char what[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	snprintf(ctx->err, ctx->errlen, "%s: %s: %s", ctx->name, path, what);
	return -1;
}

/* rules_exact_case - 1 for an all-capitals acronym of at most five letters ("US", "EU");
 * 2 for "the" and a capitalised name ("the Commission"): its capitals must be in the
 * text, past the first byte ("The Commission", not "the commission's removal"). */
static int
rules_exact_case(const char *s)
{
	size_t letters = 0;

	if (strncmp(s, "the ", 4) == 0 && s[4] >= 'A' && s[4] <= 'Z')
		return 2;
	for (; *s; s++) {
		if (*s >= 'a' && *s <= 'z')
			return 0;
		if (*s >= 'A' && *s <= 'Z')
			letters++;
	}
	return letters > 0 && letters <= 5;
}

/* rules_phrase_add - append one phrase entry; 0 or -1. */
static int
rules_phrase_add(struct rules_ctx *ctx, const char *path, const char *text, enum rule_kind kind,
    int value)
{
	struct rules *r = ctx->r;
	struct rule_phrase *p;

	if (*text == '\0')
		return rules_fail(ctx, path, "empty phrase");
	if (strlen(text) > 200)
		return rules_fail(ctx, path, "phrase longer than 200 bytes");
	if (r->nphrases == ctx->phrase_cap) {
		size_t cap = ctx->phrase_cap ? ctx->phrase_cap * 2 : 512;

		if ((p = realloc(r->phrases, cap * sizeof(*p))) == NULL)
			return rules_fail(ctx, path, "out of memory");
		r->phrases = p;
		ctx->phrase_cap = cap;
	}
	p = &r->phrases[r->nphrases];
	memset(p, 0, sizeof(*p));
	if ((p->text = strdup(text)) == NULL)
		return rules_fail(ctx, path, "out of memory");
	r->nphrases++;
	p->len = strlen(text);
	p->kind = kind;
	p->value = value;
	p->exact_case = (unsigned char)rules_exact_case(text);
	return 0;
}

/* rules_strings - add every string of array item (at path) as a phrase. */
static int
rules_strings(struct rules_ctx *ctx, const cJSON *item, const char *path, enum rule_kind kind,
    int value)
{
	char ipath[256];
	const cJSON *s;
	int i = 0;

	if (!cJSON_IsArray(item))
		return rules_fail(ctx, path, "not an array of strings");
	cJSON_ArrayForEach(s, item) {
		snprintf(ipath, sizeof(ipath), "%s[%d]", path, i++);
		if (!cJSON_IsString(s))
			return rules_fail(ctx, ipath, "not a string");
		if (rules_phrase_add(ctx, ipath, s->valuestring, kind, value) == -1)
			return -1;
	}
	return 0;
}

/* rules_list_index - list->order and list->lstart: the items by length. */
static int
rules_list_index(struct rule_list *list)
{
	size_t at[RULE_LIST_SHORT + 1] = {0}, sum = 0;

	if ((list->order = calloc(list->n + 1, sizeof(*list->order))) == NULL)
		return -1;
	for (size_t i = 0; i < list->n; i++)
		at[list->lens[i] < RULE_LIST_SHORT ? list->lens[i] : RULE_LIST_SHORT]++;
	for (size_t l = 0; l <= RULE_LIST_SHORT; l++) {
		list->lstart[l] = sum;
		sum += at[l];
		at[l] = list->lstart[l];
	}
	for (size_t i = 0; i < list->n; i++)
		list->order[at[list->lens[i] < RULE_LIST_SHORT ? list->lens[i] : RULE_LIST_SHORT]++] = i;
	return 0;
}

/* rules_word_list - read an optional array of strings into list. */
static int
rules_word_list(struct rules_ctx *ctx, const cJSON *root, const char *key, struct rule_list *list)
{
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, key), *s;
	char path[128];
	size_t n = 0;

	if (arr == NULL)
		return 0;
	snprintf(path, sizeof(path), "$.%s", key);
	if (!cJSON_IsArray(arr))
		return rules_fail(ctx, path, "not an array of strings");
	if ((list->items = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof(char *))) == NULL ||
	    (list->lens = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof(size_t))) == NULL)
		return rules_fail(ctx, path, "out of memory");
	cJSON_ArrayForEach(s, arr) {
		snprintf(path, sizeof(path), "$.%s[%zu]", key, n);
		if (!cJSON_IsString(s) || *s->valuestring == '\0')
			return rules_fail(ctx, path, "not a non-empty string");
		if ((list->items[n] = strdup(s->valuestring)) == NULL)
			return rules_fail(ctx, path, "out of memory");
		list->lens[n] = strlen(list->items[n]);
		if (list->lens[n] < RULE_LIST_SHORT)
			list->first[list->lens[n]] |=
			    UINT32_C(1) << ((unsigned char)list->items[n][0] & 31);
		list->n = ++n;
	}
	if (rules_list_index(list) == -1)
		return rules_fail(ctx, path, "out of memory");
	return 0;
}

/* rules_name_index - index of name in a table of fixed-size names, appending if add. */
static int
rules_name_index(char (*names)[32], size_t *n, size_t max, const char *name, int add)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp(names[i], name) == 0)
			return (int)i;
	if (!add || *n >= max || strlen(name) >= 32)
		return -1;
	snprintf(names[*n], 32, "%s", name);
	return (int)(*n)++;
}

#define RULES_MAX_KINDS 64

/* rules_actor_find - index of the actor with code code, or -1. */
static int
rules_actor_find(const struct rules *r, const char *code)
{
	for (size_t i = 0; i < r->nactors; i++)
		if (strcmp(r->actors[i], code) == 0)
			return (int)i;
	return -1;
}

/* rules_member - the actor index of member m, the i-th of list b in section
 * ("blocs", "groups"), its JSON path left in path; -1 (an error set) when m is
 * no actor's code. */
static int
rules_member(struct rules_ctx *ctx, const char *section, const cJSON *b, const cJSON *m, int i,
    char *path, size_t pathlen)
{
	int member;

	snprintf(path, pathlen, "$.%s.%s[%d]", section, b->string, i);
	if (!cJSON_IsString(m) || (member = rules_actor_find(ctx->r, m->valuestring)) < 0)
		return rules_fail(ctx, path, "not the code of one of the actors");
	return member;
}

/* rules_blocs - "blocs": {"EU": ["DE", "FR", ...]}: actors that are members of
 * another actor (optional).  Every code names an actor; an actor is in one bloc. */
static int
rules_blocs(struct rules_ctx *ctx, const cJSON *root)
{
	const cJSON *blocs = cJSON_GetObjectItemCaseSensitive(root, "blocs"), *b, *m;
	struct rules *r = ctx->r;
	char path[128];
	int bloc, member, i;

	if ((r->bloc = malloc((r->nactors + 1) * sizeof(*r->bloc))) == NULL)
		return rules_fail(ctx, "$.blocs", "out of memory");
	for (size_t a = 0; a < r->nactors; a++)
		r->bloc[a] = -1;
	if (blocs == NULL)
		return 0;
	if (!cJSON_IsObject(blocs))
		return rules_fail(ctx, "$.blocs", "not an object");
	cJSON_ArrayForEach(b, blocs) {
		snprintf(path, sizeof(path), "$.blocs.%s", b->string);
		if ((bloc = rules_actor_find(r, b->string)) < 0)
			return rules_fail(ctx, path, "a bloc is one of the actors");
		if (!cJSON_IsArray(b))
			return rules_fail(ctx, path, "not an array of actor codes");
		i = 0;
		cJSON_ArrayForEach(m, b) {
			if ((member = rules_member(ctx, "blocs", b, m, i++, path, sizeof(path))) < 0)
				return -1;
			if (member == bloc || r->bloc[member] >= 0)
				return rules_fail(ctx, path, "a member of itself or of two blocs");
			r->bloc[member] = bloc;
		}
	}
	return 0;
}

/* rules_sellers - "sellers": ["US"]: actors that are the seller in every purchase
 * commitment the rules track, never its buyer (optional). */
static int
rules_sellers(struct rules_ctx *ctx, const cJSON *root)
{
	const cJSON *sellers = cJSON_GetObjectItemCaseSensitive(root, "sellers"), *m;
	struct rules *r = ctx->r;
	char path[128];
	int a;

	if ((r->seller = calloc(r->nactors + 1, 1)) == NULL)
		return rules_fail(ctx, "$.sellers", "out of memory");
	if (sellers == NULL)
		return 0;
	if (!cJSON_IsArray(sellers))
		return rules_fail(ctx, "$.sellers", "not an array of actor codes");
	a = 0;
	cJSON_ArrayForEach(m, sellers) {
		snprintf(path, sizeof(path), "$.sellers[%d]", a++);
		int i = cJSON_IsString(m) ? rules_actor_find(r, m->valuestring) : -1;

		if (i < 0)
			return rules_fail(ctx, path, "not the code of one of the actors");
		r->seller[i] = 1;
	}
	return 0;
}

/* rules_programmes - "programmes": {"US": ["AGOA", ...]}: unilateral trade
 * preference programmes by the party that grants them (optional). */
static int
rules_programmes(struct rules_ctx *ctx, const cJSON *root)
{
	const cJSON *progs = cJSON_GetObjectItemCaseSensitive(root, "programmes"), *g;
	char path[128];

	if (progs == NULL)
		return 0;
	if (!cJSON_IsObject(progs))
		return rules_fail(ctx, "$.programmes", "not an object");
	cJSON_ArrayForEach(g, progs) {
		int a = rules_actor_find(ctx->r, g->string);

		snprintf(path, sizeof(path), "$.programmes.%s", g->string);
		if (a < 0)
			return rules_fail(ctx, path, "not the code of one of the actors");
		if (rules_strings(ctx, g, path, RULE_PROGRAMME, a) == -1)
			return -1;
	}
	return 0;
}

/* rules_groups - "groups": {"ASEAN": ["VN", ...], ...}: groups of countries
 * with no code of their own, and the actors that belong to them (optional). */
static int
rules_groups(struct rules_ctx *ctx, const cJSON *root)
{
	const cJSON *groups = cJSON_GetObjectItemCaseSensitive(root, "groups"), *g, *m;
	struct rules *r = ctx->r;
	char path[128];
	size_t n = 0;
	int member, i;

	if (groups == NULL)
		return 0;
	if (!cJSON_IsObject(groups))
		return rules_fail(ctx, "$.groups", "not an object");
	cJSON_ArrayForEach(g, groups)
		n++;
	if ((r->groups = calloc(n + 1, sizeof(*r->groups))) == NULL ||
	    (r->group_member = calloc(n * r->nactors + 1, 1)) == NULL)
		return rules_fail(ctx, "$.groups", "out of memory");
	cJSON_ArrayForEach(g, groups) {
		snprintf(path, sizeof(path), "$.groups.%s", g->string);
		if (!cJSON_IsArray(g) || strlen(g->string) == 0 || strlen(g->string) >= sizeof(r->groups[0]))
			return rules_fail(ctx, path, "a name of 1 to 15 bytes and an array of actor codes");
		i = 0;
		cJSON_ArrayForEach(m, g) {
			if ((member = rules_member(ctx, "groups", g, m, i++, path, sizeof(path))) < 0)
				return -1;
			r->group_member[r->ngroups * r->nactors + (size_t)member] = 1;
		}
		strcpy(r->groups[r->ngroups++], g->string);
	}
	return 0;
}

int
rules_group_find(const struct rules *r, const char *w, size_t n)
{
	for (size_t g = 0; g < r->ngroups; g++)
		if (strlen(r->groups[g]) == n && strncasecmp(r->groups[g], w, n) == 0)
			return (int)g;
	return -1;
}

/* rules_actors - "actors": {"CN": ["China", ...], ...}. */
static int
rules_actors(struct rules_ctx *ctx, const cJSON *root)
{
	const cJSON *actors = cJSON_GetObjectItemCaseSensitive(root, "actors"), *a;
	struct rules *r = ctx->r;
	char path[128];

	if (!cJSON_IsObject(actors))
		return rules_fail(ctx, "$.actors", "missing, or not an object");
	if ((r->actors = calloc((size_t)cJSON_GetArraySize(actors) + 1, sizeof(*r->actors))) == NULL)
		return rules_fail(ctx, "$.actors", "out of memory");
	cJSON_ArrayForEach(a, actors) {
		size_t len = strlen(a->string);

		snprintf(path, sizeof(path), "$.actors.%s", a->string);
		if (len < 2 || len > 3)
			return rules_fail(ctx, path, "an actor is a 2-letter ISO code or EU");
		for (size_t i = 0; i < len; i++)
			if (a->string[i] < 'A' || a->string[i] > 'Z')
				return rules_fail(ctx, path, "an actor code is upper case");
		if (rules_actor_find(r, a->string) >= 0)
			return rules_fail(ctx, path, "defined twice (the second would never match)");
		snprintf(r->actors[r->nactors], sizeof(r->actors[0]), "%s", a->string);
		if (rules_strings(ctx, a, path, RULE_ACTOR, (int)r->nactors) == -1)
			return -1;
		r->nactors++;
	}
	return 0;
}

/* rules_action_index - index of an action name in RULES_ACTIONS, or -1. */
static int
rules_action_index(const char *name)
{
	for (int i = 0; i < RULES_NACTIONS; i++)
		if (strcmp(RULES_ACTIONS[i], name) == 0)
			return i;
	return -1;
}

/* rules_object_named - r->object_named for the object read as the
 * r->nobjects-th, if RULES_OBJECT_NAMES names it. */
static void
rules_object_named(struct rules *r, const char *name)
{
#define RULES_O_NAME(id, name) name,
	static const char *const NAMES[] = {RULES_OBJECT_NAMES(RULES_O_NAME)};
#undef RULES_O_NAME

	for (size_t k = 0; k < RULES_NOBJECT_NAMES; k++)
		if (strcmp(name, NAMES[k]) == 0)
			r->object_named[k] = (int)r->nobjects + 1;
}

/* rules_objects - "objects": {"soybeans": {"hs", "synonyms", flags}, ...} in two passes
 * (flags may name objects defined later). */
static int
rules_objects(struct rules_ctx *ctx, const cJSON *root)
{
	const cJSON *objs = cJSON_GetObjectItemCaseSensitive(root, "objects"), *o;
	struct rules *r = ctx->r;
	char path[160];

	if (!cJSON_IsObject(objs))
		return rules_fail(ctx, "$.objects", "missing, or not an object");
	if ((r->objects = calloc((size_t)cJSON_GetArraySize(objs) + 1, sizeof(*r->objects))) == NULL)
		return rules_fail(ctx, "$.objects", "out of memory");
	cJSON_ArrayForEach(o, objs) {
		struct rule_object *ob = &r->objects[r->nobjects];
		const cJSON *hs, *m, *cat;

		snprintf(path, sizeof(path), "$.objects.%s", o->string);
		if (!cJSON_IsObject(o))
			return rules_fail(ctx, path, "not an object");
		if (strlen(o->string) == 0 || strlen(o->string) >= sizeof(ob->name))
			return rules_fail(ctx, path, "an object name has 1 to 39 bytes");
		if (rules_object_find(r, o->string) >= 0)
			return rules_fail(ctx, path, "defined twice (the second would never match)");
		snprintf(ob->name, sizeof(ob->name), "%s", o->string);
		ob->measure = ob->action = ob->tariff_object = ob->owner = ob->licensor = -1;
		if ((hs = cJSON_GetObjectItemCaseSensitive(o, "hs")) != NULL) {
			if (!cJSON_IsString(hs) || strlen(hs->valuestring) >= sizeof(ob->hs))
				return rules_fail(ctx, path, "\"hs\" is not a short string");
			snprintf(ob->hs, sizeof(ob->hs), "%s", hs->valuestring);
		}
		if ((m = cJSON_GetObjectItemCaseSensitive(o, "measure")) != NULL) {
			if (!cJSON_IsString(m))
				return rules_fail(ctx, path, "\"measure\" is not a string");
			ob->measure = rules_name_index(r->measures, &r->nmeasures, RULES_MAX_KINDS,
			    m->valuestring, 1);
			if (ob->measure < 0)
				return rules_fail(ctx, path, "too many measure kinds");
		}
		if ((cat = cJSON_GetObjectItemCaseSensitive(o, "category")) != NULL) {
			if (!cJSON_IsBool(cat))
				return rules_fail(ctx, path, "\"category\" is not true or false");
			ob->category = cJSON_IsTrue(cat);
		}
		if ((cat = cJSON_GetObjectItemCaseSensitive(o, "controlled")) != NULL) {
			if (!cJSON_IsBool(cat))
				return rules_fail(ctx, path, "\"controlled\" is not true or false");
			ob->controlled = cJSON_IsTrue(cat);
		}
		if ((m = cJSON_GetObjectItemCaseSensitive(o, "hs_chapters")) != NULL) {
			const cJSON *lo = cJSON_GetArrayItem(m, 0), *hi = cJSON_GetArrayItem(m, 1);

			if (!cJSON_IsArray(m) || cJSON_GetArraySize(m) != 2 || !cJSON_IsNumber(lo) ||
			    !cJSON_IsNumber(hi) || lo->valueint < 1 || hi->valueint < lo->valueint ||
			    hi->valueint > 99)
				return rules_fail(ctx, path, "\"hs_chapters\" is not [first, last] in 1..99");
			ob->hs_lo = lo->valueint;
			ob->hs_hi = hi->valueint;
		}
		if ((m = cJSON_GetObjectItemCaseSensitive(o, "owner")) != NULL) {
			if (!cJSON_IsString(m) || (ob->owner = rules_actor_find(r, m->valuestring)) < 0)
				return rules_fail(ctx, path, "\"owner\" is no actor code");
		}
		if ((m = cJSON_GetObjectItemCaseSensitive(o, "licensor")) != NULL) {
			if (!cJSON_IsString(m) || (ob->licensor = rules_actor_find(r, m->valuestring)) < 0)
				return rules_fail(ctx, path, "\"licensor\" is no actor code");
		}
		if ((m = cJSON_GetObjectItemCaseSensitive(o, "action")) != NULL) {
			if (!cJSON_IsString(m) || (ob->action = rules_action_index(m->valuestring)) < 0)
				return rules_fail(ctx, path, "\"action\" is not one of the contract's actions");
		}
		snprintf(path, sizeof(path), "$.objects.%s.synonyms", o->string);
		if (rules_strings(ctx, cJSON_GetObjectItemCaseSensitive(o, "synonyms"), path, RULE_OBJECT,
		    (int)r->nobjects) == -1)
			return -1;
		/* A category's "members" name one kind of it each ("coffee" of farm goods). */
		if ((m = cJSON_GetObjectItemCaseSensitive(o, "members")) != NULL) {
			size_t first = r->nphrases;

			snprintf(path, sizeof(path), "$.objects.%s.members", o->string);
			if (!ob->category)
				return rules_fail(ctx, path, "\"members\" of an object that is no category");
			if (rules_strings(ctx, m, path, RULE_OBJECT, (int)r->nobjects) == -1)
				return -1;
			for (size_t k = first; k < r->nphrases; k++)
				r->phrases[k].member = 1;
		}
		rules_object_named(r, ob->name);
		r->nobjects++;
	}
	/* Second pass: references between objects. */
	cJSON_ArrayForEach(o, objs) {
		struct rule_object *ob = &r->objects[rules_object_find(r, o->string)];
		const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "tariff_object");
		const cJSON *sub = cJSON_GetObjectItemCaseSensitive(o, "subsumes"), *s;

		snprintf(path, sizeof(path), "$.objects.%s", o->string);
		if (t != NULL && (!cJSON_IsString(t) ||
		    (ob->tariff_object = rules_object_find(r, t->valuestring)) < 0))
			return rules_fail(ctx, path, "\"tariff_object\" names no object");
		if (sub == NULL)
			continue;
		if (!cJSON_IsArray(sub))
			return rules_fail(ctx, path, "\"subsumes\" is not an array");
		cJSON_ArrayForEach(s, sub) {
			int k;

			if (!cJSON_IsString(s) || (k = rules_object_find(r, s->valuestring)) < 0)
				return rules_fail(ctx, path, "\"subsumes\" names no object");
			if (ob->nsubsumes == RULES_MAX_SUBSUMES)
				return rules_fail(ctx, path, "\"subsumes\" names more than %d objects",
				    RULES_MAX_SUBSUMES);
			ob->subsumes[ob->nsubsumes++] = k;
		}
	}
	return 0;
}

/* rules_kinds - "measures" or "triggers": {"kind": [phrases], ...}. */
static int
rules_kinds(struct rules_ctx *ctx, const cJSON *root, const char *key, char (*names)[32], size_t *n,
    enum rule_kind kind)
{
	const cJSON *obj = cJSON_GetObjectItemCaseSensitive(root, key), *k;
	char path[160];

	snprintf(path, sizeof(path), "$.%s", key);
	if (!cJSON_IsObject(obj))
		return rules_fail(ctx, path, "missing, or not an object");
	cJSON_ArrayForEach(k, obj) {
		int idx = rules_name_index(names, n, RULES_MAX_KINDS, k->string, 1);

		snprintf(path, sizeof(path), "$.%s.%s", key, k->string);
		if (idx < 0)
			return rules_fail(ctx, path, "too many kinds, or a name of 32 bytes or more");
		if (rules_strings(ctx, k, path, kind, idx) == -1)
			return -1;
	}
	return 0;
}

/* rules_actions - "actions": [{"trigger", "measure", "action", "object"?}, ...]. */
static int
rules_actions(struct rules_ctx *ctx, const cJSON *root)
{
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "actions"), *a;
	struct rules *r = ctx->r;
	char path[64];

	if (!cJSON_IsArray(arr))
		return rules_fail(ctx, "$.actions", "missing, or not an array");
	if ((r->actions = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof(*r->actions))) == NULL)
		return rules_fail(ctx, "$.actions", "out of memory");
	cJSON_ArrayForEach(a, arr) {
		struct rule_action *ra = &r->actions[r->nactions];
		const cJSON *t = cJSON_GetObjectItemCaseSensitive(a, "trigger");
		const cJSON *m = cJSON_GetObjectItemCaseSensitive(a, "measure");
		const cJSON *act = cJSON_GetObjectItemCaseSensitive(a, "action");
		const cJSON *ob = cJSON_GetObjectItemCaseSensitive(a, "object");

		snprintf(path, sizeof(path), "$.actions[%zu]", r->nactions);
		if (!cJSON_IsString(t) || !cJSON_IsString(m) || !cJSON_IsString(act))
			return rules_fail(ctx, path, "needs string \"trigger\", \"measure\" and \"action\"");
		ra->trigger = ra->measure = ra->object = -1;
		if (*t->valuestring && (ra->trigger = rules_name_index(r->triggers, &r->ntriggers,
		    RULES_MAX_KINDS, t->valuestring, 0)) < 0)
			return rules_fail(ctx, path, "trigger class \"%s\" is not in $.triggers",
			    t->valuestring);
		if (*m->valuestring && (ra->measure = rules_name_index(r->measures, &r->nmeasures,
		    RULES_MAX_KINDS, m->valuestring, 0)) < 0)
			return rules_fail(ctx, path, "measure kind \"%s\" is not in $.measures or an "
			    "object's \"measure\"", m->valuestring);
		if ((ra->action = rules_action_index(act->valuestring)) < 0)
			return rules_fail(ctx, path, "action \"%s\" is not one of the contract's",
			    act->valuestring);
		if (ob != NULL && (!cJSON_IsString(ob) ||
		    (ra->object = rules_object_find(r, ob->valuestring)) < 0))
			return rules_fail(ctx, path, "\"object\" names no object");
		if ((ob = cJSON_GetObjectItemCaseSensitive(a, "object_only")) != NULL) {
			if (!cJSON_IsBool(ob) || ra->object < 0)
				return rules_fail(ctx, path, "\"object_only\" is true or false, with \"object\"");
			ra->object_only = cJSON_IsTrue(ob);
		}
		if ((ob = cJSON_GetObjectItemCaseSensitive(a, "only_forced")) != NULL) {
			if (!cJSON_IsBool(ob))
				return rules_fail(ctx, path, "\"only_forced\" is true or false");
			ra->only_forced = cJSON_IsTrue(ob);
		}
		r->nactions++;
	}
	return 0;
}

/* rules_cues - "status_cues": {"pledged": [...], ...}. */
static int
rules_cues(struct rules_ctx *ctx, const cJSON *root)
{
	const cJSON *obj = cJSON_GetObjectItemCaseSensitive(root, "status_cues"), *k;
	char path[128];

	if (!cJSON_IsObject(obj))
		return rules_fail(ctx, "$.status_cues", "missing, or not an object");
	cJSON_ArrayForEach(k, obj) {
		int st = status_parse(k->string);

		snprintf(path, sizeof(path), "$.status_cues.%s", k->string);
		if (st < 0 || st == STATUS_OVERDUE)
			return rules_fail(ctx, path, "not an extractable status");
		if (rules_strings(ctx, k, path, RULE_CUE, st) == -1)
			return -1;
	}
	return 0;
}

/* rules_phrase_cmp - case-insensitive order; ties keep kinds in enum order. */
static int
rules_phrase_cmp(const void *a, const void *b)
{
	const struct rule_phrase *pa = a, *pb = b;
	int c = strcasecmp(pa->text, pb->text);

	if (c != 0)
		return c;
	return (int)pa->kind - (int)pb->kind;
}

/* rules_word_past - 1 if word[0..len) is a past form: "-ed" or listed in past_forms. */
int
rules_word_past(const struct rules *r, const char *word, size_t len)
{
	return (len > 2 && strncasecmp(word + len - 2, "ed", 2) == 0) ||
	    rules_list_has(&r->past_forms, word, len);
}

/*
 * rules_is_past - 1 if a trigger phrase is past tense: the phrase itself, or
 * the verb that opens a phrase of several words ("kept its suspension",
 * "rolled back").
 */
static unsigned char
rules_is_past(const struct rules *r, const char *text, size_t len)
{
	size_t n;

	if (rules_word_past(r, text, len))
		return 1;
	for (n = 0; n < len && text[n] != ' '; n++)
		;
	return (unsigned char)(n < len && rules_word_past(r, text, n));
}

/* rules_action_table - r->action_at, once the trigger classes, measure kinds and
 * actions are all read; -1 without memory. */
static int
rules_action_table(struct rules *r)
{
	size_t n = (r->ntriggers + 1) * (r->nmeasures + 1);

	if ((r->action_at = malloc(n * sizeof(*r->action_at))) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++)
		r->action_at[i] = -1;
	/* From the last: the first action of a pair is the one kept. */
	for (size_t i = r->nactions; i-- > 0;) {
		const struct rule_action *a = &r->actions[i];

		r->action_at[(size_t)(a->trigger + 1) * (r->nmeasures + 1) + (size_t)(a->measure + 1)] = (int)i;
	}
	return 0;
}

/* rules_measure_named - r->measure_named, once the measure kinds are all read. */
static void
rules_measure_named(struct rules *r)
{
#define RULES_M_NAME(id, name) name,
	static const char *const NAMES[] = {RULES_MEASURE_NAMES(RULES_M_NAME)};
#undef RULES_M_NAME

	for (size_t k = 0; k < RULES_NMEASURE_NAMES; k++) {
		r->measure_named[k] = -1;
		for (size_t m = 0; m < r->nmeasures && r->measure_named[k] < 0; m++)
			if (strcmp(r->measures[m], NAMES[k]) == 0)
				r->measure_named[k] = (int)m;
	}
}

/* rules_lex_add - extract_lexicon's callback: the extractor's word w[0..n) with
 * class bit into the automaton.  A spelling that is a phrase gives the bit to
 * the phrase's run (its automaton id), one already added takes it too.  0, or
 * -1 without memory. */
static int
rules_lex_add(const char *w, size_t n, unsigned bit, void *arg)
{
	struct rules *r = arg;
	size_t lo = 0, hi = r->nphrases;
	const char **words;
	uint32_t *bits;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcasecmp(r->phrases[mid].text, w) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < r->nphrases && strcasecmp(r->phrases[lo].text, w) == 0) {
		r->phrases[lo].lex |= (uint32_t)bit;
		return 0;
	}
	for (size_t i = 0; i < r->nlex; i++)
		if (strcasecmp(r->lex_words[i], w) == 0) {
			r->lex_bits[i] |= (uint32_t)bit;
			return 0;
		}
	if ((words = realloc(r->lex_words, (r->nlex + 1) * sizeof(*words))) == NULL)
		return -1;
	r->lex_words = words;
	if ((bits = realloc(r->lex_bits, (r->nlex + 1) * sizeof(*bits))) == NULL)
		return -1;
	r->lex_bits = bits;
	words[r->nlex] = w;
	bits[r->nlex] = (uint32_t)bit;
	r->nlex++;
	return acmatch_add(r->ac, w, n, (int)(r->nphrases + r->nlex - 1));
}

/* rules_compile - sort the phrases, mark past-tense triggers, build the automaton. */
static int
rules_compile(struct rules_ctx *ctx)
{
	struct rules *r = ctx->r;

	qsort(r->phrases, r->nphrases, sizeof(*r->phrases), rules_phrase_cmp);
	if ((r->ac = acmatch_new()) == NULL)
		return rules_fail(ctx, "$", "out of memory");
	for (size_t i = 0; i < r->nphrases; i++) {
		struct rule_phrase *p = &r->phrases[i];

		if (p->kind == RULE_TRIGGER)
			p->past = rules_is_past(r, p->text, p->len);
		if (i > 0 && strcasecmp(r->phrases[i - 1].text, p->text) == 0)
			continue;
		if (acmatch_add(r->ac, p->text, p->len, (int)i) == -1)
			return rules_fail(ctx, "$", "out of memory");
	}
	if (extract_lexicon(r, rules_lex_add, r) != 0 || acmatch_compile(r->ac) == -1)
		return rules_fail(ctx, "$", "out of memory");
	/* Each run of one spelling, once, so a match needs no string compares. */
	for (size_t i = 0, j; i < r->nphrases; i = j) {
		struct rule_phrase *g = &r->phrases[i];

		g->group_measure = -1;
		g->group_trigger = 0;
		for (j = i; j < r->nphrases && (j == i || strcasecmp(r->phrases[j].text, g->text) == 0); j++) {
			if (r->phrases[j].kind == RULE_MEASURE)
				g->group_measure = r->phrases[j].value;
			if (r->phrases[j].kind == RULE_TRIGGER)
				g->group_trigger = 1;
		}
		g->group_end = j;
	}
	return 0;
}

static const struct {
	const char *key;
	enum rule_kind kind;
} RULES_PLAIN[] = {
	{"hedges", RULE_HEDGE},
	{"negations", RULE_NEGATION},
	{"conditionals", RULE_CONDITIONAL},
	{"attribution_verbs", RULE_ATTRIBUTION},
	{"history", RULE_HISTORY},
	{"clause_breaks", RULE_BREAK},
	{"effect_cues", RULE_EFFECT},
	{"examples", RULE_EXAMPLES},
	{"mutual", RULE_MUTUAL},
	{"statistics", RULE_STATISTIC},
	{"country_refs", RULE_COUNTRY_REF},
	{"topics", RULE_TOPIC},
};

struct rules *
rules_parse(const char *name, const char *json, size_t len, char *err, size_t errlen)
{
	struct rules_ctx ctx = {name, err, errlen, NULL, 0};
	cJSON *root;
	char path[64];

	if ((root = cJSON_ParseWithLength(json, len)) == NULL) {
		const char *at = cJSON_GetErrorPtr();

		snprintf(err, errlen, "%s: $: not valid JSON (near byte %td)", name,
		    at != NULL && at >= json && at <= json + len ? at - json : (ptrdiff_t)0);
		return NULL;
	}
	if (!cJSON_IsObject(root)) {
		rules_fail(&ctx, "$", "not an object");
		goto fail;
	}
	if ((ctx.r = calloc(1, sizeof(*ctx.r))) == NULL ||
	    (ctx.r->measures = calloc(RULES_MAX_KINDS, sizeof(*ctx.r->measures))) == NULL ||
	    (ctx.r->triggers = calloc(RULES_MAX_KINDS, sizeof(*ctx.r->triggers))) == NULL) {
		snprintf(err, errlen, "%s: out of memory", name);
		goto fail;
	}
	if (rules_word_list(&ctx, root, "abbreviations", &ctx.r->abbreviations) == -1 ||
	    rules_word_list(&ctx, root, "counterparty_before", &ctx.r->cp_before) == -1 ||
	    rules_word_list(&ctx, root, "counterparty_after", &ctx.r->cp_after) == -1 ||
	    rules_word_list(&ctx, root, "location_before", &ctx.r->location_before) == -1 ||
	    rules_word_list(&ctx, root, "past_forms", &ctx.r->past_forms) == -1 ||
	    rules_word_list(&ctx, root, "not_party_after", &ctx.r->not_party_after) == -1 ||
	    rules_word_list(&ctx, root, "agent_nouns", &ctx.r->agent_nouns) == -1 ||
	    rules_word_list(&ctx, root, "illicit_groups", &ctx.r->illicit_groups) == -1 ||
	    rules_word_list(&ctx, root, "makers", &ctx.r->makers) == -1 ||
	    rules_word_list(&ctx, root, "beneficiary_verbs", &ctx.r->beneficiary_verbs) == -1 ||
	    rules_word_list(&ctx, root, "commentators", &ctx.r->commentators) == -1 ||
	    rules_word_list(&ctx, root, "opinion_words", &ctx.r->opinion_words) == -1 ||
	    rules_word_list(&ctx, root, "pending_cues", &ctx.r->pending_cues) == -1 ||
	    rules_word_list(&ctx, root, "own_cues", &ctx.r->own_cues) == -1 ||
	    rules_word_list(&ctx, root, "link_labels", &ctx.r->link_labels) == -1 ||
	    rules_word_list(&ctx, root, "ad_labels", &ctx.r->ad_labels) == -1 ||
	    rules_word_list(&ctx, root, "headline_small_words", &ctx.r->headline_small_words) == -1)
		goto fail;
	if (rules_actors(&ctx, root) == -1 || rules_blocs(&ctx, root) == -1 || rules_sellers(&ctx, root) == -1 || rules_groups(&ctx, root) == -1 ||
	    rules_programmes(&ctx, root) == -1 ||
	    rules_kinds(&ctx, root, "measures", ctx.r->measures, &ctx.r->nmeasures, RULE_MEASURE) == -1 ||
	    rules_objects(&ctx, root) == -1 ||
	    rules_kinds(&ctx, root, "triggers", ctx.r->triggers, &ctx.r->ntriggers, RULE_TRIGGER) == -1 ||
	    rules_actions(&ctx, root) == -1 || rules_cues(&ctx, root) == -1)
		goto fail;
	for (size_t i = 0; i < sizeof(RULES_PLAIN) / sizeof(RULES_PLAIN[0]); i++) {
		const cJSON *item = cJSON_GetObjectItemCaseSensitive(root, RULES_PLAIN[i].key);

		snprintf(path, sizeof(path), "$.%s", RULES_PLAIN[i].key);
		if (item != NULL && rules_strings(&ctx, item, path, RULES_PLAIN[i].kind, 0) == -1)
			goto fail;
	}
	if (rules_action_table(ctx.r) == -1) {
		snprintf(err, errlen, "%s: out of memory", name);
		goto fail;
	}
	rules_measure_named(ctx.r);
	if (rules_compile(&ctx) == -1)
		goto fail;
	cJSON_Delete(root);
	return ctx.r;
fail:
	cJSON_Delete(root);
	rules_free(ctx.r);
	return NULL;
}

struct rules *
rules_load(const char *path, char *err, size_t errlen)
{
	struct rules *r = NULL;
	char *buf = NULL;
	size_t len = 0, cap = 0, got;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL) {
		snprintf(err, errlen, "%s: cannot open: %m", path);
		return NULL;
	}
	for (;;) {
		if (len == cap) {
			char *nb;

			cap = cap ? cap * 2 : 65536;
			if ((nb = realloc(buf, cap)) == NULL) {
				snprintf(err, errlen, "%s: out of memory", path);
				goto out;
			}
			buf = nb;
		}
		if ((got = fread(buf + len, 1, cap - len, fp)) == 0)
			break;
		len += got;
	}
	if (ferror(fp)) {
		snprintf(err, errlen, "%s: read error", path);
		goto out;
	}
	r = rules_parse(path, buf, len, err, errlen);
out:
	fclose(fp);
	free(buf);
	return r;
}

/* rules_list_free - free a word list's strings. */
static void
rules_list_free(struct rule_list *l)
{
	for (size_t i = 0; l->items != NULL && i < l->n; i++)
		free(l->items[i]);
	free(l->items);
	free(l->lens);
	free(l->order);
}

void
rules_free(struct rules *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->nphrases; i++)
		free(r->phrases[i].text);
	free(r->phrases);
	free(r->lex_words);
	free(r->lex_bits);
	acmatch_free(r->ac);
	free(r->actors);
	free(r->bloc);
	free(r->seller);
	free(r->groups);
	free(r->group_member);
	free(r->objects);
	free(r->measures);
	free(r->triggers);
	free(r->actions);
	free(r->action_at);
	rules_list_free(&r->abbreviations);
	rules_list_free(&r->cp_before);
	rules_list_free(&r->cp_after);
	rules_list_free(&r->location_before);
	rules_list_free(&r->past_forms);
	rules_list_free(&r->not_party_after);
	rules_list_free(&r->agent_nouns);
	rules_list_free(&r->illicit_groups);
	rules_list_free(&r->makers);
	rules_list_free(&r->beneficiary_verbs);
	rules_list_free(&r->commentators);
	rules_list_free(&r->opinion_words);
	rules_list_free(&r->pending_cues);
	rules_list_free(&r->own_cues);
	rules_list_free(&r->link_labels);
	rules_list_free(&r->headline_small_words);
	rules_list_free(&r->ad_labels);
	free(r);
}

size_t
rules_phrase_count(const struct rules *r)
{
	return acmatch_size(r->ac) - r->nlex;
}

void
rules_each_phrase(const struct rules *r, void (*fn)(const char *phrase, void *arg), void *arg)
{
	for (size_t i = 0; i < r->nphrases; i++)
		if (i == 0 || strcasecmp(r->phrases[i - 1].text, r->phrases[i].text) != 0)
			fn(r->phrases[i].text, arg);
}

int
rules_action_find(const struct rules *r, int trigger, int measure)
{
	if (trigger < -1 || measure < -1 || trigger >= (int)r->ntriggers || measure >= (int)r->nmeasures)
		return -1;
	return r->action_at[(size_t)(trigger + 1) * (r->nmeasures + 1) + (size_t)(measure + 1)];
}

int
rules_object_walk(const struct rules *r, const char *name)
{
	/* The first byte first: the extractor looks names up by literal often. */
	for (size_t i = 0; i < r->nobjects; i++)
		if (r->objects[i].name[0] == name[0] && strcmp(r->objects[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* rules_object_covers - 1 if obj is cat, or a product whose HS chapter lies in cat's. */
int
rules_object_covers(const struct rules *rules, int cat, int obj)
{
	const struct rule_object *c = &rules->objects[cat], *o = &rules->objects[obj];
	int ch;

	if (cat == obj)
		return 1;
	if (c->hs_lo == 0 || o->hs[0] < '0' || o->hs[0] > '9' || o->hs[1] < '0' || o->hs[1] > '9')
		return 0;
	ch = (o->hs[0] - '0') * 10 + (o->hs[1] - '0');
	return ch >= c->hs_lo && ch <= c->hs_hi;
}

int
rules_list_has(const struct rule_list *list, const char *word, size_t len)
{
	size_t key = len < RULE_LIST_SHORT ? len : RULE_LIST_SHORT, hi;

	if (len == 0 || (len < RULE_LIST_SHORT &&
	    !(list->first[len] & (UINT32_C(1) << ((unsigned char)word[0] & 31)))))
		return 0;
	/* Only the items of the word's length (list->order); their first bytes,
	 * folded as strncasecmp folds ASCII, before the call: the filter above
	 * lets through every item of a length that one item passes. */
	hi = key < RULE_LIST_SHORT ? list->lstart[key + 1] : list->n;
	for (size_t k = list->lstart[key]; k < hi; k++) {
		size_t i = list->order[k];

		if (list->lens[i] == len && ((unsigned char)list->items[i][0] | 32) == ((unsigned char)word[0] | 32) &&
		    strncasecmp(list->items[i], word, len) == 0)
			return 1;
	}
	return 0;
}
