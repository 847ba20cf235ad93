/*
 * ingest.c - parse a claimed file, extract its commitments, store it.
 *
 * A doc is one spool file: its articles and, parallel to them, one
 * extraction each.  Storing walks the articles of several docs in order and
 * hands them to store_articles() in chunks of at most batch items, so that a
 * backlog costs one transaction per batch while a lone file is stored at
 * once.  The store decides what is new and what is a duplicate; this module
 * only logs it.
 */
#include "ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "extract.h"
#include "log.h"

struct ingest_doc {
	struct article_list articles;
	struct extraction *ex;  /* one per article */
	struct ingest_keys keys;  /* of every commitment of every article */
};

void
ingest_doc_free(struct ingest_doc *doc)
{
	if (doc == NULL)
		return;
	for (size_t i = 0; doc->ex != NULL && i < doc->articles.n; i++)
		extraction_free(&doc->ex[i]);
	free(doc->ex);
	ingest_keys_clear(&doc->keys);
	article_list_free(&doc->articles);
	free(doc);
}

size_t
ingest_doc_articles(const struct ingest_doc *doc)
{
	return doc->articles.n;
}

/* ingest_hash - FNV-1a of the key fields of c, each with its NUL, as
 * tw_lock_keys() tells keys apart (no counterparty is ""). */
static uint64_t
ingest_hash(const struct commitment *c)
{
	const char *f[] = {c->actor, c->counterparty, c->action, c->object};
	uint64_t h = 14695981039346656037u;

	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		const unsigned char *p = (const unsigned char *)f[i];

		do {
			h ^= *p;
			h *= 1099511628211u;
		} while (*p++ != '\0');
	}
	return h;
}

/* ingest_cmp - qsort order of two hashes. */
static int
ingest_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* ingest_doc_hash - fill doc->keys from its extractions; 0 or -1 (out of memory). */
static int
ingest_doc_hash(struct ingest_doc *doc)
{
	struct ingest_keys *ks = &doc->keys;
	size_t n = 0, k = 0;

	for (size_t i = 0; i < doc->articles.n; i++)
		n += doc->ex[i].n;
	if (n == 0)
		return 0;
	if ((ks->v = calloc(n, sizeof(*ks->v))) == NULL)
		return -1;
	for (size_t i = 0; i < doc->articles.n; i++)
		for (size_t j = 0; j < doc->ex[i].n; j++)
			ks->v[k++] = ingest_hash(&doc->ex[i].items[j]);
	qsort(ks->v, n, sizeof(*ks->v), ingest_cmp);
	for (size_t i = 0; i < n; i++)
		if (ks->n == 0 || ks->v[ks->n - 1] != ks->v[i])
			ks->v[ks->n++] = ks->v[i];
	return 0;
}

int
ingest_keys_add(struct ingest_keys *ks, const struct ingest_doc *doc)
{
	const struct ingest_keys *add = &doc->keys;
	uint64_t *v;
	size_t i = 0, j = 0, k = 0;

	if (add->n == 0)
		return 0;
	/* Merge the two sorted sets into a new array. */
	if ((v = calloc(ks->n + add->n, sizeof(*v))) == NULL)
		return -1;
	while (i < ks->n || j < add->n) {
		uint64_t x;

		if (j == add->n || (i < ks->n && ks->v[i] <= add->v[j]))
			x = ks->v[i++];
		else
			x = add->v[j++];
		if (k == 0 || v[k - 1] != x)
			v[k++] = x;
	}
	free(ks->v);
	ks->v = v;
	ks->n = k;
	return 0;
}

int
ingest_keys_meet(const struct ingest_keys *ks, const struct ingest_doc *doc)
{
	const struct ingest_keys *b = &doc->keys;
	size_t i = 0, j = 0;

	while (i < ks->n && j < b->n) {
		if (ks->v[i] == b->v[j])
			return 1;
		if (ks->v[i] < b->v[j])
			i++;
		else
			j++;
	}
	return 0;
}

void
ingest_keys_clear(struct ingest_keys *ks)
{
	free(ks->v);
	memset(ks, 0, sizeof(*ks));
}

struct ingest_doc *
ingest_parse(const struct rules *rules, const char *name, const char *data, size_t len,
    time_t mtime, int *transient, char *err, size_t errlen)
{
	struct ingest_doc *doc;
	char fallback[16], why[128];
	struct tm tm;

	*transient = 0;
	if ((doc = calloc(1, sizeof(*doc))) == NULL)
		goto oom;
	/* An undated body is dated by the day its file was last written (UTC). */
	if (gmtime_r(&mtime, &tm) == NULL ||
	    strftime(fallback, sizeof(fallback), "%Y-%m-%d", &tm) != 10)
		fallback[0] = '\0';
	if (article_parse(name, data, len, fallback[0] ? fallback : NULL, &doc->articles, err,
	    errlen) == -1)
		goto fail;
	if (doc->articles.n == 0) {
		snprintf(err, errlen, "no article in the file");
		goto fail;
	}
	if ((doc->ex = calloc(doc->articles.n, sizeof(*doc->ex))) == NULL)
		goto oom;
	for (size_t i = 0; i < doc->articles.n; i++) {
		const struct article *a = &doc->articles.items[i];

		if (extract_text(rules, a->body, a->body_len, a->published, &doc->ex[i]) == -1)
			goto oom;
		if (extraction_cut_short(&doc->ex[i], a->body_len, why, sizeof(why)))
			log_warnx("%s: %s", a->file, why);
	}
	if (ingest_doc_hash(doc) == -1)
		goto oom;
	return doc;
oom:
	*transient = 1;
	snprintf(err, errlen, "out of memory");
fail:
	ingest_doc_free(doc);
	return NULL;
}

/* ingest_log - one line per article of a committed chunk. */
static void
ingest_log(const struct store_item *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct article *a = items[i].article;

		if (items[i].result == STORE_DUPLICATE)
			log_info("duplicate %s sha256 %.12s: already stored", a->file, a->sha256);
		else
			log_info("stored %s sha256 %.12s: %zu commitment(s), %d alert(s)", a->file,
			    a->sha256, items[i].extraction->n, items[i].alerts);
	}
}

/* ingest_committed - items[0..n) are committed: log them, count alerts. */
static void
ingest_committed(const struct store_item *items, size_t n, int *alerts)
{
	ingest_log(items, n);
	for (size_t i = 0; i < n; i++)
		*alerts += items[i].alerts;
}

/* ingest_flush - store items[0..n); on commit log them and count alerts. */
static enum store_result
ingest_flush(struct store *st, struct store_item *items, size_t n, double min_confidence,
    int *alerts)
{
	enum store_result r;

	if (n == 0)
		return STORE_OK;
	if ((r = store_articles(st, items, n, min_confidence)) != STORE_OK)
		return r;
	ingest_committed(items, n, alerts);
	return STORE_OK;
}

enum store_result
ingest_store(struct store *st, struct ingest_doc **docs, size_t n, size_t batch,
    double min_confidence, int *alerts)
{
	struct store_item *items;
	enum store_result r = STORE_OK;
	size_t k = 0;

	if (batch == 0)
		batch = 1;
	if ((items = calloc(batch, sizeof(*items))) == NULL)
		return STORE_RETRY;
	for (size_t d = 0; d < n && r == STORE_OK; d++) {
		for (size_t i = 0; i < docs[d]->articles.n && r == STORE_OK; i++) {
			memset(&items[k], 0, sizeof(items[k]));
			items[k].article = &docs[d]->articles.items[i];
			items[k].extraction = &docs[d]->ex[i];
			if (++k == batch) {
				r = ingest_flush(st, items, k, min_confidence, alerts);
				k = 0;
			}
		}
	}
	if (r == STORE_OK)
		r = ingest_flush(st, items, k, min_confidence, alerts);
	free(items);
	return r;
}

/* A batch sent by ingest_send(): every article of its docs, one transaction. */
struct ingest_batch {
	struct store_item *items;
	size_t n;
};

void
ingest_batch_free(struct ingest_batch *b)
{
	if (b == NULL)
		return;
	free(b->items);
	free(b);
}

struct ingest_batch *
ingest_send(struct store *st, struct ingest_doc **docs, size_t n, double min_confidence,
    enum store_result *r)
{
	struct ingest_batch *b;
	size_t k = 0;

	*r = STORE_RETRY;
	if ((b = calloc(1, sizeof(*b))) == NULL)
		return NULL;
	for (size_t d = 0; d < n; d++)
		b->n += docs[d]->articles.n;
	if (b->n == 0 || (b->items = calloc(b->n, sizeof(*b->items))) == NULL) {
		ingest_batch_free(b);
		return NULL;
	}
	for (size_t d = 0; d < n; d++) {
		for (size_t i = 0; i < docs[d]->articles.n; i++, k++) {
			b->items[k].article = &docs[d]->articles.items[i];
			b->items[k].extraction = &docs[d]->ex[i];
		}
	}
	if ((*r = store_articles_send(st, b->items, b->n, min_confidence)) != STORE_OK) {
		ingest_batch_free(b);
		return NULL;
	}
	return b;
}

enum store_result
ingest_recv(struct store *st, struct ingest_batch *b, int wait, int *pending, int *alerts)
{
	enum store_result r;

	if ((r = store_articles_recv(st, b->items, b->n, wait, pending)) == STORE_OK && !*pending)
		ingest_committed(b->items, b->n, alerts);
	return r;
}
