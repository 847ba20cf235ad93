/*
 * quantity.h - amounts in news text: "12 million metric tons", "$200 billion",
 * "25 MMT annually", "from 20% to 10%", "103 Boeing aircraft".
 *
 * Pure functions, no I/O, no globals.
 */
#ifndef TW_QUANTITY_H
#define TW_QUANTITY_H

#include <stddef.h>

struct quantity {
	int present;     /* 0 = null */
	double amount;
	char unit[8];    /* "t", "bu", "percent", "units", or ISO 4217 ("USD", "EUR") */
	int per_year;    /* 1 = "per": "year", 0 = null */
};

enum quantity_role {
	QUANTITY_PLAIN,      /* an amount */
	QUANTITY_RATE_FROM,  /* the old rate in "from 20% to 10%" */
	QUANTITY_RATE_TO,    /* the new rate in "from 20% to 10%", "to zero", "cut to 10%" */
};

struct quantity_match {
	struct quantity q;
	enum quantity_role role;
	size_t offset, len;  /* where the expression stands in the text */
};

/*
 * quantity_find_all - every amount in text[0..len), in text order, at most
 * max of them, into out.  Returns how many were found.  Ranges give their
 * lower end; "over three years" gives per_year 0; "a year", "annually",
 * "per year" give per_year 1.
 */
size_t quantity_find_all(const char *text, size_t len, struct quantity_match *out, size_t max);

#endif
