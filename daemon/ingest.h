/*
 * ingest.h - one claimed spool file into articles, commitments and rows.
 *
 * ingest_parse() turns a file's bytes into its articles (article.h) and the
 * commitments of each (extract.h); ingest_store() stores several parsed
 * files through the store's one door (store.h), at most batch articles per
 * transaction, and logs each stored article with its file, hash prefix and
 * number of commitments.  No file system and no SQL here: the spool moves
 * the files, db/ speaks to PostgreSQL.
 */
#ifndef TW_INGEST_H
#define TW_INGEST_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "store.h"

struct rules;
struct ingest_doc;
struct ingest_batch;

/* ingest_parse - the articles of name (data[0..len), dated by mtime when
 * they carry no date) and their commitments.  Returns a new doc (caller
 * frees with ingest_doc_free), or NULL with why in err: the file is
 * unusable when *transient is 0, else (out of memory) it may work later. */
struct ingest_doc *ingest_parse(const struct rules *rules, const char *name, const char *data,
    size_t len, time_t mtime, int *transient, char *err, size_t errlen);
/* ingest_doc_free - NULL is a no-op. */
void ingest_doc_free(struct ingest_doc *doc);
/* ingest_doc_articles - how many articles doc holds. */
size_t ingest_doc_articles(const struct ingest_doc *doc);

/*
 * The commitment keys of a set of docs: what the store's tw_lock_keys()
 * locks (actor, counterparty, action, object) for a transaction, hashed.
 * Two transactions whose sets do not meet wait for no row lock of each
 * other's keys; a hash collision only makes two sets meet that need not.
 */
struct ingest_keys {
	uint64_t *v;   /* sorted, distinct */
	size_t n;
};

/* ingest_keys_add - add the keys of doc to ks; 0, or -1 out of memory
 * (ks is unchanged then). */
int ingest_keys_add(struct ingest_keys *ks, const struct ingest_doc *doc);
/* ingest_keys_meet - whether doc has a key in ks. */
int ingest_keys_meet(const struct ingest_keys *ks, const struct ingest_doc *doc);
/* ingest_keys_clear - free the keys of ks and empty it. */
void ingest_keys_clear(struct ingest_keys *ks);

/*
 * ingest_store - store the articles of docs[0..n) in transactions of at most
 * batch articles.  STORE_OK when all are committed (new or duplicates; each
 * is logged), STORE_RETRY or STORE_REJECT as store_articles() says for the
 * first chunk that failed (chunks before it stay committed: storing them
 * again yields duplicates, never double rows).  *alerts is incremented by
 * the alerts the committed articles raised.
 */
enum store_result ingest_store(struct store *st, struct ingest_doc **docs, size_t n,
    size_t batch, double min_confidence, int *alerts);

/*
 * ingest_send - send every article of docs[0..n) as ONE transaction without
 * waiting (store_articles_send()); the docs must outlive the batch.  Returns
 * the batch in flight, or NULL with *r STORE_RETRY (nothing sent).  The
 * caller must ingest_recv() it before any other call on st.
 */
struct ingest_batch *ingest_send(struct store *st, struct ingest_doc **docs, size_t n,
    double min_confidence, enum store_result *r);
/*
 * ingest_recv - the outcome of batch b, as ingest_store() says it (on
 * STORE_OK each article is logged and *alerts incremented); with wait 0,
 * *pending is set instead when the result has not arrived yet.
 */
enum store_result ingest_recv(struct store *st, struct ingest_batch *b, int wait, int *pending,
    int *alerts);
/* ingest_batch_free - NULL is a no-op. */
void ingest_batch_free(struct ingest_batch *b);

#endif
