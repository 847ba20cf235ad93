/*
 * quantity-fuzzer.c - libFuzzer harness for quantity_find_all.
 *
 * The input is copied into a buffer of exactly its size so that ASan catches
 * any read past len.  Every match must lie inside the text, in order, with a
 * unit and a finite, non-negative amount.
 *
 * Build and run (clang's libFuzzer):
 *	clang -g -O1 -fsanitize=fuzzer,address,undefined -Idaemon \
 *	    fuzz/quantity-fuzzer.c daemon/quantity.c -lm -o build-fuzz/quantity-fuzzer
 *	build-fuzz/quantity-fuzzer -max_len=1024 CORPUS_DIR
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quantity.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct quantity_match m[16];
	char *text;
	size_t n;

	if ((text = malloc(size ? size : 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	n = quantity_find_all(text, size, m, 16);
	for (size_t i = 0; i < n; i++) {
		if (m[i].offset > size || m[i].len > size - m[i].offset || m[i].len == 0)
			abort();
		if (!m[i].q.present || m[i].q.unit[0] == '\0' ||
		    memchr(m[i].q.unit, '\0', sizeof(m[i].q.unit)) == NULL)
			abort();
		if (!isfinite(m[i].q.amount) || m[i].q.amount < 0)
			abort();
		if (i > 0 && m[i].offset < m[i - 1].offset)
			abort();
	}
	free(text);
	return 0;
}
