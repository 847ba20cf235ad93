/*
 * acmatch.c - Aho-Corasick multi-phrase matching for the extractor.
 *
 * Phrases go into a trie with sparse children while they are added; compile
 * maps every byte that occurs in a phrase to a small symbol class (the other
 * bytes share class 0), then fills a dense transition table
 * delta[state * nsym + class] breadth first, so that a scan is one load per
 * input byte.  Each state records the phrase ending there (if any) and a
 * dictionary link to the next shorter state that also ends a phrase.
 *
 * Word boundaries are checked at report time: a phrase whose first (last)
 * byte is a letter or digit must not be preceded (followed) by one.  Bytes
 * of 0x80 and above count as non-word bytes, so "China" matches in
 * "China's" written with a curly apostrophe.
 */
#include "acmatch.h"

#include <stdlib.h>
#include <string.h>

struct acnode {
	int child;      /* first child, -1 if none (trie only) */
	int sibling;    /* next sibling, -1 if none (trie only) */
	unsigned char byte;
	int depth;
	int id;         /* phrase id ending here, -1 if none */
	int fail;
	int dict;       /* next state on the fail chain with id >= 0, -1 if none */
	unsigned char edge_first, edge_last;  /* phrase begins/ends with a word byte */
};

struct acmatch {
	struct acnode *nodes;
	size_t n, cap;
	size_t nphrases;
	int compiled;
	int nsym;
	unsigned char cls[256];
	int *delta;
};

/* ac_fold - the byte as matched: ASCII lower case, whitespace as space. */
static unsigned char
ac_fold(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return (unsigned char)(c + ('a' - 'A'));
	if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
		return ' ';
	return c;
}

/* ac_word - 1 for ASCII letters and digits. */
static int
ac_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* ac_node_new - append a node, returning its index or -1. */
static int
ac_node_new(struct acmatch *ac, unsigned char byte, int depth)
{
	struct acnode *nn;

	if (ac->n == ac->cap) {
		size_t cap = ac->cap ? ac->cap * 2 : 256;

		if ((nn = realloc(ac->nodes, cap * sizeof(*nn))) == NULL)
			return -1;
		ac->nodes = nn;
		ac->cap = cap;
	}
	nn = &ac->nodes[ac->n];
	memset(nn, 0, sizeof(*nn));
	nn->child = nn->sibling = -1;
	nn->byte = byte;
	nn->depth = depth;
	nn->id = -1;
	nn->dict = -1;
	return (int)ac->n++;
}

struct acmatch *
acmatch_new(void)
{
	struct acmatch *ac;

	if ((ac = calloc(1, sizeof(*ac))) == NULL)
		return NULL;
	if (ac_node_new(ac, 0, 0) != 0) {
		free(ac);
		return NULL;
	}
	return ac;
}

void
acmatch_free(struct acmatch *ac)
{
	if (ac == NULL)
		return;
	free(ac->nodes);
	free(ac->delta);
	free(ac);
}

size_t
acmatch_size(const struct acmatch *ac)
{
	return ac->nphrases;
}

int
acmatch_add(struct acmatch *ac, const char *phrase, size_t len, int id)
{
	int s = 0;

	if (ac->compiled || len == 0)
		return -1;
	for (size_t i = 0; i < len; i++) {
		unsigned char b = ac_fold((unsigned char)phrase[i]);
		int c;

		for (c = ac->nodes[s].child; c >= 0; c = ac->nodes[c].sibling)
			if (ac->nodes[c].byte == b)
				break;
		if (c < 0) {
			if ((c = ac_node_new(ac, b, (int)i + 1)) < 0)
				return -1;
			ac->nodes[c].sibling = ac->nodes[s].child;
			ac->nodes[s].child = c;
		}
		s = c;
	}
	if (ac->nodes[s].id < 0) {
		ac->nodes[s].id = id;
		ac->nodes[s].edge_first = (unsigned char)ac_word((unsigned char)phrase[0]);
		ac->nodes[s].edge_last = (unsigned char)ac_word((unsigned char)phrase[len - 1]);
		ac->nphrases++;
	}
	return 0;
}

int
acmatch_compile(struct acmatch *ac)
{
	int *queue = NULL;
	size_t head = 0, tail = 0;
	int rc = -1;

	if (ac->compiled)
		return 0;
	/* Symbol classes: 0 for bytes in no phrase, 1.. for the others. */
	memset(ac->cls, 0, sizeof(ac->cls));
	ac->nsym = 1;
	for (size_t i = 1; i < ac->n; i++) {
		unsigned char b = ac->nodes[i].byte;

		if (ac->cls[b] == 0)
			ac->cls[b] = (unsigned char)ac->nsym++;
	}
	/* Input bytes fold the same way as phrase bytes. */
	for (int b = 0; b < 256; b++)
		ac->cls[b] = ac->cls[ac_fold((unsigned char)b)];
	ac->delta = calloc(ac->n * (size_t)ac->nsym, sizeof(int));
	queue = malloc(ac->n * sizeof(int));
	if (ac->delta == NULL || queue == NULL)
		goto out;
	ac->nodes[0].fail = 0;
	for (int c = ac->nodes[0].child; c >= 0; c = ac->nodes[c].sibling) {
		ac->delta[ac->cls[ac->nodes[c].byte]] = c;
		ac->nodes[c].fail = 0;
		queue[tail++] = c;
	}
	while (head < tail) {
		int s = queue[head++];
		int *row = &ac->delta[(size_t)s * ac->nsym];
		const int *frow = &ac->delta[(size_t)ac->nodes[s].fail * ac->nsym];
		int f = ac->nodes[s].fail;

		ac->nodes[s].dict = ac->nodes[f].id >= 0 ? f : ac->nodes[f].dict;
		/* Missing transitions follow the failure state (already complete). */
		memcpy(row, frow, (size_t)ac->nsym * sizeof(int));
		for (int c = ac->nodes[s].child; c >= 0; c = ac->nodes[c].sibling) {
			int k = ac->cls[ac->nodes[c].byte];

			ac->nodes[c].fail = frow[k];
			row[k] = c;
			queue[tail++] = c;
		}
	}
	ac->compiled = 1;
	rc = 0;
out:
	free(queue);
	return rc;
}

/* ac_report - check the word boundaries of state s's phrase ending at end. */
static int
ac_report(const struct acmatch *ac, int s, const unsigned char *t, size_t len, size_t end,
    acmatch_fn fn, void *arg)
{
	const struct acnode *nd = &ac->nodes[s];
	size_t start = end - (size_t)nd->depth;

	if (nd->edge_first && start > 0 && ac_word(t[start - 1]))
		return 0;
	if (nd->edge_last && end < len && ac_word(t[end]))
		return 0;
	return fn(nd->id, start, end, arg);
}

void
acmatch_scan(const struct acmatch *ac, const char *text, size_t len, acmatch_fn fn, void *arg)
{
	const unsigned char *t = (const unsigned char *)text;
	const int *delta = ac->delta;
	const unsigned char *cls = ac->cls;
	int nsym = ac->nsym;
	int s = 0;

	if (!ac->compiled)
		return;
	for (size_t i = 0; i < len; i++) {
		s = delta[(size_t)s * nsym + cls[t[i]]];
		if (ac->nodes[s].id < 0 && ac->nodes[s].dict < 0)
			continue;
		for (int o = ac->nodes[s].id >= 0 ? s : ac->nodes[s].dict; o >= 0;
		    o = ac->nodes[o].dict)
			if (ac_report(ac, o, t, len, i + 1, fn, arg))
				return;
	}
}
