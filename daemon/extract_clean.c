/*
 * extract_clean.c - the noise of scraped news pages, taken out before the
 * extractor reads a body (see ex_clean in extract_int.h).
 *
 * Text copied from web pages keeps HTML entities ("trade &amp; investment",
 * "China&#8217;s", "$550&nbsp;billion"), no-break and thin spaces inside names
 * ("United<NBSP>States"), invisible characters (zero-width space, soft hyphen,
 * byte-order mark), and lines that link to other stories ("Read more: China
 * to buy US soybeans", "RELATED" over a list of headlines, "[See also: ...]"),
 * advertisement labels set between the lines of a sentence, and other stories'
 * headlines in Title Case standing as paragraphs of their own.
 * The phrase automaton matches exact bytes, so an entity or an odd space broke
 * a name or an amount, and a link line was read as a claim of this article.
 * ex_clean gives the extractor a copy without them and a map back to the
 * body's offsets (the contract's offsets are the body's).
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract_int.h"
#include "html.h"
#include "sentence.h"

#define EX_LINK_LABEL_MAX 40  /* bytes of a link label ("Related coverage") */
#define EX_LINK_HEADLINES 6   /* headline lines a bare label line may head */
#define EX_LINK_HEADLINE_MAX 200 /* bytes of one linked headline */

/* ex_space_like - at t[i], a space that is not 0x20 (no-break U+00A0, en, em,
 * thin, hair, narrow no-break: its length, *space = 1) or an invisible
 * character (soft hyphen, zero-width space and joiners, byte-order mark: its
 * length, *space = 0); 0 if neither. */
static size_t
ex_space_like(const unsigned char *u, size_t i, size_t len, int *space)
{
	if (u[i] == 0xc2 && i + 1 < len && (u[i + 1] == 0xa0 || u[i + 1] == 0xad)) {
		*space = u[i + 1] == 0xa0;
		return 2;
	}
	if (u[i] == 0xe2 && i + 2 < len && u[i + 1] == 0x80) {
		unsigned c = u[i + 2];

		if ((c >= 0x82 && c <= 0x8a) || c == 0xaf) {
			*space = 1;
			return 3;
		}
		if (c >= 0x8b && c <= 0x8d) {
			*space = 0;
			return 3;
		}
	}
	if (u[i] == 0xef && i + 2 < len && u[i + 1] == 0xbb && u[i + 2] == 0xbf) {
		*space = 0;
		return 3;
	}
	return 0;
}

/* ex_line_end - the offset of the '\n' ending the line at i, or len. */
static size_t
ex_line_end(const char *t, size_t i, size_t len)
{
	const char *nl = memchr(t + i, '\n', len - i);

	return nl != NULL ? (size_t)(nl - t) : len;
}

/* ex_link_label - 1 if t[s,e) is a label of the rules' link_labels ("Read more",
 * "See also", "RELATED"), spaces around it ignored. */
static int
ex_link_label(const struct rules *r, const char *t, size_t s, size_t e)
{
	while (s < e && (t[s] == ' ' || t[s] == '\t'))
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	if (e == s || e - s > EX_LINK_LABEL_MAX)
		return 0;
	if (rules_list_has(&r->link_labels, t + s, e - s))
		return 1;
	/* "More From Bloomberg Opinion", "More from Reuters", "Most read from the
	 * FT": a label and the outlet it links within. */
	for (size_t k = s + 1; k + 6 <= e; k++)
		if (ex_ncasecmp(t + k, " from ", 6) == 0)
			return rules_list_has(&r->link_labels, t + s, k - s);
	return 0;
}

/* ex_headline_line - 1 if the line t[s,e) reads as a linked headline: some
 * text, no longer than a headline, and no stop at its end ("China to buy US
 * soybeans"; a sentence of the body ends with '.', '!', '?' or a quote). */
static int
ex_headline_line(const char *t, size_t s, size_t e)
{
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
		e--;
	while (s < e && (t[s] == ' ' || t[s] == '\t'))
		s++;
	if (e == s || e - s > EX_LINK_HEADLINE_MAX)
		return 0;
	return t[e - 1] != '.' && t[e - 1] != '!' && t[e - 1] != '?' && t[e - 1] != '"' &&
	    t[e - 1] != ':' && !((unsigned char)t[e - 1] == 0x9d && e - s >= 3);
}

/* ex_link_block - the end of the link lines starting at the line start ls:
 * "Read more: China to buy US soybeans" (the line), "READ MORE" or "Related
 * coverage" alone on its line (it and the headline lines right after it, up to
 * a blank line or a line ending as a sentence does), "[Related: ...]"; ls if
 * the line links nothing.  A bullet or bracket may open the line. */
static size_t
ex_link_block(const struct rules *r, const char *t, size_t ls, size_t len)
{
	size_t le = ex_line_end(t, ls, len), s = ls, k;

	while (s < le && (t[s] == ' ' || t[s] == '\t' || t[s] == '[' || t[s] == '(' || t[s] == '*' ||
	    t[s] == '>' || t[s] == '-'))
		s++;
	k = text_find4(t, s, le - s <= EX_LINK_LABEL_MAX ? le : s + EX_LINK_LABEL_MAX + 1, ':', '|', ']', ')');
	if (k - s > EX_LINK_LABEL_MAX || !ex_link_label(r, t, s, k))
		return ls;
	if (k < le) {
		/* "Read more: <headline>": the rest of the line; nothing after the
		 * colon is a bare label ("RELATED:"). */
		size_t a = k + 1;

		while (a < le && (t[a] == ' ' || t[a] == '\t' || t[a] == ']' || t[a] == ')'))
			a++;
		if (a < le)
			return le < len ? le + 1 : le;
	}
	/* A bare label: the headlines under it. */
	size_t e = le < len ? le + 1 : le;

	for (int n = 0; n < EX_LINK_HEADLINES && e < len; n++) {
		size_t ne = ex_line_end(t, e, len);

		if (!ex_headline_line(t, e, ne))
			break;
		e = ne < len ? ne + 1 : ne;
	}
	return e;
}

/* ex_blank_before - 1 if the line starting at ls follows a blank line (its
 * own paragraph), not the first line of the body. */
static int
ex_blank_before(const char *t, size_t ls)
{
	if (ls >= 2 && t[ls - 1] == '\n' && t[ls - 2] == '\n')
		return 1;
	return ls >= 3 && t[ls - 1] == '\n' && t[ls - 2] == '\r' && t[ls - 3] == '\n';
}

/* ex_title_line - the end of the line at ls (its '\n' included) when it is a
 * headline set in Title Case as a paragraph of its own, between blank lines,
 * after the body's first paragraph: "China Halts Purchases of US Soybeans Amid
 * Trade Row", left in a scraped page by a list of other stories or a teaser
 * without a label.  At least three words, two of them capitalised, every
 * word lower case only when it is one of the rules' headline_small_words
 * ("of", "amid"), and no stop at its end; else ls.  A sentence of the body
 * ("China halts purchases of US soybeans") stays. */
static size_t
ex_title_line(const struct rules *r, const char *t, size_t ls, size_t len)
{
	size_t le = ex_line_end(t, ls, len), e = le, i, words = 0, caps = 0;

	if (!ex_blank_before(t, ls))
		return ls;
	if (le < len && !(le + 1 >= len || t[le + 1] == '\n' ||
	    (t[le + 1] == '\r' && le + 2 < len && t[le + 2] == '\n')))
		return ls;
	if (!ex_headline_line(t, ls, le))
		return ls;
	while (e > ls && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
		e--;
	for (i = ls; i < e;) {
		size_t w;

		while (i < e && (t[i] == ' ' || t[i] == '\t'))
			i++;
		for (w = i; i < e && t[i] != ' ' && t[i] != '\t'; i++)
			;
		if (w == i)
			break;
		words++;
		/* An opening quote or bracket does not hide the word's case. */
		while (w < i && (t[w] == '"' || t[w] == '\'' || t[w] == '(' || t[w] == '['))
			w++;
		if (w < i && t[w] >= 'a' && t[w] <= 'z') {
			if (!rules_list_has(&r->headline_small_words, t + w, i - w))
				return ls;
		} else if (w < i && t[w] >= 'A' && t[w] <= 'Z') {
			caps++;
		}
	}
	if (words < 3 || caps < 2)
		return ls;
	return le < len ? le + 1 : le;
}

/* ex_ad_line - the end of the line at ls (its '\n' included) when it is an
 * advertisement's label alone ("Advertisement", "Story continues below
 * advertisement": rules' ad_labels), often set inside a sentence; else ls. */
static size_t
ex_ad_line(const struct rules *r, const char *t, size_t ls, size_t len)
{
	size_t le = ex_line_end(t, ls, len), e = le;

	while (e > ls && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
		e--;
	if (e - ls > EX_LINK_LABEL_MAX || !rules_list_has(&r->ad_labels, t + ls, e - ls))
		return ls;
	return le < len ? le + 1 : le;
}

/* ex_link_inline - at the '[' or '(' at t[i] inside a line, a bracketed link
 * ("[Read more: China to cut tariffs on US farm goods]"): the offset after its
 * closing bracket, else i. */
static size_t
ex_link_inline(const struct rules *r, const char *t, size_t i, size_t len)
{
	char close = t[i] == '[' ? ']' : ')';
	size_t k, c, lim;

	for (k = i + 1; k < len && k - i <= EX_LINK_LABEL_MAX && t[k] != ':' && t[k] != '\n'; k++)
		;
	if (k >= len || t[k] != ':' || !ex_link_label(r, t, i + 1, k))
		return i;
	lim = len - k > EX_LINK_HEADLINE_MAX ? k + EX_LINK_HEADLINE_MAX : len;
	for (c = k; c < lim && t[c] != close && t[c] != '\n'; c++)
		;
	return c < lim && t[c] == close ? c + 1 : i;
}

/* ex_clean_at - what ex_clean does at t[i]: the bytes consumed (0: copy the
 * byte as it is), with the replacement at out (*n bytes, at most 4). */
static size_t
ex_clean_at(const struct rules *r, const char *t, size_t i, size_t len, char out[4], size_t *n)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t k;
	int space;

	*n = 0;
	if (t[i] == '&')
		return html_entity(t + i, len - i, out, n);
	if (u[i] >= 0xc2 && (k = ex_space_like(u, i, len, &space)) > 0) {
		if (space) {
			out[0] = ' ';
			*n = 1;
		}
		return k;
	}
	if ((i == 0 || t[i - 1] == '\n') && ((k = ex_link_block(r, t, i, len)) > i ||
	    (k = ex_ad_line(r, t, i, len)) > i || (k = ex_title_line(r, t, i, len)) > i))
		return k - i;
	if ((t[i] == '[' || t[i] == '(') && (k = ex_link_inline(r, t, i, len)) > i)
		return k - i;
	return 0;
}

/*
 * ex_clean_next - the first offset at or after i that may start something
 * ex_clean_at changes: '&', a lead byte of an odd space or invisible
 * character (0xc2, 0xe2, 0xef), '[' or '(' (an inline link), or a line's
 * start (a link or advertisement line); len if none.  Most bytes are none of
 * these, so sixteen are tested at a time where SSE2 is there.
 */
static size_t
ex_clean_next(const char *t, size_t i, size_t len)
{
	if (i >= len || i == 0 || t[i - 1] == '\n')
		return i;
#ifdef __SSE2__
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('[')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('(')))),
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xc2)),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xe2))),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xef))));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);

		if (bits != 0) {
			i += (size_t)__builtin_ctz(bits);
			return t[i] == '\n' ? i + 1 : i;
		}
	}
#endif
	for (; i < len; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == '\n')
			return i + 1;
		if (c == '&' || c == 0xc2 || c == 0xe2 || c == 0xef || c == '[' || c == '(')
			return i;
	}
	return len;
}

int
ex_clean(const struct rules *r, const char *body, size_t len, struct ex_clean *c)
{
	char rep[4];
	size_t n, k, i = 0, o = 0, cap = 0;

	memset(c, 0, sizeof(*c));
	/* Find the first change: most bodies have none, and get no copy. */
	for (i = ex_clean_next(body, 0, len); i < len; i = ex_clean_next(body, i + 1, len))
		if (ex_clean_at(r, body, i, len, rep, &n) > 0)
			break;
	if (i >= len)
		return 0;
	if ((c->text = malloc(len + 1)) == NULL)
		return -1;
	memcpy(c->text, body, i);
	o = i;
	while (i < len) {
		size_t next = ex_clean_next(body, i, len);

		if (next > i) {  /* a run that stays as it is */
			memcpy(c->text + o, body + i, next - i);
			o += next - i;
			i = next;
			continue;
		}
		if ((k = ex_clean_at(r, body, i, len, rep, &n)) == 0) {
			c->text[o++] = body[i++];
			continue;
		}
		memcpy(c->text + o, rep, n);
		/* Clean [o, o + n) stands for body [i, i + k). */
		if (c->n == cap) {
			struct ex_shift *v;

			cap = cap ? 2 * cap : 16;
			if ((v = realloc(c->shift, cap * sizeof(*v))) == NULL) {
				ex_clean_free(c);
				return -1;
			}
			c->shift = v;
		}
		c->shift[c->n++] = (struct ex_shift){o, o + n, i, i + k};
		o += n;
		i += k;
	}
	c->text[o] = '\0';
	c->len = o;
	return 0;
}

/* ex_shift_last - the number of shifts whose clean start is before off (or at
 * off, with at). */
static size_t
ex_shift_last(const struct ex_clean *c, size_t off, int at)
{
	size_t lo = 0, hi = c->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->shift[mid].clean_from < off || (at && c->shift[mid].clean_from == off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
ex_clean_span(const struct ex_clean *c, size_t cs, size_t ce, size_t *bs, size_t *be)
{
	size_t k = ex_shift_last(c, cs, 1);
	const struct ex_shift *x;

	/* The start: after what was dropped there, at an entity's '&'. */
	if (k == 0)
		*bs = cs;
	else if (x = &c->shift[k - 1], cs >= x->clean_to)
		*bs = x->body_to + (cs - x->clean_to);
	else
		*bs = cs == x->clean_from ? x->body_from : x->body_to;
	/* The end: before what was dropped there, after a whole entity. */
	k = ex_shift_last(c, ce, 0);
	if (k == 0)
		*be = ce;
	else if (x = &c->shift[k - 1], ce >= x->clean_to)
		*be = x->body_to + (ce - x->clean_to);
	else
		*be = x->body_to;
	if (*be < *bs)
		*be = *bs;
}

void
ex_clean_free(struct ex_clean *c)
{
	free(c->text);
	free(c->shift);
	memset(c, 0, sizeof(*c));
}
