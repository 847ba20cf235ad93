/*
 * when.h - deadlines and expiry dates in news text, resolved against the
 * publication date.
 *
 * Pure functions, no I/O, no globals.  Forms (commitments.md): "by month's
 * end", "by the end of the year", "by year-end", "by the end of 2028",
 * "end-February", "by March 1" (the occurrence nearest to publication),
 * "within 90 days", "by November 10, 2026", "from Nov. 10", "on Monday"
 * (a weekday nearest the publication date), "effective January 1".
 */
#ifndef TW_WHEN_H
#define TW_WHEN_H

#include <stddef.h>

enum when_kind {
	WHEN_DEADLINE,  /* "by ...", "before ...", "within ...", "effective ..." */
	WHEN_EXPIRY,    /* "until ...", "for one year" after a suspension */
	WHEN_DATE,      /* a bare date or weekday: the caller decides what it means */
};

struct when_match {
	char date[11];        /* "YYYY-MM-DD" */
	enum when_kind kind;
	size_t offset, len;   /* where the expression stands in the text */
	int reported;         /* 1: a WHEN_DATE right after a reporting verb ("said on
	                       * Thursday", "agreed Monday"): when something was said
	                       * or done, not a deadline */
	int since;            /* 1: a date after "since" or "retroactive(ly) to/from":
	                       * when something under way began, resolved on or before
	                       * the publication date ("since Oct. 1") */
	int named;            /* 1: a WHEN_DATE used as a modifier between a
	                       * determiner and a noun ("its Oct. 9 export controls",
	                       * "the April 2 tariffs"): the day that names a measure,
	                       * not a deadline */
};

/*
 * when_find_all - every date expression in text[0..len) that resolves
 * against published ("YYYY-MM-DD", or NULL/"" when unknown: then only
 * absolute dates with a year resolve).  At most max into out, in text order.
 * Returns how many were found.
 */
size_t when_find_all(const char *text, size_t len, const char *published,
    struct when_match *out, size_t max);

/*
 * when_find_all_anchored - when_find_all, and "the same date", "that day" (after
 * a cue or alone) resolve to same ("YYYY-MM-DD": the date an earlier sentence
 * named; NULL: they do not resolve).
 */
size_t when_find_all_anchored(const char *text, size_t len, const char *published,
    const char *same, struct when_match *out, size_t max);

/* when_same_in - 1 if text[0..len) names "the same date", "that day" and the like. */
int when_same_in(const char *text, size_t len);

/*
 * when_may_deadline - 0 if when_find_all(text, len, published, ...) can return
 * no WHEN_DEADLINE: no word of the text starts a deadline cue ("by", "within",
 * "takes effect on", ...) with a date after it.  Reads only the cues, so it
 * costs a fraction of when_find_all; a caller that needs only the deadlines
 * calls it first.
 */
int when_may_deadline(const char *text, size_t len, const char *published);

/* when_add_days - date + days into out ("YYYY-MM-DD"); -1 if date is invalid. */
int when_add_days(const char *date, long days, char out[11]);

/* when_month_end - the last day of year/month (1-12), leap years included. */
int when_month_end(int year, int month);

#endif
