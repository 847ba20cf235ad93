/*
 * test_html.c - html_extract: which text is the story, what is left out,
 * where paragraphs end, character references, the page's metadata and its
 * precedence, and broken markup (cut anywhere, unclosed elements).
 * Run from tests/unit/.  All pages are written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "utf8.h"

/* text_of - the story text of page (a fresh doc, freed by the caller). */
static struct html_doc
text_of(const char *page)
{
	struct html_doc doc;

	assert_int_equal(html_extract(page, strlen(page), &doc), 0);
	return doc;
}

/* expect_text - page's story text is want. */
static void
expect_text(const char *page, const char *want)
{
	struct html_doc doc = text_of(page);

	assert_string_equal(doc.text, want);
	assert_int_equal(doc.text_len, strlen(want));
	html_doc_free(&doc);
}

/* test_story_choice - the first <article>, else <main>, else the page. */
static void
test_story_choice(void **state)
{
	(void)state;
	expect_text("<body><p>Menu</p><main><p>Main text.</p><article><p>Story one.</p>"
	    "</article><article><p>Teaser two.</p></article></main></body>", "Story one.");
	expect_text("<body><p>Menu</p><main><p>Main text.</p></main><p>Tail</p></body>",
	    "Main text.");
	expect_text("<body><p>Only the page.</p></body>", "Only the page.");
	/* An empty article is no story: the page's text stands. */
	expect_text("<body><article> </article><p>Text.</p></body>", "Text.");
	/* A nested article stays inside the first one. */
	expect_text("<article><p>A.</p><article><p>B.</p></article><p>C.</p></article>"
	    "<p>D.</p>", "A.\n\nB.\n\nC.");
}

/* test_left_out - scripts, styles, menus, captions, comments, asides. */
static void
test_left_out(void **state)
{
	(void)state;
	expect_text("<p>Kept.</p><script>if (a < b) { s = \"<p>China agreed to buy corn.</p>\"; }"
	    "</script><style>p { x: 1 }</style><p>Also kept.</p>", "Kept.\n\nAlso kept.");
	expect_text("<nav><ul><li>Home</li><nav><li>Deep</li></nav><li>More</li></ul></nav>"
	    "<p>Story.</p>", "Story.");
	expect_text("<p>Story.</p><figure><img src=x><figcaption>FILE PHOTO: a port."
	    "</figcaption></figure><aside>Read more: another story</aside>"
	    "<footer>Copyright</footer><!-- <p>hidden</p> --><p>End.</p>", "Story.\n\nEnd.");
	expect_text("<form><button>Sign up</button><select><option>A</option></select>"
	    "<textarea><p>x</p></textarea></form><p>Text.</p>", "Text.");
	/* Never closed: the rest is kept, not swallowed. */
	expect_text("<nav><p>Story after an open menu.</p>", "Story after an open menu.");
	/* A thousand menus left open: each keeps the rest (and the first one's
	 * failed search is not repeated for every later one). */
	{
		size_t n = 1000 * 5 + 32;
		char *page = malloc(n);

		assert_non_null(page);
		strcpy(page, "<p>Story.</p>");
		for (int i = 0; i < 1000; i++)
			strcat(page, "<nav>");
		strcat(page, "<p>End.</p>");
		expect_text(page, "Story.\n\nEnd.");
		free(page);
	}
	/* A title, script or style never closed is read as text, not the end. */
	expect_text("<title>Broken<p>Story.</p>", "Broken\n\nStory.");
	expect_text("<title/><p>Story.</p>", "Story.");
	expect_text("<p>Story.</p><script>var x = 1", "Story.\n\nvar x = 1");
	/* Self-closing: nothing to skip. */
	expect_text("<svg/><p>Text.</p>", "Text.");
	expect_text("<!DOCTYPE html><?xml version=\"1.0\"?><p>Text.</p>", "Text.");
}

/* test_paragraphs - block elements end paragraphs; br a line; blanks fold. */
static void
test_paragraphs(void **state)
{
	(void)state;
	expect_text("<h1>Headline without a stop</h1><p>First   sentence\n of the\tbody.</p>",
	    "Headline without a stop\n\nFirst sentence of the body.");
	expect_text("<ul><li>One item</li><li>Two item</li></ul>", "One item\n\nTwo item");
	expect_text("<p>Line one<br>Line two<br/>Line three</p>",
	    "Line one\nLine two\nLine three");
	expect_text("<div><div><p>Deep.</p></div></div><div>Next.</div>", "Deep.\n\nNext.");
	expect_text("<p>In<b>line</b> <a href='x'>markup</a> <i>goes</i>.</p>",
	    "Inline markup goes.");
	expect_text("<p>A &lt; b and 1 < 2.</p>", "A < b and 1 < 2.");
}

/* test_references - character references, numeric and named. */
static void
test_references(void **state)
{
	(void)state;
	expect_text("<p>AT&amp;T &#8220;cut&#8221; &#x2014; 12&nbsp;million &euro;5&hellip;</p>",
	    "AT&T \xe2\x80\x9c" "cut\xe2\x80\x9d \xe2\x80\x94 12 million \xe2\x82\xac" "5\xe2\x80\xa6");
	/* Unknown names and bare ampersands stay as written. */
	expect_text("<p>AT&T &bogus; &amp &#;</p>", "AT&T &bogus; &amp &#;");
	/* Controls become blanks; surrogates and out-of-range points U+FFFD. */
	expect_text("<p>a&#0;b&#13;c&#x1;d</p>", "a b c d");
	expect_text("<p>&#xD800;&#x110000;</p>", "\xef\xbf\xbd\xef\xbf\xbd");
	expect_text("<p>caf&eacute; &#233;</p>", "caf\xc3\xa9 \xc3\xa9");
	/* A C1 control character written raw is a blank, as its reference is. */
	expect_text("<p>a\xc2\x85" "b&#133;c</p>", "a b c");
	/* A no-break space is a space, a soft hyphen nothing: the phrases match. */
	expect_text("<p>United&#160;States co&#173;operate co&shy;op</p>",
	    "United States cooperate coop");
}

/* expect_meta - page's title, date, site and address (NULL: none). */
static void
expect_meta(const char *page, const char *title, const char *published, const char *site,
    const char *url)
{
	struct html_doc doc = text_of(page);
	const char *got[] = {doc.title, doc.published, doc.site, doc.url};
	const char *want[] = {title, published, site, url};

	for (size_t i = 0; i < 4; i++) {
		if (want[i] == NULL)
			assert_null(got[i]);
		else
			assert_string_equal(got[i], want[i]);
	}
	html_doc_free(&doc);
}

/* test_metadata - each field from the page's own metadata, in its order. */
static void
test_metadata(void **state)
{
	(void)state;
	expect_meta("<head><title> Tag  title </title>"
	    "<meta property=\"og:title\" content=\"OG &amp; title\">"
	    "<meta name='twitter:title' content='later title'>"
	    "<meta property=\"article:published_time\" content=\"2027-03-03T08:15:00Z\">"
	    "<meta name=\"date\" content=\"2001-01-01\">"
	    "<meta property=og:site_name content=Example>"
	    "<meta property=\"og:url\" content=\"https://og.example/a\">"
	    "<link rel=\"canonical\" href=\"https://canon.example/a\">"
	    "<script type=\"application/ld+json\">{\"headline\": \"LD\", "
	    "\"datePublished\": \"2020-01-01\"}</script></head>"
	    "<body><time datetime=\"2019-05-05\">May 5</time><p>Body.</p></body>",
	    "OG & title", "2027-03-03T08:15:00Z", "Example", "https://canon.example/a");
	expect_text("<head><script type=\"application/ld+json\">{}</script></head>"
	    "<body><time datetime=\"2019-05-05\">May 5</time><p>Body.</p></body>",
	    "May 5\n\nBody.");
	/* Without the metas: <title>, JSON-LD's date, og:url. */
	expect_meta("<title>Tag\n title</title><meta property=\"og:url\" content=\"u\">"
	    "<script type=\"application/ld+json\">{\"datePublished\" : \"2020-01-02\", "
	    "\"headline\": \"LD \\\"q\\\"\"}</script><time datetime=\"2019-05-05\"></time><p>B.</p>",
	    "Tag title", "2020-01-02", NULL, "u");
	/* Then JSON-LD's headline (escapes kept as written) and the first <time>. */
	expect_meta("<script type='application/ld+json'>{\"headline\":\"LD \\\"q\\\"\"}"
	    "</script><time datetime='2019-05-05'></time><time datetime='2018-01-01'></time>"
	    "<p>B.</p>", "LD \\\"q\\\"", "2019-05-05", NULL, NULL);
	expect_meta("<p>B.</p>", NULL, NULL, NULL, NULL);
	/* A value ending in a character of several bytes keeps it. */
	expect_meta("<title>Caf\xc3\xa9</title><meta property=og:site_name content='Le Monde \xe2\x80\x94 \xc3\xa9'>"
	    "<link rel=canonical href='https://news.example/caf\xc3\xa9'><p>B.</p>",
	    "Caf\xc3\xa9", NULL, "Le Monde \xe2\x80\x94 \xc3\xa9", "https://news.example/caf\xc3\xa9");
	expect_meta("<title>\xe4\xb8\xad\xe5\x9b\xbd\xe5\x90\x8c\xe6\x84\x8f</title><p>B.</p>",
	    "\xe4\xb8\xad\xe5\x9b\xbd\xe5\x90\x8c\xe6\x84\x8f", NULL, NULL, NULL);
}

/* test_long_value - a value past HTML_VALUE_MAX (512) is cut at a character's start. */
static void
test_long_value(void **state)
{
	char page[2048] = "<title>a";
	struct html_doc doc;

	(void)state;
	for (int i = 0; i < 600; i++)
		strcat(page, "\xc3\xa9");
	strcat(page, "</title><p>B.</p>");
	doc = text_of(page);
	assert_non_null(doc.title);
	assert_true(strlen(doc.title) <= 512 && strlen(doc.title) >= 510);
	assert_true(utf8_valid(doc.title, strlen(doc.title)));
	assert_int_equal((unsigned char)doc.title[strlen(doc.title) - 1], 0xa9);
	html_doc_free(&doc);
}

/* test_cut_anywhere - every prefix of a page: no crash, clean UTF-8 text. */
static void
test_cut_anywhere(void **state)
{
	static const char page[] =
	    "<!DOCTYPE html><html><head><title>T &amp; t</title><meta property=\"og:title\" "
	    "content='x'><script type=\"application/ld+json\">{\"headline\":\"h\"}</script>"
	    "<!-- c --></head><body><nav><a>x</a></nav><article><h1>H</h1><p>Caf&eacute; "
	    "&#8220;q&#8221; &#x1F600; a<b</p><br/><figure>f</figure></article></body></html>";
	size_t n = strlen(page);

	(void)state;
	for (size_t len = 0; len <= n; len++) {
		char *copy = malloc(len ? len : 1);
		struct html_doc doc;

		assert_non_null(copy);
		memcpy(copy, page, len);
		assert_int_equal(html_extract(copy, len, &doc), 0);
		assert_non_null(doc.text);
		assert_int_equal(strlen(doc.text), doc.text_len);
		assert_true(utf8_valid(doc.text, doc.text_len));
		for (size_t i = 0; i < doc.text_len; i++)
			assert_true((unsigned char)doc.text[i] >= ' ' || doc.text[i] == '\n');
		if (doc.title != NULL)
			assert_true(utf8_valid(doc.title, strlen(doc.title)));
		html_doc_free(&doc);
		free(copy);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_story_choice),
		cmocka_unit_test(test_left_out),
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_references),
		cmocka_unit_test(test_metadata),
		cmocka_unit_test(test_long_value),
		cmocka_unit_test(test_cut_anywhere),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
