/*
 * clock.h - the monotonic clock as seconds, for timeouts, backoff and rates.
 */
#ifndef TW_CLOCK_H
#define TW_CLOCK_H

/* clock_now - seconds on CLOCK_MONOTONIC (not wall time: immune to clock steps). */
double clock_now(void);

#endif
