/*
 * test_extract.c - the extractor against invented test articles, and the
 * sentence splitter.
 *
 * Each tests/articles/NAME.txt (a "published:" line, then the body) is
 * extracted with config/rules.json and compared with NAME.expect (see
 * tests/articles/README.md): every expected entry must be there with its
 * status, deadline and quantity; with "exact", nothing else may be.
 * Also who owes a commitment and the confidence of an actor carried from an
 * earlier sentence, which decides whether a claim moves a commitment or waits
 * in the review queue.  Run from tests/unit/.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "rules.h"
#include "sentence.h"

#define RULES_FILE "../../config/rules.json"
#define ARTICLES "../articles"
#define MIN_ARTICLES 15
#define MIN_CONFIDENCE 0.5  /* the daemon's default min_confidence */

static struct rules *rules;

/* extract.c's splitter with its bound (extract_int.h). */
size_t ex_sentence_next(const struct rules *rules, const char *body, size_t len, size_t s);

static int
setup(void **state)
{
	char err[512];

	(void)state;
	if ((rules = rules_load(RULES_FILE, err, sizeof(err))) == NULL) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	rules_free(rules);
	return 0;
}

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (buf != NULL && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf != NULL)
		buf[n] = '\0';
	fclose(fp);
	return buf;
}

/* dump - every entry of ex, one line each, for failure messages. */
static void
dump(const char *name, const struct extraction *ex)
{
	fprintf(stderr, "%s: got %zu entries\n", name, ex->n);
	for (size_t i = 0; i < ex->n; i++) {
		const struct commitment *c = &ex->items[i];

		fprintf(stderr, "  %s %s %s %s %s deadline=%s amount=%g unit=%s | %.100s\n", c->actor,
		    *c->counterparty ? c->counterparty : "-", c->action, c->object, status_name(c->status),
		    c->deadline, c->quantity.amount, c->quantity.unit, c->evidence);
	}
}

/* check_line - the entry named by one .expect line is in ex, with what it states. */
static int
check_line(const char *name, const struct extraction *ex, char *line)
{
	char actor[8], cp[8], action[32], object[40], status[16];
	const char *deadline = strstr(line, "deadline="), *amount = strstr(line, "amount=");
	const char *unit = strstr(line, "unit="), *progress = strstr(line, "progress=");
	const char *per = strstr(line, "per=");

	if (sscanf(line, "%7s %7s %31s %39s %15s", actor, cp, action, object, status) != 5)
		fail_msg("%s: bad expect line: %s", name, line);
	for (size_t i = 0; i < ex->n; i++) {
		const struct commitment *c = &ex->items[i];

		if (strcmp(c->actor, actor) || strcmp(c->action, action) || strcmp(c->object, object) ||
		    strcmp(*c->counterparty ? c->counterparty : "-", cp))
			continue;
		if (strcmp(status_name(c->status), status) != 0) {
			fprintf(stderr, "%s: %s: status %s\n", name, line, status_name(c->status));
			return -1;
		}
		/* "deadline=none": the entry must have no deadline. */
		if (deadline != NULL && (strncmp(deadline + 9, "none", 4) == 0 ? c->deadline[0] != '\0' :
		    strncmp(c->deadline, deadline + 9, 10) != 0)) {
			fprintf(stderr, "%s: %s: deadline '%s'\n", name, line, c->deadline);
			return -1;
		}
		/* "amount=none": the entry must have no quantity. */
		if (amount != NULL && strncmp(amount + 7, "none", 4) == 0) {
			if (c->quantity.present) {
				fprintf(stderr, "%s: %s: quantity %g %s\n", name, line,
				    c->quantity.amount, c->quantity.unit);
				return -1;
			}
		} else if (amount != NULL && (!c->quantity.present ||
		    fabs(c->quantity.amount - atof(amount + 7)) > 1e-6 * fabs(c->quantity.amount) + 1e-9 ||
		    (unit != NULL && strncmp(c->quantity.unit, unit + 5, strlen(c->quantity.unit)) != 0))) {
			fprintf(stderr, "%s: %s: quantity %g %s\n", name, line, c->quantity.amount,
			    c->quantity.unit);
			return -1;
		}
		/* "per=year": a yearly rate; "per=none": an amount in all. */
		if (per != NULL && (!c->quantity.present ||
		    c->quantity.per_year != (strncmp(per + 4, "year", 4) == 0))) {
			fprintf(stderr, "%s: %s: per_year %d\n", name, line, c->quantity.per_year);
			return -1;
		}
		/* "progress=N": the amount done so far; "progress=none": none. */
		if (progress != NULL && (strncmp(progress + 9, "none", 4) == 0 ? c->progress.present :
		    !c->progress.present || fabs(c->progress.amount - atof(progress + 9)) >
		    1e-6 * fabs(c->progress.amount) + 1e-9)) {
			fprintf(stderr, "%s: %s: progress %g\n", name, line,
			    c->progress.present ? c->progress.amount : -1);
			return -1;
		}
		return 0;
	}
	fprintf(stderr, "%s: missing: %s\n", name, line);
	return -1;
}

/* run_article - extract one test article and compare; returns 0 if it matches. */
static int
run_article(const char *base)
{
	char path[512], published[16] = "", *text, *expect, *body, *line, *save = NULL;
	struct extraction ex;
	size_t want = 0;
	int exact = 0, rc = 0;

	snprintf(path, sizeof(path), "%s/%s.txt", ARTICLES, base);
	assert_non_null(text = slurp(path));
	snprintf(path, sizeof(path), "%s/%s.expect", ARTICLES, base);
	assert_non_null(expect = slurp(path));
	assert_int_equal(strncmp(text, "published: ", 11), 0);
	body = strchr(text, '\n') + 1;
	if (strncmp(text + 11, "none", 4) != 0)
		snprintf(published, sizeof(published), "%.10s", text + 11);
	assert_int_equal(extract_text(rules, body, strlen(body), published, &ex), 0);
	for (line = strtok_r(expect, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		if (strcmp(line, "exact") == 0) {
			exact = 1;
			continue;
		}
		want++;
		if (check_line(base, &ex, line) == -1)
			rc = -1;
	}
	if (exact && ex.n != want) {
		fprintf(stderr, "%s: %zu entries, want exactly %zu\n", base, ex.n, want);
		rc = -1;
	}
	for (size_t i = 0; i < ex.n; i++) {
		const struct commitment *c = &ex.items[i];

		assert_true(c->confidence >= 0 && c->confidence <= 1);
		assert_true(c->offset < strlen(body));
		assert_int_equal(strncmp(body + c->offset, c->evidence, strlen(c->evidence)), 0);
	}
	if (rc != 0)
		dump(base, &ex);
	extraction_free(&ex);
	free(text);
	free(expect);
	return rc;
}

static void
test_articles(void **state)
{
	DIR *d = opendir(ARTICLES);
	struct dirent *de;
	int cases = 0, failed = 0;

	(void)state;
	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(de->d_name);
		char base[256];

		if (n < 5 || strcmp(de->d_name + n - 4, ".txt") != 0 || n - 4 >= sizeof(base))
			continue;
		snprintf(base, sizeof(base), "%.*s", (int)(n - 4), de->d_name);
		cases++;
		if (run_article(base) != 0)
			failed++;
	}
	closedir(d);
	assert_true(cases >= MIN_ARTICLES);
	assert_int_equal(failed, 0);
}

/* sentences - split t and return the sentences joined by '|'. */
static void
expect_sentences(const char *t, const char *want)
{
	char got[1024] = "";
	size_t len = strlen(t);

	for (size_t s = 0; s < len;) {
		size_t e = sentence_end(rules, t, len, s), k = e;

		while (k > s && (t[k - 1] == ' ' || t[k - 1] == '\n'))
			k--;
		if (*got)
			strcat(got, "|");
		strncat(got, t + s, k - s);
		s = e;
	}
	assert_string_equal(got, want);
}

static void
test_sentences(void **state)
{
	(void)state;
	expect_sentences("The U.S. agreed on Nov. 3 with Mr. Li. China will buy 1.5 million tons.",
	    "The U.S. agreed on Nov. 3 with Mr. Li.|China will buy 1.5 million tons.");
	expect_sentences("Donald J. Trump spoke. \"We agreed,\" he said. Is it done? Yes!",
	    "Donald J. Trump spoke.|\"We agreed,\" he said.|Is it done?|Yes!");
	expect_sentences("Headline without a stop\nBody starts here. It ends at 3 p.m. today.",
	    "Headline without a stop|Body starts here.|It ends at 3 p.m. today.");
	expect_sentences("Prices rose 2.5% in Jan. and Feb. Exports fell.",
	    "Prices rose 2.5% in Jan. and Feb. Exports fell.");
	/* A dotted acronym ends the sentence before an opener, not before a name. */
	expect_sentences("Seoul will invest in the U.S. It has begun. Sales to the U.K. The end.",
	    "Seoul will invest in the U.S.|It has begun.|Sales to the U.K.|The end.");
	expect_sentences("Goods from the U.S. Trade Representative's list. Talks in the U.S. Theaters.",
	    "Goods from the U.S. Trade Representative's list.|Talks in the U.S. Theaters.");
}

/* one - extract text and return the number of entries; fills *c with the first. */
static size_t
one(const char *text, const char *published, struct commitment *c)
{
	struct extraction ex;
	size_t n;

	assert_int_equal(extract_text(rules, text, strlen(text), published, &ex), 0);
	n = ex.n;
	if (n > 0) {
		*c = ex.items[0];
		c->evidence = c->attribution = NULL;
	}
	if (n > 0 && ex.items[0].attribution != NULL)
		c->confidence = -1;  /* marks "attributed" for the caller */
	extraction_free(&ex);
	return n;
}

static void
test_single_statements(void **state)
{
	struct commitment c;

	(void)state;
	/* Negation, condition, question. */
	assert_int_equal(one("Japan did not agree to buy US rice.", "2025-01-01", &c), 0);
	assert_int_equal(one("If Korea buys US LNG, tariffs will fall.", "2025-01-01", &c), 0);
	assert_int_equal(one("Could India cut tariffs on US pork?", "2025-01-01", &c), 0);
	/* Alias and counterparty from an adjective. */
	assert_int_equal(one("New Delhi will lift its ban on American poultry.", "2025-01-01", &c), 1);
	assert_string_equal(c.actor, "IN");
	assert_string_equal(c.counterparty, "US");
	assert_string_equal(c.action, "market_access");
	assert_string_equal(c.object, "poultry");
	assert_int_equal(c.status, STATUS_PLEDGED);
	/* "US" in capitals is an actor, "us" is a pronoun. */
	assert_int_equal(one("They told us Mexico agreed to buy more corn from the US.", "2025-01-01", &c), 1);
	assert_string_equal(c.actor, "MX");
	assert_string_equal(c.counterparty, "US");
	/* Attribution lowers nothing but is recorded. */
	assert_int_equal(one("Brazil will buy 10 Boeing jets, Lula said.", "2025-01-01", &c), 1);
	assert_true(c.confidence < 0);
	assert_string_equal(c.object, "aircraft");
	/* A tariff on a product takes the product; a fentanyl tariff its own object. */
	assert_int_equal(one("Washington halved the fentanyl tariff on Chinese goods.", "2025-01-01", &c), 1);
	assert_string_equal(c.object, "fentanyl_tariff");
	assert_int_equal(c.status, STATUS_FULFILLED);
}

/* entry - extract text and copy the entry for object into *c (actor and
 * counterparty, "-" for none, and confidence); fails when there is none. */
static void
entry(const char *text, const char *object, char *actor, char *cp, double *confidence)
{
	struct extraction ex;
	int found = 0;

	assert_int_equal(extract_text(rules, text, strlen(text), "2026-09-10", &ex), 0);
	for (size_t i = 0; i < ex.n && !found; i++) {
		const struct commitment *c = &ex.items[i];

		if (strcmp(c->object, object) != 0)
			continue;
		snprintf(actor, 8, "%s", c->actor);
		snprintf(cp, 8, "%s", *c->counterparty ? c->counterparty : "-");
		*confidence = c->confidence;
		found = 1;
	}
	extraction_free(&ex);
	if (!found)
		fail_msg("no %s entry in: %s", object, text);
}

/* A carried actor with one candidate (the last subject, alone in its sentence)
 * is kept above the review threshold; with a rival it stays below. */
static void
test_carry_confidence(void **state)
{
	char a[8], cp[8];
	double conf, named;

	(void)state;
	entry("China's commerce ministry said it had issued licences for gallium to US buyers. "
	    "The ministry said licences for graphite would follow by the end of October.",
	    "graphite", a, cp, &conf);
	assert_string_equal(a, "CN");
	assert_string_equal(cp, "US");
	assert_true(conf >= MIN_CONFIDENCE);
	entry("China's commerce ministry said licences for graphite would follow by the end of "
	    "October.", "graphite", a, cp, &named);
	assert_true(named > conf);  /* a named actor stays surer than a carried one */
	/* Pronoun subject, one party before it. */
	entry("Vietnam signed the framework on Tuesday. It will buy 300,000 tonnes of US wheat "
	    "next year, officials said.", "wheat", a, cp, &conf);
	assert_string_equal(a, "VN");
	assert_true(conf >= MIN_CONFIDENCE);
	/* Two subjects in the sentence the actor comes from. */
	entry("China and Japan met in Tokyo on Monday. Licences for graphite would follow by the "
	    "end of October.", "graphite", a, cp, &conf);
	assert_true(conf < MIN_CONFIDENCE);
	/* Another party speaks after the one that acted. */
	entry("China issued licences for gallium, Japan said. Licences for graphite would "
	    "follow by the end of October.", "graphite", a, cp, &conf);
	assert_true(conf < MIN_CONFIDENCE);
}

/* Who buys: a party named before goods and a buying noun, unless the article
 * already named it as the seller. */
static void
test_goods_buyer(void **state)
{
	char a[8], cp[8];
	double conf;

	(void)state;
	entry("Korean LNG purchases have stalled since the spring.", "lng", a, cp, &conf);
	assert_string_equal(a, "KR");
	entry("Brazil pledged to buy American ethanol-grade corn. US corn purchases have "
	    "slowed since then.", "corn", a, cp, &conf);
	assert_string_equal(a, "BR");
	assert_string_equal(cp, "US");
	/* The goods' origin alone is the counterparty. */
	entry("Japan will buy more American corn.", "corn", a, cp, &conf);
	assert_string_equal(a, "JP");
	assert_string_equal(cp, "US");
}

/* A text with no stop for thousands of bytes is read in pieces of at most
 * EX_SENTENCE_MAX (4096) bytes, cut at a space: the commitment at its end is
 * still found, and its evidence is its piece, not the whole run (the clause
 * tests compare mentions with the rest of their clause, so one endless
 * "sentence" cost time by the square of its length). */
static void
test_endless_sentence(void **state)
{
	static const char TAIL[] = " and China will buy 12 million tonnes of US soybeans by the end of 2027";
	struct extraction ex;
	size_t len = 0;
	char *t = malloc(7000 + sizeof(TAIL));
	int found = 0;

	(void)state;
	assert_non_null(t);
	while (len < 7000) {
		memcpy(t + len, "talks went on ", 14);
		len += 14;
	}
	memcpy(t + len, TAIL, sizeof(TAIL) - 1);
	len += sizeof(TAIL) - 1;
	assert_int_equal(extract_text(rules, t, len, "2027-01-01", &ex), 0);
	for (size_t i = 0; i < ex.n; i++) {
		const struct commitment *c = &ex.items[i];

		if (strcmp(c->actor, "CN") == 0 && strcmp(c->object, "soybeans") == 0) {
			found = 1;
			assert_true(strlen(c->evidence) <= 4096);
		}
	}
	assert_true(found);
	extraction_free(&ex);
	free(t);
}

/* A text of one sentence repeated gives a statement per copy; statements are
 * compared in pairs, so the extractor reads no further once it holds
 * EXTRACT_MAX_STATEMENTS of them, says where it stopped, and still reports the
 * commitment.  A text of news is read to its end. */
static void
test_statement_bound(void **state)
{
	static const char ONE[] = "China agreed to buy US wheat in April. ";
	const size_t copies = EXTRACT_MAX_STATEMENTS + 2000;
	struct extraction ex;
	size_t len = 0;
	char *t = malloc(copies * (sizeof(ONE) - 1) + 1), why[128], want[128];

	(void)state;
	assert_non_null(t);
	for (size_t i = 0; i < copies; i++, len += sizeof(ONE) - 1)
		memcpy(t + len, ONE, sizeof(ONE) - 1);
	assert_int_equal(extract_text(rules, t, len, "2026-05-01", &ex), 0);
	assert_true(ex.body_read > 0 && ex.body_read < len);
	assert_int_equal(ex.n, 1);
	assert_string_equal(ex.items[0].object, "wheat");
	assert_int_equal(extraction_cut_short(&ex, len, why, sizeof(why)), 1);
	snprintf(want, sizeof(want), "more than %d statements: not read past byte %zu of %zu",
	    EXTRACT_MAX_STATEMENTS, ex.body_read, len);
	assert_string_equal(why, want);
	extraction_free(&ex);
	assert_int_equal(extract_text(rules, t, 10 * (sizeof(ONE) - 1), "2026-05-01", &ex), 0);
	assert_int_equal(ex.body_read, 10 * (sizeof(ONE) - 1));
	assert_int_equal(extraction_cut_short(&ex, 10 * (sizeof(ONE) - 1), why, sizeof(why)), 0);
	extraction_free(&ex);
	free(t);
}

/* What stands past where the reading stopped is not read by the passes after
 * it either (review34): "China has stopped buying US wheat." after the bound
 * leaves the pledge as it was read (it made it broken, ex_state_apply). */
static void
test_statement_bound_tail(void **state)
{
	static const char ONE[] = "China agreed to buy US wheat in April. ";
	static const char TAIL[] = "China has stopped buying US wheat. China's wheat purchases have stalled.";
	const size_t copies = EXTRACT_MAX_STATEMENTS + 2000;
	struct extraction ex;
	size_t len = 0;
	char *t = malloc(copies * (sizeof(ONE) - 1) + sizeof(TAIL));

	(void)state;
	assert_non_null(t);
	for (size_t i = 0; i < copies; i++, len += sizeof(ONE) - 1)
		memcpy(t + len, ONE, sizeof(ONE) - 1);
	memcpy(t + len, TAIL, sizeof(TAIL) - 1);
	len += sizeof(TAIL) - 1;
	assert_int_equal(extract_text(rules, t, len, "2026-05-01", &ex), 0);
	assert_true(ex.body_read > 0 && ex.body_read < len - (sizeof(TAIL) - 1));
	assert_int_equal(ex.n, 1);
	assert_string_equal(ex.items[0].object, "wheat");
	assert_int_equal(ex.items[0].status, STATUS_PLEDGED);
	extraction_free(&ex);
	free(t);
}

/* The splitter's window (ex_sentence_next reads at most 2 * EX_SENTENCE_MAX
 * bytes, so that a text without stops costs linear time) gives the sentence
 * ends of a whole-text read: stops placed around 4,096 and 8,192 bytes, with
 * spaces and quotes after them, or none. */
static void
test_sentence_window(void **state)
{
	const size_t MAX = 4096;
	const size_t at[] = {100, MAX - 3, MAX, MAX + 1, MAX + 7, 2 * MAX - 6, 2 * MAX - 1,
	    2 * MAX, 2 * MAX + 5, 3 * MAX};
	size_t len = 4 * MAX;
	char *t = malloc(len);

	(void)state;
	assert_non_null(t);
	for (size_t k = 0; k < sizeof(at) / sizeof(at[0]); k++) {
		for (int spaced = 0; spaced < 2; spaced++) {
			size_t e, want, cut;

			for (size_t i = 0; i < len; i++)
				t[i] = spaced && i % 7 == 6 ? ' ' : 'x';
			memcpy(t + at[k], ".\" Next", 7);
			/* the reference: a read to the text's end, then the same cut */
			want = sentence_end(rules, t, len, 0);
			if (want > MAX) {
				cut = MAX;
				while (cut > MAX / 2 && t[cut - 1] != ' ' && t[cut - 1] != '\t')
					cut--;
				want = cut > MAX / 2 ? cut : MAX;
			}
			e = ex_sentence_next(rules, t, len, 0);
			if (e != want)
				fail_msg("stop at %zu, spaced %d: %zu, want %zu", at[k], spaced, e, want);
		}
	}
	free(t);
}

/* r8: a text that ends on a word a rule reads past is read in [0,len) only.
 * Each text is copied to a buffer of exactly its length (no NUL after it), so
 * check-asan and check-valgrind catch a read at len ("purchases, however" at
 * the end once read two bytes past it in ex_aside_break). */
static void
test_text_end(void **state)
{
	static const char *const TEXTS[] = {
	    "China will buy US soybeans. U.S. LNG purchases, however",
	    "U.S. LNG purchases, meanwhile",
	    "Purchases, however, keep rising. China, meanwhile",
	    "Mexico did, however, close",
	    "China will keep the 24% tariff on U.S. goods suspended",
	    "Japan will buy US rice by mid-",
	    "Japan will buy US rice no later than Q4",
	    "Korea will lift its ban on US beef on June 1",
	    "The removal of the levy, 50,000,",
	    "A bigger purchase commitment, perhaps 50,000,",
	    "Samsung opened a chip plant",
	    "the curbs China imposed during the freeze",
	    /* round twenty-six */
	    "Japan will cut its tariff on US beef. President Trump signed",
	    "Trump signed an executive order lowering tariffs on Japanese cars",
	    "SEOUL - Japan restored Korea to its list, removing export curbs",
	    "Korea scraps its ban on US poultry, effective immediately",
	    "Peru lifted its ban on US wheat on Dec. 1",
	    /* round thirty, review: "turned" at the end once made
	     * ex_refused_apposition compare " down" past the text */
	    "Japan asked Korea to lift its ban on US beef, a request Seoul turned",
	    "Korea will lift its ban on US beef, a demand Seoul turned",
	    /* round thirty-one, review: "rather" at the end once made
	     * ex_quota_rate compare "rather than " past the text */
	    "Canada will allow 49,000 Chinese EVs into Canada at a tariff rather",
	    /* and "were" at the end ex_refused_after compare " not part of" */
	    "Korea proposed that Japan remove its tariff on cars, but the cuts were",
	    /* round thirty-two, review: a since clause to the text's end once made
	     * ex_since_past read t[len] (and ex_year_at past it) */
	    "General licences are a system US firms had been lobbying for since Beijing began requiring",
	    /* "no on" at the end: ex_nobody_end compared " one " past the text */
	    "Korea may lift its ban on Brazilian poultry later this year, but no on",
	    /* "down from" a figure: ex_not_a_verb compared " per cent" past the text */
	    "Soybean futures settled at $11.28 a bushel, down from a 17-month ",
	    /* a year at the end: ex_later_start's atoi read past the text */
	    "CPC Corp signed a 20-year contract to import U.S. LNG, with the first cargoes expected in 2030",
	};
	struct extraction ex;

	(void)state;
	for (size_t i = 0; i < sizeof(TEXTS) / sizeof(TEXTS[0]); i++) {
		size_t len = strlen(TEXTS[i]);

		/* Every cut of the last few bytes, so each word is the last one. */
		for (size_t cut = len; cut + 12 > len && cut > 0; cut--) {
			char *t = malloc(cut);

			assert_non_null(t);
			memcpy(t, TEXTS[i], cut);
			assert_int_equal(extract_text(rules, t, cut, "2026-05-10", &ex), 0);
			extraction_free(&ex);
			free(t);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_single_statements),
		cmocka_unit_test(test_articles),
		cmocka_unit_test(test_carry_confidence),
		cmocka_unit_test(test_goods_buyer),
		cmocka_unit_test(test_text_end),
		cmocka_unit_test(test_endless_sentence),
		cmocka_unit_test(test_statement_bound),
		cmocka_unit_test(test_statement_bound_tail),
		cmocka_unit_test(test_sentence_window),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
