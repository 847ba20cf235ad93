/*
 * rules.h - the extraction vocabulary, loaded from rules.json with cJSON.
 *
 * Actors and their aliases, action triggers, objects with synonyms and HS
 * headings, status cues, hedges, negations, conditionals, attribution verbs.
 * All phrases are compiled into one Aho-Corasick automaton (acmatch.h) so
 * that an article is scanned once for every phrase.  A struct rules is
 * immutable after rules_load(); the daemon swaps a new one in on SIGHUP.
 */
#ifndef TW_RULES_H
#define TW_RULES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct rules;

/* rules_load - read and compile path; NULL on error with "FILE: JSON.PATH: what"
 * in err.  Caller frees with rules_free. */
struct rules *rules_load(const char *path, char *err, size_t errlen);
/* rules_parse - the same from a buffer; name is used in error messages. */
struct rules *rules_parse(const char *name, const char *json, size_t len, char *err,
    size_t errlen);
/* rules_free - NULL is a no-op. */
void rules_free(struct rules *rules);
/* rules_phrase_count - how many phrases the automaton holds (for logs). */
size_t rules_phrase_count(const struct rules *rules);
/* rules_each_phrase - call fn for every phrase (bench: grep -F -f lists). */
void rules_each_phrase(const struct rules *rules, void (*fn)(const char *phrase, void *arg),
    void *arg);

/* RULES_MEASURE_NAMES - the measure kinds the extractor names in its code
 * (ex_measure_index(r, "tariff")), X(ID, name) each: rules_load keeps the index
 * of each in rules->measure_named[RULES_M_ID] (-1 when rules.json has none). */
#define RULES_MEASURE_NAMES(X) \
	X(TARIFF, "tariff") X(EXPORT_CONTROL, "export_control") X(QUOTA, "quota") \
	X(IMPORT_BAN, "import_ban") X(EXPORT, "export") X(LICENSE, "license") \
	X(MEASURE, "measure") X(TARIFF_THREAT, "tariff_threat") X(RULE, "rule") \
	X(TRUCE, "truce") X(IMPORT, "import") X(ACCESS, "access") \
	X(IMPORT_LICENSE, "import_license") X(BAN, "ban")
#define RULES_M_ENUM(id, name) RULES_M_##id,
enum rules_measure_name { RULES_MEASURE_NAMES(RULES_M_ENUM) RULES_NMEASURE_NAMES };
#undef RULES_M_ENUM

/* RULES_OBJECT_NAMES - the objects the extractor names in its code
 * (rules_object_find(r, "tariffs")), X(ID, name) each: rules_load keeps the
 * index of each, plus one, in rules->object_named[RULES_O_ID] (0 when
 * rules.json has none). */
#define RULES_OBJECT_NAMES(X) \
	X(TARIFFS, "tariffs") X(EXPORT_CONTROLS, "export_controls") \
	X(AGRICULTURAL_PRODUCTS, "agricultural_products") X(AFFILIATES_RULE, "affiliates_rule") \
	X(ENERGY, "energy") X(SANCTIONS, "sanctions") X(PORT_FEES, "port_fees")
#define RULES_O_ENUM(id, name) RULES_O_##id,
enum rules_object_name { RULES_OBJECT_NAMES(RULES_O_ENUM) RULES_NOBJECT_NAMES };
#undef RULES_O_ENUM

/*
 * The compiled vocabulary, read by the extractor.  Everything below is owned
 * by the struct rules and immutable after rules_load().
 */
enum rule_kind {
	RULE_ACTOR,        /* value: index into actors */
	RULE_OBJECT,       /* value: index into objects */
	RULE_MEASURE,      /* value: index into measure kinds */
	RULE_TRIGGER,      /* value: index into trigger classes */
	RULE_CUE,          /* value: enum status */
	RULE_HEDGE,
	RULE_NEGATION,
	RULE_CONDITIONAL,
	RULE_ATTRIBUTION,
	RULE_HISTORY,
	RULE_BREAK,        /* clause boundary */
	RULE_EFFECT,       /* "took effect", "effective": a date is a deadline */
	RULE_EXAMPLES,     /* "such as": what follows a category only illustrates it */
	RULE_MUTUAL,       /* "both sides", "each other's": one entry per side */
	RULE_STATISTIC,    /* "rose", "climbed": a trade figure, no commitment */
	RULE_COUNTRY_REF,  /* "the country", "the bloc": the last party named as a subject */
	RULE_TOPIC,        /* "talks on", "discussed": what follows is a subject of talk */
	RULE_PROGRAMME,    /* "AGOA": a unilateral preference programme; value: the granting actor */
	RULE_KIND_COUNT
};

struct rule_phrase {
	char *text;
	size_t len;
	enum rule_kind kind;
	int value;
	unsigned char exact_case;  /* short all-capitals acronyms: "US" is not "us" */
	unsigned char past;        /* a trigger in the past tense */
	unsigned char member;      /* an object's "members": one kind of a category ("coffee") */
	/* The run of phrases sharing this spelling (set on its first entry, the
	 * automaton id): [id, group_end); its measure kind or -1; a trigger in it. */
	size_t group_end;
	int group_measure;
	unsigned char group_trigger;
	uint32_t lex;              /* the extractor's class bits of it (extract_lexicon) */
};

#define RULES_MAX_SUBSUMES 4

struct rule_object {
	char name[40];
	char hs[16];
	int measure;        /* measure kind when the object is itself a measure, else -1 */
	int category;       /* "farm goods": examples after it do not make entries */
	int controlled;     /* "rare earths": its sale abroad is its government's export licence */
	int hs_lo, hs_hi;   /* a category's HS chapters (1-24 for farm goods), 0 if none */
	int action;         /* index into RULES_ACTIONS the object always takes, or -1 */
	int tariff_object;  /* object a tariff on this one is ("fentanyl" -> fentanyl_tariff), -1 */
	int owner;          /* the only party that levies this measure ("fentanyl_tariff": US), -1 */
	int licensor;       /* the only party that licenses its export ("gallium": CN), -1 */
	int subsumes[RULES_MAX_SUBSUMES];
	int nsubsumes;
};

struct rule_action {
	int trigger;   /* trigger class, -1 = no verb (the measure noun alone) */
	int measure;   /* measure kind, -1 = none (a product object) */
	int action;    /* index into RULES_ACTIONS */
	int object;    /* object when the clause names none, -1 */
	int object_only;  /* always that object ("invest in chips" is investment_funds) */
	int only_forced;  /* only for objects whose own "action" is this one ("curb" + fentanyl) */
};

#define RULE_LIST_SHORT 32  /* items shorter than this are in the first-byte filter */

struct rule_list {
	char **items;
	size_t *lens;   /* strlen of each item, taken at load */
	size_t n;
	/* [length]: bit (first byte & 31) of each item that long, for either case
	 * of a letter: rules_list_has rejects most words without a comparison. */
	uint32_t first[RULE_LIST_SHORT];
	/* The items by length: order[lstart[l] .. lstart[l + 1]) are those of l
	 * bytes (l < RULE_LIST_SHORT), order[lstart[RULE_LIST_SHORT] .. n) the
	 * longer ones; rules_list_has compares only a word's own length. */
	size_t *order;
	size_t lstart[RULE_LIST_SHORT + 1];
};

struct rules {
	struct rule_phrase *phrases;  /* sorted case-insensitively; an automaton id is the first of a run */
	size_t nphrases;
	struct acmatch *ac;
	/* The extractor's own words (extract_lexicon) that are no phrase: automaton
	 * id nphrases + i reports lex_words[i] with class bits lex_bits[i]. */
	const char **lex_words;
	uint32_t *lex_bits;
	size_t nlex;
	char (*actors)[8];
	size_t nactors;
	int *bloc;          /* [actor]: the bloc actor it is a member of ("blocs"), or -1 */
	unsigned char *seller; /* [actor]: 1 if it never buys in a purchase commitment ("sellers") */
	char (*groups)[16]; /* "groups": names of groups of countries with no code ("ASEAN") */
	size_t ngroups;
	unsigned char *group_member; /* [group * nactors + actor]: 1 if a member */
	struct rule_object *objects;
	size_t nobjects;
	char (*measures)[32];
	size_t nmeasures;
	char (*triggers)[32];
	size_t ntriggers;
	struct rule_action *actions;
	size_t nactions;
	/* [RULES_M_TARIFF...]: the index of each measure kind of
	 * RULES_MEASURE_NAMES, or -1: ex_measure_index reads it for the kinds
	 * the extractor names, at every measure of a clause. */
	int measure_named[RULES_NMEASURE_NAMES];
	/* [RULES_O_TARIFFS...]: the index of each object of RULES_OBJECT_NAMES
	 * plus one, or 0, set as each is read: rules_object_find reads it for
	 * the objects the extractor names by literal. */
	int object_named[RULES_NOBJECT_NAMES];
	/* [(trigger + 1) * (nmeasures + 1) + measure + 1]: the first action of each
	 * (trigger class or -1, measure kind or -1) pair, or -1: rules_action_find
	 * runs for every verb and measure of a clause. */
	int *action_at;
	struct rule_list abbreviations, cp_before, cp_after, location_before, past_forms;
	struct rule_list not_party_after;  /* "-based", "-headquartered": a firm's home, no party */
	struct rule_list agent_nouns;      /* "companies", "buyers": "Swiss companies will invest" acts */
	struct rule_list illicit_groups;   /* "cartels", "traffickers": "Mexican cartels" name no party */
	struct rule_list makers;           /* "Boeing": an alias that sells ("the Boeing order") */
	struct rule_list beneficiary_verbs; /* "secured", "won": the subject receives, the other side owes */
	struct rule_list commentators;     /* "analyst", "economist": who gives an opinion, not a party */
	struct rule_list opinion_words;    /* "expects", "probably": a forecast, not a statement */
	struct rule_list pending_cues;     /* "not yet", "yet to": stalled only with a sign of delay */
	struct rule_list own_cues;         /* "reneged", "dragging its feet": tell of a pledge by themselves */
	struct rule_list link_labels;      /* "Read more", "See also": a line linking another story */
	struct rule_list ad_labels;        /* "Advertisement": a line of its own, dropped */
	struct rule_list headline_small_words; /* "of", "amid": lower case inside a Title-Case headline */
};

/* The contract's actions, in a fixed order. */
extern const char *const RULES_ACTIONS[];
#define RULES_NACTIONS 9

/* rules_action_find - index of (trigger class, measure kind) in rules->actions, or -1. */
int rules_action_find(const struct rules *rules, int trigger, int measure);
/* rules_object_walk - index of the object named name, or -1: a walk over the objects. */
int rules_object_walk(const struct rules *rules, const char *name);
/* rules_object_find - index of the object named name, or -1.  For a name of
 * RULES_OBJECT_NAMES, the index rules_load kept: the extractor passes string
 * literals, so the compiler folds the strcmp chain away and the call is one
 * load; any other name walks the objects. */
static inline __attribute__((always_inline)) int
rules_object_find(const struct rules *r, const char *name)
{
#define RULES_O_NAMED(id, s) \
	if (strcmp(name, s) == 0) \
		return r->object_named[RULES_O_##id] - 1;
	RULES_OBJECT_NAMES(RULES_O_NAMED)
#undef RULES_O_NAMED
	return rules_object_walk(r, name);
}
/* rules_object_covers - 1 if object obj is cat or one of its HS chapters. */
int rules_object_covers(const struct rules *rules, int cat, int obj);
/* rules_list_has - 1 if list holds word[0..len) (ASCII case ignored). */
int rules_list_has(const struct rule_list *list, const char *word, size_t len);
/* rules_group_find - the index of the group named w[0,n) ("groups"), case folded; or -1. */
int rules_group_find(const struct rules *r, const char *w, size_t n);
/* 1 if word[0..len) is a past form: "-ed" or listed in past_forms. */
int rules_word_past(const struct rules *r, const char *word, size_t len);

#endif
