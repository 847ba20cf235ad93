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

/* text_find4 - the first offset from i (<= len) where t[0..len) holds a, b, c
 * or d; len if none.  With SSE2 sixteen bytes are compared at a time. */
static inline size_t
text_find4(const char *t, size_t i, size_t len, char a, char b, char c, char d)
{
#ifdef __SSE2__
	const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c),
	    vd = _mm_set1_epi8(d);

	while (len - i >= 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
		    _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd))));

		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#endif
	while (i < len && t[i] != a && t[i] != b && t[i] != c && t[i] != d)
		i++;
	return i;
}

/* sentence_stop - the first offset from i (<= len) where t[0..len) holds a byte
 * that may end a sentence ('\n', '.', '!', '?'); len if none.  Most bytes end
 * nothing: sixteen are compared at a time (text_find4). */
static inline size_t
sentence_stop(const char *t, size_t i, size_t len)
{
	return text_find4(t, i, len, '\n', '.', '!', '?');
}

/* sentence_end - the offset just past the sentence of t[0..len) that starts at start. */
size_t sentence_end(const struct rules *rules, const char *t, size_t len, size_t start);

#endif
