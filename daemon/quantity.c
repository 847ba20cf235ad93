/*
 * quantity.c - amounts in news text.
 *
 * quantity_find_all walks the text once.  A candidate starts at a currency
 * prefix ("$", "US$", "C$", "EUR ", a UTF-8 sign such as U+20AC) or at a
 * number (digits with thousands commas and a decimal point, or a count word
 * such as "twelve" or "a dozen").  A scale ("million", "bn", "m") and a unit
 * ("metric tons", "MMT", "bushels", "%", "aircraft", "yen") may follow; a
 * candidate without a unit is no quantity, which is what keeps years,
 * "Section 301", "Nov. 10" and "90 days" out.  A range ("10-12 million tons",
 * "$10 billion to $15 billion") gives its lower end; "from 20% to 10%" gives
 * a RATE_FROM and a RATE_TO; after the unit a short look-ahead decides per
 * year ("a year", "annually") against a duration ("over three years").  "half a
 * million" is 500,000; "200 of Boeing's latest jets" counts the jets.
 *
 * Amounts are computed from the integer digits and a power of ten, so that
 * "1.13 million" is exactly 1130000, not 1129999.9999999998.
 *
 * Nothing here allocates, keeps state (but letter tables built once) or reads
 * at or past len: the text is any byte string, not necessarily NUL-terminated.
 */
#include "quantity.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

/* Longest number we take: more digits than this is not an amount in prose. */
#define QTY_MAX_DIGITS 15
/* Words the per-year look-ahead reads past the unit before it gives up. */
#define QTY_LOOKAHEAD_WORDS 10

struct qty_scan {
	const char *t;
	size_t len;
};

/* One parsed "[prefix] number [scale] [unit]". */
struct qty_simple {
	size_t start, end;       /* bytes of the whole */
	size_t num_end;          /* end of the number (and scale) */
	double amount;
	unsigned long long mant; /* digits without the point */
	int frac;                /* digits after the point */
	int exp, uexp;           /* powers of ten of the scale and of the unit ("MMT") */
	int has_scale;
	int plain_int;           /* digits only, no comma, point, scale or prefix */
	int counted;             /* written as a word */
	char unit[8];            /* "" when none */
	int unit_noun;           /* aircraft, vessels: count of things */
};

static const struct {
	const char *word;
	int exp;
	int attached_only;  /* one letter: only right after the digits ("12m") */
} QTY_SCALES[] = {
	{"thousand", 3, 0}, {"million", 6, 0}, {"mln", 6, 0}, {"mn", 6, 0},
	{"billion", 9, 0}, {"bln", 9, 0}, {"bn", 9, 0}, {"trillion", 12, 0},
	{"trln", 12, 0}, {"trn", 12, 0}, {"tn", 12, 0}, {"crore", 7, 0}, {"lakh", 5, 0},
	{"m", 6, 1}, {"b", 9, 1}, {"k", 3, 1},
};

/* Units after the number.  exp scales a unit that carries its own million. */
static const struct {
	const char *phrase;
	const char *unit;
	int exp;
	int noun;
} QTY_UNITS[] = {
	{"metric tons", "t", 0, 0}, {"metric tonnes", "t", 0, 0}, {"metric ton", "t", 0, 0},
	{"metric tonne", "t", 0, 0}, {"short tons", "t", 0, 0}, {"long tons", "t", 0, 0},
	{"tonnes", "t", 0, 0}, {"tonne", "t", 0, 0}, {"tons", "t", 0, 0}, {"ton", "t", 0, 0},
	{"mmt", "t", 6, 0}, {"mt", "t", 0, 0}, {"t", "t", 0, 0},
	{"bushels", "bu", 0, 0}, {"bushel", "bu", 0, 0}, {"bu", "bu", 0, 0},
	{"%", "percent", 0, 0}, {"percent", "percent", 0, 0}, {"per cent", "percent", 0, 0},
	{"per-cent", "percent", 0, 0},
	{"pct", "percent", 0, 0}, {"pc", "percent", 0, 0},
	{"us dollars", "USD", 0, 0}, {"u.s. dollars", "USD", 0, 0},
	{"canadian dollars", "CAD", 0, 0}, {"australian dollars", "AUD", 0, 0},
	{"hong kong dollars", "HKD", 0, 0}, {"dollars", "USD", 0, 0},
	{"euros", "EUR", 0, 0}, {"euro", "EUR", 0, 0}, {"yen", "JPY", 0, 0},
	{"won", "KRW", 0, 0}, {"yuan", "CNY", 0, 0}, {"renminbi", "CNY", 0, 0},
	{"reais", "BRL", 0, 0}, {"rupees", "INR", 0, 0}, {"mexican pesos", "MXN", 0, 0},
	{"ringgit", "MYR", 0, 0}, {"baht", "THB", 0, 0}, {"rupiah", "IDR", 0, 0},
	{"dirhams", "AED", 0, 0}, {"riyals", "SAR", 0, 0},
	{"pesos", "MXN", 0, 0}, {"swiss francs", "CHF", 0, 0}, {"francs", "CHF", 0, 0},
	{"pounds sterling", "GBP", 0, 0}, {"sterling", "GBP", 0, 0}, {"pounds", "GBP", 0, 0},
	{"aircraft", "units", 0, 1}, {"airplanes", "units", 0, 1}, {"airplane", "units", 0, 1},
	{"aeroplanes", "units", 0, 1}, {"planes", "units", 0, 1}, {"plane", "units", 0, 1},
	{"jetliners", "units", 0, 1}, {"jetliner", "units", 0, 1}, {"airliners", "units", 0, 1},
	{"jets", "units", 0, 1}, {"jet", "units", 0, 1}, {"helicopters", "units", 0, 1},
	{"widebodies", "units", 0, 1}, {"wide-bodies", "units", 0, 1}, {"narrowbodies", "units", 0, 1},
	{"narrow-bodies", "units", 0, 1},
	{"vessels", "units", 0, 1}, {"vessel", "units", 0, 1}, {"ships", "units", 0, 1},
	{"ship", "units", 0, 1}, {"tankers", "units", 0, 1}, {"carriers", "units", 0, 1},
	{"freighters", "units", 0, 1}, {"vehicles", "units", 0, 1}, {"cars", "units", 0, 1},
	{"trucks", "units", 0, 1}, {"locomotives", "units", 0, 1}, {"units", "units", 0, 1},
	{"chips", "units", 0, 1}, {"processors", "units", 0, 1}, {"gpus", "units", 0, 1},
	{"accelerators", "units", 0, 1},
};

/* ISO codes written in capitals after or before the number ("EUR 600 bn"). */
static const struct {
	const char *code;
	const char *unit;
} QTY_CODES[] = {
	{"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"JPY", "JPY"}, {"CNY", "CNY"},
	{"RMB", "CNY"}, {"CAD", "CAD"}, {"AUD", "AUD"}, {"CHF", "CHF"}, {"INR", "INR"},
	{"KRW", "KRW"}, {"BRL", "BRL"}, {"MXN", "MXN"}, {"HKD", "HKD"}, {"SGD", "SGD"},
	{"TWD", "TWD"}, {"VND", "VND"}, {"Rs.", "INR"}, {"Rs", "INR"}, {"MYR", "MYR"},
	{"RM", "MYR"}, {"THB", "THB"}, {"IDR", "IDR"}, {"AED", "AED"}, {"SAR", "SAR"},
	{"QAR", "QAR"}, {"NZD", "NZD"}, {"ZAR", "ZAR"}, {"EGP", "EGP"},
};

/* Letters before "$" ("US$", "C$"), longest first. */
static const struct {
	const char *letters;
	const char *unit;
} QTY_DOLLARS[] = {
	{"US", "USD"}, {"CA", "CAD"}, {"AU", "AUD"}, {"NZ", "NZD"}, {"HK", "HKD"},
	{"NT", "TWD"}, {"MX", "MXN"}, {"C", "CAD"}, {"A", "AUD"}, {"S", "SGD"},
	{"R", "BRL"},
};

/* Currency signs in UTF-8. */
static const struct {
	const char *sign;
	const char *unit;
} QTY_SIGNS[] = {
	{"\xe2\x82\xac", "EUR"}, {"\xc2\xa3", "GBP"}, {"\xc2\xa5", "JPY"},
	{"\xe2\x82\xb9", "INR"}, {"\xe2\x82\xa9", "KRW"}, {"\xef\xbf\xa5", "JPY"},
};

/* Words that modify a counted noun: "103 new Boeing 737 MAX jets", "49,000
 * Chinese-made electric vehicles". */
static const char *const QTY_NOUN_MODIFIERS[] = {
	"new", "more", "additional", "extra", "wide-body", "widebody", "narrow-body",
	"narrowbody", "commercial", "passenger", "cargo", "large", "jumbo", "used",
	"advanced", "high-end", "cutting-edge", "ai", "most", "latest", "newest",
	"electric", "hybrid", "plug-in", "new-energy", "battery-powered",
};

/* Words of approximation a rate may follow after "from" or "to" ("from about 84%
 * to roughly 15%"). */
static const char *const QTY_HEDGES[] = {
	"about", "around", "roughly", "approximately", "nearly", "almost", "some",
};

/* Words before "to" after which "to 10%" is no new rate ("up to 10%"). */
static const char *const QTY_TO_STOPS[] = {
	"up", "close", "equal", "equivalent", "compared", "amounting", "amount",
	"amounts", "due", "according", "relative", "similar", "contribute",
	"contributes", "contributed", "add", "adds", "added", "next", "nearly",
	"subject", "exposed", "linked", "related", "owned", "attributable",
};

static const struct {
	const char *word;
	long value;
} QTY_COUNT_WORDS[] = {
	{"a dozen", 12}, {"dozen", 12}, {"zero", 0}, {"nil", 0}, {"one", 1}, {"two", 2},
	{"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
	{"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
	{"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
	{"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},
	{"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
	{"ninety", 90}, {"hundred", 100},
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* QTY_CLASS - the class of every byte (QTY_ALPHA, QTY_DIGIT) and QTY_LOWER its
 * ASCII lower case: the scan tests and folds nearly every byte it reads, and
 * a load costs less than the range tests. */
#define QTY_ALPHA 1
#define QTY_DIGIT 2
#define QTY_R8(c, v) [c] = v, [c + 1] = v, [c + 2] = v, [c + 3] = v, [c + 4] = v, [c + 5] = v, \
	[c + 6] = v, [c + 7] = v
static const unsigned char QTY_CLASS[256] = {
	QTY_R8('0', QTY_DIGIT), ['8'] = QTY_DIGIT, ['9'] = QTY_DIGIT,
	QTY_R8('A', QTY_ALPHA), QTY_R8('I', QTY_ALPHA), QTY_R8('Q', QTY_ALPHA),
	['Y'] = QTY_ALPHA, ['Z'] = QTY_ALPHA,
	QTY_R8('a', QTY_ALPHA), QTY_R8('i', QTY_ALPHA), QTY_R8('q', QTY_ALPHA),
	['y'] = QTY_ALPHA, ['z'] = QTY_ALPHA,
};

static int
qty_is_alpha(unsigned char c)
{
	return QTY_CLASS[c] == QTY_ALPHA;
}

static int
qty_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
qty_is_alnum(unsigned char c)
{
	return QTY_CLASS[c] != 0;
}

/* QUANTITY_LOWER - see quantity.h. */
#define QTY_L4(c) (c), (c) + 1, (c) + 2, (c) + 3
#define QTY_L16(c) QTY_L4(c), QTY_L4((c) + 4), QTY_L4((c) + 8), QTY_L4((c) + 12)
const unsigned char QUANTITY_LOWER[256] = {
	QTY_L16(0x00), QTY_L16(0x10), QTY_L16(0x20), QTY_L16(0x30),
	0x40, QTY_L16(0x61), QTY_L4(0x71), QTY_L4(0x75), 0x79, 0x7a,
	0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
	QTY_L16(0x60), QTY_L16(0x70), QTY_L16(0x80), QTY_L16(0x90), QTY_L16(0xa0),
	QTY_L16(0xb0), QTY_L16(0xc0), QTY_L16(0xd0), QTY_L16(0xe0), QTY_L16(0xf0),
};

static unsigned char
qty_lower(unsigned char c)
{
	return QUANTITY_LOWER[c];
}

/* qty_at - the byte at pos, or 0 past the end. */
static unsigned char
qty_at(const struct qty_scan *s, size_t pos)
{
	return pos < s->len ? (unsigned char)s->t[pos] : 0;
}

/* qty_bytes - 1 if the bytes of lit stand at pos. */
static inline int
qty_bytes(const struct qty_scan *s, size_t pos, const char *lit)
{
	size_t n;

	/* Nearly every call fails on the first byte: test it before strlen. */
	if (pos >= s->len || s->t[pos] != lit[0])
		return 0;
	n = strlen(lit);
	return s->len - pos >= n && memcmp(s->t + pos, lit, n) == 0;
}

/*
 * qty_phrase - quantity_phrase on s, with the first byte compared here: most
 * calls fail on it, and the scan makes dozens of them per word.
 */
static inline size_t
qty_phrase(const struct qty_scan *s, size_t pos, const char *phrase)
{
	if (pos >= s->len || qty_lower((unsigned char)s->t[pos]) != (unsigned char)phrase[0] ||
	    (phrase[1] >= 'a' && phrase[1] <= 'z' &&
	    qty_lower(qty_at(s, pos + 1)) != (unsigned char)phrase[1]))
		return 0;
	return quantity_phrase(s->t, s->len, pos, phrase);
}

size_t
quantity_space(const char *text, size_t len, size_t pos)
{
	unsigned char c;

	if (text == NULL || pos >= len)
		return 0;
	c = (unsigned char)text[pos];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
		return 1;
	if (c == 0xc2 && len - pos >= 2 && (unsigned char)text[pos + 1] == 0xa0)
		return 2;
	if (c == 0xe2 && len - pos >= 3 && (unsigned char)text[pos + 1] == 0x80 &&
	    ((unsigned char)text[pos + 2] == 0x89 || (unsigned char)text[pos + 2] == 0xaf))
		return 3;
	return 0;
}

size_t
quantity_skip_space(const char *text, size_t len, size_t pos)
{
	size_t n;

	while ((n = quantity_space(text, len, pos)) > 0)
		pos += n;
	return pos;
}

size_t
quantity_phrase(const char *text, size_t len, size_t pos, const char *phrase)
{
	const unsigned char *p = (const unsigned char *)phrase;
	unsigned char last = 0;

	if (text == NULL || pos >= len || *p == '\0')
		return 0;
	while (*p != '\0') {
		if (*p == ' ') {
			size_t next = quantity_skip_space(text, len, pos);

			if (next == pos)
				return 0;
			pos = next;
		} else if (*p == '\'') {
			if (pos < len && text[pos] == '\'')
				pos++;
			else if (len - pos >= 3 && memcmp(text + pos, "\xe2\x80\x99", 3) == 0)
				pos += 3;
			else
				return 0;
		} else {
			if (pos >= len || qty_lower((unsigned char)text[pos]) != *p)
				return 0;
			pos++;
		}
		last = *p++;
	}
	if (qty_is_alnum(last) && pos < len && qty_is_alnum((unsigned char)text[pos]))
		return 0;
	return pos;
}

/* The tables of the scan, built once (qty_index): qty_initials, by first letter
 * the count words (bit k for QTY_COUNT_WORDS[k]), by first byte (folded)
 * whether a per-year phrase, a stop word or a list frame word of qty_per_year
 * starts with it (and a currency sign, QTY_FIRST_SIGN), and which
 * scales, units and currency codes do. */
_Static_assert(NELEM(QTY_COUNT_WORDS) <= 32, "more count words than mask bits");
#define QTY_FIRST_PER 1
#define QTY_FIRST_STOP 2
#define QTY_FIRST_FRAME 4
#define QTY_FIRST_SIGN 8
_Static_assert(NELEM(QTY_UNITS) <= 128, "more units than mask bits");
_Static_assert(NELEM(QTY_CODES) <= 32, "more currency codes than mask bits");
_Static_assert(NELEM(QTY_SCALES) <= 32, "more scales than mask bits");
static struct {
	uint64_t initials;
	uint32_t bywords[26];
	uint32_t bylen[26];      /* by first letter: bit n for a count word of n bytes */
	unsigned char first[256];
	uint64_t units[256][2];  /* by first byte (folded): bit k for QTY_UNITS[k] */
	uint32_t codes[256];     /* by first byte: bit k for QTY_CODES[k] */
	uint32_t scales[256];    /* by first byte (folded): bit k for QTY_SCALES[k] */
} qty_idx;
static pthread_once_t qty_idx_once = PTHREAD_ONCE_INIT;

static void qty_index(void);

size_t
quantity_count_word(const char *text, size_t len, size_t pos, long *value)
{
	size_t end, end2;
	unsigned char c, c2;

	if (text == NULL || pos >= len || (pos > 0 && qty_is_alnum((unsigned char)text[pos - 1])) ||
	    pthread_once(&qty_idx_once, qty_index) != 0)
		return 0;
	c = qty_lower((unsigned char)text[pos]);
	c2 = pos + 1 < len ? qty_lower((unsigned char)text[pos + 1]) : 0;
	if (c < 'a' || c > 'z')
		return 0;
	/* Only the words with this first letter, in table order; a plain second
	 * letter is compared here ("the" parts from "three" at its third). */
	for (uint32_t set = qty_idx.bywords[c - 'a']; set != 0; set &= set - 1) {
		size_t i = (size_t)__builtin_ctz(set);

		if ((QTY_COUNT_WORDS[i].word[1] != ' ' && QTY_COUNT_WORDS[i].word[1] != c2) ||
		    (end = quantity_phrase(text, len, pos, QTY_COUNT_WORDS[i].word)) == 0)
			continue;
		*value = QTY_COUNT_WORDS[i].value;
		/* "forty-five": tens, a hyphen, units. */
		if (*value >= 20 && *value <= 90 && end < len && text[end] == '-') {
			long unit;

			if ((end2 = quantity_count_word(text, len, end + 1, &unit)) > 0 &&
			    unit >= 1 && unit <= 9) {
				*value += unit;
				end = end2;
			}
		}
		return end;
	}
	return 0;
}

/* qty_word_start - 1 if pos begins a word (or a sign) after a non-letter. */
static int
qty_word_start(const struct qty_scan *s, size_t pos)
{
	return pos == 0 || !qty_is_alnum(qty_at(s, pos - 1));
}

size_t
quantity_prev_word(const char *text, size_t len, size_t pos, size_t *start)
{
	size_t e = pos < len ? pos : len, we;

	if (text == NULL)
		return 0;
	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n'))
		e--;
	if (e == pos || e == 0 || !qty_is_alnum((unsigned char)text[e - 1]))
		return 0;
	we = e;
	while (e > 0 && (qty_is_alnum((unsigned char)text[e - 1]) || text[e - 1] == '-'))
		e--;
	*start = e;
	return we;
}

/* qty_prev_word - the word ending just before pos (spaces skipped): bounds into *ws, *we; 0 if none. */
static int
qty_prev_word(const struct qty_scan *s, size_t pos, size_t *ws, size_t *we)
{
	return (*we = quantity_prev_word(s->t, s->len, pos, ws)) > 0;
}

/* qty_word_is - 1 if text[ws..we) is word, ignoring case. */
static int
qty_word_is(const struct qty_scan *s, size_t ws, size_t we, const char *word)
{
	return ws < we && qty_lower(qty_at(s, ws)) == (unsigned char)word[0] &&
	    quantity_phrase(s->t, we, ws, word) == we;
}

/* qty_prefix - a currency sign or code at pos: its unit into unit, the position after it; 0 if none. */
static size_t
qty_prefix(const struct qty_scan *s, size_t pos, const char **unit)
{
	unsigned char c = qty_at(s, pos);
	size_t end;

	if (c == '$') {
		*unit = "USD";
		return pos + 1;
	}
	if (c >= 0x80) {
		for (size_t i = 0; i < NELEM(QTY_SIGNS); i++)
			if (qty_bytes(s, pos, QTY_SIGNS[i].sign)) {
				*unit = QTY_SIGNS[i].unit;
				return pos + strlen(QTY_SIGNS[i].sign);
			}
		return 0;
	}
	if (!(c >= 'A' && c <= 'Z') || !qty_word_start(s, pos))
		return 0;
	/* "US$", "C$": a '$' one or two bytes on; "EUR", "Rs": a capital or 's' next. */
	c = qty_at(s, pos + 1);
	if (c != '$' && qty_at(s, pos + 2) != '$' && !(c >= 'A' && c <= 'Z') && c != 's')
		return 0;
	for (size_t i = 0; i < NELEM(QTY_DOLLARS); i++) {
		size_t n;

		if (!qty_bytes(s, pos, QTY_DOLLARS[i].letters))
			continue;
		n = strlen(QTY_DOLLARS[i].letters);
		if (qty_at(s, pos + n) == '$') {
			*unit = QTY_DOLLARS[i].unit;
			return pos + n + 1;
		}
	}
	for (size_t i = 0; i < NELEM(QTY_CODES); i++) {
		if (!qty_bytes(s, pos, QTY_CODES[i].code))
			continue;
		end = pos + strlen(QTY_CODES[i].code);
		if (qty_is_alpha(qty_at(s, end)))
			continue;
		/* A code stands apart from its number: "EUR 600", "Rs. 500". */
		if (quantity_space(s->t, s->len, end) == 0 && !qty_is_digit(qty_at(s, end)))
			continue;
		*unit = QTY_CODES[i].unit;
		return end;
	}
	return 0;
}

/* qty_pow10 - 10^e for 0 <= e <= 22, exact in a double. */
static double
qty_pow10(int e)
{
	double r = 1;

	while (e-- > 0)
		r *= 10;
	return r;
}

/* qty_scale - amount of mantissa mant with frac decimals times 10^exp, rounded once. */
static double
qty_scale(unsigned long long mant, int frac, int exp)
{
	if (exp >= frac)
		return (double)mant * qty_pow10(exp - frac);
	return (double)mant / qty_pow10(frac - exp);
}

/* qty_space_group - the bytes of a space that parts thousands ("300 000 tonnes",
 * "1 250 000", also with a no-break or thin space) at pos: one space, then three
 * digits that no digit, hyphen or decimal point goes on from ("15 200-tonne
 * cargoes" are fifteen of them); 0 when none stands there. */
static size_t
qty_space_group(const struct qty_scan *s, size_t pos)
{
	size_t n = quantity_space(s->t, s->len, pos), p = pos + n;

	if (n == 0 || qty_at(s, pos) == '\n' || !qty_is_digit(qty_at(s, p)) ||
	    !qty_is_digit(qty_at(s, p + 1)) || !qty_is_digit(qty_at(s, p + 2)) ||
	    qty_is_alnum(qty_at(s, p + 3)) || qty_at(s, p + 3) == '-' ||
	    ((qty_at(s, p + 3) == '.' || qty_at(s, p + 3) == ',') && qty_is_digit(qty_at(s, p + 4))))
		return 0;
	/* "an order for 200 737 MAX jets", "50 787 Dreamliners": a jetliner model
	 * number (7x7) with its capitalised name after it is no thousands group. */
	if (qty_at(s, p) == '7' && qty_at(s, p + 2) == '7' && qty_at(s, p + 3) == ' ' &&
	    qty_at(s, p + 4) >= 'A' && qty_at(s, p + 4) <= 'Z')
		return 0;
	return n;
}

/*
 * qty_number - digits at pos ("1,130,000", "1.13", "12"): mantissa, decimals and
 * end; 0 if none or too long.  Thousands groups must be three digits.
 */
static size_t
qty_number(const struct qty_scan *s, size_t pos, unsigned long long *mant, int *frac, int *plain)
{
	size_t p = pos;
	int digits = 0;

	*mant = 0;
	*frac = 0;
	*plain = 1;
	if (!qty_is_digit(qty_at(s, p)))
		return 0;
	while (qty_is_digit(qty_at(s, p))) {
		if (++digits > QTY_MAX_DIGITS)
			return 0;
		*mant = *mant * 10 + (unsigned)(qty_at(s, p) - '0');
		p++;
		if (qty_at(s, p) == ',' && qty_is_digit(qty_at(s, p + 1)) &&
		    qty_is_digit(qty_at(s, p + 2)) && qty_is_digit(qty_at(s, p + 3)) &&
		    !qty_is_digit(qty_at(s, p + 4))) {
			*plain = 0;
			p++;
		} else if ((*plain == 0 || digits <= 3) && qty_space_group(s, p) > 0) {
			*plain = 0;
			p += qty_space_group(s, p);
		}
	}
	if (qty_at(s, p) == '.' && qty_is_digit(qty_at(s, p + 1))) {
		*plain = 0;
		p++;
		while (qty_is_digit(qty_at(s, p))) {
			if (++digits > QTY_MAX_DIGITS)
				return 0;
			*mant = *mant * 10 + (unsigned)(qty_at(s, p) - '0');
			(*frac)++;
			p++;
		}
	}
	return p;
}

/* qty_scale_word - a scale at pos (attached says it follows the digits directly): exponent and end. */
static size_t
qty_scale_word(const struct qty_scan *s, size_t pos, int attached, int *exp)
{
	size_t p = attached ? pos : quantity_skip_space(s->t, s->len, pos);
	size_t end;

	/* Only the scales with this first byte, in table order. */
	for (uint32_t set = qty_idx.scales[qty_lower(qty_at(s, p))]; set != 0; set &= set - 1) {
		size_t i = (size_t)__builtin_ctz(set);

		if (QTY_SCALES[i].attached_only && p != pos)
			continue;
		if ((end = quantity_phrase(s->t, s->len, p, QTY_SCALES[i].word)) > 0) {
			*exp = QTY_SCALES[i].exp;
			return end;
		}
	}
	return 0;
}

/* qty_unit - a unit at pos (after spaces or a hyphen): fills q, returns its end or 0. */
static size_t
qty_unit(const struct qty_scan *s, size_t pos, struct qty_simple *q, int *exp)
{
	size_t p = pos, end;

	if (qty_at(s, p) == '-' && qty_is_alpha(qty_at(s, p + 1)))
		p++;
	else
		p = quantity_skip_space(s->t, s->len, p);
	*exp = 0;
	/*
	 * "Mt" is a megatonne, and so is "mt" glued to a small number ("12mt",
	 * commodity desks' shorthand); "13,000 MT" and "12 million mt" are
	 * metric tons.
	 */
	if ((qty_bytes(s, p, "Mt") || (p == pos && !q->has_scale && q->mant < 1000 * qty_pow10(q->frac) &&
	    (qty_bytes(s, p, "mt") || qty_bytes(s, p, "MT")))) && !qty_is_alnum(qty_at(s, p + 2))) {
		strcpy(q->unit, "t");
		*exp = 6;
		return p + 2;
	}
	/* Only the codes and units with this first byte, in table order. */
	if (qty_is_alpha(qty_at(s, p)) || qty_at(s, p) == '%') {
		const uint64_t *units = qty_idx.units[qty_lower(qty_at(s, p))];

		for (uint32_t set = qty_idx.codes[qty_at(s, p)]; set != 0; set &= set - 1) {
			size_t i = (size_t)__builtin_ctz(set);

			if (qty_bytes(s, p, QTY_CODES[i].code) && strlen(QTY_CODES[i].code) == 3 &&
			    !qty_is_alnum(qty_at(s, p + 3))) {
				strcpy(q->unit, QTY_CODES[i].unit);
				return p + 3;
			}
		}
		for (size_t w = 0; w < 2; w++)
			for (uint64_t set = units[w]; set != 0; set &= set - 1) {
				size_t i = w * 64 + (size_t)__builtin_ctzll(set);

				if ((end = quantity_phrase(s->t, s->len, p, QTY_UNITS[i].phrase)) == 0)
					continue;
				strcpy(q->unit, QTY_UNITS[i].unit);
				q->unit_noun = QTY_UNITS[i].noun;
				*exp = QTY_UNITS[i].exp;
				return end;
			}
	}
	return 0;
}

/* qty_of_owner - the end of "of" and a capitalised owner at pos ("18,000 of Nvidia's
 * most advanced chips"), 0 when none stands there. */
static size_t
qty_of_owner(const struct qty_scan *s, size_t pos)
{
	size_t p = quantity_skip_space(s->t, s->len, pos), e;

	if (p == pos || (e = qty_phrase(s, p, "of")) == 0)
		return 0;
	p = quantity_skip_space(s->t, s->len, e);
	if (p == e || !(qty_at(s, p) >= 'A' && qty_at(s, p) <= 'Z'))
		return 0;
	while (qty_is_alnum(qty_at(s, p)) || (qty_at(s, p) == '-' && qty_is_alnum(qty_at(s, p + 1))))
		p++;
	if (qty_bytes(s, p, "'s") && !qty_is_alnum(qty_at(s, p + 2)))
		return p + 2;
	if (qty_bytes(s, p, "\xe2\x80\x99s") && !qty_is_alnum(qty_at(s, p + 4)))
		return p + 4;
	return 0;
}

/* qty_model_plural - 1 if [w,we) is a plural model number: letters, then at
 * least two digits, then at most a few letters and the plural "s" ("787s",
 * "A350s", "777Xs", "A321neos"; not "1990s", which has four digits and no letter). */
static int
qty_model_plural(const struct qty_scan *s, size_t w, size_t we)
{
	size_t k = w, d;

	while (k < we && qty_is_alpha(qty_at(s, k)))
		k++;
	for (d = k; k < we && qty_is_digit(qty_at(s, k)); k++)
		;
	if (k - d < 2 || k - d > 3)
		return 0;
	for (d = k; k < we - 1 && qty_is_alpha(qty_at(s, k)); k++)
		;
	return k == we - 1 && k - d <= 3;
}

/* qty_model_next - 1 if the word after pos holds a digit after at most two
 * letters ("787", "777X", "A350"): a model number. */
static int
qty_model_next(const struct qty_scan *s, size_t pos)
{
	size_t p = quantity_skip_space(s->t, s->len, pos), k = p;

	while (k < p + 2 && qty_is_alpha(qty_at(s, k)))
		k++;
	return p > pos && qty_is_digit(qty_at(s, k));
}

/* qty_noun_unit - a counted noun after one to three modifiers ("Boeing 737 MAX jets"),
 * perhaps after "of" and an owner ("200 of Boeing's latest jets"). */
static size_t
qty_noun_unit(const struct qty_scan *s, size_t pos, struct qty_simple *q)
{
	size_t p = pos, w, we, end;
	int exp, modifier, owner = 0;

	if ((end = qty_of_owner(s, pos)) > 0) {
		p = end;
		owner = 1;
	}
	for (int skipped = owner;; skipped++) {
		if ((end = qty_unit(s, p, q, &exp)) > 0) {
			if (q->unit_noun && skipped > 0)
				return end;
			break;
		}
		if (skipped == 3 + owner)
			break;
		w = quantity_skip_space(s->t, s->len, p);
		if (w == p)
			break;
		we = w;
		while (qty_is_alnum(qty_at(s, we)) || (qty_at(s, we) == '-' &&
		    qty_is_alnum(qty_at(s, we + 1))))
			we++;
		if (we == w)
			break;
		/* "ten Boeing 787s", "30 Airbus A350s": a maker's plural model
		 * number is the counted noun. */
		if (skipped > 0 && we - w >= 3 && qty_at(s, we - 1) == 's' &&
		    qty_model_plural(s, w, we)) {
			strcpy(q->unit, "units");
			q->unit_noun = 1;
			return we;
		}
		modifier = qty_at(s, w) >= 'A' && qty_at(s, w) <= 'Z';
		/* "200 Boeing Co. jets", "50 Airbus SE planes": a firm's suffix
		 * with its dot is part of the maker's name. */
		if (modifier && qty_at(s, we) == '.' && skipped > 0 && (qty_word_is(s, w, we, "co") ||
		    qty_word_is(s, w, we, "inc") || qty_word_is(s, w, we, "corp")))
			we++;
		/* "50 Boeing 777X and 787 jets": a list of models, counted as one
		 * modifier. */
		if (!modifier && skipped > 0 && (qty_word_is(s, w, we, "and") || qty_word_is(s, w, we, "or")) &&
		    qty_model_next(s, we)) {
			skipped--;
			modifier = 1;
		}
		for (size_t i = 0; !modifier && i < NELEM(QTY_NOUN_MODIFIERS); i++)
			modifier = qty_word_is(s, w, we, QTY_NOUN_MODIFIERS[i]);
		for (size_t i = w; !modifier && i < we; i++)
			modifier = qty_is_digit(qty_at(s, i));
		if (!modifier)
			break;
		p = we;
	}
	q->unit[0] = '\0';
	q->unit_noun = 0;
	return 0;
}

/* qty_simple_at - "[prefix] number [scale] [unit]" at pos into q; 1 if a number stands there. */
static int
qty_simple_at(const struct qty_scan *s, size_t pos, struct qty_simple *q)
{
	const char *prefix = NULL;
	size_t p, end, ws, we;
	int plain = 0, glued, e;
	long count;

	memset(q, 0, sizeof(*q));
	q->start = pos;
	p = pos;
	if ((end = qty_prefix(s, p, &prefix)) > 0) {
		p = quantity_skip_space(s->t, s->len, end);
		if (!qty_is_digit(qty_at(s, p)))
			return 0;
	}
	if (qty_is_digit(qty_at(s, p))) {
		/* Not the tail of "A320", "1.5" or "1,130". */
		if (p > 0 && prefix == NULL && (qty_is_alnum(qty_at(s, p - 1)) ||
		    ((qty_at(s, p - 1) == '.' || qty_at(s, p - 1) == ',') && p > 1 &&
		    qty_is_digit(qty_at(s, p - 2)))))
			return 0;
		if ((end = qty_number(s, p, &q->mant, &q->frac, &plain)) == 0)
			return 0;
		/* "3.5.1" and "1.2.3.4" are versions or addresses. */
		if (qty_at(s, end) == '.' && qty_is_digit(qty_at(s, end + 1)))
			return 0;
	} else if ((end = quantity_count_word(s->t, s->len, p, &count)) > 0) {
		q->mant = (unsigned long long)count;
		q->counted = 1;
	} else if ((end = qty_phrase(s, p, "a")) > 0 &&
	    qty_scale_word(s, end, 0, &e) > 0) {
		q->mant = 1;    /* "a million tons" */
		q->counted = 1;
		/* "half a million tons" */
		if (qty_prev_word(s, p, &ws, &we) && qty_word_is(s, ws, we, "half")) {
			q->mant = 5;
			q->frac = 1;
			q->start = ws;
		}
	} else {
		return 0;
	}
	p = end;
	glued = qty_is_alpha(qty_at(s, p));
	if ((end = qty_scale_word(s, p, 1, &q->exp)) > 0 ||
	    (end = qty_scale_word(s, p, 0, &q->exp)) > 0 ||
	    (qty_at(s, p) == '-' && (end = qty_scale_word(s, p + 1, 1, &q->exp)) > 0 &&
	    end - p > 2)) {     /* "a 12-million-ton target", not "12-m" */
		q->has_scale = 1;
		glued = 0;
		p = end;
	}
	q->num_end = p;
	q->end = p;
	if (prefix != NULL)
		strcpy(q->unit, prefix);
	else if ((end = qty_unit(s, p, q, &q->uexp)) > 0 || (end = qty_noun_unit(s, p, q)) > 0)
		q->end = end;
	else if (glued)
		return 0;   /* "777X", "3rd" */
	if (q->uexp > 0 && q->has_scale)
		q->uexp = 0;    /* "12 million MT" */
	q->amount = qty_scale(q->mant, q->frac, q->exp + q->uexp);
	q->plain_int = plain && prefix == NULL && !q->has_scale && q->uexp == 0 && !q->counted;
	/* "no one won": a bare count word names no sum of money. */
	if (q->counted && !q->has_scale && prefix == NULL && q->unit[0] >= 'A' && q->unit[0] <= 'Z')
		q->unit[0] = '\0';
	/* "2.5 billion pounds" is money; "500 million pounds of pork", "40,000
	 * pounds" a weight the contract has no unit for. */
	if (prefix == NULL && strcmp(q->unit, "GBP") == 0 && q->end >= 6 &&
	    quantity_phrase(s->t, s->len, q->end - 6, "pounds") == q->end &&
	    (!q->has_scale || qty_phrase(s, quantity_skip_space(s->t, s->len, q->end), "of") > 0))
		q->unit[0] = '\0';
	/* A year is no amount, unless it is a rate. */
	if (q->plain_int && q->mant >= 1900 && q->mant <= 2199 && strcmp(q->unit, "percent") != 0)
		q->unit[0] = '\0';
	/* "Boeing 737 jets", "Airbus 320 planes": a model, not a count. */
	if (q->unit_noun && qty_prev_word(s, q->start, &ws, &we) && we + 1 == q->start &&
	    qty_at(s, ws) >= 'A' && qty_at(s, ws) <= 'Z')
		q->unit[0] = '\0';
	/* "most of them 737 MAX jets", "several 787 Dreamliner planes": a jetliner
	 * model number (7x7) with its capitalised variant after it, not a count;
	 * so too after "of", "the" or a possessive ("a smaller number of 787
	 * widebodies", "its 777 freighters"); "200 Boeing jets" counts. */
	if (q->unit_noun && q->plain_int && q->mant >= 707 && q->mant <= 797 && q->mant % 10 == 7 &&
	    ((qty_at(s, q->num_end) == ' ' && qty_at(s, q->num_end + 1) >= 'A' &&
	    qty_at(s, q->num_end + 1) <= 'Z') || (qty_prev_word(s, q->start, &ws, &we) &&
	    (qty_word_is(s, ws, we, "of") || qty_word_is(s, ws, we, "the") ||
	    qty_word_is(s, ws, we, "its") || qty_word_is(s, ws, we, "their")))))
		q->unit[0] = '\0';
	/* "737 MAX and 787 jets", "A320 or 737 planes": a model number after
	 * another model in a list of them. */
	if (q->unit_noun && q->plain_int && q->mant >= 707 && q->mant <= 797 && q->mant % 10 == 7 &&
	    qty_prev_word(s, q->start, &ws, &we) && (qty_word_is(s, ws, we, "and") ||
	    qty_word_is(s, ws, we, "or")) && qty_prev_word(s, ws, &ws, &we) &&
	    ((qty_at(s, ws) >= 'A' && qty_at(s, ws) <= 'Z') || (qty_at(s, ws) >= '0' && qty_at(s, ws) <= '9')))
		q->unit[0] = '\0';
	return 1;
}

enum qty_sep { QTY_SEP_NONE, QTY_SEP_DASH, QTY_SEP_TO, QTY_SEP_AND };

/* qty_range_sep - a range separator at pos ("-", a dash, "to", "and", "or"): its kind, and the position after it in *next. */
static enum qty_sep
qty_range_sep(const struct qty_scan *s, size_t pos, size_t *next)
{
	size_t p = quantity_skip_space(s->t, s->len, pos), end;

	if (qty_at(s, p) == '-' && p == pos) {
		*next = quantity_skip_space(s->t, s->len, p + 1);
		return QTY_SEP_DASH;
	}
	if (qty_bytes(s, p, "\xe2\x80\x93") || qty_bytes(s, p, "\xe2\x80\x94")) {
		*next = quantity_skip_space(s->t, s->len, p + 3);
		return QTY_SEP_DASH;
	}
	if (p == pos)
		return QTY_SEP_NONE;
	if ((end = qty_phrase(s, p, "to")) > 0) {
		*next = quantity_skip_space(s->t, s->len, end);
		return QTY_SEP_TO;
	}
	if ((end = qty_phrase(s, p, "and")) > 0 ||
	    (end = qty_phrase(s, p, "or")) > 0) {
		*next = quantity_skip_space(s->t, s->len, end);
		return QTY_SEP_AND;
	}
	return QTY_SEP_NONE;
}

/* The words after an amount that make it a yearly rate, and those that end the look. */
static const struct {
	const char *phrase;
	int check_next;  /* "a year ago" is no rate */
} QTY_PER_YEAR[] = {
	{"a year", 1}, {"per year", 0}, {"each year", 0}, {"every year", 0},
	{"annually", 0}, {"yearly", 0}, {"per annum", 0}, {"a yr", 1}, {"per yr", 0},
	{"in each of", 0}, {"/year", 0}, {"/yr", 0},
	/* "in each calendar year through 2028", "every marketing year", "per
	 * fiscal year": a year of accounts is a year all the same. */
	{"each calendar year", 0}, {"every calendar year", 0}, {"per calendar year", 0},
	{"a calendar year", 1}, {"each fiscal year", 0}, {"every fiscal year", 0},
	{"per fiscal year", 0}, {"a fiscal year", 1}, {"each marketing year", 0},
	{"every marketing year", 0}, {"per marketing year", 0}, {"a marketing year", 1},
};
static const char *const QTY_PER_STOPS[] = {
	"over", "across", "during", "through", "between", "total", "cumulatively",
	"combined",
};

/* Words that give an amount of a list its own time or terms ("12 million tons by
 * the end of the year and 25 million tons annually"): the rate after the list is
 * then the last amount's alone. */
static const char *const QTY_LIST_FRAMES[] = {
	"by", "in", "within", "before", "until", "this", "next", "the", "for", "from", "to",
};

/* qty_per_year - 1 if the words after pos, the end of an amount in unit, say "a
 * year", "annually", "per year". */
static int
qty_per_year(const struct qty_scan *s, size_t pos, const char *unit)
{
	static const char *const not_after[] = {
		"ago", "ahead", "earlier", "later", "before", "after", "from now", "old", "long",
		"since", "or",
	};
	size_t p = pos, end, n, ws;
	int words = 0, after_and = 0, framed = 0;

	while (p < s->len && words <= QTY_LOOKAHEAD_WORDS) {
		unsigned char c = qty_at(s, p);

		if ((n = quantity_space(s->t, s->len, p)) > 0) {
			p += n;
			continue;
		}
		/* Quotes and brackets ("annually", "(MMT) per year") do not end the look. */
		if (c == '"' || c == '\'' || c == '(' || c == ')') {
			p++;
			continue;
		}
		if (c == 0xe2 && (qty_bytes(s, p, "\xe2\x80\x9c") ||
		    qty_bytes(s, p, "\xe2\x80\x9d") || qty_bytes(s, p, "\xe2\x80\x98") ||
		    qty_bytes(s, p, "\xe2\x80\x99"))) {
			p += 3;
			continue;
		}
		for (size_t i = 0; (qty_idx.first[qty_lower(c)] & QTY_FIRST_PER) &&
		    i < NELEM(QTY_PER_YEAR); i++) {
			if ((end = qty_phrase(s, p, QTY_PER_YEAR[i].phrase)) == 0)
				continue;
			if (QTY_PER_YEAR[i].check_next) {
				size_t w = quantity_skip_space(s->t, s->len, end);

				if (qty_at(s, end) == '-')
					return 0;   /* "a year-earlier level" */
				for (size_t j = 0; j < NELEM(not_after); j++)
					if (qty_phrase(s, w, not_after[j]) > 0)
						return 0;
			}
			return 1;
		}
		if (c == '.' && p > 0 && qty_at(s, p - 1) >= 'A' && qty_at(s, p - 1) <= 'Z') {
			p++;    /* "U.S." */
			continue;
		}
		/* "500 tonnes of beef, 1,000 tonnes of bison and 1,500 tonnes of
		 * poultry a year": the rate covers each amount of the list. */
		if (c == ',' && qty_is_digit(qty_at(s, quantity_skip_space(s->t, s->len, p + 1)))) {
			p++;
			after_and = 1;
			continue;
		}
		if (after_and && qty_is_digit(c)) {
			struct qty_simple next;

			/* Only an amount of the same unit ("200 aircraft and 200 million
			 * bushels a year": the aircraft are no yearly amount). */
			if (framed || !qty_simple_at(s, p, &next) || strcmp(next.unit, unit) != 0)
				return 0;
			/* The look-ahead starts again after the list's next amount. */
			p = next.end;
			after_and = 0;
			words = 0;
			continue;
		}
		if (!qty_is_alpha(c))
			return 0;
		for (size_t i = 0; (qty_idx.first[qty_lower(c)] & QTY_FIRST_STOP) &&
		    i < NELEM(QTY_PER_STOPS); i++)
			if (qty_phrase(s, p, QTY_PER_STOPS[i]) > 0)
				return 0;
		ws = p;
		while (qty_is_alnum(qty_at(s, p)) || qty_at(s, p) == '-' || qty_at(s, p) == '&')
			p++;
		after_and = qty_word_is(s, ws, p, "and");
		for (size_t i = 0; (qty_idx.first[qty_lower(c)] & QTY_FIRST_FRAME) &&
		    i < NELEM(QTY_LIST_FRAMES) && !framed; i++)
			framed = qty_word_is(s, ws, p, QTY_LIST_FRAMES[i]);
		words++;
	}
	return 0;
}

/* qty_annual_before - 1 if "annual" or "yearly" stands in the three words before pos. */
static int
qty_annual_before(const struct qty_scan *s, size_t pos)
{
	size_t ws, we, p = pos;

	for (int i = 0; i < 3 && qty_prev_word(s, p, &ws, &we); i++) {
		if (qty_word_is(s, ws, we, "annual") || qty_word_is(s, ws, we, "yearly") ||
		    qty_word_is(s, ws, we, "annually"))
			return 1;
		p = ws;
	}
	return 0;
}

/* qty_annual_after - 1 if "annual" or "yearly" is the word right after pos, the end
 * of an amount, or after "in" there ("its 25 million tonne annual commitment", "$12
 * billion in annual purchases"). */
static int
qty_annual_after(const struct qty_scan *s, size_t pos)
{
	size_t p = quantity_skip_space(s->t, s->len, pos), e;

	if (p == pos)
		return 0;
	if ((e = qty_phrase(s, p, "in")) > 0)
		p = quantity_skip_space(s->t, s->len, e);
	return qty_phrase(s, p, "annual") > 0 || qty_phrase(s, p, "yearly") > 0;
}

/* qty_reach - 1 if the word [ws,we) is "reach" to come or going on: a rate
 * reached is the one a cut goes to ("will fall ... and reach zero in 2030",
 * "until it reaches 5%"); "reached" (a level told as history) is not. */
static int
qty_reach(const struct qty_scan *s, size_t ws, size_t we)
{
	return qty_word_is(s, ws, we, "reach") || qty_word_is(s, ws, we, "reaches") ||
	    qty_word_is(s, ws, we, "reaching");
}

/* qty_unhedged - the word [*ws,*we) before an amount, or, when it is a word of
 * approximation ("from about 84% to roughly 15%"), the word before that: 0 if
 * none stands there. */
static int
qty_unhedged(const struct qty_scan *s, size_t *ws, size_t *we)
{
	for (size_t i = 0; i < NELEM(QTY_HEDGES); i++)
		if (qty_word_is(s, *ws, *we, QTY_HEDGES[i]))
			return qty_prev_word(s, *ws, ws, we);
	return 1;
}

/* qty_role - the rate role from the word before start: "from 20%", "to 10%",
 * "reach 10%". */
static enum quantity_role
qty_role(const struct qty_scan *s, const struct qty_simple *q)
{
	size_t ws, we, ws2, we2;

	if (strcmp(q->unit, "percent") != 0 || !qty_prev_word(s, q->start, &ws, &we))
		return QUANTITY_PLAIN;
	if (!qty_unhedged(s, &ws, &we))
		return QUANTITY_PLAIN;
	if (qty_word_is(s, ws, we, "from"))
		return QUANTITY_RATE_FROM;
	if (qty_reach(s, ws, we))
		return QUANTITY_RATE_TO;
	if (!qty_word_is(s, ws, we, "to"))
		return QUANTITY_PLAIN;
	if (qty_prev_word(s, ws, &ws2, &we2))
		for (size_t i = 0; i < NELEM(QTY_TO_STOPS); i++)
			if (qty_word_is(s, ws2, we2, QTY_TO_STOPS[i]))
				return QUANTITY_PLAIN;
	return QUANTITY_RATE_TO;
}

/* qty_emit - store q with role into out[*n] if there is room. */
static void
qty_emit(const struct qty_scan *s, const struct qty_simple *q, size_t end,
    enum quantity_role role, struct quantity_match *out, size_t max, size_t *n)
{
	struct quantity_match *m;

	if (*n >= max)
		return;
	m = &out[(*n)++];
	memset(m, 0, sizeof(*m));
	m->q.present = 1;
	m->q.amount = q->amount;
	strcpy(m->q.unit, q->unit);
	/* A rate is no amount of a year ("suspend the 24% tariff for a year"). */
	m->q.per_year = strcmp(q->unit, "percent") != 0 && (qty_per_year(s, end, q->unit) ||
	    qty_annual_before(s, q->start) || qty_annual_after(s, end));
	m->role = role;
	m->offset = q->start;
	m->len = end - q->start;
}

/* qty_rescale - q's amount when it borrows the scale and unit of r ("10-12 million tons"). */
static double
qty_rescale(const struct qty_simple *q, const struct qty_simple *r)
{
	if (q->has_scale)
		return q->amount;
	return qty_scale(q->mant, q->frac, r->exp + r->uexp);
}

/* qty_bare_zero - 1 if the digit 0 ending at pos stands alone, as "zero" does: no
 * noun after it ("cut its duty to 0 in May", "to 0."; not "fell to 0 cargoes"). */
static int
qty_bare_zero(const struct qty_scan *s, size_t pos)
{
	static const char *const NEXT[] = {
		"in", "on", "from", "by", "under", "over", "within", "after", "and", "as",
		"for", "at", "starting", "effective", "when", "once", "with",
	};
	size_t p = quantity_skip_space(s->t, s->len, pos);

	if (!qty_is_alpha(qty_at(s, p)))
		return 1;
	for (size_t i = 0; i < NELEM(NEXT); i++)
		if (qty_phrase(s, p, NEXT[i]) > 0)
			return 1;
	return 0;
}

/* Nouns of a target before "of" in "against a commitment of 25 million". */
static const char *const QTY_TARGET_NOUNS[] = {
	"commitment", "pledge", "target", "goal", "promise", "quota",
};
/* Words that may follow a target whose unit is left out: "the 12 million it
 * promised", "the 25 million target", "the 12 million a year". */
static const char *const QTY_ELIDED_NEXT[] = {
	"it", "they", "that", "which", "promised", "pledged", "agreed", "committed",
	"targeted", "target", "goal", "pledge", "commitment", "mark", "a", "per", "annually",
};

/* qty_elided_unit - the unit a bare scaled amount q leaves out when it is the
 * target an earlier amount of the same sentence is set against: "has bought
 * 23.9 million tons of soybeans this year, against a commitment of 25 million",
 * "bought 8 million tons, short of the 12 million it promised", "$6 billion,
 * toward the 30 billion pledged".  q follows "the", "against" or a target noun's
 * "of" and ends the phrase (punctuation or QTY_ELIDED_NEXT after it); the earlier
 * amount (out[0..n)) has a scale's size, no percent, and stands at most 200
 * bytes before with no sentence's end between.  Its unit into q; 0 if none. */
static int
qty_elided_unit(const struct qty_scan *s, struct qty_simple *q, const struct quantity_match *out, size_t n)
{
	const struct quantity_match *m = n > 0 ? &out[n - 1] : NULL;
	size_t ws, we, ws2, we2, p, k;
	int ok = 0;

	if (!q->has_scale || m == NULL || !qty_prev_word(s, q->start, &ws, &we))
		return 0;
	if (qty_word_is(s, ws, we, "the") || qty_word_is(s, ws, we, "against"))
		ok = 1;
	else if (qty_word_is(s, ws, we, "of") && qty_prev_word(s, ws, &ws2, &we2))
		for (k = 0; k < NELEM(QTY_TARGET_NOUNS) && !ok; k++)
			ok = qty_word_is(s, ws2, we2, QTY_TARGET_NOUNS[k]);
	if (!ok)
		return 0;
	p = quantity_skip_space(s->t, s->len, q->end);
	if (qty_is_alpha(qty_at(s, p))) {
		for (we = p; we < s->len && qty_is_alpha(qty_at(s, we)); we++)
			;
		for (k = 0, ok = 0; k < NELEM(QTY_ELIDED_NEXT) && !ok; k++)
			ok = qty_word_is(s, p, we, QTY_ELIDED_NEXT[k]);
		if (!ok)
			return 0;
	}
	if (strcmp(m->q.unit, "percent") == 0 || m->q.amount < 1e5 || m->offset + m->len > q->start ||
	    q->start - (m->offset + m->len) > 200)
		return 0;
	/* No sentence ends between: a line's end, or a full stop with a space
	 * and a capital after it ("U.S. soybeans" goes on). */
	for (p = m->offset + m->len; p + 2 < q->start; p++)
		if (s->t[p] == '\n' || ((s->t[p] == '.' || s->t[p] == '!' || s->t[p] == '?') &&
		    s->t[p + 1] == ' ' && s->t[p + 2] >= 'A' && s->t[p + 2] <= 'Z'))
			return 0;
	strcpy(q->unit, m->q.unit);
	return 1;
}

/*
 * qty_candidate - the quantity (or rate pair) starting at pos into out; the
 * position to resume scanning at, or 0 when no quantity stands at pos.
 */
static size_t
qty_candidate(const struct qty_scan *s, size_t pos, struct quantity_match *out, size_t max,
    size_t *n)
{
	struct qty_simple q, r;
	enum qty_sep sep;
	size_t next = 0, ws, we;
	int from;

	if (!qty_simple_at(s, pos, &q))
		return 0;
	from = qty_prev_word(s, q.start, &ws, &we) && qty_unhedged(s, &ws, &we) &&
	    qty_word_is(s, ws, we, "from");
	if (q.unit[0] == '\0') {
		/* "to zero", "reach zero", "lowered its tariff to 0" */
		if ((q.counted || (q.plain_int && qty_bare_zero(s, q.end))) && q.mant == 0 &&
		    qty_prev_word(s, q.start, &ws, &we) &&
		    (qty_word_is(s, ws, we, "to") || qty_reach(s, ws, we))) {
			strcpy(q.unit, "percent");
			qty_emit(s, &q, q.end, QUANTITY_RATE_TO, out, max, n);
			return q.end;
		}
		/* "10-12 million tons", "between 10 and 12 million tons" */
		if (q.plain_int && q.mant >= 1900 && q.mant <= 2199)
			return 0;
		if ((sep = qty_range_sep(s, q.num_end, &next)) == QTY_SEP_NONE ||
		    !qty_simple_at(s, next, &r) || r.unit[0] == '\0' ||
		    qty_rescale(&q, &r) > r.amount) {
			if (!qty_elided_unit(s, &q, out, *n))
				return 0;
			qty_emit(s, &q, q.end, QUANTITY_PLAIN, out, max, n);
			return q.end;
		}
		q.amount = qty_rescale(&q, &r);
		strcpy(q.unit, r.unit);
		if (from && sep == QTY_SEP_TO) {
			qty_emit(s, &q, q.num_end, QUANTITY_RATE_FROM, out, max, n);
			qty_emit(s, &r, r.end, QUANTITY_RATE_TO, out, max, n);
		} else {
			qty_emit(s, &q, r.end, qty_role(s, &q), out, max, n);
		}
		return r.end;
	}
	/* "$10 billion to $15 billion", "$10-15 billion", "from 20% to 10%", "from 20% to zero" */
	sep = qty_range_sep(s, q.end, &next);
	if ((sep == QTY_SEP_DASH || sep == QTY_SEP_TO) && qty_simple_at(s, next, &r)) {
		int prefixed = q.end == q.num_end;  /* "$10": the unit came first */

		if (r.unit[0] == '\0' && ((r.counted && r.mant == 0) || (prefixed && !r.counted)))
			strcpy(r.unit, q.unit);
		if (strcmp(r.unit, q.unit) == 0) {
			if (prefixed && !q.has_scale && r.has_scale)
				q.amount = qty_rescale(&q, &r);
			if (from && sep == QTY_SEP_TO) {
				qty_emit(s, &q, q.end, QUANTITY_RATE_FROM, out, max, n);
				qty_emit(s, &r, r.end, QUANTITY_RATE_TO, out, max, n);
			} else {
				if (r.amount < q.amount)
					q.amount = r.amount;
				qty_emit(s, &q, r.end, qty_role(s, &q), out, max, n);
			}
			return r.end;
		}
	}
	qty_emit(s, &q, q.end, qty_role(s, &q), out, max, n);
	return q.end;
}

/* qty_letter_bit - bit 0-25 for a-z, 26-51 for A-Z. */
static uint64_t
qty_letter_bit(unsigned char c)
{
	return (uint64_t)1 << (c >= 'a' ? c - 'a' : 26 + c - 'A');
}

/*
 * qty_initials - the letters a word may begin with and still start an
 * amount: a count word in either case ("Twelve", "a dozen", "a million"),
 * and in capitals a currency code or the letters before "$" ("EUR 600",
 * "US$5").  Any other word is skipped without a look.
 */
static uint64_t
qty_initials(void)
{
	uint64_t set = qty_letter_bit('a') | qty_letter_bit('A');

	for (size_t i = 0; i < NELEM(QTY_COUNT_WORDS); i++)
		set |= qty_letter_bit((unsigned char)QTY_COUNT_WORDS[i].word[0]) |
		    qty_letter_bit((unsigned char)(QTY_COUNT_WORDS[i].word[0] - 'a' + 'A'));
	for (size_t i = 0; i < NELEM(QTY_DOLLARS); i++)
		set |= qty_letter_bit((unsigned char)QTY_DOLLARS[i].letters[0]);
	for (size_t i = 0; i < NELEM(QTY_CODES); i++)
		set |= qty_letter_bit((unsigned char)QTY_CODES[i].code[0]);
	return set;
}

/*
 * qty_word_may - 0 if the word of n letters and digits at pos, starting with
 * a letter, can start no amount (qty_simple_at): only a count word
 * ("Twelve", "twenty-five"), "a" ("a dozen", "A million tons") or, in
 * capitals, a currency prefix ("US$5", "EUR 600") can.  bywords[c - 'a'] has
 * bit k for QTY_COUNT_WORDS[k] starting with c, qty_idx.bylen[c - 'a'] bit n
 * for one of n bytes.  Most words of a sentence stop here without the full
 * attempt.
 */
static int
qty_word_may(const struct qty_scan *s, size_t pos, size_t n, const uint32_t *bywords)
{
	unsigned char c = qty_lower((unsigned char)s->t[pos]);
	const char *unit;

	if (s->t[pos] >= 'A' && s->t[pos] <= 'Z' && qty_prefix(s, pos, &unit) > 0)
		return 1;
	if (n == 1 && c == 'a')
		return 1;
	if (n >= 32 || !(qty_idx.bylen[c - 'a'] & (UINT32_C(1) << n)))
		return 0;
	for (uint32_t set = bywords[c - 'a']; set != 0; set &= set - 1) {
		const char *w = QTY_COUNT_WORDS[__builtin_ctz(set)].word;
		size_t j = 0;

		while (j < n && qty_lower((unsigned char)s->t[pos + j]) == (unsigned char)w[j])
			j++;
		if (j == n && w[n] == '\0')
			return 1;
	}
	return 0;
}

/* qty_index - fill qty_idx (through pthread_once). */
static void
qty_index(void)
{
	qty_idx.initials = qty_initials();
	for (size_t k = 0; k < NELEM(QTY_COUNT_WORDS); k++) {
		qty_idx.bywords[QTY_COUNT_WORDS[k].word[0] - 'a'] |= UINT32_C(1) << k;
		qty_idx.bylen[QTY_COUNT_WORDS[k].word[0] - 'a'] |=
		    UINT32_C(1) << strlen(QTY_COUNT_WORDS[k].word);
	}
	for (size_t k = 0; k < NELEM(QTY_PER_YEAR); k++)
		qty_idx.first[(unsigned char)QTY_PER_YEAR[k].phrase[0]] |= QTY_FIRST_PER;
	for (size_t k = 0; k < NELEM(QTY_PER_STOPS); k++)
		qty_idx.first[(unsigned char)QTY_PER_STOPS[k][0]] |= QTY_FIRST_STOP;
	for (size_t k = 0; k < NELEM(QTY_LIST_FRAMES); k++)
		qty_idx.first[(unsigned char)QTY_LIST_FRAMES[k][0]] |= QTY_FIRST_FRAME;
	for (size_t k = 0; k < NELEM(QTY_UNITS); k++)
		qty_idx.units[(unsigned char)QTY_UNITS[k].phrase[0]][k / 64] |= UINT64_C(1) << (k % 64);
	for (size_t k = 0; k < NELEM(QTY_CODES); k++)
		qty_idx.codes[(unsigned char)QTY_CODES[k].code[0]] |= UINT32_C(1) << k;
	for (size_t k = 0; k < NELEM(QTY_SCALES); k++)
		qty_idx.scales[(unsigned char)QTY_SCALES[k].word[0]] |= UINT32_C(1) << k;
	for (size_t k = 0; k < NELEM(QTY_SIGNS); k++)
		qty_idx.first[(unsigned char)QTY_SIGNS[k].sign[0]] |= QTY_FIRST_SIGN;
}

size_t
quantity_find_all(const char *text, size_t len, struct quantity_match *out, size_t max)
{
	return quantity_find_upto(text, len, len, out, max);
}

size_t
quantity_find_upto(const char *text, size_t len, size_t stop, struct quantity_match *out,
    size_t max)
{
	struct qty_scan s = {text, len};
	size_t n = 0, i = 0, next;
	uint64_t initials;
	const uint32_t *bywords = qty_idx.bywords;

	if (text == NULL || out == NULL || pthread_once(&qty_idx_once, qty_index) != 0)
		return 0;
	/* "half a million": an amount starts a word before its candidate at
	 * most, so the candidates read go on to the first word after stop. */
	if (stop > len)
		stop = len;
	while (stop > 0 && stop < len && qty_is_alnum((unsigned char)text[stop]) &&
	    qty_is_alnum((unsigned char)text[stop - 1]))
		stop++;
	while (stop < len && !qty_is_alnum((unsigned char)text[stop]))
		stop++;
	if (stop < len)
		stop++;
	initials = qty_idx.initials;
	while (i < stop && n < max) {
		unsigned char c = (unsigned char)text[i];
		size_t w;

		if (!qty_is_alnum(c)) {
			/* Of the bytes above 0x7f only a currency sign's first can start one. */
			if ((c == '$' || (c >= 0x80 && (qty_idx.first[c] & QTY_FIRST_SIGN))) &&
			    (next = qty_candidate(&s, i, out, max, &n)) > i)
				i = next;
			else
				i++;
			continue;
		}
		/* A word (or its rest): measured once, tried at its start, passed over. */
		for (w = 1; i + w < len && qty_is_alnum((unsigned char)text[i + w]); w++)
			;
		if (qty_word_start(&s, i) && (qty_is_digit(c) ||
		    ((qty_letter_bit(c) & initials) != 0 && qty_word_may(&s, i, w, bywords))) &&
		    (next = qty_candidate(&s, i, out, max, &n)) > i) {
			i = next;
			continue;
		}
		i += w;
	}
	return n;
}
