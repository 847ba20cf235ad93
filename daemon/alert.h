/*
 * alert.h - deliver the alert outbox to the configured sinks.
 *
 * The tracking SQL inserts one row into `alerts` per status change and sends
 * NOTIFY tradewatch in the same transaction.  This module, outside any
 * transaction, leases due alerts per sink (store_alerts_claim), delivers them
 * - webhook: HTTP POST with evhttp and the Standard Webhooks headers;
 * - command: execve of a fixed argv with the JSON on stdin, with a timeout -
 * and marks each delivered or schedules a retry with capped exponential
 * backoff and full jitter, dead-lettering after webhook_max_age.
 */
#ifndef TW_ALERT_H
#define TW_ALERT_H

struct event_base;
struct store;
struct config;
struct alerts;

/* alerts_new - sinks from cfg on base, using st for the outbox; NULL on error
 * (logged).  With no sink configured it is valid and does nothing.
 * Caller frees with alerts_free; st must outlive it. */
struct alerts *alerts_new(struct event_base *base, struct store *st, const struct config *cfg);
/* alerts_kick - new alerts may be waiting (after a commit, a NOTIFY, a
 * reconnect): pump the outbox soon. */
void alerts_kick(struct alerts *al);
/* alerts_reconfigure - take new sink settings after SIGHUP; 0, or -1 and the
 * old settings stay (logged). */
int alerts_reconfigure(struct alerts *al, const struct config *cfg);
/* alerts_stop - start no new delivery (on SIGTERM); those in flight go on
 * and alerts_busy counts them. */
void alerts_stop(struct alerts *al);
/* alerts_busy - deliveries in flight (SIGTERM waits a little for them). */
int alerts_busy(const struct alerts *al);
/* alerts_free - cancel timers and in-flight requests; NULL is a no-op. */
void alerts_free(struct alerts *al);

/* How one delivery attempt ended, as a sink (webhook.c, command.c) reports it. */
enum alert_outcome {
	ALERT_DELIVERED,  /* the sink took the alert */
	ALERT_RETRY,      /* transient failure: try again after a backoff */
	ALERT_REJECTED,   /* permanent failure: dead-letter now */
};

/* alert_done_fn - a sink's report of one attempt: retry_after > 0 is the
 * least delay the peer asked for (Retry-After), why a short reason (for the
 * log and pending_alerts; never secret). */
typedef void (*alert_done_fn)(void *arg, enum alert_outcome outcome, double retry_after,
    const char *why);

/* alert_backoff - seconds to wait before the next attempt after attempts
 * failed ones: full jitter, r * min(cap, base * 2^attempts), r in [0, 1). */
double alert_backoff(double base, double cap, int attempts, double r);

#endif
