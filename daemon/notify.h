/*
 * notify.h - the sd_notify protocol, spoken by hand on $NOTIFY_SOCKET.
 *
 * systemd (Type=notify) learns about the daemon's state from datagrams on a
 * unix socket named by $NOTIFY_SOCKET: "READY=1", "RELOADING=1",
 * "STOPPING=1", "STATUS=...", "WATCHDOG=1".  A path starting with '@' is an
 * abstract socket.  Without $NOTIFY_SOCKET every call is a no-op, so the
 * daemon runs the same under systemd, in a terminal and in the tests.
 */
#ifndef TW_NOTIFY_H
#define TW_NOTIFY_H

/* notify_init - read and unset $NOTIFY_SOCKET, $WATCHDOG_USEC and
 * $WATCHDOG_PID (children must not inherit them); 0, or -1 (logged) when the
 * socket address is unusable (then notifications are off). */
int notify_init(void);
/* notify_send - send one datagram, e.g. notify_send("STATUS=%s", s);
 * 0 sent or no socket, -1 on failure (logged at debug). */
int notify_send(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* notify_watchdog_usec - the watchdog period systemd expects for this
 * process (WATCHDOG_USEC when WATCHDOG_PID is unset or ours), 0 if none. */
unsigned long long notify_watchdog_usec(void);
/* notify_close - close the socket; safe to call twice. */
void notify_close(void);

#endif
