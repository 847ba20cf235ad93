/*
 * sentence.h - where a sentence of news text ends.
 *
 * Pure, no I/O.  A sentence ends at a newline, or at '.', '!' or '?' (and
 * any closing quotes) followed by white space and something that can open a
 * sentence: a capital, a digit, a quote or a bracket.  A '.' after one of the
 * rules' abbreviations ("U.S.", "Nov.", "Mr."), after an initial ("J.") or
 * inside a number ("1.5") ends nothing.
 */
#ifndef TW_SENTENCE_H
#define TW_SENTENCE_H

#include <stddef.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

struct rules;

/* sentence_stop - the first offset from i (<= len) where t[0..len) holds a byte
 * that may end a sentence ('\n', '.', '!', '?'); len if none.  Most bytes end
 * nothing: with SSE2 sixteen are compared at a time with the four that may. */
static inline size_t
sentence_stop(const char *t, size_t i, size_t len)
{
#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n'), dot = _mm_set1_epi8('.'),
	    bang = _mm_set1_epi8('!'), ask = _mm_set1_epi8('?');

	while (len - i >= 16) {
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(b, nl), _mm_cmpeq_epi8(b, dot)),
		    _mm_or_si128(_mm_cmpeq_epi8(b, bang), _mm_cmpeq_epi8(b, ask))));

		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#endif
	while (i < len && t[i] != '\n' && t[i] != '.' && t[i] != '!' && t[i] != '?')
		i++;
	return i;
}

/* sentence_end - the offset just past the sentence of t[0..len) that starts at start. */
size_t sentence_end(const struct rules *rules, const char *t, size_t len, size_t start);

#endif
