/*
 * test_party.c - who owes a commitment and to whom, and how sure the
 * extractor is of it: the confidence of an actor carried from an earlier
 * sentence (extract_party.c), which decides whether a claim moves a
 * commitment or waits in the review queue (min_confidence 0.5 by default).
 * Invented sentences only.  Run from tests/unit/.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "rules.h"

#define RULES_FILE "../../config/rules.json"
#define MIN_CONFIDENCE 0.5  /* the daemon's default min_confidence */

static struct rules *rules;

static int
setup(void **state)
{
	char err[512];

	(void)state;
	if ((rules = rules_load(RULES_FILE, err, sizeof(err))) == NULL) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	rules_free(rules);
	return 0;
}

/* entry - extract text and copy the entry for object into *c (actor and
 * counterparty, "-" for none, and confidence); fails when there is none. */
static void
entry(const char *text, const char *object, char *actor, char *cp, double *confidence)
{
	struct extraction ex;
	int found = 0;

	assert_int_equal(extract_text(rules, text, strlen(text), "2026-09-10", &ex), 0);
	for (size_t i = 0; i < ex.n && !found; i++) {
		const struct commitment *c = &ex.items[i];

		if (strcmp(c->object, object) != 0)
			continue;
		snprintf(actor, 8, "%s", c->actor);
		snprintf(cp, 8, "%s", *c->counterparty ? c->counterparty : "-");
		*confidence = c->confidence;
		found = 1;
	}
	extraction_free(&ex);
	if (!found)
		fail_msg("no %s entry in: %s", object, text);
}

/* A carried actor with one candidate (the last subject, alone in its sentence)
 * is kept above the review threshold; with a rival it stays below. */
static void
test_carry_confidence(void **state)
{
	char a[8], cp[8];
	double conf, named;

	(void)state;
	entry("China's commerce ministry said it had issued licences for gallium to US buyers. "
	    "The ministry said licences for graphite would follow by the end of October.",
	    "graphite", a, cp, &conf);
	assert_string_equal(a, "CN");
	assert_string_equal(cp, "US");
	assert_true(conf >= MIN_CONFIDENCE);
	entry("China's commerce ministry said licences for graphite would follow by the end of "
	    "October.", "graphite", a, cp, &named);
	assert_true(named > conf);  /* a named actor stays surer than a carried one */
	/* Pronoun subject, one party before it. */
	entry("Vietnam signed the framework on Tuesday. It will buy 300,000 tonnes of US wheat "
	    "next year, officials said.", "wheat", a, cp, &conf);
	assert_string_equal(a, "VN");
	assert_true(conf >= MIN_CONFIDENCE);
	/* Two subjects in the sentence the actor comes from. */
	entry("China and Japan met in Tokyo on Monday. Licences for graphite would follow by the "
	    "end of October.", "graphite", a, cp, &conf);
	assert_true(conf < MIN_CONFIDENCE);
	/* Another party speaks after the one that acted. */
	entry("China issued licences for gallium, Japan said. Licences for graphite would "
	    "follow by the end of October.", "graphite", a, cp, &conf);
	assert_true(conf < MIN_CONFIDENCE);
}

/* Who buys: a party named before goods and a buying noun, unless the article
 * already named it as the seller. */
static void
test_goods_buyer(void **state)
{
	char a[8], cp[8];
	double conf;

	(void)state;
	entry("Korean LNG purchases have stalled since the spring.", "lng", a, cp, &conf);
	assert_string_equal(a, "KR");
	entry("Brazil pledged to buy American ethanol-grade corn. US corn purchases have "
	    "slowed since then.", "corn", a, cp, &conf);
	assert_string_equal(a, "BR");
	assert_string_equal(cp, "US");
	/* The goods' origin alone is the counterparty. */
	entry("Japan will buy more American corn.", "corn", a, cp, &conf);
	assert_string_equal(a, "JP");
	assert_string_equal(cp, "US");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_carry_confidence),
		cmocka_unit_test(test_goods_buyer),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
