/*
 * html.c - the readable text and the metadata of a saved news page (html.h).
 *
 * One pass over the page.  Text goes to up to three buffers at once: the
 * whole page, the first <article> element and the first <main> element; the
 * narrowest that holds any text is the story.  Elements that hold no story
 * (menus, scripts, captions) are jumped over whole.  Every look-ahead is
 * bounded by the page's end: the input can be any bytes.
 */
#include "html.h"
#include "utf8.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HTML_NAME_MAX 16   /* longest element or attribute name we tell apart */
#define HTML_VALUE_MAX 512 /* longest metadata value we keep (a title, a URL) */

/* A text being built: blanks folded to one space, paragraphs by blank lines. */
struct tbuf {
	char *s;
	size_t len, cap;
	int space;  /* a blank is pending before the next visible byte */
	int oom;
};

/* The metadata found so far, each slot the first value seen. */
enum { META_TITLE, TAG_TITLE, LD_TITLE, META_DATE, LD_DATE, TIME_DATE, META_SITE,
	CANON_URL, META_URL, META_N };

struct html_state {
	const char *s;
	size_t len;
	struct tbuf all, art, main;
	int art_depth, art_done, main_depth, main_done;
	char *meta[META_N];
	unsigned unclosed;  /* bit i: an HTML_SKIP[i] element was left open */
	int oom;
};

/* An attribute's value in the page, not yet decoded. */
struct attr {
	const char *s;
	size_t len;
};

/* The attributes the metadata reader asks for. */
struct tag {
	char name[HTML_NAME_MAX + 1];  /* lower case; "" when longer or absent */
	int closing, self_closing;
	size_t end;                    /* just past the '>' (or the page's end) */
	struct attr property, name_attr, itemprop, content, rel, href, datetime, type;
};

/* Elements jumped over whole: their content is no part of the story. */
static const char *const HTML_SKIP[] = {
	"script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "footer",
	"form", "button", "select", "textarea", "figure", "figcaption", NULL,
};
/* Of those, the ones whose content is raw text: their end is the first "</name". */
static const char *const HTML_RAW[] = {"script", "style", "textarea", NULL};

/* Elements that end a paragraph where they open or close. */
static const char *const HTML_BLOCK[] = {
	"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
	"tr", "table", "blockquote", "section", "article", "main", "header", "pre", "hr",
	"address", "details", "summary", "body", NULL,
};

/* Metadata names (property, name or itemprop, lower case) per slot. */
static const char *const HTML_META_TITLE[] = {"og:title", "twitter:title", NULL};
static const char *const HTML_META_DATE[] = {
	"article:published_time", "og:published_time", "datepublished", "pubdate",
	"publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
	"dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", NULL,
};
static const char *const HTML_META_SITE[] = {"og:site_name", NULL};
static const char *const HTML_META_URL[] = {"og:url", NULL};

/* The named character references of news pages; anything else stays as written. */
static const struct {
	const char *name;
	const char *utf8;
} HTML_ENTITIES[] = {
	{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
	{"nbsp", " "}, {"ensp", " "}, {"emsp", " "}, {"thinsp", " "},
	{"ndash", "\xe2\x80\x93"}, {"mdash", "\xe2\x80\x94"}, {"lsquo", "\xe2\x80\x98"},
	{"rsquo", "\xe2\x80\x99"}, {"sbquo", "\xe2\x80\x9a"}, {"ldquo", "\xe2\x80\x9c"},
	{"rdquo", "\xe2\x80\x9d"}, {"bdquo", "\xe2\x80\x9e"}, {"hellip", "\xe2\x80\xa6"},
	{"laquo", "\xc2\xab"}, {"raquo", "\xc2\xbb"}, {"middot", "\xc2\xb7"},
	{"bull", "\xe2\x80\xa2"}, {"copy", "\xc2\xa9"}, {"reg", "\xc2\xae"},
	{"trade", "\xe2\x84\xa2"}, {"euro", "\xe2\x82\xac"}, {"pound", "\xc2\xa3"},
	{"yen", "\xc2\xa5"}, {"cent", "\xc2\xa2"}, {"deg", "\xc2\xb0"}, {"times", "\xc3\x97"},
	{"shy", ""}, {"zwnj", ""}, {"zwj", ""},
	{"aacute", "\xc3\xa1"}, {"agrave", "\xc3\xa0"}, {"acirc", "\xc3\xa2"},
	{"atilde", "\xc3\xa3"}, {"auml", "\xc3\xa4"}, {"ccedil", "\xc3\xa7"},
	{"eacute", "\xc3\xa9"}, {"egrave", "\xc3\xa8"}, {"ecirc", "\xc3\xaa"},
	{"iacute", "\xc3\xad"}, {"ntilde", "\xc3\xb1"}, {"oacute", "\xc3\xb3"},
	{"ocirc", "\xc3\xb4"}, {"otilde", "\xc3\xb5"}, {"ouml", "\xc3\xb6"},
	{"uacute", "\xc3\xba"}, {"uuml", "\xc3\xbc"}, {"szlig", "\xc3\x9f"},
	{"Eacute", "\xc3\x89"}, {"Ouml", "\xc3\x96"}, {"Uuml", "\xc3\x9c"},
	{"Auml", "\xc3\x84"},
};

/* html_index - the index of the lower-case name in the NULL-ended list, or -1. */
static int
html_index(const char *name, const char *const list[])
{
	for (int i = 0; list[i] != NULL; i++)
		if (strcmp(name, list[i]) == 0)
			return i;
	return -1;
}

/* html_in - 1 if the lower-case name is in the NULL-ended list. */
static int
html_in(const char *name, const char *const list[])
{
	return html_index(name, list) >= 0;
}

/* html_name_byte - a byte of an element or attribute name. */
static int
html_name_byte(unsigned char c)
{
	return isalnum(c) || c == '-' || c == ':' || c == '_' || c == '.';
}

/* tbuf_raw - append n bytes as they are. */
static void
tbuf_raw(struct tbuf *b, const char *p, size_t n)
{
	if (b->oom || n == 0)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *s;

		while (cap < b->len + n + 1)
			cap *= 2;
		if ((s = realloc(b->s, cap)) == NULL) {
			b->oom = 1;
			return;
		}
		b->s = s;
		b->cap = cap;
	}
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* html_c1 - 1 if p[j] starts a C1 control character (U+0080..U+009F) in UTF-8. */
static int
html_c1(const char *p, size_t j, size_t n)
{
	return (unsigned char)p[j] == 0xc2 && j + 1 < n && ((unsigned char)p[j + 1] & 0xe0) == 0x80;
}

/*
 * tbuf_text - append text: each run of blanks and control characters (C0,
 * DEL, C1) becomes one space before the next visible byte (none at a line's
 * start).
 */
static void
tbuf_text(struct tbuf *b, const char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t j = i;

		while (j < n && (unsigned char)p[j] > ' ' && p[j] != 0x7f && !html_c1(p, j, n))
			j++;
		if (j > i) {
			if (b->space && b->len > 0 && b->s[b->len - 1] != '\n')
				tbuf_raw(b, " ", 1);
			b->space = 0;
			tbuf_raw(b, p + i, j - i);
		}
		if (j < n)
			b->space = 1;
		i = j < n && html_c1(p, j, n) ? j + 2 : j + 1;
	}
}

/* tbuf_break - end the line (lines 1) or the paragraph (lines 2) here. */
static void
tbuf_break(struct tbuf *b, size_t lines)
{
	size_t have = 0;

	b->space = 0;
	if (b->len == 0)
		return;
	while (have < b->len && have < 2 && b->s[b->len - 1 - have] == '\n')
		have++;
	while (have < lines) {
		tbuf_raw(b, "\n", 1);
		have++;
	}
}

/* html_emit - text into every buffer that is open here. */
static void
html_emit(struct html_state *st, const char *p, size_t n)
{
	tbuf_text(&st->all, p, n);
	if (st->art_depth > 0)
		tbuf_text(&st->art, p, n);
	if (st->main_depth > 0)
		tbuf_text(&st->main, p, n);
}

/* html_break - a line or paragraph end into every open buffer. */
static void
html_break(struct html_state *st, size_t lines)
{
	tbuf_break(&st->all, lines);
	if (st->art_depth > 0)
		tbuf_break(&st->art, lines);
	if (st->main_depth > 0)
		tbuf_break(&st->main, lines);
}

/*
 * html_utf8 - the UTF-8 bytes code point cp stands for in text, into out (4
 * bytes); their count.  A control character or a no-break space is a plain
 * space, a soft hyphen nothing (0 bytes): what a reader sees, and what the
 * phrase matcher can match.
 */
static size_t
html_utf8(uint32_t cp, char *out)
{
	if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0xa0)) {
		out[0] = ' ';
		return 1;
	}
	if (cp == 0xad)
		return 0;
	return utf8_put(cp, out);
}

size_t
html_entity(const char *p, size_t n, char out[4], size_t *outlen)
{
	size_t i = 1;

	if (n > 2 && p[1] == '#') {
		int hex = n > 3 && (p[2] == 'x' || p[2] == 'X');
		uint32_t cp = 0;
		size_t start;

		i = hex ? 3 : 2;
		start = i;
		while (i < n && i - start < 8 &&
		    (hex ? isxdigit((unsigned char)p[i]) : isdigit((unsigned char)p[i]))) {
			int d = isdigit((unsigned char)p[i]) ? p[i] - '0' :
			    (tolower((unsigned char)p[i]) - 'a' + 10);

			cp = cp * (hex ? 16 : 10) + (uint32_t)d;
			i++;
		}
		if (i == start)
			return 0;
		if (i < n && p[i] == ';')
			i++;
		*outlen = html_utf8(cp, out);
		return i;
	}
	while (i < n && i <= 8 && isalnum((unsigned char)p[i]))
		i++;
	if (i == 1 || i >= n || p[i] != ';')
		return 0;
	for (size_t e = 0; e < sizeof(HTML_ENTITIES) / sizeof(HTML_ENTITIES[0]); e++) {
		const char *name = HTML_ENTITIES[e].name;

		if (strlen(name) == i - 1 && memcmp(name, p + 1, i - 1) == 0) {
			*outlen = strlen(HTML_ENTITIES[e].utf8);
			memcpy(out, HTML_ENTITIES[e].utf8, *outlen);
			return i + 1;
		}
	}
	return 0;
}

/*
 * html_decode - p[0..n) with its references decoded and its blanks folded,
 * at most HTML_VALUE_MAX bytes of it, as a new string (NULL when empty or
 * out of memory: *oom says which).
 */
static char *
html_decode(const char *p, size_t n, int *oom)
{
	struct tbuf b = {0};
	size_t i = 0;

	if (n > HTML_VALUE_MAX) {  /* cut at a character's start: p is UTF-8 */
		n = HTML_VALUE_MAX;
		while (n > 0 && ((unsigned char)p[n] & 0xc0) == 0x80)
			n--;
	}
	while (i < n) {
		char ch[4];
		size_t chlen = 0, used = p[i] == '&' ? html_entity(p + i, n - i, ch, &chlen) : 0;

		if (used > 0) {
			tbuf_text(&b, ch, chlen);
			i += used;
		} else {
			tbuf_text(&b, p + i, 1);
			i++;
		}
	}
	if (b.oom) {
		*oom = 1;
		free(b.s);
		return NULL;
	}
	if (b.len == 0) {
		free(b.s);
		return NULL;
	}
	return b.s;
}

/* html_set - keep the decoded value in slot unless the slot is taken. */
static void
html_set(struct html_state *st, int slot, const char *p, size_t n)
{
	if (st->meta[slot] == NULL && n > 0)
		st->meta[slot] = html_decode(p, n, &st->oom);
}

/*
 * html_find_close - the offset of the first case-insensitive "</name" at or
 * after from whose name ends there, or len.
 */
static size_t
html_find_close(const char *s, size_t len, size_t from, const char *name)
{
	size_t nl = strlen(name);

	for (size_t i = from; i + 2 + nl <= len; i++) {
		if (s[i] == '<' && s[i + 1] == '/' && strncasecmp(s + i + 2, name, nl) == 0 &&
		    (i + 2 + nl == len || !html_name_byte((unsigned char)s[i + 2 + nl])))
			return i;
	}
	return len;
}

/* html_after_gt - the offset just past the next '>' at or after from, or len. */
static size_t
html_after_gt(const char *s, size_t len, size_t from)
{
	const char *gt = from < len ? memchr(s + from, '>', len - from) : NULL;

	return gt != NULL ? (size_t)(gt - s) + 1 : len;
}

/*
 * html_skip_element - the offset past the end tag that closes the element
 * named name whose start tag ends at from, counting nested ones of the same
 * name; from itself when it is never closed (the rest is kept, not lost).
 * Once an element of a name is left open, later ones of that name are not
 * looked for again (bit `bit` of *unclosed): on a page of a thousand unclosed
 * <nav> tags each would scan to the end, quadratic in the page.
 */
static size_t
html_skip_element(const char *s, size_t len, size_t from, const char *name, unsigned bit,
    unsigned *unclosed)
{
	size_t nl = strlen(name), depth = 1;

	if (*unclosed & bit)
		return from;
	for (size_t i = from; i + 1 + nl < len; i++) {
		size_t at;

		if (s[i] != '<')
			continue;
		at = i + 1 + (s[i + 1] == '/');
		if (at + nl > len || strncasecmp(s + at, name, nl) != 0 ||
		    (at + nl < len && html_name_byte((unsigned char)s[at + nl])))
			continue;
		if (s[i + 1] != '/')
			depth++;
		else if (--depth == 0)
			return html_after_gt(s, len, at + nl);
	}
	*unclosed |= bit;
	return from;
}

/* html_attr_is - 1 if the attribute's value is word, ignoring case and blanks. */
static int
html_attr_is(struct attr a, const char *word)
{
	while (a.len > 0 && isspace((unsigned char)a.s[0])) {
		a.s++;
		a.len--;
	}
	while (a.len > 0 && isspace((unsigned char)a.s[a.len - 1]))
		a.len--;
	return a.len == strlen(word) && strncasecmp(a.s, word, a.len) == 0;
}

/* html_attr_in - 1 if the attribute's value (lower-cased) is in list. */
static int
html_attr_in(struct attr a, const char *const list[])
{
	for (size_t i = 0; list[i] != NULL; i++)
		if (html_attr_is(a, list[i]))
			return 1;
	return 0;
}

/*
 * html_tag - read the tag that opens at s[i] == '<' into t.  Returns 0, or
 * -1 when the '<' opens no tag ("a < b" in text).
 */
static int
html_tag(const char *s, size_t len, size_t i, struct tag *t)
{
	size_t j = i + 1, k = 0;

	memset(t, 0, sizeof(*t));
	if (j < len && s[j] == '/') {
		t->closing = 1;
		j++;
	}
	if (j >= len || !isalpha((unsigned char)s[j]))
		return -1;
	while (j < len && html_name_byte((unsigned char)s[j])) {
		if (k < HTML_NAME_MAX)
			t->name[k] = (char)tolower((unsigned char)s[j]);
		k++;
		j++;
	}
	if (k > HTML_NAME_MAX)
		t->name[0] = '\0';
	while (j < len && s[j] != '>') {
		char an[HTML_NAME_MAX + 1];
		size_t ak = 0;
		struct attr v = {NULL, 0}, *slot = NULL;

		if (s[j] == '/') {
			t->self_closing = j + 1 < len && s[j + 1] == '>';
			j++;
			continue;
		}
		if (!html_name_byte((unsigned char)s[j])) {
			j++;
			continue;
		}
		while (j < len && html_name_byte((unsigned char)s[j])) {
			if (ak < HTML_NAME_MAX)
				an[ak] = (char)tolower((unsigned char)s[j]);
			ak++;
			j++;
		}
		an[ak <= HTML_NAME_MAX ? ak : 0] = '\0';
		while (j < len && isspace((unsigned char)s[j]))
			j++;
		if (j < len && s[j] == '=') {
			j++;
			while (j < len && isspace((unsigned char)s[j]))
				j++;
			if (j < len && (s[j] == '"' || s[j] == '\'')) {
				const char *q = memchr(s + j + 1, s[j], len - j - 1);
				size_t e = q != NULL ? (size_t)(q - s) : len;

				v.s = s + j + 1;
				v.len = e - j - 1;
				j = e < len ? e + 1 : len;
			} else {
				v.s = s + j;
				while (j < len && !isspace((unsigned char)s[j]) && s[j] != '>')
					j++;
				v.len = (size_t)(s + j - v.s);
			}
		}
		if (strcmp(an, "property") == 0)
			slot = &t->property;
		else if (strcmp(an, "name") == 0)
			slot = &t->name_attr;
		else if (strcmp(an, "itemprop") == 0)
			slot = &t->itemprop;
		else if (strcmp(an, "content") == 0)
			slot = &t->content;
		else if (strcmp(an, "rel") == 0)
			slot = &t->rel;
		else if (strcmp(an, "href") == 0)
			slot = &t->href;
		else if (strcmp(an, "datetime") == 0)
			slot = &t->datetime;
		else if (strcmp(an, "type") == 0)
			slot = &t->type;
		if (slot != NULL && slot->s == NULL)
			*slot = v;
	}
	t->end = j < len ? j + 1 : len;
	return 0;
}

/* html_meta - the metadata a <meta> or <link> tag gives. */
static void
html_meta(struct html_state *st, const struct tag *t)
{
	if (strcmp(t->name, "link") == 0) {
		if (html_attr_is(t->rel, "canonical"))
			html_set(st, CANON_URL, t->href.s, t->href.len);
		return;
	}
	for (int k = 0; k < 3; k++) {
		struct attr key = k == 0 ? t->property : k == 1 ? t->name_attr : t->itemprop;

		if (key.s == NULL || t->content.s == NULL)
			continue;
		if (html_attr_in(key, HTML_META_TITLE))
			html_set(st, META_TITLE, t->content.s, t->content.len);
		else if (html_attr_in(key, HTML_META_DATE))
			html_set(st, META_DATE, t->content.s, t->content.len);
		else if (html_attr_in(key, HTML_META_SITE))
			html_set(st, META_SITE, t->content.s, t->content.len);
		else if (html_attr_in(key, HTML_META_URL))
			html_set(st, META_URL, t->content.s, t->content.len);
	}
}

/*
 * html_ld_string - in a JSON-LD script s[from..to), the string value of the
 * first "key": "value" into slot.
 */
static void
html_ld_string(struct html_state *st, size_t from, size_t to, const char *key, int slot)
{
	size_t kl = strlen(key);
	const char *s = st->s;

	for (size_t i = from; i + kl + 2 <= to; i++) {
		size_t j;

		if (s[i] != '"' || strncmp(s + i + 1, key, kl) != 0 || s[i + 1 + kl] != '"')
			continue;
		j = i + kl + 2;
		while (j < to && isspace((unsigned char)s[j]))
			j++;
		if (j >= to || s[j] != ':')
			continue;
		j++;
		while (j < to && isspace((unsigned char)s[j]))
			j++;
		if (j >= to || s[j] != '"')
			continue;
		for (size_t e = j + 1; e < to; e++) {
			if (s[e] == '\\') {
				e++;
				continue;
			}
			if (s[e] == '"') {
				html_set(st, slot, s + j + 1, e - j - 1);
				return;
			}
		}
		return;
	}
}

/*
 * html_open - what an opening tag does; returns where reading goes on (past
 * a skipped element, or the tag's end).
 */
static size_t
html_open(struct html_state *st, const struct tag *t)
{
	const char *n = t->name;
	int skip;

	if (strcmp(n, "meta") == 0 || strcmp(n, "link") == 0) {
		html_meta(st, t);
		return t->end;
	}
	if (strcmp(n, "time") == 0 && t->datetime.s != NULL)
		html_set(st, TIME_DATE, t->datetime.s, t->datetime.len);
	if (strcmp(n, "title") == 0 && !t->self_closing) {
		size_t close = html_find_close(st->s, st->len, t->end, "title");

		if (close == st->len)  /* never closed: no title, the rest is kept */
			return t->end;
		html_set(st, TAG_TITLE, st->s + t->end, close - t->end);
		return html_after_gt(st->s, st->len, close);
	}
	if (!t->self_closing && (skip = html_index(n, HTML_SKIP)) >= 0) {
		size_t close;

		if (!html_in(n, HTML_RAW))
			return html_skip_element(st->s, st->len, t->end, n, 1u << skip,
			    &st->unclosed);
		/* Raw text to its first end tag; never closed, it is read as text
		 * rather than lose the story after it. */
		if ((close = html_find_close(st->s, st->len, t->end, n)) == st->len)
			return t->end;
		if (strcmp(n, "script") == 0 && t->type.s != NULL &&
		    html_attr_is(t->type, "application/ld+json")) {
			html_ld_string(st, t->end, close, "headline", LD_TITLE);
			html_ld_string(st, t->end, close, "datePublished", LD_DATE);
		}
		return html_after_gt(st->s, st->len, close);
	}
	if (strcmp(n, "br") == 0) {
		html_break(st, 1);
		return t->end;
	}
	if (html_in(n, HTML_BLOCK))
		html_break(st, 2);
	if (strcmp(n, "article") == 0 && !st->art_done)
		st->art_depth++;
	if (strcmp(n, "main") == 0 && !st->main_done)
		st->main_depth++;
	return t->end;
}

/* html_close - what an end tag does. */
static void
html_close(struct html_state *st, const struct tag *t)
{
	if (html_in(t->name, HTML_BLOCK))
		html_break(st, 2);
	if (strcmp(t->name, "article") == 0 && st->art_depth > 0 && --st->art_depth == 0)
		st->art_done = 1;
	if (strcmp(t->name, "main") == 0 && st->main_depth > 0 && --st->main_depth == 0)
		st->main_done = 1;
}

/* html_markup - read the markup at s[i] == '<'; returns where reading goes on. */
static size_t
html_markup(struct html_state *st, size_t i)
{
	const char *s = st->s;
	size_t len = st->len;
	struct tag t;

	if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
		const char *end = memmem(s + i + 4, len - i - 4, "-->", 3);

		return end != NULL ? (size_t)(end - s) + 3 : len;
	}
	if (i + 1 < len && (s[i + 1] == '!' || s[i + 1] == '?'))
		return html_after_gt(s, len, i + 1);
	if (html_tag(s, len, i, &t) == -1) {
		html_emit(st, "<", 1);
		return i + 1;
	}
	if (t.closing) {
		html_close(st, &t);
		return t.end;
	}
	return html_open(st, &t);
}

/* html_trimmed - b's text without surrounding blanks, moved into a new string. */
static char *
html_trimmed(struct tbuf *b, size_t *outlen)
{
	size_t start = 0, end = b->len;
	char *s;

	while (start < end && isspace((unsigned char)b->s[start]))
		start++;
	while (end > start && isspace((unsigned char)b->s[end - 1]))
		end--;
	if ((s = malloc(end - start + 1)) == NULL)
		return NULL;
	if (end > start)
		memcpy(s, b->s + start, end - start);
	s[end - start] = '\0';
	*outlen = end - start;
	return s;
}

/* html_has_text - 1 if b holds a visible byte. */
static int
html_has_text(const struct tbuf *b)
{
	for (size_t i = 0; i < b->len; i++)
		if (!isspace((unsigned char)b->s[i]))
			return 1;
	return 0;
}

int
html_extract(const char *s, size_t len, struct html_doc *doc)
{
	struct html_state st;
	struct tbuf *story;
	size_t i = 0;
	int rc = -1;

	memset(doc, 0, sizeof(*doc));
	memset(&st, 0, sizeof(st));
	st.s = s;
	st.len = len;
	while (i < len) {
		if (s[i] == '<') {
			i = html_markup(&st, i);
		} else if (s[i] == '&') {
			char ch[4];
			size_t chlen = 0, used = html_entity(s + i, len - i, ch, &chlen);

			html_emit(&st, used > 0 ? ch : "&", used > 0 ? chlen : 1);
			i += used > 0 ? used : 1;
		} else {
			size_t j = i;

			while (j < len && s[j] != '<' && s[j] != '&')
				j++;
			html_emit(&st, s + i, j - i);
			i = j;
		}
	}
	if (st.oom || st.all.oom || st.art.oom || st.main.oom)
		goto out;
	story = html_has_text(&st.art) ? &st.art : html_has_text(&st.main) ? &st.main : &st.all;
	if ((doc->text = html_trimmed(story, &doc->text_len)) == NULL)
		goto out;
	doc->title = st.meta[META_TITLE] ? st.meta[META_TITLE] :
	    st.meta[TAG_TITLE] ? st.meta[TAG_TITLE] : st.meta[LD_TITLE];
	doc->published = st.meta[META_DATE] ? st.meta[META_DATE] :
	    st.meta[LD_DATE] ? st.meta[LD_DATE] : st.meta[TIME_DATE];
	doc->site = st.meta[META_SITE];
	doc->url = st.meta[CANON_URL] ? st.meta[CANON_URL] : st.meta[META_URL];
	for (int k = 0; k < META_N; k++) {
		char *m = st.meta[k];

		if (m != doc->title && m != doc->published && m != doc->site && m != doc->url)
			free(m);
	}
	memset(st.meta, 0, sizeof(st.meta));
	rc = 0;
out:
	for (int k = 0; k < META_N; k++)
		free(st.meta[k]);
	free(st.all.s);
	free(st.art.s);
	free(st.main.s);
	if (rc == -1)
		html_doc_free(doc);
	return rc;
}

void
html_doc_free(struct html_doc *doc)
{
	if (doc == NULL)
		return;
	free(doc->text);
	free(doc->title);
	free(doc->published);
	free(doc->site);
	free(doc->url);
	memset(doc, 0, sizeof(*doc));
}
