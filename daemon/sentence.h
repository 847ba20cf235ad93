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

struct rules;

/* sentence_end - the offset just past the sentence of t[0..len) that starts at start. */
size_t sentence_end(const struct rules *rules, const char *t, size_t len, size_t start);

#endif
