/*
 * test_acmatch.c - the Aho-Corasick automaton: case folding, word
 * boundaries, phrases inside phrases, whitespace, and a large phrase set
 * checked against a naive search.  Run from tests/unit/.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acmatch.h"

struct hits {
	int id[64];
	size_t start[64], end[64];
	size_t n;
};

static int
collect(int id, size_t start, size_t end, void *arg)
{
	struct hits *h = arg;

	if (h->n < 64) {
		h->id[h->n] = id;
		h->start[h->n] = start;
		h->end[h->n] = end;
		h->n++;
	}
	return 0;
}

static struct acmatch *
build(const char *const *phrases, size_t n)
{
	struct acmatch *ac = acmatch_new();

	assert_non_null(ac);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(acmatch_add(ac, phrases[i], strlen(phrases[i]), (int)i), 0);
	assert_int_equal(acmatch_compile(ac), 0);
	return ac;
}

static int
has(const struct hits *h, int id, size_t start)
{
	for (size_t i = 0; i < h->n; i++)
		if (h->id[i] == id && h->start[i] == start)
			return 1;
	return 0;
}

static void
test_case_and_boundaries(void **state)
{
	static const char *const P[] = {"rare earths", "soy", "US-bound", "in limbo"};
	const char *t = "Rare Earths and SOY; soybeans are not soy. us-bound cargo IN\nLIMBO";
	struct acmatch *ac = build(P, 4);
	struct hits h = {0};

	(void)state;
	acmatch_scan(ac, t, strlen(t), collect, &h);
	assert_true(has(&h, 0, 0));
	assert_true(has(&h, 1, 16));
	assert_false(has(&h, 1, 21));  /* "soybeans": no boundary after "soy" */
	assert_true(has(&h, 1, 38));
	assert_true(has(&h, 2, 43));
	assert_true(has(&h, 3, 58));   /* a newline matches the space */
	assert_int_equal(h.n, 5);
	acmatch_free(ac);
}

static void
test_nested_phrases(void **state)
{
	static const char *const P[] = {"fell short", "fell well short", "well", "short"};
	const char *t = "purchases fell well short of the target";
	struct acmatch *ac = build(P, 4);
	struct hits h = {0};

	(void)state;
	acmatch_scan(ac, t, strlen(t), collect, &h);
	assert_true(has(&h, 1, 10));
	assert_true(has(&h, 2, 15));
	assert_true(has(&h, 3, 20));
	assert_false(has(&h, 0, 10));
	assert_int_equal(h.n, 3);
	assert_int_equal(acmatch_size(ac), 4);
	acmatch_free(ac);
}

static void
test_errors(void **state)
{
	struct acmatch *ac = acmatch_new();

	(void)state;
	assert_int_equal(acmatch_add(ac, "", 0, 0), -1);
	assert_int_equal(acmatch_add(ac, "tariff", 6, 0), 0);
	assert_int_equal(acmatch_add(ac, "TARIFF", 6, 1), 0);  /* same phrase keeps id 0 */
	assert_int_equal(acmatch_compile(ac), 0);
	assert_int_equal(acmatch_add(ac, "duty", 4, 2), -1);
	assert_int_equal(acmatch_size(ac), 1);
	acmatch_free(ac);
	acmatch_free(NULL);
}

/* Random phrases over a small alphabet, checked against a naive search. */
static void
test_against_naive(void **state)
{
	char phrases[300][8], text[4000];
	const char *ptr[300];
	struct acmatch *ac;
	struct hits h;
	unsigned seed = 12345;
	size_t total = 0, naive = 0;

	(void)state;
	for (int i = 0; i < 300; i++) {
		int len = 1 + (int)((seed = seed * 1103515245 + 12345) >> 16) % 4;

		for (int k = 0; k < len; k++)
			phrases[i][k] = "ab "[((seed = seed * 1103515245 + 12345) >> 16) % 2];
		phrases[i][len] = '\0';
		ptr[i] = phrases[i];
	}
	for (size_t i = 0; i < sizeof(text) - 1; i++)
		text[i] = "ab "[((seed = seed * 1103515245 + 12345) >> 16) % 3];
	text[sizeof(text) - 1] = '\0';
	ac = build(ptr, 300);
	for (size_t off = 0; off + 100 <= strlen(text); off += 100) {
		memset(&h, 0, sizeof(h));
		acmatch_scan(ac, text + off, 20, collect, &h);
		total += h.n;
	}
	/* Naive count over the same windows, with the same boundary rule. */
	for (size_t off = 0; off + 100 <= strlen(text); off += 100) {
		const char *w = text + off;

		for (int i = 0; i < 300; i++) {
			size_t pl = strlen(phrases[i]);
			int first = 1;

			for (int j = 0; j < i; j++)
				if (strcmp(phrases[j], phrases[i]) == 0)
					first = 0;
			if (!first)
				continue;
			for (size_t s = 0; s + pl <= 20; s++) {
				int lw = phrases[i][0] != ' ', rw = phrases[i][pl - 1] != ' ';

				if (memcmp(w + s, phrases[i], pl) != 0)
					continue;
				if (lw && s > 0 && w[s - 1] != ' ')
					continue;
				if (rw && s + pl < 20 && w[s + pl] != ' ')
					continue;
				naive++;
			}
		}
	}
	assert_int_equal(total, naive);
	acmatch_free(ac);
}

struct seq {
	int *id;
	size_t *start, *end;
	size_t n, cap, stop_after;  /* stop_after: stop the scan at that many, 0 never */
};

static int
seq_collect(int id, size_t start, size_t end, void *arg)
{
	struct seq *q = arg;

	if (q->n < q->cap) {
		q->id[q->n] = id;
		q->start[q->n] = start;
		q->end[q->n] = end;
	}
	q->n++;
	return q->stop_after != 0 && q->n == q->stop_after;
}

static void
seq_init(struct seq *q, size_t cap, size_t stop_after)
{
	q->id = calloc(cap, sizeof(*q->id));
	q->start = calloc(cap, sizeof(*q->start));
	q->end = calloc(cap, sizeof(*q->end));
	assert_non_null(q->id);
	assert_non_null(q->start);
	assert_non_null(q->end);
	q->n = 0;
	q->cap = cap;
	q->stop_after = stop_after;
}

static void
seq_free(struct seq *q)
{
	free(q->id);
	free(q->start);
	free(q->end);
}

/*
 * Texts of a kilobyte and more are walked in chunks of four walks (acmatch.c):
 * on texts dense with matches (one a byte, as many as a walk may hold) and
 * sparse ones, of lengths about the one-walk limit, the chunk size, the split
 * of a last short piece and not multiples of four, every match comes in the
 * one-walk order, by end and then longest first, as a naive search finds
 * them; a callback that stops the scan in any quarter gets exactly the first
 * matches.
 */
static void
test_long_text(void **state)
{
	enum { NP = 200, TEXT = 12000 };
	static char phrases[NP][8], text[TEXT];
	const char *alpha[] = {"ab ", "abcdefghij  "};
	unsigned seed = 4242;

	(void)state;
	for (int a = 0; a < 2; a++) {
		size_t na = strlen(alpha[a]);
		struct acmatch *ac = acmatch_new();
		struct seq got, want, part;

		assert_non_null(ac);
		for (int i = 0; i < NP; i++) {
			int len = 1 + (int)((seed = seed * 1103515245 + 12345) >> 16) % 6;

			for (int k = 0; k < len; k++)
				phrases[i][k] = alpha[a][((seed = seed * 1103515245 + 12345) >> 16) % (na - 1)];
			phrases[i][len] = '\0';
			assert_int_equal(acmatch_add(ac, phrases[i], (size_t)len, i), 0);
		}
		assert_int_equal(acmatch_compile(ac), 0);
		for (size_t i = 0; i < TEXT; i++)
			text[i] = alpha[a][((seed = seed * 1103515245 + 12345) >> 16) % na];
		/* The whole text, lengths about the one-walk limit (many quarters), about
		 * the chunk (4096), about a chunk and a short piece (5120), longer. */
		static const size_t LENS[] = {TEXT, 4093, 4094, 4095, 4096, 4097, 4098, 4099,
		    5117, 5119, 5120, 5121, 6143, 8191, 9217, 11999};
		for (size_t l = 1020; l <= 1060 + sizeof(LENS) / sizeof(LENS[0]); l++) {
			size_t len = l <= 1060 ? l : LENS[l - 1061];

			seq_init(&got, 200000, 0);
			seq_init(&want, 200000, 0);
			acmatch_scan(ac, text, len, seq_collect, &got);
			/* Naive: by end, longest first, the first id of a phrase listed twice. */
			for (size_t e = 1; e <= len; e++)
				for (size_t pl = 6; pl >= 1; pl--) {
					int id = -1;

					if (pl > e)
						continue;
					for (int i = 0; i < NP && id < 0; i++)
						if (strlen(phrases[i]) == pl && memcmp(text + e - pl, phrases[i], pl) == 0)
							id = i;
					if (id < 0 || (phrases[id][0] != ' ' && e - pl > 0 && text[e - pl - 1] != ' ') ||
					    (phrases[id][pl - 1] != ' ' && e < len && text[e] != ' '))
						continue;
					seq_collect(id, e - pl, e, &want);
				}
			assert_true(want.n > 0);
			assert_int_equal(got.n, want.n);
			assert_memory_equal(got.id, want.id, want.n * sizeof(*want.id));
			assert_memory_equal(got.start, want.start, want.n * sizeof(*want.start));
			assert_memory_equal(got.end, want.end, want.n * sizeof(*want.end));
			/* Stopped in each quarter: the first matches, no more. */
			for (size_t k = 1; k < 8; k += 2) {
				seq_init(&part, 200000, want.n * k / 8);
				acmatch_scan(ac, text, len, seq_collect, &part);
				assert_int_equal(part.n, want.n * k / 8);
				assert_memory_equal(part.end, want.end, part.n * sizeof(*part.end));
				seq_free(&part);
			}
			seq_free(&got);
			seq_free(&want);
		}
		acmatch_free(ac);
	}
}

struct wide_hits {
	size_t n, bad;
	const size_t *start;  /* expected start of each phrase in the text */
};

static int
wide_collect(int id, size_t start, size_t end, void *arg)
{
	struct wide_hits *h = arg;

	if (h->start[id] != start || end - start != 10)
		h->bad++;
	h->n++;
	return 0;
}

/* More than 16383 states: the scan table keeps 32-bit entries; every phrase set
 * in the text, in either case, is found where it stands. */
static void
test_wide_table(void **state)
{
	enum { NP = 6000, LEN = 10 };
	static char phrases[NP][LEN + 1];
	static size_t start[NP];
	char *text = malloc(NP * (LEN + 1) + 1);
	struct acmatch *ac = acmatch_new();
	struct wide_hits h = {0, 0, start};
	unsigned seed = 777;
	size_t pos = 0;

	(void)state;
	assert_non_null(text);
	assert_non_null(ac);
	for (int i = 0; i < NP; i++) {
		for (int k = 0; k < LEN; k++)
			phrases[i][k] = (char)('a' + ((seed = seed * 1103515245 + 12345) >> 16) % 26);
		phrases[i][LEN] = '\0';
		assert_int_equal(acmatch_add(ac, phrases[i], LEN, i), 0);
	}
	assert_int_equal(acmatch_compile(ac), 0);
	assert_int_equal(acmatch_size(ac), NP);
	for (int i = 0; i < NP; i++) {
		start[i] = pos;
		for (int k = 0; k < LEN; k++)
			text[pos++] = i % 2 ? (char)(phrases[i][k] - 'a' + 'A') : phrases[i][k];
		text[pos++] = ' ';
	}
	acmatch_scan(ac, text, pos, wide_collect, &h);
	assert_int_equal(h.n, NP);
	assert_int_equal(h.bad, 0);
	acmatch_free(ac);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_and_boundaries),
		cmocka_unit_test(test_nested_phrases),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_against_naive),
		cmocka_unit_test(test_wide_table),
		cmocka_unit_test(test_long_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
