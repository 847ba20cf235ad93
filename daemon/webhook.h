/*
 * webhook.h - POST alerts to an HTTP endpoint, signed the Standard Webhooks way.
 *
 * One request per alert on its own connection (evhttp), with the headers
 * webhook-id (the alert id: the receiver's idempotency key),
 * webhook-timestamp and, with a secret, webhook-signature
 * "v1,<base64 HMAC-SHA256 of id.timestamp.body>".  The outcome is classified
 * for the outbox: 2xx delivered; network errors, timeouts, 408, 429 and 5xx
 * retried; any other status rejected.
 */
#ifndef TW_WEBHOOK_H
#define TW_WEBHOOK_H

#include <stddef.h>

#include "alert.h"

struct event_base;
struct webhook;
struct webhook_req;

/* Room for "v1," and the base64 of a SHA-256 MAC. */
#define WEBHOOK_SIGNATURE_MAX 64

/* webhook_new - a sink for url (http:// or https://) that signs with the
 * secret in secret_file (NULL = unsigned) and gives up on a request after
 * timeout seconds; NULL with a reason in err.  Caller frees. */
struct webhook *webhook_new(struct event_base *base, const char *url, const char *secret_file,
    long timeout, char *err, size_t errlen);
/* webhook_free - cancel every request in flight (no callbacks) and free; NULL
 * is a no-op. */
void webhook_free(struct webhook *wh);
/* webhook_send - POST payload as alert id; done(arg, ...) is called once,
 * later, from the event loop.  Returns a handle for webhook_cancel, or NULL
 * (logged; done is not called). */
struct webhook_req *webhook_send(struct webhook *wh, long long id, const char *payload,
    alert_done_fn done, void *arg);
/* webhook_cancel - abandon a request; done is not called. */
void webhook_cancel(struct webhook_req *rq);

/* webhook_secret_decode - the HMAC key of a secret file's text: the base64
 * decoding of what follows "whsec_", else the raw bytes (trailing newline
 * removed).  Returns a new buffer and its length in *keylen, NULL on error. */
unsigned char *webhook_secret_decode(const char *text, size_t len, size_t *keylen);
/* webhook_sign - "v1,<base64 HMAC-SHA256(key, id.timestamp.body)>" into out
 * (at least WEBHOOK_SIGNATURE_MAX bytes); 0 or -1. */
int webhook_sign(const unsigned char *key, size_t keylen, const char *id, long long timestamp,
    const char *body, size_t bodylen, char *out, size_t outlen);
/* webhook_classify - outcome of an HTTP status (0 = no response). */
enum alert_outcome webhook_classify(int status);
/* webhook_retry_after - seconds asked for by a Retry-After value (delta
 * seconds or an HTTP date, relative to now); -1 if absent or unreadable. */
double webhook_retry_after(const char *value, long long now);

#endif
