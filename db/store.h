/*
 * store.h - the database behind one door.
 *
 * Only db/ includes libpq-fe.h.  The rest of the daemon calls these domain
 * operations; state transitions that must stay consistent across several
 * daemons live in SQL (migrations/), not here.  Every call is synchronous on
 * one connection, except store_articles_send()/store_articles_recv(), which
 * let the caller work while a batch is stored; a broken connection is reported as STORE_RETRY and the
 * caller reconnects with store_connect() (logged once per outage).
 */
#ifndef TW_STORE_H
#define TW_STORE_H

#include <stddef.h>

struct store;
struct article;
struct extraction;

enum store_result {
	STORE_OK = 0,      /* done */
	STORE_DUPLICATE,   /* the article's sha256 was already stored: nothing new */
	STORE_RETRY,       /* transient (connection lost, server restarting, deadlock): retry later */
	STORE_REJECT,      /* the data itself was refused: quarantine it */
};

/* store_new - a store for conninfo (not connected yet); caller frees. */
struct store *store_new(const char *conninfo);
/* store_free - close and free; NULL is a no-op. */
void store_free(struct store *st);
/* store_connect - (re)connect if not connected; 0 ok, -1 not now (the first
 * failure of an outage is logged, the next ones at debug level). */
int store_connect(struct store *st);
/* store_connected - 1 if the connection is believed to be up. */
int store_connected(const struct store *st);
/* store_socket - the connection's socket for an EV_READ event, -1 if none. */
int store_socket(const struct store *st);

/* store_migrate - apply the migrations of dir that are not yet recorded in
 * schema_migrations, each in its own transaction, under an advisory lock.
 * Returns the number applied, or -1 with a reason in err. */
int store_migrate(struct store *st, const char *dir, char *err, size_t errlen);

/* One article with its extracted commitments, for store_articles(). */
struct store_item {
	const struct article *article;
	const struct extraction *extraction;
	enum store_result result;  /* out: STORE_OK or STORE_DUPLICATE after a commit */
	int alerts;                /* out: alerts raised by this article */
};

/*
 * store_articles - store n articles and their claims in ONE transaction
 * (the tracking function recomputes statuses and raises alerts in it).
 * Claims below min_confidence are recorded but move no status.  Returns
 * STORE_OK when committed (see each item's result), STORE_RETRY when nothing
 * was committed for a transient reason, STORE_REJECT when the data was
 * refused (nothing committed; retry the items one by one to find which).
 */
enum store_result store_articles(struct store *st, struct store_item *items, size_t n,
    double min_confidence);

/*
 * store_articles_send - the first half of store_articles(): send the batch
 * without waiting for its result (connecting and preparing first, which
 * may block).  STORE_OK when sent: the caller must then call
 * store_articles_recv() with the same items before any other call on st,
 * typically when store_socket() turns readable.  Else STORE_RETRY.
 */
enum store_result store_articles_send(struct store *st, const struct store_item *items, size_t n,
    double min_confidence);
/*
 * store_articles_recv - the second half: the result of the batch sent,
 * into items, as store_articles() returns it.  With wait 0 it only reads
 * what has arrived, and sets *pending (returning STORE_OK) when the result
 * is not complete yet; with wait 1 it blocks until it is.
 */
enum store_result store_articles_recv(struct store *st, struct store_item *items, size_t n,
    int wait, int *pending);
/* store_quiet - log the outages of st at debug level only (a second
 * connection of a daemon whose first one reports them). */
void store_quiet(struct store *st);

/* store_listen - LISTEN on the alert channel ("tradewatch"); 0 or -1. */
int store_listen(struct store *st);
/* store_drain_notifies - consume input and count waiting notifications;
 * -1 when the connection broke. */
int store_drain_notifies(struct store *st);

/* store_mark_overdue - mark commitments whose deadline passed (by the
 * server's date) and that are not fulfilled or broken; returns how many
 * changed (each raised an alert), or -1. */
int store_mark_overdue(struct store *st);

/* An alert claimed for delivery to one sink. */
struct store_alert {
	long long id;
	char *payload;      /* the alert's JSON, owned */
	int attempts;       /* deliveries tried before this one */
	double age;         /* seconds since the alert was raised */
};

/*
 * store_alerts_claim - lease up to max undelivered alerts of sink ("webhook",
 * "command") whose next attempt is due, for lease seconds, so that no other
 * daemon takes them meanwhile (FOR UPDATE SKIP LOCKED).  Fills *out (caller
 * frees with store_alerts_free) and *n.  Returns 0 or -1.
 */
int store_alerts_claim(struct store *st, const char *sink, int max, int lease,
    struct store_alert **out, size_t *n);
/* store_alert_done - the alert reached sink; 0 or -1. */
int store_alert_done(struct store *st, const char *sink, long long id);
/* store_alert_retry - try again in delay seconds, or delay < 0: give up
 * (dead letter); error is kept for pending_alerts.  0 or -1. */
int store_alert_retry(struct store *st, const char *sink, long long id, double delay,
    const char *error);
/* store_alerts_free - free n claimed alerts; NULL is a no-op. */
void store_alerts_free(struct store_alert *alerts, size_t n);

/* store_sink_register - make sink a delivery target for alerts raised from
 * now on (idempotent); 0 or -1. */
int store_sink_register(struct store *st, const char *sink);

/* store_error - the last error of st, one line (for logs and quarantine
 * reasons); owned by st, valid until the next call. */
const char *store_error(const struct store *st);

/*
 * store_ingest_json - store one article given as the JSON that tw_ingest()
 * takes (extract_json()'s object with "body" added to "article"), in its
 * own transaction: `tradewatch import`.  *alerts gets the alerts raised.
 * STORE_OK, STORE_DUPLICATE, STORE_RETRY or STORE_REJECT as above.
 */
enum store_result store_ingest_json(struct store *st, const char *json, double min_confidence,
    int *alerts);

/*
 * store_each_article - call cb(article, arg) for every stored article in
 * storage order, reading a page at a time (the article's strings belong to
 * the store and live until cb returns).  cb returns 0, or -1 to stop.
 * Returns how many were visited, or -1 (database error, or cb stopped).
 * cb may call store_replace_claims on the same store.
 */
int store_each_article(struct store *st, int (*cb)(const struct article *, void *), void *arg);

/*
 * store_replace_claims - `tradewatch reextract`: replace the claims of the
 * stored article a (found by its sha256) by ex and recompute the
 * commitments concerned, in one transaction; alerts are raised only for
 * real status changes (*alerts gets their number).  STORE_REJECT when no
 * such article is stored.
 */
enum store_result store_replace_claims(struct store *st, const struct article *a,
    const struct extraction *ex, double min_confidence, int *alerts);

#endif
