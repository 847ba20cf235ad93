/*
 * when.c - dates, deadlines and expiry dates in news text.
 *
 * when_find_all walks the text once, trying at each word first a cue
 * ("by", "no later than", "until", "took effect on", ...) followed by a date,
 * then a date on its own.  A date is one of:
 *
 *	2026-11-10, November 10, 2026, Nov. 10, 10 November 2026
 *	the end of the month / year / 2028 / February / the first quarter,
 *	    and a year alone after "by" (2028: its last day),
 *	    end-February, end-2025, month's end, year-end, the end of next year
 *	Monday, last Monday, next Friday, today (the publication date)
 *	90 days, six months, a year (only after "within", "in" or "for")
 *
 * A form that names no year (Nov. 10, end-February, the end of the first
 * quarter) takes the occurrence nearest to the publication date, a weekday
 * the one within three days of it (before it after "took effect"), and the
 * relative forms count from it; without a publication date none of them
 * resolves and none is returned.  After "since" or "retroactive(ly) to/from"
 * a date tells when something under way began: the occurrence on or before
 * the publication date ("since Oct. 1", published in November).  "The same
 * date" and "that day" resolve only when the caller names the date an
 * earlier sentence gave (when_find_all_anchored).
 *
 * Dates are counted as days since 1970-01-01 with the proleptic Gregorian
 * algorithms of Howard Hinnant's "chrono-Compatible Low-Level Date
 * Algorithms", so leap years need no special case beyond month lengths.
 * Nothing here allocates, keeps state or reads at or past len.
 */
#include "when.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "quantity.h"

#define WHEN_YEAR_MIN 1900
#define WHEN_YEAR_MAX 2199

/* Days after its end that a quarter or half named with no year is still the
 * last one, not next year's (when_period_end). */
#define WHEN_PART_GRACE 31

/* The longest relative span we believe: more is a typo or not a deadline. */
#define WHEN_MAX_DAYS 3660
#define WHEN_MAX_MONTHS 120
#define WHEN_MAX_YEARS 10

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

struct when_scan {
	const char *t;
	size_t len;
	int have_pub;
	int py, pm, pd;   /* publication date */
	long pdays;       /* publication date as days since the epoch */
	int past;         /* a year-less date resolves on or before publication */
	int future;       /* a year-less date resolves on or after publication
	                   * (2: a start, also in the month before it) */
	int near;         /* a cue's year-less date resolves nearest publication, a modal
	                   * before it or not (when_find_at: "would apply retroactively
	                   * from 14 November") */
	int have_same;    /* "the same date" resolves to sy-sm-sd */
	int sy, sm, sd;
	int have_in;      /* a date told before in the text scanned: iy-im-id */
	int iy, im, id;
};

/* A resolved date and the end of the text it was read from. */
struct when_core {
	int y, m, d;
	size_t end;
};

/* What a cue makes of the date after it. */
enum when_cue_flags {
	WHEN_CUE_RELATIVE = 1,  /* "within 90 days" */
	WHEN_CUE_PAST = 2,      /* "took effect on Monday": the Monday before */
	WHEN_CUE_FUTURE = 16,   /* "by Sunday": the Sunday to come */
	WHEN_CUE_ONLY_RELATIVE = 4,  /* "in": "in 30 days" but not "in November" */
	WHEN_CUE_NO_ARTICLE = 8,     /* "in 30 days" but not "the first meeting in a year" */
	WHEN_CUE_YEAR = 32,          /* "by 2028": the year's last day (when_bare_year_at) */
	WHEN_CUE_START = 64,         /* "starting Dec. 1" after "will": the one to come */
	WHEN_CUE_AHEAD = 128,        /* "expires on Nov. 10": the one to come, always */
	WHEN_CUE_PART = 256,         /* "in the last two months of 2025": the part's last day */
};

/* Cues, longer before shorter where one begins the other.  A cue not of the
 * past reads an "on" after it (when_cue_at): "take effect" stands for "take
 * effect on" too. */
static const struct {
	const char *phrase;
	enum when_kind kind;
	int flags;
} WHEN_CUES[] = {
	{"no later than", WHEN_DEADLINE, WHEN_CUE_FUTURE | WHEN_CUE_YEAR},
	{"not later than", WHEN_DEADLINE, WHEN_CUE_FUTURE | WHEN_CUE_YEAR},
	{"by", WHEN_DEADLINE, WHEN_CUE_FUTURE | WHEN_CUE_YEAR},
	{"before", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"within", WHEN_DEADLINE, WHEN_CUE_RELATIVE},
	{"in calendar", WHEN_DEADLINE, WHEN_CUE_YEAR},
	{"in", WHEN_DEADLINE, WHEN_CUE_RELATIVE | WHEN_CUE_ONLY_RELATIVE | WHEN_CUE_NO_ARTICLE | WHEN_CUE_PART},
	{"effective from", WHEN_DEADLINE, WHEN_CUE_START},
	{"effective as of", WHEN_DEADLINE, WHEN_CUE_START},
	{"effective", WHEN_DEADLINE, WHEN_CUE_START},
	{"starting from", WHEN_DEADLINE, WHEN_CUE_START},
	{"starting", WHEN_DEADLINE, WHEN_CUE_START},
	{"beginning", WHEN_DEADLINE, WHEN_CUE_START},
	{"from", WHEN_DEADLINE, WHEN_CUE_START},
	/* "goods entered for consumption on or after Nov. 14": the customs
	 * wording of the day a rate applies from. */
	{"on or after", WHEN_DEADLINE, WHEN_CUE_START},
	{"as of", WHEN_DEADLINE, 0},
	{"as from", WHEN_DEADLINE, 0},
	{"took effect on", WHEN_DEADLINE, WHEN_CUE_PAST},
	{"took effect", WHEN_DEADLINE, WHEN_CUE_PAST},
	{"went into effect on", WHEN_DEADLINE, WHEN_CUE_PAST},
	{"went into effect", WHEN_DEADLINE, WHEN_CUE_PAST},
	{"came into force on", WHEN_DEADLINE, WHEN_CUE_PAST},
	{"came into force", WHEN_DEADLINE, WHEN_CUE_PAST},
	{"entered into force on", WHEN_DEADLINE, WHEN_CUE_PAST},
	{"entered into force", WHEN_DEADLINE, WHEN_CUE_PAST},
	/* "will enter into force on October 1" (in March), "is due to take
	 * effect on Monday": after a modal or "to", the one to come; "will
	 * take effect from Nov. 10" (on Nov. 11) a start, which may have just
	 * passed. */
	{"enters into force", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"enter into force", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"entering into force", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"take effect from", WHEN_DEADLINE, WHEN_CUE_START},
	{"take effect", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"takes effect from", WHEN_DEADLINE, WHEN_CUE_START},
	{"takes effect", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"taking effect", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"go into effect on", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"goes into effect on", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"come into force on", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"comes into force on", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"deadline of", WHEN_DEADLINE, 0},
	{"due", WHEN_DEADLINE, WHEN_CUE_FUTURE},
	{"set for", WHEN_DEADLINE, 0},
	{"scheduled for", WHEN_DEADLINE, 0},
	{"slated for", WHEN_DEADLINE, 0},
	{"postponed to", WHEN_DEADLINE, 0},
	{"pushed back to", WHEN_DEADLINE, 0},
	{"delayed to", WHEN_DEADLINE, 0},
	{"moved to", WHEN_DEADLINE, 0},
	{"brought forward to", WHEN_DEADLINE, 0},
	{"extended to", WHEN_EXPIRY, 0},
	{"extends to", WHEN_EXPIRY, 0},
	{"extend to", WHEN_EXPIRY, 0},
	{"ends on", WHEN_EXPIRY, WHEN_CUE_AHEAD},
	{"end on", WHEN_EXPIRY, WHEN_CUE_AHEAD},
	{"lapses on", WHEN_EXPIRY, WHEN_CUE_AHEAD},
	{"lapse on", WHEN_EXPIRY, WHEN_CUE_AHEAD},
	{"until", WHEN_EXPIRY, WHEN_CUE_FUTURE},
	{"till", WHEN_EXPIRY, WHEN_CUE_FUTURE},
	{"through", WHEN_EXPIRY, 0},
	{"thru", WHEN_EXPIRY, 0},
	/* "expiring on", "expires on": a cue not of the past reads the "on". */
	{"expiring", WHEN_EXPIRY, WHEN_CUE_AHEAD},
	{"expires", WHEN_EXPIRY, WHEN_CUE_AHEAD},
	{"expire on", WHEN_EXPIRY, WHEN_CUE_AHEAD},
	{"ending on", WHEN_EXPIRY, 0},
	{"for", WHEN_EXPIRY, WHEN_CUE_RELATIVE | WHEN_CUE_ONLY_RELATIVE},
};

/*
 * Indexes of the tables by first letters, built once (when_index): the cues by
 * their first two (bit i for WHEN_CUES[i]), and bit c - 'a' of each word set
 * for its initials and, by initial, for its second letters.
 */
_Static_assert(sizeof(WHEN_CUES) / sizeof(WHEN_CUES[0]) <= 64, "more cues than mask bits");
static struct {
	uint32_t name;     /* WHEN_MONTHS and WHEN_WEEKDAYS */
	uint32_t core;     /* WHEN_CORE_STEMS */
	uint32_t period;   /* WHEN_PERIOD_STEMS */
	/* By first letter, bit c - 'a' for each second letter of the same sets:
	 * nearly every word fails on its first two letters. */
	uint32_t name2[26], core2[26], period2[26];
	uint64_t cue2[26][26];  /* the cues by their first two letters */
	uint64_t deadline;      /* the cues of kind WHEN_DEADLINE */
	/* By byte: WHEN_FIRST_CORE if a word starting with it may begin a date
	 * (when_core_start: a digit, a capitalised name's initial, a core stem's
	 * initial), WHEN_FIRST_DATE if it may be a name or a period stem
	 * (when_may_date).  Most words are passed over on one load. */
	unsigned char first[256];
} when_idx;
#define WHEN_FIRST_CORE 1
#define WHEN_FIRST_DATE 2
static pthread_once_t when_idx_once = PTHREAD_ONCE_INIT;

static const char *const WHEN_MONTHS[12] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
};

static const char *const WHEN_WEEKDAYS[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
};

/*
 * The word stems of every date form with neither digit nor month nor weekday:
 * the spans of when_relative_at ("six months", "a year"), the anchors of
 * when_end_at and when_period_end ("the end of the month", "year-end", "the
 * close of the first quarter").  when_may_date keys on them.
 */
static const char *const WHEN_PERIOD_STEMS[] = {
	"day", "week", "month", "year", "end", "close", "today", "yesterday", "immediate",
	"publication", "announcement",
};

/*
 * The words (either case, as stems) that begin every date when_core_at reads
 * without a digit, a month or a weekday: "the end of", "end-", "this/next
 * month", "month's end", "year-end", "last/coming Monday", "today", "yesterday".
 */
static const char *const WHEN_CORE_STEMS[] = {
	"the", "end", "this", "next", "last", "coming", "month", "year", "today", "yesterday", "immediate",
	"publication",
};

/* when_initials - the mask of the first letters of n words. */
static uint32_t
when_initials(const char *const *words, size_t n)
{
	uint32_t mask = 0;

	for (size_t k = 0; k < n; k++)
		mask |= UINT32_C(1) << (words[k][0] - 'a');
	return mask;
}

/* when_pairs - bit [first] (second) of each of the n words into pairs. */
static void
when_pairs(const char *const *words, size_t n, uint32_t *pairs)
{
	for (size_t k = 0; k < n; k++)
		pairs[words[k][0] - 'a'] |= UINT32_C(1) << (words[k][1] - 'a');
}

/* when_index - fill when_idx (through pthread_once). */
static void
when_index(void)
{
	when_pairs(WHEN_MONTHS, NELEM(WHEN_MONTHS), when_idx.name2);
	when_pairs(WHEN_WEEKDAYS, NELEM(WHEN_WEEKDAYS), when_idx.name2);
	when_pairs(WHEN_CORE_STEMS, NELEM(WHEN_CORE_STEMS), when_idx.core2);
	when_pairs(WHEN_PERIOD_STEMS, NELEM(WHEN_PERIOD_STEMS), when_idx.period2);
	for (size_t k = 0; k < NELEM(WHEN_CUES); k++) {
		when_idx.cue2[WHEN_CUES[k].phrase[0] - 'a'][WHEN_CUES[k].phrase[1] - 'a'] |=
		    (uint64_t)1 << k;
		if (WHEN_CUES[k].kind == WHEN_DEADLINE)
			when_idx.deadline |= (uint64_t)1 << k;
	}
	when_idx.name = when_initials(WHEN_MONTHS, NELEM(WHEN_MONTHS)) |
	    when_initials(WHEN_WEEKDAYS, NELEM(WHEN_WEEKDAYS));
	when_idx.core = when_initials(WHEN_CORE_STEMS, NELEM(WHEN_CORE_STEMS));
	when_idx.period = when_initials(WHEN_PERIOD_STEMS, NELEM(WHEN_PERIOD_STEMS));
	for (int b = 0; b < 256; b++) {
		uint32_t bit = b >= 'a' && b <= 'z' ? UINT32_C(1) << (b - 'a') :
		    b >= 'A' && b <= 'Z' ? UINT32_C(1) << (b - 'A') : 0;

		if (b >= '0' && b <= '9')
			when_idx.first[b] = WHEN_FIRST_CORE;
		if (b >= 'A' && b <= 'Z' && (when_idx.name & bit))
			when_idx.first[b] = WHEN_FIRST_CORE | WHEN_FIRST_DATE;
		if (when_idx.core & bit)
			when_idx.first[b] |= WHEN_FIRST_CORE;
		if (when_idx.period & bit)
			when_idx.first[b] |= WHEN_FIRST_DATE;
	}
}

/* Verbs after which a bare date says when something was said or done. */
static const char *const WHEN_REPORT_VERBS[] = {
	"said", "says", "told", "announced", "reported", "added", "wrote", "stated",
	"confirmed", "declared", "posted", "tweeted", "agreed", "met", "spoke", "signed",
	"unveiled", "released", "published", "disclosed", "noted", "argued", "warned",
	"urged", "called", "talked", "held", "reached",
};

static int
when_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* ASCII letters and digits: one load for the test every byte of a scan makes. */
#define WHEN_AN8(c) [c] = 1, [c + 1] = 1, [c + 2] = 1, [c + 3] = 1, [c + 4] = 1, [c + 5] = 1, \
	[c + 6] = 1, [c + 7] = 1
static const unsigned char WHEN_ALNUM[256] = {
	WHEN_AN8('0'), ['8'] = 1, ['9'] = 1,
	WHEN_AN8('A'), WHEN_AN8('I'), WHEN_AN8('Q'), ['Y'] = 1, ['Z'] = 1,
	WHEN_AN8('a'), WHEN_AN8('i'), WHEN_AN8('q'), ['y'] = 1, ['z'] = 1,
};

static int
when_is_alnum(unsigned char c)
{
	return WHEN_ALNUM[c];
}

/* when_lower - ASCII lower case (a table load, see quantity.h). */
static unsigned char
when_lower(unsigned char c)
{
	return QUANTITY_LOWER[c];
}

#ifdef __SSE2__
/* when_alnum16 - bit k set if t[k] is a letter or digit (when_is_alnum), for
 * the sixteen bytes at t: a letter is a byte whose lower case (| 0x20) is 'a'
 * to 'z', unsigned ranges compared as signed after a shift by 0x80. */
static inline unsigned
when_alnum16(const char *t)
{
	const __m128i low = _mm_set1_epi8(0x20), a = _mm_set1_epi8((char)('a' - 0x80)),
	    zero = _mm_set1_epi8((char)('0' - 0x80)), letters = _mm_set1_epi8((char)(26 - 0x80)),
	    digits = _mm_set1_epi8((char)(10 - 0x80));
	__m128i c = _mm_loadu_si128((const __m128i *)(const void *)t);
	__m128i l = _mm_cmplt_epi8(_mm_sub_epi8(_mm_or_si128(c, low), a), letters);
	__m128i d = _mm_cmplt_epi8(_mm_sub_epi8(c, zero), digits);

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(l, d));
}

/* when_starts16 - bit k set if t[k] starts a word (when_alnum16: a letter or
 * digit after none; *prev, 1 if the byte before t is one, becomes t[15]'s)
 * and is x, y or z in either case (| 0x20: each a lower-case letter). */
static inline unsigned
when_starts16(const char *t, unsigned *prev, char x, char y, char z)
{
	__m128i c = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)t), _mm_set1_epi8(0x20));
	unsigned a = when_alnum16(t), st = a & ~((a << 1) | *prev) &
	    (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8(x)),
	    _mm_cmpeq_epi8(c, _mm_set1_epi8(y))), _mm_cmpeq_epi8(c, _mm_set1_epi8(z))));

	*prev = (a >> 15) & 1;
	return st;
}
#endif

/* when_at - the byte at pos, or 0 past the end. */
static unsigned char
when_at(const struct when_scan *s, size_t pos)
{
	return pos < s->len ? (unsigned char)s->t[pos] : 0;
}

/*
 * when_phrase - end of phrase at pos, 0 if it does not stand there.  The
 * first byte is compared here: nearly every call fails on it.
 */
static inline size_t
when_phrase(const struct when_scan *s, size_t pos, const char *phrase)
{
	unsigned char c = when_at(s, pos);

	if (when_lower(c) != (unsigned char)phrase[0])
		return 0;
	return quantity_phrase(s->t, s->len, pos, phrase);
}

/* when_skip - pos after white space. */
static size_t
when_skip(const struct when_scan *s, size_t pos)
{
	return quantity_skip_space(s->t, s->len, pos);
}

static int
when_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
when_month_end(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	return month == 2 && when_leap(year) ? 29 : days[month - 1];
}

/* when_days - days since 1970-01-01 of a valid y-m-d (Hinnant's days_from_civil). */
static long
when_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* when_civil - y-m-d of days since 1970-01-01 (Hinnant's civil_from_days). */
static void
when_civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* when_weekday - 0 (Sunday) to 6 of days since the epoch (a Thursday). */
static int
when_weekday(long z)
{
	return (int)(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

static int
when_valid(int y, int m, int d)
{
	return y >= WHEN_YEAR_MIN && y <= WHEN_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 &&
	    d <= when_month_end(y, m);
}

/* when_parse_iso - "YYYY-MM-DD" at date (NUL-terminated or not, 10 bytes read) into y, m, d. */
static int
when_parse_iso(const char *date, size_t len, int *y, int *m, int *d)
{
	if (date == NULL || len < 10)
		return -1;
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? date[i] != '-' : !when_is_digit((unsigned char)date[i]))
			return -1;
	*y = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + date[3] - '0';
	*m = (date[5] - '0') * 10 + date[6] - '0';
	*d = (date[8] - '0') * 10 + date[9] - '0';
	return when_valid(*y, *m, *d) ? 0 : -1;
}

/* when_format - "YYYY-MM-DD" of days z into out; -1 outside the years we accept. */
static int
when_format(long z, char out[11])
{
	int y, m, d;

	when_civil(z, &y, &m, &d);
	if (y < WHEN_YEAR_MIN || y > WHEN_YEAR_MAX)
		return -1;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
	return 0;
}

int
when_add_days(const char *date, long days, char out[11])
{
	int y, m, d;

	if (date == NULL || strnlen(date, 11) != 10 || when_parse_iso(date, 10, &y, &m, &d) == -1)
		return -1;
	if (days > 400L * 366 || days < -400L * 366)
		return -1;
	return when_format(when_days(y, m, d) + days, out);
}

/* when_add_months - y-m-d plus n months, the day clamped to the month's end. */
static void
when_add_months(int *y, int *m, int *d, int n)
{
	int total = *y * 12 + (*m - 1) + n;

	*y = total / 12;
	*m = total % 12 + 1;
	if (*d > when_month_end(*y, *m))
		*d = when_month_end(*y, *m);
}

/*
 * when_nearest - the year for month m, day d (0 = the month's end) nearest to
 * publication; ties go to the future.  0 when no year fits (Feb 29).
 */
enum { WHEN_JUST_PASSED = 31 };   /* days */

static int
when_nearest(const struct when_scan *s, int m, int d, struct when_core *c)
{
	long best = 0;
	int found = 0;

	for (int y = s->py - 1; y <= s->py + 1; y++) {
		int dd = d == 0 ? when_month_end(y, m) : d;
		long dist;

		if (!when_valid(y, m, dd))
			continue;
		dist = when_days(y, m, dd) - s->pdays;
		/* "since Oct. 1": the latest one not after publication. */
		if (s->past && dist > 0)
			continue;
		/* "will cut its tariffs starting Dec. 1": the one to come; a
		 * start (future 2) may have just passed: "will stay suspended for
		 * another year from Nov. 10" on Nov. 11 starts yesterday, not next
		 * year, where "would issue them by the end of January" in February
		 * is next January's. */
		if (s->future && dist < (s->future == 2 ? -WHEN_JUST_PASSED : 0))
			continue;
		if (dist < 0)
			dist = -dist * 2 + 1;   /* a tie prefers the future */
		else
			dist *= 2;
		if (!found || dist < best) {
			best = dist;
			c->y = y;
			c->m = m;
			c->d = dd;
			found = 1;
		}
	}
	return found;
}

/* when_number - an integer of 1 to maxdigits digits at pos standing alone: value and end. */
static size_t
when_number(const struct when_scan *s, size_t pos, int maxdigits, int *value)
{
	size_t p = pos;

	*value = 0;
	if (pos > 0 && when_is_alnum(when_at(s, pos - 1)))
		return 0;
	while (when_is_digit(when_at(s, p))) {
		if ((int)(p - pos) >= maxdigits)
			return 0;
		*value = *value * 10 + (when_at(s, p) - '0');
		p++;
	}
	if (p == pos || when_is_digit(when_at(s, p)))
		return 0;
	return p;
}

/* when_year - a year 1900-2199 standing alone at pos: value and end. */
static size_t
when_year(const struct when_scan *s, size_t pos, int *year)
{
	size_t end = when_number(s, pos, 4, year);

	if (end != pos + 4 || *year < WHEN_YEAR_MIN || *year > WHEN_YEAR_MAX ||
	    when_is_alnum(when_at(s, end)))
		return 0;
	return end;
}

/* when_day - a day of month 1-31 with an optional "st", "nd", "rd", "th": value and end. */
static size_t
when_day(const struct when_scan *s, size_t pos, int *day)
{
	size_t end = when_number(s, pos, 2, day);
	static const char *const suffix[] = {"st", "nd", "rd", "th"};
	size_t e2;

	if (end == 0 || *day < 1 || *day > 31)
		return 0;
	for (size_t i = 0; i < NELEM(suffix); i++)
		if ((e2 = when_phrase(s, end, suffix[i])) > 0)
			return e2;
	if (when_is_alnum(when_at(s, end)))
		return 0;
	return end;
}

/*
 * when_month - a month name at pos, capitalised ("March", never the verb
 * "march"), full or abbreviated with or without a dot ("Sept.", "Sep", "Nov."):
 * 1-12 into *month and its end.
 */
static size_t
when_month(const struct when_scan *s, size_t pos, int *month)
{
	size_t end;

	if (!(when_at(s, pos) >= 'A' && when_at(s, pos) <= 'Z'))
		return 0;
	if (pos > 0 && when_is_alnum(when_at(s, pos - 1)))
		return 0;
	for (int i = 0; i < 12; i++) {
		char abbr[5];

		/* Every spelling of month i starts with its first letter: skip the
		 * others without comparing (this runs at each capitalised word). */
		if (when_at(s, pos) - 'A' + 'a' != WHEN_MONTHS[i][0])
			continue;
		if ((end = when_phrase(s, pos, WHEN_MONTHS[i])) > 0) {
			*month = i + 1;
			return end;
		}
		memcpy(abbr, WHEN_MONTHS[i], 4);
		abbr[i == 8 ? 4 : 3] = '\0';    /* "sept" */
		if ((end = when_phrase(s, pos, abbr)) == 0 && i == 8)
			end = when_phrase(s, pos, "sep");
		if (end == 0)
			continue;
		*month = i + 1;
		return when_at(s, end) == '.' ? end + 1 : end;
	}
	return 0;
}

/* when_iso_at - "2026-11-10" standing alone at pos. */
static int
when_iso_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	if (pos > 0 && when_is_alnum(when_at(s, pos - 1)))
		return 0;
	if (s->len - pos < 10 || when_parse_iso(s->t + pos, s->len - pos, &c->y, &c->m, &c->d) == -1)
		return 0;
	/* "2026-11-10T09:30" is a timestamp; "2026-11-10x" is not a date. */
	if (when_is_alnum(when_at(s, pos + 10)) &&
	    !(when_at(s, pos + 10) == 'T' && when_is_digit(when_at(s, pos + 11))))
		return 0;
	c->end = pos + 10;
	return 1;
}

/* when_resolve_md - m-d in year (0 = none: the nearest one) into c. */
static int
when_resolve_md(const struct when_scan *s, int year, int m, int d, struct when_core *c)
{
	if (year != 0) {
		if (d == 0)
			d = when_month_end(year, m);
		if (!when_valid(year, m, d))
			return 0;
		c->y = year;
		c->m = m;
		c->d = d;
		return 1;
	}
	return s->have_pub && when_nearest(s, m, d, c);
}

/* when_year_after - ", 2026" or " 2026" after pos: the year and its end into *year, *end. */
static void
when_year_after(const struct when_scan *s, size_t pos, int *year, size_t *end)
{
	size_t p = pos, e;

	*year = 0;
	*end = pos;
	if (when_at(s, p) == ',')
		p++;
	p = when_skip(s, p);
	if (p > pos && (e = when_year(s, p, year)) > 0) {
		*end = e;
		return;
	}
	*year = 0;
	/* "Dec. 1 last year", "March 1 next year" */
	if (s->have_pub && p > pos && when_at(s, pos) != ',') {
		if ((e = when_phrase(s, p, "last year")) > 0)
			*year = s->py - 1;
		else if ((e = when_phrase(s, p, "next year")) > 0)
			*year = s->py + 1;
		else if ((e = when_phrase(s, p, "this year")) > 0)
			*year = s->py;
		if (*year != 0)
			*end = e;
	}
}

/* when_month_day_at - "November 10, 2026", "Nov. 10", "10 November 2026", "10th of Nov.". */
static int
when_month_day_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	size_t p, end;
	int m, d, y;

	if ((p = when_month(s, pos, &m)) > 0) {
		p = when_skip(s, p);
		if ((end = when_day(s, p, &d)) == 0)
			return 0;
		/* "Nov. 10-12": the first day; "March 1 2026" and "March 1, 2026" */
		when_year_after(s, end, &y, &c->end);
		return when_resolve_md(s, y, m, d, c);
	}
	if ((p = when_day(s, pos, &d)) > 0) {
		p = when_skip(s, p);
		if ((end = when_phrase(s, p, "of")) > 0)
			p = when_skip(s, end);
		if ((end = when_month(s, p, &m)) == 0)
			return 0;
		when_year_after(s, end, &y, &c->end);
		return when_resolve_md(s, y, m, d, c);
	}
	return 0;
}

/* when_months_part - "last two months of", "final quarter of", "first three
 * months of", "last six months of" at pos (after "the"), an "of" after it: the
 * last month of that part of the year and the end before "of"; 0 if none.  "the
 * last quarter" alone may be the one just past and is not read. */
static size_t
when_months_part(const struct when_scan *s, size_t pos, int *month)
{
	static const char *const count[] = {
	    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"};
	size_t p, end = 0;
	int first = 0, n = 0;

	if ((p = when_phrase(s, pos, "last ")) == 0 && (p = when_phrase(s, pos, "final ")) == 0) {
		if ((p = when_phrase(s, pos, "first ")) == 0)
			return 0;
		first = 1;
	}
	p = when_skip(s, p);
	if (!first && ((end = when_phrase(s, p, "quarter")) > 0 || (end = when_phrase(s, p, "half")) > 0))
		n = 1;
	for (int i = 0; i < 10 && n == 0; i++)
		if ((end = when_phrase(s, p, count[i])) > 0)
			n = i + 2;
	if (n == 0 || when_is_alnum(when_at(s, end)))
		return 0;
	if (n > 1) {
		if ((end = when_phrase(s, when_skip(s, end), "months")) == 0)
			return 0;
		*month = first ? n : 12;
	} else {
		*month = 12;
	}
	if (when_is_alnum(when_at(s, end)) || when_phrase(s, when_skip(s, end), "of ") == 0)
		return 0;
	return end;
}

/* when_quarter - "the first quarter", "Q1", "the first half", "H2" at pos: its last month and end. */
static size_t
when_quarter(const struct when_scan *s, size_t pos, int *month)
{
	static const char *const ordinal[] = {"first", "second", "third", "fourth"};
	size_t p = pos, end;

	if (when_at(s, p) == 'Q' && when_at(s, p + 1) >= '1' && when_at(s, p + 1) <= '4' &&
	    !when_is_alnum(when_at(s, p + 2))) {
		*month = (when_at(s, p + 1) - '0') * 3;
		return p + 2;
	}
	if (when_at(s, p) == 'H' && when_at(s, p + 1) >= '1' && when_at(s, p + 1) <= '2' &&
	    !when_is_alnum(when_at(s, p + 2))) {
		*month = (when_at(s, p + 1) - '0') * 6;
		return p + 2;
	}
	/* "the quarter", "this quarter", "the current quarter", "next quarter":
	 * the one under way at publication, or the one after it. */
	if (s->have_pub) {
		static const char *const cur[] = {
		    "the current quarter", "this quarter", "the quarter", "next quarter"};

		for (int i = 0; i < 4; i++)
			if ((end = when_phrase(s, p, cur[i])) > 0 && !when_is_alnum(when_at(s, end))) {
				*month = ((s->pm - 1) / 3 + 1) * 3 + (i == 3 ? 3 : 0);
				if (*month > 12)
					*month -= 12;
				return end;
			}
	}
	if ((end = when_phrase(s, p, "the ")) > 0)
		p = end;
	if ((end = when_months_part(s, p, month)) > 0)
		return end;
	for (int i = 0; i < 4; i++) {
		if ((end = when_phrase(s, p, ordinal[i])) == 0)
			continue;
		p = when_skip(s, end);
		if ((end = when_phrase(s, p, "quarter")) > 0) {
			*month = (i + 1) * 3;
			return end;
		}
		if (i < 2 && (end = when_phrase(s, p, "half")) > 0) {
			*month = (i + 1) * 6;
			return end;
		}
		return 0;
	}
	return 0;
}

/* when_this_next - "this"/"the" (0) or "next" (1) before "month"/"year" at pos: offset and end. */
static size_t
when_this_next(const struct when_scan *s, size_t pos, int *offset)
{
	size_t end;

	*offset = 0;
	if ((end = when_phrase(s, pos, "next ")) > 0) {
		*offset = 1;
		return end;
	}
	if ((end = when_phrase(s, pos, "this ")) > 0 || (end = when_phrase(s, pos, "the ")) > 0)
		return end;
	return pos;
}

/*
 * when_unit_end - the last day of the publication month (year 0) or year
 * (year 1), offset months or years later ("next month"), ending at end.
 */
static int
when_unit_end(const struct when_scan *s, int year, int offset, size_t end, struct when_core *c)
{
	c->y = s->py;
	c->m = year ? 12 : s->pm;
	c->d = 1;
	when_add_months(&c->y, &c->m, &c->d, year ? offset * 12 : offset);
	c->d = when_month_end(c->y, c->m);
	c->end = end;
	return when_valid(c->y, c->m, c->d);
}

/*
 * when_period_end - what follows "the end of" or "end-": "the month", "next
 * year", "2028", "February", "February 2026", "the first quarter of 2026", "Q1".
 */
static int
when_period_end(const struct when_scan *s, size_t pos, int hyphen, struct when_core *c)
{
	size_t p, end;
	int y = 0, m, offset;

	if ((end = when_year(s, pos, &y)) > 0) {
		c->end = end;
		return when_resolve_md(s, y, 12, 31, c);
	}
	if ((end = when_month(s, pos, &m)) > 0) {
		when_year_after(s, end, &y, &c->end);
		if (y == 0)
			c->end = end;
		return when_resolve_md(s, y, m, 0, c);
	}
	if ((end = when_quarter(s, pos, &m)) > 0) {
		p = when_skip(s, end);
		c->end = end;
		if ((end = when_phrase(s, p, "of ")) > 0 && (end = when_year(s, end, &y)) > 0)
			c->end = end;
		else if ((end = when_year(s, p, &y)) > 0)  /* "Q1 2026" */
			c->end = end;
		else if ((end = when_phrase(s, p, "of this year")) > 0 ||
		    (end = when_phrase(s, p, "of the year")) > 0) {
			c->end = end;
			y = s->have_pub ? s->py : -1;
		} else if ((end = when_phrase(s, p, "of next year")) > 0) {
			c->end = end;
			y = s->have_pub ? s->py + 1 : -1;
		}
		if (y < 0)
			return 0;
		/* A part of a year with no year is the one under way or to
		 * come ("by Q4" in February: this December, not the last), or
		 * one that ended within a month ("missed the end-of-Q1 goal"
		 * in April). */
		if (y == 0 && s->have_pub)
			y = when_days(s->py, m, when_month_end(s->py, m)) >= s->pdays - WHEN_PART_GRACE ?
			    s->py : s->py + 1;
		return when_resolve_md(s, y, m, 0, c);
	}
	p = hyphen ? pos : when_this_next(s, pos, &offset);
	if (hyphen)
		offset = 0;
	if (!s->have_pub)
		return 0;
	if ((end = when_phrase(s, p, "month")) > 0)
		return when_unit_end(s, 0, offset, end, c);
	if ((end = when_phrase(s, p, "year")) > 0)
		return when_unit_end(s, 1, offset, end, c);
	return 0;
}

/*
 * when_end_at - "the end of ...", "end-...", "month's end", "year-end",
 * "the end of the month", "end of next year".
 */
static int
when_end_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	size_t p = pos, end;
	int offset;

	if ((end = when_phrase(s, p, "the end of ")) > 0 ||
	    (end = when_phrase(s, p, "end of ")) > 0 ||
	    (end = when_phrase(s, p, "the close of ")) > 0)
		return when_period_end(s, end, 0, c);
	if ((end = when_phrase(s, p, "end-")) > 0 || (end = when_phrase(s, p, "end ")) > 0)
		return when_period_end(s, end, 1, c);
	/* "month's end", "the month's end", "month-end", "this year's end", "year end" */
	if (!s->have_pub)
		return 0;
	p = when_this_next(s, p, &offset);
	if ((end = when_phrase(s, p, "month's end")) > 0 ||
	    (end = when_phrase(s, p, "month-end")) > 0 ||
	    (end = when_phrase(s, p, "month end")) > 0)
		return when_unit_end(s, 0, offset, end, c);
	if ((end = when_phrase(s, p, "year's end")) > 0 ||
	    (end = when_phrase(s, p, "year-end")) > 0 ||
	    (end = when_phrase(s, p, "year end")) > 0)
		return when_unit_end(s, 1, offset, end, c);
	/* "before the year is out", "before the month is over" */
	if (offset == 0 && p > pos) {
		if ((end = when_phrase(s, p, "month is out")) > 0 ||
		    (end = when_phrase(s, p, "month is over")) > 0)
			return when_unit_end(s, 0, 0, end, c);
		if ((end = when_phrase(s, p, "year is out")) > 0 ||
		    (end = when_phrase(s, p, "year is over")) > 0)
			return when_unit_end(s, 1, 0, end, c);
	}
	return 0;
}

/*
 * when_part_at - a part of a year after "by" or "no later than": a quarter or
 * half ("the first quarter of next year", "Q3", "the second half": its last
 * day, as after "the end of"), or its middle ("mid-2027", "mid-year", "the
 * middle of next year": 30 June; "mid-May", "the middle of May": the 15th of
 * the nearest May), its early part ("early 2028", "early next year": 31
 * March) or its late part ("late 2028": 31 December).  Not a year before
 * publication.
 */
static int
when_part_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	size_t end, p;
	int y = 0, m, offset;

	if (when_quarter(s, pos, &m) > 0)
		return when_period_end(s, pos, 0, c);
	/* "by early 2028", "by early next year": the end of its first quarter;
	 * "by late 2028": its last day. */
	if ((p = when_phrase(s, pos, "early ")) > 0 || (p = when_phrase(s, pos, "late ")) > 0) {
		int late = when_lower(when_at(s, pos)) == 'l';

		if ((end = when_year(s, p, &y)) == 0) {
			if (!s->have_pub || (end = when_phrase(s, p, "next year")) == 0 || when_is_alnum(when_at(s, end)))
				return 0;
			y = s->py + 1;
		}
		if (s->have_pub && y < s->py)
			return 0;
		c->y = y;
		c->m = late ? 12 : 3;
		c->d = 31;
		c->end = end;
		return 1;
	}
	if ((p = when_phrase(s, pos, "mid-")) == 0 && (p = when_phrase(s, pos, "mid ")) == 0 &&
	    (p = when_phrase(s, pos, "the middle of ")) == 0)
		return 0;
	if ((end = when_month(s, p, &m)) > 0) {
		when_year_after(s, end, &y, &c->end);
		if (y == 0)
			c->end = end;
		return when_resolve_md(s, y, m, 15, c);
	}
	if ((end = when_year(s, p, &y)) == 0) {
		if (!s->have_pub)
			return 0;
		p = when_this_next(s, p, &offset);
		if ((end = when_phrase(s, p, "year")) == 0 || when_is_alnum(when_at(s, end)))
			return 0;
		y = s->py + offset;
	}
	if (s->have_pub && y < s->py)
		return 0;
	c->y = y;
	c->m = 6;
	c->d = 30;
	c->end = end;
	return 1;
}

/*
 * when_deal_step_before - 1 if a verb of a step of the deal itself ("sign",
 * "conclude", "ratify", "finalise", "meet", "vote") stands at most eight words
 * before pos, no punctuation between: "aim to sign the agreement in the first
 * half of next year" dates the signing, not what the deal commits to.
 */
static int
when_deal_step_before(const struct when_scan *s, size_t pos)
{
	static const char *const STEP[] = {
		"sign", "signed", "signing", "conclude", "concluded", "ratify", "ratified",
		"finalise", "finalize", "finalised", "finalized", "meet", "vote", "negotiate",
		"negotiated",
	};
	size_t e = pos, b;

	for (int w = 0; w < 9 && e > 0; w++) {
		while (e > 0 && when_at(s, e - 1) == ' ')
			e--;
		for (b = e; b > 0 && e - b < 16 && when_is_alnum(when_at(s, b - 1)); b--)
			;
		if (b == e)
			return 0;  /* punctuation: the clause ends */
		for (size_t i = 0; i < NELEM(STEP); i++)
			if (strlen(STEP[i]) == e - b && when_phrase(s, b, STEP[i]) == e)
				return 1;
		e = b;
	}
	return 0;
}

/*
 * when_in_part_at - after "in", a named part of a year with its year: "the last
 * two months of 2025", "the first half of 2027", "the fourth quarter of next
 * year", "the final quarter of the year": the part's last day, as "by the end
 * of" it.  Not "the first quarter" alone, not a part over at publication.
 */
static int
when_in_part_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	size_t end;
	int m;

	if (when_phrase(s, pos, "the ") == 0 || (end = when_quarter(s, pos, &m)) == 0 ||
	    when_phrase(s, when_skip(s, end), "of ") == 0 || when_deal_step_before(s, pos) ||
	    !when_period_end(s, pos, 0, c) ||
	    c->end <= when_skip(s, end) + 3)
		return 0;  /* "of" and no year after it ("the first half of the talks") */
	/* A part already over tells when something was done ("bought 3 million
	 * tons in the first two months of the year"), no deadline. */
	return !s->have_pub || when_days(c->y, c->m, c->d) >= s->pdays;
}

/*
 * when_bare_year_at - a year alone after "by" ("by 2028", "no later than 2030",
 * "by year 2030") or "in calendar" ("in calendar year 2028", "in calendar 2028":
 * the goal is the year's total): its last day, as "by the end of 2028"; with a
 * month before it ("by April 2033") that month's last day.  Not a year before
 * publication (a past "by 2020" is history), not a span ("by 2028-29", "by
 * 2028/29") and not an amount ("by 2028 tonnes", "by 2028 levels").
 */
static int
when_bare_year_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	static const char *const NOUNS[] = {"tonnes", "tons", "units", "barrels", "bushels",
	    "percent", "per", "levels", "level", "standards", "million", "billion", "metric"};
	size_t end, p;
	int year, month = 12;
	unsigned char ch;

	/* "by year 2030", "in calendar year 2028" */
	if ((end = when_phrase(s, pos, "year ")) > 0)
		pos = when_skip(s, end);
	/* "by April 2033": the month's last day in that year */
	else if ((end = when_month(s, pos, &month)) > 0 && (p = when_skip(s, end)) > end &&
	    when_is_digit(when_at(s, p)))
		pos = p;
	else
		month = 12;
	if ((end = when_year(s, pos, &year)) == 0 || (s->have_pub && year < s->py))
		return 0;
	ch = when_at(s, end);
	if (ch == '-' || ch == '/' || ch == '%')
		return 0;
	p = when_skip(s, end);
	for (size_t i = 0; p > end && i < NELEM(NOUNS); i++) {
		size_t e = when_phrase(s, p, NOUNS[i]);

		if (e > 0 && !when_is_alnum(when_at(s, e)))
			return 0;
	}
	c->y = year;
	c->m = month;
	c->d = when_month_end(year, month);
	c->end = end;
	return 1;
}

/*
 * when_month_alone_at - a month named with no day at pos ("by June", "by
 * June next year", "from July", "starting in January 2028"): its first day
 * (first set: a start) or its last (a deadline), in the year told, else the
 * nearest one (the one to come after a modal, s->future).  "in " before the
 * month is passed over for a start ("beginning in July").  Not a month with
 * a day ("June 30": when_month_day_at) nor one before a digit.
 */
static int
when_month_alone_at(const struct when_scan *s, size_t pos, int first, struct when_core *c)
{
	size_t end, p;
	int m, y;

	if (first && (end = when_phrase(s, pos, "in ")) > 0)
		pos = when_skip(s, end);
	if ((end = when_month(s, pos, &m)) == 0 || when_is_alnum(when_at(s, end)))
		return 0;
	p = when_skip(s, end);
	if (when_is_digit(when_at(s, p)) && when_year(s, p, &y) == 0)
		return 0;
	when_year_after(s, end, &y, &c->end);
	if (y == 0)
		c->end = end;
	return when_resolve_md(s, y, m, first ? 1 : 0, c);
}

/*
 * when_start_next_at - the first day of what follows a start cue at pos:
 * "next month", "the first of next month" (the 1st of the month after
 * publication), "next year", "the start of next year", "the beginning of
 * 2028" (1 January).  A year alone needs "the start/beginning of" ("from
 * 2028" may be a span).
 */
static int
when_start_next_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	size_t p = pos, end;
	int lead = 0;

	if (!s->have_pub)
		return 0;
	if ((end = when_phrase(s, p, "the first of ")) > 0 || (end = when_phrase(s, p, "the start of ")) > 0 ||
	    (end = when_phrase(s, p, "the beginning of ")) > 0) {
		p = end;
		lead = 1;
	}
	if (lead && when_year(s, p, &c->y) > 0 && !when_is_alnum(when_at(s, p + 4)) && c->y >= s->py) {
		c->m = 1;
		c->d = 1;
		c->end = p + 4;
		return 1;
	}
	if ((end = when_phrase(s, p, "next month")) > 0) {
		c->y = s->py;
		c->m = s->pm;
		c->d = 1;
		when_add_months(&c->y, &c->m, &c->d, 1);
	} else if ((end = when_phrase(s, p, "next year")) > 0) {
		c->y = s->py + 1;
		c->m = 1;
		c->d = 1;
	} else
		return 0;
	/* "from next year's level" is no start */
	if (when_is_alnum(when_at(s, end)) || when_at(s, end) == '\'' || (unsigned char)when_at(s, end) >= 0x80)
		return 0;
	c->end = end;
	return when_valid(c->y, c->m, c->d);
}

/*
 * when_weekday_at - "Monday", "last Monday", "next Friday": within three days
 * of publication either way; with tense < 0 ("took effect") the one on or
 * before it, with tense > 0 ("by Sunday") the one on or after it; strictly
 * before after "last", strictly after after "next".  A month and day after
 * it and a comma ("Monday, February 1") are the date.
 */
static int
when_weekday_at(const struct when_scan *s, size_t pos, int tense, struct when_core *c)
{
	size_t p = pos, end = 0;
	int dir = 0, diff;

	if (!s->have_pub)
		return 0;
	if ((end = when_phrase(s, p, "last ")) > 0) {
		dir = -1;
		p = end;
	} else if ((end = when_phrase(s, p, "next ")) > 0 ||
	    (end = when_phrase(s, p, "this coming ")) > 0 ||
	    (end = when_phrase(s, p, "coming ")) > 0) {
		dir = 1;
		p = end;
	} else if ((end = when_phrase(s, p, "this ")) > 0) {
		p = end;
	}
	if (!(when_at(s, p) >= 'A' && when_at(s, p) <= 'Z'))
		return 0;
	for (int w = 0; w < 7; w++) {
		if ((end = when_phrase(s, p, WHEN_WEEKDAYS[w])) == 0)
			continue;
		diff = ((w - when_weekday(s->pdays)) % 7 + 7) % 7;  /* 0..6 ahead */
		if (dir > 0)
			diff = diff == 0 ? 7 : diff;
		else if (dir < 0)
			diff = diff == 0 ? -7 : diff - 7;
		else if (tense < 0)
			diff = diff == 0 ? 0 : diff - 7;
		else if (tense == 0 && diff > 3)
			diff -= 7;
		/* "Monday, February 1", "Thursday, April 1, 2027": the date told
		 * with the weekday is the day meant. */
		if (when_at(s, end) == ',' && when_month_day_at(s, when_skip(s, end + 1), c))
			return 1;
		when_civil(s->pdays + diff, &c->y, &c->m, &c->d);
		c->end = end;
		return when_valid(c->y, c->m, c->d);
	}
	return 0;
}

/*
 * when_span_noun - "90-day window", "six-month period" at pos: a count, a hyphen,
 * then the unit (left at *end for the caller to read) and a noun naming a span
 * after it.  The count into *value.
 */
static int
when_span_noun(const struct when_scan *s, size_t pos, int *value, size_t *end)
{
	static const char *const NOUN[] = {
		"window", "period", "deadline", "timeframe", "time frame", "timetable", "span",
		"grace period",
	};
	static const char *const UNIT[] = {"day", "week", "month", "year"};
	size_t e, p;
	long n;

	if ((e = when_number(s, pos, 5, value)) == 0) {
		if ((e = quantity_count_word(s->t, s->len, pos, &n)) == 0 || n > 1000)
			return 0;
		*value = (int)n;
	}
	if (when_at(s, e) != '-' || *value <= 0)
		return 0;
	for (size_t i = 0; i < NELEM(UNIT); i++) {
		if ((p = when_phrase(s, e + 1, UNIT[i])) == 0)
			continue;
		p = when_skip(s, p);
		for (size_t k = 0; k < NELEM(NOUN); k++)
			if (when_phrase(s, p, NOUN[k]) > 0) {
				*end = e;
				return 1;
			}
	}
	return 0;
}

/*
 * when_span_base - for a span whose unit ("days", "months") starts at pos, the
 * day it counts from when the text names one: "within 45 days of the
 * agreement's signing on March 22" counts from March 22, not from publication.
 * "of", "after" or "from" right after the unit, then "on" and a month and day
 * at most eight words on, no punctuation between (a comma after the day is
 * its own).  1 and *b set when there is one.
 */
static int
when_span_base(const struct when_scan *s, size_t pos, struct when_core *b)
{
	size_t p = pos, e;

	while (p < s->len && p < pos + 8 && when_is_alnum(when_at(s, p)))
		p++;
	p = when_skip(s, p);
	if ((e = when_phrase(s, p, "of ")) == 0 && (e = when_phrase(s, p, "after ")) == 0 &&
	    (e = when_phrase(s, p, "from ")) == 0)
		return 0;
	for (int w = 0; w < 8 && e < s->len; w++) {
		p = when_skip(s, e);
		if ((e = when_phrase(s, p, "on ")) > 0)
			return when_month_day_at(s, when_skip(s, e), b);
		for (e = p; e < s->len && e < p + 24 && (when_is_alnum(when_at(s, e)) ||
		    when_at(s, e) == '\'' || when_at(s, e) == '-'); e++)
			;
		if (e == p || (e < s->len && when_at(s, e) != ' '))
			return 0;  /* punctuation: the clause ends */
	}
	return 0;
}

/*
 * when_relative_at - "90 days", "six months", "the next 90 days", and with
 * article set "a year", "a 90-day window": publication + span.
 */
static int
when_relative_at(const struct when_scan *s, size_t pos, int article, struct when_core *c)
{
	size_t p = pos, end;
	long n = 0, base;
	int v;
	long z;
	struct when_core b;

	if (!s->have_pub)
		return 0;
	if ((end = when_phrase(s, p, "the next ")) > 0 || (end = when_phrase(s, p, "the coming ")) > 0)
		p = end;
	if ((end = when_number(s, p, 5, &v)) > 0)
		n = v;
	else if ((end = quantity_count_word(s->t, s->len, p, &n)) > 0)
		;
	else if (article && ((end = when_phrase(s, p, "a")) > 0 ||
	    (end = when_phrase(s, p, "an")) > 0)) {
		n = 1;
		/* "within a 90-day window": the span of the compound. */
		if (when_span_noun(s, when_skip(s, end), &v, &end))
			n = v;
	} else
		return 0;
	if (n <= 0)
		return 0;
	p = when_at(s, end) == '-' ? end + 1 : when_skip(s, end);
	if (p == end)
		return 0;
	c->y = s->py;
	c->m = s->pm;
	c->d = s->pd;
	base = s->pdays;
	if (when_span_base(s, p, &b)) {
		c->y = b.y;
		c->m = b.m;
		c->d = b.d;
		base = when_days(b.y, b.m, b.d);
	}
	if ((end = when_phrase(s, p, "days")) > 0 || (end = when_phrase(s, p, "day")) > 0) {
		if (n > WHEN_MAX_DAYS)
			return 0;
		z = base + n;
	} else if ((end = when_phrase(s, p, "weeks")) > 0 || (end = when_phrase(s, p, "week")) > 0) {
		if (n * 7 > WHEN_MAX_DAYS)
			return 0;
		z = base + n * 7;
	} else if ((end = when_phrase(s, p, "months")) > 0 ||
	    (end = when_phrase(s, p, "month")) > 0) {
		if (n > WHEN_MAX_MONTHS)
			return 0;
		when_add_months(&c->y, &c->m, &c->d, (int)n);
		z = when_days(c->y, c->m, c->d);
	} else if ((end = when_phrase(s, p, "years")) > 0 ||
	    (end = when_phrase(s, p, "year")) > 0) {
		if (n > WHEN_MAX_YEARS)
			return 0;
		when_add_months(&c->y, &c->m, &c->d, (int)n * 12);
		z = when_days(c->y, c->m, c->d);
	} else {
		return 0;
	}
	/* "within a day or two", "in a year or so": too vague to date. */
	if (when_phrase(s, when_skip(s, end), "or") > 0)
		return 0;
	when_civil(z, &c->y, &c->m, &c->d);
	c->end = end;
	return when_valid(c->y, c->m, c->d);
}

/* The phrases that name the date an earlier sentence gave ("took effect on the
 * day of the announcement": the day the act was told). */
static const char *const WHEN_SAME[] = {
	"the same date", "the same day", "that same date", "that same day", "that date",
	"that day", "the day of the announcement", "the day of its announcement",
	"the day it was announced", "the date of the announcement",
};

/* when_same_phrase - the end of WHEN_SAME[k] at i in text[0..len), or 0.  Its
 * first three letters, then the first letter of its second word (after the
 * spaces that follow "the", the phrase's [4], or "that", its [5]: every phrase
 * opens with one of the two) are compared before quantity_phrase, as it would
 * compare them: most words "the" stop there. */
static inline __attribute__((always_inline)) size_t
when_same_phrase(const char *text, size_t len, size_t i, size_t k)
{
	const char *ph = WHEN_SAME[k];
	size_t w;

	if (i + 3 >= len || when_lower((unsigned char)text[i]) != (unsigned char)ph[0] ||
	    when_lower((unsigned char)text[i + 1]) != (unsigned char)ph[1] ||
	    when_lower((unsigned char)text[i + 2]) != (unsigned char)ph[2])
		return 0;
	w = quantity_skip_space(text, len, i + (ph[3] == ' ' ? 3 : 4));
	if (w >= len || when_lower((unsigned char)text[w]) != (unsigned char)ph[ph[3] == ' ' ? 4 : 5])
		return 0;
	return quantity_phrase(text, len, i, ph);
}

/* when_same_may - 1 if "the same date" or "that day" may start at pos (s has
 * its date).  Inline, as when_core_may: it is asked at most words. */
static inline int
when_same_may(const struct when_scan *s, size_t pos)
{
	return (s->have_same || s->have_in) && when_lower(when_at(s, pos)) == 't' &&
	    when_lower(when_at(s, pos + 1)) == 'h';
}

/* when_same_at - "the same date", "that day" at pos: the caller's date; after
 * "effect" or "force" ("removed the tariff on Thursday, in an order that took
 * effect the same day", "with effect from the same date"), a date told before
 * it in the text scanned, the day of the act. */
static int
when_same_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	size_t end;

	if (!when_same_may(s, pos))
		return 0;
	for (size_t i = 0; i < NELEM(WHEN_SAME); i++)
		if ((end = when_same_phrase(s->t, s->len, pos, i)) > 0) {
			int in = 0;

			for (size_t k = pos > 20 ? pos - 20 : 0; s->have_in && k < pos && !in; k++)
				in = when_phrase(s, k, "effect ") > 0 || when_phrase(s, k, "force ") > 0;
			if (!in && !s->have_same)
				return 0;
			c->y = in ? s->iy : s->sy;
			c->m = in ? s->im : s->sm;
			c->d = in ? s->id : s->sd;
			c->end = end;
			return 1;
		}
	return 0;
}

/* when_same_from - a date of effect in the sentence that "the same day" after
 * it names: "took effect on March 1, and the tariffs on lobsters were removed
 * on the same day" is March 1, not a date of an earlier sentence.  Only a date
 * told with "effect" or "force" ("took effect on", "came into force on") or a
 * "by" deadline ("will cut it by March 1, and remove ... from the same date"): "the
 * quota, which lapsed at the end of July, from the same date" and "the fees
 * levied from October 14 were suspended from the same day" mean a day told
 * before the sentence. */
static void
when_same_from(struct when_scan *s, const struct when_match *m)
{
	int y, mo, d, effect = 0;

	if (m->reported || m->kind == WHEN_EXPIRY || when_parse_iso(m->date, 10, &y, &mo, &d) != 0)
		return;
	s->iy = y;
	s->im = mo;
	s->id = d;
	s->have_in = 1;
	/* "by March 1, and will remove ... from the same date": the pledge's own
	 * "by" day is the date of effect the phrase names. */
	effect = when_phrase(s, m->offset, "by ") > 0;
	for (size_t k = m->offset; k + 5 <= m->offset + m->len && k < m->offset + 24 && !effect; k++)
		effect = when_phrase(s, k, "effect") > 0 || when_phrase(s, k, "force") > 0;
	if (!effect || m->kind != WHEN_DEADLINE)
		return;
	s->sy = y;
	s->sm = mo;
	s->sd = d;
	s->have_same = 1;
}

/* when_same_in - 1 if text[0..len) names "the same date", "that day" ...
 * (WHEN_SAME): the caller then looks back for the date it means. */
int
when_same_in(const char *text, size_t len)
{
	size_t i = 0;
#ifdef __SSE2__
	/* Sixteen bytes at once: only the word starts at a "t" (when_starts16). */
	unsigned prev = 0;

	for (; i + 16 <= len; i += 16)
		for (unsigned st = when_starts16(text + i, &prev, 't', 't', 't'); st != 0; st &= st - 1) {
			size_t j = i + (size_t)__builtin_ctz(st);

			for (size_t k = 0; j + 8 <= len && k < NELEM(WHEN_SAME); k++)
				if (when_same_phrase(text, len, j, k) > 0)
					return 1;
		}
#endif
	for (; i + 8 <= len; i++) {
		if ((text[i] | 32) != 't' || (i > 0 && when_is_alnum((unsigned char)text[i - 1])))
			continue;
		for (size_t k = 0; k < NELEM(WHEN_SAME); k++)
			if (when_same_phrase(text, len, i, k) > 0)
				return 1;
	}
	return 0;
}

/* when_word_before - 1 if the word ending before pos (spaces between) is one of
 * words (lower case, NULL-terminated). */
static int
when_word_before(const struct when_scan *s, size_t pos, const char *const *words)
{
	size_t e = pos, b;

	while (e > 0 && (when_at(s, e - 1) == ' ' || when_at(s, e - 1) == '\t'))
		e--;
	for (b = e; b > 0 && when_is_alnum(when_at(s, b - 1)); b--)
		;
	for (; b < e && *words != NULL; words++)
		if (strlen(*words) == e - b && when_phrase(s, b, *words) == e)
			return 1;
	return 0;
}

/* when_publication_at - the end of "publication", "the day of publication",
 * "the date of the announcement" at pos after "on", "upon" or "from" after a
 * word of taking effect ("took effect on publication", "effective from the
 * date of the announcement", "with effect from the day of publication"): the
 * act takes effect the day it is made public; 0 if none. */
static size_t
when_publication_at(const struct when_scan *s, size_t pos)
{
	static const char *const PUB[] = {
	    "publication", "the day of publication", "the date of publication", "the date of its publication",
	    "the day of its publication", "the date of the announcement", "the day of the announcement"};
	static const char *const EFFECT[] = {"effect", "effective", NULL};
	static const char *const ON[] = {"on", "upon", "from", NULL};
	size_t end = 0, b;
	unsigned char c0 = when_lower(when_at(s, pos));

	/* Most words that reach here start neither phrase. */
	if (c0 != 'p' && (c0 != 't' || (when_phrase(s, pos, "the day") == 0 && when_phrase(s, pos, "the date") == 0)))
		return 0;
	for (size_t i = 0; i < sizeof(PUB) / sizeof(PUB[0]) && end == 0; i++)
		end = when_phrase(s, pos, PUB[i]);
	/* "on publication in the Official Journal on December 15": the day
	 * told after it is read instead. */
	if (end == 0 || !when_word_before(s, pos, ON) || when_phrase(s, when_skip(s, end), "in ") > 0)
		return 0;
	/* The word before the cue. */
	for (b = pos; b > 0 && (when_at(s, b - 1) == ' ' || when_at(s, b - 1) == '\t'); b--)
		;
	while (b > 0 && when_is_alnum(when_at(s, b - 1)))
		b--;
	return when_word_before(s, b, EFFECT) ? end : 0;
}

/* when_today_at - "today", and "immediately" after a verb of taking effect
 * ("took effect immediately", "effective immediately", "with immediate effect",
 * "took effect on publication": when_publication_at): the publication date; "yesterday", the day before it ("entered into force
 * yesterday"). */
static int
when_today_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	static const char *const EFFECT[] = {"effect", "effective", NULL};
	static const char *const WITH[] = {"with", NULL};
	static const char *const REPORT[] = {"said", "says", "announced", "stated", "told", "confirmed", NULL};
	size_t end;
	int back = 0;

	if (!s->have_pub)
		return 0;
	/* "..., the minister said yesterday": the day of the report, not of
	 * the measure. */
	if ((end = when_phrase(s, pos, "yesterday")) > 0) {
		if (when_word_before(s, pos, REPORT))
			return 0;
		back = 1;
	}
	else if ((end = when_phrase(s, pos, "today")) == 0 &&
	    ((end = when_phrase(s, pos, "immediately")) == 0 || !when_word_before(s, pos, EFFECT)) &&
	    ((end = when_phrase(s, pos, "immediate effect")) == 0 || !when_word_before(s, pos, WITH)) &&
	    (end = when_publication_at(s, pos)) == 0)
		return 0;
	if (when_is_alnum(when_at(s, end)))
		return 0;
	/* "today's realities", "today’s meeting": a possessive names a thing
	 * of the day, no date anything is done by. */
	if (quantity_phrase(s->t, s->len, end, "'s") > 0)
		return 0;
	c->y = s->py;
	c->m = s->pm;
	c->d = s->pd;
	if (back) {
		char iso[11];

		if (when_format(when_days(s->py, s->pm, s->pd) - 1, iso) == -1 ||
		    when_parse_iso(iso, 10, &c->y, &c->m, &c->d) == -1)
			return 0;
	}
	c->end = end;
	return 1;
}

/* when_core_at - an absolute or anchored date at pos (no relative span); tense as for weekdays. */
static int
when_core_at(const struct when_scan *s, size_t pos, int tense, struct when_core *c)
{
	unsigned char ch = when_at(s, pos);

	if (when_is_digit(ch))
		return when_iso_at(s, pos, c) || when_month_day_at(s, pos, c);
	return when_month_day_at(s, pos, c) || when_end_at(s, pos, c) ||
	    when_weekday_at(s, pos, tense, c) || when_same_at(s, pos, c) || when_today_at(s, pos, c);
}

/* when_emit - store c as kind from start into out[*n]; a date that cannot be written is dropped. */
static void
when_emit(const struct when_core *c, enum when_kind kind, size_t start, struct when_match *out,
    size_t *n)
{
	struct when_match *m = &out[*n];

	memset(m, 0, sizeof(*m));
	if (!when_valid(c->y, c->m, c->d) || when_format(when_days(c->y, c->m, c->d), m->date) == -1)
		return;
	m->kind = kind;
	m->offset = start;
	m->len = c->end - start;
	(*n)++;
}

static int when_core_start(const char *, size_t, size_t);

/* when_core_may - when_core_start, its table of first bytes asked here: most
 * words stop there without a call. */
static inline int
when_core_may(const char *text, size_t len, size_t i)
{
	return (when_idx.first[(unsigned char)text[i]] & WHEN_FIRST_CORE) && when_core_start(text, len, i);
}

/*
 * when_cues_at - the cues of mask (bit i for WHEN_CUES[i]) that may stand at
 * pos: those with its first two letters (every cue has two).  Inline, so
 * that most words, which start none, cost no call.
 */
static inline uint64_t
when_cues_at(const struct when_scan *s, size_t pos, uint64_t mask)
{
	unsigned char ch = when_lower(when_at(s, pos)), ch2 = when_lower(when_at(s, pos + 1));

	if (ch < 'a' || ch > 'z' || ch2 < 'a' || ch2 > 'z')
		return 0;
	return when_idx.cue2[ch - 'a'][ch2 - 'a'] & mask;
}

/*
 * when_record_span - 1 if the span of years after "in" at pos measures a record
 * back from now, not a time to come: "the lowest in five years", "the biggest
 * cut in three years", "the first such delistings in two years".  A superlative or
 * "first" among the five words before "in", in the same clause.
 */
static int
when_record_span(const struct when_scan *s, size_t pos)
{
	static const char *const RECORD[] = {"first", "biggest", "largest", "highest",
	    "lowest", "smallest", "strongest", "weakest", "fastest", "slowest", "sharpest",
	    "steepest", "deepest", "worst", "best", "most", "least", NULL};
	size_t e = pos;

	for (int w = 0; w < 5 && e > 0; w++) {
		size_t b;
		unsigned char ch;

		while (e > 0 && ((ch = when_at(s, e - 1)) == ' ' || ch == '\t'))
			e--;
		if (e == 0 || !when_is_alnum(when_at(s, e - 1)))
			return 0;  /* a comma, a stop: the clause ends */
		if (when_word_before(s, e, RECORD))
			return 1;
		for (b = e; b > 0 && (when_is_alnum(when_at(s, b - 1)) || when_at(s, b - 1) == '-'); b--)
			;
		e = b;
	}
	return 0;
}

/* when_clock_at - "at 12:01 a.m.", "at 00:01 GMT" at pos after a verb of taking
 * effect: the hour of the day the act was told, the date an earlier sentence
 * gave ("that day") or else the publication date; a bare date before it in the
 * sentence replaces either (when_immediate_day).  "at midnight" is not read: a
 * sentence with no digit or date word is not scanned at all (when_may_date). */
static int
when_clock_at(const struct when_scan *s, size_t pos, struct when_core *c)
{
	size_t p, end;

	if ((p = when_phrase(s, pos, "at ")) == 0)
		return 0;
	p = when_skip(s, p);
	for (end = p; end < p + 2 && when_is_digit(when_at(s, end)); end++)
		;
	if (end == p || when_at(s, end) != ':' || !when_is_digit(when_at(s, end + 1)) ||
	    !when_is_digit(when_at(s, end + 2)) || when_is_alnum(when_at(s, end + 3)))
		return 0;
	end += 3;
	if (s->have_same) {
		c->y = s->sy;
		c->m = s->sm;
		c->d = s->sd;
	} else if (s->have_pub) {
		c->y = s->py;
		c->m = s->pm;
		c->d = s->pd;
	} else
		return 0;
	c->end = end;
	return 1;
}

/* Pledge verbs in the simple past ("agreed to buy ... by March 1"), and the
 * perfect that keeps them to come ("has agreed to"). */
static const char *const WHEN_TO_PLEDGED[] = {
	"agreed", "pledged", "promised", "vowed", "undertook", NULL,
};
/* Reporting verbs in the simple past: "the agency said imports would be resumed
 * from July 1" (in August) is the future of that past, as a pledge's is. */
static const char *const WHEN_SAID[] = {"said", "announced", "stated", NULL};
static const char *const WHEN_TO_PERFECT[] = {"has", "have", NULL};

/* when_said_undated - 1 if a reporting verb of WHEN_SAID ends before q and no
 * day of the report follows it ("said imports would be resumed", not "said on
 * Friday it would issue the licences by the end of January": a report of this
 * week, whose future is still to come). */
static int
when_said_undated(const struct when_scan *s, size_t q)
{
	static const char *const DAY[] = {"on", "today", "yesterday", "this", "last", NULL};
	size_t p = q, e;

	if (!when_word_before(s, q, WHEN_SAID))
		return 0;
	p = when_skip(s, q);
	for (e = p; e < s->len && when_is_alnum(when_at(s, e)); e++)
		;
	/* "announced last month that Canada would drop the tariffs from
	 * September 1" (on September 3): a report older than the week, whose
	 * future may have come; "said last Friday" is of this week's kind. */
	if (e - p == 4 && when_phrase(s, p, "last") == e) {
		size_t n = when_skip(s, e);

		if ((when_phrase(s, n, "month") > 0 || when_phrase(s, n, "year") > 0) &&
		    !when_is_alnum(when_at(s, n + (when_lower(when_at(s, n)) == 'm' ? 5 : 4))))
			return 1;
	}
	for (const char *const *d = DAY; *d != NULL; d++)
		if (strlen(*d) == e - p && when_phrase(s, p, *d) == e)
			return 0;
	for (size_t k = 0; k < NELEM(WHEN_WEEKDAYS); k++)
		if (when_phrase(s, p, WHEN_WEEKDAYS[k]) == e)
			return 0;
	return 1;
}

/* when_pledged_would - 1 if the "would" at p reports a pledge made in the
 * simple past, at most five words back (a report, "said imports of Australian
 * rock lobsters would", eight): "weeks after Beijing promised
 * Washington it would do so by the end of January" (said in February) is the
 * future of that past, and its date the nearest (it may be overdue); "has
 * promised it would" is to come. */
static int
when_pledged_would(const struct when_scan *s, size_t p)
{
	size_t q = p, ws, hs;

	for (int w = 0; w < 8; w++, q = ws) {
		if ((w < 5 && when_word_before(s, q, WHEN_TO_PLEDGED)) || when_said_undated(s, q))
			return quantity_prev_word(s->t, s->len, q, &ws) > 0 &&
			    !when_word_before(s, ws, WHEN_TO_PERFECT) &&
			    !(quantity_prev_word(s->t, s->len, ws, &hs) > 0 && when_word_before(s, hs, WHEN_TO_PERFECT));
		if (quantity_prev_word(s->t, s->len, q, &ws) == 0)
			return 0;
	}
	return 0;
}

/* when_will_check - when_will_before's test at p (< pos): 0 at a sentence's
 * end (". " before a capital, or a new line) or at a "would" reporting a pledge
 * made in the past (when_pledged_would), 1 where "will", "would" or "shall"
 * starts a word, -1 else ("would have", a counterfactual past, included).  Only '\n', '.', 'w' and 's' (either case)
 * can answer other than -1. */
static int
when_will_check(const struct when_scan *s, size_t p, size_t pos)
{
	static const char *const WILL[] = {"will", "would", "shall"};

	if (s->t[p] == '\n' || (s->t[p] == '.' && p + 2 < pos && s->t[p + 1] == ' ' &&
	    s->t[p + 2] >= 'A' && s->t[p + 2] <= 'Z'))
		return 0;
	if (when_is_alnum(when_at(s, p)) && (p == 0 || !when_is_alnum(when_at(s, p - 1))))
		for (size_t k = 0; k < NELEM(WILL); k++) {
			size_t e = when_phrase(s, p, WILL[k]);

			if (e > 0 && !when_is_alnum(when_at(s, e))) {
				size_t h;

				/* "a rule that would have extended the blacklist": what
				 * did not happen, no future; the scan goes on back. */
				if (k == 1 && (h = when_phrase(s, when_skip(s, e), "have")) > 0 &&
				    !when_is_alnum(when_at(s, h)))
					return -1;
				return k == 1 && when_pledged_would(s, p) ? 0 : 1;
			}
		}
	return -1;
}

/*
 * when_will_before - 1 if a modal of the future ("will", "would", "shall") stands in the sentence before pos, at most 200 bytes back: a start told as
 * to come ("will cut its tariffs starting Dec. 1").  Back from pos, the first
 * of a sentence's end and a modal decides.  With SSE2, sixteen bytes at a time:
 * only the bytes that can decide (when_will_check) are tested, nearest first.
 */
static int
when_will_before(const struct when_scan *s, size_t pos)
{
	size_t lo = pos > 200 ? pos - 200 : 0, p = pos;
	int r;

#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n'), dot = _mm_set1_epi8('.'), w = _mm_set1_epi8('w'),
	    sm = _mm_set1_epi8('s'), low = _mm_set1_epi8(0x20);

	/* Blocks of the 16 bytes before p, the last one cut at lo (the bytes
	 * before lo are read but not tested). */
	for (; p > lo && p >= 16; p -= 16) {
		__m128i c = _mm_loadu_si128((const __m128i *)(const void *)(s->t + p - 16));
		__m128i l = _mm_or_si128(c, low);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(c, nl), _mm_cmpeq_epi8(c, dot)),
		    _mm_or_si128(_mm_cmpeq_epi8(l, w), _mm_cmpeq_epi8(l, sm))));

		if (p - 16 < lo)
			m &= ~0u << (lo - (p - 16));
		for (; m != 0; m &= ~(1u << (31 - __builtin_clz(m))))
			if ((r = when_will_check(s, p - 16 + (size_t)(31 - __builtin_clz(m)), pos)) >= 0)
				return r;
	}
#endif
	/* The first 16 bytes of the text (or every byte without SSE2). */
	while (p-- > lo) {
		unsigned char c = (unsigned char)s->t[p], l = c | 0x20;

		if ((c == '\n' || c == '.' || l == 'w' || l == 's') && (r = when_will_check(s, p, pos)) >= 0)
			return r;
	}
	return 0;
}

/* Words before "to" that make the verb after it an act still to come ("agreed
 * to buy", "plans to lift", "is to cut"); "was to", "had to" are not here. */
static const char *const WHEN_TO_AHEAD[] = {
	"agreed", "agrees", "pledged", "pledges", "promised", "promises", "vowed", "vows",
	"undertook", "undertakes", "plans", "aims", "intends", "expects", "expected", "set",
	"is", "are", "has", "have", "needs", "need", "wants", "seeks", "going", "ready", NULL,
};

static int when_stem(const char *, size_t, size_t, const char *, size_t);

/* Words before those that tell the act from the past ("had agreed to"). */
static const char *const WHEN_TO_PAST[] = {"had", "was", "were", NULL};


/*
 * when_to_before - 1 if an infinitive of an act still to come stands in the
 * sentence before pos, at most 200 bytes back: "to" and a lower-case word
 * after one of WHEN_TO_AHEAD ("China agreed to buy soybeans by Dec. 1"), or
 * "to be" ("..., to be delivered by Oct. 31"; "were expected to be relisted
 * by the end of April" is told from the past as "was expected to" is); for an end (kind WHEN_EXPIRY),
 * also a verb of extending ("extended the pause until Nov. 10").  A sentence's end, a new line
 * or a semicolon stops the look-back; "had", "was", "were" before the word
 * before "to" tell it from the past.  "cut its tariff to 10% by Dec. 1",
 * "exports to China" are no infinitive.
 */
static int
when_to_before(const struct when_scan *s, size_t pos, enum when_kind kind)
{
	size_t lo = pos > 200 ? pos - 200 : 0;

	for (size_t p = pos; p-- > lo;) {
		unsigned char c = (unsigned char)s->t[p], n;
		size_t e;

		if (c == '\n' || c == ';' || (c == '.' && p + 2 < pos && s->t[p + 1] == ' ' &&
		    s->t[p + 2] >= 'A' && s->t[p + 2] <= 'Z'))
			return 0;
		/* "extended the pause until Nov. 10": a new end, to come */
		if (kind == WHEN_EXPIRY && (c == 'e' || c == 'p') && (p == 0 || !when_is_alnum(when_at(s, p - 1))) &&
		    (when_stem(s->t, s->len, p, "extend", 0) || when_stem(s->t, s->len, p, "prolong", 0)))
			return 1;
		if ((c != 't' && c != 'T') || (p > 0 && when_is_alnum(when_at(s, p - 1))) ||
		    (e = when_phrase(s, p, "to ")) == 0 || e >= pos)
			continue;
		n = when_at(s, e);
		if (n < 'a' || n > 'z')
			continue;
		if (when_phrase(s, e, "be ") > 0 && !when_word_before(s, p, WHEN_TO_AHEAD))
			return 1;
		if (when_word_before(s, p, WHEN_TO_AHEAD)) {
			size_t ws = p, hs;

			/* "had agreed to", "was expected to": told from the past. */
			if (quantity_prev_word(s->t, s->len, p, &ws) == 0)
				return 1;
			if (when_word_before(s, ws, WHEN_TO_PAST))
				return 0;
			/* "promised to approve them by the end of November" (said in
			 * February): a pledge in the simple past may be overdue, and
			 * its date is the nearest; "has promised to", "have also
			 * agreed to" are to come. */
			return !when_word_before(s, p, WHEN_TO_PLEDGED) ||
			    when_word_before(s, ws, WHEN_TO_PERFECT) ||
			    (quantity_prev_word(s->t, s->len, ws, &hs) > 0 &&
			    when_word_before(s, hs, WHEN_TO_PERFECT));
		}
	}
	return 0;
}

static int when_since(const struct when_scan *, size_t);

/*
 * when_had_before - 1 if "had" stands among the four words before pos ("had been
 * published by", "had not taken effect by", "had arrived by"), not "had to".
 */
static int
when_had_before(const struct when_scan *s, size_t pos)
{
	static const char *const HAD[] = {"had", NULL};
	static const char *const TO[] = {"to", NULL};
	size_t q = pos, ws;

	/* "had to finish by March 1", "had committed to buy by the end of 2027":
	 * an obligation or a pledge, its date a deadline. */
	for (int w = 0; w < 4 && !when_word_before(s, q, TO); w++, q = ws) {
		if (when_word_before(s, q, HAD))
			return 1;
		if (quantity_prev_word(s->t, s->len, q, &ws) == 0)
			return 0;
	}
	return 0;
}

/*
 * when_cue_at - a cue of set (when_cues_at) and the date after it at pos into
 * c and *kind; 1 if both stand there.  The cues are tried in table order.
 */
static int
when_cue_at(const struct when_scan *scan, size_t pos, uint64_t set, struct when_core *c,
    enum when_kind *kind)
{
	struct when_scan ahead;
	size_t end, p;

	for (; set != 0; set &= set - 1) {
		size_t i = (size_t)__builtin_ctzll(set);
		int flags = WHEN_CUES[i].flags, tense;
		const char *ph = WHEN_CUES[i].phrase;
		const struct when_scan *s = scan;

		/* "will cut its tariffs starting Dec. 1", "will lift the ban by
		 * Dec. 1", "will stay suspended until Nov. 10": the one to come. */
		if (!scan->past && !scan->near && ((flags & WHEN_CUE_AHEAD) ||
		    ((flags & (WHEN_CUE_START | WHEN_CUE_FUTURE)) && when_will_before(scan, pos)) ||
		    ((flags & WHEN_CUE_FUTURE) && when_to_before(scan, pos, WHEN_CUES[i].kind)))) {
			ahead = *scan;
			ahead.future = (flags & WHEN_CUE_START) ? 2 : 1;
			s = &ahead;
		}
		/* "took effect on March 1", "came into force on Oct. 9" in an
		 * article of September: the one before, as the weekday after such a
		 * cue is (tense -1); the nearest may lie ahead. */
		if ((flags & WHEN_CUE_PAST) && !scan->future && !scan->past && !scan->near && scan->have_pub) {
			ahead = *scan;
			ahead.past = 1;
			s = &ahead;
		}

		/* A plain third letter is compared here: "the" parts from "through"
		 * there.  So is the end of a cue of two letters ("by", "in": no
		 * letter or digit after them) and, after one space, the fourth
		 * letter of "in calendar" and "as of", as quantity_phrase would. */
		if ((ph[2] != '\0' && ph[2] != ' ' && ph[2] != '\'' &&
		    when_lower(when_at(s, pos + 2)) != (unsigned char)ph[2]) ||
		    (ph[2] == '\0' && when_is_alnum(when_at(s, pos + 2))) ||
		    (ph[2] == ' ' && ph[3] >= 'a' && ph[3] <= 'z' && when_at(s, pos + 2) == ' ' &&
		    when_is_alnum(when_at(s, pos + 3)) && when_lower(when_at(s, pos + 3)) != (unsigned char)ph[3]) ||
		    (end = quantity_phrase(s->t, s->len, pos, ph)) == 0)
			continue;
		p = when_skip(s, end);
		if (p == end)
			continue;
		/* "no notice had been published by Thursday", "none had arrived by
		 * Monday": a past perfect's "by" tells how things stood then, no
		 * deadline. */
		if (ph[0] == 'b' && ph[1] == 'y' && ph[2] == '\0' && when_had_before(s, pos))
			continue;
		if (!(flags & WHEN_CUE_PAST) && (end = when_phrase(s, p, "on ")) > 0)
			p = end;  /* "effective on", "by on"? harmless */
		tense = (flags & WHEN_CUE_PAST) ? -1 : (flags & WHEN_CUE_FUTURE) ? 1 : 0;
		/* "took effect at 12:01 a.m.", "entered into force at midnight". */
		if (when_lower(when_at(s, p)) == 'a' && (strstr(ph, "effect") != NULL ||
		    strstr(ph, "force") != NULL) && when_clock_at(s, p, c)) {
			*kind = WHEN_CUES[i].kind;
			return 1;
		}
		if (((flags & WHEN_CUE_RELATIVE) &&
		    when_relative_at(s, p, !(flags & WHEN_CUE_NO_ARTICLE), c)) ||
		    (!(flags & WHEN_CUE_ONLY_RELATIVE) && ((p < s->len &&
		    (when_core_may(s->t, s->len, p) || when_same_may(s, p)) &&
		    when_core_at(s, p, tense, c)) ||
		    /* "before the Dec. 15 deadline" */
		    ((end = when_phrase(s, p, "the ")) > 0 && when_month_day_at(s, end, c)))) ||
		    ((flags & WHEN_CUE_YEAR) && (when_bare_year_at(s, p, c) || when_part_at(s, p, c) ||
		    when_month_alone_at(s, p, 0, c))) ||
		    ((flags & WHEN_CUE_PART) && when_in_part_at(s, p, c)) ||
		    /* "will cut its duties from July": only a start told as to come,
		     * not one reaching back ("would apply retroactively from April") */
		    ((flags & WHEN_CUE_START) && s->future && !when_since(s, pos) &&
		    when_month_alone_at(s, p, 1, c)) ||
		    /* "from next month", "starting the first of next month" */
		    ((flags & WHEN_CUE_START) && !s->past && when_start_next_at(s, p, c))) {
			/* "the first such delistings in two years" */
			if ((flags & WHEN_CUE_ONLY_RELATIVE) && c->end > 4 &&
			    (when_phrase(s, c->end - 4, "year") > 0 || when_phrase(s, c->end - 5, "years") > 0) &&
			    when_record_span(s, pos))
				continue;
			*kind = WHEN_CUES[i].kind;
			return 1;
		}
	}
	return 0;
}

/*
 * when_since - 1 if the date or cue at pos tells when something under way
 * began: right after "since"; 2 after "retroactive(ly)", "retroactive(ly) to",
 * "backdated to" ("applied retroactive to Nov. 1", "retroactively from Sept. 15"),
 * or a form of "backdate" and its object, at most three words, before "to"
 * ("backdating the cut to Aug. 1", "backdated the lower rate to Nov. 14").
 */
static int
when_since(const struct when_scan *s, size_t pos)
{
	size_t ws, we, to;

	if ((we = quantity_prev_word(s->t, s->len, pos, &ws)) == 0)
		return 0;
	if (when_phrase(s, ws, "since") == we)
		return 1;
	if (when_phrase(s, ws, "to") != we)
		return when_phrase(s, ws, "retroactive") == we || when_phrase(s, ws, "retroactively") == we ? 2 : 0;
	to = ws;
	for (int w = 0; w < 4 && (we = quantity_prev_word(s->t, s->len, ws, &ws)) > 0; w++) {
		if (w == 0 && (when_phrase(s, ws, "retroactive") == we || when_phrase(s, ws, "retroactively") == we))
			return 2;
		if (when_stem(s->t, s->len, ws, "backdat", 0))
			return memchr(s->t + ws, ',', to - ws) == NULL && memchr(s->t + ws, ';', to - ws) == NULL &&
			    memchr(s->t + ws, '.', to - ws) == NULL ? 2 : 0;
	}
	return 0;
}

/*
 * when_reported - 1 if a reporting verb stands among the three words before
 * pos ("said on Monday", "told reporters on Monday", "agreed Tuesday").
 */
static int
when_reported(const struct when_scan *s, size_t pos)
{
	size_t ws = pos, we;

	for (int words = 0; words < 3; words++) {
		if ((we = quantity_prev_word(s->t, s->len, ws, &ws)) == 0)
			return 0;
		for (size_t i = 0; i < NELEM(WHEN_REPORT_VERBS); i++)
			if (when_phrase(s, ws, WHEN_REPORT_VERBS[i]) == we)
				return 1;
	}
	return 0;
}

/*
 * when_may_date - 0 if text[0..len) cannot hold a date: no digit, no
 * capitalised word starting like a month (WHEN_MONTHS, three letters as in
 * "Sep") or a weekday (WHEN_WEEKDAYS), no word starting with one of
 * WHEN_PERIOD_STEMS.  Every form when_core_at, when_relative_at and the cues
 * read holds one of these, so most sentences cost one pass over their bytes.
 */
/* when_stem - 1 if text[i..len) starts with stem (ASCII case ignored), n bytes of it (0: all). */
static int
when_stem(const char *text, size_t len, size_t i, const char *stem, size_t n)
{
	size_t j = 0;

	while (stem[j] != '\0' && (n == 0 || j < n)) {
		if (i + j >= len || when_lower((unsigned char)text[i + j]) != (unsigned char)stem[j])
			return 0;
		j++;
	}
	return 1;
}

/* when_pair - 1 if text[i + 1] (folded) is a second letter pairs allows after first letter l. */
static int
when_pair(const char *text, size_t len, size_t i, unsigned char l, const uint32_t *pairs)
{
	unsigned char l2 = i + 1 < len ? when_lower((unsigned char)text[i + 1]) : 0;

	return l2 >= 'a' && l2 <= 'z' && (pairs[l - 'a'] & (UINT32_C(1) << (l2 - 'a'))) != 0;
}

/* when_stems_at - 1 if one of the n stems (their first letters: initials, their
 * first two: pairs) starts text[i..len). */
static int
when_stems_at(const char *text, size_t len, size_t i, uint32_t initials, const uint32_t *pairs,
    const char *const *stems, size_t n)
{
	unsigned char l = when_lower((unsigned char)text[i]);

	if (l < 'a' || l > 'z' || (initials & (UINT32_C(1) << (l - 'a'))) == 0 ||
	    !when_pair(text, len, i, l, pairs))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (stems[k][0] == l && when_stem(text, len, i, stems[k], 0))
			return 1;
	return 0;
}

/* when_name_at - 1 if a capitalised word starting like a month or a weekday ("Sep") is at i. */
static int
when_name_at(const char *text, size_t len, size_t i)
{
	unsigned char l = when_lower((unsigned char)text[i]);

	if (!(text[i] >= 'A' && text[i] <= 'Z') ||
	    (when_idx.name & (UINT32_C(1) << (l - 'a'))) == 0 ||
	    !when_pair(text, len, i, l, when_idx.name2))
		return 0;
	for (size_t k = 0; k < NELEM(WHEN_MONTHS); k++)
		if (WHEN_MONTHS[k][0] == l && when_stem(text, len, i, WHEN_MONTHS[k], 3))
			return 1;
	for (size_t k = 0; k < NELEM(WHEN_WEEKDAYS); k++)
		if (WHEN_WEEKDAYS[k][0] == l && when_stem(text, len, i, WHEN_WEEKDAYS[k], 3))
			return 1;
	return 0;
}

/* when_date_word - 1 if the word "date" (either case) stands in text[0..len). */
static int
when_date_word(const char *text, size_t len)
{
	for (size_t i = 0; i + 4 <= len; i++)
		if (when_stem(text, len, i, "date", 0) && (i == 0 || !when_is_alnum((unsigned char)text[i - 1])) &&
		    (i + 4 == len || !when_is_alnum((unsigned char)text[i + 4])))
			return 1;
	return 0;
}

static int
when_may_date(const char *text, size_t len)
{
	for (size_t i = 0; i < len;) {
		if (!when_is_alnum((unsigned char)text[i])) {
			i++;
			continue;
		}
		/* A word: its start tried for a name or a stem, then passed over. */
		if ((when_idx.first[(unsigned char)text[i]] & WHEN_FIRST_DATE) &&
		    (when_name_at(text, len, i) || when_stems_at(text, len, i, when_idx.period,
		    when_idx.period2, WHEN_PERIOD_STEMS, NELEM(WHEN_PERIOD_STEMS))))
			return 1;
		for (; i < len && when_is_alnum((unsigned char)text[i]); i++)
			if (when_is_digit((unsigned char)text[i]))
				return 1;
	}
	return 0;
}

/*
 * when_the_may - 0 if the word at i starts with "the" and no date of
 * when_core_at can follow it: every one ("the end of", "the close of", "the
 * month's end", "the year-end") has "the", white space, and a word starting
 * with e, c, m or y.  "the" is the commonest word of all, so the check pays.
 */
static int
when_the_may(const char *text, size_t len, size_t i)
{
	size_t p;
	unsigned char l;

	if (!when_stem(text, len, i, "the", 0))
		return 1;
	if ((p = quantity_skip_space(text, len, i + 3)) == i + 3 || p >= len)
		return 0;
	l = when_lower((unsigned char)text[p]);
	/* "the day of", "the date of": "the day of publication" (when_publication_at). */
	if (l == 'd')
		return quantity_phrase(text, len, p, "day of") > 0 || quantity_phrase(text, len, p, "date of") > 0;
	return l == 'e' || l == 'c' || l == 'm' || l == 'y';
}

/* when_core_start - 0 if no date of when_core_at can begin at word i: a digit, a name or a stem. */
static int
when_core_start(const char *text, size_t len, size_t i)
{
	if (!(when_idx.first[(unsigned char)text[i]] & WHEN_FIRST_CORE))
		return 0;
	return when_is_digit((unsigned char)text[i]) || when_name_at(text, len, i) ||
	    (when_stems_at(text, len, i, when_idx.core, when_idx.core2, WHEN_CORE_STEMS,
	    NELEM(WHEN_CORE_STEMS)) &&
	    when_the_may(text, len, i));
}

/*
 * The publication date this thread parsed last, as when_parse_iso left it
 * (y, m, d are 0 where it wrote none): every scan of an article's sentences
 * passes the same one, read once instead of once a sentence.
 */
struct when_pub {
	char date[10];
	int set, rc;
	int y, m, d;
	long days;
};
static _Thread_local struct when_pub when_pub_last;

/*
 * when_scan_start - s for text[0..len) and published; 0 if the tables cannot
 * be built or, with may set, if the text cannot hold a date (when_may_date).
 */
static int
when_scan_start(struct when_scan *s, const char *text, size_t len, const char *published, int may)
{
	if (text == NULL || pthread_once(&when_idx_once, when_index) != 0 ||
	    (may && !when_may_date(text, len)))
		return 0;
	memset(s, 0, sizeof(*s));
	s->t = text;
	s->len = len;
	if (published != NULL && strnlen(published, 11) == 10) {
		struct when_pub *c = &when_pub_last;

		if (!c->set || memcmp(c->date, published, 10) != 0) {
			memcpy(c->date, published, 10);
			c->y = c->m = c->d = 0;
			c->rc = when_parse_iso(published, 10, &c->y, &c->m, &c->d);
			c->days = c->rc == 0 ? when_days(c->y, c->m, c->d) : 0;
			c->set = 1;
		}
		s->py = c->y;
		s->pm = c->m;
		s->pd = c->d;
		if (c->rc == 0) {
			s->have_pub = 1;
			s->pdays = c->days;
		}
	}
	return 1;
}

static int when_delay_before(const struct when_scan *, size_t);

/* when_noun_at - 1 if the word "deadline", or "until" or "till" after "has",
 * "have", "had" or "given" or a verb of putting off (either case), starts at i. */
static inline int
when_noun_at(const struct when_scan *s, size_t i)
{
	static const char *const WORDS[] = {"deadline", "until", "till"};
	static const char *const HAS[] = {"has", "have", "had", "given", NULL};
	unsigned char l = when_lower(when_at(s, i));

	if ((l != 'd' && l != 'u' && l != 't') || (i > 0 && when_is_alnum(when_at(s, i - 1))))
		return 0;
	for (size_t k = 0; k < NELEM(WORDS); k++) {
		size_t n = strlen(WORDS[k]);

		if (when_stem(s->t, s->len, i, WORDS[k], 0) && !when_is_alnum(when_at(s, i + n)) &&
		    (k == 0 || when_word_before(s, i, HAS) || when_delay_before(s, i)))
			return 1;
	}
	return 0;
}

/* when_noun_may - 1 if when_noun_at says 1 somewhere in s: when_deadline_noun
 * may make a deadline there.  With SSE2 sixteen bytes at once: only the word
 * starts (when_alnum16) at a "d", "u" or "t" (either case: | 0x20) are tried,
 * the bytes when_noun_at does not reject at once; the rest one at a time. */
static int
when_noun_may(const struct when_scan *s)
{
	size_t i = 0;
#ifdef __SSE2__
	unsigned prev = 0;  /* the byte before the block is a letter or digit */

	for (; i + 16 <= s->len; i += 16) {
		unsigned st = when_starts16(s->t + i, &prev, 'd', 'u', 't');

		for (; st != 0; st &= st - 1)
			if (when_noun_at(s, i + (size_t)__builtin_ctz(st)))
				return 1;
	}
#endif
	for (; i < s->len; i++)
		if (when_noun_at(s, i))
			return 1;
	return 0;
}

int
when_may_deadline(const char *text, size_t len, const char *published)
{
	struct when_scan s;
	struct when_core c;
	enum when_kind kind;
	uint64_t set;

	/* No when_may_date pass: reading the cues costs no more. */
	if (!when_scan_start(&s, text, len, published, 0))
		return 0;
	/* A date before "deadline", an end after "has until" (when_deadline_noun):
	 * maybe, wherever such a word stands. */
	if (when_noun_may(&s))
		return 1;
	/* Every word when_find_all could start at, none skipped, and there only
	 * the deadline cues: a cue of another kind that when_find_all would read
	 * first at a word is skipped, so this says 1 wherever it finds a deadline,
	 * and maybe more often.  A word starts at a letter or digit after none;
	 * with SSE2 the starts of sixteen bytes are found at once (when_alnum16),
	 * the rest one byte at a time. */
	size_t i = 0;
#ifdef __SSE2__
	unsigned prev = 0;  /* the byte before the block is a letter or digit */

	for (; i + 16 <= len; i += 16) {
		unsigned a = when_alnum16(text + i), st = a & ~((a << 1) | prev);

		prev = (a >> 15) & 1;
		for (; st != 0; st &= st - 1) {
			size_t k = i + (size_t)__builtin_ctz(st);

			if ((set = when_cues_at(&s, k, when_idx.deadline)) != 0) {
				memset(&c, 0, sizeof(c));
				if (when_cue_at(&s, k, set, &c, &kind) && kind == WHEN_DEADLINE)
					return 1;
			}
		}
	}
#endif
	for (; i < len; i++) {
		if (!when_is_alnum((unsigned char)text[i]) ||
		    (i > 0 && when_is_alnum((unsigned char)text[i - 1])))
			continue;
		if ((set = when_cues_at(&s, i, when_idx.deadline)) != 0) {
			memset(&c, 0, sizeof(c));
			if (when_cue_at(&s, i, set, &c, &kind) && kind == WHEN_DEADLINE)
				return 1;
		}
	}
	return 0;
}

/*
 * when_span_from - a span right before the date it starts from ("for one year from
 * November 10", "for 90 days starting Aug. 12") counts from that date, not from
 * publication: m's date is read again from next's.
 */
static void
when_span_from(const struct when_scan *s, struct when_match *m, const struct when_match *next)
{
	static const char *const FROM[] = {"from", "starting", "beginning", "as of", "effective"};
	struct when_scan s2 = *s;
	struct when_core c;
	size_t p, end;
	int from = 0;

	if (m->kind != WHEN_EXPIRY || (end = when_phrase(s, m->offset, "for ")) == 0 ||
	    when_skip(s, m->offset + m->len) != next->offset)
		return;
	for (size_t i = 0; i < NELEM(FROM) && !from; i++)
		from = when_phrase(s, next->offset, FROM[i]) > 0;
	if (!from || when_parse_iso(next->date, 10, &s2.py, &s2.pm, &s2.pd) == -1)
		return;
	s2.have_pub = 1;
	s2.pdays = when_days(s2.py, s2.pm, s2.pd);
	p = when_skip(s, end);
	memset(&c, 0, sizeof(c));
	if (when_relative_at(&s2, p, 1, &c) && when_valid(c.y, c.m, c.d))
		when_format(when_days(c.y, c.m, c.d), m->date);
}

size_t
when_find_all(const char *text, size_t len, const char *published, struct when_match *out,
    size_t max)
{
	return when_find_all_anchored(text, len, published, NULL, out, max);
}

/*
 * when_find_at - the date at word i (after a cue or alone) into c and *kind;
 * a date "since" something began is read again, on or before publication.
 * 1 if one stands there, *since set as when_since says.
 */
static int
when_find_at(struct when_scan *s, size_t i, struct when_core *c, enum when_kind *kind, int *since)
{
	uint64_t set;
	int cue, retro;
	struct when_core first;
	enum when_kind firstkind;

	memset(c, 0, sizeof(*c));
	*since = 0;
	if ((cue = (set = when_cues_at(s, i, UINT64_MAX)) != 0 && when_cue_at(s, i, set, c, kind)) == 0) {
		if (!(when_core_may(s->t, s->len, i) || when_same_may(s, i)) || !when_core_at(s, i, 0, c))
			return 0;
		*kind = WHEN_DATE;
		/* "will lift its ban on June 1": after "on" and a modal, the one to
		 * come, as after a start cue (when_cue_at). */
		if (!s->past && !s->future && i >= 3 && when_phrase(s, i - 3, "on ") > 0 &&
		    (i == 3 || !when_is_alnum(when_at(s, i - 4))) && when_will_before(s, i)) {
			struct when_scan ahead = *s;

			ahead.future = 1;
			memset(c, 0, sizeof(*c));
			if (!when_core_at(&ahead, i, 0, c))
				return 0;
		}
	}
	if (!s->have_pub || (retro = when_since(s, i)) == 0)
		return 1;
	*since = 1;
	/* "will lower its tariffs to 15 percent, retroactive to Nov. 1" (on
	 * October 30): back from an act to come, not from publication, so the
	 * nearest ("would apply retroactively from 14 November", the day after:
	 * not the one to come). */
	if (retro == 2 && when_will_before(s, i)) {
		if (!cue)
			return 1;
		first = *c;
		memset(c, 0, sizeof(*c));
		s->near = 1;
		if (!when_cue_at(s, i, set, c, kind))
			*c = first;
		s->near = 0;
		return 1;
	}
	s->past = 1;
	first = *c;
	firstkind = *kind;
	memset(c, 0, sizeof(*c));
	/* A form read only as to come ("from July" after "would") keeps its
	 * first reading: c->end must move on. */
	if (!(cue ? when_cue_at(s, i, set, c, kind) : when_core_at(s, i, -1, c))) {
		*c = first;
		*kind = firstkind;
	}
	s->past = 0;
	return 1;
}

/*
 * when_delay_before - 1 if a verb of putting off ("delayed", "postponed",
 * "deferred", "put off") stands in the clause before pos, at most 120 bytes
 * back and no comma, semicolon or stop between: "delayed its cut in tariffs
 * on U.S. pork until Sept. 1" moves the act's date, it ends nothing.
 */
static int
when_delay_before(const struct when_scan *s, size_t pos)
{
	static const char *const STEMS[] = {"delay", "postpon", "defer", "put off", "puts off"};
	size_t lo = pos > 120 ? pos - 120 : 0;

	for (size_t p = pos; p-- > lo;) {
		unsigned char c = (unsigned char)s->t[p];

		if (c == ',' || c == ';' || c == '\n' || (c == '.' && p + 2 < pos && s->t[p + 1] == ' ' &&
		    s->t[p + 2] >= 'A' && s->t[p + 2] <= 'Z'))
			return 0;
		if (p > 0 && when_is_alnum(when_at(s, p - 1)))
			continue;
		for (size_t k = 0; k < NELEM(STEMS); k++)
			if (when_stem(s->t, s->len, p, STEMS[k], 0))
				return 1;
	}
	return 0;
}

/*
 * when_named - 1 if the bare date m stands as a modifier between a determiner
 * or a possessive and a noun: "suspended its Oct. 9 export controls", "lifted
 * the April 2 tariffs", "Beijing's March 4 retaliation": the day names the
 * measure (when it was announced or imposed); it tells no deadline.  A noun
 * that makes the day a date to meet ("the July 1 start", "a Jan. 1 target")
 * keeps it.
 */
static int
when_named(const struct when_scan *s, const struct when_match *m)
{
	static const char *const DETS[] = {
	    "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "a", "an", NULL};
	static const char *const KEEP[] = {
	    "start", "date", "target", "effective", "implementation", "launch", "rollout",
	    "cutoff", "cut-off", "expiry", "expiration", "entry", "goal", "timeline", "timetable"};
	size_t p = m->offset, e = m->offset + m->len, we;

	if (m->kind != WHEN_DATE || e + 2 >= s->len || when_at(s, e) != ' ' ||
	    !(when_is_alnum(when_at(s, e + 1)) && !when_is_digit(when_at(s, e + 1))))
		return 0;
	for (we = e + 1; we < s->len && (when_is_alnum(when_at(s, we)) || when_at(s, we) == '-'); we++)
		;
	for (size_t k = 0; k < NELEM(KEEP); k++)
		if (strlen(KEEP[k]) == we - e - 1 && when_phrase(s, e + 1, KEEP[k]) == we)
			return 0;
	if (when_word_before(s, p, DETS))
		return 1;
	/* A possessive: "Beijing's", "China’s" (a curly apostrophe is E2 80 99). */
	while (p > 0 && when_at(s, p - 1) == ' ')
		p--;
	return (p >= 2 && when_lower(when_at(s, p - 1)) == 's' && when_at(s, p - 2) == '\'') ||
	    (p >= 4 && when_lower(when_at(s, p - 1)) == 's' && when_at(s, p - 2) == 0x99 &&
	    when_at(s, p - 3) == 0x80 && when_at(s, p - 4) == 0xE2);
}

/*
 * when_imposed - 1 if the date m tells when a measure was imposed: a verb of
 * imposing in the past stands before it in its clause ("the special port fees
 * it had levied on U.S.-linked ships since October 14", "the duties China has
 * charged on American pork since June 1", "the 40% tariff it imposed on
 * Brazilian beef in August"): the measure's start, not a date of what is done
 * to it now.  The date is a bare one or follows "since", "from", "on", "in";
 * the look back (twelve words and 160 bytes at most) ends at a comma, a semicolon, a colon,
 * a bracket or a word that opens another clause ("the fees levied from
 * October 14 were suspended from the same day": the second date is the
 * suspension's).  Only a day not after publication.
 */
static int
when_imposed(const struct when_scan *s, const struct when_match *m)
{
	static const char *const CUE[] = {"since", "from", "on", "in", NULL};
	static const char *const VERB[] = {"imposed", "levied", "charged", "slapped", NULL};
	static const char *const STOP[] = {
	    "and", "but", "while", "which", "that", "who", "were", "was", "is", "are", "will",
	    "would", "has", "have", "had", "be", "been", NULL};
	size_t p = m->offset, lo;
	int words = 0, cue = 0, y, mo, d;

	/* A day to come was not imposed yet: "will remove the tariff it imposed
	 * on beef from January 1, 2027" dates the removal. */
	if (m->kind == WHEN_EXPIRY || m->reported || !s->have_pub ||
	    when_parse_iso(m->date, 10, &y, &mo, &d) != 0 ||
	    (y * 10000 + mo * 100 + d) > (s->py * 10000 + s->pm * 100 + s->pd))
		return 0;
	if (m->kind != WHEN_DATE) {
		size_t e = p;

		while (e < s->len && when_is_alnum(when_at(s, e)))
			e++;
		if (e == p || e - p > 5)
			return 0;
		for (const char *const *w = CUE; *w != NULL && !cue; w++)
			cue = strlen(*w) == e - p && when_phrase(s, p, *w) == e;
		if (!cue)
			return 0;
	}
	lo = p > 160 ? p - 160 : 0;
	while (p > lo && words < 12) {
		unsigned char c = when_at(s, p - 1);

		if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n')
			return 0;
		if (when_is_alnum(c) && (p < 2 || !when_is_alnum(when_at(s, p - 2)))) {
			words++;
			for (const char *const *w = VERB; *w != NULL; w++)
				if (when_phrase(s, p - 1, *w) > 0)
					return 1;
			for (const char *const *w = STOP; *w != NULL; w++)
				if (when_phrase(s, p - 1, *w) > 0)
					return 0;
		}
		p--;
	}
	return 0;
}

/*
 * when_deadline_noun - m read again as a deadline: a bare date before the
 * noun "deadline" ("ahead of a July 1 deadline", "missed the April 1
 * deadline"), or an end after "has/have/had/given until" ("Mexico has until
 * June 30 to cut") or a verb of putting off ("delayed the cut until Sept. 1").
 */
static void
when_deadline_noun(const struct when_scan *s, struct when_match *m)
{
	static const char *const HAS[] = {"has", "have", "had", "given", NULL};
	size_t p = when_skip(s, m->offset + m->len), e;

	if (m->kind == WHEN_DATE && (e = when_phrase(s, p, "deadline")) > 0 && !when_is_alnum(when_at(s, e)))
		m->kind = WHEN_DEADLINE;
	else if (m->kind == WHEN_EXPIRY && (when_phrase(s, m->offset, "until ") > 0 ||
	    when_phrase(s, m->offset, "till ") > 0) &&
	    (when_word_before(s, m->offset, HAS) || when_delay_before(s, m->offset)))
		m->kind = WHEN_DEADLINE;
}

/* when_clock_day - 1 if match k is an hour ("took effect at 12:01 a.m.") and a
 * bare date follows it within 32 bytes, no comma or semicolon between ("at
 * 12:01 a.m. Eastern time on Monday", "at 00:01 GMT on Nov. 10"): that day is
 * the hour's, which then takes it. */
static int
when_clock_day(const char *text, struct when_match *out, size_t n, size_t k)
{
	const char *end = text + out[k].offset + out[k].len;
	size_t gap;

	if (k + 1 >= n || out[k].len < 5 || end[-3] != ':' || !when_is_digit((unsigned char)end[-2]) ||
	    out[k + 1].kind != WHEN_DATE || out[k + 1].offset < out[k].offset + out[k].len)
		return 0;
	gap = out[k + 1].offset - (out[k].offset + out[k].len);
	if (gap > 32 || memchr(end, ',', gap) != NULL || memchr(end, ';', gap) != NULL)
		return 0;
	memcpy(out[k].date, out[k + 1].date, sizeof(out[k].date));
	return 1;
}

/* when_immediate_day - a match ending in "immediately" or "immediate effect"
 * (or "on publication", "from the date of the announcement"; or
 * an hour: "took effect at 12:01 a.m.") takes the day of the nearest bare date
 * before it, the day of the act ("lifted the ban on Monday, effective
 * immediately"; "said on Monday the cut took effect immediately"), else it stays
 * the publication date (or the date told before). */
static void
when_immediate_day(const char *text, struct when_match *out, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		const char *end = text + out[k].offset + out[k].len;
		size_t j = k;

		if (when_clock_day(text, out, n, k))
			continue;
		if (k == 0)
			continue;
		if (!(out[k].len >= 11 && strncasecmp(end - 11, "immediately", 11) == 0) &&
		    !(out[k].len >= 16 && strncasecmp(end - 16, "immediate effect", 16) == 0) &&
		    !(out[k].len >= 11 && strncasecmp(end - 11, "publication", 11) == 0) &&
		    !(out[k].len >= 12 && strncasecmp(end - 12, "announcement", 12) == 0) &&
		    !(out[k].len >= 5 && end[-3] == ':' && when_is_digit((unsigned char)end[-2])))
			continue;
		while (j-- > 0 && (out[j].kind != WHEN_DATE || out[j].named))
			;
		if (j < k)
			memcpy(out[k].date, out[j].date, sizeof(out[k].date));
	}
}

size_t
when_find_all_anchored(const char *text, size_t len, const char *published, const char *same,
    struct when_match *out, size_t max)
{
	struct when_scan s;
	struct when_core c;
	enum when_kind kind;
	size_t n = 0, i = 0;
	int since;

	if (out == NULL || !when_scan_start(&s, text, len, published, 0))
		return 0;
	if (same != NULL && strnlen(same, 11) == 10 &&
	    when_parse_iso(same, 10, &s.sy, &s.sm, &s.sd) == 0)
		s.have_same = 1;
	/* "that day" holds a period stem; "the same date" only its last word. */
	if (!when_may_date(text, len) && !(s.have_same && when_date_word(text, len)))
		return 0;
	while (i < len && n < max) {
		unsigned char ch = (unsigned char)text[i];

		if (when_is_alnum(ch) && (i == 0 || !when_is_alnum((unsigned char)text[i - 1]))) {
			if (when_find_at(&s, i, &c, &kind, &since)) {
				size_t before = n;

				when_emit(&c, kind, i, out, &n);
				if (n > before) {
					out[before].reported = kind == WHEN_DATE && when_reported(&s, i);
					out[before].since = since;
					if (!since)
						when_deadline_noun(&s, &out[before]);
					when_same_from(&s, &out[before]);
					out[before].named = when_named(&s, &out[before]) ||
					    when_imposed(&s, &out[before]);
				}
				/* Always forward: the scan ends on any input. */
				i = c.end > i ? c.end : i + 1;
				continue;
			}
			while (i < len && when_is_alnum((unsigned char)text[i]))
				i++;
			continue;
		}
		i++;
	}
	for (size_t k = 0; k + 1 < n; k++)
		when_span_from(&s, &out[k], &out[k + 1]);
	when_immediate_day(text, out, n);
	return n;
}
