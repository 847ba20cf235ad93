/*
 * utf8.h - strict UTF-8 validation, Windows-1252 and UTF-16 transcoding.
 *
 * Pure functions on byte buffers.  "Valid" means RFC 3629 UTF-8: no overlong
 * forms, no UTF-16 surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
 */
#ifndef TW_UTF8_H
#define TW_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* utf8_valid - 1 if s[0..len) is valid UTF-8, 0 if not. */
int utf8_valid(const char *s, size_t len);

/*
 * utf8_from_cp1252 - transcode s[0..len), read as Windows-1252, to UTF-8.
 * The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D)
 * become their C1 code points, as WHATWG's decoder does, so nothing is lost.
 * Returns a new NUL-terminated buffer (caller frees) and its length in
 * *outlen, or NULL on allocation failure.
 */
char *utf8_from_cp1252(const char *s, size_t len, size_t *outlen);

/*
 * utf8_from_utf16 - transcode s[0..len), UTF-16 without its byte-order mark
 * (big_endian or little), to UTF-8.  A lone surrogate or a last odd byte
 * becomes U+FFFD.  Returns a new NUL-terminated buffer (caller frees; it may
 * hold NUL characters the input had) and its length in *outlen, or NULL on
 * allocation failure.
 */
char *utf8_from_utf16(const char *s, size_t len, int big_endian, size_t *outlen);

/* utf8_put - the UTF-8 bytes of code point cp into out; their count (1-4).  A
 * surrogate or a point above U+10FFFF is written as U+FFFD. */
size_t utf8_put(uint32_t cp, char out[4]);

#endif
