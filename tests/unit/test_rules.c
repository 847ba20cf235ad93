/*
 * test_rules.c - rules.json loading: the shipped file, and error messages
 * that name the file, the JSON path and what is wrong.  Run from tests/unit/.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "rules.h"

#define RULES_FILE "../../config/rules.json"

static void
count_phrase(const char *phrase, void *arg)
{
	(void)phrase;
	(*(size_t *)arg)++;
}

static void
test_shipped_rules(void **state)
{
	static const char *const ACTORS[] = {"CN", "US", "EU", "JP", "KR", "GB", "IN", "BR", "MX",
		"CA", "VN", "TW", "CH", "AU", "DE", "FR", "ID", "TH", "MY"};
	static const char *const OBJECTS[] = {"soybeans", "sorghum", "corn", "wheat", "rice", "pork",
		"beef", "poultry", "seafood", "logs", "timber", "agricultural_products", "lng", "crude_oil",
		"coal", "energy", "rare_earths", "critical_minerals", "gallium", "germanium", "graphite",
		"antimony", "lithium_batteries", "steel", "aluminum", "ai_chips", "semiconductors",
		"aircraft", "vehicles", "pharmaceuticals", "tariffs", "fentanyl_tariff", "port_fees",
		"affiliates_rule", "investigation", "sanctions", "export_controls", "fentanyl_precursors",
		"investment_funds"};
	char err[512] = "";
	struct rules *r = rules_load(RULES_FILE, err, sizeof(err));
	size_t n = 0;

	(void)state;
	if (r == NULL)
		fail_msg("%s", err);
	for (size_t i = 0; i < sizeof(ACTORS) / sizeof(ACTORS[0]); i++) {
		int found = 0;

		for (size_t a = 0; a < r->nactors; a++)
			found |= strcmp(r->actors[a], ACTORS[i]) == 0;
		if (!found)
			fail_msg("actor %s missing", ACTORS[i]);
	}
	for (size_t i = 0; i < sizeof(OBJECTS) / sizeof(OBJECTS[0]); i++)
		if (rules_object_find(r, OBJECTS[i]) < 0)
			fail_msg("object %s missing", OBJECTS[i]);
	assert_string_equal(r->objects[rules_object_find(r, "soybeans")].hs, "1201");
	/* France is a member of the EU, China of no bloc. */
	for (size_t a = 0; a < r->nactors; a++)
		if (strcmp(r->actors[a], "FR") == 0)
			assert_string_equal(r->actors[r->bloc[a]], "EU");
		else if (strcmp(r->actors[a], "CN") == 0)
			assert_int_equal(r->bloc[a], -1);
	/* A category covers its members by HS chapter, and nothing else. */
	assert_true(rules_object_covers(r, rules_object_find(r, "agricultural_products"),
	    rules_object_find(r, "soybeans")));
	assert_true(rules_object_covers(r, rules_object_find(r, "energy"), rules_object_find(r, "lng")));
	assert_false(rules_object_covers(r, rules_object_find(r, "agricultural_products"),
	    rules_object_find(r, "lng")));
	assert_false(rules_object_covers(r, rules_object_find(r, "soybeans"), rules_object_find(r, "corn")));
	rules_each_phrase(r, count_phrase, &n);
	assert_int_equal(n, rules_phrase_count(r));
	assert_true(n > 500);
	rules_free(r);
	rules_free(NULL);
}

/* kind_index - the index of name in names[0..n), or -1 ("" is -1: no class). */
static int
kind_index(char (*names)[32], size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return (int)i;
	return -1;
}

/* frame_action - the contract action of (trigger class, measure kind), or NULL. */
static const char *
frame_action(const struct rules *r, const char *trigger, const char *measure)
{
	int t = *trigger ? kind_index(r->triggers, r->ntriggers, trigger) : -1;
	int m = *measure ? kind_index(r->measures, r->nmeasures, measure) : -1;
	int a;

	if ((*trigger && t < 0) || (*measure && m < 0))
		fail_msg("no class %s or kind %s", trigger, measure);
	a = rules_action_find(r, t, m);
	return a < 0 ? NULL : RULES_ACTIONS[r->actions[a].action];
}

/* member_of - 1 if phrase text names object as one of its "members", 0 if as a
 * synonym, -1 if not at all. */
static int
member_of(const struct rules *r, const char *text, const char *object)
{
	int ob = rules_object_find(r, object);

	for (size_t i = 0; i < r->nphrases; i++)
		if (r->phrases[i].kind == RULE_OBJECT && r->phrases[i].value == ob &&
		    strcmp(r->phrases[i].text, text) == 0)
			return r->phrases[i].member;
	return -1;
}

/* The frame table of the shipped rules: what each verb class does to each kind. */
static void
test_shipped_frames(void **state)
{
	char err[512] = "";
	struct rules *r = rules_load(RULES_FILE, err, sizeof(err));
	int fent, tar;

	(void)state;
	if (r == NULL)
		fail_msg("%s", err);
	/* Enlarging acts on quotas and access only: raising tariffs commits nothing. */
	assert_string_equal(frame_action(r, "enlarge", "quota"), "market_access");
	assert_null(frame_action(r, "enlarge", "tariff"));
	assert_null(frame_action(r, "enlarge", ""));
	/* An exemption with no measure is a tariff cut. */
	assert_string_equal(frame_action(r, "exempt", ""), "tariff_cut");
	assert_string_equal(frame_action(r, "exempt", "import_ban"), "market_access");
	/* A bare rule is suspended, not lowered. */
	assert_string_equal(frame_action(r, "suspend", "rule"), "suspend_measure");
	assert_null(frame_action(r, "lower", "rule"));
	/* Evasion is enforcement of any goods; a flow only of a forced object. */
	assert_string_equal(frame_action(r, "curb", "evasion"), "enforcement");
	assert_false(r->actions[rules_action_find(r, kind_index(r->triggers, r->ntriggers, "curb"),
	    kind_index(r->measures, r->nmeasures, "evasion"))].only_forced);
	assert_true(r->actions[rules_action_find(r, kind_index(r->triggers, r->ntriggers, "curb"),
	    kind_index(r->measures, r->nmeasures, "export_control"))].only_forced);
	/* A kind of a category is a member of it, the category's own name not. */
	assert_true(member_of(r, "coffee", "agricultural_products") == 1);
	assert_true(member_of(r, "farm goods", "agricultural_products") == 0);
	assert_true(member_of(r, "ethanol", "energy") == 1);
	/* The specific tariff subsumes the general one. */
	fent = rules_object_find(r, "fentanyl_tariff");
	tar = rules_object_find(r, "tariffs");
	assert_true(fent >= 0 && tar >= 0 && r->objects[fent].nsubsumes == 1 &&
	    r->objects[fent].subsumes[0] == tar);
	rules_free(r);
}

/* expect_error - parsing json fails with exactly want. */
static void
expect_error(const char *json, const char *want)
{
	char err[512] = "";
	struct rules *r = rules_parse("t.json", json, strlen(json), err, sizeof(err));

	if (r != NULL)
		fail_msg("accepted: %s", json);
	assert_string_equal(err, want);
}

#define MINIMAL_TAIL "\"measures\": {}, \"triggers\": {\"buy\": [\"buy\"]}, \"actions\": [], \"status_cues\": {}"

static void
test_errors(void **state)
{
	(void)state;
	expect_error("[1]", "t.json: $: not an object");
	expect_error("{\"actors\": 3}", "t.json: $.actors: missing, or not an object");
	expect_error("{\"actors\": {\"cn\": [\"China\"]}}",
	    "t.json: $.actors.cn: an actor code is upper case");
	expect_error("{\"actors\": {\"CN\": [\"China\", 7]}}", "t.json: $.actors.CN[1]: not a string");
	expect_error("{\"actors\": {\"CN\": [\"\"]}}", "t.json: $.actors.CN[0]: empty phrase");
	expect_error("{\"actors\": {}, \"objects\": {\"corn\": {\"synonyms\": [\"corn\", null]}}, "
	    MINIMAL_TAIL "}", "t.json: $.objects.corn.synonyms[1]: not a string");
	expect_error("{\"actors\": {}, \"objects\": {\"corn\": {\"synonyms\": [], \"tariff_object\": \"x\"}}, "
	    MINIMAL_TAIL "}", "t.json: $.objects.corn: \"tariff_object\" names no object");
	expect_error("{\"actors\": {}, \"objects\": {\"farm\": {\"synonyms\": [], \"hs_chapters\": [24, 1]}}, "
	    MINIMAL_TAIL "}", "t.json: $.objects.farm: \"hs_chapters\" is not [first, last] in 1..99");
	expect_error("{\"actors\": {}, \"objects\": {\"corn\": {\"synonyms\": [], \"members\": [\"maize\"]}}, "
	    MINIMAL_TAIL "}", "t.json: $.objects.corn.members: \"members\" of an object that is no category");
	expect_error("{\"actors\": {}, \"objects\": {\"farm\": {\"category\": true, \"synonyms\": [], "
	    "\"members\": [\"coffee\", 1]}}, " MINIMAL_TAIL "}", "t.json: $.objects.farm.members[1]: not a string");
	expect_error("{\"actors\": {}, \"objects\": {}, \"measures\": {}, \"triggers\": {}, "
	    "\"actions\": [{\"trigger\": \"buy\", \"measure\": \"\", \"action\": \"purchase\"}]}",
	    "t.json: $.actions[0]: trigger class \"buy\" is not in $.triggers");
	expect_error("{\"actors\": {}, \"objects\": {}, \"measures\": {}, \"triggers\": {\"buy\": []}, "
	    "\"actions\": [{\"trigger\": \"buy\", \"measure\": \"\", \"action\": \"steal\"}]}",
	    "t.json: $.actions[0]: action \"steal\" is not one of the contract's");
	expect_error("{\"actors\": {}, \"objects\": {}, \"measures\": {}, \"triggers\": {}, "
	    "\"actions\": [], \"status_cues\": {\"overdue\": []}}",
	    "t.json: $.status_cues.overdue: not an extractable status");
	expect_error("{\"actors\": {}, \"objects\": {}, " MINIMAL_TAIL ", \"negations\": \"not\"}",
	    "t.json: $.negations: not an array of strings");
	/* Blocs: the bloc and each member name an actor, a member in one bloc. */
#define TWO_ACTORS "{\"actors\": {\"EU\": [\"EU\"], \"FR\": [\"France\"], \"DE\": [\"Germany\"]}, "
	expect_error(TWO_ACTORS "\"blocs\": {\"EU\": [\"FR\", \"XX\"]}, \"objects\": {}, " MINIMAL_TAIL "}",
	    "t.json: $.blocs.EU[1]: not the code of one of the actors");
	expect_error(TWO_ACTORS "\"blocs\": {\"ASEAN\": [\"FR\"]}, \"objects\": {}, " MINIMAL_TAIL "}",
	    "t.json: $.blocs.ASEAN: a bloc is one of the actors");
	expect_error(TWO_ACTORS "\"blocs\": {\"EU\": [\"FR\", \"FR\"]}, \"objects\": {}, " MINIMAL_TAIL "}",
	    "t.json: $.blocs.EU[1]: a member of itself or of two blocs");
	expect_error(TWO_ACTORS "\"blocs\": {\"EU\": \"FR\"}, \"objects\": {}, " MINIMAL_TAIL "}",
	    "t.json: $.blocs.EU: not an array of actor codes");
	/* Sellers: an array of actor codes. */
	expect_error(TWO_ACTORS "\"sellers\": [\"XX\"], \"objects\": {}, " MINIMAL_TAIL "}",
	    "t.json: $.sellers[0]: not the code of one of the actors");
	expect_error(TWO_ACTORS "\"sellers\": \"FR\", \"objects\": {}, " MINIMAL_TAIL "}",
	    "t.json: $.sellers: not an array of actor codes");
	/* A preference programme's granting party: the code of one of the actors. */
	expect_error(TWO_ACTORS "\"programmes\": {\"XX\": [\"AGOA\"]}, \"objects\": {}, " MINIMAL_TAIL "}",
	    "t.json: $.programmes.XX: not the code of one of the actors");
	expect_error(TWO_ACTORS "\"programmes\": [\"AGOA\"], \"objects\": {}, " MINIMAL_TAIL "}",
	    "t.json: $.programmes: not an object");
	/* An object's licensor: the code of one of the actors. */
	expect_error(TWO_ACTORS "\"objects\": {\"gallium\": {\"synonyms\": [\"gallium\"], "
	    "\"licensor\": \"XX\"}}, " MINIMAL_TAIL "}",
	    "t.json: $.objects.gallium: \"licensor\" is no actor code");
	expect_error(TWO_ACTORS "\"objects\": {\"gallium\": {\"synonyms\": [\"gallium\"], "
	    "\"licensor\": 7}}, " MINIMAL_TAIL "}",
	    "t.json: $.objects.gallium: \"licensor\" is no actor code");
	/* A code or an object name twice: JSON allows it, the vocabulary does not. */
	expect_error("{\"actors\": {\"FR\": [\"France\"], \"FR\": [\"French\"]}, \"objects\": {}, "
	    MINIMAL_TAIL "}", "t.json: $.actors.FR: defined twice (the second would never match)");
	expect_error("{\"actors\": {}, \"objects\": {\"corn\": {\"synonyms\": [\"corn\"]}, "
	    "\"corn\": {\"synonyms\": [\"maize\"]}}, " MINIMAL_TAIL "}",
	    "t.json: $.objects.corn: defined twice (the second would never match)");
#undef TWO_ACTORS
}

/* list_has_naive - rules_list_has as a walk of every item. */
static int
list_has_naive(const struct rule_list *l, const char *w, size_t n)
{
	for (size_t i = 0; i < l->n; i++)
		if (strlen(l->items[i]) == n && strncasecmp(l->items[i], w, n) == 0)
			return 1;
	return 0;
}

/*
 * test_list_has - rules_list_has, which compares only the items of a word's
 * length (list->order), against a walk of every item: each item of the
 * shipped lists in upper case, cut by a byte, grown by a byte, and its first
 * letter changed.
 */
static void
test_list_has(void **state)
{
	char err[512] = "", w[256];
	struct rules *r = rules_load(RULES_FILE, err, sizeof(err));
	const struct rule_list *lists[8];
	size_t tried = 0;

	(void)state;
	if (r == NULL)
		fail_msg("%s", err);
	lists[0] = &r->abbreviations;
	lists[1] = &r->cp_before;
	lists[2] = &r->cp_after;
	lists[3] = &r->past_forms;
	lists[4] = &r->not_party_after;
	lists[5] = &r->agent_nouns;
	lists[6] = &r->commentators;
	lists[7] = &r->opinion_words;
	for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++)
		for (size_t i = 0; i < lists[l]->n; i++) {
			size_t n = strlen(lists[l]->items[i]);

			if (n + 2 > sizeof(w))
				continue;
			for (size_t k = 0; k <= n; k++)
				w[k] = (char)toupper((unsigned char)lists[l]->items[i][k]);
			assert_true(rules_list_has(lists[l], w, n));
			assert_int_equal(rules_list_has(lists[l], w, n - 1), list_has_naive(lists[l], w, n - 1));
			w[n] = 'S';
			assert_int_equal(rules_list_has(lists[l], w, n + 1), list_has_naive(lists[l], w, n + 1));
			w[0] = w[0] == 'Q' ? 'Z' : 'Q';
			assert_int_equal(rules_list_has(lists[l], w, n), list_has_naive(lists[l], w, n));
			tried++;
		}
	assert_true(tried > 100);
	rules_free(r);
}

static void
test_missing_file(void **state)
{
	char err[512] = "";

	(void)state;
	assert_null(rules_load("no/such/rules.json", err, sizeof(err)));
	assert_non_null(strstr(err, "no/such/rules.json: cannot open"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_rules),
		cmocka_unit_test(test_shipped_frames),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_list_has),
		cmocka_unit_test(test_missing_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
