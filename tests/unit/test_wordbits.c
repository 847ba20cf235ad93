/*
 * test_wordbits.c - the word-byte bitmap of extract_int.h (ex_wordbits):
 * its bits against ex_word_byte for every byte value at every offset of a
 * 16-byte block, and ex_word_after and ex_word_before answered from it
 * against the plain byte walk, at every offset and bound of random texts.
 * Run from tests/unit/.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

/* A small xorshift generator: the same texts on every run. */
static uint32_t rng_state = 2463534242u;

/* rng_next - the next pseudo-random number. */
static uint32_t
rng_next(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 17;
	rng_state ^= rng_state << 5;
	return rng_state;
}

/* test_bits - every byte value at every position in and around a block, and
 * every length up to 200: bit i is ex_word_byte(t[i]), the bits after the
 * text are 0. */
static void
test_bits(void **state)
{
	unsigned char t[256];

	(void)state;
	for (size_t len = 0; len <= 200; len++) {
		for (size_t i = 0; i < len; i++)
			t[i] = (unsigned char)((i * 37 + len * 11) & 0xff);
		uint64_t *bits = ex_wordbits_build((const char *)t, len);

		assert_non_null(bits);
		for (size_t i = 0; i < ((len >> 6) + 1) * 64; i++) {
			unsigned want = i < len ? (unsigned)ex_word_byte(t[i]) : 0;

			assert_int_equal((bits[i >> 6] >> (i & 63)) & 1, want);
		}
		free(bits);
	}
	/* Each of the 256 byte values alone at each offset of a block. */
	for (unsigned c = 0; c < 256; c++)
		for (size_t at = 0; at < 40; at++) {
			memset(t, ' ', 48);
			t[at] = (unsigned char)c;
			uint64_t *bits = ex_wordbits_build((const char *)t, 48);

			assert_non_null(bits);
			assert_int_equal((bits[0] >> at) & 1, (unsigned)ex_word_byte((unsigned char)c));
			assert_int_equal(bits[0] & ~((uint64_t)1 << at), 0);
			free(bits);
		}
}

/* test_walks - ex_word_after and ex_word_before with the bitmap and without
 * (ex_wbits pointing at the text or not) give the same word at every offset
 * and every bound of texts with long and short words, spaces, tabs, hyphens,
 * apostrophes, dots and bytes above 0x7f. */
static void
test_walks(void **state)
{
	static const char alphabet[] = "abcXYZ09'   \t-.,\xc3\xa9";
	char t[300];

	(void)state;
	for (int round = 0; round < 60; round++) {
		size_t len = rng_next() % 260;

		for (size_t i = 0; i < len; i++) {
			/* Some long runs of letters, past a 64-bit word of the map. */
			if (round % 5 == 0 && i % 90 < 70)
				t[i] = 'w';
			else
				t[i] = alphabet[rng_next() % (sizeof(alphabet) - 1)];
		}
		t[len] = '\0';
		uint64_t *bits = ex_wordbits_build(t, len);

		assert_non_null(bits);
		for (size_t pos = 0; pos <= len; pos++)
			for (size_t b = 0; b <= len; b += 1 + rng_next() % 7) {
				size_t n1, n2, s1 = 0, s2 = 0;

				ex_wbits = (struct ex_wordbits){NULL, 0, NULL};
				if (b >= pos)
					n1 = ex_word_after(t, pos, b, &s1);
				else
					n1 = ex_word_before(t, pos, b, &s1);
				ex_wbits = (struct ex_wordbits){t, len, bits};
				if (b >= pos)
					n2 = ex_word_after(t, pos, b, &s2);
				else
					n2 = ex_word_before(t, pos, b, &s2);
				assert_int_equal(n1, n2);
				assert_int_equal(s1, s2);
			}
		ex_wbits = (struct ex_wordbits){NULL, 0, NULL};
		free(bits);
	}
}

/* test_crossed_bounds - a bound past the offset (ex_word_before's lo above
 * pos, ex_word_after's hi below pos) finds no word, with the bitmap as without:
 * the bitmap once answered ex_word_before(t, pos, lo) with lo > pos by a length
 * of pos - lo, wrapped around (ex_relative_past_on asks so when a trigger ends
 * in "on" right before a date). */
static void
test_crossed_bounds(void **state)
{
	static const char t[] = "tariffs imposed on June 1 and on July 4";
	size_t len = sizeof(t) - 1;
	uint64_t *bits = ex_wordbits_build(t, len);

	(void)state;
	assert_non_null(bits);
	for (int map = 0; map < 2; map++) {
		ex_wbits = map ? (struct ex_wordbits){t, len, bits} : (struct ex_wordbits){NULL, 0, NULL};
		for (size_t pos = 0; pos <= len; pos++)
			for (size_t b = pos + 1; b <= len; b++) {
				size_t ws = 0;

				assert_int_equal(ex_word_before(t, pos, b, &ws), 0);
				assert_int_equal(ws, pos);
				assert_int_equal(ex_word_after(t, b, pos, &ws), 0);
			}
	}
	ex_wbits = (struct ex_wordbits){NULL, 0, NULL};
	free(bits);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bits),
		cmocka_unit_test(test_walks),
		cmocka_unit_test(test_crossed_bounds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
