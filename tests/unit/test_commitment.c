/*
 * test_commitment.c - the contract's JSON: extract_json_text against cJSON.
 *
 * extract_json_text writes the text itself instead of printing a cJSON tree;
 * it must give exactly the bytes cJSON_PrintUnformatted gives for
 * extract_json's tree (the store's rows and the CLI's lines did not change
 * when it replaced the tree).  The cases are strings with every escape cJSON
 * knows and numbers at the edges of each of cJSON's number formats; one
 * golden line pins the shape itself.
 */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cJSON.h>

#include "article.h"
#include "extract.h"

/* Every byte from 0x01 to 0x1f, then quotes, backslashes, DEL and UTF-8. */
static const char TRICKY[] =
    "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"
    " \"quoted\" back\\slash \\\" /slash/ \x7f Z\xc3\xbcrich \xe2\x80\x94 "
    "\xe4\xb8\xad\xe5\x9b\xbd \xf0\x9f\x98\x80 end\\";

static const double NUMBERS[] = {
	0, 1e11, 2.5e-3, 12000000, -1, 0.8, 1.0 / 3, 2147483647.0, 2147483648.0,
	-2147483648.0, -2147483649.0, 1e300, -0.0, 0.1 + 0.2, 123456789012345678.0, 1e-300,
	5e-324, 3.5, -7.25, 100.5, 0.07, 0.29, 1.005, 123.45, -0.5, 12345678901.23,
	9999999999999.99, -9999999999999.99, 1e13, 1e15, 99999999999999.9, 0.01, 0.001,
};

/* commitment_check - extract_json_text(a, ex, body) equals cJSON's print of the tree. */
static void
commitment_check(const struct article *a, const struct extraction *ex, const char *body)
{
	cJSON *tree = extract_json(a, ex);
	char *want, *got;
	size_t len = 0;

	assert_non_null(tree);
	if (body != NULL)
		assert_non_null(cJSON_AddStringToObject(
		    cJSON_GetObjectItemCaseSensitive(tree, "article"), "body", body));
	want = cJSON_PrintUnformatted(tree);
	assert_non_null(want);
	got = extract_json_text(a, ex, body, &len);
	assert_non_null(got);
	assert_string_equal(got, want);
	assert_int_equal(len, strlen(want));
	free(want);
	free(got);
	cJSON_Delete(tree);
}

/* commitment_fill - one commitment with every field set from s and d. */
static void
commitment_fill(struct commitment *c, const char *s, double d, size_t offset)
{
	memset(c, 0, sizeof(*c));
	snprintf(c->actor, sizeof(c->actor), "%.7s", s);
	snprintf(c->counterparty, sizeof(c->counterparty), "US");
	snprintf(c->action, sizeof(c->action), "%.31s", s);
	snprintf(c->object, sizeof(c->object), "%.39s", s);
	snprintf(c->hs, sizeof(c->hs), "1201");
	c->status = STATUS_PLEDGED;
	snprintf(c->deadline, sizeof(c->deadline), "2026-01-31");
	c->quantity.present = 1;
	c->quantity.amount = d;
	snprintf(c->quantity.unit, sizeof(c->quantity.unit), "t");
	c->quantity.per_year = 1;
	c->progress.present = 1;
	c->progress.amount = -d;
	snprintf(c->progress.unit, sizeof(c->progress.unit), "USD");
	c->confidence = fabs(d) <= 1 ? fabs(d) : 0.8;
	c->evidence = (char *)s;
	c->offset = offset;
}

/* test_commitment_strings - every escape, in the article's fields, keys' values and body. */
static void
test_commitment_strings(void **state)
{
	struct article a = {0};
	struct commitment items[2];
	struct extraction ex = {.items = items, .n = 2, .cap = 2};

	(void)state;
	a.file = (char *)TRICKY;
	snprintf(a.sha256, sizeof(a.sha256), "%064d", 0);
	a.title = (char *)TRICKY;
	a.source = (char *)"";     /* empty prints as null */
	a.url = NULL;
	a.body = (char *)TRICKY;
	commitment_fill(&items[0], TRICKY, 12e6, 0);
	commitment_fill(&items[1], "\"\\", 0.8, 123456);
	items[1].attribution = (char *)TRICKY;
	items[1].quantity.present = 0;
	commitment_check(&a, &ex, NULL);
	commitment_check(&a, &ex, TRICKY);
	commitment_check(&a, &ex, "");
	commitment_check(&a, NULL, NULL);
}

/* test_commitment_numbers - each of cJSON's number forms: %d, %1.15g, %1.17g, null. */
static void
test_commitment_numbers(void **state)
{
	struct article a = {0};
	struct commitment c;
	struct extraction ex = {.items = &c, .n = 1, .cap = 1};
	uint64_t seed = 20251125;
	size_t i;

	(void)state;
	a.file = (char *)"n.txt";
	for (i = 0; i < sizeof(NUMBERS) / sizeof(NUMBERS[0]); i++) {
		commitment_fill(&c, "x", NUMBERS[i], i * 1000003);
		commitment_check(&a, &ex, NULL);
	}
	/* Amounts, confidences and arbitrary doubles from a fixed generator. */
	for (i = 0; i < 20000; i++) {
		uint64_t bits;
		double d;

		seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
		switch (i % 4) {
		case 0: d = (double)(seed >> 40) / 100; break;              /* m / 100 */
		case 1: d = (double)(seed >> 54) / 100 + 0.001; break;      /* near it */
		case 2: d = (double)(int64_t)seed / 1e4; break;             /* large, both signs */
		default:
			bits = (seed >> 2) & 0x7fefffffffffffffULL;             /* any finite */
			memcpy(&d, &bits, sizeof(d));
		}
		commitment_fill(&c, "x", d, (size_t)(seed >> 20));
		commitment_check(&a, &ex, NULL);
	}
	commitment_fill(&c, "x", NAN, 0);
	commitment_check(&a, &ex, NULL);
	commitment_fill(&c, "x", INFINITY, (size_t)1 << 40);
	commitment_check(&a, &ex, NULL);
}

/* test_commitment_golden - the shape itself, byte for byte. */
static void
test_commitment_golden(void **state)
{
	struct article a = {0};
	struct commitment c;
	struct extraction ex = {.items = &c, .n = 1, .cap = 1};
	char *got;

	(void)state;
	a.file = (char *)"a.txt";
	snprintf(a.sha256, sizeof(a.sha256), "ab");
	snprintf(a.published, sizeof(a.published), "2025-11-25");
	commitment_fill(&c, "CN", 2.5e-3, 7);
	c.counterparty[0] = '\0';
	c.evidence = (char *)"He said \"buy\".\n";
	got = extract_json_text(&a, &ex, "b\\", NULL);
	assert_non_null(got);
	assert_string_equal(got,
	    "{\"article\":{\"file\":\"a.txt\",\"sha256\":\"ab\",\"published\":\"2025-11-25\","
	    "\"title\":null,\"source\":null,\"url\":null,\"body\":\"b\\\\\"},"
	    "\"commitments\":[{\"actor\":\"CN\",\"counterparty\":null,\"action\":\"CN\","
	    "\"object\":\"CN\",\"hs\":\"1201\",\"status\":\"pledged\","
	    "\"deadline\":\"2026-01-31\",\"expires\":null,"
	    "\"quantity\":{\"amount\":0.0025,\"unit\":\"t\",\"per\":\"year\"},"
	    "\"progress\":{\"amount\":-0.0025,\"unit\":\"USD\",\"per\":null},"
	    "\"confidence\":0,\"evidence\":\"He said \\\"buy\\\".\\n\","
	    "\"attribution\":null,\"offset\":7}]}");
	free(got);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commitment_strings),
		cmocka_unit_test(test_commitment_numbers),
		cmocka_unit_test(test_commitment_golden),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
