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
/* alerts_busy - deliveries in flight (SIGTERM waits a little for them). */
int alerts_busy(const struct alerts *al);
/* alerts_free - cancel timers and in-flight requests; NULL is a no-op. */
void alerts_free(struct alerts *al);

#endif
