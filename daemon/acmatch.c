/*
 * acmatch.c - Aho-Corasick multi-phrase matching for the extractor.
 *
 * Phrases go into a trie with sparse children while they are added; compile
 * maps every byte that occurs in a phrase to a small symbol class (the other
 * bytes share class 0), computes failure and dictionary links breadth first,
 * then lays out the dense transition table with the states renumbered in
 * breadth-first order (the shallow states, where a scan spends nearly all
 * its time, share a few cache lines).  Each entry holds the target's row
 * offset (state * nsym) shifted left once, with the low bit set when the
 * target ends a phrase itself or through its dictionary link, so that the
 * scan is one table load per input byte and looks at nothing else until
 * that bit says there is something to report.  When the states number fewer
 * than 16384 (the rules have about 8,400) the entries are 16 bits instead,
 * the target's state number shifted left twice (see the second bit below):
 * half the table, so more of it stays in the cache.  Its rows are padded to
 * a power of two (64 entries for 51 classes), so that a row is found with a
 * shift, not a multiply, in the chain of loads: about 6% on the scan.
 *
 * A scan is one chain of dependent loads, each waiting for the one before
 * (most of its time is that wait), and about one byte in seven sets the
 * report bit.  So a text of a kilobyte or more is walked in chunks of 4 KB,
 * each as four walks of a quarter in the same loop, whose loads overlap; the
 * loop only notes where a report bit was set (an unconditional store and a
 * counter).  A walk starts at the root as many bytes before its quarter as
 * the longest phrase (after that many bytes a state no longer depends on
 * where the walk began), the first one of a chunk from the state the chunk
 * before ended in.  The first quarter's reports are made every AC_BLOCK
 * bytes, the others' are held (a quarter holds at most one a byte) and made
 * after the quarter before them, so the order is the one-walk order.  The
 * 16-bit entries carry a second bit, set when a phrase of the target state
 * ends with a byte that is no letter or digit: without it, a report bit
 * before a word byte cannot report (the end is inside a word) and is not
 * noted, which drops most of them.  Four walks: about 1.55x the one-walk
 * speed on the benchmark's text (two walks in halves were about 1.4x).
 * With four walks the loop is bound by its instructions more than by the
 * loads' latency, so a note is one store (end and entry packed in 32 bits)
 * and, but for a chunk's very last byte, the byte after it is read with no
 * bounds test: 29% fewer instructions in the walk.
 *
 * Word boundaries are checked at report time: a phrase whose first (last)
 * byte is a letter or digit must not be preceded (followed) by one.  Bytes
 * of 0x80 and above count as non-word bytes, so "China" matches in
 * "China's" written with a curly apostrophe.
 */
#include "acmatch.h"

#include <stdint.h>
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

/* What a scan needs of a state that reports, by breadth-first number. */
struct acout {
	int id;         /* phrase id ending here, -1 if none */
	int dict;       /* breadth-first number of the dictionary link, -1 if none */
	int depth;
	unsigned char edge_first, edge_last;
};

struct acmatch {
	struct acnode *nodes;
	size_t n, cap;
	size_t nphrases;
	size_t maxlen;         /* longest phrase */
	int compiled;
	int nsym;
	unsigned char cls[256];
	unsigned char word[256];   /* ac_word of each byte */
	unsigned char nonword[256];  /* !ac_word of each byte, for AC_KEEP_IN */
	uint32_t *next;        /* [state * nsym + class]: (row << 1) | reports */
	uint16_t *next16;      /* or, when the states fit: [state << shift16 | class] */
	int shift16;           /* next16's rows: 1 << shift16 >= nsym entries */
	struct acout *out;     /* by breadth-first number */
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
	free(ac->next);
	free(ac->next16);
	free(ac->out);
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
	if (len > ac->maxlen)
		ac->maxlen = len;
	if (ac->nodes[s].id < 0) {
		ac->nodes[s].id = id;
		ac->nodes[s].edge_first = (unsigned char)ac_word((unsigned char)phrase[0]);
		ac->nodes[s].edge_last = (unsigned char)ac_word((unsigned char)phrase[len - 1]);
		ac->nphrases++;
	}
	return 0;
}

/* ac_layout - the scan table and report records from delta (trie numbering), in the
 * breadth-first order of bfs[0..n). */
static int
ac_layout(struct acmatch *ac, const int *delta, const int *bfs)
{
	size_t n = ac->n, nsym = (size_t)ac->nsym;
	int *rank;
	unsigned char *open;
	uint32_t *code;

	if ((rank = malloc(n * sizeof(*rank))) == NULL)
		return -1;
	if ((open = malloc(n)) == NULL) {
		free(rank);
		return -1;
	}
	for (ac->shift16 = 0; ((size_t)1 << ac->shift16) < nsym; ac->shift16++)
		;
	if (n <= UINT16_MAX >> 2)
		ac->next16 = calloc(n << ac->shift16, sizeof(*ac->next16));
	else
		ac->next = malloc(n * nsym * sizeof(*ac->next));
	ac->out = malloc(n * sizeof(*ac->out));
	if ((ac->next == NULL && ac->next16 == NULL) || ac->out == NULL) {
		free(rank);
		free(open);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		rank[bfs[i]] = (int)i;
	for (size_t i = 0; i < n; i++) {
		const struct acnode *nd = &ac->nodes[bfs[i]];
		struct acout *o = &ac->out[i];

		o->id = nd->id;
		o->dict = nd->dict >= 0 ? rank[nd->dict] : -1;
		o->depth = nd->depth;
		o->edge_first = nd->edge_first;
		o->edge_last = nd->edge_last;
	}
	/* open[r]: a phrase on state r's dictionary chain ends with a byte that is
	 * no letter or digit, so a word byte after it does not rule the state out.
	 * A link goes to a shallower state, earlier in breadth-first order. */
	for (size_t i = 0; i < n; i++)
		open[i] = (ac->out[i].id >= 0 && !ac->out[i].edge_last) ||
		    (ac->out[i].dict >= 0 && open[ac->out[i].dict]);
	/* The entry for each target state, once a state rather than once a
	 * transition (a state has nsym of those): code[t] for trie node t. */
	if ((code = malloc(n * sizeof(*code))) == NULL) {
		free(rank);
		free(open);
		return -1;
	}
	for (size_t t = 0; t < n; t++) {
		uint32_t reports = ac->nodes[t].id >= 0 || ac->nodes[t].dict >= 0;

		if (ac->next16 != NULL)
			code[t] = (uint32_t)rank[t] << 2 | (uint32_t)open[rank[t]] << 1 | reports;
		else
			code[t] = (uint32_t)((size_t)rank[t] * nsym) << 1 | reports;
	}
	for (size_t i = 0; i < n; i++) {
		const int *row = &delta[(size_t)bfs[i] * nsym];

		if (ac->next16 != NULL)
			for (size_t k = 0; k < nsym; k++)
				ac->next16[i << ac->shift16 | k] = (uint16_t)code[row[k]];
		else
			for (size_t k = 0; k < nsym; k++)
				ac->next[i * nsym + k] = code[row[k]];
	}
	free(code);
	free(rank);
	free(open);
	return 0;
}

int
acmatch_compile(struct acmatch *ac)
{
	int *queue = NULL, *delta = NULL;
	size_t head = 0, tail = 0;
	int rc = -1;

	if (ac->compiled)
		return 0;
	/* The scan table's entries hold row offsets shifted left once, in 32 bits. */
	if (ac->n > (UINT32_MAX >> 1) / 256)
		return -1;
	/* Symbol classes: 0 for bytes in no phrase, 1.. for the others. */
	memset(ac->cls, 0, sizeof(ac->cls));
	ac->nsym = 1;
	for (size_t i = 1; i < ac->n; i++) {
		unsigned char b = ac->nodes[i].byte;

		if (ac->cls[b] == 0)
			ac->cls[b] = (unsigned char)ac->nsym++;
	}
	/* Input bytes fold the same way as phrase bytes. */
	for (int b = 0; b < 256; b++) {
		ac->cls[b] = ac->cls[ac_fold((unsigned char)b)];
		ac->word[b] = (unsigned char)ac_word((unsigned char)b);
		ac->nonword[b] = (unsigned char)!ac_word((unsigned char)b);
	}
	delta = calloc(ac->n * (size_t)ac->nsym, sizeof(int));
	queue = malloc(ac->n * sizeof(int));
	if (delta == NULL || queue == NULL)
		goto out;
	ac->nodes[0].fail = 0;
	queue[tail++] = 0;
	head = 1;
	for (int c = ac->nodes[0].child; c >= 0; c = ac->nodes[c].sibling) {
		delta[ac->cls[ac->nodes[c].byte]] = c;
		ac->nodes[c].fail = 0;
		queue[tail++] = c;
	}
	while (head < tail) {
		int s = queue[head++];
		int *row = &delta[(size_t)s * ac->nsym];
		const int *frow = &delta[(size_t)ac->nodes[s].fail * ac->nsym];
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
	if (ac_layout(ac, delta, queue) == -1)
		goto out;
	ac->compiled = 1;
	rc = 0;
out:
	free(delta);
	free(queue);
	return rc;
}

/* ac_report - check the word boundaries of state s's phrase ending at end. */
static int
ac_report(const struct acout *o, const unsigned char *t, size_t len, size_t end,
    acmatch_fn fn, void *arg)
{
	size_t start = end - (size_t)o->depth;

	if (o->edge_first && start > 0 && ac_word(t[start - 1]))
		return 0;
	if (o->edge_last && end < len && ac_word(t[end]))
		return 0;
	return fn(o->id, start, end, arg);
}

/* ac_reports - every phrase ending at end in state o (its dictionary chain); 1 to stop. */
static int
ac_reports(const struct acmatch *ac, int o, const unsigned char *t, size_t len, size_t end,
    acmatch_fn fn, void *arg)
{
	for (; o >= 0; o = ac->out[o].dict)
		if (ac->out[o].id >= 0 && ac_report(&ac->out[o], t, len, end, fn, arg))
			return 1;
	return 0;
}

#define AC_WALKS_MIN 1024  /* shorter texts are walked once */
#define AC_CHUNK 4096      /* longer ones in chunks of four walks of a quarter each */
#define AC_BLOCK 128       /* bytes walked between two rounds of reports */
#define AC_HELD (AC_CHUNK / 4 + 4)  /* a later quarter's report bits, at most one a byte */

/* A report bit set: where its phrases end (from the chunk's start) in the high
 * 16 bits, the 16-bit table entry in the low ones: one store a byte. */
typedef uint32_t ac_event;
#define AC_EVENT(off, e) ((uint32_t)(off) << 16 | (e))

/* ac_flush - the reports of ev[0..n), ends from base; 1 to stop. */
static int
ac_flush(const struct acmatch *ac, const ac_event *ev, size_t n, size_t base,
    const unsigned char *t, size_t len, acmatch_fn fn, void *arg)
{
	for (size_t k = 0; k < n; k++)
		if (ac_reports(ac, (int)((ev[k] & 0xffff) >> 2), t, len, base + (ev[k] >> 16),
		    fn, arg))
			return 1;
	return 0;
}

/*
 * AC_KEEP - 1 if entry e (16-bit table) of the byte before end may report:
 * its report bit, and the byte at end no letter or digit (or the text's end)
 * unless a phrase of the state may end before a word byte.
 */
#define AC_KEEP(ac, e, t, len, end) \
	((e) & 1 & (((e) >> 1) | ((end) >= (len) || !(ac)->word[(t)[(end) < (len) ? (end) : 0]])))

/* AC_KEEP_IN - AC_KEEP where end is known to be inside the text: one table
 * load, no bounds test (it runs for every byte of every walk). */
#define AC_KEEP_IN(ac, e, t, end) ((e) & 1 & (((e) >> 1) | (ac)->nonword[(t)[end]]))

/* AC_STEP - entry e after byte c, in the 16-bit table. */
#define AC_STEP(next, sh, cls, e, c) ((next)[(size_t)((e) >> 2) << (sh) | (cls)[(c)]])

/* AC_NOTE - note entry e of the byte before base + off in ev[n] if it may report. */
#define AC_NOTE(ac, ev, n, e, t, len, base, off) do { \
	(ev)[n] = AC_EVENT(off, e); \
	(n) += AC_KEEP(ac, e, t, len, (base) + (off)); \
} while (0)

/* AC_NOTE_IN - AC_NOTE where base + off is inside the text; ev0 is
 * AC_EVENT(off, 0), shared by the four walks. */
#define AC_NOTE_IN(ac, ev, n, e, t, base, off, ev0) do { \
	(ev)[n] = (ev0) | (e); \
	(n) += AC_KEEP_IN(ac, e, t, (base) + (off)); \
} while (0)

/* ac_walk16 - walk t[i..stop) alone from entry *e, reporting as it goes; 1 to stop. */
static int
ac_walk16(const struct acmatch *ac, const unsigned char *t, size_t len, size_t i, size_t stop,
    uint32_t *e, acmatch_fn fn, void *arg)
{
	const uint16_t *next = ac->next16;
	const unsigned char *cls = ac->cls;
	int sh = ac->shift16;
	uint32_t x = *e;

	for (; i < stop; i++) {
		x = AC_STEP(next, sh, cls, x, t[i]);
		if (AC_KEEP(ac, x, t, len, i + 1) &&
		    ac_reports(ac, (int)(x >> 2), t, len, i + 1, fn, arg))
			return 1;
	}
	*e = x;
	return 0;
}

/*
 * ac_chunk16 - t[from..to) as four walks of a quarter each, in one loop: the
 * first from entry *e (left at the chunk's end), each other from the root
 * maxlen bytes before its quarter.  The first quarter's reports are made
 * every AC_BLOCK bytes, the others' held and made after the quarter before
 * them (each holds at most a byte's worth per byte), so the order is the one
 * walk's.  1 to stop.
 */
static int
ac_chunk16(const struct acmatch *ac, const unsigned char *t, size_t len, size_t from, size_t to,
    uint32_t *e, acmatch_fn fn, void *arg)
{
	const uint16_t *next = ac->next16;
	const unsigned char *cls = ac->cls;
	const unsigned char *t0, *t1, *t2, *t3;
	int sh = ac->shift16;
	size_t q = (to - from) / 4, p, na, n1 = 0, n2 = 0, n3 = 0, inside;
	ac_event a[AC_BLOCK], h1[AC_HELD], h2[AC_HELD], h3[AC_HELD];
	uint32_t e0 = *e, e1 = 0, e2 = 0, e3 = 0;

	for (size_t j = from + q - ac->maxlen; j < from + q; j++) {
		e1 = AC_STEP(next, sh, cls, e1, t[j]);
		e2 = AC_STEP(next, sh, cls, e2, t[j + q]);
		e3 = AC_STEP(next, sh, cls, e3, t[j + 2 * q]);
	}
	t0 = t + from;
	t1 = t0 + q;
	t2 = t1 + q;
	t3 = t2 + q;
	/* The byte after a walk's last one is inside the text, but for the last
	 * quarter's last byte when the chunk ends the text. */
	inside = from + 4 * q < len ? q : q - 1;
	for (p = 0; p < q;) {
		size_t stop = q - p > AC_BLOCK ? p + AC_BLOCK : q;

		for (na = 0; p < stop && p < inside; p++) {
			uint32_t ev0 = AC_EVENT(p + 1, 0);

			e0 = AC_STEP(next, sh, cls, e0, t0[p]);
			e1 = AC_STEP(next, sh, cls, e1, t1[p]);
			e2 = AC_STEP(next, sh, cls, e2, t2[p]);
			e3 = AC_STEP(next, sh, cls, e3, t3[p]);
			AC_NOTE_IN(ac, a, na, e0, t, from, p + 1, ev0);
			AC_NOTE_IN(ac, h1, n1, e1, t, from + q, p + 1, ev0);
			AC_NOTE_IN(ac, h2, n2, e2, t, from + 2 * q, p + 1, ev0);
			AC_NOTE_IN(ac, h3, n3, e3, t, from + 3 * q, p + 1, ev0);
		}
		for (; p < stop; p++) {
			e0 = AC_STEP(next, sh, cls, e0, t0[p]);
			e1 = AC_STEP(next, sh, cls, e1, t1[p]);
			e2 = AC_STEP(next, sh, cls, e2, t2[p]);
			e3 = AC_STEP(next, sh, cls, e3, t3[p]);
			AC_NOTE(ac, a, na, e0, t, len, from, p + 1);
			AC_NOTE(ac, h1, n1, e1, t, len, from + q, p + 1);
			AC_NOTE(ac, h2, n2, e2, t, len, from + 2 * q, p + 1);
			AC_NOTE(ac, h3, n3, e3, t, len, from + 3 * q, p + 1);
		}
		if (ac_flush(ac, a, na, from, t, len, fn, arg))
			return 1;
	}
	/* The last quarter's last bytes (to - from not a multiple of four). */
	for (p = from + 4 * q; p < to; p++) {
		e3 = AC_STEP(next, sh, cls, e3, t[p]);
		AC_NOTE(ac, h3, n3, e3, t, len, from + 3 * q, p + 1 - from - 3 * q);
	}
	*e = e3;
	return ac_flush(ac, h1, n1, from + q, t, len, fn, arg) ||
	    ac_flush(ac, h2, n2, from + 2 * q, t, len, fn, arg) ||
	    ac_flush(ac, h3, n3, from + 3 * q, t, len, fn, arg);
}

/* ac_scan16 - acmatch_scan over the 16-bit table: once, or in chunks of four walks
 * (see the top). */
static void
ac_scan16(const struct acmatch *ac, const unsigned char *t, size_t len, acmatch_fn fn, void *arg)
{
	uint32_t e = 0;
	size_t from = 0, to;

	if (len < AC_WALKS_MIN || ac->maxlen > AC_WALKS_MIN / 8) {
		ac_walk16(ac, t, len, 0, len, &e, fn, arg);
		return;
	}
	/* A last piece too short for four walks joins the chunk before it. */
	for (; from < len; from = to) {
		to = len - from >= AC_CHUNK + AC_WALKS_MIN ? from + AC_CHUNK : len;
		if (to - from > AC_CHUNK) {
			/* between AC_CHUNK and AC_CHUNK + AC_WALKS_MIN: two chunks of half */
			to = from + (to - from) / 2;
		}
		if (ac_chunk16(ac, t, len, from, to, &e, fn, arg))
			return;
	}
}

void
acmatch_scan(const struct acmatch *ac, const char *text, size_t len, acmatch_fn fn, void *arg)
{
	const unsigned char *t = (const unsigned char *)text;
	const uint32_t *next = ac->next;
	const unsigned char *cls = ac->cls;
	uint32_t e = 0;

	if (!ac->compiled)
		return;
	if (ac->next16 != NULL) {
		ac_scan16(ac, t, len, fn, arg);
		return;
	}
	for (size_t i = 0; i < len; i++) {
		e = next[(e >> 1) + cls[t[i]]];
		if (!(e & 1))
			continue;
		for (int o = (int)((e >> 1) / (uint32_t)ac->nsym); o >= 0; o = ac->out[o].dict)
			if (ac->out[o].id >= 0 && ac_report(&ac->out[o], t, len, i + 1, fn, arg))
				return;
	}
}
