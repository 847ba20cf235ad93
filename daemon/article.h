/*
 * article.h - parse raw article files into normalised articles.
 *
 * Pure: bytes in, structs out, no I/O and no globals.  Formats:
 *   .txt   " date YYYY-MM-DD " first token; or "Title:/Date:/Source:/URL:"
 *          header lines, a blank line, then the body; or a bare body (dated by
 *          a dateline or byline date among its first lines, else by the
 *          caller's fallback date, usually the file's mtime).
 *   .json  one object {"title","published","source","url","body"}.
 *   .jsonl one such object per line; blank lines give no article.
 *   .html  a saved news page (.htm, .xhtml too): the story's text and the
 *          page's own title, date, site name and address (html.h).
 * Input that is not valid UTF-8 is read as Windows-1252 (UTF-16 with a BOM as
 * UTF-16) and transcoded; CRLF becomes LF.  sha256 is the hex SHA-256 of the normalised body.
 */
#ifndef TW_ARTICLE_H
#define TW_ARTICLE_H

#include <stddef.h>

struct article {
	char *file;          /* path as given, or "PATH#N" for line N of a .jsonl */
	char sha256[65];     /* hex SHA-256 of body */
	char published[11];  /* "YYYY-MM-DD", or "" when unknown */
	char *title;         /* NULL when absent */
	char *source;        /* NULL when absent */
	char *url;           /* NULL when absent */
	char *body;          /* normalised UTF-8, LF line ends, NUL-terminated */
	size_t body_len;
};

struct article_list {
	struct article *items;
	size_t n, cap;
};

/*
 * article_parse - parse data[0..len) named name (its extension picks the
 * format).  fallback_date ("YYYY-MM-DD" or NULL) dates an article that has
 * no date of its own.  Appends the articles to out (caller frees with
 * article_list_free).  Returns 0, or -1 with a one-line reason in err (the
 * file is then unusable as a whole; out holds nothing new).
 */
int article_parse(const char *name, const char *data, size_t len, const char *fallback_date,
    struct article_list *out, char *err, size_t errlen);

/* article_list_free - free every article of list and reset it; NULL is a no-op. */
void article_list_free(struct article_list *list);

/* article_named - 1 if name's extension is one of the formats above (any case). */
int article_named(const char *name);

/* article_date_valid - 1 if s is a real calendar date "YYYY-MM-DD" (year 1000-9999). */
int article_date_valid(const char *s);

#endif
