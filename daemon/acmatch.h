/*
 * acmatch.h - an Aho-Corasick automaton over case-folded bytes.
 *
 * Built once from a set of phrases, then scanned over any number of texts:
 * one table step per input byte, whatever the number of phrases.  Matching
 * ignores ASCII case, treats every run-free whitespace byte (space, tab,
 * newline) as a space, and reports only matches that start and end on a
 * word boundary (the bytes around the match are not letters or digits).
 * Immutable once compiled, so one automaton may be shared by threads.
 */
#ifndef TW_ACMATCH_H
#define TW_ACMATCH_H

#include <stddef.h>

struct acmatch;

/* acmatch_new - an empty automaton; NULL on allocation failure.  Caller frees. */
struct acmatch *acmatch_new(void);
/* acmatch_free - NULL is a no-op. */
void acmatch_free(struct acmatch *ac);
/*
 * acmatch_add - add phrase[0..len) reporting id when found.  Returns 0, or -1
 * on allocation failure, an empty phrase, or when called after compile.  A
 * phrase added twice keeps its first id.
 */
int acmatch_add(struct acmatch *ac, const char *phrase, size_t len, int id);
/* acmatch_compile - build failure links and the transition table; 0 or -1. */
int acmatch_compile(struct acmatch *ac);
/* acmatch_size - number of distinct phrases. */
size_t acmatch_size(const struct acmatch *ac);

/* Called for each match text[start..end); return nonzero to stop the scan. */
typedef int (*acmatch_fn)(int id, size_t start, size_t end, void *arg);

/* acmatch_scan - report every word-bounded match in text[0..len), by end offset. */
void acmatch_scan(const struct acmatch *ac, const char *text, size_t len, acmatch_fn fn,
    void *arg);

#endif
