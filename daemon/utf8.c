/*
 * utf8.c - strict UTF-8 validation and Windows-1252 transcoding.
 *
 * Articles arrive from wire services and scrapers in whatever encoding their
 * producer used.  A file that is valid UTF-8 is taken as such; anything else
 * is read as Windows-1252 (a superset of Latin-1 for the printable range, and
 * what "Latin-1" files from Windows producers really are).  The validator is
 * strict on purpose: an overlong "/" (0xC0 0xAF) or an encoded surrogate must
 * not pass as UTF-8 and reach the database or a webhook.
 */
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Windows-1252 0x80..0x9F; the undefined bytes map to their C1 code points. */
static const uint16_t CP1252_HIGH[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

int
utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		size_t need;
		uint32_t cp, min;

		if (c < 0x80) {
			/* ASCII, nearly all of an English article: eight bytes a step. */
			for (i++; len - i >= 8; i += 8) {
				uint64_t w;

				memcpy(&w, s + i, 8);
				if (w & UINT64_C(0x8080808080808080))
					break;
			}
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
			cp = c & 0x1F;
			min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			cp = c & 0x0F;
			min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			cp = c & 0x07;
			min = 0x10000;
		} else
			return 0;  /* continuation byte, 0xC0/0xC1 overlong lead, or > 0xF4 */
		if (len - i <= need)
			return 0;
		for (size_t k = 1; k <= need; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += need + 1;
	}
	return 1;
}

size_t
utf8_put(uint32_t cp, char out[4])
{
	if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

char *
utf8_from_cp1252(const char *str, size_t len, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)str;
	char *out, *p;

	/* Every byte becomes at most 3 bytes (U+20AC is the widest). */
	if (len > (SIZE_MAX - 1) / 3 || (out = malloc(len * 3 + 1)) == NULL)
		return NULL;
	p = out;
	for (size_t i = 0; i < len; i++) {
		uint32_t cp = s[i];

		if (cp >= 0x80 && cp < 0xA0)
			cp = CP1252_HIGH[cp - 0x80];
		p += utf8_put(cp, p);
	}
	*p = '\0';
	*outlen = (size_t)(p - out);
	return out;
}

char *
utf8_from_utf16(const char *str, size_t len, int big_endian, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)str;
	char *out, *p;
	size_t i = 0;

	/* A code unit (2 bytes) becomes at most 3 bytes; a pair (4) at most 4;
	 * a lone last byte 3 (U+FFFD). */
	if (len > (SIZE_MAX - 4) / 2 || (out = malloc(len / 2 * 3 + 4)) == NULL)
		return NULL;
	p = out;
	while (i + 1 < len) {
		uint32_t u = big_endian ? (uint32_t)s[i] << 8 | s[i + 1] :
		    (uint32_t)s[i + 1] << 8 | s[i];

		i += 2;
		if (u >= 0xD800 && u <= 0xDBFF && i + 1 < len) {
			uint32_t lo = big_endian ? (uint32_t)s[i] << 8 | s[i + 1] :
			    (uint32_t)s[i + 1] << 8 | s[i];

			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				i += 2;
			}
		}
		p += utf8_put(u, p);  /* a lone surrogate becomes U+FFFD */
	}
	if (i < len)
		p += utf8_put(0xFFFD, p);
	*p = '\0';
	*outlen = (size_t)(p - out);
	return out;
}
