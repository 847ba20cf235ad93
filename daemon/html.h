/*
 * html.h - the readable text and the metadata of a saved news page.
 *
 * Pure: bytes in, strings out, no I/O and no globals.  A page saved from a
 * news site (.html) carries its story inside markup, scripts, menus and
 * sharing buttons; html_extract keeps what a reader reads:
 *
 *   - the text of the first <article> element if it has any, else of <main>,
 *     else of the whole page; never the text of script, style, noscript,
 *     template, svg, iframe, nav, aside, footer, form, button, select,
 *     textarea, figure or figcaption elements (menus, players, captions);
 *   - a block element (p, div, li, h1-h6, br, tr, blockquote, section, ...)
 *     ends a paragraph, so a headline or a list item without a final stop is
 *     not run into the next sentence; other markup is dropped, runs of blanks
 *     become one space;
 *   - character references decoded (&amp; &#8217; &#x2014; and the named ones
 *     news pages use; an unknown name is kept as written);
 *   - title, publication date, site name and address from the page's own
 *     metadata: og:title, <title> or a JSON-LD "headline"; article:
 *     published_time and the other usual date metas, a JSON-LD
 *     "datePublished" or the first <time datetime>; og:site_name; the
 *     canonical link or og:url.  The first found of each wins.
 *
 * The input must be UTF-8 (article.c decodes first); the output is UTF-8
 * with LF line ends and no NUL or other control bytes but LF.
 */
#ifndef TW_HTML_H
#define TW_HTML_H

#include <stddef.h>

struct html_doc {
	char *text;       /* the readable text, paragraphs split by blank lines */
	size_t text_len;
	char *title;      /* each NULL when the page has none */
	char *published;  /* as written in the page ("2026-03-03T08:00:00Z") */
	char *site;
	char *url;
};

/* html_extract - fill doc from s[0..len).  Returns 0, or -1 (out of memory)
 * with doc empty.  Free with html_doc_free. */
int html_extract(const char *s, size_t len, struct html_doc *doc);

/* html_doc_free - free what doc holds and empty it; NULL is a no-op. */
void html_doc_free(struct html_doc *doc);

/*
 * html_entity - the character reference at p[0..n) (p[0] is '&': "&amp;",
 * "&#8217;", "&#x2014;", the named ones of news pages): its text into out (at
 * most 4 bytes, UTF-8; a control or no-break space a plain space, a soft
 * hyphen none) with its length in *outlen; returns the bytes the reference
 * takes, 0 when it is none we know (the '&' is then text).  Shared by the
 * page reader and the extractor's cleaning of scraped text (extract_clean.c).
 */
size_t html_entity(const char *p, size_t n, char out[4], size_t *outlen);

#endif
