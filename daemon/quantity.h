/*
 * quantity.h - amounts in news text: "12 million metric tons", "$200 billion",
 * "25 MMT annually", "from 20% to 10%", "103 Boeing aircraft".
 *
 * Pure functions, no I/O, no globals.
 */
#ifndef TW_QUANTITY_H
#define TW_QUANTITY_H

#include <stddef.h>

struct quantity {
	int present;     /* 0 = null */
	double amount;
	char unit[8];    /* "t", "bu", "percent", "units", or ISO 4217 ("USD", "EUR") */
	int per_year;    /* 1 = "per": "year", 0 = null */
};

enum quantity_role {
	QUANTITY_PLAIN,      /* an amount */
	QUANTITY_RATE_FROM,  /* the old rate in "from 20% to 10%" */
	QUANTITY_RATE_TO,    /* the new rate in "from 20% to 10%", "to zero", "cut to 10%" */
};

struct quantity_match {
	struct quantity q;
	enum quantity_role role;
	size_t offset, len;  /* where the expression stands in the text */
};

/*
 * quantity_find_all - every amount in text[0..len), in text order, at most
 * max of them, into out.  Returns how many were found.  Ranges give their
 * lower end; "over three years" gives per_year 0; "a year", "annually",
 * "per year" give per_year 1.  Roles: "from X to Y" (any unit) gives X as
 * RATE_FROM and Y as RATE_TO; a percentage right after "from" is RATE_FROM,
 * right after "to" RATE_TO ("cut to 10% from 20%", "to zero", but not "up to
 * 25%" or "subject to 50%"); everything else is PLAIN.  An amount needs a
 * unit: bare numbers, years, "Section 301" and "90 days" give nothing, except
 * a scaled target that leaves out the unit of an amount shortly before it in
 * its sentence ("bought 8 million tons, short of the 12 million it promised":
 * 12 million t).
 */
size_t quantity_find_all(const char *text, size_t len, struct quantity_match *out, size_t max);

/*
 * quantity_find_upto - quantity_find_all's first amounts, up to every one
 * that starts before stop (and maybe a few more): the same matches, in the
 * same order, as the first ones of quantity_find_all(text, len, ...).  The
 * text after stop is still read where an amount goes on (ranges, units, the
 * per-year look-ahead); the walk ends at the first word after stop.
 */
size_t quantity_find_upto(const char *text, size_t len, size_t stop, struct quantity_match *out,
    size_t max);

/*
 * Scanning helpers shared with when.c.  All take text[0..len) and a position,
 * never read at or past len, and treat bytes >= 0x80 as non-letters.
 */

/* quantity_space - bytes of the white space at pos (ASCII, or U+00A0,
 * U+2009, U+202F in UTF-8), 0 when pos holds none. */
size_t quantity_space(const char *text, size_t len, size_t pos);

/* quantity_skip_space - the first position at or after pos holding no space. */
size_t quantity_skip_space(const char *text, size_t len, size_t pos);

/*
 * quantity_phrase - the end of phrase (lower case ASCII) if it stands at pos:
 * letters match either case, a space in phrase matches one or more spaces,
 * an apostrophe matches ' or U+2019, and a phrase ending in a letter or digit
 * must end at a word boundary.  0 when it does not stand there.
 */
size_t quantity_phrase(const char *text, size_t len, size_t pos, const char *phrase);

/*
 * quantity_prev_word - the word (letters, digits, hyphens) that ends just
 * before the white space before pos: its start into *start and its end, or 0
 * when pos does not follow white space after a word.
 */
size_t quantity_prev_word(const char *text, size_t len, size_t pos, size_t *start);

/*
 * quantity_count_word - a number written as a word at pos ("one" ..
 * "twenty", "thirty" .. "ninety", "forty-five", "a dozen", "zero"): its value
 * into *value and its end, or 0 when none stands there.
 */
size_t quantity_count_word(const char *text, size_t len, size_t pos, long *value);

/*
 * QUANTITY_LOWER - the ASCII lower case of every byte (the C locale's
 * tolower), a constant table: the scanners here, in when.c and in the
 * extractor fold nearly every byte they compare, and a load costs less than
 * a test and a subtraction.
 */
extern const unsigned char QUANTITY_LOWER[256];

#endif
