/*
 * rules-fuzzer.c - libFuzzer harness for rules_parse.
 *
 * The input is handed over in an exact-size buffer (no NUL after it), so a
 * read past the end is caught.  A compiled rule set is walked and freed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* count_phrase - rules_each_phrase callback: count and touch every phrase. */
static void
count_phrase(const char *phrase, void *arg)
{
	*(size_t *)arg += strlen(phrase) > 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rules *rules;
	char err[512], *copy;
	size_t n = 0;

	if ((copy = malloc(size ? size : 1)) == NULL)
		return 0;
	memcpy(copy, data, size);
	err[0] = '\0';
	rules = rules_parse("fuzz.json", copy, size, err, sizeof(err));
	if (rules == NULL) {
		if (err[0] == '\0')
			abort();
	} else {
		rules_each_phrase(rules, count_phrase, &n);
		if (n > rules_phrase_count(rules))
			abort();
		rules_free(rules);
	}
	free(copy);
	return 0;
}
