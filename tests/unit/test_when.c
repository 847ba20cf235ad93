/*
 * test_when.c - when_find_all, when_may_deadline, when_add_days and when_month_end.
 *
 * Each case is an invented sentence, a publication date and the dates (with
 * kind and matched text) that must come out, in order.  A case lists every
 * match, so a spurious extra date fails it too.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "when.h"

#define D WHEN_DEADLINE
#define E WHEN_EXPIRY
#define B WHEN_DATE

struct want {
	const char *date;
	enum when_kind kind;
	const char *text;   /* the bytes at offset, len */
};

struct when_case {
	const char *published;
	const char *text;
	struct want want[4];   /* date NULL ends the list */
};

static const struct when_case CASES[] = {
	/* month's end, year's end */
	{"2025-11-12", "Ministers promised a reply by month's end.",
	    {{"2025-11-30", D, "by month's end"}}},
	{"2025-11-12", "Ministers promised a reply by month\xe2\x80\x99s end.",
	    {{"2025-11-30", D, "by month\xe2\x80\x99s end"}}},
	{"2024-02-03", "The panel will report by the end of the month.",
	    {{"2024-02-29", D, "by the end of the month"}}},
	{"2025-02-03", "The panel will report by end-month.",
	    {{"2025-02-28", D, "by end-month"}}},
	{"2025-04-30", "A decision is due by the end of next month.",
	    {{"2025-05-31", D, "by the end of next month"}}},
	{"2025-06-15", "The quota opens by the end of the year.",
	    {{"2025-12-31", D, "by the end of the year"}}},
	{"2025-06-15", "Shipments should resume by year-end, officials said.",
	    {{"2025-12-31", D, "by year-end"}}},
	{"2025-06-15", "Shipments should resume by year\xe2\x80\x99s end.",
	    {{"2025-12-31", D, "by year\xe2\x80\x99s end"}}},
	{"2025-06-15", "The plant will be finished by end-2026.",
	    {{"2026-12-31", D, "by end-2026"}}},
	{"2025-06-15", "The fund is to be spent by the end of 2028.",
	    {{"2028-12-31", D, "by the end of 2028"}}},
	{"2025-06-15", "The review ends by the end of next year.",
	    {{"2026-12-31", D, "by the end of next year"}}},
	/* A month without a year: the occurrence nearest publication. */
	{"2025-11-20", "Buyers are on track to finish by end-February.",
	    {{"2026-02-28", D, "by end-February"}}},
	{"2027-11-20", "Buyers are on track to finish by end-February.",
	    {{"2028-02-29", D, "by end-February"}}},
	{"2025-03-05", "Buyers were meant to finish by end-February.",
	    {{"2025-02-28", D, "by end-February"}}},
	{"2025-11-20", "The review must conclude by the end of February.",
	    {{"2026-02-28", D, "by the end of February"}}},
	{"2025-11-20", "Tariffs fall by March 1 under the plan.",
	    {{"2026-03-01", D, "by March 1"}}},
	{"2025-10-30", "Officials want the licences issued by Nov. 10.",
	    {{"2025-11-10", D, "by Nov. 10"}}},
	{"2026-01-04", "The agency said the rule applied from Dec. 28.",
	    {{"2025-12-28", D, "from Dec. 28"}}},
	{"2024-01-10", "The filing is due no later than Feb. 29.",
	    {{"2024-02-29", D, "no later than Feb. 29"}}},
	{"2025-11-20", "Tariffs fall effective January 1.",
	    {{"2026-01-01", D, "effective January 1"}}},
	{"2025-11-20", "Orders were placed before Sept. 15 and Sep 30, and Jan 2.",
	    {{"2025-09-15", D, "before Sept. 15"}, {"2025-09-30", B, "Sep 30"},
	    {"2026-01-02", B, "Jan 2"}}},
	{"2025-11-20", "A ruling is expected on the 3rd of December.",
	    {{"2025-12-03", B, "3rd of December"}}},
	/* Relative spans. */
	{"2025-11-20", "Seoul must act within a 90-day window, and the fees stay suspended for a one-year period.",
	    {{"2026-02-18", D, "within a 90-day"}, {"2026-11-20", E, "for a one-year"}}},
	{"2025-11-20", "The rule applies within a 90-day-old framework.", {{NULL, D, NULL}}},
	/* A span counts from the date it starts from. */
	{"2025-11-03", "It suspended the fees for one year from November 10, the truce for 90 days starting Aug. 12.",
	    {{"2026-11-10", E, "for one year"}, {"2025-11-10", D, "from November 10"},
	    {"2025-11-10", E, "for 90 days"}, {"2025-08-12", D, "starting Aug. 12"}}},
	{"2025-12-20", "The parties will settle the dispute within 90 days.",
	    {{"2026-03-20", D, "within 90 days"}}},
	{"2024-12-15", "They must respond within 90 days.",
	    {{"2025-03-15", D, "within 90 days"}}},
	{"2025-08-31", "Talks will conclude within six months.",
	    {{"2026-02-28", D, "within six months"}}},
	{"2023-08-31", "Talks will conclude within six months.",
	    {{"2024-02-29", D, "within six months"}}},
	{"2025-11-12", "The ban lapses in 30 days.",
	    {{"2025-12-12", D, "in 30 days"}}},
	{"2025-11-12", "Licences will be issued within two weeks.",
	    {{"2025-11-26", D, "within two weeks"}}},
	{"2024-02-29", "The rule is suspended for one year.",
	    {{"2025-02-28", E, "for one year"}}},
	{"2025-11-12", "They will meet within the next 45 days.",
	    {{"2025-12-27", D, "within the next 45 days"}}},
	/* Absolute dates. */
	{"2025-11-12", "The pause runs until November 10, 2026.",
	    {{"2026-11-10", E, "until November 10, 2026"}}},
	{"2025-11-12", "The pause runs through Nov. 10, 2026, officials said.",
	    {{"2026-11-10", E, "through Nov. 10, 2026"}}},
	{"2025-11-12", "The truce was agreed on 10 November 2025 in Geneva.",
	    {{"2025-11-10", B, "10 November 2025"}}},
	{"2025-11-12", "Filed 2026-01-15; heard 2026-02-30.",
	    {{"2026-01-15", B, "2026-01-15"}}},
	{NULL, "Purchases must be complete by November 10, 2026.",
	    {{"2026-11-10", D, "by November 10, 2026"}}},
	{NULL, "The money is to be spent by the end of 2028.",
	    {{"2028-12-31", D, "by the end of 2028"}}},
	/* "entered into force": the day before publication or on it; "enters into force". */
	{"2025-08-20", "The new rate entered into force on August 7 and the quota enters into force on Sept. 1.",
	    {{"2025-08-07", D, "entered into force on August 7"}, {"2025-09-01", D, "enters into force on Sept. 1"}}},
	{"2025-08-20", "The cut is effective on Monday.", {{"2025-08-18", D, "effective on Monday"}}},
	/* "today": the publication date, none without one. */
	{"2025-08-05", "The Commission has today suspended its countermeasures.", {{"2025-08-05", B, "today"}}},
	{NULL, "The Commission has today suspended its countermeasures.", {{NULL, 0, NULL}}},
	{"2025-08-05", "Todays and todayish are no dates.", {{NULL, 0, NULL}}},
	/* "immediately" after a verb of taking effect, "with immediate effect": the
	 * publication date; "will immediately cut" is no date. */
	{"2027-04-28", "The move took effect immediately.", {{"2027-04-28", D, "took effect immediately"}}},
	{"2027-09-03", "Duties were eliminated, effective immediately.", {{"2027-09-03", D, "effective immediately"}}},
	{"2027-04-28", "The duties were scrapped with immediate effect.", {{"2027-04-28", B, "immediate effect"}}},
	{"2027-04-28", "Seoul said it would immediately cut the tariff.", {{NULL, 0, NULL}}},
	/* ... or the day of the act told before it. */
	{"2027-04-28", "Hanoi lifted the ban on Monday, effective immediately.",
	    {{"2027-04-26", B, "Monday"}, {"2027-04-26", D, "effective immediately"}}},
	{NULL, "The move took effect immediately.", {{NULL, 0, NULL}}},
	/* An hour after a verb of taking effect: the day, as "immediately";
	 * an hour after another verb is none. */
	{"2027-04-28", "The move took effect at 12:01 a.m.", {{"2027-04-28", D, "took effect at 12:01"}}},
	{"2027-04-28", "Hanoi lifted the ban on Monday; the change entered into force at 00:01.",
	    {{"2027-04-26", B, "Monday"}, {"2027-04-26", D, "entered into force at 00:01"}}},
	{"2027-04-28", "Officials spoke at 10:30 a.m. on the matter.", {{NULL, 0, NULL}}},
	/* A weekday with its date after a comma: the date ("Monday" alone is the
	 * Monday nearest publication). */
	{"2027-02-10", "The cut took effect on Monday, February 1.",
	    {{"2027-02-01", D, "took effect on Monday, February 1"}}},
	{"2027-02-10", "Duties will fall to zero from Friday, March 5, 2027.",
	    {{"2027-03-05", D, "from Friday, March 5, 2027"}}},
	{"2027-02-10", "The cut took effect on Monday, officials said.",
	    {{"2027-02-08", D, "took effect on Monday"}}},
	/* "in calendar year 2028", "in calendar 2028": a yearly goal, the year's
	 * last day; not a past year, and "in 2028" alone is no deadline. */
	{"2027-09-02", "China will buy 25 million tonnes of soybeans in calendar year 2028.",
	    {{"2028-12-31", D, "in calendar year 2028"}}},
	{"2027-09-02", "Purchases in calendar 2028 are to reach $20 billion.",
	    {{"2028-12-31", D, "in calendar 2028"}}},
	{"2027-09-02", "Imports in calendar year 2025 reached a record.", {{NULL, 0, NULL}}},
	{"2027-09-02", "China will buy 25 million tonnes of soybeans in 2028.", {{NULL, 0, NULL}}},
	{"2027-09-02", "Exports must double by year 2030.", {{"2030-12-31", D, "by year 2030"}}},
	/* Years after "in" behind a superlative or "first" measure a record back
	 * from now; a clause of its own, or months, keep the span to come. */
	{"2028-01-14", "It was the first such delisting in two years.", {{NULL, 0, NULL}}},
	{"2028-01-14", "Exports fell to the lowest level in five years.", {{NULL, 0, NULL}}},
	{"2028-01-14", "China will double its purchases in two years.",
	    {{"2030-01-14", D, "in two years"}}},
	{"2028-01-14", "It was the first deal, and tariffs will be cut in two years.",
	    {{"2030-01-14", D, "in two years"}}},
	{"2028-01-14", "The first cargoes will arrive in six months.",
	    {{"2028-07-14", D, "in six months"}}},
	/* A year alone after "by": its last day; not a past year, a span or an amount. */
	{"2025-06-15", "The bloc will double its LNG imports by 2028.",
	    {{"2028-12-31", D, "by 2028"}}},
	{NULL, "The fund is to be disbursed no later than 2030, officials said.",
	    {{"2030-12-31", D, "no later than 2030"}}},
	{"2025-06-15", "By 2020 the pledge had collapsed; output rose by 2028 tonnes.",
	    {{NULL, 0, NULL}}},
	{"2025-06-15", "Spending is to be cut by 2027-28 and returned by 2026 levels.",
	    {{NULL, 0, NULL}}},
	/* A month and a year after "by": that month's last day. */
	{"2026-05-12", "Hanoi will phase out the duty by April 2033.",
	    {{"2033-04-30", D, "by April 2033"}}},
	{"2026-05-12", "Tokyo pledged to finish the purchases no later than Feb. 2028.",
	    {{"2028-02-29", D, "no later than Feb. 2028"}}},
	/* A start or a deadline told as to come (a modal before it): the one
	 * after publication; told as done, or with no modal, the nearest. */
	{"2026-05-12", "Seoul will lower the duty starting December 1.",
	    {{"2026-12-01", D, "starting December 1"}}},
	{"2026-05-12", "The quota would open from March 1, officials said.",
	    {{"2027-03-01", D, "from March 1"}}},
	/* The future of a report a month or more old ("announced last month
	 * that ... would"): the nearest, as of a pledge told in the past; a
	 * report of this week's kind ("last Friday") keeps the one to come,
	 * unless the start passed less than a month ago: then it is that one
	 * (an extension or a retroactive start, not next year's). */
	{"2026-05-12", "Seoul announced last month that the quota would open from May 1.",
	    {{"2026-05-01", D, "from May 1"}}},
	{"2026-05-12", "Seoul said last year the quota would open from May 1.", {{"2026-05-01", D, "from May 1"}}},
	{"2026-05-12", "Seoul said last Friday that the quota would open from March 1.",
	    {{"2026-05-08", B, "last Friday"}, {"2027-03-01", D, "from March 1"}}},
	{"2026-05-12", "Seoul said last Friday that the quota would open from May 1.",
	    {{"2026-05-08", B, "last Friday"}, {"2026-05-01", D, "from May 1"}}},
	{"2026-11-11", "The fees will stay suspended for another 12 months from Nov. 10.",
	    {{"2026-11-10", D, "from Nov. 10"}}},
	{"2026-11-11", "Beijing would issue the licences by the end of October.",
	    {{"2027-10-31", D, "by the end of October"}}},
	{"2026-05-12", "Seoul lowered the duty starting March 1.",
	    {{"2026-03-01", D, "starting March 1"}}},
	{"2026-05-12", "Seoul will lower the duty by March 1.",
	    {{"2027-03-01", D, "by March 1"}}},
	{"2026-05-12", "Seoul was to lower the duty by March 1.",
	    {{"2026-03-01", D, "by March 1"}}},
	{"2027-04-20", "The curbs will stay suspended until Nov. 10.",
	    {{"2027-11-10", E, "until Nov. 10"}}},
	{"2027-04-20", "The curbs were suspended until Nov. 10.",
	    {{"2026-11-10", E, "until Nov. 10"}}},
	{"2028-01-02", "Brazil will lift the duty before Dec. 31.",
	    {{"2028-12-31", D, "before Dec. 31"}}},
	/* So is an infinitive of a pledge or "to be"; not one told from the
	 * past ("had agreed to", "pledged to": the nearest, as the contract
	 * says), nor "to" before a rate. */
	{"2027-04-20", "Japan pledged to cut its tariffs on rice by mid-December.",
	    {{"2026-12-15", D, "by mid-December"}}},
	{"2027-04-20", "Japan has pledged to cut its tariffs on rice by mid-December.",
	    {{"2027-12-15", D, "by mid-December"}}},
	{"2027-04-20", "Japan plans to cut its tariffs on rice by mid-December.",
	    {{"2027-12-15", D, "by mid-December"}}},
	{"2027-04-20", "Manila agreed to buy wheat, to be delivered by Oct. 31.",
	    {{"2027-10-31", D, "by Oct. 31"}}},
	{"2027-04-20", "Manila had agreed to buy wheat by Oct. 31.",
	    {{"2026-10-31", D, "by Oct. 31"}}},
	{"2027-04-20", "Seoul was expected to lift its ban by Dec. 1.",
	    {{"2026-12-01", D, "by Dec. 1"}}},
	{"2027-04-20", "The plants were expected to be relisted by Dec. 1.",
	    {{"2026-12-01", D, "by Dec. 1"}}},
	{"2027-04-20", "The plants are expected to be relisted by Dec. 1.",
	    {{"2027-12-01", D, "by Dec. 1"}}},
	{"2027-04-20", "Seoul cut the duty to 5% by Dec. 1.",
	    {{"2026-12-01", D, "by Dec. 1"}}},
	/* A month with no day: its last day after "by", its first after a
	 * start told as to come; "from June" with no modal is no date. */
	{"2027-04-20", "Mexico will cut the duty by June.", {{"2027-06-30", D, "by June"}}},
	{"2027-04-20", "Mexico will cut the duty by June next year.",
	    {{"2028-06-30", D, "by June next year"}}},
	{"2027-04-20", "Ottawa will drop the duty from July.", {{"2027-07-01", D, "from July"}}},
	{"2027-04-20", "Ottawa would drop the duty beginning in January 2028.",
	    {{"2028-01-01", D, "beginning in January 2028"}}},
	{"2027-04-20", "Exports rose 12% from June.", {{NULL, 0, NULL}}},
	/* A date before "deadline" and an end after "has until" are
	 * deadlines; an end told with "expires" or after "extended" is to come. */
	{"2027-04-20", "Mexico faces a June 30 deadline.", {{"2027-06-30", D, "June 30"}}},
	{"2027-04-20", "Mexico has until June 30 to act.", {{"2027-06-30", D, "until June 30"}}},
	{"2027-04-20", "The waiver runs until June 30.", {{"2027-06-30", E, "until June 30"}}},
	{"2027-04-20", "The suspension expires on Nov. 10.", {{"2027-11-10", E, "expires on Nov. 10"}}},
	{"2027-04-20", "Washington extended the pause until Nov. 10.",
	    {{"2027-11-10", E, "until Nov. 10"}}},
	{"2027-04-20", "The pause ran until Nov. 10.", {{"2026-11-10", E, "until Nov. 10"}}},
	/* "early 2028": the end of its first quarter; "late 2028": its end. */
	{"2027-04-20", "Seoul will buy LNG by early 2028.", {{"2028-03-31", D, "by early 2028"}}},
	{"2027-04-20", "Seoul will buy LNG by early next year.",
	    {{"2028-03-31", D, "by early next year"}}},
	{"2027-04-20", "Seoul will buy LNG by late 2028.", {{"2028-12-31", D, "by late 2028"}}},
	{"2027-04-20", "Seoul had bought LNG by early 2025.", {{NULL, 0, NULL}}},
	/* An end after a verb of putting off is the act's new date. */
	{"2027-04-20", "Mexico delayed its cut in tariffs until Sept. 1.",
	    {{"2027-09-01", D, "until Sept. 1"}}},
	{"2027-04-20", "Mexico delayed the vote, and the waiver runs until Sept. 1.",
	    {{"2027-09-01", E, "until Sept. 1"}}},
	/* A start "next month", "next year": the first day of it. */
	{"2027-12-20", "Ottawa will drop the duty from next month.",
	    {{"2028-01-01", D, "from next month"}}},
	{"2027-04-20", "The cut applies from the first of next month.",
	    {{"2027-05-01", D, "from the first of next month"}}},
	{"2027-04-20", "Tariffs rise from the start of next year.",
	    {{"2028-01-01", D, "from the start of next year"}}},
	{"2027-04-20", "Exports rose from next year's level.", {{NULL, 0, NULL}}},
	/* A month alone reaching back is not read ("retroactively from Nov"). */
	{"2027-04-20", "The cut would apply retroactively from Nov", {{NULL, 0, NULL}}},
	{"2027-04-20", "The cut would apply retroactively from Nov. 1",
	    {{"2026-11-01", D, "from Nov. 1"}}},
	/* Retroactive to a day told with an act to come: back from that act,
	 * so the nearest; told with an act done, on or before publication. */
	{"2025-10-30", "Seoul will cut the tariff to 15%, retroactive to Nov. 1.",
	    {{"2025-11-01", B, "Nov. 1"}}},
	{"2025-11-15", "The rate would apply retroactively from 14 November.",
	    {{"2025-11-14", D, "from 14 November"}}},
	{"2025-10-30", "Seoul cut the tariff to 15%, retroactive to Nov. 1.",
	    {{"2024-11-01", B, "Nov. 1"}}},
	{"2026-06-18", "Washington cut the tariff last August, backdating the cut to Aug. 1.",
	    {{"2025-08-01", B, "Aug. 1"}}},
	{"2026-06-18", "Washington backdated the claims, to Aug. 1.",
	    {{"2026-08-01", B, "Aug. 1"}}},
	/* A bare day after "on" and a modal: the one to come; without the
	 * modal, or without "on", the nearest. */
	{"2027-11-02", "Tokyo will lift its ban on U.S. beef on June 1.",
	    {{"2028-06-01", B, "June 1"}}},
	{"2027-11-02", "Tokyo lifted its ban on U.S. beef on June 1.",
	    {{"2027-06-01", B, "June 1"}}},
	{"2027-11-02", "Tokyo will honour the June 1 accord.",
	    {{"2027-06-01", B, "June 1"}}},
	/* Moved deadlines and ends. */
	{"2025-12-03", "The target was set for the end of this year and postponed to March 1.",
	    {{"2025-12-31", D, "set for the end of this year"}, {"2026-03-01", D, "postponed to March 1"}}},
	{"2025-08-12", "The truce, extended to Nov. 10, ends on Nov. 10 and payment is due Dec. 1.",
	    {{"2025-11-10", E, "extended to Nov. 10"}, {"2025-11-10", E, "ends on Nov. 10"},
	    {"2025-12-01", D, "due Dec. 1"}}},
	/* Weekdays: 2025-11-12 is a Wednesday. */
	{"2025-11-12", "The new rate took effect on Monday.",
	    {{"2025-11-10", D, "took effect on Monday"}}},
	{"2025-11-12", "The new rate takes effect on Friday.",
	    {{"2025-11-14", D, "takes effect on Friday"}}},
	{"2025-11-11", "The new rate took effect Friday.",
	    {{"2025-11-07", D, "took effect Friday"}}},
	{"2025-11-12", "Beijing said on Monday that the ban would end from Saturday.",
	    {{"2025-11-10", B, "Monday"}, {"2025-11-15", D, "from Saturday"}}},
	{"2025-11-12", "Officials met last Wednesday and meet again next Wednesday.",
	    {{"2025-11-05", B, "last Wednesday"}, {"2025-11-19", B, "next Wednesday"}}},
	{"2025-11-12", "Beijing must answer by Sunday, before the Dec. 15 deadline.",
	    {{"2025-11-16", D, "by Sunday"}, {"2025-12-15", D, "before the Dec. 15"}}},
	{"2025-11-12", "Imports fell on Dec. 1 last year and rise on March 3 next year.",
	    {{"2024-12-01", B, "Dec. 1 last year"}, {"2026-03-03", B, "March 3 next year"}}},
	/* Quarters. */
	{"2025-11-12", "Deliveries start by the end of the first quarter.",
	    {{"2026-03-31", D, "by the end of the first quarter"}}},
	/* Dates with no digit, month or weekday: a stem of when.c's word tables. */
	{"2025-11-12", "Sales resume by the close of the first half.",
	    {{"2026-06-30", D, "by the close of the first half"}}},
	/* A quarter with no year is the one under way or to come, or one
	 * that ended within a month; not the nearest December before. */
	{"2027-02-26", "Licences are to be issued no later than Q4.",
	    {{"2027-12-31", D, "no later than Q4"}}},
	{"2027-02-26", "Shipments resume by the end of the fourth quarter.",
	    {{"2027-12-31", D, "by the end of the fourth quarter"}}},
	{"2027-04-20", "The cut was due by the end of the first quarter.",
	    {{"2027-03-31", D, "by the end of the first quarter"}}},
	{"2027-06-20", "Deliveries start by the end of the first quarter.",
	    {{"2028-03-31", D, "by the end of the first quarter"}}},
	{"2025-11-12", "The waiver runs for a year, officials said.",
	    {{"2026-11-12", E, "for a year"}}},
	{"2025-11-12", "the ministry will answer within a fortnight or by next month's end",
	    {{"2025-12-31", D, "by next month's end"}}},
	{"2025-02-12", "Deliveries start by the end of Q2 2026.",
	    {{"2026-06-30", D, "by the end of Q2 2026"}}},
	{"2025-02-12", "Deliveries start by the end of the first half of 2027.",
	    {{"2027-06-30", D, "by the end of the first half of 2027"}}},
	{"2025-11-12", "Stamped 2025-11-10T08:00:00Z by the wire.",
	    {{"2025-11-10", B, "2025-11-10"}}},
	{"2025-05-12", "Deliveries start by the end of the third quarter of next year.",
	    {{"2026-09-30", D, "by the end of the third quarter of next year"}}},
	/* The middle of a year or month, a quarter and "the year is out" after
	 * "by" (round twenty-four); "in November" stays no deadline. */
	{"2025-11-12", "Output should double by mid-2026 and peak in November.",
	    {{"2026-06-30", D, "by mid-2026"}}},
	{"2025-11-12", "The ban goes by the middle of next year.",
	    {{"2026-06-30", D, "by the middle of next year"}}},
	{"2025-11-12", "Cuts come by mid-January.", {{"2026-01-15", D, "by mid-January"}}},
	{"2025-05-12", "Deliveries start by the first quarter of next year.",
	    {{"2026-03-31", D, "by the first quarter of next year"}}},
	{"2025-05-12", "Deliveries start by Q3.", {{"2025-09-30", D, "by Q3"}}},
	{"2025-05-12", "The ban goes before the year is out.", {{"2025-12-31", D, "before the year is out"}}},
	{"2025-11-12", "Output doubled by mid-2024.", {{NULL, D, NULL}}},
	/* Nothing. */
	{"2025-11-12", "It was their first meeting in a year.", {{NULL, D, NULL}}},
	{"2025-11-12", "Soybean talks will resume within days, or within a day or two.",
	    {{NULL, D, NULL}}},
	{"2025-11-12", "Protesters march on Mondays, in May of some year, Section 301.",
	    {{NULL, D, NULL}}},
	{"2025-11-12", "Production fell 30 percent in 2024 and 1999.", {{NULL, D, NULL}}},
	{"2025-11-12", "The deadline of 2200-01-01 and of Feb. 31, 1899.", {{NULL, D, NULL}}},
	{NULL, "They meet on Monday, by month's end, within 90 days, by March 1.",
	    {{NULL, D, NULL}}},
	{"garbage", "They meet on Monday, by year-end.", {{NULL, D, NULL}}},
};

/* when_check - run one case and compare every match. */
static void
when_check(const struct when_case *c)
{
	struct when_match m[8];
	size_t n, want_n = 0;

	while (want_n < 4 && c->want[want_n].date != NULL)
		want_n++;
	n = when_find_all(c->text, strlen(c->text), c->published, m, 8);
	if (n != want_n) {
		for (size_t i = 0; i < n; i++)
			print_error("got %s [%.*s]\n", m[i].date, (int)m[i].len, c->text + m[i].offset);
		fail_msg("%s (published %s): %zu matches, want %zu", c->text,
		    c->published ? c->published : "none", n, want_n);
	}
	for (size_t i = 0; i < n; i++) {
		const struct want *w = &c->want[i];

		/* A deadline found is a deadline when_may_deadline allows. */
		if (m[i].kind == WHEN_DEADLINE)
			assert_int_equal(when_may_deadline(c->text, strlen(c->text), c->published), 1);
		assert_string_equal(m[i].date, w->date);
		assert_int_equal(m[i].kind, w->kind);
		assert_int_equal(m[i].len, strlen(w->text));
		assert_memory_equal(c->text + m[i].offset, w->text, m[i].len);
	}
}

static void
test_when_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++)
		when_check(&CASES[i]);
}

/* when_may_deadline: 0 for text whose cues start no deadline ("in the
 * region", "for six hours", "until March 1" is an expiry), 1 as soon as one
 * does, wherever it stands. */
static void
test_when_may_deadline(void **state)
{
	static const struct {
		const char *text;
		int may;
	} C[] = {
		{"Stocks in the region were mixed on Monday, with investors watching yields.", 0},
		{"The port handled 300 containers last month, up from the same period a year earlier.", 0},
		{"Officials met for six hours and the waiver runs until March 1.", 0},
		{"No date here at all.", 0},
		{"Stocks in the region fell, and the tariff cut takes effect on Jan. 1.", 1},
		{"Shipments should resume within 90 days, officials said.", 1},
		{"They will finish by month's end.", 1},
		{"Mexico has until June 30 to act.", 1},
		{"Mexico faces a June 30 deadline.", 1},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(C) / sizeof(C[0]); i++)
		if (when_may_deadline(C[i].text, strlen(C[i].text), "2026-03-02") != C[i].may)
			fail_msg("%s: want %d", C[i].text, C[i].may);
}

/* A bare date after a reporting verb is flagged: it dates a statement. */
static void
test_when_reported(void **state)
{
	const char *t = "Both sides agreed Tuesday, and on Nov. 10 tariffs fell; "
	    "Trump told reporters on Nov. 11 that cuts apply from Monday.";
	struct when_match m[8];

	(void)state;
	assert_int_equal(when_find_all(t, strlen(t), "2025-11-12", m, 8), 4);
	assert_string_equal(m[0].date, "2025-11-11");
	assert_int_equal(m[0].reported, 1);
	assert_string_equal(m[1].date, "2025-11-10");
	assert_int_equal(m[1].reported, 0);
	assert_string_equal(m[2].date, "2025-11-11");
	assert_int_equal(m[2].reported, 1);
	assert_string_equal(m[3].date, "2025-11-10");
	assert_int_equal(m[3].kind, WHEN_DEADLINE);
	assert_int_equal(m[3].reported, 0);
}

/* A date after "since" or "retroactive(ly) to/from" is when something under way
 * began: flagged, and a year-less one resolves on or before publication, where
 * the same date with no such word takes the nearest occurrence. */
static void
test_when_since(void **state)
{
	const char *t = "Mills have bought corn since April 1, with the cut applied retroactive "
	    "to Nov. 30 and retroactively from Dec. 1; the next review is on April 1.";
	struct when_match m[8];

	(void)state;
	assert_int_equal(when_find_all(t, strlen(t), "2025-11-20", m, 8), 4);
	assert_string_equal(m[0].date, "2025-04-01");
	assert_int_equal(m[0].since, 1);
	assert_int_equal(m[0].kind, WHEN_DATE);
	assert_string_equal(m[1].date, "2024-11-30");
	assert_int_equal(m[1].since, 1);
	assert_string_equal(m[2].date, "2024-12-01");
	assert_int_equal(m[2].since, 1);
	assert_int_equal(m[2].kind, WHEN_DEADLINE);
	assert_string_equal(m[3].date, "2026-04-01");
	assert_int_equal(m[3].since, 0);
	/* "since Monday": the Monday before a Thursday. */
	t = "Prices have eased since Monday.";
	assert_int_equal(when_find_all(t, strlen(t), "2025-11-20", m, 8), 1);
	assert_string_equal(m[0].date, "2025-11-17");
}

/* "the same date", "that day" resolve only to a date the caller gives; a cue before
 * them makes the kind. */
static void
test_when_anchored(void **state)
{
	const char *t = "Retaliatory duties will be lifted from the same date.";
	const char *u = "The quota, which lapsed at the end of July, reopens on that day.";
	struct when_match m[4];

	(void)state;
	assert_int_equal(when_find_all(t, strlen(t), "2025-11-05", m, 4), 0);
	assert_int_equal(when_find_all_anchored(t, strlen(t), "2025-11-05", "2025-11-10", m, 4), 1);
	assert_string_equal(m[0].date, "2025-11-10");
	assert_int_equal(m[0].kind, WHEN_DEADLINE);
	assert_int_equal(m[0].len, strlen("from the same date"));
	assert_int_equal(when_find_all_anchored(u, strlen(u), "2025-11-05", "2026-03-01", m, 4), 2);
	assert_string_equal(m[0].date, "2025-07-31");
	assert_string_equal(m[1].date, "2026-03-01");
	assert_int_equal(m[1].kind, WHEN_DATE);
	/* No anchor, or a bad one: as when_find_all. */
	assert_int_equal(when_find_all_anchored(t, strlen(t), "2025-11-05", "soon", m, 4), 0);
	assert_int_equal(when_find_all_anchored(u, strlen(u), "2025-11-05", NULL, m, 4), 1);
}

/* The text need not end in NUL: a match must not read past len. */
static void
test_when_not_terminated(void **state)
{
	char buf[32];
	struct when_match m[2];

	(void)state;
	memcpy(buf, "by Nov. 10, 2026XXXXXXXXXXXXXXXX", 32);
	/* Cut inside the year: "by Nov. 10, 20" is a month and day, nearest. */
	assert_int_equal(when_find_all(buf, 14, "2025-11-01", m, 2), 1);
	assert_string_equal(m[0].date, "2025-11-10");
	assert_int_equal(m[0].len, 10);
	assert_int_equal(when_find_all(buf, 16, NULL, m, 2), 1);
	assert_string_equal(m[0].date, "2026-11-10");
	assert_int_equal(when_find_all(buf, 16, "2025-11-01", m, 0), 0);
	assert_int_equal(when_find_all(NULL, 16, "2025-11-01", m, 2), 0);
}

static void
test_when_max(void **state)
{
	const char *t = "by Nov. 10, 2026 and by Dec. 1, 2026 and by Jan. 5, 2027";
	struct when_match m[2];

	(void)state;
	assert_int_equal(when_find_all(t, strlen(t), NULL, m, 2), 2);
	assert_string_equal(m[1].date, "2026-12-01");
}

static void
test_when_add_days(void **state)
{
	char out[11];

	(void)state;
	assert_int_equal(when_add_days("2025-12-20", 90, out), 0);
	assert_string_equal(out, "2026-03-20");
	assert_int_equal(when_add_days("2024-02-28", 1, out), 0);
	assert_string_equal(out, "2024-02-29");
	assert_int_equal(when_add_days("2100-02-28", 1, out), 0);
	assert_string_equal(out, "2100-03-01");
	assert_int_equal(when_add_days("2000-02-28", 1, out), 0);
	assert_string_equal(out, "2000-02-29");
	assert_int_equal(when_add_days("2025-03-01", -1, out), 0);
	assert_string_equal(out, "2025-02-28");
	assert_int_equal(when_add_days("2025-02-29", 1, out), -1);
	assert_int_equal(when_add_days("2025-13-01", 1, out), -1);
	assert_int_equal(when_add_days("2025-1-01", 1, out), -1);
	assert_int_equal(when_add_days(NULL, 1, out), -1);
	assert_int_equal(when_add_days("2199-12-31", 1, out), -1);
	assert_int_equal(when_add_days("2025-01-01", 1L << 40, out), -1);
}

static void
test_when_month_end(void **state)
{
	(void)state;
	assert_int_equal(when_month_end(2024, 2), 29);
	assert_int_equal(when_month_end(2025, 2), 28);
	assert_int_equal(when_month_end(1900, 2), 28);
	assert_int_equal(when_month_end(2000, 2), 29);
	assert_int_equal(when_month_end(2025, 4), 30);
	assert_int_equal(when_month_end(2025, 12), 31);
	assert_int_equal(when_month_end(2025, 0), 0);
	assert_int_equal(when_month_end(2025, 13), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when_cases),
		cmocka_unit_test(test_when_may_deadline),
		cmocka_unit_test(test_when_reported),
		cmocka_unit_test(test_when_since),
		cmocka_unit_test(test_when_anchored),
		cmocka_unit_test(test_when_not_terminated),
		cmocka_unit_test(test_when_max),
		cmocka_unit_test(test_when_add_days),
		cmocka_unit_test(test_when_month_end),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
