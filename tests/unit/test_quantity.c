/*
 * test_quantity.c - quantity_find_all and the scanning helpers.
 *
 * Each case is an invented sentence and every amount that must come out of
 * it, in order, with unit, per-year flag, role and the matched text, so a
 * spurious extra amount fails the case too.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "quantity.h"

#define P QUANTITY_PLAIN
#define F QUANTITY_RATE_FROM
#define T QUANTITY_RATE_TO

struct want {
	double amount;
	const char *unit;   /* NULL ends the list */
	int per_year;
	enum quantity_role role;
	const char *text;
};

struct qty_case {
	const char *text;
	struct want want[4];
};

static const struct qty_case CASES[] = {
	/* Tonnes in all their spellings. */
	{"Beijing pledged to buy 12 million metric tons of beans.",
	    {{12e6, "t", 0, P, "12 million metric tons"}}},
	{"Beijing pledged to buy 12 million tonnes of beans.",
	    {{12e6, "t", 0, P, "12 million tonnes"}}},
	{"State buyers booked 12 mln t so far.", {{12e6, "t", 0, P, "12 mln t"}}},
	{"State buyers booked 12 MMT so far.", {{12e6, "t", 0, P, "12 MMT"}}},
	{"State buyers booked 12m tons so far.", {{12e6, "t", 0, P, "12m tons"}}},
	{"State buyers booked 12 Mt so far.", {{12e6, "t", 0, P, "12 Mt"}}},
	{"Exports reached 1.13 million tonnes, or 1,130,000 tonnes.",
	    {{1130000, "t", 0, P, "1.13 million tonnes"}, {1130000, "t", 0, P, "1,130,000 tonnes"}}},
	{"Mills want at least 1.5 million tons.", {{1.5e6, "t", 0, P, "1.5 million tons"}}},
	{"Growers sold 500 million bushels to crushers.",
	    {{500e6, "bu", 0, P, "500 million bushels"}}},
	/* Per year and over a span. */
	{"The deal covers 25 MMT annually for three years.",
	    {{25e6, "t", 1, P, "25 MMT"}}},
	{"The deal covers 25 million tons a year from 2026.",
	    {{25e6, "t", 1, P, "25 million tons"}}},
	{"The deal covers 25 million tons of American grain per year.",
	    {{25e6, "t", 1, P, "25 million tons"}}},
	{"Importers take 3 million tons each year and 2 million tons every year.",
	    {{3e6, "t", 1, P, "3 million tons"}, {2e6, "t", 1, P, "2 million tons"}}},
	{"Buyers take 25 million tons of beans in each calendar year through 2028.",
	    {{25e6, "t", 1, P, "25 million tons"}}},
	{"Mills take 3 million tonnes every marketing year and $2 billion per fiscal year.",
	    {{3e6, "t", 1, P, "3 million tonnes"}, {2e9, "USD", 1, P, "$2 billion"}}},
	{"Sales hit 12 million tons a calendar year ago.", {{12e6, "t", 0, P, "12 million tons"}}},
	{"Importers take 25 million tons \xe2\x80\x9c" "annually\xe2\x80\x9d for now.",
	    {{25e6, "t", 1, P, "25 million tons"}}},
	{"Crushers need 25 million metric tonnes (MMT) per year and 12 per-cent more.",
	    {{25e6, "t", 1, P, "25 million metric tonnes"}, {12, "percent", 0, P, "12 per-cent"}}},
	{"The group will invest an annual $40 billion in plants.",
	    {{40e9, "USD", 1, P, "$40 billion"}}},
	{"They pledged $600 billion over three years, or more.",
	    {{600e9, "USD", 0, P, "$600 billion"}}},
	{"Sales hit 12 million tons, a year ahead of plan.",
	    {{12e6, "t", 0, P, "12 million tons"}}},
	{"Sales hit 12 million tons a year earlier.", {{12e6, "t", 0, P, "12 million tons"}}},
	/* A rate after a list of amounts covers each of the same unit. */
	{"Oslo opens quotas for 800 tonnes of pork and 2,000 tonnes of cheese a year.",
	    {{800, "t", 1, P, "800 tonnes"}, {2000, "t", 1, P, "2,000 tonnes"}}},
	{"Bern opens quotas for 500 tonnes of beef, 1,000 tonnes of bison and 1,500 tonnes of poultry each year.",
	    {{500, "t", 1, P, "500 tonnes"}, {1000, "t", 1, P, "1,000 tonnes"}, {1500, "t", 1, P, "1,500 tonnes"}}},
	{"China will buy 12 million tons by the end of the year and 25 million tons annually.",
	    {{12e6, "t", 0, P, "12 million tons"}, {25e6, "t", 1, P, "25 million tons"}}},
	{"Exports reached 500 tonnes, 20% more than a year earlier.",
	    {{500, "t", 0, P, "500 tonnes"}, {20, "percent", 0, P, "20%"}}},
	{"Beijing will buy 200 aircraft and 200 million bushels of sorghum a year.",
	    {{200, "units", 0, P, "200 aircraft"}, {200e6, "bu", 1, P, "200 million bushels"}}},
	/* Currencies. */
	{"The fund holds $200 billion.", {{200e9, "USD", 0, P, "$200 billion"}}},
	{"The fund holds US$1.5 trillion.", {{1.5e12, "USD", 0, P, "US$1.5 trillion"}}},
	{"Brussels offered \xe2\x82\xac" "600 billion and EUR 600 bn more.",
	    {{600e9, "EUR", 0, P, "\xe2\x82\xac" "600 billion"}, {600e9, "EUR", 0, P, "EUR 600 bn"}}},
	{"London put in \xc2\xa3" "2.5bn and Ottawa C$3 billion.",
	    {{2.5e9, "GBP", 0, P, "\xc2\xa3" "2.5bn"}, {3e9, "CAD", 0, P, "C$3 billion"}}},
	{"Tokyo\xe2\x80\x99s \xe2\x80\x9cplan\xe2\x80\x9d \xe2\x80\x93 \xc2\xa5" "500 billion, \xe2\x82\xb9" "9 crore.",
	    {{500e9, "JPY", 0, P, "\xc2\xa5" "500 billion"}, {9e7, "INR", 0, P, "\xe2\x82\xb9" "9 crore"}}},
	{"Tokyo offered \xc2\xa5" "500 billion, or 80 billion yen more.",
	    {{500e9, "JPY", 0, P, "\xc2\xa5" "500 billion"}, {80e9, "JPY", 0, P, "80 billion yen"}}},
	{"Seoul set aside 5 trillion won.", {{5e12, "KRW", 0, P, "5 trillion won"}}},
	{"Brasilia earmarked R$10 billion, or 10 billion reais.",
	    {{10e9, "BRL", 0, P, "R$10 billion"}, {10e9, "BRL", 0, P, "10 billion reais"}}},
	{"Delhi earmarked 300 billion rupees.", {{300e9, "INR", 0, P, "300 billion rupees"}}},
	{"Kuala Lumpur set aside RM4 billion, or 4 billion ringgit, and AED 2 billion.",
	    {{4e9, "MYR", 0, P, "RM4 billion"}, {4e9, "MYR", 0, P, "4 billion ringgit"},
	    {2e9, "AED", 0, P, "AED 2 billion"}}},
	{"The fee is $5m per ship.", {{5e6, "USD", 0, P, "$5m"}}},
	/* Counted things. */
	{"Korean Air ordered 103 Boeing aircraft worth $36 billion.",
	    {{103, "units", 0, P, "103 Boeing aircraft"}, {36e9, "USD", 0, P, "$36 billion"}}},
	{"Carriers will take 500 planes, 200 jets and 10 vessels.",
	    {{500, "units", 0, P, "500 planes"}, {200, "units", 0, P, "200 jets"},
	    {10, "units", 0, P, "10 vessels"}}},
	{"The airline agreed to buy 50 new Boeing 787-9 jets.",
	    {{50, "units", 0, P, "50 new Boeing 787-9 jets"}}},
	{"It ordered a dozen Airbus jets and two aircraft.",
	    {{12, "units", 0, P, "a dozen Airbus jets"}, {2, "units", 0, P, "two aircraft"}}},
	{"Twelve vessels and forty-five ships sailed.",
	    {{12, "units", 0, P, "Twelve vessels"}, {45, "units", 0, P, "forty-five ships"}}},
	{"The carrier flies Boeing 737 jets.", {{0, NULL, 0, P, NULL}}},
	/* A 7x7 model number before its capitalised variant is no count. */
	{"It will buy 50 Boeing aircraft, most of them 737 MAX jets, and several 787 Dreamliner planes.",
	    {{50, "units", 0, P, "50 Boeing aircraft"}}},
	/* A model number after another in a list of models is no count. */
	{"The order covers 737 MAX and 787 jets, and 30 more aircraft.",
	    {{30, "units", 0, P, "30 more aircraft"}}},
	{"China will buy 200 Boeing jets and 500 Boeing aircraft.",
	    {{200, "units", 0, P, "200 Boeing jets"}, {500, "units", 0, P, "500 Boeing aircraft"}}},
	/* "half a million", and a count of an owner's goods. */
	{"It will buy half a million tonnes, then a million tons.",
	    {{500000, "t", 0, P, "half a million tonnes"}, {1e6, "t", 0, P, "a million tons"}}},
	{"It cleared 18,000 of Nvidia's most advanced chips, 200 of Boeing\xe2\x80\x99s latest jets and 5 of its ships.",
	    {{18000, "units", 0, P, "18,000 of Nvidia's most advanced chips"},
	    {200, "units", 0, P, "200 of Boeing\xe2\x80\x99s latest jets"}}},
	/* Chips are counted. */
	{"It may ship up to 35,000 Nvidia Blackwell chips and 70,000 advanced chips.",
	    {{35000, "units", 0, P, "35,000 Nvidia Blackwell chips"},
	    {70000, "units", 0, P, "70,000 advanced chips"}}},
	/* Percentages and rates. */
	{"A levy of 25%, then 25 percent, then 25 per cent.",
	    {{25, "percent", 0, P, "25%"}, {25, "percent", 0, P, "25 percent"},
	    {25, "percent", 0, P, "25 per cent"}}},
	{"The duty was cut from 20% to 10% last week.",
	    {{20, "percent", 0, F, "20%"}, {10, "percent", 0, T, "10%"}}},
	{"The duty will drop to 15% from 39%.",
	    {{15, "percent", 0, T, "15%"}, {39, "percent", 0, F, "39%"}}},
	{"The duty will fall to zero.", {{0, "percent", 0, T, "zero"}}},
	{"The duty will fall from 10% to zero.",
	    {{10, "percent", 0, F, "10%"}, {0, "percent", 0, T, "zero"}}},
	{"The duty will fall to 0% next year.", {{0, "percent", 0, T, "0%"}}},
	{"The duty, now 35%, will reach zero in 2033.",
	    {{35, "percent", 0, P, "35%"}, {0, "percent", 0, T, "zero"}}},
	{"The duty will fall until it reaches 5% in 2030.", {{5, "percent", 0, T, "5%"}}},
	{"The duty reached 25% in 2019.", {{25, "percent", 0, P, "25%"}}},
	{"Duties of up to 25% apply.", {{25, "percent", 0, P, "25%"}}},
	{"A 2.5 percentage point cut and a 10-percent levy.",
	    {{10, "percent", 0, P, "10-percent"}}},
	/* Ranges give the lower end. */
	{"Purchases of $10 billion to $15 billion are planned.",
	    {{10e9, "USD", 0, P, "$10 billion to $15 billion"}}},
	{"Purchases of $10-15 billion are planned.", {{10e9, "USD", 0, P, "$10-15 billion"}}},
	{"Buyers want 10-12 million tons.", {{10e6, "t", 0, P, "10-12 million tons"}}},
	{"Buyers want 10\xe2\x80\x93" "12 million tons.",
	    {{10e6, "t", 0, P, "10\xe2\x80\x93" "12 million tons"}}},
	{"Buyers want between 10 and 12 million tons a year.",
	    {{10e6, "t", 1, P, "10 and 12 million tons"}}},
	{"Steel will remain subject to 50% duties.", {{50, "percent", 0, P, "50%"}}},
	/* Shorthand. */
	{"Buyers hit 12mt, short of a 12-million-ton goal and 13,000 MT of pork.",
	    {{12e6, "t", 0, P, "12mt"}, {12e6, "t", 0, P, "12-million-ton"},
	    {13000, "t", 0, P, "13,000 MT"}}},
	{"Tokyo set aside \xef\xbf\xa5" "3trn and $1.5trn.",
	    {{3e12, "JPY", 0, P, "\xef\xbf\xa5" "3trn"}, {1.5e12, "USD", 0, P, "$1.5trn"}}},
	/* Thousands parted by a space, a no-break or a thin space. */
	{"Millers will take 300 000 tonnes, then 1 250 000 tonnes.",
	    {{300000, "t", 0, P, "300 000 tonnes"}, {1250000, "t", 0, P, "1 250 000 tonnes"}}},
	{"Millers will take 45\xc2\xa0" "000 tonnes and 2\xe2\x80\xaf" "500 tonnes.",
	    {{45000, "t", 0, P, "45\xc2\xa0" "000 tonnes"}, {2500, "t", 0, P, "2\xe2\x80\xaf" "500 tonnes"}}},
	{"Buyers took 15 200-tonne cargoes, and in 2027 100 000 tonnes.",
	    {{200, "t", 0, P, "200-tonne"}, {100000, "t", 0, P, "100 000 tonnes"}}},
	/* "annual" right after the amount. */
	{"Beijing kept its 25 million tonne annual pledge and $12 billion in annual purchases.",
	    {{25e6, "t", 1, P, "25 million tonne"}, {12e9, "USD", 1, P, "$12 billion"}}},
	{"Buyers took 2 million tonnes, in line with annual demand.",
	    {{2e6, "t", 0, P, "2 million tonnes"}}},
	/* A count over a list of models. */
	{"Seoul's carrier will take 50 Boeing 777X and 787 jets and 30 A321 or A350 planes.",
	    {{50, "units", 0, P, "50 Boeing 777X and 787 jets"}, {30, "units", 0, P, "30 A321 or A350 planes"}}},
	/* "pounds" of money, not of weight. */
	{"London will invest 2.5 billion pounds; Seoul buys 500 million pounds of pork and 40,000 pounds.",
	    {{2.5e9, "GBP", 0, P, "2.5 billion pounds"}}},
	/* A rate is never yearly. */
	{"Washington will suspend the 24% tariff for a year.", {{24, "percent", 0, P, "24%"}}},
	/* A bare digit zero after "to" is a rate, as "zero" is. */
	{"Hanoi lowered its duty to 0 in May and to 0.5% later.",
	    {{0, "percent", 0, T, "0"}, {0.5, "percent", 0, T, "0.5%"}}},
	{"Imports fell from 3 to 0 cargoes.", {{0, NULL, 0, P, NULL}}},
	/* Not quantities. */
	{"In 2025 the Section 301 probe ran 90 days until Nov. 10 under rule 232.",
	    {{0, NULL, 0, P, NULL}}},
	{"One of the two sides said 3.5.1 and 777X and the 3rd round.", {{0, NULL, 0, P, NULL}}},
	{"Version 1,2 and 12,34567 tons.", {{0, NULL, 0, P, NULL}}},
	{"No one won and the 2024 won figure fell.", {{0, NULL, 0, P, NULL}}},
	{"Seoul pledged ten billion won.", {{10e9, "KRW", 0, P, "ten billion won"}}},
};

/* qty_check - run one case and compare every match. */
static void
qty_check(const struct qty_case *c)
{
	struct quantity_match m[8];
	size_t n, want_n = 0;

	while (want_n < 4 && c->want[want_n].unit != NULL)
		want_n++;
	n = quantity_find_all(c->text, strlen(c->text), m, 8);
	if (n != want_n) {
		for (size_t i = 0; i < n; i++)
			print_error("got %g %s [%.*s]\n", m[i].q.amount, m[i].q.unit, (int)m[i].len,
			    c->text + m[i].offset);
		fail_msg("%s: %zu matches, want %zu", c->text, n, want_n);
	}
	for (size_t i = 0; i < n; i++) {
		const struct want *w = &c->want[i];

		if (m[i].q.amount != w->amount || strcmp(m[i].q.unit, w->unit) != 0 ||
		    m[i].q.per_year != w->per_year || m[i].role != w->role ||
		    m[i].len != strlen(w->text) ||
		    memcmp(c->text + m[i].offset, w->text, m[i].len) != 0)
			fail_msg("%s: match %zu is %.17g %s per_year %d role %d [%.*s]", c->text, i,
			    m[i].q.amount, m[i].q.unit, m[i].q.per_year, (int)m[i].role,
			    (int)m[i].len, c->text + m[i].offset);
		assert_int_equal(m[i].q.present, 1);
	}
}

static void
test_quantity_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++)
		qty_check(&CASES[i]);
}

/* quantity_find_upto: at every stop, the first matches of quantity_find_all,
 * every one that starts before stop among them; a range read on past stop. */
static void
test_quantity_upto(void **state)
{
	const char *range = "They bought 10 to 12 million tons.";
	struct quantity_match all[8], some[8];

	(void)state;
	for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++) {
		const char *t = CASES[i].text;
		size_t len = strlen(t), n = quantity_find_all(t, len, all, 8);

		for (size_t stop = 0; stop <= len + 1; stop++) {
			size_t m = quantity_find_upto(t, len, stop, some, 8), before = 0;

			while (before < n && all[before].offset < stop)
				before++;
			if (m > n || m < before)
				fail_msg("%s: stop %zu gives %zu of %zu matches", t, stop, m, n);
			for (size_t k = 0; k < m; k++)
				assert_memory_equal(&some[k], &all[k], sizeof(all[k]));
		}
	}
	assert_int_equal(quantity_find_upto(range, strlen(range), 13, some, 8), 1);
	assert_true(some[0].q.amount == 10e6);
	assert_int_equal(some[0].len, 21);
	assert_int_equal(quantity_find_upto(range, strlen(range), 2, some, 8), 0);
}

/* The text need not end in NUL: nothing past len may be read or matched. */
static void
test_quantity_not_terminated(void **state)
{
	char buf[24];
	struct quantity_match m[2];

	(void)state;
	memcpy(buf, "ship 12 million tonsXXXX", 24);
	assert_int_equal(quantity_find_all(buf, 15, m, 2), 0);
	assert_int_equal(quantity_find_all(buf, 20, m, 2), 1);
	assert_true(m[0].q.amount == 12e6);
	assert_int_equal(quantity_find_all(buf, 20, m, 0), 0);
	assert_int_equal(quantity_find_all(NULL, 20, m, 2), 0);
	memcpy(buf, "it is 12%", 9);
	assert_int_equal(quantity_find_all(buf, 8, m, 2), 0);
}

static void
test_quantity_helpers(void **state)
{
	const char *t = "year\xe2\x80\x99s  end\xc2\xa0" "now";
	long v;

	(void)state;
	assert_int_equal(quantity_phrase(t, strlen(t), 0, "year's end"), 13);
	assert_int_equal(quantity_phrase(t, 10, 0, "year's end"), 0);
	assert_int_equal(quantity_phrase(t, strlen(t), 0, "year"), 4);
	assert_int_equal(quantity_phrase("yearly", 6, 0, "year"), 0);
	assert_int_equal(quantity_phrase("Year", 3, 0, "year"), 0);
	assert_int_equal(quantity_skip_space(t, strlen(t), 13), 15);
	assert_int_equal(quantity_space(t, 14, 13), 0);
	assert_int_equal(quantity_count_word("ninety-nine", 11, 0, &v), 11);
	assert_int_equal(v, 99);
	assert_int_equal(quantity_count_word("often", 5, 0, &v), 0);
	assert_int_equal(quantity_count_word("xten", 4, 1, &v), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quantity_cases),
		cmocka_unit_test(test_quantity_upto),
		cmocka_unit_test(test_quantity_not_terminated),
		cmocka_unit_test(test_quantity_helpers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
