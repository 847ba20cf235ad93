/*
 * sentence.c - sentence boundaries for the extractor (see sentence.h).
 *
 * Kept apart from extract.c so that the tests can check the splitting of
 * abbreviations, initials, decimals and quotes on their own.
 */
#include "sentence.h"

#include <string.h>

#include "rules.h"

/* ex_closing - length of a closing quote or bracket at t[i], else 0. */
static size_t
ex_closing(const char *t, size_t i, size_t len)
{
	const unsigned char *u = (const unsigned char *)t;

	if (t[i] == '"' || t[i] == '\'' || t[i] == ')')
		return 1;
	if (i + 2 < len && u[i] == 0xe2 && u[i + 1] == 0x80 && (u[i + 2] == 0x9d || u[i + 2] == 0x99))
		return 3;
	return 0;
}

/* ex_opens_sentence - 1 if t[i] can start a sentence: capital, digit, quote, bracket. */
static int
ex_opens_sentence(const char *t, size_t i, size_t len)
{
	const unsigned char *u = (const unsigned char *)t;

	if ((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= '0' && t[i] <= '9') || t[i] == '"' ||
	    t[i] == '(' || t[i] == '\'')
		return 1;
	if (u[i] >= 0xc3)  /* a non-ASCII letter or an opening curly quote */
		return 1;
	(void)len;
	return 0;
}

/* ex_abbreviation - 1 if the token ending with the '.' at dot does not end a sentence. */
static int
ex_abbreviation(const struct rules *r, const char *t, size_t dot)
{
	size_t s = dot;

	while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\n' && t[s - 1] != '\t' && t[s - 1] != '(')
		s--;
	if (rules_list_has(&r->abbreviations, t + s, dot + 1 - s))
		return 1;
	/* An initial ("Donald J. Trump") or a dotted acronym ("U.S", "U.K"). */
	if (dot >= 1 && t[dot - 1] >= 'A' && t[dot - 1] <= 'Z' && (dot - 1 == s || t[dot - 2] == '.'))
		return 1;
	return 0;
}

/* The words that open a sentence and never follow a dotted acronym inside
 * one: "... investment in the U.S. It has disbursed", "... exports to the U.S.
 * The deal".  ("U.S. Trade Representative" goes on.) */
static const char *const SENTENCE_OPENERS[] = {
	"The", "It", "This", "That", "These", "Those", "They", "He", "She", "We", "But", "And",
	"Its", "Their", "His", "Her", "There", "However", "Meanwhile", "In", "On", "At", "A", "An",
	"If", "While", "When", "Since", "After", "Before", "Last", "Earlier", "Such",
};

/* ex_acronym_end - 1 if the dot at t[dot] ends a dotted acronym ("U.S", "U.K")
 * and the word at t[j] is a sentence opener: the acronym ends the sentence. */
static int
ex_acronym_end(const char *t, size_t len, size_t dot, size_t j)
{
	size_t n = 0;

	if (dot < 3 || t[dot - 2] != '.' || t[dot - 1] < 'A' || t[dot - 1] > 'Z')
		return 0;
	while (j + n < len && ((t[j + n] >= 'a' && t[j + n] <= 'z') || (t[j + n] >= 'A' && t[j + n] <= 'Z')))
		n++;
	if (j + n < len && t[j + n] != ' ' && t[j + n] != ',')
		return 0;
	for (size_t k = 0; k < sizeof(SENTENCE_OPENERS) / sizeof(SENTENCE_OPENERS[0]); k++)
		if (strlen(SENTENCE_OPENERS[k]) == n && memcmp(SENTENCE_OPENERS[k], t + j, n) == 0)
			return 1;
	return 0;
}

/* The words a sentence does not end with: a line that ends with one was cut
 * (a hard-wrapped wire text, an advertisement line taken out). */
static const char *const SENTENCE_GOES_ON[] = {
	"a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "with", "by", "from", "at",
	"its", "their", "than", "as", "that",
};

/* ex_line_goes_on - 1 if the line break at t[nl] is inside a sentence: the
 * line before it ends with a letter, digit, comma, hyphen or an abbreviation's
 * dot (no stop, colon or quote), the next line is no blank one and opens with
 * a lower-case letter
 * ("... 12 million tonnes of U.S." / "soybeans by the end of the year"), or the
 * line ends with an article, preposition or conjunction ("... 12 million
 * tonnes of" / "U.S. soybeans").  A bullet or a number opening the next line
 * starts an item. */
static int
ex_line_goes_on(const struct rules *r, const char *t, size_t len, size_t start, size_t nl)
{
	size_t e = nl, n = nl + 1, w;

	while (e > start && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
		e--;
	while (n < len && (t[n] == ' ' || t[n] == '\t'))
		n++;
	if (e == start || n >= len || nl - e > 8 || n - nl > 9)
		return 0;
	if (t[e - 1] == '.' && t[n] >= 'a' && t[n] <= 'z')
		return ex_abbreviation(r, t, e - 1);
	if (!((t[e - 1] >= 'a' && t[e - 1] <= 'z') || (t[e - 1] >= 'A' && t[e - 1] <= 'Z') ||
	    (t[e - 1] >= '0' && t[e - 1] <= '9') || t[e - 1] == ',' || t[e - 1] == '-'))
		return 0;
	if (t[n] >= 'a' && t[n] <= 'z')
		return 1;
	if (!((t[n] >= 'A' && t[n] <= 'Z') || t[n] == '$'))
		return 0;
	for (w = e; w > start && e - w < 6 && t[w - 1] >= 'a' && t[w - 1] <= 'z'; w--)
		;
	if (w < e && (w == start || t[w - 1] == ' '))
		for (size_t k = 0; k < sizeof(SENTENCE_GOES_ON) / sizeof(SENTENCE_GOES_ON[0]); k++)
			if (strlen(SENTENCE_GOES_ON[k]) == e - w && memcmp(SENTENCE_GOES_ON[k], t + w, e - w) == 0)
				return 1;
	return 0;
}

size_t
sentence_end(const struct rules *r, const char *t, size_t len, size_t start)
{
	for (size_t i = start; i < len; i++) {
		size_t j, c;

		i = sentence_stop(t, i, len);
		if (i >= len)
			break;
		if (t[i] == '\n') {
			if (ex_line_goes_on(r, t, len, start, i))
				continue;
			return i + 1;
		}
		j = i + 1;
		while (j < len && (c = ex_closing(t, j, len)) > 0)
			j += c;
		if (j >= len)
			return len;
		if (t[j] == '\n') {
			if (ex_line_goes_on(r, t, len, start, j))
				continue;
			return j + 1;
		}
		if (t[j] != ' ' && t[j] != '\t')
			continue;
		while (j < len && (t[j] == ' ' || t[j] == '\t'))
			j++;
		if (j >= len)
			return len;
		if (!ex_opens_sentence(t, j, len) && t[j] != '\n')
			continue;
		if (t[i] == '.' && ex_abbreviation(r, t, i) && !ex_acronym_end(t, len, i, j))
			continue;
		return j;
	}
	return len;
}

