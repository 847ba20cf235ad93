/*
 * rules.h - the extraction vocabulary, loaded from rules.json with cJSON.
 *
 * Actors and their aliases, action triggers, objects with synonyms and HS
 * headings, status cues, hedges, negations, conditionals, attribution verbs.
 * All phrases are compiled into one Aho-Corasick automaton (acmatch.h) so
 * that an article is scanned once for every phrase.  A struct rules is
 * immutable after rules_load(); the daemon swaps a new one in on SIGHUP.
 */
#ifndef TW_RULES_H
#define TW_RULES_H

#include <stddef.h>

struct rules;

/* rules_load - read and compile path; NULL on error with "FILE: JSON.PATH: what"
 * in err.  Caller frees with rules_free. */
struct rules *rules_load(const char *path, char *err, size_t errlen);
/* rules_parse - the same from a buffer; name is used in error messages. */
struct rules *rules_parse(const char *name, const char *json, size_t len, char *err,
    size_t errlen);
/* rules_free - NULL is a no-op. */
void rules_free(struct rules *rules);
/* rules_phrase_count - how many phrases the automaton holds (for logs). */
size_t rules_phrase_count(const struct rules *rules);
/* rules_each_phrase - call fn for every phrase (bench: grep -F -f lists). */
void rules_each_phrase(const struct rules *rules, void (*fn)(const char *phrase, void *arg),
    void *arg);

#endif
