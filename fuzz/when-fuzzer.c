/*
 * when-fuzzer.c - libFuzzer harness for when_find_all and when_may_deadline.
 *
 * The first ten bytes, when they are a valid "YYYY-MM-DD", are the
 * publication date and the rest is the text; otherwise the whole input is
 * text with no publication date.  The text is copied into a buffer of exactly
 * its size so that ASan catches any read past len.  Every match must lie
 * inside the text and carry a valid date, and when one is a deadline,
 * when_may_deadline must allow one.
 *
 * Build and run (clang's libFuzzer):
 *	clang -g -O1 -fsanitize=fuzzer,address,undefined -Idaemon \
 *	    fuzz/when-fuzzer.c daemon/when.c daemon/quantity.c -lm -o build-fuzz/when-fuzzer
 *	build-fuzz/when-fuzzer -max_len=1024 CORPUS_DIR
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "when.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct when_match m[16];
	char published[11], check[11];
	const char *pub = NULL;
	char *text;
	size_t n;

	if (size >= 10) {
		memcpy(published, data, 10);
		published[10] = '\0';
		if (when_add_days(published, 0, check) == 0) {
			pub = published;
			data += 10;
			size -= 10;
		}
	}
	if ((text = malloc(size ? size : 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	n = when_find_all(text, size, pub, m, 16);
	for (size_t i = 0; i < n; i++) {
		if (m[i].offset > size || m[i].len > size - m[i].offset || m[i].len == 0)
			abort();
		if (when_add_days(m[i].date, 0, check) != 0 || strcmp(check, m[i].date) != 0)
			abort();
		if (i > 0 && m[i].offset < m[i - 1].offset + m[i - 1].len)
			abort();
		if (m[i].kind == WHEN_DEADLINE && !when_may_deadline(text, size, pub))
			abort();
	}
	free(text);
	return 0;
}
